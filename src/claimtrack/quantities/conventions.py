"""Signs and nouns several countries' currencies share, which the parser reads by the
convention of English-language news: one table (docs/format.md, "Currency conventions").

Each row: the forms the parser reads (as ``Figure.unit`` gives them), the currency it reads
them as, and the other currencies the same sign may mean, each with what names it in a
claim's surroundings: words of the quote, country web domains (and the story's figures
already in that currency). ``claimtrack.guards.read_sign`` decides with it: read by
convention (and said), or refused naming each way to write it.

Pure data, stdlib only.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import NamedTuple


class Rival(NamedTuple):
    """Another currency a shared sign may mean."""

    code: str  # ISO 4217
    name: str  # for people: "Pakistani rupees"
    words: tuple[str, ...]  # regular expressions of quote words that name it ("pakistan\w*")
    tlds: tuple[str, ...]  # country web domains whose sign is (usually) this currency
    sign: str | None = None  # how a figure writes it instead ("MX$"); None: its ISO code


class Convention(NamedTuple):
    """A sign (or noun) several currencies share, and how it is read by convention."""

    sign: str  # as the docs show it: "$", "Rs", "¥"
    forms: tuple[str, ...]  # the units the parser reads as it, folded ("$", "dollars")
    code: str  # the currency read by convention
    name: str  # for people: "US dollars"
    written: str | None  # how a figure says it is meant ("US$"); None: its ISO code
    rivals: tuple[Rival, ...]
    # words of a quote that name several of the rivals at once ("pesos"): (pattern, codes)
    groups: tuple[tuple[str, tuple[str, ...]], ...] = ()


_PESO_CODES = ("MXN", "ARS", "CLP", "COP", "UYU", "DOP", "CUP")


def _dollar(code: str, name: str, tld: str = "", sign: str | None = None, *extra: str) -> Rival:
    """A currency written with "$": named in a quote by its full name (or its prefixed sign)."""
    adjective, plural = name.lower().rsplit(" ", 1)
    singular = {"reais": "real"}.get(plural, plural[:-1])
    noun = f"{singular}s?" if plural == f"{singular}s" else f"(?:{singular}|{plural})"
    words = (rf"{adjective} {noun}", *extra)
    if sign:
        words = (re.escape(sign.lower()), *words)
    return Rival(code, name, words, (tld,) if tld else (), sign)


CONVENTIONS: tuple[Convention, ...] = (
    Convention(
        "$",
        ("$", "dollar", "dollars", "dlr", "dlrs"),
        "USD",
        "US dollars",
        "US$",
        (
            _dollar("MXN", "Mexican pesos", "mx", "MX$"),
            _dollar("AUD", "Australian dollars", "au", "A$", r"au\$"),
            _dollar("CAD", "Canadian dollars", "ca", "CA$", r"c\$"),
            _dollar("NZD", "New Zealand dollars", "nz", "NZ$"),
            _dollar("HKD", "Hong Kong dollars", "hk", "HK$"),
            _dollar("SGD", "Singapore dollars", "sg", "S$"),
            _dollar("TWD", "New Taiwan dollars", "tw", "NT$", "taiwan dollars?"),
            _dollar("BRL", "Brazilian reais", "br", "R$"),
            _dollar("ARS", "Argentine pesos", "ar", None, "argentinian pesos?"),
            _dollar("CLP", "Chilean pesos", "cl"),
            _dollar("COP", "Colombian pesos"),  # not ".co": widely used as a generic domain
            _dollar("UYU", "Uruguayan pesos", "uy"),
            _dollar("DOP", "Dominican pesos", "do"),
            _dollar("CUP", "Cuban pesos", "cu"),
            _dollar("JMD", "Jamaican dollars", "jm"),
            _dollar("TTD", "Trinidad and Tobago dollars", "tt"),
            _dollar("BSD", "Bahamian dollars", "bs"),
            _dollar("BBD", "Barbadian dollars", "bb"),
            _dollar("BZD", "Belize dollars", "bz"),
            _dollar("BMD", "Bermudan dollars", "bm"),
            _dollar("KYD", "Cayman Islands dollars", "ky"),
            _dollar("FJD", "Fijian dollars", "fj"),
            _dollar("GYD", "Guyanese dollars", "gy"),
            _dollar("LRD", "Liberian dollars", "lr"),
            _dollar("NAD", "Namibian dollars", "na"),
            _dollar("SBD", "Solomon Islands dollars", "sb"),
            _dollar("SRD", "Surinamese dollars", "sr"),
            _dollar("XCD", "East Caribbean dollars"),
            _dollar("BND", "Brunei dollars", "bn"),
        ),
        ((r"pesos?", _PESO_CODES),),
    ),
    Convention(
        "C$",
        ("c$",),
        "CAD",
        "Canadian dollars",
        "CA$",
        (
            Rival(
                "NIO",
                "Nicaraguan córdobas",
                (r"nicaragua\w*", r"c[oó]rdobas?"),
                ("ni",),
            ),
        ),
    ),
    Convention(
        "Rs",
        ("rs", "rs.", "rupee", "rupees"),
        "INR",
        "Indian rupees",
        None,
        (
            Rival("PKR", "Pakistani rupees", (r"pakistan\w*",), ("pk",)),
            Rival("LKR", "Sri Lankan rupees", (r"sri lanka\w*",), ("lk",)),
            Rival("NPR", "Nepalese rupees", (r"nepal\w*",), ("np",)),
            Rival("MUR", "Mauritian rupees", (r"mauriti\w*",), ("mu",)),
            Rival("SCR", "Seychellois rupees", (r"seychell\w*",), ("sc",)),
        ),
    ),
    Convention(
        "¥",
        ("¥",),
        "JPY",
        "Japanese yen",
        None,
        (
            Rival(
                "CNY",
                "Chinese yuan",
                ("yuan", "renminbi", "rmb", r"china\w*", "chinese"),
                ("cn",),
            ),
        ),
    ),
    Convention(
        "₩",
        ("₩",),
        "KRW",
        "South Korean won",
        None,
        (Rival("KPW", "North Korean won", (r"north korean won",), ("kp",)),),
    ),
    Convention(
        "rubles",
        ("ruble", "rubles", "rouble", "roubles"),
        "RUB",
        "Russian rubles",
        None,
        (Rival("BYN", "Belarusian rubles", (r"belarus\w*",), ("by",)),),
    ),
    Convention(
        "£",
        ("£",),
        "GBP",
        "pounds sterling",
        None,
        (
            Rival("EGP", "Egyptian pounds", (r"egyptian pounds?", r"e£"), ("eg",)),
            Rival("LBP", "Lebanese pounds", (r"lebanese (?:pounds?|liras?)", r"l£"), ("lb",)),
            Rival("SYP", "Syrian pounds", (r"syrian (?:pounds?|liras?)", r"£s"), ("sy",)),
            Rival("SSP", "South Sudanese pounds", (r"south sudanese pounds?",), ("ss",)),
            Rival("SDG", "Sudanese pounds", (r"(?<!south )sudanese pounds?",), ("sd",)),
            Rival("FKP", "Falkland Islands pounds", (r"falkland islands? pounds?",), ("fk",)),
            Rival("GIP", "Gibraltar pounds", (r"gibraltar pounds?",), ("gi",)),
            Rival("SHP", "St Helena pounds", (r"(?:st\.?|saint) helena pounds?",), ("sh",)),
        ),
    ),
)


@lru_cache(maxsize=1)
def by_form() -> dict[str, Convention]:
    """The conventions by each form the parser reads as them ("rs." -> the rupee row)."""
    return {form: row for row in CONVENTIONS for form in row.forms}


def _literal(pattern: str) -> str:
    """A run of text any match of ``pattern`` holds (folded), "" if none is found: the longest
    piece outside its groups and classes ("mexican pesos?" -> "mexican peso")."""
    text = re.sub(
        r"\((?:[^()]|\([^()]*\))*\)[?*]?", "\x00", pattern
    )  # groups, and what repeats them
    text = re.sub(r"\\[wWdDsSbB][*+?]?|.[*?]|[\[\]{}+|^]", "\x00", text)  # classes, optional chars
    text = re.sub(r"\\(.)", r"\1", text)
    return max(text.split("\x00"), key=len).lower()


def _quote_words(row: Convention) -> list[tuple[str, tuple[str, ...]]]:
    """(pattern, the codes it names) of every quote word that names a rival of ``row``: each
    rival's own names first, so that "Mexican pesos" is Mexico's, not any peso; then the group
    words ("pesos"), which name several."""
    own = [(word, (rival.code,)) for rival in row.rivals for word in rival.words]
    return own + [(word, group) for word, group in row.groups]


@cache
def quote_pattern(
    row: Convention, only: tuple[int, ...] | None = None
) -> tuple[re.Pattern[str], tuple[tuple[str, ...], ...]]:
    """One pattern of the quote words of ``row`` (``only``: those of these indexes, in order),
    one group each, and the codes each group names: one for a rival's word, several for a
    group word."""
    words = _quote_words(row)
    chosen = words if only is None else [words[i] for i in only]
    parts = "|".join(f"({word})" for word, _ in chosen)
    pattern = re.compile(r"(?<![^\W\d_])(?:" + parts + r")(?![^\W\d_])", re.I)
    return pattern, tuple(codes for _, codes in chosen)


@cache
def quote_literals(row: Convention) -> tuple[str, ...]:
    """For each quote word of ``row``, text (folded) a quote must hold for it to match ("" if
    none is known): a cheap test, so that the pattern of only the words that may match is
    run (most quotes name no rival)."""
    return tuple(_literal(word) for word, _ in _quote_words(row))


@cache
def rivals_by_tld(row: Convention) -> tuple[frozenset[str], dict[str, str]]:
    """The codes of ``row``'s rivals, and each country web domain's rival."""
    return frozenset(r.code for r in row.rivals), {t: r.code for r in row.rivals for t in r.tlds}


# Nouns several currencies in use share, which the parser refuses (no convention: it asks
# which): the forms, and the ISO codes each may mean. A figure that names the country ("38.1
# billion Mexican pesos") is in a quote that says "38.1 billion pesos" (``guards``).
REFUSED_NOUNS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("peso", "pesos"), (*_PESO_CODES, "PHP")),
    (("franc", "francs"), ("CHF", "XOF", "XAF", "XPF", "CDF", "GNF", "RWF", "BIF", "DJF", "KMF")),
    (("dinar", "dinars"), ("IQD", "JOD", "KWD", "DZD", "TND", "LYD", "RSD", "BHD")),
    (("riyal", "riyals"), ("SAR", "QAR", "OMR", "YER")),
    (("rial", "rials"), ("IRR", "OMR", "YER")),
    (("krone", "kroner"), ("NOK", "DKK")),
    (("krona", "kronor"), ("SEK", "ISK")),
    (("crown", "crowns"), ("NOK", "DKK", "SEK", "CZK", "ISK")),
    (("shilling", "shillings"), ("KES", "UGX", "TZS", "SOS")),
    (("dirham", "dirhams"), ("AED", "MAD")),
    (("lira", "liras", "lire"), ("TRY", "SYP", "LBP")),
    (("real", "reais"), ("BRL",)),
    (("won",), ("KRW", "KPW")),
    (("kwacha", "kwachas"), ("MWK", "ZMW")),
    (("lei", "leu"), ("MDL", "RON")),
    (("manat", "manats"), ("AZN", "TMT")),
    (("som", "soms"), ("KGS", "UZS")),
    (("dram", "drams"), ("AMD",)),
    (("mark", "marks"), ("BAM",)),
)
