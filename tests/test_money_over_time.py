"""time17: money figures with no as_of stated in different years (docs/conflicts.md, rule 2,
"Money stated in different years"): a fine cut on appeal, a sum converted at another year's
rate. The dispute stays, flagged "order not known" with the years of its statements, so that
the fact-checker gives each figure its --as-of; a rebuttal within the year stays as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimtrack.conflicts import FigureConflict, Reversal, SumFinding, SumRelation, analyse
from claimtrack.conflicts.timing import time_note
from test_judgement import fig

FIXTURE = Path(__file__).parent / "fixtures" / "google-eu-fines.jsonl"


def usd(id_: str, value: float, said: str, who: str, **kw: object) -> object:
    return fig(id_, value, who=who, said_on=said, dimension="currency:USD", **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("facts", "times"),
    [
        # the Android fine: $5.04bn in 2018, cut on appeal and converted in 2022 at $4.155bn
        (
            [
                usd("a", 5.04e9, "2018-07-18", "Commission"),
                usd("b", 4.155e9, "2022-09-14", "Court"),
            ],
            ("said 2018-07-18", "said 2022-09-14"),
        ),
        # a month and a year of statements: their years still differ
        (
            [usd("a", 5.04e9, "2018-07", "Commission"), usd("b", 4.155e9, "2022", "Court")],
            ("said 2018-07", "said 2022"),
        ),
        # a rebuttal three days after the claim: a dispute as it was
        (
            [usd("a", 350e6, "2017-09-16", "Johnson"), usd("b", 250e6, "2017-09-19", "Full Fact")],
            (),
        ),
        # two claims at odds of one year beside two of other years: a dispute as it was
        (
            [
                usd("a", 5.04e9, "2018-07-18", "Commission"),
                usd("b", 4.155e9, "2022-09-14", "Court"),
                usd("c", 4.1e9, "2018-07-20", "Blog"),
            ],
            (),
        ),
        # a figure with an as_of against one with none stated in another year: the second's
        # moment is not known, flagged too (time19; before, a dispute as of 2018-07-18)
        (
            [
                usd("a", 5.04e9, "2018-07-18", "Commission", as_of="2018-07-18"),
                usd("b", 4.155e9, "2022-09-14", "Court"),
            ],
            ("said 2018-07-18", "said 2022-09-14"),
        ),
        # two figures of one as_of stated years apart: of one moment, a dispute as it was
        (
            [
                usd("a", 5.04e9, "2018-07-18", "Commission", as_of="2018-07-18"),
                usd("b", 4.155e9, "2022-09-14", "Court", as_of="2018-07-18"),
            ],
            (),
        ),
        # a figure with no date: nothing says when it was stated
        ([usd("a", 5.04e9, "2018-07-18", "Commission"), usd("b", 4.155e9, None, "Court")], ()),
        # a count is no amount of money: its own rules (rule 9) read it over time
        (
            [
                fig("a", 5040, who="Commission", said_on="2018-07-18"),
                fig("b", 4155, who="Court", said_on="2022-09-14"),
            ],
            (),
        ),
    ],
)
def test_money_stated_in_different_years(facts: list, times: tuple) -> None:
    report = analyse(facts)
    (c,) = [c for c in report.conflicts if isinstance(c, FigureConflict)]
    assert (c.times_ordered, c.times) == (not times, times)
    note = time_note(c)
    assert ("stated in different years" in note) == bool(times)


def test_a_fine_cut_on_appeal_logged_as_a_new_user_would(ct) -> None:  # type: ignore[no-untyped-def]
    assert ct("import", str(FIXTURE)).exit_code == 0
    result = ct("conflicts", "google-eu-fines", "--json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    got = [
        (c["measure"], c["times_ordered"], c["times"], c.get("times_of")) for c in doc["conflicts"]
    ]
    assert got == [  # dates as written; "statements": when they were said, not their as_of
        ("fine-android", False, ["2018-07-18", "2022-09-14"], "statements"),
        ("fines-total", False, ["2018-07-18", "2024-09-18"], "statements"),
    ]
    # no currency is dropped silently: those the sum cannot check are named
    text = " ".join(ct("conflicts", "google-eu-fines").stdout.split())
    assert "its figures in GBP, JPY, SEK" in text and "are left out" in text


def gbp(id_: str, value: float, measure: str, said: str, as_of: str | None = None) -> object:
    return fig(  # type: ignore[arg-type]
        id_, value, who="Paper", measure=measure, said_on=said, as_of=as_of,
        dimension="currency:GBP",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("part_a", "checked"),
    [
        # time18 (the Grenfell costs): a part "by the end of March" 2021 beside a part and a
        # total said in 2023 with no as_of: spending to date, of no one time, not checked
        ((117e6, "2021-05-21", "2021-03"), False),
        # the part's as_of of the year the others were said: one time, checked as before
        ((117e6, "2023-07-30", "2023-03"), True),
        # no figure gives an as_of: compared as before (Google's fines of three years)
        ((117e6, "2021-05-21", None), True),
    ],
)
def test_money_of_a_moment_beside_money_said_years_later_is_no_check(
    part_a: tuple, checked: bool
) -> None:
    value, said, as_of = part_a
    facts = [
        gbp("a", value, "cost-inquiry", said, as_of),
        gbp("b", 469e6, "cost-council", "2023-07-30"),
        gbp("t", 586e6, "cost-total", "2023-07-30"),
    ]
    report = analyse(facts, sums=[SumRelation("cost-total", ("cost-inquiry", "cost-council"))])
    found = [
        c for c in (*report.conflicts, *report.minor, *report.checks) if isinstance(c, SumFinding)
    ]
    assert bool(found) is checked
    assert bool(report.unchecked) is not checked


@pytest.mark.parametrize(
    ("said", "as_of", "kinds"),
    [
        # time18: the Guardian's Grenfell inquiry cost, £117m by March 2021, then £170 million
        # said in 2023: spending that grew, a dispute flagged "stated later", no reversal
        (("2021-05-21", "2023-07-30"), ("2021-03", None), ["FigureConflict"]),
        # neither with an as_of, stated in different years: the dispute is flagged, no reversal
        (("2021-05-21", "2023-07-30"), (None, None), ["FigureConflict"]),
        # stated in one year: a reversal as before (the dispute of The Guardian alone is told
        # as its reversal: time21)
        (("2021-05-21", "2021-11-02"), (None, None), ["Reversal"]),
        # both of one as_of: the claimant's estimate of that moment, revised (rule 9)
        (("2021-05-21", "2023-07-30"), ("2021-03", "2021-03"), ["Revision"]),
    ],
)
def test_a_claimants_own_money_of_different_years_is_no_reversal(
    said: tuple, as_of: tuple, kinds: list
) -> None:
    facts = [
        gbp("a", 117e6, "cost-inquiry", said[0], as_of[0]),
        gbp("b", 170e6, "cost-inquiry", said[1], as_of[1]),
    ]
    report = analyse(facts)
    assert [type(c).__name__ for c in report.conflicts] == kinds
    assert not any(isinstance(c, Reversal) for c in report.minor)
