"""Partial breakdowns (sums3, docs/conflicts.md rule 10): a claimant that gives some of a
relation's parts, not all, against a total. No part below zero, the parts given are a floor of
the total: above it they are a finding whatever the missing parts are; short of it they say
nothing (never "consistent"). Parts of two claimants, of two times, or parts that overlap (a
region and a city in it) are never added up. Each answer signed by hand."""

from __future__ import annotations

import json

import pytest

from claimtrack.conflicts import Fact, SumFinding, SumRelation, analyse
from test_stacked_tolerances import said

DEATHS = SumRelation("deaths", ("deaths-north", "deaths-south", "deaths-east", "deaths-west"))
DAY = "2024-05-01"


def found(facts: list, sums: list[SumRelation], **kw: object) -> list[tuple]:
    """Every sum line of the report: (kind, parts, direction, by, gap, of)."""
    report = analyse(facts, sums=sums, **kw)  # type: ignore[arg-type]
    out = [("dispute", s) for s in report.conflicts if isinstance(s, SumFinding)]
    out += [("minor", s) for s in report.minor if isinstance(s, SumFinding)]
    out += [("holds", s) for s in report.checks]
    return [(k, s.parts, s.direction, s.by, s.gap, s.of) for k, s in out]


def toll(*given: tuple[str, str, str], date: str = DAY) -> list:
    return [
        said(f"c{n}", text, who, measure, as_of=date)
        for n, (measure, text, who) in enumerate(given)
    ]


TWO = ("deaths-north", "deaths-south")


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        # two of four regions already above the ministry's own total: 43 + 67 = 110 > 102,
        # whatever the other two hold (exact counts of one statement: at any ratio)
        (
            (
                ("deaths-north", "43", "Ministry"),
                ("deaths-south", "67", "Ministry"),
                ("deaths", "102", "Ministry"),
            ),
            [("dispute", TWO, "excess", (8, 8), 1.08, 4)],
        ),
        # short of its total: the two missing regions may hold the rest; nothing, not "holds"
        (
            (
                ("deaths-north", "43", "Ministry"),
                ("deaths-south", "51", "Ministry"),
                ("deaths", "102", "Ministry"),
            ),
            [],
        ),
        # another claimant's total is another count: judged by the ratio, minor at 1.08x
        (
            (
                ("deaths-north", "43", "Ministry"),
                ("deaths-south", "67", "Ministry"),
                ("deaths", "102", "Paper"),
            ),
            [("minor", TWO, "excess", (8, 8), 1.08, 4)],
        ),
        # parts of two claimants are never added: 60 + 60 is nobody's statement
        (
            (
                ("deaths-north", "60", "Ministry"),
                ("deaths-south", "60", "Agency"),
                ("deaths", "102", "Ministry"),
            ),
            [],
        ),
        # three of four, with bounds: at least 43 + more than 45 + 31 = 120+, "up to 110"
        (
            (
                ("deaths-north", "at least 43", "Ministry"),
                ("deaths-south", "more than 45", "Ministry"),
                ("deaths-east", "31", "Ministry"),
                ("deaths", "up to 110", "Ministry"),
            ),
            [("dispute", (*TWO, "deaths-east"), "excess", (10, None), 1.09, 4)],
        ),
        # a total said as a floor meets any sum above it
        (
            (
                ("deaths-north", "43", "Ministry"),
                ("deaths-south", "67", "Ministry"),
                ("deaths", "at least 102", "Ministry"),
            ),
            [],
        ),
        # hedged parts against a round total: "about 60" and "about 50" allow 99, "100" 105
        (
            (
                ("deaths-north", "about 60", "Ministry"),
                ("deaths-south", "about 50", "Ministry"),
                ("deaths", "100", "Ministry"),
            ),
            [],
        ),
        # hedged parts whose cores are 1.2x the total's: a finding (one tolerance, not two)
        (
            (
                ("deaths-north", "about 66", "Ministry"),
                ("deaths-south", "about 54", "Ministry"),
                ("deaths", "about 100", "Ministry"),
            ),
            [("dispute", TWO, "excess", (20, 41), 1.2, 4)],
        ),
        # one part alone above the total is that finding, not said again with the others
        (
            (
                ("deaths-north", "121", "Ministry"),
                ("deaths-south", "13", "Ministry"),
                ("deaths", "102", "Ministry"),
            ),
            [("dispute", ("deaths-north",), "excess", (19, 19), 1.2, 0)],
        ),
        # every part given: the sum, as before
        (
            (
                ("deaths-north", "41", "Ministry"),
                ("deaths-south", "32", "Ministry"),
                ("deaths-east", "17", "Ministry"),
                ("deaths-west", "13", "Ministry"),
                ("deaths", "102", "Ministry"),
            ),
            [("dispute", DEATHS.parts, "excess", (1, 1), 1.01, 0)],
        ),
    ],
)
def test_a_partial_breakdown_is_a_floor(given: tuple, expected: list) -> None:
    assert found(toll(*given), [DEATHS]) == expected


def test_parts_of_another_time_are_never_added() -> None:
    facts = [
        said("a", "60", "Ministry", "deaths-north", as_of="2024-05-01"),
        said("b", "60", "Ministry", "deaths-south", as_of="2024-05-02"),
        said("t", "102", "Ministry", "deaths", as_of="2024-05-01"),
        said("u", "102", "Ministry", "deaths", as_of="2024-05-02"),
    ]
    assert found(facts, [DEATHS]) == []
    assert found(facts, [DEATHS], cumulative=set(DEATHS.parts)) == []


def test_overlapping_parts_are_never_added() -> None:
    # a city counted in its region by another relation, given as a part of the same total
    with_city = SumRelation("deaths", ("deaths-north", "deaths-city", "deaths-south"))
    region = SumRelation("deaths-north", ("deaths-city", "deaths-north-rest"))
    facts = toll(
        ("deaths-north", "60", "Ministry"),
        ("deaths-city", "50", "Ministry"),
        ("deaths-south", "10", "Ministry"),
        ("deaths", "102", "Ministry"),
    )
    report = analyse(facts, sums=[with_city, region])
    assert [c for c in report.conflicts if isinstance(c, SumFinding)] == []
    assert [u.reason for u in report.unchecked if u.total == "deaths"] == [
        "its parts overlap: deaths-city is counted in deaths-north (another relation)"
    ]


@pytest.mark.parametrize(
    ("cumulative", "expected"),
    [
        # money parts may be losses (a division's): a partial sum says nothing
        (set(), []),
        # running totals only grow from nothing: pledges so far are a floor
        # ($43 million is 42.5-43.5 million: the parts sum to 109-111 million, over 101.5-102.5 million)
        (
            {"aid-a", "aid-b", "aid-c"},
            [("dispute", ("aid-a", "aid-b"), "excess", (6.5e6, 9.5e6), 1.08, 3)],
        ),
    ],
)
def test_money_parts_are_a_floor_only_as_running_totals(cumulative: set, expected: list) -> None:
    aid = SumRelation("aid", ("aid-a", "aid-b", "aid-c"))
    facts = toll(
        ("aid-a", "$43 million", "Ministry"),
        ("aid-b", "$67 million", "Ministry"),
        ("aid", "$102 million", "Ministry"),
    )
    assert found(facts, [aid], cumulative=cumulative) == expected


SHARES = SumRelation("vote", ("vote-a", "vote-b", "vote-c"))


@pytest.mark.parametrize(
    ("relation", "given", "expected"),
    [
        # hedged parts against a hedged total: one tolerance, not two; cores 100 against 85
        (
            DEATHS,
            (
                ("deaths-north", "about 50", "M"),
                ("deaths-south", "about 50", "M"),
                ("deaths", "about 85", "M"),
            ),
            [("dispute", TWO, "excess", (15, 33), 1.2, 4)],
        ),
        # ... but "about 92" (83-101) allows the parts' 100 with its own tolerance alone
        (
            DEATHS,
            (
                ("deaths-north", "about 50", "M"),
                ("deaths-south", "about 50", "M"),
                ("deaths", "about 92", "M"),
            ),
            [],
        ),
        # a floor and a hedge against a ceiling: at least 61 + 45 = 106, above "up to 100"
        (
            DEATHS,
            (
                ("deaths-north", "more than 60", "M"),
                ("deaths-south", "about 50", "M"),
                ("deaths", "up to 100", "M"),
            ),
            [("dispute", TWO, "excess", (6, None), 1.1, 4)],
        ),
        # round numbers keep their rounding: 1,000 + 1,200 (2,100-2,300) meets "2,000"
        # (1,900-2,100); a partial breakdown is never called consistent either way
        (
            DEATHS,
            (
                ("deaths-north", "1,000", "M"),
                ("deaths-south", "1,200", "M"),
                ("deaths", "2,000", "M"),
            ),
            [],
        ),
        # shares of one whole, on their smaller side: 65% as said against 58%, 1.2x
        (
            SHARES,
            (("vote-a", "about 30%", "M"), ("vote-b", "about 35%", "M"), ("vote", "58%", "M")),
            [("dispute", ("vote-a", "vote-b"), "excess", (0.5, 13.5), 1.2, 3)],
        ),
        # 64% against "60%" (57-63%, a round share): over by 1-7 points, 1.1x on the
        # smaller side (36 against 40)
        (
            SHARES,
            (("vote-a", "31%", "M"), ("vote-b", "33%", "M"), ("vote", "60%", "M")),
            [("dispute", ("vote-a", "vote-b"), "excess", (1, 7), 1.1, 3)],
        ),
    ],
)
def test_tolerances_never_stack_in_a_partial_breakdown(
    relation: SumRelation, given: tuple, expected: list
) -> None:
    assert found(toll(*given), [relation]) == expected


AID = SumRelation("aid", ("aid-port", "aid-roads", "aid-clinics"))


@pytest.mark.parametrize(
    ("given", "cumulative", "expected"),
    [
        # the port in euros, nothing else in one currency: no sum, but the roads' £4.0 million
        # (3.8-4.2, a round number) is above the total's £3.5 million (3.45-3.55) in pounds
        # whatever the port got
        (
            (
                ("aid-port", "€5 million", "M"),
                ("aid-roads", "£4.0 million", "M"),
                ("aid", "£3.5 million", "M"),
                ("aid", "$20 million", "M"),
            ),
            set(),
            [("dispute", ("aid-roads",), "excess", (250000, 750000), 1.1, 0)],
        ),
        # two parts in pounds above it (4.35-4.65 million): a partial breakdown, money only
        # as running totals
        (
            (
                ("aid-port", "€5 million", "M"),
                ("aid-roads", "£2.0 million", "M"),
                ("aid-clinics", "£2.5 million", "M"),
                ("aid", "£3.5 million", "M"),
            ),
            {"aid-port", "aid-roads", "aid-clinics"},
            [("dispute", ("aid-roads", "aid-clinics"), "excess", (800000, 1200000), 1.2, 3)],
        ),
        (
            (
                ("aid-port", "€5 million", "M"),
                ("aid-roads", "£2.0 million", "M"),
                ("aid-clinics", "£2.5 million", "M"),
                ("aid", "£3.5 million", "M"),
            ),
            set(),
            [],
        ),
    ],
)
def test_parts_above_their_total_in_its_currency_are_found_beside_another_currency(
    given: tuple, cumulative: set, expected: list
) -> None:
    assert found(toll(*given), [AID], cumulative=cumulative) == expected


def test_a_total_given_with_its_conversion_is_no_floor_in_the_other_currency() -> None:
    # "more than $2 billion (1.77 billion euros)": the euros drop the hedge; a part in euros
    # above them would be a wrong finding, while in dollars the part meets the floor
    def figure(id_: str, text: str, who: str, measure: str, source: str | None) -> Fact:
        f = said(id_, text, who, measure)
        return f._replace(source=source) if source else f

    facts = [
        figure("wb-usd", "more than $2 billion", "World Bank", "cost", "s1"),
        figure("wb-eur", "1.77 billion euros", "World Bank", "cost", "s1"),
        figure("moz", "€2.8 billion", "Mozambique", "cost-mozambique", "s2"),
        figure("zim", "$0.8 billion", "Zimbabwe", "cost-zimbabwe", "s3"),
    ]
    cost = SumRelation("cost", ("cost-mozambique", "cost-zimbabwe"))
    assert [s for s in analyse(facts, sums=[cost]).conflicts if isinstance(s, SumFinding)] == []
    facts[1] = figure("wb-eur", "1.77 billion euros", "World Bank", "cost", "s9")
    assert [
        (s.parts, s.claims)
        for s in analyse(facts, sums=[cost]).conflicts
        if isinstance(s, SumFinding)
    ] == [(("cost-mozambique",), ("moz", "wb-eur"))]


def test_a_partial_breakdown_reads_as_such_in_the_terminal_and_json(ct) -> None:  # type: ignore[no-untyped-def]
    for quote, figure, measure in (
        ("the floods killed 212 people in all", "212", "deaths"),
        ("143 died in the northern province", "143", "deaths-north"),
        ("the southern province counted 91 dead", "91", "deaths-south"),
    ):
        got = ct(
            *("add", "floods", "--claimant", "Agency", "--quote", quote, "--figure", figure),
            *("--measure", measure, "--as-of", "2026-04-02", "--new"),
        )
        assert got.exit_code == 0, got.output
    parts = ("deaths-north", "deaths-south", "deaths-east")
    got = ct("relate", "floods", "deaths", *(a for p in parts for a in ("--sum-of", p)), "--new")
    assert got.exit_code == 0, got.output
    text = ct("conflicts", "floods").stdout
    assert (
        "1. Parts above their total: deaths-north + deaths-south, 2 of the 3 parts of deaths"
        in text
    )
    assert "Agency: 143 + 91 = 234 (2 of 3 parts), but Agency: “212”: over by 22, 1.1x" in text
    assert text.rstrip().endswith(
        "1 partial breakdown above its total among 3 claims from 1 claimant"
    )
    (found,) = json.loads(ct("conflicts", "floods", "--json").stdout)["conflicts"]
    assert (found["parts"], found["of_parts"], found["difference"]) == (
        ["deaths-north", "deaths-south"],
        3,
        {"kind": "excess", "low": 22, "high": 22},
    )
