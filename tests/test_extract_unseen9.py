"""Issue 25, the rules of the ninth round, each for a shape of sentence whose speaker the
extractor got wrong on labelled sets (the outlet's narration against a named source, or a name
in the sentence not chosen), kept only where no labelled set drops. Every sentence is written
for these tests, with cases where the rule must not fire."""

from __future__ import annotations

import pytest

from conftest import extract_rows

rows = extract_rows  # (speaker, claimant, first figure or '', how found) per candidate


def first_figure(text: str) -> tuple[str | None, str | None, str, str]:
    got = rows(text)
    return next(r for r in got if r[2])


# 1. a long title closing on its holder's name: the name speaks, the title describes
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Head of the crisis unit at the interior ministry Brigadier General Omar Haddad "
         "said 31 people were missing.", "Brigadier General Omar Haddad"),
        ("The director of the statistics office at the ministry Dr Lena Vogt said the "
         "count stood at 1,200.", "Dr Lena Vogt"),
        ("Deputy Minister of Works at the regional council Maria Luisa Ferro said 40 "
         "bridges were closed.", "Maria Luisa Ferro"),
        ("The spokeswoman for the port authority in the north Communications Officer Ann "
         "Marie Kerr said 12 ships sank.", "Ann Marie Kerr"),
        # initials open the name
        ("The opposition party's candidate in the northern seat AHM Golam Reza said "
         "1,500 votes were lost.", "AHM Golam Reza"),
        ("The Minister of Land and Environment at the provincial government Tomas Brand "
         "said 30 percent of shelters had no food.", "Tomas Brand"),
    ],
)  # fmt: skip
def test_a_long_title_closing_on_a_name(text: str, speaker: str) -> None:
    got = first_figure(text)
    assert got[0] == speaker, rows(text)
    assert "guess" not in got[3], got


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a name inside a participle's agent is not the subject
        ("The observer mission led by former president of Norland Ivo Brandt said 12 "
         "polling stations had opened late.", "observer mission"),
        # a name run that may be the tail of a capitalised title is not taken
        ("The Minister of Works at the provincial government Minister of Land and "
         "Environment Tomas Brand said 30 percent of shelters had no food.", "Minister"),
        # a short title keeps its name as before
        ("Health Minister Ann Kerr said 30 people died.", "Ann Kerr"),
        # the tail of a body's name is no person
        ("A member of the political bureau of the Front for Justice Now Harbour said 40 "
         "people marched.", "member"),
        ("Ann Kerr, member of the council of Al Noor Wal Salam, declared that 40 people "
         "marched.", "Ann Kerr"),
        # a body's long name is no person
        ("The head of operations at the charity Harbour Relief Trust said 40 families "
         "were housed.", "head"),
    ],
)  # fmt: skip
def test_a_long_title_without_a_holders_name(text: str, speaker: str) -> None:
    assert speaker in (first_figure(text)[0] or ""), rows(text)


# 2. a participle after the source's noun phrase is no part of its name
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("More rain was expected on Friday and rivers were still rising, according to "
         "relief agencies working in the delta.", "relief agencies"),
        ("Food prices had doubled in a week, according to aid workers trying to reach "
         "the valley.", "aid workers"),
        ("Residents living near the dam said 40 homes were lost.", "Residents"),
        # a participle that names the speaker's body stays
        ('"We lost 40 men," said a man serving with the Harbour Defence Forces.',
         "man serving with the Harbour Defence Forces"),
    ],
)  # fmt: skip
def test_a_participle_after_the_source_is_cut(text: str, speaker: str) -> None:
    assert rows(text)[0][0] == speaker, rows(text)


# 3. what a person said, named after "according to": its speaker
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Floods killed 34 people in the valley, according to statements by the governor of "
         "the northern province Ivo Brandt to a local radio station.", "Ivo Brandt"),
        ("At least 30 people died, according to remarks from police.", "police"),
        ("At least 30 people died, according to a statement by the Harbour Board.",
         "Harbour Board"),
        ("At least 30 people died, according to the Harbour Board.", "Harbour Board"),
    ],
)  # fmt: skip
def test_statements_by_a_speaker(text: str, speaker: str) -> None:
    assert first_figure(text)[0] == speaker, rows(text)


# 4. a court's finding and ruling are the court's; the terms of the law it cites are not
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("A state court found the airline broke a law requiring crews to take a 45-minute "
         "break.", [("state court", ""), (None, "45-minute break")]),
        ("The appeals tribunal ruled on Monday that Kestrel Motors had underpaid 300 "
         "workers.", [("appeals tribunal", "300 workers")]),
        ("The jury found Ann Kerr guilty of six of the nine charges.",
         [("jury", "six"), ("jury", "nine charges")]),
        # not a court: what rescuers found is the outlet's account
        ("Rescuers found 40 bodies in the rubble.", [(None, "40 bodies")]),
        # "ruled" without a clause is no speech
        ("The party that ruled the region for 30 years lost the vote.", [(None, "30 years")]),
    ],
)  # fmt: skip
def test_a_courts_finding(text: str, want: list[tuple[str | None, str]]) -> None:
    assert [(r[0], r[2]) for r in rows(text)] == want, rows(text)


# 5. "the solicitors" are not a body whose name uses the word as a modifier
def test_a_word_inside_a_bodys_name_is_no_antecedent() -> None:
    text = (
        "The Harbour Solicitors Tribunal ruled that the firm had overcharged 900 clients.\n\n"
        "The solicitors appealed, arguing that they had acted in good faith."
    )
    got = rows(text)
    assert got[0][0] == "Harbour Solicitors Tribunal", got
    assert "Tribunal" not in (got[-1][0] or ""), got


# 6. an adjective before a verb form makes it a noun: "the smallest claim was 50p"
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Thousands of drivers were paid less than $900 and the smallest claim was $12.", None),
        ("About 400 homes were flooded and the latest estimate is that 90 were lost.", None),
        # a subject that can speak keeps its clause
        ("The 3,000 people the unions say were held were released.", "unions"),
    ],
)  # fmt: skip
def test_an_adjective_makes_a_verb_form_a_noun(text: str, speaker: str | None) -> None:
    assert first_figure(text)[0] == speaker, rows(text)


# 7. a toll raised is given anew; a statement relays the one it quotes
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The regional council raised the official death toll to 84 on Friday.",
         [("regional council", "84")]),
        ("The relief agency lowered its estimate of the homeless to 9,000.",
         [("relief agency", "9,000")]),
        # raising something else reports nothing
        ("The company raised its prices to $40.", [(None, "$40")]),
        # a figure after "quoting X as saying" is X's, the one before is the first speaker's
        ("After Mayor Ann Kerr raised the toll to 230, her office put out a statement quoting "
         "Governor Ivo Brandt as saying 270 bodies had been found.",
         [("Mayor Ann Kerr", "230"), ("Governor Ivo Brandt", "270 bodies")]),
    ],
)  # fmt: skip
def test_a_toll_raised_and_a_statement_relayed(text: str, want) -> None:
    assert [(r[0], r[2]) for r in rows(text) if r[2]] == want, rows(text)


def test_the_subject_of_an_irregular_verb_before_saying() -> None:
    got = rows("A press officer withdrew the statement, saying it had an error.")
    assert got[0][0] == "press officer", got


# 8. an order given is no speech reported; what a witness saw is the witness's account
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Port officials halted the count and told staff not to publish the 400 names "
         "already gathered, a senior port engineer told the Harbour Times.",
         "senior port engineer"),
        ("Police told residents to leave, saying 300 homes were at risk.", "Police"),
        # told to expect: what the speaker foresees
        ("The minister told reporters to expect 40 more deaths.", "minister"),
    ],
)  # fmt: skip
def test_an_order_given_is_not_the_frame(text: str, speaker: str) -> None:
    assert rows(text)[0][0] == speaker, rows(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Witnesses for a news agency saw dozens of arrests.", "Witnesses for a news agency"),
        ("A Harbour Times reporter saw at least 12 tanks on the road.",
         "Harbour Times reporter"),
        # anyone else's seeing is the outlet's account
        ("Rescuers saw 40 bodies in the rubble.", None),
        ("The city saw 300 protests last year.", None),
    ],
)  # fmt: skip
def test_what_a_witness_saw(text: str, speaker: str | None) -> None:
    assert first_figure(text)[0] == speaker, rows(text)


# 9. reports, studies and research that "indicate" or "show" speak like data
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Recent reports indicate that 472 people were killed in August.", "Recent reports"),
        ("The Harbour Institute released a study in May. The study shows 40 percent of docks "
         "are unsafe.", "Harbour Institute"),
        # a person "shows" nothing
        ("The mayor showed reporters 12 damaged homes.", None),
    ],
)  # fmt: skip
def test_reports_that_indicate(text: str, speaker: str | None) -> None:
    assert first_figure(text)[0] == speaker, rows(text)
    assert speaker is None or "guess" in first_figure(text)[3] or "Institute" in speaker


# 10. a figure stated with no source, whose next sentence names who gave the news
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The death toll from the flood rose to 48 on Tuesday night.\n\nCounty Sheriff Ann "
         "Kerr announced the grim news during a press conference.", "County Sheriff Ann Kerr"),
        ("At least 212 people have died in the quake. The Harbour Civil Defence Agency "
         "confirmed the toll late on Friday.", "Harbour Civil Defence Agency"),
        # a next sentence about something else: the outlet's
        ("The river reached 2 metres. Officials announced the closure of the bridge.", None),
        # not the very next sentence
        ("The toll rose to 48. Rain fell all night. Sheriff Ann Kerr announced the news.",
         None),
    ],
)  # fmt: skip
def test_a_figure_whose_next_sentence_names_who_gave_it(text: str, speaker) -> None:
    got = first_figure(text)
    assert got[0] == speaker, rows(text)
    assert speaker is None or got[3].startswith("guess:"), got


# 11. a quotation after "X declared," is what was said: figures before X are the outlet's
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ('Having read out the tallies of the remaining six candidates, who won only 3 percent of '
         'votes, Ann Kerr declared, "I declare Ivo Brandt the winner with 52 percent."',
         [(None, "six candidates"), (None, "only 3 percent"), ("Ann Kerr", "52 percent")]),
        ('Before the 40 delegates voted, the chair said: "We have 12 proposals."',
         [(None, "40 delegates"), ("chair", "12 proposals")]),
        # a closing attribution: what comes before it was said
        ('"Forty people died," the mayor said.', [("mayor", "Forty people")]),
        ("Nearly 180 passengers are missing, police said Wednesday.",
         [("police", "Nearly 180 passengers")]),
    ],
)  # fmt: skip
def test_a_quotation_after_the_verb(text: str, want) -> None:
    assert [(r[0], r[2]) for r in rows(text) if r[2]] == want, rows(text)


# 12. a speaker's denial is a stance as well as the figures of the sentence
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Questioned about the shortfall, which the bank put at 5 billion euros, the minister "
         "insisted that a fresh bailout would not be required.",
         [("minister", ""), ("bank", "5 billion euros")]),
        ("The mayor said that the 300 new homes would not be built this year.",
         [("mayor", ""), ("mayor", "300 new homes")]),
        # the denial of a later speaker is theirs, not the first speaker's
        ("A study estimated 900 deaths, a figure rejected by the ministry, with the minister "
         "insisting that pollution was not a killer.", None),
        # a figure called inaccurate, with its reporter as an agent in between
        ("The director said the figure of 1,700 reported by local radio was inaccurate and "
         "the right figure was 1,011.",
         [("director", ""), ("local radio", "1,700"), ("director", "1,011")]),
        # no denial: the figure alone
        ("The mayor said that 300 new homes would be built.", [("mayor", "300 new homes")]),
    ],
)  # fmt: skip
def test_a_denial_is_a_stance_too(text: str, want) -> None:
    got = [(r[0], r[2]) for r in rows(text)]
    if want is None:
        assert ("study", "") not in got and (None, "") not in got, got
    else:
        assert got == want, got


# 13. a quotation after a colon is said by the subject of the clause before it
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Ann Kerr interrupted him, giving a lower number: "No, the official number is 210."',
         "Ann Kerr"),
        ('The minister was blunt: "We will not pay 40 million."', "minister"),
        # a clause with no person or body: nobody
        ('It was a long day: "We counted 300 bodies."', None),
    ],
)  # fmt: skip
def test_a_quotation_after_a_colon(text: str, speaker: str | None) -> None:
    assert first_figure(text)[0] == speaker, rows(text)


# 14. the head of a subject, not a name inside its prepositional phrase
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Organisers of the march against the visit of President Ann Kerr claimed that up to "
         "200,000 people joined.", "Organisers of the march"),
        ("Residents of the streets around the Harbour Board offices said 40 homes flooded.",
         "Residents of the streets"),
        # a name after "of" with no other preposition: as before
        ("The head of the Harbour Board said 40 homes flooded.", "head of the Harbour Board"),
    ],
)  # fmt: skip
def test_the_head_of_the_subject(text: str, speaker: str) -> None:
    got = first_figure(text)
    assert got[0] == speaker, rows(text)


def test_a_group_opening_a_line_is_no_name() -> None:
    """A group noun capitalised only where a line starts (after a byline) is no name."""
    text = (
        "The Harbour Times\nOrganisers of the march against the visit of President Ann Kerr "
        "claimed that up to 200,000 people joined."
    )
    assert "guess:" in first_figure(text)[3], rows(text)


# 15. the comma of "11,500" is no clause comma: the attribution is not a closing one
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The 11,500-strong Liberation Front also said troops burned 2,000 houses.",
         [("Liberation Front", "2,000 houses"), (None, "")]),
        ("The 11,500-strong Liberation Front accused troops of burning 2,000 houses.",
         [("Liberation Front", ""), ("Liberation Front", "2,000 houses"), (None, "")]),
        # a clause comma: a closing attribution, what comes before it was said
        ("Troops burned 2,000 houses, the front said.", [("front", "2,000 houses")]),
    ],
)  # fmt: skip
def test_a_number_comma_is_no_clause_comma(text: str, want) -> None:
    assert [(r[0], r[2]) for r in rows(text)] == want, rows(text)


# 16. a verb form after a noun of its kind is a compound noun: "forecast estimates"
def test_a_compound_noun_is_no_verb() -> None:
    got = rows("Kestrel to cut 400 jobs after missing forecast estimates\n\nKestrel Motors said "
               "on Monday it would cut 400 jobs.")  # fmt: skip
    assert all(r[0] != "missing forecast" for r in got), got


# 17. a closing attribution after a number's comma: still a closing one
def test_a_closing_attribution_after_a_number() -> None:
    got = rows("Troops burned 2,000 houses, the front said Tuesday, almost doubling the count.")
    assert got[0][:1] == ("front",), got
