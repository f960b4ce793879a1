"""bench/peer_duckdb.py (issue 28's DuckDB peer) and its budget in bench/budgets.py: the counts
read from claimtrack's document, their comparison, the skip without duckdb, the budget's line."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import budgets  # noqa: E402
import peer_duckdb as peer  # noqa: E402


def _doc(*findings: tuple[str, dict[str, Any]], subject: str = "s") -> dict[str, Any]:
    item: dict[str, Any] = {"subject": subject, "conflicts": [], "minor": []}
    for where, finding in findings:
        item[where].append(finding)
    return {"subjects": [item], "checked": 1}


FIG = {"kind": "figure", "measure": "trucks"}
RUN = {"kind": "figure", "measure": "people-killed"}


@pytest.mark.parametrize(
    ("findings", "counts"),
    [
        ([], None),  # a subject with no finding of the four kinds is not listed
        ([("conflicts", FIG)], (1, 0, 0, 0, 0, 0)),
        ([("minor", FIG)], (1, 0, 0, 0, 0, 0)),  # materiality only sorts: minor counts too
        ([("conflicts", RUN)], (0, 0, 1, 0, 0, 0)),  # a running count's (rule 9) kept apart
        ([("conflicts", {"kind": "figure", "measure": "killed_total"})], (0, 0, 1, 0, 0, 0)),
        ([("conflicts", {"kind": "reversal", "measure": "trucks"})], (0, 1, 0, 0, 0, 0)),
        ([("minor", {"kind": "reversal", "measure": "deaths"})], (0, 0, 0, 1, 0, 0)),
        ([("conflicts", {"kind": "stance", "proposition": "p"})], (0, 0, 0, 0, 1, 0)),
        ([("conflicts", {"kind": "reversal", "proposition": "p"})], (0, 0, 0, 0, 0, 1)),
        # what the query does not count: revisions, sums, walk-backs
        ([("conflicts", {"kind": "revision", "measure": "deaths"})], None),
        ([("conflicts", {"kind": "sum", "measure": "t"})], None),
        ([("conflicts", {"kind": "walk-back", "proposition": "p"})], None),
        ([("conflicts", FIG), ("conflicts", FIG), ("minor", RUN)], (2, 0, 1, 0, 0, 0)),
    ],
)
def test_claimtrack_counts(findings: list[tuple[str, dict[str, Any]]], counts: Any) -> None:
    got = peer.claimtrack_counts(_doc(*findings))
    assert got == ({} if counts is None else {"s": counts})


def test_running_words_are_the_engines() -> None:
    from claimtrack.conflicts.timing import _RUNNING

    assert set(peer.RUNNING_WORDS) == set(_RUNNING)


def test_compare_names_the_subjects_that_differ() -> None:
    ours = {"a": (1, 0, 0, 0, 2, 0), "b": (0, 0, 0, 0, 1, 0)}
    theirs = {"a": (1, 0, 0, 0, 1, 0), "c": (0, 0, 0, 0, 1, 0)}
    lines = peer.compare(ours, theirs)
    assert lines[0] == (
        "figures           claimtrack        1  duckdb        1  subjects differing     0"
    )
    assert lines[4] == (
        "propositions      claimtrack        2  duckdb        3  subjects differing     3 (a, b, c)"
    )


def test_without_duckdb_it_says_so(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    monkeypatch.setitem(sys.modules, "duckdb", None)  # import duckdb raises ImportError
    assert peer.load_duckdb() is None
    assert capsys.readouterr().err.startswith("skipped: duckdb is not installed here")


def _result(ratio: float, n: int = 1_000_000) -> dict[str, Any]:
    run = {"median_s": 3.0, "cpu_s": 5.0, "peak_mb": 90.0}
    return {
        "conflicts": {
            str(n): {
                "subject": "big-subject",
                "subject_claims": 10_000,
                "subject_run": {"median_s": 0.2},
                "all_run": run,
                "all_duckdb_run": {"median_s": 2.0, "cpu_s": 1.5},
                "all_vs_duckdb": ratio,
            }
        }
    }


@pytest.mark.parametrize(("ratio", "met"), [(1.4, True), (1.5, True), (1.51, False), (2.4, False)])
def test_the_budget_against_duckdb(ratio: float, met: bool) -> None:
    rows = [r for r in budgets.evaluate(_result(ratio)) if "DuckDB" in r["budget"]]
    assert len(rows) == 1
    assert rows[0]["met"] is met
    assert rows[0]["target"] == "<= 1.5x DuckDB (2.00 s) at 1,000,000"
    assert rows[0]["measured"].startswith(f"3.00 s = {ratio:.2f}x (median of per-pair ratios")


def test_no_budget_line_without_duckdb() -> None:
    res = _result(1.0)
    for key in ("all_duckdb_run", "all_vs_duckdb"):
        del res["conflicts"]["1000000"][key]
    assert not [r for r in budgets.evaluate(res) if "DuckDB" in r["budget"]]
