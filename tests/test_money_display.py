"""Money and shares as people read them, by one rule (``quantities.money_amount``,
``honest_range``): every currency the parser knows by its sign when one sign means it alone, by
its upper-case ISO code otherwise, never by the token typed ("rs", "inr", "rupees"); a share or
a hedged amount in as few decimals as keep its interval honest (rounded outward, never
narrower). What is printed reads back through the parser as an interval holding the stored one.
JSON keeps its exact numbers and codes."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.amounts import amount_text, shown_text
from claimtrack.quantities import FigureError, parse_figure
from claimtrack.quantities.currencies import CODES, CURRENCY_ROWS
from claimtrack.quantities.formatting import honest_range, money_amount, money_prefix

from reportcheck import Page

# The signs that mean one currency to the parser (written out here, not derived, so that a
# change to the parser's signs that would change the display is seen)
SIGNS = {
    "USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥", "INR": "₹", "RUB": "₽", "ILS": "₪",
    "KRW": "₩", "TRY": "₺", "NGN": "₦", "UAH": "₴", "VND": "₫", "PHP": "₱", "THB": "฿",
    "GHS": "₵", "KZT": "₸", "MNT": "₮", "LAK": "₭", "PYG": "₲", "CRC": "₡", "BDT": "৳",
    "AZN": "₼", "GEL": "₾", "KHR": "៛", "AUD": "A$", "CAD": "CA$", "HKD": "HK$", "NZD": "NZ$",
    "SGD": "S$", "TWD": "NT$", "BRL": "R$", "MXN": "MX$",
}  # fmt: skip
# every currency the parser reads: its ISO codes and the codes of its named currencies
KNOWN = sorted(
    {c.upper() for c in CODES.split()}
    | {line.split()[0] for line in CURRENCY_ROWS.strip().splitlines()}
    | set(SIGNS)
)


# ISO codes that are English words: the parser reads these currencies by their names only
# ("peruvian soles"), and refuses the code, so a printed "PEN 285–315 m" is never misread
WORD_CODES = {"ALL", "BAM", "BOB", "COP", "CUP", "MAD", "MOP", "PEN", "RON", "SOS", "TOP"}


@pytest.mark.parametrize("code", KNOWN)
def test_every_currency_is_shown_by_its_sign_or_its_code_and_reads_back(code: str) -> None:
    text = money_amount(285e6, 315e6, code)
    expected = SIGNS.get(code, f"{code} ")
    assert text == f"{expected}285–315 m"
    assert money_prefix(code.lower()) == expected  # never the case it was typed in
    if code in WORD_CODES:
        with pytest.raises(FigureError):
            parse_figure(text)
        return
    fig = parse_figure(text)
    assert (fig.low, fig.high, fig.dimension) == (285e6, 315e6, f"currency:{code}")


@pytest.mark.parametrize(
    ("low", "high", "code", "outward", "text"),
    [
        (100e9, 100e9, "INR", False, "₹100 bn"),  # "Rs 10,000 crore"
        (95e9, 105e9, "INR", False, "₹95–105 bn"),
        (2.85e6, 3.15e6, "INR", False, "₹2.85–3.15 m"),  # "INR 3 million"
        (300, 300, "CHF", False, "CHF 300"),
        (5.5, 6, "ZAR", False, "ZAR 5.50–6.00"),
        (12.5e9, None, "NGN", False, "₦12.5 bn+"),  # the "+" after its scale
        (2e12, 2e12, "KES", False, "KES 2 tn"),
        (0.05, 0.05, "USD", False, "$0.05"),
        (1_234_567_890, 1_234_567_890, "USD", False, "$1,234,567,890"),  # a scale would round
        (1.3563e9, 1.3837e9, "EUR", False, "€1,356.3–1,383.7 m"),  # the next scale, exactly
        # each bound in its own scale when they have different ones
        (2.85e6, 105e9, "INR", False, "₹2.85 m to 105 bn"),
        (2_851_234, 105e9, "INR", True, "₹2.85 m to 105 bn"),  # outward: the low down
        (2_851_234, 105e9, "INR", False, "₹2,851,234 to 105 bn"),
        # exact, never rounded, unless shown as an interval (``outward``)
        (12.375e6, 12.625e6, "CHF", False, "CHF 12,375,000–12,625,000"),
        (12.375e6, 12.625e6, "CHF", True, "CHF 12.37–12.63 m"),
        (9.604e9, 9.996e9, "GBP", True, "£9.6–10 bn"),
        (800_000, 1.2e6, "EUR", True, "€0.8–1.2 m"),
    ],
)
def test_money_amount(low, high, code: str, outward: bool, text: str) -> None:
    assert money_amount(low, high, code, outward=outward) == text


@pytest.mark.parametrize(
    ("low", "high", "text"),
    [
        (12.375, 12.625, "12.37–12.63"),  # "about 12.5%": not "12.3750–12.6250"
        (64.845, 66.155, "64.8–66.2"),  # "about 65.5%"
        (7.1775, 7.3225, "7.17–7.33"),  # "about 7.25%": two decimals at most from 1 up
        (1234.5675, 1234.5725, "1,234.56–1,234.58"),
        (0.027, 0.033, "0.027–0.033"),  # "about 0.03%": below 1, as many as it takes
        (27, 33, "27–33"),  # exact: as it is
        (12.5, 13.25, "12.5–13.25"),
        (1 / 3, 2 / 3, "0.33–0.67"),
        (0.0027, 0.0033, "0.0027–0.0033"),  # tiny: as many decimals as it takes
        (12.375, 12.375, "12.3750"),  # one value: as it is (never another figure)
        # no upper bound: the low one down to two decimals from 1 up, as a bounded
        # interval's (outputs16: "84.3850+%" gave the bound's digits, no figure's)
        (12.375, None, "12.37+"),
        (84.385, None, "84.38+"),
        (0.3, 84.385, "0.3–84.4"),  # a positive bound is never said as 0 ("0–85")
        (0.001, 84.385, "0.001–84.39"),
    ],
)
def test_honest_range(low, high, text: str) -> None:
    assert honest_range(low, high) == text


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("Rs 10,000 crore", "Rs 10,000 crore -> ₹100 bn ≈ ₹95–105 bn (rounded: ±₹5 bn; "
         "currency:INR)"),
        ("INR 3 million", "INR 3 million -> ₹3 m ≈ ₹2.85–3.15 m (rounded: ±₹150,000; "
         "currency:INR)"),
        ("₹500 crore", "₹500 crore -> ₹5 bn ≈ ₹4.75–5.25 bn (rounded: ±₹250 m; currency:INR)"),
        ("5 million rupees", "5 million rupees -> ₹5 m ≈ ₹4.75–5.25 m (rounded: ±₹250,000; "
         "currency:INR)"),
        ("about 12.5%", "about 12.5% -> 12.37–12.63% (hedge: around; share)"),
        ("about 65.5%", "about 65.5% -> 64.8–66.2% (hedge: around; share)"),
        ("about 12.5% of voters", "about 12.5% of voters -> 12.37–12.63% of voters (hedge: "
         "around; share)"),
        ("CHF 300", "CHF 300 -> CHF 300 ≈ CHF 285–315 (rounded: ±CHF 15; currency:CHF)"),
        ("300 naira", "300 naira -> ₦300 ≈ ₦285–315 (rounded: ±₦15; currency:NGN)"),
        ("JPY 3 trillion", "JPY 3 trillion -> ¥3 tn ≈ ¥2.85–3.15 tn (rounded: ±¥150 bn; "
         "currency:JPY)"),
        ("CNY 400 million", "CNY 400 million -> CNY 400 m ≈ CNY 380–420 m (rounded: ±CNY 20 m; "
         "currency:CNY)"),
        ("A$300 million", "A$300 million -> A$300 m ≈ A$285–315 m (rounded: ±A$15 m; "
         "currency:AUD)"),
        ("about $12.5 million", "about $12.5 million -> $12.37–12.63 m (hedge: around; "
         "currency:USD)"),
        ("more than $12.5 billion", "more than $12.5 billion -> $12.5 bn+ (hedge: more than; "
         "currency:USD)"),
    ],
)  # fmt: skip
def test_the_figure_command_says_money_and_shares_as_a_reader_would(
    ct, text: str, line: str
) -> None:
    result = ct("figure", text)
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == line


def test_figure_json_keeps_its_exact_numbers_and_code(ct) -> None:
    result = ct("figure", "Rs 10,000 crore", "--json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert (doc["low"], doc["high"], doc["dimension"]) == (1e11, 1e11, "currency:INR")
    assert "₹" not in result.stdout


# -- the property: what is printed, read back, holds what is stored ---------------------------

_BOUND = st.one_of(
    st.integers(0, 10**6).map(lambda c: c / 1000),  # tiny, with decimals
    st.integers(1, 10**15).map(float),  # up to a thousand trillion
    st.floats(0.001, 1e15, allow_nan=False, allow_infinity=False),
)


def _holds(text: str, low: float, high: float | None, dimension: str) -> None:
    fig = parse_figure(text)
    assert fig.dimension == dimension, text
    assert fig.low <= low * (1 + 1e-12), text
    if high is None:
        assert fig.high is None, text
    else:
        assert fig.high is None or fig.high >= high * (1 - 1e-12), text


@given(_BOUND, _BOUND, st.sampled_from(sorted(set(KNOWN) - WORD_CODES)), st.booleans())
def test_printed_money_read_back_holds_the_stored_interval(a, b, code, outward) -> None:
    low, high = min(a, b), max(a, b)
    _holds(money_amount(low, high, code, outward=outward), low, high, f"currency:{code}")


@given(st.integers(0, 10**6), st.integers(0, 10**6), st.sampled_from([10, 100, 1000, 10**4]))
def test_printed_share_read_back_holds_the_stored_interval(a: int, b: int, div: int) -> None:
    low, high = min(a, b) / div, max(a, b) / div
    if high > 100:
        return
    for text in (honest_range(low, high) + "%", shown_text(low, high, "share")):
        _holds(text, low, high, "share")
    assert amount_text(low, high, "share") == shown_text(low, high, "share")  # one rule


# -- every output for people -------------------------------------------------------------------


def _log(ct) -> None:
    for claimant, value in (
        ("Commission", "Rs 10,000 crore"),
        ("Ministry", "about ₹500 crore"),
        ("Swiss", "about CHF 12.5 million"),
        ("Geneva", "CHF 300 million"),
        ("Poll", "about 12.5%"),
    ):
        measure = "turnout" if value.endswith("%") else "cash" if "CHF" not in value else "aid"
        result = ct("add", "seized", "--claimant", claimant, "--measure", measure,
                    "--figure", value, "--quote", f"said {value}", "--outlet", "Paper",
                    "--said-on", "2024-05-01")  # fmt: skip
        assert result.exit_code == 0, result.output


_TYPED = re.compile(r"\d (rs|inr|chf|rupees)\b|\d{3},\d{3},\d{3},\d{3}|\.\d{4}")


def test_list_show_conflicts_and_timeline_say_the_currency_by_its_sign_or_code(ct) -> None:
    _log(ct)
    for args in (("list", "seized"), ("conflicts", "seized"), ("timeline", "seized")):
        result = ct(*args)
        assert result.exit_code == 0, result.output
        out = " ".join(result.stdout.split())
        assert not _TYPED.search(out), (args, _TYPED.search(out))
        assert "₹95–105 bn" in out or "₹100 bn" in out, (args, out)
    listed = " ".join(ct("list", "seized").stdout.split())
    assert "cash = ₹100 bn" in listed
    assert "turnout ≈ 12.37–12.63%" in listed  # wider than stated: "≈"
    assert "aid = CHF" in listed and "12,375,000–12,625,000" in listed  # as stated, exactly
    conflicts = " ".join(ct("conflicts", "seized").stdout.split())
    assert "CHF 12.37–12.63 m" in conflicts
    doc = json.loads(ct("conflicts", "seized", "--json").stdout)
    assert "₹" not in json.dumps(doc, ensure_ascii=False)  # programs keep digits and codes


def test_the_report_says_the_currency_by_its_sign_or_code(ct, tmp_path) -> None:
    _log(ct)
    html = tmp_path / "r.html"
    result = ct("report", "seized", "-o", str(html))
    assert result.exit_code == 0, result.output
    text = Page(html.read_text(encoding="utf-8")).text
    assert "Rs 10,000 crore ” ≈ ₹95–105 bn" in text
    assert "about CHF 12.5 million ” ≈ CHF 12.37–12.63 m" in text  # rounded outward: "≈"
    assert "CHF 300 million ” ≈ CHF 285–315 m" in text
    assert "The sources span CHF 12–315 m" in text
    assert not _TYPED.search(text), _TYPED.search(text)
    md = ct("report", "seized", "-f", "md")
    assert md.exit_code == 0, md.output
    assert "₹95–105 bn" in md.stdout and not _TYPED.search(md.stdout)


@pytest.mark.parametrize(
    ("low", "high", "dimension", "text"),
    [
        (5.75e9, 6.15e9, "currency:USD", "$5.75–6.15 bn"),  # "$3.1bn + almost $3bn"
        (1.45e9, 2.65e9, "currency:USD", "$1.45–2.65 bn"),  # short by
        (12.375e6, 12.625e6, "currency:CHF", "CHF 12,375,000–12,625,000"),  # never rounded
        (3675, 3825, "count", "3,675–3,825"),
    ],
)
def test_a_sum_says_money_exactly_with_its_currency_first(low, high, dimension, text) -> None:
    from claimtrack.report import sum_amount

    assert sum_amount(low, high, dimension) == text


@pytest.mark.parametrize(
    ("bounds", "dimension", "report", "texts"),
    [
        # apart as compared, apart as shown: each rounded on its own
        ([(12.375, 12.625), (64.845, 66.155)], "share", False, ["12.37–12.63%", "64.8–66.2%"]),
        ([(12.375e6, 12.625e6), (285e6, 315e6)], "currency:CHF", True,
         ["CHF 12.37–12.63 m", "CHF 285–315 m"]),
        # rounding would make them meet: every one as compared
        ([(12.375, 12.625), (12.63, 12.9)], "share", False, ["12.3750–12.6250%", "12.63–12.9%"]),
        ([(12.375e6, 12.625e6), (12.63e6, 12.9e6)], "currency:CHF", False,
         ["CHF 12,375,000–12,625,000", "CHF 12.63–12.9 m"]),
        ([(12.63e6, 12.9e6), (12.375e6, 12.625e6)], "currency:CHF", True,  # in any order
         ["CHF 12.63–12.9 m", "CHF 12,375,000–12,625,000"]),
        # other amounts as before
        ([(2154563.8, 2381359.9425), (5669904.6, 6123496.995)], "mass", False,
         ["2,154–2,382 t", "5,669–6,124 t"]),
    ],
)  # fmt: skip
def test_positions_apart_are_never_rounded_into_one_another(
    bounds, dimension: str, report: bool, texts: list[str]
) -> None:
    from claimtrack.amounts import apart_texts

    assert apart_texts(bounds, dimension, report=report) == texts


@pytest.mark.parametrize(
    ("text", "low", "high", "dimension", "exact"),
    [
        ("12.37–12.63%", 12.375, 12.625, "share", False),
        ("12.5–13.25%", 12.5, 13.25, "share", True),
        ("CHF 12.37–12.63 m", 12.375e6, 12.625e6, "currency:CHF", False),
        ("₹95–105 bn", 95e9, 105e9, "currency:INR", True),
        ("$12.5 bn+", 12.5e9, None, "currency:USD", True),
        ("2,154–2,382 t", 2154563.8, 2381359.9425, "mass", True),  # a reader's precision
    ],
)
def test_said_exactly(text: str, low, high, dimension: str, exact: bool) -> None:
    from claimtrack.amounts import said_exactly

    assert said_exactly(text, low, high, dimension) is exact


# cases hypothesis found (5,000 examples a run by hand): a float's noise rounded inward, a
# dash that read as thousands, a scale shared across "to", a tolerance too loose for billions
@pytest.mark.parametrize(
    ("low", "high"),
    [
        (0.2777777777777778, 0.278),
        (0.2777777777777778, None),
        (10_000_000.4921875, 1e9),
        (546_932_220.5605469, 546_932_221.0),
        (3.63, 3630.0),
        (0.001, 1_000_000_001.0),
        (0.0, 943_309_350_000_944.0),
        (1e6, 1e9),
        (10_000_000_000_001.0, 10_000_000_000_001.0),  # "AED 10–10 tn", read as no range
        (100_000_000_000_007.0, 100_000_000_000_007.0),
        (0.004278028496214474, 1.0),  # "AED 0.00428–1": a low bound rounded up
        (0.0057353238672241255, 1.0),
        (0.0024000000000000002, 1.0),
        (4.07, 4070.0),  # "AED 4.07–4,070.00" read as 4,070 on both sides (4.07 * 1000 > 4070)
        (4.03, 4030.0),
        (0.0, 24_986_267_089.9375),  # "AED 0–24,986,267,089.9": a high bound shown below it
    ],
)
@pytest.mark.parametrize("code", ["AED", "TWD", "USD"])
@pytest.mark.parametrize("outward", [False, True])
def test_printed_money_holds_the_stored_interval_found_by_hypothesis(
    low, high, code: str, outward: bool
) -> None:
    _holds(money_amount(low, high, code, outward=outward), low, high, f"currency:{code}")
