"""Titles and roles of news copy: the words one office goes by ("the MP" is the person named
"a lawmaker", "the chairwoman" the one named "chair"), and whether a speaker is a bare title
("MP", "the spokeswoman"), which is never a name.

Pure tables of general English, not any article's names. ``naming`` asks :func:`same_role`
when it resolves "the MP said" to the person the article names with that office;
``calibration`` asks :func:`bare_title` to mark a title proposed as a speaker a guess.
"""

from __future__ import annotations

import re

from claimtrack.extract.lexicon import _DETERMINER, _ROLE

# the words one office goes by; a role word of no family matches only itself
_FAMILIES: tuple[frozenset[str], ...] = tuple(
    frozenset(f.split())
    for f in (
        "spokesman spokeswoman spokesperson",
        "mp lawmaker legislator parliamentarian congressman congresswoman assemblyman "
        "assemblywoman",
        "chair chairman chairwoman chairperson",
        "ceo executive",  # "chief executive", "the CEO"
        "lawyer attorney solicitor barrister counsel",
        "doctor physician",
        "councillor councilor alderman",
        "prosecutor",
        "coroner",
        "sheriff",
    )
)


# every word of an office family, for the role patterns that find titles in the text
FAMILY_WORDS = "|".join(sorted({w for family in _FAMILIES for w in family}, key=lambda w: -len(w)))


def same_role(head: str) -> frozenset[str]:
    """The words that name the office ``head`` names ("mp" -> mp, lawmaker, legislator ...);
    the word alone when it is of no family."""
    low = head.lower()
    for family in _FAMILIES:
        if low in family:
            return family
    return frozenset({low})


# a title with up to two words before it and nothing else: "MP", "the spokeswoman", "senior
# official", "Finance Minister"
_BARE = re.compile(rf"(?:[A-Za-z-]+\s+){{0,2}}(?i:{_ROLE}|sheriff|coroner|commissioner)")


def bare_title(speaker: str) -> bool:
    """The speaker is one person's title or role with at most two modifiers and no name: "MP",
    "the spokeswoman", "senior official", "Finance Minister"; not "Ann Kerr", "Minister Ann
    Kerr", nor a group ("Drivers", "Military officials")."""
    bare = _DETERMINER.sub("", speaker.strip())
    if not _BARE.fullmatch(bare):
        return False
    words = bare.split()
    if re.search(r"[^s]s$", words[-1]):
        return False  # "Drivers", "Military officials": a group, not one person's title
    return all(w.islower() or w.lower() in _KNOWN_MODIFIERS for w in words[:-1])


# capitalised words that modify a title ("Finance Minister", "Police Chief"): offices and
# fields, never names
_KNOWN_MODIFIERS = frozenset(
    [
        "finance",
        "foreign",
        "interior",
        "defence",
        "defense",
        "health",
        "education",
        "justice",
        "transport",
        "trade",
        "home",
        "prime",
        "deputy",
        "vice",
        "chief",
        "senior",
        "police",
        "fire",
        "army",
        "military",
        "state",
        "federal",
        "county",
        "city",
        "district",
        "regional",
        "provincial",
        "national",
        "junior",
        "assistant",
        "acting",
        "interim",
        "former",
        "union",
        "party",
        "opposition",
        "government",
        "council",
        "ministry",
        "rebel",
    ]
)

# the fields of an office ("Finance minister", "Trade secretary", "Health spokesman"): words
# that say what a minister is for, never whom they work for; a title of them alone, written
# before the name with a comma ("Trade minister, Jane Doe, said"), names no organization (the
# claimant is the minister, as for "Trade Minister Jane Doe"); not "labour", a party's name too
# ("Labour MP X": Labour)
PORTFOLIOS = frozenset(
    (  # noqa: SIM905 (a table of words, read as prose)
        "finance foreign interior defence defense health education justice transport trade "
        "home prime deputy vice senior junior assistant acting interim former tourism energy "
        "environment agriculture economy economic culture sports information communications "
        "housing industry commerce fisheries mines mining water works planning immigration "
        "welfare women youth science technology"
    ).split()
)


def portfolio_only(words: str) -> bool:
    """Whether the capitalised words before a title are fields of an office alone ("Finance",
    "Deputy Trade"): no body."""
    parts = words.replace("-", " ").split()
    return bool(parts) and all(w.lower() in PORTFOLIOS for w in parts)
