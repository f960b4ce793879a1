"""Guards on a figure before it is stored: it is in its quote; a bare "$" is not silently US
dollars where "$" may mean another dollar (or a peso).

A fact-checker publishes what claimtrack stores, so a figure the user did not see in the quote,
or a currency the source did not name, must never go in silently (docs/format.md, "Figures
and their quotes"; docs/figures.md, "Which dollar").

Pure: the standard library and the figure parser's public results (``parse_figure``) only;
the caller (``add``, ``edit``, ``import``) supplies what the store knows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple
from urllib.parse import urlsplit

from claimtrack.quantities import Figure, FigureError, format_range, parse_figure

# -- a figure in its quote -------------------------------------------------------------------

# What a claim's note starts with when its figure is a paraphrase (not in the quote's words);
# `add --paraphrase` writes it, and a note that starts with it exempts the claim from the check.
PARAPHRASE_MARK = "[paraphrase]"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_QUOTES = str.maketrans(
    {
        **dict.fromkeys("‘’‚‛′`´", "'"),
        **dict.fromkeys("“”„‟″«»", '"'),
        **dict.fromkeys("‐‑‒–—―−﹣－⁃", "-"),
    }
)
_SPACE = re.compile(r"\s+")
# A digit-group separator: between a digit and a group of exactly three digits.
_GROUP = re.compile(r"(?<=\d)[,'\u00a0\u2009\u202f ](?=\d{3}(?!\d))")
_GROUP_DC = re.compile(r"(?<=\d)[.'\u00a0\u2009\u202f ](?=\d{3}(?!\d))")
_BREAKS = frozenset(",;:!?)]}")
_EDGE = "([{\"'"
_TAIL = ")]}\"',;:!?."
# Words that can carry a figure without a digit ("Twenty", "a few dozen", "hundreds").
_NUMBER_WORDS = _words(
    """zero nil none no one two three four five six seven eight nine ten eleven twelve thirteen
    fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
    eighty ninety hundred hundreds thousand thousands million millions billion billions trillion
    trillions dozen dozens score scores half quarter third thirds fourth fifth tenth few several
    couple handful single once twice double triple nought"""
)
# Words that change what a number right before them means ("2" in "2 billion", "20" in "20
# per cent"): a figure's text followed by one of them in the quote is not the same figure.
_SCALES = _words(
    """thousand thousands million millions billion billions trillion trillions bn mn mln bln k
    m b tn trn crore crores lakh lakhs % percent per pc pct"""
)
_MONEY_SIGNS = frozenset("$€£¥₹₽₪₩₺₦₴")
_NEXT_WORD = re.compile(r"\s*(%|[a-z]+)", re.I)
_WINDOW_BEFORE = 4  # words a figure may start before its number ("at least a few dozen")
_WINDOW_AFTER = 6  # words it may run after it ("two million and a half US dollars")
# A run is part of a larger figure when adding up to this many words before ("at least") or
# after it ("or so", "more or less") reads otherwise.
_WIDER_BEFORE, _WIDER_AFTER = 2, 3
# Numbers of a quote read in full (a sentence has a few; a pasted page is not a quote, and
# reading every number of it would take seconds): a figure worded otherwise after these is
# not found, and so refused (or warned about), never accepted.
_MAX_NUMBERS = 100


def is_paraphrase(note: str | None) -> bool:
    """True when a claim's note marks its figure as a paraphrase (``PARAPHRASE_MARK``)."""
    return note is not None and note.lstrip().lower().startswith(PARAPHRASE_MARK)


def mark_paraphrase(note: str | None) -> str:
    """The note with the paraphrase mark in front (unchanged if it has it)."""
    if note is not None and is_paraphrase(note):
        return note
    return f"{PARAPHRASE_MARK} {note.strip()}" if note and note.strip() else PARAPHRASE_MARK


def fold(text: str, decimal_comma: bool = False) -> str:
    """Text as the quote check compares it: case, whitespace, quotation marks, dashes and
    digit grouping folded ("Twenty-one" = "twenty‑one", "2,000" = "2000" = "2 000")."""
    text = _SPACE.sub(" ", text.translate(_QUOTES)).strip().casefold()
    return (_GROUP_DC if decimal_comma else _GROUP).sub("", text)


def _bounded(hay: str, needle: str) -> bool:
    """``needle`` occurs in ``hay`` as whole words: not inside a longer word or number
    ("217" is not in "2170", "1217" or "2.217")."""
    start = hay.find(needle)
    n = len(needle)
    while start >= 0:
        end = start + n
        before = hay[start - 1] if start else ""
        after = hay[end] if end < len(hay) else ""
        ok = not before.isalnum() and not after.isalnum()
        if ok and before in ".," and start > 1 and hay[start - 2].isdigit():
            ok = not needle[0].isdigit()
        if ok and after in ".," and end + 1 < len(hay) and hay[end + 1].isdigit():
            ok = not needle[-1].isdigit()
        if ok and needle[-1].isdigit():  # "2" is not in "2 billion", "20" not in "20%"
            word = _NEXT_WORD.match(hay, end)
            ok = word is None or word.group(1).lower() not in _SCALES
        if ok and needle[0].isdigit() and before in _MONEY_SIGNS:  # "2" is not in "$2"
            ok = False
        if ok:
            return True
        start = hay.find(needle, start + 1)
    return False


def text_in_quote(value: str, quote: str, decimal_comma: bool = False) -> bool:
    """The figure's words appear in the quote, once both are folded (``fold``)."""
    if value in quote and _bounded(quote, value):  # the common case, unfolded
        return True
    needle = fold(value, decimal_comma)
    return bool(needle) and _bounded(fold(quote, decimal_comma), needle)


def _numeric(word: str) -> bool:
    if any(c.isdigit() for c in word):
        return True
    parts = word.strip(_EDGE + _TAIL).lower().split("-")
    return any(p in _NUMBER_WORDS for p in parts)


def _parse(text: str, decimal_comma: bool) -> Figure | None:
    try:
        return parse_figure(text, decimal_comma=decimal_comma)
    except FigureError:
        return None


class _Runs:
    """The words of a quote and the runs of them the parser reads (cached by position)."""

    def __init__(self, quote: str, decimal_comma: bool) -> None:
        words = self.words = _SPACE.sub(" ", quote.translate(_QUOTES)).strip().split(" ")
        n = self.n = len(words)
        self.decimal_comma = decimal_comma
        self.numbers = [p for p, word in enumerate(words) if _numeric(word)]
        # the first word from each position on that carries a number
        self.next_number = [n] * (n + 1)
        for i in range(n - 1, -1, -1):
            self.next_number[i] = i if _numeric(words[i]) else self.next_number[i + 1]
        # A run never crosses a clause break: a word ending in , ; : ! ? or ) ends it.
        self.breaks = [w.rstrip(".\"'")[-1:] in _BREAKS for w in words]
        self.cache: dict[tuple[int, int], Figure | None] = {}
        # Starts the parser refused as "no figure at the start" in a run holding their first
        # number: every longer run from there is refused the same way (a speed-up only: it
        # saves most of the parses of a quote whose figure is not there).
        self.dead: set[int] = set()

    def read(self, s: int, e: int) -> Figure | None:
        """The reading of words s..e-1, edge punctuation cut; None if the parser refuses."""
        if (s, e) in self.cache:
            return self.cache[(s, e)]
        fig = None
        holds_number = self.next_number[s] < e
        phrase = " ".join(self.words[s:e]).lstrip(_EDGE).rstrip(_TAIL)
        if phrase and not (holds_number and s in self.dead):
            try:
                fig = parse_figure(phrase, decimal_comma=self.decimal_comma)
            except FigureError as err:
                if holds_number and str(err).startswith("no figure at the start"):
                    self.dead.add(s)
        self.cache[(s, e)] = fig
        return fig

    def starts(self, p: int, back: int) -> range:
        """Where a run ending at or after word p may start: up to ``back`` words before it."""
        first = p
        while first > max(0, p - back) and not self.breaks[first - 1]:
            first -= 1
        return range(first, p + 1)

    def ends(self, p: int, ahead: int) -> list[int]:
        """Where a run holding word p may end (exclusive): up to ``ahead`` words on."""
        out = []
        for e in range(p + 1, min(self.n, p + ahead) + 1):
            out.append(e)
            if self.breaks[e - 1]:
                break
        return out

    def part_of_larger(self, s: int, e: int, fig: Figure) -> bool:
        """A few more words around the run read otherwise: it is part of a larger figure."""
        later = [] if self.breaks[e - 1] else self.ends(e - 1, _WIDER_AFTER + 1)[1:]
        for a in self.starts(s, _WIDER_BEFORE):
            for b in (e, *later):
                wider = None if (a, b) == (s, e) else self.read(a, b)
                if wider is not None and _key(wider) != _key(fig):
                    return True
        return False


def _key(fig: Figure) -> tuple[str, object, object]:
    return fig.dimension, fig.base_low, fig.base_high


def quoted_readings(quote: str, decimal_comma: bool = False) -> list[tuple[str, Figure]]:
    """The figures of a quote the parser reads (``(phrase, Figure)``): runs of up to a few
    words around each word that carries a number, cut of edge punctuation, never across a
    clause break. A run that a few more words on either side read otherwise is part of a
    larger figure, not one of its own ("20" in "20 per cent", "twenty" in "about twenty", "a
    dozen" in "a dozen or so"). Only the first ``_MAX_NUMBERS`` numbers of a quote are read."""
    runs = _Runs(quote, decimal_comma)
    out: dict[str, Figure] = {}
    for p in runs.numbers[:_MAX_NUMBERS]:
        for s in runs.starts(p, _WINDOW_BEFORE):
            for e in runs.ends(p, _WINDOW_AFTER):
                fig = runs.read(s, e)
                if fig is not None and not runs.part_of_larger(s, e, fig):
                    out.setdefault(fig.text, fig)
    return list(out.items())


def same_reading(figure: Figure, found: Figure) -> bool:
    """The quote's figure reads as the claim's: the same dimension and the same interval in
    base units. A bare "$" in the quote (read as US dollars) also matches the claim's figure in
    another dollar currency ("MX$2 billion" for a Mexican story's "$2 billion")."""
    if figure.base_low != found.base_low or figure.base_high != found.base_high:
        return False
    if figure.dimension == found.dimension:
        return True
    if bare_dollar(found) and _code(figure.dimension) in DOLLAR_SIGN_CURRENCIES:
        return True
    # the quote's "Rs 500 crore" (read as Indian rupees) for the claim's "PKR 500 crore"
    shared = _shared(found)
    return shared is not None and _code(figure.dimension) in shared[1].others


def figure_in_quote(value: str, quote: str, decimal_comma: bool = False) -> bool:
    """A figure is *in* its quote: its words appear there (``text_in_quote``), or the quote
    holds a figure that reads the same (``same_reading``: "Twenty children" for "20
    children"; never "248" for "217"). A figure the parser cannot read must appear as text."""
    if text_in_quote(value, quote, decimal_comma):
        return True
    figure = _parse(value, decimal_comma)
    if figure is None:
        return False
    if any(same_reading(figure, found) for _, found in quoted_readings(quote, decimal_comma)):
        return True
    # "38.1 billion pesos" (which the parser refuses: whose pesos?) is in the quote of a figure
    # that names the country: "38.1 billion Mexican pesos".
    code = _code(figure.dimension)
    word = _SHARED_NAMES.get(code or "")
    if code is None or word is None or not word.search(quote):
        return False
    named = word.sub(code, quote)
    return any(same_reading(figure, found) for _, found in quoted_readings(named, decimal_comma))


# Currency words the parser refuses as the money of several countries, by the ISO codes they
# may stand for: a quote's "pesos" is the figure's "Mexican pesos" when the amounts agree.
_SHARED_WORDS = {
    r"pesos?": "MXN ARS CLP COP UYU DOP CUP PHP",
    r"francs?": "CHF XOF XAF",
    r"dinars?": "IQD JOD KWD DZD TND LYD RSD BHD",
    r"riyals?": "SAR QAR OMR YER",
    r"rials?": "IRR OMR YER",
    r"kron(?:e|er)": "NOK DKK",
    r"kron(?:a|or)": "SEK ISK",
    r"crowns?": "NOK DKK SEK CZK ISK",
    r"shillings?": "KES UGX TZS SOS",
    r"dirhams?": "AED MAD",
    r"liras?|lire": "TRY SYP LBP",
    r"real|reais": "BRL",
    r"won": "KRW KPW",
    r"kwachas?": "MWK ZMW",
    r"lei|leu": "RON MDL",
    r"manats?": "AZN TMT",
    r"soms?": "KGS UZS",
    r"drams?": "AMD",
    r"marks?": "BAM",
}
_SHARED_NAMES = {
    code: re.compile(
        r"(?<![\w-])(?:"
        + "|".join(p for p, codes in _SHARED_WORDS.items() if code in codes.split())
        + r")(?![\w-])",
        re.I,
    )
    for code in {c for codes in _SHARED_WORDS.values() for c in codes.split()}
}


def quote_problem(
    value: str | None, quote: str | None, note: str | None, decimal_comma: bool = False
) -> str | None:
    """Why a figure may not be stored with its quote (one line), or None: a figure not in its
    quote, unless its note marks it a paraphrase."""
    if not value or not quote or is_paraphrase(note):
        return None
    if figure_in_quote(value, quote, decimal_comma):
        return None
    return f"the figure {value!r} is not in the quote"


# -- which dollar ----------------------------------------------------------------------------

# ISO codes of currencies written with a "$" sign (or a "dollar"/"peso" of their own).
DOLLAR_SIGN_CURRENCIES = _words(
    """USD AUD CAD NZD HKD SGD TWD BRL MXN ARS CLP COP CUP DOP UYU JMD TTD BSD BBD BZD BMD KYD
    FJD GYD LRD NAD SBD SRD XCD BND ZWL"""
)
NAMES = {
    "USD": "US dollars",
    "AUD": "Australian dollars",
    "CAD": "Canadian dollars",
    "NZD": "New Zealand dollars",
    "HKD": "Hong Kong dollars",
    "SGD": "Singapore dollars",
    "TWD": "New Taiwan dollars",
    "BRL": "Brazilian reais",
    "MXN": "Mexican pesos",
    "ARS": "Argentine pesos",
    "CLP": "Chilean pesos",
    "COP": "Colombian pesos",
    "UYU": "Uruguayan pesos",
    "DOP": "Dominican pesos",
    "CUP": "Cuban pesos",
}
# How to write each in a figure the parser reads (a prefixed sign, else the ISO code).
_SIGN = {"USD": "US$", "AUD": "A$", "CAD": "C$", "NZD": "NZ$", "HKD": "HK$", "SGD": "S$"}
_SIGN |= {"TWD": "NT$", "BRL": "R$", "MXN": "MX$"}
# Country-code web domains whose "$" is (usually) the local currency. Not ".co": it is
# widely used as a generic domain.
_DOMAINS = {"mx": "MXN", "au": "AUD", "ca": "CAD", "nz": "NZD", "hk": "HKD", "sg": "SGD"}
_DOMAINS |= {"tw": "TWD", "br": "BRL", "ar": "ARS", "cl": "CLP", "uy": "UYU", "do": "DOP"}
_DOMAINS |= {"cu": "CUP", "jm": "JMD", "tt": "TTD", "bs": "BSD", "bb": "BBD", "bz": "BZD"}
_DOMAINS |= {"fj": "FJD", "gy": "GYD", "lr": "LRD", "na": "NAD", "bn": "BND", "sr": "SRD"}
BARE_UNITS = frozenset(("$", "dollar", "dollars"))  # units of a figure that names no country
# Words in a quote that name a dollar-sign currency other than the US dollar.
_QUOTE_CURRENCY = re.compile(
    r"(?<![a-z])(?:(mx|a|au|c|ca|nz|hk|s|nt|r)\$"
    r"|(mexican|argentine|argentinian|chilean|colombian|uruguayan|dominican|cuban) pesos?"
    r"|(australian|canadian|new zealand|hong kong|singapore|taiwan|new taiwan) dollars?"
    r"|(brazilian) reais|(brazilian) real"
    r"|(pesos?))(?![a-z])",
    re.I,
)
_BY_WORD = {
    "mexican": "MXN",
    "argentine": "ARS",
    "argentinian": "ARS",
    "chilean": "CLP",
    "colombian": "COP",
    "uruguayan": "UYU",
    "dominican": "DOP",
    "cuban": "CUP",
    "australian": "AUD",
    "canadian": "CAD",
    "new zealand": "NZD",
    "hong kong": "HKD",
    "singapore": "SGD",
    "taiwan": "TWD",
    "new taiwan": "TWD",
    "brazilian": "BRL",
    "mx": "MXN",
    "a": "AUD",
    "au": "AUD",
    "c": "CAD",
    "ca": "CAD",
    "nz": "NZD",
    "hk": "HKD",
    "s": "SGD",
    "nt": "TWD",
    "r": "BRL",
}
PESOS = "pesos"  # a bare "peso(s)": the currency of several dollar-sign countries
_PESO_CODES = frozenset(("MXN", "ARS", "CLP", "COP", "UYU", "DOP", "CUP"))


def _code(dimension: str | None) -> str | None:
    return dimension[9:] if dimension and dimension.startswith("currency:") else None


def bare_dollar(figure: Figure) -> bool:
    """The figure was read as US dollars from a bare "$" or "dollars", which name no country."""
    return figure.dimension == "currency:USD" and (figure.unit or "").lower() in BARE_UNITS


class DollarContext(NamedTuple):
    """What tells which dollar a story's "$" is: one reason per other dollar currency."""

    reasons: dict[str, str]  # ISO code (or PESOS) -> why ("the measure damage holds MXN figures")


def _domain(url: str | None) -> str:
    """The top-level domain of a web address ("nz"), "" if it has none or is malformed."""
    try:
        host = (urlsplit(url).hostname or "") if url else ""
    except ValueError:  # "http://[x": not a web address
        return ""
    return host.rsplit(".", 1)[-1]


def dollar_context(
    *,
    quote: str | None = None,
    urls: Iterable[str | None] = (),
    held: Iterable[tuple[str, str]] = (),
) -> DollarContext:
    """The other dollar currencies a claim's surroundings name, the most telling first:
    ``quote`` the words around the figure ("38.1 billion pesos", "A$5"); ``held`` =
    (dimension, where) of figures already stored ("currency:MXN", "the measure damage");
    ``urls`` the claim's and its source's web addresses (a country domain, ".mx")."""
    reasons: dict[str, str] = {}
    if quote:
        for m in _QUOTE_CURRENCY.finditer(quote):
            word = next(g for g in m.groups() if g).lower()
            code = _BY_WORD.get(word, PESOS)
            reasons.setdefault(code, f"the quote says {m.group(0)!r}")
    for dimension, where in held:
        held_code = _code(dimension)
        if held_code in DOLLAR_SIGN_CURRENCIES and held_code != "USD":
            reasons.setdefault(held_code, f"{where} holds {held_code} figures")
    for url in urls:
        domain_code = _DOMAINS.get(domain := _domain(url))
        if domain_code:
            reasons.setdefault(domain_code, f"the source is on a .{domain} web address")
    return DollarContext(reasons)


def written_for(code: str, figure: Figure) -> str:
    """The figure's text with its bare "$" (or "dollars") written for ``code``."""
    text = figure.text
    sign = _SIGN.get(code)
    if "$" in text and sign:
        return re.sub(r"(?<![A-Za-z])\$", lambda _: sign, text, count=1)
    amount = format_range(figure.low, figure.high)
    return f"{code} {amount}"


def dollar_problem(figure: Figure, context: DollarContext) -> str | None:
    """Why a bare "$" (or "dollars") may not be read as US dollars here (one line), or None.

    It is ambiguous when the context names another dollar currency (``dollar_context``); the
    message names both readings and how to write each."""
    if not bare_dollar(figure) or not context.reasons:
        return None
    code, why = next(iter(context.reasons.items()))
    if code == PESOS:  # "pesos" in the quote: whose, if the story says
        named = [c for c in context.reasons if c in _PESO_CODES]
        if named:
            code, why = named[0], f"{why}; {context.reasons[named[0]]}"
    sign = figure.unit if figure.unit == "$" else figure.unit or "dollars"
    other = NAMES.get(code, code) if code != PESOS else "pesos"
    if code == PESOS:
        ways = (
            f"{written_for('USD', figure)!r}, or for pesos the country's sign or code "
            f"({written_for('MXN', figure)!r}, ARS, CLP, COP ...)"
        )
    else:
        ways = f"{written_for('USD', figure)!r} or {written_for(code, figure)!r}"
    return (
        f"{sign!r} in {figure.text!r} is ambiguous here ({why}): US dollars or {other}? "
        f"write {ways}"
    )


def dollar_reading(figure: Figure) -> str | None:
    """How a bare "$" was read, for people: "$2 billion -> USD 2,000,000,000 (read '$' as US
    dollars)"; None when the figure names its currency."""
    if not bare_dollar(figure):
        return None
    sign = "$" if figure.unit == "$" else figure.unit
    return (
        f"{figure.text} -> USD {format_range(figure.base_low or 0, figure.base_high)} "
        f"(read {sign!r} as US dollars; write MX$, A$, C$ ... or an ISO code for another)"
    )


def earlier_dollars(figure: Figure, held: Iterable[tuple[str, str | None]]) -> str | None:
    """A warning when a figure in another dollar currency ("MX$", "Mexican pesos") joins a
    story whose figures already read a bare "$" as US dollars: ``held`` = (claim id, unit)
    of the story's figures. None when there are none, or the figure is not such a currency."""
    code = _code(figure.dimension)
    if code is None or code == "USD" or code not in DOLLAR_SIGN_CURRENCIES:
        return None
    ids = [claim_id for claim_id, unit in held if (unit or "").lower() in BARE_UNITS]
    if not ids:
        return None
    shown = ", ".join(ids[:5]) + (f" and {len(ids) - 5} more" if len(ids) > 5 else "")
    sign = _SIGN.get(code, code)
    return (
        f"{len(ids)} figure(s) of this story read a bare '$' as US dollars ({shown}): if they "
        f"are {NAMES.get(code, code)}, edit them to {sign}"
    )


# ---------------------------------------------------------------------------------------------
# Signs and names several countries' currencies share, read by the convention of English-
# language news ("Rs" and "rupees" the Indian rupee, "¥" the yen, "rubles" the Russian ruble).
# Each reading is said; it is refused when the claim names another of them (its quote, its web
# address, or the story's figures already in that currency), as a bare "$" is.


class _Shared(NamedTuple):
    code: str  # the currency read
    name: str  # its name, for people
    others: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]]  # code -> (name, words, tlds)


_RUPEES = _Shared(
    "INR",
    "Indian rupees",
    {
        "PKR": ("Pakistani rupees", ("pakistan",), ("pk",)),
        "LKR": ("Sri Lankan rupees", ("sri lanka",), ("lk",)),
        "NPR": ("Nepalese rupees", ("nepal",), ("np",)),
        "MUR": ("Mauritian rupees", ("mauriti",), ("mu",)),
        "SCR": ("Seychellois rupees", ("seychell",), ("sc",)),
    },
)
_YEN = _Shared(
    "JPY",
    "Japanese yen",
    {"CNY": ("Chinese yuan", ("yuan", "renminbi", "rmb", "china", "chinese"), ("cn",))},
)
_RUBLES = _Shared("RUB", "Russian rubles", {"BYN": ("Belarusian rubles", ("belarus",), ("by",))})
SHARED_SIGNS = {"rs": _RUPEES, "rs.": _RUPEES, "rupee": _RUPEES, "rupees": _RUPEES, "¥": _YEN}
SHARED_SIGNS |= {u: _RUBLES for u in ("ruble", "rubles", "rouble", "roubles")}


def _shared(figure: Figure) -> tuple[str, _Shared] | None:
    """(the sign as written, its convention) when the figure read a shared sign by convention."""
    unit = (figure.unit or "").lower()
    convention = SHARED_SIGNS.get(unit)
    if convention is None or figure.dimension != f"currency:{convention.code}":
        return None
    at = figure.text.lower().find(unit)
    return (figure.text[at : at + len(unit)] if at >= 0 else unit), convention


def shared_sign_problem(
    figure: Figure,
    *,
    quote: str | None = None,
    urls: Iterable[str | None] = (),
    held: Iterable[tuple[str, str]] = (),
) -> str | None:
    """Why a shared sign ("Rs", "¥", "rubles") may not be read by convention here (one line),
    or None: the quote names another country of that sign, the web address is on its domain,
    or the story (``held`` = (dimension, where)) already holds figures in its currency."""
    found = _shared(figure)
    if found is None:
        return None
    sign, convention = found
    lowered = (quote or "").lower()
    domains = {_domain(url) for url in urls}
    why: tuple[str, str] | None = None
    for dimension, where in held:
        code = _code(dimension)
        if code in convention.others:
            why = (code, f"{where} holds {code} figures")
            break
    for code, (_name, words, tlds) in convention.others.items():
        if why:
            break
        word = next((w for w in words if re.search(rf"(?<![a-z]){w}", lowered)), None)
        if word:
            why = (code, f"the quote says {word!r}")
        elif domains & set(tlds):
            why = (code, f"the source is on a .{next(iter(domains & set(tlds)))} web address")
    if why is None:
        return None
    code, reason = why
    return (
        f"{sign!r} in {figure.text!r} is ambiguous here ({reason}): {convention.name} or "
        f"{convention.others[code][0]}? write {_sign_written(figure.text, sign, convention.code)!r}"
        f" or {_sign_written(figure.text, sign, code)!r}"
    )


def _sign_written(text: str, sign: str, code: str) -> str:
    """``text`` with its shared sign written as an ISO code: "Rs 500 crore" -> "PKR 500 crore"."""
    edge = r"(?<![^\W\d_])" if sign[0].isalpha() else ""
    pattern = edge + re.escape(sign) + (r"(?![^\W\d_])" if sign[-1].isalpha() else "")
    written = re.sub(pattern, f" {code} ", text, count=1, flags=re.I)
    return " ".join(written.split())


def shared_sign_reading(figure: Figure) -> str | None:
    """How a shared sign was read, for people: "Rs 500 crore -> INR 5,000,000,000 (read 'Rs'
    as Indian rupees; write PKR, LKR ... for another)"; None for any other figure."""
    found = _shared(figure)
    if found is None:
        return None
    sign, convention = found
    others = ", ".join(convention.others)
    return (
        f"{figure.text} -> {convention.code} "
        f"{format_range(figure.base_low or 0, figure.base_high)} (read {sign!r} as "
        f"{convention.name}; write {others} or another ISO code for another)"
    )
