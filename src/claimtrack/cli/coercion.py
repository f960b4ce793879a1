"""Typer's parameter coercion, without pydantic for the plain values a command line gives.

typer 0.29 coerces every parameter but a boolean flag through a pydantic ``TypeAdapter`` that
it builds when the command runs: importing pydantic and building the adapters costs about
0.1 s of CPU per command on the benchmark machine, more than finding the conflicts of a
10,000-claim subject. For the values a command line actually carries the answer is known
without pydantic: a string for a ``str``, a plain decimal number within its bounds for a
``float`` or ``int``, a path string for a ``Path``, one of the choices of a ``Literal`` of strings
(``--kind figure``), ``None`` for an option not given. An option not given still builds its
coercion (typer builds it before looking at the value), so one ``Literal`` option left out
would be enough to import pydantic.

``plain_coercion(command)`` gives each such parameter of ``command`` (and of its
sub-commands) a ``PlainParam`` that answers those cases itself and hands every other value
(a malformed or out-of-range number, an empty path, anything unusual) to the coercion typer
would have built, so results and error messages are typer's own. Parameters of any other
type (Enum choices, lists, files, custom parsers, clamped numbers) keep typer's coercion untouched.
``tests/test_cli_coercion.py`` compares both ways on the same inputs.

This reaches into typer's private coercion layer (``typer._coercion``, the parameter's
``_runtime_param``); with a typer that does not have it, nothing is changed.
"""

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

try:
    from typer._coercion import RuntimeParam, TypeDescriptor, build_runtime_param
    from typer._param_types import coerce_cli_choice, coerce_cli_path, lenient_issubclass
    from typer._typing import is_literal_type, literal_values
    from typer.core import _TyperParameter
except ImportError:  # pragma: no cover - a typer without this layer keeps its own coercion
    RuntimeParam = None  # type: ignore[assignment,misc]

_INT = re.compile(r"-?[0-9]{1,15}")
_FLOAT = re.compile(r"-?[0-9]{1,15}(?:\.[0-9]{1,15})?")
_TYPER = object()  # "ask typer": the value is not one this module answers itself


def _plain_str(value: Any, descriptor: Any) -> Any:
    return value if isinstance(value, str) else _TYPER


def _plain_bool(value: Any, descriptor: Any) -> Any:
    return value if isinstance(value, bool) else _TYPER


def _in_bounds(number: float, descriptor: Any) -> bool:
    info = descriptor.parameter_info
    return (info.min is None or number >= info.min) and (info.max is None or number <= info.max)


def _plain_number(kind: type[int] | type[float], pattern: Any) -> Any:
    """The coercion of a decimal ``kind`` (int or float): the number itself, or a string
    ``pattern`` matches, within the option's bounds; anything else is left to typer."""

    def plain(value: Any, descriptor: Any) -> Any:
        number: float
        if type(value) is kind:
            number = value
        elif isinstance(value, str) and pattern.fullmatch(value):
            number = kind(value)
        else:
            return _TYPER
        return number if _in_bounds(number, descriptor) else _TYPER

    return plain


_plain_int = _plain_number(int, _INT)
_plain_float = _plain_number(float, _FLOAT)


_PLAIN = {str: _plain_str, bool: _plain_bool, int: _plain_int, float: _plain_float}


if RuntimeParam is not None:

    @dataclass(frozen=True)
    class PlainParam(RuntimeParam):
        """Coerces the plain values of a str, bool, int, float, Path or Literal-of-strings
        parameter itself and
        hands any other value to typer's own coercion (built only then)."""

        descriptor: TypeDescriptor

        def _coerce_value(self, value: Any, param: "_TyperParameter", ctx: Any) -> Any:
            annotation = self.descriptor.annotation
            if annotation == list[str]:  # click gives the repeated values as a tuple
                if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
                    return list(value)
                return build_runtime_param(self.descriptor)._coerce_value(value, param, ctx)
            plain = _PLAIN.get(annotation)
            if plain is not None:
                out = plain(value, self.descriptor)
                if out is not _TYPER:
                    return out
            elif is_literal_type(annotation):
                if isinstance(value, str):
                    # typer's own choice rule (case, the context's token normaliser); a
                    # value that is not a choice goes to typer for its error message.
                    try:
                        return coerce_cli_choice(
                            value,
                            choices=literal_values(annotation),
                            case_sensitive=self.parameter_info.case_sensitive,
                            ctx=ctx,
                        )
                    except ValueError:
                        pass
            elif isinstance(value, str) and value and "\0" not in value:
                # A Path: typer's own checks (exists, dir_okay, ...) on the path object
                # pydantic would have made of the string.
                info = self.parameter_info
                path_type: Any = info.path_type or annotation  # a Path class (_plain_type)
                return coerce_cli_path(
                    path_type(value), info, path_type=path_type, param=param, ctx=ctx
                )
            typer_own = build_runtime_param(self.descriptor)
            return typer_own._coerce_value(value, param=param, ctx=ctx)


def _plain_type(descriptor: Any, param: Any) -> bool:
    """Whether ``PlainParam`` can stand in for typer's coercion of this parameter."""
    info = descriptor.parameter_info
    if descriptor.file_annotation is not None or info.parser is not None:
        return False
    if param.multiple:  # a repeatable option of plain strings (`--party A --party B`)
        return descriptor.annotation == list[str] and param.nargs == 1
    if param.nargs not in (0, 1):  # 0: a flag
        return False
    annotation = descriptor.annotation
    if annotation in (int, float):
        return not info.clamp
    if annotation in (str, bool):
        return True
    if is_literal_type(annotation):  # choices that are all strings
        return all(isinstance(v, str) for v in literal_values(annotation))
    path_type = info.path_type
    return (
        isinstance(annotation, type)
        and lenient_issubclass(annotation, Path)
        and (path_type is None or lenient_issubclass(path_type, Path))
    )


def plain_coercion(command: Any, ctx: Any = None) -> None:
    """Give the plain parameters of ``command`` (and of its sub-commands) a ``PlainParam``.

    With ``ctx`` (the command's own context, or the one it is resolved in, whose help option
    names its own context inherits), its help option too: click makes that option on first
    use and caches it, so making it here first changes nothing else."""
    if RuntimeParam is None:
        return
    params = list(getattr(command, "params", ()))
    own = ctx is not None and ctx.command is command
    if ctx is not None and (own or "help_option_names" not in command.context_settings):
        params.append(command.get_help_option(ctx))  # made and cached by click on first use
    for param in params:
        if not isinstance(param, _TyperParameter) or param._runtime_param is not None:
            continue
        descriptor = param.type_descriptor
        if _plain_type(descriptor, param):
            param._runtime_param = PlainParam(
                parameter_info=descriptor.parameter_info,
                annotation=descriptor.annotation,
                descriptor=descriptor,
            )
    for sub in getattr(command, "commands", {}).values():
        plain_coercion(sub)
