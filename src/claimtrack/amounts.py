"""Amounts as people read them, for the report: "3 days", "$3–5 bn", "31%", "48–52".

Pure (standard library and ``quantities``). The engine compares intervals in base units
(seconds, metres, amounts as said) and the terminal, the JSON and the exports keep that text
(``readings.range_text``: "259,200 s"), since programs read it. A reader of the report gets
the same interval in the unit they would use: a count in whole numbers, a duration in the
largest unit that fits, money with its symbol and scale, a share with "%".
"""

from __future__ import annotations

import math
from functools import lru_cache

from claimtrack.quantities import format_number, format_range, tidy
from claimtrack.quantities.rates import per_text, split_rate
from claimtrack.readings import _exact, base_unit, range_text, scale_of, tick_text, with_currency

Number = int | float

_DURATIONS = ((365 * 86400, "year"), (86400, "day"), (3600, "hour"), (60, "minute"), (1, "second"))
_METRIC = {"length": (1000, "m", "km"), "mass": (1000, "kg", "t"), "area": (1e6, "m²", "km²")}


def _num(x: float) -> str:
    """A number rounded to what a reader needs: at most one decimal above 10, two below."""
    return format_number(tidy(round(x, 1 if abs(x) >= 10 else 2)))


def _places(x: float) -> int:
    """The decimals a reader needs for ``x``: one from 10 up, two below."""
    return 1 if abs(x) >= 10 else 2


def _outward(x: float, places: int, up: bool) -> str:
    """``x`` to ``places`` decimals, rounded away from the interval's inside (down for a low
    bound, up for a high one), so that the interval shown holds the one read."""
    step = 10**places
    scaled = x * step
    whole = math.ceil(scaled - 1e-9) if up else math.floor(scaled + 1e-9)
    return format_number(tidy(round(whole / step, places)))


def _span(low: Number, high: Number | None, factor: float = 1) -> str:
    """An interval divided by ``factor``, each bound to the decimals a reader needs (one from
    10 up, two below), or to two when that shows it exactly: "£14.7bn", read 14.65-14.75 bn, is
    "14.65–14.75", never "14.7–14.8", a range its figure is not the middle of. A bound that
    needs more is rounded outward (the low down, the high up): the text never claims a
    narrower interval than the one read. One value is rounded as ``_num`` does."""
    lo = low / factor
    if high is None:
        return f"{_num(lo)}+"
    hi = high / factor
    if lo == hi:  # one value: rounded as a reader says it
        return _num(lo)
    places = max(_places(lo), _places(hi))
    if not (_exact(lo, places) and _exact(hi, places)):
        places = 2
    if _exact(lo, places) and _exact(hi, places):
        a, b = _num_at(lo, places), _num_at(hi, places)
    else:
        a, b = _outward(lo, places, up=False), _outward(hi, places, up=True)
    return a if a == b else f"{a}–{b}"


def _num_at(x: float, places: int) -> str:
    return format_number(tidy(round(x, places)))


def count_bounds(low: Number, high: Number | None) -> tuple[Number, Number | None]:
    """A count's bounds as whole numbers inside them: 47.5–52.5 trucks are 48–52 (kept as
    they are when no whole number lies between them)."""
    lo = math.ceil(low - 1e-9)
    hi = None if high is None else math.floor(high + 1e-9)
    if hi is not None and hi < lo:
        return low, high
    return lo, hi


@lru_cache(maxsize=16384)
def amount_text(low: Number, high: Number | None, dimension: str = "count") -> str:
    """An interval in base units as a reader says it: counts in whole numbers ("48–52"),
    durations in the largest fitting unit ("3 days"), money with its symbol and scale
    ("$3–5 bn"), shares with "%" ("31%"), lengths, masses and areas in km, t, km² when large;
    any other dimension as ``range_text``."""
    top = low if high is None else max(low, high)
    amount, per = split_rate(dimension)
    if per is not None:  # a rate, in its base period: "£350 m a week", "140 a week"
        text = _span(low, high) if amount == "count" else amount_text(low, high, amount)
        return text + per_text(per)
    if dimension == "count":
        lo, hi = count_bounds(low, high)
        return format_range(lo, hi) if hi is None or hi >= lo else _span(low, high)
    if dimension == "share":
        return f"{_span(low, high)}%"
    if dimension == "duration":
        factor, name = next(((f, n) for f, n in _DURATIONS if top >= f), (1, "second"))
        text = _span(low, high, factor)
        return f"{text} {name}{'' if text == '1' else 's'}"
    if dimension.startswith("currency:"):
        scale_by, scale = scale_of(top)
        return with_currency(_span(low, high, scale_by) + (f" {scale}" if scale else ""), dimension)
    if dimension in _METRIC:
        step, small, large = _METRIC[dimension]
        if top >= step:
            return f"{_span(low, high, step)} {large}"
        return f"{_span(low, high)} {small}"
    return range_text(low, high, dimension)


def tick_amount(v: float, dimension: str) -> str:
    """An axis tick: compact ("10k", "$1bn", "10%", "2 days")."""
    if dimension == "count":
        return tick_text(v)
    if dimension == "share":
        return f"{v:g}%"
    if dimension.startswith("currency:"):
        return with_currency(tick_text(v), split_rate(dimension)[0])
    if split_rate(dimension)[1] is not None:
        return tick_amount(v, split_rate(dimension)[0])
    return amount_text(v, v, dimension)


def axis_label(measure: str, dimension: str) -> str:
    """What an axis measures, with its unit: "fighters-evacuated (log scale)", "duration
    (log scale)", "money, USD (log scale)"."""
    if split_rate(dimension)[1] is not None:
        what = f"{measure}, {base_unit(dimension)}"
    elif dimension.startswith("currency:"):
        what = f"{measure}, {dimension.split(':', 1)[1]}"
    elif dimension == "count":
        what = measure
    else:
        what = f"{measure}, {dimension}"
    return f"{what} (log scale)"
