"""Every output says a figure as the finding holds it (outputs16): its currency at the right
size (pence and cents by name are hundredths: "161.8p" is £1.618, never "£161.80"), a
position with no upper bound in the precision of the figures said ("84.38+%", never the
bound's "84.3850+%"), a positive bound never said as 0 ("₹0–21 bn"), a forecast said as one
by ``show`` and ``list`` as by the other outputs, and a poll's figure that states no margin
named on its row of the sheet. Story: ``tests/fixtures/units-said.jsonl`` (invented quotes:
amounts in euros, dollars and their cents, pounds and pence, yen and rupees in lakh and
crore; rates above 100% and with no upper bound; two forecasts of one moment; three polls).
Each output is read in its own client: the terminal's text, the csv module, html.parser."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.conflicts import Fact, analyse
from claimtrack.quantities import describe
from claimtrack.quantities.formatting import money_said, money_unit_factor, rounding_text
from claimtrack.records import forecast_moment

from conftest import through_pipes
from reportcheck import Page

FIXTURE = Path(__file__).parent / "fixtures" / "units-said.jsonl"
SUBJECT = "units-said"
SURVEY = (
    "approval-poll: survey estimates, each poll its own sample, not one published value: 3 "
    "figures state no margin of error and are judged by the materiality ratio on the value "
    "said; give a poll's margin as its bounds (--low/--high) to judge it by its margin"
)


@pytest.mark.parametrize(
    ("unit", "code", "factor"),
    [
        ("p", "GBP", 0.01),
        ("pence", "GBP", 0.01),
        ("pence a day", "GBP", 0.01),  # its money is "pence", its period "a day"
        ("us cents", "USD", 0.01),
        ("euro cents", "EUR", 0.01),
        ("£", "GBP", 1),
        ("$ an hour", "USD", 1),
        ("rs", "INR", 1),  # a sign the unit table does not hold: the currency itself
        ("yen", "JPY", 1),
        (None, "USD", 1),
    ],
)
def test_the_money_a_unit_is_worth(unit: str | None, code: str, factor: float) -> None:
    assert money_unit_factor(unit, code) == factor


@pytest.mark.parametrize(
    ("value", "low", "high", "unit", "dimension", "said"),
    [
        ("161.8p", 161.8, 161.8, "p", "currency:GBP", "£1.6180"),  # before: "£161.80"
        ("99 US cents", 99, 99, "us cents", "currency:USD", "$0.99"),  # before: "$99"
        ("15 euro cents", 15, 15, "euro cents", "currency:EUR", "€0.15"),
        ("£1.45", 1.45, 1.45, "£", "currency:GBP", "£1.45"),
        ("Rs 5 lakh", 500000, 500000, "rs", "currency:INR", "₹500,000"),
        ("50p a day", 50, 50, "p a day", "currency:GBP/week", "£0.50 a day"),
    ],
)
def test_an_amount_in_a_hundredth_is_said_in_its_currency(
    value: str, low: float, high: float, unit: str, dimension: str, said: str
) -> None:
    """``list``'s asserts and ``show``'s figure: the amount as stated, in its currency."""
    assert money_said(unit, low, high, dimension) == said


@pytest.mark.parametrize(
    ("text", "args", "shown"),
    [
        ("50 pence", (50, 50, "pence", None, False, 2.5, "currency:GBP", 0.5, 0.5),
         "50 pence -> £0.50 ≈ £0.475–0.525 (rounded: ±£0.025)"),  # before: "£50 ≈ £47.50–52.50"
        # before: "£50 ... a day = £3.50 a week": a day's fifty pounds, a week's £3.50
        ("50p a day", (50, 50, "p a day", None, False, 2.5, "currency:GBP/week", 3.5, 3.5),
         "50p a day -> £0.50 ≈ £0.475–0.525 a day = £3.50 a week (rounded: ±£0.025)"),
    ],
)  # fmt: skip
def test_describe_says_pence_as_pence(text: str, args: tuple[Any, ...], shown: str) -> None:
    low, high, unit, hedge, exact, rounding, dimension, base_low, base_high = args
    got = describe(text, low, high, unit, hedge, exact, rounding, dimension, base_low, base_high)
    assert got == f"{shown[: shown.rindex(')')]}; {dimension})"
    assert rounding_text(2.5, "currency:GBP", "pence") == "£0.025"
    assert rounding_text(2.5, "currency:GBP") == "£2.50"  # no unit: the currency's own


_DATES = st.sampled_from(
    [None, "2023", "2023-10", "2023-10-05", "2024", "2024-01", "2024-01-30", "2024-12",
     "2024-12-05", "2024-12-05T19:00", "2025"]
)  # fmt: skip


@given(as_of=_DATES, said=_DATES, reported=_DATES)
def test_show_reads_a_forecast_as_the_engine_does(
    as_of: str | None, said: str | None, reported: str | None
) -> None:
    """``records.forecast_moment`` (``show``, ``list``) names the figures the engine reads
    as forecasts (``Report.forecasts``), no more, no fewer."""
    fact = Fact("a", "Bank", "figure", "gdp", 3, 3, None, as_of, said, reported_on=reported,
                dimension="share")  # fmt: skip
    assert forecast_moment(as_of, said, reported) == dict(analyse([fact]).forecasts).get("a")


@pytest.fixture
def story(ct: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("COLUMNS", "160")
    result = ct("import", str(FIXTURE))
    assert result.exit_code == 0, result.output
    return ct


def _out(ct: Any, *args: str) -> str:
    result = ct(*args)
    assert result.exit_code == 0, result.output
    return str(result.stdout)


def test_show_says_the_currency_and_the_forecast(story: Any) -> None:
    lines = {
        cid: [" ".join(line.split()) for line in _out(story, "show", cid).splitlines()]
        for cid in ("us-p1", "us-c1", "us-f1", "us-s1")
    }
    assert "figure 161.8p -> £1.6180" in lines["us-p1"]
    assert "compared as £1.6180 (currency:GBP)" in lines["us-p1"]
    assert "as_of 2024-03" in lines["us-p1"]  # said in its month: a figure of it
    assert "figure 99 US cents -> $0.99" in lines["us-c1"]
    assert "as_of forecast of 2024-12 (said 2024-03-05)" in lines["us-f1"]
    assert "as_of 2024-02" in lines["us-s1"]


def test_list_says_the_currency_and_the_forecast(story: Any, monkeypatch: Any) -> None:
    monkeypatch.setenv("COLUMNS", "240")  # each row on one line
    rows = {}
    for line in _out(story, "list", SUBJECT).splitlines():
        cells = [c.strip() for c in line.split("│")]
        if len(cells) > 4 and cells[1].startswith("us-"):
            rows[cells[1]] = cells[4]
    assert rows["us-p1"] == "petrol-price = £1.6180"  # before: "= £161.80"
    assert rows["us-c1"] == "fuel-usd = $0.99"  # before: "= $99"
    assert rows["us-f1"] == "annual-inflation = 40% (forecast of 2024-12)"
    assert rows["us-r4"] == "annual-inflation = 84.39+%"
    assert rows["us-i1"] == "india-funds = ₹20 bn"


def test_the_listing_says_an_unbounded_position_as_the_figures(story: Any) -> None:
    text = _out(story, "conflicts", SUBJECT, "--full")
    assert "84.3850" not in text and "₹0–" not in text
    assert "   1    84.38+%  84.39%" in text
    assert "the sources span 84.38+%; the corroborated positions span 90+%" in text
    assert "the sources span ₹475,000–21,000,000,000; no position is corroborated" in text
    assert "approval-poll: survey estimates" in text


def test_the_sheet_says_them_on_each_row(story: Any) -> None:
    sheet = _out(story, "conflicts", SUBJECT, "--csv", "-")
    rows = {r["claim_id"]: r for r in csv.DictReader(io.StringIO(sheet))}
    # the range: the engine's interval, every digit (data, as for "5 million lb" in kg); the
    # reading: the figure's
    assert [(rows[c]["range"], rows[c]["reading"]) for c in ("us-r1", "us-r4", "us-r3")] == [
        ("84.3850+%", "84.39%"), ("84.3850+%", "84.39+%"), ("90+%", "120.5+%"),
    ]  # fmt: skip
    assert (rows["us-p1"]["range"], rows["us-p1"]["reading"], rows["us-p1"]["unit"]) == (
        "1.6180 GBP", "'£1.6180", "GBP (p)",
    )  # fmt: skip  # guarded (outputs18): LibreOffice in English (UK) reads "£1.6180" as 1.618
    assert (rows["us-c1"]["range"], rows["us-c1"]["unit"]) == ("0.99 USD", "USD (us cents)")
    assert [rows[c]["caveats"] for c in ("us-s1", "us-s2", "us-s3")] == [SURVEY] * 3
    apart = "bridge-cost: not comparable: EUR (€) vs USD ($) (2 claims, 1 claim)"  # $1.2bn, not compared
    assert [rows[c]["caveats"] for c in ("us-eur1", "us-eur2")] == [apart] * 2
    assert all(
        SURVEY not in r["caveats"]
        for cid, r in rows.items()
        if cid not in {"us-s1", "us-s2", "us-s3"}
    )
    hints = json.loads(_out(story, "conflicts", SUBJECT, "--json"))["hints"]
    assert {"measure": "approval-poll", "hint": "survey-margin-not-stated",
            "claims": ["us-s1", "us-s2", "us-s3"]} in hints  # fmt: skip


def test_the_reports_say_them(story: Any) -> None:
    html = Page(_out(story, "report", SUBJECT, "-o", "-")).text  # read with html.parser
    md = " ".join(_out(story, "report", SUBJECT, "--format", "md").split())
    for text in (html, md):
        assert "84.3850" not in text and "₹0–" not in text
        assert "The sources span 84.38+%; the corroborated positions span 90+%." in text
        assert SURVEY in text
        assert "bridge-cost: not comparable: EUR (€) vs USD ($) (2 claims, 1 claim)" in text
    assert "“40%” ≈ 38–42% forecast of 2024-12" in md


@pytest.mark.slow
def test_through_a_real_pipe(tmp_path: Path) -> None:
    """The same words through a pipe, as a shell gives them to the next tool (no terminal:
    100 columns, no colour): the sheet into a reader with the csv module, ``show`` and the
    listing into ``grep``."""
    import sys

    reader = (
        "import csv, sys\n"
        "for r in csv.DictReader(sys.stdin):\n"
        "    if r['claim_id'] in ('us-p1', 'us-s1', 'us-r4'):\n"
        "        print(r['claim_id'], r['reading'], r['caveats'][:40], sep=' | ')\n"
    )
    pipes = [
        ("sheet", ["conflicts", SUBJECT, "--csv", "-"], [sys.executable, "-c", reader]),
        ("show", ["show", "us-f1"], ["grep", "as_of"]),
        ("list", ["list", SUBJECT], ["grep", "-o", "petrol-price = [^ ]*"]),
        ("listing", ["conflicts", SUBJECT], ["grep", "-o", "sources span 84[^;]*"]),
    ]
    got = through_pipes(tmp_path / "u.db", FIXTURE, pipes)
    assert got == {
        "sheet": [
            "us-s1 | 38% | approval-poll: survey estimates, each po",
            "us-r4 | 84.39+% | ",
            "us-p1 | '£1.6180 | ",
        ],
        "show": ["as_of        forecast of 2024-12 (said 2024-03-05)"],
        "list": ["petrol-price = £1.6180", "petrol-price = £1.45"],
        "listing": ["sources span 84.38+%"],
    }
