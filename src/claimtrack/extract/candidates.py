"""Candidates: one per figure of a sentence, each with its own speaker (a claim noun's owner,
a second speaker, a relative clause's subject, the outlet's narration), plus a stance."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from claimtrack.extract import clauses, works
from claimtrack.extract.agents import AGENT_KINDS, speaker_kind
from claimtrack.extract.bodies import _armed_group
from claimtrack.extract.cues import Earlier, Sentence, _speech_verb
from claimtrack.extract.figurespans import FigureRead, Refused, dates, figure_json
from claimtrack.extract.lexicon import (
    _DATA_NOUNS,
    _DETERMINER,
    _IRREGULAR_PAST,
    _NOT_NAMES,
    _OPENERS,
    _PRONOUNS,
    _STANCE_VERBS,
)
from claimtrack.extract.page import UNNAMED
from claimtrack.extract.phrases import (
    _DATELINE,
    _GROUP_AT,
    _GROUP_AT_BODY,
    _looks_like_body,
    _main_subject,
    _names,
    _org_of,
    _person_of,
    _subject_after,
    _subject_before,
    _valid_speaker,
)
from claimtrack.extract.speakers import _without_kind, act_verb, official_body
from claimtrack.extract.text import ANSWER_MARK, TURN_LABEL, Span, _inside
from claimtrack.extract.verbs import stance_forms

if TYPE_CHECKING:
    from claimtrack.extract.pageissuer import PageIssuer

# quotation marks and apostrophes, any of which the reading copy may have straightened
_MARKS = str.maketrans(dict.fromkeys("'\"‘’‚‛“”„‟′″«»", "'"))


@dataclass(frozen=True)
class Candidate:
    """One proposed claim: the sentence, what cued it, who said it, the figures read."""

    start: int
    end: int
    quote: str
    cue: str  # "quotation", "speech verb" or "figure"
    cues: tuple[str, ...]
    speaker: str | None
    speaker_found: str
    claimant: str | None
    figures: tuple[FigureRead, ...]
    dates: tuple[str, ...]
    refused: tuple[Refused, ...] = ()  # figures as written that the parser refuses
    elsewhere: tuple[int, ...] = ()  # starts of later sentences repeating its quotation
    page_issuer: PageIssuer | None = None  # a figure told in the outlet's voice, given the
    # page's single issuer (pageissuer.py): --review asks once whether they are its

    def record(
        self, subject: str, *, outlet: str | None = None, source: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        """The candidate as a JSONL line: claim fields pre-filled plus the ``extract`` object."""
        src = source or {}
        outlet = src.get("outlet") or outlet
        claimant = self.claimant or (outlet if self.speaker is None and self.narrated else None)
        rec: dict[str, Any] = {"subject": subject}
        if claimant:
            rec["claimant"] = claimant
        if self.speaker:
            rec["speaker"] = self.speaker
        for key in ("outlet", "url", "reported_on"):
            value = outlet if key == "outlet" else src.get(key)
            if value:
                rec[key] = value
        rec["quote"] = self.quote
        rec["kind"] = "figure" if self.figures or self.refused else "stance"
        figures = [figure_json(f) | {"text": self.shown(f.start, f.end, f.figure.text)}
                   for f in self.figures]  # fmt: skip
        if figures:
            rec["value"] = figures[0]["text"]
            if figures[0].get("change"):  # a change of the measure, not its level
                rec["change"] = figures[0]["change"]
        if src.get("id"):
            rec["source"] = src["id"]
        rec["extract"] = {
            "start": self.start,
            "end": self.end,
            "cue": self.cue,
            "cues": list(self.cues),
            "speaker_found": self.speaker_found,
            "claimant_found": self._claimant_found(claimant),
            "figures": figures,
            "dates": list(self.dates),
        }
        if self.refused:
            rec["extract"]["refused"] = [
                {
                    "text": self.shown(r.start, r.end, r.text),
                    "start": r.start,
                    "end": r.end,
                    "reason": r.reason,
                }
                for r in self.refused
            ]
        if self.elsewhere:
            rec["extract"]["elsewhere"] = list(self.elsewhere)
        if self.page_issuer is not None:
            rec["extract"]["page_issuer"] = self.page_issuer.record()
        return rec

    def shown(self, start: int, end: int, read: str) -> str:
        """A figure's text as the article shows it (``read`` is its text in the reading copy,
        whose quotation marks are straightened: "1'200" for the page's "1’200"), so that the
        card, the value and the stored quote agree to the character."""
        page = self.quote[start - self.start : end - self.start]
        same = len(page) == len(read) and page.translate(_MARKS) == read.translate(_MARKS)
        return page if same else read

    @property
    def narrated(self) -> bool:
        """Whether a candidate with no speaker is the outlet's own narration: not an answer
        of an interviewee the page never names (extract40), whose claimant is left for the
        user to give."""
        return self.unnamed is None

    @property
    def unnamed(self) -> str | None:
        """What the candidate says of a speaker the page never names (``page.UNNAMED``)."""
        return next((m for m in UNNAMED if m in self.speaker_found), None)

    def _claimant_found(self, claimant: str | None) -> str:
        if self.unnamed is not None:  # an interviewee or an author the page never names
            return (
                f"none: {self.unnamed}" if not claimant else "guess: the body the answers speak for"
            )
        if not claimant:
            return "none"
        if self.speaker is None:
            return "narration: the outlet"
        if claimant != self.speaker:
            return "the organisation named beside the speaker"
        return "the speaker"


_CLAIM_NOUN = re.compile(
    r"\b(?:claims?|estimates?|figures?|counts?|tally|forecasts?|calculations?|projections?|"
    r"assessments?|costing)\b"
)

_OWNER = re.compile(
    r"(?:\b(his|her|their|its)|\b((?:[A-Z][\w.&-]*\s+){0,4}[A-Z][\w.&-]*?)(?:'s)?|\b(\w+)'s)"
    r"\s+(?:(?:own|official|latest|new|initial|earlier|final|first|original)\s+)*$"
)

_CLAIM_BY = re.compile(
    r"\b(?:claims?|estimates?|figures?|counts?|reports?|allegations?|assertions?)\s+"
    r"(?:by|from)\s+((?:the\s+)?[\w.'&-]+(?:\s+[\w.'&-]+){0,3}?)\s+(?:that|of)\b"
)


# figures put out by a named author, then the figure after a dash, a bracket, a colon or a
# comma ("Turnout figures given by the authorities – 57,000 in Paris – were ...", "the
# estimate released by the Harbour Board (40 deaths)"): the author's (extract39)
_PUT_OUT_BY = re.compile(
    r"\b(?:claims?|estimates?|figures?|counts?|tally|numbers?|data|statistics)\s+"
    rf"(?:{'|'.join(works.PUBLISHED_BY)})\s+by\s+"
    r"((?:the\s+)?[\w.'’&-]+(?:\s+(?!(?:were|was|is|are|has|have|had|put|puts|show|shows|"
    r"showed|say|says|said|and|but)\b)[\w.'’&-]+){0,4}?)\s*(?:[–—(:,]|\s-)\s*$"
)


# the verbs that give a count anew as its keeper's: the count after them is theirs
_REVISING = {"raised", "raises", "lowered", "lowers", "revised", "revises", "updated", "updates"}


def _author_put_out(text: str) -> str | None:
    """The named author of figures put out right before the figure (``_PUT_OUT_BY``)."""
    given = _PUT_OUT_BY.search(text)
    who = _valid_speaker(given.group(1)) if given is not None else None
    if not who or who.lower() in _PRONOUNS:
        return None
    return _person_of(_DETERMINER.sub("", who).strip())


def _claim_owner(reading: str, s: Sentence, f: FigureRead, earlier: Earlier) -> str | None:
    """ "X is sticking to her claim of a $4.2 billion gap", "the Peruvian estimate of miners
    trapped was about 40": the owner of a claim noun just before the figure."""
    text = reading[s.span.start : f.start]
    by = list(_CLAIM_BY.finditer(text))
    revised = (  # "X raised the casualty count from the wildfire that ... to 91": X's count
        s.verb is not None
        and s.verb.group(1).lower() in _REVISING
        and bool(by)
        and s.verb.end() <= s.span.start + by[-1].start()
    )
    if (
        by
        and not revised
        and len(text) - by[-1].end() <= 60
        and '"' not in text[by[-1].end() :]
        and "," not in text[by[-1].end() :]  # "Despite claims by X that 40 died, doctors ..."
    ):
        who = _valid_speaker(
            re.sub(r"\s+(?:found|finds|showed|shows|said|says)$", "", by[-1].group(1))
        )
        if who:  # "A report by X found that 6,000": X, not "X found"
            return _person_of(_DETERMINER.sub("", who).strip())
    author = _author_put_out(text) if s.verb is None else None
    if author:  # "Turnout figures given by the police – 57,000 –": the police's (a frame of
        return author  # the sentence's own, "According to figures compiled by X, ...", reads X)
    nouns = list(_CLAIM_NOUN.finditer(text))
    if not nouns:
        return None
    noun = nouns[-1]
    in_subject = s.verb is not None and s.span.start + noun.end() <= s.verb.start() < f.start
    if in_subject:
        return None  # "The ministry's figures show 312": the subject's, the sentence's speaker
    gap = text[noun.end() :]
    if len(gap) > 40 or "," in gap or '"' in gap:
        return None
    owner = _OWNER.search(text[: noun.start()])
    if not owner:
        return None
    if owner.group(1) in ("its", "their"):  # "sue the park service over its count"
        near = re.search(
            r"\bthe\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+(?:over|of|for|about|on|with|in)\s+$",
            text[: owner.start()],
            re.I,
        )
        if near and not any(
            w.endswith("ed") or re.fullmatch(_IRREGULAR_PAST, w) for w in near.group(1).split()
        ):
            return near.group(1)
    if owner.group(1):  # his / her / its: the clause's subject, a name, else the last speaker
        subject = _main_subject(reading, s.span.start, s.span.start + owner.start())
        subject = _valid_speaker(subject) if subject else None
        if subject and subject.lower() not in _PRONOUNS:
            return _person_of(_DETERMINER.sub("", subject).strip())
        names = _names(_DATELINE.sub("", text[: owner.start()]))
        if names:
            return _person_of(names[0])
        return earlier[-1][1] if earlier else None
    return _owner_name(owner.group(2) or owner.group(3) or "")


def _owner_name(found: str) -> str | None:
    """The owner's name ``_OWNER`` found before a claim noun, or None when it is no owner: a
    participle ("Published claims"), a word that names no one, or a time ("up from a December
    estimate of 2.5 million": dated, not owned; extract47)."""
    name = _DETERMINER.sub("", found).strip()
    if re.fullmatch(r"[A-Z][a-z]+(?:ed|ing)", name):
        return None  # "Published claims of 300 escapes": a participle, no owner
    if not name or name.lower() in _NOT_NAMES or name.lower() in _OPENERS:
        return None
    return None if _A_TIME.fullmatch(name) else name


# a time, not an owner: "a December estimate", "Monday's count", "last year's figure"
_A_TIME = re.compile(
    r"(?i:(?:last|this|next)\s+)?(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Yesterday|Today|Tonight)"
    r"(?:\s+\d{1,4})?"
)


_AS_CLAIMED = re.compile(
    r"\s*,?\s+as\s+((?:the\s+)?[\w.'-]+(?:\s+[\w.'-]+){0,3}?)\s+"
    r"(claims?|claimed|says?|said|insists?|insisted|estimates?|estimated|reports?|reported|"
    r"alleges?|alleged|suggests?|suggested|maintains?|maintained)\b"
)


def _second_speaker(
    reading: str, s: Sentence, f: FigureRead | Refused
) -> tuple[str, str, str] | None:
    """ "X said 5,000 marched, while police said 2,000 attended": a figure after a later
    speech verb of the sentence is that verb's subject's."""
    if s.verb is None or f.start <= s.verb.end():
        return None
    last = None
    pos = s.verb.end()
    lead_from = pos  # where the last verb's own subject may begin: after the verb before it
    while True:
        # up to the figure's end: "put the turnout at 3,000" needs the figure to be read
        m = _speech_verb(reading, Span(pos, f.end), s.quotes)
        if m is None or m.end() > f.start:
            break
        lead_from = pos
        last, pos = m, m.end()
    if last is None or last.group(1).lower() == "according to":
        return None
    if _another_clause(reading, s, f.start, last.start()) and _frameless(reading, s, f.start):
        return None  # "X said 40, while Y disputed it; 12 were missing": not Y's (see below)
    if _same_subject(reading[s.verb.end() : last.start()], last.group(1)):
        return None  # "X dismissed ..., reiterating that", "X claimed ... and stressed": X's
    if s.speaker and _in_complement(reading, s, last.start()) and act_verb(reading, last, f.end):
        return None  # "Reports claim that X have agreed a fee of 40m": X's act, as reported
    by = re.match(r"\s+by\s", reading[last.end() : f.start])
    relayed = _RELAYED_AS.search(reading[s.verb.end() : last.start()])
    if last.group(1) == "saying" and relayed:  # "..., a statement quoting X as saying 270,000"
        phrase, appositive = relayed.group(1), None
    elif last.group(1).endswith("ed") and by:  # "the numbers reported by University officials"
        phrase = _subject_after(reading, last.end() + by.end() - 1, f.start)
        appositive = None
    elif _OWN_PEOPLE.match(reading, lead_from, last.start()) or _speakers_own(
        reading[lead_from : last.start()], s.speaker
    ):
        # "X rejected the figures, saying its monitors believed only 38 percent": X's own
        # people, after X's participle: X's words (extract41; the subject had been read from
        # X's verb on, "the official figures")
        return None
    else:
        phrase, appositive = _subject_before(reading, s.verb.end(), last.start())
        given = _GIVEN_BY.search(reading, s.verb.end(), last.start())
        if phrase and given and phrase.lower().split()[-1] in _DATA_NOUNS:
            phrase = given.group(1)  # "figures released by the council show": the council
    absolute = re.search(r"\swith\s+(?=\S)", phrase or "")
    if absolute is not None and phrase and last.group(1).endswith("ing"):
        phrase = phrase[absolute.end() :]  # "a profit of $2 million with analysts estimating"
    phrase = _valid_speaker(phrase) if phrase else None
    if not phrase or phrase.lower() in _PRONOUNS or phrase == s.phrase:
        return None
    phrase = _DETERMINER.sub("", phrase).strip()
    if not phrase or phrase == _DETERMINER.sub("", s.phrase or "").strip():
        return None  # '"...," said the fighters, who claimed': the speaker named again
    return _second_subject(reading, s, phrase, appositive, last)


def _second_subject(
    reading: str, s: Sentence, phrase: str, appositive: str | None, last: re.Match[str]
) -> tuple[str, str, str]:
    """``_second_speaker``'s answer for the subject ``phrase`` of its later verb ``last``."""
    who = _without_kind(_person_of(phrase))  # "distributor X": X
    how = f"subject of a second '{last.group(1)}'"
    cited = bool(_CITED_WORK.search(phrase)) and last.group(1).lower() in _WORK_VERBS
    if cited and s.speaker and _relays_work(reading, s, last.start()):
        # "It said the Kestrel Crime Survey showed 80%", "Ann Kerr said the Tarnwell report
        # showed ...": the sentence's speaker relays the work; the work is the cited origin
        # (extract49)
        return s.speaker, s.claimant or s.speaker, f"{s.found}; citing '{who}' as its origin"
    if cited:
        # "It said the Kestrel Crime Survey showed 80% ...": a work the sentence's speaker
        # cites; its figures may be the speaker's own survey or another's: a marked guess
        how += (
            f"; guess: '{who}' is a work the sentence's speaker cites, whose issuer it does not say"
        )
    return who, _org_of(phrase, appositive) or who, how


def _relays_work(reading: str, s: Sentence, work_verb: int) -> bool:
    """The sentence's speaker relays the work whose verb of showing stands at ``work_verb``:
    the speaker said it ("X said [in a statement] [that] the report showed"), in one clause,
    its verb a verb of saying (not a stance on it, "X disputed the report, which showed")."""
    if s.verb is None or not s.speaker or s.speaker.lower() in _PRONOUNS:
        return False
    if s.verb.group(1).lower() not in _RELAYING_VERBS:
        return False
    if re.search(r"\b(?:that|which|who)\s+(?:[a-z]+ly\s+)?$", reading[s.verb.end() : work_verb]):
        return False  # "... a letter published in May that estimated 80": the work's own clause
    return _in_complement(reading, s, work_verb)


def _in_complement(reading: str, s: Sentence, at: int) -> bool:
    """Offset ``at`` is in what the sentence's verb says: after it, in its clause, with no
    quotation, semicolon or clause of contrast between."""
    if s.verb is None or at <= s.verb.end():
        return False
    between = reading[s.verb.end() : at]
    if re.search(r"[;\"“”]|,\s+(?:while|whereas|but|although|though|yet|and|which|who)\b", between):
        return False
    return not _another_clause(reading, s, s.verb.start(), at)


# verbs by which a speaker relays a work's findings ("X said the survey showed")
_RELAYING_VERBS = frozenset(
    ("said", "says", "say", "told", "tells", "added", "adds", "noted", "notes", "wrote",
     "writes", "stated", "states", "explained", "explains", "pointed out", "argued", "argues")
)  # fmt: skip


# works a body issues or does (works.py's documents and inquiries, and a paper, which it
# leaves out as phrases.py adds it)
_ISSUED_WORKS = rf"{works.pattern('document')}|{works.pattern('inquiry')}|papers?"
# a work cited as the subject of a later verb of showing (``_second_speaker``), anywhere in
# its phrase ("the Kestrel Crime Survey", "new research", "the price index")
_CITED_WORK = re.compile(rf"\b(?:{_ISSUED_WORKS}|research|index)\b", re.I)
# works.py's verbs of a work, and the verbs of an estimate
_WORK_VERBS = frozenset(
    (*works.WORK_VERBS, "find", "suggest", "estimated", "estimates", "put", "puts")
)


# a later verb's subject that belongs to the sentence's speaker, right after a verb of the
# speaker's: "..., saying its monitors believed", "..., adding that their own count showed"
_OWN_PEOPLE = re.compile(
    r"\s+(?:that\s+)?(?:its|their|his|her|our)\s+(?:own\s+)?(?:[a-z-]+\s+){0,2}?[a-z-]+\s*\Z"
)

_OWNER_POSSESSIVE = re.compile(
    r"\s+(?:that\s+)?the\s+([a-z]+)['’]s?\s+(?:own\s+)?(?:[a-z-]+\s+){0,2}?[a-z-]+\s*\Z"
)


def _speakers_own(lead: str, speaker: str | None) -> bool:
    """ "..., saying the party's monitors believed": a later subject owned by the sentence's
    speaker named again by its head noun ("the party" of "The Harbour party")."""
    m = _OWNER_POSSESSIVE.match(lead)
    return bool(m and speaker and m.group(1) == speaker.lower().split()[-1])


# the one a statement or a broadcast relays: "a statement quoting the president as saying"
_RELAYED_AS = re.compile(r"\b(?:quoted|cited|quoting|citing)\s+([^,;\"]{2,60}?)\s+as\s+$")

# data and the body that gave them, right before their verb: "figures released by the council"
_GIVEN_BY = re.compile(
    r"\b(?:released|published|compiled|reported|disclosed|provided|issued|gathered|collected)"
    r"\s+by\s+((?:the\s+)?[\w.'’&-]+(?:\s+[\w.'’&-]+){0,4}?)\s*,?\s*$"
)


def _same_subject(lead: str, verb: str) -> bool:
    """A second verb with no subject of its own: after "and" ("X claimed ... and stressed"),
    or a participle after a comma ("X dismissed ..., reiterating")."""
    if re.search(r"\band\s+(?:[a-z]+ly\s+)?$", lead):
        return True
    return verb.endswith("ing") and bool(re.search(r",\s*(?:[a-z]+ly\s+)?$", lead))


def _second_stance(reading: str, s: Sentence) -> tuple[str, str, str] | None:
    """ "X says Y agreed, despite Y saying 'there is no hole'": a second named speaker whose
    own words (a quotation or a that-clause) follow their verb is a stance of their own."""
    if s.verb is None or s.speaker is None:
        return None
    m = _speech_verb(reading, Span(s.verb.end(), s.span.end), s.quotes)
    while m is not None and re.match(r"\s+by\s", reading[m.end() : s.span.end]):
        agent = _rejected_by(reading, s, m)
        if agent is not None:  # "..., a toll immediately rejected by a spokesman for X"
            return agent
        m = _speech_verb(reading, Span(m.end(), s.span.end), s.quotes)  # "reported by X"
    if m is None or m.group(1).lower() == "according to":
        return None
    if _same_subject(reading[s.verb.end() : m.start()], m.group(1)):
        return None
    rest = reading[m.end() : s.span.end]
    lead = reading[s.verb.end() : m.start()]
    # "...; residents said most were", "... were found and state officials said they expected"
    new_clause = ";" in lead or bool(
        re.search(r"(?:,\s*|\s)(?:and|but|while|whereas)\s+(?:[\w'’.-]+\s+){1,4}$", lead)
        and re.match(r"\s+(?:they|he|she|it|we|the|a|an|its|their)\b", rest)
        and m.group(1).lower() in ("said", "say", "says", "told", "added")
    )
    # "..., but the rebels dismissed the claim": a stance verb on what was just said
    on_it = m.group(1).lower() in _STANCE_VERBS and bool(_ON_IT.match(rest))
    if not (new_clause or on_it or re.match(r"\s*(?:,\s*)?(?:\"|that\b)", rest)):
        return None
    phrase, appositive = _subject_before(reading, s.verb.end(), m.start())
    phrase = _valid_speaker(phrase) if phrase else None
    absolute = re.search(r"\bwith\s+([^,;]+?)\s*$", reading[s.verb.end() : m.start()])
    if not phrase and absolute and m.group(1).endswith("ing"):
        phrase = _valid_speaker(absolute.group(1))  # "..., with the minister insisting that"
    if not phrase or phrase.lower() in _PRONOUNS or not (_names(phrase) or new_clause or on_it):
        return None
    phrase = _DETERMINER.sub("", phrase).strip()
    who = _without_kind(_person_of(phrase))  # "distributor X": X
    if who == s.speaker or who in (s.phrase or ""):
        return None
    how = f"subject of a second '{m.group(1)}'"
    group = _armed_group(reading, who)
    if group:  # "..., but the rebels dismissed the claim": the armed group the article names
        return who, f"{how}; guess: '{who}' of {group}, the one armed group named", group
    return who, how, _org_of(phrase, appositive) or who


def _rejected_by(reading: str, s: Sentence, m: re.Match[str]) -> tuple[str, str, str] | None:
    """ "Mali's army said it killed 45, a toll rejected by a spokesman for the rebels": a
    stance verb in the passive on what was said is its agent's stance."""
    word = m.group(1).lower()
    if word not in _STANCE_VERBS or not word.endswith("ed"):
        return None
    by = re.match(r"\s+by\s", reading[m.end() : s.span.end])
    assert by is not None
    lead = reading[s.verb.end() : m.start()] if s.verb is not None else ""
    if not re.search(
        r"(?:claims?|figures?|toll|counts?|numbers?|estimates?|accounts?|reports?|it|this|that"
        r"|allegations?)(?:\s+[a-z]+ly)?(?:\s+(?:was|were|has\s+been|have\s+been))?\s*$",
        lead,
    ):
        return None  # "the plan, welcomed by ..." or an agent of another verb: not on it
    phrase = _subject_after(reading, m.end() + by.end() - 1, s.span.end)
    phrase = _valid_speaker(phrase) if phrase else None
    if not phrase or phrase.lower() in _PRONOUNS:
        return None
    phrase = _DETERMINER.sub("", phrase).strip()
    who = _without_kind(_person_of(phrase))  # "distributor X": X
    if who == s.speaker:
        return None
    how = f"agent of '{word} by', on what was said"
    org = _org_of(phrase, None) or who
    spoken_for = re.search(r"\b(?:for|of)\s+(?:the\s+)?(.+)$", org)  # "spokesman for the rebels"
    armed = (
        spoken_for.group(1) if spoken_for and _armed_group(reading, spoken_for.group(1)) else org
    )
    group = _armed_group(reading, armed)
    if group:  # "rejected by a spokesman for the rebels": the armed group the article names
        return who, f"{how}; guess: '{armed}' of {group}, the one armed group named", group
    return who, how, org


# an insert describing the subject right before its verb: ", which represents 40,000 workers,"
_DESCRIBING = re.compile(
    r",\s+(?:which|who)\s+(?!(?:\w+\s+){0,3}?(?:said|says|say|estimated|estimates|put|puts|"
    r"reported|reports|claimed|claims)\b)(?:[^,;\"]|(?<=\d),(?=\d)){3,120},\s*(?:[a-z]+ly\s+)?$"
)

# a sentence closing on its source: "..., according to local news reports and officials."
_ACCORDING_AT_END = re.compile(r",\s+according\s+to\s+([^,;\"]{3,80}?)[.!?\"'’”]*$")
_NEW_CLAUSE = re.compile(r",?\s(?:while|whereas|but|and|as)\s")

# the figure's own source after it: "the 400,000 claimed by organisers"
_BY_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(claimed|estimated|reported|given|cited|counted|announced|quoted|"
    r"recorded|registered|tallied|forecast|projected)\s+(?:(?:earlier|previously|initially|first|"
    r"originally)\s+)?by\s+((?:the\s+)?[^,;.\"]{2,60}?)"
    r"(?=[,;.\"]|\s+(?:on|in|at|last|this|and|but|while|earlier|could|would|was|were|is|are|"
    r"has|have|had|will|can|may|might|should|must|did|does)\b|$)"
)

# a clause after the figure's noun with no "that": "the 3,000 people police say were held"
# ("the smallest claim was 50p", "the latest estimate is": an adjective and a noun)
_SAY_ARE = re.compile(
    r"[^.;:\"]{0,120}?\s((?:the|its|their)\s+(?![a-z]+est\b|(?:first|last|initial|original|"
    r"official|final|new|previous|earlier|average|total|median|typical)\b)[a-z][\w-]*|[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}|"
    r"police|officials|authorities|organi[sz]ers|unions)\s+(say|says|said|claim|claims|claimed|"
    r"estimate|estimates|estimated|believe|believes|believed|reckon|reckons)\s+"
    r"(?:are|were|is|was|have|had|has|will|would|died|remain|remained)\b"
)

# a decision with its maker and what it does, the figure in it: "a move by a regional tribunal
# to award the 56 members £7,600 each", "the decision by the council to cut 300 jobs"
_DECIDED_BY = re.compile(
    r"\b(move|decision|ruling|order|bid|plan|proposal|vote|offer)\s+by\s+"
    r"((?:the|a|an|its|their)\s+[^,;:\"“”]{2,60}?|[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4})"
    r"\s+to\s+[a-z]+\b[^,;:\"“”.]*$"
)

# a clause right after the figure's noun that says who expected it, with no "that": "the
# 25,000 extra jobs economists had predicted", "the 3% growth the bank had forecast"
_EXPECTED_BY = re.compile(
    r"[\d.,]+%?(?:\s+[a-z-]+){0,3}?\s+((?:the\s+)?[a-z]+s|the\s+[a-z]+|"
    r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})\s+(?:had\s+|have\s+|has\s+)?"
    r"(predicted|forecast|expected|anticipated|projected)\b(?!\s+(?:that|to|by|the|a|an)\b)"
)

# the outlet's own doubt about what a source said: a stance of the outlet
_UNVERIFIED = re.compile(
    r"\bthere\s+(?:was|is|has\s+been|were)\s+no\s+(?:independent\s+)?(?:confirmation|"
    r"verification)\b|\bcould\s+not\s+(?:be\s+)?independently\s+(?:verif|confirm)\w*|"
    r"\b(?:was|were|could)\s+not\s+(?:be\s+)?independently\s+(?:verified|confirmed)\b|"
    r"\bwas\s+not\s+possible\s+to\s+(?:independently\s+)?(?:verify|confirm)\b",
    re.IGNORECASE,
)

# the object of a stance verb that is what the sentence reported: "dismissed the claim"
_ON_IT = re.compile(
    r"\s+(?:the|this|that|these|those|its|their|his|her)\s+(?:[a-z-]+\s+)?(?:claims?|figures?|"
    r"reports?|estimates?|counts?|toll|numbers?|account|allegations?|accusations?|charges?|"
    r"assertions?|statement|report)\b|\s+(?:it|them|this|that)\b"
)

# "the gap, which the ECB estimated to be": the figure in the clause is its subject's
_RELATIVE_SOURCE = re.compile(
    r"\b(?:which|that|whom)\s+((?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}|"
    r"the\s+[a-z]+(?:\s+[a-z]+)?)\s+"
    r"(estimated|estimates|put|puts|said|says|reported|reports|projected|projects|forecast|"
    r"calculated|reckoned|counted)\b[^,;\"]*$"
)

# a work that is the subject of the clause the figure is in ("the Herald says the survey
# matches a paper out in May which put the dead at 80 to 95"):
# the estimate is the work's, which the sentence's speaker only relays; its authors are not
# named, so the work is a marked guess, never the relaying speaker as a confident source (a
# work owned by a name or a pronoun, "the ministry's report, which found", "its report that
# counted", is left to the owner's rules)
_WORK_ESTIMATED = re.compile(
    rf"\b(?:a|an|the|another)\s+((?:[\w-]+\s+){{0,3}}?(?:{_ISSUED_WORKS}|models?|estimates?))"
    r"\b[^,;\"]{0,60}?,?\s+(?:that|which)\s+"
    r"(?:had\s+|has\s+)?(estimated|estimates|found|finds|put|puts|counted|counts|showed|shows|"
    r"concluded|calculated|projected|suggested)\s+(?:that\s+)?(?:[^,;\"\s]+\s+){0,2}$"
)

# a verb that makes the work its subject's own, right before it ("released a study that")
_ISSUED_BEFORE = re.compile(
    r"\b(?:released|publish(?:ed|es)|issued|issues|releases|commissioned|unveiled|presented|"
    r"produced|carried\s+out|conducted|wrote|prepared)\s+(?:on\s+\w+\s+)?\Z"
)


def _work_estimated(
    reading: str, s: Sentence, f: FigureRead | Refused
) -> tuple[str, str, str] | None:
    """The work whose clause the figure is in (``_WORK_ESTIMATED``), as a marked guess, or
    None."""
    work = _WORK_ESTIMATED.search(reading, s.span.start, f.start)
    while work is not None:  # the work nearest the clause ("the study is like a report that")
        nearer = _WORK_ESTIMATED.search(reading, work.start() + 1, f.start)
        if nearer is None:
            break
        work = nearer
    if work is None or _inside(f.start, s.quotes):
        return None
    if _ISSUED_BEFORE.search(reading, max(s.span.start, work.start() - 30), work.start()):
        return None  # "The institute released a study that put deaths at 900": its own study
    named = work.group(1)
    how = (
        f"guess: the figure is what '{named}' {work.group(2)}, in a clause the sentence "
        "relays; its authors are not named"
    )
    return named, named, how


def _source_around(
    reading: str, s: Sentence, f: FigureRead | Refused
) -> tuple[str, str, str] | None:
    """A source of the figure's own outside the sentence's frame: a closing "according to X"
    for a figure outside the inner clause, an agent or a clause right after the figure."""
    outer = _ACCORDING_AT_END.search(reading, s.span.start, s.span.end)
    if (
        outer is not None
        and s.verb is not None
        and f.end <= s.verb.start() < outer.start()
        and _NEW_CLAUSE.search(reading, f.end, s.verb.start())
        and not _inside(f.start, s.quotes)
    ):  # "119 died in A while B reported 47, according to X": 119 is X's, 47 B's
        who = _valid_speaker(outer.group(1))
        if who and who.lower() not in _PRONOUNS:
            who = _DETERMINER.sub("", who).strip()
            return (
                who,
                who,
                "according to (the sentence's source; the figure is not in the clause of 'X "
                + s.verb.group(1)
                + "')",
            )
    by = _BY_AFTER.match(reading, f.end, s.span.end)
    if by and not _inside(f.start, s.quotes):  # "far fewer than the 400,000 claimed by
        who = _valid_speaker(by.group(2))  # organisers": the organisers'
        if who and who.lower() not in _PRONOUNS:
            who = _person_of(_DETERMINER.sub("", who).strip())
            at = _GROUP_AT_BODY.match(reading, by.end(2))
            if at and re.fullmatch(_GROUP_AT, who) and _looks_like_body(at.group(2)):
                # "claimed by researchers at the X Institute": the Institute's
                who = f"{who} {at.group(1)}{at.group(2)}"
                return who, at.group(2), f"agent of '{by.group(1)} by' after the figure"
            at_body = re.fullmatch(rf"(?:{_GROUP_AT})\s+(?:at|from|with)\s+.+", who)
            claimant = (_org_of(who, None) if at_body else None) or who
            return who, claimant, f"agent of '{by.group(1)} by' after the figure"
    contact = _SAY_ARE.match(reading, f.end, s.span.end)
    if contact and _another_clause(reading, s, f.start, contact.start(2)):
        contact = None  # "5.3 per cent, which the government claims is low": a comment
    if contact and not _inside(f.start, s.quotes):  # "the one million workers the unions say
        who = _valid_speaker(contact.group(1))  # are on strike": the unions'
        if who and who.lower() not in _PRONOUNS:
            who = _person_of(_DETERMINER.sub("", who).strip())
            return who, who, f"subject of '{contact.group(2)}' in the clause after the figure"
    digits = re.compile(r"\d").search(reading, f.start, f.end)
    expected = _EXPECTED_BY.match(reading, digits.start(), s.span.end) if digits else None
    if expected and not _inside(f.start, s.quotes):  # "the 25,000 jobs economists had
        who = _valid_speaker(expected.group(1))  # predicted": the economists'
        if who and who.lower() not in _PRONOUNS:
            who = _person_of(_DETERMINER.sub("", who).strip())
            return who, who, f"subject of '{expected.group(2)}' in the clause after the figure"
    as_claimed = _AS_CLAIMED.match(reading, f.end, s.span.end)
    if as_claimed:  # "not 2,000 as the unions claim": the unions'
        who = _valid_speaker(as_claimed.group(1))
        if who and who.lower() not in _PRONOUNS:
            who = _person_of(_DETERMINER.sub("", who).strip())
            return who, who, f"subject of 'as ... {as_claimed.group(2)}' after the figure"
    return None


# "according to Statistics Norway" inside a quotation, in the figure's own sentence of it
_CITED = re.compile(
    r"\b[Aa]ccording\s+to\s+((?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of\s+|for\s+|and\s+)?"
    r"[A-Z][\w'’&.-]*)*)"
)


def _cited_in_quotation(
    reading: str, s: Sentence, f: FigureRead | Refused
) -> tuple[str, str, str] | None:
    """A figure a quoted speaker gives "according to" a named source ("– According to
    Statistics Norway the number of unemployed is now 135,000"): the source's, as the
    quotation says (a sentence of the quotation before it does not count)."""
    q = next((q for q in s.quotes if q.start <= f.start < q.end), None)
    if q is None:
        return None
    ends = list(re.finditer(r"[.!?]\s", reading[q.start : f.start]))
    start = q.start + ends[-1].end() if ends else q.start
    cited = ([None, *_CITED.finditer(reading, start, f.start)])[-1]
    who = _valid_speaker(cited.group(1)) if cited is not None else None
    if not who or who.lower() in _PRONOUNS:
        return None
    who = _DETERMINER.sub("", who).strip()
    return who, who, f"according to {who}, cited in the quotation"


# what the outlet says of a place, a charge sheet or a noun, in anyone's sentence
# (extract45): "Harare, a city of more than two million people", "the country of 25 million
# inhabitants"; "X denies ten charges of fraud" (the charges are the court's record, the
# denial X's stance); "the survey of deaths, which number in the thousands"
_ROUGHLY = r"(?:(?:about|around|some|nearly|almost|over|roughly|more\s+than|up\s+to)\s+)?"
_PLACES = "country|nation|city|town|state|province|region|island|village|district|county"
_POPULATION_BEFORE = re.compile(rf"\b(?:{_PLACES})\s+of\s+{_ROUGHLY}$", re.IGNORECASE)
_POPULATION_AFTER = re.compile(r"[^,;:]{0,40}?\b(?:people|inhabitants|residents|souls|citizens)\b")
_CHARGES_BEFORE = re.compile(
    r"\b(?:denies|denied|deny|denying|admits|admitted|admit|admitting|faces|faced|facing|"
    r"pleaded\s+(?:not\s+)?guilty\s+to|pleads\s+(?:not\s+)?guilty\s+to|charged\s+with|"
    r"convicted\s+(?:of|on)|acquitted\s+(?:of|on)|cleared\s+of|found\s+guilty\s+(?:of|on))\s+"
    r"(?:all\s+|the\s+)?$",
    re.IGNORECASE,
)
_CHARGES_AFTER = re.compile(r"\s*(?:[a-z-]+\s+){0,2}?(?:charges?|counts?|offences?|offenses?)\b")
_NUMBERING = re.compile(
    rf",\s+which\s+(?:now\s+)?(?:number(?:s|ed)?|total(?:s|led|ed)?)\s+(?:in\s+the\s+)?{_ROUGHLY}$"
)


def _described_aside(reading: str, s: Sentence, f: FigureRead | Refused) -> str | None:
    """The outlet's description of what the sentence names, around the figure at ``f``: a
    place's population, the charges a defendant denies, what a noun numbers; None else."""
    before = reading[max(s.span.start, f.start - 60) : f.start]
    figure = reading[f.start : min(s.span.end, f.end + 20)]
    if _POPULATION_BEFORE.search(before) and _POPULATION_AFTER.match(figure):
        return "a place's population, the outlet's description of it"
    pleads = s.verb is not None and _CHARGES_BEFORE.search(reading, s.verb.start(), f.start)
    if pleads and _CHARGES_AFTER.match(reading, f.end, s.span.end):  # the defendant's own verb
        return "the charges of the court's record; the denial or plea is the defendant's stance"
    if _NUMBERING.search(before):
        return "what a noun numbers, in ', which number ...' after it"
    return None


def _aside_or_given(
    reading: str, s: Sentence, f: FigureRead | Refused
) -> tuple[str | None, str | None, str] | None:
    """The outlet's description around the figure (``_described_aside``: nobody), or the
    agent named after a figure given as theirs ("the figure of 11,000 heralded by X"); None
    when neither, or inside a quotation."""
    if _inside(f.start, s.quotes):
        return None
    aside = _described_aside(reading, s, f)
    if aside is not None:
        return None, None, f"none (narration: {aside})"
    if _LOCATING.match(reading, f.start, s.span.end):
        # "Catanauan town, about 220 kilometers (137 miles) southeast of Manila": where a
        # place is, the outlet's aside in anyone's sentence
        return None, None, "none (narration: a place's distance from another, to locate it)"
    number_end = reading.find(" ", f.start, s.span.end)  # "9,000 put forward by": the span
    heralded = _FIGURE_OF_BY.match(reading, number_end if number_end > 0 else f.end, s.span.end)
    if heralded is None or not _FIGURE_OF.search(reading, max(s.span.start, f.start - 40), f.start):
        return None
    who = _valid_speaker(re.sub(r"(?<=[a-z]{2})\.$", "", heralded.group(2)))
    if not who or who.lower() in _PRONOUNS:
        return None
    who = _person_of(_DETERMINER.sub("", who).strip())
    return who, who, f"agent of '{heralded.group(1)} by' after the figure given"


# a figure given as another's, named after it: "compared with the figure of 11,000 heralded by
# Unison", "the estimate of 40 put forward by the union" (extract45)
_FIGURE_OF = re.compile(
    rf"\b(?:figure|estimate|claim|count|tally|total|number|forecast|projection)s?\s+of\s+{_ROUGHLY}$"
)
_FIGURE_OF_BY = re.compile(
    r"[^,;:\"]{0,25}?\s(heralded|claimed|given|put\s+forward|cited|quoted|touted|advanced|"
    r"suggested|offered|reported|announced|published|released|issued|floated)\s+by\s+"
    r"((?:the\s+)?(?:[A-Z][\w'’&.-]*|of|for|and)(?:\s+(?:[A-Z][\w'’&.-]*|of|for|and)){0,6}"
    r"|the\s+[a-z-]+(?:\s+(?!(?:of|for|in|at|on|and|to|with)\b)[a-z-]+)?(?=[\s,.;]|$))"
)


# a distance that says where a place is: "about 220 kilometers (137 miles) southeast of
# Manila", "40 km north of the capital", "12 miles outside the city"
_LOCATING = re.compile(
    r"[^,;:\"“”]{0,25}?\b(?:kilomet(?:er|re)s?|km|miles?|mi)\b(?:\s*\([^()]{1,30}\))?\s+"
    r"(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern|ward)?\s+of|outside)\b",
    re.IGNORECASE,
)


# background after what was said, whose source the reader cannot tell (extract45): ",
# after an August jump of 81,000" after the frame (a phrase with no verb of its own), and a
# clause "as authorities tried to ..." with its own subject after the speaker's words
_AFTER_PHRASE = re.compile(r",\s+(after|before|following)\s+")
_AS_CLAUSE = re.compile(
    r"\s(as|while)\s+(?!(?:many|much|few|little|high|low|long|well|far|soon|part|of|a\s+result|"
    r"expected|usual|such|if|though|to|for|he|she|they|it|we|i|you)\b)(?:the\s+|a\s+|an\s+)?"
    r"[A-Za-z-]+(?:\s+[a-z-]+)?\s+(?:[a-z]+ed|were|was|are|is|continued?|remain(?:ed)?|"
    r"tr(?:y|ies|ied))\b"
)
_SAYS_ON = re.compile(r"\b(?:that|said|says|told|added)\b")


def _background_after(reading: str, s: Sentence, f: FigureRead | Refused) -> str | None:
    """Where the figure at ``f`` stands in background the outlet may have added after the
    speaker's words (``_AFTER_PHRASE``, ``_AS_CLAUSE``), or None."""
    verb = s.verb
    if verb is None or f.start <= verb.end() or _inside(f.start, s.quotes):
        return None
    seg = reading[verb.end() : f.start]
    if '"' in seg or ";" in seg:
        return None
    after = list(_AFTER_PHRASE.finditer(seg))
    phrase = after and re.split(r"[,;:.!?]", reading[verb.end() + after[-1].end() : s.span.end])[0]
    if after and not _FINITE.search(phrase or ""):  # a phrase, no clause of its own
        return f"', {after[-1].group(1)} ...' after the attribution: maybe the outlet's"
    clause = list(_AS_CLAUSE.finditer(seg))
    if clause and not _SAYS_ON.search(seg[clause[-1].end() :]):
        opener = clause[-1].group(1)
        return f"a clause after '{opener}' with a subject of its own: maybe the outlet's"
    return None


def _background_guess(
    reading: str, s: Sentence, f: FigureRead | Refused
) -> tuple[str | None, str | None, str] | None:
    """The sentence's speaker as a guess, for a figure in background after their words
    (``_background_after``); None when it is not."""
    where = _background_after(reading, s, f)
    if where is None or not s.speaker or "guess:" in s.found:
        return None
    return s.speaker, s.claimant, f"{s.found}; guess: the figure is in {where}"


def _figure_speaker(
    reading: str, s: Sentence, f: FigureRead | Refused, earlier: Earlier
) -> tuple[str | None, str | None, str]:
    """Who a figure of the sentence belongs to: the owner of a claim noun before it, the
    outlet when it comes before "X said" (outside a quotation), else the sentence's speaker."""
    if isinstance(f, FigureRead):
        owner = _claim_owner(reading, s, f, earlier)
        if owner:
            return owner, owner, "owner of the claim or estimate the figure is given as"
    second = _second_speaker(reading, s, f) or _cited_in_quotation(reading, s, f)
    if second is not None:
        return second
    source = _RELATIVE_SOURCE.search(reading, s.span.start, f.start)
    if source and not _inside(f.start, s.quotes):  # "the gap, which the bank put at 5bn"
        who = _valid_speaker(source.group(1))
        if who and who.lower() not in _PRONOUNS:
            who = _DETERMINER.sub("", who).strip()
            how = f"subject of '{source.group(2)}' in the clause the figure is in"
            return who, who, how
    work = _work_estimated(reading, s, f)
    if work is not None:
        return work
    decided = _DECIDED_BY.search(reading, s.span.start, f.start)
    if decided and not _inside(f.start, s.quotes):  # "an earlier move by a regional tribunal
        who = _valid_speaker(decided.group(2))  # to award the 56 members £7,600 each"
        if who and who.lower() not in _PRONOUNS:
            who = _person_of(_DETERMINER.sub("", who).strip())
            how = f"guess: the figure is in the {decided.group(1)} by {who}, told by the outlet"
            return who, who, how
    around = _aside_or_given(reading, s, f) or _source_around(reading, s, f)
    if around is not None:
        return around
    narrated = _narrated_around(reading, s, f)
    if narrated is not None:
        return None, None, narrated
    if (
        s.verb is not None
        and f.end <= s.verb.start()
        and not _inside(f.start, s.quotes)
        and (d := _DESCRIBING.search(reading[s.span.start : s.verb.start()])) is not None
        and s.span.start + d.start() < f.start
    ):  # "The union, which represents 40,000 workers, said": the outlet's description
        return None, None, "none (narration: the figure describes the speaker before 'said')"
    if s.content_from is not None and f.start < s.content_from and not _inside(f.start, s.quotes):
        return None, None, "none (narration: the figure comes before 'X said')"
    in_clause = _clause_source(reading, s, f) or _background_guess(reading, s, f)
    if in_clause is not None:
        return in_clause
    return _on_closing_speaker(reading, s, f) or (s.speaker, s.claimant, s.found)


# a relative clause on the speaker named after the words: ", whose attacks", ", who spoke as"
_ON_SPEAKER = re.compile(r",\s+(?:whose|who)\s")


def _on_closing_speaker(
    reading: str, s: Sentence, f: FigureRead | Refused
) -> tuple[str | None, str | None, str] | None:
    """A figure after the speaker of a closing frame ('"...," said X, ...'). In a relative
    clause on the speaker ('"...," said X, whose ...'): the speaker's when the clause has a
    verb of speech of its own before the figure ('..., who told reporters that 40 homes had
    burned'), else the outlet's description of the speaker ('..., whose attacks have cut
    output by 20 per cent'; extract49). In a phrase after the name ('..., among hundreds
    waiting'): the outlet's. Else None."""
    said = _closing_relative(reading, s, f)
    if said:
        return s.speaker, s.claimant, f"{s.found}; '{said}' in a relative clause on them"
    if said is not None:
        return None, None, "none (narration: a relative clause on the speaker after 'said X')"
    verb_end = s.verb.end() if s.verb is not None else len(reading)
    if (
        s.found.startswith("after '")
        and f.start > verb_end
        and not _inside(f.start, s.quotes)
        and not _GOES_ON.search(reading, verb_end, f.start)
    ):  # '"...," said Ann Lee, among hundreds waiting': the outlet's description of her
        return None, None, "none (narration: the figure describes the speaker after 'said X')"
    return None


def _closing_relative(reading: str, s: Sentence, f: FigureRead | Refused) -> str | None:
    """The figure at ``f`` is in a relative clause on the speaker of a closing frame
    ('"...," said X, whose ...'): the clause's own verb of speech before the figure ("" when it
    has none); None when the figure is in no such clause."""
    verb = s.verb
    if verb is None or f.start <= verb.end() or _inside(f.start, s.quotes):
        return None
    if not any(q.end <= verb.start() for q in s.quotes):
        return None  # no quotation before the verb: "X said, ..." is no closing frame
    if any(verb.end() <= q.start < f.start for q in s.quotes):
        return None
    rel = _ON_SPEAKER.search(reading, verb.end(), f.start)
    if rel is None or reading.find(",", verb.end(), rel.start()) != -1:
        return None  # the clause must follow the speaker's name at once
    said = _speech_verb(reading, Span(rel.end(), f.start), s.quotes)
    return said.group(1) if said is not None else ""


def _same_name(a: str, b: str | None) -> bool:
    """Two speakers that are one: the same words, or one's words inside the other's."""
    if b is None:
        return False
    x, y = a.lower(), b.lower()
    return x == y or x in y or y in x


# a verb that comments on what the clause before gave, rather than giving it: a stance
# ("a figure the union disputed") or a verb with what is said of it after ("which the
# government claims is low", "a difference analysts said was too large", "described as")
_STANCE_FORMS = frozenset(stance_forms()) | _STANCE_VERBS
_PREDICATE_AFTER = re.compile(r"\s+(?:is|was|are|were|would|will|had|has|to\s+be|as)\b")


# verbs that name what was given ("a margin analysts called a landslide")
_NAMING = {"called", "calls", "call", "described", "describes", "termed", "terms", "branded",
           "brands", "labelled", "labeled", "dubbed"}  # fmt: skip


def _comments(reading: str, fr: clauses.Frame) -> bool:
    """The frame's verb comments on what the clause before it gave rather than giving it."""
    return fr.verb.lower() in _STANCE_FORMS | _NAMING or bool(
        _PREDICATE_AFTER.match(reading, fr.at + len(fr.verb))
    )


def _clause_source(
    reading: str, s: Sentence, f: FigureRead | Refused
) -> tuple[str | None, str | None, str] | None:
    """A figure in another clause than the sentence's frame (``clauses.split``): the subject
    of that clause's own frame when it names another source ("..., while government troops
    claimed to have killed 10"); nobody when the clause has no frame and the sentence's
    source only comments on it after it ("The rate stands at 5.3%, which the government
    claims is low"; "X's 40, a figure Y disputed" is X's by the claim-noun rule before this);
    the sentence's source marked as a guess when the clause has no frame and another clause
    names another source; else None (the sentence's source, as before)."""
    if s.verb is None or s.speaker is None or _inside(f.start, s.quotes):
        return None
    parts = clauses.split(reading, s.span, s.quotes)
    if len(parts) < 2:
        return None
    own, said = clauses.holding(parts, f.start), clauses.holding(parts, s.verb.start())
    if own is None or said is None or own is said:
        return None
    frames = {id(c): clauses.frame(reading, c, s.quotes, s.span) for c in parts}
    mine = frames[id(own)]
    opener = own.opener or "the sentence's start"
    if mine is not None:
        if (
            mine.who
            and mine.at < f.start  # a frame after the figure may close the whole sentence
            and not _same_name(mine.who, s.speaker)
            and not _comments(reading, mine)
        ):
            how = f"subject of '{mine.verb}' in the figure's own clause (after '{opener}')"
            return mine.who, mine.who, how
        return None
    theirs = frames[id(said)]
    if said.kind in ("comment", "relative") and said.cut > own.cut and theirs is not None:
        if _comments(reading, theirs):
            return (
                None,
                None,
                (
                    f"none (the figure's clause has no source of its own; '{s.speaker}' only "
                    f"comments on it after ', {said.opener}')"
                ),
            )
        return None
    others = [
        fr.who
        for c in parts
        if c is not own
        and c is not said
        and (fr := frames[id(c)]) is not None
        and not fr.closing
        and fr.who
        and not _same_name(fr.who, s.speaker)
    ]
    if others:
        return (
            s.speaker,
            s.claimant,
            (
                f"{s.found}; guess: the figure's clause (after '{opener}') has no source of its "
                f"own, and another clause is {others[0]}'s"
            ),
        )
    return None


def _another_clause(reading: str, s: Sentence, a: int, b: int) -> bool:
    """Offsets ``a`` and ``b`` of the sentence are in different clauses (``clauses.split``)."""
    parts = clauses.split(reading, s.span, s.quotes)
    return clauses.holding(parts, a) is not clauses.holding(parts, b)


def _frameless(reading: str, s: Sentence, at: int) -> bool:
    """The clause holding offset ``at`` has no frame of speech of its own."""
    parts = clauses.split(reading, s.span, s.quotes)
    own = clauses.holding(parts, at)
    return own is not None and clauses.frame(reading, own, s.quotes, s.span) is None


def _clause_stance(
    reading: str, s: Sentence, owners: list[str | None]
) -> tuple[str, str, str] | None:
    """The stance of a clause with a source of its own that no figure candidate names: "X
    estimated 3,000, a figure Y disputed", "..., but a spokesman for the rebels denied
    suffering losses", "X rejected the claim and a minister said it was absurd"."""
    if s.speaker is None and s.verb is not None:
        return None
    parts = clauses.split(reading, s.span, s.quotes)
    said = clauses.holding(parts, s.verb.start()) if s.verb is not None else None
    for c in parts:
        if c is said or c.kind == "resumed":
            continue
        fr = clauses.frame(reading, c, s.quotes, s.span)
        if (
            fr is None
            or not fr.who
            or _same_name(fr.who, s.speaker)
            or any(_same_name(fr.who, o) for o in owners if o)
            or speaker_kind(fr.who, reading) not in AGENT_KINDS | {"unknown"}
        ):  # "..., but the number of homes suggests": figures, no speaker of their own
            continue
        if s.verb is None and not (c.kind in ("comment", "relative") and _comments(reading, fr)):
            continue  # no frame of the sentence: only a comment on what it tells
        after = reading[fr.at + len(fr.verb) : c.end]
        if (
            c.kind == "comment"
            or _comments(reading, fr)
            or re.match(r"\s*(?:,\s*)?(?:\"|that\b)", after)
            or (c.kind in ("and", "contrast") and len(after.split()) >= 3)
        ):
            return fr.who, f"subject of '{fr.verb}' in its own clause (after '{c.opener}')", fr.who
    return None


def _narrated_around(reading: str, s: Sentence, f: FigureRead | Refused) -> str | None:
    """The outlet's own words around an attribution: a participle clause after a closing
    "police said Wednesday" that reports nothing ("..., almost tripling initial estimates"),
    and the main clause around a passive insert whose agent describes only the insert
    ("Some 3,000 marchers, alleged by officers to be hardline agitators, hurled ...")."""
    verb = s.verb
    if verb is None or _inside(f.start, s.quotes):
        return None
    tail = _CLAUSE_COMMA.split(reading[verb.end() : s.span.end])[0]
    closing = (  # "..., police said Wednesday, almost tripling"
        len(tail.split()) <= 4
        and "that" not in tail.split()
        and bool(_CLAUSE_COMMA.search(reading, s.span.start, verb.start()))
    )
    if f.start > verb.end() and s.found.startswith("subject of") and closing:
        clause = _PARTICIPLE_AFTER.search(reading, verb.end(), f.start)
        if clause and clause.group(1).lower() in _OUTLET_SUMS:
            return f"none (narration: '{clause.group(1)}' after the attribution is the outlet's)"
    aside = _outlet_clause(reading, verb.end(), f.start) if f.start > verb.end() else None
    if aside is not None:  # "X said 242 died, after a cyclone ... killed hundreds"
        return f"none (narration: the figure is in the clause after ', {aside}', the outlet's)"
    toll = _TOLL_ASIDE.search(reading, verb.end(), f.start) if f.start > verb.end() else None
    if toll is not None and '"' not in reading[verb.end() : f.start]:
        # "X said it thinks the onions were the source of the outbreak, which sickened 75":
        # the toll of what was named, the outlet's background, not what X said
        return f"none (narration: the figure is in ', which {toll.group(1)}', the outlet's)"
    terms = _LAW_TERMS.search(reading, verb.end(), f.start) if f.start > verb.end() else None
    if terms is not None and not re.search(r"[;:]", reading[terms.end() : f.start]):
        # "a court found the firm broke a law requiring a 30-minute break": what the law says
        return f"none (narration: the figure is in the terms of the {terms.group(1)} cited)"
    insert = re.match(r"\s+by\s+[^,;]{2,60}?\s+to\s+(?:be|have)\b[^,;]*,", reading[verb.end() :])
    if (
        s.found.startswith("agent of")
        and insert
        and re.search(r",\s*$", reading[s.span.start : verb.start()])
        and not (verb.start() <= f.start < verb.end() + insert.end())
    ):  # "Some 3,000 marchers, alleged by officers to be hardline agitators, hurled"
        return f"none (narration: '{verb.group(1)} by' describes only its insert)"
    return None


# the toll of an event in a relative clause after what was said: "..., which killed 3 and
# sickened 75", "..., which has left 40 injured"
_TOLL_ASIDE = re.compile(
    r",\s+which\s+(?:has\s+|have\s+|had\s+)?(?:so\s+far\s+|already\s+)?"
    r"(killed|sickened|injured|wounded|infected|hospitali[sz]ed|left|claimed)\b[^,;]*$"
)

# a comma between clauses, not the comma of a number ("11,500")
_CLAUSE_COMMA = re.compile(r"(?<!\d),|,(?!\d)")

# the terms of a law or rule that a finding cites: "broke a state law requiring employers to"
_LAW_TERMS = re.compile(
    r"\b(law|rule|regulation|statute|directive|requirement)s?\s+(?:that\s+|which\s+)?"
    r"(?:requir|oblig|allow|permit|forbid|bar|ban|limit|cap|entitl|guarantee|mandat)\w*\b"
)

# a clause the outlet adds after what was said: background in time with a subject and a
# verb of its own ("..., after a cyclone ripped through ..."), or evidence the outlet saw
# ("..., but pictures showed ..."); a pronoun subject may be the speaker's, a speech verb
# in it makes the figure a second speaker's (found before this), and "although" or "since"
# give the speaker's own argument
_OUTLET_OPENER = re.compile(  # "although", "since": an argument; "as many as": a hedge
    r",\s+(after|before|but|as)\s+(?!(?:many|much|few|little|high|low|long|well|far|soon|"
    r"part|of|a\s+result|expected|usual|such|if|though|to|for)\b)"
)
_PRONOUN_OPENER = re.compile(r"(?:he|she|they|it|we|i|that|this|there)\b", re.IGNORECASE)
_EVIDENCE = re.compile(
    r"(?:the\s+|a\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:showed|shows|show|suggested|indicated|revealed)\b"
)
_FINITE = re.compile(r"\b(?:[a-z]{3,}ed|was|were|is|are|has|have|had|hit|struck|left|fell|rose)\b")
# the verbs of an "as" clause that tells what goes on meanwhile: "as rescuers continue to
# search", "as hundreds remain missing"
_MEANWHILE = re.compile(
    r"\b(?:continues?|remains?|search(?:es)?|waits?|struggles?|tries|try|works?|prepares?|"
    r"braces?|scrambles?|mourns?|gathers?|battles?|count|counts|dig|digs)\b"
)


# "as" with no comma right after a closing frame, whom it was told to and a day between them
# at most: "..., the council said Sunday as hundreds remain missing" (extract45)
_WHEN_AS = re.compile(
    r"(?:\s+(?:reporters|journalists|parliament|lawmakers|legislators|[A-Z][\w.'’-]+))?"
    r"(?:\s+(?:on|late|early|earlier|last|this))?(?:\s+(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|yesterday|today|tonight)(?:\s+(?:morning|afternoon|evening|night))?)?"
    r"\s+(as)\s+(?!(?:many|much|few|little|high|low|long|well|far|soon|part|of|a\s+result|"
    r"expected|usual|such|if|though|to|for)\b)",
    re.IGNORECASE,
)


def _outlet_clause(reading: str, verb_end: int, at: int) -> str | None:
    """The word opening a clause of the outlet's own between the speech verb and the figure
    at ``at`` ("after", "but"), or None."""
    seg = reading[verb_end:at]
    opened: list[re.Match[str]] = list(_OUTLET_OPENER.finditer(seg))
    if not opened and (when := _WHEN_AS.match(seg)) is not None:
        opened = [when]
    if not opened:
        return None
    m = opened[-1]
    rest = seg[m.end() :]
    if _PRONOUN_OPENER.match(rest) or '"' in rest or ";" in rest:
        return None
    if m.group(1) == "but":
        return m.group(1) if _EVIDENCE.match(rest) else None
    if m.group(1) == "as":  # only after a frame that closes what was said: ", X told
        # parliament on Tuesday, as rescuers continue to search for 30 people"
        said = seg[: m.start()].split()
        closing = (
            len(said) <= 5
            and "that" not in said
            and "," in reading[max(0, verb_end - 80) : verb_end]
        )
        # the clause's verb may come after the figure ("as hundreds remain missing")
        clause = re.split(r"[,;:.!?]", reading[verb_end + m.end() : verb_end + m.end() + 120])[0]
        verb = _FINITE.search(clause) or _MEANWHILE.search(clause)
        return m.group(1) if closing and verb else None
    return m.group(1) if _FINITE.search(rest) else None


# a participle clause after a closing attribution: "..., police said Wednesday, almost tripling"
_PARTICIPLE_AFTER = re.compile(r",\s+(?:[a-z]+ly\s+|almost\s+|nearly\s+)?([a-z]+ing)\b")
# the outlet's own comparison or sum in it ("giving a figure of 30-40" is the speaker's)
_OUTLET_SUMS = {"tripling", "doubling", "halving", "quadrupling", "bringing", "raising",
                "taking", "pushing", "lifting", "marking", "leaving", "surpassing",
                "exceeding"}  # fmt: skip

# the speaker goes on after "said X": "..., said a senior official, adding that 400 ..."
_GOES_ON = re.compile(
    r",\s+(?:adding|saying|noting|explaining|stressing|warning|insisting|claiming|estimating)"
    r"(?:\s+that)?\b"
)


def _quotation_key(reading: str, s: Sentence) -> str | None:
    """A long quotation's words, to find it repeated (headline, deck, body)."""
    for q in s.quotes:
        words = re.findall(r"\w+", reading[q.start : q.end].lower())
        if len(words) >= 6:
            return " ".join(words)
    return None


_DENIALS = {"denied", "denies", "deny", "denying", "rejected", "rejects", "reject", "refuted",
            "refutes", "disputed", "disputes", "dispute", "dismissed", "dismisses"}  # fmt: skip


def _counts_the_speakers(reading: str, s: Sentence, f: FigureRead | Refused) -> bool:
    """ "Two sources told Reuters", "three officials said": a small count in the subject right
    before the verb counts who speaks; it is no figure of the story."""
    if s.verb is None or not isinstance(f, FigureRead) or f.end > s.verb.start():
        return False
    if f.figure.high is None or f.figure.high > 10:
        return False
    between = reading[f.end : s.verb.start()]
    start_ok = re.fullmatch(r"\s*(?:[A-Z]{2,}\s+|[a-z-]+\s+)?", reading[s.span.start : f.start])
    return bool(start_ok) and bool(re.fullmatch(r"(?:\s+[\w.-]+){0,3}\s*", between))


def _denied(reading: str, s: Sentence, f: FigureRead | Refused) -> bool:
    """A figure in what the speaker denies ("denied that 40 died", "rejected reports of 300
    deaths"), before any verb of their own after it ("..., saying 12 died" is theirs)."""
    if s.verb is None or s.verb.group(1).lower() not in _DENIALS or f.start < s.verb.end():
        return False
    if _inside(f.start, s.quotes):
        return False
    between = reading[s.verb.end() : f.start]
    if _OFFER_OF.search(between):  # "rejected an original offer of 4.8% ... and RPI plus
        return False  # 0.5%": the offer's terms, not denied (review26)
    return _speech_verb(reading, Span(s.verb.end(), f.start), s.quotes) is None and not re.search(
        r"[;:]|,\s*but\b|\b(?:but|and)\s+(?:said|says|added|put)\b", between
    )  # ", but ... RMT mocked the increase of 0.1%": another clause, not what was denied


# what was offered, proposed or demanded, whose terms the figures after it give ("rejected an
# original offer of 4.8% in year one and RPI plus 0.5%"): rejecting it denies no figure of it
_OFFER_OF = re.compile(
    r"\b(?:offer|offers|deal|bid|bids|proposal|proposals|settlement|award|package|demand"
    r"|demands)\s+(?:of|worth)\s+(?:(?:about|around|nearly|almost|some|just|only|over|under"
    r"|more\s+than|less\s+than)\s+)?(?:\S|$)",
    re.IGNORECASE,
)


# what was said denies something: "asserted that a new loan will not be necessary" is a
# stance as well as any figure of the sentence
_NEGATED = re.compile(
    r"\bthat\s+[^.;:\"]{0,80}?(?:\b(?:not|never|no\s+longer)\b|n['’]t\b)|"
    r"\b(?:was|were|is|are|be)\s+(?:\w+\s+)?(?:inaccurate|untrue|false|incorrect|exaggerated|"
    r"baseless|unfounded|wrong)\b"
)


def _denies(reading: str, s: Sentence) -> bool:
    """What the sentence's speaker is said to have said denies something, up to the next
    speech verb (a later speaker's denial is their own stance)."""
    if s.verb is None:
        return False
    pos = s.verb.end()
    while (later := _speech_verb(reading, Span(pos, s.span.end), s.quotes)) is not None:
        if not re.match(r"\s+by\s", reading[later.end() :]):
            break
        pos = later.end()  # "the figure reported by CNN was inaccurate": an agent, read on
    end = later.start() if later is not None else s.span.end
    return bool(_NEGATED.search(reading, s.verb.end(), end))


# an interview's answer marker as the layout reads it ("A: ", "A. ", "Answer - "), only in an
# answer the layout found: "A. Smith said" elsewhere is an initial
_ANSWER_MARK = re.compile(rf"{ANSWER_MARK}\s*(?=\S)", re.IGNORECASE)
# a transcript's turn label before an answer ("Port Commissioner: ", "KERR, MAYOR: "), as the
# layout reads it (page._SPEAKER_PREFIX): the speaker, not the speaker's words
_TURN_LABEL = re.compile(rf"{TURN_LABEL}\s+(?=\S)")


def _sentence_candidates(
    reading: str,
    shown: str,
    s: Sentence,
    cues: list[str],
    figs: list[FigureRead],
    refused: list[Refused],
    earlier: Earlier,
) -> list[Candidate]:
    """One candidate per figure of the sentence (its own speaker each), and a stance
    candidate when there is no figure, the verb takes a stance, or none of the figures is the
    speaker's own."""
    span, verb = s.span, s.verb
    # an interview's answer marker ("A: ", "A. ", "Answer - ") or a transcript's turn label,
    # where the layout found an answer, is the layout's, not the quote's words
    marker = None
    if s.found.startswith("interview answer") or "interview answer" in cues:
        marker = _ANSWER_MARK.match(shown, span.start, span.end) or _TURN_LABEL.match(
            shown, span.start, span.end
        )
    start = marker.end() if marker is not None else span.start

    def make(
        who: str | None, how: str, claimant: str | None, f: FigureRead | Refused | None = None
    ) -> Candidate:
        return Candidate(
            start=start,
            end=span.end,
            quote=shown[start : span.end],
            cue=cues[0],
            cues=tuple(cues),
            speaker=who,
            speaker_found=how if who or any(m in how for m in UNNAMED) else "none",
            claimant=claimant,
            figures=(f,) if isinstance(f, FigureRead) else (),
            dates=tuple(dates(reading, span.start, span.end)),
            refused=(f,) if isinstance(f, Refused) else (),
        )

    parts: list[Candidate] = []
    owners = []
    every: list[FigureRead | Refused] = [*figs, *refused]
    every = [f for f in every if not _counts_the_speakers(reading, s, f)]
    # a figure of the turn label ('"ROSA" (a six-year clerk): ...') describes the speaker
    every = [f for f in every if f.start >= start]
    for f in every:
        who, claimant, how = _figure_speaker(reading, s, f, earlier)
        if who is not None and who == s.speaker and _denied(reading, s, f):
            continue  # "The army denied that 40 civilians died": a stance, not the army's 40
        owners.append(who)
        parts.append(make(who, how, claimant, f))
    stance_too = s.speaker is not None and (
        (verb is not None and verb.group(1).lower() in _STANCE_VERBS)
        or (owners and s.speaker not in owners)
        or _denies(reading, s)
    )
    if not parts or stance_too:
        parts.insert(0, make(s.speaker, s.found, s.claimant))
    if s.speaker is not None and _UNVERIFIED.search(reading, span.start, span.end):
        # "..., but there was no independent confirmation": the outlet's own doubt
        parts.append(make(None, "none", None))
    other = _second_stance(reading, s)
    own_clause = _clause_stance(reading, s, owners)
    if other is None or (own_clause is not None and other[0].endswith(" " + own_clause[0])):
        other = own_clause  # "the figures and an education minister said": the minister
    body = official_body(other[0], earlier) if other is not None else None
    if other is not None and body is not None and "guess:" not in other[1]:
        # "..., but officials laughed off the claim": the last official body that spoke
        how = f"{other[1]}; guess: '{other[0]}' of {body}, the last official body that spoke"
        other = (other[0], how, body)
    if other is not None and other[0] not in owners:
        parts.insert(1 if parts and not parts[0].figures else 0, make(*other))
    return parts


def _quote_words(reading: str, quotes: list[Span]) -> list[str]:
    """The words of each quotation of three words or more (a headline's, say)."""
    out = []
    for q in quotes:
        words = re.findall(r"\w+", reading[q.start : q.end].lower())
        if len(words) >= 3:
            out.append(" ".join(words))
    return out


def _list_repeats(
    reading: str,
    speech: list[Candidate],
    elsewhere: dict[int, list[int]],
    heading_quotes: list[tuple[str, int]],
) -> None:
    """Set each candidate's ``elsewhere``: the later sentences repeating its quotation, and
    the headings (not proposed) whose quotation it holds."""
    for i, c in enumerate(speech):
        body = " ".join(re.findall(r"\w+", reading[c.start : c.end].lower()))
        for words, at in heading_quotes:
            if f" {words} " in f" {body} ":
                elsewhere.setdefault(i, []).append(at)
    for i, starts in elsewhere.items():
        speech[i] = replace(speech[i], elsewhere=tuple(sorted(set(starts))))


_FILLER = {"the", "and", "that", "this", "with", "from", "for", "its", "their", "his", "her",
           "will", "would", "has", "have", "had", "was", "were", "are", "not", "but", "against",
           "says", "said", "say", "told", "tells", "statement"}  # fmt: skip


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in _FILLER}


def _said_again(heading: Candidate, body: list[Candidate]) -> int | None:
    """The body candidate a heading without figures says again (a caption "The company says
    it will appeal", the body "The company said ... it would appeal against the decision"):
    the same speaker and every content word of the heading in its sentence; else None."""
    words = _content_words(heading.quote)
    if len(words) < 2 or not heading.speaker:
        return None
    for i, c in enumerate(body):
        if c.speaker == heading.speaker and words <= _content_words(c.quote):
            return i
    return None


def _heading_repeats(body: list[Candidate], headings: list[Candidate]) -> list[Candidate]:
    """The heading candidates that are not repeats of the body: a headline or deck holding a
    figure the body gives (same low, high and dimension) is a summary of it, and all its
    candidates are listed in ``elsewhere`` of the body's first candidate with that figure; a
    heading without figures whose words a body sentence of the same speaker holds is listed
    in that candidate's ``elsewhere``."""

    def key(f: FigureRead) -> tuple[object, ...]:  # "11 lakh people" is "11 lakh Indians"
        return (f.figure.low, f.figure.high, f.figure.dimension)

    first: dict[tuple[object, ...], int] = {}
    for i, c in enumerate(body):
        for f in c.figures:
            first.setdefault(key(f), i)
    repeated: dict[int, int] = {}  # heading start -> body candidate it repeats
    for h in headings:
        for f in h.figures:
            if key(f) in first:
                repeated.setdefault(h.start, first[key(f)])
        if not h.figures and not h.refused and h.start not in repeated:
            said = _said_again(h, body)  # "The company says it will appeal the decision"
            if said is not None:
                repeated[h.start] = said
    for start, i in repeated.items():
        body[i] = replace(body[i], elsewhere=tuple(sorted({*body[i].elsewhere, start})))
    return [h for h in headings if h.start not in repeated]
