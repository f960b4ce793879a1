"""Whose figures a page tells: a decision over the whole article, not a sentence pattern.

Many pages report one body's release, report, survey or update: the lead names the body as
the teller of figures ("The Ministry of Health confirms 39 deaths ...", "Figures released by
X show ..."), and the sentences after it go on with more of the same figures in the outlet's
voice, with no verb of saying ("There were 250 recorded in the last 24 hours."). The rules of
each sentence give those to the outlet. ``decide`` scores, from several weak cues, whether the
page is one source's figures, and ``page_source`` gives that source, as a guess, to each
narrated figure inside its run.

* The source: the first candidate of the lead (the first four body sentences) that tells
  figures with a speaker found on strong evidence, a body and not a place; or a body given
  only by its kind as the author of a work ("the charity's annual figures show") when the
  headline and the lead name exactly one body.
* For it, a point each (``_THRESHOLD`` of them needed): its figures in the lead; the headline
  naming it; a word of a release or a work in its own sentences (figures, report, data,
  confirms, shows); a release heading; no other source telling figures on a page long enough
  for silence to mean something (``_LONG_ENOUGH``).
* Against it: each other source of figures after the first; each voice on the page after the
  first that does not speak for it (a page of many voices is a story told from several
  sources; one reaction is allowed); two for each source that contests ("rejected the
  figures", "alleged fraud": a dispute, not a release); and more sentences of other sources'
  figures than of its own.
* What ends its run, for one figure (``_ends_run``): another source told figures last; the
  outlet's own reasoning ("This means", "our analysis"); background with a year long past; a
  sentence that opens on a name acting ("The DOH forged an agreement ..."); figures of another
  kind (no content word shared with the source's figure sentences so far, unless the sentence
  refers back: "That is a rise of 14%").

Where the cues are weak nothing changes: the outlet's narration stays as the sentence rules
left it. A speaker given here is always marked (``guess: inferred from the page's source X,
line N (its cues)``), so the review shows where it came from."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from claimtrack.extract.agents import speaker_kind
from claimtrack.extract.authors import _RESPONDENTS
from claimtrack.extract.calibration import _a_place
from claimtrack.extract.candidates import Candidate
from claimtrack.extract.lexicon import _BODY_WORDS
from claimtrack.extract.page import Layout
from claimtrack.extract.phrases import _looks_like_body, _names
from claimtrack.extract.releases import _RELEASE
from claimtrack.extract.text import Span

# what makes a name's words generic: "Ministry of Health" is known by "Health", not "Ministry"
_GENERIC = _BODY_WORDS | {"the", "of", "for", "and", "national", "state", "federal", "new"}
# a release or a work told in the source's own sentence ("annual figures show", "confirms")
_WORK = re.compile(
    r"\b(?:reports?|figures|data|survey|statistics|results|release|update|bulletin|study|"
    r"census|records|tally|annual|quarterly|monthly|weekly|confirms|announces|show(?:s|ed|n)?|"
    r"reveal(?:s|ed)?|publish(?:es|ed)?|released?|found|finds|counted|recorded|"
    r"estimate[sd])\b",
    re.IGNORECASE,
)
# the outlet's own reasoning or analysis: never the source's words
_OUTLET_OWN = re.compile(
    r"^\W*(?:this|that|which|it)\s+(?:means|meant|suggests|implies)\b|"
    r"^\W*in\s+other\s+words\b|\b(?:our|an?\s+\w+\s+)?analysis\s+by\b|\bour\s+(?:own\s+)?"
    r"(?:analysis|calculations?|count|tally|research|investigation)\b|\bwe\s+(?:found|"
    r"calculated|counted|analysed|analyzed|estimate)\b",
    re.IGNORECASE,
)
# a sentence that refers back to the figure just given: "That is a rise of 14%", "Of those, ..."
_GOES_ON = re.compile(
    r"^\W*(?:(?:that|this|it|these|those|they)\s+(?:is|was|are|were|represents?|"
    r"represented|marks?|marked|amounts?|amounted)\b|of\s+(?:those|these|them|this|that)\b)",
    re.IGNORECASE,
)
# a sentence that contests figures or claims ("rejected the official figures", "accused the
# authorities of inflating the figure", "alleged fraud")
_CONTESTS = re.compile(
    r"\b(?:reject|disput|dismiss|den(?:y|ied|ies)|accus|alleg|contest|challeng|question|"
    r"fraud|rigg|inflat|lying|lies\b|false|wrong|inaccurate|exaggerat|refut)",
    re.IGNORECASE,
)
# someone's expectation or opinion, not a source's data: "Analysts had expected a profit of
# $1.9 billion", "Economists forecast 6%"
_OPINION = re.compile(
    r"\b(?:expect(?:s|ed)?|predict(?:s|ed)?|forecasts?|anticipated|believes?|believed|"
    r"warn(?:s|ed)|fear(?:s|ed)|hope[sd]?|argue[sd]?|polled)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_WORD = re.compile(r"[a-z]{4,}")
_STOP = {"that", "this", "with", "from", "have", "were", "been", "they", "their", "there",
         "than", "more", "also", "into", "over", "under", "about", "after", "before", "since",
         "which", "while", "where", "when", "said", "says", "year", "years", "last", "past",
         "week", "weeks", "month", "months", "days", "total", "number", "some",
         "people", "other", "such", "those", "these", "would", "could", "will", "still",
         "only", "most", "least", "nearly", "almost", "around", "just", "being", "what",
         "time", "first", "hours", "today", "according",
         # how a figure moved and its units say nothing of its kind: "Shares rose 4%" is no
         # more of a company's results for "rose"
         "rose", "risen", "rise", "rises", "rising", "fell", "fallen", "fall", "falls",
         "falling", "increased", "increase", "decreased", "decrease", "grew", "grown", "grow",
         "dropped", "drop", "reached", "climbed", "declined", "doubled", "jumped", "record",
         "percent", "cent", "million", "billion", "thousand", "hundred", "half", "compared",
         "previous", "latest", "higher", "lower", "level", "levels"}  # fmt: skip
# the opening of a sentence whose subject is a name: someone acting, not more figures
_NAMED_SUBJECT = re.compile(
    r"^\W*(?:the\s+)?(?:[A-Z][\w'’&.-]*\s+){0,5}[A-Z][\w'’&.-]*\s+"
    r"(?:has|have|had|is|was|will|would|[a-z]+ed|[a-z]+s)\b"
)
# a kind of work a body issues: the noun an unissued figure ("according to official
# statistics") and the sentence naming its issuer share
_KIND = r"(?:figures|statistics|stats|data|report|survey|study|census|results|estimates|count)"
# the body named as the issuer of a work: "figures published by X", "the report, compiled by
# X", "X figures show", "X's latest statistics", "a study by X"
_NAME = r"[A-Z][\w'’&.-]*(?:\s+(?:of\s+|for\s+)?(?:the\s+)?[A-Z][\w'’&.-]*){0,7}"
_ISSUED_BY = re.compile(
    rf"\b{_KIND}\b(?:[^.;:!?]{{0,40}}?\b(?:published|released|issued|compiled|produced|"
    rf"collected|gathered|put\s+out)\s+by|\s+(?:from|by|of))\s+(?:the\s+)?(?P<after>(?-i:{_NAME}))",
    re.IGNORECASE,
)
_ISSUER_BEFORE = re.compile(
    rf"(?P<before>{_NAME})(?:['’]s)?\s+(?:(?:latest|new|official|annual|quarterly|monthly|"
    rf"weekly|own|final|provisional)\s+){{0,2}}{_KIND}\b"
)
_THRESHOLD = 3
_LONG_ENOUGH = 4  # body sentences: on a shorter page no other source is no evidence
# a body given only by its kind: "charity", "the trust", "the health ministry"
_BARE = re.compile(r"(?:the\s+)?[a-z]+(?:\s+[a-z]+)?")


@dataclass(frozen=True)
class PageSource:
    """The source a page tells: its name, where it first tells figures, and why."""

    name: str
    start: int
    line: int
    cues: tuple[str, ...]
    quote: str  # the sentence the source first tells figures in
    described: str | None = None  # the lead's word for it, when only its kind ("charity")
    issued: int = 0  # the line naming it as the issuer of the lead's unissued figures, if so


def _key(name: str, whole: bool = True) -> frozenset[str]:
    """The words a source is known by: its capitalised words that are not generic; a name
    of generic words only (``whole``, for a name, not a headline) by all of them."""
    out = set()
    for w in re.findall(r"[A-Za-z][\w&’'-]*", name):
        w = re.sub(r"['’]s$", "", w)
        if w[:1].isupper() and w.lower() not in _GENERIC and len(w) >= 2:
            out.add(w.lower())
    if not out and whole:  # generic words only ("Charity Commission"): known by all of them
        out = {
            w.lower()
            for w in re.findall(r"[A-Za-z][\w&’'-]*", name)
            if w[:1].isupper() and w.lower() not in {"the", "of", "for", "and"}
        }
    return frozenset(out)


def _voice_of(c: Candidate, key: frozenset[str]) -> bool:
    """The candidate speaks for the source: its claimant is it, or a person whose sentence
    names it ("the FAO's chief said")."""
    if key & _key(c.claimant or ""):
        return True
    person = speaker_kind(c.speaker or "") in {"person", "name"} and not _looks_like_body(
        c.speaker or ""
    )
    return person and bool(key & _key(c.quote))


def _content(text: str) -> set[str]:
    """The sentence's content words, a plural's "s" dropped ("banks" is "bank")."""
    return {
        w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w
        for w in _WORD.findall(text.lower())
        if w not in _STOP
    }


def _named_body(reading: str, spans: list[Span]) -> str | None:
    """The one named body the headline and the lead write ("the Northfield Food Trust"), for
    a teller the lead gives only by its kind ("the charity's annual figures show")."""
    found: dict[frozenset[str], str] = {}
    for sp in spans:
        for name in _names(reading[sp.start : sp.end]):
            name = re.sub(r"['’]s$", "", name)
            shouted = any(len(w) > 4 and w.isupper() for w in name.split())
            if (
                _looks_like_body(name)
                and (" " in name or name.isupper())  # "About" opening a sentence is no body
                and speaker_kind(name, reading) in {"body", "name"}
                and _key(name)
                and not shouted
            ):
                found.setdefault(_key(name), name)
    keys = list(found)
    merged = [k for k in keys if not any(k < other for other in keys)]
    return found[merged[0]] if len(merged) == 1 else None


def _teller(
    reading: str, spans: list[Span], body: list[Span], out: list[Candidate]
) -> tuple[Candidate, str] | None:
    """The first candidate of the lead that tells figures with a speaker, and the source it
    stands for: its claimant when found on strong evidence, else (a body given by its kind,
    "the charity") the one named body of the headline and the lead."""
    lead_end = body[min(3, len(body) - 1)].end
    told = [c for c in out if c.speaker and (c.figures or c.refused) and c.start < lead_end]
    if not told:
        return None
    first = min(told, key=lambda c: c.start)
    if "guess:" not in first.speaker_found:
        return first, first.claimant or ""
    said = first.speaker or ""
    if (
        not _BARE.fullmatch(said)
        or speaker_kind(said) != "body"
        or re.search(r"[^s]s$", said)  # one body by its kind, not a group ("member states")
        or "the author of '" not in first.speaker_found  # a work of its: "the charity's figures"
    ):
        return None
    named = _named_body(reading, [sp for sp in spans if sp.start <= first.start])
    return (first, named) if named else None


def _issuer_in(sentence: str) -> str | None:
    """The body a sentence names as the issuer of a work ("published by the Department for
    Housing", "Department for Housing figures show"), if exactly one."""
    found = {m.group("after") for m in _ISSUED_BY.finditer(sentence)}
    found |= {m.group("before") for m in _ISSUER_BEFORE.finditer(sentence)}
    names = {re.sub(r"^(?:The|A|An)\s+|['’]s$", "", n.rstrip(".")) for n in found}
    bodies = {
        n for n in names if _looks_like_body(n) and speaker_kind(n) in {"body", "name"} and _key(n)
    }
    return bodies.pop() if len(bodies) == 1 else None


def _issued(
    reading: str, spans: list[Span], body: list[Span], out: list[Candidate]
) -> tuple[Candidate, str, int] | None:
    """A lead whose figures no one tells (the outlet's narration, or "according to official
    statistics", a work with no issuer) on a page that names one body, and only one, as the
    issuer of a work: in the headline ("Department for Housing figures show ...") or in any
    sentence ("The figures were published by ..."). The source is that body; the line
    naming it is returned with it."""
    lead_end = body[min(3, len(body) - 1)].end
    told = [c for c in out if (c.figures or c.refused) and c.start < lead_end]
    if not told:
        return None
    first = min(told, key=lambda c: c.start)
    if not (_narrated(first) or _unissued_work(first)):
        return None
    issuers: dict[frozenset[str], tuple[str, int]] = {}
    for sp in spans:
        if sp not in body and sp.start > body[0].start:
            continue  # a heading or caption inside the page names no issuer of the lead's
        name = _issuer_in(reading[sp.start : sp.end])
        if name:
            issuers.setdefault(_key(name), (name, sp.start))
    if len(issuers) != 1:
        return None
    name, at = next(iter(issuers.values()))
    return first, name, reading.count("\n", 0, at) + 1


def decide(reading: str, spans: list[Span], lay: Layout, out: list[Candidate]) -> PageSource | None:
    """The page's source when the cues add up (module docstring), else None."""
    body = [sp for sp in spans if lay.roles.get(sp.start) is None]
    if not body or lay.interviewee or lay.speakers:
        return None
    issued = 0
    found = _teller(reading, spans, body, out)
    if found is None:
        named = _issued(reading, spans, body, out)
        if named is None:
            return None
        found, issued = named[:2], named[2]
    first, name = found
    key = _key(name)
    if (
        not key
        or not _looks_like_body(name)
        or speaker_kind(name) not in {"body", "name"}
        or _a_place(name, reading)
    ):
        return None
    strong = [c for c in out if c.speaker and c.claimant and "guess:" not in c.speaker_found]
    opens = sum(1 for sp in body if sp.start < first.start) < 2
    score, cues = 1, ["its figures open the page" if opens else "its figures are in the lead"]
    headline = " ".join(reading[sp.start : sp.end] for sp in spans if sp.start < body[0].start)
    if key & _key(headline, whole=False):
        score += 1
        cues.append("the headline names it")
    own = [c for c in strong if _voice_of(c, key)] + [first]
    if any(_WORK.search(c.quote) for c in own):
        score += 1
        cues.append("a release or work of its")
    if any(
        _RELEASE.fullmatch(reading[sp.start : sp.end].strip())
        for sp in spans
        if lay.roles.get(sp.start) == "heading"
    ):
        score += 1
        cues.append("a release heading")
    # sources of other figures: a reaction with no figure of its own ("Labour hit out at the
    # Government over the figures") does not make the figures anyone else's
    tellers = [c for c in strong if c.figures or c.refused]
    others = {_key(c.claimant or "") for c in tellers if not _voice_of(c, key)}
    others.discard(frozenset())
    if not others and len(body) >= _LONG_ENOUGH:  # silence means something on a page only
        score += 1
        cues.append("no other source tells figures")
    elif others:
        score -= len(others) - 1
    # a page of many voices is a story told from several sources: one reaction is allowed
    voices = {_key(c.claimant or "") for c in strong if not _voice_of(c, key)} - {frozenset()}
    score -= max(0, len(voices) - 1)
    # a source that contests: the page tells a dispute, not one source's figures
    score -= 2 * len(
        {
            _key(c.claimant or "")
            for c in strong
            if not _voice_of(c, key) and _CONTESTS.search(c.quote)
        }
    )
    if score < _THRESHOLD or len({c.start for c in own}) < len(
        {c.start for c in tellers if not _voice_of(c, key)}
    ):
        return None
    line = reading.count("\n", 0, first.start) + 1
    described = first.speaker if "guess:" in first.speaker_found and not issued else None
    if issued:
        cues.insert(1, f"line {issued} names it as the issuer")
    return PageSource(name, first.start, line, tuple(cues), first.quote, described, issued)


def _acting(quote: str) -> bool:
    """The sentence opens on a name and its verb: someone acting ("The DOH forged an
    agreement ..."), not more of the source's figures."""
    m = _NAMED_SUBJECT.match(quote)
    if m is None:
        return False
    names = _names(m.group())
    opening = re.sub(r"^\W*(?:the\s+)?", "", quote)
    return (
        bool(names)
        and opening.startswith(names[0])
        and speaker_kind(names[0]) in {"name", "body"}  # not "Children received ..."
    )


def _ends_run(
    c: Candidate, src: PageSource, strong: list[Candidate], topic: set[str], latest: int
) -> bool:
    """Counter-evidence between the source and a narrated figure (module docstring)."""
    key = _key(src.name)
    before = [s for s in strong if s.start < c.start and (s.figures or s.refused)]
    if before and not _voice_of(max(before, key=lambda s: s.start), key):
        return True  # another source told figures last
    if _OUTLET_OWN.search(c.quote) or _acting(c.quote):
        return True
    if _OPINION.search(c.quote) and not _RESPONDENTS.search(c.quote):
        return True  # an opinion, unless it is what the survey's respondents answered
    years = [int(y) for y in _YEAR.findall(c.quote)]
    if years and latest and min(years) < latest - 2:
        return True  # background: a year long past
    return not (_content(c.quote) & topic) and not _GOES_ON.match(c.quote)


def page_source(
    reading: str, spans: list[Span], lay: Layout, out: list[Candidate]
) -> list[Candidate]:
    """``out`` with each narrated figure inside the page source's run given to it, as a guess
    that says where the source was found."""
    src = decide(reading, spans, lay, out)
    if src is None:
        return out
    key = _key(src.name)
    strong = [c for c in out if c.speaker and c.claimant and "guess:" not in c.speaker_found]
    topic = _content(src.quote)
    for c in strong:
        if _voice_of(c, key) and (c.figures or c.refused):
            topic |= _content(c.quote)
    own_name = set(_key(src.name, whole=False))  # a generic word of it ("charity") is content
    topic -= own_name  # the source's own name says nothing of its figures' kind
    years = [int(y) for y in _YEAR.findall(reading)]
    latest = max(years) if years else 0
    why = (
        f"guess: inferred from the page's source {src.name}, line {src.line} "
        f"({'; '.join(src.cues)})"
    )
    named = (
        f"guess: '{src.described}' is the page's source {src.name}, line {src.line}, the one "
        "body its headline and lead name"
    )
    given: dict[int, Candidate] = {}
    for k in sorted(range(len(out)), key=lambda k: out[k].start):
        c = out[k]
        if c.speaker and key & _key(c.claimant or "") and (c.figures or c.refused):
            topic |= _content(c.quote) - own_name  # its figures so far, told or carried
        if (
            src.described
            and c.speaker == src.described == c.claimant
            and "guess:" in c.speaker_found
        ):
            given[k] = replace(
                c, speaker=src.name, claimant=src.name, speaker_found=f"{named} ({c.speaker_found})"
            )
        elif _unresolved_kind(c, src):
            given[k] = replace(
                c,
                speaker=src.name,
                claimant=src.name,
                speaker_found=f"guess: '{c.speaker}' is the page's source {src.name}, line "
                f"{src.line}, which the page calls so ({c.speaker_found})",
            )
        elif _forward(c, src):
            given[k] = replace(
                c,
                speaker=src.name,
                claimant=src.name,
                speaker_found=f"{why}: its figures, named after them ({c.speaker_found})",
            )
        elif (
            (c.start > src.start or (src.issued and c.start == src.start))
            and (c.figures or c.refused)
            and (_narrated(c) or _unissued_work(c))
            and not _ends_run(c, src, strong, topic, latest)
        ):
            given[k] = replace(
                c,
                speaker=c.speaker or src.name,
                claimant=src.name,
                speaker_found=f"{why} ({c.speaker_found})",
            )
            topic |= _content(c.quote) - own_name
    return [given.get(k, c) for k, c in enumerate(out)]


_UNISSUED = re.compile(r"none: '(?:[\w'’-]+\s+)*?([a-z]+)' \(figures\) cannot say things")


def _forward(c: Candidate, src: PageSource) -> bool:
    """Figures with no issuer before the source's own sentence that names their issuer
    with the same noun ("according to new figures" ... "Figures released by X show")."""
    m = _UNISSUED.match(c.speaker_found)
    return (
        c.start < src.start
        and m is not None
        and re.search(rf"\b{m.group(1)}\b", src.quote, re.IGNORECASE) is not None
    )


def _unresolved_kind(c: Candidate, src: PageSource) -> bool:
    """A body given by its kind that the rules found no one for ("the charity said" with no
    charity named before), where the source's own sentence calls it so ("X show that the
    charity, which runs ...")."""
    if not c.speaker or c.speaker != c.claimant or not _BARE.fullmatch(c.speaker):
        return False
    if "refers to no one named before" not in c.speaker_found:
        return False
    noun = c.speaker.split()[-1]
    return c.start > src.start and re.search(rf"\b{noun}\b", src.quote, re.IGNORECASE) is not None


def _narrated(c: Candidate) -> bool:
    """The outlet's narration by the sentence rules: a figure with no cue of its own or a
    passive with no agent ("212 new cases were recorded"), or figures that name no issuer
    ("The breakdowns show ..."); never a quotation."""
    if c.speaker or not set(c.cues) <= {"figure", "speech verb"}:
        return False
    return c.speaker_found == "none" or (
        c.speaker_found.startswith("none: '") and "(figures) cannot say things" in c.speaker_found
    )


def _unissued_work(c: Candidate) -> bool:
    """A work with no issuer of its own speaking ("The new report revealed ..."): its
    issuer is the page's source."""
    return (
        bool(c.speaker)
        and c.claimant == c.speaker
        and speaker_kind(c.speaker or "") == "work"
        and "guess:" not in c.speaker_found.split("(")[0]
    )
