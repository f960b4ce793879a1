"""Numbers and intervals as people read them, each reading back through ``parse_figure``
as the same value (``format_number``, ``format_range``, ``format_rounded``, ``describe``)."""

from __future__ import annotations

import math

from claimtrack.fields import tidy
from claimtrack.quantities.figure import FigureError

# The symbol of each physical dimension's base unit (what ``describe`` writes after "=").
_BASE_SYMBOL = {
    "length": "m",
    "area": "m²",
    "mass": "kg",
    "volume": "l",
    "duration": "s",
    "speed": "m/s",
    "energy": "J",
    "power": "W",
    "data": "bytes",
}

# Units are stored lowercased as written ("fields", quantities.figure): an SI symbol whose case
# tells its prefix is shown in its own case, so that "5,000 MW" never reads back as "5,000 mw"
# (milliwatts). Units not listed here are shown as stored.
_SYMBOL_CASE = ("kW", "MW", "GW", "TW", "Wh", "kWh", "MWh", "GWh", "TWh")
_SYMBOLS = {u.lower(): u for u in (*_SYMBOL_CASE, "J", "kJ", "MJ", "GJ", "TJ", "PJ")}


def base_symbol(dimension: str) -> str | None:
    """The symbol of a physical dimension's base unit ("m", "W"); None for other dimensions."""
    return _BASE_SYMBOL.get(dimension)


def unit_symbol(unit: str) -> str:
    """A stored (lowercased) unit as people read it: "mw" -> "MW", "kwh of power" -> "kWh of
    power" (its first word); any other unit as it is ("km", "fighters")."""
    head, sep, rest = unit.partition(" ")
    return _SYMBOLS.get(head, head) + sep + rest


def format_number(x: int | float) -> str:
    """3500 -> "3,500", 7.5 -> "7.5", 7500000 -> "7,500,000" (never scientific notation).

    ``parse_figure(format_number(x))`` reads back exactly ``x`` for 0 <= x <= 10**18 stated
    with at most 14 significant digits (decimals to at most 30 places). A float whose
    shortest text needs 15 or more is the result of arithmetic, not a stated figure (100 / 3
    = 33.333333333333336): it is shown to one decimal from 10 up ("33.3", "666,666.7"), else
    to 3 significant digits ("6.67", "0.333"), never with the float's noise. A number under 1,000
    with exactly three decimals gets a fourth ("1.2340"), so that it cannot be read as
    thousands ("1.234" is refused as ambiguous).
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
    if _noisy(text):  # 100 / 3 = 33.333333333333336: shown 33.3, never the float's noise
        if abs(x) >= 10:
            return f"{x:,.1f}"  # "33.3", "232.0" (not "232": it is not a whole number)
        return f"{x:.{max(1, 2 - math.floor(math.log10(abs(x))))}f}"  # "6.67", "0.333"
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
    if not frac:
        return f"{sign}{int(whole):,}"
    if len(frac) == 3 and 0 < int(whole) < 1000:
        frac += "0"  # "1.234" would read as 1,234 with a dot between thousands
    return f"{sign}{int(whole):,}.{frac}"


# Significant digits from which a float is the result of arithmetic (a fraction: 100 / 3 =
# 33.333333333333336, stored as 33.3333333333333; a conversion: 100 km/h = 27.7777777777778
# m/s), not a number anyone stated: a stated figure has fewer.
_STATED_DIGITS = 15


def _noisy(text: str) -> bool:
    """Whether ``repr`` text of a float is arithmetic's, not a stated number's
    ("33.333333333333336", "33.3333333333333", "0.30000000000000004")."""
    mantissa = text.lstrip("-").partition("e")[0].replace(".", "").lstrip("0")
    return len(mantissa) >= _STATED_DIGITS


def format_range(low: int | float, high: int | float | None) -> str:
    """Format an interval: "24–60" (en dash), "250" when low == high, "700+" when unbounded,
    and "10 to 11,000" where a dash would share the thousands ("10–11,000" = 10,000–11,000).

    The result reads back through ``parse_figure`` as the same interval.
    """
    if high is None:
        return f"{format_number(low)}+"
    if low == high:
        return format_number(low)
    if high < low:
        raise FigureError(f"cannot format a range from {low} down to {high}")
    a, b = format_number(low), format_number(high)
    if "," not in a and low >= 1 and "," in b:
        group = 1000 ** b.partition(".")[0].count(",")
        if low * group <= high:
            return f"{a} to {b}"  # "10–11,000" would read as 10,000–11,000
    return f"{a}–{b}"


def format_rounded(low: int | float, high: int | float | None, rounding: int | float) -> str:
    """An interval and, when ``rounding`` is not 0, the interval it implies:
    (3500, 3500, 50) -> "3,500 ≈ 3,450–3,550"; (10000, 12000, 600) -> "10,000–12,000 ≈
    9,400–12,600"; rounding 0 gives ``format_range(low, high)``."""
    stated = format_range(low, high)
    if not rounding:
        return stated
    wide_low = tidy(max(0, low - rounding))
    wide_high = None if high is None else tidy(high + rounding)
    return f"{stated} ≈ {format_range(wide_low, wide_high)}"


# Money is said in its scale from a million up ("£350 m", "$2.5 bn"), in digits below.
MONEY_SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"))


def _cents_exact(x: float) -> bool:
    return abs(round(x, 2) - x) <= 1e-9 * max(1.0, abs(x))


def money_number(low: int | float, high: int | float | None) -> str | None:
    """An amount of money's number as people say it, without its currency: in its scale from
    a million up ("5.65–5.75 bn", "250 m", "12.5+ bn"), in digits below, with cents when it
    has any ("9", "450–550", "5.50"); None when a bound needs more than two decimals of its
    scale (1,234,567,890; $1.234): the caller writes every digit. It never rounds: shown
    after "=", the text is the interval."""
    if low < 0:
        return None
    top = low if high is None else max(low, high)
    scale_by, scale = next(((f, n) for f, n in MONEY_SCALES if top >= f), (1.0, ""))
    bounds = (low,) if high is None or high == low else (low, high)
    xs = [b / scale_by for b in bounds]
    if not all(_cents_exact(x) for x in xs):
        return None
    values = [tidy(round(x, 2)) for x in xs]
    if scale or all(float(v).is_integer() for v in values):
        text = format_range(values[0], None if high is None else values[-1])
    else:  # cents: "5.50", "5.50–6.00"
        a, b = (f"{v:,.2f}" for v in (values[0], values[-1]))
        text = f"{a}+" if high is None else a if a == b else f"{a}–{b}"
    return f"{text} {scale}" if scale else text


def _money_sign(unit: str | None, dimension: str | None) -> tuple[str, str] | None:
    """The currency sign a money unit starts with, and the rest ("£ a week": "£", " a week";
    "$/hour": "$", "/hour"), when it is a sign of no letters ("$", "£", "€"); else None."""
    if not unit or not dimension or not dimension.startswith("currency:"):
        return None
    cut = min((i for i in (unit.find(" "), unit.find("/")) if i > 0), default=len(unit))
    sign = unit[:cut]
    if any(c.isalnum() for c in sign):
        return None
    return sign, unit[cut:]


def describe(
    text: str,
    low: int | float,
    high: int | float | None,
    unit: str | None,
    hedge: str | None,
    exact: bool = False,
    rounding: int | float = 0,
    dimension: str | None = None,
    base_low: int | float | None = None,
    base_high: int | float | None = None,
    *,
    named: bool = True,
) -> str:
    """How a figure reads, for people: 'around 4,000 people -> 3,600–4,400 people (hedge: around)'.

    ``exact`` adds "(exact)" when there is no hedge (the `figure` command shows it). A
    non-zero ``rounding`` shows the interval a round number implies: '3,500 people -> 3,500 ≈
    3,450–3,550 people (rounded: ±50)'. ``dimension`` (with ``base_low``/``base_high``) adds
    what is measured: a currency code, or the value in the base unit ('= 6,000 m'); money
    is written with its sign first ('$9 an hour', '£350 m ≈ £345–355 m a week'). ``named``
    False leaves the dimension's name out of the notes (a caller that shows it apart).
    """
    noun = "" if not unit else (unit if unit.startswith("%") else f" {unit_symbol(unit)}")
    notes = []
    if hedge:
        notes.append(f"hedge: {hedge}")
    elif rounding:
        notes.append(f"rounded: ±{format_number(rounding)}")
    elif exact:
        notes.append("exact")
    base = ""
    if dimension and dimension != "count":
        from claimtrack.quantities.rates import per_text, split_rate

        amount, per = split_rate(dimension)
        symbol = _BASE_SYMBOL.get(amount)
        if symbol is not None and base_low is not None:
            base = f" = {format_range(base_low, base_high)} {symbol}{per_text(per)}"
        else:
            if named:
                notes.append(dimension)
            if per is not None and base_low is not None and (base_low, base_high) != (low, high):
                # "20 per day" is 140 a week, "$15/hour" 2,520 USD a week: the base period
                code = f" {amount[9:]}" if amount.startswith("currency:") else ""
                base = f" = {format_range(base_low, base_high)}{code}{per_text(per)}"
    note = f" ({'; '.join(notes)})" if notes else ""
    money = _money_sign(unit, dimension)
    if money is not None:  # "$9 an hour", "£350 m ≈ £345–355 m a week": the sign first
        shown = _money_shown(money, low, high, rounding, dimension, base_low, base_high)
        if shown is not None:
            return f"{text} -> {shown}{note}"
    return f"{text} -> {format_rounded(low, high, rounding)}{noun}{base}{note}"


def _money_shown(
    money: tuple[str, str],
    low: int | float,
    high: int | float | None,
    rounding: int | float,
    dimension: str | None,
    base_low: int | float | None,
    base_high: int | float | None,
) -> str | None:
    """An amount of money as ``describe`` shows it, its sign first: "$9 an hour", "£350 m ≈
    £345–355 m a week", "£50 m a day = £350 m a week" (a rate in its base period); None when
    a bound needs more digits than its scale says (``money_number``)."""
    sign, rest = money
    stated = money_number(low, high)
    if stated is None:
        return None
    shown = f"{sign}{stated}"
    if rounding:
        wide = money_number(
            tidy(max(0, low - rounding)), None if high is None else tidy(high + rounding)
        )
        if wide is None:
            return None
        shown += f" ≈ {sign}{wide}"
    shown += rest
    from claimtrack.quantities.rates import per_text, split_rate

    per = split_rate(dimension or "")[1]
    if per is not None and base_low is not None and (base_low, base_high) != (low, high):
        base = money_number(base_low, base_high)
        if base is None:
            return None
        shown += f" = {sign}{base}{per_text(per)}"
    return shown
