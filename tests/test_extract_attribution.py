"""Issue 25: who said it, one candidate per claim, figure spans, not-claims. Table-driven, one
table per rule; every sentence is written for these tests (real patterns, reworded)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimtrack.extract import extract, layout, name_index, read_figures, sentences

from conftest import examples, load_script


def cands(text: str):
    prep, out = extract(text)
    for c in out:
        assert prep.text[c.start : c.end] == c.quote
    return out


def owners(text: str) -> list[tuple[str | None, str | None, tuple[str, ...]]]:
    """(speaker, claimant, figures) of every candidate, in order."""
    return [
        (c.speaker, c.claimant, tuple(f.figure.text for f in c.figures) or tuple(
            r.text for r in c.refused))
        for c in cands(text)
    ]  # fmt: skip


# 1. a passive or a participle is not speech; its subject is not a speaker
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The toll was lower than the 9,000 feared earlier, the governor said.",
         [("governor", "governor", ("9,000",))]),
        ("More than a third of the extra deaths are estimated to have occurred in the north.",
         [(None, None, ("More than a third",))]),
        ("About 4,000 cases were reported by member states last year.",
         [("member states", "member states", ("About 4,000 cases",))]),
        ("Two of the men were accused of fraud.", [(None, None, ("Two",))]),
        ("The deaths came after troops called in airstrikes.", []),
        # "Fifty people" is a rate ("each day" later in its clause): shown refused (listed
        # after the figures read), never a total (guards.period_after, add's rule, session 44)
        ("Fifty people arrive each day, adding to the 20,000 already there.",
         [(None, None, ("20,000",)), (None, None, ("Fifty people",))]),
        ("Among the accused are four brothers.", [(None, None, ("four brothers",))]),
    ],
)  # fmt: skip
def test_passives_and_participles_are_not_speech(text, expected) -> None:
    assert owners(text) == expected


# 2. attribution verbs and frames
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The ministry put the toll at 212 on Friday.", "ministry"),
        ("Rescuers feared that 30 people were still trapped.", "Rescuers"),
        ("The mayor pointed out that 12 schools had reopened.", "mayor"),
        ("The regional council rejected the claim that 40 homes burned.", "regional council"),
        ("The union dismissed the company's account, putting losses at 900 jobs.", "union"),
        ("The inquiry found that 17 files were missing.", "inquiry"),
        ("The agency released figures showing 2.5 million people in need.", "agency"),
        ("Jane Roe agreed most of the dead were farmers.", "Jane Roe"),
        ("Officials conceded that 8 wells had failed.", "Officials"),
        ("The minister was quoted as saying that 40 schools would close.", "minister"),
        ("Observers from the regional bloc endorsed the result of the vote.",
         "Observers from the regional bloc"),
        ("The embassy raised doubts about the count of 84% for the president.", "embassy"),
        ("The official, who asked not to be named, said 12 soldiers died.", "official"),
        ("The coalition put the number of fighters evacuated at 250.", "coalition"),
        ("A study by the consultancy put leftover bank funds at €7-8bn.",
         "study by the consultancy"),
        # the author of the estimates (extract/works.py: "X WORK" names X)
        ("According to central bank estimates, the gap will be between €4.5bn and €5.5bn.",
         "central bank"),
    ],
)  # fmt: skip
def test_attribution_verbs_and_frames(text, speaker) -> None:
    assert {c.speaker for c in cands(text)} == {speaker}


# 3. a description beside a name is not the name
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Maria Lopez, 64, from Leeds, said the clinic treated 300 patients.", "Maria Lopez"),
        ("The aid force on Wednesday reported that eight civilians had died.", "aid force"),
        ("The Office of the U.N. High Commissioner for Human Rights said 2 million need help.",
         "Office of the U.N. High Commissioner for Human Rights"),
        ("Senator Tom Baker, Democrat of Ohio, said the bill would cost $4 billion.",
         "Senator Tom Baker"),
        ("Ann Cole, at the head of the column, told reporters that 2,000 people had joined.",
         "Ann Cole"),
        ("Sam Odu, a farmer from the valley, said 40 cattle drowned.", "Sam Odu"),
        ("That survey, undertaken by teams of volunteers, estimated that 900 homes fell.",
         "That survey"),
        ("The first full survey of the damage in the province suggests that 70 bridges fell.",
         "first full survey"),
        ("Drivers hired for the evacuation said 13 buses left.", "Drivers"),
        ("Union leader Maria Costa, speaking to reporters outside, said 300 jobs went.",
         "Maria Costa"),
    ],
)  # fmt: skip
def test_a_description_is_not_the_name(text, speaker) -> None:
    assert {c.speaker for c in cands(text)} == {speaker}


# 4. sentence openers and fragments are not speakers
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("In the morning the police said 14 people were arrested.", "police"),
        ("On Wednesday the president said 50 soldiers were killed.", "president"),
        ("An official said 20 homes were destroyed.", "official"),
        ("Shortages persist, an effort the government says has failed.", "government"),
        ("Despite several analysts saying the plan is sound, costs rose.", "several analysts"),
        ("Nobody counted the trucks, the driver said.", "driver"),
    ],
)  # fmt: skip
def test_openers_and_fragments_are_not_speakers(text, speaker) -> None:
    assert {c.speaker for c in cands(text)} == {speaker}


# 5. pronouns go to the last named speaker; a participle's speaker is its clause's subject
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Mayor Ann Lee spoke on Monday. She also ruled out a recount, saying 800 ballots "
         "were lost.", "Mayor Ann Lee"),
        ("Labour's finance spokesperson Ann Kerr has demanded an apology, calling the claim "
         "false.", "Ann Kerr"),
        ("But Mr Hale doubled down on radio, saying his figure is the truth.", "Mr Hale"),
        ("On Monday, the minister doubled down, saying the figure was right.", "minister"),
        ("The militia, an alliance of local groups, hired drivers and told them to wait.",
         "militia"),
        ("Some drivers were threatened by the fighters, who told them to keep quiet.",
         "fighters"),
    ],
)  # fmt: skip
def test_pronouns_and_participle_clauses(text, speaker) -> None:
    assert cands(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The finance minister said the gap was small. The environment minister rejected the "
         "study.", "environment minister"),
        ("A finance minister, Ann Kerr, said the gap was small. The finance minister rejected "
         "the study.", "Ann Kerr"),
        ("The gap stood at €1bn, the minister said. He claimed growth of 0.6% next year.",
         "minister"),
    ],
)  # fmt: skip
def test_a_role_refers_back_only_when_its_words_agree(text, speaker) -> None:
    assert cands(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "found"),
    [
        # a definite description names the earlier speaker whose words it shares
        ("The Harbour Board said dredging would start. The board added that 12 berths would "
         "close.", "Harbour Board", "'the board': the earlier Harbour Board"),
        # a generic body noun: the last named body that spoke (never a person)
        ("Kestrel Motors said 400 jobs would go. Ann Kerr said that was wrong. The company "
         "added that 90 posts were vacant.", "Kestrel Motors",
         "'the company': the last named body that spoke"),
        # a document: the last speaker, whose statement it is
        ("In a statement, Kestrel Motors said 400 jobs would go. The statement added that 90 "
         "posts were vacant.", "Kestrel Motors", "'the statement': the last speaker's"),
        # with modifiers that no earlier speaker has, nothing is resolved
        ("Kestrel Motors said 400 jobs would go. The transport ministry said 90 posts were "
         "vacant.", "transport ministry",
         "subject of 'said'; guess: 'transport ministry' is a description, not a name the "
         "article gives"),
        # a body is not the person described as of it
        ("Ann Kerr, a senior government official, said 40 died. The government said 12 "
         "schools had reopened.", "government",
         "subject of 'said'; guess: 'government' is a description, not a name the article "
         "gives"),
        # nobody earlier: the description stays as written
        ("The company said 90 posts were vacant.", "company",
         "subject of 'said'; guess: 'The company' refers to no one named before"),
        # a relative clause's subject is the name it follows
        ("He was contradicted by a colleague, Dr Ann Lee, who called the study a warning.",
         "Dr Ann Lee", "subject of 'called'"),
        ("Mr Hale was, however, contradicted by a colleague, Dr Ann Lee, who called the "
         "study a warning.", "Dr Ann Lee", "subject of 'called'"),
    ],
)  # fmt: skip
def test_definite_descriptions_and_relative_clauses(text, speaker, found) -> None:
    last = cands(text)[-1]
    assert (last.speaker, last.speaker_found) == (speaker, found)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "he" is a person, never the body that spoke last
        ("Dr Ann Lee, who heads the clinic, doubted the study. The Harbour Institute said "
         "9,000 died. \"We need more data,\" he said.", "Dr Ann Lee"),
        # "he" after a sentence that names a person without a speech verb: that person
        ("The Harbour Institute said 9,000 died.\n\nDr Ann Lee, head of the clinic, did not "
         "agree.\n\n\"It is far fewer,\" he said.", "Dr Ann Lee"),
        # "it" is a body, never a person
        ("Dr Ann Lee said 40 died. Kestrel Motors said 12 were hurt. It added that 3 were "
         "staff.", "Kestrel Motors"),
        # a college named in the sentence before is not "he"
        ("Tom Ruiz said 40 ships sank.\n\nHe studied at Harbour Town College.\n\n\"It was "
         "12,\" he said.", "Tom Ruiz"),
        # a lowercase body or document is not "he"
        ("A fighter said 300 left. The coalition denied it. \"They had 40 trucks,\" he said.",
         "fighter"),
        ("A fighter said 300 left. The coalition's statement denied it. \"They had 40 "
         "trucks,\" he said.", "fighter"),
        # a one-word name may be a person or a body
        ("Trump said 40 escaped. \"They will be caught,\" he said.", "Trump"),
        # a participle after a preposition: the subject of the main clause
        ("Mr Ole Sandvik was arrested shortly after saying that the vote was rigged.",
         "Mr Ole Sandvik"),
    ],
)  # fmt: skip
def test_a_pronoun_stands_for_a_compatible_speaker(text, speaker) -> None:
    assert cands(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "claimant"),
    [
        # an acronym the article spells out is one claimant, under its fuller name
        ("The Harbour Safety Authority (HSA) rejected the claim. The HSA said 40 ships were "
         "checked.", "Harbour Safety Authority", "Harbour Safety Authority"),
        ("The Board of Port Pilots (BPP) said 12 pilots were hurt.", "Board of Port Pilots",
         "Board of Port Pilots"),
        # initials that do not match are not linked
        ("The Harbour Safety Authority (XYZ) said 4 ships sank. XYZ said 5 were hurt.", "XYZ",
         "XYZ"),
        # a title and surname: the full name given earlier
        ("Transport Minister Ann Kerr visited the port. Mr. Kerr said 40 ships were checked.",
         "Ann Kerr", "Ann Kerr"),
        # a role alone: the person the article names with that role before
        ("Transport Minister Ann Kerr visited the port. The Minister said 40 ships were "
         "checked.", "Ann Kerr", "Ann Kerr"),
        ("The Minister of Transport Ann Kerr visited. Later, the Transport Minister said 40 "
         "ships were checked.", "Ann Kerr", "Ann Kerr"),
        ("Ann Kerr, the transport minister, visited. The minister said 40 ships were "
         "checked.", "Ann Kerr", "Ann Kerr"),
        # "a minister" is someone new: it refers back to nobody
        ("Transport Minister Ann Kerr visited. A minister said 40 ships were checked.",
         "minister", "minister"),
        # a role whose words disagree, or named only later, stays a role
        ("Transport Minister Ann Kerr visited. The Finance Minister said 40 ships were "
         "checked.", "Finance Minister", "Finance Minister"),
        # named only later: the article's only person with that role, else as written
        ("The minister said 40 ships were checked. Transport Minister Ann Kerr left.",
         "Ann Kerr", "Ann Kerr"),
        ("The minister said 40 ships were checked. Transport Minister Ann Kerr and Finance "
         "Minister Ole Berg left.", "minister", "minister"),
        # an earlier speaker with the role comes before the article's other mentions
        ("Transport Minister Ann Kerr left early. Her junior minister, Dr Ole Berg, who called "
         "the port unsafe, stayed. \"We need to study it,\" the minister, a former pilot, said "
         "of the 40 ships.", "Dr Ole Berg", "Dr Ole Berg"),
        ("Environment Minister Ann Kerr spoke first.\n\nThe view of Mr Kerr's deputy differs."
         "\n\n\"It is 40 ships,\" he said.", "Ann Kerr", "Ann Kerr"),
    ],
)  # fmt: skip
def test_roles_titles_and_acronyms_take_the_article_s_fuller_name(text, speaker, claimant) -> None:
    last = [c for c in cands(text) if c.figures][-1]
    assert (last.speaker, last.claimant) == (speaker, claimant)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a common noun, a participle or a clause is no speaker
        ("Nobody knows the size of the gap, which rose to 40 ships, officials said.",
         "officials"),
        ("The unions told members of parliament they believe 400 jobs will go.", "unions"),
        # after a junk subject, the paragraph's speaker is guessed, and said to be a guess
        ("The port authority said 40 ships were checked. What they found in the holds showed that 12 "
        "were unsafe.",
         "port authority"),
        # a plural noun of people, a role or a body is a credible description
        ("Rescuers said 40 ships were checked.", "Rescuers"),
        ("Dock workers said 40 ships were checked.", "Dock workers"),
    ],
)  # fmt: skip
def test_a_speaker_is_a_name_a_role_a_body_or_a_guess_said_to_be_one(text, speaker) -> None:
    assert [c for c in cands(text) if c.figures][-1].speaker == speaker


def test_a_guessed_speaker_says_it_is_a_guess() -> None:
    text = (
        "The port authority said 40 ships were checked. What they found in the holds showed "
        "that 12 were unsafe."
    )
    last = cands(text)[-1]
    assert last.speaker == "port authority"
    assert last.speaker_found == (
        "guess: the paragraph's speaker ('What they found in the holds' is no speaker)"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time before the subject is not part of it
        ("On Friday rescuers said 40 people were missing.",
         [("rescuers", "rescuers", ("40 people",))]),
        # "X of the Y, commonly known as Z": X, of Y
        ("Ann Kerr of the Harbour Workers Party, commonly known as HWP, alleged that 12 "
         "agents were barred.",
         [("Ann Kerr", "Ann Kerr", ()), ("Ann Kerr", "Ann Kerr", ("12 agents",))]),
        # "described how"
        ("The minister described how the lenders had asked for 3 billion.",
         [("minister", "minister", ("3 billion",))]),
        # a figure in a relative clause with its own subject is that subject's
        ("Asked about the gap, which the central bank put at 5 billion euros, the minister "
         "said no loan was needed.",
         [("minister", "minister", ()), ("central bank", "central bank", ("5 billion euros",))]),
    ],
)  # fmt: skip
def test_frames_times_and_relative_clauses(text, expected) -> None:
    assert owners(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle after a comma, or a verb after "and", has the first verb's subject
        ("Kestrel Motors has dismissed union claims that it will cut 900 jobs, reiterating "
         "that the losses will be 400.",
         [("Kestrel Motors", "Kestrel Motors", ()), ("union", "union", ("900 jobs",)),
          ("Kestrel Motors", "Kestrel Motors", ("400",))]),
        ("The minister claimed that the vote was delayed until after the elections for the "
         "Harbour Council and stressed that 3 ports had reopened.",
         [("minister", "minister", ("3 ports",))]),
        # "with X insisting that": X's own stance, past a passive's agent ("rejected by")
        ("A study that estimated 900 deaths has been rejected by the government, with "
         "Transport Minister Ann Kerr insisting that the roads were safe.",
         [("Ann Kerr", "Ann Kerr", ()), ("study", "study", ("900 deaths",))]),
        # a figure in the description after '"...," said X' is the outlet's
        ("\"We will wait here for news,\" said Ann Lee, among 300 relatives at the dock.",
         [("Ann Lee", "Ann Lee", ()), (None, None, ("300 relatives",))]),
        # "appears to have" is not part of the subject
        ("Chancellor Ann Kerr appears to have promised 40 ships.",
         [("Chancellor Ann Kerr", "Chancellor Ann Kerr", ("40 ships",))]),
    ],
)  # fmt: skip
def test_a_second_verb_without_its_own_subject_is_the_first_speaker_s(text, expected) -> None:
    assert owners(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure sentence right after a source's findings, same paragraph: a marked guess
        ("The Harbour Institute released a study that put deaths at 900. Two ports each "
         "accounted for 300 deaths.",
         ("Harbour Institute",
          "guess: goes on with Harbour Institute's findings in the paragraph")),
        # after a plain speech verb too (the speaker's words going on), marked as a guess
        ("The mayor said 900 died. Two ports each accounted for 300 deaths.",
         ("mayor", "guess: goes on with mayor's words in the paragraph")),
        # not in a new paragraph, nor the outlet's comment
        ("The Harbour Institute released a study that put deaths at 900.\n\nTwo ports each "
         "accounted for 300 deaths.", (None, "none")),
        ("The Harbour Institute released a study that put deaths at 900. That's well below "
         "the 3,000 of an earlier count.", (None, "none")),
    ],
)  # fmt: skip
def test_a_figure_going_on_with_a_source_s_findings(text, expected) -> None:
    last = cands(text)[-1]
    assert (last.speaker, last.speaker_found) == expected


# 6. the outlet's own reporters, and figures in another clause than the speaker's
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our correspondent reports that 60 houses burned.", [(None, None, ("60 houses",))]),
        ("Several days after the floods killed dozens, farmers told the agency that the crops "
         "were lost.",
         [("farmers", "farmers", ()), (None, None, ("dozens",))]),
        ("The group said it had counted 5,000 marchers, while police said 2,000 attended.",
         [("group", "group", ("5,000 marchers",)), ("police", "police", ("2,000",))]),
        ("More than 60 accused in the case of the $9 million fraud have denied the charges.",
         [("accused", "accused", ()), (None, None, ("More than 60 accused",)),
          (None, None, ("$9 million fraud",))]),
        ("Ann Kerr is standing by her claim of a $2.5 billion hole, despite economists saying "
         "she is wrong.",
         [("economists", "economists", ()), ("Ann Kerr", "Ann Kerr", ("$2.5 billion hole",))]),
        ("The army said it had killed 25 militants; residents said most were farmers.",
         [("residents", "residents", ()), ("army", "army", ("25 militants",))]),
        ("The regional estimate of fighters killed was about 25.",
         [(None, None, ("about 25",))]),
        ("The Kenyan estimate of fighters killed was about 25.",
         [("Kenyan", "Kenyan", ("about 25",))]),
        ("LONDON — The ministry on Thursday stood by its estimate that 1,200 people died, "
         "rejecting claims by opposition lawmakers that the toll was closer to 3,000.",
         [("ministry", "ministry", ("1,200 people",)),
          ("opposition lawmakers", "opposition lawmakers", ("closer to 3,000",))]),
        ("But Labour MP David Hale, who chairs the committee, said 40 deaths were missed.",
         [("David Hale", "Labour", ("40 deaths",))]),
        ("Organizers insisted that 1 million people came, and threatened to sue the park "
         "service over its count of about 400,000.",
         [("Organizers", "Organizers", ()), ("Organizers", "Organizers", ("1 million people",)),
          ("park service", "park service", ("about 400,000",))]),
        ("The disaster agency's spokesman, Budi Santoso, said 43 passengers were aboard.",
         [("Budi Santoso", "disaster agency", ("43 passengers",))]),
        ("Officials initially said the boat carried 43 passengers.",
         [("Officials", "Officials", ("43 passengers",))]),
        ("The firm says the losses will total 1,150, not 2,000 as the unions claim.",
         [("firm", "firm", ("1,150",)), ("unions", "unions", ("2,000",))]),
        ("The ministry, in a statement, said 55 people died.",
         [("ministry", "ministry", ("55 people",))]),
        ("The study, published in a journal, estimated 1.1 million deaths.",
         [("study", "study", ("1.1 million deaths",))]),
        ("Witnesses said at least 30 bodies lay in the street.",
         [("Witnesses", "Witnesses", ("at least 30 bodies",))]),
    ],
)  # fmt: skip
def test_each_figure_has_its_own_speaker(text, expected) -> None:
    assert owners(text) == expected


# 7. not claims: headings, bylines, decks; a repeated quotation is one candidate
def test_headings_and_bylines_are_not_proposed_unless_attributed() -> None:
    text = (
        "Dam holds after 300 homes flooded\n\nBy Ann Writer, 12 May 2021\n\n"
        "Rescuers said 300 homes were flooded.\n\nRelated Coverage\n\n"
        "Toll far too low, survey suggests\n\nThe river rose 4 metres overnight."
    )
    got = [(c.quote, c.cues) for c in cands(text)]
    assert got == [
        ("Rescuers said 300 homes were flooded.", ("speech verb",)),
        ("The river rose 4 metres overnight.", ("figure",)),
        ("Toll far too low, survey suggests", ("speech verb", "heading")),
    ]


@pytest.mark.parametrize(
    "text",
    [
        'Protesters held signs reading "3,000 lives lost" outside the ministry.',
        'The crowd chanted "Ten thousand, ten thousand!" as the count began.',
        "Photo: 300 mourners lay flowers outside a care home.\n\nThe home reopened.",
        "Pictured (right): the 12 rescuers, on Sunday.\n\nThe home reopened.",
    ],
)
def test_placards_chants_and_captions_are_not_claims(text) -> None:
    assert cands(text) == []


def test_a_repeated_quotation_is_one_candidate_listing_the_others() -> None:
    text = (
        '"We will not pay a single cent more," the minister said.\n\n'
        'Asked again, she repeated: "We will not pay a single cent more."'
    )
    (c,) = cands(text)
    assert c.elsewhere == (text.index("Asked"),)
    assert c.record("s")["extract"]["elsewhere"] == [text.index("Asked")]


def test_a_quotation_carried_over_paragraphs_takes_its_closing_attribution() -> None:
    text = (
        "Mr Okafor told the court, \u201cThe charges are wrong.\n\n"
        "The money came from car sales. They ran the firm for 10 years,\u201d Mr Okafor said."
    )
    got = [(c.speaker, tuple(f.figure.text for f in c.figures)) for c in cands(text)]
    assert got == [("Mr Okafor", ()), ("Mr Okafor", ("10 years",))]


@pytest.mark.parametrize(
    "text",
    [
        # each paragraph of a long quotation opens with a mark; only the last one closes
        'In a statement, the Harbour Board said: "Dredging will cost 40 million.\n\n'
        '"A further 12 berths will close. Another 3 will open later.\n\n'
        '"In all, 9 jobs go."\n\nThe works start in May.',
        # the same with the mark closing the last paragraph before its attribution
        'The Harbour Board said: "Dredging will cost 40 million.\n\n'
        '"A further 12 berths will close. Another 3 will open later," the board added.',
    ],
)
def test_the_paragraphs_of_a_long_quotation_are_its_speaker_s(text) -> None:
    got = {(c.speaker, f.figure.text) for c in cands(text) for f in c.figures}
    assert {fig for who, fig in got if who == "Harbour Board"} >= {"40 million", "12 berths"}
    assert {who for who, _ in got} == {"Harbour Board"}


# 8. interviews: questions are not claims, answers are the interviewee's
INTERVIEW = (
    "Mayor Joan Ruiz talked to the Courier about the flood. Our reporter Tim Oda took the "
    "interview.\n\n"
    "The governor said the dam was safe. Do you agree?\n\n"
    "How was it safe? Water reached 300 homes. The engineers left.\n\n"
    "Why did the pumps fail?\n\n"
    "They were never serviced."
)


def test_an_interview_s_answers_are_the_interviewee_s() -> None:
    got = [(c.quote, c.speaker) for c in cands(INTERVIEW)]
    assert got == [
        ("The governor said the dam was safe.", "governor"),
        ("How was it safe?", "Mayor Joan Ruiz"),
        ("Water reached 300 homes.", "Mayor Joan Ruiz"),
        ("The engineers left.", "Mayor Joan Ruiz"),
        ("They were never serviced.", "Mayor Joan Ruiz"),
    ]


@pytest.mark.parametrize(
    ("text", "interviewee"),
    [
        (INTERVIEW, "Mayor Joan Ruiz"),
        ("In an interview with Dr Amal Haddad, we asked about the clinic.\n\nQ: How many "
         "patients?\n\nA: About 40 a day.\n\nQ: And staff?\n\nA: Six nurses.", "Dr Amal Haddad"),
        ("The minister spoke at length.\n\nIs it over?\n\nNo.", None),  # one question only
        ("The minister spoke to reporters.\n\nWho pays?\n\nTaxpayers do.\n\nWhy now?\n\n"
         "Nobody knows.\n\nThe vote is on Monday.\n\nIt may fail.\n\nThe opposition is split."
         "\n\nRain is forecast.\n\nTurnout may be low.", None),  # rhetorical questions
        ("The Courier spoke to the head of the agency, Dr Sara Nasser, about the crisis.\n\n"
         "Q: How many need help?\n\nA: At least 3.2 million.\n\nQ: Why?\n\nA: The camps.",
         "Dr Sara Nasser"),
        # the passive names the one who answered, though "our reporter" asked
        ("Mayor Ruth Okafor was interviewed by our reporter about the budget.\n\nQ: How big "
         "is the gap?\n\nA: About $70 million.\n\nQ: Jobs?\n\nA: None will go.",
         "Mayor Ruth Okafor"),
    ],
)  # fmt: skip
def test_the_interview_layout_and_its_interviewee(text, interviewee) -> None:
    from claimtrack.extract import prepare

    reading = prepare(text).reading
    assert layout(reading, sentences(reading)).interviewee == interviewee


def test_an_answer_s_marker_is_not_in_its_quote() -> None:
    text = (
        "In an interview with Dr Amal Haddad, we asked about the clinic.\n\nQ: How many "
        "patients?\n\nA: About 40 a day come in.\n\nQ: And staff?\n\nAnswer: Six nurses work."
    )
    got = [(c.quote, c.speaker) for c in cands(text)]
    assert got == [
        ("About 40 a day come in.", "Dr Amal Haddad"),
        ("Six nurses work.", "Dr Amal Haddad"),
    ]


def test_a_transcript_s_turn_label_is_not_in_its_quote() -> None:
    """review18 found "Port Commissioner: Traffic rose 4%" stored as the interviewee's words:
    the turn label, like the "A:" marker, is the layout's."""
    text = (
        "The transcript of a briefing by the Harbour Chief, Ms Dana Roe, follows:\n"
        "Harbour Chief: Cargo fell 3% in May. We expect more.\n"
        "Question: Why?\n"
        "Harbour Chief: Some 40 ships went elsewhere.\n"
        "Question: And June?\n"
        "Harbour Chief: We think 2,400 boxes a day."
    )
    got = [(c.quote, c.speaker) for c in cands(text) if c.figures]
    assert got == [
        ("Cargo fell 3% in May.", "Dana Roe"),
        ("Some 40 ships went elsewhere.", "Dana Roe"),
        ("We think 2,400 boxes a day.", "Dana Roe"),
    ]


# 9. figure spans: the hedge before, the unit after, the parser's reading or its refusal
@pytest.mark.parametrize(
    ("text", "read", "refused"),
    [
        ("The company said something like 35 jobs would go.", [], ["something like 35 jobs"]),
        ("The agency said the toll may reach 150.", ["may reach 150"], []),
        ("Costs are approaching €6 billion, the minister said.", ["approaching €6 billion"], []),
        ("The port handled 1,200 tons of grain, officials said.", [], ["1,200 tons"]),
        ("The gap is between $2bn and $6bn, analysts said.", ["between $2bn and $6bn"], []),
        ("One fifth of the budget went to health, the report said.", ["One fifth"], []),
        ("More than one-quarter of voters stayed home.", ["More than one-quarter of voters"],
         []),
        ("The blast happened at 9:15 PM, police said.", [], []),
        ("The 2019 report found that 27 per cent of wells were dry.", ["27 per cent"], []),
        ("Half a dozen villages were cut off, the army said.", ["Half a dozen villages"], []),
        ("Prices rose 6.5 times, the bank said.", ["6.5 times"], []),
        ("Investors lost Dh1.3 billion, police said.", [], ["Dh1.3 billion"]),
        ("The survey ran over four weeks in 12 towns.", ["four weeks", "12 towns"], []),
        ("Over 300 people fled, aid workers said.", ["Over 300 people"], []),
        ("They fled two years ago, she said.", [], []),
        ("Revenue rose 4% in the first nine months.", ["4%"], []),  # a change up (change1)
        ("They ran the firm for the last 10 years.", ["10 years"], []),
        ("Maria Lopez, 64, said it.", [], []),
        ("Four out of five candidates withdrew.", ["Four out of five candidates"], []),
        ("Deaths reached 1.1 million (11 lakh) that year.", ["1.1 million"], []),
        ("It killed 55 (including 10 children).", ["55", "10 children"], []),
        ("He won 84.4% of votes against 13% for his rival.", ["84.4% of votes", "13%"], []),
        ("She insisted the total would not exceed 1,500.", [], ["not exceed 1,500"]),
        ("She said the total would be no more than 1,500.", ["no more than 1,500"], []),
        # "as ... as": read when the parser reads it, else refused whole, never the bare number
        ("Estimates put the dead as high as 120,000, the report said.", ["as high as 120,000"],
         []),
        ("The toll could be as low as 300, he said.", [], ["as low as 300"]),
        ("As few as 20 people came, police said.", [], ["As few as 20 people"]),
        # a digit grouping broken by a space: one number or two? never its first part alone
        ("He won 5,574, 761 votes, the commission said.", [], ["5,574, 761"]),
        ("The fund holds 10, 000 dollars.", [], ["10, 000"]),
        ("Turnout was 1,204, 311 and 9,870 in the two rounds.", ["9,870", "two rounds"],
         ["1,204, 311"]),
        # not broken: a list of small numbers, a decimal, a grouping without a space
        ("Rooms 12, 14 and 16 were hit.", ["12", "14", "16"], []),
        ("He won 5,574,761 votes, the commission said.", ["5,574,761 votes"], []),
        ("They counted 1,200, then 300 more.", ["1,200", "300"], []),
    ],
)  # fmt: skip
def test_figure_spans_and_refusals(text, read, refused) -> None:
    figs, bad = read_figures(text, 0, len(text))
    assert [f.figure.text for f in figs] == read
    assert [r.text for r in bad] == refused
    for r in bad:
        assert r.reason and text[r.start : r.end] == r.text


def test_a_refused_figure_is_a_figure_candidate_without_a_value() -> None:
    (c,) = [c for c in cands("Investors lost Dh1.3 billion, police said.") if c.refused]
    rec = c.record("s")
    assert rec["kind"] == "figure" and "value" not in rec
    assert rec["extract"]["refused"][0]["text"] == "Dh1.3 billion"


_words = st.sampled_from(
    ["said", "told", "according to", "Ann Lee", ",", ".", "64", "from Leeds", "the", "of",
     "Q:", "A:", "?", "\n\n", '"', "Dh1.3", "bn", "$2bn", "9:15", "put the toll at", "by",
     "something like", "1,200 tons", "half", "our correspondent", "were", "estimated"]
)  # fmt: skip


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(st.one_of(_words, st.text(max_size=6)), max_size=40))
def test_any_text_gives_exact_slices_and_spans_inside_the_sentence(parts) -> None:
    text = " ".join(parts)
    prep, out = extract(text)
    for c in out:
        assert prep.text[c.start : c.end] == c.quote
        for f in (*c.figures, *c.refused):
            assert c.start <= f.start < f.end <= c.end
        assert c.speaker is None or c.speaker.strip() == c.speaker != ""


@pytest.mark.parametrize(
    ("text", "measures", "expected"),
    [
        ("Ships carried 40,000 tonnes of grain from the port.",
         [("grain-shipped-tonnes", "mass"), ("ships-sunk", None)], "grain-shipped-tonnes"),
        ("Police said 55 civilians were killed.",
         [("civilian-deaths", None), ("militant-deaths", None)], "civilian-deaths"),
        ("Police said 55 civilians were killed.", [("civilian-cost", "currency:USD")], None),
        ("Police said 55 people were killed.", [("civilian-deaths", None)], None),
        ("Officials said 13 buses left.", [("convoy-buses", None), ("buses-burned", None)],
         None),  # a tie: no suggestion
        ("Officials said 13 buses left in the convoy.",
         [("convoy-buses", None), ("buses-burned", None)], "convoy-buses"),
    ],
)  # fmt: skip
def test_the_measure_suggestion_needs_the_dimension_and_the_noun(text, measures, expected):
    from claimtrack.extract import suggest_measure

    (f,) = read_figures(text, 0, len(text))[0]
    assert suggest_measure(text, f, measures) == expected


def test_extract_cli_suggests_a_measure_and_shows_refused_figures(ct, tmp_path) -> None:
    import json

    claims = tmp_path / "c.jsonl"
    claims.write_text(
        json.dumps({"subject": "dam", "claimant": "Police", "quote": "q", "kind": "figure",
                    "measure": "homes-flooded", "value": "300 homes"}) + "\n"
        + json.dumps({"subject": "dam", "claimant": "Police", "quote": "q", "kind": "figure",
                      "measure": "repair-cost", "value": "$5 million"}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    assert ct("import", str(claims), "--new").exit_code == 0
    article = tmp_path / "a.txt"
    article.write_text(
        "Dam floods valley\n\nThe mayor said 400 homes were flooded and repairs would cost "
        "Dh9 million.\n",
        encoding="utf-8",
    )
    out = tmp_path / "o.jsonl"
    result = ct("extract", str(article), "--subject", "dam", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "refused: Dh9 million" in result.stderr
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    assert [(x["quote"][:8], x.get("value"), x["extract"].get("measure_suggested")) for x in lines] == [
        ("The mayo", "400 homes", "homes-flooded"),
        ("The mayo", None, None),
    ]  # fmt: skip
    assert lines[0]["extract"]["measures"] == ["homes-flooded", "repair-cost"]
    assert lines[1]["kind"] == "figure"
    assert lines[1]["extract"]["refused"][0]["text"] == "Dh9 million"


def test_a_headline_quotation_repeated_in_the_body_is_listed_not_proposed() -> None:
    text = (
        'Minister: "We will not pay a cent more"\n\n'
        'The minister said on Monday: "We will not pay a cent more." Talks go on, she said.'
    )
    got = [(c.quote[:13], c.elsewhere) for c in cands(text)]
    assert got == [("The minister ", (0,)), ("Talks go on, ", ())]


def test_a_lead_in_line_ending_with_a_colon_is_not_a_heading() -> None:
    text = "The ministry said in a statement:\n\n“Nobody was hurt.”"
    assert [c.quote for c in cands(text)] == ["The ministry said in a statement:"]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Sam Odu, a tribal elder from Saravilla, told reporters the dead were farmers.",
         "Sam Odu"),
        ("Ann Lee, a spokeswoman for the Red Cross, said the dead were farmers.", "Red Cross"),
        ("Afghan officials say 140 civilians were killed.", "Afghan officials"),
        ('"We had no choice," says a man serving with the Northern Guard, a militia.',
         "Northern Guard"),
        ("Police chief Ann Lee told reporters that the road was shut.", "Police"),
    ],
)  # fmt: skip
def test_a_place_is_not_an_organisation(text, claimant) -> None:
    assert {c.claimant for c in cands(text)} == {claimant}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("He said '$11.7 billion, it is an error'.", "$11.7 billion"),
        ("Of 145 centres my agents were expelled from 100.", "145 centres"),
        ("Farmers said jets killed scores near the border.", "scores"),
    ],
)  # fmt: skip
def test_a_figure_starts_at_its_number_and_stops_before_other_words(text, figure) -> None:
    assert read_figures(text, 0, len(text))[0][0].figure.text == figure


def _bench_articles():
    return load_script("bench/articles.py")


@pytest.mark.parametrize(
    ("candidate", "label", "right"),
    [
        ({"speaker": "Col. Ryan Dillon"}, {"speaker": "Ryan Dillon", "claimant": "US military"},
         True),
        ({"speaker": "from Leeds"}, {"speaker": "Maria Lopez", "claimant": "Maria Lopez"}, False),
        ({"speaker": "000"}, {"speaker": "the president", "claimant": "Government"}, False),
        ({"speaker": "officials"}, {"speaker": "Afghan officials", "claimant": "Afghan government"},
         False),
        ({"speaker": None, "claimant": "Paper"}, {"speaker": None, "claimant": "Paper"}, True),
        ({"speaker": "police", "claimant": "police"}, {"speaker": None, "claimant": "Paper"},
         False),
        ({"speaker": "park service"}, {"speaker": "National Park Service", "claimant": "NPS"},
         True),
        # a name too short for a significant word, letter for letter: the same name
        ({"speaker": "O2", "claimant": "O2"}, {"speaker": "O2", "claimant": "O2"}, True),
        ({"speaker": "UN"}, {"speaker": "UN", "claimant": "UN"}, True),
        ({"speaker": "G7"}, {"speaker": "O2", "claimant": "O2"}, False),
        # a role word letter for letter is still no name
        ({"speaker": "ministers"}, {"speaker": "ministers", "claimant": "British government"},
         False),
        ({"speaker": "officials"}, {"speaker": "officials", "claimant": "officials"}, False),
    ],
)  # fmt: skip
def test_the_bench_speaker_rule_is_strict(candidate, label, right) -> None:
    assert _bench_articles().same_speaker(candidate, label) is right


def test_the_development_half_floors() -> None:
    bench = _bench_articles()
    if not bench.ARTICLES.is_dir():
        pytest.skip("the articles are not on this machine (they stay outside the repository)")
    numbers = bench.score(list(bench.DEV), repeats=1)
    assert numbers["recall"] >= 0.95
    assert numbers["precision"] >= 0.8
    assert numbers["speaker_right"] >= 0.9
    # 0.897 since audit10: label 04's "push debt up by about $8 billion" is a change, which
    # extract shows refused with its words (never proposed as the level it is not)
    assert numbers["figure_right"] >= 0.89


def test_a_transcript_s_names_speak_their_paragraphs() -> None:
    text = (
        "The Courier interviewed the mayor.\n\nCourier: How many homes flooded?\n\n"
        "Ann Lee: About 300 homes. The river rose 4 metres.\n\nCourier: And the dam?\n\n"
        "Ann Lee: It held.\n\nABU DHABI: Police said 5 died."
    )
    got = [(c.quote[:12], c.speaker, c.speaker_found) for c in cands(text)]
    answer = "interview answer: the name before the colon"
    assert got == [
        ("About 300 ho", "Ann Lee", answer),
        ("The river ro", "Ann Lee", answer),
        ("It held.", "Ann Lee", answer),
        # a dateline is not a name; "Police" opening a sentence is no name either
        (
            "ABU DHABI: P",
            "Police",
            "subject of 'said'; guess: 'Police' is a description, not a name the article gives",
        ),
    ]


def test_a_timeline_is_not_a_transcript() -> None:
    text = (
        "Monday: The river rose 4 metres.\n\nTuesday: Police said 12 homes flooded.\n\n"
        "Update: The dam held."
    )
    assert [(c.speaker, c.cue) for c in cands(text)] == [
        ("Police", "speech verb"),
        (None, "figure"),
    ]


def test_bullet_points_are_body_text_not_headings() -> None:
    text = "Key facts\n\n- 55 people killed in the strike\n\n- 12 homes destroyed\n\nThe end."
    assert [c.figures[0].figure.text for c in cands(text)] == ["55 people", "12 homes"]


def test_the_review_card_shows_the_suggestion_and_the_refused_figure(ct, tmp_path) -> None:
    import json

    claims = tmp_path / "c.jsonl"
    claims.write_text(
        json.dumps({"subject": "dam", "claimant": "Police", "quote": "q", "kind": "figure",
                    "measure": "homes-flooded", "value": "300 homes"}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    assert ct("import", str(claims), "--new").exit_code == 0
    article = tmp_path / "a.txt"
    article.write_text("The mayor said 400 homes flooded and Dh9 million was lost.\n")
    result = ct("extract", str(article), "--subject", "dam", "--review", input="k\nk\n")
    assert "measure suggested: homes-flooded" in result.stdout
    assert "figure refused: Dh9 million" in result.stdout


def test_the_worked_example_article_gives_each_figure_to_its_source() -> None:
    """docs/extract.md's worked example, candidate by candidate."""
    path = Path(__file__).parent / "fixtures" / "articles" / "attribution-rules.txt"
    got = [
        (c.speaker, c.claimant, tuple(f.figure.text for f in c.figures), c.speaker_found)
        for c in cands(path.read_text(encoding="utf-8"))
    ]
    board, kerr, inst = "National Port Board", "Ann Kerr", "Harbour Institute"
    goes_on = "guess: goes on with Harbour Institute's findings in the paragraph"
    assert got == [
        (board, board, ("400 jobs",), "subject of 'said'"),
        (kerr, kerr, ("$12 million",), "subject of 'said'; 'Ms. Kerr' named in full before"),
        ("Tom Ruiz", "Tom Ruiz", (), "subject of 'alleged'"),
        ("Tom Ruiz", "Tom Ruiz", ("700 jobs",), "subject of 'alleged'"),
        (kerr, kerr, (), "subject of 'said'; 'Minister' is Ann Kerr, named before"),
        (board, board, ("$3 million",),
         "subject of 'put' in the clause the figure is in; 'NPB' spelled out in the article"),
        (board, board, ("250",), "'the board': the earlier National Port Board"),
        (board, board, ("150 posts",), "quotation continues the previous speaker"),
        (board, board, ("400 jobs",), "quotation continues the previous speaker"),
        (inst, inst, ("$40 million",), "subject of 'released'"),
        (inst, inst, ("Two suppliers",), goes_on),
        (inst, inst, ("$5 million",), goes_on),
        (None, None, ("$60 million",), "none"),
    ]  # fmt: skip
    # the headline repeats the board's 400 jobs: listed where else it appears, not proposed
    assert cands(path.read_text(encoding="utf-8"))[0].elsewhere == (0,)


_NAME_WORDS = st.sampled_from(
    ["National", "Port", "Board", "of", "the", "(NPB)", "(NP)", "(XYZ)", "Minister", "Ann",
     "Kerr", "Mr.", "Ms", "Dr", ",", ".", "said", "a", "minister", "On", "Monday", "\n\n"]
)  # fmt: skip


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(st.one_of(_NAME_WORDS, st.text(max_size=5)), max_size=40))
def test_the_name_index_links_only_what_the_text_spells_out(parts) -> None:
    text = " ".join(parts)
    index = name_index(text)
    flat = " ".join(text.split())
    for acronym, full in index.acronyms.items():
        assert f"({acronym})" in text and full in flat
        initials = "".join(w[0] for w in full.split() if w[:1].isupper())
        assert initials.upper().endswith(acronym.replace("&", "").upper())
    for at, _role, name in index.titled:
        assert name in flat and "\n" not in name and 0 <= at < len(text)
        assert not ({"on", "monday", "the"} & set(name.lower().split()))
    for _at, name in index.people:
        assert len(name.split()) >= 2 and name in flat and "\n" not in name
    extract(text)  # and the whole extraction never fails on it


# -- hard-wrapped text: a line break inside a sentence is read as a space -----------------------

_WRAPPED = (
    "PORT TOWN (Wire) - A storm killed 12 people as it swept\n"
    "across the coast and forced thousands from their homes,\n"
    "officials said on Friday.\n"
    "\n"
    "Headline Of The Day\n"
    "The mayor said 40 houses were lost.\n"
)


@pytest.mark.parametrize(
    ("text", "unwrapped"),
    [
        ("swept\nacross the coast", "swept across the coast"),  # goes on in lower case
        ("a line long enough to be hard-wrapped copy, ending in\nTaiwan", None),
        ("said on Friday.\nThe mayor", None),  # a sentence ends: a paragraph may start
        ("Headline Of The Day\nThe mayor", None),  # a short heading stays its own line
        ("killed 12,\n40 more", "killed 12, 40 more"),
        ("first paragraph ends here and goes on a while,\n\nSecond", None),  # a blank line
    ],
)
def test_hard_line_breaks_inside_a_sentence_are_spaces(text: str, unwrapped: str | None) -> None:
    from claimtrack.extract import unwrap

    expected = text if unwrapped is None else unwrapped
    if text.startswith("a line long enough"):
        expected = text.replace("\n", " ")  # a long line ending on a lower-case word
    assert unwrap(text) == expected


@given(st.text(alphabet="ab .,\nA1", max_size=80))
def test_unwrap_keeps_every_offset(text: str) -> None:
    from claimtrack.extract import unwrap

    out = unwrap(text)
    assert len(out) == len(text)
    assert all(a == b or (a == "\n" and b == " ") for a, b in zip(text, out, strict=True))


def test_a_hard_wrapped_wire_story_gives_whole_sentences() -> None:
    from claimtrack.extract import extract

    _, found = extract(_WRAPPED)
    quotes = {c.quote for c in found}
    assert any(q.startswith("PORT TOWN (Wire) - A storm killed 12 people as it swept across")
               and q.endswith("officials said on Friday.") for q in quotes), quotes  # fmt: skip


def speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.speaker, c.claimant) for c in cands(text)]


# issue 25, set 13-18: a body's inquiry speaks for the body; "the <kind>" only for a body of
# that kind; a relative clause with its own subject; a name glued to a digit
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the inquiry" is the work of the body that opened it, never a speaker itself
        ("Tarnwell Council has closed an inquiry into the depot.\n"
         "The inquiry found that 300 homes had been missed.",
         [("Tarnwell Council", "Tarnwell Council")]),
        ("The Harbour Board published its review on Monday.\n"
         "The review said 40 berths were unsafe.",
         [("Harbour Board", "Harbour Board")]),
        # a survey not opened by a named body stays as written
        ("Aid numbers far too low, survey suggests.\n"
         "The survey said 900 families had no shelter.",
         [("survey", "survey")]),
        # "the regulator" is the body the article calls a regulator, not just the last one
        ("Kelby Telecom told Ofwire, the regulator, that it knew of the fault.\n"
         "Ofwire has fined it.\nThe regulator said 7,000 customers were billed twice.",
         [("Kelby Telecom", "Kelby Telecom"), ("Ofwire", "Ofwire")]),
        # two bodies of unknown kinds: "the company" is left as written, never guessed
        ("Ofwire has fined Kelbyco.\n"
         "Kelbyco has apologised.\nThe company said 5,000 customers would be refunded.",
         [("company", "company")]),
        # one of them a company by its name's form ("... Telecom"): the company
        ("Ofwire has fined Kelby Telecom.\n"
         "Kelby Telecom has apologised.\nThe company said 5,000 customers would be refunded.",
         [("Kelby Telecom", "Kelby Telecom")]),
    ],
)  # fmt: skip
def test_a_body_s_inquiry_and_kind_resolve_to_the_named_body(text, expected) -> None:
    got = speakers(text)
    assert got[-1] == expected[-1]
    if len(expected) > 1:
        assert set(expected) <= set(got)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The clash, which police say left 46 officers hurt, ended at dusk.", "police"),
        ("The march, in which organisers said 9,000 people took part, ended at dusk.",
         "organisers"),
        ("The fund, of which the bank said 30% was spent, closed in May.", "bank"),
        ("The group, which also said 200 homes were lost, asked for help.", "group"),
        ("G7 said 12 countries would sign.", "G7"),
        ("J5 said 400 jobs would go.", "J5"),
    ],
)  # fmt: skip
def test_a_relative_clause_s_own_subject_speaks(text, speaker) -> None:
    assert cands(text)[0].speaker == speaker


# a body speaking through its statement, report or web site is the body; "WHO" is a name
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("According to the WHO statement, 50 people died.", "WHO"),
        ("WHO said that 50 experts were sent.", "WHO"),
        ("According to the Red Cross statement, 50 people died.", "Red Cross"),
        ("According to Kestrel Motors' latest report, 50 jobs will go.", "Kestrel Motors"),
        ("Ann Lee's report said 50 jobs would go.", "Ann Lee"),
        ("According to the ministry's web site, 50 people died.", "ministry"),
        # no name or body left: stays as written
        ("According to a new report, 50 people died.", "new report"),
        ("The group, who said 50 people died, left.", "group"),
        # a conjunction inside a list of adjectives is no speaker
        ("The fund said 39 probable, or confirmed cases were counted, the agency confirmed.",
         "fund"),
    ],
)  # fmt: skip
def test_a_body_speaks_through_its_document(text, speaker) -> None:
    assert {c.speaker for c in cands(text)} == {speaker}


# a transcript: "Question:" paragraphs ask; the role before the colon answers, as the person
# the introduction names in that role
_TRANSCRIPT = (
    "Following is the transcript of a press session by the Port Commissioner, Ms Ann Kerr, "
    "this morning:\n"
    "Port Commissioner: Traffic reached 4% of the market last year. We expect more.\n"
    "Question: Is that enough to keep the jobs?\n"
    "Port Commissioner: We have 2,000 people on the docks today.\n"
    "Question: And next year?\n"
    "Port Commissioner: We think 2,400 will work there.\n"
)


def test_a_transcript_s_answers_are_the_official_s_the_introduction_names() -> None:
    got = [(c.speaker, c.claimant, c.speaker_found) for c in cands(_TRANSCRIPT)]
    figures = [c for c in cands(_TRANSCRIPT) if c.figures]
    assert {f.speaker for f in figures} == {"Ann Kerr"}
    assert [f.figures[0].figure.text for f in figures] == ["4%", "2,000 people", "2,400"]
    assert all(s == "Ann Kerr" for s, _, _ in got if s is not None)
    assert "interview answer: 'Port Commissioner' before the colon, named in the introduction" in {
        f for _, _, f in got
    }
    # no question is proposed
    assert not [c for c in cands(_TRANSCRIPT) if c.quote.startswith("Question")]


@pytest.mark.parametrize(
    "text",
    [
        # one "Question:" only: not a transcript
        "Port Commissioner: Traffic rose 4% last year.\nQuestion: Why?\n"
        "Port Commissioner: Because 2,000 people came.\n",
        # no role named in the introduction: the role stays as written
        "Port Commissioner: Traffic rose 4% last year.\nQuestion: Why?\n"
        "Port Commissioner: Because 2,000 people came.\nQuestion: And next year?\n"
        "Port Commissioner: We think 2,400.\n",
    ],
)
def test_a_transcript_without_its_holder_names_nobody_new(text) -> None:
    assert "Ann Kerr" not in {c.speaker for c in cands(text)}


@settings(max_examples=examples(200), deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(["the", "WHO", "Kestrel", "Motors'", "ministry's", "report",
                             "statement", "web", "site", "survey", "a", "new", "Ann", "Lee's"]),
            st.text(max_size=6),
        ),
        min_size=1,
        max_size=8,
    )
)  # fmt: skip
@example(words=["Motors'", "the", "report"])  # once found: an author ending in "the"
def test_a_document_s_author_is_words_of_the_phrase(words) -> None:
    from claimtrack.extract.phrases import _author

    phrase = " ".join(words)
    got = _author(phrase)
    if got is not None:
        bare = [w.removesuffix("'s").removesuffix("'") for w in phrase.split()]
        assert got.removeprefix("the ").split()[0] in bare
        assert got.split()[-1] not in ("report", "statement", "site", "survey")
