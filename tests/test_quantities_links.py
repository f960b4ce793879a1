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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("100 people to 300 people", (100, 300, "people", "range", "count")),
        ("between 100 people and 300 people", (100, 300, "people", "range", "count")),
        ("from 100 people to 300 people", (100, 300, "people", "range", "count")),
        ("100 isis fighters to 300 isis fighters", (100, 300, "isis fighters", "range", "count")),
        ("2 million people to 3 million people", (2e6, 3e6, "people", "range", "count")),
        ("around 100 people to 300 people", (90, 330, "people", "around", "count")),
        ("250 fighters or more", (250, None, "fighters", "at least", "count")),
    ],
)
def test_a_noun_on_both_ends_reads_as_the_range(text: str, expected: tuple) -> None:
    assert reading(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("5 fighters to 10 civilians", "more than one number"),  # two figures, not a range
        ("250 fighters or 300", "more than one number"),
        ("between 100 people and 300", '"between" needs two ends'),
        ("from 100 people to 300", '"from" needs two ends'),
        ("250 fighters and 3,500 family members", "more than one number"),
        ("6 km to 7", "gives a unit after the first end"),
    ],
)
def test_a_noun_on_one_end_only_is_refused(text: str, message: str) -> None:
    with pytest.raises(FigureError, match=message):
        parse_figure(text)


@given(ends, ends, st.sampled_from(["people", "fighters", "family members", "isis fighters"]))
def test_a_noun_after_both_ends_reads_as_once_at_the_end(a: int, b: int, noun: str) -> None:
    lo, hi = sorted((a, b))
    once, both = f"{lo:,} to {hi:,} {noun}", f"{lo:,} {noun} to {hi:,} {noun}"
    try:
        expected = reading(once)
    except FigureError:
        with pytest.raises(FigureError):
            parse_figure(both)
        return
    assert reading(both) == expected
