"""What the seventh story logged as a new user (the cholera outbreak in Zimbabwe, 2008-09:
tests/fixtures/zimbabwe-cholera-2008.jsonl) showed misleading, as a general rule: a toll not
marked cumulative whose figures rose with their dates over four months, with one gap of one day
between two claimants (the UN's 783 and the opposition's "at least 800"), read as one disputed
figure of four positions from November to January, and as two reversals by the agencies that
updated it. Marking it would show only the gap of that day; the hint to mark it now comes with
that gap and nothing else (docs/conflicts.md, rule 9, "A running count not marked
cumulative")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimtrack.conflicts import (
    Fact,
    FigureConflict,
    Reversal,
    analyse,
    order_note,
    report_to_json,
)

FIXTURE = Path(__file__).parent / "fixtures" / "zimbabwe-cholera-2008.jsonl"
SUBJECT = "zimbabwe-cholera-2008"


def fig(
    id_: str,
    low: float,
    high: float | str | None = "same",
    *,
    who: str = "OCHA",
    measure: str = "deaths",
    as_of: str | None = None,
    said_on: str | None = None,
    reported_on: str | None = None,
) -> Fact:
    top = low if high == "same" else high
    assert not isinstance(top, str)
    return Fact(id_, who, "figure", measure, low, top, None, as_of, said_on, "active", reported_on)


def of(report, kind) -> list:
    return [c for c in report.conflicts if isinstance(c, kind)]


# (facts, hinted, the claims of each figure finding (disputes and minor differences), reversed)
_CASES = [
    pytest.param(
        [
            fig("a", 366, said_on="2008-11-25"),
            fig("b", 783, said_on="2008-12-11"),
            fig("c", 800, None, who="MDC", said_on="2008-12-11"),
            fig("d", 978, said_on="2008-12-15"),
            fig("e", 1745, 1780, who="WHO", reported_on="2009-01-22"),
        ],
        True,
        [["b", "c"]],
        False,
        id="a-gap-of-one-day-is-a-finding-of-that-day-beside-the-hint",
    ),
    pytest.param(
        [
            fig("a", 366, said_on="2008-11-25"),
            fig("b", 783, said_on="2008-12-11"),
            fig("c", 2000, who="MDC", said_on="2008-12-11"),
            fig("d", 2500, said_on="2008-12-15"),
        ],
        True,
        [["b", "c"]],
        False,
        id="a-material-gap-of-one-day-stays-a-dispute-of-that-day",
    ),
    pytest.param(
        [
            fig("a", 100, said_on="2008-11-25"),
            fig("b", 200, said_on="2008-12"),
            fig("c", 300, who="MDC", said_on="2008-12-11"),
            fig("d", 900, said_on="2009-01-15"),
        ],
        True,
        [["b", "c"]],
        False,
        id="a-month-and-another-claimant-s-day-in-it",
    ),
    pytest.param(
        [
            fig("a", 366, said_on="2008-11-25"),
            fig("b", 783, said_on="2008-12-11"),
            fig("c", 800, None, who="MDC", said_on="2008-12-11"),
            fig("d", 700, said_on="2008-12-15"),
        ],
        False,
        [["a", "b", "c", "d"]],
        True,
        id="a-fall-keeps-the-whole-dispute-and-no-hint",
    ),
    pytest.param(
        [
            fig("a", 366, said_on="2008-11-25"),
            fig("b", 783, said_on="2008-12-11"),
            fig("c", 800, None, who="MDC"),
            fig("d", 978, said_on="2008-12-15"),
        ],
        False,
        [["a", "b", "c", "d"]],
        False,  # session 42: its own figures rise with their days: updates, not a reversal
        id="an-undated-figure-keeps-the-whole-dispute",
    ),
    pytest.param(
        [
            fig("a", 366, measure="budget", said_on="2008-11-25"),
            fig("b", 783, measure="budget", said_on="2008-12-11"),
            fig("c", 800, None, measure="budget", who="MDC", said_on="2008-12-11"),
            fig("d", 978, measure="budget", said_on="2008-12-15"),
        ],
        False,
        [["a", "b", "c", "d"]],
        True,
        id="no-running-count-by-name-no-hint",
    ),
]


@pytest.mark.parametrize(("facts", "hinted", "claims", "reversed_"), _CASES)
def test_a_toll_not_marked_with_a_gap_of_one_day_gets_the_hint_and_only_that_gap(
    facts: list[Fact], hinted: bool, claims: list[list[str]], reversed_: bool
) -> None:
    report = analyse(facts)
    measure = facts[0].topic
    assert report.unmarked == ((measure,) if hinted else ())
    found = [*of(report, FigureConflict), *report.minor]
    assert [sorted(cid for p in c.positions for cid in p.claims) for c in found] == claims
    assert bool(of(report, Reversal)) is reversed_
    if hinted:  # exactly what marking it cumulative shows
        marked = analyse(facts, cumulative=frozenset([measure]))
        assert report.conflicts == marked.conflicts and report.minor == marked.minor
        hints = report_to_json("s", report)["hints"]
        assert {"measure": measure, "hint": "mark-cumulative"} in hints


def stance(id_: str, side: str, said_on: str | None, reported_on: str | None = None) -> Fact:
    return Fact(
        id_, "President", "stance", "over", None, None, side, None, said_on, "active", reported_on
    )


# a reversal is ordered when each change of position is: statements repeating a position need
# not be ordered among themselves (docs/conflicts.md, rule 4, "Order not known")
@pytest.mark.parametrize(
    ("facts", "ordered"),
    [
        pytest.param(
            [
                stance("a", "affirms", "2008-12-11"),
                stance("b", "affirms", "2008-12-11"),
                stance("c", "denies", "2008-12-14"),
            ],
            True,
            id="a-position-said-twice-in-a-day-then-changed",
        ),
        pytest.param(
            [
                stance("a", "affirms", "2008-12-11"),
                stance("b", "denies", "2008-12-11"),
                stance("c", "denies", "2008-12-14"),
            ],
            False,
            id="a-change-within-one-day",
        ),
        pytest.param(
            [
                stance("a", "affirms", "2008-12"),
                stance("b", "affirms", "2008-12-11"),
                stance("c", "denies", "2008-12-14"),
            ],
            False,
            id="a-month-holds-the-day-of-the-change",
        ),
        pytest.param(
            [
                stance("a", "affirms", "2008-11"),
                stance("b", "affirms", "2008-11-30"),
                stance("c", "denies", "2008-12-14"),
                stance("d", "denies", "2008-12-14"),
                stance("e", "affirms", "2009-01-02"),
            ],
            True,
            id="back-and-forth-each-change-on-later-days",
        ),
        pytest.param(
            [
                stance("a", "affirms", "2008-12-11"),
                stance("b", "affirms", None),
                stance("c", "denies", "2008-12-14"),
            ],
            False,
            id="an-undated-statement-orders-nothing",
        ),
    ],
)
def test_a_reversal_is_ordered_when_each_change_of_position_is(
    facts: list[Fact], ordered: bool
) -> None:
    (r,) = of(analyse(facts), Reversal)
    assert r.ordered is ordered
    assert (order_note(r) == "") is ordered


def test_figures_repeated_on_one_day_do_not_unorder_a_reversal() -> None:
    facts = [
        fig("a", 500, measure="budget", said_on="2008-11-25"),
        fig("b", 900, measure="budget", said_on="2008-12-15"),
        fig("c", 900, measure="budget", said_on="2008-12-15"),
    ]
    (r,) = of(analyse(facts), Reversal)
    assert (r.claims, r.ordered) == (("a", "b", "c"), True)
    facts[2] = fig("c", 700, measure="budget", said_on="2008-12-15")
    # 900 and 700 on one day: that change cannot be ordered, so no reversal (time30)
    assert not of(analyse(facts), Reversal)


def test_the_story_as_logged(ct) -> None:
    assert ct("import", str(FIXTURE)).exit_code == 0
    out = ct("conflicts", SUBJECT, "--json")
    assert out.exit_code == 0, out.output
    doc = json.loads(out.stdout)
    assert [(c["kind"], c.get("proposition") or c.get("topic")) for c in doc["conflicts"]] == [
        ("stance", "cholera-outbreak-over"),
        ("stance", "cholera-outbreak-under-control"),
        ("reversal", "cholera-outbreak-over"),
    ]
    reversal = doc["conflicts"][2]
    assert (len(reversal["claims"]), reversal["ordered"]) == (3, True)
    assert [d["date"] for d in reversal["dates"]] == ["2008-12-11", "2008-12-11", "2008-12-14"]
    (minor,) = doc["minor"]
    assert (minor["measure"], minor["as_of"], minor["severity"]) == ("deaths", "2008-12-11", 1.02)
    assert [(p["low"], p["high"], p["grade"]) for p in minor["positions"]] == [
        (783, 783, "corroborated"),
        (800, None, "party-only"),
    ]
    assert doc["hints"] == []
    # not marked, the toll is the hint and the same gap of one day: no dispute, no reversal
    assert ct("measure", SUBJECT, "deaths", "--not-cumulative").exit_code == 0
    unmarked = json.loads(ct("conflicts", SUBJECT, "--json").stdout)
    assert unmarked["hints"] == [{"measure": "deaths", "hint": "mark-cumulative"}]
    assert unmarked["conflicts"] == doc["conflicts"] and unmarked["minor"] == doc["minor"]
    text = ct("conflicts", SUBJECT).stdout
    assert "Disputed figure: deaths" not in text and "changed position on measure" not in text
