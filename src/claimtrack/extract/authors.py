"""A work with no author in its own sentence, given the author the page names for it.

"A survey reveals today ...", "The report found ...", "The study showed ...": the sentence
names the work and not whose it is, and the rules of the sentence leave the work as its own
speaker ("guess: 'survey' names no author"). Pages usually say whose it is elsewhere: "The
Charity Commission survey found ...", "a report by the Audit Office", "the Kestrel Trust's
study". ``work_authors`` gives such a candidate the one author the page names for a work of
that noun, as a guess that says where; two authors named for it, or none, leave it as it was.
People answering a survey ("half of respondents said", "those polled") are told by its
author too, when the page names exactly one survey author."""

from __future__ import annotations

import re
from dataclasses import replace

from claimtrack.extract.agents import speaker_kind
from claimtrack.extract.bodies import _not_a_person
from claimtrack.extract.calibration import _a_place
from claimtrack.extract.candidates import Candidate
from claimtrack.extract.lexicon import _BODY_KINDS, _BODY_WORDS, _CALENDAR, _WEEKDAYS

# the works whose author a page names apart from what they found
_NOUNS = ("survey", "report", "study", "poll", "review", "audit", "census", "analysis",
          "research", "inquiry", "investigation", "index", "assessment")  # fmt: skip
_NOUN = "|".join(_NOUNS)
# the work alone as a speaker: "survey", "the new study", "a report"
_BARE_WORK = re.compile(
    rf"(?:(?:the|a|an|this|that|its|new|latest|annual|recent|same|national|\d{{4}})\s+)*"
    rf"({_NOUN})s?",
    re.IGNORECASE,
)
_NAME = r"(?:[A-Z][\w&'’.-]*|of|for|and|the)"
# "the Charity Commission survey", "a Gallup poll": capitalised words right before the noun
_NAMED_BEFORE = re.compile(
    rf"(?<![\w'’-])((?:[A-Z][\w&'’.-]*\s+)(?:{_NAME}\s+){{0,4}}?)(?:(?:annual|latest|new|"
    rf"national|own|\d{{4}})\s+)?({_NOUN})\b"
)
# a body named with its kind before it, lower case: "by research consultancy Harwell", "by
# the polling firm Harwell"; a name may open in lower case when a capital follows ("dataLab")
_KIND = (
    rf"((?:[a-z-]+\s+)?(?:{'|'.join(sorted(_BODY_KINDS | {'consultancy', 'pollster', 'firm'}))})"
    r"\s+)?"
)
_NAME_START = r"(?:[A-Z]|[a-z]+[A-Z])[\w&'’.-]*"
# "a survey by the Charity Commission", "the report, published by X,", "study from X"
_NAMED_AFTER = re.compile(
    rf"\b({_NOUN})(?:,)?\s+(?:(?:conducted|commissioned|carried\s+out|published|released|"
    rf"produced|compiled|issued)\s+)?(?:by|from|for)\s+(?:the\s+)?{_KIND}({_NAME_START}"
    rf"(?:\s+{_NAME}){{0,5}})"
)
# the body that put the work out, as the subject of the verb: "The Statistics Office on
# Monday released its labour report", "Harwell published the Money Matters Survey" (a title
# may spell the noun with a capital); a definite work only, in one paragraph ("X released a
# study" far down the page is read, within reach, by bodies._MADE_LATER)
_RELEASED_BY = re.compile(
    r"(?<![\w'’-])((?:the[ \t]+)?[A-Z][\w&'’-]*(?:[ \t]+(?:[A-Z][\w&'’-]*|of|for|and|the)){0,5}?)"
    r"(?:[ \t]+(?:on|in|last|this|finally|also|has|have|had|today|yesterday|[A-Z][a-z]+day)){0,4}"
    r"[ \t]+(?:released|published|issued|unveiled|launched|put[ \t]+out|publishes|releases)[ \t]+"
    rf"(?:its|their|the)[ \t]+(?:[\w-]+[ \t]+){{0,4}}?((?i:{_NOUN}))\b"
)
# "the Kestrel Trust's survey", "Gallup's annual poll"
_OWNED = re.compile(
    rf"((?:[A-Z][\w&.-]*\s+){{0,4}}[A-Z][\w&.-]*)['’]s\s+(?:[a-z-]+\s+){{0,2}}({_NOUN})\b"
)
# people answering a survey: "half of respondents", "60% of those polled", "voters surveyed"
_RESPONDENTS = re.compile(
    r"(?:^|\s)(?:of\s+)?(?:the\s+)?(?:respondents|(?:those|people|adults|voters|members|"
    r"consumers|donors|parents|workers|patients)\s+(?:surveyed|polled|questioned|asked|"
    r"interviewed))\b",
    re.IGNORECASE,
)
# a share of a people as the speaker, its figure taken off: "% of adults", "% of British
# voters" ("61% of adults said they ..."): the answers of those a survey asked
_SHARE_OF = re.compile(r"%\s+of\s+(?:the\s+|those\s+)?(?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+s")
_OPENERS = {"the", "a", "an", "this", "that", "its", "their", "his", "her", "new", "and", "of",
            "for", "in", "on", "but", "however", "last", "latest", "annual"}  # fmt: skip


def _clean(name: str) -> str:
    """The name without a leading article or a trailing joiner."""
    words = name.split()
    while words and words[0].lower() in _OPENERS:
        words = words[1:]
    while words and words[-1].lower() in {"of", "for", "and", "the"}:
        words = words[:-1]
    return " ".join(words).strip(" ,")


def _author_ok(name: str, reading: str) -> bool:
    """A body's or a pollster's name: not a month, a day, a place, nor only generic words."""
    words = name.split()
    if not words or all(w.lower() in _CALENDAR | _WEEKDAYS for w in words):
        return False
    if len(words) == 1 and words[0].lower() in _BODY_WORDS:
        return False  # "Survey", "Commission" alone name no one
    if _a_place(name, reading) and not any(w.lower() in _BODY_WORDS for w in words):
        return False  # "a UK survey", "the Leeds study": where, not whose
    # a body's name, not a person's ("a study by Dr Ann Lee" is hers, no body's)
    return speaker_kind(name, reading) in {"body", "name"} and _not_a_person(name)


def authors(reading: str, nouns: set[str]) -> dict[str, list[tuple[str, int]]]:
    """Each work noun of ``nouns`` -> the authors the page names for it (first spelling,
    where first named), one entry per distinct name, at most two (two is already too many
    to choose from); a page naming many candidates is given none (``_MAX_CHECKED``)."""
    found: list[tuple[str, str, int]] = []
    frames = ((_NAMED_BEFORE, 2, 1), (_NAMED_AFTER, 1, 3), (_OWNED, 2, 1), (_RELEASED_BY, 2, 1))
    ok: dict[str, bool] = {}  # each distinct name checked once: the place test reads the page
    for rx, noun_at, name_at in frames:
        for m in rx.finditer(reading):
            noun = m.group(noun_at).lower()
            if noun in nouns:
                found.append((noun, _clean(m.group(name_at)), m.start(name_at)))
                if rx is _NAMED_AFTER and m.group(2):  # "by research consultancy dataLab":
                    ok[found[-1][1]] = True  # the page says what kind of body it is
    out: dict[str, list[tuple[str, int]]] = {}
    for noun, name, at in sorted(found, key=lambda f: f[2]):
        names = out.setdefault(noun, [])
        if not name or len(names) >= 2:
            continue
        key = name.lower()
        if any(key in n.lower() or n.lower() in key for n, _ in names):
            continue  # "Charity Commission" and "the Charity Commission's" are one author
        if name not in ok:
            if len(ok) >= _MAX_CHECKED:
                return {}  # too many names beside works to say whose any one is
            ok[name] = _author_ok(name, reading)
        if ok[name]:
            names.append((name, at))
    return out


_MAX_CHECKED = 12


def work_authors(reading: str, out: list[Candidate]) -> list[Candidate]:
    """``out`` with each authorless work (and each survey's respondents) given the one author
    the page names for a work of its noun (module docstring), marked as a guess."""
    wanted: list[str | None] = []
    for c in out:
        speaker = c.speaker or ""
        work = _BARE_WORK.fullmatch(speaker)
        if work and c.claimant == speaker and "guess:" in c.speaker_found:
            wanted.append(work.group(1).lower())
        elif _RESPONDENTS.search(speaker) and (
            c.claimant == speaker or _RESPONDENTS.fullmatch(f" {c.claimant or ''}")
        ):  # "70% of respondents", claimed for "respondents"
            wanted.append("survey")
        elif _SHARE_OF.fullmatch(speaker) and "guess:" in c.speaker_found:
            wanted.append("survey")  # "61% of adults said": a share answering, on a survey's page
        else:
            wanted.append(None)
    needed = {n for n in wanted if n}
    if not needed:
        return out
    named = authors(reading, needed | ({"poll"} if "survey" in needed else set()))
    given: list[Candidate] = []
    for c, noun in zip(out, wanted, strict=True):
        speaker = c.speaker or ""
        if noun is None:
            given.append(c)
            continue
        names = named.get(noun, [])
        if noun == "survey" and not names:
            names = named.get("poll", [])
        if len(names) != 1:
            given.append(c)
            continue
        name, at = names[0]
        line = reading.count("\n", 0, at) + 1
        answered = _RESPONDENTS.search(speaker) or _SHARE_OF.fullmatch(speaker)
        told = "answered" if answered else "is"
        how = f"guess: '{speaker}' {told} {name}'s {noun}, as the page names it on line {line}"
        given.append(  # the respondents' answers are told by the survey's author
            replace(
                c,
                speaker=name,
                claimant=name,
                speaker_found=f"{how} ({c.speaker_found})",
            )
        )
    return given
