"""The console script (``claimtrack.cli.main``) builds only the command it runs: the same
output, help and errors as the whole app, and none of the other command modules loaded."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

import claimtrack.cli as cli
from claimtrack.cli import COMMAND_MODULES, app, main

from conftest import unwanted_modules_after


def test_command_modules_name_where_each_command_is_defined() -> None:
    defined = {
        cli._command_name(info): info.callback.__module__.rsplit(".", 1)[1]
        for info in app.registered_commands
    }
    defined.update({group.name: "sources" for group in app.registered_groups})
    assert defined == COMMAND_MODULES


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--db", "X", "conflicts", "big"], "conflicts"),
        (["--db=X", "figure", "4"], "figure"),
        (["source", "add", "--help"], "source"),
        (["--help", "conflicts"], None),
        (["--version"], None),
        ([], None),
        (["--db", "X"], None),
        (["frobnicate"], None),
        (["conflict"], None),
        (["-h", "list"], None),
    ],
)
def test_the_named_command(args: list[str], expected: str | None) -> None:
    assert cli._named_command(args) == expected


def _run(capsys: Any, monkeypatch: Any, args: list[str], *, whole: bool) -> tuple[Any, ...]:
    monkeypatch.setattr(sys, "argv", ["claimtrack", *args])
    try:
        if whole:
            app(prog_name="claimtrack")
        else:
            main()
        code: Any = 0
    except SystemExit as e:
        code = e.code
    out = capsys.readouterr()
    return code, out.out, out.err


CASES = [
    ["conflicts", "--help"],
    ["conflicts", "-h"],
    ["source", "add", "--help"],
    ["source", "--help"],
    ["figure", "around 4,000 people", "--json"],
    ["figure", "a lot"],
    ["conflicts", "raqqa-convoy", "--json"],
    ["conflicts", "raqqa-convoy"],
    ["conflicts", "raqqa-convoy", "--min-gap", "0.5"],
    ["conflicts", "raqqa-convoy", "--bogus"],
    ["conflicts", "no-such-subject"],
    ["list", "--json", "--limit", "2"],
    ["export", "--format", "nope"],
    ["timeline", "raqqa-convoy", "--json"],
]


@pytest.mark.parametrize("args", CASES, ids=[" ".join(a) for a in CASES])
def test_one_command_built_answers_as_the_whole_app(
    args: list[str], sample_db: Path, capsys: Any, monkeypatch: Any
) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    full = ["--db", str(sample_db), *args]
    whole = _run(capsys, monkeypatch, full, whole=True)
    one = _run(capsys, monkeypatch, full, whole=False)
    assert one == whole
    assert app.registered_commands == sorted(app.registered_commands, key=cli._rank)
    assert len(app.registered_commands) == len(COMMAND_MODULES) - 1  # restored (+ group)


@pytest.mark.parametrize(
    "args",
    [[], ["--help"], ["-h"], ["--version"], ["--help", "conflicts"], ["--db", "x.db", "--help"]],
    ids=repr,
)
def test_the_app_help_built_from_short_commands_is_the_whole_apps(
    args: list[str], capsys: Any, monkeypatch: Any
) -> None:
    """`claimtrack --help` builds each command without its options: the same text."""
    monkeypatch.setenv("COLUMNS", "100")
    assert cli._only_lists(args)
    whole = _run(capsys, monkeypatch, args, whole=True)
    listed = _run(capsys, monkeypatch, args, whole=False)
    assert listed == whole
    assert "conflicts" in whole[1] or args == ["--version"]
    assert all(c.callback.__name__ != "listed" for c in app.registered_commands)  # restored


@pytest.mark.parametrize(
    "args", [["conflicts", "--help"], ["--db", "x", "list"], ["--bogus", "--help"], ["--db"]]
)
def test_commands_are_built_whole_when_one_may_run(args: list[str]) -> None:
    assert not cli._only_lists(args)


@pytest.mark.slow  # starts a process (tests/conftest.py: process tests are slow)
def test_the_console_script_loads_only_its_command(sample_db: Path) -> None:
    """`claimtrack conflicts SUBJ --json` as the console script runs it: no other command
    module, no pydantic, no rich."""
    call = (
        "from claimtrack.cli import main\n"
        "sys.argv = ['claimtrack', '--db', sys.argv[1], 'conflicts', 'raqqa-convoy', '--json']\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass"
    )
    unwanted = (
        "claimtrack.cli.claims", "claimtrack.cli.names", "claimtrack.cli.transfer",
        "claimtrack.cli.sources", "claimtrack.cli.settings", "pydantic", "rich",
        "sqlite_utils", "xlsxwriter", "claimtrack.xlsx", "claimtrack.verdicts",
    )  # fmt: skip
    assert unwanted_modules_after(call, sample_db, unwanted) == []
