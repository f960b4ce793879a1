"""review21: the measures offered by number keep their numbers through a review, as the
claimants and propositions do (review20): the subject's measures as the review starts, in the
store's order, then those made or typed in the review at the end. A measure made on a card took
its alphabetical place, so a number read on the card before picked another measure on the next.
And "today", "this morning", "this afternoon" are offered at the dates prompt as the article's
own date (review20's rules for days named in words). (Sentences written for these tests.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack.review.days import named_days
from test_review18 import _rows

TWO = "The office said 40 homes were flooded. The office said 12 roads were closed.\n"


def _numbered_measures(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("  measures: 1. ")]


def test_a_number_picks_the_measure_it_showed_after_one_is_made(
    ct, tmp_path: Path, empty_db: Path
) -> None:
    for quote, figure, measure in (
        ("The office shut 3 bridges.", "3 bridges", "bridges-shut"),
        ("The office shut 5 roads.", "5 roads", "roads-shut"),
    ):
        done = ct("add", "s", "--claimant", "office", "--quote", quote, "--figure", figure,
                  "--measure", measure)  # fmt: skip
        assert done.exit_code == 0, done.output
    article = tmp_path / "a.txt"
    article.write_text(TWO, encoding="utf-8")
    # a measure made on the first card and stored; on the second, 2: roads-shut, as shown before
    answers = "f\n\nhomes-flooded\ny\ny\n\nf\n\n2\ny\n"
    result = ct("extract", str(article), "--subject", "s", "--outlet", "N", "--review",
                input=answers)  # fmt: skip
    assert result.exit_code == 0, result.output
    assert _numbered_measures(result.output) == [
        "  measures: 1. bridges-shut  2. roads-shut",
        "  measures: 1. bridges-shut  2. roads-shut  3. homes-flooded",
    ], result.output
    # the card lists them in the same order
    assert "\n  measures: bridges-shut, roads-shut, homes-flooded\n" in result.output
    assert [(r["value"], r["measure"]) for r in _rows(empty_db)][2:] == [
        ("40 homes", "homes-flooded"),
        ("12 roads", "roads-shut"),
    ]


# 2024-10-29 is a Tuesday: "today" and the parts of it are the article's own date
@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        ("The office said today that 40 people fell ill.", [("2024-10-29", "today")]),
        ("Today the office counted 40 people who fell ill.", [("2024-10-29", "Today")]),
        ("This morning, the office said 40 people fell ill.", [("2024-10-29", "This morning")]),
        ("The office said this afternoon that 40 fell ill, up from 30 on Friday.",
         [("2024-10-29", "this afternoon"), ("2024-10-25", "Friday")]),
        # the future, and names
        ("The office will say this afternoon how many fell ill.", []),
        ("The office is expected to count the sick today.", []),
        ("USA Today said 40 people fell ill.", []),
        ("On This Morning, the minister said 40 people fell ill.", []),
    ],
)  # fmt: skip
def test_today_is_the_article_date(sentence: str, read: list[tuple[str, str]]) -> None:
    assert [(n.date, n.words) for n in named_days(sentence, "2024-10-29")] == read
    assert named_days(sentence, None) == []  # no article date: nothing


@pytest.mark.parametrize(
    ("answers", "said_on"),
    [
        ("t\n\n\nf\n\nsickened\ny\ny\n", "2024-10-29"),  # offered, and taken on Enter
        ("f\n\nsickened\ny\ny\n", None),  # never stored unless the dates were asked
    ],
)
def test_today_is_offered_at_said_on(
    ct, tmp_path: Path, empty_db: Path, answers: str, said_on: str | None
) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The office said today that 40 people fell ill.\n", encoding="utf-8")
    result = ct("extract", str(article), "--subject", "s", "--outlet", "N", "--reported-on",
                "2024-10-29", "--review", input=answers)  # fmt: skip
    assert result.exit_code == 0, result.output
    if said_on:
        assert "  dates in the sentence: 1. 2024-10-29 ('today', article 2024-10-29)\n" \
            in result.output  # fmt: skip
    assert [r["said_on"] for r in _rows(empty_db)] == [said_on]
