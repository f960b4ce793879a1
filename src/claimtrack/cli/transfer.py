"""Commands that move data in and out: import, export, init, backup, datasette-metadata."""

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

import typer

from claimtrack.cli.core import (
    BomOpt,
    DecimalCommaOpt,
    JsonOpt,
    NewOpt,
    _emit_json,
    _refuse_binary,
    _require_subject,
    _searchable,
    _state,
    app,
    creatable,
    database_file,
    flagged_verdicts,
    output_format,
    sample_rows,
    stale_verdicts,
)
from claimtrack.errors import ClaimtrackError, InputError, NotFoundError
from claimtrack.wording import plural

if TYPE_CHECKING:
    from claimtrack.store import ImportResult, Store


@app.command("import")
def import_(
    ctx: typer.Context,
    file: Annotated[str, typer.Argument(metavar="FILE", help="JSONL or CSV file, or - for stdin.")],
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
    strict: Annotated[
        bool,
        typer.Option(
            "--strict",
            help="A figure not in its quote is a bad line (default: imported, with a warning).",
        ),
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Import claims from JSONL or CSV: all lines or none (unless --skip-invalid).

    A CSV file has record field names as its header (template: claimtrack export --format csv
    --template). Names new to the database that are close to existing ones (or to each other)
    are reported line by line and nothing is imported, unless --new. A figure that is not in
    its quote (and whose note is not marked \\[paraphrase]) is imported with a warning naming
    its line; --strict makes it a bad line. A sign several currencies share ("$", "Rs", "¥",
    "rubles", "£"), read by convention in a story that names another currency of that sign
    (pesos, A$, Pakistan ...), is imported with a warning; the readings are counted by code.

    Example: claimtrack import claims.jsonl
    """
    from claimtrack import render
    from claimtrack.records import FutureDates

    name = "<stdin>" if file == "-" else file
    _refuse_binary(file, "a JSONL or CSV file", importing=True)
    csv_input = fmt == "csv" or (fmt is None and file.lower().endswith((".csv", ".tsv")))
    state = _state(ctx)
    original = file
    if from_extract:  # candidates: the same lines, without their `extract` objects
        if csv_input:
            raise InputError("--from-extract reads the JSONL that `claimtrack extract` writes")
        file = _without_extract(ctx, file)
    future = FutureDates()

    def rows() -> Iterator[Any]:  # opened only once the import reads (in its transaction)
        if csv_input:
            from claimtrack.csvread import read_csv_rows

            yield from read_csv_rows(file, decimal_comma=decimal_comma)
        else:
            from claimtrack.jsonl import read_rows

            yield from read_rows(file, decimal_comma=decimal_comma, today=future.today)

    with render.progress_for(file) as tracked:
        try:
            result = state.import_claims(
                tracked(future.watch(rows())),
                update=update,
                skip_invalid=skip_invalid,
                check_names=not new,
                strict=strict,
            )
        except ClaimtrackError as e:
            e.details = [f"{name}:{d}" for d in e.details]
            raise
    render.future_dates(name, future.found)
    _bounds_of_their_own(state, file, csv_input, result.added + result.updated)
    render.not_in_quote(name, result.not_in_quote.first, result.not_in_quote.count)
    render.bare_dollars(name, result.bare_dollars)
    render.conventional_readings(result.conventional)
    _noted_lines(
        name,
        result.relays,
        len(result.relays),
        "relays conflicts will not follow (each claim is judged "
        "as its own: fix its relays, or import the claim it relays)",
    )
    _noted_lines(
        name,
        result.said_late.first,
        result.said_late.count,
        "claims said after they were reported, stored as "
        "given (correct the dates: claimtrack edit ID --said-on or --reported-on)",
    )
    _noted_lines(
        name,
        result.as_of_late.first,
        result.as_of_late.count,
        "figures as of a moment after their statement, stored as given (each read as a "
        "forecast: claimtrack edit ID --as-of)",
    )
    _noted_lines(
        name,
        result.over_span.first,
        result.over_span.count,
        "figures counted over a span of time, stored on a running count's measure and compared "
        "with none of its counts at their times (each: claimtrack edit ID --as-of the span's "
        "end, or --measure one that names the span)",
    )
    _noted_lines(
        name,
        [
            (
                line,
                cid,
                f"stored {was}, the line says {said}: kept {was} (change it "
                f"with claimtrack retract {cid}{' --undo' if said == 'active' else ''})",
            )
            for line, cid, was, said in result.kept_status
        ],
        len(result.kept_status),
        "claims stored with another status, kept as stored (a status changes by claimtrack "
        "retract)",
    )
    if result.filled:  # as add --source stores them (evidence6)
        from claimtrack import messages
        from claimtrack.wording import plural

        messages.say(
            f"{plural(result.filled, 'claim')} took the outlet, url or date of their source "
            "(the fields their lines left out)"
        )
    if result.linked:  # as add --url links or registers them (evidence19)
        from claimtrack import messages
        from claimtrack.wording import plural

        registered = f", {plural(result.pages, 'new page')} registered" if result.pages else ""
        messages.say(
            f"{plural(result.linked, 'claim')} linked to the source their url names{registered} "
            "(`claimtrack sources` lists them)"
        )
    if result.unlinked:  # kept unlinked, no source's: never linked to a page it contradicts
        _say_unlinked(name, result.unlinked)
    rejects_path = None
    if result.rejected:
        result.rejected = _with_raw_text(result.rejected, file)
        rejects_path = _write_rejects(result.rejected, file, original, rejects, csv_input)
        render.skipped(name, result.rejected)
    summary = {
        "file": name,
        "read": result.read,
        "added": result.added,
        "unchanged": result.unchanged,
        "updated": result.updated,
        "registry": result.registry,
        "rejected": len(result.rejected),
        "rejects_file": str(rejects_path) if rejects_path else None,
        "not_in_quote": result.not_in_quote.count,
        "bare_dollars": len(result.bare_dollars),
        "relays_not_followed": len(result.relays),
        "status_kept": len(result.kept_status),
        "said_after_reported": result.said_late.count,
        "as_of_after_statement": result.as_of_late.count,
        "over_a_span": result.over_span.count,
        "filled_from_source": result.filled,
        "linked_by_url": result.linked,
        "sources_registered_by_url": result.pages,
        "unlinked_by_url": result.unlinked.count,
        "sign_readings": _sign_readings(result),
    }
    if as_json:
        _emit_json(summary)
    else:
        render.import_summary(summary)


_UNLINKED_SHOWN = 5  # the ids the line names; the count says how many more


def _say_unlinked(name: str, unlinked: Any) -> None:
    """One line for the lines whose url names a stored page whose outlet or date they
    contradict (evidence20): how many, their ids (the first few), and what the first
    contradicts. Kept unlinked, no source's; before, they were kept so in silence."""
    from claimtrack import messages
    from claimtrack.wording import plural

    first, n = unlinked.first[:_UNLINKED_SHOWN], unlinked.count
    shown = ", ".join(f"{name}:{line} {cid}" for line, cid, _ in first)
    more = f" and {n - len(first)} more" if n > len(first) else ""
    messages.warning(
        f"{plural(unlinked.count, 'claim')} kept unlinked, no page's: the url of each names a "
        f"stored page it contradicts ({shown}{more}; the first: {unlinked.first[0][2]}); give "
        "the page's outlet and date if it is that page, or its own url if it is another"
    )


def _noted_lines(name: str, first: list[tuple[int, str, str]], count: int, what: str) -> None:
    """Lines an import stored (or kept) but warns about (audit16): ``name:line: id: problem``,
    the first few (of ``first``, the first lines in file order), then how many in all
    (``count``)."""
    from claimtrack import messages
    from claimtrack.render import SKIPPED_SHOWN
    from claimtrack.wording import plural

    for line, claim_id, problem in first[:SKIPPED_SHOWN]:
        messages.warning(f"{name}:{line}: {claim_id}: {problem}")
    if count > SKIPPED_SHOWN:
        messages.say(f"  ... and {count - SKIPPED_SHOWN} more")
    if count:
        messages.warning(f"{what}: {plural(count, 'line')}")


def _bounds_of_their_own(state: Any, file: str, csv_input: bool, stored: int) -> None:
    """An import of figures whose bounds today's rules do not read from their text (an
    export of older rules, bounds given by hand) leaves the database unchecked: `conflicts`
    and `report` say so until `verify --readings` has read them again (they are stored as
    given, never re-read silently). Standard input is not read twice, and not checked."""
    from claimtrack import render

    if not stored or file == "-":
        return
    from claimtrack.rechecks import bounds_of_their_own

    found = bounds_of_their_own(file, csv_input)
    if not found:
        return
    state.store().mark_readings_unchecked()
    what = "1 figure gives" if found == 1 else f"{found} figures give"
    render.message(
        f"note: {what} bounds (low, high) that today's rules do not read from the figure's"
        " text (an export of older rules, or bounds given by hand): stored as given;"
        " `claimtrack verify --readings` lists them"
    )


def _sign_readings(result: "ImportResult") -> dict[str, int]:
    """How many figures the import read by the convention of a shared sign, by the reading's
    code ("$=USD": the sign as read, the currency read), those warned about included."""
    counts: dict[str, int] = {}
    for (code, _, _), n in result.conventional.items():
        counts[code] = counts.get(code, 0) + n
    for _, _, sign in result.bare_dollars:
        counts[sign.code] = counts.get(sign.code, 0) + 1
    return dict(sorted(counts.items()))


def _with_raw_text(rejected: list[Any], file: str) -> list[Any]:
    """Rejected lines with their text: a reader process sends a good row without it, so a
    row rejected later (a duplicate id, a dimension, an unknown source) is read again."""
    missing = [line for line, raw, _ in rejected if raw is None]
    if not missing:
        return rejected
    from claimtrack.jsonl import lines_at

    texts = lines_at(file, missing)
    return [(line, texts.get(line, "") if raw is None else raw, p) for line, raw, p in rejected]


def _without_extract(ctx: typer.Context, file: str) -> str:
    """``extract`` output with its extract objects dropped, in a temporary file removed when
    the command ends; returns that file's name."""
    import shutil
    import tempfile

    from claimtrack.articles import strip_extract

    tmp = Path(tempfile.mkdtemp(prefix="claimtrack-")) / "candidates.jsonl"
    ctx.call_on_close(lambda: shutil.rmtree(tmp.parent, ignore_errors=True))
    strip_extract(file, tmp)
    return str(tmp)


def _write_rejects(
    rejected: list[Any], file: str, original: str, rejects: Path | None, csv_input: bool
) -> Path:
    """Write the lines --skip-invalid left out (CSV keeps the file's header) to --rejects,
    by default beside the file given (``FILE.rejects.jsonl``); returns where."""
    from claimtrack.exports import write_rejects

    ext = "csv" if csv_input else "jsonl"
    path = rejects or Path(
        f"{original}.rejects.{ext}" if original != "-" else f"claimtrack-rejects.{ext}"
    )
    header = None
    if csv_input:
        from claimtrack.csvread import header_line

        header = header_line(file)
    write_rejects(rejected, path, header=header)
    return path


@app.command()
def export(
    ctx: typer.Context,
    subject: Annotated[str | None, typer.Argument(help="Only this subject.")] = None,
    given_format: Annotated[
        Literal["jsonl", "json", "csv", "claimreview", "xlsx"] | None,
        typer.Option(
            "--format",
            "-f",
            help="jsonl, json, csv, claimreview or xlsx (to -o FILE). Default: the one -o's "
            "suffix names (.jsonl, .json, .csv, .xlsx), else jsonl; csv with --template.",
        ),
    ] = None,
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
    without_snapshots: Annotated[
        bool,
        typer.Option(
            "--without-snapshots", help="With --format jsonl: leave out the article snapshots."
        ),
    ] = False,
    bom: BomOpt = None,
    skip_incomplete: Annotated[
        bool,
        typer.Option(
            "--skip-incomplete",
            help="With --format claimreview: leave out incomplete reviews (with a warning) "
            "instead of refusing to export.",
        ),
    ] = False,
) -> None:
    """Export claims (all of them, or one subject's) for other tools.

    JSONL starts with the registry records (claimant kinds and roles, aliases, measures,
    sums, sources and their snapshots), then the claims, then each claim's reviews (and, with
    --with-history, its earlier versions): import into an empty database restores all of it
    exactly (each snapshot checked against its hash). CSV and JSON carry claims only.
    Without --format, -o's suffix says which: .jsonl, .json, .csv or .xlsx.
    For a consistent copy of the whole database use `claimtrack backup`.

    Example: claimtrack export raqqa-convoy --format csv -o raqqa.csv
    """
    from claimtrack import exports, render
    from claimtrack.slugs import slug_option

    fmt = output_format(output, given_format, EXPORT_SUFFIXES, "csv" if template else "jsonl")
    _check_export_options(fmt, subject, template, with_history, split, output, bom)
    if skip_incomplete and fmt != "claimreview":
        raise InputError("--skip-incomplete goes with --format claimreview")
    if without_snapshots and fmt != "jsonl":
        raise InputError("--without-snapshots goes with --format jsonl")
    if template:
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
        _export_claimreview(store, subject, split, output, skip_incomplete)
        return
    if fmt == "xlsx":
        _export_xlsx(store, subject, output)
        return

    def records() -> Any:
        if fmt == "jsonl":
            yield from store.registry_records(
                subject, skip=("snapshot",) if without_snapshots else ()
            )
        yield from store.claims(subject, include_retracted=True)
        if fmt == "jsonl":
            skip = () if with_history else ("version",)
            yield from store.registry_records(subject, after_claims=True, skip=skip)

    if fmt == "csv":
        with_bom = exports.wants_bom(output, bom)
        long = exports.LongCells()
        exports.write_output(output, lambda fh: exports.write_csv(records(), fh, with_bom, long))
        for line in long.warnings("--format xlsx -o FILE.xlsx"):
            render.warning(line)
    else:
        write = exports.write_jsonl if fmt == "jsonl" else exports.write_json_array
        exports.write_output(output, lambda fh: write(records(), fh))
    if not exports.is_stdout(output):
        render.message(f"Wrote {output}")


def _export_xlsx(store: "Store", subject: str | None, output: Path | None) -> None:
    """``export --format xlsx -o FILE``: the workbook of ``conflicts --xlsx`` (disputes at the
    default materiality, claims, reviews) for one subject or every subject."""
    from claimtrack.cli.analysis import _write_xlsx
    from claimtrack.conflicts import analyse
    from claimtrack.exports import is_stdout

    if is_stdout(output):
        raise InputError("--format xlsx writes a file: give -o FILE.xlsx")
    rules = store.rules(subject)
    bodies = store.bodies()

    def reports() -> Iterator[tuple[str, Any]]:
        if subject is not None:
            pairs: Iterable[tuple[str, Any]] = [(subject, store.facts(subject))]
        else:
            pairs = store.facts_by_subject()
        for name, facts in pairs:
            cumulative, sums = rules.get(name, (set(), []))
            yield name, analyse(facts, cumulative=cumulative, sums=sums, bodies=bodies)

    _write_xlsx(store, output, subject, reports())


# export's formats and the suffixes of their files (the first the usual one): an -o FILE
# without --format is written in the format its suffix names
EXPORT_SUFFIXES = {
    "jsonl": (".jsonl", ".ndjson"),
    "json": (".json",),
    "csv": (".csv",),
    "claimreview": (".json",),
    "xlsx": (".xlsx",),
}


def _check_export_options(
    fmt: str,
    subject: str | None,
    template: bool,
    with_history: bool,
    split: Path | None,
    output: Path | None,
    bom: bool | None,
) -> None:
    """Refuse ``export`` options that do not go with the format."""
    if with_history and fmt != "jsonl":
        raise InputError("--with-history goes with --format jsonl")
    if split is not None and (fmt != "claimreview" or output is not None):
        raise InputError("--split DIR goes with --format claimreview (and no -o)")
    if bom is not None and fmt != "csv":
        raise InputError("--bom/--no-bom go with --format csv")
    if template and (fmt != "csv" or subject is not None):
        raise InputError("--template goes with --format csv and no SUBJECT")


def _export_claimreview(
    store: "Store",
    subject: str | None,
    split: Path | None,
    output: Path | None,
    skip_incomplete: bool = False,
) -> None:
    """``export --format claimreview``: one JSON array, or one file per review (--split).
    An incomplete review stops the export (nothing written) unless ``skip_incomplete``."""
    from claimtrack import exports, render

    reviewer = exports.Reviewer.of(store.settings())
    reviewed = list(store.reviewed(subject))
    docs, problems = exports.claimreview(reviewed, store.author_of(), reviewer)
    if problems and not skip_incomplete:
        raise ClaimtrackError(
            f"{plural(len(problems), 'review')} incomplete for ClaimReview; nothing written",
            details=problems,
            hint=f"complete them, or --skip-incomplete to export the other {len(docs)}"
            if docs
            else "complete them: no other review is ready to export",
        )
    for p in problems:
        render.warning(f"left out {p}")
    exported = [(r, v) for r, v in reviewed if r["id"] in {i for i, _ in docs}]
    for line in stale_verdicts(store, exported) + flagged_verdicts(store, exported):
        render.warning(line)
    guessed = store.guessed_authors(r["claimant"] for r, _ in exported)
    if guessed:
        shown = ", ".join(f"{name}: {kind}" for name, kind in list(guessed.items())[:5])
        render.warning(
            f"{plural(len(guessed), 'claimant')} {'is' if len(guessed) == 1 else 'are'} written "
            f"as the claim's author with a guessed type ({shown}"
            f"{', ...' if len(guessed) > 5 else ''}): set it with claimtrack claimant NAME "
            "--kind person or --kind organization"
        )
    unnamed = [i for i, d in docs if "author" not in d]
    if unnamed:
        render.warning(
            f"{plural(len(unnamed), 'ClaimReview')} name no author ({', '.join(unnamed[:5])}"
            f"{', ...' if len(unnamed) > 5 else ''}): give review --reviewer, or set it once "
            'with claimtrack config reviewer.name "..." and reviewer.url URL'
        )
    if split is not None:
        written = exports.write_claimreview_split(docs, split)
        render.message(f"Wrote {plural(len(written), 'ClaimReview file')} to {split}")
        return
    exports.write_output(
        output, lambda fh: exports.write_script_safe_json([d for _, d in docs], fh)
    )
    if not exports.is_stdout(output):
        render.message(f"Wrote {output}")


@app.command()
def init(
    ctx: typer.Context,
    path: Annotated[
        Path | None,
        typer.Argument(help="Database file to create (default: the --db location)."),
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
    database_file(target)
    if target.exists() and target.stat().st_size > 0:
        raise DatabaseError(f"{target} already exists; not overwriting it")
    if path is None:  # the default location: its directory is made, as every command makes it
        target = _state(ctx)._new_path()
    creatable(target)
    store = Store.open(target, seed=None if empty else sample_rows())
    n = store.count()
    store.close()
    render.message(f"Created {target} ({'empty' if empty else f'{n} sample claims'}).")


@app.command()
def backup(
    ctx: typer.Context,
    path: Annotated[Path, typer.Argument(help="File to write the copy to.")],
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
    database_file(path)  # not a directory, nor claims.csv
    counts = state.store().backup(path, force=force)
    n = f"{plural(counts['claims'], 'claim')}, {plural(counts['reviews'], 'review')}"
    render.message(f"Backed up to {path} ({n}).")


@app.command("datasette-metadata")
def datasette_metadata(ctx: typer.Context) -> None:
    """Print Datasette metadata JSON for the database, to browse it with Datasette.

    Internal tables are hidden, claims labelled by their quote, with a relevance-sorted
    search and a query of the claims with their latest verdict.

    Example: claimtrack datasette-metadata > metadata.json && datasette claims.db -m metadata.json
    """
    from claimtrack.datasette_meta import metadata

    state = _state(ctx)
    store = _searchable(state.store())  # its search query reads the full-text index
    name = Path(store.path).stem
    _emit_json(metadata(name, store.table_names()))
