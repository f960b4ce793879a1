"""A terminal too narrow for a table's columns (``COLUMNS=40``): each row is shown as a card,
its cells under their column's names, instead of columns squeezed to a letter a line (issue:
newuser3)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.render import _crushed

CRUSHED = re.compile(r"[│┃] ?\S ?[│┃]")  # a column one letter wide
QUOTE = "only a few dozen fighters had been able to leave"


def words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize(
    "args",
    [
        ["list"],
        ["list", "raqqa-convoy"],
        ["timeline", "raqqa-convoy"],
        ["subjects"],
        ["claimants", "raqqa-convoy"],
        ["sources", "raqqa-convoy"],
        ["conflicts", "raqqa-convoy"],
    ],
)
def test_a_narrow_terminal_gets_cards_not_crushed_columns(
    runner: CliRunner, sample_db: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    monkeypatch.setenv("COLUMNS", "40")
    result = runner.invoke(app, ["--db", str(sample_db), *args])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines
    # only an id is longer than the terminal, on a line of its own: never cut (outputs6)
    assert [x for x in lines if len(x) > 40 and not re.fullmatch(r"id +\S+", x)] == []
    assert [x for x in lines if CRUSHED.search(x)] == []


@pytest.mark.parametrize(
    "args", [["list"], ["timeline", "raqqa-convoy"], ["conflicts", "raqqa-convoy"]]
)
def test_a_quote_on_a_card_reads_as_words(
    runner: CliRunner, sample_db: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    monkeypatch.setenv("COLUMNS", "40")
    result = runner.invoke(app, ["--db", str(sample_db), *args])
    assert QUOTE in words(result.stdout)


def test_one_claim_as_a_card(ct, monkeypatch: pytest.MonkeyPatch) -> None:
    added = ct(
        "add", "raqqa-convoy", "--claimant", "Syrian Democratic Forces (SDF)", "--quote",
        "only a few dozen fighters had been able to leave, all of them locals", "--figure",
        "a few dozen fighters", "--measure", "isis-fighters-evacuated", "--said-on", "2017-11-02",
        "--id", "rc-sdf",
    )  # fmt: skip
    assert added.exit_code == 0, added.output
    ct("add", "raqqa-convoy", "--claimant", "BBC", "--quote", "it was a secret deal",
       "--affirms", "deal-was-secret", "--said-on", "2017-11-13", "--id", "rc-bbc")  # fmt: skip
    monkeypatch.setenv("COLUMNS", "40")
    result = ct("list")
    assert result.exit_code == 0, result.output
    assert [x.rstrip() for x in result.stdout.splitlines()] == [
        "id       rc-sdf",
        "date     2017-11-02",
        "claimant Syrian Democratic Forces (SDF)",
        "asserts  isis-fighters-evacuated = 24–60",
        "         fighters",
        "quote    only a few dozen fighters had",
        "         been able to leave, all of them",
        "         locals",
        "─" * 40,
        "id       rc-bbc",
        "date     2017-11-13",
        "claimant BBC",
        "asserts  affirms deal-was-secret",
        "quote    it was a secret deal",
    ]


def test_a_wide_terminal_keeps_the_table(ct, monkeypatch: pytest.MonkeyPatch) -> None:
    ct("add", "s", "--claimant", "BBC", "--quote", "it was a secret deal", "--affirms", "p")
    for width in ("100", "60"):
        monkeypatch.setenv("COLUMNS", width)
        assert ct("list").stdout.startswith("┏"), width


@pytest.mark.parametrize(
    ("width", "cells", "crushed"),
    [
        (40, ["a few words of a quote, long enough to wrap"], True),
        (100, ["a few words of a quote, long enough to wrap"], False),
        (60, ["a few words of a quote, long enough to wrap"], False),
    ],
)
def test_crushed(width: int, cells: list[str], crushed: bool) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(expand=True)
    table.add_column("id", no_wrap=True)
    table.add_column("n", ratio=1, overflow="fold")
    table.add_column("quote", ratio=4, overflow="fold")
    for c in cells:
        table.add_row("a-claim-identifier-that-is-long", c[:2], c)
    console = Console(width=width)
    assert _crushed(console, table) is crushed
