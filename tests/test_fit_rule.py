"""The fit rule's positions (evidence13; perf29 tried finding them by bisection and took it
back, docs/performance.md): ``analyse._fitting`` must say what the rule says (docs/conflicts.md,
"A figure that fits two positions"): a table of shapes (spans out of order, one inside
another, touching, unbounded, empty positions, values that do not compare) and a property
test against the rule as written in the docs, the guard of any faster way to find them."""

from __future__ import annotations

import importlib
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.conflicts.core import _CHI, _CLO, _HIGH, _KEY
from claimtrack.conflicts.model import _EPS, _INF

from conftest import examples

analyse = importlib.import_module("claimtrack.conflicts.analyse")

Span = tuple[float, float] | None


def rec(key: str, low: float, high: float, *, unbounded: bool = False) -> tuple:
    """A figure record as the engine holds it, with only what the fit rule reads: its claimant
    key, its core (``low``..``high``) and, when ``unbounded``, no upper end."""
    fields: list[object] = [None] * 10
    fields[_KEY], fields[_CLO], fields[_CHI] = key, low, high
    fields[_HIGH] = _INF if unbounded else high * 1.1
    return tuple(fields)


def span(low: float, high: float) -> tuple[float, float]:
    """A position's common range as ``_with_fits`` makes it (touching is meeting)."""
    return (low, high + abs(high) * _EPS)


def by_rule(recs: list[tuple], k: int, spans: list[Span]) -> dict[str, tuple[int, ...]]:
    """The rule as docs/conflicts.md says it: a claimant of position ``k`` fits each other
    position that every one of its figures of more than one value meets."""
    keys = dict.fromkeys(r[_KEY] for r in recs)
    out = {}
    for key in keys:
        mine = [r for r in recs if r[_KEY] == key]
        fit = []
        for j, s in enumerate(spans):
            if j == k or s is None:
                continue
            ok = True
            for r in mine:
                low = r[_CLO]
                high = r[_HIGH] if r[_HIGH] == _INF else r[_CHI]
                if low == high:
                    ok = False
                    break
                top = high + abs(high) * _EPS
                if not (low <= s[1] and s[0] <= top):
                    ok = False
                    break
            if ok:
                fit.append(j + 1)
        if fit:
            out[key] = tuple(fit)
    return out


def fitting(recs: list[tuple], k: int, spans: list[Span]) -> dict[str, tuple[int, ...]]:
    """``analyse._fitting``'s claimants with other positions, each as a sorted tuple."""
    return {key: tuple(sorted(fit)) for key, fit in analyse._fitting(recs, k, spans).items() if fit}


# (spans of the dispute's positions, the position looked at, its figures) -> claimant: positions
TABLE: list[tuple[list[Span], int, list[tuple], dict[str, tuple[int, ...]]]] = [
    # rising spans, a range over its neighbours on both sides
    (
        [span(10, 12), span(20, 22), span(30, 32)],
        1,
        [rec("a", 11, 31), rec("b", 20, 21)],
        {"a": (1, 3)},
    ),
    # one span inside another (their highs fall where their lows rise)
    (
        [span(10, 100), span(40, 50), span(60, 70)],
        1,
        [rec("a", 45, 65), rec("b", 41, 49)],
        {"a": (1, 3), "b": (1,)},
    ),
    # touching is meeting, at either end
    ([span(10, 20), span(20, 30), span(30, 40)], 1, [rec("a", 20, 30)], {"a": (1, 3)}),
    # an unbounded figure ("more than an hour") meets every span from its low on
    (
        [span(3600, 3600), span(4000, 4400), span(7000, 9000)],
        0,
        [rec("a", 3600, 3600, unbounded=True)],
        {"a": (2, 3)},
    ),
    # a claimant's figures together: only the positions all of them meet
    (
        [span(10, 12), span(20, 22), span(30, 32)],
        1,
        [rec("a", 11, 31), rec("a", 19, 31)],
        {"a": (3,)},
    ),
    # one figure of one value: the claimant fits only its own position
    ([span(10, 12), span(20, 22)], 1, [rec("a", 11, 21), rec("a", 21, 21)], {}),
    # an empty position (all its claims echoes) is met by nothing
    ([span(10, 12), None, span(30, 32)], 0, [rec("a", 10, 40)], {"a": (3,)}),
    # a span that does not compare is met by nothing
    ([span(10, 12), (math.nan, math.nan), span(30, 32)], 0, [rec("a", 10, 40)], {"a": (3,)}),
    # a figure whose low is above its high meets nothing
    ([span(10, 12), span(20, 22)], 0, [rec("a", 30, 5)], {}),
]


@pytest.mark.parametrize(("spans", "k", "recs", "want"), TABLE)
def test_fitting_table(
    spans: list[Span], k: int, recs: list[tuple], want: dict[str, tuple[int, ...]]
) -> None:
    assert fitting(recs, k, spans) == want


_VALUES = st.one_of(
    st.integers(min_value=0, max_value=40),
    st.sampled_from([0.5, 7.25, 19.999999999, 20.0000000001, 1e9]),
)


@st.composite
def disputes(draw: st.DrawFn) -> tuple[list[Span], int, list[tuple]]:
    n = draw(st.integers(min_value=2, max_value=7))
    spans: list[Span] = []
    for _ in range(n):
        if draw(st.integers(0, 9)) == 0:
            spans.append(None)
            continue
        a, b = sorted((draw(_VALUES), draw(_VALUES)))
        spans.append(span(a, _INF if draw(st.integers(0, 11)) == 0 else b))
    k = draw(st.integers(0, n - 1))
    recs = []
    for _ in range(draw(st.integers(1, 6))):
        a, b = sorted((draw(_VALUES), draw(_VALUES)))
        recs.append(rec(draw(st.sampled_from("abc")), a, b, unbounded=draw(st.booleans())))
    return spans, k, recs


@settings(max_examples=examples(400), deadline=None)
@given(disputes())
def test_fitting_is_the_rule(dispute: tuple[list[Span], int, list[tuple]]) -> None:
    spans, k, recs = dispute
    want = by_rule(recs, k, spans)
    assert fitting(recs, k, spans) == want
