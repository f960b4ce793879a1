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
