"""Measures that answer one question under different definitions (issue #26).

``relate SUBJECT A --alternative-to B`` records that two measures are two answers to one
question (deaths recorded as Covid-19 by a health ministry; excess deaths estimated by
statisticians). Their figures are never compared as a dispute (they are on different
measures); ``conflicts`` lays them side by side with their definitions and the ratio between
them. Pure: facts in (``conflicts.Fact``), comparisons out. Rules in docs/conflicts.md
("Rule 13").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

from claimtrack.conflicts import Fact, claimant_key
from claimtrack.fields import tidy

_INF = float("inf")


class Side(NamedTuple):
    """One measure of a comparison: the span of its active figures and who gives them."""

    measure: str
    defined_as: str | None
    dimension: str | None  # None: the measure has no active figure (or several dimensions)
    low: float | int | None
    high: float | int | None  # None: unbounded (or no figure)
    claims: tuple[str, ...]
    claimants: tuple[str, ...]


class Comparison(NamedTuple):
    sides: tuple[Side, Side]  # the larger answer second (when they can be compared)
    ratio_low: float | None  # how many times the second is the first, at least ...
    ratio_high: float | None  # ... and at most (None: unbounded)
    comparable: bool  # both measures have figures of one dimension


def _side(measure: str, facts: list[Fact], definitions: Mapping[str, str]) -> Side:
    dims = {f.dimension for f in facts}
    if not facts or len(dims) != 1:
        ids = tuple(sorted(f.id for f in facts))
        return Side(measure, definitions.get(measure), None, None, None, ids, ())
    # bounds widened by each figure's rounding, as the engine widens them ("4.7 million")
    low = min(_down(f.low, f.rounding) for f in facts if f.low is not None)
    highs = [None if f.high is None else f.high + f.rounding for f in facts]
    high = None if any(h is None for h in highs) else max(h for h in highs if h is not None)
    names: dict[str, str] = {}
    for f in facts:
        if not f.relays:
            key = claimant_key(f.claimant)
            if key not in names or f.claimant < names[key]:
                names[key] = f.claimant
    claimants = tuple(sorted(names.values(), key=lambda n: (n.casefold(), n)))
    return Side(
        measure, definitions.get(measure), dims.pop(), low, high,
        tuple(sorted(f.id for f in facts)), claimants,
    )  # fmt: skip


def _down(low: float | int, rounding: float | int) -> float | int:
    """A low bound widened by its rounding (never below 0 for a figure that is not)."""
    return max(0, low - rounding) if low >= 0 else low - rounding


def _ratio(x: float | int | None, y: float | int | None) -> float | None:
    if x is None or y is None or y <= 0:
        return None
    return round(x / y, 1)


def compare(
    facts: Iterable[Fact],
    pairs: Iterable[tuple[str, str]],
    definitions: Mapping[str, str] | None = None,
) -> list[Comparison]:
    """Each pair of alternative measures side by side (pairs in order, as given)."""
    definitions = definitions or {}
    by_measure: dict[str, list[Fact]] = {}
    for f in facts:
        if f.kind == "figure" and f.status == "active" and f.low is not None:
            by_measure.setdefault(f.topic, []).append(f)
    out = []
    for a, b in pairs:
        sa = _side(a, by_measure.get(a, []), definitions)
        sb = _side(b, by_measure.get(b, []), definitions)
        comparable = (
            sa.dimension is not None and sa.dimension == sb.dimension and bool(sa.claims)
        ) and bool(sb.claims)
        if not comparable:
            out.append(Comparison((sa, sb), None, None, False))
            continue
        assert sa.low is not None and sb.low is not None

        def mid(s: Side) -> float:
            assert s.low is not None
            return _INF if s.high is None else (s.low + s.high) / 2

        small, big = (sa, sb) if mid(sa) <= mid(sb) else (sb, sa)
        out.append(
            Comparison((small, big), _ratio(big.low, small.high), _ratio(big.high, small.low), True)
        )
    return out


def comparison_json(c: Comparison) -> dict[str, Any]:
    return {
        "measures": [
            {
                "measure": s.measure,
                "defined_as": s.defined_as,
                "dimension": s.dimension,
                "low": tidy(s.low),
                "high": tidy(s.high),
                "claims": list(s.claims),
                "claimants": list(s.claimants),
            }
            for s in c.sides
        ],
        "comparable": c.comparable,
        "ratio": {"low": tidy(c.ratio_low), "high": tidy(c.ratio_high)} if c.comparable else None,
    }


def ratio_text(c: Comparison) -> str:
    """ "excess-deaths is 9.7-9.9x recorded-deaths" (or why there is no ratio)."""
    a, b = c.sides
    if not c.comparable:
        return f"{a.measure} and {b.measure} have no figures of one dimension to compare"
    lo, hi = c.ratio_low, c.ratio_high
    if lo is None and hi is None:
        return f"{b.measure} and {a.measure}: no ratio (a figure of 0)"
    if hi is None:
        span = f"at least {lo:g}x"
    elif lo is None or lo == hi:
        span = f"{hi:g}x"
    else:
        span = f"{lo:g}-{hi:g}x"
    return f"{b.measure} is {span} {a.measure}"
