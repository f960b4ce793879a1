"""Sums of figures that state their ends (sums2, docs/conflicts.md rule 10): bare numbers,
"exactly" and bounds either add up or do not, and the materiality ratio never makes their gap
"minor"; a hedge, a range or a vague word keeps it, and so do shares within the rounding of
their last digits and figures of one day from different reports. Also the table of hedges at
the edge of their tolerances (rule 6), each answer signed by hand; and an amount over a period
("$16.3 billion over three years") refused, never hinted into "more than" it."""

from __future__ import annotations

import pytest

from claimtrack.conflicts import SumFinding, SumRelation, analyse
from claimtrack.quantities import FigureError, parse_figure
from test_stacked_tolerances import judged, said
from test_sum_sides import PEOPLE, verdict


@pytest.mark.parametrize(
    ("total", "parts", "expected"),
    [
        # bare counts: 294 and 1,023 against 320 and 1,050 are gaps, however small
        ("320", ("240", "54"), ("dispute", "short", (16, 36), 1.09)),
        ("1,047", ("1,003", "21"), ("dispute", "short", (23, 23), 1.02)),
        ("exactly 100", ("61", "38"), ("dispute", "short", (1, 1), 1.01)),
        # a bound states its end: 7,306 is at least 495 short of "more than 7,800"
        ("more than 7,800", ("5,434", "1,872"), ("dispute", "short", (495, None), 1.07)),
        ("up to 100", ("61", "45"), ("dispute", "excess", (6, 106), 1.06)),
        # a hedge, a range or a vague word among them: the ratio decides, as before
        ("89,500", ("41,000", "almost 44,000"), ("minor", "short", (3950, 9450), 1.08)),
        ("about 1,000", ("600", "nearly 330"), ("holds",)),
        ("99", ("between 50 and 55", "40"), ("minor", "short", (2, 11), 1.07)),
        # shares are given to their last digit: within half a unit each, still minor
        ("100%", ("34%", "67%"), ("minor", "excess", (1, 1), 1.01)),
        ("100%", ("34%", "68%"), ("dispute", "excess", (2, 2), 1.02)),
    ],
)
def test_figures_that_state_their_ends_add_up_or_do_not(
    total: str, parts: tuple[str, str], expected: tuple
) -> None:
    assert verdict(total, parts, PEOPLE) == expected


DEATHS = SumRelation("deaths", ("deaths-a", "deaths-b"))
TOLLS = {"deaths", "deaths-a", "deaths-b"}


@pytest.mark.parametrize(
    ("total_by", "kind"),
    [
        ("Agency", "dispute"),  # its own part above its own total of that day
        ("Paper", None),  # another report of an unordered day: maybe another moment
    ],
)
def test_an_exact_part_above_its_total(total_by: str, kind: str | None) -> None:
    facts = [
        said("p", "1,061", "Agency", "deaths-a", as_of="2024-05-01"),
        said("t", "1,023", total_by, "deaths", as_of="2024-05-01"),
    ]
    report = analyse(facts, sums=[DEATHS], cumulative=TOLLS)
    found = [s for s in report.conflicts if isinstance(s, SumFinding)]
    assert [("dispute", s.parts, s.by, s.gap) for s in found] == (
        [("dispute", ("deaths-a",), (38, 38), 1.04)] if kind else []
    )


@pytest.mark.parametrize(
    ("text", "says"),
    [
        # the period an amount covers: never read, nor hinted into "more than" (sums2)
        ("$16.3 billion over three years", 'cannot read "over three years"'),
        ("PKR 1.5 trillion over 5 years", 'cannot read "over 5 years"'),
        # a hedge word after the figure with no period: the hint to move it, as before
        ("250 over the border", 'cannot read the hedge "over"'),
    ],
)
def test_an_amount_over_a_period_is_refused_with_why(text: str, says: str) -> None:
    with pytest.raises(FigureError) as refused:
        parse_figure(text)
    assert says in str(refused.value)
    assert ("the period the amount covers" in str(refused.value)) == ("hedge" not in says)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # hedges at the edge (sums2, docs/conflicts.md rule 6), each answer signed by hand:
        # "nearly 112" says 110 or 111, and "about 100" allows 110
        ("about 100", "nearly 112", "none"),
        ("about 100", "112", "dispute 1.1"),
        ("more than 40", "at most 41", "none"),  # both true at 41
        ("more than 40", "at most 40", "minor"),  # no value is both: a gap of one, 1.03x
        ("up to 6,000", "at least 5,900", "none"),  # both true from 5,900 to 6,000
        ("up to 6,000", "at least 6,500", "minor"),  # 500 apart at least, 1.08x
        ("some 250", "280", "none"),  # "280", said to the tens, allows 275
        ("about 1,000", "more than 1,100", "dispute 1.1"),
        ("1,023", "1,050", "minor"),  # two exact counts: the ratio decides, 1.03x
    ],
)
def test_hedges_at_the_edge(a: str, b: str, expected: str) -> None:
    assert judged(a, b) == expected
    assert judged(b, a) == expected


def test_another_claimants_total_keeps_the_ratio() -> None:
    # one body's parts against another's total are two counts, judged as two figures are:
    # 9 + 40 = 49 against the coast guard's 52 stays minor; the harbour office's own 52 not
    relation = SumRelation("people", ("crew", "passengers"))
    for total_by, kind in (("Coast guard", "minor"), ("Harbour office", "dispute")):
        facts = [
            said("t", "52", total_by, "people"),
            said("p0", "9", "Harbour office", "crew"),
            said("p1", "40", "Harbour office", "passengers"),
        ]
        report = analyse(facts, sums=[relation])
        found = [s for s in report.conflicts if isinstance(s, SumFinding)]
        minor = [s for s in report.minor if isinstance(s, SumFinding)]
        assert (len(found), len(minor)) == ((1, 0) if kind == "dispute" else (0, 1))
