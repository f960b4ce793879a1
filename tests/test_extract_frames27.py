"""Two rules of English reporting (extract27, issue 25), with sentences of our own, both ways:

* a sentence that closes on its own frame (", X said", ", X reported", ", according to X") is
  X's account when its first verb tells where its subject stands or what it owned up to
  ("The driver admitted ..., the inspector said"): the subject's stance is what is told. A
  first verb of saying ("Police said ..., the Gazette reported") relays its subject's words,
  who stays the speaker;
* a verb whose object is a thing done, not words ("agreed to a delay", "admitted stealing",
  "added back $2 million"), tells an act: its subject is at most a guess. Words said after the
  same verbs ("admitted that ...", "agreed most of the ... were", "added, '...'") keep their
  speaker unmarked.
"""

from __future__ import annotations

import itertools

import pytest

from claimtrack.extract import extract


def _candidate(text: str, figure: str = "4") -> tuple[str | None, str]:
    for c in extract(text)[1]:
        if any(figure in f.figure.text for f in c.figures):
            return c.speaker, c.speaker_found
    raise AssertionError(f"no candidate with {figure!r}: {text}")


SUBJECTS = ["The former treasurer", "Mr Orlov", "The company"]
STANCES = [
    "also admitted to taking $4,200 from the club's account",
    "acknowledged that $4,200 had gone missing from the club's account",
    "rejected a claim that $4,200 had gone missing from the club's account",
]
CLOSINGS = [
    (", the Harlow Gazette reported.", "Harlow Gazette"),
    (", Inspector Dana Whitlow said.", "Dana Whitlow"),
    (", according to Harlow Police.", "Harlow Police"),
]


@pytest.mark.parametrize(
    ("subject", "stance", "closing"), list(itertools.product(SUBJECTS, STANCES, CLOSINGS))
)
def test_a_closing_frame_tells_the_stance_of_the_first_subject(
    subject: str, stance: str, closing: tuple[str, str]
) -> None:
    frame, teller = closing
    speaker, found = _candidate(f"{subject} {stance}{frame}", "$4,200")
    assert speaker is not None and teller in speaker, (speaker, found)
    assert "closing the sentence" in found and "guess:" not in found, found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a verb of saying relays its subject's words: the closing frame is the relay
        ("Prosecutors said he wrote 74 cheques to himself, the Harlow Gazette reported.",
         "Prosecutors"),
        ("The agency said 40 homes were flooded, Inspector Dana Whitlow said.", "agency"),
        # no closing frame: the subject stays
        ("Mr Orlov admitted that $4,200 had gone missing from the account.", "Mr Orlov"),
    ],
)  # fmt: skip
def test_a_relayed_saying_or_an_open_sentence_keeps_its_subject(text: str, speaker: str) -> None:
    got, found = _candidate(text, "4")
    assert got is not None and speaker in got, (got, found)


PREFIX = "The Harlow City Council met on Tuesday. "


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The council also agreed to a two-month pause in cutting 25 posts at a cost of $90,000.",
         "$90,000"),
        ("The council agreed its budget of $48 million for the coming year.", "$48 million"),
        ("The council added back about $2.3 million in cuts proposed by the treasurer.",
         "$2.3 million"),
        ("The council added a $700,000 cut to the parks fund and took $1 million from reserves.",
         "$700,000"),
        ("As part of a plea deal, Mr Orlov admitted stealing $4,200 from the club.", "$4,200"),
        ("Harlow Metals Ltd admitted three charges of breaking safety rules at its 40-acre site.", "40"),
    ],
)  # fmt: skip
def test_an_act_told_with_a_speech_verb_proposes_nobody(text: str, figure: str) -> None:
    # extract33: the guess was wrong on all 11 labelled claims of the 32 sets (each the
    # outlet's narration), so nobody is proposed, and speaker_found says what was found
    speaker, found = _candidate(PREFIX + text, figure)
    assert speaker is None, (speaker, found)
    assert found.startswith("none: ") and "tells an act, not words: the outlet's account" in found


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Mayor Ana Ruiz agreed most of the 300 job losses were avoidable.", "300"),
        ('Mayor Ana Ruiz added, "We cut 40 posts and that was enough."', "40"),
        ("Mayor Ana Ruiz admitted that 40 posts had been cut.", "40"),
        ("About 40 posts went in the first round, Mayor Ana Ruiz added in a statement.", "40"),
        ("Mayor Ana Ruiz added the 40 posts cut in May would not come back.", "40"),
        # words said to a hearer after "to" (extract33: an act told proposes nobody now)
        ("Mayor Ana Ruiz admitted to reporters that 40 posts had been cut.", "40"),
        ("Mayor Ana Ruiz admitted to the Harlow Gazette that 40 posts had been cut.", "40"),
        ("Mayor Ana Ruiz admitted to the council's audit committee that 40 posts had gone.",
         "40"),
    ],
)  # fmt: skip
def test_words_said_after_the_same_verbs_keep_their_speaker(text: str, figure: str) -> None:
    speaker, found = _candidate(PREFIX + text, figure)
    assert speaker is not None and "Ana Ruiz" in speaker, (speaker, found)
    assert "guess:" not in found, found
