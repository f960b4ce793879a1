"""Read the figures sources give ("some 250 fighters", "a few dozen", "six to seven km").

``parse_figure`` turns one figure phrase into a closed interval ``[low, high]`` (``high`` None
means no upper bound), the noun counted, the hedge that widened it, the precision a bare round
number implies (``rounding``) and the dimension of what is measured, converted to a base unit,
so that the conflict engine can tell "a few dozen" from "250" (cannot both be true) and
"around 4,000" from "3,750" (compatible). Every rule is documented, with examples, in
``docs/figures.md``.

The rule everywhere: a fact-checker publishes what this reads, so text that is not read
exactly is refused (``FigureError``, one line naming what was not understood), never guessed.

Pure and stdlib-only: no I/O; a few small tables are built at import, the unit table on first
use.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple

from claimtrack.fields import tidy

__all__ = [
    "Figure",
    "FigureError",
    "describe",
    "format_number",
    "format_range",
    "format_rounded",
    "parse_figure",
    "tidy",
    "unit_dimension",
]

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


# ---------------------------------------------------------------------------------------------
# Tables. The hedge table is the one place that says which words hedge a figure; _widen() says
# what each canonical hedge does to the stated amount [a, b].
#
# canonical hedge, phrases before the number, phrases after the number
_HEDGES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("exactly", ("exactly", "precisely", "only", "just", "a total of", "a mere"), ()),
    (
        "around",
        (
            "around",
            "about",
            "roughly",
            "approximately",
            "approx.",
            "approx",
            "some",
            "circa",
            "c.",
            "ca.",
            "an estimated",
            "estimated",
            "est.",
            "an approximate",
            "in the region of",
            "on the order of",
            "of the order of",
            "in the order of",
            "somewhere around",
            "~",
            "≈",
        ),
        (
            "or so",
            "or thereabouts",
            "more or less",
            "approx",
            "approx.",
            "approximately",
            "ish",
            "-ish",
        ),
    ),
    ("nearly", ("nearly", "almost", "close to", "approaching", "not quite"), ()),
    (
        "just under",
        (
            "just under",
            "just below",
            "just shy of",
            "slightly under",
            "slightly below",
            "slightly less than",
            "slightly fewer than",
            "a little under",
            "a little less than",
            "a little fewer than",
        ),
        (),
    ),
    (
        "just over",
        (
            "just over",
            "just above",
            "slightly over",
            "slightly above",
            "slightly more than",
            "a little over",
            "a little more than",
        ),
        (),
    ),
    ("odd", (), ("odd", "-odd")),
    (
        "at least",
        (
            "at least",
            "at the very least",
            "no fewer than",
            "no less than",
            "not fewer than",
            "not less than",
            "a minimum of",
            "≥",
            ">=",
        ),
        (
            "or more",
            "or greater",
            "or higher",
            "or above",
            "or over",
            "or upwards",
            "and more",
            "and above",
            "and over",
            "and up",
            "and upwards",
            "plus",
            "-plus",
            "+",
            "at least",
            "minimum",
        ),
    ),
    (
        "more than",
        (
            "more than",
            "over",
            "well over",
            "above",
            "well above",
            "upwards of",
            "upward of",
            "in excess of",
            "greater than",
            "north of",
            "exceeding",
            "exceed",
            "exceeds",
            "exceeded",
            "surpassing",
            "surpass",
            "surpasses",
            "surpassed",
            "tops",
            "topped",
            "topping",
            ">",
        ),
        (),
    ),
    (
        "up to",
        (
            "up to",
            "as many as",
            "as much as",
            "at most",
            "at the most",
            "no more than",
            "not more than",
            "a maximum of",
            "could reach",
            "may reach",
            "might reach",
            "≤",
            "<=",
        ),
        (
            "or fewer",
            "or less",
            "or lower",
            "or below",
            "or under",
            "and fewer",
            "and less",
            "and below",
            "and under",
            "at most",
            "at the most",
            "max",
            "maximum",
        ),
    ),
    (
        "fewer than",
        ("fewer than", "less than", "under", "below", "well under", "well below", "<"),
        (),
    ),
)


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Vague quantifiers: phrase -> (low, high). Before a scale word they multiply it:
# "a few dozen" = 2..5 x 12 = 24..60, "several hundred" = 300..900.
_QUANTIFIERS: dict[str, tuple[int, int]] = {
    "a couple": (2, 3),
    "a few": (2, 5),
    "a handful": (2, 9),
    "several": (3, 9),
}
# Plural scale words: word -> (scale, low, high). "X of Y" combines them: "tens of thousands" =
# [20 x 1,000, (99 + 1) x 1,000 - 1]; "many X" raises the low end to 3 x scale.
_PLURALS: dict[str, tuple[int, int, int]] = {
    "tens": (10, 20, 99),
    "dozens": (12, 24, 99),
    "scores": (20, 40, 199),
    "hundreds": (100, 200, 999),
    "thousands": (1_000, 2_000, 9_999),
    "millions": (10**6, 2 * 10**6, 10**7 - 1),
    "billions": (10**9, 2 * 10**9, 10**10 - 1),
}
_ONES = """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen"""
_SMALL = {w: n for n, w in enumerate(_ONES.split())}
_TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety"
_TENS = {w: 10 * n for n, w in enumerate(_TENS_WORDS.split(), 2)}
# Scale words that multiply the group before them ("seven million", "13 lakh", "2 crore").
_BIG = {
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    "lakh": 10**5,
    "lakhs": 10**5,
    "lac": 10**5,
    "lacs": 10**5,
    "crore": 10**7,
    "crores": 10**7,
}
_SCALES = {"hundred": 100, **_BIG}  # after digits, in increasing order: "1.5 lakh crore"
_GROUPS = {"dozen": 12, "dozens": 12, "score": 20}  # "two dozen" = 24, "3 dozens" = 36
# Fractions: "a fifth", "three quarters", "two and a half", "a quarter of a million".
_FRACTIONS = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4}
_ORDINAL_WORDS = ("third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
for _n, _w in enumerate(_ORDINAL_WORDS, 3):
    _FRACTIONS[_w] = _FRACTIONS[_w + "s"] = _n
# Scale abbreviations after digits: always ("100k", "100 k", "2.5 mn", "10 bln"), only attached
# ("7.5m", "1.2b": "3 m" with a space is 3 metres) or only after a currency ("$2.174T",
# "$3 m", "Rs 5 cr").
_ABBREV = {"k": 10**3, "mn": 10**6, "mln": 10**6, "bn": 10**9, "bln": 10**9}
_ABBREV |= {"tn": 10**12, "tln": 10**12, "trn": 10**12}
_ATTACHED = {"m": 10**6, "b": 10**9}
_MONEY_ABBREV = {"m": 10**6, "b": 10**9, "t": 10**12, "cr": 10**7}
_ORDINALS = frozenset(("st", "nd", "rd", "th"))

# Currency written before the number: sign, prefixed sign or code -> ISO 4217. "$" alone is
# the US dollar (wire convention), "¥" the yen.
_SIGNS = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₽": "RUB", "₪": "ILS"}
_SIGNS |= {"₩": "KRW", "₺": "TRY", "₦": "NGN", "₴": "UAH"}
_PREFIX_DOLLARS = {"us": "USD", "a": "AUD", "au": "AUD", "c": "CAD", "ca": "CAD", "hk": "HKD"}
_PREFIX_DOLLARS |= {"nz": "NZD", "s": "SGD", "nt": "TWD", "r": "BRL", "mx": "MXN"}
_CODES = _wordset(
    """usd eur gbp jpy inr cny chf cad aud hkd sgd nzd sek nok dkk brl mxn zar rub uah ils egp
    sar aed qar kwd iqd syp lbp irr pkr krw"""
)
_PREFIX_WORDS = {c: c.upper() for c in _CODES} | {"rs": "INR", "rs.": "INR", "rmb": "CNY"}

_MEASURE_ADJECTIVES = _wordset("long wide high deep tall away old thick across apart")
_DETERMINERS = _wordset("the their these those its his her our your my whose")
_PRONOUNS = _wordset("them us you it these those which whom")
_COMPARATIVES = _wordset(
    "the as more larger bigger greater higher smaller fewer less lower over that this"
)
_MONTHS = _wordset(
    """january february march april may june july august september october november december
    jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct.
    nov nov. dec dec."""
)
_TOO_VAGUE = _wordset(
    """many lots lot numerous countless multiple various few some tons loads plenty untold
    innumerable unknown unclear uncounted masses heaps"""
)
_TOO_VAGUE_AFTER_A = _wordset("lot number large great good bunch ton load host")
# Words that may not appear in what follows the figure: they would hide a second number or a
# hedge in the unit ("250 fighters and two commanders", "250 fighters or more civilians").
_NUMBER_WORDS = (
    frozenset(_SMALL)
    | frozenset(_TENS)
    | frozenset(_SCALES)
    | frozenset(_PLURALS)
    | frozenset(_GROUPS)
    | frozenset(_FRACTIONS)
    | frozenset(_ABBREV)
    | _wordset(
        """hundreds trillions scores twice thrice double triple treble nil none no couple few
        several handful"""
    )
)
_HEDGE_WORDS = _wordset(
    """about around approximately approx approx. roughly circa estimated est. nearly almost
    approaching exactly precisely only just more less fewer least most over under above below
    greater higher lower exceeding exceed exceeds exceeded surpass surpasses surpassed
    surpassing topping topped upwards upward excess maximum minimum max plus odd ish
    thereabouts some many numerous multiple possibly perhaps maybe probably than"""
)
_RATE_WORDS = _wordset(
    "per annually yearly daily weekly monthly hourly apiece each every annum capita"
)

_TRANSLATE = str.maketrans(
    {
        **dict.fromkeys("\u00a0\u2002\u2003\u2007\u2009\u200a\u202f\u3000", " "),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d", "-"),
        **dict.fromkeys("\u00ad\u200b\u200c\u200d\u2060\ufeff", ""),
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\uff5e": "~",
        "\u223c": "~",
    }
)
# A number ("3,500", "7.5", ".5", and "1,5" or "11.300" to be judged), a word (letters, maybe
# a trailing "." as in "sq." or "c."), or any other single character.
_TOKEN = re.compile(r"([0-9]+(?:[.,][0-9]+)*|\.[0-9]+)" r"|([^\W\d_]+(?:'[^\W\d_]+)*\.?)" r"|(\S)")
_NUM, _WORD = 1, 2  # token kinds (group numbers above); anything else is a symbol
_THOUSANDS = re.compile(r"[1-9][0-9]{0,2}(?:,[0-9]{3})+")
_POWER = re.compile(r"(?<![a-z])(km|cm|mm|m|mi|ft)([23])(?![0-9a-z])")  # "km2" -> "km²"


def _phrase_tokens(phrase: str) -> tuple[str, ...]:
    return tuple(m.group() for m in _TOKEN.finditer(phrase))


def _phrase_index(
    rows: list[tuple[str, object]],
) -> dict[str, list[tuple[tuple[str, ...], object]]]:
    """first token -> [(phrase tokens, value)], longest phrase first."""
    index: dict[str, list[tuple[tuple[str, ...], object]]] = {}
    for phrase, value in rows:
        toks = _phrase_tokens(phrase)
        index.setdefault(toks[0], []).append((toks, value))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return index


_LEADING = _phrase_index([(p, c) for c, before, _ in _HEDGES for p in before])
_TRAILING = _phrase_index([(p, c) for c, _, after in _HEDGES for p in after])
_NONE = _phrase_index(
    [(p, "none") for p in ("none", "nobody", "no one", "not one", "not a single", "no")]
)

# A token: (kind, text, start, end) in the normalised text.
Token = tuple[int, str, int, int]
# An exact rational number: (numerator, denominator > 0) in lowest terms.
Q = tuple[int, int]


# ---------------------------------------------------------------------------------------------
# Units. One row per unit: "dimension factor | phrase, phrase, ...", factor in base units
# (metres, square metres, kilograms, litres, seconds, metres per second, joules, watts; a share
# in percent; percentage points; currencies by ISO code, factor 1). Built on first use.

_UNIT_ROWS = """
length 1000 | km, kms, kilometre, kilometres, kilometer, kilometers
length 1 | m, metre, metres, meter, meters
length 0.01 | cm, centimetre, centimetres, centimeter, centimeters
length 0.001 | mm, millimetre, millimetres, millimeter, millimeters
length 1609.344 | mi, mile, miles
length 1852 | nautical mile, nautical miles
length 0.3048 | ft, foot, feet
length 0.9144 | yd, yds, yard, yards
length 0.0254 | inch, inches
area 10000 | ha, hectare, hectares
area 4046.8564224 | acre, acres
area 1000 | dunam, dunams, dunum, dunums
mass 1 | kg, kgs, kilogram, kilograms, kilogramme, kilogrammes, kilo, kilos
mass 0.001 | g, gram, grams, gramme, grammes
mass 1000 | t, tonne, tonnes, metric ton, metric tons, metric tonne, metric tonnes
mass 907.18474 | short ton, short tons
mass 1016.0469088 | long ton, long tons
mass 0.45359237 | lb, lbs
mass 0.028349523125 | oz, ounce, ounces
mass 0.0311034768 | troy ounce, troy ounces, troy oz
volume 1 | l, litre, litres, liter, liters
volume 0.001 | ml, millilitre, millilitres, milliliter, milliliters
volume 3.785411784 | gallon, gallons, gal, us gallon, us gallons
volume 4.54609 | imperial gallon, imperial gallons
volume 158.987294928 | barrel, barrels, bbl
volume 28.316846592 | cubic feet, cubic foot, cu ft
duration 1 | sec, secs, second, seconds
duration 60 | min, mins, minute, minutes
duration 3600 | h, hr, hrs, hour, hours
duration 86400 | day, days
duration 604800 | week, weeks, wk, wks
duration 1209600 | fortnight, fortnights
duration 2629746 | month, months
duration 31556952 | year, years, yr, yrs
duration 315569520 | decade, decades
duration 3155695200 | century, centuries
speed 0.2777777777777778 | km/h, km/hr, kph, kmh, kmph, km per hour, km an hour
speed 0.2777777777777778 | kilometres per hour, kilometers per hour, kilometres an hour
speed 0.2777777777777778 | kilometers an hour
speed 0.44704 | mph, miles per hour, miles an hour
speed 1 | m/s, metres per second, meters per second
speed 0.5144444444444445 | knot, knots, kts
energy 3600 | wh, watt hour, watt hours, watt-hour, watt-hours
energy 3600000 | kwh, kilowatt hour, kilowatt hours, kilowatt-hour, kilowatt-hours
energy 3600000000 | mwh, megawatt hour, megawatt hours, megawatt-hour, megawatt-hours
energy 3600000000000 | gwh, gigawatt hour, gigawatt hours, gigawatt-hour, gigawatt-hours
energy 3600000000000000 | twh, terawatt hour, terawatt hours, terawatt-hour, terawatt-hours
power 1 | watt, watts
power 1000 | kw, kilowatt, kilowatts
power 1000000 | mw, megawatt, megawatts
power 1000000000 | gw, gigawatt, gigawatts
share 1 | %, per cent, percent, per-cent, pct, pc
percentage-points 1 | percentage point, percentage points, percent point, percent points
percentage-points 1 | per cent point, per cent points, % point, % points, pct point, pct points
percentage-points 1 | pp, percentage pt, percentage pts
percentage-points 0.01 | basis point, basis points, bp, bps
USD 1 | dollar, dollars, usd, us dollar, us dollars, u.s. dollar, u.s. dollars
USD 1 | american dollars, us$
EUR 1 | euro, euros, eur
GBP 1 | pound sterling, pounds sterling, sterling, gbp, british pound, british pounds
JPY 1 | yen, jpy, japanese yen
INR 1 | rupee, rupees, inr, indian rupee, indian rupees
PKR 1 | pakistani rupee, pakistani rupees, pkr
LKR 1 | sri lankan rupee, sri lankan rupees
NPR 1 | nepalese rupee, nepalese rupees
CNY 1 | yuan, renminbi, rmb, cny, chinese yuan
RUB 1 | rouble, roubles, ruble, rubles, rub
UAH 1 | hryvnia, hryvnias, hryvnas, uah
ILS 1 | shekel, shekels, new shekels, ils, nis
CHF 1 | swiss franc, swiss francs, chf
CAD 1 | canadian dollar, canadian dollars, cad
AUD 1 | australian dollar, australian dollars, aud
HKD 1 | hong kong dollar, hong kong dollars, hkd
NZD 1 | new zealand dollar, new zealand dollars, nzd
SGD 1 | singapore dollar, singapore dollars, sgd
TRY 1 | turkish lira, turkish liras
SYP 1 | syrian pound, syrian pounds, syrian lira, syrian liras, syp
LBP 1 | lebanese pound, lebanese pounds, lebanese lira, lbp
EGP 1 | egyptian pound, egyptian pounds, egp
IQD 1 | iraqi dinar, iraqi dinars, iqd
JOD 1 | jordanian dinar, jordanian dinars
KWD 1 | kuwaiti dinar, kuwaiti dinars, kwd
SAR 1 | saudi riyal, saudi riyals, sar
QAR 1 | qatari riyal, qatari riyals, qar
AED 1 | uae dirham, uae dirhams, emirati dirham, emirati dirhams, aed
IRR 1 | iranian rial, iranian rials, irr
KRW 1 | korean won, south korean won, krw
SEK 1 | swedish krona, swedish kronor, sek
NOK 1 | norwegian krone, norwegian kroner, nok
DKK 1 | danish krone, danish kroner, dkk
BRL 1 | brazilian real, brazilian reais, brl
MXN 1 | mexican peso, mexican pesos, mxn
ZAR 1 | rand, zar
NGN 1 | naira
PLN 1 | zloty, zlotys, zlotych
IDR 1 | rupiah
"""
# Units refused, with the reason: phrase(s) | message ({u} = the unit as written).
_REFUSED_UNITS = """
°, °c, °f, degree, degrees, celsius, centigrade, fahrenheit, kelvin | "{u}" is a temperature \
or an angle, which claimtrack does not read: it compares counts and amounts, never a \
temperature with a count
pound, pounds | "{u}" is ambiguous: money or weight; write "£" or "pounds sterling" for \
money, "lb" for weight
ton, tons | "{u}" is ambiguous: short (907 kg), long (1,016 kg) or metric tons; write \
"tonnes", "metric tons", "short tons" or "long tons"
nm | "{u}" is ambiguous: nautical miles or nanometres; write the unit out
kt | "{u}" is ambiguous: knots or kilotonnes; write the unit out
mil, mill, bil, bill, grand, thou, mio, mio., mrd, mrd., tsd | "{u}" is a scale word \
claimtrack does not read: write "thousand", "million" or "billion"
franc, francs, peso, pesos, dinar, dinars, riyal, riyals, rial, rials, krone, kroner, \
krona, kronor, crown, crowns, shilling, shillings, dirham, dirhams, lira, liras, lire, \
real, reais, won | "{u}" names the currency of several countries: give the country \
("swiss francs") or the ISO code ("chf")
cent, cents, pence, penny, paise | "{u}" is a fraction of a currency, which claimtrack does \
not read: give the amount in the currency ("$0.50")
squared, cubed | "{u}" after a unit is not read: write "sq km" or "cubic metres"
"""
_LENGTHS_SQUARED = {"km": 1e3, "kilometre": 1e3, "kilometres": 1e3, "kilometer": 1e3}
_LENGTHS_SQUARED |= {"kilometers": 1e3, "m": 1.0, "metre": 1.0, "metres": 1.0, "meter": 1.0}
_LENGTHS_SQUARED |= {"meters": 1.0, "mi": 1609.344, "mile": 1609.344, "miles": 1609.344}
_LENGTHS_SQUARED |= {"ft": 0.3048, "foot": 0.3048, "feet": 0.3048, "cm": 0.01}
_BASE_SYMBOL = {
    "length": "m",
    "area": "m²",
    "mass": "kg",
    "volume": "l",
    "duration": "s",
    "speed": "m/s",
    "energy": "J",
    "power": "W",
}


@lru_cache(maxsize=1)
def _unit_index() -> dict[str, list[tuple[tuple[str, ...], object]]]:
    """phrase -> ("unit", dimension, factor) or ("refuse", message), longest phrase first."""
    rows: list[tuple[str, object]] = []
    for line in _UNIT_ROWS.strip().splitlines():
        head, _, phrases = line.partition("|")
        dim, factor_text = head.split()
        factor: int | float = float(factor_text)
        if dim.isupper():
            dim, factor = f"currency:{dim}", 1
        elif dim in ("share", "percentage-points") and factor == 1:
            factor = 1
        for p in phrases.split(","):
            rows.append((p.strip(), ("unit", dim, factor)))
    for word, f in _LENGTHS_SQUARED.items():
        for prefix in ("sq", "sq.", "square"):
            rows.append((f"{prefix} {word}", ("unit", "area", f * f)))
        rows.append((f"cubic {word}", ("unit", "volume", f * f * f * 1000)))
    for abbr, f in (("km", 1e3), ("m", 1.0), ("mi", 1609.344), ("ft", 0.3048), ("cm", 0.01)):
        rows.append((f"{abbr}²", ("unit", "area", f * f)))
        rows.append((f"{abbr}³", ("unit", "volume", f * f * f * 1000)))
    for line in _REFUSED_UNITS.strip().replace("\\\n", "").splitlines():
        phrases, _, message = line.partition("|")
        for p in phrases.split(","):
            rows.append((p.strip(), ("refuse", message.strip())))
    return _phrase_index(rows)


# ---------------------------------------------------------------------------------------------
# Public helpers


def format_number(x: int | float) -> str:
    """3500 -> "3,500", 7.5 -> "7.5", 7500000 -> "7,500,000" (never scientific notation).

    ``parse_figure(format_number(x))`` reads back exactly ``x`` for 0 <= x <= 10**18 (decimals
    to at most 30 places). A number under 1,000 with exactly three decimals gets a fourth
    ("1.2340"), so that it cannot be read as thousands ("1.234" is refused as ambiguous).
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
) -> str:
    """How a figure reads, for people: 'around 4,000 people -> 3,600–4,400 people (hedge: around)'.

    ``exact`` adds "(exact)" when there is no hedge (the `figure` command shows it). A
    non-zero ``rounding`` shows the interval a round number implies: '3,500 people -> 3,500 ≈
    3,450–3,550 people (rounded: ±50)'. ``dimension`` (with ``base_low``/``base_high``) adds
    what is measured: a currency code, or the value in the base unit ('= 6,000 m').
    """
    noun = "" if not unit else (unit if unit.startswith("%") else f" {unit}")
    notes = []
    if hedge:
        notes.append(f"hedge: {hedge}")
    elif rounding:
        notes.append(f"rounded: ±{format_number(rounding)}")
    elif exact:
        notes.append("exact")
    base = ""
    if dimension and dimension != "count":
        symbol = _BASE_SYMBOL.get(dimension)
        if symbol is not None and base_low is not None:
            base = f" = {format_range(base_low, base_high)} {symbol}"
        else:
            notes.append(dimension)
    note = f" ({'; '.join(notes)})" if notes else ""
    return f"{text} -> {format_rounded(low, high, rounding)}{noun}{base}{note}"


def parse_figure(text: str, *, decimal_comma: bool = False) -> Figure:
    """Read one figure phrase; raise FigureError (only) when it holds no figure read exactly.

    ``decimal_comma`` reads a comma as the decimal mark and a dot as the thousands separator
    ("1.234,5" = 1234.5, "11.300" = 11300, "1,5" = 1.5); without it "11.300" and "1,5" are
    refused as ambiguous.

    >>> parse_figure("around 4,000 people").to_json()["high"]
    4400
    """
    if not isinstance(text, str):
        raise FigureError(f"expected figure text, got {type(text).__name__}")
    return _parse_cached(text, bool(decimal_comma))


def unit_dimension(unit_text: str | None) -> tuple[str, int | float]:
    """(dimension, factor) for a unit as stored in a record: "kilometres" -> ("length", 1000.0),
    "fighters" -> ("count", 1), "%" -> ("share", 1), "$" -> ("currency:USD", 1), None ->
    ("count", 1). ``factor`` is base units per unit. Raises FigureError for a unit that is
    ambiguous or not read ("pounds", "tons", "°C") or that holds a number.
    """
    if unit_text is None:
        return ("count", 1)
    if not isinstance(unit_text, str):
        raise FigureError(f"expected unit text, got {type(unit_text).__name__}")
    return _unit_dimension(unit_text)


# Figure texts repeat across an import (a million generated claims: 599k figures, 122k distinct
# texts): 8,192 entries hit 51% of them, 32,768 hit 70% for about 10 MB more in the reader.
@lru_cache(maxsize=16384)
def _parse_cached(text: str, decimal_comma: bool = False) -> Figure:
    return _parse(text, decimal_comma)


@lru_cache(maxsize=1024)
def _unit_dimension(unit_text: str) -> tuple[str, int | float]:
    s = _normalise(unit_text)
    toks = _tokens(s)
    if not toks:
        return ("count", 1)
    code, sign, i = _currency_prefix(toks, 0)
    rest = _read_rest(s, toks, i, len(toks), s, first=False)
    dim, factor = rest[1], rest[2]
    if code is not None:
        dim, factor = _with_currency(code, sign, rest, s)[1:3]
    return (dim, factor)


# ---------------------------------------------------------------------------------------------
# Small helpers


def _show(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f'"{text}"'


def _exact(num: int, den: int) -> int | float:
    """num / den as an int when whole, else the nearest float."""
    q, r = divmod(num, den)
    return q if r == 0 else num / den


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


# ---------------------------------------------------------------------------------------------
# Tokens


def _normalise(text: str) -> str:
    s = " ".join(text.translate(_TRANSLATE).lower().split())
    if "2" in s or "3" in s:
        s = _POWER.sub(lambda m: m.group(1) + ("²" if m.group(2) == "2" else "³"), s)
    while True:  # trailing punctuation and wrapping quotes
        t = s.strip(" ").rstrip(".,;:!?…")
        if len(t) >= 2 and t[0] in "\"'«" and t[-1] == ("»" if t[0] == "«" else t[0]):
            t = t[1:-1]  # quotes around the whole phrase
        elif t[:1] in "\"'«":
            t = t[1:]  # an opening quote alone
        elif t[-1:] in "\"'»" and len(t) > 1 and not t[-2].isdigit():
            t = t[:-1]  # a closing quote, or a plural possessive ("six weeks'"); after a
            # digit a quote is feet or inches (9") and is left to be refused
        if t == s:
            return s
        s = t


def _tokens(s: str) -> list[Token]:
    return [(m.lastindex or 0, m.group(), *m.span()) for m in _TOKEN.finditer(s)]


def _word(toks: list[Token], i: int) -> str | None:
    return toks[i][1] if i < len(toks) and toks[i][0] == _WORD else None


def _match(index: dict, toks: list[Token], i: int, stop: int | None = None):
    """Longest phrase of ``index`` starting at token i (and ending by ``stop``):
    (value, index after it)."""
    stop = len(toks) if stop is None else stop
    if i >= stop or toks[i][1] not in index:
        return None
    for phrase, value in index[toks[i][1]]:
        end = i + len(phrase)
        if end <= stop and all(toks[i + k][1] == p for k, p in enumerate(phrase)):
            return value, end
    return None


def _attached(toks: list[Token], i: int) -> bool:
    """Whether token i follows token i - 1 with no space."""
    return 0 < i < len(toks) and toks[i][2] == toks[i - 1][3]


# ---------------------------------------------------------------------------------------------
# Amounts


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


class _Range(_Amount):
    __slots__ = ("ends",)

    def __init__(self, a: _Amount, b: _Amount, lo: Q) -> None:
        super().__init__(lo, b.hi, vague="", written=a.written and b.written, frac=a.frac)
        self.ends = (a, b)


def _numeral(text: str, dc: bool, scale_follows: bool) -> tuple[int, int, int]:
    """Digits with separators -> (numerator, denominator, group): "3,500" -> (3500, 1, 1000).

    The default reads "," between thousands and "." as the decimal point; ``dc`` (decimal
    comma) the other way round. What could be read either way is refused, naming both."""
    if text.isdigit() and len(text) <= 19:
        return int(text), 1, 1
    if not dc and _THOUSANDS.fullmatch(text):  # "3,500": the common case, quickly
        return int(text.replace(",", "")), 1, 1000 ** text.count(",")
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


def _read_digits(toks: list[Token], i: int, currency: str | None, dc: bool) -> tuple[_Amount, int]:
    text, end = toks[i][1], toks[i][3]
    j = i + 1
    abbrev = _abbrev(toks, j, currency)
    scale_follows = abbrev is not None or _word(toks, j) in _SCALES
    num, den, group = _numeral(text, dc, scale_follows)
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
    return _Amount(value, scale=scale, plain=True, group=group, bare=bare), j


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
        self.last_scale = 1
        self.scale, self.plain = 1, True
        self.frac = False  # a bare fraction so far ("a fifth")
        # "and" starting a group ("two thousand and two hundred", "one hundred and twelve"):
        # the state before it, restored when what follows does not fit (then "and" links a
        # range).
        self.save: tuple | None = None
        self.limit = 0  # after "and": the group that follows stays below this
        self.bad = False  # what followed "and" does not fit
        self.j = 0

    def read(self, i: int) -> tuple[_Amount, int] | None:
        toks, n = self.toks, len(self.toks)
        self.j = i
        while self.j < n:
            kind, w = toks[self.j][0], toks[self.j][1]
            if kind != _WORD:
                if not self._hyphen(w):
                    break
                self.j += 1
                continue
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

    def _word(self, w: str) -> int:
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
        if self.last not in ("num", "tens", "a", "hundred", "frac", "point", "andfrac"):
            return _STOP
        if self.cur[0] == 0 or (self.prev_big and big >= self.prev_big):
            self.bad = self.save is not None  # "two thousand and three thousand"
            return _STOP
        self.total = _qadd(self.total, _qmul(self.cur, (big, 1)))
        self.cur = (0, 1)
        self.prev_big = big
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
            part = _qmul(got[0], (self.last_scale, 1))  # "two million and a half"
            if last == "big":
                self.total = _qadd(self.total, part)
            else:
                self.cur = _qadd(self.cur, part)
            self.plain, self.last = False, "andfrac"
            self.j = got[1]
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


def _read_amount(
    toks: list[Token], i: int, currency: str | None, dc: bool, allow_and: bool = True
) -> tuple[_Amount, int] | None:
    if i >= len(toks):
        return None
    kind = toks[i][0]
    if kind == _NUM:
        return _read_digits(toks, i, currency, dc)
    if kind == _WORD:
        return _read_words(toks, i, allow_and) or _read_vague(toks, i)
    return None


def _currency_prefix(toks: list[Token], i: int) -> tuple[str | None, str | None, int]:
    """A currency before the number: "$", "US$", "A$", "Rs", "USD" -> (code, as written, i)."""
    if i >= len(toks):
        return None, None, i
    w = toks[i][1]
    if w in _SIGNS:
        return _SIGNS[w], w, i + 1
    dollar = i + 1 < len(toks) and toks[i + 1][1] == "$"
    if dollar and w in _PREFIX_DOLLARS and (len(w) > 1 or _attached(toks, i + 1)):
        return _PREFIX_DOLLARS[w], f"{w}$", i + 2
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
    return _Range(a, b, lo)


# ---------------------------------------------------------------------------------------------
# Hedges


def _width(sig: int) -> int:
    """Percent an approximate hedge allows either way, by significant digits stated: "around
    4,000" and "some 250" +-10%, "approximately 884,000" +-2%, "about 3,958" +-1%."""
    return 10 if sig <= 2 else (2 if sig == 3 else 1)


def _widen(
    hedge: str, lo: Q, hi: Q, count: bool, p_lo: int, p_hi: int, text: str
) -> tuple[Q, Q | None]:
    """Apply a hedge to the stated amount [lo, hi] (p_lo, p_hi: the widths in percent for each
    end). Counts round inward to whole numbers (and approximate hedges allow at least one
    either way); measures keep real bounds."""
    if hedge == "exactly":
        return lo, hi
    if hedge in ("just under", "fewer than") and hi[0] == 0:
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
    if hedge == "more than":
        return lo, None
    if hedge == "fewer than":
        return (0, 1), hi
    raise AssertionError(f"no rule for the hedge {hedge!r}")


# ---------------------------------------------------------------------------------------------
# What follows the figure


def _more_than_one(text: str, what: str) -> FigureError:
    hint = _ONE
    if len(what) == 3 and what.isdigit():
        hint += ' (write thousands with commas, e.g. "3,500")'
    return FigureError(f'more than one number in {_show(text)} ("{what}" after the figure): {hint}')


def _is_second_unit(dim: str) -> bool:
    """Dimensions a noun phrase after the figure may not name again: a currency, a share."""
    return dim.startswith("currency:") or dim in ("share", "percentage-points")


def _check_noun(s: str, toks: list[Token], pos: int, end: int, text: str) -> None:
    """The words after the figure and its unit must be a plain noun phrase: no digit, number
    word, currency sign, hedge word, rate or other symbol."""
    units = None
    units_first = _unit_index()
    for k in range(pos, end):
        kind, w = toks[k][0], toks[k][1]
        if kind == _NUM or (kind == _WORD and not w.isalpha() and any(map(str.isnumeric, w))):
            raise _more_than_one(text, w)
        if w in _SIGNS:
            nxt = toks[k + 1][1] if k + 1 < end and toks[k + 1][0] == _NUM else ""
            raise _more_than_one(text, w + nxt)
        if kind == _WORD:
            if w in _NUMBER_WORDS:
                raise _more_than_one(text, w)
            if w in _HEDGE_WORDS:
                raise FigureError(
                    f'cannot read the hedge "{w}" after the figure in {_show(text)}: put the'
                    ' hedge before the figure ("at least 250") or just after it ("250 or more")'
                )
            if w in units_first:
                hit = _match(_unit_index(), toks, k, end)
                if hit is not None and hit[0][0] == "unit" and _is_second_unit(hit[0][1]):
                    raise FigureError(
                        f"{_show(text)} gives a second unit"
                        f' ("{s[toks[k][2] : toks[hit[1] - 1][3]]}") after the figure: {_ONE}'
                    )
            rate = w in _RATE_WORDS
            if w in ("a", "an") and k + 1 < end:
                units = units or _unit_index()
                hit = _match(units, toks, k + 1, end)
                rate = hit is not None and hit[0][0] == "unit"
            if rate:
                raise FigureError(
                    f"{_show(text)} is a rate (an amount per something), not an amount: give"
                    " the amount itself"
                )
            if w in ("squared", "cubed"):
                raise FigureError(
                    f'cannot read "{w}" in {_show(text)}: write "sq km" or "cubic metres"'
                )
        elif w not in "-&":
            if w == "/" and k + 1 < end and toks[k + 1][0] == _NUM:
                raise FigureError(
                    f"cannot read {_show(text)}: a fraction or a date is not read as a figure;"
                    ' write "half", "0.5" or one number'
                )
            if w == "/":
                raise FigureError(
                    f"{_show(text)} is a rate (an amount per something), not an amount: give"
                    " the amount itself"
                )
            raise FigureError(
                f"cannot read {_show(s[toks[k][2] : toks[end - 1][3]])} after the figure in"
                f" {_show(text)}: {_HINT}"
            )


# The rest as read: (unit text, dimension, factor, kind, currency code)
Rest = tuple[str | None, str, int | float, str, str | None]


def _check_not_ratio_or_date(toks: list[Token], pos: int, end: int, text: str) -> None:
    """ "3 times higher" is a ratio, "12 May" a date: neither is an amount."""
    w = _word(toks, pos)
    if w == "times" and _word(toks, pos + 1) in _COMPARATIVES:
        raise FigureError(f"{_show(text)} is a ratio (a multiple of something), not an amount")
    if end - pos == 1 and w in _MONTHS:
        raise FigureError(f"{_show(text)} looks like a date, not a figure: {_HINT}")


def _check_size(s: str, kind: str, hi: Q) -> None:
    """A share is at most the whole; no figure is beyond ``_MAX``."""
    if kind == "share" and not _qle(hi, (100, 1)):
        raise FigureError(
            f"{_show(s)} is more than the whole (100%): a change or a ratio, not a share"
        )
    if _qle((_MAX + 1, 1), hi):
        raise FigureError(f"{_show(s)} is too large a figure (at most {_MAX:,})")


def _read_rest(
    s: str, toks: list[Token], j: int, end: int, text: str, *, first: bool = True
) -> Rest:
    """What follows the figure (from token j to ``end``): a unit or currency, then maybe a
    plain noun phrase. ``first``: j is right after the number (a lone letter there is an
    abbreviation claimtrack does not know)."""
    pos = j
    while pos < end and toks[pos][1] == "-":
        pos += 1  # "70-nation"
    if pos == end:
        return None, "count", 1, "count", None
    w = _word(toks, pos)
    _check_not_ratio_or_date(toks, pos, end, text)
    code = sign = None
    if toks[pos][1] in _SIGNS and first:  # "5 €"
        sign = toks[pos][1]
        code = _SIGNS[sign]
        pos += 1
    of = False
    if _word(toks, pos) == "of":
        of = True
        pos += 1
        if pos + 1 < end and _word(toks, pos) in _DETERMINERS:
            pos += 1
        if pos == end or (end - pos == 1 and _word(toks, pos) in _PRONOUNS):
            _check_noun(s, toks, pos, end, text)
            if code is not None:
                return sign, f"currency:{code}", 1, "currency", code
            return None, "count", 1, "count", None
    start = pos
    kind, dim = "count", "count"
    factor: float = 1
    hit = _match(_unit_index(), toks, pos, end)
    if hit is not None:
        kind, dim, factor, code = _known_unit(s, toks, pos, end, hit, code, text)
        pos = hit[1]
    elif code is None and first and not of and w is not None and len(w) == 1 and w not in "ai":
        raise FigureError(
            f'cannot read "{w}" after the figure in {_show(text)}: an abbreviation claimtrack'
            " does not know; write the unit out"
        )
    elif code is not None:
        dim = f"currency:{code}"
        kind = "currency"
    _check_noun(s, toks, pos, end, text)
    stop = end
    if kind == "measure" and stop - pos == 1 and _word(toks, stop - 1) in _MEASURE_ADJECTIVES:
        stop -= 1  # "six to seven kilometres long" -> "kilometres"
    if kind == "share":
        return _share_unit(s, toks, pos, stop), dim, factor, kind, None
    unit = s[toks[start][2] : toks[stop - 1][3]].strip(" -") if start < stop else None
    if sign is not None:
        unit = sign if not unit else f"{sign} {unit}"
    return unit or None, dim, factor, kind, code


def _known_unit(
    s: str,
    toks: list[Token],
    pos: int,
    end: int,
    hit: tuple[Any, int],
    code: str | None,
    text: str,
) -> tuple[str, str, float, str | None]:
    """A unit of the unit table found at token ``pos``: (kind, dimension, factor, currency
    code), refusing refused units, two currencies, a currency with another unit, and a bare
    "m" (million or metres)."""
    entry, after = hit
    written = s[toks[pos][2] : toks[after - 1][3]]
    if entry[0] == "refuse":
        raise FigureError(entry[1].format(u=written))
    _, dim, factor = entry
    kind = "measure"
    if dim.startswith("currency:"):
        kind = "currency"
        if code is not None and dim != f"currency:{code}":
            raise FigureError(f"{_show(text)} names two currencies: {_ONE}")
        code = dim[9:]
    elif dim in ("share", "percentage-points"):
        kind = "share" if dim == "share" else "pp"
    if code is not None and kind != "currency":
        raise FigureError(f"{_show(text)} gives two units (a currency and {written}): {_ONE}")
    nxt = _word(toks, after) if after < end else None
    if written == "m" and after < end and nxt not in _MEASURE_ADJECTIVES and nxt != "of":
        raise FigureError(
            f'"m" in {_show(text)} is ambiguous: million or metres; write "million" or'
            ' "metres" (or "3m" for million)'
        )
    return kind, dim, factor, code


def _share_unit(s: str, toks: list[Token], pos: int, stop: int) -> str:
    """The unit of a share: "%", or "% of" the noun ("45% of voters")."""
    noun_at = pos
    if _word(toks, noun_at) == "of":
        noun_at += 1
        if noun_at + 1 < stop and _word(toks, noun_at) in _DETERMINERS:
            noun_at += 1
        if stop - noun_at == 1 and _word(toks, noun_at) in _PRONOUNS:
            noun_at = stop
    noun = s[toks[noun_at][2] : toks[stop - 1][3]] if noun_at < stop else ""
    return "%" + (f" of {noun}" if noun else "")


def _with_currency(code: str, sign: str | None, rest: Rest, text: str) -> Rest:
    """A currency written before the number, combined with what follows it."""
    unit, _, _, kind, code2 = rest
    if kind in ("measure", "share", "pp"):
        raise FigureError(f"{_show(text)} gives two units (a currency and {unit}): {_ONE}")
    if (code2 is not None and code2 != code) or (unit and unit[0] in _SIGNS):
        raise FigureError(f"{_show(text)} names two currencies: {_ONE}")
    unit = sign if unit is None else f"{sign} {unit}"
    return unit, f"currency:{code}", 1, "currency", code


# ---------------------------------------------------------------------------------------------
# The parser


def _no_figure(s: str, toks: list[Token], after: str | None) -> FigureError:
    """The most helpful error for text where no figure was found at the start."""
    if not s:
        return FigureError(f"no figure given: {_HINT}")
    shown = _show(s)
    if after is not None:
        return FigureError(f'no number after "{after}" in {shown}: {_HINT}')
    first, second = toks[0][1], _word(toks, 1)
    if first in _TOO_VAGUE or (first in ("a", "an") and second in _TOO_VAGUE_AFTER_A):
        return FigureError(f"no figure found in {shown}, which is too vague to bound: {_HINT}")
    if first == "-" and len(toks) > 1 and toks[1][0] == _NUM:
        return FigureError(f"{shown} is negative: figures count or measure from 0 up")
    if first in _MONTHS:
        return FigureError(f"{shown} looks like a date, not a figure: {_HINT}")
    if first == "top":
        return FigureError(
            f'{shown}: "top" may be a rank ("top 10"); write "more than" for a figure over it'
        )
    number = next((t[1] for t in toks if t[0] == _NUM), None)
    if number is not None:
        return FigureError(
            f"no figure at the start of {shown}: put the figure first (only a hedge such as"
            f' "around" may come before it), e.g. "{number} ..."'
        )
    return FigureError(f"no figure found in {shown}: {_HINT}")


# Trailing hedges that only follow the number itself ("100-odd", "360-ish", "700+"), never a noun.
_NUMBER_ONLY_TAILS = frozenset(("odd", "-", "ish", "+", "plus"))


def _tail_hedge(toks: list[Token], j: int) -> tuple[str, int] | None:
    """A hedge closing the phrase after the unit ("200 people or more"): (hedge, its start)."""
    n = len(toks)
    for k in range(j + 1, n):
        if toks[k][1] not in _TRAILING or toks[k][1] in _NUMBER_ONLY_TAILS:
            continue
        t = _match(_TRAILING, toks, k)
        if t is not None and t[1] == n:
            return t[0], k
    return None


def _ratio(
    toks: list[Token], amount: _Amount, j: int, currency: str | None, dc: bool
) -> tuple[_Amount, int] | None:
    """ "one in five", "4 in 10", "nine out of ten", "1 in every 5": a share (in percent)."""
    w = _word(toks, j)
    if w == "in":
        k = j + 1
    elif w == "out" and _word(toks, j + 1) == "of":
        k = j + 2
    else:
        return None
    if _word(toks, k) == "every":
        k += 1
    if currency is not None or amount.vague is not None or amount.frac:
        return None
    got = _read_amount(toks, k, None, dc, allow_and=False)
    if got is None:
        return None
    b, k2 = got
    if b.vague is not None or b.frac or b.lo[0] == 0 or not _qle(amount.lo, b.lo):
        return None
    if b.bare and b.lo[1] == 1 and len(toks[k][1]) == 4:
        return None  # "250 in 2017": a year, refused as a second number
    share = _qmul(_qmul(amount.lo, (b.lo[1], b.lo[0])), (100, 1))
    return _Amount(share, written=False, frac=True, percent=True), k2


def _none_form(s: str, stripped: str, toks: list[Token]) -> Figure | None:
    """ "no fighters", "none of them", "nobody": a figure of 0 (None when not one)."""
    z = _match(_NONE, toks, 0)
    if z is None:
        return None
    n, k = len(toks), z[1]
    if k < n and toks[k][0] == _NUM:  # "no 250" is no none-form
        return None
    rest = _read_rest(s, toks, k, n, s, first=False)
    if rest[0] is None and toks[0][1] == "no" and k == 1:  # a bare "no" needs a noun
        return None
    unit, dim, factor = rest[0], rest[1], rest[2]
    if rest[3] == "share":
        unit = "%"
    return Figure(stripped, 0, 0, unit, "none", True, 0, dim, 0, 0, factor)


def _bounded_range(
    s: str, toks: list[Token], i: int, currency: str | None, sign: str | None, dc: bool
) -> tuple[_Amount, int]:
    """ "between 300 and 400", "from 300 to 400": the amount and the index after it."""
    w, n = _word(toks, i), len(toks)
    k = i + 1
    if currency is None:
        currency, sign, k = _currency_prefix(toks, k)
    got = _read_amount(toks, k, currency, dc)
    if w == "between" and got is not None and _word(toks, got[1]) != "and":
        got = _read_amount(toks, k, currency, dc, allow_and=False)
    if got is None:
        raise _no_figure(s, toks, " ".join(t[1] for t in toks[:k]))
    a, j = got
    link = toks[j][1] if j < n else None
    if link not in (("and", "-", "to") if w == "between" else ("to", "-")):
        joiner = "and" if w == "between" else "to"
        raise FigureError(f'{_show(s)}: "{w}" needs two ends, e.g. "{w} 300 {joiner} 400"')
    got_b = _read_end(toks, j + 1, currency, sign, dc)
    if got_b is None:
        raise FigureError(f"the range in {_show(s)} has no second number: {_HINT}")
    return _join(a, got_b[0], s, dash=link == "-"), got_b[1]


def _after_amount(
    s: str,
    toks: list[Token],
    amount: _Amount,
    j: int,
    currency: str | None,
    sign: str | None,
    dc: bool,
) -> tuple[_Amount, int, tuple[str, int] | None, int]:
    """What follows the amount: a trailing hedge ("250 or so", "700+", "100-odd"), else maybe
    the second end of a range or a ratio. Returns (amount, index, hedge match, end), where
    ``end`` is where the unit must stop ("200 people or more" ends before "or more")."""
    n = len(toks)
    t = _match(_TRAILING, toks, j)
    if t is None and not isinstance(amount, _Range) and j < n:
        ratio = _ratio(toks, amount, j, currency, dc)
        if ratio is not None:
            amount, j = ratio
        else:
            link = toks[j][1]
            k = j + 1
            if link == "if" and _word(toks, k) == "not":
                link, k = "if not", k + 1
            if link in ("to", "-", "or", "if not"):
                got_b = _read_end(toks, k, currency, sign, dc)
                if got_b is not None:
                    amount, j = _join(amount, got_b[0], s, dash=link == "-"), got_b[1]
        t = _match(_TRAILING, toks, j)
    end = n
    if t is None:
        tail = _tail_hedge(toks, j)
        if tail is not None:
            t, end = (tail[0], n), tail[1]
    return amount, j, t, end


def _share_of_one(toks: list[Token], amount: _Amount, j: int, end: int) -> int | None:
    """ "half an hour", "a quarter of a mile": a fraction of one unit, not a share. The index
    of the unit when it is one, else None."""
    if not amount.frac or isinstance(amount, _Range):
        return None
    k = j + 1 if _word(toks, j) == "of" else j
    if _word(toks, k) in ("a", "an"):
        hit = _match(_unit_index(), toks, k + 1, end)
        if hit is not None and hit[0][0] == "unit":
            return k + 1
    return None


def _as_share(s: str, amount: _Amount, kind: str, lo: Q, hi: Q) -> tuple[Q, Q]:
    """ "a fifth of voters", "one in five": the fraction as a percent (checked: a share is
    of a count, never a rate or a measure)."""
    if kind != "count" and amount.percent:
        raise FigureError(
            f"{_show(s)} is a rate (an amount per something), not an amount: give the amount itself"
        )
    if kind != "count":
        raise FigureError(
            f'cannot read {_show(s)}: write a fraction of a unit with "a" ("half a mile")'
        )
    if not amount.percent:
        lo, hi = _qmul(lo, (100, 1)), _qmul(hi, (100, 1))
    return lo, hi


def _interval(
    s: str, amount: _Amount, hedge: str | None, lo: Q, hi: Q, count: bool
) -> tuple[Q, Q | None, str | None, bool, Q]:
    """The interval, the hedge and the rounding as stored: (low, high, hedge, exact,
    rounding)."""
    phrase = amount.vague
    if hedge is None or hedge == "exactly":
        rounding: Q = (0, 1)
        if phrase is not None:
            hedge = phrase or "range"
        elif hedge is None and amount.written:
            # A range has no rounding: its ends are the bounds the speaker chose ("18,000
            # to 20,000" is not 17,000-21,000).
            rounding = _rounding(lo)
        return lo, hi, hedge, phrase is None, rounding
    if isinstance(amount, _Range):
        a, b = amount.ends
        p_lo = _width(_sig(lo) if a.written else 1)
        p_hi = _width(_sig(hi) if b.written else 1)
    else:
        p_lo = p_hi = _width(_sig(lo) if amount.written else 1)
    low, high = _widen(hedge, lo, hi, count, p_lo, p_hi, s)
    if phrase:
        hedge = f"{hedge} {phrase}"
    return low, high, hedge, False, (0, 1)


def _parse_full(text: str, decimal_comma: bool = False) -> Figure:
    """The whole grammar (``_parse`` tries ``_fast`` first)."""
    stripped = text.strip()
    if len(text) > _MAX_TEXT:
        raise FigureError(
            f"{_show(text)} is too long for a figure (at most {_MAX_TEXT} characters)"
        )
    dc = decimal_comma
    s = _normalise(text)
    toks = _tokens(s)
    n = len(toks)
    if n == 0:
        raise _no_figure(s, toks, None)

    m = _match(_LEADING, toks, 0)
    if m is None and (zero := _none_form(s, stripped, toks)) is not None:
        return zero

    hedge, i, hedge_words = None, 0, None
    if m is not None:
        hedge, i = m
        hedge_words = " ".join(t[1] for t in toks[:i])
    if i < n and toks[i][1] == "-" and i + 1 < n and toks[i + 1][0] == _NUM:
        raise FigureError(f"{_show(s)} is negative: figures count or measure from 0 up")
    currency, sign, i = _currency_prefix(toks, i)

    # the amount: a number, a fraction, a vague amount, a range or a ratio
    amount: _Amount
    if _word(toks, i) in ("between", "from"):
        amount, j = _bounded_range(s, toks, i, currency, sign, dc)
    else:
        got = _read_amount(toks, i, currency, dc)
        if got is None:
            raise _no_figure(s, toks, hedge_words)
        amount, j = got
    amount, j, t, end = _after_amount(s, toks, amount, j, currency, sign, dc)
    if t is not None:
        if hedge is not None:
            raise FigureError(f"two hedges in {_show(s)}: keep one")
        hedge, j = t[0], (j if end < n else t[1])
    unit_at = _share_of_one(toks, amount, j, end)
    if unit_at is not None:
        j = unit_at

    # the unit, the dimension, and whether this is a count (whole numbers) or a measure
    rest = _read_rest(s, toks, j, end, s)
    if currency is not None:
        rest = _with_currency(currency, sign, rest, s)
    unit, dim, factor, kind, _ = rest
    lo, hi = amount.lo, amount.hi
    if amount.frac and unit_at is None:
        lo, hi = _as_share(s, amount, kind, lo, hi)
        unit = "%" + (f" of {unit}" if unit else "")
        dim, factor, kind = "share", 1, "share"
    _check_size(s, kind, hi)
    count = dim == "count" and lo[1] == 1 and hi[1] == 1

    low, high, hedge, exact, rounding = _interval(s, amount, hedge, lo, hi, count)
    if kind == "share" and (high is None or not _qle(high, (100, 1))):
        high = (100, 1)  # a share is at most the whole
    low_v = _val(low)
    high_v = None if high is None else _val(high)
    return Figure(
        stripped,
        low_v,
        high_v,
        unit,
        hedge,
        exact,
        _val(rounding),
        dim,
        _scaled(low_v, factor),
        None if high_v is None else _scaled(high_v, factor),
        factor,
    )


# ---------------------------------------------------------------------------------------------
# The fast path. Most figures an import reads have one of a few shapes: a whole number with or
# without thousands separators, maybe a leading hedge ("about"), a range ("250 to 300",
# "250-300", "between 250 and 300"), a trailing hedge ("or so", "+", "-odd"), then what is
# counted or measured ("people", "km long", "%", "per cent of voters"). ``_fast`` reads
# exactly those with one regular expression and whole-number arithmetic, and declines (None)
# anything else, which the full parser then reads (with its errors). On these shapes the full
# parser takes one fixed path, which ``_fast`` follows step by step: ``_normalise`` changes
# nothing (lowercase ASCII, single spaces, no punctuation at either end), each number is one
# token read by ``_numeral``'s first two branches, and the words after the figure (``_rest``)
# read the same after any number, hedge or range: they are read once with the full parser
# after "7", and used only when they change nothing but the unit, the dimension and the
# factor (no scale, hedge, ratio, range or second number). The hedge and the rounding are
# applied by the full parser's own ``_widen`` and ``_rounding``: the rules live in one place.
# tests/test_quantities_fast.py compares both on generated texts and near-misses.


def _fast_phrases(index: dict[str, list[tuple[tuple[str, ...], object]]]) -> dict[str, str]:
    """The phrases of a hedge index as the fast path sees them: lowercase words joined by one
    space, or "+" or "-word" written against the number; other phrases are left out."""
    out: dict[str, str] = {}
    for entries in index.values():
        for toks, canonical in entries:
            words = toks[1:] if toks[0] == "-" else toks
            if toks == ("+",):
                out["+"] = str(canonical)
            elif words and all(w.isascii() and w.isalpha() and w.islower() for w in words):
                text = " ".join(words)
                out["-" + text if toks[0] == "-" else text] = str(canonical)
    return out


_FAST_NUM = r"[1-9][0-9]{0,14}|[1-9][0-9]{0,2}(?:,[0-9]{3}){1,4}"  # below _MAX, no leading 0


class _FastTables(NamedTuple):
    pattern: re.Pattern[str]
    leads: dict[str, str]  # leading hedge phrase -> canonical hedge
    tails: dict[str, str]  # trailing hedge phrase -> canonical hedge
    new_figure: Any  # see _figure_maker


@lru_cache(maxsize=1)
def _fast_tables() -> _FastTables:
    """What the fast path needs, built on its first use (not at import: ``claimtrack figure``
    starts faster)."""
    pattern = re.compile(
        r"(?:(?P<lead>[a-z]+(?: [a-z]+)*) )?"
        rf"(?P<a>{_FAST_NUM})(?:(?P<link> to |-| and )(?P<b>{_FAST_NUM}))?"
        r"(?P<mark>\+|-[a-z]+|%)?(?P<words>(?: [a-z]+)*)"
    )
    leads, tails = _fast_phrases(_LEADING), _fast_phrases(_TRAILING)
    return _FastTables(pattern, leads, tails, _figure_maker())


# The hedges the fast path reads (a hedge added to _HEDGES takes the full parser until it is
# added here and the differential tests cover it).
_FAST_RULES = frozenset(
    ("exactly", "around", "nearly", "just under", "just over", "odd", "at least", "more than",
     "up to", "fewer than")
)  # fmt: skip
# Words after the figure that would read the amount again (a ratio "in", a range "to").
_FAST_NOT_FIRST = frozenset(("in", "out", "to", "or", "if", "and", "-"))


@lru_cache(maxsize=512)
def _rest(rest: str) -> tuple[str | None, str, int | float] | None:
    """(unit, dimension, factor) of the words after a figure (``rest``: " people", "%",
    " km long"), when the full parser reads them after "7" as that and nothing else; None
    when they scale, hedge, link or refuse, or are not read."""
    if rest.lstrip(" ").partition(" ")[0] in _FAST_NOT_FIRST:
        return None
    try:
        fig = _parse_full(f"7{rest}")
    except FigureError:
        return None
    unit, dim, factor = fig.unit, fig.dimension, fig.factor
    seven = _scaled(7, factor)
    plain = Figure(f"7{rest}", 7, 7, unit, None, True, 0, dim, seven, seven, factor)
    return (unit, dim, factor) if repr(fig) == repr(plain) else None  # repr: 7 is not 7.0


def _fast_width(n: int) -> int:
    """``_width(_sig((n, 1)))`` for a whole n > 0: its significant digits are its digits
    without the zeros at its end."""
    return _width(len(str(n).rstrip("0")))


def _fast_number(text: str) -> int:
    return int(text.replace(",", "")) if "," in text else int(text)


_DECLINE = ("", None)  # what _fast_words returns for a text the fast path does not read


def _fast_words(
    tables: _FastTables, lead: str | None, link: str | None, mark: str | None, words: str
) -> tuple:
    """The hedge and the words after the figure of a matched text: (hedge or None, rest),
    or ``_DECLINE``. ``mark`` is "+", "-word" or "%" against the number, ``words`` the words
    after it (each after a space): maybe a trailing hedge, then what is counted."""
    leads, tails = tables.leads, tables.tails
    hedge = None
    if lead == "between":
        if link != " and ":
            return _DECLINE
    elif link == " and ":
        return _DECLINE
    elif lead is not None:
        hedge = leads.get(lead)
        if hedge is None:
            return _DECLINE
    if mark == "%":
        return hedge, mark + words  # "40%", "40% of voters": the unit
    tail, rest = mark, words
    if mark is None and words:
        # the longest trailing hedge the words start with, as the full parser's _match
        split = words[1:].split(" ")
        for k in range(len(split), 0, -1):
            phrase = " ".join(split[:k])
            if phrase in tails:
                tail, rest = phrase, "".join(f" {w}" for w in split[k:])
                break
    if tail is not None:
        if hedge is not None or tail not in tails:
            return _DECLINE  # two hedges (the full parser refuses), or not a hedge
        hedge = tails[tail]
    return hedge, rest


def _fast_bounds(text: str, a_text: str, link: str | None, b_text: str | None) -> tuple | None:
    """(low, high) as stated, or None: backwards, or a dash range the full parser refuses."""
    low = _fast_number(a_text)
    if link is None or b_text is None:
        return low, low
    high = _fast_number(b_text)
    if link == "-" and "," not in a_text and "," in b_text:
        # "10-11,000": the thousands may be shared; _join decides (or refuses)
        a = _Amount((low, 1), plain=True, bare=True)
        b = _Amount((high, 1), plain=True, group=1000 ** b_text.count(","))
        try:
            low = _join(a, b, text, dash=True).lo[0]
        except FigureError:
            return None
    return (low, high) if low <= high else None


def _fast(text: str, decimal_comma: bool = False) -> Figure | None:
    """The figure of a text of the commonest shapes (see above), or None: the full parser."""
    if decimal_comma or len(text) > _MAX_TEXT:
        return None
    tables = _fast_tables()
    m = tables.pattern.fullmatch(text)
    if m is None:
        return None
    lead, a_text, link, b_text, mark, words = m.groups()
    hedge, rest = _fast_words(tables, lead, link, mark, words)
    if hedge == "":
        return None
    reading = _rest(rest) if rest else (None, "count", 1)
    if reading is None:
        return None
    bounds = _fast_bounds(text, a_text, link, b_text)
    if bounds is None:
        return None
    unit, dim, factor = reading
    low, high = bounds
    if dim == "share" and high > 100:
        return None  # more than the whole: refused
    rounding: int | float = 0
    if hedge is None or hedge == "exactly":
        exact = link is None
        if not exact:
            hedge = "range"
        elif hedge is None:
            rounding = _val(_rounding((low, 1)))
    elif hedge not in _FAST_RULES:
        return None
    elif dim == "count":
        exact = False
        lo, hi = _widen(hedge, (low, 1), (high, 1), True, _fast_width(low), _fast_width(high), text)
        low, high = _val(lo), None if hi is None else _val(hi)
    else:
        return _fast_measure(tables, text, low, high, unit, hedge, dim, factor)
    base = _based(low, high, factor)
    return tables.new_figure(text, low, high, unit, hedge, exact, rounding, dim, *base)


def _based(low: int | float, high: int | float | None, factor: int | float) -> tuple:
    """(base_low, base_high, factor), as ``Figure`` fills them in."""
    return _scaled(low, factor), None if high is None else _scaled(high, factor), factor


def _fast_measure(
    tables: _FastTables,
    text: str,
    a: int,
    b: int,
    unit: str | None,
    hedge: str,
    dim: str,
    factor: int | float,
) -> Figure:
    """A measure, share or currency [a, b] with an approximate hedge: real bounds
    (``_widen``), a share at most 100."""
    lo, hi = _widen(hedge, (a, 1), (b, 1), False, _fast_width(a), _fast_width(b), text)
    if dim == "share" and (hi is None or not _qle(hi, (100, 1))):
        hi = (100, 1)
    low = _val(lo)
    high = None if hi is None else _val(hi)
    base = _based(low, high, factor)
    return tables.new_figure(text, low, high, unit, hedge, False, 0, dim, *base)


def _figure_maker() -> Any:
    """``new_figure(*fields)``: ``Figure(*fields)`` with every field given (base_low not None),
    storing each through its slot's descriptor, bound once, where the frozen dataclass's
    ``__init__`` calls ``object.__setattr__`` per field (about twice the time)."""
    names = Figure.__slots__
    namespace: dict[str, Any] = {f"put_{n}": getattr(Figure, n).__set__ for n in names}
    namespace |= {"new": object.__new__, "Figure": Figure}
    body = "".join(f"    put_{n}(fig, {n})\n" for n in names)
    head = f"def new_figure({', '.join(names)}):\n    fig = new(Figure)\n"
    exec(f"{head}{body}    return fig", namespace)
    return namespace["new_figure"]


def _parse(text: str, decimal_comma: bool = False) -> Figure:
    """Read one figure phrase: the fast path for the commonest shapes, else the full parser."""
    fig = _fast(text, decimal_comma)
    return _parse_full(text, decimal_comma) if fig is None else fig
