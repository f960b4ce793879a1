"""Coreference: pronouns, surnames, roles and definite descriptions ("the company", "the
investigation", "the statement") resolved to an earlier speaker or named body."""

from __future__ import annotations

import re

from claimtrack.extract import mentions, works
from claimtrack.extract.cues import Body, Earlier, Sentence
from claimtrack.extract.lexicon import (
    _ANY_BODY,
    _BODY_KINDS,
    _BODY_NOUNS,
    _BODY_WORDS,
    _COMPANY,
    _COMPANY_ENDINGS,
    _DATA_NOUNS,
    _DETERMINER,
    _DOCUMENT_NOUNS,
    _GROUP_WORDS,
    _INQUIRY_NOUNS,
    _MEDIA_NOUNS,
    _MEDIA_WORDS,
    _NOT_NAMES,
    _PRONOUNS,
    _REFLEXIVE,
    _ROLE,
    MAX_LEAD_WORDS,
)
from claimtrack.extract.people import _opening_person
from claimtrack.extract.phrases import (
    _NAME_PART,
    _RANK,
    _clean_phrase,
    _has_role,
    _looks_like_body,
    _looks_like_person,
    _main_subject,
    _names,
    _org_of,
    _person_of,
    _subject_before,
)

# nouns of one person or of people that "he" or "she" may stand for, beside the roles
_PERSON_NOUNS = {"man", "woman", "boy", "girl", "father", "mother", "son", "daughter", "husband",
                 "wife", "teacher", "doctor", "nurse", "lawyer", "judge", "prosecutor", "worker",
                 "victim", "survivor", "pilot", "driver", "farmer", "owner", "manager", "guard",
                 "student", "patient", "investor", "businessman", "businesswoman", "engineer",
                 "scientist", "expert", "economist", "candidate", "mayor", "governor",
                 "priest", "imam", "chairman", "chairwoman", "founder", "executive"}  # fmt: skip


_GROUP_OF_PEOPLE = re.compile(
    r"(?i:officials|authorities|residents|witnesses|villagers|sources|experts|analysts|doctors|"
    r"rescuers|activists|protesters|organi[sz]ers|relatives|survivors|locals|people|workers|"
    r"farmers|economists|observers|diplomats|unions|rebels|militants|soldiers|troops|"
    r"prosecutors|investigators|lawyers|ministers|teachers|nurses|critics|opponents)"
)


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
            if head in _BODY_WORDS | _DOCUMENT_NOUNS | {"study", "survey"}:
                return False
            return _has_role(head) or head.rstrip("s") in _PERSON_NOUNS  # "city" is no "he"
        if len(name.split()) == 1 and name.lower() in _BODY_WORDS | _GROUP_WORDS:
            return False  # "Police", "Government": a body, whatever its capital
        if _GROUP_OF_PEOPLE.fullmatch(name):
            return False  # "Analysts", "Residents": many, never "he"
        of_a_name = re.search(r"([A-Z]\w*)\s+(?:of|for)\s+(?:the\s+)?[A-Z]", name)
        if of_a_name and not _has_role(of_a_name.group(1)):
            return False  # "Indian Council of Medical Research": a body, never "she"
        # "State Minister for Welfare of Minorities Ann Kerr": a role's portfolio, a person
        return (len(name.split()) == 1 and not name.isupper()) or not _looks_like_body(name)
    if pronoun == "it":
        if _people_head(name):
            return False  # "independent monitors", "the former governor": never "it"
        return not (_looks_like_person(name) and not _looks_like_body(name))
    if pronoun == "they" and name.split() and not re.search(r"\band\b|&", name):
        # one person the article marks "he" or "she" ("Mr Reed", "Sen. Tom Reed") is never
        # "they" (extract49: "charges they said were wrongly dropped" went to the defendant)
        surname = re.sub(r"['’]s?$", "", name.split()[-1])
        return not (genders and surname in genders) and not _TITLED_PERSON.match(name)
    return True


# a person by a title of one person before the name: "Mr Reed", "Sen. Tom Reed", "Dr Ann Lee"
_TITLED_PERSON = re.compile(
    r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sen|Gov|Rep|Cmdr|Col|Gen|Capt|Lt|Sgt|Judge|Justice|President|"
    r"Senator|Governor|Mayor|Minister)\.?\s+[A-Z]"
)


def _people_head(name: str) -> bool:
    """A description whose head noun, in lower case, is a person ("former governor", "senior
    official") or people ("independent monitors", "Officials"): one or many people, whom
    "it" never stands for (extract35: "it" had been given to the last such speaker, over the
    body the text had just named)."""
    first = re.split(r"\s+(?:of|from|in|at|with|for|who|[a-z]+ing)\b", name)[0].split()
    if not first:
        return False
    head = first[-1]
    if len(first) == 1 and not head.islower():
        return bool(_GROUP_OF_PEOPLE.fullmatch(head))  # "Officials"; "Reuters" is a name
    if not head.islower() or head in _BODY_WORDS | _DOCUMENT_NOUNS:
        return False  # "Crowd Watch", "the agency", "the report": a body or its work
    single = head[:-1] if head.endswith("s") else head
    return bool(_GROUP_OF_PEOPLE.fullmatch(head) or single in _PERSON_NOUNS or _has_role(single))


def _reading_words(s: Sentence) -> list[str]:
    return s.opening.split()


# a sentence that opens on two named bodies joined by "and", then its verb
_BODIES_OPENING = re.compile(
    r"(?:The\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+and\s+(?:the\s+)?"
    r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+(?:have|has|had|were|are|[a-z]+ed)\b"
)


def _previous_sentence(
    s: Sentence, previous: Sentence | None, pronoun: str, reading: str = ""
) -> tuple[str, str] | None:
    """The previous sentence's speaker, or the two it opens on for "they"; in a transcript,
    the one whose turn it is says "I" or "we": "he", "she" or "they" in the next sentence of
    the turn is someone else."""
    own_turn = (
        previous is not None and previous.found.startswith("interview answer") and pronoun != "it"
    )
    people = _people_opening(previous) if pronoun == "they" and not own_turn else None
    if people is not None:
        s.claimant = people
        return people, (
            f"guess: pronoun: 'they' are the {people} the previous sentence opens with, not "
            "its source after 'according to'"
        )
    body = (
        _for_a_body(previous.speaker, previous.claimant) if previous and pronoun == "it" else None
    )
    if body is not None and not own_turn:  # "The rebels with the X Front said ... It added"
        s.claimant = body
        return body, "pronoun: the body the previous sentence's speakers speak for"
    if (
        previous is not None
        and previous.speaker
        and not own_turn
        and (
            _fits(pronoun, previous.speaker, s.genders)
            or (pronoun == "it" and _titled(reading, previous, previous.speaker))
        )
    ):
        s.claimant = previous.claimant
        if "guess: 'the " in previous.found and "put it out" in previous.found:
            # a work's issuer guessed from an act ("X released the report. The report
            # stated ... It said ..."): still a guess
            return previous.speaker, "pronoun: previous sentence's speaker; guess: carried"
        return previous.speaker, "pronoun: previous sentence's speaker"
    both = _pair_opening(previous, own_turn) if pronoun == "they" else None
    if both is None:
        return None
    s.claimant = both
    return both, "pronoun: the two the previous sentence opens with"


# a sentence's opening subject (after its dateline), up to a plural noun, then its verb:
# "Union leaders have reacted", "Angry local residents said"
_PLURAL_SUBJECT = re.compile(
    r"(?:[A-Z][^-—–\n]{0,40}?(?:--|—|–|\s-)\s*)?"  # a dateline before it: "Leeds, May 28--"
    r"((?:[A-Z][\w'’-]*\s+)?(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*s)\s+"
    r"(?:have|had|were|are|[a-z]+ed)\b"
)


def _people_opening(previous: Sentence | None) -> str | None:
    """The people a sentence whose source comes after "according to" opens with ("Union
    leaders have reacted with fury ..., according to the Echo. They claim ..."): "they"
    goes on with its subject, not with the paper that reported them (extract35)."""
    if previous is None or not previous.speaker or not previous.found.startswith("according to"):
        return None
    m = _PLURAL_SUBJECT.match(previous.opening)
    if m is None or not _people_head(m.group(1)) or m.group(1).lower() == previous.speaker.lower():
        return None
    return m.group(1)


def _titled(reading: str, sentence: Sentence, name: str) -> bool:
    """A capitalised name the sentence writes after a capital "The" inside it ("reported
    by The Morning Ledger"): a title (a paper's, a body's), never a person, so "it" may
    stand for it (extract35). A "The" opening the sentence is any sentence's capital."""
    if not reading or not name[:1].isupper() or _people_head(name):
        return False
    text = reading[sentence.span.start : sentence.span.end]
    return any(m.start() > 0 for m in re.finditer(rf"\bThe\s+{re.escape(name)}\b", text))


def _for_a_body(speaker: str | None, claimant: str | None) -> str | None:
    """The body people speak for ("the rebels with the Liberation Front", or with the
    Front for claimant): "it" goes on with that body, though "it" is never people."""
    if not speaker or not _people_head(speaker):
        return None
    within = re.search(
        r"\s(?:with|of|from|at|for)\s+(the\s+)?([A-Z][\w'’&-]*(?:\s+(?:of|for|and|[A-Z][\w'’&-]*))*)$",
        speaker,
    )
    if within and within.group(1) and not _people_head(within.group(2)):
        return within.group(2)  # "with the Western Front": a name after "the" is no person
    for body in (claimant if claimant != speaker else None, within and within.group(2)):
        if (
            body
            and not _people_head(body)
            and not (_looks_like_person(body) and not _looks_like_body(body))
        ):
            return body
    return None


def _pair_opening(previous: Sentence | None, own_turn: bool) -> str | None:
    """ "The WHO and the Health Ministry have put out a number ... They say": both, when the
    sentence before (with no speaker of its own, or a turn's) opens on two names."""
    if previous is None or (previous.speaker and not own_turn):
        return None
    pair = _BODIES_OPENING.match(previous.opening)
    if pair is None or not all(b in previous.named for b in pair.groups()):
        return None
    return f"{pair.group(1)} and {pair.group(2)}"


def _pronoun(
    s: Sentence,
    previous: Sentence | None,
    earlier: Earlier,
    pronoun: str = "they",
    reading: str = "",
) -> tuple[str | None, str]:
    """The speaker a pronoun stands for (setting the sentence's claimant where known): the
    nearest compatible one ("he" is a person, "it" a body)."""
    g = s.genders
    before = _previous_sentence(s, previous, pronoun, reading)
    if before is not None:
        return before
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
            if len({_person_of(p) for p in people}) > 1:  # "Reed and Ortiz met. He said"
                return person, "guess: pronoun: one of the people the previous sentence names"
            return person, "pronoun: the person named in the previous sentence"
    marked = [e for e in earlier if g.get(re.sub(r"['’]s?$", "", e[1].split()[-1])) == pronoun]
    fit = [(sp, cl) for _, sp, cl in reversed(marked or earlier) if _fits(pronoun, sp, g)] or [
        (b, b) for _, sp, cl in reversed(earlier) if pronoun == "it" and (b := _for_a_body(sp, cl))
    ]
    if fit:  # "Ms Lopez" first for "she"; two people it can stand for: a guess
        speaker, s.claimant = fit[0]
        if len({sp for sp, _ in fit}) > 1:
            return speaker, "guess: pronoun: the last of several speakers it can stand for"
        return speaker, "pronoun: the article's last speaker it can stand for"
    for person in reversed(previous.people if previous is not None else ()):
        if _fits(pronoun, person, g):  # "Tom Reed visited the site. Police said ... He said"
            return person, "pronoun: the last person a sentence opened with"
    if previous is not None and previous.named and _fits(pronoun, previous.named[-1], g):
        last = previous.named[-1]
        whole = re.search(rf"\b(?:of|for|and)\s+(?:the\s+)?{re.escape(last)}", previous.opening)
        if pronoun == "it" or (whole is None and _looks_like_person(last)):
            return last, "guess: pronoun: the last name in the previous sentence, not a speaker"
    return None, "pronoun, unresolved"


# a person's words named by their owner: "Singh's reply", "the minister's answer"
_OWNER_OF_WORDS = re.compile(
    rf"(.+?)['’]s?\s+({'|'.join(works.SPEECH_NOUNS)})(?:\s+to\s+(?:this|that|it|them|him|her))?"
)


_YOU = re.compile(r"\b(?:you|your|you['’](?:ve|re|ll|d))\b", re.IGNORECASE)


# a verb in the present or the past right before a colon that opens a quotation: "X
# remembers:", "X wrote on Facebook:" is not this (a phrase after the verb)
_VERB_BEFORE_COLON = re.compile(r"\s([a-z]{3,}(?:s|ed))\s*:\s*$")


# the press putting a question to someone, in the outlet's sentence before a bare quotation
# (extract51): "Reporters asked Ann Kerr how many people had died." The quotation after it is
# the answer. A named asker ("Ann Kerr asked the minister why ...") is left alone: the
# quotation after may go on with the asker's own words.
_PUT_TO = re.compile(
    r"(?:(?:the\s+|a\s+)?(?:reporters?|journalists?|correspondents?|interviewers?)|we|I)\s+"
    r"(?:then\s+|also\s+|later\s+|repeatedly\s+)?(?:asked|questioned|pressed)\s+"
    r"(.{2,120}?),?\s+(?:how|what|why|whether|if|when|where|who|which|about)\b",
    re.IGNORECASE,
)


def _put_to(reading: str, previous: Sentence) -> tuple[str, str | None] | None:
    """The one the sentence before asked a question (``_PUT_TO``), with the body they speak
    for when a role says so; a name, a body or a role, never a pronoun."""
    if previous.speaker or previous.quotes:
        return None
    m = _PUT_TO.match(reading, previous.span.start, previous.span.end)
    if m is None:
        return None
    parts = [_clean_phrase(_DETERMINER.sub("", p.strip())) for p in m.group(1).split(",")]
    parts = [p for p in parts if p]
    if not parts or parts[0].lower() in _PRONOUNS:
        return None
    people = [p for p in parts if _NAME_PART.fullmatch(p) and _looks_like_person(p)]
    who = people[0] if len(people) == 1 else parts[0]
    if not (_names(who) or _has_role(who)):
        return None
    roles = [p for p in parts if p != who and _has_role(p)]
    return who, (_org_of(who, roles[0]) if roles else None)


def _before_quote(
    reading: str, s: Sentence, previous: Sentence | None
) -> tuple[str | None, str] | None:
    """A quotation with no speech verb: the previous speaker going on, or a short name
    before it ("Mr Smith: "...""); None when neither."""
    lead = reading[s.span.start : s.quotes[0].start - 1]
    words = _clean_phrase(_DETERMINER.sub("", lead.strip())).split()
    if not lead.strip() and previous is not None and previous.speaker:
        s.claimant = previous.claimant
        asked = reading[s.quotes[0].start : s.quotes[0].end].rstrip(" ,.\"'”’")
        if asked.endswith("?") and _YOU.search(asked):  # "What has happened to the 200
            # refugees you committed to bringing in?": put to someone, maybe by another
            how = "guess: quotation continues the previous speaker, but asks 'you' a question"
            return previous.speaker, how
        return previous.speaker, "quotation continues the previous speaker"
    owner = _OWNER_OF_WORDS.fullmatch(" ".join(words))
    if owner and _names(owner.group(1)):  # "Singh's reply was "..."": Singh
        return owner.group(
            1
        ), f"the words before the quotation: '{owner.group(1)}'s {owner.group(2)}'"
    if (0 < len(words) <= MAX_LEAD_WORDS and _names(" ".join(words))) or (
        0 < len(words) <= 2 and words[-1].lower() not in _NOT_NAMES
    ):
        return " ".join(words), "the words before the quotation"
    verb = _VERB_BEFORE_COLON.search(lead)
    if verb is not None:  # "Ann Kerr, head coach at Harbour, remembers: "..."" (extract41)
        subject, _ = _subject_before(reading, s.span.start, s.span.start + verb.start(1))
        subject = _clean_phrase(_DETERMINER.sub("", subject or "")) or None
        if subject and len(subject.split()) <= MAX_LEAD_WORDS and _names(subject):
            return subject, f"subject of '{verb.group(1)}' before the colon"
    if lead.rstrip().endswith(":"):  # "X interrupted him, giving a lower number: "...""
        subject = _main_subject(reading, s.span.start, s.span.start + len(lead.rstrip()) - 1)
        if subject and subject.lower() not in _PRONOUNS and (_names(subject) or _has_role(subject)):
            return subject, "subject of the clause before the colon"
    put = _put_to(reading, previous) if previous is not None and not lead.strip() else None
    if put is not None:  # 'Reporters asked Ann Kerr how many had died. "At least 40 ..."'
        s.claimant = put[1]
        return put[0], f"guess: {put[0]}, asked a question in the sentence before"
    opened = _opening_person(previous) if previous is not None and not previous.speaker else []
    near = previous is not None and reading.count("\n", previous.span.end, s.span.start) <= 2
    if not lead.strip() and opened and near:
        # "Chairman Ann Kerr made the announcement at 10 p.m.\n"The results are ...": the
        # person the sentence just before opens with, who has not spoken yet
        return opened[0], f"guess: {opened[0]}, whom the sentence before opens with"
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


def _rank_back(speaker: str, earlier: Earlier) -> tuple[str, str | None, str] | None:
    """ "The Major General", "the colonel": the last earlier speaker named with that rank
    ("Major General Ann Kerr said ...")."""
    bare = re.sub(r"^the\s+", "", speaker.strip(), flags=re.IGNORECASE)
    if not re.fullmatch(f"{_RANK}+", bare + " ", re.IGNORECASE):
        return None
    for phrase, name, org in reversed(earlier):
        at = re.search(rf"(?:^|\s){re.escape(bare)}\.?\s+(?=[A-Z])", phrase, re.IGNORECASE)
        if at is not None and _names(phrase[at.end() :]):
            return name, org, f"'{speaker}': the earlier {name}, of that rank"
    return None


_A_PERSON = re.compile(
    r"(?:the\s+)?(\d{1,3})-year-old(?:\s+(man|woman))?|the\s+(man|woman|person)", re.IGNORECASE
)
_PERSON_GENDER = {"man": "he", "woman": "she"}
# a person's age as the speaker phrase keeps it: "Sam Odu (61)", "Sam Odu, 61"
_AN_AGE = re.compile(r"(?:,\s*(?:aged\s+)?|\()\d{1,3}\b(?![.,]?\d)")


def _person_back(speaker: str, earlier: Earlier) -> tuple[str, str | None, str] | None:
    """ "the man", "the woman", "the 61-year-old": the last earlier speaker who is one person
    (a name, or a singular description: "a farmer from the valley"), of that age when one is
    given ("Sam Odu, 61,"); "the man" is never a body, a group or a woman marked so."""
    m = _A_PERSON.fullmatch(speaker)
    if m is None:
        return None
    age, noun = m.group(1), (m.group(2) or m.group(3) or "").lower()
    if age is not None:
        for phrase, name, org in reversed(earlier):
            if re.search(rf"\b{age}\b", phrase):
                return name, org, f"'{speaker}': the earlier {name}, aged {age}"
    last = _last_person(earlier, noun)
    if last is None:
        return None
    phrase, name, org = last
    if age is not None and _AN_AGE.search(phrase):
        return None  # the last person was given another age: the one described is someone else
    if age is not None:  # no one of that age named before: the last person, said a guess
        return (
            name,
            org,
            f"guess: '{speaker}' is the last person who spoke, {name} (no age given before)",
        )
    return name, org, f"'{speaker}': the last person who spoke, {name}"


def _last_person(earlier: Earlier, noun: str) -> tuple[str, str, str | None] | None:
    """The last earlier speaker who is one person (a name, or a singular description), never
    a body, a group or one marked as of the other sex than ``noun`` ("man", "woman")."""
    for phrase, name, org in reversed(earlier):
        first = re.split(r"\s+(?:of|from|in|at|with|who|for)\s", _DETERMINER.sub("", name))[0]
        singular = not first.lower().endswith("s") or _looks_like_person(first)
        body = _looks_like_body(name) or first.split()[-1].lower() in _BODY_WORDS
        women = re.search(r"\b(?:woman|women|she|her|Ms|Mrs)\b", phrase)
        men = re.search(r"\b(?:man|men|he|his|Mr)\b", phrase)
        wrong = (noun == "man" and women) or (noun == "woman" and men)
        if singular and not body and not wrong:
            return phrase, name, org
    return None


def _corefer(
    speaker: str, earlier: Earlier, bodies: tuple[Body, ...] = (), before: str = ""
) -> tuple[str, str | None, str | None]:
    """(speaker, claimant, how) when ``speaker`` refers to an earlier one: "the spokesperson"
    after "a spokesperson for X", "Dillon" after "Col. Ryan Dillon", "the company" after
    "East Penn Manufacturing" named in ``before`` (the article's text before the sentence);
    else (speaker, None, None).
    """
    person = _person_back(speaker, earlier) or _rank_back(speaker, earlier)
    if person is not None:
        return person
    definite = re.fullmatch(rf"the\s+(?:(?-i:[a-z-]+)\s+){{0,2}}?({_ROLE})", speaker, re.I)
    if definite:
        head = definite.group(1).lower()
        # "the environment minister" is not "the finance minister": modifiers must agree
        modifiers = speaker.lower().split()[1:-1]
        bare = _DETERMINER.sub("", speaker).lower()
        for phrase, name, org in reversed(earlier):
            if _DETERMINER.sub("", phrase).lower() == bare:
                # "a military spokesman said ... the military spokesman said": the same one,
                # not a nearer "Tiger military spokesman X" whose role says more
                return name, org, f"'the {head}': the earlier {_DETERMINER.sub('', phrase)}"
            if (
                not re.search(rf"\b{head}(?!['’]s\b)", phrase, re.IGNORECASE)
                or phrase.lower() == speaker.lower()
            ):
                continue  # "the governor" is not "the governor's office"
            if all(re.search(rf"\b{re.escape(m)}\b", phrase, re.I) for m in modifiers):
                if any(
                    _DETERMINER.sub("", p).lower() == bare for p, _, _ in earlier
                ):  # an earlier one said with exactly these words comes first
                    continue
                return name, org, f"'the {head}': the earlier {head}"
    if re.fullmatch(r"[A-Z][\w'’-]+", speaker):
        for _, name, org in reversed(earlier):
            words = name.split()
            if len(words) > 1 and words[-1] == speaker:
                return name, org, f"surname: the earlier {name}"
    family = _family_name(speaker, earlier)
    if family is not None:
        return family
    described = _DESCRIBED_BODY.fullmatch(speaker)
    if described and described.group(1).lower() in _BODY_NOUNS:
        head = described.group(1).lower()  # "the California-based company": "the company"
        name, org, how = _definite(f"the {head}", [], head, earlier, bodies, before)
        if how is not None:
            return name, org, f"'{_DETERMINER.sub('', speaker)}', a description: {how}"
    noun = re.fullmatch(r"the\s+((?-i:[a-z-]+\s+){0,2})((?-i:[a-z]+))", speaker, re.I)
    if noun and not definite:
        mods, head = noun.group(1).split(), noun.group(2).lower()
        return _definite(speaker, mods, head, earlier, bodies, before)
    return speaker, None, None


# a body described by where it is based, its age or its owner, not by its name: "the
# California-based company", "the Paris-based group", "the 150-year-old firm"
_DESCRIBED_BODY = re.compile(
    r"(?:the\s+)?(?:[\w.'’]+,?\s+){0,3}?[\w.'’]+-(?:based|headquartered|listed|owned|run|"
    r"backed|funded|year-old|old)\s+((?-i:[a-z]+))",
    re.IGNORECASE,
)


# the name after a subject that describes it: "Britain's largest steelmaker, Halden Steel,"
_NAMED_AFTER = re.compile(r",\s+([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}),")


def _family_name(speaker: str, earlier: Earlier) -> tuple[str, str | None, str] | None:
    """A family name written first or with its particle: "Xi" after "Xi Jinping", "De la
    Cruz" after "Maria de la Cruz", "Von der Leyen" after "Ursula von der Leyen"; only when
    exactly one earlier person has it."""
    if not re.fullmatch(r"[A-Z][\w'’-]+(?:\s+[a-z]+){0,2}(?:\s+[A-Z][\w'’-]+)?", speaker):
        return None
    low = speaker.lower()
    people = {
        (name, org)
        for _, name, org in earlier
        if len(name.split()) > len(speaker.split())
        and _looks_like_person(name)
        and not _looks_like_body(name)
        and (name.lower().endswith(" " + low) or name.split()[0] == speaker)
    }
    if len(people) != 1:
        return None
    name, org = people.pop()
    return name, org, f"family name: the earlier {name}"


# a body's name with "of", "for", "and" between its capitals: "Ministry of Health",
# "Department for Education", "Food and Agriculture Organization"
_OF_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][\w'’.-]*)+")


def _subject_body(reading: str, s: Sentence) -> str | None:
    """The named body a sentence is about, when it is the main clause's subject ("Ofcom has
    concluded an investigation", "O2 themselves notified"), for a later "the company" or
    "the investigation"; a person, a common noun or a pronoun is none."""
    subject = _main_subject(reading, s.span.start, s.span.end)
    if not subject:
        return None
    text = reading[s.span.start : s.span.end]
    at = text.find(subject)
    named = _NAMED_AFTER.match(text, at + len(subject)) if at >= 0 else None
    if named and (not subject[:1].isupper() or "'s " in subject):
        subject = named.group(1)  # "Britain's largest steelmaker, Halden Steel, will cut"
    subject = _REFLEXIVE.sub("", _DETERMINER.sub("", subject)).strip()
    if not subject[:1].isupper():
        return None
    if not (_NAME_PART.fullmatch(subject) or _OF_NAME.fullmatch(subject)):
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


def _only_in_a_clause(head: str, name: str, phrase: str) -> bool:
    """The noun is not the speaker's name or role, only a word of a relative clause on them."""
    if head in name.lower().split() or _has_role(head):
        return False
    return bool(re.search(rf"\b(?:who|which|that|whose)\b.*\b{re.escape(head)}\b", phrase, re.I))


# a body's kind before its name: "the rights group Ain o Salish Kendra", "industry body UK Steel"
_KIND_BEFORE = re.compile(
    # an owner before the kind: "Wendell's supplier Carver Farms"
    r"(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s\s+(?=[a-z]))?"
    r"(?i:the\s+)?(?:(?-i:[a-z-]+)\s+){0,2}(?i:group|charity|body|organi[sz]ation|agency|union|"
    r"company|firm|watchdog|regulator|broadcaster|newspaper|monitor|think\s+tank|"
    r"institute|foundation|opposition|ruling|governing|operator|carmaker|manufacturer|airline|"
    r"lender|retailer|insurer|miner|producer|utility|developer|supermarket|chain|supplier|"
    r"distributor|wholesaler)\s+(?=[A-Z])"
)


def _last_body_that_spoke(
    speaker: str, head: str, earlier: Earlier
) -> tuple[str, str | None, str] | None:
    """ "the company": the last named body that spoke and can be called so."""
    for phrase, name, org in reversed(earlier):
        said = {w.lower().strip(".,()") for w in f"{phrase} {name}".split()}
        other = said & (_BODY_NOUNS | _BODY_KINDS) - {head} - _ANY_BODY
        other -= _COMPANY if head in _COMPANY else set()
        if other and head not in said:
            continue  # "the union" is not "State broadcaster NTV" nor "Bank of Norland"
        if name.split()[-1].lower().strip(".,") in _COMPANY_ENDINGS and head not in _COMPANY:
            continue  # "the regulator" is not "Kelby Telecom"
        if mentions.other_kind(head, name):
            continue  # "the court" is not "Ardley Police"
        if not mentions.acronym_may_be(name, head):
            continue  # "the fund" is not the EU (extract44)
        kind = _LOCATIVE.sub("", name).split()[-1].lower().strip(".,")
        if (
            kind in _BODY_NOUNS | _BODY_KINDS
            and kind != head
            and head not in _ANY_BODY
            and not (head in _COMPANY and kind in _COMPANY)
        ):
            continue  # "the council" is not "the Conservative group on the council"
        # one capitalised word may be a company ("Jaguar"), not a union or a ministry
        vague = " " not in name and not name.isupper() and head not in _COMPANY
        kinded = _KIND_BEFORE.match(phrase)  # "the rights group Ain o Salish Kendra"
        if kinded is not None and _has_role(phrase[kinded.end() :]):
            kinded = None  # "Opposition MP Dana Whitlock": a person with a role, no body
        body = _looks_like_body(name) or (kinded is not None and kinded.end() < len(phrase))
        if body and not vague and name.lower() != speaker.lower():
            return name, org, f"'the {head}': the last named body that spoke"
    return None


_LOCATIVE = re.compile(
    r"\s+(?:on|at|in|inside|near|within)\s+(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+)?"
)


# the verbs that put a work out: "released the annual report", "published the survey"
_PUT_OUT = (
    r"\b(?:released|releases|published|publishes|issued|issues|unveiled|unveils|put\s+out)\s+"
)


_PROSECUTORS = re.compile(
    r"\bprosecut|\battorney['’]s\s+office|\battorney\s+general|\bdistrict\s+attorney", re.I
)


def _prosecutors(speaker: str, head: str, earlier: Earlier) -> tuple[str, str | None, str | None]:
    """ "the indictment": the prosecutors who spoke before; else unresolved."""
    for phrase, name, org in reversed(earlier):
        if _PROSECUTORS.search(f"{phrase} {name} {org or ''}"):
            return name, org, f"'the {head}': the prosecutors', {name}"
    return speaker, None, None


def _made_by(head: str, bodies: tuple[Body, ...]) -> tuple[str, str, str] | None:
    """ "X published its annual report on Monday. The report said": X's; "X released the
    Quarterly Savings Report. The report said": X's, a guess (the sentence told an act of
    X's, not that the work is X's own). None when no body of the sentence before made it."""
    for name, text, _ in reversed(bodies):
        made = rf"\b(?:an?|its|their|own|new)\s+(?:[\w-]+\s+){{0,2}}?{head}\b"
        after = text[text.find(name.lower()) + len(name) :]
        if re.search(made, after):
            return name, name, f"'the {head}': the body that made it ({name})"
        if re.search(_PUT_OUT + rf"the\s+(?:[\w-]+\s+){{0,4}}?{head}\b", after):
            return name, name, f"guess: 'the {head}': the body that put it out ({name})"
    return None


def _definite(
    speaker: str,
    modifiers: list[str],
    head: str,
    earlier: Earlier,
    bodies: tuple[Body, ...] = (),
    before: str = "",
) -> tuple[str, str | None, str | None]:
    """ "the board" -> the earlier "Harbour Board"; "the company" -> the last body that spoke,
    else the last named body that was a sentence's subject, else the last body whose name
    shows that kind in ``before`` (``mentions``: "East Penn Manufacturing", "the Pakistani
    government"; a guess when it names several); "the statement" -> the last
    speaker (whose statement it is); "the investigation" -> the body whose sentence opened it
    ("Ofcom concluded an investigation"). Unresolved: unchanged."""
    if head in ("indictment", "charges", "prosecution"):  # the prosecutors' by definition
        return _prosecutors(speaker, head, earlier)
    if head in _RULINGS:  # "the ruling", "the verdict": the court that gave it
        return _court_of(speaker, head, earlier, before)
    made = (
        _made_by(head, bodies) if head in _INQUIRY_NOUNS | _DOCUMENT_NOUNS | _DATA_NOUNS else None
    )
    if made is not None:
        return made
    if head in _INQUIRY_NOUNS:
        return speaker, None, None  # an inquiry is never a speaker itself: unresolved
    for k, (phrase, name, org) in reversed(list(enumerate(earlier))):
        # "the council" is not "the Conservative group on the council": a locative phrase
        # after the head names where it is, not what it is
        said = _LOCATIVE.sub("", f"{name} {phrase}")
        words = [w.lower().strip(".,()") for w in said.split()]
        agree = head in words and all(m.lower() in words for m in modifiers)
        person = _looks_like_person(name) and _has_role(phrase)  # not "(a rescue group)"
        if agree and person and head not in name.lower().split():
            continue  # "the government" is not the official described as of it
        if agree and _only_in_a_clause(head, name, phrase):
            continue  # "the city" is not "Dr Ann Bello (who heads the city hospital)"
        if agree and _a_modifier_in(head, name):
            continue  # "the solicitors" are not the "Solicitors Disciplinary Tribunal"
        if agree and name.lower() != speaker.lower():
            later = _named_since(speaker, head, modifiers, earlier[k + 1 :], name)
            if later is not None:  # "The power company said ... Harbour Ferries said ... The
                return later  # company said": the named body that spoke since (extract45)
            return name, org, _doubt(head, modifiers, before, f"'the {head}': the earlier {name}")
    if (head in _DOCUMENT_NOUNS or head in _DATA_NOUNS) and earlier:
        return _whose_document(head, earlier, before, modifiers)
    media = _media(head, modifiers, earlier)
    if media is not None:  # "the newspaper": the last paper that spoke
        return media
    if modifiers:  # "the transport ministry" is not any body
        return speaker, None, None
    return _of_kind(speaker, head, earlier, bodies, before) or (speaker, None, None)


def _whose_document(
    head: str, earlier: Earlier, before: str, modifiers: list[str] | None = None
) -> tuple[str, str | None, str]:
    """ "the statement", "the figures": the owner the page wrote before ("The trust's monthly
    report"), else the last speaker's; "the latest report" is not the last speaker's when the
    page dates that speaker's figure earlier (``_not_the_latest``)."""
    owned = _owner_named(head, earlier, before)
    if owned is not None:
        return owned
    older = _not_the_latest(head, modifiers or [], earlier, before)
    if older is not None:
        return older
    _, name, org = earlier[-1]
    if head in _DATA_NOUNS and org in (None, name) and _looks_like_person(name):
        # "the results", "the figures" are most often a body's (a commission's, a ministry's):
        # a person who spoke last, for no body the page names, is only a guess
        return name, org, f"guess: 'the {head}': the last speaker's, {name}, who speaks for no body"
    if head not in _DATA_NOUNS and not re.search(rf"\b{head}s?\b", before, re.IGNORECASE):
        # "The latest report also showed ..." where the page named no report before: whose it
        # is, the reader cannot tell (extract47: an invented briefing gave it to the minister);
        # "the results", "the figures" after a body's spokesman are the body's, as before
        return name, org, f"guess: 'the {head}': the last speaker's, though no {head} was named"
    return name, org, f"'the {head}': the last speaker's"


# words that make a work the newest of its kind: "the latest report", "the new figures"
_RECENT = frozenset({"latest", "new", "newest", "fresh", "updated", "revised", "recent"})
# a figure the page dates before another: "released by X last month", "X's earlier count",
# "the figure X gave a week ago", "X had previously put it at"
_DATED_EARLIER = (
    r"(?:last\s+(?:month|week|year)|(?:a|one|two|three|several)\s+(?:days?|weeks?|months?)\s+"
    r"(?:ago|earlier)|earlier|previous(?:ly)?)"
)


def _not_the_latest(
    head: str, modifiers: list[str], earlier: Earlier, before: str
) -> tuple[str, str | None, str] | None:
    """ "The latest report also showed ..." after "the figure released by the police last
    month" and "According to the police, ...": the latest work is not the last speaker's, whose
    figure the page dates earlier, but the source that spoke before it (a guess: the page does
    not say whose it is); with no such source, unresolved (the outlet's, and the review asks).
    None when nothing makes the work the newest or the last speaker's figure is not dated
    earlier (session 46: on the thirty-seventh set such a report went to the police, unmarked,
    where the page's newest data were another body's)."""
    if not _RECENT & {m.lower() for m in modifiers}:
        return None
    _, last, last_org = earlier[-1]
    names = {w for w in re.findall(r"[A-Za-z][\w-]{2,}", f"{last} {last_org or ''}")}
    names -= {"The", "the", "of", "and", "for"}
    tail = before[-600:]
    dated = any(
        re.search(
            rf"\b{re.escape(w)}\b[^.;]{{0,60}}?\b{_DATED_EARLIER}\b|\b{_DATED_EARLIER}\b"
            rf"[^.;]{{0,40}}?\b{re.escape(w)}\b",
            tail,
        )
        for w in names
    )
    if not dated:
        return None
    for _, name, org in reversed(earlier[:-1]):
        if (name, org) != (last, last_org) and name.lower() not in last.lower():
            how = (
                f"guess: 'the {head}': not {last}'s, whose figure the page dates earlier; {name}'s"
            )
            return name, org, how
    how = (
        f"guess: 'the {head}': the last speaker's, {last}, though the page dates its figure earlier"
    )
    return last, last_org, how


def _owner_named(head: str, earlier: Earlier, before: str) -> tuple[str, str | None, str] | None:
    """ "the report" when the article before wrote whose it is ("The trust's monthly report
    showed ...", "the council's figures"): the earlier speaker that owner names, when it is
    not the last speaker (who is the default). None when no such owner was written, or it
    names no earlier speaker."""
    found = list(
        re.finditer(rf"\b([a-z][\w-]+)['’]s\s+(?:[\w-]+\s+){{0,2}}?{head}s?\b", before, re.I)
    )
    if not found:
        return None
    owner = found[-1].group(1).lower()
    for _, name, org in reversed(earlier):
        words = f"{name} {org or ''}".lower().split()
        if owner in words:
            if (name, org) == earlier[-1][1:]:
                return None  # the last speaker's own: the default says so
            return name, org, f"'the {head}': the {owner}'s, named before ({name})"
    return None


def _doubt(head: str, modifiers: list[str], before: str, how: str) -> str:
    """``how``, said to be a guess when the article named several bodies of that kind before
    ("X Council sued Y Council. ... the council said")."""
    if modifiers or head not in mentions.HEADS:
        return how
    named = mentions.named_body(head, before)
    return how if named is None or named.certain else f"guess: {how}, one of several of that kind"


# what a court gives: "the ruling", "the judgment", "the verdict"
_RULINGS = frozenset({"ruling", "judgment", "judgement", "verdict", "decision", "sentence"})


def _court_of(
    speaker: str, head: str, earlier: Earlier, before: str
) -> tuple[str, str | None, str | None]:
    """ "the ruling", "the verdict": the last court, tribunal or jury whose ruling the article
    told (a speaker), else the one court it names before (several: the last, a guess);
    unresolved when it names none."""
    for _, name, org in reversed(earlier):
        body = org or name
        if _COURT_WORD.search(body):
            return body, body, f"'the {head}': {body}'s, the last court whose ruling was told"
    for kind in ("court", "tribunal", "jury"):
        named = mentions.named_body(kind, before)
        if named is not None:
            how = f"'the {head}': of {named.how.split(': ', 1)[-1]}"
            return named.name, named.name, how if named.certain else f"guess: {how}"
    return speaker, None, None


_COURT_WORD = re.compile(r"\b(?i:court|tribunal|jury)\b")


# the judges who sit in a court, named for it: "the panel", "the bench", "the justices"
_BENCH = frozenset({"panel", "bench", "justices", "judges", "jurors"})


def _of_kind(
    speaker: str, head: str, earlier: Earlier, bodies: tuple[Body, ...], before: str
) -> tuple[str, str | None, str] | None:
    """ "the company": the last named body of that kind that spoke, else that was a
    sentence's subject, else whose name shows that kind in ``before`` (``mentions``: "East
    Penn Manufacturing ... agreed", "the Pakistani government"); None when none is."""
    named = mentions.named_body(head, before)
    if head in _BENCH:  # "the panel": the court whose ruling the article told last, if any
        for _, name, org in reversed(earlier):
            if mentions.fits(head, org or name):
                body = org or name
                how = f"'the {head}': {body}, the last court whose ruling was told"
                sure = named is None or named.certain or named.name == body
                return body, body, how if sure else f"guess: {how}, one of several courts"
    if head in _BODY_NOUNS:
        found = _last_body_that_spoke(speaker, head, earlier)
        of_kind = [n for n, _, kinds in bodies if head in kinds]
        if found is None and of_kind:  # a body of unknown kind is never guessed
            found = of_kind[-1], of_kind[-1], f"'the {head}': the last named body of that kind"
        if found is not None and named is not None and not mentions.fits(head, found[0]):
            found = None  # "WP candidate" spoke, "Pacific Ore Holdings" is a firm by its name
        if found is not None and named is not None and not named.certain:
            # "X sued Y. Y denied it. The company said": two of that kind named, a doubt
            return found[0], found[1], f"guess: {found[2]}, one of several of that kind"
        if found is not None and (other := _named_just_before(head, found[0], before)):
            # "Cemex said ... Meanwhile, Thomson Financial may move 80 jobs. The company
            # said": the body the sentence before names may be meant (extract45)
            # the body the sentence right before names is the nearer one: it, as a guess
            # (extract49; extract45 kept the last body that spoke)
            how = f"guess: 'the {head}': {other}, named in the sentence before"
            return other, other, f"{how}, not {found[0]}, the last that spoke"
        if found is not None:
            return found
    if named is None:
        return None
    return named.name, named.name, named.how if named.certain else f"guess: {named.how}"


def _named_since(
    speaker: str, head: str, modifiers: list[str], since: Earlier, description: str
) -> tuple[str, str | None, str] | None:
    """A named body that spoke after the description ``description`` ("power company") the
    head agrees with, and may be called so ("Harbour Ferries" for "the company"): as a
    guess; None when no such body spoke since, or the description was a name itself."""
    if modifiers or description[:1].isupper() or head not in _BODY_NOUNS:
        return None
    found = _last_body_that_spoke(speaker, head, since)
    if found is None and head in _COMPANY:
        firms = [(n, o) for _, n, o in since if n.split()[-1].lower() in _FIRM_ENDINGS]
        found = (*firms[-1], "") if firms else None  # "Harbour Ferries": a firm by its name
    if found is None or found[0][:1].islower():
        return None
    return (
        found[0],
        found[1],
        (
            f"guess: 'the {head}': {found[0]}, the last named body that spoke, not the earlier "
            f"'{description}'"
        ),
    )


def _named_just_before(head: str, found: str, before: str) -> str | None:
    """A body the sentence right before ``before``'s end names, other than ``found``, that may
    be called "the ``head``": a name of no other kind, no person and no place; None when it
    names none."""
    last = re.split(r"(?<=[.!?])[\"'”’)]?\s+|\n+", before.rstrip())[-1]
    for name in _names(last):
        name = re.sub(r"^(?:The|A|An)\s+|^[A-Za-z]+-based\s+", "", name).strip()
        words = name.split()
        if (
            len(words) < 2
            or any(w in found.split() for w in words)
            or any(w in name.split() for w in found.split())
            or mentions.other_kind(head, name)
            or mentions.country_of(name, capitals=True) is not None
            or words[0] in _WEEKDAYS_AND_MONTHS
        ):
            continue
        firm = head in _COMPANY and words[-1].lower().strip(".,") in _FIRM_ENDINGS
        if (
            mentions.fits(head, name)
            or firm
            or (_looks_like_body(name) and not _looks_like_person(name))
        ):
            return name
    return None


# the last word of a firm's name ("Thomson Financial", "Tarn Motors", "Kerr Capital")
_FIRM_ENDINGS = _COMPANY_ENDINGS | {
    "financial", "capital", "services", "solutions", "media", "investments", "international",
    "group", "bank", "ferries", "lines", "railways", "rail", "trains", "buses", "shipping",
    "transport", "power", "water", "gas", "electric", "utilities", "foods", "stores", "retail",
}  # fmt: skip


_WEEKDAYS_AND_MONTHS = frozenset({
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Meanwhile", "However", "But", "And",
})  # fmt: skip


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


def _a_modifier_in(head: str, name: str) -> bool:
    """The word is a modifier inside the body's name, whose own head is another body noun
    ("Solicitors Disciplinary Tribunal", "Harbour Workers Union"), not its head ("Harbour
    Board") nor before an "of" ("Bank of Norland")."""
    words = [w.lower().strip(".,()") for w in name.split()]
    if head not in words:
        return False
    after = words[len(words) - 1 - words[::-1].index(head) + 1 :]
    return bool(after) and "of" not in after and after[-1] in _BODY_WORDS and after[-1] != head
