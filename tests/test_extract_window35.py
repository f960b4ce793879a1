"""Issue 25, extract35: "window" misses, the right name written in the sentence or the two
before it and another chosen. Three kinds are ruled here: "it" given to people (a plural
group, a person's role) over the body the text had named; "they" given to the paper a
sentence cites after "according to" over the people it opens with; and "according to the
results published by X" cut to "the results" and given to the last speaker. Sentences
written for these tests."""

from __future__ import annotations

import pytest


def _quoted(text: str) -> list[tuple[str, tuple[str | None, str | None, str]]]:
    """(quote, (speaker, claimant, how the speaker was found)) of every candidate."""
    from claimtrack.extract import extract

    out = []
    for c in extract(text)[1]:
        rec = c.record("x", outlet="OUTLET")
        how = rec["extract"].get("speaker_found") or ""
        out.append((rec["quote"], (rec.get("speaker"), rec.get("claimant"), how)))
    return out


def _of(text: str, opening: str) -> tuple[str | None, str | None, str]:
    """The first candidate whose quote opens with ``opening``."""
    found = [row for quote, row in _quoted(text) if quote.startswith(opening)]
    assert found, _quoted(text)
    return found[0]


# "it" never stands for people: a plural group or a person's role named as the speaker
# before; the body the text named is "it", and a body written as a title ("The Ledger")
# inside a sentence is no person
@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        ("A group that counts marchers, Crowd Watch, counted 12,000 people at the march. "
         "Independent observers said the police were calm. But it later said more people had "
         "arrived, taking the total above 15,000.", "But it", "Crowd Watch"),
        ("The Food First Trust, which runs the city's food banks, counted 4,000 families in "
         "May. Local residents said the queues were longer than ever. It said 900 of the "
         "families were new.", "It said", "Food First Trust"),
        ("The former mayor claimed the count was wrong.\n\nThe cuts were reported by The Valley "
         "Ledger to hit nine of twelve departments. It said the roads budget would fall by "
         "£2 million.", "It said", "Valley Ledger"),
        ("Senior officials said the plant was safe.\n\nForty workers were sent home, according "
         "to The Northern Courier. It said 12 of them were hurt.", "It said", "Northern Courier"),
        ("The fighters with the Western Liberation Front said in a statement that they had "
         "taken the bridge. It added that 30 soldiers were killed.", "It added",
         "Western Liberation Front"),
    ],
)  # fmt: skip
def test_it_is_never_people(text: str, opening: str, speaker: str) -> None:
    got = _of(text, opening)
    assert got[0] == speaker, _quoted(text)


# "it" still goes on with the body that spoke, and is never given to a person or people
@pytest.mark.parametrize(
    ("text", "opening", "speaker", "never"),
    [
        ("The Harbour Board said 300 boats were damaged. It said repairs would take a year.",
         "It said", "Harbour Board", ""),
        ("The former governor claimed that ballots were spoiled. Local residents said 200 "
         "people had queued all day. It said the count took 9 hours.", "It said", None,
         "governor residents"),
        ("Senior officials said 40 homes were flooded. It said the river rose 2 metres.",
         "It said", None, "officials"),
    ],
)  # fmt: skip
def test_it_goes_on_with_a_body_never_people(
    text: str, opening: str, speaker: str | None, never: str
) -> None:
    got = _of(text, opening)
    if speaker is not None:
        assert got[0] == speaker, _quoted(text)
    for word in never.split():
        assert word not in (got[0] or "") and word not in (got[1] or ""), _quoted(text)


# "they" after a sentence whose source comes after "according to": the people it opens
# with, as a guess; with no such opening, the source as before
@pytest.mark.parametrize(
    ("text", "opening", "speaker", "guess"),
    [
        ("Shop workers have reacted with anger to the plan to close 14 stores, according to "
         "the Valley Gazette. They claim there was no warning about the 300 job losses.",
         "They claim", "Shop workers", True),
        ("Angry residents have protested at the closure of 3 schools, according to the Evening "
         "Star. They say 600 pupils will have to travel further.", "They say", "Angry residents",
         True),
        ("Millbrook, June 3--Bus drivers have reacted with fury to the loss of 40 routes, "
         "according to the Millbrook Times. They claim 120 drivers were never consulted.",
         "They claim", "Bus drivers", True),
        ("The plan will close 14 stores, according to the Valley Gazette. They say 300 jobs "
         "will go.", "They say", "Valley Gazette", False),
    ],
)  # fmt: skip
def test_they_are_the_people_a_cited_sentence_opens_with(
    text: str, opening: str, speaker: str, guess: bool
) -> None:
    got = _of(text, opening)
    assert got[0] == speaker, _quoted(text)
    assert ("guess: pronoun" in got[2]) is guess, _quoted(text)


# "according to the results published by X": X, however the results are described
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The former governor claimed that ballots were spoiled.\n\nAccording to the early "
         "results published by the election board, the Green Party won 41 seats.",
         "election board"),
        ("Ms Ann Reed said the vote was fair.\n\nAccording to the provisional figures released "
         "by the Harbour Authority, 1,200 ships docked in May.", "Harbour Authority"),
        ("According to data published by the Rail Office, 35 million journeys were made.",
         "Rail Office"),
    ],
)  # fmt: skip
def test_according_to_results_published_by(text: str, speaker: str) -> None:
    got = _of(text, "According")
    assert got[0] == speaker, _quoted(text)
