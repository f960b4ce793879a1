"""What the sixth story logged as a new user (the Surfside condominium collapse, Florida, 2021:
tests/fixtures/surfside-collapse-2021.jsonl) showed misleading, as a general rule: a count of
the moment (people missing, unaccounted for, accounted for), not cumulative since it falls as
people are found, whose figures give no as_of, read as one disputed figure of eight positions
and as its own reversal by the county that updated it daily. It is now read with each figure
at the day it was said, like a cumulative measure but in both directions (docs/conflicts.md,
rule 9, "A count of the moment")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.conflicts import (
    Fact,
    FigureConflict,
    Reversal,
    analyse,
    report_to_json,
)

FIXTURE = Path(__file__).parent / "fixtures" / "surfside-collapse-2021.jsonl"
SUBJECT = "surfside-collapse-2021"


def fig(
    id_: str,
    low: float,
    *,
    who: str = "County",
    measure: str = "unaccounted",
    as_of: str | None = None,
    said_on: str | None = None,
    reported_on: str | None = None,
) -> Fact:
    return Fact(id_, who, "figure", measure, low, low, None, as_of, said_on, "active", reported_on)


def of(report, kind) -> list:
    found = [c for c in report.conflicts if isinstance(c, kind)]
    if kind is FigureConflict:  # time21: a dispute of one claimant alone is told as its reversal
        found += [d for c in report.conflicts if isinstance(c, Reversal) for d in c.disputes]
    return found


# (facts, moments, disputed, reversed, unmarked)
_CASES = [
    pytest.param(
        [
            fig("a", 159, said_on="2021-06-25"),
            fig("b", 128, said_on="2021-07-02"),
            fig("c", 14, said_on="2021-07-13"),
        ],
        ("unaccounted",),
        False,
        False,
        (),
        id="a-falling-count-of-one-claimant-is-a-change-not-its-reversal",
    ),
    pytest.param(
        [
            fig("a", 99, measure="people-missing", reported_on="2021-06-24"),
            fig("b", 159, measure="people-missing", said_on="2021-06-25"),
            fig("c", 43, measure="people-missing", said_on="2021-07-10", who="Police"),
        ],
        ("people-missing",),
        False,
        False,
        (),
        id="rising-then-falling-across-claimants-is-a-change",
    ),
    pytest.param(
        [
            fig("a", 120, measure="accounted-for", said_on="2021-06-25"),
            fig("b", 211, measure="accounted-for", said_on="2021-07-10"),
        ],
        ("accounted-for",),
        False,
        False,
        (),
        id="a-rising-count-of-those-accounted-for",
    ),
    pytest.param(
        [
            fig("a", 145, said_on="2021-07-02"),
            fig("b", 100, said_on="2021-07-02", who="Police"),
            fig("c", 14, said_on="2021-07-13"),
        ],
        ("unaccounted",),
        True,
        False,
        (),
        id="two-claimants-apart-on-one-day-stay-a-dispute",
    ),
    pytest.param(
        [
            fig("a", 60, said_on="2021-07-02"),
            fig("b", 90, said_on="2021-07-02"),
        ],
        ("unaccounted",),
        False,  # its own updates of one day, order not known (time32)
        False,  # one day: order not known, no reversal (time30)
        (),
        id="all-of-one-day-is-read-as-its-updates",
    ),
    pytest.param(
        [
            fig("a", 159, said_on="2021-06-25"),
            fig("b", 14),
        ],
        (),
        True,
        False,  # order not known, no reversal (time30)
        (),
        id="a-figure-with-no-date-could-be-of-any-moment",
    ),
    pytest.param(
        [
            fig("a", 159, as_of="2021-06-25"),
            fig("b", 14, as_of="2021-07-13"),
        ],
        (),
        False,
        False,
        (),
        id="every-figure-says-its-moment-rule-2-as-before",
    ),
    pytest.param(
        [
            fig("a", 250, measure="fighters-evacuated", said_on="2017-10-14"),
            fig("b", 60, measure="fighters-evacuated", said_on="2017-11-02"),
        ],
        (),
        True,
        True,
        (),
        id="one-event-s-count-is-no-count-of-the-moment",
    ),
    pytest.param(
        [
            fig("a", 60, measure="missing", reported_on="2020-08-05"),
            fig("b", 100, measure="missing", said_on="2020-08-08"),
        ],
        (),
        False,
        False,
        ("missing",),
        id="a-missing-count-that-only-rises-keeps-the-hint-to-mark-it",
    ),
]


@pytest.mark.parametrize(("facts", "moments", "disputed", "reversed_", "unmarked"), _CASES)
def test_a_count_of_the_moment_is_read_at_the_day_each_figure_was_said(
    facts: list[Fact],
    moments: tuple[str, ...],
    disputed: bool,
    reversed_: bool,
    unmarked: tuple[str, ...],
) -> None:
    report = analyse(facts)
    assert report.moments == moments
    assert report.unmarked == unmarked
    assert bool(of(report, FigureConflict)) is disputed
    assert bool(of(report, Reversal)) is reversed_
    hints = report_to_json("s", report)["hints"]
    assert hints == [{"measure": m, "hint": "mark-cumulative"} for m in unmarked] + [
        {"measure": m, "hint": "dated-by-statement"} for m in moments
    ]
    if moments:  # the figures are laid out as a change over time, each at its day
        (change,) = [ch for ch in report.changes if ch.measure == moments[0]]
        assert sorted({p.as_of for p in change.points}) == sorted(
            {f.as_of or f.said_on or f.reported_on for f in facts}
        )


def test_a_dispute_of_one_day_on_a_count_of_the_moment_says_its_order_is_not_known() -> None:
    report = analyse(
        [
            fig("a", 145, said_on="2021-07-02"),
            fig("b", 100, said_on="2021-07-02", who="Police"),
            fig("c", 14, said_on="2021-07-13"),
        ]
    )
    (c,) = of(report, FigureConflict)
    assert (c.as_of, c.times_ordered, c.times) == ("2021-07-02", False, ("2021-07-02",))
    assert sorted(cid for p in c.positions for cid in p.claims) == ["a", "b"]


def test_the_story_reads_its_counts_of_the_moment_as_changes(ct, tmp_path) -> None:
    assert ct("import", str(FIXTURE)).exit_code == 0
    out = ct("conflicts", SUBJECT, "--json")
    assert out.exit_code == 0, out.output
    doc = json.loads(out.stdout)
    disputed = [c["measure"] for c in doc["conflicts"] if c["kind"] == "figure"]
    assert disputed == ["eighty-seven-park-stories", "debris-removed"]
    assert [c for c in doc["conflicts"] if c["kind"] == "reversal"] == []
    assert doc["hints"] == [
        {"measure": "accounted-for", "hint": "dated-by-statement"},
        {"measure": "unaccounted", "hint": "dated-by-statement"},
    ]
    (unaccounted,) = [ch for ch in doc["changes"] if ch["measure"] == "unaccounted"]
    assert [p["as_of"] for p in unaccounted["points"]][:3] == [
        "2021-06-25",
        "2021-06-26",
        "2021-06-27",
    ]
    text = ct("conflicts", SUBJECT)
    assert "unaccounted: it reads like a count of the moment" in text.stdout
    assert "Disputed figure: unaccounted" not in text.stdout
    # the report shows no hints: its changes over time say how the counts were read
    md = ct("report", SUBJECT, "-f", "md").stdout
    assert (
        "- unaccounted: each figure with no as\\_of is read at the day it was said (a count of "
        "the moment, such as people missing or accounted for, rises and falls): a figure that "
        "counts another moment needs its --as-of"
    ) in md


# -- a figure its quote says was changed from (docs/conflicts.md, rule 9) ---------------------


@pytest.mark.parametrize(
    ("value", "quote", "said"),
    [
        (
            "145",
            "Authorities in Florida on Friday revised the count of people missing in the "
            "Surfside condominium collapse to 128 from 145",
            "to 128 from 145",
        ),
        (
            "16",
            "The toll has increased to 34 from 16, the governor said.",
            "increased to 34 from 16",
        ),
        ("128", "revised the count of people missing in the collapse to 128 from 145", None),
        ("145", "a walk of 3 km to 128 Main Street from 145 Elm Street", None),  # no number "to"
        ("145", "They moved from 145 Elm Street.", None),
    ],
)
def test_a_new_figure_before_from_says_the_change(value: str, quote: str, said: str) -> None:
    from claimtrack.quote_marks import revised_from

    assert revised_from({"kind": "figure", "value": value, "quote": quote}) == said


_QUOTE = "the estimated cost for the repair had increased from $9 million to more than $15 million"


@pytest.mark.parametrize(
    ("earlier", "later", "flagged"),
    [
        # the user dated the replaced figure before the one that replaced it: nothing to date
        (dict(as_of="2018"), dict(as_of="2021-04"), False),
        # a year and a month in it cannot be ordered: still to be dated
        (dict(as_of="2021"), dict(as_of="2021-04"), True),
        # a month and a day in it cannot be ordered
        (dict(as_of="2021-04"), dict(as_of="2021-04-02"), True),
    ],
)
def test_a_changed_figure_already_dated_before_its_replacement_is_not_flagged(
    earlier: dict, later: dict, flagged: bool
) -> None:
    from claimtrack.report import superseded_in_changes

    facts = [
        fig("a", 9e6, measure="repair-cost", who="Association", **earlier),
        fig("b", 15e6, measure="repair-cost", who="Association", **later),
    ]
    records = {
        f.id: {
            "kind": "figure",
            "value": v,
            "quote": _QUOTE,
            "claimant": "Association",
        }
        for f, v in zip(facts, ("$9 million", "more than $15 million"), strict=True)
    }
    lines = superseded_in_changes(analyse(facts), records)
    assert bool(lines) is flagged
    assert all("“$9 million” (Association" in line for line in lines)


# -- "up to" after a verb that moves a count (a guard against a misread) ----------------------


@pytest.mark.parametrize(
    ("quote", "value", "problem"),
    [
        # the count brought to 20: "20" is the whole figure, "up to 20" would store 0-20
        ("bringing the death count up to 20.", "20", None),
        ("bringing the death count up to 20.", "up to 20", "follows 'bringing'"),
        ("That pushed the number of people who have been accounted for up to 188", "188", None),
        ("The toll went up to 20 on Friday", "up to 20", "follows 'went'"),
        ("The toll rose up to 20", "20", None),
        # a cap stays a cap: no count named between the verb and "up to", a modal, a present
        ("The army will bring in up to 200 soldiers", "200", "part of the quote's 'up to 200'"),
        ("The army will bring in up to 200 soldiers", "up to 200 soldiers", None),
        ("The total could go up to 20", "up to 20", None),
        ("The water may have risen up to 3 metres", "up to 3 metres", None),
        ("Floods rise up to 3 metres", "3 metres", "part of the quote's 'up to 3 metres'"),
        ("bringing the death count, officials said, up to 20", "20", "part of the quote's"),
    ],
)
def test_up_to_after_a_verb_that_moves_a_count_is_no_cap(
    quote: str, value: str, problem: str | None
) -> None:
    from claimtrack.guards import part_problem

    found = part_problem(value, quote)
    assert (found is None) if problem is None else (found is not None and problem in found)


@given(st.text(max_size=60), st.text(max_size=12))
def test_only_a_figure_up_to_is_refused_as_moved(quote: str, value: str) -> None:
    from claimtrack.guards import raised_problem

    found = raised_problem(value, quote)
    assert found is None or value.lower().split()[:2] == ["up", "to"]


# -- a unit word the parser refuses as ambiguous, written as its message asks ------------------


@pytest.mark.parametrize(
    ("quote", "value", "in_quote"),
    [
        ("Workers have removed 5 million pounds of concrete.", "5 million lb", True),
        ("Workers have removed 5 million pounds of concrete.", "5 million pounds sterling", True),
        ("Workers have removed 5 million pounds of concrete.", "6 million lb", False),
        ("So far, workers have removed 124 tons of debris.", "124 short tons", True),
        ("So far, workers have removed 124 tons of debris.", "124 tonnes", True),
        ("So far, workers have removed 124 tons of debris.", "125 short tons", False),
        ("The fund lost 5 million pounds.", "£5 million", True),
        ("The ship sailed 40 nm north.", "40 nautical miles", True),
        ("Workers have removed 5 million kilograms.", "5 million lb", False),  # not the word
        ("The poundshop sold 5 million items.", "5 million lb", False),
    ],
)
def test_a_unit_written_as_the_refusal_asks_is_in_a_quote_with_the_word(
    quote: str, value: str, in_quote: bool
) -> None:
    from claimtrack.guards import figure_in_quote

    assert figure_in_quote(value, quote) is in_quote


# -- a toll not marked cumulative, with two updates of one day ---------------------------------


@pytest.mark.parametrize(
    ("facts", "unmarked"),
    [
        pytest.param(
            [
                fig("a", 4, measure="deaths", said_on="2021-06-25"),
                fig("b", 10, measure="deaths", said_on="2021-06-28"),
                fig("c", 11, measure="deaths", said_on="2021-06-28"),
                fig("d", 20, measure="deaths", said_on="2021-07-02"),
                fig("e", 22, measure="deaths", said_on="2021-07-02"),
            ],
            ("deaths",),
            id="one-claimant-s-updates-of-one-day-are-its-update",
        ),
        pytest.param(
            [
                fig("a", 4, measure="deaths", said_on="2021-06-25"),
                fig("b", 11, measure="deaths", said_on="2021-06-28"),
                fig("c", 10, measure="deaths", said_on="2021-06-28", who="Police"),
            ],
            ("deaths",),
            id="two-claimants-apart-on-one-day-stay-a-dispute-of-that-day-with-the-hint",
        ),
        pytest.param(
            [
                fig("a", 22, measure="deaths", said_on="2021-07-02"),
                fig("b", 20, measure="deaths", said_on="2021-07-03"),
                fig("c", 30, measure="deaths", said_on="2021-07-04"),
            ],
            (),
            id="a-fall-of-one-claimant-stays-a-dispute",
        ),
        pytest.param(
            [
                fig("a", 22, measure="deaths", said_on="2021-07"),
                fig("b", 10, measure="deaths", said_on="2021-07-03"),
                fig("c", 30, measure="deaths", said_on="2021-08-04"),
            ],
            ("deaths",),
            id="a-month-and-a-day-in-it-are-not-ordered",
        ),
        pytest.param(
            [
                fig("a", 22, measure="deaths", said_on="2021-07-02"),
                fig("b", 10, measure="deaths", said_on="2021-07-02"),
            ],
            ("deaths",),  # session 42: one claimant's two figures of one day, its updates
            id="all-of-one-day-one-claimant-s-updates",
        ),
    ],
)
def test_a_toll_not_marked_with_one_claimant_s_updates_of_a_day_gets_the_hint(
    facts: list[Fact], unmarked: tuple[str, ...]
) -> None:
    report = analyse(facts)
    assert report.unmarked == unmarked
    if unmarked:  # what marking it cumulative shows, and nothing else (story 7: a gap of one
        # day between two claimants stays a dispute of that day, never one across the dates)
        marked = analyse(facts, cumulative=frozenset(unmarked))
        assert report.conflicts == marked.conflicts and report.minor == marked.minor
        assert all(c.as_of is not None for c in of(report, FigureConflict))
    else:
        assert of(report, FigureConflict)
