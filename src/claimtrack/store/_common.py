"""What every part of the store shares: constants, small helpers and result types."""

from __future__ import annotations

import gc
import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from claimtrack.errors import DatabaseError, InputError
from claimtrack.records import (
    ADDED_AT,
    COLUMNS,
)
from claimtrack.registry import (
    REVIEW_FIELDS,  # a review's fields, in record order
)

if TYPE_CHECKING:
    from claimtrack.guards import SignReading
    from claimtrack.models import Claim


# Python 3.11's sqlite3 binds None through its adapter protocol: it looks for an adapter, then
# for ``__adapt__`` and ``__conform__``, and formats the error messages it then drops, before
# binding NULL: 0.2 us per None, 7x an int. A claims row has 12-13 of them (measured: an
# import's inserts at 200,000 rows 0.37 s faster). An adapter for None that gives None (bound
# as NULL, as before) is found at the first step; ``get`` of a dict that stays empty is one
# that costs no Python frame (instructions: 2% of an import's writer against a function).
# The same values are stored either way.
_NOTHING: dict[object, None] = {}
sqlite3.register_adapter(type(None), _NOTHING.get)

# Even so, a None costs the writer of a big import more than any other value it binds (the
# adapter's key is built, hashed and looked up for each one: measured, the 12.6 None of a
# claims row cost 14,000 instructions more to bind than 12.6 NaN). A float is bound with no
# lookup at all, and SQLite stores a NaN parameter as NULL (vdbemem.c,
# ``sqlite3VdbeMemSetDouble``): an import binds its rows' None as this NaN (``bound_rows``),
# once ``nan_binds_null`` has seen this connection's SQLite do so (else None, as before).
NULL_NAN = float("nan")


def nan_binds_null(conn: sqlite3.Connection) -> bool:
    """Whether this connection's SQLite stores a NaN parameter as NULL."""
    return bool(conn.execute("SELECT ? IS NULL", [NULL_NAN]).fetchone()[0])


def bound_rows(rows: list[tuple[object, ...]]) -> list[list[object]]:
    """``rows`` with NaN for None, to bind where ``nan_binds_null``: the same rows stored
    (measured, the writer of an import of 50,000 claims: 3.4% fewer instructions, this copy
    paid for). The copy is ``rowbatch.nan_bound``'s, compiled with the import's library: 11,900
    instructions a claims row interpreted, 3,700 compiled (docs/performance.md, round 14)."""
    from claimtrack.rowbatch import nan_bound  # (not at start-up: a compiled library)

    return nan_bound(rows, NULL_NAN)


# Reading is the other way round: for each column of each row it reads, Python 3.11's sqlite3
# gives up Python's lock to ask the column's type and takes it back (two mutexes, a condition
# signal), which is about half of what reading a row costs (``conflicts --all``: 16 times a
# row, a tenth of the command). A column whose name says a converter (``x AS "x [TEXT_READ]"``
# on a connection opened with ``CONVERTED``) is read without: its bytes go to the converter,
# here ``bytes.decode`` (UTF-8, as sqlite3 decodes text; one C call), and NULL is None
# without a call. One difference: an empty text reads as None, not ``""``; only columns where
# the claim model holds an empty text to be absent (its optional fields, its dates, its
# stance) are read so, and the constants of a query.
TEXT_READ = "claimtrack_text"
sqlite3.register_converter(TEXT_READ, bytes.decode)
CONVERTED = sqlite3.PARSE_COLNAMES  # only columns named "name [TYPE]" are converted


def read_as_text(expression: str, name: str) -> str:
    """``expression`` as a result column read through ``TEXT_READ`` (see above)."""
    return f'{expression} AS "{name} [{TEXT_READ}]"'


SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 30.0
BATCH = 2000
# Rows the bare-dollar note of an import reads at a time (``_Import.note_bare_dollars``): its
# memory is a chunk's, not every candidate's (docs/performance.md, round 21).
NOTE_CHUNK = 4096
FTS_CHUNK = 25_000  # rows an import indexes for full-text search at a time (measured: same
# CPU as one statement at the end from 20,000 rows; 2,000 costs a quarter more)
BULK_AUTOMERGE = 16  # FTS5 automerge during an import (see Store._fts_automerge)
REBUILD_INDEXES_BELOW = 10_000  # rows already in the table
# CREATE INDEX after a bulk load: SQLite's sorter gathers rows up to the page cache's size
# before it sorts them into a run; runs of 2 MiB sort faster than one of 32 MiB (their lists
# fit the processor's caches: the indexes of 200,000 claims 0.90 -> 0.65 s of CPU, of 1M 4.7
# -> 3.5 s), and one helper thread sorts and writes a run on the other core while the writer
# reads the next (on a host with a free core: 0.64 -> 0.48 s of wall time at 200,000).
SORT_RUN_KIB = 2048
SORT_THREADS = 1 if (os.cpu_count() or 1) > 1 else 0
CACHE_KIB = 32 * 1024  # page cache per connection (measured: 64 MiB was no faster at 1M claims)


def _insert_statement(added_at: str = "?") -> str:
    """The insert of a claims row (a row whose id is already there is left alone); its
    added_at is the SQL expression ``added_at``."""
    values = ["?"] * len(COLUMNS)
    values[ADDED_AT] = added_at
    return (
        f"INSERT INTO claims ({', '.join(COLUMNS)}) VALUES ({', '.join(values)}) "
        "ON CONFLICT(id) DO NOTHING"
    )


_INSERT = _insert_statement()
_STAMP_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z")


def insert_sql(stamp: str) -> str:
    """The insert of a row, whose added_at is ``stamp`` (``records.now()``) when the row
    carries none: one statement per import, so no row is rebuilt to stamp it."""
    if not _STAMP_RE.fullmatch(stamp):  # a literal in SQL: only our own time stamp
        raise AssertionError(f"not a time stamp: {stamp!r}")
    return _insert_statement(f"coalesce(?, '{stamp}')")


# Set a ``meta`` row (key, value, updated_at), replacing its value and stamp when it exists.
META_UPSERT = (
    "INSERT INTO meta (key, value, updated_at) VALUES (?, ?, ?) "
    "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"
)
_REVIEW_SQL_COLUMNS = ", ".join(REVIEW_FIELDS)


@contextmanager
def paused_gc() -> Iterator[None]:
    """The cyclic garbage collector off while many objects that are all kept are built (the
    facts of a subject: 10,000 tuples set off a dozen collections that free nothing, 10 ms
    of 40); back on afterwards if it was on."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _id(claim: Claim) -> str:
    """A validated claim's id (validation always sets one)."""
    if claim.id is None:
        raise AssertionError("a validated claim has an id")
    return claim.id


NAME_LINES = 20  # lines of an import reported per distinct near-miss combination


NAME_FIELDS = ("subject", "measure", "proposition", "claimant")


class Alias(NamedTuple):
    key: str  # claimant key of the alias
    name: str  # the alias as given
    same_as_key: str  # claimant key of the name it folds into
    same_as: str  # that name as given


class NearMiss(NamedTuple):
    """A name new to its subject (or a new subject) close to existing ones."""

    field: str  # subject | measure | proposition | claimant
    subject: str
    name: str  # as given
    suggestions: tuple[str, ...]  # existing names, as entered


NOTED_KEPT = 100  # the lines of each kind of warning an import keeps, in file order


class Noted:
    """Lines an import stored but warns about, each (line, claim id, text): the first
    ``NOTED_KEPT`` of them, in file order, and how many in all. What the CLI says of them is
    the first few and the count; a file may give one on every line (a million generated
    claims: 57,903 figures as of a moment after their statement, whose warnings held about
    20 MB through the import's peak of memory; docs/performance.md, round 21)."""

    __slots__ = ("count", "first")

    def __init__(self) -> None:
        self.first: list[tuple[int, str, str]] = []
        self.count = 0

    def add(self, found: list[tuple[int, str, str]]) -> None:
        room = NOTED_KEPT - len(self.first)
        if room > 0:
            self.first += found[:room]
        self.count += len(found)

    def __bool__(self) -> bool:
        return self.count > 0

    def __repr__(self) -> str:
        return f"Noted(first={self.first!r}, count={self.count})"


@dataclass
class ImportResult:
    read: int = 0
    added: int = 0
    unchanged: int = 0
    updated: int = 0
    registry: int = 0  # registry records stored (aliases, claimant kinds)
    # (line, raw, problem); raw is None for a row a reader process sent without its text
    rejected: list[tuple[int, str | None, str]] = field(default_factory=list)
    # (line, claim id, problem) of figures imported although not in their quotes
    not_in_quote: Noted = field(default_factory=Noted)
    # (line or None, claim id, reading) of figures whose shared sign ("$", "Rs" ...) the story
    # makes ambiguous (``guards.SignReading``: its message, and its code, "$=USD")
    bare_dollars: list[tuple[int | None, str, SignReading]] = field(default_factory=list)
    # (the reading's code, the sign as written, the currency's name) -> how many figures read
    # it by convention in a story that names no other currency of the sign
    conventional: dict[tuple[str, str, str], int] = field(default_factory=dict)
    # (line, claim id, problem) of claims whose relay conflicts would not follow (audit16)
    relays: list[tuple[int, str, str]] = field(default_factory=list)
    # (line, claim id, problem) of claims said after they were reported (audit16)
    said_late: Noted = field(default_factory=Noted)
    # (line, claim id, warning) of figures as of a moment after their statement (fixes14)
    as_of_late: Noted = field(default_factory=Noted)
    # (line, claim id, warning) of counts over a span of time on a running count's measure,
    # set aside by the engine (time34) (``guards.span_warning``: what add and edit warn, time32)
    over_span: Noted = field(default_factory=Noted)
    # (line, claim id, status stored, status of the line) of lines whose claim was stored
    # with the same content but another status: kept as stored (audit16)
    kept_status: list[tuple[int, str, str, str]] = field(default_factory=list)
    # rows that took an outlet, url or reported_on from the source they name (evidence6)
    filled: int = 0
    # rows linked to the source their url names, and the sources registered so (evidence19)
    linked: int = 0
    pages: int = 0
    # (line, claim id, what differs) of rows whose url names a stored page whose outlet or
    # date they contradict: kept unlinked, no source's, and said (evidence20)
    unlinked: Noted = field(default_factory=Noted)


def _new_file_mode() -> int:
    """The mode a shell redirection gives a new file: 0666 less the umask."""
    import os

    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _sqlite_error(path: Path, err: sqlite3.Error) -> DatabaseError:
    text = str(err)
    if "locked" in text or "busy" in text:  # the boundary's words (errors.from_sqlite_error)
        from claimtrack.errors import from_sqlite_error

        return from_sqlite_error(err, path)
    if "readonly" in text or "read-only" in text:
        return DatabaseError(f"database {path} is read-only here: {text}")
    if "not a database" in text or "malformed" in text:
        return DatabaseError(f"{path} is not a usable SQLite database: {text}")
    return DatabaseError(f"database {path}: {text}")


def dimension_family(dimension: str) -> str:
    """``currency:USD`` -> ``currency``: amounts in different currencies share a measure; a
    rate keeps its base period (``currency:GBP/week`` -> ``currency/week``): money per week
    is not money, nor money per year."""
    amount, sep, per = dimension.partition("/")
    return amount.split(":", 1)[0] + sep + per


def dimension_mismatch(measure: str, held: str, given: str) -> str | None:
    """The problem with putting a ``given`` figure on a measure that holds ``held``."""
    if dimension_family(held) == dimension_family(given):
        return None
    from claimtrack.quantities.rates import split_rate

    (held_amount, held_per), (amount, per) = split_rate(held), split_rate(given)
    if held_per and per and dimension_family(held_amount) == dimension_family(amount):
        family = {"hour": "hour", "week": "day or week", "year": "month, quarter or year"}
        if amount == "duration":  # time per period: each period its own ("duration/day")
            family = {}
            why = "time per period is mostly working time, whose week is not 7 days"
        elif "hour" in (held_per, per):  # a working day is not 24 hours
            why = "an hour's rate is mostly of working time, whose day is not 24 hours"
        else:
            why = "a week is not an exact fraction of a month or a year"
        return (  # a rate per week (or day) and one per year (or month), or per hour
            f"measure {measure} holds rates per {family.get(held_per, held_per)} ({held}); this"
            f" figure is a rate per {family.get(per, per)} ({given}): {why}, so the two are"
            " never compared; use another measure for it"
        )
    if held_per or per:
        return (
            f"measure {measure} holds figures of dimension {held}; this figure is {given}: "
            "an amount per period is not an amount (use another measure, or give the figure "
            "in the measure's terms)"
        )
    return (
        f"measure {measure} holds figures of dimension {held}; this figure is {given} "
        "(use another measure, or give the figure in the measure's terms)"
    )


def quote_name(name: str) -> str:
    """A schema name (from sqlite_master, never user input) as a quoted SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def _like_prefix(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _fts_query(text: str) -> str:
    """Plain words become a safe FTS5 query (each word quoted, all required); text that
    already uses FTS5 syntax (quotes, AND/OR/NOT, *, NEAR) is passed through."""
    words = text.split()
    if not words:
        raise InputError("search text is empty")
    if any(w in ("AND", "OR", "NOT") or w.startswith("NEAR") for w in words) or any(
        ch in text for ch in '"*^'
    ):
        return text
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)
