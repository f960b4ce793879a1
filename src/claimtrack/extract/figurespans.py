"""Figure spans: each number of a sentence with its hedge before and its unit after, read by
``quantities.parse_figure`` (the longest text it reads), or shown refused as written; dates."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, replace
from typing import Any

from claimtrack.change_words import alternation
from claimtrack.extract.baremoney import bare_money_why, money_shown
from claimtrack.extract.lexicon import _MONTHS, _NOUN_LIKE, _SPEECH_WORDS
from claimtrack.extract.nonfigures import PHONE, not_a_figure, not_a_number
from claimtrack.guards import BROKEN_AMOUNT as _BROKEN_AMOUNT
from claimtrack.guards import BROKEN_GROUPS as _BROKEN_GROUPS
from claimtrack.guards import (
    CARRIED_ON,
    SCALE_WORDS,
    change_at,
    change_direction,
    change_noun_before,
    change_words,
    compared_with_period,
    hedge_left_out,
    level_after_change,
    moved_up_to,
    named_at,
    names_by_number,
    period_after,
    period_apart_reads,
    period_apart_why,
    restated_money,
)
from claimtrack.quantities import Figure, FigureError, in_currency, parse_figure
from claimtrack.quantities.lexicon import foreign_hedge_before
from claimtrack.quantities.reader import foreign_hedge_error

_NUMBER_WORDS = [
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "billion",
    "billions",
    "dozen",
    "dozens",
    "scores",
    "tens",
]

_FRACTIONS = "half|halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?"

# a number, its scale glued on or not ("5.9bn", "5.9million": the parser reads both), or a
# number word
# (a unit glued to its number the parser reads, "about 90km", "5kg", "70mph": was no figure
# at all, extract48)
_ANCHOR = re.compile(
    r"(?<![\w.,])(?:\d[\d,.]*\d|\d)"
    r"(?:(?![\w]|[.,]\d)|(?=(?:bn|b|mn|m|k|tn|cr|p|million|billion|trillion|km|kg|mm|cm|ft|mph|"
    r"lbs?|ha|ml|mg|kW|kWh|MW|MWh|GW|GWh|mi|bbl|yds?|oz|gal)\b))(?:\s?%)?"
    r"|\b(?:" + "|".join(_NUMBER_WORDS) + "|" + _FRACTIONS + r")\b",
    re.IGNORECASE,
)

# "one" is a figure only as a count of people harmed: "one individual died", "One elderly
# person ... has died", "one man was killed" (elsewhere it is a pronoun or an article's word)
_ONE_HARMED = re.compile(
    r"\b[Oo]ne(?=[^\S\n]+(?:[a-z]+[^\S\n]+)?(?:person|individual|man|woman|child|boy|girl|"
    r"patient|resident|worker|victim|customer)\b[^.;:!?\"]{0,60}?\b(?:died|dies|dead|killed|"
    r"injured|wounded|hospitali[sz]ed)\b)"
)

# A number glued to letters the parser may not know ("Dh1.3 billion", "Tk500"): read it
# whole, or show it refused; never read the number alone.
_GLUED = re.compile(
    r"(?<![\w.,])[A-Z][A-Za-z]{0,2}\$?(?:\d[\d,.]*\d|\d)"
    r"(?:\s?(?:bn|mn|m|k|billion|million|trillion|thousand|crore|lakh)\b)?"
)

# Two amounts of money joined by a dash, each with its sign or code ("$2 billion-$2.5 billion",
# "$2bn-$3bn", "GBP2bn-GBP3bn"): one range, read whole by the parser, or shown refused; never
# its first end alone ("$2", exactly) and the rest as another figure ("billion-$2.5 billion",
# read as 1-2.5 billion), nor two exact amounts.
_MONEY_AMOUNT = (
    r"(?:[A-Z]{0,3}[$€£¥₹]|[A-Z]{3}\s?)(?:\d[\d,.]*\d|\d)"
    r"(?:\s?(?:bn|mn|m|k|tn|billion|million|trillion|thousand)\b)?"
)
_MONEY_RANGE = re.compile(rf"(?<![\w.,$€£¥₹]){_MONEY_AMOUNT}\s?[-–]\s?{_MONEY_AMOUNT}")

# A range whose two ends are written in two units or currencies ("5p-£1", "90p to £1.20",
# "500 metres to 2 km"): the parser refuses it whole (one unit after both ends); it is shown
# refused whole, never read as its two ends, each exact, nor dropped (extract50). After a
# word of change ("rose from 90p to £1.20") the two are a change and its level, as before.
_RANGE_END = (
    r"(?:[$€£¥₹]\s?)?(?:\d[\d,.]*\d|\d)(?:\s?(?:p|c|pence|cents?|bn|mn|m|k|million|billion|"
    r"km|kilomet(?:re|er)s?|miles?|mi|metres?|meters?|ft|feet|kg|kilos?|kilograms?|tonnes?|"
    r"tons?|lbs?|g|grams?|hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?)\b)?"
)
_MIXED_RANGE = re.compile(
    rf"(?<![\w.,$€£¥₹]){_RANGE_END}\s*(?:[-–]|\bto\b|(?<=\s)and(?=\s))\s*{_RANGE_END}",
    re.IGNORECASE,
)
_BETWEEN = re.compile(r"\bbetween\s+\Z", re.IGNORECASE)
# the words of change that make such a range a change and its level: ``change_words``'s
# ``span`` (any word that says the amount moved, "by", "up", "down", "went" bare)
_CHANGED_BEFORE = re.compile(
    rf"\b(?:{alternation('span')})\s+(?:from\s+)?\Z",
    re.IGNORECASE,
)


def _mixed_range(reading: str, start: int, a_start: int, end: int) -> Refused | None:
    """The range at ``a_start`` whose two ends name two units or two currencies
    (``_MIXED_RANGE``), shown refused whole with the parser's reason; None when there is no
    such range, when the parser reads it whole, or after a word of change."""
    m = _MIXED_RANGE.match(reading, a_start, end)
    if m is None or _CHANGED_BEFORE.search(reading, max(start, a_start - 24), a_start):
        return None
    text = m.group()
    joiner = re.search(r"\s*(?:[-–]|\bto\b|\sand\s)\s*", text[1:], re.IGNORECASE)
    assert joiner is not None
    between = _BETWEEN.search(reading, max(start, a_start - 12), a_start)
    if "and" in joiner.group() and between is None:
        return None  # "cut 20p and £1.20": two figures; "between 90p and £1.20": one range
    low, high = text[: joiner.start() + 1], text[joiner.end() + 1 :]
    try:
        a, b = parse_figure(low), parse_figure(high)
    except (FigureError, ValueError):
        return None
    family = {d.split(":")[0] for d in (a.dimension, b.dimension)}
    if len(family) != 1 or "count" in family or a.unit is None or a.unit == b.unit:
        return None
    first = between.start() if between is not None and "and" in joiner.group() else m.start()
    try:
        parse_figure(reading[first : m.end()])
    except (FigureError, ValueError) as e:
        return Refused(first, m.end(), reading[first : m.end()], _reason(e))
    return None


# A temperature written with its scale's letter or a degree sign ("40C", "104F", "40°C", "40 °F",
# "12º"): the parser reads no temperature ("degrees" it refuses with its reason); shown
# refused with that reason, never read as a count of 40 ("40°C" was) nor dropped ("40C" was)
_TEMPERATURE = re.compile(r"(?:\d[\d,.]*\d|\d)(?:\s?[°º]\s?[CFK]?|[CF])(?![\w°])")


def _temperatures_restated(reading: str, refused: list[Refused]) -> list[Refused]:
    """``refused`` without a temperature in brackets right after another ("40C (104F)"): the
    same reading in the other scale, named in the first's reason, not a card of its own."""
    kept: list[Refused] = []
    for r in refused:
        prev = kept[-1] if kept else None
        if (
            prev is not None
            and _TEMPERATURE.fullmatch(r.text)
            and _TEMPERATURE.fullmatch(prev.text)
            and re.fullmatch(r"\s*\(\s*", reading[prev.end : r.start])
        ):
            why = f"{prev.reason}; '{r.text}' in brackets after it is the same in another scale"
            kept[-1] = replace(prev, reason=why)
            continue
        kept.append(r)
    return kept


def _temperature(reading: str, a_start: int) -> Refused | None:
    """The temperature at ``a_start`` (``_TEMPERATURE``), shown refused; None when none."""
    m = _TEMPERATURE.match(reading, a_start)
    if m is None:
        return None
    number = re.match(r"[\d,.]+", m.group())
    assert number is not None
    try:
        parse_figure(f"{number.group()} degrees")
    except (FigureError, ValueError) as e:
        return Refused(m.start(), m.end(), m.group(), _reason(e))
    return None  # pragma: no cover - the parser reads no degrees


# A currency written as letters and a full stop before its amount ("Rs.7,885 billion", "Rs. 572
# billion"): read whole when the parser reads it as money, never as the amount without it
# (a count) nor its scale word alone; glued to an amount with a scale and unread, shown
# refused; otherwise ("Dr. 5", "Jan. 5") the number is read as any other.
_DOTTED = re.compile(
    r"(?<![\w.,])[A-Z][A-Za-z]{0,3}\.\s?(?:\d[\d,.]*\d|\d)(?![\d,.]*\d)"
    r"(?:\s?(?:bn|mn|m|k|billion|million|trillion|thousand|crore|lakh)\b)?"
)

# A digit group after a comma and a space ("5,574, 761 votes", "10, 000"): one number whose
# grouping a stray space broke, or two numbers in a list. Either reading is a guess, and the
# wrong one is off a thousandfold: shown refused, never read as its first part.
_BROKEN_WHY = (
    "a digit group after a comma and a space: one number with a stray space, or two numbers?"
    " type the figure as meant"
)
# A number whose decimal point ends a line, the rest on the next ("2.\n5 million barrels": a
# page's line break inside "2.5"), or a sentence that ends in a number before one that starts
# with another: which, the words do not say, and "2" read alone is off by 2.5 million. Shown
# refused with the line break, never read as its first part.
_LINE_BROKEN = re.compile(
    r"(?<![\w.,])\d[\d,]*\.[^\S\n]*\n[^\S\n]*\d[\d,.]*"
    r"(?:\s?(?:bn|mn|m|k|million|billion|trillion|thousand)\b)?"
)
# the digits after such a line break, opening the next paragraph ("5 million" of "2.\n5
# million"): refused too, never read as 5 million
_LINE_BEFORE = re.compile(r"\d\.[^\S\n]*\n[^\S\n]*\Z")
_LINE_CONTINUES = re.compile(
    r"\d(?:[\d,.]*\d)?(?:\s?(?:bn|mn|m|k|million|billion|trillion|thousand)\b)?"
)
_LINE_BROKEN_WHY = (
    "a number whose decimal point ends a line and whose digits go on on the next: one number"
    " (2.5) or a sentence's last number and the next one's first? type the figure as meant"
)
# Digits of another script ("٤٠٠", "४००"): the parser reads ASCII digits only. Shown refused,
# never dropped in silence; `add` takes the same digits in ASCII as words of the quote.
_OTHER_SCRIPT = re.compile(r"\d(?:[\d\u066b\u066c,.]*\d)?")
_SEPARATORS = str.maketrans({"\u066b": ".", "\u066c": ","})  # Arabic decimal, thousands
_SCRIPT_WHY = "digits of another script: not read here; `claimtrack add` takes them as {}"
# An amount with a sign, a comma and a space, then a number with a scale ("$281, 7 million"):
# one amount whose decimal point became ", " ($281.7 million), or two? never read as "$281".
_BROKEN_AMOUNT_WHY = (
    "an amount, a comma and a space, then a number with a scale: one amount whose decimal"
    " point is written as a comma, or two figures? type the figure as meant"
)

# Words before a number that hedge it but that the parser does not read: the figure is shown
# refused with them rather than read as exact without them.
_UNREAD_HEDGES = {
    "like", "perhaps", "possibly", "maybe", "probably", "reaching", "nearing", "topping",
    "exceeding", "surpassing", "potentially", "conceivably", "supposedly", "reportedly",
    # a threshold passed or to be passed ("might cross 100,000"): more than it, or a forecast
    "cross", "crosses", "crossed", "crossing", "breach", "breached", "breaching",
}  # fmt: skip

# a clock time of four digits with its time zone ("1042 GMT", "0915 UTC", "2130 local time")
_HHMM = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_ZONE = re.compile(
    r"\s?(?:GMT|UTC|BST|CET|CEST|EET|EEST|WAT|EAT|SAST|IST|PKT|ICT|WIB|SGT|HKT|JST|KST|AEST|AEDT|"
    r"EST|EDT|CST|CDT|MST|MDT|PST|PDT|Z)\b|\s(?:local\s+time|hrs|hours\s+(?:GMT|UTC|local))\b"
)
_CLOCK = re.compile(r"\s?(?::\d\d|(?:a\.?m\.?|p\.?m\.?)(?!\w)|o'clock)", re.IGNORECASE)

_HEDGES = {
    "some", "about", "around", "roughly", "approximately", "nearly", "almost", "more", "than",
    "over", "at", "least", "most", "up", "to", "fewer", "less", "only", "just", "as", "many",
    "an", "estimated", "a", "few", "several", "of", "tens", "hundreds", "thousands", "no",
    "under", "below", "above", "between", "and", "or", "the", "exactly", "well",
}  # fmt: skip

_UNIT_STOP = {
    "were", "was", "are", "is", "had", "have", "has", "in", "from", "at", "on", "and", "who",
    "that", "which", "to", "by", "with", "for", "the", "a", "an", "be", "been", "would",
    "will", "could", "should", "said", "says", "as", "into", "out", "of", "their",
    "his", "her", "its", "since", "after", "before", "during", "than", "or", "but",
    "while", "when", "it", "they", "he", "she", "we", "i", "this", "these", "those", "not",
    "did", "do", "does", "also", "all", "each", "ago", "earlier", "later", "next", "last",
    "here", "there", "then", "today", "yesterday", "near", "already", "my", "our", "your",
    "following",  # "fallen 2.71p following the announcement": a preposition, no unit (review25)
    "against", "among", "across", "through", "within", "without", "versus", "vs", "compared",
    "despite", "amid", "including", "like", "unlike", "whereas",
    "arrive", "arrives", "live", "lives", "work", "works", "die", "dies", "wait", "waits",
    "remains", "stay", "stays", "come", "comes", "go", "goes", "leave", "leaves", "flee",
    "flees", "need", "needs", "face", "faces", "lack", "lacks", "lose", "gain", "gained",
    "left", "fled", "died", "killed", "escaped", "remain", "remained", "took", "arrived",
    "remaining", "being", "now", "still", "went", "came", "got", "made", "withdrew", "fell",
    "rose", "grew", "ran", "lost", "won", "sank", "spent", "paid", "gave", "saw", "met", "kept",
    "held", "stood", "fought", "told", "thought", "felt", "drove", "flew", "broke", "began",
    "became", "voted", "stayed", "lay", "lie", "lies", "sat", "rode", "wrote", "spoke", "ate",
    "hid", "led", "bore", "sold", "hit", "blew",
    "bought", "brought", "caught", "taught", "sent", "built", "struck", "swam", "shot", "dug",
    "slept", "woke", "wore", "threw", "knew", "drew", "chose", "froze", "shook", "stole",
    "may", "might", "can", "must", "shall", "so", "far", "yet",
    # a clause opens: "cut 5,000 jobs if a second phase goes ahead" counts jobs, not "jobs if"
    "if", "unless", "because", "although", "though", "whether", "until", "whose", "whom",
    "where", "whereby", "why", "how", "what", "once", "lest",
    # a direction that places the distance, no word of its unit ("5 miles north of the town",
    # "3 km offshore": review28's pipeline leak, extract50)
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "north-east", "north-west", "south-east", "south-west", "northward", "southward",
    "eastward", "westward", "northwards", "southwards", "eastwards", "westwards", "offshore",
    "inland", "upstream", "downstream", "upriver", "downriver", "uphill", "downhill",
}  # fmt: skip


# a dash between digits is its own word, a range's joiner ("10,000-15,000"); an ISO date and
# a fiscal year ("2019-20") are one word each, and so is an amount after its currency sign
# ("$5,000", never "$5"); a typed dash of two hyphens parts two words ("penalties--more than
# three times": the hedge "more than" is a word of its own)
_WORD = re.compile(
    r"\d{4}-\d\d-\d\d\b|(?:1[89]|20)\d\d[-–/]\d\d\b(?![,.]?\d)|"
    r"[$€£¥₹]\d(?:[\d,.]*\d)?(?:bn|b|mn|m|k|tn|million|billion|trillion)?\b%?|"
    r"\d[\d,.]*\d(?:p\b)?%?|(?:(?<=\d)|(?<=\dp))[-–](?=[$€£¥₹]?\d)|"
    r"(?:[\w%$€£.]|(?<!-)-(?!-))(?:[\w%$€£'’.]|-(?!-))*\w%?|\w|\S"
)

_DATE_RE = re.compile(
    r"\b(?:(" + "|".join(m.capitalize() for m in _MONTHS[:12]) + r")\.?\s+(\d{1,2}),?\s+(\d{4})|"
    r"(\d{4})-(\d{2})-(\d{2}))\b"
)


@dataclass(frozen=True)
class FigureRead:
    start: int
    end: int
    figure: Figure
    note: str | None = None  # what the reading cannot tell ("up to" a cap or a level)
    # a change of the measure, not its level ("fell 12%": "down"), which way its words say
    change: str | None = None


_YEARS = re.compile(
    r"(?:(?:from|between)\s+)?(?:1[89]|20)\d\d\s*(?:[-–]|to|and|until)\s*(?:1[89]|20)\d\d",
    re.IGNORECASE,
)


# a day and its month just before a number ("12 March ", "3rd of May, "): the number after
# them is not the day
_DAY_BEFORE = re.compile(
    r"(?<![\d,.])(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(?:of\s+)?(?i:"
    + "|".join(m.rstrip(".") for m in _MONTHS)
    + r")\.?,?\s+\Z"
)


# a year that a range would start from ("the third quarter of 2017 to 90.5 million"), after a
# word that dates it, before "to" or a dash and an amount that is no year
_YEAR_THEN_AMOUNT = re.compile(
    r"(?:(?<=\bof )|(?<=\bin )|(?<=\bsince )|(?<=\buntil )|(?<=\bby )|(?<=\bfor ))"
    r"(?:1[89]|20)\d\d(?=\s*(?:to|[-–])\s*"
    r"(?!(?:1[89]|20)\d\d\b)[$€£¥₹]?\d)",
    re.IGNORECASE,
)


def _year_first(reading: str, best: FigureRead) -> int | None:
    """The end of a year read as a range's low end ("of 2017 to 90.5 million": ``_YEAR_THEN_
    AMOUNT``): the year is skipped, the amount after it read on its own; None otherwise."""
    year = _YEAR_THEN_AMOUNT.match(reading, best.start)
    return year.end() if year is not None and best.figure.hedge == "range" else None


def _scale_alone(reading: str, a_start: int, token: str) -> bool:
    """A scale word right after a number that was not read ("billion" of "Xy.7,885
    billion"): never a figure of its own."""
    return token.lower() in SCALE_WORDS and bool(
        re.search(r"\d\s*\Z", reading[max(0, a_start - 4) : a_start])
    )


def _is_date_or_year(reading: str, start: int, end: int, fig: Figure) -> bool:
    before = reading[max(0, start - 12) : start].lower().split()
    after = reading[end : end + 12].lower().split()
    token = reading[start:end]
    if fig.unit is None and fig.exact and re.fullmatch(r"(1[89]|20)\d\d", token.strip()):
        return True
    if fig.unit is None and _YEARS.fullmatch(token.strip()):
        return True  # "from 2000 to 2009", "2010-2012": a span of years
    first = token.split()[0] if token.split() else ""
    if fig.exact and fig.hedge is None and re.fullmatch(r"(1[89]|20)\d\d", first):
        return True  # "the 2019 report", "the 2001 invasion": a year
    if re.search(r"\d/$", reading[max(0, start - 2) : start]) or re.match(r"/\d", reading[end:]):
        return True  # "5/14/2018", "9/11": a date (or a fraction the parser refuses)
    near = (before[-1:] if before else []) + (after[:1] if after else [])
    number = re.match(r"\d{1,4}\b", token.strip())
    if any(w.strip(".,()") in _MONTHS for w in near) and number:
        # beside a month's name: its day or year, unless it cannot be the day ("March 40
        # people") or the month has its day already ("On 12 March 40 people died", "On 3 May,
        # 25 homes burned": the count is 40, 25)
        n = int(number.group())
        if len(number.group()) == 4 or (
            1 <= n <= 31 and not _DAY_BEFORE.search(reading, max(0, start - 24), start)
        ):
            return True
    return bool(re.fullmatch(r"\d{1,2}", token.strip()) and after and after[0] in ("a.m.", "p.m."))


@dataclass(frozen=True)
class Refused:
    """A figure as written that ``parse_figure`` refuses, with its reason: shown, never read
    as something shorter."""

    start: int
    end: int
    text: str
    reason: str


_TIME_UNITS = re.compile(r"(?:years?|months?|weeks?|days?|hours?|minutes?)$", re.IGNORECASE)


def figures(reading: str, start: int, end: int) -> list[FigureRead]:
    """Every figure ``parse_figure`` reads in ``reading[start:end]`` (read_figures, without
    the refused ones)."""
    return read_figures(reading, start, end)[0]


def _broken_at(reading: str, start: int, end: int) -> dict[int, re.Match[str]]:
    """The numbers of ``reading[start:end]`` that a stray space, a comma or a line break split
    (``_BROKEN_GROUPS``, ``_BROKEN_AMOUNT``, ``_LINE_BROKEN``, ``_LINE_CONTINUES``), by start."""
    broken = {m.start(): m for m in _BROKEN_GROUPS.finditer(reading, start, end)}
    broken |= {m.start(): m for m in _BROKEN_AMOUNT.finditer(reading, start, end)}
    # the line break may end the paragraph, and so the sentence: looked for past its end
    broken |= {
        m.start(): m
        for m in _LINE_BROKEN.finditer(reading, start, min(len(reading), end + 40))
        if m.start() < end
    }
    go_on = _LINE_CONTINUES.match(reading, start, end)
    if go_on is not None and _LINE_BEFORE.search(reading, max(0, start - 8), start):
        broken[start] = go_on
    return broken


def read_figures(reading: str, start: int, end: int) -> tuple[list[FigureRead], list[Refused]]:
    """Every figure ``parse_figure`` reads in ``reading[start:end]``, with its hedge before
    and its unit after (the longest text it reads at each number), and the figures it refuses
    as written. Dates, years, clock times, ordinals and times ago are not figures."""
    words = [(m.start() + start, m.end() + start) for m in _WORD.finditer(reading[start:end])]
    out: list[FigureRead] = []
    refused: list[Refused] = []
    covered = start
    glued = {m.start(): m for m in _GLUED.finditer(reading, start, end)}
    dotted = {m.start(): m for m in _DOTTED.finditer(reading, start, end)}
    broken = _broken_at(reading, start, end)
    ranged = {m.start(): m for m in _MONEY_RANGE.finditer(reading, start, end)}
    anchors = sorted(
        [(m.start(), m.end()) for m in _ANCHOR.finditer(reading, start, end)]
        + [(m.start(), m.end()) for m in ranged.values()]
        + [(m.start(), m.end()) for m in glued.values()]
        + [(m.start(), m.end()) for m in dotted.values()]
        + [(m.start(), m.end()) for m in broken.values()]
        + [(m.start(), m.end()) for m in _ONE_HARMED.finditer(reading, start, end)]
        + [(m.start(), m.end()) for m in _TEMPERATURE.finditer(reading, start, end)]
    )
    for a_start, a_end in anchors:
        skip = covered if a_start < covered else _no_number(reading, a_start, a_end)
        if skip is not None:
            covered = max(covered, skip)
            continue
        if a_start in broken:
            m = broken[a_start]
            why = (
                _BROKEN_AMOUNT_WHY
                if m.re is _BROKEN_AMOUNT
                else _LINE_BROKEN_WHY
                if m.re in (_LINE_BROKEN, _LINE_CONTINUES)
                else _BROKEN_WHY
            )
            refused.append(Refused(m.start(), m.end(), m.group(), why))
            covered = m.end()
            continue
        if a_start in ranged:
            whole = _money_range(reading, words, covered, ranged[a_start])
            if isinstance(whole, Refused):
                refused.append(whole)
            else:
                out.append(whole)
            covered = whole.end
            continue
        if a_start in dotted and a_start not in glued:
            money = _dotted(dotted[a_start])
            if money is None:
                continue  # "Dr. 5": the number is read as any other
            if isinstance(money, Refused):
                refused.append(money)
            else:
                out.append(money)
            covered = money.end
            continue
        sign = _SIGN.search(reading, max(start, a_start - 2), a_start)
        if sign is not None and _starts_figure(reading[start : sign.start()]):
            shown = _signed(reading, sign.start(), a_end)
            refused.append(shown)
            covered = shown.end
            continue
        mixed = _MIXED.match(reading, a_start, end)
        two_units = _mixed_range(reading, start, a_start, end) or _temperature(reading, a_start)
        got = (
            two_units  # "90p to £1.20": one range, refused whole (extract50)
            if two_units is not None
            else _hedged_glued(reading, words, covered, _glued(reading, glued[a_start]))
            if a_start in glued
            # "1 1/2 days": one number, which the parser does not read; never "1"
            else Refused(a_start, mixed.end(), mixed.group(), _MIXED_WHY)
            if mixed
            else _figure_at(reading, words, start, a_start, a_end, covered)
        )
        if isinstance(got, int):  # read but not a figure ("two years ago")
            covered = got
        elif isinstance(got, Refused):
            got = _after(reading, got, covered)
            if got is not None:
                refused.append(got)
                covered = got.end
        elif got is not None:
            _keep(reading, out, refused, _without_total(reading, got))
            covered = got.end
    out, refused = _periods_refused(reading, out, refused, end)
    out, refused = _conversions_refused(reading, out, refused)
    refused = _temperatures_restated(reading, refused)
    return _bare_money_refused(reading, out, refused, start)


def _keep(reading: str, out: list[FigureRead], refused: list[Refused], got: FigureRead) -> None:
    """Add ``got`` to ``out``, unless it restates the figure before it in brackets ("1.1
    million (11 lakh)"; a conversion into another currency becomes that figure's note,
    extract50) or converts an amount the parser refuses ("Sh31bn (£240m)": the refusal says
    so; never the amount in its place)."""
    if out and _restated(reading, out[-1], got):
        if _converted(reading, out[-1], got):
            out[-1] = replace(out[-1], note=_conversion_note(reading, out[-1], got))
        return
    if refused and _refused_conversion(reading, refused[-1], got):
        why = refused[-1].reason + "; " + _conversion_note(reading, refused[-1], got)
        refused[-1] = replace(refused[-1], reason=why)
        return
    out.append(got)


def _bare_money_refused(
    reading: str, out: list[FigureRead], refused: list[Refused], start: int
) -> tuple[list[FigureRead], list[Refused]]:
    """A bare amount where the page shows money ("paid out 40 million of the 90 million
    promised", "the 90 million" after "$90 million"): refused with its reason, never proposed
    as a count of nothing (extract46). The rule and its words are ``baremoney.money_shown``,
    which the review reads for a figure typed too (review28: one rule for the card and the
    prompt; a count's noun, "40 million people", and a restatement right after money,
    ``_conversions_refused``, are read as before)."""
    sentence_money = next(
        (reading[g.start : g.end] for g in out if g.figure.dimension.startswith("currency:")),
        None,
    )
    kept: list[FigureRead] = []
    for f in out:
        money = money_shown(reading, f.start, f.end, f.figure, start, sentence_money)
        if money is None:
            kept.append(f)
            continue
        text = reading[f.start : f.end]
        refused.append(Refused(f.start, f.end, text, bare_money_why(money)))
    refused.sort(key=lambda r: r.start)
    return kept, refused


def _periods_refused(
    reading: str, out: list[FigureRead], refused: list[Refused], end: int
) -> tuple[list[FigureRead], list[Refused]]:
    """A figure with no period of its own whose clause ends on one ("850 flights are operated
    by BA each day", "12,000 barrels were leaking every day"): refused with its reason
    (``guards.period_apart_why``): the rule and the words of `add`, ``guards.period_after``,
    never proposed as a total (extract46, time31). A share, a span of time and a rate
    already are not."""
    kept: list[FigureRead] = []
    sentence = reading[:end]
    for f in out:
        period = None
        if (f.change is None or _is_added(f)) and period_apart_reads(f.figure.dimension):
            period = period_after(sentence, f.end)
        if period is None:
            kept.append(f)
            continue
        text = reading[f.start : f.end]
        refused.append(Refused(f.start, f.end, text, period_apart_why(text, *period)))
    refused.sort(key=lambda r: r.start)
    return kept, refused


def _no_number(reading: str, a_start: int, a_end: int) -> int | None:
    """Where reading goes on when the number at ``reading[a_start:a_end]`` is none of the
    story's (``nonfigures.not_a_number``: a rate's base, a measure's window, the sources'
    count, a telephone number with its other groups); None when it is read."""
    why = not_a_number(reading, a_start, a_end)
    if why is None:
        return None
    phone = PHONE.match(reading, a_start) if why == "code" else None
    return phone.end() if phone is not None else a_start


def _conversions_refused(
    reading: str, out: list[FigureRead], refused: list[Refused]
) -> tuple[list[FigureRead], list[Refused]]:
    """A bare number right after an amount of money that it restates in an unnamed currency
    ("2.5 billion yuan, or about 350 million"): refused with its reason, never proposed as a
    count (extract44: a currency dropped without a word)."""
    kept: list[FigureRead] = []
    for k, f in enumerate(out):
        prev = out[k - 1] if k else None
        if (
            prev is not None
            and prev.figure.dimension.startswith("currency:")
            and f.figure.dimension == "count"
            and f.figure.unit is None
        ):
            # add's quote guard, on the words from the amount of money on
            why = restated_money(f.figure.text, reading[prev.start : f.end])
            if why is not None:
                refused.append(Refused(f.start, f.end, reading[f.start : f.end], why))
                continue
        kept.append(f)
    refused.sort(key=lambda r: r.start)
    return kept, refused


def _after(reading: str, got: Refused, covered: int) -> Refused | None:
    """``got`` from ``covered`` on when the words that say why it is refused reach back into
    the figure before it ("cross 2.5-1": "5-1" of "2.5-1"): the spans of a sentence never
    overlap, and a figure is never shown twice; None when nothing of it is left."""
    if got.start >= covered:
        return got
    start = covered + len(reading[covered : got.end]) - len(reading[covered : got.end].lstrip())
    if start >= got.end:
        return None
    return Refused(start, got.end, reading[start : got.end], got.reason)


# a sign right before a number: "+" ("(+11.8%)", "+ 11,000"), or a minus glued to it ("-2.8 per
# cent"); a dash with a space after it ("at – 5.2") may be a dash of the sentence, and is not
_SIGN = re.compile(r"(?:\+\s?|[-−–])\Z")
_SIGNED_AMOUNT = re.compile(
    r"[\d,.]*(?:\s?%|\s*per\s*cent\b|\s*percent\b|\s?(?:million|billion|thousand|bn|m|k)\b)?",
    re.IGNORECASE,
)
_SIGNED_WHY = (
    "a signed figure: a change (up for +, down for -) or a level below zero? log the amount"
    " without its sign as a change (--change up|down) on the measure that moved, or the level"
    " the quote states"
)
# a difference from another amount right after a number ("5,000 more than in May")
_MORE_THAN = re.compile(r"\s+(?:more|less|fewer)\s+than\b", re.IGNORECASE)
_MORE_THAN_WHY = (
    "a difference from another amount ({w} than it), not a level: log the level the quote"
    ' states, or the amount without "{w}" as a change (--change up|down)'
)


def _starts_figure(before: str) -> bool:
    """Whether a sign after the text ``before`` opens a figure: after a space, a bracket or a
    colon, not after a number ("10 -15": a range) nor inside a word ("COVID-19")."""
    return (not before or before[-1] in " \t\n([:=/") and not re.search(r"\d\s*\Z", before)


def _signed(reading: str, sign: int, a_end: int) -> Refused:
    """The figure with its sign (``_SIGN``), shown refused: never read as a level without it."""
    m = _SIGNED_AMOUNT.match(reading, a_end)
    end = m.end() if m is not None else a_end
    return Refused(sign, end, reading[sign:end], _SIGNED_WHY)


def _restated(reading: str, before: FigureRead, got: FigureRead) -> bool:
    """Whether ``got``, in brackets right after ``before``, says its amount again: the same
    amount ("1.1 million (11 lakh)"), the same measure in another unit ("220 kilometers
    (137 miles)", a rate's amount without its period: "5,000 barrels a day (795 cubic
    metres)"), or the same amount in another currency ("$172m (£99m)", extract50: the
    outlet's conversion, or the source's own amount converted; which one the source said the
    words do not tell, so the first, as written, is the figure and the other its note:
    ``_converted``). A figure in brackets in the same unit ("almost half (44%)", "nearly a
    quarter (23 per cent)": the exact share of a rounded one) is a figure of its own."""
    a, b = before.figure, got.figure
    if re.fullmatch(r"\s*(?:[—–]|--)\s*", reading[before.end : got.start]):
        # between dashes, only the same measure in another unit ("35,711 acres — nearly 56
        # square miles —"); a dash before a count goes on with the sentence
        return a.dimension == b.dimension != "count" and _unit_word(a) != _unit_word(b)
    if not re.fullmatch(r"\s*\(\s*", reading[before.end : got.start]):
        return False
    if (a.base_low, a.base_high) == (b.base_low, b.base_high):
        return True
    if _converted(reading, before, got):
        return True
    rate_of = a.dimension.split("/")[0] if "/" in a.dimension else None
    same = a.dimension == b.dimension or (rate_of is not None and rate_of == b.dimension)
    return same and b.dimension != "count" and _unit_word(a) != _unit_word(b)


def _converted(reading: str, before: FigureRead, got: FigureRead) -> bool:
    """Whether ``got``, in brackets right after ``before``, is the same amount in another
    currency ("£2m ($2.6m)", "900 million euros ($1 billion)")."""
    a, b = before.figure, got.figure
    return (
        re.fullmatch(r"\s*\(\s*", reading[before.end : got.start]) is not None
        and a.dimension.startswith("currency:")
        and b.dimension.startswith("currency:")
        and a.dimension != b.dimension
    )


# an amount the parser refuses that still shows money: letters glued before the number
# ("Sh31bn", "KSh 1.3 billion", "N48m") or a word of money after it
_MONEY_LOOK = re.compile(
    r"(?:^[A-Z][A-Za-z]{0,3}\.?\s?\d|\d\s?(?:bn|m|mn|k)\b|"
    r"\b(?:shillings?|dinars?|dirhams?|naira|cedis?|kwacha|birr|riyals?|rand|francs?|pesos?|"
    r"dollars?|euros?|pounds?|rupees?|yuan|yen)\b)"
)


def _refused_conversion(reading: str, before: Refused, got: FigureRead) -> bool:
    """Whether ``got`` is money in brackets right after an amount the parser refuses
    ("Sh31bn (£240m)"): the same amount converted, not a figure of its own."""
    return (
        re.fullmatch(r"\s*\(\s*", reading[before.end : got.start]) is not None
        and got.figure.dimension.startswith("currency:")
        and _MONEY_LOOK.search(before.text) is not None
    )


def _conversion_note(reading: str, before: FigureRead | Refused, got: FigureRead) -> str:
    """What a card says of a figure's conversion in brackets (extract50)."""
    shown = reading[before.start : before.end]
    kind = "currency" if got.figure.dimension.startswith("currency:") else "unit"
    return (
        f"'{reading[got.start : got.end]}' in brackets after '{shown}' is the same amount in"
        f" another {kind}, converted by the outlet or given so by the source (the words do"
        " not say which): not a figure of its own; check which one the source gave"
    )


def _unit_word(fig: Figure) -> str | None:
    """The first word of a figure's unit ("%" of "% of people"), None when it has none."""
    return fig.unit.split()[0] if fig.unit else None


def _dotted(m: re.Match[str]) -> FigureRead | Refused | None:
    """A currency's letters and a full stop with the amount after them (``_DOTTED``): the
    money as the parser reads it, refused when glued to an amount with a scale the parser
    does not read ("Kshs.7 billion"), or None (the number is read on its own)."""
    text = m.group()
    try:
        fig = parse_figure(text)
    except (FigureError, ValueError) as e:
        glued = re.match(r"[A-Za-z]+\.\d", text)
        if glued and re.search(r"[A-Za-z]\Z", text):
            prefix = text.split(".")[0]
            why = f'"{prefix}." before the number is not a currency the parser knows'
            return Refused(
                m.start(), m.end(), text, why if "put the figure first" in str(e) else _reason(e)
            )
        return None
    if not fig.dimension.startswith("currency:"):
        return None
    return FigureRead(m.start(), m.end(), fig)


# "a total of" before a count: the sentence's way to introduce it, not part of the figure the
# labels log ("A total of 18,980 cases were reported": "18,980 cases"); ``claimtrack add``
# still reads it as a hedge when the user types it
_TOTAL_OF = re.compile(r"(?:a|the)\s+total\s+of\s+", re.IGNORECASE)


def _without_total(reading: str, got: FigureRead) -> FigureRead:
    """``got`` without its opening "a total of", when the rest is read as a figure."""
    m = _TOTAL_OF.match(reading, got.start)
    if m is None or m.end() >= got.end:
        return got
    try:
        fig = parse_figure(reading[m.end() : got.end])
    except (FigureError, ValueError):
        return got
    return replace(got, start=m.end(), figure=fig)


# a person's age after a pronoun and "is", "was", "'s" ("She's 93.", "he was 17 when")
_AGE_AFTER_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)(?:['’]s|\s+is|\s+was|\s+turned|\s+turns)\s+\Z")
# "At nine, ..." opening a sentence, a person after it: an age ("At 7,000, the toll ..." is not)
_AT_AGE = re.compile(r"(?:^|(?<=[.!?\n])\s*|(?<=[.!?]\s))At\s+\Z")
_PERSON_LATER = re.compile(r"^,[^.;:!?]{0,60}?\b(?:she|he|I|they|we)\b")
_AGE_WORDS = frozenset(
    ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
     "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
     "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
)  # fmt: skip


def _is_age_number(token: str) -> bool:
    """Whether ``token`` may be a person's age: a whole number up to 120, or a number word."""
    return (token.isdigit() and int(token) <= 120) or token.lower() in _AGE_WORDS


def _phone_or_age(reading: str, a_start: int, a_end: int, token: str) -> bool:
    """A telephone number ("dial 102") or a person's age ("the 61-year-old", "aged 19",
    "Maria Lopez, 64, from Leeds"): no figure."""
    if re.search(
        r"\b(?:dial|dialling|dialing|call|calling|ring|phone|text|SMS)\s+$",
        reading[max(0, a_start - 12) : a_start],
        re.I,
    ):
        return True
    if re.match(r"[\s-]+(?:years?|months?)[\s-]+old\b", reading[a_end : a_end + 12]):
        return True
    if re.search(r"\baged\s+(?:between\s+)?$", reading[max(0, a_start - 16) : a_start], re.I):
        return True
    if _AGE_AFTER_PRONOUN.search(reading, max(0, a_start - 12), a_start) and re.match(
        r"\s*(?:[.,;!?]|and\b|when\b|but\b)", reading[a_end : a_end + 6]
    ):
        return True  # "She's 93.", "he was 17 when": an age
    if _AT_AGE.search(reading, max(0, a_start - 4), a_start) and _is_age_number(token):
        after = reading[a_end : a_end + 80]
        if after.startswith(",") and _PERSON_LATER.search(after):
            return True  # "At nine, watching the games, she decided": an age
    if _is_age_number(token) and (
        _AGE_OF.search(reading, max(0, a_start - 60), a_start)
        or _AGE_RANGE_END.search(reading, max(0, a_start - 40), a_start)
        or _AGE_GROUP.match(reading, a_end)
        or (
            _AGE_GROUP_TAIL.match(reading, a_end)
            and re.search(r"\d\s*[-–]\s*\Z", reading[max(0, a_start - 4) : a_start])
        )
    ):
        return True  # "at the age of 21", "in age from 66 to 73", "the 25-34 age group"
    if (
        re.fullmatch(r"\d{1,3}", token)
        and _NAME_COMMA.search(reading, max(0, a_start - 60), a_start)
        and re.match(r"\s*(?:[.;)]|\Z)", reading[a_end : a_end + 3])
    ):
        return True  # "said resident Ana Ruiz, 61."
    age = re.search(r"[A-Za-z],\s*$", reading[max(0, a_start - 4) : a_start])
    return bool(age and re.fullmatch(r"\d{1,3}", token) and re.match(r"\s*,", reading[a_end:]))


# a person's age after "the age of" ("at the age of just 21", "from about the age of six"),
# after "age(s)" opening a range ("ranging in age from 66 to 73"), not an average's age
_AGE_OF = re.compile(
    r"(?<!average\s)(?<!median\s)(?<!mean\s)\b(?:the\s+ages?\s+of|in\s+age\s+from|ages?\s+"
    r"(?:from|between))\s+(?:just\s+|only\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+)?\Z",
    re.IGNORECASE,
)
# the second number of an age range ("aged 1-4", "in age from 66 to 73", "ages 5 to 12")
_AGE_RANGE_END = re.compile(
    r"\b(?:aged|ages?|in\s+age\s+from|the\s+ages\s+of)\s+(?:between\s+|from\s+)?\d{1,3}\s*"
    r"(?:to|and|-|–)\s*\Z",
    re.IGNORECASE,
)
# "25-34 age group", "the 25-34 and 20-24 age groups", "16-24 year olds": the range's first
# number (the second is read after the dash, as an age range's end)
_AGE_GROUP_TAIL = re.compile(
    r"(?:\s*(?:,|and|or)\s*\d{1,3}\s*[-–]\s*\d{1,3})*\s+(?:age[\s-]+(?:groups?|brackets?|bands?|"
    r"range)|year[\s-]*olds?)\b",
    re.IGNORECASE,
)
_AGE_GROUP = re.compile(r"\s*[-–]\s*\d{1,3}" + _AGE_GROUP_TAIL.pattern, re.IGNORECASE)
# a name of two capitalised words and a comma before the number, after a verb of speech or a
# word of a person ("said resident Ana Ruiz, 61.")
_NAME_COMMA = re.compile(r"[A-Z][\w'’-]+\s+[A-Z][\w'’-]+,\s*\Z")


# a whole number and a fraction written with a slash ("1 1/2 days", "2 3/4 miles"), with the
# word after it (its unit, if any)
_MIXED = re.compile(
    r"\d{1,3}\s+\d{1,2}/\d{1,2}(?![\d/])(?:\s+(?!(?:in|of|and|or|to|the|a|an|on|at|for|by|from|"
    r"with|was|were|is|are|as|than|after|before|ago|later|each|per)\b)[A-Za-z]+(?![\w-]))?",
    re.IGNORECASE,
)
_MIXED_WHY = "a whole number and a fraction (1 1/2): not read; type it as a decimal (1.5)"


# "cut in half", "split in half", "in thirds": a change (or a division), not a level of 50%;
# "in half of the cases" is a share
_IN_HALF = re.compile(r"\bin\s+(?:half|halves|thirds|quarters)\Z", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+(?:of|the|a|an)\b", re.IGNORECASE)
_IN_HALF_WHY = (
    '"in half" cuts or divides the amount (a change down by half), it is no level of 50%: log'
    " the level the quote states, or 50% as a change (--change down)"
)
# "a majority of 10 to one", "odds of 3 to 1", "10-1": odds or a vote, which the parser reads
# as a range backwards and refuses; never the first number alone
_ODDS = re.compile(
    r"(?:\s+to\s+(?:one|1)|[-–]1)\b(?![,.]?\d|\s*(?:million|billion|thousand|%|per\b|percent))",
    re.IGNORECASE,
)
_ODDS_WHY = (
    "a ratio, odds or a vote (10 to one) that the parser does not read: log each side as a"
    " count, or the ratio as meant"
)


# a fraction word joined by a hyphen to a word that is no number ("half-done", "half-time",
# "quarter-final"): one word; "half-dozen", "quarter-million" are amounts
# the fractions that are ordinals too ("a third term", "a fifth day", "a third two-year
# term"); "half" and "quarter" are no ordinals ("a quarter century" is refused as a share)
_ORDINALS = frozenset(("third", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"))
# the words after "a third" that keep it a share: "a third of", "a third more", "cut by a
# third last year", "a third, ...", "a third year-on-year"
_SHARE_GOES_ON = frozenset(
    (
        "of", "more", "less", "fewer", "larger", "smaller", "higher", "lower", "bigger",
        "greater", "last", "this", "that", "in", "on", "at", "by", "from", "to", "and", "or",
        "than", "as", "since", "over", "under", "compared", "among", "after", "before",
        "between", "each", "every", "per", "year-on-year", "again", "overall", "now", "so",
    )
)  # fmt: skip


def _no_share(reading: str, start: int, a_start: int, a_end: int, token: str) -> bool:
    """A fraction's word that is no share: "the first half", "a third term" (an ordinal),
    "half-done", "quarter-final" (a word)."""
    prev = reading[max(start, a_start - 7) : a_start].lower().split()
    if prev and prev[-1] in ("the", "first", "second", "last", "other", "third"):
        return True  # "the first half"
    if prev and prev[-1] in ("a", "an") and _ordinal_use(reading, token, a_end):
        return True  # "a third term", "a fifth day": an ordinal, no share
    return _COMPOUND.match(reading, a_end) is not None  # "half-done", "half-hearted"


def _ordinal_use(reading: str, token: str, a_end: int) -> bool:
    """ "a third" before a word that names what is third ("a third term", "a third
    two-year term"): an ordinal, no share; a share before ``_SHARE_GOES_ON`` or a stop."""
    if token.lower() not in _ORDINALS:
        return False
    nxt = re.match(r"\s+([\w-]+)", reading[a_end : a_end + 40])
    if nxt is None:
        return False
    word = nxt.group(1)
    named = word[0].islower() or (word[0].isdigit() and "-" in word)
    return named and word.lower() not in _SHARE_GOES_ON


_COMPOUND = re.compile(
    r"-(?!(?:dozen|dozens|hundred|thousand|million|billion|trillion|score)\b)[A-Za-z]"
)


def _halved_or_odds(
    reading: str, start: int, a_start: int, a_end: int, token: str
) -> Refused | None:
    """The number refused whole when it is a cut ("in half": ``_IN_HALF``) or odds ("10 to
    one": ``_ODDS``), never read as a share of 50% or as its first number; None otherwise."""
    if re.fullmatch(rf"(?:{_FRACTIONS})", token, re.I):
        cut = _IN_HALF.search(reading, max(start, a_start - 4), a_end)
        if cut is not None and cut.end() == a_end and not _OF_AFTER.match(reading, a_end):
            return Refused(cut.start(), a_end, cut.group(), _IN_HALF_WHY)
    odds = _ODDS.match(reading, a_end)
    if odds is not None and (
        re.fullmatch(r"\d{1,3}", token) or (token.isalpha() and odds.group()[:1].isspace())
    ):
        return Refused(a_start, odds.end(), reading[a_start : odds.end()], _ODDS_WHY)
    return None


def _figure_at(
    reading: str, words: list[tuple[int, int]], start: int, a_start: int, a_end: int, covered: int
) -> FigureRead | Refused | int | None:
    """The figure at the number ``reading[a_start:a_end]``: read, refused, skipped up to an
    offset (an int), or None (a date, a clock time, an ordinal: not a figure)."""
    token = reading[a_start:a_end]
    if not token.isascii() and re.search(r"(?![0-9])\d", token):
        whole = _OTHER_SCRIPT.match(reading, a_start)  # with the script's own separators
        a_end = whole.end() if whole else a_end
        token = reading[a_start:a_end]
        plain = "".join(str(unicodedata.decimal(c, c)) for c in token.translate(_SEPARATORS))
        return Refused(a_start, a_end, token, _SCRIPT_WHY.format(plain))
    if _CLOCK.match(reading, a_end) or reading[max(0, a_start - 1) : a_start] == ":":
        return None  # "9:15 PM", "10 a.m."
    if _HHMM.fullmatch(token) and _ZONE.match(reading, a_end):
        return None  # "1042 GMT", "2130 local time": a live blog's clock, no figure
    if re.fullmatch(rf"(?:{_FRACTIONS})", token, re.I) and _no_share(
        reading, start, a_start, a_end, token
    ):
        return None
    halved_or_odds = _halved_or_odds(reading, start, a_start, a_end, token)
    if halved_or_odds is not None:
        return halved_or_odds
    if _phone_or_age(reading, a_start, a_end, token) or _scale_alone(reading, a_start, token):
        return None
    idx = next((i for i, (a, b) in enumerate(words) if a <= a_start < b), None)
    if idx is None:
        return None
    first = _hedge_start(reading, words, idx, covered)
    tail = _figure_tail(reading, words, idx)
    lo = min(first, _reach_back(reading, words, idx, covered))
    # else "211.4%": a rate above the whole, proposed saying what holds it (review26)
    best = _first_figure(reading, words, lo, idx, tail) or _above_whole(
        reading, words, lo, idx, tail
    )  # with the words reached back for, as any figure ("approaching 130,000%")
    widened = None if best is None else _whole(reading, words, lo, idx, tail, best)
    if isinstance(widened, Refused):
        return widened
    best = widened
    if best is None:
        return (
            _glued_suffix(reading, words, idx)
            or _unread_number(reading, words, idx)
            or _unread_pence(reading, words, idx)
        )
    above = best.note == ABOVE_WHOLE
    best = _up_to_level(reading, words, _change_then_level(reading, words, best, idx), idx, tail)
    if above and best.note != ABOVE_WHOLE:  # "up to 130,000%": still read as a rate, so said
        best = replace(best, note=ABOVE_WHOLE)
    described = _described(reading, words, best) or _year_first(reading, best)
    if described is not None:
        return described
    if _is_date_or_year(reading, best.start, best.end, best.figure) or not_a_figure(
        reading, best.start, best.end
    ):
        return None  # also a code, a name's number, a pair, a record's window (nonfigures.py)
    after = reading[best.end : best.end + 9].lower().split()
    best = _spread_over(reading, words, best, idx, tail)
    moment = _at_a_moment(reading, words, best, idx, after)
    if moment is None:
        return best.end  # "two years ago": a time, not a figure
    counts = _out_of_counts(reading, moment)
    if counts is not None:
        return counts
    got = _as_read(reading, words, moment, tail)
    return _hedged_after(reading, got) if isinstance(got, FigureRead) else got


# a hedge after a figure and its unit ("12 hours or more", "some 400 or so", "30,000, more or
# less", "50 people, give or take"): read with it when the parser reads the whole, refused
# whole when it does not; never the figure without it (it was read as exactly 12 hours)
_HEDGE_AFTER = re.compile(
    r",?\s+(?:or\s+(?:more|less|fewer|so|above|over|higher|lower|greater|longer|shorter|"
    r"thereabouts)|more\s+or\s+less|give\s+or\s+take)\b",
    re.IGNORECASE,
)
_ABOUT_AFTER = frozenset(("or so", "or thereabouts", "more or less", "give or take"))
_HEDGE_AFTER_WHY = (
    'the parser does not read "{h}" after the figure: type the figure as meant ("at least 12 '
    'hours" for "12 hours or more")'
)


def _hedged_after(reading: str, got: FigureRead) -> FigureRead | Refused:
    """``got`` with the hedge written after it (``_HEDGE_AFTER``): read whole, or refused
    whole; ``got`` when no such hedge follows it."""
    m = _HEDGE_AFTER.match(reading, got.end)
    if m is None:
        return got
    said = re.sub(r"\s+", " ", m.group().strip(" ,").lower())
    if got.figure.hedge == "around" and said in _ABOUT_AFTER:
        return got  # "about 10 metres or so": the hedge after says what "about" says
    text = reading[got.start : m.end()]
    try:
        fig = parse_figure(text)
    except (FigureError, ValueError):
        fig = None
    if fig is not None and " or " not in (fig.unit or ""):
        return FigureRead(got.start, m.end(), fig, got.note, got.change)
    hedge = m.group().strip(" ,")
    return Refused(got.start, m.end(), text, _HEDGE_AFTER_WHY.format(h=hedge))


# "12 out of 22 seats", "some 2,633 out of 9,755 schools": a count of a total the page gives,
# two figures as written (each read alone), not the share the parser would compute from them
# (54.5% is no number of the page); an idiom's small or round total stays a share ("nine out
# of ten", "four out of six budgets", "4 out of 5 doctors", "37 out of 100")
_OUT_OF = re.compile(r"\s+out\s+of\s+(?:a\s+total\s+of\s+)?(\d[\d,]*|[a-z]+)\b", re.IGNORECASE)


def _out_of_counts(reading: str, best: FigureRead) -> FigureRead | None:
    """The count before "out of" (``_OUT_OF``) read alone, when the total after it is more
    than ten and no power of ten (the total is then read as a figure of its own); None
    otherwise."""
    text = reading[best.start : best.end]
    m = _OUT_OF.search(text)
    if m is None or best.figure.dimension != "share":
        return None
    try:
        total = parse_figure(m.group(1)).low
    except (FigureError, ValueError):
        return None
    if total is None or total <= 10 or total in (100, 1000):
        return None
    if re.match(r"\s*(?:or|to|and|[-–])\s", reading[best.start + m.end() :]):
        return None  # "20 out of 39 or 51%": the total read alone would join the next figure
    try:
        count = parse_figure(text[: m.start()])
    except (FigureError, ValueError):
        return None
    return FigureRead(best.start, best.start + m.start(), count)


def _spread_over(
    reading: str, words: list[tuple[int, int]], best: FigureRead, idx: int, tail: int
) -> FigureRead:
    """A period read with "over" ("over three years") after a verb, a change or an amount
    ("ran over 4 weeks", "a 12 percent raise over three years", "$5bn over five years"): the
    period it covers, read without "over" (never more than it); ``best`` otherwise."""
    text = reading[best.start : best.end]
    if not (re.match(r"over\s", text, re.I) and _TIME_UNITS.search(text)):
        return best
    prev = reading[max(0, best.start - 20) : best.start].split()
    last = prev[-1].lower().strip(".,;:()") if prev else ""
    if last and (
        last.endswith(("ed", "%"))
        or last in ("ran", "run", "runs", "held")
        or last in _SPREAD_OVER
        or bool(_MONEY_TOKEN.fullmatch(last))
    ):
        return _longest_figure(reading, words, idx, idx, tail) or best
    return best


def _as_read(
    reading: str, words: list[tuple[int, int]], best: FigureRead, tail: int
) -> FigureRead | Refused:
    """The figure as proposed: refused (``_change``, ``_refusal``), a change that way, or as
    read."""
    changed = _change(reading, best)
    if isinstance(changed, Refused):
        return changed
    diff = _MORE_THAN.match(reading, best.end)
    added = changed is not None and _is_added(changed)
    if (changed is None or added) and diff is not None:  # "5,000 more than in May": no level
        word = diff.group().split()[0].lower()
        text = reading[best.start : diff.end()]
        return Refused(best.start, diff.end(), text, _MORE_THAN_WHY.format(w=word))
    refused = _refusal(reading, words, best, tail)
    # words after the figure refused for what they would say of a level ("3% year" of "grew
    # 3% year on year"): a change's own comparison with its period keeps it
    if (
        changed is not None
        and isinstance(refused, Refused)
        and refused.end > best.end
        and "ambiguous" not in refused.reason  # "rose by 12.5m a year": million or metres
        and compared_with_period(reading, best.end)
    ):
        return changed
    return refused or changed or best


def _at_a_moment(
    reading: str, words: list[tuple[int, int]], best: FigureRead, idx: int, after: list[str]
) -> FigureRead | None:
    """The figure, or None for a time that is no figure ("two years ago", "in the first nine
    months"); a rate before a moment ("300 a year earlier") is the amount at that moment."""
    ago = bool(after) and after[0].strip(".,") in ("ago", "later", "earlier")
    frame = reading[max(0, best.start - 24) : best.start].lower().split()
    if (
        len(frame) >= 3
        and frame[-1] in ("first", "last", "past", "next", "previous", "coming", "final")
        and frame[-3] in ("in", "during", "within", "over")
    ):
        ago = True  # "in the first nine months": a period ("for the last 10 years" is a figure)
    if len(frame) >= 2 and frame[-1] in ("next", "coming") and frame[-2] == "the":
        ago = True  # "for the next five years", "about the next 10 days": a time ahead
    if ago and "/" in best.figure.dimension:
        # "300 a year earlier": the amount at that moment, not a rate of 300 a year
        hi = next(i for i, (_, b) in enumerate(words) if b == best.end)
        lo = next(i for i, (a, _) in enumerate(words) if a == best.start)
        return _longest_figure(reading, words, lo, idx, hi - 2) if hi - 2 >= idx else None
    if ago and _TIME_UNITS.search(reading[best.start : best.end]):
        return None
    return best


def _change_then_level(
    reading: str, words: list[tuple[int, int]], best: FigureRead, idx: int
) -> FigureRead:
    """A range read across a change and the level it reached ("down by 0.1% to 3.1%", "rose
    300 to 1,200": ``guards.level_after_change``) as the change's amount alone: it is shown
    refused as a change, and the level after "to" is a figure of its own."""
    if best.figure.hedge != "range":
        return best
    to = re.search(r"\s+to\s+", reading[best.start : best.end])
    if to is None or level_after_change(reading, best.start + to.end()) is None:
        return best
    cut = best.start + to.start()
    lo = next(i for i, (a, _) in enumerate(words) if a == best.start)
    hi = max(i for i, (_, b) in enumerate(words) if b <= cut)
    if _word_at(reading, words, lo).lower() == "from":
        lo += 1  # "rose from 900 to 1,200": 900, the level it rose from
    return _longest_figure(reading, words, lo, idx, hi) or best


_UP_TO = re.compile(r"up\s+to\s+", re.IGNORECASE)
_UP_TO_NOTE = (
    '"up to" after "{verb}": a cap or the level a count reached ("the toll is up to 85": it'
    " rose to 85), which claimtrack cannot tell; read as a cap"
)


def _up_to_level(
    reading: str, words: list[tuple[int, int]], best: FigureRead, idx: int, tail: int
) -> FigureRead:
    """A figure read with "up to" where the words before it move a count there ("bringing
    the count up to 20", "the toll is now up to 85": ``guards.moved_up_to``), read without it
    (the level), as `add` reads it; where a copula stands before it ("deaths are up to 85"),
    kept as a cap, with a note that says so."""
    up = _UP_TO.match(reading, best.start)
    if best.figure.hedge != "up to" or up is None:
        return best
    moved, copula = moved_up_to(reading, up.end())
    if moved is not None:
        lo = next(i for i, (a, _) in enumerate(words) if a >= up.end())
        return _longest_figure(reading, words, lo, idx, tail) or best
    if copula is not None:
        return FigureRead(best.start, best.end, best.figure, _UP_TO_NOTE.format(verb=copula))
    return best


# "Sh" (and "Shs") is the shilling of Kenya, Tanzania, Uganda and Somalia: which one, the
# letters do not say (extract50)
_SHILLING = dict.fromkeys(
    ("sh", "shs"),
    " (a shilling of Kenya, Tanzania, Uganda or Somalia: type KSh, TSh, USh or the ISO code"
    " the page makes clear)",
)


def _glued(reading: str, m: re.Match[str]) -> FigureRead | Refused | None:
    text = m.group()
    # a name ("COVID19", "F16", "G7"), unless a scale is glued to its digits ("N48m", "N14m":
    # an amount in a currency the parser does not know, shown refused, never dropped), or
    # its digits are grouped in thousands or hold a decimal point ("N12,000", "N2.5":
    # amounts, no name writes them so; extract52: dropped without a word)
    name = (
        re.match(r"[A-Z]{2,}\d|[A-Z]\d", text)
        and not re.search(r"\s", text)
        and not re.search(r"\d(?:bn|mn|m|k)\Z", text)
        and not re.search(r"\d,\d{3}(?!\d)|\d\.\d", text)
    )
    try:
        fig = parse_figure(text)
    except (FigureError, ValueError) as e:
        if name:
            return None  # "COVID19", "F16", "G7": names, not figures
        prefix = re.match(r"[A-Za-z]+", text)
        why = (
            f'"{prefix.group()}" before the number is not a currency or unit the parser knows'
            + _SHILLING.get(prefix.group().lower(), "")
            if prefix and "put the figure first" in str(e)
            else _reason(e)
        )
        return Refused(m.start(), m.end(), text, why)
    if name and not fig.dimension.startswith("currency:"):
        return None  # a name, unless the parser reads its letters as a currency ("GBP46.50")
    return FigureRead(m.start(), m.end(), fig)


# words of ``_HEDGES`` that hedge nothing on their own ("valued at GBP5bn", "the GBP5bn")
_NOT_HEDGES = {"at", "as", "of", "to", "the", "a", "an", "and", "or", "than", "most", "least"}


def _money_range(
    reading: str, words: list[tuple[int, int]], covered: int, m: re.Match[str]
) -> FigureRead | Refused:
    """A range of money joined by a dash (``_MONEY_RANGE``): read whole, with a hedge before
    it that the parser reads, or shown refused."""
    try:
        got = FigureRead(m.start(), m.end(), parse_figure(m.group()))
    except (FigureError, ValueError) as e:
        return Refused(m.start(), m.end(), m.group(), _reason(e))
    wider = _hedged_glued(reading, words, covered, got)
    return wider if wider is not None else got


def _hedged_glued(
    reading: str, words: list[tuple[int, int]], covered: int, got: FigureRead | Refused | None
) -> FigureRead | Refused | None:
    """A glued amount (``_GLUED``) with the hedge before it, as any figure takes its hedge
    ("around GBP42.41 billion" was read as exactly GBP42.41 billion): read whole when the
    parser reads it, shown refused when it does not; never the amount without it."""
    if not isinstance(got, FigureRead):
        return got
    idx = next((i for i, (a, _) in enumerate(words) if a == got.start), None)
    if idx is None:
        return got
    if idx > 0 and _word_at(reading, words, idx - 1).lower() in _UNREAD_HEDGES:
        first = idx - 1  # "reaching GBP5bn", "something like GBP5bn": refused with them
        if first > 0 and _word_at(reading, words, first - 1).lower() in ("something", "anything"):
            first -= 1
        return _unread_words(reading, words[first][0], got, "the hedge ") or got
    first = _hedge_start(reading, words, idx, covered)
    lo = min(first, _reach_back(reading, words, idx, covered))
    if lo == idx:
        return got
    end = got.end
    if any(_word_at(reading, words, k).lower() == "between" for k in range(lo, idx)):
        # "between GBP2bn and GBP6bn", "to between NZ$2bn and NZ$2.5bn": the range whole
        joined = re.compile(r"\s+(?:and|to)\s+").match(reading, got.end)
        other = joined and _GLUED.match(reading, joined.end())
        end = other.end() if other else end
    # the widest the parser reads, up to four words back ("as much as GBP3bn", "close to
    # GBP3bn"): "at around GBP42.41 billion" is "around GBP42.41 billion" ("at" hedges only in
    # "at least")
    for k in range(lo, idx):
        try:
            return FigureRead(words[k][0], end, parse_figure(reading[words[k][0] : end]))
        except (FigureError, ValueError):
            continue
    neutral = {*_NOT_HEDGES, *_OWNERS, *_JOINERS}
    while first < idx and _word_at(reading, words, first).lower() in neutral:
        first += 1  # "valued at GBP5bn", "the GBP5bn", "rose to GBP5bn": no hedge before it
    if first == idx:
        return got
    text = reading[words[first][0] : end]
    hedge = reading[words[first][0] : got.start].strip()
    why = f'the parser does not read the hedge "{hedge}": type the figure as meant'
    return Refused(words[first][0], end, text, why)


def _described(reading: str, words: list[tuple[int, int]], best: FigureRead) -> Refused | None:
    """A number joined by a hyphen to the word that ends the figure, before another word
    ("5-star hotels", "a 500-page report"): the parser refuses the whole as a description,
    and it is shown refused, never read as a count of "star"."""
    if not re.search(r"\w-[^\W\d]+$", reading[best.start : best.end]):
        return None
    nxt = next((w for w in words if w[0] >= best.end), None)
    if nxt is None or not reading[nxt[0] : nxt[1]].isalpha():
        return None
    text = reading[best.start : nxt[1]]
    try:
        parse_figure(text)
    except (FigureError, ValueError) as e:
        if "describes the" in str(e):  # the parser's own reason: not "ends in 'and'"
            return Refused(best.start, nxt[1], text, _reason(e))
    return None


def _glued_suffix(reading: str, words: list[tuple[int, int]], idx: int) -> Refused | None:
    """The number with a word glued on by a hyphen that the parser refuses ("40-something"):
    shown refused, never left out as if it were no figure."""
    if idx + 1 >= len(words) or not re.match(
        r"-[^\W\d]", reading[words[idx][1] : words[idx + 1][1]]
    ):
        return None
    text = reading[words[idx][0] : words[idx + 1][1]]
    try:
        parse_figure(text)
    except (FigureError, ValueError) as e:
        return Refused(words[idx][0], words[idx + 1][1], text, _reason(e))
    return None


def _unread_pence(reading: str, words: list[tuple[int, int]], idx: int) -> Refused | None:
    """A number glued to "p" that the parser refuses ("1080p": pence or a video resolution?):
    shown refused, never left out as if it were no figure."""
    a, b = words[idx]
    if not re.fullmatch(r"\d[\d,.]*p", reading[a:b]):
        return None
    try:
        parse_figure(reading[a:b])
    except (FigureError, ValueError) as e:
        return Refused(a, b, reading[a:b], _reason(e))
    return None


def _unread_number(reading: str, words: list[tuple[int, int]], idx: int) -> Refused | None:
    """A number the parser refuses on its own ("3,5": a decimal comma, or two numbers?),
    with the scale word after it: shown refused, so that the scale is never read alone as
    the figure ("million people" of "3,5 million people" is not a million)."""
    a, b = words[idx]
    if not reading[a : a + 1].isdigit() or idx + 1 >= len(words):
        return None
    na, nb = words[idx + 1]
    if not reading[b:na].isspace() or reading[na:nb].lower() not in SCALE_WORDS:
        return None  # (a number refused alone with no scale after it stays unproposed)
    try:
        parse_figure(reading[a:b])
    except (FigureError, ValueError) as e:
        return Refused(a, nb, reading[a:nb], _reason(e))
    return None


# what a percentage above the whole needs, said on its candidate (review26)
ABOVE_WHOLE = (
    "above the whole (100%): a rate or a change, stored on a measure named for a rate (a word"
    " of its name: inflation, growth, interest, yield, return, change) or as a change"
)


def _above_whole(
    reading: str, words: list[tuple[int, int]], first: int, idx: int, tail: int
) -> FigureRead | None:
    """A percentage the parser refuses only for being above the whole ("inflation reached
    211.4%"): read as a rate, with ``ABOVE_WHOLE`` as its note, never left unproposed (the
    measure it is stored on decides: a proportion's refuses it, as ``add`` does)."""
    from claimtrack.quantities import reading_rates

    a, b = words[idx]
    last = min(tail, len(words) - 1)  # "between 120 and 150 per cent": after the range too
    if not reading[a:b].endswith("%") and not any(
        _SHARE_AFTER.match(reading, words[k][1]) for k in range(idx, last + 1)
    ):
        return None
    with reading_rates(True):
        got = _first_figure(reading, words, first, idx, tail)
    return None if got is None else replace(got, note=ABOVE_WHOLE)


def _whole(
    reading: str, words: list[tuple[int, int]], lo: int, idx: int, tail: int, best: FigureRead
) -> FigureRead | Refused:
    """``best`` with the share word it left out ("hit 211.4 percent", read as a rate above
    the whole: ``_above_whole``), or refused with the hedge it left out (``_hedged_range``):
    never the number without them (extract52)."""
    share = _SHARE_AFTER.match(reading, words[idx][1]) or _SHARE_AFTER.match(reading, best.end)
    if share is not None and best.end < share.end():
        best = _above_whole(reading, words, lo, idx, tail) or best
    return _hedged_range(reading, words, lo, best) or best


def _hedged_range(
    reading: str, words: list[tuple[int, int]], lo: int, best: FigureRead
) -> Refused | None:
    """The figure with the words before it from word ``lo`` when the parser refuses them as
    a hedge before a range its words bound ("could reach between 18,000 to 20,000"): shown
    refused whole, never read as the range without its hedge (extract52)."""
    for k in range(lo, len(words)):
        a = words[k][0]
        if a >= best.start:
            return None
        try:
            parse_figure(reading[a : best.end])
        except (FigureError, ValueError) as e:
            if "before a range its words bound" in str(e):
                return Refused(a, best.end, reading[a : best.end], str(e))
    return None


def _first_figure(
    reading: str, words: list[tuple[int, int]], first: int, idx: int, tail: int
) -> FigureRead | None:
    """The longest figure read from the earliest word between ``first`` and the number at
    word ``idx`` (``_longest_figure``), or None."""
    for lo in range(first, idx + 1):
        got = _longest_figure(reading, words, lo, idx, tail)
        if got is not None:
            return got
    return None


def _reason(e: Exception) -> str:
    return str(e).split(":")[0] if "put the figure first" in str(e) else str(e)


def _reach_back(reading: str, words: list[tuple[int, int]], idx: int, covered: int) -> int:
    """Up to four plain words before the number, for hedges the lexicon lacks ("close to",
    "in the region of", "half a"): the parser decides what it reads."""
    lo = idx
    # the number's own word before it ("a dozen", "KSh 12,000") is not one of the four
    own = idx > 0 and (
        _word_at(reading, words, idx - 1).lower() in ("a", "an", "one")
        or _currency_code(_word_at(reading, words, idx - 1))
    )
    while lo > 0 and idx - lo < 4 + own:
        w = _word_at(reading, words, lo - 1)
        if words[lo - 1][0] < covered or not re.fullmatch(r"[A-Za-z-]+", w):
            break
        if w.lower() in _SPEECH_WORDS:
            break  # "the study estimated 1.1 million": the verb is not a hedge
        lo -= 1
    return lo


def _unread_words(reading: str, start: int, best: FigureRead, what: str) -> Refused | None:
    """The figure with the words from ``start`` before it, refused when the parser does not
    read them (never read as the shorter figure without them), or None."""
    wider = reading[start : best.end]
    try:
        parse_figure(wider)
    except (FigureError, ValueError):
        words = reading[start : best.start].strip()
        why = f'the parser does not read {what}"{words}": type the figure as meant'
        return Refused(start, best.end, wider, why)
    return None


_NEGATION = re.compile(r"not|never|no|nor|hardly|barely|\w+n't|\w+n’t")
_BOUND_HEDGE = re.compile(
    r"(?:more|less|fewer|greater|higher|lower|bigger|smaller)\s+than\b|(?:over|under|above|"
    r"below|beyond)\b",
    re.IGNORECASE,
)
_NEGATED_BOUND_WHY = (
    'the negation before it turns the bound ("{w}"): a figure at most or at least, not more or'
    " less than it; type the figure as meant"
)


def _negated_bound(
    reading: str, words: list[tuple[int, int]], lo: int, best: FigureRead
) -> Refused | None:
    """A bound read after a negation one verb away ("couldn't be more than 7,000", "did not
    rise above 5%"): refused whole from the negation; it was read as more than 7,000, the
    reverse of what was said. None when no such negation stands before it."""
    if not _BOUND_HEDGE.match(reading, best.start) or lo < 2:
        return None
    verb = _word_at(reading, words, lo - 1).lower()
    if verb not in ("be", "been", "rise", "go", "get", "reach", "climb", "fall", "exceed"):
        return None
    k = lo - 2
    if _word_at(reading, words, k).lower() in ("have", "has", "had") and k > 0:
        k -= 1  # "could not have been more than"
    if not _NEGATION.fullmatch(_word_at(reading, words, k).lower()):
        return None
    wider = reading[words[k][0] : best.end]
    return Refused(words[k][0], best.end, wider, _NEGATED_BOUND_WHY.format(w=wider))


# "in the thousands", "into the millions": an order of magnitude the parser does not read
# (it reads "thousands", 2,000-9,999); refused whole, never read as the bare scale word
# (extract52: "far higher, in the thousands" was proposed as 2,000-9,999)
_IN_THE = re.compile(r"\b(?:in|into)\s+(?:the|their|its)\s+\Z", re.IGNORECASE)
_IN_THE_WHY = (
    '"{t}" gives an order of magnitude the parser does not read (it reads "thousands" as'
    " 2,000-9,999): type the figure as meant"
)
_VAGUE_SCALE = re.compile(
    r"(?:tens\s+of\s+|hundreds\s+of\s+)?(?:hundreds|thousands|millions|billions)",
    re.IGNORECASE,
)


def _refusal(
    reading: str, words: list[tuple[int, int]], best: FigureRead, tail: int
) -> Refused | FigureRead | None:
    """The figure refused as written when the parser read it only by dropping a hedge word
    before it ("something like 35") or a unit after it that it refuses ("1,200 tons"); the
    figure as a change when a noun of change after it says which way ("a 3% rise")."""
    lo = next(i for i, (a, _) in enumerate(words) if a == best.start)
    before = [_word_at(reading, words, k).lower() for k in range(max(0, lo - 3), lo)]
    foreign = foreign_hedge_before(before)
    if foreign is not None:  # "almeno 500 persone": never 500 exactly (review26)
        first = words[lo - len(foreign[0].split())][0]
        return Refused(first, best.end, reading[first : best.end], str(foreign_hedge_error(
            *foreign)))  # fmt: skip
    vague = _IN_THE.search(reading, max(0, best.start - 12), best.start)
    if vague is not None and _VAGUE_SCALE.fullmatch(reading[best.start : best.end]):
        text = reading[vague.start() : best.end]  # "in the thousands"
        return Refused(vague.start(), best.end, text, _IN_THE_WHY.format(t=text))
    if lo > 0 and _word_at(reading, words, lo - 1).lower() in _UNREAD_HEDGES:
        first = lo - 1
        if lo > 1 and _word_at(reading, words, lo - 2).lower() in ("something", "anything"):
            first = lo - 2  # "something like 35"
        refused = _unread_words(reading, words[first][0], best, "the hedge ")
        if refused is not None:
            return refused
    if (
        lo > 2
        and _word_at(reading, words, lo - 1).lower() == "as"
        and _word_at(reading, words, lo - 3).lower() == "as"
    ):  # "as low as 300", "as few as 300": a comparison the parser may not read
        refused = _unread_words(reading, words[lo - 3][0], best, "")
        if refused is not None:
            return refused
    if (
        lo > 0
        and re.fullmatch(
            r"not|never|no|nor|hardly|barely|\w+n't", _word_at(reading, words, lo - 1).lower()
        )
        and not re.match(r"[$€£¥₹]?\d", reading[best.start : best.end])
    ):
        wider = reading[words[lo - 1][0] : best.end]
        try:
            parse_figure(wider)
        except (FigureError, ValueError):
            why = f'the parser does not read the negated figure "{wider}": type it as meant'
            return Refused(words[lo - 1][0], best.end, wider, why)
    negated = _negated_bound(reading, words, lo, best)
    if negated is not None:
        return negated
    hi = next(i for i, (_, b) in enumerate(words) if b == best.end)
    if hi < tail:
        longer = reading[best.start : words[hi + 1][1]]
        try:
            parse_figure(longer)
        except (FigureError, ValueError) as e:
            from claimtrack.quantities.units import refused_unit

            nxt = _word_at(reading, words, hi + 1)
            # "1,200 tons", "5,000 dinars"; and any unit the parser refuses by name ("45
            # bucks", "2,000 calories"): never the number alone, a count (review25)
            si = "SI prefix" in str(e)  # "1,800 kilocalories": a unit it does not read
            if "ambiguous" in str(e) or "currency" in str(e) or refused_unit(nxt) or si:
                return Refused(best.start, words[hi + 1][1], longer, str(e))
    return _says_more(reading, words, best, hi, tail)


def _says_more(
    reading: str, words: list[tuple[int, int]], best: FigureRead, hi: int, tail: int
) -> Refused | FigureRead | None:
    """The figure refused when the words after it up to ``tail`` say what it does not ("52
    per cent a year", "20% increase": the parser refuses the longer text for it; not where
    the longer text is the amount at a moment, "26 percent a year ago"), or when
    its number names or describes ("category five storm": ``guards.named_at``, as `add`
    refuses it)."""
    last = tail  # and the word of a moment after the tail: "26 percent a year ago"
    if tail + 1 < len(words) and _word_at(reading, words, tail + 1).lower() in _MOMENT_AFTER:
        last = tail + 1
    for k in range(last, hi, -1):
        longer = reading[best.start : words[k][1]]
        try:
            parse_figure(longer)
        except (FigureError, ValueError) as e:
            if "at a moment in time" in str(e):
                break  # "26 percent a year ago": the amount then, as the parser says
            if any(m in str(e) for m in _MEANING):
                noun = _CHANGE_NOUN.search(str(e))
                way = change_direction(noun.group(1)) if noun is not None else None
                if way is not None and change_at(reading, best.start, best.end) is not None:
                    # "a 3% rise": the amount, as a change that way (the noun right after
                    # it, as `add --change` reads it: "25 percent job cuts" stays refused)
                    return FigureRead(best.start, best.end, best.figure, best.note, way)
                return Refused(best.start, words[k][1], longer, str(e))
    named = named_at(reading, best.start, best.end, best.figure)
    if named is not None:  # shown with the words that name it ("category five storm")
        text = reading[best.start : best.end]
        start, end = min(named.start, best.start), max(named.end, best.end)
        return Refused(start, end, reading[start:end], f"the figure {text!r} {named.why}")
    return None


# words before "over" and a period that make the period the span an amount or a change
# covers ("a 12 percent raise over three years"), not more than it
_SPREAD_OVER = frozenset(
    ("raise", "raises", "rise", "rises", "increase", "increases", "cut", "cuts", "growth",
     "drop", "fall", "decline", "reduction", "gain", "loss", "percent", "cent", "pct",
     "million", "billion", "trillion", "bn", "m")
)  # fmt: skip

# a word after a period that makes the figure the amount at a moment ("a year ago")
_MOMENT_AFTER = frozenset(("ago", "earlier", "later"))

# the noun of change the parser names when it refuses "a 3% rise" ("gives a change ("rise")")
_CHANGE_NOUN = re.compile(r'gives a change \("([^"]+)"\)')


# What the parser says of a longer text that the figure read without it would misstate: a
# share per period, a change, a possessive, a description, a year, a split.
_MEANING = (
    "per period",
    "a rate of change",
    "gives a change",
    "measures the",
    "names the",
    "reads as a year",
    "same number on both sides",
    "inside a description",
    "one span of time",
    # "12.5m a year": million or metres (extract52: read as 12.5 million after "rose by")
    "is ambiguous: million",
)


_CHANGE_WHY = (
    'a change ("{w}") whose words say no way, up or down: log the level the article gives'
    ' ("rose to 48": 48), or the change with the way the article means (--change up|down)'
)


_HEDGED_WHY = (
    "a hedge before words that add the amount to another: log the figure with its hedge and"
    ' without the words that add ("at least another 14": "at least 14")'
)


def _change(reading: str, best: FigureRead) -> FigureRead | Refused | None:
    """The figure as a change when words make it one ("up 34 percent", "rose 5%", "cut by
    20%": ``guards.change_words``) and say which way (its ``change``, as ``add --change``
    takes it: docs/format.md, "Changes"); refused when they say no way ("3% year on year")
    or a hedge before words that add is left out; None for a level."""
    got = change_words(reading, best.start, best.end, best.figure.dimension)
    if got is None:  # "a rise of about 15%"
        got = change_noun_before(reading, best.start, best.end)
    if got is not None:  # "at least another 14": the hedge is the figure's
        got = hedge_left_out(reading, got, best.start, best.figure)
    if got is not None and got.kind == "hedged":
        return Refused(got.start, got.end, reading[got.start : got.end], _HEDGED_WHY)
    if got is not None and got.kind == "added":
        return _added(best, got.word)
    if got is None or got.kind != "change":
        return None
    way = change_direction(got.word) or _way_before(reading, got.start)
    if way is None:
        text = reading[got.start : got.end]
        return Refused(got.start, got.end, text, _CHANGE_WHY.format(w=got.word))
    share = _SHARE_AFTER.match(reading, best.end)
    if share is not None:  # "rose by 121 percent": the parser refuses 121%; never "121"
        text = reading[best.start : share.end()]
        try:
            parse_figure(text)
        except (FigureError, ValueError) as e:
            return Refused(best.start, share.end(), text, str(e))
    return FigureRead(best.start, best.end, best.figure, best.note, way)


# Words that add an amount to another ("killed 170 more", "another 18 people", "an additional
# 40%", "818,000 fewer jobs"): the amount is an increment, not the total the measure counts,
# and was proposed as the level (extract52: "killed 170 more" offered as the toll); now a
# change that way, with what the words say in its note. "Plus" ("RPI plus 0.5 per cent": a
# margin over another measure, no movement) and an excess over a baseline ("1,052 more
# people than usual", guards.change_words) stay levels.
_ADDED_WAY = {"fewer": "down", "less": "down"}
_ADDED_NOTE = (
    '"{w}" counts the amount against another: {kind}, not the total; proposed as a change'
    " {way} (log the level instead if the source states it)"
)


def _added(best: FigureRead, word: str) -> FigureRead | None:
    """The figure as a change when words add it to another amount (``_ADDED_WAY``)."""
    w = word.lower()
    if w == "plus":
        return None
    way = _ADDED_WAY.get(w, "up")
    kind = "an increase" if way == "up" else "a difference below it"
    return FigureRead(best.start, best.end, best.figure, best.note or note_added(w, kind, way), way)


def note_added(word: str, kind: str, way: str) -> str:
    return _ADDED_NOTE.format(w=word, kind=kind, way=way)


def _is_added(f: FigureRead) -> bool:
    """Whether ``f`` is a change only because words add it to another amount (``_added``)."""
    return f.note is not None and "counts the amount against another" in f.note


# a share's word right after a number the figure stops before (the parser refused them)
_SHARE_AFTER = re.compile(r"\s*(?:%|per\s*cent\b|percent\b|pct\b)", re.IGNORECASE)


def _way_before(reading: str, start: int) -> str | None:
    """Which way the verb before a change's "by" says it goes ("cut by 20%": down; "backed
    the plan by": none), the last word of change in the clause before ``start``."""
    clause = re.split(r"[.;:!?]", reading[max(0, start - 48) : start])[-1]
    for word in reversed(clause.split()):
        way = change_direction(word) if word.lower() != "by" else None
        if way is not None:
            return way
    return None


def _word_at(reading: str, words: list[tuple[int, int]], i: int) -> str:
    return reading[words[i][0] : words[i][1]]


def _hedge_start(reading: str, words: list[tuple[int, int]], idx: int, covered: int) -> int:
    """The first word of the hedges right before the number at word ``idx`` ("around")."""
    first = idx
    while first > 0 and _word_at(reading, words, first - 1).lower() in _HEDGES:
        if words[first - 1][0] < covered:
            break
        first -= 1
    if first < idx and _word_at(reading, words, first).lower() == "estimated":
        first += 1  # "the study estimated 1.1 million": a verb ("an estimated 1.1 million": kept)
    return first


_OWNERS = {"the", "a", "an", "their", "its", "his", "her", "some", "many"}
_ING_PREPOSITIONS = {"in", "at", "on", "with", "from", "near", "under", "inside", "outside"}

_OR_MORE = {"more", "less", "fewer", "so", "above", "over", "higher", "lower", "greater"}

_JOINERS = ("to", "and", "or", "of", "-", "–", "a", "out")

_MONEY_TOKEN = re.compile(r"[$€£¥₹]?\d[\d,.]*(?:bn|b|mn|m|k|tn|p)?%?", re.IGNORECASE)

_ED_UNITS = {
    "displaced", "wounded", "injured", "detained", "armed", "unemployed", "registered",
    "uninsured", "infected", "vaccinated", "suspected", "accused", "arrested", "evacuated",
    "rescued", "disappeared",
}  # fmt: skip


@functools.lru_cache(maxsize=256)
def _currency_code(word: str) -> bool:
    """Whether ``word`` is a currency's code or letters the parser reads before an amount
    ("EUR", "KSh", "Rs"): the second end of "between KSh 2bn and KSh 3bn" (extract52: it
    was two exact amounts where "EUR" joined)."""
    if not re.fullmatch(r"[A-Z][A-Za-z]{1,3}\.?", word):
        return False
    try:
        return parse_figure(f"{word} 1").dimension.startswith("currency")
    except (FigureError, ValueError):
        return False


def _next_figure(reading: str, words: list[tuple[int, int]], j: int) -> bool:
    """Whether the word after word ``j``, a scale word, opens the next figure: a number not
    followed by a scale word of its own ("$3 million 3 weeks ago", not "2 million 500
    thousand")."""
    if j + 1 >= len(words) or _word_at(reading, words, j).lower() not in SCALE_WORDS:
        return False
    if not _word_at(reading, words, j + 1)[:1].isdigit():
        return False
    after = _word_at(reading, words, j + 2).lower() if j + 2 < len(words) else ""
    return after not in SCALE_WORDS


def _unit_words(reading: str, words: list[tuple[int, int]], tail: int) -> tuple[int, int, bool]:
    """Up to three unit words after word ``tail``: (the new tail, how many, whether a time
    closes the figure, the tail already stepped back: "rose to 85 a day after the quake")."""
    units = 0
    while tail + 1 < len(words) and units < 3:
        w = _word_at(reading, words, tail + 1)
        if (
            not re.fullmatch(r"[\w'’%-]+", w)
            or w.lower() in _UNIT_STOP | _UNREAD_HEDGES
            or _next_figure(reading, words, tail)
        ):
            break  # (a hedge of the next figure is none of this one's unit: "19% cross 20%")
        if w.endswith("ed") and "-" not in w and w.lower() not in _ED_UNITS:
            break  # "2,000 attended", "voters stayed home": a verb, not a unit
        if w.lower() in _PLACE_WORDS and _DISTANCE.fullmatch(_word_at(reading, words, tail)):
            break  # "12 miles outside the city": where, no word of the unit (extract52)
        nxt = _word_at(reading, words, tail + 2).lower() if tail + 2 < len(words) else ""
        after_ing = nxt in _HEDGES or nxt in _OWNERS or nxt in _ING_PREPOSITIONS
        if w.endswith("ing") and len(w) > 5 and (after_ing or _ANCHOR.fullmatch(nxt)):
            break  # "1,600 shelters housing about 300,000": a participle, not a unit
        speech = w.lower() in _SPEECH_WORDS and w.lower() not in _ED_UNITS | _NOUN_LIKE
        if speech or (units and nxt in _SPEECH_WORDS):
            break  # "the 3,000 people police say were held": "police" is a speaker
        if names_by_number(w) and (re.match(r"[$€£¥₹]?\d", nxt) or _ANCHOR.fullmatch(nxt)):
            break  # "19 per cent magnitude 7": the naming word is the next figure's
        if _verb_after(_word_at(reading, words, tail), w, units):
            break  # "42 per cent seen in", "50 people making parts": a clause, not the unit
        if _a_time(_word_at(reading, words, tail), w, nxt):
            return tail - 1, units, True  # "rose to 85 a day after the quake": a time (extract46)
        tail += 1
        units += 1
    return tail, units, False


def _figure_tail(reading: str, words: list[tuple[int, int]], idx: int) -> int:
    """The last word a figure starting at word ``idx`` may take: its own words (numbers,
    ranges), then up to three unit words."""
    j = idx
    while j + 1 < len(words):
        w = _word_at(reading, words, j + 1).lower()
        # (never "3" of "$3 million 3 weeks ago": a number after a scale word is the next
        # figure, ``_next_figure``)
        own = _ANCHOR.fullmatch(w) or _MONEY_TOKEN.fullmatch(w) or w in ("of", "a", "out")
        if own and not _next_figure(reading, words, j):
            j += 1  # "hundreds of fighters", "half a dozen", "one out of five"
            continue
        # "to", "and", "or", a dash join a range: "5 to 10", never "$5 million to rebuild"
        after = _word_at(reading, words, j + 2).lower() if j + 2 < len(words) else ""
        if w in _JOINERS and (_ANCHOR.fullmatch(after) or _MONEY_TOKEN.fullmatch(after)):
            j += 2
            continue
        # a range's second end after a currency's code: "between EUR 2bn and EUR 2.5bn"
        third = _word_at(reading, words, j + 3) if j + 3 < len(words) else ""
        code = _word_at(reading, words, j + 2) if j + 2 < len(words) else ""
        if w in _JOINERS and _currency_code(code) and _MONEY_TOKEN.fullmatch(third):
            j += 3
            continue
        if w == "in" and j == idx and _ANCHOR.fullmatch(after):
            j += 2  # "1 in 3 trains": a share, if the parser reads it ("300 in 2019" it refuses)
            continue
        break
    tail = j
    pair = [
        _word_at(reading, words, k).lower() for k in range(tail + 1, tail + 3) if k < len(words)
    ]
    if len(pair) == 2 and pair[0] == "or" and pair[1] in _OR_MORE:
        return tail + 2  # "$1 million or more": the parser reads the open end
    tail, units, timed = _unit_words(reading, words, tail)
    if timed:
        return tail
    ranged = _unit_range(reading, words, idx, tail, units)
    if ranged > tail and all(
        _word_at(reading, words, k).lower() in _SCALES for k in range(tail - units + 1, tail + 1)
    ):  # "between 12.5m and 14m people": the scale was each end's, the unit follows both
        tail, _, timed = _unit_words(reading, words, ranged)
        return tail if timed else _period_tail(reading, words, tail)
    return _period_tail(reading, words, ranged)


# past participles with no "-ed" that open a clause after a share ("42 per cent seen in")
_PARTICIPLES = frozenset(
    ("seen", "given", "shown", "known", "taken", "done", "found", "grown", "drawn", "written",
     "chosen", "driven", "born", "gone")
)  # fmt: skip
_SHARE_WORDS = frozenset(("%", "percent", "cent", "pct", "per-cent"))
# a preposition of place after a distance ("12 miles outside the city", "40 km inside the
# border", "5 miles off the coast"): it places the distance, as a compass direction does
# (``_UNIT_STOP``), and is no word of its unit; after a share ("20% off") it stays the
# parser's to refuse
_PLACE_WORDS = frozenset(("outside", "inside", "beyond", "off", "along", "past", "short"))
_DISTANCE = re.compile(
    r"(?:\d[\d,.]*)?(?:km|kms|kilomet(?:re|er)s?|miles?|mi|metres?|meters?|m|ft|feet|foot|yards?|"
    r"yds?|nautical)",
    re.IGNORECASE,
)
# scale words written after a number, glued or not ("12.5m", "2bn", "3 million")
_SCALES = frozenset(("m", "mn", "bn", "b", "k", "tn", "million", "billion", "trillion", "thousand"))
# nouns in "-ing" that a unit's word may be ("1,000 new housing units", "a 10% spending
# cut"): never read as a participle
_ING_NOUNS = frozenset(
    ("housing", "building", "buildings", "funding", "training", "clothing", "spending",
     "shipping", "lending", "parking", "nursing", "mining", "banking", "earnings", "savings",
     "borrowing", "pricing", "rating", "ratings", "marketing", "trading", "processing",
     "holdings", "meeting", "meetings", "morning", "evening", "ceiling", "offspring")
)  # fmt: skip


def _verb_after(prev: str, w: str, units: int) -> bool:
    """Whether ``w``, after the figure's word ``prev``, is a verb that opens a clause about
    what is counted rather than a word of the unit: any participle after a share ("42 per
    cent seen in", "0.39 per cent registered", "only 2% citing them": a share names what it
    is of with "of", never with a verb), or a participle in "-ing" after a plural word of
    the unit ("50 people making parts", "3,000 workers striking"; not after the number:
    "thousands marching" counts those marching)."""
    low, last = w.lower(), prev.lower()
    if last in _SHARE_WORDS or last.endswith("%"):
        return (
            (low.endswith("ing") and len(low) > 4 and low not in _ING_NOUNS)
            or (low.endswith("ed") and "-" not in low)
            or low in _PARTICIPLES
        )
    plural = units > 0 and (
        (last.endswith("s") and not last.endswith("ss"))
        or last in ("people", "men", "women", "children", "staff", "police", "personnel")
    )
    return plural and low.endswith("ing") and len(low) > 5 and low not in _ING_NOUNS


# words before a number after which "X unit to Y unit" is a change and its level, not a range
_RANGE_NOT_AFTER = frozenset(("by", "of", "from", "at", "over", "under", "above", "below"))


def _unit_range(reading: str, words: list[tuple[int, int]], idx: int, tail: int, units: int) -> int:
    """The tail taken on through a range whose two ends each carry the same unit words ("19
    per cent to 20 per cent", "between 5 km and 8 km"): the parser reads it whole, never as
    two figures. A dash or "to" joins them; "and" only after "between"."""
    if not units or tail + 2 + units >= len(words):
        return tail
    joiner = _word_at(reading, words, tail + 1).lower() if tail + 1 < len(words) else ""
    code = idx > 1 and _currency_code(_word_at(reading, words, idx - 1))
    at = idx - 2 if code else idx - 1  # "between KSh 12.5m and KSh 14m": the code is no hedge
    prev = _word_at(reading, words, at).lower() if at >= 0 else ""
    between = prev == "between"
    if joiner not in ("to", "-", "–") and not (joiner == "and" and between):
        return tail
    before = {_word_at(reading, words, j).lower() for j in range(max(0, idx - 8), idx)}
    if not between and (prev in _HEDGES or prev in _RANGE_NOT_AFTER or "from" in before):
        return tail  # "rose by over 4 per cent to 88.2 per cent", "from 66.5% to 70.2%"
    k = tail + 2
    if code and k + 1 < len(words) and _currency_code(_word_at(reading, words, k)):
        k += 1
    if k >= len(words) or not (
        _MONEY_TOKEN.fullmatch(_word_at(reading, words, k))
        and _word_at(reading, words, k)[:1].isdigit()
    ):
        return tail
    unit = [_word_at(reading, words, j).lower() for j in range(tail - units + 1, tail + 1)]
    again = [_word_at(reading, words, j).lower() for j in range(k + 1, k + 1 + units)]
    return k + units if again == unit else tail


def _period_tail(reading: str, words: list[tuple[int, int]], tail: int) -> int:
    """The tail taken on through a period closing a rate ("20 people a day", "£350m per
    week", "250 daily"): the parser reads the rate, never the amount alone."""
    from claimtrack.quantities.rates import PERIOD_ADVERBS, period_after

    nxt = [_word_at(reading, words, k).lower() for k in range(tail + 1, min(tail + 4, len(words)))]
    if nxt and nxt[0].rstrip(".,;:") in PERIOD_ADVERBS:
        return tail + 1
    if len(nxt) == 3 and nxt[0] == "of" and nxt[1].isalpha() and nxt[1] not in _UNIT_STOP:
        # "12,000 barrels of oil per day": what is counted, then the rate's period (the unit
        # words stop at "of"; without it the period stood apart and the rate was refused)
        through = _period_tail(reading, words, tail + 2)
        if through > tail + 2:
            return through
    if len(nxt) >= 2 and period_after(nxt[0], nxt[1].rstrip(".,;:")) is not None:
        if len(nxt) == 3 and nxt[0] in ("a", "an") and nxt[2] in _TIME_AFTER:
            return tail  # "85 a day after the quake": a time, not a rate (extract46)
        return tail + 2
    return tail


# words after "a day", "a year" that make it a time ("a day after", "a year earlier"), no rate
_TIME_AFTER = frozenset(
    ("after", "before", "later", "earlier", "ago", "of", "early", "late", "into", "since")
)
_A_PERIOD_NOUNS = frozenset(("day", "week", "month", "year", "hour", "night", "quarter"))


def _a_time(prev: str, w: str, nxt: str) -> bool:
    """Whether "a" and the period ``w`` after a number are a time told ("a day after", "a
    year earlier"), not the period of a rate ("a day" closing "400 cars a day")."""
    return prev.lower() in ("a", "an") and w.lower() in _A_PERIOD_NOUNS and nxt in _TIME_AFTER


def _longest_figure(
    reading: str, words: list[tuple[int, int]], lo: int, idx: int, tail: int
) -> FigureRead | None:
    """The longest text from word ``lo`` to a word between ``tail`` and ``idx`` that
    ``parse_figure`` reads."""
    for hi in range(tail, idx - 1, -1):
        if hi > idx and _word_at(reading, words, hi).lower() in (*_JOINERS, "in"):
            continue  # "a third of", "$2bn and": never end on a joiner
        if hi + 1 < len(words) and re.match(r"-[^\W\d]", reading[words[hi][1] : words[hi + 1][1]]):
            continue  # "680" of "680-odd", "40" of "40-something": never end inside a word
        if (
            hi + 1 < len(words)
            and reading[words[hi][1] - 1].isdigit()
            and _word_at(reading, words, hi + 1).lower() in CARRIED_ON
        ):
            continue  # "$5 million and 5" of "... and 5 million people": never inside a number
        try:
            fig = parse_figure(reading[words[lo][0] : words[hi][1]])
        except (FigureError, ValueError):
            continue
        return FigureRead(words[lo][0], words[hi][1], fig)
    return None


def dates(reading: str, start: int, end: int) -> list[str]:
    """Full dates written in the sentence, as YYYY-MM-DD (partial dates are not guessed)."""
    found = []
    for m in _DATE_RE.finditer(reading, start, end):
        if m.group(1):
            month = _MONTHS.index(m.group(1).lower()) + 1
            found.append(f"{m.group(3)}-{month:02d}-{int(m.group(2)):02d}")
        else:
            found.append(f"{m.group(4)}-{m.group(5)}-{m.group(6)}")
    return found


def figure_json(f: FigureRead) -> dict[str, Any]:
    fig = f.figure
    got = {"text": fig.text, "start": f.start, "end": f.end, "low": fig.low,
           "high": fig.high, "unit": fig.unit, "hedge": fig.hedge}  # fmt: skip
    if f.change is not None:  # the size of a change, the way it goes (docs/format.md)
        got["change"] = f.change
    if (money := in_currency(fig)) is not None:  # "161.8p": GBP 1.618 (docs/format.md)
        got["currency"] = money
    return got if f.note is None else got | {"note": f.note}
