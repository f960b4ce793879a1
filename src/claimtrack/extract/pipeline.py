"""``extract``: the article in, its candidates out (speech first, figure-only sentences
next, headings that name a speaker last)."""

from __future__ import annotations

import re
from dataclasses import replace

from claimtrack.extract import mentions
from claimtrack.extract.agents import agent_test, issued_next
from claimtrack.extract.authors import work_authors
from claimtrack.extract.besidefigures import without_empty_stances
from claimtrack.extract.calibration import calibrate
from claimtrack.extract.candidates import (
    Candidate,
    _heading_repeats,
    _list_repeats,
    _quotation_key,
    _quote_words,
    _sentence_candidates,
)
from claimtrack.extract.claims import low, no_claim, withheld
from claimtrack.extract.coreference import _carry, _kinds, _pronoun, _subject_body
from claimtrack.extract.cues import (
    Earlier,
    Sentence,
    _on_a_placard,
    _speech_verb,
    announced_act,
    data_frame,
)
from claimtrack.extract.decisions import decision_carry
from claimtrack.extract.figurespans import FigureRead, Refused, read_figures
from claimtrack.extract.named_later import (
    ClosingNext,
    link_announced_next,
    link_closing_next,
    link_named_later,
)
from claimtrack.extract.naming import NameIndex, name_index, whole_name
from claimtrack.extract.page import layout
from claimtrack.extract.pageissuer import page_issuer
from claimtrack.extract.pagesource import page_source
from claimtrack.extract.people import _opening_person, genders, named_next, unnamed_role
from claimtrack.extract.phrases import _names, _subject_before, _valid_speaker
from claimtrack.extract.releasecarry import release_carry
from claimtrack.extract.releases import release_issuers
from claimtrack.extract.speakers import _continues_findings, _cues_and_speaker, heard_in_court
from claimtrack.extract.text import Prepared, _open_starts, _quotations, prepare, sentences
from claimtrack.extract.unnamed import unnamed_answers

# a saying verb whose subject is the one addressed, in a question's turn: the host puts the
# guest's words back to them ("you say", "you wrote", "as you said"), no claim of the host's
_ADDRESSED_SAYS = re.compile(r"\byou\s+(?:have\s+|also\s+|just\s+)?$", re.IGNORECASE)


def extract(raw: str, *, quotes_only: bool = False) -> tuple[Prepared, list[Candidate]]:
    """The prepared article and its candidates: speech first, figure-only sentences last.

    One candidate per claim: each figure of a sentence is its own candidate (sharing the
    quote), and a speech sentence whose figures belong to someone else, or whose verb takes a
    stance ("denied", "agreed"), is also proposed as a stance. Headings are not proposed; in an
    interview, questions are not, and answers are the interviewee's."""
    prep = prepare(raw)
    reading = prep.reading
    speech: list[Candidate] = []
    narration: list[Candidate] = []
    previous: Sentence | None = None
    earlier: Earlier = []  # every speaker so far, in order
    spans = sentences(reading)
    lowered = reading.lower()
    kinds_of: dict[str, frozenset[str]] = {}  # a named body -> the body nouns it is called
    open_starts = _open_starts(reading, spans)
    lay = layout(reading, spans)
    index = name_index(
        reading, tuple((sp.start, sp.end) for sp in spans if lay.roles.get(sp.start) == "heading")
    )
    marked = genders(reading)
    seen: dict[str, int] = {}  # quotation words -> index in speech of its first candidate
    elsewhere: dict[int, list[int]] = {}
    headings: list[Candidate] = []
    lows: list[Candidate] = []  # bare quotations with no figure and no stance cue: last
    heading_quotes: list[tuple[str, int]] = []
    pending: Sentence | None = None  # an unnamed role-holder who spoke ("a spokesman for X")
    named_later: dict[int, tuple[str, str]] = {}  # sentence start -> (role, the name after)
    closing_next = ClosingNext()
    account: Sentence | None = None  # the paragraph's last source, and the quiet sentences after
    quiet = 0
    # the page's furniture (a copyright line, a link to other pages, a time stamp: page.py) is
    # never read
    for span in [sp for sp in spans if sp.start not in lay.furniture]:
        role = lay.roles.get(span.start)
        quotes = _quotations(reading, span, span.start in open_starts)
        verb = _speech_verb(reading, span, quotes) or data_frame(reading, span, quotes)
        if role == "heading" and verb is None:
            heading_quotes += [(w, span.start) for w in _quote_words(reading, quotes)]
            continue  # a headline, deck, sub-heading or byline without attribution
        s = Sentence(span, quotes, verb, genders=marked)
        s.bodies = previous.bodies if previous is not None else ()
        s.last_said = previous.last_said if previous is not None else None
        s.people = previous.people if previous is not None else ()
        s.named = _names(reading[span.start : span.end])
        s.opening = reading[span.start : min(span.end, span.start + 80)]
        text = reading[span.start : span.end]
        if role == "question" and (
            verb is None
            or text.rstrip("\"')]*_ ").endswith("?")
            or _ADDRESSED_SAYS.search(reading, span.start, verb.start()) is not None
        ):  # "Right at the start, you say you never ...": the guest's words put back to them
            previous, account = s, None  # an interviewer's question is not a claim
            continue
        cues = _cues_and_speaker(reading, s, role, lay, previous, earlier, index)
        _withheld(reading, s, cues, previous, earlier)
        _actor(reading, s, earlier)
        pending = _link_role(reading, s, pending, named_later)
        s.last_speaker = _carry(s, previous, reading)
        s.people = (*s.people, *_opening_person(s))
        if s.speaker:
            s.last_said = (span.start, s.speaker, s.claimant)
        if quotes_only and not cues:
            figs: list[FigureRead] = []
            refused: list[Refused] = []
        else:
            figs, refused = read_figures(reading, span.start, span.end)
            figs = [f for f in figs if not _on_a_placard(reading, s, f.start)]
            refused = [f for f in refused if not _on_a_placard(reading, s, f.start)]
        if (figs or refused) and not cues:
            cues.append("figure")
            _continues_findings(reading, s, _past_quiet(reading, s, previous, account, quiet))
            heard_in_court(reading, s)
        account, quiet = _account_after(reading, s, previous, account, quiet, bool(cues))
        closing_next.see(reading, s, cues, figs)
        body = _subject_body(reading, s)
        if body is not None:
            if body not in kinds_of:
                kinds_of[body] = _kinds(body, lowered)
            kinds = kinds_of[body]
            s.bodies = (*s.bodies, (body, reading[span.start : span.end].lower(), kinds))
        previous = s
        quoted = tuple(reading[q.start : q.end + 1] for q in quotes)  # with its closing mark
        if not cues or no_claim(text, cues, len(figs) + len(refused), quoted):
            continue
        key = _quotation_key(reading, s)
        if key is not None and key in seen:
            elsewhere.setdefault(seen[key], []).append(span.start)
            continue
        parts = _sentence_candidates(reading, prep.text, s, cues, figs, refused, earlier)
        if role == "heading":  # a heading that names a speaker: proposed last, marked
            headings.extend(replace(c, cues=(*c.cues, "heading")) for c in parts if c.speaker)
        elif cues in (["figure"], ["withheld"]):
            narration.extend(parts)
        elif low(text, cues, len(figs) + len(refused)):  # a bare quotation that may assert nothing
            lows.extend(replace(c, cues=(*c.cues, "low")) for c in parts)
        else:
            if key is not None:
                seen[key] = len(speech)
            speech.extend(parts)
    _list_repeats(reading, speech, elsewhere, heading_quotes)
    proposed = speech + ([] if quotes_only else narration) + lows
    out = proposed + _heading_repeats(proposed, headings)
    ruled = [
        calibrate(
            _whole(_national(_spelled_out(_named_after(c, named_later), index)), reading), reading
        )
        for c in out
    ]
    ruled = link_closing_next(ruled, closing_next.sources)
    linked = link_announced_next(link_named_later(ruled, reading), reading)
    released = release_issuers(reading, lay, [agent_test(c, reading) for c in linked])
    authored = work_authors(reading, released)
    sourced = page_source(reading, spans, lay, authored)
    issued = page_issuer(reading, spans, lay, authored, sourced, index.acronyms)
    carried = release_carry(reading, spans, authored, issued, index.acronyms)
    decided = decision_carry(reading, authored, carried, index.acronyms)
    # the unnamed interviewee's answers (extract40), then the issuer a next sentence names
    # (extract39: after every page-level rule)
    answered = unnamed_answers(reading, spans, lay, decided)
    # a stance card that adds nothing to its sentence's figure cards is none (extract50)
    kept = without_empty_stances([issued_next(c, reading) for c in answered])
    return prep, _cut_last(reading, kept)


# the end of a sentence the page cuts: no stop, a letter or a digit last ("... were taken to
# hospital Monda", "... rose to 11 perc")
_CUT_END = re.compile(r"[^\W_]\Z")


def _cut_last(reading: str, cands: list[Candidate]) -> list[Candidate]:
    """The candidates of the page's last sentence when the page ends inside it (no stop, a
    word cut or left open, not even a line break after it: a search excerpt's or a teaser's
    end, often mid-word; a list's last point ends its line) proposed last, marked "cut":
    their quote is not the sentence the source said, and a figure at the cut may have lost
    its unit or its last digits ("11 perc"); kept, as the claim may be real (open the page
    for the rest)."""
    end = len(reading.rstrip(" \t"))  # a line break after the sentence: its writer's end
    cut = [
        k
        for k, c in enumerate(cands)
        if c.end >= end and _CUT_END.search(reading[c.start : c.end].rstrip())
    ]
    if not cut:
        return cands
    rest = [c for k, c in enumerate(cands) if k not in cut]
    return rest + [_cut_figures(reading, cands[k], end) for k in cut]


CUT_WHY = (
    "the page ends right after this figure, with no stop: its last digits or its unit may be"
    ' cut off ("representing 4" of 47.74); read the figure on the whole page'
)


def _cut_figures(reading: str, c: Candidate, end: int) -> Candidate:
    """``c`` marked "cut"; a figure that reaches the page's end read without the word the
    page cut when a word of its unit is left ("125,789 Rohingya shelteri": "125,789
    Rohingya"), else shown refused ("representing 4" of 47.74, "11 perc", "around 26,700 p":
    never read as the part the page kept)."""
    kept = [f for f in c.figures if f.end < end]
    lost = []
    for f in (f for f in c.figures if f.end >= end):
        whole = _before_cut(reading, f)
        if whole is None:
            lost.append(Refused(f.start, f.end, reading[f.start : f.end], CUT_WHY))
        else:
            kept.append(whole)
    return replace(c, cues=(*c.cues, "cut"), figures=tuple(kept), refused=(*c.refused, *lost))


def _before_cut(reading: str, f: FigureRead) -> FigureRead | None:
    """The figure without its last word (the one the page cut) when the parser reads the rest
    with a word of a unit last (no number, no scale, no sign: their digits or their size may
    be what was cut), or None."""
    from claimtrack.guards import SCALE_WORDS
    from claimtrack.quantities import FigureError, parse_figure

    head = re.match(r"(.*[^\W\d_])\s+\S+\Z", reading[f.start : f.end], re.S)
    if head is None:
        return None
    last = head.group(1).split()[-1]
    if not last.isalpha() or last.lower() in SCALE_WORDS:
        return None
    try:
        fig = parse_figure(head.group(1))
    except (FigureError, ValueError):
        return None
    return FigureRead(f.start, f.start + len(head.group(1)), fig) if fig.unit else None


def _withheld(
    reading: str, s: Sentence, cues: list[str], previous: Sentence | None, earlier: Earlier
) -> None:
    """A sentence with no other cue that tells a report was not made ("The army did not
    report any casualties") is cued "withheld": a stance of the outlet's; with a pronoun for
    its subject ("She could not confirm how many"), of the one the pronoun stands for, as a
    guess."""
    if cues or not withheld(reading[s.span.start : s.span.end]):
        return
    cues.append("withheld")
    pronoun = re.match(r"\s*(he|she|they|it)\s", reading[s.span.start : s.span.end], re.I)
    if pronoun is None:
        return
    claimant = s.claimant
    who, how = _pronoun(s, previous, earlier, pronoun.group(1).lower(), reading)
    if who is None:
        s.claimant = claimant
        return
    s.speaker = who
    s.claimant = s.claimant or who
    s.found = how if "guess:" in how else f"{how}; guess: who did not report, told by the outlet"


def _actor(reading: str, s: Sentence, earlier: Earlier) -> None:
    """A named body or person that acts in the sentence ("Hobb Labs announced the closure"),
    with no words of its own, is still what a later "the firm" or "it" may stand for: it goes
    into ``earlier`` as a speaker would (a sentence with a verb of speech has its speaker)."""
    if s.verb is not None:
        return
    act = announced_act(reading, s.span, s.quotes)
    if act is None:
        return
    phrase, _ = _subject_before(reading, s.span.start, act.start())
    who = _valid_speaker(phrase) if phrase else None
    if who and _names(who):
        earlier.append((who, who, who))


def _link_role(
    reading: str, s: Sentence, pending: Sentence | None, named_later: dict[int, tuple[str, str]]
) -> Sentence | None:
    """Record in ``named_later`` an unnamed role-holder ("a spokesman for X" said) that the
    next speaker names ("NAME told Reuters"); the role-holder still waiting, if any."""
    if s.speaker and pending is not None:
        name = named_next(reading, pending, s)
        if name is not None and pending.speaker is not None:
            named_later[pending.span.start] = (pending.speaker, name)
        pending = None
    return s if unnamed_role(reading, s) else pending


def _named_after(c: Candidate, named_later: dict[int, tuple[str, str]]) -> Candidate:
    """An unnamed role-holder's candidate with the person named right after, as a guess."""
    role, name = named_later.get(c.start, ("", ""))
    if not name or c.speaker != role:
        return c
    return replace(
        c,
        speaker=name,
        claimant=name if c.claimant == role else c.claimant,
        speaker_found=f"guess: '{role}' is {name}, named right after with no description",
    )


def _national(c: Candidate) -> Candidate:
    """A country's government by the one name it goes by ("Sudan's government", "the
    government of Sudan" -> "Sudanese government"), and a country or its capital that
    speaks ("Sudan disputed", "Khartoum said") with its government for the claimant."""
    speaker, claimant = c.speaker or "", c.claimant or ""
    named = mentions.national_body(claimant)
    if named is not None and named != claimant:
        return replace(
            c,
            speaker=named if speaker == claimant else speaker,
            claimant=named,
            speaker_found=f"{c.speaker_found}; '{claimant}' is the {named}",
        )
    country = mentions.country_of(speaker, capitals=True) if speaker == claimant else None
    if country is None or mentions.adjective_of(country) == speaker:
        return c  # "Kenyan" (an estimate, a person of Kenya) is not Kenya
    named = f"{mentions.adjective_of(country)} government"
    how = (
        f"guess: '{speaker}' is a place the article names; no voice of it is named; "
        f"claimant: the {named}"
    )
    return replace(c, claimant=named, speaker_found=f"{c.speaker_found}; {how}")


# what a body's acronym may come before: "the EAT panel", "the WHO report"
_OF_A_BODY = {"panel", "board", "committee", "tribunal", "court", "report", "study", "survey",
              "statement", "figures", "data", "count", "spokesman", "spokeswoman",
              "spokesperson", "officials", "official", "executives", "rebels", "fighters",
              "militants", "commanders"}  # fmt: skip


def _whole(c: Candidate, reading: str) -> Candidate:
    """A claimant cut at its 's as the page writes it ("a Wendell's spokesperson" -> "Wendell's"
    where the page writes "Wendell's said" and never "Wendell" alone)."""
    whole = whole_name(reading, c.claimant or "")
    if whole is None:
        return c
    return replace(
        c,
        speaker=whole if c.speaker == c.claimant else c.speaker,
        claimant=whole,
        speaker_found=f"{c.speaker_found}; '{whole}' as the page writes it, not a possessive",
    )


def _spelled_out(c: Candidate, index: NameIndex) -> Candidate:
    """A figure's own speaker given as an acronym the article spells out: the full name; and
    so is the acronym before a word of its kind ("the EAT panel" after "the Employment Appeal
    Tribunal")."""
    full = index.acronyms.get(c.speaker or "")
    words = (c.speaker or "").split()
    if full is None and len(words) == 2 and words[1].lower() in _OF_A_BODY:
        full = index.acronyms.get(words[0])
    if full is None:  # "AL candidate" -> "Awami League candidate", its claimant the same
        full = mentions.spell_out(c.speaker or "", index.acronyms)
        if full is None:
            return c
        claimant = (
            full
            if c.claimant == c.speaker
            else mentions.spell_out(c.claimant or "", index.acronyms) or c.claimant
        )
    else:
        claimant = full if c.claimant == c.speaker else c.claimant
    return replace(
        c,
        speaker=full,
        claimant=claimant,
        speaker_found=f"{c.speaker_found}; '{c.speaker}' spelled out in the article",
    )


def _past_quiet(
    reading: str, s: Sentence, previous: Sentence | None, account: Sentence | None, quiet: int
) -> Sentence | None:
    """The sentence a figure with no attribution may go on with: the previous one, or, past
    one or two sentences of the same paragraph that tell nothing checkable (no figure, no
    verb of saying: "All of them are adults."), the source's sentence before them
    (extract28: a doctor's count, then her description, then the patients' conditions)."""
    if account is None or quiet == 0 or account.speaker is None:
        return previous
    if account.verb is None and not account.found.startswith("guess: goes on with"):
        return previous
    if "\n" in reading[account.span.end : s.span.start]:
        return previous
    return account


def _account_after(
    reading: str,
    s: Sentence,
    previous: Sentence | None,
    account: Sentence | None,
    quiet: int,
    told: bool,
) -> tuple[Sentence | None, int]:
    """The paragraph's last source and how many quiet sentences follow it, after ``s``."""
    if told or s.speaker:
        return (s, 0) if s.speaker else (None, 0)
    same = previous is not None and "\n" not in reading[previous.span.end : s.span.start]
    if account is not None and same and quiet < 2:
        return account, quiet + 1
    return None, 0
