"""bench/reader_work.py: the reader's work in one process, and a digest of the blocks it gives."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"


def _run(path: Path, *args: str) -> tuple[str, int, str]:
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "reader_work.py"), str(path), *args],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    found = re.fullmatch(
        r"(guards\.py|guards\..+\.(?:so|pyd)): (\d+) claims, [\d.]+ s of CPU, digest ([0-9a-f]{16})\n",
        result.stdout,
    )
    assert found, result.stdout
    return found.group(1), int(found.group(2)), found.group(3)


@pytest.mark.slow  # a process-level sweep: in .ci/run's slow pass, not README's fast command
def test_the_digest_is_the_blocks_own(tmp_path: Path) -> None:
    where, claims, digest = _run(FIXTURES / "derna.jsonl")
    assert where == "guards.py" and claims == 12  # this tree: pure
    assert _run(FIXTURES / "derna.jsonl")[2] == digest  # deterministic
    assert _run(FIXTURES / "derna.jsonl", "--no-checks")[2] != digest  # the checks count
    changed = tmp_path / "changed.jsonl"
    text = (FIXTURES / "derna.jsonl").read_text(encoding="utf-8")
    changed.write_text(text.replace("11,300", "11,400", 1), encoding="utf-8")
    assert _run(changed)[2] != digest  # so does any field of a row
