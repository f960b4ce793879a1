"""A batch of an import's rows as the writer binds them, and what the batch notes.

The loops over every value or row of an import that the writer (``store/_importer.py``) runs
besides SQLite's work: here, in a module the wheel compiles with the import's checks (mypyc,
``hatch_build.IMPORT_MODULES``), each costs next to nothing against a frame's worth of
bytecode a value or row interpreted (docs/performance.md, round 14: 11,900 -> 3,700
instructions a claims row for the copy). The store imports it when it first inserts a batch,
so that no read command loads the compiled library at start-up.
"""

from __future__ import annotations

from typing import Any

from claimtrack.records import (
    AS_OF,
    COLUMNS,
    DIMENSION,
    ID,
    REPORTED_ON,
    SAID_ON,
    SOURCE,
    as_of_after_statement,
    said_after_report,
    said_after_report_problem,
)

_RELAYS = COLUMNS.index("relays")


def nan_bound(rows: list[tuple[Any, ...]], nan: object) -> list[list[Any]]:
    """``rows`` copied with ``nan`` for each None (``store._common.bound_rows``: SQLite stores
    a NaN parameter as NULL, and binds a float without the adapter lookup a None costs)."""
    return [[nan if v is None else v for v in row] for row in rows]


def batch_notes(
    lines: list[int],
    rows: list[tuple[Any, ...]],
    currencies: frozenset[str] | None,
    sources: dict[str, tuple[Any, ...] | None] | None = None,
) -> tuple[
    list[tuple[int, str]], list[tuple[int, str, str]], list[tuple[int, str, str]], list[int]
]:
    """What a batch of rows an import inserted notes, in one pass: the (line, id) of the rows
    that name a relay; the (line, id, problem) of those said after they were reported
    (``records.said_after_report``; a row with no reported_on of its own is reported on its
    source's date, from ``sources``: source id -> its (outlet, url, reported_on) as the
    importer looked it up, None if not stored; as `add --source` fills it in); the (line,
    id, warning) of those as of a moment after the statement (``records.as_of_after_statement``,
    on the same dates); the positions in the batch of those whose dimension is in
    ``currencies`` (none when it is None)."""
    relaying: list[tuple[int, str]] = []
    said_late: list[tuple[int, str, str]] = []
    as_of_late: list[tuple[int, str, str]] = []
    offsets: list[int] = []
    for k in range(len(rows)):
        row = rows[k]
        if row[_RELAYS] is not None:
            relaying.append((lines[k], row[ID]))
        said, as_of = row[SAID_ON], row[AS_OF]
        if said is not None or as_of is not None:
            reported = row[REPORTED_ON]
            if reported is None and row[SOURCE] is not None and sources:
                held = sources.get(row[SOURCE])
                reported = held[2] if held else None
            if said is not None and said_after_report(said, reported):
                said_late.append(
                    (lines[k], row[ID], said_after_report_problem(said, reported) or "")
                )
            if as_of is not None:
                warning = as_of_after_statement(as_of, said, reported)
                if warning is not None:
                    as_of_late.append((lines[k], row[ID], warning))
        if currencies is not None and row[DIMENSION] in currencies:
            offsets.append(k)
    return relaying, said_late, as_of_late, offsets
