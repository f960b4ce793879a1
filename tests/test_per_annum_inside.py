""" "p.a." and "pa" right after money or a share with more words on are refused: read with
those words as what it is of, the year was lost ("£30k pa salary" was a lump sum of £30,000;
docs/figures.md, "Per annum abbreviated")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.quantities import FigureError, parse_figure

# (phrase, its dimension, or None when refused)
_CASES = [
    ("£30k pa salary", None),  # was currency:GBP, unit "pa salary"
    ("£30k PA salary", None),
    ("$2bn pa in aid", None),
    ("5% p.a. interest", None),  # was a share "of p.a. interest"
    ("£30k pa", "currency:GBP/year"),
    ("£30k p.a.", "currency:GBP/year"),
    ("€2bn p.a.", "currency:EUR/year"),
    ("3 PA systems", "count"),  # a count of a thing
    ("20 people in PA", "count"),  # a place
    ("£5 pack", "currency:GBP"),  # a word that starts with "pa" is no "pa"
    ("£30k part-time", "currency:GBP"),
]


@pytest.mark.parametrize(("text", "dimension"), _CASES)
def test_per_annum_inside_money_or_a_share_is_refused(text, dimension) -> None:
    if dimension is None:
        with pytest.raises(FigureError, match=r'"p\.a\." \(per annum\) is read only closing'):
            parse_figure(text)
    else:
        assert parse_figure(text).dimension == dimension


@given(
    st.integers(min_value=1, max_value=999),
    st.sampled_from(["£", "$", "€"]),
    st.sampled_from(["pa", "PA", "p.a."]),
    st.sampled_from(["salary", "in aid", "pension", "rent"]),
)
def test_money_per_annum_is_a_year_rate_or_refused(n, sign, mark, noun) -> None:
    assert parse_figure(f"{sign}{n}k {mark}").dimension.endswith("/year")
    with pytest.raises(FigureError):
        parse_figure(f"{sign}{n}k {mark} {noun}")
