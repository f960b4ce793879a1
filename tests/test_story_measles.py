"""time20: the West Texas measles outbreak of 2025 (docs/conflicts.md, worked example): a
figure whose quote says the count rose from it ("up from 146 cases on Friday") and that the
user dated before its statement is already placed before the figure that replaced it; the
changes over time ask no date of it."""

from __future__ import annotations

import pytest

from claimtrack.conflicts import Fact, analyse
from claimtrack.report import superseded_in_changes


@pytest.mark.parametrize(
    ("as_of", "said_on", "flagged"),
    [
        # dated by the user before the day it was said: nothing left to date
        ("2025-02-28", "2025-03-04", False),
        ("2025-02", "2025-03-04", False),
        # dated the day it was said, or a month that holds that day: still to be dated
        ("2025-03-04", "2025-03-04", True),
        ("2025-03", "2025-03-04", True),
    ],
)
def test_a_replaced_figure_dated_before_its_statement_is_not_asked_for_a_date(
    as_of: str | None, said_on: str, flagged: bool
) -> None:
    facts = [
        Fact("old", "Health department", "figure", "cases", 146, 146, None, as_of, said_on),
        Fact("new", "Health department", "figure", "cases", 159, 159, None, "2025-03-06",
             "2025-03-06"),
    ]  # fmt: skip
    quotes = {"old": "the count rose from 146 cases the week before", "new": "159 in all"}
    records = {
        f.id: {"kind": "figure", "value": str(int(f.low or 0)), "quote": quotes[f.id],
               "claimant": f.claimant, "as_of": f.as_of, "said_on": f.said_on}
        for f in facts
    }  # fmt: skip
    lines = superseded_in_changes(analyse(facts), records)
    assert bool(lines) is flagged, lines
