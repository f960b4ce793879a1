"""Numbers in words ("one hundred and twelve", "half a million", "a fifth") and vague
amounts ("a few dozen", "tens of thousands")."""

from __future__ import annotations

from claimtrack.quantities.figure import FigureError
from claimtrack.quantities.formatting import format_number
from claimtrack.quantities.lexicon import (
    _BIG,
    _FRACTIONS,
    _GROUPS,
    _NUM,
    _PLURALS,
    _QUANTIFIERS,
    _SCALES,
    _SMALL,
    _TENS,
    _WORD,
    Q,
    Token,
)
from claimtrack.quantities.tokens import _attached, _word
from claimtrack.quantities.values import _Amount, _q, _qadd, _qle, _qmul, _val


def _scale_words(toks: list[Token], j: int) -> tuple[int, list[str], int]:
    """Scale words at j, each larger than the product before it: "hundred", "thousand",
    "hundred thousand", "lakh crore", "dozen", "dozens" -> (scale, words, j)."""
    scale, words = 1, []
    w = _word(toks, j)
    if w in _GROUPS:
        return _GROUPS[w], [w], j + 1
    while w in _SCALES and _SCALES[w] > scale:
        scale *= _SCALES[w]
        words.append(w)
        j += 1
        w = _word(toks, j)
    return scale, words, j


def _fraction_at(toks: list[Token], k: int, count: int) -> int | None:
    """The denominator of a fraction word at k agreeing with ``count`` ("a fifth", "three
    fifths"), else None."""
    w = _word(toks, k)
    if w not in _FRACTIONS:
        return None
    plural = w.endswith("s")
    if plural != (count != 1):
        return None
    return _FRACTIONS[w]


def _and_fraction(toks: list[Token], k: int) -> tuple[Q, int] | None:
    """ "a half", "one half", "three eighths" at k (after "and") -> (fraction, index after)."""
    w = _word(toks, k)
    if w in ("a", "an"):
        count = 1
    elif w in _SMALL and _SMALL[w] > 0:
        count = _SMALL[w]
    else:
        return None
    den = _fraction_at(toks, k + 1, count)
    if den is None or count >= den:
        return None
    return _q(count, den), k + 2


def _scale_ahead(toks: list[Token], k: int) -> int:
    """Where a scale word is after a fraction: "million" (k), "a million" / "of a million"
    (skipping the "of a"), else -1: "half million", "half a million", "a quarter of a
    million", "half a dozen"."""
    w = _word(toks, k)
    if w == "of":
        k += 1
        w = _word(toks, k)
        if w not in ("a", "an"):
            return -1
    if w in ("a", "an"):
        k += 1
        w = _word(toks, k)
    if w == "hundred" or w in _BIG or w in _GROUPS:
        return k
    return -1


def _read_words(toks: list[Token], i: int, allow_and: bool) -> tuple[_Amount, int] | None:
    """A number in words: "thirteen", "twenty-five", "one hundred and twelve", "a dozen",
    "three hundred thousand", "half a million", "two and a half", "two thousand and two
    hundred", "one point five million", "a fifth", "three quarters of a million"."""
    return _WordReader(toks, allow_and).read(i)


# What a word handler of _WordReader tells the loop: go on after this word, go on at the
# index the handler set (``reader.j``), or stop before this word.
_NEXT, _JUMP, _STOP = 0, 1, 2


class _WordReader:
    """The state machine behind ``_read_words``: one handler per kind of word."""

    def __init__(self, toks: list[Token], allow_and: bool) -> None:
        self.toks, self.allow_and = toks, allow_and
        self.total: Q = (0, 1)
        self.cur: Q = (0, 1)
        # what came last: "", a, num, tens, hundred, big, group, frac, point, and, andfrac
        self.last = ""
        self.prev_big = 0
        self.nbig = 0  # big words read ("thousand million" multiplies one group)
        self.last_scale = 1
        self.scale, self.plain = 1, True
        self.frac = False  # a bare fraction so far ("a fifth")
        # "and" starting a group ("two thousand and two hundred", "one hundred and twelve"):
        # the state before it, restored when what follows does not fit (then "and" links a
        # range).
        self.save: tuple | None = None
        self.limit = 0  # after "and": the group that follows stays below this
        self.bad = False  # what followed "and" does not fit
        self.j = self.start = 0

    def read(self, i: int) -> tuple[_Amount, int] | None:
        toks, n = self.toks, len(self.toks)
        self.j = self.start = i
        while self.j < n:
            kind, w = toks[self.j][0], toks[self.j][1]
            if kind == _NUM:
                step = self._digits(w)
            elif kind != _WORD:
                if not self._hyphen(w):
                    break
                self.j += 1
                continue
            else:
                step = self._word(w)
            if step == _STOP:
                break
            if step == _NEXT:
                self.j += 1
        save = self.save
        if save is not None and (
            self.bad or self.last == "and" or not _and_fits(save, self.total, self.cur, self.limit)
        ):
            self.total, self.cur, self.j, self.scale, self.plain, self.last = save
        if self.last in ("", "a", "and"):
            return None
        value = _qadd(self.total, self.cur)
        if self.frac:
            return _Amount(value, written=False, frac=True), self.j
        scale = self.scale if self.plain else 1
        return _Amount(value, scale=scale, plain=self.plain), self.j

    def _hyphen(self, w: str) -> bool:
        """ "twenty-five", "two-hundred", "three-quarters": a hyphen inside a number."""
        toks, j, last = self.toks, self.j, self.last
        if not (w == "-" and _attached(toks, j) and _attached(toks, j + 1)):
            return False
        nxt = _word(toks, j + 1) or ""
        return (
            (last == "tens" and 1 <= _SMALL.get(nxt, 0) <= 9)
            or (last in ("num", "tens") and (nxt == "hundred" or nxt in _BIG))
            or (last in ("num", "a") and nxt in _FRACTIONS)
        )

    def _digits(self, w: str) -> int:
        """Digits inside a number in words: "4 hundred and 12", "two thousand 5 hundred and
        9", "3 million and a half", "2 and a half million". Only a whole number below 1,000
        without separators, at the start (before a scale word or "and" and a fraction),
        after a big word or after "and"."""
        if not (w.isdigit() and w[0] != "0" and len(w) <= 3):
            return _STOP
        last, v = self.last, int(w)
        nxt = _word(self.toks, self.j + 1)
        if last == "" and not (
            nxt == "hundred"
            or nxt in _BIG
            or (nxt == "and" and _and_fraction(self.toks, self.j + 2) is not None)
        ):
            return _STOP  # digits alone are read by _read_digits ("2 and a half": here)
        if last not in ("", "big", "and") or (last == "and" and self.limit == 100 and v >= 100):
            return _STOP
        self.plain = self.plain and last == ""
        self.cur = _qadd(self.cur, (v, 1))
        self.last = "num"
        return _NEXT

    def _word(self, w: str) -> int:
        if self.last == "" and (w == "hundred" or w in _BIG):
            self.cur, self.last = (1, 1), "a"  # "hundred thousand": one hundred thousand
        if w in _SMALL:
            return self._small(_SMALL[w])
        if w in _TENS:
            return self._tens(_TENS[w])
        if w == "hundred":
            return self._hundred()
        if w in _BIG:
            return self._big(_BIG[w])
        if w in _GROUPS:
            return self._group(w)
        if w in ("a", "an"):
            return self._article()
        if w in ("half", "quarter") and self.last == "":
            return self._half(w)
        if w in _FRACTIONS and self.last in ("a", "num"):
            return self._fraction()
        if w == "point" and self.last in ("", "num", "tens", "hundred") and self.cur[1] == 1:
            return self._point()
        if w == "and":
            return self._and()
        return _STOP

    def _small(self, v: int) -> int:
        if self.last in ("", "hundred", "big", "and"):
            self.plain = self.plain and self.last == ""
        elif not (self.last == "tens" and 1 <= v <= 9):
            return _STOP
        self.cur = _qadd(self.cur, (v, 1))
        self.last = "num"
        return _NEXT

    def _tens(self, v: int) -> int:
        if self.last not in ("", "hundred", "big", "and"):
            return _STOP
        self.plain = self.plain and self.last == ""
        self.cur = _qadd(self.cur, (v, 1))
        self.last = "tens"
        return _NEXT

    def _hundred(self) -> int:
        cur = self.cur
        if self.last not in ("num", "tens", "a", "frac", "point") or not 0 < cur[0] < 100 * cur[1]:
            return _STOP
        if self.save is not None and self.limit == 100:
            self.bad = True  # "one hundred and two hundred"
            return _STOP
        self.cur = _qmul(cur, (100, 1))
        self.scale *= 100
        self.last, self.last_scale, self.frac = "hundred", 100, False
        return _NEXT

    def _big(self, big: int) -> int:
        if self.last == "big" and self.nbig == 1 and big > self.prev_big and self.save is None:
            # "two thousand million", "three lakh crore": the group times the larger word
            self.total = _qmul(self.total, (big, 1))
            self.prev_big *= big
            self.scale *= big
            self.last_scale = self.prev_big
            return _NEXT
        if self.last not in ("num", "tens", "a", "hundred", "frac", "point", "andfrac"):
            return _STOP
        if self.cur[0] == 0 or (self.prev_big and big >= self.prev_big):
            self.bad = self.save is not None  # "two thousand and three thousand"
            return _STOP
        self.total = _qadd(self.total, _qmul(self.cur, (big, 1)))
        self.cur = (0, 1)
        self.prev_big = big
        self.nbig += 1
        self.scale *= big
        self.last, self.last_scale, self.frac = "big", big, False
        return _NEXT

    def _group(self, w: str) -> int:
        cur = self.cur
        if self.last not in ("num", "tens", "a", "frac") or (w == "dozens" and cur[0] <= cur[1]):
            return _STOP
        if self.save is not None:
            self.bad = True
            return _STOP
        self.cur = _qmul(cur, (_GROUPS[w], 1))
        self.scale *= _GROUPS[w]
        self.last, self.last_scale, self.frac = "group", _GROUPS[w], False
        return _NEXT

    def _article(self) -> int:
        if self.last != "":
            return _STOP
        nxt = _word(self.toks, self.j + 1) or ""
        if not (nxt == "hundred" or nxt in _BIG or nxt in _GROUPS or nxt in _FRACTIONS):
            return _STOP
        self.cur = (1, 1)
        self.last = "a"
        return _NEXT

    def _half(self, w: str) -> int:
        # "half" (a share), "half a million", "half million", "quarter of a million"
        k = _scale_ahead(self.toks, self.j + 1)
        if w == "quarter" and k < 0:
            return _STOP
        self.cur, self.last, self.frac, self.plain = (1, _FRACTIONS[w]), "frac", True, False
        self.j = k if k >= 0 else self.j + 1
        return _JUMP

    def _fraction(self) -> int:
        count = 1 if self.last == "a" else self.cur[0]
        den = _fraction_at(self.toks, self.j, count)
        if den is None or self.total[0] or self.cur[1] != 1 or not 0 < count < 100 or self.save:
            return _STOP
        self.cur, self.last, self.frac, self.plain = _q(count, den), "frac", True, False
        k = _scale_ahead(self.toks, self.j + 1)
        self.j = k if k >= 0 else self.j + 1
        return _JUMP

    def _point(self) -> int:
        toks = self.toks
        k, digits = self.j + 1, ""
        while _SMALL.get(_word(toks, k) or "", 10) < 10:
            digits += str(_SMALL[toks[k][1]])
            k += 1
        if not digits:
            return _STOP
        self.cur = _qadd(self.cur, _q(int(digits), 10 ** len(digits)))
        self.last = "point"
        self.j = k
        return _JUMP

    def _and(self) -> int:
        got = _and_fraction(self.toks, self.j + 1)
        last = self.last
        if got is not None and last in ("num", "tens") and self.cur[1] == 1:
            self.cur = _qadd(self.cur, got[0])  # "two and a half", "two and three eighths"
            self.plain, self.last = False, "andfrac"
            self.j = got[1]
            return _JUMP
        if got is not None and last in ("hundred", "big", "group"):
            scale, after = self.last_scale, got[1]
            w = _word(self.toks, after)
            if w == "hundred" or w in _BIG:  # "one billion and a half million"
                scale = _SCALES[w]
                if scale >= self.last_scale:
                    return _STOP
                after += 1
            elif last == "hundred":  # "one hundred and three quarters": 175 or 100.75?
                base = _qadd(self.total, self.cur)
                of_scale = _val(_qadd(base, _qmul(got[0], (scale, 1))))
                of_one = _val(_qadd(base, got[0]))
                words = " ".join(tok[1] for tok in self.toks[self.start : got[1]])
                raise FigureError(
                    f'"{words}" is ambiguous: {format_number(of_scale)} (a fraction of the'
                    f" {self.toks[self.j - 1][1]}) or {format_number(of_one)} (of one);"
                    " write the number in digits"
                )
            part = _qmul(got[0], (scale, 1))  # "two million and a half"
            if last == "big":
                self.total = _qadd(self.total, part)
            else:
                self.cur = _qadd(self.cur, part)
            self.plain, self.last = False, "andfrac"
            self.j = after
            return _STOP
        if not self.allow_and or last not in ("hundred", "big"):
            return _STOP
        if self.save is not None and not _and_fits(self.save, self.total, self.cur, self.limit):
            self.bad = True
            return _STOP
        self.save = (self.total, self.cur, self.j, self.scale, self.plain, last)
        self.limit = 100 if last == "hundred" else self.prev_big
        self.plain, self.last = False, "and"
        self.j += 1
        return _JUMP


def _and_fits(save: tuple, total: Q, cur: Q, limit: int) -> bool:
    """Whether what was read since an "and" stays below its limit (after "thousand and": less
    than a thousand; after "hundred and", a big word may still follow: "one hundred and twelve
    thousand")."""
    if limit == 100:
        return True
    before = _qadd(save[0], save[1])
    return _qle(_qadd(total, cur), _qadd(before, (limit - 1, 1)))


def _read_vague(toks: list[Token], i: int) -> tuple[_Amount, int] | None:
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
        if words and words[0] != "dozens":
            phrase = f"{quant} {' '.join(words)}"
            return _Amount((lo * scale, 1), (hi * scale, 1), vague=phrase, written=False), k
        return _Amount((lo, 1), (hi, 1), vague=quant, written=False), j
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
    return _Amount((lo, 1), (hi, 1), vague=phrase, written=False), j
