"""A claimant's own figures told once (time16): a claimant standing in two positions of a
dispute is said by that dispute ("X stands in positions 1 and 2: its own figures disagree");
the same two figures were listed again among the minor differences, as "X on deaths: 118 ·
108", when they were closer than the materiality ratio to each other."""

from __future__ import annotations

import pytest

from claimtrack.conflicts import Fact, FigureConflict, Reversal, analyse
from claimtrack.quantities import parse_figure


def _fact(id_: str, who: str, figure: str, said_on: str = "2024-05-10") -> Fact:
    f = parse_figure(figure)
    row = (id_, who, "figure", "deaths", f.low, f.high, None, None, said_on, "active")
    return Fact(*row, None, f.dimension, f.rounding, None)


@pytest.mark.parametrize(
    ("facts", "minor_reversals"),
    [
        # the ministry's 108 and 118 stand in the dispute's two positions: told there
        (
            [("rc", "RC", "100"), ("m1", "Ministry", "108"), ("m2", "Ministry", "118"),
             ("un", "UN", "125")],
            [],
        ),
        # both in one position: the dispute does not tell them apart, the minor list does
        (
            [("m1", "Ministry", "100"), ("m2", "Ministry", "106"), ("un", "UN", "150")],
            [("m1", "m2")],
        ),
        # no dispute: the minor difference is the only place they are told
        ([("m1", "Ministry", "108"), ("m2", "Ministry", "118")], [("m1", "m2")]),
    ],
)  # fmt: skip
def test_a_claimants_own_figures_are_told_once(facts, minor_reversals) -> None:  # type: ignore[no-untyped-def]
    report = analyse([_fact(*f) for f in facts])
    found = [tuple(sorted(r.claims)) for r in report.minor if isinstance(r, Reversal)]
    assert found == minor_reversals
    if not minor_reversals:
        (c,) = [c for c in report.conflicts if isinstance(c, FigureConflict)]
        ministry = {n for n, p in enumerate(c.positions) for i in p.claims if i.startswith("m")}
        assert len(ministry) == 2  # the dispute tells it
