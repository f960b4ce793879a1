"""What a figure claim's own quote says that changes how its figure reads, read once, when the
claim is written (``records.claim_row``; migration m019 for claims stored before): pure, ``re``
only, cheap to import.

* ``revised_from``: the words saying the count was changed from the claim's figure ("revised
  the death toll downward from 248" for "248"): an earlier figure, superseded in the very
  statement that gives it.
* ``plan_words``: the words of a plan's stage ("proposed", "initially", "down from",
  "agreed") in the quote of an amount of money: an amount that may have changed between
  statements, as a budget proposed and then agreed.

The store keeps them beside the row (columns ``revised_from`` and ``plan_words``, NULL for
most claims) and hands them to the engine with a subject's facts (``ActiveFacts.marks``);
every output says them from the engine's fields (``FigureConflict.revised``,
``FigureConflict.stages``), none reads a quote again (docs/exports.md, "Every caveat in
every output").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from claimtrack.fields import WORD_SEPARATOR

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


def revised_words(value: str, quote: str) -> str | None:
    """The words of a figure claim's quote saying that the count was changed from its figure
    ``value`` ("revised the death toll downward from 248" for "248", "ranging from 500 to 833
    before eventually settling on 471" for "833"); None if the quote says no such thing."""
    if not value:
        return None
    low = quote.lower()
    if "from" not in low and "before" not in low:
        return None
    folded = value.lower()
    if len(low) != len(quote) or len(folded) != len(value):
        return _revised_words_slowly(value, quote)  # a letter whose lower case is longer
    if folded not in low:
        return None
    words = _from_figure(quote, low, folded)
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
    return quote[later.start() : later.end()] if later else None


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
) -> tuple[str | None, str | None]:
    """A figure claim's stored marks, (``revised_from``, ``plan_words`` joined by
    ``WORD_SEPARATOR``), each None when its quote says nothing of the kind. The words of a
    plan's stage are read for an amount of money alone (``dimension`` "currency:..."), the
    only figures whose disputes the engine reads them for: a stored figure's dimension changes
    only with its value and unit, when every writer reads its marks again."""
    quote = quote or ""
    words = plan_words(quote) if dimension and dimension[:9] == "currency:" else ()
    return (
        revised_words(value or "", quote),
        WORD_SEPARATOR.join(words) if words else None,
    )


def revised_from(record: Mapping[str, Any]) -> str | None:
    """``revised_words`` of a record (None for a stance)."""
    if record.get("kind") != "figure":
        return None
    return revised_words(str(record.get("value") or ""), str(record.get("quote") or ""))
