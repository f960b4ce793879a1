"""What follows the figure: its unit, currency or share, then a plain noun phrase."""

from __future__ import annotations

import re
from typing import Any, Final

from claimtrack.quantities.figure import _HINT, _MAX, _ONE, FigureError, _scaled
from claimtrack.quantities.lexicon import (
    _COMPARATIVES,
    _DETERMINERS,
    _HEDGE_WORDS,
    _MEASURE_ADJECTIVES,
    _MONTHS,
    _NUM,
    _NUMBER_WORDS,
    _PRONOUNS,
    _RATE_WORDS,
    _SIGNS,
    _WORD,
    Q,
    Token,
    _phrase_index,
    _wordset,
)
from claimtrack.quantities.rates import (
    PERIOD_ADVERBS,
    PERIOD_NOUNS,
    not_per_period,
    period_after,
    rate_dimension,
    split_rate,
)
from claimtrack.quantities.tokens import _match, _normalise, _show, _word
from claimtrack.quantities.units import CURRENCY_ONLY_NOUNS, FOREIGN_SHARES, _unit_index
from claimtrack.quantities.values import _qle


def _more_than_one(text: str, what: str) -> FigureError:
    hint = _ONE
    if len(what) == 3 and what.isdigit():
        hint += ' (write thousands with commas, e.g. "3,500")'
    return FigureError(f'more than one number in {_show(text)} ("{what}" after the figure): {hint}')


def _is_second_unit(dim: str) -> bool:
    """Dimensions a noun phrase after the figure may not name again: a currency, a share."""
    return dim.startswith("currency:") or dim in ("share", "percentage-points")


def _check_end(toks: list[Token], pos: int, end: int, text: str) -> None:
    """A noun phrase does not end in "to", "and", "the" ...: the rest was cut off (a hyphen
    after it too: "100-to-")."""
    while end > pos and toks[end - 1][1] == "-":
        end -= 1
    if pos < end and toks[end - 1][1] in _DANGLING:
        raise FigureError(
            f'{_show(text)} ends in "{toks[end - 1][1]}": give the whole figure phrase, or'
            " leave the rest of the sentence out"
        )


def _check_moment(s: str, toks: list[Token], k: int, end: int, text: str) -> None:
    """Refuse a period at token k followed by a word of a moment ("300 a year earlier", "20 a
    week ago"): the amount at another moment, not a rate."""
    if k + 2 < end and toks[k + 2][1] in _MOMENT_WORDS and toks[k + 1][1] in _TIME_UNITS:
        if k > 0 and toks[k - 1][1] in ("from", "on", "than"):  # "3% from a year earlier"
            raise FigureError(
                f"{_show(text)} is a change over a period"
                f' ("{s[toks[k - 1][2] : toks[k + 2][3]]}"), not a level: give the level the'
                " source states, or the change alone with --paraphrase on a measure of it"
            )
        raise FigureError(
            f"{_show(text)} is the amount at a moment in time"
            f' ("{s[toks[k][2] : toks[k + 2][3]]}"), not a rate: give the amount'
            f' alone ("{s[: toks[k][2]].strip()}") with the moment in --as-of'
        )


def _check_currency_after(s: str, toks: list[Token], pos: int, k: int, text: str) -> None:
    """Refuse the noun of several countries' currencies after other words ("14 tusen kronor",
    "5 million new pesos"): read as what is counted, the currency would be dropped."""
    if k > pos and toks[k][1] in CURRENCY_ONLY_NOUNS:
        raise FigureError(
            f"{_show(text)} names a currency after other words"
            f' ("{s[toks[pos][2] : toks[k][3]]}"), which claimtrack does not read: give the'
            ' currency first, by its ISO code ("SEK 14 billion"), with --paraphrase if the'
            " quote says it otherwise"
        )


# the periods an amount can be said to cover ("over three years", "across the next decade")
_PERIODS: Final = frozenset(
    (
        *("day", "days", "week", "weeks", "month", "months", "quarter", "quarters"),
        *("year", "years", "decade", "decades"),
    )
)


def _hedge_after(s: str, toks: list[Token], k: int, end: int, text: str) -> FigureError:
    """The refusal of a hedge word after the figure (token ``k``). Followed by a period
    ("$16.3 billion over three years") it is the period the amount covers, not a hedge:
    moving "over" before the figure, as the refusal of a hedge says, would make it "more
    than" the amount (sums2)."""
    w = toks[k][1]
    if _period_follows(toks, k + 1, end):
        return FigureError(
            f'cannot read "{s[toks[k][2] : toks[end - 1][3]]}" after the figure in'
            f" {_show(text)}: it is the period the amount covers, not a hedge"
            f' ("{w}" before the figure would mean more than it): give the amount'
            " alone and the period in --note, or a rate if the quote says one"
            ' ("$5 billion a year")'
        )
    return FigureError(
        f'cannot read the hedge "{w}" after the figure in {_show(text)}: put the'
        ' hedge before the figure ("at least 250") or just after it ("250 or more")'
    )


def _period_follows(toks: list[Token], start: int, end: int) -> bool:
    """Whether the few words from ``start`` name a period ("three years", "the next decade")."""
    return any(toks[k][1] in _PERIODS for k in range(start, min(end, start + 4)))


# hedge words that, after the figure and before its noun, name a kind of what is counted:
# "4,645 excess deaths" (deaths above the expected), never "at least" or "about" (time23)
_KIND_WORDS = frozenset(("excess",))


def _names_a_kind(toks: list[Token], k: int, end: int) -> bool:
    """Whether the hedge word at ``k`` names a kind of the noun that follows it ("excess
    deaths"), not a hedge of the figure: a word of ``_KIND_WORDS`` followed by a plain word."""
    return (
        toks[k][1] in _KIND_WORDS
        and k + 1 < end
        and toks[k + 1][0] == _WORD
        and toks[k + 1][1].isalpha()
        and toks[k + 1][1] not in _HEDGE_WORDS
        and toks[k + 1][1] not in _NUMBER_WORDS
        and toks[k + 1][1] != "of"
    )


def _check_noun(s: str, toks: list[Token], pos: int, end: int, text: str) -> None:
    """The words after the figure and its unit must be a plain noun phrase: no digit, number
    word, currency sign, hedge word, rate or other symbol."""
    _check_end(toks, pos, end, text)
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
            if w in _HEDGE_WORDS and not _names_a_kind(toks, k, end):
                raise _hedge_after(s, toks, k, end, text)
            _check_currency_after(s, toks, pos, k, text)
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
                # "250 a head", "$5 a piece": "a" and a noun closing the phrase is per it
                rate = rate or (k + 2 == end and toks[k + 1][0] == _WORD)
            # "20 people a working day", "£5 per calendar month": per a period with words
            # before it, which is no period claimtrack reads
            rate = rate or (w in _LEADS and k + 2 < end and toks[end - 1][1] in _PERIOD_ENDS)
            if rate:
                _check_moment(s, toks, k, end, text)
                raise not_per_period(_show(text))
            if w in ("squared", "cubed"):
                raise FigureError(
                    f'cannot read "{w}" in {_show(text)}: write "sq km" or "cubic metres"'
                )
        elif w not in "-&":
            raise _symbol_after(s, toks, k, end, text)


def _symbol_after(s: str, toks: list[Token], k: int, end: int, text: str) -> FigureError:
    """The refusal of a symbol (token ``k``) in the words after the figure."""
    w = toks[k][1]
    if w == "/" and k + 1 < end and toks[k + 1][0] == _NUM:
        return FigureError(
            f"cannot read {_show(text)}: a fraction or a date is not read as a figure;"
            ' write "half", "0.5" or one number'
        )
    if w == "/":
        return not_per_period(_show(text))
    if w == "(":
        _check_interval(s, toks, k, end, text)
    return FigureError(
        f"cannot read {_show(s[toks[k][2] : toks[end - 1][3]])} after the figure in"
        f" {_show(text)}: {_HINT}"
    )


def _check_interval(s: str, toks: list[Token], k: int, end: int, text: str) -> None:
    """Refuse an estimate with its interval in brackets ("4,645 (793-8,498)", "4645 (95% CI,
    793 to 8498)") saying how to give it: the parser reads one figure, and which of the two
    a claim means is the user's to say (time23: a study's estimate of a toll)."""
    numbers = [i for i in range(k, end) if toks[i][0] == _NUM]
    if len(numbers) < 2 or toks[end - 1][1] != ")":
        return
    low, high = (s[toks[i][2] : toks[i][3]] for i in numbers[-2:])
    raise FigureError(
        f"cannot read {_show(s[toks[k][2] : toks[end - 1][3]])} after the figure in"
        f" {_show(text)}: an estimate with its interval in brackets is not read as one figure;"
        f" give the interval as the figure (from {low} to {high}, as the quote writes it), or"
        f" the estimate with --low {low.replace(',', '')} --high {high.replace(',', '')}"
    )


# Words after an amount that make it a change, not a level: "20 additional troops", "20%
# up", "5 points ahead" (first); "a 20% increase", "a $5 million cut" (what a measure, a
# share or a sum closes on: "500 job cuts" counts cuts, a level).
_CHANGE_FIRST = _wordset("up down ahead behind higher lower")
# "20 more people", "300 extra troops": added to another amount, or the amount of another
# group ("113 more people are unaccounted for"): which, the words do not say
_ADDED_FIRST = _wordset("more fewer less extra additional further")
_CHANGE_NOUNS = _wordset(
    "increase increases rise rises drop drops fall falls cut cuts decline declines decrease"
    " decreases reduction reductions jump jumps gain gains hike hikes surge surges growth"
    " climb climbs slump dip dips boost boosts uptick downturn raise raises"
)


def _check_modifier(
    s: str, toks: list[Token], start: int, pos: int, end: int, kind: str, text: str
) -> None:
    """Refuse words after the amount that say it is not the level of what follows: a change
    ("20 additional troops", "a 20% increase"), a possessive ("1 hour's drive": a distance
    or a sum measured in time), a clock time ("3 o'clock"), an amount per period hidden in a
    hyphened compound ("$5m-a-year contract")."""
    if start < end:
        _check_possessive(s, toks, start, end, text)
    if pos < end and toks[pos][1] in ("o'clock", "oclock"):
        raise FigureError(f"{_show(text)} is a clock time, not a figure: {_HINT}")
    _check_time_words(s, toks, start, pos, end, text)
    for k in range(pos, end - 2):
        hyphened = toks[k - 1][1] == "-" and toks[k + 1][1] == "-"
        if hyphened and toks[k][1] in _LEADS and toks[k + 2][1] in _PERIOD_ENDS:
            # "$5m-a-year contract", "£50,000-a-year job"
            raise FigureError(
                f"{_show(text)} is an amount per period inside a description: give the"
                f' rate alone ("{s[: toks[k - 1][2]].strip()} a {toks[k + 2][1]}")'
            )
    if pos >= end:
        return
    first, last = toks[pos][1], toks[end - 1][1]
    if first in ("fewer", "less"):
        amount = s[: toks[pos][2]].strip()
        raise FigureError(
            f'"{first}" in {_show(text)} takes the amount from another: a difference below it'
            f' (a fall, a cut, a revision down), not a level: give it without "{first}"'
            f' ("{amount}") on a measure of the difference, or the level the source states'
        )
    if first in _ADDED_FIRST:
        amount = s[: toks[pos][2]].strip()
        raise FigureError(
            f'"{first}" in {_show(text)} adds the amount to another: give it without "{first}"'
            f' ("{amount}") if it is the amount of a group of its own; if it is an increase,'
            f' "{amount}" logged as a change (--change up), or the level the source states'
        )
    change = first if first in _CHANGE_FIRST else None
    if last in _CHANGE_NOUNS and (
        kind != "count" or (end - pos == 2 and first in ("point", "points"))
    ):
        change = change or last  # "a 20% increase", "a 5 point drop"
    if change is not None:
        amount = s[: toks[pos][2]].strip()
        raise FigureError(
            f'{_show(text)} gives a change ("{change}"), not a level: give the level the source'
            f' states ("rose to 48": "48"), or the change alone ("{amount}") logged as a change'
            " (--change up|down)"
        )


# After an amount of time: a moment ("50 years ago", "two years on"), a record ("a 20-year
# high"); after a number joined to a unit: people of an age ("65-year-olds", "18-24 year
# olds"), or things the amount describes ("zero-hour contracts", "100-metre sprints").
_MOMENT_WORDS = _wordset("ago later earlier hence on since before after")
_TIME_UNITS = _wordset(
    "second seconds minute minutes hour hours day days week weeks month months year years"
    " decade decades century centuries"
)
_RECORD_WORDS = _wordset("high low record peak best worst lows highs")


def _check_time_words(s: str, toks: list[Token], start: int, pos: int, end: int, text: str) -> None:
    """Refuse words after a unit that say the amount is no amount of what follows: a moment
    or a record after an amount of time, an age group, a plural noun that a number joined to
    its unit describes."""
    if start >= end or toks[start][0] != _WORD:
        return
    unit = toks[start][1]
    timed = unit in _TIME_UNITS
    after = toks[pos][1] if pos < end else None
    if timed and after in _MOMENT_WORDS and pos + 1 == end:
        raise FigureError(
            f"{_show(text)} is a moment in time, not an amount: give the date in the claim,"
            " or the amount of time alone on a measure of it"
        )
    last = toks[end - 1][1]
    if timed and last in _RECORD_WORDS:
        raise FigureError(
            f'{_show(text)} names a record (a "{toks[start][1]} {last}"), not an amount: give'
            " the level the source states, with the period on the measure"
        )
    hyphened = s[: toks[start][2]].endswith("-")
    olds = any(t[1] in ("olds", "year-olds") or t[1].endswith("-olds") for t in toks[start:end])
    plural = (
        pos < end
        and toks[end - 1][0] == _WORD
        and (toks[end - 1][1].endswith("s") or toks[end - 1][1] in _PLURALS)
    )
    if olds:
        raise FigureError(
            f"{_show(text)} names people of an age, it does not count them: give how many"
            " there are, or the age alone on a measure of ages"
        )
    if hyphened and plural and unit in _unit_index():
        noun = s[toks[pos][2] : toks[end - 1][3]] if pos < end else s[toks[start][2] :]
        raise FigureError(
            f"{_show(text)} describes the {noun} (their age, size or length), it does not"
            " count them: give how many there are, or the amount alone on a measure of it"
        )


def _check_possessive(s: str, toks: list[Token], start: int, end: int, text: str) -> None:
    """ "1 hour's drive", "six weeks' pay", "a day's work": a unit in the possessive before a
    noun measures that noun in the unit (a distance, a sum, an amount of work in time): the
    amount is no amount of the noun, and the whole is refused, naming the amount alone."""
    head = toks[start][1]
    unit = head[:-2] if head.endswith(("'s", "’s")) else None
    after = start + 1
    if unit is None and start + 1 < end and toks[start + 1][1] in ("'", "’"):
        unit, after = head, start + 2  # "six weeks' pay"
    if unit is None or after >= end or unit not in _unit_index():
        return
    amount = s[: toks[start][2]].strip()
    noun = s[toks[after][2] : toks[end - 1][3]]
    raise FigureError(
        f'{_show(text)} measures the {noun} in "{head}": it gives no amount of {noun}; give the'
        f' amount alone ("{amount} {unit}") on a measure that says what it is of'
    )


# Plural nouns without an "s" (and words for people that stand as nouns: "1500 dead"), which
# a year does not name: "1990 people" counts them.
_PLURALS = _wordset(
    "people men women children police staff personnel cattle sheep fish deer livestock"
    " aircraft folk youth militia crew clergy infantry cavalry dead wounded injured killed"
    " missing displaced homeless unemployed elderly poor faithful"
)


# What a score or a vote's split is of: "a 2-3 loss", "1-2 defeat", "a 7-2 ruling"
# (in the singular: "between 4,000 and 5,000 votes" is a range of counts)
SCORE_NOUNS = _wordset(
    "win victory defeat loss draw vote ruling decision scoreline score result verdict majority"
    " lead split"
)


# Video resolutions, written as the number of lines glued to "p" ("1080p"): never read as
# pence ("1080p" is not £10.80)
_VIDEO_LINES = frozenset(("240", "360", "480", "576", "720", "1080", "1440", "2160", "4320"))


def check_named(
    number_text: str, unit: str | None, ranged: bool, text: str, count: bool = True
) -> None:
    """Refuse a range that is a score ("2-3 loss": ``SCORE_NOUNS``), a video resolution read as
    pence ("1080p") and "m" against a number
    before a noun in the singular ("100m sprint": 100 million or 100 metres?) in a count
    (``count``: a currency or a unit says what "m" is)."""
    first = unit.split()[0] if unit else None
    if ranged and first in SCORE_NOUNS:
        raise FigureError(
            f'{_show(text)} is a score or a split of a "{first}", not a range of amounts: give'
            " each side's figure on its own"
        )
    if first == "p" and number_text.rstrip("p") in _VIDEO_LINES:
        raise FigureError(
            f'"{number_text}" in {_show(text)} is ambiguous: pence or a video resolution'
            f' (lines); write "£{int(number_text.rstrip("p")) / 100:.2f}" for pence'
        )
    singular = first is not None and first.isalpha() and not first.endswith("s")
    million = count and re.fullmatch(r"\d[\d.,]*m", number_text) is not None
    if singular and first not in _PLURALS and million:
        raise FigureError(
            f'"{number_text}" before "{first}" in {_show(text)} is ambiguous: million or metres;'
            f' write "{number_text[:-1]} million" or "{number_text[:-1]} metres"'
        )


def year_like(number: str) -> bool:
    """Four digits that may be a year ("2019"): 1800 to 2099, no separator."""
    return len(number) == 4 and number.isdigit() and number[:2] in ("18", "19", "20")


def check_year(number: str, unit: str | None, text: str) -> None:
    """ "2019 report", "the 1998 election": four digits that may be a year, before a noun in
    the singular, name it (a year), they do not count it. Refused, naming the way to write a
    count ("2,019 reports")."""
    if unit is None or not year_like(number):
        return
    first = unit.split()[0]
    if not first.isalpha() or first.endswith("s") or first in _PLURALS:
        return
    raise FigureError(
        f'"{number}" before "{first}" in {_show(text)} reads as a year ("the {number} {first}"),'
        f' not a count of them: give a count with its thousands comma ("{int(number):,}'
        f" {first}s\"), or the year in the claim's date"
    )


# Words after a share that are no noun it could name ("78% in 2017", "40% nationwide").
_NOT_NOUNS = _wordset(
    "of in on at for by from with since after before during within over under among across"
    " against to into than nationwide overall each apiece a an per every"
)


def check_share_noun(word: str | None, text: str) -> None:
    """ "a two-thirds majority", "40% turnout", "a 20% stake": a share straight before a noun
    in the singular names it (the majority is two-thirds), it is no share of it ("40% of
    voters", "a third of the vote", "one in five adults" are). Refused, naming both ways."""
    if word is None or not word.isalpha() or word.endswith(("s", "ly")) or word in _PLURALS:
        return
    if word in _DETERMINERS or word in _PRONOUNS or word in _NOT_NOUNS:
        return
    raise FigureError(
        f"the share in {_show(text)} names the {word} (it is the {word}), it is no share of"
        f' it: give the share alone on a measure of the {word}, or "... of" what it is a share'
        " of"
    )


# The rest as read: (unit text, dimension, factor, kind, currency code)
Rest = tuple[str | None, str, int | float, str, str | None]


def _check_not_ratio_or_date(toks: list[Token], pos: int, end: int, text: str) -> None:
    """ "3 times higher" is a ratio, "12 May" a date: neither is an amount."""
    w = _word(toks, pos)
    if w in ("times", "fold") and _word(toks, pos + 1) in _COMPARATIVES:
        raise FigureError(
            f"{_show(text)} is a ratio of something the figure does not name, not an amount:"
            ' log the multiple alone ("10 times", dimension ratio) on a measure of ratios'
        )
    if end - pos == 1 and w in _MONTHS:
        raise FigureError(f"{_show(text)} looks like a date, not a figure: {_HINT}")


# Words closing a figure that say when or how it was counted, never what ("250 people so
# far", "1,200 in total"): left out of the unit.
_ADVERBIALS = _phrase_index(
    [
        (p, "adverbial")
        for p in (
            "so far",
            "thus far",
            "to date",
            "as yet",
            "in total",
            "in all",
            "all told",
            "overall",
            "altogether",
            "combined",
        )
    ]
)


_ADVERBIAL_ENDS = frozenset(phrase[-1] for entries in _ADVERBIALS.values() for phrase, _ in entries)


def _adverbial_end(toks: list[Token], j: int, end: int, text: str) -> int:
    """Where the unit stops when the phrase ends in an adverbial ("so far", "in total",
    "overall"); "respectively" is refused: it pairs the figure with others in a sentence."""
    for k in range(j, end):
        w = toks[k][1]
        if w == "respectively":
            raise FigureError(
                f'"respectively" in {_show(text)} pairs the figure with others in a sentence:'
                " give each figure on its own, with what it counts"
            )
        if w in _ADVERBIALS:
            hit = _match(_ADVERBIALS, toks, k, end)
            if hit is not None and hit[1] == end:
                return k
    return end


# Words and phrases closing a figure that say when, where or how it holds, never what it
# counts or what it is a share of ("45% nationally", "20 this year", "20 people yesterday",
# "45% across the country"): left out of the unit, as the adverbials above are. A period
# adverb ("annually", "daily") is no qualifier: it makes a rate (``_period_at_end``).
_WHEN_WORDS = _wordset(
    "today yesterday tonight now again already currently recently lately still yet meanwhile"
)
_WHERE_WORDS = _wordset(
    "nationwide statewide worldwide countrywide citywide nationally locally globally"
    " regionally internationally domestically here there abroad overseas elsewhere"
)
_WHEN_DEICTIC = _wordset("this last next that past previous coming")
_WHEN_NOUNS = _wordset(
    "year month week day quarter morning afternoon evening night weekend season spring summer"
    " autumn fall winter decade century term semester monday tuesday wednesday thursday"
    " friday saturday sunday"
)
_WHERE_NOUNS = _wordset("country nation world region state city globe continent")
# Prepositions that open a phrase of time or place, never a noun counted ("20 in Ohio").
_QUALIFIER_PREPS = _wordset("in on at across around throughout since during until till")
_ADVERB_ENDS = ("ally", "ently", "antly", "ously", "ively", "edly", "ingly", "fully")


def _is_qualifier_word(w: str) -> bool:
    """A word that alone says when or where ("today", "nationwide", "nationally")."""
    if w in _WHEN_WORDS or w in _WHERE_WORDS:
        return True
    return len(w) >= 7 and w.endswith(_ADVERB_ENDS) and w not in PERIOD_ADVERBS


def _qualifier_end(toks: list[Token], j: int, end: int) -> int:
    """Where the unit stops once the phrases of time and place closing the figure are left
    out: a word that says when or where, "this year", "last week", "in March", "across the
    country"; any of them, in any order. A phrase holding a number is left to the checks that
    refuse it ("20 in 2023")."""
    while end > j:
        w = _word(toks, end - 1)
        if w is None:
            return end
        if _is_qualifier_word(w):
            end -= 1
            continue
        prev = _word(toks, end - 2) if end - 2 >= j else None
        if prev in _WHEN_DEICTIC and w in _WHEN_NOUNS:
            end -= 2
            continue
        if prev in _QUALIFIER_PREPS and w in _MONTHS:
            end -= 2
            continue
        if (
            w in _WHERE_NOUNS
            and prev == "the"
            and end - 3 >= j
            and _word(toks, end - 3) in _QUALIFIER_PREPS
        ):
            end -= 3
            continue
        return end
    return end


def _place_or_time_start(
    toks: list[Token], pos: int, end: int, cased: str | None = None, *, share: bool = False
) -> bool:
    """The words after the figure are a phrase of time or place and hold no number: "in
    Ohio" (a name, by its capital in ``cased``), "in March", "across the country". After a
    share any phrase opened by a preposition is one ("45% in the polls"): only "of" names
    what a share is of. "$5m in aid", "20 in hospital" keep their words."""
    if _word(toks, pos) not in _QUALIFIER_PREPS or pos + 1 >= end:
        return False
    words = toks[pos + 1 : end]
    if any(t[0] != _WORD or t[1] in _NUMBER_WORDS or t[1] in _JOINING for t in words):
        return False  # "three in Guerrero and one": another figure follows
    if share:
        return True
    if end == pos + 2 and words[0][1] in _MONTHS:
        return True
    if end == pos + 3 and words[0][1] == "the" and words[1][1] in _WHERE_NOUNS:
        return True
    # a name: "in Ohio", "across the United States", "in Rio de Janeiro"
    return (
        cased is not None
        and cased[words[-1][2] : words[-1][2] + 1].isupper()
        and all(cased[t[2] : t[2] + 1].isupper() or t[1] in _NAME_LINKS for t in words)
    )


_JOINING = _wordset("and or but nor than to versus vs")
_NAME_LINKS = _wordset("the of de da del la le")


def _unit_end(s: str, toks: list[Token], j: int, end: int, text: str, original: str | None) -> int:
    """Where the words that may be a unit stop: before closing adverbials ("so far") and
    phrases of time or place ("this year", "nationally"), or at j when all of them are a
    phrase of time or place ("in Ohio")."""
    if end > j and (toks[end - 1][1] in _ADVERBIAL_ENDS or "respectively" in text):
        end = _adverbial_end(toks, j, end, text)
    end = _qualifier_end(toks, j, end)
    if end > j and (toks[end - 1][1] in _ADVERBIAL_ENDS):
        end = _adverbial_end(toks, j, end, text)  # "20 so far this year"
    return j if _place_or_time_start(toks, j, end, _cased(s, original)) else end


def _check_size(s: str, kind: str, hi: Q, rates: bool = False) -> None:
    """A share is at most the whole, unless it is a rate or a change (``rates``); no figure
    is beyond ``_MAX``."""
    if kind == "share" and not rates and not _qle(hi, (100, 1)):
        raise FigureError(
            f"{_show(s)} is more than the whole (100%): a change or a ratio, not a share;"
            " a rate or a change above 100% is read on a measure named for a rate (e.g."
            " annual-inflation) or logged as a change (--change up|down)"
        )
    if _qle((_MAX + 1, 1), hi):
        raise FigureError(f"{_show(s)} is too large a figure (at most {_MAX:,})")


def _read_rest(
    s: str,
    toks: list[Token],
    j: int,
    end: int,
    text: str,
    *,
    first: bool = True,
    original: str | None = None,
) -> Rest:
    """What follows the figure (from token j to ``end``): a unit or currency, then maybe a
    plain noun phrase. ``first``: j is right after the number (a short token there that is
    not a known unit is an abbreviation claimtrack does not know). ``original``: the text as
    given, for its capitals ("MM" is not "mm")."""
    end = _unit_end(s, toks, j, end, text, original)
    pos = j
    while pos < end and toks[pos][1] == "-":
        pos += 1  # "70-nation"
    if pos == end:
        return None, "count", 1, "count", None
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
    if data := _byte_symbol(s, toks, pos, end, original, first and code is None and not of):
        return data
    start = pos
    kind, dim = "count", "count"
    factor: int | float = 1
    hit = _match(_unit_index(), toks, pos, end)
    annum = _per_annum(s, toks, pos, end, original)  # "£350m p.a.", "£30k pa"
    # (not "pa" in "£350m pa")
    if code is None and first and not of and annum != pos and _word(toks, pos) is not None:
        _check_abbreviation(s, toks, pos, end, original, hit)
    if hit is not None:
        kind, dim, factor, code = _known_unit(s, toks, pos, end, hit, code, text)
        pos = hit[1]
    elif code is not None:
        dim = f"currency:{code}"
        kind = "currency"
    rate = _period_at_end(toks, pos, end, annum)  # "a week", "per day", "/yr", "p.a."
    _check_annum_inside(s, toks, pos, end, kind if rate is None else None)
    if rate is not None and rate[1] > pos and toks[rate[1]][1] in ("a", "an"):
        _check_span(s, toks, rate[1], end, text)
    noun_end = end if rate is None else rate[1]
    _check_modifier(s, toks, start, pos, noun_end, kind, text)
    _check_noun(s, toks, pos, noun_end, text)
    stop = noun_end
    if kind == "measure" and stop - pos == 1 and _word(toks, stop - 1) in _MEASURE_ADJECTIVES:
        stop -= 1  # "six to seven kilometres long" -> "kilometres"
    dim, factor = _per_period(text, dim, factor, kind, rate)
    if kind == "share":
        return _share_unit(s, toks, pos, stop, text), dim, factor, kind, None
    unit = s[toks[start][2] : toks[stop - 1][3]].strip(" -") if start < stop else None
    return _said_unit(s, toks, unit, sign, rate, end), dim, factor, kind, code


# Byte symbols, read only in capitals (a small "b" is bits: "Mb"), right after the number and
# closing the phrase or before "of" and a noun of data ("4 TB", "4 TB of the company's data"):
# never before another noun ("12 TB deaths" counts deaths from tuberculosis).
_BYTE_SYMBOLS = {"KB": "kilobytes", "MB": "megabytes", "GB": "gigabytes", "TB": "terabytes"}
_BYTE_SYMBOLS |= {"PB": "petabytes"}
_DATA_NOUNS = _wordset("data files records information documents emails footage storage")


def _byte_symbol(
    s: str, toks: list[Token], pos: int, end: int, original: str | None, first: bool
) -> Rest | None:
    """A byte symbol in capitals right after the number ("4 TB", "6 GB of data"), read as the
    unit written out ("terabytes", which a stored unit reads back as), or None. ``first``: the
    word is straight after the number, with no currency or "of" before it."""
    cased = _cased(s, original) if first else None
    if cased is None or toks[pos][0] != _WORD:
        return None
    name = _BYTE_SYMBOLS.get(cased[toks[pos][2] : toks[pos][3]])
    if name is None:
        return None
    if pos + 1 < end and (_word(toks, pos + 1) in _LEADS or toks[pos + 1][1] == "/"):
        written = cased[toks[pos][2] : toks[pos][3]]
        raise FigureError(
            f'cannot read "{written}" before a rate in {_show(cased)}: write "{name}"'
            f' ("5 {name} a day")'
        )
    if pos + 1 != end and not (_word(toks, pos + 1) == "of" and toks[end - 1][1] in _DATA_NOUNS):
        return None
    _check_noun(s, toks, pos + 1, end, s)
    dim, factor = _unit_index()[name][0][1][1:3]  # type: ignore[index]
    unit = name + s[toks[pos][3] : toks[end - 1][3]] if pos + 1 < end else name
    return unit, str(dim), factor, "measure", None


def _said_unit(
    s: str,
    toks: list[Token],
    unit: str | None,
    sign: str | None,
    rate: tuple[str, int] | None,
    end: int,
) -> str | None:
    """The unit as written: a sign after the number first ("€ aid"), the period of a rate
    last ("people a day", "$/hour")."""
    if sign is not None:
        unit = sign if not unit else f"{sign} {unit}"
    if rate is not None:
        said = s[toks[rate[1]][2] : toks[end - 1][3]]
        unit = f"{unit}{'' if said[0] == '/' else ' '}{said}" if unit else said
    return unit or None


# Words before "a day", "a year" that make it one span, not each period: "200 killed in a day"
# (one day's toll), "5 in a year", "£350m over a year" (a total over it), "for a week".
_SPAN_WORDS = _wordset("in within over for during after inside under across throughout on")
# A period lead, and the words that end a period, read or not ("a working day")
_LEADS = frozenset(("a", "an", "per", "each", "every"))
_PERIOD_ENDS = frozenset(
    (*PERIOD_NOUNS, "weekday", "night", "fortnight", "decade", "century", "term", "season")
)
# Dimensions that are already per unit of time: "50 km an hour" is a speed (read as one), "100
# kW an hour" a rate of a rate (kW is energy per time), which no source means.
_PER_TIME = frozenset(("speed", "power"))


def _check_span(s: str, toks: list[Token], at: int, end: int, text: str) -> None:
    """Refuse a period after a word that makes it one span ("in a day", "over a year"): an
    amount in one day or over one year, not per day or per year."""
    before = toks[at - 1][1]
    if before in _SPAN_WORDS:
        span = s[toks[at - 1][2] : toks[end - 1][3]]
        per = s[toks[at][2] : toks[end - 1][3]]
        raise FigureError(
            f'{_show(text)} gives an amount "{span}" (one span of time), not one per period:'
            f' write "{per}" alone if the source means each period, or give the amount alone'
            " on a measure that names the span"
        )


def _per_period(
    text: str, dim: str, factor: int | float, kind: str, rate: tuple[str, int] | None
) -> tuple[str, int | float]:
    """The dimension and factor of an amount per period (``rate``: the period and where it
    starts), in its base period (``rates.rate_dimension``); as they are for no period. "3
    times a day" is how often: a count per period, never a ratio. A share per period ("3% a
    year": a rate of change, which compounds) is refused."""
    if rate is None:
        return dim, factor
    if dim == "ratio":  # "3 times a day": how often, a count of times per period
        dim = "count"
    if kind in ("share", "pp"):
        raise FigureError(
            f"{_show(text)} is a share per period, a rate of change (a year's 3% is not twelve"
            " months' 0.25%), which claimtrack does not read: give the share alone on a"
            f" measure that names the period ({_period_measure(rate[0])})"
        )
    if dim in _PER_TIME:
        raise FigureError(
            f"{_show(text)} is a rate of a rate ({dim} is already per unit of time): give"
            ' the figure without the period ("100 kW", "50 km/h"), or an energy or a distance'
            ' per period ("100 kWh a day", "50 km a day")'
        )
    dim, per = rate_dimension(dim, rate[0])
    return dim, _scaled(factor, per)


# How a measure's name says a period (``measure_words.measure_period`` reads them back)
_PERIOD_NAMES = {"hour": "hourly", "day": "daily", "week": "weekly", "month": "monthly"}
_PERIOD_NAMES |= {"quarter": "quarterly", "year": "annual"}


def _period_measure(period: str) -> str:
    """An example of a measure that names ``period``, for a refusal: 'e.g. "monthly-inflation"'."""
    return f'e.g. "{_PERIOD_NAMES[period]}-inflation"'


# "p.a." and "pa" closing a figure: per annum ("£350m p.a."), in any case but "Pa" (a pascal)
_PER_ANNUM = ("p.", "a", "pa")


def _per_annum(s: str, toks: list[Token], pos: int, end: int, original: str | None) -> int | None:
    """Where a closing per annum starts: "p.a." after the amount or what it counts ("£350m
    p.a.", "5,000 deaths p.a."), "pa" right after the amount ("£30k pa"; after other words
    it may be a place or a name, "20 people in PA", and is left as it was read). "Pa" is
    refused (a pascal, or per annum?), and so is "p.a." written apart, not closing the
    figure or after a word that makes it a span ("in p.a."), naming what to write."""
    dotted = (
        end - 2 >= pos
        and toks[end - 2][1] == _PER_ANNUM[0]
        and toks[end - 1][1] == _PER_ANNUM[1]
        and s[toks[end - 2][3] : toks[end - 1][2]] == ""
    )
    if dotted and (end - 2 == pos or toks[end - 3][1] not in _SPAN_WORDS | _DANGLING):
        return end - 2
    if any(
        a[1] == _PER_ANNUM[0] and b[1] == _PER_ANNUM[1]
        for a, b in zip(toks[pos:end], toks[pos + 1 : end], strict=False)
    ):
        raise FigureError(
            f'cannot read "p." after the figure in {_show(s)}: claimtrack reads "p.a." (per'
            " annum) only as written so, closing the figure, after the amount or what it"
            ' counts ("£350m p.a.", "5,000 deaths p.a."); give that, or "a year"'
        )
    if end - 1 != pos or toks[pos][1] != _PER_ANNUM[2]:
        return None
    cased = _cased(s, original)
    if cased is not None and cased[toks[pos][2] : toks[pos][3]] == "Pa":
        raise FigureError(
            f'cannot read "Pa" after the figure in {_show(cased)}: a pascal (a pressure,'
            ' which claimtrack does not read) or per annum? For per annum write "a year"'
            ' or "p.a."'
        )
    return pos


def _check_annum_inside(s: str, toks: list[Token], pos: int, end: int, kind: str | None) -> None:
    """Refuse money or a share with "pa" or "p.a." right after it that does not close the
    figure ("£30k pa salary", "5% p.a. interest"): read with the words after it as what is
    counted, the year was lost (a lump sum of £30,000, a share "of p.a. interest"). After a
    count the words may name a thing ("3 PA systems") and are left as they were read."""
    if kind not in ("currency", "share"):  # (None: the figure closes with a period)
        return
    word = _word(toks, pos)
    dotted = word == _PER_ANNUM[0] and _word(toks, pos + 1) in ("a", "a.")
    if pos + 1 < end and (word == _PER_ANNUM[2] or (dotted and pos + 2 < end)):
        raise FigureError(_annum_inside(s))


# the unit of money written with its sign first, when it starts with "pa" or "p.a." and goes on
_ANNUM_FIRST = re.compile(r"(?:pa|p\.\s?a\.?)\s+\S", re.I)


def _annum_inside(s: str) -> str:
    return (
        f'cannot read {_show(s)}: "p.a." (per annum) is read only closing the figure, right '
        'after the amount ("£30k p.a."): give that, and name what it is in the measure'
    )


def _period_at_end(
    toks: list[Token], pos: int, end: int, annum: int | None = None
) -> tuple[str, int] | None:
    """The period a phrase ends in, and where it starts: "a week", "per day", "every year",
    "/yr" (rates.PERIOD_LEADS and PERIOD_NOUNS) or "daily", "annually" (PERIOD_ADVERBS), or
    a year at ``annum`` ("p.a.", ``_per_annum``); None when it ends in none."""
    if annum is not None:
        return "year", annum
    if end <= pos:
        return None
    last = toks[end - 1][1]
    if last in PERIOD_ADVERBS:
        return PERIOD_ADVERBS[last], end - 1
    if end - 2 >= pos:
        name = period_after(toks[end - 2][1], last)
        if name is not None:
            return name, end - 2
    return None


# Words a noun phrase does not end in: what follows them was cut off ("250 people to").
_DANGLING = _wordset(
    "to or and nor of the a an than from with by for at as into along including among between"
    " after before during since until within across onto upon via"
)
# Unit symbols whose capitals mean something else: "M" and "MM" are million in finance, "G"
# giga, "T" tera or trillion, "ML" megalitres. Written in capitals they are refused.
_CASED_SYMBOLS = frozenset(("m", "g", "t", "mm", "mg", "ml"))
# Mega- symbols read in lower case ("500 mw" is how some papers write megawatts); written with a
# small "m" and a capital ("5 mW", "3 mJ") they are milli-, a billionth of it: refused.
_MEGA_SYMBOLS = frozenset(("mw", "mwh", "mj"))
# Short words that are what is counted ("250 men"); any other word of one to three letters
# that ends the phrase straight after the number is refused as an abbreviation.
_SHORT_NOUNS = _wordset(
    """men man boy kid son car cow dog cat pig hen ewe ram ox gun job bed egg bus van jet
    cop spy fan toy box bag cup pot ship vet gig bid ad ads app apps hut"""
)
# SI prefixes, and the units they may prefix: a prefixed unit not in the unit table
# ("megajoules" is, "gigaannum" and "kilocalories" are not) is refused, never counted.
_SI_PREFIXES = [
    "kilo",
    "mega",
    "giga",
    "tera",
    "peta",
    "exa",
    "milli",
    "micro",
    "nano",
    "pico",
    "femto",
    "centi",
    "deci",
    "hecto",
    "deca",
    "deka",
]
_SI_STARTS = tuple(_SI_PREFIXES)
_UNIT_BASES = _wordset(
    """metre meter gram gramme tonne ton litre liter watt joule volt amp ampere hertz byte
    bit calorie pascal newton second becquerel sievert gray rad rem curie annum year parsec
    electronvolt barrel ohm coulomb farad henry tesla weber lumen lux mole candela"""
)


def _si_base(w: str) -> str | None:
    """The SI prefix of a prefixed unit word ("kilocalories" -> "kilo"), else None."""
    if not w.startswith(_SI_STARTS):
        return None
    for prefix in _SI_PREFIXES:
        if w.startswith(prefix) and len(w) > len(prefix):
            base = w[len(prefix) :].lstrip("-")
            if base in _UNIT_BASES or base.rstrip("s") in _UNIT_BASES:
                return prefix
    return None


def _cased(s: str, original: str | None) -> str | None:
    """``s`` with the capitals of the text it was read from, when they can be lined up."""
    if original is None or original.lower() == original:
        return s if original is not None else None
    cased = _normalise(original, lower=False)
    return cased if len(cased) == len(s) else None


def _not_a_count(
    s: str, toks: list[Token], pos: int, end: int, hit: tuple[Any, int] | None
) -> None:
    """Words after the number that say it is not a count of them: "40-something" (an amount
    above 40) and a number joined by a hyphen to a word before another ("5-star hotels":
    a description)."""
    w = toks[pos][1]
    hyphen = s[: toks[pos][2]].rstrip().endswith("-")
    if w in ("something", "somethings") or (hyphen and w == "some"):
        # "40-something", "20-some": an amount above the number, never a count of "something"
        raise FigureError(
            f'cannot read "{"-" if hyphen else ""}{w}" after the figure in {_show(s)}: it means'
            ' some amount above the number; write the range meant ("40 to 49") or a hedge'
            ' ("more than 40")'
        )
    if hyphen and hit is None and pos + 1 < end and toks[pos + 1][0] == _WORD:
        # "5-star hotels", "3-bedroom flats", "a 500-page report": the number describes what
        # follows, it does not count it
        head, rest = s[: toks[pos][3]], s[toks[pos + 1][2] : toks[end - 1][3]]
        raise FigureError(
            f'"{head}" in {_show(s)} describes the {rest}, it does not count them: give how'
            f' many there are, or the figure alone ("{head}")'
        )


def _check_abbreviation(
    s: str,
    toks: list[Token],
    pos: int,
    end: int,
    original: str | None,
    hit: tuple[Any, int] | None,
) -> None:
    """The word straight after the number: a unit symbol in capitals that change its meaning
    ("5 MM", "10 G"), a unit with an SI prefix claimtrack does not read ("kilocalories"), or an
    unknown abbreviation ("3 dzs", "1.7 eV", "8 MB": one to three letters, or capitals, ending
    the phrase) is refused, naming the token. Acronym plurals ("12 MPs") and short nouns
    ("250 men") are what is counted. ``original``: the text as given, for its capitals."""
    w = toks[pos][1]
    _not_a_count(s, toks, pos, end, hit)
    if hit is not None and hit[1] == pos + 1 and w in _MEGA_SYMBOLS:
        cased = _cased(s, original)
        written = cased[toks[pos][2] : toks[pos][3]] if cased is not None else w
        if written[0] == "m" and written != w:
            raise FigureError(
                f'cannot read "{written}" after the figure in {_show(cased or s)}: with a small'
                f' "m" it is milli- ("{written}"), not mega- ("M{written[1:]}"); write the unit'
                " out"
            )
        return
    if hit is not None:
        if hit[1] != pos + 1 or w not in _CASED_SYMBOLS:
            return
    elif (
        len(w) > 3
        and not w.startswith(_SI_STARTS)
        and (pos + 1 != end or (w.isalpha() and (original is None or original.lower() == original)))
    ):
        return  # a word of what is counted, in lower case or followed by more words
    cased = _cased(s, original)
    written = cased[toks[pos][2] : toks[pos][3]] if cased is not None else w
    shown = _show(cased or s)
    if hit is not None:
        if written != w:
            raise FigureError(
                f'cannot read "{written}" after the figure in {shown}: in capitals it is not'
                f' the unit "{w}" but may be a scale ("M" or "MM" million, "G" giga, "T"'
                " trillion); write the unit or the scale out"
            )
        return
    prefix = _si_base(w)
    if prefix is not None:
        raise FigureError(
            f'cannot read "{written}" after the figure in {shown}: a unit with the SI prefix'
            f' "{prefix}-" that claimtrack does not read; give the figure in a unit it reads'
            " (docs/figures.md lists them)"
        )
    unknown = f'cannot read "{written}" after the figure in {shown}: an abbreviation'
    unknown += " claimtrack does not know; write the unit out"
    if (len(w) == 1 and w not in "ai") or (len(w) == 2 and w[1] == "." and w[0] not in "ai"):
        raise FigureError(unknown)
    if pos + 1 != end or w in _SHORT_NOUNS:
        return
    if w in ("or", "to", "and", "nor"):
        raise FigureError(f'the range in {shown} has no second number after "{w}": {_HINT}')
    # "MPs", "UAVs", "PhDs": a plural of capitals is what is counted
    acronym_plural = len(written) >= 3 and written[-1] == "s" and written[0].isupper()
    if acronym_plural:
        return
    if len(w) <= 3 or (
        any(c.isupper() for c in written[1:] or written) and not _shouting(cased, toks[pos])
    ):
        raise FigureError(unknown)


def _shouting(cased: str | None, tok: Token) -> bool:
    """Whether the letters around the token are all capitals ("ABOUT 250 MEN"): then case says
    nothing."""
    if cased is None:
        return False
    letters = [c for c in cased[: tok[2]] + cased[tok[3] :] if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _known_unit(
    s: str,
    toks: list[Token],
    pos: int,
    end: int,
    hit: tuple[Any, int],
    code: str | None,
    text: str,
) -> tuple[str, str, int | float, str | None]:
    """A unit of the unit table found at token ``pos``: (kind, dimension, factor, currency
    code), refusing refused units, two currencies, a currency with another unit, and a bare
    "m" (million or metres)."""
    entry, after = hit
    written = s[toks[pos][2] : toks[after - 1][3]]
    if entry[0] == "refuse":
        if after + 1 == end and _word(toks, after) in _CHANGE_NOUNS:
            # "a 5 point drop": the change is what is refused, whatever the points are
            _check_modifier(s, toks, pos, pos, end, "count", text)
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
    if after < end and written.lower() in FOREIGN_SHARES:  # "51 por ciento de los votos"
        raise FigureError(
            f'cannot read the words after "{written}" in {_show(text)} (claimtrack reads'
            f' English after a figure): give the share alone ("{s[: toks[after - 1][3]]}"),'
            " and say what it is of in the measure"
        )
    if code is not None and kind != "currency":
        raise FigureError(f"{_show(text)} gives two units (a currency and {written}): {_ONE}")
    nxt = _word(toks, after) if after < end else None
    if written == "m" and after < end and nxt not in _MEASURE_ADJECTIVES and nxt != "of":
        raise FigureError(
            f'"m" in {_show(text)} is ambiguous: million or metres; write "million" or'
            ' "metres" (or "3m" for million)'
        )
    return kind, dim, factor, code


# "5% year on year", "2% month-on-month", "3% on the year": a change over a period
_OVER_A_PERIOD = re.compile(
    r"(?:(?:year|month|quarter|week)\s*-?\s*on\s*-?\s*(?:year|month|quarter|week)|yoy|y\s*/\s*y"
    r"|m\s*/\s*m|q\s*/\s*q|(?:on|from)\s+(?:the|a)\s+(?:year|month|quarter|week)(?:\s+(?:earlier"
    r"|before|ago))?)"
)


def _share_unit(s: str, toks: list[Token], pos: int, stop: int, text: str) -> str:
    """The unit of a share: "%", or "% of" the noun ("45% of voters"); a share straight
    before a noun that it names is refused ("40% turnout": ``check_share_noun``)."""
    if pos < stop and _OVER_A_PERIOD.fullmatch(s[toks[pos][2] : toks[stop - 1][3]]):
        amount = s[: toks[pos][2]].strip()
        raise FigureError(
            f'{_show(text)} is a change over a period ("{s[toks[pos][2] :].strip()}"), not a'
            f' share of a whole: give the share alone ("{amount}") on a measure named for the'
            ' change ("inflation", "sales-growth-yoy")'
        )
    if _place_or_time_start(toks, pos, stop, share=True):
        return "%"  # "45% in Ohio": where, not of what
    if pos < stop and toks[pos][0] == _WORD:
        check_share_noun(toks[pos][1], text)
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
    unit, dim, factor, kind, code2 = rest
    if unit and unit.split()[-1] in _CHANGE_NOUNS:  # "$5 million increase"
        amount = text[: text.rfind(unit)].strip()
        raise FigureError(
            f'{_show(text)} gives a change ("{unit.split()[-1]}"), not a level: give the level'
            f' the source states ("rose to 48": "48"), or the change alone ("{amount}") logged'
            " as a change (--change up|down)"
        )
    if unit and _ANNUM_FIRST.match(unit):  # "£30k pa salary": _check_annum_inside
        raise FigureError(_annum_inside(text))
    if kind in ("measure", "share", "pp"):
        raise FigureError(f"{_show(text)} gives two units (a currency and {unit}): {_ONE}")
    if (code2 is not None and code2 != code) or (unit and unit[0] in _SIGNS):
        raise FigureError(f"{_show(text)} names two currencies: {_ONE}")
    unit = sign if unit is None else f"{sign}{'' if unit[0] == '/' else ' '}{unit}"
    base = split_rate(dim)[1]  # "£350 million a week": money per week
    if base is not None:
        return unit, f"currency:{code}/{base}", factor, "currency", code
    return unit, f"currency:{code}", 1, "currency", code
