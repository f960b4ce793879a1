"""Read the figures sources give ("some 250 fighters", "a few dozen", "six to seven km").

``parse_figure`` turns one figure phrase into a closed interval ``[low, high]`` (``high`` None
means no upper bound), the noun counted, the hedge that widened it, the precision a bare round
number implies (``rounding``) and the dimension of what is measured, converted to a base unit,
so that the conflict engine can tell "a few dozen" from "250" (cannot both be true) and
"around 4,000" from "3,750" (compatible). Every rule is documented, with examples, in
``docs/figures.md``.

The rule everywhere: a fact-checker publishes what this reads, so text that is not read
exactly is refused (``FigureError``, one line naming what was not understood), never guessed.

Pure and stdlib-only: no I/O; a few small tables are built at import, the unit table on first
use; the reader itself is loaded on the first figure read. The package's files are the
parser's parts: ``figure`` (what it gives), ``lexicon`` and
``units`` (the tables), ``tokens``, ``values``, ``words``, ``amounts``, ``hedges``, ``rest``
and ``reader`` (the full reader, in the order it reads a phrase), ``fast`` (the fast path for
the commonest shapes) and ``formatting`` (numbers and intervals for people).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

from claimtrack.fields import tidy
from claimtrack.quantities.figure import Figure, FigureError
from claimtrack.quantities.formatting import (
    base_symbol,
    describe,
    format_number,
    format_range,
    format_rounded,
    money_number,
    unit_symbol,
)

__all__ = [
    "Figure",
    "FigureError",
    "base_symbol",
    "describe",
    "format_number",
    "format_range",
    "format_rounded",
    "in_currency",
    "money_number",
    "parse_figure",
    "reading_rates",
    "stated_ends",
    "tidy",
    "unit_dimension",
    "unit_symbol",
]


def parse_figure(text: str, *, decimal_comma: bool = False, rates: bool | None = None) -> Figure:
    """Read one figure phrase; raise FigureError (only) when it holds no figure read exactly.

    ``decimal_comma`` reads a comma as the decimal mark and a dot as the thousands separator
    ("1.234,5" = 1234.5, "11.300" = 11300, "1,5" = 1.5); without it "11.300" and "1,5" are
    refused as ambiguous.

    ``rates``: the figure is a rate or a change (a claim on a measure named for rates,
    ``measure_words.over_whole``, or logged with --change), whose percentages are not shares
    of one whole: "211.4%" is read, and a hedge is not capped at 100% ("more than 90%" is 90%
    with no upper bound). Elsewhere a share above 100% is refused. None: as the innermost
    ``reading_rates`` block says (False outside any). The readings are cached by text, by
    the reading of a decimal comma and by this.

    >>> parse_figure("around 4,000 people").to_json()["high"]
    4400
    """
    if not isinstance(text, str):
        raise FigureError(f"expected figure text, got {type(text).__name__}")
    if rates is None:
        rates = _rates_now
    if rates:  # a cache of its own: the common key stays (text, decimal_comma)
        return _parse_rates_cached(text, bool(decimal_comma))
    return _parse_cached(text, bool(decimal_comma))


# Whether the figures read now are rates or changes (``reading_rates``): the quote checks read
# many phrases of one claim's quote through helpers that do not take the claim, so the claim's
# context is set once around them rather than passed to each. A module global, not a
# ContextVar: claimtrack reads figures in one thread per process, and the parser is called
# several times a figure (a ContextVar and a three-part cache key cost 417 instructions a
# cached call more than before, this 262: docs/performance.md, "rates30").
_rates_now = False


@contextmanager
def reading_rates(rates: bool) -> Iterator[None]:
    """Read every figure inside the block as a rate or change (``rates`` True: shares above
    100% read) or not (False), unless a call says otherwise (``parse_figure(rates=...)``)."""
    global _rates_now
    before, _rates_now = _rates_now, bool(rates)
    try:
        yield
    finally:
        _rates_now = before


def rates_now() -> bool:
    """Whether figures are read as rates or changes here (the innermost ``reading_rates``)."""
    return _rates_now


# Figure texts repeat across an import (a million generated claims: 599k figures, 122k distinct
# texts): 8,192 entries hit 51% of them, 32,768 hit 70% for about 10 MB more in the reader.
@lru_cache(maxsize=16384)
def _parse_cached(text: str, decimal_comma: bool = False) -> Figure:
    return _parse(text, decimal_comma, False)


# The readings of rates and changes (``parse_figure(rates=True)``): few, beside the others.
@lru_cache(maxsize=1024)
def _parse_rates_cached(text: str, decimal_comma: bool = False) -> Figure:
    return _parse(text, decimal_comma, True)


def stated_ends(
    text: str, base_low: int | float, base_high: int | float
) -> tuple[int | float, int | float] | None:
    """The ends a figure said with "about" ("around": "about 40 to 50", "some 9") states, in
    base units, before the hedge widened them: (40, 50) for "about 40 to 50" read 36-55. The
    figure is read again (with a decimal point, then a decimal comma; as a share, then as a
    rate) and the reading whose bounds are ``base_low``-``base_high``, the bounds stored, is
    the one taken; None when no reading gives them (bounds given by hand, another hedge) or
    the text holds no figure: the engine then keeps the bounds, and never guesses the ends."""
    from claimtrack.quantities.hedges import _UNWIDENED

    for rates in (False, True):
        for decimal_comma in (False, True):
            try:
                fig = _parse(text, decimal_comma, rates)
            except FigureError:
                continue
            if fig.hedge != "around" or fig.base_high is None:
                continue
            if not (_same(fig.base_low, base_low) and _same(fig.base_high, base_high)):
                continue
            _UNWIDENED[0] = True
            try:
                said = _parse(text, decimal_comma, rates)
            finally:
                _UNWIDENED[0] = False
            if said.base_low is None or said.base_high is None:
                return None
            return said.base_low, said.base_high
    return None


def _same(a: int | float | None, b: int | float) -> bool:
    """Two bounds in base units equal to 12 significant digits (a float stored and read)."""
    return a is not None and abs(a - b) <= abs(b) * 1e-12


def unit_dimension(unit_text: str | None) -> tuple[str, int | float]:
    """(dimension, factor) for a unit as stored in a record: "kilometres" -> ("length", 1000.0),
    "fighters" -> ("count", 1), "%" -> ("share", 1), "$" -> ("currency:USD", 1), None ->
    ("count", 1). ``factor`` is base units per unit. Raises FigureError for a unit that is
    ambiguous or not read ("pounds", "tons", "°C") or that holds a number.
    """
    if unit_text is None:
        return ("count", 1)
    if not isinstance(unit_text, str):
        raise FigureError(f"expected unit text, got {type(unit_text).__name__}")
    return _unit_dimension(unit_text)


# The reader (lexicon, unit table, grammar, fast path) is loaded on the first figure read, not
# when the package is imported: commands that only format numbers never load it. Each loader
# below replaces itself with the reader's function on its first call.


def _parse(text: str, decimal_comma: bool = False, rates: bool = False) -> Figure:
    """Read one figure phrase: the fast path for the commonest shapes, else the full parser
    (``fast._parse``)."""
    from claimtrack.quantities.fast import _parse as parse

    globals()["_parse"] = parse
    return parse(text, decimal_comma, rates)


def _unit_dimension(unit_text: str) -> tuple[str, int | float]:
    from claimtrack.quantities.reader import _unit_dimension as read

    globals()["_unit_dimension"] = read
    return read(unit_text)


def in_currency(fig: Figure) -> str | None:
    """Money written in a hundredth of its currency, as the currency reads it: "161.8p" ->
    "GBP 1.618" (what is stored and compared); None for any other figure."""
    if fig.factor == 1 or not fig.dimension.startswith("currency:") or fig.base_low is None:
        return None
    low = _cents(fig.base_low)
    amount = (
        low
        if fig.base_high == fig.base_low
        else f"{low}+"
        if fig.base_high is None
        else (f"{low}–{_cents(fig.base_high)}")
    )
    return f"{fig.dimension[9:]} {amount}"


def _cents(x: int | float) -> str:
    """An amount of money with its cents, and a fraction of a cent when it has one: "0.45",
    "1.618", "39.43", "0.50"."""
    whole, _, frac = f"{x:,.6f}".rstrip("0").partition(".")
    return f"{whole}.{frac.ljust(2, '0')}"
