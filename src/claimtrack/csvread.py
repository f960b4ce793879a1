"""Spreadsheet import: a CSV file whose header row names record fields (docs/format.md).

The same validation and the same ``FILE:LINE`` problems as JSONL. The header may hold any
subset of the record's fields in any order (unknown columns are an error); an empty cell is an
absent field; a row whose first cell starts with ``#`` is a comment. Cells that
``claimtrack export --format csv`` protected against spreadsheet formulas and misreadings (a
leading apostrophe before ``= + - @`` or before ``18,000+``: ``sheetcells``) are read back as
written, so a CSV export imports unchanged.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from claimtrack.errors import InputError
from claimtrack.fields import RECORD_FIELDS
from claimtrack.jsonl import open_input
from claimtrack.records import Item, claim_row
from claimtrack.wording import noun

NUMBERS = ("low", "high")
COMMENT = "#"


def _cell(value: str) -> str:
    """A cell as the export wrote it, less the export's guard apostrophe (before a formula
    character, the text's own apostrophe or a text read as another number: ``sheetcells``)."""
    from claimtrack.sheetcells import unguard

    return unguard(value.strip())


def _line(cells: list[str]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow(cells)
    return out.getvalue()


def _header(reader: Any, path: str | Path) -> list[str]:
    """The header row: record field names, each at most once (InputError otherwise)."""
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        raise InputError(f"{path}: the file is empty: no claims to import") from None
    except UnicodeDecodeError as e:
        raise not_utf8(path, e) from None
    except csv.Error as e:
        raise InputError(f"{path}:1: cannot read the header: {e}") from None
    unknown = [h for h in header if h not in RECORD_FIELDS]
    apart = _separated_by(header) if unknown else None
    if apart is not None:  # a sheet saved with another delimiter: one column of all the names
        raise InputError(
            f"{path}:1: the columns are separated by {apart}, not commas",
            hint="save the sheet as CSV with commas (Excel: 'CSV UTF-8 (Comma delimited)'; "
            "LibreOffice: field delimiter ',')",
        )
    if unknown:
        raise InputError(
            f"{path}:1: unknown {noun(len(unknown), 'column')}: {', '.join(map(repr, unknown))}",
            hint="the header names record fields: claimtrack export --format csv --template",
        )
    dupes = sorted({h for h in header if header.count(h) > 1})
    if dupes:
        raise InputError(f"{path}:1: {noun(len(dupes), 'column')} given twice: {', '.join(dupes)}")
    return header


_DELIMITERS = {";": "semicolons", "\t": "tabs", "|": "vertical bars"}


def _separated_by(header: list[str]) -> str | None:
    """The delimiter (named) that splits a one-cell header into record field names, if any."""
    if len(header) != 1:
        return None
    for mark, name in _DELIMITERS.items():
        names = [h.strip() for h in header[0].split(mark)]
        if len(names) > 1 and all(h in RECORD_FIELDS for h in names):
            return name
    return None


def _row_data(header: list[str], cells: list[str]) -> tuple[dict[str, Any], list[str]]:
    """A data row as a record dict (empty cells left out, number columns as numbers) and the
    problems found in it."""
    data: dict[str, Any] = {}
    problems = []
    for name, cell in zip(header, cells, strict=False):
        value = _cell(cell)
        if value == "":
            continue
        if name in NUMBERS:
            try:
                data[name] = float(value)
            except ValueError:
                problems.append(f"{name}: {value!r} is not a number")
        else:
            data[name] = value
    return data, problems


def read_csv_claims(path: str | Path, *, decimal_comma: bool = False) -> Iterator[Item]:
    """Yield (line, raw row as CSV text, Claim or None, problem) for each data row."""
    from pydantic import ValidationError

    from claimtrack.models import Claim, format_validation_error

    context = {"decimal_comma": True} if decimal_comma else None
    stream = open_input(path)
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="", errors="strict")
    try:
        reader = csv.reader(text)
        header = _header(reader, path)
        line = reader.line_num
        while True:
            start = line + 1
            try:
                cells = next(reader)
            except StopIteration:
                return
            except UnicodeDecodeError as e:
                raise not_utf8(path, e) from None
            except csv.Error as e:
                yield start, "", None, f"unreadable CSV: {e}"
                return
            line = reader.line_num
            if not any(c.strip() for c in cells) or cells[0].lstrip().startswith(COMMENT):
                continue
            raw = _line(cells)
            if len(cells) > len(header):
                yield start, raw, None, f"{len(cells)} cells but the header has {len(header)}"
                continue
            data, problems = _row_data(header, cells)
            if problems:
                yield start, raw, None, "; ".join(problems)
                continue
            try:
                yield start, raw, Claim.model_validate(data, context=context), None
            except ValidationError as e:
                yield start, raw, None, "; ".join(format_validation_error(e))
    finally:
        text.detach()
        if str(path) != "-":
            stream.close()


def read_csv_rows(path: str | Path, *, decimal_comma: bool = False) -> Iterator[Item]:
    """Like ``jsonl.read_rows``: (line, raw, store row or None, problem) for each row."""
    for line, raw, claim, problem in read_csv_claims(path, decimal_comma=decimal_comma):
        yield line, raw, None if claim is None else claim_row(claim, None), problem


def not_utf8(path: str | Path, err: UnicodeDecodeError) -> InputError:
    """The error for a sheet that is not UTF-8, for the whole file, at its first such byte.

    Not a bad row: text is decoded a block ahead of the row being read (the line the reader
    is at is not the byte's), and no row after that byte can be read; a file saved in another
    encoding has such bytes wherever it has an accent. So the import stops, nothing stored
    (before, --skip-invalid stored the rows before the block and left out all the rest of
    the file, counting one rejected line)."""
    where = _first_bad_byte(path)
    if where is None:  # standard input: read once
        at, what = str(path), f"byte 0x{err.object[err.start]:02x}"
    else:
        line, column, byte = where
        at, what = f"{path}:{line}", f"byte 0x{byte:02x} at column {column}"
    return InputError(
        f"{at}: not valid UTF-8 ({what}): the file is in another encoding; nothing was imported",
        hint="save the sheet as 'CSV UTF-8' (LibreOffice: character set 'Unicode (UTF-8)'), or "
        "convert it: iconv -f windows-1252 -t utf-8 FILE > FILE-utf8.csv",
    )


def _first_bad_byte(path: str | Path) -> tuple[int, int, int] | None:
    """(line, column, byte) of the first byte of ``path`` that is not UTF-8 (a line at a time:
    a newline byte is never inside a UTF-8 character), or None."""
    if str(path) == "-":
        return None
    try:
        with open(path, "rb") as fh:
            for number, raw in enumerate(fh, 1):
                try:
                    raw.decode("utf-8")
                except UnicodeDecodeError as e:
                    return number, e.start + 1, raw[e.start]
    except OSError:
        return None
    return None


def header_line(path: str | Path) -> str | None:
    """The header row as read (for the rejects file), or None if it cannot be read again."""
    if str(path) == "-":
        return None
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            return _line(next(csv.reader(fh)))
    except (OSError, StopIteration, UnicodeDecodeError, csv.Error):
        return None


def template_rows() -> list[list[str]]:
    """The header, and one commented example row (skipped on import)."""
    example = {
        "id": "# example row: lines starting with # are skipped",
        "subject": "raqqa-convoy",
        "claimant": "Syrian Democratic Forces (SDF)",
        "outlet": "Mother Jones",
        "reported_on": "2017-11",
        "quote": "only a few dozen fighters had been able to leave",
        "kind": "figure",
        "measure": "isis-fighters-evacuated",
        "value": "a few dozen fighters",
    }
    return [list(RECORD_FIELDS), [example.get(f, "") for f in RECORD_FIELDS]]
