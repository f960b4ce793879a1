"""A forecast stated years before its moment is named (docs/conflicts.md rule 2, "A date
typed wrongly"): a figure whose said_on (else reported_on) lies more than two years before its
as_of is read as a forecast of it and set against none of its figures, so a date typed wrongly
("2015" for "2025") must not drop a figure out of its comparisons silently. Each row signed by
hand."""

from __future__ import annotations

import pytest

from claimtrack.conflicts import Fact, analyse


def _fig(cid: str, who: str, value: float, as_of: str, said: str | None, reported: str | None):
    return Fact(
        cid, who, "figure", "approval-rate", value, value, None, as_of, said,
        reported_on=reported, dimension="share",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("as_of", "said", "reported", "named"),
    [
        ("2025-07", "2015-07-29", None, True),  # a year mistyped: ten years ahead
        ("2025-07", None, "2015-07-30", True),  # dated by its report alone
        ("2025-07", "2023-06-15", None, True),  # two years and two weeks before its start
        ("2025-07", "2023-07-29", None, False),  # within two years of the month's start
        ("2025", "2023-10", None, False),  # a forecast of next year but one, stated in October
        ("2026", "2023-10", None, True),
        ("2025-07", "2025-06-20", None, False),  # a forecast of next month
        ("2025-07", "2025-07-29", None, False),  # no forecast: stated in its month
        ("2025-07", None, None, False),  # undated: no forecast
    ],
)
def test_a_forecast_years_ahead_is_named(
    as_of: str, said: str | None, reported: str | None, named: bool
) -> None:
    facts = [
        _fig("a", "Pollster A", 40, "2025-07", "2025-07-30", None),
        _fig("b", "Pollster B", 41, as_of, said, reported),
    ]
    report = analyse(facts)
    assert report.years_ahead == ((("approval-rate", ("b",)),) if named else ())
