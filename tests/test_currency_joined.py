"""A figure whose quote joins its currency to it by a hyphen ("a 3 million-dollar deal") is
refused as a currency left out, as "3 million dollars" is (docs/format.md, "A currency left
out"); a hyphen between numbers stays a range's."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.guards import cut_problem


def _left_out(value: str, whole: str) -> str:
    return (
        f"the figure {value!r} leaves out the currency of the quote's {whole!r}: give the "
        "figure as the quote says it, or --paraphrase to store the figure as meant"
    )


# (figure, quote, the refusal or None)
_JOINED = [
    ("3 million", "They signed a 3 million-dollar deal.", _left_out("3 million", "3 million dollar")),
    ("3 million", "a 3-million-dollar deal", _left_out("3 million", "3 million dollar")),
    ("5 billion", "a 5 billion-euro fund", _left_out("5 billion", "5 billion euro")),
    ("3,500 crore", "a Rs 3,500 crore-plan", _left_out("3,500 crore", "Rs 3,500 crore")),
    ("3 million dollars", "3 million dollars", None),
    ("3 million", "a 3 million-strong crowd", None),  # a crowd's strength: a count
    ("70", "a 70-nation coalition", None),
    ("10", "10-20 people", None),  # not joined: a range's hyphen (other checks judge it)
    ("3 million", "3 million people and $5 million", None),  # another figure's currency
    ("20", "a 20-year-old man", None),
]  # fmt: skip


@pytest.mark.parametrize(("value", "quote", "problem"), _JOINED)
def test_a_currency_joined_by_a_hyphen_is_not_left_out(value, quote, problem) -> None:
    assert cut_problem(value, quote) == problem


@given(
    st.integers(min_value=1, max_value=999),
    st.sampled_from(["thousand", "million", "billion"]),
    st.sampled_from(["dollar", "euro", "rupee", "yen"]),  # ("pound": money or weight)
    st.sampled_from(["deal", "fund", "contract", "budget"]),
)
def test_an_amount_hyphened_to_its_currency_is_never_a_bare_count(n, scale, money, noun):
    value = f"{n} {scale}"
    problem = cut_problem(value, f"They agreed a {value}-{money} {noun} on Monday.")
    assert problem is not None and "leaves out the currency" in problem
