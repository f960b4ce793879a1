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
(source add, sources, extract). Each command module registers on the one ``app``.
"""

from typer.models import CommandInfo

from claimtrack.cli import analysis, claims, names, sources, transfer
from claimtrack.cli.analysis import _subject_report
from claimtrack.cli.core import ClaimtrackGroup, State, app, main, sample_path, sample_rows

# The order `claimtrack --help` lists the commands in; a command not named here comes last.
COMMAND_ORDER = (
    "add", "list", "show", "subjects", "claimants", "claimant", "alias", "edit", "retract",
    "history", "import", "export", "conflicts", "measure", "relate", "figure", "init", "search",
    "review", "sources", "extract", "backup", "datasette-metadata", "report", "timeline",
)  # fmt: skip


def _command_name(info: CommandInfo) -> str:
    if info.name:
        return info.name
    return getattr(info.callback, "__name__", "").replace("_", "-")


def _rank(info: CommandInfo) -> int:
    name = _command_name(info)
    return COMMAND_ORDER.index(name) if name in COMMAND_ORDER else len(COMMAND_ORDER)


app.registered_commands.sort(key=_rank)

__all__ = [
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
