"""Money in the terminal: its sign first, in its scale only when that text is the interval
exactly."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.quantities import money_number, parse_figure
from claimtrack.readings import money_text


@pytest.mark.parametrize(
    ("low", "high", "dimension", "expected"),
    [
        (5.65e9, 5.75e9, "currency:GBP", "£5.65–5.75 bn"),
        (7.2e9, 8.8e9, "currency:GBP", "£7.2–8.8 bn"),
        (250e6, 250e6, "currency:USD", "$250 m"),
        (800_000, 1.2e6, "currency:EUR", "€0.8–1.2 m"),
        (3e12, 3e12, "currency:JPY", "¥3 tn"),
        (12.5e9, None, "currency:NGN", "₦12.5 bn+"),  # "+" after the scale, as the parser reads
        (12.5e9, None, "currency:CHF", "CHF 12.5 bn+"),  # no sign of its own: the code first
        (0, 2e9, "currency:USD", "$0–2 bn"),
        # a scale would round it: every digit instead, never "$1.23 bn"; the next scale down
        # when that says it exactly ("$1,005 m", not "$1.005 bn", which reads as ambiguous)
        (1_234_567_890, 1_234_567_890, "currency:USD", "$1,234,567,890"),
        (1.005e9, 1.005e9, "currency:USD", "$1,005 m"),
        (1.3563e9, 1.3837e9, "currency:EUR", "€1,356.3–1,383.7 m"),
        (2.5e9, 2_512_345_678, "currency:USD", "$2,500,000,000–2,512,345,678"),
        (12.375e6, 12.625e6, "currency:USD", "$12,375,000–12,625,000"),  # "=": never rounded
        # less than a million: digits with the sign, cents when it has any ("9 USD an hour"
        # and "9 $ an hour" before)
        (999_999, 999_999, "currency:EUR", "€999,999"),
        (9, 9, "currency:USD/hour", "$9 an hour"),
        (5.5, 5.5, "currency:GBP/hour", "£5.50 an hour"),
        (5.5, 6, "currency:GBP", "£5.50–6.00"),
        (450, 550, "currency:USD", "$450–550"),
        (9, None, "currency:USD", "$9+"),
        (10, 11_000, "currency:USD", "$10 to 11,000"),  # "$10–11,000" reads as 10,000-11,000
        (500, 500, "currency:NGN/week", "₦500 a week"),
        (500, 500, "currency:ZAR/week", "ZAR 500 a week"),
        (1.234, 1.234, "currency:USD", "$1.2340"),  # more than cents: every digit
        # other dimensions, negative amounts: digits
        (5e9, 6e9, "count", None),
        (5e9, 6e9, "share", None),
        (-2e9, 1e9, "currency:USD", None),
    ],
)
def test_money_text(low, high, dimension, expected) -> None:
    assert money_text(low, high, dimension) == expected


def test_conflicts_writes_money_in_its_scale_and_json_keeps_digits(ct) -> None:
    for claimant, value, quote in (
        ("Treasury", "£5.7bn", "Net cost of £5.7bn."),
        ("Think tank", "£8.1bn", "Net cost of £8.1bn."),
        ("Auditor", "£1,234,567,890", "Exactly £1,234,567,890."),
    ):
        result = ct("add", "eu-bill", "--claimant", claimant, "--measure", "net-cost",
                    "--figure", value, "--quote", quote, "--outlet", "Paper")  # fmt: skip
        assert result.exit_code == 0, result.output
    result = ct("conflicts", "eu-bill")
    assert result.exit_code == 0, result.output
    assert "£5.65–5.75 bn" in result.output  # the range column and the reading
    assert "≈ £8.05–8.15 bn" in result.output
    assert "1,234,567,890" in result.output  # a scale would round it: digits
    assert "5,650,000,000" not in result.output
    doc = ct("conflicts", "eu-bill", "--json")
    assert doc.exit_code == 0, doc.output
    assert "5650000000" in doc.stdout  # programs read the digits
    assert "£5.65" not in doc.stdout


# amounts as stated: whole units or cents below a million, at most two decimals of a scale above
_CENTS = st.integers(min_value=0, max_value=99_999_999).map(lambda c: c / 100)
_SCALED = st.tuples(st.integers(min_value=100, max_value=99_999), st.sampled_from([1e4, 1e7, 1e10]))


@given(st.one_of(_CENTS, _SCALED.map(lambda t: t[0] * t[1])), st.integers(0, 3))
def test_money_number_reads_back_as_the_same_interval(low: float, widen: int) -> None:
    high = low * (1 + widen) if widen else low
    text = money_number(low, high)
    if text is None:  # more than two decimals of its scale: the caller writes digits
        return
    fig = parse_figure(f"${text}")
    assert fig.dimension == "currency:USD"
    assert fig.low == pytest.approx(low, rel=1e-12, abs=1e-9)
    assert fig.high == pytest.approx(high, rel=1e-12, abs=1e-9)


@given(st.integers(min_value=1, max_value=10**9), st.sampled_from(["$", "£", "€"]),
       st.sampled_from(["p.a.", "P.A.", "pa", "PA"]))  # fmt: skip
def test_per_annum_reads_as_a_year(amount: int, sign: str, annum: str) -> None:
    plain = parse_figure(f"{sign}{amount:,}")
    rate = parse_figure(f"{sign}{amount:,} {annum}")
    assert rate.dimension == f"{plain.dimension}/year"
    assert (rate.low, rate.high, rate.base_low) == (plain.low, plain.high, plain.low)
