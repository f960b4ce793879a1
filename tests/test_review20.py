"""review20: the review's lists and dates, from a new user's run (review19's outbreak, six pages
through a real terminal). Each a general rule (sentences written for these tests):

- the claimant and speaker lists keep one order through a review, a name given in it added at
  the end: the number typed on a later card picks the name it showed;
- the propositions too: most claimed first as the review starts, equals in alphabetical
  order, then those made in the review in the order made;
- days named in words ("on Friday", "last Tuesday", "yesterday") are offered at the dates
  prompt, counted back from the article's date, with the words they came from.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.review.days import WEEKDAYS, named_days, weekday_before
from test_review18 import _rows


def _article(tmp_path: Path, text: str, name: str = "a.txt") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


# 2024-10-27 is a Sunday, 2024-10-25 a Friday
@pytest.mark.parametrize(
    ("sentence", "reported_on", "read"),
    [
        ("On Friday, the office said 75 people fell ill.", "2024-10-27",
         [("2024-10-25", "Friday")]),
        ("The office said on Friday that 75 people fell ill.", "2024-10-25",
         [("2024-10-25", "Friday")]),  # the article's own day
        ("The office said last Friday that 75 people fell ill.", "2024-10-25",
         [("2024-10-18", "last Friday")]),  # a week back
        ("Last Friday, the office said 75 people fell ill.", "2024-10-25",
         [("2024-10-18", "Last Friday")]),
        ("The office said last Tuesday that 75 people fell ill.", "2024-10-27",
         [("2024-10-22", "last Tuesday")]),
        ("The office said yesterday that 75 people fell ill.", "2024-10-01",
         [("2024-09-30", "yesterday")]),
        ("Yesterday the office, which met on Wednesday, counted 75.", "2024-10-27",
         [("2024-10-26", "Yesterday"), ("2024-10-23", "Wednesday")]),
        # a weekday with its day and month and no year: that date, as the weekday confirms it
        # (review28; extract reads no date without a year, so none was offered)
        ("On Friday, Oct. 25, the office said 75 people fell ill.", "2024-10-27",
         [("2024-10-25", "Friday, Oct. 25")]),
        # nothing read: no article date, a month, a date written in full, the future, names
        ("On Friday, the office said 75 people fell ill.", None, []),
        ("On Friday, the office said 75 people fell ill.", "2024-10", []),
        ("On Friday, Oct. 25, 2024, the office said 75 people fell ill.", "2024-10-27", []),
        ("The office will say on Friday how many fell ill.", "2024-10-27", []),
        ("The office said next Friday it would count again.", "2024-10-27", []),
        ("The office counts the sick every Friday and said 75.", "2024-10-27", []),
        ("The office said 75 fell ill after Good Friday.", "2024-10-27", []),
        ("The Sunday Times said 75 people fell ill.", "2024-10-27", []),
        ("The office said on Fridays it counts the sick.", "2024-10-27", []),
        ("The day before yesterday the office said 75.", "2024-10-27", []),
    ],
)  # fmt: skip
def test_days_named_in_words(
    sentence: str, reported_on: str | None, read: list[tuple[str, str]]
) -> None:
    assert [(n.date, n.words) for n in named_days(sentence, reported_on)] == read


@given(st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)), st.integers(0, 6), st.booleans())
def test_a_weekday_is_the_last_one_before_the_article(
    article: dt.date, weekday: int, strictly: bool
) -> None:
    day = weekday_before(article, weekday, strictly=strictly)
    assert day.weekday() == weekday
    assert day <= article and (article - day).days <= 7
    assert (article - day).days < 7 or strictly  # the one a week back only after "last"
    assert day != article or not strictly
    said = f"The office said {'last ' if strictly else ''}{WEEKDAYS[weekday]} it had counted."
    assert [n.date for n in named_days(said, article.isoformat())] == [day.isoformat()]


FRIDAY = "On Friday, the office said 75 people fell ill.\n"


@pytest.mark.parametrize(
    ("args", "answers", "said_on", "shown"),
    [
        # offered with its words, and taken on Enter
        (["--reported-on", "2024-10-27"], "t\n\n\nf\n\nsickened\ny\ny\n", "2024-10-25",
         "  dates in the sentence: 1. 2024-10-25 ('Friday', article 2024-10-27)\n"
         "  Said on (number, date, - for none) [2024-10-25]: "),
        # by its number, or refused with -
        (["--reported-on", "2024-10-27"], "t\n1\n\nf\n\nsickened\ny\ny\n", "2024-10-25", None),
        (["--reported-on", "2024-10-27"], "t\n-\n\nf\n\nsickened\ny\ny\n", None, None),
        # never stored unless the dates were asked
        (["--reported-on", "2024-10-27"], "f\n\nsickened\ny\ny\n", None, None),
        # no article date: nothing offered
        ([], "t\n\n\nf\n\nsickened\ny\ny\n", None,
         "  Said on (number, date, - for none): "),
    ],
)  # fmt: skip
def test_a_day_named_in_words_is_offered_at_said_on(
    ct, tmp_path: Path, empty_db: Path, args: list[str], answers: str, said_on: str | None,
    shown: str | None,
) -> None:  # fmt: skip
    result = ct("extract", _article(tmp_path, FRIDAY), "--subject", "s", "--outlet", "N", *args,
                "--review", input=answers)  # fmt: skip
    assert result.exit_code == 0, result.output
    if shown is not None:
        assert shown in result.output
    assert [r["said_on"] for r in _rows(empty_db)] == [said_on]


TWO = "The mayor said 40 homes were flooded. The council said 12 roads were closed.\n"


def test_a_number_picks_the_claimant_it_showed_on_the_card_before(
    ct, tmp_path: Path, empty_db: Path
) -> None:
    """The list was sorted most claimed first on every card: once the council's claim was
    stored, 1 was the council, no longer the mayor it showed the card before."""
    answers = ("c\n2\nk\nf\n\nhomes\ny\ny\nk\n"  # the first figure, given to the council
               "c\n1\nk\nf\n\nroads\ny\ny\n"  # the second, to number 1 as listed before
               "c\nWater Board\ny\nk\np\n")  # fmt: skip
    result = ct("extract", _article(tmp_path, TWO), "--subject", "s", "--outlet", "N",
                "--review", input=answers)  # fmt: skip
    assert result.exit_code == 0, result.output
    lists = [line for line in result.output.splitlines() if "claimants: " in line or
             "names: " in line]  # fmt: skip
    assert lists == ["  claimants: 1. mayor  2. council  3. N"] * 3 + [
        "  names: 1. mayor  2. council  3. N  4. Water Board"
    ], result.output
    assert [r["claimant"] for r in _rows(empty_db)] == ["council", "mayor"]


def test_propositions_keep_their_numbers_through_a_review(
    ct, tmp_path: Path, empty_db: Path
) -> None:
    """Equals in alphabetical order as the review starts, those made in it at the end in the
    order made, and none moves when it is claimed again."""
    first = "The mayor said the river was the cause. The council said the dam was the cause.\n"
    result = ct("extract", _article(tmp_path, first, "1.txt"), "--subject", "s", "--outlet",
                "N", "--review", input="s\nriver\ny\na\ny\nk\ns\ndam\ny\na\ny\n")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "  propositions: 1. river\n" in result.output  # made in the review: at the end
    second = ("The mayor said the rain was the cause. The council said the river was the "
              "cause. The board said the river was the cause.\n")  # fmt: skip
    # the river claimed again (2 claims, the dam 1): 2 is still the river on the next card
    result = ct("extract", _article(tmp_path, second, "2.txt"), "--subject", "s", "--outlet",
                "N", "--review", input="s\nrain\ny\na\ny\nk\ns\n2\na\ny\nk\ns\n2\nd\ny\n")  # fmt: skip
    assert result.exit_code == 0, result.output
    lists = [line for line in result.output.splitlines() if "propositions: " in line]
    assert lists == ["  propositions: 1. dam  2. river"] + [
        "  propositions: 1. dam  2. river  3. rain"] * 2, result.output  # fmt: skip
    assert sorted(r["proposition"] for r in _rows(empty_db)) == ["dam", "rain"] + ["river"] * 3
