"""A figure dated only by its month (or year, or day) beside a count followed day by day
(docs/conflicts.md, rule 9, "A figure dated only by a month"): it is set against the figures
of the days inside its month only when it fits nowhere in their course, and the change over
time shows it after the days, never as one step holding all of them.

The worked example is the Valencia floods of 2024 as a new user logged them
(tests/fixtures/valencia-floods-2024.jsonl): several pages give only the month.
"""

from __future__ import annotations

import json

import pytest

from claimtrack.conflicts import (
    Change,
    ChangePoint,
    Fact,
    FigureConflict,
    analyse,
    change_text,
)

from conftest import ROOT

VALENCIA = ROOT / "tests" / "fixtures" / "valencia-floods-2024.jsonl"
SUBJECT = "valencia-floods-2024"


def fig(
    id_: str,
    value: float,
    who: str,
    when: str,
    measure: str = "deaths",
    source: str | None = None,
    as_of: str | None = None,
) -> Fact:
    """A figure said on ``when`` (its time on a cumulative measure or a count of the moment,
    unless ``as_of``), read from ``source``."""
    return Fact(
        id_,
        who,
        "figure",
        measure,
        value,
        value,
        None,
        as_of,
        when,
        "active",
        None,
        "count",
        0,
        None,
        source,
    )


def _findings(facts: list[Fact], cumulative: bool) -> tuple[list[tuple], list[tuple]]:
    """(disputes, minor differences) of the figures: (measure, as_of, claim ids) each."""
    measures = {f.topic for f in facts}
    report = analyse(facts, cumulative=measures if cumulative else [])

    def rows(group: tuple) -> list[tuple]:
        return [
            (c.measure, c.as_of, tuple(sorted(i for p in c.positions for i in p.claims)))
            for c in group
            if isinstance(c, FigureConflict)
        ]

    return rows(report.conflicts), rows(report.minor)


# A count followed by A on days of November; B and C give figures of "2024-11" only.
_DAYS = [fig("a5", 100, "A", "2024-11-05"), fig("a18", 200, "A", "2024-11-18")]

_CASES = [
    pytest.param(
        [*_DAYS, fig("b", 250, "B", "2024-11")],
        True,
        [],
        id="above-the-course-fits-at-its-end",
    ),
    pytest.param(
        [*_DAYS, fig("b", 50, "B", "2024-11")],
        True,
        [],
        id="below-the-course-fits-at-its-start",
    ),
    pytest.param(
        [*_DAYS, fig("b", 150, "B", "2024-11")],
        True,
        [],
        id="between-two-days-fits",
    ),
    pytest.param(
        # two figures of the month itself, apart: a dispute of the month, and only theirs
        [*_DAYS, fig("b", 150, "B", "2024-11"), fig("c", 400, "C", "2024-11")],
        True,
        [("deaths", "2024-11", ("b", "c"))],
        id="two-of-the-month-still-disagree",
    ),
    pytest.param(
        # the days' own course falls (X's 300 then Y's 100): 200 of the month fits nowhere,
        # and is compared with them as before
        [
            fig("x", 300, "X", "2024-11-05"),
            fig("y", 100, "Y", "2024-11-18"),
            fig("b", 200, "B", "2024-11"),
        ],
        True,
        [("deaths", None, ("b", "x", "y"))],
        id="fits-nowhere-compared-as-before",
    ),
    pytest.param(
        # a month against one day in it: no course is known, the rule of one day stands
        [fig("a", 100, "A", "2024-11-05"), fig("b", 200, "B", "2024-11")],
        True,
        [("deaths", None, ("a", "b"))],
        id="one-day-inside-no-course",
    ),
    pytest.param(
        # a day against a time of it: no course is known either (a day and a time of it
        # cannot be ordered), as before
        [
            fig("a", 100, "A", "2024-11-12"),
            fig("a2", 120, "A", "2024-11-12T20:00"),
            fig("b", 200, "B", "2024-11-12T20:00"),
        ],
        True,
        [("deaths", None, ("a", "a2", "b"))],
        id="day-and-its-times-as-before",
    ),
    pytest.param(
        # a year holding months that follow a count: the same rule, one level up
        [
            fig("a", 100, "A", "2023-09"),
            fig("a2", 200, "A", "2023-10"),
            fig("b", 180, "B", "2023"),
        ],
        True,
        [],
        id="a-year-holding-months",
    ),
    pytest.param(
        # a count of the moment (not cumulative): it may rise and fall, so a figure of the
        # month fits any course; the month's own figures still disagree with each other
        [
            fig("c5", 89, "CID", "2024-11-05", "missing"),
            fig("c8", 50, "CID", "2024-11-08", "missing"),
            fig("c18", 11, "CID", "2024-11-18", "missing"),
            fig("g", 5, "Government", "2024-11", "missing"),
            fig("m", 93, "Minister", "2024-11", "missing"),
        ],
        False,
        [("missing", "2024-11", ("g", "m"))],
        id="count-of-the-moment",
    ),
]


@pytest.mark.parametrize(("facts", "cumulative", "expected"), _CASES)
def test_a_figure_of_a_month_beside_a_known_course(
    facts: list[Fact], cumulative: bool, expected: list[tuple]
) -> None:
    assert _findings(facts, cumulative)[0] == expected


def test_too_many_to_place_are_compared_as_before() -> None:
    # 260 figures of the month x 260 inside it exceed the work budget (65,536 placements):
    # compared with the days as before the rule, never a cost that grows with their product
    days = [
        fig(f"a{i}", 200 if i % 2 else 100, "A", f"2024-11-{5 + i % 2 * 13:02d}")
        for i in range(260)
    ]
    month = [fig(f"b{i}", 150, "B", "2024-11") for i in range(260)]
    disputes, _ = _findings(days + month, True)
    assert disputes and any(i.startswith("b") for i in disputes[0][2])
    few, _ = _findings(days[:100] + month[:100], True)  # 10,000: placed, and they fit
    assert few == []


def test_the_days_of_the_month_are_not_drawn_into_its_dispute() -> None:
    # before: one dispute "of unknown order" holding the month's figures and every day's
    facts = [*_DAYS, fig("b", 150, "B", "2024-11"), fig("c", 400, "C", "2024-11")]
    report = analyse(facts, cumulative=["deaths"])
    (c,) = [c for c in report.conflicts if isinstance(c, FigureConflict)]
    assert c.times == ("2024-11",)
    assert c.updates == ()


# One claimant's two figures of one moment (a bulletin closed at 20:00), as two papers print
# it: (facts, cumulative?, expected (disputes, minor differences))
_MOMENT = "2024-11-12T20:00"
_ONE_MOMENT = [
    pytest.param(
        [
            fig("p1", 215, "CID", "2024-11-13", "deaths", "paper-1", _MOMENT),
            fig("p2", 216, "CID", "2024-11-12", "deaths", "paper-2", _MOMENT),
        ],
        True,
        ([], [("deaths", _MOMENT, ("p1", "p2"))]),
        id="two-reports-minor",
    ),
    pytest.param(
        [
            fig("p1", 17, "CID", "2024-11-13", "missing", "paper-1", _MOMENT),
            fig("p2", 30, "CID", "2024-11-13", "missing", "paper-2", _MOMENT),
            fig("p3", 41, "CID", "2024-11-09", "missing", "paper-3"),
        ],
        False,
        ([("missing", _MOMENT, ("p1", "p2"))], []),
        id="two-reports-count-of-the-moment",
    ),
    pytest.param(
        # a page dated before the bulletin: its figure reads as a forecast of it (rule 2), set
        # against none of its reports (time26: before, the figure of 9 November, said before
        # the bulletin, was set against them and its dispute, read at its times, held both)
        [
            fig("p1", 17, "CID", "2024-11-13", "missing", "paper-1", _MOMENT),
            fig("p2", 30, "CID", "2024-11-11", "missing", "paper-2", _MOMENT),
            fig("p3", 41, "CID", "2024-11-09", "missing", "paper-3"),
        ],
        False,
        ([], []),
        id="a-report-before-the-moment-is-a-forecast",
    ),
    pytest.param(
        # one article: one statement in two wordings (rule 4), no finding
        [
            fig("p1", 215, "CID", "2024-11-13", "deaths", "paper-1", _MOMENT),
            fig("p2", 216, "CID", "2024-11-13", "deaths", "paper-1", _MOMENT),
        ],
        True,
        ([], []),
        id="one-article",
    ),
    pytest.param(
        # one day with no time of day: two updates of it, order not known, no finding
        [
            fig("p1", 100, "CID", "2024-11-12", "deaths", "paper-1"),
            fig("p2", 200, "CID", "2024-11-12", "deaths", "paper-2"),
        ],
        True,
        ([], []),
        id="one-day-is-an-update",
    ),
    pytest.param(
        # two times of one day: a rise, no finding
        [
            fig("p1", 100, "CID", "2024-11-12", "deaths", "paper-1", "2024-11-12T08:00"),
            fig("p2", 200, "CID", "2024-11-12", "deaths", "paper-2", _MOMENT),
        ],
        True,
        ([], []),
        id="two-times-rise",
    ),
]


@pytest.mark.parametrize(("facts", "cumulative", "expected"), _ONE_MOMENT)
def test_a_claimants_two_figures_of_one_moment(
    facts: list[Fact], cumulative: bool, expected: tuple
) -> None:
    assert _findings(facts, cumulative) == expected


def _change(*points: tuple[str, float]) -> Change:
    return Change(
        "deaths",
        tuple(ChangePoint(t, v, v, (f"c{k}",)) for k, (t, v) in enumerate(points)),
        "count",
    )


def _show(low: float, high: float | None, dimension: str) -> str:
    return f"{low:g}"


@pytest.mark.parametrize(
    ("points", "text"),
    [
        pytest.param(
            (("2024-11", 219), ("2024-11", 230), ("2024-11-02", 207), ("2024-11-16", 225)),
            "2024-11-02: 207 → 2024-11-16: 225; dated only 2024-11 (not placed among its "
            "days): 219 · 230",
            id="month-after-its-days",
        ),
        pytest.param(
            (("2024-10-31", 158), ("2024-11", 219), ("2024-11-02", 207), ("2024-11-16", 225)),
            "2024-10-31: 158 → 2024-11-02: 207 → 2024-11-16: 225; dated only 2024-11 (not "
            "placed among its days): 219",
            id="a-day-before-the-month",
        ),
        pytest.param(
            (("2023", 5), ("2023-09", 10), ("2023-10", 20)),
            "2023-09: 10 → 2023-10: 20; dated only 2023 (not placed among its months and days): 5",
            id="a-year",
        ),
        pytest.param(
            # one day inside the month: no course, one step as before
            (("2024-11", 219), ("2024-11-02", 207), ("2024-12-01", 240)),
            "2024-11: 219 · 2024-11-02: 207 (order not known) → 2024-12-01: 240",
            id="one-day-inside-as-before",
        ),
        pytest.param(
            # figures of one time of day: one moment, no order to know
            (("2024-11-09T20:00", 41), ("2024-11-12T20:00", 16), ("2024-11-12T20:00", 17)),
            "2024-11-09T20:00: 41 → 2024-11-12T20:00: 16 · 17 (2 figures of one moment)",
            id="one-moment",
        ),
        pytest.param(
            # a day and a time of it: as before
            (("2023-01-31", 1), ("2023-01-31", 2), ("2023-01-31T12:00", 3)),
            "2023-01-31: 1 · 2 · 2023-01-31T12:00: 3 (order not known)",
            id="day-and-a-time-as-before",
        ),
    ],
)
def test_change_text_puts_a_coarse_time_after_the_course(points: tuple, text: str) -> None:
    assert change_text(_change(*points), _show) == text


@pytest.fixture
def valencia(ct):
    result = ct("import", str(VALENCIA))
    assert result.exit_code == 0, result.output
    return ct


def test_valencia_text(valencia) -> None:
    out = valencia("conflicts", SUBJECT).stdout
    assert "1. Disputed figure: missing (as of 2024-11, order not known): 3 positions" in out
    assert "all of 2024-11 without a day" in out
    # the days of the count are a change over time, the month's figures after them
    assert (
        "missing: 2024-11-05: 89 → 2024-11-08: 47.5–52.5 → 2024-11-09T20:00: 41 →" in out
        and "dated only 2024-11 (not placed among its days): 5 · 23 · 93" in " ".join(out.split())
    )
    assert "Data Integration Centre (CID) gives 11" not in out  # no false "own update"
    # a minor difference of several times gives each figure's time: which came first
    flat = " ".join(out.split())
    assert "222 (Maldita.es, reported 2024-11-11); spread 1.03x" in flat
    assert "215 (Data Integration Centre (CID), as of 2024-11-12T20:00)" in flat
    # Castellon Plaza's 16 of the bulletin of 12 November at 20:00, on a page of 11 November,
    # is a forecast by its dates (import warns): beside the count, never one of its figures
    # of that moment (before time27: "16 · 17 (2 figures of one moment)", a minor difference)
    assert "forecast of 2024-11-12T20:00: 16 (reported 2024-11-11)" in flat
    assert "(Castellon Plaza) · 17" not in flat
    assert out.rstrip().endswith("3 minor differences")


def test_valencia_json(valencia) -> None:
    doc = json.loads(valencia("conflicts", SUBJECT, "--json").stdout)
    disputes = [c for c in doc["conflicts"] if c["kind"] == "figure"]
    assert [(c["measure"], c["as_of"]) for c in disputes] == [
        ("missing", "2024-11"),
        ("deaths-valencia", "2024-10-30"),
    ]
    missing = disputes[0]
    assert sorted(i for p in missing["positions"] for i in p["claims"]) == [
        "cid-23",
        "gov-5",
        "marlaska-93",
    ]
    assert missing["times"] == ["2024-11"]
