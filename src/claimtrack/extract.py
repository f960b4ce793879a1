"""Pure: article text in -> claim candidates out (docs/extract.md). No I/O, no database.

A candidate is a sentence that quotes someone (quotation marks), reports what someone said
(a speech verb: "said", "told ... that", "according to"), or states a figure that
``quantities.parse_figure`` reads. The rules are model-free and deliberately simple:

* ``prepare`` repairs common mojibake ("â€™" -> "’") and makes the text the user sees; quotes
  are straightened in a same-length copy used only for reading, so every offset is an offset
  into the displayed text and every candidate's ``quote`` is an exact slice of it.
* sentences are split at ``.!?`` followed by a capital, never inside an open quotation (a
  quotation ends at the end of its paragraph at the latest), never after a title ("Col.").
* the speaker is the subject of the speech verb (the phrase before it, or after it in
  ``"...," said X``), skipping an appositive ("X, a spokesman for Y, said"); a pronoun, or a
  quotation without a verb, takes the previous sentence's speaker. How it was found is kept.
* the claimant guess is the organisation the speaker speaks for when the text says so
  ("spokesman for the SDF", "OIR spokesman X"), else the speaker; a sentence with no speaker
  is the outlet's own statement.
* one candidate per claim (issue 25): each figure of a sentence is its own candidate with its
  own speaker (the outlet's before "X said", a second speaker's after their verb, the owner
  of "his claim of"), plus a stance candidate where the sentence takes one; figures the
  parser refuses are shown refused. ``layout`` finds headings (not proposed) and interviews
  (questions not proposed, answers the interviewee's).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from claimtrack.quantities import Figure, FigureError, parse_figure

# -- text preparation ----------------------------------------------------------------------

# Characters that UTF-8 bytes become when decoded as cp1252 / latin-1: a lead byte (Â-ô) then
# one to three continuation bytes (0x80-0xBF, or the cp1252 characters those bytes map to).
_CP1252_HIGH = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_MOJIBAKE = re.compile(f"[\u00c2-\u00f4][\u0080-\u00bf{_CP1252_HIGH}]{{1,3}}")
_STRAIGHT = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'",
                           "’": "'", "‚": "'", "′": "'", "″": '"'})  # fmt: skip


def _to_bytes(text: str) -> bytes | None:
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            if ord(ch) > 0xFF:
                return None
            out.append(ord(ch))  # bytes cp1252 leaves undefined (0x81, 0x8D, ...)
    return bytes(out)


def repair_mojibake(text: str) -> tuple[str, int]:
    """Undo UTF-8 read as cp1252/latin-1, one run at a time, only where the bytes decode.

    Returns the repaired text and the number of runs repaired. A run is replaced only when its
    bytes are valid UTF-8 for a single character, so correct text ("Ã la carte" has no
    continuation byte after it) is left alone.
    """
    count = 0

    def fix(m: re.Match[str]) -> str:
        nonlocal count
        raw = _to_bytes(m.group())
        if raw is None:
            return m.group()
        try:
            fixed = raw.decode("utf-8")
        except UnicodeDecodeError:
            return m.group()
        if len(fixed) != 1:
            return m.group()
        count += 1
        return fixed

    return _MOJIBAKE.sub(fix, text), count


@dataclass(frozen=True)
class Prepared:
    """The article as shown (``text``) and a same-length reading copy (``reading``)."""

    text: str
    reading: str
    repaired: int  # mojibake runs repaired


# A line break inside a sentence (hard-wrapped wire copy, a pasted terminal page): the line
# does not end a sentence and the next goes on in lower case, or a long line ends on a
# lower-case word or a comma. Such a break is read as a space (same length: offsets hold).
_WRAP = re.compile(
    r"(?<=[^\s.!?:\"”’')\]])\n(?=[a-z0-9(])|(?m:^(?=[^\n]{40})[^\n]*[a-z,;]\n(?=[^\s]))"
)


def unwrap(text: str) -> str:
    """``text`` with its hard line breaks inside sentences made spaces (same length)."""

    def space(m: re.Match[str]) -> str:
        return m.group()[:-1] + " "

    return _WRAP.sub(space, text)


def prepare(raw: str) -> Prepared:
    text, repaired = repair_mojibake(raw.replace("\r\n", "\n").replace("\r", "\n"))
    text = unwrap(text.replace("\u00a0", " "))
    reading = text.translate(_STRAIGHT)
    return Prepared(text, reading, repaired)


# -- sentences ----------------------------------------------------------------------------

_TITLES = {
    "mr", "mrs", "ms", "dr", "col", "gen", "lt", "sgt", "maj", "capt", "cpt", "adm", "gov",
    "sen", "rep", "st", "no", "prof", "rev", "jr", "sr", "cmdr", "brig", "pres", "vs", "u.s",
    "u.k", "u.n", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "inc",
    "co", "corp", "ltd", "mt", "ft", "fig", "e.g", "i.e", "etc",
}  # fmt: skip
_END = re.compile(r"[.!?]+[\"')\]]*")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def _quote_state(reading: str, start: int, end: int, inside: bool) -> bool:
    for ch in reading[start:end]:
        if ch == '"':
            inside = not inside
    return inside


def sentences(reading: str) -> list[Span]:
    """Sentence spans (whitespace trimmed) of the reading text, paragraph by paragraph."""
    out: list[Span] = []
    continued = continued_quotations(reading)
    for para in re.finditer(r"[^\n]+", reading):
        p_start, p_end = para.start(), para.end()
        start = p_start
        inside = p_start in continued
        scanned = p_start
        for m in _END.finditer(reading, p_start, p_end):
            inside = _quote_state(reading, scanned, m.start(), inside)
            scanned = m.start()
            if inside and '"' not in m.group():
                continue
            inside = _quote_state(reading, scanned, m.end(), inside)
            scanned = m.end()
            if inside:
                continue
            after = reading[m.end() : m.end() + 3]
            if m.end() < p_end and not re.match(r"\s+[\"'(\[]?[A-Z0-9]", after):
                continue
            word = re.search(r"([A-Za-z.]+)$", reading[start : m.start()])
            if m.group()[0] == "." and word:
                w = word.group(1).lower().rstrip(".")
                if w in _TITLES or re.fullmatch(r"[a-z]", w):
                    continue
            _add(out, reading, start, m.end())
            start = m.end()
        _add(out, reading, start, p_end)
    return out


def continued_quotations(reading: str) -> set[int]:
    """Starts of paragraphs that go on with a quotation left open by the paragraph before
    (an odd number of marks in both: the closing mark and its attribution come later,
    "... our clients must be freed.¶ The police filed ... legally," X said."). A paragraph
    that opens with a mark after one left open re-opens the quotation (a quotation running
    over paragraphs opens each of them and closes only the last): it is not a continuation."""
    out: set[int] = set()
    open_before = False
    for para in re.finditer(r"[^\n]+", reading):
        odd = para.group().count('"') % 2 == 1
        if open_before and odd and para.group().lstrip().startswith('"'):
            continue  # still open: '¶"More of it.¶"And the end," X said.'
        if open_before and odd:
            out.add(para.start())
            open_before = False
        else:
            open_before = odd
    return out


def _add(out: list[Span], reading: str, start: int, end: int) -> None:
    chunk = reading[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    trail = len(chunk) - len(chunk.rstrip())
    if end - trail > start + lead:
        out.append(Span(start + lead, end - trail))


# -- cues ---------------------------------------------------------------------------------

_VERBS = [
    "said",
    "says",
    "say",
    "told",
    "tells",
    "tell",
    "stated",
    "states",
    "claimed",
    "claims",
    "denied",
    "denies",
    "deny",
    "insisted",
    "insists",
    "added",
    "adds",
    "adding",
    "tweeted",
    "tweets",
    "alleged",
    "alleges",
    "argued",
    "argues",
    "warned",
    "warns",
    "explained",
    "explains",
    "noted",
    "notes",
    "admitted",
    "admits",
    "acknowledged",
    "acknowledges",
    "confirmed",
    "confirms",
    "reiterated",
    "reiterates",
    "reiterating",
    "stressing",
    "confirming",
    "alleging",
    "asserting",
    "maintaining",
    "announced",
    "announces",
    "wrote",
    "writes",
    "recalled",
    "recalls",
    "suggested",
    "suggests",
    "asserted",
    "asserts",
    "maintained",
    "maintains",
    "estimated",
    "estimates",
    "reported",
    "reports",
    "called",
    "calls",
    "declared",
    "declares",
    "testified",
    "stressed",
    "stresses",
    "revealed",
    "reveals",
    "conceded",
    "concedes",
    "accused",
    "accuses",
    "predicted",
    "predicts",
    "promised",
    "believe",
    "believes",
    "disputed",
    "disputes",
    "objects",
    "objected",
    "emphasized",
    "emphasised",
    "explaining",
    "saying",
    "telling",
    "noting",
    "warning",
    "insisting",
    "claiming",
    "denying",
    "discovered",
    "uncovered",
    "responded",
    "responds",
    "replied",
    "replies",
    "answered",
    # issue 25: attribution verbs the first lexicon lacked
    "agreed",
    "agrees",
    "feared",
    "fears",
    "dismissed",
    "dismisses",
    "rejected",
    "rejects",
    "refuted",
    "refutes",
    "observed",
    "observes",
    "countered",
    "counters",
    "contended",
    "contends",
    "questioned",
    "reckoned",
    "reckons",
    "calculated",
    "concluded",
    "concludes",
    "complained",
    "calling",
    "describing",
    "acknowledging",
    "conceding",
    "arguing",
    "rejecting",
    "dismissing",
    "disputing",
    "estimating",
    "described how",
    "describes how",
    "pointed out",
    "points out",
    "pointing out",
    "found that",
    "finds that",
    "showed that",
    "shows that",
    "show that",
    "hinted",
    "hints",
    "endorsed",
    "endorses",
    "condemned",
    "condemns",
    "blamed",
    "blames",
    "doubted",
    "cast doubt",
    "casts doubt",
    "raised doubts",
    "raised concerns",
    "expressed concern",
    "expressed doubts",
    "defended",
    "cautioned",
    "counted",
    "tallied",
    "recorded",
    "forecast",
    "projected",
    "reckoned",
]
_SPEECH_WORDS = frozenset(v for v in _VERBS if " " not in v)
_VERB_RE = re.compile(r"(?<![\w-])([Aa]ccording to|" + "|".join(_VERBS) + r")\b")
# "X put the toll at 25", "X puts the figure at": the subject of "put" is the speaker.
_PUT_AT = re.compile(
    r"(?<![\w-])(puts?|putting)\s+(?:[\w'-]+\s+){1,6}?at\s+(?=[$€£¥₹]?\d|about\b|around\b|"
    r"some\b|nearly\b|almost\b|more\b|over\b|up\b|between\b|roughly\b|approximately\b|"
    r"least\b|fewer\b|less\b|just\b|only\b|[a-z]+(?:teen|ty|hundred|thousand|million)\b)"
)
# "X released figures showing ...", "X published data showing": the publisher is the speaker.
_RELEASED = re.compile(
    r"(?<![\w-])(released|publishe[sd]|issued|releases|issues)\s+(?:\w+\s+){0,3}?"
    r"(?:figures|data|statistics|numbers|estimates?|report|survey|study|findings|results|tally)"
    r"\b(?:\s+\w+){0,2}?\s+(?:showing|that|which\s+show(?:s|ed)?|saying)\b"
)
# A verb form after one of these is a passive or a participle, not speech: "are estimated to",
# "was reported", "the 8,000 feared earlier".
_PASSIVE_BEFORE = {"is", "are", "was", "were", "be", "been", "being", "not"}
# Verb forms that are also plural nouns ("published claims of", "including reports that").
_NOUN_LIKE = {"claims", "reports", "notes", "calls", "estimates", "objects", "states", "tweets"}
_NOUN_BEFORE = {
    "the", "a", "of", "published", "including", "these", "those", "new", "some", "many", "such",
    "his", "her", "their", "its", "and", "unconfirmed", "media", "press", "news", "other", "by",
    "with", "in", "on", "for", "to", "from", "any", "no", "similar", "earlier", "recent",
}  # fmt: skip
_PRONOUNS = {"he", "she", "they", "it", "we", "i"}
# Roles whose "from X" is a place, not an organisation ("a tribal elder from Saravilla").
_PLACE_ROLES = r"man|woman|person|resident|witness|villager|elder|farmer|drivers?|fighters?"
_ROLE = (
    r"spokes(?:man|woman|person)|officials?|commander|minister|director|head|chief|member|"
    r"representative|advis[eo]r|envoy|ambassador|leader|officer|president|secretary|analyst|"
    r"researcher|fighters?|drivers?|source|man|woman|person|resident|witness|soldier|activist|"
    r"doctor|worker|employee|diplomat|lawyer|aide|candidate|economist|elder|villager|MP|"
    r"senator|lawmaker|legislator|governor|mayor|judge|chair(?:man|woman)?|CEO|executive|"
    r"councillor|councilor|deputy|prosecutor|attorney|professor|scientist|expert"
)
_FOR_ORG = re.compile(
    rf"\b(?:(?:{_ROLE})\s+(?:[a-z]+ing\s+)?(?:for|with|at)|"
    rf"(?!(?:{_PLACE_ROLES})\b)(?:{_ROLE})\s+(?:[a-z]+ing\s+)?(?:of|from))\s+"
    r"(?:the\s+)?([^,;:]+)",
    re.IGNORECASE,
)
_ORG_ROLE = re.compile(
    rf"\b((?:[A-Z][\w.&'-]*\s+){{0,3}}[A-Z][\w.&'-]*)\s+(?:{_ROLE})\b(?=\s+[A-Z]|$)"
)
_CAP_RUN = re.compile(
    r"\b(?:[A-Z][\w'’.-]*|al-\w+)(?:\s+(?:[A-Z][\w'’.-]*|al-\w+|bin|de|von|van)\b)*"
)
_NOT_NAMES = {
    "the", "a", "an", "in", "on", "at", "but", "and", "however", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "last", "this", "that", "when",
    "while", "after", "before", "meanwhile", "so", "still", "also", "then", "if", "as", "for",
    "of", "his", "her", "their", "its", "our", "it", "he", "she", "they", "we", "i", "one",
}  # fmt: skip
_DETERMINER = re.compile(r"^(?:the|a|an|and|but|so|also|then|however|meanwhile)\s+", re.I)
# "WHO" in capitals is a name (the World Health Organization), not the relative "who"
_RELATIVE = re.compile(r"\s+(?:[Ww]ho|[Ww]hich|[Tt]hat|[Ww]hose|,).*$", re.DOTALL)
_SUBJECT_STOP = re.compile(
    r"\b(?:also|later|previously|earlier|then|now|publicly|privately|again|has|have|had|"
    r"was|were|is|are|would|will|could|had|did|does|do|not|never|recently|reportedly|"
    r"(?:appears?|appeared|seems?|seemed)\s+to(?:\s+have)?)\s*$",
    re.IGNORECASE,
)


Earlier = list[tuple[str, str, str | None]]  # (phrase, speaker, claimant) of every speaker so far
# a named body that was a sentence's subject: (name, that sentence lowercased, the body nouns
# the article calls it: "Ofcom, the regulator" -> {"regulator"})
Body = tuple[str, str, frozenset[str]]


@dataclass
class Sentence:
    span: Span
    quotes: list[Span]  # quotation spans (inside the marks), in the sentence
    verb: re.Match[str] | None  # the attributing speech verb (outside quotations)
    speaker: str | None = None
    found: str = "none"
    claimant: str | None = None
    named: list[str] = field(default_factory=list)
    phrase: str | None = None  # the speaker as written ("OIR spokesman Col. Ryan Dillon")
    # the most recent (speaker, claimant) within the last three sentences of the paragraph
    last_speaker: tuple[str, str | None] | None = None
    age: int = 0
    content_from: int | None = None  # figures before this offset are the outlet's narration
    described: str = ""  # the words that describe the speaker ("a spokesman for the SDF")
    opening: str = ""  # the sentence's first words
    # named bodies that were the subject of a sentence so far, with that sentence (lowercase)
    bodies: tuple[Body, ...] = ()


def _quotations(reading: str, span: Span, open_at_start: bool = False) -> list[Span]:
    out = []
    opened: int | None = span.start - 1 if open_at_start else None
    for i in range(span.start, span.end):
        if reading[i] == '"':
            if opened is None:
                opened = i
            else:
                out.append(Span(opened + 1, i))
                opened = None
    if opened is not None and span.end - opened > 1:
        out.append(Span(opened + 1, span.end))  # a quotation that runs to the paragraph's end
    return out


def _inside(pos: int, quotes: list[Span]) -> bool:
    return any(q.start <= pos < q.end for q in quotes)


def _clean_phrase(text: str) -> str:
    text = _RELATIVE.sub("", text.strip(" ,:;\"'—–-"))
    while True:
        new = _SUBJECT_STOP.sub("", text).strip()
        new = re.sub(r"\s+[a-z]+ly$", "", new) if len(new.split()) > 1 else new
        if new == text:
            break
        text = new
    text = text.strip(" ,:;\"'—–-")
    text = re.sub(
        r"\s+(?:on|late|early|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
        r"Sunday)(?:\s+(?:morning|afternoon|evening|night))?$",
        "",
        text,
    )
    if text.endswith(".") and not re.search(r"\b[A-Z][a-z]?\.$|\b(?:[A-Z]\.)+$", text):
        text = text[:-1]
    return text


def _names(text: str) -> list[str]:
    out = []
    for m in _CAP_RUN.finditer(text):
        words = m.group().rstrip(".,;:").split()
        while words and words[0].lower() in _NOT_NAMES:
            words.pop(0)
        if words and (len(words) > 1 or words[0].lower() not in _NOT_NAMES):
            out.append(" ".join(words))
    return out


# a relative clause with its own subject right before the verb: "..., which police say",
# "... in which the agency said": the subject after the relative word speaks
_RELATIVE_SUBJECT = re.compile(
    r"(?:^|[\s,])(?:which|whom|in\s+which|of\s+which|where)\s+"
    r"((?:the\s+|a\s+|an\s+)?[\w'’.&-]+(?:\s+[\w'’.&-]+){0,3}?)\s*$",
    re.IGNORECASE,
)


def _relative_subject(before: str) -> str | None:
    """The subject of a relative clause right before the verb ("which police", "in which the
    agency"); none when the words after "which" are an adverb or a verb ("which also")."""
    own = _RELATIVE_SUBJECT.search(before)
    if own is None:
        return None
    words = set(own.group(1).lower().split())
    if words & (_ADVERBS | _CLAUSE_WORDS | _VERB_WORDS | _PREP_WORDS):
        return None
    return own.group(1)


def _subject_before(reading: str, start: int, verb_start: int) -> tuple[str | None, str | None]:
    """(speaker phrase, appositive) read backwards from the verb to a clause boundary."""
    before = _DATELINE.sub("", reading[start:verb_start])
    # Stop at a closing quotation mark (the quote this verb attributes) or a colon/semicolon.
    cut = max(before.rfind('"'), before.rfind(":"), before.rfind(";"))
    if cut >= 0:
        before = before[cut + 1 :]
    pronoun = re.search(r"\b(he|she|they|it|we|i)\s*$", before, re.IGNORECASE)
    if pronoun:
        return pronoun.group(1).lower(), None
    own = _relative_subject(before)
    if own is not None:  # "The violence, which police say left ...": police
        return own, None
    before = _CLAUSE.split(before)[-1]
    comma = before.rstrip().endswith(",")  # "X, a spokesman, said": descriptions possible
    parts = [p.strip() for p in before.split(",")]
    appositive = None
    while parts and (not _clean_phrase(parts[-1]) or parts[-1].lower() in _ADVERBS):
        parts.pop()
    if not parts:
        return None, None
    inserted = _before_insert(parts)
    if inserted is not None:
        return inserted
    described = _before_descriptions(parts) if comma else None
    if described is not None:
        return described
    last = _head(_clean_phrase(parts[-1]))
    if len(last.split()) > MAX_SUBJECT_WORDS:
        return None, None
    if len(parts) >= 2 and _NAME_PART.fullmatch(last) and _has_role(parts[-2]):
        return last, parts[-2]  # "A finance minister, Ann Kerr, said": Ann Kerr, the minister
    if re.search(r"\band$", parts[-1]) and re.match(r"[a-z]", parts[-1]) and len(parts) > 1:
        # "The SDF, an alliance of ..., hired drivers and told them": the clause's subject
        subject = _main_subject(reading, start, verb_start)
        if subject:
            return subject, None
    if (
        comma
        and len(parts) >= 2
        and (_looks_appositive(last) or re.match(r"(?:a|an)\s", last, re.I))
    ):
        name = _clean_phrase(parts[-2])
        if name and (_names(name) or _has_role(name)):
            return name, last
    if re.search(r"\b(?:in|on|at|during|after|before|since)\b", last, re.I) and len(last) > 60:
        return None, None
    return (last or None), appositive


_CLAUSE = re.compile(
    r"(?<!known\s)(?<!such\s)\b(?:but|while|because|although|though|whereas|yet|when|where|as|since|if|after|so|"
    r"despite|amid)\s+",
    re.IGNORECASE,
)
_ADVERBS = {"meanwhile", "however", "also", "though", "too", "instead", "moreover", "again",
            "furthermore", "publicly", "privately", "later", "earlier", "separately"}  # fmt: skip
MAX_SUBJECT_WORDS = 14
MAX_LEAD_WORDS = 4  # "The coalition also “...”": a short subject before a bare quotation


# A comma part that is an insert after the subject: "That survey, undertaken by teams ...,
# estimated"; "X, who leads Y, said".
_INSERT = re.compile(
    r"^(?:who|which|whose|(?:[a-z]+(?:ed|en))\s+(?:by|in|at|from|with)|based\s|led\s|"
    r"[a-z]+ing\s+(?:to|on|at|from|in|with|after|before|outside|during)\s)",
    re.I,
)
# A comma part that describes the person before it: an age, a town, a party, a role.
_DESCRIPTION = re.compile(
    r"^(?:\d{1,3}|aged\s+\d+|(?:commonly|also|better|widely|popularly)\s+known\s+as\s.+|(?:from|of|at|in|on|near|with)\s.+|(?:a|an|the)\s.+|"
    r"(?:[A-Z]\w+\s+)?(?:Democrat|Republican|Independent|member|head|leader|chair\w*|"
    r"managing|director|partner|president|secretary|spokes\w+)\b.*)$"
)
_NAME_PART = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Prof|Lt|Maj|Capt)\.?\s+)?"
    r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|al|bin|de|van|von|da|el|ul))*"
)


def _antecedent(name: str) -> str:
    """The noun phrase a relative clause follows: "some drivers were threatened by the
    fighters" -> "the fighters" (a short phrase is taken whole)."""
    tail_np = re.search(
        r"(?:\b(?:the|a|an)\s+[\w-]+(?:\s+[\w-]+){0,2}|\b[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4})$",
        name,
    )
    if tail_np and (len(name.split()) > 4 or re.search(r"\b(?:was|were|is|are|been)\b", name)):
        return tail_np.group()
    return name


def _before_insert(parts: list[str]) -> tuple[str, str] | None:
    last = len(parts) - 1
    if (
        last >= 1
        and re.match(r"who\b", parts[last], re.I)
        and _NAME_PART.fullmatch(_clean_phrase(parts[last - 1]))
    ):  # "..., contradicted by a colleague, Dr Ann Lee, who called": the name before "who"
        return _clean_phrase(parts[last - 1]), ", ".join(parts[last - 2 : last - 1])
    tail = _clean_phrase(parts[-1]) if last >= 2 else ""
    short = bool(tail) and len(tail.split()) <= 4 and not _INSERT.match(parts[-1])
    if short and (_names(tail) or _has_role(tail)):
        return None  # "When asked about the gap, which X put at 5, the minister said"
    for k in range(1, len(parts)):
        if _INSERT.match(parts[k]):
            subject = _clean_phrase(parts[k - 1])
            if re.match(r"(?:who|which|whose)\b", parts[k], re.I):
                subject = _antecedent(subject)
            if subject and len(subject.split()) <= 8:
                return subject, ", ".join(parts[k:])
            return None
    return None


def _before_descriptions(parts: list[str]) -> tuple[str, str] | None:
    """ "NAME, 64, from Leeds, said": the name, with the rest as its description."""
    if len(parts) < 2:
        return None
    k = len(parts) - 1
    while k > 0 and _DESCRIPTION.match(parts[k]) and not _NAME_PART.fullmatch(parts[k]):
        k -= 1
    if k == len(parts) - 1:
        return None
    name = _clean_phrase(_DETERMINER.sub("", parts[k]))
    of_body = re.fullmatch(r"(.+?)\s+((?:of|from)\s+(?:the\s+)?[A-Z].*)", name)
    if of_body and _NAME_PART.fullmatch(of_body.group(1)) and len(of_body.group(1).split()) > 1:
        # "Ann Kerr of the Harbour Party, commonly known as HP,": Ann Kerr, of the party
        return of_body.group(1), ", ".join([of_body.group(2), *parts[k + 1 :]])
    aside = all(re.match(r"(?:in|on|at|with|from)\s", p) for p in parts[k + 1 :])
    plain = aside and bool(re.fullmatch(r"(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}", parts[k], re.I))
    if not (_NAME_PART.fullmatch(name) or _has_role(name) or plain) or len(name.split()) > 6:
        return None  # "The ministry, in a statement, said": ministry
    return name, ", ".join(parts[k + 1 :])


_PREPOSITION = re.compile(
    r"^(?:in|on|at|during|after|before|since|among|with|without|for|from|despite|amid|of|"
    r"to|into|under|over|than|like|about|around)\b",
    re.IGNORECASE,
)
_OPENERS = {
    "an", "a", "the", "this", "that", "these", "those", "previous", "earlier", "later", "here",
    "there", "others", "some", "many", "it", "which", "what", "one", "both", "all", "such",
    "you", "your", "me", "us", "them", "his", "her", "their", "its", "our", "my", "nobody",
    "no one", "everyone", "everybody", "someone", "somebody", "anyone", "anybody", "none",
}  # fmt: skip
_NUMBER_WORDS_LEAD = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "twenty", "thirty", "forty", "fifty", "hundreds", "thousands", "dozens", "scores",
]  # fmt: skip
_FIGURE_LEAD = re.compile(
    r"^(?:(?:some|about|around|nearly|almost|more|over|at|least|up|to|than|fewer|less|"
    r"the|all|only|just|roughly)\s+)*(?:\d[\d,.]*|" + "|".join(_NUMBER_WORDS_LEAD) + r")\b\s*",
    re.IGNORECASE,
)


def _head(phrase: str) -> str:
    """ "The first detailed survey of the humanitarian crisis in northern Syria": its head
    (a long phrase is cut before its first lower-case prepositional phrase)."""
    reduced = re.match(
        r"(.+?)\s+(?:[a-z]+ed|hired|based|tasked|led|known|paid)\s+"
        r"(?:for|by|in|from|at|to|with|on|last|this|earlier|yesterday|over)\s",
        phrase,
    )
    if (
        reduced
        and not re.search(r"\b(?:is|are|was|were|has|have|had)$", reduced.group(1))
        and re.search(r"[A-Za-z]{3}", _FIGURE_LEAD.sub("", reduced.group(1)))
    ):
        return reduced.group(1)  # "Drivers hired for the evacuation": "Drivers"
    if len(phrase.split()) > 6:
        head = re.match(r"(.+?)\s+(?:of|in|on|at|for|from)\s+(?:the\s+)?(?!the\s)[a-z]", phrase)
        if head and len(head.group(1).split()) >= 2:
            return head.group(1)
    return phrase


_OWN_REPORTER = re.compile(
    r"(?:our|this\s+newspaper's|this\s+paper's|this)\s+(?:own\s+)?(?:\w+\s+)?"
    r"(?:correspondents?|reporters?|journalists?|newspaper|staff|writer|team)\b"
)


def _valid_speaker(phrase: str) -> str | None:
    """The speaker a phrase can be, or None: a noun phrase, not a number, a sentence opener,
    a prepositional phrase or a fragment ("000", "An", "In morning", "He wondered")."""
    phrase = phrase.strip()
    # "an effort the government": the noun phrase right before the verb
    words = phrase.split()
    for i in range(len(words) - 1, 0, -1):
        prev = words[i - 1].lower()
        if words[i].lower() in ("the", "a", "an") and prev not in _PREP_WORDS:
            if (prev.endswith(("ing", "ed")) and prev not in _ING_NOUNS) or prev in _VERB_WORDS:
                break  # "transporting the expelled fighters": an object, not a new subject
            phrase = " ".join(words[i:])
            break
    phrase = _head(phrase)
    stripped = _FIGURE_LEAD.sub("", phrase).strip()
    if not re.match(r"of\b", stripped):  # "One of the drivers" stays whole
        phrase = stripped
    # "O2", "G7": a capital glued to a digit is a name; "000" or "5" alone is none
    if not phrase or not re.search(r"[A-Za-z]{2}|\b[A-Z]\d", phrase):
        return None
    low = phrase.lower()
    if _OWN_REPORTER.match(low):
        return None  # "Our correspondent reports": the outlet's own narration
    timed = _TIME_OPENER.sub("", phrase)
    if timed != phrase and timed:  # "On Wednesday police said": police
        phrase, low = timed, timed.lower()
    if _PREPOSITION.match(phrase) and not low.startswith(("by ",)):
        return None
    if low in _OPENERS or low in _NOT_NAMES or low in _PREP_WORDS:
        return None  # "or" of "probable, or confirmed cases": a word, no speaker
    first = low.split()[0]
    if first in _PRONOUNS and len(low.split()) > 1:
        return None  # "He wondered", "He also ruled out the possibility"
    bare = _DETERMINER.sub("", phrase)
    if bare[1:] == bare[1:].lower() and not _credible_common(bare.lower()):
        return None  # "gap", "saying", "members of parliament they believe ..."
    return phrase


# A speaker without a capital letter is a credible description when it is a noun phrase
# ("police", "a senior defense official", "march leaders"), not a participle ("saying"), a
# clause ("members of parliament they believe more ...") or a long phrase.
_CLAUSE_WORDS = {"i", "you", "your", "we", "they", "he", "she", "it", "is", "are", "was", "were",
                 "has", "have", "had", "believe", "believes", "want", "wants", "will", "would",
                 "can", "could", "should", "may", "might", "must", "not", "to"}  # fmt: skip


def _credible_common(phrase: str) -> bool:
    words = re.sub(r"^(?:the|a|an)\s+", "", phrase).split()
    if not words or len(words) > 6 or _CLAUSE_WORDS & set(words):
        return False
    head = re.sub(r"['’]s?$", "", words[-1])
    # "saying", "warning": a participle or a verb is no speaker
    return not (
        head.endswith("ing") or (head in _SPEECH_WORDS and head not in _NOUN_LIKE | {"accused"})
    )


_TIME_OPENER = re.compile(
    r"^(?:on|late|early|last|this|by|in)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|"
    r"November|December)(?:\s+\d{1,2})?|(?:the\s+)?(?:morning|afternoon|evening|night))"
    r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?=\S)",
    re.IGNORECASE,
)
_ING_NOUNS = {
    "morning", "evening", "meeting", "briefing", "building", "hearing", "gathering", "ruling",
    "spending", "funding", "housing", "training", "wedding", "offering", "shooting", "bombing",
}  # fmt: skip
_VERB_WORDS = {"is", "are", "was", "were", "has", "have", "had", "be", "saw", "met", "hit", "led"}
_PREP_WORDS = {"of", "for", "in", "on", "at", "from", "with", "to", "by", "and", "or"}


def _has_role(phrase: str) -> bool:
    return bool(re.search(rf"\b(?:{_ROLE})\b", phrase, re.IGNORECASE))


def _looks_appositive(phrase: str) -> bool:
    return bool(
        re.match(rf"(?:a|an|the)\s+(?:\w+\s+){{0,3}}(?:{_ROLE})\b", phrase, re.I)
        or re.match(rf"(?:{_ROLE})\b", phrase, re.I)
    )


def _subject_after(reading: str, verb_end: int, end: int) -> str | None:
    after = reading[verb_end:end]
    m = re.match(
        r"\s+((?:[\w'.-]+\s*){1,8}?)(?=[,.;:\"]|$|\s*(?<!\w)(?:on|in|at|to|last|this|yesterday|today|"
        r"earlier|during|after|before|when|while|who|which|that)\b)",
        after,
    )
    return _clean_phrase(m.group(1)) if m else None


def _org_of(speaker: str, appositive: str | None) -> str | None:
    for text in (appositive, speaker):
        if not text:
            continue
        m = _FOR_ORG.search(text)
        if m:
            org = _clean_phrase(m.group(1))
            if org and _names(org):
                return org
        m = _ORG_ROLE.search(text)
        plural = m is not None and re.search(r"s$", text[: m.end()]) and " " not in m.group(1)
        if m and _names(m.group(1)) and not plural:  # "Afghan officials": no organisation
            return _DETERMINER.sub("", m.group(1)).strip()
        m = _POSSESSIVE_ROLE.search(text)
        if m:  # "the national disaster agency's spokesman"
            return _DETERMINER.sub("", m.group(1)).strip()
    return None


_POSSESSIVE_ROLE = re.compile(
    rf"((?:[\w.&-]+\s+){{0,4}}[\w.&-]+)'s\s+(?:[a-z]+\s+)?(?:{_ROLE})\b", re.IGNORECASE
)


def _from_verb(reading: str, s: Sentence) -> tuple[str | None, str | None, str]:
    """The speaker a speech verb names: (speaker, appositive text, how it was found)."""
    span, verb = s.span, s.verb
    if verb is None:
        return None, None, "none"
    word = verb.group(1).lower()
    if word == "according to":
        return _subject_after(reading, verb.end(), span.end), None, "according to"
    tail = reading[verb.end() : span.end]
    if word.endswith("ed") and re.match(r"\s+by\s", tail):
        agent = _subject_after(reading, verb.end() + tail.index("by") + 2, span.end)
        return agent, None, f"agent of '{word} by'"
    quoted = re.search(
        r"\s+(?:was|were|is|are|has\s+been|have\s+been)\s+(?:\w+\s+)?quoted\s+as\s+$",
        reading[span.start : verb.start()],
    )
    if word == "saying" and quoted:  # "The minister was quoted as saying"
        speaker, appositive = _subject_before(reading, span.start, span.start + quoted.start())
        return speaker, appositive, "subject of 'was quoted as saying'"
    after_prep = r"(?:,|\b(?:after|before|while|when|by|without|despite))\s*$"
    if word.endswith("ing") and re.search(after_prep, reading[span.start : verb.start()]):
        subject = _main_subject(reading, span.start, verb.start())
        if subject:
            return subject, None, f"subject of the clause before ', {word}'"
    before = reading[span.start : verb.start()].rstrip()
    quoted_before = any(q.end <= verb.start() for q in s.quotes)
    if not (before.endswith('"') or (before.endswith(",") and quoted_before)):
        speaker, appositive = _subject_before(reading, span.start, verb.start())
        return speaker, appositive, f"subject of '{word}'"
    # ``"...," said X`` or ``"...," X said``
    inverted = re.match(r"\s+(?:a|an|the|one|[A-Z])", reading[verb.end() : span.end])
    speaker = appositive = None
    if not (inverted and before.rstrip(",").endswith('"')):
        speaker, appositive = _subject_before(reading, span.start, verb.start())
        if inverted and speaker and not (_names(speaker) or _has_role(speaker)):
            speaker = appositive = None  # "...” to guard it, said an official"
    if speaker:
        return speaker, appositive, f"subject of '{word}'"
    speaker = _subject_after(reading, verb.end(), span.end)
    appositive = reading[verb.end() : span.end]  # "said X, a spokesman for Y"
    return speaker, appositive, f"after '{word}'"


_IRREGULAR_PAST = (
    "stood|held|took|gave|made|went|came|rose|fell|kept|told|found|put|set|won|lost|met|left|"
    "sent|spent|thought|brought|began|became|said|saw|ran|got|led|stuck|struck|wrote|spoke"
)
_MAIN_VERB = re.compile(
    r"\s+(?:has|have|had|is|are|was|were|will|would|could|can|may|might|also|then|later|"
    r"again|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"[a-z]+ed|" + _IRREGULAR_PAST + r"|[a-z]+s\s+(?:by|to|that|on|in|with|down|up|out))\b"
)
# A dateline before the lead: "LONDON —", "PESHAWAR, Pakistan (Reuters) -", "ABU DHABI:"
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z .'-]{2,}(?:,\s*[A-Z][\w .'-]*)?\s*(?:\([^)]{1,40}\))?\s*(?:[—–:-]|--)\s+"
)
_LEADERS = re.compile(
    r"^(?:but|and|so|yet|however|meanwhile|still|instead|earlier|later)\b[\s,]*", re.I
)


def _main_subject(reading: str, start: int, end: int) -> str | None:
    """The subject of the sentence's main clause, for a participle after it
    ("Mr Joyce doubled down ..., saying"): a pronoun, or the words up to its verb."""
    text = reading[start:end]
    cut = max(text.rfind('"', 0, len(text) - 1), text.rfind(":"))
    if cut >= 0 and text.count('"') % 2 == 0 and text.rfind('"') < len(text) - 2:
        text = text[cut + 1 :]
    text = _LEADERS.sub("", _DATELINE.sub("", text).strip())
    pronoun = re.match(r"(he|she|they|it|we|i)\b", text, re.IGNORECASE)
    if pronoun:
        return pronoun.group(1).lower()
    m = _MAIN_VERB.search(text)
    if not m:
        return None
    parts = [p.strip() for p in text[: m.start()].split(",")]
    parts = [p for p in parts if p and not _PREPOSITION.match(p) and p.lower() not in _ADVERBS]
    subject = _clean_phrase(parts[0]) if parts else ""  # "X, an alliance of ..., hired"
    if not subject or len(subject.split()) > 8:
        return None
    return subject


def _fits(pronoun: str, name: str) -> bool:
    """ "he"/"she" stand for a person, never a named body ("the institute"); "it" for a body,
    never a titled or full personal name."""
    if pronoun in ("he", "she"):  # one capitalised word ("Jaguar", "Trump") may be either
        if name[:1].islower():  # "coalition", "the agency": a body
            head = name.split()[-1].lower()
            return head not in _BODY_WORDS | _DOCUMENT_NOUNS | {"study", "survey"}
        return (len(name.split()) == 1 and not name.isupper()) or not _looks_like_body(name)
    if pronoun == "it":
        return not (_looks_like_person(name) and not _looks_like_body(name))
    return True


def _reading_words(s: Sentence) -> list[str]:
    return s.opening.split()


def _pronoun(
    s: Sentence, previous: Sentence | None, earlier: Earlier, pronoun: str = "they"
) -> tuple[str | None, str]:
    """The speaker a pronoun stands for (setting the sentence's claimant where known): the
    nearest compatible one ("he" is a person, "it" a body)."""
    if previous is not None and previous.speaker and _fits(pronoun, previous.speaker):
        s.claimant = previous.claimant
        return previous.speaker, "pronoun: previous sentence's speaker"
    if previous is not None and previous.last_speaker:
        speaker, claimant = previous.last_speaker
        if _fits(pronoun, speaker):
            s.claimant = claimant
            return speaker, "pronoun: the speaker two or three sentences back"
    if pronoun in ("he", "she") and previous is not None and not previous.speaker:
        opening = " ".join(_reading_words(previous)[:8])
        people = [
            n
            for n in previous.named
            if _looks_like_person(n) and not _looks_like_body(n) and n.split()[0] in opening
        ]  # the subject the sentence opens with, not a place or a school named in passing
        if people:  # "Dr Ann Lee, head of X, disagreed. ... he said": the person just named
            person = re.sub(r"['’]s$", "", _person_of(people[0]))  # "Mr Dave's view"
            return person, "pronoun: the person named in the previous sentence"
    for _, speaker, claimant in reversed(earlier):
        if _fits(pronoun, speaker):
            s.claimant = claimant
            return speaker, "pronoun: the article's last speaker it can stand for"
    if previous is not None and previous.named:
        return previous.named[-1], "pronoun: last name in the previous sentence"
    return None, "pronoun, unresolved"


def _before_quote(
    reading: str, s: Sentence, previous: Sentence | None
) -> tuple[str | None, str] | None:
    """A quotation with no speech verb: the previous speaker going on, or a short name
    before it ("Mr Smith: "...""); None when neither."""
    lead = reading[s.span.start : s.quotes[0].start - 1]
    words = _clean_phrase(_DETERMINER.sub("", lead.strip())).split()
    if not lead.strip() and previous is not None and previous.speaker:
        s.claimant = previous.claimant
        return previous.speaker, "quotation continues the previous speaker"
    if (0 < len(words) <= MAX_LEAD_WORDS and _names(" ".join(words))) or (
        0 < len(words) <= 2 and words[-1].lower() not in _NOT_NAMES
    ):
        return " ".join(words), "the words before the quotation"
    return None


def _trailing(reading: str, s: Sentence) -> bool:
    """ "..., the governor said." (the attribution closes the sentence: what comes before it is
    what was said), as against "X said that ..." and "After ..., X told Y that ..."."""
    assert s.verb is not None
    tail = reading[s.verb.end() : s.span.end].split(",")[0]
    before = reading[s.span.start : s.verb.start()]
    return len(tail.split()) <= 6 and not re.search(r"\bthat\b", tail) and "," in before


def _verb_speaker(reading: str, s: Sentence) -> tuple[str | None, str | None, str]:
    """The speaker of the sentence's speech verb, or of the next one when the first names no
    valid speaker ("Nobody counted them, the driver said"); moves ``s.verb`` to it."""
    rejected = None
    while True:
        speaker, appositive, found = _from_verb(reading, s)
        speaker = speaker or None
        if speaker and speaker.lower() not in _PRONOUNS:
            raw, speaker = speaker, _valid_speaker(speaker)
            bare = _DETERMINER.sub("", raw)
            if speaker is None and rejected is None and bare[1:] == bare[1:].lower():
                rejected = raw  # "gap", "saying": a word that is no speaker
        if speaker is not None or s.verb is None:
            return speaker, appositive, found
        later = _speech_verb(reading, Span(s.verb.end(), s.span.end), s.quotes)
        if later is None:
            return speaker, appositive, (f"rejected '{rejected}'" if rejected else found)
        s.verb = later


def _attribute(reading: str, s: Sentence, previous: Sentence | None, earlier: Earlier) -> None:
    speaker, appositive, found = _verb_speaker(reading, s)
    s.described = appositive if appositive and len(appositive) <= 80 else ""
    if s.verb is not None and found.startswith("subject of") and not _trailing(reading, s):
        s.content_from = s.verb.start()  # what comes before "X said" is the outlet's
    if speaker and speaker.lower() in _PRONOUNS:
        speaker, found = _pronoun(s, previous, earlier, speaker.lower())
    elif not speaker and s.quotes and s.verb is None:
        got = _before_quote(reading, s, previous)
        if got is not None:
            speaker, found = got
    elif not speaker and found.startswith("rejected '"):
        guess = _paragraph_speaker(reading, s, previous)
        if guess is not None:  # "..., saying that" after a junk subject: the paragraph's speaker
            (speaker, s.claimant), found = (
                guess,
                f"guess: the paragraph's speaker ({found[9:]} is no speaker)",
            )
    if speaker and speaker.lower() in ("who", "which", "that") and not speaker.isupper() and s.verb:
        speaker, appositive = _antecedent_of(reading, s.span.start, s.verb.start(), appositive)
        found = f"the name before ', {speaker and 'who'}'" if speaker else "none"
    if speaker:
        speaker = re.sub(r"^by\s+", "", speaker)
        author = _author(speaker)
        if author is not None:  # "according to the WHO statement": WHO
            speaker, found = author, f"{found}; the author of '{speaker}'"
        bodies = previous.bodies if previous is not None else ()
        speaker, claimant, how = _corefer(speaker, earlier, bodies)
        if how:
            s.claimant, found = claimant, how
        speaker = _DETERMINER.sub("", speaker).strip() or None
    s.phrase = speaker
    if speaker and s.claimant is None:
        s.claimant = _org_of(speaker, appositive) or speaker
    if appositive and speaker and s.claimant == speaker:
        s.claimant = _org_of(speaker, appositive) or speaker
    if speaker:
        speaker = _person_of(speaker)
        if s.claimant == s.phrase:
            s.claimant = speaker
    s.speaker, s.found = speaker, (found if speaker else "none")


def _antecedent_of(
    reading: str, start: int, verb_start: int, appositive: str | None
) -> tuple[str | None, str | None]:
    """ "..., Dr Ann Lee, who called it ...": the name a "who" clause follows (a name or a
    named body only: "the houses, which said" is no speaker)."""
    m = re.search(r"(?:^|,)\s*([^,]+?),?\s+who\s+(?:\w+\s+){0,2}$", reading[start:verb_start])
    if not m:
        return None, appositive
    name = _clean_phrase(_DETERMINER.sub("", m.group(1)))
    if not _NAME_PART.fullmatch(name):
        return None, appositive
    before = reading[start : start + m.start(1)].rstrip(" ,")
    described = before.split(",")[-1].strip() if before.endswith(",") or "," in before else ""
    if described and _has_role(described) and len(described) <= 60:
        appositive = described  # "his ministerial colleague, Dr Ann Lee, who"
    return name, appositive


def _paragraph_speaker(
    reading: str, s: Sentence, previous: Sentence | None
) -> tuple[str, str | None] | None:
    """The nearest credible speaker earlier in the same paragraph (up to three sentences)."""
    if previous is None or previous.last_speaker is None:
        return None
    if "\n" in reading[previous.span.end : s.span.start]:
        return None
    return previous.last_speaker


def _corefer(
    speaker: str, earlier: Earlier, bodies: tuple[Body, ...] = ()
) -> tuple[str, str | None, str | None]:
    """(speaker, claimant, how) when ``speaker`` refers to an earlier one: "the spokesperson"
    after "a spokesperson for X", "Dillon" after "Col. Ryan Dillon"; else (speaker, None, None).
    """
    definite = re.fullmatch(rf"the\s+(?:(?-i:[a-z-]+)\s+){{0,2}}?({_ROLE})", speaker, re.I)
    if definite:
        head = definite.group(1).lower()
        # "the environment minister" is not "the finance minister": modifiers must agree
        modifiers = speaker.lower().split()[1:-1]
        for phrase, name, org in reversed(earlier):
            if (
                not re.search(rf"\b{head}", phrase, re.IGNORECASE)
                or phrase.lower() == speaker.lower()
            ):
                continue
            if all(re.search(rf"\b{re.escape(m)}\b", phrase, re.I) for m in modifiers):
                return name, org, f"'the {head}': the earlier {head}"
    if re.fullmatch(r"[A-Z][\w'’-]+", speaker):
        for _, name, org in reversed(earlier):
            words = name.split()
            if len(words) > 1 and words[-1] == speaker:
                return name, org, f"surname: the earlier {name}"
    noun = re.fullmatch(r"the\s+((?-i:[a-z-]+\s+){0,2})((?-i:[a-z]+))", speaker, re.I)
    if noun and not definite:
        return _definite(speaker, noun.group(1).split(), noun.group(2).lower(), earlier, bodies)
    return speaker, None, None


# work a body does and publishes: "the investigation found" is its author's finding
_INQUIRY_NOUNS = {"investigation", "inquiry", "enquiry", "probe", "review", "audit", "study",
                  "survey", "analysis", "assessment", "findings"}  # fmt: skip
# "the statement said", "the company added": the body whose statement or report it is.
_DOCUMENT_NOUNS = {"statement", "release", "letter", "report", "filing", "announcement",
                   "communique", "communiqué", "memo", "submission"}  # fmt: skip

_BODY_NOUNS = {"company", "firm", "group", "carmaker", "manufacturer", "agency", "organisation",
               "organization", "body", "institute", "ministry", "department", "commission",
               "union", "bank", "council", "board", "authority", "party", "court", "office",
               "institution", "lender", "operator", "airline", "regulator"}  # fmt: skip


_BODY_WORDS = _BODY_NOUNS | {
    "college", "hospital", "museum", "church", "committee", "tribunal", "parliament", "senate",
    "congress", "assembly", "times", "post", "journal", "news", "channel", "radio", "agency",
    "motors", "industries", "inc", "ltd", "corp", "corporation", "plc", "llc", "co", "group",
    "association", "federation", "police", "army", "military", "forces", "government",
    "foundation", "trust", "centre", "center", "university", "school", "network", "coalition",
    "alliance", "mission", "embassy", "unions", "unit", "service", "services",
}  # fmt: skip


_PUBLISHED = r"web\s?site|site|page|data|figures|account|bulletin|tally|count|feed"
_AUTHORED = re.compile(
    r"((?:the\s+)?[\w'’.&-]+(?:\s+[\w'’.&-]+){0,5}?)(?:['’]s?)?\s+(?:official\s+|latest\s+|own\s+)?"
    rf"(?:{'|'.join(sorted(_DOCUMENT_NOUNS | _INQUIRY_NOUNS))}|{_PUBLISHED})"
)


# Words a document's author never ends with (the phrase runs past the author's name).
_FUNCTION_WORDS = frozenset(("the", "a", "an", "this", "that", "its", "their", "his", "her"))


def _author(speaker: str) -> str | None:
    """The body whose document speaks: "the WHO statement", "the ministry's web site", "Kestrel
    Motors' report" -> WHO, the ministry, Kestrel Motors; none when no name or body is left
    ("a new report", "the survey data")."""
    m = _AUTHORED.fullmatch(speaker)
    if m is None:
        return None
    words = [re.sub(r"['’]s?$", "", w) for w in _DETERMINER.sub("", m.group(1)).split()]
    if not words or words[-1].lower() in _FUNCTION_WORDS:  # "Motors' the report": no author
        return None
    bare = " ".join(words)
    if bare[:1].isupper() and _names(bare):
        return bare
    if bare.lower() in _BODY_NOUNS:
        return f"the {bare}"  # "the ministry": resolved like any bare body noun
    return None


def _looks_like_body(name: str) -> bool:
    """A named organisation: "Kestrel Motors", "Harbour Board", "NEC", "Jaguar" (one
    capitalised word), not "Dr Ann Lee" or "Ann Kerr"."""
    words = name.replace("(", " ").replace(")", " ").split()
    if not words or not _names(name) or re.match(r"(?:Mr|Mrs|Ms|Dr|Prof)\.?\s", name):
        return False
    if len(words) == 1:
        return words[0][:1].isupper()
    return words[-1].lower().strip(".,") in _BODY_WORDS or any(
        re.fullmatch(r"[A-Z&]{2,6}", w) for w in words
    )


_REFLEXIVE = re.compile(r"\s+(?:itself|themselves|himself|herself)$", re.IGNORECASE)


def _subject_body(reading: str, s: Sentence) -> str | None:
    """The named body a sentence is about, when it is the main clause's subject ("Ofcom has
    concluded an investigation", "O2 themselves notified"), for a later "the company" or
    "the investigation"; a person, a common noun or a pronoun is none."""
    subject = _main_subject(reading, s.span.start, s.span.end)
    if not subject:
        return None
    subject = _REFLEXIVE.sub("", _DETERMINER.sub("", subject)).strip()
    if not subject[:1].isupper() or not _NAME_PART.fullmatch(subject):
        return None
    if not _looks_like_body(subject):
        return None
    if " " not in subject and re.search(rf"\b[A-Z][a-z]+\s+{re.escape(subject)}\b", reading):
        return None  # "Jones" after "Ann Jones": a person's surname, not a body
    return subject


def _kinds(name: str, said: str) -> frozenset[str]:
    """The body nouns the article calls a body: "Harbour Board" is a board; "Ofcom, the
    regulator" or "the telecoms regulator Ofcom" is a regulator (``said`` is lowercase)."""
    n = re.escape(name.lower())
    found = set(name.lower().split())
    before = rf"\b([a-z]+)\s*,?\s+{n}\b"  # "the telecoms regulator Ofcom"
    after = rf"\b{n}\s*,\s+(?:the|a|an)\s+((?:[\w-]+\s+){{0,2}}[a-z]+)"  # "Ofcom, the regulator"
    for pattern in (before, after):
        for m in re.finditer(pattern, said):
            found.update(m.group(1).split())
    return frozenset(found & _BODY_NOUNS)


def _definite(
    speaker: str,
    modifiers: list[str],
    head: str,
    earlier: Earlier,
    bodies: tuple[Body, ...] = (),
) -> tuple[str, str | None, str | None]:
    """ "the board" -> the earlier "Harbour Board"; "the company" -> the last body that spoke,
    else the last named body that was a sentence's subject; "the statement" -> the last
    speaker (whose statement it is); "the investigation" -> the body whose sentence opened it
    ("Ofcom concluded an investigation"). Unresolved: unchanged."""
    if head in _INQUIRY_NOUNS:
        for name, text, _ in reversed(bodies):
            made = rf"\b(?:an?|its|their|own|new)\s+(?:[\w-]+\s+){{0,2}}?{head}\b"
            if re.search(made, text[text.find(name.lower()) + len(name) :]):
                return name, name, f"'the {head}': the body that made it ({name})"
        return speaker, None, None  # an inquiry is never a speaker itself: unresolved
    for phrase, name, org in reversed(earlier):
        words = [w.lower().strip(".,()") for w in f"{name} {phrase}".split()]
        agree = head in words and all(m.lower() in words for m in modifiers)
        if agree and _looks_like_person(name) and head not in name.lower().split():
            continue  # "the government" is not the official described as of it
        if agree and name.lower() != speaker.lower():
            return name, org, f"'the {head}': the earlier {name}"
    if head in _DOCUMENT_NOUNS and earlier:
        _, name, org = earlier[-1]
        return name, org, f"'the {head}': the last speaker's"
    if head in _BODY_NOUNS and not modifiers:  # "the transport ministry" is not any body
        for _, name, org in reversed(earlier):
            if _looks_like_body(name) and name.lower() != speaker.lower():
                return name, org, f"'the {head}': the last named body that spoke"
        of_kind = [n for n, _, kinds in bodies if head in kinds]
        if of_kind:  # a body of unknown kind is never guessed: "the company" stays unresolved
            name = of_kind[-1]
            return name, name, f"'the {head}': the last named body of that kind"
    return speaker, None, None


_PERSON_AFTER_ROLE = re.compile(
    rf"^(?:[\w.&'’()-]+\s+){{0,4}}?(?i:{_ROLE})\s+((?:[A-Z][\w'’.-]*\s+){{1,4}}[A-Z][\w'’-]*)$"
)


def _person_of(phrase: str) -> str:
    """The name in "OIR spokesman Col. Ryan Dillon" (the whole phrase when there is none)."""
    m = _PERSON_AFTER_ROLE.match(phrase)
    if m and re.fullmatch(r"[A-Z][a-z]+", phrase[: m.start(1)].strip()):
        return phrase  # "Mayor Ann Lee", "Senator Tom Baker": a title, kept with the name
    return m.group(1).strip() if m else phrase


def _carry(s: Sentence, previous: Sentence | None, reading: str) -> tuple[str, str | None] | None:
    """The speaker a later pronoun may refer to: this sentence's, else one carried over from
    up to three sentences back in the same paragraph."""
    if s.speaker:
        s.age = 0
        return s.speaker, s.claimant
    if previous is None or previous.last_speaker is None or previous.age >= 2:
        return None
    if "\n" in reading[previous.span.end : s.span.start]:
        return None
    s.age = previous.age + 1
    return previous.last_speaker


# -- figures ------------------------------------------------------------------------------

_NUMBER_WORDS = [
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "billion",
    "billions",
    "dozen",
    "dozens",
    "scores",
    "tens",
]
_FRACTIONS = "half|halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?"
_ANCHOR = re.compile(
    r"(?<![\w.,])(?:\d[\d,.]*\d|\d)(?:(?![\w]|[.,]\d)|(?=(?:bn|b|mn|m|k|tn|cr)\b))(?:\s?%)?"
    r"|\b(?:" + "|".join(_NUMBER_WORDS) + "|" + _FRACTIONS + r")\b",
    re.IGNORECASE,
)
# A number glued to letters the parser may not know ("Dh1.3 billion", "Tk500"): read it
# whole, or show it refused; never read the number alone.
_GLUED = re.compile(
    r"(?<![\w.,])[A-Z][A-Za-z]{0,2}\$?(?:\d[\d,.]*\d|\d)"
    r"(?:\s?(?:bn|mn|m|k|billion|million|trillion|thousand|crore|lakh)\b)?"
)
# Words before a number that hedge it but that the parser does not read: the figure is shown
# refused with them rather than read as exact without them.
_UNREAD_HEDGES = {
    "like", "perhaps", "possibly", "maybe", "probably", "reaching", "nearing", "topping",
    "exceeding", "surpassing", "potentially", "conceivably", "supposedly", "reportedly",
}  # fmt: skip
_CLOCK = re.compile(r"\s?(?::\d\d|(?:a\.?m\.?|p\.?m\.?)(?!\w)|o'clock)", re.IGNORECASE)
_HEDGES = {
    "some", "about", "around", "roughly", "approximately", "nearly", "almost", "more", "than",
    "over", "at", "least", "most", "up", "to", "fewer", "less", "only", "just", "as", "many",
    "an", "estimated", "a", "few", "several", "of", "tens", "hundreds", "thousands", "no",
    "under", "below", "above", "between", "and", "or", "the", "exactly", "well",
}  # fmt: skip
_UNIT_STOP = {
    "were", "was", "are", "is", "had", "have", "has", "in", "from", "at", "on", "and", "who",
    "that", "which", "to", "by", "with", "for", "the", "a", "an", "be", "been", "would",
    "will", "could", "should", "said", "says", "as", "into", "out", "of", "their",
    "his", "her", "its", "since", "after", "before", "during", "than", "or", "but",
    "while", "when", "it", "they", "he", "she", "we", "i", "this", "these", "those", "not",
    "did", "do", "does", "also", "all", "each", "ago", "earlier", "later", "next", "last",
    "here", "there", "then", "today", "yesterday", "near", "already", "my", "our", "your",
    "against", "among", "across", "through", "within", "without", "versus", "vs", "compared",
    "despite", "amid", "including", "like", "unlike", "whereas",
    "arrive", "arrives", "live", "lives", "work", "works", "die", "dies", "wait", "waits",
    "remains", "stay", "stays", "come", "comes", "go", "goes", "leave", "leaves", "flee",
    "flees", "need", "needs", "face", "faces", "lack", "lacks", "lose", "gain", "gained",
    "left", "fled", "died", "killed", "escaped", "remain", "remained", "took", "arrived",
    "remaining", "being", "now", "still", "went", "came", "got", "made", "withdrew", "fell",
    "rose", "grew", "ran", "lost", "won", "sank", "spent", "paid", "gave", "saw", "met", "kept",
    "held", "stood", "fought", "told", "thought", "felt", "drove", "flew", "broke", "began",
    "became", "voted", "stayed", "lay", "lie", "lies", "sat", "rode", "wrote", "spoke", "ate",
    "hid", "led", "bore", "sold",
    "bought", "brought", "caught", "taught", "sent", "built", "struck", "swam", "shot", "dug",
    "slept", "woke", "wore", "threw", "knew", "drew", "chose", "froze", "shook", "stole",
    "may", "might", "can", "must", "shall",
}  # fmt: skip
_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
]
_WORD = re.compile(r"\d[\d,.]*\d%?|[\w%$€£.-][\w%$€£'’.-]*\w%?|\w|\S")
_DATE_RE = re.compile(
    r"\b(?:(" + "|".join(m.capitalize() for m in _MONTHS[:12]) + r")\.?\s+(\d{1,2}),?\s+(\d{4})|"
    r"(\d{4})-(\d{2})-(\d{2}))\b"
)


@dataclass(frozen=True)
class FigureRead:
    start: int
    end: int
    figure: Figure


def _is_date_or_year(reading: str, start: int, end: int, fig: Figure) -> bool:
    before = reading[max(0, start - 12) : start].lower().split()
    after = reading[end : end + 12].lower().split()
    token = reading[start:end]
    if fig.unit is None and fig.exact and re.fullmatch(r"(1[89]|20)\d\d", token.strip()):
        return True
    first = token.split()[0] if token.split() else ""
    if fig.exact and fig.hedge is None and re.fullmatch(r"(1[89]|20)\d\d", first):
        return True  # "the 2019 report", "the 2001 invasion": a year
    near = (before[-1:] if before else []) + (after[:1] if after else [])
    if any(w.strip(".,") in _MONTHS for w in near) and re.match(r"\d{1,4}\b", token.strip()):
        return True
    return bool(re.fullmatch(r"\d{1,2}", token.strip()) and after and after[0] in ("a.m.", "p.m."))


@dataclass(frozen=True)
class Refused:
    """A figure as written that ``parse_figure`` refuses, with its reason: shown, never read
    as something shorter."""

    start: int
    end: int
    text: str
    reason: str


_TIME_UNITS = re.compile(r"(?:years?|months?|weeks?|days?|hours?|minutes?)$", re.IGNORECASE)


def figures(reading: str, start: int, end: int) -> list[FigureRead]:
    """Every figure ``parse_figure`` reads in ``reading[start:end]`` (read_figures, without
    the refused ones)."""
    return read_figures(reading, start, end)[0]


def read_figures(reading: str, start: int, end: int) -> tuple[list[FigureRead], list[Refused]]:
    """Every figure ``parse_figure`` reads in ``reading[start:end]``, with its hedge before
    and its unit after (the longest text it reads at each number), and the figures it refuses
    as written. Dates, years, clock times, ordinals and times ago are not figures."""
    words = [(m.start() + start, m.end() + start) for m in _WORD.finditer(reading[start:end])]
    out: list[FigureRead] = []
    refused: list[Refused] = []
    covered = start
    glued = {m.start(): m for m in _GLUED.finditer(reading, start, end)}
    anchors = sorted(
        [(m.start(), m.end()) for m in _ANCHOR.finditer(reading, start, end)]
        + [(m.start(), m.end()) for m in glued.values()]
    )
    for a_start, a_end in anchors:
        if a_start < covered:
            continue
        got = (
            _glued(reading, glued[a_start])
            if a_start in glued
            else _figure_at(reading, words, start, a_start, a_end, covered)
        )
        if isinstance(got, int):  # read but not a figure ("two years ago")
            covered = got
        elif isinstance(got, Refused):
            refused.append(got)
            covered = got.end
        elif got is not None:
            if out and re.fullmatch(r"\s*\(\s*", reading[out[-1].end : got.start]):
                covered = got.end  # "1.1 million (11 lakh)": the same figure restated
                continue
            out.append(got)
            covered = got.end
    return out, refused


def _figure_at(
    reading: str, words: list[tuple[int, int]], start: int, a_start: int, a_end: int, covered: int
) -> FigureRead | Refused | int | None:
    """The figure at the number ``reading[a_start:a_end]``: read, refused, skipped up to an
    offset (an int), or None (a date, a clock time, an ordinal: not a figure)."""
    token = reading[a_start:a_end]
    if _CLOCK.match(reading, a_end) or reading[max(0, a_start - 1) : a_start] == ":":
        return None  # "9:15 PM", "10 a.m."
    if re.fullmatch(rf"(?:{_FRACTIONS})", token, re.I):
        prev = reading[max(start, a_start - 7) : a_start].lower().split()
        if prev and prev[-1] in ("the", "first", "second", "last", "other", "third"):
            return None  # "the first half"
    age = re.search(r"[A-Za-z],\s*$", reading[max(0, a_start - 4) : a_start])
    if age and re.fullmatch(r"\d{1,3}", token) and re.match(r"\s*,", reading[a_end:]):
        return None  # "Maria Lopez, 64, from Leeds": an age
    idx = next((i for i, (a, b) in enumerate(words) if a <= a_start < b), None)
    if idx is None:
        return None
    first = _hedge_start(reading, words, idx, covered)
    tail = _figure_tail(reading, words, idx)
    best = None
    for lo in range(min(first, _reach_back(reading, words, idx, covered)), idx + 1):
        best = _longest_figure(reading, words, lo, idx, tail)
        if best is not None:
            break
    if best is None or _is_date_or_year(reading, best.start, best.end, best.figure):
        return None
    after = reading[best.end : best.end + 9].lower().split()
    if re.match(r"over\s", reading[best.start : best.end], re.I) and _TIME_UNITS.search(
        reading[best.start : best.end]
    ):
        prev = reading[max(0, best.start - 20) : best.start].split()
        if prev and (prev[-1].endswith("ed") or prev[-1] in ("ran", "run", "runs", "held")):
            best = _longest_figure(reading, words, idx, idx, tail) or best  # "ran over 4 weeks"
    ago = bool(after) and after[0].strip(".,") in ("ago", "later", "earlier")
    frame = reading[max(0, best.start - 24) : best.start].lower().split()
    if (
        len(frame) >= 3
        and frame[-1] in ("first", "last", "past", "next", "previous", "coming", "final")
        and frame[-3] in ("in", "during", "within", "over")
    ):
        ago = True  # "in the first nine months": a period ("for the last 10 years" is a figure)
    if ago and _TIME_UNITS.search(reading[best.start : best.end]):
        return best.end  # "two years ago": a time, not a figure
    return _refusal(reading, words, best, tail) or best


def _glued(reading: str, m: re.Match[str]) -> FigureRead | Refused | None:
    text = m.group()
    if re.match(r"[A-Z]{2,}\d|[A-Z]\d", text) and not re.search(r"\s", text):
        return None  # "COVID19", "F16", "G7": names, not figures
    try:
        return FigureRead(m.start(), m.end(), parse_figure(text))
    except (FigureError, ValueError) as e:
        prefix = re.match(r"[A-Za-z]+", text)
        why = (
            f'"{prefix.group()}" before the number is not a currency or unit the parser knows'
            if prefix and "put the figure first" in str(e)
            else _reason(e)
        )
        return Refused(m.start(), m.end(), text, why)


def _reason(e: Exception) -> str:
    return str(e).split(":")[0] if "put the figure first" in str(e) else str(e)


def _reach_back(reading: str, words: list[tuple[int, int]], idx: int, covered: int) -> int:
    """Up to four plain words before the number, for hedges the lexicon lacks ("close to",
    "in the region of", "half a"): the parser decides what it reads."""
    lo = idx
    while lo > 0 and idx - lo < 4:
        w = _word_at(reading, words, lo - 1)
        if words[lo - 1][0] < covered or not re.fullmatch(r"[A-Za-z-]+", w):
            break
        if w.lower() in _SPEECH_WORDS:
            break  # "the study estimated 1.1 million": the verb is not a hedge
        lo -= 1
    return lo


def _refusal(
    reading: str, words: list[tuple[int, int]], best: FigureRead, tail: int
) -> Refused | None:
    """The figure refused as written when the parser read it only by dropping a hedge word
    before it ("something like 35") or a unit after it that it refuses ("1,200 tons")."""
    lo = next(i for i, (a, _) in enumerate(words) if a == best.start)
    if lo > 0 and _word_at(reading, words, lo - 1).lower() in _UNREAD_HEDGES:
        if lo > 1 and _word_at(reading, words, lo - 2).lower() in ("something", "anything"):
            lo -= 1  # "something like 35"
        wider = reading[words[lo - 1][0] : best.end]
        hedge = reading[words[lo - 1][0] : best.start].strip()
        try:
            parse_figure(wider)
        except (FigureError, ValueError):
            why = f'the parser does not read the hedge "{hedge}": type the figure as meant'
            return Refused(words[lo - 1][0], best.end, wider, why)
    if (
        lo > 0
        and re.fullmatch(
            r"not|never|no|nor|hardly|barely|\w+n't", _word_at(reading, words, lo - 1).lower()
        )
        and not re.match(r"[$€£¥₹]?\d", reading[best.start : best.end])
    ):
        wider = reading[words[lo - 1][0] : best.end]
        try:
            parse_figure(wider)
        except (FigureError, ValueError):
            why = f'the parser does not read the negated figure "{wider}": type it as meant'
            return Refused(words[lo - 1][0], best.end, wider, why)
    hi = next(i for i, (_, b) in enumerate(words) if b == best.end)
    if hi < tail:
        longer = reading[best.start : words[hi + 1][1]]
        try:
            parse_figure(longer)
        except (FigureError, ValueError) as e:
            if "ambiguous" in str(e):
                return Refused(best.start, words[hi + 1][1], longer, str(e))
    return None


def _word_at(reading: str, words: list[tuple[int, int]], i: int) -> str:
    return reading[words[i][0] : words[i][1]]


def _hedge_start(reading: str, words: list[tuple[int, int]], idx: int, covered: int) -> int:
    """The first word of the hedges right before the number at word ``idx`` ("around")."""
    first = idx
    while first > 0 and _word_at(reading, words, first - 1).lower() in _HEDGES:
        if words[first - 1][0] < covered:
            break
        first -= 1
    if first < idx and _word_at(reading, words, first).lower() == "estimated":
        first += 1  # "the study estimated 1.1 million": a verb ("an estimated 1.1 million": kept)
    return first


_JOINERS = ("to", "and", "or", "of", "-", "–", "a", "out")
_MONEY_TOKEN = re.compile(r"[$€£¥₹]?\d[\d,.]*(?:bn|b|mn|m|k|tn)?%?", re.IGNORECASE)
_ED_UNITS = {
    "displaced", "wounded", "injured", "detained", "armed", "unemployed", "registered",
    "uninsured", "infected", "vaccinated", "suspected", "accused", "arrested", "evacuated",
    "rescued", "disappeared",
}  # fmt: skip


def _figure_tail(reading: str, words: list[tuple[int, int]], idx: int) -> int:
    """The last word a figure starting at word ``idx`` may take: its own words (numbers,
    ranges), then up to three unit words."""
    j = idx
    while j + 1 < len(words):
        w = _word_at(reading, words, j + 1).lower()
        if _ANCHOR.fullmatch(w) or _MONEY_TOKEN.fullmatch(w) or w in _JOINERS:
            j += 1
        else:
            break
    tail = j
    units = 0
    while tail + 1 < len(words) and units < 3:
        w = _word_at(reading, words, tail + 1)
        if not re.fullmatch(r"[\w'’%-]+", w) or w.lower() in _UNIT_STOP:
            break
        if w.endswith("ed") and "-" not in w and w.lower() not in _ED_UNITS:
            break  # "2,000 attended", "voters stayed home": a verb, not a unit
        tail += 1
        units += 1
    return tail


def _longest_figure(
    reading: str, words: list[tuple[int, int]], lo: int, idx: int, tail: int
) -> FigureRead | None:
    """The longest text from word ``lo`` to a word between ``tail`` and ``idx`` that
    ``parse_figure`` reads."""
    for hi in range(tail, idx - 1, -1):
        if hi > idx and _word_at(reading, words, hi).lower() in _JOINERS:
            continue  # "a third of", "$2bn and": never end on a joiner
        try:
            fig = parse_figure(reading[words[lo][0] : words[hi][1]])
        except (FigureError, ValueError):
            continue
        return FigureRead(words[lo][0], words[hi][1], fig)
    return None


def dates(reading: str, start: int, end: int) -> list[str]:
    """Full dates written in the sentence, as YYYY-MM-DD (partial dates are not guessed)."""
    found = []
    for m in _DATE_RE.finditer(reading, start, end):
        if m.group(1):
            month = _MONTHS.index(m.group(1).lower()) + 1
            found.append(f"{m.group(3)}-{month:02d}-{int(m.group(2)):02d}")
        else:
            found.append(f"{m.group(4)}-{m.group(5)}-{m.group(6)}")
    return found


# -- candidates ---------------------------------------------------------------------------

MIN_QUOTE_WORDS = 4  # shorter quotations without a speech verb are scare quotes, not speech


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

    def record(
        self, subject: str, *, outlet: str | None = None, source: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        """The candidate as a JSONL line: claim fields pre-filled plus the ``extract`` object."""
        src = source or {}
        outlet = src.get("outlet") or outlet
        claimant = self.claimant or (outlet if self.speaker is None else None)
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
        if self.figures:
            rec["value"] = self.figures[0].figure.text
        if src.get("id"):
            rec["source"] = src["id"]
        rec["extract"] = {
            "start": self.start,
            "end": self.end,
            "cue": self.cue,
            "cues": list(self.cues),
            "speaker_found": self.speaker_found,
            "claimant_found": self._claimant_found(claimant),
            "figures": [figure_json(f) for f in self.figures],
            "dates": list(self.dates),
        }
        if self.refused:
            rec["extract"]["refused"] = [
                {"text": r.text, "start": r.start, "end": r.end, "reason": r.reason}
                for r in self.refused
            ]
        if self.elsewhere:
            rec["extract"]["elsewhere"] = list(self.elsewhere)
        return rec

    def _claimant_found(self, claimant: str | None) -> str:
        if not claimant:
            return "none"
        if self.speaker is None:
            return "narration: the outlet"
        if claimant != self.speaker:
            return "the organisation named beside the speaker"
        return "the speaker"


def figure_json(f: FigureRead) -> dict[str, Any]:
    fig = f.figure
    return {"text": fig.text, "start": f.start, "end": f.end, "low": fig.low,
            "high": fig.high, "unit": fig.unit, "hedge": fig.hedge}  # fmt: skip


def _speech_verb(reading: str, span: Span, quotes: list[Span]) -> re.Match[str] | None:
    """The first attributing verb of the sentence outside its quotations, or a frame that
    attributes ("X put the toll at", "X released figures showing"); passives ("are estimated
    to", "was reported"), participles after a figure ("the 8,000 feared") and nouns ("the
    accused", "published claims") are not speech."""
    found: list[re.Match[str]] = []
    for rx in (_VERB_RE, _PUT_AT, _RELEASED):
        found.extend(rx.finditer(reading, span.start, span.end))
    found.sort(key=lambda m: m.start())
    for m in found:
        if _inside(m.start(), quotes):
            continue
        word = m.group(1)
        before = reading[span.start : m.start()].split()
        prev = before[-1].lower().strip(",") if before else ""
        if word in _NOUN_LIKE and _a_noun(reading, m, before, prev):
            continue
        if word.endswith("ed") and re.match(r"\s+by\s+\w", reading[m.end() :]):
            return m  # "deaths reported by member states": the agent after "by" speaks
        if _not_speech(reading, m, word, before, prev):
            continue
        return m
    return None


def _a_noun(reading: str, m: re.Match[str], before: list[str], prev: str) -> bool:
    """ "published claims", "rejecting claims by", "according to central bank estimates"."""
    if not before or prev in _NOUN_BEFORE or prev.endswith("ing"):
        return True
    if re.match(r"\s+by\b", reading[m.end() : m.end() + 4]):
        return True
    back = reading[max(0, m.start() - 40) : m.start()]
    if re.search(r"according\s+to(?:\s+\S+){0,3}\s*$", back, re.I):
        return True
    return reading[m.end() : m.end() + 4] == " of "


def _not_speech(reading: str, m: re.Match[str], word: str, before: list[str], prev: str) -> bool:
    """A passive, a participle after a figure, or a phrasal use that reports nothing."""
    after = reading[m.end() : m.end() + 12]
    if word.endswith("ed") or word in ("accused", "found that", "showed that"):
        if prev in _PASSIVE_BEFORE or prev in _NOUN_BEFORE - {"and", "by", "with"}:
            return True  # "is accused of", "the accused", "are estimated to", "the said"
        if re.match(r"\s+to\s+(?:have|be)\b", after):
            return True  # "are estimated to have occurred"
    participle = word.endswith("ed") or word == "accused"
    if (
        participle
        and before
        and not before[-1].endswith(",")
        and (_ANCHOR.fullmatch(prev) or re.fullmatch(r"[\d,.]+%?", prev))
    ):
        return True  # "the 8,000 feared earlier", "60 accused"
    if word in ("calling", "called", "calls") and re.match(r"\s+(?:for|on|off|in|up)\b", after):
        return True  # "calling for calm", "called in airstrikes" propose nothing
    return word in ("adding", "added", "adds") and bool(re.match(r"\s+to\b", after))


def _open_starts(reading: str, spans: list[Span]) -> set[int]:
    """Sentences that start inside a quotation carried over from the paragraph before."""
    continued = continued_quotations(reading)
    out: set[int] = set()
    para, inside = -1, False
    for sp in spans:
        p = reading.rfind("\n", 0, sp.start) + 1
        if p != para:
            para, inside = p, p in continued
        if inside:
            out.add(sp.start)
        if reading[sp.start : sp.end].count('"') % 2:
            inside = not inside
    return out


@dataclass
class Layout:
    """What each sentence is in the article's layout: a heading (headline, deck, sub-heading,
    byline, not proposed), an interviewer's question, an interviewee's answer, or body."""

    roles: dict[int, str]  # sentence start -> "heading" | "question" | "answer"
    interviewee: str | None = None
    interviewee_found: str = ""
    # a transcript ("NAME: ..." paragraphs): sentence start -> the name that speaks it
    speakers: dict[int, str] = field(default_factory=dict)
    # sentence start -> how a role before the colon became the person the introduction names
    holders: dict[int, str] = field(default_factory=dict)


# A photo caption or credit line: "Photo: ...", "Pictured: ...", "File photo: ...".
_CAPTION = re.compile(
    r"^(?:photo|picture|image|caption|pictured|file photo|photograph|video)\b[^:\n]{0,40}:",
    re.IGNORECASE,
)
_ENDS_SENTENCE = re.compile(r"[.!?][\"')\]]*$")
_QA = re.compile(r"^(?:Q|Question)\s*[:.\-–—]\s", re.IGNORECASE)
_AA = re.compile(r"^(?:A|Answer)\s*[:.\-–—]\s", re.IGNORECASE)
_INTERVIEW_CUE = re.compile(
    r"\b(?:discussed|spoke|speaks|talked|talks|interview(?:ed)?|answered|sat down)\b", re.I
)
_REPORTER = re.compile(
    r"\b(?:correspondent|reporter|took the interview|conducted the interview|interviewed by)\b",
    re.IGNORECASE,
)


def _paragraph_kinds(reading: str, paras: list[list[Span]]) -> list[str]:
    """Each paragraph's kind: heading, question, answer or body."""
    kinds: list[str] = []
    for i, group in enumerate(paras):
        first = reading[group[0].start : group[0].end]
        last = reading[group[-1].start : group[-1].end]
        if (
            len(group) == 1
            and i < len(paras) - 1
            and not _ENDS_SENTENCE.search(last)
            and not last.rstrip().endswith((":", ",", ";"))
            and not re.match(r"[-•*–·▪]\s", first)  # a bullet point is body text
            and len(last.split()) <= 25
        ) or _CAPTION.match(first):
            kinds.append("heading")
        elif _QA.match(first):
            kinds.append("question")
        elif _AA.match(first):
            kinds.append("answer")
        elif last.rstrip("\"')]").endswith("?") and len(group) <= 3:
            kinds.append("question?")
        else:
            kinds.append("body")
    # a question paragraph is one followed by an answer (a body paragraph)
    for i, k in enumerate(kinds):
        if k == "question?":
            nxt = kinds[i + 1] if i + 1 < len(kinds) else None
            kinds[i] = "question" if nxt in ("body", "answer") else "body"
    return kinds


def layout(reading: str, spans: list[Span]) -> Layout:
    """Headings, and an interview's questions and answers (a "Q:"/"A:" layout, or paragraphs
    of questions each followed by an answer; the interviewee is the person the introduction
    says was interviewed)."""
    paras: list[list[Span]] = []
    para_start = -1
    for sp in spans:
        p = reading.rfind("\n", 0, sp.start) + 1
        if p != para_start:
            paras.append([])
            para_start = p
        paras[-1].append(sp)
    roles: dict[int, str] = {}
    kinds = _paragraph_kinds(reading, paras)
    questions = [i for i, k in enumerate(kinds) if k == "question"]
    after = [k for k in kinds[questions[0] :] if k != "heading"] if questions else []
    # two questions or more, and at least a third of what follows them: a few rhetorical
    # questions in a report do not make it an interview
    interview = len(questions) >= 2 and 3 * len(questions) >= len(after)
    for i, group in enumerate(paras):
        k = kinds[i]
        if k == "heading":
            roles[group[0].start] = "heading"
        elif interview and k == "question":
            for sp in group:
                roles[sp.start] = "question"
        elif interview and i > questions[0] and k in ("body", "answer"):
            for sp in group:
                roles[sp.start] = "answer"
    out = Layout(roles)
    if interview:
        intro = [sp for group in paras[: questions[0]] for sp in group]
        out.interviewee, out.interviewee_found = _interviewee(reading, intro)
    _transcript(reading, paras, out)
    return out


_SPEAKER_PREFIX = re.compile(r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*:\s+\S")


def _transcript(reading: str, paras: list[list[Span]], out: Layout) -> None:
    """A transcript: three paragraphs or more open with a name and a colon ("Ann Lee: ..."),
    two names at least that each open two. The name that mostly asks is the interviewer (its
    questions are not claims); every other name's paragraphs are that name's answers."""
    named: dict[int, str] = {}
    for i, group in enumerate(paras):
        m = _SPEAKER_PREFIX.match(reading, group[0].start, group[-1].end)
        name = m.group(1) if m else ""
        if m and re.search(r"[a-z]", name) and not re.fullmatch(r"(?:Q|A|Question|Answer)", name):
            named[i] = name
    counts = {n: list(named.values()).count(n) for n in set(named.values())}
    # "Question: ..." paragraphs ask; a name opening two paragraphs or more between them answers
    asked = sum(1 for g in paras if _QA.match(reading[g[0].start : g[-1].end]))
    answers = asked >= 2 and any(c >= 2 for c in counts.values())
    if not answers and (len(named) < 3 or sum(1 for c in counts.values() if c >= 2) < 2):
        return  # two names that each speak twice or more: not "Monday: ...", "Update: ..."
    asks: dict[str, list[bool]] = {}
    for i, name in named.items():
        last = reading[paras[i][-1].start : paras[i][-1].end]
        asks.setdefault(name, []).append(last.rstrip("\"')]").endswith("?"))
    share = {n: sum(a) / len(a) for n, a in asks.items()}
    interviewer = max(share, key=lambda n: share[n])
    if share[interviewer] < 0.5 or (answers and len(share) == 1):
        interviewer = ""
    intro = reading[: paras[min(named)][0].start]
    holders = {n: _holder(n, intro) or n for n in counts}
    for i, name in named.items():
        for sp in paras[i]:
            if name == interviewer:
                out.roles[sp.start] = "question"
            else:
                out.roles[sp.start] = "answer"
                out.speakers[sp.start] = holders[name]
                if holders[name] != name:
                    out.holders[sp.start] = f"'{name}' before the colon, named in the introduction"
    if not out.interviewee_found:
        out.interviewee_found = "the name before the colon"


def _holder(role: str, intro: str) -> str | None:
    """The person a transcript's introduction names in the role before the colon: "Financial
    Secretary:" after "a media session by the Financial Secretary, Mr Ann Kerr" is Ann Kerr.
    A name before the colon, or a role the introduction names nobody in, is kept."""
    comma = "\\s*,?" if _has_role(role) else "\\s*,"  # "Port Commissioner, Ms Ann Kerr"
    m = re.search(
        rf"\b{re.escape(role)}{comma}\s+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?"
        r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})",
        intro,
    )
    if m is None or _has_role(m.group(1)) or not _plausible_name(m.group(1)):
        return None  # "Ann Lee, Health Minister": a role after a name is no holder
    return m.group(1)


def _interviewee(reading: str, intro: list[Span]) -> tuple[str | None, str]:
    """The person an interview's introduction says answered: the subject of "X discussed
    with / spoke to / talked to", or the named person of "an interview with X"."""
    for sp in intro:
        text = reading[sp.start : sp.end]
        if _REPORTER.search(text):
            continue
        m = _INTERVIEW_CUE.search(text)
        if not m:
            continue
        subject, _ = _subject_before(reading, sp.start, sp.start + m.start())
        obj = None
        to = re.match(r"\s+(?:to|with|of)\s+", text[m.end() :])
        if to:
            obj_at = sp.start + m.end() + to.end()
            obj = _subject_after(reading, obj_at - 1, sp.end)
            role = re.match(r"(?:the|a|an)\s+[^,]{1,60},\s*", reading[obj_at : sp.end])
            if role:  # "spoke to the head of the agency, Dr Sara Nasser, about ..."
                obj = _subject_after(reading, obj_at + role.end() - 1, sp.end)
        if m.group().lower().startswith("interview") and to:
            subject = None  # "an interview with X"
        for name in (subject, obj):
            name = _valid_speaker(name) if name else None
            if name and _looks_like_person(name):
                return _person_of(
                    _DETERMINER.sub("", name)
                ), "the interviewee the introduction names"
    return None, ""


def _looks_like_person(name: str) -> bool:
    """A name, not an outlet or a body: "Dr Sara Nasser", "JaPa candidate AHM Golam Shahid",
    not "The Times" or "this newspaper"."""
    if re.match(r"(?:the|this|our)\b", name, re.IGNORECASE):
        return False
    caps = [w for w in name.split() if w[:1].isupper()]
    return len(caps) >= 2 or bool(re.match(r"(?:Mr|Mrs|Ms|Dr|Prof)\.?\s", name))


_STANCE_VERBS = {
    "denied", "denies", "deny", "denying", "rejected", "rejects", "dismissed", "dismisses",
    "disputed", "disputes", "refuted", "refutes", "agreed", "agrees", "confirmed", "confirms",
    "insisted", "insists", "insisting", "acknowledged", "acknowledging", "conceded",
    "conceding", "admitted", "admits", "alleged", "alleges", "accused", "accuses", "countered",
    "questioned", "calling", "describing", "endorsed", "endorses", "condemned", "condemns",
    "blamed", "blames", "doubted", "cast doubt", "casts doubt", "raised doubts",
}  # fmt: skip
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


def _claim_owner(reading: str, s: Sentence, f: FigureRead, earlier: Earlier) -> str | None:
    """ "X is standing by his claim of a $11.7 billion hole", "the Afghan estimate of militants
    killed was about 25": the owner of a claim noun just before the figure."""
    text = reading[s.span.start : f.start]
    by = list(_CLAIM_BY.finditer(text))
    if by and len(text) - by[-1].end() <= 60 and '"' not in text[by[-1].end() :]:
        who = _valid_speaker(by[-1].group(1))
        if who:
            return _person_of(_DETERMINER.sub("", who).strip())
    nouns = list(_CLAIM_NOUN.finditer(text))
    if not nouns:
        return None
    noun = nouns[-1]
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
    name = _DETERMINER.sub("", owner.group(2) or owner.group(3) or "").strip()
    if not name or name.lower() in _NOT_NAMES or name.lower() in _OPENERS:
        return None
    return name


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
    while True:
        m = _speech_verb(reading, Span(pos, f.start), s.quotes)
        if m is None:
            break
        last, pos = m, m.end()
    if last is None or last.group(1).lower() == "according to":
        return None
    if _same_subject(reading[s.verb.end() : last.start()], last.group(1)):
        return None  # "X dismissed ..., reiterating that", "X claimed ... and stressed": X's
    phrase, appositive = _subject_before(reading, s.verb.end(), last.start())
    phrase = _valid_speaker(phrase) if phrase else None
    if not phrase or phrase.lower() in _PRONOUNS or phrase == s.phrase:
        return None
    phrase = _DETERMINER.sub("", phrase).strip()
    if not phrase:
        return None
    who = _person_of(phrase)
    return who, _org_of(phrase, appositive) or who, f"subject of a second '{last.group(1)}'"


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
        m = _speech_verb(reading, Span(m.end(), s.span.end), s.quotes)  # "rejected by X"
    if m is None or m.group(1).lower() == "according to":
        return None
    if _same_subject(reading[s.verb.end() : m.start()], m.group(1)):
        return None
    rest = reading[m.end() : s.span.end]
    new_clause = ";" in reading[s.verb.end() : m.start()]  # "...; residents said most were"
    if not (new_clause or re.match(r"\s*(?:,\s*)?(?:\"|that\b)", rest)):
        return None
    phrase, appositive = _subject_before(reading, s.verb.end(), m.start())
    phrase = _valid_speaker(phrase) if phrase else None
    absolute = re.search(r"\bwith\s+([^,;]+?)\s*$", reading[s.verb.end() : m.start()])
    if not phrase and absolute and m.group(1).endswith("ing"):
        phrase = _valid_speaker(absolute.group(1))  # "..., with the minister insisting that"
    if not phrase or phrase.lower() in _PRONOUNS or not (_names(phrase) or new_clause):
        return None
    phrase = _DETERMINER.sub("", phrase).strip()
    who = _person_of(phrase)
    if who == s.speaker or who in (s.phrase or ""):
        return None
    return who, f"subject of a second '{m.group(1)}'", _org_of(phrase, appositive) or who


# "the gap, which the ECB estimated to be": the figure in the clause is its subject's
_RELATIVE_SOURCE = re.compile(
    r"\b(?:which|that|whom)\s+((?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}|"
    r"the\s+[a-z]+(?:\s+[a-z]+)?)\s+"
    r"(estimated|estimates|put|puts|said|says|reported|reports|projected|projects|forecast|"
    r"calculated|reckoned|counted)\b[^,;\"]*$"
)


def _figure_speaker(
    reading: str, s: Sentence, f: FigureRead | Refused, earlier: Earlier
) -> tuple[str | None, str | None, str]:
    """Who a figure of the sentence belongs to: the owner of a claim noun before it, the
    outlet when it comes before "X said" (outside a quotation), else the sentence's speaker."""
    if isinstance(f, FigureRead):
        owner = _claim_owner(reading, s, f, earlier)
        if owner:
            return owner, owner, "owner of the claim or estimate the figure is given as"
    second = _second_speaker(reading, s, f)
    if second is not None:
        return second
    source = _RELATIVE_SOURCE.search(reading, s.span.start, f.start)
    if source and not _inside(f.start, s.quotes):  # "the gap, which the bank put at 5bn"
        who = _valid_speaker(source.group(1))
        if who and who.lower() not in _PRONOUNS:
            who = _DETERMINER.sub("", who).strip()
            how = f"subject of '{source.group(2)}' in the clause the figure is in"
            return who, who, how
    as_claimed = _AS_CLAIMED.match(reading, f.end, s.span.end)
    if as_claimed:  # "not 2,000 as the unions claim": the unions'
        who = _valid_speaker(as_claimed.group(1))
        if who and who.lower() not in _PRONOUNS:
            who = _person_of(_DETERMINER.sub("", who).strip())
            return who, who, f"subject of 'as ... {as_claimed.group(2)}' after the figure"
    if s.content_from is not None and f.start < s.content_from and not _inside(f.start, s.quotes):
        return None, None, "none (narration: the figure comes before 'X said')"
    verb_end = s.verb.end() if s.verb is not None else len(reading)
    if s.found.startswith("after '") and f.start > verb_end and not _inside(f.start, s.quotes):
        # '"...," said Ann Lee, among hundreds waiting': the outlet's description of her
        return None, None, "none (narration: the figure describes the speaker after 'said X')"
    return s.speaker, s.claimant, s.found


def _quotation_key(reading: str, s: Sentence) -> str | None:
    """A long quotation's words, to find it repeated (headline, deck, body)."""
    for q in s.quotes:
        words = re.findall(r"\w+", reading[q.start : q.end].lower())
        if len(words) >= 6:
            return " ".join(words)
    return None


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
    index = name_index(reading)
    seen: dict[str, int] = {}  # quotation words -> index in speech of its first candidate
    elsewhere: dict[int, list[int]] = {}
    headings: list[Candidate] = []
    heading_quotes: list[tuple[str, int]] = []
    for span in spans:
        role = lay.roles.get(span.start)
        quotes = _quotations(reading, span, span.start in open_starts)
        verb = _speech_verb(reading, span, quotes)
        if role == "heading" and verb is None:
            heading_quotes += [(w, span.start) for w in _quote_words(reading, quotes)]
            continue  # a headline, deck, sub-heading or byline without attribution
        s = Sentence(span, quotes, verb)
        s.bodies = previous.bodies if previous is not None else ()
        s.named = _names(reading[span.start : span.end])
        s.opening = reading[span.start : min(span.end, span.start + 80)]
        text = reading[span.start : span.end]
        if role == "question" and text.rstrip("\"')]").endswith("?"):
            previous = s  # an interviewer's question is not a claim
            continue
        cues = _cues_and_speaker(reading, s, role, lay, previous, earlier, index)
        s.last_speaker = _carry(s, previous, reading)
        if quotes_only and not cues:
            figs: list[FigureRead] = []
            refused: list[Refused] = []
        else:
            figs, refused = read_figures(reading, span.start, span.end)
            figs = [f for f in figs if not _on_a_placard(reading, s, f.start)]
            refused = [f for f in refused if not _on_a_placard(reading, s, f.start)]
        if (figs or refused) and not cues:
            cues.append("figure")
            _continues_findings(reading, s, previous)
        body = _subject_body(reading, s)
        if body is not None:
            if body not in kinds_of:
                kinds_of[body] = _kinds(body, lowered)
            kinds = kinds_of[body]
            s.bodies = (*s.bodies, (body, reading[span.start : span.end].lower(), kinds))
        previous = s
        if not cues:
            continue
        key = _quotation_key(reading, s)
        if key is not None and key in seen:
            elsewhere.setdefault(seen[key], []).append(span.start)
            continue
        parts = _sentence_candidates(reading, prep.text, s, cues, figs, refused, earlier)
        if role == "heading":  # a heading that names a speaker: proposed last, marked
            headings.extend(replace(c, cues=(*c.cues, "heading")) for c in parts)
        elif cues == ["figure"]:
            narration.extend(parts)
        else:
            if key is not None:
                seen[key] = len(speech)
            speech.extend(parts)
    _list_repeats(reading, speech, elsewhere, heading_quotes)
    out = speech + ([] if quotes_only else narration) + headings
    return prep, [_spelled_out(c, index) for c in out]


def _spelled_out(c: Candidate, index: NameIndex) -> Candidate:
    """A figure's own speaker given as an acronym the article spells out: the full name."""
    full = index.acronyms.get(c.speaker or "")
    if full is None:
        return c
    claimant = full if c.claimant == c.speaker else c.claimant
    return replace(
        c,
        speaker=full,
        claimant=claimant,
        speaker_found=f"{c.speaker_found}; '{c.speaker}' spelled out in the article",
    )


_TITLE = r"(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col)\.?"
_SPACE = r"[^\S\n]+"  # spaces within a line: a name never runs over a paragraph break
_PERSON_NAME = (
    rf"(?:{_TITLE}{_SPACE})?[A-Z][\w'’-]+"
    rf"(?:{_SPACE}(?:[A-Z][\w'’-]+|al|bin|de|van|von|da)){{1,5}}"
)
# "Finance Minister Ann Kerr", "The Minister of Finances Ann Kerr", "head of the board Ann Kerr"
_TITLED = re.compile(
    rf"((?:[A-Z][a-z]+\s+){{0,3}}(?i:{_ROLE})(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]+"
    rf"(?:\s+[A-Z][\w-]+)*?)?)\s+({_PERSON_NAME})\b"
)
# "Ann Kerr, the finance minister," / "Ann Kerr, chairman of the authority"
_NAME_THEN_ROLE = re.compile(
    rf"({_PERSON_NAME}),\s+((?:the\s+|a\s+|an\s+)?[^,.;]{{0,50}}?\b(?i:{_ROLE})\b[^,.;]{{0,60}})"
)
# "the National Electoral Commission (NEC)"
_SPELLED = re.compile(
    r"((?:[A-Z][\w'’&-]*\s+(?:(?:of|for|and|the|on|de)\s+)*){1,7})\(([A-Z&]{2,8})\)"
)


@dataclass
class NameIndex:
    """The article's names, to resolve a speaker given as a role, a title and a surname or an
    acronym: "the Finance Minister" -> the named finance minister, "Mr Kerr" -> "Ann Kerr",
    "NEC" -> "National Electoral Commission"."""

    acronyms: dict[str, str]
    titled: list[tuple[int, str, str]]  # (offset, role words, name)
    people: list[tuple[int, str]]  # (offset, full name of two words or more, no title)


def name_index(reading: str) -> NameIndex:
    acronyms: dict[str, str] = {}
    for m in _SPELLED.finditer(reading):
        words = m.group(1).split()
        while words and words[0].lower() in ("the", "a", "an"):
            words.pop(0)
        caps = [w for w in words if w[:1].isupper()]
        initials = "".join(w[0] for w in caps)
        acr = m.group(2).replace("&", "")
        if acr and len(caps) >= 2 and initials.upper().endswith(acr.upper()):
            acronyms.setdefault(m.group(2), " ".join(_tail_words(words, len(acr))))
    titled = [(m.start(2), m.group(1), _strip_title(m.group(2))) for m in _TITLED.finditer(reading)]
    titled += [
        (m.start(1), m.group(2), _strip_title(m.group(1)))
        for m in _NAME_THEN_ROLE.finditer(reading)
    ]
    # "Minister Ann  Kerr": a name's words once spaced, as the article reads them
    titled = sorted((at, role, " ".join(n.split())) for at, role, n in titled if _plausible_name(n))
    people = []
    for m in re.finditer(_PERSON_NAME, reading):
        words = _strip_title(m.group()).split()
        roles = [i for i, w in enumerate(words) if re.fullmatch(rf"(?i:{_ROLE})", w)]
        if roles:  # "Transport Minister Ann Kerr": the words after the role
            words = words[roles[-1] + 1 :]
        if _plausible_name(" ".join(words)):
            people.append((m.start(), " ".join(words)))
    return NameIndex(acronyms, titled, [(i, n) for i, n in people if len(n.split()) >= 2])


_CALENDAR = {"january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december"}  # fmt: skip


def _plausible_name(name: str) -> bool:
    """A person's name, not "On Monday" or "The Minister": no calendar or function word."""
    words = [w.lower().strip(".,") for w in name.split()]
    return bool(words) and not any(w in _NOT_NAMES or w in _CALENDAR for w in words)


def _tail_words(words: list[str], capitals: int) -> list[str]:
    """The last words holding ``capitals`` capitalised words ("of" and "the" between kept)."""
    out: list[str] = []
    for w in reversed(words):
        if capitals == 0:
            break
        out.insert(0, w)
        capitals -= w[:1].isupper()
    return out


def _strip_title(name: str) -> str:
    return re.sub(rf"^{_TITLE}\s+", "", name.strip())


def _indefinite(reading: str, s: Sentence) -> bool:
    """ "a senior official said": a new person, who refers back to nobody."""
    at = reading.find(s.phrase or s.speaker or "", s.span.start, s.span.end)
    return at > 0 and bool(
        re.search(r"\b(?:a|an|one|another)\s+$", reading[max(0, at - 9) : at], re.I)
    )


def _resolve_names(s: Sentence, index: NameIndex, earlier: Earlier, reading: str) -> None:
    """The fuller name the article gives for the sentence's speaker (and claimant)."""
    if not s.speaker:
        return
    role_only = re.fullmatch(rf"(?:[A-Za-z-]+\s+){{0,2}}(?i:{_ROLE})", s.speaker)
    if role_only and _indefinite(reading, s):
        return
    if re.fullmatch(rf"(?:[a-z-]+\s+){{0,2}}(?:{_ROLE})", s.speaker):
        # "the minister, a surgeon, said": an earlier speaker with that role first
        name, org, how = _corefer("the " + s.speaker, earlier)
        if how:
            s.speaker, s.claimant, s.found = name, org or name, f"{s.found}; {how}"
            return
    speaker = re.sub(r"\s*\(([A-Z&]{2,8})\)$", "", s.speaker)  # "Commission (NEC)"
    if speaker != s.speaker:
        if s.claimant == s.speaker:
            s.claimant = speaker
        s.speaker = speaker
    bare = _DETERMINER.sub("", speaker)
    if s.claimant and s.claimant != s.speaker and s.claimant in index.acronyms:
        s.claimant = index.acronyms[s.claimant]
    got = _fuller_name(bare, s.span.start, index)
    if got is not None:
        name, how = got
        if s.claimant in (s.speaker, bare):
            s.claimant = name
        s.speaker, s.found = name, f"{s.found}; {how}"


def _fuller_name(bare: str, before: int, index: NameIndex) -> tuple[str, str] | None:
    """(name, how) for an acronym spelled out, a title and surname, or a role the article
    names before ``before``; None when it gives none."""
    if bare in index.acronyms:
        return index.acronyms[bare], f"'{bare}' spelled out in the article"
    surname = re.fullmatch(rf"{_TITLE}\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)", bare)
    if surname:  # "Mr. Kerr" -> the "Ann Kerr" named before (the latest such)
        tail = surname.group(1)
        titled = [(at, name) for at, _, name in index.titled]
        for at, name in [*reversed(titled), *reversed(index.people)]:
            if at < before and name.endswith(" " + tail) and name != tail:
                return name, f"'{bare}' named in full before"
        return None
    role = re.fullmatch(rf"((?:[A-Za-z]+\s+){{0,2}})((?i:{_ROLE}))", bare)
    if role is None:
        return None
    modifiers = [w.lower() for w in role.group(1).split()]
    head = role.group(2).lower()
    agreeing = []
    for at, words, name in index.titled:
        low = [w.lower() for w in re.findall(r"[A-Za-z]+", words)]
        if any(w.startswith(head) for w in low) and all(
            any(w.startswith(m[:5]) for w in low) for m in modifiers
        ):
            agreeing.append((at, name))
    earlier = [name for at, name in agreeing if at < before]
    if earlier:
        return earlier[-1], f"'{bare}' is {earlier[-1]}, named before"
    later = {name for _, name in agreeing}
    if len(later) == 1:  # named only later, and the article's only one with that role
        name = later.pop()
        return name, f"'{bare}' is {name}, named later (the only one)"
    return None


_FINDING_VERBS = re.compile(
    r"(?:found|finds|show(?:s|ed)|released|releases|publishe[sd]|issued|issues|estimated|"
    r"estimates|reported|reports|according to|concluded|concludes|calculated|counted|tallied|"
    r"recorded|projected|forecast)\b",
    re.IGNORECASE,
)


_COMMENT = re.compile(
    r"(?:That|This|It|Which|These|Those)(?:['’]s\b|\s+(?:is|was|are|were|would|will|means|"
    r"meant|makes|made|compares|puts)\b)"
)


def _continues_findings(reading: str, s: Sentence, previous: Sentence | None) -> None:
    """A figure sentence right after a source's findings in the same paragraph goes on with
    them ("X released a study that ... . India and China each accounted for 11 lakh."): the
    source is proposed as a guess, said to be one."""
    if previous is None or not previous.speaker or previous.verb is None:
        return
    if "\n" in reading[previous.span.end : s.span.start]:
        return
    if not _FINDING_VERBS.match(previous.verb.group(1)):
        return
    if _COMMENT.match(reading, s.span.start):
        return  # "That's way below ...", "That would make it ...": the outlet's own comment
    s.speaker, s.claimant = previous.speaker, previous.claimant
    s.found = f"guess: goes on with {previous.speaker}'s findings in the paragraph"


def _cues_and_speaker(
    reading: str,
    s: Sentence,
    role: str | None,
    lay: Layout,
    previous: Sentence | None,
    earlier: Earlier,
    index: NameIndex | None = None,
) -> list[str]:
    """What makes the sentence a candidate, and (setting it on ``s``) who speaks."""
    quotes, verb = s.quotes, s.verb
    long_quote = any(len(reading[q.start : q.end].split()) >= MIN_QUOTE_WORDS for q in quotes)
    if long_quote and _PLACARD.search(reading, s.span.start, s.span.end):
        long_quote = False  # a placard's or a chant's words are not speech
    cues = []
    if quotes and (long_quote or verb is not None):
        cues.append("quotation")
    if verb is not None:
        cues.append("speech verb")
    interviewee = lay.speakers.get(s.span.start, lay.interviewee)
    if role == "answer" and interviewee:
        cues.append("interview answer")
    if cues:
        _attribute(reading, s, previous, earlier)
        if index is not None:
            _resolve_names(s, index, earlier, reading)
        if role == "answer" and interviewee and not _third_party(s):
            s.speaker = s.claimant = interviewee
            how: str | None = lay.holders.get(s.span.start, "the name before the colon")
            if s.span.start not in lay.speakers:
                how = None
            s.found = "interview answer: " + (how or lay.interviewee_found)
            s.content_from = None
        if s.speaker:
            said_as = f"{s.phrase or s.speaker} ({s.described})" if s.described else None
            earlier.append((said_as or s.phrase or s.speaker, s.speaker, s.claimant))
    return cues


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

    def make(
        who: str | None, how: str, claimant: str | None, f: FigureRead | Refused | None = None
    ) -> Candidate:
        return Candidate(
            start=span.start,
            end=span.end,
            quote=shown[span.start : span.end],
            cue=cues[0],
            cues=tuple(cues),
            speaker=who,
            speaker_found=how if who else "none",
            claimant=claimant,
            figures=(f,) if isinstance(f, FigureRead) else (),
            dates=tuple(dates(reading, span.start, span.end)),
            refused=(f,) if isinstance(f, Refused) else (),
        )

    parts: list[Candidate] = []
    owners = []
    every: list[FigureRead | Refused] = [*figs, *refused]
    for f in every:
        who, claimant, how = _figure_speaker(reading, s, f, earlier)
        owners.append(who)
        parts.append(make(who, how, claimant, f))
    stance_too = s.speaker is not None and (
        (verb is not None and verb.group(1).lower() in _STANCE_VERBS)
        or (owners and s.speaker not in owners)
    )
    if not parts or stance_too:
        parts.insert(0, make(s.speaker, s.found, s.claimant))
    other = _second_stance(reading, s)
    if other is not None and other[0] not in owners:
        parts.insert(1 if parts and not parts[0].figures else 0, make(*other))
    return parts


_PLACARD = re.compile(
    r"\b(?:signs?|placards?|banners?|posters?|t-shirts?|slogans?)\s+(?:reading|saying|that\s+read|"
    r"which\s+read|with\s+the\s+words)|\b(?:chant(?:ed|ing|s)?|shout(?:ed|ing)|sang|singing)\b",
    re.IGNORECASE,
)


def _on_a_placard(reading: str, s: Sentence, at: int) -> bool:
    """A figure inside the quotation of a placard, banner or chant ("signs reading '3,000
    lives'") is a slogan, not a claim."""
    return _inside(at, s.quotes) and bool(_PLACARD.search(reading, s.span.start, s.span.end))


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


def _third_party(s: Sentence) -> bool:
    """An answer that quotes someone else by name ('The chief said "..."'): kept; anything
    else an interviewee says, reported speech included, is the interviewee's."""
    return bool(
        s.speaker
        and s.quotes
        and s.found.startswith(("subject of", "after", "according to", "agent"))
        and s.speaker.lower() not in _PRONOUNS
        and _names(s.speaker)
    )


# -- measure suggestion -------------------------------------------------------------------

_STEM_STOP = {"of", "the", "a", "an", "in", "on", "at", "to", "and", "or", "for", "by", "per"}


def _stems(text: str) -> set[str]:
    out = set()
    for w in re.findall(r"[a-z]+", text.lower()):
        if w in _STEM_STOP or len(w) < 3:
            continue
        for suffix in ("ments", "ment", "ings", "ing", "ies", "es", "ed", "s"):
            if w.endswith(suffix) and len(w) - len(suffix) >= 4:
                w = w[: -len(suffix)] + ("y" if suffix == "ies" else "")
                break
        out.add(w)
    return out


def suggest_measure(
    reading: str, f: FigureRead, measures: list[tuple[str, str | None]]
) -> str | None:
    """The subject's existing measure a figure most likely counts: same dimension (a count
    for a count, a mass for a mass, the same currency), and a name sharing a word with the
    figure's noun ("tonnes of grain shipped" -> "grain-shipments-tonnes"), ties broken by the
    words around the figure; None when no measure shares the noun or two tie (a guess on the
    dimension alone is no suggestion)."""
    fig = f.figure
    noun = fig.unit or ""
    if not _stems(noun) - {"tonne", "ton", "kilometre", "kilogram", "metre", "mile", "dollar"}:
        noun += " " + " ".join(reading[f.end : f.end + 40].split()[:3])
    want = _stems(noun)
    context = _stems(reading[max(0, f.start - 80) : f.end + 80])
    scored = []
    for name, dimension in measures:
        if (dimension or "count") != fig.dimension:
            continue
        words = _stems(name.replace("-", " "))
        if want & words:
            scored.append((len(want & words), len(context & words), name))
    scored.sort(reverse=True)
    if not scored or (len(scored) > 1 and scored[0][:2] == scored[1][:2]):
        return None  # nothing shares the noun, or a tie: no suggestion rather than a guess
    return scored[0][2]
