"""Rates: an amount per period ("£350 million a week", "$2bn a year", "20 per day", "3 tonnes
an hour") is a dimension of its own, compared only across periods whose conversion is exact
(hour, day, week; month, quarter, year), and shown per its base period everywhere."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.amounts import amount_text
from claimtrack.conflicts import dimension_label
from claimtrack.quantities import FigureError, parse_figure, unit_dimension
from claimtrack.quantities.rates import currency_code, per_text, rate_dimension, split_rate
from claimtrack.readings import base_unit, money_text, range_text
from claimtrack.store._common import dimension_mismatch

FIXTURE = Path(__file__).parent / "fixtures" / "brexit-rates.jsonl"


def read(text: str) -> tuple:
    f = parse_figure(text)
    return f.low, f.high, f.unit, f.dimension, f.base_low, f.base_high


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("£350 million a week", (350e6, 350e6, "£ a week", "currency:GBP/week", 350e6, 350e6)),
        ("$2bn a year", (2e9, 2e9, "$ a year", "currency:USD/year", 2e9, 2e9)),
        ("20 per day", (20, 20, "per day", "count/week", 140, 140)),
        # an hour is its own family: a working day is not 24 hours ("$15 an hour")
        ("3 tonnes an hour", (3, 3, "tonnes an hour", "mass/hour", 3000, 3000)),
        ("$15 an hour", (15, 15, "$ an hour", "currency:USD/hour", 15, 15)),
        ("$15 hourly", (15, 15, "$ hourly", "currency:USD/hour", 15, 15)),
        ("250 people a day", (250, 250, "people a day", "count/week", 1750, 1750)),
        ("£50m a day", (50e6, 50e6, "£ a day", "currency:GBP/week", 350e6, 350e6)),
        ("1,200 a month", (1200, 1200, "a month", "count/year", 14_400, 14_400)),
        ("$5bn per quarter", (5e9, 5e9, "$ per quarter", "currency:USD/year", 2e10, 2e10)),
        ("£23 billion per annum", (23e9, 23e9, "£ per annum", "currency:GBP/year", 23e9, 23e9)),
        ("$15/hour", (15, 15, "$/hour", "currency:USD/hour", 15, 15)),
        ("20/day", (20, 20, "/day", "count/week", 140, 140)),
        ("about 250 daily", (225, 275, "daily", "count/week", 1575, 1925)),
        ("10-20 a day", (10, 20, "a day", "count/week", 70, 140)),
        ("up to 20 a day", (0, 20, "a day", "count/week", 0, 140)),
        ("at least 5 a week", (5, None, "a week", "count/week", 5, None)),
        ("250 each day", (250, 250, "each day", "count/week", 1750, 1750)),
        ("350 million pounds sterling every week", (350e6, 350e6, "pounds sterling every week",
                                                     "currency:GBP/week", 350e6, 350e6)),
        # time per period is compared per its own period: a working week is not 7 days
        ("3 hours a day", (3, 3, "hours a day", "duration/day", 10_800, 10_800)),
        ("40 hours a week", (40, 40, "hours a week", "duration/week", 144_000, 144_000)),
        ("2 weeks a month", (2, 2, "weeks a month", "duration/month", 1_209_600, 1_209_600)),
        ("3 times a day", (3, 3, "times a day", "count/week", 21, 21)),  # how often
        ("four times per week", (4, 4, "times per week", "count/week", 4, 4)),
        # a speed is no rate of a length: its unit table entry reads it whole
        ("60 miles an hour", (60, 60, "miles an hour", "speed", 26.8224, 26.8224)),
        ("60 km/h", (60, 60, "km/h", "speed", 16.6666666666667, 16.6666666666667)),
        # a fraction of one period is a duration, with "of" or after "half"
        ("a fifth of a year", (0.2, 0.2, "year", "duration", 6311390.4, 6311390.4)),
        ("half a day", (0.5, 0.5, "day", "duration", 43200, 43200)),
        ("£200-250m a week", (200e6, 250e6, "£ a week", "currency:GBP/week", 200e6, 250e6)),
        ("1,000 barrels a day", (1000, 1000, "barrels a day", "volume/week", 1112911.064496,
                                 1112911.064496)),
        # per annum as people abbreviate it, in any case but "Pa" (a pascal)
        ("£350m p.a.", (350e6, 350e6, "£ p.a", "currency:GBP/year", 350e6, 350e6)),
        ("£350 million P.A.", (350e6, 350e6, "£ p.a", "currency:GBP/year", 350e6, 350e6)),
        ("£350m pa", (350e6, 350e6, "£ pa", "currency:GBP/year", 350e6, 350e6)),
        ("£30,000 PA", (30_000, 30_000, "£ pa", "currency:GBP/year", 30_000, 30_000)),
        ("5,000 deaths p.a.", (5000, 5000, "deaths p.a", "count/year", 5000, 5000)),
        ("£350m /yr", (350e6, 350e6, "£/yr", "currency:GBP/year", 350e6, 350e6)),
        ("£350m/year", (350e6, 350e6, "£/year", "currency:GBP/year", 350e6, 350e6)),
        ("£350m a yr", (350e6, 350e6, "£ a yr", "currency:GBP/year", 350e6, 350e6)),
        # "pa" after words may be a place or a name: read as before, never as a rate
        ("20 people in PA", (20, 20, "people in pa", "count", 20, 20)),
        # (a place in capitals right after the amount says where, no unit: fixes11)
        ("$5m in PA", (5e6, 5e6, "$", "currency:USD", 5e6, 5e6)),
    ],
)  # fmt: skip
def test_rates_read(text: str, expected: tuple) -> None:
    got = read(text)
    assert got[:4] == expected[:4]
    assert got[4] == pytest.approx(expected[4]) and (
        got[5] == expected[5] if expected[5] is None else got[5] == pytest.approx(expected[5])
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("$350 per kg", "is a rate per something other than a period closing the phrase"),
        ("250 a head", "is a rate per something other than a period"),
        ("$15.4/kg", "is a rate per something other than a period"),
        ("250 each", "is a rate per something other than a period"),
        ("250 people a day in Gaza", "is a rate per something other than a period"),
        ("250 people a year ago", "is the amount at a moment in time"),
        ("5 in 10 days", "is a rate per something other than a period"),
        ("250 people every two weeks", "is a rate per something other than a period"),
        ("$5bn a annum", "is a rate per something other than a period"),
        ("3% a year", "is a share per period, a rate of change"),
        ("2 percentage points a year", "is a share per period"),
        ("£5bn a quarter", r'"\$5bn per quarter"'),  # "a quarter" may be a fraction
        ("250 a fortnight", "is a rate per something other than a period"),
        ("£350m per capita", "is a rate per something other than a period"),
        ("20 per 100,000", "is a rate per something other than a period"),
        ("£5 per year per person", "is a rate per something other than a period"),
        ("£5 per person a year", "is a rate per something other than a period"),
        # a period after "in", "over", "for" is one span: an amount within it, not per it
        ("5 in a year", 'gives an amount "in a year" \\(one span of time\\), not one per'),
        ("200 people killed in a day", 'gives an amount "in a day"'),
        ("£350m over a year", 'gives an amount "over a year"'),
        ("20 people for a week", 'gives an amount "for a week"'),
        ("$5bn within a year", 'gives an amount "within a year"'),
        # a speed or a power is already per unit of time
        ("100 kW an hour", "is a rate of a rate \\(power is already per unit of time\\)"),
        ("50 mph a day", "is a rate of a rate \\(speed"),
        ("50 km/h per hour", "is a rate of a rate"),
        ("20 people on a day", 'gives an amount "on a day"'),
        # a share per period in any form: a ratio or a fraction is never a fraction of a year
        ("1 in 5 a year", "is a share per period"),  # was 20 years
        ("one in five a year", "is a share per period"),
        ("a fifth a year", "is a share per period"),  # was 0.2 years
        ("a third each year", "is a share per period"),  # was 33.3% "of each year"
        # per a period with words before it is no period read (was a count of 20)
        ("20 people a working day", "is a rate per something other than a period"),
        ("20 people a single day", "is a rate per something other than a period"),
        ("£5 per calendar month", "is a rate per something other than a period"),
        # how often in a word: what to type
        ("twice a day", r'cannot read "twice" .*\("2 times a day"\)'),
        ("once weekly", r'\("1 time weekly"\)'),
        # "Pa" is a pascal as often as per annum; "p. a." spaced, or not closing the figure
        ("350 Pa", r'cannot read "Pa" .* For per annum write "a year" or "p.a."'),
        ("$2bn p. a.", r'cannot read "p." .* "p.a." \(per annum\) only as written so'),
        ("£5 pa each", "is a rate per something other than a period"),
        ("3% p.a.", "is a share per period"),
        ("20 people in p.a.", r'cannot read "p." .* after the amount or what it counts'),
    ],
)
def test_rates_refused(text: str, message: str) -> None:
    with pytest.raises(FigureError, match=message):
        parse_figure(text)


@pytest.mark.parametrize(
    ("dimension", "period", "expected"),
    [
        ("count", "hour", ("count/hour", 1)),
        ("count", "day", ("count/week", 7)),
        ("currency:GBP", "week", ("currency:GBP/week", 1)),
        ("mass", "month", ("mass/year", 12)),
        ("count", "quarter", ("count/year", 4)),
        ("currency:USD", "year", ("currency:USD/year", 1)),
    ],
)
def test_rate_dimension(dimension: str, period: str, expected: tuple) -> None:
    assert rate_dimension(dimension, period) == expected


@pytest.mark.parametrize(
    ("dimension", "split", "code", "label", "unit"),
    [
        ("currency:GBP/week", ("currency:GBP", "week"), "GBP", "GBP a week", "GBP a week"),
        ("currency:GBP", ("currency:GBP", None), "GBP", "GBP", "GBP"),
        ("count/year", ("count", "year"), None, "count a year", "a year"),
        ("mass/week", ("mass", "week"), None, "mass a week", "kg a week"),
        ("currency:USD/hour", ("currency:USD", "hour"), "USD", "USD an hour", "USD an hour"),
        ("count", ("count", None), None, "count", ""),
        ("unit:tons", ("unit:tons", None), None, "unit:tons", "unit:tons"),
    ],
)
def test_rate_dimension_parts(dimension, split, code, label, unit) -> None:
    assert split_rate(dimension) == split
    assert currency_code(dimension) == code
    assert dimension_label(dimension) == label
    assert base_unit(dimension) == unit


@pytest.mark.parametrize(
    ("low", "high", "dimension", "money", "amount", "plain"),
    [
        (345e6, 355e6, "currency:GBP/week", "£345–355 m a week", "£345–355 m a week",
         "345,000,000–355,000,000 GBP a week"),
        (2e9, 2e9, "currency:USD/year", "$2 bn a year", "$2 bn a year",
         "2,000,000,000 USD a year"),
        (140, 140, "count/week", None, "140 a week", "140 a week"),
        (332.5, 367.5, "count/week", None, "332.5–367.5 a week", "332.5–367.5 a week"),
        (504_000, 504_000, "mass/week", None, "504 t a week", "504,000 kg a week"),
        (15, 15, "currency:USD/hour", "$15 an hour", "$15 an hour", "15 USD an hour"),
    ],
)  # fmt: skip
def test_rates_are_written_in_their_base_period(low, high, dimension, money, amount, plain) -> None:
    assert money_text(low, high, dimension) == money
    assert amount_text(low, high, dimension) == amount
    assert range_text(low, high, dimension) == plain


@pytest.mark.parametrize(
    ("held", "given", "problem"),
    [
        ("currency:GBP/week", "currency:GBP/week", None),
        ("currency:GBP/week", "currency:USD/week", None),  # currencies share a measure
        ("count/week", "count/week", None),
        ("currency:GBP/week", "currency:GBP/year", "a week is not an exact fraction of a month"),
        ("count/year", "count/week", "holds rates per month, quarter or year (count/year)"),
        ("currency:USD/hour", "currency:USD/hour", None),
        ("currency:USD/week", "currency:USD/hour", "rates per day or week (currency:USD/week)"),
        ("currency:USD/hour", "currency:USD/week", "whose day is not 24 hours"),
        (
            "duration/day",
            "duration/week",
            "rates per day (duration/day); this figure is a rate"
            " per week (duration/week): time per period is mostly working time",
        ),
        ("duration/week", "duration/week", None),
        ("count/hour", "count/year", "a rate per month, quarter or year (count/year)"),
        ("currency:GBP", "currency:GBP/week", "an amount per period is not an amount"),
        ("currency:GBP/year", "currency:GBP", "an amount per period is not an amount"),
        ("count/week", "mass/week", "holds figures of dimension count/week"),
        ("count", "share", "holds figures of dimension count; this figure is share"),
    ],
)
def test_a_measure_holds_rates_of_one_family(held: str, given: str, problem: str | None) -> None:
    got = dimension_mismatch("m", held, given)
    assert (got is None) if problem is None else (problem in (got or ""))


periods = st.sampled_from(["hour", "day", "week", "month", "year"])
per_base = {"hour": 1, "day": 7, "week": 1, "month": 12, "year": 1}


@given(st.integers(min_value=1, max_value=10**9), periods, st.sampled_from(["a", "per", "every"]))
def test_a_rate_is_its_amount_in_its_base_period(n: int, period: str, lead: str) -> None:
    lead = "an" if lead == "a" and period == "hour" else lead
    rate = parse_figure(f"{n:,} {lead} {period}")
    amount = parse_figure(f"{n:,}")
    base = {"hour": "hour", "day": "week", "week": "week"}.get(period, "year")
    assert rate.dimension == f"count/{base}"
    assert (rate.low, rate.high, rate.rounding) == (amount.low, amount.high, amount.rounding)
    assert rate.base_low == pytest.approx(amount.low * per_base[period])
    assert unit_dimension(rate.unit) == (rate.dimension, per_base[period])


@given(st.integers(min_value=1, max_value=10**6))
def test_a_day_rate_and_its_week_agree(n: int) -> None:
    day, week = parse_figure(f"£{n} a day"), parse_figure(f"£{n * 7} a week")
    assert day.dimension == week.dimension == "currency:GBP/week"
    assert day.base_low == week.base_low


# -- through the commands: text, JSON, report, sheet, and the store's guard ------------------


def _ok(result) -> str:
    assert result.exit_code == 0, result.output
    return result.stdout


def test_a_rate_dispute_reads_per_week_everywhere(ct, tmp_path: Path) -> None:
    _ok(ct("import", str(FIXTURE)))
    text = " ".join(_ok(ct("conflicts", "brexit-rates")).split())
    assert "1. Disputed figure: weekly-sum-back-under-uk-control: 2 positions, spread 1.2x" in text
    assert "1 £245–255 m a week £250 million a week" in text
    assert "2 £315–385 m a week roughly £350 million per week" in text
    assert "the sources span £245–385 m a week" in text
    assert "GBP" not in text and "000,000" not in text
    doc = json.loads(_ok(ct("conflicts", "brexit-rates", "--json")))
    (dispute,) = doc["conflicts"]
    assert dispute["dimension"] == "currency:GBP/week"
    assert [(p["low"], p["high"]) for p in dispute["positions"]] == [
        (245_000_000, 255_000_000),
        (315_000_000, 385_000_000),
    ]
    report = tmp_path / "r.md"
    _ok(ct("report", "brexit-rates", "-o", str(report)))
    md = report.read_text(encoding="utf-8")
    assert "Position 1: £245–255 m a week" in md and "GBP" not in md
    sheet = tmp_path / "s.csv"
    ct("conflicts", "brexit-rates", "--csv", str(sheet))
    rows = list(csv.DictReader(sheet.read_text(encoding="utf-8-sig").splitlines()))
    assert {r["range"] for r in rows} == {
        "245,000,000–255,000,000 GBP a week",
        "315,000,000–385,000,000 GBP a week",
    }


def test_a_day_rate_joins_a_week_measure_and_a_year_rate_is_refused(ct, empty_db: Path) -> None:
    _ok(ct("import", str(FIXTURE)))
    measure = ["--measure", "weekly-sum-back-under-uk-control"]
    daily = ["--claimant", "Example Daily", "--new", "--quote", "It is about £36m a day."]
    _ok(ct("add", "brexit-rates", *daily, "--figure", "about £36m a day", *measure))
    doc = json.loads(_ok(ct("conflicts", "brexit-rates", "--json")))
    (dispute,) = doc["conflicts"]
    assert dispute["positions"][0]["low"] == pytest.approx(226_800_000)  # £32.4m × 7
    assert len(dispute["positions"][0]["claims"]) == 2
    before = empty_db.read_bytes()
    yearly = ["--claimant", "Institute for Fiscal Studies", "--quote", "about £8 billion a year"]
    result = ct("add", "brexit-rates", *yearly, "--figure", "about £8 billion a year", *measure)
    assert result.exit_code == 2, result.output
    assert "a week is not an exact fraction of a month or a year" in result.stderr
    assert "Traceback" not in result.output
    amount = [
        "--claimant",
        "Full Fact",
        "--quote",
        "it is £250 million",
        "--figure",
        "£250 million",
    ]
    result = ct("add", "brexit-rates", *amount, *measure)
    assert result.exit_code == 2, result.output
    assert "an amount per period is not an amount" in result.stderr
    assert empty_db.read_bytes() == before


def test_a_sum_of_rates_is_checked_per_week(ct) -> None:
    args = ["--claimant", "Agency", "--new"]
    _ok(ct("add", "t", *args, "--quote", "100 a day in all", "--figure", "100 a day",
           "--measure", "total", "--new"))  # fmt: skip
    for part, n in (("adults", 30), ("children", 20)):
        _ok(ct("add", "t", "--claimant", "Agency", "--quote", f"{n} a day", "--figure",
               f"{n} a day", "--measure", part, "--new"))  # fmt: skip
    _ok(ct("relate", "t", "total", "--sum-of", "adults", "--sum-of", "children"))
    text = " ".join(_ok(ct("conflicts", "t")).split())
    assert "30 a day + 20 a day = 332.5–367.5 a week, but Agency: “100 a day”" in text
    assert "short by 297.5–402.5 a week" in text


def test_a_shared_sign_in_a_rate_is_guarded_like_an_amount(ct) -> None:
    result = ct("add", "aid", "--claimant", "Treasury", "--new", "--quote",
                "It costs $2bn a year.", "--figure", "$2bn a year", "--measure", "cost", "--new",
                "--url", "https://www.example.com.au/x")  # fmt: skip
    assert result.exit_code == 2, result.output
    assert "write 'US$2bn a year' or 'A$2bn a year'" in result.stderr
    ok = ct("add", "aid", "--claimant", "Treasury", "--new", "--quote", "It costs £2bn a year.",
            "--figure", "£2bn a year", "--measure", "cost", "--new")  # fmt: skip
    assert ok.exit_code == 0, ok.output
    assert "£2bn a year -> GBP 2,000,000,000 a year (read '£' as pounds sterling" in ok.stderr


def test_an_import_counts_a_rate_read_by_convention(ct, tmp_path: Path) -> None:
    line = {"subject": "aid", "claimant": "Treasury", "quote": "It costs $2bn a year.",
            "kind": "figure", "measure": "cost", "value": "$2bn a year",
            "url": "https://www.example.com.au/x"}  # fmt: skip
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    result = ct("import", str(path))
    assert result.exit_code == 0, result.output
    assert "'$' in '$2bn a year' is ambiguous here" in result.stderr


def test_per_text() -> None:
    assert (per_text("week"), per_text("year"), per_text(None)) == (" a week", " a year", "")
    assert per_text("hour") == " an hour"


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        ("dollar per hour", ("currency:USD/hour", 1)),
        ("count per week", ("count/week", 1)),
        ("kilometre per hour", ("speed", 1 / 3.6)),  # a speed, not a rate of a length
        ("tonne per day", ("mass/week", 7000)),
        ("percentage per year", ("other:percentage per year", 1)),  # a rate of change
        ("dollar per kilogram", ("other:dollar per kilogram", 1)),
    ],
)
def test_the_peer_suite_judge_reads_rates_in_claimtracks_terms(
    unit: str, expected, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib.util
    import sys

    path = Path(__file__).parents[1] / "bench" / "peer_suites.py"
    spec = importlib.util.spec_from_file_location("peer_suites", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "peer_suites", module)  # its dataclasses look it up
    spec.loader.exec_module(module)
    dim, factor = module.q3_unit(unit)
    assert dim == expected[0] and factor == pytest.approx(expected[1])


def test_an_import_refuses_a_week_rate_and_a_year_rate_on_one_measure(ct, tmp_path: Path) -> None:
    lines = [
        {"subject": "mix", "claimant": "A", "quote": "it costs £350m a week", "kind": "figure",
         "measure": "cost", "value": "£350m a week"},
        {"subject": "mix", "claimant": "B", "quote": "it costs £18bn a year", "kind": "figure",
         "measure": "cost", "value": "£18bn a year"},
    ]  # fmt: skip
    path = tmp_path / "mix.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    result = ct("import", str(path))
    assert result.exit_code == 2, result.output
    assert "mix.jsonl:2: measure cost holds rates per day or week" in result.stderr
    assert json.loads(_ok(ct("list", "--json"))) == []


def test_a_revision_of_a_rate_reads_per_week_in_text_report_and_sheet(ct, tmp_path: Path) -> None:
    agency = ["--claimant", "Agency"]
    _ok(ct("add", "v", *agency, "--new", "--quote", "spending reached £40m a week", "--figure",
           "£40m a week", "--measure", "spend", "--new", "--said-on", "2020-01-01"))  # fmt: skip
    _ok(ct("add", "v", *agency, "--quote", "spending reached £5m a day", "--figure",
           "£5m a day", "--measure", "spend", "--said-on", "2020-03-01"))  # fmt: skip
    _ok(ct("measure", "v", "spend", "--cumulative"))
    text = " ".join(_ok(ct("conflicts", "v")).split())
    assert "1. Revision: spend (cumulative) fell, 1.1x lower" in text
    assert "≈ £38–42 m a week" in text and "≈ £33.25–36.75 m a week" in text
    assert "spend: 2020-01-01: £38–42 m a week → 2020-03-01: £33.25–36.75 m a week" in text
    report = tmp_path / "v.md"
    _ok(ct("report", "v", "-o", str(report)))
    assert "“£5m a day” ≈ £33.25–36.75 m a week" in report.read_text(encoding="utf-8")
    sheet = tmp_path / "v.csv"
    ct("conflicts", "v", "--csv", str(sheet))
    rows = list(csv.DictReader(sheet.read_text(encoding="utf-8-sig").splitlines()))
    assert [(r["conflict"], r["range"]) for r in rows if r["conflict"].startswith("revision")] == [
        ("revision:spend:Agency", "40,000,000 GBP a week"),
        ("revision:spend:Agency", "35,000,000 GBP a week"),
    ]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # money with its sign first, in its scale (was "350,000,000 ≈ 345,000,000–355,000,000
        # £ a week" and "15 $/hour")
        ("£350m a week", "£350m a week -> £350 m ≈ £345–355 m a week "
         "(rounded: ±£5 m; currency:GBP/week)"),
        ("20 per day", "20 per day -> 20 ≈ 19–21 per day = 140 a week (rounded: ±1; count/week)"),
        ("$15/hour", "$15/hour -> $15 an hour (exact; currency:USD/hour)"),
        ("$9 an hour", "$9 an hour -> $9 an hour (exact; currency:USD/hour)"),
        ("£5.50 an hour", "£5.50 an hour -> £5.50 an hour (exact; currency:GBP/hour)"),
        ("£50m a day", "£50m a day -> £50 m ≈ £47.5–52.5 m a day = £350 m a week "
         "(rounded: ±£2.5 m; currency:GBP/week)"),
        ("about $500", "about $500 -> $450–550 (hedge: around; currency:USD)"),
        # a scale would round it: every digit, the sign still first (was "1,234,567,891 $")
        ("$1,234,567,891", "$1,234,567,891 -> $1,234,567,891 (exact; currency:USD)"),
        # the currency by its sign or code, never the word typed (was "5 dollars an hour")
        ("5 dollars an hour", "5 dollars an hour -> $5 an hour (exact; currency:USD/hour)"),
        ("CHF 50 a day", "CHF 50 a day -> CHF 50 ≈ CHF 47.50–52.50 a day = CHF 350 a week "
         "(rounded: ±CHF 2.50; currency:CHF/week)"),
        ("$5bn per quarter", "$5bn per quarter -> $5 bn ≈ $4.75–5.25 bn per quarter = $20 bn a "
         "year (rounded: ±$250 m; currency:USD/year)"),
        ("3 tonnes an hour", "3 tonnes an hour -> 3 tonnes an hour = 3,000 kg an hour (exact)"),
        ("1,200 a month", "1,200 a month -> 1,200 ≈ 1,150–1,250 a month = 14,400 a year "
         "(rounded: ±50; count/year)"),
    ],
)  # fmt: skip
def test_the_figure_command_shows_a_rate_and_its_base_period(ct, text: str, line: str) -> None:
    assert _ok(ct("figure", text)).strip() == line


def test_a_small_money_rate_reads_the_same_in_show_and_conflicts(ct) -> None:
    # "9 USD an hour" in the range column and "9 $ an hour" on the figure line before
    for claimant, figure in (("Union", "$9"), ("Firm", "$15")):
        added = ct("add", "wages", "--claimant", claimant, "--quote", f"workers earn {figure} an hour",
                   "--figure", f"{figure} an hour", "--measure", "hourly-wage", "--new", "--json")  # fmt: skip
        assert added.exit_code == 0, added.output
    rows = json.loads(ct("list", "wages", "--json").stdout)
    first = next(r["id"] for r in rows if r["claimant"] == "Union")
    shown = _ok(ct("show", first))
    assert (
        "$9 an hour -> $9 an hour" in shown
        and "compared as  $9 an hour (currency:USD/hour)" in shown
    )
    text = _ok(ct("conflicts", "wages"))
    assert "= $9 an hour" in text and "the sources span $9–15 an hour" in text
    assert "USD an hour" not in text and "9 $" not in text
    doc = json.loads(_ok(ct("conflicts", "wages", "--json")))  # programs keep the numbers
    assert [(p["low"], p["high"]) for p in doc["conflicts"][0]["positions"]] == [(9, 9), (15, 15)]
    assert doc["conflicts"][0]["dimension"] == "currency:USD/hour"


@pytest.mark.parametrize(
    ("quote", "figure", "refused"),
    [
        ("20 people a day were dying in the camp.", "20 people", True),
        ("We send £350m a week.", "£350m", True),
        ("It costs about $2bn per year.", "about $2bn", True),
        ("20 people a day were dying in the camp.", "20 people a day", False),
        ("Six to seven kilometres long.", "six to seven", False),  # a unit, left to the measure
    ],
)
def test_an_amount_cut_from_a_rate_is_refused(ct, quote: str, figure: str, refused: bool) -> None:
    result = ct("add", "camp", "--claimant", "Ministry", "--new", "--quote", quote, "--figure",
                figure, "--measure", "m", "--new")  # fmt: skip
    if refused:
        assert result.exit_code == 2, result.output
        assert f"the figure {figure!r} is a part of the quote's" in result.stderr
        assert "an amount per period, not an amount" in result.stderr
    else:
        assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The ministry said 20 people a day were dying in the camp.", "20 people a day"),
        ("The agency said it spends $3 million per week on food.", "$3 million per week"),
        ("The agency said 40 trucks each day crossed.", "40 trucks each day"),
        ("The agency said 40 trucks crossed on Monday.", "40 trucks"),
    ],
)
def test_extract_proposes_the_rate_not_the_amount(sentence: str, figure: str) -> None:
    from claimtrack.extract.figurespans import figures

    assert [f.figure.text for f in figures(sentence, 0, len(sentence))] == [figure]


def test_an_hour_rate_and_a_week_rate_are_never_compared(ct) -> None:
    """ "$15 an hour" was read as $2,520 a week (168 hours), so a weekly wage of $600 (40
    hours) read as a dispute with it: an hour's rate goes on a measure of hourly rates only."""
    union = ["--claimant", "Union", "--new", "--measure", "wage"]
    _ok(ct("add", "w", *union, "--new", "--quote", "workers earn $15 an hour", "--figure",
           "$15 an hour"))  # fmt: skip
    result = ct("add", "w", "--claimant", "Employer", "--new", "--quote", "they earn $600 a week",
                "--figure", "$600 a week", "--measure", "wage")  # fmt: skip
    assert result.exit_code != 0, result.output
    assert "measure wage holds rates per hour (currency:USD/hour); this figure is a rate per" in (
        " ".join(result.stderr.split())
    )
    assert len(json.loads(_ok(ct("list", "--json")))) == 1
