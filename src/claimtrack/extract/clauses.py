"""Clauses of attribution: a sentence cut where one source's words may end and another's
begin, each clause with its own frame of speech (issue 25, extract36).

"X said the toll was 40, while Y put it at 60", "X estimated 3,000, a figure Y disputed",
"According to X, 200 were hurt, but police said 150", "The rate is 5.3%, which the
government claims is low": a sentence of two sources. ``split`` cuts it at the boundaries
English writes between such clauses, outside its quotations:

* ``;``, and a comma before ``while``, ``whereas``, ``although``, ``though``, ``but``, ``yet``;
* ``while`` or ``whereas`` with no comma ("X said 40 while Y said 60");
* a relative clause after a comma (``, who``, ``, which``): the kind ``relative``;
* a comment on what was just said (``, a figure Y disputed``, ``, a toll that Y rejected``,
  ``, a difference analysts said was too large``): the kind ``comment``;
* ``and`` before a new subject with a verb of speech of its own ("X rejected the claim and
  a minister said ..."); an ``and`` that joins anything else is no boundary.

``frame`` reads each clause's own frame with the extractor's lexicon (``cues._speech_verb``:
said, told, put it at, estimated, according to, rejected by ...) and its subject (``who``):
the noun phrase before the verb, the agent after ``according to`` or a passive's ``by``, a
relative clause's antecedent when the verb follows ``who``/``which`` at once. A pronoun
subject is a frame with no name (``who`` is None): the clause is someone's, not told whose.
Pure: text in, spans out; no candidate is made here (candidates.py uses them)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claimtrack.extract.cues import _speech_verb
from claimtrack.extract.lexicon import _DETERMINER, _PRONOUNS
from claimtrack.extract.phrases import _person_of, _subject_after, _subject_before, _valid_speaker
from claimtrack.extract.text import Span, _inside
from claimtrack.extract.verbs import forms, stance_forms


@dataclass(frozen=True)
class Clause:
    """One clause of a sentence: where it runs, the words that open it ("" for the first),
    and its kind ("main", "contrast", "relative", "comment", "and")."""

    cut: int  # where the boundary before it begins (the sentence's start for the first)
    start: int  # where the clause's own words begin (after its opener)
    end: int
    opener: str
    kind: str


@dataclass(frozen=True)
class Frame:
    """A clause's own frame of speech: the verb (as the lexicon read it), where it stands,
    and its subject (None for a pronoun or a subject that is no speaker)."""

    verb: str
    at: int
    who: str | None
    closing: bool = False  # ", AL.com reported." at the sentence's end: it covers it all


_CONTRAST = re.compile(
    r"\s*;\s*|,\s+(while|whereas|although|though|but|yet)\s+|\s+(while|whereas)\s+"
)
_RELATIVE = re.compile(r",\s+(who|which)\s+")
# the nouns a comment names what was just said by: ", a figure the union disputed"
_SAID_NOUNS = (
    r"figure|number|toll|count|claim|estimate|tally|total|difference|assertion|allegation|"
    r"account|version|assessment|statement|forecast|projection|calculation|result|margin|gap"
)
_COMMENT = re.compile(
    rf",\s+((?:a|an|the)\s+(?:[a-z-]+\s+){{0,2}}?(?:{_SAID_NOUNS})s?)\s+(?:that\s+|which\s+)?"
)
_AND = re.compile(r",?\s+and\s+(?=(?:the|a|an|[A-Z])\b)")
# "but", "although", "though", "yet" with no comma before it ("BA says it has offered 11.5% but
# the union says ..."): a boundary on the same terms as "and" (extract45); with a comma it is a
# contrast of its own (``_CONTRAST``)
_BUT = re.compile(r"(?<![,;])\s+(but|although|though|yet)\s+(?=(?:the|a|an|its|their|[A-Z])\b)")
# an absolute clause of another source: "Unions put the turnout at 40,000, with police saying
# 12,000 marched" (a subject with no figure, then a verb of saying in -ing; extract41)
_WITH_SAYING = re.compile(
    r",?\s+(with)\s+(?=(?:(?:the|a|an)\s+)?(?:[A-Za-z.&'’-]+\s+){0,5}?(?:"
    + "|".join(sorted(f for f in forms() if f.endswith("ing") and " " not in f))
    + r")\b)"
)


def _boundaries(reading: str, span: Span, quotes: list[Span]) -> list[tuple[int, int, str, str]]:
    """(start, end, opener, kind) of each boundary outside the quotations, in order."""
    found = []
    for rx, kind in (
        (_CONTRAST, "contrast"),
        (_RELATIVE, "relative"),
        (_THAT_USED, "relative"),
        (_COMMENT, "comment"),
        (_WITH_SAYING, "contrast"),
    ):
        for m in rx.finditer(reading, span.start, span.end):
            if _inside(m.start(), quotes):
                continue
            opener = next((g for g in m.groups() if g), ";" if ";" in m.group(0) else "")
            found.append((m.start(), m.end(), opener, kind))
    joins = [(m, "and") for m in _AND.finditer(reading, span.start, span.end)]
    joins += [(m, m.group(1).lower()) for m in _BUT.finditer(reading, span.start, span.end)]
    for m, opener in joins:
        if _inside(m.start(), quotes):
            continue
        # a new subject and its own verb of speech within a few words: "and a minister said"
        verb = _speech_verb(reading, Span(m.end(), min(span.end, m.end() + 80)), quotes)
        if verb is None or verb.group(1).lower() == "according to":
            continue
        between = reading[m.end() : verb.start()]
        if "," in between or len(between.split()) > 6 or not between.strip():
            continue
        found.append((m.start(), m.end(), opener, "and" if opener == "and" else "contrast"))
    found.sort()
    out: list[tuple[int, int, str, str]] = []
    for b in found:  # overlapping matches: the first wins
        if not out or b[0] >= out[-1][1]:
            out.append(b)
    return out


# the comma that closes a relative insert ("X, who said 40 died, was ..."), not a number's
_CLOSING_COMMA = re.compile(r",(?=\s)")


def split(reading: str, span: Span, quotes: list[Span]) -> list[Clause]:
    """The sentence ``span`` as its clauses of attribution, in order (one clause when it has
    no boundary). A relative clause ends at the comma that closes it; what follows it goes
    on with the clause before (kind ``resumed``)."""
    return list(_split(reading, span, tuple(quotes)))


@lru_cache(maxsize=256)  # each figure of a sentence asks again; the reading is one object
def _split(reading: str, span: Span, quote_spans: tuple[Span, ...]) -> tuple[Clause, ...]:
    quotes = list(quote_spans)
    cuts = _boundaries(reading, span, quotes)
    more: list[tuple[int, int, str, str]] = []
    for i, (_, b_end, _, b_kind) in enumerate(cuts):
        if b_kind != "relative":
            continue
        until = cuts[i + 1][0] if i + 1 < len(cuts) else span.end
        close = next(
            (
                m
                for m in _CLOSING_COMMA.finditer(reading, b_end, until)
                if not _inside(m.start(), quotes)
            ),
            None,
        )
        if close is not None:
            more.append((close.start(), close.end(), ",", "resumed"))
    clauses = []
    cut, start, opener, kind = span.start, span.start, "", "main"
    for b_start, b_end, b_opener, b_kind in sorted(cuts + more):
        clauses.append(Clause(cut, start, b_start, opener, kind))
        cut, start, opener, kind = b_start, b_end, b_opener, b_kind
    clauses.append(Clause(cut, start, span.end, opener, kind))
    return tuple(clauses)


def holding(clauses: list[Clause], at: int) -> Clause | None:
    """The clause that holds offset ``at`` (the boundary words belong to the clause after)."""
    for c in clauses:
        if c.cut <= at < c.end:
            return c
    return clauses[-1] if clauses and at >= clauses[-1].end else None


# a relative clause's antecedent right before its comma: "..., by the Red Cross, which put"
_ANTECEDENT = re.compile(
    r"(?:^|\s)((?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of\s+)?[A-Z][\w.&'’-]*){0,5}|"
    r"the\s+[a-z]+(?:\s+[a-z]+)?)\s*$"
)
# a relative clause or a comment with a subject of its own, then a verb of the table in any
# form ("which the government claims is low", "a figure Tom Reed disputed"): the lexicon's
# verb, whatever follows it (what it reports is the thing the clause is attached to)
_OWN_VERB = re.compile(
    r"((?:the\s+|a\s+|an\s+)?[\w.&'’-]+(?:\s+[\w.&'’-]+){0,6}?)\s+"
    r"(?:(?:had|has|have|later|also|quickly|swiftly|promptly)\s+)*"
    rf"({'|'.join(re.escape(f) for f in forms())})\b"
)
# a relative clause whose own subject uses what it is attached to in order to say something
# ("costings, which Labor is relying on to claim the Opposition has an $800 million hole",
# "the survey, which the company uses to argue that 300 jobs are safe", "a report that the
# mayor cited to say 40 homes were at risk"): the subject speaks the infinitive's words
# (extract38)
_USED_TO_SAY = re.compile(
    r"(?:that\s+)?((?:the\s+|a\s+|an\s+)?[\w.&'’-]+(?:\s+[\w.&'’-]+){0,5}?)\s+"
    r"(?:(?:is|are|was|were|has|have|had)\s+)?(?:been\s+)?(?:(?:also|now|still|later)\s+)?"
    r"(?:relying\s+on|relies\s+on|rely\s+on|relied\s+on|uses|used|using|use|cited|cites|"
    r"citing|cite|invoked|invokes|invoking|quoted|quotes|quoting|pointed\s+to|points\s+to|"
    r"pointing\s+to|seized\s+on|seizes\s+on|seizing\s+on|drew\s+on|draws\s+on|"
    r"drawing\s+on)\s+(?:(?:it|them)\s+)?(?:in\s+order\s+)?to\s+"
    rf"({'|'.join(re.escape(f) for f in forms() if ' ' not in f)})\b"
)
# the same clause opened by "that" with no comma ("the survey that Ann Kerr cited to say 40
# homes were at risk"): a boundary only when the use to say follows
_THAT_USED = re.compile(rf"\s+(that)\s+(?={_USED_TO_SAY.pattern})")
# what may follow a frame that closes its sentence: a day, "on Monday", "in a statement"
_CLOSING = re.compile(r"(?:\s+[\w.'’-]+){0,4}\s*[.!?\"'’”]*\s*")
_STANCES = frozenset(stance_forms())
_ACCORDING = re.compile(r"\s+((?:the\s+)?[^,;:\"]{2,60}?)(?=\s*[,;:.\"]|$)")


def _speaker(phrase: str | None) -> str | None:
    who = _valid_speaker(phrase) if phrase else None
    if not who or who.lower() in _PRONOUNS:
        return None
    who = _DETERMINER.sub("", who).strip()
    return _person_of(who) if who else None


def frame(reading: str, clause: Clause, quotes: list[Span], sentence: Span) -> Frame | None:
    """The clause's own frame of speech, or None when it has none."""
    return _frame(reading, clause, tuple(quotes), sentence)


@lru_cache(maxsize=256)
def _frame(
    reading: str, clause: Clause, quote_spans: tuple[Span, ...], sentence: Span
) -> Frame | None:
    quotes = list(quote_spans)
    if clause.kind in ("relative", "comment"):
        used = _USED_TO_SAY.match(reading, clause.start, clause.end)
        who = _speaker(used.group(1)) if used is not None else None
        if used is not None and who and not _inside(used.start(2), quotes):
            return Frame(used.group(2), used.start(2), who)
    verb = _speech_verb(reading, Span(clause.start, clause.end), quotes)
    if clause.kind in ("relative", "comment") and (
        verb is None or reading[clause.start : verb.start()].strip()
    ):
        own = _OWN_VERB.match(reading, clause.start, clause.end)
        if own is not None and not _inside(own.start(2), quotes):
            return Frame(own.group(2), own.start(2), _speaker(own.group(1)))
    if verb is None and clause.kind in ("contrast", "and"):
        # "..., while the opposition cried foul": a stance with nothing after it is no
        # speech on its own ("Officials disagreed."), but here it is on what went before
        own = _OWN_VERB.match(reading, clause.start, clause.end)
        bare = own is not None and re.fullmatch(r"[\s.!?]*", reading[own.end() : clause.end])
        if own is not None and bare and own.group(2) in _STANCES:
            return Frame(own.group(2), own.start(2), _speaker(own.group(1)))
    if verb is None:
        return None
    word = verb.group(1)
    if word.lower() == "according to":
        cited = _ACCORDING.match(reading, verb.end(), clause.end)
        return Frame(word, verb.start(), _speaker(cited.group(1)) if cited else None)
    by = re.match(r"\s+by\s", reading[verb.end() : clause.end])
    if word.endswith("ed") and by:  # "was rejected by the Red Cross"
        agent = _subject_after(reading, verb.end() + by.end() - 1, clause.end)
        return Frame(word, verb.start(), _speaker(agent))
    lead = reading[clause.start : verb.start()]
    if clause.kind == "relative" and not lead.strip():  # ", which put the toll at 55"
        antecedent = _ANTECEDENT.search(reading, sentence.start, clause.cut)
        return Frame(word, verb.start(), _speaker(antecedent.group(1)) if antecedent else None)
    if not lead.strip():
        return Frame(word, verb.start(), None)  # "..., but denied it": the subject before
    phrase, _ = _subject_before(reading, clause.start, verb.start())
    closing = clause.end == sentence.end and bool(
        _CLOSING.fullmatch(reading, verb.end(), clause.end) and re.search(r",\s+[^,]*$", lead)
    )
    return Frame(word, verb.start(), _speaker(phrase), closing)
