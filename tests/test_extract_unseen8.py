"""Issue 25, the rules of the eighth round, each drawn from misses of two labelled sets or
more and kept only where it does not lower any set: an act told with "announced", and an
unnamed speaker named later. Every sentence is written for these tests, with cases where the
rule must not fire."""

from __future__ import annotations

import pytest

from claimtrack.extract import extract


def rows(text: str) -> list[tuple[str | None, str, str]]:
    """(speaker, first figure or '', how the speaker was found) of every candidate."""
    out = []
    for c in extract(text)[1]:
        fig = c.figures[0].figure.text if c.figures else ""
        out.append((c.speaker, fig, c.speaker_found))
    return out


# 1. "announced" with a thing done as its object, no figure in it: an act, nobody's words
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the act: the figure of the clause before is the outlet's
        ("When the port sent notices to 300 dockers, the union announced a strike.", None),
        ("After 40 sailings were cancelled, the ferry operator announced a new timetable.", None),
        ("With 12 ships idle, Harbour Lines has announced plans for a second terminal, "
         "but gave no date.", None),
        # a figure in the object: what was announced is the announcer's
        ("The council announced plans for 300 new homes.", "council"),
        ("The army announced the deaths of twelve soldiers.", "army"),
        # a comma that goes on with what was announced: still in it
        ("Kestrel Motors announced its results on Tuesday, with a margin of 12%.",
         "Kestrel Motors"),
        # a clause after the object reports something: speech
        ("Harbour officials announced the toll had risen to 40.", "Harbour officials"),
        ("The ministry announced on Monday that 40 people had died.", "ministry"),
        ("The ministry announced: 40 people have died.", "ministry"),
    ],
)  # fmt: skip
def test_an_act_told_with_announced_is_narration(text: str, speaker: str | None) -> None:
    got = rows(text)
    assert next(r for r in got if r[1])[0] == speaker, got


def test_an_announced_act_without_a_figure_is_not_proposed() -> None:
    assert rows("The election board announced the results of the vote late on Sunday.") == []


# 2. an unnamed speaker named later: the first named speaker after it sharing its own word
ROLE_THEN_NAME = (
    "Up to 12 boats sank in the storm, a senior port official said.\n\n"
    "Rescue crews searched the bay overnight.\n\n"
    "Captain Ann Kerr, head of port security, said the search would go on."
)


@pytest.mark.parametrize(
    ("text", "speaker", "why"),
    [
        # a role, then a person whose description shares its word ("port")
        (ROLE_THEN_NAME, "Captain Ann Kerr",
         "'senior port official' is Captain Ann Kerr, named later with the word 'port'"),
        # a body, then the body by name
        ("The company dismissed union claims that 400 jobs will go.\n\n"
         "The Dockers Union said on Friday that the cuts were real.", "Dockers Union",
         "'union' is Dockers Union, named later with the word 'union'"),
    ],
)  # fmt: skip
def test_an_unnamed_speaker_is_linked_to_the_one_named_later(
    text: str, speaker: str, why: str
) -> None:
    first = next(r for r in rows(text) if r[1])
    assert first[0] == speaker
    assert first[2].endswith(f"guess: {why}")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the later person shares no word of the role: a pilot is no port official
        ("Up to 12 boats sank in the storm, a senior port official said.\n\n"
         "Ann Kerr, a harbour pilot, said the search would go on.", "senior port official"),
        # a body is not the person who heads it
        ("The port agency said 12 boats sank.\n\n"
         "Ann Kerr, who heads the port agency, said the search would go on.", "port agency"),
        # a group is not one of its members
        ("Striking dockers said 300 of them had been locked out.\n\n"
         "Tom Reed, a docker for 20 years, said the talks had failed.", "Striking dockers"),
        # only a role word in common ("official"): it names no one
        ("Up to 12 boats sank, an official said.\n\n"
         "Ann Kerr, a senior official, said the search would go on.", "official"),
        # named before, not after: the link is to a later naming only
        ("Ann Kerr, head of port security, said the search had begun.\n\n"
         "Up to 12 boats sank in the storm, a senior port official said.", "senior port official"),
    ],
)  # fmt: skip
def test_an_unnamed_speaker_is_not_linked_without_its_own_word(text: str, speaker: str) -> None:
    got = [r for r in rows(text) if r[1]]
    assert got[0][0] == speaker, got
    assert "named later" not in got[0][2]


def test_who_announced_an_act_is_what_a_later_description_stands_for() -> None:
    text = (
        "Hobb Labs announced the closure on Monday.\n\nThe century-old firm said 80 staff would go."
    )
    assert rows(text) == [
        ("Hobb Labs", "80 staff",
         "'century-old firm', a description: 'the firm': the last named body that spoke"),
    ]  # fmt: skip


# 3. a clause the outlet adds after what was said: its figures are the outlet's
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # background with a subject and a verb of its own, after the speaker's figure
        ("The minister said on Friday the toll had risen to 240, after a storm swept the "
         "coast and triggered floods that have killed hundreds of people.",
         [("minister", "240"), (None, "hundreds of people")]),
        # evidence the outlet saw, in a "but" clause
        ("Mayor Ann Kerr said turnout had been the lowest on record, but pictures showed "
         "thousands marching.", [("Mayor Ann Kerr", ""), (None, "thousands marching")]),
        # a pronoun subject may be the speaker's: kept
        ("Police said 40 people died, after they found 12 more bodies in the river.",
         [("Police", "40 people"), ("Police", "12")]),
        # an argument ("although", "since") goes on with the speaker's words
        ("The operator said the bus carried 60 passengers, although only 40 had tickets.",
         [("operator", "60 passengers"), ("operator", "only 40")]),
        # a "but" clause that is not evidence goes on with the speaker's words
        ("The minister said 40 people died, but the toll could rise to 60.",
         [("minister", "40 people"), ("minister", "60")]),
        # a second speaker in the clause: the figure is theirs
        ("The union said 900 marched, but police said 300 attended.",
         [("union", "900"), ("police", "300")]),
    ],
)  # fmt: skip
def test_a_clause_of_the_outlets_after_what_was_said(text: str, want) -> None:
    got = [(s, f) for s, f, _ in rows(text)]
    assert [g for g in got if g[1] or g[0] not in {w[0] for w in want if w[1]}] == want, got


# 4. a title with "of" and a name: the name is the speaker's, the country its claimant
@pytest.mark.parametrize(
    ("text", "speaker", "claimant"),
    [
        ("Kenya's Minister of Health Ann Kerr said 40 people died.",
         "Kenya's Minister of Health Ann Kerr", "Kenya"),
        ("Minister of Land and Environment Ann Kerr said 40 people died.",
         "Minister of Land and Environment Ann Kerr", "Minister of Land and Environment Ann Kerr"),
        # a body's own name after "of": the body is the claimant
        ("Governor Ann Kerr of the Central Bank said prices would rise 2%.",
         "Governor Ann Kerr", "Central Bank"),
        ("A spokesman for the Harbour Board said 40 people died.",
         "spokesman for the Harbour Board", "Harbour Board"),
        ("Ann Kerr, head of the Central Bank, said prices would rise 2%.",
         "Ann Kerr", "Central Bank"),
    ],
)  # fmt: skip
def test_a_title_with_of_and_a_name(text: str, speaker: str, claimant: str) -> None:
    c = extract(text)[1][0]
    assert (c.speaker, c.claimant) == (speaker, claimant)


# 5. the present forms after a plural subject, as "claim" and "insist" already are
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Critics accuse the company of hiding 300 job losses.", "Critics"),
        ("Officials confirm that 12 people died.", "Officials"),
        ("Both sides acknowledge that 40 homes were lost.", "Both sides"),
        ("Residents concede that 20 houses were empty.", "Residents"),
        # an infinitive: nothing confirmed yet
        ("The ministry is expected to confirm that 12 people died.", None),
        ("The police have yet to confirm 12 deaths, the mayor said.", "mayor"),
    ],
)
def test_present_forms_after_a_plural_subject(text: str, speaker: str | None) -> None:
    assert rows(text)[0][0] == speaker


# 6. "officials": the last official body that spoke (a sheriff and a navy are ones), in a
# second clause too
@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Harbour County Sheriff Ann Kerr said 12 boats sank.\n\n"
         "The number of damaged homes rose to 400, officials said.",
         "Harbour County Sheriff Ann Kerr"),
        ("The navy said it sank 12 rebel boats.\n\n"
         "A rebel website said two navy ships were hit, but officials laughed off the claim.",
         "navy"),
        # a harbour pilot is no official body: officials of no body the article names
        ("Ann Kerr, a harbour pilot, said 12 boats sank.\n\n"
         "The number of damaged homes rose to 400, officials said.", "officials"),
    ],
)  # fmt: skip
def test_officials_are_of_the_last_official_body_that_spoke(text: str, claimant: str) -> None:
    officials = [c for c in extract(text)[1] if c.speaker == "officials"]
    assert [c.claimant for c in officials] == [claimant]
    assert "guess:" in officials[0].speaker_found


# 7. a statement issued: its issuer speaks ("X issued a statement saying", "put out")
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Harbour Party issued a statement saying that 300 ballot boxes were missing.",
         "Harbour Party"),
        ("The union issued a statement on Monday saying 300 jobs would go.", "union"),
        ("Kestrel Motors put out a statement saying 40 staff would be laid off.",
         "Kestrel Motors"),
        ("The army issued a communique saying 40 rebels were killed.", "army"),
    ],
)  # fmt: skip
def test_the_issuer_of_a_statement_speaks(text: str, speaker: str) -> None:
    assert rows(text)[0][0] == speaker


# 8. a report not made, told by the outlet: a stance of the outlet's
@pytest.mark.parametrize(
    ("text", "proposed"),
    [
        ("The army did not report any casualties that day.", True),
        ("But his opponent has not conceded defeat.", True),
        ("The regional government did not immediately give a new toll on Sunday.", True),
        ("She could not confirm how many were detained.", True),
        # a refusal asserts nothing (as "declined to say" does)
        ("The ministry would not confirm the figure.", False),
        # no report withheld: nothing proposed
        ("The army did not enter the town that day.", False),
        ("The storm has not reached the coast.", False),
        # inside a quotation with a speaker: the speaker's words, as before
        ('"We did not report it," Ann Kerr said.', True),
    ],
)
def test_a_report_not_made_is_the_outlets_stance(text: str, proposed: bool) -> None:
    cands = extract(text)[1]
    assert bool(cands) is proposed
    if proposed and "Ann Kerr" not in text:
        assert [(c.cue, c.speaker) for c in cands] == [("withheld", None)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A police spokeswoman said 40 people were arrested.\n\n"
         "She could not confirm how many were detained.", "police spokeswoman"),
        ("The Harbour Board said 12 boats sank.\n\nIt did not report any injuries.",
         "Harbour Board"),
    ],
)  # fmt: skip
def test_a_report_not_made_by_a_pronoun_is_its_antecedents_as_a_guess(text, speaker) -> None:
    last = extract(text)[1][-1]
    assert (last.cue, last.speaker) == ("withheld", speaker)
    assert "guess:" in last.speaker_found
