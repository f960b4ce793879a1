"""What `conflicts SUBJECT` pays for beside the engine (issue 28, perf30): the hints under its
findings read only the record fields they need (``hints.HINT_FIELDS``), and one subject's report
is made and shown with the cyclic collector paused, which is back as it was afterwards."""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from claimtrack.conflicts import Fact, analyse
from claimtrack.hints import HINT_FIELDS, json_finding_hints


class _Watched(Mapping[str, Any]):
    """A record that notes every field read of it."""

    def __init__(self, record: dict[str, Any], seen: set[str]) -> None:
        self._record, self._seen = record, seen

    def __getitem__(self, key: str) -> Any:
        self._seen.add(key)
        return self._record[key]

    def get(self, key: str, default: Any = None) -> Any:
        self._seen.add(key)
        return self._record.get(key, default)

    def __iter__(self) -> Iterator[str]:
        raise AssertionError("the hints walk no record's fields")

    def __len__(self) -> int:
        return len(self._record)


def _fig(cid: str, who: str, measure: str, low: int, said: str | None, reported: str | None):
    return Fact(cid, who, "figure", measure, low, low, None, None, said, "active", reported)


# a cumulative toll said on two dates, a running count not marked that rose over three dates
# (one of them a month, one only reported), and a count with no dates at all
_FACTS = [
    _fig("a1", "Police", "deaths", 100, "2024-01-01", None),
    _fig("a2", "Paper", "deaths", 30, "2024-01-03", None),
    _fig("b1", "Government", "injured", 89, "2019-03-18", None),
    _fig("b2", "Ministry", "injured", 139, None, "2019-03"),
    _fig("b3", "Sputnik", "injured", 104, "2019-03-23", "2019-03-24"),
    _fig("b4", "Government", "injured", 344, "2019-04-11", None),
    _fig("c1", "Mayor", "killed", 4, None, None),
    _fig("c2", "Union", "killed", 40, None, None),
]


@pytest.mark.parametrize("cumulative", [(), ("deaths",), ("deaths", "injured")])
def test_the_hints_read_only_their_fields(cumulative: tuple[str, ...]) -> None:
    report = analyse(_FACTS, cumulative=cumulative)
    whole = {
        f.id: {
            "id": f.id, "subject": "s", "claimant": f.claimant, "kind": "figure",
            "measure": f.topic, "value": str(f.low), "low": f.low, "high": f.high,
            **({"said_on": f.said_on} if f.said_on else {}),
            **({"reported_on": f.reported_on} if f.reported_on else {}),
            "quote": f"{f.low} people, {f.claimant} said",
        }
        for f in _FACTS
    }  # fmt: skip
    seen: set[str] = set()
    watched = {cid: _Watched(r, seen) for cid, r in whole.items()}
    hints = json_finding_hints(report, watched)
    assert bool(hints) is bool(cumulative)  # the fields of hints raised and not raised
    assert seen and seen <= set(HINT_FIELDS)
    only = {cid: {k: r[k] for k in HINT_FIELDS if k in r} for cid, r in whole.items()}
    assert json_finding_hints(report, only) == hints


def _toll(tmp_path: Path) -> Path:
    path = tmp_path / "toll.jsonl"
    rows: list[dict[str, Any]] = [
        {"record": "measure", "subject": "quake", "measure": "deaths", "cumulative": True}
    ]
    for cid, who, value, said in (("q1", "Police", "100", "2024-01-01"),
                                  ("q2", "Paper", "30", "2024-01-03"),
                                  ("q3", "Agency", "35", "2024-01-04")):  # fmt: skip
        rows.append({
            "id": cid, "subject": "quake", "claimant": who, "kind": "figure", "measure": "deaths",
            "value": value, "said_on": said, "quote": f"{value} people died, {who} said",
        })  # fmt: skip
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.mark.parametrize("args", [["--json"], [], ["--csv", "-"]])
def test_one_subject_is_checked_with_the_collector_paused(
    tmp_path: Path, ct: Callable[..., Any], monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    ct("import", str(_toll(tmp_path)))
    import claimtrack.conflicts as engine

    states: list[bool] = []
    real = engine.analyse

    def watched(*a: Any, **k: Any) -> Any:
        states.append(gc.isenabled())
        return real(*a, **k)

    monkeypatch.setattr(engine, "analyse", watched)
    assert gc.isenabled()
    result = ct("conflicts", "quake", *args)
    assert result.exit_code == 0, result.output
    assert states == [False]
    assert gc.isenabled()  # back as it was
    if args == ["--json"]:
        assert json.loads(result.output)["hints"] == [
            {"measure": "deaths", "hint": "each-figure-at-its-time", "finding": 1}
        ]


def test_every_subject_is_checked_with_the_collector_as_it_was(
    tmp_path: Path, ct: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--all` streams its subjects from the whole table: the collector stays on."""
    ct("import", str(_toll(tmp_path)))
    import claimtrack.conflicts as engine

    states: list[bool] = []
    real = engine.analyse

    def watched(*a: Any, **k: Any) -> Any:
        states.append(gc.isenabled())
        return real(*a, **k)

    monkeypatch.setattr(engine, "analyse", watched)
    assert ct("conflicts", "--all").exit_code == 0
    assert states == [True]


def test_a_refused_subject_leaves_the_collector_on(ct: Callable[..., Any]) -> None:
    result = ct("conflicts", "no-such-subject", "--json")
    assert result.exit_code != 0
    assert gc.isenabled()


def test_one_subjects_hints_read_its_facts_not_its_records_again(
    tmp_path: Path, ct: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """perf34: the hints under one subject's findings read the dates and bounds of the facts
    it was checked on (``hints.dated``), as --all --json's lines do, where they queried the
    claims' records again by id: no records are read, and the hints are --all's."""
    ct("import", str(_toll(tmp_path)))
    from claimtrack.store import Store

    every = json.loads(ct("conflicts", "--all", "--json").output)["subjects"]
    real = Store.claims

    def no_records(self: Store, *a: Any, **k: Any) -> Any:
        if "ids" in k:
            raise AssertionError("the hints read the records of their claims again")
        return real(self, *a, **k)

    monkeypatch.setattr(Store, "claims", no_records)
    result = ct("conflicts", "quake", "--json")
    assert result.exit_code == 0, result.output
    hints = json.loads(result.output)["hints"]
    assert hints == [{"measure": "deaths", "hint": "each-figure-at-its-time", "finding": 1}]
    assert [s["hints"] for s in every if s["subject"] == "quake"] == [hints]


def test_one_subjects_check_reads_only_its_own_claims_sources(
    tmp_path: Path, ct: Callable[..., Any]
) -> None:
    """Session 46: one subject's facts took the source (article) of every claim in the
    database that has one (2 s of a 10,000-claim subject's 2.1 s at 1M claims, where imports
    now register a page for each address); now only its own claims' sources, with the same
    findings: two figures of one claimant on one page are one statement, never a reversal."""
    lines = []
    for k in range(3):  # other subjects, each claim on a page of its own
        lines.append({"id": f"o{k}", "subject": f"other-{k}", "kind": "figure",
                      "measure": "deaths", "claimant": "Police", "value": "4",
                      "quote": "4 died", "url": f"https://paper.example/{k}",
                      "outlet": "Paper"})  # fmt: skip
    for cid, value in (("q1", "40"), ("q2", "about 40")):
        lines.append({"id": cid, "subject": "quake", "kind": "figure", "measure": "deaths",
                      "claimant": "Police", "value": value, "quote": f"{value} died",
                      "url": "https://paper.example/q", "outlet": "Paper"})  # fmt: skip
    path = tmp_path / "s.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    assert ct("import", str(path)).exit_code == 0
    from claimtrack.store import Store

    store = Store.open(tmp_path / "empty.db")
    try:
        facts = store.facts("quake")
        assert (
            sorted((f.id, f.source) for f in facts)
            == [("q1", facts[0].source), ("q2", facts[0].source)]
            and facts[0].source is not None
        )
        seen: list[str] = []
        store.conn.set_trace_callback(seen.append)
        store.facts("quake")
        store.conn.set_trace_callback(None)
    finally:
        store.close()
    reads = [q for q in seen if "source IS NOT NULL" in q]
    assert reads and all("subject = " in q for q in reads), reads
