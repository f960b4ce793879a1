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
    return None


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
