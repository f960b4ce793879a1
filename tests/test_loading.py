"""An import into a brand-new database (missing, or blank as `init --empty` makes it) is loaded
beside the target with the journal off and renamed into place (store/_loading.py): the same
rows as an import in place, nothing at the target unless it succeeds, no temporary file left,
and the import in place whenever the rename would not be safe."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.errors import InputError
from claimtrack.jsonl import read_rows
from claimtrack.store import Store

from conftest import figure, stance, write_jsonl


def records(n: int = 60) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for i in range(n):
        if i % 3:
            out.append(figure(id=f"f-{i}", subject=f"s-{i % 7}", value=f"about {100 + i}"))
        else:
            out.append(stance(id=f"t-{i}", subject=f"s-{i % 7}"))
    return out


STAMPS = {"added_at", "updated_at", "changed_at", "stored_at"}  # when, not what


def logical(db: Path) -> dict[str, Any]:
    """Every table's rows (the full-text index by what it finds, once built: an import into
    an empty database leaves it to the first search), the time an import stamps on its rows
    left out, and the schema."""
    with Store.open(db) as store:
        store.build_search_index()
    conn = sqlite3.connect(db)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                "'claims_fts%' AND name NOT LIKE 'sqlite_%' AND name != '_sqlite_migrations' "
                "ORDER BY name"
            )
        ]
        out: dict[str, Any] = {}
        for table in tables:
            cur = conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
            names = [d[0] for d in cur.description]
            out[table] = [
                {k: v for k, v in zip(names, row, strict=True) if k not in STAMPS} for row in cur
            ]
        out["search"] = conn.execute(
            "SELECT rowid FROM claims_fts WHERE claims_fts MATCH 'dozen' ORDER BY rowid"
        ).fetchall()
        out["schema"] = conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE name != '_sqlite_migrations' "
            "ORDER BY name"
        ).fetchall()
        out["integrity"] = conn.execute("PRAGMA integrity_check").fetchall()
        out["journal"] = conn.execute("PRAGMA journal_mode").fetchone()
        return out
    finally:
        conn.close()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def invoke(*args: str) -> Any:
    return CliRunner().invoke(app, list(args))


def test_an_import_into_a_missing_path_creates_it_with_the_sample_as_before(
    tmp_path: Path, sample_db: Path
) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", records())
    target = tmp_path / "new.db"
    result = invoke("--db", str(target), "import", str(source))
    assert result.exit_code == 0, result.output
    assert "Created" in result.stderr and "bundled sample" in result.stderr
    # in place: into the database `open` would have made (the sample), kept shared
    other = sqlite3.connect(sample_db)
    other.execute("SELECT count(*) FROM claims").fetchone()
    result = invoke("--db", str(sample_db), "import", str(source))
    other.close()
    assert result.exit_code == 0, result.output
    assert logical(target) == logical(sample_db)
    assert leftovers(tmp_path) == []
    assert not Path(f"{target}-wal").exists() and not Path(f"{target}-journal").exists()


def test_an_import_into_a_blank_database_gives_the_same_rows_as_in_place(
    tmp_path: Path, empty_db: Path
) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", records())
    in_place = tmp_path / "in-place.db"
    in_place.write_bytes(empty_db.read_bytes())
    os.chmod(empty_db, 0o640)
    inode = empty_db.stat().st_ino
    result = invoke("--db", str(empty_db), "import", str(source))
    assert result.exit_code == 0, result.output
    assert empty_db.stat().st_ino != inode  # loaded beside it, renamed into place
    assert empty_db.stat().st_mode & 0o777 == 0o640  # the target's mode kept
    other = sqlite3.connect(in_place)  # a second connection: the import runs in place
    other.execute("SELECT count(*) FROM claims").fetchone()
    inode = in_place.stat().st_ino
    result = invoke("--db", str(in_place), "import", str(source))
    assert result.exit_code == 0, result.output
    assert in_place.stat().st_ino == inode
    assert other.execute("SELECT count(*) FROM claims").fetchone() == (len(records()),)
    other.close()
    assert logical(empty_db) == logical(in_place)
    assert leftovers(tmp_path) == []
    again = invoke("--db", str(empty_db), "import", str(source))  # no longer blank: in place
    assert again.exit_code == 0 and "0 added" in again.stderr, again.output


def test_a_failed_import_into_a_missing_path_leaves_nothing(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [*records(), {"not": "a claim"}])
    target = tmp_path / "new.db"
    result = invoke("--db", str(target), "import", str(source))
    assert result.exit_code == 2, result.output
    assert "nothing was imported" in result.stderr
    assert "Created" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


def interrupted(after: int) -> Iterator[Any]:
    for k, item in enumerate(read_rows_of(records())):
        if k == after:
            raise KeyboardInterrupt
        yield item


def read_rows_of(recs: list[dict[str, Any]]) -> Iterator[Any]:
    lines = [json.dumps(r) for r in recs]
    return iter(
        [(n, raw, row, problem) for n, (_, raw, row, problem) in enumerate(rows_of(lines), 1)]
    )


def rows_of(lines: list[str]) -> list[Any]:
    import tempfile

    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as fh:
        fh.write("\n".join(lines) + "\n")
    try:
        return list(read_rows(fh.name))
    finally:
        os.unlink(fh.name)


def test_ctrl_c_in_a_new_database_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "new.db"
    with pytest.raises(KeyboardInterrupt):
        Store.import_to(target, interrupted(30))
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_ctrl_c_or_a_bad_line_in_a_blank_database_leaves_it_byte_for_byte(
    tmp_path: Path, empty_db: Path
) -> None:
    before = empty_db.read_bytes()
    with pytest.raises(KeyboardInterrupt):
        Store.import_to(empty_db, interrupted(30))
    assert empty_db.read_bytes() == before
    with pytest.raises(InputError):
        Store.import_to(empty_db, iter([*read_rows_of(records()), (99, "{}", None, "bad")]))
    assert empty_db.read_bytes() == before
    assert leftovers(tmp_path) == []
    store, result = Store.import_to(empty_db, read_rows_of(records()))  # usable as ever
    try:
        assert result.added == len(records()) == store.count()
    finally:
        store.close()


def test_a_blank_database_keeps_its_own_tables_and_settings(tmp_path: Path, empty_db: Path) -> None:
    """The new file starts as a copy of the blank one (``VACUUM INTO``): a table or index
    someone added, and its header fields, are kept."""
    conn = sqlite3.connect(empty_db)
    conn.execute("CREATE TABLE notes (text)")
    conn.execute("CREATE INDEX idx_notes ON notes (text)")
    conn.execute("PRAGMA application_id = 1234")
    conn.commit()
    conn.close()
    inode = empty_db.stat().st_ino
    store, result = Store.import_to(empty_db, read_rows_of(records()))
    store.close()
    assert result.added == len(records())
    assert empty_db.stat().st_ino != inode  # loaded beside it
    conn = sqlite3.connect(empty_db)
    try:
        assert conn.execute("SELECT count(*) FROM notes").fetchone() == (0,)
        assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'idx_notes'").fetchone()
        assert conn.execute("PRAGMA application_id").fetchone() == (1234,)
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert conn.execute("SELECT count(*) FROM claims").fetchone() == (len(records()),)
    finally:
        conn.close()
    assert leftovers(tmp_path) == []


@pytest.mark.slow  # starts a process (tests/conftest.py: process tests are slow)
@pytest.mark.parametrize("pid_alive", [False, True])
def test_a_killed_loads_temporary_file_is_removed_by_the_next(
    tmp_path: Path, pid_alive: bool
) -> None:
    target = tmp_path / "new.db"
    if pid_alive:
        pid = os.getppid()  # alive: its file is left alone
    else:
        child = subprocess.Popen([sys.executable, "-c", "pass"])
        child.wait()
        pid = child.pid  # gone (a SIGKILLed import)
    stale = tmp_path / f".new.db.import-{pid}-abcd1234.tmp"
    stale.write_bytes(b"half a database")
    Path(f"{stale}-journal").write_bytes(b"")
    store, _ = Store.import_to(target, read_rows_of(records()))
    store.close()
    expected = [stale.name, f"{stale.name}-journal"] if pid_alive else []
    assert leftovers(tmp_path) == expected


def test_a_database_created_meanwhile_is_not_replaced(tmp_path: Path, empty_db: Path) -> None:
    target = tmp_path / "new.db"

    def items() -> Iterator[Any]:
        yield from read_rows_of(records())
        target.write_bytes(empty_db.read_bytes())  # another process made it meanwhile

    before = empty_db.read_bytes()
    with pytest.raises(Exception, match="created by another process"):
        Store.import_to(target, items())
    assert target.read_bytes() == before
    assert leftovers(tmp_path) == []


@pytest.mark.slow
def test_a_process_that_opened_the_old_file_reads_the_new_one(
    tmp_path: Path, empty_db: Path
) -> None:
    """A claimtrack that opens the blank database while it is being replaced waits for the
    lock, notices the rename and reads the new database (never the old file)."""
    new = write_jsonl(tmp_path / "in.jsonl", records())
    replacement = tmp_path / "replacement.db"
    store, _ = Store.import_to(replacement, read_rows_of(records()))
    store.close()
    holder = sqlite3.connect(empty_db, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("SELECT count(*) FROM claims").fetchone()  # locked, as a load locks it
    reader = subprocess.Popen(
        [sys.executable, "-m", "claimtrack", "--db", str(empty_db), "list", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(1.0)  # the reader has opened the old file and waits for the lock
    old = os.open(empty_db, os.O_RDWR)
    os.replace(replacement, empty_db)
    os.pwrite(old, b"replaced by a new database\0", 0)
    os.close(old)
    holder.close()
    out, err = reader.communicate(timeout=60)
    assert reader.returncode == 0, err
    assert len(json.loads(out)) == len(records())
    assert new.exists()
