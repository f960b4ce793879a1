"""The claimtrack command line: parse -> call -> render.

Commands stay thin: they read options, call the store / engines, and hand results to
``render`` (people) or ``exports`` (machines). Errors are raised as ``ClaimtrackError`` and
turned into one line on stderr by ``ClaimtrackGroup.invoke`` (in ``core``), the single error
boundary. Heavy modules (pydantic, sqlite-utils, rich) are imported inside the commands that
use them.

Where things live: ``core`` (the app, the error boundary, State, shared options and helpers),
``claims`` (add, list, show, edit, retract, history, search, review), ``names`` (subjects,
claimants, claimant, alias, measure, relate), ``transfer`` (import, export, init, backup,
datasette-metadata), ``analysis`` (conflicts, figure, report, timeline) and ``sources``
(source add, sources, extract, verify), ``settings`` (config). Each command module registers
on the one ``app``.

Importing this package is cheap: ``app`` (and the other names below) load every command
module on first use, and ``main`` (the console script) loads and builds only the command
it runs (``COMMAND_MODULES``), so ``claimtrack conflicts ...`` does not pay for the other 24.
"""

import atexit
import gc
import os
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from typer.models import CommandInfo

    from claimtrack.cli import analysis, claims, names, sources, transfer
    from claimtrack.cli.analysis import _subject_report
    from claimtrack.cli.core import ClaimtrackGroup, State, app, sample_path, sample_rows

# The order `claimtrack --help` lists the commands in; a command not named here comes last.
COMMAND_ORDER = (
    "add", "list", "show", "subjects", "claimants", "claimant", "alias", "edit", "retract",
    "history", "import", "export", "conflicts", "measure", "relate", "figure", "init", "search",
    "review", "config", "sources", "extract", "verify", "backup", "datasette-metadata", "report",
    "timeline",
)  # fmt: skip

# The module of this package that defines each command (tests/test_cli.py checks it).
COMMAND_MODULES = {
    "add": "claims", "list": "claims", "show": "claims", "edit": "claims",
    "retract": "claims", "history": "claims", "search": "claims", "review": "claims",
    "subjects": "names", "claimants": "names", "claimant": "names", "alias": "names",
    "measure": "names", "relate": "names",
    "import": "transfer", "export": "transfer", "init": "transfer", "backup": "transfer",
    "datasette-metadata": "transfer",
    "conflicts": "analysis", "figure": "analysis", "report": "analysis", "timeline": "analysis",
    "sources": "sources", "extract": "sources", "source": "sources", "verify": "sources",
    "config": "settings",
}  # fmt: skip

_MODULES = ("claims", "names", "transfer", "analysis", "sources", "settings")
_sorted = False


def _command_name(info: "CommandInfo") -> str:
    if info.name:
        return info.name
    return getattr(info.callback, "__name__", "").replace("_", "-")


def _rank(info: "CommandInfo") -> int:
    name = _command_name(info)
    return COMMAND_ORDER.index(name) if name in COMMAND_ORDER else len(COMMAND_ORDER)


def _load(module: str) -> None:
    # __import__, not importlib.import_module: `python -X importtime` (and so bench/) sees it
    __import__(f"claimtrack.cli.{module}")


def _whole_app() -> Any:
    """The app with every command registered, in COMMAND_ORDER."""
    global _sorted
    for module in _MODULES:
        _load(module)
    from claimtrack.cli.core import app

    if not _sorted:
        app.registered_commands.sort(key=_rank)
        _sorted = True
    return app


def __getattr__(name: str) -> Any:  # PEP 562: `from claimtrack.cli import app` loads it all
    if name.startswith("__"):
        raise AttributeError(name)
    _whole_app()
    from claimtrack.cli import analysis, core

    for module in (core, analysis):
        if hasattr(module, name):
            return getattr(module, name)
    raise AttributeError(f"module 'claimtrack.cli' has no attribute {name!r}")


def _first_after_db(args: list[str]) -> int:
    """The position of the first argument that is not a ``--db PATH`` / ``--db=PATH``."""
    i = 0
    while i < len(args) and (args[i] == "--db" or args[i].startswith("--db=")):
        i += 2 if args[i] == "--db" else 1
    return i


def _named_command(args: list[str]) -> str | None:
    """The command ``args`` run when only ``--db`` comes before it, else None (no command,
    --help or --version first, an unknown name: cases that need the whole app)."""
    i = _first_after_db(args)
    return args[i] if i < len(args) and args[i] in COMMAND_MODULES else None


def _only_lists(args: list[str]) -> bool:
    """Whether ``args`` run no command: nothing (the help is shown), or -h, --help or
    --version among the app's own options, before anything else but --db."""
    i = _first_after_db(args)
    return not args or (i < len(args) and args[i] in ("-h", "--help", "--version"))


def _listed(info: "CommandInfo") -> "CommandInfo":
    """``info`` with a callback that takes no parameters but has the same name and docstring:
    all the app's help needs of a command, without building its options."""
    from copy import copy

    def listed() -> None:
        raise AssertionError("a command built only for the help list was run")

    listed.__name__ = getattr(info.callback, "__name__", "listed")
    listed.__doc__ = getattr(info.callback, "__doc__", None)
    short = copy(info)
    short.callback = listed
    return short


def main() -> None:
    """Console-script entry point. ``claimtrack CMD ...`` imports CMD's module and builds only
    CMD; ``claimtrack --help`` builds the commands without their options. Help, output and
    errors are the same as the whole app's; the rest costs nothing. Ctrl-C while that loads
    ends as Ctrl-C in a command does: one line, status 130, no traceback."""
    # At exit, what is left is freed with the process: the interpreter's last collection need
    # not walk every object still alive (28 M instructions of `conflicts big-subject --json`'s
    # 1,100 M). gc.freeze, run after the other exit handlers, puts them out of its reach;
    # Python never promises finalizers of objects alive at exit anyway.
    atexit.unregister(gc.freeze)  # (once, however often main runs in one process)
    atexit.register(gc.freeze)
    try:
        _run(sys.argv[1:])
    except KeyboardInterrupt:  # Ctrl-C before a command started (loading it): nothing done
        if os.environ.get("CLAIMTRACK_DEBUG", "") not in ("", "0"):
            raise
        from claimtrack import messages

        messages.say("interrupted: nothing was written")
        sys.exit(130)


def _run(args: list[str]) -> None:
    """``main`` for ``args``: load and build what they run, and run it."""
    completing = "_CLAIMTRACK_COMPLETE" in os.environ
    name = None if completing else _named_command(args)
    # Loading makes modules, classes and functions, alive until exit, and almost no garbage:
    # the collector is paused while they load, then they are put out of its reach, where every
    # later collection walked all of them again; cyclic garbage made later is collected as
    # before (`conflicts big-subject --json`: see docs/performance.md, session 31)
    collecting = gc.isenabled()
    gc.disable()
    try:
        if name is not None:
            _load(COMMAND_MODULES[name])
            from claimtrack.cli.core import app
        else:
            app = _whole_app()
        gc.freeze()
    finally:
        if collecting:
            gc.enable()
    commands, groups = app.registered_commands, app.registered_groups
    if name is not None:
        app.registered_commands = [c for c in commands if _command_name(c) == name]
        app.registered_groups = [g for g in groups if g.name == name]
    elif not completing and _only_lists(args):
        app.registered_commands = [_listed(c) for c in commands]
    try:
        app(prog_name="claimtrack")
    finally:
        app.registered_commands, app.registered_groups = commands, groups


__all__ = [
    "COMMAND_MODULES",
    "COMMAND_ORDER",
    "ClaimtrackGroup",
    "State",
    "_subject_report",
    "analysis",
    "app",
    "claims",
    "main",
    "names",
    "sample_path",
    "sample_rows",
    "sources",
    "transfer",
]
