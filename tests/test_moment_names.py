"""Counts of the moment by name (docs/conflicts.md, rule 9): a measure whose name reads like
how many are missing, unaccounted for, trapped or stranded when it is said is read with each
figure at the day it was said, so a fall from one day to the next is a change, not a dispute.
Only such a name is: a name that holds a word of the moment but counts something else (an
outcome counted as it happens, a toll, a sum, a total so far, reports filed) keeps its dispute,
never turned into a change over time by guess."""

from __future__ import annotations

import pytest

from claimtrack.conflicts import Fact, FigureConflict, analyse, report_to_json


def _fig(id_: str, low: int, measure: str, said_on: str) -> Fact:
    return Fact(
        id_, f"source {id_}", "figure", measure, low, low, None, None, said_on, "active",
        None, "count", 0, None,
    )  # fmt: skip


# Two claimants: 150 on one day, 40 three days later (a fall).
def _report(measure: str):
    return analyse([_fig("a", 150, measure, "2021-06-25"), _fig("b", 40, measure, "2021-06-28")])


@pytest.mark.parametrize(
    "measure",
    [
        "missing",
        "unaccounted",
        "unaccounted-for",
        "people-unaccounted-for",
        "accounted-for",
        "remaining-hostages",
        "hostages-remaining-in-gaza",
        "trapped-miners",
        "people_trapped",
        "stranded-passengers",
        "migrants-stranded-at-sea",
        "children-missing-at-rebsamen-school",
    ],
)
def test_a_count_of_the_moment_by_name_is_read_at_its_days(measure: str) -> None:
    report = _report(measure)
    assert report.moments == (measure,)
    assert not [c for c in report.conflicts if isinstance(c, FigureConflict)]
    assert report_to_json("s", report)["hints"] == [
        {"measure": measure, "hint": "dated-by-statement"}
    ]


@pytest.mark.parametrize(
    "measure",
    [
        # an outcome counted as it happens: it only rises; a fall is a disagreement
        "trapped-miners-rescued",
        "missing-people-found",
        "missing-children-located",
        "stranded-tourists-evacuated",
        "remaining-hostages-released",
        "missing-migrants-recovered",
        "people-trapped-rescue-count",
        # a toll, or a sum of counts
        "people-missing-and-dead",
        "dead-or-missing",
        "killed-or-missing",
        "missing-presumed-dead",
        "missing-deaths",
        "trapped-bodies",
        "missing-plus-injured",
        # a total so far, or a count of what is no longer missing
        "total-missing",
        "missing-cumulative",
        "ever-missing",
        "no-longer-missing",
        "missing-so-far",
        # reports and cases filed
        "missing-persons-reports",
        "missing-persons-cases",
        "missing-reported",
    ],
)
def test_another_count_named_with_a_word_of_the_moment_keeps_its_dispute(
    measure: str,
) -> None:
    report = _report(measure)
    assert report.moments == ()
    assert [c for c in report.conflicts if isinstance(c, FigureConflict)]
    assert {"measure": measure, "hint": "dated-by-statement"} not in report_to_json("s", report)[
        "hints"
    ]
