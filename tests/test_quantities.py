"""The figure parser: phrases as sources write them -> intervals (docs/figures.md)."""

from __future__ import annotations

import dataclasses
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.quantities import (
    _HEDGES,
    Figure,
    FigureError,
    format_number,
    format_range,
    parse_figure,
)

N = None  # no upper bound / no unit / no hedge, to keep the table narrow

# text, low, high, unit, hedge, exact
SEED_FIGURES = [
    # every figure in the five source articles (/work/shared/seeds)
    ("hundreds of ISIS fighters", 200, 999, "isis fighters", "hundreds", False),
    ("Hundreds of ISIS fighters", 200, 999, "isis fighters", "hundreds", False),
    ("hundreds of IS fighters", 200, 999, "is fighters", "hundreds", False),
    ("hundreds of ISIS-linked detainees", 200, 999, "isis-linked detainees", "hundreds", False),
    ("hundreds", 200, 999, N, "hundreds", False),
    ("many hundreds of IS fighters", 300, 999, "is fighters", "many hundreds", False),
    ("many hundreds", 300, 999, N, "many hundreds", False),
    ("thousands of ISIS fighters", 2000, 9999, "isis fighters", "thousands", False),
    ("thousands of captured ISIS fighters", 2000, 9999, "captured isis fighters", "thousands",
     False),
    ("thousands", 2000, 9999, N, "thousands", False),
    ("four months", 4, 4, "months", N, True),
    ("three days", 3, 3, "days", N, True),
    ("250 ISIS fighters", 250, 250, "isis fighters", N, True),
    ("3,500 family members", 3500, 3500, "family members", N, True),
    ("3,500 of their family members", 3500, 3500, "family members", N, True),
    ("3,500 civilian lives", 3500, 3500, "civilian lives", N, True),
    ("Thirteen buses", 13, 13, "buses", N, True),
    ("thirteen buses", 13, 13, "buses", N, True),
    ("100 vehicles", 100, 100, "vehicles", N, True),
    ("50 trucks", 50, 50, "trucks", N, True),
    ("ten trucks", 10, 10, "trucks", N, True),
    ("Ten trucks", 10, 10, "trucks", N, True),
    ("300 ISIS fighters", 300, 300, "isis fighters", N, True),
    ("300 civilians", 300, 300, "civilians", N, True),
    ("100 of them", 100, 100, N, N, True),
    ("200 people", 200, 200, "people", N, True),
    ("112 people", 112, 112, "people", N, True),
    ("more than six months", 6, N, "months", "more than", False),
    ("7.5 million civilians", 7_500_000, 7_500_000, "civilians", N, True),
    ("103,000 sq. km.", 103_000, 103_000, "sq. km", N, True),
    ("103,000 sq. km", 103_000, 103_000, "sq. km", N, True),
    ("ten times", 10, 10, "times", N, True),
    ("dozens of buses and trucks", 24, 99, "buses and trucks", "dozens", False),
    ("dozens of buses", 24, 99, "buses", "dozens", False),
    ("Dozens of fighters", 24, 99, "fighters", "dozens", False),
    ("70-nation", 70, 70, "nation", N, True),
    ("at least 700 civilians", 700, N, "civilians", "at least", False),
    ("around 400 militants", 360, 440, "militants", "around", False),
    ("a few dozen fighters", 24, 60, "fighters", "a few dozen", False),
    ("only a few dozen fighters", 24, 60, "fighters", "a few dozen", False),
    ("around 4,000 people", 3600, 4400, "people", "around", False),
    ("six to seven kilometres", 6, 7, "kilometres", "range", False),
    ("six to seven kilometres long", 6, 7, "kilometres", "range", False),
    ("Some 250 IS fighters", 225, 275, "is fighters", "around", False),
    ("some 250", 225, 275, N, "around", False),
    ("$350,000", 350_000, 350_000, "$", N, True),
    ("roughly 10,000 captured fighters", 9000, 11000, "captured fighters", "around", False),
    ("tens of thousands of their family members", 20000, 99999, "family members",
     "tens of thousands", False),
    ("tens of thousands", 20000, 99999, N, "tens of thousands", False),
    ("10,000 fighters", 10000, 10000, "fighters", N, True),
    ("around 2,000 of them", 1800, 2200, N, "around", False),
    ("around 2,000", 1800, 2200, N, "around", False),
    ("around 40 other countries", 36, 44, "other countries", "around", False),
    ("1,000 soldiers", 1000, 1000, "soldiers", N, True),
    ("roughly two dozen fighters", 22, 26, "fighters", "around", False),
    ("two facilities", 2, 2, "facilities", N, True),
    ("some 5,000 detainees", 4500, 5500, "detainees", "around", False),
    ("hundreds of escapes", 200, 999, "escapes", "hundreds", False),
    ("one senior defense official", 1, 1, "senior defense official", N, True),
]  # fmt: skip

MORE_FIGURES = [
    # digits, separators, decimals, scale words and abbreviations
    ("250", 250, 250, N, N, True),
    ("0", 0, 0, N, N, True),
    ("7.5", 7.5, 7.5, N, N, True),
    ("7.50", 7.5, 7.5, N, N, True),
    ("12.0 trucks", 12, 12, "trucks", N, True),
    (".5 km", 0.5, 0.5, "km", N, True),
    ("1.2bn", 1_200_000_000, 1_200_000_000, N, N, True),
    ("1.2 billion people", 1_200_000_000, 1_200_000_000, "people", N, True),
    ("£1.2bn", 1_200_000_000, 1_200_000_000, "£", N, True),
    ("3m people", 3_000_000, 3_000_000, "people", N, True),
    ("3 m", 3, 3, "m", N, True),
    ("100k", 100_000, 100_000, N, N, True),
    ("100K refugees", 100_000, 100_000, "refugees", N, True),
    ("2.5 mn", 2_500_000, 2_500_000, N, N, True),
    ("3 hundred", 300, 300, N, N, True),
    ("2 hundred thousand", 200_000, 200_000, N, N, True),
    ("half a million", 500_000, 500_000, N, N, True),
    ("one and a half million", 1_500_000, 1_500_000, N, N, True),
    ("two and a half km", 2.5, 2.5, "km", N, True),
    ("a hundred", 100, 100, N, N, True),
    ("a thousand", 1000, 1000, N, N, True),
    ("a million", 1_000_000, 1_000_000, N, N, True),
    ("45%", 45, 45, "%", N, True),
    ("45 per cent", 45, 45, "%", N, True),  # every share spelling is stored as "%"
    ("6km", 6, 6, "km", N, True),
    ("2017", 2017, 2017, N, N, True),
    # number words
    ("thirteen", 13, 13, N, N, True),
    ("zero", 0, 0, N, N, True),
    ("twenty-five", 25, 25, N, N, True),
    ("twenty five", 25, 25, N, N, True),
    ("three hundred", 300, 300, N, N, True),
    ("one hundred and twelve", 112, 112, N, N, True),
    ("one hundred and twelve thousand", 112_000, 112_000, N, N, True),
    ("two thousand five hundred", 2500, 2500, N, N, True),
    ("a dozen", 12, 12, N, N, True),
    ("two dozen", 24, 24, N, N, True),
    ("half a dozen eggs", 6, 6, "eggs", N, True),
    ("a score", 20, 20, N, N, True),
    # ranges
    ("6 to 7", 6, 7, N, "range", False),
    ("12-15", 12, 15, N, "range", False),
    ("12–15 fighters", 12, 15, "fighters", "range", False),
    ("12 — 15", 12, 15, N, "range", False),
    ("between 300 and 400", 300, 400, N, "range", False),
    ("between 300-400 fighters", 300, 400, "fighters", "range", False),
    ("between one hundred and two hundred", 100, 200, N, "range", False),
    ("two or three", 2, 3, N, "range", False),
    ("two-three days", 2, 3, "days", "range", False),
    ("from 10 to 20", 10, 20, N, "range", False),
    ("six to seven million", 6_000_000, 7_000_000, N, "range", False),
    ("two to three hundred", 200, 300, N, "range", False),
    ("500 to 1 million", 500, 1_000_000, N, "range", False),
    ("1.2-1.5bn", 1_200_000_000, 1_500_000_000, N, "range", False),
    ("$5-6m", 5_000_000, 6_000_000, "$", "range", False),
    ("5 to 5", 5, 5, N, "range", False),
    ("dozens to hundreds", 24, 999, N, "range", False),
    ("hundreds if not thousands", 200, 9999, N, "range", False),
    ("a few hundred to a thousand", 200, 1000, N, "range", False),
    ("around 6 to 7 km", 5.4, 7.7, "km", "around", False),
    ("two or three or so", 1, 4, N, "around", False),
    # hedges on a number
    ("exactly 250", 250, 250, N, "exactly", True),
    ("only 250", 250, 250, N, "exactly", True),
    ("just 250", 250, 250, N, "exactly", True),
    ("around 25", 23, 27, N, "around", False),
    ("about 5", 4, 6, N, "around", False),
    ("approximately 1,000", 900, 1100, N, "around", False),
    ("approx. 250 people", 225, 275, "people", "around", False),
    ("c. 250", 225, 275, N, "around", False),
    ("circa 250", 225, 275, N, "around", False),
    ("an estimated 250", 225, 275, N, "around", False),
    ("~250", 225, 275, N, "around", False),
    ("≈ 250", 225, 275, N, "around", False),
    ("250 or so", 225, 275, N, "around", False),
    ("a dozen or so", 11, 13, N, "around", False),
    ("a hundred or so", 90, 110, N, "around", False),
    ("around 7.5", 6.75, 8.25, N, "around", False),
    ("around 10 km", 9, 11, "km", "around", False),
    ("nearly 100", 90, 100, N, "nearly", False),
    ("almost 1,000 people", 900, 1000, "people", "nearly", False),
    ("close to 50", 45, 50, N, "nearly", False),
    ("just under 100", 90, 99, N, "just under", False),
    ("just over 250", 251, 275, N, "just over", False),
    ("at least 700", 700, N, N, "at least", False),
    ("no fewer than 700", 700, N, N, "at least", False),
    ("a minimum of 700", 700, N, N, "at least", False),
    ("700+", 700, N, N, "at least", False),
    ("700+ fighters", 700, N, "fighters", "at least", False),
    ("700 or more", 700, N, N, "at least", False),
    ("≥ 700", 700, N, N, "at least", False),
    ("more than 250", 251, N, N, "more than", False),
    ("over 250 fighters", 251, N, "fighters", "more than", False),
    ("upwards of 250", 251, N, N, "more than", False),
    ("in excess of 250", 251, N, N, "more than", False),
    ("more than 6 km", 6, N, "km", "more than", False),
    ("up to 4,000", 0, 4000, N, "up to", False),
    ("as many as 4,000 people", 0, 4000, "people", "up to", False),
    ("no more than 5", 0, 5, N, "up to", False),
    ("at most 5", 0, 5, N, "up to", False),
    ("5 or fewer", 0, 5, N, "up to", False),
    ("fewer than 100", 0, 99, N, "fewer than", False),
    ("less than 1", 0, 0, N, "fewer than", False),
    ("under 2.5 km", 0, 2.5, "km", "fewer than", False),
    ("100-odd", 100, 125, N, "odd", False),
    ("twenty-odd years", 20, 25, "years", "odd", False),
    # vague amounts
    ("a couple", 2, 3, N, "a couple", False),
    ("a couple of fighters", 2, 3, "fighters", "a couple", False),
    ("a few", 2, 5, N, "a few", False),
    ("a few of the fighters", 2, 5, "fighters", "a few", False),
    ("several", 3, 9, N, "several", False),
    ("a handful of fighters", 2, 9, "fighters", "a handful", False),
    ("dozens", 24, 99, N, "dozens", False),
    ("a couple of dozen", 24, 36, N, "a couple dozen", False),
    ("a couple dozen", 24, 36, N, "a couple dozen", False),
    ("several dozen", 36, 108, N, "several dozen", False),
    ("scores of people", 40, 199, "people", "scores", False),
    ("tens", 20, 99, N, "tens", False),
    ("a few hundred", 200, 500, N, "a few hundred", False),
    ("several hundred", 300, 900, N, "several hundred", False),
    ("several thousand", 3000, 9000, N, "several thousand", False),
    ("a few hundred thousand", 200_000, 500_000, N, "a few hundred thousand", False),
    ("hundreds of thousands of people", 200_000, 999_999, "people", "hundreds of thousands",
     False),
    ("millions", 2_000_000, 9_999_999, N, "millions", False),
    ("tens of millions", 20_000_000, 99_999_999, N, "tens of millions", False),
    ("many thousands", 3000, 9999, N, "many thousands", False),
    ("at least a few dozen", 24, N, N, "at least a few dozen", False),
    ("more than a dozen", 13, N, N, "more than", False),
    ("up to a few dozen", 0, 60, N, "up to a few dozen", False),
    ("around hundreds", 180, 1098, N, "around hundreds", False),
    ("some hundreds of fighters", 180, 1098, "fighters", "around hundreds", False),
    # nothing at all
    ("no fighters", 0, 0, "fighters", "none", True),
    ("none", 0, 0, N, "none", True),
    ("none of the fighters", 0, 0, "fighters", "none", True),
    ("nobody", 0, 0, N, "none", True),
    ("no one", 0, 0, N, "none", True),
    ("not a single fighter", 0, 0, "fighter", "none", True),
    # tolerance: case, spaces, non-breaking spaces, dashes, quotes, trailing punctuation
    ("  AROUND   4,000   PEOPLE.  ", 3600, 4400, "people", "around", False),
    ("around\u00a04,000\u00a0people", 3600, 4400, "people", "around", False),
    ("“some 250 fighters”", 225, 275, "fighters", "around", False),
    ("250 fighters;", 250, 250, "fighters", N, True),
    ("12\u201315", 12, 15, N, "range", False),
    ("12\u201415", 12, 15, N, "range", False),
    ("~ 250", 225, 275, N, "around", False),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "low", "high", "unit", "hedge", "exact"),
    SEED_FIGURES + MORE_FIGURES,
    ids=[row[0] for row in SEED_FIGURES + MORE_FIGURES],
)
def test_reads_figure(text, low, high, unit, hedge, exact):
    fig = parse_figure(text)
    assert (fig.low, fig.high, fig.unit, fig.hedge, fig.exact) == (low, high, unit, hedge, exact)
    assert type(fig.low) is type(low)  # int where whole, float otherwise
    assert high is None or type(fig.high) is type(high)
    assert fig.text == text.strip()


def test_table_is_large_enough():
    assert len(SEED_FIGURES) + len(MORE_FIGURES) >= 90


ERRORS = [
    # text, a piece of the message
    ("", "no figure given"),
    ("   ", "no figure given"),
    ("many", 'no figure found in "many", which is too vague'),
    ("Many detainees", "too vague"),
    ("a lot", "too vague"),
    ("a lot of lives", "too vague"),
    ("lots of people", "too vague"),
    ("numerous foreign fighters", "too vague"),
    ("tons of weapons", "too vague"),
    ("unknown", "too vague"),
    ("some of the fighters", 'no number after "some"'),
    ("around", 'no number after "around"'),
    ("at least many", 'no number after "at least"'),
    ("the figure 250 was wrong", 'put the figure first (only a hedge such as "around"'),
    ("the 10,000 fighters", "no figure at the start"),
    ("the 200", "no figure at the start"),
    ("fighters", 'no figure found in "fighters"'),
    ("ten times the size of the September convoy", "is a ratio"),
    ("three times as many", "is a ratio"),
    ("250 fighters and 3,500 family members", "more than one number"),
    ("3 500 people", 'write thousands with commas, e.g. "3,500"'),
    ("-5", "is negative"),
    ("1st", "ordinal"),
    ("3rd battalion", "ordinal"),
    ("October 12", "looks like a date"),
    ("12 October", "looks like a date"),
    ("250, mostly fighters", 'cannot read ", mostly fighters"'),
    ("1,5", "is ambiguous: 1.5 with a decimal comma, or the two numbers 1 and 5"),
    ("15 to 12", "runs backwards"),
    ("between 300", '"between" needs two ends'),
    ("from 10", '"from" needs two ends'),
    ("between 300 and many", "has no second number"),
    ("fewer than 0", "leaves no possible value"),
    ("around 250 or so", "two hedges"),
    ("no", 'no figure found in "no"'),
    ("many", "give a number, a range or a vague amount"),
    ("x" * 400, "too long for a figure"),
    ("9" * 30, "too long a number"),
    ("2,000,000 trillion", "too large a figure"),
    ("2 trillion trillion", "more than one number"),
    ("3 thousands", "more than one number"),
]


@pytest.mark.parametrize(("text", "message"), ERRORS, ids=[e[0][:40] for e in ERRORS])
def test_rejects(text, message):
    with pytest.raises(FigureError) as info:
        parse_figure(text)
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_rejects_non_text():
    with pytest.raises(FigureError, match="expected figure text"):
        parse_figure(250)  # type: ignore[arg-type]


def test_figure_error_is_a_value_error():
    assert issubclass(FigureError, ValueError)


JSON_KEYS = [
    "text", "low", "high", "unit", "hedge", "exact", "rounding", "dimension", "base_low",
    "base_high",
]  # fmt: skip


def test_to_json_exact_dict():
    assert parse_figure("around 4,000 people").to_json() == {
        "text": "around 4,000 people",
        "low": 3600,
        "high": 4400,
        "unit": "people",
        "hedge": "around",
        "exact": False,
        "rounding": 0,
        "dimension": "count",
        "base_low": 3600,
        "base_high": 4400,
    }
    assert parse_figure(" at least 7.5 km ").to_json() == {
        "text": "at least 7.5 km",
        "low": 7.5,
        "high": None,
        "unit": "km",
        "hedge": "at least",
        "exact": False,
        "rounding": 0,
        "dimension": "length",
        "base_low": 7500,
        "base_high": None,
    }
    assert parse_figure("250").to_json() == {
        "text": "250",
        "low": 250,
        "high": 250,
        "unit": None,
        "hedge": None,
        "exact": True,
        "rounding": 5,
        "dimension": "count",
        "base_low": 250,
        "base_high": 250,
    }
    assert list(parse_figure("250").to_json()) == JSON_KEYS
    assert "factor" not in parse_figure("6 km").to_json()
    assert parse_figure("6 km").factor == 1000


def test_figure_is_frozen_and_slotted():
    fig = parse_figure("250 fighters")
    with pytest.raises(dataclasses.FrozenInstanceError):
        fig.low = 1  # type: ignore[misc]
    assert not hasattr(fig, "__dict__")
    assert fig == Figure("250 fighters", 250, 250, "fighters", None, True, rounding=5)
    # base values default to low and high times the factor
    assert Figure("6 km", 6, 7, "km", "range", False, factor=1000.0).base_high == 7000


def test_results_are_cached():
    assert parse_figure("around 4,000 people") is parse_figure("around 4,000 people")


@pytest.mark.parametrize(
    ("x", "text"),
    [
        (0, "0"),
        (250, "250"),
        (3500, "3,500"),
        (7.5, "7.5"),
        (7500000, "7,500,000"),
        (7.0, "7"),
        (1234.5678, "1,234.5678"),
        (0.00001, "0.00001"),
        (1.5e-7, "0.00000015"),
        (-3500, "-3,500"),
    ],
)
def test_format_number(x, text):
    assert format_number(x) == text


@pytest.mark.parametrize("bad", [math.nan, math.inf, "250", None, True])
def test_format_number_rejects(bad):
    with pytest.raises(FigureError):
        format_number(bad)


@pytest.mark.parametrize(
    ("low", "high", "text"),
    [
        (24, 60, "24–60"),
        (250, 250, "250"),
        (700, None, "700+"),
        (3600, 4400, "3,600–4,400"),
        (5.4, 7.7, "5.4–7.7"),
        (6_000_000, 7_000_000, "6,000,000–7,000,000"),
        (0, 99, "0–99"),
    ],
)
def test_format_range(low, high, text):
    assert format_range(low, high) == text


def test_format_range_rejects_backwards():
    with pytest.raises(FigureError):
        format_range(60, 24)


# --- properties -------------------------------------------------------------------------------

whole = st.integers(min_value=0, max_value=10**12)
decimal = st.floats(min_value=0, max_value=1e12, allow_nan=False, allow_infinity=False).filter(
    lambda x: x == 0 or x >= 1e-9
)
cents = st.integers(min_value=0, max_value=10**9).map(lambda n: n / 100)


@settings(max_examples=500)
@given(st.text(max_size=60))
def test_any_text_gives_a_figure_or_figure_error(text):
    try:
        fig = parse_figure(text)
    except FigureError as e:
        assert str(e) and "\n" not in str(e)
        return
    assert fig.low >= 0
    assert fig.high is None or fig.low <= fig.high


FIGURE_WORDS = [
    "a", "an", "and", "or", "to", "-", "–", "~", "+", "$", "%", ",", ".", "of", "the", "no",
    "some", "around", "about", "at", "least", "more", "than", "fewer", "under", "over", "up",
    "nearly", "just", "only", "few", "couple", "several", "many", "dozen", "dozens", "hundred",
    "hundreds", "thousand", "thousands", "million", "m", "k", "bn", "tens", "between", "from",
    "if", "not", "none", "one", "two", "twenty", "half", "odd", "so", "3", "250", "3,500", "7.5",
    ".5", "0", "12", "1,0", "10000000000000000000", "fighters", "km", "sq.", "times",
]  # fmt: skip
figure_words = st.sampled_from(FIGURE_WORDS)


@settings(max_examples=1000)
@given(st.lists(figure_words, max_size=8).map(" ".join))
def test_figure_like_text_gives_a_sane_interval(text):
    try:
        fig = parse_figure(text)
    except FigureError:
        return
    assert fig.low >= 0
    assert fig.high is None or fig.low <= fig.high
    for bound in (fig.low, fig.high):
        assert bound is None or isinstance(bound, int) or not bound.is_integer()


@given(st.one_of(whole, decimal, cents))
def test_format_number_reads_back_exactly(x):
    fig = parse_figure(format_number(x))
    assert fig.low == fig.high == x
    assert fig.exact
    assert fig.hedge is None


@given(st.one_of(whole, cents), st.one_of(whole, cents), st.booleans())
def test_format_range_reads_back(a, b, unbounded):
    low, high = min(a, b), (None if unbounded else max(a, b))
    fig = parse_figure(format_range(low, high))
    assert (fig.low, fig.high) == (low, high)


def _phrases(canonical: str) -> list[str]:
    return [p for c, before, _ in _HEDGES if c == canonical for p in before]


@given(
    st.sampled_from(
        [(p, c) for c in ("around", "at least", "up to", "nearly") for p in _phrases(c)]
    ),
    st.one_of(whole, cents),
    st.sampled_from(["", " fighters", " people", " km", " sq. km", " %", " months"]),
)
def test_hedged_interval_contains_the_number(hedge, n, unit):
    if unit == " %":
        n = min(n, 100)  # a share is at most 100% ("150%" is refused)
    phrase, canonical = hedge
    fig = parse_figure(f"{phrase} {format_number(n)}{unit}")
    assert fig.hedge == canonical
    assert fig.low <= n
    assert fig.high is None or n <= fig.high
    assert not fig.exact
