"""The amount at one place of a phrase: digits with their separators and scale
abbreviations, a currency before them, and the two ends of a range joined."""

from __future__ import annotations

import re

from claimtrack.quantities.figure import _HINT, FigureError
from claimtrack.quantities.formatting import format_number
from claimtrack.quantities.lexicon import (
    _ABBREV,
    _ATTACHED,
    _BIG,
    _MEASURE_ADJECTIVES,
    _MONEY_ABBREV,
    _NUM,
    _ORDINALS,
    _PREFIX_DOLLARS,
    _PREFIX_WORDS,
    _PREFIX_YEN,
    _SCALES,
    _SIGNS,
    _THOUSANDS,
    _WORD,
    Token,
)
from claimtrack.quantities.tokens import _attached, _match, _show, _word
from claimtrack.quantities.units import FOREIGN_SHARES, SHARE_FIRST, _unit_index
from claimtrack.quantities.values import _Amount, _q, _qle, _qmul, _Range, _val
from claimtrack.quantities.words import _read_vague, _read_words, _scale_words

# Digits that can only be written with a decimal comma: dots between thousands (two or more,
# or one before the comma: "6.408.844", "1.234,5"), since a number has one decimal point and
# a comma never follows it.
_DOTTED = re.compile(r"[1-9][0-9]{0,2}(?:\.[0-9]{3}){2,}|[1-9][0-9]{0,2}(?:\.[0-9]{3})+,[0-9]+")
# A share after the number: "%" and "per cent" (1), or per cent in the words of a language
# that writes a decimal comma (2: "por ciento", "Prozent").
_NO_SHARE, _SHARE, _FOREIGN_SHARE = 0, 1, 2


_APOSTROPHES = re.compile(r"[1-9][0-9]{0,2}(?:'[0-9]{3})+(?:\.[0-9]+)?")
_SHARE_DECIMALS = re.compile(r"[0-9]+,(?:[0-9]{1,2}|[0-9]{4,})")


def _mexican_or_decimal(text: str) -> FigureError:
    """The refusal of "51,950 por ciento": a decimal comma, or a comma between thousands."""
    a, b = text.split(",")
    dec = f"{a}.{b.rstrip('0')}"
    return FigureError(
        f"{_show(text)} is ambiguous before a per cent in words of a language that writes a"
        f" decimal comma: {dec} with a decimal comma, or {text} with a comma between thousands"
        f' (as Mexico writes); write "{dec}%" or "{text}%", or use --decimal-comma for {dec}'
    )


def _one_way(text: str, dc: bool, scale_follows: bool, share: int) -> tuple[int, int, int] | None:
    """Digits ``_numeral`` reads only one way, or None: thousands as Switzerland groups them
    ("1'234'567"), dots between thousands ("6.408.844", "1.234,5"), a decimal comma in a
    share ("51,95 %", "3,1 por ciento")."""
    if "'" in text:
        if not _APOSTROPHES.fullmatch(text):
            raise FigureError(f"cannot read {_show(text)} as a number: {_HINT}")
        return _numeral(text.replace("'", ","), False, scale_follows)
    if not dc and (_DOTTED.fullmatch(text) or (share and _SHARE_DECIMALS.fullmatch(text))):
        return _numeral(text, True, scale_follows)
    return None


def _numeral(
    text: str, dc: bool, scale_follows: bool, share: int = _NO_SHARE
) -> tuple[int, int, int]:
    """Digits with separators -> (numerator, denominator, group): "3,500" -> (3500, 1, 1000).

    The default reads "," between thousands and "." as the decimal point; ``dc`` (decimal
    comma) the other way round. What could be read either way is refused, naming both. What
    can be read only one way is read so: dots between thousands ("6.408.844", "1.234,5"), and
    a comma before other than three digits in a share ("51,95 %", "3,1 por ciento": a comma
    between thousands has three digits after it, and a share is no list of two numbers)."""
    if text.isdigit() and len(text) <= 19:
        return int(text), 1, 1
    if not dc and _THOUSANDS.fullmatch(text):  # "3,500": the common case, quickly
        if share == _FOREIGN_SHARE and text.count(",") == 1:  # "51,950 por ciento"
            raise _mexican_or_decimal(text)
        return int(text.replace(",", "")), 1, 1000 ** text.count(",")
    one_way = _one_way(text, dc, scale_follows, share)
    if one_way is not None:
        return one_way
    shown = _show(text)
    dc_hint = "or use --decimal-comma"
    group_sep, point = (".", ",") if dc else (",", ".")
    parts = re.split(r"([.,])", text)
    groups, seps = parts[0::2], parts[1::2]
    whole, frac, group = text, "", 1
    if not seps:
        pass
    elif text[0] == ".":
        if dc:
            raise FigureError(f"{shown} has a decimal point, but the decimal mark is a comma")
        whole, frac = "0", groups[1]
    else:
        n_point = seps.count(point)
        ints, tail = (groups[:-1], groups[-1]) if n_point else (groups, "")
        grouped = all(s == group_sep for s in seps[: len(ints) - 1])
        western = (
            len(ints) > 1
            and grouped
            and 1 <= len(ints[0]) <= 3
            and ints[0][0] != "0"
            and all(len(g) == 3 for g in ints[1:])
        )
        indian = (
            not dc
            and len(ints) > 2
            and grouped
            and 1 <= len(ints[0]) <= 2
            and ints[0][0] != "0"
            and all(len(g) == 2 for g in ints[1:-1])
            and len(ints[-1]) == 3
        )
        if (
            n_point <= 1
            and (len(ints) == 1 or western or indian)
            and (not n_point or seps[-1] == point)
        ):
            whole, frac = "".join(ints), tail
            if western:
                group = 1000 ** (len(ints) - 1)
            three = n_point and len(frac) == 3 and int(whole) != 0
            if three and not dc and not western and not indian and not scale_follows:
                alt = f"{int(whole + frac):,}"
                dec = f"{int(whole)}.{frac.rstrip('0')}".rstrip(".")
                raise FigureError(
                    f"{shown} is ambiguous: {dec} with a decimal point, or {alt} with a dot"
                    f' between thousands; write "{dec}" or "{alt}", {dc_hint} for {alt}'
                )
        elif not dc and seps == [","] * len(seps) and len(seps) == 1:
            a, b = groups
            raise FigureError(
                f"{shown} is ambiguous: {a}.{b} with a decimal comma, or the two numbers {a}"
                f' and {b}; write "{a}.{b}" (a comma separates thousands, in groups of 3), '
                f"{dc_hint} for {a}.{b}"
            )
        elif not dc and re.fullmatch(r"[1-9][0-9]{0,2}(\.[0-9]{3})+(,[0-9]+)?", text):
            raise FigureError(
                f"{shown} has dots between thousands or a decimal comma: write it with commas"
                f' between thousands and a decimal point ("1,500,000.5"), {dc_hint}'
            )
        elif dc:
            raise FigureError(
                f"{shown} does not fit a decimal comma (a dot between thousands, in groups of"
                f' 3, and one comma before the decimals): write it like "1.500.000,5"'
            )
        else:
            raise FigureError(f"cannot read {shown} as a number: {_HINT}")
    frac = frac.rstrip("0")
    if len(whole.lstrip("0")) > 19 or len(frac) > 30:
        raise FigureError(f"{shown} is too long a number to read as a figure")
    return int(whole + frac or "0"), 10 ** len(frac), group


def _share_after(toks: list[Token], j: int, text: str) -> int:
    """Whether a share's unit follows the digits ``text`` at token j (``_SHARE``; in words of
    a language that writes a decimal comma, ``_FOREIGN_SHARE``), asked only of digits with a
    comma."""
    if "," not in text or j >= len(toks) or toks[j][1] not in SHARE_FIRST:
        return _NO_SHARE
    hit = _match(_unit_index(), toks, j)
    if hit is None or hit[0][0] != "unit" or hit[0][1] != "share":
        return _NO_SHARE
    written = " ".join(t[1] for t in toks[j : hit[1]]).replace(" - ", "-")
    return _FOREIGN_SHARE if written in FOREIGN_SHARES else _SHARE


def _abbrev(toks: list[Token], j: int, currency: str | None) -> int | None:
    """The scale of an abbreviation at j after digits ("k", "bn", attached "m", "$2.174T")."""
    w = _word(toks, j)
    if w is None:
        return None
    if w in _ABBREV:
        return _ABBREV[w]
    if _attached(toks, j) and w in _ATTACHED:
        return _ATTACHED[w]
    if currency is not None and w in _MONEY_ABBREV:
        return _MONEY_ABBREV[w]
    return None


def _space_groups(toks: list[Token], i: int, dc: bool) -> tuple[str, int]:
    """Digits grouped by spaces ("2 345 678", "10 000", "1 234 567.89"; a thin or no-break
    space reads as a space): the number with its thousands separators written in, and the
    index after it. A lone number is returned as it is."""
    text = toks[i][1]
    k = i + 1
    if not (len(text) <= 3 and text.isdigit() and text[0] != "0"):
        return text, k
    point = "," if dc else "."
    groups = [text]
    while k < len(toks) and toks[k][0] == _NUM and toks[k][2] == toks[k - 1][3] + 1:
        g = toks[k][1]
        whole, mark, decimals = g.partition(point)
        if len(whole) != 3 or not whole.isdigit() or (mark and not decimals.isdigit()):
            break
        groups.append(g)
        k += 1
        if mark:  # "1 234 567.89": the decimals end the number
            break
    return ("." if dc else ",").join(groups), k


def _exponent(toks: list[Token], j: int) -> tuple[int, int] | None:
    """A power of ten after a number: "1.3e6", "12.32e+14" (written against the number) or
    "1.3x10^6", "6.23 × 10^-4": (exponent, index after it), else None."""
    n = len(toks)
    if j >= n:
        return None
    w = toks[j][1]
    if w == "e" and _attached(toks, j):
        k = j + 1
    elif w in ("x", "×", "*") and j + 2 < n and toks[j + 1][1] == "10" and toks[j + 2][1] == "^":
        if not (_attached(toks, j + 2) and _attached(toks, j + 3)):
            return None
        k = j + 3
    else:
        return None
    sign = 1
    if k < n and toks[k][1] in ("+", "-") and _attached(toks, k):
        sign = -1 if toks[k][1] == "-" else 1
        k += 1
    if k < n and _attached(toks, k) and toks[k][1].isdigit() and len(toks[k][1]) <= 2:
        return sign * int(toks[k][1]), k + 1
    return None


def _read_digits(toks: list[Token], i: int, currency: str | None, dc: bool) -> tuple[_Amount, int]:
    text, j = _space_groups(toks, i, dc)
    end = toks[j - 1][3]
    power = _exponent(toks, j)
    if power is not None:  # "1.3e6" = 1,300,000
        exp, j = power
        num, den, _ = _numeral(text, dc, True)
        if exp > 18 or exp < -30:
            raise FigureError(f"{_show(text)} with a power of ten {exp} is out of range")
        return _Amount(_q(num * 10**exp, den) if exp >= 0 else _q(num, den * 10**-exp)), j
    abbrev = _abbrev(toks, j, currency)
    scale_follows = abbrev is not None or _word(toks, j) in _SCALES
    num, den, group = _numeral(text, dc, scale_follows, _share_after(toks, j, text))
    scale = 1
    nxt = toks[j] if j < len(toks) else None
    if abbrev is not None:
        scale, j = abbrev, j + 1
        adj = _word(toks, j)
        if nxt is not None and nxt[1] == "m" and currency is None and adj in _MEASURE_ADJECTIVES:
            raise FigureError(
                f'"{text}m {adj}" is ambiguous: "m" straight after a number is million in news'
                f' copy, but metres before "{adj}"; write "{text} metres" or "{text} million"'
            )
    elif nxt is not None and nxt[0] == _WORD and nxt[2] == end and nxt[1].rstrip(".") in _ORDINALS:
        raise FigureError(f"{_show(text + nxt[1])} is an ordinal (a rank), not an amount")
    elif nxt is not None and nxt[0] == _WORD:
        scale, _, j = _scale_words(toks, j)
    value = _q(num * scale, den)
    bare = scale == 1 and group == 1 and "," not in text
    step = _q(scale, den) if den > 1 else None  # "6.4 million" states tenths of a million
    return _Amount(value, scale=scale, plain=True, group=group, bare=bare, step=step), j


def _read_amount(
    toks: list[Token], i: int, currency: str | None, dc: bool, allow_and: bool = True
) -> tuple[_Amount, int] | None:
    if i >= len(toks):
        return None
    kind = toks[i][0]
    if kind == _NUM:
        digits = _read_digits(toks, i, currency, dc)
        w = _word(toks, i + 1)
        if w == "hundred" or w in _BIG or w == "and":  # "4 hundred and 12", "2 and a half"
            words = _read_words(toks, i, allow_and)
            if words is not None and words[1] > digits[1]:
                return words
        return digits
    if kind == _WORD:
        got = _read_words(toks, i, allow_and) or _read_vague(toks, i)
        if got is None and toks[i][1] in ("a", "an") and i + 1 < len(toks):
            hit = _match(_unit_index(), toks, i + 1)  # "a gallon", "an hour": one of the unit
            if hit is not None and hit[0][0] == "unit":
                return _Amount((1, 1), written=False), i + 1
        return got
    return None


def _currency_prefix(toks: list[Token], i: int) -> tuple[str | None, str | None, int]:
    """A currency before the number: "$", "US$", "A$", "CN¥", "Rs", "USD" -> (code, as written,
    i)."""
    if i >= len(toks):
        return None, None, i
    w = toks[i][1]
    if w in _SIGNS:
        return _SIGNS[w], w, i + 1
    dollar = i + 1 < len(toks) and toks[i + 1][1] == "$"
    if dollar and w in _PREFIX_DOLLARS and (len(w) > 1 or _attached(toks, i + 1)):
        return _PREFIX_DOLLARS[w], f"{w}$", i + 2
    if w in _PREFIX_YEN and i + 1 < len(toks) and toks[i + 1][1] == "¥" and _attached(toks, i + 1):
        return _PREFIX_YEN[w], f"{w}¥", i + 2
    if w in _PREFIX_WORDS and i + 1 < len(toks) and toks[i + 1][0] == _NUM:
        return _PREFIX_WORDS[w], w, i + 1
    return None, None, i


def _read_end(
    toks: list[Token], i: int, currency: str | None, sign: str | None, dc: bool
) -> tuple[_Amount, int] | None:
    """The second end of a range, maybe repeating the currency ("$5-$6m")."""
    if sign is not None and i < len(toks) and toks[i][1] == sign:
        i += 1
    return _read_amount(toks, i, currency, dc)


def _join(a: _Amount, b: _Amount, text: str, dash: bool = False) -> _Range:
    """The range from amount a to amount b. A scale word ending b also scales a plain a that
    is no larger than b's leading number: "six to seven million", but "500 to 1 million". In a
    dash range, so do b's thousands separators when a is a bare number of the same order as
    b's leading group: "10-11,000" is 10,000–11,000, "1-11,000" is refused, "10 to 11,000" is
    read as written."""
    if a.frac != b.frac:
        raise FigureError(f"{_show(text)} mixes a fraction with a number: {_HINT}")
    lo = a.lo
    if a.vague is None and b.vague is None:
        if a.plain and a.scale == 1 and b.scale > 1 and _qle(_qmul(a.lo, (b.scale, 1)), b.lo):
            lo = _qmul(a.lo, (b.scale, 1))
        elif dash and a.bare and b.group > 1 and b.scale == 1 and _qle((1, 1), a.lo):
            shared = _qmul(a.lo, (b.group, 1))
            if _qle(shared, b.lo):
                if _qle(b.lo, _qmul(shared, (10, 1))) and b.lo != _qmul(shared, (10, 1)):
                    lo = shared
                else:
                    sa, sb = format_number(_val(shared)), format_number(_val(b.lo))
                    raise FigureError(
                        f"{_show(text)} is ambiguous: {sa}–{sb} (the thousands shared) or"
                        f" {format_number(_val(a.lo))}–{sb}; write both ends in full"
                    )
    if not _qle(lo, b.lo):
        raise FigureError(f"the range in {_show(text)} runs backwards: put the smaller end first")
    if dash and lo == b.lo and a.vague is None and b.vague is None:
        # "50-50", "1-1": a split, odds or a score, never a range of one value
        raise FigureError(
            f"{_show(text)} has the same number on both sides of a dash: a split, odds or a"
            ' score ("50-50", "1-1 draw"), not a range; give the figure alone ("50%")'
        )
    return _Range(a, b, lo)
