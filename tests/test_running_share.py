"""A share so far (time21): a fire's containment, updated through the day and rising, read
like a running count. Not marked cumulative, its figures that rise with their times are no
dispute and no reversal of the body that updates them: a hint to mark it, as for a toll."""

from __future__ import annotations

import pytest

from claimtrack.conflicts import Fact, analyse


def pct(id_: str, value: float, who: str, measure: str = "containment-palisades", **dates) -> Fact:  # type: ignore[no-untyped-def]
    return Fact(
        id_, who, "figure", measure, value, value, None, dates.get("as_of"), dates.get("said"),
        "active", dates.get("reported"), "share",
    )  # fmt: skip


RISING = [
    pct("a", 0, "CAL FIRE", as_of="2025-01-08T10:40"),
    pct("b", 8, "Paper", reported="2025-01-10"),
    pct("c", 11, "CAL FIRE", said="2025-01-12"),
    pct("d", 17, "Incident command", reported="2025-01-14"),
]


@pytest.mark.parametrize(
    ("facts", "kinds", "unmarked"),
    [
        pytest.param(RISING, [], ("containment-palisades",), id="containment-rises-a-hint"),
        pytest.param(
            [*RISING[:3], pct("e", 5, "Paper", reported="2025-01-14")],
            # (judged as before: no hint; a reversal of unknown order is none since time30)
            ["FigureConflict", "Reversal"],
            (),
            id="a-fall-is-judged-as-before",
        ),
        pytest.param(
            [
                pct(
                    f.id,
                    f.low,
                    f.claimant,
                    "turnout",
                    as_of=f.as_of,
                    said=f.said_on,
                    reported=f.reported_on,
                )
                for f in RISING
            ],
            ["FigureConflict"],  # (its reversal, of unknown order, is none since time30)
            (),
            id="a-share-whose-name-reads-no-running-share-as-before",
        ),
    ],
)
def test_a_share_so_far_that_rises_gets_the_hint(
    facts: list[Fact], kinds: list[str], unmarked: tuple[str, ...]
) -> None:
    report = analyse(facts)
    assert [type(c).__name__ for c in report.conflicts] == kinds
    assert report.unmarked == unmarked


def test_marked_it_reads_as_a_course() -> None:
    report = analyse(RISING, cumulative=frozenset(["containment-palisades"]))
    assert report.conflicts == () and report.minor == ()
    (change,) = report.changes
    assert [p.low for p in change.points] == [0, 8, 11, 17]
