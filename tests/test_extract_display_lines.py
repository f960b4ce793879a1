"""Display lines at the top of a page (a deck's points, a photo caption) are lines of their
own, not hard-wrapped text of the lead: read into the lead, they gave it their speaker. A
caption the body says again is one candidate. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from claimtrack.extract import extract, unwrap

LEAD = (
    "The regional carrier has been ordered to pay $40m to passengers whose flights were "
    "cancelled without notice last winter."
)


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        # wire copy wrapped at one width: the next line fits it, the break is a space
        ("A storm killed 12 people across the coast as it swept\n"
         "inland and forced thousands from their homes, said\n"
         "officials.", True),
        # the next line a word longer than the line before: still wrapped copy
        ("Rescue teams searched through the night for the missing\n"
         "fishermen off the northern coast on Tuesday evening,", True),
        # a caption before the lead: the lead is far longer than the caption line
        ("The airline says it will appeal against the decision\n" + LEAD, False),
        # a deck line before the lead, ending on a lower-case word
        ("Passengers stranded for days as the regional carrier cancels every flight\n"
         + LEAD + " " + LEAD, False),
        # a deck's points: a bullet is a line of its own
        ("Three days of cancellations as the regional carrier runs out of spare crews\n"
         "- Union says 900 flights were lost, though the airline count is lower", False),
        ("Three days of cancellations as the regional carrier runs out of spare crews\n"
         "• Union says 900 flights were lost", False),
    ],
)  # fmt: skip
def test_a_display_line_is_not_wrapped_into_the_next(text: str, joined: bool) -> None:
    out = unwrap(text)
    assert len(out) == len(text)
    first_break = text.index("\n")
    assert (out[first_break] == " ") is joined


def _speakers(text: str) -> list[tuple[str | None, tuple[str, ...], str]]:
    return [(c.speaker, c.cues, c.quote[:19]) for c in extract(text)[1]]


LEAD_ = "The regional carrie"  # the lead: a figure, the outlet's (no speaker)


@pytest.mark.parametrize(
    ("caption", "body", "want"),
    [
        # the caption is said again in the body: one candidate, the caption listed elsewhere
        (
            "The airline says it will appeal the decision",
            "The airline said in a note to passengers that it planned to appeal the decision.",
            [("airline", ("speech verb",), "The airline said in"),
             (None, ("figure",), LEAD_)],
        ),
        # not said again: the caption is proposed last, marked as a heading
        (
            "The airline says it will appeal the decision",
            "Passengers' groups welcomed the ruling on Friday.",
            [(None, ("figure",), LEAD_),
             ("airline", ("speech verb", "heading"), "The airline says it")],
        ),
        # another speaker says the same words: not a repeat of the caption
        (
            "The airline says it will appeal the decision",
            "The union said the airline would appeal the decision.",
            [("union", ("speech verb",), "The union said the "),
             (None, ("figure",), LEAD_),
             ("airline", ("speech verb", "heading"), "The airline says it")],
        ),
    ],
)  # fmt: skip
def test_a_caption_before_the_lead_keeps_its_own_speaker(caption: str, body: str, want) -> None:
    text = f"Airline must pay passengers $40m\n{caption}\n{LEAD}\n\n{body}\n"
    got = _speakers(text)
    assert [(s, cues[:2], q) for s, cues, q in got] == want


def test_a_caption_said_again_is_listed_in_the_body_candidate() -> None:
    caption = "The airline says it will appeal the decision"
    body = "The airline said in a note to passengers that it planned to appeal the decision."
    text = f"Airline must pay passengers $40m\n{caption}\n{LEAD}\n\n{body}\n"
    _prep, cands = extract(text)
    said = [c for c in cands if c.speaker == "airline"]
    assert len(said) == 1
    assert said[0].elsewhere == (text.index(caption),)


HEADLINE = "Three days of cancellations as the regional carrier runs out of spare crews"


@pytest.mark.parametrize(
    ("text", "proposed"),
    [
        # a deck's points under a headline, before the lead: display text, proposed last and
        # marked when they name a speaker, else not at all
        (f"{HEADLINE}\n- Union says 900 flights were lost, though the airline count is lower\n"
         f"- Passengers wait for refunds\n{LEAD}\n",
         ["The regional carrie", "- Union says 900 fl (heading)"]),
        # the same points after the lead: a list in the body, proposed
        (f"{HEADLINE}\n{LEAD}\n- Union says 900 flights were lost\n",
         ["- Union says 900 fl", "The regional carrie"]),
        # under a label heading ("Key facts"), not a headline: body text
        ("Key facts\n\n- 55 flights cancelled on Monday\n\n- 12 crews stood down\n\nThe end.",
         ["- 55 flights cancel", "- 12 crews stood do"]),
    ],
)  # fmt: skip
def test_a_decks_points_under_the_headline_are_display_text(text: str, proposed) -> None:
    got = [q + (" (heading)" if "heading" in cues else "") for _, cues, q in _speakers(text)]
    assert got == proposed
