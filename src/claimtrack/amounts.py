"""Amounts as people read them: "3 days", "112.5 t", "$3–5 bn", "31%", "47.5–52.5".

Pure (standard library and ``quantities``). The engine compares intervals in base units
(seconds, metres, kilograms, amounts as said); the JSON, CSV, the sheet and the exports keep
that text (``readings.range_text``: "259,200 s"), since programs read it. A reader of the
report gets the same interval in the unit they would use (``amount_text``): a count as
compared (``readings.count_text``, the one text of a count in every output), a duration in
the largest unit that fits, money with its symbol and scale, a share with "%", a length,
mass or area in m or km, kg or t, m² or km². The terminal says physical amounts the same
way, by the same function (``shown_text``), and keeps counts, shares and money as stored.
"""

from __future__ import annotations

import math
from functools import lru_cache
from itertools import pairwise

from claimtrack.quantities import format_number, format_range, tidy
from claimtrack.quantities.formatting import honest_range
from claimtrack.quantities.rates import per_text, split_rate
from claimtrack.readings import (
    base_unit,
    count_text,
    money_text,
    range_text,
    tick_text,
    with_currency,
)

Number = int | float

# The units a reader says an amount in, largest first, as (base units per unit, symbol), with
# the unit table's own lengths (a year is 365.2425 days, a month a twelfth of it). A duration
# takes the largest unit that says its interval exactly ("2 weeks", "18 months" is "1.5
# years"), else the largest that fits, months and weeks left out ("10 days", not "1.43 weeks").
_DURATIONS = (
    (31556952, "year"), (2629746, "month"), (604800, "week"), (86400, "day"), (3600, "hour"),
    (60, "minute"), (1, "second"),
)  # fmt: skip
_ROUGH = frozenset({"month", "week"})  # said in only when they say the interval exactly
_SCALED = {
    "length": ((1000, "km"), (1, "m"), (0.01, "cm"), (0.001, "mm")),
    "mass": ((1e12, "Gt"), (1e9, "Mt"), (1000, "t"), (1, "kg"), (0.001, "g"), (1e-6, "mg")),
    "area": ((1e6, "km²"), (1, "m²"), (1e-4, "cm²")),
    "volume": ((1000, "m³"), (1, "l"), (0.001, "ml")),
    "speed": ((0.2777777777777778, "km/h"),),  # the unit table's km/h, in m/s
    "power": ((1e12, "TW"), (1e9, "GW"), (1e6, "MW"), (1e3, "kW"), (1, "W")),
    "energy": ((1e15, "PJ"), (1e12, "TJ"), (1e9, "GJ"), (1e6, "MJ"), (1e3, "kJ"), (1, "J")),
}


def _exact(x: float, places: int) -> bool:
    """``x`` is said exactly with ``places`` decimals: within a billionth of its last digit,
    or a few units of a float's last place (14.65e9 / 1e9), at any size (a tolerance relative
    to ``x`` alone would call 5,167,418.9914 exact to two decimals, one absolute would call
    0.0000000078 exact to ten)."""
    return abs(round(x, places) - x) <= max(1e-9 * 10.0**-places, 1e-15 * abs(x))


def _places(x: float) -> int:
    """The decimals a reader needs for ``x``: none from 1,000 up, one from 10, two from 1, and
    below 1 two significant digits ("0.05", "0.0034")."""
    ax = abs(x)
    if ax >= 1000:
        return 0
    if ax >= 10:
        return 1
    if ax >= 1 or ax == 0:
        return 2
    return max(2, 1 - math.floor(math.log10(ax)))


def _num(x: float) -> str:
    """One value as a reader says it: as it is when that takes at most two decimals (or the
    decimals ``_places`` gives below 1), else rounded to ``_places``: 112.4909 t is "112.5"."""
    places = _places(x)
    if _exact(x, max(places, 2)):
        return _num_at(x, max(places, 2))
    return _num_at(x, places)


def _outward(x: float, places: int, up: bool) -> str:
    """``x`` to ``places`` decimals, rounded away from the interval's inside (down for a low
    bound, up for a high one), so that the interval shown holds the one read."""
    step = 10**places
    scaled = x * step
    whole = math.ceil(scaled - 1e-9) if up else math.floor(scaled + 1e-9)
    return format_number(tidy(round(whole / step, places)))


def _span(low: Number, high: Number | None, factor: float = 1) -> str:
    """An interval divided by ``factor``, each bound to the decimals a reader needs
    (``_places``: none from 1,000 up, one from 10, two from 1), or each to two (more below 1)
    when that shows both exactly: "£14.7bn", read 14.65-14.75 bn, is "14.65–14.75", never
    "14.7–14.8", a range its figure is not the middle of. A bound that needs more is rounded
    outward (the low down, the high up): the text never claims a narrower interval than the
    one read ("5 million lb", 2,154,563.8–2,381,359.9425 kg, is "2,154–2,382 t"); so is the
    low bound of an interval with no upper one ("8,164+ t"). One value is rounded as ``_num``
    does."""
    lo = low / factor
    if high is None:
        exact_at = max(_places(lo), 2)
        if _exact(lo, exact_at):
            return f"{_num_at(lo, exact_at)}+"
        return f"{_outward(lo, _places(lo), up=False)}+"
    hi = high / factor
    if lo == hi:  # one value: rounded as a reader says it
        return _num(lo)
    lo_at, hi_at = max(_places(lo), 2), max(_places(hi), 2)
    if _exact(lo, lo_at) and _exact(hi, hi_at):
        a, b = _num_at(lo, lo_at), _num_at(hi, hi_at)
    else:
        a, b = _outward(lo, _places(lo), up=False), _outward(hi, _places(hi), up=True)
    return a if a == b else f"{a}–{b}"


def _num_at(x: float, places: int) -> str:
    return format_number(tidy(round(x, places)))


@lru_cache(maxsize=16384)
def amount_text(low: Number, high: Number | None, dimension: str = "count") -> str:
    """An interval in base units as a reader says it: counts as compared ("47.5–52.5"),
    durations in the largest fitting unit ("3 days"), money with its symbol and scale
    ("$3–5 bn"), shares with "%" ("31%"), lengths, masses, areas, volumes, speeds, energy
    and power in the unit of their size (mm to km, mg to Gt, W to TW, speeds in km/h), rates
    per their base period ("504 t a week"); a unit with no dimension as ``range_text``."""
    top = low if high is None else max(low, high)
    amount, per = split_rate(dimension)
    if per is not None:  # a rate, in its base period: "£350 m a week", "140 a week"
        text = _span(low, high) if amount == "count" else amount_text(low, high, amount)
        return text + per_text(per)
    if dimension == "count":  # as compared, in every output: ``count_text``
        return count_text(low, high)
    if dimension == "share":  # the terminal's rule: "12.37–12.63%", never narrower
        return f"{honest_range(low, high)}%"
    if dimension == "duration":
        factor, name = _duration_unit(low, high)
        text = _span(low, high, factor)
        return f"{text} {name}{'' if text == '1' else 's'}"
    if dimension.startswith("currency:"):  # the terminal's rule ("$12.37–12.63 m", "₹95–105 bn")
        return money_text(low, high, dimension, outward=True) or range_text(low, high, dimension)
    if dimension in _SCALED:
        units = _SCALED[dimension]
        factor, symbol = next(((f, u) for f, u in units if top >= f), units[-1])
        return f"{_span(low, high, factor)} {symbol}"
    if dimension.startswith("unit:"):  # a unit with no dimension ("tons"): as said, as is
        return f"{format_range(low, high)} {dimension.split(':', 1)[1]}"
    return f"{_span(low, high)} {base_unit(dimension)}".rstrip()


def _duration_unit(low: Number, high: Number | None) -> tuple[float, str]:
    """The unit a duration is said in: the largest that fits, other than a month or a week
    ("1.16 days"); but a month or a week above it, or the next unit below it, when that says
    each bound exactly (to two decimals) and it does not: "2 weeks", "6 months", "400 days"
    (not "1.1 years"), "26 hours"."""
    top = low if high is None else max(low, high)
    bounds = (low,) if high is None else (low, high)
    fitting = [(f, n) for f, n in _DURATIONS if top >= f] or [(1, "second")]
    steady = [k for k, (_, n) in enumerate(fitting) if n not in _ROUGH]
    first = steady[0]
    last = steady[1] if len(steady) > 1 else first  # the next unit below the first steady one
    for f, n in fitting[: last + 1]:
        if all(_exact(b / f, 2) for b in bounds):
            return f, n
    return fitting[first]


def shown_text(low: Number, high: Number | None, dimension: str = "count") -> str:
    """An interval as the terminal shows it (conflicts, timeline, show): a length, mass, area,
    duration, volume, speed, energy or power (or a rate of one) as ``amount_text`` says it,
    the report's own text ("112.5 t", "3 days", "504 t a week"), never the conversion's every
    digit ("112,490.90776 kg"); counts, shares and money as they are stored (``range_text``;
    money of a million or more in its scale when that is exact, ``money_text``), since the
    terminal's figures are the engine's intervals, unrounded."""
    amount = split_rate(dimension)[0]
    if amount.startswith("currency:"):  # "$12.37–12.63 m": honest, never narrower
        money = money_text(low, high, dimension, outward=True)
        return money if money is not None else range_text(low, high, dimension)
    if dimension == "share":  # "12.37–12.63%": as few decimals as keep it honest
        return f"{honest_range(low, high)}%"
    if dimension == "count":
        return count_text(low, high)
    if amount in ("count", "share"):
        return range_text(low, high, dimension)
    return amount_text(low, high, dimension)


def tick_amount(v: float, dimension: str) -> str:
    """An axis tick: compact ("10k", "$1bn", "10%", "2 days")."""
    if dimension == "count":
        return tick_text(v)
    if dimension == "share":
        return f"{v:g}%"
    if dimension == "percentage-points":  # "10 pp", as compact as "10%"
        return f"{v:g} pp"
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


def apart_texts(
    bounds: list[tuple[Number, Number | None]], dimension: str, *, report: bool = False
) -> list[str]:
    """Positions' intervals as people read them (``shown_text``, or ``amount_text`` for the
    report), each rounded outward on its own; but where that would make two positions the
    engine holds apart look as if they meet (12.375–12.625% and 12.63–12.9% as
    "12.37–12.63%" and "12.63–12.9%"), every interval as compared, unrounded: a dispute
    never looks like an agreement."""
    say = amount_text if report else shown_text
    texts = [say(lo, hi, dimension) for lo, hi in bounds]
    if dimension != "share" and not split_rate(dimension)[0].startswith("currency:"):
        return texts  # other amounts are rounded to a reader's precision, as before
    shown = [_read_back(text) for text in texts]
    order = sorted(range(len(bounds)), key=lambda k: bounds[k][0])
    for i, j in pairwise(order):
        high, low = bounds[i][1], bounds[j][0]
        if high is not None and high < low:  # apart as compared: apart as shown?
            a, b = shown[i], shown[j]
            if a is None or b is None or a[1] is None or a[1] >= b[0]:
                return [_unrounded(lo, hi, dimension) for lo, hi in bounds]
    return texts


def said_exactly(text: str, low: Number, high: Number | None, dimension: str) -> bool:
    """Whether a share's or money's text says its interval exactly (read back by the parser),
    so that "=" may go before it; "≈" when it was rounded outward ("12.37–12.63%" for
    12.375–12.625). Other amounts: True (their readers' precision is the unit's)."""
    if dimension != "share" and not split_rate(dimension)[0].startswith("currency:"):
        return True
    shown = _read_back(text)
    if shown is None:
        return False
    tolerance = 1e-9 * max(1.0, abs(low), abs(high or 0))
    same_high = (shown[1] is None) == (high is None) and (
        high is None or shown[1] is None or abs(shown[1] - high) <= tolerance
    )
    return abs(shown[0] - low) <= tolerance and same_high


def _read_back(text: str) -> tuple[Number, Number | None] | None:
    """The interval a shown text says, as the parser reads it (None: not read). Read as a
    rate may be (``rates``): the text is the interval as compared, a rate's above 100% or
    with no upper bound ("211.4%", "90+%") as much as a proportion's."""
    from claimtrack.quantities import FigureError, parse_figure

    try:
        fig = parse_figure(text, rates=True)
    except FigureError:
        return None
    return None if fig.base_low is None else (fig.base_low, fig.base_high)


def _unrounded(low: Number, high: Number | None, dimension: str) -> str:
    if split_rate(dimension)[0].startswith("currency:"):
        return money_text(low, high, dimension) or range_text(low, high, dimension)
    if dimension == "share":
        return f"{format_range(low, high)}%"
    return range_text(low, high, dimension)
