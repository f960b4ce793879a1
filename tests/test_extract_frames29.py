"""A body's statistics release told by the outlet (extract29, issue 25), with sentences of our
own, both ways: the release's issuer is carried, as a guess, to the later figures that
attribute nothing and tell a change or a share; not past another source's own figures, not to
counts alone, not from a lead that tells only a level (a result, an announcement).
"""

from __future__ import annotations

import pytest

from claimtrack.extract import extract

_LEAD = "Consumer prices rose 0.3% in May, the Harlow Statistics Bureau said on Tuesday.\n\n"
_UNNAMED = (
    "Ferry punctuality improved by 1.5% over the year, according to new figures. On average"
    " 91.2% of sailings left on time between July and September.\n\nThe Harbour Transport"
    " Authority says 9 of its 12 routes improved.\n\n"
)


def _candidate(text: str, figure: str) -> tuple[str | None, str]:
    """The speaker and how it was found of the candidate whose figure holds ``figure``."""
    found = [(c.speaker, c.speaker_found) for c in extract(text)[1]
             if any(figure in f.figure.text for f in c.figures)]  # fmt: skip
    assert found, f"no candidate with {figure!r}: {text}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "figure", "speaker"),
    [
        (_LEAD + "Fuel costs fell 2.1% over the month.", "2.1%", "Harlow Statistics Bureau"),
        (_LEAD + "Jane Roe, the bureau's chief statistician, said the rise was broad.\n\n"
         "Rents went up 0.6% in the month.", "0.6%", "Harlow Statistics Bureau"),
        (_UNNAMED + "Complaints from passengers fell by 12%.", "12%",
         "Harbour Transport Authority"),
        (_UNNAMED + "Complaints from passengers fell by 12%.", "91.2%",
         "Harbour Transport Authority"),
        # stopped: an economist of another firm gives figures of his own
        (_LEAD + "Sam Tull, chief economist with Delta Research, notes that the three-month"
         " rate is 3.1%.\n\nRents went up 0.6% in the month.", "0.6%", None),
        # a market's move is not the release's
        (_LEAD + "Shares in Harlow Mills fell 7% in early trading.", "7%", None),
        # counts alone are not carried
        (_LEAD + "Some 400 shops were visited.", "400", None),
        # a level alone leads: a result, not a release
        ("The election commission said the governor won 61% of the vote.\n\nTurnout rose to"
         " 48%.", "48%", None),
    ],
)  # fmt: skip
def test_a_release_carried(text: str, figure: str, speaker: str | None) -> None:
    got, found = _candidate(text, figure)
    assert got == speaker, found
    if speaker is not None and "Tull" not in text:
        assert found.startswith("guess: "), found
