"""The fast path: the commonest figure shapes read with one regular expression, exactly as
the full reader reads them (tests/test_quantities_fast.py compares both)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, NamedTuple

from claimtrack.quantities.amounts import _join
from claimtrack.quantities.figure import _MAX_TEXT, Figure, FigureError, _scaled
from claimtrack.quantities.hedges import _widen, _width
from claimtrack.quantities.lexicon import _LEADING, _TRAILING
from claimtrack.quantities.reader import _parse_full
from claimtrack.quantities.rest import SCORE_NOUNS, year_like
from claimtrack.quantities.values import _Amount, _qle, _rounding, _val

# ---------------------------------------------------------------------------------------------
# The fast path. Most figures an import reads have one of a few shapes: a whole number with or
# without thousands separators, maybe a leading hedge ("about"), a range ("250 to 300",
# "250-300", "between 250 and 300"), a trailing hedge ("or so", "+", "-odd"), then what is
# counted or measured ("people", "km long", "%", "per cent of voters"). ``_fast`` reads
# exactly those with one regular expression and whole-number arithmetic, and declines (None)
# anything else, which the full parser then reads (with its errors). On these shapes the full
# parser takes one fixed path, which ``_fast`` follows step by step: ``_normalise`` changes
# nothing (lowercase ASCII, single spaces, no punctuation at either end), each number is one
# token read by ``_numeral``'s first two branches, and the words after the figure (``_rest``)
# read the same after any number, hedge or range: they are read once with the full parser
# after "7", and used only when they change nothing but the unit, the dimension and the
# factor (no scale, hedge, ratio, range or second number). The hedge and the rounding are
# applied by the full parser's own ``_widen`` and ``_rounding``: the rules live in one place.
# tests/test_quantities_fast.py compares both on generated texts and near-misses.


def _fast_phrases(index: dict[str, list[tuple[tuple[str, ...], object]]]) -> dict[str, str]:
    """The phrases of a hedge index as the fast path sees them: lowercase words joined by one
    space, or "+" or "-word" written against the number; other phrases are left out, and so
    is "or equal", which only closes a bound the full parser reads ("less than 70 or equal")."""
    out: dict[str, str] = {}
    for entries in index.values():
        for toks, canonical in entries:
            if canonical == "or equal":
                continue
            words = toks[1:] if toks[0] == "-" else toks
            if toks == ("+",):
                out["+"] = str(canonical)
            elif words and all(w.isascii() and w.isalpha() and w.islower() for w in words):
                text = " ".join(words)
                out["-" + text if toks[0] == "-" else text] = str(canonical)
    return out


_FAST_NUM = r"[1-9][0-9]{0,14}|[1-9][0-9]{0,2}(?:,[0-9]{3}){1,4}"  # below _MAX, no leading 0


class _FastTables(NamedTuple):
    pattern: re.Pattern[str]
    leads: dict[str, str]  # leading hedge phrase -> canonical hedge
    tails: dict[str, str]  # trailing hedge phrase -> canonical hedge
    new_figure: Any  # see _figure_maker


@lru_cache(maxsize=1)
def _fast_tables() -> _FastTables:
    """What the fast path needs, built on its first use (not at import: ``claimtrack figure``
    starts faster)."""
    pattern = re.compile(
        r"(?:(?P<lead>[a-z]+(?: [a-z]+)*) )?"
        rf"(?P<a>{_FAST_NUM})(?:(?P<link> to |-| and )(?P<b>{_FAST_NUM}))?"
        r"(?P<mark>\+|-[a-z]+|%)?(?P<words>(?: [a-z]+)*)"
    )
    leads, tails = _fast_phrases(_LEADING), _fast_phrases(_TRAILING)
    return _FastTables(pattern, leads, tails, _figure_maker())


# The hedges the fast path reads (a hedge added to _HEDGES takes the full parser until it is
# added here and the differential tests cover it).
_FAST_RULES = frozenset(
    ("exactly", "around", "nearly", "just under", "just over", "odd", "at least", "more than",
     "up to", "fewer than", "most of")
)  # fmt: skip
# Words after the figure that would read the amount again (a ratio "in", a range "to").
_FAST_NOT_FIRST = frozenset(("in", "out", "to", "or", "if", "and", "-"))


@lru_cache(maxsize=512)
def _rest(rest: str) -> tuple[str | None, str, int | float] | None:
    """(unit, dimension, factor) of the words after a figure (``rest``: " people", "%",
    " km long"), when the full parser reads them after "7" as that and nothing else; None
    when they scale, hedge, link or refuse, or are not read."""
    if rest.lstrip(" ").partition(" ")[0] in _FAST_NOT_FIRST:
        return None
    try:
        fig = _parse_full(f"7{rest}")
    except FigureError:
        return None
    unit, dim, factor = fig.unit, fig.dimension, fig.factor
    seven = _scaled(7, factor)
    plain = Figure(f"7{rest}", 7, 7, unit, None, True, 0, dim, seven, seven, factor)
    return (unit, dim, factor) if repr(fig) == repr(plain) else None  # repr: 7 is not 7.0


def _fast_width(n: int) -> int:
    """``_width(_sig((n, 1)))`` for a whole n > 0: its significant digits are its digits
    without the zeros at its end."""
    return _width(len(str(n).rstrip("0")))


def _fast_number(text: str) -> int:
    return int(text.replace(",", "")) if "," in text else int(text)


_DECLINE = ("", None)  # what _fast_words returns for a text the fast path does not read


def _fast_words(
    tables: _FastTables, lead: str | None, link: str | None, mark: str | None, words: str
) -> tuple:
    """The hedge and the words after the figure of a matched text: (hedge or None, rest),
    or ``_DECLINE``. ``mark`` is "+", "-word" or "%" against the number, ``words`` the words
    after it (each after a space): maybe a trailing hedge, then what is counted."""
    leads, tails = tables.leads, tables.tails
    hedge = None
    if lead == "between":
        if link != " and ":
            return _DECLINE
    elif link == " and ":
        return _DECLINE
    elif lead is not None:
        hedge = leads.get(lead)
        if hedge is None:
            return _DECLINE
    if mark == "%":
        return hedge, mark + words  # "40%", "40% of voters": the unit
    tail, rest = mark, words
    if mark is None and words:
        # the longest trailing hedge the words start with, as the full parser's _match
        split = words[1:].split(" ")
        for k in range(len(split), 0, -1):
            phrase = " ".join(split[:k])
            if phrase in tails:
                tail, rest = phrase, "".join(f" {w}" for w in split[k:])
                break
    if tail is not None:
        if hedge is not None or tail not in tails:
            return _DECLINE  # two hedges (the full parser refuses), or not a hedge
        hedge = tails[tail]
    return hedge, rest


def _fast_bounds(text: str, a_text: str, link: str | None, b_text: str | None) -> tuple | None:
    """(low, high) as stated, or None: backwards, or a dash range the full parser refuses."""
    low = _fast_number(a_text)
    if link is None or b_text is None:
        return low, low
    high = _fast_number(b_text)
    if link == "-" and "," not in a_text and "," in b_text:
        # "10-11,000": the thousands may be shared; _join decides (or refuses)
        a = _Amount((low, 1), plain=True, bare=True)
        b = _Amount((high, 1), plain=True, group=1000 ** b_text.count(","))
        try:
            low = _join(a, b, text, dash=True).lo[0]
        except FigureError:
            return None
    return (low, high) if low < high or (low == high and link != "-") else None


def _fast(text: str, decimal_comma: bool = False, rates: bool = False) -> Figure | None:
    """The figure of a text of the commonest shapes (see above), or None: the full parser.
    ``rates``: a share may be above the whole (``parse_figure``)."""
    if decimal_comma or len(text) > _MAX_TEXT:
        return None
    tables = _fast_tables()
    m = tables.pattern.fullmatch(text)
    if m is None:
        return None
    lead, a_text, link, b_text, mark, words = m.groups()
    if words and link is None and year_like(a_text):
        return None  # "2019 report": a year naming the report (the full parser refuses)
    if words and link is not None and words.split(" ", 2)[1] in SCORE_NOUNS:
        return None  # "2-3 loss": a score (the full parser refuses)
    hedge, rest = _fast_words(tables, lead, link, mark, words)
    if hedge == "":
        return None
    reading = _rest(rest) if rest else (None, "count", 1)
    if reading is None:
        return None
    bounds = _fast_bounds(text, a_text, link, b_text)
    if bounds is None:
        return None
    unit, dim, factor = reading
    low, high = bounds
    whole = dim == "share" and not rates  # a share of one whole: at most 100%
    if whole and high > 100:
        return None  # more than the whole: refused
    rounding: int | float = 0
    if hedge is None or hedge == "exactly":
        exact = link is None
        if not exact:
            hedge = "range"
        elif hedge is None:
            rounding = _val(_rounding((low, 1)))
            if whole and low + rounding > 100:
                rounding = 100 - low  # "100%" is all of it, not 95-105% (reader.py)
    elif hedge not in _FAST_RULES:
        return None
    elif dim == "count":
        exact = False
        lo, hi = _widen(hedge, (low, 1), (high, 1), True, _fast_width(low), _fast_width(high), text)
        low, high = _val(lo), None if hi is None else _val(hi)
    else:
        return _fast_measure(tables, text, low, high, unit, hedge, dim, factor, whole)
    base = _based(low, high, factor)
    return tables.new_figure(text, low, high, unit, hedge, exact, rounding, dim, *base)


def _based(low: int | float, high: int | float | None, factor: int | float) -> tuple:
    """(base_low, base_high, factor), as ``Figure`` fills them in."""
    return _scaled(low, factor), None if high is None else _scaled(high, factor), factor


def _fast_measure(
    tables: _FastTables,
    text: str,
    a: int,
    b: int,
    unit: str | None,
    hedge: str,
    dim: str,
    factor: int | float,
    whole: bool,
) -> Figure:
    """A measure, share or currency [a, b] with an approximate hedge: real bounds
    (``_widen``), a share of one whole (``whole``) at most 100."""
    lo, hi = _widen(hedge, (a, 1), (b, 1), False, _fast_width(a), _fast_width(b), text)
    if whole and (hi is None or not _qle(hi, (100, 1))):
        hi = (100, 1)
    low = _val(lo)
    high = None if hi is None else _val(hi)
    base = _based(low, high, factor)
    return tables.new_figure(text, low, high, unit, hedge, False, 0, dim, *base)


def _figure_maker() -> Any:
    """``new_figure(*fields)``: ``Figure(*fields)`` with every field given (base_low not None),
    storing each through its slot's descriptor, bound once, where the frozen dataclass's
    ``__init__`` calls ``object.__setattr__`` per field (about twice the time)."""
    names = Figure.__slots__
    namespace: dict[str, Any] = {f"put_{n}": getattr(Figure, n).__set__ for n in names}
    namespace |= {"new": object.__new__, "Figure": Figure}
    body = "".join(f"    put_{n}(fig, {n})\n" for n in names)
    head = f"def new_figure({', '.join(names)}):\n    fig = new(Figure)\n"
    exec(f"{head}{body}    return fig", namespace)
    return namespace["new_figure"]


def _parse(text: str, decimal_comma: bool = False, rates: bool = False) -> Figure:
    """Read one figure phrase: the fast path for the commonest shapes, else the full parser."""
    fig = _fast(text, decimal_comma, rates)
    return _parse_full(text, decimal_comma, rates) if fig is None else fig
