"""`conflicts SUBJECT --json` loads only what it uses (branch speed9): not the export writers
(csv, tempfile), not the importer, not pydantic or rich. Each is start-up time a read of one
subject would pay for nothing. And the console script leaves what is alive at exit out of the
interpreter's last garbage collection."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import imports_of

_UNWANTED = (
    "claimtrack.exports",
    "claimtrack.store._importer",
    "csv",
    "tempfile",
    "pydantic",
    "rich",
    "claimtrack.render",
    "sqlite_utils",
)


@pytest.mark.slow  # starts a process (tests/conftest.py: process tests are slow)
@pytest.mark.parametrize(
    "args",
    [
        ["conflicts", "raqqa-convoy", "--json"],
        ["conflicts", "raqqa-convoy", "--json", "--min-gap", "2"],
    ],
    ids=" ".join,
)
def test_conflicts_json_loads_only_what_it_uses(sample_db: Path, args: list[str]) -> None:
    assert imports_of(args, sample_db, _UNWANTED) == []


@pytest.mark.slow  # starts a process (tests/conftest.py: process tests are slow)
def test_the_import_check_can_fail(sample_db: Path) -> None:
    """Not vacuous: the engine and the JSON writer it uses are seen, and so are the export
    writers where a command does use them."""
    used = ("claimtrack.conflicts", "claimtrack.jsontext")
    assert imports_of(["conflicts", "raqqa-convoy", "--json"], sample_db, used) == list(used)
    csv = imports_of(["export", "raqqa-convoy", "--format", "csv"], sample_db, _UNWANTED[:1])
    assert csv == ["claimtrack.exports"]


@pytest.mark.slow  # starts a process (tests/conftest.py: process tests are slow)
def test_the_console_script_freezes_the_heap_at_exit(sample_db: Path) -> None:
    """What loading made is frozen once it is loaded (session 31: later collections do not
    walk it), and at exit (after the other exit handlers) everything still alive is frozen:
    the last collection does not walk it either."""
    code = (
        "import atexit, gc, io, sys, contextlib\n"
        "from claimtrack.cli import main\n"
        "db = sys.argv[1]\n"
        "for _ in range(2):\n"
        "    sys.argv = ['claimtrack', '--db', db, 'conflicts', 'raqqa-convoy', '--json']\n"
        "    try:\n"
        "        with contextlib.redirect_stdout(io.StringIO()):\n"
        "            main()\n"
        "    except SystemExit as e:\n"
        "        assert not e.code, e.code\n"
        "print(gc.get_freeze_count(), atexit._ncallbacks())\n"
        "atexit._run_exitfuncs()\n"
        "print(gc.get_freeze_count(), atexit._ncallbacks())\n"
    )
    src = Path(__file__).resolve().parents[1] / "src"
    env = {"PYTHONPATH": str(src), "COLUMNS": "100", "PATH": "/usr/bin:/bin"}
    there = sorted(p.name for p in sample_db.parent.iterdir())
    out = subprocess.run(
        [sys.executable, "-c", code, str(sample_db)],
        capture_output=True,
        text=True,
        env=env,
        cwd=sample_db.parent,  # whatever it writes stays in the test's own directory
    )
    assert out.returncode == 0, out.stderr
    before, after = out.stdout.strip().splitlines()
    assert int(before.split()[0]) > 0  # what loading made, frozen while the program runs
    # what the run made and still holds, frozen by the exit handler too
    assert int(after.split()[0]) > int(before.split()[0])
    assert int(before.split()[1]) - int(after.split()[1]) >= 1
    assert sorted(p.name for p in sample_db.parent.iterdir()) == there  # nothing else written
