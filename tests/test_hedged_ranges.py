"""fixes13: a hedged range against a hedge (docs/conflicts.md, rule 6, "Known limits").

The two pairs of the brief are found (their intervals are apart); what is not found is a pair
that meets only by the hedge of the range and the hedge of the other figure ("some 200 to
300" against "about 340"): the range is stored as the interval its hedge allows (180-330),
which the engine cannot tell from "between 180 and 330", a range that allows 330 and so
agrees with "about 340". Reading it as the hedged range would make a dispute of that plain
range: a wrong finding. These tests pin both, so that the limit is changed on purpose."""

from __future__ import annotations

import pytest

from claimtrack.conflicts import Fact, FigureConflict, analyse
from claimtrack.quantities import parse_figure


def _said(id_: str, text: str, who: str) -> Fact:
    f = parse_figure(text)
    return Fact(
        id_, who, "figure", "attendance", f.low, f.high, None, None, "2024-05-01", "active",
        None, f.dimension, f.rounding, None,
    )  # fmt: skip


def _found(a: str, b: str) -> str:
    report = analyse([_said("a", a, "Police"), _said("b", b, "Organisers")])
    if any(isinstance(c, FigureConflict) for c in report.conflicts):
        return "dispute"
    return "minor" if report.minor else "none"


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        # the brief's pairs: apart, found as any pair
        ("about 200 to 300", "about 500", "dispute"),
        ("between 2,000 and 3,000", "nearly 5,000", "dispute"),
        ("some 2,000 to 3,000", "nearly 5,000", "dispute"),
        # one tolerance is enough: nothing to say
        ("about 200 to 300", "320", "none"),
        ("between 180 and 330", "about 340", "none"),
        # the limit: the same interval as the plain range above, so the same answer
        ("some 200 to 300", "about 340", "none"),
    ],
)
def test_a_hedged_range_against_a_hedge(a: str, b: str, found: str) -> None:
    assert _found(a, b) == found


def test_a_hedged_range_is_stored_as_the_interval_its_hedge_allows() -> None:
    hedged, plain = parse_figure("some 200 to 300"), parse_figure("between 180 and 330")
    assert (hedged.low, hedged.high) == (plain.low, plain.high) == (180, 330)
    assert hedged.hedge == "around" and plain.hedge == "range"
