"""review19: `extract --review` as a new user logged a food-poisoning story of six pages through
a real terminal. What it found, each a general rule (sentences written for these tests):

- the measure offered on Enter is one the figure's words name (the card's "measure suggested",
  read when the card is drawn), never the measure last stored for the same noun ("people");
- the measures are numbered in one order on every card;
- a sentence of two figures is two candidates: who the first claim was given to, and when it
  was said, carry to the second, said on its card.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from test_review18 import _rows


def _article(tmp_path: Path, text: str, name: str = "a.txt") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def _measure_prompts(output: str) -> list[str]:
    """Each measure prompt as shown, up to its colon: 'Measure (number or name) [x]'."""
    return [line.strip().split(":")[0] for line in output.splitlines()
            if line.strip().startswith("Measure (number or name)")]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "first", "offered"),
    [
        # the noun alone: "people" last stored on sickened was offered for the hospitalized
        ("The office said 40 people fell ill. The office said 12 people were hospitalized.\n",
         "sickened", None),
        ("The office said 22 people were hospitalized. The office said 2 people died.\n",
         "hospitalized", None),
        # a share: the bus fares offered for the tram fares
        ("Bus fares rose 6%, the board said. Tram fares fell by 2%, the board said.\n",
         "bus-fares", None),
        # the figure's noun names the measure: offered, and Enter takes it
        ("Cases were found in 9 towns with cases, the office said. The office later counted 11 "
         "towns with cases.\n", "towns-with-cases", "towns-with-cases"),
        # its noun names only a part of it ("towns", not "cases"): suggested on the card, not
        # taken on Enter (review25)
        ("Cases were found in 9 towns, the office said. The office later counted 11 towns.\n",
         "towns-with-cases", None),
    ],
)  # fmt: skip
def test_the_measure_offered_is_one_the_figure_names(
    ct, tmp_path: Path, empty_db: Path, text: str, first: str, offered: str | None
) -> None:
    answers = f"f\n\n{first}\ny\ny\n\nf\n\n"
    result = ct("extract", _article(tmp_path, text), "--subject", "s", "--outlet", "N",
                "--review", input=answers)  # fmt: skip
    assert result.exit_code == 0, result.output
    prompts = _measure_prompts(result.output)
    want = "Measure (number or name)" + (f" [{offered}]" if offered else "")
    assert prompts == ["Measure (number or name)", want], result.output
    assert len(_rows(empty_db)) == 1  # the end of input at the measure: nothing more stored


def test_a_measure_made_in_an_earlier_review_is_suggested_and_offered(
    ct, tmp_path: Path, empty_db: Path
) -> None:
    """The card said "measure suggested: towns-with-cases" and the prompt offered nothing (the
    review read the suggestion under another key); the measures keep one order on every card."""
    first = _article(tmp_path, "The office said 40 people fell ill in 9 towns.\n", "1.txt")
    result = ct("extract", first, "--subject", "s", "--outlet", "N", "--review",
                input="f\n\nsickened\ny\ny\n\nf\n\ntowns-with-cases\ny\ny\n")  # fmt: skip
    assert result.exit_code == 0, result.output
    second = _article(tmp_path, "The office later counted 11 towns with cases.\n", "2.txt")
    result = ct("extract", second, "--subject", "s", "--outlet", "N", "--review",
                input="f\n\n\ny\n")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "  measure suggested: towns-with-cases\n" in result.output
    assert "  measures: 1. sickened  2. towns-with-cases\n" in result.output
    assert "Measure (number or name) [towns-with-cases]: " in result.output
    assert [(r["value"], r["measure"]) for r in _rows(empty_db)][-1] == (
        "11 towns",
        "towns-with-cases",
    )


TWO = (
    "On Tuesday, federal health officials reported that 88 people fell ill, with 21 in hospital.\n"
)


@pytest.mark.parametrize(
    ("on_first", "stored"),
    [
        # the claimant changed, the speaker kept, a said_on given
        ("c\nHealth Agency\ny\nk\nt\n2024-06-04\n\n",
         ("Health Agency", "federal health officials", "2024-06-04")),
        # the claimant changed and no speaker
        ("c\nHealth Agency\ny\nn\n", ("Health Agency", None, None)),
        # a said_on alone
        ("t\n2024-06-04\n\n", ("federal health officials", "federal health officials",
                               "2024-06-04")),
    ],
)  # fmt: skip
def test_who_a_sentence_was_given_to_carries_to_its_next_figure(
    ct, tmp_path: Path, empty_db: Path, on_first: str, stored: tuple[Any, ...]
) -> None:
    answers = on_first + "f\n\nsickened\ny\ny\n\nf\n\nhospitalized\ny\ny\n\n"
    result = ct("extract", _article(tmp_path, TWO), "--subject", "s", "--outlet", "N",
                "--reported-on", "2024-06-05", "--review", input=answers)  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "As you answered for this sentence before: claimant " in result.output
    rows = _rows(empty_db)
    assert [(r["claimant"], r["speaker"], r["said_on"]) for r in rows] == [stored, stored]


def test_a_sentence_given_as_proposed_carries_nothing(ct, tmp_path: Path, empty_db: Path) -> None:
    answers = "f\n\nsickened\ny\ny\n\nf\n\nhospitalized\ny\ny\n\n"
    result = ct("extract", _article(tmp_path, TWO), "--subject", "s", "--outlet", "N",
                "--review", input=answers)  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "As you answered" not in result.output
    assert {r["claimant"] for r in _rows(empty_db)} == {"federal health officials"}


def test_a_near_miss_read_by_extract_is_asked_once(ct, tmp_path: Path, empty_db: Path) -> None:
    """The agency's acronym, read on every card of a page, asked each time whether it is the
    agency stored under its full name: asked once, then said."""
    first = _article(tmp_path, "Center for Disease Control said 40 people fell ill.\n", "1.txt")
    result = ct("extract", first, "--subject", "s", "--outlet", "N", "--review",
                input="f\n\nsickened\ny\ny\n\n")  # fmt: skip
    assert result.exit_code == 0, result.output
    text = "The CDC said 75 people fell ill. The CDC said 22 people were hospitalized.\n"
    result = ct("extract", _article(tmp_path, text, "2.txt"), "--subject", "s", "--outlet",
                "N", "--review", input="f\n\n1\n1\ny\n\nf\n\nhospitalized\ny\ny\n\n")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.output.count("did you mean 'Center for Disease Control'?") == 1, result.output
    assert "claimant 'CDC': 'Center for Disease Control', as you answered before" in result.output
    assert [r["claimant"] for r in _rows(empty_db)] == ["Center for Disease Control"] * 3


def test_a_stance_stored_says_the_figure_left_without_more(
    ct, tmp_path: Path, empty_db: Path
) -> None:
    """After a stance, the sentence's figure was announced as "1 more figure", as if one had
    been stored; it is named as not stored, and Enter still goes to it."""
    text = "The chain said the onions were the source of the outbreak that sickened 75 people.\n"
    result = ct("extract", _article(tmp_path, text), "--subject", "s", "--outlet", "N",
                "--review", input="s\nonions-are-source\ny\na\ny\n")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "1 figure of this sentence not stored ('75 people'): f (or Enter) for it, k to go on." \
        in result.output  # fmt: skip
    assert "more figure" not in result.output
    assert [r["kind"] for r in _rows(empty_db)] == ["stance"]
