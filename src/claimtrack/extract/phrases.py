"""Noun phrases: the subject read back from an attribution verb (appositions, inserts,
relative clauses, datelines), what can be a speaker, names, persons and bodies."""

from __future__ import annotations

import itertools
import re

from claimtrack.extract import works
from claimtrack.extract.lexicon import (
    _ADVERBS,
    _BODY_KINDS,
    _BODY_NOUNS,
    _BODY_WORDS,
    _CALENDAR,
    _CAP_RUN,
    _CLAUSE,
    _CLAUSE_WORDS,
    _DETERMINER,
    _DOCUMENT_NOUNS,
    _FIGURE_LEAD,
    _FOR_ORG,
    _FUNCTION_WORDS,
    _ING_NOUNS,
    _INQUIRY_NOUNS,
    _IRREGULAR_PAST,
    _JUDGED_FOR,
    _NOT_NAMES,
    _NOUN_LIKE,
    _OPENERS,
    _ORG_ROLE,
    _PREP_WORDS,
    _PREPOSITION,
    _PRONOUNS,
    _PUBLISHED,
    _RELATIVE,
    _ROLE,
    _SPEECH_WORDS,
    _SUBJECT_STOP,
    _TIME_OPENER,
    _VERB_WORDS,
    _WEEKDAYS,
    GLUED_ARTICLE,
    MAX_SUBJECT_WORDS,
    NAME_JOIN,
    NAME_PARTICLE,
    NAME_WORD,
)
from claimtrack.extract.mentions import _BY_CAPITAL
from claimtrack.extract.roles import portfolio_only

# an adverb closing a subject ("X previously said"), not a noun in -ly ("the ministry's tally")
_TRAILING_ADVERB = re.compile(
    r"\s+(?!(?:tally|rally|ally|family|assembly|supply|anomaly|monopoly|reply)$)[a-z]+ly$"
)


# a description owning a name: "the country's Electoral Board", "the ex-Soviet republic's
# Central Election Commission": the name is the speaker; a named owner ("Russia's") stays
_DESCRIBED_OWNER = re.compile(r"^(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*['’]s\s+(?=[A-Z])")


def _clean_phrase(text: str) -> str:
    text = _RELATIVE.sub("", text.strip(" ,:;\"'—–-"))
    text = _DESCRIBED_OWNER.sub("the ", text)
    while True:
        new = _SUBJECT_STOP.sub("", text).strip()
        new = _TRAILING_ADVERB.sub("", new) if len(new.split()) > 1 else new
        if new == text:
            break
        text = new
    text = text.strip(" ,:;\"'—–-")
    text = re.sub(r"\s*\([DRI]\.?\s*[-–,]\s*[A-Z][A-Za-z. ]{1,20}\)$", "", text)  # "(R-Texas)"
    text = re.sub(  # "A federal jury Friday awarded": the day says when, not who
        r"(?<!Black)(?<!Good)(?<!Cyber)(?<!Man)\s+(?:(?:on|late|early|last)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
        r"Sunday)(?:\s+(?:morning|afternoon|evening|night))?$",
        "",
        text,
    )
    if text.endswith(".") and not re.search(r"\b[A-Z][a-z]?\.$|\b(?:[A-Z]\.)+$", text):
        text = text[:-1]
    return text


# a title or a rank abbreviated before a name, where a run of capitals stops at its stop:
# "Former State Sen. Ann Kerr" reads "Former State Sen" and "Ann Kerr" (extract37)
_ABBREVIATION_END = re.compile(
    r"\b(?:Sen|Rep|Gov|Gen|Col|Lt|Capt|Sgt|Adm|Brig|Maj|Cmdr|Supt|Insp|Det|Dr|Prof|Mr|Mrs|Ms)$"
)


def _names(text: str) -> list[str]:
    """The runs of capitalised words of ``text`` that may be names; a run that ends on an
    abbreviated title right before a name ("Former State Sen. Ann Kerr") is the title's, not
    a name: only the name after it is kept."""
    out = []
    for m in _CAP_RUN.finditer(text):
        if _ABBREVIATION_END.search(m.group()) and re.match(r"\.\s+[A-Z]", text[m.end() :]):
            continue
        words = m.group().rstrip(".,;:").split()
        while words and words[0].lower() in _NOT_NAMES:
            words.pop(0)
        if words and (len(words) > 1 or words[0].lower() not in _NOT_NAMES):
            out.append(" ".join(words))
    return out


# a relative clause with its own subject right before the verb: "..., which police say",
# "... in which the agency said": the subject after the relative word speaks
_RELATIVE_SUBJECT = re.compile(
    # "a difference that analysts said was too big", "a man who police said was armed": the
    # relative clause's own subject speaks, not the noun it describes
    r"(?:^|[\s,])(?:which|whom|in\s+which|of\s+which|where|that|who)\s+"
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
    if _VERB_AND_OBJECT.match(own.group(1)):
        return None  # "The survey which covers nine countries found": a verb and its object
    pronoun = own.group().strip(" ,").split()[0].lower()
    if pronoun in ("that", "who") and not _RELATIVE_NOUN_PHRASE.fullmatch(own.group(1)):
        return None  # "Officials who visited the site said": the officials, not "visited ..."
    return own.group(1)


# a verb in -s and its object opening a relative clause: "which covers nine countries",
# "which looks at the figures", "that tracks the cost"
_VERB_AND_OBJECT = re.compile(
    r"[a-z]+[^s\W]s\s+(?:at\s+|on\s+|into\s+)?(?:the|a|an|its|their|some|all|every|\d[\d,.]*|"
    r"two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|more)\b"
)


# the subject of a relative clause after "that" or "who", where these may as well be its
# subject ("who visited the site"): a noun phrase with a determiner or a capital ("the
# ministry", "Ann Kerr"), or one word that is no verb ("police", "analysts")
_RELATIVE_NOUN_PHRASE = re.compile(
    rf"(?!.*\b(?:[a-z]+ed|{_IRREGULAR_PAST})\b)"
    r"(?:(?:the|a|an|his|her|their|its|some|many|most|several)\s+[\w'’.&-]+(?:\s+[\w'’.&-]+)*"
    r"|[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)*"
    r"|(?![a-z]+(?:ing|ed)\b)[a-z]+)"
)


def _dashes_as_commas(before: str) -> str:
    """ "The union – which represents 9,000 nurses – said": a pair of dashes is a pair of
    commas around an insert (one dash alone is not); a relative clause right before the verb
    holding a clause of its own ("who spoke ... because he was not authorised") is cut."""
    if len(re.findall(r"\s(?:–|—|--)\s", before)) == 2:
        return re.sub(r"\s+(?:–|—|--)\s+", ", ", before)
    who = re.search(r",\s+(?:who|whose|which)\s[^\"“”]*?,\s*$", before)
    if who and re.search(r"\b(?:because|as|since|although|when|after|but)\b", who.group()):
        return before[: who.start()] + ","  # "An official, who spoke ... because he ..., said"
    if (
        who
        and len(_last_clause(before)) < len(before) - who.start()
        and _NAMED_ANTECEDENT.search(before[: who.start()])
    ):
        # "Sharma, who spent hours at the airport amid criticism, told", "Tom Reed, who told
        # a rally that the town was safe, said": a conjunction or a "that" inside the
        # relative clause opens no clause of the verb's; the name before ", who" speaks
        # (extract37)
        return before[: who.start()] + ","
    return before


# the end of a name or a short noun phrase a relative clause can follow: "Janet Sharma",
# "the union", "Tranzurban"
_NAMED_ANTECEDENT = re.compile(
    r"(?:^|[\s,])(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}|(?:the|a|an)\s+[a-z][\w'’-]*"
    r"(?:\s+[a-z][\w'’-]*){0,2})\s*$"
)


_TRAILING_BRACKET = re.compile(r"(?<=\w)\s*\([^()\n]{1,40}\)\s*$")


def _subject_before(reading: str, start: int, verb_start: int) -> tuple[str | None, str | None]:
    """(speaker phrase, appositive) read backwards from the verb to a clause boundary."""
    before = _DATELINE.sub("", reading[start:verb_start])
    before = _dashes_as_commas(before)
    # a bracket just before the verb says more of the name before it (a ticker, an acronym,
    # a party and state, an age): "Harbour Air Holdings (NYSE:HAH) announced", "the World
    # Health Organization (WHO) said", "Ann Kerr (D-Ohio) said": the name, never the bracket
    before = _TRAILING_BRACKET.sub(" ", before)
    # Stop at a closing quotation mark (the quote this verb attributes) or a colon/semicolon.
    cut = max(before.rfind('"'), before.rfind(":"), before.rfind(";"))
    if cut >= 0:
        before = before[cut + 1 :]
    # an adverb after an auxiliary is no clause: "The White House has since downplayed"
    before = re.sub(
        r"\b((?:has|have|had)(?:\s+not)?)\s+(?:since|already|just|long|yet)\s*$", r"\1 ", before
    )
    # the judgement told of the subject before a gerund of saying: "X was criticised for
    # claiming" (``lexicon._JUDGED_FOR``): X
    before = _JUDGED_FOR.sub("", before)
    # an adverb after a description's comma: "X, a spokeswoman for Y, previously told"
    before = re.sub(r",\s+(?:[a-z]{3,}ly|earlier|later|also)\s*$", ", ", before)
    pronoun = re.search(r"\b(he|she|they|it|we|i)\s*$", before, re.IGNORECASE)
    if pronoun:
        return pronoun.group(1).lower(), None
    own = (
        _relative_subject(before)
        or _what_subject(reading, verb_start, before)
        or _joined_subject(reading, start, verb_start, before)
    )
    if own is not None:  # "The violence, which police say left ...": police
        return own, None
    # "Officials in Leeds, where the storm destroyed 300 homes, said": the officials; the
    # clause between the commas tells of the place, and its subject is none
    before = re.sub(r"(?<=\w),\s+(?:where|when)\s[^,;]*,\s*$", ", ", before)
    before = _last_clause(before)
    # "X, a spokesman, said", "Obi, 61, a former governor, has rejected": descriptions
    comma = bool(
        re.search(
            r",\s*(?:(?:has|have|had|is|are|was|were|also|not|never|did|does|do|"
            r"(?:did|does|do)n't)\s+)*$",
            before,
        )
    )
    parts = [p.strip() for p in re.split(r"(?<!\d),|,(?!\d)", before)]  # not "500,000"
    appositive = None
    while parts and (not _clean_phrase(parts[-1]) or parts[-1].lower() in _ADVERBS):
        parts.pop()
    if not parts:
        return None, None
    # "Director of the ... Center at the ministry Gen. Ann Kerr": Ann Kerr
    inserted = _before_insert(parts)
    if inserted is not None:
        return inserted
    described = (_before_descriptions(parts) if comma else None) or _titled_name(
        _clean_phrase(parts[-1])
    )
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
    last = _LEADING_ADJUNCT.sub("", last, count=1)  # "At the conference yesterday Tony Blair"
    return _person_of_body(last) or ((last or None), appositive)


_DAY_OR_MONTH = (
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    r"May|June|July|August|September|October|November|December"
)
# a sentence's opening adverbial with no comma before its subject (extract41): a preposition,
# lower-case words (a day or a month may be among them), then the subject: a name, or "the"
# and one or two lower-case nouns ("In a statement on Friday the ministry said": the ministry)
_LEADING_ADJUNCT = re.compile(
    rf"(?:At|In|On|During|After|Before|Speaking\s+(?:at|to|on|in))\s+"
    rf"(?:(?:[a-z][\w'’-]*|{_DAY_OR_MONTH}|\d{{1,2}})\s+){{1,6}}?"
    r"(?=(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}$|"
    r"the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?$)"
)


def _joined_subject(reading: str, start: int, verb_start: int, before: str) -> str | None:
    """ "X did not provide this but said that ...": the subject of the clause the verb is
    joined on to by "but", "and" or "yet" with no subject of its own."""
    joined = re.search(r"[\s,](?:but|and|yet)\s*$", reading[start:verb_start])
    if joined is None or before.rstrip().endswith('"'):
        return None
    return _main_subject(reading, start, start + joined.start())


# a rank or a courtesy title that opens a person's name ("Major General", "Dr")
_RANK = (
    r"(?:(?:Major|Lieutenant|Brigadier|General|Colonel|Captain|Admiral|Sergeant|Commander|Inspector|"
    r"Lt|Maj|Gen|Col|Capt|Brig|Sgt|Dr|Mr|Mrs|Ms|Prof)\.?\s+)"
)
_NAME_WORD = r"[A-Z][a-z][\w'’-]*"
_TITLED_NAME = re.compile(rf"(?:^|\s)({_RANK}*{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})$")


def _titled_name(phrase: str) -> tuple[str, str] | None:
    """A title described in lower-case words, closing on the holder's name: "Head of the
    Regional Operations Room at the agency Brigadier General Ann Kerr" -> (the name with its rank,
    the whole phrase as its description), where the head of the phrase would keep the title
    and drop the name; a title of capitalised words stays with the name ("Minister of Land
    and Environment Ann Kerr"). The name follows a lower-case word, a rank or a role (not
    the tail of a body's name: "member of the circle of Al Adl Wal Ihsane", "Minister of
    Land and Environment Ann Kerr"), and keeps its initials ("candidate AHM Ann Kerr")."""
    m = _TITLED_NAME.search(phrase)
    if m is None:
        return None
    title, name = phrase[: m.start(1)].strip(), m.group(1)
    rank = re.match(_RANK + "+", name)
    words = name[rank.end() :].split() if rank else name.split()
    initials = re.search(r"(?:^|\s)((?:[A-Z]\.){1,4}|[A-Z]{2,4})$", title)
    if initials and not rank:  # "JaPa candidate AHM Golam Shahid"
        title, name = title[: initials.start(1)].strip(), f"{initials.group(1)} {name}"
    if (
        # a title of capitalised words stays with the name, unless a rank opens the name:
        # "Spokesperson of the Ministry of Defence Lieutenant Ann Kerr" (extract51)
        (not rank and not re.search(r"\b(?!(?:of|and|for|the|de)\b)[a-z]{2,}", title))
        or not _has_role(title)
        or not _closes_title(title, bool(rank))
        or re.search(r"\b(?:[a-z]+ed|led)\s+by\b", title)  # "the mission led by ... X"
        or {w.lower() for w in words} & (_BODY_WORDS | _CALENDAR | _WEEKDAYS)
        or any(re.fullmatch(rf"(?i:{_ROLE})", w) for w in words)
    ):
        return None
    return name, phrase  # the whole phrase describes her: "Kenya's Minister of ..." -> Kenya


def _closes_title(title: str, ranked: bool) -> bool:
    """The title's last word can stand right before a name: a role, a lower-case word that
    ends a phrase ("at the ministry"), or any word before a rank; never "of", "for" or "and"
    (a body's name goes on; "a spokeswoman for Ms Kerr" speaks for her)."""
    last = title.split()[-1] if title.split() else ""
    if last.lower() in {"of", "for", "and", "the", "on", "de", "du", "by", "with", "to"}:
        return False
    return ranked or last[:1].islower() or bool(re.fullmatch(rf"(?i:{_ROLE})", last))


# a verb in the past after its subject ("his rival refused"), and the subject a clause joined by
# "and" may open with: a determiner, a name, a plural noun ("observers", "the unions")
_FINITE_PAST = re.compile(r"\b[A-Za-z]+\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\s+(?!by\b)")
_NEW_SUBJECT = re.compile(
    r"(?:(?:the|a|an|some|many|most|other)\s+)?(?:[a-z-]+\s+)?(?!\w+(?:ed|ing)\b)[a-z]+s|"
    # a singular noun with its determiner: "The hearing ran for 12 days and the jury found"
    r"(?:the|a|an|its|their)\s+(?:[a-z-]+\s+)?(?!\w+(?:ed|ing)\b)[a-z]{3,}|"
    r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
)


# a clause word opening a participle with no subject of its own, running to the verb: the
# participle's object a determiner's phrase or a pronoun, and no verb of its own ("while
# neighboring Bihar state reported" is an adjective's clause with its own subject)
_PARTICIPLE_ADJUNCT = re.compile(
    r"\s(?:while|when|after|before|since|despite|in)\s+(?:(?:[a-z]{2,}ing)\s+(?:the|a|an|its|"
    r"his|her|their|this|that|these|those|it|them|him|reporters|journalists)\b|(?:asked|"
    r"questioned|pressed)\b)(?:\s+(?!(?:was|were|is|are|has|have|had|will|would|when|who|"
    r"which|that|and|but)\b)[\w'’-]+){0,5}\s*$"
)

# "what X said would have been ...": the subject of the relative "what", with a verb of
# being after the verb of saying
_WHAT_SUBJECT = re.compile(
    r"\bwhat\s+((?:the\s+|a\s+|an\s+)?[\w'’.&-]+(?:\s+[\w'’.&-]+){0,3}?)\s*$", re.IGNORECASE
)
_WHAT_SAID_WAS = re.compile(
    r"[a-z]+\s+(?:would|was|were|is|are|will|could|might|may|had|has)\b", re.IGNORECASE
)


def _what_subject(reading: str, verb_start: int, before: str) -> str | None:
    """ "from what the chief said would have been a routine stop": the chief; "than what the
    firm told regulators" tells of no claim of theirs (no verb of being after the verb)."""
    what = _WHAT_SUBJECT.search(before)
    if what is None or not _WHAT_SAID_WAS.match(reading, verb_start):
        return None
    return _clean_phrase(what.group(1)) or None


def _last_clause(before: str) -> str:
    """The words before a verb from its own clause's start: after a conjunction ("while",
    "because"), after "that" ("We should mention that the White House has downplayed"), and
    after "and" joining a clause ("Boats were sent to the town and media reports said")."""
    adjunct = _PARTICIPLE_ADJUNCT.search(before)
    if adjunct is not None and adjunct.start() > 0 and before[: adjunct.start()].strip(" ,"):
        # "Sokoto State police command while confirming the attack said": a clause with no
        # subject of its own, between the subject and its verb
        before = before[: adjunct.start()]
    before = _CLAUSE.split(before)[-1]
    before = re.split(r"\bthat\s+(?=(?:the|a|an)\s|[A-Z])", before)[-1]
    joined = list(re.finditer(r"\s(?:and|but)\s+(?=\S)", before))
    if joined and len(before[joined[-1].end() :].split()) <= 4:
        head = before[: joined[-1].start()]
        rest = before[joined[-1].end() :]
        if re.search(r"\b(?:has|have|had|is|are|was|were|will|would|did)\s+[a-z]+", head):
            before = rest
        elif (
            _FINITE_PAST.search(head.split(",")[-1])
            or re.search(rf"^\s*\S+(?:\s+\S+)?\s+(?:{_IRREGULAR_PAST})\b", head.split(",")[-1])
        ) and _NEW_SUBJECT.fullmatch(rest.strip()):
            # "..., but her opponent declined to accept the count and monitors protested":
            # a clause of its own after a verb in the past (no comma between them: "killed
            # 14, forcing thousands to flee, state media and rescue officials said" is one
            # subject), its subject a noun phrase
            before = rest
    return before


def _person_of_body(phrase: str) -> tuple[str, str] | None:
    """ "Dr Ann Lee of the Harbour Clinic": (Dr Ann Lee, "of the Harbour Clinic"); a role
    before the name keeps it for the claimant ("Governor Ann Kerr of the Central Bank":
    "Governor of the Central Bank"); "Bank of England" is a body, not a person."""
    of = _PERSON_OF.fullmatch(phrase)
    if of is None or not _looks_like_person(of.group(1)) or _looks_like_body(of.group(1)):
        return None
    if re.search(rf"\b(?i:{_ROLE})$", of.group(1)) and _ends_with_person(of.group(2)):
        return None  # "Kenya's Minister of Health Ann Kerr": a title, the name after it
    role = re.match(rf"(?i:{_ROLE})\b", of.group(1))
    return of.group(1), (f"{role.group()} {of.group(2)}" if role else of.group(2))


# a person's name, then the body they are of: "Dr Ann Lee of the Harbour Clinic"
# a person's name closing a title's "of" phrase: "of Health Ann Kerr", "of State John Kerry"
_TRAILING_NAME = re.compile(r"\S\s+([A-Z][a-z][\w'’-]*)\s+([A-Z][a-z][\w'’-]+)$")


def _ends_with_person(phrase: str) -> bool:
    """The phrase after a title's "of" closes on a person's name after the body's words ("of
    Health Ann Kerr"), not on a body's own name ("of the Central Bank", "Harbour Board")."""
    m = _TRAILING_NAME.search(phrase)
    return m is not None and not {m.group(1).lower(), m.group(2).lower()} & _BODY_WORDS


_PERSON_OF = re.compile(
    rf"((?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?(?:{NAME_WORD}\s+{NAME_JOIN}){{1,3}}{NAME_WORD})\s+"
    # "from the" before a body as "of" is ("Cmdr. Ann Vos from the U.S. Coast Guard";
    # extract49); "from Leeds", a town, stays a description
    r"(of\s+(?:the\s+)?[A-Z].*|from\s+the\s+[A-Z].*)"
)


# A comma part that is an insert after the subject: "That survey, undertaken by teams ...,
# estimated"; "X, who leads Y, said".
_INSERT = re.compile(
    r"^(?:who|which|whose|(?:[a-z]+(?:ed|en))(?:\s+(?:out|up))?\s+(?:by|in|at|from|with)|"
    r"based\s|led\s|[a-z]+ing\s+(?:to|on|at|from|in|with|after|before|outside|during)\s)",
    re.I,
)
# a participle insert right before the verb: "The army, citing intelligence reports, said"
_ING_INSERT = re.compile(
    r"^(?:(?!(?:" + "|".join(sorted(_ING_NOUNS)) + r")\b)[a-z]+ing|(?!(?:ed|need|speed|feed)\b)"
    r"[a-z]+ed|written|given|taken|drawn|seen|known)\s",
    re.I,
)

# A comma part that describes the person before it: an age, a town, a party, a role.
_DESCRIPTION = re.compile(
    # counsel's side in British court reporting: "Ann Vance, prosecuting, said", "Tom Reed,
    # defending, said", "..., for the defence, told the court" (extract28)
    r"^(?:(?:prosecuting|defending|mitigating)$|(?:representing|for\s+the\s+(?:prosecution|"
    r"defen[cs]e|crown|claimants?|respondents?|appellants?))\b.*|\d{1,3}|aged\s+\d+|(?:commonly|also|better|widely|popularly)\s+known\s+as\s.+|(?:from|of|at|in|on|near|with)\s.+|(?:a|an|the)\s.+|"
    r"(?:[A-Z]\w+\s+)?(?:Democrat|Republican|Independent|member|head|leader|chair\w*|"
    r"managing|director|partner|president|secretary|spokes\w+)\b.*)$"
)

# a capitalised title of office after a name, which looks like a name itself: "Mr Ann Kerr,
# Upper East Regional Minister, told", "Tom Reed, Deputy Chief Executive, said"
_TITLE_OF_OFFICE = re.compile(rf"(?:[A-Z][\w'’-]*\s+){{1,4}}(?i:{_ROLE})")

_NAME_PART = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Prof|Lt|Maj|Capt)\.?\s+)?"
    rf"{NAME_WORD}(?:\s+(?:[A-Z][\w'’.-]*|{NAME_PARTICLE}(?:-[\w'’]+)?))*"
)


def _antecedent(name: str) -> str:
    """The noun phrase a relative clause follows: "some drivers were threatened by the
    fighters" -> "the fighters" (a short phrase is taken whole)."""
    tail_np = re.search(
        r"(?:\b(?:the|a|an)\s+[\w-]+(?:\s+[\w-]+){0,2}|"
        r"\b[A-Z][\w.'-]*(?:\s+(?:(?:of|for|and|on|de)\s+)?[A-Z][\w.'-]*){0,5})$",
        name,
    )
    verb = re.search(r"\b(?:was|were|is|are|been)\b|\w+ed\s+by\b", name)
    if tail_np and not verb:
        lead = name[: tail_np.start()].split()
        if (
            lead
            and lead[-1].lower() in ("at", "in", "of", "for", "from", "with", "on")
            and len(name.split()) <= 8
        ):
            return name  # "A doctor at a hospital in Idlib, who ...": the whole noun phrase
    if tail_np and (len(name.split()) > 4 or verb):
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
    if (
        short
        and re.match(r"(?:the|an?)\s", tail, re.I)
        and tail.split()[-1].lower() in _BODY_WORDS
        and not _NAME_PART.fullmatch(_clean_phrase(parts[-2]))
    ):  # "NAME, a former minister, trailed with 36 percent, the election commission said":
        # a body after a clause describes no one; it is the subject
        return None
    for k in range(1, len(parts)):
        # an insert runs to the verb: "The victims, both 19, died at the scene, police said"
        # has its subject after it
        runs = all(_INSERT.match(p) or _DESCRIPTION.match(p) for p in parts[k + 1 :])
        if not runs and _subject_like(_clean_phrase(parts[-1])):
            continue
        ing = k == last and _ING_INSERT.match(parts[k])
        if ing and _NAME_PART.fullmatch(_clean_phrase(parts[k])):
            ing = None  # "..., Ahmed al-Masri said": a name ending in "-ed", no participle
        if _INSERT.match(parts[k]) or ing:
            j = k - 1
            while j > 0 and _DESCRIPTION.match(parts[j]) and not _NAME_PART.fullmatch(parts[j]):
                j -= 1  # "Peter Grant, 64, who runs 3 shops, said": the name before the age
            named = _clean_phrase(parts[j])
            if j < k - 1 and _NAME_PART.fullmatch(named) and len(named.split()) >= 2:
                return named, ", ".join(parts[j + 1 :])  # a full name, not "However"
            subject = _clean_phrase(parts[k - 1])
            if re.match(r"(?:who|which|whose)\b", parts[k], re.I):
                subject = _antecedent(subject)
            if subject and len(subject.split()) <= 8:
                return subject, ", ".join(parts[k:])
            return None
    return None


def _subject_like(phrase: str) -> bool:
    """A short noun phrase that can be a subject of its own ("police", "the company", "the
    central election commission": three words after its determiner)."""
    words = re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.I).split()
    named = all(w[0].isupper() or w in ("of", "for", "and", "on") for w in words)
    if not words or len(words) > (6 if named else 3) or _PREPOSITION.match(phrase):
        return False  # "among others": none; "the Independent National Electoral Commission"
    return bool(_names(phrase)) or _credible_common(phrase.lower())


def _before_descriptions(parts: list[str]) -> tuple[str, str] | None:
    """ "NAME, 64, from Leeds, said": the name, with the rest as its description."""
    if len(parts) < 2:
        return None
    k = len(parts) - 1
    while k > 0 and (
        (_DESCRIPTION.match(parts[k]) and not _NAME_PART.fullmatch(parts[k]))
        or (_TITLE_OF_OFFICE.fullmatch(parts[k]) and _NAME_PART.fullmatch(parts[k - 1]))
    ):
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


def _head(phrase: str) -> str:
    """ "The first full census of the housing shortage in coastal Peru": its head
    (a long phrase is cut before its first lower-case prepositional phrase)."""
    reduced = re.match(
        r"(.+?)\s+(?:[a-z]+ed|hired|based|tasked|led|known|paid)(?:\s+"
        r"(?:for|by|in|from|at|to|with|on|last|this|earlier|yesterday|over)\s|$)",
        phrase,
    )
    if (
        reduced
        and not re.search(r"\b(?:is|are|was|were|has|have|had)$", reduced.group(1))
        and re.search(r"[A-Za-z]{3}", _FIGURE_LEAD.sub("", reduced.group(1)))
    ):
        return reduced.group(1)  # "Drivers hired for the evacuation": "Drivers"
    acting = re.match(
        r"(.+?)\s+(?!(?:" + "|".join(sorted(_ING_NOUNS)) + r")\b)[a-z]{2,}ing\s+"
        r"(?:to|for|in|on|at|with|from|near|inside|across|along)\s|"
        r"(.+?)\s+(?!(?:" + "|".join(sorted(_ING_NOUNS)) + r")\b)[a-z]{2,}ing$",
        phrase,
    )
    noun = acting and (acting.group(1) or acting.group(2))
    if (
        noun
        and _credible_common(_DETERMINER.sub("", noun).lower())
        and not re.search(r"\b[A-Z]", phrase[len(noun) :])  # "a man serving with the X Forces"
    ):
        return noun  # "aid groups trying to get food to survivors": "aid groups"
    if len(phrase.split()) > 6:
        head = re.match(r"(.+?)\s+(?:of|in|on|at|for|from)\s+(?:the\s+)?(?!the\s)[a-z]", phrase)
        if head and len(head.group(1).split()) >= 2:
            return head.group(1)
    return phrase


_OWN_REPORTER = re.compile(
    r"(?:our|this\s+newspaper's|this\s+paper's|this)\s+(?:own\s+)?(?:\w+\s+)?"
    r"(?:correspondents?|reporters?|journalists?|newspaper|staff|writer|team)\b"
)


_DATE_WORDS = _CALENDAR | _WEEKDAYS


# prepositions whose object is never the start of a new subject ("Organisers of the march
# against the visit of X": the organisers, not the visit)
_MORE_PREPS = {"against", "over", "about", "into", "after", "before", "during", "under",
               "between", "among", "amid", "despite", "toward", "towards", "through",
               "across", "around", "near", "without", "within", "behind"}  # fmt: skip


# words of a clause, never of a speaker's name or description: a figure standing alone after
# the phrase's head ("The storm destroyed 300 homes"; a figure that opens the phrase, "Some
# 300 protesters", is stripped first, and one glued to letters, "G7", "9/11", is a name), or a
# past tense with its object after a noun ("people greeted Peter Grant"; not "the newly
# elected Mayor", "so-called Islamic State")
_A_CLAUSE = re.compile(
    r"(?<![\w/.,-])\d[\d,.]*(?![\w/-])"
    r"|(?<=[a-z]\s)(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)(?<!ly\s)[a-z]{3,}ed\s+"
    r"(?:(?:the|a|an|some|his|her|their|its)\b|[A-Z]|\d)"
)


def _a_clause(phrase: str) -> bool:
    """Whether a subject read before a verb is the words of a clause, not a speaker: "The
    storm destroyed 300 homes in Leeds", "Some 3,000 people greeted Peter Grant" (a figure
    that opens the phrase is no sign: "Some 300 protesters said")."""
    words = _FIGURE_LEAD.sub("", phrase.strip())
    for m in _A_CLAUSE.finditer(words):
        before = words[: m.start()].split()
        dated = bool(before) and before[-1].lower().strip(".,") in _CALENDAR
        if not (dated or re.fullmatch(r"(?:19|20)\d\d", m.group())):
            return True  # not "the October 14 statement", "the 2019 report": dates
    return False


# a small count of people in words that says who spoke: "Two officials", "three witnesses"
_COUNTED_PEOPLE = re.compile(
    r"(?i:two|three|four|five|six|seven|eight|nine|ten)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:officials|sources|witnesses|residents|diplomats|officers|soldiers|doctors|people|"
    r"analysts|experts|economists|lawmakers|legislators|senators|ministers|members|workers|"
    r"employees|aides|advisers|advisors|investigators|police\s+officers|survivors|villagers)"
)


def _valid_speaker(phrase: str) -> str | None:
    """The speaker a phrase can be, or None: a noun phrase, not a number, a sentence opener,
    a prepositional phrase or a fragment ("000", "An", "In morning", "He wondered")."""
    phrase = re.sub(r"^by\s+", "", phrase.strip())  # "predicted by organisers, who said"
    # "an effort the government": the noun phrase right before the verb
    words = phrase.split()
    for i in range(len(words) - 1, 0, -1):
        prev = words[i - 1].lower()
        if words[i].lower() in ("the", "a", "an") and prev not in _PREP_WORDS | _MORE_PREPS:
            if (prev.endswith(("ing", "ed")) and prev not in _ING_NOUNS) or prev in _VERB_WORDS:
                break  # "transporting the expelled fighters": an object, not a new subject
            phrase = " ".join(words[i:])
            break
    words = phrase.split()
    cut = next(
        (
            i
            for i in range(2, len(words))
            if words[i].lower() in _MORE_PREPS
            # a preposition with a capital inside a capitalised run is a title's word: "the
            # Money Around the World survey by X" is not cut at "Around"
            and not (words[i][:1].isupper() and words[i - 1][:1].isupper())
        ),
        None,
    )
    if cut is not None:  # "Organisers of the march against the visit of X": the organisers
        phrase = " ".join(words[:cut])
    phrase = _head(phrase)
    stripped = _FIGURE_LEAD.sub("", phrase).strip()
    if re.match(r"-year-old\b", stripped):  # "The 61-year-old": a person by age
        stripped = phrase
    if _COUNTED_PEOPLE.fullmatch(phrase):  # "Two officials": how many spoke, kept with them
        stripped = phrase
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
    if len(low.split()) > 1 and (first in _PRONOUNS or phrase.startswith(("that ", "whether "))):
        # "He wondered", "He also ruled out the possibility"; a that-clause's subject is no
        # speaker: "X said ..., and that authorities there confirmed" is X's
        return None
    bare = _DETERMINER.sub("", phrase)
    # a day's or a month's capital is no sign of a name: "Prosecutors gave their opening
    # statement Wednesday morning" is a clause, "Jurors were selected Tuesday" too
    undated = " ".join(w for w in bare.split() if w.lower().strip(".,'s") not in _DATE_WORDS)
    if undated[1:] == undated[1:].lower() and not _credible_common(undated.lower()):
        return None  # "gap", "saying", "members of parliament they believe ..."
    return phrase


def _credible_common(phrase: str) -> bool:
    phrase = re.sub(r"\b(?:close|closest|near)\s+to\b", "close", phrase)  # "a source close to"
    words = re.sub(r"^(?:the|a|an)\s+", "", phrase).split()
    if not words or len(words) > 6 or _CLAUSE_WORDS & set(words):
        return False
    head = re.sub(r"['’]s?$", "", words[-1])
    if head in ("ruling", "rulings"):
        return True  # "the ruling": a court's, a noun (the court resolves it, coreference.py)
    # "saying", "warning": a participle or a verb is no speaker
    return not (
        head.endswith("ing") or (head in _SPEECH_WORDS and head not in _NOUN_LIKE | {"accused"})
    )


def _has_role(phrase: str) -> bool:
    return bool(re.search(rf"\b(?:{_ROLE})\b", phrase, re.IGNORECASE))


def _looks_appositive(phrase: str) -> bool:
    return bool(
        re.match(rf"(?:a|an|the)\s+(?:\w+\s+){{0,3}}(?:{_ROLE})\b", phrase, re.I)
        or re.match(rf"(?:{_ROLE})\b", phrase, re.I)
        # a job title with its body and no article: "public affairs officer at the agency"
        or re.match(rf"(?:[a-z]+\s+){{1,3}}(?:{_ROLE})\s+(?:at|for|of|with)\s", phrase)
        or _PARTY_STATE.fullmatch(phrase)
    )


# a US legislator's party and state beside the name: "D-Ohio", "R-N.Y.", "(D., Calif.)"
_PARTY_STATE = re.compile(r"\(?[DRI]\.?\s*[-–,]\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?\)?")


# people who work at a body, named by it: "researchers at the X School of Public Health"
_GROUP_AT = r"researchers|scientists|experts|doctors|economists|academics|analysts|investigators"
_GROUP_AT_BODY = re.compile(
    r"\s*((?:at|from|with)\s+(?:the\s+)?)"
    r"([A-Z][\w'’&-]*(?:\s+(?:of|for|and|on|&)?\s*[A-Z][\w'’&-]*){0,7})"
)


_GLUED = f"(?:{GLUED_ARTICLE})?"  # "al-Masri"


def _subject_after(reading: str, verb_end: int, end: int) -> str | None:
    after = reading[verb_end:end]
    m = re.match(
        r"\s+((?:[\w'.-]+\s*|\([A-Z&]{2,8}\)\s*){1,8}?)(?=[,.;:\"]|$|\s*(?<!\w)(?:on|in|at|to|last|"
        r"this|yesterday|today|"
        r"earlier|during|after|before|when|while|who|which|that|seen|obtained)\b)",
        after,
    )
    if m is None:
        return None
    phrase = _clean_phrase(m.group(1))
    at_body = _GROUP_AT_BODY.match(after, m.end())
    if (
        at_body
        and re.fullmatch(rf"(?:the\s+)?(?:{_GROUP_AT})", phrase, re.IGNORECASE)
        and _looks_like_body(at_body.group(2))
    ):  # "researchers at the Johns Hopkins School"
        return f"{phrase} {at_body.group(1)}{at_body.group(2)}"
    named = re.match(
        rf",\s+((?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?{_GLUED}[A-Z][\w'’-]+"
        rf"(?:\s+{NAME_JOIN}{_GLUED}[A-Z][\w'’-]+){{1,3}})"
        r"\s*(?:[,.;]|$)",
        after[m.end() :],
    )
    if (
        named
        and re.match(r"(?:the|a|an|its|their|his|her)\s", phrase, re.I)
        and _plausible_name(_person_of(named.group(1)))
    ):
        return named.group(1)  # '"...," said the study's lead author, Dr Ann Lee': Dr Ann Lee
    of = _PERSON_OF.fullmatch(phrase)
    if of and _looks_like_person(of.group(1)) and not _looks_like_body(of.group(1)):
        return of.group(1)  # '"...," said Ian Gray of Kestrel Partners': Ian Gray
    return phrase


def _org_of(speaker: str, appositive: str | None) -> str | None:
    for text in (appositive, speaker):
        if not text:
            continue
        at = re.fullmatch(rf"(?:the\s+)?(?:{_GROUP_AT})\s+(?:at|from|with)\s+(?:the\s+)?(.+)", text)
        if at and _looks_like_body(at.group(1)):  # "researchers at the X School": the School
            return at.group(1)
        m = _FOR_ORG.search(text)
        if m:  # "head of the Red Crescent in the province": the Red Crescent
            org = re.sub(r"\s+(?:in|at|on|near|across)\s+(?:the\s+)?[a-z].*$", "", m.group(1))
            org = _clean_phrase(org)
            ranked = re.search(
                rf"\s+{_RANK}+{_NAME_WORD}(?:\s+{NAME_JOIN}{_NAME_WORD}){{1,2}}$", org
            )
            if ranked and _looks_like_body(org[: ranked.start()]):
                # "Spokesperson of the Ministry of Defence Lieutenant Ann Kerr": a rank opens
                # the name, so the body before it is whole (extract51)
                return org[: ranked.start()]
            if org and _ends_with_person(org) and m.end() == len(text.rstrip()):
                # "Minister of Health Ann Kerr": the name closes the title, no body after it;
                # "Kenya's Minister of ...": the country whose minister she is
                owner = re.match(r"((?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)['’]s\s", text)
                return owner.group(1) if owner else None
            if org and _names(org):
                return org
        m = _ORG_ROLE.search(text)
        plural = m is not None and re.search(r"s$", text[: m.end()]) and " " not in m.group(1)
        title = m is not None and (  # "Chief executive Lena Fox", "Opposition candidate X"
            _has_role(m.group(1))
            or m.group(1).lower() in _NO_ORG
            or portfolio_only(m.group(1))  # "Trade minister, Jane Doe,": no body named "Trade"
        )
        based = m is not None and bool(
            re.search(r"-based$", m.group(1))
        )  # "a London-based monitor"
        placed = m is not None and not _employer(m.group(1), text[m.end(1) : m.end()])
        if m and _names(m.group(1)) and not plural and not title and not based and not placed:
            # not "Toronto lawyer Ann Kerr", "a Gaza resident": a place, no body
            return re.sub(r"['’]s?$", "", _DETERMINER.sub("", m.group(1)).strip())
        m = _POSSESSIVE_ROLE.search(text)
        if m:  # "the national disaster agency's spokesman", "Senator Ann Kerr's office"
            return _strip_title(_DETERMINER.sub("", m.group(1)).strip())
    return None


# roles that a capitalised word before them places, not employs: "a Gaza resident", "Kherson
# man"; and roles of people working on their own account, employed only by a body that says so
# ("ACLU lawyer", "Justice Department attorney", not "Toronto lawyer")
_PLACED_ROLES = {"man", "woman", "person", "resident", "villager", "elder", "witness"}
_OWN_ACCOUNT_ROLES = {"lawyer", "attorney", "doctor", "activist"}


def _employer(before: str, role: str) -> bool:
    """Whether the capitalised words ``before`` a role name whom the role works for."""
    word = role.split()[-1].lower() if role.split() else ""
    if word in _PLACED_ROLES:
        return False
    if word in _OWN_ACCOUNT_ROLES:
        words = before.split()
        return bool(re.fullmatch(r"[A-Z]{2,}", words[-1])) or any(
            w.lower() in _BODY_WORDS for w in words
        )
    return True


# capitalised words before a role that name no organisation
_NO_ORG = {"opposition", "independent", "former", "senior", "local", "regional", "acting",
           "veteran", "outgoing", "incoming", "interim", "then", "top", "new"}  # fmt: skip


def _strip_title(name: str) -> str:
    """ "Senator Ann Kerr" -> "Ann Kerr", "Mr Obi" stays (a surname alone keeps its title)."""
    bare = re.sub(r"^(?:Senator|Sen\.?|Rep\.?|Gov\.?|President|Mayor)\s+", "", name)
    return bare if len(bare.split()) >= 2 else name


_POSSESSIVE_ROLE = re.compile(
    rf"((?:[\w.&-]+\s+){{0,4}}[\w.&-]+)['’]s?\s+(?:[a-z]+\s+)?(?:{_ROLE}|office|campaign|team|"
    r"lawyers?)\b",
    re.IGNORECASE,
)

_MAIN_VERB = re.compile(
    r"\s+(?:has|have|had|is|are|was|were|will|would|could|can|may|might|also|then|later|"
    r"did|does|(?:did|does|do)n't|yesterday|today|"
    r"again|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"[a-z]+ed|" + _IRREGULAR_PAST + r"|[a-z]+s\s+(?:by|to|that|on|in|with|down|up|out))\b"
)

# A dateline before the lead: "LONDON —", "PESHAWAR, Pakistan (Reuters) -", "ABU DHABI:"
# a capital city alone before a long dash opens a dateline ("London — British Airways said
# ..."): a lone name of another kind before a dash may be a person's ("Hale — a veteran —")
_CAPITAL_DASH = "|".join(sorted((re.escape(c) for c in _BY_CAPITAL), key=len, reverse=True))
_DATELINE = re.compile(
    rf"^\s*(?:(?:{_CAPITAL_DASH})\s*(?:[—–]|--)\s+(?=[A-Z0-9\"“'‘])|"
    r"(?:[A-Z][A-Z .'-]{2,}(?:,\s*[A-Z][\w .'-]*){0,2}\s*(?:\([^)]{1,40}\))?\s*(?:[—–:-]|--|>>)"
    # "Nairobi, Kenya —", "Washington (CNN) —", "(CNN) —": a city in lower case needs a
    # country or an agency, and a long dash
    r"|(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?:,\s*[A-Z][\w .'-]*){1,2}\s*(?:\([^)]{1,40}\))?|"
    r"(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s*)?\([A-Z][\w. ]{1,20}\))\s*(?:[—–]|--)"
    # an Indian wire's "Thiruvananthapuram, Jan 31 (PTI)": a place, a day and the agency in
    # brackets, no dash (extract41)
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|"
    r"January|February|March|April|June|July|August|September|October|November|December)\.?"
    r"\s+\d{1,2}\s+\([A-Z]{2,6}\))"
    # the story goes on with a sentence, after a space, or glued to a dash that has a space
    # before it ("LONDON, United Kingdom, July 4 -Real Madrid have ...": no hyphen of a word)
    r"(?:\s+|(?<=\s[-—–]))(?=[A-Z0-9\"“'‘]))"
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


_AUTHORED = re.compile(
    r"((?:the\s+)?[\w'’.&-]+(?:\s+[\w'’.&-]+){0,5}?)(?:['’]s?)?\s+"
    r"(?:(?:official|latest|own|new|preliminary|final|provisional|annual|daily|weekly|monthly|"
    r"updated|revised|previous|earlier)\s+){0,2}"
    rf"(?:{'|'.join(sorted(_DOCUMENT_NOUNS | _INQUIRY_NOUNS))}|{works.pattern()}|{_PUBLISHED})"
)


_PUBLISHED_WORDS = {"web", "site", "website", "page", "data", "figures", "account", "bulletin",
                    "tally", "count", "feed", "records"}  # fmt: skip


_WORKS = works.nouns()  # works.py: every form of every work

# a work's title in capitals, small words between: "the Money Around the World survey"
_TITLE = r"(?-i:[A-Z][\w'’-]*\s+(?:(?:[A-Z][\w'’-]*|the|of|and|for|in|on|around|to)\s+){1,5}?)"
# a body's kind before its name: "by research consultancy Harwell", "by the polling firm X"
_KIND_WORDS = "|".join(sorted(_BODY_KINDS | {"consultancy", "pollster", "firm", "institute"}))
# a work and its author beside it: "a report by the British Retail Consortium", "the Money
# Around the World survey by research consultancy dataLab" (a name may open in lower case
# when a capital follows, after the kind of body it is)
_WORK_BY = re.compile(
    rf"(?:(?:an?|the|its|their)\s+)?(?:{_TITLE}|(?:[\w-]+\s+){{0,2}}?)"
    rf"(?:{works.pattern()}|research|paper)\s*,?\s+"
    rf"(?:(?:{'|'.join(works.PUBLISHED_BY)})\s+)?(?:by|from)\s+(the\s+)?"
    rf"((?-i:[a-z-]+\s+)?(?-i:{_KIND_WORDS})\s+)?"
    r"((?-i:[A-Z]|[a-z]+[A-Z])[^,;]{2,80}?)\s*,?",
    re.IGNORECASE,
)


# a message and its sender: "a letter from its finance director", "an email from Ann Lee"
_SENT_FROM = re.compile(
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(letter|memo|email|e-mail|note|message|statement|"
    r"release|communiqu[eé])\s+(?:issued\s+)?from\s+"
    r"((?:the\s+|its\s+|their\s+|his\s+|her\s+)?\S.*)",
    re.IGNORECASE,
)  # group 1: the message, group 2: its sender


def _author(speaker: str) -> str | None:
    """The body whose document speaks: "the WHO statement", "the ministry's web site", "Kestrel
    Motors' report" -> WHO, the ministry, Kestrel Motors; none when no name or body is left
    ("a new report", "the survey data")."""
    by = _WORK_BY.fullmatch(speaker)
    when = (
        by is not None
        and (  # "a report from January", "data from 2019": no author
            by.group(3).split()[0].lower().strip(".,") in _CALENDAR | _WEEKDAYS
            or by.group(3)[:1].isdigit()
        )
    )
    if by and not when and by.group(2) and len(by.group(3).split()) <= 4:
        return by.group(3)  # "a survey by research consultancy dataLab": its kind says a body
    if by and not when and _names(by.group(3)) and (by.group(1) or _looks_like_body(by.group(3))):
        return by.group(3)  # "A report by the British Retail Consortium": the consortium
    sent = _SENT_FROM.fullmatch(speaker)
    if sent:  # "a letter from its finance director": the finance director
        return sent.group(2)
    m = _AUTHORED.fullmatch(speaker)
    if m is None:
        return None
    raw = _DETERMINER.sub("", m.group(1)).split()
    owner = next((i for i, w in enumerate(raw) if re.search(r"['’]s?$", w)), None)
    if owner is not None:
        raw = raw[: owner + 1]  # "The WHO's new figures": WHO, not "WHO new"
    words = [re.sub(r"['’]s?$", "", w) for w in raw]
    kinds = _DOCUMENT_NOUNS | _INQUIRY_NOUNS | _PUBLISHED_WORDS | _WORKS
    cut = next((i for i, w in enumerate(words) if w.lower() in kinds), len(words))
    if owner is None:  # "the National Statistics Office's census": the owner's name whole
        words = words[:cut]  # "A Reuters tally of official figures": Reuters
    while (
        owner is None
        and words
        and words[-1].lower() in _DOCUMENT_NOUNS | _INQUIRY_NOUNS | _PUBLISHED_WORDS | _WORKS
    ):
        words.pop()  # "WHO report report", "WHO site report": WHO
    if not words or words[-1].lower() in _FUNCTION_WORDS:  # "Motors' the report": no author
        return None
    bare = " ".join(words)
    if all(w.lower() in works.UNAUTHORED for w in words):  # "Media reports": no author
        return None
    if bare[:1].isupper() and _names(bare):
        return bare
    if bare.lower() in _BODY_NOUNS or (
        bare.islower() and len(words) <= 3 and words[-1] in _BODY_NOUNS
    ):
        return f"the {bare}"  # "the (health) ministry": resolved like any bare body noun
    return None


def _looks_like_body(name: str) -> bool:
    """A named organisation: "Kestrel Motors", "Harbour Board", "NEC", "Jaguar" (one
    capitalised word), not "Dr Ann Lee" or "Ann Kerr"."""
    words = name.replace("(", " ").replace(")", " ").split()
    if not words or not _names(name) or re.match(r"(?:Mr|Mrs|Ms|Dr|Prof)\.?\s", name):
        return False
    if len(words) == 1:
        return words[0][:1].isupper()
    # its kind last, or before "of"/"for": "Harbour Board", "Ministry of Health"
    kinds = [words[-1]] + [w for w, nxt in itertools.pairwise(words) if nxt in ("of", "for")]
    if words[-1] in _POST_NOMINALS and len(words) >= 3 and _looks_like_person(" ".join(words[:-1])):
        return False  # "Ann Kerr MP", "Tom Reed QC": a person and their letters
    return any(w.lower().strip(".,") in _BODY_WORDS for w in kinds) or any(
        re.fullmatch(r"[A-Z&]{2,6}", w) for w in words
    )


# letters after a person's name: a seat or a rank, never a body's initials
_POST_NOMINALS = {"MP", "MPs", "MEP", "MSP", "MLA", "MS", "TD", "QC", "KC", "SC", "OBE", "MBE",
                  "CBE", "KBE", "PhD", "MD"}  # fmt: skip


_PERSON_AFTER_ROLE = re.compile(
    rf"^(?:[\w.&'’()-]+\s+){{0,4}}?(?i:{_ROLE})\s+((?:[A-Z][\w'’.-]*\s+){{1,4}}[A-Z][\w'’-]*)$"
)


def _person_of(phrase: str) -> str:
    """The name in "OIR spokesman Col. Ryan Dillon" (the whole phrase when there is none)."""
    m = _PERSON_AFTER_ROLE.match(phrase)
    if m and re.fullmatch(r"[A-Z][a-z]+", phrase[: m.start(1)].strip()):
        return phrase  # "Mayor Ann Lee", "Senator Tom Baker": a title, kept with the name
    if m and re.fullmatch(rf"(?:[A-Z][\w'’.-]*\s+){{0,2}}(?i:{_ROLE})", m.group(1).strip()):
        return phrase  # "Office of the Deputy Prime Minister": a title after it, no name
    return m.group(1).strip() if m else phrase


def _looks_like_person(name: str) -> bool:
    """A name, not an outlet or a body: "Dr Sara Nasser", "JaPa candidate AHM Golam Shahid",
    not "The Times" or "this newspaper"."""
    if re.match(r"(?:the|this|our)\b", name, re.IGNORECASE):
        return False
    caps = [w for w in name.split() if re.match(NAME_WORD, w)]  # "el-Sayed" too
    return len(caps) >= 2 or bool(re.match(r"(?:Mr|Mrs|Ms|Dr|Prof)\.?\s", name))


def _plausible_name(name: str) -> bool:
    """A person's name, not "On Monday" or "The Minister": no calendar or function word."""
    words = [w.lower().strip(".,") for w in name.split()]
    return bool(words) and not any(w in _NOT_NAMES or w in _CALENDAR for w in words)
