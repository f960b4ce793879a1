"""review22: an interview story logged end to end (an employer's job cuts: a Q:/name
transcript with the chief executive, an exit interview with two pseudonymous employees, four
news pages). What it found, each a general rule (sentences written for these tests):

- an exit interview's answers opened by a pseudonym in quotation marks and an aside ('"ROSA"
  (a six-year clerk): ...', later 'ROSA: ...') were credited to the page's headline ("Exit
  Interview", guessed as "the person the introduction names first"), with the label kept in
  the quote and its "six-year" proposed as a figure: the quoted name now opens a turn, the label
  is left out of the quote and its figures are not proposed; a headline, and a body ("the
  Harbour Trust"), are never the interviewee guessed;
- "said Tuesday it plans to cut", "announced today that 300 will go": a sentence that speaks
  of the future read no day, so the day it was said was typed by hand; a day beside a past
  verb of telling is now offered;
- "26 percent a year ago" was refused as a share per year ("26 percent a year"), and typing
  "26 percent" was refused as cutting it: the amount at a moment, as the parser of `add` says;
- Enter at the measure prompt with no measure offered threw the figure away ("Nothing stored:
  back to the candidate"); it now asks again, and `-` goes back.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from claimtrack.extract import extract
from claimtrack.extract.figurespans import read_figures
from claimtrack.review.days import named_days
from test_review import _env, _pty_session
from test_review18 import _rows

EXIT = (
    "Leaving Day\n\n"
    "Last month the Harbour Trust let 240 staff go. Two of them agreed to talk to us about it, "
    "on condition that we did not print their names.\n\n"
    "What did the trust tell you on the day?\n\n"
    '"ROSA" (a six-year clerk): They said 30 of us would be kept on. That never happened.\n\n'
    '"TOMAS" (a two-year driver): Nobody told us anything before the letter came, and 12 of my '
    "team went.\n\n"
    "Did you expect it?\n\n"
    "ROSA: No. We had record orders, about 1,200 a week.\n\n"
    "TOMAS: I had heard rumours for three months.\n"
)


def _by_quote(text: str) -> dict[str, list[tuple[str | None, str | None]]]:
    out: dict[str, list[tuple[str | None, str | None]]] = {}
    for c in extract(text)[1]:
        fig = c.figures[0].figure.text if c.figures else None
        out.setdefault(c.quote, []).append((c.speaker, fig))
    return out


@pytest.mark.parametrize(
    ("quote", "speaker", "figure"),
    [
        ("They said 30 of us would be kept on.", "Rosa", "30 of us"),
        ("Nobody told us anything before the letter came, and 12 of my team went.", "Tomas",
         "12"),
        ("We had record orders, about 1,200 a week.", "Rosa", "about 1,200 a week"),
        ("I had heard rumours for three months.", "Tomas", "three months"),
    ],
)  # fmt: skip
def test_a_quoted_pseudonym_opens_a_turn(quote: str, speaker: str, figure: str) -> None:
    found = _by_quote(EXIT)
    assert (speaker, figure) in found[quote], found
    # the label is the layout's: never in a quote, its "six-year" never a figure
    assert not any('"ROSA"' in q or "TOMAS" in q for q in found)
    assert not any(f and "year" in f for pairs in found.values() for _, f in pairs)
    assert not any(s == "Leaving Day" for pairs in found.values() for s, _ in pairs)


@pytest.mark.parametrize(
    "label",
    ['"ROSA" (a six-year clerk):', "“ROSA” (a six-year clerk):", '"ROSA":'],
)
def test_the_quotation_marks_close_on_the_name(label: str) -> None:
    text = EXIT.replace('"ROSA" (a six-year clerk):', label)
    assert ("Rosa", "30 of us") in _by_quote(text)["They said 30 of us would be kept on."]


def test_a_paragraph_opening_with_a_quotation_is_no_turn() -> None:
    # a quotation's first words before a colon are no name: '"Yes: ..."' opens no turn
    text = (
        "The Harbour Trust let 240 staff go.\n\n"
        '"Yes: we cut 240 jobs," the trust said.\n\n'
        '"Yes: the rest stay," the trust said.\n\n'
        "The union said 300 went.\n"
    )
    speakers = {c.speaker for c in extract(text)[1]}
    assert "Yes" not in speakers


@pytest.mark.parametrize(
    ("headline", "intro", "not_speaker"),
    [
        ("Leaving Day", "Two of them agreed to talk to us about it.", "Leaving Day"),
        ("Exit Interview", "Two of the staff let go agreed to talk to us.", "Exit Interview"),
        ("Leaving Day", "The Harbour Trust let 240 staff go, and two agreed to talk to us.",
         "Harbour Trust"),
    ],
)  # fmt: skip
def test_a_headline_or_a_body_is_no_interviewee(
    headline: str, intro: str, not_speaker: str
) -> None:
    text = (
        f"{headline}\n\n{intro}\n\nWhat did they tell you?\n\n"
        "They said 30 of us would be kept on.\n\nDid you expect it?\n\n"
        "No. We had record orders, about 1,200 a week.\n"
    )
    speakers = {c.speaker for c in extract(text)[1] if c.figures}
    assert not_speaker not in speakers, speakers


# 2024-03-06 is a Wednesday
@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        ("The trust said Tuesday it plans to cut 240 jobs.", [("2024-03-05", "Tuesday")]),
        ("The trust on Tuesday said it will cut 240 jobs.", [("2024-03-05", "Tuesday")]),
        ("The trust announced today that 240 jobs will go.", [("2024-03-06", "today")]),
        ("The trust confirmed Monday that the depot will close.", [("2024-03-04", "Monday")]),
        # the future, unless a past verb of telling is beside the day
        ("The trust will say Tuesday how many jobs go.", []),
        ("The figures will be announced Friday.", []),
        ("The cuts are due to be announced Friday.", []),
        ("The board is expected to vote Tuesday on 240 cuts.", []),
    ],
)  # fmt: skip
def test_the_day_it_was_told_in_a_sentence_of_the_future(
    sentence: str, read: list[tuple[str, str]]
) -> None:
    assert [(n.date, n.words) for n in named_days(sentence, "2024-03-06")] == read


@pytest.mark.parametrize(
    ("sentence", "figures", "refused"),
    [
        ("The deficit, 26 percent a year ago, is now 6 percent.", ["26 percent", "6 percent"],
         []),
        ("Its loss was 26 percent a year earlier.", ["26 percent"], []),
        ("Prices rose 3 percent a year.", [], ["3 percent a year"]),
        ("It sold 300 a year earlier.", ["300"], []),
    ],
)  # fmt: skip
def test_a_share_at_a_moment_is_read(sentence: str, figures: list[str], refused: list[str]) -> None:
    got, no = read_figures(sentence, 0, len(sentence))
    assert [f.figure.text for f in got] == figures
    assert [r.text for r in no] == refused


def test_add_takes_a_share_at_a_moment_as_the_parser_says(ct, empty_db: Path) -> None:
    ok = ct("add", "s", "--claimant", "Trust", "--quote",
            "the deficit was 26 percent a year ago and is 6 percent now",
            "--figure", "26 percent", "--measure", "loss-share")  # fmt: skip
    assert ok.exit_code == 0, ok.output
    rate = ct("add", "s", "--claimant", "Trust", "--quote", "inflation ran at 3 percent a year",
              "--figure", "3 percent", "--measure", "inflation")  # fmt: skip
    assert rate.exit_code != 0 and "says more there" in rate.output


def test_enter_with_no_measure_asks_again(ct, tmp_path: Path, empty_db: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The trust said 240 jobs would go.\n", encoding="utf-8")
    # f, the figure offered, Enter at the measure (none offered): asked again, then a name
    result = ct("extract", str(article), "--subject", "s", "--outlet", "N", "--review",
                input="f\n\n\njobs-cut\ny\ny\n")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "The measure is needed: a number from the list or a name (- goes back)." in (
        result.output
    )
    assert [(r["value"], r["measure"]) for r in _rows(empty_db)] == [("240 jobs", "jobs-cut")]
    # "-" there goes back to the candidate, nothing stored
    again = ct("extract", str(article), "--subject", "s2", "--outlet", "N", "--review",
               input="f\n\n-\nk\n")  # fmt: skip
    assert again.exit_code == 0, again.output
    assert "Nothing stored: back to the candidate." in again.output
    assert len(_rows(empty_db)) == 1


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_an_exit_interview_on_a_terminal(ct, tmp_path: Path, empty_db: Path) -> None:
    article = tmp_path / "exit.txt"
    article.write_text(EXIT, encoding="utf-8")
    steps = [
        ("x=quit", "k\r"),  # the introduction's card
        ("speaker: Rosa", ""),  # the first answer is Rosa's, her label out of the quote
        ("x=quit", "f\r"),
        ("Figure (number, or words of the quote) [1]:", "\r"),
        ("Measure (number or name):", "\r"),  # none offered: asked again
        ("The measure is needed", ""),
        ("Measure (number or name):", "kept-on\r"),
        ("Create it?", "\r"),
        ("Store it?", "y\r"),
        ("x=quit", "\x04"),
    ]
    args = ["--db", str(empty_db), "extract", str(article), "--subject", "leaving", "--outlet",
            "Example News", "--reported-on", "2024-03-06", "--review"]  # fmt: skip
    code, shown = _pty_session(args, steps, _env(empty_db))
    assert code == 0, shown
    (claim,) = json.loads(ct("list", "--json").stdout)
    assert (claim["claimant"], claim["speaker"], claim["quote"], claim["value"]) == (
        "Rosa", "Rosa", "They said 30 of us would be kept on.", "30 of us"
    )  # fmt: skip
    assert "To store: figure '30 of us' (30–30) on kept-on" in shown


def test_a_stance_not_stored_is_offered_again(ct, tmp_path: Path, empty_db: Path) -> None:
    # "n" at "Store it?" kept the figure chosen but dropped the stance: the proposition and
    # the stance given are now offered again on Enter (as the user's own answers, in brackets)
    article = tmp_path / "a.txt"
    article.write_text("The trust denied that the depot would close.\n", encoding="utf-8")
    result = ct("extract", str(article), "--subject", "s", "--outlet", "N", "--review",
                input="s\ndepot-closes\ny\nd\nn\ns\n\n\ny\n")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Proposition (number or name) [depot-closes]:" in result.output
    assert "Stance: a=affirms d=denies u=uncertain [d]:" in result.output
    assert [(r["proposition"], r["stance"]) for r in _rows(empty_db)] == [
        ("depot-closes", "denies")
    ]
    # a new proposition typed is asked its stance afresh
    again = ct("extract", str(article), "--subject", "s", "--outlet", "N", "--review",
               input="s\n1\na\nn\ns\nplant-closes\ny\nd\ny\n")  # fmt: skip
    assert again.exit_code == 0, again.output
    assert "uncertain [a]" not in again.output  # no default for another proposition
    assert ("plant-closes", "denies") in [(r["proposition"], r["stance"]) for r in _rows(empty_db)]
