"""Coreference: pronouns, surnames, roles and definite descriptions ("the company", "the
investigation", "the statement") resolved to an earlier speaker or named body."""

from __future__ import annotations

import re

from claimtrack.extract.cues import Body, Earlier, Sentence
from claimtrack.extract.lexicon import (
    _BODY_NOUNS,
    _BODY_WORDS,
    _CALENDAR,
    _DETERMINER,
    _DOCUMENT_NOUNS,
    _INQUIRY_NOUNS,
    _NOT_NAMES,
    _REFLEXIVE,
    _ROLE,
    MAX_LEAD_WORDS,
)
from claimtrack.extract.phrases import (
    _NAME_PART,
    _clean_phrase,
    _has_role,
    _looks_like_body,
    _looks_like_person,
    _main_subject,
    _names,
    _person_of,
)

_GROUP_WORDS = {"police", "army", "military", "government", "officials", "authorities",
                "residents", "witnesses", "protesters", "organisers", "organizers"}  # fmt: skip


def _fits(pronoun: str, name: str, genders: dict[str, str] | None = None) -> bool:
    """ "he"/"she" stand for a person, never a named body ("the institute"), and never for a
    person the article marks as the other ("Ms Kerr" is no "he"); "it" for a body, never a
    titled or full personal name."""
    if pronoun in ("he", "she") and genders and name.split():
        known = genders.get(re.sub(r"['’]s?$", "", name.split()[-1]))
        if known is not None and known != pronoun:
            return False
    if pronoun in ("he", "she"):  # one capitalised word ("Jaguar", "Trump") may be either
        if name[:1].islower():  # "coalition", "the agency": a body
            # the head noun before its modifiers: "man serving with the ... Forces" is a man
            first = re.split(r"\s+(?:of|from|in|at|with|for|who|[a-z]+ing)\b", name)[0]
            head = first.split()[-1].lower()
            return head not in _BODY_WORDS | _DOCUMENT_NOUNS | {"study", "survey"}
        if len(name.split()) == 1 and name.lower() in _BODY_WORDS | _GROUP_WORDS:
            return False  # "Police", "Government": a body, whatever its capital
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
    g = s.genders
    if previous is not None and previous.speaker and _fits(pronoun, previous.speaker, g):
        s.claimant = previous.claimant
        return previous.speaker, "pronoun: previous sentence's speaker"
    if previous is not None and previous.last_speaker:
        speaker, claimant = previous.last_speaker
        if _fits(pronoun, speaker, g):
            s.claimant = claimant
            return speaker, "pronoun: the speaker two or three sentences back"
    if pronoun == "it" and previous is not None and not previous.speaker and previous.bodies:
        said = previous.bodies[-1]
        if said[1][:80] == previous.opening.lower():  # "The Survey measured 7.8. It said"
            return said[0], "pronoun: the body the previous sentence opens with"
    if pronoun in ("he", "she") and previous is not None and not previous.speaker:
        opening = " ".join(_reading_words(previous)[:8])
        people = [
            n
            for n in previous.named
            if _looks_like_person(n)
            and not _looks_like_body(n)
            and n.split()[0] in opening
            and _fits(pronoun, n, g)
        ]  # the subject the sentence opens with, not a place or a school named in passing
        if people:  # "Dr Ann Lee, head of X, disagreed. ... he said": the person just named
            person = re.sub(r"['’]s$", "", _person_of(people[0]))  # "Mr Dave's view"
            return person, "pronoun: the person named in the previous sentence"
    marked = [e for e in earlier if g.get(re.sub(r"['’]s?$", "", e[1].split()[-1])) == pronoun]
    for _, speaker, claimant in reversed(marked or earlier):  # "Ms Lopez" first for "she"
        if _fits(pronoun, speaker, g):
            s.claimant = claimant
            return speaker, "pronoun: the article's last speaker it can stand for"
    for person in reversed(previous.people if previous is not None else ()):
        if _fits(pronoun, person, g):  # "Tom Reed visited the site. Police said ... He said"
            return person, "pronoun: the last person a sentence opened with"
    if previous is not None and previous.named and _fits(pronoun, previous.named[-1], g):
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
    said = s.last_said
    if not lead.strip() and said is not None and reading.count("\n\n", said[0], s.span.start) <= 2:
        s.claimant = said[2]  # '"We have never seen this."' a paragraph after her narration
        return said[1], f"guess: the last speaker, {said[1]}, a paragraph or two before"
    return None


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


_A_PERSON = re.compile(
    r"the\s+(?:(\d{1,3})-year-old(?:\s+(man|woman))?|(man|woman|person))", re.IGNORECASE
)
_PERSON_GENDER = {"man": "he", "woman": "she"}


def _person_back(speaker: str, earlier: Earlier) -> tuple[str, str | None, str] | None:
    """ "the man", "the woman", "the 61-year-old": the last earlier speaker who is one person
    (a name, or a singular description: "a farmer from the valley"), of that age when one is
    given ("Sam Odu, 61,"); "the man" is never a body, a group or a woman marked so."""
    m = _A_PERSON.fullmatch(speaker)
    if m is None:
        return None
    age, noun = m.group(1), (m.group(2) or m.group(3) or "").lower()
    for phrase, name, org in reversed(earlier):
        if age is not None:
            if re.search(rf"\b{age}\b", phrase):
                return name, org, f"'{speaker}': the earlier {name}, aged {age}"
            continue
        first = re.split(r"\s+(?:of|from|in|at|with|who|for)\s", _DETERMINER.sub("", name))[0]
        singular = not first.lower().endswith("s") or _looks_like_person(first)
        body = _looks_like_body(name) or first.split()[-1].lower() in _BODY_WORDS
        women = re.search(r"\b(?:woman|women|she|her|Ms|Mrs)\b", phrase)
        men = re.search(r"\b(?:man|men|he|his|Mr)\b", phrase)
        wrong = (noun == "man" and women) or (noun == "woman" and men)
        if singular and not body and not wrong:
            return name, org, f"'{speaker}': the last person who spoke, {name}"
    return None


def _corefer(
    speaker: str, earlier: Earlier, bodies: tuple[Body, ...] = ()
) -> tuple[str, str | None, str | None]:
    """(speaker, claimant, how) when ``speaker`` refers to an earlier one: "the spokesperson"
    after "a spokesperson for X", "Dillon" after "Col. Ryan Dillon"; else (speaker, None, None).
    """
    person = _person_back(speaker, earlier)
    if person is not None:
        return person
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


def _media(head: str, modifiers: list[str], earlier: Earlier) -> tuple[str, str | None, str] | None:
    """ "the newspaper", "the broadcaster": the last named paper or broadcaster that spoke
    ("China Daily", "NTV News"), by a word of its name."""
    if head not in _MEDIA_NOUNS or modifiers:
        return None
    for _, name, org in reversed(earlier):
        if any(w.lower() in _MEDIA_WORDS for w in name.split()[1:]) and name[:1].isupper():
            return name, org, f"'the {head}': the last named {head} that spoke"
    return None


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
        person = _looks_like_person(name) and _has_role(phrase)  # not "(a rescue group)"
        if agree and person and head not in name.lower().split():
            continue  # "the government" is not the official described as of it
        if agree and name.lower() != speaker.lower():
            return name, org, f"'the {head}': the earlier {name}"
    if (head in _DOCUMENT_NOUNS or head in _DATA_NOUNS) and earlier:
        _, name, org = earlier[-1]  # "the statement", "the figures": the last speaker's
        return name, org, f"'the {head}': the last speaker's"
    media = _media(head, modifiers, earlier)
    if media is not None:  # "the newspaper": the last paper that spoke
        return media
    if head in _BODY_NOUNS and not modifiers:  # "the transport ministry" is not any body
        for phrase, name, org in reversed(earlier):
            said = {w.lower().strip(".,()") for w in f"{phrase} {name}".split()}
            other = said & (_BODY_NOUNS | _BODY_KINDS) - {head} - _ANY_BODY
            other -= _COMPANY if head in _COMPANY else set()
            if other and head not in said:
                continue  # "the union" is not "State broadcaster NTV" nor "Bank of Norland"
            if _looks_like_body(name) and name.lower() != speaker.lower():
                return name, org, f"'the {head}': the last named body that spoke"
        of_kind = [n for n, _, kinds in bodies if head in kinds]
        if of_kind:  # a body of unknown kind is never guessed: "the company" stays unresolved
            name = of_kind[-1]
            return name, name, f"'the {head}': the last named body of that kind"
    return speaker, None, None


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


# a body's work that can speak for it: "a global study", "the research", "a new report"
# what a body is introduced as ("the charity Shelter Now", "the consultancy Kestrel Partners")
_BODY_KINDS = {"charity", "ngo", "consultancy", "think-tank", "watchdog", "broadcaster",
               "newspaper", "campaign", "lobby", "website", "firm", "pollster"}  # fmt: skip
# kinds of one family: "the company" may be "Kestrel Motors", "the carmaker", "the firm"
_COMPANY = {"company", "firm", "group", "carmaker", "manufacturer", "operator", "airline",
            "lender", "bank", "corporation", "business"}  # fmt: skip
_ANY_BODY = {"body", "organisation", "organization", "institution", "group"}
# a newspaper, a broadcaster or a wire by its name: "China Daily", "The Herald", "NTV News"
_MEDIA_NOUNS = {"newspaper", "paper", "daily", "broadcaster", "channel", "station", "network"}
_MEDIA_WORDS = {"daily", "times", "post", "news", "journal", "herald", "gazette", "tribune",
                "telegraph", "guardian", "observer", "express", "mail", "star", "chronicle",
                "radio", "tv", "television", "press", "standard", "courier"}  # fmt: skip
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_DATA_NOUNS = {"data", "figures", "statistics", "numbers", "results", "estimates", "estimate",
               "count", "tally", "census", "poll", "records"}  # fmt: skip
_WORK_NOUNS = _INQUIRY_NOUNS | _DOCUMENT_NOUNS | _DATA_NOUNS | {"research", "paper"}
_WORK_RE = "|".join(sorted(_WORK_NOUNS))
_BODY_HEAD = "|".join(sorted(_BODY_NOUNS | {"police", "army", "military", "government"}))
# its author beside it: "carried out by the Boston-based Clean Air Institute", "by the WHO",
# "from Kestrel Bank", "compiled by the charity Shelter Now", "from the statistics office"
_BY_AUTHOR = re.compile(
    r"\b(?:by|from|of|at)\s+(?:the\s+)?(?:[A-Za-z]+-based\s+)?((?:[a-z-]+\s+){0,2}?)"
    r"([A-Z][\w'’&.-]*(?:\s+(?:of|for|and|on|the|[A-Z][\w'’&.-]*)){0,7}|"
    rf"(?:[a-z-]+\s+){{0,3}}(?:{_BODY_HEAD})\b(?!\s+[A-Z]))"
)
# the work's own description right after it: "figures released by X", "data from X"
_WORK_BY = re.compile(
    rf"\b(?:{_WORK_RE})\b\s*,?\s*(?:(?:[a-z]+ed|carried\s+out|drawn\s+up)\s+)?"
    r"(?:(?:on|last|this|in)\s+\w+\s+)?(?:by|from|of|at)\s[^,;:\"]{0,80}",
    re.IGNORECASE,
)
# a later sentence naming it: "The study, by the X, ...", "The research, carried out by X"
_WORK_LATER = re.compile(
    rf"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w-]+\s+){{0,2}}?(?:{_WORK_RE})\b([^.;\"]{{0,90}})"
)
_OWNER_LATER = re.compile(
    rf"((?:[A-Z][\w'’&.-]*\s+){{0,5}}[A-Z][\w&.-]*)['’]s?\s+(?:[\w-]+\s+){{0,2}}?(?:{_WORK_RE})\b"
)
# "the US-based Health Research Institute released a study on Tuesday"
_MADE_LATER = re.compile(
    r"((?:[A-Z][\w'’&.-]*\s+){0,5}[A-Z][\w&.-]*)\s+(?:has\s+|had\s+)?(?:released|published|"
    r"conducted|carried\s+out|issued|commissioned|produced|compiled)\s+(?:a|an|the|its)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{_WORK_RE})\b"
)


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
    name = " ".join(words)
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
    if head not in _WORK_NOUNS:
        return None
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
            author = _author_named(m.group(1))
        else:
            author = re.sub(r"^(?:The\s+)?(?:[A-Za-z]+-based\s+)?", "", m.group(1).strip())
        if author and _names(author) and _not_a_person(author):
            return author, f"the author of '{speaker}', named after the sentence"
    return None


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
    for text in (appositive or "", phrase):
        his = _HIS_ROLE.match(text)
        if his:  # "His spokesman said": the last person who spoke, a man
            pronoun = "he" if his.group(1).lower() == "his" else "she"
            for _, name, _org in reversed(earlier):
                if _looks_like_person(name) and _fits(pronoun, name, s.genders):
                    return name, f"'{his.group(1).lower()}' is {name}, the last person who spoke"
            return None
        if _ITS_ROLE.match(text):
            for _, name, _org in reversed(earlier):
                said = {w.lower() for w in name.split()}
                if _looks_like_body(name) or said & (_BODY_WORDS | _BODY_NOUNS):
                    return name, f"'{text.split()[0].lower()}' is {name}, the last body that spoke"
            return None
        m = _FOR_BODY.search(text) or _LOWER_ORG_ROLE.search(text)
        if m is None:
            continue
        words = [w for w in m.group(1).lower().split() if w not in _RANKS]
        body, mods, head = " ".join(words), words[:-1], words[-1]
        name, _, how = _definite(f"the {body}", mods, head, earlier, s.bodies)
        body_like = bool(how) and not _has_role(name)
        body_like = body_like and (
            _looks_like_body(name)
            or name.split()[-1].lower() in _BODY_WORDS | _GROUP
            or (how or "").startswith(
                f"'the {head}': the earlier"
            )  # "White Helmets, a rescue group"
        )
        if body_like and name[:1].isupper():
            return name, f"speaks for '{body}': {how}"
        named = _body_named_before(body, reading, s.span.start)
        if named is not None:
            return named, f"speaks for '{body}': the {named} named before"
        if body_like:
            return name, f"speaks for '{body}': {how}"
    return None


_SHE = (
    r"spokeswoman|chairwoman|woman|mother|grandmother|widow|businesswoman|congresswoman|wife|"
    r"daughter|sister|actress|girl"
)
_HE = (
    r"spokesman|chairman|man|father|grandfather|widower|businessman|congressman|husband|son|"
    r"brother|actor|boy"
)
_BESIDE = r",\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,3}?"
_NAME_RUN = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}"
_GENDER_CUES = (
    (re.compile(rf"\b(?:Mr|Mister|Sir|Lord)\.?\s+({_NAME_RUN})"), "he"),
    (re.compile(rf"\b(?:Ms|Mrs|Miss|Madam|Dame|Lady)\.?\s+({_NAME_RUN})"), "she"),
    (
        re.compile(rf"({_NAME_RUN}),\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){{0,3}}?(?:{_HE})\b"),
        "he",
    ),
    (
        re.compile(rf"({_NAME_RUN}),\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){{0,3}}?(?:{_SHE})\b"),
        "she",
    ),
    (re.compile(rf"\b(?:{_HE})\s+({_NAME_RUN})"), "he"),
    (re.compile(rf"\b(?:{_SHE})\s+({_NAME_RUN})"), "she"),
)


def genders(reading: str) -> dict[str, str]:
    """Surname -> "he" or "she" where the article marks it: a title ("Mr Reed", "Ms Kerr"),
    or a gendered role beside the name ("Ann Kerr, a spokeswoman", "chairman Tom Reed"). A
    surname marked both ways is left out: a pronoun is then resolved without it."""
    seen: dict[str, set[str]] = {}
    for rx, g in _GENDER_CUES:
        for m in rx.finditer(reading):
            surname = re.sub(r"['’]s?$", "", m.group(1).split()[-1])
            seen.setdefault(surname, set()).add(g)
    return {name: gs.pop() for name, gs in seen.items() if len(gs) == 1}


def _opening_person(s: Sentence) -> list[str]:
    """The person a sentence opens with ("Tom Reed, the mayor, visited ..."), for a later
    "he" or "she" that no speaker fits: a name of two words or a titled one, not a body."""
    opening = " ".join(s.opening.split()[:6])
    for name in s.named[:1]:
        if _looks_like_person(name) and not _looks_like_body(name) and opening.startswith(name):
            return [_person_of(re.sub(r"['’]s$", "", name))]
    return []
