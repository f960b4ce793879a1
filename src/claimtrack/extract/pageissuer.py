"""The page's single issuer: whose figures the outlet's own sentences tell, proposed once for
the page so that the review can ask once (issue 25, docs/extract.md "The page's issuer").

On a page whose figures come from one named survey, study, report or statistics release, the
figures the outlet tells with no verb of saying ("Some 40% of donors gave less this year.")
are, by the convention fact-checkers log, the issuer's findings; on other pages the same
sentences are the outlet's own. The words of the sentence do not tell the two apart, so this
module does not decide it: it finds whether the page has one issuer at all, and if so gives
every figure told in the outlet's voice that issuer as a ``guess:`` with a ``page_issuer``
record saying why. ``claimtrack extract --review`` asks the user once, before the first such
candidate, whether they are the issuer's (y) or the outlet's (n).

* An *issuer* is a body the page names as the author of a work (survey, poll, study,
  report, census, index, statistics, figures, data, release, ...) in one of the frames
  ``authors.authors`` and ``pagesource`` read ("a survey by X", "the X survey", "X's report",
  "figures published by X", "X figures show"), the speaker found through such a frame in its
  own sentence ("..., the survey by X has found"), or the source ``pagesource`` decided when
  the page gives it a work; names that share the words they are known by are one issuer.
* *Competing* sources (then the page has no issuer): a second issuer; any other source that
  tells figures of its own or contests figures ("rejected the figures"), even one found only
  as a guess; an interview or a transcript. Not competing: a voice of the issuer, a reaction
  with no figure, a description written beside the issuer's name ("media agency Gorkana"),
  an expectation ("analysts had expected 5.9%").
* *Figures told in the outlet's voice*: candidates with figures, no speaker and no cue but
  the figure (or a work that names no issuer), that ``pagesource`` left to the outlet or gave
  to the same issuer; never the sentence naming the issuer, the outlet's own reasoning ("This
  means", "our analysis"), a sentence with a verb of saying or an opinion unless those saying
  are a survey's answering share ("62% said"), nor background with a year long past.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from claimtrack.extract import verbs
from claimtrack.extract.agents import speaker_kind
from claimtrack.extract.authors import _NOUNS, _author_ok, authors
from claimtrack.extract.calibration import _a_place
from claimtrack.extract.candidates import Candidate
from claimtrack.extract.page import Layout
from claimtrack.extract.pagesource import (
    _CONTESTS,
    _ISSUED_BY,
    _ISSUER_BEFORE,
    _KIND,
    _NAME,
    _OPINION,
    _OUTLET_OWN,
    _YEAR,
    _key,
    _narrated,
    _voice_of,
)
from claimtrack.extract.phrases import _looks_like_body
from claimtrack.extract.text import Span

# the noun of a data frame ("figures published by X", "X statistics show")
_DATA_NOUN = re.compile(
    r"\b(figures|statistics|stats|data|report|survey|study|census)\b",
    re.IGNORECASE,
)
# a body whose own performance a work with no author shows (extract30): "new performance
# figures which show Derbyshire Constabulary is making strides", "data that show Harbour
# Water has cut leaks"
_SHOWN = re.compile(
    rf"\b{_KIND}\s+(?:which|that)\s+(?:show|shows|showed|reveal|reveals|revealed)\s+(?:that\s+)?"
    rf"(?:the\s+)?(?P<of>(?-i:{_NAME}))\s+(?:is|was|has|had|are|were)\b",
    re.IGNORECASE,
)
# a work found as a speaker's frame: "the author of 'the survey by X'"
_AUTHOR_OF = re.compile(r"the author of '([^']*)'")
# a verb of saying: a figure in its sentence is someone's words, not the outlet's narration
# ("X was criticised for claiming that 43% ..."): these verbs' forms as the reporting verbs'
# table spells them (``verbs.inflections``, less the forms it never reads as speech: "the
# state", "add")
_SAYING_VERBS = frozenset(("say", "tell", "claim", "state", "add", "insist", "argue", "warn",
                           "announce"))  # fmt: skip
_SAYING = re.compile(
    r"\b(?:"
    + "|".join(
        sorted(
            {
                form
                for verb in verbs.TABLE
                if verb.base in _SAYING_VERBS
                for form in set(verbs.inflections(verb).values()) - verb.skip
            },
            key=lambda f: (-len(f), f),
        )
    )
    + r"|according\s+to)\b",
    re.IGNORECASE,
)
# ... unless those saying are people answering, a share of them ("47% said", "a further 70%
# said", "participants who said"): a survey's answers, the issuer's findings
_ANSWERED = re.compile(
    r"(?:%|\bper\s*cent|\bpercent|\brespondents|\bparticipants|\bthose\s+(?:polled|surveyed|"
    r"asked|questioned))(?:\s+[\w’'-]+){0,4}?\s+(?:who\s+)?(?:said|say|saying|believed?|believes|"
    r"felt|feel|think|thought|agreed|expect(?:s|ed)?|fear(?:s|ed)?|hope[sd]?|warned)\b",
    re.IGNORECASE,
)
_WORK_IN = re.compile(rf"\b({'|'.join(_NOUNS)}|figures|statistics|data|release)\b", re.I)


@dataclass(frozen=True)
class PageIssuer:
    """The page's one issuer: its name, the work it is named with, and where."""

    name: str
    work: str  # "survey", "figures", ...
    start: int  # where the page first names it with its work
    paragraph: int  # that place's paragraph (non-blank lines counted from the headline)
    spoke: bool = False  # named only as the speaker of its statistics (extract30)

    def why(self) -> str:
        named = (
            f"named in paragraph {self.paragraph} as the speaker of its {self.work}"
            if self.spoke
            else f"the {self.work} named in paragraph {self.paragraph}"
        )
        return f"{named}; no other source tells figures on the page"

    def record(self) -> dict[str, object]:
        """The ``page_issuer`` object of a candidate's ``extract`` (``--json``)."""
        return {
            "name": self.name,
            "work": self.work,
            "paragraph": self.paragraph,
            "start": self.start,
            "why": self.why(),
        }


def _paragraph(reading: str, at: int) -> int:
    return sum(1 for line in reading[:at].split("\n")[:-1] if line.strip()) + 1


def _named_issuers(
    reading: str, spans: list[Span], out: list[Candidate]
) -> tuple[list[tuple[str, str, int]], set[str]]:
    """Every (issuer, work noun, where) the page names (module docstring), and the names
    ``authors`` has already checked are a body's."""
    found: list[tuple[str, str, int]] = []
    for work, names in authors(reading, set(_NOUNS)).items():
        found += [(name, work, at) for name, at in names]
    trusted = {name for name, _, _ in found}
    for sp in spans:
        sentence = reading[sp.start : sp.end]
        for rx, group in ((_ISSUED_BY, "after"), (_ISSUER_BEFORE, "before"), (_SHOWN, "of")):
            for m in rx.finditer(sentence):
                name = re.sub(r"^(?:The|A|An)\s+|['’]s$", "", m.group(group).rstrip("."))
                data = _DATA_NOUN.search(m.group(0))
                if data is None or not _looks_like_body(name):
                    continue
                if speaker_kind(name) in {"body", "name"} and _key(name):
                    found.append((name, data.group(1).lower(), sp.start + m.start(group)))
    for c in out:
        frame = _AUTHOR_OF.search(c.speaker_found)
        if (
            frame
            and c.claimant
            and c.claimant in c.quote  # named in the sentence, not "named after" it
            and "guess:" not in c.speaker_found.split("(")[0]
        ):
            noun = _WORK_IN.search(frame.group(1))
            if noun:
                at = c.start + c.quote.index(c.claimant)
                found.append((c.claimant, noun.group(1).lower(), at))
    return sorted(found, key=lambda f: f[2]), trusted


def _known_by(name: str, acronyms: dict[str, str]) -> frozenset[str]:
    """The words an issuer is known by (``pagesource._key``), an acronym the page spells out
    by its full name's ("ONS" is the Office for National Statistics), a name written in lower
    case by its own words ("nfpSynergy")."""
    full = acronyms.get(name.strip().rstrip("."))
    key = _key(full or name)
    if key:
        return key
    return frozenset(w.lower() for w in re.findall(r"[A-Za-z][\w&’'-]*", name) if len(w) > 2)


def _page_source(out: list[Candidate]) -> tuple[str, str, int] | None:
    """The source ``pagesource`` decided, when the page gives it a work: a release heading, a
    line naming it as the issuer, or a work named in a sentence it tells figures in ("The
    ministry's weekly bulletin shows"); a body that only says figures ("X said its profit
    rose") issues no work."""
    for c in out:
        m = _DECIDED.search(c.speaker_found)
        if m is None:
            continue
        if "a release heading" in m.group(3) or "names it as the issuer" in m.group(3):
            return m.group(1), "release", c.start
        key = _key(m.group(1))
        for own in out:
            work = _WORK_IN.search(own.quote)
            told = own.figures or own.refused
            if work and told and own.claimant and key & _key(own.claimant):
                return m.group(1), work.group(1).lower(), own.start + work.start()
        return None
    return None


def _beside(reading: str, description: str, name: str) -> bool:
    """A speaker given by its kind that the page writes right beside the issuer's name ("the
    survey by media agency Gorkana", "Gorkana, the media agency"): the issuer itself."""
    d, n = re.escape(description.removeprefix("the ")), re.escape(name)
    return bool(re.search(rf"\b{d}\s+(?:the\s+)?{n}|{n},\s+(?:the|a|an)\s+{d}\b", reading))


# an expectation or a forecast: what others thought the figures would be
_EXPECTED = re.compile(
    rf"{_OPINION.pattern}|\b(?:expectations?|consensus|forecasters?)\b", re.IGNORECASE
)
_DECIDED = re.compile(r"inferred from the page's source (.+?), line (\d+) \(([^)]*)\)")


def find(
    reading: str,
    spans: list[Span],
    lay: Layout,
    out: list[Candidate],
    acronyms: dict[str, str] | None = None,
) -> PageIssuer | None:
    """The page's single issuer, or None when there is none or two compete."""
    if lay.interviewee or lay.speakers:
        return None
    acronyms = acronyms or {}
    issuers = _issuers(reading, spans, out, acronyms)
    spoke = not issuers
    if spoke:
        issuers = _speaking_issuers(out, acronyms)
    if len(issuers) != 1:
        return None  # none, or two issuers compete
    key, (name, noun, at) = next(iter(issuers.items()))
    if any(_competes(reading, c, key, (name, noun, at), acronyms) for c in out):
        return None
    return PageIssuer(name, noun, at, _paragraph(reading, at), spoke)


# a body whose name says it keeps statistics: "the Statistics Office", "Census Bureau"
_STATISTICS_BODY = re.compile(r"\b(?:statistic(?:s|al)|census)\b", re.IGNORECASE)


def _speaking_issuers(
    out: list[Candidate], acronyms: dict[str, str]
) -> dict[frozenset[str], tuple[str, str, int]]:
    """The page's issuer named only as the speaker of its statistics (extract30): when no
    frame names a work's author, a body found on strong evidence as the speaker of a sentence
    that names a work or data ("..., since the survey began, the Statistics Office said"),
    or whose name says it keeps statistics, and that tells no figure in its own words (a
    body that does leads a release: ``releasecarry``); two such bodies are two issuers."""
    found: dict[frozenset[str], tuple[str, str, int]] = {}
    telling = {
        _known_by(c.claimant, acronyms)
        for c in out
        if c.claimant and c.figures and "guess:" not in c.speaker_found
    }
    # a work the page cites with no author ("Current data indicates ...", "new figures show")
    unissued = next(
        (m for c in out if "names no author" in c.speaker_found
         for m in [_DATA_NOUN.search(c.speaker_found)] if m),
        None,
    )  # fmt: skip
    for c in out:
        name = c.claimant or ""
        if not c.speaker or "guess:" in c.speaker_found or not name:
            continue
        if any(_known_by(name, acronyms) & key for key in telling):
            continue  # a body that tells figures itself, or a voice of it: its release
        if not (speaker_kind(name) == "body" or _looks_like_body(name)):
            continue
        data = _DATA_NOUN.search(c.quote) or unissued
        if data is None and not _STATISTICS_BODY.search(name):
            continue
        key = _known_by(name, acronyms)
        if key and key not in found:
            at = c.start + max(c.quote.find(c.speaker), 0)
            found[key] = (name, data.group(1).lower() if data else "statistics", at)
    return found


def _issuers(
    reading: str, spans: list[Span], out: list[Candidate], acronyms: dict[str, str]
) -> dict[frozenset[str], tuple[str, str, int]]:
    """The page's issuers by the words they are known by: (name, work noun, where first
    named); names that share their words are one issuer, by its shorter name."""
    named, trusted = _named_issuers(reading, spans, out)
    decided = _page_source(out)
    if decided is not None:
        named.append(decided)
    issuers: dict[frozenset[str], tuple[str, str, int]] = {}
    checked = dict.fromkeys(trusted, True)
    for name, noun, at in sorted(named, key=lambda f: f[2]):
        key = _known_by(name, acronyms)
        if name not in checked:
            checked[name] = _author_ok(name, reading) and not _a_place(name, reading)
        if not key or not checked[name]:
            continue
        for k in [k for k in issuers if k <= key or key <= k]:  # "BBC Trust", "BBC Trust's"
            first = issuers.pop(k)
            if len(k) <= len(key):
                key, name = k, first[0]
            noun, at = first[1], first[2]
        issuers[key] = (name, noun, at)
    return issuers


def _competes(
    reading: str,
    c: Candidate,
    key: frozenset[str],
    issuer: tuple[str, str, int],
    acronyms: dict[str, str],
) -> bool:
    """Another source that tells figures of its own, or contests figures (a source found
    only as a guess still competes: "the estate agents' body said 9,000 ...")."""
    if not c.speaker or not c.claimant:
        return False
    name, work, at = issuer
    if _voice_of(c, key) or key & _known_by(c.claimant, acronyms):
        return False
    if _short_for(c.claimant, name):
        return False  # "the Ombudsman" for "the Ombudsman for Wales" (extract28)
    if _issuers_own(c, work, at):
        return False  # "the findings", "inspectors": the issuer's work or staff (extract30)
    if _beside(reading, c.claimant, name):
        return False  # "media agency" for "the survey by media agency Gorkana"
    contests = _CONTESTS.search(c.quote) is not None
    if _EXPECTED.search(c.quote) and not contests:
        return False  # an expectation ("analysts had expected 5.9%") tells no measured figure
    return bool(c.figures or c.refused or contests)


# a speaker given only as the work itself ("the findings", "the latest figures") or as the
# staff who make such a work ("inspectors", "researchers", "the auditors")
_THE_WORK = re.compile(
    r"(?:the\s+)?(?:(?:new|latest|full|main|key|annual|its|their)\s+)?(?:findings|report|figures|"
    r"data|statistics|results|survey|study|research|analysis|review|audit|inquiry)",
    re.IGNORECASE,
)
_STAFF = re.compile(
    r"(?:the\s+)?(?:inspectors|researchers|auditors|investigators|examiners|statisticians|"
    r"authors)",
    re.IGNORECASE,
)
# a quantifier taken for a speaker is what is counted ("43 more recorded"): no source
_QUANTIFIER = re.compile(r"(?:more|others|some|many|most|few|several)", re.IGNORECASE)
# works that staff write, as against data others may use ("Using data from X, researchers
# estimated ...": the researchers are not X's)
_WRITTEN = frozenset(("report", "survey", "study", "review", "audit", "inquiry", "inspection",
                      "research", "analysis", "census", "poll", "index"))  # fmt: skip


# those answering a survey, counted: "the number of people who said they were satisfied"
_ANSWERERS = re.compile(
    r"(?:the\s+)?(?:number|proportion|share|percentage)\s+of\s+(?:people|respondents|residents|"
    r"adults|customers|users|victims|parents|patients|pupils|staff|workers)",
    re.IGNORECASE,
)


def _issuers_own(c: Candidate, work: str, start: int) -> bool:
    """A speaker given only by a word for the issuer's work or its staff, with no body of its
    own (extract30): on a page with one issuer, "the findings show" and "inspectors have
    warned" tell that issuer's findings, not another source's; and so do those answering
    its survey, counted ("the number of people who said they were satisfied rose to 88%").
    Staff are the issuer's only where its work is one they write (a report, not data) and
    outside the sentence that names the issuer ("Using data from X, researchers ...")."""
    if not c.speaker or "guess:" not in c.speaker_found:
        return False
    speaker = c.speaker.strip()
    if _ANSWERERS.fullmatch(speaker):
        return re.search(r"\bwho\s+(?:said|say|says)\b", c.quote) is not None
    if _QUANTIFIER.fullmatch(speaker):
        return True  # "eight more reported in previous weeks": a count, not a source
    if (c.claimant or "").strip() != speaker:
        return False
    if _STAFF.fullmatch(speaker):
        return work in _WRITTEN and not c.start <= start < c.end
    return bool(_THE_WORK.fullmatch(speaker))


def _short_for(claimant: str, name: str) -> bool:
    """``claimant`` is ``name`` shortened to some of its own words ("Ombudsman" for
    "Ombudsman for Wales", "the Commission" for "Charity Commission")."""
    words = {w.lower() for w in re.findall(r"[A-Za-z][\w’'-]*", claimant)} - {"the"}
    return bool(words) and words <= {w.lower() for w in re.findall(r"[A-Za-z][\w’'-]*", name)}


def _told(
    before: Candidate, after: Candidate, key: frozenset[str], latest: int, acronyms: dict[str, str]
) -> bool:
    """A figure told in the outlet's voice (module docstring), left to the outlet or given to
    the issuer by ``pagesource``."""
    if not (before.figures or before.refused) or not _narrated(before):
        return False
    if after.speaker and not key & _known_by(after.claimant or "", acronyms):
        return False  # given to someone else by a later rule
    if _OUTLET_OWN.search(before.quote):
        return False
    answers = {m.end() for m in _ANSWERED.finditer(before.quote)}
    for rx in (_SAYING, _OPINION):  # someone's words or views, unless a survey's answers
        if any(not any(m.start() < end for end in answers) for m in rx.finditer(before.quote)):
            return False
    years = [int(y) for y in _YEAR.findall(_BASELINES.sub("", before.quote))]
    return not (years and latest and min(years) < latest - 2)


# a year a change is measured from is no background: "a 26% increase since 2019-20", "up
# from 40 in 2015", "compared with 2012" (extract28), "the lowest since the June 2008
# quarter", "since March 2010" (extract29)
_BASELINES = re.compile(
    r"\b(?:since|from|compared\s+(?:with|to)|than(?:\s+in)?|on)\s+(?:(?:the\s+)?(?:year|end)\s+"
    r"(?:of\s+|to\s+)?)?(?:the\s+)?(?:(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+)?(?:1[89]\d\d|20\d\d)\b",
    re.IGNORECASE,
)


_IN_ITS_VOICE = "a figure told in the outlet's voice"


def given(c: Candidate, name: str, how: str, issuer: PageIssuer | None = None) -> Candidate:
    """``c`` with ``name`` for its speaker and claimant, found ``how`` (and the page's
    issuer record, when the review's question covers it)."""
    return replace(c, speaker=name, claimant=name, speaker_found=how, page_issuer=issuer)


def page_issuer(
    reading: str,
    spans: list[Span],
    lay: Layout,
    before: list[Candidate],
    after: list[Candidate],
    acronyms: dict[str, str] | None = None,
) -> list[Candidate]:
    """``after`` with each figure told in the outlet's voice given the page's single issuer
    as a guess, and its ``page_issuer`` set; ``before`` is the same candidates before
    ``pagesource`` (one for one)."""
    src = find(reading, spans, lay, after, acronyms)
    if src is None:
        return after
    key = _known_by(src.name, acronyms or {})
    years = [int(y) for y in _YEAR.findall(reading)]
    latest = max(years) if years else 0
    out = []
    for b, c in zip(before, after, strict=True):
        if _issuers_own(c, src.work, src.start) and (c.figures or c.refused):
            how = f"guess: '{c.speaker}' stands for the page's issuer {src.name} ({src.why()})"
            out.append(given(c, src.name, f"{how} ({c.speaker_found})", src))
        elif c.start <= src.start < c.end or not _told(b, c, key, latest, acronyms or {}):
            out.append(c)
        elif c.speaker:  # pagesource gave it to the same source: the question covers it
            out.append(replace(c, page_issuer=src))
        else:
            how = f"guess: the page's issuer {src.name} ({src.why()})"
            out.append(given(c, src.name, f"{how}: {_IN_ITS_VOICE} ({c.speaker_found})", src))
    return out
