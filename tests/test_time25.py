"""A toll updated for four weeks by several bodies (time25, the Beirut port explosion of 4
August 2020; docs/conflicts.md, worked example): a count that rose stays one position with no
earlier figure above it pulled in ("more than 200" of 10 August does not gain the cabinet's
190 of the 30th as support), the change over time names as disputed only the times of the
figures at odds, a figure's words before "and more than" another figure are whole ("171 dead
and more than 6,000 injured" is 171, not "171 and more"), and a reversal's brief line says
which of its claims passes on another's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimtrack.conflicts import Fact, FigureConflict, Report, analyse
from claimtrack.guards import part_problem
from claimtrack.report import disputed_in_changes
from test_time_order import fig

FIXTURE = Path(__file__).parent / "fixtures" / "beirut-blast-2020.jsonl"
SUBJECT = "beirut-blast-2020"


# (figure, quote, stored as it is)
@pytest.mark.parametrize(
    ("value", "quote", "whole"),
    [
        # a comparative before "than" opens the next figure: no closing hedge of this one
        ("171 dead", "a new death toll shows 171 dead and more than 6,000 injured", True),
        ("160 dead", "The previous toll was 160 dead and more than 5,000 injured.", True),
        ("40", "It killed 40 and more than 300 were hurt", True),
        ("12 schools", "12 schools or fewer than 20 clinics were shut", True),
        ("3 km", "a crater of 3 km and less than 1 km deep", True),
        # the closing hedge itself still makes another amount
        ("171 dead", "The toll is 171 dead and more.", False),
        ("40", "It killed 40 or more, the ministry said", False),
        ("40", "It killed 40 or more than that", False),
        ("6,000", "more than 6,000 injured", False),
    ],
)
def test_a_comparative_before_than_is_the_next_figures(value: str, quote: str, whole: bool) -> None:
    problem = part_problem(value, quote)
    assert (problem is None) is whole, problem


def _positions(report: Report) -> list[list[set[str]]]:
    return [
        [set(p.claims) for p in c.positions]
        for c in report.conflicts
        if isinstance(c, FigureConflict)
    ]


# a running count (marked cumulative): what stands together in the positions of its dispute
@pytest.mark.parametrize(
    ("facts", "positions"),
    [
        pytest.param(  # the Beirut toll: a governor's estimate, then the official count rising
            [fig("gov", 201, "Governor", "2020-08-10", high=None),
             fig("m171", 171, "Ministry", "2020-08-11"), fig("u178", 178, "UN", "2020-08-14"),
             fig("m188", 188, "Ministry", "2020-08-29"), fig("c190", 190, "Cabinet", "2020-08-30")],
            [[{"m171", "u178", "m188", "c190"}, {"gov"}]],
            id="the-count-risen-stays-with-its-course",
        ),
        pytest.param(  # the estimate a range that allows the late count: that count agrees
            [fig("gov", 180, "Governor", "2020-08-10", high=230),
             fig("m150", 150, "Ministry", "2020-08-11"), fig("m190", 190, "Ministry", "2020-08-29")],
            [[{"m150"}, {"gov"}]],
            id="a-later-figure-the-estimate-allows-is-no-part-of-it",
        ),
        pytest.param(  # c, later and below b, is at odds with the run below it (d): it stays
            [fig("a", 100, "A", "2020-08-01"), fig("b", 300, "B", "2020-08-02"),
             fig("c", 280, "C", "2020-08-05"), fig("d", 50, "D", "2020-08-06")],
            [[{"d"}, {"a", "b", "c"}]],
            id="a-figure-at-odds-with-the-run-below-is-not-moved",
        ),
        pytest.param(  # no later figure below another of its position: as before
            [fig("a", 100, "A", "2020-08-01"), fig("b", 300, "B", "2020-08-02"),
             fig("c", 120, "C", "2020-08-05")],
            [[{"c"}, {"b"}]],
            id="a-rise-and-an-estimate-above-it",
        ),
    ],
)  # fmt: skip
def test_a_running_counts_positions_hold_figures_true_together(
    facts: list[Fact], positions: list[list[set[str]]]
) -> None:
    assert _positions(analyse(facts, cumulative=["deaths"])) == positions


@pytest.mark.parametrize(
    ("facts", "lines"),
    [
        pytest.param(  # only the estimate and the counts materially below it are at odds
            [fig("gov", 201, "Governor", "2020-08-10", high=None),
             fig("m171", 171, "Ministry", "2020-08-11"), fig("u178", 178, "UN", "2020-08-14"),
             fig("m188", 188, "Ministry", "2020-08-29"), fig("c190", 190, "Cabinet", "2020-08-30")],
            ["deaths: its figures of 2020-08-10, 2020-08-11, 2020-08-14 are disputed (finding "
             "1): read them there, not as the count changing"],
            id="the-rest-of-the-course-is-the-count-changing",
        ),
        pytest.param(  # two claimants of one day in two positions beside a fall: that day too
            [fig("gov", 201, "Governor", "2020-08-10", high=None),
             fig("m171", 171, "Ministry", "2020-08-11"), fig("r260", 260, "Red Cross", "2020-08-11"),
             fig("m300", 300, "Ministry", "2020-08-29")],
            ["deaths: its figures of 2020-08-10, 2020-08-11 are disputed (finding 1): read them "
             "there, not as the count changing"],
            id="one-day-at-odds-beside-a-fall",
        ),
        pytest.param(  # a dispute of one day and no fall: every time of it, as before
            [fig("a", 16, "Government", "2017-10-03"), fig("b", 100, "Critic", "2017-10-03"),
             fig("c", 300, "Government", "2017-12-01")],
            ["deaths: its figures of 2017-10-03 are disputed (finding 1): read them there, "
             "not as the count changing"],
            id="one-disputed-day-in-a-rise",
        ),
    ],
)  # fmt: skip
def test_the_changes_name_only_the_times_at_odds(facts: list[Fact], lines: list[str]) -> None:
    report = analyse(facts, cumulative=["deaths"])
    assert disputed_in_changes(report) == lines


@pytest.fixture
def beirut(ct):
    result = ct("import", str(FIXTURE))
    assert result.exit_code == 0, result.output
    return ct


def test_the_beirut_toll_reads_as_a_course_and_one_estimate_above_it(beirut) -> None:
    result = beirut("conflicts", SUBJECT, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    deaths = next(c for c in data["conflicts"] if c.get("measure") == "deaths")
    assert [p["claims"] for p in deaths["positions"]] == [
        ["d-gov-190", "d-moh-171", "d-moh-188", "d-un-178"],
        ["d-abboud-200"],
    ]
    assert [f["claims"] for f in deaths["falls"]] == [
        ["d-abboud-200", "d-moh-171"],
        ["d-abboud-200", "d-un-178"],
    ]
    # stored and exploded are two measures: never one dispute
    measures = sorted(c["measure"] for c in data["conflicts"] if c["kind"] == "figure")
    assert measures == ["an-exploded-tonnes", "deaths"]
    assert data["summary"]["revisions"] == 0


def test_the_reversal_line_says_the_relay(beirut) -> None:
    result = beirut("conflicts", SUBJECT)
    assert result.exit_code == 0, result.output
    out = " ".join(result.stdout.split())
    assert (
        "2 claims: 2,750 tonnes (reported 2020-08-10) → only 500 tonnes (reported 2020-12, "
        "relaying FBI)"
    ) in out
    assert (
        "deaths: its figures of 2020-08-10, 2020-08-11, 2020-08-14 are disputed (finding 2): "
        "read them there, not as the count changing"
    ) in out


def _relay_fig(
    id_: str, value: float, who: str, *, said: str | None, reported: str | None,
    as_of: str | None = None, relays: str | None = None,
) -> Fact:  # fmt: skip
    return Fact(
        id_, who, "figure", "tonnes", value, value, None, as_of, said, "active", reported,
        "count", 0, relays,
    )  # fmt: skip


def _relayed(fbi_said: str) -> list[Fact]:
    """Diab's 2,750 of August, the FBI's estimate said on ``fbi_said``, and Diab's "only 500"
    on a page of December, passing it on."""
    return [
        _relay_fig("x-diab", 2750, "Diab", said=None, reported="2020-08-10", as_of="2020-08-04"),
        _relay_fig("x-fbi", 552, "FBI", said=fbi_said, reported="2021-07", as_of="2020-08-04"),
        _relay_fig(
            "x-relay", 500, "Diab", said=None, reported="2020-12", as_of="2020-08-04",
            relays="x-fbi",
        ),
    ]  # fmt: skip


# a claimant's figure dated only by a later page, passing on another's claim: said on or after it
@pytest.mark.parametrize(
    ("facts", "ordered"),
    [
        # the FBI's estimate of October: Diab's relay came after his August figure
        pytest.param(_relayed("2020-10-07"), True, id="a-relay-of-a-later-statement"),
        # what it relays was said before the other statement: still not known
        pytest.param(_relayed("2020-08-05"), False, id="a-relay-of-an-earlier-statement"),
        pytest.param(  # no relay: as before, any day from 4 August
            [_relay_fig("x-diab", 2750, "Diab", said=None, reported="2020-08-10", as_of="2020-08-04"),
             _relay_fig("x-late", 500, "Diab", said=None, reported="2020-12", as_of="2020-08-04")],
            None,  # order not known, and the dispute says so: no reversal (time30)
            id="no-relay",
        ),
    ],
)  # fmt: skip
def test_a_relay_comes_after_what_it_relays(facts: list[Fact], ordered: bool | None) -> None:
    from claimtrack.conflicts import Reversal

    found = [c for c in analyse(facts).conflicts if isinstance(c, Reversal)]
    assert [c.ordered for c in found] == ([] if ordered is None else [ordered])


def test_a_reversal_ordered_by_a_relay_keeps_what_else_it_says() -> None:
    """A reversal put in order by a relay's date is rebuilt with every field it had: Diab's
    figure with no as_of, on a page of 10 August, may describe a moment after 4 August (the
    reversal's ``later``), and says so once ordered too (the rebuild dropped it)."""
    from claimtrack.conflicts import Reversal

    facts = [
        _relay_fig("x-diab", 2750, "Diab", said=None, reported="2020-08-10"),
        _relay_fig("x-fbi", 552, "FBI", said="2020-10-07", reported="2021-07", as_of="2020-08-04"),
        _relay_fig(
            "x-relay", 500, "Diab", said=None, reported="2020-12", as_of="2020-08-04",
            relays="x-fbi",
        ),
    ]  # fmt: skip
    found = [c for c in analyse(facts).conflicts if isinstance(c, Reversal)]
    assert [(c.ordered, c.later, c.later_than) for c in found] == [
        (True, ("x-diab",), "2020-08-04")
    ]
