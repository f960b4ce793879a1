"""A scale word read alone as the figure: "million people" of "3,5 million people" (a number
the parser refuses on its own) is the end of a larger figure, never a million."""

from __future__ import annotations

import pytest

from claimtrack.extract.figurespans import read_figures
from claimtrack.guards import import_problem


@pytest.mark.parametrize(
    ("value", "quote", "refused"),
    [
        ("million people", "Officials said 3,5 million people voted.", True),
        ("million", "The bill came to 2,5 million.", True),
        ("billion euros", "They owe 1,5 billion euros.", True),
        ("a million people", "A million people marched.", False),
        ("million people", "A million people came; 2 million people stayed away.", False),
        ("3.5 million people", "Officials said 3.5 million people voted.", False),
    ],
)
def test_a_scale_word_cut_from_its_number_is_refused(value, quote, refused) -> None:
    got = import_problem(value, quote, None)
    assert (got is not None and got[1]) == refused, got
    if refused:
        assert got is not None and "leaves out the number before it" in got[0]


@pytest.mark.parametrize(
    ("sentence", "read", "shown_refused"),
    [
        ("Officials said 3,5 million people voted.", [], ["3,5 million"]),
        ("Officials said 3.5 million people voted.", ["3.5 million people"], []),
        ("The fund lost 2,5 billion last year.", [], ["2,5 billion"]),
    ],
)
def test_extract_shows_the_number_refused_never_the_scale_alone(
    sentence, read, shown_refused
) -> None:
    got, refused = read_figures(sentence, 0, len(sentence))
    assert [sentence[f.start : f.end] for f in got] == read
    assert [r.text for r in refused] == shown_refused
