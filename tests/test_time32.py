"""Judgement over time (time32, docs/conflicts.md rule 9): a count of the moment all of one
day, agreeing counts of different days (no corroboration of one moment), and a count said
over a span of time against a toll as of a day."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimtrack.conflicts import Fact, FigureConflict, analyse
from claimtrack.evidence import CORROBORATED, SINGLE_SOURCE, assess
from claimtrack.guards import span_warning


def fig(
    id_: str,
    low: float,
    *,
    who: str,
    measure: str = "missing",
    as_of: str | None = None,
    said_on: str | None = None,
    reported_on: str | None = None,
) -> Fact:
    return Fact(id_, who, "figure", measure, low, low, None, as_of, said_on, "active", reported_on)


def disputes(facts: list[Fact], cumulative: frozenset[str] = frozenset()) -> list[FigureConflict]:
    report = analyse(facts, cumulative=cumulative)
    return [c for c in report.conflicts if isinstance(c, FigureConflict)]


# -- 1. a count of the moment whose figures are all of one day ---------------------------------
# (facts, the disputes' (as_of, times_ordered), moments read)
_ONE_DAY = [
    pytest.param(
        [
            fig("fd", 300, who="Fire department", said_on="2019-01-26"),
            fig("co", 200, who="Mining company", said_on="2019-01-26"),
        ],
        [("2019-01-26", False)],
        ("missing",),
        id="two-bodies-one-day-order-not-known",
    ),
    pytest.param(
        [
            fig("fd", 300, who="Fire department", as_of="2019-01-26"),
            fig("co", 200, who="Mining company", as_of="2019-01-26"),
        ],
        [("2019-01-26", False)],
        ("missing",),
        id="one-as-of-day-order-not-known",
    ),
    pytest.param(
        [
            fig("fd", 300, who="Fire department", measure="unaccounted", said_on="2019-01"),
            fig("co", 200, who="Mining company", measure="unaccounted", reported_on="2019-01"),
        ],
        [("2019-01", False)],
        ("unaccounted",),
        id="one-month-order-not-known",
    ),
    pytest.param(
        [
            fig("fd", 300, who="Fire department", said_on="2019-01-26T09:00"),
            fig("co", 200, who="Mining company", said_on="2019-01-26T09:00"),
        ],
        [("2019-01-26T09:00", True)],
        ("missing",),
        id="one-moment-of-one-time-of-day-a-dispute-of-it",
    ),
    pytest.param(
        [
            fig("fd", 300, who="Fire department", said_on="2019-01-26"),
            fig("fd2", 200, who="Fire department", said_on="2019-01-26"),
        ],
        [],
        ("missing",),
        id="one-body-two-figures-of-one-day-its-updates",
    ),
    pytest.param(
        [
            fig("fd", 300, who="Fire department", said_on="2019-01-26"),
            fig("co", 200, who="Mining company"),
        ],
        [(None, True)],
        (),
        id="an-undated-figure-is-judged-as-before",
    ),
    pytest.param(
        [
            fig("fd", 300, who="Fire department", measure="deaths", said_on="2019-01-26"),
            fig("co", 200, who="Mining company", measure="deaths", said_on="2019-01-26"),
        ],
        [(None, True)],
        (),
        id="no-count-of-the-moment-is-judged-as-before",
    ),
]


@pytest.mark.parametrize(("facts", "found", "moments"), _ONE_DAY)
def test_a_count_of_the_moment_of_one_day_says_its_order_is_not_known(
    facts: list[Fact], found: list[tuple[str | None, bool]], moments: tuple[str, ...]
) -> None:
    report = analyse(facts)
    got = [(c.as_of, c.times_ordered) for c in report.conflicts if isinstance(c, FigureConflict)]
    assert got == found
    assert report.moments == moments


# -- 2. agreeing counts of different days corroborate no one moment ----------------------------
# (facts, measures marked cumulative, the grade of each position of the first dispute)
_ACROSS_DAYS = [
    pytest.param(
        [
            fig("min", 100, who="Ministry", measure="deaths", said_on="2025-03-01"),
            fig("rc", 100, who="Red Cross", measure="deaths", said_on="2025-03-03"),
            fig("pp", 50, who="Daily Paper", measure="deaths", said_on="2025-03-04"),
        ],
        frozenset({"deaths"}),
        [SINGLE_SOURCE, SINGLE_SOURCE],
        id="cumulative-two-days-not-corroborated",
    ),
    pytest.param(
        [
            fig("min", 100, who="Ministry", measure="deaths", said_on="2025-03-03"),
            fig("rc", 100, who="Red Cross", measure="deaths", said_on="2025-03-03"),
            fig("pp", 50, who="Daily Paper", measure="deaths", said_on="2025-03-04"),
        ],
        frozenset({"deaths"}),
        [SINGLE_SOURCE, CORROBORATED],
        id="cumulative-one-day-corroborated",
    ),
    pytest.param(
        [
            fig("min", 100, who="Ministry", measure="deaths", said_on="2025-03"),
            fig("rc", 100, who="Red Cross", measure="deaths", said_on="2025-03-03"),
            fig("pp", 50, who="Daily Paper", measure="deaths", said_on="2025-04-04"),
        ],
        frozenset({"deaths"}),
        [SINGLE_SOURCE, CORROBORATED],
        id="a-month-and-a-day-in-it-cannot-be-told-apart",
    ),
    pytest.param(
        [
            fig("min", 100, who="Ministry", measure="deaths", said_on="2025-03-01"),
            fig("rc", 100, who="Red Cross", measure="deaths", said_on="2025-03-03"),
            fig("pp", 50, who="Daily Paper", measure="deaths", said_on="2025-03-03"),
        ],
        frozenset(),
        [SINGLE_SOURCE, CORROBORATED],
        id="not-marked-compared-as-one-moment",
    ),
    pytest.param(
        [
            fig("a", 300, who="Fire department", said_on="2019-01-26"),
            fig("b", 300, who="Mining company", said_on="2019-01-27"),
            fig("c", 300, who="Civil defence", said_on="2019-01-27"),
            fig("d", 150, who="Civil defence", said_on="2019-01-28"),
            fig("e", 100, who="Police", said_on="2019-01-27"),
        ],
        frozenset(),
        [SINGLE_SOURCE, CORROBORATED],
        id="a-count-of-the-moment-two-bodies-of-one-day-corroborate",
    ),
]


@pytest.mark.parametrize(("facts", "cumulative", "grades"), _ACROSS_DAYS)
def test_agreeing_counts_of_different_days_are_not_corroboration(
    facts: list[Fact], cumulative: frozenset[str], grades: list[str]
) -> None:
    report = analyse(facts, cumulative=cumulative)
    first = next(i for i, c in enumerate(report.conflicts) if isinstance(c, FigureConflict))
    supports = assess(report).conflicts[first]
    assert [s.grade for s in supports] == grades
    for s in supports:
        apart = [j for j in s.joins if "counts of different times" in j]
        assert bool(apart) is (s.grade == SINGLE_SOURCE and s.origins > 1)


def test_a_later_higher_figure_of_another_claimant_disputes_nothing() -> None:
    facts = [
        fig("min", 100, who="Ministry", measure="deaths", said_on="2025-03-01"),
        fig("rc", 160, who="Red Cross", measure="deaths", said_on="2025-03-03"),
    ]
    report = analyse(facts, cumulative=frozenset({"deaths"}))
    assert report.conflicts == ()
    assert [len(c.points) for c in report.changes] == [2]


# -- 3. a count over a span of time ------------------------------------------------------------
_SPANS = [
    ("Between January and March 300 people died of cholera.", "300", "deaths", True),
    ("The ministry said 12 people died in the past 24 hours.", "12", "deaths", True),
    ("From 1 to 15 March, 40 new cases were recorded.", "40", "cases", True),
    ("In the week to 5 March, 61 people were arrested.", "61", "arrests", True),
    ("The toll rose to 300 in the first week.", "300", "deaths", False),
    ("300 people have died since January.", "300", "deaths", False),
    ("About 300 remained missing between Monday and Tuesday.", "About 300", "missing", False),
    ("Police said between 36 and 55 people were injured.", "between 36 and 55", "injured", False),
    ("Between January and March 300 people died of cholera.", "300", "deaths-jan-to-mar", False),
    ("Between 2019 and 2021 the company earned 300 million.", "300 million", "revenue", False),
    ("Cases rose by 40 between 1 and 15 March.", "40", "cases", False),  # a change (below)
]


@pytest.mark.parametrize(("quote", "value", "measure", "warned"), _SPANS)
def test_a_count_over_a_span_on_a_running_measure_is_warned(
    quote: str, value: str, measure: str, warned: bool
) -> None:
    change = "up" if "rose by" in quote else None
    said = span_warning(value, quote, measure, change)
    assert (said is not None) is warned, said
    if said:
        assert said.startswith(f"the figure {value!r} is a count over a span of time")


def test_add_warns_of_a_count_over_a_span_and_stores_it(ct, tmp_path: Path) -> None:
    result = ct(
        *("add", "cholera-x", "--claimant", "WHO", "--figure", "300", "--measure", "deaths"),
        *("--quote", "Between January and March 300 people died of cholera.", "--new"),
        *("--said-on", "2024-03-31", "--json"),
    )
    assert result.exit_code == 0, result.output
    assert (
        "the figure '300' is a count over a span of time in its quote ('Between January"
        " and March'): on deaths it is compared with no count of a day unless it gives --as-of"
        " the span's end (the count at that end, if the span covers the count from its start);"
        " if the span starts later, log it on a measure that names the span (e.g."
        " deaths-january-to-march)" in result.stderr
    )
    assert json.loads(result.stdout)["value"] == "300"


FIXTURES = Path(__file__).parent / "fixtures"


def test_the_brumadinho_story_reads_its_missing_as_a_count_of_the_moment(ct) -> None:
    """Logged from 18 pages (docs/conflicts.md, "Worked example: the Brumadinho dam
    collapse"): one undated page put the missing back to one moment (a dispute of 5 positions
    and the fire department's reversal); now only the toll of 28 January is disputed."""
    assert ct("import", str(FIXTURES / "brumadinho-2019.jsonl")).exit_code == 0
    result = ct("conflicts", "brumadinho-2019", "--json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert [(c["kind"], c["measure"], c["as_of"]) for c in doc["conflicts"]] == [
        ("figure", "deaths", "2019-01-28")
    ]
    assert doc["conflicts"][0]["times_ordered"] is False
    assert {"measure": "missing", "hint": "dated-by-statement"} in doc["hints"]
    assert [(m["measure"], m["as_of"]) for m in doc["minor"]] == [
        ("deaths", "2019-01-27"),
        ("missing", "2019-01-28"),
        ("missing", None),
    ]


def test_agreeing_counts_of_two_days_are_graded_single_source_in_the_json(ct) -> None:
    assert ct("import", str(FIXTURES / "time32.jsonl")).exit_code == 0
    assert ct("measure", "storm-toll-days", "deaths", "--cumulative").exit_code == 0
    result = ct("conflicts", "storm-toll-days", "--json")
    assert result.exit_code == 0, result.output
    (dispute,) = json.loads(result.stdout)["conflicts"]
    top = dispute["positions"][1]
    assert (top["claimants"], top["origins"], top["grade"], top["joins"]) == (
        ["Ministry", "Red Cross"],
        2,
        "single-source",
        [
            "counts of different times (Ministry 2025-03-01; Red Cross 2025-03-03): agreeing,"
            " they corroborate no one moment"
        ],
    )
    assert dispute["bounds"]["corroborated_low"] is None


def test_import_warns_of_counts_over_a_span_once_with_their_ids(ct) -> None:
    """`import` says what add and edit say of a count over a span of time (time33): each
    line's warning with its claim id, then how many in all, once per import; a toll said "since
    January" is a count so far and is not warned of."""
    result = ct("import", str(FIXTURES / "time33-spans.jsonl"), "--new")
    assert result.exit_code == 0, result.output
    lines = [x for x in result.stderr.splitlines() if x.startswith("warning:")]
    assert [x.split(": ")[1:3] for x in lines[:2]] == [
        [f"{FIXTURES / 'time33-spans.jsonl'}:1", "sp-who"],
        [f"{FIXTURES / 'time33-spans.jsonl'}:2", "sp-min"],
    ]
    assert "('in the past 24 hours')" in lines[1]
    assert "log it on a measure that names the span (e.g. deaths-past-24-hours)" in lines[1]
    assert lines[2:] == [
        "warning: figures counted over a span of time, stored on a running count's measure and"
        " compared with none of its counts at their times (each: claimtrack edit ID --as-of the"
        " span's end, or --measure one that names the span): 2 lines"
    ]
    again = ct("import", str(FIXTURES / "time33-spans.jsonl"), "--json")
    assert again.exit_code == 0, again.output
    assert json.loads(again.stdout)["over_a_span"] == 2
