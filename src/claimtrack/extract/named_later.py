"""An unnamed speaker named later: "union claims" in the lead, "the Jaguar unions - Amicus and
T&G - said" further on; "a senior security official said" first, "Brigadier Ann Kerr, chief
of security in the province, said" later. A speaker given only by a description is taken, as
a guess, for the first named speaker after it whose name or description (the words right
after the name, up to its verb) shares the description's distinctive word: not its role word
("official", "spokesman") nor a rank ("senior"), which many people share. And a figure the
outlet states with no source, whose very next sentence names who gave that news ("The toll
rose to 48. Sheriff Ann Kerr announced the grim news ..."): that speaker's, as a guess.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimtrack.extract import mentions
from claimtrack.extract.calibration import _has_name_head, _named_body
from claimtrack.extract.candidates import Candidate
from claimtrack.extract.cues import Sentence
from claimtrack.extract.figurespans import FigureRead
from claimtrack.extract.lexicon import _BODY_WORDS, _DETERMINER, _MEDIA_WORDS, _ROLE
from claimtrack.extract.phrases import _looks_like_body, _looks_like_person, _valid_speaker
from claimtrack.extract.speakers import _trailing
from claimtrack.quantities import Figure

# words of a description that many speakers share: they identify no one
_COMMON = {
    "official", "officials", "spokesman", "spokeswoman", "spokesperson", "source", "sources",
    "senior", "top", "local", "chief", "head", "member", "members", "leader", "leaders",
    "the", "a", "an", "one", "two", "three", "several", "some", "other", "unnamed",
    "anonymous", "government", "people", "person", "man", "woman", "officer", "officers",
    "representative", "state", "national", "new", "former", "his", "her", "their", "its",
    "for", "of", "and", "in", "at", "on", "from", "with", "who", "said", "says",
}  # fmt: skip
_DESCRIPTION_AFTER = re.compile(r"[^.;:\"“”]{0,140}")
_VERB_END = re.compile(
    r"\s(?:said|says|told|tells|added|claimed|claims|estimated|insisted|denied|put)\b"
)


def _stem(word: str) -> str:
    w = word.lower().strip(".,'’")
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    return w


_A_ROLE = re.compile(rf"^(?:{_ROLE})$", re.IGNORECASE)
_HEAD = re.compile(r"^(.*?)(?:\s+(?:of|in|for|at|from|on|with)\s+.*)?$")


def _distinctive(description: str) -> set[str]:
    words = re.findall(r"[A-Za-z][\w-]+", description)
    return {
        _stem(w)
        for w in words
        if w.lower() not in _COMMON and len(w) >= 4 and not _A_ROLE.match(_stem(w))
    }


def _a_person(description: str) -> bool | None:
    """What the description stands for: one person (its head a singular role, "a senior
    security official"), a body (any other head: "union", "the agency", "rebels"), or None
    when it has no head word."""
    m = _HEAD.match(description.strip())
    head = (m.group(1) if m else description).split()
    if not head:
        return None
    return bool(_A_ROLE.match(head[-1])) and not head[-1].lower().endswith("s")


def _a_country_s(speaker: str) -> bool:
    """A body described by its country alone: "Togo's main opposition party" (a name may
    follow in the article), not "Indonesia's Health Ministry" (capitals: a name)."""
    words = speaker.split()
    own = re.fullmatch(r"([A-Z][\w-]+)['’]s", words[0]) if words else None
    return (
        own is not None
        and mentions.country_of(own.group(1)) is not None
        and all(w[:1].islower() for w in words[1:])
    )


def _unnamed(c: Candidate, reading: str) -> bool:
    """A speaker given by a description only, found in a frame of its own sentence."""
    speaker = c.speaker or ""
    if not speaker or (speaker[:1].isupper() and _has_name_head(speaker, reading)):
        return False
    if _named_body(speaker, reading) and not _a_country_s(speaker):
        return False
    return c.speaker_found.startswith(("subject of", "after '", "according to"))


def _described(c: Candidate, reading: str) -> set[str]:
    """The words that name or describe a named speaker where its sentence gives it: its name
    and the apposition after it, up to its verb."""
    speaker = c.speaker or ""
    at = reading.find(speaker, c.start, c.end)
    words = {_stem(w) for w in re.findall(r"[A-Za-z][\w-]+", f"{speaker} {c.claimant or ''}")}
    if at >= 0:
        after = _DESCRIPTION_AFTER.match(reading, at + len(speaker), c.end)
        tail = after.group() if after else ""
        verb = _VERB_END.search(tail)
        tail = tail[: verb.start()] if verb else tail
        if not re.match(r"\s*[,(–—-]", tail):
            tail = ""  # "X disputed the army's account": what X did, not who X is
        # the role written before the name: "rebel spokesperson Lul Koang"
        # whole, after a sentence's start, a comma or a determiner ("Tiger military
        # spokesman X" is the Tigers' own, no "military spokesman" of the other side)
        role = re.search(
            r"(?:^|[,;:]\s+|\b(?:the|a|an|and|but|however|while)\s+)((?:[a-z][\w'’-]*\s+){1,3})$",
            reading[max(c.start, at - 40) : at],
            re.I,
        )
        lead = role.group(1) if role else ""
        first = lead.split()[0] if lead else ""
        if first[:1].isupper() and first.lower() not in {*mentions.HEADS, *_BODY_WORDS}:
            lead = ""  # "Tiger military spokesman": a name of a body, which may be another
        words |= {_stem(w) for w in re.findall(r"[A-Za-z][\w-]+", f"{lead} {tail}")}
    return words


def link_named_later(candidates: list[Candidate], reading: str) -> list[Candidate]:
    """Each candidate whose speaker is only a description, with the first named speaker after
    it that shares the description's distinctive word, as a guess (module docstring)."""
    named = sorted(
        (
            c
            for c in candidates
            if c.speaker and "guess:" not in c.speaker_found and _has_name_head(c.speaker, reading)
        ),
        key=lambda c: c.start,
    )
    out = []
    for c in candidates:
        if not _unnamed(c, reading):
            out.append(c)
            continue
        key = _distinctive(c.speaker or "")
        # the words before a place or a body after the role ("Fire officials" in "Fire
        # officials in Norland"): the later name must share one of them, if any, not only
        # the place ("Norland Health Ministry" is no fire service)
        own = _distinctive(re.split(r"\s+(?:in|of|from|at|for|with)\s+", c.speaker or "")[0])
        # a name in the description is the later name's too: "a Harbour University study" is
        # not "Tarn University" (extract49); a country's possessive may differ ("Togo's ...")
        names = _distinctive(" ".join(re.findall(r"\b[A-Z][\w-]+\b(?!['’])", c.speaker or "")))
        person = _a_person(c.speaker or "")
        later = next(
            (
                n
                for n in named
                if n.start > c.end
                and key & _described(n, reading)
                and (not own or own & _described(n, reading))
                and names <= _described(n, reading)
                and person is not None
                and person is not _looks_like_body(n.speaker or "")
            ),
            None,
        )
        if later is None or not key:
            out.append(_same_figure_next(c, named, reading) if not key else c)
            continue
        shared = sorted(key & _described(later, reading))[0]
        out.append(
            replace(
                c,
                speaker=later.speaker,
                claimant=later.claimant,
                speaker_found=f"{c.speaker_found.split('; guess:')[0]}; guess: "
                f"'{c.speaker}' is {later.speaker}, named later with the word '{shared}'",
            )
        )
    return out


def _same_figure_next(c: Candidate, named: list[Candidate], reading: str) -> Candidate:
    """A bare role ("an official said") with nothing to tell who it is: the first named
    speaker after it, within the next two paragraphs, who gives the same amount ("...,
    an official said." then "Abdul Muhari, spokesman for the agency, said 26 were dead"), as
    a guess: one account told twice, the second time with its name."""
    if not c.figures or _a_person(c.speaker or "") is not True:
        return c
    # an amount of 10 or more: small counts coincide too often to tell one account
    amounts = {v for f in c.figures for v in (f.figure.low, f.figure.high) if v and v >= 10}
    for n in named:
        if n.start <= c.end or n.speaker == c.speaker:
            continue
        if reading.count("\n", c.end, n.start) > 2 or not _looks_like_person(n.speaker or ""):
            break
        same = [f for f in n.figures if {f.figure.low, f.figure.high} & amounts]
        if same:
            said = reading[same[0].start : same[0].end]
            return replace(
                c,
                speaker=n.speaker,
                claimant=n.claimant,
                speaker_found=f"{c.speaker_found.split('; guess:')[0]}; guess: "
                f"'{c.speaker}' is {n.speaker}, who gives the same figure ('{said}') next",
            )
    return c


# the next sentence names who gave the news the figure was: "The toll rose to 48 on Tuesday.
# Sheriff Ann Kerr announced the grim news at a press conference"
_GAVE_THE_NEWS = re.compile(
    r"\s*((?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w.-]*['’]s?\s+(?:office|department|ministry|"
    r"spokesman|spokeswoman|spokesperson|campaign|team|agency)|"
    r"(?:[A-Z][\w.'’-]*\s+){1,6}?[A-Z][\w.'’-]*|(?:the|a)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+|"
    r"[A-Z][a-z'’-]+(?:\s+[a-z][\w'’-]*){0,2})\s+"
    r"(?:(?:has|had|also|later)\s+)?(announced|confirmed|released|disclosed|revealed|gave|"
    r"delivered|reported|made)\s+(?:the|that|this)\s+(?:(?:grim|sad|latest|new|updated|official|"
    r"revised|tragic|figure|death|news)\s+)?(news|toll|figures?|numbers?|update|count|tally|"
    r"announcement)\b"
)


def _common_source(who: str) -> bool:
    """A source named by capitalised words ("Sheriff Ann Kerr"), or by a common noun of a
    body, a medium or a role ("State television", "Police", "health officials"), not a
    sentence's first word alone ("Officials announced" is a role; "Rescuers" is no source)."""
    words = who.split()
    if len(words) >= 2 and all(w[:1].isupper() for w in words):
        return True
    head = words[-1].lower().rstrip("s") if words else ""
    return head in _SOURCE_HEADS or bool(_A_ROLE.match(words[-1] if words else ""))


_SOURCE_HEADS = {w.rstrip("s") for w in _BODY_WORDS | _MEDIA_WORDS} - {"new", "time", "post"}


def link_announced_next(candidates: list[Candidate], reading: str) -> list[Candidate]:
    """A figure the outlet states with no source, whose very next sentence names who gave it
    ("announced the grim news", "confirmed the toll"): that speaker's, as a guess. A figure
    sentence further back, or a next sentence about anything else, stays the outlet's."""
    out = []
    for c in candidates:
        if c.speaker is not None or not c.figures or c.cue != "figure":
            out.append(c)
            continue
        m = _GAVE_THE_NEWS.match(reading, c.end)
        who = _valid_speaker(m.group(1)) if m and "\n\n\n" not in m.group() else None
        who = _DETERMINER.sub("", who).strip() if who else None
        common = who is not None and not any(w[:1].isupper() for w in who.split()[1:])
        named = who is not None and not common and _has_name_head(who, reading)
        if m is not None and m.group(2) == "made" and m.group(3) != "announcement":
            m = None  # "made the toll ..." tells nothing given; "made the announcement" does
        if m is None or not who or not (_common_source(who) or named):
            out.append(c)
            continue
        out.append(
            replace(
                c,
                speaker=who,
                claimant=who,
                speaker_found=f"guess: the figure is the {m.group(3)} {who} "
                f"{m.group(2)} in the next sentence",
            )
        )
    return out


def closing_source(
    reading: str, s: Sentence, before: list[FigureRead], figures: list[FigureRead]
) -> tuple[str, str | None, str] | None:
    """The source a sentence closes on ("..., the commission said after counting the
    votes", "..., according to the ministry"): (speaker, claimant, verb), when it was found
    in its own frame (no guess), what it said comes before it, is no quotation, and goes on
    with the figures ``before`` it: the same amount, or the same unit ("58.64 percent" then
    "36.75 percent"); else None."""
    if s.verb is None or not s.speaker or "guess:" in s.found or s.quotes:
        return None
    if not any(_parallel(a.figure, b.figure) for a in before for b in figures):
        return None
    if not s.found.startswith(("subject of '", "after '", "according to")):
        return None
    if not _trailing(reading, s):
        return None
    return s.speaker, s.claimant, s.verb.group(1)


class ClosingNext:
    """Sentence by sentence, the figure sentences of the outlet's whose next sentence closes on
    a source of the same account (``closing_source``): ``sources``, sentence start -> (speaker,
    claimant, verb)."""

    def __init__(self) -> None:
        self.sources: dict[int, tuple[str, str | None, str]] = {}
        self._open: int | None = None  # the last sentence, when it was a figure of the outlet's
        self._figures: list[FigureRead] = []

    def see(self, reading: str, s: Sentence, cues: list[str], figures: list[FigureRead]) -> None:
        if self._open is not None and s.speaker and _covers_before(s):
            source = closing_source(reading, s, self._figures, figures)
            if source is not None:
                self.sources[self._open] = source
        self._open = s.span.start if cues == ["figure"] and not s.speaker else None
        self._figures = figures


def _covers_before(s: Sentence) -> bool:
    """The closing source may cover the sentence before only when it closes on a bare
    "said" or "says" ("X won with 58 percent. Y trailed with 36 percent, the commission
    said."), the frame of a run of figures told for a source. "told" names an audience
    for its own sentence's words, "reported" relays another medium's report, "according
    to" cites a document: on the 32 labelled sets, 0 right of 10 such guesses (5
    sentences), and 3 of 3 right after "said"."""
    return s.verb is not None and s.verb.group(1).lower() in ("said", "says")


def link_closing_next(
    candidates: list[Candidate], closing_next: dict[int, tuple[str, str | None, str]]
) -> list[Candidate]:
    """A figure the outlet states with no source, whose very next sentence closes on one
    ("X won with 58 percent. Y trailed with 36 percent, the commission said."): that
    source's, as a guess (the attribution may cover only its own sentence)."""
    out = []
    for c in candidates:
        source = closing_next.get(c.start)
        if source is None or c.speaker is not None or not c.figures or c.cue != "figure":
            out.append(c)
            continue
        who, claimant, verb = source
        out.append(
            replace(
                c,
                speaker=who,
                claimant=claimant or who,
                speaker_found=f"guess: the next sentence closes on '{who} {verb}', "
                "which may cover this one too",
            )
        )
    return out


def _parallel(a: Figure, b: Figure) -> bool:
    """Two figures of one account: the same amount ("as many as 10,453" and "a total of
    10,453"), or the same unit and dimension."""
    if {a.low, a.high} & {b.low, b.high} - {None}:
        return True
    return a.unit is not None and a.unit == b.unit and a.dimension == b.dimension
