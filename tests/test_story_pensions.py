"""What the third story logged as a new user (French pension protests, 2023:
tests/fixtures/france-pensions-2023.jsonl) showed misleading, as general rules: a figure
dated only by a later report may recount an earlier statement (its reversal's order is not
known); power and energy are shown in their own units and symbols; the chart of a dispute
counts in the unit its ranges are shown in; a change over time names each time once."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.conflicts import (
    Change,
    ChangePoint,
    Fact,
    FigureConflict,
    Reversal,
    Revision,
    analyse,
    change_text,
    order_note,
)
from claimtrack.quantities import unit_symbol
from claimtrack.quantities.units import _UNIT_ROWS
from claimtrack.readings import base_unit, range_text, reading_of

FIXTURE = Path(__file__).parent / "fixtures" / "france-pensions-2023.jsonl"
SUBJECT = "france-pension-protests-2023"


def fig(id_: str, low: int, *, who: str = "CGT", as_of=None, said_on=None, reported_on=None):
    return Fact(
        id_, who, "figure", "demonstrators", low, low, None, as_of, said_on, "active", reported_on
    )


def the_reversal(facts: list[Fact]) -> Reversal:
    (rev,) = [c for c in analyse(facts).conflicts if isinstance(c, Reversal)]
    return rev


@pytest.mark.parametrize(
    ("earlier", "later", "ordered", "since"),
    [
        # a report of 7 March about 31 January ("That day, the CGT had estimated ..."): it may
        # recount the statement of 31 January; order not known
        (
            dict(as_of="2023-01-31", reported_on="2023-01-31"),
            dict(as_of="2023-01-31", reported_on="2023-03-07"),
            False,
            (None, "2023-01-31"),
        ),
        # the next day's paper about the day before: the same
        (
            dict(as_of="2023-01-31", reported_on="2023-01-31"),
            dict(as_of="2023-01-31", reported_on="2023-02-01"),
            False,
            (None, "2023-01-31"),
        ),
        # the later statement's own date is known: ordered as before
        (
            dict(as_of="2023-01-31", reported_on="2023-01-31"),
            dict(as_of="2023-01-31", said_on="2023-03-07"),
            True,
            (),
        ),
        # both said on known days
        (
            dict(as_of="2023-01-31", said_on="2023-01-31"),
            dict(as_of="2023-01-31", said_on="2023-02-02", reported_on="2023-03-07"),
            True,
            (),
        ),
        # an undated figure said on the day the later report describes: it may describe it
        (
            dict(said_on="2023-01-31"),
            dict(as_of="2023-01-31", reported_on="2023-03-07"),
            False,
            (None, "2023-01-31"),
        ),
        # a report published the day it describes: dated by its publication, as before
        (
            dict(as_of="2023-01-30", said_on="2023-01-30"),
            dict(reported_on="2023-01-31"),
            True,
            (),
        ),
        # the earlier one is the late report: its window reaches past the other's day
        (
            dict(as_of="2023-01-20", reported_on="2023-02-10"),
            dict(as_of="2023-01-20", said_on="2023-02-01"),
            False,
            (None, "2023-01-20"),  # per claim in statement order: b (said 02-01), then a
        ),
    ],
)
def test_a_figure_dated_by_a_later_report_has_no_known_order(earlier, later, ordered, since):
    facts = [fig("a", 2_800_000, **earlier), fig("b", 2_500_000, **later)]
    if ordered and earlier.get("as_of") and earlier.get("as_of") == later.get("as_of"):
        # one claimant's estimate of one moment, surely replaced by its later one: its
        # revision (docs/conflicts.md, rule 9), not a reversal
        (revision,) = analyse(facts).conflicts
        assert isinstance(revision, Revision)
        assert (revision.claims, revision.as_of, revision.up) == (("a", "b"), "2023-01-31", False)
        return
    if not ordered:
        # order not known: no reversal since time30 (docs/conflicts.md, rule 4), its dispute
        # says the claimant's own figures disagree
        report = analyse(facts)
        assert not [c for c in report.conflicts if isinstance(c, Reversal)]
        (dispute,) = [c for c in report.conflicts if isinstance(c, FigureConflict)]
        assert [d.claimant for d in dispute.own] == ["CGT"]
        return
    rev = the_reversal(facts)
    first = (
        "a"
        if (earlier.get("said_on") or earlier.get("reported_on"))
        <= (later.get("said_on") or later.get("reported_on"))
        else "b"
    )
    assert rev.claims[0] == first
    assert rev.ordered is ordered
    assert rev.since == since


def test_the_order_note_says_why() -> None:
    # (since time30 such a reversal is filed only where no dispute tells its figures: a
    # figure of the claimant's beside a relay judged as its own claim)
    rev = Reversal(
        "CGT", "measure", "demonstrators-france", ("a", "b"),
        (("2023-01-31", "reported_on"), ("2023-03-07", "reported_on")), False, "reversal",
        (None, "2023-01-31"),
    )  # fmt: skip
    assert order_note(rev) == (
        "order not known: reported 2023-03-07 about 2023-01-31, it may have been said on any "
        "day from 2023-01-31: a misreport or a revision"
    )


def test_a_stance_reversal_is_ordered_by_its_dates_as_before() -> None:
    facts = [
        Fact("a", "X", "stance", "p", None, None, "affirms", None, None, "active", "2023-01-01"),
        Fact("b", "X", "stance", "p", None, None, "denies", None, None, "active", "2023-03-01"),
    ]
    rev = the_reversal(facts)
    assert (rev.claims, rev.ordered, rev.since) == (("a", "b"), True, ())


@pytest.mark.parametrize(
    ("unit", "shown"),
    [
        ("mw", "MW"),
        ("gw", "GW"),
        ("kw", "kW"),
        ("kwh", "kWh"),
        ("mwh", "MWh"),
        ("twh", "TWh"),
        ("mj", "MJ"),
        ("km", "km"),
        ("fighters", "fighters"),
        ("ml", "ml"),
    ],
)
def test_units_are_shown_in_their_own_case(unit: str, shown: str) -> None:
    assert unit_symbol(unit) == shown


# the physical dimensions of the unit table (lowercase names; currencies are ISO codes, and
# "percentage-points" reads as its own unit)
DIMENSIONS = sorted(
    {line.split()[0] for line in _UNIT_ROWS.strip().splitlines()}
    - {"percentage-points"}
    - {d for d in (line.split()[0] for line in _UNIT_ROWS.strip().splitlines()) if d.isupper()}
)


@pytest.mark.parametrize("dimension", DIMENSIONS)
def test_every_dimension_of_the_unit_table_has_a_base_unit(dimension: str) -> None:
    unit = base_unit(dimension)
    assert unit and unit != dimension, dimension


@pytest.mark.parametrize(
    ("value", "low", "unit", "reading"),
    [
        ("5,000 MW", 5000, "mw", "≈ 4,750–5,250 MW"),
        ("12 TWh", 12, "twh", "= 12 TWh"),
        ("6 km", 6, "km", "= 6 km"),
    ],
)
def test_a_reading_keeps_the_unit_symbol(value: str, low: int, unit: str, reading: str) -> None:
    record = {"kind": "figure", "value": value, "low": low, "high": low, "unit": unit}
    assert reading_of(record) == reading


@pytest.mark.parametrize(
    ("low", "high", "dimension", "text"),
    [
        (5e9, 5.25e9, "power", "5,000,000,000–5,250,000,000 W"),
        (3.6e6, 3.6e6, "energy", "3,600,000 J"),
        (6000, 7000, "length", "6,000–7,000 m"),
        (10, 20, "count", "10–20"),
    ],
)
def test_ranges_name_the_base_unit(low, high, dimension, text) -> None:
    assert range_text(low, high, dimension) == text


@pytest.mark.parametrize(
    ("points", "text"),
    [
        (
            [("2023-01-31", 1), ("2023-01-31", 2), ("2023-01-31T12:00", 3)],
            "2023-01-31: 1 · 2 · 2023-01-31T12:00: 3 (order not known)",
        ),
        ([("2023-01-31", 1), ("2023-01-31", 2)], "2023-01-31: 1 · 2 (order not known)"),
        ([("2023-01", 1), ("2023-01-31", 2)], "2023-01: 1 · 2023-01-31: 2 (order not known)"),
        ([("2023-01-19", 1), ("2023-01-31", 2)], "2023-01-19: 1 → 2023-01-31: 2"),
    ],
)
def test_a_change_over_time_names_each_time_once(points, text) -> None:
    change = Change("m", tuple(ChangePoint(t, v, v, ()) for t, v in points), "count")
    assert change_text(change, lambda lo, hi, d: f"{lo:g}") == text


def test_the_chart_counts_in_the_unit_of_the_ranges(ct) -> None:
    for who, quote, figure in (
        ("A", "the convoy was 3 miles long", "3 miles"),
        ("B", "a convoy of 10,000 m", "10,000 m"),
    ):
        r = ct("add", "s", "--claimant", who, "--quote", quote, "--figure", figure,
               "--measure", "convoy-length")  # fmt: skip
        assert r.exit_code == 0, r.output
    r = ct("conflicts", "s")
    assert r.exit_code == 0, r.output
    axis = r.stdout.splitlines()[r.stdout.splitlines().index(next(
        line for line in r.stdout.splitlines() if "┼" in line)) + 1]  # fmt: skip
    # 4,828 m and 10,000 m: one decade, 1 km to 10 km (not 1 to 10k: miles against metres),
    # ticked in the unit the ranges are shown in
    assert axis.split() == ["1", "km", "10", "km"]


def test_the_pension_story(ct) -> None:
    assert ct("import", str(FIXTURE)).exit_code == 0
    r = ct("conflicts", SUBJECT, "--json")
    assert r.exit_code == 0, r.output
    doc = json.loads(r.stdout)
    # the CGT's and the Paris police's figures of 31 January, reported later about that day:
    # their order is not known, so no reversal (time30); each day's dispute says it
    assert [c for c in doc["conflicts"] if c["kind"] == "reversal"] == []
    own = {
        (c["measure"], d["claimant"], d["why"])
        for c in doc["conflicts"]
        for d in c.get("own_disagreements", ())
    }
    assert own == {
        ("demonstrators-france", "CGT", "said-on"),
        ("demonstrators-paris", "Paris police headquarters", "said-on"),
    }
    # the streamed JSON of --all writes the same
    streamed = json.loads(ct("conflicts", "--all", "--json").stdout)
    (subject,) = [s for s in streamed["subjects"] if s["subject"] == SUBJECT]
    assert subject["conflicts"] == doc["conflicts"]
    full = ct("conflicts", SUBJECT, "--full").stdout
    assert "4.75–5.25 GW" in full and " mw" not in full  # 4,750,000,000–5,250,000,000 W


@pytest.mark.parametrize(
    ("date", "days"),
    [
        ("2023-01-31T12:00", (738551, 738551)),
        ("2023-01-31", (738551, 738551)),
        ("2023-01", (738521, 738551)),
    ],
)
def test_a_time_of_day_is_on_its_day(date: str, days: tuple[int, int]) -> None:
    from claimtrack.report import _days

    assert _days(date) == days


@pytest.mark.parametrize("command", [["timeline"], ["report", "-o", "r.html"], ["report"]])
def test_a_figure_with_a_time_of_day_is_charted(ct, tmp_path, command) -> None:
    # docs/conflicts.md tells users to give --as-of a time of day; the trend chart of the
    # report and the timeline once failed on it (an internal error)
    for as_of, figure in (("2023-01-31T12:00", "735,000"), ("2023-01-31", "1.27 million")):
        r = ct("add", "s", "--claimant", "Police", "--quote", f"police counted {figure}",
               "--figure", figure, "--measure", "marchers", "--as-of", as_of)  # fmt: skip
        assert r.exit_code == 0, r.output
    args = [a if a != "r.html" else str(tmp_path / a) for a in command]
    r = ct(*args[:1], "s", *args[1:])
    assert r.exit_code == 0, r.output
    assert "735,000" in (r.stdout if len(args) == 1 else (tmp_path / "r.html").read_text())


@pytest.mark.parametrize(
    ("facts", "summary"),
    [
        (  # the later report about the same day: order not known
            [
                fig("a", 2_800_000, as_of="2023-01-31", reported_on="2023-01-31"),
                fig("b", 2_500_000, as_of="2023-01-31", reported_on="2023-03-07"),
            ],
            # (one claimant alone: its dispute is told as its reversal, time21)
            "1 disputed figure among 2 claims from 1 claimant",  # order not known: no reversal (time30)
        ),
        (  # said on known days: its own estimate of the day revised (rule 9), no reversal
            [
                fig("a", 2_800_000, as_of="2023-01-31", said_on="2023-01-31"),
                fig("b", 2_500_000, as_of="2023-01-31", said_on="2023-03-07"),
            ],
            "1 downward revision among 2 claims from 1 claimant",
        ),
        (  # said on known days, about no one moment: a reversal in order
            [
                fig("a", 2_800_000, said_on="2023-01-31"),
                fig("b", 2_500_000, said_on="2023-03-07"),
            ],
            "1 reversal among 2 claims from 1 claimant",
        ),
        (  # two claimants, one reversal of each kind
            [
                fig("a", 2_800_000, said_on="2023-01-31"),
                fig("b", 2_500_000, said_on="2023-03-07"),
                fig("c", 87_000, who="Police", as_of="2023-01-31", reported_on="2023-01-31"),
                fig("d", 150_000, who="Police", as_of="2023-01-31", reported_on="2023-02-01"),
            ],
            "1 disputed figure, 1 reversal among 4 claims from 2 claimants",  # the unordered: none (time30)
        ),
    ],
)
def test_the_summary_counts_reversals_of_unknown_order(facts, summary) -> None:
    from claimtrack.conflicts import summary_line

    assert summary_line(analyse(facts)) == summary


@pytest.mark.parametrize(
    ("text", "base_low", "refused"),
    [
        ("5 MW", 5_000_000, None),
        ("5 mw", 5_000_000, None),  # how some papers write megawatts
        ("5 megawatts", 5_000_000, None),
        ("2 MWh", 7_200_000_000, None),
        ("3 MJ", 3_000_000, None),
        ("5 mW", None, '"mW"'),  # milliwatts: a billionth of 5 MW
        ("2 mWh", None, '"mWh"'),
        ("3 mJ", None, '"mJ"'),
        ("about 5 mW of power", None, '"mW"'),
    ],
)
def test_a_small_m_before_a_capital_is_milli_not_mega(text, base_low, refused) -> None:
    from claimtrack.quantities import FigureError, parse_figure

    if refused:
        with pytest.raises(FigureError, match=f"{refused}.*milli-"):
            parse_figure(text)
    else:
        assert parse_figure(text).base_low == base_low


@given(st.integers(min_value=1, max_value=10**6), st.sampled_from(["W", "Wh", "J"]))
def test_mega_and_milli_never_read_alike(n: int, base: str) -> None:
    from claimtrack.quantities import FigureError, parse_figure

    mega = parse_figure(f"{n:,} M{base}")
    assert unit_symbol(mega.unit or "") == f"M{base}"
    with pytest.raises(FigureError):
        parse_figure(f"{n:,} m{base}")


@pytest.mark.parametrize(
    ("parts", "many", "heading"),
    [
        (["paris"], False, "Part above its total: paris, a part of france"),
        (["paris"], True, "Parts above their total: paris, a part of france"),
        (["paris", "rest"], False, "Sum does not add up: france = paris + rest"),
        (["paris", "rest"], True, "Sums do not add up: france = paris + rest"),
    ],
)
def test_a_part_alone_is_never_headed_as_a_sum(parts, many, heading) -> None:
    from claimtrack.report import sum_heading

    assert sum_heading("france", parts, many) == heading


def test_a_part_above_its_total_in_the_report(ct, tmp_path) -> None:
    for who, quote, figure, measure in (
        ("Ministry", "480,000 marched in France", "480,000", "marchers-france"),
        ("Blog", "3 million in Paris alone", "3 million", "marchers-paris"),
    ):
        r = ct("add", "m", "--claimant", who, "--quote", quote, "--figure", figure,
               "--measure", measure, "--as-of", "2023-03-15")  # fmt: skip
        assert r.exit_code == 0, r.output
    r = ct("relate", "m", "marchers-france", "--sum-of", "marchers-paris", "--sum-of",
           "marchers-outside-paris", "--new")  # fmt: skip
    assert r.exit_code == 0, r.output
    out = ct("conflicts", "m").stdout
    assert "1. Part above its total: marchers-paris, a part of marchers-france" in out
    assert out.splitlines()[-1] == "1 part above its total among 2 claims from 2 claimants"
    assert ct("report", "m", "-o", str(tmp_path / "r.md")).exit_code == 0
    text = (tmp_path / "r.md").read_text()
    assert "Part above its total: marchers-paris, a part of marchers-france" in text
    assert "Sum does not add up" not in text


@pytest.mark.parametrize(
    ("figures", "line"),
    [
        # the claimant's own figures of one day cannot both be true: said under the heading
        (
            [("Police", "87,000"), ("Police", "150,000"), ("Union", "500,000")],
            "Police stands in positions 1 and 2: its own figures for 2023-01-31 disagree",
        ),
        # in two positions, but its figures overlap ("hundreds", "many hundreds"): no line
        ([("BBC", "hundreds"), ("Coalition", "some 250"), ("BBC", "many hundreds")], None),
        # within its rounding ("about 87,000" and "88,000" overlap): no line
        ([("Police", "87,000"), ("Police", "about 87,000"), ("Union", "500,000")], None),
    ],
)
def test_a_claimant_on_two_sides_of_a_dispute_is_named(ct, figures, line) -> None:
    for who, figure in figures:
        r = ct("add", "d", "--claimant", who, "--quote", f"they said {figure} marched",
               "--figure", figure, "--measure", "marchers", "--as-of", "2023-01-31")  # fmt: skip
        assert r.exit_code == 0, r.output
    out = re.sub(r"\s+", " ", ct("conflicts", "d").stdout)
    if line is None:
        assert "stands in positions" not in out
    else:
        assert line in out
