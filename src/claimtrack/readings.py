"""How a stored figure reads: its dimension, implied rounding and bounds in base units.

Pure (standard library and ``quantities`` only): the model fills these in when a claim is
validated, the store keeps them beside the record for the conflict engine, and the renderer
shows them ("3,500 ≈ 3,450–3,550").
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from claimtrack.measure_words import over_whole
from claimtrack.quantities import (
    Figure,
    FigureError,
    base_symbol,
    format_range,
    parse_figure,
    tidy,
    unit_dimension,
    unit_symbol,
)
from claimtrack.quantities.formatting import (
    MONEY_SCALES,
    honest_range,
    money_amount,
    money_prefix,
    money_said,
)
from claimtrack.quantities.rates import currency_code, per_text, split_rate

if TYPE_CHECKING:
    from claimtrack.conflicts import Fact


class FigureNumbers(NamedTuple):
    """What the engine compares, derived from a figure record (``fields.FIGURE_COLUMNS``)."""

    dimension: str  # count, share, currency:USD, length, area, ...
    rounding: int | float  # implied precision of a round number, in the stated unit
    base_low: int | float  # low in the dimension's base unit (metres, seconds, ...)
    base_high: int | float | None  # None: no upper bound
    base_rounding: int | float  # rounding in the base unit


def reading_of_bounds(
    value: str,
    low: float,
    high: float | None,
    decimal_comma: bool = False,
    rates: bool = False,
) -> Figure | None:
    """The reading of ``value`` that gives exactly these bounds, if any.

    A stored figure keeps its bounds; re-reading its text (an edit, an import of an export,
    a renderer) must find the reading they came from, with or without a decimal comma.
    ``rates``: the figure is a rate or a change (``measure_words.over_whole`` of its measure
    and change), read as ``add`` reads it.
    """
    for dc in (decimal_comma, not decimal_comma):
        try:
            fig = parse_figure(value, decimal_comma=dc, rates=rates)
        except FigureError:
            continue
        if fig.low == low and fig.high == high:
            return fig
    return None


def unit_of(unit: str | None) -> tuple[str, float]:
    """``quantities.unit_dimension``, except that a unit it refuses as ambiguous ("tons",
    "pounds", stored before it was refused) is a dimension of its own, ``unit:tons``: such
    figures compare only with each other, never with counts."""
    try:
        return unit_dimension(unit)
    except FigureError:
        return f"unit:{' '.join((unit or '').lower().split())}", 1


def figure_numbers(record: dict[str, Any]) -> FigureNumbers | None:
    """A figure record's dimension, implied rounding and bounds in base units.

    The figure's own reading decides when its text has a unit ("6 km"); otherwise the
    record's ``unit`` does ("six to seven" with unit "kilometres"); a plain noun is a
    count. The rounding of a round number ("3,500": 50) applies only when the bounds are
    the ones its text gives (explicit bounds are taken as stated).
    """
    if record.get("kind") != "figure" or record.get("low") is None:
        return None
    value, unit = record.get("value") or "", record.get("unit")
    rates = over_whole(record.get("measure"), record.get("change"))
    return _numbers(value, record["low"], record.get("high"), unit, rates)


@lru_cache(maxsize=8192)
def _numbers(
    value: str, low: float, high: float | None, unit: str | None, rates: bool = False
) -> FigureNumbers:
    """``figure_numbers`` of a figure with these fields (they decide it; figures repeat
    across an import, so it is cached). ``rates``: ``reading_of_bounds``."""
    fig = reading_of_bounds(value, low, high, rates=rates)
    if fig is not None and fig.unit is not None:
        dimension, factor = fig.dimension, fig.factor
    else:
        dimension, factor = unit_of(unit)
    rounding = fig.rounding if fig is not None else 0
    return FigureNumbers(
        dimension,
        tidy(rounding),
        tidy(low * factor),
        None if high is None else tidy(high * factor),
        tidy(rounding * factor),
    )


BASE_UNITS = {
    "count": "",
    "share": "%",
    "length": "m",
    "area": "m²",
    "volume": "l",
    "mass": "kg",
    "duration": "s",
    "speed": "m/s",
    "ratio": "times",
    "data": "bytes",
    # a change of a rate: "2 percentage points", as people write it, not the dimension's
    # name ("2 percentage-points", outputs16); basis points are read as a hundredth of it
    "percentage-points": "percentage points",
}


def base_unit(dimension: str) -> str:
    """The unit base values of a dimension are written in: "m", "%", "USD", "W", "" for counts
    (a physical dimension's symbol from the unit table's own, never the dimension's name); a
    rate's in its base period: "GBP a week", "kg a year", "a week" for a count per week."""
    amount, per = split_rate(dimension)
    if per is not None:
        return (base_unit(amount) + per_text(per)).strip()
    unit = BASE_UNITS[dimension] if dimension in BASE_UNITS else base_symbol(dimension)
    if unit is not None:
        return unit
    from claimtrack.conflicts import dimension_label  # `list` reads figures without the engine

    return dimension_label(dimension)


# -- the text of a reading (shown by the renderer and by reports) ----------------------------


def reading_of(record: Mapping[str, Any], fact: Fact | None = None) -> str:
    """How a figure reads: '= 24–60', '≈ 3,450–3,550' for a round number, a unit when not a
    count ('= 6–7 km'). A count's ``fact`` (the engine's view) saves re-reading its text."""
    numbers = None
    if fact is not None and fact.dimension == "count":
        dimension, rounding = "count", fact.rounding  # a count's base unit is the stated one
    else:
        numbers = figure_numbers(dict(record))
        dimension = numbers.dimension if numbers is not None else "count"
        rounding = numbers.rounding if numbers is not None else 0
    low, high = record["low"], record.get("high")
    if numbers is not None and dimension.startswith("currency:"):
        exact, money = _money(numbers, outward=False), _money(numbers, outward=True)
        if money is not None:  # "≈ £5.65–5.75 bn", not "≈ 5,650,000,000–5,750,000,000 £"
            return f"{'≈' if rounding or money != exact else '='} {money}"
    if dimension == "share" and str(record.get("unit") or "").startswith("%"):
        lo = max(0, low - rounding)
        hi = None if high is None else high + rounding
        shown = honest_range(lo, hi)
        same = not rounding and shown == format_range(lo, hi)
        return f"{'=' if same else '≈'} {shown}{record['unit']}"  # "≈ 12.37–12.63% of voters"
    if rounding:
        lo = max(0, low - rounding)
        hi = None if high is None else high + rounding
        text = f"≈ {count_text(lo, hi) if dimension == 'count' else format_range(lo, hi)}"
    else:
        text = f"= {count_text(low, high) if dimension == 'count' else format_range(low, high)}"
    unit = record.get("unit")
    if unit and dimension != "count":
        text = with_unit(text, unit_symbol(unit))
    return text


def stated_text(record: Mapping[str, Any]) -> str:
    """A figure's interval as stated, for people: '= 24–60 fighters', '= ₹100 bn', '= £50 m a
    day', '≈ 12.37–12.63%' (a share in as few decimals as keep it honest, rounded outward:
    "≈", since it is wider than the interval stated); never the token the user typed for a
    currency ("= 100,000,000,000 rs" before)."""
    low, high, unit = record["low"], record.get("high"), record.get("unit")
    numbers = figure_numbers({**record, "kind": "figure"})
    dimension = numbers.dimension if numbers is not None else "count"
    if dimension.startswith("currency:"):
        money = money_said(unit, low, high, dimension)
        if money is not None:
            return f"= {money}"
    if dimension == "share" and unit and unit.startswith("%"):  # "≈ 12.37–12.63% of voters"
        shown = honest_range(low, high)
        return f"{'=' if shown == format_range(low, high) else '≈'} {shown}{unit}"
    return f"= {with_unit(format_range(low, high), unit)}"


def _money(n: FigureNumbers, *, outward: bool) -> str | None:
    """A money reading, its currency first ("£5.65–5.75 bn", ``money_text``)."""
    low = max(0, n.base_low - n.base_rounding)
    high = None if n.base_high is None else n.base_high + n.base_rounding
    return money_text(tidy(low), None if high is None else tidy(high), n.dimension, outward=outward)


def scale_of(top: int | float) -> tuple[float, str]:
    """The scale money up to ``top`` is said in: (1e9, "bn"), (1e6, "m"); (1.0, "") below a
    million."""
    return next(((f, n) for f, n in MONEY_SCALES if top >= f), (1.0, ""))


def with_currency(text: str, dimension: str) -> str:
    """An amount's text with its currency first, by the one rule of ``money_prefix``: "$3–5
    bn", "₦12.5 bn+" by a sign, "CHF 300 m" by a code; a rate's with its base period: "£350 m
    a week"."""
    per = per_text(split_rate(dimension)[1])
    return f"{money_prefix(currency_code(dimension) or '')}{text}{per}"


def money_text(
    low: int | float, high: int | float | None, dimension: str, *, outward: bool = False
) -> str | None:
    """Money as the terminal shows it, its currency first (``quantities.money_amount``, the
    one rule): "£5.65–5.75 bn", "$250 m", "CHF 12.5 bn+", "$9 an hour", "£5.50" in its scale
    when that text is the interval exactly, else every digit ("$1,234,567,890", never "$1.23
    bn"), or with ``outward`` in as few decimals of its scale as keep it honest ("$12.37–12.63
    m"); None for any other dimension and for a negative amount, where the caller writes
    digits. Without ``outward`` it never rounds: the terminal's "=" means equal."""
    code = currency_code(dimension)
    if code is None or low < 0:
        return None
    return money_amount(low, high, code, outward=outward) + per_text(split_rate(dimension)[1])


def range_text(low: int | float, high: int | float | None, dimension: str = "count") -> str:
    """A range in base units with its unit: "3,600–4,400", "6,000–7,000 m", "40%", "54–66%",
    "140 a week", every digit a conversion gives and none of the noise of binary arithmetic
    ("2,154,563.7575–2,381,359.9425 kg" for "5 million lb" widened by its rounding, whose low
    end 2154563.7575000003 read "2,154,563.8": outputs10)."""
    if dimension == "count":
        return count_text(low, high)
    return with_unit(format_range(_exact(low), _exact(high)), base_unit(dimension))


def _exact(x: Any) -> Any:
    """A base value to 15 significant digits, as many as a typed figure keeps (the JSON's
    ``conflicts.jsonout.tidy``): the noise of binary arithmetic taken off."""
    if type(x) is float and x - x == 0 and not x.is_integer():
        return float(f"{x:.15g}")
    return x


def count_text(low: int | float, high: int | float | None) -> str:
    """A count's interval as every output says it (the terminal, the sheet's ``range`` and
    ``reading``, the workbook, the report and its charts): as the engine compares it, never
    re-rounded either way. "50 trucks", a round number, is 47.5–52.5: rounded inward (48–52)
    a spread or a gap worked out from the text would not be the one the finding states (a
    minor difference "closer than 1.1x" could read 1.12x apart), and rounded outward (47–53)
    it would hold counts the engine left out, and could make positions it holds apart
    touch."""
    return format_range(low, high)


def with_unit(number: str, unit: str | None) -> str:
    """A number or range and its unit, as every output writes a share: "%" against the number
    ("54–66%", "40% a week", "30% of voters", as its quote and ``amount_text`` say it), any
    other unit after a space ("6–7 km"); the number alone with no unit."""
    if not unit:
        return number
    return f"{number}{unit}" if unit.startswith("%") else f"{number} {unit}"


def tick_text(v: float) -> str:
    # "1tn", not "1000bn": the scale every other output says a trillion in (outputs17)
    for div, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if v >= div:
            return f"{v / div:g}{suffix}"
    return f"{v:g}"


def bounds_apart(
    value: str, low: float, high: float | None, decimal_comma: bool | None = False
) -> Figure | None:
    """The reading of ``value`` when bounds given by hand share no number with it, else None
    (also when the text does not read). Bounds of one's own may narrow or widen what a figure
    reads ("dozens" typed as 24–60), never leave it: 10–20 for "about 700" is a figure the
    quote does not say (audit16). ``decimal_comma`` None: apart from both readings."""
    apart = None
    for dc in (False, True) if decimal_comma is None else (decimal_comma,):
        try:
            fig = parse_figure(value, decimal_comma=dc)
        except FigureError:
            return None
        if fig.low is None:
            return None
        below = high is not None and high < fig.low
        above = fig.high is not None and low > fig.high
        if not (below or above):
            return None
        apart = apart or fig
    return apart
