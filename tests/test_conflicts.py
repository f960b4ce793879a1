"""The contradiction engine (claimtrack.conflicts): rules, ordering and the JSON contract."""

from __future__ import annotations

import gc
import itertools
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import own_estimates_def
from claimtrack.conflicts import (
    Change,
    Fact,
    FigureConflict,
    FigurePosition,
    Report,
    Reversal,
    StanceConflict,
    StancePosition,
    analyse,
    claimant_key,
    report_to_json,
    summary_line,
)

from conftest import examples

SAME = object()  # high defaults to low: an exact figure

SDF = "Syrian Democratic Forces"
COALITION = "US-led coalition (CJTF-OIR)"
FORMER_CHIEF = "Abu Musab (former ISIS intelligence chief)"
PROP = "coalition-took-part-in-negotiations"


def fig(
    id_: str,
    low: float,
    high: float | object | None = SAME,
    *,
    who: str | None = None,
    measure: str = "m",
    as_of: str | None = None,
    said_on: str | None = None,
    status: str = "active",
) -> Fact:
    """A figure claim; the claimant defaults to one per id (so no accidental reversals)."""
    hi = low if high is SAME else high
    return Fact(
        id_, who or f"source {id_}", "figure", measure, low, hi, None, as_of, said_on, status
    )


def stance(
    id_: str,
    side: str,
    *,
    who: str | None = None,
    prop: str = PROP,
    said_on: str | None = None,
    status: str = "active",
) -> Fact:
    return Fact(
        id_, who or f"source {id_}", "stance", prop, None, None, side, None, said_on, status
    )


def figure_conflicts(report: Report) -> list[FigureConflict]:
    return [c for c in report.conflicts if isinstance(c, FigureConflict)]


def ranges(conflict: FigureConflict) -> list[tuple[float, float | None, tuple[str, ...]]]:
    return [(p.low, p.high, p.claims) for p in conflict.positions]


# -- claimant names ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("US-led Coalition (CJTF-OIR)", "us led coalition cjtf oir"),
        ("US-led coalition (CJTF-OIR)", "  US-LED   coalition  (cjtf-oir) "),
        ("Syrian Democratic Forces", "syrian democratic forces."),
        ("Rami Abdulrahman", "RAMI\tABDULRAHMAN"),
        ("ＢＢＣ", "BBC"),  # fullwidth letters: NFKC
        ("Straße", "STRASSE"),  # full case folding
        ("Raqqa Is Being Slaughtered Silently", "Raqqa is being slaughtered—silently"),
        ("Human Rights Watch", "human rights watch\u00a0"),  # no-break space
    ],
)
def test_claimant_key_equal(a: str, b: str) -> None:
    assert claimant_key(a) == claimant_key(b)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("US-led Coalition (CJTF-OIR)", "us led coalition cjtf oir"),
        ("Amaq News Agency", "amaq news agency"),
        ("SOHR", "sohr"),
        ("Café Étoile", "café étoile"),
        ("المرصد السوري", "المرصد السوري"),
        ("", ""),
    ],
)
def test_claimant_key_value(name: str, key: str) -> None:
    assert claimant_key(name) == key


@pytest.mark.parametrize(("a", "b"), [("SDF", "SDF 2"), ("BBC", "BBC Arabic"), ("Amaq", "Amaq's")])
def test_claimant_key_distinct(a: str, b: str) -> None:
    assert claimant_key(a) != claimant_key(b)


@settings(max_examples=examples(300), deadline=None)
@given(st.text(max_size=30))
def test_claimant_key_idempotent_and_consistent(name: str) -> None:
    key = claimant_key(name)
    assert claimant_key(key) == key
    assert claimant_key(name.upper()) == claimant_key(name.lower()) or not name.isascii()
    # the ASCII fast path and the Unicode path agree
    assert claimant_key(name + " é") == (key + " é").strip()


# -- rule 1: figures -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        pytest.param(
            [fig("a", 24, 60), fig("b", 250)],
            [(24, 60, ("a",)), (250, 250, ("b",))],
            id="non-overlap",
        ),
        pytest.param([fig("a", 3600, 4400), fig("b", 3750)], [], id="around-4000-vs-3750"),
        pytest.param([fig("a", 200, 999), fig("b", 250)], [], id="hundreds-vs-250"),
        pytest.param([fig("a", 201, None), fig("b", 250)], [], id="more-than-200-vs-250"),
        pytest.param([fig("a", 0, 10), fig("b", 10, 20)], [], id="touching-is-overlap"),
        pytest.param(
            [fig("a", 0, 10), fig("b", 10.5, 20)],
            [(0, 10, ("a",)), (10.5, 20, ("b",))],
            id="just-apart",
        ),
        pytest.param(
            [fig("a", 0, 10), fig("b", 9, 20), fig("c", 19, 30)],
            [(0, 20, ("a", "b")), (19, 30, ("c",))],
            id="chain-not-transitive",
        ),
        pytest.param(
            [fig("c", 19, 30), fig("a", 0, 10), fig("b", 9, 20), fig("d", 29, 40)],
            [(0, 20, ("a", "b")), (19, 40, ("c", "d"))],
            id="longer-chain",
        ),
        pytest.param(
            [fig("a", 0, 100), fig("b", 5, 6), fig("c", 50, 60)],
            [(0, 100, ("a", "b")), (50, 60, ("c",))],
            id="wide-interval-joins-first-position",
        ),
        pytest.param(
            [fig("a", 201, None), fig("b", 24, 60)],
            [(24, 60, ("b",)), (201, None, ("a",))],
            id="unbounded-vs-small",
        ),
        pytest.param(
            [fig("a", 100, None), fig("b", 50, None), fig("c", 5000)], [], id="unbounded-all-agree"
        ),
        pytest.param(
            [fig("a", 10, None), fig("b", 30, None), fig("c", 20)],
            [(10, None, ("a", "c")), (30, None, ("b",))],
            id="unbounded-split",
        ),
        pytest.param(
            [fig("a", 24, 60), fig("b", 225, 275), fig("c", 2000, 9999)],
            [(24, 60, ("a",)), (225, 275, ("b",)), (2000, 9999, ("c",))],
            id="raqqa-three-positions",
        ),
        pytest.param(
            [fig("b", 250), fig("a", 250), fig("c", 24, 60), fig("d", 240, 260)],
            [(24, 60, ("c",)), (240, 260, ("a", "b", "d"))],
            id="claims-sorted-within-position",
        ),
        pytest.param([fig("a", 250)], [], id="single-claim"),
        pytest.param(
            [fig("a", 24, 60), fig("b", 250, measure="other")], [], id="different-measures"
        ),
        pytest.param(
            [fig("a", 60, 24), fig("b", 250)],
            [(24, 60, ("a",)), (250, 250, ("b",))],
            id="reversed-bounds-are-swapped",
        ),
    ],
)
def test_figure_positions(facts: list[Fact], expected: list[tuple]) -> None:
    # min_gap 1: every disjoint pair is a dispute (materiality is tested on its own below)
    found = figure_conflicts(analyse(facts, min_gap=1))
    if not expected:
        assert found == []
        return
    assert len(found) == 1
    assert ranges(found[0]) == expected


@pytest.mark.parametrize(
    ("facts", "gaps", "severity"),
    [
        pytest.param([fig("a", 24, 60), fig("b", 250)], (4.2,), 4.2, id="spec-example-250/60"),
        pytest.param(
            [fig("a", 24, 60), fig("b", 225, 275), fig("c", 2000, 9999)],
            (3.8, 7.3),
            33.3,
            id="raqqa-225/60-2000/275",
        ),
        # Common ranges, not combined ones: {[0,10],[9,20]} agree on [9,10]; next is [19,30].
        pytest.param(
            [fig("a", 0, 10), fig("b", 9, 20), fig("c", 19, 30)], (1.9,), 1.9, id="common-range"
        ),
        pytest.param([fig("a", 0, 100), fig("b", 5, 6), fig("c", 50, 60)], (8.3,), 8.3, id="50/6"),
        pytest.param([fig("a", 100), fig("b", 104)], (1.0,), 1.0, id="rounds-down-to-1.0"),
        pytest.param([fig("a", 100), fig("b", 106)], (1.1,), 1.1, id="rounds-up"),
        pytest.param([fig("a", 0), fig("b", 5)], (None,), None, id="zero-high-is-infinite"),
        pytest.param(
            [fig("a", 0), fig("b", 5), fig("c", 100)], (None, 20.0), None, id="infinite-wins"
        ),
        pytest.param([fig("a", -10, -5), fig("b", 3)], (None,), None, id="negative-is-infinite"),
        pytest.param([fig("a", 2.5), fig("b", 10)], (4.0,), 4.0, id="float-bounds"),
    ],
)
def test_severity(facts: list[Fact], gaps: tuple, severity: float | None) -> None:
    """Severity is the spread: the top position's common low over the bottom one's common
    high (the gaps between neighbours stay in the output)."""
    (conflict,) = figure_conflicts(analyse(facts, min_gap=1))
    assert conflict.gaps == gaps
    assert conflict.severity == severity


# -- rule 2: points in time ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        pytest.param(
            [fig("a", 4000, as_of="2017-09"), fig("b", 200, as_of="2017-10")],
            [],
            id="different-dates-no-conflict",
        ),
        pytest.param(
            [fig("a", 4000, as_of="2017-10"), fig("b", 200, as_of="2017-10")],
            [("2017-10", [(200, 200, ("b",)), (4000, 4000, ("a",))])],
            id="same-date-conflict",
        ),
        pytest.param(
            [fig("a", 4000), fig("b", 200, as_of="2017-10")],
            [("2017-10", [(200, 200, ("b",)), (4000, 4000, ("a",))])],
            id="undated-vs-dated",
        ),
        pytest.param(
            [fig("a", 4000), fig("b", 200)],
            [(None, [(200, 200, ("b",)), (4000, 4000, ("a",))])],
            id="undated-vs-undated",
        ),
        pytest.param(
            # One date: one group, labelled None because only undated claims disagree.
            [fig("a", 10), fig("b", 100), fig("c", 0, 1000, as_of="2019")],
            [(None, [(0, 1000, ("a", "c")), (100, 100, ("b",))])],
            id="one-date-only-undated-disagree",
        ),
        pytest.param(
            # The undated claim is compared with each dated group: only 2017 disagrees with it.
            [
                fig("u", 24, 60),
                fig("a", 250, as_of="2017"),
                fig("b", 30, as_of="2018"),
            ],
            [("2017", [(24, 60, ("u",)), (250, 250, ("a",))])],
            id="undated-joins-every-date",
        ),
        pytest.param(
            # The undated disagreement is reported once (as_of None), not once per date,
            # because neither dated claim takes part in a disagreement.
            [
                fig("u1", 10),
                fig("u2", 100),
                fig("a", 0, 1000, as_of="2019"),
                fig("b", 5, 500, as_of="2020"),
            ],
            [(None, [(10, 10, ("u1",)), (100, 100, ("u2",))])],
            id="undated-disagreement-once",
        ),
        pytest.param(
            # ... but a dated claim that disagrees too gets its own dated conflict, which
            # tells the undated disagreement when it is the only dated one (time22: before,
            # the undated one was reported again with as_of None)
            [
                fig("u1", 10),
                fig("u2", 100),
                fig("a", 0, 1000, as_of="2019"),
                fig("b", 5000, as_of="2020"),
            ],
            [("2020", [(10, 10, ("u1",)), (100, 100, ("u2",)), (5000, 5000, ("b",))])],
            id="undated-disagreement-plus-dated",
        ),
        pytest.param(
            [
                fig("a", 10, as_of="2019"),
                fig("b", 90, as_of="2019"),
                fig("c", 10, as_of="2020"),
                fig("d", 11, as_of="2020"),
            ],
            [  # 9x, then 1.1x
                ("2019", [(10, 10, ("a",)), (90, 90, ("b",))]),
                ("2020", [(10, 10, ("c",)), (11, 11, ("d",))]),
            ],
            id="one-conflict-per-date",
        ),
    ],
)
def test_as_of_gating(facts: list[Fact], expected: list[tuple]) -> None:
    found = figure_conflicts(analyse(facts))
    assert [(c.as_of, ranges(c)) for c in found] == expected


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        pytest.param([fig("a", 10), fig("b", 10, as_of="2019")], [], id="one-date-no-change"),
        pytest.param(
            [
                fig("b", 200, as_of="2017-10"),
                fig("a", 3500, 4000, as_of="2017-09"),
                fig("c", 150, 300, as_of="2017-10"),
                fig("u", 999),  # undated claims are not points in time
                fig("x", 5, as_of="2017-11", measure="other"),
            ],
            [
                Change(
                    "m",
                    (
                        ("2017-09", 3500, 4000, ("a",)),
                        # one point per distinct figure of a date: never a hull
                        ("2017-10", 150, 300, ("c",)),
                        ("2017-10", 200, 200, ("b",)),
                    ),
                )
            ],
            id="points-in-date-order",
        ),
        pytest.param(
            [
                fig("a", 10, None, as_of="2019"),
                fig("b", 20, as_of="2020", measure="z"),
                fig("c", 30, as_of="2020"),
                fig("d", 1, as_of="2018", measure="z"),
            ],
            [
                Change("m", (("2019", 10, None, ("a",)), ("2020", 30, 30, ("c",)))),
                Change("z", (("2018", 1, 1, ("d",)), ("2020", 20, 20, ("b",)))),
            ],
            id="unbounded-and-measure-order",
        ),
    ],
)
def test_changes_over_time(facts: list[Fact], expected: list[Change]) -> None:
    report = analyse(facts)
    assert list(report.changes) == expected


def test_changes_are_not_conflicts() -> None:
    report = analyse([fig("a", 4000, as_of="2017-09"), fig("b", 200, as_of="2017-10")])
    assert report.conflicts == ()
    assert len(report.changes) == 1


# -- rule 3: stances -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        pytest.param(
            [stance("b", "denies", who=COALITION), stance("a", "affirms", who="BBC")],
            [(PROP, ("affirms", ("a",), ("BBC",)), ("denies", ("b",), (COALITION,)))],
            id="split",
        ),
        pytest.param([stance("a", "affirms"), stance("b", "affirms")], [], id="all-affirm"),
        pytest.param([stance("a", "denies")], [], id="lone-denial"),
        pytest.param(
            [stance("a", "affirms"), stance("b", "denies", prop="other")], [], id="other-prop"
        ),
        pytest.param(
            [
                stance("d", "affirms", who="bbc"),
                stance("c", "affirms", who="BBC"),
                stance("b", "affirms", who="amaq"),
                stance("a", "denies", who=COALITION),
            ],
            [
                (
                    PROP,
                    ("affirms", ("b", "c", "d"), ("amaq", "BBC")),
                    ("denies", ("a",), (COALITION,)),
                )
            ],
            id="claimants-folded-and-sorted-case-insensitively",
        ),
    ],
)
def test_stance_conflicts(facts: list[Fact], expected: list[tuple]) -> None:
    found = [c for c in analyse(facts).conflicts if isinstance(c, StanceConflict)]
    assert [
        (c.proposition, *((p.stance, p.claims, p.claimants) for p in c.positions)) for c in found
    ] == expected


# -- rule 4: reversals ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        pytest.param(
            [
                stance("s3", "affirms", who=COALITION, said_on="2017-11-20"),
                stance("s1", "denies", who=COALITION, said_on="2017-10-14"),
                stance("s2", "affirms", who="BBC", said_on="2017-11-13"),
            ],
            [(COALITION, "proposition", PROP, ("s1", "s3"))],
            id="stance-reversal-by-date",
        ),
        pytest.param(
            [
                stance("z", "affirms", who="X"),
                stance("y", "denies", who="X", said_on="2019"),
                stance("b", "affirms", who="X", said_on="2018-05-01"),
                stance("a", "affirms", who="X"),
            ],
            [("X", "proposition", PROP, ("b", "y", "a", "z"))],
            id="undated-last-ties-by-id",
        ),
        pytest.param(
            [stance("a", "affirms", who="X"), stance("b", "affirms", who="X")],
            [],
            id="consistent-stances",
        ),
        pytest.param(
            [
                fig("f2", 250, who=SDF, said_on="2017-11-01"),
                fig("f1", 24, 60, who=SDF, said_on="2017-10-14"),
            ],
            [(SDF, "measure", "m", ("f1", "f2"))],
            id="figure-reversal",
        ),
        pytest.param(
            [fig("f1", 24, 60, who=SDF), fig("f2", 50, who=SDF)], [], id="consistent-figures"
        ),
        pytest.param(
            [fig("f1", 24, 60, who=SDF, as_of="2017"), fig("f2", 250, who=SDF, as_of="2018")],
            [],
            id="figures-about-different-moments",
        ),
        pytest.param(
            [fig("f1", 24, 60, who=SDF), fig("f2", 250, who=SDF, as_of="2018")],
            [],  # no date orders them: no reversal, the dispute says it (time30)
            id="undated-vs-dated-own-figures",
        ),
        pytest.param(
            [
                # (said 2019-02 after 2019-01, 10 would be SDF's revised estimate of 2019,
                # rule 9, not a reversal: tests/test_own_estimates.py)
                fig("a", 10, who=SDF, as_of="2019", said_on="2019-01"),
                fig("b", 100, who=SDF, as_of="2019", said_on="2019-01"),
                fig("c", 50, who=SDF, as_of="2020"),
                fig("d", 0, 1000, who=SDF),
            ],
            [],  # a and b of one month: order not known, no reversal (time30)
            id="only-the-disagreeing-claims-listed",
        ),
        pytest.param(
            [fig("a", 10, who=SDF), fig("b", 100, who="someone else")], [], id="two-claimants"
        ),
    ],
)
def test_reversals(facts: list[Fact], expected: list[tuple]) -> None:
    found = [c for c in analyse(facts).conflicts if isinstance(c, Reversal)]
    assert [(r.claimant, r.topic_kind, r.topic, r.claims) for r in found] == expected


# -- rule 5: claimants and retractions -----------------------------------------------------


def test_claimant_spellings_are_one_claimant_and_reverse_themselves() -> None:
    report = analyse(
        [
            stance("s1", "denies", who="US-led coalition (CJTF-OIR)", said_on="2017-10-14"),
            stance("s2", "affirms", who="us led coalition cjtf oir", said_on="2017-11-20"),
        ]
    )
    assert report.n_claimants == 1
    conflict, reversal = report.conflicts
    assert isinstance(conflict, StanceConflict)
    assert conflict.positions[0].claimants == ("US-led coalition (CJTF-OIR)",)
    assert conflict.positions[1].claimants == ("US-led coalition (CJTF-OIR)",)
    assert reversal == Reversal(
        "US-led coalition (CJTF-OIR)",
        "proposition",
        PROP,
        ("s1", "s2"),
        (("2017-10-14", "said_on"), ("2017-11-20", "said_on")),
    )


def test_position_shows_one_display_name_per_claimant() -> None:
    report = analyse(
        [
            fig("a", 24, 60, who="syrian democratic forces"),
            fig("b", 30, who="Syrian Democratic Forces"),
            fig("c", 25, 50, who="SDF"),
            fig("d", 250, who=COALITION),
        ]
    )
    (conflict,) = figure_conflicts(report)
    assert conflict.positions[0].claimants == ("SDF", "Syrian Democratic Forces")
    assert report.n_claimants == 3


@pytest.mark.parametrize(
    ("facts", "n_conflicts", "n_claims"),
    [
        pytest.param(
            [fig("a", 24, 60), fig("b", 250, status="retracted")], 0, 1, id="retracted-figure"
        ),
        pytest.param(
            [stance("a", "affirms"), stance("b", "denies", status="retracted")],
            0,
            1,
            id="retracted-stance",
        ),
        pytest.param(
            [
                fig("a", 24, 60, who=SDF),
                fig("b", 250, who=SDF, status="retracted"),
                fig("c", 250, who=SDF, as_of="2017", status="retracted"),
            ],
            0,
            1,
            id="retracted-no-reversal-no-change",
        ),
        pytest.param([fig("a", 24, 60), fig("b", 250)], 1, 2, id="active"),
    ],
)
def test_retracted_ignored(facts: list[Fact], n_conflicts: int, n_claims: int) -> None:
    report = analyse(facts)
    assert len(report.conflicts) == n_conflicts
    assert report.changes == ()
    assert report.n_claims == n_claims


def test_retracted_claimant_not_counted() -> None:
    report = analyse([fig("a", 1, who="A"), fig("b", 1, who="B", status="retracted")])
    assert (report.n_claims, report.n_claimants) == (1, 1)


@pytest.mark.parametrize("retract", [False, True])
def test_a_repeated_id_counts_once_the_last_one_wins(retract: bool) -> None:
    """Facts are taken by id, the last of a repeated id winning (the store never repeats
    one; the engine takes the facts as they are when ids are unique)."""
    others = [fig("c", 9, who="C")] + ([fig("r", 1, status="retracted")] if retract else [])
    repeated = analyse([fig("a", 10, who="A"), fig("b", 100, who="B"), fig("a", 1000, who="A")])
    last = analyse([fig("b", 100, who="B"), fig("a", 1000, who="A")])
    assert repeated == last and repeated.n_claims == 2
    with_others = analyse([fig("a", 10, who="A"), *others, fig("a", 100, who="A")])
    assert with_others == analyse([*others, fig("a", 100, who="A")])
    assert with_others.n_claims == 2


# -- ordering ------------------------------------------------------------------------------


def test_conflict_order() -> None:
    facts = [
        # figure conflicts: severities 2.0 (m-b), 2.0 (m-a), None (m-z), 10.0 (m-c)
        fig("b1", 10, measure="m-b"),
        fig("b2", 20, measure="m-b"),
        fig("a1", 10, measure="m-a"),
        fig("a2", 20, measure="m-a"),
        fig("z1", 0, measure="m-z"),
        fig("z2", 20, measure="m-z"),
        fig("c1", 10, measure="m-c"),
        fig("c2", 100, measure="m-c"),
        # two dated conflicts on one measure, same severity: as_of order
        fig("d1", 10, measure="m-d", as_of="2020"),
        fig("d2", 20, measure="m-d", as_of="2020"),
        fig("d3", 10, measure="m-d", as_of="2019"),
        fig("d4", 20, measure="m-d", as_of="2019"),
        # stance conflicts: 3 claims on p-b, 2 on p-a, 2 on p-c (and 4 on p-r, below)
        stance("pa1", "affirms", prop="p-a"),
        stance("pa2", "denies", prop="p-a"),
        stance("pc1", "affirms", prop="p-c"),
        stance("pc2", "denies", prop="p-c"),
        stance("pb1", "affirms", prop="p-b"),
        stance("pb2", "denies", prop="p-b"),
        stance("pb3", "denies", prop="p-b"),
        # reversals: by claimant (case-insensitively), then topic
        stance("r1", "affirms", who="zed", prop="p-r"),
        stance("r2", "denies", who="zed", prop="p-r"),
        # (ordered in time: a reversal of unknown order is none since time30)
        fig("r3", 1, who="Alpha", measure="m-r", said_on="2020-01-01"),
        fig("r4", 1000, who="Alpha", measure="m-r", said_on="2020-02-01"),
        stance("r5", "affirms", who="alpha", prop="p-r"),
        stance("r6", "denies", who="Alpha", prop="p-r"),
    ]
    report = analyse(facts)
    order = [
        (c.measure, c.as_of)
        if isinstance(c, FigureConflict)
        else c.proposition
        if isinstance(c, StanceConflict)
        else (c.claimant, c.topic)
        for c in report.conflicts
    ]
    assert order == [
        ("m-z", None),
        # (("m-r", None), Alpha's alone, is told as its reversal: time21)
        ("m-c", None),
        ("m-a", None),
        ("m-b", None),
        ("m-d", "2019"),
        ("m-d", "2020"),
        "p-r",
        "p-b",
        "p-a",
        "p-c",
        ("Alpha", "m-r"),
        ("Alpha", "p-r"),
        ("zed", "p-r"),
    ]


def _story() -> list[Fact]:
    facts = [
        fig("f1", 24, 60, who=SDF, measure="fighters", said_on="2017-10-14"),
        fig("f2", 225, 275, who=COALITION, measure="fighters"),
        fig("f3", 2000, 9999, who=FORMER_CHIEF, measure="fighters"),
        fig("f4", 30, who="sdf", measure="fighters"),
        fig("f5", 250, who="syrian democratic forces", measure="fighters", said_on="2017-12"),
        fig("f6", 3500, 4000, who="Raqqa Civil Council", measure="civilians", as_of="2017-09"),
        fig("f7", 200, who="Raqqa Civil Council", measure="civilians", as_of="2017-10"),
        fig("f8", 300, None, who="UN", measure="civilians"),
        stance("s1", "denies", who=COALITION, said_on="2017-10-14"),
        stance("s2", "affirms", who="BBC", said_on="2017-11-13"),
        stance("s3", "affirms", who="us-led coalition (cjtf-oir)", said_on="2017-11-20"),
        stance("s4", "affirms", who="bbc", prop="p2"),
        stance("s5", "denies", who="Amaq", prop="p2", status="retracted"),
    ]
    return facts + [fig(f"n{i}", i * 7 % 50, i * 7 % 50 + 3, measure="noise") for i in range(40)]


@pytest.mark.parametrize("seed", [0, 1, 2, 3, 42, 2017])
def test_order_does_not_depend_on_input_order(seed: int) -> None:
    facts = _story()
    expected = analyse(facts)
    shuffled = facts[:]
    random.Random(seed).shuffle(shuffled)
    assert analyse(shuffled) == expected
    assert analyse(iter(shuffled)) == expected  # any iterable


# -- JSON contract -------------------------------------------------------------------------


def test_report_to_json_exact() -> None:
    facts = [
        fig("f1", 24, 60, who=SDF, measure="fighters-evacuated", said_on="2017-10-14"),
        fig("f2", 225, 275, who=COALITION, measure="fighters-evacuated", said_on="2017-10-15"),
        fig("f3", 2000, 9999, who=FORMER_CHIEF, measure="fighters-evacuated"),
        fig("r1", 9, who=SDF, measure="fighters-evacuated", status="retracted"),
        fig("b1", 4, who=SDF, measure="buses"),
        fig("b2", 50.0, who="Convoy driver", measure="buses"),
        fig("b3", 300.5, None, who="Convoy driver", measure="trucks"),
        fig("g1", 3500, 4000, who="Raqqa Civil Council", measure="civilians", as_of="2017-09"),
        fig("g2", 200, who="Raqqa Civil Council", measure="civilians", as_of="2017-10"),
        stance("s1", "denies", who=COALITION, said_on="2017-10-14"),
        stance("s2", "affirms", who="BBC", said_on="2017-11-13"),
        stance("s3", "affirms", who="us-led coalition (cjtf-oir)", said_on="2017-11-20"),
    ]
    assert report_to_json("raqqa-convoy", analyse(facts)) == {
        "subject": "raqqa-convoy",
        "min_gap": 1.1,
        "conflicts": [
            {
                "kind": "figure",
                "measure": "fighters-evacuated",
                "dimension": "count",
                "as_of": None,
                "severity": 33.3,
                "gaps": [3.8, 7.3],
                "positions": [
                    {"low": 24, "high": 60, "claims": ["f1"], "claimants": [SDF]},
                    {"low": 225, "high": 275, "claims": ["f2"], "claimants": [COALITION]},
                    {"low": 2000, "high": 9999, "claims": ["f3"], "claimants": [FORMER_CHIEF]},
                ],
            },
            {
                "kind": "figure",
                "measure": "buses",
                "dimension": "count",
                "as_of": None,
                "severity": 12.5,
                "gaps": [12.5],
                "positions": [
                    {"low": 4, "high": 4, "claims": ["b1"], "claimants": [SDF]},
                    {"low": 50, "high": 50, "claims": ["b2"], "claimants": ["Convoy driver"]},
                ],
            },
            {
                "kind": "stance",
                "proposition": PROP,
                "positions": [
                    {"stance": "affirms", "claims": ["s2", "s3"], "claimants": ["BBC", COALITION]},
                    {"stance": "denies", "claims": ["s1"], "claimants": [COALITION]},
                ],
            },
            {
                "kind": "reversal",
                "claimant": COALITION,
                "proposition": PROP,
                "claims": ["s1", "s3"],
                "dates": [
                    {"date": "2017-10-14", "basis": "said_on"},
                    {"date": "2017-11-20", "basis": "said_on"},
                ],
                "ordered": True,
            },
        ],
        "minor": [],
        "incomparable": [],
        "checks": [],
        "changes": [
            {
                "measure": "civilians",
                "dimension": "count",
                "points": [
                    {"as_of": "2017-09", "low": 3500, "high": 4000, "claims": ["g1"]},
                    {"as_of": "2017-10", "low": 200, "high": 200, "claims": ["g2"]},
                ],
            }
        ],
        "hints": [],
        "unchecked": [],
        "summary": {
            "figures": 2,
            "revisions": 0,
            "sums": 0,
            "propositions": 1,
            "reversals": 1,
            "walk_backs": 0,
            "minor": 0,
            "incomparable": 0,
            "claimants": 6,
            "claims": 11,
            "relaying": 0,
        },
    }


def test_report_to_json_numbers_and_measure_reversal() -> None:
    facts = [
        fig("a", 0.5, 2.0, who="X", measure="km", said_on="2019"),
        fig("b", 10, None, who="x", measure="km", said_on="2020"),
        fig("c", 0, who="Y", measure="zero"),
        fig("d", 3, who="Z", measure="zero"),
    ]
    doc = report_to_json("s", analyse(facts))
    assert doc["conflicts"] == [
        {
            "kind": "figure",
            "measure": "zero",
            "dimension": "count",
            "as_of": None,
            "severity": None,
            "gaps": [None],
            "positions": [
                {"low": 0, "high": 0, "claims": ["c"], "claimants": ["Y"]},
                {"low": 3, "high": 3, "claims": ["d"], "claimants": ["Z"]},
            ],
        },
        {  # X's dispute with itself on km is told once, as its reversal (time21)
            "kind": "reversal",
            "claimant": "X",
            "measure": "km",
            "claims": ["a", "b"],
            "dates": [{"date": "2019", "basis": "said_on"}, {"date": "2020", "basis": "said_on"}],
            "ordered": True,
            "disputes": [
                {
                    "as_of": None,
                    "severity": 5,
                    "claims": ["a", "b"],
                    # its own figures apart: the line said under the reversal (outputs12)
                    "own_disagreements": [{"claimant": "X", "positions": [1, 2], "why": "reports"}],
                }
            ],
        },
    ]
    assert isinstance(doc["conflicts"][1]["disputes"][0]["severity"], int)
    assert isinstance(doc["conflicts"][0]["positions"][1]["high"], int)


def test_report_to_json_empty() -> None:
    assert report_to_json("quiet", analyse([])) == {
        "subject": "quiet",
        "min_gap": 1.1,
        "conflicts": [],
        "minor": [],
        "incomparable": [],
        "checks": [],
        "changes": [],
        "hints": [],
        "unchecked": [],
        "summary": {
            "figures": 0,
            "revisions": 0,
            "sums": 0,
            "propositions": 0,
            "reversals": 0,
            "walk_backs": 0,
            "minor": 0,
            "incomparable": 0,
            "claimants": 0,
            "claims": 0,
            "relaying": 0,
        },
    }


# -- summary line --------------------------------------------------------------------------

_FIG = FigureConflict("m", None, 2.0, (), (2.0,))
_STANCE = StanceConflict("p", (StancePosition("affirms", (), ()), StancePosition("denies", (), ())))
_REV = Reversal("X", "proposition", "p", ())


@pytest.mark.parametrize(
    ("conflicts", "n_claims", "n_claimants", "line"),
    [
        (
            [_FIG] * 3 + [_STANCE] * 2 + [_REV],
            40,
            12,
            "3 disputed figures, 2 disputed propositions, 1 reversal among 40 claims from 12 claimants",
        ),
        (
            [_FIG, _STANCE, _REV, _REV],
            9,
            2,
            "1 disputed figure, 1 disputed proposition, 2 reversals among 9 claims from 2 claimants",
        ),
        ([_FIG], 2, 2, "1 disputed figure among 2 claims from 2 claimants"),
        ([_STANCE] * 2, 4, 3, "2 disputed propositions among 4 claims from 3 claimants"),
        ([_REV], 2, 1, "1 reversal among 2 claims from 1 claimant"),
        ([], 12, 5, "No conflicts among 12 claims from 5 claimants"),
        ([], 1, 1, "No conflicts among 1 claim from 1 claimant"),
        ([], 0, 0, "No conflicts among 0 claims from 0 claimants"),
    ],
)
def test_summary_line(conflicts: list, n_claims: int, n_claimants: int, line: str) -> None:
    assert summary_line(Report(tuple(conflicts), (), n_claims, n_claimants)) == line


def test_summary_line_from_analysis() -> None:
    report = analyse(_story())
    assert summary_line(report) == (
        "3 disputed figures, 1 disputed proposition, 2 reversals among 52 claims from 47 claimants"
    )


# -- properties of the sweep ---------------------------------------------------------------


def _apart(a: Fact, b: Fact) -> bool:
    """Two figures disagree at min_gap 1: disjoint, or (docs/conflicts.md, rule 6, one
    tolerance, not two) both read +-10% around their middle and neither middle inside the
    other's interval."""

    def top(f: Fact) -> float:
        return float("inf") if f.high is None else f.high

    if a.low > top(b) or b.low > top(a):
        return True

    def about(f: Fact) -> bool:
        return f.high is not None and f.low > 0 and abs(f.low * 11 - f.high * 9) < 1e-9

    def mid(f: Fact) -> float:
        return (f.low + top(f)) / 2

    def odds(u: Fact, low: Fact) -> bool:
        return mid(u) > top(low) and u.low > mid(low)

    return about(a) and about(b) and (odds(a, b) or odds(b, a))


_interval = st.tuples(
    st.integers(0, 60), st.one_of(st.none(), st.integers(0, 30)), st.sampled_from([None, "A", "B"])
)


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(_interval, max_size=12))
def test_sweep_properties(raw: list[tuple[int, int | None, str | None]]) -> None:
    facts = [
        fig(f"c{i:02d}", lo, None if w is None else lo + w, as_of=None)
        for i, (lo, w, _) in enumerate(raw)
    ]
    by_id = {f.id: f for f in facts}

    def top(f: Fact) -> float:
        return float("inf") if f.high is None else f.high

    def disjoint(a: Fact, b: Fact) -> bool:
        return _apart(a, b)

    any_disjoint = any(disjoint(a, b) for a in facts for b in facts)
    found = figure_conflicts(analyse(facts, min_gap=1))
    assert bool(found) == any_disjoint
    if not found:
        return
    (conflict,) = found
    # every claim in exactly one position
    ids = [i for p in conflict.positions for i in p.claims]
    assert sorted(ids) == sorted(by_id)
    members = [[by_id[i] for i in p.claims] for p in conflict.positions]
    for p, ms in zip(conflict.positions, members, strict=True):
        assert max(m.low for m in ms) <= min(top(m) for m in ms)  # a common point
        assert p.low == min(m.low for m in ms)
        assert p.high == (None if any(m.high is None for m in ms) else max(top(m) for m in ms))
        assert p.claims == tuple(sorted(p.claims))
    for prev, nxt in itertools.pairwise(members):
        # neighbouring positions really disagree: some pair across them is disjoint
        assert any(disjoint(a, b) for a in prev for b in nxt)
    assert [p.low for p in conflict.positions] == sorted(p.low for p in conflict.positions)
    assert len(conflict.gaps) == len(conflict.positions) - 1


# an interval, its as_of and its said_on: statements before, within and after the moments
_dated_interval = st.tuples(
    st.integers(0, 60),
    st.one_of(st.none(), st.integers(0, 30)),
    st.sampled_from([None, "2019", "2020"]),
    st.sampled_from([None, None, "2017-10", "2019", "2019-06", "2020-03-02", "2021"]),
)


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(_dated_interval, max_size=10))
def test_as_of_gating_matches_pairwise_definition(raw: list) -> None:
    """The disputes of a measure are the groups of rule 2, each reported iff a figure of its
    own is disjoint from another it is compared with (docs/conflicts.md, rule 2): per date,
    its forecasts (stated surely before it) among themselves, and its other figures with the
    figures with no as_of not stated surely before it, reported iff one of the date's figures
    takes part; the figures with no as_of among themselves, unless one dated group alone is
    reported and holds them all (time22). A forecast is never set against an outturn of its
    moment (time24) nor against a figure with no as_of (time26)."""
    facts = [
        fig(f"c{i:02d}", lo, None if w is None else lo + w, as_of=a, said_on=said)
        for i, (lo, w, a, said) in enumerate(raw)
    ]

    def disjoint(a: Fact, b: Fact) -> bool:
        return _apart(a, b)

    def before(x: Fact, date: str) -> bool:  # stated surely before date (rule 2)
        return bool(x.said_on and x.said_on < date and not date.startswith(x.said_on))

    def forecast(x: Fact) -> bool:
        return x.as_of is not None and before(x, x.as_of)

    undated = [f for f in facts if f.as_of is None]
    rest = [f for f in facts if not forecast(f)]
    moments = sorted({f.as_of for f in rest if f.as_of})

    def near(d: str) -> list[Fact]:  # the outturns of d and the figures that may describe it
        return [f for f in rest if f.as_of == d] + [u for u in undated if not before(u, d)]

    # (as_of, a group of forecasts) -> the claims of its dispute
    expected: dict[tuple[str | None, bool], set[str]] = {}
    dates = sorted({f.as_of for f in facts if f.as_of})
    group: list[Fact] = []
    for d in dates:
        own = [f for f in facts if f.as_of == d]
        forecasts = [f for f in own if forecast(f)]
        outturns = [f for f in own if not forecast(f)]
        group = outturns + [u for u in undated if not before(u, d)]
        if any(disjoint(a, b) for a in forecasts for b in forecasts):
            expected[(d, True)] = {f.id for f in forecasts}
        if any(disjoint(a, b) for a in outturns for b in group):
            expected[(d, False)] = {f.id for f in group}
    if any(disjoint(a, b) for a in undated for b in undated):
        ids = {f.id for f in undated}
        # (the forecasts' disputes aside: a measure is read without its forecasts, time27)
        told = [v for (_, foreseen), v in expected.items() if not foreseen]
        if len(told) == 1 and ids <= told[0]:  # one dated dispute holds them all
            pass
        elif len(moments) == 1 and len(near(moments[0])) == len(rest):
            # one moment, every figure but the forecasts compared with every other (a
            # forecast is no figure of its moment: time27): one group, as_of empty when only
            # the figures with no as_of disagree
            expected[(None, False)] = {f.id for f in rest}
        else:
            expected[(None, False)] = ids

    found: dict[tuple[str | None, bool], set[str]] = {}
    by_id = {f.id: f for f in facts}
    for c in figure_conflicts(analyse(facts, min_gap=1)):
        claims = {i for p in c.positions for i in p.claims}
        key = (c.as_of, c.as_of is not None and all(forecast(by_id[i]) for i in claims))
        assert key not in found
        found[key] = claims
    assert found == expected


# -- engineering ---------------------------------------------------------------------------


def test_scale_one_measure() -> None:
    rng = random.Random(7)
    facts = []
    for i in range(20_000):
        low = rng.randrange(100_000)
        high = None if i % 97 == 0 else low + rng.randrange(2_000)
        as_of = None if i % 3 else f"2019-{i % 12 + 1:02d}"
        facts.append(
            Fact(f"c{i}", f"source {i % 3000}", "figure", "m", low, high, None, as_of, None)
        )
    report = analyse(facts)
    assert report.n_claims == 20_000
    assert report.conflicts
    assert len(report.changes) == 1


def test_gc_state_restored() -> None:
    assert gc.isenabled()
    analyse([fig("a", 1), fig("b", 2)])
    assert gc.isenabled()
    gc.disable()
    try:
        analyse([fig("a", 1), fig("b", 2)])
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.slow  # starts a process (tests/conftest.py: process tests are slow)
def test_module_is_pure_and_cheap_to_import() -> None:
    src = Path(__file__).resolve().parents[1] / "src"
    code = (
        "import sys; import claimtrack.conflicts; "
        "bad = [m for m in ('sqlite3', 'rich', 'typer', 'pydantic', 'sqlite_utils', "
        "'claimtrack.store', 'claimtrack.cli') if m in sys.modules]; print(bad)"
    )
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(src), os.environ.get("PYTHONPATH", "")]),
    }
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_dataclasses_are_frozen_with_slots() -> None:
    p = FigurePosition(1, 2, ("a",), ("A",))
    with pytest.raises(AttributeError):
        p.low = 3  # type: ignore[misc]
    assert not hasattr(p, "__dict__")


_claim = st.tuples(
    st.integers(0, 40),
    st.one_of(st.none(), st.integers(0, 12)),
    st.sampled_from([None, None, "2019", "2020"]),
    st.sampled_from(["SDF", "sdf", "Coalition"]),
    # said before, within and after the moments: forecasts, outturns and later figures
    st.sampled_from([None, "2017-10", "2017-11-02", "2019", "2019-06", "2020-03-02", "2021"]),
)


@pytest.mark.parametrize("min_gap", [1, 1.1, 1.5])
@settings(max_examples=examples(200), deadline=None)
@given(raw=st.lists(_claim, max_size=10))
def test_figure_reversals_match_pairwise_definition(raw: list, min_gap: float) -> None:
    """A claimant's figure is listed in a reversal iff it is disjoint from another of their own
    figures that it is compared with (same as_of, or either undated and not stated before the
    other's as_of), with cores at least min_gap apart; a forecast (stated surely before its
    as_of) is compared with the claimant's other forecasts only."""
    facts = [
        fig(f"c{i:02d}", lo, None if w is None else lo + w, who=who, as_of=a, said_on=said)
        for i, (lo, w, a, who, said) in enumerate(raw)
    ]

    def top(f: Fact) -> float:
        return float("inf") if f.high is None else f.high

    def core(f: Fact) -> tuple[float, float]:  # without tolerances (docs/conflicts.md, rule 6)
        if f.high is None:
            return f.low, f.low
        if f.low <= 0:
            return f.high, f.high
        if f.high * 0.9 <= f.low * 1.1:
            return (f.low + f.high) / 2, (f.low + f.high) / 2
        return f.low, f.high

    def apart(a: Fact, b: Fact) -> bool:  # a wholly above b, cores min_gap apart
        ca, cb = core(a)[0], core(b)[1]
        return a.low > top(b) and (cb <= 0 or ca / cb >= min_gap)

    def before(x: Fact, date: str | None) -> bool:  # stated surely before date (rule 2)
        return bool(x.said_on and date and x.said_on < date and not date.startswith(x.said_on))

    def clash(a: Fact, b: Fact) -> bool:
        compared = (
            a.as_of == b.as_of
            if a.as_of and b.as_of
            else not (a.as_of is None and before(a, b.as_of))
            and not (b.as_of is None and before(b, a.as_of))
        )
        return compared and (apart(a, b) or apart(b, a))

    # an estimate of one moment replaced by its claimant's later one is its revision, no
    # reversal (rule 9): the reversals are those of the figures that stand
    gone = own_estimates_def.replaced(facts, min_gap)
    kept = [f for f in facts if f.id not in gone]

    # a claimant's forecast of a moment (stated surely before it) is compared with its other
    # forecasts only: never with its outturn of the moment (stated on or after it, rule 2,
    # time24) nor with a figure with no as_of (time26)
    def foreseen(f: Fact) -> bool:
        return before(f, f.as_of)

    expected: dict[str, set[str]] = {}
    for a in kept:
        for b in kept:
            if (
                claimant_key(a.claimant) == claimant_key(b.claimant)
                and foreseen(a) == foreseen(b)
                and clash(a, b)
            ):
                expected.setdefault(claimant_key(a.claimant), set()).add(a.id)
    report = analyse(facts, min_gap=min_gap)
    found = [c for c in report.conflicts if isinstance(c, Reversal)]
    filed = {claimant_key(r.claimant): set(r.claims) for r in found}
    # a reversal whose order is not known is not filed where a dispute lists the claimant's
    # own figures that disagree (time30): its line says it instead
    told = {
        claimant_key(d.claimant)
        for c in report.conflicts
        if isinstance(c, FigureConflict)
        for d in c.own
    }
    assert set(filed) <= set(expected)
    for key, ids in expected.items():
        assert filed[key] == ids if key in filed else key in told, key
    for r in found:
        said = {f.id: f.said_on for f in facts}
        order = [(said[i] is None, said[i] or "", i) for i in r.claims]
        assert order == sorted(order)


@pytest.mark.parametrize("min_gap", [1, 1.1, 1.5])
@settings(max_examples=examples(200), deadline=None)
@given(raw=st.lists(_claim, max_size=10))
def test_a_claimants_reversal_does_not_depend_on_other_claimants(raw: list, min_gap: float) -> None:
    """Whether a claimant contradicts itself is a question of its own figures: the reversals
    found with every claimant's figures are those found with each claimant's alone (another
    body's outturn of a moment once hid a claimant's forecast set against its own undated
    figure: the moment then had a forecast and an outturn, and the measure was looked at
    only for forecasts against forecasts)."""
    facts = [
        fig(f"c{i:02d}", lo, None if w is None else lo + w, who=who, as_of=a, said_on=said)
        for i, (lo, w, a, who, said) in enumerate(raw)
    ]

    def reversals(fs: list[Fact]) -> dict[str, set[str]]:
        found = analyse(fs, min_gap=min_gap).conflicts
        return {claimant_key(r.claimant): set(r.claims) for r in found if isinstance(r, Reversal)}

    alone: dict[str, set[str]] = {}
    for key in {claimant_key(f.claimant) for f in facts}:
        alone.update(reversals([f for f in facts if claimant_key(f.claimant) == key]))
    assert reversals(facts) == alone


# -- a forecast is never a figure of the moment it forecasts (rule 2, time27) ----------------


def _stated_before_its_moment(f: Fact) -> bool:
    """docs/conflicts.md, rule 2: a forecast is a figure stated (said_on, else reported_on)
    surely before its as_of; a month holds its days, a day its times of day."""
    stated = f.said_on or f.reported_on
    return bool(f.as_of and stated and stated < f.as_of and not f.as_of.startswith(stated))


def _forecast_fact(
    id_: str,
    low: float,
    who: str,
    as_of: str | None,
    said_on: str | None,
    reported_on: str | None = None,
    measure: str = "deaths",
    relays: str | None = None,
) -> Fact:
    return Fact(
        id_, who, "figure", measure, low, low, None, as_of, said_on, "active", reported_on,
        "count", 0, relays,
    )  # fmt: skip


# a figure: value, claimant, as_of and the day said: forecasts, outturns and figures with none
_timed_claim = st.tuples(
    st.sampled_from([100, 150, 200, 310, 500, 700]),
    st.sampled_from(["Ministry", "WHO", "Modelling unit"]),
    st.sampled_from([None, "2025-02", "2025-03", "2025-03-01", "2025-03-20"]),
    st.sampled_from([None, "2025-01-15", "2025-02", "2025-02-21", "2025-03-03", "2025-04"]),
    st.sampled_from(["deaths", "missing", "prices"]),
)


def _timed_facts(raw: list) -> list[Fact]:
    return [
        _forecast_fact(f"c{i:02d}", v, who, a, said, measure=m)
        for i, (v, who, a, said, m) in enumerate(raw)
    ]


def _finding_claims(report: Report) -> list[tuple[str, tuple[str, ...]]]:
    """Each finding but a reversal (its kind, its claims): disputes and minor differences
    (echoes aside), the falls inside them, revisions and sums, those a reversal tells too."""
    out: list[tuple[str, tuple[str, ...]]] = []
    found = [*report.conflicts, *report.minor, *report.checks]
    found += [d for r in found if isinstance(r, Reversal) for d in r.disputes]
    for c in found:
        if isinstance(c, FigureConflict):
            out.append(("figure", tuple(sorted(i for p in c.positions for i in p.claims))))
            out += [("fall", f.claims) for f in c.falls]
        elif not isinstance(c, Reversal | StanceConflict):
            out.append((type(c).__name__, tuple(c.claims)))
    return out


@pytest.mark.parametrize("marked", [False, True])
@settings(max_examples=examples(200), deadline=None)
@given(raw=st.lists(_timed_claim, max_size=9))
def test_a_forecast_is_never_a_figure_of_its_moment(raw: list, marked: bool) -> None:
    """docs/conflicts.md, rule 2 ("On every path"): a forecast is never a point of a change
    over time, and every finding (dispute, minor difference, fall, revision, sum) that holds a
    forecast holds forecasts of its moment alone, labelled so; every forecast of a measure
    with a change is listed beside it. On a measure marked cumulative and on one read at its
    times alike."""
    facts = _timed_facts(raw)
    ahead = {f.id: f.as_of for f in facts if _stated_before_its_moment(f)}
    report = analyse(facts, cumulative={"deaths", "missing"} if marked else ())
    for ch in report.changes:
        assert not {i for p in ch.points for i in p.claims} & set(ahead)
        listed = {i for p in ch.forecasts for i in p.claims}
        assert listed == {f.id for f in facts if f.id in ahead and f.topic == ch.measure}
        assert all(ahead[i] == p.as_of for p in ch.forecasts for i in p.claims)
    for kind, ids in _finding_claims(report):
        moments = {ahead.get(i) for i in ids}
        if moments & set(ahead.values()):
            assert kind == "figure" and len(moments) == 1, (kind, ids)
    for c in [*report.conflicts, *report.minor]:
        if isinstance(c, FigureConflict):
            held = [i for p in c.positions for i in p.claims]
            assert c.forecasts == all(i in ahead for i in held)


@pytest.mark.parametrize("marked", [False, True])
@settings(max_examples=examples(200), deadline=None)
@given(raw=st.lists(_timed_claim, max_size=9))
def test_the_moments_are_read_as_if_no_forecast_were_given(raw: list, marked: bool) -> None:
    """A measure is read without its forecasts (rule 2, time27): the findings that hold no
    forecast, and the points of the changes over time, are those of the same claims with
    every forecast taken out."""
    facts = _timed_facts(raw)
    ahead = {f.id for f in facts if _stated_before_its_moment(f)}
    cumulative = {"deaths", "missing"} if marked else set()
    whole = analyse(facts, cumulative=cumulative)
    alone = analyse([f for f in facts if f.id not in ahead], cumulative=cumulative)

    def outturn_findings(report: Report) -> list:
        return sorted(c for c in _finding_claims(report) if not set(c[1]) & ahead)

    assert outturn_findings(whole) == outturn_findings(alone)
    points = {(ch.measure, ch.points) for ch in alone.changes}
    assert {(ch.measure, ch.points) for ch in whole.changes if ch.points} >= points


def _forecast_case(facts: list[Fact], marked: bool) -> tuple[list, list[str]]:
    """(findings as (kind, heading's moment, forecasts?, claims), change lines) of ``facts``."""
    from claimtrack.conflicts import change_text

    report = analyse(facts, cumulative={"deaths"} if marked else ())
    found = []
    for c in [*report.conflicts, *report.minor]:
        if isinstance(c, FigureConflict):
            claims = tuple(sorted(i for p in c.positions for i in p.claims))
            found.append(("figure", c.as_of, c.forecasts, claims))
        elif isinstance(c, Reversal):
            found.append(("reversal", None, False, tuple(sorted(c.claims))))
        else:
            found.append((type(c).__name__, None, False, tuple(c.claims)))  # type: ignore[union-attr]

    def show(low: float, high: float | None, _: str) -> str:
        return f"{low:g}" if high == low else f"{low:g}-{high:g}"

    return found, [f"{ch.measure}: {change_text(ch, show)}" for ch in report.changes]


_F = _forecast_fact
FORECAST_CASES = [
    pytest.param(
        [
            _F("min", 500, "Ministry", "2025-03-01", "2025-02-01"),
            _F("who1", 310, "WHO", "2025-03-01", "2025-03-03"),
            _F("who0", 200, "WHO", "2025-02-20", "2025-02-21"),
        ],
        (
            [],
            [
                "deaths: 2025-02-20: 200 → 2025-03-01: 310; forecast of 2025-03-01: 500 (said 2025-02-01)"
            ],
        ),
        id="a-day-forecast-beside-its-outturn",
    ),
    pytest.param(
        [
            _F("min", 500, "Ministry", "2025-03", "2025-02-01"),
            _F("who1", 310, "WHO", "2025-03-05", "2025-03-06"),
            _F("who2", 350, "WHO", "2025-03-20", "2025-03-21"),
        ],
        (
            [],
            [
                "deaths: 2025-03-05: 310 → 2025-03-20: 350; forecast of 2025-03: 500 (said 2025-02-01)"
            ],
        ),
        id="a-month-forecast-with-day-outturns",
    ),
    pytest.param(
        [
            _F("min", 500, "Ministry", "2025-03-01", "2025-02-01"),
            _F("mod", 700, "Modelling unit", "2025-03-01", "2025-02-05"),
            _F("who1", 310, "WHO", "2025-03-01", "2025-03-03"),
        ],
        (
            [("figure", "2025-03-01", True, ("min", "mod"))],
            [],
        ),
        id="two-forecasters-dispute-each-other-alone",
    ),
    pytest.param(
        [
            _F("min", 500, "Ministry", "2025-03-01", None, reported_on="2025-02-10"),
            _F("who1", 310, "WHO", "2025-03-01", "2025-03-03"),
            _F("who2", 330, "WHO", "2025-03-05", "2025-03-06"),
        ],
        (
            [],
            [
                "deaths: 2025-03-01: 310 → 2025-03-05: 330; forecast of 2025-03-01: 500 (reported 2025-02-10)"
            ],
        ),
        id="no-said-on-reported-before-the-moment",
    ),
    pytest.param(
        [
            _F("min", 500, "Ministry", "2025-03-01", "2025-02-01"),
            _F("paper", 500, "Daily", "2025-03-01", "2025-02-01", relays="min"),
            _F("who1", 310, "WHO", "2025-03-01", "2025-03-03"),
            _F("who2", 330, "WHO", "2025-03-05", "2025-03-06"),
        ],
        (
            [],
            [
                "deaths: 2025-03-01: 310 → 2025-03-05: 330; forecast of 2025-03-01: 500 (said 2025-02-01)"
            ],
        ),
        id="a-forecast-relayed-later-by-another-outlet",
    ),
    pytest.param(
        [
            _F("min", 500, "Ministry", "2025-03-01", "2025-02-01"),
            _F("min2", 650, "Ministry", "2025-03-01", "2025-02-15"),
            _F("who1", 310, "WHO", "2025-03-01", "2025-03-03"),
        ],
        ([("reversal", None, False, ("min", "min2"))], []),
        id="a-forecaster-revising-its-forecast-is-a-reversal",
    ),
    pytest.param(
        [
            _F("min", 500, "Ministry", "2025-03-01", "2025-02-01"),
            _F("min1", 310, "Ministry", "2025-03-01", "2025-03-03"),
            _F("min0", 200, "Ministry", "2025-02-20", "2025-02-21"),
        ],
        (
            [],
            [
                "deaths: 2025-02-20: 200 → 2025-03-01: 310; forecast of 2025-03-01: 500 (said 2025-02-01)"
            ],
        ),
        id="a-forecasters-own-outturn-is-no-fall-nor-reversal",
    ),
]


@pytest.mark.parametrize("marked", [False, True], ids=["not-marked", "cumulative"])
@pytest.mark.parametrize(("facts", "expected"), FORECAST_CASES)
def test_forecast_cases(facts: list[Fact], expected: tuple, marked: bool) -> None:
    found, changes = _forecast_case(facts, marked)
    assert (found, changes) == expected
    assert _forecast_case(list(reversed(facts)), marked) == (found, changes)  # order never matters
