"""The store, in part: loading a brand-new database beside its target, then renaming it into
place (``Store.import_to``; ``import_claims`` into a blank database).

A database that holds nothing yet (missing, or exactly what ``init --empty`` makes) is loaded
into a temporary file in the same directory with SQLite's syncs off and its rollback journal in
memory (a new file's pages need none): nothing there has to survive a crash, since the target
is untouched until the end. Only a complete import is
made durable (``fsync``) and renamed over the target in one atomic step; a failure, Ctrl-C or
a crash leaves the target as it was (missing, or blank, byte for byte) and the temporary file
is removed (a crash's leftover by the next load into the same target).

SQLite pairs a database with its write-ahead log and shared memory by name, so the rename
must never leave another connection's log beside the new file:

* a blank target is used only if this connection can lock it exclusively (in WAL mode every
  open connection holds a shared lock, so this proves it is the only one); otherwise the
  import runs in place, as into any other database. It is copied (``VACUUM INTO``: its schema,
  with any table or index of someone else's) and loaded; its log is emptied before the rename.
* the new file stays locked by its loading connection until the old file's connection has
  closed (removing the old log and shared memory), so no one opens the new file before.
* the old file's header is overwritten once it has been replaced: a process that opened it
  meanwhile and waits for the lock then reads "not a database" instead of writing into a
  file no one will see (``Store.open`` notices the rename and opens the new file).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable
from contextlib import suppress
from pathlib import Path
from typing import Self

from claimtrack.errors import DatabaseError
from claimtrack.records import Item
from claimtrack.store._common import (
    BUSY_TIMEOUT_S,
    CACHE_KIB,
    ImportResult,
    _new_file_mode,
    _sqlite_error,
    quote_name,
)
from claimtrack.store._writing import _Writing

# The table sqlite-utils records applied migrations in: its rows say how a database got its
# schema, not what it holds.
_MIGRATIONS_TABLE = "_sqlite_migrations"
_TEMP_MARK = ".import-"  # .NAME.import-PID-XXXX.tmp beside the target
_SIDE_FILES = ("-journal", "-wal", "-shm")


def _temp_files(target: Path) -> list[Path]:
    return sorted(target.parent.glob(f".{target.name}{_TEMP_MARK}*.tmp"))


def _remove(path: Path) -> None:
    for p in (path, *(Path(f"{path}{s}") for s in _SIDE_FILES)):
        p.unlink(missing_ok=True)


def _remove_stale(target: Path) -> None:
    """Temporary files of earlier loads into ``target`` whose process is gone (killed)."""
    prefix = f".{target.name}{_TEMP_MARK}"
    for tmp in _temp_files(target):
        pid_text = tmp.name[len(prefix) :].split("-", 1)[0]
        if not pid_text.isdigit() or int(pid_text) == os.getpid():
            continue
        try:
            os.kill(int(pid_text), 0)
        except ProcessLookupError:
            _remove(tmp)
        except OSError:
            pass  # alive (another user's process): not ours to remove


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _holds_nothing(conn: sqlite3.Connection) -> bool:
    """No row in any table but the full-text index's own (empty when claims is), the
    migrations record and ``meta`` (facts about the database itself: the rules its figures
    were checked under, which a new database records)."""
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN (?, 'meta') "
            "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE 'claims\\_fts%' "
            "ESCAPE '\\'",
            [_MIGRATIONS_TABLE],
        )
    ]
    return not any(
        conn.execute(f"SELECT 1 FROM {quote_name(name)} LIMIT 1").fetchone() for name in names
    )


class _Scratch:
    """The temporary database an import is loaded into, beside its target."""

    def __init__(self, target: Path, source: sqlite3.Connection | None = None) -> None:
        """A new empty file beside ``target``, or with ``source``: a copy of that database
        (``VACUUM INTO``: its schema, whatever tables and indexes it has, and its rows)."""
        import secrets

        _remove_stale(target)
        self.target = target
        self.path = target.parent / (
            f".{target.name}{_TEMP_MARK}{os.getpid()}-{secrets.token_hex(4)}.tmp"
        )
        try:
            fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except OSError as e:
            raise DatabaseError(f"cannot create database {target}: {e.strerror}") from None
        os.close(fd)
        self.conn: sqlite3.Connection | None = None
        try:
            if source is not None:
                source.execute("VACUUM INTO ?", [str(self.path)])
            conn = sqlite3.connect(self.path, isolation_level=None)
            # Nothing here has to survive a crash: no syncs until the end, and the rollback
            # journal in memory (it holds only pages the file had when a transaction began:
            # next to none here; a failed statement or ROLLBACK still undoes what it did).
            conn.execute("PRAGMA journal_mode=MEMORY")
            conn.execute("PRAGMA synchronous=OFF")
            conn.execute("PRAGMA locking_mode=EXCLUSIVE")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        except sqlite3.Error as e:
            self.discard()
            raise _sqlite_error(target, e) from None
        except BaseException:
            self.discard()
            raise
        self.conn = conn

    def finish(self, mode: int) -> None:
        """Make the loaded database a WAL database (as ``Store.open`` would), durable on disk;
        its connection keeps it locked until ``discard``."""
        conn = self.conn
        if conn is None:
            raise AssertionError("finished twice")
        try:
            conn.execute("PRAGMA journal_mode=WAL")  # exclusive: no log file, only the header
        except sqlite3.Error as e:
            raise _sqlite_error(self.target, e) from None
        with open(self.path, "rb+") as fh:
            os.fchmod(fh.fileno(), mode)
            os.fsync(fh.fileno())

    def discard(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None
        _remove(self.path)


class _Loading(_Writing):
    """Imports into a brand-new database: loaded beside the target, renamed into place."""

    @classmethod
    def import_to(
        cls,
        path: Path,
        items: Iterable[Item],
        *,
        seed: Iterable[Item] | None = None,
        on_create: Callable[[int], None] | None = None,
        update: bool = False,
        skip_invalid: bool = False,
        check_names: bool = False,
        strict: bool = False,
    ) -> tuple[Self, ImportResult]:
        """Import ``items`` into the database at ``path`` (``import_claims``); return the open
        store and the result. A database that does not exist yet is created only if the
        import succeeds, with ``seed`` loaded first (as ``open`` would; ``on_create(n)`` is
        then called with the number of seed claims), the whole of it loaded beside ``path``
        and renamed into place: a failed import leaves no database behind."""
        options = {
            "update": update,
            "skip_invalid": skip_invalid,
            "check_names": check_names,
            "strict": strict,
        }
        path = Path(path).expanduser()
        if os.path.lexists(path) and not (path.is_file() and path.stat().st_size == 0):
            store = cls.open(path, seed=seed, on_create=on_create)  # its checks, its errors
            try:
                return store, store.import_claims(items, **options)
            except BaseException:
                store.close()
                raise
        if not path.parent.is_dir():
            raise DatabaseError(
                f"cannot create database {path}: directory {path.parent} does not exist"
            )
        scratch = _Scratch(path)
        try:
            assert scratch.conn is not None
            loaded = cls(path, scratch.conn)._load(items, seed=seed, options=options)
            scratch.finish(_new_file_mode())
            for side in _SIDE_FILES:  # a log left by a database once there: not for this one
                Path(f"{path}{side}").unlink(missing_ok=True)
            try:
                os.link(scratch.path, path)  # only if no one created it meanwhile
            except FileExistsError:
                if not (path.is_file() and path.stat().st_size == 0):
                    raise DatabaseError(
                        f"{path} was created by another process during the import; nothing "
                        "was imported",
                        hint="import again",
                    ) from None
                os.replace(scratch.path, path)  # an empty file (as `open` treats it): new
            except OSError:
                if os.path.lexists(path):
                    raise
                os.replace(scratch.path, path)  # a file system without hard links
            _fsync_dir(path.parent)
        finally:
            scratch.discard()  # (closing it lets others open the new database)
        if on_create is not None and seed is not None:
            on_create(loaded[0])
        return cls.open(path), loaded[1]

    def _load(
        self, items: Iterable[Item], *, seed: Iterable[Item] | None, options: dict[str, bool]
    ) -> tuple[int, ImportResult]:
        """Give a new database its schema (with ``seed``), then import ``items`` into it:
        (seed claims, the import's result)."""
        seeded: list[int] = []
        self._migrate(seed, seeded.append)
        with self.write():
            result = self._import(items, **options)
        return (seeded[0] if seeded else 0), result

    def import_claims(
        self,
        items: Iterable[Item],
        *,
        update: bool = False,
        skip_invalid: bool = False,
        check_names: bool = False,
        strict: bool = False,
    ) -> ImportResult:
        options = {
            "update": update,
            "skip_invalid": skip_invalid,
            "check_names": check_names,
            "strict": strict,
        }
        if not self._claim_blank():
            return super().import_claims(items, **options)
        try:
            return self._load_over(items, options)
        finally:
            self._reconnect()

    def _claim_blank(self) -> bool:
        """Whether this database holds nothing and this connection alone has it open: then it
        is locked exclusively (until ``_reconnect``) and True. Nothing is written to it."""
        conn = self.conn
        try:
            if conn.in_transaction or not _holds_nothing(conn):
                return False
            # In WAL mode every connection holds a shared lock while open: an exclusive one
            # proves this is the only connection (and keeps others out until it closes).
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                return False
            conn.execute("PRAGMA busy_timeout = 0")
            conn.execute("PRAGMA locking_mode=EXCLUSIVE")
            conn.execute("BEGIN EXCLUSIVE")
            if _holds_nothing(conn):  # (read under the lock: takes it)
                conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
                return True
        except sqlite3.Error:
            pass
        self._reconnect()
        return False

    def _load_over(self, items: Iterable[Item], options: dict[str, bool]) -> ImportResult:
        """Load ``items`` into a copy of this blank database (locked by ``_claim_blank``:
        its schema, and any table or index of someone else's) and rename the result over it."""
        import stat

        conn = self.conn
        path = Path(os.path.realpath(self.path))
        try:
            conn.execute("ROLLBACK")  # (the lock stays: exclusive locking mode)
        except sqlite3.Error as e:
            raise _sqlite_error(self.path, e) from None
        scratch = _Scratch(path, source=conn)
        try:
            assert scratch.conn is not None
            loading = type(self)(path, scratch.conn)
            with loading.write():
                result = loading._import(items, **options)
            scratch.finish(stat.S_IMODE(os.stat(path).st_mode))
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            if busy:  # cannot be, with the lock held; but never leave a log with frames
                raise DatabaseError(f"database {self.path} is busy; nothing was imported")
            old = os.open(path, os.O_RDWR)
            try:
                os.replace(scratch.path, path)
                _fsync_dir(path.parent)
                # The old file is gone from the directory; one who opened it and waits for
                # the lock reads this and stops, instead of writing where no one will look.
                # (The import has landed: nothing here may fail it.)
                with suppress(OSError):
                    os.pwrite(old, b"replaced by a new database\0", 0)
            finally:
                os.close(old)
            # The old file's log and shared memory go before anyone opens the new file (its
            # loading connection still locks it).
            with suppress(sqlite3.Error):
                conn.close()
        except sqlite3.Error as e:
            raise _sqlite_error(self.path, e) from None
        finally:
            scratch.discard()
        self._wrote = True
        return result

    def _reconnect(self) -> None:
        """A fresh connection to the path (the old one may hold a lock, or a replaced file)."""
        with suppress(sqlite3.Error):
            self.conn.close()
        fresh = self.open(self.path)  # (its checks: the file is a claimtrack database)
        self.conn, self._db, self._ident = fresh.conn, None, fresh._ident
