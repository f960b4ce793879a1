"""Exact values: rationals ``Q = (numerator, denominator)``, the precision a stated
number implies (significant digits, rounding), and ``_Amount``, an amount as read."""

from __future__ import annotations

import math

from claimtrack.quantities.lexicon import Q


def _exact(num: int, den: int) -> int | float:
    """num / den as an int when whole, else the nearest float, to 15 significant digits when
    the fraction does not end (100 / 3 = 33.3333333333333, never 33.333333333333336: the
    digits past the 15th are the noise of binary floating point)."""
    q, r = divmod(num, den)
    if r == 0:
        return q
    v = num / den
    return float(f"{v:.15g}") if len(repr(v)) > 16 else v


def _q(n: int, d: int = 1) -> Q:
    g = math.gcd(n, d)
    return (n // g, d // g) if g > 1 else (n, d)


def _qadd(a: Q, b: Q) -> Q:
    return _q(a[0] * b[1] + b[0] * a[1], a[1] * b[1])


def _qmul(a: Q, b: Q) -> Q:
    return _q(a[0] * b[0], a[1] * b[1])


def _qle(a: Q, b: Q) -> bool:
    return a[0] * b[1] <= b[0] * a[1]


def _val(a: Q) -> int | float:
    return _exact(*a)


def _decimal_digits(a: Q) -> str | None:
    """The digits of a as a terminating decimal, without the point ("7.25" -> "725"), or None
    when it does not terminate within 30 places."""
    n, d = a
    for k in range(31):
        if (n * 10**k) % d == 0:
            whole = str(n * 10**k // d)
            return whole
    return None


def _sig(a: Q) -> int:
    """Significant digits stated: 4,000 -> 1, 250 -> 2, 884,000 -> 3, 7.25 -> 3."""
    digits = _decimal_digits(a)
    if digits is None:
        return 1
    digits = digits.strip("0")
    return max(1, len(digits))


def _last_digit_unit(a: Q) -> Q | None:
    """The place value of the last non-zero digit: 3,500 -> 100, 7.25 -> 0.01."""
    n, d = a
    if n == 0:
        return None
    if d == 1:
        tz = len(str(n)) - len(str(n).rstrip("0"))
        return (10**tz, 1)
    for k in range(1, 31):
        if (n * 10**k) % d == 0:
            return (1, 10**k)
    return None


def _rounding(a: Q) -> Q:
    """Half the unit of the last non-zero digit of a whole number with trailing zeros, at most
    5% of it: 3,500 -> 50, 250 -> 5, 10,000 -> 500; 3,958, 112 and 7.5 -> 0."""
    n, d = a
    if d != 1 or n == 0 or n % 10:
        return (0, 1)
    unit = _last_digit_unit(a)
    assert unit is not None
    half = (unit[0] // 2, 1)
    cap = _q(n * 5, 100)
    return half if _qle(half, cap) else cap


class _Amount:
    """An amount read at one place (a number, a fraction, a vague amount or a range)."""

    __slots__ = (
        "bare",
        "frac",
        "group",
        "hi",
        "lo",
        "percent",
        "plain",
        "scale",
        "step",
        "vague",
        "written",
    )

    def __init__(
        self,
        lo: Q,
        hi: Q | None = None,
        *,
        vague: str | None = None,  # the vague phrase ("a few dozen"); "" for a range
        scale: int = 1,  # product of the scale words ending a plain number ("7.5 million")
        plain: bool = False,  # a simple number, then only scale words ("seven million")
        written: bool = True,  # digits or number words (rounding and precision apply)
        frac: bool = False,  # a bare fraction ("a fifth", "three quarters"): a share
        group: int = 1,  # 1000 ** (thousands groups) for digits with separators ("11,000")
        bare: bool = False,  # digits without separators or scale ("10" in "10-11,000")
        percent: bool = False,  # a share already in percent ("one in five" = 20)
        step: Q | None = None,  # one unit of the last decimal stated ("6.4 million": 100,000)
    ) -> None:
        self.lo = lo
        self.hi = lo if hi is None else hi
        self.vague = vague
        self.scale = scale
        self.plain = plain
        self.written = written
        self.frac = frac
        self.group = group
        self.bare = bare
        self.percent = percent
        self.step = step


class _Range(_Amount):
    __slots__ = ("ends",)

    def __init__(self, a: _Amount, b: _Amount, lo: Q) -> None:
        super().__init__(lo, b.hi, vague="", written=a.written and b.written, frac=a.frac)
        self.ends = (a, b)
