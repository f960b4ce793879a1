"""review21: the measures offered by number keep their numbers through a review, as the
claimants and propositions do (review20): the subject's measures as the review starts, in the
store's order, then those made or typed in the review at the end. A measure made on a card took
its alphabetical place, so a number read on the card before picked another measure on the next.
(Sentences written for these tests.)
"""

from __future__ import annotations

from pathlib import Path

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
