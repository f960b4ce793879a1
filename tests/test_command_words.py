"""An unknown command a person reaches for says what to type instead (cli/core.py
_COMMAND_WORDS, papercuts5): there is no `undo` or `delete`, and the nearest spelling would
mislead ("remove" is not "review"); any other unknown command keeps typer's nearest spellings."""

from __future__ import annotations

import sys

import pytest


def flat(text: str) -> str:
    """The usage error's box read as one line."""
    return " ".join(
        part for line in text.splitlines() if (part := line.strip(" │╭╮╰╯─")) and part != "Error"
    )


@pytest.mark.parametrize(
    ("word", "said"),
    [
        (
            "undo",
            "No such command 'undo': there is no undo; claimtrack retract ID takes a claim "
            "back, claimtrack edit ID changes it again (its earlier versions are kept: "
            "claimtrack history ID)",
        ),
        (
            "remove",
            "No such command 'remove': a claim is retracted, not deleted (kept, with its "
            "history): claimtrack retract ID",
        ),
        (
            "Delete",
            "No such command 'Delete': a claim is retracted, not deleted (kept, with its "
            "history): claimtrack retract ID",
        ),
        (
            "help",
            "No such command 'help': claimtrack --help lists the commands; claimtrack COMMAND "
            "--help shows one",
        ),
        ("disputes", "No such command 'disputes': claimtrack conflicts SUBJECT"),
        ("version", "No such command 'version': claimtrack --version"),
        ("find", "No such command 'find': claimtrack search WORDS"),
        # papercuts7: typer offered 'source', 'report', 'relate' for restore
        ("restore", "No such command 'restore': a backup is a database: claimtrack --db COPY"),
        ("snapshot", "No such command 'snapshot': claimtrack source snapshot SOURCE FILE"),
        # a slip of a command's own name: typer's nearest spelling, as before
        ("lst", "No such command 'lst'. Did you mean 'list'?"),
    ],
)
def test_an_unknown_command_says_what_to_type_instead(ct, word: str, said: str) -> None:
    result = ct(word, "x")
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert said in flat(result.stderr)
    if word != "lst":  # not typer's nearest spellings: 'review' for remove, 'relate' for delete
        assert "Did you mean" not in flat(result.stderr)


def test_the_console_script_says_it_too(monkeypatch, capsys) -> None:
    """`claimtrack undo` through the console script's entry (which loads the whole app for a
    name it does not know) says the same, with status 2."""
    from claimtrack.cli import main

    monkeypatch.setattr(sys, "argv", ["claimtrack", "undo"])
    with pytest.raises(SystemExit) as ended:
        main()
    assert ended.value.code == 2
    out = capsys.readouterr()
    assert out.out == ""
    assert "No such command 'undo': there is no undo; claimtrack retract ID" in flat(out.err)


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ["source", "list"],
            "No such command 'list': claimtrack sources lists the stored sources (claimtrack "
            "sources SUBJECT: those one subject's claims use)",
        ),
        (["source", "LS"], "No such command 'LS': claimtrack sources lists the stored sources"),
        # a slip of the group's own command: typer's nearest spelling, as before
        (["source", "ad"], "No such command 'ad'. Did you mean 'add'?"),
        # a top-level word is not read under the group ("source undo" is no retract)
        (["source", "undo"], "No such command 'undo'."),
    ],
)
def test_an_unknown_command_of_a_group_says_what_to_type_instead(ct, args, said: str) -> None:
    result = ct(*args)
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert said in flat(result.stderr)
    assert "`claimtrack source -h` shows its options and commands" in flat(result.stderr)
