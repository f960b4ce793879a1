"""fixes13: a measure whose name does not say whether it counts the moment or so far
("hospitalised": in hospital now, or ever admitted). Not marked cumulative, a fall is no
running count's revision nor a claimant's reversal: it is read as a count of the moment, and
the note says that the name leaves it open and how to mark it. docs/conflicts.md, rule 9, "A
name that leaves it open"."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack.conflicts import Fact, FigureConflict, Reversal, Revision, analyse, report_to_json
from claimtrack.conflicts.timing import either_name
from claimtrack.hints import moment_note


def _fig(id_: str, claimant: str, low: int, measure: str, said_on: str) -> Fact:
    return Fact(
        id_, claimant, "figure", measure, low, low, None, None, said_on, "active",
        None, "count", 0, None,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("measure", "either"),
    [
        ("hospitalised", True),
        ("people-hospitalised", True),
        ("hospitalized", True),
        ("quarantined_travellers", True),
        # the name says which
        ("currently-hospitalised", False),
        ("hospitalised-now", False),
        ("people-in-hospital", False),
        ("hospitalised-so-far", False),  # (no count of the moment at all: "so", "far")
        ("total-hospitalised", False),
        ("deaths", False),
        ("hospital-admissions", False),
    ],
)
def test_which_names_leave_it_open(measure: str, either: bool) -> None:
    assert either_name(measure) is either


@pytest.mark.parametrize(
    ("measure", "claimants", "moment"),
    [
        # one claimant's own fall, two claimants' figures of other days: a change over time
        ("hospitalised", ("Ministry", "Ministry"), True),
        ("people-hospitalised", ("Ministry", "Red Cross"), True),
        ("hospitalized", ("Ministry", "Ministry"), True),
        # a name that says it is a count so far keeps its dispute (and reversal)
        ("total-hospitalised", ("Ministry", "Ministry"), False),
        ("hospitalised-so-far", ("Ministry", "Red Cross"), False),
        ("hospitalised-rescued", ("Ministry", "Ministry"), False),  # another word in -ed
    ],
)
def test_a_fall_on_a_name_that_leaves_it_open(measure, claimants, moment) -> None:
    report = analyse(
        [
            _fig("a", claimants[0], 420, measure, "2025-07-14"),
            _fig("b", claimants[1], 260, measure, "2025-07-18"),
        ]
    )
    assert (report.moments == (measure,)) is moment
    found = [c for c in report.conflicts if isinstance(c, FigureConflict | Reversal)]
    assert (not found) is moment
    if moment:
        assert [(ch.measure, len(ch.points)) for ch in report.changes] == [(measure, 2)]
        assert report_to_json("s", report)["hints"] == [
            {"measure": measure, "hint": "moment-or-running"}
        ]


def test_figures_of_one_day_apart_are_still_a_dispute() -> None:
    report = analyse(
        [
            _fig("a", "Ministry", 420, "hospitalised", "2025-07-14"),
            _fig("b", "Red Cross", 260, "hospitalised", "2025-07-14"),
            _fig("c", "Ministry", 300, "hospitalised", "2025-07-18"),
        ]
    )
    assert report.moments == ("hospitalised",)
    disputes = [c for c in report.conflicts if isinstance(c, FigureConflict)]
    assert [c.as_of for c in disputes] == ["2025-07-14"]


def test_a_rise_keeps_the_hint_to_mark_it_cumulative() -> None:
    report = analyse(
        [
            _fig("a", "Ministry", 260, "hospitalised", "2025-07-14"),
            _fig("b", "Ministry", 420, "hospitalised", "2025-07-18"),
        ]
    )
    assert report.unmarked == ("hospitalised",) and report.moments == ()


def test_marked_cumulative_a_fall_is_a_revision() -> None:
    report = analyse(
        [
            _fig("a", "Ministry", 420, "hospitalised", "2025-07-14"),
            _fig("b", "Ministry", 260, "hospitalised", "2025-07-18"),
        ],
        cumulative=frozenset({"hospitalised"}),
    )
    assert [type(c) for c in report.conflicts] == [Revision]
    assert report.moments == ()


def test_the_note_says_the_name_leaves_it_open() -> None:
    note = moment_note("hospitalised", "heat-wave")
    assert note.startswith("hospitalised: the name does not say whether it counts")
    assert "mark it (claimtrack measure heat-wave hospitalised --cumulative)" in note
    assert moment_note("missing").startswith("missing: it reads like a count of the moment")


def test_the_cli_says_it(ct) -> None:
    imported = ct("import", str(Path(__file__).parent / "fixtures" / "fixes13.jsonl"))
    assert imported.exit_code == 0, imported.output
    got = ct("conflicts", "heat-wave")
    assert got.exit_code == 0, got.output
    text = " ".join(got.output.split())
    assert "No conflicts among 2 claims from 1 claimant" in text
    assert "hospitalised: the name does not say whether it counts" in text
    assert "hospitalised: 2025-07-14: 415–425 → 2025-07-18: 255–265" in text
    assert "Reversal" not in text
