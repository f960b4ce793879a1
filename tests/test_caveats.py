"""claimtrack.caveats: which figures' quotes may say the count was revised from them, read
without the report module (whose ``revised_from`` decides: it never says more than this)."""

from __future__ import annotations

from typing import Any

import pytest

from claimtrack.caveats import may_say_revised, own_figures_may_disagree, own_keys
from claimtrack.conflicts import FigureConflict, FigurePosition
from claimtrack.report import _own_disagreements, revised_from


@pytest.mark.parametrize(
    ("value", "quote", "may"),
    [
        ("40", "the crew lowered its count of those rescued from 40 to 31", True),
        ("833", "estimates ran to 833 before officials settled on 471", True),
        ("many hundreds", "many hundreds of fighters escaped from the city", False),
        ("12", "12 people were taken from the water", False),
        ("12", "nobody gave a count", False),
    ],
)
def test_a_quote_may_say_its_figure_was_revised(value: str, quote: str, may: bool) -> None:
    record = {"kind": "figure", "value": value, "quote": quote}
    assert may_say_revised(record) is may
    assert not revised_from(record) or may  # never a line this module would not read


def _own(*figures: tuple[int, float, str | None, str | None]) -> tuple[Any, dict[str, Any]]:
    """A two-position dispute in which one claimant ("Port Office") gives each figure:
    (position, figure, as_of, said_on); "Harbour Desk" stands in both positions too."""
    records: dict[str, dict[str, Any]] = {}
    claims: list[list[str]] = [[], []]
    for i, (n, value, as_of, said_on) in enumerate(figures):
        cid = f"c{i}"
        claims[n].append(cid)
        records[cid] = {
            "id": cid,
            "kind": "figure",
            "claimant": "Port Office",
            "value": f"{value:g}",
        }
        records[cid] |= {"low": value, "high": value, "as_of": as_of, "said_on": said_on}
    positions = tuple(
        FigurePosition(0, None, tuple(ids), ("Harbour Desk", "Port Office")) for ids in claims
    )
    return FigureConflict("ships", None, 2.0, positions, (2.0,)), records


@pytest.mark.parametrize(
    ("figures", "cumulative", "said"),
    [
        ([(0, 17, None, None), (1, 42, None, None)], False, True),
        ([(0, 17, None, None), (1, 17, None, None)], False, False),  # the same figure
        ([(0, 17, "2024-03-01", None), (1, 42, "2024-03-09", None)], False, False),  # 2 as_of
        ([(0, 17, None, "2024-03-01"), (1, 42, None, "2024-03-09")], True, False),  # ordered
        ([(0, 17, None, "2024-03-01"), (1, 42, None, "2024-03-09")], False, True),
        ([(0, 17, None, "2024-03"), (1, 42, None, "2024-03-09")], True, True),  # a month's day
    ],
)
def test_own_figures_may_disagree_where_a_line_is_said(
    figures: list[tuple[int, float, str | None, str | None]], cumulative: bool, said: bool
) -> None:
    c, records = _own(*figures)
    lines = _own_disagreements(c, records, cumulative)
    assert bool(lines) is said
    assert own_figures_may_disagree(c, records, cumulative) is said  # (no rounding to widen)
    keys = own_keys(c, records, cumulative)
    assert _own_disagreements(c, records, cumulative, keys=keys) == lines  # its keys alone
