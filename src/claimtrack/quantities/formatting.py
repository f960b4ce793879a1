"""Numbers and intervals as people read them, each reading back through ``parse_figure``
as the same value (``format_number``, ``format_range``, ``format_rounded``, ``describe``)."""

from __future__ import annotations

import math
from functools import lru_cache

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


def _cents_exact(x: float, scale_by: float = 1.0) -> bool:
    """``x`` (in units of ``scale_by``) takes at most two decimals: within a float's noise of
    them in whole units (14.65e9 / 1e9 is 14.649999999999999), never a unit off at any size
    ("$2,000,000,000,500" is not "$2 tn")."""
    return abs(round(x, 2) - x) * scale_by <= max(1e-9, 1e-14 * abs(x) * scale_by)


def money_number(low: int | float, high: int | float | None) -> str | None:
    """An amount of money's number as people say it, without its currency: in its scale from
    a million up ("5.65–5.75 bn", "250 m", "12.5 bn+"), or the next scale down when its own
    would need more than two decimals ("1,356.3–1,383.7 m", not "1.3563–1.3837 bn"), in
    digits below, with cents when it has any ("9", "450–550", "5.50"); None when a bound
    needs more than two decimals of every scale (1,234,567,890; $1.234): the caller writes
    every digit. It never rounds: shown after "=", the text is the interval."""
    if low < 0:
        return None
    top = low if high is None else max(low, high)
    scales = [(f, n) for f, n in MONEY_SCALES if top >= f][:2] or [(1.0, "")]
    for scale_by, scale in scales:
        text = _money_in(low, high, scale_by, scale)
        if text is not None:
            return text
    return None


def _money_in(
    low: int | float, high: int | float | None, scale_by: float, scale: str
) -> str | None:
    """The interval in this scale when each bound takes at most two decimals of it."""
    bounds = (low,) if high is None or high == low else (low, high)
    xs = [b / scale_by for b in bounds]
    if not all(_cents_exact(x, scale_by) for x in xs):
        return None
    return _money_digits([tidy(round(x, 2)) for x in xs], high is None, scale)


def _money_digits(values: list[int | float], unbounded: bool, scale: str) -> str:
    if scale or all(float(v).is_integer() for v in values):
        text = format_range(values[0], None if unbounded else values[-1])
    else:  # cents: "5.50", "5.50–6.00"
        a, b = (f"{v:,.2f}" for v in (values[0], values[-1]))
        # "3.63 to 3,630.00": "3.63–3,630.00" would read as 3,630 (as in ``format_range``)
        dash = " to " if " to " in format_range(values[0], values[-1]) else "–"
        text = f"{a}+" if unbounded else a if a == b else f"{a}{dash}{b}"
    if not scale:
        return text
    if text.endswith("+"):  # "12.5 bn+": the parser reads no scale after the "+"
        return f"{text[:-1]} {scale}+"
    return f"{text} {scale}"


# -- money's currency, as people read it: one rule for every output meant for people ---------
#
# A currency is shown by the sign the parser reads as that currency alone ("₹", "₦", "A$",
# "HK$"), first in the parser's own tables (so "$" is the US dollar and "¥" the yen, as
# they are read), else by its ISO code, upper case, before the number ("CHF 300 m"), never by
# the token the user typed ("rs", "inr", "rupees").
@lru_cache(maxsize=1)
def currency_signs() -> dict[str, str]:
    """Each currency's sign (read from the parser's tables on first use: a command that shows
    no money never loads them)."""
    from claimtrack.quantities.lexicon import _PREFIX_DOLLARS, _SIGNS

    # "C$" is also Nicaragua's córdoba (read as Canadian dollars, and said): "CA$" is not
    signs: dict[str, str] = {"CAD": "CA$"}
    for sign, code in _SIGNS.items():
        signs.setdefault(code, sign)
    for prefix, code in _PREFIX_DOLLARS.items():
        signs.setdefault(code, f"{prefix.upper()}$")
    return signs


def currency_sign(code: str) -> str | None:
    """The sign people read as this currency and no other ("£", "₹", "A$"), else None."""
    return currency_signs().get(code.upper())


def money_prefix(code: str) -> str:
    """What an amount of this currency starts with: its sign ("₹5 bn"), else its code and a
    space ("CHF 300 m")."""
    sign = currency_sign(code)
    return sign if sign is not None else f"{code.upper()} "


def money_amount(
    low: int | float, high: int | float | None, code: str, *, outward: bool = False
) -> str:
    """An amount of money for people, its currency first: in its scale when that is the
    interval exactly ("₹95–105 bn", "CHF 5.50"), each bound in its own scale when they have
    different ones ("₹2.85 m to 105 bn", not "₹2.85 to 105,000 m"), else every digit
    ("$1,234,567,890"), so that it reads back through the parser as the same interval.
    ``outward`` (an interval shown as one, after "≈", a hedge, or on the terminal's range
    columns) allows instead the scale's ``honest_range`` when that takes at most two
    decimals: "$12.37–12.63 m", not "$12,375,000–12,625,000" (never a narrower interval)."""
    prefix = money_prefix(code)
    top_by, top_scale = _scale(low if high is None else max(low, high))
    number = _money_in(low, high, top_by, top_scale) if low >= 0 else None
    if number is None and high is not None and 0 < low < high:
        # "₹2.85 m to 105 bn", not "₹0.0028–105 bn"; a low bound with no scale of its own
        # would take the high one's ("$5 to $3 bn" is $5-3 bn): digits then
        if "" != _scale(low)[1] != top_scale:
            # the currency once: "NT$1 m to NT$1 bn" reads as two figures
            low_text = _money_bound(low, prefix, outward, up=False)
            return f"{low_text} to {_money_bound(high, '', outward, up=True)}"
        if outward and top_scale:  # "$12.37–12.63 m", "£9.6–10 bn": at most two decimals
            text, within = _honest(tidy(low / top_by), tidy(high / top_by))
            if within and all(len(b.partition(".")[2]) <= 2 for b in text.split("–")):
                number = f"{text} {top_scale}"
    if number is None and high is None and outward and top_scale and low > 0:
        # no upper bound, a low bound of more than two decimals of its scale (84.1 bn less
        # 1%): rounded down in its scale at the fewest decimals (two at most) that lower it by
        # at most 1%, "$83 bn+", never "$83,259 m+" (a scale down, every digit: outputs17).
        # Not "$83 bn+": beside a position of "$83.2–85 bn" (the same low bound, bounded)
        # the span of every source would start above the corroborated one's
        number = _money_digits([_rounded_down(low / top_by)], True, top_scale)
    if number is None:
        number = money_number(low, high)  # the next scale down, exactly
    if number is None and low == high and low >= 0 and _noisy(repr(float(low))):
        # one value of a float's noise (1 / 3): shown as it is it would be rounded to the
        # nearest ("0.333"), a narrower figure; to the cent, outward ("0.33–0.34")
        low_text = _money_bound(low, "", True, up=False).removesuffix(f" {top_scale}")
        number = f"{low_text}–{_money_bound(high, '', True, up=True)}"
    if number is None:  # every digit; a float's noise rounded outward, never inward
        number = honest_range(low, high) if low >= 0 else format_range(low, high)
    return prefix + number


def _rounded_down(x: float) -> int | float:
    """``x`` rounded down at the fewest decimals, two at most, that lower it by at most 1%."""
    for places in range(3):
        step = 10**places
        down = math.floor(x * step + _noise(x * step)) / step
        if places == 2 or x - down <= x / 100:
            return tidy(round(down, places))
    raise AssertionError  # unreachable: the loop returns at two decimals


def _scale(top: int | float) -> tuple[float, str]:
    return next(((f, n) for f, n in MONEY_SCALES if top >= f), (1.0, ""))


def _money_bound(x: int | float, prefix: str, outward: bool, *, up: bool) -> str:
    """One bound of an interval across scales: exact in its scale, else (``outward``) at two
    decimals of it rounded away from the interval's inside, else every digit."""
    scale_by, scale = _scale(x)
    # outward, a bound takes its own scale ("$656 m to 1.52 bn" of "about 1.4 billion" less
    # and more 8%), never the scale below to every digit ("1,512 m": outputs17)
    number = _money_in(x, x, scale_by, scale) if outward and scale else money_number(x, x)
    if number is None and outward:
        scaled = x / scale_by * 100
        whole = math.ceil(scaled - 1e-9) if up else math.floor(scaled + 1e-9)
        number = f"{format_number(tidy(round(whole / 100, 2)))} {scale}".rstrip()
    if number is None:  # every digit, to the cent, away from the inside (never a float's noise)
        cents = x * 100
        whole = math.ceil(cents - _noise(cents)) if up else math.floor(cents + _noise(cents))
        number = format_number(tidy(round(whole / 100, 2)))
    return prefix + number


def honest_range(low: int | float, high: int | float | None) -> str:
    """An interval in as few decimals as keep it honest: bounds of at most two decimals as
    they are ("12.5–13.25"), else rounded outward (the low bound down, the high one up) at the
    fewest decimals that widen it by at most a tenth of its width (two at most from 1 up),
    never a narrower interval: 12.375–12.625 is "12.37–12.63" (not "12.3750–12.6250", nor
    "12.3–12.7"), 64.845–66.155 is "64.8–66.2", 7.1775–7.3225 "7.17–7.33". A positive low
    bound is never rounded to 0 (0.3–84.385 is "0.3–84.4", not "0–85": no figure said 0).
    An interval with no upper bound takes its low bound down to two decimals from 1 up, as a
    bounded one would ("84.38+" for 84.385, never "84.3850+": a fourth decimal of the
    bound's, no figure's); one value is shown as it is (``format_range``): rounding it would
    say another figure."""
    return _honest(low, high)[0]


def _honest(low: int | float, high: int | float | None) -> tuple[str, bool]:
    """``honest_range``'s text, and whether it widens the interval by at most a tenth of its
    width (at the cap of two decimals from 1 up it may widen it more)."""
    if high is None and not _two_places(low) and low >= 1:  # "84.38+", never "84.3850+"
        step = 100
        return f"{format_number(tidy(math.floor(low * step + _noise(low * step)) / step))}+", True
    if high is None and not _two_places(low):  # "0.2777+" of a float's noise: down
        text = format_number(low)
        places = len(text.partition(".")[2])
        if float(text.replace(",", "")) > low:
            step = 10**places
            text = format_number(tidy(round(math.floor(low * step) / step, places)))
        return f"{text}+", True
    if high is None or high == low or (_two_places(low) and _two_places(high)):
        return format_range(low, high), True  # "12.5–13.25" as stated, never widened
    width = high - low
    # from 1 up, two decimals at most: a third ("7.177") would be padded to a fourth
    # (``format_number``: "7.1770", lest it read as 7,177), a precision no one stated
    most = 2 if high >= 1 else 9
    for places in range(most + 1):
        step = 10**places
        lo = math.floor(low * step + _noise(low * step)) / step
        hi = math.ceil(high * step - _noise(high * step)) / step
        if lo == 0 < low:  # a positive bound said as 0: a figure nobody gave
            if places < most:
                continue
            return format_range(low, tidy(round(hi, places))), False
        within = (low - lo) + (hi - high) <= width / 10 + 1e-12
        if within or places == most:
            return format_range(tidy(round(lo, places)), tidy(round(hi, places))), within
    return format_range(low, high), True


def money_said(
    unit: str | None, low: int | float, high: int | float | None, dimension: str
) -> str | None:
    """An amount of money as stated, its currency first and its stated period after: "₹100
    bn", "£50 m a day", "CHF 12,375,000–12,625,000" (never rounded); None for anything not
    money, or a rate whose period its unit does not say."""
    return _money_shown(unit, low, high, 0, dimension, None, None, hedge=False)


def rounding_text(rounding: int | float, dimension: str | None, unit: str | None = None) -> str:
    """A round number's implied precision as people read it (``_rounding_text``); ``unit``:
    the unit it is in, as stated ("pence": ±2.5 of them is ±£0.025)."""
    return _rounding_text(rounding, dimension, unit)


def _rounding_text(rounding: int | float, dimension: str | None, unit: str | None = None) -> str:
    """A round number's implied precision: money's in its currency ("₹5 bn", "CHF 2.50",
    "£0.025" for "50 pence", ``unit`` the one it was stated in), any other in digits ("50")."""
    from claimtrack.quantities.rates import currency_code

    code = currency_code(dimension)
    if code is None:
        return format_number(rounding)
    rounding = in_currency(rounding, money_unit_factor(unit, code))
    return money_amount(rounding, rounding, code)


@lru_cache(maxsize=1024)
def money_unit_factor(unit: str | None, code: str) -> int | float:
    """What one of the unit an amount of money was stated in is worth in its currency: 0.01
    for its hundredth by name ("161.8p", "99 US cents", "50 pence a day"), 1 for the currency
    itself (its sign, code or name) and for any unit that names no part of it ("rs", read
    from the figure's text). A stated amount said with its currency first is multiplied by
    it: "161.8p" is £1.618, never "£161.80" (outputs16)."""
    from claimtrack.quantities import FigureError, unit_dimension

    words = (unit or "").split()
    for k in range(len(words), 0, -1):  # "pence a day": its money is "pence"
        try:
            dimension, factor = unit_dimension(" ".join(words[:k]))
        except FigureError:
            continue
        if dimension == f"currency:{code.upper()}":
            return factor
    return 1


def in_currency(x: int | float, factor: int | float) -> int | float:
    """An amount in a unit worth ``factor`` of its currency, in the currency, without a
    float's noise (161.8 pence: 1.618, not 1.6179999999999999)."""
    return x if factor == 1 else tidy(float(f"{x * factor:.15g}"))


def _noise(x: float) -> float:
    """How far a float may sit from the number it stands for (12.375 * 100 = 1237.4999...)."""
    return 1e-13 * max(1.0, abs(x))


def _two_places(x: float) -> bool:
    return abs(round(x, 2) - x) <= _noise(x)


def _stated_period(unit: str | None) -> str | None:
    """The period a money unit ends with ("£ a week", "rs per day", "$/hour", "chf weekly",
    "£ p.a"), else None."""
    from claimtrack.quantities.rates import PERIOD_ADVERBS, period_after

    words = (unit or "").lower().replace("/", " / ").split()
    if words and words[-1] in PERIOD_ADVERBS:
        return PERIOD_ADVERBS[words[-1]]
    if words and words[-1] in ("p.a", "p.a.", "pa"):  # "£350m p.a.": per annum
        return "year"
    return period_after(words[-2], words[-1]) if len(words) >= 2 else None


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
        notes.append(f"rounded: ±{_rounding_text(rounding, dimension, unit)}")
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
    if dimension and dimension.startswith("currency:"):
        # "$9 an hour", "£350 m ≈ £345–355 m a week", "CHF 300": the currency first
        shown = _money_shown(
            unit, low, high, rounding, dimension, base_low, base_high, hedge=bool(hedge)
        )
        if shown is not None:
            return f"{text} -> {shown}{note}"
    if dimension == "share" and unit and unit.startswith("%"):
        # "12.37–12.63% of voters", never "12.3750–12.6250% of voters"
        shown = honest_range(low, high)
        if rounding:
            wide_high = None if high is None else tidy(high + rounding)
            shown += f" ≈ {honest_range(tidy(max(0, low - rounding)), wide_high)}"
        return f"{text} -> {shown}{unit}{note}"
    return f"{text} -> {format_rounded(low, high, rounding)}{noun}{base}{note}"


def _money_shown(
    unit: str | None,
    low: int | float,
    high: int | float | None,
    rounding: int | float,
    dimension: str,
    base_low: int | float | None,
    base_high: int | float | None,
    *,
    hedge: bool,
) -> str | None:
    """An amount of money as ``describe`` shows it, its currency first (``money_amount``):
    "$9 an hour", "£350 m ≈ £345–355 m a week", "₹100 bn ≈ ₹95–105 bn", "£50 m a day = £350 m
    a week" (a rate in its base period); an interval a hedge or a round number gives in as few
    decimals as keep it honest ("about $12.5 million": "$12.37–12.63 m"); None for a rate
    whose stated period its unit does not say."""
    from claimtrack.quantities.rates import currency_code, per_text, split_rate

    code = currency_code(dimension)
    if code is None:
        return None
    per = split_rate(dimension)[1]
    stated_per = _stated_period(unit) if per is not None else None
    if per is not None and stated_per is None:  # its base period's amount, if known
        if base_low is None:
            return None
        return money_amount(base_low, base_high, code, outward=hedge) + per_text(per)
    same = (base_low, base_high) == (low, high)
    factor = money_unit_factor(unit, code)  # "161.8p": £1.618, in the currency it is said in
    if factor != 1:
        low, rounding = in_currency(low, factor), in_currency(rounding, factor)
        high = None if high is None else in_currency(high, factor)
    shown = money_amount(low, high, code, outward=hedge)
    if rounding:
        wide_high = None if high is None else tidy(high + rounding)
        wide = money_amount(tidy(max(0, low - rounding)), wide_high, code, outward=True)
        shown += f" ≈ {wide}"
    # "a quarter" is a fraction as often as a period: the parser reads "per quarter"
    shown += " per quarter" if stated_per == "quarter" else per_text(stated_per)
    if per is not None and base_low is not None and not same:
        shown += f" = {money_amount(base_low, base_high, code)}{per_text(per)}"
    return shown
