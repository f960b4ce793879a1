"""A name owned by a description closing a sentence (session 37, from the held-back set
175-180): "X, led by veteran leader Y, won 41%, the island republic's Election Board said" gave
the figure to X, unmarked, because "the island republic's Election Board" read as no subject of
its own (four words, a possessive) and the clause after X's description as an insert; and a
lower-case owner was kept in the name ("nation's Electoral Board"). Sentences of our own.
"""

from __future__ import annotations

import pytest

from claimtrack.extract import extract

_WON = "The Green Alliance, led by veteran leader Ana Ruiz, won 41.2% of the vote, "


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (_WON + "the island republic's Electoral Board said.", "Electoral Board"),
        (_WON + "the ex-colonial territory's Central Election Commission said on Monday.",
         "Central Election Commission"),
        (_WON + "the Independent National Electoral Commission said.",
         "Independent National Electoral Commission"),
        (_WON + "the Electoral Board said.", "Electoral Board"),
        ("Turnout was 61%, the nation's Electoral Board said.", "Electoral Board"),
        # a named owner is part of the name
        ("The party won 41.2% of the vote, Norland's Central Election Commission said.",
         "Norland's Central Election Commission"),
        # a lower-case head is no name: the owner stays with it
        ("Turnout was 61%, the country's election board said.", "country's election board"),
        # an insert that runs to the verb still has its subject before it
        ("The two drivers, both aged 19, were hurt in the crash, police said.", "police"),
    ],
)  # fmt: skip
def test_a_closing_speaker_owned_by_a_description(text: str, speaker: str) -> None:
    found = [c for c in extract(text)[1] if c.figures]
    assert found, text
    assert found[0].speaker == speaker, (found[0].speaker, found[0].speaker_found)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Smith agreed to pay $900 to settle the claims, reported the Harbour Gazette.",
         "Harbour Gazette"),
        ("Smith agreed to pay $900 to settle the claims, reported NBC.", "NBC"),
        ("Smith agreed to pay $900 to settle the claims, NBC reported.", "NBC"),
        ("Smith admitted taking $900 from the till, reported the Harbour Gazette on Monday.",
         "Harbour Gazette"),
        # the inverted frame inside a quotation is the quotation's
        ('"Smith agreed to pay $900, reported the Gazette," Ann Lee said.', "Ann Lee"),
    ],
)  # fmt: skip
def test_an_act_closed_by_an_inverted_frame_is_the_reporter_s_account(
    text: str, speaker: str
) -> None:
    """ "X agreed to pay $900, reported NBC": the figure is NBC's account of X's act (the
    frame ", NBC reported" was read; its inverted form was not, and X was proposed)."""
    found = [c for c in extract(text)[1] if c.figures]
    assert found, text
    assert found[0].speaker == speaker, (found[0].speaker, found[0].speaker_found)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The magnitude of the storm surge was meanwhile revised upward from 4.1 to 4.6 metres,"
         " the Harbour Weather Office said.", "Harbour Weather Office"),
        ("The toll was later revised to 212, the Harbour Police said.", "Harbour Police"),
        ("Both Harlow Mills and the council were found 50 percent responsible, the judge said.",
         "judge"),
        # the active voice keeps its subject
        ("The Harbour Police later revised the toll to 212.", "Harbour Police"),
    ],
)  # fmt: skip
def test_a_passive_s_subject_is_what_was_told(text: str, speaker: str) -> None:
    """ "The toll was later revised to 212, police said", "X were found 50 percent
    responsible": a passive with an adverb before its participle, or with a participle not in
    -ed, gave its subject (the toll, the magnitude, the parties found liable) as the speaker."""
    found = extract(text)[1]
    assert found, text
    assert found[0].speaker == speaker, (found[0].speaker, found[0].speaker_found)


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Toronto lawyer Ann Kerr said 40 people were hurt.", "Ann Kerr"),
        ("Gaza resident Sam Odu said 12 homes fell.", "Sam Odu"),
        ("ACLU lawyer Ann Kerr said 40 people were hurt.", "ACLU"),
        ("Justice Department attorney Ann Kerr said 40 firms paid.", "Justice Department"),
        ("Kestrel Motors spokesman Sam Odu said 12 plants closed.", "Kestrel Motors"),
    ],
)  # fmt: skip
def test_a_place_before_a_role_is_no_claimant(text: str, claimant: str) -> None:
    """ "Toronto lawyer Rocco Galati" gave the claimant "Toronto" (the organisation named beside
    the speaker): a capitalised word before a role a place takes ("resident", "man") is never
    an employer, and before a role of one's own account ("lawyer", "doctor") only a body's name
    or an acronym is."""
    found = [c for c in extract(text)[1] if c.figures]
    assert found, text
    assert found[0].claimant == claimant, (found[0].claimant, found[0].speaker_found)
