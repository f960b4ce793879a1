"""One import, inside the store's write transaction (``Store.import_claims``)."""

from __future__ import annotations

import json
import re
from array import array
from collections.abc import Callable, Collection, Iterable, Iterator
from itertools import groupby
from operator import itemgetter
from sys import intern
from typing import TYPE_CHECKING, Any

from claimtrack.errors import DuplicateError, InputError
from claimtrack.fields import UNCHECKED
from claimtrack.records import (
    ADDED_AT,
    CHANGE,
    COLUMNS,
    DIMENSION,
    ID,
    KIND,
    MEASURE,
    NOT_IN_QUOTE,
    QUOTE,
    RECORD_COLUMNS,
    SOURCE,
    SUBJECT,
    VALUE,
    Block,
    Item,
    QuoteProblem,
    claim_row,
    now,
    quote_problem_of,
    row_to_record,
    same_content,
)
from claimtrack.records import claimant_key as _claimant_key
from claimtrack.registry import (
    RECORD_TYPES,
    Registry,
)
from claimtrack.store._common import (
    BATCH,
    BULK_AUTOMERGE,
    FTS_CHUNK,
    NAME_LINES,
    NOTE_CHUNK,
    REBUILD_INDEXES_BELOW,
    ImportResult,
    bound_rows,
    dimension_mismatch,
    insert_sql,
    nan_binds_null,
    paused_gc,
)
from claimtrack.wording import plural

_STATUS = COLUMNS.index("status")
_SOURCED = tuple((f, COLUMNS.index(f)) for f in ("outlet", "url", "reported_on"))
_OUTLET, _URL, _REPORTED = (i for _, i in _SOURCED)

if TYPE_CHECKING:
    from claimtrack.store import Store


class LineRows:
    """The (line, rowid) of every row an import sent to the table, in order, kept as runs in
    which both go up by one: a clean file is one run, whatever its size (it was 12 bytes a
    row)."""

    def __init__(self) -> None:
        self.lines = array("q")  # first line of each run
        self.rowids = array("q")  # first rowid of each run
        self.lengths = array("q")

    def add(self, line: int, rowid: int, length: int) -> None:
        """Lines line.. and rowids rowid.., ``length`` of each."""
        if self.lengths:
            n = self.lengths[-1]
            if line == self.lines[-1] + n and rowid == self.rowids[-1] + n:
                self.lengths[-1] = n + length
                return
        self.lines.append(line)
        self.rowids.append(rowid)
        self.lengths.append(length)

    def extend(self, lines: list[int], first_rowid: int) -> None:
        """Rows in file order (lines ascending) given rowids first_rowid, first_rowid + 1..."""
        if not lines:
            return
        if lines[-1] - lines[0] == len(lines) - 1:  # no line skipped: one run
            self.add(lines[0], first_rowid, len(lines))
            return
        for k, line in enumerate(lines):
            self.add(line, first_rowid + k, 1)

    def __bool__(self) -> bool:
        return bool(self.lengths)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        for line, rowid, length in zip(self.lines, self.rowids, self.lengths, strict=True):
            for k in range(length):
                yield line + k, rowid + k

    def line_of(self, rowid: int) -> int | None:
        """The line whose row went to ``rowid`` (the first, if several), or None."""
        for line, first, length in zip(self.lines, self.rowids, self.lengths, strict=True):
            if first <= rowid < first + length:
                return line + rowid - first
        return None


def _convention_codes() -> list[str]:
    """The dimensions of the currencies a shared sign is read as by convention
    (``currency:USD`` ...), and of those currencies per period (``currency:USD/year``): the
    figures the bare-dollar note reads."""
    from claimtrack.quantities.conventions import CONVENTIONS

    pers = ("", "/hour", "/week", "/year")
    return [f"currency:{row.code}{per}" for row in CONVENTIONS for per in pers]


# A subject, and the measures, propositions and claimant names its claims use.
SubjectNames = tuple[str, Collection[str | None], Collection[str | None], Collection[str]]


# The rows an import wrote: added (after the rowids it started from) or replaced (``_Import
# .written_params``).
_WRITTEN = "rowid > ? OR rowid IN (SELECT value FROM json_each(?))"
# What the near-miss check reads of them (``_Import.names_written``): the subjects, and each
# subject's measures, propositions and claimant names, in subject order.
NAMES_SQL = (
    f"SELECT DISTINCT subject FROM claims WHERE {_WRITTEN}",
    "SELECT DISTINCT subject, measure, proposition, claimant FROM claims "
    f"WHERE {_WRITTEN} ORDER BY subject",
)
# The index the near-miss check reads the names written through (``NAMES_SQL``: its queries
# scan it, covering, in subject order); without it they sort the whole table
# (200,000 claims: 0.72 s of CPU against 0.20 s). An import into an empty table builds it
# first, then the other indexes beside the check (docs/performance.md, round 22).
NAMES_INDEX = "idx_claims_conflicts"


def names_index_first(sqls: list[str]) -> tuple[list[str], list[str]]:
    """The CREATE INDEX statements ``sqls`` as (``NAMES_INDEX``'s, the others in their
    order); all first when it is not among them (the check then reads the names after all)."""
    first = [sql for sql in sqls if _index_name(sql) == NAMES_INDEX]
    if not first:
        return sqls, []
    return first, [sql for sql in sqls if _index_name(sql) != NAMES_INDEX]


_INDEX_NAME = re.compile(
    r'CREATE\s+(?:UNIQUE\s+)?INDEX\s+(?:IF\s+NOT\s+EXISTS\s+)?"?([^"\s(]+)', re.I
)


def _index_name(sql: str) -> str:
    """The name a CREATE INDEX statement gives, unquoted ("" if it is none)."""
    m = _INDEX_NAME.match(sql)
    return m.group(1) if m else ""


class _Background:
    """A function run in a thread; ``result()`` waits for it and gives what it returned, or
    raises what it raised."""

    def __init__(self, function: Callable[[], Any]) -> None:
        import threading

        self._value: Any = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(
            target=self._run, args=(function,), name="claimtrack-names", daemon=True
        )
        self._thread.start()

    def _run(self, function: Callable[[], Any]) -> None:
        try:
            self._value = function()
        except BaseException as e:  # given to the caller of result()
            self._error = e

    def result(self) -> Any:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value


class _Import:
    """One import, inside the store's open write transaction: rows are checked (dimension),
    inserted in batches, compared with what was there (same content, update, conflict), and
    finally checked for near-miss names; any problem raises before the caller commits.

    Memory stays flat in the number of rows: the name check reads the names written back
    from the table at the end, and keeps the line number and the rowid holding the content
    of each row (``LineRows``: runs), from which it finds the lines using a near-miss name.
    """

    def __init__(
        self,
        store: Store,
        *,
        update: bool,
        check_names: bool,
        strict: bool = False,
        defer_search: bool = True,
    ) -> None:
        conn = self.conn = store.conn
        self.strict = strict  # a figure not in its quote is a bad line, not a warning
        self.store = store
        self.update = update
        self.result = ImportResult()
        self.problems: list[tuple[int, str | None, str]] = []
        self.conflicts: list[str] = []
        self.updated: dict[str, int] = {}  # claim id -> rowid of rows replaced (--update)
        # Rows waiting to be inserted, with their lines and raw texts (None: not sent by a
        # reader process; the caller reads it again if the row is rejected).
        self.rows: list[tuple[Any, ...]] = []
        self.row_lines: list[int] = []
        self.raws: list[str | None] = []
        self.start_rowid = self.max_rowid = conn.execute(
            "SELECT coalesce(max(rowid), 0) FROM claims"
        ).fetchone()[0]
        self.stamp = now()
        # Rows that carry no added_at of their own get this import's time, in SQL.
        self.insert = insert_sql(self.stamp)
        # The rows' None bound as NaN, stored as NULL, when this SQLite does so (cheaper).
        self.nan_null = nan_binds_null(conn)
        # Per-row FTS triggers cost ~4x the insert itself: suspend the insert trigger for this
        # transaction and index the new rows with one statement per chunk (below). DDL is
        # transactional, so a rollback (error, Ctrl-C, crash) restores the trigger too.
        self.trigger_sql = store._suspend_fts_trigger()
        # The rows are indexed a chunk at a time while the readers still parse (the same
        # work as one statement at the end, but it overlaps theirs); this rowid is done.
        self.fts_done = self.start_rowid
        # Into an empty table (a new database's load) the index is not filled at all: the
        # first search builds it (``Store.build_search_index``), so an import pays only for
        # what it stores and a database never searched never pays for it.
        # (Not the sample ``init`` loads: a small database, ready to browse at once.)
        self.defer_fts = defer_search and self.trigger_sql is not None and not self.start_rowid
        self.automerge: int | None = None  # the index's own, while a bulk load changes it
        # Into an empty or small table, building the secondary indexes once at the end (a
        # sort) is cheaper than updating them row by row.
        # The dimension each measure already holds (its levels', as ``Store.dimension_of``: a
        # change in points of a rate is not held to it). A small table (whose indexes are about
        # to be dropped) is read once, here; a big one keeps its indexes and is asked per
        # measure.
        self.small = self.start_rowid < REBUILD_INDEXES_BELOW
        self.held: dict[tuple[str, str], str | None] = {}  # (subject, measure) -> dimension
        self.span_measures: dict[str, bool] = {}  # measure -> ``guards.span_measure``
        if self.small and self.start_rowid:
            for subject, measure, dimension in conn.execute(
                "SELECT subject, measure, min(coalesce(dimension, 'count')) FROM claims "
                "WHERE kind = 'figure' AND change IS NULL GROUP BY subject, measure"
            ):
                self.held[(subject, measure)] = dimension
        self.index_sql = store._drop_indexes() if self.small else []
        # The name check reads the names the import wrote back from the table at the end; it
        # keeps, for every row sent to the table, its line and the rowid holding its content.
        self.check_names = check_names
        self.sources_known: dict[str, tuple[Any, ...] | None] = {}  # id -> outlet, url, date
        self.pages: list[dict[str, Any]] = []  # pages registered by this batch's lines
        self.as_given: dict[
            str, tuple[Any, ...]
        ] = {}  # id -> a row filled from its source, as given
        self.sent = LineRows()
        # The rowids of the rows added whose dimension is a currency that a shared sign is read
        # as (the bare-dollar note's candidates, noted as they are inserted, so that the note
        # reads those rows instead of every row added); None once a batch was not all new.
        self.currencies = frozenset(_convention_codes())
        self.currency_rowids: list[int] | None = []
        self.updated_lines: dict[str, int] = {}  # claim id -> line of the rows replaced
        self.updated_subjects: set[str] = set()  # ... and their subjects, as stored before
        self.relaying: list[tuple[int, str]] = []  # (line, id) of the rows that name a relay

    def run(self, items: Iterable[Item | Block], skip_invalid: bool) -> ImportResult:
        result = self.result
        # The rows make no reference cycles, and every one is kept until it is inserted: the
        # cyclic collector would only walk them, and everything the process imported, over
        # and over (measured: 3% of the writer's CPU at 200,000 rows).
        with paused_gc():
            for item in items:
                if isinstance(item, Block):
                    self.add_block(item)
                    continue
                line, raw, claim, problem = item
                result.read += 1
                if claim is None:
                    self.problems.append((line, raw, problem or "invalid"))
                elif isinstance(claim, Registry):  # (a NamedTuple: tested before rows)
                    self.add_registry(line, raw, claim)
                else:
                    row = claim if isinstance(claim, tuple) else claim_row(claim, None)
                    self.add_rows([line], [row], [raw])
            self.flush()
        # The dimension of every (subject, measure) the rows named (27 MB at 1M claims) is not
        # needed after the last row: freed before the tail, whose name check is the peak.
        self.held = {}
        checking = self.check_names and self.sent
        # Into a table that held nothing, the near-miss check needs nothing from the database
        # but the names written: they are read through the index built first
        # (``NAMES_INDEX``), then the check runs in a thread while SQLite builds the other
        # indexes, fills the last of the full-text index and the bare-dollar note reads its
        # rows (SQLite lets go of the GIL), on the core the reader process has left. (Every
        # import builds them in that order, so that importing a file again leaves the schema
        # as the first import wrote it, in the same order.)
        apart = bool(checking) and not self.start_rowid
        first, rest = names_index_first(self.index_sql)
        self.store._create_indexes(first)
        names = _Background(self.near_miss_names_apart()) if apart else None
        try:
            self.store._create_indexes(rest)
            if self.defer_fts and self.trigger_sql is not None and self.result.added:
                self.store._defer_search_index(self.trigger_sql)
            else:
                self.store._resume_fts_trigger(self.trigger_sql, self.fts_done)
            if self.automerge is not None:
                self.store._fts_automerge(self.automerge)
            if skip_invalid or not self.problems:
                self.note_bare_dollars()
                self.note_relays()
        finally:
            flagged = None if names is None else names.result()
        if checking:
            self.refuse_near_misses(flagged)
        return self.finish(skip_invalid)

    def note_bare_dollars(self) -> None:
        """Figures this import wrote that read a sign several currencies share ("$", "Rs" ...)
        by convention in a story that names another of them (``guards.read_sign``): noted in
        the result, by line when known, with the reading's code (the rule of `add`; an import
        warns, it does not refuse)."""
        from claimtrack.guards import read_sign
        from claimtrack.quantities.conventions import CONVENTIONS

        # the rows added (a rowid range) and those replaced, each read by its own index
        bare = (
            "SELECT rowid, id, subject, value, quote, coalesce(url, (SELECT url FROM sources "
            "WHERE sources.id = claims.source)) FROM claims WHERE {} AND kind = "
            "'figure' AND dimension IN (SELECT value FROM json_each(?)) AND lower(CASE WHEN "
            "instr(unit, ' ') THEN substr(unit, 1, instr(unit, ' ') - 1) ELSE unit END) IN "
            "(SELECT value FROM json_each(?))"
        )
        codes = sorted(_convention_codes())
        units = [json.dumps(codes), json.dumps(sorted(f for row in CONVENTIONS for f in row.forms))]
        added, replaced = self.written_params()
        # the rows added: those noted as inserted (the same rows, read by rowid), or all
        added_rows = "rowid > ?"
        if self.currency_rowids is not None:
            added_rows = "rowid IN (SELECT value FROM json_each(?))"
            added = json.dumps(self.currency_rowids)
        cur = self.conn.execute(
            bare.format(added_rows)
            + " UNION ALL "
            + bare.format("rowid IN (SELECT value FROM json_each(?))")
            + " ORDER BY 1",
            [added, *units, replaced, *units],
        )
        # read a chunk of rows at a time (all of them at once held their quotes, about 30 MB
        # at 1M claims, at the import's peak of memory, beside the near-miss check's names)
        while rows := cur.fetchmany(NOTE_CHUNK):
            self.note_bare_chunk(rows, read_sign)

    def note_bare_chunk(self, rows: list[Any], read_sign: Any) -> None:
        """``note_bare_dollars`` of some of the rows it reads."""
        from claimtrack.quantities import FigureError, parse_figure

        # every subject's measures of the chunk read at once: one query a subject gives up
        # Python's lock and waits to take it back from the near-miss thread each time (1,790
        # subjects at 1M claims: 0.20 s of wall with a Python thread busy, 0.07 s without;
        # one statement 0.15)
        held = {
            subject: [(dimension, f"the measure {measure}") for measure, dimension in pairs]
            for subject, pairs in self.store.dimensions_held_by_subject(r[2] for r in rows).items()
        }
        for rowid, claim_id, subject, value, quote, url in rows:
            try:
                figure = parse_figure(value)
            except FigureError:
                continue
            sign = read_sign(
                figure, quote=quote, urls=[url], held=held[subject], said=False, offer=False
            )
            if sign is not None and sign.refused:
                line = self.sent.line_of(rowid) if self.sent else None
                self.result.bare_dollars.append((line, claim_id, sign))
            elif sign is not None:
                key = (sign.code, sign.sign, sign.name)
                self.result.conventional[key] = self.result.conventional.get(key, 0) + 1

    def note_relays(self) -> None:
        """Rows this import wrote that relay a claim neither in the file nor in the database,
        or one of another subject, kind, measure or proposition, or a retracted one
        (``relays.relay_problem``, the rule of `add`), and active claims that relay a claim
        this import replaced (--update) and now stand alone: noted in the result by line (an
        import warns, it does not refuse: a file may name a claim a later import brings). One
        query over the rows that name a relay, one over the claims replaced; none when no row
        does (audit16)."""
        if self.relaying:
            found = self.relay_problems("c.id", [claim_id for _, claim_id in self.relaying])
            self.result.relays.extend(
                (line, claim_id, found[claim_id][1])
                for line, claim_id in self.relaying
                if claim_id in found
            )
        if self.updated_lines:
            found = self.relay_problems(
                "c.relays", list(self.updated_lines), subjects=sorted(self.updated_subjects)
            )
            for claim_id, (relayed, problem) in sorted(found.items()):
                self.result.relays.append((self.updated_lines[relayed], claim_id, problem))

    def relay_problems(
        self, column: str, ids: list[str], subjects: list[str] | None = None
    ) -> dict[str, tuple[str, str]]:
        """claim id -> (the id it relays, ``relay_problem``) of the claims whose ``column``
        is one of ``ids`` (with ``subjects``: only the active claims of those subjects, read by
        its index)."""
        from claimtrack.relays import relay_problem

        keys = ("subject", "kind", "measure", "proposition", "status")
        cur = self.conn.execute(
            "SELECT c.id, c.relays, c.subject, c.kind, c.measure, c.proposition, r.id, "
            "r.subject, r.kind, r.measure, r.proposition, r.status FROM claims c LEFT JOIN "
            f"claims r ON r.id = c.relays WHERE {column} IN (SELECT value FROM json_each(?))"
            + (
                ""
                if subjects is None
                else " AND c.status = 'active' AND c.subject IN (SELECT value FROM json_each(?))"
            ),
            [json.dumps(ids)] + ([] if subjects is None else [json.dumps(subjects)]),
        )
        found = {}
        for claim_id, relays, *rest in cur:
            claim = dict(zip(("relays", *keys[:4]), (relays, *rest[:4]), strict=True))
            relayed = None if rest[4] is None else dict(zip(keys, rest[5:], strict=True))
            problem = relay_problem(claim, relayed)
            if relayed is None:
                problem = f"relays: no claim with id {relays!r} in the file or the database"
            if problem:
                found[claim_id] = (relays, problem)
        return found

    def add_block(self, block: Block) -> None:
        """A reader process's block: its rows, with its other lines in their places."""
        self.result.read += len(block.rows) + len(block.extras)
        rows, lines, quoted = block.rows, block.lines, block.quoted
        if block.readings is not None:  # the reader's readings of the figures checked here
            from claimtrack.guards import take_readings

            take_readings(block.readings)
        done = 0
        for before, (line, raw, record, problem) in block.extras:
            if before > done:
                some = None if quoted is None else quoted[done:before]
                self.add_rows(lines[done:before], rows[done:before], None, some)
                done = before
            if record is None:
                self.problems.append((line, raw, problem or "invalid"))
            else:
                self.add_registry(line, raw, record)
        if done < len(rows):
            if done:
                lines, rows = lines[done:], rows[done:]
                quoted = None if quoted is None else quoted[done:]
            self.add_rows(lines, rows, None, quoted)

    def add_registry(self, line: int, raw: str, record: Registry) -> None:
        if self.rows:  # a record about claims (a review) needs the claims before it stored
            self.flush()
        try:
            store = getattr(self.store, RECORD_TYPES[record.type].store)
            self.result.registry += store(self.conn, record.data, self.update)
        except InputError as e:
            self.problems.append((line, raw, e.message))

    def add_rows(
        self,
        lines: list[int],
        rows: list[tuple[Any, ...]],
        raws: list[str | None] | None,
        quoted: list[QuoteProblem | None] | None = None,
    ) -> None:
        """Rows to insert (checked here: the figure's dimension against its measure's, the
        figure in its quote, the source known); ``raws`` None: no raw texts (a reader
        process's block); ``quoted``: each row's ``quote_problem_of``, if worked out already
        (by a reader process; else worked out here)."""
        held = self.held
        bad: list[int] = []
        for k, row in enumerate(rows):
            dimension = row[DIMENSION]
            # The common case first: a figure whose measure holds its dimension already.
            if dimension is not None and held.get((row[SUBJECT], row[MEASURE])) != dimension:
                problem = self.wrong_dimension(row)
                if problem is not None:
                    self.problems.append((lines[k], None if raws is None else raws[k], problem))
                    bad.append(k)
                    continue
            if row[KIND] == "figure" and row[VALUE] is not None:
                quote = quote_problem_of(row) if quoted is None else quoted[k]
                if quote is not None:
                    problem = self.not_in_quote(lines[k], row, quote)
                    if problem is not None:
                        self.problems.append((lines[k], None if raws is None else raws[k], problem))
                        bad.append(k)
                        continue
                    if quote[2]:  # not in its quote, stored with a warning: marked so, for
                        # every output and the grades (quote_marks.UNCHECKED)
                        rows[k] = row = (*row[:NOT_IN_QUOTE], UNCHECKED, *row[NOT_IN_QUOTE + 1 :])
                if row[CHANGE] is None and row[QUOTE] and self.spans(row[MEASURE]):
                    self.over_span(lines[k], row)
            if row[SOURCE] is not None:
                problem = self.source_problem(row)
                if problem is not None:
                    self.problems.append((lines[k], None if raws is None else raws[k], problem))
                    bad.append(k)
                elif row[_OUTLET] is None or row[_URL] is None or row[_REPORTED] is None:
                    rows[k] = self.from_source(row)  # as add --source fills them (evidence6)
            elif row[_URL] is not None:  # the page its url names, as add --url (evidence19)
                rows[k] = self.page_of(row, lines[k])
        if bad:
            dropped = set(bad)
            keep = [k for k in range(len(rows)) if k not in dropped]
            rows = [rows[k] for k in keep]
            lines = [lines[k] for k in keep]
            raws = None if raws is None else [raws[k] for k in keep]
        self.rows += rows
        self.row_lines += lines
        self.raws += [None] * len(rows) if raws is None else raws
        if len(self.rows) >= BATCH:
            self.flush()

    def spans(self, measure: str | None) -> bool:
        """Whether a count over a span of time is warned of on ``measure``
        (``guards.span_measure``), asked once per measure of the import."""
        if not measure:
            return False
        known = self.span_measures.get(measure)
        if known is None:
            from claimtrack.guards import span_measure

            known = self.span_measures[measure] = span_measure(measure)
        return known

    def over_span(self, line: int, row: tuple[Any, ...]) -> None:
        """A figure's quote that gives it over a span of time, noted as add and edit warn
        it (``guards.span_warning``, time32): stored, and set aside by the engine (time34)."""
        from claimtrack.guards import span_in_quote

        said = span_in_quote(row[VALUE], row[QUOTE], row[MEASURE])
        if said is not None:
            self.result.over_span.add([(line, row[ID], said)])

    def not_in_quote(self, line: int, row: tuple[Any, ...], found: QuoteProblem) -> str | None:
        """The quote check's ``found`` problem as a bad line's: always for a figure that is
        only a part of a larger figure of its quote (refused), and for a figure not in its
        quote when the import is strict (else it is noted in the result, and None)."""
        problem, refused, _ = found
        if refused:
            return f"{problem} (mark its note [paraphrase] if it is a paraphrase)"
        if self.strict:
            return f"{problem} (mark its note [paraphrase] if it is a paraphrase)"
        self.result.not_in_quote.add([(line, row[ID], problem)])
        return None

    def source_problem(self, row: tuple[Any, ...]) -> str | None:
        """Why a row may not name its source: none stored, or an outlet, url or reported_on
        other than the source's (as `add --source` refuses them: audit16)."""
        source_id = row[SOURCE]
        if not self.known_source(source_id):
            return (
                f"source: no source {source_id} (give its source record earlier in the file, "
                "or `claimtrack source add`)"
            )
        held = self.sources_known[source_id]
        if not held:
            return None
        from claimtrack.sources import at_odds_with_source

        found = at_odds_with_source((row[_OUTLET], row[_URL], row[_REPORTED]), held, source_id)
        return None if found is None else f"{found[0]}: {found[1]}"

    def from_source(self, row: tuple[Any, ...]) -> tuple[Any, ...]:
        """``row`` with the outlet, url and reported_on it leaves out taken from the source it
        names (looked up once per source), as ``add --source`` stores them: the engine reads
        its date. Its id stays the one of the line as written (a line without an id gets the
        same id each time); the row as given is kept for the comparison with a stored claim,
        which an older import stored unfilled (the same claim: unchanged)."""
        filled: list[Any] | None = None
        for (_, i), theirs in zip(_SOURCED, self.sources_known[row[SOURCE]] or (), strict=True):
            if theirs is not None and row[i] is None:
                if filled is None:
                    filled = list(row)
                filled[i] = theirs
        if filled is None:
            return row
        self.result.filled += 1
        self.as_given[row[ID]] = row
        return tuple(filled)

    def page_of(self, row: tuple[Any, ...], line: int = 0) -> tuple[Any, ...]:
        """``row`` linked to the source its url names (``sources.page_source``, the rule of
        ``add --url``): a stored source with that address (or one this import registered),
        its outlet, url and date filled in; a new http(s) address with an outlet registered as
        a source in the import's transaction. A row whose outlet or date differ from the
        stored source's, or with no outlet, is kept as given (no source, as before: a line is
        not refused for it); one whose outlet or date differ is noted (``result.unlinked``,
        evidence20: it was kept so in silence). Its id stays the line's, and the row as given
        is kept for the comparison with a stored claim (an older import stored it unlinked:
        unchanged)."""
        from claimtrack.sources import page_source

        found = page_source(row[_URL], row[_OUTLET], row[_REPORTED], self.known_source)
        if found is None:
            return row
        sid, record = found
        linked = (*row[:SOURCE], sid, *row[SOURCE + 1 :])
        if record is None:
            problem = self.source_problem(linked)
            if problem is not None:
                self.result.unlinked.add([(line, row[ID], problem)])
                return row
        else:  # written with the batch (``flush``), before the claims that name it
            self.pages.append(record)
            self.sources_known[sid] = (record["outlet"], record["url"], record.get("reported_on"))
            self.result.pages += 1
        linked = self.from_source(linked)
        self.as_given[row[ID]] = row
        self.result.linked += 1
        return linked

    def known_source(self, source_id: str) -> bool:
        # Source records come before the claims that name them (exports write them first).
        # An id not stored is not kept (one per page address asked: a million URLs would hold
        # a million entries for nothing); a stored one is, until its batch is written if this
        # import registered it (``flush``: the table holds it after).
        known = self.sources_known
        if known.get(source_id):
            return True
        found = self.conn.execute(
            "SELECT outlet, url, reported_on FROM sources WHERE id = ?", [source_id]
        ).fetchone()
        if found is None:
            return False
        known[source_id] = found
        return True

    def wrong_dimension(self, row: tuple[Any, ...]) -> str | None:
        if row[KIND] != "figure" or row[DIMENSION] is None or row[CHANGE] is not None:
            return None  # (a change is not held to its measure's dimension: _check_dimension)
        key = (row[SUBJECT], row[MEASURE])
        held = self.held
        if key not in held:
            held[key] = None if self.small else self.store.dimension_of(*key)
        dimension = held[key]
        if dimension is None:
            held[key] = row[DIMENSION]
            return None
        return dimension_mismatch(row[MEASURE], dimension, row[DIMENSION])

    def write_pages(self) -> list[dict[str, Any]]:
        """The pages this batch's lines registered, written before the claims that name them."""
        pages, self.pages = self.pages, []
        if pages:
            self.store.put_new_sources(self.conn, pages)
        return pages

    def forget_pages(self, pages: list[dict[str, Any]]) -> None:
        """Pages written are stored: asked of the table again if a later line names them (an
        import of a million addresses no longer holds them all in memory)."""
        known = self.sources_known
        for page in pages:
            known.pop(page["id"], None)

    def flush(self) -> None:
        rows, lines, raws = self.rows, self.row_lines, self.raws
        if not rows:
            return
        self.rows, self.row_lines, self.raws = [], [], []
        as_given, self.as_given = self.as_given, {}
        conn, result = self.conn, self.result
        pages = self.write_pages()
        from claimtrack.rowbatch import batch_notes  # (compiled: not loaded at start-up)

        bound = bound_rows(rows) if self.nan_null else rows
        inserted = conn.executemany(self.insert, bound).rowcount
        del bound
        result.added += inserted
        all_new = inserted == len(rows)
        # the rows naming a relay, said after they were reported, as of a moment after the
        # statement, and (all new: their rowids
        # known) of a currency the bare-dollar note reads, in one compiled pass (``rowbatch``)
        relaying, said_late, as_of_late, currency_rows = batch_notes(
            lines,
            rows,
            self.currencies if all_new and self.currency_rowids is not None else None,
            self.sources_known,
        )
        self.relaying += relaying
        self.forget_pages(pages)
        result.said_late.add(said_late)
        result.as_of_late.add(as_of_late)  # what add and edit warn (time16)
        if (
            self.trigger_sql is not None
            and not self.defer_fts
            and self.max_rowid + inserted - self.fts_done >= FTS_CHUNK
        ):
            if self.automerge is None:  # a big import: merge the index's segments less often
                self.automerge = self.store._fts_automerge(BULK_AUTOMERGE)
            self.fts_done = self.store._fill_fts(self.fts_done)
        if all_new:
            # All new: SQLite gave them the rowids after the largest (no other writer).
            if self.check_names:
                self.sent.extend(lines, self.max_rowid + 1)
            if self.currency_rowids is not None:
                first = self.max_rowid + 1
                self.currency_rowids += [first + k for k in currency_rows]
            self.max_rowid += inserted
            return
        self.currency_rowids = None  # (rows added and rows found mixed: the note reads all)
        # Some ids were already there: same content is a no-op; other content is a
        # duplicate inside this input (rowid > start) or a conflict with the database.
        cur = conn.execute(
            f"SELECT rowid, {RECORD_COLUMNS} FROM claims "
            "WHERE id IN (SELECT value FROM json_each(?))",
            [json.dumps([r[ID] for r in rows])],
        )
        names = [d[0] for d in cur.description][1:]
        existing = {row[1]: (row[0], row_to_record(row[1:], names)) for row in cur}
        other = 0
        for line, raw, row in zip(lines, raws, rows, strict=True):
            claim_id = row[ID]
            rowid, record = existing[claim_id]
            self.max_rowid = max(self.max_rowid, rowid)
            if self.check_names:
                self.sent.add(line, rowid, 1)
            if same_content(record, row) or (
                claim_id in as_given and same_content(record, as_given[claim_id])
            ):
                if record["status"] != row[_STATUS]:  # kept as stored, and said (audit16)
                    result.kept_status.append((line, claim_id, record["status"], row[_STATUS]))
                continue
            other += 1
            if rowid > self.start_rowid or claim_id in self.updated:
                problem = f"id: {claim_id} appears earlier in this input with other content"
                self.problems.append((line, raw, problem))
            elif self.update:
                self.store._save_history(conn, claim_id, "update", "import --update")
                if row[ADDED_AT] is None:  # keep the stored added_at
                    row = (*row[:ADDED_AT], record["added_at"], *row[ADDED_AT + 1 :])
                if record["status"] != row[_STATUS]:  # a status changes by retract, and is said
                    result.kept_status.append((line, claim_id, record["status"], row[_STATUS]))
                    row = (*row[:_STATUS], record["status"], *row[_STATUS + 1 :])
                self.store._update_row(conn, row, self.stamp)
                result.updated += 1
                self.updated[claim_id] = rowid
                self.updated_lines[claim_id] = line
                self.updated_subjects.add(record["subject"])
            else:
                self.conflicts.append(claim_id)
                problem = f"id: {claim_id} already exists with other content"
                self.problems.append((line, raw, problem))
        result.unchanged += len(rows) - inserted - other

    # The rows this import wrote: added (after the rowids it started from) or replaced.
    written = _WRITTEN

    def written_params(self) -> list[Any]:
        return [self.start_rowid, json.dumps(sorted(self.updated.values()))]

    def names_written(self) -> tuple[set[str], Iterator[SubjectNames]]:
        """The subjects this import wrote, and each one's measures, propositions and
        claimant names (a subject at a time, read as they are used)."""
        subjects_sql, names_sql = NAMES_SQL
        subjects = {r[0] for r in self.conn.execute(subjects_sql, self.written_params())}
        cur = self.conn.execute(names_sql, self.written_params())
        by_subject = (
            (subject, *(set(names) for names in zip(*[row[1:] for row in rows], strict=True)))
            for subject, rows in groupby(cur, key=itemgetter(0))
        )
        return subjects, by_subject

    def near_miss_names_apart(self) -> Callable[[], dict[tuple[str, str, str], str]]:
        """The near-miss check of a table that held nothing before this import, as a function
        that needs no database (for a thread): the names written and the claimants declared
        are read here, a subject's names as tuples of interned strings (their sets would
        hold 5 times the memory: 60 MB for 40,000 subjects)."""
        subjects, by_subject = self.names_written()

        def interned(names: Collection[Any]) -> tuple[Any, ...]:
            return tuple(intern(n) if n else n for n in names)

        names: list[SubjectNames] = [
            (subject, interned(measures), interned(propositions), interned(claimants))
            for subject, measures, propositions, claimants in by_subject
        ]
        declared = self.store._declared_claimants()
        near_miss_names = self.store._near_miss_names
        return lambda: near_miss_names(subjects, names, 0, declared)

    def refuse_near_misses(self, flagged: dict[tuple[str, str, str], str] | None) -> None:
        """Raise for the lines using a name that is a near miss (``flagged``, or worked out
        here when None)."""
        if flagged is None:
            flagged = self.store._near_miss_names(*self.names_written(), self.start_rowid)
        if not flagged:
            return
        near = self.near_miss_lines(flagged)
        details = sorted([(n, p) for n, _, p in self.problems] + near)
        lines = len({n for n, _ in near})  # a line with two such names is one line
        raise InputError(
            f"{plural(lines, 'line uses', 'lines use')} a name that is new but close to an "
            "existing one; nothing was imported",
            details=[f"{n}: {p}" for n, p in details],
            hint="fix the names, or give --new if they really are new",
        )

    def near_miss_lines(self, flagged: dict[tuple[str, str, str], str]) -> list[tuple[int, str]]:
        """(line, problem) for the lines that use a flagged name: the first ``NAME_LINES``
        lines of each distinct (subject, measure, proposition, claimant), read back from the
        rows this import wrote."""
        cur = self.conn.execute(
            "SELECT rowid, subject, measure, proposition, claimant FROM claims "
            f"WHERE {self.written}",
            self.written_params(),
        )
        hits: dict[int, tuple[tuple[Any, ...], list[str]]] = {}  # rowid -> (combo, problems)
        for rowid, subject, measure, proposition, claimant in cur:
            texts = [
                text
                for key in (
                    ("subject", subject, subject),
                    ("measure", subject, measure),
                    ("proposition", subject, proposition),
                    ("claimant", subject, _claimant_key(claimant)),
                )
                if (text := flagged.get(key)) is not None
            ]
            if texts:
                hits[rowid] = ((subject, measure, proposition, claimant), texts)
        found: set[tuple[int, str]] = set()
        per_combo: dict[tuple[Any, ...], int] = {}
        for line, rowid in self.sent:
            hit = hits.get(rowid)
            if hit is None:
                continue
            combo, texts = hit
            seen = per_combo.get(combo, 0)
            if seen < NAME_LINES:
                per_combo[combo] = seen + 1
                found.update((line, text) for text in texts)
        return sorted(found)

    def finish(self, skip_invalid: bool) -> ImportResult:
        problems, conflicts, result = self.problems, self.conflicts, self.result
        if problems:
            problems.sort(key=lambda p: p[0])
            if not skip_invalid:
                if conflicts and len(conflicts) == len(problems):
                    raise DuplicateError(
                        f"{plural(len(conflicts), 'id already exists', 'ids already exist')} "
                        "with other content; nothing "
                        "was imported",
                        details=[f"{p[0]}: {p[2]}" for p in problems],
                        hint="use --update to replace them (the old versions go to history)",
                    )
                raise InputError(
                    f"{plural(len({p[0] for p in problems}), 'bad line')}; nothing was imported",
                    details=[f"{p[0]}: {p[2]}" for p in problems],
                    hint="fix them, or use --skip-invalid to import the rest",
                )
            result.rejected = problems
        return result
