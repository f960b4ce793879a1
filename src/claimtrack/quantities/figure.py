"""What the parser gives: ``Figure`` (one figure as read), ``FigureError`` (its only
exception) and the limits every reading keeps to."""

from __future__ import annotations

from dataclasses import dataclass

from claimtrack.fields import tidy

_HINT = 'give a number, a range or a vague amount like "a few dozen"'
_ONE = "give one figure at a time"
_MAX = 10**18  # larger figures are refused (keeps the arithmetic finite and exact)
_MAX_TEXT = 300  # characters; a figure phrase is short


class FigureError(ValueError):
    """The parser's only exception; ``str(e)`` is a one-line message for users."""


def _scaled(x: int | float, factor: int | float) -> int | float:
    """x in base units: x * factor to 15 significant digits (6 ft = 1.8288 m, not
    1.8288000000000002), an int when whole."""
    return x if factor == 1 else tidy(float(f"{x * factor:.15g}"))


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure as read: the interval it stands for, what it counts and how it was hedged."""

    text: str  # the input as given (stripped)
    low: int | float  # lower bound (int when whole), in the stated unit
    high: int | float | None  # upper bound; None = no upper bound
    unit: str | None  # what is counted or measured, lowercased as written ("fighters", "km")
    hedge: str | None  # canonical hedge ("around", "at least a few dozen", "range"); None if bare
    exact: bool  # True only for an exact number ("250", "only 250", "no fighters")
    rounding: int | float = 0  # implied precision of a bare round number ("3,500" -> 50)
    dimension: str = "count"  # count, share, percentage-points, currency:XXX, length, ...
    base_low: int | float | None = None  # low in the dimension's base unit (None: low * factor)
    base_high: int | float | None = None  # high in the base unit; None when unbounded
    factor: int | float = 1  # base units per stated unit (not in JSON); 1 unless physical

    def __post_init__(self) -> None:
        if self.base_low is None:
            object.__setattr__(self, "base_low", _scaled(self.low, self.factor))
            if self.high is not None:
                object.__setattr__(self, "base_high", _scaled(self.high, self.factor))

    def to_json(self) -> dict[str, object]:
        return {
            "text": self.text,
            "low": self.low,
            "high": self.high,
            "unit": self.unit,
            "hedge": self.hedge,
            "exact": self.exact,
            "rounding": self.rounding,
            "dimension": self.dimension,
            "base_low": self.base_low,
            "base_high": self.base_high,
        }
