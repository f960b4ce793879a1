"""How amounts read on the terminal and in the report (``amounts.amount_text``, ``shown_text``):
lengths, masses, areas, durations and the rest in the unit of their size, to a reader's
precision, rounded outward; counts, shares and money on the terminal as compared; the JSON and
the sheet unchanged (exact base units)."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.amounts import _DURATIONS, _SCALED, amount_text, shown_text
from claimtrack.cli import app
from claimtrack.readings import money_text, range_text
from claimtrack.render import _tick

SURFSIDE = Path(__file__).parent / "fixtures" / "surfside-collapse-2021.jsonl"
DAY, WEEK, MONTH, YEAR = 86400, 604800, 2629746, 31556952


@pytest.mark.parametrize(
    ("low", "high", "dimension", "text"),
    [
        # masses: kg below a tonne, t above, g below a kilogram
        (112490.90776, 112490.90776, "mass", "112.5 t"),  # "124 short tons": one value, nearest
        (2000, 2000, "mass", "2 t"),
        (500, 500, "mass", "500 kg"),
        (0.45359237, 0.45359237, "mass", "453.6 g"),  # "1 lb"
        (0.00004, 0.000055, "mass", "40–55 mg"),
        (36.8e12, 36.8e12, "mass", "36.8 Gt"),  # "36.8 billion tonnes"
        (3.1e6, 3.1e6, "mass", "3,100 t"),
        (250e9, 250e9, "mass", "250 Mt"),
        # a bound that needs more digits is rounded away from the inside
        (2154563.8, 2381359.9425, "mass", "2,154–2,382 t"),  # "5 million lb"
        (5669904.6, 6123496.995, "mass", "5,669–6,124 t"),
        (8164662.66, None, "mass", "8,164+ t"),  # "more than 18 million lb": the low bound down
        (112490.90776, 2381359.9425, "mass", "112.4–2,382 t"),  # each bound its own decimals
        (1999.9, 2000.1, "mass", "1.99–2.01 t"),  # needs three decimals: outward at two
        (1234567, 1234568, "mass", "1,234–1,235 t"),
        # bounds exact to two decimals are kept as they are, even from 1,000 up
        (1234500, 1234750, "mass", "1,234.5–1,234.75 t"),
        (2000, None, "mass", "2+ t"),
        # lengths
        (6000, 7000, "length", "6–7 km"),
        (6437.376, 6437.376, "length", "6.44 km"),  # "4 miles"
        (6000, 6437.376, "length", "6–6.44 km"),
        (500, 500, "length", "500 m"),
        (0.5, 0.5, "length", "50 cm"),
        (0.005, 0.005, "length", "5 mm"),
        # areas
        (5e6, 5e6, "area", "5 km²"),
        (2000, 2000, "area", "2,000 m²"),
        (4046.8564224, 4046.8564224, "area", "4,047 m²"),  # "an acre"
        # durations: the largest unit that fits; a week or a month when it says it exactly;
        # the next unit down when the largest would round an exact one
        (259200, 259200, "duration", "3 days"),
        (100_000, 100_000, "duration", "1.16 days"),
        (864000, 864000, "duration", "10 days"),
        (2 * WEEK, 2 * WEEK, "duration", "2 weeks"),
        (6 * MONTH, 6 * MONTH, "duration", "6 months"),
        (18 * MONTH, 18 * MONTH, "duration", "1.5 years"),
        (2 * YEAR, 3 * YEAR, "duration", "2–3 years"),
        (400 * DAY, 400 * DAY, "duration", "400 days"),
        (365 * DAY, 365 * DAY, "duration", "365 days"),
        (93600, 93600, "duration", "26 hours"),
        (5400, 5400, "duration", "1.5 hours"),
        (0.9 * 3 * DAY, 1.1 * 3 * DAY, "duration", "2.7–3.3 days"),
        (45, 45, "duration", "45 seconds"),
        (1, 1, "duration", "1 second"),
        # other dimensions in the unit of their size
        (27.77777777777778, 27.77777777777778, "speed", "100 km/h"),
        (26.8224, 26.8224, "speed", "96.6 km/h"),  # "60 mph"
        (4.75e9, 5.25e9, "power", "4.75–5.25 GW"),
        (3.6e9, 3.6e9, "energy", "3.6 GJ"),
        (3785.411784, 3785.411784, "volume", "3.79 m³"),  # "1,000 gallons"
        (1.5, 1.5, "ratio", "1.5 times"),
        # small values keep two significant digits
        (0.005, 0.005, "share", "0.005%"),
        (0.0034, 0.0071, "share", "0.0034–0.0071%"),
        # rates in their base period
        (504000, 504000, "mass/week", "504 t a week"),  # "3 tonnes an hour"
        (140, 140, "count/week", "140 a week"),
        (350e6, 350e6, "currency:GBP/week", "£350 m a week"),
        # a unit with no dimension: as said
        (5e6, 5e6, "unit:tons", "5,000,000 tons"),
    ],
)
def test_amount_text(low, high, dimension: str, text: str) -> None:
    assert amount_text(low, high, dimension) == text


@pytest.mark.parametrize(
    ("low", "high", "dimension", "text"),
    [
        # counts and shares as compared: the terminal's figures are the engine's intervals
        (9.5, 10.5, "count", "9.5–10.5"),
        (47.5, 52.5, "count", "47.5–52.5"),
        (700, None, "count", "700+"),
        (40, 40, "share", "40%"),
        # a share in as few decimals as keep it honest, rounded outward ("about 12.5%")
        (12.375, 12.625, "share", "12.37–12.63%"),
        (64.845, 66.155, "share", "64.8–66.2%"),
        (140, 140, "count/week", "140 a week"),
        # money in its scale when exact, in digits when a scale would round it
        (5.65e9, 5.75e9, "currency:GBP", "£5.65–5.75 bn"),
        (1234567890, 1234567890, "currency:USD", "$1,234,567,890"),
        (95e9, 105e9, "currency:INR", "₹95–105 bn"),  # "Rs 10,000 crore"
        (285e6, 315e6, "currency:CHF", "CHF 285–315 m"),  # no sign of its own: its code
        (245e6, 255e6, "currency:GBP/week", "£245–255 m a week"),
        # every other dimension as the report says it
        (112490.90776, 112490.90776, "mass", "112.5 t"),
        (2154563.8, 2381359.9425, "mass", "2,154–2,382 t"),
        (259200, 259200, "duration", "3 days"),
        (6000, 7000, "length", "6–7 km"),
        (504000, 504000, "mass/week", "504 t a week"),
        (5e6, 5e6, "unit:tons", "5,000,000 tons"),
    ],
)
def test_shown_text(low, high, dimension: str, text: str) -> None:
    assert shown_text(low, high, dimension) == text


@pytest.mark.parametrize(
    ("dimension", "low", "high"),
    [("count", 3450, 3550), ("currency:USD", 8.55e6, 9.45e6)],
)
def test_shown_text_keeps_counts_and_money(dimension: str, low, high) -> None:
    money = money_text(low, high, dimension)
    assert shown_text(low, high, dimension) == (money or range_text(low, high, dimension))


@pytest.mark.parametrize(
    ("value", "dimension", "tick"),
    [
        (1e5, "mass", "100 t"),
        (1e6, "mass", "1,000 t"),
        (1000, "length", "1 km"),
        (1e5, "mass/week", "100 t"),
        (DAY, "duration", "1 day"),
        (1e4, "count", "10k"),
        (1e9, "currency:GBP/week", "1bn"),
        (10, "share", "10"),
    ],
)
def test_chart_ticks_in_the_units_of_the_ranges(value, dimension: str, tick: str) -> None:
    assert _tick(value, dimension) == tick


_NUMBER = re.compile(r"[\d,]+(?:\.\d+)?")
_UNITS = {
    **{d: {symbol: f for f, symbol in units} for d, units in _SCALED.items()},
    "duration": {name: f for f, name in _DURATIONS},
}


def _bounds(text: str, dimension: str) -> tuple[float, float | None]:
    """The interval a shown text claims, back in base units."""
    numbers, unit = text.rsplit(" ", 1)
    factor = _UNITS[dimension][unit if dimension != "duration" else unit.removesuffix("s")]
    values = [float(n.replace(",", "")) * factor for n in _NUMBER.findall(numbers)]
    if numbers.endswith("+"):
        return values[0], None
    return values[0], values[-1]


@given(
    dimension=st.sampled_from([*sorted(_SCALED), "duration"]),
    a=st.floats(min_value=1e-3, max_value=1e13),
    b=st.floats(min_value=1e-3, max_value=1e13),
    near=st.floats(min_value=0.0, max_value=0.1),
    kind=st.sampled_from(["apart", "near", "one", "open"]),
)
def test_an_interval_shown_holds_the_interval_read(
    dimension: str, a: float, b: float, near: float, kind: str
) -> None:
    """Outward rounding: the interval the text claims holds the one read, and is no wider than
    a reader's rounding (each bound moved by less than its last digit shown: at most 10% where
    two significant digits are kept, below 1). One value is said to the nearest."""
    low, high = min(a, b), max(a, b)
    if kind == "near":
        high = low * (1 + near)
    elif kind in ("one", "open"):
        high = None if kind == "open" else low
    text = amount_text(low, high, dimension)
    shown_low, shown_high = _bounds(text, dimension)
    if high == low:
        assert math.isclose(shown_low, low, rel_tol=0.05), text
        return
    assert low * (1 - 0.1) <= shown_low <= low * (1 + 1e-9), text
    if high is None:
        assert shown_high is None, text
    else:
        assert shown_high is not None, text
        assert high * (1 - 1e-9) <= shown_high <= high * (1 + 0.1), text


def _surfside(runner, empty_db: Path) -> Path:
    result = runner.invoke(app, ["--db", str(empty_db), "import", str(SURFSIDE)])
    assert result.exit_code == 0, result.output
    return empty_db


def test_conflicts_say_masses_in_tonnes_not_every_digit_of_kilograms(runner, empty_db) -> None:
    db = _surfside(runner, empty_db)
    result = runner.invoke(app, ["--db", str(db), "conflicts", "surfside-collapse-2021"])
    assert result.exit_code == 0, result.output
    out = " ".join(result.stdout.split())  # lines folded at the terminal's width, joined
    assert "112.5 t" in out and "2,154–2,382 t" in out
    assert "the sources span 112.4–2,382 t" in out
    assert "2021-07-06: 112.5 t · 2,154–2,382 t (order not known)" in out
    assert "2021-07-13: 8,164+ t" in out
    assert "124 short tons" in out and "= 124 short tons" in out  # the words as stated
    assert " kg" not in out and "112,490" not in out
    assert "100 t" in out and "1,000 t" in out  # the chart's axis in the same unit


def test_machine_outputs_keep_exact_base_units(runner, empty_db, tmp_path: Path) -> None:
    db = _surfside(runner, empty_db)
    timeline = runner.invoke(app, ["--db", str(db), "timeline", "surfside-collapse-2021"])
    assert timeline.exit_code == 0, timeline.output
    assert "112.5 t" in timeline.stdout and "2,154–2,382 t" in timeline.stdout
    as_json = runner.invoke(app, ["--db", str(db), "timeline", "surfside-collapse-2021", "--json"])
    intervals = {e.get("interval") for e in json.loads(as_json.stdout)}
    assert {"112,490.90776 kg", "2,154,563.7575–2,381,359.9425 kg"} <= intervals
    sheet = tmp_path / "sheet.csv"
    result = runner.invoke(
        app, ["--db", str(db), "conflicts", "surfside-collapse-2021", "--csv", str(sheet)]
    )
    assert result.exit_code == 0, result.output
    text = sheet.read_text(encoding="utf-8-sig")
    # outputs10: each range says its unit, with every digit of the conversion
    assert ',"112,490.90776 kg",' in text and ',"2,154,563.7575–2,381,359.9425 kg",' in text
    assert "2,154–2,382 t" not in text and "112.5 t" not in text
    conflicts = runner.invoke(
        app, ["--db", str(db), "conflicts", "surfside-collapse-2021", "--json"]
    )
    debris = next(
        c for c in json.loads(conflicts.stdout)["conflicts"] if c.get("measure") == "debris-removed"
    )
    assert debris["dimension"] == "mass"
    assert debris["positions"][0]["low"] == 112490.90776  # exact, in kilograms
    assert 2154563 < debris["positions"][1]["low"] < 2154564


def test_show_compares_in_tonnes_with_the_rounding_in_the_stated_unit(runner, empty_db) -> None:
    db = _surfside(runner, empty_db)
    result = runner.invoke(app, ["--db", str(db), "show", "sf-debris-5m-lb"])
    assert result.exit_code == 0, result.output
    assert "2,154–2,382 t (mass, a round number: ±250,000 lb)" in result.stdout


def test_a_reports_folded_timeline_says_amounts_as_its_table(
    runner, empty_db, tmp_path: Path, monkeypatch
) -> None:
    """The one-line statements of a long timeline (HTML) say an amount as the report's table
    does ("112.5 t"), not in base units."""
    import claimtrack.report

    monkeypatch.setattr(claimtrack.report, "TIMELINE_FOLD_AFTER", 0)
    db = _surfside(runner, empty_db)
    page = tmp_path / "r.html"
    result = runner.invoke(
        app, ["--db", str(db), "report", "surfside-collapse-2021", "-o", str(page)]
    )
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert "debris-removed “124 short tons” 112.5 t" in html
    assert "112,490.90776" not in html
