"""Read the figures sources give ("some 250 fighters", "a few dozen", "six to seven km").

``parse_figure`` turns one figure phrase into a closed interval ``[low, high]`` (``high`` None
means no upper bound), the noun counted and the hedge that widened it, so that the conflict
engine can tell "a few dozen" from "250" (cannot both be true) and "around 4,000" from
"3,750" (compatible). Every rule is documented, with examples, in ``docs/figures.md``.

Pure and stdlib-only: no I/O, nothing but a few small tables is built at import.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Figure", "FigureError", "format_number", "format_range", "parse_figure"]

_HINT = 'give a number, a range or a vague amount like "a few dozen"'
_MAX = 10**18  # larger figures are refused (keeps the arithmetic finite and exact)
_MAX_TEXT = 300  # characters; a figure phrase is short


class FigureError(ValueError):
    """The parser's only exception; ``str(e)`` is a one-line message for users."""


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure as read: the interval it stands for, what it counts and how it was hedged."""

    text: str  # the input as given (stripped)
    low: int | float  # lower bound (int when whole)
    high: int | float | None  # upper bound; None = no upper bound
    unit: str | None  # the noun counted, lowercased as written ("fighters", "sq. km")
    hedge: str | None  # canonical hedge ("around", "at least a few dozen", "range"); None if bare
    exact: bool  # True only for an exact number ("250", "only 250", "no fighters")

    def to_json(self) -> dict[str, object]:
        return {
            "text": self.text,
            "low": self.low,
            "high": self.high,
            "unit": self.unit,
            "hedge": self.hedge,
            "exact": self.exact,
        }


# ---------------------------------------------------------------------------------------------
# Tables. The hedge table is the one place that says which words hedge a figure; _widen() says
# what each canonical hedge does to the stated amount [a, b].
#
# canonical hedge, phrases before the number, phrases after the number
_HEDGES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("exactly", ("exactly", "precisely", "only", "just", "a total of", "a mere"), ()),
    (
        "around",
        (
            "around",
            "about",
            "roughly",
            "approximately",
            "approx.",
            "approx",
            "some",
            "circa",
            "c.",
            "ca.",
            "an estimated",
            "estimated",
            "est.",
            "an approximate",
            "in the region of",
            "on the order of",
            "of the order of",
            "somewhere around",
            "~",
            "≈",
        ),
        ("or so", "or thereabouts", "more or less", "approx", "approx.", "approximately"),
    ),
    ("nearly", ("nearly", "almost", "close to", "approaching", "not quite"), ()),
    (
        "just under",
        (
            "just under",
            "just below",
            "just shy of",
            "slightly under",
            "slightly below",
            "slightly less than",
            "slightly fewer than",
            "a little under",
            "a little less than",
            "a little fewer than",
        ),
        (),
    ),
    (
        "just over",
        (
            "just over",
            "just above",
            "slightly over",
            "slightly above",
            "slightly more than",
            "a little over",
            "a little more than",
        ),
        (),
    ),
    ("odd", (), ("odd", "-odd")),
    (
        "at least",
        (
            "at least",
            "at the very least",
            "no fewer than",
            "no less than",
            "not fewer than",
            "not less than",
            "a minimum of",
            "≥",
            ">=",
        ),
        ("or more", "plus", "-plus", "+", "at least"),
    ),
    (
        "more than",
        (
            "more than",
            "over",
            "well over",
            "above",
            "well above",
            "upwards of",
            "upward of",
            "in excess of",
            "greater than",
            "north of",
            ">",
        ),
        (),
    ),
    (
        "up to",
        (
            "up to",
            "as many as",
            "as much as",
            "at most",
            "at the most",
            "no more than",
            "not more than",
            "a maximum of",
            "≤",
            "<=",
        ),
        ("or fewer", "or less", "at most", "at the most"),
    ),
    (
        "fewer than",
        ("fewer than", "less than", "under", "below", "well under", "well below", "<"),
        (),
    ),
)


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Vague quantifiers: phrase -> (low, high). Before a scale word they multiply it:
# "a few dozen" = 2..5 x 12 = 24..60, "several hundred" = 300..900.
_QUANTIFIERS: dict[str, tuple[int, int]] = {
    "a couple": (2, 3),
    "a few": (2, 5),
    "a handful": (2, 9),
    "several": (3, 9),
}
# Plural scale words: word -> (scale, low, high). "X of Y" combines them: "tens of thousands" =
# [20 x 1,000, (99 + 1) x 1,000 - 1]; "many X" raises the low end to 3 x scale.
_PLURALS: dict[str, tuple[int, int, int]] = {
    "tens": (10, 20, 99),
    "dozens": (12, 24, 99),
    "scores": (20, 40, 199),
    "hundreds": (100, 200, 999),
    "thousands": (1_000, 2_000, 9_999),
    "millions": (10**6, 2 * 10**6, 10**7 - 1),
    "billions": (10**9, 2 * 10**9, 10**10 - 1),
}
_ONES = """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen"""
_SMALL = {w: n for n, w in enumerate(_ONES.split())}
_TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety"
_TENS = {w: 10 * n for n, w in enumerate(_TENS_WORDS.split(), 2)}
_BIG = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_GROUPS = {"dozen": 12, "score": 20}  # "two dozen" = 24, "a score" = 20
# Scale abbreviations written straight after digits ("100k", "7.5m", "1.2bn"); "m" only when
# attached: "3 m" (with a space) is 3 metres.
_ATTACHED = {"k": 10**3, "m": 10**6, "mn": 10**6, "mln": 10**6, "b": 10**9, "bn": 10**9}
_ATTACHED |= {"tn": 10**12}
_SPACED = {"k": 10**3, "mn": 10**6, "mln": 10**6, "bn": 10**9, "tn": 10**12}
_ORDINALS = frozenset(("st", "nd", "rd", "th"))
# A unit may not start with one of these ("2 trillion trillion", "3 thousands").
_SCALE_WORDS = frozenset(_BIG) | frozenset(_PLURALS) | {"hundred", "dozen", "bn", "mn", "mln"}
_CURRENCIES = frozenset("$£€¥₹")
# Units measured on a continuous scale: bounds stay real numbers (no rounding to whole counts).
_MEASURES = _CURRENCIES | _wordset(
    """km kms km2 km² kilometre kilometres kilometer kilometers sq square cubic m m2 m² metre
    metres meter meters cm mm ft feet foot yard yards yd yds mile miles mi nm hectare hectares
    ha acre acres % percent per pc percentage tonne tonnes ton tons t kg kgs kilo kilos kilogram
    kilograms g gram grams lb lbs pound pounds litre litres liter liters gallon gallons barrel
    barrels degree degrees ° °c °f mph kph kmh km/h second seconds sec secs minute minutes min
    mins hour hours hr hrs h day days week weeks month months year years yr yrs decade decades
    century centuries dollar dollars usd euro euros eur gbp"""
)
_MEASURE_ADJECTIVES = _wordset("long wide high deep tall away old thick across")
_DETERMINERS = _wordset("the their these those its his her our your my whose")
_PRONOUNS = _wordset("them us you it these those which whom")
_COMPARATIVES = _wordset(
    "the as more larger bigger greater higher smaller fewer less lower over that this"
)
_MONTHS = _wordset(
    """january february march april may june july august september october november december
    jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct.
    nov nov. dec dec."""
)
_TOO_VAGUE = _wordset(
    """many lots lot numerous countless multiple various few some tons loads plenty untold
    innumerable unknown unclear uncounted masses heaps"""
)
_TOO_VAGUE_AFTER_A = _wordset("lot number large great good bunch ton load host")

_TRANSLATE = str.maketrans(
    {
        **dict.fromkeys("\u00a0\u2002\u2003\u2007\u2009\u200a\u202f\u3000", " "),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d", "-"),
        **dict.fromkeys("\u00ad\u200b\u200c\u200d\u2060\ufeff", ""),
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\uff5e": "~",
        "\u223c": "~",
    }
)
# A number ("3,500", "7.5", ".5"), a word (letters, maybe a trailing "." as in "sq." or "c."),
# or any other single character.
_TOKEN = re.compile(
    r"([0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?(?![0-9])|[0-9]+(?:\.[0-9]+)?|\.[0-9]+)"
    r"|([^\W\d_]+(?:'[^\W\d_]+)*\.?)"
    r"|(\S)"
)
_NUM, _WORD = 1, 2  # token kinds (group numbers above); anything else is a symbol


def _phrase_tokens(phrase: str) -> tuple[str, ...]:
    return tuple(m.group() for m in _TOKEN.finditer(phrase))


def _phrase_index(rows: list[tuple[str, str]]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """first token -> [(phrase tokens, canonical)], longest phrase first."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, canonical in rows:
        toks = _phrase_tokens(phrase)
        index.setdefault(toks[0], []).append((toks, canonical))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return index


_LEADING = _phrase_index([(p, c) for c, before, _ in _HEDGES for p in before])
_TRAILING = _phrase_index([(p, c) for c, _, after in _HEDGES for p in after])
_NONE = _phrase_index(
    [(p, "none") for p in ("none", "nobody", "no one", "not one", "not a single", "no")]
)

# A token: (kind, text, start, end) in the normalised text.
Token = tuple[int, str, int, int]
# An amount read at one place: (low, high, vague phrase or None, exact numerator, exact
# denominator, trailing scale). For a plain number low == high == numerator / denominator and
# "scale" is the product of the scale words that end it ("7.5 million" -> 10**6, else 1).
Amount = tuple[int | float, int | float, str | None, int, int, int]


# ---------------------------------------------------------------------------------------------
# Public helpers


def format_number(x: int | float) -> str:
    """3500 -> "3,500", 7.5 -> "7.5", 7500000 -> "7,500,000" (never scientific notation).

    ``parse_figure(format_number(x))`` reads back exactly ``x`` for 0 <= x <= 10**18 (decimals
    to at most 30 places).
    """
    if isinstance(x, bool) or not isinstance(x, int | float):
        raise FigureError(f"cannot format {x!r} as a number")
    if isinstance(x, int):
        return f"{x:,}"
    if not math.isfinite(x):
        raise FigureError(f"cannot format {x!r} as a number")
    if x.is_integer():
        return f"{int(x):,}"
    text = repr(x)  # the shortest text that reads back as x
    sign = ""
    if text[0] == "-":
        sign, text = "-", text[1:]
    if "e" in text:  # 1e-05: spell the digits out
        mantissa, _, exponent = text.partition("e")
        whole, _, frac = mantissa.partition(".")
        digits = whole + frac
        point = len(whole) + int(exponent)
        if point <= 0:
            text = "0." + "0" * -point + digits
        elif point >= len(digits):
            text = digits + "0" * (point - len(digits))
        else:
            text = digits[:point] + "." + digits[point:]
    whole, _, frac = text.partition(".")
    return f"{sign}{int(whole):,}.{frac}" if frac else f"{sign}{int(whole):,}"


def format_range(low: int | float, high: int | float | None) -> str:
    """Format an interval: "24–60" (en dash), "250" when low == high, "700+" when unbounded.

    The result reads back through ``parse_figure`` as the same interval.
    """
    if high is None:
        return f"{format_number(low)}+"
    if low == high:
        return format_number(low)
    if high < low:
        raise FigureError(f"cannot format a range from {low} down to {high}")
    return f"{format_number(low)}–{format_number(high)}"


def describe(
    text: str,
    low: int | float,
    high: int | float | None,
    unit: str | None,
    hedge: str | None,
    exact: bool = False,
) -> str:
    """How a figure reads, for people: 'around 4,000 people -> 3,600–4,400 people (hedge: around)'.

    ``exact`` adds "(exact)" when there is no hedge (the `figure` command shows it).
    """
    noun = f" {unit}" if unit else ""
    note = f" (hedge: {hedge})" if hedge else (" (exact)" if exact else "")
    return f"{text} -> {format_range(low, high)}{noun}{note}"


def parse_figure(text: str) -> Figure:
    """Read one figure phrase; raise FigureError (only) when it holds no readable figure.

    >>> parse_figure("around 4,000 people").to_json()["high"]
    4400
    """
    if not isinstance(text, str):
        raise FigureError(f"expected figure text, got {type(text).__name__}")
    return _parse_cached(text)


@lru_cache(maxsize=8192)
def _parse_cached(text: str) -> Figure:
    return _parse(text)


# ---------------------------------------------------------------------------------------------
# Parsing


def _show(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f'"{text}"'


def _exact(num: int, den: int) -> int | float:
    """num / den as an int when whole, else the nearest float."""
    q, r = divmod(num, den)
    return q if r == 0 else num / den


def _tidy(x: int | float) -> int | float:
    return int(x) if isinstance(x, float) and x.is_integer() else x


def _normalise(text: str) -> str:
    s = " ".join(text.translate(_TRANSLATE).lower().split())
    while True:  # trailing punctuation and wrapping quotes
        t = s.rstrip(".,;:!?…\"'» ").lstrip("\"'« ")
        if t == s:
            return s
        s = t


def _tokens(s: str) -> list[Token]:
    return [(m.lastindex or 0, m.group(), m.start(), m.end()) for m in _TOKEN.finditer(s)]


def _word(toks: list[Token], i: int) -> str | None:
    return toks[i][1] if i < len(toks) and toks[i][0] == _WORD else None


def _match(index: dict, toks: list[Token], i: int) -> tuple[str, int] | None:
    """Longest phrase of ``index`` starting at token i: (canonical, index after it)."""
    if i >= len(toks):
        return None
    for phrase, canonical in index.get(toks[i][1], ()):
        end = i + len(phrase)
        if end <= len(toks) and all(toks[i + k][1] == p for k, p in enumerate(phrase)):
            return canonical, end
    return None


def _scale_words(toks: list[Token], j: int) -> tuple[int, list[str], int]:
    """Scale words at j: "hundred", "thousand", "hundred thousand", "dozen" -> (scale, words, j)."""
    scale, words = 1, []
    w = _word(toks, j)
    if w == "hundred":
        scale, words, j = 100, [w], j + 1
        w = _word(toks, j)
    if w in _BIG:
        return scale * _BIG[w], [*words, w], j + 1
    if not words and w in _GROUPS:
        return _GROUPS[w], [w], j + 1
    return scale, words, j


def _read_digits(toks: list[Token], i: int) -> tuple[Amount, int]:
    _, text, _, end = toks[i]
    whole, _, frac = text.replace(",", "").partition(".")
    frac = frac.rstrip("0")
    if len(whole.lstrip("0")) > 19 or len(frac) > 30:
        raise FigureError(f"{_show(text)} is too long a number to read as a figure")
    num, den = int(whole + frac or "0"), 10 ** len(frac)
    scale, j = 1, i + 1
    nxt = toks[j] if j < len(toks) else None
    if nxt is not None and nxt[0] == _WORD and nxt[2] == end:  # letters straight after digits
        if nxt[1] in _ATTACHED:
            scale, j = _ATTACHED[nxt[1]], j + 1
        elif nxt[1].rstrip(".") in _ORDINALS:
            raise FigureError(f"{_show(text + nxt[1])} is an ordinal (a rank), not an amount")
    elif nxt is not None and nxt[0] == _WORD:
        if nxt[1] in _SPACED:
            scale, j = _SPACED[nxt[1]], j + 1
        else:
            scale, _, j = _scale_words(toks, j)
    value = _exact(num * scale, den)
    return (value, value, None, num * scale, den, scale), j


def _sub_hundred_follows(toks: list[Token], k: int) -> bool:
    """Whether a number 1..99 in words starts at k and is not followed by "hundred"."""
    w = _word(toks, k)
    if w in _TENS:
        k += 1
        if (
            k < len(toks)
            and toks[k][1] == "-"
            and _SMALL.get(_word(toks, k + 1) or "", 0) in range(1, 10)
        ):
            k += 2
        elif _SMALL.get(_word(toks, k) or "", 0) in range(1, 10):
            k += 1
    elif w in _SMALL and w != "zero":
        k += 1
    else:
        return False
    return _word(toks, k) not in ("hundred", "dozen", "score")


def _read_words(toks: list[Token], i: int, allow_and: bool) -> tuple[Amount, int] | None:
    """A number in words: "thirteen", "twenty-five", "one hundred and twelve", "a dozen",
    "three hundred thousand", "half a million", "two and a half"."""
    total2 = cur2 = 0  # doubled, so that halves stay whole
    last = ""  # what came last: "", a, num, tens, hundred, big, group, and, half
    prev_big = 0
    scale, plain = 1, True  # plain: a simple number then only scale words ("seven million")
    n = len(toks)
    j = i
    while j < n:
        kind, w = toks[j][0], toks[j][1]
        if kind != _WORD:
            if (
                w == "-"
                and last == "tens"
                and 1 <= _SMALL.get(_word(toks, j + 1) or "", 0) <= 9
                and toks[j][2] == toks[j - 1][3]
            ):
                j += 1  # "twenty-five"
                continue
            break
        if w in _SMALL:
            v = _SMALL[w]
            if last in ("", "hundred", "big", "and"):
                plain = plain and last == ""
            elif not (last == "tens" and 1 <= v <= 9):
                break
            cur2 += 2 * v
            last = "num"
        elif w in _TENS:
            if last not in ("", "hundred", "big", "and"):
                break
            plain = plain and last == ""
            cur2 += 2 * _TENS[w]
            last = "tens"
        elif w == "hundred":
            if last not in ("num", "tens", "a", "half") or not 0 < cur2 < 200:
                break
            cur2 *= 100
            scale *= 100
            last = "hundred"
        elif w in _BIG:
            big = _BIG[w]
            if last not in ("num", "tens", "a", "half", "hundred") or cur2 == 0:
                break
            if prev_big and big >= prev_big:
                break
            total2 += cur2 * big
            cur2 = 0
            prev_big = big
            scale *= big
            last = "big"
        elif w in _GROUPS:
            if last not in ("num", "tens", "a", "half"):
                break
            cur2 *= _GROUPS[w]
            scale *= _GROUPS[w]
            last = "group"
        elif w in ("a", "an"):
            nxt = _word(toks, j + 1)
            if last != "" or not (nxt == "hundred" or nxt in _BIG or nxt in _GROUPS):
                break
            cur2 = 2
            last = "a"
        elif w == "half":  # "half a million", "half a dozen"
            nxt = _word(toks, j + 2)
            if last != "" or _word(toks, j + 1) not in ("a", "an"):
                break
            if not (nxt == "hundred" or nxt in _BIG or nxt in _GROUPS):
                break
            cur2 = 1
            last = "half"
            j += 2
            continue
        elif w == "and":
            if (
                last in ("num", "tens")
                and _word(toks, j + 1) == "a"
                and _word(toks, j + 2) == "half"
            ):
                cur2 += 1  # "two and a half"
                plain = False
                last = "half"
                j += 3
                continue
            if allow_and and last in ("hundred", "big") and _sub_hundred_follows(toks, j + 1):
                last = "and"
                plain = False
                j += 1
                continue
            break
        else:
            break
        j += 1
    if last in ("", "a", "and"):
        return None
    value2 = total2 + cur2
    value = _exact(value2, 2)
    return (value, value, None, value2, 2, scale if plain else 1), j


def _read_vague(toks: list[Token], i: int) -> tuple[Amount, int] | None:
    """A vague amount: "a few", "several dozen", "a couple of hundred", "hundreds",
    "tens of thousands", "many hundreds"."""
    w = _word(toks, i)
    if w is None:
        return None
    quant, j = None, i + 1
    if w in ("a", "an"):
        w2 = _word(toks, i + 1)
        if w2 in ("couple", "few", "handful"):
            quant, j = f"a {w2}", i + 2
    elif w == "several":
        quant = w
    elif w == "couple":
        quant = "a couple"
    if quant is not None:
        lo, hi = _QUANTIFIERS[quant]
        k = j + 1 if _word(toks, j) == "of" else j  # "a couple of dozen"
        scale, words, k = _scale_words(toks, k)
        if words:
            phrase = f"{quant} {' '.join(words)}"
            return (lo * scale, hi * scale, phrase, 0, 1, 1), k
        return (lo, hi, quant, 0, 1, 1), j
    many = w == "many"
    if many:
        w = _word(toks, i + 1)
        j = i + 2
    if w not in _PLURALS:
        return None
    base, lo, hi = _PLURALS[w]
    phrase = w
    w2 = _word(toks, j + 1)
    if _word(toks, j) == "of" and w2 in _PLURALS and _PLURALS[w2][0] > max(base, 999):
        base2 = _PLURALS[w2][0]
        base, lo, hi = base * base2, lo * base2, (hi + 1) * base2 - 1
        phrase = f"{w} of {w2}"
        j += 2
    if many:
        lo = 3 * base
        phrase = f"many {phrase}"
    return (lo, hi, phrase, 0, 1, 1), j


def _read_amount(toks: list[Token], i: int, allow_and: bool = True) -> tuple[Amount, int] | None:
    if i >= len(toks):
        return None
    kind = toks[i][0]
    if kind == _NUM:
        return _read_digits(toks, i)
    if kind == _WORD:
        return _read_words(toks, i, allow_and) or _read_vague(toks, i)
    return None


def _read_end(toks: list[Token], i: int, currency: str | None) -> tuple[Amount, int] | None:
    """The second end of a range, maybe repeating the currency sign ("$5-$6m")."""
    if currency is not None and i < len(toks) and toks[i][1] == currency:
        i += 1
    return _read_amount(toks, i)


def _join(a: Amount, b: Amount, text: str) -> Amount:
    """The range from amount a to amount b. A scale word ending b also scales a plain a that
    is no larger than b's leading number: "six to seven million", but "500 to 1 million"."""
    a_lo, _, a_phrase, a_num, a_den, a_scale = a
    b_lo, b_hi, b_phrase, _, _, b_scale = b
    if (
        a_phrase is None
        and b_phrase is None
        and a_scale == 1
        and b_scale > 1
        and a_lo * b_scale <= b_lo
    ):
        a_lo = _exact(a_num * b_scale, a_den)
    if a_lo > b_lo:
        raise FigureError(f"the range in {_show(text)} runs backwards: put the smaller end first")
    return (a_lo, b_hi, "", 0, 1, 1)


def _widen(hedge: str, lo: int | float, hi: int | float, count: bool, text: str) -> tuple:
    """Apply a hedge to the stated amount [lo, hi]. Counts round inward to whole numbers (and
    approximate hedges allow at least one either way); measures keep real bounds."""
    if hedge == "exactly":
        return lo, hi
    if count:
        assert isinstance(lo, int) and isinstance(hi, int)
        lo_90 = max(0, min(-(-9 * lo // 10), lo - 1))
        if hedge == "around":
            return lo_90, max(11 * hi // 10, hi + 1)
        if hedge == "nearly":
            return lo_90, hi
        if hedge == "just under":
            if hi == 0:
                raise FigureError(f"{_show(text)} leaves no possible value: {_HINT}")
            return min(lo_90, hi - 1), hi - 1
        if hedge == "just over":
            return lo + 1, max(11 * hi // 10, hi + 1)
        if hedge == "odd":
            return lo, max(5 * hi // 4, hi + 1)
        if hedge == "more than":
            return lo + 1, None
        if hedge == "fewer than":
            if hi == 0:
                raise FigureError(f"{_show(text)} leaves no possible value: {_HINT}")
            return 0, hi - 1
    else:
        if hedge == "around":
            return lo * 9 / 10, hi * 11 / 10
        if hedge in ("nearly", "just under"):
            if hedge == "just under" and hi == 0:
                raise FigureError(f"{_show(text)} leaves no possible value: {_HINT}")
            return lo * 9 / 10, hi
        if hedge == "just over":
            return lo, hi * 11 / 10
        if hedge == "odd":
            return lo, hi * 5 / 4
        if hedge == "more than":
            return lo, None
        if hedge == "fewer than":
            if hi == 0:
                raise FigureError(f"{_show(text)} leaves no possible value: {_HINT}")
            return 0, hi
    if hedge == "at least":
        return lo, None
    # "up to"
    return 0, hi


def _no_figure(s: str, toks: list[Token], after: str | None) -> FigureError:
    """The most helpful error for text where no figure was found at the start."""
    if not s:
        return FigureError(f"no figure given: {_HINT}")
    shown = _show(s)
    if after is not None:
        return FigureError(f'no number after "{after}" in {shown}: {_HINT}')
    first, second = toks[0][1], _word(toks, 1)
    if first in _TOO_VAGUE or (first in ("a", "an") and second in _TOO_VAGUE_AFTER_A):
        return FigureError(f"no figure found in {shown}, which is too vague to bound: {_HINT}")
    if first == "-" and len(toks) > 1 and toks[1][0] == _NUM:
        return FigureError(f"{shown} is negative: figures count or measure from 0 up")
    if first in _MONTHS:
        return FigureError(f"{shown} looks like a date, not a figure: {_HINT}")
    number = next((t[1] for t in toks if t[0] == _NUM), None)
    if number is not None:
        return FigureError(
            f"no figure at the start of {shown}: put the figure first (only a hedge such as"
            f' "around" may come before it), e.g. "{number} ..."'
        )
    return FigureError(f"no figure found in {shown}: {_HINT}")


def _unit(raw: str, text: str) -> str | None:
    """The noun counted: what follows the figure, minus a leading "of" and determiner."""
    u = raw.strip(" -")
    if not u:
        return None
    words = u.split(" ")
    if any(w[0].isdigit() for w in words) or words[0] in _SCALE_WORDS:
        hint = "give one figure at a time"
        if len(words[0]) == 3 and words[0].isdigit():
            hint += ' (write thousands with commas, e.g. "3,500")'
        raise FigureError(f"more than one number in {_show(text)}: {hint}")
    if not (u[0].isalpha() or u[0] in "%°"):
        raise FigureError(f"cannot read {_show(u)} after the figure in {_show(text)}: {_HINT}")
    if words[0] == "of":
        words = words[1:]
        if len(words) > 1 and words[0] in _DETERMINERS:
            words = words[1:]
        if not words or (len(words) == 1 and words[0] in _PRONOUNS):
            return None
    if words[0] == "times" and len(words) > 1 and words[1] in _COMPARATIVES:
        raise FigureError(f"{_show(text)} is a ratio (a multiple of something), not an amount")
    if len(words) == 1 and words[0] in _MONTHS:
        raise FigureError(f"{_show(text)} looks like a date, not a figure: {_HINT}")
    if len(words) > 1 and words[-1] in _MEASURE_ADJECTIVES and _is_measure(words[0]):
        words = words[:-1]  # "six to seven kilometres long" -> "kilometres"
    return " ".join(words)


def _is_measure(word: str) -> bool:
    return word in _MEASURES or word.rstrip(".") in _MEASURES


def _parse(text: str) -> Figure:
    stripped = text.strip()
    if len(text) > _MAX_TEXT:
        raise FigureError(
            f"{_show(text)} is too long for a figure (at most {_MAX_TEXT} characters)"
        )
    s = _normalise(text)
    toks = _tokens(s)
    n = len(toks)
    if n == 0:
        raise _no_figure(s, toks, None)

    # "no fighters", "none of them", "nobody"
    m = _match(_LEADING, toks, 0)
    if m is None and (z := _match(_NONE, toks, 0)) is not None:
        k = z[1]
        if not (k < n and toks[k][0] == _NUM):  # "no 250" is no none-form
            unit = _unit(s[toks[k][2] :] if k < n else "", s)
            if unit is not None or toks[0][1] != "no" or k > 1:  # a bare "no" needs a noun
                return Figure(stripped, 0, 0, unit, "none", True)

    hedge, i, hedge_words = None, 0, None
    if m is not None:
        hedge, i = m
        hedge_words = " ".join(t[1] for t in toks[:i])
    if i < n and toks[i][1] == "-" and i + 1 < n and toks[i + 1][0] == _NUM:
        raise FigureError(f"{_show(s)} is negative: figures count or measure from 0 up")
    currency = None
    if i < n and toks[i][1] in _CURRENCIES:
        currency, i = toks[i][1], i + 1

    # the amount: a number, a vague amount or a range
    is_range = False
    w = _word(toks, i)
    if w in ("between", "from"):
        k = i + 1
        if currency is None and k < n and toks[k][1] in _CURRENCIES:
            currency, k = toks[k][1], k + 1
        got = _read_amount(toks, k)
        if w == "between" and got is not None and _word(toks, got[1]) != "and":
            got = _read_amount(toks, k, allow_and=False)  # "between one hundred and two hundred"
        if got is None:
            raise _no_figure(s, toks, " ".join(t[1] for t in toks[:k]))
        a, j = got
        link = toks[j][1] if j < n else None
        if link not in (("and", "-", "to") if w == "between" else ("to", "-")):
            end = "and" if w == "between" else "to"
            raise FigureError(f'{_show(s)}: "{w}" needs two ends, e.g. "{w} 300 {end} 400"')
        got_b = _read_end(toks, j + 1, currency)
        if got_b is None:
            raise FigureError(f"the range in {_show(s)} has no second number: {_HINT}")
        amount, j = _join(a, got_b[0], s), got_b[1]
        is_range = True
    else:
        got = _read_amount(toks, i)
        if got is None:
            raise _no_figure(s, toks, hedge_words)
        amount, j = got

    # a hedge after the number ("250 or so", "700+", "100-odd"), else maybe a range
    t = _match(_TRAILING, toks, j)
    if t is None and not is_range and j < n:
        link = toks[j][1]
        k = j + 1
        if link == "if" and _word(toks, k) == "not":
            link, k = "if not", k + 1
        if link in ("to", "-", "or", "if not"):
            got_b = _read_end(toks, k, currency)
            if got_b is not None:
                amount, j = _join(amount, got_b[0], s), got_b[1]
                is_range = True
                t = _match(_TRAILING, toks, j)
    if t is not None:
        if hedge is not None:
            raise FigureError(f"two hedges in {_show(s)}: keep one")
        hedge, j = t

    # the unit, and whether this is a count (whole numbers) or a measure (real numbers)
    unit = _unit(s[toks[j][2] :] if j < n else "", s)
    if currency is not None:
        unit = currency if unit is None else f"{currency} {unit}"
    lo, hi, phrase = amount[0], amount[1], amount[2]
    count = (
        isinstance(lo, int)
        and isinstance(hi, int)
        and (unit is None or not _is_measure(unit.split(" ", 1)[0]))
    )
    if hi > _MAX:
        raise FigureError(f"{_show(s)} is too large a figure (at most {_MAX:,})")

    # the interval and the hedge as stored
    exact = False
    if hedge is None or hedge == "exactly":
        if phrase is None:
            exact = True
        else:
            hedge = phrase or "range"
        low, high = lo, hi
    else:
        low, high = _widen(hedge, lo, hi, count, s)
        if phrase:
            hedge = f"{hedge} {phrase}"
    low = _tidy(low)
    high = None if high is None else _tidy(high)
    return Figure(stripped, low, high, unit, hedge, exact)
