"""Judgement over time on figures whose order is not known (issue 24): disputes on a cumulative
measure between figures of one day without a time of day, a claimant's own update of unknown
order, and sums of one relation collapsed to one line (docs/conflicts.md, rules 9 and 10).

The worked example is the Sept 2017 Mexico earthquake as a new user logged it
(tests/fixtures/mexico-quake-2017.jsonl): every article is of 2017-09-20 with no time of day,
and the national toll rose (and was revised) during that day.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.conflicts import (
    Fact,
    FigureConflict,
    Report,
    SumFinding,
    SumRelation,
    analyse,
    report_json_line,
    report_to_json,
    summary_line,
    time_note,
)
from claimtrack.quote_marks import revised_from
from claimtrack.report import failing_text, sum_groups, sums_text

from conftest import ROOT

MEXICO = ROOT / "tests" / "fixtures" / "mexico-quake-2017.jsonl"
SUBJECT = "mexico-quake-2017"


def fig(
    id_: str,
    value: float,
    who: str,
    when: str | None,
    *,
    measure: str = "deaths",
    high: float | str | None = "same",
    source: str | None = None,
    as_of: str | None = None,
) -> Fact:
    """A figure said on ``when`` (its time on a cumulative measure unless ``as_of``)."""
    return Fact(
        id_,
        who,
        "figure",
        measure,
        value,
        value if high == "same" else high,  # type: ignore[arg-type]
        None,
        as_of,
        when,
        "active",
        None,
        "count",
        0,
        None,
        source,
    )


def figures(report: Report, group: str = "conflicts") -> list[FigureConflict]:
    return [c for c in getattr(report, group) if isinstance(c, FigureConflict)]


# (facts, cumulative?, expected: [(measure, as_of, times_ordered, times, updates)] of the
# figure disputes, in report order)
_ORDER = [
    pytest.param(
        [fig("a", 100, "A", "2017-09-20"), fig("b", 200, "B", "2017-09-20")],
        True,
        [("deaths", "2017-09-20", False, ("2017-09-20",), ())],
        id="one-day-two-claimants",
    ),
    pytest.param(
        [fig("a", 100, "A", "2017-09-20"), fig("b", 200, "B", "2017-09-20")],
        False,
        [("deaths", None, True, (), ())],
        id="not-cumulative-no-flag",
    ),
    pytest.param(
        [fig("a", 200, "A", "2017-09-19"), fig("b", 100, "B", "2017-09-20")],
        True,
        [("deaths", None, True, (), ())],
        id="ordered-fall-is-a-dispute",
    ),
    pytest.param(
        [fig("a", 100, "A", "2017-09-20T08:00"), fig("b", 200, "B", "2017-09-20T08:00")],
        True,
        [("deaths", "2017-09-20T08:00", True, (), ())],
        id="one-moment-is-a-dispute",
    ),
    pytest.param(
        [fig("a", 100, "A", "2017-09-20T08:00"), fig("b", 200, "B", "2017-09-20T18:30")],
        True,
        [],
        id="times-of-day-order-a-rise",
    ),
    pytest.param(
        [fig("a", 100, "A", "2017-09"), fig("b", 200, "B", "2017-09-20")],
        True,
        [("deaths", None, False, ("2017-09", "2017-09-20"), ())],
        id="month-against-a-day-in-it",
    ),
    pytest.param(
        # a figure of no date fits a running count's course (before 200): not compared with
        # it, named in Report.undated instead (time16)
        [fig("a", 100, "A", None), fig("b", 200, "B", "2017-09-20")],
        True,
        [],
        id="undated-fits-the-course",
    ),
    pytest.param(
        # one that fits nowhere (the course falls around it) is compared as before
        [
            fig("a", 150, "A", None),
            fig("b", 300, "B", "2017-09-19"),
            fig("c", 100, "C", "2017-09-20"),
        ],
        True,
        [("deaths", None, True, (), ())],  # the fall is ordered; 150 stands in it
        id="undated-fits-nowhere",
    ),
    pytest.param(
        # the Morelos case: the agency gives 55 and 69 on one day, officials 72
        [
            fig("cp55", 55, "Civil Protection", "2017-09-20"),
            fig("cp69", 69, "Civil Protection", "2017-09-20"),
            fig("of72", 72, "Officials", "2017-09-20"),
        ],
        True,
        [
            (
                "deaths",
                "2017-09-20",
                False,
                ("2017-09-20",),
                (("Civil Protection", ("cp55", "cp69")),),
            )
        ],
        id="own-update-named",
    ),
    pytest.param(
        # aliases folded: two spellings of one claimant are one claimant's update
        [
            fig("x", 223, "Civil Protection", "2017-09-20"),
            fig("y", 248, "civil protection", "2017-09-20"),
            fig("z", 217, "Officials", "2017-09-20"),
        ],
        True,
        [("deaths", "2017-09-20", False, ("2017-09-20",), (("Civil Protection", ("x", "y")),))],
        id="own-update-spellings-folded",
    ),
    pytest.param(
        # a fall across days between claimants, and a one-day update of one of them: the
        # dispute stands on the ordered fall; the update, which can be true as a whole, is one
        # position since time19 (a running count's positions), so no update needs naming
        [
            fig("a1", 300, "A", "2017-09-19"),
            fig("b1", 100, "B", "2017-09-20"),
            fig("b2", 250, "B", "2017-09-20"),
        ],
        True,
        [("deaths", None, True, (), ())],
        id="ordered-dispute-with-an-update",
    ),
    pytest.param(
        # the claimant's figures of one month in two positions meet ("about 80" of June, 79
        # and 80 of days in it): no update is named, only disjoint ones are (the Grenfell Tower
        # fire, time18: "Police gives about 80 (position 2) and 79 · 80 (position 3)")
        [
            fig("p80", 72, "Police", "2017-06", high=88),
            fig("p79", 79, "Police", "2017-06-19"),
            fig("p80b", 76, "Police", "2017-06-29", high=84),
            fig("i72", 72, "Inquiry", "2021-05-21"),
            fig("r300", 300, "Resident", "2017-06", high=None),
        ],
        True,
        [("deaths", None, True, (), ())],
        id="figures-that-meet-are-no-update",
    ),
]


@pytest.mark.parametrize(("facts", "cumulative", "expected"), _ORDER)
def test_times_of_a_dispute_on_a_cumulative_measure(
    facts: list[Fact], cumulative: bool, expected: list[tuple]
) -> None:
    report = analyse(facts, cumulative=["deaths"] if cumulative else [])
    found = [(c.measure, c.as_of, c.times_ordered, c.times, c.updates) for c in figures(report)]
    assert found == expected


def test_a_claimants_own_figures_alone_are_no_dispute() -> None:
    # one claimant's two figures of one day: an update whose order is not known, no finding
    report = analyse(
        [fig("a", 100, "A", "2017-09-20"), fig("b", 200, "A", "2017-09-20")], cumulative=["deaths"]
    )
    assert report.conflicts == ()
    assert report.minor == ()


def test_an_unordered_minor_difference_is_flagged_too() -> None:
    report = analyse(
        [fig("a", 12, "A", "2017-09-20"), fig("b", 13, "B", "2017-09-20")], cumulative=["deaths"]
    )
    (minor,) = figures(report, "minor")
    assert (minor.times_ordered, minor.times) == (False, ("2017-09-20",))


def test_unordered_disputes_come_after_the_ordered_ones() -> None:
    facts = [
        # same-day, 5x apart
        fig("a", 100, "A", "2017-09-20", measure="injured"),
        fig("b", 500, "B", "2017-09-20", measure="injured"),
        # a fall across days, 1.5x
        fig("c", 300, "C", "2017-09-19"),
        fig("d", 200, "D", "2017-09-21"),
    ]
    report = analyse(facts, cumulative=["deaths", "injured"])
    assert [(c.measure, c.times_ordered) for c in figures(report)] == [
        ("deaths", True),
        ("injured", False),
    ]
    # the fall from C's 300 to D's 200 is their dispute, shown inside it (no second finding)
    assert summary_line(report) == (
        "2 disputed figures (1 between figures of unknown order) among 4 claims from 4 claimants"
    )
    assert [[f.claims for f in c.falls] for c in figures(report)] == [[("c", "d")], []]
    only = analyse(facts[:2], cumulative=["injured"])
    assert summary_line(only).startswith(
        "1 disputed figure (between figures of unknown order) among"
    )


@pytest.mark.parametrize(
    ("times", "note"),
    [
        (
            ("2017-09-20",),
            "all of 2017-09-20 without a time of day: on a running count a rise during the day "
            "reads as a dispute; give --as-of with a time of day, e.g. 2017-09-20T08:00, to "
            "order them",
        ),
        (
            ("2017-09",),
            "all of 2017-09 without a day: on a running count a rise during the month reads as "
            "a dispute; give --as-of with a day, e.g. 2017-09-15, to order them",
        ),
        (
            ("2017",),
            "all of 2017 without a month: on a running count a rise during the year reads as a "
            "dispute; give --as-of with a month, e.g. 2017-06, to order them",
        ),
        (
            ("2017-09", "2017-09-20", None),
            "times that cannot be ordered (2017-09, 2017-09-20, undated): on a running count a "
            "rise between them reads as a dispute; give each figure its --as-of to order them",
        ),
    ],
)
def test_time_note(times: tuple, note: str) -> None:
    c = FigureConflict("deaths", None, 2.0, (), (2.0,), "count", False, times)
    assert time_note(c) == note


@pytest.mark.parametrize(
    ("times", "note"),
    [
        # (papercuts4: a count of the moment, people missing or in hospital, may also fall
        # during the month; the note said only "a rise")
        (
            ("2024-11",),
            "all of 2024-11 without a day: on a count of the moment a rise or a fall during the "
            "month reads as a dispute; give --as-of with a day, e.g. 2024-11-15, to order them",
        ),
        (
            ("2024-11-05",),
            "all of 2024-11-05 without a time of day: on a count of the moment a rise or a fall "
            "during the day reads as a dispute; give --as-of with a time of day, e.g. "
            "2024-11-05T08:00, to order them",
        ),
        (
            ("2024-11", "2024-11-05"),
            "times that cannot be ordered (2024-11, 2024-11-05): on a count of the moment a rise "
            "or a fall between them reads as a dispute; give each figure its --as-of to order "
            "them",
        ),
    ],
)
def test_time_note_of_a_count_of_the_moment(times: tuple, note: str) -> None:
    c = FigureConflict("missing", None, 2.0, (), (2.0,), "count", False, times)
    assert time_note(c, moment=True) == note


@pytest.mark.parametrize(
    ("measure", "said"),
    [
        ("missing", "on a count of the moment a rise or a fall during the month"),
        ("people-in-hospital", "on a count of the moment a rise or a fall during the month"),
        ("deaths", "on a running count a rise during the month"),
    ],
)
def test_conflicts_says_a_count_of_the_moment_may_fall_within_its_month(
    ct, empty_db, measure: str, said: str
) -> None:
    for claimant, n, day in (("Court", "89", "2024-11-05"), ("Court", "11", "2024-11-18"),
                             ("Agency", "5", "2024-11"), ("Minister", "93", "2024-11")):  # fmt: skip
        result = ct(
            "add", "floods", "--claimant", claimant, "--quote", f"{n} people", "--figure", n,
            "--measure", measure, "--new", "--said-on", day,
        )  # fmt: skip
        assert result.exit_code == 0, result.output
    if measure == "deaths":
        assert ct("measure", "floods", measure, "--cumulative").exit_code == 0
    out = ct("conflicts", "floods")
    text = " ".join(out.stdout.split())
    assert said in text, text
    md = " ".join(ct("report", "floods", "--format", "md").stdout.split())
    assert said in md


def test_time_note_is_empty_when_the_times_order_the_figures() -> None:
    assert time_note(FigureConflict("deaths", None, 2.0, (), (2.0,))) == ""


def test_json_carries_the_times_and_both_writers_agree() -> None:
    facts = [
        fig("cp55", 55, "Civil Protection", "2017-09-20"),
        fig("cp69", 69, "Civil Protection", "2017-09-20"),
        fig("of72", 72, "Officials", "2017-09-20"),
    ]
    report = analyse(facts, cumulative=["deaths"])
    doc = report_to_json("s", report)
    (c,) = doc["conflicts"]
    assert c["times_ordered"] is False
    assert c["times"] == ["2017-09-20"]
    assert c["updates"] == [{"claimant": "Civil Protection", "claims": ["cp55", "cp69"]}]
    assert report_json_line("s", report) == json.dumps(doc, ensure_ascii=False)
    # an ordered dispute carries none of these keys
    plain = report_to_json("s", analyse([fig("a", 1, "A", None), fig("b", 9, "B", None)]))
    assert not {"times_ordered", "times", "updates"} & set(plain["conflicts"][0])


# ---------------------------------------------------------------------------------------------
# Sums of one relation, claimant and time: one line


def _parts(who: str, when: str, values: tuple[float, float], source: str | None = None):
    return [
        fig(f"{who}-{m}-{v}-{source}", v, who, when, measure=m, source=source)
        for m, v in zip(("a", "b"), values, strict=True)
    ]


_REL = SumRelation("t", ("a", "b"))


def _records(facts: list[Fact]) -> dict[str, dict]:
    return {
        f.id: {"id": f.id, "claimant": f.claimant, "measure": f.topic, "value": f"{f.low:g}"}
        for f in facts
    }


def test_checks_that_hold_collapse_to_one_line() -> None:
    facts = [
        *_parts("X", "2017-09-20", (10, 20)),
        *_parts("X", "2017-09-20", (12, 21)),
        fig("t1", 30, "X", "2017-09-20", measure="t", high=None),  # at least 30
        fig("t2", 33, "Y", "2017-09-20", measure="t"),
    ]
    report = analyse(facts, sums=[_REL])
    assert len(report.checks) > 1  # every check is kept (JSON)
    (group,) = sum_groups(report.checks)
    assert sums_text(group, _records(facts)) == (
        "2 parts by X: 4 combinations of their figures sum to 30 to 33; each meets “30” (X)"
    )


def test_a_single_check_reads_as_before() -> None:
    facts = [*_parts("X", "2017-09-20", (10, 20)), fig("t", 30, "Y", "2017-09-20", measure="t")]
    report = analyse(facts, sums=[_REL])
    (group,) = sum_groups(report.checks)
    assert sums_text(group, _records(facts)) == "X: 10 + 20 = 30, consistent with “30” (Y)"


def test_failing_sums_of_one_claimant_are_one_group() -> None:
    facts = [
        *_parts("X", "2017-09-20", (10, 20)),
        *_parts("X", "2017-09-20", (1, 2)),
        fig("t", 100, "X", "2017-09-20", measure="t"),
    ]
    report = analyse(facts, sums=[_REL])
    # one finding per combination of distinct figures, (10 | 1) x (20 | 2): one group
    (group,) = sum_groups(report.conflicts)
    assert len(group) == 4
    assert all(not c.holds for c in group)


def test_failing_group_text_names_the_closest_and_the_worst() -> None:
    a = SumFinding(
        "t",
        ("a", "b"),
        ("p1", "p2", "t1"),
        30,
        30,
        "X",
        "X",
        "2017-09-20",
        False,
        gap=3.3,
        direction="short",
        by=(70, 70),
    )
    b = SumFinding(
        "t",
        ("a", "b"),
        ("p3", "p4", "t1"),
        3,
        3,
        "X",
        "X",
        "2017-09-20",
        False,
        gap=33.3,
        direction="short",
        by=(97, 97),
    )
    records = {
        "p1": {"claimant": "X", "measure": "a", "value": "10"},
        "p2": {"claimant": "X", "measure": "b", "value": "20"},
        "p3": {"claimant": "X", "measure": "a", "value": "1"},
        "p4": {"claimant": "X", "measure": "b", "value": "2"},
        "t1": {"claimant": "X", "measure": "t", "value": "100"},
    }
    assert sums_text([b, a], records) == (
        "2 parts by X, as of 2017-09-20: 2 combinations of their figures do not meet a total "
        "of their time: closest 10 + 20 = 30, but X: “100”: short by 70, 3.3x; worst 1 + 2 = 3, "
        "but X: “100”: short by 97, 33.3x"
    )


def test_a_holding_line_counts_the_failing_combinations_beside_it() -> None:
    held = SumFinding("t", ("a", "b"), ("p1", "p2", "t1"), 30, 30, "X", "X", None, True)
    bad = SumFinding("t", ("a", "b"), ("p3", "p4", "t1"), 3, 3, "X", "X", None, False, gap=9.0)
    other = SumFinding("t", ("a", "b"), ("q1", "q2", "t1"), 3, 3, "Y", "X", None, False, gap=9.0)
    report = Report((), (), minor=(bad, other), checks=(held,))
    assert (
        failing_text([held], report) == "; 1 other combination does not add up (minor differences)"
    )
    assert failing_text([held], Report((), (), checks=(held,))) == ""


@pytest.mark.parametrize(
    ("sources", "total", "when", "mixed"),
    [
        pytest.param(("s1", "s1"), ("X", None), "2017-09-20", False, id="one-article"),
        pytest.param(("s1", "s2"), ("X", None), "2017-09-20", True, id="two-articles"),
        pytest.param((None, "s2"), ("X", None), "2017-09-20", False, id="a-part-without-source"),
        pytest.param((None, None), ("X", None), "2017-09-20", False, id="no-sources"),
        # the total from another report of the day (time18: a channel's 50 taken to hospital
        # early on the day, against the ambulance service's 68 and 10 of that day)
        pytest.param(("s1", "s1"), ("Y", None), "2017-09-20", True, id="another-claimants-total"),
        pytest.param(("s1", "s1"), ("X", "s2"), "2017-09-20", True, id="own-total-another-report"),
        pytest.param(("s1", "s1"), ("X", "s1"), "2017-09-20", False, id="all-of-one-article"),
        # one time of day is one moment: figures of it are ordered, whoever gave them
        pytest.param(
            ("s1", "s1"), ("Y", None), "2017-09-20T20:00", False, id="one-moment-another-total"
        ),
    ],
)
def test_a_failing_sum_of_figures_from_different_reports_of_one_day(
    sources: tuple, total: tuple, when: str, mixed: bool
) -> None:
    facts = [
        fig("pa", 10, "X", when, measure="a", source=sources[0]),
        fig("pb", 20, "X", when, measure="b", source=sources[1]),
        fig("t", 100, total[0], when, measure="t", source=total[1]),
    ]
    report = analyse(facts, sums=[_REL], cumulative=["t"])
    (finding,) = [c for c in report.conflicts if isinstance(c, SumFinding)]
    assert finding.mixed is mixed
    doc = report_to_json("s", report)
    assert doc["conflicts"][0].get("mixed", False) is mixed
    assert report_json_line("s", report) == json.dumps(doc, ensure_ascii=False)
    # not cumulative: each figure's as_of decides, and sources mix freely
    plain = analyse(facts, sums=[_REL])
    assert not any(getattr(c, "mixed", False) for c in plain.conflicts)


# ---------------------------------------------------------------------------------------------
# The Mexico story through the CLI


@pytest.fixture
def mexico(ct):
    result = ct("import", str(MEXICO))
    assert result.exit_code == 0, result.output
    return ct


def test_mexico_text(mexico) -> None:
    result = mexico("conflicts", SUBJECT)
    assert result.exit_code == 0, result.output
    out = " ".join(result.stdout.split())
    for measure in ("deaths-morelos", "deaths", "deaths-mexico-city"):
        assert f"Disputed figure: {measure} (as of 2017-09-20, order not known)" in out
    assert out.count("all of 2017-09-20 without a time of day") == 3
    # officials' "three" dead in Guerrero is the agency's own "three" of that day passed on,
    # and its "three" and "four" its update: no dispute (time17)
    assert "Disputed figure: deaths-guerrero" not in out
    assert "deaths-guerrero: 2017-09-19: 3 → 2017-09-20: 3 · 4 (order not known)" in out
    assert (
        "Mexico National Civil Protection gives 55 (position 1) and 69 (position 2), both "
        "2017-09-20, order not known: its own update, not a dispute with itself"
    ) in out
    # the agency's alias ("Mexico national civil protection agency") is folded in
    assert "gives 223 (position 1) and 248 (position 2), both 2017-09-20" in out
    held = result.stdout.split("Sums that hold:")[1].split("\n\n")[0]
    lines = " ".join(held.split())
    assert lines.count("deaths:") == 2  # one line for 2017-09-20, one for 2017-09-27
    assert (
        "deaths: 6 parts by Mexico National Civil Protection, as of 2017-09-20: 13 combinations "
        "of their figures sum to 207+ to 247; each meets at least one of “At least 226”, “248”, "
        "“223” (Mexico National Civil Protection)"
    ) in lines
    # its 3 other combinations of that day join Morelos's 55 or 69 (two reports, no time of
    # day) to figures of another report: no finding, said so (time31; minor differences before)
    assert "other combinations do not add up" not in lines
    assert (
        "not checked: deaths = deaths-mexico-city + deaths-morelos + deaths-puebla + "
        "deaths-state-of-mexico + deaths-guerrero + deaths-oaxaca: some figures of Mexico "
        "National Civil Protection: a part given figures materially apart at one time"
    ) in out
    # sums2: the officials' own 232+ against their own 217, every figure a bare count or a
    # bound, is a finding, no longer a minor difference
    assert "Mexican officials: more than 100 + 72 + 43 + twelve + three + one = 232+" in out
    assert out.endswith(
        "3 disputed figures (between figures of unknown order), 1 sum that does not add up "
        "among 54 claims from 11 claimants"
    )


def test_mexico_full_and_json_keep_every_check(mexico) -> None:
    full = mexico("conflicts", SUBJECT, "--full")
    assert full.exit_code == 0, full.output
    held = full.stdout.split("Sums that hold:")[1].split("\n\n")[0]
    doc = json.loads(mexico("conflicts", SUBJECT, "--json").stdout)
    assert len(doc["checks"]) == 26
    assert " ".join(held.split()).count("consistent with") == 26
    figures = [c for c in doc["conflicts"] if c["kind"] == "figure"]
    assert [c["times_ordered"] for c in figures] == [False] * 3
    # the agency's combinations that join reports of the day are no finding (time31), and
    # the relation says so; the officials' own 232+ against 217 is one
    assert [c for c in doc["minor"] if c["kind"] == "sum"] == []
    assert [c.get("mixed") for c in doc["conflicts"] if c["kind"] == "sum"] == [None]
    assert [u["reason"].split(":")[0] for u in doc["unchecked"]] == [
        "some figures of Mexico National Civil Protection"
    ]


def test_mexico_sheet_and_report(mexico, tmp_path) -> None:
    sheet = tmp_path / "mx.csv"
    assert mexico("conflicts", SUBJECT, "--csv", str(sheet)).exit_code == 0
    rows = list(csv.DictReader(io.StringIO(sheet.read_text(encoding="utf-8-sig"))))
    parts = "deaths-mexico-city+deaths-morelos+deaths-puebla+deaths-state-of-mexico"
    assert {r["conflict"] for r in rows} == {
        f"figure:{m}@2017-09-20 (order not known)"
        for m in ("deaths-morelos", "deaths", "deaths-mexico-city")
    } | {f"sum:deaths={parts}+deaths-guerrero+deaths-oaxaca"}
    md = mexico("report", SUBJECT, "-f", "md")
    assert md.exit_code == 0, md.output
    assert "### 1. Disputed figure: deaths-morelos (as of 2017-09-20, order not known)" in md.stdout
    assert "its own update, not a dispute with itself." in md.stdout
    held = md.stdout.split("### Sums that hold")[1].split("###")[0]
    assert held.count("\n- ") == 2


def test_mexico_sums_joining_reports_of_the_day_are_no_finding(mexico) -> None:
    """Before time31, at --min-gap 1 the agency's three combinations of 2017-09-20 were
    findings, one block ("4–6. Sums do not add up ... closest 93 people + 69 + 43 + 13 + three
    deaths + one = 222"): each joined Morelos's 55 or 69, two reports of the day with no time
    of day, to figures of another report. Now they are no finding at any gap; the officials'
    own 232+ against 217 stays finding 4."""
    text = mexico("conflicts", SUBJECT, "--min-gap", "1")
    out = " ".join(text.stdout.split())
    assert "4. Sum does not add up: deaths =" in out
    assert "Sums do not add up" not in out
    assert "Mexican officials: more than 100 + 72 + 43 + twelve + three + one = 232+" in out
    doc = json.loads(mexico("conflicts", SUBJECT, "--min-gap", "1", "--json").stdout)
    assert [c["kind"] for c in doc["conflicts"]].count("sum") == 1


# ---------------------------------------------------------------------------------------------
# A figure its own quote says was revised away


@pytest.mark.parametrize(
    ("value", "quote", "said"),
    [
        (
            "248",
            "The Mexican Civil Defense Agency revised the death toll downward from 248 without "
            "explanation early Wednesday.",
            "revised the death toll downward from 248",
        ),
        ("49", "The toll in the capital rose from 49 to 93.", "rose from 49"),
        (
            "1,250",
            "Officials lowered the count from an earlier figure of 1,250.",
            "lowered the count from an earlier figure of 1,250",
        ),
        ("93", "The toll in the capital rose from 49 to 93.", None),  # the later figure
        ("248", "The agency revised its toll downward from 2480.", None),  # another number
        ("248", "The toll went down from 248.5 to 200.", None),
        ("300", "People fled from 300 homes.", None),  # no word of change
        ("3,958", "The number stands at 3,958, OCHA said in a revised report.", None),
        (
            "223",
            "Officials now count 223 dead, a reduction of two from the figure they gave.",
            None,
        ),
        ("", "revised down from 248", None),
    ],
)
def test_revised_from(value: str, quote: str, said: str | None) -> None:
    record = {"kind": "figure", "value": value, "quote": quote}
    assert revised_from(record) == said


def test_revised_from_is_never_a_stance() -> None:
    assert revised_from({"kind": "stance", "value": "248", "quote": "revised from 248"}) is None


@given(st.text(max_size=80), st.text(min_size=1, max_size=8))
def test_revised_from_returns_words_of_the_quote(quote: str, value: str) -> None:
    found = revised_from({"kind": "figure", "value": value, "quote": quote})
    assert found is None or (found in quote and found.endswith(value))


def test_mexico_names_the_revised_248(mexico) -> None:
    out = " ".join(mexico("conflicts", SUBJECT).stdout.split())
    assert (
        "“248” (Mexico National Civil Protection): its quote says the count was revised from it "
        "(“revised the death toll downward from 248”): an earlier figure, to be dated (--as-of) "
        "before the one that replaced it"
    ) in out


@pytest.mark.parametrize(
    ("facts", "lines"),
    [
        pytest.param(  # a rise of one claimant's count: a change, no line
            [fig("a", 10, "A", "2017-09-19"), fig("b", 30, "A", "2017-09-21")],
            [],
            id="a-rise-only",
        ),
        pytest.param(  # a later, lower estimate of another: the steps are the dispute
            [fig("a", 500, "A", "2017-09-19"), fig("b", 50, "B", "2017-09-21"),
             fig("c", 600, "A", "2017-09-25")],
            ["deaths: its figures of 2017-09-19, 2017-09-21 are disputed (finding 1): read "
             "them there, not as the count changing"],
            id="a-fall-between-claimants",
        ),
        pytest.param(  # two figures of one day apart, then a rise
            [fig("a", 16, "Government", "2017-10-03"), fig("b", 100, "Critic", "2017-10-03"),
             fig("c", 300, "Government", "2017-12-01")],
            ["deaths: its figures of 2017-10-03 are disputed (finding 1): read them there, "
             "not as the count changing"],
            id="one-disputed-day-in-a-rise",
        ),
    ],
)  # fmt: skip
def test_changes_over_time_name_the_times_whose_figures_are_disputed(
    facts: list[Fact], lines: list[str]
) -> None:
    from claimtrack.report import disputed_in_changes

    report = analyse(facts, cumulative=["deaths"])
    assert report.changes
    assert disputed_in_changes(report) == lines
