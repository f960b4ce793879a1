"""The engine's judgement rules: materiality, severity as spread, rounding, units, cumulative
revisions, dates in reversals, sums and echoes (docs/conflicts.md, rules 6-12)."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.conflicts import (
    Fact,
    FigureConflict,
    Incomparable,
    Report,
    Reversal,
    Revision,
    StanceConflict,
    SumFinding,
    SumRelation,
    analyse,
    report_to_json,
    summary_line,
)

from conftest import examples

SAME = object()


def fig(
    id_: str,
    low: float,
    high: float | object | None = SAME,
    *,
    who: str | None = None,
    measure: str = "m",
    as_of: str | None = None,
    said_on: str | None = None,
    reported_on: str | None = None,
    rounding: float = 0,
    dimension: str = "count",
    relays: str | None = None,
    status: str = "active",
) -> Fact:
    hi = low if high is SAME else high
    return Fact(
        id_,
        who or f"source {id_}",
        "figure",
        measure,
        low,
        hi,
        None,
        as_of,
        said_on,
        status,
        reported_on,
        dimension,
        rounding,
        relays,
    )


def stance(
    id_: str,
    side: str,
    *,
    who: str | None = None,
    prop: str = "p",
    said_on: str | None = None,
    reported_on: str | None = None,
    relays: str | None = None,
) -> Fact:
    return Fact(
        id_,
        who or f"source {id_}",
        "stance",
        prop,
        None,
        None,
        side,
        None,
        said_on,
        "active",
        reported_on,
        "count",
        0,
        relays,
    )


def of(report: Report, kind: type) -> list:
    found = [c for c in report.conflicts if isinstance(c, kind)]
    if kind is FigureConflict:  # time21: a dispute of one claimant alone is told as its reversal
        found += [d for c in report.conflicts if isinstance(c, Reversal) for d in c.disputes]
    return found


def every_fall(report: Report) -> list[Revision]:
    """Revisions (one claimant's own fall, a finding) and falls between claimants (shown
    inside the dispute that holds both figures, rule 9)."""
    return of(report, Revision) + [f for c in of(report, FigureConflict) for f in c.falls]


def positions(c: FigureConflict) -> list[tuple]:
    return [(p.low, p.high, p.claims) for p in c.positions]


# -- materiality ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("facts", "min_gap", "disputed", "minor"),
    [
        pytest.param([fig("a", 100), fig("b", 104)], 1.1, False, True, id="4pc-is-minor"),
        pytest.param([fig("a", 100), fig("b", 104)], 1.0, True, False, id="4pc-with-min-gap-1"),
        pytest.param([fig("a", 100), fig("b", 110)], 1.1, True, False, id="exactly-1.1-disputed"),
        pytest.param([fig("a", 100), fig("b", 109)], 1.1, False, True, id="1.09-minor"),
        pytest.param([fig("a", 100), fig("b", 140)], 1.5, False, True, id="min-gap-1.5"),
        pytest.param([fig("a", 0), fig("b", 1)], 1.1, True, False, id="zero-is-infinitely-apart"),
        pytest.param([fig("a", 100), fig("b", 100)], 1.1, False, False, id="agree"),
        # a chain of close claims whose ends are materially apart is a dispute
        pytest.param(
            [fig("a", 100), fig("b", 105), fig("c", 110.25), fig("d", 115.8)],
            1.1,
            True,
            False,
            id="chain-of-small-steps",
        ),
    ],
)
def test_materiality(facts: list[Fact], min_gap: float, disputed: bool, minor: bool) -> None:
    report = analyse(facts, min_gap=min_gap)
    assert bool(of(report, FigureConflict)) == disputed
    assert bool(report.minor) == minor
    assert report.min_gap == min_gap


def test_minor_differences_keep_the_conflict_shape() -> None:
    report = analyse([fig("a", 10_000), fig("b", 10_400)])
    assert report.conflicts == ()
    (minor,) = report.minor
    assert isinstance(minor, FigureConflict)
    assert positions(minor) == [(10_000, 10_000, ("a",)), (10_400, 10_400, ("b",))]
    assert minor.severity == 1.04  # two decimals for a minor spread
    doc = report_to_json("s", report)
    assert doc["conflicts"] == []
    assert doc["minor"][0]["kind"] == "figure"
    assert (
        summary_line(report) == "No conflicts among 2 claims from 2 claimants; 1 minor difference"
    )


def test_immaterial_neighbours_are_one_position() -> None:
    """Positions closer than the ratio are shown as one; the material gaps stay."""
    facts = [fig("a", 24, 60), fig("b", 240, 260), fig("c", 262), fig("d", 2000, 9999)]
    (c,) = of(analyse(facts), FigureConflict)
    assert positions(c) == [(24, 60, ("a",)), (240, 262, ("b", "c")), (2000, 9999, ("d",))]
    assert c.gaps == (4.0, 7.6)
    assert c.severity == 33.3


# (facts, disputed, minor, shown spread): hedges and rounding make the intervals, which decide
# whether two figures differ; the materiality ratio then compares their cores, once
_ONCE = [
    # "about 6.4 million" (+-10%) against "7.7 million" (rounded, +-50,000): the widened
    # intervals are 1.09x apart, the figures 1.2x
    pytest.param(
        [fig("a", 5_760_000, 7_040_000), fig("b", 7_700_000, rounding=50_000)],
        True,
        False,
        1.2,
        id="hedge-and-rounding-do-not-stack",
    ),
    pytest.param(
        [fig("a", 1000, rounding=50), fig("b", 1200, rounding=50)],
        True,
        False,
        1.2,
        id="1.2x-between-round-figures",
    ),
    pytest.param(
        [fig("a", 3500, rounding=50), fig("b", 3450, rounding=50)],
        False,
        False,
        None,
        id="3500-vs-3450-agree",
    ),
    pytest.param(
        [fig("a", 10000, rounding=500), fig("b", 10100, rounding=50)],
        False,
        False,
        None,
        id="10000-vs-10100-agree",
    ),
    # "some 250" and "many hundreds" (300-999): the range's end against the hedged value
    pytest.param([fig("a", 225, 275), fig("b", 300, 999)], True, False, 1.2, id="range-end"),
    # a wide range is what it says: "between 40 and 60" against 61 is a near miss
    pytest.param([fig("a", 40, 60), fig("b", 61)], False, True, 1.02, id="wide-range-ends"),
    # an open bound is its bound: "more than 20,000" against "18,000 to 20,000"
    pytest.param(
        [fig("a", 18000, 20000), fig("b", 20001, None)], False, True, 1.05, id="open-bound"
    ),
    # a cap is its bound: "fewer than 100" against 105
    pytest.param([fig("a", 0, 99), fig("b", 105)], False, True, 1.06, id="cap"),
]


@pytest.mark.parametrize(("facts", "disputed", "minor", "spread"), _ONCE)
def test_materiality_is_judged_once(
    facts: list[Fact], disputed: bool, minor: bool, spread: float | None
) -> None:
    report = analyse(facts)
    found = of(report, FigureConflict) + list(report.minor)
    assert bool(of(report, FigureConflict)) == disputed
    assert bool(report.minor) == minor
    assert [c.severity for c in found] == ([] if spread is None else [spread])


def test_a_revision_is_judged_once_too() -> None:
    """A cumulative toll given as "7.7 million" and later as "about 6.4 million"."""
    facts = [
        fig("a", 7_700_000, rounding=50_000, said_on="2022-01-01"),
        fig("b", 5_760_000, 7_040_000, said_on="2022-02-01"),
    ]
    (r,) = every_fall(analyse(facts, cumulative={"m"}))
    assert (r.claims, r.ratio) == (("a", "b"), 1.2)


def test_severity_is_the_spread_and_orders_conflicts() -> None:
    facts = [
        # spread 4.5x although the largest neighbour gap is 2.8x
        fig("d1", 3958, measure="deaths"),
        fig("d2", 11300, rounding=50, measure="deaths"),
        fig("d3", 18000, 20000, measure="deaths"),
        fig("d4", 20001, None, measure="deaths"),
        # a single gap of 3x
        fig("x1", 10, measure="other"),
        fig("x2", 30, measure="other"),
    ]
    deaths, other = of(analyse(facts), FigureConflict)
    assert (deaths.measure, deaths.severity, deaths.gaps) == ("deaths", 4.5, (2.8, 1.6))
    assert positions(deaths)[-1] == (18000, None, ("d3", "d4"))
    assert (other.measure, other.severity) == ("other", 3.0)


def test_figure_reversals_below_the_ratio_are_minor() -> None:
    facts = [
        fig("a", 18000, 20000, who="Mayor", said_on="2023-09-13"),
        fig("b", 20001, None, who="Mayor", said_on="2023-09-13"),
    ]
    report = analyse(facts)
    assert report.conflicts == ()
    assert [type(m) for m in report.minor] == [FigureConflict, Reversal]
    # at a ratio of 1 they are a dispute; said on one day, their order is not known, so the
    # dispute says the mayor's own figures disagree and no reversal is filed (time30)
    strict = analyse(facts, min_gap=1)
    assert not of(strict, Reversal)
    assert [d.why for c in of(strict, FigureConflict) for d in c.own] == ["unordered"]


# -- rounding -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(fig("a", 3500, rounding=50), fig("b", 3450), id="3,500-vs-3,450"),
        pytest.param(
            fig("a", 1_200_000, rounding=50_000), fig("b", 1_180_000), id="1.2m-vs-1,180,000"
        ),
        pytest.param(fig("a", 10_000, rounding=500), fig("b", 10_100), id="10,000-vs-10,100"),
    ],
)
def test_rounding_widens_before_comparing(a: Fact, b: Fact) -> None:
    report = analyse([a, b], min_gap=1)
    assert report.conflicts == () and report.minor == ()


def test_rounding_shows_in_positions_and_never_goes_below_zero() -> None:
    (c,) = of(analyse([fig("a", 20, rounding=30), fig("b", 100)]), FigureConflict)
    assert positions(c) == [(0, 50, ("a",)), (100, 100, ("b",))]


# -- units -------------------------------------------------------------------------------


def test_figures_compare_in_base_units() -> None:
    # 6 km against 4 miles: 6,000 m against 6,437.4 m, a minor difference, not a 1.5x dispute
    report = analyse([fig("km", 6000, dimension="length"), fig("mi", 6437.376, dimension="length")])
    assert report.conflicts == ()
    assert len(report.minor) == 1


def test_other_currencies_and_dimensions_are_incomparable() -> None:
    facts = [
        fig("usd", 1.2e9, dimension="currency:USD"),
        fig("gbp", 1e9, dimension="currency:GBP"),
        fig("usd2", 5e9, dimension="currency:USD"),
        fig("n", 13000, measure="deaths"),
        fig("pc", 40, measure="deaths", dimension="share"),
    ]
    report = analyse(facts)
    assert report.incomparable == (
        Incomparable("deaths", (("count", ("n",)), ("share", ("pc",)))),
        Incomparable("m", (("currency:GBP", ("gbp",)), ("currency:USD", ("usd", "usd2")))),
    )
    (c,) = of(report, FigureConflict)  # the two dollar amounts still disagree
    assert (c.dimension, c.severity) == ("currency:USD", 4.2)
    assert report_to_json("s", report)["incomparable"][1] == {
        "measure": "m",
        "groups": [
            {"dimension": "currency:GBP", "claims": ["gbp"]},
            {"dimension": "currency:USD", "claims": ["usd", "usd2"]},
        ],
    }


# -- cumulative measures: revisions --------------------------------------------------------

OCHA, LRC = "UN OCHA", "Libyan Red Crescent"


@pytest.mark.parametrize("with_as_of", [False, True])
def test_a_falling_cumulative_toll_is_a_revision(with_as_of: bool) -> None:
    facts = [
        fig("lrc", 11300, rounding=50, who=LRC, reported_on="2023-09-14",
            as_of="2023-09-14" if with_as_of else None),
        fig("ocha", 3958, who=OCHA, said_on="2023-09-17",
            as_of="2023-09-17" if with_as_of else None),
    ]  # fmt: skip
    report = analyse(facts, cumulative={"m"})
    # two claimants: a fall between them, shown inside their dispute, not a finding of its own
    assert not of(report, Revision)
    (dispute,) = of(report, FigureConflict)
    (rev,) = dispute.falls
    assert rev.claims == ("lrc", "ocha")
    assert rev.claimants == (LRC, OCHA)
    basis = "as_of" if with_as_of else "reported_on"
    assert rev.dates == (
        ("2023-09-14", basis),
        ("2023-09-17", "as_of" if with_as_of else "said_on"),
    )
    assert rev.ratio == 2.8
    # without the mark it is a dispute (undated) or a change over time (dated), no revision
    plain = analyse(facts)
    assert not of(plain, Revision)
    assert bool(of(plain, FigureConflict)) is not with_as_of
    assert bool(plain.changes) is with_as_of


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        pytest.param(
            [fig("a", 100, said_on="2023-09-14"), fig("b", 300, said_on="2023-09-17")],
            [],
            id="rising-is-no-revision",
        ),
        pytest.param(
            [fig("a", 100, said_on="2023-09-14"), fig("b", 95, said_on="2023-09-17")],
            [],
            id="immaterial-fall",
        ),
        pytest.param(
            [fig("a", 100, said_on="2023-09"), fig("b", 30, said_on="2023-09-17")],
            [],
            id="month-is-not-before-its-days",
        ),
        pytest.param(
            [fig("a", 100, said_on="2023-08"), fig("b", 30, said_on="2023-09-17")],
            [("a", "b")],
            id="earlier-month",
        ),
        pytest.param(
            [fig("a", 100), fig("b", 30, said_on="2023-09-17")], [], id="undated-takes-no-part"
        ),
        pytest.param(
            [
                fig("a", 100, said_on="2023-09-01"),
                fig("b", 500, said_on="2023-09-02"),
                fig("c", 300, said_on="2023-09-03"),
                fig("d", 50, said_on="2023-09-04"),
            ],
            [("b", "c"), ("c", "d")],
            id="each-fall-against-the-latest-figure-above-it",
        ),
        pytest.param(
            [fig("a", 100, None, said_on="2023-09-01"), fig("b", 30, said_on="2023-09-02")],
            [("a", "b")],
            id="unbounded-earlier",
        ),
        # time18: a claimant's own 71 printed by two outlets is one statement, one revision
        # (the Grenfell Tower toll, 79 to 71, was "2 downward revisions")
        pytest.param(
            [
                fig("a", 79, who="Police", said_on="2017-09-01"),
                fig("b", 71, who="Police", said_on="2017-11-16"),
                fig("c", 71, who="Police", said_on="2017-11-16"),
            ],
            [("a", "b")],
            id="one-statement-in-two-reports",
        ),
        pytest.param(
            [
                fig("a", 79, who="Police", said_on="2017-09-01"),
                fig("b", 71, who="Police", said_on="2017-11-16"),
                fig("c", 70, who="Police", said_on="2017-11-16"),
            ],
            [("a", "b"), ("a", "c")],
            id="two-figures-of-one-day-are-two",
        ),
        pytest.param(
            [
                fig("a", 79, who="Police", said_on="2017-09-01"),
                fig("b", 71, who="Paper", said_on="2017-11-16"),
                fig("c", 71, who="Paper", said_on="2017-11-16"),
            ],
            [("a", "b"), ("a", "c")],
            id="falls-between-claimants-per-report",
        ),
    ],
)
def test_revision_rules(facts: list[Fact], expected: list[tuple[str, str]]) -> None:
    report = analyse(facts, cumulative={"m"})
    assert sorted(r.claims for r in every_fall(report)) == expected


def test_revising_your_own_figure_down_is_a_revision_not_also_a_reversal() -> None:
    """One finding per disagreement: a claimant who lowers its own count of a toll that can
    only grow has revised it (the revision names it twice); "changed position" said again of
    the same two claims would count one correction as two contradictions (before: both)."""
    facts = [
        fig("a", 11300, who=OCHA, as_of="2023-09-14", said_on="2023-09-14"),
        fig("b", 3958, who=OCHA, as_of="2023-09-17", said_on="2023-09-17"),
    ]
    assert not of(analyse(facts), Reversal)  # different moments: not a reversal ...
    report = analyse(facts, cumulative={"m"})
    assert not of(report, Reversal)  # ... nor when the toll can only grow: its revision
    (revision,) = of(report, Revision)
    assert revision.claims == ("a", "b")


def test_a_relayed_figure_revised_by_its_relayer() -> None:
    """OCHA passed on the Red Crescent's 11,300, then gave 3,958: OCHA's own revision (not
    also a reversal), preferred to the Red Crescent's figure; the echo never revises its
    source."""
    facts = [
        fig("mayor", 20001, None, who="Mayor", said_on="2023-09-13"),
        fig("lrc", 11300, rounding=50, who=LRC, reported_on="2023-09-14"),
        fig("ocha-relay", 11300, rounding=50, who=OCHA, said_on="2023-09-16", relays="lrc"),
        fig("ocha", 3958, who=OCHA, said_on="2023-09-17"),
    ]
    report = analyse(facts, cumulative={"m"})
    assert sorted(r.claims for r in every_fall(report)) == [
        ("mayor", "lrc"),
        ("ocha-relay", "ocha"),
    ]
    # OCHA's own fall is a finding (a revision); the Mayor's to the Red Crescent's is the
    # dispute between them, shown inside it
    assert [r.claims for r in of(report, Revision)] == [("ocha-relay", "ocha")]
    assert not of(report, Reversal)


# -- dates in reversals ------------------------------------------------------------------


def test_reversal_in_statement_order_with_the_date_used() -> None:
    facts = [
        stance("deny", "denies", who=LRC, said_on="2023-09-17"),
        stance("affirm", "affirms", who=LRC, reported_on="2023-09-14"),
        stance("undated", "affirms", who=LRC),
    ]
    (rev,) = of(analyse(facts), Reversal)
    assert rev.claims == ("affirm", "deny", "undated")
    assert rev.dates == (("2023-09-14", "reported_on"), ("2023-09-17", "said_on"), (None, None))


# -- sums --------------------------------------------------------------------------------

CONVOY = SumRelation("people", ("fighters", "families"))
COALITION = "US-led coalition"


def test_a_sum_that_holds_is_a_check() -> None:
    facts = [
        fig("c250", 225, 275, who=COALITION, measure="fighters"),
        fig("c3500", 3500, rounding=50, who=COALITION, measure="families"),
        fig("driver", 3600, 4400, who="Driver", measure="people"),
        fig("sdf", 24, 60, who="SDF", measure="fighters"),  # gave no family figure
    ]
    report = analyse(facts, sums=[CONVOY])
    assert not of(report, SumFinding)
    (check,) = report.checks
    assert check == SumFinding(
        "people",
        ("fighters", "families"),
        ("c250", "c3500", "driver"),
        3675,
        3825,
        COALITION,
        "Driver",
        None,
        True,
    )


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        pytest.param(
            [
                fig("f", 250, who="A", measure="fighters"),
                fig("fam", 3500, who="A", measure="families"),
                fig("t", 10_000, who="B", measure="people"),
            ],
            [(("fighters", "families"), ("f", "fam", "t"), 3750, 3750)],
            id="implied-total-too-small",
        ),
        pytest.param(
            [
                fig("f", 250, who="A", measure="fighters"),
                fig("t", 100, who="B", measure="people"),
            ],
            [(("fighters",), ("f", "t"), 250, 250)],
            id="one-part-above-the-total",
        ),
        pytest.param(
            [
                fig("f", 250, who="A", measure="fighters", as_of="2017-10"),
                fig("fam", 3500, who="A", measure="families", as_of="2017-11"),
                fig("t", 10_000, who="B", measure="people"),
            ],
            [],
            id="parts-of-different-moments-are-not-added",
        ),
        pytest.param(
            [
                fig("f", 250, who="A", measure="fighters", as_of="2017-10"),
                fig("fam", 3500, who="A", measure="families"),
                fig("t", 10_000, who="B", measure="people", as_of="2017-10"),
                fig("t2", 3750, who="C", measure="people", as_of="2017-09"),
            ],
            [(("fighters", "families"), ("f", "fam", "t"), 3750, 3750)],
            id="as-of-gating",
        ),
    ],
)
def test_sum_disagreements(facts: list[Fact], expected: list[tuple]) -> None:
    found = of(analyse(facts, sums=[CONVOY]), SumFinding)
    assert [(s.parts, s.claims, s.low, s.high) for s in found] == expected
    assert all(not s.holds for s in found)


def test_sum_json_shape() -> None:
    facts = [
        fig("f", 250, who="A", measure="fighters"),
        fig("fam", 3500, who="A", measure="families"),
        fig("t", 10_000, who="B", measure="people"),
    ]
    doc = report_to_json("s", analyse(facts, sums=[CONVOY]))
    assert doc["conflicts"] == [
        {
            "kind": "sum",
            "total": "people",
            "parts": ["fighters", "families"],
            "dimension": "count",
            "claims": ["f", "fam", "t"],
            "low": 3750,
            "high": 3750,
            "claimant": "A",
            "total_claimant": "B",
            "as_of": None,
            "gap": 2.7,
            "difference": {"kind": "short", "low": 6250, "high": 6250},
        }
    ]
    assert doc["summary"]["sums"] == 1
    assert doc["unchecked"] == []


# -- echoes -------------------------------------------------------------------------------


def test_a_relaying_claim_is_no_second_source() -> None:
    facts = [
        fig("lrc", 11300, who=LRC),
        fig("ocha", 11300, who=OCHA, relays="lrc"),
        fig("who", 3958, who="WHO"),
    ]
    report = analyse(facts)
    (c,) = of(report, FigureConflict)
    assert positions(c) == [(3958, 3958, ("who",)), (11300, 11300, ("lrc", "ocha"))]
    assert c.positions[1].claimants == (LRC,)
    assert c.positions[1].relaying == (("ocha", "lrc"),)
    assert (report.n_claimants, report.n_relaying) == (2, 1)
    assert summary_line(report) == (
        "1 disputed figure among 3 claims from 2 claimants (not counting 1 relaying claim)"
    )


@pytest.mark.parametrize(
    ("echo", "disputes"),
    [
        (fig("echo", 100, who="B", relays="src"), False),  # the same figure: an echo
        (fig("echo", 102, rounding=5, who="B", relays="src"), False),  # within its rounding
        (fig("echo", 90, high=110, who="B", relays="src"), False),  # a range holding it
        # audit13: a relay that changes the figure it passes on (100 printed as 300, as 10)
        # is no echo: it is judged as itself, so the changed figure is not hidden
        (fig("echo", 300, who="B", relays="src"), True),
        (fig("echo", 10, who="B", relays="src"), True),
        (stance("e", "affirms", who="B", relays="s"), False),
        (stance("e", "denies", who="B", relays="s"), True),  # a relay that turns it around
    ],
)
def test_an_echo_disputes_what_it_relays_only_when_it_changes_it(
    echo: Fact, disputes: bool
) -> None:
    told = fig("src", 100, who="A") if echo.kind == "figure" else stance("s", "affirms", who="A")
    report = analyse([told, echo])
    assert bool(report.conflicts) is disputes
    assert report.n_relaying == (0 if disputes else 1)


def test_an_echo_of_a_missing_claim_counts_as_itself() -> None:
    facts = [fig("a", 100), fig("echo", 300, relays="gone")]
    assert of(analyse(facts), FigureConflict)


def test_relay_chains_and_cycles() -> None:
    chain = [fig("a", 100), fig("b", 100, relays="a"), fig("c", 100, relays="b"), fig("x", 5)]
    (c,) = of(analyse(chain), FigureConflict)
    assert c.positions[1].relaying == (("b", "a"), ("c", "a"))
    cycle = [fig("a", 100, relays="b"), fig("b", 300, relays="a")]
    assert of(analyse(cycle), FigureConflict)  # nobody in a cycle is an echo


def test_stance_echo_sits_on_its_side() -> None:
    facts = [
        stance("a", "affirms", who=LRC),
        stance("e", "affirms", who=OCHA, relays="a"),
        stance("d", "denies", who="Government"),
    ]
    (c,) = of(analyse(facts), StanceConflict)
    assert c.positions[0].claims == ("a", "e")
    assert c.positions[0].claimants == (LRC,)
    assert c.positions[0].relaying == (("e", "a"),)


# -- properties ---------------------------------------------------------------------------

_claim = st.tuples(
    st.integers(0, 60),
    st.one_of(st.none(), st.integers(0, 30)),
    st.sampled_from([None, None, "2019", "2020"]),
    st.sampled_from(["A", "B", "C"]),
    st.sampled_from([None, "2017-10", "2017-11-02"]),
    st.sampled_from(["m", "m", "n"]),
    st.integers(0, 3),
)


def _facts(raw: list) -> list[Fact]:
    return [
        fig(f"c{i:02d}", lo, None if w is None else lo + w, who=who, as_of=a, said_on=said,
            measure=m, rounding=r)
        for i, (lo, w, a, who, said, m, r) in enumerate(raw)
    ]  # fmt: skip


def _findings(report: Report) -> list[tuple]:
    """What a finding is about (kind and claims), independent of the numbers shown."""
    out = []
    for group in (report.conflicts, report.minor, report.checks):
        for c in group:
            if isinstance(c, FigureConflict | StanceConflict):
                out.append((type(c).__name__, tuple(tuple(p.claims) for p in c.positions)))
            else:
                out.append((type(c).__name__, (tuple(c.claims),)))
    return out


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(_claim, min_size=1, max_size=10), st.data())
def test_adding_a_relayed_copy_never_adds_a_finding(raw: list, data: st.DataObject) -> None:
    facts = _facts(raw)
    source = data.draw(st.sampled_from(facts))
    copy = source._replace(id="zz-copy", claimant="Relay agency", relays=source.id)
    rules = {"cumulative": {"m"}, "sums": [SumRelation("m", ("n",))]}
    before = analyse(facts, **rules)
    after = analyse([*facts, copy], **rules)
    strip = [
        tuple(tuple(i for i in ids if i != "zz-copy") for ids in f[1]) for f in _findings(after)
    ]
    assert len(_findings(after)) == len(_findings(before))
    assert strip == [f[1] for f in _findings(before)]


def _scaled(facts: list[Fact], factor: float) -> list[Fact]:
    """The same figures in another unit: every bound and rounding times ``factor``."""
    return [
        f._replace(
            low=f.low * factor,
            high=None if f.high is None else f.high * factor,
            rounding=f.rounding * factor,
        )
        for f in facts
    ]


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(_claim, max_size=10), st.sampled_from([1000, 0.3048, 1609.344, 10_000]))
def test_a_unit_conversion_never_changes_the_findings(raw: list, factor: float) -> None:
    facts = _facts(raw)
    scaled = _scaled(facts, factor)
    rules = {"cumulative": {"m"}, "sums": [SumRelation("m", ("n",))]}
    assert _findings(analyse(scaled, **rules)) == _findings(analyse(facts, **rules))


@pytest.mark.parametrize("factor", [1000, 0.3048, 1609.344, 10_000])
def test_a_count_passed_on_touching_an_update_in_any_unit(factor: float) -> None:
    """B's 0-15 (rounding 3: up to 18) allows A's own "18 or more" of that year, so A's "19
    or more" against it is A's update and its count passed on, not a dispute: in feet as in
    metres (18 x 0.3048 came out a hair above 15 x 0.3048 + 3 x 0.3048 in floating point,
    and the comparison that asks whether a core lies in an interval had no tolerance, where
    ``_above`` has one; found by the property test above)."""
    raw = [(0, None, None, "A", None, "m", 0)] * 7 + [
        (18, None, "2020", "A", None, "m", 0),
        (19, None, "2020", "A", None, "m", 0),
        (0, 15, "2020", "B", None, "m", 3),
    ]
    facts = _facts(raw)
    scaled = _scaled(facts, factor)
    rules = {"cumulative": {"m"}, "sums": [SumRelation("m", ("n",))]}
    assert _findings(analyse(scaled, **rules)) == _findings(analyse(facts, **rules)) == []


def test_min_gap_below_one_is_refused() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        analyse([], min_gap=0.9)


def test_report_is_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        analyse([]).n_claims = 3  # type: ignore[misc]


# -- time on cumulative measures (docs/conflicts.md, rule 9) ----------------------------------

# (facts on a cumulative measure, the claims disputed, the reversals, the change points)
_TIME = [
    pytest.param(
        [
            fig("a", 40, None, who="A", reported_on="2020-08-05"),
            fig("b", 65, None, who="B", reported_on="2020-08-06"),
            fig("c", 180, rounding=5, who="C", said_on="2020-08-12"),
        ],
        [],
        [],
        [("2020-08-05", ("a",)), ("2020-08-06", ("b",)), ("2020-08-12", ("c",))],
        id="a-rise-by-publication-dates-is-a-change",
    ),
    pytest.param(
        [
            fig("a", 1900, who="Minister", said_on="2021-03-09"),
            fig("b", 2601, None, who="Minister", said_on="2021-03-09"),
        ],
        [],
        [],
        [("2021-03-09", ("a",)), ("2021-03-09", ("b",))],
        id="one-claimant-same-day-update-order-unknown",
    ),
    pytest.param(
        [
            fig("a", 1900, who="Minister", said_on="2021-03-09"),
            fig("b", 2601, None, who="Hospital", said_on="2021-03-09"),
        ],
        ["a", "b"],
        [],
        [],
        id="two-claimants-same-day-dispute",
    ),
    pytest.param(
        [
            fig("a", 1900, who="Minister", said_on="2021-03"),
            fig("b", 2601, None, who="Hospital", said_on="2021-03-09"),
        ],
        ["a", "b"],
        [],
        [("2021-03", ("a",)), ("2021-03-09", ("b",))],
        id="a-month-against-a-day-in-it-is-not-ordered",
    ),
    pytest.param(
        [
            fig("a", 1900, who="Minister", as_of="2021-03-09T09:00"),
            fig("b", 2601, None, who="Hospital", as_of="2021-03-09T18:30"),
        ],
        [],
        [],
        [("2021-03-09T09:00", ("a",)), ("2021-03-09T18:30", ("b",))],
        id="times-of-day-order-a-day",
    ),
    pytest.param(
        [
            fig("a", 11300, who="Red Crescent", reported_on="2023-09-14"),
            fig("b", 3958, who="OCHA", said_on="2023-09-17"),
        ],
        ["a", "b"],
        [],
        [("2023-09-14", ("a",)), ("2023-09-17", ("b",))],
        id="a-later-fall-by-another-claimant-is-a-dispute",
    ),
    pytest.param(
        [fig("a", 100, who="X", said_on="2020-01-01"), fig("b", 300, who="X")],
        [],
        [],
        [],
        id="one-dated-one-undated-of-one-claimant-no-time",
    ),
]


@pytest.mark.parametrize(("facts", "disputed", "reversed_", "points"), _TIME)
def test_figures_on_a_cumulative_measure_at_their_times(
    facts: list[Fact], disputed: list[str], reversed_: list[str], points: list[tuple]
) -> None:
    report = analyse(facts, cumulative={"m"})
    found = sorted(i for c in of(report, FigureConflict) for p in c.positions for i in p.claims)
    assert found == disputed
    assert [i for r in of(report, Reversal) for i in r.claims] == reversed_
    assert [(p.as_of, p.claims) for ch in report.changes for p in ch.points] == points
    assert not report.minor or disputed == []


@pytest.mark.parametrize(
    ("dates", "ordered", "note"),
    [
        ((("2021-03-09", None), ("2021-03-10", None)), True, ""),
        ((("2021-03-09", None), ("2021-03-09", None)), False, "both 2021-03-09, order not known"),
        ((("2021-03", None), ("2021-03-09", None)), False, "order not known"),
        ((("2021-03-09T09:00", None), ("2021-03-09T18:30", None)), True, ""),
        ((("2021-03-09", None), (None, "2021-03-09")), False, "both 2021-03-09, order not known"),
        ((("2021-03-09", None), (None, None)), False, "order not known"),
    ],
)
def test_a_reversal_of_statements_that_cannot_be_ordered_draws_no_arrow(
    dates: tuple, ordered: bool, note: str
) -> None:
    from claimtrack.conflicts import order_note

    facts = [
        stance("a", "affirms", who="Leader", said_on=dates[0][0], reported_on=dates[0][1]),
        stance("b", "denies", who="Leader", said_on=dates[1][0], reported_on=dates[1][1]),
    ]
    (r,) = of(analyse(facts), Reversal)
    assert r.ordered is ordered
    assert order_note(r) == note
    assert report_to_json("s", analyse(facts))["conflicts"][-1]["ordered"] is ordered


@pytest.mark.parametrize(
    ("facts", "unmarked", "disputed"),
    [
        pytest.param(
            [
                fig("a", 60, measure="missing", reported_on="2020-08-05"),
                fig("b", 90, 110, measure="missing", said_on="2020-08-08"),
            ],
            ("missing",),
            False,
            id="rises-with-dates-and-reads-like-a-count",
        ),
        pytest.param(
            [
                fig("a", 60, measure="budget", reported_on="2020-08-05"),
                fig("b", 90, 110, measure="budget", said_on="2020-08-08"),
            ],
            (),
            True,
            id="not-a-running-count-by-name",
        ),
        pytest.param(
            [
                fig("a", 100, measure="killed", reported_on="2020-08-05"),
                fig("b", 60, measure="killed", said_on="2020-08-08"),
            ],
            (),
            True,
            id="a-fall-stays-a-dispute",
        ),
        pytest.param(
            [
                fig("a", 60, measure="deaths", reported_on="2020-08-05"),
                fig("b", 100, measure="deaths"),
            ],
            (),
            True,
            id="an-undated-figure-cannot-be-ordered",
        ),
        pytest.param(
            [
                fig("a", 60, measure="deaths", said_on="2020-08-05"),
                fig("b", 100, measure="deaths", said_on="2020-08-05"),
            ],
            (),
            True,
            id="one-day-cannot-be-ordered",
        ),
        pytest.param(
            [
                fig("sdf", 24, 60, measure="fighters-evacuated", said_on="2017-10-14"),
                fig("coalition", 225, 275, measure="fighters-evacuated", reported_on="2017-11"),
            ],
            (),
            True,
            id="one-event-s-count-is-no-running-count",
        ),
    ],
)
def test_a_running_count_not_marked_cumulative_gets_a_hint(
    facts: list[Fact], unmarked: tuple[str, ...], disputed: bool
) -> None:
    report = analyse(facts)
    assert report.unmarked == unmarked
    assert bool(of(report, FigureConflict)) == disputed
    hints = report_to_json("s", report)["hints"]
    assert hints == [{"measure": m, "hint": "mark-cumulative"} for m in unmarked]


# (facts, unmarked_one_time, disputed, reversals): a measure that reads like a running count,
# not marked, all of one time: a claimant's own figures apart are its updates of that time
# (order not known), as marking it shows; the others' figures of that time stay a dispute
@pytest.mark.parametrize(
    ("facts", "one_time", "disputed", "reversals"),
    [
        pytest.param(
            [
                fig("a", 120, who="CP", measure="deaths", said_on="2025-03-02"),
                fig("b", 158, who="CP", measure="deaths", said_on="2025-03-02"),
            ],
            ("deaths",),
            False,
            0,
            id="two-updates-of-one-day-alone",
        ),
        pytest.param(
            [
                fig("a", 120, who="CP", measure="deaths", said_on="2025-03-02"),
                fig("b", 158, who="CP", measure="deaths", said_on="2025-03-02"),
                fig("c", 81, 99, who="Mayor", measure="deaths", said_on="2025-03-02"),
            ],
            ("deaths",),
            True,
            0,
            id="updates-beside-another-s-figure-of-the-day",
        ),
        pytest.param(
            [
                fig("a", 158, who="CP", measure="killed", as_of="2025-03-02"),
                fig("b", 120, who="CP", measure="killed", said_on="2025-03-02"),
            ],
            ("killed",),
            False,
            0,
            id="a-fall-of-one-day-is-no-surer-than-a-rise",
        ),
        pytest.param(
            [
                fig("a", 12, who="CP", measure="fighters-evacuated", as_of="2025-03"),
                fig("b", 30, who="CP", measure="fighters-evacuated", said_on="2025-03-02"),
            ],
            (),
            True,
            0,  # its order is not known: the dispute says it, no reversal (time30)
            id="not-a-running-count-s-name-keeps-its-reversal",
        ),
        pytest.param(
            [
                fig("a", 120, who="CP", measure="deaths", as_of="2025-03"),
                fig("b", 158, who="CP", measure="deaths", said_on="2025-03-02"),
            ],
            ("deaths",),
            False,
            0,
            id="a-month-and-a-day-in-it",
        ),
        pytest.param(
            [
                fig("a", 60, measure="deaths", said_on="2020-08-05"),
                fig("b", 100, measure="deaths", said_on="2020-08-05"),
            ],
            (),
            True,
            0,
            id="two-claimants-of-one-day-unchanged",
        ),
        pytest.param(
            [
                fig("a", 120, who="CP", measure="deaths", said_on="2025-03-02"),
                fig("b", 158, who="CP", measure="deaths", said_on="2025-03-02"),
                fig("c", 90, who="Mayor", measure="deaths"),
            ],
            (),
            True,
            0,  # its order is not known: the dispute says it, no reversal (time30)
            id="an-undated-figure-leaves-it-as-it-was",
        ),
        pytest.param(
            [
                fig("a", 118, 122, who="CP", measure="deaths", said_on="2025-03-02"),
                fig("b", 121, who="CP", measure="deaths", said_on="2025-03-02"),
                fig("c", 60, who="Mayor", measure="deaths", said_on="2025-03-02"),
            ],
            (),
            True,
            0,
            id="own-figures-that-agree-leave-it-as-it-was",
        ),
        pytest.param(
            [
                fig(
                    "a",
                    20,
                    who="Fire agency",
                    measure="containment",
                    dimension="share",
                    said_on="2025-01-09",
                ),
                fig(
                    "b",
                    35,
                    who="Fire agency",
                    measure="containment",
                    dimension="share",
                    said_on="2025-01-09",
                ),
            ],
            ("containment",),
            False,
            0,
            id="a-share-so-far-of-one-day",
        ),
    ],
)
def test_a_running_count_s_own_updates_of_one_time(
    facts: list[Fact], one_time: tuple[str, ...], disputed: bool, reversals: int
) -> None:
    report = analyse(facts)
    assert report.unmarked_one_time == one_time
    assert bool(of(report, FigureConflict)) == disputed
    assert len(of(report, Reversal)) == reversals
    hints = report_to_json("s", report)["hints"]
    assert [h for h in hints if h["hint"] == "updates-of-one-time"] == [
        {"measure": m, "hint": "updates-of-one-time"} for m in one_time
    ]


# (facts, reversals, the dispute's own lines as (claimant, why)): a measure that reads like a
# running count, not marked, figures of several days that keep the dispute (a fall of another
# claimant): a claimant whose own figures rise with the days they were said gave its updates,
# if it is one: never a reversal, and the dispute says "rose" (session 42)
_STORM = [
    fig("m1", 50, who="Ministry", measure="deaths", said_on="2025-05-01"),
    fig("m2", 80, who="Ministry", measure="deaths", said_on="2025-05-02"),
    fig("m3", 120, who="Ministry", measure="deaths", said_on="2025-05-03"),
    fig("star", 50, who="Star", measure="deaths", said_on="2025-05-04"),
]


@pytest.mark.parametrize(
    ("facts", "reversals", "own"),
    [
        pytest.param(_STORM, 0, [("Ministry", "rose")], id="a-rise-with-the-days"),
        pytest.param(
            [*_STORM, fig("m4", 118, who="Ministry", measure="deaths", said_on="2025-05-05")],
            1,
            [("Ministry", "reports")],
            id="a-fall-after-it-is-a-reversal-as-before",
        ),
        pytest.param(
            [
                *_STORM[:2],
                fig("m3", 40, who="Ministry", measure="deaths", said_on="2025-05-03"),
                _STORM[3],
            ],
            1,
            [("Ministry", "reports")],
            id="a-material-fall-keeps-the-reversal",
        ),
        pytest.param(
            [*_STORM[:3], fig("star", 50, who="Star", measure="deaths")],
            0,
            [("Ministry", "rose")],
            id="another-s-undated-figure-leaves-its-own-rise-a-rise",
        ),
        pytest.param(
            [
                fig("m1", 50, who="Ministry", measure="deaths"),
                *_STORM[1:],
            ],
            0,  # order not known: no reversal, its line says so (time30)
            [("Ministry", "unordered")],
            id="an-undated-figure-of-its-own-cannot-be-ordered",
        ),
        pytest.param(
            [f._replace(topic="fighters-evacuated") for f in _STORM],
            1,
            [("Ministry", "reports")],
            id="a-count-of-one-event-keeps-its-reversal",
        ),
    ],
)
def test_a_claimant_s_rising_figures_on_a_toll_not_marked(
    facts: list[Fact], reversals: int, own: list[tuple[str, str]]
) -> None:
    report = analyse(facts)
    assert len([c for c in report.conflicts if isinstance(c, Reversal)]) == reversals
    disputes = [c for c in report.conflicts if isinstance(c, FigureConflict)]
    told = [(d.claimant, d.why) for c in disputes for d in c.own]
    told += [
        (d.claimant, d.why)
        for c in report.conflicts
        if isinstance(c, Reversal)
        for x in c.disputes
        for d in x.own
    ]
    assert told == own


def test_rises_with_time() -> None:
    from claimtrack.conflicts.timing import rises_with_time

    assert rises_with_time([("2025-05-01", 50, 50), ("2025-05-02", 80, 80)])
    assert rises_with_time([("2025-05-02", 80, 80), ("2025-05-01", 50, 50)])  # any order given
    assert not rises_with_time([("2025-05-01", 80, 80), ("2025-05-02", 50, 50)])
    assert rises_with_time([("2025-05-01", 115, 125), ("2025-05-02", 118, 118)])  # rounding
    assert not rises_with_time([("2025-05-01", 50, 50), (None, 80, 80)])
    assert not rises_with_time([("2025-05-01", 50, 50), ("2025-05-01", 80, 80)])  # one day
    assert not rises_with_time([("2025-05", 50, 50), ("2025-05-02", 80, 80)])  # not ordered
    assert rises_with_time(
        [("2025-05", 50, 50), ("2025-05-02", 48, 52), ("2025-06-01", 80, 80)]
    )  # a month and a day in it that agree, then later
    assert not rises_with_time([("2025-05-01", 50, 50)])
    assert not rises_with_time([(f"2025-05-{d:02d}", d, d) for d in range(1, 32)] * 3)


# -- sums (docs/conflicts.md, rule 10) --------------------------------------------------------

TOLL = SumRelation("total", ("part-a", "part-b"))


# (facts, cumulative, held, disputed, minor, unchecked reasons)
_SUMS = [
    pytest.param(
        [
            fig("a", 41000, rounding=500, who="X", measure="part-a"),
            fig("b", 39600, 44000, who="X", measure="part-b"),  # "almost 44,000"
            fig("t", 89500, rounding=50, who="Y", measure="total"),
        ],
        False,
        [],
        [],
        [("short", 3950, 9450)],
        [],
        id="a-total-outside-the-parts-range-is-never-consistent",
    ),
    pytest.param(
        [
            fig("a", 41000, rounding=500, who="X", measure="part-a"),
            fig("b", 30000, rounding=500, who="X", measure="part-b"),
            fig("t", 89500, rounding=50, who="Y", measure="total"),
        ],
        False,
        [],
        [("short", 17450, 19550)],
        [],
        [],
        id="short-by",
    ),
    pytest.param(
        [
            fig("a", 50000, rounding=500, who="X", measure="part-a"),
            fig("b", 50000, rounding=500, who="X", measure="part-b"),
            fig("t", 80000, rounding=500, who="Y", measure="total"),
        ],
        False,
        [],
        [("excess", 18500, 21500)],
        [],
        [],
        id="excess-by",
    ),
    pytest.param(
        [
            fig("a", 100, who="X", measure="part-a", said_on="2022-01-10"),
            fig("b", 200, who="X", measure="part-b", said_on="2022-01-10"),
            fig("t", 300, who="Y", measure="total", said_on="2022-06-01"),
        ],
        True,
        [],
        [],
        [],
        ["no figures of one time on the parts and the total (each figure at its time)"],
        id="a-cumulative-total-of-another-time-is-not-checked",
    ),
    pytest.param(
        [
            fig("a", 100, who="X", measure="part-a", said_on="2022-06"),
            fig("b", 200, who="X", measure="part-b", reported_on="2022-06-01"),
            fig("t", 300, who="Y", measure="total", said_on="2022-06-01"),
        ],
        True,
        [300],
        [],
        [],
        [],
        id="a-cumulative-total-of-the-same-time",
    ),
    pytest.param(
        [
            fig("a", 100, who="X", measure="part-a"),
            fig("b", 200, who="X", measure="part-b"),
            fig("t1", 300, who="Y", measure="total"),
            fig("t2", 300, who="Z", measure="total"),
            fig("b2", 200, who="X", measure="part-b"),
        ],
        False,
        [300],
        [],
        [],
        [],
        id="one-check-per-combination-of-distinct-figures",
    ),
    pytest.param(
        [
            fig("a", 100, who="X", measure="part-a"),
            fig("s", 200, who="S", measure="part-b"),
            fig("echo", 200, who="X", measure="part-b", relays="s"),
            fig("t", 300, who="Y", measure="total"),
        ],
        False,
        [300],
        [],
        [],
        [],
        id="a-relay-takes-part-through-what-it-relays",
    ),
    pytest.param(
        [fig("a", 100, who="X", measure="part-a"), fig("t", 300, who="Y", measure="total")],
        False,
        [],
        [],
        [],
        ["no figure yet for part-b"],
        id="not-checked-no-figure-yet",
    ),
    pytest.param(
        [
            fig("a", 100, who="X", measure="part-a"),
            fig("b", 200, who="W", measure="part-b"),
            fig("t", 300, who="Y", measure="total"),
        ],
        False,
        [],
        [],
        [],
        ["no claimant gave a figure on every part"],
        id="not-checked-no-claimant-gave-every-part",
    ),
    pytest.param(
        [
            fig("a", 100, who="X", measure="part-a"),
            fig("b", 200, who="X", measure="part-b"),
            fig("t1", 300, who="Y", measure="total"),
            fig("t2", 500, who="Z", measure="total"),
        ],
        False,
        [300],
        [],
        [],
        [],
        id="parts-that-meet-one-total-of-their-time-hold-the-others-are-the-totals-dispute",
    ),
    pytest.param(
        [
            fig("a", 100, who="X", measure="part-a"),
            fig("b", 200, who="X", measure="part-b"),
            fig("t1", 400, who="Y", measure="total"),
            fig("t2", 500, who="Z", measure="total"),
        ],
        False,
        [],
        [("short", 100, 100)],
        [],
        [],
        id="meeting-none-the-closest-total-alone-makes-the-finding",
    ),
    pytest.param(
        [
            fig("a", 100, who="X", measure="part-a"),
            fig("b", 200, who="X", measure="part-b"),
            fig("t1", 300, who="Y", measure="total"),
            fig("t2", 400, who="X", measure="total"),
        ],
        False,
        [],
        [("short", 100, 100)],
        [],
        [],
        id="a-claimant-s-parts-against-its-own-total-first",
    ),
]


@pytest.mark.parametrize(("facts", "cumulative", "held", "disputed", "minor", "unchecked"), _SUMS)
def test_sum_rules(
    facts: list[Fact],
    cumulative: bool,
    held: list,
    disputed: list,
    minor: list,
    unchecked: list,
) -> None:
    report = analyse(facts, sums=[TOLL], cumulative={"total"} if cumulative else ())
    assert [c.low for c in report.checks] == held
    sums = of(report, SumFinding)
    assert [(s.direction, *s.by) for s in sums if s.by] == disputed
    assert [
        (s.direction, *s.by) for s in report.minor if isinstance(s, SumFinding) and s.by
    ] == minor
    assert [u.reason for u in report.unchecked] == unchecked
    for s in (*sums, *report.minor):
        assert not s.holds and (s.gap is None or s.gap >= 1)


# -- the third stance: uncertain, and walk-backs (docs/conflicts.md, rules 3 and 4) -------------


@pytest.mark.parametrize(
    ("facts", "walk_back", "sides"),
    [
        pytest.param(
            [
                stance("a", "affirms", who="Leader", said_on="2020-08-04"),
                stance("u", "uncertain", who="Leader", said_on="2020-08-05"),
            ],
            ("a", "u"),
            None,
            id="affirms-then-uncertain-is-a-walk-back",
        ),
        pytest.param(
            [
                stance("d", "denies", who="Leader", reported_on="2020-08-04"),
                stance("u", "uncertain", who="leader", said_on="2020-08"),
                stance("u2", "uncertain", who="Leader", said_on="2020-09-01"),
            ],
            ("d", "u2"),
            None,
            id="a-month-is-not-later-than-its-days",
        ),
        pytest.param(
            [
                stance("u", "uncertain", who="Leader", said_on="2020-08-04"),
                stance("a", "affirms", who="Leader", said_on="2020-08-05"),
            ],
            None,
            None,
            id="uncertain-then-affirms-is-not",
        ),
        pytest.param(
            [
                stance("a", "affirms", who="Leader", said_on="2020-08-05"),
                stance("u", "uncertain", who="Leader", said_on="2020-08-05"),
            ],
            None,
            None,
            id="one-day-cannot-be-ordered",
        ),
        pytest.param(
            [
                stance("a", "affirms", who="Leader", said_on="2020-08-04"),
                stance("u", "uncertain", who="Army", said_on="2020-08-05"),
            ],
            None,
            None,
            id="another-claimant-is-no-walk-back-and-no-dispute",
        ),
        pytest.param(
            [
                stance("a", "affirms", who="Leader"),
                stance("d", "denies", who="Army"),
                stance("u", "uncertain", who="Experts"),
            ],
            None,
            ["affirms", "denies", "uncertain"],
            id="its-own-column-of-a-dispute",
        ),
    ],
)
def test_uncertain_stances_and_walk_backs(
    facts: list[Fact], walk_back: tuple | None, sides: list | None
) -> None:
    report = analyse(facts)
    found = [r for r in of(report, Reversal) if r.kind == "walk-back"]
    assert [r.claims for r in found] == ([] if walk_back is None else [walk_back])
    assert not [r for r in of(report, Reversal) if r.kind == "reversal"]
    disputes = of(report, StanceConflict)
    assert [[p.stance for p in c.positions] for c in disputes] == ([] if sides is None else [sides])
    doc = report_to_json("s", report)
    assert doc["summary"]["walk_backs"] == len(found)
    assert [c["kind"] for c in doc["conflicts"] if c["kind"] == "walk-back"] == ["walk-back"] * len(
        found
    )


_timed_claim = st.tuples(
    st.integers(0, 40),
    st.one_of(st.none(), st.integers(0, 12)),
    st.sampled_from([None, "2020", "2020-08", "2020-08-04", "2020-08-05", "2020-08-05T09:00"]),
    st.sampled_from(["A", "B", "C"]),
    st.sampled_from([0, 0, 2]),
)


@pytest.mark.parametrize("min_gap", [1, 1.1, 1.5])
@settings(max_examples=examples(200), deadline=None)
@given(raw=st.lists(_timed_claim, max_size=14))
def test_cumulative_disputes_match_the_pairwise_rule(raw: list, min_gap: float) -> None:
    """On a cumulative measure, the claims disputed are those in a pair of two claimants'
    figures where the later (or one of a time that cannot be ordered, or undated) lies
    materially below the other, or two of one time apart: checked against every pair. A
    finding of one time also shows the other figures of that time, and no claim is in two."""
    from claimtrack.conflicts import _before
    from claimtrack.conflicts.core import _about

    facts = [
        fig(f"c{i:02d}", lo, None if w is None else lo + w, who=who, said_on=t, rounding=rnd)
        for i, (lo, w, t, who, rnd) in enumerate(raw)
    ]

    def widened(f: Fact) -> tuple[float, float]:
        hi = float("inf") if f.high is None else f.high
        return max(0, f.low - f.rounding), hi + f.rounding

    def core(f: Fact) -> tuple[float, float]:
        if f.high is None:
            return f.low, f.low
        if f.low <= 0:
            return f.high, f.high
        if f.high * 0.9 <= f.low * 1.1:
            return (f.low + f.high) / 2, (f.low + f.high) / 2
        return f.low, f.high

    def hedged(f: Fact) -> bool:
        """f is one value read with a hedge's tolerance, or a bare point: a figure built by
        hand is read by its bounds (rule 6), but one that gives a rounding is a round number,
        never a hedge (rule 7)."""
        if f.high is None or f.rounding:
            return False
        return f.low == f.high or _about(f.low, f.high, (f.low + f.high) / 2)

    def stacked(a: Fact, b: Fact, gap: float) -> bool:
        """a above b by one tolerance, not two: two hedged figures whose intervals meet only
        by both tolerances, each saying a value the other does not allow (rule 6)."""
        if not (hedged(a) and hedged(b)) or widened(a)[0] > widened(b)[1]:
            return False
        ca, cb = core(a)[0], core(b)[1]
        return ca > widened(b)[1] and widened(a)[0] > cb and cb > 0 and ca / cb >= gap - 1e-9

    def above(a: Fact, b: Fact) -> bool:  # a materially above b
        return above_by(a, b, min_gap)

    def ordered(a: Fact, b: Fact) -> bool:
        return bool(a.said_on and b.said_on and _before(a.said_on, b.said_on))

    def meet(a: Fact, b: Fact) -> bool:  # their cores meet
        return core(a)[0] <= core(b)[1] and core(b)[0] <= core(a)[1]

    def as_it_stood(a: Fact, b: Fact) -> bool:
        """a, surely before b and materially above it, is b's claimant's own earlier count
        as it stood: that claimant gave, surely before b, a figure meeting a and materially
        above b (rule 9, "a count as it stood": no dispute, the revision is its own)."""
        return (
            ordered(a, b)
            and above_by(a, b, 1.0)
            and any(
                f.claimant == b.claimant and ordered(f, b) and meet(f, a) and above_by(f, b, 1.0)
                for f in facts
            )
        )

    def above_by(a: Fact, b: Fact, gap: float) -> bool:
        cb = core(b)[1]
        disjoint = widened(a)[0] > widened(b)[1]
        return (disjoint and (cb <= 0 or core(a)[0] / cb >= gap - 1e-9)) or stacked(a, b, gap)

    def inside(t: str | None, u: str | None) -> bool:  # u a finer time inside t
        return bool(t and u and t != u and u.startswith(t))

    def fits(c: Fact) -> bool:
        """c, of a coarse time holding two surely ordered times of the subject, can be
        placed between two of the other claimants' times inside it with none before it
        materially above it and none after it materially below it (rule 9, "a figure dated
        only by its month")."""
        t = c.said_on
        held = {f.said_on for f in facts if inside(t, f.said_on)}
        if not any(_before(x, y) for x in held for y in held):
            return False
        others = [f for f in facts if f.claimant != c.claimant and inside(t, f.said_on)]
        times = sorted({f.said_on for f in others})
        return any(
            not any(above_by(f, c, 1.0) for f in others if f.said_on in times[:k])
            and not any(above_by(c, f, 1.0) for f in others if f.said_on in times[k:])
            for k in range(len(times) + 1)
        )

    def placed(c: Fact) -> bool:
        """c, of no time at all, can be placed in the course of the other claimants' dated
        figures (rule 9, "a figure with no date"; time16): it is compared with none of them."""
        if c.said_on is not None or all(f.said_on is None for f in facts):
            return False
        others = [f for f in facts if f.claimant != c.claimant and f.said_on is not None]
        times = sorted({f.said_on for f in others})
        return any(
            not any(above_by(f, c, 1.0) for f in others if f.said_on in times[:k])
            and not any(above_by(c, f, 1.0) for f in others if f.said_on in times[k:])
            for k in range(len(times) + 1)
        )

    def one_moment(a: Fact, b: Fact) -> bool:  # one claimant's two figures of one time of day
        return bool(a.said_on and len(a.said_on) > 10 and a.said_on == b.said_on)

    def unordered(a: Fact, b: Fact) -> bool:  # both dated, neither surely before the other
        return bool(a.said_on and b.said_on) and not (ordered(a, b) or ordered(b, a))

    def passed_on(a: Fact, b: Fact) -> bool:
        """a and b, of times that cannot be ordered (not one time of day), are one claimant's
        own update and its count passed on: a figure of the first's claimant of such a time
        too lies in the other's interval (time17)."""
        if not unordered(a, b) or one_moment(a, b):
            return False
        return any(
            f.claimant == x.claimant
            and f.id != x.id
            and unordered(f, x)
            and unordered(f, o)
            and widened(o)[0] <= core(f)[0]
            and core(f)[1] <= widened(o)[1]
            for x, o in ((a, b), (b, a))
            for f in facts
        )

    expected = set()
    for a in facts:
        for b in facts:
            if (a.claimant == b.claimant and not one_moment(a, b)) or not above(a, b):
                continue
            if (inside(a.said_on, b.said_on) and fits(a)) or (
                inside(b.said_on, a.said_on) and fits(b)
            ):
                continue  # a coarse figure that fits the course inside its time
            if (placed(a) and b.said_on is not None) or (placed(b) and a.said_on is not None):
                continue  # a figure of no time that fits the dated course
            # a above b is a dispute unless b is surely before a, or a is the count as it
            # stood of b's claimant, who revised it
            if not ordered(b, a) and not as_it_stood(a, b) and not passed_on(a, b):
                expected.update((a.id, b.id))
    report = analyse(facts, cumulative={"m"}, min_gap=min_gap)
    found = {
        i
        for c in [*of(report, FigureConflict), *report.minor]
        if isinstance(c, FigureConflict)
        for p in c.positions
        for i in p.claims
    }
    if min_gap == 1:
        assert expected <= found
        # the others are context: figures of the one time of a finding whose times cannot be
        # ordered (a claimant's own other figure of that day), each in one finding only
        by_id = {f.id: f for f in facts}
        seen: list[str] = []
        for c in [*of(report, FigureConflict), *report.minor]:
            if not isinstance(c, FigureConflict):
                continue
            ids = [i for p in c.positions for i in p.claims]
            seen += ids
            times = {by_id[i].said_on for i in ids}
            for extra in set(ids) - expected:
                t = by_id[extra].said_on
                assert t is not None and None not in times
                assert not any(_before(t, u) or _before(u, t) for u in times)
        assert len(seen) == len(set(seen))
    else:
        disputed = {i for c in of(report, FigureConflict) for p in c.positions for i in p.claims}
        assert disputed <= found and expected <= found


@pytest.mark.parametrize(
    ("sources", "reversed_"),
    [
        pytest.param(("article-1", "article-1"), False, id="one-article-two-wordings"),
        pytest.param(("article-1", "article-2"), True, id="two-articles"),
        pytest.param((None, None), True, id="no-source-known"),
    ],
)
def test_one_article_is_one_statement(sources: tuple, reversed_: bool) -> None:
    """An organisation's exact figure and the same article's "nearly" rounding of it."""
    facts = [
        fig("a", 6412, who="Ministry", said_on="2022-05-05")._replace(source=sources[0]),
        fig("b", 5000, 6000, who="Ministry", said_on="2022-05-05")._replace(source=sources[1]),
    ]
    report = analyse(facts)
    found = [r for r in (*of(report, Reversal), *report.minor) if isinstance(r, Reversal)]
    # two articles of one day: their order is not known, so the dispute says the ministry's
    # own figures disagree instead of a reversal (time30); one article's two wordings, neither
    own = [d for c in of(report, FigureConflict) for d in c.own if d.why == "unordered"]
    assert bool(found or own) == reversed_


def test_one_claimants_figures_of_one_day_are_its_updates_on_a_running_count() -> None:
    """Session 42: a toll's two figures of one day from one claimant, no time of day, were
    "its own figures disagree" and a reversal of unknown order; marked cumulative they are
    its update of the day, and so they are read, with the hint to mark it."""
    facts = [
        fig("a", 6412, who="Ministry", said_on="2022-05-05", measure="deaths"),
        fig("b", 5000, 6000, who="Ministry", said_on="2022-05-05", measure="deaths"),
    ]
    report = analyse(facts)
    assert report.unmarked == report.unmarked_one_time == ("deaths",)
    assert not of(report, FigureConflict) and not of(report, Reversal) and not report.minor
    assert analyse(facts, cumulative=["deaths"]).conflicts == report.conflicts


# -- one finding per disagreement on a cumulative measure ---------------------------------------

DISAGREEMENTS = [
    (
        # two October counts 7% apart (minor), two estimates that fall from December to
        # February (a dispute): two findings, the October counts in neither position of the other
        [
            fig("oct-a", 985, who="CPI", as_of="2017-10-31"),
            fig("oct-b", 1042, 1062, who="NYT", as_of="2017-10-31"),
            fig("dec", 4645, who="Harvard", as_of="2017-12-31"),
            fig("feb", 2946, 3004, who="GWU", as_of="2018-02-28"),
        ],
        [(None, [("feb",), ("dec",)])],
        [("2017-10-31", [("oct-a",), ("oct-b",)])],
    ),
    (
        # one day without times: the governor's own 16 of that day is shown beside his 34
        # when the president says what the governor never said that day (15)
        [
            fig("gov-16", 16, who="Government", said_on="2017-10-03"),
            fig("trump-15", 15, who="Trump", said_on="2017-10-03"),
            fig("gov-34", 34, who="Government", said_on="2017-10-03"),
            fig("gov-64", 64, who="Government", said_on="2017-12-15"),
        ],
        [("2017-10-03", [("gov-16", "trump-15"), ("gov-34",)])],
        [],
    ),
    (
        # the president repeating the governor's 16 of that day is the governor's count
        # passed on, and the governor's 16 and 34 its own update: no finding (time17)
        [
            fig("gov-16", 16, who="Government", said_on="2017-10-03"),
            fig("trump-16", 16, who="Trump", said_on="2017-10-03"),
            fig("gov-34", 34, who="Government", said_on="2017-10-03"),
            fig("gov-64", 64, who="Government", said_on="2017-12-15"),
        ],
        [],
        [],
    ),
    (
        # a claim of another day is never context of a one-day finding
        [
            fig("a", 10, who="A", said_on="2020-08-05"),
            fig("b", 20, who="B", said_on="2020-08-05"),
            fig("c", 5, who="A", said_on="2020-08-04"),
            fig("d", 30, who="C", said_on="2020-08-06"),
        ],
        [("2020-08-05", [("a",), ("b",)])],
        [],
    ),
]


@pytest.mark.parametrize(("facts", "disputes", "minors"), DISAGREEMENTS)
def test_a_cumulative_measure_gives_one_finding_per_disagreement(
    facts: list[Fact], disputes: list, minors: list
) -> None:
    report = analyse(facts, cumulative={"m"}, min_gap=1.1)

    def shown(cs: list) -> list:
        return [(c.as_of, [tuple(sorted(p.claims)) for p in c.positions]) for c in cs]

    assert shown(of(report, FigureConflict)) == disputes
    assert shown([c for c in report.minor if isinstance(c, FigureConflict)]) == minors


@pytest.mark.parametrize(
    ("facts", "findings", "inside"),
    [
        pytest.param(
            [fig("a", 500, who="Ministry", said_on="2023-10-17"),
             fig("b", 50, who="Analyst", said_on="2023-10-18")],
            [], [("a", "b")], id="two-claimants-one-dispute",
        ),
        pytest.param(
            [fig("a", 500, who="Ministry", said_on="2023-10-17"),
             fig("b", 50, who="Ministry", said_on="2023-10-18")],
            [("a", "b")], [], id="one-claimants-own-fall-stays-a-revision",
        ),
        pytest.param(
            [fig("a", 500, who="Ministry", said_on="2023-10-17"),
             fig("b", 50, who="Analyst", said_on="2023-10-18"),
             fig("c", 40, who="Intelligence", said_on="2023-10-19"),
             fig("d", 30, who="Ministry", said_on="2023-10-20")],
            [("a", "d")], [("a", "b"), ("b", "c")], id="both-kinds-in-one-story",
        ),
    ],
)  # fmt: skip
def test_a_fall_between_claimants_is_shown_in_their_dispute_not_repeated(
    facts: list[Fact], findings: list[tuple[str, str]], inside: list[tuple[str, str]]
) -> None:
    report = analyse(facts, cumulative={"m"})
    assert [r.claims for r in of(report, Revision)] == findings
    assert sorted(f.claims for c in of(report, FigureConflict) for f in c.falls) == inside
    doc = report_to_json("s", report)
    assert sum(1 for c in doc["conflicts"] if c["kind"] == "revision") == len(findings)
    assert doc["summary"]["revisions"] == len(findings)
    falls = [f["claims"] for c in doc["conflicts"] for f in c.get("falls", [])]
    assert sorted(map(tuple, falls)) == inside
