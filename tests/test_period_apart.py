"""An amount whose period stands later in its clause (time31): "850 flights are usually operated
each day" is a count per day, not a total. ``add`` and the import refuse the amount alone and
take it with its period ("850 flights a day"); the engine never sets a figure per period
against a total of its measure (two dimensions: incomparable, never a dispute)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from claimtrack.conflicts import Fact, FigureConflict, analyse
from claimtrack.guards import figure_in_quote, import_problem, part_problem, period_after

# (quote, figure, the period read after it, or None). Invented sentences, signed by hand: the
# period later in the clause, its words any lead ("each", "a", "per", "every") or an adverb
# closing the clause; and near-misses where it is one span, a moment, another clause's or
# another number's.
PERIOD_ROWS = [
    ("850 flights are usually operated each day", "850 flights", ("day", "each day")),
    ("12,000 to 19,000 barrels of oil were leaking each day", "19,000 barrels", ("day", "each day")),
    ("the plant turns out 300 cars, mostly hatchbacks, every week", "300 cars", ("week", "every week")),
    ("$2 billion is spent on the scheme per year by the ministry", "$2 billion", ("year", "per year")),
    ("about 40 people cross the border illegally a day", "about 40 people", ("day", "a day")),
    ("some 600 migrants arrive on the island daily.", "some 600 migrants", ("day", "daily")),
    # one span: a total over it
    ("24 people were killed in a day", "24 people", None),
    ("£350m was raised over a year", "£350m", None),
    # a moment, not each period
    ("24 people died, a day after the storm hit", "24 people", None),
    ("the toll stood at 24 a day later", "24", None),
    # another clause's period, or another number's
    ("the strike cancelled 1,700 flights, and each day more passengers are stranded", "1,700 flights", None),
    ("1,700 flights were cancelled at a cost of £40m a day", "1,700 flights", None),
    ("1,700 flights were cancelled. Each day brings more", "1,700 flights", None),
    # a period too far from the amount to be read as its own
    ("1,700 flights were cancelled by the airline because of the strike called by pilots who say they are paid too little each year", "1,700 flights", None),
]  # fmt: skip


@pytest.mark.parametrize(("quote", "figure", "expected"), PERIOD_ROWS)
def test_the_period_said_later_in_a_figures_clause(
    quote: str, figure: str, expected: tuple[str, str] | None
) -> None:
    end = quote.index(figure) + len(figure)
    assert period_after(quote, end) == expected


# (quote, figure as logged, refused): the amount alone is refused where its period stands later
# in the clause; the amount with its period is in the quote
GUARD_ROWS = [
    ("850 flights are usually operated each day", "850 flights", True),
    ("850 flights are usually operated each day", "850 flights a day", False),
    ("12,000 to 19,000 barrels of oil were leaking each day", "12,000 to 19,000 barrels", True),
    ("12,000 to 19,000 barrels of oil were leaking each day", "12,000 to 19,000 barrels a day", False),
    ("some 600 migrants arrive on the island daily.", "some 600 migrants", True),
    ("some 600 migrants arrive on the island daily.", "some 600 migrants a day", False),
    # before time31 taken as an amount ("not one figure: a verb apart", tests/test_rates.py)
    ("We send £350m to Brussels every week.", "£350m", True),
    # a length of time, not each period
    ("Rwanda said it would delay sending about 300 troops by about a week", "about 300 troops", False),
    # where the amount also stands with no period, it may be that one
    ("850 flights a week, or 850 flights over the strike", "850 flights", False),
    ("24 people were killed in a day", "24 people", False),
    ("24 people died, a day after the storm hit", "24 people", False),
    # a share is not read per period (the parser refuses a share per period: a rate of change)
    ("unemployment rose to 5% each year", "5%", False),
]  # fmt: skip


@pytest.mark.parametrize(("quote", "figure", "refused"), GUARD_ROWS)
def test_an_amount_per_period_is_refused_alone(quote: str, figure: str, refused: bool) -> None:
    assert figure_in_quote(figure, quote)
    problem = part_problem(figure, quote)
    assert (problem is not None and "said per period" in problem) is refused, problem
    imported = import_problem(figure, quote, None)
    assert (imported is not None and imported[1] and "said per period" in imported[0]) is refused


def test_a_measure_that_names_the_period_takes_the_amount() -> None:
    quote = "850 flights are usually operated each day"
    assert part_problem("850 flights", quote, measure="daily-flights") is None
    assert import_problem("850 flights", quote, None, measure="daily-flights") is None


def test_another_period_is_not_in_the_quote() -> None:
    """ "850 flights a week" is no reading of "850 flights are usually operated each day"."""
    assert not figure_in_quote("850 flights a week", "850 flights are usually operated each day")
    assert not figure_in_quote("850 flights a day", "850 flights, a day after the strike")


# the engine: a figure per period and a total on one measure are two dimensions, said so
# (``Report.incomparable``), never a dispute, whichever is larger
@pytest.mark.parametrize(("per_day", "total"), [(850, 1_700), (850, 100), (850, 5_950)])
def test_a_rate_and_a_total_of_one_measure_are_never_disputed(per_day: int, total: int) -> None:
    rate = Fact("r", "BA", "figure", "flights", per_day * 7, per_day * 7, None, None, None)
    rate = rate._replace(dimension="count/week")
    whole = Fact("t", "Balpa", "figure", "flights", total, total, None, None, None)
    report = analyse([rate, whole])
    assert not [c for c in report.conflicts if isinstance(c, FigureConflict)]
    assert [(i.measure, i.groups) for i in report.incomparable] == [
        ("flights", (("count", ("t",)), ("count/week", ("r",))))
    ]


def test_add_refuses_the_amount_alone_and_takes_it_per_day(ct: Callable[..., Any]) -> None:
    quote = "850 flights are usually operated each day"
    base = ["add", "strike", "--claimant", "British Airways", "--quote", quote]
    base += ["--measure", "flights", "--reported-on", "2019-09-09", "--new"]
    refused = ct(*base, "--figure", "850 flights")
    assert refused.exit_code != 0, refused.output
    assert "is said per period in its quote ('each day' later in its clause)" in refused.output
    assert "give '850 flights a day'" in refused.output
    taken = ct(*base, "--figure", "850 flights a day", "--json")
    assert taken.exit_code == 0, taken.output
    assert json.loads(taken.stdout)["value"] == "850 flights a day"


# (quote, figure, refused): a figure its quote says was taken back is not a claim of it (time31:
# "the ministry withdrew its earlier figure of 300" logged as 300 stood as the ministry's
# position beside its 120); near-misses that withdraw something else, or confirm the figure
WITHDRAWN_ROWS = [
    ("the ministry withdrew its earlier figure of 300 and said 120 people had died", "300", True),
    ("the ministry withdrew its earlier figure of 300 and said 120 people had died", "120 people", False),
    ("the agency retracted its claim that 300 people had died", "300 people", True),
    ("the agency retracted the death toll of about 300", "about 300", True),
    ("Its estimate of 300, which was later retracted, drew criticism", "300", True),
    ("The toll of 300 was withdrawn on Monday", "300", True),
    ("the army withdrew 300 troops from the town", "300 troops", False),
    ("The toll of 300 was confirmed on Monday", "300", False),
    ("The ministry, which withdrew from the talks, put the toll at 300", "300", False),
]  # fmt: skip


@pytest.mark.parametrize(("quote", "figure", "refused"), WITHDRAWN_ROWS)
def test_a_figure_taken_back_is_no_claim_of_it(quote: str, figure: str, refused: bool) -> None:
    problem = part_problem(figure, quote)
    assert (problem is not None and "says was taken back" in problem) is refused, problem
    imported = import_problem(figure, quote, None)
    assert (imported is not None and "says was taken back" in imported[0]) is refused
