"""A new user's bad days: a full disk, a read-only database, a read-only directory, a search
index that waits on a read-only database. Each ends in one line on stderr and a non-zero exit,
with nothing half-written (issue: newuser3)."""

from __future__ import annotations

import errno
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.errors import from_os_error, from_sqlite_error

from conftest import SAMPLE

ADD = ["add", "s", "--claimant", "c", "--quote", "q", "--affirms", "p"]


def env() -> dict[str, str]:
    e = dict(os.environ)
    e.pop("CLAIMTRACK_DEBUG", None)
    e.pop("CLAIMTRACK_DB", None)
    return e


def claimtrack(*args: str, limit: int | None = None, as_user: bool = False, **kw):
    """claimtrack in a real process; ``limit``: the largest file it may write (RLIMIT_FSIZE,
    what a full disk looks like to a writer); ``as_user``: without root's power to write
    what its mode forbids (the tests that need it are skipped where that cannot be had)."""

    def fsize() -> None:
        if limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    cmd = [sys.executable, "-m", "claimtrack", *args]
    if as_user and os.geteuid() == 0:
        cmd = [shutil.which("setpriv") or "setpriv", *_DROP, *cmd]
    kw.setdefault("stdout", subprocess.PIPE)
    return subprocess.run(
        cmd, stderr=subprocess.PIPE, text=True, env=env(), preexec_fn=fsize, timeout=120, **kw
    )


_DROP = ["--bounding-set", "-dac_override,-dac_read_search,-fowner"]


def _can_be_refused() -> bool:
    """Whether a process can be made to obey file modes here (not root, or root that can
    drop the capabilities that override them)."""
    if os.geteuid() != 0:
        return True
    if shutil.which("setpriv") is None:
        return False
    probe = subprocess.run(["setpriv", *_DROP, "true"], capture_output=True)
    return probe.returncode == 0


needs_modes = pytest.mark.skipif(not _can_be_refused(), reason="file modes cannot be enforced")
process = pytest.mark.slow  # a real process each (tests/test_processes.py's mark): CI runs them


def one_error_line(stderr: str) -> str:
    lines = [x for x in stderr.splitlines() if not x.startswith("hint: ")]
    assert "Traceback" not in stderr, stderr
    errors = [x for x in lines if x.startswith("error: ")]
    assert len(errors) == 1, stderr
    return errors[0]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    (tmp_path / "work").mkdir()
    path = tmp_path / "work" / "claims.db"
    done = claimtrack("--db", str(path), "import", str(SAMPLE))
    assert done.returncode == 0, done.stderr
    return path


# -- the boundary's words for errors no command expected -------------------------------------


@pytest.mark.parametrize(
    ("err", "expected"),
    [
        (
            OSError(errno.ENOSPC, "No space left on device"),
            "cannot write the output: No space left on device; what was written before it is"
            " incomplete",
        ),
        (
            OSError(errno.EFBIG, "File too large"),
            "cannot write the output: File too large; what was written before it is incomplete",
        ),
        (OSError(errno.EACCES, "Permission denied", "notes.txt"), "notes.txt: Permission denied"),
        (OSError(errno.EIO, "Input/output error"), "Input/output error (errno 5)"),
    ],
)
def test_os_errors_are_one_line(err: OSError, expected: str) -> None:
    assert from_os_error(err).message == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "attempt to write a readonly database",
            "database x.db is read-only here (attempt to write a readonly database); nothing"
            " was written",
        ),
        (
            "database or disk is full",
            "database x.db: database or disk is full; nothing was written",
        ),
        (
            "database is locked",
            "database x.db is busy (another program is writing); nothing was written: try again when it is done",
        ),
        ("disk I/O error", "database x.db: disk I/O error"),
    ],
)
def test_sqlite_errors_are_one_line(text: str, expected: str) -> None:
    assert from_sqlite_error(sqlite3.OperationalError(text), "x.db").message == expected


def test_a_sqlite_error_no_store_method_caught_is_one_line(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import claimtrack.store

    def refused(*a: object, **k: object) -> None:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(claimtrack.store.Store, "subjects", refused)
    db = tmp_path / "d.db"
    result = runner.invoke(app, ["--db", str(db), "subjects"])
    assert result.exit_code == 1, result.output
    assert result.stderr.splitlines()[-2:] == [
        f"error: database {db} is read-only here (attempt to write a readonly database);"
        " nothing was written",
        "hint: make the file and its directory writable, or work on a copy"
        " (`claimtrack --db PATH backup COPY`)",
    ]


# -- a full disk -------------------------------------------------------------------------------


@process
@pytest.mark.parametrize(
    "args",
    [
        ["export", "-o", "{out}"],
        ["export", "--format", "csv", "-o", "{out}"],
        ["report", "raqqa-convoy", "-o", "{out}"],
    ],
)
def test_a_full_disk_leaves_no_file_and_says_so(db: Path, tmp_path: Path, args: list[str]) -> None:
    out = db.parent / "out.file"
    done = claimtrack("--db", str(db), *[a.format(out=out) for a in args], limit=40_000)
    assert done.returncode == 1, done.stderr
    assert one_error_line(done.stderr) == (
        f"error: cannot write {out}: File too large; nothing was written"
    )
    assert sorted(p.name for p in db.parent.iterdir()) == ["claims.db"]


@process
def test_a_full_disk_under_stdout_says_the_output_is_incomplete(db: Path, tmp_path: Path) -> None:
    out = db.parent / "out.jsonl"
    with out.open("w") as fh:
        done = claimtrack("--db", str(db), "export", limit=40_000, stdout=fh)
    assert done.returncode == 1, done.stderr
    assert done.stderr == (
        "error: cannot write the output: File too large; what was written before it is incomplete\n"
    )


@process
def test_a_backup_onto_a_full_disk_names_the_copy_not_the_database(
    db: Path, tmp_path: Path
) -> None:
    copy = db.parent / "copy.db"
    done = claimtrack("--db", str(db), "backup", str(copy), limit=40_000)
    assert done.returncode == 1, done.stderr
    line = one_error_line(done.stderr)
    assert line.startswith(f"error: cannot back up to {copy}: "), line
    assert not copy.exists()
    assert sorted(p.name for p in db.parent.iterdir()) == ["claims.db"]


# -- read-only databases -------------------------------------------------------------------------


@process
@needs_modes
def test_a_read_only_file_is_read_and_a_write_is_refused_in_one_line(db: Path) -> None:
    db.chmod(0o444)
    before = db.read_bytes()
    listed = claimtrack("--db", str(db), "list", "--json", as_user=True)
    assert listed.returncode == 0, listed.stderr
    added = claimtrack("--db", str(db), *ADD, as_user=True)
    assert added.returncode == 1, added.stderr
    assert one_error_line(added.stderr) == (
        f"error: database {db} is read-only here (attempt to write a readonly database);"
        " nothing was written"
    )
    assert db.read_bytes() == before


@process
@needs_modes
@pytest.mark.parametrize("mode", [0o444, 0o644])
def test_a_database_in_a_read_only_directory_is_read(db: Path, mode: int) -> None:
    db.chmod(mode)
    db.parent.chmod(0o555)
    try:
        listed = claimtrack("--db", str(db), "list", "--json", as_user=True)
        assert listed.returncode == 0, listed.stderr
        assert len(__import__("json").loads(listed.stdout)) > 0
        found = claimtrack("--db", str(db), "search", "deal", as_user=True)
        assert found.returncode == 0, found.stderr
        assert "rc-coalition-not-party-to-deal" in found.stdout
        added = claimtrack("--db", str(db), *ADD, as_user=True)
        assert added.returncode == 1
        assert "is read-only here" in one_error_line(added.stderr)
        assert sorted(p.name for p in db.parent.iterdir()) == ["claims.db"]
    finally:
        db.parent.chmod(0o755)


def test_a_read_only_directory_is_read_through_sqlite_s_immutable_mode(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch, sample_db: Path
) -> None:
    """Where file modes cannot be enforced (root), the same path, taken by hand."""
    db = sample_db
    import claimtrack.store._core as core

    monkeypatch.setattr(core, "_sealed", lambda path: True)
    listed = runner.invoke(app, ["--db", str(db), "list", "--json"])
    assert listed.exit_code == 0, listed.output
    added = runner.invoke(app, ["--db", str(db), *ADD])
    assert added.exit_code == 1
    assert f"error: database {db} is read-only here" in added.stderr


@process
@needs_modes
@pytest.mark.parametrize("directory_too", [False, True])
def test_a_search_index_that_waits_on_a_read_only_database_says_what_to_do(
    tmp_path: Path, directory_too: bool
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    db = work / "bulk.db"
    assert claimtrack("init", "--empty", str(db)).returncode == 0
    assert claimtrack("--db", str(db), "import", str(SAMPLE)).returncode == 0
    db.chmod(0o444)
    if directory_too:
        work.chmod(0o555)
    try:
        found = claimtrack("--db", str(db), "search", "deal", as_user=True)
    finally:
        work.chmod(0o755)
    assert found.returncode == 1, found.stderr
    assert found.stdout == ""
    assert one_error_line(found.stderr) == (
        f"error: the search index of {db} is not built yet, and the database is read-only"
        " here, so it cannot be built now"
    )
    assert found.stderr.splitlines()[-1] == (
        f"hint: search it once where it is writable, or search a copy: `claimtrack --db {db}"
        " backup COPY.db`, then `claimtrack --db COPY.db search ...`"
    )


# -- Ctrl-C ------------------------------------------------------------------------------------


def test_ctrl_c_while_a_command_loads_is_one_line_and_130(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import claimtrack.cli as cli

    def interrupted(module: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_load", interrupted)
    monkeypatch.setattr(sys, "argv", ["claimtrack", "list"])
    with pytest.raises(SystemExit) as ended:
        cli.main()
    assert ended.value.code == 130
    assert capsys.readouterr().err == "interrupted: nothing was written\n"


@process
@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_ctrl_c_at_a_did_you_mean_prompt_is_an_interruption(db: Path) -> None:
    from test_review import _pty_session  # every wait bounded, Ctrl-C taken by the child

    args = ["--db", str(db), "add", "raqqa-convoy", "--claimant", "SDF", "--quote",
            "some 300 fighters left", "--figure", "some 300", "--measure",
            "isis-fighters-evacuatd"]  # fmt: skip
    code, text = _pty_session(args, [("[1/n/q]", "\x03")], env())
    assert code == 130, text
    assert "\r\ninterrupted: nothing was written\r\n" in text
    assert "Aborted" not in text and "Traceback" not in text
    count = sqlite3.connect(db).execute("SELECT count(*) FROM claims").fetchone()[0]
    assert count == 92


# -- files that are plainly not what a command reads ---------------------------------------------

_SQLITE = b"SQLite format 3\x00" + b"\x00" * 100
_ZIP = b"PK\x03\x04" + b"\x00" * 100
_PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
_BINARY = b"abc\x00\x01\x02" * 10


@pytest.mark.parametrize(
    ("data", "why", "hint"),
    [
        (
            _SQLITE,
            "a SQLite database, not a JSONL or CSV file",
            "hint: to copy a database: `claimtrack backup`; to add its claims to another:"
            " `claimtrack --db {path} export -o claims.jsonl`, then import that",
        ),
        (
            _ZIP,
            "a ZIP file (an .xlsx workbook?), not a JSONL or CSV file",
            "hint: save the sheet as CSV (UTF-8) and import that",
        ),
        (
            _PDF,
            "a PDF, not a JSONL or CSV file (save the article's text, or the page as HTML)",
            None,
        ),
        (_BINARY, "binary data, not a JSONL or CSV file", None),
    ],
)
@pytest.mark.parametrize("name", ["in.jsonl", "in.csv"])
def test_import_refuses_a_file_that_is_not_text_in_one_line(
    ct, empty_db: Path, tmp_path: Path, data: bytes, why: str, hint: str | None, name: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    before = empty_db.read_bytes()
    result = ct("import", str(path))
    assert result.exit_code == 2, result.output
    expected = [f"error: {path}: {why}"] + ([hint.format(path=path)] if hint else [])
    assert result.stderr.splitlines() == expected
    assert empty_db.read_bytes() == before


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (_SQLITE, "a SQLite database, not a text or HTML page"),
        (_ZIP, "a ZIP file (an .xlsx workbook?), not a text or HTML page"),
        (_BINARY, "binary data, not a text or HTML page"),
    ],
)
def test_extract_refuses_a_file_that_is_not_text_in_one_line(
    ct, tmp_path: Path, data: bytes, why: str
) -> None:
    path = tmp_path / "article.html"
    path.write_bytes(data)
    result = ct("extract", str(path), "--subject", "s")
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert result.stderr.splitlines() == [f"error: {path}: {why}"]


@process
@needs_modes
def test_an_unreadable_database_is_one_line(db: Path) -> None:
    db.chmod(0o000)
    try:
        listed = claimtrack("--db", str(db), "list", as_user=True)
    finally:
        db.chmod(0o644)
    assert listed.returncode == 1, listed.stderr
    assert listed.stderr == f"error: cannot read database {db}: Permission denied\n"


@process
@needs_modes
@pytest.mark.parametrize(
    "args",
    [["--db", "{db}", "list"], ["init", "--empty", "{db}"], ["--db", "{db}", "import", "{sample}"]],
)
def test_a_new_database_in_a_read_only_directory_is_one_line(
    tmp_path: Path, args: list[str]
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    db = shared / "new.db"
    shared.chmod(0o555)
    try:
        done = claimtrack(*[a.format(db=db, sample=SAMPLE) for a in args], as_user=True)
    finally:
        shared.chmod(0o755)
    assert done.returncode == 1, done.stderr
    assert done.stderr == (
        f"error: cannot create database {db}: directory {shared} is not writable here\n"
    )
    assert list(shared.iterdir()) == []


# -- help into a pipe whose reader went away --------------------------------------------------


@process
@pytest.mark.parametrize("args", [["--help"], ["add", "--help"], ["source", "add", "-h"]])
def test_help_to_a_reader_that_went_away_ends_quietly_with_141(args: list[str]) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before a byte is written: `| head -0`
    try:
        done = subprocess.run(
            [sys.executable, "-m", "claimtrack", *args],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            env=env() | {"COLUMNS": "80"},
            timeout=60,
        )
    finally:
        os.close(write_end)
    assert (done.returncode, done.stderr) == (141, "")
