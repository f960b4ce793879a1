"""Who a work or a person speaks for: a study, a report or data and the body that made them
("A global study ... The study, by the X Institute"; "Figures released by the Bank of
Norland"), and the body a spokesperson or an official speaks for ("its spokesman", "a
police spokesman" -> the body the article names)."""

from __future__ import annotations

import re

from claimtrack.extract import agents, mentions, works
from claimtrack.extract.coreference import _corefer, _definite, _fits, _subject_body
from claimtrack.extract.cues import Earlier, Sentence
from claimtrack.extract.lexicon import (
    _BODY_KINDS,
    _BODY_NOUNS,
    _BODY_WORDS,
    _CALENDAR,
    _DATA_NOUNS,
    _DETERMINER,
    _DOCUMENT_NOUNS,
    _INQUIRY_NOUNS,
    _NOT_NAMES,
    _ROLE,
    _WEEKDAYS,
)
from claimtrack.extract.phrases import _has_role, _looks_like_body, _looks_like_person, _names

_WORK_NOUNS = _INQUIRY_NOUNS | _DOCUMENT_NOUNS | _DATA_NOUNS | works.nouns() | {"research", "paper"}
_WORK_RE = "|".join(sorted(_WORK_NOUNS))
_BODY_HEAD = "|".join(sorted(_BODY_NOUNS | {"police", "army", "military", "government"}))
# its author beside it: "carried out by the Boston-based Clean Air Institute", "by the WHO",
# "from Kestrel Bank", "compiled by the charity Shelter Now", "from the statistics office"
_BY_AUTHOR = re.compile(
    r"(?<!seen\s)(?<!obtained\s)(?<!reviewed\s)(?<!leaked\s)\b(?:by|from|of|at)\s+(?:the\s+)?(?:[A-Za-z]+-based\s+)?((?:[a-z-]+\s+){0,2}?)"
    r"([A-Z][\w'’&.-]*(?:\s+(?:of|for|and|on|the|[A-Z][\w'’&.-]*)){0,7}|"
    rf"(?:[a-z-]+\s+){{0,3}}(?:{_BODY_HEAD})\b(?!\s+[A-Z]))"
)
# what opens a work's own description of its author, right after the work: ", released by",
# " carried out by", " from", " published last week by"
_DESCRIBED_BY = (
    r"\s*,?\s*(?:(?:[a-z]+ed|carried\s+out|drawn\s+up)\s+)?(?:(?:on|last|this|in)\s+\w+\s+)?"
    r"(?:by|from|of|at)\s"
)
# the work's own description right after it: "figures released by X", "data from X"
_WORK_BY = re.compile(rf"\b(?:{_WORK_RE})\b{_DESCRIBED_BY}[^,;:\"]{{0,80}}", re.IGNORECASE)
# a later sentence naming it: "The study, by the X, ...", "The research, carried out by X"
_WORK_LATER = re.compile(
    rf"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w-]+\s+){{0,2}}?(?:{_WORK_RE})\b([^.;\"]{{0,90}})"
)
_OWNER_LATER = re.compile(
    rf"((?:[A-Z][\w'’&.-]*\s+){{0,5}}[A-Z][\w&.-]*)['’]s?\s+(?:[\w-]+\s+){{0,2}}?(?:{_WORK_RE})\b"
)
# a later sentence's words after the work that open its description (``_WORK_LATER``)
_WORK_DESCRIBED = re.compile(_DESCRIBED_BY)
# "the Geneva-based Clean Water Trust published a report on Friday"
_MADE_LATER = re.compile(
    r"((?:[A-Z][\w'’&.-]*\s+){0,5}[A-Z][\w&.-]*)\s+(?:has\s+|had\s+)?(?:released|published|"
    r"conducted|carried\s+out|issued|commissioned|produced|compiled)\s+(?:a|an|the|its)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{_WORK_RE})\b"
)


# the people of a work named before them: "study author NAME", "report co-author NAME",
# "survey director NAME" are persons who speak, not the work
_WORK_PEOPLE = frozenset({"author", "authors", "co-author", "co-authors", "lead", "leader",
                          "director", "editor", "researcher", "researchers", "team", "chair",
                          "coordinator", "head", "organiser", "organizer"})  # fmt: skip


def _author_named(text: str) -> str | None:
    """The author a work's description names ("by the Clean Air Institute"), a name only."""
    m = _BY_AUTHOR.search(text)
    if m is None:
        return None
    described = set(m.group(1).split())  # "the charity Shelter Now": a body by its kind
    words = m.group(2).split()
    when = [i for i, w in enumerate(words) if w.lower() in _CALENDAR | _WEEKDAYS]
    words = words[: when[0]] if when else words  # "Bank of Norland on Monday"
    while words and words[-1].lower() in ("of", "for", "and", "on", "the"):
        words.pop()
    name = re.sub(r"(?<=[a-z]{2})(?<!Inc)\.$", "", " ".join(words))  # the sentence's stop
    if name[:1].islower():  # "the national statistics office": a body, unnamed
        return name
    body = bool(described & (_BODY_WORDS | _BODY_KINDS)) or _not_a_person(name)
    return name if name and _names(name) and body else None


def _not_a_person(name: str) -> bool:
    """A body's name ("Bank of Norland", "Clean Air Institute"), not "Dr Ann Lee"."""
    bodyish = any(w.lower().strip(".,") in _BODY_WORDS for w in name.split())
    return bodyish or _looks_like_body(name) or not _looks_like_person(name)


def _work_author(
    reading: str, speaker: str, appositive: str | None, end: int, said: str = ""
) -> tuple[str, str] | None:
    """(author, how) for a speaker that is a work of no named body ("a global study", "the
    research"): the body its description names ("The research, carried out by X,"), else the
    body named as its author after it ("The study, by X, ..."; "X's study"; "X released a
    study"), up to three paragraphs and 1,000 characters on. None when no body is named: it
    stays as written."""
    words = _DETERMINER.sub("", speaker.lower()).split()
    head = words[-1] if words and words[-1] in _WORK_NOUNS else words[0] if words else ""
    if head not in _WORK_NOUNS or (len(words) > 1 and words[1] in _WORK_PEOPLE):
        return None  # "study author Dr. Ann Lee": a person, the work's author (extract45)
    own = _WORK_BY.search(said)  # ``said``: the words before the verb ("Figures released by X")
    beside = _author_named(appositive or "") or (_author_named(own.group()) if own else None)
    if beside is not None:
        return beside, f"the author of '{speaker}' named beside it"
    window = reading[end : end + 1000]
    breaks = [m.start() for m in re.finditer(r"\n+", window)]
    window = window[: breaks[3]] if len(breaks) > 3 else window  # up to three paragraphs on
    found = [*_WORK_LATER.finditer(window), *_OWNER_LATER.finditer(window)]
    for m in sorted([*found, *_MADE_LATER.finditer(window)], key=lambda m: m.start()):
        if m.re is _WORK_LATER:
            # only the work's own description: "The study, by X", "the report, published by
            # X"; never a "from X" further on ("the report concedes that data was requested
            # from X", where X is whom the auditors asked)
            if not _WORK_DESCRIBED.match(m.group(1)):
                continue
            author = _author_named(m.group(1))
        else:
            author = re.sub(r"^(?:The\s+)?(?:[A-Za-z]+-based\s+)?", "", m.group(1).strip())
        if author and _names(author) and _not_a_person(author) and _can_speak(author, reading):
            return author, f"the author of '{speaker}', named after the sentence"
    return None


def _can_speak(author: str, reading: str) -> bool:
    """An author named later must pass the agent test (extract/agents.py): "Statistics"
    opening a later sentence is no author of the report."""
    return agents.speaker_kind(author, reading) not in agents.NOT_AGENT


# bodies spoken for without a name: "a police spokesman", "ministry officials", "a
# spokeswoman for the agency", "its spokesman"
_BODY_KIND = "|".join(sorted(_BODY_NOUNS | {"police", "army", "military", "government"}))
_LOWER_ORG_ROLE = re.compile(
    rf"(?:^|\s)((?:[a-z-]+\s+){{0,2}}?(?:{_BODY_KIND}))(?:['’]s)?\s+(?:{_ROLE})\b"
)
_FOR_BODY = re.compile(
    rf"\b(?i:{_ROLE})\s+(?:for|of|at|with)\s+(?:the|its|their)\s+((?:[a-z-]+\s+){{0,2}}?"
    rf"(?:{_BODY_KIND}))\b(?!\s+(?:of|for)\s+[A-Z])"
)
_HIS_ROLE = re.compile(
    rf"^(his|her)\s+(?:[a-z-]+\s+)?(?:{_ROLE}|office|campaign|lawyers?|party)\b", re.IGNORECASE
)
_HIS_BODY = re.compile(
    r"(his|her)\s+(?:own\s+)?(?:department|ministry|office|agency|government|administration|"
    r"company|firm|party|team|organi[sz]ation|union)",
    re.IGNORECASE,
)
_ITS_ROLE = re.compile(rf"^(?:its|their)\s+(?:[a-z-]+\s+)?(?:{_ROLE})\b", re.IGNORECASE)
_GROUP = {"police", "army", "military", "government"}
# rank words that say nothing of the body: "a senior government official" speaks for government
_RANKS = {"senior", "junior", "top", "former", "local", "chief", "deputy", "high-ranking", "a",
          "an", "the"}  # fmt: skip


def _body_named_before(phrase: str, reading: str, before: int) -> str | None:
    """The named body an unnamed one is, from the article before ``before``: "police" ->
    "Rostock police", "the government" -> "Pakistani government", "the ministry" -> "Ministry
    of Health" (the latest such mention; a plain noun is never a name)."""
    words = phrase.lower().split()
    if not words or words[-1] not in _GROUP | _BODY_NOUNS:
        return None
    head = words[-1]
    before_name = re.compile(r"((?:[A-Z][\w'’.&-]*\s+){1,4}(?:[a-z-]+\s+){0,2})$")
    after_name = re.compile(
        r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:and\s+)?[A-Z][\w'’.&-]*){0,4}"
    )
    for at in reversed([m for m in re.finditer(rf"\b{head}\b", reading[:before], re.I)]):
        lead = before_name.search(reading, max(0, at.start() - 80), at.start())
        tail = after_name.match(reading, at.end()) if at.group()[:1].isupper() else None
        if lead is not None:
            name = lead.group(1) + at.group()
        elif tail is not None:
            name = at.group() + tail.group()
        else:
            continue
        name = re.split(r"(?<=[a-z]{2})[.!?:;,]\s+", name)[-1]  # never across a sentence
        parts = name.split()
        cut = max((i + 1 for i, w in enumerate(parts) if w.lower() in _NOT_NAMES), default=0)
        parts = parts[cut:]  # "Related Coverage The senior government": no name
        if any(w[:1].isupper() for w in parts) and all(m in name.lower() for m in words[:-1]):
            return " ".join(parts)
    return None


def _body_spoken_for(
    reading: str, s: Sentence, phrase: str, appositive: str | None, earlier: Earlier
) -> tuple[str, str] | None:
    """(body, how) for a speaker who speaks for a body the text does not name beside them:
    "a police spokesman", "X, a spokeswoman for the agency", "its spokesman, X": the body
    resolved as "the police", "the agency" are (an earlier speaker, a named body of that
    kind, the body named before); "its" is the last named body that spoke. None otherwise."""
    same = re.fullmatch(rf"the\s+(?:[a-z-]+\s+)?(?i:{_ROLE})", (appositive or "").strip(), re.I)
    if same:  # "The spokesperson, Ama Owusu," after "A ministry spokesperson said": its body
        _, org, how = _corefer(same.group().lower(), earlier)
        if how and org and (_looks_like_body(org) or org.split()[-1].lower() in _BODY_WORDS):
            return org, f"{how}, who spoke for {org}"
    for text in (appositive or "", phrase):
        dept = _HIS_BODY.fullmatch(text.strip())
        if dept and s.last_said is not None:  # "His department said": the body he spoke for
            _, name, org = s.last_said
            pronoun = "he" if dept.group(1).lower() == "his" else "she"
            if (
                org
                and org != name
                and _looks_like_person(name)
                and _fits(pronoun, name, s.genders)
                and (_looks_like_body(org) or org.split()[-1].lower() in _BODY_WORDS)
            ):
                return (
                    org,
                    f"'{text.strip()}' is {org}, whom {name}, the last person who spoke, "
                    "speaks for",
                )
            return None
        his = _HIS_ROLE.match(text)
        if his:  # "His spokesman said": the person who spoke last in the paragraph, a man
            pronoun = "he" if his.group(1).lower() == "his" else "she"
            name = s.last_said[1] if s.last_said is not None else ""
            recent = s.last_said is not None and "\n" not in reading[s.last_said[0] : s.span.start]
            bodyish = any(w.lower() in _BODY_WORDS for w in name.split())
            if (
                recent
                and _looks_like_person(name)
                and not bodyish
                and _fits(pronoun, name, s.genders)
            ):
                return name, f"'{his.group(1).lower()}' is {name}, the last person who spoke"
            return None
        if _ITS_ROLE.match(text):
            for _, name, _org in reversed(earlier):
                said = {w.lower() for w in name.split()}
                if _looks_like_body(name) or said & (_BODY_WORDS | _BODY_NOUNS):
                    return name, f"'{text.split()[0].lower()}' is {name}, the last body that spoke"
            return None
        m = _FOR_BODY.search(text) or _LOWER_ORG_ROLE.search(text)
        got = _kind_spoken_for(reading, s, text, m, earlier) if m is not None else None
        if got is not None:
            return got
    return None


# the words a company's spokesperson goes by ("a company spokesperson", "a firm spokesman"); a
# group's may be any body's
_FIRM = {"company", "firm", "business", "corporation"}


def _kind_spoken_for(
    reading: str, s: Sentence, text: str, m: re.Match[str], earlier: Earlier
) -> tuple[str, str] | None:
    """(body, how) for "a police spokesman", "a spokeswoman for the agency" (``m`` finds the
    body's kind in ``text``): the body of that kind resolved, named before, or the nation's
    ("Sudanese army spokesman"); None otherwise."""
    words = [w for w in m.group(1).lower().split() if w not in _RANKS]
    body, mods, head = " ".join(words), words[:-1], words[-1]
    nation = _nation_before(text, m.start(1))
    if nation is not None and head in _GROUP | _STATE_BODIES:
        # "Sudanese army spokesman X": the Sudanese army, no body the article names
        return f"{nation} {body}", f"speaks for the {nation} {body}"
    subject = _subject_body(reading, s) if head in _FIRM and not mods else None
    if subject is not None and subject.lower() not in text.lower():
        # "Acme also cut prices, a company spokesperson said": the company the sentence is about
        return subject, f"guess: speaks for '{body}': {subject}, the sentence's subject"
    # "a company spokesperson": a doubt when the page names several companies before
    before = reading[: s.span.start] if head in _FIRM else ""
    name, _, how = _definite(f"the {body}", mods, head, earlier, s.bodies, before)
    if head in ("army", "military") and _ARMED_NAME.search(name):
        return None  # "an army spokesman" is not the "Norland Liberation Army"'s
    body_like = bool(how) and not _has_role(name)
    body_like = body_like and (
        _looks_like_body(name)
        or name.split()[-1].lower() in _BODY_WORDS | _GROUP
        or (how or "").startswith(f"'the {head}': the earlier")  # "White Helmets, a rescue group"
    )
    if body_like and name[:1].isupper():
        return name, f"speaks for '{body}': {how}"
    named = _body_named_before(body, reading, s.span.start)
    if named is not None:
        return named, f"speaks for '{body}': the {named} named before"
    if body_like:
        return name, f"speaks for '{body}': {how}"
    return None


# bodies of a state a nationality before them names ("Sudanese army", "Kenyan police")
_STATE_BODIES = {"ministry", "navy", "air force", "forces", "embassy"}
# the words an armed group's name goes by, never a state's army: "Sudan Liberation Army"
_ARMED_NAME = re.compile(
    r"\b(?:Liberation|Rebels?|Resistance|Revolutionary|Movement|Front|Militia|Brigades?|"
    r"Insurgents?|Mujahideen|Jihad)\b"
)


def _nation_before(text: str, at: int) -> str | None:
    """The nationality written right before ``at`` ("Sudanese army" -> "Sudanese"), as the
    adjective its government goes by; None when there is none."""
    m = re.search(r"([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)\s+$", text[:at] + " ")
    if m is None:
        return None
    for words in (m.group(1), m.group(1).split()[-1]):
        country = mentions.country_of(words)
        if country is not None:
            return mentions.adjective_of(country)
    return None


# an armed group named by the article ("the Liberation Tigers of Tamil Eelam (LTTE)") that
# "the rebels" may be, when it names one only
_ARMED = re.compile(
    r"^(?:the\s+|a\s+)?(?:[\w'’]+-(?:led|backed|based|allied)\s+)?"
    r"(?:rebels|insurgents|militants|guerrillas|guerillas|separatists|"
    # "the rebel group", "a separatist rebel group", "the armed movement"
    r"(?:(?:separatist|secessionist|rebel|insurgent|militant|armed|guerrilla)\s+){1,2}"
    r"(?:group|movement|organi[sz]ation|force|army|front))$",
    re.I,
)  # "the Tuareg-led rebels" too
_ARMED_GROUP = re.compile(
    r"\b((?:[A-Z][\w'’-]+\s+(?:(?:of|for|the)\s+)*){0,6}?(?:Liberation|Front|Army|Movement|"
    r"Forces|Tigers|Brigades?|Militia|Resistance|Rebels)(?:\s+(?:(?:of|for|the)\s+)*[A-Z][\w'’-]+)"
    r"{0,4})\s*\([A-Z][A-Za-z-]{1,7}\)"
)


def _armed_group(reading: str, speaker: str) -> str | None:
    """ "the rebels": the one armed group the article names with its initials (a guess), ""
    when it names none or several, None when the speaker is no such group noun."""
    if not _ARMED.match(speaker):
        return None
    groups = {re.sub(r"^(?:The|the)\s+", "", m.group(1)) for m in _ARMED_GROUP.finditer(reading)}
    return groups.pop() if len(groups) == 1 else ""
