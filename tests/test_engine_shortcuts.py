"""The engine's shortcuts find what the long way finds (performance round of issue 28).

A claimant's own figures on a measure are checked for a reversal pair by pair when they are
few (``_own_clashes``, up to ``_PAIRS`` of them) and by sorting when they are many
(``_figure_reversal``): both must name the same figures, or moving the threshold would change
a finding.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack import conflicts as c
from claimtrack.conflicts.reversals import _reorder
from engine_records import figure_records

from conftest import examples

_DATES = [None, "2024-03-01", "2024-03-02"]


def _records() -> st.SearchStrategy[list[tuple]]:
    """One claimant's figure records, no ``said_on`` and no source (the sorted path is taken
    only without one)."""
    return figure_records(_DATES)


@settings(max_examples=examples(300), deadline=None)
@given(recs=_records(), min_gap=st.sampled_from([1.0, 1.1, 1.5, 3.0]))
def test_pairs_and_sorts_find_the_same_reversal_figures(recs: list[tuple], min_gap: float):
    assert (c._own_clashes(recs, min_gap) or []) == c._figure_reversal(recs, min_gap)


@settings(max_examples=examples(300), deadline=None)
@given(recs=_records(), lead=st.integers(0, 24), min_gap=st.sampled_from([1.0, 1.1, 3.0]))
def test_the_pairs_with_the_lead_figures_and_the_rest_among_themselves_are_every_pair(
    recs: list[tuple], lead: int, min_gap: float
) -> None:
    # rule 2's groups of a claimant's figures: a date's figures lead, and the pairs of the
    # figures after them among themselves are looked at once, in the undated group
    ids = [r[c._ID] for r in c._own_clashes(recs, min_gap) or []]
    split = (c._own_clashes(recs, min_gap, lead) or []) + (
        c._own_clashes(recs[lead:], min_gap) or []
    )
    assert sorted(ids) == sorted({r[c._ID] for r in split})


@pytest.mark.parametrize(
    ("recs", "min_gap", "expected"),
    [
        # 100 and 200 materially apart; 110 within 1.1x of 100 but 200 is apart from it too
        ([(100, 100, "a"), (110, 110, "b"), (200, 200, "c")], 1.1, ["a", "b", "c"]),
        # 100 and 105: disjoint but not 1.1x apart
        ([(100, 100, "a"), (105, 105, "b")], 1.1, []),
        # same numbers on other dates are never compared
        ([(100, 100, "a", "2024-01-01"), (300, 300, "b", "2024-01-02")], 1.1, []),
    ],
)
def test_own_clashes_table(recs: list[tuple], min_gap: float, expected: list[str]):
    full = [(lo, hi, i, "k", (r[3] if len(r) > 3 else None), None, None, lo, hi, None)
            for r in recs for lo, hi, i in [r[:3]]]  # fmt: skip
    found = c._own_clashes(full, min_gap) or []
    assert [r[c._ID] for r in found] == expected
    assert c._figure_reversal(full, min_gap) == found


# ActiveFacts: the store's reading (active claims, each id once) is taken as it is; any other
# list is cleared first. Both must give the same report for the same claims.

_CLAIMANTS = ["Army", "army", "UN", "Red Cross", "Mayor"]


@st.composite
def _facts(draw: st.DrawFn, relaying: bool = True) -> list[c.Fact]:
    """Active facts with distinct ids: figures on two measures and stances on a proposition,
    some dated, some relaying another (unless not ``relaying``)."""
    n = draw(st.integers(min_value=0, max_value=30))
    out = []
    for i in range(n):
        claimant = draw(st.sampled_from(_CLAIMANTS))
        said_on = draw(st.sampled_from([None, "2024-03-01", "2024-03-05"]))
        relays = draw(st.sampled_from([None, None, "f0", "f1"])) if relaying else None
        if draw(st.booleans()):
            low = draw(st.sampled_from([10, 12, 40, 100, 250.5]))
            high = draw(st.sampled_from([None, low, low * 2]))
            measure = draw(st.sampled_from(["dead", "injured"]))
            as_of = draw(st.sampled_from(_DATES))
            out.append(
                c.Fact(
                    f"f{i}",
                    claimant,
                    "figure",
                    measure,
                    low,
                    high,
                    None,
                    as_of,
                    said_on,
                    relays=relays,
                    rounding=draw(st.sampled_from([0, 5])),
                )
            )
        else:
            stance = draw(st.sampled_from(["affirms", "denies", "uncertain"]))
            out.append(
                c.Fact(
                    f"f{i}",
                    claimant,
                    "stance",
                    "p",
                    None,
                    None,
                    stance,
                    None,
                    said_on,
                    relays=relays,
                )
            )
    return out


@settings(max_examples=examples(200), deadline=None)
@given(facts=_facts(), cumulative=st.sampled_from([(), ("dead",)]))
def test_active_facts_are_taken_as_they_are(facts: list[c.Fact], cumulative: tuple) -> None:
    expected = c.analyse(facts, cumulative=cumulative)
    assert c.analyse(c.ActiveFacts(facts), cumulative=cumulative) == expected


def test_other_lists_are_cleared_of_retracted_and_repeated_claims() -> None:
    a = c.Fact("a", "Army", "figure", "dead", 10, 10, None, None, None)
    b = c.Fact("b", "UN", "figure", "dead", 40, 40, None, None, None)
    gone = b._replace(status="retracted")
    expected = c.analyse(c.ActiveFacts([a, b]))
    assert expected.conflicts  # 10 against 40: a dispute
    assert c.analyse([a, b._replace(low=1000, high=1000), b]) == expected  # the last b wins
    assert not c.analyse([a, gone]).conflicts
    assert c.analyse([a, b, gone._replace(id="c")]) == expected


# The JSON writer's shortcuts: a list of texts quoted in one call when nothing in it needs
# escaping; the dates of reversals remembered. Both write what json.dumps writes.

_TEXT = st.text(st.characters(codec="utf-8"), max_size=12) | st.sampled_from(
    ['a"b', "a\\b", "tab\there", "line\nbreak", "\x00", "é", '", "', ""]
)


@settings(max_examples=examples(300), deadline=None)
@given(xs=st.lists(_TEXT, max_size=6))
def test_lists_of_texts_are_written_as_json_writes_them(xs: list[str]) -> None:
    c.report_json_line("s", c.analyse([]))  # loads the string encoder
    assert c._texts(tuple(xs)) == json.dumps(xs, ensure_ascii=False)


@settings(max_examples=examples(200), deadline=None)
@given(dates=st.lists(st.tuples(st.none() | _TEXT, st.none() | _TEXT), max_size=4))
def test_dates_are_written_as_json_writes_them(dates: list[tuple]) -> None:
    c.report_json_line("s", c.analyse([]))
    expected = json.dumps([{"date": d, "basis": b} for d, b in dates], ensure_ascii=False)
    assert c._dates_line(dates) == c._dates_line(tuple(dates)) == expected  # twice: remembered


# A position of the same claims is made once per subject (the undated figures of a measure stand
# in each date's dispute) and written once per report line: the report and its line are those
# of positions made anew each time.


class _Forgetful(dict):
    """A dict that keeps nothing: every position is made anew."""

    def __setitem__(self, key: object, value: object) -> None:
        pass


@settings(max_examples=examples(200), deadline=None)
@given(
    facts=_facts(relaying=False),
    cumulative=st.sampled_from([(), ("dead",)]),
    min_gap=st.sampled_from([1.0, 1.1, 3.0]),
)
def test_positions_made_once_are_the_positions_made_anew(
    facts: list[c.Fact], cumulative: tuple, min_gap: float
) -> None:
    report = c.analyse(facts, cumulative=cumulative, min_gap=min_gap)
    init = c._Ctx.__init__

    def forgetful(self: c._Ctx, *args: object) -> None:
        init(self, *args)  # type: ignore[arg-type]
        self.positions = _Forgetful()

    c._Ctx.__init__ = forgetful  # type: ignore[method-assign]
    try:
        anew = c.analyse(facts, cumulative=cumulative, min_gap=min_gap)
    finally:
        c._Ctx.__init__ = init  # type: ignore[method-assign]
    assert report == anew
    line = c.report_json_line("s", report)
    assert line == json.dumps(c.report_to_json("s", report), ensure_ascii=False)
    assert line == c.report_json_line("s", anew)


def test_an_undated_figure_in_two_dates_disputes_is_one_position_written_twice() -> None:
    undated = c.Fact("u", "Army", "figure", "dead", 10, 10, None, None, None)
    facts = [
        undated,
        c.Fact("d1", "UN", "figure", "dead", 40, 40, None, "2024-03-01", None),
        c.Fact("d2", "UN", "figure", "dead", 80, 80, None, "2024-03-02", None),
    ]
    report = c.analyse(facts)
    first, second = report.conflicts
    assert isinstance(first, c.FigureConflict) and isinstance(second, c.FigureConflict)
    assert [p.claims for p in first.positions] == [("u",), ("d2",)]  # the wider dispute first
    assert [p.claims for p in second.positions] == [("u",), ("d1",)]
    assert first.positions[0] is second.positions[0]  # made once
    line = c.report_json_line("s", report)
    assert line == json.dumps(c.report_to_json("s", report), ensure_ascii=False)
    assert line.count('{"low": 10, "high": 10, "claims": ["u"], "claimants": ["Army"]}') == 2


# A reversal's statements put in order in one pass: the order, the days they may have been made
# from (``since``) and whether they are ordered, as the separate passes found them.

_DAYS = [None, "2023-01-31", "2023-02", "2023-02-01", "2023-03-07", "2023"]


def _reversal_the_long_way(own: set[tuple]) -> tuple:
    order = sorted([(not (s or r), s or r or "", i, s, r, a) for i, s, r, a in own])
    when = [o[1] for o in order]
    since = [a if not s and r and a and c._before(a, r) else None for *_, s, r, a in order]
    start = [a or w for a, w in zip(since, when, strict=True)]
    ordered = all(when) and all(c._before(a, b) for a, b in zip(when, start[1:], strict=False))
    return tuple(o[2] for o in order), ordered, tuple(since) if any(since) else ()


@pytest.mark.parametrize(
    ("statements", "ordered", "since"),
    [
        # said on 1 February, then reported on 7 March about 31 January: it may have been said
        # before the first statement (since 31 January), so that the order is not known
        (
            [("2023-02-01", None, None), (None, "2023-03-07", "2023-01-31")],
            False,
            (None, "2023-01-31"),
        ),
        # reported on 7 March about 2 March, after a statement of 1 February: ordered
        (
            [("2023-02-01", None, None), (None, "2023-03-07", "2023-03-02")],
            True,
            (None, "2023-03-02"),
        ),
        ([("2023-02-01", None, None), ("2023-02-01", None, None)], False, ()),  # one day
        ([("2023-02", None, None), ("2023-02-01", None, None)], False, ()),  # a month, a day in it
        ([("2023-02-01", None, None), (None, None, None)], False, ()),  # undated
        ([(None, "2023-01-31", None), ("2023-02-01", None, None)], True, ()),
    ],
)
def test_a_reversals_order_table(statements: list[tuple], ordered: bool, since: tuple) -> None:
    own = {(f"c{i}", s, r, a) for i, (s, r, a) in enumerate(statements)}
    found = c._reversal(c._Names({"k": "K"}), "k", "measure", "m", own)
    assert (found.ordered, found.since) == (ordered, since)
    assert (found.claims, found.ordered, found.since) == _reversal_the_long_way(own)


@settings(max_examples=examples(300), deadline=None)
@given(
    statements=st.lists(
        st.tuples(st.sampled_from(_DAYS), st.sampled_from(_DAYS), st.sampled_from(_DAYS)),
        min_size=1,
        max_size=6,
    )
)
def test_a_reversals_order_is_found_as_the_long_way_finds_it(statements: list[tuple]) -> None:
    own = {(f"c{i}", s, r, a) for i, (s, r, a) in enumerate(statements)}
    found = c._reversal(c._Names({"k": "K"}), "k", "measure", "m", own)
    assert (found.claims, found.ordered, found.since) == _reversal_the_long_way(own)


def _changes_ordered_the_long_way(own: set[tuple], side: dict[str, str]) -> bool:
    order = sorted([(not (s or r), s or r or "", i, s, r, a) for i, s, r, a in own])
    when = [o[1] for o in order]
    since = [a if not s and r and a and c._before(a, r) else None for *_, s, r, a in order]
    start = [a or w for a, w in zip(since, when, strict=True)]
    runs: list[list[int]] = []  # statement indices, one list per run of one position
    for k, o in enumerate(order):
        if runs and side[order[runs[-1][0]][2]] == side[o[2]]:
            runs[-1].append(k)
        else:
            runs.append([k])
    # every statement surely after each statement of the position before its own
    return all(when) and all(
        c._before(when[j], start[k])
        for m in range(1, len(runs))
        for j in runs[m - 1]
        for k in runs[m]
    )


@settings(max_examples=examples(300), deadline=None)
@given(
    statements=st.lists(
        st.tuples(
            st.sampled_from(_DAYS),
            st.sampled_from(_DAYS),
            st.sampled_from(_DAYS),
            st.sampled_from(["affirms", "denies"]),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_a_reversal_is_ordered_when_each_change_of_position_is(statements: list[tuple]) -> None:
    # story 7: a position said twice on one day, then changed on a later day, is ordered
    own = {(f"c{i}", s, r, a) for i, (s, r, a, _) in enumerate(statements)}
    side = {f"c{i}": p for i, (*_, p) in enumerate(statements)}
    facts = [
        c.Fact(f"c{i}", "K", "stance", "p", None, None, p, a, s, "active", r)
        for i, (s, r, a, p) in enumerate(statements)
    ]
    plain = c._reversal(c._Names({"k": "K"}), "k", "proposition", "p", own)
    (found,) = _reorder([plain], facts)
    assert found.ordered is (plain.ordered or _changes_ordered_the_long_way(own, side))
    assert (found.claims, found.since) == (plain.claims, plain.since)
