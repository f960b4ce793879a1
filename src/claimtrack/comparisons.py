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

from claimtrack.conflicts import Fact, _before, claimant_key
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
    time: str | None = None  # a running count: the one time whose figures are compared


class Comparison(NamedTuple):
    sides: tuple[Side, Side]  # the larger answer second (when they can be compared)
    ratio_low: float | None  # how many times the second is the first, at least ...
    ratio_high: float | None  # ... and at most (None: unbounded)
    comparable: bool  # both measures have figures of one dimension (and of one time)
    why_not: str | None = None  # why not comparable, when it is not the dimension


def _side(
    measure: str, facts: list[Fact], definitions: Mapping[str, str], time: str | None = None
) -> Side:
    dims = {f.dimension for f in facts}
    if not facts or len(dims) != 1:
        ids = tuple(sorted(f.id for f in facts))
        return Side(measure, definitions.get(measure), None, None, None, ids, (), time)
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
        tuple(sorted(f.id for f in facts)), claimants, time,
    )  # fmt: skip


def _down(low: float | int, rounding: float | int) -> float | int:
    """A low bound widened by its rounding (never below 0 for a figure that is not)."""
    return max(0, low - rounding) if low >= 0 else low - rounding


def _ratio(x: float | int | None, y: float | int | None) -> float | None:
    if x is None or y is None or y <= 0:
        return None
    return round(x / y, 1)


def _time(f: Fact) -> str | None:
    """A figure's time on a running count: as_of, else said_on, else reported_on."""
    return f.as_of or f.said_on or f.reported_on


def _one_time(a: str, b: str) -> bool:
    """Two times that cannot be ordered (the engine's rule): the same, or a month and a day
    in it."""
    return not (_before(a, b) or _before(b, a))


def _at_one_time(fa: list[Fact], fb: list[Fact]) -> tuple[str, str] | None:
    """The latest pair of times, one of each measure, that cannot be ordered (the figures of
    one moment): ("2017-12", "2017-12-31"); None when the measures share no moment."""
    ta = {t for f in fa if (t := _time(f))}
    tb = {t for f in fb if (t := _time(f))}
    pairs = [(a, b) for a in ta for b in tb if _one_time(a, b)]
    if not pairs:
        return None
    return max(pairs, key=lambda p: (max(p), p))


def _dated_moment(fa: list[Fact], fb: list[Fact]) -> tuple[str, str] | str | None:
    """For two measures that are not running counts: when each gives figures with an as_of and
    their figures are not all of one moment, the latest moment both give figures of (a pair of
    as_of dates that cannot be ordered), or why there is none (text); None when the spans are
    compared whole (a side with no as_of at all, or every figure of one moment). A per-year
    amount of 2014 against another of 2015, or against one given later with no as_of, says
    nothing about the ratio of the two definitions."""
    da = {f.as_of for f in fa if f.as_of}
    db = {f.as_of for f in fb if f.as_of}
    if not da or not db:
        return None
    every = [f.as_of for f in fa + fb]
    if all(every) and all(_one_time(x, y) for x in da | db for y in da | db):
        return None
    pairs = [(a, b) for a in da for b in db if _one_time(a, b)]
    if not pairs:
        shown = " and ".join(sorted(da | db))
        return f"no figures of one time to compare (their as_of dates: {shown})"
    return max(pairs, key=lambda p: (max(p), p))


def compare(
    facts: Iterable[Fact],
    pairs: Iterable[tuple[str, str]],
    definitions: Mapping[str, str] | None = None,
    cumulative: Iterable[str] = (),
) -> list[Comparison]:
    """Each pair of alternative measures side by side (pairs in order, as given). When either
    is a running count (``cumulative``), only figures of one moment are compared: the latest
    time the two measures share (a month and a day in it are one moment); the span of a count
    over months says nothing about a ratio ("at least 0.3x" between a count that rose from 16
    to 2,975 and estimates of 985 to 5,000 made at other times). Other measures whose figures
    give as_of dates of several moments are compared at the latest as_of both give, their
    figures of it alone (``_dated_moment``)."""
    definitions = definitions or {}
    running = set(cumulative)
    by_measure: dict[str, list[Fact]] = {}
    for f in facts:
        if f.kind == "figure" and f.status == "active" and f.low is not None:
            by_measure.setdefault(f.topic, []).append(f)
    out = []
    for a, b in pairs:
        fa, fb = by_measure.get(a, []), by_measure.get(b, [])
        times: tuple[str | None, str | None] = (None, None)
        why_not = None
        if (a in running or b in running) and fa and fb:
            moment = _at_one_time(fa, fb)
            if moment is None:
                why_not = "no figures of one time to compare (a running count)"
            else:
                times = moment
                fa = [f for f in fa if _time(f) == moment[0]]
                fb = [f for f in fb if _time(f) == moment[1]]
        elif fa and fb:  # figures of several moments: compared at one, as_of alone (rule 13)
            dated = _dated_moment(fa, fb)
            if isinstance(dated, str):
                why_not = dated
            elif dated is not None:
                times = dated
                fa = [f for f in fa if f.as_of == dated[0]]
                fb = [f for f in fb if f.as_of == dated[1]]
        sa = _side(a, fa, definitions, times[0])
        sb = _side(b, fb, definitions, times[1])
        comparable = (
            sa.dimension is not None and sa.dimension == sb.dimension and bool(sa.claims)
        ) and bool(sb.claims)
        if not comparable or why_not:
            out.append(Comparison((sa, sb), None, None, False, why_not))
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
                **({"time": s.time} if s.time else {}),
            }
            for s in c.sides
        ],
        "comparable": c.comparable,
        **({"why_not": c.why_not} if c.why_not else {}),
        "ratio": {"low": tidy(c.ratio_low), "high": tidy(c.ratio_high)} if c.comparable else None,
    }


def ratio_text(c: Comparison) -> str:
    """ "excess-deaths is 9.7-9.9x recorded-deaths" (or why there is no ratio)."""
    a, b = c.sides
    if c.why_not:
        return f"{a.measure} and {b.measure}: {c.why_not}"
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
    when = ""
    if a.time or b.time:
        when = f" (of {a.time})" if a.time == b.time else f" (of {b.time} and {a.time})"
    return f"{b.measure} is {span} {a.measure}{when}"
