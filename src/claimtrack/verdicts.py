"""The verdict scale: where a fact-check rating sits, for ClaimReview and the report's colours.

Pure (no I/O). A rating is matched whatever its case, spacing, hyphens or final full stop
("mostly-false", "Mostly False."). The scale runs from 1 (false) to 5 (true), as
``ratingValue`` between ``worstRating`` 1 and ``bestRating`` 5 in ClaimReview; a verdict that
says how much evidence there is rather than how true the claim is ("Unproven", "Needs
context") is a known verdict *off* the scale: ClaimReview carries its name but no number.
A rating that is neither is unknown: claimtrack does not guess where it sits (the ClaimReview
export refuses it, the report draws it in a neutral colour). docs/exports.md lists the scale.
"""

from __future__ import annotations

import re
from typing import NamedTuple

WORST, BEST = 1, 5

# value -> (what the step means, the ratings on it). Kept in this order in docs/exports.md.
SCALE: dict[int, tuple[str, tuple[str, ...]]] = {
    1: ("false", ("False", "Pants on Fire", "Fake", "Incorrect", "Fabricated", "Wrong")),
    2: ("mostly false", ("Mostly False", "Misleading", "Exaggerated", "Distorted")),
    3: ("half true", ("Half True", "Mixture", "Mixed", "Partly True", "Partly False")),
    4: ("mostly true", ("Mostly True", "Mostly Correct", "Largely Accurate")),
    5: ("true", ("True", "Correct", "Accurate")),
}
OFF_SCALE: tuple[str, ...] = (
    "Unproven",
    "Unverified",
    "Unverifiable",
    "Unsupported",
    "Needs Context",
    "Missing Context",
    "Outdated",
    "Satire",
)


class Placed(NamedTuple):
    """A rating read against the scale: ``value`` 1..5, or None for a known verdict off the
    scale; ``step`` names its step ("mostly false") or "off the scale"."""

    rating: str
    value: int | None
    step: str


def _key(text: str) -> str:
    return " ".join(re.sub(r"[-_–]", " ", text).lower().rstrip(" .!").split())


_PLACES: dict[str, tuple[int | None, str]] = {
    _key(name): (value, step) for value, (step, names) in SCALE.items() for name in names
} | {_key(name): (None, "off the scale") for name in OFF_SCALE}


def place(rating: str | None) -> Placed | None:
    """Where ``rating`` sits on the scale, or None when it is not a known verdict."""
    if not rating:
        return None
    found = _PLACES.get(_key(rating))
    return None if found is None else Placed(rating, *found)


def misspelt(rating: str) -> str | None:
    """The known verdict ``rating`` misspells, one letter off ("Flase" for False, "Mostly
    Flase"), when it is not a known verdict itself; else None. A rating of one's own that is
    no misspelling ("Untrue", two letters from True) is left as it is."""
    from claimtrack.names import distance

    key = _key(rating)
    if key in _PLACES or len(key) < 4:
        return None
    names = [n for _, ns in SCALE.values() for n in ns] + list(OFF_SCALE)
    near = [n for n in names if distance(key, _key(n), 1) <= 1]
    return near[0] if len(near) == 1 else None


def known() -> str:
    """The known verdicts, for a message: "False, Pants on Fire, ... ; off the scale: ..."."""
    on = ", ".join(name for _, names in SCALE.values() for name in names)
    return f"{on}; off the scale: {', '.join(OFF_SCALE)}"
