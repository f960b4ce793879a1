"""Commands that analyse: conflicts, figure, report, timeline."""

import sys
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

import typer

from claimtrack import messages
from claimtrack.cli.core import (
    BomOpt,
    JsonOpt,
    MinGapOpt,
    _emit_json,
    _readings_line,
    _readings_notice,
    _require_subject,
    _state,
    app,
    output_format,
    stale_by_claim,
    stale_lines,
)
from claimtrack.errors import EXIT_CONFLICT, InputError, clean
from claimtrack.wording import plural

if TYPE_CHECKING:
    from claimtrack.store import Store


def _records_with_relayed(store: "Store", ids: set[str]) -> dict[str, dict[str, Any]]:
    """The records of ``ids``, and of the claims they relay (whose claimant is shown), each
    figure not in its quote saying so (``Store.with_quote_checks``)."""
    records = {r["id"]: r for r in store.claims(ids=ids)}
    relayed = {r["relays"] for r in records.values() if r.get("relays")} - records.keys()
    if relayed:
        records.update((r["id"], r) for r in store.claims(ids=relayed))
    return store.with_quote_checks(records)


@app.command()
def conflicts(
    ctx: typer.Context,
    subject: Annotated[str | None, typer.Argument(help="Subject to check.")] = None,
    all_subjects: Annotated[bool, typer.Option("--all", help="Check every subject.")] = False,
    csv_file: Annotated[
        Path | None, typer.Option("--csv", help="Write the fact-check sheet (CSV) here.")
    ] = None,
    xlsx_file: Annotated[
        Path | None,
        typer.Option(
            "--xlsx",
            help="Write a workbook here: disputes, claims and reviews, every cell of text a "
            "text cell.",
        ),
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
    from claimtrack.store import paused_gc

    store = _state(ctx).store()
    subject = slug_option(subject, "subject")
    _check_targets(subject, all_subjects, bom, csv_file, xlsx_file)
    # figures logged under older rules, not re-checked: said on stderr, and in the JSON
    readings = _readings_notice(store)
    rules = store.rules(subject)
    no_rules: tuple[set[str], list[Any]] = (set(), [])

    last = _LastFacts()  # the times a cumulative measure's grades read (evidence6)
    bodies = store.bodies()  # a body's voices on both sides of a proposition (evidence12)

    def check(name: str, facts: list[Any]) -> Any:
        cumulative, sums = rules.get(name, no_rules)
        report = analyse(facts, min_gap=min_gap, cumulative=cumulative, sums=sums, bodies=bodies)
        if report.conflicts or report.minor or report.checks:  # what its relays rest on
            # the --all --json fan-out's forked child reads on a connection of its own
            _relayed(store.in_this_process(), origins, name, facts, spoken, report)
            last.keep(name, facts, cumulative)
        return report

    from claimtrack.evidence import NO_ORIGINS, assess

    origins = store.origins(subject)  # what grades the findings (issue #26)
    spoken = _Speakers(store, subject)  # a spokesman logged as a claimant (evidence7)
    compared = _comparisons(store, subject, rules)  # alternatives side by side (issue #26)

    def graded(name: str, report: Any) -> Any:
        return assess(report, origins.get(name, NO_ORIGINS), *last.take(name))

    if subject is None and as_json and csv_file is None and xlsx_file is None:
        from claimtrack.fanout import all_json

        noted = _noted(check, graded, compared, origins)
        # on two cores when it is big; the speakers of every subject read once, before the fork
        _, found = all_json(
            store, noted, sys.stdout, before_fork=spoken.read_all, readings=readings
        )
        if fail_on_conflict and found:
            raise typer.Exit(EXIT_CONFLICT)
        return
    kept: list[tuple[str, Any]] = []
    checked_facts: dict[str, list[Any]] = {}
    with ExitStack() as stack:
        if subject is not None:
            _require_subject(store, subject)
            # One subject's report, made and shown with the cyclic collector paused: its
            # collections walk the facts and findings, all kept until the end, and free next to
            # nothing (big-subject's 10,000 claims, compiled: 20.1 M instructions of 1,556.5 M;
            # docs/performance.md, perf30). Not with --all, whose subjects come one at a time
            # from the whole table.
            stack.enter_context(paused_gc())
            facts = store.facts(subject)
            reports: Iterable[tuple[str, Any]] = [(subject, check(subject, facts))]
            # the hints under its findings read their claims' dates and bounds from these
            # facts, as --all --json does (``_noted``), not from records read again
            checked_facts[subject] = facts
        else:
            reports = ((s, check(s, facts)) for s, facts in store.facts_by_subject())
        if xlsx_file is not None:
            reports = _keeping(reports, kept)
        add_row = None
        # `--csv -` is the sheet on stdout: the report for people is not mixed into it
        quiet = as_json
        if csv_file is not None:
            from claimtrack.exports import (
                LongCells,
                is_stdout,
                output_file,
                sheet_writer,
                wants_bom,
            )

            quiet = quiet or is_stdout(csv_file)
            with_bom = wants_bom(csv_file, bom)
            long = LongCells()
            add_row = sheet_writer(stack.enter_context(output_file(csv_file)), with_bom, long)
        stream = None
        if as_json and subject is None:
            from claimtrack.conflicts import FORMAT_VERSION
            from claimtrack.exports import JsonArrayStream

            head = {"format_version": FORMAT_VERSION}
            stream = JsonArrayStream(sys.stdout, "subjects", head)
        found, checked, rows, quiet_ones = _show_reports(
            store, reports, every=subject is None, as_json=as_json, full=full,
            add_row=add_row, stream=stream, graded=graded, compared=compared, quiet=quiet,
            compared_as_stored=readings, checked_facts=checked_facts,
        )  # fmt: skip
        if stream is not None:
            tail = {"readings": readings} if readings else {}
            stream.close(no_conflicts=quiet_ones, checked=checked, **tail)
    if csv_file is not None:
        _wrote_sheet(csv_file, rows, long)
    if xlsx_file is not None:
        _write_xlsx(store, xlsx_file, subject, kept)
    if subject is None and not found and not as_json:
        from claimtrack import render

        render.message(f"No conflicts in any of {plural(checked, 'subject')}.")
    if fail_on_conflict and found:
        raise typer.Exit(EXIT_CONFLICT)


class _LastFacts:
    """The facts of the subject last checked, when it has measures marked cumulative, for the
    grades of its report, which follow: the bounds of a cumulative measure's dispute read its
    claims' times (evidence6). One subject's at a time (``--all`` keeps no others)."""

    def __init__(self) -> None:
        self.name: str | None = None
        self.facts: list[Any] = []
        self.cumulative: Collection[str] = ()

    def keep(self, name: str, facts: list[Any], cumulative: Collection[str]) -> None:
        if cumulative:
            self.name, self.facts, self.cumulative = name, facts, cumulative

    def take(self, name: str) -> tuple[list[Any], Collection[str]]:
        """(facts, cumulative measures) of ``name`` if kept, else nothing."""
        if self.name != name:
            return [], ()
        found = self.facts, self.cumulative
        self.name, self.facts, self.cumulative = None, [], ()
        return found


def _relayed(
    store: "Store",
    origins: dict[str, Any],
    name: str,
    facts: list[Any],
    spoken: "_Speakers",
    report: Any,
) -> None:
    """Add to ``origins`` what the relays among a subject's ``facts`` rest on (a relay the
    engine judges as its own claim adds no origin: evidence5), when any claim relays, and the
    speakers of its claims who are its claimants too (``spoken``, asked only where a speaker
    could change a grade of ``report``: a spokesman is his body, evidence7)."""
    from claimtrack.evidence import (
        NO_ORIGINS,
        speakers_may_join,
        with_citing,
        with_relays,
        with_same_words,
        with_speakers,
    )

    def lookup(claim_id: str) -> tuple[str, str] | None:
        from claimtrack.errors import NotFoundError

        try:
            rec = store.get(claim_id)
        except NotFoundError:
            return None
        return str(rec["claimant"]), str(rec.get("status", "active"))

    now = origins.get(name, NO_ORIGINS)
    new = with_citing(with_relays(now, facts, lookup), facts)
    new = with_same_words(new, report, facts, store.quotes_of)  # (evidence20)
    if speakers_may_join(report, new):
        new = with_speakers(new, facts, spoken.of(name))
    if new is not now:
        origins[name] = new


class _Speakers:
    """``Store.speakers`` of one subject or of all, read at the first subject that asks (one
    whose findings a speaker could change: ``evidence.speakers_may_join``), or by
    :meth:`read_all` before the --all fan-out forks."""

    def __init__(self, store: "Store", subject: str | None) -> None:
        self.store, self.subject = store, subject
        self.read: dict[str, list[tuple[str, str]]] | None = None

    def of(self, name: str) -> list[tuple[str, str]]:
        return self.read_all().get(name, [])

    def read_all(self) -> dict[str, list[tuple[str, str]]]:
        """Every subject's (or the one subject's) speakers, read the first time only. The
        --all fan-out reads them before it forks, so that its two processes do not each read
        the whole database's (a walk of every claim that gives a speaker, with a Python call
        per speaker: 0.07 s at 200,000 claims; docs/performance.md, round 20)."""
        if self.read is None:
            self.read = self.store.speakers(self.subject)
        return self.read


def _wrote_sheet(csv_file: Path, rows: int, long: Any) -> None:
    """After ``conflicts --csv``: the cells too long for a spreadsheet (``exports.LongCells``),
    then what was written (to a file)."""
    for line in long.warnings("--xlsx FILE.xlsx"):
        messages.warning(line)
    if str(csv_file) != "-":
        messages.say(f"Wrote {csv_file} ({rows} rows)")


def _keeping(reports: Iterable[Any], kept: list[Any]) -> Iterator[Any]:
    for item in reports:
        kept.append(item)
        yield item


def _write_xlsx(
    store: "Store", path: Path | None, subject: str | None, reports: Iterable[tuple[str, Any]]
) -> None:
    """The workbook of ``conflicts --xlsx`` and ``export --format xlsx``: disputes (from
    ``reports``), claims and reviews (of ``subject``, else of every subject)."""
    from claimtrack.conflicts import finding_ids
    from claimtrack.evidence import NO_ORIGINS, assess
    from claimtrack.exports import CSV_COLUMNS, SHEET_COLUMNS, sheet_rows
    from claimtrack.registry import REVIEW_FIELDS
    from claimtrack.xlsx import Sheet, write_workbook

    origins = store.origins(subject)  # the sheet's grades and definitions, as in the CSV
    spoken = _Speakers(store, subject)
    definitions = store.definitions_by_subject(subject)
    readings = _sheet_readings(store)
    withdrawn = store.withdrawn(subject)  # their rows, as in the CSV (outputs19)

    def disputes() -> Iterator[dict[str, Any]]:
        for name, report in reports:
            records = _records_with_relayed(store, finding_ids(report))
            _relayed(store, origins, name, store.facts(name), spoken, report)
            grades = assess(report, origins.get(name, NO_ORIGINS))
            verdicts = store.verdicts(records)
            defined = definitions.get(name)
            stale = stale_by_claim(store, records, verdicts)
            yield from sheet_rows(
                name, withdrawn.get(name, ()),
                report, records, verdicts, grades, defined, name, readings, stale,
            )  # fmt: skip

    columns = ("subject", *(c for c in SHEET_COLUMNS if c != "subject"))
    sheets = [
        Sheet("disputes", columns, disputes(),
              frozenset({"position", "low", "high"}), id_column="claim_id"),
        Sheet("claims", CSV_COLUMNS, store.claims(subject, include_retracted=True),
              frozenset({"low", "high"})),
        Sheet("reviews", ("claim_id", *REVIEW_FIELDS), store.review_records(subject),
              id_column="claim_id"),
    ]  # fmt: skip
    write_workbook(path, sheets)
    for sheet in sheets:
        for row_id, column, length in sheet.cut:
            messages.warning(
                f"{row_id}: its {column} ({length:,} characters) is longer than a spreadsheet "
                f"cell holds; cut in sheet {sheet.name} with a marker"
            )
    messages.say(f"Wrote {path}")


def _show_reports(
    store: "Store",
    reports: Iterable[tuple[str, Any]],
    *,
    every: bool,
    as_json: bool,
    full: bool,
    add_row: Callable[[dict[str, Any]], None] | None,
    stream: Any,
    graded: Callable[[str, Any], Any],
    compared: "_Compared",
    quiet: bool = False,
    compared_as_stored: dict[str, Any] | None = None,
    checked_facts: dict[str, list[Any]] | None = None,
) -> tuple[bool, int, int, list[dict[str, Any]]]:
    """Hand each subject's report (with its grades: ``graded(name, report)``) to the JSON
    stream (or stdout), the screen and the sheet; with ``every`` (--all) subjects without
    conflicts are left out; ``quiet`` prints nothing for people (the JSON, or the sheet on
    stdout, is the output); ``compared_as_stored`` (``readings_state``) ends one subject's
    JSON; ``checked_facts``: the facts a subject was checked on, where kept, which its hints
    read (else they read its claims' records).
    Returns (any conflict found, subjects checked, sheet rows written, the subjects left
    out: ``hints.no_conflict``, listed after the others)."""
    from claimtrack.conflicts import FORMAT_VERSION, finding_ids, report_to_json
    from claimtrack.evidence import decorate
    from claimtrack.hints import no_conflict

    found, checked, rows = False, 0, 0
    quiet_ones: list[dict[str, Any]] = []
    readings = _sheet_readings(store) if add_row is not None else None
    for name, report in reports:
        checked += 1
        found = found or bool(report.conflicts)
        if every and not report.conflicts and not compared.shows(name):
            # nothing to show (a comparison of alternative measures is shown), but listed
            # after the others: checked, no conflict, what `conflicts SUBJECT` gives of it
            quiet_ones.append(no_conflict(name, report))
            continue
        grades = graded(name, report)
        if stream is not None or as_json:
            said = _finding_hints(store, report, (checked_facts or {}).get(name))
        if stream is not None:
            stream.add(decorate(report_to_json(name, report, said), grades) | compared.json(name))
        elif as_json:
            versioned = {"format_version": FORMAT_VERSION} | report_to_json(name, report, said)
            tail = {"readings": compared_as_stored} if compared_as_stored else {}
            _emit_json(decorate(versioned, grades) | compared.json(name) | tail)
        if as_json and add_row is None:
            continue
        # The sheet lists every claim; bounded text needs only the claims it shows.
        if add_row is not None:
            records = store.with_quote_checks(
                {r["id"]: r for r in store.claims(ids=finding_ids(report))}
            )
        if not quiet:
            from claimtrack import render_conflicts as render

            limit = None if full else render.POSITION_CLAIMS
            if add_row is None:
                records = _records_with_relayed(store, render.shown_ids(report, limit))
            render.conflicts_report(
                name, report, records, limit, grades,
                compared.definitions.get(name, {}), compared.of(name),
                compared.withdrawn.get(name),
            )  # fmt: skip
        if add_row is not None:
            from claimtrack.exports import sheet_rows

            defined = compared.definitions.get(name)
            verdicts = store.verdicts(records)
            stale = stale_by_claim(store, records, verdicts)
            rows_of = sheet_rows(
                name, compared.withdrawn.get(name, ()),
                report, records, verdicts, grades, defined, name, readings, stale,
            )  # fmt: skip
            for row in rows_of:
                add_row(row)
                rows += 1
    if quiet_ones and not quiet:
        from claimtrack import render_conflicts as render

        render.no_conflicts(quiet_ones)
    return found, checked, rows, quiet_ones


def _finding_hints(
    store: "Store", report: Any, facts: list[Any] | None = None
) -> list[dict[str, Any]]:
    """The JSON of the hints said under ``report``'s findings (``hints.json_finding_hints``),
    from the facts the report was made of (their dates and bounds: ``hints.dated``, as the
    --all --json fan-out reads them), else from the records of the claims they read."""
    from claimtrack.hints import HINT_FIELDS, dated, hint_claims, json_finding_hints

    ids = hint_claims(report)
    if not ids:
        return []
    if facts is not None:
        # big-subject's 2,605 claims: a walk of its facts in place of a query of their
        # records by id (116 M instructions, compiled; docs/performance.md, perf34)
        return json_finding_hints(report, dated(facts, ids))
    # only the fields the hints read (HINT_FIELDS), not whole records of every claim disputed
    # (big-subject's 2,198: 76.4 M instructions of 1,632.9 M, compiled; perf30)
    records = store.claims(ids=ids, fields=HINT_FIELDS)
    return json_finding_hints(report, {r["id"]: r for r in records})


def _sheet_readings(store: "Store") -> str | None:
    """``_readings_line`` as the report's notes and the sheet's caveat of each figure say it
    (a sentence, no command marks)."""
    line = _readings_line(store)
    return None if line is None else f"{line[0].upper()}{line[1:]}".replace("`", "")


def _one_or_all(subject: str | None, all_subjects: bool) -> None:
    """One SUBJECT or --all: neither is refused with the subjects to choose from, both as such."""
    if subject is not None and all_subjects:
        raise InputError("give a SUBJECT or --all, not both")
    if subject is None and not all_subjects:
        raise InputError(
            "give a SUBJECT (or --all for every subject)", hint="list them: claimtrack subjects"
        )


def _check_targets(
    subject: str | None,
    all_subjects: bool,
    bom: bool | None,
    csv_file: Path | None,
    xlsx_file: Path | None = None,
) -> None:
    """`conflicts` checks one SUBJECT or --all, --bom goes with --csv, and a sheet's file is
    not named for another format (--csv sheet.xlsx wrote CSV into a workbook's name)."""
    _one_or_all(subject, all_subjects)
    output_format(csv_file, None, {"csv": (".csv",)}, "csv")
    output_format(xlsx_file, None, {"xlsx": (".xlsx",)}, "xlsx")
    if bom is not None and csv_file is None:
        raise InputError("--bom/--no-bom go with --csv FILE")


def _noted(
    check: Callable[[str, list[Any]], Any],
    graded: Callable[[str, Any], Any],
    compared: "_Compared",
    origins: dict[str, Any],
) -> Callable[[str, list[Any]], Any]:
    """``check`` for the --all --json fan-out: a subject with conflicts comes with the notes
    that put its grades, comparisons and definitions into its JSON line."""
    from claimtrack.evidence import notes, plain_notes, roles_only
    from claimtrack.hints import dated, hint_claims, json_finding_hints

    def check_noted(name: str, facts: list[Any]) -> Any:
        report = check(name, facts)
        if not report.conflicts and not compared.shows(name):
            return report
        if name not in origins:  # no wire, no party: the grades follow from the findings
            found = plain_notes(report, compared.json(name))
        elif roles_only(origins[name]):  # evidence11: bodies and roles, read where they meet
            found = plain_notes(report, compared.json(name), origins[name])
        else:
            found = notes(report, graded(name, report), compared.json(name))
        ids = hint_claims(report)
        if ids:  # the hints said under its findings, read from its facts' dates
            found = found._replace(hints=json_finding_hints(report, dated(facts, ids)))
        return report, found

    return check_noted


class _Compared:
    """The definitions of each subject's measures and its alternative measures compared
    (read once, before the subjects are checked: the --all fan-out forks after)."""

    def __init__(
        self,
        definitions: dict[str, dict[str, str]],
        comparisons: dict[str, list[Any]],
        withdrawn: dict[str, list[dict[str, Any]]] | None = None,
    ):
        self.definitions = definitions
        self.comparisons = comparisons
        # the claims their outlets withdrew (evidence17: ``Store.withdrawn``), said beside the
        # findings; none in most databases
        self.withdrawn = withdrawn or {}

    def of(self, subject: str) -> list[Any]:
        return self.comparisons.get(subject, [])

    def shows(self, subject: str) -> bool:
        """Whether a subject without conflicts is still shown: a comparison of alternative
        measures, or a claim its outlet withdrew, to say."""
        return bool(self.comparisons.get(subject) or self.withdrawn.get(subject))

    def json(self, subject: str) -> dict[str, Any]:
        comparisons, definitions = self.comparisons.get(subject), self.definitions.get(subject)
        withdrawn = self.withdrawn.get(subject)
        if not comparisons and not definitions:
            keys: dict[str, Any] = {"comparisons": [], "definitions": {}}
        else:
            from claimtrack.comparisons import comparison_json
            from claimtrack.evidence import subject_keys

            keys = subject_keys([comparison_json(c) for c in comparisons or []], definitions or {})
        if withdrawn:  # absent otherwise (a key a reader may skip: format_version stays)
            from claimtrack.corrections import withdrawn_json

            keys["withdrawn"] = [withdrawn_json(r) for r in withdrawn]
        return keys


def _comparisons(
    store: "Store", subject: str | None, rules: dict[str, tuple[set[str], list[Any]]]
) -> _Compared:
    """Alternative measures side by side; ``rules`` as ``store.rules(subject)`` (the
    cumulative measures: a running count is compared at one moment)."""
    definitions = store.definitions_by_subject(subject)
    pairs = store.alternatives_by_subject(subject)
    withdrawn = store.withdrawn(subject)  # its outlets' corrections (evidence17)
    if not pairs:
        return _Compared(definitions, {}, withdrawn)
    from claimtrack.comparisons import compare

    return _Compared(
        definitions,
        {
            s: compare(store.facts(s), p, definitions.get(s, {}), rules.get(s, (set(), []))[0])
            for s, p in pairs.items()
        },
        withdrawn,
    )


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


# -- reports ---------------------------------------------------------------------------------


def _subject_report(
    store: "Store",
    subject: str,
    min_gap: float = 1.1,
    claimreview_id: str | None = None,
    *,
    with_evidence: bool = False,
) -> Any:
    """Everything a report shows about one subject (claimtrack.report.SubjectReport), with
    the ClaimReview of ``claimreview_id`` to embed (the page's main verdict), if given; with
    ``with_evidence``, what stands behind its findings too (grades, verified quotes,
    snapshots, comparisons)."""
    from functools import cache

    from claimtrack import report as rep
    from claimtrack.conflicts import analyse, claimant_key

    cumulative, sums = store.rules(subject).get(subject, (set(), []))
    facts = store.facts(subject)
    result = analyse(
        facts, min_gap=min_gap, cumulative=cumulative, sums=sums, bodies=store.bodies()
    )
    reviewed = list(store.reviewed(subject))
    docs = [] if claimreview_id is None else [_main_claimreview(store, reviewed, claimreview_id)]
    if docs:
        _warn_flagged(store, reviewed, claimreview_id or "", result)
    canon = store.canonical()  # alias key -> (canonical key, name)
    # each figure not in its quote saying so (quotes31: the reading's words, the heading)
    claims = list(
        store.with_quote_checks(
            {r["id"]: r for r in store.claims(subject, include_retracted=True)}
        ).values()
    )
    # one claimant written two ways ("Saudi public prosecutor", "Saudi Public Prosecutor") is
    # shown by one name, as the engine shows it (rule 5: of the spellings of its active claims,
    # the first in code-point order); before (evidence12), the report's and `claimants
    # --record`'s tables gave each spelling a row of its own
    spelled: dict[str, str] = {}
    for r in claims:
        k = claimant_key(r["claimant"])
        if r.get("status") != "retracted" and (k not in spelled or r["claimant"] < spelled[k]):
            spelled[k] = r["claimant"]

    @cache
    def display(name: str) -> str:
        k = claimant_key(name)
        return canon[k][1] if k in canon else spelled.get(k, name)

    built = rep.build(
        subject,
        claims,
        facts,
        result,
        reviewed=reviewed,
        display=display,
        claimreview=docs,
        stale=stale_lines(store, reviewed),
        withdrawn=[r["id"] for r in store.withdrawn(subject).get(subject, ())],
        retracted=store.retractions(subject)
        if any(r.get("status") == "retracted" for r in claims)
        else None,
    )
    from dataclasses import replace

    readings = _sheet_readings(store)  # figures logged under older rules: the reader is told
    if readings is not None:
        built = replace(built, notes=(*built.notes, readings))
    if not with_evidence:
        return built
    return replace(built, evidence=_evidence_view(store, subject, result, facts, cumulative))


def _evidence_view(
    store: "Store", subject: str, result: Any, facts: list[Any], cumulative: set[str]
) -> Any:
    """The report's evidence (claimtrack.report.EvidenceView) of one subject."""
    from functools import partial

    from claimtrack import report as rep
    from claimtrack.amounts import amount_text
    from claimtrack.comparisons import compare, ratio_text
    from claimtrack.conflicts import FigureConflict
    from claimtrack.evidence import (
        NO_ORIGINS,
        assess,
        corroborated_text,
        minor_evidence,
        minor_evidence_text,
        party_only,
        support_text,
    )

    origins = store.origins(subject)
    _relayed(store, origins, subject, facts, _Speakers(store, subject), result)
    grades = assess(result, origins.get(subject, NO_ORIGINS), facts, cumulative)
    verdicts = []
    if store.snapshots():
        from claimtrack.cli.sources import _verdicts

        verdicts = _verdicts(store, subject)
    # a quote its page gives to someone else: the count of origins is as logged (evidence6)
    others = {v.id: v.said_by for v in verdicts if v.status == "verified" and v.said_by}
    supports = {}
    for n, found in enumerate(grades.conflicts, 1):
        positions = getattr(result.conflicts[n - 1], "positions", None)
        if positions is None:
            # a revision, sum or reversal: its claims together, under (n, 0), with no grade
            # (they are set against each other), as `conflicts` says it ("evidence: ...")
            if found:
                supports[(n, 0)] = support_text(found[0], graded=False)
            continue
        for i, sup in enumerate(found, 1):
            who = positions[i - 1].claimants if len(positions) >= i else ()
            supports[(n, i)] = support_text(sup, who=who)
            claims = positions[i - 1].claims if len(positions) >= i else ()
            doubts = [
                f"the page of {cid} gives its words to {others[cid]}"
                for cid in claims
                if cid in others
            ]
            if doubts and sup.origins > 1:  # one origin fewer may be all there is
                supports[(n, i)] += (
                    f" (as logged; {'; '.join(doubts)}: check whose they are before counting them)"
                )
    _group_sums_evidence(result.conflicts, supports)
    bounds = {}
    for index, b in grades.bounds.items():
        dim = getattr(result.conflicts[index], "dimension", "count")
        # in the units of the report's positions ("£5.65–8.8 bn", not 5,650,000,000 GBP)
        # "The sources span 0+" (from "50 or less" to "450+") says nothing: left out
        line = f"The sources span {amount_text(b.low or 0, b.high, dim)}; "
        line = line if b.spans_something else ""

        def show(lo: float | int, hi: float | int | None, dim: str = dim) -> str:
            return amount_text(lo, hi, dim)

        said = corroborated_text(
            result.conflicts[index],
            grades.conflicts[index],
            b,
            show,
            grades.timed.get(index, ()),
        )
        if b.corroborated_low is None:  # what it takes, for a reader of the report
            said += " (two independent origins, one not a party)"
        line += said + "."
        bounds[index + 1] = line[:1].upper() + line[1:]
    for index, said in grades.both_sides.items():  # one government on both sides (evidence12)
        said = said[:1].upper() + said[1:] + "."  # or one body's voices apart (evidence20)
        bounds[index + 1] = f"{said} {bounds[index + 1]}" if index + 1 in bounds else said
    outlets = {s["id"]: s.get("outlet", "") for s in store.sources(subject)}
    shots = sorted({(v.source, v.version, v.sha256) for v in verdicts if v.sha256})
    definitions = store.definitions_by_subject(subject).get(subject, {})
    from claimtrack.corrections import withdrawn_line

    comparisons = []
    pairs = store.alternatives_by_subject(subject).get(subject, [])
    for c in compare(facts, pairs, definitions, cumulative):
        lines = []
        for side in c.sides:
            span = "-"
            if side.low is not None:
                span = amount_text(side.low, side.high, side.dimension or "count")
            what = side.defined_as or "no definition given"
            at = f" at {side.time}" if side.time else ""
            lines.append(
                f"{side.measure}{at}: {span} ({', '.join(side.claimants)}); counts: {what}"
            )
        comparisons.append((*lines, ratio_text(c)))
    return rep.EvidenceView(
        supports=supports,
        bounds=bounds,
        party_only=frozenset(
            n for n, found in enumerate(grades.conflicts, 1) if len(found) > 1 and party_only(found)
        ),
        verified={v.id: v.status for v in verdicts if v.status != "no-snapshot"},
        said_by={v.id: v.said_by for v in verdicts if v.status == "verified" and v.said_by},
        snapshots=tuple((s, n, h, outlets.get(s, "")) for s, n, h in shots),
        comparisons=tuple(comparisons),
        definitions=definitions,
        withdrawn=tuple(map(withdrawn_line, store.withdrawn(subject).get(subject, ()))),
        minor={
            i: minor_evidence_text(c, grades.minor[i], partial(_amount, dim=c.dimension))
            for i, c in enumerate(result.minor)
            if isinstance(c, FigureConflict) and minor_evidence(grades.minor[i])
        },
    )


def _group_sums_evidence(conflicts: Sequence[Any], supports: dict[tuple[int, int], str]) -> None:
    """The first sum of a group folded into one block (one relation, claimant of the parts
    and time) says the evidence of the group's worst check, as `conflicts` does under the
    block; each other sum of the group keeps its own (`conflicts --full`)."""
    from claimtrack.report import ranked_sums, sum_groups

    number = {id(c): n for n, c in enumerate(conflicts, 1)}
    for group in sum_groups(conflicts):
        worst = number[id(ranked_sums(group)[-1])]
        if len(group) > 1 and (worst, 0) in supports:
            supports[(number[id(group[0])], 0)] = supports[(worst, 0)]


def _amount(lo: float | int, hi: float | int | None, dim: str) -> str:
    from claimtrack.amounts import amount_text

    return amount_text(lo, hi, dim)


def _main_claimreview(store: "Store", reviewed: list[Any], claimreview_id: str) -> Any:
    """The one ClaimReview a report embeds (Google: one per page), or an InputError saying
    why it cannot be: not a reviewed claim of the subject, or its review incomplete."""
    from claimtrack.exports import Reviewer, claimreview

    claim_id = store.resolve_id(claimreview_id)
    pair = next(((r, v) for r, v in reviewed if r["id"] == claim_id), None)
    if pair is None:
        raise InputError(
            f"--claimreview {claim_id}: not a reviewed, active claim of this subject",
            hint=f"claimtrack review {claim_id} --rating ... --url ...",
        )
    docs, problems = claimreview([pair], store.author_of(), Reviewer.of(store.settings()))
    if problems:
        raise InputError(f"--claimreview {claim_id}: the review is incomplete", details=problems)
    return docs[0][1]


def _warn_flagged(store: "Store", reviewed: list[Any], claimreview_id: str, result: Any) -> None:
    """Warnings on the report's ClaimReview, as the export gives them: its claim's author typed
    by a guess (no ``claimant --kind``), and its rating upholding a claim the engine flags in
    the report's own findings (``verdict_flags``; numbered as the report numbers them)."""
    from claimtrack import render
    from claimtrack.cli.core import flagged_verdicts, stale_verdicts

    claim_id = store.resolve_id(claimreview_id)
    for record, review in reviewed:
        if record["id"] != claim_id:
            continue
        for line in stale_verdicts(store, [(record, review)]):
            render.warning(line)
        for name, kind in store.guessed_authors([record["claimant"]]).items():
            render.warning(
                f"{name} is written as the claim's author with a guessed type ({kind}): set it "
                "with claimtrack claimant NAME --kind person or --kind organization"
            )
        for line in flagged_verdicts(store, [(record, review)], {record["subject"]: result}):
            render.warning(line)


def _on_terminal() -> bool:
    """Whether standard output is a person's terminal (not a file or a pipe)."""
    return sys.stdout.isatty()


# report's formats and the suffixes of their files (the first the usual one)
REPORT_SUFFIXES = {"html": (".html", ".htm"), "md": (".md", ".markdown")}


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
    given_format: Annotated[
        Literal["html", "md"] | None,
        typer.Option(
            "--format",
            "-f",
            help="html or md. Default: the one -o's suffix names (.html, .md), else html.",
        ),
    ] = None,
    all_subjects: Annotated[
        bool, typer.Option("--all", help="Every subject, one file each into the -o directory.")
    ] = False,
    min_gap: MinGapOpt = 1.1,
    claimreview_id: Annotated[
        str | None,
        typer.Option(
            "--claimreview",
            metavar="CLAIM_ID",
            help="Embed this claim's ClaimReview in the HTML page (its main verdict; one per "
            "page, as Google asks). Default: none.",
        ),
    ] = None,
) -> None:
    """Write a subject's report to share, as one HTML page or Markdown.

    It holds the disputes with range charts, every quote, a timeline, the claimants, the
    sources and the verdicts.

    HTML is one self-contained file (no script, nothing fetched: it opens offline and in a
    mail client); Markdown carries the same content as tables and lists, for a wiki or CMS.

    Example: claimtrack report raqqa-convoy -o raqqa.html
    """
    from claimtrack.exports import is_stdout, output_file
    from claimtrack.reportdoc import SUFFIX, render
    from claimtrack.slugs import slug_option

    store = _state(ctx).store()
    subject = slug_option(subject, "subject")
    _one_or_all(subject, all_subjects)
    fmt = output_format(None if all_subjects else output, given_format, REPORT_SUFFIXES, "html")
    if output is None and fmt == "html" and _on_terminal():  # a page of markup, not a report
        raise InputError(
            "the report is an HTML page: give -o FILE.html to write it",
            hint=f"or read it here: claimtrack report {subject or 'SUBJECT'} --format md",
        )
    if claimreview_id is not None and (subject is None or fmt != "html"):
        raise InputError("--claimreview goes with one SUBJECT and an HTML report")
    _readings_notice(store)  # figures logged under older rules, not re-checked
    if subject is not None:
        _require_subject(store, subject)
        text = render(
            _subject_report(store, subject, min_gap, claimreview_id, with_evidence=True), fmt
        )
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
        text = render(_subject_report(store, name, min_gap, with_evidence=True), fmt)
        with output_file(target) as fh:
            fh.write(text)
    messages.say(f"Wrote {plural(len(names), 'report')} into {output}")


@app.command()
def timeline(
    ctx: typer.Context,
    subject: Annotated[str, typer.Argument(help="Subject whose statements to list.")],
    as_json: JsonOpt = False,
) -> None:
    """List a subject's statements by date, with each figure's interval.

    The date is when it was said (said_on), else when it was reported (reported_on, marked
    "reported"); a date of a month or a year only comes after the days it holds, marked
    "month only" or "year only"; undated statements come last. Retracted claims are left out.

    Example: claimtrack timeline raqqa-convoy
    """
    from claimtrack import render
    from claimtrack.report import timeline_json
    from claimtrack.slugs import slug_option

    store = _state(ctx).store()
    subject = slug_option(subject, "subject") or ""
    _require_subject(store, subject)
    entries = _subject_report(store, subject).timeline
    if as_json:
        _emit_json(timeline_json(entries))
        return
    render.timeline(subject, entries)
