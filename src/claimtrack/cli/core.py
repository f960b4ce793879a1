"""The command line's core: the error boundary, the app, State and shared helpers.

Commands live in the modules next to this one (claims, names, transfer, analysis,
sources); each registers on the one ``app`` defined here.
"""

import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer._click.exceptions import NoArgsIsHelpError, UsageError  # typer's own click
from typer.core import TyperGroup

from claimtrack import __version__, messages
from claimtrack.cli.coercion import plain_coercion
from claimtrack.errors import EXIT_ERROR, ClaimtrackError, InputError, NotFoundError

if TYPE_CHECKING:
    from typer._click.core import Context as ClickContext  # typer's own (vendored) click

    from claimtrack.store import ImportResult, Store

EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: what a shell reports for a reader that went away


class ClaimtrackGroup(TyperGroup):
    """The one error boundary: library errors become one readable line and an exit code.

    It also accepts ``--db PATH`` after the command (``claimtrack list --db x.db``): the
    option is moved in front of the command before parsing, so every command takes it.
    """

    def parse_args(self, ctx: "ClickContext", args: list[str]) -> list[str]:
        plain_coercion(self, ctx)  # plain values are coerced without pydantic (cli/coercion.py)
        try:
            return super().parse_args(ctx, _hoist_db(ctx, args))
        except UsageError as e:  # `claimtrack --bogus`, `--db` twice: as any other usage error
            if isinstance(e, NoArgsIsHelpError):
                raise
            _report_usage(e)
            raise typer.Exit(e.exit_code) from None

    def resolve_command(
        self, ctx: "ClickContext", args: list[str]
    ) -> tuple[str | None, Any, list[str]]:
        name, command, rest = _resolve_said(super().resolve_command, ctx, args)
        if command is not None:
            plain_coercion(command, ctx)
        return name, command, rest

    def invoke(self, ctx: "ClickContext") -> Any:
        _forget_files()
        try:
            return super().invoke(ctx)
        except ClaimtrackError as e:
            _report(e)
            _kept_files()
            ctx.exit(e.exit_code)
        except KeyboardInterrupt:
            if _debug():
                raise
            messages.say(_interrupted(ctx.invoked_subcommand))
            _kept_files()
            ctx.exit(EXIT_INTERRUPTED)
        except UsageError as e:  # an unknown option or command, a bad value, a missing one
            if isinstance(e, NoArgsIsHelpError):
                raise
            _suggest_options(e)
            _report_usage(e)
            ctx.exit(e.exit_code)
        except (typer.Exit, typer.Abort, typer.TyperException) as e:
            if isinstance(e, typer.Abort) and isinstance(e.__context__, KeyboardInterrupt):
                # Ctrl-C at a prompt ("did you mean ...?"): as Ctrl-C anywhere else, on a line
                # of its own (the prompt's is left unfinished)
                messages.say("\ninterrupted: nothing was written")
                ctx.exit(EXIT_INTERRUPTED)
            raise
        except BrokenPipeError:
            # The reader went away (`claimtrack export | head -1`): end quietly, as a command
            # killed by SIGPIPE would, and keep Python from complaining about stdout at exit.
            _silence_stdout()
            ctx.exit(EXIT_BROKEN_PIPE)
        except OSError as e:  # a full disk, a file size limit, a file that went away
            if _debug():
                raise
            from claimtrack.errors import from_os_error, no_room

            if no_room(e):
                _silence_stdout()  # nothing more can be written: the exit's flush would fail
            _report(from_os_error(e))
            _kept_files()
            ctx.exit(EXIT_ERROR)
        except Exception as e:  # a bug, or a SQLite error no store method turned into words
            if _debug():
                raise
            if type(e).__module__ == "sqlite3":
                from claimtrack.errors import from_sqlite_error

                _report(from_sqlite_error(e, _database_path(ctx)))
                ctx.exit(EXIT_ERROR)
            messages.say(  # a bug: say so in one line, keep the traceback for debugging
                f"error: internal error ({type(e).__name__}: {e}); "
                "run again with CLAIMTRACK_DEBUG=1 for the traceback and report it"
            )
            ctx.exit(1)


# Commands that never change the database (they print, or write files): Ctrl-C in one of
# them has nothing to roll back, but leaves what it printed incomplete.
_READ_ONLY = frozenset(
    {"list", "show", "subjects", "claimants", "history", "export", "conflicts", "figure",
     "sources", "timeline", "report", "backup"}
)  # fmt: skip


def _interrupted(command: str | None) -> str:
    """What Ctrl-C in ``command`` says: what it leaves behind. A read says that the output it
    printed is incomplete (it said "nothing was written (the transaction was rolled back)",
    under half a listing); a write that its transaction was rolled back."""
    if command in _READ_ONLY:
        return (
            "interrupted: the database is unchanged; anything printed so far is incomplete,"
            " and an unfinished file was not kept"
        )
    return "interrupted: nothing was written (the transaction was rolled back)"


def _forget_files() -> None:
    """Start a run with no files written (tests run many in one process)."""
    exports = sys.modules.get("claimtrack.exports")
    if exports is not None:
        exports.FINISHED.clear()


def _kept_files() -> None:
    """Name the files a command that writes several wrote whole before it stopped (Ctrl-C, a
    full disk): `report --all -o DIR` keeps the reports written before the one it was on."""
    exports = sys.modules.get("claimtrack.exports")  # loaded by any command that wrote a file
    done = list(getattr(exports, "FINISHED", ()))
    if done:
        from claimtrack.wording import plural

        shown = ", ".join(done[:3]) + (", ..." if len(done) > 3 else "")
        verb = "is" if len(done) == 1 else "are"
        messages.say(f"{plural(len(done), 'file')} written before it {verb} kept: {shown}")


# Commands a person reaches for that claimtrack names otherwise, or has no need of: an unknown
# command among these says what to type instead (the nearest spelling would mislead: "remove"
# is not "review", "undo" is nothing).
_RETRACT = "a claim is retracted, not deleted (kept, with its history): claimtrack retract ID"
_COMMAND_WORDS: dict[str, str] = {
    "undo": "there is no undo; claimtrack retract ID takes a claim back, claimtrack edit ID"
    " changes it again (its earlier versions are kept: claimtrack history ID)",
    "delete": _RETRACT,
    "del": _RETRACT,
    "remove": _RETRACT,
    "rm": _RETRACT,
    "help": "claimtrack --help lists the commands; claimtrack COMMAND --help shows one",
    "version": "claimtrack --version",
    "new": "claimtrack add SUBJECT --claimant ... --quote ... logs a claim",
    "log": "claimtrack add SUBJECT --claimant ... --quote ... logs a claim",
    "create": "claimtrack add logs a claim; claimtrack init --empty PATH creates a database",
    "disputes": "claimtrack conflicts SUBJECT",
    "contradictions": "claimtrack conflicts SUBJECT",
    "compare": "claimtrack conflicts SUBJECT",
    "find": "claimtrack search WORDS",
    "grep": "claimtrack search WORDS",
    "load": "claimtrack import FILE",
    "dump": "claimtrack export",
    "restore": "a backup is a database: claimtrack --db COPY ... reads and writes it; to put"
    " it back in place, claimtrack --db COPY backup PATH --force (while nothing else has PATH"
    " open)",
    "snapshot": "claimtrack source snapshot SOURCE FILE keeps a later copy of a stored article",
    "copy": "claimtrack backup PATH (a consistent copy; cp can miss recent writes)",
    "verdict": "claimtrack review ID --rating ...",
    "rate": "claimtrack review ID --rating ...",
}

# ... and under a group, by the group's name and the word ("source list": the list of sources
# is a command of its own)
_SUBCOMMAND_WORDS: dict[tuple[str, str], str] = {
    ("source", word): "claimtrack sources lists the stored sources (claimtrack sources SUBJECT:"
    " those one subject's claims use)"
    for word in ("list", "ls", "show", "all")
}


def _resolve_said(
    resolve: Callable[["ClickContext", list[str]], tuple[str | None, Any, list[str]]],
    ctx: "ClickContext",
    args: list[str],
) -> tuple[str | None, Any, list[str]]:
    """A group's ``resolve_command``; a command that does not exist but that a person reaches
    for says what to type instead (``_COMMAND_WORDS``, ``_SUBCOMMAND_WORDS``)."""
    try:
        return resolve(ctx, args)
    except typer.TyperException as e:  # no such command: say what to type instead
        word = args[0].lower() if args else ""
        if ctx.parent is None:
            meant = _COMMAND_WORDS.get(word)
        else:
            meant = _SUBCOMMAND_WORDS.get((ctx.info_name or "", word))
        if meant is not None and hasattr(e, "message"):
            e.message = f"No such command {args[0]!r}: {meant}"
        raise


class SubcommandGroup(TyperGroup):
    """A group of commands under ``claimtrack`` (``claimtrack source``): an unknown command
    a person reaches for says what to type instead, as at the top."""

    def resolve_command(
        self, ctx: "ClickContext", args: list[str]
    ) -> tuple[str | None, Any, list[str]]:
        return _resolve_said(super().resolve_command, ctx, args)


# Options a person reaches for that claimtrack names otherwise: an unknown option among these
# suggests the options meant (those the command has), not the nearest spellings ("--date" is
# not "--note").
_OPTION_WORDS: dict[str, tuple[str, ...]] = {
    "--date": ("--said-on", "--reported-on", "--as-of"),
    "--said": ("--said-on",),
    "--published": ("--reported-on",),
    "--published-on": ("--reported-on",),
    "--link": ("--url",),
    "--source-url": ("--url",),
    "--who": ("--claimant", "--speaker"),
    "--by": ("--claimant", "--speaker"),
    "--author": ("--speaker",),
    "--number": ("--figure",),
    "--value": ("--figure",),
    "--amount": ("--figure",),
    "--text": ("--quote",),
    "--publication": ("--outlet",),
    "--paper": ("--outlet",),
    "--newspaper": ("--outlet",),
    "--proposition": ("--affirms", "--denies", "--uncertain"),
    "--stance": ("--affirms", "--denies", "--uncertain"),
}


def _suggest_options(e: Exception) -> None:
    """Point an unknown option a person reaches for (``--date``) at the options meant; an
    option named as the command's argument (``list --subject x``) at the argument."""
    name = getattr(e, "option_name", None)
    sub = getattr(e, "ctx", None)
    if not isinstance(name, str) or sub is None or not hasattr(e, "possibilities"):
        return
    known = {o for p in sub.command.params for o in p.opts}
    meant = [o for o in _OPTION_WORDS.get(name, ()) if o in known]
    if meant:
        e.possibilities = meant
        return
    argument = name.removeprefix("--").replace("-", "_")  # `list --subject x`: an argument
    for p in sub.command.params:
        if p.name == argument and not p.opts[0].startswith("-"):
            shown = str(p.metavar or argument).strip("{}[]").upper()
            said = getattr(e, "message", f"No such option: {name}")
            e.message = (  # type: ignore[attr-defined]
                f"{said} (the {argument.replace('_', ' ')} is an argument: claimtrack"
                f" {sub.info_name} {shown})"
            )
            return


_EXTRA = re.compile(r"unexpected extra argument(?:\(s\)|s)? \(([^)]*)\)")


def _report_usage(e: UsageError) -> None:
    """A usage error (an unknown option or command, an option's value refused, a missing
    argument) as every other error is shown: one line, ``error: ...``, and a hint with the
    command's usage and where its help is (click drew a box of five lines or more, wrapped
    inside its frame on a narrow terminal, and a usage line above it)."""
    sub = e.ctx
    hint = None
    if isinstance(getattr(sub, "command", None), TyperGroup):  # claimtrack, claimtrack source
        hint = f"`{sub.command_path} -h` shows its options and commands"  # type: ignore[union-attr]
    elif sub is not None:
        usage = sub.get_usage().removeprefix("Usage: ").strip()
        hint = f"usage: {usage}; `{sub.command_path} -h` shows every option, with an example"
        extra = _EXTRA.search(e.format_message())
        meant = [
            m for w in (extra[1].split() if extra else ()) if (m := option_meant(sub.command, w))
        ]
        if meant:
            hint = f"did you mean the option {' '.join(meant)}? (usage: {usage})"
    messages.error(usage_words(e.format_message()), hint=hint)


# typer's words for an option's value that its type refuses (pydantic's), and plain ones
_VALUE_WORDS = (
    (re.compile(r"Value error, "), ""),
    (re.compile(r"Input should be a valid integer, unable to parse string as an integer"),
     "give a whole number"),
    (re.compile(r"Input should be a valid number, unable to parse string as a number"),
     "give a number"),
    (re.compile(r"Input should be (greater|less) than or equal to (\S+)"),
     lambda m: f"give {m[2]} or {'more' if m[1] == 'greater' else 'less'}"),
    (re.compile(r"Input should be a finite number"), "give a finite number"),
)  # fmt: skip
_NOT_A_CHOICE = re.compile(r"'([^']*)' is not one of ((?:'[^']*'(?:, )?)+)\.?$")


def usage_words(message: str) -> str:
    """A usage error's message in plain words: typer passes on pydantic's for an option's
    value ("Value error, 'figures' is not one of 'figure', 'stance'."; "Input should be a
    valid integer, unable to parse string as an integer"); a value that is not one of the
    choices names the nearest one."""
    for pattern, plain in _VALUE_WORDS:
        message = pattern.sub(plain, message)
    m = _NOT_A_CHOICE.search(message)
    if m is not None:
        import difflib

        choices = re.findall(r"'([^']*)'", m[2])
        near = difflib.get_close_matches(m[1].lower(), choices, n=1, cutoff=0.6)
        said = f"{m[1]!r} is not one of {', '.join(choices)}"
        message = message[: m.start()] + said + (f"; did you mean {near[0]}?" if near else "")
    return message


def _hoist_db(ctx: "ClickContext", args: list[str]) -> list[str]:
    """Move a ``--db PATH`` / ``--db=PATH`` given after the command name in front of it."""
    i = 0
    before = False
    while i < len(args):  # skip the group's own options: --db PATH, --version, --help ...
        a = args[i]
        if a == "--db" or a.startswith("--db="):
            if before:  # `claimtrack --db a.db --db b.db list`: click would take the last
                ctx.fail("--db is given more than once")
            before, i = True, i + (2 if a == "--db" else 1)
        elif a.startswith("-") and a != "-":
            i += 1
        else:
            break
    head, rest = args[: i + 1], args[i + 1 :]
    moved: list[str] = []
    out: list[str] = []
    j = 0
    while j < len(rest):
        a = rest[j]
        if a == "--":
            out += rest[j:]
            break
        if a == "--db" and j + 1 < len(rest):
            moved += rest[j : j + 2]
            j += 2
            continue
        if a.startswith("--db="):
            moved.append(a)
        else:
            out.append(a)
        j += 1
    if not moved:
        return args
    if before or len(moved) > 2 or (len(moved) == 2 and moved[0] != "--db"):
        ctx.fail("--db is given more than once")
    return moved + head + out


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that the final flush at exit has nowhere to fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass  # not a real file descriptor (a test runner's stdout): nothing to silence


def _debug() -> bool:
    return os.environ.get("CLAIMTRACK_DEBUG", "") not in ("", "0")


def _database_path(ctx: "ClickContext") -> Any:
    """The database this run uses, as the user named it (for a message)."""
    state = ctx.obj
    if isinstance(state, State):
        try:
            return state.path()
        except Exception:
            return "in use"
    return "in use"


def _report(e: ClaimtrackError) -> None:
    messages.error(e.message, e.details, e.hint)


def _flags_take_no_value() -> None:
    """typer 0.29 writes a type after every option in --help, flags included ("--json
    <bool>"), which reads as if the flag took a value ("--json true" is then refused). A flag
    takes none: its type column is left empty. Options with a value keep theirs."""
    from typer.core import TyperOption

    shown = TyperOption.display_type_rich

    def display_type_rich(self: TyperOption, ctx: Any) -> str | None:
        if self.is_bool_flag and self.metavar is None:
            return None
        return shown(self, ctx)

    TyperOption.display_type_rich = display_type_rich  # type: ignore[method-assign]


_flags_take_no_value()


def _paragraphs_reflow() -> None:
    """typer 0.29 keeps a docstring's line breaks inside a paragraph of --help and then wraps
    the lines again at the terminal's width, leaving ragged half-lines ("... gives two" /
    "claims, stored together"). A paragraph is one run of text: its lines are joined, unless
    it is laid out (a line that starts with a space, a list mark, "$ " or "|", or typer's
    \\b). Patched when help is drawn, so that other commands never import rich."""
    from typer.core import TyperCommand, TyperGroup

    def reflowed(paragraphs: list[str], markup_mode: Any) -> str:
        out = []
        for p in paragraphs:
            lines = p.splitlines()
            laid_out = p.startswith("\b") or any(
                line.startswith((" ", "- ", "* ", "$ ", "|")) for line in lines[1:]
            )
            out.append(p if laid_out else " ".join(line.strip() for line in lines))
        return "\n\n".join(out)

    def patched(format_help: Any) -> Any:
        def format_help_reflowed(self: Any, ctx: Any, formatter: Any) -> None:
            from typer import rich_utils

            if hasattr(rich_utils, "_fix_linebreaks"):
                rich_utils._fix_linebreaks = reflowed
            _command_list_reflowed(rich_utils)
            _help_pipe_ends_quietly(rich_utils)
            _option_names_never_cut(rich_utils)
            format_help(self, ctx, formatter)

        return format_help_reflowed

    for cls in (TyperCommand, TyperGroup):
        cls.format_help = patched(cls.format_help)  # type: ignore[method-assign]


_paragraphs_reflow()


def _command_list_reflowed(rich_utils: Any) -> None:
    """The list of commands in --help shows each one's first paragraph as one run of text
    (typer kept its line breaks: relate's line ended at "or an", the rest on a line of its
    own)."""
    made = getattr(rich_utils, "_make_command_help", None)
    if made is None or getattr(made, "reflowed", False):
        return

    def one_run(*, help_text: str, markup_mode: Any) -> Any:
        import inspect

        first = inspect.cleandoc(help_text).split("\n\n")[0]
        if not first.startswith("\b"):
            first = " ".join(line.strip() for line in first.splitlines())
        return made(help_text=first, markup_mode=markup_mode)

    one_run.reflowed = True  # type: ignore[attr-defined]
    rich_utils._make_command_help = one_run


def _option_names_never_cut(rich_utils: Any) -> None:
    """An option's name in --help is folded onto a second line where the terminal is too
    narrow for it, never cut: at 40 columns typer showed "--claima…" and "--uncert…", hiding
    the very word to type. Typer makes each name with its highlighters; their text folds."""
    for name in ("highlighter", "negative_highlighter"):
        made = getattr(rich_utils, name, None)
        if made is None or getattr(made, "never_cut", False):
            continue

        def folded(text: Any, made: Any = made) -> Any:
            out = made(text)
            out.overflow = "fold"
            return out

        folded.never_cut = True  # type: ignore[attr-defined]
        setattr(rich_utils, name, folded)


def _help_pipe_ends_quietly(rich_utils: Any) -> None:
    """Help read by a reader that goes away (``claimtrack --help | head -1``) ends as other
    output does, with status 141 (rich's console, which typer draws help with, exits 1); and
    help through a pipe ends each line with its last character, as other output does
    (``render.unpadded``)."""
    made = getattr(rich_utils, "_get_rich_console", None)
    if made is None or getattr(made, "quiet_pipe", False):
        return

    def on_broken_pipe() -> None:
        _silence_stdout()
        raise SystemExit(EXIT_BROKEN_PIPE)

    def console(stderr: bool = False) -> Any:
        made_console = made(stderr=stderr)
        made_console.on_broken_pipe = on_broken_pipe
        if made_console.color_system is None:  # a pipe, a file: no padded line ends either
            from claimtrack.render import unpadded

            render_buffer = made_console._render_buffer
            made_console._render_buffer = lambda buffer: unpadded(render_buffer(buffer))
        return made_console

    console.quiet_pipe = True  # type: ignore[attr-defined]
    rich_utils._get_rich_console = console


app = typer.Typer(
    cls=ClaimtrackGroup,
    name="claimtrack",
    help=(
        "Log attributed claims and lay out where sources disagree.\n\n"
        "Example: claimtrack conflicts raqqa-convoy"
    ),
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=True,
)


class State:
    def __init__(self, db: Path | None) -> None:
        self.db = db
        self._store: Store | None = None

    def path(self) -> Path:
        if self.db is not None:
            return self.db
        from platformdirs import user_data_path

        return user_data_path("claimtrack", appauthor=False) / "claims.db"

    def store(self) -> "Store":
        if self._store is None:
            from claimtrack.store import Store

            path = self._new_path()
            self._store = Store.open(path, seed=sample_rows(), on_create=self._created(path),
                                     on_wait=_waiting(path))  # fmt: skip
        return self._store

    def import_claims(self, items: Iterable[Any], **options: bool) -> "ImportResult":
        """``Store.import_to`` the database (created, with the sample, only if the import
        succeeds); the store stays open for the command."""
        if self._store is not None:
            return self._store.import_claims(items, **options)
        from claimtrack.store import Store

        path = self._new_path()
        self._store, result = Store.import_to(
            path, items, seed=sample_rows(), on_create=self._created(path), **options
        )
        return result

    def _new_path(self) -> Path:
        path = self.path()
        if self.db is None:
            path.parent.mkdir(parents=True, exist_ok=True)
        creatable(path)
        return path

    @staticmethod
    def _created(path: Path) -> Callable[[int], None]:
        def created(n: int) -> None:
            messages.say(
                f"Created {path} with the bundled sample ({n} claims). "
                "Use `claimtrack init --empty PATH` for a blank database."
            )

        return created

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


def database_file(path: Path) -> None:
    """Refuse, in one line, a database file named by a directory (`--db reports/`: click said
    "Invalid value for '--db' (env var: 'CLAIMTRACK_DB') ...", naming the variable even when
    --db was given), or one to be made under a name that says another format
    (`backup claims.csv`, `--db story.json`: a SQLite file under that name opens nowhere)."""
    if path.is_dir():
        raise InputError(
            f"{path} is a directory; a database is a file",
            hint=f"name one in it, e.g. {path / 'claims.db'}",
        )
    suffix = path.suffix.lower()
    if suffix in DOCUMENT_SUFFIXES and not path.exists():
        hint = f"name it {path.with_suffix('.db')}"
        if suffix in (".csv", ".json", ".jsonl", ".ndjson", ".xlsx"):
            hint += f"; to write the claims as {suffix[1:]}: claimtrack export -o {path}"
        elif suffix in (".html", ".htm", ".md", ".markdown"):
            hint += f"; to write a report: claimtrack report SUBJECT -o {path}"
        raise InputError(f"{path}: a database is a SQLite file, not a {suffix} file", hint=hint)


def creatable(path: Path) -> None:
    """Refuse, in words, a database that does not exist in a directory this process cannot
    write (SQLite would say only "unable to open database file"), and a name no database
    can have (``database_file``)."""
    database_file(path)
    if path.exists() or not path.parent.is_dir() or os.access(path.parent, os.W_OK):
        return
    from claimtrack.errors import DatabaseError

    raise DatabaseError(
        f"cannot create database {path}: directory {path.parent} is not writable here"
    )


def sample_path() -> Path:
    """The bundled sample: package data in an install, ``data/`` in a source checkout."""
    from importlib.resources import files

    packaged = Path(str(files("claimtrack"))) / "data" / "claims.jsonl"
    if packaged.exists():
        return packaged
    return Path(__file__).resolve().parents[3] / "data" / "claims.jsonl"


def _waiting(path: Path) -> Callable[[], None]:
    """What a command says when its write waits for another program's lock on the database."""
    from claimtrack.store._common import BUSY_TIMEOUT_S

    def say() -> None:
        messages.say(f"database {path} is locked by another program: waiting for it (up to "
                     f"{BUSY_TIMEOUT_S:g} s; Ctrl-C to stop) ...")  # fmt: skip

    return say


def sample_rows() -> Iterator[Any]:
    """The bundled sample as import items (``Store.open(seed=...)``); read only if iterated."""
    from claimtrack.jsonl import read_rows

    yield from read_rows(sample_path())


def _state(ctx: typer.Context) -> State:
    return ctx.ensure_object(State) if ctx.obj is None else ctx.obj


def _version(value: bool) -> None:
    if value:
        from claimtrack.engine_build import engine_status

        typer.echo(f"claimtrack {__version__} ({engine_status()})")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    db: Annotated[
        Path | None,
        typer.Option(
            "--db",
            envvar="CLAIMTRACK_DB",
            help="Database file (default: CLAIMTRACK_DB, else claims.db in the user data dir).",
            dir_okay=True,  # a directory is refused in words by creatable (database_file)
            readable=False,  # an unreadable file is refused by Store.open, in one line
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Log attributed claims and lay out where sources disagree.

    Example: claimtrack conflicts raqqa-convoy
    """
    ctx.obj = State(db)
    ctx.call_on_close(ctx.obj.close)


JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON on stdout instead of a table.")]
DecimalCommaOpt = Annotated[
    bool,
    typer.Option(
        "--decimal-comma",
        help='Read figures with a decimal comma: "11.300" is 11,300 and "1,5" is 1.5.',
    ),
]
MinGapOpt = Annotated[
    float,
    typer.Option(
        "--min-gap",
        min=1.0,
        metavar="RATIO",
        help=(
            "Materiality: positions closer than this ratio are minor differences, not disputes"
            " (a rate's figures, inflation or a jobless rate, are judged by their stated"
            " precision instead)."
        ),
    ),
]


def _emit_json(data: Any) -> None:
    # jsontext itself, not exports.dumps: a read command does not load the export writers
    from claimtrack.jsontext import dumps

    sys.stdout.write(dumps(data))
    sys.stdout.write("\n")


def _warn_future(claim: Any, where: str = "") -> None:
    """Warn of a claim's dates in the future, and of a figure as of a moment after it was
    said (``records.as_of_after_statement``)."""
    from claimtrack.records import as_of_after_statement, is_future

    for f in ("said_on", "reported_on", "as_of"):
        value = getattr(claim, f)
        if is_future(value):
            messages.warning(f"{where}{_OPTION_OF[f]} {value} is in the future")
    later = as_of_after_statement(claim.as_of, claim.said_on, claim.reported_on)
    if later is not None:
        messages.warning(f"{where}{dates_as_typed(later)}")


def _ask_choice(label: str, choices: tuple[str, ...]) -> str:
    while True:
        answer = typer.prompt(f"{label} [{'/'.join(choices)}]", err=True).strip().lower()
        if answer in choices:
            return answer
        messages.say(f"Please answer one of: {', '.join(choices)}")


# -- everyday commands ---------------------------------------------------------------------


NewOpt = Annotated[
    bool,
    typer.Option("--new", help="Confirm names that are new but close to existing ones."),
]


# a claim's fields as `add` and `edit` spell them: a refusal names the option the user typed
_OPTION_OF = {
    "value": "--figure", "said_on": "--said-on", "reported_on": "--reported-on",
    "as_of": "--as-of", "proposition": "the proposition", "relays": "--relays",
    **{f: f"--{f}" for f in ("claimant", "speaker", "outlet", "url", "quote", "measure", "low",
                             "high", "unit", "change", "note", "source", "stance")},
}  # fmt: skip
_FIELD_AT = re.compile(r"(^|; )(" + "|".join(_OPTION_OF) + r"): ")


_DATE_FIELD = re.compile(r"\b(said_on|reported_on|as_of)\b")


def dates_as_typed(text: str) -> str:
    """A message about a claim's dates, worded by ``records`` for a record ("said_on X is
    after reported_on Y", as `import` says it of a line), as `add` and `edit` say it: by the
    options typed ("--said-on X is after --reported-on Y")."""
    return _DATE_FIELD.sub(lambda m: _OPTION_OF[m[1]], text)


def options_named(err: InputError) -> InputError:
    """The model's refusal ("invalid claim: said_on: ...") as `add`/`edit` say it: by the
    option typed ("--said-on: ..."), still one line; other refusals are left as they are."""
    if not err.message.startswith("invalid claim:"):
        return err

    def named(text: str) -> str:
        return _FIELD_AT.sub(lambda m: f"{m[1]}{_OPTION_OF[m[2]]}: ", text)

    rest = err.message.removeprefix("invalid claim:").strip()
    err.message = named(rest) if rest else "invalid values:"
    err.details = [named(d) for d in err.details]
    return err


def _guard(
    store: "Store",
    drafts: list[dict[str, Any]],
    *,
    new: bool,
    ask: bool = False,
    fields: tuple[str, ...] | None = None,
    decimal_comma: bool = False,
) -> list[Any]:
    """Validate claim dicts and refuse near-miss names (unless --new); on a terminal
    (``ask``) offer the existing names instead. Returns the Claims to store."""
    from claimtrack.models import validate_claim
    from claimtrack.names import explain
    from claimtrack.store import NAME_FIELDS

    claims = [validate_claim(d, decimal_comma=decimal_comma) for d in drafts]
    if new:
        return claims
    misses = list(
        dict.fromkeys(m for c in claims for m in store.name_checks(c, fields or NAME_FIELDS))
    )
    if not misses:
        return claims
    if ask:
        for m in misses:
            choice = _ask_name(explain(m.field, m.subject, m.name, m.suggestions), m)
            for d in drafts:
                if m.field in d:
                    d[m.field] = choice
        return [validate_claim(d, decimal_comma=decimal_comma) for d in drafts]
    hint = "give --new if it really is new"
    if len(misses) == 1:
        m = misses[0]
        raise InputError(explain(m.field, m.subject, m.name, m.suggestions), hint=hint)
    raise InputError(
        f"{len(misses)} names are new but close to existing ones",
        details=[explain(m.field, m.subject, m.name, m.suggestions) for m in misses],
        hint=hint,
    )


def _ask_name(question: str, miss: Any) -> str:
    """On a terminal: pick one of the suggested names, keep the new one, or give up."""
    messages.say(question)
    options = list(miss.suggestions)
    for n, name in enumerate(options, 1):
        messages.say(f"  {n}. use {name}")
    messages.say(f"  n. keep {miss.name} as a new {miss.field}")
    choices = (*(str(n) for n in range(1, len(options) + 1)), "n", "q")
    answer = _ask_choice("Choice (q to give up)", choices)
    if answer == "q":
        raise typer.Exit(1)
    return miss.name if answer == "n" else options[int(answer) - 1]


BomOpt = Annotated[
    bool | None,
    typer.Option(
        "--bom/--no-bom",
        help="Start the CSV with a UTF-8 byte-order mark (default: only when writing a file).",
    ),
]


def readings_state(store: "Store") -> dict[str, Any] | None:
    """Whether the stored figures were logged under older rules of reading a figure and not
    re-checked since (``"state": "older-rules"``), or imported with bounds (low, high) their
    text does not read (an export of older rules, bounds given by hand: ``"imported-bounds"``,
    ``Store.mark_readings_unchecked``), or whether the last check found some that today's
    rules refuse or read otherwise (``"found"``, with how many ``"figures"`` and the day it
    was ``"checked_on"``): they are compared as stored. None when none of these holds. With
    its words (``"note"``, ``_readings_line``): `conflicts --json` gives it as ``readings``.
    One read of the small ``meta`` table."""
    from claimtrack.schema import READING_RULES, READING_RULES_IMPORTED

    rules, found, at = store.readings_checked()
    if rules == READING_RULES_IMPORTED:
        state: dict[str, Any] = {"state": "imported-bounds"}
    elif rules != READING_RULES:
        state = {"state": "older-rules"}
    elif found:
        state = {"state": "found", "figures": found, "checked_on": (at or "")[:10] or None}
    else:
        return None
    return state | {"note": _readings_words(state)}


def _readings_words(state: dict[str, Any]) -> str:
    if state["state"] == "imported-bounds":
        return (
            "this database holds figures imported with bounds (low, high) that today's rules"
            " do not read from their text (an export of older rules, or bounds given by hand),"
            " stored as given and not re-checked since; `claimtrack verify --readings` lists"
            " them"
        )
    if state["state"] == "older-rules":
        return (
            "this database's figures were logged under older rules of reading a figure and"
            " not re-checked since; `claimtrack verify --readings` lists those that today's"
            " rules refuse or read otherwise"
        )
    found = state["figures"]
    figures, verb = ("1 stored figure", "is") if found == 1 else (f"{found} stored figures", "are")
    return (
        f"{figures} that today's rules refuse or read otherwise {verb} compared as stored"
        f" (found by the last check, {state['checked_on'] or ''}): `claimtrack verify"
        " --readings` lists them"
    )


def _readings_line(store: "Store") -> str | None:
    """What to say when the stored figures are compared as stored without today's rules
    having read them (``readings_state``); None otherwise."""
    state = readings_state(store)
    return None if state is None else str(state["note"])


def _readings_notice(store: "Store") -> dict[str, Any] | None:
    """``_readings_line`` as one line on stderr (`conflicts`, `report`); returns the state it
    says (``readings_state``), which `conflicts --json` gives as its ``readings``."""
    state = readings_state(store)
    if state is not None:
        messages.say(f"note: {state['note']}")
    return state


def _require_subject(store: "Store", subject: str) -> None:
    if store.has_subject(subject):
        return
    raise NotFoundError(f"no claims on subject {subject!r}", hint=_subject_hint(store, subject))


def _note_unknown_subject(store: "Store", subject: str | None) -> None:
    """Say on stderr that ``subject`` has no claims, with the subjects meant: a filter that
    matches nothing because of a slip (`list bridge-colapse`, `search WORDS --subject ...`)
    is not an empty story."""
    if subject is not None and not store.has_subject(subject):
        messages.say(f"No claims on subject {subject!r}; {_subject_hint(store, subject)}")


def _choices(param: Any) -> tuple[str, ...]:
    """The values an option takes from a list (a ``Literal`` annotation), else ()."""
    import typing

    annotation = getattr(getattr(param, "type_descriptor", None), "annotation", None)
    if typing.get_origin(annotation) is typing.Literal:
        return tuple(str(a) for a in typing.get_args(annotation))
    return tuple(getattr(getattr(param, "type", None), "choices", None) or ())


def option_meant(command: Any, word: str) -> str | None:
    """The option of ``command`` a word typed as an argument most likely meant: a value one
    of its options takes from a list (``export csv`` for ``--format csv``) or the name of
    one of its flags (``conflicts S json`` for ``--json``); None when there is none."""
    for param in getattr(command, "params", ()):
        opts = [o for o in getattr(param, "opts", ()) if o.startswith("--")]
        if not opts or getattr(param, "param_type_name", "") != "option":
            continue
        if word in _choices(param):
            return f"{opts[0]} {word}"
        if getattr(param, "is_flag", False) and f"--{word}" in opts:
            return f"--{word}"
    return None


def _subject_hint(store: "Store", subject: str) -> str:
    """The subjects a person may have meant by ``subject``, which has no claims, or the
    option meant when ``subject`` is a value of one (``export csv``)."""
    import difflib

    from typer._click.globals import get_current_context

    ctx = get_current_context(silent=True)
    meant = option_meant(ctx.command, subject) if ctx is not None else None
    if meant is not None:  # the callers found no claims on ``subject``
        return f"did you mean the option {meant}? (`{ctx.command_path} -h` lists them)"  # type: ignore[union-attr]
    known = store.subject_names()
    near = difflib.get_close_matches(subject, known, n=3, cutoff=0.4)
    return (
        f"did you mean: {', '.join(near)}"
        if near
        else ("known subjects: " + ", ".join(known[:10]) if known else "the database is empty")
    )


# -- sources and extract (issue #14) -------------------------------------------------------


def _source_fields(store: "Store", text: str, **given: str | None) -> dict[str, Any]:
    """outlet, url and reported_on of a stored source (plus its id); a conflicting explicit
    value is refused, naming both."""
    from claimtrack.sources import SOURCED, at_odds_with_source

    src = store.source(text)
    out: dict[str, Any] = {"source": src["id"]}
    mine: list[str | None] = []
    for key in SOURCED:
        said = given.get(key)
        if key == "reported_on" and said:  # "May 5, 2022" is the source's 2022-05-05
            from claimtrack.models import check_date

            try:
                said = check_date(said)
            except ValueError as e:
                raise InputError(f"--reported-on: {e}") from None
        mine.append(None if said is None else said.strip())
        if src.get(key) is not None:
            out[key] = src[key]
    found = at_odds_with_source(tuple(mine), tuple(src.get(k) for k in SOURCED), src["id"])
    if found is not None:  # the rule of import's lines too (evidence20)
        raise InputError(f"--{found[0].replace('_', '-')} {found[1]}")
    return out


def _refuse_binary(path: str, expected: str, *, importing: bool = False) -> None:
    """Refuse, in one line, a file that is plainly not the text ``expected``: a SQLite
    database, a ZIP file (an .xlsx workbook), a PDF, binary bytes. Their lines would each be
    an error (``import claims.db``: 563 of them) or their bytes read as an article's words.
    Anything else (and a file that cannot be read: the reader says why) is left to the reader."""
    if path == "-":
        return
    try:
        with open(path, "rb") as fh:
            head = fh.read(65536)
    except OSError:
        return
    hint = None
    if head.startswith(b"SQLite format 3\x00"):
        why = f"a SQLite database, not {expected}"
        hint = (
            "to copy a database: `claimtrack backup`; to add its claims to another:"
            f" `claimtrack --db {path} export -o claims.jsonl`, then import that"
        )
    elif head.startswith(b"PK\x03\x04"):
        why = f"a ZIP file (an .xlsx workbook?), not {expected}"
        hint = "save the sheet as CSV (UTF-8) and import that"
    else:
        from claimtrack.snapshots import not_text

        found = not_text(head)
        if found is None:
            return
        why = found.replace("a text or HTML page", expected)
    raise InputError(f"{path}: {why}", hint=hint if importing else None)


def _searchable(store: "Store") -> "Store":
    """The store with its full-text index built: an import into an empty database leaves it
    to the first command that searches, which builds it here (saying so once, on stderr)."""
    from claimtrack.wording import plural

    pending = store.search_index_pending()
    if pending is not None:
        messages.say(
            f"Building the search index of {plural(pending, 'claim')} "
            "(once, on the first search after an import into an empty database)..."
        )
        try:
            store.build_search_index()
        except ClaimtrackError as e:
            if "read-only" not in e.message:
                raise
            raise ClaimtrackError(
                f"the search index of {store.path} is not built yet, and the database is"
                " read-only here, so it cannot be built now",
                hint=f"search it once where it is writable, or search a copy: `claimtrack --db"
                f" {store.path} backup COPY.db`, then `claimtrack --db COPY.db search ...`",
            ) from None
    return store


# Suffixes that name a kind of document: an output file named so is expected to hold it. A
# command that writes several formats (export, report) reads its format from one it writes
# when --format is not given, and refuses one it does not write (an HTML page named .pdf, JSON
# lines named .xls open nowhere); another suffix (.bak, .txt, none) keeps its default.
DOCUMENT_SUFFIXES = frozenset(
    {".csv", ".doc", ".docx", ".htm", ".html", ".json", ".jsonl", ".markdown", ".md",
     ".ndjson", ".numbers", ".ods", ".odt", ".pdf", ".rtf", ".tsv", ".xls", ".xlsm", ".xlsx"}
)  # fmt: skip


def output_format(
    output: Path | None, fmt: str | None, written: "Mapping[str, tuple[str, ...]]", default: str
) -> str:
    """The format to write ``output`` in: ``fmt`` when given, else the one its suffix names
    (``written``: each format and the suffixes of its files, the first the usual one), else
    ``default``. InputError for a suffix of a format the command does not write (without
    ``fmt``) and for one that names another format than ``fmt``."""
    if output is None or str(output) == "-":
        return fmt or default
    suffix = output.suffix.lower()
    said = next((f for f, ends in written.items() if suffix in ends), None)
    if fmt is None:
        if said is None and suffix in DOCUMENT_SUFFIXES:
            names = [str(output.with_suffix(ends[0])) for ends in dict.fromkeys(written.values())]
            if len(written) == 1:  # a sheet's option (conflicts --csv FILE): one format
                raise InputError(
                    f"{output}: this writes {next(iter(written))}, not a {suffix} file",
                    hint=f"name it {names[0]}",
                )
            raise InputError(
                f"-o {output}: cannot write a {suffix} file; the formats are "
                f"{', '.join(list(written)[:-1])} or {list(written)[-1]}",
                hint=f"name the file {', '.join(names[:-1])} or {names[-1]}, or give --format "
                f"to write one of them under this name",
            )
        return said or default
    if said is not None and suffix not in written[fmt]:
        raise InputError(
            f"-o {output}: its suffix says {said}, but --format is {fmt}",
            hint=f"name it {output.with_suffix(written[fmt][0])}, or leave --format out",
        )
    return fmt


def flagged_verdicts(
    store: "Store",
    reviewed: list[tuple[dict[str, Any], dict[str, Any]]],
    analysed: dict[str, Any] | None = None,
) -> list[str]:
    """A line for each review whose rating upholds a claim the engine flags (a finding of
    ``conflicts SUBJECT`` holds it, its figure is not compared, or it is a paraphrase):
    ``verdict_flags``. Only the subjects of such ratings are analysed, those of ``analysed``
    (subject -> the engine's report, as the caller numbers its findings) not again."""
    from claimtrack.verdict_flags import flag_line, flags, upholds

    upheld = [(r, v) for r, v in reviewed if upholds(v.get("rating"))]
    if not upheld:
        return []
    from claimtrack.conflicts import analyse, finding_ids

    lines: list[str] = []
    reports: dict[str, tuple[Any, dict[str, Any]]] = {}
    for record, review in upheld:
        subject = record["subject"]
        if subject not in reports:
            report = (analysed or {}).get(subject)
            if report is None:
                cumulative, sums = store.rules(subject).get(subject, (set(), []))
                report = analyse(
                    store.facts(subject), cumulative=cumulative, sums=sums, bodies=store.bodies()
                )
            records = {r["id"]: r for r in store.claims(ids=finding_ids(report))}
            reports[subject] = (report, records)
        report, records = reports[subject]
        found = flags(record, report, records)
        if found:
            lines.append(flag_line(record, review["rating"], found))
    return lines


def stale_verdicts(
    store: "Store", reviewed: list[tuple[dict[str, Any], dict[str, Any]]]
) -> list[str]:
    """A line for each review given on an earlier version of its claim (edited since in what
    was reviewed: ``verdict_flags.changed_since``)."""
    return list(stale_lines(store, reviewed).values())


def stale_lines(
    store: "Store", reviewed: Iterable[tuple[dict[str, Any], dict[str, Any]]]
) -> dict[str, str]:
    """Claim id -> ``verdict_flags.changed_line``, for each (record, latest review) of
    ``reviewed`` whose review was given on an earlier version of the claim: what the
    ClaimReview export warns, the sheet's caveats and the report's verdicts say."""
    from claimtrack.verdict_flags import changed_line, changed_since

    out = {}
    for record, review in reviewed:
        fields = changed_since(record, review, store.history(record["id"]))
        if fields:
            out[record["id"]] = changed_line(record, review["rating"], fields)
    return out


def stale_by_claim(
    store: "Store", records: dict[str, dict[str, Any]], rated: Iterable[str]
) -> dict[str, str]:
    """``stale_lines`` for the claims of ``rated`` (ids with a review) among ``records``."""
    return stale_lines(store, ((records[cid], store.reviews(cid)[-1]) for cid in rated))
