"""time19: a running count's dispute laid out by what disagrees at its times (docs/conflicts.md,
rule 9, "A running count's positions"). Invented figures, written for these tests."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from claimtrack.conflicts import Fact, FigureConflict, analyse
from claimtrack.quantities import parse_figure


def said(id_: str, text: str, who: str, measure: str = "deaths", **dates: str) -> Fact:
    f = parse_figure(text)
    return Fact(
        id_, who, "figure", measure, f.low, f.high, None, dates.get("as_of"),
        dates.get("said_on"), "active", dates.get("reported_on"), f.dimension, f.rounding,
    )  # fmt: skip


# A ministry's toll that rises over a week, an early guess far above it, and a study a year
# later far below it: (figures, the claims of each position of the toll's dispute).
RISING = [
    said("guess", "500,000", "Senator", said_on="2024-01-02"),
    said("m1", "110,000", "Ministry", said_on="2024-01-05"),
    said("m2", "150,000", "Ministry", said_on="2024-01-06"),
    said("m3", "230,000", "Ministry", said_on="2024-01-20"),
    said("study", "between 46,000 and 85,000", "Study", said_on="2025-05-01"),
]


@pytest.mark.parametrize(
    ("facts", "positions", "gaps"),
    [
        # the ministry's count as it rose is one position: 150,000 a day after 110,000 is no
        # disagreement (before: three positions, "1.4x" and "1.5x" apart)
        (RISING, [("study",), ("m1", "m2", "m3"), ("guess",)], (1.2, 2)),
        # without the study, the guess alone stands above the count
        (RISING[:4], [("m1", "m2", "m3"), ("guess",)], (2,)),
        # a claimant's own fall keeps its figures apart: they cannot both be true
        (
            [*RISING[1:3], said("m4", "120,000", "Ministry", said_on="2024-01-09"), RISING[4]],
            [("study",), ("m1", "m4"), ("m2",)],
            (1.4, 1.3),
        ),
        # two claimants' figures of one day apart stay apart (order not known)
        (
            [*RISING[1:3], said("rc", "200,000", "Red Cross", said_on="2024-01-06"), RISING[4]],
            [("study",), ("m1", "m2"), ("rc",)],
            (1.2, 1.2),
        ),
    ],
)
def test_a_running_count_is_one_position_while_it_rises(
    facts: list[Fact], positions: list[tuple[str, ...]], gaps: tuple[float, ...]
) -> None:
    report = analyse(facts, cumulative={"deaths"})
    (c,) = [c for c in report.conflicts if isinstance(c, FigureConflict)]
    assert ([p.claims for p in c.positions], c.gaps) == (positions, gaps)
    assert c.severity is not None and c.severity >= max(gaps)


def test_figures_of_one_moment_are_laid_out_as_before() -> None:
    # no time orders them: the sweep's positions stand
    facts = [
        said("a", "40", "Ministry", as_of="2024-03-04"),
        said("b", "95", "Ministry", as_of="2024-03-04"),
        said("c", "60", "Paper", as_of="2024-03-04"),
    ]
    (c,) = analyse(facts, cumulative={"deaths"}).conflicts
    assert isinstance(c, FigureConflict)
    assert [p.claims for p in c.positions] == [("a",), ("c",), ("b",)]


def test_a_finding_too_big_to_pair_is_swept_by_value() -> None:
    # above 256 records in one finding, its positions are the sweep's, as before time19
    start = date(2024, 1, 1)
    facts = [said("early", "1,000,000", "Senator", said_on="2023-12-31")] + [
        said(f"m{i}", str(100 * i + 1), "Ministry", said_on=str(start + timedelta(days=i)))
        for i in range(1, 301)
    ]
    (c,) = analyse(facts, cumulative={"deaths"}).conflicts
    assert isinstance(c, FigureConflict) and len(c.positions) > 2  # joined, it would be 2


@pytest.mark.parametrize(
    ("later", "lines"),
    [
        # two later counts below one early figure: a line each, as before
        (
            [("m1", "110,000", "2024-01-05"), ("m2", "150,000", "2024-01-06")],
            [
                "later and lower: 110,000 (Ministry, said 2024-01-05), 4.1x below 500,000 "
                "(Senator, said 2024-01-02)",
                "later and lower: 150,000 (Ministry, said 2024-01-06), 3.1x below 500,000 "
                "(Senator, said 2024-01-02)",
            ],
        ),
        # three or more: one line for the early figure, each later count in it
        (
            [
                ("m1", "110,000", "2024-01-05"),
                ("m2", "150,000", "2024-01-06"),
                ("m3", "230,000", "2024-01-20"),
            ],
            [
                "later and lower than 500,000 (Senator, said 2024-01-02): 110,000 (Ministry, "
                "said 2024-01-05), 4.1x below; 150,000 (Ministry, said 2024-01-06), 3.1x below; "
                "230,000 (Ministry, said 2024-01-20), 2x below"
            ],
        ),
    ],
)
def test_falls_below_one_early_figure_are_one_line(later: list, lines: list[str]) -> None:
    from claimtrack.report import time_lines

    facts = [RISING[0]] + [said(i, v, "Ministry", said_on=d) for i, v, d in later]
    (c,) = analyse(facts, cumulative={"deaths"}).conflicts
    assert isinstance(c, FigureConflict)
    records = {
        f.id: {"value": v, "claimant": f.claimant}
        for f, v in zip(facts, ["500,000"] + [v for _, v, _ in later], strict=True)
    }
    assert time_lines(c, records, cumulative=True) == lines
