"""A stance card beside the figures of its own sentence that says nothing the figure cards do
not (extract50): the outlet's "stance" beside the outlet's figures, and a speaker's
agreeing, confirming or admitting a figure that is the speaker's own figure card."""

from __future__ import annotations

import re
from dataclasses import replace

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


# the verb of speech of a source the sentence's speaker relays ("X said the DOH reported
# ...", "X reported that the authority announced ..."), as the figure cards' speaker_found
# gives it: a work's verb of showing ("the report showed") is not one (the labels log the
# relayer's stance there as often as not)
_RELAYED = re.compile(
    r"^subject of a second '(?:reported|reports|announced|announces|said|says|told|tells|"
    r"estimated|estimates|put|puts)'"
)


def _relayed(card: Candidate, figures: list[Candidate]) -> bool:
    """Whether the figureless ``card`` only relays what another source of its sentence said,
    and every figure card is that source's: "NEC chief X said the DOH reported 14,837
    cases" (the relayer is named on the figure cards instead)."""
    if card.speaker is None or _DOUBT.search(card.quote) or re.search(r"[\"“”]", card.quote):
        return False
    sources = {f.speaker for f in figures}
    if not (
        len(sources) == 1
        and None not in sources
        and card.speaker not in sources
        and all(_RELAYED.match(f.speaker_found) for f in figures)
    ):
        return False
    # the source opens what the relayer said: "said the DOH reported", "reported Monday
    # that Prime Minister X said"; not a source further in ("says the survey matches a
    # letter that estimated ...": the relayer's own claim, session 45)
    verb = _VERB.search(card.speaker_found)
    source = str(next(iter(sources)))
    at = card.quote.find(source)
    if verb is None or at < 0:
        return False
    said = re.search(rf"\b{re.escape(verb.group(1))}\b", card.quote[:at])
    return said is not None and bool(_OPENS.fullmatch(card.quote[said.end() : at]))


# what may stand between a relayer's verb and the source it relays: a day, "that", "the", a
# title in capitals ("reported Monday that Lao Prime Minister X said")
_OPENS = re.compile(
    r"\s+(?:(?:on\s+)?(?:[A-Z][a-z]+day|yesterday|today)\s+)?(?:that\s+)?(?:the\s+)?"
    r"(?:[A-Z][\w'’.-]*\s+){0,4}"
)


def without_empty_stances(cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without a figureless card that adds nothing to the figure cards of its own
    sentence (``_adds_nothing``): one card fewer for the user to read and skip; a relayer's
    card (``_relayed``) goes too, its name kept on the figure cards' ``speaker_found``."""
    figured: dict[tuple[int, int], list[Candidate]] = {}
    for c in cands:
        if c.figures or c.refused:
            figured.setdefault((c.start, c.end), []).append(c)
    relayers: dict[tuple[int, int], str] = {}
    kept = []
    for c in cands:
        siblings = figured.get((c.start, c.end)) if not (c.figures or c.refused) else None
        if siblings and _adds_nothing(c, siblings):
            continue
        if siblings and _relayed(c, siblings):
            relayers[(c.start, c.end)] = c.speaker or ""
            continue
        kept.append(c)
    return [
        replace(c, speaker_found=f"{c.speaker_found}; relayed by '{relayers[(c.start, c.end)]}'")
        if (c.start, c.end) in relayers and (c.figures or c.refused)
        else c
        for c in kept
    ]
