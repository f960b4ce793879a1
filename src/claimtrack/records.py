"""The record <-> row mapping: how a claim is laid out in the ``claims`` table (no SQL here).

Both sides of an import use it: the reader (``jsonl``, ``csvread``; in a worker process for big
files) turns each validated claim into a row, and the store writes rows and reads them back as
records. Imports run one way: ``fields`` <- ``records`` <- {``jsonl``, ``store``} <- ``cli``.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING, Any, NamedTuple

from claimtrack.fields import CONTENT_FIELDS, FIGURE_COLUMNS, QUOTE_COLUMNS, RECORD_FIELDS, tidy
from claimtrack.moments import forecast_moment

if TYPE_CHECKING:
    from claimtrack.models import Claim

# Column order of the claims table as written by the store: the record fields, with the
# normalised claimant name (used for grouping and filters) after the claimant, then what the
# engine compares for a figure (its dimension, rounding and bounds in base units), then what
# its quote says that changes how the figure reads (``quote_marks``).
COLUMNS: tuple[str, ...] = (
    *RECORD_FIELDS[:3],
    "claimant_key",
    *RECORD_FIELDS[3:],
    *FIGURE_COLUMNS,
    *QUOTE_COLUMNS,
)
RECORD_COLUMNS = ", ".join(RECORD_FIELDS)  # a record's columns, for a SELECT list

# What a reader yields for each line: (line number, raw text, a Claim, a row (``claim_row``)
# or a registry record, or None; the problem with the line, or None).
Item = tuple[int, str, Any, "str | None"]


# What the quote check says of a row: (one line, refused, not in its quote): refused, the line
# is bad whatever the options; else a warning (a bad line with ``--strict``), and when the
# figure is not in its quote as ``add`` reads it, stored marked "unchecked" (quotes31).
QuoteProblem = tuple[str, bool, bool]

# The figures a reader process read, as it sends them to the writer (``readings_of``,
# ``guards.take_readings``): (the reading of a decimal comma they were read under, whether the
# writer forgets those it holds first, each figure's text and its ``Figure`` fields).
Readings = tuple[bool, bool, list[tuple[Any, ...]]]


class Block(NamedTuple):
    """A block of a file's lines as a reader process sends it (``jsonl.read_rows`` on a big
    file): the claim rows with their line numbers, and the other lines (registry records,
    problems) as ``(rows before it, item)``, so the block's order is kept. The raw text of a
    good row is not sent (it is needed only when the row turns out to be rejected, and the
    file can be read again for those lines: ``jsonl.lines_at``)."""

    rows: list[tuple[Any, ...]]
    lines: list[int]  # the line number of each row
    extras: list[tuple[int, Item]]  # (number of rows before it, item)
    future: list[tuple[int, str, str]]  # (line, field, date) of claim dates after today
    size: int  # characters of the block's lines (for a progress bar)
    # each row's ``quote_problem_of`` (None for most), when the reader worked them out; None:
    # the writer does (``jsonl.QUOTE_CHECK``: the writer, unless it is the slower process)
    quoted: list[QuoteProblem | None] | None
    # when the writer works out the checks (``quoted`` None): the reader's readings of the
    # rows' figure texts (``readings_of``), so that the writer does not read them again
    readings: Readings | None = None


# Positions of columns in a row (``COLUMNS`` order).
ID, ADDED_AT = COLUMNS.index("id"), COLUMNS.index("added_at")
SUBJECT, CLAIMANT, KIND = COLUMNS.index("subject"), COLUMNS.index("claimant"), COLUMNS.index("kind")
MEASURE, PROPOSITION = COLUMNS.index("measure"), COLUMNS.index("proposition")
DIMENSION = COLUMNS.index("dimension")
CHANGE = COLUMNS.index("change")
SOURCE = COLUMNS.index("source")
QUOTE, VALUE, NOTE = COLUMNS.index("quote"), COLUMNS.index("value"), COLUMNS.index("note")
NOT_IN_QUOTE = COLUMNS.index("not_in_quote")  # (quote_marks.quote_check)
DATE_INDEX = tuple((f, COLUMNS.index(f)) for f in ("said_on", "reported_on", "as_of"))
SAID_ON, REPORTED_ON, AS_OF = (i for _, i in DATE_INDEX)
_CONTENT_INDEX = tuple((f, COLUMNS.index(f)) for f in CONTENT_FIELDS)
# guards.import_problem_marked, imported on first use (it loads the parser)
_IMPORT_PROBLEM: Any = None


def quote_problem_of(row: Sequence[Any]) -> QuoteProblem | None:
    """Why a row's figure may not be stored with its quote (``guards.import_problem``, under
    either reading of a decimal comma: the file may have meant either), or None; None for a
    stance or a figure without its text. A figure that is only a part of a larger figure of
    its quote under the reading it is in the quote is refused (as ``add`` refuses it)."""
    if row[KIND] != "figure" or row[VALUE] is None:
        return None
    return figure_quote_problem(
        row[VALUE], row[QUOTE], row[NOTE], row[DIMENSION], row[CHANGE], row[MEASURE]
    )


def figure_quote_problem(
    value: str,
    quote: str | None,
    note: str | None,
    dimension: str | None,
    change: str | None,
    measure: str | None,
) -> QuoteProblem | None:
    """``quote_problem_of`` of a figure's fields (migration m021 reads them from stored rows)."""
    global _IMPORT_PROBLEM
    from claimtrack.measure_words import over_whole

    if _IMPORT_PROBLEM is None:
        from claimtrack.guards import import_problem_marked

        _IMPORT_PROBLEM = import_problem_marked
    check = _IMPORT_PROBLEM
    first: QuoteProblem | None = check(value, quote, note, False, dimension, change, measure)
    if first is None:
        return None
    other: QuoteProblem | None = check(value, quote, note, True, dimension, change, measure)
    if other is None:
        # the other reading excuses the figure only when it reads the figure at all: "14.9
        # billion dollars" of "to exceed 14.9 billion dollars" has no decimal-comma reading,
        # and went in as a level (money1)
        return None if _reads(value, True, over_whole(measure, change)) else first
    return other if other[1] and not first[1] else first


# The most figure texts a writer holds the readings of (``guards.take_readings``; about 4 MB):
# a reader that has sent as many tells it to forget them and starts again (``readings_of``).
GIVEN_MAX = 16384
_FIGURE_FIELDS: Any = None  # a Figure's fields in its constructor's order (``readings_of``)


def readings_of(texts: Iterable[str], decimal_comma: bool, sent: set[str]) -> Readings:
    """The readings of ``texts`` a writer does not hold yet, for ``guards.take_readings``:
    each text not in ``sent`` (the texts sent before, updated here) that the parser reads (a
    hit in its cache when the claim model has just read it), as its text and its ``Figure``'s
    fields. Once ``GIVEN_MAX`` texts have been sent the writer is told to forget them
    (``sent`` is emptied) and the count starts again. Here, not in ``guards``: a reader
    process that leaves the quote checks to the writer never loads the checks."""
    global _FIGURE_FIELDS
    from claimtrack.quantities import Figure, FigureError, parse_figure

    if _FIGURE_FIELDS is None:
        _FIGURE_FIELDS = attrgetter(*Figure.__slots__)
    fields = _FIGURE_FIELDS
    fresh = len(sent) >= GIVEN_MAX
    if fresh:
        sent.clear()
    out: list[tuple[Any, ...]] = []
    for text in texts:
        if text in sent:
            continue
        sent.add(text)  # (a text the parser refuses is not tried again)
        try:
            fig = parse_figure(text, decimal_comma=decimal_comma)
        except FigureError:
            continue
        out.append((text, *fields(fig)))
    return decimal_comma, fresh, out


def _reads(value: str, decimal_comma: bool, rates: bool = False) -> bool:
    """Whether the parser reads ``value`` under that reading of a decimal comma (as a rate or
    a change: ``measure_words.over_whole``)."""
    from claimtrack.quantities import FigureError, parse_figure

    try:
        parse_figure(value, decimal_comma=decimal_comma, rates=rates)
    except FigureError:
        return False
    return True


_NO_NUMBERS = (None,) * len(FIGURE_COLUMNS)


def is_future(date: str | None, today: _dt.date | str | None = None) -> bool:
    """True when a (partial) date starts after today: the one rule for "in the future" (``add``
    and ``edit`` warn with it, an import with ``FutureDates``).

    ISO dates compare correctly as strings, partial ones included: "2026-12" > "2026-11-21"
    (starts after today) but "2026-11" < "2026-11-21" (has started).
    """
    if not date:
        return False
    if today is None:
        today = _dt.date.today()
    return date[:10] > (today if isinstance(today, str) else today.isoformat())  # a time: its day


def said_after_report(said_on: str | None, reported_on: str | None) -> bool:
    """True when a claim's said_on starts after its reported_on ends (partial dates too:
    "2024-06" is after "2024-05-20", "2024-05-03" is not after "2024-05"): a report cannot
    carry words said after it, so one of the two dates is wrong (audit16). ISO dates compare
    as strings."""
    if not said_on or not reported_on:
        return False
    return said_on > reported_on and not said_on.startswith(reported_on)


def as_of_after_statement(
    as_of: str | None, said_on: str | None, reported_on: str | None
) -> str | None:
    """The warning of ``add`` and ``edit`` for a figure "as of" a moment surely after the
    statement's date (said_on, else reported_on; partial dates as ``said_after_report`` reads
    them: "2024-05-10" is after "2024-05-08", not after "2024-05"): a page cannot count what
    had not happened yet. It is a forecast of that moment, or one of the dates is wrong, and
    the engine places the figure at its as_of (a toll as of a later day than its page stands
    above the next day's update, and reads as revised down): warned, not refused, since a
    forecast is logged with the moment it gives (docs/conflicts.md, rule 2)."""
    date, field = (said_on, "said_on") if said_on else (reported_on, "reported_on")
    if forecast_moment(as_of, said_on, reported_on) is None:
        return None
    return (
        f"as_of {as_of} is after {field} {date}: read as a forecast of {as_of}; if the figure "
        f"counts up to the statement, give --as-of {date} or none"
    )


def forecast_note(moment: str) -> str:
    """What every output says beside a forecast (``Report.forecasts``), in the same words:
    "forecast of 2024" (the sheet's ``caveats`` on its row, the terminal beside the claim's
    date, the report's card, ``show``'s as_of; its date is in its own cell)."""
    return f"forecast of {moment}"


def said_after_report_problem(said_on: str | None, reported_on: str | None) -> str | None:
    """The one-line refusal of ``add``, ``edit`` and the review (an import warns)."""
    if not said_after_report(said_on, reported_on):
        return None
    return (
        f"said_on {said_on} is after reported_on {reported_on}: a report cannot carry "
        "words said after it; give the date each was said and published"
    )


class FutureDates:
    """Passes a reader's items through (``watch``), noting each claim date in the future.

    ``found`` holds (line, field, date) for every said_on, reported_on or as_of later than
    ``today`` (ISO dates compare as strings), in the order read. Only rows are looked at;
    registry records carry no claim dates.
    """

    def __init__(self, today: str | None = None) -> None:
        self.today = today or _dt.date.today().isoformat()
        self.found: list[tuple[int, str, str]] = []

    def watch(self, items: Iterable[Any]) -> Iterator[Any]:
        for item in items:
            if type(item) is Block:  # a reader process checked its rows already
                self.found += item.future
                yield item
                continue
            row = item[2]
            if isinstance(row, tuple) and not hasattr(row, "_fields"):
                self.found += future_dates(item[0], row, self.today)
            yield item


def future_dates(line: int, row: tuple[Any, ...], today: str) -> list[tuple[int, str, str]]:
    """(line, field, date) for each claim date of a row later than ``today`` (ISO)."""
    return [(line, f, row[i]) for f, i in DATE_INDEX if is_future(row[i], today)]


def now() -> str:
    """The time stamp of ``added_at`` and ``updated_at``: UTC, microseconds, ``Z``."""
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


_BOUNDS = frozenset(("low", "high"))


def row_to_record(row: Sequence[Any], names: Sequence[str]) -> dict[str, Any]:
    """A claims row (selected with ``RECORD_COLUMNS``, names in ``names``) as a record dict:
    the columns that are not NULL, in order, but a figure's ``low`` and ``high`` always (as
    ``tidy`` writes them) and a stance's never."""
    figure = row[names.index("kind")] == "figure"
    out = {
        name: value
        for name, value in zip(names, row, strict=True)
        if value is not None or (figure and name in _BOUNDS)
    }
    for name in _BOUNDS & out.keys():
        if figure:
            out[name] = tidy(out[name])  # in place: the key keeps its position
        else:
            del out[name]
    return out


# A claim's record fields but added_at, in one C call (``claim_row``).
_ROW_FIELDS = itemgetter(*RECORD_FIELDS[:-1])


# ``readings.figure_numbers``, imported on the first row (``claim_row``). Lazy: the figure
# readings load the parser (quantities), which commands that only read rows (conflicts, list,
# export) never need; and once, not per row (an ``import`` statement run for every row was a
# third of this function's instructions: 7,700 a row).
_FIGURE_NUMBERS: Any = None


def _figure_numbers() -> Any:
    global _FIGURE_NUMBERS
    from claimtrack.readings import figure_numbers

    _FIGURE_NUMBERS = figure_numbers
    return figure_numbers


# ``quote_marks.figure_marks`` and ``stance_marks``, imported on the first claim
# (``claim_row``), as above.
_FIGURE_MARKS: Any = None
_SPAN_MARK: Any = None
_STANCE_MARKS: Any = None
_QUOTE_CHECK: Any = None


def _figure_marks() -> Any:
    global _FIGURE_MARKS, _STANCE_MARKS, _QUOTE_CHECK, _SPAN_MARK
    from claimtrack.quote_marks import figure_marks, quote_check, span_mark, stance_marks

    _FIGURE_MARKS, _STANCE_MARKS, _QUOTE_CHECK = figure_marks, stance_marks, quote_check
    _SPAN_MARK = span_mark
    return figure_marks


def claim_row(claim: Claim, added_at: str | None) -> tuple[Any, ...]:
    """The claims-table row for a claim, in ``COLUMNS`` order: its record, then what is
    derived from it (the figure's numbers, its quote's marks: ``quote_marks``), so that every
    writer (``add``, ``edit``, ``import``, the review) stores them the same.

    ``added_at`` is used when the claim has none; an import passes None and stamps the rows
    itself, so that it can tell "no added_at given" from "added_at given".
    """
    numbers_of = _FIGURE_NUMBERS or _figure_numbers()
    d = claim.__dict__
    v = _ROW_FIELDS(d)
    numbers = numbers_of(d) or _NO_NUMBERS
    if d["kind"] == "figure":
        marks = (_FIGURE_MARKS or _figure_marks())(d["value"], d["quote"], numbers[0])
        note = d["note"]
        # not_in_quote (quote_marks.quote_check): a note marked [paraphrase]; an import sets
        # "unchecked" from its check of the quote (``_Import.add_rows``)
        checked = None if note is None or "[" not in note else _QUOTE_CHECK(note)
        # over_span (time34): the span of time its quote gives the figure over
        span = _SPAN_MARK(d["value"], d["quote"], d["measure"], d["change"])
    else:
        if _STANCE_MARKS is None:
            _figure_marks()
        marks = _STANCE_MARKS(d["quote"])
        checked = span = None
    return (
        *v[:3], claimant_key(v[2]), *v[3:], d["added_at"] or added_at, *numbers, *marks, checked,
        span,
    )  # fmt: skip


@lru_cache(maxsize=65536)
def claimant_key(name: str) -> str:
    """The engine's normalised claimant name, cached: names repeat across a file."""
    from claimtrack.conflicts import claimant_key as key  # the engine owns the rule

    return key(name)


def same_content(record: dict[str, Any], row: tuple[Any, ...]) -> bool:
    """Does a stored record hold exactly a row's content (ignoring id, status, added_at)?"""
    return all(record.get(f) == tidy(row[i]) for f, i in _CONTENT_INDEX)
