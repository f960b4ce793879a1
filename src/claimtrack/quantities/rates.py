"""Rates: an amount per period ("£350 million a week", "$2bn a year", "20 per day", "3 tonnes
an hour"). A rate is a dimension of its own: money per week is not money, and is never
compared with an amount.

Periods are compared only where one is an exact multiple of another: a day and a week (7 days a
week), and a month, a quarter and a year (3 months a quarter, 12 a year). An hour is compared
only with an hour: a rate per hour is mostly of working time ("$15 an hour", "100 parcels an
hour"), whose day is not 24 hours, so "$15 an hour" is never "$2,520 a week"; time per period
("8 hours a day") is compared only per the same period, a working week being 5 days as often
as 7. A rate's
dimension is its amount's dimension and the longest period of its family, its base period:
``currency:GBP/week`` for "£350 million a week" and for "£50 million a day" (350 million a
week), ``count/year`` for "1,200 a month" (14,400 a year). A week is not an exact fraction of
a month or a year (a year is 52 weeks and one or two days), so a rate per week and a rate per
year are two dimensions, never put on one measure; a fact-checker's "£19.1bn a year is £367m a
week" is arithmetic to do and show, not a reading.

Pure and stdlib-only, like the rest of the parser.
"""

from __future__ import annotations

from typing import NamedTuple

from claimtrack.quantities.figure import FigureError


class Period(NamedTuple):
    name: str  # "day"
    base: str  # its family's base period: "week" or "year"
    per_base: int  # how many of it a base period holds: 7 days a week


_PERIODS = {
    "hour": Period("hour", "hour", 1),  # its own family: a working day is not 24 hours
    "day": Period("day", "week", 7),
    "week": Period("week", "week", 1),
    "month": Period("month", "year", 12),
    "quarter": Period("quarter", "year", 4),
    "year": Period("year", "year", 1),
}

# The words of a period after "a", "an", "per", "each", "every" or "/" ("a day", "per annum",
# "/yr"), and the adverbs that say one alone ("daily", "annually").
PERIOD_NOUNS = {
    "hour": "hour",
    "hr": "hour",
    "day": "day",
    "week": "week",
    "wk": "week",
    "month": "month",
    "quarter": "quarter",
    "year": "year",
    "yr": "year",
    "annum": "year",
}
PERIOD_ADVERBS = {
    "hourly": "hour",
    "daily": "day",
    "weekly": "week",
    "monthly": "month",
    "quarterly": "quarter",
    "yearly": "year",
    "annually": "year",
}
# The words that make the next one a period: "a week", "per day", "every year", "each month"
PERIOD_LEADS = frozenset(("a", "an", "per", "each", "every", "/"))
# Periods "a" and "an" do not go with: "a quarter" after a figure is a fraction as often as a
# period ("a third and a quarter"), so only "per quarter", "each quarter" and "quarterly" are
# read; "a annum" is no English.
_NOT_AFTER_A = frozenset(("quarter", "annum"))


def period(name: str) -> Period:
    """The period of a name ("day", "week" ...)."""
    return _PERIODS[name]


def period_after(lead: str, word: str) -> str | None:
    """The period "LEAD WORD" names ("a" "week" -> "week", "/" "yr" -> "year"), else None."""
    if lead not in PERIOD_LEADS:
        return None
    if lead in ("a", "an") and word in _NOT_AFTER_A:
        return None
    if lead != "per" and word == "annum":
        return None
    return PERIOD_NOUNS.get(word)


def rate_dimension(dimension: str, name: str) -> tuple[str, int]:
    """The dimension of an amount of ``dimension`` per period ``name`` and the factor from the
    stated period to its base period: ("currency:GBP", "day") -> ("currency:GBP/week", 7)."""
    if dimension == "duration":
        # time per period is mostly working or usage time ("8 hours a day", "3 days a week"),
        # whose week is not 7 days: compared only with time per the same period
        return f"duration/{name}", 1
    p = _PERIODS[name]
    return f"{dimension}/{p.base}", p.per_base


def split_rate(dimension: str) -> tuple[str, str | None]:
    """("currency:GBP", "week") for "currency:GBP/week"; (dimension, None) for an amount."""
    amount, sep, base = dimension.partition("/")
    return (amount, base) if sep and base in _PERIODS else (dimension, None)


def per_text(base: str | None) -> str:
    """What follows an amount of a rate in its base period: " a week", " a year", " an hour";
    "" for none."""
    if not base:
        return ""
    return " an hour" if base == "hour" else f" a {base}"


def currency_code(dimension: str | None) -> str | None:
    """The ISO code of money and of money per period: "currency:GBP" and "currency:GBP/week"
    -> "GBP"; None for anything else."""
    if not dimension or not dimension.startswith("currency:"):
        return None
    return split_rate(dimension)[0][9:]


def not_per_period(shown: str) -> FigureError:
    """The refusal of a rate per something that is no period ("$350 per kg", "250 a head"),
    or whose period does not close the phrase ("250 a day in Gaza"), naming what is read."""
    return FigureError(
        f"{shown} is a rate per something other than a period closing the phrase: claimtrack"
        ' reads an amount per hour, day, week, month or year at its end ("£350 million a'
        ' week", "20 per day", "$5bn per quarter"); give that, or the amount alone'
    )
