"""The article's fuller names: acronyms spelled out, a title and surname named in full before,
a role resolved to the person the article names with it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimtrack.extract import mentions, roles
from claimtrack.extract.coreference import _corefer
from claimtrack.extract.cues import Earlier, Sentence
from claimtrack.extract.lexicon import (
    _BODY_WORDS,
    _DETERMINER,
    _TITLE,
    GLUED_ARTICLE,
    NAME_PARTICLE,
)
from claimtrack.extract.lexicon import _ROLE as _SPEAKER_ROLE
from claimtrack.extract.phrases import (
    _a_clause,
    _looks_like_body,
    _plausible_name,
)
from claimtrack.extract.roles import same_role

# the roles a person is named with, and the offices a title names beside them ("Butte County
# Sheriff Kory Honea", "Ann Kerr, the coroner,": "the sheriff", "the coroner" later)
_ROLE = (
    rf"{_SPEAKER_ROLE}|sheriff|coroner|commissioner|inspector|superintendent|chancellor|"
    r"premier|bishop|archbishop|pastor|imam|rabbi|principal|dean|rector|treasurer|auditor|"
    r"ombudsman|registrar|detective|constable|general|colonel|captain|lieutenant|sergeant|"
    r"admiral|brigadier|" + roles.FAMILY_WORDS
)

# a rank or an office abbreviated before a name, and the word "the general", "the colonel"
# later calls its holder: "Gen. Mark Hale ... The general said" (extract37)
_NAME_WORD = rf"(?:{GLUED_ARTICLE})?[A-Z][\w'’-]+"  # "Kerr", "al-Masri"
_ABBREVIATED = {
    "gen": "general", "col": "colonel", "capt": "captain", "lt": "lieutenant",
    "sgt": "sergeant", "adm": "admiral", "brig": "brigadier", "gov": "governor",
    "sen": "senator", "supt": "superintendent", "insp": "inspector", "det": "detective",
    "cmdr": "commander", "cdr": "commander",
}  # fmt: skip
_RANKED = re.compile(
    r"\b(" + "|".join(k.capitalize() for k in _ABBREVIATED) + r")\.?[^\S\n]+"
    rf"({_NAME_WORD}(?:[^\S\n]+(?:{NAME_PARTICLE}[^\S\n]+)*{_NAME_WORD}){{1,4}})\b"
)

_SPACE = r"[^\S\n]+"  # spaces within a line: a name never runs over a paragraph break

_PERSON_NAME = (
    rf"(?:{_TITLE}{_SPACE})?{_NAME_WORD}"
    rf"(?:{_SPACE}(?:{NAME_PARTICLE}{_SPACE})*{_NAME_WORD}){{1,5}}"
)

# "Finance Minister Ann Kerr", "The Minister of Finances Ann Kerr", "head of the board Ann Kerr"
_TITLED = re.compile(
    rf"((?:[A-Z][a-z]+\s+){{0,3}}(?i:{_ROLE})(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]+"
    rf"(?:\s+[A-Z][\w-]+)*?)?)\s+({_PERSON_NAME})\b"
)

# "Ann Kerr, the finance minister," / "Ann Kerr, chairman of the authority"
_NAME_THEN_ROLE = re.compile(
    rf"({_PERSON_NAME}),\s+((?:the\s+|a\s+|an\s+)?[^,.;]{{0,50}}?\b(?i:{_ROLE})\b[^,.;]{{0,60}})"
)

# "the National Electoral Commission (NEC)"
_SPELLED = re.compile(
    r"((?:[A-Z][\w'’&-]*\s+(?:(?:of|for|and|the|on|de)\s+)*){1,7})\(([A-Z&]{2,8})\)"
)


@dataclass
class NameIndex:
    """The article's names, to resolve a speaker given as a role, a title and a surname or an
    acronym: "the Finance Minister" -> the named finance minister, "Mr Kerr" -> "Ann Kerr",
    "NEC" -> "National Electoral Commission"."""

    acronyms: dict[str, str]
    titled: list[tuple[int, str, str]]  # (offset, role words, name)
    people: list[tuple[int, str]]  # (offset, full name of two words or more, no title)


# an office or a rank written before a surname as a title: "Sheriff Honea", "Mayor Kerr",
# "Captain Reed" (capitalised, one word or two)
_OFFICE = (
    r"(?:(?:Police\s+|Fire\s+|Deputy\s+|Prime\s+|Vice\s+)?(?:Sheriff|Mayor|Governor|Minister|"
    r"President|Senator|Judge|Justice|Chief|Commissioner|Inspector|Superintendent|Coroner|"
    r"Chancellor|Premier|Councillor|Councilor|Ambassador|Secretary|Director|Chairman|Chairwoman|"
    r"Chair|Professor|Representative|Speaker|General|Colonel|Major|Captain|Lieutenant|Sergeant|"
    r"Admiral|Commander|Bishop|Archbishop|Father|Rabbi|Imam|Pastor|Detective|Constable|"
    r"Officer|Agent|Trooper))"
)
_RANK = r"(?:Lt|Maj|Gen|Col|Capt|Brig|Sgt|Cmdr|Det|Insp|Supt)\.?"
# the offices left out of a person's name ("Butte County Sheriff Kory Honea": Kory Honea); a
# military rank stays with it ("Captain Ann Kerr")
_CIVIL_OFFICE = r"Sheriff|Coroner|Commissioner|Superintendent|Chancellor|Premier|Ombudsman"

_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_BODY_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:of\s+|for\s+|and\s+|the\s+)*[A-Z][a-z]+){1,6}")


def _initials_spelled(reading: str, acronyms: dict[str, str]) -> None:
    """An acronym the article uses without spelling it out in brackets, when exactly one
    name it gives has those initials: "NEC" after "the National Electoral Commission"."""
    wanted = {a for a in _ACRONYM.findall(reading) if a not in acronyms}
    if not wanted:
        return
    by_initials: dict[str, set[str]] = {}
    for m in _BODY_NAME.finditer(reading):
        name = re.sub(r"^The\s+", "", m.group())  # "The National Electoral Commission"
        words = [w for w in name.split() if w not in ("of", "for", "and", "the")]
        by_initials.setdefault("".join(w[0] for w in words), set()).add(name)
    for acr in wanted:
        names = by_initials.get(acr, set())
        if len(names) == 1 and len(acr) >= 3:
            acronyms[acr] = names.pop()


# a verb of saying written in a headline's title case before who said it: "..., Says Ofsted"
_TITLE_CASE_VERBS = frozenset(("Says", "Said", "Tells", "Warns", "Claims", "Admits", "Insists"))


def name_index(reading: str, headings: tuple[tuple[int, int], ...] = ()) -> NameIndex:
    """The page's names (``NameIndex``); a role given with a name only inside a heading
    (``headings``: the spans of headlines, decks and bylines) is left out of ``titled``, so
    "the general said" in the body is never a general named only in the headline
    (extract37); the body naming them too keeps them."""
    acronyms: dict[str, str] = {}
    for m in _SPELLED.finditer(reading):
        words = m.group(1).split()
        while words and words[0].lower() in ("the", "a", "an"):
            words.pop(0)
        caps = [w for w in words if w[:1].isupper()]
        initials = "".join(w[0] for w in caps)
        acr = m.group(2).replace("&", "")
        if acr and len(caps) >= 2 and initials.upper().endswith(acr.upper()):
            acronyms.setdefault(m.group(2), " ".join(_tail_words(words, len(acr))))
    _initials_spelled(reading, acronyms)
    for abbr, name in mentions.abbreviations(reading).items():  # "AL" used as "Awami League"
        acronyms.setdefault(abbr, name)
    titled = [(m.start(2), m.group(1), _strip_title(m.group(2))) for m in _TITLED.finditer(reading)]
    titled += [
        (m.start(1), m.group(2), _strip_title(m.group(1)))
        for m in _NAME_THEN_ROLE.finditer(reading)
    ]
    titled += [
        (m.start(2), _ABBREVIATED[m.group(1).lower()], m.group(2))
        for m in _RANKED.finditer(reading)
    ]
    # "Minister Ann  Kerr": a name's words once spaced, as the article reads them
    titled = sorted(
        (at, role, " ".join(n.split()))
        for at, role, n in titled
        if _plausible_name(n) and not any(a <= at < b for a, b in headings)
    )
    people = []
    for m in re.finditer(_PERSON_NAME, reading):
        words = _strip_title(m.group()).split()
        roles = [
            i
            for i, w in enumerate(words)
            if re.fullmatch(rf"(?i:{_ROLE})", w) or re.fullmatch(_CIVIL_OFFICE, w)
        ]
        if roles:  # "Transport Minister Ann Kerr": the words after the role
            words = words[roles[-1] + 1 :]
        if words and words[0] in _TITLE_CASE_VERBS:  # a headline's "..., Says Ofsted"
            words = words[1:]
        if _plausible_name(" ".join(words)):
            people.append((m.start(), " ".join(words)))
    return NameIndex(acronyms, titled, [(i, n) for i, n in people if len(n.split()) >= 2])


def _same_person(a: str, b: str) -> bool:
    """Two names the page gives one person: the same, or one the other's surname-end ("Kerr",
    "Ann Kerr")."""
    return a == b or a.endswith(" " + b) or b.endswith(" " + a)


def _tail_words(words: list[str], capitals: int) -> list[str]:
    """The last words holding ``capitals`` capitalised words ("of" and "the" between kept)."""
    out: list[str] = []
    for w in reversed(words):
        if capitals == 0:
            break
        out.insert(0, w)
        capitals -= w[:1].isupper()
    return out


def _strip_title(name: str) -> str:
    return re.sub(rf"^{_TITLE}\s+", "", name.strip())


def _indefinite(reading: str, s: Sentence) -> bool:
    """ "a senior official said": a new person, who refers back to nobody."""
    at = reading.find(s.phrase or s.speaker or "", s.span.start, s.span.end)
    return at > 0 and bool(
        re.search(r"\b(?:a|an|one|another)\s+$", reading[max(0, at - 9) : at], re.I)
    )


def _resolve_names(s: Sentence, index: NameIndex, earlier: Earlier, reading: str) -> None:
    """The fuller name the article gives for the sentence's speaker (and claimant)."""
    if not s.speaker:
        return
    role_only = re.fullmatch(rf"(?:[A-Za-z-]+\s+){{0,2}}(?i:{_ROLE})", s.speaker)
    if role_only and _indefinite(reading, s):
        return
    if re.fullmatch(rf"(?:[a-z-]+\s+){{0,2}}(?:{_ROLE})", s.speaker):
        # "the minister, a surgeon, said": an earlier speaker with that role first
        name, org, how = _corefer("the " + s.speaker, earlier)
        if how:
            found = re.sub(r"; guess: '[^']*' of [^;]*", "", s.found)  # claimant known now
            s.speaker, s.claimant, s.found = name, org or name, f"{found}; {how}"
            return
    speaker = re.sub(r"\s*\(([A-Z&]{2,8})\)$", "", s.speaker)  # "Commission (NEC)"
    if speaker != s.speaker:
        if s.claimant == s.speaker:
            s.claimant = speaker
        s.speaker = speaker
    bare = _DETERMINER.sub("", speaker)
    if s.claimant and s.claimant != s.speaker and s.claimant in index.acronyms:
        s.claimant = index.acronyms[s.claimant]
    elif s.claimant and s.claimant != s.speaker and re.match(rf"{_TITLE}\s", s.claimant):
        fuller = _fuller_name(s.claimant, s.span.start, index)  # "a spokeswoman for Ms Kerr"
        s.claimant = fuller[0] if fuller is not None else s.claimant
    got = _fuller_name(bare, s.span.start, index, _said_end(reading, s))
    if got is not None:
        name, how = got
        if s.claimant in (s.speaker, bare):
            # "Ms Cullen added": the claimant Pat Cullen had ("Its general secretary, ...")
            spoke_for = [org for _, who, org in earlier if who == name and org and org != name]
            s.claimant = spoke_for[-1] if spoke_for else name
        s.speaker, s.found = name, f"{s.found}; {how}"


def _said_end(reading: str, s: Sentence) -> int:
    """Where the words said that open the sentence end, or -1: the inverted verb ("The storm
    destroyed 300 homes, said officials"), or the comma before a closing "X said" after a
    clause ("Some 3,000 people greeted Peter Grant, officials said"). A name among them is
    whom it was said of, never who said it ("Ann Kerr, a state minister, disputed" is a name
    and its description, no clause)."""
    if s.verb is None:
        return -1
    if s.found.startswith("after '"):
        return s.verb.start()
    head = reading[s.span.start : s.verb.start()]
    comma = head.rfind(", ")
    if comma > 0 and _a_clause(head[:comma]):
        return s.span.start + comma
    return -1


def _fuller_name(
    bare: str, before: int, index: NameIndex, said_end: int = -1
) -> tuple[str, str] | None:
    """(name, how) for an acronym spelled out, a title and surname, or a role the article
    names before ``before``; None when it gives none."""
    if bare in index.acronyms:
        return index.acronyms[bare], f"'{bare}' spelled out in the article"
    surname = re.fullmatch(
        rf"{_TITLE}\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)", bare
    ) or re.fullmatch(rf"(?:{_OFFICE}|{_RANK})\s+([A-Z][\w'’-]+)", bare)  # "Sheriff Honea"
    if surname:  # "Mr. Kerr", "Sheriff Honea" -> the "Ann Kerr" named before (the latest)
        tail = surname.group(1)
        titled = [(at, name) for at, _, name in index.titled]
        for at, name in [*reversed(titled), *reversed(index.people)]:
            if at < before and name.endswith(" " + tail) and name not in (tail, bare):
                return name, f"'{bare}' named in full before"
        later = {
            n
            for _, n in [*titled, *index.people]
            if n.endswith(" " + tail) and n not in (tail, bare)
        }
        if len(later) == 1:  # "Mr Obi" first, "Peter Obi" further on: the article's only one
            name = later.pop()
            return name, f"'{bare}' is {name}, named later (the only one)"
        return None
    if re.fullmatch(r"[A-Z][a-z][\w'’-]+", bare):  # "Obi" after "Peter Obi came second"
        full = {n for at, n in index.people if at < before and n.endswith(" " + bare)}
        if len(full) == 1:
            name = full.pop()
            return name, f"'{bare}' named in full before"
    return _role_holder(bare, before, index, said_end)


def _role_holder(bare: str, before: int, index: NameIndex, said_end: int) -> tuple[str, str] | None:
    """(name, how) for a role the article names with a person: the last named before
    ``before`` with all the description's words, else the only one named later, else the
    page's only holder of the role (``_only_holder``, a guess)."""
    role = re.fullmatch(rf"((?:[A-Za-z]+\s+){{0,2}})((?i:{_ROLE}))", bare)
    if role is None:
        return None
    modifiers = [w.lower() for w in role.group(1).split()]
    head = role.group(2).lower()
    agreeing = []
    for at, words, name in index.titled:
        if _looks_like_body(name):
            continue  # "Drawing on data from the World Bank, the minister told": no minister
        low = [w.lower() for w in re.findall(r"[A-Za-z]+", words)]
        if any(w.startswith(head) or w in same_role(head) for w in low) and all(
            any(w.startswith(m[:5]) for w in low) for m in modifiers
        ):
            agreeing.append((at, name))
    earlier = [name for at, name in agreeing if at < before]
    if earlier:
        how = f"'{bare}' is {earlier[-1]}, named before"
        others = sorted({n for n in earlier if not _same_person(n, earlier[-1])})
        if others:  # "Gen. Mark Hale and Gen. Tom Reed met. The general said": either
            how += f"; guess: the last of {len(others) + 1} named so (also {others[-1]})"
        return earlier[-1], how
    # not a name inside what was said (before ``said_end``): "Some 3,000 people greeted Peter
    # Grant, said officials" names whom the officials spoke of, not who they are
    later = {name for at, name in agreeing if not before <= at < said_end}
    if len(later) == 1:  # named only later, and the article's only one with that role
        name = later.pop()
        return name, f"'{bare}' is {name}, named later (the only one)"
    if later or not modifiers:
        return None
    return _only_holder(bare, before, index, said_end=said_end)


def _only_holder(
    bare: str, before: int, index: NameIndex, said_end: int = -1
) -> tuple[str, str] | None:
    """The one person the page names with the role ``bare`` ends on, whatever words it puts
    before it ("the trial judge", "the presiding judge" and "Superior Court Judge Ann
    Kerr"), as a guess: the words before the role may tell another office, so the page's
    only holder of it is likely, not sure (extract37). An indefinite description ("a judge
    said") never comes here: it brings in someone new. None when the page names none or two,
    or a holder whose title lacks a side, a body or an office's field the description names
    ("the Finance Minister" is not "Transport Minister Ann Kerr")."""
    role = re.fullmatch(rf"(?:[A-Za-z-]+\s+){{0,2}}((?i:{_ROLE}))", bare)
    if role is None:
        return None
    head = role.group(1).lower()
    # a word before the role that names a side, a body or an office's field ("the military
    # spokesman", "the rebel commander", "the finance minister", "the Finance Minister") must
    # be the holder's too: the page's only named spokesman may speak for the other side, its
    # only named minister hold another office
    sides = {
        w.lower()
        for w in bare.split()[:-1]
        if w[:1].isupper() or w.lower() in _BODY_WORDS | _SIDES | roles.PORTFOLIOS
    }
    holders: list[str] = []
    for at, words, name in index.titled:
        low = [w.lower() for w in re.findall(r"[A-Za-z]+", words)]
        if _looks_like_body(name) or not any(
            w.startswith(head) or w in same_role(head) for w in low
        ):
            continue
        if not sides <= set(low):
            return None
        if before <= at < said_end:
            continue
        if not any(_same_person(name, n) for n in holders):
            holders.append(name)
    if len(holders) != 1:
        return None
    return holders[0], f"guess: '{bare}' is {holders[0]}, the only {head} the page names"


# words of a description that name the side a person speaks for ("the rebel spokesman")
_SIDES = frozenset(
    ("rebel", "rebels", "guerrilla", "insurgent", "militant", "opposition", "ruling", "union",
     "company", "party", "defence", "defense", "prosecution", "navy", "air", "naval", "state",
     "federal", "city", "county", "provincial")
)  # fmt: skip


# what follows a name written with 's where no possessive can stand: a verb ("Wendell's said",
# "Wendell's has"), a stop, or a clause ("Wendell's, which"); not a word that is as often a
# noun or an adjective after a possessive ("the Board's estimates", "X's estimated toll",
# "the country's states")
_NOT_POSSESSED = (
    r"(?:said|says|stated|told|added|announced|confirmed|has|had|"
    r"is|was|will|would|did|does|also|[,.;:]|\s*$)"
)


def whole_name(reading: str, name: str) -> str | None:
    """A body's name cut at its 's ("Wendell" from "a Wendell's spokesperson") as the page
    writes it ("Wendell's"), when the page writes it with 's where no possessive can stand
    ("Wendell's said") and never without; None otherwise ("Kenya" from "Kenya's minister")."""
    if not name or not name[:1].isupper() or name.endswith(("'s", "’s")):
        return None
    escaped = re.escape(name)
    if re.search(rf"\b{escaped}\b(?!['’]s\b)", reading):
        return None  # the page writes the bare name too: the 's is a possessive
    whole = re.search(rf"\b{escaped}(['’])s\b(?=\s*{_NOT_POSSESSED})", reading)
    return f"{name}{whole.group(1)}s" if whole else None
