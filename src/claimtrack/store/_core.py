"""The store, in part: opening, migrating, closing and copying a
database; transactions, queries, and a claim by id."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self, cast

from claimtrack.errors import DatabaseError, InputError, NotFoundError
from claimtrack.records import (
    RECORD_COLUMNS,
    Item,
    row_to_record,
)
from claimtrack.schema import SCHEMA_VERSION

if TYPE_CHECKING:
    from sqlite_utils import Database

    from claimtrack.store import Store  # the whole class (the seed import is in _writing)


from claimtrack.store._common import (
    BUSY_TIMEOUT_S,
    CACHE_KIB,
    CONVERTED,
    SQLITE_HEADER,
    _like_prefix,
    _new_file_mode,
    _sqlite_error,
)


class _Replaced(Exception):
    """The file at a store's path was replaced while the store was being opened."""


def _identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the file at ``path``; None if there is none."""
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _sealed(path: Path) -> bool:
    """Whether the database at ``path`` sits in a directory this process cannot write, with
    no write-ahead log beside it: SQLite could then not create the ``-shm`` file a WAL
    database is read through, and would refuse even to read it. Nothing can write such a
    file either (a writer needs the log), so it is read as immutable, read-only."""
    import os

    beside = path.parent / (path.name + "-wal")
    return not os.access(path.parent, os.W_OK) and not beside.exists()


def _immutable_uri(path: Path) -> str:
    from urllib.parse import quote

    return f"file:{quote(str(path.resolve()))}?mode=ro&immutable=1"


FIRST_WAIT_S = 1.0  # a write waits this long for another program's lock before saying so


class _Core:
    """Opening, migrating, closing and copying a database; transactions, queries, claims by id."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn
        self._forked: tuple[int, Self] | None = None  # (process, its store): in_this_process
        self._db: Database | None = None
        self._wrote = False
        self._ident: tuple[int, int] | None = None  # (device, inode) of the file when opened
        # called once a write has waited FIRST_WAIT_S for another program's lock and goes on
        # waiting (up to BUSY_TIMEOUT_S in all): the CLI says so, rather than hang in silence
        self.on_wait: Callable[[], None] | None = None

    @property
    def conn(self) -> sqlite3.Connection:
        """The connection, in the process that opened it only: a SQLite connection must not
        be used across a fork (its locks and file offsets are the parent's). A process forked
        from this one gets a store of its own from :meth:`in_this_process`; using this one
        there is a programming error, refused rather than left to corrupt a read."""
        if self._pid != os.getpid():
            raise DatabaseError(
                f"database {self.path}: its connection belongs to the process that opened it "
                "(a forked process opens its own)"
            )
        return self._conn

    @conn.setter
    def conn(self, conn: sqlite3.Connection) -> None:
        self._conn, self._pid = conn, os.getpid()

    def in_this_process(self) -> Self:
        """This database on a connection of the calling process's own: this store in the
        process that opened it, and in a process forked from it (``conflicts --all --json``'s
        second half, fanout) a store it opens again, once, for everything it reads."""
        pid = os.getpid()
        if pid == self._pid:
            return self
        if self._forked is None or self._forked[0] != pid:
            self._forked = (pid, type(self).open(self.path))
        return self._forked[1]

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        seed: Iterable[Item] | None = None,
        on_create: Callable[[int], None] | None = None,
        on_wait: Callable[[], None] | None = None,
    ) -> Self:
        """Open (creating and migrating if needed) the database at ``path``.

        A database that does not exist yet is created; when ``seed`` is given it is loaded
        with those items (``import_claims`` items, e.g. ``jsonl.read_rows(sample)``: read only
        then) and ``on_create(n)`` is called with the number of claims loaded. ``on_wait()``
        is called when a write waits for another program's lock (``on_wait`` on the store).
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
        for _ in range(3):
            ident = _identity(path)
            try:
                if existed and _sealed(path):
                    conn = sqlite3.connect(
                        _immutable_uri(path), isolation_level=None, uri=True, detect_types=CONVERTED
                    )
                else:
                    conn = sqlite3.connect(
                        path, timeout=BUSY_TIMEOUT_S, isolation_level=None, detect_types=CONVERTED
                    )
            except sqlite3.Error as e:
                raise _sqlite_error(path, e) from None
            store = cls(path, conn)
            store._ident = ident
            store.on_wait = on_wait
            try:
                store._prepare(existed, seed, on_create)
            except _Replaced:
                conn.close()  # renamed over while we waited (a new database loaded): again
                existed = True
                continue
            except BaseException:
                conn.close()
                raise
            return store
        raise DatabaseError(f"database {path} keeps being replaced; try again")

    def _prepare(
        self,
        existed: bool,
        seed: Iterable[Item] | None,
        on_create: Callable[[int], None] | None,
    ) -> None:
        conn = self.conn
        try:
            # The first read waits out an exclusive lock; a database loaded beside this file
            # (``_loading``) may have been renamed over it meanwhile: then this connection
            # holds the old file (its header overwritten), and must not write to it.
            try:
                version = conn.execute("PRAGMA user_version").fetchone()[0]
            except sqlite3.Error:
                if self._replaced():
                    raise _Replaced from None
                raise
            if self._replaced():
                raise _Replaced
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

    def _replaced(self) -> bool:
        return self._ident is not None and _identity(self.path) != self._ident

    def _migrate(
        self, seed: Iterable[Item] | None, on_create: Callable[[int], None] | None
    ) -> None:
        from claimtrack.migrations import migrations

        conn = self.conn
        self._begin()
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
                result = cast("Store", self)._import(
                    seed, update=False, skip_invalid=False, defer_search=False
                )
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

    def __enter__(self) -> Self:
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
        try:  # (a read-only directory named the temporary file, not the backup typed)
            fd, tmp = tempfile.mkstemp(prefix=f".{real.name}.", suffix=".tmp", dir=real.parent)
        except OSError as e:
            raise DatabaseError(f"cannot back up to {target}: {e.strerror or e}") from None
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
            if "full" in str(e) or "disk I/O" in str(e):  # the copy's disk, not the database's
                raise DatabaseError(f"cannot back up to {target}: {e}") from None
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
            self._begin()
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

    def check_writable(self) -> None:
        """Refuse (DatabaseError) a database nothing can be written to here (a read-only file,
        or a directory where SQLite cannot keep its log): found by a write that is rolled
        back, so that a command that asks questions before it writes (``extract --review``)
        says so before the first question, not after the answers."""
        conn = self.conn
        try:
            self._begin()
            try:
                conn.execute("CREATE TABLE main._claimtrack_write_probe (x)")
            finally:
                conn.execute("ROLLBACK")
        except sqlite3.Error as e:
            raise _sqlite_error(self.path, e) from None

    def _begin(self) -> None:
        """BEGIN IMMEDIATE: the write lock, waited for up to ``BUSY_TIMEOUT_S`` while another
        program holds it; ``on_wait()`` is called once the first ``FIRST_WAIT_S`` are gone."""
        conn = self.conn
        if self.on_wait is None:
            conn.execute("BEGIN IMMEDIATE")
            return
        conn.execute(f"PRAGMA busy_timeout = {int(FIRST_WAIT_S * 1000)}")
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) and "busy" not in str(e):
                raise
            self.on_wait()
            rest = max(0.0, BUSY_TIMEOUT_S - FIRST_WAIT_S)
            conn.execute(f"PRAGMA busy_timeout = {int(rest * 1000)}")
            conn.execute("BEGIN IMMEDIATE")
        finally:
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")

    def _query(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        try:
            return self.conn.execute(sql, params)
        except sqlite3.Error as e:
            raise _sqlite_error(self.path, e) from None

    MIN_PREFIX = 4  # characters of an id prefix after "SUBJECT-" (like git's short ids)

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
        if not rows:  # a slip in the subject part: bridge-colapse-9b0f for bridge-collapse-9b0f...
            head, _, tail = claim_id.rpartition("-")
            import difflib

            subjects = [r[0] for r in self._query("SELECT DISTINCT subject FROM claims")]
            near = difflib.get_close_matches(head, subjects, n=1, cutoff=0.8)
            if head and tail and near:
                rows = self._query(
                    "SELECT id FROM claims WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT 3",
                    [_like_prefix(f"{near[0]}-{tail}") + "%"],
                ).fetchall()
        if rows:
            return "did you mean: " + ", ".join(r[0] for r in rows)
        return None

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
