"""The engine's output on 600 synthetic subjects at four materiality ratios is exactly what it
was when recorded (tests/engine_golden.py): optimisations of ``analyse`` and ``report_to_json``
must not change a byte of any report."""

from __future__ import annotations

import json

import pytest

import engine_golden


@pytest.mark.parametrize("min_gap", engine_golden.MIN_GAPS)
def test_reports_are_the_recorded_ones(min_gap: float) -> None:
    recorded = json.loads(engine_golden.GOLDEN.read_text(encoding="utf-8"))[str(min_gap)]
    found = engine_golden.digests_at(min_gap)
    assert len(found) == len(recorded)
    changed = [
        f"subject-{i}" for i, (a, b) in enumerate(zip(found, recorded, strict=True)) if a != b
    ]
    assert not changed, f"{len(changed)} reports differ: {changed[:10]}"


def test_the_subjects_reach_every_kind_of_finding() -> None:
    kinds = set()
    for doc in engine_golden.documents(1.5):
        d = json.loads(doc)
        for group in ("conflicts", "minor", "checks"):
            kinds.update((group, c["kind"]) for c in d[group])
        kinds.update(("incomparable", "-") for _ in d["incomparable"])
        kinds.update(("changes", "-") for _ in d["changes"])
        kinds.update(
            ("relaying", c["kind"])
            for c in d["conflicts"]
            if any("relaying" in p for p in c.get("positions", ()))
        )
    assert kinds >= {
        ("conflicts", "figure"),
        ("conflicts", "revision"),
        ("conflicts", "sum"),
        ("conflicts", "stance"),
        ("conflicts", "reversal"),
        ("minor", "figure"),
        ("minor", "reversal"),
        ("checks", "sum"),
        ("incomparable", "-"),
        ("changes", "-"),
        ("relaying", "figure"),
        ("relaying", "stance"),
    }
