"""People in the article: the surnames it marks "he" or "she" ("Mr Reed", "Ann Kerr, a
spokeswoman"), and the person a sentence opens with, for pronouns no speaker fits."""

from __future__ import annotations

import re

from claimtrack.extract.cues import Sentence
from claimtrack.extract.phrases import _looks_like_body, _looks_like_person, _person_of

_SHE = (
    r"spokeswoman|chairwoman|woman|mother|grandmother|widow|businesswoman|congresswoman|wife|"
    r"daughter|sister|actress|girl"
)
_HE = (
    r"spokesman|chairman|man|father|grandfather|widower|businessman|congressman|husband|son|"
    r"brother|actor|boy"
)
_BESIDE = r",\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,3}?"
_NAME_RUN = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}"
_GENDER_CUES = (
    (re.compile(rf"\b(?:Mr|Mister|Sir|Lord)\.?\s+({_NAME_RUN})"), "he"),
    (re.compile(rf"\b(?:Ms|Mrs|Miss|Madam|Dame|Lady)\.?\s+({_NAME_RUN})"), "she"),
    (re.compile(rf"({_NAME_RUN}){_BESIDE}(?:{_HE})\b"), "he"),  # "Tom Reed, a spokesman"
    (re.compile(rf"({_NAME_RUN}){_BESIDE}(?:{_SHE})\b"), "she"),
    (re.compile(rf"\b(?:{_HE})\s+({_NAME_RUN})"), "he"),
    (re.compile(rf"\b(?:{_SHE})\s+({_NAME_RUN})"), "she"),
)


def genders(reading: str) -> dict[str, str]:
    """Surname -> "he" or "she" where the article marks it: a title ("Mr Reed", "Ms Kerr"),
    or a gendered role beside the name ("Ann Kerr, a spokeswoman", "chairman Tom Reed"). A
    surname marked both ways is left out: a pronoun is then resolved without it."""
    seen: dict[str, set[str]] = {}
    for rx, g in _GENDER_CUES:
        for m in rx.finditer(reading):
            surname = re.sub(r"['’]s?$", "", m.group(1).split()[-1])
            seen.setdefault(surname, set()).add(g)
    return {name: gs.pop() for name, gs in seen.items() if len(gs) == 1}


def _opening_person(s: Sentence) -> list[str]:
    """The person a sentence opens with ("Tom Reed, the mayor, visited ..."), for a later
    "he" or "she" that no speaker fits: a name of two words or a titled one, not a body."""
    opening = " ".join(s.opening.split()[:6])
    for name in s.named[:1]:
        if _looks_like_person(name) and not _looks_like_body(name) and opening.startswith(name):
            return [_person_of(re.sub(r"['’]s$", "", name))]
    return []


# an unnamed holder of a role who may be named a sentence later: "a spokesman for the rebels"
_UNNAMED_ROLE = re.compile(
    r"(?i:a|an)\s+(?:[\w-]+\s+){0,2}?(?i:spokes(?:man|woman|person)|representative|commander|"
    r"official|leader|negotiator)\b(?!.*\b[A-Z][a-z]+\s+[A-Z][a-z]+).*"
)


def unnamed_role(reading: str, s: Sentence) -> bool:
    """The sentence's speaker is someone the article has not named yet: "a spokesman for the
    rebels", "an army commander" (not "a spokesman, Tom Reed", nor a body)."""
    if not (s.speaker and s.phrase and s.speaker == s.phrase):
        return False
    said = reading[s.span.start : s.span.end]
    return any(
        _UNNAMED_ROLE.fullmatch(m.group())
        for m in re.finditer(rf"\b(?:a|an)\s+{re.escape(s.phrase)}", said, re.IGNORECASE)
    )


def named_next(reading: str, role: Sentence, s: Sentence) -> str | None:
    """The name of the person who speaks right after an unnamed role-holder spoke, when they
    are named for the first time with no description of their own: a new person is described
    when introduced ("Ann Lee, a resident, said"), so a bare new name right after "a
    spokesman for the rebels said" is the spokesman ("... Moussa Ag Acharatoumane told
    Reuters"). Only in the same paragraph or the next, the next sentence that has a speaker."""
    if (
        not s.speaker
        or s.described
        or s.phrase != s.speaker
        or not s.found.startswith(("subject of '", "after '"))
    ):
        return None
    if not _looks_like_person(s.speaker) or _looks_like_body(s.speaker):
        return None
    breaks = len(re.findall(r"\n+", reading[role.span.end : s.span.start]))
    if breaks > 1:
        return None  # further than the next paragraph
    surname = s.speaker.split()[-1]
    if re.search(rf"\b{re.escape(surname)}\b", reading[: s.span.start]):
        return None  # named before: someone else, or introduced already
    return s.speaker
