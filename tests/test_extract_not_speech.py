"""Verbs of the table in a sense that reports nothing, which named a confident speaker (audit
of round 11): "admitted 7 patients to the hospital" (let in, not owned up to), "reported to
work" (went there). Every sentence is written for these tests (none is copied from an
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
    ],
)
def test_the_same_verbs_reporting_speech_name_the_speaker(text, figure, speaker) -> None:
    assert speakers_of(text, figure) == [speaker], extract_rows(text)
