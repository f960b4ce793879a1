"""sums4: a budget proposed, then changed in a negotiation, then enacted (docs/conflicts.md,
rule 10, "A plan's stages"). Logged with said_on only (no as_of), as a new user logs it:

- a claimant whose amount on a part changed between its statements (a negotiator's offer of
  one day, revised the next) has its parts added up one statement day at a time, never a
  part of one day's offer with a part of another's;
- a part stated only in years after every statement of its total (a facility's loans of
  2021 against the loans the first proposal gave in 2020) is of no one time with it: no sum,
  no "part above its total"; parts stated before their total are checked as before;
- a money dispute whose figures give no as_of, stated on different days, one of its quotes
  in the words of a plan's stage ("proposed", "initially", "down from"), says under its
  heading that the figures may be stages of one plan, and asks for the as_of of each;
- one claimant's amount printed with its conversion by two outlets, at their day's rates
  ("750 billion euros ($857 billion)", "($854 billion)"), is no reversal in dollars.

Invented figures and quotes (a regional fund, a harbour budget), each row signed by hand."""

from __future__ import annotations

from typing import Any

import pytest

from claimtrack.conflicts import (
    ActiveFacts,
    FigureConflict,
    Reversal,
    SumFinding,
    SumRelation,
    analyse,
)
from claimtrack.quote_marks import plan_words, revised_from
from claimtrack.report import plan_stage_line
from test_judgement import fig

FUND = SumRelation("fund", ("grants", "loans"))


def eur(id_: str, value: float, measure: str, said: str | None, who: str = "Council", **kw: Any):  # type: ignore[no-untyped-def]
    return fig(id_, value, who=who, measure=measure, said_on=said, dimension="currency:EUR", **kw)


def _sums(facts: list, relation: SumRelation = FUND) -> list[tuple[tuple[str, ...], bool]]:
    report = analyse(facts, sums=[relation])
    found = [
        c for c in (*report.conflicts, *report.minor, *report.checks) if isinstance(c, SumFinding)
    ]
    return sorted((c.claims, c.holds) for c in found)


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        # a negotiator's grants of 18 July (450) and its offer of 19 July (400 + 350 = 750):
        # before sums4, 450 + 350 = 800 was "over" the 750 fund, a sum nobody proposed
        (
            [
                eur("g18", 450e9, "grants", "2020-07-18"),
                eur("g19", 400e9, "grants", "2020-07-19"),
                eur("l19", 350e9, "loans", "2020-07-19"),
                eur("f19", 750e9, "fund", "2020-07-19"),
            ],
            [(("g19", "l19", "f19"), True)],
        ),
        # the same offer revised on the 21st (390 + 360): each day's parts added up, both hold
        (
            [
                eur("g19", 400e9, "grants", "2020-07-19"),
                eur("l19", 350e9, "loans", "2020-07-19"),
                eur("g21", 390e9, "grants", "2020-07-21"),
                eur("l21", 360e9, "loans", "2020-07-21"),
                eur("f21", 750e9, "fund", "2020-07-21"),
            ],
            [(("g19", "l19", "f21"), True), (("g21", "l21", "f21"), True)],
        ),
        # a revised offer whose day's parts do not add up is still a finding: 390 + 310 = 700
        # against the claimant's own 750, exact figures of one statement
        (
            [
                eur("g19", 400e9, "grants", "2020-07-19"),
                eur("g21", 390e9, "grants", "2020-07-21"),
                eur("l21", 310e9, "loans", "2020-07-21"),
                eur("f21", 750e9, "fund", "2020-07-21"),
            ],
            [(("g21", "l21", "f21"), False)],
        ),
        # nothing revised: parts said on two days, one figure each, are added up as before
        # (a ministry's €3 million for roads on Monday, €2 million for the port on Wednesday)
        (
            [
                eur("g", 3e6, "grants", "2024-03-04"),
                eur("l", 2e6, "loans", "2024-03-06"),
                eur("f", 5e6, "fund", "2024-03-06"),
            ],
            [(("g", "l", "f"), True)],
        ),
        # figures dated by the stage they describe: matched by their as_of, as before
        (
            [
                eur("g18", 450e9, "grants", "2020-07-18", as_of="2020-07-18"),
                eur("g19", 400e9, "grants", "2020-07-19", as_of="2020-07-19"),
                eur("l19", 350e9, "loans", "2020-07-19", as_of="2020-07-19"),
                eur("f19", 750e9, "fund", "2020-07-19", as_of="2020-07-19"),
            ],
            [(("g19", "l19", "f19"), True)],
        ),
        # counts are not amounts of a plan: a claimant's figures of two days are combined as
        # before (a count not marked cumulative, no as_of)
        (
            [
                fig("a1", 40, who="Ministry", measure="grants", said_on="2024-01-01"),
                fig("a2", 45, who="Ministry", measure="grants", said_on="2024-01-02"),
                fig("b2", 60, who="Ministry", measure="loans", said_on="2024-01-02"),
                fig("t2", 105, who="Ministry", measure="fund", said_on="2024-01-02"),
            ],
            [(("a1", "b2", "t2"), False), (("a2", "b2", "t2"), True)],
        ),
    ],
)
def test_a_revised_offer_is_added_up_one_statement_at_a_time(
    facts: list, expected: list[tuple[tuple[str, ...], bool]]
) -> None:
    assert _sums(facts) == expected


LOANS = SumRelation("loans", ("facility-loans", "other-loans"))


@pytest.mark.parametrize(
    ("part_said", "total_said", "checked"),
    [
        # the facility's loans said in 2021 against the first proposal's loans of 2020: the
        # plan changed in between; before sums4, "part above its total", 1.4x
        ("2021-02-10", "2020-05-27", False),
        # said the same year: one time, as before
        ("2020-07-21", "2020-05-27", True),
        # a total said after its part (a later summing up): checked as before
        ("2019-06-01", "2024-09-18", True),
        # a statement of no known date: compared as before
        (None, "2020-05-27", True),
    ],
)
def test_a_part_said_only_after_its_totals_year_is_no_check(
    part_said: str | None, total_said: str, checked: bool
) -> None:
    facts = [
        eur("p", 360e9, "facility-loans", part_said, who="Parliament"),
        eur("t", 250e9, "loans", total_said, who="Commission"),
    ]
    report = analyse(facts, sums=[LOANS])
    above = [c for c in (*report.conflicts, *report.minor) if isinstance(c, SumFinding)]
    assert bool(above) is checked


def _marked(facts: list, records: dict[str, dict[str, Any]]) -> ActiveFacts:
    """The facts with their quotes' marks, as the store reads them (``ActiveFacts.marks``)."""
    return ActiveFacts(
        facts, marks={cid: (revised_from(r), plan_words(r["quote"])) for cid, r in records.items()}
    )


def _record(id_: str, quote: str, said: str | None, as_of: str | None = None) -> dict:
    return {
        "id": id_,
        "quote": quote,
        "said_on": said,
        "as_of": as_of,
        "value": "x",
        "kind": "figure",
    }


@pytest.mark.parametrize(
    ("quotes", "words"),
    [
        # the proposal and the deal, two months apart: a plan's stages
        (
            [
                ("€500 billion in grants was proposed", "2020-05-27"),
                ("leaders agreed on €390 billion in grants", "2020-07-21"),
            ],
            ("proposed", "agreed"),
        ),
        # one page's "down from" is enough: the figure was changed between the statements
        (
            [
                ("the plan offers €500 billion in grants", "2020-05-27"),
                ("€390 billion, down from €500 billion", "2020-07-21"),
            ],
            ("offers", "down from"),
        ),
        (
            [("initially 250 billion in loans", "2020-07-21"), ("360 billion in loans", "2020-05")],
            ("initially",),
        ),
        # a rebuttal three days later, no word of a stage: a dispute as it was
        (
            [
                ("We send the EU £350 million a week", "2016-04-15"),
                ("It is more like £250 million", "2016-04-18"),
            ],
            None,
        ),
        # words of a stage, but both said on one day: rival offers of that day, a dispute
        (
            [
                ("they proposed 350 billion", "2020-07-19"),
                ("he proposed 400 billion", "2020-07-19"),
            ],
            None,
        ),
        # a figure dated: the fact-checker has placed the stages; as_of decides
        (
            [
                ("€500 billion in grants was proposed", "2020-05-27"),
                ("leaders agreed on €390 billion", "2020-07-21", "2020-07-21"),
            ],
            None,
        ),
    ],
)
def test_a_money_dispute_in_words_of_a_plans_stages_asks_for_their_as_of(
    quotes: list[tuple], words: tuple[str, ...] | None
) -> None:
    facts, records = [], {}
    for n, (quote, said, *as_of) in enumerate(quotes):
        cid = f"c{n}"
        value = 500e9 if n == 0 else 390e9
        facts.append(eur(cid, value, "grants", said, who=f"Source {n}", as_of=(as_of or [None])[0]))
        records[cid] = _record(cid, quote, said, (as_of or [None])[0])
    found = [c for c in analyse(_marked(facts, records)).conflicts if isinstance(c, FigureConflict)]
    # dated: maybe no dispute
    line = plan_stage_line(found[0].stages) if found and found[0].stages else None
    if words is None:
        assert line is None
    else:
        assert line is not None and "give each figure the --as-of" in line
        assert all(f"“{w}”" in line for w in words), line


def test_a_count_in_the_same_words_is_no_plan() -> None:
    """Only money: a toll "initially" put at 500 and later 390 is a count revised, which
    rule 9 reads (a count is not an amount a negotiation changes)."""
    facts = [
        fig("a", 500, who="Ministry", measure="deaths", said_on="2020-05-27"),
        fig("b", 390, who="Agency", measure="deaths", said_on="2020-07-21"),
    ]
    records = {
        "a": _record("a", "initially 500 dead", "2020-05-27"),
        "b": _record("b", "390 dead, down from 500", "2020-07-21"),
    }
    (c,) = [c for c in analyse(_marked(facts, records)).conflicts if isinstance(c, FigureConflict)]
    assert c.stages is None


def _money(id_: str, value: float, dim: str, said: str, source: str | None = None):  # type: ignore[no-untyped-def]
    f = fig(id_, value, who="Council president", measure="fund", said_on=said, dimension=dim)
    return f._replace(source=source)


@pytest.mark.parametrize(
    ("facts", "reversal"),
    [
        # one amount in euros, converted by two agencies at their day's rate: no reversal
        # (before sums4, "Council president on fund: $857 billion → $854 billion")
        (
            [
                _money("e1", 750e9, "currency:EUR", "2020-07-19"),
                _money("u1", 857e9, "currency:USD", "2020-07-19"),
                _money("e2", 750e9, "currency:EUR", "2020-07-21"),
                _money("u2", 854e9, "currency:USD", "2020-07-21"),
            ],
            False,
        ),
        # the same, each pair from one article (its source), the articles of one day
        (
            [
                _money("e1", 750e9, "currency:EUR", "2020-07-21", "a"),
                _money("u1", 857e9, "currency:USD", "2020-07-21", "a"),
                _money("e2", 750e9, "currency:EUR", "2020-07-21", "b"),
                _money("u2", 854e9, "currency:USD", "2020-07-21", "b"),
            ],
            False,
        ),
        # the euros changed too (750, then 700): the dollars follow a change of the claimant's
        (
            [
                _money("e1", 750e9, "currency:EUR", "2020-07-19"),
                _money("u1", 857e9, "currency:USD", "2020-07-19"),
                _money("e2", 700e9, "currency:EUR", "2020-07-21"),
                _money("u2", 799e9, "currency:USD", "2020-07-21"),
            ],
            True,
        ),
        # a dollar figure with no euro beside it: compared as before
        (
            [
                _money("u1", 857e9, "currency:USD", "2020-07-19"),
                _money("e2", 750e9, "currency:EUR", "2020-07-21"),
                _money("u2", 854e9, "currency:USD", "2020-07-21"),
            ],
            True,
        ),
    ],
)
def test_one_amount_converted_at_two_rates_is_no_reversal(facts: list, reversal: bool) -> None:
    report = analyse(facts)
    found = [c for c in (*report.conflicts, *report.minor) if isinstance(c, Reversal)]
    assert bool(found) is reversal, report


def _by(who: str, id_: str, value: float, dim: str, said: str, as_of: str | None = None):  # type: ignore[no-untyped-def]
    return fig(id_, value, who=who, measure="fund", said_on=said, as_of=as_of, dimension=dim)


@pytest.mark.parametrize(
    ("facts", "usd_compared"),
    [
        # one €750 billion converted by two outlets at the rates of May and July: never a
        # minor difference in dollars (before sums4, "spread 1.04x")
        (
            [
                _by("Commission", "e1", 750e9, "currency:EUR", "2020-05-27"),
                _by("Commission", "u1", 825e9, "currency:USD", "2020-05-27"),
                _by("Wilmes", "e2", 750e9, "currency:EUR", "2020-07-21"),
                _by("Wilmes", "u2", 857e9, "currency:USD", "2020-07-21"),
            ],
            False,
        ),
        # dated: no change over time in dollars either
        (
            [
                _by("Commission", "e1", 750e9, "currency:EUR", "2020-05-27", "2020-05-27"),
                _by("Commission", "u1", 825e9, "currency:USD", "2020-05-27", "2020-05-27"),
                _by("Wilmes", "e2", 750e9, "currency:EUR", "2020-07-21", "2020-07-21"),
                _by("Wilmes", "u2", 857e9, "currency:USD", "2020-07-21", "2020-07-21"),
            ],
            False,
        ),
        # the amounts beside them differ (750, then 700): the dollars follow it, compared
        (
            [
                _by("Commission", "e1", 750e9, "currency:EUR", "2020-05-27"),
                _by("Commission", "u1", 825e9, "currency:USD", "2020-05-27"),
                _by("Frugal four", "e2", 700e9, "currency:EUR", "2020-07-19"),
                _by("Frugal four", "u2", 700e9, "currency:USD", "2020-07-19"),
            ],
            True,
        ),
        # a dollar figure with no amount beside it on its day: compared as before
        (
            [
                _by("Commission", "e1", 750e9, "currency:EUR", "2020-05-27"),
                _by("Commission", "u1", 825e9, "currency:USD", "2020-05-27"),
                _by("Wilmes", "u2", 857e9, "currency:USD", "2020-07-21"),
            ],
            True,
        ),
    ],
)
def test_one_amount_converted_at_several_rates_is_never_compared_in_dollars(
    facts: list, usd_compared: bool
) -> None:
    report = analyse(facts)
    usd = [
        c
        for c in (*report.conflicts, *report.minor, *report.changes)
        if getattr(c, "dimension", None) == "currency:USD"
    ]
    assert bool(usd) is usd_compared, report
