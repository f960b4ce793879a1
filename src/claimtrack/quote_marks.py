"""What a figure claim's own quote says that changes how its figure reads, read once, when the
claim is written (``records.claim_row``; migration m019 for claims stored before): pure, ``re``
only, cheap to import.

* ``revised_from``: the words saying the count was changed from the claim's figure ("revised
  the death toll downward from 248" for "248"): an earlier figure, superseded in the very
  statement that gives it.
* ``plan_words``: the words of a plan's stage ("proposed", "initially", "down from",
  "agreed") in the quote of an amount of money: an amount that may have changed between
  statements, as a budget proposed and then agreed.
* ``cites_unnamed`` (evidence15, figures and stances): the words giving what the quote says
  to people it does not name ("according to the people", "survivors said"): the claimant
  passes on those people and adds no origin of its own (``unnamed_words``).

* ``not_in_quote`` (quotes31, figures): whether the figure is not in its quote as written
  (``guards.figure_in_quote``, the check ``add`` refuses with): ``PARAPHRASE`` when its note
  is marked ``[paraphrase]`` (the user vouched for it: a translation, a conversion),
  ``UNCHECKED`` when an import stored it with a warning (not in its quote, not marked); None
  when it is in its quote. ``quote_check`` reads the first from the note when any writer
  writes the row; the importer sets the second from the check it runs anyway; ``edit``
  keeps it while the figure and the quote stay as they were. ``quote_check_words`` says both
  in one wording for every output.

The store keeps them beside the row (columns ``revised_from``, ``plan_words``, ``cites_unnamed``
and ``not_in_quote``, NULL for most claims) and hands them to the engine with a subject's facts
(``ActiveFacts.marks``); every output says them from the engine's fields
(``FigureConflict.revised``, ``FigureConflict.stages``), none reads a quote again
(docs/exports.md, "Every caveat in every output").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from typing import Any

from claimtrack import change_words as _cw
from claimtrack.fields import PARAPHRASE, UNCHECKED, WORD_SEPARATOR

# the words of a plan's stage in a quote: a proposal, an offer, a draft, a deal, a figure
# changed in negotiation ("proposed", "initially", "down from", "agreed")
_STAGE = re.compile(
    r"\b(?:propos(?:e|ed|es|al|als|ing)|draft(?:ed)?|offer(?:s|ed)?|suggest(?:s|ed|ion)?"
    r"|initial(?:ly)?|original(?:ly)?|agreed|agreement|deal|compromise|negotiat\w*"
    r"|reduced|revised|(?:cut|raised|lowered|trimmed)\s+to|(?:down|up)\s+from)\b",
    re.IGNORECASE,
)

# a word of change before "from N" ("revised the death toll downward from 248")
_CHANGE = re.compile(
    r"\b(?:revis|lower|reduc|cut|rais|increas|down|up|correct|adjust|updat|rose|fell)\w*",
    re.IGNORECASE,
)


# "from", then what may stand between it and the figure ("from an earlier estimate of 248"):
# every way of taking the three optional parts, the longest first, as the regular expression
# with the figure written in tried them (one compiled pattern per figure's value was a third of
# an import's time: 7,218 values in 20,000 lines, each compiled anew)
_FROM = re.compile(r"\bfrom\s+", re.IGNORECASE)
_BETWEEN = tuple(
    re.compile("".join(parts), re.IGNORECASE)
    for parts in (
        (a, b, c)
        for a in (r"(?:an?|the|its|their)\s+", "")
        for b in (r"(?:earlier|previous|initial|original)\s+", "")
        for c in (r"(?:figure|toll|estimate|count|number|total)\s+(?:of\s+)?", "")
    )
)
# after the figure: a few words, "before" and a word of change ("833 before eventually settling")
_BEFORE = re.compile(
    r"(?:\s+\w+){0,3}?\s+before\s+(?:\w+\s+){0,2}?"
    r"(?:settl|revis|lower|reduc|cut|chang|correct|adjust|updat)\w*",
    re.IGNORECASE,
)
_TO_FIGURE = re.compile(r"\bto\s+[\d][\d,.]*\s+$")


def _ends_figure(text: str, end: int) -> bool:
    """Whether a figure ending at ``end`` of ``text`` ends there: no word character after it,
    nor a point or comma and a digit (``248`` is not the start of ``248.5`` or ``2486``)."""
    nxt = text[end : end + 1]
    if not nxt:
        return True
    if nxt.isalnum() or nxt == "_":
        return False
    return not (nxt in ".," and text[end + 1 : end + 2].isdecimal())


# evidence18: an adverb saying a statement came first ("initially", "originally", "at first",
# "first", "previously") and a verb of stating, estimating or standing, in either order, then
# the figure with no other number between ("initially put the death toll of the weekend quake
# at 2,053", "had originally said over 2,000", "said initially that 320"): a figure given as the
# earlier one, on a page that reports a later one. Not "earlier" (a live page's "said earlier"
# is of its own day), nor an adjective ("the initial quake killed 2,053", "first responders
# counted 30", "at first light").
_FIRST = r"(?:initially|originally|at\s+first|first|previously)"
_STATED = (
    r"(?:put|puts|said|says|gave|given|reported|estimated|announced|counted|stated|listed"
    r"|set|placed|recorded|claimed|cited|quoted|tallied|confirmed|feared|stood|provided)"
)
_EARLIER = re.compile(
    rf"\b(?:{_FIRST}\s+(?:been\s+)?{_STATED}|{_STATED}\s+{_FIRST})\b[^\d]{{0,80}}$",
    re.IGNORECASE,
)
_FIRST_WORDS = ("initial", "original", "first", "previous")


def _earlier_words(value: str, quote: str, low: str, folded: str) -> str | None:
    """The words of ``quote`` giving its figure ``value`` as the earlier statement ("initially
    put the death toll ... at 2,053"), or None (``low`` and ``folded``: their lower case)."""
    n = len(value)
    at = low.find(folded)
    while at != -1:
        start = max(0, at - 120)
        # the words before the figure hold the adverb (a cheap look first: most quotes that
        # say "first" say it elsewhere, and the search tries every word's edge)
        if _ends_figure(quote, at + n) and any(w in low[start:at] for w in _FIRST_WORDS):
            found = _EARLIER.search(quote, start, at)
            if found is not None:
                return quote[found.start() : at + n]
        at = low.find(folded, at + 1)
    return None


def revised_words(value: str, quote: str) -> str | None:
    """The words of a figure claim's quote saying that the count was changed from its figure
    ``value`` ("revised the death toll downward from 248" for "248", "ranging from 500 to 833
    before eventually settling on 471" for "833"), or that the figure was the one given first
    ("initially put the death toll ... at 2,053", evidence18); None if the quote says no such
    thing."""
    if not value:
        return None
    low = quote.lower()
    first = "first" in low or "initial" in low or "original" in low or "previous" in low
    if not first and "from" not in low and "before" not in low:
        return None
    folded = value.lower()
    if len(low) != len(quote) or len(folded) != len(value):
        return _revised_words_slowly(value, quote)  # a letter whose lower case is longer
    if folded not in low:
        return None
    words = _from_figure(quote, low, folded) if "from" in low else None
    if words is None and first:
        words = _earlier_words(value, quote, low, folded)
    if words is not None or "before" not in low:
        return words
    n = len(value)
    at = low.find(folded)
    while at != -1:
        if _ends_figure(quote, at + n):
            later = _BEFORE.match(quote, at + n)
            if later is not None:
                return quote[at : later.end()]
        at = low.find(folded, at + 1)
    return None


def _from_figure(quote: str, low: str, folded: str) -> str | None:
    """``revised_words``' first reading: "from" and the figure (``folded``, lower case, as
    ``low`` is the quote), with the words of the change before it (``_changed_from``)."""
    n, resume = len(folded), 0
    for m in _FROM.finditer(quote):
        if m.start() < resume:
            continue  # within the figure the last "from" read: not a "from" of its own
        if low.find(folded, m.end()) == -1:
            break  # the figure is nowhere after this "from", nor after any later one
        for between in _BETWEEN:
            b = between.match(quote, m.end())
            if b is None:
                continue
            end = b.end()
            if low.startswith(folded, end) and _ends_figure(quote, end + n):
                words = _changed_from(quote, m.start(), end + n)
                if words is not None:
                    return words
                resume = end + n
                break  # the regular expression's first way of matching here: the next "from"
    return None


def _changed_from(quote: str, start: int, end: int) -> str | None:
    """The words saying the change of "from FIGURE" (``quote[start:end]``): a word of change
    up to 60 characters before it, else a new figure just before "from" ("to 128 from 145")."""
    change = _CHANGE.search(quote, max(0, start - 60), start)
    if change is not None:
        return quote[change.start() : end]
    # "revised the count of people missing in the ... collapse to 128 from 145": the new
    # figure just before "from" says the change, however far back its verb is
    to = _TO_FIGURE.search(quote[max(0, start - 30) : start])
    if to is not None:
        return quote[max(0, start - 30) + to.start() : end]
    return None


def _revised_words_slowly(value: str, quote: str) -> str | None:
    """``revised_words`` with the figure written into the regular expressions, for a quote or
    value whose lower case changes its length (where the fast path's offsets would not hold)."""
    pattern = (
        r"\bfrom\s+(?:(?:an?|the|its|their)\s+)?(?:(?:earlier|previous|initial|original)\s+)?"
        r"(?:(?:figure|toll|estimate|count|number|total)\s+(?:of\s+)?)?"
        + re.escape(value)
        + r"(?![\w]|[.,]\d)"
    )
    for m in re.finditer(pattern, quote, re.IGNORECASE):
        words = _changed_from(quote, m.start(), m.end())
        if words is not None:
            return words
    later = re.search(re.escape(value) + r"(?![\w]|[.,]\d)" + _BEFORE.pattern, quote, re.IGNORECASE)
    if later:
        return quote[later.start() : later.end()]
    for m in re.finditer(re.escape(value) + r"(?![\w]|[.,]\d)", quote, re.IGNORECASE):
        found = _EARLIER.search(quote, max(0, m.start() - 120), m.start())
        if found is not None:
            return quote[found.start() : m.end()]
    return None


# The words a match of ``_STAGE`` starts with (a whole word each, or "negotiat..."): an ASCII
# quote holding none of them has no word of a plan's stage, and is not searched (the search
# tries every alternative at every word's edge: 8.5 us a quote, most of an import's reading)
_STAGE_FIRST = frozenset(
    [
        "propose",
        "proposed",
        "proposes",
        "proposal",
        "proposals",
        "proposing",
        "draft",
        "drafted",
        "offer",
        "offers",
        "offered",
        "suggest",
        "suggests",
        "suggested",
        "suggestion",
        "initial",
        "initially",
        "original",
        "originally",
        "agreed",
        "agreement",
        "deal",
        "compromise",
        "reduced",
        "revised",
        "cut",
        "raised",
        "lowered",
        "trimmed",
        "down",
        "up",
    ]
)
_WORD = re.compile(r"\w+")


def plan_words(quote: str) -> tuple[str, ...]:
    """The distinct words of a plan's stage in a quote, lower case, in their order."""
    if quote.isascii():
        low = quote.lower()
        if "negotiat" not in low and _STAGE_FIRST.isdisjoint(_WORD.findall(low)):
            return ()
    words: dict[str, None] = {}
    for m in _STAGE.finditer(quote):
        words.setdefault(" ".join(m.group(0).lower().split()), None)
    return tuple(words)


def figure_marks(
    value: str | None, quote: str | None, dimension: str | None
) -> tuple[str | None, str | None, str | None]:
    """A figure claim's stored marks, (``revised_from``, ``plan_words`` joined by
    ``WORD_SEPARATOR``, ``cites_unnamed``), each None when its quote says nothing of the kind.
    The words of a plan's stage are read for an amount of money alone (``dimension``
    "currency:..."), the only figures whose disputes the engine reads them for: a stored
    figure's dimension changes only with its value and unit, when every writer reads its
    marks again."""
    quote = quote or ""
    words = plan_words(quote) if dimension and dimension[:9] == "currency:" else ()
    return (
        revised_words(value or "", quote),
        WORD_SEPARATOR.join(words) if words else None,
        unnamed_words(quote),
    )


# quotes31: a figure not in its quote, stored (column ``not_in_quote``) as ``PARAPHRASE`` or
# ``UNCHECKED`` (``fields``: the store reads them without this module)
_MARK = "[paraphrase]"  # guards.PARAPHRASE_MARK (not imported: guards loads the parser)


def quote_check(note: str | None) -> str | None:
    """A figure's ``not_in_quote`` as every writer stores it from the record alone:
    ``PARAPHRASE`` when its note marks it so (``guards.is_paraphrase``), else None (the
    import sets ``UNCHECKED`` from its own check of the quote)."""
    if note is not None and note.lstrip()[:12].lower() == _MARK:
        return PARAPHRASE
    return None


def quote_check_words(state: str | None, note: str | None = None) -> str | None:
    """What every output says beside a figure that is not in its quote (one wording for the
    terminal, the sheet, the report and the JSON): "not in its quote (imported unchecked)",
    "paraphrase: translated from the Spanish" (the note after its mark; "paraphrase" alone
    when it says nothing more); None for a figure in its quote (or a stance)."""
    if state == UNCHECKED:
        return "not in its quote (imported unchecked)"
    if state == PARAPHRASE:
        rest = (note or "").lstrip()[len(_MARK) :].strip(" :;-–—")
        return f"paraphrase: {' '.join(rest.split())}" if rest else "paraphrase"
    return None


def stance_marks(quote: str | None) -> tuple[None, None, str | None]:
    """A stance's stored marks: only whom its quote gives what it says to (``unnamed_words``);
    a stance has no figure to revise nor an amount to plan."""
    return None, None, unnamed_words(quote or "")


def revised_from(record: Mapping[str, Any]) -> str | None:
    """``revised_words`` of a record (None for a stance)."""
    if record.get("kind") != "figure":
        return None
    return revised_words(str(record.get("value") or ""), str(record.get("quote") or ""))


# evidence15: a quote that gives its figure or its stance to people it does not name
# ("according to the people on board", "survivors said", "citing testimonies from survivors",
# "witness accounts suggested", "initial reports suggest"): the claimant passes on what
# unnamed people said, as an agency quoting survivors does. The people: plurals of people the
# page does not name (not officials, who speak for an office), or those on board.
_GROUP = (
    r"(?:survivors|witnesses|eyewitnesses|passengers|people|migrants|refugees|residents"
    r"|locals|villagers|relatives|families|sources|crew\s+members"
    r"|those\s+(?:who\s+were\s+)?(?:on\s+board|aboard|rescued))\b(?!['’]s\b)"
)
# the people, with a few words before them ("the rescued people", "Syrian survivors")
_PEOPLE = rf"(?:(?:the|some|several|many|other|fellow|their|its)\s+)?(?:[\w-]+\s+){{0,2}}?{_GROUP}"
# what such people gave: their testimony, accounts, statements ("the first testimonies of
# the rescued people", "survivors' accounts", "witness accounts")
_TOLD = r"(?:testimon(?:y|ies)|accounts?|statements?|interviews?|descriptions?|estimates?)"
_TELLERS = (
    r"(?:survivors?|witness(?:es)?|eyewitness(?:es)?|passengers?|relatives?|famil(?:y|ies))['’]?"
)
# a document that names no author ("initial reports", "first information")
_NO_AUTHOR_DOC = (
    r"(?:initial|first|early|earlier|preliminary|unconfirmed|media|local|unofficial)\s+"
    r"(?:reports|information)\b"
)
# after "according to", "citing", "based on" ...: the people, their testimony, or a document
# naming no author (tried only where such a lead stands: a regular expression free to start
# anywhere tried its optional words at every word of every quote, 100 us a quote)
_AFTER_LEAD = re.compile(
    r"\s+(?:(?:the|their|some|several|initial|first|early|preliminary)\s+){0,2}"
    rf"(?:{_PEOPLE}|{_TOLD}\s+(?:(?:given\s+|received\s+)?(?:of|from|by))\s+{_PEOPLE}"
    rf"|{_TELLERS}\s+{_TOLD}\b|{_NO_AUTHOR_DOC})",
    re.IGNORECASE,
)
_LEADS = (
    "according to", "citing", "cited", "based on", "on the basis of", "relying on",
    "learned from", "learnt from", "heard from", "gathered from",
)  # fmt: skip
# the people and a verb of saying ("survivors said", "witnesses told AFP", "which survivors
# gave"), not what is said of them ("said to be", "told to leave", "reported missing"); or
# their testimony, or a document naming no author, and a verb ("witness accounts suggested",
# "initial reports suggest")
_SAID = re.compile(
    rf"\b(?:{_GROUP}\s+(?:(?:have|had|has)\s+)?"
    r"(?:(?:said|told|claimed|reported|described)\b"
    r"(?!\s+(?:to|missing|dead|killed|injured|wounded|lost|safe|as|by)\b)"
    r"|(?:say|says|tell|recounted|gave|testified|explained|insisted)\b)"
    rf"|(?:{_TELLERS}\s+{_TOLD}|{_NO_AUTHOR_DOC})\s+"
    r"(?:suggest|indicat|sa(?:y|id)|put|show|estimat)\w*)",
    re.IGNORECASE,
)
# A quote's words, lower case, without the marks around them ("said." "people,"): what the
# searches above are tried on only where these words allow a match (a regular expression free
# to start anywhere cost 90,000 instructions a quote, a sixth of an import's line; each
# ``str.find`` of a quote nearly 2,000: the words are split once, and looked up in sets)
_LEAD_FIRST = {
    "according": "according to", "citing": "citing", "cited": "cited", "based": "based on",
    "basis": "on the basis of", "relying": "relying on", "learned": "learned from",
    "learnt": "learnt from", "heard": "heard from", "gathered": "gathered from",
}  # fmt: skip
# the verbs of saying after the people ("survivors said"), and of a testimony or a document
# ("witness accounts suggested", "initial reports suggest"), as ``_SAID`` reads them
_SAYING = frozenset(
    ("said", "told", "say", "says", "tell", "tells", "gave", "recounted", "described",
     "claimed", "reported", "testified", "explained", "insisted")
)  # fmt: skip
_SUGGESTING = frozenset(
    ("suggest", "suggests", "suggested", "indicate", "indicates", "indicated", "show",
     "shows", "showed", "put", "puts", "estimate", "estimates", "estimated", "say", "says",
     "said")
)  # fmt: skip
_WHO_WORDS = frozenset(
    ("survivors", "witnesses", "eyewitnesses", "passengers", "people", "migrants", "refugees",
     "residents", "locals", "villagers", "relatives", "families", "sources", "members",
     "board", "aboard", "rescued")
)  # fmt: skip
_TOLD_WORDS = frozenset(
    ("testimony", "testimonies", "account", "accounts", "statement", "statements", "interview",
     "interviews", "description", "descriptions", "estimate", "estimates", "reports",
     "information")
)  # fmt: skip
_TELLER_WORDS = frozenset(
    ("survivor", "survivors", "witness", "witnesses", "eyewitness", "eyewitnesses",
     "passenger", "passengers", "relative", "relatives", "family", "families", "initial",
     "first", "early", "earlier", "preliminary", "unconfirmed", "media", "local", "unofficial")
)  # fmt: skip
_HAVE = frozenset(("have", "had", "has"))
_LEAD_KEYS = frozenset(_LEAD_FIRST)
# the words one of which a quote must hold, as split at its spaces, for anything more to be
# done: a lead, one of the people, a teller of a testimony; not the words of most quotes
# ("people", "first", "local": "people said" alone is not read, "according to the people"
# is, by its lead)
_OPENERS = frozenset(
    w + end
    for w in (*_LEAD_FIRST, *_WHO_WORDS, *_TELLER_WORDS)
    if w not in ("people", "first", "early", "earlier", "local")
    for end in ("", ",", ".", "'", "’")
)
# the verbs as a quote split at its spaces gives them ("said," "told."), a mark after them
_SAYING_FORMS = frozenset(v + end for v in _SAYING for end in ("", ",", "."))
_SUGGESTING_FORMS = frozenset(v + end for v in _SUGGESTING for end in ("", ",", "."))
# the people and their testimony, as split ("survivors," "accounts")
_SAYERS = frozenset(w + end for w in _WHO_WORDS | _TOLD_WORDS for end in ("", ","))


def _first_lead(leads: Collection[str], low: str, quote: str) -> tuple[int, int] | None:
    """The earliest "according to", "citing" ... (of ``leads``, the first words of
    ``_LEAD_FIRST`` the quote holds) followed by the people, their testimony or a document
    naming no author (``_AFTER_LEAD``), as (start, end); None if there is none."""
    found: tuple[int, int] | None = None
    for first in leads:
        lead = _LEAD_FIRST[first]
        at = low.find(lead)
        while at != -1 and (found is None or at < found[0]):
            if at == 0 or not low[at - 1].isalnum():
                m = _AFTER_LEAD.match(quote, at + len(lead))
                if m is not None:
                    found = (at, m.end())
                    break
            at = low.find(lead, at + 1)
    return found


def _said_here(words: list[str]) -> bool:
    """Whether the quote's words (lower case, split at spaces) set one of the people before a
    verb of saying (or before "have", "had", "has" and one: "survivors have said"), or a
    teller's testimony or a document naming no author before a verb ("witness accounts
    suggested"): where ``_SAID`` may match. Each word looked up where it stands
    (``list.index``): most quotes that hold such a word do not say it so ("families were
    taken", "a statement said")."""
    n = len(words)
    for w in _SAYERS.intersection(words):
        told = w.rstrip(",.") in _TOLD_WORDS
        i = words.index(w)
        while True:
            j = i + 1
            if j < n and words[j] in _HAVE:
                j += 1
            if j < n and (
                (not told and words[j] in _SAYING_FORMS)
                or (
                    told
                    and words[j] in _SUGGESTING_FORMS
                    and i > 0
                    and words[i - 1].rstrip("'’") in _TELLER_WORDS
                )
            ):
                return True
            try:
                i = words.index(w, i + 1)
            except ValueError:
                break
    return False


def unnamed_words(quote: str) -> str | None:
    """The words of a quote that give what it says to people it does not name ("According
    to the people", "Citing initial testimonies from survivors", "Witness accounts
    suggested", "survivors said"), None when it gives it to no one, or to a named body
    ("according to the coast guard"). The claimant passes on what those people said: it adds
    no origin of its own beside a named claimant (docs/conflicts.md, rule 12, evidence15)."""
    low = quote.lower()
    if len(low) != len(quote):  # a letter whose lower case is longer: offsets would not hold
        low = quote
    # its words, split once: nothing more is done unless one of them may open such words
    # (most quotes), and each search only where its words stand
    words = low.split()
    if _OPENERS.isdisjoint(words):
        return None
    found = None
    if not _LEAD_KEYS.isdisjoint(words):
        found = _first_lead(_LEAD_KEYS.intersection(words), low, quote)
    if _said_here(words):
        m = _SAID.search(quote)
        if m is not None and (found is None or m.start() < found[0]):
            found = (m.start(), m.end())
    if found is None:
        return None
    return " ".join(quote[found[0] : found[1]].split())


# -- a count over a span of time (time32; stored and read by the engine since time34) ----------

# A span of time a count is said over: "between January and March", "from 1 to 15 March", "in
# the first week", "over the past 24 hours", "in the week to 5 March", "so far this year",
# "300 deaths in March". A count of a span is no toll as of a day: on a running count's measure
# it would stand as the toll and read as a fall, or a dispute, against the toll of a later day.
_SPAN_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_SPAN_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# a point of a span: a day of a month, a month, a weekday or a year ("1 March", "March 28",
# "January 2020", "Monday", "2019"); a bare number ("between 10 and 50") is a range, no span
_SPAN_POINT = (
    rf"(?:(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_SPAN_MONTH}"
    rf"|{_SPAN_MONTH}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?|{_SPAN_DAY}|\d{{4}})(?:,?\s+\d{{4}})?"
)
# the first point of "from 1 to 15 March": a day whose month the second point gives
_SPAN_FIRST = rf"(?:{_SPAN_POINT}|(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?)"
_SPAN_COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_SPAN_UNIT = r"(?:hours?|days?|weeks?|fortnight|months?|years?)"
# a week of the epidemiologists' calendar ("during epidemiological week 11", "in SE 11")
_SPAN_EPI = r"(?:epidemiological|epidemiologic|epi|reporting|surveillance)"
# a calendar span running to now ("so far this year", "this month", "since the start of the
# year", "year to date"): its count starts at the calendar's mark, not at the event's start
_SPAN_CALENDAR = (
    r"\b(?:so\s+far\s+)?this\s+(?:year|month|week)\b(?!['’]s)"
    r"|\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?(?:year|month|week|\d{4})\b"
    r"|\b(?:year|month)[\s-]to[\s-]date\b"
)
_CALENDAR = re.compile(_SPAN_CALENDAR, re.IGNORECASE)
_SPAN = re.compile(
    rf"\bbetween\s+{_SPAN_FIRST}\s+and\s+{_SPAN_POINT}\b"
    rf"|\bfrom\s+{_SPAN_FIRST}\s+(?:to|until|till|through)\s+{_SPAN_POINT}\b"
    rf"|\b(?:in|during|over|within|for)\s+the\s+(?:first|past|last|previous|opening|final)"
    rf"\s+(?:{_SPAN_COUNT}\s+)?(?:{_SPAN_EPI}\s+)?{_SPAN_UNIT}\b"
    rf"|\b(?:in|during|for)\s+(?:the\s+)?(?:{_SPAN_EPI}\s+)?(?:week|se|ew|wk)\s*\d{{1,2}}\b"
    r"|\bin\s+the\s+(?:week|fortnight|month|quarter)\s+(?:to|ending|ended|through)\b"
    rf"|\bduring\s+{_SPAN_MONTH}(?:\s+\d{{4}})?\b"
    rf"|{_SPAN_CALENDAR}",
    re.IGNORECASE,
)
# after the figure only: "300 deaths in March" is March's count ("as of March", "by March" are
# counts of a day; "In March, the ministry said ..." dates the statement, not the count)
_SPAN_AFTER = re.compile(rf"\bin\s+{_SPAN_MONTH}(?:\s+\d{{4}})?\b(?!\s+\d)", re.IGNORECASE)
# a noun with its article just before "in March" after a figure: the month of that event ("four
# soldiers killed during the clash in June"), not a span the figure counts
_EVENT_BEFORE = re.compile(
    r"\b(?:the|a|an|this|that|its|their|his|her)\s+[\w-]+\s*$", re.IGNORECASE
)
# right after a figure, a word of an increment ("35 new deaths", "1,000 additional cases"; not
# "more", which compares as often: "1,052 more people than usual"): the count since the last
# report, whatever the clause says of a total beside it
_NEW_AFTER = re.compile(r"\s+(?:new|additional|further|fresh)\b", re.IGNORECASE)
# an increment and "and" just before a figure: the figure shares its word ("1,372 new suspected
# cases and 206 confirmed cases were reported")
_NEW_SHARED = re.compile(
    r"\d[\d,.]*\s+(?:new|additional|further|fresh)\s+(?:[\w-]+\s+){1,4}and\s+$", re.IGNORECASE
)
# words of a clause that give a count so far, whatever span is named beside it ("the toll
# rose to 300 in the first week", "300 have died since January"): a toll, not a span's count
_SO_FAR_WORDS = re.compile(
    rf"\b(?:so\s+far|to\s+date|since|(?:{_cw.alternation('so_far')})"
    r"\s+to|reach(?:ed|es|ing)|st(?:ood|ands)\s+at|bring(?:s|ing)?|brought|tak(?:es|ing)\s+the"
    r"|push(?:es|ed|ing)\s+the|cumulative|in\s+all|remain(?:s|ed|ing)?|still)\b",
    re.IGNORECASE,
)
# a word every span ``_SPAN`` or ``_SPAN_AFTER`` reads holds (lower case): the cheap filter
_SPAN_WORDS = ("between", "from", "first", "past", "last", "previous", "opening", "final",
               "week", "this year", "this month", "since the", "to-date", "to date", "during",
               " new", " additional", " further", " fresh")  # fmt: skip
# a week of the epidemiologists' calendar by its letters ("SE 11", "EW 32"): the cheap filter's
_EPI_WEEK = re.compile(r"\b(?:se|ew|wk)\s*\d", re.IGNORECASE)
# words of saying between a figure and "in March" after it: the statement's month, not the
# count's ("300 had died, the ministry said in March")
_SAID_BETWEEN = re.compile(
    r"\b(?:said|says|say|told|tells|reported|reports|announced|announces|stated|states|added"
    r"|wrote|according|confirmed|confirms)\b",
    re.IGNORECASE,
)
_CLAUSE_CUT = re.compile(r"[.;:!?]\s|[.;:!?]$|\n")


def may_name_span(quote: str) -> bool:
    """Whether ``quote`` may give a figure over a span (``span_words``): False only where it
    holds no word of one (most quotes)."""
    low = quote.lower()
    if any(w in low for w in _SPAN_WORDS):
        return True
    if "in " in low and _SPAN_AFTER.search(low) is not None:
        return True
    return any(c.isdigit() for c in low) and _EPI_WEEK.search(low) is not None


def is_increment(said: str) -> bool:
    """Whether a stored ``over_span`` is an increment's words ("35 new", "1,372 new suspected
    cases and 206"), not a span's."""
    return _NEW_AFTER.search(said) is not None


def _month_stem(word: str) -> str:
    """A month's name cut to its first three letters ("january", "jan" -> "jan"), any other
    word as it is: "deaths-jan-to-mar" names "between January and March"."""
    return word[:3] if _MONTH_WORD.fullmatch(word) else word


def span_at_home(said: str, measure: str) -> bool:
    """Whether the span ``said`` is the one a measure's name gives its figures
    ("deaths-january-to-march" for "between January and March", "deaths-past-24-hours" for "in
    the past 24 hours", "weekly-cases" for "in the past week", "deaths-2024" for "since the
    beginning of the year" or "so far this year"): a count over that span is at home there and
    compared with the others. A name with another span or none ("deaths", "deaths-2024" for
    "in the past week") is no home for it."""
    from claimtrack.measure_words import PERIOD_WORDS, measure_period

    words = {_month_stem(w) for w in measure.lower().replace("_", "-").split("-")}
    low = said.lower()
    kept = [_month_stem(w) for w in span_slug(said).split("-") if w and w != "to"]
    if kept and words.issuperset(kept):
        return True
    if _NEW_AFTER.search(said) is not None:  # an increment, on a measure of increments
        return not words.isdisjoint(("new", "additional", "further", "fresh"))
    period = measure_period(measure)
    if period is not None:
        units = {PERIOD_WORDS.get(u.rstrip("s"), "") for u in _UNIT_WORD.findall(low)}
        if "hour" in low:
            units.add("day")
        if period in units:
            return True
    years = {w for w in words if len(w) == 4 and w.isdigit()}
    if years or "ytd" in words:  # a calendar year's count: "so far this year", "of 2024"
        said_years = set(re.findall(r"\b\d{4}\b", low))
        if said_years & years or (not said_years and "year" in low):
            return True
        if _FROM_JANUARY.match(low):  # "between January 1 and September 8": the year so far
            return True
    return False


_MONTH_WORD = re.compile(_SPAN_MONTH)
_FROM_JANUARY = re.compile(
    r"(?:between|from)\s+(?:the\s+)?(?:1(?:st)?\s+(?:of\s+)?)?jan(?:uary)?\b\.?(?!\s+(?:[2-9]|[12]\d|3[01])\b)"
)
_UNIT_WORD = re.compile(r"\b(?:days?|weeks?|fortnight|months?|quarters?|years?)\b")


def whole_places(text: str, quote: str) -> list[tuple[int, int]]:
    """Where ``text`` stands in the quote (case and spacing folded), not inside a longer word
    or number."""
    low, needle = quote.lower(), text.lower()
    if " " not in text or needle in low:  # (the common case: str.find, no pattern to build)
        out = []
        at = low.find(needle)
        while at >= 0:
            end = at + len(needle)
            left = low[at - 1 : at]
            right = low[end : end + 2]
            if not (left and (left.isalnum() or left in ".,_")) and not (
                right[:1].isalnum()
                or right[:1] == "_"
                or (right[:1] in (".", ",") and right[1:2].isdecimal())  # "[.,]\d" (Nd)
            ):
                out.append((at, end))
            at = low.find(needle, at + 1)
        return out
    pattern = r"\s+".join(re.escape(w) for w in text.split())
    if not pattern:
        return []
    return [
        (m.start(), m.end())
        for m in re.finditer(rf"(?<![\w.,]){pattern}(?![\w]|[.,]\d)", quote, re.IGNORECASE)
    ]


def _span_in_clause(quote: str, start: int, end: int) -> str | None:
    """The span the clause of the figure at ``start``-``end`` gives it over, or None: none, the
    figure is in the span's words ("between 10 and 50 May"), or the clause says a count so far
    ("rose to", "since January", "still") outside the span's own words, unless the span is a
    calendar's ("so far this year": the year's count so far is no toll of an event begun
    before it). With no such span but a calendar's, the words of an increment ("35 new",
    "1,372 new suspected cases and 206"), whatever total stands beside it."""
    cuts = list(_CLAUSE_CUT.finditer(quote, 0, start))
    begin = cuts[-1].end() if cuts else 0
    after = _CLAUSE_CUT.search(quote, end)
    stop = after.start() if after else len(quote)
    span = _clause_span(quote, begin, start, end, stop)
    new = _NEW_AFTER.match(quote, end)
    if new is not None and (span is None or _CALENDAR.fullmatch(span)):
        # an increment ("35 new"): a calendar's span beside it is its total's ("35 new deaths,
        # pushing the total to 610 since the beginning of 2024")
        return quote[start : new.end()]
    if span is not None:
        return span
    shared = _NEW_SHARED.search(quote, max(begin, start - 80), start)
    comma = quote.find(",", end, stop)
    if shared is not None and not _SO_FAR_WORDS.search(quote, end, stop if comma < 0 else comma):
        return quote[shared.start() : end]  # "1,372 new suspected cases and 206 confirmed"
    return None


def _clause_span(quote: str, begin: int, start: int, end: int, stop: int) -> str | None:
    """``_span_in_clause``'s span of time, the clause running from ``begin`` to ``stop``."""
    span = _SPAN.search(quote, begin, stop)
    while span is not None and span.start() < end and start < span.end():
        span = _SPAN.search(quote, span.end(), stop)  # the figure is in these words
    if span is None:
        span = _SPAN_AFTER.search(quote, end, stop)
        if span is not None and (
            _SAID_BETWEEN.search(quote, end, span.start())
            or _EVENT_BEFORE.search(quote, end, span.start())
        ):
            return None  # the month the statement was made in, or an event's
    if span is None:
        return None
    if _CALENDAR.fullmatch(span.group(0)):
        return span.group(0)  # a calendar's count so far is still over its span
    for so_far in _SO_FAR_WORDS.finditer(quote, begin, stop):
        if not (span.start() <= so_far.start() and so_far.end() <= span.end()):
            return None  # a count so far ("rose to 300 in the first week")
    return span.group(0)


def span_words(value: str | None, quote: str | None) -> str | None:
    """The words of a span of time its quote gives a figure over ("Between January and
    March", "in the past 24 hours", "so far this year", "in March" after it), wherever the
    figure stands whole there with no word of a count so far in its clause; None when it
    stands somewhere with none, is not found, or the quote names no span."""
    if not value or not quote or not may_name_span(quote):
        return None
    said = None
    for start, end in whole_places(value, quote):
        span = _span_in_clause(quote, start, end)
        if span is None:
            return None  # somewhere it stands with no span, or as a count so far
        said = said or span
    return said


def span_mark(
    value: str | None, quote: str | None, measure: str | None, change: str | None
) -> str | None:
    """A figure's stored ``over_span`` (time34): the words of the span its quote gives it over
    (``span_words``), on a measure whose name gives no such span (``span_at_home``); None for a
    change (over a span by nature) and for most figures. The engine sets such a figure against
    no count of a day on a measure read at its time (docs/conflicts.md, "A count over a span of
    time")."""
    if change is not None or not measure or not value or not quote or not may_name_span(quote):
        return None
    said = span_words(value, quote)
    if said is None or span_at_home(said, measure):
        return None
    return said


_NOT_SLUG = frozenset(
    ("in", "the", "of", "during", "over", "within", "for", "from", "between", "so", "far", "since")
)


def span_slug(words: str) -> str:
    """A measure name's tail for a span ("between January and March" -> "january-to-march",
    "in the past 24 hours" -> "past-24-hours")."""
    kept = [w for w in re.findall(r"[a-z0-9]+", words.lower()) if w not in _NOT_SLUG]
    return "-".join("to" if w in ("and", "until", "till", "through") else w for w in kept)
