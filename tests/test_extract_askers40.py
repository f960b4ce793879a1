"""Issue 25, session 40: two confident wrong speakers of the thirty-third held-back set, as
general rules (every text here is written for these tests; none is copied from an article).

* A bracket just before the verb says more of the name before it (a ticker, an acronym, a
  party and state): "Harbour Air Holdings (NYSE:HAH) announced" is the company, never "HAH)"
  (the colon inside the bracket cut the subject there).
* An interview's introduction that presents a person as an outlet's ("the BBC's Tom Rowe",
  "CNN's Jake Rowe") presents the one who asks: never the interviewee. "Ann Kerr's interview
  with Tom Rowe" does not say whose interview it is: no sure interviewee from it."""

from __future__ import annotations

import pytest

from conftest import extract_rows


def _speakers(text: str) -> list[str | None]:
    return [who for who, _, fig, _ in extract_rows(text) if fig]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Harbour Air Holdings (NYSE:HAH) announced it will furlough 685 staff.",
            "Harbour Air Holdings",
        ),
        (
            "Harbour Air Holdings (NYSE: HAH) said it will furlough 685 staff.",
            "Harbour Air Holdings",
        ),
        ("Kestrel Motors (LSE:KSM) said 1,200 jobs would go.", "Kestrel Motors"),
        ("The Harbour Health Agency (HHA) said 41 people fell ill.", "Harbour Health Agency"),
        ("Senator Ann Kerr (D-Ohio) said the cuts would cost 1,200 jobs.", "Senator Ann Kerr"),
        # no bracket: as before
        ("Harbour Air Holdings announced it will furlough 685 staff.", "Harbour Air Holdings"),
    ],
)
def test_a_bracket_before_the_verb_belongs_to_the_name(sentence: str, speaker: str) -> None:
    assert _speakers(sentence) == [speaker]


_QA = (
    "\n\nQ: How many nurses have you hired?\n\nA: We hired 4,000 nurses last year.\n\n"
    "Q: And doctors?\n\nA: Fewer, I am afraid.\n"
)


@pytest.mark.parametrize(
    ("intro", "interviewee"),
    [
        # the outlet's person asks; the other answers
        (
            "Ann Kerr's election interview with Tom Rowe\n\nAnn Kerr spoke to the BBC's Tom Rowe.",
            "Ann Kerr",
        ),
        ("Ann Kerr spoke to CNN's political editor Tom Rowe on Sunday.", "Ann Kerr"),
        (
            "Tom Rowe of the BBC sat down with the minister. Ann Kerr spoke to the BBC's Tom Rowe.",
            "Ann Kerr",
        ),
        # an outlet's interview with a person is that person's
        (
            "The BBC's interview with Ann Kerr, the health minister, was broadcast on Sunday.",
            "Ann Kerr",
        ),
        ("Sky News's interview with Ann Kerr was broadcast on Sunday.", "Ann Kerr"),
        # a person's interview with another: whose is not said, so no sure interviewee
        (
            "Ann Kerr's interview with Tom Rowe\n\nThe minister answered questions for an hour.",
            None,
        ),
    ],
)
def test_the_outlets_person_is_not_the_interviewee(intro: str, interviewee: str | None) -> None:
    assert _speakers(intro + _QA) == [interviewee]
