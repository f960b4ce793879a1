"""Findings that set a forecast beside the figures of a moment, over the engine's synthetic
subjects (tests/engine_golden.py's generators, every ratio of its golden).

A forecast is a figure stated (said_on, else reported_on) surely before its as_of
(docs/conflicts.md, rule 2). A finding pairs one with an outturn when it holds a forecast and
a figure that is no forecast of the same moment (its outturn, a figure of another moment or
with no as_of, a forecast of another moment): a dispute or minor difference (its echoes,
told as the claims they pass on, aside), a fall inside a dispute, a revision, a sum, a
reversal; a change over time pairs them when a forecast is one of its points (a step of the
course). Disputes among the forecasts of one moment, and a forecaster's own forecasts of one
moment (the forecast revised), pair nothing.

    python bench/forecast_pairs.py            # counts by kind, then the first few of each
    PYTHONPATH=/path/to/other/src python bench/forecast_pairs.py   # another engine (before)
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from claimtrack.conflicts import (
    Fact,
    FigureConflict,
    Reversal,
    Revision,
    SumFinding,
    analyse,
)
from engine_golden import MIN_GAPS, subjects


def _forecast(f: Fact) -> str | None:
    """The moment ``f`` forecasts (rule 2's "stated surely before"), else None."""
    stated = f.said_on or f.reported_on
    a = f.as_of
    if a and stated and stated < a and not a.startswith(stated):
        return a
    return None


def _claims(c: Any) -> list[str]:
    if isinstance(c, FigureConflict):  # an echo is the claim it passes on, no figure of its own
        echoes = {e for p in c.positions for e, _ in p.relaying}
        return [i for p in c.positions for i in p.claims if i not in echoes]
    return list(getattr(c, "claims", ()))  # (a disputed proposition: stances, no figure)


def _kind(c: Any) -> str:
    if isinstance(c, FigureConflict):
        return "dispute"
    if isinstance(c, Revision):
        return "revision"
    if isinstance(c, SumFinding):
        return "sum"
    if isinstance(c, Reversal):
        return "reversal"
    return type(c).__name__


def _pairs(ids: list[str], moment: dict[str, str | None]) -> bool:
    """Whether claims ``ids`` hold a forecast and a figure that is no forecast of its moment."""
    known = [i for i in ids if i in moment]  # figures (stances and relays of none aside)
    ahead = {moment[i] for i in known if moment[i] is not None}
    if not ahead:
        return False
    return len(ahead) > 1 or any(moment[i] is None for i in known)


def search() -> tuple[Counter[str], dict[str, list[str]]]:
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    for min_gap in MIN_GAPS:
        for name, facts, cumulative, sums in subjects():
            moment = {f.id: _forecast(f) for f in facts if f.kind == "figure"}
            if not any(moment.values()):
                continue
            report = analyse(facts, min_gap=min_gap, cumulative=cumulative, sums=sums)
            found: list[tuple[str, list[str]]] = []
            for bucket, items in (("", report.conflicts), ("minor ", report.minor)):
                for c in items:
                    found.append((bucket + _kind(c), _claims(c)))
                    for fall in getattr(c, "falls", ()):
                        found.append((bucket + "fall in a dispute", list(fall.claims)))
            for s in report.checks:
                found.append(("sum that holds", list(s.claims)))
            for ch in report.changes:
                for p in ch.points:
                    if any(moment.get(i) for i in p.claims):  # a forecast as a step
                        found.append(("change point", [*p.claims, "~outturn"]))
            for kind, ids in found:
                if "~outturn" in ids or _pairs(ids, moment):
                    counts[kind] += 1
                    examples.setdefault(kind, []).append(
                        f"{name} (ratio {min_gap}): " + ", ".join(i for i in ids if i[0] != "~")
                    )
    return counts, examples


def main() -> None:
    counts, examples = search()
    print(f"findings pairing a forecast with the figures of a moment: {sum(counts.values())}")
    for kind, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {kind}: {n}")
    for kind in sorted(examples):
        print(f"{kind}, first 3:")
        for line in examples[kind][:3]:
            print(f"  {line}")


if __name__ == "__main__":
    main()
