"""The faster paths of one big subject (branch speed9) find what the long way finds.

A claimant's reversal on a measure whose undated figures were stated before one of their dates
(``_own_stated``) is looked at per group of rule 2: each date's figures with the undated ones
that may describe it. With many figures and no source a group is sorted (``_apart_own``): the
date's figures against the whole group, the undated ones only against the date's (their pairs
among themselves are the undated group's), and figures found already are skipped. Each must
name the figures that every pair of the group, looked at one by one, names.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack import conflicts as c
from claimtrack.conflicts import reversals
from engine_records import figure_records

from conftest import examples

_DATES = [None, None, "2024-03", "2024-03-01", "2024-03-02"]
_STATED = [None, "2024-02-28", "2024-03-01", "2024-03-05"]


def _records(max_size: int = 40, sources: bool = False) -> st.SearchStrategy[list[tuple]]:
    """One claimant's figure records, dated and stated on the days around March 2024."""
    return figure_records(_DATES, _STATED, max_size=max_size, sources=sources)


@settings(max_examples=examples(300), deadline=None)
@given(
    recs=_records(),
    lead=st.integers(0, 40),
    found=st.sets(st.integers(0, 39), max_size=6),
    min_gap=st.sampled_from([1.0, 1.1, 3.0]),
)
def test_a_sorted_group_finds_what_its_pairs_find(
    recs: list[tuple], lead: int, found: set[int], min_gap: float
) -> None:
    # one group of rule 2: a date's figures lead, then undated ones
    recs = [(*r[:4], "2024-03-01" if i < lead else None, *r[5:]) for i, r in enumerate(recs)]
    before = {recs[i][c._ID]: recs[i] for i in found if i < len(recs)}
    involved = dict(before)
    reversals._apart_own(recs, lead, min_gap, involved)
    expected = {r[c._ID] for r in c._own_clashes(recs, min_gap, lead) or ()}
    # the pairs of the figures after the lead among themselves are looked at elsewhere: what
    # the sorted path adds beyond the pairs with a lead figure can only come from those
    rest = {r[c._ID] for r in c._own_clashes(recs[lead:], min_gap) or ()}
    assert expected | set(before) <= set(involved) <= expected | rest | set(before)
    assert all(involved[i] is r for i, r in before.items())


def _own_stated(own: list[tuple], min_gap: float, pairs: int, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(reversals, "_PAIRS", pairs)
    rev = reversals._Reversals()
    reversals._own_stated(own, "k", "m", min_gap, rev)
    return rev.claims, rev.minor


@settings(max_examples=examples(200), deadline=None)
@given(recs=_records(max_size=60), min_gap=st.sampled_from([1.0, 1.1, 1.5, 3.0]))
def test_a_claimants_reversal_is_the_same_sorted_or_pair_by_pair(
    recs: list[tuple], min_gap: float
) -> None:
    with pytest.MonkeyPatch.context() as mp:
        pairwise = _own_stated(recs, min_gap, 10**6, mp)
        sorted_ = _own_stated(recs, min_gap, 0, mp)
    assert sorted_ == pairwise


@settings(max_examples=examples(100), deadline=None)
@given(recs=_records(max_size=60, sources=True), min_gap=st.sampled_from([1.1, 3.0]))
def test_figures_of_one_source_take_the_pairwise_path_either_way(
    recs: list[tuple], min_gap: float
) -> None:
    with pytest.MonkeyPatch.context() as mp:
        assert _own_stated(recs, min_gap, 0, mp) == _own_stated(recs, min_gap, 10**6, mp)


def test_the_check_can_fail() -> None:
    """Not vacuous: the sorted path, told that the undated figures' pairs are looked at
    elsewhere, leaves them out, and the test above would see a different result."""
    a = (100, 100, "a", "k", None, None, None, 100, 100, None)
    b = (300, 300, "b", "k", None, None, None, 300, 300, None)
    d = (150, 150, "d", "k", "2024-03-01", None, None, 150, 150, None)
    involved: dict[str, tuple] = {}
    reversals._apart_own([d, a, b], 1, 3.0, involved)
    assert involved == {}  # a-b (3x) is the undated group's pair; d is within 3x of both
    assert sorted(r[c._ID] for r in c._own_clashes([d, a, b], 3.0) or ()) == ["a", "b"]
