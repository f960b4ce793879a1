"""Features of a proposed speaker, for the learned-scorer experiment of bench/speaker_model.py.

Each candidate with a speaker is described by general features of the evidence the rules
found for it (how the speaker was found, the attribution verb's kind, whether the speaker is a
name the article gives and where, the candidate's kind and place), so that a logistic scorer
trained on the labelled sets can say how likely the speaker is right. The experiment measured,
leave-one-set-out, that such a scorer does not pay (docs/extract.md, "How sure a speaker is"),
so it is not part of the package: this file lives with the bench that measures it.
"""

from __future__ import annotations

import math
import re

from claimtrack.extract.calibration import _has_name_head, _named_body
from claimtrack.extract.candidates import Candidate
from claimtrack.extract.lexicon import _STANCE_VERBS

_SAY = {"said", "says", "say", "told", "tells", "tell", "added", "adds", "adding", "stated",
        "states", "explained", "explains", "noted", "notes", "wrote", "writes", "saying",
        "telling", "according to"}  # fmt: skip
_ESTIMATE = {"estimated", "estimates", "estimate", "claimed", "claims", "claim", "put", "puts",
             "reported", "reports", "counted", "calculated", "projected", "forecast",
             "reckoned", "believes", "believe", "believed", "figures", "show", "shows",
             "showed"}  # fmt: skip

# how the rules found the speaker (the words ``speaker_found`` opens with) -> feature
_FOUND = (
    ("found_second", re.compile(r"^subject of (?:a second|the clause|'[^']*' in the clause)")),
    ("found_subject", re.compile(r"^subject of")),
    ("found_after", re.compile(r"^after '")),
    ("found_according", re.compile(r"^according to")),
    ("found_agent", re.compile(r"^agent of")),
    ("found_quotation", re.compile(r"^quotation continues")),
    ("found_pronoun", re.compile(r"^(?:guess: )?pronoun")),
    ("found_surname", re.compile(r"^(?:surname|family name)")),
    ("found_interview", re.compile(r"^interview answer")),
    ("found_carried", re.compile(r"^guess: (?:goes on|the last speaker)")),
    ("found_owner", re.compile(r"^owner of")),
    ("found_role", re.compile(r"^'[^']*'(?:, a description)?: the")),
)

# "Mozambique's Minister" then " of Land and Environment Celso Correia said"
_NAME_GOES_ON = re.compile(
    r"^(?:\s+(?:of|for)\s+(?:the\s+)?|\s+)(?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][a-z]"
)

# what each feature means (the bench prints the weights with these words)
DESCRIBE = {
    "found_second": "a second verb of the sentence",
    "found_subject": "the subject of the verb",
    "found_after": "the name after the verb",
    "found_according": "'according to'",
    "found_agent": "the agent of a passive",
    "found_quotation": "a quotation carried from the last speaker",
    "found_pronoun": "a pronoun",
    "found_surname": "a surname",
    "found_interview": "an interview answer",
    "found_carried": "carried from an earlier sentence",
    "found_owner": "the owner of a claim noun",
    "found_role": "a role resolved to an earlier speaker",
    "found_other": "an unusual way of finding it",
    "verb_say": "a plain speech verb",
    "verb_estimate": "a verb of estimate or claim",
    "verb_stance": "a verb of stance (denied, accused)",
    "verb_other": "a verb that may narrate an act rather than report speech",
    "rule_guess": "the rules already guess",
    "name_head": "a name",
    "named_body": "a named body",
    "no_name": "no name",
    "lower_case": "a lower-case description",
    "one_word": "a single word",
    "long_name": "a long phrase",
    "claimant_differs": "speaks for a named body",
    "in_sentence": "named in the sentence",
    "named_before": "named earlier in the article",
    "sentence_opens": "the sentence opens with it",
    "first_mention": "named here for the first time",
    "figure": "a figure",
    "cue_quotation": "a quotation",
    "cue_figure": "a sentence with only a figure",
    "heading": "a heading",
    "lead": "the article's first sentence",
    "in_quote_marks": "the sentence is mostly a quotation",
    "name_goes_on": "the name goes on after it in the sentence",
    "odd_characters": "a dash, digit or stray mark in it",
    "several_lines": "a sentence over several lines (a heading or list run into it)",
    "figure_past_clause": "the figure is in a later clause than the verb",
}


def features(c: Candidate, reading: str, lead: int) -> dict[str, float]:
    """The features of ``c``'s speaker (``c`` has one); ``lead`` is the first candidate's
    start (the article's lead sentence)."""
    speaker = c.speaker or ""
    found = c.speaker_found
    out: dict[str, float] = {}
    for name, rx in _FOUND:
        if rx.search(found):
            out[name] = 1.0
            break
    else:
        out["found_other"] = 1.0
    verb = re.match(r"^(?:subject of (?:a second )?|after |agent of )'([^']+)'", found)
    word = verb.group(1).lower() if verb else ("according to" if "according to" in found else "")
    if word:
        kind = (
            "verb_say"
            if word in _SAY
            else "verb_estimate"
            if word in _ESTIMATE
            else "verb_stance"
            if word in _STANCE_VERBS
            else "verb_other"
        )
        out[kind] = 1.0
    if "guess:" in found:
        out["rule_guess"] = 1.0
    if _has_name_head(speaker, reading):
        out["name_head"] = 1.0
    elif _named_body(speaker, reading):
        out["named_body"] = 1.0
    else:
        out["no_name"] = 1.0
    if speaker[:1].islower():
        out["lower_case"] = 1.0
    n_words = len(speaker.split())
    if n_words == 1:
        out["one_word"] = 1.0
    elif n_words >= 5:
        out["long_name"] = 1.0
    if c.claimant and c.claimant != speaker:
        out["claimant_differs"] = 1.0
    sentence = reading[c.start : c.end]
    here = sentence.find(speaker) if speaker else -1
    if here >= 0:
        out["in_sentence"] = 1.0
        if re.match(r"^(?:[\W_]*(?:The|the|A|An)\s+)?$", sentence[:here]):
            out["sentence_opens"] = 1.0
        after = sentence[here + len(speaker) :]
        if re.match(
            r"^(?:\s+(?:of|for)\s+(?:the\s+)?|\s+)(?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][a-z]", after
        ):
            out["name_goes_on"] = 1.0  # "Mozambique's Minister" of "... Minister of X Celso Y"
    if re.search(r"\s-\s|\d|^[^\w]|[|•*_]", speaker):
        out["odd_characters"] = 1.0
    if "\n" in sentence.strip():
        out["several_lines"] = 1.0
    if speaker and reading.find(speaker, 0, c.start) >= 0:
        out["named_before"] = 1.0
    elif here >= 0:
        out["first_mention"] = 1.0
    if c.figures or c.refused:
        out["figure"] = 1.0
        at = (c.figures[0].start if c.figures else c.refused[0].start) - c.start
        verb_at = sentence.find(word) if word else -1
        if 0 <= verb_at < at and re.search(
            r"[;:]|,\s+(?:but|while|whereas|although|as)\s|\s(?:but|while|whereas)\s",
            sentence[verb_at:at],
        ):
            out["figure_past_clause"] = 1.0
    if c.cue == "quotation":
        out["cue_quotation"] = 1.0
    elif c.cue == "figure":
        out["cue_figure"] = 1.0
    if "heading" in c.cues:
        out["heading"] = 1.0
    if c.start == lead:
        out["lead"] = 1.0
    quoted = sum(len(m) for m in re.findall(r"[\"“][^\"”]*[\"”]", sentence))
    if sentence and quoted >= len(sentence) / 2:
        out["in_quote_marks"] = 1.0
    return out


def probability(feats: dict[str, float], weights: dict[str, float], bias: float) -> float:
    """The logistic score: the probability that the speaker is right."""
    z = bias + sum(weights.get(k, 0.0) * v for k, v in feats.items())
    if z < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))
