"""Parts of a running count given figures materially apart on one day (time31, docs/conflicts.md
rule 10): which of a part's figures goes with the other part's is not known when the day has no
time of day and no one report (source) gives them together, so a sum of them that does not add
up is no finding (one that holds is said); a part above its total then says it may be of
another moment. The Texas floods of July 2025: the Kerr
County officials' 18 adults and 9 children (27 dead) of a morning's report and 28 adults and
15 children of the evening's, both dated 5 July."""

from __future__ import annotations

import pytest

from claimtrack.conflicts import SumFinding, SumRelation, analyse
from test_stacked_tolerances import said

KERR = SumRelation("kerr", ("adults", "children"))
TOLLS = {"kerr", "adults", "children"}


def _facts(times: tuple[str, str], sources: tuple[str | None, str | None]) -> list:
    """The morning's report (18 + 9 = 27) and the evening's parts (28 + 15), one claimant."""
    morning, evening = times
    rows = [
        ("a1", "18", "adults", morning, sources[0]),
        ("c1", "9", "children", morning, sources[0]),
        ("t1", "27", "kerr", morning, sources[0]),
        ("a2", "28", "adults", evening, sources[1]),
        ("c2", "15", "children", evening, sources[1]),
    ]
    return [
        said(i, text, "Kerr County", m, as_of=t)._replace(source=src) for i, text, m, t, src in rows
    ]


def _sums(report) -> tuple[list, list, list]:
    bad = [(s.claims, s.mixed) for s in report.conflicts if isinstance(s, SumFinding)]
    held = [s.claims for s in report.checks]
    unchecked = [u.reason.split(":")[0] for u in report.unchecked]
    return bad, held, unchecked


# (the two reports' times, their sources, the sums that do not add up (claims, mixed), the
# sums that hold, the relations not checked): each row signed by hand
ROWS = [
    # one day, no time of day, no sources: a combination that may join two reports holds or
    # is left unjudged (18 + 9 = 27 holds; 18 + 15, 28 + 9, 28 + 15 against 27 make no finding,
    # and the line says so); the evening's 28 adults above the morning's 27 is maybe another
    # moment (mixed, judged by the ratio: 1.04x, minor, so no finding)
    (
        ("2025-07-05", "2025-07-05"),
        (None, None),
        [],
        [("a1", "c1", "t1")],
        ["some figures of Kerr County"],
    ),
    # the reports' sources known: each report's own parts combine (18 + 9 holds); the evening's
    # 28 + 15 against the morning's 27 is of two reports of the day, said so (mixed); 18 + 15
    # and 28 + 9, which no report gives, are not made, and the line says so
    (
        ("2025-07-05", "2025-07-05"),
        ("src-am", "src-pm"),
        [(("a2", "c2", "t1"), True)],
        [("a1", "c1", "t1")],
        ["some figures of Kerr County"],
    ),
    # times of day given: each report at its own moment, and nothing at 20:00 to check against
    (
        ("2025-07-05T09:00", "2025-07-05T20:00"),
        (None, None),
        [],
        [("a1", "c1", "t1")],
        [],
    ),
    # two days: ordered, as before
    (("2025-07-05", "2025-07-06"), (None, None), [], [("a1", "c1", "t1")], []),
]


@pytest.mark.parametrize(("times", "sources", "bad", "held", "unchecked"), ROWS)
def test_parts_of_a_day_are_combined_only_when_given_together(
    times: tuple[str, str],
    sources: tuple[str | None, str | None],
    bad: list,
    held: list,
    unchecked: list,
) -> None:
    report = analyse(_facts(times, sources), sums=[KERR], cumulative=TOLLS)
    assert _sums(report) == (bad, held, unchecked)


def test_the_same_count_said_two_ways_is_one_figure() -> None:
    """ "68" and "at least 68" of one day overlap: not a count that moved, so 40 + 28 meets
    them (the sheriff's office, 6 July)."""
    facts = [
        said("a", "40", "Sheriff", "adults", as_of="2025-07-06"),
        said("c", "28", "Sheriff", "children", as_of="2025-07-06"),
        said("t", "68", "Sheriff", "kerr", as_of="2025-07-06"),
        said("t2", "at least 68", "Sheriff", "kerr", as_of="2025-07-06"),
    ]
    report = analyse(facts, sums=[KERR], cumulative=TOLLS)
    assert not [s for s in report.conflicts if isinstance(s, SumFinding)]
    assert {s.claims for s in report.checks} == {("a", "c", "t"), ("a", "c", "t2")}
    assert not report.unchecked


def test_parts_apart_of_one_day_are_not_summed_across() -> None:
    """The sheriff's 30 adults (one page) and 40 adults (another) of 6 July, with one count of
    28 children and 68 dead: which adults' figure goes with the 68 is not known without the
    pages' sources; before, "30 + 28 = 58, but 68: short by 10" was a finding."""
    facts = [
        said("a30", "30", "Sheriff", "adults", as_of="2025-07-06"),
        said("a40", "40", "Sheriff", "adults", as_of="2025-07-06"),
        said("c", "28", "Sheriff", "children", as_of="2025-07-06"),
        said("t", "68", "Sheriff", "kerr", as_of="2025-07-06"),
    ]
    report = analyse(facts, sums=[KERR], cumulative=TOLLS)
    assert not [s for s in report.conflicts if isinstance(s, SumFinding) and len(s.parts) == 2]
    assert [u.reason.split(":")[0] for u in report.unchecked] == ["some figures of Sheriff"]
    # with the pages' sources, the page whose own figures do not add up is found
    sourced = [f._replace(source="trib" if f.id == "a30" else "cnn") for f in facts]
    sourced += [sourced[2]._replace(id="c-trib", source="trib")]
    sourced += [sourced[3]._replace(id="t-trib", source="trib")]
    report = analyse(sourced, sums=[KERR], cumulative=TOLLS)
    bad = [s.claims for s in report.conflicts if isinstance(s, SumFinding) and len(s.parts) == 2]
    assert bad == [("a30", "c", "t")]
    assert [s.claims for s in report.checks] == [("a40", "c", "t")]
