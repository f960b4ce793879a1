"""cli/coercion.py: every parameter that claimtrack coerces without pydantic gives, for the same
value, what typer's own coercion gives: the same value of the same type, or the same error."""

from pathlib import Path
from typing import Any

import pytest
import typer.main
from typer._click import Context
from typer._click.exceptions import ClickException
from typer._coercion import build_runtime_param
from typer._typing import is_literal_type, literal_values

from claimtrack.cli import app
from claimtrack.cli.coercion import PlainParam, plain_coercion


def _commands(command: Any, path: str = "") -> list[tuple[str, Any]]:
    found = [(path or "claimtrack", command)]
    for name, sub in getattr(command, "commands", {}).items():
        found += _commands(sub, f"{path} {name}".strip())
    return found


def _plain_params() -> list[tuple[str, Any, Any]]:
    group = typer.main.get_command(app)
    out = []
    for path, command in _commands(group):
        ctx = Context(command, info_name=path)
        plain_coercion(command, ctx)
        for param in [*command.params, command.get_help_option(ctx)]:
            if isinstance(getattr(param, "_runtime_param", None), PlainParam):
                out.append((f"{path} {param.name}", command, param))
    return out


PLAIN = _plain_params()

VALUES: dict[Any, list[Any]] = {
    str: ["raqqa-convoy", "", " spaced ", "-", "ünïcode 4,000", None],
    bool: [True, False, None],
    int: ["5", "0", "-3", "05", "+5", " 5", "1.5", "1e3", "abc", "", "99999999999999999999", 7],
    float: ["1.1", "1", "0.5", "-2", "05.50", "1e3", "inf", "nan", "1_000", " 1.5", "abc", ""],
    Path: ["x.db", "-", "", "sub/x.db", "missing-dir/x.db", "DIR", "FILE", None],
    list[str]: [("raqqa-convoy", "derna"), (), ("",), ["ünïcode"], ("a", "a"), None],
}


def _values(annotation: Any) -> list[Any]:
    """The values to try: the type's own list; for a Literal of strings, each choice, the
    same in capitals, with a space, cut short, and values that are no choice at all."""
    if is_literal_type(annotation):
        choices = literal_values(annotation)
        near = [f(c) for c in choices for f in (str.upper, lambda c: f" {c}", lambda c: c[:-1])]
        return [*choices, *near, "", "other", "ünïcode", None]
    return VALUES[annotation]


def _outcome(runtime: Any, value: Any, command: Any, param: Any) -> tuple[Any, ...]:
    ctx = Context(command, info_name="claimtrack")
    try:
        result = runtime.coerce(value, param=param, ctx=ctx)
    except ClickException as e:
        return ("error", type(e).__name__, e.format_message())
    return ("ok", type(result).__name__, repr(result))  # repr: nan equals itself


def test_the_plain_types_are_all_covered() -> None:
    """Not vacuous: the commands' str, bool, int, float and Path parameters are plain."""
    assert {p.type_descriptor.annotation for _, _, p in PLAIN} >= {str, bool, int, float, Path}
    names = {name for name, _, _ in PLAIN}
    assert {"claimtrack db", "conflicts subject", "conflicts min_gap", "conflicts bom"} <= names
    assert {"list kind", "edit stance", "claimant kind", "export given_format"} <= names  # Literals


@pytest.mark.parametrize(("name", "command", "param"), PLAIN, ids=[n for n, _, _ in PLAIN])
def test_plain_coercion_gives_what_typer_gives(
    name: str, command: Any, param: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "DIR").mkdir()
    (tmp_path / "FILE").write_text("x")
    (tmp_path / "sub").mkdir()
    descriptor = param.type_descriptor
    plain = param._runtime_param
    typer_own = build_runtime_param(descriptor)
    assert not isinstance(typer_own, PlainParam)
    for value in [*_values(descriptor.annotation), param.default]:
        ours = _outcome(plain, value, command, param)
        theirs = _outcome(typer_own, value, command, param)
        assert ours == theirs, (name, value)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["conflicts", "x", "--min-gap", "0.5"], "Invalid value for '--min-gap'"),
        (["conflicts", "x", "--min-gap", "abc"], "Invalid value for '--min-gap'"),
        (["search", "x", "--limit", "many"], "Invalid value for '--limit'"),
        (["list", "--kind", "figures"], "Invalid value for '--kind'"),
        (["export", "--format", "xml"], "Invalid value for '--format'"),
    ],
)
def test_bad_values_still_get_typers_message(ct: Any, args: list[str], message: str) -> None:
    result = ct(*args)
    assert result.exit_code == 2, result.output
    assert message in result.stderr
