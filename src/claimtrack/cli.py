"""The claimtrack command line: parse -> call -> render.

Commands stay thin: they read options, call the store / engines, and hand results to
``render`` (people) or ``exports`` (machines). Errors are raised as ``ClaimtrackError`` and
turned into one line on stderr by ``ClaimtrackGroup.invoke``, the single error boundary.
Heavy modules (pydantic, sqlite-utils, rich) are imported inside the commands that use them.
"""

import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

import typer
from typer.core import TyperGroup

from claimtrack import __version__, messages
from claimtrack.errors import EXIT_CONFLICT, ClaimtrackError, InputError, NotFoundError, clean

if TYPE_CHECKING:
    from typer._click.core import Context as ClickContext  # typer's own (vendored) click

    from claimtrack.store import Store

EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: what a shell reports for a reader that went away
TABLE_LIMIT = 500  # rows a `list` table shows by default; JSON output is not limited


class ClaimtrackGroup(TyperGroup):
    """The one error boundary: library errors become one readable line and an exit code.

    It also accepts ``--db PATH`` after the command (``claimtrack list --db x.db``): the
    option is moved in front of the command before parsing, so every command takes it.
    """

    def parse_args(self, ctx: "ClickContext", args: list[str]) -> list[str]:
        return super().parse_args(ctx, _hoist_db(ctx, args))

    def invoke(self, ctx: "ClickContext") -> Any:
        try:
            return super().invoke(ctx)
        except ClaimtrackError as e:
            _report(e)
            ctx.exit(e.exit_code)
        except KeyboardInterrupt:
            if _debug():
                raise
            messages.say("interrupted: nothing was written (the transaction was rolled back)")
            ctx.exit(EXIT_INTERRUPTED)
        except (typer.Exit, typer.Abort, typer.TyperException):
            raise
        except BrokenPipeError:
            # The reader went away (`claimtrack export | head -1`): end quietly, as a command
            # killed by SIGPIPE would, and keep Python from complaining about stdout at exit.
            _silence_stdout()
            ctx.exit(EXIT_BROKEN_PIPE)
        except Exception as e:  # a bug: say so in one line, keep the traceback for debugging
            if _debug():
                raise
            messages.say(
                f"error: internal error ({type(e).__name__}: {e}); "
                "run again with CLAIMTRACK_DEBUG=1 for the traceback and report it"
            )
            ctx.exit(1)


def _hoist_db(ctx: "ClickContext", args: list[str]) -> list[str]:
    """Move a ``--db PATH`` / ``--db=PATH`` given after the command name in front of it."""
    i = 0
    before = False
    while i < len(args):  # skip the group's own options: --db PATH, --version, --help ...
        a = args[i]
        if a == "--db":
            before, i = True, i + 2
        elif a.startswith("--db="):
            before, i = True, i + 1
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


def _report(e: ClaimtrackError) -> None:
    messages.error(e.message, e.details, e.hint)


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

            path = self.path()
            if self.db is None:
                path.parent.mkdir(parents=True, exist_ok=True)

            def created(n: int) -> None:
                messages.say(
                    f"Created {path} with the bundled sample ({n} claims). "
                    "Use `claimtrack init --empty PATH` for a blank database."
                )

            self._store = Store.open(path, seed=sample_rows(), on_create=created)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


def sample_path() -> Path:
    """The bundled sample: package data in an install, ``data/`` in a source checkout."""
    from importlib.resources import files

    packaged = Path(str(files("claimtrack"))) / "data" / "claims.jsonl"
    if packaged.exists():
        return packaged
    return Path(__file__).resolve().parents[2] / "data" / "claims.jsonl"


def sample_rows() -> Iterator[Any]:
    """The bundled sample as import items (``Store.open(seed=...)``); read only if iterated."""
    from claimtrack.jsonl import read_rows

    yield from read_rows(sample_path())


def _state(ctx: typer.Context) -> State:
    return ctx.ensure_object(State) if ctx.obj is None else ctx.obj


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claimtrack {__version__}")
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
            dir_okay=False,
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
        help="Materiality: positions closer than this ratio are minor differences, not disputes.",
    ),
]


def _emit_json(data: Any) -> None:
    from claimtrack.exports import dumps

    sys.stdout.write(dumps(data) + "\n")


def _warn_future(claim: Any, where: str = "") -> None:
    from claimtrack.models import is_future

    for f in ("said_on", "reported_on", "as_of"):
        value = getattr(claim, f)
        if is_future(value):
            messages.warning(f"{where}{f} {value} is in the future")


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


def _interactive() -> bool:
    return sys.stdin.isatty()


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


@app.command()
def add(
    ctx: typer.Context,
    subject: Annotated[str, typer.Argument(help="Story slug, e.g. raqqa-convoy.")],
    claimant: Annotated[str | None, typer.Option(help="Who asserts it.")] = None,
    quote: Annotated[str | None, typer.Option(help="The verbatim words.")] = None,
    figure: Annotated[
        str | None, typer.Option(help='A figure as said: "a few dozen", "some 250".')
    ] = None,
    measure: Annotated[
        str | None, typer.Option(help="What the figure counts, e.g. fighters-evacuated.")
    ] = None,
    affirms: Annotated[
        str | None, typer.Option(help="Proposition the claim affirms.", metavar="PROP")
    ] = None,
    denies: Annotated[
        str | None, typer.Option(help="Proposition the claim denies.", metavar="PROP")
    ] = None,
    speaker: Annotated[str | None, typer.Option(help="Person who voiced it.")] = None,
    outlet: Annotated[str | None, typer.Option(help="Where it was reported.")] = None,
    url: Annotated[str | None, typer.Option(help="Link to the report.")] = None,
    said_on: Annotated[str | None, typer.Option(help="Date said: YYYY[-MM[-DD]].")] = None,
    reported_on: Annotated[str | None, typer.Option(help="Date published.")] = None,
    as_of: Annotated[
        str | None, typer.Option(help="Moment the figure describes: YYYY[-MM[-DD]].")
    ] = None,
    low: Annotated[float | None, typer.Option(help="Explicit lower bound.")] = None,
    high: Annotated[float | None, typer.Option(help="Explicit upper bound.")] = None,
    unit: Annotated[str | None, typer.Option(help="Noun counted (derived if absent).")] = None,
    note: Annotated[str | None, typer.Option(help="Free-text context.")] = None,
    relays: Annotated[
        str | None,
        typer.Option(help="Id of the claim this one passes on (an echo, not a new source)."),
    ] = None,
    decimal_comma: DecimalCommaOpt = False,
    claim_id: Annotated[
        str | None, typer.Option("--id", help="Stable id (generated when absent).")
    ] = None,
    source: Annotated[
        str | None,
        typer.Option(help="Source id (or prefix): fills --outlet, --url, --reported-on."),
    ] = None,
    new: NewOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Log an attributed claim: a figure on a measure, a stance on a proposition, or both.

    A quote with a figure and a stance (--figure ... --measure ... --denies ...) gives two
    claims, stored together. A subject, measure, proposition or claimant that is new but close
    to an existing one is refused with "did you mean"; --new confirms it.

    Example: claimtrack add raqqa-convoy --claimant "Syrian Democratic Forces"
    --quote "only a few dozen fighters had been able to leave" --figure "a few dozen"
    --measure isis-fighters-evacuated --outlet "Mother Jones" --reported-on 2017-11
    """
    from claimtrack import render

    interactive = _interactive()
    if affirms and denies:
        raise InputError("give either --affirms or --denies, not both")
    if interactive:
        claimant = claimant or typer.prompt("Claimant (who asserts it)", err=True)
        quote = quote or typer.prompt("Quote (verbatim)", err=True)
        if not (figure or affirms or denies):
            kind = _ask_choice("Figure or stance", ("figure", "stance"))
            if kind == "figure":
                figure = typer.prompt('Figure as said (e.g. "a few dozen")', err=True)
            else:
                prop = typer.prompt(
                    "Proposition (e.g. coalition-took-part-in-negotiations)", err=True
                )
                side = _ask_choice("Stance", ("affirms", "denies"))
                affirms, denies = (prop, None) if side == "affirms" else (None, prop)
        if figure and not measure:
            measure = typer.prompt("Measure (e.g. fighters-evacuated)", err=True)
    missing = [n for n, v in (("--claimant", claimant), ("--quote", quote)) if not v]
    if not (figure or affirms or denies):
        missing.append("--figure or --affirms/--denies")
    elif figure and not measure:
        missing.append("--measure")
    if missing:
        raise InputError(f"missing {', '.join(missing)}", hint="see `claimtrack add --help`")
    if not figure and (as_of or low is not None or high is not None or unit or measure):
        raise InputError("--measure, --as-of, --low, --high and --unit go with --figure")
    if figure and (affirms or denies) and claim_id:
        raise InputError("--id names one claim; a figure and a stance make two")
    base: dict[str, Any] = {
        "id": claim_id,
        "subject": subject,
        "claimant": claimant,
        "speaker": speaker,
        "outlet": outlet,
        "url": url,
        "said_on": said_on,
        "reported_on": reported_on,
        "quote": quote,
        "note": note,
        "relays": relays,
    }
    drafts = []
    if figure:
        drafts.append(
            base
            | {"kind": "figure", "measure": measure, "value": figure, "as_of": as_of}
            | {"low": low, "high": high, "unit": unit}
        )
    if affirms or denies:
        drafts.append(
            base
            | {
                "kind": "stance",
                "proposition": affirms or denies,
                "stance": "affirms" if affirms else "denies",
            }
        )
    store = _state(ctx).store()
    if source is not None:
        filled = _source_fields(store, source, outlet=outlet, url=url, reported_on=reported_on)
        drafts = [d | filled for d in drafts]
    if relays is not None:  # the relayed claim must exist; a prefix stands for its id
        resolved = store.resolve_id(relays)
        drafts = [d | {"relays": resolved} for d in drafts]
    drafts = [{k: v for k, v in d.items() if v is not None} for d in drafts]
    claims = _guard(store, drafts, new=new, ask=interactive, decimal_comma=decimal_comma)
    for claim in claims:
        _warn_future(claim)
    results = store.add_many(claims)
    if as_json:
        _emit_json(results[0][0] if len(results) == 1 else [r for r, _ in results])
        return
    for record, created in results:
        if created:
            render.message(f"Added {record['id']}.")
        else:
            render.message(f"Already logged as {record['id']} (same content): nothing added.")
        render.claim_detail(record)
    if len(results) > 1:
        render.message("Added " + " and ".join(r["id"] for r, _ in results) + " (one quote).")


@app.command("list")
def list_claims(
    ctx: typer.Context,
    subject: Annotated[str | None, typer.Argument(help="Only this subject.")] = None,
    claimant: Annotated[
        str | None, typer.Option(help="Only this claimant (aliases too), or names containing it.")
    ] = None,
    measure: Annotated[str | None, typer.Option(help="Only this measure.")] = None,
    proposition: Annotated[str | None, typer.Option(help="Only this proposition.")] = None,
    kind: Annotated[
        Literal["figure", "stance"] | None,
        typer.Option(help="figure or stance."),
    ] = None,
    include_retracted: Annotated[
        bool, typer.Option("--include-retracted", help="Also list retracted claims.")
    ] = False,
    limit: Annotated[
        int | None,
        typer.Option(
            help=f"At most this many claims (table default {TABLE_LIMIT}; JSON: all).", min=1
        ),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """List claims, optionally filtered.

    --claimant matches the name and its aliases, ignoring case and punctuation; when no
    claimant has that name, it matches every claimant whose name contains it.

    Example: claimtrack list raqqa-convoy --claimant "Syrian Democratic Forces"
    """
    from claimtrack import render
    from claimtrack.models import slug_option

    store = _state(ctx).store()
    subject = slug_option(subject, "subject")
    keys = None
    if claimant is not None:
        keys, how = store.match_claimants(claimant, subject)
        if not keys:
            where = f" in {subject}" if subject else ""
            hint = _claimant_hint(store, claimant, subject)
            render.message(f"No claimant matches {claimant!r}{where}; {hint}")
        elif how == "contains":
            names = store.claimant_names(keys)
            render.message(f"--claimant {claimant!r} matched: {'; '.join(names)}")
    rows = store.claims(
        subject,
        claimant_keys=keys,
        measure=slug_option(measure, "--measure"),
        proposition=slug_option(proposition, "--proposition"),
        kind=kind,
        include_retracted=include_retracted,
        limit=limit if (limit or as_json) else TABLE_LIMIT + 1,
    )
    if as_json:
        from claimtrack.exports import write_json_array

        write_json_array(rows, sys.stdout)
        return
    records = list(rows)
    if limit is None and len(records) > TABLE_LIMIT:
        render.claims_table(records[:TABLE_LIMIT])
        render.message(f"Showing the first {TABLE_LIMIT}: use --limit N or --json for more.")
        return
    render.claims_table(records)


@app.command()
def show(
    ctx: typer.Context,
    claim_id: Annotated[str, typer.Argument(metavar="ID", help="Claim id or a unique prefix.")],
    as_json: JsonOpt = False,
) -> None:
    """Show one claim in full, with how its figure was read.

    Example: claimtrack show raqqa-convoy-sdf-few-dozen
    """
    from claimtrack import render

    store = _state(ctx).store()
    claim_id = store.resolve_id(claim_id)
    record = store.get(claim_id)
    reviews = store.reviews(claim_id)
    if as_json:
        _emit_json(record | ({"reviews": reviews} if reviews else {}))
        return
    render.claim_detail(record, history=len(store.history(claim_id)), reviews=reviews)


@app.command()
def subjects(
    ctx: typer.Context,
    subject: Annotated[
        str | None, typer.Argument(help="Show this subject's measures, propositions, claimants.")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """List subjects with their claim counts, or one subject's vocabulary.

    Example: claimtrack subjects raqqa-convoy
    """
    from claimtrack import render
    from claimtrack.models import slug_option

    store = _state(ctx).store()
    subject = slug_option(subject, "subject")
    if subject is not None:
        _require_subject(store, subject)
        detail = store.subject_detail(subject)
        if as_json:
            _emit_json(detail)
            return
        render.subject_detail(detail)
        return
    rows = store.subjects()
    if as_json:
        _emit_json(rows)
        return
    render.subjects_table(rows)


@app.command()
def claimants(
    ctx: typer.Context,
    subject: Annotated[str | None, typer.Argument(help="Only this subject.")] = None,
    record: Annotated[
        bool,
        typer.Option(
            "--record",
            help="Each claimant's record in SUBJECT: disputes, reversals, revisions, verdicts.",
        ),
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """List claimants with their claim counts, kinds and aliases (aliases folded in).

    --record gives each claimant's record in a subject: their claims, the disputes they take
    part in, how often they alone hold one side of a figure dispute, their reversals,
    revisions and retractions, and the verdicts on their claims.

    Example: claimtrack claimants raqqa-convoy --record
    """
    from claimtrack import render
    from claimtrack.models import slug_option

    store = _state(ctx).store()
    subject = slug_option(subject, "subject")
    if subject is not None:
        _require_subject(store, subject)
    if record:
        if subject is None:
            raise InputError("--record needs a SUBJECT", hint="claimtrack subjects")
        records = _subject_report(store, subject).records
        if as_json:
            _emit_json({"subject": subject, "claimants": [r.to_json() for r in records]})
            return
        render.claimant_records(subject, records)
        return
    rows = store.claimants(subject)
    if as_json:
        _emit_json(rows)
        return
    render.claimants_table(rows)


@app.command()
def claimant(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="A claimant's name (or one of its aliases).")],
    kind: Annotated[
        Literal["person", "organization"] | None,
        typer.Option(help="Set the kind: person or organization (default: guessed)."),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Show a claimant, or set whether it is a person or an organization.

    The kind is guessed (a name that appears as a speaker is a person, otherwise an
    organization) until it is set; the ClaimReview export uses it for the author.

    Example: claimtrack claimant "Abu Musab Huthaifa" --kind person
    """
    from claimtrack import render

    store = _state(ctx).store()
    row = store.set_kind(name, kind) if kind else store.claimant(name)
    if as_json:
        _emit_json(row)
        return
    render.claimants_table([row])


@app.command()
def alias(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The other spelling, as entered on claims.")],
    same_as: Annotated[
        str | None, typer.Option("--same-as", help="The claimant it is the same as.")
    ] = None,
    remove: Annotated[bool, typer.Option("--remove", help="Undo: NAME is its own again.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Fold one claimant name into another, everywhere claims are compared or counted.

    Claims keep the name as entered; conflicts, claimants, list --claimant and the
    ClaimReview author use the name it is the same as. Chains are followed (A -> B -> C);
    a cycle is refused. --remove undoes it.

    Example: claimtrack alias "Abdel Moneim Al-Ghaithi" --same-as "Abdulmenam al-Ghaithi"
    """
    from claimtrack import render

    if remove == (same_as is not None):
        raise InputError("give --same-as NAME, or --remove (not both)")
    store = _state(ctx).store()
    result = store.remove_alias(name) if remove else store.add_alias(name, same_as or "")
    if as_json:
        _emit_json(result)
        return
    if remove:
        render.message(f"{result['name']} is no longer an alias of {result['same_as']}.")
    elif not result["changed"]:
        render.message(f"{name} is already an alias of {result['same_as']}: nothing changed.")
    else:
        render.message(
            f"{name} now counts as {result['same_as']} ({result['claims']} claim(s); "
            "the claims keep the name as entered)."
        )


@app.command()
def edit(
    ctx: typer.Context,
    claim_id: Annotated[str, typer.Argument(metavar="ID", help="Claim id or a unique prefix.")],
    subject: Annotated[str | None, typer.Option(help="New subject.")] = None,
    claimant: Annotated[str | None, typer.Option(help="New claimant.")] = None,
    quote: Annotated[str | None, typer.Option(help="New quote.")] = None,
    figure: Annotated[
        str | None,
        typer.Option("--figure", "--value", help="New figure text (re-read); --value is the same."),
    ] = None,
    measure: Annotated[str | None, typer.Option(help="New measure.")] = None,
    affirms: Annotated[
        str | None, typer.Option(help="The stance now affirms PROP.", metavar="PROP")
    ] = None,
    denies: Annotated[
        str | None, typer.Option(help="The stance now denies PROP.", metavar="PROP")
    ] = None,
    speaker: Annotated[str | None, typer.Option(help='New speaker ("" clears).')] = None,
    outlet: Annotated[str | None, typer.Option(help='New outlet ("" clears).')] = None,
    url: Annotated[str | None, typer.Option(help='New URL ("" clears).')] = None,
    said_on: Annotated[str | None, typer.Option(help='New date said ("" clears).')] = None,
    reported_on: Annotated[str | None, typer.Option(help="New publication date.")] = None,
    as_of: Annotated[str | None, typer.Option(help='New as-of date ("" clears).')] = None,
    low: Annotated[float | None, typer.Option(help="New explicit lower bound.")] = None,
    high: Annotated[float | None, typer.Option(help="New explicit upper bound.")] = None,
    unit: Annotated[str | None, typer.Option(help="New unit.")] = None,
    proposition: Annotated[str | None, typer.Option(help="New proposition.")] = None,
    stance: Annotated[
        Literal["affirms", "denies"] | None,
        typer.Option(help="affirms or denies."),
    ] = None,
    note: Annotated[str | None, typer.Option(help='New note ("" clears).')] = None,
    relays: Annotated[
        str | None, typer.Option(help='Id of the claim this one passes on ("" clears).')
    ] = None,
    reason: Annotated[str | None, typer.Option(help="Why (kept in history).")] = None,
    new: NewOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Change fields of a claim; the previous version is kept in its history.

    Takes the field flags of `add`. Changing --figure (or --value) re-reads low, high, unit
    and hedge from it unless you give them. A new name close to an existing one is refused
    with "did you mean"; --new confirms it.

    Example: claimtrack edit raqqa-convoy-7f3a --said-on 2017-10-14 --reason "dated"
    """
    from claimtrack import render
    from claimtrack.models import apply_edit

    if affirms and denies:
        raise InputError("give either --affirms or --denies, not both")
    side = affirms or denies
    if side and (proposition or stance):
        raise InputError("--affirms/--denies already set --proposition and --stance")
    if side:
        proposition, stance = side, "affirms" if affirms else "denies"
    changes = {
        k: v
        for k, v in {
            "subject": subject,
            "claimant": claimant,
            "speaker": speaker,
            "outlet": outlet,
            "url": url,
            "said_on": said_on,
            "reported_on": reported_on,
            "quote": quote,
            "measure": measure,
            "value": figure,
            "low": low,
            "high": high,
            "unit": unit,
            "as_of": as_of,
            "proposition": proposition,
            "stance": stance,
            "note": note,
            "relays": relays,
        }.items()
        if v is not None
    }
    if not changes:
        raise InputError("nothing to change", hint="give at least one --FIELD VALUE")
    store = _state(ctx).store()
    if relays:
        changes["relays"] = store.resolve_id(relays)  # the relayed claim must exist
    current = store.get(store.resolve_id(claim_id))
    claim = apply_edit(current, changes)
    checked = tuple(f for f in ("subject", "measure", "proposition", "claimant") if f in changes)
    if checked and not new:
        _guard(store, [claim.record()], new=False, fields=checked)
    _warn_future(claim)
    record = store.replace(claim, action="edit", reason=reason)
    if as_json:
        _emit_json(record)
        return
    render.message(f"Edited {record['id']}.")
    render.claim_detail(record)


@app.command()
def retract(
    ctx: typer.Context,
    claim_id: Annotated[str, typer.Argument(metavar="ID", help="Claim id or a unique prefix.")],
    reason: Annotated[str | None, typer.Option(help="Why (kept in history).")] = None,
    purge: Annotated[
        bool,
        typer.Option("--purge", help="Delete the claim and its history for good (no undo)."),
    ] = False,
    undo: Annotated[
        bool, typer.Option("--undo", help="Make a retracted claim active again.")
    ] = False,
) -> None:
    """Retract a claim (kept, with history, but ignored by conflicts).

    Example: claimtrack retract raqqa-convoy-7f3a2c91b0 --reason "misattributed"
    """
    from claimtrack import render

    store = _state(ctx).store()
    if purge and undo:
        raise InputError("--purge and --undo cannot be combined")
    claim_id = store.resolve_id(claim_id)
    if purge:
        store.purge(claim_id)
        render.message(f"Purged {claim_id}: the claim and its history are deleted.")
        return
    record = store.set_status(claim_id, "active" if undo else "retracted", reason)
    render.message(f"{'Restored' if undo else 'Retracted'} {record['id']}.")


@app.command()
def history(
    ctx: typer.Context,
    claim_id: Annotated[str, typer.Argument(metavar="ID", help="Claim id or a unique prefix.")],
    as_json: JsonOpt = False,
) -> None:
    """Show every earlier version of a claim: edits, retractions, updates.

    Example: claimtrack history raqqa-convoy-7f3a2c91b0
    """
    from claimtrack import render

    store = _state(ctx).store()
    claim_id = store.resolve_id(claim_id)
    versions = store.history(claim_id)
    current = store.get(claim_id)
    if as_json:
        _emit_json({"id": claim_id, "current": current, "history": versions})
        return
    render.history(current, versions)


@app.command("import")
def import_(
    ctx: typer.Context,
    file: Annotated[str, typer.Argument(metavar="FILE", help="JSONL file, or - for stdin.")],
    skip_invalid: Annotated[
        bool,
        typer.Option("--skip-invalid", help="Import the good lines; write bad ones to a file."),
    ] = False,
    rejects: Annotated[
        Path | None,
        typer.Option(help="Where --skip-invalid writes bad lines (default FILE.rejects.jsonl)."),
    ] = None,
    update: Annotated[
        bool, typer.Option("--update", help="Replace claims whose id exists with other content.")
    ] = False,
    decimal_comma: DecimalCommaOpt = False,
    fmt: Annotated[
        Literal["jsonl", "csv"] | None,
        typer.Option("--format", "-f", help="jsonl or csv (default: from the file name)."),
    ] = None,
    from_extract: Annotated[
        bool,
        typer.Option("--from-extract", help="FILE is `extract` output: drop its extract objects."),
    ] = False,
    new: NewOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Import claims from JSONL or CSV: all lines or none (unless --skip-invalid).

    A CSV file has record field names as its header (template: claimtrack export --format csv
    --template). Names new to the database that are close to existing ones (or to each other)
    are reported line by line and nothing is imported, unless --new.

    Example: claimtrack import claims.jsonl
    """
    from datetime import date

    from claimtrack import render
    from claimtrack.records import DATE_INDEX

    name = "<stdin>" if file == "-" else file
    csv_input = fmt == "csv" or (fmt is None and file.lower().endswith(".csv"))
    if csv_input:
        from claimtrack.csvread import read_csv_rows as read_rows
    else:
        from claimtrack.jsonl import read_rows
    store = _state(ctx).store()
    warnings: list[str] = []
    if from_extract:  # candidates: the same lines, without their `extract` objects
        import shutil
        import tempfile

        from claimtrack.articles import strip_extract

        if csv_input:
            raise InputError("--from-extract reads the JSONL that `claimtrack extract` writes")
        tmp = Path(tempfile.mkdtemp(prefix="claimtrack-")) / "candidates.jsonl"
        ctx.call_on_close(lambda: shutil.rmtree(tmp.parent, ignore_errors=True))
        strip_extract(file, tmp)
        original, file = file, str(tmp)

    today = date.today().isoformat()

    def items() -> Any:
        for item in read_rows(file, decimal_comma=decimal_comma):
            row = item[2]
            if isinstance(row, tuple) and not hasattr(row, "_fields"):
                for f, i in DATE_INDEX:
                    if row[i] is not None and row[i] > today:  # ISO dates compare as strings
                        warnings.append(f"{name}:{item[0]}: {f} {row[i]} is in the future")
            yield item

    with render.progress_for(file) as tracked:
        try:
            result = store.import_claims(
                tracked(items()), update=update, skip_invalid=skip_invalid, check_names=not new
            )
        except ClaimtrackError as e:
            e.details = [f"{name}:{d}" for d in e.details]
            raise
    for w in warnings[:20]:
        messages.warning(w)
    if len(warnings) > 20:
        messages.warning(f"... and {len(warnings) - 20} more future dates")
    rejects_path = None
    if result.rejected:
        from claimtrack.exports import write_rejects

        ext = "csv" if csv_input else "jsonl"
        base = original if from_extract else file
        rejects_path = rejects or Path(
            f"{base}.rejects.{ext}" if base != "-" else f"claimtrack-rejects.{ext}"
        )
        header = None
        if csv_input:
            from claimtrack.csvread import header_line

            header = header_line(file)
        write_rejects(result.rejected, rejects_path, header=header)
        for line, _, problem in result.rejected[:20]:
            messages.say(f"skipped {name}:{line}: {problem}")
    summary = {
        "file": name,
        "read": result.read,
        "added": result.added,
        "unchanged": result.unchanged,
        "updated": result.updated,
        "registry": result.registry,
        "rejected": len(result.rejected),
        "rejects_file": str(rejects_path) if rejects_path else None,
    }
    if as_json:
        _emit_json(summary)
    else:
        render.import_summary(summary)


BomOpt = Annotated[
    bool | None,
    typer.Option(
        "--bom/--no-bom",
        help="Start the CSV with a UTF-8 byte-order mark (default: only when writing a file).",
    ),
]


@app.command()
def export(
    ctx: typer.Context,
    subject: Annotated[str | None, typer.Argument(help="Only this subject.")] = None,
    fmt: Annotated[
        Literal["jsonl", "json", "csv", "claimreview"],
        typer.Option("--format", "-f", help="jsonl, json, csv or claimreview."),
    ] = "jsonl",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write (default stdout).")
    ] = None,
    template: Annotated[
        bool,
        typer.Option("--template", help="With --format csv: an empty sheet to fill and import."),
    ] = False,
    with_history: Annotated[
        bool,
        typer.Option(
            "--with-history", help="With --format jsonl: also every claim's earlier versions."
        ),
    ] = False,
    split: Annotated[
        Path | None,
        typer.Option(
            "--split",
            metavar="DIR",
            help="With --format claimreview: one file per review (CLAIM-ID.json) in DIR.",
            file_okay=False,
        ),
    ] = None,
    bom: BomOpt = None,
) -> None:
    """Export claims (all of them, or one subject's) for other tools.

    JSONL starts with the registry records (claimant kinds, aliases, measures, sums), then
    the claims, then each claim's reviews (and, with --with-history, its earlier versions):
    import into an empty database restores all of it exactly. CSV and JSON carry claims only.
    For a consistent copy of the whole database use `claimtrack backup`.

    Example: claimtrack export raqqa-convoy --format csv -o raqqa.csv
    """
    from claimtrack import exports, render
    from claimtrack.models import slug_option

    if with_history and fmt != "jsonl":
        raise InputError("--with-history goes with --format jsonl")
    if split is not None and (fmt != "claimreview" or output is not None):
        raise InputError("--split DIR goes with --format claimreview (and no -o)")
    if bom is not None and fmt != "csv":
        raise InputError("--bom/--no-bom go with --format csv")
    if template:
        if fmt != "csv" or subject is not None:
            raise InputError("--template goes with --format csv and no SUBJECT")
        from claimtrack.csvread import template_rows

        with_bom = exports.wants_bom(output, bom)
        exports.write_output(output, lambda fh: exports.write_rows(template_rows(), fh, with_bom))
        if not exports.is_stdout(output):
            render.message(f"Wrote {output}")
        return
    store = _state(ctx).store()
    subject = slug_option(subject, "subject")
    if subject is not None:
        _require_subject(store, subject)
    if fmt == "claimreview":
        docs, problems = exports.claimreview(store.reviewed(subject), store.author_of())
        for p in problems:
            render.warning(p)
        if split is not None:
            written = exports.write_claimreview_split(docs, split)
            render.message(f"Wrote {len(written)} ClaimReview file(s) to {split}")
            return
        exports.write_output(
            output, lambda fh: exports.write_script_safe_json([d for _, d in docs], fh)
        )
        if not exports.is_stdout(output):
            render.message(f"Wrote {output}")
        return

    def records() -> Any:
        if fmt == "jsonl":
            yield from store.registry_records(subject)
        yield from store.claims(subject, include_retracted=True)
        if fmt == "jsonl":
            skip = () if with_history else ("version",)
            yield from store.registry_records(subject, after_claims=True, skip=skip)

    if fmt == "csv":
        with_bom = exports.wants_bom(output, bom)
        exports.write_output(output, lambda fh: exports.write_csv(records(), fh, with_bom))
    else:
        write = exports.write_jsonl if fmt == "jsonl" else exports.write_json_array
        exports.write_output(output, lambda fh: write(records(), fh))
    if not exports.is_stdout(output):
        render.message(f"Wrote {output}")


def _claimant_hint(store: "Store", text: str, subject: str | None) -> str:
    import difflib

    names = [r["claimant"] for r in store.claimants(subject)]
    for r in store.claimants(subject):
        names += r["aliases"]
    near = difflib.get_close_matches(text, names, n=3, cutoff=0.5)
    if not near:
        folded = {n.casefold(): n for n in names}
        near = [folded[n] for n in difflib.get_close_matches(text.casefold(), folded, 3, 0.5)]
    if near:
        return "did you mean: " + "; ".join(near)
    return "see `claimtrack claimants" + (f" {subject}`" if subject else "`")


def _require_subject(store: "Store", subject: str) -> None:
    if store.has_subject(subject):
        return
    import difflib

    known = store.subject_names()
    near = difflib.get_close_matches(subject, known, n=3, cutoff=0.4)
    hint = (
        f"did you mean: {', '.join(near)}"
        if near
        else ("known subjects: " + ", ".join(known[:10]) if known else "the database is empty")
    )
    raise NotFoundError(f"no claims on subject {subject!r}", hint=hint)


def _records_with_relayed(store: "Store", ids: set[str]) -> dict[str, dict[str, Any]]:
    """The records of ``ids``, and of the claims they relay (whose claimant is shown)."""
    records = {r["id"]: r for r in store.claims(ids=ids)}
    relayed = {r["relays"] for r in records.values() if r.get("relays")} - records.keys()
    if relayed:
        records.update((r["id"], r) for r in store.claims(ids=relayed))
    return records


@app.command()
def conflicts(
    ctx: typer.Context,
    subject: Annotated[str | None, typer.Argument(help="Subject to check.")] = None,
    all_subjects: Annotated[bool, typer.Option("--all", help="Check every subject.")] = False,
    csv_file: Annotated[
        Path | None, typer.Option("--csv", help="Write the fact-check sheet (CSV) here.")
    ] = None,
    min_gap: MinGapOpt = 1.1,
    fail_on_conflict: Annotated[
        bool, typer.Option("--fail-on-conflict", help="Exit 3 when any conflict is found.")
    ] = False,
    bom: BomOpt = None,
    as_json: JsonOpt = False,
    full: Annotated[
        bool,
        typer.Option(
            "--full",
            help="List every claim of every position, and each reversal as a table "
            "(default: the first claims of each position, with counts; a reversal per line).",
        ),
    ] = False,
) -> None:
    """Lay out where sources disagree: figures, revisions, sums, stances and reversals.

    Example: claimtrack conflicts raqqa-convoy
    """
    # Only what this path uses: `--json` loads neither rich (render) nor pydantic (models).
    from claimtrack.conflicts import analyse
    from claimtrack.slugs import slug_option

    store = _state(ctx).store()
    subject = slug_option(subject, "subject")
    if all_subjects == (subject is not None):
        raise InputError("give a SUBJECT or --all (not both)", hint="claimtrack subjects")
    if bom is not None and csv_file is None:
        raise InputError("--bom/--no-bom go with --csv FILE")
    rules = store.rules(subject)
    no_rules: tuple[set[str], list[Any]] = (set(), [])

    def check(name: str, facts: list[Any]) -> Any:
        cumulative, sums = rules.get(name, no_rules)
        return analyse(facts, min_gap=min_gap, cumulative=cumulative, sums=sums)

    if subject is None and as_json and csv_file is None:
        from claimtrack.fanout import all_json

        _, found = all_json(store, check, sys.stdout)  # on two cores when the table is big
        if fail_on_conflict and found:
            raise typer.Exit(EXIT_CONFLICT)
        return
    if subject is not None:
        _require_subject(store, subject)
        reports: Iterable[tuple[str, Any]] = [(subject, check(subject, store.facts(subject)))]
    else:
        reports = ((s, check(s, facts)) for s, facts in store.facts_by_subject())
    found, checked, rows = _write_conflicts(
        store, reports, subject is None, csv_file, bom, as_json, full
    )
    if csv_file is not None and str(csv_file) != "-":
        messages.say(f"Wrote {csv_file} ({rows} rows)")
    if subject is None and not found and not as_json:
        from claimtrack import render

        render.message(f"No conflicts in any of {checked} subject(s).")
    if fail_on_conflict and found:
        raise typer.Exit(EXIT_CONFLICT)


def _write_conflicts(
    store: "Store",
    reports: Iterable[tuple[str, Any]],
    every: bool,
    csv_file: Path | None,
    bom: bool | None,
    as_json: bool,
    full: bool,
) -> tuple[bool, int, int]:
    """Hand each subject's report to JSON, the text renderer and the CSV sheet (``every``:
    only subjects with a conflict); return (any conflict, subjects checked, sheet rows)."""
    from claimtrack.conflicts import finding_ids, report_to_json

    with ExitStack() as stack:
        add_row = None
        if csv_file is not None:
            from claimtrack.exports import conflict_rows, output_file, sheet_writer, wants_bom

            with_bom = wants_bom(csv_file, bom)
            add_row = sheet_writer(stack.enter_context(output_file(csv_file)), with_bom)
        stream = None
        if as_json and every:
            from claimtrack.exports import JsonArrayStream

            stream = JsonArrayStream(sys.stdout, "subjects")
        found, checked, rows = False, 0, 0
        for name, report in reports:
            checked += 1
            found = found or bool(report.conflicts)
            if every and not report.conflicts:
                continue
            if as_json:
                data = report_to_json(name, report)
                stream.add(data) if stream is not None else _emit_json(data)
                if add_row is None:
                    continue
            # The sheet lists every claim; bounded text needs only the claims it shows.
            if add_row is not None:
                records = {r["id"]: r for r in store.claims(ids=finding_ids(report))}
            if not as_json:
                from claimtrack import render

                limit = None if full else render.POSITION_CLAIMS
                if add_row is None:
                    records = _records_with_relayed(store, render.shown_ids(report, limit))
                render.conflicts_report(name, report, records, limit)
            if add_row is not None:
                for row in conflict_rows(report, records, store.verdicts(records)):
                    add_row(row)
                    rows += 1
        if stream is not None:
            stream.close(checked=checked)
    return found, checked, rows


@app.command()
def measure(
    ctx: typer.Context,
    subject: Annotated[str, typer.Argument(help="Story slug, e.g. derna-floods.")],
    measure_name: Annotated[str, typer.Argument(metavar="MEASURE", help="Measure slug.")],
    cumulative: Annotated[
        bool | None,
        typer.Option(
            "--cumulative/--not-cumulative",
            help="Mark (or unmark) a measure whose true value can only grow, e.g. a death toll.",
        ),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Show a measure (dimension, cumulative, claims, sums), or mark it cumulative.

    For a cumulative measure a later figure wholly below an earlier one is a revision.

    Example: claimtrack measure derna-floods deaths --cumulative
    """
    from claimtrack import render
    from claimtrack.models import slug_option

    store = _state(ctx).store()
    subject = slug_option(subject, "subject") or ""
    name = slug_option(measure_name, "MEASURE") or ""
    _require_subject(store, subject)
    _require_measure(store, subject, name)
    if cumulative is not None:
        store.set_cumulative(subject, name, cumulative)
    info = store.measure(subject, name)
    if as_json:
        _emit_json(info)
        return
    render.measure_info(info, changed=cumulative is not None)


@app.command()
def relate(
    ctx: typer.Context,
    subject: Annotated[str, typer.Argument(help="Story slug, e.g. raqqa-convoy.")],
    total: Annotated[str, typer.Argument(metavar="TOTAL", help="The measure that is a sum.")],
    sum_of: Annotated[
        list[str] | None,
        typer.Option("--sum-of", metavar="PART", help="A part of the total (give two or more)."),
    ] = None,
    remove: Annotated[bool, typer.Option("--remove", help="Drop the relation.")] = False,
) -> None:
    """Record that one measure is the sum of others, so implied totals are checked.

    Example: claimtrack relate raqqa-convoy people-evacuated-in-convoy
    --sum-of isis-fighters-evacuated --sum-of isis-family-members-evacuated
    """
    from claimtrack import render
    from claimtrack.models import slug_option

    store = _state(ctx).store()
    subject = slug_option(subject, "subject") or ""
    total = slug_option(total, "TOTAL") or ""
    _require_subject(store, subject)
    if remove:
        if sum_of:
            raise InputError("--remove takes no --sum-of")
        if not store.unrelate(subject, total):
            raise NotFoundError(f"{total} is not recorded as a sum in {subject}")
        render.message(f"{total} is no longer a sum in {subject}.")
        return
    parts = [slug_option(p, "--sum-of") or "" for p in sum_of or []]
    if len(parts) < 2:
        raise InputError("give at least two --sum-of PART measures (or --remove)")
    if len(set(parts)) != len(parts) or total in parts:
        raise InputError("the total and its parts must all be different measures")
    dims = {}
    for m in (total, *parts):
        _require_measure(store, subject, m)
        dims[m] = store.dimension_of(subject, m)
    from claimtrack.store import dimension_family

    if len({dimension_family(d) for d in dims.values() if d}) > 1:
        shown = ", ".join(f"{m} is {d}" for m, d in dims.items())
        raise InputError(f"a sum adds figures of one dimension: {shown}")
    store.relate(subject, total, parts)
    render.message(f"{total} = {' + '.join(parts)} in {subject}: checked by `conflicts`.")


def _require_measure(store: "Store", subject: str, measure: str) -> None:
    known = store.measure_names(subject)
    if measure in known:
        return
    import difflib

    near = difflib.get_close_matches(measure, known, n=3, cutoff=0.5)
    hint = (
        f"did you mean: {', '.join(near)}"
        if near
        else ("measures: " + ", ".join(known[:10]) if known else "the subject has no figures")
    )
    raise NotFoundError(f"no figures on measure {measure!r} in {subject}", hint=hint)


@app.command()
def figure(
    text: Annotated[str, typer.Argument(help='Figure text, e.g. "around 4,000 people".')],
    as_json: JsonOpt = False,
    decimal_comma: Annotated[
        bool,
        typer.Option(
            "--decimal-comma",
            help='Read a comma as the decimal mark and a dot between thousands ("1.500,5").',
        ),
    ] = False,
) -> None:
    """Show how a figure is read: interval, unit, hedge, rounding and dimension.

    Example: claimtrack figure "around 4,000 people"
    """
    from claimtrack.quantities import FigureError, describe, parse_figure

    try:
        fig = parse_figure(text, decimal_comma=decimal_comma)
    except FigureError as e:
        raise InputError(str(e)) from None
    if as_json:
        import json

        sys.stdout.write(json.dumps(fig.to_json(), ensure_ascii=False) + "\n")
        return
    # Plain text on purpose: this command stays light (no rich import).
    line = describe(
        fig.text,
        fig.low,
        fig.high,
        fig.unit,
        fig.hedge,
        fig.exact,
        fig.rounding,
        fig.dimension,
        fig.base_low,
        fig.base_high,
    )
    typer.echo(clean(line))


@app.command()
def init(
    ctx: typer.Context,
    path: Annotated[
        Path | None,
        typer.Argument(
            help="Database file to create (default: the --db location).", dir_okay=False
        ),
    ] = None,
    empty: Annotated[bool, typer.Option("--empty", help="Create it without the sample.")] = False,
) -> None:
    """Create a database, with the bundled sample unless --empty.

    Example: claimtrack init --empty newsroom.db
    """
    from claimtrack import render
    from claimtrack.errors import DatabaseError
    from claimtrack.store import Store

    target = path or _state(ctx).path()
    if target.exists() and target.stat().st_size > 0:
        raise DatabaseError(f"{target} already exists; not overwriting it")
    store = Store.open(target, seed=None if empty else sample_rows())
    n = store.count()
    store.close()
    render.message(f"Created {target} ({'empty' if empty else f'{n} sample claims'}).")


@app.command()
def search(
    ctx: typer.Context,
    text: Annotated[str, typer.Argument(help="Words to find (SQLite FTS5 syntax allowed).")],
    subject: Annotated[str | None, typer.Option(help="Only this subject.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many results.", min=1)] = 20,
    include_retracted: Annotated[
        bool, typer.Option("--include-retracted", help="Also search retracted claims.")
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Full-text search over quotes, claimants, speakers and notes, best match first.

    Example: claimtrack search "secret deal" --subject raqqa-convoy
    """
    from claimtrack import render
    from claimtrack.models import slug_option

    hits = (
        _state(ctx)
        .store()
        .search(
            text,
            subject=slug_option(subject, "--subject"),
            limit=limit,
            include_retracted=include_retracted,
        )
    )
    if as_json:
        for hit in hits:
            marked = hit.pop("quote_marked")
            hit["highlighted"] = marked.replace(render.MARK_START, "<mark>").replace(
                render.MARK_END, "</mark>"
            )
        _emit_json(hits)
        return
    render.search_results(text, hits)


@app.command()
def review(
    ctx: typer.Context,
    claim_id: Annotated[str, typer.Argument(metavar="ID", help="Claim id or a unique prefix.")],
    rating: Annotated[str, typer.Option(help='Verdict, e.g. "False", "Misleading".')],
    url: Annotated[str | None, typer.Option(help="URL of the published fact-check.")] = None,
    reviewer: Annotated[str | None, typer.Option(help="Organisation that reviewed it.")] = None,
    summary: Annotated[
        str | None,
        typer.Option(help="The claim in a short sentence (ClaimReview's claimReviewed)."),
    ] = None,
    finding: Annotated[
        str | None, typer.Option(help="One-paragraph finding (ClaimReview's reviewBody).")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Attach a fact-check verdict to a claim (kept with history; shown by `show`).

    Without --summary, ClaimReview's claimReviewed is the quote, cut at a word boundary.

    Example: claimtrack review raqqa-convoy-sdf-few-dozen --rating "False"
    --url https://factcheck.example/raqqa --reviewer "Example Fact Check"
    """
    from claimtrack import render

    if not rating.strip():
        raise InputError("--rating must not be empty")
    store = _state(ctx).store()
    claim_id = store.resolve_id(claim_id)
    if url is not None:
        url = _web_url(url, "--url")
    saved = store.add_review(
        claim_id,
        rating=rating,
        url=url,
        reviewer=reviewer or None,
        summary=(summary or "").strip() or None,
        finding=finding or None,
    )
    if as_json:
        _emit_json(saved)
        return
    render.message(f"Reviewed {claim_id}: {saved['rating']}.")


def _web_url(value: str, option: str) -> str:
    """An absolute http(s) URL, or an InputError (``registry.web_url_problem``)."""
    from claimtrack.registry import web_url_problem

    text = value.strip()
    problem = web_url_problem(text)
    if problem:
        raise InputError(f"{option}: {value!r} {problem}, e.g. https://factcheck.example/raqqa")
    return text


# -- sources and extract (issue #14) -------------------------------------------------------


def _source_fields(store: "Store", text: str, **given: str | None) -> dict[str, Any]:
    """outlet, url and reported_on of a stored source (plus its id); a conflicting explicit
    value is refused, naming both."""
    src = store.source(text)
    out: dict[str, Any] = {"source": src["id"]}
    for key in ("outlet", "url", "reported_on"):
        mine, theirs = given.get(key), src.get(key)
        if mine is not None and theirs is not None and mine.strip() != theirs:
            option = "--" + key.replace("_", "-")
            raise InputError(
                f"{option} {mine!r} conflicts with source {src['id']}, whose {key} is {theirs!r}"
            )
        if theirs is not None:
            out[key] = theirs
    return out


source_app = typer.Typer(
    help="Articles claims are read from.\n\nExample: claimtrack source add URL --outlet NAME",
    no_args_is_help=True,
)
app.add_typer(source_app, name="source")


def _new_source(
    store: "Store", url: str | None, outlet: str | None, reported_on: str | None,
    title: str | None, author: str | None,
) -> tuple[dict[str, Any], bool]:  # fmt: skip
    from claimtrack.sources import validate_source

    data = {"url": url, "outlet": outlet, "reported_on": reported_on, "title": title,
            "author": author}  # fmt: skip
    try:
        clean = validate_source({k: v for k, v in data.items() if v is not None})
    except ValueError as e:
        raise InputError(f"invalid source: {e}") from None
    return store.add_source(clean)


@source_app.command("add")
def source_add(
    ctx: typer.Context,
    url: Annotated[str | None, typer.Argument(help="The article's address.")] = None,
    outlet: Annotated[str | None, typer.Option(help="Who published it (required).")] = None,
    reported_on: Annotated[str | None, typer.Option(help="Date published.")] = None,
    title: Annotated[str | None, typer.Option(help="The article's title.")] = None,
    author: Annotated[str | None, typer.Option(help="Its author(s).")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Store an article once and print its source id (the same article: the same id).

    Example: claimtrack source add https://www.jpost.com/... --outlet "The Jerusalem Post"
    --reported-on 2017-11-15
    """
    store = _state(ctx).store()
    record, added = _new_source(store, url, outlet, reported_on, title, author)
    if as_json:
        _emit_json(record)
        return
    typer.echo(record["id"])
    what = "Added source" if added else "Already stored: source"
    messages.say(f"{what} {record['id']} ({record['outlet']}).")


@app.command()
def sources(
    ctx: typer.Context,
    subject: Annotated[
        str | None, typer.Argument(help="Only the sources this subject's claims use.")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """List stored sources with the number of claims that name them.

    Example: claimtrack sources raqqa-convoy
    """
    from claimtrack import render
    from claimtrack.models import slug_option

    store = _state(ctx).store()
    if subject is not None:
        subject = slug_option(subject, "subject") or subject
        _require_subject(store, subject)
    rows = store.sources(subject)
    if as_json:
        _emit_json(rows)
        return
    render.sources_table(rows)


@app.command()
def extract(
    ctx: typer.Context,
    article: Annotated[str, typer.Argument(help="A text or HTML file, or - for stdin.")],
    subject: Annotated[str, typer.Option(help="Story slug the claims belong to.")],
    output: Annotated[
        str, typer.Option("--output", "-o", help="Candidates JSONL file ('-': stdout).")
    ] = "-",
    outlet: Annotated[str | None, typer.Option(help="Who published it.")] = None,
    url: Annotated[str | None, typer.Option(help="The article's address.")] = None,
    reported_on: Annotated[str | None, typer.Option(help="Date published.")] = None,
    source: Annotated[str | None, typer.Option(help="A stored source id (or prefix).")] = None,
    quotes_only: Annotated[
        bool, typer.Option("--quotes-only", help="Leave out figure-only sentences.")
    ] = False,
    review: Annotated[
        bool, typer.Option("--review", help="Walk the candidates and store the accepted ones.")
    ] = False,
) -> None:
    """Propose claim candidates from an article: quotations, reported speech, figures.

    Candidates are JSONL lines: claim fields pre-filled plus an `extract` object; complete
    them (measure or proposition and stance) and `claimtrack import --from-extract FILE`.
    With --review, each candidate is shown and accepted, edited or skipped on the terminal.

    Example: claimtrack extract article.html --subject raqqa-convoy -o candidates.jsonl
    """
    import json

    from claimtrack import extract as engine
    from claimtrack.articles import read_article
    from claimtrack.models import slug_option

    subject = slug_option(subject, "subject") or subject
    store = _state(ctx).store()
    doc = read_article(article)
    src: dict[str, Any] | None = None
    if source is not None:
        src = store.source(source)
        _source_fields(store, source, outlet=outlet, url=url, reported_on=reported_on)
    elif outlet or doc.outlet:
        meta = {"url": url or doc.url, "outlet": outlet or doc.outlet,
                "reported_on": reported_on or doc.published}  # fmt: skip
        if meta["url"] or doc.title:  # one article: store it as a source
            src, _ = _new_source(store, title=doc.title, author=doc.author, **meta)
        else:  # an outlet and a date do not name one article: fill them in, store no source
            src = {k: v for k, v in meta.items() if v}
    elif url or reported_on:
        raise InputError("give --outlet with --url or --reported-on (or --source)")
    prep, candidates = engine.extract(doc.text, quotes_only=quotes_only)
    if prep.repaired:
        messages.say(f"Repaired {prep.repaired} mojibake sequence(s).")
    measures = store.measure_names(subject) if store.has_subject(subject) else []
    records = []
    for c in candidates:
        rec = c.record(subject, source=src)
        if c.figures:
            rec["extract"]["measures"] = measures
        records.append(rec)
    from claimtrack import render
    from claimtrack.exports import is_stdout

    if not review and not is_stdout(output):
        render.candidates_table(records)
    where = f" (source {src['id']})" if src and src.get("id") else ""
    render.message(f"{len(records)} candidate(s) from {article}{where}.")
    if review:
        from claimtrack.review import review_candidates

        review_candidates(store, prep.text, records, guard=_guard)
        return
    from claimtrack.exports import output_file

    with output_file(output) as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


@app.command()
def backup(
    ctx: typer.Context,
    path: Annotated[Path, typer.Argument(help="File to write the copy to.", dir_okay=False)],
    force: Annotated[
        bool, typer.Option("--force", help="Replace PATH if it exists (never the live database).")
    ] = False,
) -> None:
    """Copy the database safely, even while other claimtrack processes write to it.

    Uses SQLite's online backup API: one consistent snapshot, including recent writes still
    in the write-ahead log (`cp` can miss them), checked, and written atomically. This, not
    `cp`, is how to copy a live database.

    Example: claimtrack backup claims-2026-11-21.db
    """
    from claimtrack import render

    state = _state(ctx)
    if not state.path().exists():
        raise NotFoundError(f"database {state.path()} does not exist; nothing to back up")
    counts = state.store().backup(path, force=force)
    render.message(f"Backed up to {path} ({counts['claims']} claims, {counts['reviews']} reviews).")


@app.command("datasette-metadata")
def datasette_metadata(ctx: typer.Context) -> None:
    """Print Datasette metadata JSON for the database: internal tables hidden, claims
    labelled by their quote, a relevance-sorted search and claims with their latest verdict.

    Example: claimtrack datasette-metadata > metadata.json && datasette claims.db -m metadata.json
    """
    from claimtrack.datasette_meta import metadata

    state = _state(ctx)
    store = state.store()
    name = Path(store.path).stem
    _emit_json(metadata(name, store.table_names()))


# -- reports ---------------------------------------------------------------------------------


def _subject_report(store: "Store", subject: str, min_gap: float = 1.1) -> Any:
    """Everything a report shows about one subject (claimtrack.report.SubjectReport)."""
    from functools import cache

    from claimtrack import report as rep
    from claimtrack.conflicts import analyse, claimant_key
    from claimtrack.exports import claimreview

    cumulative, sums = store.rules(subject).get(subject, (set(), []))
    facts = store.facts(subject)
    result = analyse(facts, min_gap=min_gap, cumulative=cumulative, sums=sums)
    reviewed = list(store.reviewed(subject))
    docs, problems = claimreview(reviewed, store.author_of())
    for p in problems:
        messages.warning(p)
    canon = store.canonical()  # alias key -> (canonical key, name)

    @cache
    def display(name: str) -> str:
        return canon.get(claimant_key(name), ("", name))[1]

    return rep.build(
        subject,
        store.claims(subject, include_retracted=True),
        facts,
        result,
        reviewed=reviewed,
        display=display,
        claimreview=[doc for _, doc in docs],
    )


@app.command()
def report(
    ctx: typer.Context,
    subject: Annotated[str | None, typer.Argument(help="Subject to report on.")] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="File to write (default stdout); with --all, a directory."
        ),
    ] = None,
    fmt: Annotated[
        Literal["html", "md"] | None,
        typer.Option("--format", "-f", help="html or md (default: from -o's suffix, else html)."),
    ] = None,
    all_subjects: Annotated[
        bool, typer.Option("--all", help="Every subject, one file each into the -o directory.")
    ] = False,
    min_gap: MinGapOpt = 1.1,
) -> None:
    """Write a subject's report to share: disputes with range charts, every quote, a
    timeline, the claimants, the sources and the verdicts.

    HTML is one self-contained file (no script, nothing fetched: it opens offline and in a
    mail client); Markdown carries the same content as tables and lists, for a wiki or CMS.

    Example: claimtrack report raqqa-convoy -o raqqa.html
    """
    from claimtrack.exports import is_stdout, output_file
    from claimtrack.models import slug_option
    from claimtrack.reportdoc import SUFFIX, render

    store = _state(ctx).store()
    subject = slug_option(subject, "subject")
    if all_subjects == (subject is not None):
        raise InputError("give a SUBJECT or --all (not both)", hint="claimtrack subjects")
    if fmt is None:
        fmt = "md" if output is not None and output.suffix.lower() == ".md" else "html"
    if subject is not None:
        _require_subject(store, subject)
        text = render(_subject_report(store, subject, min_gap), fmt)
        with output_file(output) as fh:
            fh.write(text)
        if not is_stdout(output):
            messages.say(f"Wrote {output}")
        return
    if output is None or is_stdout(output):
        raise InputError("--all writes one file per subject: give -o DIRECTORY")
    if output.exists() and not output.is_dir():
        raise InputError(f"-o {output}: not a directory")
    if not output.parent.is_dir():
        raise InputError(f"-o {output}: directory {output.parent} does not exist")
    output.mkdir(exist_ok=True)
    names = store.subject_names()
    for name in names:
        target = output / f"{name}{SUFFIX[fmt]}"
        text = render(_subject_report(store, name, min_gap), fmt)
        with output_file(target) as fh:
            fh.write(text)
    messages.say(f"Wrote {len(names)} report(s) into {output}")


@app.command()
def timeline(
    ctx: typer.Context,
    subject: Annotated[str, typer.Argument(help="Subject whose statements to list.")],
    as_json: JsonOpt = False,
) -> None:
    """List a subject's statements by date, with each figure's interval.

    The date is when it was said (said_on), else when it was reported (reported_on, marked
    "reported"); undated statements come last. Retracted claims are left out.

    Example: claimtrack timeline raqqa-convoy
    """
    from claimtrack import render
    from claimtrack.models import slug_option
    from claimtrack.report import timeline_json

    store = _state(ctx).store()
    subject = slug_option(subject, "subject") or ""
    _require_subject(store, subject)
    entries = _subject_report(store, subject).timeline
    if as_json:
        _emit_json(timeline_json(entries))
        return
    render.timeline(subject, entries)


def main() -> None:
    """Console-script entry point."""
    app(prog_name="claimtrack")


if __name__ == "__main__":  # pragma: no cover
    main()
