"""The unit table: every unit read, its dimension and its factor to a base unit, and the
units refused with the reason. Built on first use (``_unit_index``)."""

from __future__ import annotations

from functools import lru_cache

from claimtrack.quantities.conventions import REFUSED_NOUNS
from claimtrack.quantities.currencies import CURRENCY_ROWS, SHARED_NOUNS
from claimtrack.quantities.lexicon import _phrase_index

# ---------------------------------------------------------------------------------------------
# Units. One row per unit: "dimension factor | phrase, phrase, ...", factor in base units
# (metres, square metres, kilograms, litres, seconds, metres per second, joules, watts; a share
# in percent; percentage points; currencies by ISO code, factor 1). Built on first use.

_UNIT_ROWS = """
length 1000 | km, kms, kilometre, kilometres, kilometer, kilometers
length 1 | m, metre, metres, meter, meters
length 0.01 | cm, centimetre, centimetres, centimeter, centimeters
length 0.001 | mm, millimetre, millimetres, millimeter, millimeters
length 0.000001 | µm, micrometre, micrometres, micrometer, micrometers, micron, microns
length 0.000000001 | nanometre, nanometres, nanometer, nanometers
length 1609.344 | mi, mile, miles
length 1852 | nautical mile, nautical miles
length 0.3048 | ft, foot, feet
length 0.9144 | yd, yds, yard, yards
length 0.0254 | inch, inches
area 10000 | ha, hectare, hectares
area 4046.8564224 | acre, acres
area 1000 | dunam, dunams, dunum, dunums
mass 1000000 | kilotonne, kilotonnes, kiloton, kilotons
mass 1000000000 | megatonne, megatonnes, megaton, megatons
mass 1000000000000 | gigatonne, gigatonnes, gigaton, gigatons
mass 0.000001 | mg, milligram, milligrams, milligramme, milligrammes
mass 0.000000001 | µg, mcg, microgram, micrograms, microgramme, microgrammes
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
volume 0.01 | cl, centilitre, centilitres, centiliter, centiliters
volume 0.1 | dl, decilitre, decilitres, deciliter, deciliters
volume 100 | hl, hectolitre, hectolitres, hectoliter, hectoliters
volume 1000000 | megalitre, megalitres, megaliter, megaliters
volume 1000000000 | gigalitre, gigalitres, gigaliter, gigaliters
volume 3.785411784 | gallon, gallons, gal, gals, us gallon, us gallons
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
energy 1 | j, joule, joules
energy 1000 | kj, kilojoule, kilojoules
energy 1000000 | mj, megajoule, megajoules
energy 1000000000 | gj, gigajoule, gigajoules
energy 1000000000000 | tj, terajoule, terajoules
energy 1000000000000000 | pj, petajoule, petajoules
power 1 | watt, watts
power 1000 | kw, kilowatt, kilowatts
power 1000000 | mw, megawatt, megawatts
power 1000000000 | gw, gigawatt, gigawatts
power 1000000000000 | tw, terawatt, terawatts
ratio 1 | times, fold
data 1 | byte, bytes
data 1000 | kilobyte, kilobytes
data 1000000 | megabyte, megabytes
data 1000000000 | gigabyte, gigabytes
data 1000000000000 | terabyte, terabytes
data 1000000000000000 | petabyte, petabytes
data 1000000000000000000 | exabyte, exabytes
data 0.125 | bit, bits
data 125 | kilobit, kilobits
data 125000 | megabit, megabits
data 125000000 | gigabit, gigabits
share 1 | %, per cent, percent, per-cent, pct, pc, percents, per cents
share 1 | por ciento, por cento, pour cent, pour-cent, per cento, prozent, procent
percentage-points 1 | percentage point, percentage points, percent point, percent points
percentage-points 1 | per cent point, per cent points, % point, % points, pct point, pct points
percentage-points 1 | pp, percentage pt, percentage pts
percentage-points 1 | %-point, %-points, % pt, % pts, %pt, %pts, ppt, ppts, %-pt, %-pts
percentage-points 1 | percentage-point, percentage-points, percent-point, percent-points
percentage-points 1 | punto porcentual, puntos porcentuales, point de pourcentage
percentage-points 1 | points de pourcentage, prozentpunkt, prozentpunkte, prozentpunkten
percentage-points 1 | punto percentuale, punti percentuali, ponto percentual
percentage-points 1 | pontos percentuais, procentpunt, procentpunten, procentpoint
percentage-points 1 | procentpoints, procentenheder, procentenhet, procentenheter
percentage-points 0.01 | basis point, basis points, bp, bps, basis-point, basis-points
percentage-points 0.01 | punto básico, puntos básicos, punto basico, puntos basicos
percentage-points 0.01 | point de base, points de base, basispunkt, basispunkte
percentage-points 0.01 | basispunkten, punto base, punti base, ponto-base, pontos-base
percentage-points 0.01 | ponto base, pontos base, basispunt, basispunten
USD 1 | dollar, dollars, usd, us dollar, us dollars, u.s. dollar, u.s. dollars
USD 1 | american dollars, us$, us dlr, us dlrs, greenback, greenbacks
USD 1 | dlr, dlrs
EUR 1 | euro, euros, eur
GBP 1 | pound sterling, pounds sterling, sterling, gbp, british pound, british pounds, quid
GBP 0.01 | pence, penny, pennies, p
USD 0.01 | us cent, us cents, u.s. cent, u.s. cents, american cents
EUR 0.01 | euro cent, euro cents, eurocent, eurocents
CAD 0.01 | canadian cent, canadian cents
AUD 0.01 | australian cent, australian cents
NZD 0.01 | new zealand cent, new zealand cents
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
CRC 1 | colones, costa rican colones
BAM 1 | convertible mark, convertible marks, bam
AWG 1 | florins
"""
# "per cent" in the words of languages that write a decimal comma (Spanish, Portuguese,
# French, Italian, German, Dutch, Polish, Swedish ...): a share, and a sign that the number
# before it is written with a decimal comma ("51,95 por ciento": amounts.py). Words after it
# are not read (they are not English: "de los votos").
FOREIGN_SHARES = frozenset(
    ("por ciento", "por cento", "pour cent", "pour-cent", "per cento", "prozent", "procent")
)
# The first words of the shares above: a cheap test before the table's (amounts.py; here, in
# a module that reads only what follows the amount, they are no words a figure starts with).
SHARE_FIRST = frozenset(
    ("%", "per", "percent", "percents", "pct", "pc", "por", "pour", "prozent", "procent")
)
# Units refused, with the reason: phrase(s) | message ({u} = the unit as written).
_REFUSED_UNITS = """
°, °c, °f, degree, degrees, deg, degs, celsius, celcius, centigrade, fahrenheit, farenheit, \
kelvin | "{u}" is a temperature \
or an angle, which claimtrack does not read: it compares counts and amounts, never a \
temperature with a count
pound, pounds | "{u}" is ambiguous: money or weight; write "£" or "pounds sterling" for \
money, "lb" for weight
ton, tons | "{u}" is ambiguous: short (907 kg), long (1,016 kg) or metric tons; write \
"tonnes", "metric tons", "short tons" or "long tons"
nm | "{u}" is ambiguous: nautical miles or nanometres; write the unit out
kt | "{u}" is ambiguous: knots or kilotonnes; write the unit out
mt | "{u}" is ambiguous: megatonnes or metric tons; write the unit out
mil, mill, bil, bill, grand, thou, mio, mio., mrd, mrd., tsd | "{u}" is a scale word \
claimtrack does not read: write "thousand", "million" or "billion"
milhão, milhões, milhao, milhoes, bilhão, bilhões, bilhao, bilhoes, millón, millones, \
millon, billón, billones, billon, milliard, milliards, milione, milioni, miliardo, miliardi, \
millionen, milliarde, milliarden, miljoen, miljoenen, miljard, miljarden, milion, miliony, \
miljon, miljoner, miljarder, millioner, milliarder, miljoonaa, miljardia, \
milionów, miliard, miliardy, miliardów, mld, mlrd | "{u}" is a scale word of another \
language, which claimtrack does not read: write the figure with "million" or "billion" and \
its currency ("$470 million"), with --paraphrase
meticais, rands, maloti, quetzales, bolívares, bolivares, guaraní, guaraníes, guaranies, \
złotych, zlotych, korun, kuna, denars, dólar, dólares, dolar, dolares, libras, francos, \
rublo, rublos, yenes, yuanes, reales, rupia, rupias, séqueles, dinares | "{u}" is a currency \
name claimtrack does not read (a plural, or a name in another language): write the amount \
with the currency's ISO code ("MZN 12 million", "USD 500"), with --paraphrase
dram, drams | "{u}" is ambiguous: the Armenian currency or a small measure; write \
"armenian drams" or "amd" for money
mark, marks | "{u}" is ambiguous: a currency (Bosnia's convertible mark, the German mark of \
old) or the thing counted; write "convertible marks" or the ISO code ("bam")
buck, bucks | "{u}" is slang for dollars, of more than one country: write "US$", "A$" ... \
or the ISO code ("usd")
cent, cents, paise, dime, dimes, nickel, nickels | "{u}" is a hundredth of a currency \
that the word does not name (the cents of several): give the amount in the currency \
("$0.50"), or its cents by name ("50 US cents", "50 euro cents")
doz, doz., dozs, dz, dzs | "{u}" is an abbreviation of "dozen" claimtrack does not read: \
write "dozen" ("3 dozen")
cup, tbsp, tbsps, tsp, tsps, tablespoon, tablespoons, teaspoon, teaspoons, fl oz | "{u}" is a \
kitchen measure claimtrack does not read: give the amount in litres or millilitres
calorie, calories, british thermal unit, british thermal units, btu, btus, therm, therms | \
"{u}" is a unit of energy claimtrack does not read: give the figure in joules or kilowatt-hours
hertz | "{u}" is a frequency, which claimtrack does not read: it compares counts and amounts
markka, markkaa, finnish markka, finnish markkaa, peseta, pesetas, drachma, drachmas, \
drachmae, schilling, schillings, deutschmark, deutschmarks, bitcoin, bitcoins, btc, satoshi, \
satoshis, ether | "{u}" is a currency claimtrack does not read (one no longer issued, \
or a cryptocurrency): give the amount in a currency it reads, and say so in the note
lkh, lkhs, krore, krores, koti | "{u}" may be lakh or crore spelt another way, which \
claimtrack does not read: write "lakh" or "crore"
percentage | "{u}" after a number is ambiguous: a share or a change in percentage points; \
write "per cent" or "percentage points"
{points} | "{u}" after a number is ambiguous: \
percentage points (a change of a share, not a share), points of an index, or points scored; \
write "percentage points" for a change of a share, or the number alone for a count of \
points (a score, an index) on a measure that names them
squared, cubed | "{u}" after a unit is not read: write "sq km" or "cubic metres"
"""
# "points" alone after a number: percentage points, points of an index or points scored,
# which the words do not say (refused in a figure; the number alone, a count of points, is
# not refused as leaving a unit out: guards.unit_left_out)
POINT_WORDS = ("point", "points", "pts", "puntos", "punkte", "punti", "pontos")
_LENGTHS_SQUARED = {"km": 1e3, "kilometre": 1e3, "kilometres": 1e3, "kilometer": 1e3}
_LENGTHS_SQUARED |= {"kilometers": 1e3, "m": 1.0, "metre": 1.0, "metres": 1.0, "meter": 1.0}
_LENGTHS_SQUARED |= {"meters": 1.0, "mi": 1609.344, "mile": 1609.344, "miles": 1609.344}
_LENGTHS_SQUARED |= {"ft": 0.3048, "foot": 0.3048, "feet": 0.3048, "cm": 0.01}


# Nouns of the currencies of several countries that are no English word ("kronor", "pesos";
# not "real", "won", "marks", "crowns", "lei"): refused after other words too ("14 miljarder
# kronor", "5 million new pesos"), where they once passed as what was counted, the currency
# and the scale dropped.
_ENGLISH_WORDS = frozenset(
    ["real", "won", "mark", "marks", "crown", "crowns", "lei", "leu", "som", "dram", "drams"]
)
CURRENCY_ONLY_NOUNS = (
    frozenset(noun for nouns, _ in REFUSED_NOUNS for noun in nouns)
    | frozenset(
        p.strip()
        for line in SHARED_NOUNS.strip().splitlines()
        for p in line.split("|")[0].split(",")
    )
) - _ENGLISH_WORDS


@lru_cache(maxsize=1)
def _unit_index() -> dict[str, list[tuple[tuple[str, ...], object]]]:
    """phrase -> ("unit", dimension, factor) or ("refuse", message), longest phrase first."""
    rows: list[tuple[str, object]] = []
    # the hand-written rows, then every other currency in use by its CLDR names (generated,
    # in the same format: quantities/currencies.py); a phrase of both is the hand row's
    for line in [*_UNIT_ROWS.strip().splitlines(), *CURRENCY_ROWS.strip().splitlines()]:
        head, _, phrases = line.partition("|")
        dim, factor_text = head.split()
        factor: int | float = float(factor_text)
        if dim.isupper():
            dim = f"currency:{dim}"  # in the currency (1) or its hundredth ("pence")
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
    for line in SHARED_NOUNS.strip().splitlines():
        forms, names, codes = (part.strip() for part in line.split("|"))
        named = ", ".join(f'"{n}"' for n in names.split(", "))
        message = (
            f'"{{u}}" names the currency of several countries: give the country ({named}) or '
            f"the ISO code ({', '.join(codes.split())})"
        )
        for p in forms.split(","):
            rows.append((p.strip(), ("refuse", message)))
    refused = {p for p, value in rows if isinstance(value, tuple) and value[0] == "refuse"}
    points = ", ".join(POINT_WORDS)
    for line in _REFUSED_UNITS.strip().replace("\\\n", "").replace("{points}", points).splitlines():
        phrases, _, message = line.partition("|")
        for p in phrases.split(","):
            rows.append((p.strip(), ("refuse", message.strip())))
            refused.add(p.strip())
    # the other nouns several currencies share (conventions.REFUSED_NOUNS), each refused naming
    # its own currencies
    by_code = _currency_names(rows)
    for nouns, shared in REFUSED_NOUNS:
        for noun in nouns:
            if noun not in refused:
                rows.append((noun, ("refuse", _shared_noun_message(noun, shared, by_code))))
    return _phrase_index(rows)


def _currency_names(rows: list[tuple[str, object]]) -> dict[str, list[str]]:
    """Each currency's phrases in the unit table ("CHF" -> ["swiss franc", ...])."""
    names: dict[str, list[str]] = {}
    for phrase, value in rows:
        if (
            isinstance(value, tuple)
            and value[0] == "unit"
            and str(value[1]).startswith("currency:")
        ):
            names.setdefault(str(value[1])[9:], []).append(phrase)
    return names


def _shared_noun_message(form: str, codes: tuple[str, ...], names: dict[str, list[str]]) -> str:
    """Why ``form`` is refused, naming the currencies it may mean: '"dinars" names the currency
    of several countries: give the country ("iraqi dinars", "jordanian dinars" ...) or the ISO
    code (IQD, JOD, KWD ...)'."""
    shown = []
    for code in codes[:3]:
        phrases = [p for p in names.get(code, ()) if " " in p]
        phrases.sort(
            key=lambda p: (not p.endswith(f" {form}"), not p.split()[-1].startswith(form[:3]))
        )
        phrase = phrases[0] if phrases else None
        if phrase:
            shown.append(f'"{phrase}"')
    more = " ..." if len(codes) > 3 else ""
    country = f"the country ({', '.join(shown)}{more})" if shown else "the country"
    if len(codes) == 1:
        return (
            f'"{{u}}" is ambiguous: a currency or an English word; give {country} or the ISO '
            f"code ({codes[0]})"
        )
    return (
        f'"{{u}}" names the currency of several countries: give {country} or the ISO code '
        f"({', '.join(codes[:3])}{more})"
    )


def refused_unit(word: str) -> bool:
    """Whether the unit table refuses ``word`` by name as a unit ("bucks", "calories",
    "cents", "pounds"): a number before it is never a figure without it."""
    return any(
        toks == (word.lower(),) and isinstance(entry, tuple) and entry[0] == "refuse"
        for toks, entry in _unit_index().get(word.lower(), [])
    )
