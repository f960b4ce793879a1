"""The lexicon: the words and signs the reader knows (hedges, number words, scales,
fractions, currencies) as tables, and the tokeniser's patterns. Tables only; no reading."""

from __future__ import annotations

import re

from claimtrack.quantities.currencies import CODES as _CURRENCY_CODES

# ---------------------------------------------------------------------------------------------
# Tables. The hedge table is the one place that says which words hedge a figure; _widen() says
# what each canonical hedge does to the stated amount [a, b].
#
# canonical hedge, phrases before the number, phrases after the number
_HEDGES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "exactly",
        (
            "exactly",
            "precisely",
            "only",
            "just",
            "a total of",
            "a mere",
            # "equal to 5000 or less": a closing hedge after "equal to" is the hedge
            "equal to",
            "equals",
            "equals to",
            "equalling",
            "equaling",
            "equalling to",
            "equaling to",
        ),
        (),
    ),
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
            # "the estimated 750 nurses who left" (review26): the article's, and its hedge
            "the estimated",
            "estimated",
            "est.",
            "an approximate",
            "in the region of",
            "somewhere in the region of",
            "in the neighbourhood of",
            "in the neighborhood of",
            # "a cut closer to 668,000" (than the figure before): near it, on either side
            "closer to",
            "nearer to",
            "nearer",
            "on the order of",
            "of the order of",
            "in the order of",
            "somewhere around",
            # "the cumulative number ... is somewhere near 12,000" (review23): near it
            "somewhere near",
            "near",
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
    (
        "nearly",
        ("nearly", "almost", "close to", "close on", "approaching", "not quite", "getting on for"),
        (),
    ),
    (
        "just under",
        (
            "just under",
            "just below",
            "just shy of",
            "shy of",
            "just short of",
            "just south of",
            "a shade under",
            "a shade below",
            "a shade less than",
            "a touch under",
            "a touch below",
            "a touch less than",
            "a bit under",
            "a bit below",
            "a bit less than",
            "a bit fewer than",
            "a little below",
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
            "a little above",
            "just north of",
            "a shade over",
            "a shade above",
            "a shade more than",
            "a touch over",
            "a touch above",
            "a touch more than",
            "a bit over",
            "a bit above",
            "a bit more than",
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
            # "or equal": the bound itself is included
            "more than or equal to",
            "greater than or equal to",
            "higher than or equal to",
            "larger than or equal to",
            "bigger than or equal to",
            "more or equal to",
            "greater or equal to",
            "more or equal than",
            "greater or equal than",
            "higher or equal than",
            "larger or equal than",
            "bigger or equal than",
            "equal to or more than",
            "equal to or greater than",
            "equal to or higher than",
            "equal to or above",
            "equal or more than",
            "equal or greater than",
            "at least or equal to",
        ),
        (
            "or more",
            "or more than",
            "or greater than",
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
            "and older",
            "or older",
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
            "larger than",
            "bigger than",
            "higher than",
            "north of",
            "well north of",
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
            "as high as",  # "estimates as high as 120,000": the top of what is said
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
            "=<",
            # "or equal": the bound itself is included
            "less than or equal to",
            "fewer than or equal to",
            "smaller than or equal to",
            "lower than or equal to",
            "less or equal to",
            "less or equal than",
            "fewer or equal than",
            "smaller or equal than",
            "lower or equal than",
            "equal to or less than",
            "equal to or fewer than",
            "equal to or lower than",
            "equal to or below",
            "equal or less than",
            "equal or fewer than",
            "at most or equal to",
        ),
        (
            "or fewer",
            "or fewer than",
            "or less",
            "or less than",
            "or lower",
            "or below",
            "or under",
            "and fewer",
            "and less",
            "and below",
            "and under",
            "and younger",
            "or younger",
            "at most",
            "at the most",
            "max",
            "maximum",
        ),
    ),
    (
        "fewer than",
        (
            "fewer than",
            "less than",
            "smaller than",
            "lower than",
            "under",
            "below",
            "well under",
            "well below",
            "south of",
            "well south of",
            "short of",
            "well short of",
            "<",
        ),
        (),
    ),
    # "the better part of a decade": most of it, more than half and up to all of it (the
    # reader reads "the" before them: "the" itself is no hedge's first word, which the quote
    # checks would try before every "the 10,000 people")
    ("most of", ("better part of", "best part of", "greater part of"), ()),
    # "less than 5000 or equal", "more than 5000 or equal to": the bound of the hedge before
    # the figure is included ("fewer than" -> "up to", "more than" -> "at least"); the reader
    # turns it into that hedge and refuses it after anything else.
    ("or equal", (), ("or equal", "or equal to", "or equal to it", "or equal to that")),
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
_SMALL |= {"nought": 0, "naught": 0}  # "seven point nought two"
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
# ... and the ordinals past tenth that name a fraction: "a hundredth", "fifty-four hundredths"
_LARGE_ORDINALS = {
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
    "hundredth": 100,
    "thousandth": 1000,
    "millionth": 10**6,
    "billionth": 10**9,
    "trillionth": 10**12,
}
for _w, _n in _LARGE_ORDINALS.items():
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
# signs of one currency each (not "₨", the rupee of several countries)
_SIGNS |= {"₫": "VND", "₱": "PHP", "฿": "THB", "₵": "GHS", "₸": "KZT", "₮": "MNT", "₭": "LAK"}
_SIGNS |= {"₲": "PYG", "₡": "CRC", "৳": "BDT", "₼": "AZN", "₾": "GEL", "៛": "KHR"}
_PREFIX_DOLLARS = {"us": "USD", "a": "AUD", "au": "AUD", "c": "CAD", "ca": "CAD", "hk": "HKD"}
_PREFIX_DOLLARS |= {"nz": "NZD", "s": "SGD", "nt": "TWD", "r": "BRL", "mx": "MXN"}
# "¥" with the country it is of, as CLDR writes the two: China's yuan, Japan's yen
_PREFIX_YEN = {"cn": "CNY", "jp": "JPY"}
_CODES = _wordset(
    """usd eur gbp jpy inr cny chf cad aud hkd sgd nzd sek nok dkk brl mxn zar rub uah ils egp
    sar aed qar kwd iqd syp lbp irr pkr krw"""
)
_CODES |= frozenset(_CURRENCY_CODES.split())  # every ISO code in use (currencies.py)
_PREFIX_WORDS = {c: c.upper() for c in _CODES} | {"rs": "INR", "rs.": "INR", "rmb": "CNY"}
# the signs of one currency each written in letters, read before a number only: Malaysia's
# ringgit ("RM44.9 billion"), Indonesia's rupiah ("Rp 5 trillion")
_PREFIX_WORDS |= {"rm": "MYR", "rp": "IDR"}
# East Africa's shillings, each written with its country's letter ("KSh 1.3 billion", "TSh5m",
# "USh 40bn"); "Sh" alone is the shilling of four countries and is not read (extract50)
_PREFIX_WORDS |= {"ksh": "KES", "tsh": "TZS", "ush": "UGX"}

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
    approaching near exactly precisely only just more less fewer least most over under above below
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
        "\u03bc": "\u00b5",  # Greek mu as the micro sign ("5 μg")
        "\u223c": "~",
    }
)
# A number ("3,500", "7.5", ".5", "1'234'567" as Switzerland groups, and "1,5" or "11.300"
# to be judged), a word (letters, maybe
# a trailing "." as in "sq." or "c."), or any other single character.
_TOKEN = re.compile(r"([0-9]+(?:[.,'][0-9]+)*|\.[0-9]+)" r"|([^\W\d_]+(?:'[^\W\d_]+)*\.?)" r"|(\S)")
_NUM, _WORD = 1, 2  # token kinds (group numbers above); anything else is a symbol
_THOUSANDS = re.compile(r"[1-9][0-9]{0,2}(?:,[0-9]{3})+")
# "km2", "km^2" -> "km²"
_POWER = re.compile(r"(?<![a-z])(km|cm|mm|m|mi|ft)\^?([23])(?![0-9a-z])")
# Vulgar fractions, as words: "¾" -> "three quarters", "2½" -> "2 and a half"
_VULGAR = {
    "½": "a half",
    "¼": "a quarter",
    "¾": "three quarters",
    "⅓": "a third",
    "⅔": "two thirds",
    "⅕": "a fifth",
    "⅖": "two fifths",
    "⅗": "three fifths",
    "⅘": "four fifths",
    "⅙": "a sixth",
    "⅚": "five sixths",
    "⅛": "an eighth",
    "⅜": "three eighths",
    "⅝": "five eighths",
    "⅞": "seven eighths",
}
_VULGAR_CHARS = frozenset(_VULGAR)


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


# Hedges in other languages that the reader does not read, refused by name rather than read
# as the bare number after them ("almeno 500 persone" is at least 500, never exactly 500;
# review26): phrase before the number, its language, what it means in English.
_FOREIGN_HEDGES: tuple[tuple[str, str, str], ...] = (
    *(("almeno", "Italian", "at least"), ("oltre", "Italian", "over")),
    *(("più di", "Italian", "more than"), ("meno di", "Italian", "fewer than")),
    *(("quasi", "Italian", "nearly"), ("circa di", "Italian", "about")),
    *(("al menos", "Spanish", "at least"), ("por lo menos", "Spanish", "at least")),
    *(("más de", "Spanish", "more than"), ("mas de", "Spanish", "more than")),
    *(("menos de", "Spanish", "fewer than"), ("cerca de", "Spanish", "nearly")),
    *(("alrededor de", "Spanish", "around"), ("unos", "Spanish", "some")),
    *(("unas", "Spanish", "some"), ("aproximadamente", "Spanish", "approximately")),
    *(("au moins", "French", "at least"), ("plus de", "French", "more than")),
    *(("moins de", "French", "fewer than"), ("environ", "French", "about")),
    *(("près de", "French", "nearly"), ("presque", "French", "almost")),
    *(("mindestens", "German", "at least"), ("mehr als", "German", "more than")),
    *(("weniger als", "German", "fewer than"), ("etwa", "German", "about")),
    *(("rund", "German", "around"), ("ungefähr", "German", "approximately")),
    *(("knapp", "German", "just under"), ("über", "German", "over")),
    *(("ruim", "Dutch", "over"), ("bijna", "Dutch", "nearly")),
    *(("ongeveer", "Dutch", "about"), ("minstens", "Dutch", "at least")),
    *(("pelo menos", "Portuguese", "at least"), ("mais de", "Portuguese", "more than")),
    *(("cerca de", "Portuguese", "nearly"),),
)


def foreign_hedge_before(words: list[str]) -> tuple[str, str, str] | None:
    """The hedge in another language that the last words of ``words`` (lowercase, the words
    before a number) form: (phrase, language, meaning), the longest first; None when none."""
    for n in (3, 2, 1):
        phrase = " ".join(words[-n:]) if len(words) >= n else None
        hit = next((h for h in _FOREIGN_HEDGES if h[0] == phrase), None)
        if hit is not None:
            return hit
    return None


_FOREIGN_FIRST = _phrase_index([(p, (p, lang, meaning)) for p, lang, meaning in _FOREIGN_HEDGES])
_LEADING = _phrase_index([(p, c) for c, before, _ in _HEDGES for p in before])
_TRAILING = _phrase_index([(p, c) for c, _, after in _HEDGES for p in after])
_NONE = _phrase_index(
    [(p, "none") for p in ("none", "nobody", "no one", "not one", "not a single", "no")]
)

# A token: (kind, text, start, end) in the normalised text.
Token = tuple[int, str, int, int]
# An exact rational number: (numerator, denominator > 0) in lowest terms.
Q = tuple[int, int]
