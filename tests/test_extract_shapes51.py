"""Subject shapes the speaker matrix (``bench/speaker_matrix.py``) found unread, each a general
rule (extract51); sentences of our own, with near misses that must keep their reading.

- names with lower-case particles ("Khalid bin Salman", "Pieter van der Berg") and the Arabic
  article glued by a hyphen ("Ahmed al-Masri", "Mona el-Sayed"): one table of particles
  (``lexicon.NAME_PARTICLES``) for every name pattern, so such a name is a name everywhere:
  not a description marked as a guess, not cut at its particle, not a participle ("Ahmed").
- a bare quotation after the press put a question to someone ("Reporters asked Ann Kerr how
  many people had died.") is the answer of the one asked, marked as a guess; a question a
  named person asks leaves the quotation as it was (it may go on with the asker's words).
- a title of capitalised words with its body, then a rank and a name ("Spokesperson of the
  Ministry of Defence Lieutenant Ann Kerr"): the rank opens the name, so the name with its
  rank speaks and the body is the claimant; without a rank such a title stays with the name,
  as before ("Minister of Land and Environment Ann Kerr").
- "a statement from X" after the clause it closes (", a statement from X said.", ", said a
  statement from X."): X sends it, as at the head of a sentence; a unit of a named body ("the
  media wing of Kestria's armed forces", "the press office of the Tarn Police") is named
  through that body, so it is no description to mark.
- a pronoun as the object of "according to" or the owner of a work ("According to her, ...",
  "Her figures showed ...", "Its statement said ..."): resolved as the subject pronoun is, so
  two people it may stand for make it a guess.
- "according to the spokesman of BODY, NAME, ...": the name speaks, and the body its role
  names is the claimant, as in "NAME, a spokesman for BODY, said".
"""

from __future__ import annotations

import pytest

from claimtrack.extract import extract


def _speakers(text: str) -> list[tuple[str | None, bool]]:
    _, cands = extract(text)
    return [(c.speaker, "guess:" in (c.speaker_found or "")) for c in cands]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a glued article: a name, not a description
        ("Ahmed al-Masri said 40 people died in the flood.", [("Ahmed al-Masri", False)]),
        ("Mona el-Sayed told reporters that 40 people died.", [("Mona el-Sayed", False)]),
        # "Ahmed" ends in "-ed" but opens a name, no participle's clause
        ("At least 40 people died in the flood, Ahmed al-Masri said.", [("Ahmed al-Masri", False)]),
        ("At least 40 people died, Ahmed Kerr said.", [("Ahmed Kerr", False)]),
        # near misses: a participle's clause after the subject still is one
        ("At least 40 people died, police, alarmed by the toll, said.", [("police", True)]),
        ("The army, worried about the toll, said 40 soldiers were missing.", [("army", True)]),
        # a particle inside the name: the source is not cut at it
        ("According to Khalid bin Salman at least 40 people died.", [("Khalid bin Salman", False)]),
        ("According to Pieter van der Berg, 40 people died.", [("Pieter van der Berg", False)]),
        # near miss: a source that runs on into its clause is still cut before it
        ("According to Ann Kerr 40 homes were lost.", [("Ann Kerr", False)]),
        # a name with a particle before the body it is of
        (
            "Mona el-Sayed of the Tarn Red Crescent said 40 people died.",
            [("Mona el-Sayed", False)],
        ),
        (
            '"At least 40 people died," said the agency\'s spokesman, Khalid bin Salman.',
            [("Khalid bin Salman", False)],
        ),
        # a body's name with a glued article stays whole
        ("Al-Shabaab said it killed 40 soldiers.", [("Al-Shabaab", False)]),
    ],
)
def test_names_with_particles(text: str, want: list) -> None:
    assert _speakers(text) == want


def _claims(text: str) -> list[tuple[str | None, bool, str | None]]:
    _, cands = extract(text)
    return [(c.speaker, "guess:" in (c.speaker_found or ""), c.claimant) for c in cands]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            'Reporters asked Ann Kerr how many people had died. "At least 40 people are dead."',
            [("Ann Kerr", True, "Ann Kerr")],
        ),
        (
            "Journalists pressed the Tarn Ministry of Health about the toll. "
            '"At least 40 people are dead."',
            [("Tarn Ministry of Health", True, "Tarn Ministry of Health")],
        ),
        (  # the name among its descriptions; the body its role speaks for is the claimant
            "Reporters asked the spokesman of the Tarn Ministry of Health, Tomas Brandt, how "
            'many had died. "At least 40 people are dead."',
            [("Tomas Brandt", True, "Tarn Ministry of Health")],
        ),
        (
            "Reporters asked Ann Kerr, 64, a farmer from Tarnside, how many had died. "
            '"At least 40 people are dead."',
            [("Ann Kerr", True, "Ann Kerr")],
        ),
        # near misses: no one asked, a pronoun asked, or a named asker
        (
            'Reporters asked how many had died. "At least 40 people are dead."',
            [(None, False, None)],
        ),
        (
            'Reporters asked her how many had died. "At least 40 people are dead."',
            [(None, False, None)],
        ),
        (
            'Ann Kerr asked the minister why aid was late. "We have waited for 40 days."',
            [("Ann Kerr", True, "Ann Kerr")],
        ),
        # a quotation with its own speaker keeps it
        (
            'Reporters asked Ann Kerr how many had died. "At least 40," said Tomas Brandt.',
            [("Tomas Brandt", False, "Tomas Brandt")],
        ),
    ],
)
def test_a_question_put_by_the_press_answered_next(text: str, want: list) -> None:
    assert _claims(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Spokesperson of the Ministry of Defence Lieutenant Tomas Brandt said 40 soldiers "
            "died.",
            [("Lieutenant Tomas Brandt", False, "Ministry of Defence")],
        ),
        (
            "At least 40 soldiers died, Spokesperson of the Ministry of Defence Lieutenant Tomas "
            "Brandt said.",
            [("Lieutenant Tomas Brandt", False, "Ministry of Defence")],
        ),
        (
            "Chief of the Public Relations Division of the Tarn Police Inspector General Tomas "
            "Brandt said 40 people were hurt.",
            [
                (
                    "Inspector General Tomas Brandt",
                    False,
                    "Public Relations Division of the Tarn Police",
                )
            ],
        ),
        # near misses: no rank, the title stays with the name; a rank after a lower-case
        # noun's "of" is still the object of a preposition
        (
            "Minister of Land and Environment Ann Kerr said 40 homes were lost.",
            [
                (
                    "Minister of Land and Environment Ann Kerr",
                    False,
                    "Minister of Land and Environment Ann Kerr",
                )
            ],
        ),
        (
            "The damages were cut after U.S. District Court Judge Ann Kerr ruled the jury had "
            "erred in 40 cases.",
            [("Ann Kerr", False, "Ann Kerr")],
        ),
    ],
)
def test_a_capitalised_title_with_its_body_before_a_rank(text: str, want: list) -> None:
    assert _claims(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "At least 40 militants were killed, a statement from the media wing of Kestria's "
            "armed forces said.",
            [("media wing of Kestria's armed forces", False)],
        ),
        (
            "At least 40 militants were killed, said a statement from the media wing of "
            "Kestria's armed forces.",
            [("media wing of Kestria's armed forces", False)],
        ),
        (  # a day after the verb closing the sentence
            "At least 40 militants were killed, a statement from the media wing of Kestria's "
            "armed forces said on Tuesday.",
            [("media wing of Kestria's armed forces", False)],
        ),
        (
            "A statement from the media wing of Kestria's armed forces said 40 militants were "
            "killed.",
            [("media wing of Kestria's armed forces", False)],
        ),
        (
            "The press office of the Tarn Police said 40 people were arrested.",
            [("press office of the Tarn Police", False)],
        ),
        # near misses: a unit of a body no name gives stays a guess; a statement with no
        # sender is no speaker to trust
        (
            "The media wing of the army said 40 militants were killed.",
            [("media wing of the army", True)],
        ),
        ("At least 40 militants were killed, said a statement from the army.", [("army", True)]),
        ("At least 40 militants were killed, a statement said.", [("statement", True)]),
    ],
)
def test_a_statement_from_a_unit_of_a_named_body(text: str, want: list) -> None:
    assert _speakers(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ann Kerr visited the camp on Monday. According to her, at least 40 people died.",
            [("Ann Kerr", False)],
        ),
        (
            "Ann Kerr visited the camp on Monday. Her figures showed at least 40 people died.",
            [("Ann Kerr", False)],
        ),
        (
            "The Tarn Ministry of Health said the camp was full. Its statement said 40 people "
            "died.",
            [("Tarn Ministry of Health", False), ("Tarn Ministry of Health", False)],
        ),
        # near misses: two women before "her": a guess; nobody before: nobody
        (
            "Ann Kerr and Maria Lopez visited the camp on Monday. According to her, at least 40 "
            "people died.",
            [("Ann Kerr", True)],
        ),
        ("Its figures showed at least 40 people died.", [(None, False)]),
        # a possessive before a noun that is no work keeps its reading
        (
            "Ann Kerr visited the camp on Monday. Her brother said 40 people died.",
            [("Her brother", True)],
        ),
    ],
)
def test_a_pronoun_as_source_or_owner(text: str, want: list) -> None:
    assert _speakers(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "According to the spokesman of the Tarn Ministry of Health, Tomas Brandt, at least "
            "40 people died.",
            [("Tomas Brandt", False, "Tarn Ministry of Health")],
        ),
        # near misses: a role with no body by name, and an office that is no body's name
        (
            "According to the head of the agency, Ann Kerr, 40 homes burned.",
            [("Ann Kerr", False, "Ann Kerr")],
        ),
        (
            "According to the mayor's office, Tarn Council, at least 40 people died.",
            [("Tarn Council", False, "Tarn Council")],
        ),
    ],
)
def test_according_to_a_role_then_its_name(text: str, want: list) -> None:
    assert _claims(text) == want
