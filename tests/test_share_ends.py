"""Shares at the ends of their scale (audit of round 11): a share's rounding never carries it
past the whole ("100%" is all, not 95-105%), so "95%" against "100%" is no longer a silent
agreement; docs/figures.md "Rounding" and docs/conflicts.md rule 6 ("Shares")."""

from __future__ import annotations

import json

import pytest

from claimtrack.conflicts import Fact, FigureConflict, analyse
from claimtrack.quantities import parse_figure


@pytest.mark.parametrize(
    ("text", "low", "high", "rounding"),
    [
        ("100%", 100, 100, 0),
        ("100 percent of the ballots", 100, 100, 0),
        ("100.0%", 100, 100, 0),
        ("90%", 90, 90, 4.5),  # 85.5-94.5: within the whole, unchanged
        ("50%", 50, 50, 2.5),
        ("nearly 100%", 90, 100, 0),  # a hedge was already held at the whole
    ],
)
def test_a_shares_rounding_stops_at_the_whole(text, low, high, rounding) -> None:
    fig = parse_figure(text)
    assert (fig.low, fig.high, fig.rounding) == (low, high, rounding)
    assert fig.high + fig.rounding <= 100


def _add(ct, claimant: str, value: str) -> None:
    result = ct(
        "add", "turnout", "--claimant", claimant, "--quote", f"Turnout was {value}.",
        "--figure", value, "--measure", "turnout", "--new", "--said-on", "2024-06-01",
    )  # fmt: skip
    assert result.exit_code == 0, result.output


# (one share, the other, disputed?, minor?): a share of 100% keeps the plain ratio
_PAIRS = [
    ("95%", "100%", False, True),  # was neither: 100% read as 95-105% agreed with 95%
    ("99%", "100%", False, True),
    ("90%", "100%", True, False),  # 85.5-94.5 against 100: 1.1x as said
    ("95%", "96%", True, False),  # 5% against 4% not voting: 1.25x on the smaller side
    ("95.4%", "95.6%", False, True),  # 4.6% against 4.4%: 1.05x
]


@pytest.mark.parametrize(("a", "b", "disputed", "minor"), _PAIRS)
def test_shares_at_the_top_are_disputed_or_listed_never_silent(ct, a, b, disputed, minor):
    _add(ct, "Commission", a)
    _add(ct, "Observers", b)
    result = ct("conflicts", "turnout", "--json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    figures = [c for c in doc["conflicts"] if c["kind"] == "figure"]
    minors = [c for c in doc["minor"] if c["kind"] == "figure"]
    assert (bool(figures), bool(minors)) == (disputed, minor), result.stdout


def test_verify_readings_lists_a_100_percent_stored_as_95_to_105(ct, empty_db) -> None:
    import sqlite3

    _add(ct, "Commission", "100%")
    with sqlite3.connect(empty_db) as db:  # as an older version stored it: rounding 5
        db.execute("UPDATE claims SET rounding = 5, base_rounding = 5")
    result = ct("verify", "--readings", "--json")
    assert result.exit_code == 3, result.output
    (finding,) = json.loads(result.stdout)["claims"]
    assert finding["status"] == "differs"
    assert (finding["stored"]["rounding"], finding["today"]["rounding"]) == (5, 0)


def _share(id_: str, low: float, high: float | None, who: str) -> Fact:
    return Fact(
        id_, who, "figure", "turnout", low, high, None, None, None, "active", None,
        "share", 0, None, None,
    )  # fmt: skip


# (the first share's bounds, the second's, disputed?, the dispute's severity): an interval
# that reaches the whole ("more than 90%": 90-100) is cored at its lower bound, as "fewer than
# 10%" (0-10) is at its upper one, so its smaller side is 10%, not the middle's 5%
_HEDGED = [
    # (a severity is the nearest bounds' ratio, 90 / 80 here, unless under 1.1: then the
    # smaller side's, to one decimal)
    ((90, 100), (80, 80), True, 1.1),
    ((99, 100), (98, 98), True, 2.0),  # "over 99%" against "98%": was 4x
    ((80, 100), (75, 75), True, 1.3),  # 20% against 25%, as 81% against 75% is: was minor
    ((80, 100), (79, 79), False, None),  # 20% against 21%: minor
    ((0, 10), (20, 20), True, 2.0),  # "fewer than 10%" against "20%", as before
    ((90, 100), (10, 10), True, 9.0),  # across the middle: 90 against 10
]


@pytest.mark.parametrize(("a", "b", "disputed", "severity"), _HEDGED)
def test_a_share_reaching_the_whole_is_judged_by_its_bound(a, b, disputed, severity) -> None:
    report = analyse([_share("a", *a, "EC"), _share("b", *b, "NGO")])
    figures = [c for c in report.conflicts if isinstance(c, FigureConflict)]
    assert bool(figures) is disputed
    if disputed:
        assert figures[0].severity == pytest.approx(severity, abs=0.01)
    else:
        assert [c for c in report.minor if isinstance(c, FigureConflict)]
