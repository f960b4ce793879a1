"""review23: a press-briefing story logged end to end (a military airlift briefed by two
officials on two days: two transcripts, one with time-stamped turn labels and one with titles
and names in capitals, and four reports). What it found, each a general rule (sentences
written for these tests):

- a transcript's turn labels with a time stamp ("Ann Kerr: (00:26)") were not read when one
  person spoke (a transcript needed two names each opening two paragraphs): every answer went
  to the outlet; a label with a time stamp is a transcript's on its own, and a title before a
  name of two words or more is left out of the speaker ("General Ann Kerr: (00:26)" -> Ann Kerr);
- labels of a title and a name in capitals ("PRESS SECRETARY TOM REED:", "MAJOR GENERAL ANN
  KERR:"), each opening one paragraph, were not read (a label in capitals had to open two, a
  guard against datelines); two of them, of two people, make a briefing's transcript;
- "somewhere near 12,000" was read as exactly 12,000 and "near 12,000" refused: "near" is a
  hedge of the parser of `add` (around the amount, as "nearer" was);
- the speaker stored on earlier pages (the official, under the body as claimant) was not among
  the names offered by number: typed again on every page; the subject's speakers now follow
  its claimants;
- "..., he said" after a sentence whose speaker the user corrected came back with the
  speaker extract read there: a candidate whose speaker extract took from the sentence
  before starts with what was answered there, said on its card.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from claimtrack.extract import extract
from claimtrack.quantities import parse_figure
from test_review import _env, _pty_session
from test_review18 import _rows


def _turns(text: str) -> list[tuple[str | None, str, str | None]]:
    return [
        (c.speaker, c.quote, c.figures[0].figure.text if c.figures else None)
        for c in extract(text)[1]
    ]


STAMPED = (
    "Valley Fire Briefing\n\n"
    "Read the transcript of the briefing below.\n\n"
    "{label} (00:00)\n"
    "Good morning. Crews held the fire overnight. It has burned about 1,400 acres.\n\n"
    "{label} (00:41)\n"
    "We moved 2,000 residents out of the valley.\n"
)


@pytest.mark.parametrize(
    ("label", "speaker"),
    [
        ("Ann Kerr:", "Ann Kerr"),
        ("General Ann Kerr:", "Ann Kerr"),  # a title before the name is left out
        ("Fire Chief Ann Kerr:", "Ann Kerr"),
        ("Secretary Kerr:", "Secretary Kerr"),  # a title before one word is the name
    ],
)
def test_a_time_stamped_label_opens_a_turn(label: str, speaker: str) -> None:
    text = STAMPED.format(label=label)
    assert (speaker, "It has burned about 1,400 acres.", "about 1,400 acres") in _turns(text)
    assert (speaker, "We moved 2,000 residents out of the valley.", "2,000 residents") in (
        _turns(text)
    )
    # the label and its stamp are the layout's: never in a quote, "00:41" never a figure
    assert not any("(00:" in q or "Kerr:" in q for _, q, _ in _turns(text))
    assert not any(f and f.startswith("00") for _, _, f in _turns(text))


def test_the_stamp_before_the_colon_is_a_stamp_too() -> None:
    text = STAMPED.replace("{label} (00:00)", "Ann Kerr (00:00):").replace(
        "{label} (00:41)", "Ann Kerr (00:41):"
    )
    assert ("Ann Kerr", "We moved 2,000 residents out of the valley.", "2,000 residents") in (
        _turns(text)
    )


def test_a_reporters_question_is_not_proposed() -> None:
    text = (
        "Ann Kerr: (00:00)\nThe fire has destroyed 37 homes.\n\n"
        "Reporter: (01:05)\nHow many of the 37 homes were insured?\n\n"
        "Ann Kerr: (01:10)\nAbout 20 of them, we think.\n"
    )
    found = _turns(text)
    assert ("Ann Kerr", "The fire has destroyed 37 homes.", "37 homes") in found
    assert ("Ann Kerr", "About 20 of them, we think.", "About 20 of them") in found
    assert not any("insured" in q for _, q, _ in found), found


CAPS = (
    "Press Briefing on the Valley Fire\n\n"
    "PRESS SECRETARY TOM REED: Good afternoon. I will hand over to the chief, and then we will "
    "take your questions.\n\n"
    "FIRE CHIEF ANN KERR: Thank you. Crews held the fire overnight.\n\n"
    "The fire has burned about 1,400 acres. We moved 2,000 residents out of the valley.\n"
)


@pytest.mark.parametrize(
    ("quote", "speaker"),
    [
        ("The fire has burned about 1,400 acres.", "Ann Kerr"),  # a turn of two paragraphs
        ("We moved 2,000 residents out of the valley.", "Ann Kerr"),
    ],
)
def test_titled_labels_in_capitals_of_two_officials(quote: str, speaker: str) -> None:
    found = {q: s for s, q, _ in _turns(CAPS)}
    assert found[quote] == speaker, found
    assert not any("KERR" in q or "Kerr:" in q for q in found)


@pytest.mark.parametrize(
    "text",
    [
        # one titled label in capitals: a dateline's place, or one official, is no transcript
        "WASHINGTON: The fire has burned about 1,400 acres, officials said.\n\n"
        "The city said 2,000 residents had left.\n",
        "FIRE CHIEF ANN KERR: The fire has burned about 1,400 acres.\n\n"
        "The city said 2,000 residents had left.\n",
        # a time on its own is no stamp of a label: "Update (10:30): ..."
        "Update: (10:30) The city said 2,000 residents had left.\n",
    ],
)
def test_no_briefing_without_its_labels(text: str) -> None:
    assert not any(s in ("Ann Kerr", "Update", "Washington") for s, _, _ in _turns(text))


@pytest.mark.parametrize(
    ("text", "low", "high", "hedge"),
    [
        ("near 12,000", 10800, 13200, "around"),
        ("somewhere near 12,000", 10800, 13200, "around"),
        ("near 12,000 people", 10800, 13200, "around"),
        ("nearly 12,000", 10800, 12000, "nearly"),  # unchanged: "nearly" is under it
        ("12,000", 12000, 12000, None),
    ],
)
def test_near_is_a_hedge(text: str, low: int, high: int, hedge: str | None) -> None:
    fig = parse_figure(text)
    assert (fig.low, fig.high, fig.hedge) == (low, high, hedge)


def test_extract_keeps_the_hedge_near() -> None:
    text = "The cumulative number of people moved out is somewhere near 12,000, she said.\n"
    (cand,) = [c for c in extract(text)[1] if c.figures]
    assert cand.figures[0].figure.text == "somewhere near 12,000"


def _review(ct, path: Path, text: str, answers: str, subject: str = "fire"):
    """``text`` written to ``path`` and reviewed with ``answers`` typed; the exit checked."""
    path.write_text(text, encoding="utf-8")
    result = ct("extract", str(path), "--subject", subject, "--outlet", "N", "--review",
                input=answers)  # fmt: skip
    assert result.exit_code == 0, result.output
    return result


def test_the_subjects_speakers_are_offered_by_number(ct, tmp_path: Path, empty_db: Path) -> None:
    ok = ct("add", "fire", "--claimant", "Fire Service", "--speaker", "Ann Kerr", "--quote",
            "We moved 2,000 residents out", "--figure", "2,000 residents",
            "--measure", "moved-out")  # fmt: skip
    assert ok.exit_code == 0, ok.output
    # p, 2: the subject's speaker, listed after its claimant; c, 1: the body
    result = _review(ct, tmp_path / "a.txt", "The fire chief said 37 homes were destroyed.\n",
                     "p\n2\nc\n1\nk\nf\n\nhomes\n\ny\n")  # fmt: skip
    assert "1. Fire Service  2. Ann Kerr" in result.output
    assert "The speaker 'Ann Kerr' was given for" in result.output  # typed, not read
    row = _rows(empty_db)[-1]
    assert (row["claimant"], row["speaker"], row["value"]) == ("Fire Service", "Ann Kerr",
                                                               "37 homes")  # fmt: skip


def test_a_correction_carries_to_he_said(ct, tmp_path: Path, empty_db: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Chief Ann Kerr, who has led the crews through the valley fire, said 12 homes burned "
        "overnight. The crews saved 40 more homes, she said.\n",
        encoding="utf-8",
    )
    # extract reads "she" as the speaker of the sentence before
    second = extract(article.read_text(encoding="utf-8"))[1][1]
    assert second.speaker_found.startswith("pronoun: previous sentence's speaker")
    # the first sentence's claim given to the fire service, spoken by Ann Kerr (the title
    # left out); the next card starts with both, and says so
    # "40" (no unit) on "homes", whose figures are in homes: typed, not taken on Enter; "40
    # more" is added to another amount: l, a level of its own (review26)
    steps = "c\nFire Service\ny\nc\nAnn Kerr\nf\n\nhomes\n\ny\n\nf\n\nhomes\nl\ny\n"
    result = _review(ct, article, article.read_text(encoding="utf-8"), steps)
    assert "speaker: Ann Kerr (as you answered for the sentence before)" in result.output
    assert "As you answered for the sentence before: claimant Fire Service · speaker Ann " \
        "Kerr; c, p and t change them here." in " ".join(result.output.split())  # fmt: skip
    assert [(r["claimant"], r["speaker"], r["value"]) for r in _rows(empty_db)] == [
        ("Fire Service", "Ann Kerr", "12 homes"), ("Fire Service", "Ann Kerr", "40")
    ]  # fmt: skip
    # a sentence with its own speaker is not given the one answered before
    text = "Chief Ann Kerr said 12 homes burned overnight. The mayor said 40 more were saved.\n"
    again = _review(ct, tmp_path / "b.txt", text, steps, subject="fire2")
    assert "the sentence before" not in again.output


def test_a_turns_claimant_carries_to_the_speakers_next_answers(
    ct, tmp_path: Path, empty_db: Path
) -> None:
    # the chief's first card skipped, her first figure given to the fire service
    steps = "k\nc\nFire Service\ny\nk\nf\n\nacres\n\ny\n\nf\n\nmoved\n\ny\n"
    result = _review(ct, tmp_path / "a.txt", CAPS, steps)
    said = " ".join(result.output.split())
    assert (
        "As you answered for Ann Kerr's answers: claimant Fire Service · speaker Ann Kerr" in said
    )
    assert [(r["claimant"], r["speaker"], r["value"]) for r in _rows(empty_db)] == [
        ("Fire Service", "Ann Kerr", "about 1,400 acres"),
        ("Fire Service", "Ann Kerr", "2,000 residents"),
    ]
    # the press secretary's turn (no figure, no card) is not given the chief's body
    assert "Tom Reed's answers" not in said


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_a_briefing_on_a_terminal(ct, empty_db: Path) -> None:
    article = Path(__file__).parent / "fixtures" / "articles" / "review23-briefing.txt"
    steps = [
        ("x=quit", "k\r"),  # "Crews held the fire overnight."
        ("speaker: Ann Kerr", ""),  # the turn label's name, its title left out
        ("x=quit", "c\r"),
        ("Claimant (number or name)", "Millbrook Fire Service\r"),
        ("Create it?", "\r"),
        ("Speaker: k=keep", "k\r"),
        ("x=quit", "f\r"),
        ("Figure (number, or words of the quote) [1]:", "\r"),
        ("Measure (number or name):", "acres-burned\r"),
        ("Create it?", "\r"),
        ("Store it?", "y\r"),
        ("x=quit", "\r"),
        ("As you answered for this sentence before", ""),
        ("x=quit", "\x03"),  # Ctrl-C mid-card: nothing half-stored
    ]
    args = ["--db", str(empty_db), "extract", str(article), "--subject", "millbrook-fire",
            "--outlet", "Example News", "--reported-on", "2024-05-06", "--review"]  # fmt: skip
    code, shown = _pty_session(args, steps, _env(empty_db))
    assert code == 130, shown
    (claim,) = json.loads(ct("list", "--json").stdout)
    assert (claim["claimant"], claim["speaker"], claim["quote"], claim["value"]) == (
        "Millbrook Fire Service", "Ann Kerr",
        "It has burned about 1,400 acres and destroyed 37 homes.", "about 1,400 acres",
    )  # fmt: skip
    assert "Fire Chief Ann Kerr: (00:00)" not in claim["quote"]
    assert "How many of the 37 homes" not in shown.split("candidates from")[1].split("[2/")[0]
