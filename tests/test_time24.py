"""A monthly statistic quoted by rivals over a year (time24, the UK's 2023 pledge to halve
inflation; docs/conflicts.md, worked example): the change of prices a rate of change measures
is its level ("the CPI rose by 10.1% in the 12 months to January" is CPI inflation of 10.1%),
a forecast of a moment is never set against the outturn of it (a forecast is not a figure of
the month it forecasts) nor is a claimant's forecast and later outturn a reversal, and the
story's months of one series are never disputes between them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack import conflicts as engine
from claimtrack.cli import app
from claimtrack.guards import import_problem, part_problem
from test_audit15 import fact

FIXTURE = Path(__file__).parent / "fixtures" / "inflation-pledge-2023.jsonl"
SUBJECT = "inflation-pledge-2023"


# (figure, quote, measure, stored as a level)
@pytest.mark.parametrize(
    ("value", "quote", "measure", "level"),
    [
        # a price index's rise is the inflation rate's level, whatever the index
        (
            "10.1%",
            "The consumer prices index rose by 10.1% in the 12 months to January",
            "cpi-inflation",
            True,
        ),
        (
            "8.8 per cent",
            "CPIH rose by 8.8 per cent in the year to January",
            "cpih-inflation",
            True,
        ),
        ("13.4%", "retail prices went up 13.4% on a year earlier", "rpi-inflation", True),
        (
            "19.1 per cent",
            "food prices rose 19.1 per cent in the year to April",
            "food-inflation",
            True,
        ),
        ("2.9%", "consumer prices climbed 2.9% from a year earlier", "us-cpi", True),
        # other rates of change: growth, a named change
        ("0.3%", "the economy grew 0.3% in the third quarter", "gdp-growth", True),
        ("7%", "regular pay rose 7% on a year earlier", "wage-growth", True),
        ("5%", "rents rose 5% in the year to March", "rent-increase", True),
        ("4%", "house prices fell 4% over the year", "house-price-change", True),
        # the rate itself changed: a change of it, refused as its level
        ("0.5%", "Inflation rose by 0.5% in March", "cpi-inflation", False),
        ("2%", "The rate of growth fell 2% last year", "gdp-growth", False),
        ("0.4%", "the pace of increases rose 0.4% in May", "rent-increase", False),
        # not a rate of change: interest, yields, a level of a count
        ("0.25%", "interest rates rose by 0.25%", "interest-rate", False),
        ("1%", "gilt yields rose 1% on the day", "gilt-yield", False),
        ("5%", "rents rose 5% in the year to March", "rent", False),
        ("3%", "unemployment rose 3% in the quarter", "unemployment-rate", False),
        # a count on a named change stays a count with its change words: refused as before
        ("300", "deaths rose by 300 overnight", "death-increase", False),
    ],
)
def test_rate_change_level(value: str, quote: str, measure: str, level: bool) -> None:
    problem = part_problem(value, quote, False, None, measure)
    assert (problem is None) is level, problem
    imported = import_problem(value, quote, None, False, None, None, measure)
    assert (imported is None or not imported[1]) is level, imported
    # without its measure, every one is a change, as before
    assert part_problem(value, quote) is not None


def _figures(report: engine.Report) -> list[set[str]]:
    return [
        {cid for p in c.positions for cid in p.claims}
        for c in report.conflicts
        if isinstance(c, engine.FigureConflict)
    ]


def _reversals(report: engine.Report) -> list[tuple[str, ...]]:
    """The claims of a claimant who changed its figure (a reversal, or a revision)."""
    found = (*report.conflicts, *report.minor)
    return [c.claims for c in found if isinstance(c, engine.Reversal | engine.Revision)]


# (figures: id, claimant, figure, as_of, said_on), the sets of claims disputed
@pytest.mark.parametrize(
    ("figures", "disputed"),
    [
        # a bank's forecast for October against the office's figure once October is over: a
        # forecast that missed, never a dispute
        (
            (
                ("f", "Bank", "5.5%", "2023-10", "2023-08-03"),
                ("o", "Office", "4.6%", "2023-10", "2023-11-15"),
            ),
            [],
        ),
        # two forecasters of one month disagree: a dispute of forecasts, the outturn apart
        (
            (
                ("f", "Bank", "5.5%", "2023-10", "2023-08-03"),
                ("g", "Think tank", "7.5%", "2023-10", "2023-08-05"),
                ("o", "Office", "4.6%", "2023-10", "2023-11-15"),
            ),
            [{"f", "g"}],
        ),
        # two outturns of one month disagree (a slip of a month): a dispute, a forecast apart
        (
            (
                ("f", "Bank", "5.5%", "2023-01", "2022-11-03"),
                ("o", "Office", "10.1%", "2023-01", "2023-02-15"),
                ("p", "Blog", "13.7%", "2023-01", "2023-11-15"),
            ),
            [{"o", "p"}],
        ),
        # said in the month it describes: no forecast (the month holds the day)
        (
            (
                ("a", "Bank", "5.5%", "2023-10", "2023-10-03"),
                ("o", "Office", "4.6%", "2023-10", "2023-11-15"),
            ),
            [{"a", "o"}],
        ),
        # a count forecast for a day, then counted: the same rule for any series
        (
            (
                ("f", "Agency", "7,000 people", "2024-03-01", "2024-02-01"),
                ("o", "Office", "5,000 people", "2024-03-01", "2024-03-02"),
            ),
            [],
        ),
    ],
)
def test_forecast_against_outturn(
    figures: tuple[tuple[str, str, str, str, str], ...], disputed: list[set[str]]
) -> None:
    facts = [
        fact(i, who, text, "cpi-inflation", as_of=a, said_on=s) for i, who, text, a, s in figures
    ]
    assert _figures(engine.analyse(facts)) == disputed


@pytest.mark.parametrize(
    ("figures", "reversed_"),
    [
        # the office's own forecast, then its outturn: no reversal
        (
            (
                ("f", "Office", "5.5%", "2023-10", "2023-08-01"),
                ("o", "Office", "4.6%", "2023-10", "2023-11-15"),
            ),
            False,
        ),
        # a forecast revised (two forecasts of one quarter): still a reversal of the forecaster
        (
            (
                ("f", "Bank", "6.9%", "2023-12", "2023-08-03"),
                ("g", "Bank", "4.5%", "2023-12", "2023-11-02"),
            ),
            True,
        ),
        # two outturns of one month by one claimant: revised, as before
        (
            (
                ("o", "Office", "10.1%", "2023-01", "2023-02-15"),
                ("p", "Office", "12.7%", "2023-01", "2023-03-15"),
            ),
            True,
        ),
    ],
)
def test_forecast_then_outturn_no_reversal(
    figures: tuple[tuple[str, str, str, str, str], ...], reversed_: bool
) -> None:
    facts = [
        fact(i, who, text, "cpi-inflation", as_of=a, said_on=s) for i, who, text, a, s in figures
    ]
    assert bool(_reversals(engine.analyse(facts))) is reversed_


def _run(db: Path, *args: str) -> str:
    result = CliRunner().invoke(app, ["--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_story(tmp_path: Path) -> None:
    """The story's months of one series, its measures and its forecasts are no disputes; the
    two sides on who halved inflation are; Guido Fawkes' 10.7% for January against the ONS's
    10.1% for the same month and measure is a dispute of 0.6 points (rule 6, "Rates": a rate
    is judged by its stated precision); the Bank of England's forecasts of the last quarter
    (around 4.9%, then 4.5%) are estimates, judged by the ratio: a minor difference of
    forecasts and its minor reversal (1.09x), no reversal; Labour's undated "currently at
    19.2%" is named, compared with no month's figure."""
    db = tmp_path / "story.db"
    _run(db, "init", "--empty", str(db))
    _run(db, "import", str(FIXTURE))
    found = json.loads(_run(db, "conflicts", SUBJECT, "--json"))
    kinds = sorted(c["kind"] for c in found["conflicts"])
    assert kinds == ["figure", "stance", "stance"], kinds
    props = {c["proposition"] for c in found["conflicts"] if c["kind"] == "stance"}
    assert props == {"government-brought-inflation-down", "inflation-will-halve-in-2023"}
    disputed = [
        (c["measure"], c["as_of"], c["points"]) for c in found["conflicts"] if c["kind"] == "figure"
    ]
    assert disputed == [("cpi-inflation", "2023-01", 0.6)]
    forecasts = [m for m in found["minor"] if m["kind"] == "figure"]
    assert [(m["measure"], m["as_of"], m["forecasts"]) for m in forecasts] == [
        ("cpi-inflation-quarterly", "2023-12", True)
    ]
    assert {(h["hint"], h["measure"]) for h in found["hints"]} >= {
        ("rate-without-period-not-compared", "food-inflation")
    }
    assert not any(m["kind"] == "revision" for m in found["conflicts"])
    changes = {c["measure"] for c in found["changes"]}
    assert {"cpi-inflation", "food-inflation", "core-cpi-inflation"} <= changes
