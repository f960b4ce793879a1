"""Synthetic subjects for the engine's golden-output test (tests/test_engine_golden.py).

Deterministic for a seed (``random.Random.random`` only, whose sequence Python keeps stable),
and shaped to reach every path of ``analyse``: dated, undated and unbounded figures, round
numbers, several dimensions on one measure, claimants who reverse themselves (with spellings
that fold to one key, and non-ASCII names), relayed claims and chains of relays, retracted
claims, stances, cumulative measures and sum relations.

    python tests/engine_golden.py --write   # re-record tests/snapshots/engine-golden.json

Re-record only when the engine's output is meant to change, and say so in the commit.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from collections.abc import Iterator
from itertools import chain
from pathlib import Path
from typing import Any

from claimtrack.conflicts import Fact, Report, SumRelation, analyse, report_to_json

GOLDEN = Path(__file__).parent / "snapshots" / "engine-golden.json"
SEED = 18
SUBJECTS = 660  # the last 60 of shares only (``_SHARE_SUBJECTS``, their own random sequence)
_SHARE_SUBJECTS = 60
MIN_GAPS = (1, 1.1, 1.5, 3)

_CLAIMANTS = (
    "AFP",
    "afp",
    "A.F.P.",
    "Reuters",
    "BBC",
    "SOHR",
    "Syrian Observatory",
    "ÖRF Berichte",
    "Ministère de la Santé",
    "witness 1",
    "Witness 1",
    "UN OCHA",
)
_DATES = (None, None, "2023", "2023-09", "2023-09-14", "2023-09-20", "2023-10", "2024-01-02")
_DIMENSIONS = ("count", "count", "count", "length", "currency:USD", "currency:EUR")
_VALUES = (0, 1, 2.5, 9, 10, 11, 12, 50, 95, 100, 110, 120, 250, 300, 1000, 1099, 1100, 4000)
# shares, judged on their smaller side (docs/conflicts.md, rule 6); 100 and more: no proportion
_SHARES = (
    ("share",),
    (0, 2.5, 10, 20, 45, 50, 52, 60.96, 66.14, 66.71, 69.43, 70, 95, 99, 100, 150),
)


def _pick(rng: random.Random, seq: tuple[Any, ...]) -> Any:
    return seq[int(rng.random() * len(seq))]


def subject(
    rng: random.Random,
    n: int,
    dimensions: tuple[str, ...] = _DIMENSIONS,
    values: tuple[float, ...] = _VALUES,
    scale: int = 3,
) -> tuple[list[Fact], set[str], list[SumRelation]]:
    """One subject: its facts, cumulative measures and sum relations (figures in one of
    ``dimensions``, of one of ``values`` times 1 to ``scale``)."""
    measures = [f"m{i}" for i in range(1 + int(rng.random() * 4))]
    props = [f"p{i}" for i in range(1 + int(rng.random() * 3))]
    claimants = [_pick(rng, _CLAIMANTS) for _ in range(2 + int(rng.random() * 6))]
    dim_of = {m: _pick(rng, dimensions) for m in measures}
    facts: list[Fact] = []
    for i in range(2 + int(rng.random() * n)):
        cid = f"s-{i}"
        who = _pick(rng, tuple(claimants))
        said = _pick(rng, _DATES)
        reported = _pick(rng, _DATES) if rng.random() < 0.4 else None
        status = "retracted" if rng.random() < 0.05 else "active"
        relays = None
        if facts and rng.random() < 0.12:
            relays = facts[int(rng.random() * len(facts))].id
        elif rng.random() < 0.02:
            relays = f"s-{i + 1}"  # forwards, or to nothing: chains, cycles, dangling
        if rng.random() < 0.65:
            m = _pick(rng, tuple(measures))
            dim = dim_of[m] if rng.random() < 0.93 else _pick(rng, dimensions)
            low = _pick(rng, values) * (1 + int(rng.random() * scale))
            r = rng.random()
            high: float | None = low if r < 0.6 else (None if r < 0.7 else low * 1.2 + 1)
            if high is not None and rng.random() < 0.05:
                low, high = high, low  # stored reversed: the engine swaps them
            rounding = _pick(rng, (0, 0, 0, 0.5, 1, 10, 50))
            facts.append(
                Fact(
                    cid,
                    who,
                    "figure",
                    m,
                    low,
                    high,
                    None,
                    _pick(rng, _DATES),
                    said,
                    status,
                    reported,
                    dim,
                    rounding,
                    relays,
                )
            )
        else:
            side = _pick(rng, ("affirms", "denies", "affirms", "denies", "unclear"))
            facts.append(
                Fact(
                    cid,
                    who,
                    "stance",
                    _pick(rng, tuple(props)),
                    None,
                    None,
                    side,
                    None,
                    said,
                    status,
                    reported,
                    "count",
                    0,
                    relays,
                )
            )
    cumulative = {m for m in measures if rng.random() < 0.3}
    sums = []
    if len(measures) >= 3 and rng.random() < 0.5:
        sums.append(SumRelation(measures[0], tuple(measures[1:])))
    return facts, cumulative, sums


def subjects() -> Iterator[tuple[str, list[Fact], set[str], list[SumRelation]]]:
    """(name, facts, cumulative measures, sum relations) of each synthetic subject, in order."""
    rng = random.Random(SEED)
    shares = random.Random(SEED + 1)
    for k in range(SUBJECTS):
        if k < SUBJECTS - _SHARE_SUBJECTS:
            facts, cumulative, sums = subject(rng, 6 if k % 3 else 40)
        else:
            facts, cumulative, sums = subject(shares, 6 if k % 3 else 40, *_SHARES, scale=1)
        yield f"subject-{k}", facts, cumulative, sums


def reports(min_gap: float) -> Iterator[tuple[str, Report]]:
    """(name, report) of each synthetic subject, in order."""
    for name, facts, cumulative, sums in subjects():
        yield name, analyse(facts, min_gap=min_gap, cumulative=cumulative, sums=sums)


# Speakers given for the synthetic claims (``graded``): titles, a named person, and claimants
_SPEAKERS = ("spokesman", "Rima Haddad", "Reuters", "UN OCHA", "Omar Saleh")


def graded(min_gap: float) -> Iterator[str]:
    """The grades of each synthetic subject's findings as ``conflicts --all --json`` writes
    them (``evidence.plain_notes``: no wire, no party), then as the full assessment writes
    them (``evidence.assess``, ``notes``) with parties, agency stories, relays and speakers
    drawn from its claims, and the texts the terminal shows: what the compiled ``evidence``
    must write as the pure one does (tests/test_compiled_engine.py)."""
    from claimtrack.conflicts import claimant_key, report_json_line
    from claimtrack.evidence import (
        Origins,
        assess,
        notes,
        plain_notes,
        subject_keys,
        support_text,
        with_relays,
        with_speakers,
    )

    for name, facts, cumulative, sums in subjects():
        report = analyse(facts, min_gap=min_gap, cumulative=cumulative, sums=sums)
        if not (report.conflicts or report.minor or report.checks):
            continue
        tail = subject_keys([], {"m0": "people killed"} if len(facts) % 2 else {})
        yield report_json_line(name, report, plain_notes(report, tail))
        active = [f for f in facts if f.status == "active"]
        origins = Origins(
            parties=frozenset({claimant_key(active[0].claimant)}) if len(active) % 3 else frozenset(),
            wires={f.id: ("AP: toll" if i % 2 else "Associated Press: toll")
                   for i, f in enumerate(active) if i % 4 == 1},
            claimants={f.id: f.claimant for f in active},
        )  # fmt: skip
        origins = with_relays(origins, active)
        spoken = [(f.claimant, _SPEAKERS[i % 5]) for i, f in enumerate(active) if i % 3 == 0]
        origins = with_speakers(origins, active, spoken)
        assessment = assess(report, origins, active, cumulative)
        yield report_json_line(name, report, notes(report, assessment, tail))
        yield repr((assessment.bounds, assessment.timed))
        yield " | ".join(
            support_text(s, i % 2 == 0, ("A", "B")[: i % 3])
            for i, s in enumerate(chain.from_iterable(assessment.conflicts + assessment.checks))
        )


def documents(min_gap: float) -> list[str]:
    """The compact JSON of each synthetic subject's report (every subject, in order)."""
    return [
        json.dumps(report_to_json(name, report), ensure_ascii=False)
        for name, report in reports(min_gap)
    ]


def digests_at(min_gap: float) -> list[str]:
    """The first 16 hex digits of the sha256 of each subject's document."""
    return [hashlib.sha256(d.encode()).hexdigest()[:16] for d in documents(min_gap)]


def digests() -> dict[str, list[str]]:
    """min_gap -> :func:`digests_at`."""
    return {str(g): digests_at(g) for g in MIN_GAPS}


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        sys.exit(__doc__)
    GOLDEN.write_text(json.dumps(digests(), indent=1) + "\n", encoding="utf-8")
