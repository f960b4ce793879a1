"""The claim store: the only module that speaks SQL.

* Opening a database checks it is SQLite, that it is a claimtrack database, and that its schema
  is not newer than this program; then it sets WAL mode and a busy timeout and migrates.
* Every write runs in one ``BEGIN IMMEDIATE`` transaction (``Store.write``): it lands whole or
  not at all, and concurrent writers queue on the busy timeout instead of failing.
* Edits, retractions and updates copy the previous version into ``claim_history`` first.
* Every statement is parameterised; no user string is ever formatted into SQL.
"""

from __future__ import annotations

import json
import sqlite3
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from claimtrack.errors import DatabaseError, DuplicateError, InputError, NotFoundError
from claimtrack.records import (  # noqa: F401  (COLUMNS, DATE_INDEX, now: re-exported)
    ADDED_AT,
    CLAIMANT,
    COLUMNS,
    DATE_INDEX,
    DIMENSION,
    ID,
    KIND,
    MEASURE,
    PROPOSITION,
    RECORD_COLUMNS,
    SOURCE,
    SUBJECT,
    Item,
    claim_row,
    now,
    row_to_record,
    same_content,
    stamped,
)
from claimtrack.records import claimant_key as _claimant_key
from claimtrack.registry import (
    RECORD_TYPES,
    REVIEW_FIELDS,  # a review's fields, in record order
    Registry,
)
from claimtrack.schema import FTS_COLUMNS, FTS_INSERT_TRIGGER, SCHEMA_VERSION

if TYPE_CHECKING:
    from sqlite_utils import Database

    from claimtrack.conflicts import Fact, SumRelation
    from claimtrack.models import Claim

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 30.0
BATCH = 2000
REBUILD_INDEXES_BELOW = 10_000  # rows already in the table
CACHE_KIB = 32 * 1024  # page cache per connection (measured: 64 MiB was no faster at 1M claims)

_INSERT = (
    f"INSERT INTO claims ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))}) "
    "ON CONFLICT(id) DO NOTHING"
)
_REVIEW_SQL_COLUMNS = ", ".join(REVIEW_FIELDS)


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


@dataclass
class ImportResult:
    read: int = 0
    added: int = 0
    unchanged: int = 0
    updated: int = 0
    registry: int = 0  # registry records stored (aliases, claimant kinds)
    rejected: list[tuple[int, str, str]] = field(default_factory=list)  # (line, raw, problem)


def _new_file_mode() -> int:
    """The mode a shell redirection gives a new file: 0666 less the umask."""
    import os

    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _sqlite_error(path: Path, err: sqlite3.Error) -> DatabaseError:
    text = str(err)
    if "locked" in text or "busy" in text:
        return DatabaseError(f"database {path} is busy (another claimtrack is writing); try again")
    if "readonly" in text or "read-only" in text:
        return DatabaseError(f"database {path} is read-only here: {text}")
    if "not a database" in text or "malformed" in text:
        return DatabaseError(f"{path} is not a usable SQLite database: {text}")
    return DatabaseError(f"database {path}: {text}")


class Store:
    """A claimtrack database. Use ``Store.open(path)``; close with ``close()`` or ``with``."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn
        self._db: Database | None = None
        self._wrote = False

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        seed: Iterable[Item] | None = None,
        on_create: Callable[[int], None] | None = None,
    ) -> Store:
        """Open (creating and migrating if needed) the database at ``path``.

        A database that does not exist yet is created; when ``seed`` is given it is loaded
        with those items (``import_claims`` items, e.g. ``jsonl.read_rows(sample)``: read only
        then) and ``on_create(n)`` is called with the number of claims loaded.
        """
        path = Path(path).expanduser()
        existed = path.exists() and path.stat().st_size > 0
        if path.is_dir():
            raise DatabaseError(f"{path} is a directory, not a database file")
        if not path.parent.exists():
            raise DatabaseError(
                f"cannot create database {path}: directory {path.parent} does not exist"
            )
        if existed:
            try:
                with open(path, "rb") as fh:
                    header = fh.read(16)
            except OSError as e:
                raise DatabaseError(f"cannot read database {path}: {e.strerror}") from None
            if header != SQLITE_HEADER:
                raise DatabaseError(f"{path} is not a SQLite database; refusing to touch it")
        try:
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        except sqlite3.Error as e:
            raise _sqlite_error(path, e) from None
        store = cls(path, conn)
        try:
            store._prepare(existed, seed, on_create)
        except BaseException:
            conn.close()
            raise
        return store

    def _prepare(
        self,
        existed: bool,
        seed: Iterable[Item] | None,
        on_create: Callable[[int], None] | None,
    ) -> None:
        conn = self.conn
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if version > SCHEMA_VERSION:
                raise DatabaseError(
                    f"{self.path} was written by a newer claimtrack (schema {version}; this "
                    f"version knows {SCHEMA_VERSION}); upgrade claimtrack. The file was not touched"
                )
            if version == 0 and tables and "claims" not in tables:
                raise DatabaseError(
                    f"{self.path} is a SQLite database but not a claimtrack one "
                    "(it has no claims table); refusing to modify it"
                )
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
            if version < SCHEMA_VERSION:
                self._migrate(seed if not existed or not tables else None, on_create)
        except sqlite3.Error as e:
            raise _sqlite_error(self.path, e) from None

    def _migrate(
        self, seed: Iterable[Item] | None, on_create: Callable[[int], None] | None
    ) -> None:
        from claimtrack.migrations import migrations

        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        self._wrote = True
        try:
            # Re-check under the write lock: another process may have migrated meanwhile.
            if conn.execute("PRAGMA user_version").fetchone()[0] >= SCHEMA_VERSION:
                conn.execute("COMMIT")
                return
            fresh = "claims" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            migrations.apply(self.db)
            conn.execute(f"PRAGMA user_version = {int(SCHEMA_VERSION)}")
            loaded = 0
            if fresh and seed is not None:
                result = self._import(seed, update=False, skip_invalid=False)
                loaded = result.added
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        if fresh and seed is not None and on_create is not None:
            on_create(loaded)

    @property
    def db(self) -> Database:
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn)
        return self._db

    def close(self) -> None:
        """Close; a connection that wrote first folds the write-ahead log back into the
        database file (``wal_checkpoint(TRUNCATE)``), so that a database at rest is one file
        and a plain copy of it is never stale. Another process still reading or writing keeps
        the log: the checkpoint is then left to whoever closes last (it never waits)."""
        if self._wrote:
            try:
                self.conn.execute("PRAGMA busy_timeout = 0")
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            except sqlite3.Error:
                pass  # busy or read-only: the log stays, and SQLite reads it as before
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def backup(self, target: Path, *, force: bool = False) -> dict[str, int]:
        """Copy the database to ``target`` with SQLite's online backup API.

        The copy is one consistent snapshot (one read transaction: other processes keep
        writing, WAL readers never block them), includes what still sits in the write-ahead
        log, is checked (``quick_check``) and appears atomically: it is built in a temporary
        file beside ``target`` and renamed over it. The live database itself is refused, and
        an existing ``target`` is replaced only with ``force``. Returns the copy's counts.
        """
        import os
        import tempfile

        target = Path(target).expanduser()
        real = Path(os.path.realpath(target))
        if real.is_dir():
            raise InputError(f"cannot back up to {target}: it is a directory")
        if not real.parent.is_dir():
            raise InputError(f"cannot back up to {target}: directory {real.parent} does not exist")
        live = Path(os.path.realpath(self.path))
        beside = (live.parent / (live.name + "-wal"), live.parent / (live.name + "-shm"))
        if real == live or real in beside:
            raise InputError(f"{target} is the live database itself; back up to another file")
        if real.exists():
            if not real.is_file():
                raise InputError(f"cannot back up to {target}: it is not a regular file")
            if os.path.samefile(real, live):
                raise InputError(f"{target} is the live database itself; back up to another file")
            if not force:
                raise InputError(
                    f"{target} already exists; not overwriting it",
                    hint="give --force to replace it with the new backup",
                )
        fd, tmp = tempfile.mkstemp(prefix=f".{real.name}.", suffix=".tmp", dir=real.parent)
        os.close(fd)
        try:
            copy = sqlite3.connect(tmp, isolation_level=None)
            try:
                self.conn.backup(copy)  # every page in one step: one snapshot
                # The copy is a single file at rest: no log beside it.
                copy.execute("PRAGMA journal_mode=DELETE")
                problem = copy.execute("PRAGMA quick_check").fetchone()[0]
                if problem != "ok":
                    raise DatabaseError(f"the backup did not check out: {problem}")
                counts = {
                    "claims": copy.execute("SELECT count(*) FROM claims").fetchone()[0],
                    "reviews": copy.execute("SELECT count(*) FROM reviews").fetchone()[0],
                }
            finally:
                copy.close()
            with open(tmp, "rb+") as fh:
                os.fchmod(fh.fileno(), _new_file_mode())
                os.fsync(fh.fileno())
            os.replace(tmp, real)
            dir_fd = os.open(real.parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
        except sqlite3.Error as e:
            raise _sqlite_error(self.path, e) from None
        except OSError as e:
            raise DatabaseError(f"cannot back up to {target}: {e.strerror}") from None
        finally:
            Path(tmp).unlink(missing_ok=True)
        return counts

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One IMMEDIATE transaction: commits on success, rolls back on any exception."""
        conn = self.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as e:
            raise _sqlite_error(self.path, e) from None
        self._wrote = True
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        try:
            conn.execute("COMMIT")
        except sqlite3.Error as e:
            raise _sqlite_error(self.path, e) from None

    def _query(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        try:
            return self.conn.execute(sql, params)
        except sqlite3.Error as e:
            raise _sqlite_error(self.path, e) from None

    # -- reading -------------------------------------------------------------------------

    def get(self, claim_id: str) -> dict[str, Any]:
        cur = self._query(f"SELECT {RECORD_COLUMNS} FROM claims WHERE id = ?", [claim_id])
        row = cur.fetchone()
        if row is None:
            raise NotFoundError(f"no claim with id {claim_id!r}", hint=self._id_hint(claim_id))
        return row_to_record(row, [d[0] for d in cur.description])

    def _id_hint(self, claim_id: str) -> str | None:
        rows = self._query(
            "SELECT id FROM claims WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT 3",
            [_like_prefix(claim_id[:12]) + "%"],
        ).fetchall()
        if rows:
            return "did you mean: " + ", ".join(r[0] for r in rows)
        return None

    MIN_PREFIX = 4  # characters of an id prefix after "SUBJECT-" (like git's short ids)

    def resolve_id(self, text: str) -> str:
        """The full id of a claim given its id or an unambiguous prefix of it.

        A prefix needs at least ``MIN_PREFIX`` characters after the subject and hyphen (or in
        all, for ids that do not start with their subject); an ambiguous one lists its ids.
        """
        if self._query("SELECT 1 FROM claims WHERE id = ?", [text]).fetchone():
            return text
        rows = self._query(
            "SELECT id, subject FROM claims WHERE id > ? AND id < ? ORDER BY id LIMIT 11",
            [text, text + "\U0010ffff"],
        ).fetchall()
        if not rows:
            raise NotFoundError(f"no claim with id {text!r}", hint=self._id_hint(text))
        short = [
            i
            for i, s in rows
            if len(text) - (len(s) + 1 if i.startswith(s + "-") else 0) < self.MIN_PREFIX
        ]
        if short:
            raise InputError(
                f"id prefix {text!r} is too short: give at least {self.MIN_PREFIX} characters "
                "after the subject",
                details=[i for i, _ in rows[:10]],
                hint=f"e.g. {rows[0][0][: len(rows[0][1]) + 1 + self.MIN_PREFIX]}",
            )
        if len(rows) > 1:
            more = " (and more)" if len(rows) > 10 else ""
            raise InputError(
                f"id prefix {text!r} matches {len(rows) if len(rows) <= 10 else 'over 10'} "
                f"claims{more}; give more characters",
                details=[i for i, _ in rows[:10]],
            )
        return rows[0][0]

    @staticmethod
    def _claim_filters(
        *,
        subject: str | None,
        claimant: str | None,
        claimant_keys: Iterable[str] | None,
        measure: str | None,
        proposition: str | None,
        kind: str | None,
        include_retracted: bool,
        ids: Iterable[str] | None,
    ) -> tuple[list[str], list[Any]] | None:
        """The WHERE terms and parameters of ``claims``; None when ``ids`` is empty."""
        if claimant is not None:
            from claimtrack.conflicts import claimant_key

            claimant = claimant_key(claimant)
        keys = None if claimant_keys is None else json.dumps(sorted(claimant_keys))
        equal: list[tuple[str, Any]] = [
            ("subject = ?", subject),
            ("claimant_key = ?", claimant),
            ("claimant_key IN (SELECT value FROM json_each(?))", keys),
            ("measure = ?", measure),
            ("proposition = ?", proposition),
            ("kind = ?", kind),
        ]
        where = [term for term, value in equal if value is not None]
        params = [value for _, value in equal if value is not None]
        if not include_retracted:
            where.append("status = 'active'")
        if ids is not None:
            id_list = list(ids)
            if not id_list:
                return None
            where.append("id IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(id_list))
        return where, params

    def claims(
        self,
        subject: str | None = None,
        *,
        claimant: str | None = None,
        claimant_keys: Iterable[str] | None = None,
        measure: str | None = None,
        proposition: str | None = None,
        kind: str | None = None,
        include_retracted: bool = True,
        ids: Iterable[str] | None = None,
        limit: int | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Stream records matching the filters, ordered by subject, date, id."""
        filters = self._claim_filters(
            subject=subject,
            claimant=claimant,
            claimant_keys=claimant_keys,
            measure=measure,
            proposition=proposition,
            kind=kind,
            include_retracted=include_retracted,
            ids=ids,
        )
        if filters is None:  # an empty ``ids``: nothing matches
            return
        where, params = filters
        sql = f"SELECT {RECORD_COLUMNS} FROM claims"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY subject, coalesce(said_on, reported_on, '9999'), id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        cur = self._query(sql, params)
        names = [d[0] for d in cur.description]
        while True:
            try:
                rows = cur.fetchmany(1000)
            except sqlite3.Error as e:
                raise _sqlite_error(self.path, e) from None
            if not rows:
                return
            for row in rows:
                yield row_to_record(row, names)

    def subjects(self) -> list[dict[str, Any]]:
        cur = self._query(
            """
            SELECT subject,
                   count(*) AS claims,
                   sum(kind = 'figure') AS figures,
                   sum(kind = 'stance') AS stances,
                   sum(status = 'retracted') AS retracted,
                   count(DISTINCT claimant_key) AS claimants,
                   max(coalesce(said_on, reported_on)) AS latest
            FROM claims GROUP BY subject ORDER BY subject
            """
        )
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def subject_names(self) -> list[str]:
        return [r[0] for r in self._query("SELECT DISTINCT subject FROM claims ORDER BY 1")]

    def has_subject(self, subject: str) -> bool:
        row = self._query("SELECT 1 FROM claims WHERE subject = ? LIMIT 1", [subject]).fetchone()
        return row is not None

    # The engine's view of a claim (conflicts.Fact, in field order): figures in base units.
    _FACT_COLUMNS = (
        "id, claimant, kind, coalesce(measure, proposition), base_low, base_high, stance, "
        "as_of, said_on, status, reported_on, coalesce(dimension, 'count'), "
        "coalesce(base_rounding, 0), relays"
    )

    def facts(self, subject: str) -> list[Fact]:
        """The active claims of one subject, as the conflict engine's input (index lookup)."""
        from claimtrack.conflicts import Fact

        cur = self._query(
            f"SELECT {self._FACT_COLUMNS} FROM claims INDEXED BY idx_claims_conflicts "
            "WHERE subject = ? AND status = 'active'",
            [subject],
        )
        fold = self._alias_fold()
        if fold is None:
            return [Fact._make(row) for row in cur.fetchall()]
        return [fold(Fact._make(row)) for row in cur.fetchall()]

    def facts_by_subject(
        self, start: str | None = None, stop: str | None = None
    ) -> Iterator[tuple[str, list[Fact]]]:
        """Every subject's active facts, one subject at a time (streams the whole table); with
        ``start`` / ``stop``, only subjects >= start and < stop."""
        from claimtrack.conflicts import Fact

        where, params = "", list[Any]()
        if start is not None:
            where, params = where + " AND subject >= ?", [*params, start]
        if stop is not None:
            where, params = where + " AND subject < ?", [*params, stop]
        cur = self._query(
            f"SELECT subject, {self._FACT_COLUMNS} FROM claims INDEXED BY idx_claims_conflicts "
            f"WHERE status = 'active'{where} ORDER BY subject",
            params,
        )
        current: str | None = None
        bucket: list[Fact] = []
        make: Callable[[Sequence[Any]], Fact] = Fact._make
        fold = self._alias_fold()
        if fold is not None:
            plain = make

            def make(row: Sequence[Any]) -> Fact:
                return fold(plain(row))

        for row in cur:
            if row[0] != current:
                if current is not None:
                    yield current, bucket
                current, bucket = row[0], []
            bucket.append(make(row[1:]))
        if current is not None:
            yield current, bucket

    def middle_subject(self) -> str | None:
        """The subject at the middle of the active claims in subject order, or the second
        subject if the first holds the middle (None if fewer than two subjects): where to
        split the table in two halves of about equal size."""
        n = self._query("SELECT count(*) FROM claims WHERE status = 'active'").fetchone()[0]
        row = self._query(
            "SELECT subject FROM claims INDEXED BY idx_claims_conflicts "
            "WHERE status = 'active' ORDER BY subject LIMIT 1 OFFSET ?",
            [n // 2],
        ).fetchone()
        if row is None:
            return None
        first = self._query(
            "SELECT min(subject) FROM claims INDEXED BY idx_claims_conflicts "
            "WHERE status = 'active'"
        ).fetchone()[0]
        if row[0] != first:
            return row[0]
        return self._query(  # the first subject holds the middle: split after it
            "SELECT min(subject) FROM claims INDEXED BY idx_claims_conflicts "
            "WHERE status = 'active' AND subject > ?",
            [first],
        ).fetchone()[0]

    # -- measures and sums -----------------------------------------------------------------

    def rules(self, subject: str | None = None) -> dict[str, tuple[set[str], list[SumRelation]]]:
        """subject -> (cumulative measures, sum relations), for one subject or all."""
        from claimtrack.conflicts import SumRelation

        where, params = ("WHERE subject = ?", [subject]) if subject is not None else ("", [])
        out: dict[str, tuple[set[str], list[SumRelation]]] = {}
        for subj, measure in self._query(
            f"SELECT subject, measure FROM measures {where} "
            f"{'AND' if where else 'WHERE'} cumulative = 1 ORDER BY 1, 2",
            params,
        ):
            out.setdefault(subj, (set(), []))[0].add(measure)
        for subj, total, parts in self._query(
            f"SELECT subject, total, parts FROM sums {where} ORDER BY 1, 2", params
        ):
            out.setdefault(subj, (set(), []))[1].append(
                SumRelation(total, tuple(json.loads(parts)))
            )
        return out

    def measure(self, subject: str, measure: str) -> dict[str, Any]:
        """What is known of a measure: its dimension(s), cumulative flag, claim counts, sums."""
        row = self._query(
            "SELECT count(*), sum(status = 'active') FROM claims "
            "WHERE subject = ? AND measure = ? AND kind = 'figure'",
            [subject, measure],
        ).fetchone()
        dims = [
            r[0]
            for r in self._query(
                "SELECT DISTINCT coalesce(dimension, 'count') FROM claims "
                "WHERE subject = ? AND measure = ? AND kind = 'figure' ORDER BY 1",
                [subject, measure],
            )
        ]
        flag = self._query(
            "SELECT cumulative FROM measures WHERE subject = ? AND measure = ?",
            [subject, measure],
        ).fetchone()
        sums = []
        for total, text in self._query(
            "SELECT total, parts FROM sums WHERE subject = ? ORDER BY total", [subject]
        ):
            parts = json.loads(text)
            if measure == total or measure in parts:
                sums.append({"total": total, "parts": parts})
        return {
            "subject": subject,
            "measure": measure,
            "dimension": dims[0] if len(dims) == 1 else (dims or None),
            "cumulative": bool(flag and flag[0]),
            "claims": row[0],
            "active": row[1] or 0,
            "sums": sums,
        }

    def measure_names(self, subject: str) -> list[str]:
        return [
            r[0]
            for r in self._query(
                "SELECT DISTINCT measure FROM claims WHERE subject = ? AND kind = 'figure' "
                "ORDER BY 1",
                [subject],
            )
        ]

    def set_cumulative(self, subject: str, measure: str, cumulative: bool) -> None:
        with self.write() as conn:
            self.put_measure(
                conn, {"subject": subject, "measure": measure, "cumulative": cumulative}, True
            )

    def relate(self, subject: str, total: str, parts: Sequence[str]) -> None:
        with self.write() as conn:
            self.put_sum(conn, {"subject": subject, "total": total, "parts": list(parts)}, True)

    def put_measure(self, conn: sqlite3.Connection, data: dict[str, Any], update: bool) -> bool:
        """Store a measure record (registry type ``measure``); False when already so."""
        key = [data["subject"], data["measure"]]
        row = conn.execute(
            "SELECT cumulative FROM measures WHERE subject = ? AND measure = ?", key
        ).fetchone()
        if row is not None and bool(row[0]) == data["cumulative"]:
            return False
        conn.execute(
            "INSERT INTO measures (subject, measure, cumulative) VALUES (?, ?, ?) "
            "ON CONFLICT(subject, measure) DO UPDATE SET cumulative = excluded.cumulative",
            [*key, int(data["cumulative"])],
        )
        return True

    def put_sum(self, conn: sqlite3.Connection, data: dict[str, Any], update: bool) -> bool:
        """Store a sum relation (registry type ``sum``); a different one for the same total
        is refused unless ``update``. False when already so."""
        row = conn.execute(
            "SELECT parts FROM sums WHERE subject = ? AND total = ?",
            [data["subject"], data["total"]],
        ).fetchone()
        parts = json.dumps(data["parts"])
        if row is not None and row[0] == parts:
            return False
        if row is not None and not update:
            raise InputError(
                f"sum: {data['total']} is already the sum of {' + '.join(json.loads(row[0]))}",
                hint="use --update to replace it",
            )
        conn.execute(
            "INSERT INTO sums (subject, total, parts) VALUES (?, ?, ?) "
            "ON CONFLICT(subject, total) DO UPDATE SET parts = excluded.parts",
            [data["subject"], data["total"], parts],
        )
        return True

    def measure_records(self, subject: str | None = None) -> Iterator[dict[str, Any]]:
        where, params = ("AND subject = ?", [subject]) if subject is not None else ("", [])
        for subj, measure in self._query(
            f"SELECT subject, measure FROM measures WHERE cumulative = 1 {where} ORDER BY 1, 2",
            params,
        ).fetchall():
            yield {"subject": subj, "measure": measure, "cumulative": True}

    def sum_records(self, subject: str | None = None) -> Iterator[dict[str, Any]]:
        where, params = ("WHERE subject = ?", [subject]) if subject is not None else ("", [])
        for subj, total, parts in self._query(
            f"SELECT subject, total, parts FROM sums {where} ORDER BY 1, 2", params
        ).fetchall():
            yield {"subject": subj, "total": total, "parts": json.loads(parts)}

    # -- sources (issue #14) ----------------------------------------------------------------

    _SOURCE_COLUMNS = ("id", "url", "outlet", "reported_on", "title", "author")

    def put_source(self, conn: sqlite3.Connection, data: dict[str, Any], update: bool) -> bool:
        """Store a source (registry type ``source``); False when nothing changed.

        The same id again fills in details the stored source lacks; a detail that differs
        from the stored one is refused unless ``update``."""
        cols = self._SOURCE_COLUMNS
        row = conn.execute(
            f"SELECT {', '.join(cols)} FROM sources WHERE id = ?", [data["id"]]
        ).fetchone()
        if row is not None:
            stored = {c: v for c, v in zip(cols, row, strict=True) if v is not None}
            differ = [
                f"{c}: stored {stored[c]!r}, given {data[c]!r}"
                for c in cols
                if c in stored and c in data and stored[c] != data[c]
            ]
            if differ and not update:
                raise DuplicateError(
                    f"source {data['id']} is already stored with other details "
                    f"({'; '.join(differ)})",
                    hint="an import with --update replaces them",
                )
            merged = stored | data
            if merged == stored:
                return False
            data = merged
        conn.execute(
            f"INSERT INTO sources ({', '.join(cols)}, added_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET url = excluded.url, outlet = excluded.outlet, "
            "reported_on = excluded.reported_on, title = excluded.title, "
            "author = excluded.author",
            [*(data.get(c) for c in cols), now()],
        )
        return True

    def add_source(self, data: dict[str, Any]) -> tuple[dict[str, Any], bool]:
        """Store a validated source; (its record, True if new). Same id, same details: a no-op."""
        with self.write() as conn:
            added = self.put_source(conn, data, update=False)
        return self.source(data["id"]), added

    def source(self, text: str) -> dict[str, Any]:
        """A source by id or unambiguous id prefix (at least 4 characters after ``src-``)."""
        cols = ", ".join(self._SOURCE_COLUMNS)
        rows = self._query(
            f"SELECT {cols} FROM sources WHERE id = ? OR (id > ? AND id < ?) ORDER BY id LIMIT 3",
            [text, text, text + "\U0010ffff"],
        ).fetchall()
        exact = [r for r in rows if r[0] == text]
        if exact:
            rows = exact
        if not rows:
            raise NotFoundError(f"no source with id {text!r}", hint="list them: claimtrack sources")
        if len(rows) > 1 or len(text.removeprefix("src-")) < self.MIN_PREFIX:
            raise InputError(
                f"source id {text!r} is ambiguous or too short: give more characters",
                details=[r[0] for r in rows],
            )
        return {c: v for c, v in zip(self._SOURCE_COLUMNS, rows[0], strict=True) if v is not None}

    def source_records(self, subject: str | None = None) -> Iterator[dict[str, Any]]:
        """Sources for export: all, or those a subject's claims name."""
        cols = ", ".join(self._SOURCE_COLUMNS)
        where, params = "", []
        if subject is not None:
            where = "WHERE id IN (SELECT source FROM claims WHERE subject = ?)"
            params = [subject]
        for row in self._query(f"SELECT {cols} FROM sources {where} ORDER BY id", params):
            yield {c: v for c, v in zip(self._SOURCE_COLUMNS, row, strict=True) if v is not None}

    def sources(self, subject: str | None = None) -> list[dict[str, Any]]:
        """Sources with the number of claims naming them (of ``subject``, when given: then
        only the sources its claims use)."""
        cols = ", ".join(f"s.{c}" for c in self._SOURCE_COLUMNS)
        join = "LEFT JOIN" if subject is None else "JOIN"
        cond = "" if subject is None else "AND c.subject = ?"
        rows = self._query(
            f"SELECT {cols}, count(c.id) FROM sources s {join} claims c "
            f"ON c.source = s.id {cond} GROUP BY s.id ORDER BY s.reported_on, s.id",
            [] if subject is None else [subject],
        ).fetchall()
        out = []
        for row in rows:
            rec = {
                c: v for c, v in zip(self._SOURCE_COLUMNS, row[:-1], strict=True) if v is not None
            }
            rec["claims"] = row[-1]
            out.append(rec)
        return out

    def unrelate(self, subject: str, total: str) -> bool:
        with self.write() as conn:
            return (
                conn.execute(
                    "DELETE FROM sums WHERE subject = ? AND total = ?", [subject, total]
                ).rowcount
                > 0
            )

    def dimension_of(
        self, subject: str, measure: str, *, other_than: str | None = None
    ) -> str | None:
        """The dimension a measure holds (from its figure claims), or None if it has none."""
        row = self._query(
            "SELECT coalesce(dimension, 'count') FROM claims WHERE subject = ? AND measure = ? "
            "AND kind = 'figure' AND id IS NOT ? LIMIT 1",
            [subject, measure, other_than],
        ).fetchone()
        return row[0] if row else None

    def _check_dimension(self, claim: Claim) -> None:
        """A measure holds one dimension: refuse a figure of another (currencies may differ)."""
        if claim.kind != "figure":
            return
        from claimtrack.readings import figure_numbers

        numbers = figure_numbers(claim.__dict__)
        held = self.dimension_of(claim.subject, claim.measure or "", other_than=claim.id)
        if numbers is not None and held is not None:
            problem = dimension_mismatch(claim.measure or "", held, numbers.dimension)
            if problem:
                raise InputError(f"invalid claim: {problem}")

    def _alias_fold(self) -> Callable[[Fact], Fact] | None:
        """Aliases for the engine: a Fact's claimant becomes its canonical name (None: no
        aliases). Only the engine's input changes; stored claims keep the name as entered."""
        canon = self.canonical()
        if not canon:
            return None

        def fold(fact: Fact) -> Fact:
            target = canon.get(_claimant_key(fact.claimant))
            return fact if target is None else fact._replace(claimant=target[1])

        return fold

    def history(self, claim_id: str) -> list[dict[str, Any]]:
        self.get(claim_id)  # raises NotFoundError
        cur = self._query(
            "SELECT action, changed_at, reason, previous FROM claim_history "
            "WHERE claim_id = ? ORDER BY id",
            [claim_id],
        )
        return [
            {"action": a, "changed_at": t, "reason": r, "previous": json.loads(p)}
            for a, t, r, p in cur.fetchall()
        ]

    def table_names(self) -> list[str]:
        return [r[0] for r in self._query("SELECT name FROM sqlite_master WHERE type = 'table'")]

    def count(self) -> int:
        return self._query("SELECT count(*) FROM claims").fetchone()[0]

    # -- reviews and search --------------------------------------------------------------

    def reviews(self, claim_id: str) -> list[dict[str, Any]]:
        """Verdicts attached to a claim, oldest first (the last one is current)."""
        cur = self._query(
            f"SELECT {_REVIEW_SQL_COLUMNS} FROM reviews WHERE claim_id = ? ORDER BY id",
            [claim_id],
        )
        names = [d[0] for d in cur.description]
        return [{k: v for k, v in zip(names, r, strict=True) if v is not None} for r in cur]

    def add_review(
        self,
        claim_id: str,
        *,
        rating: str,
        url: str | None,
        reviewer: str | None,
        summary: str | None = None,
        finding: str | None = None,
    ) -> dict[str, Any]:
        """Attach a verdict. ``summary`` is the short statement of the claim judged
        (ClaimReview's claimReviewed); ``finding`` the paragraph (reviewBody)."""
        with self.write() as conn:
            self.get(claim_id)
            conn.execute(
                f"INSERT INTO reviews (claim_id, {_REVIEW_SQL_COLUMNS}) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [claim_id, rating.strip(), url, reviewer, summary, finding, now()],
            )
        return self.reviews(claim_id)[-1]

    def verdicts(self, ids: Iterable[str]) -> dict[str, str]:
        """Each claim's latest rating, for the claims among ``ids`` that have a review."""
        cur = self._query(
            "SELECT claim_id, rating FROM reviews WHERE id IN (SELECT max(id) FROM reviews "
            "WHERE claim_id IN (SELECT value FROM json_each(?)) GROUP BY claim_id)",
            [json.dumps(list(ids))],
        )
        return dict(cur.fetchall())

    def reviewed(
        self, subject: str | None = None
    ) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
        """(record, latest review) for each reviewed active claim (of a subject, or of every
        subject), by id. Retracted claims are left out: their verdict is not published."""
        where, params = ("AND c.subject = ?", [subject]) if subject is not None else ("", [])
        cur = self._query(
            f"""
            SELECT {", ".join("c." + c for c in RECORD_COLUMNS.split(", "))},
                   {", ".join("r." + c for c in _REVIEW_SQL_COLUMNS.split(", "))}
            FROM claims c JOIN reviews r ON r.claim_id = c.id
            WHERE c.status = 'active' {where}
              AND r.id = (SELECT max(id) FROM reviews WHERE claim_id = c.id)
            ORDER BY c.id
            """,
            params,
        )
        names = [d[0] for d in cur.description]
        n = len(RECORD_COLUMNS.split(", "))
        for row in cur.fetchall():
            review = {k: v for k, v in zip(names[n:], row[n:], strict=True) if v is not None}
            yield row_to_record(row[:n], names[:n]), review

    def search(
        self, text: str, *, subject: str | None, limit: int, include_retracted: bool = False
    ) -> list[dict[str, Any]]:
        """FTS5 search (bm25), best match first, matching words marked in ``quote_marked``."""
        where = "claims_fts MATCH ?"
        params: list[Any] = [_fts_query(text)]
        if not include_retracted:
            where += " AND c.status = 'active'"
        if subject is not None:
            where += " AND c.subject = ?"
            params.append(subject)
        params.append(limit)
        sql = f"""
            SELECT c.id, c.subject, c.claimant, c.speaker, c.outlet, c.said_on, c.status,
                   c.quote,
                   highlight(claims_fts, 0, char(2), char(3)) AS quote_marked,
                   bm25(claims_fts) AS rank
            FROM claims_fts JOIN claims c ON c.rowid = claims_fts.rowid
            WHERE {where}
            ORDER BY rank, c.id
            LIMIT ?
        """
        try:
            cur = self.conn.execute(sql, params)
            rows = cur.fetchall()
        except sqlite3.OperationalError as e:
            raise InputError(f"cannot search for {text!r}: {e}") from None
        names = [d[0] for d in cur.description]
        out = []
        for row in rows:
            hit = {k: v for k, v in zip(names, row, strict=True) if v is not None}
            hit["rank"] = -hit["rank"]  # bm25: lower is better; shown as higher is better
            out.append(hit)
        return out

    # -- vocabulary: the claimant registry, aliases and near-miss names --------------------

    def alias_rows(self) -> list[Alias]:
        cur = self._query(
            "SELECT key, name, same_as_key, same_as FROM claimant_aliases ORDER BY key"
        )
        return [Alias._make(r) for r in cur.fetchall()]

    def canonical(self) -> dict[str, tuple[str, str]]:
        """alias key -> (canonical key, canonical name), chains followed (A -> B -> C)."""
        rows = {a.key: a for a in self.alias_rows()}
        out: dict[str, tuple[str, str]] = {}
        for key, a in rows.items():
            seen = {key}
            while a.same_as_key in rows and a.same_as_key not in seen:
                seen.add(a.same_as_key)
                a = rows[a.same_as_key]
            out[key] = (a.same_as_key, a.same_as)
        return out

    def claimant_known(self, name: str) -> bool:
        key = _claimant_key(name)
        for sql in (
            "SELECT 1 FROM claims WHERE claimant_key = ? LIMIT 1",
            "SELECT 1 FROM claimants WHERE key = ?",
            "SELECT 1 FROM claimant_aliases WHERE key = ? OR same_as_key = ? LIMIT 1",
        ):
            if self._query(sql, [key] * sql.count("?")).fetchone():
                return True
        return False

    def _require_claimant(self, name: str) -> None:
        if self.claimant_known(name):
            return
        import difflib

        names = [r[0] for r in self._query("SELECT DISTINCT claimant FROM claims ORDER BY 1")]
        near = difflib.get_close_matches(name, names, n=3, cutoff=0.6)
        raise NotFoundError(
            f"no claimant named {name!r}",
            hint=("did you mean: " + ", ".join(near)) if near else "see `claimtrack claimants`",
        )

    def add_alias(self, name: str, same_as: str) -> dict[str, Any]:
        """Fold ``name`` into ``same_as`` (both must be known claimants)."""
        with self.write() as conn:
            for n in (name, same_as):
                self._require_claimant(n)
            changed = self.put_alias(conn, {"name": name, "same_as": same_as}, update=False)
        return self._alias_summary(name, changed)

    def remove_alias(self, name: str) -> dict[str, Any]:
        key = _claimant_key(name)
        with self.write() as conn:
            row = conn.execute(
                "SELECT name, same_as FROM claimant_aliases WHERE key = ?", [key]
            ).fetchone()
            if row is None:
                raise NotFoundError(
                    f"{name!r} is not an alias of another claimant", hint="claimtrack claimants"
                )
            conn.execute("DELETE FROM claimant_aliases WHERE key = ?", [key])
        return {"name": row[0], "same_as": row[1], "removed": True}

    def _alias_summary(self, name: str, changed: bool) -> dict[str, Any]:
        key = _claimant_key(name)
        target = self.canonical()[key]
        n = self._query("SELECT count(*) FROM claims WHERE claimant_key = ?", [key]).fetchone()
        return {"name": name, "same_as": target[1], "claims": n[0], "changed": changed}

    def put_alias(self, conn: sqlite3.Connection, data: dict[str, Any], update: bool) -> bool:
        """Store one alias record; refuses self-aliases, cycles and re-pointing (unless
        ``update``). Returns False when the same alias is already stored."""
        name, same_as = data["name"], data["same_as"]
        key, target = _claimant_key(name), _claimant_key(same_as)
        if not key or not target:
            raise InputError("alias: a claimant name needs letters or digits")
        if key == target:
            raise InputError(
                f"alias: {name!r} and {same_as!r} are already the same claimant "
                "(case and punctuation are ignored)"
            )
        row = conn.execute(
            "SELECT same_as_key, same_as FROM claimant_aliases WHERE key = ?", [key]
        ).fetchone()
        if row is not None and row[0] == target:
            return False
        if row is not None and not update:
            raise InputError(
                f"alias: {name!r} is already an alias of {row[1]!r}",
                hint=f'remove it first: claimtrack alias "{name}" --remove',
            )
        canon = self.canonical()
        end = canon.get(target, (target, same_as))
        if end[0] == key:
            raise InputError(
                f"alias: refused: {same_as!r} already folds into {name!r}; "
                f"{name!r} -> {same_as!r} would make a cycle"
            )
        conn.execute(
            "INSERT INTO claimant_aliases (key, name, same_as_key, same_as, added_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET name = excluded.name, "
            "same_as_key = excluded.same_as_key, same_as = excluded.same_as",
            [key, name, target, same_as, now()],
        )
        return True

    def put_claimant(self, conn: sqlite3.Connection, data: dict[str, Any], update: bool) -> bool:
        """Store a claimant's kind (on its canonical name). False when already so."""
        key = _claimant_key(data["name"])
        if not key:
            raise InputError("claimant: a claimant name needs letters or digits")
        row = conn.execute("SELECT name, kind FROM claimants WHERE key = ?", [key]).fetchone()
        if row is not None and row[1] == data["kind"]:
            return False
        if row is not None and row[1] is not None and not update:
            raise InputError(
                f"claimant: {data['name']!r} is already recorded as {row[1]}",
                hint="use --update to change it",
            )
        conn.execute(
            "INSERT INTO claimants (key, name, kind, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET name = excluded.name, kind = excluded.kind, "
            "updated_at = excluded.updated_at",
            [key, data["name"], data["kind"], now()],
        )
        return True

    def set_kind(self, name: str, kind: str) -> dict[str, Any]:
        """``claimtrack claimant NAME --kind KIND``: the kind of a claimant (and its aliases)."""
        with self.write() as conn:
            self._require_claimant(name)
            target = self.canonical().get(_claimant_key(name))
            shown = target[1] if target else self._display_name(name)
            self.put_claimant(conn, {"name": shown, "kind": kind}, update=True)
        return self.claimant(name)

    def _display_name(self, name: str) -> str:
        row = self._query(
            "SELECT claimant, count(*) AS n FROM claims WHERE claimant_key = ? "
            "GROUP BY claimant ORDER BY n DESC, claimant LIMIT 1",
            [_claimant_key(name)],
        ).fetchone()
        return row[0] if row else name

    def claimant_records(self, subject: str | None = None) -> Iterator[dict[str, Any]]:
        keys = None if subject is None else self._registry_scope(subject)
        cur = self._query(
            "SELECT key, name, kind FROM claimants WHERE kind IS NOT NULL ORDER BY key"
        )
        for key, name, kind in cur.fetchall():
            if keys is None or key in keys:
                yield {"name": name, "kind": kind}

    def alias_records(self, subject: str | None = None) -> Iterator[dict[str, Any]]:
        keys = None if subject is None else self._registry_scope(subject)
        for a in self.alias_rows():
            if keys is None or a.key in keys or a.same_as_key in keys:
                yield {"name": a.name, "same_as": a.same_as}

    def _registry_scope(self, subject: str) -> set[str]:
        """Claimant keys of a subject, with every name in their alias groups."""
        keys = {
            r[0]
            for r in self._query(
                "SELECT DISTINCT claimant_key FROM claims WHERE subject = ?", [subject]
            )
        }
        canon = self.canonical()
        groups = {canon.get(k, (k,))[0] for k in keys}
        return keys | groups | {k for k, (t, _) in canon.items() if t in groups}

    def registry_records(
        self, subject: str | None = None, *, after_claims: bool = False, skip: Iterable[str] = ()
    ) -> Iterator[dict[str, Any]]:
        """Registry records (for export), types in ``RECORD_TYPES`` order: the ones written
        before the claims, or (``after_claims``) the ones about claims (reviews, versions);
        types named in ``skip`` are left out."""
        for kind, spec in RECORD_TYPES.items():
            if spec.after_claims != after_claims or kind in skip:
                continue
            for data in getattr(self, spec.export)(subject):
                yield {"record": kind, **data}

    # -- reviews and earlier versions as records (export, import) -------------------------

    def _claim_scope(self, subject: str | None) -> tuple[str, list[Any]]:
        if subject is None:
            return "", []
        return "WHERE claim_id IN (SELECT id FROM claims WHERE subject = ?)", [subject]

    def review_records(self, subject: str | None = None) -> Iterator[dict[str, Any]]:
        """Every review, by claim id and then oldest first (the order an import restores)."""
        where, params = self._claim_scope(subject)
        cur = self._query(
            f"SELECT claim_id, {_REVIEW_SQL_COLUMNS} FROM reviews {where} ORDER BY claim_id, id",
            params,
        )
        names = [d[0] for d in cur.description]
        for row in cur.fetchall():
            yield {k: v for k, v in zip(names, row, strict=True) if v is not None}

    def put_review(self, conn: sqlite3.Connection, data: dict[str, Any], update: bool) -> bool:
        """Store a review record after the existing reviews of its claim; False when the
        same review (every field, ``reviewed_at`` included) is already there."""
        self._require_claim(conn, "review", data["claim_id"])
        values = [data["claim_id"], *(data.get(f) for f in REVIEW_FIELDS)]
        same = "claim_id = ? AND " + " AND ".join(f"{f} IS ?" for f in REVIEW_FIELDS)
        if conn.execute(f"SELECT 1 FROM reviews WHERE {same}", values).fetchone():
            return False
        conn.execute(
            f"INSERT INTO reviews (claim_id, {_REVIEW_SQL_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
            values,
        )
        return True

    def version_records(self, subject: str | None = None) -> Iterator[dict[str, Any]]:
        """Every earlier version of every claim, by claim id and then oldest first."""
        where, params = self._claim_scope(subject)
        cur = self._query(
            "SELECT claim_id, action, changed_at, reason, previous FROM claim_history "
            f"{where} ORDER BY claim_id, id",
            params,
        )
        for claim_id, action, changed_at, reason, previous in cur.fetchall():
            record = {"claim_id": claim_id, "action": action, "changed_at": changed_at}
            if reason is not None:
                record["reason"] = reason
            yield record | {"previous": json.loads(previous)}

    def put_version(self, conn: sqlite3.Connection, data: dict[str, Any], update: bool) -> bool:
        """Store an earlier version of a claim (a ``version`` record) after the versions it
        already has; False when the same version is already there."""
        self._require_claim(conn, "version", data["claim_id"])
        values = [
            data["claim_id"],
            data["action"],
            data["changed_at"],
            data.get("reason"),
            json.dumps(data["previous"], ensure_ascii=False),
        ]
        if conn.execute(
            "SELECT 1 FROM claim_history WHERE claim_id = ? AND action = ? AND changed_at = ? "
            "AND reason IS ? AND previous = ?",
            values,
        ).fetchone():
            return False
        conn.execute(
            "INSERT INTO claim_history (claim_id, action, changed_at, reason, previous) "
            "VALUES (?, ?, ?, ?, ?)",
            values,
        )
        return True

    @staticmethod
    def _require_claim(conn: sqlite3.Connection, record: str, claim_id: str) -> None:
        if conn.execute("SELECT 1 FROM claims WHERE id = ?", [claim_id]).fetchone() is None:
            raise InputError(
                f"{record}: claim {claim_id} is not in the database or earlier in this input"
            )

    def claimants(self, subject: str | None = None) -> list[dict[str, Any]]:
        """Claimants with claim counts, aliases folded in, most claims first."""
        where, params = ("WHERE subject = ?", [subject]) if subject is not None else ("", [])
        cur = self._query(
            f"SELECT claimant_key, claimant, count(*), sum(status = 'active') FROM claims "
            f"{where} GROUP BY claimant_key, claimant",
            params,
        )
        canon = self.canonical()
        groups: dict[str, dict[str, Any]] = {}
        for key, name, n, active in cur.fetchall():
            target = canon.get(key, (key, None))
            g = groups.setdefault(target[0], {"names": {}, "claims": 0, "active": 0})
            g["names"][name] = g["names"].get(name, 0) + n
            g["claims"] += n
            g["active"] += active
            if target[1] is not None:
                g["canonical"] = target[1]
        kinds = self._kinds(set(groups))
        out = []
        for key, g in groups.items():
            shown = g.get("canonical") or kinds.get(key, (None, None, None))[2]
            if shown is None:
                shown = min(g["names"], key=lambda n: (-g["names"][n], n))
            kind, how, _ = kinds.get(key, ("organization", "guessed", None))
            aliases = sorted(n for n in g["names"] if n != shown)
            aliases += sorted(
                a.name
                for a in self.alias_rows()
                if canon[a.key][0] == key and a.name not in g["names"]
            )
            out.append(
                {
                    "claimant": shown,
                    "kind": kind,
                    "kind_from": how,
                    "claims": g["claims"],
                    "active": g["active"],
                    "aliases": aliases,
                }
            )
        out.sort(key=lambda r: (-r["claims"], r["claimant"].casefold(), r["claimant"]))
        return out

    def author_of(self) -> Callable[[str], tuple[str, str]]:
        """claimant as entered -> (schema.org type, name its aliases fold into)."""
        canon = self.canonical()
        kinds: dict[str, tuple[str, str, str | None]] = {}

        def author(claimant: str) -> tuple[str, str]:
            key = _claimant_key(claimant)
            target, name = canon.get(key, (key, claimant))
            if target not in kinds:
                kinds.update(self._kinds({target}))
            kind = kinds[target][0]
            return ("Person" if kind == "person" else "Organization", name)

        return author

    def claimant(self, name: str) -> dict[str, Any]:
        """One claimant (with its alias group): kind, counts, aliases."""
        self._require_claimant(name)
        key = _claimant_key(name)
        target = self.canonical().get(key, (key, None))[0]
        for row in self.claimants():
            if _claimant_key(row["claimant"]) == target or key in {
                _claimant_key(a) for a in row["aliases"]
            }:
                return row
        kind = self._kinds({target}).get(target, ("organization", "guessed", name))
        return {
            "claimant": kind[2] or name,
            "kind": kind[0],
            "kind_from": kind[1],
            "claims": 0,
            "active": 0,
            "aliases": [],
        }

    def _kinds(self, keys: set[str]) -> dict[str, tuple[str, str, str | None]]:
        """key -> (kind, "set" | "guessed", registry name). Guess: a claimant whose name is
        also given as a speaker is a person; otherwise an organization."""
        out: dict[str, tuple[str, str, str | None]] = {}
        for key, name, kind in self._query("SELECT key, name, kind FROM claimants"):
            if key in keys and kind is not None:
                out[key] = (kind, "set", name)
        speakers = {
            _claimant_key(r[0])
            for r in self._query("SELECT DISTINCT speaker FROM claims WHERE speaker IS NOT NULL")
        }
        for key in keys - out.keys():
            out[key] = ("person" if key in speakers else "organization", "guessed", None)
        return out

    def match_claimants(self, text: str, subject: str | None = None) -> tuple[set[str], str]:
        """Claimant keys that ``list --claimant TEXT`` means, and how they matched:
        ``exact`` (the name or one of its aliases) or ``contains`` (case-insensitive
        substring, when no claimant has that name); empty when nothing matches."""
        key = _claimant_key(text)
        where, params = ("WHERE subject = ?", [subject]) if subject is not None else ("", [])
        present = {
            r[0] for r in self._query(f"SELECT DISTINCT claimant_key FROM claims {where}", params)
        }
        canon = self.canonical()

        def group(keys: set[str]) -> set[str]:
            targets = {canon.get(k, (k,))[0] for k in keys}
            return {k for k in present if canon.get(k, (k,))[0] in targets}

        exact = group({key})
        if exact:
            return exact, "exact"
        if not key:
            return set(), "exact"
        contains = {k for k in present if key in k}
        return group(contains), "contains"

    def claimant_names(self, keys: Iterable[str]) -> list[str]:
        cur = self._query(
            "SELECT DISTINCT claimant FROM claims WHERE claimant_key IN "
            "(SELECT value FROM json_each(?)) ORDER BY claimant",
            [json.dumps(sorted(keys))],
        )
        return [r[0] for r in cur]

    def subject_detail(self, subject: str) -> dict[str, Any]:
        """``subjects SUBJECT``: its measures, propositions and claimants with claim counts."""
        row = next((r for r in self.subjects() if r["subject"] == subject), None)
        if row is None:
            raise NotFoundError(f"no claims on subject {subject!r}")
        out: dict[str, Any] = dict(row)
        cumulative = self.rules(subject).get(subject, (set(), []))[0]
        cur = self._query(
            "SELECT measure, count(*), sum(status = 'active'), "
            "group_concat(DISTINCT coalesce(dimension, 'count')) FROM claims "
            "WHERE subject = ? AND measure IS NOT NULL GROUP BY 1 ORDER BY 1",
            [subject],
        )
        out["measures"] = [
            {
                "measure": m,
                "claims": n,
                "active": a,
                "dimension": dims if "," not in dims else sorted(dims.split(",")),
                "cumulative": m in cumulative,
            }
            for m, n, a, dims in cur.fetchall()
        ]
        cur = self._query(
            "SELECT proposition, count(*), sum(status = 'active') FROM claims "
            "WHERE subject = ? AND proposition IS NOT NULL GROUP BY 1 ORDER BY 1",
            [subject],
        )
        out["propositions"] = [
            {"proposition": m, "claims": n, "active": a} for m, n, a in cur.fetchall()
        ]
        out["claimants"] = self.claimants(subject)
        return out

    # Near misses: names new to a subject that are close to names it has (names.py).

    def _known_names(
        self, subject: str, before_rowid: int | None = None
    ) -> dict[str, dict[str, str]]:
        """field -> {comparison name: display name} of one subject, alias groups included;
        with ``before_rowid``, only from rows stored before an import began."""
        known: dict[str, dict[str, str]] = {"measure": {}, "proposition": {}, "claimant": {}}
        sql = "SELECT DISTINCT measure, proposition, claimant FROM claims WHERE subject = ?"
        params: list[Any] = [subject]
        if before_rowid is not None:
            sql += " AND rowid <= ?"
            params.append(before_rowid)
        for measure, proposition, claimant in self._query(sql, params).fetchall():
            if measure is not None:
                known["measure"][measure] = measure
            if proposition is not None:
                known["proposition"][proposition] = proposition
            known["claimant"].setdefault(_claimant_key(claimant), claimant)
        self._with_aliases(known["claimant"])
        return known

    def _with_aliases(self, claimants: dict[str, str]) -> None:
        """Add every name of the alias groups of these claimants (in place)."""
        rows = self.alias_rows()
        if not rows:
            return
        canon = self.canonical()
        groups = {canon.get(k, (k,))[0] for k in claimants}
        for a in rows:
            if canon[a.key][0] in groups:
                claimants.setdefault(a.key, a.name)
                claimants.setdefault(a.same_as_key, a.same_as)

    def _declared_claimants(self) -> set[str]:
        """Claimant keys named in the registry (a kind or an alias): never "new"."""
        keys = {r[0] for r in self._query("SELECT key FROM claimants")}
        for a in self.alias_rows():
            keys.update((a.key, a.same_as_key))
        return keys

    def name_checks(self, claim: Claim, fields: Iterable[str] = NAME_FIELDS) -> list[NearMiss]:
        """Near misses among a claim's subject, measure, proposition and claimant."""
        from claimtrack.names import near_misses

        fields = set(fields)
        subject = claim.subject
        out: list[NearMiss] = []
        if not self.has_subject(subject):
            if "subject" in fields:
                near = near_misses([subject], self.subject_names())
                if subject in near:
                    out.append(NearMiss("subject", subject, subject, tuple(near[subject])))
            return out
        known = self._known_names(subject)
        for field_name in ("measure", "proposition"):
            value = getattr(claim, field_name)
            if field_name in fields and value is not None:
                near = near_misses([value], known[field_name])
                if value in near:
                    out.append(NearMiss(field_name, subject, value, tuple(near[value])))
        if "claimant" in fields:
            key = _claimant_key(claim.claimant)
            if key not in known["claimant"] and key not in self._declared_claimants():
                near = near_misses([key], known["claimant"])
                if key in near:
                    shown = tuple(known["claimant"][k] for k in near[key])
                    out.append(NearMiss("claimant", subject, claim.claimant, shown))
        return out

    def _near_miss_names(
        self,
        subjects: set[str],
        by_subject: Iterable[tuple[str, list[tuple[Any, Any, str]]]],
        start_rowid: int,
    ) -> dict[tuple[str, str, str], str]:
        """(field, subject, name) -> problem, for the names of an import that are near misses.

        ``subjects`` are the import's subjects; ``by_subject`` gives each one's distinct
        (measure, proposition, claimant name) combinations, a subject at a time. Names new to
        the database are compared with those stored before this import (rowid <= start_rowid)
        and with each other; only distinct names are compared. For a subject name, the key is
        ("subject", name, name); for a claimant, its key.
        """
        from claimtrack.names import explain, near_misses, near_pairs

        old_subjects: set[str] = set()
        if start_rowid:
            cur = self._query("SELECT DISTINCT subject FROM claims WHERE rowid <= ?", [start_rowid])
            old_subjects = {r[0] for r in cur}
        declared = self._declared_claimants()
        flagged: dict[tuple[str, str, str], str] = {}  # (field, subject, name) -> problem

        def check(field_name: str, subject: str, new: set[str], known: Any, shown: Any) -> None:
            near = near_misses(new, known) if known else {}
            if len(new) > 1:
                for a, b in near_pairs(new):
                    near.setdefault(a, []).append(b)
                    near.setdefault(b, []).append(a)
            for name, options in near.items():
                opts = sorted(set(options))
                text = explain(
                    field_name,
                    None if field_name == "subject" else subject,
                    shown(name),
                    [shown(o) for o in opts],
                    {shown(o) for o in opts if o in new},
                )
                flagged[(field_name, subject if field_name != "subject" else name, name)] = text

        new_subjects = subjects - old_subjects
        check("subject", "", new_subjects, old_subjects, str)
        for subject, combos in by_subject:
            measures = {c[0] for c in combos}
            propositions = {c[1] for c in combos}
            claimants = {c[2] for c in combos}
            known = self._known_names(subject, start_rowid) if subject in old_subjects else None
            for field_name, values in (("measure", measures), ("proposition", propositions)):
                values = values - {None}
                new = values - known[field_name].keys() if known else values
                if new and (known or len(new) > 1):
                    check(field_name, subject, new, known and known[field_name], str)
            keys = {_claimant_key(c): c for c in sorted(claimants, reverse=True)}
            new_keys = keys.keys() - (known["claimant"].keys() if known else set()) - declared
            if new_keys and (known or len(new_keys) > 1):
                names = {**(known["claimant"] if known else {}), **keys}
                check("claimant", subject, set(new_keys), known and known["claimant"], names.get)
        return flagged

    # -- writing -------------------------------------------------------------------------

    def add(self, claim: Claim) -> tuple[dict[str, Any], bool]:
        """Store one claim. Returns (record, created); same id + same content is a no-op."""
        return self.add_many([claim])[0]

    def add_many(self, claims: Sequence[Claim]) -> list[tuple[dict[str, Any], bool]]:
        """Store claims in one transaction (all or none): (record, created) for each."""
        out = []
        with self.write() as conn:
            stamp = now()
            for claim in claims:
                self._check_dimension(claim)
                row = claim_row(claim, stamp)
                inserted = conn.execute(_INSERT, row).rowcount == 1  # ON CONFLICT DO NOTHING
                record = self.get(_id(claim))
                if not inserted and not same_content(record, row):
                    raise DuplicateError(
                        f"id {claim.id!r} already exists with other content",
                        hint="use `claimtrack edit` to change it, or give another --id",
                    )
                out.append((record, inserted))
        return out

    def _save_history(
        self, conn: sqlite3.Connection, claim_id: str, action: str, reason: str | None
    ) -> None:
        previous = self.get(claim_id)
        conn.execute(
            "INSERT INTO claim_history (claim_id, action, changed_at, reason, previous) "
            "VALUES (?, ?, ?, ?, ?)",
            [claim_id, action, now(), reason, json.dumps(previous, ensure_ascii=False)],
        )

    def replace(
        self, claim: Claim, *, action: str = "edit", reason: str | None = None
    ) -> dict[str, Any]:
        """Overwrite an existing claim (same id), keeping the previous version in history."""
        claim_id = _id(claim)
        with self.write() as conn:
            current = self.get(claim_id)
            self._check_dimension(claim)
            self._save_history(conn, claim_id, action, reason)
            self._update_row(conn, claim_row(claim, current["added_at"]), now())
        return self.get(claim_id)

    def _update_row(self, conn: sqlite3.Connection, row: tuple[Any, ...], stamp: str) -> None:
        sets = ", ".join(f"{c} = ?" for c in COLUMNS[1:])
        conn.execute(
            f"UPDATE claims SET {sets}, updated_at = ? WHERE id = ?",
            [*row[1:], stamp, row[ID]],
        )

    def set_status(self, claim_id: str, status: str, reason: str | None) -> dict[str, Any]:
        with self.write() as conn:
            current = self.get(claim_id)
            if current["status"] == status:
                raise InputError(f"claim {claim_id} is already {status}")
            action = "retract" if status == "retracted" else "restore"
            self._save_history(conn, claim_id, action, reason)
            conn.execute(
                "UPDATE claims SET status = ?, updated_at = ? WHERE id = ?",
                [status, now(), claim_id],
            )
        return self.get(claim_id)

    def purge(self, claim_id: str) -> dict[str, Any]:
        """Delete a claim, its history and its reviews for good."""
        with self.write() as conn:
            record = self.get(claim_id)
            conn.execute("DELETE FROM reviews WHERE claim_id = ?", [claim_id])
            conn.execute("DELETE FROM claim_history WHERE claim_id = ?", [claim_id])
            conn.execute("DELETE FROM claims WHERE id = ?", [claim_id])
        return record

    def _drop_indexes(self) -> list[str]:
        """Drop the claims table's secondary indexes; return the SQL that recreates them."""
        rows = self.conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'claims' "
            "AND sql IS NOT NULL ORDER BY name"
        ).fetchall()
        for name, _ in rows:
            self.conn.execute(f"DROP INDEX {quote_name(name)}")
        return [sql for _, sql in rows]

    def _suspend_fts_trigger(self) -> str | None:
        row = self.conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
            [FTS_INSERT_TRIGGER],
        ).fetchone()
        if row is None:
            return None
        self.conn.execute(f"DROP TRIGGER {quote_name(FTS_INSERT_TRIGGER)}")
        return row[0]

    def _resume_fts_trigger(self, trigger_sql: str | None, start_rowid: int) -> None:
        if trigger_sql is None:
            return
        cols = ", ".join(FTS_COLUMNS)
        self.conn.execute(
            f"INSERT INTO claims_fts (rowid, {cols}) SELECT rowid, {cols} FROM claims "
            "WHERE rowid > ?",
            [start_rowid],
        )
        self.conn.execute(trigger_sql)

    def import_claims(
        self,
        items: Iterable[tuple[int, str, Claim | tuple[Any, ...] | None, str | None]],
        *,
        update: bool = False,
        skip_invalid: bool = False,
        check_names: bool = False,
    ) -> ImportResult:
        """Import (line, raw, claim or row or registry record or None, problem) items in one
        transaction.

        A row is ``claim_row(claim, None)`` (what ``jsonl.read_rows`` yields, possibly from a
        worker process); a Claim is turned into one here.

        Without ``skip_invalid`` any problem aborts the whole import (InputError listing every
        problem); with it, bad lines are returned in ``result.rejected`` and the rest lands.
        With ``check_names``, names new to the database that are near misses of existing ones
        (or of each other) abort the import (InputError with one detail per line).
        """
        with self.write():
            return self._import(
                items, update=update, skip_invalid=skip_invalid, check_names=check_names
            )

    def _import(
        self,
        items: Iterable[Item],
        *,
        update: bool,
        skip_invalid: bool,
        check_names: bool = False,
    ) -> ImportResult:
        return _Import(self, update=update, check_names=check_names).run(items, skip_invalid)


class _Import:
    """One import, inside the store's open write transaction: rows are checked (dimension),
    inserted in batches, compared with what was there (same content, update, conflict), and
    finally checked for near-miss names; any problem raises before the caller commits.

    Memory stays flat in the number of rows: the name check reads the names written back
    from the table at the end, and keeps per row only its line number and the rowid holding
    its content (12 bytes), from which it finds the lines using a near-miss name.
    """

    def __init__(self, store: Store, *, update: bool, check_names: bool) -> None:
        conn = self.conn = store.conn
        self.store = store
        self.update = update
        self.result = ImportResult()
        self.problems: list[tuple[int, str, str]] = []
        self.conflicts: list[str] = []
        self.updated: dict[str, int] = {}  # claim id -> rowid of rows replaced (--update)
        self.batch: list[tuple[int, str, tuple[Any, ...]]] = []
        self.start_rowid = self.max_rowid = conn.execute(
            "SELECT coalesce(max(rowid), 0) FROM claims"
        ).fetchone()[0]
        self.stamp = now()
        # Per-row FTS triggers cost ~4x the insert itself: suspend the insert trigger for this
        # transaction and index the new rows in one statement at the end. DDL is
        # transactional, so a rollback (error, Ctrl-C, crash) restores the trigger too.
        self.trigger_sql = store._suspend_fts_trigger()
        # Into an empty or small table, building the secondary indexes once at the end (a
        # sort) is cheaper than updating them row by row.
        # The dimension each measure already holds. A small table (whose indexes are about to
        # be dropped) is read once, here; a big one keeps its indexes and is asked per measure.
        self.small = self.start_rowid < REBUILD_INDEXES_BELOW
        self.held: dict[tuple[str, str], str | None] = {}  # (subject, measure) -> dimension
        if self.small and self.start_rowid:
            for subject, measure, dimension in conn.execute(
                "SELECT subject, measure, min(coalesce(dimension, 'count')) FROM claims "
                "WHERE kind = 'figure' GROUP BY subject, measure"
            ):
                self.held[(subject, measure)] = dimension
        self.index_sql = store._drop_indexes() if self.small else []
        # The name check reads the names the import wrote back from the table at the end; it
        # keeps, for every row sent to the table, its line and the rowid holding its content.
        self.check_names = check_names
        self.sources_known: dict[str, bool] = {}
        self.lines = array("I")
        self.rowids = array("q")

    def run(self, items: Iterable[Item], skip_invalid: bool) -> ImportResult:
        result = self.result
        for line, raw, claim, problem in items:
            result.read += 1
            if claim is None:
                self.problems.append((line, raw, problem or "invalid"))
            elif isinstance(claim, Registry):  # (a NamedTuple: tested before rows)
                self.add_registry(line, raw, claim)
            elif isinstance(claim, tuple):
                self.add(line, raw, claim)
            else:
                self.add(line, raw, claim_row(claim, None))
        self.flush()
        conn = self.conn
        for sql in self.index_sql:
            conn.execute(sql)
        self.store._resume_fts_trigger(self.trigger_sql, self.start_rowid)
        if self.check_names and self.lines:
            self.refuse_near_misses()
        return self.finish(skip_invalid)

    def add_registry(self, line: int, raw: str, record: Registry) -> None:
        if self.batch:  # a record about claims (a review) needs the claims before it stored
            self.flush()
        try:
            store = getattr(self.store, RECORD_TYPES[record.type].store)
            self.result.registry += store(self.conn, record.data, self.update)
        except InputError as e:
            self.problems.append((line, raw, e.message))

    def add(self, line: int, raw: str, row: tuple[Any, ...]) -> None:
        mismatch = self.wrong_dimension(row)
        if mismatch is not None:
            self.problems.append((line, raw, mismatch))
            return
        if row[SOURCE] is not None and not self.known_source(row[SOURCE]):
            problem = (
                f"source: no source {row[SOURCE]} (give its source record earlier in "
                "the file, or `claimtrack source add`)"
            )
            self.problems.append((line, raw, problem))
            return
        self.batch.append((line, raw, row))
        if len(self.batch) >= BATCH:
            self.flush()

    def known_source(self, source_id: str) -> bool:
        # Source records come before the claims that name them (exports write them first).
        known = self.sources_known
        if not known.get(source_id):
            found = self.conn.execute("SELECT 1 FROM sources WHERE id = ?", [source_id])
            known[source_id] = found.fetchone() is not None
        return known[source_id]

    def wrong_dimension(self, row: tuple[Any, ...]) -> str | None:
        if row[KIND] != "figure" or row[DIMENSION] is None:
            return None
        key = (row[SUBJECT], row[MEASURE])
        held = self.held
        if key not in held:
            held[key] = None if self.small else self.store.dimension_of(*key)
        dimension = held[key]
        if dimension is None:
            held[key] = row[DIMENSION]
            return None
        return dimension_mismatch(row[MEASURE], dimension, row[DIMENSION])

    def flush(self) -> None:
        batch, self.batch = self.batch, []
        if not batch:
            return
        conn, result = self.conn, self.result
        # Stamp rows that carry no added_at of their own with this import's time.
        stamp = self.stamp
        rows = [stamped(r, stamp) for _, _, r in batch]
        inserted = conn.executemany(_INSERT, rows).rowcount
        result.added += inserted
        if inserted == len(rows):
            # All new: SQLite gave them the rowids after the largest (no other writer).
            if self.check_names:
                self.lines.extend(line for line, _, _ in batch)
                self.rowids.extend(range(self.max_rowid + 1, self.max_rowid + 1 + inserted))
            self.max_rowid += inserted
            return
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
        for (line, raw, given), row in zip(batch, rows, strict=True):
            claim_id = row[ID]
            rowid, record = existing[claim_id]
            self.max_rowid = max(self.max_rowid, rowid)
            if self.check_names:
                self.lines.append(line)
                self.rowids.append(rowid)
            if same_content(record, row):
                continue
            other += 1
            if rowid > self.start_rowid or claim_id in self.updated:
                problem = f"id: {claim_id} appears earlier in this input with other content"
                self.problems.append((line, raw, problem))
            elif self.update:
                self.store._save_history(conn, claim_id, "update", "import --update")
                if given[ADDED_AT] is None:  # keep the stored added_at
                    row = (*row[:ADDED_AT], record["added_at"], *row[ADDED_AT + 1 :])
                self.store._update_row(conn, row, stamp)
                result.updated += 1
                self.updated[claim_id] = rowid
            else:
                self.conflicts.append(claim_id)
                problem = f"id: {claim_id} already exists with other content"
                self.problems.append((line, raw, problem))
        result.unchanged += len(rows) - inserted - other

    # The rows this import wrote: added (after the rowids it started from) or replaced.
    written = "rowid > ? OR rowid IN (SELECT value FROM json_each(?))"

    def written_params(self) -> list[Any]:
        return [self.start_rowid, json.dumps(sorted(self.updated.values()))]

    def refuse_near_misses(self) -> None:
        subjects = {
            r[0]
            for r in self.conn.execute(
                f"SELECT DISTINCT subject FROM claims WHERE {self.written}", self.written_params()
            )
        }
        cur = self.conn.execute(
            "SELECT DISTINCT subject, measure, proposition, claimant FROM claims "
            f"WHERE {self.written} ORDER BY subject",
            self.written_params(),
        )
        by_subject = (
            (subject, [row[1:] for row in rows])
            for subject, rows in groupby(cur, key=itemgetter(0))
        )
        flagged = self.store._near_miss_names(subjects, by_subject, self.start_rowid)
        if not flagged:
            return
        near = self.near_miss_lines(flagged)
        details = sorted([(n, p) for n, _, p in self.problems] + near)
        raise InputError(
            f"{len(near)} line(s) use a name that is new but close to an existing one; "
            "nothing was imported",
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
        for line, rowid in zip(self.lines, self.rowids, strict=True):
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
                        f"{len(conflicts)} id(s) already exist with other content; nothing "
                        "was imported",
                        details=[f"{p[0]}: {p[2]}" for p in problems],
                        hint="use --update to replace them (the old versions go to history)",
                    )
                raise InputError(
                    f"{len(problems)} bad line(s); nothing was imported",
                    details=[f"{p[0]}: {p[2]}" for p in problems],
                    hint="fix them, or use --skip-invalid to import the rest",
                )
            result.rejected = problems
        return result


def dimension_family(dimension: str) -> str:
    """``currency:USD`` -> ``currency``: amounts in different currencies share a measure."""
    return dimension.split(":", 1)[0]


def dimension_mismatch(measure: str, held: str, given: str) -> str | None:
    """The problem with putting a ``given`` figure on a measure that holds ``held``."""
    if dimension_family(held) == dimension_family(given):
        return None
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
