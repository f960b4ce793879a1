"""Dates as people write them, read when they can mean one day only. Pure: no I/O.

``claimchecks.check_date`` calls ``read_date`` for anything that is not already ISO 8601
(``2022-05-05``, ``2022-05``, ``2022``). What is read (docs/vocabulary.md):

- a month written as a word, in full or abbreviated, with or without a full stop: ``May 5,
  2022``, ``5 May 2022``, ``Aug. 4, 2020``, ``Sept 4 2020``, ``4th of August 2020``, ``August
  2020`` (a month: ``2020-08``); a weekday in front is checked against the date
  (``Thursday, May 5, 2022``; ``Friday, May 5, 2022`` is refused);
- year first, with slashes, dots or hyphens: ``2022/05/05``, ``2022.5.5``, ``2022-5-5``
  (nobody writes year, day, month).

Refused, with the reason:

- all-number dates that do not start with the year (``05/08/2020``, ``5.8.2020``): they are
  read day first in most of the world and month first in the United States, so the message
  names both readings and asks for the ISO form; when only one reading is a real date
  (``13/08/2020``) the message names it, and it is still refused, because a date that looks
  like the others in a sheet may have been written the other way;
- two-digit years (``May 5, 22``, ``05/08/20``), a day without a year (``May 5``), a day that
  does not exist (``Feb 30, 2022``), and anything else.
"""

from __future__ import annotations

import datetime as _dt
import re

MONTHS: dict[str, int] = {}
for _n, _names in enumerate(
    (
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    1,
):
    for _name in _names:
        MONTHS[_name] = _n
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_ABBR = {w[:3]: i for i, w in enumerate(WEEKDAYS)} | {"tues": 1, "thurs": 3}
_WEEKDAY_OF = {w: i for i, w in enumerate(WEEKDAYS)} | _WEEKDAY_ABBR

_MONTH = r"(?P<month>[a-z]+)\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d+)"
_WEEKDAY = (
    r"(?:(?P<weekday>" + "|".join(sorted(_WEEKDAY_OF, key=len, reverse=True)) + r")\.?,?\s+)?"
)
_WRITTEN = [
    re.compile(rf"^{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}$"),  # May 5, 2022
    re.compile(rf"^{_WEEKDAY}(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}$"),  # 5 May 2022
    re.compile(rf"^{_MONTH},?\s+{_YEAR}$"),  # May 2022
]
_YEAR_FIRST = re.compile(r"^(?P<year>\d{4})([/.-])(?P<month>\d{1,2})\2(?P<day>\d{1,2})$")
_ALL_NUMBER = re.compile(r"^(\d{1,2})([/.-])(\d{1,2})\2(\d{2,4})$")
_NO_YEAR = (
    re.compile(rf"^{_WEEKDAY}{_MONTH}\s+{_DAY}$"),
    re.compile(rf"^{_WEEKDAY}(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}$"),
)
FORMS = "YYYY-MM-DD, YYYY-MM or YYYY, or with the month as a word (May 5, 2022; 5 May 2022)"


def _iso(year: int, month: int, day: int | None, text: str) -> str:
    try:
        _dt.date(year, month, day or 1)
    except ValueError:
        raise ValueError(f"{text!r} is not a real date") from None
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day is not None else "")


def _readings(first: int, second: int, year: int) -> list[str]:
    """The real dates an all-number d/m/y or m/d/y can be: day first, then month first."""
    out: list[str] = []
    for day, month in ((first, second), (second, first)):
        try:
            iso = _dt.date(year, month, day).isoformat()
        except ValueError:
            continue
        if iso not in out:
            out.append(iso)
    return out


def read_date(text: str) -> str:
    """The ISO form (``YYYY-MM-DD`` or ``YYYY-MM``) of a date written with its month as a
    word, or year first with slashes; ``ValueError`` naming the problem otherwise (for an
    all-number date, its possible readings)."""
    raw = text.strip()
    s = " ".join(raw.casefold().split())
    m = _YEAR_FIRST.match(s)
    if m:
        return _iso(int(m["year"]), int(m["month"]), int(m["day"]), raw)
    m = _ALL_NUMBER.match(s)
    if m:
        first, second, year = int(m[1]), int(m[3]), m[4]
        if len(year) != 4:
            raise ValueError(f"{raw!r} is not a date: write the year in full, as YYYY-MM-DD")
        readings = _readings(first, second, int(year))
        if not readings:
            raise ValueError(f"{raw!r} is not a real date")
        if len(readings) == 1:
            raise ValueError(
                f"{raw!r}: all-number dates are refused (day and month are written either way "
                f"round); this one can only be {readings[0]}: write it so"
            )
        day_first, month_first = readings
        raise ValueError(
            f"{raw!r} is ambiguous: day first it is {day_first}, month first {month_first}; "
            "write the one meant as YYYY-MM-DD"
        )
    if any((m := p.match(s)) and _month_of(m) is not None for p in _NO_YEAR):
        raise ValueError(f"{raw!r} has no year: write it in full, e.g. May 5, 2022")
    for pattern in _WRITTEN:
        m = pattern.match(s)
        if m:
            return _written(m, raw)
    raise ValueError(f"{raw!r} is not a date: write {FORMS}")


def _month_of(m: re.Match[str]) -> int | None:
    return MONTHS.get(m["month"]) if m["month"] else None


def _written(m: re.Match[str], raw: str) -> str:
    month = _month_of(m)
    if month is None:
        raise ValueError(f"{raw!r} is not a date: {m['month']!r} is not a month; write {FORMS}")
    year = m["year"]
    if len(year) != 4:
        raise ValueError(f"{raw!r} is not a date: write the year in full (four digits)")
    day = int(m["day"]) if "day" in m.groupdict() and m["day"] else None
    iso = _iso(int(year), month, day, raw)
    weekday = m.groupdict().get("weekday")
    if weekday:
        wanted = _WEEKDAY_OF[weekday]
        actual = _dt.date.fromisoformat(iso).weekday()
        if wanted != actual:
            raise ValueError(
                f"{raw!r} does not hold together: {iso} was a {WEEKDAYS[actual].capitalize()}"
            )
    return iso
