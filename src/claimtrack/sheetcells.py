"""Which text cells of a CSV a spreadsheet would not show as written (pure, no imports).

Written by ``exports.safe_cell`` (a guard apostrophe before such a text) and read back by
``csvread`` (exactly that apostrophe removed), so the two can never disagree.

Two kinds of text are guarded:

- a would-be formula: a cell starting with ``= + - @``, a tab or a carriage return (OWASP
  "CSV Injection"), and a text starting with an apostrophe (Gnumeric drops one);
- a text a spreadsheet reads as a different number or as a date it does not say, found by
  opening every fixture's CSV in LibreOffice (docs/exports.md, "Cells read as numbers"):
  ``18,000+`` ("at least 18,000") becomes the number 18000, ``(5)`` becomes -5, ``007``
  loses its zeros, ``1e5`` becomes 100000, a number of 16 digits or more loses its last
  ones, ``1/2`` becomes the 2nd of January, and in Excel ``3-4`` and ``2017-11`` become
  dates with a day nobody said. A plain number (``3,600``, ``95%``, ``-2``) and a full date
  (``2017-10-14``) are read as what they say and are left alone.
"""

from __future__ import annotations

import re

# Cells starting with these are read as formulas by spreadsheets (OWASP "CSV Injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

_DIGITS = r"\d[\d,.]*"
_MISREAD = re.compile(
    "|".join(
        (
            rf"[-+]?\s*{_DIGITS}\s*[-+]",  # a trailing sign: "18,000+", "450+", "5-"
            rf"\(\s*[-+]?{_DIGITS}\s*\)",  # an accountant's negative: "(5)"
            r"0\d+",  # leading zeros: "007"
            r"[-+]?\d+(?:\.\d*)?[eE][-+]?\d+",  # scientific notation: "1e5"
            r"\d{1,4}/\d{1,2}(?:/\d{1,4})?",  # a fraction or a date: "1/2", "3/4/2017"
            r"\d{1,2}-\d{1,2}",  # Excel's day-month: "3-4"
            r"\d{4}-\d{1,2}",  # Excel's month of a year: "2017-11" read as 1 November 2017
        )
    )
)
_WHOLE = re.compile(r"\d[\d,]*")


def misread(text: str) -> bool:
    """Would a spreadsheet read this text as something it does not say (a formula, another
    number, a date)? Such a text gets a guard apostrophe in a CSV."""
    if text.startswith(FORMULA_START) or text.startswith("'"):
        return True
    text = text.strip()
    if _MISREAD.fullmatch(text):
        return True
    # 16 digits or more: beyond a spreadsheet's precision (its last digits become zeros)
    return _WHOLE.fullmatch(text) is not None and sum(c.isdigit() for c in text) >= 16


def guard(text: str) -> str:
    """The text as a CSV cell: with a leading apostrophe if a spreadsheet would misread it."""
    return "'" + text if misread(text) else text


def unguard(cell: str) -> str:
    """A cell as ``guard`` wrote it, less exactly its guard apostrophe."""
    if cell.startswith("'") and misread(cell[1:]):
        return cell[1:]
    return cell
