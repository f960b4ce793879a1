"""A number joined to its scale by a hyphen ("3-million", "a 10-billion-euro fund", as
compound modifiers are written) is the number, not a range to a bare scale: it was read as
3-1,000,000 (audit of round 11; docs/figures.md, "Ranges"). A range that ends in a scale with
no number ("3 - million", "6 to million") is refused."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.quantities import FigureError, parse_figure


@pytest.mark.parametrize(
    ("text", "low", "high", "dimension"),
    [
        ("3-million", 3_000_000, 3_000_000, "count"),  # was 3-1,000,000
        ("3-million people", 3_000_000, 3_000_000, "count"),
        ("10-billion-dollar", 10**10, 10**10, "currency:USD"),  # was 10-1,000,000,000
        ("50-billion-euro", 5 * 10**10, 5 * 10**10, "currency:EUR"),
        ("5-thousand", 5_000, 5_000, "count"),
        ("2-hundred", 200, 200, "count"),
        ("1.5-million", 1_500_000, 1_500_000, "count"),
        ("13-lakh", 1_300_000, 1_300_000, "count"),
        ("3–million", 3_000_000, 3_000_000, "count"),  # an en dash
        # ranges as before
        ("3-5 million", 3_000_000, 5_000_000, "count"),
        ("3 to 5 million", 3_000_000, 5_000_000, "count"),
        ("500-1 million", 500, 1_000_000, "count"),
        ("500 to a million", 500, 1_000_000, "count"),
        ("two to three hundred", 200, 300, "count"),
        ("10-11,000", 10_000, 11_000, "count"),
    ],
)
def test_a_number_hyphened_to_its_scale_is_that_number(text, low, high, dimension) -> None:
    fig = parse_figure(text)
    assert (fig.low, fig.high, fig.dimension) == (low, high, dimension)


@pytest.mark.parametrize("text", ["3 - million", "6 to million", "between 3 and million"])
def test_a_range_ending_in_a_scale_without_its_number_is_refused(text: str) -> None:
    with pytest.raises(FigureError, match="ends a range in a scale without its number"):
        parse_figure(text)


@given(
    st.integers(min_value=1, max_value=999),
    st.sampled_from([("hundred", 100), ("thousand", 10**3), ("million", 10**6),
                     ("billion", 10**9), ("lakh", 10**5), ("crore", 10**7)]),
    st.sampled_from(["", " people", "-dollar deal"]),
)  # fmt: skip
def test_a_number_hyphened_to_its_scale_reads_as_the_number(n: int, scale, rest: str) -> None:
    word, value = scale
    fig = parse_figure(f"{n}-{word}{rest}")
    assert fig.low == fig.high == n * value
    assert fig.hedge != "range"
