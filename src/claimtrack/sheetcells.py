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
  dates with a day nobody said; and, found by opening such texts in LibreOffice 7.4, a
  month by its name becomes a date (``May 2024`` the 1st of May, ``Oct 14`` the 14th of
  October of the year it is opened), a ratio becomes a time (``3:1`` is 03:01 AM), ``1 1/2``
  becomes 1.5, and a decimal loses its last zeros (``1.500``, a European 1,500, becomes 1.5).
  A plain number (``3,600``, ``95%``, ``-2``) and a full ISO date (``2017-10-14``) are read
  as what they say and are left alone. A currency's sign does not make such a text safe
  (outputs18): LibreOffice reads ``$18,000+`` as the number 18000 (the "at least" lost),
  ``$5-`` and ``($5)`` as -5 and ``$1.500`` as 1.5, in dollars; a text is read with one sign
  taken off, and guarded when what is left would be (``$5``, read as 5 dollars, is left alone).
"""

from __future__ import annotations

import re

# The most characters an Excel cell holds (LibreOffice 7.4 cuts a CSV cell at 65,535, without
# a word): a CSV keeps the text whole and the command names the cells a sheet will not show.
CELL_LIMIT = 32_767

# Cells starting with these are read as formulas by spreadsheets (OWASP "CSV Injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

_DIGITS = r"\d[\d,.]*"
# An English month's name or its abbreviation, as LibreOffice and Excel read them in a date.
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_MISREAD = re.compile(
    "|".join(
        (
            rf"[-+]?\s*{_DIGITS}\s*[-+]",  # a trailing sign: "18,000+", "450+", "5-"
            rf"\(\s*[-+]?{_DIGITS}\s*\)",  # an accountant's negative: "(5)"
            r"0\d+",  # leading zeros: "007"
            r"[-+]?\d+(?:\.\d*)?[eE][-+]?\d+",  # scientific notation: "1e5"
            r"\d{1,4}/\d{1,2}(?:/\d{1,4})?",  # a fraction or a date: "1/2", "3/4/2017"
            r"\d+\s+\d+/\d+",  # a whole number and a fraction: "1 1/2" read as 1.5
            r"\d{1,2}-\d{1,2}",  # Excel's day-month: "3-4"
            r"\d{4}-\d{1,2}",  # Excel's month of a year: "2017-11" read as 1 November 2017
            # a month by its name, with a day or a year: "May 2024" read as 1 May 2024, "Oct 14"
            # as 14 October of this year, "May 5, 2024" shown 05/05/24; Excel also "14 Oct"
            rf"{_MONTH}[\s,-]*\d{{1,4}}(?:[\s,-]+\d{{1,4}})?",
            rf"\d{{1,2}}(?:st|nd|rd|th)?[\s-]*{_MONTH}(?:[\s,-]*\d{{1,4}})?",
            # a time, or a ratio read as one: "3:1" read as 03:01 AM, "12:30", "10pm"
            r"\d+(?::\d+(?:\.\d+)?){1,2}(?:\s*[ap]\.?m\.?)?",
            r"\d{1,2}\s*[ap]\.?m\.?",
            # a decimal that ends in a zero or a point, which the sheet drops: "1.500" (a
            # European 1,500) read as 1.5, "3.0" as 3, "10.0%" shown 10.00%
            r"\d[\d,]*\.(?:\d*0)?%?",
            r"\.\d*0%?",
        )
    ),
    re.IGNORECASE,
)
# A plain number: 16 significant digits or more are beyond a spreadsheet's precision
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
# A currency's sign before or after an amount, which a spreadsheet reads as a number in that
# currency ("$18,000+" in LibreOffice's English locale, "18.000 €" in a German one): the text
# is judged as it would be without it
_SIGN = re.compile(r"\s*[$€£¥₹₺₽₩₦₱₪]\s*")


def misread(text: str) -> bool:
    """Would a spreadsheet read this text as something it does not say (a formula, another
    number, a date)? Such a text gets a guard apostrophe in a CSV."""
    if text.startswith(FORMULA_START) or text.startswith("'"):
        return True
    text = text.strip()
    signs = _SIGN.findall(text)
    if len(signs) == 1:  # "$18,000+", "($5)", "18.000 €": judged as "18,000+", "(5)", "18.000"
        text = _SIGN.sub("", text)
    if _MISREAD.fullmatch(text):
        return True
    # 16 digits or more: beyond a spreadsheet's precision (its last digits become zeros)
    return _NUMBER.fullmatch(text) is not None and sum(c.isdigit() for c in text) >= 16


def guard(text: str) -> str:
    """The text as a CSV cell: with a leading apostrophe if a spreadsheet would misread it."""
    return "'" + text if misread(text) else text


def unguard(cell: str) -> str:
    """A cell as ``guard`` wrote it, less exactly its guard apostrophe."""
    if cell.startswith("'") and misread(cell[1:]):
        return cell[1:]
    return cell
