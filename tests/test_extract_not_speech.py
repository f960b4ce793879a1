"""Verbs of the table in a sense that reports nothing, which named a confident speaker (audit
of round 11): "admitted 7 patients to the hospital" (let in, not owned up to), "reported to
work" (went there), a figure as the object of a verb that reports none ("maintains 300 km of
roads for the council"), "claimed 40 lives". Every sentence is written for these tests (none is copied from an
article); the speech uses of the same verbs still name their speaker."""

from __future__ import annotations

import pytest

from conftest import extract_rows


def speakers_of(text: str, figure: str) -> list[str | None]:
    return [r[0] for r in extract_rows(text) if figure in r[2]]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Lena Park admitted 7 patients to the hospital.", "7 patients"),
        ("Dr Omar Haddad admits 40 children into intensive care each week.", "40 children"),
        ("Ann Kerr admitted 300 pupils to the school in May.", "300 pupils"),
        ("Greece admitted 3,000 refugees into the country last year.", "3,000 refugees"),
        ("Dr Omar Haddad reported to work at 6 hospitals.", "6 hospitals"),
        ("Ann Kerr reported for duty with 40 volunteers.", "40 volunteers"),
        # a verb of the table with a figure for its object, and a preposition after what it
        # counts: it does something to the figure's things and reports no figure
        ("Ann Kerr maintains 300 km of roads for the council.", "300 km"),
        ("Tom Reed observed 2 minutes of silence with the crowd.", "2 minutes"),
        ("Ann Kerr answered 300 calls on Monday.", "300 calls"),
        ("Tom Reed argued 40 cases before the court.", "40 cases"),
        ("Tom Reed wrote 12 books about the river.", "12 books"),
        ("The club declared 40 players for the season.", "40 players"),
        ("Ann Kerr stated 3 conditions for the deal.", "3 conditions"),
        ("The floods claimed 40 lives in Harbourtown.", "40"),  # took them
        ("The virus has claimed more than 300 lives.", "300"),
    ],
)
def test_a_verb_of_the_table_that_reports_nothing_names_nobody(text: str, figure: str) -> None:
    assert [s for s in speakers_of(text, figure) if s] == [], extract_rows(text)


@pytest.mark.parametrize(
    ("text", "figure", "speaker"),
    [
        ("Lena Park admitted that 7 patients had died.", "7 patients", "Lena Park"),
        ("Lena Park admitted to reporters that 7 patients had died.", "7 patients", "Lena Park"),
        ("Omar Haddad reported 6 deaths to the ministry.", "6 deaths", "Omar Haddad"),
        ("Omar Haddad reported to the ministry that 6 people died.", "6 people", "Omar Haddad"),
        # the figure opens a clause the verb reports (a finite verb after it)
        ("Tom Reed said 40 people in the village died.", "40 people", "Tom Reed"),
        ("Tom Reed says 400 jobs at the port go.", "400 jobs", "Tom Reed"),
        ("Ann Kerr insisted 300 homes in the valley were lost.", "300 homes", "Ann Kerr"),
        ("Ann Kerr warned 300 homes were at risk.", "300 homes", "Ann Kerr"),
        # a verb that reports a figure given as its object
        ("Ann Kerr estimated 3,000 protesters in the square.", "3,000 protesters", "Ann Kerr"),
        ("Tom Reed promised 40 ships to the navy.", "40 ships", "Tom Reed"),
        ("The virus has claimed 300 lives, the ministry said.", "300", "ministry"),
    ],
)
def test_the_same_verbs_reporting_speech_name_the_speaker(text, figure, speaker) -> None:
    assert speakers_of(text, figure) == [speaker], extract_rows(text)


def test_the_verbs_that_report_a_figure_object_are_verbs_of_the_table() -> None:
    from claimtrack.extract.verbs import FIGURE_OBJECT, TABLE

    assert {v.base for v in TABLE} >= FIGURE_OBJECT
