"""review27: a stadium's cost through `extract --review`, and the review's known gaps.

- words typed that stand twice in the quote ("2 per cent" of "fell about 2 per cent to 2 per
  cent") are the whole figure at one of the places, never refused as a cut of the other;
- a change's bounds on the card are the store's (a change read as a rate: "at least 2 per
  cent" down has no upper bound, where the card said 2-100);
- (a bare number the page shows to be money: one rule with the card's since review28,
  tests/test_review28.py)
- "risen by $8.4 million, from $198 million to $206.4 million" is two levels, not a range,
  and a change or a level whose "$" is written for the currency meant ("NZ$8.4 million")
  is found where the quote's figure stands.

Sentences written for this test (no article text)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimtrack.guards import change_given_problem, figure_in_quote, moved_range_problem
from claimtrack.review.spans import places_of, read_as_stored
from test_review18 import _rows
from test_review24 import page_reading_problem

TWICE = "The company said profit fell about 2 per cent to 2 per cent."


@pytest.mark.parametrize(
    ("text", "typed", "places"),
    [
        (TWICE, "2 per cent", [(35, 45), (49, 59)]),
        ("Sales rose 3% to 3% of the market.", "3%", [(11, 13), (17, 19)]),
        ("It cost $5m.", "$5m", [(8, 11)]),
        ("It cost $5m.", "$6m", []),
    ],
)
def test_every_place_of_the_words_typed(text: str, typed: str, places: list) -> None:
    assert places_of(text, 0, len(text), typed) == places


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        # the seed-2 case of test_review24's machine: the level, stored from its own place
        ("2 per cent", None),
        ("about 2 per cent", None),
    ],
)
def test_a_figure_standing_twice_reads_as_the_page_at_one_place(value: str, problem) -> None:
    assert page_reading_problem(TWICE + "\n", TWICE, value) == problem


def test_a_figure_standing_once_inside_another_is_still_a_drop() -> None:
    text = "The company said profit fell about 2 per cent.\n"
    assert "about 2 per cent" in str(page_reading_problem(text, text.strip(), "2 per cent"))


@pytest.mark.parametrize(
    ("figure", "bounds"),
    [
        ({"text": "at least 2 per cent", "low": 2, "high": 100, "change": "down"}, (2, None)),
        ({"text": "more than 90%", "low": 90, "high": 100, "change": "up"}, (90, None)),
        ({"text": "at least 2 per cent", "low": 2, "high": 100}, (2, 100)),  # a level: capped
        ({"text": "12%", "low": 12, "high": 12, "change": "up"}, (12, 12)),
    ],
)
def test_a_change_is_shown_with_the_bounds_it_is_stored_with(figure: dict, bounds) -> None:
    got = read_as_stored(figure)
    assert (got["low"], got["high"]) == bounds


MOVED = "The cost had risen by $8.4 million, from $198 million to $206.4 million."


@pytest.mark.parametrize(
    ("value", "quote", "refused"),
    [
        ("from $198 million to $206.4 million", MOVED, True),
        ("from $198 million to $224.4 million",
         "A review lifted the cost from $198 million to $224.4 million.", True),
        ("from $198 million to $224.4 million",
         "Interest pushed the total cost of the stadium up from $198 million to $224.4 million.",
         True),
        ("from 900 to 1,200", "Thefts rose from 900 to 1,200.", True),
        # a range as such
        ("from $198 million to $206.4 million",
         "Estimates ranged from $198 million to $206.4 million.", False),
        ("between $198 million and $206.4 million",
         "The cost rose to between $198 million and $206.4 million.", False),
        ("$206.4 million", MOVED, False),
    ],
)  # fmt: skip
def test_a_move_from_one_level_to_another_is_no_range(value: str, quote: str, refused) -> None:
    assert (moved_range_problem(value, quote) is not None) is refused


def test_the_currency_meant_is_found_where_the_quote_writes_its_sign() -> None:
    assert change_given_problem("NZ$8.4 million", MOVED, "up") is None
    assert figure_in_quote("NZ$206.4 million", MOVED)
    assert figure_in_quote("NZ$198 million", MOVED)
    assert not figure_in_quote("NZ$206.5 million", MOVED)
    assert change_given_problem("NZ$206.4 million", MOVED, "up") is not None


def test_extract_proposes_the_two_levels_of_a_move(ct, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(MOVED + "\n", encoding="utf-8")
    result = ct("extract", str(article), "--subject", "s")
    assert result.exit_code == 0, result.output
    got = [(f["text"], f.get("change"), f.get("hedge"))
           for line in result.stdout.splitlines() for f in json.loads(line)["extract"]["figures"]]  # fmt: skip
    assert got == [("$8.4 million", "up", None), ("$198 million", None, None),
                   ("$206.4 million", None, None)]  # fmt: skip


def test_the_level_typed_where_it_stands_twice_is_stored(ct, tmp_path: Path, empty_db) -> None:
    article = tmp_path / "a.txt"
    article.write_text(TWICE + "\n", encoding="utf-8")
    answers = "f\n2 per cent\nprofit-margin\ny\ny\nx\n"
    result = ct("extract", str(article), "--subject", "s", "--review", input=answers)
    assert result.exit_code == 0, result.output
    assert "'2 per cent' stands 2 times in the quote" in result.output
    (row,) = _rows(empty_db)
    assert (row["value"], row["low"], row["high"], row["change"]) == ("2 per cent", 2, 2, None)


def test_a_change_card_shows_no_cap(ct, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The company said profit fell at least 2 per cent.\n", encoding="utf-8")
    result = ct("extract", str(article), "--subject", "s", "--review", input="x\n")
    assert "at least 2 per cent -> 2–no upper bound (a change down" in result.output


@pytest.mark.parametrize(
    ("text", "code", "written"),
    [
        # each end of a range that writes the sign (the first alone read two numbers, and the
        # trust's estimate could not be stored in the currency meant)
        ("$150-$180 million", "NZD", "NZ$150-NZ$180 million"),
        ("between $2bn and $6bn", "NZD", "between NZ$2bn and NZ$6bn"),
        ("$150-180 million", "NZD", "NZ$150-180 million"),
        ("$5m", "USD", "US$5m"),
    ],
)
def test_a_shared_sign_is_written_for_the_currency_at_each_end(text, code, written) -> None:
    from claimtrack.guards import _parse, written_for

    figure = _parse(text, False)
    assert figure is not None
    assert written_for(code, figure) == written
    quote = f"An estimate of {text} was produced by the group."
    assert figure_in_quote(written, quote)
