"""Streaming writers for machines: JSONL, JSON, CSV (spreadsheet-safe), ClaimReview JSON-LD.

Files are written atomically: to a temporary file beside the target, then renamed over it, so
a failed or interrupted export never leaves a half-written file.
"""

from __future__ import annotations

import csv
import json
import os
import re
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NamedTuple

from claimtrack.errors import ClaimtrackError
from claimtrack.fields import RECORD_FIELDS, tidy
from claimtrack.sheetcells import CELL_LIMIT, guard

if TYPE_CHECKING:
    from claimtrack.conflicts import Report

CSV_COLUMNS = RECORD_FIELDS
SHEET_COLUMNS: tuple[str, ...] = (
    "conflict",
    "position",
    "range",
    "claimant",
    "speaker",
    "outlet",
    "url",
    "said_on",
    "quote",
    "value",
    "low",
    "high",
    "stance",
    "claim_id",
    "relays",
    "reported_on",
    "verdict",
    "origins",  # issue #26: independent origins behind the claim's position (or finding)
    "grade",
    "definition",  # issue #26: what the claim's measure counts (measure --defined-as)
    # one finding says the same in every output: its heading as the terminal and the report
    # say it, the caveats printed under it, the figure as read, its as_of and the claim's
    # note (a "[paraphrase]" mark), and the subject (a sheet of --all mixes subjects)
    "finding",
    "caveats",
    "reading",
    "as_of",
    "note",
    "subject",
    # outputs10: the unit of low and high as the claim states them, a currency by the ISO code
    # it was read as ("INR (rs)"); range says its own (the base unit of the dimension)
    "unit",
    # outputs10: why the position's claimants make the origins they do, in the terminal's words
    "joins",
)


def dumps(data: Any) -> str:
    """Indented JSON text (``json.dumps(..., ensure_ascii=False, indent=2)``, written faster)."""
    from claimtrack.jsontext import dumps as indented

    return indented(data)


def is_stdout(path: Path | str | None) -> bool:
    """``-o -`` (or no ``-o``) means standard output."""
    return path is None or str(path) == "-"


def write_output(path: Path | None, write: Callable[[IO[str]], None]) -> None:
    """Run ``write`` against the output ``path`` (see ``output_file``)."""
    with output_file(path) as fh:
        write(fh)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# The files this process has written whole: a command that writes several (`report --all`)
# and is stopped part way (Ctrl-C, a full disk) has them named by the CLI's boundary.
FINISHED: list[str] = []


@contextmanager
def output_file(path: Path | str | None) -> Iterator[IO[str]]:
    """The one writer behind every ``-o`` and ``--csv``.

    * ``-`` (or None) is standard output.
    * A character device, a FIFO or a process substitution (``/dev/stdout``, ``>(cmd)``) is
      written to directly: it is never replaced.
    * A regular file appears only when the block succeeds (a temporary file beside it,
      fsync, rename); on any error, Ctrl-C included, the temporary file is removed and the old
      file is untouched. A symlink is followed: its target is replaced, in the target's
      directory, and the link stays. An existing file keeps its mode; a new one gets the
      umask's (0666 less the umask), like any file a shell redirection makes.
    * Anything else (a directory, a missing directory) is refused with one line.
    """
    if is_stdout(path):
        yield sys.stdout
        return
    path = Path(path)  # type: ignore[arg-type]
    try:
        st: os.stat_result | None = os.stat(path)  # follows symlinks
    except FileNotFoundError:
        st = None
    except OSError as e:
        raise ClaimtrackError(f"cannot write {path}: {e.strerror}") from None
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise ClaimtrackError(f"cannot write {path}: it is a directory")
    if st is not None and not stat.S_ISREG(st.st_mode):
        try:
            fh = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115
        except OSError as e:
            raise ClaimtrackError(f"cannot write {path}: {e.strerror}") from None
        with fh:
            yield fh
        return
    target = Path(os.path.realpath(path))
    directory = target.parent
    if not directory.is_dir():
        raise ClaimtrackError(f"cannot write {path}: directory {directory} does not exist")
    mode = stat.S_IMODE(st.st_mode) if st is not None else 0o666 & ~_umask()
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as e:
        raise ClaimtrackError(f"cannot write {path}: {e.strerror}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
            fh.flush()
            os.fchmod(fh.fileno(), mode)
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        FINISHED.append(str(path))
    except OSError as e:  # a full disk, a file size limit: the target is left as it was
        Path(tmp).unlink(missing_ok=True)
        raise ClaimtrackError(f"cannot write {path}: {e.strerror}; nothing was written") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class JsonArrayStream:
    """Writes ``{<head>, "<key>": [item, item, ...], <trailer>}`` one compact item per line
    (``head``: keys written before the array, such as a document's ``format_version``)."""

    def __init__(self, fh: IO[str], key: str, head: dict[str, Any] | None = None) -> None:
        self.fh = fh
        self.first = True
        keys = "".join(f"{json.dumps(k)}: {json.dumps(v)}, " for k, v in (head or {}).items())
        fh.write("{" + keys + json.dumps(key) + ": [")

    def add(self, item: Any) -> None:
        self.fh.write("\n" if self.first else ",\n")
        self.fh.write(json.dumps(item, ensure_ascii=False))
        self.first = False

    def close(self, **trailer: Any) -> None:
        extra = "".join(f", {json.dumps(k)}: {json.dumps(v)}" for k, v in trailer.items())
        self.fh.write(("]" if self.first else "\n]") + extra + "}\n")


def write_jsonl(records: Iterable[dict[str, Any]], fh: IO[str]) -> None:
    for record in records:
        fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def write_json_array(records: Iterable[dict[str, Any]], fh: IO[str]) -> None:
    """A JSON array written one element at a time (constant memory)."""
    fh.write("[")
    first = True
    for record in records:
        fh.write("\n  " if first else ",\n  ")
        fh.write(json.dumps(record, ensure_ascii=False))
        first = False
    fh.write("\n]\n" if not first else "]\n")


def write_json(data: Any, fh: IO[str]) -> None:
    fh.write(dumps(data) + "\n")


# Characters that could end or confuse a <script type="application/ld+json"> block (or a
# JavaScript string), written as JSON \u escapes: the document means exactly the same.
_SCRIPT_SAFE = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)


def script_safe_dumps(data: Any) -> str:
    """JSON that can be pasted inside ``<script type="application/ld+json">`` as it is: a quote
    holding ``</script>`` cannot close the element (``json.loads`` gives back the same data)."""
    return dumps(data).translate(_SCRIPT_SAFE)


def write_script_safe_json(data: Any, fh: IO[str]) -> None:
    fh.write(script_safe_dumps(data) + "\n")


def safe_cell(value: Any) -> Any:
    """Neutralise a would-be formula; leave numbers (and None) as they are.

    A text cell starting with = + - @ tab or CR gets a leading apostrophe, which spreadsheets
    display as text; the words stay readable. Real numbers are written as numbers.

    A text cell that itself starts with an apostrophe gets one more: Gnumeric reads a leading
    apostrophe as a text marker and drops it (so ``'tis`` would lose it), while Excel and
    LibreOffice show a CSV cell's apostrophes as written. With the guard, the words keep their
    own apostrophe in all three (Excel and LibreOffice also show the guard, as they do for a
    neutralised formula).

    A text that a spreadsheet would read as another number or as a date it does not say
    (``18,000+`` as 18000, ``1/2`` as a date: ``sheetcells.misread``) gets the guard too.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float):
        return tidy(value)
    return guard(str(value))


def _csv_writer(fh: IO[str], columns: Iterable[str]) -> Any:
    writer = csv.writer(fh, lineterminator="\r\n")
    writer.writerow(list(columns))
    return writer


def wants_bom(path: Path | str | None, bom: bool | None = None) -> bool:
    """Start a CSV with a UTF-8 byte-order mark? ``bom`` (``--bom/--no-bom``) decides when
    given; otherwise only a file gets one (Excel needs it to read UTF-8), never stdout, a
    pipe or a device, where the next program (``csv.DictReader``) would read it as text."""
    if bom is not None:
        return bom
    if is_stdout(path):
        return False
    try:
        return stat.S_ISREG(os.stat(path).st_mode)  # type: ignore[arg-type]
    except OSError:
        return True  # a new file


class LongCells:
    """The cells of a CSV longer than a spreadsheet holds (``CELL_LIMIT``, Excel's), each
    once: (row id, column, length). The CSV keeps them whole; a spreadsheet opening it does not
    (LibreOffice 7.4 cuts a CSV cell at 65,535 characters, silently), so the command names
    them."""

    def __init__(self) -> None:
        self.found: dict[tuple[str, str], int] = {}

    def check(self, row_id: Any, row: list[Any], columns: Sequence[str]) -> None:
        """Note the text cells of ``row`` (cells of ``columns``) longer than ``CELL_LIMIT``."""
        for column, cell in zip(columns, row, strict=True):
            if isinstance(cell, str) and len(cell) > CELL_LIMIT:
                self.found.setdefault((str(row_id), column), len(cell))

    def warnings(self, workbook: str) -> Iterator[str]:
        """One line per cell, for stderr; ``workbook`` is how to get the marked workbook."""
        for row_id, column, n in self:
            yield (
                f"{row_id}: its {column} ({n:,} characters) is longer than an Excel cell holds "
                f"({CELL_LIMIT:,}; LibreOffice cuts a CSV cell at 65,535, without a mark): the "
                f"CSV holds it whole, a spreadsheet will not show it so; {workbook} writes a "
                "workbook that marks the cut"
            )

    def __iter__(self) -> Iterator[tuple[str, str, int]]:
        return ((row_id, column, n) for (row_id, column), n in self.found.items())


def write_csv(
    records: Iterable[dict[str, Any]],
    fh: IO[str],
    bom: bool = True,
    long: LongCells | None = None,
) -> None:
    """Every claim as one row (UTF-8, with a BOM for a file: see ``wants_bom``); a cell too
    long for a spreadsheet is noted in ``long``."""
    if bom:
        fh.write("\ufeff")
    writer = _csv_writer(fh, CSV_COLUMNS)
    for record in records:
        row = [safe_cell(record.get(c)) for c in CSV_COLUMNS]
        if long is not None:
            long.check(record.get("id"), row, CSV_COLUMNS)
        writer.writerow(row)


def sheet_writer(
    fh: IO[str], bom: bool = True, long: LongCells | None = None
) -> Callable[[dict[str, Any]], None]:
    """Start a fact-check sheet on ``fh``; returns a function that appends one row (a cell
    too long for a spreadsheet is noted in ``long``)."""
    if bom:
        fh.write("\ufeff")
    writer = _csv_writer(fh, SHEET_COLUMNS)

    def add(row: dict[str, Any]) -> None:
        cells = [safe_cell(row.get(c)) for c in SHEET_COLUMNS]
        if long is not None:
            long.check(row.get("claim_id"), cells, SHEET_COLUMNS)
        writer.writerow(cells)

    return add


def sheet_rows(
    subject: str | None, withdrawn: Iterable[dict[str, Any]], *args: Any
) -> Iterator[dict[str, Any]]:
    """A subject's rows of the fact-check sheet, one list for `conflicts --csv` and the
    workbook's disputes: :func:`conflict_rows` (of ``args``), then a row for each claim its
    outlet withdrew (``withdrawn``: ``Store.withdrawn``'s records), which the terminal, the
    JSON and the reports list after the findings (outputs19: the sheet left them out, and a
    reader of the sheet alone could not tell a withdrawn figure from one never logged)."""
    yield from conflict_rows(*args)
    yield from withdrawn_rows(withdrawn, subject)


def withdrawn_rows(
    withdrawn: Iterable[dict[str, Any]], subject: str | None = None
) -> Iterator[dict[str, Any]]:
    """A row of the fact-check sheet for each claim its outlet withdrew: ``conflict``
    "withdrawn:" and its measure (or proposition), no position, the heading the terminal
    gives them as its ``finding`` and the line it says of each (with the reason) as its
    ``caveats``."""
    from claimtrack.corrections import WITHDRAWN_HEADING, withdrawn_line
    from claimtrack.readings import reading_of

    for r in withdrawn:
        figure = r["kind"] == "figure"
        yield {
            "conflict": f"withdrawn:{r.get('measure') if figure else r.get('proposition')}",
            "position": None,
            "range": _claim_range(r) if figure else r.get("stance"),
            **_claim_cells(r),
            "finding": WITHDRAWN_HEADING,
            "caveats": withdrawn_line(r),
            "reading": reading_of(r).removeprefix("= ") if figure else None,
            "as_of": r.get("as_of"),
            "note": r.get("note"),
            "subject": subject,
            "unit": _stated_unit(r) if figure else None,
        }


def _claim_cells(r: dict[str, Any]) -> dict[str, Any]:
    """The cells of a sheet's row that are its claim's own fields, as stored."""
    return {
        "claimant": r["claimant"],
        "speaker": r.get("speaker"),
        "outlet": r.get("outlet"),
        "url": r.get("url"),
        "said_on": r.get("said_on"),
        "quote": r["quote"],
        "value": r.get("value"),
        "low": r.get("low"),
        "high": r.get("high"),
        "stance": r.get("stance"),
        "claim_id": r["id"],
        "relays": r.get("relays"),
        "reported_on": r.get("reported_on"),
    }


def _claim_range(record: dict[str, Any]) -> str:
    """A figure's bounds in the base unit of its dimension, said, as its positions' are
    ("6–7", "2,267,961.85 kg" for "5 million lb", "280,000,000 GBP a week" for "£40m a day");
    as stated where its text no longer reads."""
    from claimtrack.quantities import format_range
    from claimtrack.readings import figure_numbers, range_text

    numbers = figure_numbers(record)
    if numbers is None:
        return format_range(record["low"], record["high"])
    return range_text(numbers.base_low, numbers.base_high, numbers.dimension)


def _stated_unit(record: dict[str, Any]) -> str | None:
    """The unit of a figure's ``low`` and ``high`` as stored: its own ("lb", "fighters"), a
    currency by the code it was read as, with the sign or word it was said in when that is not
    the code ("USD ($)", "INR (rs)", "PKR")."""
    from claimtrack.quantities.rates import currency_code
    from claimtrack.readings import figure_numbers

    stated = record.get("unit") or None
    numbers = figure_numbers(record) if record.get("kind") == "figure" else None
    code = currency_code(numbers.dimension) if numbers is not None else None
    if code is None:
        return stated
    return code if not stated or str(stated).upper() == code else f"{code} ({stated})"


def conflict_rows(
    report: Report,
    records: dict[str, dict[str, Any]],
    verdicts: dict[str, str] | None = None,
    grades: Any = None,
    definitions: dict[str, str] | None = None,
    subject: str | None = None,
    readings: str | None = None,
    stale: Mapping[str, str] | None = None,
) -> Iterator[dict[str, Any]]:
    """One row per claim involved in a finding, in report order.

    A relaying claim is marked in ``relays`` (the id it passes on), so that a sheet never
    counts an echo as a second source. ``verdicts`` maps a claim id to its latest rating.
    ``grades`` (an ``evidence.Assessment``) fills ``origins`` and ``grade``: those of the
    claim's position or side (for revisions, sums and reversals, the whole finding's origins
    and no grade, as ``evidence.support_text`` says them).
    ``definitions`` (measure -> text) fills ``definition`` for figures. Each row also
    carries its finding's heading and caveats (``report.finding_heading``,
    ``report.finding_notes``: what `conflicts` prints with it, one per line) and the figure
    as the terminal reads it (``readings.reading_of``: "≈ 3,450–3,550" for a round number,
    "24–60" for an exact reading). ``readings``, the database's note on figures logged under
    older rules of reading or imported with bounds of their own
    (``cli.core._readings_line``), ends the caveats of each figure's row: they are compared
    as stored. ``stale`` (claim id -> ``verdict_flags.changed_line``) ends those of a row
    whose ``verdict`` was given on an earlier version of its claim.
    """
    definitions = definitions or {}
    verdicts = verdicts or {}
    stale = stale or {}
    from claimtrack.conflicts import (
        FigureConflict,
        Reversal,
        Revision,
        StanceConflict,
        SumFinding,
    )
    from claimtrack.hints import survey_note
    from claimtrack.readings import range_text, reading_of
    from claimtrack.report import (
        finding_heading,
        finding_notes,
        forecast_note,
        incomparable_text,
    )

    # a relay is an echo wherever the engine folds it into a position of what it relays (a
    # position's relaying), in any finding; one in a position but not so folded changes what
    # it relays and is compared as a claim of its own (relays.relay_note)
    positions = [p for c in report.conflicts for p in getattr(c, "positions", ())]
    echoes = {echo: root for p in positions for echo, root in getattr(p, "relaying", ())}
    placed = {cid for p in positions for cid in p.claims}
    forecasts = dict(report.forecasts)  # the engine's, each row's caveat (outputs15)
    # a poll's figure that states no margin, in the words the terminal, the report and the
    # JSON's hints give after the findings (``hints.survey_note``): on its row (outputs16)
    surveys = {cid: survey_note(m, ids) for m, ids in report.surveys for cid in ids}
    # figures of the disputed measure in another currency or dimension, not compared: said on
    # the dispute's rows, in the terminal's words (a "$1.2bn" beside a dispute in euros)
    apart = {inc.measure: incomparable_text(inc) for inc in report.incomparable}
    _unplaced_relays(report, echoes, placed)
    for index, conflict in enumerate(report.conflicts):
        supports = grades.conflicts[index] if grades is not None else ()
        # a range in the base unit of its dimension, said: "2,154,563.7575 kg", a rate's in its
        # base period: "226,800,000–277,200,000 GBP a week"
        dimension = getattr(conflict, "dimension", "count")
        if isinstance(conflict, FigureConflict):
            label = f"figure:{conflict.measure}"
            if conflict.as_of:
                label += f"@{conflict.as_of}"
            if conflict.forecasts:  # forecasters who disagree, apart from the moment's figures
                label += " (forecasts)"
            if not conflict.times_ordered:  # a rise during that time reads as a dispute
                label += " (order not known)"
            groups = [
                (n, range_text(p.low, p.high, dimension), p.claims)
                for n, p in enumerate(conflict.positions, 1)
            ]
        elif isinstance(conflict, StanceConflict):
            label = f"stance:{conflict.proposition}"
            groups = [(n, p.stance, p.claims) for n, p in enumerate(conflict.positions, 1)]
        elif isinstance(conflict, Revision):
            # whose revision: two revisions of one measure (a governor's and the police's) are
            # two findings, which the sheet's rows must tell apart
            early, late = conflict.claimants
            who = early if early == late else f"{early} > {late}"
            label = f"revision:{conflict.measure}:{who}"
            if conflict.as_of:  # a claimant's own estimate of one moment, revised
                label = f"revision:{conflict.measure}@{conflict.as_of}:{who}"
            groups = [(n, "", (cid,)) for n, cid in enumerate(conflict.claims, 1)]
        elif isinstance(conflict, SumFinding):
            label = f"sum:{conflict.total}={'+'.join(conflict.parts)}"
            implied = range_text(conflict.low, conflict.high, dimension)
            groups = [(1, implied, conflict.claims[:-1]), (2, "", conflict.claims[-1:])]
        elif not isinstance(conflict, Reversal):  # a kind the engine found after this sheet
            label = str(getattr(conflict, "kind", type(conflict).__name__))
            groups = [(1, "", tuple(getattr(conflict, "claims", ())))]
        else:
            label = f"{conflict.kind}:{conflict.claimant}:{conflict.topic}"
            if conflict.ordered:
                groups = [(n, "", (cid,)) for n, cid in enumerate(conflict.claims, 1)]
            else:  # one step: the sheet shows no order that the dates cannot tell
                label += " (order not known)"
                groups = [(1, "", conflict.claims)]
        per_position = isinstance(conflict, FigureConflict | StanceConflict)
        heading = finding_heading(conflict, records)
        caveats = "\n".join(finding_notes(conflict, report, records))
        if isinstance(conflict, FigureConflict) and conflict.measure in apart:
            caveats = "\n".join(filter(None, (caveats, apart[conflict.measure])))
        for number, rng, ids in groups:
            sup = (supports[number - 1] if per_position else supports[0]) if supports else None
            for cid in ids:
                r = records[cid]
                relay = _relay_line(cid, r, echoes, placed) if r.get("relays") else None
                moment = forecasts.get(cid)  # (a figure dispute's heading says it)
                forecast = (
                    forecast_note(moment)
                    if moment is not None and not isinstance(conflict, FigureConflict)
                    else None
                )
                yield {
                    "conflict": label,
                    "position": number,
                    "range": rng
                    if rng
                    else (_claim_range(r) if r["kind"] == "figure" else r.get("stance")),
                    **_claim_cells(r),
                    "verdict": verdicts.get(cid),
                    "origins": sup.origins if sup else None,
                    # a revision, a sum or a reversal sets its claims against each other:
                    # their origins corroborate nothing, and the terminal gives no grade
                    "grade": sup.grade if sup and per_position else None,
                    "definition": definitions.get(r.get("measure") or ""),
                    "finding": heading,
                    "caveats": "\n".join(
                        x
                        for x in (
                            caveats,
                            readings if r["kind"] == "figure" else None,
                            forecast,
                            surveys.get(cid) if isinstance(conflict, FigureConflict) else None,
                            relay,
                            # where the terminal shows the figure (a side of a proposition
                            # shows its quotes only; its grade line says the unchecked)
                            None if isinstance(conflict, StanceConflict) else _quote_check(r),
                            stale.get(cid),
                        )
                        if x
                    ),
                    # "24–60" as read exactly, "≈ 245–255" widened by its rounding (an
                    # exact reading without its "= ", which a spreadsheet would take as a
                    # formula: no guard apostrophe is needed)
                    "reading": reading_of(r).removeprefix("= ") if r["kind"] == "figure" else None,
                    "as_of": r.get("as_of"),
                    "note": r.get("note"),
                    "subject": subject,
                    "unit": _stated_unit(r) if r["kind"] == "figure" else None,
                    "joins": "; ".join(sup.joins) if sup and sup.joins else None,
                }


def _quote_check(r: dict[str, Any]) -> str | None:
    """The caveat of a row whose figure is not in its quote (quotes31, ``Store.
    with_quote_checks``), as the terminal prints it beside the figure: "not in its quote
    (imported unchecked)", "paraphrase: translated from the Spanish"."""
    checked = r.get("not_in_quote")
    if checked is None:
        return None
    from claimtrack.quote_marks import quote_check_words

    return quote_check_words(checked, r.get("note"))


def _unplaced_relays(report: Report, echoes: dict[str, str], placed: set[str]) -> None:
    """A relay in no position (a sum's part, a revision's figure) said as the report's card
    says it (evidence15: the sheet said "not counted as a source" of an echo the card called
    one): ``echoes`` and ``placed`` (in place) take the engine's word on every relay of the
    subject (``Report.relays``: an echo, or compared as a claim of its own)."""
    for cid, relayed, echo in getattr(report, "relays", None) or ():
        if cid not in placed and cid not in echoes:
            if echo:
                echoes[cid] = relayed
            else:
                placed.add(cid)


def _relay_line(cid: str, r: dict[str, Any], echoes: dict[str, str], placed: set[str]) -> str:
    """What the engine does with a relay, as the report's card says it ("relaying ID: an
    echo: not counted as a source"); for a relay the report places in no position (only in a
    reversal, say), no more than is known: it is not counted as a source."""
    from claimtrack.relays import relay_note

    if cid not in echoes and cid not in placed:
        return f"relaying {r['relays']}: not counted as a source"
    return f"relaying {r['relays']}: {relay_note(cid, r.get('status', 'active'), echoes)}"


def write_rows(rows: Iterable[list[str]], fh: IO[str], bom: bool = True) -> None:
    """Plain CSV rows (like write_csv): the import template."""
    if bom:
        fh.write("\ufeff")
    writer = csv.writer(fh, lineterminator="\r\n")
    for row in rows:
        writer.writerow(row)


def write_rejects(
    rejected: list[tuple[int, str, str]], path: Path, header: str | None = None
) -> None:
    """The lines --skip-invalid left out, as they were read (after ``header`` for CSV)."""

    def write(fh: IO[str]) -> None:
        if header is not None:
            fh.write(header + "\n")
        for _, raw, _ in rejected:
            fh.write(raw + "\n")

    write_output(path, write)


# -- ClaimReview -------------------------------------------------------------------------

CLAIM_REVIEWED_MAX = 75


Author = Callable[[str], tuple[str, str]]  # claimant as entered -> (schema.org type, name)


def _organization(claimant: str) -> tuple[str, str]:
    return ("Organization", claimant)


class Reviewer(NamedTuple):
    """The reviewing organisation from the settings (``claimtrack config reviewer.name`` and
    ``reviewer.url``): ClaimReview's author when a review names none."""

    name: str | None = None
    url: str | None = None

    @classmethod
    def of(cls, settings: dict[str, str]) -> Reviewer:
        return cls(settings.get("reviewer.name"), settings.get("reviewer.url"))


def claimreview(
    reviewed: Iterable[tuple[dict[str, Any], dict[str, Any]]],
    author: Author = _organization,
    reviewer: Reviewer = Reviewer(),
) -> tuple[list[tuple[str, dict[str, Any]]], list[str]]:
    """(claim id, schema.org ClaimReview) for complete reviews, and a problem per incomplete one.

    A review is complete with a URL and a rating on the verdict scale (``verdicts``); its
    author is ``--reviewer``, else the ``reviewer`` setting. ``author`` maps a claimant to the
    claim's author: Person or Organization, and the name its aliases fold into
    (``Store.author_of``).
    """
    docs: list[tuple[str, dict[str, Any]]] = []
    problems: list[str] = []
    for record, review in reviewed:
        missing = claimreview_problems(review, reviewer)
        if missing:
            problems.append(f"{record['id']}: {'; '.join(missing)}")
            continue
        docs.append((record["id"], claimreview_doc(record, review, author, reviewer)))
    return docs, problems


def claimreview_problems(review: dict[str, Any], reviewer: Reviewer = Reviewer()) -> list[str]:
    """What keeps a review out of ClaimReview, each with its fix; [] when complete."""
    from claimtrack.verdicts import place

    problems = []
    if not review.get("url"):
        problems.append("the review has no URL (claimtrack review ID --rating ... --url URL)")
    if not review.get("rating"):
        problems.append("the review has no rating")
    elif place(review["rating"]) is None:
        problems.append(
            f"rating {review['rating']!r} is not on the verdict scale (docs/exports.md): "
            "review it again with a rating of the scale"
        )
    return problems


def unnamed_reviewer(review: dict[str, Any], reviewer: Reviewer = Reviewer()) -> bool:
    """Whether a ClaimReview of ``review`` would have no ``author`` (recommended, not
    required by Google: the export warns)."""
    return not (review.get("reviewer") or reviewer.name)


def claim_reviewed(record: dict[str, Any], review: dict[str, Any]) -> str:
    """ClaimReview's ``claimReviewed``: the review's ``--summary``, else the quote (whitespace
    folded) cut at a word boundary within ``CLAIM_REVIEWED_MAX`` characters, with an ellipsis."""
    if review.get("summary"):
        return " ".join(review["summary"].split())
    quote = " ".join(record["quote"].split())
    if len(quote) <= CLAIM_REVIEWED_MAX:
        return quote
    space = quote.rfind(" ", 0, CLAIM_REVIEWED_MAX)  # the ellipsis takes the last place
    # One very long first word: cut inside it rather than show nothing.
    cut = quote[:space] if space > 0 else quote[: CLAIM_REVIEWED_MAX - 1]
    return cut.rstrip(" ,;:.-–—") + "…"


def full_date(value: Any) -> str | None:
    """``value`` when it is a full date (YYYY-MM-DD), else None: a month or a year alone is
    not a date schema.org's ``datePublished`` can carry without making up a day."""
    text = str(value or "")
    return text if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) else None


def _rating(text: str) -> dict[str, Any]:
    from claimtrack.verdicts import BEST, WORST, place

    placed = place(text)
    rating: dict[str, Any] = {"@type": "Rating"}
    if placed is not None and placed.value is not None:
        rating |= {"ratingValue": placed.value, "bestRating": BEST, "worstRating": WORST}
    return rating | {"alternateName": text, "name": text}


def claimreview_id(url: str, claim_id: str) -> str:
    """A ClaimReview's ``@id``: its page's address with the fragment ``#claim-ID`` in place of
    any fragment the address has (``https://fc.example/a#verdict`` gives
    ``https://fc.example/a#claim-ID``: an address has one fragment, and a second ``#`` is no
    IRI a JSON-LD reader or Google's validator takes)."""
    from urllib.parse import urldefrag

    return f"{urldefrag(url).url}#claim-{claim_id}"


def claimreview_doc(
    record: dict[str, Any],
    review: dict[str, Any],
    author: Author = _organization,
    reviewer: Reviewer = Reviewer(),
) -> dict[str, Any]:
    item: dict[str, Any] = {
        "@type": "Claim",
        "author": dict(zip(("@type", "name"), author(record["claimant"]), strict=True)),
    }
    if record.get("url"):  # an appearance is a page: without its address there is none
        appearance: dict[str, Any] = {"@type": "CreativeWork", "url": record["url"]}
        if record.get("outlet"):
            appearance["publisher"] = {"@type": "Organization", "name": record["outlet"]}
        if full_date(record.get("reported_on")):
            appearance["datePublished"] = record["reported_on"]
        item["appearance"] = appearance
        if not record.get("relays"):  # an echo's page is not where the claim first appeared
            item["firstAppearance"] = appearance
    item["text"] = record["quote"]
    said = full_date(record.get("said_on")) or (
        None if record.get("said_on") else full_date(record.get("reported_on"))
    )
    if said:
        item["datePublished"] = said
    doc: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "@id": claimreview_id(review["url"], record["id"]),
        "url": review["url"],
        "claimReviewed": claim_reviewed(record, review),
        "itemReviewed": item,
        "reviewRating": _rating(review["rating"]),
        "datePublished": review["reviewed_at"][:10],
    }
    name = review.get("reviewer") or reviewer.name
    if name:
        doc["author"] = {"@type": "Organization", "name": name}
        if reviewer.url and name == reviewer.name:
            doc["author"]["url"] = reviewer.url
    if review.get("finding"):
        doc["reviewBody"] = review["finding"]
    return doc


def write_claimreview_split(
    docs: Iterable[tuple[str, dict[str, Any]]], directory: Path
) -> list[Path]:
    """One ClaimReview per file (Google's guidance: one per page) in ``directory``, named
    ``CLAIM-ID.json`` (ids are slugs), each written atomically through ``output_file``;
    returns the paths written."""
    directory = Path(directory)
    if directory.exists() and not directory.is_dir():
        raise ClaimtrackError(f"--split {directory}: not a directory")
    if not directory.exists():
        if not directory.parent.is_dir():
            raise ClaimtrackError(
                f"--split {directory}: directory {directory.parent} does not exist"
            )
        directory.mkdir()
    written = []
    for record_id, doc in docs:
        path = directory / f"{record_id}.json"
        with output_file(path) as fh:
            write_script_safe_json(doc, fh)
        written.append(path)
    return written
