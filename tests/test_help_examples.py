"""Every example of `claimtrack CMD --help` runs as printed on the bundled sample (those that
name a file of the user's own, an article or a JSONL file, are given one), and an option named
as a command's argument (`list --subject x`) points at the argument (issue: newuser3)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

from claimtrack.cli import app

from conftest import SAMPLE


def _examples() -> dict[str, str]:
    """command path -> its help's example, as one line (without "claimtrack ")."""
    found: dict[str, str] = {}

    def walk(cmd: object, prefix: str) -> None:
        for name, sub in getattr(cmd, "commands", {}).items():
            walk(sub, f"{prefix} {name}".strip())
        help_text = getattr(cmd, "help", None) or ""
        m = re.search(r"Example: claimtrack (.+?)(?:\n\s*\n|$)", help_text, re.S)
        if prefix and m and not hasattr(cmd, "commands"):
            found[prefix] = " ".join(m.group(1).split())

    walk(typer.main.get_command(app), "")
    return found


EXAMPLES = _examples()
# Files the examples name, as a user would have them: made from the sample and the tests.
ARTICLE = "<p>The SDF said that only a few dozen fighters had been able to leave.</p>\n"


def test_the_examples_are_read_from_the_help() -> None:
    assert {"add", "show", "conflicts", "source add", "datasette-metadata"} <= set(EXAMPLES)


@pytest.mark.parametrize("command", sorted(EXAMPLES))
def test_every_help_example_runs_as_printed(
    runner: CliRunner,
    sample_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    command: str,
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    (work / "claims.jsonl").write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    (work / "article.html").write_text(ARTICLE, encoding="utf-8")
    (work / "article-v2.html").write_text(ARTICLE, encoding="utf-8")  # a later copy
    example = EXAMPLES[command]
    shell = example.split(" > ")[0].split(" && ")[0]  # datasette-metadata > metadata.json && ...
    args = shlex.split(shell)
    if command == "alias":  # a claim of the user's under the other spelling
        added = runner.invoke(app, ["--db", str(sample_db), "add", "raqqa-convoy", "--claimant",
                                    "SDF", "--quote", "q", "--affirms", "p", "--new"])  # fmt: skip
        assert added.exit_code == 0, added.output
    result = runner.invoke(app, ["--db", str(sample_db), *args])
    assert result.exit_code == 0, f"claimtrack {example}\n{result.output}"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["list", "--subject", "raqqa-convoy"], "(the subject is an argument: claimtrack list SUBJECT)"),
        (["timeline", "--subject", "raqqa-convoy"], "(the subject is an argument: claimtrack timeline SUBJECT)"),
        (["show", "--claim-id", "x"], "(the claim id is an argument: claimtrack show ID)"),
        (["import", "--file", "x"], "(the file is an argument: claimtrack import FILE)"),
    ],
)  # fmt: skip
def test_an_argument_given_as_an_option_points_at_the_argument(
    runner: CliRunner, sample_db: Path, args: list[str], expected: str
) -> None:
    result = runner.invoke(app, ["--db", str(sample_db), *args])
    assert result.exit_code == 2
    assert f"No such option: {args[1]} {expected}" in " ".join(
        result.output.replace("│", "").split()
    )


def test_an_unknown_option_that_is_no_argument_says_only_that(runner: CliRunner) -> None:
    result = runner.invoke(app, ["list", "--bogus"])
    assert result.exit_code == 2
    assert result.output.splitlines()[0] == "error: No such option: --bogus", result.output
