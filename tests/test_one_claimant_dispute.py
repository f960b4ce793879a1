"""A dispute of one claimant is its reversal, told once (time21, docs/conflicts.md rule 4): the
reversal carries the dispute (``Reversal.disputes``) and says what it said about dating its
figures; a dispute with another claimant in it, or one with no reversal, stays a dispute."""

from __future__ import annotations

import json

import pytest

from claimtrack.conflicts import Fact, FigureConflict, analyse, report_to_json

# each finding as "dispute:<claims by position>" or "reversal:<claims> (told: <the disputes it
# carries, by position>)"
from test_own_estimates import _kinds


def fig(
    id_: str,
    value: float,
    who: str = "Police",
    as_of: str | None = None,
    said_on: str | None = None,
    reported_on: str | None = None,
    source: str | None = None,
) -> Fact:
    return Fact(
        id_, who, "figure", "marchers", value, value, None, as_of, said_on, "active",
        reported_on, source=source,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        pytest.param(
            [fig("a", 87_000, said_on="2023-01-31"), fig("b", 150_000, said_on="2023-02-07")],
            ["reversal:a,b (told: a|b)"],
            id="one-claimant-alone-told-once",
        ),
        pytest.param(
            [
                fig("a", 87_000, said_on="2023-01-31"),
                fig("b", 150_000, said_on="2023-02-07"),
                fig("c", 1_270_000, who="Union", said_on="2023-01-31"),
            ],
            ["dispute:a|b|c", "reversal:a,b"],
            id="with-another-claimant-a-dispute-and-a-reversal",
        ),
        pytest.param(
            [fig("a", 87_000, source="s1"), fig("b", 150_000, source="s1")],
            ["dispute:a|b"],
            id="one-article-no-reversal-the-dispute-stays",
        ),
        pytest.param(
            [
                fig("a", 80_000, as_of="2023-01-31", said_on="2023-01-31"),
                fig("b", 120_000, as_of="2023-01-31", said_on="2023-01-31"),
                fig("c", 150_000, as_of="2023-02-07", said_on="2023-02-07"),
                fig("d", 300_000, as_of="2023-02-07", said_on="2023-02-07"),
            ],
            # each moment's two figures of one day: not ordered, so no reversal (time30), and
            # each dispute stays
            ["dispute:c|d", "dispute:a|b"],
            id="two-moments-two-disputes-one-reversal",
        ),
    ],
)
def test_a_dispute_of_one_claimant_is_told_once(facts: list[Fact], expected: list[str]) -> None:
    assert _kinds(analyse(facts)) == expected


def test_the_reversal_says_what_the_dispute_said_about_dating() -> None:
    """Two figures of one moment, one dated only by its report: their order is not known, so
    since time30 no reversal tells the dispute (time21 told it so); the dispute stands, with
    its line (if one replaced the other, give each its --said-on) and its JSON."""
    facts = [
        fig("a", 87_000, as_of="2023-01-31", reported_on="2023-01-31"),
        fig("b", 150_000, as_of="2023-01-31", said_on="2023-01-31"),
    ]
    report = analyse(facts)
    (c,) = report.conflicts
    assert isinstance(c, FigureConflict)
    (doc,) = report_to_json("march", report)["conflicts"]
    assert doc["own_disagreements"] == [
        {"claimant": "Police", "positions": [1, 2], "why": "said-on"}
    ]
    assert json.loads(json.dumps(doc)) == doc
