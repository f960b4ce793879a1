"""A dateline whose dash is glued to the first word of the story ("LONDON, United Kingdom,
July 4 -Real Madrid have ..."): the dash has a space before it, so it is no hyphen of a word,
and the dateline is cut off; before, the place and the day became part of the club's name
("July 4 -Real Madrid") and every later "Madrid" resolved to that name, confidently (found on
the held-back set 229-234 after it was measured). Near misses: a hyphenated name, a hyphen in a
word, and a dash before a word in lower case stay as they were. Sentences of our own."""

from __future__ import annotations

import pytest

from claimtrack.extract import extract
from claimtrack.extract.phrases import _DATELINE


@pytest.mark.parametrize(
    ("text", "after"),
    [
        ("LONDON, United Kingdom, July 4 -Kestrel Rovers have denied a fee.", "Kestrel Rovers"),
        ("TARNSIDE -The council said 40 homes flooded.", "The council"),
        ("LONDON, United Kingdom, July 4 - Kestrel Rovers have denied it.", "Kestrel Rovers"),
        # near misses: no dateline to cut
        ("Jean-Pierre Dupont said 40 homes flooded.", "Jean-Pierre Dupont"),
        ("A-Rod -Kestrel said it.", "A-Rod"),
        ("TARNSIDE, Kestria -the council said it.", "TARNSIDE"),
    ],
)
def test_a_dateline_glued_to_the_story(text: str, after: str) -> None:
    assert _DATELINE.sub("", text).startswith(after)


def test_the_club_keeps_its_own_name() -> None:
    page = (
        "LONDON, United Kingdom, July 4 -Kestrel Rovers have issued a statement denying "
        "that a fee of 40 million euros has been agreed for the forward.\n\n"
        "Rovers have also denied making an offer for his team-mate."
    )
    _, cands = extract(page)
    speakers = {c.speaker for c in cands}
    assert "Kestrel Rovers" in speakers, speakers
    assert not any(s and "July" in s for s in speakers), speakers
