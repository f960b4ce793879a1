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

_DATES = [None, "2024-03-01", "2024-03-02"]


@st.composite
def _records(draw: st.DrawFn) -> list[tuple]:
    """One claimant's figure records, built as ``_group`` builds them: bounds ordered and
    widened by the rounding, the core from the bounds as said; no source (the sorted path
    is taken only without one)."""
    n = draw(st.integers(min_value=2, max_value=24))
    out = []
    for i in range(n):
        low = draw(st.one_of(st.integers(-50, 400), st.floats(0.5, 400, allow_nan=False)))
        kind = draw(st.sampled_from(["point", "range", "open"]))
        high: float | int | None = low
        if kind == "range":
            high = low + draw(st.integers(0, 300))
        elif kind == "open":
            high = None
        rounding = draw(st.sampled_from([0, 0, 5, 50]))
        c_low, c_high = c._core_of(low, high)
        w_low, w_high = c._widened(low, high, rounding)
        as_of = draw(st.sampled_from(_DATES))
        out.append((w_low, w_high, f"c{i:02}", "k", as_of, None, None, c_low, c_high, None))
    return out


@settings(max_examples=300, deadline=None)
@given(recs=_records(), min_gap=st.sampled_from([1.0, 1.1, 1.5, 3.0]))
def test_pairs_and_sorts_find_the_same_reversal_figures(recs: list[tuple], min_gap: float):
    assert (c._own_clashes(recs, min_gap) or []) == c._figure_reversal(recs, min_gap)


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
def _facts(draw: st.DrawFn) -> list[c.Fact]:
    """Active facts with distinct ids: figures on two measures and stances on a proposition,
    some dated, some relaying another."""
    n = draw(st.integers(min_value=0, max_value=30))
    out = []
    for i in range(n):
        claimant = draw(st.sampled_from(_CLAIMANTS))
        said_on = draw(st.sampled_from([None, "2024-03-01", "2024-03-05"]))
        relays = draw(st.sampled_from([None, None, "f0", "f1"]))
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


@settings(max_examples=200, deadline=None)
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


@settings(max_examples=300, deadline=None)
@given(xs=st.lists(_TEXT, max_size=6))
def test_lists_of_texts_are_written_as_json_writes_them(xs: list[str]) -> None:
    c.report_json_line("s", c.analyse([]))  # loads the string encoder
    assert c._texts(tuple(xs)) == json.dumps(xs, ensure_ascii=False)


@settings(max_examples=200, deadline=None)
@given(dates=st.lists(st.tuples(st.none() | _TEXT, st.none() | _TEXT), max_size=4))
def test_dates_are_written_as_json_writes_them(dates: list[tuple]) -> None:
    c.report_json_line("s", c.analyse([]))
    expected = json.dumps([{"date": d, "basis": b} for d, b in dates], ensure_ascii=False)
    assert c._dates_line(dates) == c._dates_line(tuple(dates)) == expected  # twice: remembered
