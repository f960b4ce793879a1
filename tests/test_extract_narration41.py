"""Issue 25, extract41: speakers the outlet's narration swallowed, in frames the sentence
itself writes (every text here is written for these tests; none is copied from an article).

* A frame that closes what was said, followed by the outlet's clause in time with it ("...,
  the ministry said on Friday as the agency warned that ..."): the figure before the frame
  is the frame's subject's, as with no such clause ("as many as 12" after "said" stays what
  was said).
* "claimed over 2 million": "over" before a number is a hedge on what was claimed, not the
  "over" of a headline's passive ("Toll disputed over ...").
* A stance verb with its object ("Ann Kerr, in office since 2016, dismissed accusations
  of fraud") is never read inverted ("..., said officials"): the subject before it speaks,
  and "since" or "after" before a year or a month opens no clause.
* A wire's dateline with the agency in brackets and no dash ("Tarnside, Jan 31 (PTI)")
  is no part of the first sentence's subject.
* An absolute clause of another source ("..., with police saying 12,000 marched"): the
  figures after its verb are that source's.
* A second verb's subject owned by the sentence's speaker ("X rejected the figures, saying
  its monitors believed only 38 percent"): X's words, not the object of X's verb ("the
  figures", which cannot speak).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.extract.phrases import _DATELINE

from conftest import examples, extract_rows


def _speaker_of(text: str, figure: str) -> tuple[str | None, str]:
    """(speaker, how it was found) of the candidate whose first figure is ``figure``."""
    return next((who, how) for who, _, fig, how in extract_rows(text) if fig == figure)


def _stance_speakers(text: str) -> list[str | None]:
    """The speakers of the candidates with no figure."""
    return [who for who, _, fig, _ in extract_rows(text) if not fig]


_CLOSING_THEN_CLAUSE = [
    ("The toll has risen to 25, the Tarn Health Ministry said on Thursday as the agency "
     "warned that the disease is spreading.", "25", "Tarn Health Ministry"),
    ("At least 40 homes were destroyed, Ann Kerr said as rescuers dug through the mud.",
     "At least 40 homes", "Ann Kerr"),
    ("The fire has burned 1,000 acres, the Kestrel Fire Service said Friday while crews "
     "battled the flames.", "1,000 acres", "Kestrel Fire Service"),
    ("Turnout was 48 percent, the Harbour Election Board said amid claims of fraud.",
     "48 percent", "Harbour Election Board"),
    ("Some 300 people were evacuated, Tom Reed said yesterday even as the river rose.",
     "Some 300 people", "Tom Reed"),
]  # fmt: skip

# the figure comes after the verb, in what was said: the clause after "said" is no background
_SAID_AFTER_VERB = [
    ("The toll rose to 40, the Tarn Ministry said as many as 12 were missing.",
     "as many as 12", "Tarn Ministry"),
    ("Ann Kerr said as the count went on that 300 votes were missing.", "300 votes", "Ann Kerr"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "speaker"), _CLOSING_THEN_CLAUSE)
def test_a_closing_frame_before_the_outlets_clause_covers_the_figure(
    text: str, figure: str, speaker: str
) -> None:
    who, how = _speaker_of(text, figure)
    assert who == speaker, how


@pytest.mark.parametrize(("text", "figure", "speaker"), _SAID_AFTER_VERB)
def test_what_follows_the_verb_is_still_said(text: str, figure: str, speaker: str) -> None:
    who, how = _speaker_of(text, figure)
    assert who == speaker, how


def test_a_second_speaker_in_the_outlets_clause_keeps_its_stance() -> None:
    text = (
        "The toll has risen to 25, the Tarn Health Ministry said on Thursday as the World "
        "Health Organisation warned that the disease is spreading."
    )
    assert _speaker_of(text, "25")[0] == "Tarn Health Ministry"
    assert "World Health Organisation" in _stance_speakers(text)


# a figure the outlet tells before a frame that does not close it stays the outlet's
_STILL_THE_OUTLETS = [
    ("Ann Kerr, whose firm employs 300 people, said as the talks began that jobs were safe.",
     "300 people"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), _STILL_THE_OUTLETS)
def test_a_figure_before_a_frame_that_does_not_close_stays_the_outlets(
    text: str, figure: str
) -> None:
    who, how = _speaker_of(text, figure)
    assert who is None, how


_OVER_A_NUMBER = [
    ("The stage secretary Ann Kerr claimed over 2 million people had gathered there.",
     "over 2 million people", "Ann Kerr"),
    ("Tom Reed estimated over 40,000 homes were without power.", "over 40,000 homes", "Tom Reed"),
    ("The Kestrel Party claimed over half a million votes were lost.",
     "over half a million votes", "Kestrel Party"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "speaker"), _OVER_A_NUMBER)
def test_over_before_a_number_is_a_hedge_not_a_headline(
    text: str, figure: str, speaker: str
) -> None:
    who, how = _speaker_of(text, figure)
    assert who == speaker, how


def test_a_headlines_passive_before_over_still_reports_nothing() -> None:
    rows = extract_rows("Toll disputed over rebel claims\n\nThe army said 40 soldiers died.")
    assert all(who != "Toll" for who, _, _, _ in rows)


_STANCE_SUBJECT = [
    ("Ann Kerr, in office since 2016, dismissed accusations of ballot stuffing.", "Ann Kerr"),
    ("Tom Reed, mayor since March, denied claims that 40 staff were sacked.", "Tom Reed"),
    ("Kestrel Motors, in business since 1990, rejected reports of a takeover.", "Kestrel Motors"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "speaker"), _STANCE_SUBJECT)
def test_a_stance_verb_is_never_inverted(text: str, speaker: str) -> None:
    assert speaker in _stance_speakers(text), extract_rows(text)


def test_said_is_still_inverted() -> None:
    who, how = _speaker_of("The storm destroyed 300 homes, said reporters.", "300 homes")
    assert who == "reporters", how


_DATELINES = [
    ("Tarnside, Jan 31 (PTI) The Kestrel government on Friday denied reports of a cut.",
     "The Kestrel government"),
    ("New Harbour, March 4 (IANS) Police said 40 people were held.", "Police"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "after"), _DATELINES)
def test_a_wire_dateline_with_the_agency_in_brackets(text: str, after: str) -> None:
    assert _DATELINE.sub("", text).startswith(after)


def test_a_dateline_leaves_the_subject_whole() -> None:
    text = "Tarnside, Jan 31 (PTI) The Kestrel government on Friday denied reports of a cut."
    assert "Kestrel government" in _stance_speakers(text), extract_rows(text)


_WITH_SAYING = [
    ("Unions put the turnout at 40,000, with police saying 12,000 marched.", "12,000", "police"),
    ("Ann Kerr said 300 homes were lost, with the Tarn Fire Service warning that 40 more "
     "could collapse.", "40", "Tarn Fire Service"),
    ("The company reported a profit of $2 million with analysts estimating a $5 million loss "
     "next year.", "$5 million loss", "analysts"),
]  # fmt: skip

# the clause's source comes after the figure, or the "with" clause counts people: unchanged
_WITH_NOT_A_SOURCE = [
    ("Unions put the turnout at 40,000, with police saying 12,000 marched.", "40,000", "Unions"),
    ("The Tarn survey found 40% of adults were worried, with 12% saying they ate less.", "12%",
     "Tarn"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "speaker"), _WITH_SAYING)
def test_an_absolute_clause_of_another_source(text: str, figure: str, speaker: str) -> None:
    who, how = _speaker_of(text, figure)
    assert who == speaker, how


@pytest.mark.parametrize(("text", "figure", "speaker"), _WITH_NOT_A_SOURCE)
def test_with_no_source_of_its_own(text: str, figure: str, speaker: str) -> None:
    who, how = _speaker_of(text, figure)
    assert who is not None and speaker.endswith(who.split()[-1]), how


def test_a_comment_after_the_figure_stays_nobodys() -> None:
    text = "The tally stood at 63, with the Tarn government saying the number was unverified."
    assert _speaker_of(text, "63")[0] is None


_OWN_PEOPLE = [
    ("The Kestrel Party rejected the official figures, saying its monitors believed only "
     "38 percent had voted.", "only 38 percent", "Kestrel Party"),
    ("The Kestrel Party, however, rejected the figures, saying the party's monitors counted "
     "only 38 percent.", "only 38 percent", "Kestrel Party"),
    ("Harbour Water disputed the report, adding that their own engineers estimated 12 leaks.",
     "12 leaks", "Harbour Water"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "speaker"), _OWN_PEOPLE)
def test_the_speakers_own_people_after_its_participle(text: str, figure: str, speaker: str) -> None:
    who, how = _speaker_of(text, figure)
    assert who == speaker, how


def test_another_bodys_people_are_not_the_speakers() -> None:
    text = "Ann Kerr said 300 homes were lost, while the union's officials said 40 were lost."
    assert _speaker_of(text, "40")[0] != "Ann Kerr"


_BODY = st.sampled_from(["Tarn Health Ministry", "Kestrel Fire Service", "Harbour Police"])
_WHEN = st.sampled_from(["", " on Friday", " Thursday", " yesterday"])
_CONJ = st.sampled_from(["as", "while", "even as"])


@settings(max_examples=examples(60), deadline=None)
@given(_BODY, _WHEN, _CONJ, st.integers(min_value=2, max_value=9999))
def test_any_closing_frame_then_a_clause(body: str, when: str, conj: str, n: int) -> None:
    text = (
        f"At least {n} people have died, the {body} said{when} {conj} rescuers searched the area."
    )
    who, how = _speaker_of(text, f"At least {n} people")
    assert who == body, (text, how)


_COLON_VERB = [
    ("Ann Kerr, head coach at Harbour, remembers: “She just loved swimming. She trained "
     "hard.”", "Ann Kerr"),
    ("Tom Reed recalled: “We lost 40 homes that night.”", "Tom Reed"),
    ("Dr Lena Fox, a surgeon, explained: “We treated 12 people.”", "Dr Lena Fox"),
]  # fmt: skip

# no name before the verb, or no verb before the colon: no speaker from this rule
_COLON_NOT_A_NAME = [
    "The crowd chants: “We want 40 per cent!”",
    "The sign reads: “Closed since 2019 after 40 jobs went.”",
]


@pytest.mark.parametrize(("text", "speaker"), _COLON_VERB)
def test_a_named_subject_before_a_verb_and_a_colon(text: str, speaker: str) -> None:
    assert {who for who, _, _, _ in extract_rows(text)} == {speaker}, extract_rows(text)


@pytest.mark.parametrize("text", _COLON_NOT_A_NAME)
def test_no_name_before_the_colon(text: str) -> None:
    assert all(how.find("before the colon") < 0 for _, _, _, how in extract_rows(text))


_LEADING_ADJUNCTS = [
    ("At the conference yesterday Tony Blair said 40,000 more people were in work.",
     "40,000", "Tony Blair"),
    ("In a statement on Friday the ministry said 40 people died.", "40 people", "ministry"),
    ("During the briefing Dr Ann Kerr said 12 patients were in intensive care.",
     "12 patients", "Dr Ann Kerr"),
]  # fmt: skip

# a hedge, a place or a quantity that opens the sentence is not an adjunct to strip
_NOT_AN_ADJUNCT = [
    ("At least 40 officials said the toll was 300.", "300", "officials"),
    ("In Leeds the council said 40 homes flooded.", "40 homes", "council"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "speaker"), _LEADING_ADJUNCTS + _NOT_AN_ADJUNCT)
def test_an_opening_adjunct_with_no_comma(text: str, figure: str, speaker: str) -> None:
    who, how = _speaker_of(text, figure)
    assert who == speaker, how


_HEARD = [
    ("Prosecutors claim Tom Reed spent the money on himself.\n"
     "Jurors heard how funds of £3.9 million were invested by members.", "£3.9 million",
     "Prosecutors"),
    ("Ann Kerr, prosecuting, said the clerk was paid a small fee.\n"
     "The court was told the parish was funded by a precept of £16,000 a year.", "£16,000 a year",
     "Ann Kerr"),
    ("Tom Reed, a union officer, said the email was sent on purpose.\n"
     "The tribunal has heard that 40 members were affected.", "40 members", "Tom Reed"),
]  # fmt: skip

# nobody spoke before it, or long before: the court's hearing stays the outlet's account
_HEARD_NOBODY = [
    ("Harbour Crown Court heard yesterday how the breaches left 3 men hurt.", "3 men hurt"),
    ("Tom Reed said the firm was careless.\n\nThe firm was fined.\n\nIt appealed.\n\n"
     "The hearing was over.\n\nJurors heard how 40 workers were exposed.", "40 workers"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "speaker"), _HEARD)
def test_what_a_court_heard_is_the_last_speakers_as_a_guess(
    text: str, figure: str, speaker: str
) -> None:
    who, how = _speaker_of(text, figure)
    assert who == speaker, how
    assert how.startswith("guess: what the "), how


@pytest.mark.parametrize(("text", "figure"), _HEARD_NOBODY)
def test_what_a_court_heard_with_nobody_before(text: str, figure: str) -> None:
    who, how = _speaker_of(text, figure)
    assert who is None, how
