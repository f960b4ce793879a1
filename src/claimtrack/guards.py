"""Guards on a figure before it is stored: it is in its quote; a sign several currencies share
("$", "Rs", "¥", "rubles", "£") is not silently read by convention where the story names
another of its currencies.

A fact-checker publishes what claimtrack stores, so a figure the user did not see in the quote,
or a currency the source did not name, must never go in silently (docs/format.md, "Figures
and their quotes"; docs/figures.md, "Which dollar").

Pure: the standard library and the figure parser's public results (``parse_figure``) only;
the caller (``add``, ``edit``, ``import``) supplies what the store knows.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from types import CodeType, ModuleType
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from claimtrack import change_words as _cw
from claimtrack.measure_words import change_rate_measure, measure_period, over_whole, rate_measure
from claimtrack.quantities import (
    Figure,
    FigureError,
    format_range,
    parse_figure,
    rates_now,
    reading_rates,
)
from claimtrack.quantities import rates as _rates
from claimtrack.quantities.conventions import (
    CONVENTIONS,
    REFUSED_NOUNS,
    Convention,
    by_form,
    quote_literals,
    quote_pattern,
    rivals_by_tld,
)
from claimtrack.quantities.lexicon import _MONTHS
from claimtrack.quantities.lexicon import _TRAILING as _TRAILING_HEDGES
from claimtrack.quote_marks import is_increment, may_name_span, span_mark, span_slug
from claimtrack.quote_marks import whole_places as _whole_places

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
# the words that carry a number on when they follow it ("5" of "5 million", "2" of "2 lakh")
CARRIED_ON = _words(
    """hundred hundreds thousand thousands million millions billion billions trillion trillions
    bn mn mln bln tn trn crore crores lakh lakhs"""
)
_LAST_NUMBER = re.compile(r"(\d[\d.,]*)\s*$")
_MONEY_SIGNS = frozenset("$€£¥₹₽₪₩₺₦₴")
# "per" before a period ("174,000 per month"): a rate, whose amount the checks of a part of a
# larger figure refuse alone, naming the rate; before anything else ("per cent", "per head")
# the number is not the figure's
_PER_PERIOD = re.compile(
    r"\s+(?:hour|day|week|fortnight|month|quarter|year|annum|hr|wk|yr)\b(?![-'’])", re.I
)
_NEXT_WORD = re.compile(r"\s*(%|[a-z]+)", re.I)
# a closing hedge's last word that "than" after it makes the start of a comparison instead
_COMPARATIVES = frozenset(("more", "less", "fewer"))
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
            if not ok and word is not None and word.group(1).lower() == "per":
                # "per cent" scales the number, "per month" makes it a rate: the number is
                # there, and the checks of a part of a larger figure say which ("174,000" of
                # "174,000 per month" is an amount cut from a rate)
                ok = _PER_PERIOD.match(hay, word.end()) is not None
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
    # (the readings given were read as no rate: a claim read as a rate reads its own)
    given = None if rates_now() else (_GIVEN_COMMA if decimal_comma else _GIVEN_DOT).get(text)
    if given is not None:
        return given
    try:
        return parse_figure(text, decimal_comma=decimal_comma)
    except FigureError:
        return None


# Figures read already in another process, by their text (``take_readings``), under each
# reading of a decimal comma: an import's reader process reads each row's figure for the claim
# model, and the writer, working out the rows' quote checks, takes its readings instead of
# reading each text again (docs/performance.md, "perf29"). ``_parse`` looks here first: a
# given reading is the parser's own of that text (the same parser in a forked process), so
# every check answers as it would have.
_GIVEN_DOT: dict[str, Figure] = {}
_GIVEN_COMMA: dict[str, Figure] = {}


def take_readings(readings: tuple[bool, bool, list[tuple[Any, ...]]]) -> None:
    """Hold the figures another process read (``records.readings_of``) for ``_parse``."""
    decimal_comma, fresh, figures = readings
    given = _GIVEN_COMMA if decimal_comma else _GIVEN_DOT
    if fresh:
        given.clear()
    for figure in figures:  # (text, the Figure's fields)
        given[figure[0]] = Figure(*figure[1:])


def forget_readings() -> None:
    """Drop every reading held (``take_readings``): the end of an import."""
    _GIVEN_DOT.clear()
    _GIVEN_COMMA.clear()


# Words after a period that make it a moment ("300 a year earlier", "20 a week ago"), not a
# rate's period.
_MOMENT_AFTER = frozenset(("ago", "earlier", "later", "before", "previously", "prior", "back"))


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
        if self._goes_on(e):  # "$5 million and 5" of "... and 5 million people": no reading
            phrase = ""
        if self._compares_on(e):  # "171 dead and more" of "... and more than 6,000 injured"
            phrase = ""
        if phrase and not (holds_number and s in self.dead):
            try:
                fig = parse_figure(phrase, decimal_comma=self.decimal_comma)
            except FigureError as err:
                if holds_number and str(err).startswith("no figure at the start"):
                    self.dead.add(s)
            if fig is not None and "/" in fig.dimension and self._moment_after(e):
                fig = None  # "300 a year" of "300 a year earlier": no rate, a moment
        self.cache[(s, e)] = fig
        return fig

    def _goes_on(self, e: int) -> bool:
        """Whether the run's last word is a number that the next word carries on ("5" before
        "million"): the run stops inside a number (review16)."""
        return (
            e < self.n
            and self.words[e - 1][-1:].isdigit()
            and self.words[e].rstrip(_TAIL).lower() in CARRIED_ON
        )

    def _compares_on(self, e: int) -> bool:
        """Whether the run ends with a comparative that opens another figure: "171 dead and
        more" of "171 dead and more than 6,000 injured", "12 or fewer than" of "12 or fewer
        than 20 clinics" (the comparative, then "than" and a number): no closing hedge of this
        one ("and more", "or less"), which would read 171 as 171+ (time25)."""
        if e >= self.n or self.breaks[e - 1]:
            return False
        last, after = self.words[e - 1].lower(), self.words[e].strip(_TAIL).lower()
        if last in _COMPARATIVES:
            return after == "than"
        # "12 schools or fewer than" of "... or fewer than 20 clinics": "than" before a number
        return (
            last == "than"
            and e >= 2
            and self.words[e - 2].lower() in _COMPARATIVES
            and _numeric(self.words[e])
        )

    def _moment_after(self, e: int) -> bool:
        """Whether the word after a run makes its period a moment ("a year earlier")."""
        return (
            e < self.n
            and not self.breaks[e - 1]
            and self.words[e].strip(_TAIL).lower() in _MOMENT_AFTER
        )

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
        """A few more words around the run read otherwise: it is part of a larger figure (as
        far back as a figure may start: "twenty" of "as many as twenty")."""
        return self.larger(s, e, fig, _WINDOW_BEFORE) is not None

    def larger(self, s: int, e: int, fig: Figure, back: int = _WIDER_BEFORE) -> Figure | None:
        """The reading of a few more words around the run (up to ``back`` before it) that
        differs from ``fig`` (the larger figure the run is a part of: "more than 4,000"
        around "4,000"), or None."""
        later = [] if self.breaks[e - 1] else self.ends(e - 1, _WIDER_AFTER + 1)[1:]
        for a in self.starts(s, back):
            for b in (e, *later):
                wider = None if (a, b) == (s, e) else self.read(a, b)
                if wider is not None and _key(wider) != _key(fig):
                    return wider
        return None

    def occurrences(self, value: str) -> list[tuple[int, int]]:
        """Where the words of ``value`` stand in the quote as a run (folded as ``fold``
        folds, edge punctuation cut), as (first word, end word)."""
        target = fold(value, self.decimal_comma)
        size = len(_SPACE.sub(" ", value.translate(_QUOTES)).strip().split(" ")) if target else 0
        out = []
        for s in range(self.n - size + 1):
            phrase = " ".join(self.words[s : s + size]).lstrip(_EDGE).rstrip(_TAIL)
            if size and fold(phrase, self.decimal_comma) == target:
                out.append((s, s + size))
        return out


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


def dropped_currency(value: str, quote: str, decimal_comma: bool = False) -> str | None:
    """Why a figure that is not in its quote as written may not be stored: the quote gives
    the same amount as money ("40" for the quote's "$40", "5 million" for its "€5m"), so the
    figure is that amount without its currency. None otherwise (the figure is not money, or
    the quote has no such amount). Asked only of figures not found in their quote. The quote's
    money may also say more around the amount ("about $4.4 million", "$4 million to $5
    million"): the figure's words standing whole inside it are still that amount without its
    currency (papercuts4: `edit`'s "not in the quote" where `add` named the currency)."""
    figure = _parse(value, decimal_comma)
    if figure is None or figure.dimension != "count":  # ("40 km" of "$40": not in it, only)
        return None
    # its words whole, ending the money's amount or one end of its range ("4.4" is no whole
    # amount of "$4.4 million")
    words = re.compile(
        rf"(?<![\w.,]){re.escape(' '.join(value.split()))}(?=$|\s*[-–]|\s+(?:to|and|or)\b)",
        re.I,
    )
    for text, found in quoted_readings(quote, decimal_comma):
        if _money(found.dimension) and (
            (found.low, found.high) == (figure.low, figure.high)
            or words.search(" ".join(text.split())) is not None
        ):
            return _currency_left_out(value, text)
    return None


def changed_currency(value: str, quote: str, decimal_comma: bool = False) -> str | None:
    """Why a money figure that is not in its quote as written may not be stored: the quote
    gives the same amount in another currency ("$3 million" for the quote's "C$3 million",
    "€5m" for its "£5m"), so the figure changes what the quote says. None otherwise. Asked
    only of figures not found in their quote (a shared sign's reading, "$2 billion" read as
    US dollars for a claim's "MX$2 billion", is found there)."""
    figure = _parse(value, decimal_comma)
    if figure is None or not _money(figure.dimension):
        return None
    for text, found in quoted_readings(quote, decimal_comma):
        if (
            _money(found.dimension)
            and found.dimension != figure.dimension
            and (found.low, found.high) == (figure.low, figure.high)
        ):
            return (
                f"the figure {value!r} is in another currency than the quote's {text!r}: give "
                "the figure as the quote says it, or --paraphrase to store the figure as meant"
            )
    return None


def _currency_left_out(value: str, money: str) -> str:
    """The refusal of a figure typed without the currency of the quote's ``money``."""
    return (
        f"the figure {value!r} leaves out the currency of the quote's {money!r}: give the "
        "figure as the quote says it, or --paraphrase to store the figure as meant"
    )


def same_reading(figure: Figure, found: Figure) -> bool:
    """The quote's figure reads as the claim's: the same dimension and the same interval in
    base units. A bare "$" in the quote (read as US dollars) also matches the claim's figure in
    another dollar currency ("MX$2 billion" for a Mexican story's "$2 billion")."""
    if figure.base_low != found.base_low or figure.base_high != found.base_high:
        return False
    if figure.dimension == found.dimension:
        return True
    # the quote's "$2 billion" (read as US dollars) for the claim's "MX$2 billion", its "Rs 500
    # crore" (read as Indian rupees) for "PKR 500 crore": a shared sign holds any of its
    # currencies
    row = _convention(found)
    code = _code(figure.dimension)
    return row is not None and any(r.code == code for r in row.rivals)


# Characters no reader sees (a soft hyphen, a zero-width space, a word joiner, a byte-order
# mark): the quote checks read a quote as it is seen, without them ("12\u00ad000" is 12000
# there, and "12" is not in it); and digits of another script (Arabic-Indic "٤٠٠",
# Devanagari "४००"), which the parser does not read, as the same digits in ASCII ("400" is in
# "٤٠٠ families", as "20" is in "twenty"; "١٬٢٠٠" is "1,200", never "1").
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff\u066b\u066c]|(?![0-9])\\d")
_ARABIC_MARKS = {"\u066b": ".", "\u066c": ","}  # the Arabic decimal and thousands separators


def _unseen(text: str) -> bool:
    """``text`` holds a character ``seen`` changes (every one of them is outside ASCII: most
    quotes are skipped by one fast scan)."""
    return not text.isascii() and _INVISIBLE.search(text) is not None


def seen(text: str) -> str:
    """``text`` as the quote checks read it: without the characters no reader sees, and with
    digits of any script in ASCII (``_INVISIBLE``)."""
    if not _unseen(text):
        return text
    import unicodedata

    return "".join(
        ""
        if c in "\u00ad\u200b\u2060\ufeff"
        else _ARABIC_MARKS.get(c) or str(unicodedata.decimal(c, c))
        for c in text
    )


# A number as written: its digits (grouping left out) and its decimal part, if any.
_WRITTEN_NUMBER = re.compile(r"\d+(?:[,\u2009\u202f' ]\d{3})*(?:[.,]\d+)?")


def _precisions(text: str, decimal_comma: bool) -> list[int]:
    """The significant digits of each number written in digits in ``text`` ("4.0 million": 2,
    "4 million" and "4,000,000": 1, "1.50": 3): trailing zeros of a whole number do not
    count, those after a decimal point do."""
    out = []
    for m in _WRITTEN_NUMBER.finditer(text):
        number = m.group()
        point = "," if decimal_comma else "."
        whole, _, part = number.rpartition(point) if point in number else (number, "", "")
        if point == "," and len(part) == 3 and not decimal_comma:
            whole, part = number, ""  # "4,000": a grouping, not a decimal
        whole = re.sub(r"\D", "", whole)
        digits = (whole + part).lstrip("0")
        if not part:
            digits = digits.rstrip("0")
        out.append(max(1, len(digits)))
    return out


def precision_differs(value: str, found: str, decimal_comma: bool = False) -> bool:
    """``value`` and the quote's ``found``, which read the same amount, write it to another
    precision: "4 million" for the quote's "4.0 million" (or the reverse), "$1.5" for
    "$1.50". A figure stored says what its quote says, to the digit written; numbers written
    in words, or not as many numbers on each side, are not compared."""
    mine, theirs = _precisions(value, decimal_comma), _precisions(found, decimal_comma)
    return bool(mine) and len(mine) == len(theirs) and mine != theirs


def other_precision(value: str, quote: str, decimal_comma: bool = False) -> str | None:
    """Why a figure not in its quote is refused when the quote has its amount written to
    another precision ("4 million" for "4.0 million"): one line naming the quote's words,
    or None."""
    figure = _parse(seen(value), decimal_comma)
    if figure is None:
        return None
    for text, found in quoted_readings(seen(quote), decimal_comma):
        if same_reading(figure, found) and precision_differs(value, text, decimal_comma):
            return (
                f"the figure {value!r} is the quote's {text!r} written to another precision: "
                "give it as the quote says it"
            )
    return None


# a dollar sign written for one currency of the shared "$" ("NZ$", "US$", "A$", "CA$")
_LETTERED_DOLLAR = re.compile(r"(?<![^\W\d_])[A-Z]{1,3}\$")


def figure_in_quote(value: str, quote: str, decimal_comma: bool = False) -> bool:
    """A figure is *in* its quote: its words appear there (``text_in_quote``), or the quote
    holds a figure that reads the same (``same_reading``: "Twenty children" for "20
    children"; never "248" for "217") to the precision written (``precision_differs``:
    never "4 million" for "4.0 million"). A figure the parser cannot read must appear as
    text. Characters no reader sees are left out of both (``seen``)."""
    if _unseen(quote) or _unseen(value):
        return figure_in_quote(seen(value), seen(quote), decimal_comma)
    if text_in_quote(value, quote, decimal_comma):
        return True
    # "at least 14 bodies" of "at least another 14 bodies": the hedge is the figure's, the
    # words that add are said in a warning (``added_warning``)
    view = _without_added(quote)
    if view is not None and text_in_quote(value, view, decimal_comma):
        return True
    figure = _parse(value, decimal_comma)
    if figure is None:
        return False
    if any(
        same_reading(figure, found) and not precision_differs(value, text, decimal_comma)
        for text, found in quoted_readings(quote, decimal_comma)
    ):
        return True
    # "NZ$206.4 million" for the quote's "$206.4 million" where a larger reading holds it
    # ("risen by $8.4 million, from $198 million to $206.4 million", a level after a change,
    # which ``quoted_readings`` reads as a part of the range): the sign as the quote writes
    # it, found as words there and read as the same amount (review27)
    bare = _LETTERED_DOLLAR.sub("$", value)
    if bare != value and text_in_quote(bare, quote, decimal_comma):
        found_bare = _parse(bare, decimal_comma)
        if found_bare is not None and same_reading(figure, found_bare):
            return True
    # "850 flights a day" of "850 flights are usually operated each day": its period later in
    # the clause (``period_apart_problem`` refuses the amount alone)
    if _rate_apart_in_quote(value, quote, decimal_comma):
        return True
    # "5 million lb" for the quote's "5 million pounds", which the parser refuses as money or
    # weight and asks to write as "lb": the quote read with the unit the figure chose
    for unit_word, forms in _SPELLED_OUT:
        if unit_word.search(quote):
            for form in forms:
                spelled = unit_word.sub(form, quote)
                found = quoted_readings(spelled, decimal_comma)
                if any(same_reading(figure, f) for _, f in found):
                    return True
    # "38.1 billion pesos" (which the parser refuses: whose pesos?) is in the quote of a figure
    # that names the country: "38.1 billion Mexican pesos".
    code = _code(figure.dimension)
    word = _SHARED_NAMES.get(code or "")
    if code is None or word is None or not word.search(quote):
        return False
    named = word.sub(code, quote)
    return any(same_reading(figure, found) for _, found in quoted_readings(named, decimal_comma))


# Unit words the parser refuses as ambiguous (quantities/units.py, _REFUSED_UNITS), with the
# forms its message asks for: a figure written in one of them is in a quote that has the word.
_SPELLED_OUT = tuple(
    (re.compile(rf"(?<![\w-]){w}(?![\w-])", re.I), forms)
    for w, forms in (
        ("pounds", ("lb", "pounds sterling")),
        ("pound", ("lb", "pound sterling")),
        ("tons", ("short tons", "long tons", "metric tons", "tonnes")),
        ("ton", ("short ton", "long ton", "metric ton", "tonne")),
        ("nm", ("nautical miles", "nanometres")),
        ("kt", ("knots", "kilotonnes")),
        ("mt", ("megatonnes", "metric tons")),
    )
)


# Currency nouns the parser refuses as the money of several countries (the conventions
# table's REFUSED_NOUNS), by the ISO codes they may stand for: a quote's "pesos" is the
# figure's "Mexican pesos" when the amounts agree.
_SHARED_NAMES = {
    code: re.compile(
        r"(?<![\w-])(?:"
        + "|".join(f for forms, codes in REFUSED_NOUNS if code in codes for f in forms)
        + r")(?![\w-])",
        re.I,
    )
    for code in {c for _, codes in REFUSED_NOUNS for c in codes}
}


# A digit group after a comma and a space ("5,574, 761 votes", "10, 000"): one number whose
# grouping a stray space broke, or two numbers in a list. Either reading is a guess, and the
# wrong one is off a thousandfold (extract shows such a text refused, too).
BROKEN_GROUPS = re.compile(
    r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?=,\s+000\b)),\s+\d{3}(?!\d)(?![.,]\d)"
)


# What every match of ``BROKEN_GROUPS`` holds (its end): a quote without it has none.
_BROKEN_HINT = re.compile(r",\s+\d{3}")

# An amount with a currency sign and no scale, a comma and a space, then a small number with
# a scale ("$281, 7 million"): one amount whose decimal point became a comma and a space
# ($281.7 million), or two figures of a list. Read alone, the first part is off a
# millionfold: shown refused (extract), and neither part is taken alone (add, import).
BROKEN_AMOUNT = re.compile(
    r"(?<![\w.,])(?:[A-Z]{1,3})?[$€£¥₹₽₪₩₺₦₴]\s?\d{1,3}(?:,\d{3})*,\s+\d{1,3}\s?"
    r"(?:thousand|million|billion|trillion|bn|mn|mln|bln|tn|m|b|k|crore|lakh)\b",
    re.IGNORECASE,
)
_AMOUNT_HINT = re.compile(r",\s+\d")


def _digits(text: str) -> set[str]:
    return {re.sub(r"\D", "", n) for n in re.findall(r"\d[\d,.]*", text)}


def broken_grouping(value: str, quote: str) -> str | None:
    """The quote's broken digit grouping that the figure takes one part of ("5,574" or "761"
    of "5,574, 761"), or None."""
    if _BROKEN_HINT.search(quote) is None:  # (the part every such grouping has: cheaper)
        return None
    numbers: set[str] | None = None  # (read only for a quote with such a grouping: rare)
    for m in BROKEN_GROUPS.finditer(quote):
        if numbers is None:
            numbers = _digits(value)
        first, second = m.group().rsplit(",", 1)
        if numbers & {re.sub(r"\D", "", first), second.strip()}:
            return m.group()
    return None


def broken_amount(value: str, quote: str) -> str | None:
    """The quote's amount broken by a comma and a space (``BROKEN_AMOUNT``: "$281, 7
    million") that the figure takes one part of ("$281", "7 million"), or None."""
    if _AMOUNT_HINT.search(quote) is None:
        return None
    for m in BROKEN_AMOUNT.finditer(quote):
        first, second = m.group().rsplit(",", 1)
        if _digits(value) & {re.sub(r"\D", "", first), re.sub(r"\D", "", second)}:
            return m.group()
    return None


def quote_problem(
    value: str | None, quote: str | None, note: str | None, decimal_comma: bool = False
) -> str | None:
    """Why a figure may not be stored with its quote (one line), or None: a figure not in its
    quote, or one part of a number whose digit grouping a space broke, unless its note marks
    it a paraphrase."""
    if not value or not quote or is_paraphrase(note):
        return None
    if figure_in_quote(value, quote, decimal_comma):
        return broken_problem(value, quote)
    return f"the figure {value!r} is not in the quote"


def import_problem(*args: Any, **kwargs: Any) -> tuple[str, bool] | None:
    """What an import says of a figure and its quote, as (one line, refused), or None
    (``import_problem_marked``, the same arguments, without its third field)."""
    found = import_problem_marked(*args, **kwargs)
    return None if found is None else found[:2]


def import_problem_marked(
    value: str | None,
    quote: str | None,
    note: str | None,
    decimal_comma: bool = False,
    dimension: str | None = None,
    change: str | None = None,
    measure: str | None = None,
) -> tuple[str, bool, bool] | None:
    """What an import says of a figure and its quote, as (one line, refused, not in its
    quote), or None: a figure not in its quote or one part of a broken digit grouping
    (``quote_problem``: a warning, a bad line with ``--strict``, and not in its quote as
    ``add`` reads it: the import stores it marked "unchecked", quotes31), or only a part of a
    larger figure there (``cut_problem``: refused, as ``add`` refuses it), unless its note
    marks it a paraphrase; other warnings ("818,000 fewer": a difference) leave the figure in
    its quote. ``dimension``: the figure's, if read already (``stands_whole``). ``change``:
    the figure is logged as a change that way (``change_given_problem``, refused). The quote's
    figures are read as the claim's are: as rates on a measure named for them or of a change
    (``measure_words.over_whole``)."""
    if not value or not quote or is_paraphrase(note):
        return None
    with reading_rates(over_whole(measure, change)):
        return _import_problem(value, quote, note, decimal_comma, dimension, change, measure)


def _import_problem(
    value: str,
    quote: str,
    note: str | None,
    decimal_comma: bool,
    dimension: str | None,
    change: str | None,
    measure: str | None,
) -> tuple[str, bool, bool] | None:
    """``import_problem`` of a figure with a quote, read in its claim's context."""
    if not figure_in_quote(value, quote, decimal_comma):
        dropped = dropped_currency(value, quote, decimal_comma) or changed_currency(
            value, quote, decimal_comma
        )
        if dropped is not None:
            return dropped, True, False
        return (
            other_precision(value, quote, decimal_comma)
            or (f"the figure {value!r} is not in the quote"),
            False,
            True,
        )
    refused, changed = _change_refusal(value, quote, decimal_comma, change, measure)
    if refused is not None:
        return refused, True, False
    low = quote.lower()
    rare = any(w in low for w in _RARE_WORDS)  # cheap: the checks of the rare words below
    # "brings the toll up to 20", "perhaps 35 people"
    raised = _rare_problem(value, quote, decimal_comma) if rare else None
    if raised is not None:
        return raised, True, False
    scale = _scale_cut(value, quote)  # "million people" of "3,5 million people"
    if scale is not None:
        return scale, True, False
    # most figures stand whole among words the parser does not know: no larger figure to read
    whole = stands_whole(value, quote, decimal_comma, dimension) or (
        change is not None and _reaches_level(value, quote, decimal_comma)
    )
    cut = None if whole else cut_problem(value, quote, decimal_comma)
    cut = cut or open_range_problem(value, quote)
    cut = cut or period_apart_problem(value, quote, decimal_comma, measure)
    cut = cut or withdrawn_problem(value, quote)
    if cut is not None:
        return cut, True, False
    named = _named_unless_change(value, quote, decimal_comma, change, measure)
    if named is not None:
        return named, True, False
    left_out = unit_left_out(value, quote, decimal_comma) or currency_before(
        value, quote, decimal_comma
    )
    if left_out is not None:
        return left_out, True, False
    given = unit_given_problem(value, quote, dimension, decimal_comma)
    if given is not None:
        return given, True, False
    if changed is not None and changed.kind == "added":
        return _added_message(quote, changed), False, False
    broken = broken_problem(value, quote)
    if broken is not None:
        return broken, False, True
    rate = rate_warning(value, quote, decimal_comma) if dimension in (None, "share") else None
    if rate is not None and measure:
        rate = None if rate_measure(measure) else rate  # named a rate: read as one
    said = rate or (_rare_warning(value, quote, decimal_comma) if rare else None)
    return None if said is None else (said, False, False)


def _change_refusal(
    value: str, quote: str, decimal_comma: bool, change: str | None, measure: str | None = None
) -> tuple[str | None, ChangeWords | None]:
    """(why the import refuses the figure for its words of change, or None; those words, for
    the warnings after): a change stored as a level, a hedge or a word of a difference left
    out; for a figure logged as a change, ``change_given_problem`` alone. On a rate of change,
    what ``change_problem`` takes for its level is one (``rate_change_level``)."""
    if change is not None:
        return change_given_problem(value, quote, change, decimal_comma), None
    changed = _changed(value, quote, decimal_comma)
    if changed is None:
        return None, None
    if changed.kind == "change":
        if (
            measure is not None
            and change_problem(value, quote, decimal_comma, None, measure) is None
        ):
            return None, None
        return _change_message(quote, changed), changed
    if changed.kind == "hedged":
        return _hedged_message(value, quote, changed), changed
    if changed.kind == "dropped":
        return _dropped_message(value, quote, changed), changed
    return None, changed


# Hedges the parser does not read ("perhaps 35 people"): ``unread_hedge_problem``'s words, and
# the rare words of an import that call for it ("something like" is found by its "like").
_UNREAD_HEDGES = ("perhaps", "possibly", "maybe", "probably", "potentially", "conceivably")

# Any word of the rarer checks of an import (``raised_problem``, ``unread_hedge_problem``,
# ``up_to_warning``, ``per_thing_warning``): a quote with none of them skips them all.
_RARE_WORDS = (
    *("up to", "per ", "each", "apiece", "a head", "a person", "a piece"),
    *_UNREAD_HEDGES,
    "like ",
)


def _rare_problem(value: str, quote: str, dc: bool) -> str | None:
    """What an import refuses of the rarer shapes (``_RARE_WORDS``): "up to" after a verb
    that moved a count, a hedge the parser does not read before an exact figure."""
    return raised_problem(value, quote, dc) or unread_hedge_problem(value, quote, dc)


def _rare_warning(value: str, quote: str, dc: bool) -> str | None:
    """What an import warns of the rarer shapes (``_RARE_WORDS``): "up to" that may be a cap
    or a level, an amount each."""
    return up_to_warning(value, quote, dc) or per_thing_warning(value, quote, dc)


def _strings(
    obj: object, seen: set[int], out: list[str], skip: frozenset[int], names: frozenset[str]
) -> None:
    """Every string held by ``obj`` (containers, patterns, classes, and the constants of
    functions but their messages and the names of the parser's own attributes: a call's
    keywords, ``_Amount(group=...)``, a state, ``last == "group"``)."""
    if id(obj) in seen or id(obj) in skip:
        return
    seen.add(id(obj))
    if isinstance(obj, str):
        out.append(obj)
    elif isinstance(obj, re.Pattern):
        out.append(str(obj.pattern))
    elif isinstance(obj, dict):
        for k, v in obj.items():
            _strings(k, seen, out, skip, names)
            _strings(v, seen, out, skip, names)
    elif isinstance(obj, (list, tuple, set, frozenset)):
        for v in obj:
            _strings(v, seen, out, skip, names)
    elif isinstance(obj, type):
        for name, v in vars(obj).items():
            if not name.startswith("__"):  # (its docstring)
                _strings(v, seen, out, skip, names)
    else:
        function = getattr(obj, "__wrapped__", None) or obj  # (lru_cache)
        function = getattr(function, "__func__", None) or getattr(function, "fget", function)
        code = obj if isinstance(obj, CodeType) else getattr(function, "__code__", None)
        for v in () if code is None else code.co_consts:
            for x in v if isinstance(v, tuple) else (v,):  # (a call's keywords: a tuple)
                if not isinstance(x, str) or not (x in names or _message(x)):
                    _strings(x, seen, out, skip, names)


def _table_strings(table: object) -> list[str]:
    out: list[str] = []
    _strings(table, set(), out, frozenset(), frozenset())
    return out


def _attribute_names(modules: list[ModuleType]) -> frozenset[str]:
    """The names of the attributes of the classes the parser defines (slots, fields)."""
    out: set[str] = set()
    for module in modules:
        for value in vars(module).values():
            if isinstance(value, type) and value.__module__ == module.__name__:
                out.update(getattr(value, "__slots__", ()), getattr(value, "_fields", ()))
                out.update(getattr(value, "__annotations__", {}))
    return frozenset(out)


def _message(text: str) -> bool:
    """A constant of a function that is a message, a piece of one or a docstring, not a word
    it compares: words with a space at an end ("no figure at the start of "), or more than
    three with a mark or a capital among them (a word list to split, "january february
    march ...", has neither)."""
    if _PATTERN_MARKS.search(text):
        return False
    if " " in text and text != text.strip():
        return True
    return len(text.split()) > 3 and any(not (c.islower() or c.isspace()) for c in text)


_PATTERN_MARKS = re.compile(r"\(\?|\\[bsdw]|\||\[\^")


class ParserWords(NamedTuple):
    """The words the figure parser knows (``parser_words``), casefolded."""

    known: frozenset[str]  # every word of its tables and of the constants of its code
    starts: frozenset[str]  # the words a figure may start with, but a hedge's first words
    leading: dict[str, list[tuple[str, ...]]]  # a hedge's first word: its hedges' words
    numbers: frozenset[str]  # the words of the tables of amounts (numbers, scales, few ...)
    continues: frozenset[str]  # what may go on with an amount after it: those, links, ratios
    trailing_words: frozenset[str]  # the words of the closing hedges ("or more")
    units: frozenset[str]  # the words of the unit table (``units._unit_index``)


_PARSER_WORDS: ParserWords | None = None
# The parser's modules that read only what follows the amount (the unit, what is counted).
_AFTER_MODULES = ("claimtrack.quantities.rest", "claimtrack.quantities.units")
# The word table a wheel whose build compiled the figure parser holds beside this module
# (hatch_build.py writes it, from the parser's source, before compiling): compiled functions
# have no code objects whose constants ``read_parser_words`` could read.
PARSER_WORDS_FILE = "parser_words.json"


def parser_words() -> ParserWords:
    """The words the figure parser could know (``read_parser_words``), read once: from the
    table the wheel's build wrote (``PARSER_WORDS_FILE``) where there is one, else from the
    parser's modules, which must then run as their source (not compiled)."""
    global _PARSER_WORDS
    if _PARSER_WORDS is None:
        from pathlib import Path

        table = Path(__file__).with_name(PARSER_WORDS_FILE)
        try:
            text = table.read_text(encoding="utf-8")
        except FileNotFoundError:
            _PARSER_WORDS = read_parser_words()
        else:
            _PARSER_WORDS = parser_words_from_json(text)
    return _PARSER_WORDS


def parser_words_json(words: ParserWords) -> str:
    """``words`` as the build's table holds them: one JSON object of the fields, each set a
    sorted list, ``leading`` in its order (the order its phrases are tried)."""
    import json

    data: dict[str, object] = {k: sorted(v) for k, v in words._asdict().items() if k != "leading"}
    data["leading"] = {k: [list(t) for t in v] for k, v in words.leading.items()}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def parser_words_from_json(text: str) -> ParserWords:
    """The words ``parser_words_json`` wrote."""
    import json

    data = json.loads(text)
    leading = {k: [tuple(t) for t in v] for k, v in data.pop("leading").items()}
    return ParserWords(leading=leading, **{k: frozenset(v) for k, v in data.items()})


def read_parser_words() -> ParserWords:
    """The words the figure parser could know: each run of letters of every string its
    modules hold (tables, patterns, its functions' constants but their messages). A word not
    among them (nor its singular) it reads at most as part of the name of what is counted:
    never as a hedge, a scale, a unit, a currency or a number.

    ``starts``: a phrase may be a figure only if it starts with one of them, with "a" or
    "an" before a word it knows ("a few", "a gallon"), or with the words of a hedge before a
    number (``leading``: "at least", "estimated") followed by such a start (``_may_start``):
    not the words of the modules that read only what follows the amount (``_AFTER_MODULES``:
    the unit, what is counted) and of the tables only they read (determiners, pronouns,
    comparatives, rate words, hedge words inside a unit; "the", "that"), nor the hedges'.
    ``numbers``: the single words of the lexicon's tables of amounts (an amount holds a digit
    or one of them); ``continues``: what may go on with an amount right after it (those,
    links, ratios, scales, closing hedges); ``trailing_words``: the closing hedges' words.
    Any other word after a count is read as what it counts: the same amount (the unit table
    holds no count), another dimension, or refused (``_may_read_more``).

    The parser must run as its source: a compiled function keeps no constants to read (a
    wheel that compiles it holds a table of these words instead: ``parser_words``)."""
    import importlib
    import pkgutil

    import claimtrack.quantities as package
    from claimtrack.quantities import lexicon
    from claimtrack.quantities.units import _unit_index

    modules = [package] + [
        importlib.import_module(f"{package.__name__}.{info.name}")
        for info in pkgutil.iter_modules(package.__path__)
    ]
    compiled = [m.__name__ for m in modules if not str(m.__file__).endswith(".py")]
    if compiled:
        raise RuntimeError(
            f"the figure parser's words cannot be read from compiled modules ({compiled[0]}),"
            f" and this install has no {PARSER_WORDS_FILE}: reinstall claimtrack"
        )
    unit_only = (
        lexicon._HEDGE_WORDS,
        lexicon._DETERMINERS,
        lexicon._PRONOUNS,
        lexicon._COMPARATIVES,
        lexicon._RATE_WORDS,
        lexicon._MONTHS,
    )
    hedges = (lexicon._HEDGES, lexicon._LEADING, lexicon._TRAILING, lexicon._NONE)

    # The package's loaders replace themselves with the reader's functions on their first call
    # (quantities/__init__): read the words as they stand after that, so that they are the
    # same whatever this process has read before (a process that had read a figure found
    # other functions in the package than one that had not).
    package.parse_figure("1")
    package.unit_dimension("people")
    attributes = _attribute_names(modules)

    def words(skip: tuple[object, ...], apart: tuple[str, ...] = ()) -> frozenset[str]:
        out: list[str] = []
        seen: set[int] = set()
        ids = frozenset(map(id, skip))
        for module in modules:
            if module.__name__ in apart:
                continue
            for name, value in vars(module).items():
                if not name.startswith("__") and getattr(value, "__module__", "") not in apart:
                    _strings(value, seen, out, ids, attributes)
        return frozenset(w.casefold() for text in out for w in _LETTERS.findall(text))

    currencies = (
        lexicon._PREFIX_DOLLARS,
        lexicon._PREFIX_WORDS,
        lexicon._SIGNS,
        lexicon._CODES,
    )
    not_numbers = frozenset(
        map(id, (*unit_only, *hedges, lexicon._MEASURE_ADJECTIVES, *currencies))
    )
    leading: dict[str, list[tuple[str, ...]]] = {}
    for first, entries in lexicon._LEADING.items():
        leading[first.casefold()] = [tuple(t.casefold() for t in toks) for toks, _ in entries]
    return ParserWords(
        known=words(()),
        starts=words((*unit_only, lexicon._MEASURE_ADJECTIVES, *hedges), _AFTER_MODULES)
        | frozenset(w.casefold() for w in lexicon._NONE),
        leading=leading,
        # an amount holds a digit or one of them: the single words of the tables of
        # amounts (a phrase's others, "a", "of", "and", come with one of those)
        numbers=frozenset(
            text.casefold()
            for table in vars(lexicon).values()
            if isinstance(table, (dict, frozenset, set)) and id(table) not in not_numbers
            for text in _table_strings(table)
            if _LETTERS.fullmatch(text)
        ),
        continues=words((*unit_only, lexicon._LEADING, lexicon._NONE), _AFTER_MODULES),
        units=frozenset(
            w.casefold()
            for first, entries in _unit_index().items()
            for text in (first, *(t for toks, _ in entries for t in toks))
            for w in _LETTERS.findall(text)
        ),
        trailing_words=frozenset(
            t.casefold()
            for entries in lexicon._TRAILING.values()
            for toks, _ in entries
            for t in toks
        ),
    )


_LETTERS = re.compile(r"[^\W\d_]+")
_ASCII_WORD = re.compile(r"[A-Za-z]+")


def stands_whole(
    value: str, quote: str, decimal_comma: bool = False, dimension: str | None = None
) -> bool:
    """A cheaper way to the answer "``cut_problem`` finds nothing" for most figures: True
    when the figure's words stand, as written, in a run of the quote's words
    (``_Runs.occurrences``) that no larger run around it (``_Runs.larger``: up to
    ``_WINDOW_BEFORE`` words before, ``_WIDER_AFTER`` after, not across a clause break)
    reads as another amount. The parser is asked only about the larger runs that may read
    otherwise (``parser_words``): not those that start with a word no figure starts with
    (refused), nor, for a count, those that only add after it words that are read as what
    it counts (the same amount). False: ask ``cut_problem``. ``dimension``: the figure's,
    when the caller has read it (the decimal comma read either way: a reading gives the
    same dimension or none); else the figure is read here."""
    if value not in quote:
        return False
    own = value.translate(_QUOTES).split(" ")
    if own != value.split() or own[0][:1] in _EDGE or own[-1][-1:] in _TAIL:
        return False  # (spaced otherwise, or with marks its runs would cut: ask cut_problem)
    runs = _Around(value, decimal_comma)  # the figure, read on first need
    if dimension is None:
        fig = runs.figure()
        if fig is None:
            return True  # (cut_problem judges only a figure the parser reads)
        dimension = fig.dimension
    plain = quote.isascii() and "`" not in quote  # (nothing for _QUOTES to change)
    size, last = len(own), own[-1]
    # a count whose words end with its amount: the word after them may go on with it
    # ("4,000 million", "4,000 to 5,000", "one in five", "250 or so"); None: not a count
    amount_last = None if dimension != "count" else bool(_word_class(last) & _NUMBER)
    # Each place the figure's text stands whole words (``_Runs.occurrences``: the quote's
    # words split on any whitespace, as ``_SPACE``): the words within reach around it.
    for place, end in _places(quote, value):
        before = quote[:place].rsplit(None, _WINDOW_BEFORE)
        if len(before) > _WINDOW_BEFORE:
            del before[0]
        after = quote[end:].split(None, _WIDER_AFTER)
        if len(after) > _WIDER_AFTER:
            del after[-1]
        core = quote[place:end].split()  # the figure's words, with those marks
        words = [*before, *core, *after]
        if not plain:
            words = [w.translate(_QUOTES) for w in words]
        # a mark after the figure's last word stays inside a longer run: read each
        marked = core[-1] != own[-1]
        runs.words = words
        if _whole_at(words, len(before), len(before) + size, amount_last, runs.other, marked):
            return True
    return False


class _Around:
    """``stands_whole``'s figure, read on first need, and the words around one place of it.
    (A class, not two nested functions: compiled with mypyc, nested functions and the
    frame they share hold each other, garbage left for the cyclic collector at every call,
    which an import runs without.)"""

    def __init__(self, value: str, decimal_comma: bool) -> None:
        self.value = value
        self.decimal_comma = decimal_comma
        self.read: list[Figure | None] = []
        self.words: list[str] = []

    def figure(self) -> Figure | None:
        if not self.read:
            self.read.append(_parse(self.value, self.decimal_comma))
        return self.read[0]

    def other(self, a: int, b: int) -> bool | None:
        """Whether words a..b-1 read another amount (``_Runs.larger``): None if not; else
        whether it is a larger figure of the same thing (``_says_more``)."""
        fig = self.figure()
        words = self.words
        if fig is None or _hedge_then_no_amount(words, a, b):
            return None
        wider = _parse(" ".join(words[a:b]).lstrip(_EDGE).rstrip(_TAIL), self.decimal_comma)
        if wider is None or _key(wider) == _key(fig):
            return None
        return _says_more(wider, fig, self.value)


def _hedge_then_no_amount(words: list[str], a: int, b: int) -> bool:
    """Whether the parser refuses the run of words a..b-1 (its edge marks cut) for the
    reason most of the runs the gate asks about are refused: it starts with the words of a
    hedge before a number ("estimated", "at least"; the parser takes the longest one its
    table holds, and nothing else, wherever one stands first) and the word after them is no
    word an amount may start with ("estimated that ..."). A cheap answer in place of the
    parser's (which tokenises the run and words a message); False: not known, ask it.

    Only plain words of ASCII letters are read (the parser's tokens of such words are the
    words in lower case); a hedge that might run on past them, a next word that is a number
    word, "a" or "an", another hedge's first word or one a figure may start with (a
    currency, "between"), is left to the parser."""
    first = words[a].lstrip(_EDGE)
    if not first.isascii():
        return False
    phrases = parser_words().leading.get(first.casefold())
    if phrases is None:
        return False
    said: list[str] = []  # the run's first plain words, casefolded
    for k in range(a, min(b, a + max(map(len, phrases)) + 1)):
        word = first if k == a else words[k]
        if k == b - 1:
            word = word.rstrip(_TAIL)
        if _ASCII_WORD.fullmatch(word) is None:
            break
        said.append(word.casefold())
    for tokens in phrases:  # (longest first, as the parser tries them)
        size = len(tokens)
        if size >= len(said):
            if tuple(said) == tokens[: len(said)]:
                return False  # it may match, up to or past the plain words: not known
            continue
        if tuple(said[:size]) == tokens:
            return not _word_class(said[size]) & (_START | _ARTICLE | _HEDGE | _NUMBER)
    return False


def _places(quote: str, value: str) -> Iterator[tuple[int, int]]:
    """Where the figure's text stands as whole words of the quote (``_Runs.occurrences``),
    with the marks a run's edges cut around it ("(4 km)."): (start, end) in the quote."""
    at = quote.find(value)
    while at >= 0:
        place, end = at, at + len(value)
        at = quote.find(value, at + 1)
        while place and quote[place - 1] in _EDGE:
            place -= 1
        while end < len(quote) and quote[end] in _TAIL:
            end += 1
        if not (place and not quote[place - 1].isspace()) and not quote[end : end + 1].strip():
            yield place, end


def _whole_at(
    words: list[str],
    s: int,
    e: int,
    amount_last: bool | None,
    other: Callable[[int, int], bool | None],
    marked: bool = False,
) -> bool:
    """``cut_problem`` finds the figure's words s..e-1 whole here: no larger run around them
    reads another amount (``other``), or the first that does, in ``_Runs.larger``'s order,
    is no larger figure of the same thing ("5 km" of "5 km long"). The runs left out are
    refused or read the same amount, or another dimension (which is no larger figure
    either): when the first found is a larger figure, one left out before it might have
    been found first, and the answer is ``cut_problem``'s (False)."""
    # One pass over the words around the figure's (``_Runs.starts``, ``_Runs.ends``): where a
    # run may start (up to ``_WINDOW_BEFORE`` words before, not across a clause break) and
    # what its first words may be (their opening marks cut); where it may end (e, and up to
    # ``_WIDER_AFTER`` words after, up to a clause break) and what the words added may be (the
    # last with its closing marks cut). The common case: no word around that a larger figure
    # could be made of.
    # (``_CLASSES.get`` written out each time: compiled, a dict's own get, not a call of a
    # bound method held in a local)
    a, starting, stop = s, 0, max(0, s - _WINDOW_BEFORE)
    while a > stop:
        word = words[a - 1]
        c = _CLASSES.get(word)
        if (_word_class(word) if c is None else c) & _BREAK:
            break
        a -= 1
        cut = word.lstrip(_EDGE)
        c = _CLASSES.get(cut)
        starting |= _word_class(cut) if c is None else c
    ends, going, next_word = [e], 0, 0
    if not _word_class(words[e - 1]) & _BREAK:
        last = min(len(words), e + _WIDER_AFTER)
        for b in range(e, last):
            word = words[b]
            c = _CLASSES.get(word)
            if c is None:
                c = _word_class(word)
            if b == e:
                next_word = c
            ends.append(b + 1)
            if c & _BREAK or b + 1 == last:  # the run's last word: its closing marks cut
                cut = word.rstrip(_TAIL)
                going |= c if cut is word else _word_class(cut)
                break
            going |= c
    changes = _CHANGES_UNIT if amount_last is None else _NUMBER | _TRAILING | _PERIOD
    more = len(ends) > 1 and bool(
        marked or going & changes or (amount_last and next_word & _GOES_ON)
    )
    may_start = bool(starting & (_START | _ARTICLE | _HEDGE))
    for p in range(a, s + 1):  # (``_Runs.larger``'s order: from the farthest start)
        if p < s and may_start and _may_start(words, p, s):
            found = next((f for b in ends if (f := other(p, b)) is not None), None)
        elif p == s and more:
            found = next(
                (
                    f
                    for b in ends[1:]
                    if (marked or _may_read_more(words, s, e, b, amount_last))
                    and (f := other(s, b)) is not None
                ),
                None,
            )
        else:
            continue
        if found is not None:
            return not found
    return True


# What ``stands_whole`` needs to know of a word of a quote, as bits (``_word_class``).
_BREAK = 1  # it ends a clause (``_Runs.breaks``)
_KNOWN = 2  # the parser knows it (``ParserWords.known``), or it is no plain word
_START = 4  # a figure may start with it (``starts``)
_GOES_ON = 8  # it may go on with an amount after it (``continues``)
_NUMBER = 16  # an amount's (``numbers``)
_TRAILING = 32  # a word of a closing hedge (``trailing_words``)
_ARTICLE = 64  # "a" or "an" ("a few", "a gallon")
_HEDGE = 128  # the first word of a hedge before a number (a key of ``leading``)
_UNIT = 256  # a word of the unit table (``units``)
_PERIOD = 512  # a word of a rate's period ("day", "annum", "weekly": ``rates.PERIOD_NOUNS``)
# what a word after a figure in a unit (not a count) must be to change its amount
_CHANGES_UNIT = _GOES_ON | _NUMBER | _TRAILING | _UNIT | _PERIOD
_CLASSES: dict[str, int] = {}
# (``rates`` is stdlib-only and small: its words are the same whatever the parser loads)
_PERIOD_WORDS = frozenset((*_rates.PERIOD_NOUNS, *_rates.PERIOD_ADVERBS))


def _word_class(word: str) -> int:
    got = _CLASSES.get(word)
    if got is None:
        if len(_CLASSES) > 100_000:
            _CLASSES.clear()
        got = _CLASSES[word] = _classify(word)
    return got


def _classify(word: str) -> int:
    """``_word_class`` worked out: a word that is not plain ASCII letters may be anything."""
    known = parser_words()
    w = word.casefold()
    got = (
        _BREAK * (word.rstrip(".\"'")[-1:] in _BREAKS)
        | _TRAILING * (w in known.trailing_words)
        | _ARTICLE * (w in ("a", "an"))
        | _HEDGE * (w in known.leading)
        | _PERIOD * (w in _PERIOD_WORDS)
    )
    if _ASCII_WORD.fullmatch(word) is None:
        return got | _KNOWN | _START | _GOES_ON | _NUMBER | _UNIT | _PERIOD
    forms = _forms(w)
    for bit, words in (
        (_KNOWN, known.known),
        (_START, known.starts),
        (_GOES_ON, known.continues),
        (_NUMBER, known.numbers),
        (_UNIT, known.units),
    ):
        if any(f in words for f in forms):
            got |= bit
    return got


def _forms(w: str) -> tuple[str, ...]:
    """A casefolded word and the words it may be a plural of, as the parser makes them
    ("thirds", "pennies"), of a stem of three letters or more ("was" is no plural of the
    watt's "w")."""
    if not w.endswith("s") or len(w) < 4:
        return (w,)
    return (w, w[:-1], w[:-3] + "y", *((w[:-2],) if len(w) > 4 else ()))


def _may_start(words: list[str], p: int, s: int) -> bool:
    """Whether a run from word p (before the figure's, at s) may be a figure: not when it
    starts with a word no figure starts with, with "a" or "an" before a word the parser
    does not know ("an official said"), or with a hedge's words followed by a word no figure
    starts with ("estimated that ..."). A run's first word has its opening marks cut."""
    word = words[p].lstrip(_EDGE)
    w = word.casefold()
    if w in ("a", "an") and p + 1 < s:
        return bool(_word_class(words[p + 1]) & _KNOWN)
    if _word_class(word) & _START:
        return True
    phrases = parser_words().leading.get(w)
    if phrases is None:
        return False
    for tokens in phrases:
        q = p + len(tokens)
        if q > s:  # (the hedge would run into the figure's words)
            if q - p > 1 and not _not_these(words[p + 1 : q], tokens[1:]):
                return True
            continue
        said = [x.casefold() for x in words[p + 1 : q]]
        matched = said == list(tokens[1:]) or not all(_ASCII_WORD.fullmatch(x) for x in said)
        if matched and (q == s or _may_start(words, q, s)):
            return True
    return False


def _not_these(said: list[str], tokens: tuple[str, ...]) -> bool:
    """Whether the quote's words ``said`` surely are not a hedge's words ``tokens`` ("the
    10,000 people" is not "the better part of"): plain ASCII words, all there, that differ.
    False: they may be (a mark or a letter the parser folds, or the quote ends first)."""
    for word, token in zip(said, tokens, strict=False):
        if any(c.isdigit() for c in word):
            return True  # a number is no word of a hedge
        if _ASCII_WORD.fullmatch(word) is None:
            return False  # a mark or a letter the parser folds: not known
        if word.casefold() != token:
            return True
    return False


def _may_read_more(words: list[str], s: int, e: int, b: int, amount_last: bool | None) -> bool:
    """Whether the run of words s..b-1, a count's words (s..e-1) and words after them, may
    read another amount than the count's own: when the count ends with its amount and the
    word after it may go on with it (a scale, a range's link, a ratio, a closing hedge: not
    a unit, which reads another dimension, nor a word only the unit's reading knows); when a
    word added may be a number (a range's end: "to 20,000 people"); when the run ends with a
    closing hedge ("or more", "and above"). Other words are read as what it counts (the unit
    table holds no count). Not a count (``amount_last`` None): any word that may go on with
    an amount, or of the unit table (another unit of its kind); the others only name what
    the amount is of ("$5 million was pledged")."""
    added = words[e:b]
    added[-1] = added[-1].rstrip(_TAIL)  # (the run's last word: its closing marks cut)
    classes = [_word_class(w) for w in added]
    if amount_last is None:
        return any(c & _CHANGES_UNIT for c in classes)
    if amount_last and classes[0] & _GOES_ON:
        return True
    if any(c & (_NUMBER | _PERIOD) for c in classes):
        return True  # a range's end, or a period: "20 people a day" is a rate, not a count
    if not any(c & _TRAILING for c in classes):
        return False
    _match, _normalise, _tokens = _tokenizer()
    toks = _tokens(_normalise(" ".join(words[s:b]).lstrip(_EDGE).rstrip(_TAIL)))
    return any(
        (t := _match(_TRAILING_HEDGES, toks, k)) is not None and t[1] == len(toks)
        for k in range(1, len(toks))
    )


# The parser's tokenizer (``quantities.tokens``: ``_match``, ``_normalise``, ``_tokens``) and
# its unit table (``quantities.units``: ``_unit_index``, ``POINT_WORDS``), imported on first
# use (a command that loads this module need not load them) and kept here: compiled, an import
# statement in a function is a call into the import system each time it runs (8,000
# instructions; the import's checks ran 6,600 of them in 20,000 lines: docs/performance.md,
# round 22).
_TOKENIZER: Any = None
_UNITS: Any = None


def _tokenizer() -> Any:
    global _TOKENIZER
    if _TOKENIZER is None:
        from claimtrack.quantities.tokens import _match, _normalise, _tokens

        _TOKENIZER = (_match, _normalise, _tokens)
    return _TOKENIZER


def _unit_table() -> Any:
    """(``units._unit_index``, ``units.POINT_WORDS``)."""
    global _UNITS
    if _UNITS is None:
        from claimtrack.quantities.units import POINT_WORDS, _unit_index

        _UNITS = (_unit_index, POINT_WORDS)
    return _UNITS


# a hyphen that joins a word to the word before it ("million-dollar", "3-million"), not a
# range's ("10-20") nor a minus sign
_JOINED = re.compile(r"(?<=\w)-(?=[^\W\d_])")


# the scales written as words (``_SCALE_AFTER`` less its abbreviations): a figure may open
# with one ("million people"); ``extract`` shows a number refused before one
SCALE_WORDS = _words("hundred thousand million billion trillion lakh lakhs crore crores")
_NUMBER_BEFORE = re.compile(r"\d[\d.,\u202f]*\s+$")


def _scale_cut(value: str, quote: str) -> str | None:
    """Why a figure that opens with a scale word ("million people") may not be stored: in its
    quote a number stands right before it wherever it stands ("3,5 million people", a number
    the parser refuses alone), so it is the end of a larger figure, not a million."""
    first = value.split(maxsplit=1)[0].lower() if value.strip() else ""
    if first not in SCALE_WORDS:
        return None
    places = _whole_places(value, quote)
    cut = [(s, e) for s, e in places if _NUMBER_BEFORE.search(quote, max(0, s - 24), s)]
    if not places or len(cut) < len(places):
        return None
    s, e = cut[0]
    number = _NUMBER_BEFORE.search(quote, max(0, s - 24), s)
    assert number is not None
    return (
        f"the figure {value!r} leaves out the number before it in its quote"
        f" ({quote[number.start() : e]!r}): give the whole figure (with --decimal-comma for a"
        " decimal comma), or --paraphrase to store the figure as meant"
    )


def cut_problem(value: str, quote: str, decimal_comma: bool = False) -> str | None:
    """Why a figure whose words are in its quote may not be stored as it is: wherever they
    stand, they are only a part of a larger figure that reads another amount ("4,000" of
    "more than 4,000", "5 million" of "up to 5 million", "20,000" of "20,000 to 25,000"):
    stored, its interval would not be what the quote says. None when they stand whole
    somewhere in the quote (or are not found word for word: other checks judge those)."""
    fig = _parse(value, decimal_comma)
    if fig is None:
        return None
    runs = _Runs(quote, decimal_comma)
    found = runs.occurrences(value)
    if not found and _JOINED.search(quote):
        # its words end inside a hyphened word: "3 million" of "a 3 million-dollar deal" is
        # read as the quote says it with the hyphen a space ("3 million dollar": money)
        runs = _Runs(_JOINED.sub(" ", quote), decimal_comma)
        found = runs.occurrences(value)
    # as far back as a figure may start: "as many as 178", "between 4.5 and 5.5 billion"
    wider = [runs.larger(s, e, fig, _WINDOW_BEFORE) for s, e in found]
    wider = [w if w is not None and _says_more(w, fig, value) else None for w in wider]
    # "4,000 people a day after the vote": a time told, no rate (extract46, as extract reads it)
    wider = [None if w is not None and _time_after_rate(quote, w) else w for w in wider]
    # "bringing the death count up to 20": the count brought to 20, not "up to 20" (0-20)
    wider = [None if _raised_to(runs, s) else w for (s, _e), w in zip(found, wider, strict=True)]
    # "went down by 0.1% to 3.1%": the level the change reached, not the range 0.1-3.1%
    if any(w is not None and w.hedge == "range" for w in wider):
        levels = {
            a
            for a, b in _places(quote, value)
            if level_after_change(quote, a) or level_before_change(quote, a, b)
        }
        if levels:
            return None
    if not found or any(w is None for w in wider):
        return None
    whole = next(w for w in wider if w is not None)
    unclear = next((v for s, _e in found if (v := _copula_up_to(runs.words, runs.breaks, s))), None)
    if unclear is not None and whole.hedge == "up to":
        said = f"{unclear} up to {value}"
        return (
            f"the figure {value!r} leaves out the 'up to' of the quote's {said!r}, which may"
            f" be a cap ({format_range(whole.low, whole.high)}) or the"
            " level a count reached: claimtrack cannot tell; give 'up to ...' for a cap, or"
            " --paraphrase to store the figure as the level"
        )
    if _money(whole.dimension) and not _money(fig.dimension):
        return _currency_left_out(value, whole.text)
    if whole.dimension != fig.dimension:  # a rate: "20 people a day"
        return (
            f"the figure {value!r} is a part of the quote's {whole.text!r}, an amount per "
            "period, not an amount: give the whole figure as the quote says it, or --paraphrase"
            " to store the figure as meant"
        )
    return (
        f"the figure {value!r} is a part of the quote's {whole.text!r} "
        f"({format_range(whole.low, whole.high)}), which says another amount: give the whole "
        "figure as the quote says it, or --paraphrase to store the figure as meant"
    )


# -- a period said apart from its amount ------------------------------------------------------
# "850 flights are usually operated each day", "19,000 barrels of oil were leaking each day":
# the amount's period stands later in its clause, not right after it, so the parser reads no
# larger figure there (``cut_problem``) and the bare amount would go in as a total. The period
# is its lead and noun ("a day", "each week", "per year", "every month") or an adverb closing a
# clause ("operated daily."), within a few words of the amount, in its clause (no sentence
# end, no semicolon or colon, no comma and a conjunction, no other number between). Not one
# span ("in a day", "over a year": a total over it), nor a moment ("a day later", "a year
# ago", "a day after the flood").
_PERIOD_LEAD = r"(?:an?|per|each|every)"
_PERIOD_APART = re.compile(
    rf"(?<![\w-])(?:(?P<before>\w+)\s+)?{_PERIOD_LEAD}\s+(?P<noun>hour|day|week|month|year|annum)"
    r"(?![\w-])(?!\s+(?:after|before|earlier|later|ago|old|long|or\b|and\s+a\s+half))"
    r"|(?<![\w-])(?P<adverb>hourly|daily|weekly|monthly|yearly|annually)"
    r"(?=\s*(?:[,.;:!?)\]\"'”’]|$|and\b|but\b))",
    re.IGNORECASE,
)
# where a figure's clause ends: a sentence's end, a semicolon, a colon, a dash between
# spaces, a comma before a conjunction or a relative word, or another number
_CLAUSE_END = re.compile(
    r"[.!?;:](?:\s|$)|\s[—–-]\s|,\s*(?:and|but|while|whereas|although|though|as|since"
    r"|because|which|who|when|after|before|with|yet|so)\b|\d",
    re.IGNORECASE,
)
_PERIOD_WORDS_MAX = 10  # words between an amount and its period, at most
# The import's first look at a quote for a period said apart (``_may_say_period``): what every
# match of ``_PERIOD_APART`` holds, in any part of a quote (its lead and noun, or its adverb;
# no boundary, which a clause cut out of the quote may not keep), found by a search of the
# quote lowered, and only in one that holds a word of a period: most hold none. (It was any of
# the parser's 17 period words in the quote lowered, which "days", "Monday", "three" and
# "Syria" hold: a quarter of the generated figures went on to the full check.)
_PERIOD_SAID_TEXT = (
    rf"{_PERIOD_LEAD}\s+(?:hour|day|week|month|year|annum)|hourly|daily|weekly|monthly|yearly"
    "|annually"
)
_PERIOD_SAID = re.compile(_PERIOD_SAID_TEXT, re.IGNORECASE)
_PERIOD_SAID_LOWER = re.compile(_PERIOD_SAID_TEXT)
_PERIOD_STEMS = ("hour", "day", "week", "month", "year", "annum", "annual", "daily")
# dimensions a period apart is not read for: shares and ratios (a rate of change, refused by
# the parser), durations ("8 hours, five days a week" is working time) and what is already
# per unit of time
_NO_PERIOD_APART = ("share", "pp", "ratio", "duration", "speed", "power")


def period_after(quote: str, end: int) -> tuple[str, str] | None:
    """The period said later in the clause of an amount ending at ``end`` of ``quote`` ("850
    flights are usually operated each day" -> ("day", "each day")), as (the period's name,
    the words), or None."""
    stop = _CLAUSE_END.search(quote, end)
    clause = quote[end : stop.start() if stop else len(quote)]
    for m in _PERIOD_APART.finditer(clause):
        if len(clause[: m.start()].split()) > _PERIOD_WORDS_MAX:
            return None
        if m.group("adverb"):
            # (case-blind, the pattern reads "daıly" too, which the parser knows as no period)
            adverb = _rates.PERIOD_ADVERBS.get(m.group("adverb").lower())
            if adverb is None:
                continue
            return adverb, m.group("adverb")
        before = (m.group("before") or "").lower()
        if before in _SPAN_BEFORE:
            continue  # "in a day": one span
        noun = m.group("noun").lower()
        lead = m.group(0).split()[-2].lower()
        name = _rates.period_after(lead, noun)
        if name is not None:
            start = m.start() + (len(m.group("before")) + 1 if m.group("before") else 0)
            return name, clause[start : m.end()].strip()
    return None


# words before "a day" that make it one span, a length of time or a moment, not each period
# ("in a day", "by about a week", "up to a year", "the same day")
_SPAN_BEFORE = frozenset(
    (
        *("in", "within", "over", "for", "during", "after", "inside", "under", "across"),
        *("throughout", "on", "than", "half", "same", "one", "the", "this", "that", "next"),
        *("last", "by", "about", "around", "roughly", "nearly", "almost", "just", "only"),
        *("least", "most", "some", "up", "to", "from", "until", "till", "since", "of"),
    )
)


def period_apart_problem(
    value: str, quote: str, decimal_comma: bool = False, measure: str | None = None
) -> str | None:
    """Why an amount may not be stored as it is: wherever it stands whole in its quote, the
    quote says its period later in its clause ("850 flights are usually operated each day"):
    an amount per period, which stored as an amount would be set against totals of its
    measure as a count of one kind. None when it stands somewhere with no period after it,
    when the figure is a rate already ("850 flights a day"), or when its measure names the
    period (``measure_period``: "daily-flights" holds amounts of a day)."""
    # cheap, and first: most quotes say no period at all (``_PERIOD_SAID``); the measure's
    # name is read only for a quote that may
    if not _may_say_period(quote) or measure_period(measure) is not None:
        return None
    fig = _parse(value, decimal_comma)
    if fig is None or not period_apart_reads(fig.dimension):
        return None
    places = _whole_places(value, quote)
    said = [period_after(quote, end) for _start, end in places]
    if not said or any(p is None for p in said):
        return None
    name, words = next(p for p in said if p is not None)
    return period_apart_why(value, name, words)


def period_apart_why(value: str, name: str, words: str) -> str:
    """Why ``value`` is refused as an amount when its clause says its period later
    (``period_after``): `add`'s reason and extract's, in the same words."""
    per = _rates.per_text(_rates.period(name).name) if name != "hour" else " an hour"
    return (
        f"the figure {value!r} is said per period in its quote ({words!r} later in its"
        f" clause): an amount per period, not an amount; give {value + per!r}, or a measure"
        " that names the period, or --paraphrase to store the figure as meant"
    )


def period_apart_reads(dimension: str) -> bool:
    """Whether a figure of ``dimension`` is one a period said apart from it makes a rate (not
    a share, a ratio, a span of time or a rate already)."""
    return dimension not in _NO_PERIOD_APART and _rates.split_rate(dimension)[1] is None


def _rate_apart_in_quote(value: str, quote: str, decimal_comma: bool) -> bool:
    """Whether a rate ("850 flights a day") is in its quote with its period said later in
    the clause ("850 flights are usually operated each day"): its amount's words stand there
    followed, in their clause, by words of the same period."""
    m = _RATE_TAIL.search(value)
    if m is None:
        return False
    amount = value[: m.start()].rstrip()
    fig = _parse(value, decimal_comma)
    if not amount or fig is None or _rates.split_rate(fig.dimension)[1] is None:
        return False
    name = _rates.PERIOD_ADVERBS.get(m.group(0).strip().lower())
    if name is None:
        words = m.group(0).split()
        name = _rates.period_after(words[0].lower(), words[1].lower())
    for _start, end in _whole_places(amount, quote):
        got = period_after(quote, end)
        if got is not None and got[0] == name:
            return True
    return False


_RATE_TAIL = re.compile(
    rf"\s+(?:{_PERIOD_LEAD}\s+(?:hour|day|week|month|year|annum)|hourly|daily|weekly"
    r"|monthly|yearly|annually)\s*$",
    re.IGNORECASE,
)


# -- a figure its quote says was withdrawn -----------------------------------------------------
# "the ministry withdrew its earlier figure of 300", "its estimate of 300, which was later
# retracted": the quote gives the figure as taken back, not as claimed. Stored, it would stand
# as the claimant's position beside the figure that replaced it (a dispute of the claimant with
# itself, or a reversal). A verb of taking back, then in the same clause (no comma, no sentence
# end) a noun of a count and the figure ("figure of 300", "toll of 300"); or the figure, then
# "was withdrawn" or "which was later retracted". Not "withdrew 300 troops" (no noun of a
# count: an amount withdrawn).
_WITHDRAWN_BEFORE = re.compile(
    r"\b(?:withdr[ae]w\w*|retract\w*|rescind\w*|disown\w*|took\s+back|taken\s+back"
    r"|take\s+back)\b[^.;:,!?\d]{0,50}?\b(?:figure|toll|estimate|count|number|total|tally"
    r"|claim)\s+(?:of\s+|that\s+)?(?:some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)
_WITHDRAWN_AFTER = re.compile(
    r"[^.;:!?\d]{0,30}?\b(?:was|were|has\s+been|had\s+been|have\s+been|which\s+it|which\s+they"
    r"|which\s+was|that\s+was)\s+(?:later\s+|since\s+|then\s+|subsequently\s+|quickly\s+)?"
    r"(?:withdrawn|withdrew|retracted|rescinded|disowned|taken\s+back|took\s+back)\b",
    re.IGNORECASE,
)


# what every match of ``_WITHDRAWN_BEFORE`` or ``_WITHDRAWN_AFTER`` holds (the start of its
# verb), lower case, and the same as a pattern with their flags (``_lowered``)
_TAKEN_BACK_WORDS = ("withdr", "retract", "rescind", "disown", "back")
_TAKEN_BACK = re.compile("|".join(_TAKEN_BACK_WORDS), re.IGNORECASE)
# Letters a case-blind pattern reads as an ASCII letter where the text lowered does not hold
# that letter ("İ" lowers to "i" and a combining dot, "ı" and "ſ" stay as they are: read as
# "i" and "s"): a quote with one is searched by the pattern itself, case-blind (three to
# eight times the instructions of a look at the quote lowered).
_CASE_ODD = ("\u0130", "\u0131", "\u017f")


def _lowered(quote: str) -> str | None:
    """``quote`` lowered, where a case-blind pattern of ASCII letters finds a match in
    ``quote`` only if its lower-case text finds one there; None where it may not
    (``_CASE_ODD``)."""
    if not quote.isascii() and any(c in quote for c in _CASE_ODD):
        return None
    return quote.lower()


def _may_say_period(quote: str) -> bool:
    """Whether ``quote`` may say a period apart from an amount: False only where no part of it
    holds a match of ``_PERIOD_APART``."""
    low = _lowered(quote)
    if low is None:
        return _PERIOD_SAID.search(quote) is not None
    return any(w in low for w in _PERIOD_STEMS) and _PERIOD_SAID_LOWER.search(low) is not None


def _may_take_back(quote: str) -> bool:
    """Whether ``quote`` may say a figure was taken back: False only where no part of it holds
    a match of ``_WITHDRAWN_BEFORE`` or ``_WITHDRAWN_AFTER``."""
    low = _lowered(quote)
    if low is None:
        return _TAKEN_BACK.search(quote) is not None
    return any(w in low for w in _TAKEN_BACK_WORDS)


def withdrawn_problem(value: str, quote: str) -> str | None:
    """Why a figure may not be stored as a claim of it: wherever it stands whole in its quote,
    the quote says it was taken back ("withdrew its earlier figure of 300"). None when it
    stands somewhere as said, or is not found as text."""
    if not _may_take_back(quote):  # cheap: most quotes take nothing back
        return None
    places = _whole_places(value, quote)
    if not places:
        return None
    words = None
    for start, end in places:
        before = _WITHDRAWN_BEFORE.search(quote[max(0, start - 120) : start])
        after = _WITHDRAWN_AFTER.match(quote, end)
        if before is None and after is None:
            return None
        if words is None:
            words = (
                quote[start - len(before.group()) : end]
                if before is not None
                else quote[start : after.end()]  # type: ignore[union-attr]
            )
    return (
        f"the figure {value!r} is one its quote says was taken back ({words!r}): not a claim"
        " of it; retract the claim that gave it (claimtrack retract ID --reason ...), and log"
        " the figure given in its place, if any"
    )


def span_warning(
    value: str, quote: str, measure: str | None, change: str | None = None
) -> str | None:
    """What is said of a count stored on a running count's measure (its name reads like a
    toll, cases, arrests, people missing: ``conflicts.timing``) whose quote gives it over a
    span of time (``_SPAN``: "42 died between June and August", "12 deaths in the past 24
    hours"), wherever it stands whole there, with no word of a count so far in its clause
    ("rose to", "since", "so far", "still"). On such a measure a figure is read as the count
    at its time: a span's count is that only if the span covers the count from its start (a
    protest's whole toll "between June and August"); a later span's (the deaths of one week)
    would stand as the toll and read as a fall, or a dispute, against a day's. The quote
    cannot tell which, so this warns and stores it, marked (``quote_marks.span_mark``): the
    engine sets it against no count of a day unless it gives an as_of (time34). None for a
    change (a change is over a span), on a measure whose name gives that span
    ("deaths-june-to-august", "weekly-cases" for "in the past week", "deaths-2024" for "so far
    this year": ``quote_marks.span_at_home``), or when the figure is not found whole, or
    stands in the span's words."""
    if not measure or change is not None:
        return None
    if not may_name_span(quote):  # cheap: most quotes name no span
        return None
    if not span_measure(measure):
        return None
    return span_in_quote(value, quote, measure)


def span_measure(measure: str) -> bool:
    """Whether a count over a span of time is warned of on ``measure`` (``span_warning``): a
    name that reads like a running count or a count of the moment (whether it gives the
    span is asked of each figure: ``span_in_quote``). `import` asks it once per measure."""
    from claimtrack.conflicts.timing import _moment_name, _reads_running

    return bool(_reads_running(measure) or _moment_name(measure))


def span_in_quote(value: str, quote: str, measure: str) -> str | None:
    """``span_warning`` of a figure on a measure ``span_measure`` holds: the span its quote
    gives it over where the measure's name does not give it (``quote_marks.span_mark``, the
    mark the engine reads: time34), said as a warning, or None."""
    said = span_mark(value, quote, measure, None)
    if said is None:
        return None
    if is_increment(said):
        return (
            f"the figure {value!r} is a count of new ones in its quote ({said!r}), since an"
            f" earlier report: on {measure} it is compared with no count of a day; log it on a"
            f" measure of new ones (e.g. new-{measure})"
        )
    return (
        f"the figure {value!r} is a count over a span of time in its quote ({said!r}): on"
        f" {measure} it is compared with no count of a day unless it gives --as-of the span's"
        " end (the count at that end, if the span covers the count from its start); if the"
        f" span starts later, log it on a measure that names the span (e.g. {measure}-"
        f"{span_slug(said)})"
    )


def _time_after_rate(quote: str, wider: Figure) -> bool:
    """Whether a rate read around a figure ends on a period that a time word follows in the
    quote ("4,000 people a day after the vote": a day after it, not 4,000 a day)."""
    if "/" not in wider.dimension:
        return False
    after = rf"{re.escape(wider.text)}\s+(?:{'|'.join(sorted(_A_TIME_AFTER))})\b"
    return re.search(after, quote, re.IGNORECASE) is not None


def _says_more(wider: Figure, fig: Figure, value: str) -> bool:
    """Whether the larger reading around a figure's words says another amount of the same
    thing: the same dimension (a unit that only names what is counted, "six to seven" of "six
    to seven kilometres", is left to the measure), within one sentence ("two years. That's"
    is two sentences), and not only a verb before it that the parser takes for a hedge
    ("Organisers estimated 1.7 million": their estimate, not "an estimated 1.7 million")."""
    if _SENTENCE_END.search(wider.text):
        return False
    if wider.dimension != fig.dimension:
        if _money(wider.dimension) and not _money(fig.dimension):
            return True  # "3,500 crore" of "Rs 3,500 crore": the amount without its currency
        # "20 people" of "20 people a day": an amount per period is another thing, not a unit
        # that only names what the measure counts
        amount, per = _rates.split_rate(wider.dimension)
        return per is not None and amount == fig.dimension
    before = fold(wider.text).partition(fold(value))[0].split()
    if fig.dimension == "duration" and before == ["over"]:
        return False  # "conducted over four weeks": during them
    return before not in ([w] for w in _VERB_HEDGES)


def _money(dimension: str) -> bool:
    """Whether a dimension is money, or money per period ("currency:GBP/week")."""
    return dimension.startswith("currency:")


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+[\"'“‘(]*[A-Z]")

# Verbs that move a count: "rose up to 20" is "rose to 20"; so is "bringing the death count
# up to 20" and "pushed the number of people accounted for up to 188", where a word naming the
# count stands between the verb and "up to". Without one ("bring in up to 200 soldiers") "up
# to" is a cap, as the parser reads it.
_RAISING = re.compile(
    r"(?:bring(?:s|ing)?|brought|push(?:es|ed|ing)?|rais(?:es|ed|ing)|takes|took|tak(?:ing|en)"
    r"|lift(?:s|ed|ing)|sen(?:ds|t|ding)|drives|dr(?:ove|iving|iven)|revis(?:es|ed|ing))"
)
# past forms only: "may rise up to 3 metres" and "could go up to 20" are caps; "up" is the
# particle of a verb of moving ("growth picked up to 17.8%", "ticked up to", "edged up to"):
# the level it moved to, never a cap (extract46)
_INTRANSITIVE = re.compile(
    r"(?:rose|risen|climbed|went|gone|jumped|increased|grew|grown|swelled|soared|shot"
    r"|picked|ticked|edged|crept|inched|moved|spiked|bounced|ramped|stepped|sped|crawled)"
)
_MODALS = frozenset(["could", "may", "might", "would", "will", "can", "should", "to"])
# "the toll is now up to 85", "deaths are up to 40": a count's level (news copy), after a
# copula with "now" or with a word naming the count; "the fine is up to $5,000" is a cap
_COPULAS = frozenset(["is", "are", "was", "were", "stands", "stood", "'s", "now", "already"])
_COUNT_NOUNS = frozenset(
    ["toll", "count", "total", "number", "tally", "figure", "numbers", "tolls", "counts"]
)


def _raised_to(runs: _Runs, s: int) -> str | None:
    """The verb that moves a count to the figure at word ``s`` when the two words before it
    are "up to" ("rose up to 20", "bringing the death count up to 20", "the toll is now up
    to 85"), or None: there "up to" says where the count went, not a cap."""
    return _moved_to(runs.words, runs.breaks, s)


def _moved_to(words: list[str], breaks: list[bool], s: int) -> str | None:
    """``_raised_to`` on a quote's words and their clause breaks."""
    if s < 3 or [w.lower() for w in words[s - 2 : s]] != ["up", "to"] or breaks[s - 3]:
        return None
    verb = words[s - 3].lower()
    if _INTRANSITIVE.fullmatch(verb):
        modal = {w.lower() for w in words[max(0, s - 6) : s - 3]} & _MODALS
        return None if modal else words[s - 3]
    noun = False
    for i in range(s - 3, max(-1, s - 16), -1):  # back to the verb, within the clause
        if i < s - 3 and breaks[i]:
            return None
        w = words[i].lower().strip(_EDGE + _TAIL)
        noun = noun or w in _COUNT_NOUNS
        if i < s - 3 and _RAISING.fullmatch(w):
            return words[i] if noun else None
        if i == s - 3 and w in _COPULAS and (w in ("now", "already") or _count_before(words, i)):
            return words[i]
    return None


def _count_before(words: list[str], i: int) -> bool:
    """Whether a word naming a count ("toll", "number") stands among the three words before
    word ``i`` ("the death toll is"), with no other word of a clause between."""
    return any(w.lower().strip(_EDGE + _TAIL) in _COUNT_NOUNS for w in words[max(0, i - 3) : i])


def _copula_up_to(words: list[str], breaks: list[bool], s: int) -> str | None:
    """The copula before "up to" and the figure at word ``s`` ("deaths are up to 85", "the
    fine is up to $5,000") when ``_moved_to`` does not read a count moved: a cap or the level
    the count reached, which the words do not tell. None otherwise."""
    if s < 3 or [w.lower() for w in words[s - 2 : s]] != ["up", "to"] or breaks[s - 3]:
        return None
    if _moved_to(words, breaks, s) is not None:
        return None
    w = words[s - 3].lower().strip(_EDGE + _TAIL)
    return words[s - 3] if w in _COPULAS or w in ("has", "have", "been") else None


_PER_ANY = re.compile(r"\b(?:per|each|apiece|a\s+(?:head|person|piece))\b", re.IGNORECASE)


def per_thing_warning(value: str, quote: str, decimal_comma: bool = False) -> str | None:
    """A warning for a figure whose quote gives it per something other than a period ("$20
    per head", "£7,600 each", "5 apiece"): an amount each, stored as it is. None otherwise."""
    if _PER_ANY.search(quote) is None:  # cheap: most quotes have none of the words
        return None
    for _start, end in _whole_places(value, quote):
        nxt = PER_THING_NEXT.match(quote, end)
        if nxt is None:
            continue
        words = quote[nxt.end() :].split()[:1] if nxt.group().strip().lower() == "per" else []
        longer = " ".join([value, nxt.group().strip(), *words]).rstrip(_TAIL)
        try:
            parse_figure(longer, decimal_comma=decimal_comma)
        except FigureError as e:
            if PER_THING in str(e):
                return (
                    f"warning: the quote's {longer!r} gives an amount per something, each,"
                    " not of the whole: stored as the amount; the measure must say what it is"
                    " per ('cost-per-head', 'award-per-worker')"
                )
    return None


def up_to_warning(value: str, quote: str, decimal_comma: bool = False) -> str | None:
    """A warning for a figure "up to N" whose quote has it after a copula ("deaths are up to
    85"): stored as at most N, which may be the level the count reached. None otherwise."""
    for at in _after_up_to(value, quote, decimal_comma):
        verb = moved_up_to(quote, at)[1]
        if verb is not None:
            rest = " ".join(value.split()[2:])
            said = f"{verb} {value}"
            return (
                f"warning: the quote's {said!r} may give a cap or the level a count"
                f" reached ('the toll is up to 85': it rose to 85), which claimtrack cannot"
                f" tell: stored as at most {rest}; if it rose to it, give {rest!r} with"
                " --paraphrase"
            )
    return None


_UP_TO_AT = re.compile(r"up\s+to\s+", re.IGNORECASE)


def _after_up_to(value: str, quote: str, dc: bool) -> list[int]:
    """Where the amount after "up to" starts, at each place of a figure "up to N" in its
    quote (none for any other figure)."""
    if value.lstrip()[:2].lower() != "up" or not fold(value, dc).startswith("up to "):
        return []
    return [m.end() for a, _b in _places(quote, value) if (m := _UP_TO_AT.match(quote, a))]


def moved_up_to(text: str, start: int) -> tuple[str | None, str | None]:
    """How "up to" right before the figure at ``text[start:]`` reads: (the verb that moves
    a count there, "the toll is now up to 85", "bringing the count up to 20": a level;
    the copula before an "up to" that may be a cap or a level, "deaths are up to 85"), each
    None when it does not stand there. ``extract`` reads the first figure without "up to",
    as `add` does, and says the second on the candidate."""
    words = _SPACE.sub(" ", text[max(0, start - 160) : start].translate(_QUOTES)).split()
    breaks = [w.rstrip(".\"'")[-1:] in _BREAKS for w in words]
    words, breaks = [*words, "N"], [*breaks, False]
    s = len(words) - 1
    return _moved_to(words, breaks, s), _copula_up_to(words, breaks, s)


def raised_problem(value: str, quote: str, decimal_comma: bool = False) -> str | None:
    """Why a figure "up to N" may not be stored when its quote says a count was moved up to
    N ("bringing the death count up to 20"): stored, it would read as at most N (0–N), which
    the quote does not say. None otherwise."""
    for at in _after_up_to(value, quote, decimal_comma):
        verb = moved_up_to(quote, at)[0]
        if verb is not None:
            rest = " ".join(value.split()[2:])
            return (
                f"the quote's {value!r} follows {verb!r}: the count was moved to {rest}, "
                f"not capped at it (0–{rest}): give the figure as {rest!r}"
            )
    return None


_VERB_HEDGES = ("estimated", "estimates", "estimate", "reach", "reached", "reaches")


# -- changes read as levels -----------------------------------------------------------------
# "another 18 people", "up 34 percent", "rose 5%", "fell as much as 11 percent", "down by 0.1%
# to 3.1%", "hundreds more": the words beside a figure make it a change, and a change stored as
# the level it is not makes disputes that do not exist. Transitive verbs ("cut 500 jobs",
# "raised $5m") count what they did, a level: a change only with "by" ("cut by 20%"), and
# "by" a share only after a verb of change ("backed the plan by 60 percent": a margin).
_CHANGE_BEFORE = re.compile(
    # the words: ``change_words`` (with or without "by": intransitive verbs of change in every
    # form, the present of headlines and running copy, "up", "down"), then ``change_by``
    # (transitive verbs, a change only with "by")
    rf"(?:\b(?:{_cw.alternation('change')})"
    r"(?:\s+by(?:\s+up\s+to)?)?(?:\s+(?:as\s+much\s+as|as\s+many\s+as|some|about|around|nearly"
    r"|almost|roughly|approximately|more\s+than|less\s+than|over|at\s+least))?"
    rf"|\b(?:{_cw.alternation('change_by')})\s+by"
    r"(?:\s+(?:some|about|around|nearly|almost|roughly|approximately|more\s+than|over|up\s+to"
    r"|at\s+least))?)\s+$",
    re.IGNORECASE,
)


# Verbs of a movement that are a change before a share, or with "by" ("cases leapt 20%",
# "spiked by 40"), but before another amount may give a level ("leapt 8 metres", "tumbled
# 30 feet") or what was done to it ("spiked 20 drinks"): a level's guard reads them so
_MOVED = re.compile(
    r"(?:tumble|tumbles|tumbled|spike|spikes|spiked|leap|leaps|leapt|leaped|rocketed"
    r"|skyrocketed)\b(?!\s+by\b)",
    re.IGNORECASE,
)


# The same in other languages ("subieron un 3%", "ont augmenté de 3%", "stiegen im Mai um
# 3%", "sono aumentati del 3%", "subiram 3%"): a verb of change, then the word that joins
# its amount (fixes13: each was stored as a level of 3%)
@lru_cache(maxsize=1)
def _change_before_other() -> re.Pattern[str]:
    """``_CHANGE_BEFORE``'s verbs in other languages, compiled on first use."""
    return re.compile(
        r"\b(?:"
        r"(?:subi[óo]|subieron|sube|suben|aument[óo]|aumentaron|creci[óo]|crecieron|crece|crecen"
        r"|bajó|bajaron|cay[óo]|cayeron|descendi[óo]|descendieron|disminuy[óo]|disminuyeron"
        r"|repunt[óo]|repuntaron|avanz[óo]|avanzaron|se\s+redujo|se\s+redujeron)(?:\s+(?:en\s+)?un)?"
        r"|(?:augment[ée]e?s?|progress[ée]e?s?|baiss[ée]e?s?|diminu[ée]e?s?|recul[ée]e?s?"
        r"|grimp[ée]e?s?|chut[ée]e?s?|augmentent|progressent|baissent|reculent|grimpent|chutent"
        r"|augmente|progresse|recule|grimpe)\s+de"
        r"|(?:stieg|stiegen|steigt|sank|sanken|sinkt|fiel|fielen|f[äa]llt|wuchs|wuchsen|w[äa]chst"
        r"|legte|legten|legt|ging|gingen|geht)(?:\s+[^\W\d_]+){0,2}?\s+um"
        r"|(?:aumentat[oaie]|cresciut[oaie]|salit[oaie]|sces[oaie]|calat[oaie]|diminuit[oaie]"
        r"|aumentano|crescono|salgono|scendono|calano)\s+(?:del|di)"
        r"|(?:subiu|subiram|cresceu|cresceram|caiu|ca[ií]ram|aumentou|aumentaram|recuou|recuaram"
        r"|avan[çc]ou|avan[çc]aram|diminuiu|diminu[ií]ram)(?:\s+em)?"
        r")\s+$",
        re.IGNORECASE,
    )


# "another 324 people were injured", "113 more people are unaccounted", "a further 150 posts":
# added to an amount, or the amount of another group (the injured after the dead): which, the
# words do not say. Said when such a figure is stored, not refused.
_ADDED_BEFORE = re.compile(
    r"\b(?:another|(?:a|an)\s+(?:further|additional|extra)|additional|further|extra"
    # "RPI plus 0.5 per cent" (review26): the amount above another, never a level alone
    r"|(?<=[^\W\d_]\s)plus)\s+$",
    re.IGNORECASE,
)
# "made up only 3 percent", "set up 20 camps", "picking up 33 percent of the vote": "up" of
# a phrasal verb, no change
_PHRASAL = re.compile(
    r"\b(?:made|make|makes|making|set|sets|setting|sum|summed|summing|add|added|adds|adding"
    r"|end|ended|ending|took|take|takes|taking|pick|picks|picked|picking|put|puts|putting"
    r"|brought|bring|brings|bringing|turn|turned|turns|turning|show|showed|shows|showing|line"
    r"|lined|lining|sign|signed|signing|back|backed|backing|round|rounded|rounding|ramp|ramped"
    r"|ramping|step|stepped|stepping)\s+$",
    re.IGNORECASE,
)
# A level past a bound after such a verb: "the toll rose above 320", "climbed past 1,000"
_PAST_BOUND = re.compile(r"(?:above|over|below|under|past|beyond|to|up\s+to)\b", re.IGNORECASE)
_CHANGED_BY = re.compile(
    r"\b(?:cut|cuts|cutting|reduc\w*|rais\w*|increas\w*|lower\w*|boost\w*|slash\w*|trim\w*"
    r"|hik\w*|lift\w*|expand\w*|shr[iau]nk\w*|drop\w*|grow\w*|grew|rose|ris\w*|fell|fall\w*"
    r"|decreas\w*|devalu\w*)\b[^.;:]*\bby\s+$",
    re.IGNORECASE,
)
_BY = re.compile(r"\bby\s+$", re.IGNORECASE)
_ADDED_AFTER = re.compile(r"\s+(?:more|fewer|less|extra|additional)\b", re.IGNORECASE)
# After "N more" (up to three plain words between), a baseline of what is usual: "1,052 more
# people than usual had died", "2,975 more deaths than normal", "500 more cases than
# expected". The figure is an excess over that baseline, the level of an excess count (the
# measure of most studies of a disaster's toll), not an amount added to another (time23).
# "than last year", "than in 2016" are not baselines: a difference between two periods.
_BASELINE_AFTER = re.compile(
    r"(?:\s+[^\W\d_][\w'-]*){0,3}?\s+than\s+(?:(?:the|an?)\s+)?"
    r"(?:usual|normal|expected|average|typical)\b",
    re.IGNORECASE,
)
# After a figure, a comparison with an earlier period: the figure is the change from it, not
# a level ("3% from a year earlier", "3% year on year", "3% on last year", "3% higher than in
# 2023", "3% above last year's level", "3 % sur un an", "3% interanual", "3 % gegenüber dem
# Vorjahr"). Up to three plain words may come between ("3% in May from a year earlier"); a
# comma, a number or a "to" ends the figure's phrase ("4%, up from a year earlier", "4% from
# 5% a year earlier": levels). "on" takes no moment ("300 on the day before": that day's).
_A_PERIOD = r"(?:year|month|quarter|week|day|yr|mth|qtr)"
_A_YEAR = r"(?:19|20)\d\d(?![-/.'’]?\w)"  # a year, not a date ("2023-09-12") nor "2023's"
_EARLIER = (
    rf"(?:(?:a|one|the)\s+{_A_PERIOD}\s+(?:earlier|before|ago|previously|prior)"
    rf"|(?:the\s+)?{_A_PERIOD}[\s-](?:earlier|ago)\b)"
)
_PERIOD_BACK = (
    rf"(?:(?:the\s+)?(?:same|corresponding|equivalent)\s+(?:[^\W\d_]+\s+){{0,2}}?"
    rf"(?:last|a|one|the\s+(?:previous|prior|preceding))\s+{_A_PERIOD}"
    rf"|(?:last|the\s+(?:previous|prior|preceding|last)|a\s+previous)\s+{_A_PERIOD}"
    rf"|in\s+{_A_YEAR})"
)
_COMPARING = r"(?:(?:higher|lower|more|less|fewer|greater|bigger|smaller|up|down)\s+)?"


@lru_cache(maxsize=1)
def _period_after() -> re.Pattern[str]:
    """The pattern of a comparison with an earlier period after a figure (compiled on first
    use: most commands never need it, and it is large)."""
    return re.compile(
        # "on" right after the figure, or after a word that compares ("3% up on 2023"): after
        # other words it dates ("300 died on 2023-09-12", "on the day before")
        rf"\s+(?P<on>{_COMPARING}on\s+(?:a\s+{_A_PERIOD}\s+(?:earlier|ago)|{_PERIOD_BACK}|{_A_YEAR}"
        rf"|the\s+(?:year|month|quarter|week)\b(?!['’-]|\s+(?:before|earlier|after|prior|of|when"
        rf"|that|in|to|it)\b)))"
        rf"|(?:\s+(?![Tt]o\b|[Aa]nd\b|[Bb]ut\b|[Oo]n\b)[^\W\d_]+){{0,2}}?\s+(?P<said>{_COMPARING}"
        # words that compare only: with a year too ("than in 2023", "compared with 2023"); "from"
        # and "against" only with a period before ("from a year earlier": "refugees from last
        # year's war", "protests against last year's law", "over the week before" are no
        # comparison), "above" and "below" with a period named ("above last year's level")
        rf"(?:(?:versus|vs\.?|compared\s+(?:with|to)|relative\s+to|in\s+comparison\s+(?:with|to)"
        rf"|than)\s+(?:{_EARLIER}|{_PERIOD_BACK}|{_A_YEAR}(?!\s*(?:to|-|–|until|through)\b))"
        rf"|(?:from|against)\s+{_EARLIER}|(?:above|below)\s+(?:{_EARLIER}|{_PERIOD_BACK})"
        rf"|{_A_PERIOD}[\s-](?:on|over)[\s-]{_A_PERIOD}\b|[ymq]/[ymq]\b|y-?o-?y\b|q-?o-?q\b"
        rf"|(?:en\s+tasa\s+)?interanual(?:es|mente)?\b|sur\s+un\s+an\b|en\s+glissement\s+annuel"
        rf"|(?:(?:con\s+)?respecto|frente|en\s+comparaci[oó]n)\s+(?:al|a\s+l[ao]s?)\s+"
        rf"(?:mismo\s+)?(?:año|mes|trimestre|periodo|período)(?:\s+(?:anterior|pasado))?"
        rf"|par\s+rapport\s+(?:à|a)\s+(?:l['’]|la\s+|le\s+)(?:an|ann[ée]e|mois|trimestre|m[êe]me)"
        rf"|(?:gegen[üu]ber|[üu]ber|unter)\s+(?:dem\s+)?vor(?:jahr|monat|quartal)\w*|im\s+vor(?:jahr|monat)\w*"
        rf"|zum\s+vor(?:jahr|monat|quartal)\w*|su\s+base\s+annua|rispetto\s+(?:all['’]anno|al\s+mese"
        rf"|allo\s+stesso|a\s+un\s+anno)|(?:em\s+rela[çc][ãa]o|ante|frente)\s+(?:ao|a)\s+"
        rf"(?:mesmo\s+)?(?:ano|m[êe]s|trimestre|per[íi]odo)|na\s+compara[çc][ãa]o\s+anual))",
        re.IGNORECASE,
    )


# The words one of ``_period_after``'s comparisons must hold (its period, as a word), as
# they may stand in a quote: a cheap test before the pattern, which the import asks of every
# figure
_BACK_STEMS = (
    *("year", "month", "quarter", "week", "day", "yr", "mth", "qtr", "y/y", "m/m", "q/q"),
    *("yoy", "qoq", "interanual", "interanuales", "interanualmente", "an", "annuel", "annua"),
    *("vorjahr", "vormonat", "vorquartal", "vorjahres", "vorjahresvergleich", "anno", "año"),
    *("ano", "mes", "mês", "trimestre", "periodo", "período", "même", "l'anno", "all'anno"),
)
_BACK_WORDS = frozenset(
    w + tail for w in _BACK_STEMS for tail in ("", ".", ",", ";", ":", ")", "'s", "’s")
)

# The first word of each of ``_period_after``'s comparisons, as a quote may write it (in
# lower case, capitalised or in capitals, with the marks that may follow a word)
_BACK_FIRST = frozenset(
    form + tail
    for w in (
        *("year-on-year", "year-over-year", "month-on-month", "month-over-month", "y-o-y"),
        *("quarter-on-quarter", "quarter-over-quarter", "week-on-week", "day-on-day", "q-o-q"),
        *("than", "compared", "versus", "vs", "vs.", "relative", "in", "from", "against"),
        *("above", "below", "on", "year", "month", "quarter", "week", "day", "yr", "mth", "qtr"),
        *("y/y", "m/m", "q/q", "yoy", "qoq", "y", "q", "interanual", "interanuales"),
        *("interanualmente", "en", "sur", "respecto", "con", "frente", "par", "gegenüber"),
        *("über", "unter", "im", "zum", "su", "rispetto", "em", "ante", "na"),
    )
    for form in (w, w.capitalize(), w.upper(), "YoY" if w == "yoy" else "QoQ" if w == "qoq" else w)
    for tail in ("", ".", ",", ";", ":", ")", "'s", "’s")
)


def _back_to_period(text: str, end: int) -> bool:
    """Whether ``_period_after`` compares the figure ending at ``end`` with an earlier
    period ("3% from a year earlier"); a set of words first, the pattern only where one of
    its periods stands in the next words (or a year, "than in 2023")."""
    if not text[end : end + 1].isspace():
        return False
    # a word that starts a comparison among the first words, as written (two words may come
    # before it, and a word that compares; hyphens split words): most figures stop here
    if _BACK_FIRST.isdisjoint(text[end : end + 48].replace("-", " ").split(None, 4)[:4]):
        return False
    tail = text[end : end + 56].lower()
    # then a period or a year in the next words
    if _BACK_WORDS.isdisjoint(tail.replace("-", " ").split()) and not (
        "19" in tail or "20" in tail or "-o-" in tail or "’an" in tail or "'an" in tail
    ):
        return False
    return _period_after().match(text, end) is not None


def compared_with_period(text: str, end: int) -> bool:
    """Whether the words after the figure ending at ``text[:end]`` compare it with an earlier
    period ("3% year on year", "3% from a year earlier"): the words of a change, not of a
    level (``extract`` keeps a change whose comparison they are)."""
    return _back_to_period(text, end)


class ChangeWords(NamedTuple):
    """The words beside a figure that make it a change (``kind`` "change": "up 34 percent",
    "rose 5%", "cut by 20%") or an amount added to another ("added": "another 18 people",
    "300 more"): where they start and end, and the word that says so."""

    start: int
    end: int
    word: str
    kind: str


def change_words(text: str, start: int, end: int, dimension: str) -> ChangeWords | None:
    """The words that make the figure at ``text[start:end]`` a change or an amount added to
    another (``ChangeWords``), or None when none stands beside it. A ratio ("rose 6.5
    times") is already relative: None."""
    if dimension == "ratio":
        return None
    before = text[max(0, start - 48) : start]
    m = _CHANGE_BEFORE.search(before)
    if m is not None and _PHRASAL.search(before[: m.start()]) and m.group().lower()[:2] == "up":
        m = None
    if m is not None and dimension != "share" and _MOVED.match(m.group()):
        m = None  # "leapt 8 metres", "spiked 20 drinks": a level, or what was done to it
    if m is not None and (
        not _PAST_BOUND.match(text, start) or re.search(r"\bby\s+$", m.group(), re.IGNORECASE)
    ):  # "rose up to 320": a level; "rose by up to 320": a change (extract52)
        return ChangeWords(start - len(m.group()), end, m.group().split()[0], "change")
    m = _change_before_other().search(before)
    if m is not None:  # "subieron un 3%", "stiegen um 3%"
        return ChangeWords(start - len(m.group()), end, m.group().split()[0], "change")
    if dimension == "share" and _CHANGED_BY.search(before):
        by = _BY.search(before)
        assert by is not None
        return ChangeWords(start - len(by.group()), end, "by", "change")
    back = _period_after().match(text, end) if _back_to_period(text, end) else None
    if back is not None and _RATE_BEFORE.search(before) is None:
        # "3% from a year earlier", "3% year on year"; not "Inflation was 5% year on year",
        # the level of a rate over that period (said as a rate when stored: rate_warning)
        return ChangeWords(start, back.end(), back.group("on") or back.group("said"), "change")
    m = _ADDED_BEFORE.search(before)
    if m is not None:
        word = next(w for w in m.group().split() if w.lower() not in ("a", "an"))
        return ChangeWords(start - len(m.group()), end, word, "added")
    after = _ADDED_AFTER.match(text, end)
    if after is not None:
        if after.group().strip().lower() == "more" and _BASELINE_AFTER.match(text, after.end()):
            return None  # "1,052 more people than usual": an excess count, a level
        return ChangeWords(start, after.end(), after.group().strip(), "added")
    return None


# "818,000 fewer jobs", "$5m less": the amount is a difference below another amount (a fall,
# a cut, a revision down), the direction in the word
_BELOW_WORDS = frozenset(("fewer", "less"))
# a number, then a word that adds it to another or takes it from another, then what is
# counted: "113 more people", "818,000 fewer jobs" (a figure "818,000 jobs" leaves it out)
_COMPARED = re.compile(
    r"(?P<number>\d[\d,.]*)(?P<gap>\s+(?P<word>more|fewer|less|extra|additional))(?=\s+[^\W\d_])",
    re.IGNORECASE,
)


# What a figure's change words weigh: a change is refused before a hedge left out, which is
# refused before an addition (only warned of).
_CHANGE_RANK = {"added": 0, "hedged": 1, "dropped": 1, "change": 2}
# Words that add an amount to another, after a hedge ("at least another 14", "nearly a
# further 20"): the hedge is the figure's, the words between are not.
_ADDED_WORDS = r"another|(?:a|an)\s+(?:further|additional|extra)|additional|further|extra"
_ADDED_ANYWHERE = re.compile(rf"\b(?:{_ADDED_WORDS})\b", re.IGNORECASE)


_VERB_FORMS = _words(
    "estimated estimate estimates reach reached reaches exceed exceeded exceeding exceeds"
    " surpass surpassed surpasses surpassing topped topping tops approaching equals equaling"
    " equalling"
)


@lru_cache(maxsize=1)
def _hedge_added() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a hedge then words that add, closing the text before a figure; the same anywhere, the
    number after it): the hedges are the parser's leading hedges written in words."""
    from claimtrack.quantities.lexicon import _LEADING

    hedges = {" ".join(t) for rows in _LEADING.values() for t, _ in rows}
    # a verb the parser reads as a hedge in a figure says who counted in a quote: "Ann Kerr
    # estimated another 40 people" is her estimate of 40 more, not "an estimated 40"
    words = sorted(
        (
            h
            for h in hedges
            if all(w.isalpha() for w in h.split()) and h.split()[-1] not in _VERB_FORMS
        ),
        key=len,
    )
    alt = "|".join(r"\s+".join(map(re.escape, h.split())) for h in reversed(words))
    before = re.compile(rf"\b(?P<hedge>{alt})\s+(?P<added>{_ADDED_WORDS})\s+$", re.IGNORECASE)
    inside = re.compile(rf"\b(?P<hedge>{alt})\s+(?P<added>{_ADDED_WORDS})\s+(?=\S)", re.IGNORECASE)
    return before, inside


def _without_added(quote: str) -> str | None:
    """The quote with the words that add an amount to another taken out after a hedge ("at
    least another 14 bodies" -> "at least 14 bodies"), or None when it has none."""
    if not _ADDED_ANYWHERE.search(quote):
        return None
    view = _hedge_added()[1].sub(lambda m: m.group("hedge") + " ", quote)
    return None if view == quote else view


def hedge_left_out(
    text: str, got: ChangeWords, start: int, fig: Figure, dc: bool = False
) -> ChangeWords:
    """``got`` (words before the figure at ``text[start:got.end]`` that add it to another) as
    a hedge the figure leaves out ("hedged") when a hedge stands before those words and the
    figure read with it says another amount ("14" of "at least another 14": 14+, not 14);
    ``got`` otherwise. ``add``, ``import`` and ``extract`` ask it."""
    if got.kind != "added":
        return got
    before = text[max(0, got.start - 48) : start]
    m = _hedge_added()[0].search(before)
    if m is None:
        return got
    with_hedge = _parse(f"{m.group('hedge')} {text[start : got.end]}", dc)
    if with_hedge is None or (with_hedge.low, with_hedge.high) == (fig.low, fig.high):
        return got
    return ChangeWords(start - (len(before) - m.start()), got.end, m.group("hedge"), "hedged")


def _added_inside(value: str, quote: str, dc: bool) -> ChangeWords | None:
    """For a figure found only once the words that add are taken out after its hedge ("at
    least 14 bodies" of "at least another 14 bodies"): those words, as an addition."""
    if _without_added(quote) is None:
        return None
    needle = fold(value, dc)
    for m in _hedge_added()[1].finditer(quote):
        rest = fold(m.group("hedge") + " " + quote[m.end() :], dc)
        if rest.startswith(needle) and not rest[len(needle) : len(needle) + 1].isalnum():
            end = min(len(quote), m.end() + len(value) - len(m.group("hedge")) - 1)
            word = next(w for w in m.group("added").split() if w.lower() not in ("a", "an"))
            return ChangeWords(m.start(), end, word, "added")
    return None


_TO_END = re.compile(r"\s+to\s+$", re.IGNORECASE)
_FROM_END = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_VERB_OF_CHANGE = re.compile(
    # the words: ``change_words`` (``from_to``: past forms, phrasal forms, "lifted the cost
    # from $198 million to $224.4 million" (review27), the nouns of change: "the increase in
    # thefts, from 900 to 1,200")
    rf"\b(?:{_cw.alternation('from_to')})\b"
    # to "from", within the clause: a decimal point is no end of it ("had risen by $8.4
    # million, from $198 million to $206.4 million" was stored as a range: review27)
    r"(?:[^.;:!?]|\.(?=\d)){0,40}$",
    re.IGNORECASE,
)


def level_after_change(text: str, start: int) -> ChangeWords | None:
    """When the figure at ``text[start:]`` is the level a change reached, "to" after the
    change's amount ("went down by 0.1% to 3.1%", "rose 300 to 1,200", "rose from 900 to
    1,200"): the words of the change before it (``kind`` "change"), which make "0.1% to 3.1%"
    no range; None otherwise."""
    before = text[max(0, start - 96) : start]
    to = _TO_END.search(before)
    if to is None:
        return None
    head = before[: to.start()]
    words = list(re.finditer(r"\S+", head))
    for k in range(1, min(4, len(words)) + 1):
        first = words[-k].start()
        if not any(c.isdigit() for c in head[first:]):
            continue
        lead = head[:first]
        m = _CHANGE_BEFORE.search(lead)
        if m is not None and not (
            _PHRASAL.search(lead[: m.start()]) and m.group().lower()[:2] == "up"
        ):
            offset = start - len(before)
            return ChangeWords(
                offset + m.start(), offset + len(head), m.group().split()[0], "change"
            )
        if _FROM_END.search(lead) and (verb := _VERB_OF_CHANGE.search(lead[:-5])) is not None:
            offset = start - len(before)
            return ChangeWords(offset + verb.start(), offset + len(head), "from", "change")
    return None


def level_before_change(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``text[start:end]`` is the level a change started from, "from"
    after a verb of change and "to" a level after it ("rose from 900 to 1,200": 900, the
    level before): no range."""
    before = text[max(0, start - 64) : start]
    frm = _FROM_END.search(before)
    return (
        frm is not None
        and _VERB_OF_CHANGE.search(before[: frm.start()]) is not None
        and re.match(r"\s+to\s+\S*\d", text[end:]) is not None
    )


_FROM_START = re.compile(r"from\s+", re.IGNORECASE)
_TO_BETWEEN = re.compile(r"\s+to\s+", re.IGNORECASE)


def moved_range_problem(value: str, quote: str, decimal_comma: bool = False) -> str | None:
    """Why a figure "from X to Y" may not be stored as the range X-Y: wherever it stands in
    its quote a verb or noun of change comes before it ("had risen by $8.4 million, from $198
    million to $206.4 million", "lifted the cost from $198 million to $224.4 million"): a
    move from one level to another, each a level of its own time, never a range between them
    (review27: stored as 198-206.4 million). None when it stands somewhere without one, or
    does not read as a range."""
    fig = _parse(value, decimal_comma)
    if fig is None or fig.hedge != "range":
        return None
    lead = _FROM_START.match(value)
    places = _places_of(value, quote)
    if not places:
        return None
    for a, _b in places:
        before = quote[max(0, a - 64) : a]
        if lead is None:  # "from" left out of the value: "rose from [900 to 1,200]"
            frm = _FROM_END.search(before)
            if frm is None:
                return None
            before = before[: frm.start()]
        if _VERB_OF_CHANGE.search(before) is None:
            return None
    words = value[lead.end() :] if lead is not None else value
    ends = _TO_BETWEEN.split(words, maxsplit=1)
    level = f" ({ends[1]!r}, the level reached, or {ends[0]!r}, the level before)" if len(
        ends) == 2 else ""  # fmt: skip
    return (
        f"the figure {value!r} is a move from one level to another, as the quote says it, not"
        f" a range between them: give one level{level}"
    )


def _level_named(text: str, end: int, dc: bool = False) -> str | None:
    """The level a change reached, "to" after it ("down by 0.1% to 3.1%": "3.1%"), as
    written, or None."""
    m = re.match(r"\s+to\s+", text[end:])
    if m is None:
        return None
    words = text[end + m.end() :].split()[:3]
    for k in range(len(words), 0, -1):
        phrase = " ".join(words[:k]).rstrip(_TAIL)
        if phrase and _parse(phrase, dc) is not None:
            return phrase
    return None


def _compared_inside(value: str, quote: str, dc: bool) -> ChangeWords | None:
    """For a figure found only once the word that adds it to another amount, or takes it
    from another, is taken out after its number ("113 people" of "113 more people", "818,000
    jobs" of "818,000 fewer jobs"): an addition ("added", said), or a difference below
    another amount that the figure states as a level ("dropped", refused)."""
    m = _found_without_gap(_COMPARED, value, quote, dc)
    if m is None:
        return None
    word = m.group("word")
    kind = "dropped" if word.lower() in _BELOW_WORDS else "added"
    return ChangeWords(m.start(), m.end(), word, kind)


def _found_without_gap(
    pattern: re.Pattern[str], value: str, quote: str, dc: bool
) -> re.Match[str] | None:
    """The first match of ``pattern`` (a number, its group ``gap``, then a word) where the
    figure's words stand in the quote once the gap is taken out ("113 people" of "113 more
    people", "59 cases" of "59 new cases"); None where none does."""
    for m in pattern.finditer(quote):
        view = quote[: m.start("gap")] + quote[m.end("gap") :]
        if text_in_quote(value, view, dc):
            return m
    return None


def _changed(value: str, quote: str, decimal_comma: bool) -> ChangeWords | None:
    """The change words beside each place the figure's words stand in the quote, the first
    found; None when they stand somewhere with none (a level there), or the quote has no word
    of change at all. A hedge before words that add ("at least another 14") is the figure's:
    left out, it is refused ("hedged"); kept ("at least 14"), the addition is warned of."""
    places = _places_of(value, quote)
    if not places:
        return _added_inside(value, quote, decimal_comma) or _compared_inside(
            value, quote, decimal_comma
        )
    if not all(_may_change(quote, start, end) for start, end in places):
        return None  # a level somewhere in the quote (or the figure is not found as text)
    fig = _parse(value, decimal_comma)
    if fig is None:
        return None
    found: ChangeWords | None = None
    for start, end in places:
        got = change_words(quote, start, end, fig.dimension)
        if got is None:
            return None  # a level somewhere in the quote
        got = hedge_left_out(quote, got, start, fig, decimal_comma)
        if found is None or _CHANGE_RANK[got.kind] > _CHANGE_RANK[found.kind]:
            found = got
    return found


# The last word before a figure that ``change_words`` can read as a change or an addition
# (each pattern it reads before the figure ends on one of these, then spaces): its verbs of
# change, "by", the last words of its hedges, and the words of an amount added. A figure with
# none of them before it and no "more"/"fewer"/... after it is a level, without the patterns.
_CHANGE_LAST = frozenset(
    (
        *("up", "down", "rose", "risen", "rising", "rises", "fell", "fallen", "falling"),
        *("falls", "grew", "grown", "growing", "climbed", "jumped", "soared", "slid"),
        *("slipped", "plunged", "plummeted", "surged", "declined", "dipped", "shrank", "by"),
        *("rise", "fall", "grows", "climb", "climbs", "jump", "jumps", "soar", "soars"),
        *("surge", "surges", "slide", "slides", "slips", "plunge", "plunges", "plummets"),
        *("decline", "declines", "dip", "dips", "shrinks"),
        *("slump", "slumps", "slumped", "tumble", "tumbles", "tumbled", "spike", "spikes"),
        *("spiked", "leap", "leaps", "leapt", "leaped", "rocketed", "skyrocketed"),
        *("as", "some", "about", "around", "nearly", "almost", "roughly", "approximately"),
        *("than", "over", "least", "another", "further", "additional", "extra", "plus"),
        # other languages' (``_change_before_other``): the word joining the amount, and the
        # verbs that take none
        *("un", "de", "del", "di", "um", "em", "subió", "subio", "subieron", "sube", "suben"),
        *("aumentó", "aumento", "aumentaron", "creció", "crecio", "crecieron", "crece"),
        *("crecen", "bajó", "bajo", "bajaron", "cayó", "cayo", "cayeron", "descendió"),
        *("descendio", "descendieron", "disminuyó", "disminuyo", "disminuyeron", "repuntó"),
        *("repunto", "repuntaron", "avanzó", "avanzo", "avanzaron", "redujo", "redujeron"),
        *("subiu", "subiram", "cresceu", "cresceram", "caiu", "caíram", "cairam", "aumentou"),
        *("aumentaram", "recuou", "recuaram", "avançou", "avancou", "avançaram", "avancaram"),
        *("diminuiu", "diminuíram", "diminuiram"),
    )
)


def _may_change(text: str, start: int, end: int) -> bool:
    """Whether ``change_words`` may find words of change beside ``text[start:end]``: cheap,
    never False where it finds some (tests/test_figure_levels.py checks it against the
    patterns); the import asks it of every figure."""
    if _ADDED_AFTER.match(text, end) or _back_to_period(text, end):
        return True
    if start == 0 or not text[start - 1].isspace():
        return False
    words = text[max(0, start - 48) : start].split()
    if not words:
        return False
    last = words[-1]
    i = len(last)
    while i > 0 and last[i - 1].isalpha():
        i -= 1
    return last[i:].lower() in _CHANGE_LAST


def _places_of(value: str, quote: str) -> list[tuple[int, int]]:
    """Where ``value`` stands in the quote, case folded, each place after the last (what
    ``re.finditer(re.escape(value), quote, re.IGNORECASE)`` finds, without compiling a
    pattern for every figure: the import asks this of each of its figures, and the
    ``re`` module's cache of 512 patterns does not hold them)."""
    low, needle = quote.lower(), value.lower()
    if len(low) != len(quote) or len(needle) != len(value) or not needle:
        pattern = re.compile(re.escape(value), re.IGNORECASE)
        found = [m.span() for m in pattern.finditer(quote)]
    else:
        found = []
        at = low.find(needle)
        while at >= 0:
            found.append((at, at + len(needle)))
            at = low.find(needle, at + len(needle))
    # not a place inside a longer number: "£5" of "£52", "5p" of "15p" (review25: "a cut of
    # £5 ... at a new price of £52" was refused as a change, "no change where it stands")
    return [(a, b) for a, b in found if not _inside_number(quote, a, b)]


def _inside_number(quote: str, start: int, end: int) -> bool:
    """Whether ``quote[start:end]`` is a part of a longer number: a digit goes on right
    after it (or a decimal point and a digit), or stands right before its first digit (or
    a digit and a decimal point: "5%" of "5.5%")."""
    after = quote[end : end + 2]
    if quote[end - 1 : end].isdigit() and (
        after[:1].isdigit() or (after[:1] in ".," and after[1:2].isdigit())
    ):
        return True
    before = quote[max(0, start - 2) : start]
    return quote[start : start + 1].isdigit() and (
        before[-1:].isdigit() or (before[-1:] in (".", ",") and before[:1].isdigit())
    )


def change_problem(
    value: str,
    quote: str,
    decimal_comma: bool = False,
    change: str | None = None,
    measure: str | None = None,
) -> str | None:
    """Why a figure whose words are in its quote may not be stored as a level: wherever they
    stand, words beside them make it a change ("up 34 percent", "rose 5%", "cut by 20%";
    ``change_words``). None otherwise. A figure logged as a change (``change`` "up" or
    "down") is held to the opposite rule (``change_given_problem``). On a ``measure`` that is
    itself a rate of change, a share by which what it measures changed is its level
    (``rate_change_level``: "prices rose 10.1%" is inflation of 10.1%)."""
    if change is not None:
        return change_given_problem(value, quote, change, decimal_comma)
    got = _changed(value, quote, decimal_comma)
    if got is not None and got.kind == "hedged":
        return _hedged_message(value, quote, got)
    if got is not None and got.kind == "dropped":
        return _dropped_message(value, quote, got)
    if got is None or got.kind != "change":
        return None
    if measure is not None and rate_change_level(quote, got, measure):
        fig = _parse(value, decimal_comma)
        if fig is not None and fig.dimension == "share":
            return None
    return _change_message(quote, got)


# The words before a verb of change that name the rate itself as what changed ("inflation
# rose by 0.5%", "the rate fell 2%"): a change of the rate, never its level.
_RATE_ITSELF = re.compile(
    r"\b(?:inflation|deflation|rates?|growth|increases?|rises?|pace|speed)\b", re.IGNORECASE
)


def rate_change_level(quote: str, got: ChangeWords, measure: str) -> bool:
    """Whether the change words ``got`` of a quote are the level of ``measure``, a rate of
    change: the measure's name says it is one (``change_rate_measure``: "cpi-inflation",
    "wage-growth", "rent-increase") and the words of the clause before the change do not name
    the rate itself. "The consumer prices index rose by 10.1% in the 12 months to January"
    is CPI inflation of 10.1%, as "the economy grew 0.3%" is growth of 0.3%; "inflation rose
    by 0.5%" stays a change of inflation, refused as a level."""
    if not change_rate_measure(measure):
        return False
    before = quote[: got.start]
    clause = before[max((m.end() for m in _CLAUSE.finditer(before)), default=0) :]
    return _RATE_ITSELF.search(clause) is None


def _dropped_message(value: str, quote: str, got: ChangeWords) -> str:
    number = _COMPARED.match(quote, got.start)
    amount = number.group("number") if number is not None else value
    return (
        f"the figure {value!r} leaves out {got.word!r} of the quote's"
        f" {quote[got.start : got.end]!r}: the quote gives a difference below another amount,"
        f" not a level: give the difference alone ({amount!r}) on a measure of it (a cut, a"
        " revision), or the level the quote states"
    )


def _hedged_message(value: str, quote: str, got: ChangeWords) -> str:
    return (
        f"the figure {value!r} leaves out the hedge {got.word!r} of the quote's"
        f" {quote[got.start : got.end]!r}: give it with its hedge"
        f" ({f'{got.word.lower()} {value}'!r}), or"
        " --paraphrase to store the figure as meant"
    )


def _change_message(quote: str, got: ChangeWords) -> str:
    level = _level_named(quote, got.end)
    states = f" ({level!r})" if level is not None else ""
    way = change_direction(got.word) or "up|down"
    return (
        f"the quote's {quote[got.start : got.end]!r} gives a change ({got.word!r}), not a"
        f" level: give the level the quote states{states}, or log the change as one"
        f' (--change {way}; "change" in a file)'
    )


# -- changes logged as changes ---------------------------------------------------------------
# A figure logged with ``change`` ("up" or "down") is the size of a change of its measure,
# its direction in the field ("fell 12%": "12%", down). Its quote must say it is a change
# there, and where its words say which way, the same way (docs/format.md, "Changes").
# The first words of the changes that go up and down, as ``change_words`` names them ("rose",
# "up", "higher than in 2023") and as the nouns of change say them ("a 3% rise", "a fall of
# 3%"), in the languages ``_change_before_other`` reads: a word of neither says no way.
_UP_STEMS = (
    *("up", "rose", "rise", "risen", "rising", "grew", "grow", "climb", "jump", "soar", "surg"),
    *("increas", "rais", "boost", "swell", "swollen", "higher", "more", "greater", "bigger"),
    *("gain", "hike", "hiked", "advanc", "added", "another", "further", "additional", "extra"),
    *("new",),  # "59 new cases" (and "newly confirmed"), logged as a change: up
    *("subi", "sube", "aument", "creci", "crece", "repunt", "avanz", "progress", "grimp"),
    *("stieg", "steigt", "wuchs", "wächst", "wachst", "cresc", "salit", "salgono", "cresceu"),
    *("avanç", "avanc", "spik", "leap", "rocket", "skyrocket"),
)
_DOWN_STEMS = (
    *("down", "fell", "fall", "slid", "slip", "plung", "plummet", "declin", "dip", "shr"),
    *("decreas", "reduc", "cut", "lower", "slash", "drop", "less", "fewer", "smaller", "trim"),
    *("bajó", "bajo", "bajaron", "cay", "descend", "disminu", "redujo", "redujeron", "baiss"),
    *("diminu", "recul", "chut", "sank", "sinkt", "fiel", "fäll", "calat", "calano"),
    *("scend", "sces", "caiu", "caír", "cair", "recuou", "recuaram", "lost", "loses"),
    *("losing", "shed", "slump", "tumbl"),
)


def change_direction(word: str) -> str | None:
    """Which way the word that makes a figure a change says it goes: "up" ("rose", "up",
    "higher", "subieron"), "down" ("fell", "cut", "fewer", "cayeron"), or None when it says
    no way ("by", "year on year", "um")."""
    w = word.lower().split()[0] if word.split() else ""
    if w in ("by", "um", "un", "de", "del", "di", "em"):
        return None
    if w.startswith(_DOWN_STEMS):
        return "down"
    if w.startswith(_UP_STEMS):
        return "up"
    return None


_NOUN_UP = r"rises?|raises?|increases?|jump|jumps|gains?|hikes?|growth|surge|surges|climb|climbs"
_NOUN_DOWN = r"falls?|drops?|declines?|decreases?|cuts?|reduction|reductions|dips?|slide|slump"
# "a 36-case increase", "a 10-death drop": the unit joined to the number, then the noun of
# change; not a span of time ("a 5-year rise" is a rise over five years, of another size)
_JOINED_UNIT = (
    r"\s*-\s*(?!(?:year|month|week|day|hour|minute|decade|quarter|night|session)s?\b)"
    r"[^\W\d_]+\s+"
)
# what a rate is per, between an amount and its noun of change: "a 5p a litre cut", "a £20 a
# week rise" (the parser says such a figure gives a change; review25)
_PER_UNIT = r"\s+(?:a|an|per)\s+[^\W\d_]+\s+"
# what a pay or price change is of, between its amount and its noun of change: "a 3% pay
# rise", "a 10 per cent rent hike", "a 5% wage cut" (review26; not "job", whose "25 percent
# job cuts" may count the cuts)
_CHANGED_NOUN = (
    r"(?:pay|wage|wages|salary|salaries|price|prices|rent|rents|tax|fare|fares|fee|fees"
    r"|tariff|tariffs|pension|pensions|benefit|benefits|bill|bills|premium|premiums)\s+"
)
_CHANGE_NOUN_AFTER = re.compile(
    rf"(?:{_JOINED_UNIT}|{_PER_UNIT}|(?:\s*|\s*-\s*)(?:(?:per\s*cent(?:age)?|percent(?:age)?)\s+"
    rf"(?:points?\s+)?|points?\s+)?)(?:{_CHANGED_NOUN})?(?P<noun>{_NOUN_UP}|{_NOUN_DOWN})\b",
    re.IGNORECASE,
)
# verbs that take an object ("cut 500 jobs", "dropped 1%"): no change for a level's guard
# (``_CHANGE_BEFORE`` wants "by" after them), but one for a figure its record calls a change
_CHANGE_VERB_BEFORE = re.compile(
    r"\b(?:dropped|drops|increased|increases|decreased|decreases|reduced|reduces|cut|cuts"
    r"|raised|raises|lowered|lowers|boosted|slashed|gained|gains|lost|loses|shed|sheds|trimmed"
    r"|added|adds|tumbled|tumbles|spiked|spikes|leapt|leaped|leaps|rocketed|skyrocketed)"
    r"(?:\s+by)?(?:\s+(?:about|around|nearly|almost|some|roughly|approximately"
    r"|more\s+than|less\s+than|over|at\s+least|just))?\s+$",
    re.IGNORECASE,
)
_CHANGE_NOUN_BEFORE = re.compile(
    rf"\b(?P<noun>{_NOUN_UP}|{_NOUN_DOWN})\s+of\s+(?:(?:about|around|nearly|almost|some"
    r"|roughly|approximately|more\s+than|less\s+than|over|at\s+least|just)\s+)?$",
    re.IGNORECASE,
)


def change_at(text: str, start: int, end: int, dimension: str = "count") -> ChangeWords | None:
    """The words that make the figure at ``text[start:end]`` a change, as a figure logged as
    one reads them: ``change_words``' (a verb, "up", "by", a comparison with an earlier
    period, "more"/"fewer"), or a noun of change beside it ("a 3% rise", "a fall of 3%", "a
    20-point drop"); None when none stands there (a level)."""
    # (a ratio is read too: "rose 6.5 times" logged as a change is one)
    got = change_words(text, start, end, "count" if dimension == "ratio" else dimension)
    if got is not None:
        return got
    verb = _CHANGE_VERB_BEFORE.search(text[max(0, start - 48) : start])
    if verb is not None:  # "dropped 1%", "cut 500 jobs": a change when the record says so
        at = start - (len(text[max(0, start - 48) : start]) - verb.start())
        return ChangeWords(at, end, verb.group().split()[0], "change")
    after = _CHANGE_NOUN_AFTER.match(text, end)
    if after is not None:
        return ChangeWords(start, after.end(), after.group("noun"), "change")
    new = _NEW_AFTER.match(text, end)
    if new is not None:  # "59 new cases": the cases added since the last count
        return ChangeWords(start, new.end(), "new", "change")
    return change_noun_before(text, start, end)


# "59 new cases", "12 newly confirmed infections": what was added to a count since the last
# one, which a figure logged as a change (up) may be; a level's guard leaves them alone (a
# measure of new cases has levels of its own)
_NEW_AFTER = re.compile(r"\s+new(?:ly\s+[^\W\d_]+)?\b", re.IGNORECASE)
_NEW_INSIDE = re.compile(
    r"(?P<number>\d[\d,.]*)(?P<gap>\s+new(?:ly\s+[^\W\d_]+)?)(?=\s+[^\W\d_])", re.IGNORECASE
)


_NEW_OWN = re.compile(r"(?P<amount>.*?\d[\d,.]*)(?P<new>\s+new(?:ly\s+[^\W\d_]+)?)\b", re.I)


def _new_inside(value: str, quote: str, dc: bool) -> ChangeWords | None:
    """For a figure found only once "new" is taken out after its number ("59 cases" of "59
    new cases"): the words that make it a change up, as ``change_at`` reads them."""
    m = _found_without_gap(_NEW_INSIDE, value, quote, dc)
    return None if m is None else ChangeWords(m.start(), m.end(), "new", "change")


def change_noun_before(text: str, start: int, end: int) -> ChangeWords | None:
    """The noun of change whose amount the figure at ``text[start:end]`` is ("a rise of about
    15%", "a cut of 20%"), as ``ChangeWords``; None otherwise."""
    before = _CHANGE_NOUN_BEFORE.search(text[max(0, start - 48) : start])
    if before is None:
        return None
    at = start - (len(text[max(0, start - 48) : start]) - before.start())
    return ChangeWords(at, end, before.group("noun"), "change")


def change_given_problem(
    value: str, quote: str, change: str, decimal_comma: bool = False
) -> str | None:
    """Why a figure logged as a change (``change`` "up" or "down") may not be stored so:
    its quote gives no change where its words stand (a level there: "inflation was 3.1%"),
    or the quote's words of change go the other way ("fell 12%" logged as up). None when
    the quote says a change at every place the figure stands, each the way ``change`` says
    or no way ("3% year on year"). A hedge the figure leaves out is refused as for a level."""
    places = _places_of(value, quote)
    fig = _parse(value, decimal_comma)
    if not places and fig is not None and _money(fig.dimension):
        # its shared sign written for the currency meant ("NZ$8.4 million" of the quote's
        # "had risen by $8.4 million"): the change is where the quote's figure stands, as
        # `add` finds a level there (review27: the change was refused after the currency
        # question, and could not be stored)
        places = next((_places_of(text, quote) for text, found in
                       quoted_readings(quote, decimal_comma) if text != value
                       and found.dimension != fig.dimension and same_reading(fig, found)),
                      [])  # fmt: skip
    dimension = fig.dimension if fig is not None else "count"
    found: list[ChangeWords] = []
    for start, end in places:
        got = change_at(quote, start, end, dimension)
        if got is None:
            found = []
            break
        if fig is not None:
            got = hedge_left_out(quote, got, start, fig, decimal_comma)
        if got.kind == "hedged":
            return _hedged_message(value, quote, got)
        found.append(got)
    if not places:
        inside = _compared_inside(value, quote, decimal_comma)  # "818,000 jobs" of "fewer"
        inside = inside or _new_inside(value, quote, decimal_comma)  # "59 cases" of "new"
        found = [inside] if inside is not None else []
    own = _NEW_OWN.match(value) if not found and change == "up" else None
    if own is not None:  # "59 new cases" typed whole: its "new" is the change, not its unit
        return (
            f"the figure {value!r} holds its own word of change ({own.group('new').strip()!r}):"
            f" give the amount alone ({own.group('amount')!r}) with --change up"
        )
    if not found:
        return (
            f"the figure {value!r} is logged as a change ({change}), but its quote gives no"
            " change where it stands (no 'rose', 'down', 'a rise of' ...): leave --change out"
            " to log the level it states, or --paraphrase to store the change as meant"
        )
    for got in found:
        way = change_direction(got.word)
        if way is not None and way != change:
            said = "rise" if way == "up" else "fall"
            return (
                f"the quote's {quote[got.start : got.end]!r} gives a {said} ({got.word!r}),"
                f" but the figure is logged as a change {change}: give --change {way}"
            )
    return None


def added_words(value: str, quote: str, decimal_comma: bool = False) -> ChangeWords | None:
    """The words of the quote that add a figure to another amount ("another 324", "an
    additional 0.1%", "RPI plus 0.5%"), not below it ("818,000 fewer"), as ``added_warning``
    reads them; None otherwise."""
    got = _changed(value, quote, decimal_comma)
    if got is None or got.kind != "added" or got.word.lower() in _BELOW_WORDS:
        return None
    return got


def added_warning(value: str, quote: str, decimal_comma: bool = False) -> str | None:
    """A warning for a figure whose quote says it is added to another amount ("another 324
    people", "113 more"): the amount of another group (a level) or an increase (no level),
    which the words do not say. None otherwise."""
    got = _changed(value, quote, decimal_comma)
    return None if got is None or got.kind != "added" else _added_message(quote, got)


def _fewer_message(quote: str, got: ChangeWords) -> str:
    return (
        f"warning: the quote's {quote[got.start : got.end]!r} gives a difference below another"
        f" amount ({got.word!r}): stored as the size of that difference, not a level; keep it"
        " on a measure of the difference (a cut, a revision down), or log the level the"
        " source states instead"
    )


def _added_message(quote: str, got: ChangeWords) -> str:
    if got.word.lower() in _BELOW_WORDS:  # "818,000 fewer": a difference below, not added
        return _fewer_message(quote, got)
    return (
        f"warning: the quote's {quote[got.start : got.end]!r} adds to another amount"
        f" ({got.word!r}): stored as a level of its own group; if it is an increase, log the"
        " level instead"
    )


# -- rates stored as shares ------------------------------------------------------------------
# "inflation of 7%", "a 5% interest rate", "growth of 3% last year": a share that is a rate,
# not a proportion of one whole. It is stored as a share (the figure is right), but the engine
# judges the shares of a measure below 100% on their smaller side (docs/conflicts.md, rule 6:
# 7% as its complement 93% would be), which a rate has not; said when it is stored.
_RATE_WORDS = (
    r"inflation|deflation|interest|growth|yields?|returns?|appreciation|depreciation"
    r"|mortgage\s+rates?|interest\s+rates?|growth\s+rates?|inflation\s+rates?|gdp"
)
_RATE_BEFORE = re.compile(
    rf"\b(?P<word>{_RATE_WORDS})\b(?:\s+(?:rate|rates))?\s+(?:of|at|was|is|were|stood\s+at"
    r"|reached|hit|fell\s+to|rose\s+to|came\s+in\s+at|to)\s+(?:(?:about|around|nearly|almost"
    r"|some|roughly|just|over|under|more\s+than|less\s+than)\s+)?$",
    re.IGNORECASE,
)
_RATE_AFTER = re.compile(
    rf"\s+(?:annual\s+|yearly\s+|monthly\s+)?(?P<word>{_RATE_WORDS})\b", re.IGNORECASE
)


def rate_warning(value: str, quote: str, decimal_comma: bool = False) -> str | None:
    """A warning for a share whose quote makes it a rate ("inflation of 7%", "a 5% interest
    rate"), stored as a share of one whole; None otherwise (and for a share of a named base,
    "7% of voters")."""
    if "%" not in value and "cent" not in value.lower():
        return None
    places = _places_of(value, quote)
    if not places:
        return None
    fig = _parse(value, decimal_comma)
    if fig is None or fig.dimension != "share" or (fig.unit or "%") != "%":
        return None
    for start, end in places:
        before = _RATE_BEFORE.search(quote[max(0, start - 48) : start])
        after = _RATE_AFTER.match(quote, end)
        if before is not None:
            span, word = quote[start - len(before.group()) : end], before.group("word")
        elif after is not None:
            span, word = quote[start : after.end()], after.group("word")
        else:
            continue
        return (
            f"warning: the quote's {span!r} gives a rate ({word.lower()!r}), not a proportion"
            " of one whole: stored as a share; `conflicts` judges the shares of a measure below"
            " 100% as proportions, on their smaller side (60% against 70% as 40% against 30%),"
            " unless the measure's name says they are rates ('inflation', 'interest-rate',"
            " 'gdp-growth': docs/conflicts.md, rule 6)"
        )
    return None


# -- numbers that name, in the quote ---------------------------------------------------------
# A figure's number in its quote may name something or describe it rather than count it:
# joined to a word or a number ("Covid-19", "F-35", "9/11", "24/7", "a 5-year-old", "50-50",
# "1 hour's"), after a word that names by number ("Article 50", "Route 66", "Boeing 737",
# "No 10", "top 10"), a year ("in 2019", "the 2019 report"), or followed by words that say
# more than the figure and that the parser refuses for what they say ("one in five a year",
# "34% increase"). Stored, the figure would be a count or an amount the quote does not give.
_JOINED_BEFORE = re.compile(r"(?:[^\W\d_]-|[\w]/|#|\d[-–])$")
_JOINED_AFTER = re.compile(r"(?:[-–/:]\w|['’]s\b)")
_JOINED_OK = re.compile(  # a count of members: "a 10,000-strong crowd", "a 43-member panel"
    r"[-–](?:strong|member|members|person|man|men|woman|women|seat|nation|party|vehicle|car"
    r"|ship|plane|odd|ish|plus)\b",
    re.IGNORECASE,
)
_NAMING_WORDS = re.compile(
    r"(?:(?i:\b(?:article|articles|section|sections|route|number|boeing|airbus|chapter"
    r"|clause|paragraph|page|room|flight|highway|interstate|level|category|grade|phase|stage"
    r"|model|version|resolution|amendment|title|covid|windows|iphone|apollo|gate|platform"
    r"|bus|line|channel|episode|season|volume|vol\.|act|bill|rule|proposition|prop\.|district"
    r"|ward|precinct|block|unit|lot|exit|junction|terminal|pier|berth|magnitude)))\s+$"
)
# A naming word after a determiner is a plain noun ("at this stage", "by that point"), which a
# figure that counts may follow: "At this stage 19 people remain in hospital" was refused as
# naming "stage 19" (time18's Grenfell log shortened its quote to get past it). Only with a
# count's word after the figure ("that level 3 alert" still names level 3).
_COMMON_NOUN_BEFORE = re.compile(
    r"(?i:\b(?:this|that|these|those|which|what|each|every|any|another|same|next|last))\s+$"
)
_YEAR_VERBS = frozenset(("was", "is", "has", "does", "marks", "sees", "brings", "proves"))
# Words after a four-digit number that say it counts (no "s" to show a plural): "1800
# children", "2000 dead", "1900 were"; not "and"/"to"/"or", which join years ("2019 to 2021")
_COUNT_AFTER = frozenset(
    (
        *("people", "children", "men", "women", "police", "staff", "personnel", "cattle"),
        *("sheep", "fish", "deer", "livestock", "crew", "feet", "teeth", "mice", "geese"),
        *("dead", "missing", "homeless", "injured", "killed", "wounded", "displaced"),
        *("arrested", "detained", "evacuated", "rescued", "affected", "infected", "died"),
        *("are", "were", "have", "had", "remain", "remained", "still", "more", "others"),
    )
)
_GROUPED_DIGITS = re.compile(r"\d[,\u202f]\d{3}(?!\d)")
_NUMBER_SIGN = re.compile(r"\bNos?\.?\s+$|(?i:\b(?:the|a|its|their|in)\s+top\s+$)")
_YEAR_BEFORE = re.compile(
    r"\b(?:in|since|by|from|until|till|of|the|early|late|mid|before|after|during|between|and"
    r"|to|through|fiscal|year|summer|winter|spring|autumn|fall|january|february|march|april"
    r"|may|june|july|august|september|october|november|december)\s+$|\bmid-$",
    re.IGNORECASE,
)
_MEANING_WORDS = (
    *("a", "an", "per", "every", "each", "apiece", "hourly", "daily", "weekly", "monthly"),
    *("quarterly", "yearly", "annually", "ago", "later", "earlier", "increase", "increases"),
    *("rise", "rises", "drop", "drops", "fall", "falls", "cut", "cuts", "decline", "declines"),
    *("decrease", "decreases", "reduction", "jump", "gain", "gains", "hike", "growth", "surge"),
    *("high", "low", "record", "higher", "lower", "year", "month", "week", "day", "hour"),
)
_MEANING_NEXT = re.compile(rf"\s*(?:{'|'.join(_MEANING_WORDS)})\b", re.IGNORECASE)
_MEANING_SET = frozenset(_MEANING_WORDS)


def _meaning_next(after: str) -> bool:
    """Whether ``_MEANING_NEXT`` matches at the start of ``after`` (the quote after a figure):
    its first word, after any spaces, is one of ``_MEANING_WORDS`` (a whole word, any case).
    A first word of ASCII letters (most) is looked up in a set; the pattern reads the rest
    (a letter it folds: "ſ" is an "s" to it). Asked of every figure of an import."""
    rest = after.lstrip()
    n = len(rest)
    i = 0
    while i < n and rest[i].isascii() and rest[i].isalpha():
        i += 1
    if i < n and not rest[i].isascii():
        return _MEANING_NEXT.match(after) is not None
    if i == 0:
        return False  # (a mark, a digit, or nothing: no word of the list starts here)
    if i < n and (rest[i].isalnum() or rest[i] == "_"):
        return False  # (the word goes on with a digit: no word boundary after its letters)
    return rest[:i].lower() in _MEANING_SET


_MEANING_MARKS = (
    "per period",
    "a rate of change",
    "gives a change",
    "measures the",
    "a moment in time",
    "names a record",
    "inside a description",
    "rate of a rate",
)
# "$20 per head", "$500 each", "20 a head": an amount per something, not the amount of the
# whole: right on a measure of the amount each ("award-per-worker"), wrong on one of the
# whole; said when it is stored. After "per", "each" or "apiece" only ("59% a Maduro" is
# Spanish: to Maduro).
PER_THING = "a rate per something other than a period"
PER_THING_NEXT = re.compile(
    r"\s*(?:per\b|apiece\b|a\s+(?:head|person|piece)\b"
    # "$500 each", "$500 each to 40 families"; not "two suppliers each agreed"
    r"|each(?=\s*(?:[.,;:!?)\"'’”]|$|(?:to|for|from|in|on|at|by|per|a|an)\b)))",
    re.I,
)


# words of what ``named_at`` reads after a figure: a quote without one says no more there
_SAYS_MORE = re.compile(
    r"\b(?:hours?|days?|weeks?|months?|years?|quarters?|annum|hourly|daily|weekly|monthly"
    r"|quarterly|yearly|annually|ago|later|earlier|high|low|record|higher|lower|increases?"
    r"|rises?|drops?|falls?|cuts?|declines?|decreases?|reduction|jump|gains?|hike|growth"
    r"|surge)\b",
    re.IGNORECASE,
)


class Named(NamedTuple):
    """Why a figure's number names or describes rather than gives an amount (``why``), and
    the quote's words that say so (``start``, ``end``)."""

    why: str
    start: int
    end: int


def named_at(
    quote: str,
    start: int,
    end: int,
    fig: Figure,
    decimal_comma: bool = False,
    period: str | None = None,
) -> Named | None:
    """Why the figure's words at ``quote[start:end]`` name or describe rather than give an
    amount, with the quote's words that say so (``Named``), or None. ``period``: the period
    the claim's measure names ("month" for "monthly-inflation"): a share said per that
    period ("2.4% monthly", "3% a year", "2% month-on-month") is the measure's figure."""
    before, after = quote[max(0, start - 24) : start], quote[end : end + 40]
    named_before = _may_name(before)  # cheap: most figures have none of the words below
    # after the number itself ("5-year-old", "9/11"): not after a unit ("agency/contract")
    joined = _JOINED_AFTER.match(after) if quote[end - 1 : end].isdigit() else None
    if joined is None and after[:1] in ("'", "’"):
        joined = re.match(r"['’]s\b", after)
    if (named_before and _JOINED_BEFORE.search(before)) or (joined and not _JOINED_OK.match(after)):
        a = start - len(re.search(r"[\w/#–-]*$", before).group())  # type: ignore[union-attr]
        b = re.match(r"[-–/:'’\w]*", after)
        z = end + (len(b.group()) if b is not None else 0)
        return Named(f"joins its number to another word or number ({quote[a:z]!r})", a, z)
    # a number with a thousands separator is an amount, not a name ("the number 20,000 is an
    # exaggeration", "Phone number 637,430": no route, flight or article is written so)
    naming = named_before and not _GROUPED_DIGITS.search(quote, start, end)
    word = _NAMING_WORDS.search(before) if naming else None
    if word is None and naming and quote[start : start + 1].isdigit():
        # "No 10", "No. 1" (not "No. Only 3%"), "the top 10" (not "could top 2,000")
        word = _NUMBER_SIGN.search(before)
    if word is not None and not (  # "at this stage 19 people": a noun, and a count after it
        _COMMON_NOUN_BEFORE.search(before, 0, word.start())
        and (nxt := re.match(r"\s*([A-Za-z]+)", after)) is not None
        and nxt.group(1).lower() in _COUNT_AFTER
    ):
        a = start - len(word.group())
        return Named(f"names a thing by its number ({quote[a:end]!r})", a, end)
    number = quote[start:end].strip()
    if fig.unit is None and fig.exact and len(number) == 4 and number[:2] in ("18", "19", "20"):
        nxt = re.match(r"\s*([A-Za-z]+)", after)
        nxt_word = nxt.group(1).lower() if nxt is not None else ""
        plural = (
            nxt_word.endswith("s") and nxt_word not in _YEAR_VERBS
        ) or nxt_word in _COUNT_AFTER
        if _YEAR_BEFORE.search(before) or (nxt is not None and not plural):
            a, z = max(0, start - 6), end + (nxt.end() if nxt is not None else 0)
            return Named(f"is a year there ({quote[a:z].strip()!r})", a, z)
    if fig.unit is None and fig.exact and len(number) <= 2 and number.isdigit():
        day = _day_of_a_date(quote, start, end, before, after, int(number))
        if day is not None:
            return day
    if _meaning_next(after):
        return _words_after_say_more(quote, start, end, fig, after, decimal_comma, period)
    return None


def _words_after_say_more(
    quote: str,
    start: int,
    end: int,
    fig: Figure,
    after: str,
    decimal_comma: bool,
    period: str | None,
) -> Named | None:
    """Why the words after the figure (``after``, ``_meaning_next``) say it is no amount of
    its own ("20 a year ago", "34% increase", "2.4% monthly"), or None (``named_at``)."""
    words = after.split()
    refusals: list[tuple[str, str]] = []
    for k in range(1, min(4, len(words)) + 1):
        longer = quote[start:end] + " " + " ".join(words[:k])
        longer = longer.rstrip(".,;:!?)\"'’”")
        try:
            parse_figure(longer, decimal_comma=decimal_comma)
        except FigureError as e:
            said = str(e)
            if "is the amount at a moment" in said and "/" not in fig.dimension:
                # "300 a year earlier", "26 percent a year ago" (whose "26 percent a year"
                # alone would be a rate): the amount at that moment, read
                return None
            tail = " ".join(words[:k]).rstrip(".,;:!?)\"'’”")
            if period is not None and fig.dimension == "share" and share_period(tail) == period:
                return None  # "2.4% monthly" on monthly-inflation: the measure's own
            refusals.append((longer, said))
    for longer, said in refusals:
        if any(mark in said for mark in _MEANING_MARKS):
            z = quote.find(longer[-8:], start) + 8 if longer[-8:] in quote else end
            return Named(f"says more there ({longer!r}: {said})", start, max(z, end))
    return None


# A change over a period after a share ("year on year", "m/m", "on the year", "from a year
# earlier"): the period is its first word of one (rest.py's _OVER_A_PERIOD reads the same)
_OVER_A_PERIOD = re.compile(
    r"(?:(year|month|quarter|week)\s*-?\s*on\s*-?\s*(?:year|month|quarter|week)|(y)oy|(y)\s*/\s*y"
    r"|(m)\s*/\s*m|(q)\s*/\s*q|(?:on|from)\s+(?:the|a)\s+(year|month|quarter|week)"
    r"(?:\s+(?:earlier|before|ago))?)"
)
_PERIOD_LETTERS = {"y": "year", "m": "month", "q": "quarter"}


def share_period(words: str) -> str | None:
    """The period that the words after a share say it is per ("monthly", "a year", "per
    annum", "p.a.", "month-on-month", "yoy", "from a year earlier"), or None when they say
    no one period (or more)."""
    low = " ".join(words.lower().split())
    if low in _rates.PERIOD_ADVERBS:
        return _rates.PERIOD_ADVERBS[low]
    if low in ("p.a.", "p.a", "pa"):
        return "year"
    pair = low.split(" ")
    if len(pair) == 2:
        return _rates.period_after(pair[0], pair[1])
    m = _OVER_A_PERIOD.fullmatch(low)
    if m is None:
        return None
    got = next(g for g in m.groups() if g)
    return _PERIOD_LETTERS.get(got, got)


# a month's name as dates write it, capitalised ("12 March", "March 12", "12th of Sept."), from
# the parser's own table of months: a lower-case "may" or "march" is a verb more often than a
# month
_MONTH_NAME = (
    "(?:"
    + "|".join(sorted({m.rstrip(".").capitalize() for m in _MONTHS}, key=lambda m: (-len(m), m)))
    + r")\b\.?"
)
_MONTH_AFTER_DAY = re.compile(rf"(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTH_NAME}")
_MONTH_BEFORE_DAY = re.compile(rf"\b{_MONTH_NAME}\s+$")
# after "March 12": a date unless a word in lower case follows ("In March 12 people died":
# a count of people), but for words no count stands before ("Since March 1 the toll ...")
_DAY_ENDS = re.compile(
    r"(?:st|nd|rd|th)?(?!\w)(?!\s*[-–]\s*\d)"
    r"(?!\s+(?!(?:the|a|an|at|in|on|when|while|after|before|until|its|his|her|their|this)\b)[a-z])"
)


def _day_of_a_date(
    quote: str, start: int, end: int, before: str, after: str, value: int
) -> Named | None:
    """Why a bare number of 1-31 is the day of a date beside a month's name ("On 12 March 40
    died", "by March 12, 40 had died": the amount is 40, not 12), or None."""
    if not 1 <= value <= 31:
        return None
    month = _MONTH_AFTER_DAY.match(after)
    if month is not None:
        return Named(f"is a day of a date there ({quote[start : end + month.end()]!r})", start,
                     end + month.end())  # fmt: skip
    month = _MONTH_BEFORE_DAY.search(before)
    if month is not None and _DAY_ENDS.match(after):
        a = start - len(before) + month.start()
        return Named(f"is a day of a date there ({quote[a:end]!r})", a, end)
    return None


# the words ``_NAMING_WORDS`` and ``_NUMBER_SIGN`` end on (and a few more: a wider net is
# harmless, a narrower one is not)
_NAMING_LAST = frozenset(re.findall(r"[a-z]+", _NAMING_WORDS.pattern.lower())) | frozenset(
    ("no", "nos", "top")
)


def names_by_number(word: str) -> bool:
    """Whether ``word`` names a thing by the number after it ("magnitude", "category",
    "route", "no."): a figure's unit never ends on it when a number follows (extract42)."""
    return word.lower().rstrip(".") in _NAMING_LAST


def _may_name(before: str) -> bool:
    """Whether ``_JOINED_BEFORE``, ``_NAMING_WORDS`` or ``_NUMBER_SIGN`` may match the end of
    ``before``: cheap, never False where one does (tests/test_figure_levels.py checks it)."""
    last = before[-1:]
    if not last:
        return False
    if last in "-/#–":
        return True
    if not last.isspace():
        return False
    words = before.split()
    if not words:
        return False
    token = words[-1].lower().rstrip(".")
    i = len(token)
    while i > 0 and token[i - 1].isalpha():
        i -= 1
    return token[i:] in _NAMING_LAST


def named_problem(
    value: str, quote: str, decimal_comma: bool = False, period: str | None = None
) -> str | None:
    """Why a figure whose words are in its quote may not be stored: wherever they stand, the
    number names or describes something rather than gives an amount (``named_at``). None
    when they stand somewhere as an amount, or are not found as text. ``period``: the period
    the claim's measure names, whose words after a share say what the measure says
    (``named_at``)."""
    fig = _parse(value, decimal_comma)
    if fig is None:
        return None
    places = _whole_places(value, quote)
    if not places and any(c.isdigit() for c in value) and _SAYS_MORE.search(quote):
        # "1 in 5" of the quote's "One in five a year": where it reads the same
        texts = [t for t, f in quoted_readings(quote, decimal_comma) if same_reading(fig, f)]
        places = [p for text in dict.fromkeys(texts) for p in _whole_places(text, quote)]
    why = None
    for start, end in places:
        got = named_at(quote, start, end, fig, decimal_comma, period)
        if got is None:
            return None  # an amount somewhere in the quote
        why = why or got.why
    if why is None:
        return None
    return (
        f"the figure {value!r} in its quote {why}: give the amount the quote states, or"
        " --paraphrase to store the figure as meant"
    )


# -- a unit or a currency the quote gives and a bare figure leaves out ----------------------
# "5" of "it cost 5 bucks", "5 pounds", "5 tons", "5 cr rupees": the parser refuses the
# quote's words after the number (slang, ambiguous, a scale it does not read), so no larger
# figure is read there (``cut_problem``) and the bare number went in as a count. And "3
# million" of "in dollars: 3 million": the currency stands in another clause, no amount of
# its own. A figure with no unit whose quote says one is refused (the rule of session 28).
_BARE_FIGURE = re.compile(
    r"[0-9][0-9.,\u202f ]*(?:\s*(?:hundred|thousand|million|billion|trillion|lakh|lakhs|crore"
    r"|crores|m|bn|k))?",
    re.IGNORECASE,
)
_SCALE_AFTER = SCALE_WORDS | _words("m bn k")
# scales the parser does not read, written after a number ("Rs 5 cr", "5 mn")
_ODD_SCALES = _words("cr crs mn mln lac lacs")
# money named in words: the parser's currency names are checked; these find the candidates
# (not the words that are as often something else: "won", "real", "crowns", "pounds")
_MONEY_NAMED = re.compile(
    r"(?i:\b(?:dollars?|euros?|pounds\s+sterling|sterling|bucks?|quid|rupees?|yen|yuan"
    r"|renminbi|pesos?|francs?|dinars?|riyals?|rials?|rubles?|roubles?|liras|lire|naira"
    r"|shillings?|dirhams?|kroner|kronor|reais)\b)"
    r"|\b(?:USD|EUR|GBP|INR|JPY|CNY|RUB|NGN|KES|ZAR|PKR|MXN|AUD|CAD|CHF|BRL)\b"
)
_CLAUSE = re.compile(r"[.;!?]\s")
# what may follow a number that counts nothing named ("3 million, and ...", "3 million for")
_NOT_A_NOUN = _words(
    "and or but more in of for to on at by with was were is are has have had will would said"
    " says from than per each a an the this that which who it its over since"
)


def _unit_after(tail: str) -> tuple[str, str] | None:
    """The words at the start of ``tail`` (the quote right after a number) that give the
    number a unit the parser refuses, or money (its words, and why: the parser's reason, or
    "money"); None when they give none."""
    if not tail[:1].isspace():
        return None
    _match, _normalise, _tokens = _tokenizer()
    _unit_index, POINT_WORDS = _unit_table()
    text = _normalise(tail[: _clause_end(tail)])
    toks = _tokens(text)
    i = 0
    while i < len(toks) and toks[i][1] in _SCALE_AFTER:
        i += 1
    if i < len(toks) and toks[i][1] in _ODD_SCALES:
        w = toks[i][1]
        why = f'"{w}" is a scale claimtrack does not read: write "crore", "million" ...'
        return text[: toks[i][3]], why
    hit = _match(_unit_index(), toks, i)
    if hit is None:
        return None
    (kind, *rest), j = hit
    words = text[: toks[j - 1][3]]
    if kind == "refuse" and not (j == i + 1 and toks[i][1] in POINT_WORDS):
        return words, str(rest[0]).replace("{u}", text[toks[i][2] : toks[j - 1][3]])
    if kind == "unit" and str(rest[0]).startswith("currency:"):
        return words, "money"
    return None


def _clause_end(text: str) -> int:
    m = _CLAUSE.search(text)
    return len(text) if m is None else m.start()


def unit_left_out(value: str, quote: str, decimal_comma: bool = False) -> str | None:
    """Why a figure with no unit ("5", "3 million") may not be stored with its quote: the
    quote gives its number a unit or a currency the figure leaves out ("5 bucks", "5 pounds",
    "5 cr rupees"), or names money in words in the same sentence and the number counts
    nothing named there ("in dollars: 3 million"). None otherwise."""
    value = value.strip()
    if not _BARE_FIGURE.fullmatch(value) or not value[-1:].isalnum():
        return None
    places = [
        (a, z)
        for a, z in _places_of(value, quote)
        if not (a and (quote[a - 1].isalnum() or quote[a - 1] in _MONEY_SIGNS))
        and not (z < len(quote) and quote[z].isalnum())
    ]
    if not places:
        return None
    said = [_unit_after(quote[z : z + 60]) for _, z in places]
    if all(x is not None for x in said):
        words, why = next(x for x in said if x is not None)
        shown = f"{quote[places[0][0] : places[0][1]]} {words}"
        what = "currency" if why == "money" else "unit"
        because = "" if why == "money" else f" ({why})"
        return (
            f"the figure {value!r} leaves out the {what} of the quote's {shown!r}{because}:"
            " give the figure with it, or --paraphrase to store the figure as meant"
        )
    return _money_elsewhere(value, quote, places)


# A currency written before an amount the parser reads only without it ("Rs half million":
# "Rs" reads before digits, not before words): the token just before a figure's words, and
# whether it is a currency's sign or code, asked of the parser once per token.
_TOKEN_BEFORE = re.compile(r"(\S{1,5})\s*$")
_CURRENCY_PREFIX: dict[tuple[str, bool], bool] = {}


def _currency_prefix(token: str, decimal_comma: bool) -> bool:
    """``token`` ("Rs", "Rs.", "USD", "$") reads as a currency before an amount."""
    key = (token.lower(), decimal_comma)
    hit = _CURRENCY_PREFIX.get(key)
    if hit is None:
        if len(_CURRENCY_PREFIX) > 4096:
            _CURRENCY_PREFIX.clear()
        fig = _parse(f"{token} 1", decimal_comma) if token[:1].isalpha() else None
        hit = _CURRENCY_PREFIX[key] = fig is not None and _money(fig.dimension)
    return hit


def currency_before(value: str, quote: str, decimal_comma: bool = False) -> str | None:
    """Why a figure with no currency ("half million") may not be stored with a quote that
    writes a currency's code just before its words ("about Rs half million"): the figure is
    that amount without its currency, which the parser reads before digits ("Rs 500,000")
    but not before a number in words. None otherwise."""
    if not quote or not any(c.isalpha() for c in value):  # (digits: read with their sign)
        return None
    figure = _parse(value, decimal_comma)
    if figure is None or figure.dimension != "count":
        return None
    for a, z in _places_of(value.strip(), quote):
        if a and quote[a - 1].isalnum():
            continue
        m = _TOKEN_BEFORE.search(quote, max(0, a - 12), a)
        if m is not None and _currency_prefix(m.group(1), decimal_comma):
            token = m.group(1)
            if _parse(f"{token} {value}", decimal_comma) is not None:
                return _currency_left_out(value, f"{token} {quote[a:z]}")
            digits = (
                f"{figure.low:,}"
                if figure.high == figure.low
                else f"{figure.low:,} to {token} {figure.high:,}"
            )
            return (
                f"the figure {value!r} leaves out the currency of the quote's "
                f"{token + ' ' + quote[a:z]!r}, which is read only with the amount in digits: "
                f"give it as {token + ' ' + digits!r} with --paraphrase to store the figure as "
                "meant"
            )
    return None


# what joins an amount of money to a number that restates it in another currency: a comma, a
# bracket, "or", "equivalent to", "i.e.", "worth" ("2.5 billion yuan, or about 350 million")
_RESTATED_AS = re.compile(
    r"\s*(?:,\s*)?(?:\(\s*)?(?:\b(?:or|i\.e\.|equivalent\s+to|worth)\s+)?(?:\broughly\s+)?\Z",
    re.IGNORECASE,
)


# a time after "a day" (a moment, no rate): "4,000 people a day after the vote"
_A_TIME_AFTER = frozenset(("after", "before", "later", "earlier", "ago", "of", "early", "late"))


def restated_money(value: str, quote: str, decimal_comma: bool = False) -> str | None:
    """Why a bare number ("about 350 million") may not be stored with a quote where it
    restates the amount of money right before it in a currency the quote does not name
    ("2.5 billion yuan, or about 350 million"): as a count it drops the currency without a
    word (extract44; extract refuses the same span with this reason). None otherwise, and
    for a number that names its currency or its unit ("$350 million", "1,200 families")."""
    figure = _parse(value, decimal_comma)
    if figure is None or figure.dimension != "count" or figure.unit is not None:
        return None
    for a, _ in _places_of(value.strip(), quote):
        money = money_restated_at(quote, a, decimal_comma)
        if money is not None:
            return (
                f"the figure {value!r} restates the quote's {money!r} in a currency the quote "
                "does not name: give the figure with its currency if the article says which, "
                "or --paraphrase to store the figure as meant"
            )
    return None


def money_restated_at(text: str, at: int, decimal_comma: bool = False) -> str | None:
    """The amount of money, as written, that ends right before ``text[at:]`` joined to it as
    a restatement (a comma, a bracket, "or", "equivalent to" ...: ``_RESTATED_AS``); None
    when there is none."""
    start = max(0, at - 40)
    joint = _RESTATED_AS.search(text, start, at)
    if joint is None or not text[joint.start() : at].strip():
        return None  # nothing but a space between: no restatement ("$5m 40 people")
    words = text[: joint.start()].split()
    for k in range(min(5, len(words)), 0, -1):  # the longest words read as money
        said = " ".join(words[-k:]).lstrip("(")
        figure = _parse(said, decimal_comma)
        if figure is not None and figure.dimension.startswith("currency:"):
            return said
    return None


def unit_given_problem(
    value: str, quote: str, dimension: str | None, decimal_comma: bool = False
) -> str | None:
    """Why a record's bare figure ("5 million", "9") may not be stored in the ``dimension`` its
    ``unit`` field gives it (a currency, a length ...): its quote holds no figure of that
    number in that dimension ("Aid of 5 million was pledged." as $5 m, "a convoy 9 long" as 9
    km). ``add`` and ``edit`` refuse the same with ``--unit`` (``figure_guards._unit_problem``).
    None for a count, a share, or a figure that names its own unit."""
    if dimension in (None, "count", "share") or "/" in (dimension or ""):
        return None
    figure = _parse(value, decimal_comma)
    if figure is None or figure.dimension != "count" or figure.unit is not None:
        return None
    for _, found in quoted_readings(quote, decimal_comma):
        if found.dimension == dimension and (found.low, found.high) == (figure.low, figure.high):
            return None
    return (
        f"the figure {value!r} is given a unit ({dimension}) that its quote does not say: "
        "give the figure as the quote says it, or --paraphrase to store the figure as meant"
    )


def _money_elsewhere(value: str, quote: str, places: list[tuple[int, int]]) -> str | None:
    """The refusal of a bare figure whose sentence names money in words with no amount of
    its own ("in dollars: 3 million"), where the figure's number counts nothing named."""
    _match, _normalise, _tokens = _tokenizer()
    _unit_index = _unit_table()[0]
    for a, z in places:
        nxt = re.match(r"\s*([A-Za-z]+)", quote[z:])
        if nxt is not None and nxt.group(1).lower() not in _NOT_A_NOUN:
            return None  # "3 million people": it counts them
        start = max((m.end() for m in _SENTENCE_END.finditer(quote, 0, a)), default=0)
        sentence = quote[start : z + _clause_end(quote[z:])]
        for m in _MONEY_NAMED.finditer(sentence):
            before = sentence[: m.start()].split()
            if before and (
                before[-1][-1:].isdigit() or _BARE_FIGURE.fullmatch(" ".join(before[-2:]))
            ):
                continue  # the amount of its own ("5 dollars", "3 million euros")
            toks = _tokens(_normalise(m.group()))
            hit = _match(_unit_index(), toks, 0)
            money = hit is not None and (
                hit[0][0] == "refuse" or str(hit[0][1]).startswith("currency:")
            )
            if money:
                return (
                    f"the figure {value!r} gives no unit, and its quote names money with no"
                    f" amount of its own ({m.group()!r}): give the figure with its currency"
                    " and --paraphrase to store it as meant, or with what it counts"
                )
        scale = value.split()[-1].lower()
        if scale not in _SCALE_AFTER or scale in ("m", "k"):
            continue
        # "$3 million, and 2 million more": the scale repeated, the currency not
        for other, fig in quoted_readings(sentence):
            if _money(fig.dimension) and scale in fold(other).split():  # "50 billion euros"
                return (
                    f"the figure {value!r} gives no unit, and its sentence gives another"
                    f" {scale} in money ({other!r}): give the figure with its currency and"
                    " --paraphrase to store it as meant, or with what it counts"
                )
    return None


# Words right before a figure that hedge it and that the parser does not read ("perhaps 35
# people", "something like 4,000"): the figure without them would be stored as said for sure.
_UNREAD_BEFORE = re.compile(
    rf"\b(?P<hedge>{'|'.join(_UNREAD_HEDGES)}|(?:something|anything)\s+like)\s+$",
    re.IGNORECASE,
)


_UNREAD_ANY = re.compile(rf"\b(?:{'|'.join(_UNREAD_HEDGES)}|like)\b", re.IGNORECASE)


def unread_hedge_problem(value: str, quote: str, decimal_comma: bool = False) -> str | None:
    """Why a figure read as exact may not be stored when, wherever its words stand in the
    quote, a hedge the parser does not read stands right before them ("perhaps 35 people",
    "something like 4,000 people": ``extract`` shows them refused). None otherwise (and for a
    range or a hedged figure: "probably between 10 and 50" says it is not sure)."""
    if _UNREAD_ANY.search(quote) is None:  # cheap: most quotes have none of the words
        return None
    places = _places_of(value, quote)
    if not places:
        return None
    fig = _parse(value, decimal_comma)
    if fig is None or not fig.exact:
        return None  # "probably between 10 and 50": a range or a hedge says it is not sure
    hedges = [_UNREAD_BEFORE.search(quote[max(0, a - 24) : a]) for a, _b in places]
    if any(h is None for h in hedges):
        return None  # without one somewhere
    first = next(h for h in hedges if h is not None)
    said = f"{first.group('hedge')} {value}"
    return (
        f"the quote's {said!r} hedges the figure with {first.group('hedge')!r}, which"
        " claimtrack does not read (stored, it would be said for certain): --paraphrase to"
        " store it as meant, saying so in the note"
    )


def part_problem(
    value: str,
    quote: str,
    decimal_comma: bool = False,
    change: str | None = None,
    measure: str | None = None,
) -> str | None:
    """Why a figure whose words are in its quote takes only a part of something there: a
    part of a broken digit grouping (``broken_problem``) or of a larger figure
    (``cut_problem``). None when it may be stored as it is. ``change``: the figure is logged
    as a change that way (``change_given_problem``); ``measure``: its measure, a rate of
    change of which a change of prices is the level (``rate_change_level``). The quote's
    figures are read as the claim's are (``import_problem``)."""
    if _unseen(quote) or _unseen(value):
        return part_problem(seen(value), seen(quote), decimal_comma, change, measure)
    with reading_rates(over_whole(measure, change)):
        return _part_problem(value, quote, decimal_comma, change, measure)


def _part_problem(
    value: str, quote: str, decimal_comma: bool, change: str | None, measure: str | None
) -> str | None:
    """``part_problem`` of a figure and a quote, read in its claim's context."""
    return (
        broken_problem(value, quote)
        or raised_problem(value, quote, decimal_comma)
        or _scale_cut(value, quote)
        or change_problem(value, quote, decimal_comma, change, measure)
        or (
            None
            if change is not None and _reaches_level(value, quote, decimal_comma)
            else cut_problem(value, quote, decimal_comma)
        )
        or period_apart_problem(value, quote, decimal_comma, measure)
        or withdrawn_problem(value, quote)
        or goes_on_problem(value, quote)
        or open_range_problem(value, quote)
        or moved_range_problem(value, quote, decimal_comma)
        or _named_unless_change(value, quote, decimal_comma, change, measure)
        or unit_left_out(value, quote, decimal_comma)
        or currency_before(value, quote, decimal_comma)
        or restated_money(value, quote, decimal_comma)
        or unread_hedge_problem(value, quote, decimal_comma)
    )


def _reaches_level(value: str, quote: str, decimal_comma: bool) -> bool:
    """Whether, wherever the figure stands in its quote, the level its change reached follows
    it ("down by 0.1% to 3.1%": "0.1%" is the change, no range 0.1-3.1%)."""
    places = _places_of(value, quote)
    return bool(places) and all(
        _level_named(quote, end, decimal_comma) is not None for _, end in places
    )


def _named_unless_change(
    value: str,
    quote: str,
    decimal_comma: bool,
    change: str | None,
    measure: str | None = None,
) -> str | None:
    """``named_problem``, but for a figure logged as a change a noun of change after it ("a
    3% rise": a change, not a level) is what it is, not a problem; nor, on a measure that
    names a period ("monthly-inflation"), the words of that period after a share ("2.4%
    monthly": ``measure_words.measure_period``)."""
    named = named_problem(value, quote, decimal_comma, measure_period(measure))
    if named is not None and change is not None and "gives a change" in named:
        return None
    if named is not None and change is not None and "joins its number" in named:
        # "a 36-case increase": the unit joined to the number, then the noun of change
        places = _places_of(value, quote)
        if places and all(_CHANGE_NOUN_AFTER.match(quote, end) for _start, end in places):
            return None
    return named


def goes_on_problem(value: str, quote: str) -> str | None:
    """Why a figure whose words are in its quote may not be stored: wherever they stand, the
    number they end on goes on in the quote with a scale word ("$5 million and 5" of "$5
    million and 5 million people": read alone as 5,000,005, where the quote gives two
    figures; review16). None when they stand somewhere with no scale word after them, or
    end on no digits, or are not found as written."""
    last = _LAST_NUMBER.search(value)
    if last is None:
        return None
    followed = []
    for a, b in _places_of(value, quote):
        if a and quote[a - 1].isalnum():
            continue
        word = _NEXT_WORD.match(quote, b)
        if word is None or word.group(1).lower() not in CARRIED_ON:
            return None  # standing whole here
        followed.append(word.group(1))
    if not followed:
        return None
    goes_on = f"{last.group(1)} {followed[0]}"
    return (
        f"the figure {value!r} stops inside a number of the quote: its {last.group(1)!r} goes "
        f"on there as {goes_on!r}; give the figure as the quote says it, one figure at a time"
    )


# A range whose second end has a hedge the parser does not read there ("$30 billion to over
# $40 billion"): its ends, each read alone, would be stored as levels the quote does not state.
_OPEN_HEDGES = (
    r"(?:(?:well|just|a little|slightly) )?(?:over|more than|upwards of|at least|nearly|almost"
    r"|about|around|some|roughly|approximately|under|less than|below|above)"
)
_OPEN_AFTER = re.compile(rf"\s*(?:to|-|–|—)\s*{_OPEN_HEDGES}\s+\D{{0,4}}\d", re.I)
_OPEN_BEFORE = re.compile(
    r"(?<![\w.,])(\S*\d[\d.,]*(?:\s*(?:thousand|million|billion|trillion|crore|lakh|bn|m|k)\b)?)"
    r"\s*(?:to|-|–|—)\s*$",
    re.I,
)
_OPEN_AMOUNT = re.compile(
    r"[\d.,]*(?:\s*(?:thousand|million|billion|trillion|crore|lakh|bn|m|k)\b)?"
)
_OPEN_START = re.compile(rf"{_OPEN_HEDGES}\s", re.I)
_FROM_BEFORE = re.compile(r"\b(?:from|rose|fell|up|down|increased|decreased)\s+\S*$", re.I)


def open_range_problem(value: str, quote: str) -> str | None:
    """Why a figure whose words are in its quote may not be stored: wherever they stand, they
    are one end of a range whose other end has a hedge ("$30 billion" or "over $40 billion" of
    "$30 billion to over $40 billion"), which the parser does not read whole (``cut_problem``
    finds no larger figure there): stored alone, an end would read as the level. None when they
    stand clear of such a range somewhere, or are not found as written. A change "from" one
    amount "to" another is left to the change checks."""
    if "to" not in quote and "-" not in quote and "–" not in quote and "—" not in quote:
        return None
    places = _places_of(value, quote)
    ranges = []
    for a, b in places:
        if a and quote[a - 1].isalnum():
            continue
        after = _OPEN_AFTER.match(quote, b)
        if after is not None and not _FROM_BEFORE.search(quote[:a]):
            amount = _OPEN_AMOUNT.match(quote, after.end())
            ranges.append(quote[a : amount.end() if amount else after.end()])
            continue
        before = _OPEN_BEFORE.search(quote[:a]) if _OPEN_START.match(value) else None
        if before is not None and not _FROM_BEFORE.search(quote[: before.start()]):
            ranges.append(quote[before.start() : b])
            continue
        return None  # standing clear here
    if not ranges:
        return None
    return (
        f"the figure {value!r} is one end of the quote's range {ranges[0]!r}, whose other end"
        " claimtrack does not read: stored alone it would be read as the level; give the bound"
        ' the range sets ("at least ..." for its lower end) with --paraphrase'
    )


def broken_problem(value: str, quote: str) -> str | None:
    """Why a figure that takes one part of a broken digit grouping of its quote may not be
    stored as it is (``broken_grouping``), or None."""
    # what both kinds hold (``_AMOUNT_HINT``, which every match of ``_BROKEN_HINT`` holds too):
    # most quotes have none, and are passed by one scan instead of two
    if "," not in quote or _AMOUNT_HINT.search(quote) is None:
        return None
    amount = broken_amount(value, quote)
    if amount is not None:
        meant = re.sub(r",\s+", ".", amount, count=1)
        return (
            f"the quote's {amount!r} may be one amount whose decimal point is written as a "
            f"comma and a space ({meant}) or two figures: {value!r} takes one part of it; "
            "give the figure as meant with --paraphrase"
        )
    broken = broken_grouping(value, quote)
    if broken is None:
        return None
    whole = re.sub(r"\s", "", broken)
    return (
        f"the quote's {broken!r} may be one number with a stray space ({whole}) or two: "
        f"{value!r} takes one part of it; give the figure as meant with --paraphrase"
    )


# -- signs several currencies share ----------------------------------------------------------
# "$" and "dollars", "Rs" and "rupees", "¥", "rubles", "£": the parser reads each by the
# convention of English-language news (quantities/conventions.py, one table). The reading is
# said; it is refused, naming each way to write it, when the claim's surroundings name another
# currency of that sign: its quote, its web address, or the story's figures already in it.


class SignReading(NamedTuple):
    """How a figure's shared sign is read here: by convention, or refused."""

    code: str  # the sign as read and the currency read: "$=USD", "rupees=INR" (a warning's code)
    sign: str  # as the figure writes it: "$", "Rs.", "rupees"
    currency: str  # the currency of the convention: "USD"
    name: str  # its name, for people: "US dollars"
    refused: bool  # the surroundings name another currency of the sign
    message: str  # one line: why it is refused and how to write each, or how it was read
    # refused: (ISO code, the figure written for it), those named first, the convention's last
    ways: tuple[tuple[str, str], ...] = ()
    why: str = ""  # refused: what names another currency ("the quote says 'Pakistan'")


def _code(dimension: str | None) -> str | None:
    """The ISO code of money, or of money per period ("currency:GBP/week" -> "GBP")."""
    return _rates.currency_code(dimension)


def sign_form(unit: str | None) -> str:
    """The currency word or sign of a figure's unit, folded: "$" of "$ hole" ("$11.7 billion
    hole": words after the amount are part of the unit), "rupees" of "rupees in aid"."""
    return (unit or "").lower().split(" ", 1)[0]


def _convention(figure: Figure) -> Convention | None:
    """The row of the conventions table a figure was read by, if any."""
    row = by_form().get(sign_form(figure.unit))
    return row if row is not None and _code(figure.dimension) == row.code else None


def bare_dollar(figure: Figure) -> bool:
    """The figure was read as US dollars from a bare "$" or "dollars", which name no country."""
    row = _convention(figure)
    return row is not None and row.code == "USD"


def _domain(url: str | None) -> str:
    """The top-level domain of a web address ("nz"), "" if it has none or is malformed."""
    try:
        host = (urlsplit(url).hostname or "") if url else ""
    except ValueError:  # "http://[x": not a web address
        return ""
    return host.rsplit(".", 1)[-1]


def named_rivals(
    row: Convention,
    *,
    quote: str | None = None,
    urls: Iterable[str | None] = (),
    held: Iterable[tuple[str, str]] = (),
) -> list[tuple[tuple[str, ...], str]]:
    """What in a claim's surroundings names another currency of ``row``'s sign, the most
    telling first: (the codes named, why). The quote's words first, in their order ("pesos"
    names every peso: several codes), then ``held`` = (dimension, where) of figures the story
    already stores, then a country web domain of ``urls`` (the claim's and its source's)."""
    found: dict[tuple[str, ...], str] = {}
    folded = quote.lower() if quote else ""
    only = tuple(i for i, text in enumerate(quote_literals(row)) if text in folded)
    if quote and only:  # the words whose text the quote holds: most quotes name no rival
        pattern, codes = quote_pattern(row, only)
        for m in pattern.finditer(quote):
            named = codes[(m.lastindex or 1) - 1]
            found.setdefault(named, f"the quote says {m.group(0)!r}")
    rivals, by_tld = rivals_by_tld(row)
    for dimension, where in held:
        code = _code(dimension)
        if code in rivals:
            found.setdefault((code,), f"{where} holds {code} figures")
    for url in urls:
        code = by_tld.get(domain := _domain(url))
        if code:
            found.setdefault((code,), f"the source is on a .{domain} web address")
    return list(found.items())


def _sign_as_written(figure: Figure) -> str:
    """The shared sign as the figure's text writes it ("Rs." of "about Rs. 5 billion")."""
    unit = sign_form(figure.unit)
    at = figure.text.lower().find(unit)
    return figure.text[at : at + len(unit)] if at >= 0 else unit


def written_for(code: str, figure: Figure) -> str:
    """The figure's text with its shared sign written for ``code``: "$5m" -> "A$5m" (a sign
    of its own where the currency has one), "Rs 500 crore" -> "PKR 500 crore" (else the ISO
    code in its place), "$5m" -> "5m Colombian pesos" (its name, where the parser does not
    read its code before a number: "COP 5m" is refused). Each way is read back, and only one
    that reads ``code`` with the same amount is given."""
    row = _convention(figure)
    text = figure.text
    if row is None:
        return text
    sign = _sign_as_written(figure)
    own = (
        row.written
        if code == row.code
        else next((r.sign for r in row.rivals if r.code == code), None)
    )
    pattern = r"(?<![^\W\d_])" + re.escape(sign) + (r"(?![^\W\d_])" if sign[-1:].isalpha() else "")
    ways = []
    if own and not sign[-1:].isalpha():  # a sign for a sign: "$5m" -> "A$5m"
        # each end of a range that writes the sign ("$150-$180 million" -> "NZ$150-NZ$180
        # million": with the first alone the parser reads two numbers; review27), else the
        # first
        ways += [re.sub(pattern, lambda _: own, text, count=n, flags=re.I) for n in (0, 1)]
    ways.append(" ".join(re.sub(pattern, f" {code} ", text, count=1, flags=re.I).split()))
    name = _names(row).get(code)
    if name:
        ways += [" ".join(re.sub(pattern, " ", text, count=n, flags=re.I).split()) + f" {name}"
                 for n in (1, 0)]  # fmt: skip
    for way in ways:
        again = _parse(way, False)
        if again is not None and _code(again.dimension) == code and (
            again.base_low, again.base_high) == (figure.base_low, figure.base_high):  # fmt: skip
            return way
    return ways[0]


def _names(row: Convention) -> dict[str, str]:
    return {row.code: row.name} | {r.code: r.name for r in row.rivals}


def _others_hint(row: Convention) -> str:
    """How the reading says to write another currency: "MX$, A$, CA$ ... or an ISO code"."""
    shown = [r.sign or r.code for r in row.rivals]
    if len(shown) > 5:
        return f"{', '.join(shown[:3])} ... or an ISO code"
    return f"{', '.join(shown)} or another ISO code"


def read_sign(
    figure: Figure,
    *,
    quote: str | None = None,
    urls: Iterable[str | None] = (),
    held: Iterable[tuple[str, str]] = (),
    said: bool = True,
    offer: bool = True,
) -> SignReading | None:
    """How a figure's shared sign ("$", "dollars", "Rs", "¥", "rubles", "£") is read in its
    surroundings (``named_rivals``): by convention, said as "$2 billion -> USD 2,000,000,000
    (read '$' as US dollars; ...)"; or refused when they name another currency of the sign,
    naming both readings and how to write each. None when the figure reads no shared sign.
    ``said`` False: a reading by convention comes without its message (an import counts them).
    ``offer`` False: a refusal's ``ways`` are the one named first and the convention's only
    (each way is read back by the parser, which costs; the review offers them all).
    """
    row = _convention(figure)
    if row is None:
        return None
    sign = _sign_as_written(figure)
    code = f"{sign.lower()}={row.code}"
    named = named_rivals(row, quote=quote, urls=urls, held=held)
    if not named and not said:
        return SignReading(code, sign, row.code, row.name, False, "")
    if not named:
        from claimtrack.quantities.rates import per_text, split_rate

        amount = format_range(figure.base_low or 0, figure.base_high)
        per = per_text(split_rate(figure.dimension)[1])  # "GBP 350,000,000 a week"
        message = (
            f"{figure.text} -> {row.code} {amount}{per}"
            f" (read {sign!r} as {row.name}; write {_others_hint(row)} for another)"
        )
        return SignReading(code, sign, row.code, row.name, False, message)
    names = _names(row)
    codes, why = named[0]
    if len(codes) > 1:  # "pesos": whose, if the rest of the story says
        one = next(((c, w) for cs, w in named[1:] if len(cs) == 1 and cs[0] in codes
                    for c in cs), None)  # fmt: skip
        if one is not None:
            codes, why = (one[0],), f"{why}; {one[1]}"
    # every currency named, the most telling first, then the convention's
    offered = list(dict.fromkeys(c for cs, _ in [(codes, why), *named] for c in cs))
    # a short row's other currencies too (a "Rs" may be any rupee), after the convention's
    rest = [r.code for r in row.rivals if r.code not in offered] if len(row.rivals) <= 8 else []
    order = [*offered, row.code, *rest] if offer else [offered[0], row.code]
    ways = tuple((c, written_for(c, figure)) for c in order)
    mine = dict(ways)[row.code]
    if len(codes) > 1:
        group = quote_word(why)
        first = ways[0][1]
        ask = (
            f"{row.name} or {group}? write {mine!r}, or for {group} the country's sign or "
            f"code ({first!r}, {', '.join(codes[1:4])} ...)"
        )
    else:
        ask = f"{row.name} or {names[codes[0]]}? write {mine!r} or {ways[0][1]!r}"
    message = f"{sign!r} in {figure.text!r} is ambiguous here ({why}): {ask}"
    return SignReading(code, sign, row.code, row.name, True, message, ways, why)


def quote_word(why: str) -> str:
    """The word a reason quotes ("the quote says 'pesos'" -> "pesos")."""
    m = re.search(r"'([^']*)'", why)
    return m.group(1).lower() if m else why


def earlier_readings(figure: Figure, held: Iterable[tuple[str, str | None]]) -> str | None:
    """A warning when a figure in another currency of a shared sign ("MX$", "PKR") joins a
    story whose figures already read that sign by convention ("$" as US dollars): ``held`` =
    (claim id, unit) of the story's figures. None when there are none, or the figure is not
    in such a currency."""
    code = _code(figure.dimension)
    rows = [(row, r) for row in CONVENTIONS for r in row.rivals if r.code == code]
    for row, rival in rows:
        ids = [claim_id for claim_id, unit in held if sign_form(unit) in row.forms]
        if not ids:
            continue
        shown = ", ".join(ids[:5]) + (f" and {len(ids) - 5} more" if len(ids) > 5 else "")
        sign = "a bare '$'" if row.sign == "$" else repr(row.sign)
        return (
            f"{len(ids)} figure(s) of this story read {sign} as {row.name} ({shown}): if they "
            f"are {rival.name}, edit them to {rival.sign or rival.code}"
        )
    return None
