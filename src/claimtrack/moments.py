"""When a figure was stated against the moment it gives: the one home of the forecast rule
(docs/conflicts.md, rule 2), read by the engine (``conflicts.core``) and by the outputs that
show one claim without it (``show``, ``list``: ``records.forecast_moment``). Pure and
stdlib-free: dates are ISO text, partial or not ("2024", "2024-12", "2024-12-05",
"2024-12-05T19:00"), compared as text; a date and another inside it ("2024-12" and
"2024-12-31") are never ordered. Compiled beside the figure parser (hatch_build.PARSER_WITH),
whose library every command that loads either loads already.
"""

from __future__ import annotations


def stated_before(stated: str | None, date: str) -> bool:
    """Whether a statement of date ``stated`` (said_on, else reported_on) was made surely
    before ``date``: "2024-03-05" before "2024-12"; "2024-12" not before "2024-12-31", which
    it holds; no date (None or "") is before nothing."""
    if not stated:
        return False
    return stated < date and not date.startswith(stated)


def forecast_moment(as_of: str | None, said_on: str | None, reported_on: str | None) -> str | None:
    """The moment a figure forecasts: its as_of, when it was stated (said_on, else
    reported_on) surely before it; None for a figure of its moment (rule 2)."""
    if as_of and stated_before(said_on or reported_on, as_of):
        return as_of
    return None
