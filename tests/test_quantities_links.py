"""A range whose link word is joined to both ends by hyphens ("100-to-300", as in "the low end
of the 100-to-300 spectrum") reads as the range it is; the other shapes of the family stay as
they are, and a phrase cut off after a hyphened link is refused, never read with "to" as its
unit."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.quantities import FigureError, parse_figure


def reading(text: str) -> tuple:
    fig = parse_figure(text)
    return fig.low, fig.high, fig.unit, fig.hedge, fig.dimension


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("100-to-300", (100, 300, None, "range", "count")),
        ("100-to-300 people", (100, 300, "people", "range", "count")),
        ("between 100-to-300", (100, 300, None, "range", "count")),
        ("from 100-to-300 people", (100, 300, "people", "range", "count")),
        ("100-through-300", (100, 300, None, "range", "count")),
        ("six-to-seven million", (6_000_000, 7_000_000, None, "range", "count")),
        ("$2-to-$6bn", (2e9, 6e9, "$", "range", "currency:USD")),
        ("2-to-6 km", (2, 6, "km", "range", "length")),
        ("100–to–300", (100, 300, None, "range", "count")),  # en dashes
        # the family, as before
        ("100 to 300", (100, 300, None, "range", "count")),
        ("100-300", (100, 300, None, "range", "count")),
        ("from 100 to 300", (100, 300, None, "range", "count")),
        ("between 100 and 300", (100, 300, None, "range", "count")),
        ("100- to 300", (100, 300, None, "range", "count")),
        ("100 through 300 people", (100, 300, "people", "range", "count")),
    ],
)
def test_ranges_read(text: str, expected: tuple) -> None:
    assert reading(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("100-to-", 'ends in "to"'),
        ("100-or-", 'ends in "or"'),
        ("250 people to-", 'ends in "to"'),
        ("100-to", 'no second number after "to"'),
        ("300-to-100", "runs backwards"),
        ("100-or-300", "more than one number"),  # "or" joined so is no range claimtrack reads
        ("100 -to- 300", "more than one number"),  # hyphens apart from the numbers
        ("100-to- 300", "more than one number"),
        ("the 100-to-300 spectrum", "put the figure first"),
        ("100-to-300-strong crowd", "describes the crowd"),
    ],
)
def test_refused(text: str, message: str) -> None:
    with pytest.raises(FigureError, match=message):
        parse_figure(text)


ends = st.integers(min_value=0, max_value=10**6)
nouns = st.sampled_from(["", " people", " fighters", " km", " %"])


@given(ends, ends, st.sampled_from(["to", "through"]), nouns)
def test_a_hyphened_link_reads_as_the_spaced_one(a: int, b: int, link: str, noun: str) -> None:
    lo, hi = sorted((a, b))
    if noun == " %":
        lo, hi = lo % 101, hi % 101
        lo, hi = sorted((lo, hi))
    spaced, hyphened = f"{lo:,} {link} {hi:,}{noun}", f"{lo:,}-{link}-{hi:,}{noun}"
    try:
        expected = reading(spaced)
    except FigureError:
        with pytest.raises(FigureError):
            parse_figure(hyphened)
        return
    assert reading(hyphened) == expected
