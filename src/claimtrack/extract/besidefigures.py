"""A stance card beside the figures of its own sentence that says nothing the figure cards do
not (extract50): the outlet's "stance" beside the outlet's figures, and a speaker's
agreeing, confirming or admitting a figure that is the speaker's own figure card."""

from __future__ import annotations

import re

from claimtrack.extract.candidates import Candidate

# verbs that take the figure they govern as the speaker's own: "The ministry confirms 39
# deaths", "Prosecutors agreed to drop charges that ... 1,000 parts", "He admitted stealing
# $601". Not accused, alleged, blamed (an accusation's figure is labelled a stance too),
# nor a verb of doubt or denial.
_AFFIRMS = frozenset(
    {"agreed", "agrees", "agree", "confirmed", "confirms", "confirm", "admitted", "admits",
     "admit", "acknowledged", "acknowledges", "acknowledge"}
)  # fmt: skip
_VERB = re.compile(r"'([a-z]+)'")
# a sentence that negates, doubts or disputes something: its stance card is kept
_DOUBT = re.compile(
    r"\b(?:not|never|no|nor|n['’]t|none|den(?:y|ied|ies|ying)|disput\w*|reject\w*|dismiss\w*|"
    r"question\w*|refut\w*|doubt\w*|contest\w*|false|untrue|inaccurate|wrong|however|but)\b",
    re.IGNORECASE,
)


def _adds_nothing(card: Candidate, figures: list[Candidate]) -> bool:
    """Whether the figureless ``card`` of a sentence whose ``figures`` cards are all its
    speaker's takes no stance of its own."""
    if any(f.speaker != card.speaker for f in figures):
        return False  # a relay or a second speaker: the stance may be the only card of one
    if _DOUBT.search(card.quote) or '"' in card.quote or "“" in card.quote:
        return False  # a doubt, a denial, a contrast, the speaker's own words: a stance
    if card.speaker is None:
        return True  # the outlet's narration beside the outlet's figures
    verb = _VERB.search(card.speaker_found)
    if verb is None or verb.group(1) not in _AFFIRMS:
        return False
    after = card.quote.lower().split(verb.group(1), 1)[-1]
    return not after.lstrip().startswith("with")  # "agreed with the workers": a stance


def without_empty_stances(cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without a figureless card that adds nothing to the figure cards of its own
    sentence (``_adds_nothing``): one card fewer for the user to read and skip."""
    figured: dict[tuple[int, int], list[Candidate]] = {}
    for c in cands:
        if c.figures or c.refused:
            figured.setdefault((c.start, c.end), []).append(c)
    return [
        c
        for c in cands
        if c.figures
        or c.refused
        or (c.start, c.end) not in figured
        or not _adds_nothing(c, figured[(c.start, c.end)])
    ]
