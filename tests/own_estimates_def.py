"""The definition of "an estimate of one moment, revised" (docs/conflicts.md, rule 9), pair
by pair, for the property tests: which figures a claimant's later estimates replace.

Written from the docs, not from the engine: figures given as points or plain ranges (no
rounding, no hedge), one measure not marked cumulative whose name reads as no count."""

from __future__ import annotations

from itertools import permutations

from claimtrack.conflicts import Fact, claimant_key


def _top(f: Fact) -> float:
    return float("inf") if f.high is None else f.high


def _core(f: Fact) -> tuple[float, float]:  # without tolerances (rule 6)
    if f.high is None:
        return f.low, f.low
    if f.low <= 0:
        return f.high, f.high
    if f.high * 0.9 <= f.low * 1.1:
        return (f.low + f.high) / 2, (f.low + f.high) / 2
    return f.low, f.high


def apart(a: Fact, b: Fact, min_gap: float) -> bool:
    """a wholly above b, cores min_gap apart (rule 6)."""
    ca, cb = _core(a)[0], _core(b)[1]
    return a.low > _top(b) and (cb <= 0 or ca / cb >= min_gap)


def surely_before(a: str | None, b: str | None) -> bool:
    """Dates as written: a month is not before a day in it (rule 4)."""
    return bool(a and b and a < b and not b.startswith(a))


def _latest(f: Fact) -> str | None:  # the last day it may have been said
    return f.said_on or f.reported_on


def _earliest(f: Fact) -> str | None:  # the first day it may have been said (None: any day)
    if f.said_on:
        return f.said_on
    if f.reported_on and f.as_of and not surely_before(f.reported_on, f.as_of):
        return f.as_of  # of its as_of, dated only by its report: from that day on (rule 4)
    return None


def replaced(facts: list[Fact], min_gap: float) -> dict[str, str]:
    """Figure id -> the id of a later figure of its claimant that replaces it.

    A claimant's figures of one as_of that have a date (said_on or reported_on) not surely
    before that as_of (a forecast or a misdated report is no estimate of it), with its
    figures with no as_of not stated surely before that as_of (rule 2: they may describe it),
    are its estimates in turn when every two of them apart are surely ordered (a figure with
    no date is ordered with none) and no figure goes back to one its later figure replaced (x
    before y before z, x apart from y, y apart from z, x not apart from z); then every figure
    of the as_of apart from a later one of the as_of is replaced by it."""
    out: dict[str, str] = {}
    moments = {
        (claimant_key(f.claimant), f.as_of)
        for f in facts
        if f.kind == "figure" and f.as_of and _latest(f) and not surely_before(_latest(f), f.as_of)
    }
    for key, as_of in moments:
        mine = [
            f
            for f in facts
            if f.kind == "figure"
            and claimant_key(f.claimant) == key
            and (
                (f.as_of == as_of and _latest(f) and not surely_before(_latest(f), as_of))
                or (f.as_of is None and not surely_before(_latest(f), as_of))
            )
        ]

        def clash(a: Fact, b: Fact) -> bool:
            return apart(a, b, min_gap) or apart(b, a, min_gap)

        def before(a: Fact, b: Fact) -> bool:
            return surely_before(_latest(a), _earliest(b))

        pairs = [(a, b) for a, b in permutations(mine, 2) if clash(a, b)]
        if any(not before(a, b) and not before(b, a) for a, b in pairs):
            continue  # two of them apart whose order is not known
        ordered = [(a, b) for a, b in pairs if before(a, b)]
        if any(y is y2 and not clash(x, z) for x, y in ordered for y2, z in ordered if x is not z):
            continue  # back to an estimate it had replaced
        for a, b in ordered:
            if a.as_of and b.as_of:
                out.setdefault(a.id, b.id)
    return out
