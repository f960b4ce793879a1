""" "or so" / "or thereabouts" after a figure's noun end the figure: words after them are the
sentence, not what is counted. Before, "500 people or so in" read as exactly 500 "people or so
in" (the hedge dropped), so a claim's "500 people or so" was refused as a part of it, and
guards.stands_whole and cut_problem disagreed (tests/test_guards.py's property drew
"20 million people or so officials")."""

from __future__ import annotations

import pytest

from claimtrack.guards import cut_problem, stands_whole
from claimtrack.quantities import FigureError, parse_figure


@pytest.mark.parametrize(
    "text",
    ["500 people or so in", "20 million people or so officials", "5 km or so away",
     "40 fighters or thereabouts had left"],
)  # fmt: skip
def test_words_after_a_closing_hedge_are_refused(text: str) -> None:
    with pytest.raises(FigureError, match="goes on after"):
        parse_figure(text)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("500 people or so", 450, 550), ("250 or so people", 225, 275),
     ("200 people or more", 200, None), ("5 km or so", 4.5, 5.5)],
)  # fmt: skip
def test_a_closing_hedge_still_reads(text: str, low: float, high: float | None) -> None:
    fig = parse_figure(text)
    assert (fig.low, fig.high) == (low, high)


@pytest.mark.parametrize(
    ("value", "quote"),
    [("500 people or so", "They saw 500 people or so in a day."),
     ("20 million people or so", " about 20 million people or so officials")],
)  # fmt: skip
def test_the_gate_and_the_cut_check_agree(value: str, quote: str) -> None:
    if stands_whole(value, quote):
        assert cut_problem(value, quote) is None


def test_add_stores_the_figure_as_said(ct) -> None:
    result = ct("add", "s", "--claimant", "X", "--new", "--quote",
                "They saw 500 people or so in a day.", "--figure", "500 people or so",
                "--measure", "m", "--new")  # fmt: skip
    assert result.exit_code == 0, result.stderr
