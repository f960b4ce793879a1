"""The body an interviewee the page never names speaks for (extract40).

An interview's answers are the interviewee's; where the page never names the interviewee
(a cut-off page, a name given only in the page's address), they are proposed with no speaker
and never as the outlet's narration (page.UNNAMED_INTERVIEWEE). Such an interviewee often
speaks for a body in the first person plural ("our full-year results", "we are opening a
centre"), and both sides name it ("How did the Kestrel business do?", "Kestrel launched 300
lines"): that body is proposed as the answers' claimant, as a guess that says so. Places are
no such body ("farming in the UK"), nor what only the questions name ("after Brexit?")."""

from __future__ import annotations

import re
from dataclasses import replace

from claimtrack.extract.calibration import _a_place
from claimtrack.extract.candidates import Candidate
from claimtrack.extract.lexicon import _CALENDAR, _DETERMINER
from claimtrack.extract.page import UNNAMED_INTERVIEWEE, Layout
from claimtrack.extract.phrases import _looks_like_body, _names
from claimtrack.extract.text import Span

# the first person plural outside quotation marks: "we", "our", "us" (not "US")
_WE = re.compile(r"\b(?:we|our|ours|ourselves)\b|\bus\b", re.IGNORECASE)
_QUOTED = re.compile(r"\"[^\"]*\"")
MIN_WE_ANSWERS = 2


def _inside_sentence(name: str, text: str) -> bool:
    """Whether ``name`` stands somewhere in ``text`` but its first word."""
    return any(m.start() > 0 for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text))


def _the_place(name: str) -> re.Pattern[str]:
    """A name the page uses as a place with its article: "farming in the UK"."""
    return re.compile(rf"\b(?:in|from|across|into|throughout)\s+the\s+{re.escape(name)}\b(?!['’]s)")


# answer sentences in the first person plural, at least


def spoken_for(reading: str, spans: list[Span], lay: Layout) -> str | None:
    """The one body the answers say "we" for and both questions and answers name, or None
    (two bodies named as often, or none)."""
    if lay.interviewee is not None:
        return None
    asked: dict[str, int] = {}
    answered: dict[str, int] = {}
    we = 0
    for sp in spans:
        role = lay.roles.get(sp.start)
        if role not in ("question", "answer") or lay.speakers.get(sp.start):
            continue
        text = _QUOTED.sub('""', reading[sp.start : sp.end])
        if role == "answer" and _WE.search(text.replace("US", "")):
            we += 1
        tally = asked if role == "question" else answered
        for name in {_DETERMINER.sub("", n).strip() for n in _names(text)}:
            if _inside_sentence(name, text):  # not a word that only opens it ("How")
                tally[name] = tally.get(name, 0) + 1
    if we < MIN_WE_ANSWERS:
        return None
    both = {
        n: asked[n] + answered[n]
        for n in asked.keys() & answered.keys()
        if _looks_like_body(n)
        and n.lower() not in _CALENDAR
        and not _a_place(n, reading)
        and not _the_place(n).search(reading)
    }
    if not both:
        return None
    best = max(both.values())
    top = [n for n, c in both.items() if c == best]
    return top[0] if len(top) == 1 and best >= 2 else None


def unnamed_answers(
    reading: str, spans: list[Span], lay: Layout, cands: list[Candidate]
) -> list[Candidate]:
    """Each answer of an interviewee the page never names given, as its claimant, the body
    the answers speak for (``spoken_for``), marked as a guess; the speaker stays unnamed."""
    if not any(UNNAMED_INTERVIEWEE in c.speaker_found for c in cands):
        return cands
    body = spoken_for(reading, spans, lay)
    if body is None:
        return cands
    how = (
        f"; guess: the claimant is {body}, whom the answers speak for ('we', 'our') and the "
        "questions and answers name"
    )
    return [
        replace(c, claimant=body, speaker_found=c.speaker_found + how)
        if c.speaker is None and c.claimant is None and UNNAMED_INTERVIEWEE in c.speaker_found
        else c
        for c in cands
    ]
