"""Sources of a narrated figure and their features, for bench/narrated_model.py (issue 25).

A figure sentence with no frame of speech ("The latest figures also show 4,100 more cases.")
is the outlet's narration to the sentence rules, unless a rule carried a source to it. Here
each such candidate (only its figure for cue, its speaker found on weak evidence or not at
all) is set against every source the page names before it (a speaker or claimant of a
candidate with a frame, the headline's included) and the source named in the very next
sentence of its paragraph, and against nobody (the outlet's own narration, score 0). A
source's score is the bias plus a weighted sum of a few general features (``FEATURES``):

* ``near``: 1 / (1 + the sentences from its last mention to the figure);
* ``last``: it is the source mentioned last before the figure;
* ``paragraph``: its last mention is in the figure's paragraph;
* ``between``: how many other sources are mentioned after it and before the figure (0, 1/2,
  1 for two or more);
* ``issuer``: a sentence of it names a work it issues or the figures it tells ("according to
  X", "figures from X", "X's report", "the survey ... found");
* ``shared``: content words shared by the figure's sentence and its own figure sentences
  (0, 1/3, 2/3, 1 for three or more);
* ``named``: it is named on strong evidence somewhere (an unmarked speaker);
* ``ahead``: it is named only in the next sentence, after the figure;
* ``rules``: the sentence rules already gave it the figure (the rules' own choice is always
  an option);
* of the figure's own sentence: ``also`` (it goes on: "also", "meanwhile", "overall", "of
  those"), ``work`` (it names a work or a verb of findings without an issuer: "the figures
  show"), ``change`` (it tells a change: "rose by 12%").

The best source is chosen when its score is above the margin; else nobody. An unmarked
speaker is never decided here, and a source chosen here is always marked ``guess:``.
Measured leave-one-set-out, the scorer does not pay (bench/narrated_model.py's docstring,
docs/extract.md "Narrated figures, scored"), so it is not part of the package: this file
lives with the bench that measures it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from claimtrack.extract.candidates import Candidate
from claimtrack.extract.pagesource import _KIND, _content, _key
from claimtrack.extract.text import Span

FEATURES = (
    "near", "last", "paragraph", "between", "issuer", "shared", "named", "ahead", "rules",
    "also", "work", "change",
)  # fmt: skip
# a sentence naming a source as the issuer of figures, a work or a count
_ISSUER = re.compile(
    rf"\baccording\s+to\b|\b{_KIND}\b|\b(?:poll|index|tally|bulletin|update|register|records)\b",
    re.IGNORECASE,
)


# the figure's own sentence: goes on with figures told before ("also", "meanwhile"), names a
# work without its issuer ("the latest figures show"), or tells a change ("rose by 12%")
_ALSO = re.compile(r"\b(?:also|further|meanwhile|in\s+addition|overall|of\s+th(?:ese|ose))\b", re.I)
_WORK_HERE = re.compile(
    rf"\b{_KIND}\b|\b(?:show(?:s|ed|n)?|recorded|registered|reveal(?:s|ed)?)\b", re.IGNORECASE
)
_CHANGE = re.compile(
    r"\b(?:r(?:o|i)se[ns]?|rising|f(?:e|a)ll(?:en|s)?|increas\w*|decreas\w*|jump\w*|climb\w*|"
    r"drop\w*|declin\w*|grew|grown|doubled|up|down)\b[^.;]{0,40}?\d",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Option:
    """A source a narrated figure may be told from: its names and its features."""

    speaker: str
    claimant: str | None
    features: dict[str, float]


@dataclass
class _Source:
    speaker: str
    claimant: str | None
    mentions: list[int]  # sentence indices, in order
    words: set[str]  # content words of its figure sentences
    issuer: bool
    named: bool


def narrated(c: Candidate) -> bool:
    """A candidate whose only cue is its figure and whose speaker is not on strong evidence."""
    return c.cues[:1] == ("figure",) and (not c.speaker or "guess:" in c.speaker_found)


def _source_key(c: Candidate) -> frozenset[str]:
    name = c.claimant or c.speaker or ""
    return _key(name) or frozenset(re.findall(r"[a-z]{3,}", name.lower()))


class _Page:
    """Sentence and paragraph positions of the reading text, and its sources."""

    def __init__(self, reading: str, spans: list[Span], cands: list[Candidate]) -> None:
        self.starts = [sp.start for sp in spans]
        self.breaks = [m.start() for m in re.finditer(r"\n", reading)]
        self.sources: dict[frozenset[str], _Source] = {}
        for c in sorted(cands, key=lambda c: c.start):
            if not c.speaker or narrated(c):
                continue
            key = _source_key(c)
            if not key:
                continue
            src = self.sources.setdefault(
                key, _Source(c.speaker, c.claimant, [], set(), False, False)
            )
            at = self.sentence(c.start)
            if not src.mentions or src.mentions[-1] != at:
                src.mentions.append(at)
            src.speaker, src.claimant = c.speaker, c.claimant  # as named last
            if c.figures:
                src.words |= _content(c.quote)
            told = c.quote
            for name in (c.speaker, c.claimant):  # "the statistics office said" issues nothing
                told = told.replace(name or "\0", "")
            src.issuer = src.issuer or bool(_ISSUER.search(told))
            src.named = src.named or "guess:" not in c.speaker_found

    def sentence(self, at: int) -> int:
        return max(0, bisect.bisect_right(self.starts, at) - 1)

    def paragraph_of_sentence(self, k: int) -> int:
        return bisect.bisect_right(self.breaks, self.starts[k]) if self.starts else 0


def options(reading: str, spans: list[Span], cands: list[Candidate], c: Candidate) -> list[Option]:
    """The sources a narrated figure candidate may be told from, each with its features."""
    return _options(_Page(reading, spans, cands), c)


def _options(page: _Page, c: Candidate) -> list[Option]:
    at = page.sentence(c.start)
    para = page.paragraph_of_sentence(at)
    before: dict[frozenset[str], int] = {}
    for key, src in page.sources.items():
        earlier = [m for m in src.mentions if m < at]
        if earlier:
            before[key] = earlier[-1]
    last = max(before.values(), default=-1)
    rules = _source_key(c) if c.speaker else frozenset()
    words = _content(c.quote)
    also = 1.0 if _ALSO.search(c.quote) else 0.0
    work = 1.0 if _WORK_HERE.search(c.quote) else 0.0
    change = 1.0 if _CHANGE.search(c.quote) else 0.0
    out = []
    for key, src in page.sources.items():
        if key in before:
            seen, ahead = before[key], 0.0
        elif (
            at + 1 in src.mentions
            and at + 1 < len(page.starts)
            and page.paragraph_of_sentence(at + 1) == para
        ):
            seen, ahead = at + 1, 1.0
        else:
            continue
        others = sum(1 for k, m in before.items() if k != key and seen < m)
        f = {
            "near": 1.0 / (1 + abs(at - seen)),
            "last": 1.0 if seen == last and not ahead else 0.0,
            "paragraph": 1.0 if page.paragraph_of_sentence(seen) == para else 0.0,
            "between": min(others, 2) / 2 if not ahead else 0.0,
            "issuer": 1.0 if src.issuer else 0.0,
            "shared": min(len(words & src.words), 3) / 3,
            "named": 1.0 if src.named else 0.0,
            "ahead": ahead,
            "rules": 1.0 if rules and (rules == key or rules <= key or key <= rules) else 0.0,
            "also": also,
            "work": work,
            "change": change,
        }
        out.append(Option(src.speaker, src.claimant, f))
    if c.speaker and not any(o.features["rules"] for o in out):
        # the rules' own choice, found by a path of its own ("That toll" -> the body that gave
        # it): an option with no mention of its own
        f = dict.fromkeys(FEATURES, 0.0)
        f["rules"] = 1.0
        out.append(Option(c.speaker, c.claimant, f))
    return out


def score(features: dict[str, float], weights: dict[str, float], bias: float) -> float:
    """A source's score: nobody scores 0."""
    return bias + sum(weights.get(k, 0.0) * v for k, v in features.items())


def choose(
    opts: list[Option], weights: dict[str, float], bias: float, margin: float
) -> Option | None:
    """The best-scoring source above the margin, else None (nobody); ties go to the first."""
    best: Option | None = None
    best_score = margin
    for o in opts:
        s = score(o.features, weights, bias)
        if s > best_score:
            best, best_score = o, s
    return best


def attribute(
    reading: str,
    spans: list[Span],
    cands: list[Candidate],
    w: dict[str, float],
    b: float,
    t: float,
    keep_guesses: bool = False,
) -> list[Candidate]:
    """Each narrated figure candidate with the source the scorer chooses (a guess), or none;
    with ``keep_guesses``, only those the rules left to nobody."""
    if not any(narrated(c) for c in cands):
        return cands
    page = _Page(reading, spans, cands)
    out = []
    for c in cands:
        if not narrated(c) or (keep_guesses and c.speaker):
            out.append(c)
            continue
        pick = choose(_options(page, c), w, b, t)
        out.append(_given(c, pick))
    return out


def _given(c: Candidate, pick: Option | None) -> Candidate:
    if pick is None:
        if not c.speaker:
            return c
        return replace(
            c,
            speaker=None,
            claimant=None,
            speaker_found=f"none; scored the outlet's narration (the rules guessed {c.speaker})",
        )
    if pick.features["rules"]:
        return c
    why = ", ".join(k for k in FEATURES if pick.features[k] and k != "rules")
    return replace(
        c,
        speaker=pick.speaker,
        claimant=pick.claimant or pick.speaker,
        speaker_found=f"guess: narrated figure scored to {pick.speaker} ({why})",
    )
