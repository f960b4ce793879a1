"""Numbers that are no figure about the story (extract34), as one table: each rule is read
at a number the figure reader found, and a number any rule holds for is not proposed.

* ``code``: a number written with a leading zero ("01632 960123", "007"), the group after
  one, or a run of eight digits or more with no separator ("4409127731"): a telephone
  number, a reference or an identifier; English news never writes a count either way.
* ``name``: a bare whole number right after a capitalised word that is no month, unit or
  currency ("Part 3", "Zone 9", "Route 66", "Phase 2"): the number is part of a name (as
  "Gaibandha-5" is, bench/labels/README.md), unless a unit or a noun of what is counted
  follows it.
* ``pair``: "the two" or "both" before a plural noun ("the two sides", "the two unions"):
  the pair the story has already named, not a count anyone claims.
* ``record``: a span of time after a superlative, the window of a record ("the sharpest rise
  in 18 months", "its highest level in 20 years"): how long since, not a figure of the
  story; "at least" and "at most" are hedges, no superlative.
* ``day``: a day of a month given with another day ("on 7 and 8 March", "from 3 to 5 May"):
  a date, as "8 March" alone already is.
* ``age``: a number after "turns" or "turned" ("He turns 92 next month"): a person's age, as
  "aged 92" already is.

Since extract46 (each read at the number, before the figure reader refuses or reads it):

* ``base``: the number after "per", "for every" or "for each" ("5,220 crimes
  per 100,000 people", "21 cents for each $1,000 of value"): the base of a rate, whose own
  figure stands before it; never a figure of its own.
* ``window``: a span of time that names a measure's window, not a figure of the story: "an
  11-year high", "a near four-decade low", "the 12-month moving average", "twelve-month
  growth" (a span joined to high, low, record, peak, average, growth, rate or inflation),
  and a statistic's reference period ending at a month or a quarter ("in the 12 months to
  March", "the 53 weeks to February 4", "over the 12 months to the third quarter").
* ``code`` also: a telephone number in groups of three, three and four ("844-365-6197");
  ``window`` also: a time ahead told as "in three weeks' time".
* ``speakers``: the count of the sources that speak ("two union sources told Reuters", "Two
  officials said"): who says it, not what is said.
* ``age`` also: "at the age of 21", "from about the age of six", "ranging in age from 66 to
  73", "the 25-34 and 20-24 age groups", "16-24 year olds", both numbers of an age range after
  "aged", and a person's age after a name at the end of a sentence ("said resident Ana
  Ruiz, 61.").
* ``name`` also: a number word capitalised inside a sentence before another capitalised
  word ("the Million Man March", "at Three Legged Cross"): a name's word.
"""

from __future__ import annotations

import re

from claimtrack.extract.lexicon import _MONTHS, _SPEECH_WORDS

_MONTH_NAMES = "|".join(_MONTHS)

_CODE = re.compile(r"0\d+|\d{8,}")

# capitalised words that may stand before a count (a sentence's first word is checked apart)
_NOT_A_NAME = re.compile(
    r"(?:" + _MONTH_NAMES + r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"rs|us|usd|eur|gbp|inr|n|ksh|kes|r|p|no|nos|nearly|about|around|some|over|only|just|"
    r"almost|than|least|top|all|and|or|the|by|to|from|between|of|in|on|at|for|with|"
    r"covid|g|type|level|magnitude|category|grade|stage|tier)\.?",
    re.IGNORECASE,
)
# verbs a title-case headline puts before a count ("Police Say 40 Killed", "Floods Kill 12")
_HEADLINE_VERBS = {"say", "kill", "hit", "top", "reach", "near", "leave", "see", "cut",
                   "add", "lose", "get", "put", "find", "set", "pass", "die", "injure",
                   "wound"}  # fmt: skip
_NAME_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z]+)\s+\Z")
# what may follow a count: a unit or a noun of what is counted (a lower-case word that is no
# function word), which makes it no name ("In Gaza 30 people died"; "Part 3 of the plan",
# "Local 1042, said" stay names)
_COUNTED_AFTER = re.compile(
    r"\s+(?!(?:of|and|or|in|on|at|to|for|from|with|by|is|was|are|were|has|had|have|said|"
    r"says|will|would)\b)[a-z]"
)

_PAIR = re.compile(r"(?:\bthe\s+|\bboth\s+(?:the\s+)?)\Z", re.IGNORECASE)
_PAIR_NOUN = re.compile(
    r"two\s+(?:sides|parties|unions|countries|nations|states|governments|companies|firms|"
    r"groups|camps|factions|leaders|candidates|teams|rivals|bodies|agencies|organi[sz]ations|"
    r"men|women|ministers|presidents|officials)\b",
    re.IGNORECASE,
)

_SUPERLATIVE = re.compile(
    r"\b(?:highest|lowest|biggest|largest|smallest|strongest|weakest|fastest|slowest|worst|"
    r"best|deepest|sharpest|steepest|longest|shortest|greatest|heaviest|hottest|coldest|"
    r"wettest|driest|first\s+time)\b"
    r"[^,.;:!?\"“”]{0,60}?\b(?:in|for|since)\s+(?:(?:more\s+than|over|nearly|almost|about|"
    r"around|at\s+least)\s+)?\Z",
    re.IGNORECASE,
)
_SPAN_UNITS = re.compile(r"(?:years?|months?|weeks?|decades?|days?|quarters?)\Z", re.I)

_DAY_PAIR = re.compile(
    r"\s*(?:and|to|or|[-–])\s*(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(?:of\s+)?"
    r"(?:" + _MONTH_NAMES + r")\b",
    re.IGNORECASE,
)
_AGE_VERB = re.compile(r"\bturn(?:s|ed|ing)?\s+\Z", re.IGNORECASE)


_BASE_BEFORE = re.compile(r"(?:\bper|\bfor\s+(?:every|each))\s+[$€£¥₹]?\Z", re.IGNORECASE)
_SPAN = r"(?:years?|months?|weeks?|days?|decades?|quarters?)"
_WINDOW_AFTER = re.compile(
    rf"[\s-]+{_SPAN}[\s-]+(?:moving[\s-]+)?(?:high|low|peak|record|trough|average|growth|rate|"
    r"inflation)s?\b"
    # a class of waits named by its length ("two year waits", "the four hour target", "the
    # 12 hour-plus waiting time"): the measure's name; "a six-hour wait" (one wait) is read
    rf"|[\s-]+(?:{_SPAN}|hours?|minutes?)(?:[\s-]+plus)?[\s-]+(?:waits|waiting|target)\b",
    re.IGNORECASE,
)
# "the 12 months to March", "the three months to January 2017", "the 53 weeks to February 4",
# "the 12 months to the third quarter"
_PERIOD_TO = re.compile(
    rf"\s+{_SPAN}\s+to\s+(?:the\s+(?:end\s+of\s+)?(?:(?:first|second|third|fourth|last)\s+quarter|"
    r"(?:" + _MONTH_NAMES + r"))|(?:end\s+of\s+)?(?:" + _MONTH_NAMES + r")\b)",
    re.IGNORECASE,
)
_THE_BEFORE = re.compile(
    r"\bthe\s+(?:(?:past|last|latest|previous|preceding)\s+)?\Z", re.IGNORECASE
)
_SOURCES_AFTER = re.compile(
    r"[\s-]+(?:[a-z]+\s+){0,2}?(?:sources|officials|diplomats|insiders|aides|people\s+"
    r"(?:familiar|close|briefed|with\s+knowledge))\b[^.,;:!?\"“”]{0,50}?\b(?:said|say|says|told|tell|"
    r"tells|confirmed|added)\b",
    re.IGNORECASE,
)
_NUMBER_WORD = re.compile(
    r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Forty|"
    r"Fifty|Sixty|Seventy|Eighty|Ninety|Hundred|Thousand|Million|Billion)\s+[A-Z][a-z]"
)
# a lower-case word or a possessive before it ("the", "at Three Legged Cross's"), or a word
# and an opening quotation mark ('The "Million Man March"'): inside a sentence, no headline
_LOWER_BEFORE = re.compile(r"(?:(?:^|[\s(])(?:[a-z][\w'’-]*|[A-Z][a-z]*['’]s)\s+|\w\s+[\"“‘])\Z")


# a telephone number in groups of three, three and four ("844-365-6197", "555.201.3344")
PHONE = re.compile(r"(?<![\d,.])\d{3}([-.])\d{3}\1\d{4}(?![\d,.]?\d)")
# "in three weeks' time", "in about 10 days' time": a time ahead, not a figure
_TIME_AHEAD = re.compile(rf"\s+{_SPAN}['’]?\s+time\b", re.IGNORECASE)
_IN_BEFORE = re.compile(r"\bin\s+(?:about\s+|around\s+|some\s+|just\s+)?\Z", re.IGNORECASE)


def not_a_number(reading: str, a_start: int, a_end: int) -> str | None:
    """The rules of extract46 (module docstring: ``base``, ``window``, ``speakers``,
    ``name``) read at the number ``reading[a_start:a_end]`` alone, before the figure reader
    reads or refuses the words around it; None when none holds."""
    before = reading[max(0, a_start - 40) : a_start]
    if _BASE_BEFORE.search(before):
        return "base"
    if PHONE.match(reading, a_start):
        return "code"
    if _TIME_AHEAD.match(reading, a_end) and _IN_BEFORE.search(before):
        return "window"
    if _WINDOW_AFTER.match(reading, a_end):
        return "window"
    if _PERIOD_TO.match(reading, a_end) and _THE_BEFORE.search(before):
        return "window"
    if _SOURCES_AFTER.match(reading, a_end) and not re.match(r"[\s-]*[%$€£]", reading[a_end:]):
        return "speakers"
    if _NUMBER_WORD.match(reading, a_start) and _LOWER_BEFORE.search(before):
        return "name"
    return None


def not_a_figure(reading: str, start: int, end: int) -> str | None:
    """Which rule of the module docstring makes the number read at ``reading[start:end]``
    (its hedge and unit included) no figure, or None."""
    text = reading[start:end]
    number = re.match(r"\d[\d,.]*", text)
    before = reading[max(0, start - 40) : start]
    if number is not None and (
        _CODE.fullmatch(number.group()) or re.search(r"(?<![\d,.])0\d+[\s-]\Z", before)
    ):
        return "code"  # its second group too: "01632 960123"
    if number is not None and _named_number(reading, start, end, number.group(), before):
        return "name"
    if _PAIR_NOUN.match(reading, start) and _PAIR.search(before):
        return "pair"
    if _SPAN_UNITS.search(text) and _SUPERLATIVE.search(reading[max(0, start - 90) : start]):
        return "record"
    if re.fullmatch(r"(?:[1-9]|[12]\d|3[01])", text.strip()) and _DAY_PAIR.match(reading, end):
        return "day"
    if re.fullmatch(r"\d{1,3}", text.strip()) and _AGE_VERB.search(before):
        return "age"
    if _threshold(reading, start, end, text, before):
        return "threshold"
    if _CHILDREN_AGED.search(before + text):
        return "age"
    return None


# the ages of a group of children or adults ("children between 1 and 4", "babies under 12
# months", "adults over 65", "pupils aged from 11 to 16"): who is counted, not a count
_CHILDREN_AGED = re.compile(
    r"\b(?:children|child|babies|baby|infants?|kids|boys|girls|teenagers|adults|pupils|"
    r"students)\s+(?:aged\s+|of\s+ages?\s+)?(?:between|under|over|below|above|younger\s+than|"
    r"older\s+than|from|aged)\s+(?:1[01]\d|120|\d\d?)(?:\s*(?:and|to|-|–)\s*(?:1[01]\d|120|\d\d?))?"
    r"(?:\s+(?:months?|years?)(?:\s+old)?)?\Z",
    re.IGNORECASE,
)


# a length of time that says who is counted ("700 people waited for 12 hours or more",
# "almost a quarter ... waited more than four hours", "families living there for more than
# five years", "30,000 facing delays of more than 24 months"): a bound after a verb of waiting
# or staying, with the count it bounds elsewhere in the sentence
_BOUND_BEFORE = re.compile(
    r"(?:(?:more|longer|less|fewer)\s+than\s+(?:the\s+)?|(?:over|under|beyond|upwards\s+of|"
    r"at\s+least)\s+)\Z",
    re.IGNORECASE,
)
_BOUND_IN = re.compile(
    r"(?:more|longer|less|fewer)\s+than\s+|(?:over|under|beyond|upwards\s+of|at\s+least)\s+",
    re.IGNORECASE,
)
_BOUND_AFTER = re.compile(r"(?:\s+or\s+(?:more|longer|less|fewer)|[\s-]plus)\Z", re.IGNORECASE)
_BOUND_NEXT = re.compile(r",?\s+or\s+(?:more|longer|less|fewer)\b|[\s-]plus\b", re.IGNORECASE)
_WAIT_BEFORE = re.compile(
    r"\b(?:wait(?:s|ed|ing)?|delays?|spen[dt]|spending|liv(?:es|ed|ing)|stay(?:s|ed|ing)?)"
    r"(?:\s+(?:there|here|in\s+[\w&]+))?(?:\s+(?:for|of))?\s+"
    r"(?:(?:more|longer|less|fewer)\s+than\s+(?:the\s+)?|(?:over|under|beyond|upwards\s+of|"
    r"at\s+least)\s+)?\Z",
    re.IGNORECASE,
)
_TIME_SPAN = re.compile(r"\b(?:years?|months?|weeks?|days?|hours?|minutes?)\b", re.IGNORECASE)
_OTHER_COUNT = re.compile(
    r"(?<![\d,.])(?!(?:1[89]|20)\d\d\b)\d|\b(?:half|quarter|third|fifth|tenth|dozens|hundreds|thousands|"
    r"millions)\b",
    re.IGNORECASE,
)


def _threshold(reading: str, start: int, end: int, text: str, before: str) -> bool:
    """The ``threshold`` rule: a bounded length of time after a verb of waiting or staying,
    in a sentence that counts something else (a number that is no year)."""
    if not _TIME_SPAN.search(text):
        return False
    bound = _BOUND_IN.match(text)
    bound_after = _BOUND_AFTER.search(text) or _BOUND_NEXT.match(reading, end)
    if not (bound or bound_after or _BOUND_BEFORE.search(before)):
        return False
    lead = before + (text[: bound.end()] if bound else "")
    if not _WAIT_BEFORE.search(lead):
        return False
    left = max(reading.rfind(c, 0, start) for c in ".!?\n") + 1
    stops = [i for i in (reading.find(c, end) for c in ".!?\n") if i >= 0]
    right = min(stops) if stops else len(reading)
    rest = reading[left:start] + " " + reading[end:right]
    return _OTHER_COUNT.search(rest) is not None


def _named_number(reading: str, start: int, end: int, digits: str, before: str) -> bool:
    """The ``name`` rule: a bare whole number (what follows it, if read with it, is a
    capitalised word: "9 Umuahia") after a capitalised word that is no month, unit, hedge
    or verb ("Says", "Killed": a headline's words) and opens no sentence, with no lower-case
    word of what is counted after it."""
    rest = reading[start + len(digits) : end].strip()
    if not re.fullmatch(r"\d+", digits) or (rest and not rest[0].isupper()):
        return False
    name = _NAME_BEFORE.search(before)
    if name is None:
        return False
    word = name.group(1)
    if _NOT_A_NAME.fullmatch(word) or re.search(r"(?:s|ed|ing)\Z", word):
        return False
    if word.lower() in _SPEECH_WORDS or word.lower() in _HEADLINE_VERBS:
        return False
    if _COUNTED_AFTER.match(reading, start + len(digits)):
        return False
    at = start - len(name.group(0))
    head = reading[max(0, at - 4) : at]
    return not (at <= 0 or re.search(r"(?:^|[.!?:;\n][\"'”’)]*)\s*\Z", head))
