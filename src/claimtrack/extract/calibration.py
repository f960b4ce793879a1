"""How sure a candidate's speaker is: unmarked only under strong evidence, else ``guess:``.

The rules before this one find a speaker; this one only judges the evidence, never the name
(docs/extract.md, "How it reads", "Calibration"). A speaker stays unmarked when it is a name:
a proper name, a title or role with a name, or a body the article names, as the subject or
agent of an attribution frame. Everything else keeps its speaker but says it is a guess, with
why: a description with no name (``police``, ``the Toronto businessman``), a place (a name the
article also uses as a place, ``in Sudan``), a name inside a prepositional phrase (``the visit
of President X claimed``: the visit's, not X's), one letter (``U`` of ``U.N.``). The tail of a
compound adjective (``the 11,500-strong Moro ...`` read as ``-strong Moro ...``) is never part
of a name: it is cut off, and so is a time phrase at its end (``news media as early as
August``: a month or a day is no name).
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimtrack.extract import mentions, works
from claimtrack.extract.candidates import Candidate
from claimtrack.extract.lexicon import _BODY_KINDS, _BODY_WORDS, GLUED_ARTICLE
from claimtrack.extract.lexicon import _GROUP_WORDS as _GROUPS
from claimtrack.extract.roles import bare_title

_BODY_HEADS = _BODY_WORDS | {"navy", "coastguard", "command", "administration", "officials",
                             "authorities"}  # fmt: skip

# the speaker's head: its last word before a prepositional phrase ("Police in the port of X")
_HEAD = re.compile(r"^(.*?)(?:\s+(?:of|in|for|at|from|on|with)\s+.*)?$")
_PREPOSITION = re.compile(r"\b(?:of|by|against|with|for|from|to|about|over|after)\s+$", re.I)
_POSSESSIVES = {"his", "her", "their", "its", "our", "my"}
# a capitalised body noun's "of" and a capitalised word: "Court of Appeal", "Bank of Norland"
_OF_A_NAME = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]+")
_FRAGMENT = re.compile(r"^-[a-z]+\s+(?=\S)")  # "-strong Moro ..." after "11,500"
# a time phrase at the end of a speaker ("news media as early as August", "officials since
# Monday"): a month or a day is no name; it is cut off, and the rest judged as it is
_WHEN = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{4})"
)
_TIME_TAIL = re.compile(
    r"\s+(?:as\s+(?:early|late|recently|far\s+back)\s+as|since|until|till|in|on|by|"
    r"during|last|this|next|earlier|later|early|late)\s+(?:(?:early|late|mid)[- ])?"
    rf"(?:the\s+)?{_WHEN}\b(?:[ ,]+(?:[a-z]\w*|\d+))*[ ,.]*$"  # no name after it
)


def _is_name_word(word: str) -> bool:
    """A word that names: a capital followed by a lower-case letter, or two capitals or
    more ("NUM", "O2", "U.S."), never a lone letter."""
    w = word.strip(".,'’\"()")
    if w.endswith(("'s", "’s")):
        w = w[:-2]
    w = re.sub(rf"^{GLUED_ARTICLE}", "", w)  # "al-Masri", "el-Sayed"
    letters = re.sub(r"[^A-Za-z]", "", w)
    return (len(letters) >= 2 and w[:1].isupper()) or bool(re.match(r"^[A-Z]\w*\d", w))


def _has_name_head(speaker: str, reading: str) -> bool:
    """The head of the speaker (its last word before a prepositional phrase) names someone:
    "Jaguar", "Mr Bagrie", "World Health Organization", "NUM branch chairperson Ann Kerr";
    "police", "His department", "the Toronto businessman", "Afghan officials" do not."""
    m = _HEAD.match(speaker.strip())
    head = (m.group(1) if m else speaker).split()
    if len(head) == 1 and head[0].lower().strip(".,") in _BODY_HEADS | _GROUPS:
        if head[0][:1].isupper() and _OF_A_NAME.match(
            speaker.strip()[len(m.group(1)) :] if m else ""
        ):
            return True  # "Court of Appeal", "Ministry of Health": a body noun of a name
        return _proper_noun(head[0].strip(".,"), reading)  # "Police" opening a sentence
    return bool(head) and _is_name_word(head[-1])


def _named_body(phrase: str, reading: str) -> bool:
    """A body the article names by a name and what it is: a name-shaped word before a head
    that is a body noun ("Indonesia's disaster agency", "U.S. military", "Xinhua news
    agency"); a person described by a place ("the Toronto businessman") is not one."""
    m = _HEAD.match(phrase.strip())
    head = (m.group(1) if m else phrase).split()
    if len(head) < 2 or head[-1].lower().strip(".,") not in _BODY_HEADS:
        return False
    if _of_many(head):
        return False  # "the French company": one of a nation's many, no name (extract45)
    return any(_is_name_word(w) and not _common(w, reading) for w in head[:-1])


# bodies a nation has many of: "the French company", "a Kenyan charity", "the British
# airline" name none of them, where "the Sudanese government" and "the Kenyan police" name one
_MANY_OF_A_NATION = frozenset({
    "company", "companies", "firm", "firms", "group", "groups", "carrier", "airline", "bank",
    "lender", "union", "unions", "party", "parties", "newspaper", "paper", "daily",
    "broadcaster", "channel", "station", "charity", "carmaker", "manufacturer", "maker",
    "insurer", "retailer", "operator", "miner", "producer", "supplier", "developer", "giant",
    "club", "team", "university", "hospital", "school", "court", "council", "agency",
    "organisation", "organization", "ngo", "association", "federation", "institute",
})  # fmt: skip


def _of_many(head: list[str]) -> bool:
    """A nationality, perhaps a lower-case word, then a body a nation has many of ("French
    company", "German chemical group"): a description, not a name."""
    if head[-1].lower().strip(".,") not in _MANY_OF_A_NATION:
        return False
    first, between = head[0].strip(".,"), head[1:-1]
    country = mentions.country_of(first)
    return (
        country is not None
        and first != country
        and first not in mentions.COUNTRIES[country].capitals
        and all(w[:1].islower() for w in between)
        and len(between) <= 2
    )


def _proper_noun(word: str, reading: str) -> bool:
    """A body noun the article writes with a capital inside sentences and never in lower
    case ("a Coalition leader", "the Government said"): the short name of a body."""
    inside = re.search(rf"[a-z,;][ \t]+{re.escape(word)}\b", reading)  # not a line's start
    return word[:1].isupper() and bool(inside) and not _common(word, reading)


def _common(word: str, reading: str) -> bool:
    """A capitalised word the article also writes in lower case ("Military officials" at a
    sentence's start, "the military" elsewhere): a common word, no name."""
    w = re.sub(r"['’]s$", "", word.strip(".,'’\"()"))
    return w[:1].isupper() and bool(re.search(rf"\b{re.escape(w.lower())}\b", reading))


def _a_place(speaker: str, reading: str) -> bool:
    """A name the article also uses as a place ("in Sudan", "KHARTOUM, Sudan")."""
    if not speaker[:1].isupper():
        return False
    name = re.escape(speaker.strip())
    place = rf"(?:\b(?:in|from|across|into|throughout)\s+|^[A-Z][A-Z .]+,\s+)({name})\b(?!['’]s)"
    for m in re.finditer(place, reading, re.MULTILINE):
        if not _WORK_AUTHOR_BEFORE.search(reading, max(0, m.start() - 60), m.start(1)):
            return True  # "in Sudan"; not "figures from Kestrel Motors", a work's author
    return False


_OF_TITLE = re.compile(
    r"(?:\b[A-Z][\w.'’-]*\s+)+(?:(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+)+)+$"
)


# a unit of a body, named through the body it belongs to: "the media wing of Pakistan's armed
# forces", "the press office of the Tarn Police" (extract51)
_UNIT_OF = re.compile(
    r"(?:the\s+)?(?:[a-z]+\s+){0,2}(?:wing|arm|office|unit|division|branch|bureau|department|"
    r"directorate|cell|desk|service|secretariat|section)\s+of\s+(?:the\s+)?(.+)"
)


def _unit_of_named(speaker: str, reading: str) -> bool:
    """The speaker is a unit of a body the article names (``_UNIT_OF``)."""
    m = _UNIT_OF.fullmatch(speaker)
    return m is not None and (
        _named_body(m.group(1), reading) or _has_name_head(m.group(1), reading)
    )


def _after_preposition(c: Candidate, reading: str) -> bool:
    """The speaker, where it stands in the sentence, is the object of a preposition
    ("the visit of President X claimed"): not the subject of the verb."""
    at = reading.find(c.speaker or "", c.start, c.end)
    if at < 0:
        return False
    before = reading[max(c.start, at - 60) : at]
    if _WORK_AUTHOR_BEFORE.search(before):  # "Data from X showed": the work's author
        return False
    # a title: "President"; or one of capitalised words with its "of" ("Spokesperson of the
    # Ministry of Defence Lieutenant X", extract51), never a lower-case noun's "of"
    titled = _OF_TITLE.search(before)
    before = before[: titled.start()] if titled else before
    before = re.sub(r"(?:\b[A-Z][\w.'’-]*\s+){1,3}$", "", before)
    return bool(_PREPOSITION.search(before))


# a work and the preposition that names its author right before the speaker: "Data from",
# "a survey by", "figures released on Monday by" (extract/works.py)
_WORK_AUTHOR_BEFORE = re.compile(
    rf"\b(?:{works.pattern()})\s+(?:(?:{'|'.join(works.PUBLISHED_BY)})\s+)?"
    r"(?:(?:on|last|this|in)\s+\w+\s+)?(?:by|from)\s+$",
    re.IGNORECASE,
)


# a guess the labelled sets show wrong more often than right, with nothing in the sentence
# that separates its right cases from its wrong ones (docs/extract.md, "Calibration"): an act
# told with a verb of speech ("The council agreed to a two-month pause"), 0 right of 11 on the
# 32 sets, all 11 the outlet's narration; its speaker is not proposed
_UNPROPOSED = re.compile(
    r";?\s*guess: ('[^']*' with a thing done for its object tells an act[^;]*)"
)


def _unproposed(c: Candidate) -> Candidate:
    """``c`` with no speaker when one of its guesses is of a kind ``_UNPROPOSED`` names: the
    outlet's account, ``speaker_found`` saying what was found and why it is not proposed."""
    m = _UNPROPOSED.search(c.speaker_found)
    if m is None or not c.speaker:
        return c
    found = (c.speaker_found[: m.start()] + c.speaker_found[m.end() :]).strip("; ")
    return replace(
        c,
        speaker=None,
        claimant=None,
        speaker_found=f"none: {m.group(1)}: the outlet's account (found: {found}, '{c.speaker}')",
    )


def calibrate(c: Candidate, reading: str) -> Candidate:
    """``c`` with a compound adjective's tail cut from its speaker and its speaker said to be
    a guess when the evidence for it is weak (module docstring); an act told with a verb of
    speech proposes nobody (``_UNPROPOSED``)."""
    c = _unproposed(c)
    speaker = c.speaker
    if not speaker:
        return c
    cut = _FRAGMENT.match(speaker)
    if cut:  # "-strong Moro ..."
        c = _cut(c, speaker[cut.end() :], f"'{speaker[: cut.end()].strip()}' ends an adjective")
        speaker = c.speaker or ""
    tail = _TIME_TAIL.search(speaker)
    if tail and tail.start() > 0:  # "news media as early as August"
        c = _cut(c, speaker[: tail.start()], f"'{speaker[tail.start() :].strip()}' says when")
    c = _abbreviation(c, reading)
    c = _work_by(c, reading)
    c = _nested_claim(c, reading)
    if "guess:" in c.speaker_found:
        return c
    why = _weak(c, c.speaker or "", reading)
    if why is None:
        return c
    return replace(c, speaker_found=f"{c.speaker_found}; guess: {why}")


# a subject cut at a comma inside a work's description: "A survey of councils in England,
# Wales and Northern Ireland by the Local Government Association revealed" gave "Wales and
# Northern Ireland by the Local Government Association" (extract45)
_NAMES_THEN_BY = re.compile(
    r"(?:[A-Z][\w'’.-]*\s+)+(?:(?:and|of|the)\s+(?:[A-Z][\w'’.-]*\s+)+)*by\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’&.-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’&.-]*){0,6})"
)
_WORK_WORDS = "|".join(sorted(works.nouns()))


def _work_by(c: Candidate, reading: str) -> Candidate:
    """A speaker that is a list of names ending on "by X", where the sentence opens with a
    work ("A survey of ..."): X, the work's author."""
    m = _NAMES_THEN_BY.fullmatch(c.speaker or "")
    if m is None:
        return c
    at = reading.find(c.speaker or "", c.start, c.end)
    opening = reading[c.start : at if at >= 0 else c.start]
    work = re.match(rf"\W*(?:(?:a|an|the|this|its|new)\s+)?(?:[\w-]+\s+)?(?:{_WORK_WORDS})\b",
                    opening, re.IGNORECASE)  # fmt: skip
    if work is None:
        return c
    name = m.group("name")
    return replace(
        c,
        speaker=name,
        claimant=name if c.claimant == c.speaker else c.claimant,
        speaker_found=f"{c.speaker_found}; the author of the {work.group().split()[-1].lower()} "
        f"it opens with, named after 'by' ('{c.speaker}' cut)",
    )


# another named person's claim told inside the speaker's words: "X said the move comes at a
# time when Finance Minister NAME is repeatedly claiming there is no crisis" (extract45); after
# a comma (", while NAME insists") the clause is cut and proposed as NAME's (clauses.py)
_NESTED_CLAIM = re.compile(
    r"(?<![,;])\s(?:when|while|as|that|after|because)\s+(?:[a-z]+\s+){0,3}?(?:[A-Z][\w'’.-]*\s+){1,5}?"
    r"(?:is\s+|was\s+|has\s+been\s+|had\s+been\s+)?(?:repeatedly\s+|still\s+|now\s+|also\s+)?"
    r"(?P<verb>claiming|insisting|saying|arguing|maintaining|claims|insists|says|argues|"
    r"maintains)\b"
)


def _nested_claim(c: Candidate, reading: str) -> Candidate:
    """A stance whose sentence tells, after its speaker's verb, another named person's claim
    (``_NESTED_CLAIM``): which of the two the stance is, the reader cannot tell; a guess."""
    if c.figures or not c.speaker or "guess:" in c.speaker_found or '"' in reading[c.start : c.end]:
        return c
    text = reading[c.start : c.end]
    at = text.find(c.speaker.split()[-1])
    m = _NESTED_CLAIM.search(text, max(at, 0) + len(c.speaker.split()[-1]))
    if at < 0 or m is None:
        return c
    other = " ".join(w for w in text[m.start() : m.start("verb")].split() if w[:1].isupper())
    if not other or any(w in c.speaker.split() for w in other.split()):
        return c
    return replace(
        c,
        speaker_found=f"{c.speaker_found}; guess: the sentence tells {other}'s claim inside "
        f"{c.speaker}'s words ('{m.group('verb')}')",
    )


def _cut(c: Candidate, speaker: str, why: str) -> Candidate:
    """``c`` with its speaker (and its claimant, where that was the speaker) cut to
    ``speaker``, saying what was cut off and why."""
    return replace(
        c,
        speaker=speaker,
        claimant=speaker if c.claimant == c.speaker else c.claimant,
        speaker_found=f"{c.speaker_found}; {why}, cut off",
    )


def _abbreviation(c: Candidate, reading: str) -> Candidate:
    """A speaker cut at the first letter of an abbreviation ("U" of "U.N."): the whole
    abbreviation, said to be a guess (the cut shows the sentence was not read as written)."""
    letter = (c.speaker or "").strip(". ")
    if len(letter) != 1 or not letter.isupper():
        return c
    m = re.search(rf"\b{letter}\.(?:[A-Z]\.)+", reading[c.start : c.end])
    if m is None:
        return c
    whole = m.group()
    return replace(
        c,
        speaker=whole,
        claimant=whole if c.claimant == c.speaker else c.claimant,
        speaker_found=f"{c.speaker_found}; guess: '{letter}' was cut from '{whole}'",
    )


# a name in one word that opens in lower case with a capital inside ("dataLab", "eLearn"),
# which the article gives right after the kind of body it is ("research consultancy dataLab")
_CAMEL = re.compile(r"[a-z]+[A-Z][\w&-]*")
_KINDS = "|".join(sorted(_BODY_KINDS | {"consultancy", "pollster", "firm", "company", "group"}))


def _kinded_name(speaker: str, reading: str) -> bool:
    """A one-word name the article introduces by its kind ("the polling firm dataLab")."""
    return bool(_CAMEL.fullmatch(speaker)) and bool(
        re.search(rf"\b(?:{_KINDS})\s+{re.escape(speaker)}\b", reading)
    )


# a subject that went through the change it "recorded" or "saw": "West Midlands Trains recorded
# a drop of 94 per cent in passenger use" is what the figure is about; who measured it (a
# regulator's report) the sentence does not say (extract45). "Police recorded 5.9 million
# crimes" (a count kept) is no change.
_UNDERWENT = re.compile(
    r"\b(?:recorded|records|saw|sees|suffered|suffers|experienced)\s+"
    r"(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:drop|fall|decline|rise|increase|jump|surge|slump|plunge|"
    r"decrease|dip|gain|growth|contraction|reduction)\b"
)


def _weak(c: Candidate, speaker: str, reading: str) -> str | None:
    """Why the evidence for ``speaker`` is weak, or None when it is strong."""
    said = re.match(r"subject of '(recorded|records|saw|sees|suffered|suffers|experienced)'",
                    c.speaker_found)  # fmt: skip
    if said and _UNDERWENT.search(reading, c.start, c.end):
        return f"'{said.group(1)}' a change: what '{speaker}' went through, not who measured it"
    letters = re.sub(r"[^A-Za-z0-9]", "", speaker)  # "O2", "G7": a name, glued to its digit
    if len(letters) <= 1 or letters.isdigit():
        return f"'{speaker}' is a single letter, no name"
    if speaker.split()[0].lower() in _POSSESSIVES:
        return f"'{speaker}' is known only through a pronoun"
    claimant = c.claimant or ""
    named_body = claimant != speaker and (
        _has_name_head(claimant, reading) or _named_body(claimant, reading)
    )
    kinded = _kinded_name(speaker, reading) or _unit_of_named(speaker, reading)
    if not (
        _has_name_head(speaker, reading) or _named_body(speaker, reading) or named_body or kinded
    ):
        return f"'{speaker}' is a description, not a name the article gives"
    if speaker[:1].isupper() and bare_title(speaker) and not named_body:
        return f"'{speaker}' is a title, not a name the article gives"  # "the MP said"
    if _a_place(speaker, reading) and not named_body:
        return f"'{speaker}' is a place the article names; no voice of it is named"
    if c.speaker_found.startswith("subject of") and _after_preposition(c, reading):
        return f"'{speaker}' follows a preposition: maybe not the verb's subject"
    return None
