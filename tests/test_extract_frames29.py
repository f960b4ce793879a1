"""A body's statistics release told by the outlet (extract29, issue 25), with sentences of our
own, both ways: the release's issuer is carried, as a guess, to the later figures that
attribute nothing and tell a change or a share; not past another source's own figures, not to
counts alone or a market's move, not from a lead that tells only a level (a result, an
announcement). And "a total of" before a figure is no part of its span.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.extract import extract, read_figures

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
        # an opening that tells no change or share is passed over
        ("After a nine-year slide, bus use has grown for 3 years.\n\n" + _LEAD
         + "Fuel costs fell 2.1% over the month.", "2.1%", "Harlow Statistics Bureau"),
        # a record measured since a month of a year long past is no background
        (_LEAD.replace("May", "May 2024") + "The jobless rate fell to 4.1%, the lowest since"
         " the June 2008 quarter.", "4.1%", "Harlow Statistics Bureau"),
        # what is counted, found as a subject and taken for a description, is no source
        (_LEAD + "Burglaries, which include break-ins at shops, increased by 4.6%, bringing"
         " the total recorded to 52,000.", "52,000", "Harlow Statistics Bureau"),
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


@settings(max_examples=25, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=9_999_999),
    hedge=st.sampled_from(["", "about ", "more than ", "nearly ", "some "]),
)
def test_a_total_of_is_no_part_of_the_figure(n: int, hedge: str) -> None:
    """ "A total of" before a figure is dropped from its span and nothing else changes: the
    same amount, hedge and unit as the figure written without it."""
    body = f"{hedge}{n:,} claims were filed."
    with_total = "A total of " + body

    def read(text: str) -> list[tuple[str, float, float, str | None]]:
        figs, refused = read_figures(text, 0, len(text))
        assert not refused, refused
        return [(text[f.start : f.end], f.figure.low, f.figure.high, f.figure.hedge) for f in figs]

    assert read(with_total) == read(body)


@pytest.mark.parametrize(
    ("text", "read", "refused"),
    [
        ("A total of 18,400 cases were recorded.", ["18,400 cases"], []),
        ("With regard to theft, a total of 1,035 cases were reported.", ["1,035 cases"], []),
        # a refusal that protects a figure is kept: a whole number and a fraction
        ("A total of 2 1/2 tonnes were moved.", [], ["2 1/2 tonnes"]),
    ],
)
def test_a_total_of_in_a_sentence(text: str, read: list[str], refused: list[str]) -> None:
    figs, refs = read_figures(text, 0, len(text))
    assert [text[f.start : f.end] for f in figs] == read
    assert [r.text for r in refs] == refused
