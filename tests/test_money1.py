"""Money told in the forms a story's pages use (money1, the Pakistan floods of 2022): wire
copy's "dlrs", Malaysia's "RM", the "¥" of China or Japan written with its country, a range
that repeats a prefixed sign ("US$2bn-US$3bn"), a currency noun after other words (refused,
where it was once a count), byte symbols in capitals ("4 TB", never "12 TB deaths"), and a
figure that is one end of a range whose other end has a hedge (refused: it is no level)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.guards import open_range_problem
from claimtrack.quantities import FigureError, parse_figure, unit_dimension
from claimtrack.quantities.lexicon import _PREFIX_DOLLARS
from claimtrack.quantities.units import CURRENCY_ONLY_NOUNS

B = 10**9
N = None

READ = [
    # wire copy's abbreviation of dollars: read as "dollars" are (US dollars, and said)
    ("10 bln dlrs", 10 * B, 10 * B, "dlrs", "currency:USD", N),
    ("nearly 10 bln dlrs", 9 * B, 10 * B, "dlrs", "currency:USD", "nearly"),
    ("5 million US dlrs", 5 * 10**6, 5 * 10**6, "us dlrs", "currency:USD", N),
    ("20 million greenbacks", 2 * 10**7, 2 * 10**7, "greenbacks", "currency:USD", N),
    # signs of one currency each, in letters, before the number
    ("RM44.9 billion", 44.9 * B, 44.9 * B, "rm", "currency:MYR", N),
    ("Rp 5 trillion", 5000 * B, 5000 * B, "rp", "currency:IDR", N),
    ("CN¥5bn", 5 * B, 5 * B, "cn¥", "currency:CNY", N),
    ("JP¥5bn", 5 * B, 5 * B, "jp¥", "currency:JPY", N),
    # a range that repeats its prefixed sign
    ("US$2bn-US$3bn", 2 * B, 3 * B, "us$", "currency:USD", "range"),
    ("A$2bn to A$3bn", 2 * B, 3 * B, "a$", "currency:AUD", "range"),
    ("between US$2bn and US$3bn", 2 * B, 3 * B, "us$", "currency:USD", "range"),
    ("CN¥5bn-CN¥6bn", 5 * B, 6 * B, "cn¥", "currency:CNY", "range"),
    # byte symbols in capitals, closing the phrase or before "of" and data
    ("4 TB", 4, 4, "terabytes", "data", N),
    ("4TB", 4, 4, "terabytes", "data", N),
    ("6 GB", 6, 6, "gigabytes", "data", N),
    ("more than 6 TB", 6, N, "terabytes", "data", "more than"),
    ("4 TB of data", 4, 4, "terabytes of data", "data", N),
    # ... never before another noun: tuberculosis
    ("12 TB deaths", 12, 12, "tb deaths", "count", N),
    ("4 TB of patients", 4, 4, "tb of patients", "count", N),
]  # fmt: skip


@pytest.mark.parametrize(("text", "low", "high", "unit", "dim", "hedge"), READ)
def test_reads(text: str, low: float, high: float | None, unit: str, dim: str, hedge) -> None:
    fig = parse_figure(text)
    assert (fig.unit, fig.dimension, fig.hedge) == (unit, dim, hedge)
    assert fig.low == pytest.approx(low)
    assert fig.high == (None if high is None else pytest.approx(high))
    if fig.dimension == "data":  # the unit as stored reads back as data ("terabytes")
        assert unit_dimension(fig.unit)[0] == "data"


REFUSED = [
    # a currency several countries share, after other words: once a count of "tusen kronor"
    ("14 tusen kronor", 'names a currency after other words ("tusen kronor")'),
    ("5 million new pesos", 'names a currency after other words ("new pesos")'),
    ("14 miljarder kronor", '"miljarder" is a scale word of another language'),
    ("2 millioner kroner", '"millioner" is a scale word of another language'),
    # two currencies in a range
    ("US$2bn-A$3bn", "more than one number"),
    ("$2bn-A$3bn", "more than one number"),
    # byte symbols: before a rate, in lower case, or bits
    ("4 TB a day", 'cannot read "TB" before a rate in "4 TB a day": write "terabytes"'),
    ("12 tb", 'cannot read "tb"'),
    ("5 Mb", 'cannot read "Mb"'),
]


@pytest.mark.parametrize(("text", "fragment"), REFUSED)
def test_refuses(text: str, fragment: str) -> None:
    with pytest.raises(FigureError) as e:
        parse_figure(text)
    assert fragment in str(e.value)


@given(
    amount=st.integers(1, 999),
    scale=st.sampled_from(["", " million", " billion", "bn"]),
    before=st.sampled_from(["new", "old", "tusen", "gold", "local", "hard"]),
    noun=st.sampled_from(sorted(CURRENCY_ONLY_NOUNS)),
)
def test_a_shared_currency_noun_is_never_a_count(amount, scale, before, noun) -> None:
    """Wherever a noun of several countries' currencies stands after the amount, the figure is
    refused: never a count of it, the currency dropped."""
    with pytest.raises(FigureError):
        parse_figure(f"{amount}{scale} {before} {noun}")


@given(
    a=st.integers(1, 500),
    width=st.integers(1, 500),
    prefix=st.sampled_from(sorted(_PREFIX_DOLLARS)),
    scale=st.sampled_from(["m", "bn", " million", " billion"]),
)
def test_a_range_repeating_its_sign_reads_as_one_currency(a, width, prefix, scale) -> None:
    sign = f"{prefix.upper()}$"
    one = parse_figure(f"{sign}{a}{scale}")
    both = parse_figure(f"{sign}{a}{scale}-{sign}{a + width}{scale}")
    assert both.dimension == one.dimension
    assert (both.low, both.high) == (one.low, parse_figure(f"{sign}{a + width}{scale}").high)


@given(
    n=st.integers(1, 999),
    symbol=st.sampled_from(["KB", "MB", "GB", "TB", "PB"]),
    noun=st.sampled_from(["deaths", "cases", "patients", "beds", "clinics", "tests"]),
)
def test_a_byte_symbol_before_a_noun_is_never_data(n, symbol, noun) -> None:
    """ "12 TB deaths": what is counted, never a data size."""
    try:
        fig = parse_figure(f"{n} {symbol} {noun}")
    except FigureError:
        return
    assert fig.dimension == "count"


OPEN_RANGE = "one end of the quote's range"


@pytest.mark.parametrize(
    ("value", "quote", "refused"),
    [
        ("$30 billion", "in the range of $30 billion to over $40 billion", True),
        ("over $40 billion", "in the range of $30 billion to over $40 billion", True),
        ("20", "20 to nearly 30 people died", True),
        # a change from one amount to another: the change checks judge it
        ("$10 billion", "losses rose from $10 billion to over $12 billion", False),
        ("over $12 billion", "losses rose from $10 billion to over $12 billion", False),
        # standing clear somewhere, or no amount after the hedge
        ("5 million", "5 million to about 6 million; 5 million", False),
        ("300", "300 - about a third of them", False),
        ("$2bn", "$2bn, up to about $3bn later", False),
    ],
)
def test_one_end_of_a_range_with_a_hedge(value: str, quote: str, refused: bool) -> None:
    said = open_range_problem(value, quote)
    assert (said is not None and OPEN_RANGE in said) == refused, said


def test_an_import_refuses_a_decimal_figure_cut_from_a_larger_one(ct) -> None:
    """ "14.9 billion dollars" of "to exceed 14.9 billion dollars" has no decimal-comma reading:
    that reading once excused it, and the import stored a level of 14.9 billion."""
    path = Path(__file__).parent / "fixtures" / "money1-exceed.jsonl"
    result = ct("import", str(path))
    assert result.exit_code == 2, result.output
    assert "is a part of the quote's 'exceed 14.9 billion dollars'" in result.output
