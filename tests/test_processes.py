"""Real processes: concurrent writers, SIGKILL mid-import, Ctrl-C mid-import.

Marked slow; they still run in CI (a few seconds in all).
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import sample_claims

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path("/proc/self/fdinfo").exists(), reason="needs Linux /proc"),
]

WRITER = r"""
import sys
from typer.testing import CliRunner
from claimtrack.cli import app

db, worker = sys.argv[1], sys.argv[2]
runner = CliRunner()
failures = 0
for n in range(250):
    result = runner.invoke(app, [
        "--db", db, "add", "concurrency",
        "--claimant", f"Writer {worker}",
        "--quote", f"claim {n} from writer {worker}: around {n + 10}",
        "--figure", f"around {n + 10}", "--measure", "things",
    ])
    if result.exit_code != 0:
        failures += 1
        print(result.output, file=sys.stderr)
print(failures)
"""


def env() -> dict[str, str]:
    e = dict(os.environ)
    e.pop("CLAIMTRACK_DEBUG", None)
    return e


def init_empty(db: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "claimtrack", "init", "--empty", str(db)],
        check=True,
        capture_output=True,
        env=env(),
    )


def count(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT count(*) FROM claims").fetchone()[0]
    finally:
        conn.close()


def integrity(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def test_four_concurrent_writers_lose_nothing(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    init_empty(db)
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db), str(w)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env(),
        )
        for w in range(4)
    ]
    outputs = [p.communicate(timeout=300) for p in procs]
    for p, (out, err) in zip(procs, outputs, strict=True):
        assert p.returncode == 0, err
        assert out.strip() == "0", err
    assert count(db) == 1000
    assert integrity(db) == "ok"


def big_file(path: Path, n: int) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(
                json.dumps(
                    {
                        "id": f"k-{i}",
                        "subject": f"s-{i % 97}",
                        "claimant": f"Claimant {i % 31}",
                        "quote": f"Quote number {i}, long enough to look like a real sentence.",
                        "kind": "figure",
                        "measure": "things",
                        "value": f"around {i % 1000 + 1}",
                    }
                )
                + "\n"
            )
    return path


def start_import(db: Path, source: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "claimtrack", "--db", str(db), "import", str(source)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env(),
    )


def read_position(pid: int, source: Path) -> int | None:
    """How far process ``pid`` or its reader child has read into ``source`` (Linux /proc)."""
    for p in [pid, *children(pid)]:
        pos = _position(p, source)
        if pos is not None:
            return pos
    return None


def children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _position(pid: int, source: Path) -> int | None:
    fd_dir = Path(f"/proc/{pid}/fd")
    try:
        for fd in fd_dir.iterdir():
            try:
                if Path(os.readlink(fd)) == source:
                    info = Path(f"/proc/{pid}/fdinfo/{fd.name}").read_text()
                    return int(info.split("pos:")[1].split()[0])
            except OSError:
                continue
    except OSError:
        return None
    return None


def wait_until_half_read(proc: subprocess.Popen, source: Path) -> None:
    """Wait until the import has read (and so validated and inserted) ~40% of its input."""
    target = source.stat().st_size * 0.4
    deadline = time.monotonic() + 300  # (a loaded host: helpers' runs took over 120 s)
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail("the import finished before it could be interrupted; use a bigger file")
        pos = read_position(proc.pid, source)
        if pos is not None and pos > target:
            return
        time.sleep(0.01)
    proc.kill()  # never leave the import running after the test gives up on it
    proc.wait(timeout=30)
    pytest.fail("the import never got going")


def test_sigkill_mid_import_leaves_none_of_it(tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    init_empty(db)
    source = big_file(tmp_path / "big.jsonl", 150_000)
    proc = start_import(db, source)
    wait_until_half_read(proc, source)
    readers = children(proc.pid)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    deadline = time.monotonic() + 10  # an orphaned reader process exits by itself
    while any(Path(f"/proc/{c}").exists() for c in readers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(
        Path(f"/proc/{c}/status").exists() and "zombie" not in Path(f"/proc/{c}/status").read_text()
        for c in readers
    )
    assert integrity(db) == "ok"
    assert count(db) == 0  # all or nothing: here, nothing
    # a blank database is loaded beside it (store/_loading.py): the killed load's file is left
    assert len(list(tmp_path.glob(".k.db.import-*.tmp"))) == 1
    # and the database is still usable: the same import now lands whole
    proc = start_import(db, source)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert count(db) == 150_000
    assert integrity(db) == "ok"
    assert list(tmp_path.glob(".k.db*")) == []  # the next load removed it


def test_sigkill_mid_import_into_a_missing_database_leaves_no_database(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    source = big_file(tmp_path / "big.jsonl", 150_000)
    proc = start_import(db, source)
    wait_until_half_read(proc, source)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert not db.exists()
    proc = start_import(db, source)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert count(db) == 150_000 + len(sample_claims())  # with the sample, as any new database
    assert integrity(db) == "ok"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.jsonl", "m.db"]


def test_ctrl_c_mid_import_rolls_back_and_says_so(tmp_path: Path) -> None:
    db = tmp_path / "i.db"
    init_empty(db)
    source = big_file(tmp_path / "big.jsonl", 150_000)
    proc = start_import(db, source)
    wait_until_half_read(proc, source)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "interrupted: nothing was written (the transaction was rolled back)" in err
    assert "Traceback" not in err
    assert out == ""
    assert count(db) == 0
    assert integrity(db) == "ok"
    assert list(tmp_path.glob(".i.db*")) == []


def test_backup_while_another_process_writes(tmp_path: Path) -> None:
    """`backup` copies a consistent snapshot while a writer process keeps adding claims: each
    copy passes SQLite's integrity check, is one file (no log beside it), holds no fewer
    claims than the copy before, and the writer never fails."""
    db = tmp_path / "live.db"
    init_empty(db)
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db), "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env(),
    )
    copies: list[int] = []
    try:
        while writer.poll() is None and len(copies) < 40:
            copy = tmp_path / f"copy-{len(copies)}.db"
            result = subprocess.run(
                [sys.executable, "-m", "claimtrack", "--db", str(db), "backup", str(copy)],
                capture_output=True,
                text=True,
                env=env(),
            )
            assert result.returncode == 0, result.stderr
            assert not Path(f"{copy}-wal").exists()
            assert integrity(copy) == "ok"
            copies.append(count(copy))
    finally:
        out, err = writer.communicate(timeout=300)
    assert writer.returncode == 0 and out.strip() == "0", err
    assert len(copies) >= 2
    assert copies == sorted(copies) and all(0 <= n <= 250 for n in copies)
    assert count(db) == 250
    assert not Path(f"{db}-wal").exists() or Path(f"{db}-wal").stat().st_size == 0
