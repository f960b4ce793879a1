"""The reader: the whole grammar of one figure phrase (``_parse_full``), from a leading
hedge through the amount to the unit, and ``unit_dimension`` for a stored unit."""

from __future__ import annotations

import re
from functools import lru_cache

from claimtrack.quantities.amounts import _currency_prefix, _join, _read_amount
from claimtrack.quantities.figure import _HINT, _MAX_TEXT, _ONE, Figure, FigureError, _scaled
from claimtrack.quantities.hedges import _stated_width, _widen, _width
from claimtrack.quantities.lexicon import (
    _DETERMINERS,
    _FOREIGN_FIRST,
    _HEDGE_WORDS,
    _LARGE_ORDINALS,
    _LEADING,
    _MONTHS,
    _NONE,
    _NUM,
    _NUMBER_WORDS,
    _SCALES,
    _TOO_VAGUE,
    _TOO_VAGUE_AFTER_A,
    _TRAILING,
    _WORD,
    Q,
    Token,
    _wordset,
)
from claimtrack.quantities.rates import not_per_period, split_rate
from claimtrack.quantities.rest import (
    _check_size,
    _read_rest,
    _with_currency,
    check_named,
    check_share_noun,
    check_year,
)
from claimtrack.quantities.tokens import _attached, _match, _normalise, _show, _tokens, _word
from claimtrack.quantities.units import _unit_index
from claimtrack.quantities.values import _Amount, _q, _qle, _qmul, _Range, _rounding, _sig, _val

_HOW_OFTEN = {"once": "1 time", "twice": "2 times", "thrice": "3 times"}


# Words before an amount that add it to another ("another 14", "at least a further 20"):
# the amount of another group, or an increase; as "20 more" after it (rest._ADDED_FIRST).
_ADDED_BEFORE = _wordset("another further additional extra")
_TAKES_A = _wordset("dozen few couple hundred thousand million billion score handful")


def _added_before_amount(s: str, toks: list[Token], k: int) -> tuple[str, str] | None:
    """The words at token k (after any hedge) that add the amount to another, and the
    figure without them ("at least another 14" -> ("another", "at least 14")); None when
    none stand there or no number follows them."""
    j = k + 1 if _word(toks, k) in ("a", "an") and _word(toks, k + 1) != "another" else k
    if _word(toks, j) not in _ADDED_BEFORE or j + 1 >= len(toks):
        return None
    if j == k + 1 and _word(toks, j) == "another":
        return None
    if not any(t[0] == _NUM or t[1] in _NUMBER_WORDS for t in toks[j + 1 : j + 2]):
        return None
    word = s[toks[k][2] : toks[j][3]]
    article = "a " if toks[j + 1][1] in _TAKES_A else ""  # "another dozen": "a dozen"
    without = (s[: toks[k][2]] + article + s[toks[j + 1][2] :]).strip()
    return word, without


def _no_figure(s: str, toks: list[Token], after: str | None) -> FigureError:
    """The most helpful error for text where no figure was found at the start."""
    if not s:
        return FigureError(f"no figure given: {_HINT}")
    shown = _show(s)
    added = _added_before_amount(s, toks, 0 if after is None else len(after.split()))
    if added is not None:
        word, without = added
        return FigureError(
            f'"{word}" in {shown} adds the amount to another: give it without "{word}"'
            f' ("{without}") if it is the amount of a group of its own; if it is an increase,'
            f' "{without}" logged as a change (--change up), or the level the source states'
        )
    if after is not None:
        return FigureError(f'no number after "{after}" in {shown}: {_HINT}')
    first, second = toks[0][1], _word(toks, 1)
    if first in _TOO_VAGUE or (first in ("a", "an") and second in _TOO_VAGUE_AFTER_A):
        return FigureError(f"no figure found in {shown}, which is too vague to bound: {_HINT}")
    if first == "-" and len(toks) > 1 and toks[1][0] == _NUM:
        return FigureError(f"{shown} is negative: figures count or measure from 0 up")
    if first in _MONTHS:
        return FigureError(f"{shown} looks like a date, not a figure: {_HINT}")
    if first in _HOW_OFTEN:  # "twice a day": how often, in a word
        rest = s[toks[0][3] :].strip()
        return FigureError(
            f'cannot read "{first}" in {shown}: write how often as a number of times'
            f' ("{_HOW_OFTEN[first]}{" " + rest if rest else ""}")'
        )
    if first == "top":
        return FigureError(
            f'{shown}: "top" may be a rank ("top 10"); write "more than" for a figure over it'
        )
    number = next((t[1] for t in toks if t[0] == _NUM), None)
    if number is not None:
        return FigureError(
            f"no figure at the start of {shown}: put the figure first (only a hedge such as"
            f' "around" may come before it), e.g. "{number} ..."'
        )
    return FigureError(f"no figure found in {shown}: {_HINT}")


# Trailing hedges that only follow the number itself ("100-odd", "360-ish", "700+"), never a noun.
_NUMBER_ONLY_TAILS = frozenset(("odd", "-", "ish", "+", "plus"))


def _tail_hedge(toks: list[Token], j: int, s: str = "") -> tuple[str, int] | None:
    """A hedge closing the phrase after the unit ("200 people or more"): (hedge, its start).
    One that stands after the unit with more words after it ("500 people or so in", "20
    million people or so officials") is refused: it is no unit ("people or so in" read as
    what is counted dropped the hedge), and the words after it are the sentence going on."""
    n = len(toks)
    for k in range(j + 1, n):
        if toks[k][1] not in _TRAILING or toks[k][1] in _NUMBER_ONLY_TAILS:
            continue
        t = _match(_TRAILING, toks, k)
        if t is not None and t[1] == n:
            return t[0], k
        words = "" if t is None else " ".join(tok[1] for tok in toks[k : t[1]])
        if words in _TAIL_HEDGES_ONLY:
            raise FigureError(
                f'{_show(s)} goes on after "{words}": give the figure phrase ending with it,'
                " or leave the rest of the sentence out"
            )
    return None


# The trailing hedges that are never part of what a figure counts ("or so", "or
# thereabouts"): words after one are the sentence, not the unit.
_TAIL_HEDGES_ONLY: frozenset[str] = frozenset(("or so", "or thereabouts"))


def _ratio(
    toks: list[Token], amount: _Amount, j: int, currency: str | None, dc: bool
) -> tuple[_Amount, int] | None:
    """ "one in five", "4 in 10", "nine out of ten", "1 in every 5", "one over three": a share
    (in percent)."""
    w = _word(toks, j)
    if w in ("in", "over"):  # "one over three": a fraction, as "one in three"
        k = j + 1
    elif w == "out" and _word(toks, j + 1) == "of":
        k = j + 2
    else:
        return None
    if _word(toks, k) == "every":
        k += 1
    if currency is not None or amount.vague is not None or amount.frac:
        return None
    got = _read_amount(toks, k, None, dc, allow_and=False)
    if got is None:
        return None
    b, k2 = got
    if b.vague is not None or b.frac or b.lo[0] == 0 or not _qle(amount.lo, b.lo):
        return None
    if b.bare and b.lo[1] == 1 and len(toks[k][1]) == 4:
        return None  # "250 in 2017": a year, refused as a second number
    share = _qmul(_qmul(amount.lo, (b.lo[1], b.lo[0])), (100, 1))
    return _Amount(share, written=False, frac=True, percent=True), k2


def _none_form(s: str, stripped: str, toks: list[Token]) -> Figure | None:
    """ "no fighters", "none of them", "nobody": a figure of 0 (None when not one)."""
    z = _match(_NONE, toks, 0)
    if z is None:
        return None
    n, k = len(toks), z[1]
    if k < n and toks[k][0] == _NUM:  # "no 250" is no none-form
        return None
    rest = _read_rest(s, toks, k, n, s, first=False)
    if rest[0] is None and toks[0][1] == "no" and k == 1:  # a bare "no" needs a noun
        return None
    unit, dim, factor = rest[0], rest[1], rest[2]
    if rest[3] == "share":
        unit = "%"
    return Figure(stripped, 0, 0, unit, "none", True, 0, dim, 0, 0, factor)


# Words that link the two ends of a range after the first ("6 to 7", "30 through 90"); "and"
# only after "between". Words that are never the noun of "100 people to 300 people".
_LINKS = frozenset(("to", "-", "or", "if not", "through", "thru", "~"))
_BETWEEN_LINKS = frozenset(("and", "-", "to"))
_FROM_LINKS = frozenset(("to", "-", "through", "thru"))
_NOT_NOUN = _NUMBER_WORDS | _HEDGE_WORDS | frozenset(("if", "not", "and", "or", "nor", "of"))


def _link_at(toks: list[Token], j: int) -> tuple[str, int] | None:
    """The word linking two ends of a range at token j: (link, index after it). "if not",
    a suspended hyphen ("8- to 16-metre": the link is "to"), "to" or "through" joined by
    hyphens to both ends ("100-to-300": the link is "to") and a tilde between two numbers
    written against both ("20~100") are one link."""
    if j >= len(toks):
        return None
    w = toks[j][1]
    if w == "if" and _word(toks, j + 1) == "not":
        return "if not", j + 2
    if w == "-" and _word(toks, j + 1) in ("to", "or", "through", "thru") and _attached(toks, j):
        if (
            j + 3 < len(toks)
            and toks[j + 2][1] == "-"
            and toks[j + 1][1] != "or"
            and all(_attached(toks, i) for i in range(j + 1, j + 4))
        ):
            return toks[j + 1][1], j + 3  # "100-to-300": the word joined by hyphens to both ends
        return toks[j + 1][1], j + 2
    if w == "~" and not (_attached(toks, j) and _attached(toks, j + 1)):
        return None  # "~" before a number alone is "around"
    return w, j + 1


def _unit_before_link(
    toks: list[Token], j: int, links: frozenset[str], nouns: bool = True
) -> tuple[object, int]:
    """A unit of the unit table at j followed by a link ("40 mg to 55 mg", "40%-50%"):
    (its table entry, the index after it); or up to three plain words followed by a link,
    the noun of "100 people to 300 people" (unless ``nouns`` is False): (("noun", its
    words), the index after it); else (None, j)."""
    if j >= len(toks):
        return None, j
    if toks[j][1] not in _unit_index():
        return _noun_before_link(toks, j, links) if nouns else (None, j)
    hit = _match(_unit_index(), toks, j)
    if hit is None or hit[0][0] != "unit":
        return None, j
    got = _link_at(toks, hit[1])
    return (hit[0], hit[1]) if got is not None and got[0] in links else (None, j)


def _noun_before_link(toks: list[Token], j: int, links: frozenset[str]) -> tuple[object, int]:
    """Up to three plain words (no number, hedge or link word) at j followed by a link:
    (("noun", the words), the index after them); else (None, j)."""
    k = j
    while k < len(toks) and k - j < 3:
        w = toks[k][1]
        if toks[k][0] != _WORD or not w.isalpha() or w in _NOT_NOUN or w in links:
            break
        k += 1
        got = _link_at(toks, k)
        if got is not None and got[0] in links:
            return ("noun", tuple(t[1] for t in toks[j:k])), k
    return None, j


def _same_after(toks: list[Token], k: int, first_unit: object) -> bool:
    """The unit or noun given after a range's first end follows its second end too."""
    if isinstance(first_unit, tuple) and first_unit and first_unit[0] == "noun":
        words = first_unit[1]
        return tuple(t[1] for t in toks[k : k + len(words)]) == words
    hit = _match(_unit_index(), toks, k)
    return hit is not None and hit[0] == first_unit


# An amount read to its end (maybe a range to its second end): (amount, index after it,
# currency code, currency as written), the currency applying to both ends. A plain tuple:
# it is made for every figure the full parser reads.
_End = tuple[_Amount, int, str | None, str | None]


def _range_end(
    s: str,
    toks: list[Token],
    a: _Amount,
    j: int,
    money: tuple[str | None, str | None],
    dc: bool,
    links: frozenset[str],
) -> _End | None:
    """The range from amount ``a`` (read up to token j) to a second end after a link, or
    None. A currency given on either end applies to both ("between $2bn and $6bn", "£10 to
    20 million", "2 to $6bn"); a unit after the first end must be repeated after the second
    ("40 mg to 55 mg") and is read once."""
    currency, sign = money
    first_unit, j = _unit_before_link(toks, j, links)
    got = _link_at(toks, j)
    if got is None or got[0] not in links:
        return None
    link, k = got
    n = len(toks)
    if sign is not None and k < n and toks[k][1] == sign:
        k += 1  # "$5-$6m"
    elif sign is not None and _currency_prefix(toks, k)[1:2] == (sign,):
        k = _currency_prefix(toks, k)[2]  # "US$2bn-US$3bn": the same currency, repeated
    elif currency is None:
        code, written, after = _currency_prefix(toks, k)
        if code is not None:  # "2 to $6bn": the currency of the second end
            currency, sign, k = code, written, after
    if _word(toks, k) in _SCALES:  # "3 - million", "6 to million": no number at its end
        raise FigureError(
            f'{_show(s)} ends a range in a scale without its number: write "3 million" for'
            ' the number, or the range in full ("3 to 5 million", "500 to a million")'
        )
    end = _read_amount(toks, k, currency, dc)
    if end is None:
        return None
    b, k = end
    if first_unit is not None and not _same_after(toks, k, first_unit):
        if isinstance(first_unit, tuple) and first_unit[:1] == ("noun",):
            return None  # "5 fighters to 10 civilians": two figures, not a range
        raise FigureError(
            f"{_show(s)} gives a unit after the first end of the range but not the same"
            ' after the second: write it after both ("40 mg to 55 mg") or once at the end'
        )
    return _join(a, b, s, dash=link == "-"), k, currency, sign


def _bounded_range(
    s: str, toks: list[Token], i: int, currency: str | None, sign: str | None, dc: bool
) -> _End:
    """ "between 300 and 400", "from 300 to 400": the range and the index after it."""
    w = _word(toks, i)
    k = i + 1
    if currency is None:
        currency, sign, k = _currency_prefix(toks, k)
    got = _read_amount(toks, k, currency, dc)
    if w == "between" and got is not None and _word(toks, got[1]) != "and":
        got = _read_amount(toks, k, currency, dc, allow_and=False)
    if got is None:
        raise _no_figure(s, toks, " ".join(t[1] for t in toks[:k]))
    a, j = got
    links = _BETWEEN_LINKS if w == "between" else _FROM_LINKS
    end = _range_end(s, toks, a, j, (currency, sign), dc, links)
    if end is not None:
        return end
    link = _link_at(toks, _unit_before_link(toks, j, links, nouns=False)[1])
    if link is None or link[0] not in links:
        joiner = "and" if w == "between" else "to"
        raise FigureError(f'{_show(s)}: "{w}" needs two ends, e.g. "{w} 300 {joiner} 400"')
    raise FigureError(f"the range in {_show(s)} has no second number: {_HINT}")


def _after_amount(
    s: str,
    toks: list[Token],
    got: _End,
    dc: bool,
) -> tuple[_End, tuple[str, int] | None, int]:
    """What follows the amount: a trailing hedge ("250 or so", "700+", "100-odd"), else maybe
    the second end of a range or a ratio. Returns (amount read on, hedge match, end), where
    ``end`` is where the unit must stop ("200 people or more" ends before "or more")."""
    n = len(toks)
    amount, j, currency, sign = got
    t = _match(_TRAILING, toks, j)
    if t is None and not isinstance(amount, _Range) and j < n:
        ratio = _ratio(toks, amount, j, currency, dc)
        if ratio is not None:
            got = (ratio[0], ratio[1], currency, sign)
        elif toks[j][1] in _LINKS or toks[j][0] == _WORD or toks[j][1] in _unit_index():
            # a link, or a unit or a noun first: "6 to 7", "40%-50%", "100 people to 300 people"
            got = _range_end(s, toks, amount, j, (currency, sign), dc, _LINKS) or got
        t = _match(_TRAILING, toks, got[1])
    end = n
    if t is None:
        tail = _tail_hedge(toks, got[1], s)
        if tail is not None:
            t, end = (tail[0], n), tail[1]
    return got, t, end


def _share_of_one(s: str, toks: list[Token], amount: _Amount, j: int, end: int) -> int | None:
    """ "half an hour", "a quarter of a mile": a fraction of one unit, not a share. The index
    of the unit when it is one, else None. An ordinal past "tenth" straight before a noun is
    refused: a rank ("a hundredth anniversary") as much as a fraction."""
    if not amount.frac or amount.percent or isinstance(amount, _Range):
        return None  # ("1 in 5 a year" is a share per period, never 20 years)
    before, w = toks[j - 1][1], _word(toks, j)
    if before.rstrip("s") in _LARGE_ORDINALS and w is not None and w != "of" and j < end:
        raise FigureError(
            f'"{before} {w}" in {_show(s)} is a rank ("the hundredth anniversary") or a'
            f' fraction: write "a {before} of ..." for a fraction'
        )
    k = j + 1 if _word(toks, j) == "of" else j
    if k == j and before not in ("half", "halves"):
        return None  # "a fifth a year" is a fifth each year: "a fifth of a year" is of one
    if _word(toks, k) in ("a", "an"):
        hit = _match(_unit_index(), toks, k + 1, end)
        if hit is not None and hit[0][0] == "unit":
            return k + 1
    return None


def _as_share(s: str, amount: _Amount, kind: str, lo: Q, hi: Q) -> tuple[Q, Q]:
    """ "a fifth of voters", "one in five": the fraction as a percent (checked: a share is
    of a count, never a rate or a measure)."""
    if kind != "count" and amount.percent:
        raise not_per_period(_show(s))
    if kind != "count":
        raise FigureError(
            f'cannot read {_show(s)}: write a fraction of a unit with "a" ("half a mile")'
        )
    if not amount.percent:
        lo, hi = _qmul(lo, (100, 1)), _qmul(hi, (100, 1))
    return lo, hi


def _no_hedged_range(s: str, toks: list[Token], i: int, hedge_words: str | None) -> None:
    """Refuse a hedge before a range its words bound ("could reach between 18,000 to 20,000",
    "more than between 3 and 5", "about from 10 to 20"): which end the hedge is of the words
    do not say; read as a cap it put a number in the quote that is not there (0-20,000:
    extract52), so it is refused whole. (The message stays a literal of this function: the
    strings of the parser's modules are the words it may read (``guards.read_parser_words``),
    and a module-level message would make "the", "is", "said" such words.)"""
    w = _word(toks, i)
    if hedge_words is not None and w in ("between", "from"):
        raise FigureError(
            f'{_show(s)} puts "{hedge_words}" before a range its words bound ("{w} ..."): which'
            f' end it is of is not said; give the range alone ("{w} ...") or the hedge with one'
            " number"
        )


def _interval(
    s: str, amount: _Amount, hedge: str | None, lo: Q, hi: Q, count: bool
) -> tuple[Q, Q | None, str | None, bool, Q]:
    """The interval, the hedge and the rounding as stored: (low, high, hedge, exact,
    rounding)."""
    phrase = amount.vague
    if hedge is None or hedge == "exactly":
        rounding: Q = (0, 1)
        if phrase is not None:
            hedge = phrase or "range"
        elif hedge is None and amount.written:
            # A range has no rounding: its ends are the bounds the speaker chose ("18,000
            # to 20,000" is not 17,000-21,000).
            rounding = _rounding(lo)
        return lo, hi, hedge, phrase is None, rounding
    if isinstance(amount, _Range):
        a, b = amount.ends
        p_lo = _stated_width(_width(_sig(lo) if a.written else 1), a)
        p_hi = _stated_width(_width(_sig(hi) if b.written else 1), b)
    else:
        p_lo = p_hi = _stated_width(_width(_sig(lo) if amount.written else 1), amount)
    low, high = _widen(hedge, lo, hi, count, p_lo, p_hi, s)
    if phrase:
        hedge = f"{hedge} {phrase}"
    return low, high, hedge, False, (0, 1)


def _within_whole(high: Q | None, rounding: Q) -> tuple[Q, Q]:
    """A share's upper bound and rounding within the whole: its bound at most 100% (none
    given: 100%), its rounding at most what is left above it ("100%" is all of it, not
    95-105%: docs/figures.md, "Rounding"; "90%" keeps its 4.5)."""
    if high is None or not _qle(high, (100, 1)):
        high = (100, 1)
    room = _q(100 * high[1] - high[0], high[1])  # 100 - high, exact
    return high, rounding if _qle(rounding, room) else room


def _closing_hedge(s: str, hedge: str | None, words: str | None, closing: str) -> str:
    """The hedge of a figure with a hedge after it ("250 or more"), given the one before it:
    "or equal" includes the bound of "fewer than" / "more than" ("less than 5000 or equal"
    is "up to"); after "equal to" the closing hedge is the hedge ("equal to 5000 or less");
    any other pair is refused."""
    if closing == "or equal":
        if hedge in ("fewer than", "up to"):
            return "up to"
        if hedge in ("more than", "at least"):
            return "at least"
        raise FigureError(
            f'cannot read "or equal" in {_show(s)}: it closes a bound ("less than 70 or equal",'
            ' "more than 70 or equal to"); write "up to 70" or "at least 70"'
        )
    if hedge is None or (hedge == "exactly" and words is not None and words.startswith("equal")):
        return closing
    raise FigureError(f"two hedges in {_show(s)}: keep one")


_FIELDS = Figure.__slots__
_LOWER_BOUNDS = frozenset(("at least", "more than"))
_UPPER_BOUNDS = frozenset(("up to", "fewer than"))
_BOUNDS = _LOWER_BOUNDS | _UPPER_BOUNDS


def _two_bounds(s: str, toks: list[Token], dc: bool, rates: bool = False) -> Figure | None:
    """Two bounds of one figure joined by "and", "but" or a comma: "more than 100 and fewer
    than 300 people", "at most 100 and at least 20", "higher or equal than 100, lower or
    equal than 300": the interval between them (hedge "range"), or None when the phrase is
    not of that shape. The bounds must face each other and share the unit (given once, or
    the same on both); a bound that leaves no value is refused."""
    first = _match(_LEADING, toks, 0)
    if first is None or first[0] not in _BOUNDS or len(toks) < first[1] + 4:
        return None
    other = _UPPER_BOUNDS if first[0] in _LOWER_BOUNDS else _LOWER_BOUNDS
    for k in range(first[1] + 1, len(toks) - 1):
        if toks[k][1] not in ("and", "but", ","):
            continue
        k2 = k + 2 if toks[k][1] == "," and _word(toks, k + 1) in ("and", "but") else k + 1
        second = _match(_LEADING, toks, k2)
        if second is None or second[0] not in other:
            continue
        a, b = s[: toks[k][2]].strip(), s[toks[k2][2] :]
        fa, fb = _parse_full(a, dc, rates), _parse_full(b, dc, rates)
        if fa.unit is None and fa.dimension == "count" and fb.unit is not None:
            fa = _parse_full(f"{a} {fb.unit}", dc, rates)  # "more than 100 and fewer than 300 km"
        elif fb.unit is None and fb.dimension == "count" and fa.unit is not None:
            fb = _parse_full(f"{b} {fa.unit}", dc, rates)
        if (fa.unit, fa.dimension) != (fb.unit, fb.dimension):
            raise FigureError(f"{_show(s)} gives two bounds of different things: {_ONE}")
        lower, upper = (fa, fb) if first[0] in _LOWER_BOUNDS else (fb, fa)
        if upper.high is None or not lower.low <= upper.high:
            raise FigureError(f"{_show(s)} leaves no possible value: {_HINT}")
        base = (lower.base_low, upper.base_high, upper.factor)
        return Figure(s, lower.low, upper.high, fb.unit, "range", False, 0, fb.dimension, *base)
    return None


def _check_names(
    s: str,
    toks: list[Token],
    at: tuple[int, int],
    amount: _Amount,
    hedged: str | None,
    count_unit: str | None,
) -> None:
    """Refuse a number that names what follows instead of counting it: a year before a noun
    ("2019 report": ``check_year``), a fraction before a noun in the singular ("two-thirds
    majority": ``check_share_noun``; a ratio counts, "1 in 5 adults"). ``at``: where the
    amount and the words after it start; ``hedged``: its hedge or currency, if any;
    ``count_unit``: the unit of a count, else None."""
    if hedged is None and not isinstance(amount, _Range):
        check_year(toks[at[0]][1], count_unit, s)
    if amount.frac and not amount.percent and _word(toks, at[1]) is not None:
        check_share_noun(_word(toks, at[1]), s)


@lru_cache(maxsize=1)
def _scale_hyphen_re() -> re.Pattern[str]:
    """A hyphen joining digits to the scale word after them (compiled on first use)."""
    words = "|".join(sorted(_SCALES, key=len, reverse=True))
    return re.compile(r"(?<=[0-9])-(?=(?:" + words + r")\b)")


def _scale_hyphen(s: str) -> str:
    """ "145-million" (a compound adjective: "the 145-million figure") is 145 million, never
    a range from 145 to a million; the hyphen becomes a space (the text keeps its length)."""
    return _scale_hyphen_re().sub(" ", s) if "-" in s else s


def foreign_hedge_error(phrase: str, language: str, meaning: str) -> FigureError:
    """The refusal of a figure after a hedge in another language (``_FOREIGN_HEDGES``)."""
    return FigureError(
        f'"{phrase}" is a hedge in {language} ("{meaning}") that claimtrack does not read:'
        f" the number after it alone would drop it; log the figure as the hedge means it"
        f' ("{meaning} ..."), with --paraphrase'
    )


def _leading_hedge(toks: list[Token]) -> tuple[str, int] | None:
    """The hedge the text starts with, and where what follows it starts; "the" before "better
    part of" is the hedge's ("the better part of a decade"). A hedge in another language
    that the reader does not read ("almeno", "mehr als") is refused by name."""
    m = _match(_LEADING, toks, 0)
    if m is None and _word(toks, 0) in _DETERMINERS:
        most = _match(_LEADING, toks, 1)
        m = most if most is not None and most[0] == "most of" else None
    if m is None and (foreign := _match(_FOREIGN_FIRST, toks, 0)) is not None:
        raise foreign_hedge_error(*foreign[0])  # "almeno 500": never the bare 500 (review26)
    return m


def _parse_full(text: str, decimal_comma: bool = False, rates: bool = False) -> Figure:
    """The whole grammar (``_parse`` tries ``_fast`` first). ``rates``: a share may be above
    the whole, its hedge uncapped (``parse_figure``)."""
    stripped = text.strip()
    if len(text) > _MAX_TEXT:
        raise FigureError(
            f"{_show(text)} is too long for a figure (at most {_MAX_TEXT} characters)"
        )
    dc = decimal_comma
    # "3-million", "a 10-billion-euro fund": a number and its scale joined by a hyphen, as
    # compound modifiers are written, read as the number ("3 million"), not as a range to a
    # bare scale (it was 3-1,000,000); the same length, so every offset holds
    s = _scale_hyphen(_normalise(text))
    toks = _tokens(s)
    n = len(toks)
    if n == 0:
        raise _no_figure(s, toks, None)

    m = _leading_hedge(toks)
    if m is None and (zero := _none_form(s, stripped, toks)) is not None:
        return zero
    if m is not None and (two := _two_bounds(s, toks, dc, rates)) is not None:
        return Figure(stripped, *(getattr(two, f) for f in _FIELDS[1:]))

    hedge, i, hedge_words = None, 0, None
    if m is not None:
        hedge, i = m
        hedge_words = " ".join(t[1] for t in toks[:i])
    if i < n and toks[i][1] == "-" and i + 1 < n and toks[i + 1][0] == _NUM:
        raise FigureError(f"{_show(s)} is negative: figures count or measure from 0 up")
    currency, sign, i = _currency_prefix(toks, i)

    # the amount: a number, a fraction, a vague amount, a range or a ratio
    if _word(toks, i) in ("between", "from"):
        start = _bounded_range(s, toks, i, currency, sign, dc)
        _no_hedged_range(s, toks, i, hedge_words)  # once the range is read whole
    else:
        first = _read_amount(toks, i, currency, dc)
        if first is None:
            raise _no_figure(s, toks, hedge_words)
        start = (first[0], first[1], currency, sign)
    (amount, j, currency, sign), t, end = _after_amount(s, toks, start, dc)
    if t is not None:
        hedge = _closing_hedge(s, hedge, hedge_words, t[0])
        j = j if end < n else t[1]
    unit_at = _share_of_one(s, toks, amount, j, end)
    if unit_at is not None:
        j = unit_at

    # the unit, the dimension, and whether this is a count (whole numbers) or a measure
    rest = _read_rest(s, toks, j, end, s, original=text)
    if currency is not None:
        rest = _with_currency(currency, sign, rest, s)
    unit, dim, factor, kind, _ = rest
    after = j if unit_at is None else n  # "half an hour": a fraction of the unit, read
    _check_names(s, toks, (i, after), amount, hedge or currency, unit if kind == "count" else None)
    number = s[toks[i][2] :].split(" ")[0]
    check_named(number, unit, isinstance(amount, _Range), s, kind == "count" and not currency)
    lo, hi = amount.lo, amount.hi
    if amount.frac and unit_at is None:
        if split_rate(dim)[1] is not None:  # "1 in 5 a year", "a third each year"
            raise FigureError(
                f"{_show(s)} is a share per period, a rate of change, which claimtrack does"
                " not read: give the share alone on a measure that names the period"
            )
        lo, hi = _as_share(s, amount, kind, lo, hi)
        unit = "%" + (f" of {unit}" if unit else "")
        dim, factor, kind = "share", 1, "share"
    _check_size(s, kind, hi, rates and not amount.frac)  # ("three halves": a ratio)
    count = dim == "count" and lo[1] == 1 and hi[1] == 1

    low, high, hedge, exact, rounding = _interval(s, amount, hedge, lo, hi, count)
    if kind == "share" and not (rates and not amount.frac):
        high, rounding = _within_whole(high, rounding)
    low_v = _val(low)
    high_v = None if high is None else _val(high)
    return Figure(
        stripped,
        low_v,
        high_v,
        unit,
        hedge,
        exact,
        _val(rounding),
        dim,
        _scaled(low_v, factor),
        None if high_v is None else _scaled(high_v, factor),
        factor,
    )


@lru_cache(maxsize=1024)
def _unit_dimension(unit_text: str) -> tuple[str, int | float]:
    s = _normalise(unit_text)
    toks = _tokens(s)
    if not toks:
        return ("count", 1)
    code, sign, i = _currency_prefix(toks, 0)
    rest = _read_rest(s, toks, i, len(toks), s, first=False)
    dim, factor = rest[1], rest[2]
    if code is not None:
        dim, factor = _with_currency(code, sign, rest, s)[1:3]
    return (dim, factor)
