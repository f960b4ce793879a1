"""Issue 25, round 13: a speaker is never words of the clause it reports, and verbs of the table
in a sense that reports nothing name nobody. Every sentence is written for these tests (none is
copied from an article).

1. An unquoted clause closed by an inverted attribution (", said X.") took the clause for the
   speaker ("storm destroyed 300 homes in Leeds"), even unmarked; the speaker is X, and a
   description there ("reporters", "officials") is marked as one. A name inside the clause is
   whom it was said of, never who said it.
2. "added 40 jobs" (hired), "wrote 12 books." (authored), "declared a state of emergency in 3
   districts" (an act): a verb of the table with a figure for its object and no clause of its
   own, or declaring an act, reports nothing; "added that ...", "declared 40 people dead",
   "said 40." still do."""

from __future__ import annotations

import re

import pytest

from conftest import extract_rows


def rows_of(text: str, figure: str) -> list[tuple[str | None, str | None, str, str]]:
    return [r for r in extract_rows(text) if figure in r[2]]


@pytest.mark.parametrize(
    ("text", "figure", "speaker", "marked"),
    [
        # ", said NAME." / ", NAME said." / ", according to NAME." after an unquoted clause
        (
            "The storm destroyed 300 homes in Leeds, said Anna Cole.",
            "300 homes",
            "Anna Cole",
            False,
        ),
        (
            "The storm destroyed 300 homes in Leeds, Anna Cole said.",
            "300 homes",
            "Anna Cole",
            False,
        ),
        (
            "The storm destroyed 300 homes in Leeds, according to Anna Cole.",
            "300 homes",
            "Anna Cole",
            False,
        ),
        (
            "The storm destroyed 300 homes in Leeds, said Anna Cole, the mayor.",
            "300 homes",
            "Anna Cole",
            False,
        ),
        (
            "Floods cut 40 roads near Hull, said Omar Haddad, adding that more rain was due.",
            "40 roads",
            "Omar Haddad",
            False,
        ),
        (
            "Some 3,000 people greeted Peter Grant, said Lena Park.",
            "3,000 people",
            "Lena Park",
            False,
        ),
        # a description after the inverted verb: the speaker, marked as a description
        (
            "Some 3,000 people greeted Peter Grant, said reporters.",
            "3,000 people",
            "reporters",
            True,
        ),
        (
            "Some 3,000 people greeted Peter Grant, said officials.",
            "3,000 people",
            "officials",
            True,
        ),
        (
            "Some 3,000 people greeted Peter Grant, officials said.",
            "3,000 people",
            "officials",
            True,
        ),
        (
            "Some 3,000 people greeted Peter Grant, the official said.",
            "3,000 people",
            "official",
            True,
        ),
        (
            "The fire burned 40 houses near Hull, said the fire service.",
            "40 houses",
            "fire service",
            True,
        ),
        (
            "The storm destroyed 300 homes in Leeds, said a senior police officer.",
            "300 homes",
            "senior police officer",
            True,
        ),
        # guards the other way: a name with its description before the verb is the speaker
        (
            "Peter Grant, the mayor, said the storm destroyed 300 homes.",
            "300 homes",
            "Peter Grant",
            False,
        ),
        ("Anna Cole, 64, said 300 homes were destroyed.", "300 homes", "Anna Cole", False),
        (
            "Omar Haddad, state minister at the ministry of health, said 40 people died.",
            "40 people",
            "Omar Haddad",
            False,
        ),
        (
            "The newly elected Mayor Ann Kerr said 40 homes were lost.",
            "40 homes",
            "Ann Kerr",
            False,
        ),
        # a clause of place between commas is skipped: its subject is no speaker
        (
            "Officials in Leeds, where the storm destroyed 300 homes, said 40 people died.",
            "40 people",
            "Officials in Leeds",
            True,
        ),
        # a date before the verb is no clause
        (
            "The council's October 14 statement said 40 homes were lost.",
            "40 homes",
            "council",
            True,
        ),
    ],
)
def test_the_speaker_of_a_clause_closed_by_an_attribution(
    text: str, figure: str, speaker: str, marked: bool
) -> None:
    rows = rows_of(text, figure)
    assert [r[0] for r in rows] == [speaker], extract_rows(text)
    assert ("guess" in rows[0][3]) is marked, rows


_CLAUSES = [
    ("The storm", "destroyed", "300 homes in Leeds"),
    ("Some 3,000 people", "greeted", "Peter Grant"),
    ("The fire", "burned", "40 houses near Hull"),
    ("Rescuers", "pulled", "12 people from the river"),
    ("The army", "shelled", "6 villages overnight"),
]
_FRAMES = [
    "{clause}, said {who}.",
    "{clause}, {who} said.",
    "{clause}, {who} told reporters.",
    "{clause}, according to {who}.",
    "{clause}, said {who}, a spokeswoman for the council.",
]
_WHO = ["Anna Cole", "reporters", "witnesses", "the ministry", "a senior official"]


@pytest.mark.parametrize("clause", _CLAUSES)
@pytest.mark.parametrize("frame", _FRAMES)
@pytest.mark.parametrize("who", _WHO)
def test_a_speaker_is_never_words_of_the_clause(
    clause: tuple[str, str, str], frame: str, who: str
) -> None:
    """The property of the issue: a proposed speaker never holds the claim's figure or the
    reported clause's verb."""
    text = frame.format(clause=" ".join(clause), who=who)
    _, verb, obj = clause
    figure = re.search(r"\d[\d,]*", " ".join(clause))
    assert figure is not None
    for speaker, claimant, _, _ in extract_rows(text):
        for named in (speaker, claimant):
            assert named is None or (figure.group() not in named and verb not in named.split()), (
                text,
                extract_rows(text),
            )
        assert speaker is None or obj.split()[-1] not in speaker.split(), (text, extract_rows(text))


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # "added" with a figure for its object: added to what is counted, nothing said
        ("The firm added 40 jobs.", "40 jobs"),
        ("Kestrel Motors added 40 jobs in Leeds last year.", "40 jobs"),
        ("The port added 3,000 containers a week.", "3,000 containers"),
        ("Officials added 40 deaths to the toll on Monday.", "40 deaths"),
        ("Kestrel Motors added another 40 jobs.", "40 jobs"),
        ("Kestrel Motors added a further 40 jobs.", "40 jobs"),
        ("Kestrel Motors added roughly 40 jobs last year.", "40 jobs"),
        ("Kestrel Motors added an extra 40 staff in May.", "40 staff"),
        ("Tom Reed wrote another 3 reports.", "3 reports"),
        # "wrote" with a figure for its object and nothing after it: authored
        ("Tom Reed wrote 12 books.", "12 books"),
        ("Ann Kerr has written 3 reports.", "3 reports"),
        # "declared" an act: a state of emergency, war, a holiday
        ("The governor declared a state of emergency in 3 districts.", "3 districts"),
        ("Ann Kerr declared a curfew in 6 towns on Monday.", "6 towns"),
        ("The council declared an emergency in 12 villages.", "12 villages"),
        ("The rebels declared a ceasefire for 3 days.", "3 days"),
        ("Tom Reed declared victory in 40 seats.", "40 seats"),
        ("The referee declared a draw after 90 minutes.", "90 minutes"),
    ],
)
def test_a_verb_in_a_sense_that_reports_nothing_names_nobody(text: str, figure: str) -> None:
    rows = rows_of(text, figure)
    assert rows and [r[0] for r in rows if r[0]] == [], extract_rows(text)


@pytest.mark.parametrize(
    ("text", "figure", "speaker"),
    [
        # the sentence's speech verb after a verb that reports nothing
        ("The firm added 40 jobs, Ann Kerr said.", "40 jobs", "Ann Kerr"),
        (
            "The governor declared a state of emergency in 3 districts, Tom Reed said.",
            "3 districts",
            "Tom Reed",
        ),
        # the same verbs reporting speech
        ("Ann Kerr added that 40 jobs were lost.", "40 jobs", "Ann Kerr"),
        ("Ann Kerr added 40 more people were missing.", "40", "Ann Kerr"),
        ("Tom Reed wrote that 40 people had died.", "40 people", "Tom Reed"),
        ("Tom Reed wrote 40 people had died in the flood.", "40 people", "Tom Reed"),
        ("Ann Kerr declared that 300 homes were lost.", "300 homes", "Ann Kerr"),
        ("The coroner, Ann Kerr, declared 40 people dead.", "40 people", "Ann Kerr"),
        ("Ann Kerr declared a toll of 40 on Monday.", "40", "Ann Kerr"),
        ("Ann Kerr declared a record $3 billion surplus.", "$3 billion", "Ann Kerr"),
        ("The WHO declared a pandemic, saying 40 countries were affected.", "40 countries", "WHO"),
        ("Omar Haddad said 40.", "40", "Omar Haddad"),
        ("Ann Kerr said another 40 people had died.", "40 people", "Ann Kerr"),
        ("Ann Kerr estimated another 40 people in the square.", "40 people", "Ann Kerr"),
        ("Ann Kerr added 40 homes could be lost.", "40 homes", "Ann Kerr"),
        ("Omar Haddad stated 300 members had been laid off.", "300 members", "Omar Haddad"),
    ],
)
def test_the_same_verbs_reporting_speech_name_the_speaker(
    text: str, figure: str, speaker: str
) -> None:
    assert [r[0] for r in rows_of(text, figure)] == [speaker], extract_rows(text)


@pytest.mark.parametrize(
    ("text", "speaker", "marked"),
    [
        # "said"/"says"/"added" take no object: after a comma, the phrase closing the sentence
        # after them is their subject, whatever the clause before ("took" is no "-ed" verb)
        ("Fighters took Peter Grant hostage, said officials.", "officials", True),
        ("Fighters took Peter Grant hostage, says Anna Cole.", "Anna Cole", False),
        # a verb with an object after a name and its description: the name speaks
        ("Ann Kerr, a former minister, blamed armed fighters.", "Ann Kerr", False),
        ("Anna Cole, the mayor, said Monday.", "Anna Cole", False),
    ],
)
def test_a_verb_that_takes_no_object_has_its_subject_after_it(
    text: str, speaker: str, marked: bool
) -> None:
    rows = extract_rows(text)
    assert [r[0] for r in rows] == [speaker], rows
    assert ("guess" in rows[0][3]) is marked, rows


@pytest.mark.parametrize(
    ("text", "speaker", "how"),
    [
        # a bare body noun closing a clause is the clause's subject only when it can be one:
        # a company's name is no union's, ministry's or council's
        ("Kestrel Motors will cut 1,200 jobs, the union said.", "union", "guess"),
        ("Kestrel Motors plans to cut 1,200 jobs, said the union.", "union", "guess"),
        ("Halden Steel will cut 1,200 jobs, the ministry said.", "ministry", "guess"),
        ("Kestrel Motors will cut 1,200 jobs, the company said.", "Kestrel Motors", "subject"),
        (
            "Kestrel Motors will cut 1,200 jobs, the carmaker announced.",
            "Kestrel Motors",
            "subject",
        ),
        ("The Harbour Board closed 4 docks in May, the board said.", "Harbour Board", "subject"),
    ],
)
def test_a_body_noun_is_the_clauses_subject_only_when_of_its_kind(
    text: str, speaker: str, how: str
) -> None:
    rows = [r for r in extract_rows(text) if r[2]]
    assert [r[0] for r in rows] == [speaker], rows
    assert how in rows[0][3], rows


@pytest.mark.parametrize(
    ("text", "narrated", "figure", "speaker"),
    [
        # a figure in a relative clause between the subject and "said" is the outlet's
        # narration when what was said follows the verb; the name is the speaker of the rest
        (
            "Peter Grant, whose firm employs 300 people, said 40 jobs would go.",
            "300 people",
            "40 jobs",
            "Peter Grant",
        ),
        (
            "The union, which represents 3,000 workers, said 40 jobs would go.",
            "3,000",
            "40",
            "union",
        ),
        (
            "Ann Kerr, who has led the union for 12 years, said 40 jobs would go.",
            "12 years",
            "40 jobs",
            "Ann Kerr",
        ),
        # the name before an age and a "who" clause
        (
            "Peter Grant, 64, who runs 3 shops, said 40 jobs would go.",
            "3 shops",
            "40 jobs",
            "Peter Grant",
        ),
        (
            "Peter Grant, a former mayor, who runs 3 shops, said 40 jobs would go.",
            "3 shops",
            "40 jobs",
            "Peter Grant",
        ),
    ],
)
def test_a_figure_in_a_relative_clause_before_said_is_narration(
    text: str, narrated: str, figure: str, speaker: str
) -> None:
    assert [r[0] for r in rows_of(text, narrated)] == [None], extract_rows(text)
    assert [r[0] for r in rows_of(text, figure) if narrated not in r[2]] == [speaker], extract_rows(
        text
    )
