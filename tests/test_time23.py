"""Judgement over time on a story nobody here had logged (time23, Hurricane Maria in Puerto
Rico; docs/conflicts.md, worked example): "N excess deaths" is a count and not a hedge."""

from __future__ import annotations

import pytest

from claimtrack.quantities import FigureError, parse_figure


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        # a kind of what is counted, between the figure and its noun: a count, not a hedge
        ("4645 excess deaths", (4645, 4645, "excess deaths")),
        ("4,645 excess deaths", (4645, 4645, "excess deaths")),
        ("about 1,300 excess cases", (1170, 1430, "excess cases")),
        ("an estimated 4645 excess deaths", (4599, 4691, "excess deaths")),
        # still a hedge where it hedges, or stands alone
        ("4,645 excess", None),
        ("4645 excess of deaths", None),
        ("300 excess 20", None),
    ],
)
def test_excess_before_a_noun_names_a_kind(text: str, reading: tuple[int, int, str] | None) -> None:
    if reading is None:
        with pytest.raises(FigureError):
            parse_figure(text)
        return
    f = parse_figure(text)
    assert (f.base_low, f.base_high, f.unit) == reading
