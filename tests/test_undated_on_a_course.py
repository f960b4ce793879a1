"""A running count's figure with no date at all (no as_of, said_on nor reported_on) that fits
its dated course somewhere is not set against it (time16, the Morocco quake of 2023): set
against every dated figure, "more than 12,000" injured from a page with no date made one
dispute "of unknown order" of the whole course it is above, each of the ministry's updates a
position of it. It is said once instead (a hint naming it), never dropped out of sight."""

from __future__ import annotations

import pytest

from claimtrack.conflicts import Fact, analyse, report_to_json
from claimtrack.quantities import parse_figure


def _fact(id_: str, who: str, figure: str, said_on: str | None) -> Fact:
    f = parse_figure(figure)
    row = (id_, who, "figure", "injured", f.low, f.high, None, None, said_on, "active")
    return Fact(*row, None, f.dimension, f.rounding, None)


# the dated course: one claimant's count rising over three days
_COURSE = [
    ("m1", "Ministry", "329", "2023-09-09"),
    ("m2", "Ministry", "2,421", "2023-09-10"),
    ("m3", "Ministry", "5,674", "2023-09-13"),
]


@pytest.mark.parametrize(
    ("undated", "disputed", "set_aside"),
    [
        # above the course: may be a later count, said beside it
        ([("u1", "Site A", "more than 12,000")], [], ["u1"]),
        # below it: may be an earlier count, said too
        ([("u1", "Site A", "100")], [], ["u1"]),
        # within the course: a value it passed through, nothing said
        ([("u1", "Site A", "1,000")], [], []),
        ([("u1", "Site A", "2,421")], [], []),
        # two of no date are still set against each other: their order is not known
        (
            [("u1", "Site A", "6,125"), ("u2", "Site B", "more than 12,000")],
            [[("u1",), ("u2",)]],
            ["u1", "u2"],
        ),
    ],
)
def test_an_undated_figure_that_fits_the_course(undated, disputed, set_aside) -> None:  # type: ignore[no-untyped-def]
    facts = [_fact(*c) for c in _COURSE] + [_fact(i, w, f, None) for i, w, f in undated]
    report = analyse(facts, cumulative={"injured"})
    assert [[p.claims for p in c.positions] for c in report.conflicts] == disputed
    assert report.undated == ((("injured", tuple(set_aside)),) if set_aside else ())
    hints = report_to_json("s", report)["hints"]
    assert [h for h in hints if h["hint"] == "undated-not-compared"] == (
        [{"measure": "injured", "hint": "undated-not-compared", "claims": set_aside}]
        if set_aside
        else []
    )


def test_an_undated_figure_that_fits_nowhere_is_compared_as_before() -> None:
    # the course falls (another claimant's later figure below an earlier one): 200 has no
    # place in it, before 150 (materially below it) nor after 329 (materially above it)
    facts = [
        _fact("m1", "Ministry", "329", "2023-09-09"),
        _fact("r1", "Red Cross", "150", "2023-09-10"),
        _fact("u1", "Site A", "200", None),
    ]
    report = analyse(facts, cumulative={"injured"})
    assert report.undated == ()
    assert any("u1" in p.claims for c in report.conflicts for p in c.positions)


def test_undated_figures_alone_are_compared_as_before() -> None:
    facts = [_fact("u1", "Site A", "6,125", None), _fact("u2", "Site B", "12,000", None)]
    report = analyse(facts, cumulative={"injured"})
    assert len(report.conflicts) == 1 and report.undated == ()
