"""Help text keeps its square brackets: rich reads "[word]" as markup and drops it, so a help
text that means the brackets must escape them ("\\[bracketed insertion]")."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from typer.main import get_command

from claimtrack.cli import COMMAND_MODULES, _load, app

CLI = Path(__file__).resolve().parents[1] / "src" / "claimtrack" / "cli"
# "[bold]", "[/]", "[dim]" ...: markup meant as markup
_MARKUP = re.compile(r"\[/?(?:bold|dim|italic|red|green|yellow|cyan|magenta|blue)?\]")


def _bracketed(node: ast.AST) -> list[str]:
    """The "[...]" runs of words in a function's docstring and its string constants (option
    help), escaped or not, as they should print."""
    out = []
    for sub in ast.walk(node):
        if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
            for m in re.finditer(r"\\?\[[A-Za-z][^\]\n]{1,60}\]", sub.value):
                if not _MARKUP.fullmatch(m.group()):
                    out.append(m.group().lstrip("\\"))
    return out


def _commands() -> list[tuple[str, list[str]]]:
    """(command, its bracketed runs) for each command function of the CLI modules ("source
    add" for a group's)."""
    found = []
    for path in sorted(CLI.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for fn in tree.body:
            if not isinstance(fn, ast.FunctionDef):
                continue
            for deco in fn.decorator_list:
                call = deco if isinstance(deco, ast.Call) else None
                func = call.func if call is not None else deco
                if not (isinstance(func, ast.Attribute) and func.attr == "command"):
                    continue
                group = func.value.id if isinstance(func.value, ast.Name) else ""
                name = fn.name.replace("_", "-")
                if call is not None and call.args and isinstance(call.args[0], ast.Constant):
                    name = str(call.args[0].value)
                # a group's command ("source_app" -> "source add")
                path = [group.removesuffix("_app"), name] if group != "app" else [name]
                found.append((" ".join(path), _bracketed(fn)))
    return found


@pytest.mark.parametrize(("name", "runs"), [c for c in _commands() if c[1]])
def test_square_brackets_in_a_command_help_are_printed(runner, name, runs) -> None:
    for module in set(COMMAND_MODULES.values()):
        _load(module)
    get_command(app)
    got = runner.invoke(app, [*name.split(), "--help"], env={"COLUMNS": "300"})
    assert got.exit_code == 0, got.output
    flat = re.sub(r"\s+", " ", got.output.replace("│", " "))
    for run in runs:
        assert run in flat, f"{name} --help drops {run!r}: write it \\\\[...] in the source"


def test_the_verify_help_keeps_its_bracketed_insertion(runner) -> None:
    assert ("verify", ["[bracketed insertion]"]) in _commands()
