"""Workbooks for spreadsheets (``export --format xlsx``, ``conflicts --xlsx``).

A CSV cannot say "this cell is text": a spreadsheet guesses, and a re-save keeps the guess
(``2017-11`` becomes a date, ``0012`` the number 12, a guarded ``=HYPERLINK(...)`` a live
formula). A workbook can. Here every cell of user text is written as a text cell (XlsxWriter's
``write_string``, in a text-formatted column, so an edited cell stays text too): no formula is
ever written, dates stay ISO text, leading zeros stay. Only the numbers claimtrack computed
(a figure's bounds, a position's number) are numbers.

Each kind of row has a sheet of its own (claims, disputes, reviews), with a frozen, filtered
header row and column widths from the content. A cell longer than Excel's limit (32,767
characters) is cut, visibly, with a marker, and the caller is told which claim and column.

XlsxWriter is imported here only, and only when a workbook is written. The file appears
whole or not at all (written beside the target, then renamed), like every other output.
"""

from __future__ import annotations

import io
import os
import stat
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimtrack.errors import ClaimtrackError, InputError
from claimtrack.sheetcells import CELL_LIMIT  # Excel's most characters in a cell

CUT_MARK = " […cut: {n:,} more characters; the full text is in claimtrack]"
MIN_WIDTH, MAX_WIDTH = 6, 60  # column widths, in characters
WIDTH_SAMPLE = 500  # rows read for a column's width


@dataclass
class Sheet:
    """One worksheet: its name, columns, rows (dicts by column), and which columns hold
    numbers claimtrack computed (every other column is text)."""

    name: str
    columns: Sequence[str]
    rows: Iterable[Mapping[str, Any]]
    numbers: frozenset[str] = frozenset()
    id_column: str = "id"
    cut: list[tuple[str, str, int]] = field(default_factory=list)  # (row id, column, length)


def fit(text: str) -> tuple[str, int]:
    """``text`` cut to Excel's cell limit with a visible marker; and its length when cut
    (0 when it fits)."""
    if len(text) <= CELL_LIMIT:
        return text, 0
    n = len(text)
    # the marker names how much is left out, and its own length depends on that number:
    # settle on a length that fills the cell exactly
    keep = CELL_LIMIT - len(CUT_MARK.format(n=n))
    for _ in range(3):
        keep = CELL_LIMIT - len(CUT_MARK.format(n=n - keep))
    return text[:keep] + CUT_MARK.format(n=n - keep), n


def _width(values: Iterable[str]) -> int:
    longest = max((max(map(len, v.splitlines() or [""])) for v in values), default=0)
    return max(MIN_WIDTH, min(MAX_WIDTH, longest + 2))


def _write_sheet(book: Any, sheet: Sheet, header: Any, text: Any) -> None:
    ws = book.add_worksheet(sheet.name)
    columns = list(sheet.columns)
    for c, name in enumerate(columns):
        ws.write_string(0, c, name, header)
    seen: dict[str, list[str]] = {name: [name] for name in columns}
    r = 0
    for r, row in enumerate(sheet.rows, 1):
        for c, name in enumerate(columns):
            value = row.get(name)
            if value is None or value == "":
                continue
            if (
                name in sheet.numbers
                and isinstance(value, int | float)
                and not isinstance(value, bool)
            ):
                ws.write_number(r, c, value)
                shown = f"{value:,}"
            else:
                shown, length = fit(str(value))
                if length:
                    sheet.cut.append((str(row.get(sheet.id_column) or f"row {r}"), name, length))
                ws.write_string(r, c, shown, text)
            if r <= WIDTH_SAMPLE:
                seen[name].append(shown)
    for c, name in enumerate(columns):
        fmt = None if name in sheet.numbers else text
        ws.set_column(c, c, _width(seen[name]), fmt)
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, max(r, 1), len(columns) - 1)


def workbook_bytes(sheets: Sequence[Sheet]) -> bytes:
    """The workbook of ``sheets``, as the bytes of an .xlsx file."""
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(
        buffer,
        {
            "in_memory": True,
            "strings_to_formulas": False,
            "strings_to_numbers": False,
            "strings_to_urls": False,
        },
    )
    header = book.add_format({"bold": True, "num_format": "@"})
    text = book.add_format({"num_format": "@", "valign": "top"})
    for sheet in sheets:
        _write_sheet(book, sheet, header, text)
    book.close()
    return buffer.getvalue()


def write_workbook(path: Path | str | None, sheets: Sequence[Sheet]) -> None:
    """Write the workbook to ``path``, whole or not at all. A terminal or a pipe is refused:
    a workbook is a file."""
    from claimtrack.exports import is_stdout

    if is_stdout(path):
        raise InputError("a workbook is written to a file: give -o FILE.xlsx")
    target = Path(os.path.realpath(path))  # type: ignore[arg-type]
    if target.is_dir():
        raise ClaimtrackError(f"cannot write {path}: it is a directory")
    if not target.parent.is_dir():
        raise ClaimtrackError(f"cannot write {path}: directory {target.parent} does not exist")
    data = workbook_bytes(sheets)
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as e:
        raise ClaimtrackError(f"cannot write {path}: {e.strerror}") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fchmod(fh.fileno(), mode)
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as e:  # a full disk, a file size limit: the target is left as it was
        Path(tmp).unlink(missing_ok=True)
        raise ClaimtrackError(f"cannot write {path}: {e.strerror}; nothing was written") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
