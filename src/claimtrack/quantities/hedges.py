"""Hedges: how wide each canonical hedge (``lexicon._HEDGES``) makes the stated amount."""

from __future__ import annotations

from claimtrack.quantities.figure import _HINT, FigureError
from claimtrack.quantities.lexicon import Q
from claimtrack.quantities.tokens import _show
from claimtrack.quantities.values import _Amount, _last_digit_unit, _qadd, _qle, _qmul

# True while ``quantities.stated_ends`` reads a figure: "about" ("around") then leaves the
# amount as stated, so that "about 40 to 50" reads 40-50, the ends it says, not 36-55 (the
# engine's core of such a figure, rule 6: one tolerance between two figures, never two)
_UNWIDENED: list[bool] = [False]


def _width(sig: int) -> int:
    """Percent an approximate hedge allows either way, by significant digits stated: "around
    4,000" and "some 250" +-10%, "approximately 884,000" +-2%, "about 3,958" +-1%."""
    return 10 if sig <= 2 else (2 if sig == 3 else 1)


def _stated_width(width: int, amount: _Amount) -> int:
    """The width of a number stated with decimals follows its stated precision: at most one
    unit of its last decimal either way, in whole percent (rounded up, at least 1): "about
    6.4 million" +-2% (0.1 / 6.4 = 1.6%), "about 6 million" +-10%, "around 7.5 km" +-2%,
    "about 2.5%" +-4%. Whole numbers keep the width of their significant digits (a trailing
    zero does not say whether it was counted)."""
    step, lo = amount.step, amount.lo
    if step is None or lo[0] == 0:
        return width
    ratio = _qmul(step, (100 * lo[1], lo[0]))  # step / lo, in percent
    return min(width, max(1, -(-ratio[0] // ratio[1])))


def _widen(
    hedge: str, lo: Q, hi: Q, count: bool, p_lo: int, p_hi: int, text: str
) -> tuple[Q, Q | None]:
    """Apply a hedge to the stated amount [lo, hi] (p_lo, p_hi: the widths in percent for each
    end). Counts round inward to whole numbers (and approximate hedges allow at least one
    either way); measures keep real bounds."""
    if hedge == "exactly" or (hedge == "around" and _UNWIDENED[0]):
        return lo, hi
    if hedge in ("just under", "fewer than", "most of") and hi[0] == 0:
        raise FigureError(f"{_show(text)} leaves no possible value: {_HINT}")
    if hedge in ("at least", "up to"):
        return (lo, None) if hedge == "at least" else ((0, 1), hi)
    down = _qmul(lo, (100 - p_lo, 100))
    up = _qmul(hi, (100 + p_hi, 100))
    odd = _qmul(hi, (5, 4))  # "odd": up to one unit of the last digit more, at most +25%
    unit = _last_digit_unit(hi)
    if unit is not None and _qle(_qadd(hi, unit), odd):
        odd = _qadd(hi, unit)
    if count:
        return _widen_count(hedge, lo, hi, down, up, odd)
    return _widen_measure(hedge, lo, hi, down, up, odd)


def _widen_count(hedge: str, lo: Q, hi: Q, down: Q, up: Q, odd: Q) -> tuple[Q, Q | None]:
    """``_widen`` for a count: whole numbers, and an approximate hedge allows at least one
    either way."""
    a, b = lo[0], hi[0]
    lo_w = max(0, min(-(-down[0] // down[1]), a - 1))
    if hedge == "around":
        return (lo_w, 1), (max(up[0] // up[1], b + 1), 1)
    if hedge == "nearly":
        return (lo_w, 1), hi
    if hedge == "just under":
        return (min(lo_w, b - 1), 1), (b - 1, 1)
    if hedge == "just over":
        return (a + 1, 1), (max(up[0] // up[1], b + 1), 1)
    if hedge == "odd":
        return lo, (max(odd[0] // odd[1], b + 1), 1)
    if hedge == "most of":  # more than half: "the better part of 9" is 5-9
        return (a // 2 + 1, 1), hi
    if hedge == "more than":
        return (a + 1, 1), None
    if hedge == "fewer than":
        return (0, 1), (b - 1, 1)
    raise AssertionError(f"no rule for the hedge {hedge!r}")


def _widen_measure(hedge: str, lo: Q, hi: Q, down: Q, up: Q, odd: Q) -> tuple[Q, Q | None]:
    """``_widen`` for a measure: real bounds."""
    if hedge == "around":
        return down, up
    if hedge in ("nearly", "just under"):
        return down, hi
    if hedge == "just over":
        return lo, up
    if hedge == "odd":
        return lo, odd
    if hedge == "most of":  # more than half of it, up to all of it
        return _qmul(lo, (1, 2)), hi
    if hedge == "more than":
        return lo, None
    if hedge == "fewer than":
        return (0, 1), hi
    raise AssertionError(f"no rule for the hedge {hedge!r}")
