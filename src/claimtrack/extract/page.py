"""The article's layout: headings and captions (not proposed), interviews (questions not
proposed, answers the interviewee's) and transcripts ("NAME: ..." paragraphs)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claimtrack.extract.firstperson import NOT_NAMED, authors
from claimtrack.extract.lexicon import _DETERMINER
from claimtrack.extract.phrases import (
    _DATELINE,
    _has_role,
    _looks_like_body,
    _looks_like_person,
    _names,
    _person_of,
    _plausible_name,
    _subject_after,
    _subject_before,
    _valid_speaker,
)
from claimtrack.extract.text import _DISPLAY_LABEL, ANSWER_MARK, TURN_LABEL, TURN_STAMP, Span

# how an answer is found when the page never names the interviewee (extract40): no name is
# proposed, and the outlet is not the claimant either (``Candidate.record``); --review asks
UNNAMED_INTERVIEWEE = "the interviewee is not named on the page"
# the marks of a candidate whose speaker the page never names, and which is no narration
UNNAMED = (UNNAMED_INTERVIEWEE, NOT_NAMED)


@dataclass
class Layout:
    """What each sentence is in the article's layout: a heading (headline, deck, sub-heading,
    byline, not proposed), an interviewer's question, an interviewee's answer, first-person
    prose outside an interview, or body."""

    roles: dict[int, str]  # sentence start -> "heading" | "question" | "answer" | "first person"
    interviewee: str | None = None
    interviewee_found: str = ""
    # a transcript ("NAME: ..." paragraphs): sentence start -> the name that speaks it
    speakers: dict[int, str] = field(default_factory=dict)
    # sentence start -> how a role before the colon became the person the introduction names
    holders: dict[int, str] = field(default_factory=dict)
    # starts of the sentences of the page's furniture (``furniture``): never proposed
    furniture: set[int] = field(default_factory=set)
    # first-person prose outside an interview (``firstperson``): sentence start -> (the
    # author named, how it was found); their role is "first person"
    authors: dict[int, tuple[str | None, str]] = field(default_factory=dict)


# A photo caption or credit line: "Photo: ...", "Pictured: ...", "File photo: ...".
_CAPTION = re.compile(
    r"^(?:photo|picture|image|caption|pictured|file photo|photograph|video)\b[^:\n]{0,40}:",
    re.IGNORECASE,
)

# a photo's credit makes its paragraph a caption: "(credit: A. Lee)", "Photo by", "REUTERS/A.
# Lee", "Ann Lee/AFP via Getty Images"
_CREDIT = re.compile(
    r"\((?:photo|picture|image|credit|file)s?\b[^)]{0,60}\)|\b(?:photo|picture|image)s?\s+"
    r"(?:by|courtesy|credit)\b|\b(?:REUTERS|AFP|AP|EPA|AAP|Xinhua|Anadolu)\s*/\s*[A-Z]|"
    r"\w\s*/\s*(?:Reuters|AFP|AP|EPA|AAP|Getty\s+Images|Getty|Shutterstock|Bloomberg)\b|"
    # a credit closing the paragraph: "... in the last year. Photograph: Ann Lee/Agency"
    r"\b(?:photograph|photo|picture|image|illustration|credit)s?\s*:\s*[A-Z][^\n.!?]{0,60}$",
    re.IGNORECASE,
)
# The page's furniture, no text of the story (extract34): a copyright or rights line ("©
# 2017 Agency", "Copyright (c) 1996, Paper"), a link or prompt to other pages ("Read more:
# ...", "Related stories", "See also", "Have your say on our message boards", "Click here",
# "Sign up", "Subscribe to", "Follow us"), a time stamp with no sentence ("Posted , updated",
# "Updated 3 hours ago").
_FURNITURE = re.compile(
    r"©|\bcopyright\s*(?:\(c\)|©|\d{4})|\ball rights reserved\b|"
    r"^(?:read more|related(?:\s+(?:stories|articles|coverage|content|links))?|see also|"
    r"also read|more on this(?:\s+story)?|recommended)\s*[:\-–—]|"
    r"^(?:have your say|click here|sign up|subscribe (?:to|now)|follow us)\b",
    re.IGNORECASE,
)
_STAMP = re.compile(r"^(?:posted|updated|published|last updated)\b[^.!?]{0,60}$", re.IGNORECASE)


def furniture(paragraph: str) -> bool:
    """Whether a paragraph is the page's furniture (``_FURNITURE``, ``_STAMP``), not the
    story's text."""
    text = paragraph.strip()
    return bool(_FURNITURE.search(text) or (_STAMP.match(text) and len(text.split()) <= 8))


_ENDS_SENTENCE = re.compile(r"[.!?][\"')\]*_]*$")  # "?**": a question in bold

_QA = re.compile(r"^(?:Q|Question)\s*[:.\-–—]\s", re.IGNORECASE)

_AA = re.compile(rf"^{ANSWER_MARK}", re.IGNORECASE)

_INTERVIEW_CUE = re.compile(
    r"\b(?:discussed|spoke|speaks|talked|talks|interview(?:ed)?|answered|sat down|caught up|"
    r"conversation|chat(?:ted)?)\b",
    re.I,
)

_SAID = re.compile(r"\s(?:said|says|told|tells|explained|explains|spoke|speaks)\b")

_REPORTER = re.compile(
    r"\b(?:correspondent|reporter|took the interview|conducted the interview|interviewed by)\b",
    re.IGNORECASE,
)


_BULLET = re.compile(r"[-•*–·▪]\s")


def _deck_points(reading: str, paras: list[list[Span]], kinds: list[str]) -> None:
    """A deck's points, bullets right under a headline (six words or more) and before any
    body paragraph, are display text: marked as headings in ``kinds`` (a bullet list after
    body text, or under a label such as "Key facts", stays body)."""
    if not kinds or kinds[0] != "heading":
        return
    if len(reading[paras[0][0].start : paras[0][-1].end].split()) < 6:
        return
    for i in range(1, len(paras)):
        first = reading[paras[i][0].start : paras[i][0].end]
        if not _BULLET.match(first):
            return
        if len(paras[i]) == 1 and not _ENDS_SENTENCE.search(first):
            kinds[i] = "heading"


def _paragraph_kinds(reading: str, paras: list[list[Span]]) -> list[str]:
    """Each paragraph's kind: heading, question, answer or body."""
    kinds: list[str] = []
    for i, group in enumerate(paras):
        first = reading[group[0].start : group[0].end]
        last = reading[group[-1].start : group[-1].end]
        if (
            (
                len(group) == 1
                and i < len(paras) - 1
                and not _ENDS_SENTENCE.search(last)
                and not last.rstrip().endswith((":", ",", ";"))
                # a bullet point is body text, and so is a dash-opened quotation (text.py
                # reads its dash as an opening mark: '" I have ...')
                and not re.match(r"[-•*–·▪\"]\s", first)
                and len(last.split()) <= 25
            )
            or _CAPTION.match(first)
            or (len(group) <= 2 and _CREDIT.search(reading, group[0].start, group[-1].end))
        ):
            kinds.append("heading")
        elif _QA.match(first):
            kinds.append("question")
        elif _AA.match(first):
            kinds.append("answer")
        elif last.rstrip("\"')]*_ ").endswith("?") and len(group) <= 3:
            kinds.append("question?")
        else:
            kinds.append("body")
    _deck_points(reading, paras, kinds)
    # headline, deck and byline before a dateline ("NEW DELHI:", "LONDON (Reuters) -"): the
    # body starts at the dateline, what comes before it is the page's display text
    for i, group in enumerate(paras[:6]):
        if _DATELINE.match(reading[group[0].start : group[-1].end]):
            for j in range(i):
                if len(paras[j]) <= 2 and kinds[j] == "body":
                    words = reading[paras[j][0].start : paras[j][-1].end].split()
                    kinds[j] = "heading" if len(words) <= 40 else kinds[j]
            break
    # a question paragraph is one followed by an answer (a body paragraph)
    for i, k in enumerate(kinds):
        if k == "question?":
            nxt = kinds[i + 1] if i + 1 < len(kinds) else None
            kinds[i] = "question" if nxt in ("body", "answer") else "body"
    return kinds


# the introduction announces an interview: "In an interview with", "Excerpts:", "Q&A"
_ANNOUNCED = re.compile(
    r"\binterview(?:ed)?\b|\b(?:edited\s+)?excerpts?\b|\bQ\s*&\s*A\b|\btranscript\b", re.I
)
_ADDRESSED = re.compile(r"\b(?:you|your|yours|yourself)\b", re.I)
MAX_INTRO_PARAGRAPHS = 4  # body paragraphs before the first question of an announced interview


def _announced_interview(
    reading: str, paras: list[list[Span]], kinds: list[str], first: int
) -> bool:
    """One question paragraph is an interview when the introduction just before it announces
    one and the question is put to someone ("How do you justify ...?"): an interview with
    no markers whose answers run on (a report's rhetorical question is put to no "you", and
    a report quoting an interview has more than a short introduction before it)."""
    body_before = [i for i in range(first) if kinds[i] != "heading"]
    if len(body_before) > MAX_INTRO_PARAGRAPHS or first + 1 >= len(paras):
        return False
    question = reading[paras[first][0].start : paras[first][-1].end]
    intro = reading[paras[0][0].start : paras[first][0].start] if first else ""
    return bool(_ADDRESSED.search(question) and _ANNOUNCED.search(intro))


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
    if not interview and questions:
        interview = _announced_interview(reading, paras, kinds, questions[0])
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
    out.furniture = {
        sp.start
        for group in paras
        if furniture(reading[group[0].start : group[-1].end])
        for sp in group
    }
    if interview:
        intro = [sp for group in paras[: questions[0]] for sp in group]
        display = {sp.start for sp in intro if roles.get(sp.start) == "heading"}
        out.interviewee, out.interviewee_found = _interviewee_of(reading, intro, display)
    _transcript(reading, paras, out)
    if not interview and not out.speakers:
        out.authors = authors(reading, paras, kinds)
        for start in out.authors:
            out.roles[start] = "first person"
    return out


_INITIALS = re.compile(r"[A-Z]{2,3}")  # a label of initials: "RC:", "AKL:"
_SPEAKER_PREFIX = re.compile(rf"{TURN_LABEL}(?:\s+\S|\s*$)")
_TIME_STAMP = re.compile(TURN_STAMP)
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+")


def _label(m: re.Match[str]) -> tuple[str, str, bool]:
    """A turn label's name as written ("Major General Hank Taylor"), the name without a title
    before a name of two words or more ("Hank Taylor"; a title before one word is part of the
    name: "Secretary Azar"), and whether the label has a time stamp ("General Hank Taylor:
    (00:26)", "Ann Lee (01:03):": a transcript's label on its own)."""
    name, title = m.group("name"), m.group("title") or ""
    stamped = bool(m.group("stamp") or _TIME_STAMP.search(m.group(0)))
    if len(name.split()) < 2:
        return title + name, title + name, stamped
    return title + name, name, stamped


def _same_people(names: dict[int, str]) -> dict[int, str]:
    """A transcript's labels of one person written as one name: "Mr. O'Hanlon" after "Mr.
    Michael O'Hanlon", "Governor Kerr" after "Governor Ann Kerr" (the same surname, the fuller
    label kept, an honorific dropped); two fuller labels with that surname stay apart."""
    full: dict[str, set[str]] = {}
    for n in names.values():
        bare = _HONORIFIC.sub("", n, count=1)
        words = bare.split()
        while len(words) > 1 and _has_role(words[0]):
            words.pop(0)  # "Governor Kerr" names one word: no fuller label
        if len(words) >= 2:
            full.setdefault(n.split()[-1], set()).add(bare)
    out = {}
    for i, n in names.items():
        fuller = full.get(n.split()[-1], set())
        out[i] = next(iter(fuller)) if len(fuller) == 1 else n
    return out


def _transcript(reading: str, paras: list[list[Span]], out: Layout) -> None:
    """A transcript: three paragraphs or more open with a name and a colon ("Ann Lee: ..."),
    two names at least that each open two; or a briefing's transcript (review23): one label
    with a time stamp ("Hank Taylor: (00:26)"), or labels of two people each after a title
    ("PRESS SECRETARY ANN LEE:", "MAJOR GENERAL TOM KERR:"), which no dateline or "Update:"
    has. The name that mostly asks is the interviewer (its questions are not claims); every
    other name's paragraphs are that name's answers."""
    named: dict[int, str] = {}
    bare: dict[int, str] = {}  # the names without their titles ("Hank Taylor")
    stamped: set[int] = set()  # labels with a time stamp: a transcript on their own
    for i, group in enumerate(paras):
        m = _SPEAKER_PREFIX.match(reading, group[0].start, group[-1].end)
        name = m.group("name") if m else ""
        if (
            m
            and not re.fullmatch(r"(?:Q|A|Question|Answer)", name, re.IGNORECASE)
            and not _DISPLAY_LABEL.fullmatch(name.upper())
        ):
            named[i], bare[i], stamp = _label(m)
            if stamp and _looks_like_person(bare[i]):
                stamped.add(i)
                named[i] = bare[i]  # "General Hank Taylor: (00:26)" names Hank Taylor
    titled = {bare[i] for i in named if bare[i] != named[i]}  # two: a briefing's officials
    counts = {n: list(named.values()).count(n) for n in set(named.values())}
    # a name in capitals ("KERR:") only when it opens two paragraphs: a dateline ("ABU
    # DHABI:") opens one; it is written as a name ("Kerr")
    named = {i: n for i, n in named.items() if re.search(r"[a-z]", n) or counts[n] >= 2}
    named = {i: (n.title() if n.isupper() and len(n) > 3 else n) for i, n in named.items()}
    named = _same_people(named)
    counts = {n: list(named.values()).count(n) for n in set(named.values())}
    # "Question: ..." paragraphs ask; a name opening two paragraphs or more between them answers
    asked = sum(1 for g in paras if _QA.match(reading[g[0].start : g[-1].end]))
    answers = asked >= 2 and any(c >= 2 for c in counts.values())
    if not answers and (len(named) < 3 or sum(1 for c in counts.values() if c >= 2) < 2):
        # two names that each speak twice or more: not "Monday: ...", "Update: ..."; or a
        # briefing (review23): a label with a time stamp, or two officials each after a title,
        # named without it ("MAJOR GENERAL HANK TAYLOR:" -> Hank Taylor)
        if not stamped and len(titled) < 2:
            return
        named = _same_people({i: bare[i] for i in named})
        counts = {n: list(named.values()).count(n) for n in set(named.values())}
    asks: dict[str, list[bool]] = {}
    for i, name in named.items():
        last = reading[paras[i][-1].start : paras[i][-1].end]
        asks.setdefault(name, []).append(last.rstrip("\"')]").endswith("?"))
    share = {n: sum(a) / len(a) for n, a in asks.items()}
    interviewer = max(share, key=lambda n: share[n])
    if share[interviewer] < 0.5 or (answers and len(share) == 1):
        interviewer = ""
    # the introduction: up to the first paragraph of a name that speaks twice ("Transcript:"
    # in a headline is no speaker's)
    first = min((i for i, n in named.items() if counts[n] >= 2), default=min(named))
    intro = reading[: paras[first][0].start]
    holders = {n: _holder(n, intro) or n for n in counts}
    for i, name in _turns(reading, paras, named).items():
        # the interviewer's turn that ends in a question is a question with its premise
        # ("I am so struck by the tone of this book. ... What is that about?"): no claims
        last = reading[paras[i][-1].start : paras[i][-1].end].rstrip("\"')]")
        premise = name == interviewer and last.endswith("?")
        for sp in paras[i]:
            asked_here = premise or reading[sp.start : sp.end].rstrip("\"')]").endswith("?")
            if (name == interviewer and asked_here) or (not interviewer and asked_here):
                # the interviewer's paragraphs; with no one who mostly asks, any question
                # (the host's "How unusual was it to hear that number: 30,000?") is no claim
                out.roles[sp.start] = "question"
            else:
                out.roles[sp.start] = "answer"
                out.speakers[sp.start] = holders[name]
                if holders[name] != name:
                    out.holders[sp.start] = f"'{name}' before the colon, named in the introduction"
                elif _INITIALS.fullmatch(name):  # "RC:" that the page never spells out
                    out.speakers[sp.start] = ""  # nobody named (extract40)
                    out.holders[sp.start] = (
                        f"{UNNAMED_INTERVIEWEE} ('{name}' before the colon: initials it never "
                        "spells out)"
                    )
    if not out.interviewee_found:
        out.interviewee_found = "the name before the colon"


def _turns(reading: str, paras: list[list[Span]], named: dict[int, str]) -> dict[int, str]:
    """Each paragraph of a transcript's turns, by the name that speaks it: a labelled
    paragraph, and the unlabelled ones after it up to the next label (a turn of several
    paragraphs); a heading (one line that ends without a full stop) ends the turn."""
    out: dict[int, str] = {}
    current = None
    for i, group in enumerate(paras):
        if i in named:
            current = named[i]
        elif _SPEAKER_PREFIX.match(reading, group[0].start, group[-1].end):
            current = None  # "Question: ...": another label's turn
        elif current is not None:
            last = reading[group[-1].start : group[-1].end]
            if len(group) == 1 and not _ENDS_SENTENCE.search(last.rstrip()):
                current = None
                continue
        if current is not None:
            out[i] = current
    return out


def _holder(role: str, intro: str) -> str | None:
    """The person a transcript's introduction names in the role before the colon: "Financial
    Secretary:" after "a media session by the Financial Secretary, Mr Ann Kerr" is Ann Kerr.
    A name before the colon, or a role the introduction names nobody in, is kept."""
    if re.fullmatch(r"[A-Z][a-z'’-]+", role) and not _has_role(role):  # "Brandt:": a surname
        full = set()
        for hit in re.finditer(rf"\b((?:[A-Z][\w'’-]+\s+){{1,2}}{re.escape(role)})\b", intro):
            words = hit.group(1).split()
            while len(words) > 1 and (_has_role(words[0]) or words[0] in ("The", "A", "An")):
                words.pop(0)  # "Mayor Lena Brandt": Lena Brandt
            if len(words) > 1 and _plausible_name(" ".join(words)):
                full.add(" ".join(words))
        return full.pop() if len(full) == 1 else None  # "Mayor Lena Brandt" in the intro
    if re.fullmatch(r"[A-Z]{2,3}", role):  # "MP:" after "minister Mangal Pandey": initials
        people = {
            _person_of(n)
            for n in _names(intro)
            if _looks_like_person(n)
            and "".join(w[0] for w in _person_of(n).split() if w[:1].isupper()) == role
        }
        return people.pop() if len(people) == 1 else None
    comma = "\\s*,?" if _has_role(role) else "\\s*,"  # "Port Commissioner, Ms Ann Kerr"
    m = re.search(
        rf"\b{re.escape(role)}{comma}\s+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?"
        r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})",
        intro,
    )
    if m is None or _has_role(m.group(1)) or not _plausible_name(m.group(1)):
        return None  # "Ann Lee, Health Minister": a role after a name is no holder
    return m.group(1)


_INTERVIEWED_BY = re.compile(r"\s(?:was|were|is|has\s+been|had\s+been)\s+interviewed\s+by\b", re.I)


def _interviewed_by(reading: str, sp: Span, text: str) -> str | None:
    """The person a passive introduction says was interviewed ("Mayor Ann Kerr was
    interviewed by our reporter": she answered, though the outlet's reporter asked)."""
    passive = _INTERVIEWED_BY.search(text)
    if passive is None:
        return None
    subject, _ = _subject_before(reading, sp.start, sp.start + passive.start())
    name = _valid_speaker(subject) if subject else None
    return _person_of(_DETERMINER.sub("", name)) if name and _looks_like_person(name) else None


def _interviewee_of(
    reading: str, intro: list[Span], display: set[int] | None = None
) -> tuple[str | None, str]:
    """The interviewee a passive introduction names first, else ``_interviewee``'s."""
    for sp in intro:
        passive = _interviewed_by(reading, sp, reading[sp.start : sp.end])
        if passive is not None:
            return passive, "the interviewee the introduction names"
    return _interviewee(reading, intro, display or set())


# A person the introduction presents as an outlet's ("the BBC's Tom Rowe", "CNN's Ann Kerr",
# "Sky News's political editor Ann Kerr"): the one who asks, never the interviewee
_OUTLETS_OWN = re.compile(
    r"(?:\b[A-Z]{2,}|\b(?:[A-Z][\w&]*\s+)*(?:News|Times|Post|Radio|TV|Television|Channel|"
    r"Network|Herald|Journal|Tribune|Telegraph|Guardian))['’]s?\s+"
    r"(?:(?!(?:interviews?|with|to|of|and|for|on|in)\b)[a-z]+\s+){0,3}"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
)
# "X's interview with Y": whose interview it is cannot be told from the words (the BBC's with
# a minister; a minister's with a presenter)
_WHOSE_INTERVIEW = re.compile(
    r"(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)['’]s?\s+(?:[\w'’-]+\s+){0,3}"
    r"interview\s+with\b"
)


_OUTLET_NAME = re.compile(
    r"\b[A-Z]{2,}\b|\b(?:News|Times|Post|Radio|TV|Television|Channel|Network|Herald|Journal|"
    r"Tribune|Telegraph|Guardian)$"
)


def _whose_interview_unsaid(text: str, end: int) -> bool:
    """Whether ``text`` up to ``end`` gives a person's "interview with" someone: "Ann Kerr's
    interview with Tom Rowe" is hers or his (the BBC's interview with her is the BBC's)."""
    m = _WHOSE_INTERVIEW.search(text)
    if m is not None and m.start() >= end:
        return False  # another cue before it tells
    return (
        m is not None
        and _OUTLET_NAME.search(m.group("who")) is None
        and _looks_like_person(m.group("who"))
        and not _looks_like_body(m.group("who"))
    )


def _askers(reading: str, intro: list[Span]) -> set[str]:
    """The people the introduction presents as an outlet's (``_OUTLETS_OWN``)."""
    return {
        m.group("name") for sp in intro for m in _OUTLETS_OWN.finditer(reading, sp.start, sp.end)
    }


def _cue_object(reading: str, sp: Span, obj_at: int) -> str | None:
    """The person after an interview cue's "to / with / of" (``obj_at``: where the name
    starts): "spoke to Ann Kerr", "an interview with Ann Kerr was broadcast" (the name, not its
    verb), "spoke to the head of the agency, Dr Sara Nasser, about ..." (the name after the
    role)."""
    obj = _subject_after(reading, obj_at - 1, sp.end)
    role = re.match(r"(?:the|a|an)\s+[^,]{1,60},\s*", reading[obj_at : sp.end])
    if role:
        obj = _subject_after(reading, obj_at + role.end() - 1, sp.end)
    if obj:
        obj = re.sub(r"(?<=[\w.'’])\s+(?:[a-z][\w'’-]*\s*)+$", "", obj)
    return obj


def _interviewee(reading: str, intro: list[Span], display: set[int]) -> tuple[str | None, str]:
    """The person an interview's introduction says answered: the subject of "X discussed
    with / spoke to / talked to", or the named person of "an interview with X"; else, as a
    guess, the first person its body text names (a headline's capitalised words, "Exit
    Interview", name no one: ``display`` holds the starts of the page's display text)."""
    askers = _askers(reading, intro)
    for sp in intro:
        text = reading[sp.start : sp.end]
        if _REPORTER.search(text):
            continue
        m = _INTERVIEW_CUE.search(text)
        if not m or _whose_interview_unsaid(text, m.end()):
            continue  # no cue, or "X's interview with Y": whose is not said
        subject, _ = _subject_before(reading, sp.start, sp.start + m.start())
        to = re.match(r"\s+(?:to|with|of)\s+", text[m.end() :])
        obj = _cue_object(reading, sp, sp.start + m.end() + to.end()) if to else None
        said = None
        if m.group().lower().startswith("interview") and to:
            subject = None  # "an interview with X"
            verb = _SAID.search(text, m.end())
            if verb:  # "In an interview with HT, the minister Ann Kerr said": the one who said
                said, _ = _subject_before(reading, sp.start, sp.start + verb.start())
        for name in (subject, obj, said):
            name = _valid_speaker(name) if name else None
            if name and _looks_like_person(name) and _person_of(name) not in askers:
                return _person_of(
                    _DETERMINER.sub("", name)
                ), "the interviewee the introduction names"
    for sp in intro:  # no cue names one: the first person the introduction names, a guess
        text = reading[sp.start : sp.end]
        if _REPORTER.search(text) or sp.start in display:
            continue
        for name in _names(text):
            name = _DETERMINER.sub("", name)
            if _DISPLAY_LABEL.search(name.upper()):
                continue  # "E&OE TRANSCRIPT": a page's label, no person
            if (
                _looks_like_person(name)
                and not _looks_like_body(name)  # "the Harbour Trust let 240 staff go"
                and _plausible_name(_person_of(name))
                and _person_of(name) not in askers
            ):
                return _person_of(name), "guess: the person the introduction names first"
    return None, ""
