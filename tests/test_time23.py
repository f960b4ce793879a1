"""Judgement over time on a story nobody here had logged (time23, Hurricane Maria in Puerto
Rico; docs/conflicts.md, worked example): a claimant's own fall stated on one day is no later
word, "N excess deaths" is a count and not a hedge, and the properties the time rules rest on
(a rising count reported with hedges by several claimants is never disputed, revised or
reversed; a real fall beyond the materiality ratio always is)."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from claimtrack import conflicts as engine
from claimtrack.quantities import FigureError, parse_figure
from test_audit15 import fact

from conftest import examples


def _revisions(report: engine.Report) -> list[engine.Revision]:
    return [c for c in report.conflicts if isinstance(c, engine.Revision)]


def _disputed(report: engine.Report) -> set[str]:
    """The ids of the claims in the report's disputed figures."""
    return {
        cid
        for c in report.conflicts
        if isinstance(c, engine.FigureConflict)
        for p in c.positions
        for cid in p.claims
    }


@pytest.mark.parametrize(
    ("figures", "claims", "together"),
    [
        # one day, two figures: the count of an earlier moment above today's (a government's
        # report to Congress, 1,427 more deaths by December, and its certified 64, both given
        # the same day): a fall whose order is not known, never "later given as less"
        (
            (
                ("a", "Gov", "1,427", "2017-12-31", "2018-08-09"),
                ("b", "Gov", "64", None, "2018-08-09"),
            ),
            ("a", "b"),
            "2018-08-09",
        ),
        # a month and a day in it are not one date: a page of April may report a statement of
        # March ("in March the figure was revised to 500"): a revision, as before
        (
            (("a", "Gov", "500", "2020-03-01", "2020-04"), ("b", "Gov", "80", None, "2020-04-20")),
            ("a", "b"),
            None,
        ),
        # said on two days, the lower the later word: a revision, as before
        (
            (
                ("a", "Gov", "1,427", "2017-12-31", "2018-08-09"),
                ("b", "Gov", "64", None, "2018-08-10"),
            ),
            ("a", "b"),
            None,
        ),
        # another claimant's fall is a dispute's, never "stated together" (no revision here)
        (
            (
                ("a", "Study", "1,427", "2017-12-31", "2018-08-09"),
                ("b", "Gov", "64", None, "2018-08-09"),
            ),
            None,
            None,
        ),
    ],
)
def test_a_claimants_own_fall_stated_on_one_day_is_of_unknown_order(
    figures: tuple[tuple[str, str, str, str | None, str], ...],
    claims: tuple[str, str] | None,
    together: str | None,
) -> None:
    report = engine.analyse(
        [fact(i, who, t, as_of=a, said_on=s) for i, who, t, a, s in figures],
        cumulative=["deaths"],
    )
    found = _revisions(report)
    assert [r.claims for r in found] == ([] if claims is None else [claims])
    if claims is None:
        return
    (rev,) = found
    assert rev.together == together
    doc = engine.report_to_json("s", report)
    (shown,) = [c for c in doc["conflicts"] if c["kind"] == "revision"]
    if together is None:
        assert "stated_together" not in shown and "ordered" not in shown
        assert "order not known" not in engine.revision_heading(rev)
        assert engine.revision_note(rev).startswith("a total that can only grow was later given")
    else:
        assert shown["ordered"] is False and shown["stated_together"] == together
        assert engine.revision_heading(rev).endswith(f"(both stated {together}, order not known)")
        assert "not surely a correction" in engine.revision_note(rev)


def test_the_summary_says_a_fall_of_one_day_is_of_unknown_order() -> None:
    one_day = engine.analyse(
        [
            fact("a", "Gov", "1,427", as_of="2017-12-31", said_on="2018-08-09"),
            fact("b", "Gov", "64", said_on="2018-08-09"),
        ],
        cumulative=["deaths"],
    )
    assert "1 downward revision (of unknown order)" in engine.summary_line(one_day)
    two_days = engine.analyse(
        [
            fact("a", "Gov", "1,427", as_of="2017-12-31", said_on="2018-08-09"),
            fact("b", "Gov", "64", said_on="2018-08-10"),
        ],
        cumulative=["deaths"],
    )
    assert "1 downward revision among" in engine.summary_line(two_days)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        # a kind of what is counted, between the figure and its noun: a count, not a hedge
        ("4645 excess deaths", (4645, 4645, "excess deaths")),
        ("4,645 excess deaths", (4645, 4645, "excess deaths")),
        ("about 1,300 excess cases", (1170, 1430, "excess cases")),
        ("an estimated 4645 excess deaths", (4599, 4691, "excess deaths")),
        # still a hedge where it hedges, or stands alone
        ("4,645 excess", None),
        ("4645 excess of deaths", None),
        ("300 excess 20", None),
    ],
)
def test_excess_before_a_noun_names_a_kind(text: str, reading: tuple[int, int, str] | None) -> None:
    if reading is None:
        with pytest.raises(FigureError):
            parse_figure(text)
        return
    f = parse_figure(text)
    assert (f.base_low, f.base_high, f.unit) == reading


@pytest.mark.parametrize(
    ("own_said", "disputed"),
    [
        # the government's 1,427 by December and its 64 given the same day: the 64's fall
        # from it is of unknown order, so the study's interval of December (793 to 8,498) is
        # no count as it stood: the later 64 disputes it (before, it was left out)
        ("2018-08-09", True),
        # the 1,427 said a week before the 64: the government's own revision, the study's
        # interval its count as it stood (rule 9), as before
        ("2018-08-02", False),
    ],
)
def test_a_count_as_it_stood_needs_the_claimants_earlier_word(
    own_said: str, disputed: bool
) -> None:
    facts = [
        fact("gov-1427", "Government", "1,427", as_of="2017-12-31", said_on=own_said),
        fact("gov-64", "Government", "64", said_on="2018-08-09"),
        fact("ci", "Study", "between 793 and 8,498", as_of="2017-12-31", said_on="2018-05-29"),
    ]
    report = engine.analyse(facts, cumulative=["deaths"])
    held = _disputed(report)
    assert ("ci" in held) is disputed
    assert [r.claims for r in _revisions(report)] == [("gov-1427", "gov-64")]


@pytest.mark.parametrize(
    ("quote", "value", "warned"),
    [
        # an excess over what is usual is the level of an excess count: no warning
        ("1,052 more people than usual had died", "1,052", False),
        ("around 2,975 more deaths than normal occurred", "around 2,975", False),
        ("some 500 more cases than expected", "some 500", False),
        ("40 more than the average", "40", False),
        ("1,427 more deaths than an average year", "1,427", False),
        # an amount added to another, as before: warned
        ("113 more people died overnight", "113", True),
        ("1,427 more deaths from September to December", "1,427", True),
        ("another 40 people were found", "40", True),
    ],
)
def test_more_than_what_is_usual_is_an_excess_count(quote: str, value: str, warned: bool) -> None:
    from claimtrack.guards import added_warning

    assert (added_warning(value, quote) is not None) is warned


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("4,645 (793-8,498)", "--low 793 --high 8498"),
        ("4645 (95% CI, 793 to 8498)", "--low 793 --high 8498"),
        ("2,975 (2,658 to 3,290)", "--low 2658 --high 3290"),
        # no interval in brackets: the refusal as before
        ("250 (fighters)", None),
        ("250 (about 300)", None),
    ],
)
def test_an_estimate_with_its_interval_is_refused_saying_how_to_give_it(
    text: str, bounds: str | None
) -> None:
    with pytest.raises(FigureError) as refused:
        parse_figure(text)
    said = str(refused.value)
    if bounds is None:
        assert "interval" not in said
    else:
        assert "an estimate with its interval" in said and said.endswith(bounds)


# -- properties --------------------------------------------------------------------------------

_HEDGES = ("{}", "about {}", "around {}", "at least {}", "more than {}", "nearly {}", "some {}")
_DAYS = [f"2017-10-{d:02d}" for d in range(1, 29)]


def _said_of(true: int, hedge: str, rounding: int) -> tuple[str, bool]:
    """A phrase for the true value ``true``: the value rounded down (for "at least", "more
    than") or to the nearest ``rounding`` (else up, for "nearly"), in the hedge; and whether
    its reading holds the true value (a phrase that does not is left out)."""
    if hedge in ("at least {}", "more than {}"):
        shown = max(1, true // rounding * rounding - (1 if hedge == "more than {}" else 0))
    elif hedge == "nearly {}":
        shown = -(-true // rounding) * rounding
    else:
        shown = max(1, round(true / rounding) * rounding)
    text = hedge.format(f"{shown:,}")
    f = parse_figure(text)
    high = float("inf") if f.base_high is None else f.base_high + f.rounding
    return text, f.base_low - f.rounding <= true <= high


@settings(max_examples=examples(200), deadline=None)
@given(
    st.lists(st.integers(0, 400), min_size=2, max_size=8),
    st.lists(
        st.tuples(
            st.integers(0, 7),
            st.sampled_from(["Government", "Newspaper", "Agency", "Mayor"]),
            st.sampled_from(_HEDGES),
            st.sampled_from([1, 10, 100]),
        ),
        min_size=2,
        max_size=12,
    ),
)
def test_a_rising_count_reported_with_hedges_is_never_disputed(
    steps: list[int], reports: list[tuple[int, str, str, int]]
) -> None:
    """A toll that rises day by day (never falls), each report a hedged reading that holds
    the day's true value ("about 40" of 38, "at least 1,100" of 1,163, "nearly 50" of 47),
    by several claimants: no dispute, no revision, no reversal, whoever said what."""
    series, total = [], 10
    for s in steps:
        total += s
        series.append(total)
    facts = []
    for i, (day, who, hedge, rounding) in enumerate(reports):
        day %= len(series)
        text, holds = _said_of(series[day], hedge, rounding)
        if holds:
            facts.append(fact(f"c{i:02d}", who, text, said_on=_DAYS[day]))
    assume(len(facts) >= 2)
    report = engine.analyse(facts, cumulative=["deaths"])
    wrong = [
        c
        for c in report.conflicts
        if isinstance(c, engine.FigureConflict | engine.Revision | engine.Reversal)
    ]
    assert wrong == [], [(f.claimant, f.low, f.high, f.said_on) for f in facts]


@settings(max_examples=examples(200), deadline=None)
@given(
    st.lists(st.integers(0, 400), min_size=2, max_size=6),
    st.integers(0, 5),
    st.sampled_from([1.1, 1.5, 3.0]),
    st.sampled_from([1.5, 2.0, 10.0]),
    st.booleans(),
)
def test_a_fall_beyond_the_ratio_is_always_found(
    steps: list[int], at: int, min_gap: float, fall: float, own: bool
) -> None:
    """The same rising count, exact, then one later figure below an earlier one by more
    than the materiality ratio (the official 64 against an estimate of 1,052 a month
    before): a dispute when another claimant gave it, a revision when the same one did on
    a later day; never hidden as minor."""
    series, total = [], 100
    for s in steps:
        total += s
        series.append(total)
    at %= len(series)
    facts = [fact(f"c{i}", "Study", f"{v}", said_on=_DAYS[i]) for i, v in enumerate(series)]
    low = int(series[at] / (fall * min_gap))
    assume(low >= 1 and series[at] / low >= min_gap * 1.05)
    late = _DAYS[len(series) + 1]
    facts.append(fact("late", "Study" if own else "Government", f"{low}", said_on=late))
    report = engine.analyse(facts, min_gap=min_gap, cumulative=["deaths"])
    held = _disputed(report) | {cid for c in _revisions(report) for cid in c.claims}
    assert "late" in held
    assert not any("late" in m.claims for m in report.minor if hasattr(m, "claims"))


@settings(max_examples=examples(200), deadline=None)
@given(
    st.integers(20, 5_000),
    st.sampled_from([1.5, 3.0, 20.0]),
    st.sampled_from(_DAYS[:10]),
    st.sampled_from(_DAYS[10:20]),
    st.sampled_from(_DAYS[20:]),
    st.booleans(),
)
def test_a_fall_is_of_unknown_order_exactly_when_stated_on_one_date(
    high: int, fall: float, moment: str, said: str, later: str, together: bool
) -> None:
    """One claimant's count of an earlier moment (``moment``) materially above its count of
    the day it is said: a revision either way, "stated together" exactly when both were said
    on one date, with the heading and the JSON saying so; never a dispute with itself."""
    low = max(1, int(high / fall))
    assume(high / low >= 1.5)
    facts = [
        fact("early", "Gov", f"{high}", as_of=moment, said_on=said),
        fact("late", "Gov", f"{low}", said_on=said if together else later),
    ]
    report = engine.analyse(facts, cumulative=["deaths"])
    (rev,) = _revisions(report)
    assert rev.claims == ("early", "late")
    assert rev.together == (said if together else None)
    assert ("order not known" in engine.revision_heading(rev)) is together
    (shown,) = [c for c in engine.report_to_json("s", report)["conflicts"]]
    assert ("stated_together" in shown) is together
    assert not [c for c in report.conflicts if isinstance(c, engine.FigureConflict)]
