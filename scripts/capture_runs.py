"""Refresh the captured command runs embedded in README.md and docs/*.md.

A block looks like this in Markdown:

    <!-- run: conflicts raqqa-convoy | head 32 -->
    ```console
    ...output...
    ```
    <!-- /run -->

The command runs against a fresh database loaded with the bundled sample, 100 columns wide, no
colour; ``| head N`` keeps the first N lines and marks the cut with "...". ``2>&1`` shows
stderr too (messages and errors), followed by ``[exit N]`` when the exit code is not 0. Blocks
run in order against the same database, so a block that writes (``alias``) changes what later
blocks of the same file show; undo it in a later block. The test suite
(tests/test_docs.py) fails when a block is stale, so the docs always show real output.

Usage: python scripts/capture_runs.py [--check]
"""

from __future__ import annotations

import os
import re
import shlex
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FILES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
BLOCK = re.compile(
    r"(?P<open><!-- run: (?P<cmd>.+?) -->\n)(?P<body>.*?)(?P<close><!-- /run -->)", re.S
)


def run(command: str, db: Path) -> str:
    from typer.testing import CliRunner

    from claimtrack.cli import app

    head = None
    if "| head" in command:
        command, _, n = command.partition("| head")
        head = int(n)
    both = command.rstrip().endswith("2>&1")
    args = shlex.split(command.rstrip().removesuffix("2>&1"))
    result = CliRunner().invoke(
        app, ["--db", str(db), *args], env={"COLUMNS": "100", "NO_COLOR": "1"}
    )
    text = result.output if both else result.stdout
    if both and result.exit_code:
        text += f"[exit {result.exit_code}]\n"
    lines = [line.rstrip() for line in text.splitlines()]
    if head is not None and len(lines) > head:
        lines = [*lines[:head], "...", lines[-1]]
    return "\n".join(lines)


def render(text: str, db: Path) -> str:
    def replace(m: re.Match[str]) -> str:
        cmd = m.group("cmd")
        shown = cmd.split("|")[0].strip()
        out = run(cmd, db)
        body = f"```console\n$ claimtrack {shown}\n{out}\n```\n"
        return m.group("open") + body + m.group("close")

    return BLOCK.sub(replace, text)


def main(check: bool) -> int:
    os.environ.setdefault("COLUMNS", "100")
    stale = []
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "sample.db"
        from claimtrack.cli import sample_path
        from claimtrack.store import Store

        Store.open(db, sample=sample_path()).close()
        for path in FILES:
            text = path.read_text(encoding="utf-8")
            new = render(text, db)
            if new != text:
                stale.append(path)
                if not check:
                    path.write_text(new, encoding="utf-8")
    for path in stale:
        print(f"{'stale' if check else 'updated'}: {path.relative_to(ROOT)}", file=sys.stderr)
    return 1 if (check and stale) else 0


if __name__ == "__main__":
    sys.exit(main("--check" in sys.argv[1:]))
