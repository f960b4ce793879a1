"""Speaker attribution of one sentence: the speech verb's subject, resolved, its claimant; a
source's findings going on; the cues that make the sentence a candidate."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from claimtrack.extract import agents, clauses, mentions, works
from claimtrack.extract.bodies import (
    _WORK_BY,
    _armed_group,
    _author_named,
    _body_named_before,
    _body_spoken_for,
    _work_author,
)
from claimtrack.extract.coreference import (
    _KIND_BEFORE,
    _antecedent_of,
    _before_quote,
    _corefer,
    _court_of,
    _paragraph_speaker,
    _pronoun,
    _subject_body,
)
from claimtrack.extract.cues import (
    _COURT,
    _COURT_ACTS,
    _COURT_ONLY,
    _COURT_VERBS,
    _FINITE,
    _PLACARD,
    _WENT_ON,
    Earlier,
    Sentence,
    _speech_verb,
    is_according,
)
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
    _PRONOUNS,
    _ROLE,
    MIN_QUOTE_WORDS,
    NAME_PARTICLES,
    NAME_WORD,
)
from claimtrack.extract.naming import NameIndex, _resolve_names
from claimtrack.extract.page import UNNAMED_INTERVIEWEE, Layout
from claimtrack.extract.phrases import (
    _DATELINE,
    _SENT_FROM,
    _a_clause,
    _author,
    _has_role,
    _looks_like_body,
    _looks_like_person,
    _main_subject,
    _names,
    _org_of,
    _person_of,
    _subject_after,
    _subject_before,
    _titled_name,
    _valid_speaker,
)
from claimtrack.extract.text import Span, _inside
from claimtrack.extract.verbs import POSITION_FORMS, act_object_forms, reply_forms, stance_forms

_OPENING_REVISION = re.compile(
    r"correcting|revising|raising|lowering|updating|putting|placing|pegging"
)


# a participle's agent after a phrase of time or place: "reported for the same period by"
_AGENT_AFTER_PHRASE = re.compile(
    r"\s+(?:for|in|during|over|across|throughout|from|since)\s+[^,;:\"“”()]{1,40}?\s+by\s+"
    r"(?!\w+ing\b|(?:the\s+)?(?:end|time|middle|start|close)\b|\d|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|then|now)\b)"
)


def _agent_after_phrase(reading: str, s: Sentence) -> str | None:
    """ "deaths reported for the same period by researchers at X": a participle after its
    noun, its agent after a phrase of time or place."""
    assert s.verb is not None
    later_by = _AGENT_AFTER_PHRASE.match(reading, s.verb.end(), s.span.end)
    if later_by is None or not _after_a_noun(reading[s.span.start : s.verb.start()]):
        return None
    return _subject_after(reading, later_by.end() - 1, s.span.end)


def _after_a_noun(before: str) -> bool:
    """The words before a participle end on a plural noun or a figure's noun ("600,000
    violent deaths reported ..."), not on a subject that reports ("Police reported ...") or
    an auxiliary ("were reported")."""
    last = before.split()[-1].lower().strip(",") if before.split() else ""
    if len(before.split()) < 2 or last in {"was", "were", "is", "are", "been", "be", "has"}:
        return False
    return last.endswith(("s", "ies")) and not last.endswith("ss") and not last[:1].isupper()


# a main clause that says what its subject is: "X was the lone dissenter", "X is a member"
_DESCRIBED_AS = re.compile(
    r"\b(?:is|was|are|were|has\s+been|had\s+been)\s+(?:also\s+|still\s+)?(?:the|a|an|one)\s"
    r"[^,;]*,\s*$"
)


def _clause_before(reading: str, s: Sentence, word: str) -> str:
    """How a participle's speaker was found: the subject of the clause before it; a guess
    when that clause says what its subject is ("X was the lone dissenter, arguing that ..."):
    it is the outlet's account, and only the participle's clause is X's (extract28)."""
    how = f"subject of the clause before ', {word}'"
    assert s.verb is not None
    if _DESCRIBED_AS.search(reading, s.span.start, s.verb.start()):
        return f"{how}; guess: that clause describes the subject, only the clause after it is said"
    return how


def _from_verb(reading: str, s: Sentence) -> tuple[str | None, str | None, str]:
    """The speaker a speech verb names: (speaker, appositive text, how it was found)."""
    span, verb = s.span, s.verb
    if verb is None:
        return None, None, "none"
    word = verb.group(1).lower()
    tail = reading[verb.end() : span.end]
    if is_according(word):  # "according to X", "Based on records from X"
        return _according_to(reading, s)

    if word.endswith("ed") and re.match(r"\s+by\s+(?!\w+ing\b)", tail):
        agent = _subject_after(reading, verb.end() + tail.index("by") + 2, span.end)
        return agent, None, f"agent of '{word} by'"
    agent = _agent_after_phrase(reading, s) if word.endswith("ed") else None
    if agent:
        return agent, None, f"agent of '{word} ... by'"
    quoted = re.search(
        r"\s+(?:was|were|is|are|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:quoted|cited)"
        r"(?:\s+by\s+[^,;\"]{1,50}?)?\s+as\s+$",
        reading[span.start : verb.start()],
    )
    if word.endswith("ing") and quoted:  # "The minister was quoted (by X) as saying"
        speaker, appositive = _subject_before(reading, span.start, span.start + quoted.start())
        told = "cited" if "cited" in quoted.group() else "quoted"
        return speaker, appositive, f"subject of 'was {told} as {word}'"
    relayed = re.search(
        r"\b(?:quoted|quotes|cited|cites|quoting|citing)\s+([^,;\"]{2,60}?)\s+as\s+$",
        reading[span.start : verb.start()],
    )
    if word.endswith("ing") and relayed:  # "State television quoted the president as saying",
        # "local radio cited the board as estimating the crowd at 40,000": the one cited
        how = f"the one quoted: '{relayed.group().split()[0]} X as {word}'"
        return relayed.group(1), None, how
    if _OPENING_REVISION.fullmatch(word) and not reading[span.start : verb.start()].strip():
        # "Correcting this figure to 1,011, the general would not say more": the subject of
        # the main clause after the participle's clause gives the figure
        comma = reading.find(", ", verb.end(), span.end)
        subject = _main_subject(reading, comma + 2, span.end) if comma > 0 else None
        if subject and subject not in {"it", "i", "we"}:
            return subject, None, f"subject of the clause after '{word} ...,'"
        return None, None, "none"
    after_prep = r"(?:,|\b(?:after|before|while|when|by|without|despite))\s*$"
    if word.endswith("ing") and re.search(after_prep, reading[span.start : verb.start()]):
        subject = _main_subject(reading, span.start, verb.start())
        if subject:
            return subject, None, _clause_before(reading, s, word)
    before = reading[span.start : verb.start()].rstrip()
    quoted_before = any(q.end <= verb.start() for q in s.quotes)
    if not (before.endswith('"') or (before.endswith(",") and quoted_before)):
        return _subject_of(reading, s, word, before)
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


def _according_to(reading: str, s: Sentence) -> tuple[str | None, str | None, str]:
    """ "according to X"; "according to the numbers reported by X": X."""
    assert s.verb is not None
    source = _subject_after(reading, s.verb.end(), s.span.end)
    if source is None:  # "according to a joint report released by X and Y on Sunday,": the
        # work with its authors, longer than a speaker phrase
        work = re.match(
            r"\s+([^,;:\"“”]{2,140}?)\s*(?=[,;:\"“”]|$)", reading[s.verb.end() : s.span.end]
        )
        if work is not None and _WORK_BY.search(work.group(1)):
            source = work.group(1)
    data_by = _DATA_BY.match(reading, s.verb.end(), s.span.end)
    bare = (source or "").lower().split()
    # a definite source may run on to the agent ("the early results published by the
    # board"): the agent all the same (extract35: it had been cut to "the early results" and
    # read as the last speaker's; "figures compiled by X" finds its author later, as before)
    whole = bool(
        data_by
        and bare[:1] == ["the"]
        and f" {data_by.group(1)} {data_by.group(2)} by " in f" {' '.join(bare)} "
    )
    if data_by and bare and (bare[-1] in _DATA_NOUNS or whole):
        agent = _subject_after(reading, data_by.end() - 1, s.span.end)
        return agent, None, f"according to {data_by.group(1)} {data_by.group(2)} by"
    posted = _POSTED_ON.match(reading, s.verb.end(), s.span.end)
    if posted is not None:  # "according to information on the Cal Fire website": Cal Fire
        owner = re.sub(r"['’]s?$", "", posted.group(2)).strip()
        who = _subject_after(reading, posted.start(2) - 1, posted.start(2) + len(owner))
        who = re.sub(r"['’]s?$", "", who or "").strip()
        if who and _DETERMINER.sub("", who).strip():
            return who, None, f"according to {posted.group(1)} on the {posted.group(3)} of"
    said_by = _SAID_BY.match(reading, s.verb.end(), s.span.end)
    if said_by:  # "according to statements by the mayor of the district, Ann Kerr": the mayor
        agent = _subject_after(reading, said_by.end() - 1, s.span.end)
        speaker, appositive = (_titled_name(agent) if agent else None) or (agent, None)
        return speaker, appositive, f"according to {said_by.group(1)} {said_by.group(2)}"
    cut = _run_on(reading, s, source)
    if cut is not None:
        return cut, None, "according to (no comma: the source cut where its clause begins)"
    if source:  # "according to the spokesman of the ministry, Ann Kerr, ...": her role
        # describes her, and names the body she speaks for (extract51)
        role = re.match(
            rf"\s+((?:the|a|an)\s+[^,;:\"“”]{{2,80}}),\s+{re.escape(source)}\s*,",
            reading[s.verb.end() : s.span.end],
        )
        org = _org_of(source, role.group(1)) if role and _has_role(role.group(1)) else None
        if role and org and _names(org):  # a body by its name, not "the mayor's office"
            return source, role.group(1), "according to"
    return source, None, "according to"


# a word that opens the clause after a source given with no comma: a number, or a hedge on one
# ("According to the unions around 100,000 marched", "According to police 3,000 people ...")
_HEDGE_WORDS = {"around", "about", "some", "nearly", "almost", "over", "more", "than", "at",
                "least", "up", "to", "as", "many", "roughly", "approximately", "an", "only",
                "estimated", "just", "fewer", "less", "under", "close", "upwards", "of",
                "a"}  # fmt: skip
_CONNECTORS = {"of", "for", "and", "the", "on", "de", "du", "des", "la", "le", "&"}
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those"}
_PREPOSITIONS = {"of", "for", "at", "in", "on", "to", "from", "with", "by", "and", "or"}


def _run_on(reading: str, s: Sentence, source: str | None) -> str | None:
    """ "According to the unions around 100,000 people marched", "According to Ann Kerr 40
    homes were lost", "According to the Tarn Statistics Office unemployment rose to 5.1
    percent": with no comma after the source, its phrase runs on into the clause it opens.
    The source cut where the clause begins: before a number (and the hedge before it), or
    after a run of capitalised words followed by two or more lower-case words that are no
    role, body or work ("UN aid officials", "Tarn Police figures" are left whole). None when
    nothing ran on (a comma closes the source, or the phrase is whole)."""
    if s.verb is None:
        return None
    phrase = re.split(r"[,;:\"“”]|[.!?](?:\s|$)", reading[s.verb.end() : s.span.end])[0]
    source = source or phrase.strip()
    at = reading.find(source, s.verb.end(), s.span.end)
    if not source or at < 0 or "," in reading[s.verb.end() : at]:
        return None
    cut = _cut_run_on(source.split())
    return _valid_speaker(cut) if cut else None


def _cut_run_on(words: list[str]) -> str | None:
    """``_run_on``'s cut of the source's words, or None."""
    number = next((k for k, w in enumerate(words) if re.match(r"[\d$€£]", w)), None)
    clause = _clause_determiner(words, len(words) if number is None else number)
    if clause is not None:  # "According to police the crowd numbered 3,000": police
        return " ".join(words[:clause])
    if number is not None:
        k = number
        while k > 0 and words[k - 1].lower() in _HEDGE_WORDS:
            k -= 1
        return " ".join(words[:k]) or None if 0 < k < len(words) else None
    first = caps = 1 if words[0].lower() == "the" else 0
    while caps < len(words) and (
        words[caps][:1].isupper()
        or re.match(NAME_WORD, words[caps])  # "al-Masri"
        or (caps > first and words[caps].lower() in _CONNECTORS | NAME_PARTICLES)
    ):
        caps += 1
    while caps > first and words[caps - 1].lower() in _CONNECTORS | NAME_PARTICLES:
        caps -= 1
    rest = [w.lower().strip(".,") for w in words[caps:]]
    possessive = ("'s", "’s", "s'", "s’")
    if caps == first or len(rest) < 2 or any(w.endswith(possessive) for w in words[:caps]):
        return None  # "Kestrel Motors' latest report": the work of its author, whole
    works = _DATA_NOUNS | _DOCUMENT_NOUNS
    if any(w in works or w.rstrip("s") in _BODY_WORDS or _has_role(w) for w in rest):
        return None
    return " ".join(words[:caps])


def _clause_determiner(words: list[str], end: int) -> int | None:
    """Where the clause a source runs on into opens with a determiner, before ``end``: "the
    minister the department's figures were ...", "TurkStat the monthly index rose by ...",
    "police the crowd numbered ...". A determiner after a preposition ("officials at the
    scene"), after another determiner, or after a participle ("figures released this week")
    belongs to the source's own phrase."""
    for k in range(1, end):
        before = words[k - 1]
        if (
            words[k].lower() in _DETERMINERS
            and before.lower() not in _PREPOSITIONS | _DETERMINERS
            and not re.fullmatch(r"[a-z]+ed", before)
        ):
            return k
    return None


# what a body posted where it publishes, by the owner of the place: "according to information
# on the Cal Fire website", "according to a post on the ministry's Facebook page", "according
# to figures published on the agency's official website" (extract38). The owner is named
# (a name or "the"/a possessive before a body): "this website", "our site" or "its page" name
# none, and the page's own site is no one's source but the outlet's.
_POSTED_ON = re.compile(
    r"\s+(?:(?:the|a|an|new|latest|recent|official|updated|further|online)\s+){0,2}"
    r"(information|data|figures|numbers|statistics|details|estimates|a\s+statement|"
    r"statements|a\s+post|posts|a\s+notice|an\s+update|updates|a\s+message|a\s+tweet|"
    r"a\s+bulletin|a\s+report)"
    r"\s+(?:(?:posted|published|released|shared|given|provided|available|issued|put\s+out)\s+)?"
    r"on\s+(?:the\s+)?((?:[A-Z][\w.&'’-]*\s+){1,5}?|[a-z]+['’]s?\s+|[A-Z][\w.&-]*['’]s?\s+)"
    r"(?:(?:official|own|verified|Facebook|Twitter|X|Instagram|Telegram|YouTube|LinkedIn)\s+)?"
    r"(website|web\s+site|site|webpage|web\s+page|homepage|page|account|feed|channel|portal)\b"
)

# what a person said, by its speaker: "according to statements by the mayor"
_SAID_BY = re.compile(
    r"\s+(?:(?:the|a|an|recent|earlier|public|separate|his|her|their)\s+){0,2}"
    r"(statements?|remarks|comments|testimony|accounts?|briefings?|interviews?|words)"
    r"\s+(?:\w+\s+)?(by|from|of)\s"
)


# a day closing a sentence after its verb: "..., a statement from X said on Tuesday."
_WHEN_TAIL = re.compile(
    r"^\s*(?:on\s+[A-Z]\w+|yesterday|today|earlier|late\s+[A-Z]\w+|(?:last|this)\s+\w+)(?=\W*$)"
)


def _subject_of(
    reading: str, s: Sentence, word: str, before: str
) -> tuple[str | None, str | None, str]:
    """The subject before the verb ("X went on to say" too); data released by a body are the
    body's; "..., said a senior official" (no quotation) is the one after the verb."""
    span, verb = s.span, s.verb
    assert verb is not None
    went_on = _WENT_ON.search(reading, span.start, verb.start())
    end = went_on.start() if went_on else verb.start()
    lead = _DATELINE.sub("", reading[span.start : end])
    data_by = _DATA_BY.match(" " + lead)
    released = _RELEASED_BY.search(lead) if data_by else None
    if data_by and released and _valid_speaker(released.group(1)):
        # "Provisional figures released by the state government on Monday showed"
        return released.group(1), None, f"'{data_by.group(1)}' {data_by.group(2)} by"
    sent = _SENT_FROM.fullmatch(lead.strip().rstrip(","))
    tail = reading[verb.end() : span.end]
    if sent is None and "," in lead and not _WHEN_TAIL.sub("", tail).strip(" .\"”'’"):
        # "..., a statement from the army's media wing said." (extract51): the clause after
        # the last comma, where the verb closes the sentence
        sent = _SENT_FROM.fullmatch(lead.rsplit(",", 1)[1].strip())
    where = f"subject of '{word}'"
    if sent is None and lead.rstrip().endswith(","):
        # "..., said a statement from the army's media wing." (extract51)
        sent = _SENT_FROM.fullmatch(tail.strip().rstrip(".\"”'’ "))
        where = f"after '{word}'"
    if sent and _valid_speaker(sent.group(2)):  # "A statement from the PM's office said"
        return sent.group(2), None, f"{where}: the sender of the {sent.group(1)}"
    speaker, appositive = _subject_before(reading, span.start, end)
    after = _subject_after(reading, verb.end(), span.end)
    tail = reading[verb.end() : span.end]
    clause = bool(speaker) and (_a_clause(speaker or "") or _valid_speaker(speaker or "") is None)
    if (
        before.endswith(",")
        # "..., said a senior official", "..., said company officials who ..."
        and _INVERTED_SUBJECT.match(tail)
        and not (speaker and not clause and (_names(speaker) or _has_role(speaker)))
        and after
        and (_names(after) or _has_role(after))
    ):  # "... died in the heatwave, said a senior health official, adding"
        return after, tail, f"after '{word}'"
    if (
        before.endswith(",")
        and ((clause and word not in _OBJECT_STANCES) or word in _INVERTING)
        and after
        and _closes_after(tail, after)
        and _valid_speaker(after)
    ):
        # "The storm destroyed 300 homes, said reporters.", "Fighters took Peter Grant
        # hostage, said officials.": the words before the comma are what was said, the phrase
        # after the verb, closing the clause, says who (a description marked so later); not
        # a verb with an object ("Ann Kerr, a former minister, blamed armed fighters.")
        return after, tail, f"after '{word}'"
    return speaker, appositive, f"subject of '{word}'"


# words a participle or a noun in "-ed" follows, as an adjective: "the armed forces"
_NOT_VERB_AFTER = {"the", "a", "an", "its", "their", "his", "her", "our", "some", "senior"}
# the verbs that take no object, only a clause said: after a comma, the phrase that closes
# the sentence after them is their subject ("..., said officials.", "..., says the union.")
_INVERTING = {"said", "says", "added", "adds"}
# stance verbs that take what they answer for their object, and are never inverted in English
# ("..., said officials", never "..., denied the minister"): the phrase after one is its
# object ("Ann Kerr, in office since 2016, dismissed accusations of fraud": Ann Kerr's stance,
# not "accusations of fraud"'s; extract41)
_OBJECT_STANCES = {"denied", "denies", "rejected", "rejects", "dismissed", "dismisses",
                   "disputed", "disputes", "refuted", "refutes", "questioned", "condemned",
                   "condemns", "blamed", "blames", "doubted", "endorsed", "endorses", "accused",
                   "accuses"}  # fmt: skip


def _closes_after(tail: str, after: str) -> bool:
    """Whether the phrase after an inverted verb closes its clause: "..., said reporters.",
    "..., said the fire service, adding ...", not "..., said the toll was 40"."""
    rest = tail.lstrip()
    if not rest.startswith(after) or re.search(r"\d", after):
        return False  # "..., said 40 people died": what was said, no subject
    words = after.split()
    for prev, word in itertools.pairwise(words):
        if word.islower() and _FINITE.fullmatch(word) and prev.lower() not in _NOT_VERB_AFTER:
            return False  # "..., said the storm destroyed homes", "said Peter Grant won."
    return bool(re.match(r"\s*(?:,|[.!?][\"'’”]?\s*$|$)", rest[len(after) :]))


# the subject after an inverted verb: "..., said a senior official", "..., said company
# officials who ..."
_INVERTED_SUBJECT = re.compile(rf"\s+(?:a|an|the|[A-Z]|[a-z]+\s+(?:{_ROLE})\b)")

# data with the body that gave them: "the numbers reported by University officials"
_DATA_BY = re.compile(
    r"\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?("
    + "|".join(sorted(_DATA_NOUNS))
    + r")\s+(released|published|compiled|reported|disclosed|provided|issued|gathered|"
    r"collected|given|supplied)\s+by\s"
)


def _trailing(reading: str, s: Sentence) -> bool:
    """ "..., the governor said." (the attribution closes the sentence: what comes before it is
    what was said), as against "X said that ..." and "After ..., X told Y that ..."."""
    assert s.verb is not None
    if re.match(r"\s*[,:]?\s*\"", reading[s.verb.end() : s.span.end]):
        return False  # "After ..., X declared, "...": what was said comes after the verb
    tail = re.split(r"(?<!\d),|,(?!\d)", reading[s.verb.end() : s.span.end])[0]
    if (
        s.verb.group(1).lower() in _COURT_VERBS
        and re.match(r"\s*\w", tail)
        and not _WHEN_TAIL.fullmatch(tail)
    ):  # "..., the tribunal upheld the ruling": a ruling on its object; "..., a judge ruled
        return False  # Thursday": only when, so what comes before is what was ruled
    if _CLOSING_SUBJECT.search(reading[s.span.start : s.verb.start()]) and (
        _BACKGROUND_TAIL.match(tail)
    ):  # "..., the government said Thursday as the WHO warned that ...": the frame closes what
        # was said; the clause after "as", "while" or "amid" is the outlet's background, in
        # time with it (a second speaker in it has its own frame) (extract41)
        return True
    if _CONTENT_AFTER.match(tail) or _CLAUSE_AFTER.match(tail):
        # "..., Ann Kerr insisted he was the true winner", "Peter Grant, whose firm employs
        # 300 people, said 40 jobs would go": what was said follows
        return False
    before = reading[s.span.start : s.verb.start()]
    clause_comma = re.search(r"(?<!\d),|,(?!\d)", before)  # not the comma of "11,500"
    short = len(tail.split()) <= 6 or bool(_ADJUNCT_TAIL.match(tail))
    return short and not re.search(r"\bthat\b", tail) and bool(clause_comma)


# a tail that says only when (extract28): "..., a judge ruled Thursday.", "ruled on Monday"
_WHEN_TAIL = re.compile(
    r"\s*(?:(?:on|late|early|earlier|last|this)\s+)?(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|yesterday|today|tonight|week|month|year)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s*[.!?]?[\"”’']?\s*",
    re.IGNORECASE,
)

# the subject of a frame that closes what came before: ", the government said", ", Ann Kerr
# told reporters" (not the comma of a description right before the verb: "Ann Kerr, whose
# firm employs 300, said as ...")
_CLOSING_SUBJECT = re.compile(r"(?:(?<!\d),|,(?!\d))\s*(?:[^\s,]+\s+){0,7}[^\s,]+\s*$")
# a clause of the outlet's after a closing frame, opened by "as", "while", "even as" or
# "amid" after what may say when ("..., the ministry said on Friday as rescuers dug", "...,
# police said amid fears of ..."); "as many as 40", "as well", "while visiting" are no clause
_BACKGROUND_TAIL = re.compile(
    r"\s*(?:(?:on|late|early|earlier|last|this)\s+)?(?:(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|yesterday|today|tonight)(?:\s+(?:morning|afternoon|evening|night))?"
    r"\s+)?(?:(?:even\s+)?(?:as|while)\s+(?!(?:many|much|few|little|high|low|long|well|far|soon|"
    r"part|of|a\s+result|expected|usual|such|if|though|to|for)\b)(?:the|a|an|its|his|her|their|"
    r"[A-Z][\w.'’-]*|[a-z]+s)\s|amid\s+\D)",
    re.IGNORECASE,
)

# a clause of its own right after the verb: what was said ("insisted he was the winner")
_CONTENT_AFTER = re.compile(
    r"\s*(?:he|she|they|it|we|i|there)\s+(?:\w+\s+)?(?:was|were|is|are|had|has|have|would|will|"
    r"could|did|should|must|can)\b"
)

# a clause with a figure for its subject right after the verb: "said 40 jobs would go"
_CLAUSE_AFTER = re.compile(
    r"\s*(?:(?:some|about|around|nearly|almost|over|more\s+than|at\s+least)\s+)?[$£€]?\d[\d,.]*"
    r"(?:\s+[a-z-]+){0,3}?\s+(?:had|has|have|was|were|is|are|would|will|could|might|may|"
    r"died|fled|remain|remained)\b"
)

# a longer tail after a closing "X said" that only says where, when or how it was said ("...,
# the commission said after counting results from all the precincts", "..., the ministry said
# in a statement posted on its website"): no number and no clause of what was said
_ADJUNCT_TAIL = re.compile(
    r"\s*(?:on|in|at|after|before|during|following|late|early|when|while|through|via)\s"
    r"(?:(?!\b(?:that|was|were|is|are|had|has|have|will|would)\b)[^\d.;:\"“”])*"
    r"[.!?]?[\"”’']?\s*$"
)


def _verb_speaker(reading: str, s: Sentence) -> tuple[str | None, str | None, str]:
    """The speaker of the sentence's speech verb, or of the next one when the first names no
    valid speaker ("Nobody counted them, the driver said"); moves ``s.verb`` to it."""
    rejected = None
    while True:
        speaker, appositive, found = _from_verb(reading, s)
        speaker = speaker or None
        if speaker and speaker.lower() not in _PRONOUNS:
            raw, speaker = speaker, _valid_speaker(speaker)
            if speaker and found.startswith("subject of") and _a_clause(raw):
                speaker = None  # "The storm destroyed 300 homes" is what was said, no speaker
            bare = _DETERMINER.sub("", raw)
            if speaker is None and rejected is None and bare[1:] == bare[1:].lower():
                rejected = raw  # "gap", "saying": a word that is no speaker
        if speaker is not None or s.verb is None:
            closing = (
                _according_after(reading, s, speaker)
                or _said_after(reading, s, speaker)
                or _frame_after(reading, s, speaker)
            )
            return closing or (speaker, appositive, found)
        later = _speech_verb(reading, Span(s.verb.end(), s.span.end), s.quotes)
        if later is None:
            return speaker, appositive, (f"rejected '{rejected}'" if rejected else found)
        s.verb = later


# a closing "..., the WHO said in a report on Thursday." (its speaker, its verb, a tail
# that says where or when)
# a frame closing the sentence, ", X said" (_SAID_AFTER) or inverted, ", reported NBC.", ",
# said the prosecutor on Monday." (_SAID_AFTER_INVERTED): its speaker, verb and time phrase
_FRAME_WHO = r"((?:the\s+)?[A-Za-z][\w'’.&-]*(?:\s+[A-Za-z][\w'’.&-]*){0,5}?)"
_FRAME_VERB = r"(said|says|added|reported|announced|stated)"
_FRAME_END = (
    r"(?:\s+(?:in|on|at|late|early|last|this|after|during)\b[^,;:\"“”\d]{0,50})?"
    r"[.!?][\"”’']?\s*$"
)
_SAID_AFTER = re.compile(rf",\s+{_FRAME_WHO}\s+{_FRAME_VERB}{_FRAME_END}")
_SAID_AFTER_INVERTED = re.compile(rf",\s+{_FRAME_VERB}\s+{_FRAME_WHO}{_FRAME_END}")
_A_WORD = re.compile(r"(\w+)")


def _closing_frame(reading: str, s: Sentence, start: int) -> tuple[str, re.Match[str]] | None:
    """The sentence's closing ", X said" or ", said X" after ``start``, outside its quotations:
    (X, the match of its verb)."""
    closing = _SAID_AFTER.search(reading, start, s.span.end)
    who, verb = (1, 2) if closing is not None else (2, 1)
    if closing is None:
        closing = _SAID_AFTER_INVERTED.search(reading, start, s.span.end)
    if closing is None or any(q.start <= closing.start(verb) < q.end for q in s.quotes):
        return None
    said = _A_WORD.match(reading, closing.start(verb))
    assert said is not None  # the frame's verb is a word
    return closing.group(who), said


_ADJECTIVE_OF_PLACE = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|ic|i)")


def _said_after(
    reading: str, s: Sentence, speaker: str | None
) -> tuple[str | None, str | None, str] | None:
    """ "Fourteen African countries have reported cases since 2023, the WHO said": a first
    verb whose subject is an unnamed group counted or described (a plural common noun, a
    count or a country's adjective before it), in a sentence that closes on a named body's
    or a person's "X said", is X's account; ``s.verb`` moves to the closing verb."""
    if s.verb is None or not speaker:
        return None
    words = _DETERMINER.sub("", speaker).split()
    if not words or not words[-1].endswith("s") or words[-1][:1].isupper():
        return None  # "Reuters", "Ann Lee says": a name
    if any(
        w[:1].isupper() and not _ADJECTIVE_OF_PLACE.fullmatch(w) and mentions.country_of(w) is None
        for w in words[1:-1]
    ):
        return None  # "Harbour Ports Authority workers": a name inside; "African" is no name
    closing = _closing_frame(reading, s, s.verb.end())
    if closing is None:
        return None
    who = _valid_speaker(closing[0])
    bare = _DETERMINER.sub("", who or "").strip()
    if not bare or bare.lower() in _PRONOUNS:
        return None
    if not (_names(bare) or agents.speaker_kind(bare) in {"body", "name", "person"}):
        return None
    s.verb = closing[1]
    return (
        bare,
        None,
        f"subject of '{s.verb.group(1)}', closing the sentence ('{speaker}' is what was said)",
    )


# a closing "..., according to X" (the source of the whole sentence)
_ACCORDING_AFTER = re.compile(r",\s+(according to)\s", re.IGNORECASE)


def _according_after(
    reading: str, s: Sentence, speaker: str | None
) -> tuple[str | None, str | None, str] | None:
    """ "Investors were predicting a strong quarter ..., according to Jayson Noland, an
    analyst": a first verb whose subject is an unnamed group (a plural common noun), in a
    sentence that closes on "according to" a name, is that name's account; ``s.verb`` moves to
    "according to"."""
    if s.verb is None or not speaker:
        return None
    words = _DETERMINER.sub("", speaker).split()
    if not words or not words[-1].lower().endswith("s") or any(w[:1].isupper() for w in words[1:]):
        return None
    first = _DATELINE.sub("", reading[s.span.start : s.span.end]).split()
    if words[0][:1].isupper() and (not first or first[0] != words[0]):
        return None  # capitalised inside the sentence: a name ("Siemens")
    return _closing_according(reading, s, _names, f"'{speaker}' is unnamed")


def _closing_according(
    reading: str, s: Sentence, accept: Callable[[str], object], why: str
) -> tuple[str | None, str | None, str] | None:
    """The source of the sentence's last ", according to X" after its verb, outside a
    quotation, when ``accept(X)``; ``s.verb`` moves to "according to" (left as it was
    otherwise)."""
    assert s.verb is not None
    closing = [None, *_ACCORDING_AFTER.finditer(reading, s.verb.end(), s.span.end)][-1]
    if closing is None or any(q.start <= closing.start() < q.end for q in s.quotes):
        return None
    verb = s.verb
    s.verb = re.compile(r"(according to)").match(reading, closing.start(1))
    source, appositive, found = _according_to(reading, s)
    if not source or not accept(source):
        s.verb = verb
        return None
    return source, appositive, f"{found}, closing the sentence ({why})"


_STANCE_FORMS = frozenset(stance_forms()) | frozenset(POSITION_FORMS)


def _frame_after(
    reading: str, s: Sentence, speaker: str | None
) -> tuple[str | None, str | None, str] | None:
    """ "The defendant admitted taking $600, the prosecutor said": a first verb that tells where
    its subject stands or what it owned up to (``verbs.REPORTED_STANCE``: admitted, rejected,
    believes; ``verbs.POSITION_FORMS``: has offered, wants), in a sentence that closes on a
    frame of its own (", X said", ", X reported", ", according to X"), is X's account of it;
    ``s.verb`` moves to the closing frame. A first verb of saying ("Police said ..., the paper
    reported") relays its subject's words and keeps it."""
    if s.verb is None or not speaker:
        return None
    if " ".join(s.verb.group(1).lower().split()) not in _STANCE_FORMS:
        return None
    verb, told = s.verb, f"'{speaker} {s.verb.group(1)}' is what is told"
    closing = _closing_frame(reading, s, verb.end())
    if closing is not None:
        who = _DETERMINER.sub("", closing[0]).strip()
        if who.lower() in _PRONOUNS or (
            _valid_speaker(who) and agents.speaker_kind(who) in agents.AGENT_KINDS | {"work"}
        ):
            s.verb = closing[1]
            return who, None, f"subject of '{s.verb.group(1)}', closing the sentence ({told})"
    return _closing_according(reading, s, _valid_speaker, told)


_ACT_FORMS = frozenset(act_object_forms())
# what may follow the verb before its object: "admitted to stealing", "added back $1m",
# "agreed last June to defer"
_ACT_LEAD = re.compile(r"\s+(?:(?:to|back|up)\s+)?")
# an object that is words said, not a thing done: "admitted that", "agreed with the study",
# a quotation, a colon or a comma after the verb
_SAID_OBJECT = re.compile(r"(?:that|with|whether|how|why|what)\b|[\"“'‘:,]", re.IGNORECASE)


# the words that open a clause of the object's own ("the charges that ...", "a fund which")
_SUBORDINATORS = {"that", "which", "who", "whom", "whose", "where", "when", "after", "before",
                  "while", "because", "as", "if", "since", "until"}  # fmt: skip
# the words that open where or when something was said, not what: "added in a statement"
_ADJUNCT_OPENERS = {"in", "on", "at", "during", "after", "before", "late", "early", "last",
                    "this", "yesterday", "today", "earlier", "later", "via"}  # fmt: skip
# the words a noun follows, never a verb: "at a cost of", "for the work"
_BEFORE_A_NOUN = {"a", "an", "the", "its", "their", "his", "her", "our", "of", "at", "in", "for",
                  "to", "on", "by", "from", "with", "per"}  # fmt: skip


# "admitted to reporters that", "conceded to the committee that", "admitted to Reuters
# that": a hearer after "to", then what was said ("agreed to a deal that would ..." is a thing
# done with a clause of its own)
_TO_A_HEARER = re.compile(
    r"\s+to\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:reporters|journalists|press|media|court|jury|judges?|committee|inquiry|panel|"
    r"investigators|police|detectives|officers|MPs|lawmakers|legislators|parliament|senators|"
    r"councillors|shareholders|investors|staff|workers|members|[A-Z][\w.'’-]+)\s*,?\s+that\b"
)


def _act_marked(found: str, speaker: str | None, act: str | None) -> str:
    """``found`` marked a guess for a speaker whose verb tells an act (``_act_told``)."""
    if not (speaker and act):
        return found
    return f"{found}; guess: '{act}' with a thing done for its object tells an act, not words"


_POSITIONS = frozenset(POSITION_FORMS)


def _position_marked(s: Sentence, speaker: str | None, found: str) -> str:
    """``found`` marked a guess for the subject of a standing position put as a figure ("The
    district has offered 5 percent", ``lexicon._POSITION``): its offer or demand, which the
    outlet may be telling as an event (extract39)."""
    if not (speaker and found.startswith("subject of")) or s.verb is None:
        return found
    verb = " ".join(s.verb.group(1).lower().split())
    if verb not in _POSITIONS:
        return found
    return f"{found}; guess: '{verb}' puts the subject's position as a figure, not a finding told"


def _act_told(reading: str, s: Sentence, speaker: str | None, found: str) -> str | None:
    """ "The council agreed to a three-month delay", "She admitted stealing $600", "The board
    added back $1.6 million in cuts": a verb of ``verbs.ACT_OBJECT`` whose object is a thing
    done (a gerund, or a noun phrase with no verb of its own before a clause of its own), not
    words said ("admitted that ...", "agreed most of the dead were civilians", "added, '...'")
    tells an act: its subject (``speaker``, found as the verb's subject) is at most a guess.
    Returns the verb."""
    if not (speaker and found.startswith("subject of")) or s.verb is None:
        return None
    return act_verb(reading, s.verb, s.span.end)


def act_verb(reading: str, verb: re.Match[str], end: int) -> str | None:
    """``_act_told``'s reading of one verb (``verb``, its object running to ``end``): the
    verb when it tells an act, else None ("Reports claim that X have agreed a fee of 40
    million": "agreed" tells X's act, reported by the sentence's speaker; extract49)."""
    if verb.group(1).lower() not in _ACT_FORMS:
        return None
    lead = _ACT_LEAD.match(reading, verb.end(), end)
    if lead is None or lead.end() == verb.end() or _SAID_OBJECT.match(reading, lead.end()):
        return None  # "X agreed." or "X added, '...'": no object, or words said
    if _TO_A_HEARER.match(reading, verb.end(), end):
        return None  # "admitted to reporters that ...": words said to someone
    clause = re.split(r"[;:\"“”]", reading[lead.end() : end])[0]
    words = [w.strip(",.") for w in clause.split()]
    if words and words[0].lower() in _ADJUNCT_OPENERS:
        return None  # "..., the agency added in a statement": where or when, no object
    if not words or re.fullmatch(r"[a-z]+ing", words[0]):
        return verb.group(1) if words else None  # "admitted stealing": a gerund, a deed
    for k, word in enumerate(words[1:], start=1):
        if word.lower() in _SUBORDINATORS:
            break  # "... charges that the firm denied": a clause of the object's own
        passive = word.endswith("ed") and words[k + 1 : k + 2] == ["by"]  # "cuts suggested by"
        joined = words[k - 1].lower() in {"and", "or", "but", "then"}  # "... and took $1m"
        noun = words[k - 1].lower() in _BEFORE_A_NOUN  # "at a cost of", "the work"
        if _FINITE.fullmatch(word) and not (passive or joined or noun):
            return None  # "agreed most of the dead were civilians": a clause, what was said
    return verb.group(1)


# a reply to what someone else said, and what they said after "that": "The minister was
# responding to criticism from the opposition leader Tom Reed that the cut was unheard of"
_REPLY_TO_CLAIM = re.compile(
    r"(?:\s+(?:back\s+)?(?:to|at))?\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(criticism|claims?|allegations?|accusations?|charges?|suggestions?|assertions?|"
    r"complaints?)\s+(?:from|by)\s+([^,;:\"“]{3,120}?)\s+that\s",
)
_REPLY_FORMS = reply_forms()  # one list of replies (verbs.REPLY)


def _critic_of_reply(reading: str, s: Sentence, found: str) -> tuple[str, str] | None:
    """A speaker who replies to another's criticism, with its content after "that" ("X was
    responding to criticism from Y that ..."): (Y, how found). What follows "that" is Y's
    words; the sentence tells only that X replied (extract33: on the labelled sets such a
    sentence is labelled Y's, and gave X)."""
    if s.verb is None or not found.startswith(("subject of", "'the ")):
        return None
    if s.verb.group(1).lower() not in _REPLY_FORMS:
        return None
    m = _REPLY_TO_CLAIM.match(reading, s.verb.end(), s.span.end)
    named = _names(m.group(2)) if m else []
    if m is None or not named or not m.group(2).endswith(named[-1]):
        return None  # the phrase ends on a name: "the opposition leader Tom Reed", "Unite"
    critic = named[-1]
    return critic, f"the source of the {m.group(1)} '{s.verb.group(1)}' answers, before 'that'"


def _verb_or_critic(reading: str, s: Sentence) -> tuple[str | None, str | None, str]:
    """``_verb_speaker``'s (speaker, appositive, how found), or the critic a reply answers
    (``_critic_of_reply``)."""
    speaker, appositive, found = _verb_speaker(reading, s)
    critic = _critic_of_reply(reading, s, found)
    return (critic[0], None, critic[1]) if critic else (speaker, appositive, found)


# a pronoun as the object of "according to" or the owner of a work: "according to her",
# "Her figures showed", "His statement said" (extract51): the one the pronoun stands for
_OBJECT_PRONOUNS = {"her": "she", "him": "he", "them": "they", "it": "it"}
_OWNER_PRONOUNS = {"her": "she", "his": "he", "its": "it", "their": "they"}
_OWNED_WORKS = works.nouns() | _DATA_NOUNS | _DOCUMENT_NOUNS | {"statement", "estimate", "count"}


def _pronoun_source(speaker: str | None, found: str) -> tuple[str | None, str]:
    """The subject pronoun an object or an owner pronoun stands for (``_OBJECT_PRONOUNS``),
    so that it is resolved as one; the speaker as it was otherwise."""
    rejected = re.fullmatch(r"rejected '(\w+)'", found)
    if speaker is None and rejected and rejected.group(1).lower() in _OBJECT_PRONOUNS:
        return _OBJECT_PRONOUNS[rejected.group(1).lower()], f"according to '{rejected.group(1)}'"
    words = (speaker or "").lower().split()
    if (
        1 < len(words) <= 3
        and words[0] in _OWNER_PRONOUNS
        and words[-1] in _OWNED_WORKS
        and found.startswith("subject of")
    ):
        return _OWNER_PRONOUNS[words[0]], f"{found}: the owner of '{speaker}'"
    return speaker, found


def _attribute(reading: str, s: Sentence, previous: Sentence | None, earlier: Earlier) -> None:
    speaker, appositive, found = _verb_or_critic(reading, s)
    speaker, found = _pronoun_source(speaker, found)
    act = _act_told(reading, s, speaker, found)
    s.described = appositive if appositive and len(appositive) <= 80 else ""
    if s.verb is not None and found.startswith("subject of") and not _trailing(reading, s):
        s.content_from = s.verb.start()  # what comes before "X said" is the outlet's
    if speaker and speaker.lower() in _PRONOUNS:
        speaker, found = _pronoun_speaker(reading, s, speaker, previous, earlier)
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
    speaker, appositive = _court_speaker(reading, s, speaker, appositive)
    if speaker:
        speaker, found = _resolved(reading, s, speaker, appositive, found, previous, earlier)
    s.phrase = speaker
    if speaker and s.claimant is None:
        s.claimant = _org_of(speaker, appositive) or speaker
    if appositive and speaker and s.claimant == speaker:
        s.claimant = _org_of(speaker, appositive) or speaker
    if speaker:
        speaker = _without_kind(_person_of(speaker))
        if s.claimant == s.phrase or s.claimant == _person_of(s.phrase or ""):
            s.claimant = speaker
        bare_body = s.claimant is not None and s.claimant.lower() in _BODY_NOUNS
        if s.claimant in (speaker, s.phrase) or bare_body:
            found = _body_claimant(reading, s, speaker, appositive, found, earlier)
        if s.claimant is not None and s.claimant.lower() in _BODY_NOUNS:
            s.claimant = speaker  # "the party's spokeswoman", no party named: herself
            found = re.sub(r"; speaks for '[^']*': [^;]*", "", found)
    found = _act_marked(found, speaker, act)
    found = _position_marked(s, speaker, found)
    found = _relative_marked(reading, s, speaker, found)
    s.speaker, s.found = speaker, (_opener_flagged(reading, s, speaker, found) or "none")


# a verb of saying inside a relative clause between commas, then the main clause
# ("Mayor Ana Ruiz, who said she opposed any tax rise, ended up casting the deciding vote"):
# the clause that opens ", who" or ", which" right before the verb, and after the verb a
# comma then a lower-case word that is not a conjunction, a relative or a participle
_RELATIVE_BEFORE = re.compile(r",\s+(?:who|which)\s+(?:[a-z]+\s+){0,2}$")
_MAIN_AFTER = re.compile(
    r"(?<!\d),(?!\d)\s+(?!(?:and|but|or|who|which|where|when|while|although|as|because|"
    r"after|before|since|so|then|according)\b)(?![a-z]+ing\b)[a-z]+\b"
)


def _relative_marked(reading: str, s: Sentence, speaker: str | None, found: str) -> str:
    """A speaker whose verb of saying is inside a relative clause, with the main clause after
    it, is marked a guess: what was said is only the relative clause, and the main clause
    ("..., ended up casting the deciding vote", "..., must pay the other side's costs") is the
    outlet's account or another source's (extract28)."""
    if not speaker or s.verb is None or "guess:" in found or _inside(s.verb.start(), s.quotes):
        return found
    if not _RELATIVE_BEFORE.search(reading, s.span.start, s.verb.start()):
        return found
    after = reading[s.verb.end() : s.span.end]
    main = _MAIN_AFTER.search(after)
    if main is None or '"' in after or "“" in after or re.search(r"\d", after[: main.start()]):
        return found  # a figure said in the clause itself ("who said 300 jobs would go") stays
    return (
        f"{found}; guess: '{s.verb.group(1)}' is inside a relative clause; the main clause "
        "after it is not what was said"
    )


# a court and where it sits: "the Court of Appeal sitting in Owerri", "a jury meeting in
# Leeds"
_COURT_SEAT = re.compile(
    r"(.*\b(?i:court|tribunal|jury|panel|bench)\b.*?)\s+((?:sitting|meeting|convened|based)"
    r"\s+(?:in|at)\s+.+)"
)


def _court_speaker(
    reading: str, s: Sentence, speaker: str | None, appositive: str | None
) -> tuple[str | None, str | None]:
    """A court's verb's speaker: the court opening the sentence (``_court_opening``), without
    where it sits ("The Court of Appeal sitting in Owerri": the court, the place described)."""
    speaker = _court_opening(reading, s, speaker)
    seat = _COURT_SEAT.fullmatch(speaker or "")
    if seat:
        return seat.group(1), appositive or seat.group(2)
    return speaker, appositive


def _court_opening(reading: str, s: Sentence, speaker: str | None) -> str | None:
    """A court's verb whose subject opens the sentence before an insert ("The jurors in
    Galveston, 50 miles from Houston, gave each worker $10 million"): the court that opens
    it, not the insert's last words; ``speaker`` otherwise."""
    if s.verb is None or (speaker and _COURT.search(speaker)):
        return speaker
    if s.verb.group(1).lower() not in _COURT_VERBS | _COURT_ONLY | _COURT_ACTS:
        return speaker
    head = _DATELINE.sub("", reading[s.span.start : s.verb.start()]).split(",")[0]
    court = re.match(
        r"((?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?i:court|tribunal|jury|jurors|panel|bench|"
        r"justices|judges|magistrates?)\b)(?:\s+(?:in|at|of)\s+[^,]*)?$",
        head.strip(),
        re.IGNORECASE,
    )
    return court.group(1) if court else speaker


def _without_kind(name: str) -> str:
    """A body's name without the kind the article gives before it: "rights group Ain o Salish
    Kendra" -> "Ain o Salish Kendra", "Industry body UK Steel" -> "UK Steel"."""
    kind = _KIND_BEFORE.match(name)
    if kind is None or kind.end() >= len(name) or not _names(name[kind.end() :]):
        return name
    if all(w.lower() in _BODY_WORDS for w in name[kind.end() :].split()):
        return name  # "Charity Commission", "Union Bank": the kind is a word of the name
    return name[kind.end() :]


def _opener_flagged(reading: str, s: Sentence, speaker: str | None, found: str) -> str:
    """``found``, said to be a guess when the speaker is a word that only opens sentences;
    empty without a speaker."""
    if not speaker:
        return ""
    if "guess:" not in found and _opener_only(reading, s, speaker):
        return f"{found}; guess: '{speaker}' opens the sentence and is no name elsewhere"
    return found


def _opener_only(reading: str, s: Sentence, speaker: str) -> bool:
    """A one-word speaker that is the sentence's first word and is never capitalised in
    the article except where a sentence opens: a common word ("Provisional", "Particular"),
    perhaps no name at all."""
    if not re.fullmatch(r"[A-Z][a-z]+", speaker):
        return False
    word = speaker.lower()
    if word in _BODY_WORDS or _PEOPLE.match(speaker) or _OTHERS.fullmatch(speaker):
        return False  # "Police said", "Witnesses said": a speaker by its common noun
    if word.endswith("s") or _has_role(speaker):
        return False  # "Drivers said", "Doctors say": a group of people, not a name
    opening = _DATELINE.sub("", reading[s.span.start : s.span.end]).split()
    if not opening or opening[0].strip("\"'(") != speaker:
        return False
    for m in re.finditer(rf"\b{speaker}\b", reading):
        before = reading[max(0, m.start() - 3) : m.start()]
        if not re.search(r"(?:^|[.!?:\n][\"')]?\s*|[\"'(])$", before) and m.start() > 0:
            return False  # capitalised inside a sentence: a name
    return True


def _pronoun_speaker(
    reading: str, s: Sentence, speaker: str, previous: Sentence | None, earlier: Earlier
) -> tuple[str | None, str]:
    """A pronoun's speaker: the sentence's own subject before a closing ', it said', else
    the earlier speaker it stands for."""
    own = _own_subject(reading, s, speaker)
    if own is not None:  # "M&S will close 30 stores, it said": the sentence's own subject
        return own, f"pronoun: the subject of its own sentence, before ', {speaker} said'"
    called = _WHAT_IT_CALLED.search(reading, s.span.start, s.verb.end()) if s.verb else None
    subject = _main_subject(reading, s.span.start, s.verb.start()) if called and s.verb else ""
    if called and subject and subject.lower() not in _PRONOUNS and subject.split()[0][:1].isupper():
        # "A member of the commission resigned to protest what he called fraud": the member
        return subject, f"pronoun: the subject of its own sentence ('{called.group()}')"
    return _pronoun(s, previous, earlier, speaker.lower(), reading)


# "what he called fraud", "what she described as": the pronoun names a word of the subject's
_WHAT_IT_CALLED = re.compile(r"\bwhat\s+(?:he|she|they)\s+(?:called|calls|termed|described)$")


def _own_subject(reading: str, s: Sentence, speaker: str) -> str | None:
    """ "British retailer M&S will close 30 stores, it said": a pronoun in an attribution that
    closes the sentence stands for the named body the sentence opens with ("it"), or the
    person ("he", "she"), when it can."""
    pronoun = speaker.lower()
    if pronoun not in ("it", "he", "she") or s.verb is None or not _trailing(reading, s):
        return None
    if pronoun == "it":
        subject = _main_subject(reading, s.span.start, s.verb.start()) or ""
        m = re.search(r"[A-Z][\w.'’-]*(?:\s+(?:&|and|of|for)?\s*[A-Z][\w.'’-]*)*$", subject)
        name = m.group() if m else ""
        person = _looks_like_person(name) and not _looks_like_body(name) and "&" not in name
        if name and not person and not _common_plural(reading, name):
            return name
        bare = _DETERMINER.sub("", subject).strip()
        if re.fullmatch(r"(?:[a-z-]+\s+){0,2}[a-z]+", bare) and bare.split()[-1] in _BODY_WORDS:
            return bare  # "The army killed 30 militants, it said": the army
        return None
    opening = _DATELINE.sub("", reading[s.span.start : s.verb.start()])
    clause = opening.split(",")[0]
    names = _names(clause)
    if not names or names[0].split()[0] not in clause.split()[:6]:
        return None
    name = names[0]
    if _looks_like_person(name) and not _looks_like_body(name):
        return _person_of(name)
    return None


def _body_claimant(
    reading: str, s: Sentence, speaker: str, appositive: str | None, found: str, earlier: Earlier
) -> str:
    """Set the claimant to the body the speaker speaks for or is, when the text names it
    elsewhere ("a police spokesman" -> "Rostock police"; "police" alone the same), and say
    so in what ``found`` returns."""
    got = _body_spoken_for(reading, s, s.phrase or speaker, appositive, earlier)
    if got is not None:
        s.claimant = got[0]
        return f"{found}; {got[1]}"
    named = _body_named_before(speaker, reading, s.span.start)
    if named is not None and named.lower() != speaker.lower():
        s.claimant = named
        return f"{found}; claimant: '{speaker}' is the {named} named before"
    return _unnamed_group(s, speaker, found, earlier, reading)


# an area the paragraph names, whose officials "officials" may be: "in Ballia district"
_LOCAL_AREA = re.compile(
    r"\b([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+(?:district|province|county|municipality|prefecture|"
    r"region|state))\b"
)

# people the article does not name, who speak for no body it names: "officials said"
_OFFICIALS = re.compile(r"^(?:the\s+)?(?:officials|authorities)$", re.IGNORECASE)
_PEOPLE = re.compile(
    r"^(?:the\s+|some\s+|many\s+|local\s+)*(?:[a-z-]+\s+)?(?:residents|witnesses|villagers|"
    r"sources|experts|analysts|doctors|rescuers|activists|protesters|organi[sz]ers|relatives|"
    r"survivors|locals|people|workers|farmers|economists|observers|diplomats|critics|opponents|"
    r"supporters|campaigners|sceptics|skeptics|scientists|researchers|investors|traders|"
    r"parents|patients|families|neighbou?rs|eyewitnesses|onlookers|volunteers)"
    r"(?:\s+(?:familiar\s+with|close\s+to|with\s+knowledge\s+of|briefed\s+on)\s.*)?$",
    re.IGNORECASE,
)


def official_body(speaker: str, earlier: Earlier) -> str | None:
    """For "officials" or "the authorities" with no modifier: the last official body that
    spoke (a ministry, the police, the navy, a sheriff), or None."""
    if not _OFFICIALS.match(speaker):
        return None
    for _, name, org in reversed(earlier):
        body = org or name
        if body != speaker and _looks_like_official(body):
            return body
    return None


def _unnamed_group(
    s: Sentence, speaker: str, found: str, earlier: Earlier, reading: str = ""
) -> str:
    """ "Officials said ..." (no modifier: "Afghan officials" are no guess): the claimant is
    the last official body that spoke, as a guess;
    "residents said", "witnesses said": no body to log, said to be a guess either way."""
    reach = _body_in_reach(reading, s, speaker) if reading else None
    if reach is not None:  # "In Ningshan County, ..., an official said": the county
        s.claimant, how = reach
        return f"{found}; {how}"
    if _THE_JUDGE.fullmatch(speaker):  # "The judge ordered": of the court the article told
        court, _, judged = _court_of(speaker, "judge", earlier, reading[: s.span.start])
        if judged is not None and court:
            s.claimant = court
            return f"{found}; {judged}"
    if _OFFICIALS.match(speaker):
        body = official_body(speaker, earlier)
        if body is not None:
            s.claimant = body
            return f"{found}; guess: '{speaker}' of {body}, the last official body that spoke"
        para = reading[reading.rfind("\n", 0, s.span.start) + 1 : s.span.start]
        places = _LOCAL_AREA.findall(para)
        if places:  # "The largest hospital in Ballia district ... Officials said": local ones
            s.claimant = f"{places[-1]} officials"
            return f"{found}; guess: '{speaker}' of {places[-1]}, the area the paragraph is about"
        return f"{found}; guess: '{speaker}' of no body the article names"
    group = _armed_group(reading, speaker)
    if group is not None:
        s.claimant = group or s.claimant
        how = f"{group}, the one armed group named" if group else "no one armed group named"
        return f"{found}; guess: '{speaker}' of {how}"
    spoke = s.last_said
    if (
        _BARE_SPOKESPERSON.fullmatch(speaker)
        and spoke is not None
        and spoke[2]
        and _looks_like_body(spoke[2])
        and reading.count("\n", spoke[0], s.span.start) <= 2
        and not _other_body_between(reading, s, spoke[0], spoke[2])
    ):  # "The Welsh Government said ... A spokeswoman said": for the body that just spoke,
        # in the same paragraph or the one before ("The council has rejected the claims.\n\n
        # A spokesman said: ..."), no one else having spoken between
        s.claimant = spoke[2]
        return f"{found}; guess: '{speaker}' for {spoke[2]}, the body that spoke just before"
    bare = _BARE_OFFICIAL.fullmatch(speaker)
    acting = _acting_body(reading, s) if bare else None
    if acting and (speaker.lower() in acting.lower() or _has_role(acting)):
        acting = None  # "A military spokesman said ...": the subject is the speaker himself
    if bare and acting and (not bare.group(1) or bare.group(1).lower() in acting.lower().split()):
        # "Security forces killed 30 militants, a senior (security) official said": for the
        # body whose act the sentence reports; an official described as another's ("a
        # Ukrainian official", after "Russia launched ...") is no one's guess here
        s.claimant = acting
        return f"{found}; guess: '{speaker}' for {acting}, whose act the sentence reports"
    if _PEOPLE.match(speaker):
        return f"{found}; guess: '{speaker}', an unnamed group, speaks for no body"
    if _AUTHORLESS.fullmatch(speaker):  # "Previous estimates put the toll at 30"
        return f"{found}; guess: '{speaker}' names no author"
    return found


# a court's judge with no name: "the judge", "the presiding judge", "a magistrate"
_THE_JUDGE = re.compile(
    r"(?:the\s+|a\s+)?(?:(?:presiding|trial|district|high\s+court|appeals?\s+court)\s+)?"
    r"(?:judge|magistrate|justice)",
    re.IGNORECASE,
)


# an unnamed official who says for whom by a kind word at most: "an official", "officials",
# "local officials", "a county official", "the authorities", "a spokesman"
_UNNAMED_OFFICIAL = re.compile(
    r"(?:an?\s+|the\s+|some\s+)?(?:(?:senior|top|high-ranking|junior|local|other|several|"
    r"two|three)\s+)*(?:([a-z]+)\s+)?(officials?|authorities|spokes(?:man|woman|person)|"
    r"representatives?)",
    re.IGNORECASE,
)
# the kind word before "officials" and the kinds of body it allows: "county officials" are a
# county's, "local officials" an area's, "company officials" a company's
_AREA_WORDS = mentions.AREA_KINDS - {"department"}
_KIND_WORDS: dict[str, frozenset[str]] = {
    "local": _AREA_WORDS,
    **{k: frozenset({k}) for k in _AREA_WORDS},
    **dict.fromkeys(("company", "firm", "corporate", "mill", "plant", "factory"),
                    frozenset({"company", "firm", "corporation"})),
}  # fmt: skip


def _body_in_reach(reading: str, s: Sentence, speaker: str) -> tuple[str, str] | None:
    """(body, how) for an unnamed official ("an official said", "officials said", "local
    officials said") whose paragraph names a body or an area with officials, outside
    quotations, up to the sentence's end ("In the province's Ningshan County, 163 people were
    missing, an official said"; "Floods hit Ningshan County. An official said"): that body
    when the paragraph names exactly one of a kind the speaker allows, else the last one
    named before the speaker's words, as a guess. A court, a tribunal or a jury is never one
    (``mentions.bodies_in_reach``). None when the paragraph names none."""
    m = _UNNAMED_OFFICIAL.fullmatch(speaker.strip())
    if m is None:
        return None
    kind = (m.group(1) or "").lower()
    if kind and kind not in _KIND_WORDS:
        return None  # "ministry officials", "Afghan officials": said by other rules
    allowed = _KIND_WORDS.get(kind)
    if _acting_body(reading, s) is not None:
        return None  # "Security forces killed 30 militants, an official said": theirs
    start = reading.rfind("\n", 0, s.span.start) + 1
    found = [
        r
        for r in mentions.bodies_in_reach(reading[start : s.span.end])
        if allowed is None or r.kind in allowed
    ]
    if not found:
        return None
    names = {r.name.lower() for r in found}
    said_at = reading.find(s.phrase or speaker, s.span.start, s.span.end) - start
    if len(names) == 1:
        name = found[-1].name
        return name, f"'{speaker}' of {name}, the one body of that kind the paragraph names"
    at, who, org = s.last_said if s.last_said is not None else (-1, "", None)
    spoke = org or who
    if spoke and spoke.lower() in names and start <= at:
        return spoke, (  # "The ministry said X of Kestrel Motors. A spokeswoman said": its
            f"guess: '{speaker}' of {spoke}, the one of {len(names)} bodies the paragraph "
            "names that spoke"
        )
    before = [r for r in found if said_at < 0 or r.at < said_at] or found
    name = before[-1].name
    return name, (
        f"guess: '{speaker}' of {name}, the last of {len(names)} bodies the paragraph names"
    )


# a spokesperson who says for whom: none ("A spokeswoman said")
_BARE_SPOKESPERSON = re.compile(r"(?:an?\s+|the\s+)?(?:spokes(?:man|woman|person)|representative)")


def _other_body_between(reading: str, s: Sentence, since: int, body: str) -> bool:
    """Whether a sentence after the one at ``since`` and before ``s`` is about another named
    body ("The council said ...¶Unison has organised a strike. A spokesman said": Unison's)."""
    low = reading.lower()
    return any(
        name != body and low.find(sentence, since + 1, s.span.start) > since
        for name, sentence, _ in s.bodies
        if sentence
    )


def _acting_body(reading: str, s: Sentence) -> str | None:
    """The body the sentence's main clause is about: a named one ("Ofcom fined O2"), or a
    body described ("Pakistan security forces killed 30 militants", "The army said")."""
    named = _subject_body(reading, s)
    if named is not None and not _common_plural(reading, named):  # "Protesters" is no body
        return named
    subject = _main_subject(reading, s.span.start, s.span.end)
    if not subject or len(subject.split()) > 5:
        return None
    subject = _DETERMINER.sub("", subject).strip()
    words = {w.lower().strip(".,") for w in subject.split()}
    return subject if words & _BODY_WORDS else None


# an official or a spokesperson who says for whom: none; a word before the role may say
# which body ("a senior security official"): the group
_BARE_OFFICIAL = re.compile(
    r"(?:an?\s+|the\s+)?(?:(?:senior|top|high-ranking|junior|local)\s+)?(?:([a-z]+)\s+)??"
    r"(?:spokes(?:man|woman|person)|official|representative)",
    re.IGNORECASE,
)

# data or a document named by no author: "Previous estimates", "Early reports", "media reports",
# "a memo seen by Reuters" (who saw it did not write it)
_AUTHORLESS = re.compile(
    r"(?:the\s+|an?\s+)?(?:(?-i:[A-Z]?[a-z-]+)\s+){0,2}(?:estimates?|reports?|figures|data|"
    r"statistics|numbers|counts?|tally|accounts?|projections?|forecasts?|studies|surveys?|polls?|"
    r"memos?|documents?|letters?|emails?|filings?)(?:\s+(?:seen|obtained|reviewed)\s+by\s+.+|"
    # a period, not an author: "Data from 2019", "figures for the first quarter"
    r"\s+(?:from|for|of|in|since|covering)\s+(?:the\s+)?(?:(?:first|second|third|fourth|last|"
    r"past|previous|same)\s+)?(?:\d{4}|(?-i:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)|quarter|year|month|week|decade|period)\b.*)?",
    re.IGNORECASE,
)


def _looks_like_official(name: str) -> bool:
    """A body of a state: a ministry, an agency, the police, a council, a government."""
    words = {w.lower().strip(".,") for w in name.split()}
    return bool(words & _OFFICIAL_WORDS) and not _has_role(name)


_OFFICIAL_WORDS = {"ministry", "department", "agency", "police", "government", "council",
                   "authority", "commission", "office", "army", "military", "administration",
                   "ministries", "governor", "embassy", "court", "regulator", "navy",
                   "sheriff"}  # fmt: skip


def _common_plural(reading: str, word: str) -> bool:
    """ "Fares will rise ..., the airline said", "Turnout was 65%, the commission said": a word
    capitalised only where it opens a sentence is a common noun, no named body ("Siemens" is
    capitalised mid-sentence too)."""
    if " " in word or not re.fullmatch(r"[A-Z][a-z]+", word):
        return False
    return re.search(rf"[\w,;:]\s+{re.escape(word)}\b", reading) is None


def _its_body(reading: str, s: Sentence, earlier: Earlier) -> str | None:
    """The body "its" stands for in the sentence: its subject, a named body, or the earlier
    named body the sentence opens with ("Tyrell employs 37,000, according to its annual
    report" after "Tyrell Motors Co said")."""
    body = _subject_body(reading, s)
    if body is not None:
        return body
    opening = _DATELINE.sub("", reading[s.span.start : s.span.end]).split()
    first = opening[0].strip(",'’") if opening else ""
    for _, name, _ in reversed(earlier):
        if first[:1].isupper() and name.split()[0] == first and _looks_like_body(name):
            return name
    return None


# a subordinating word right before a clause's subject: that clause is not the sentence's own
_SUBORDINATE = re.compile(
    r"\b(?:after|before|when|because|since|while|although|though|until|once|if|unless)\s+$",
    re.IGNORECASE,
)


def _own_body(reading: str, s: Sentence, speaker: str) -> tuple[str, str | None, str | None] | None:
    """ "Kestrel Motors will cut 2,000 jobs, the company announced": a bare body noun that
    attributes a sentence whose subject is a named body of that kind is that body (a union
    is no "company"; a body of unknown kind may be any)."""
    m = re.fullmatch(r"(?:the|its)\s+([a-z]+)", speaker, re.IGNORECASE)
    if m is None or m.group(1).lower() not in _BODY_NOUNS:
        return None
    head = m.group(1).lower()
    body = _subject_body(reading, s)
    if body is None or _common_plural(reading, body):
        return None
    words = set(body.lower().split())
    other = words & (_BODY_NOUNS | _BODY_KINDS) - {head} - (_COMPANY if head in _COMPANY else set())
    if other:
        return None
    if words & _COMPANY_ENDINGS and head not in _COMPANY | _ANY_BODY:
        return None  # "Kestrel Motors will cut 1,200 jobs, the union said": a company is no union
    kind_said = head in words or (head in _COMPANY and bool(words & _COMPANY_ENDINGS))
    if not kind_said and _named_of_kind_before(reading, s, head, body):
        # "Kestrel has received 40 reports, the agency said" after "the Household Safety
        # Commission (HSC) announced a recall": the subject, of no kind its name shows, is
        # not the agency when the page has named one before (extract43)
        return None
    if not kind_said and _in_a_clause(reading, s, speaker):
        return None  # "Labour hit out ... after the charity said": no charity by its name
    return body, body, f"'the {head}': {body}, the sentence's subject"


def _named_of_kind_before(reading: str, s: Sentence, head: str, body: str) -> bool:
    """Whether the page names, before the sentence, a body other than ``body`` whose name
    shows it is a ``head`` ("the Household Safety Commission" for "the agency")."""
    named = mentions.named_body(head, reading[: s.span.start])
    return named is not None and named.name.lower() != body.lower()


def _in_a_clause(reading: str, s: Sentence, speaker: str) -> bool:
    """The speaker opens a clause of its own, after a subordinating word ("after the charity
    said"), not the sentence's attribution ("..., the company said")."""
    if s.verb is None:
        return False
    before = reading[s.span.start : s.verb.start()]
    at = before.lower().rfind(speaker.lower())
    return at >= 0 and _SUBORDINATE.search(before[:at]) is not None


# "the report", "the 37-page report", "the new study": a work the article introduced before
_THE_WORK = re.compile(
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(report|study|survey|audit|review|analysis)", re.I
)


def _work_named_before(reading: str, s: Sentence, speaker: str) -> tuple[str, str, str] | None:
    """ "The 37-page report documents ..." after "a joint report released by X and Y": the
    author the article named with the last work of that noun before the sentence (a
    paragraph or more back counts), as written there."""
    m = _THE_WORK.fullmatch(speaker.strip())
    if m is None:
        return None
    noun = m.group(1).lower()
    before = reading[max(0, s.span.start - 2000) : s.span.start]
    last = None
    for w in _WORK_BY.finditer(before):
        if re.match(rf"{noun}\b", w.group(), re.I):
            last = w
    author = _author_named(last.group()) if last is not None else None
    if not author or not _names(author):
        return None
    return author, author, f"'the {noun}': the {noun} named before with its author"


def _resolved(
    reading: str,
    s: Sentence,
    speaker: str,
    appositive: str | None,
    found: str,
    previous: Sentence | None,
    earlier: Earlier,
) -> tuple[str | None, str]:
    """The speaker a phrase refers to (a document's author, an earlier speaker, a work's
    author named beside it or after it), setting ``s.claimant`` where that says who."""
    speaker = re.sub(r"^by\s+", "", speaker)
    author = _author(speaker)
    if author is not None:  # "according to the WHO statement": WHO
        speaker, found = author, f"{found}; the author of '{speaker}'"
    its = re.match(r"its\s+", speaker)
    body = _its_body(reading, s, earlier) if its else None
    if its and body is not None:  # "X faces a gap, according to a letter from its finance
        rest = speaker[its.end() :]  # director": the director of X, the sentence's subject
        if rest.split()[-1].lower() in _DOCUMENT_NOUNS | _DATA_NOUNS | {"records", "accounts"}:
            return body, f"{found}; '{speaker}': 'its' is {body}, the sentence's subject"
        s.claimant = body
        return rest, f"{found}; 'its' is {body}, the sentence's subject"
    agent = _RELEASED_BY.match((appositive or "").strip())
    head = speaker.lower().split()[-1] if speaker.split() else ""
    if agent and head in _DATA_NOUNS | _DOCUMENT_NOUNS:
        who = _valid_speaker(agent.group(1))
        if who:  # "The figures, released by the statistics office on Monday, show"
            who = _DETERMINER.sub("", who).strip()
            return who, f"{found}; '{speaker}' released by {who}"
    bodies = previous.bodies if previous is not None else ()
    own = _own_body(reading, s, speaker) or _work_named_before(reading, s, speaker)
    before = reading[: s.span.start]
    speaker, claimant, how = own or _corefer(speaker, earlier, bodies, before)
    if how:
        s.claimant, found = claimant, how
    verb, said = s.verb, ""
    if verb is not None:  # the words that may describe the work: before the verb, or after
        after = is_according(verb.group(1))  # "according to figures from X, ..."
        said = reading[verb.end() : s.span.end] if after else reading[s.span.start : verb.start()]
    work = None if how else _work_author(reading, speaker, appositive, s.span.end, said)
    if work is not None:  # "A global study ... The study, by the X Institute, ...": X
        speaker, found = work[0], f"{found}; {work[1]}"
    elif not how and _UNRESOLVED.fullmatch(speaker):  # "the official": whom the text never said
        found = f"{found}; guess: '{speaker}' refers to no one named before"
    return _DETERMINER.sub("", speaker).strip() or None, found


# a definite description that should name someone named before: "the official", "the company"
# ("the police", "the army", "the government" are the country's own and need no antecedent,
# and "the interior ministry", "the regional health office" describe themselves)
_UNRESOLVED = re.compile(
    r"the\s+(?:(?:senior|top|same|unnamed|anonymous)\s+)?(?:official|spokes(?:man|woman|person)|source|company|firm|"
    r"group|agency|organi[sz]ation|department|union|watchdog|regulator|office|board|commission|"
    r"authority|institute|charity|operator|lender|carmaker|manufacturer|man|woman|person|"
    r"indictment|complaint|lawsuit)",
    re.IGNORECASE,
)


# the body a data subject's insert names: "released by the statistics office on Monday"
_RELEASED_BY = re.compile(
    r"(?:released|published|compiled|issued|produced|collected|gathered|provided|prepared|"
    r"put\s+out)\s+by\s+(.+?)(?:\s+(?:on|in|last|this|earlier|late|early)\b.*)?$"
)


_FINDING_VERBS = re.compile(
    r"(?:found|finds|show(?:s|ed)|released|releases|publishe[sd]|issued|issues|estimated|"
    r"estimates|reported|reports|according to|concluded|concludes|calculated|counted|tallied|"
    r"recorded|projected|forecast)\b",
    re.IGNORECASE,
)

_COMMENT = re.compile(
    r"(?:That|This|It|Which|These|Those)(?:['’]s\b|\s+(?:is|was|are|were|would|will|means|"
    r"meant|makes|made|compares|puts)\b)"
    r"|In\s+fact\b"  # "In fact, the toll rose on Monday": the outlet setting the record straight
)


# a sentence that opens on the previous sentence's figure or group: "Of that money, ...",
# "Of those, ...", "Among them, ..."
_COUNT_WORDS = (
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
    r"fifty|hundred"
)
_BACK_REFERENCE = re.compile(
    r"(?:Of|Among|From|Out\s+of)\s+(?:that|those|these|this|them|the\s+(?:total|sum|rest))\b"
    r"[^,.;]{0,30},"
    # "Of the six newly reported deaths, ...": a part of the count just given, by its number
    rf"|(?:Of|Among|Out\s+of)\s+the\s+(?:\d[\d,]*|{_COUNT_WORDS})\s+(?:[a-z-]+\s+){{0,3}}?"
    r"[a-z-]+s\b,?"
    # "A further 250 cases ...", "Another 12 ...": more of the same account
    rf"|(?:A\s+further|Another|An\s+additional)\s+(?=\d|(?:{_COUNT_WORDS})\b)"
    # "Among the missing are 27 girls", "In Tarn County alone, 40 died": a part of the toll
    # just given, by whom it counts or where (extract47)
    r"|Among\s+the\s+(?:dead|missing|injured|wounded|victims|casualties|displaced|evacuated|"
    r"arrested|detained|survivors|rescued)\b"
    r"|In\s+(?:[A-Z][\w'’.-]*\s+){1,3}alone,"
)

_HEARSAY = re.compile(
    r"\b(?:reportedly|allegedly|apparently|purportedly|rumou?red|it\s+is\s+(?:understood|"
    r"believed|thought)|(?:is|are|was|were)\s+(?:said|believed|thought)\s+to)\b",
    re.IGNORECASE,
)


# a hearing's account told in the passive of what it heard: "The court was told", "Jurors
# heard how", "The tribunal has heard that" (the court itself says nothing; extract41)
_HEARD = re.compile(
    r"\s*(?:(?:but|and|however|meanwhile),?\s+)?(?:the\s+|a\s+)?(?:[A-Z][\w'’-]*\s+){0,3}?"
    r"(court|jury|jurors|tribunal|inquest|hearing|magistrates|panel)\s+"
    r"(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+told|(?:has\s+|have\s+|had\s+)?heard)"
    r"\b",
    re.IGNORECASE,
)


def heard_in_court(reading: str, s: Sentence) -> None:
    """A figure sentence that tells what a court heard ("The court was told the parish was
    funded by a precept of £16,000", "Jurors heard how £3.9 million was invested"), with no
    source of its own: the counsel or witness who spoke last before it, a paragraph or two
    back, as a guess (a hearing's words are its speakers', the court only heard them)."""
    if s.speaker or s.last_said is None:
        return
    m = _HEARD.match(reading, s.span.start, s.span.end)
    said_at, who, claimant = s.last_said
    if m is None or reading.count("\n", said_at, s.span.start) > 3:
        return
    s.speaker, s.claimant = who, claimant or who
    s.found = f"guess: what the {m.group(1).lower()} heard, from {who}, the last to speak before it"


def _continues_findings(reading: str, s: Sentence, previous: Sentence | None) -> None:
    """A figure sentence with no attribution right after a source's words in the same
    paragraph goes on with them ("X released a study that ... . India and China each
    accounted for 11 lakh."; "The agency said 14 died. Fifteen were missing."): the source
    is proposed as a guess, said to be one."""
    if _count_named_before(reading, s):
        return
    if previous is None:
        return
    if not previous.speaker:
        _continues_work(reading, s, previous)
        return
    chained = previous.verb is None and previous.found.startswith("guess: goes on with")
    if previous.verb is None and not chained:
        return
    back = _BACK_REFERENCE.match(reading, s.span.start)
    if "\n" in reading[previous.span.end : s.span.start] and back is None:
        return  # a new paragraph, unless it opens on the account's own figure: "Of that money"
    if _COMMENT.match(reading, s.span.start):
        return  # "That's way below ...", "That would make it ...": the outlet's own comment
    if _two_sources(reading, previous):
        return  # "X argued it was due $380m, while Y said ...": whose account goes on, the
        # reader cannot tell (extract47: the last speaker named was taken)
    if _HEARSAY.search(reading, s.span.start, s.span.end):
        return  # "Three nurses are reportedly ill": a source of its own, unnamed
    if _own_figure(reading, s, previous.speaker):
        return  # "The Afghan estimate ... was about 25": the figure names its own owner
    issuer = _issues_figure(reading, s, previous.speaker)
    if issuer is not None:  # "The ministry released an early figure of 2,310": its own
        s.speaker = s.claimant = issuer
        s.found = f"guess: '{issuer}' issues the figure in its own sentence"
        return
    s.speaker, s.claimant = previous.speaker, previous.claimant
    if previous.verb is None:  # a continuation's continuation: the same account
        s.found = previous.found
        return
    what = "findings" if _FINDING_VERBS.match(previous.verb.group(1)) else "words"
    where = f"after '{back.group().strip()}'" if back else "in the paragraph"
    s.found = f"guess: goes on with {previous.speaker}'s {what} {where}"


def _two_sources(reading: str, s: Sentence) -> bool:
    """Whether the sentence gives two sources in clauses of their own ("Apple argued it was due
    $380 million, while Samsung said it should owe $52 million")."""
    parts = clauses.split(reading, s.span, s.quotes)
    if len(parts) < 2:
        return False
    frames = (clauses.frame(reading, c, s.quotes, s.span) for c in parts)
    named = {f.who.lower() for f in frames if f is not None and f.who}
    return len(named) >= 2


# a sentence that opens on a figure its owner is named with: "The Afghan estimate", "The
# ministry's count", "Police figures" (a body, a name or a country's adjective)
_OWNED_FIGURE = re.compile(
    r"(?:(?:The|An?|Its|Their)\s+)?((?:[A-Z][\w'’.-]*\s+){1,4}|[a-z]+(?:['’]s)?\s+)"
    r"(?:(?:official|preliminary|provisional|latest|new|own|death|casualty)\s+){0,2}"
    r"(?:estimates?|figures?|count|tally|toll|total|data|statistics|numbers)\b"
)


def _own_figure(reading: str, s: Sentence, speaker: str) -> bool:
    """The sentence opens on a figure whose owner it names, someone other than ``speaker``
    ("The U.S. military said 40 ... . The Afghan estimate ... was about 25"): an intervening
    source, so the speaker before is not carried (extract19: measured in
    bench/narration_carry.py)."""
    m = _OWNED_FIGURE.match(reading, s.span.start)
    if m is None:
        return False
    owner = re.sub(r"['’]s?$", "", m.group(1).strip())
    if not owner or set(owner.lower().split()) & set(speaker.lower().split()):
        return False
    if owner[:1].islower():
        return agents.word_kind(owner) in {"body", "group", "polity"}
    return mentions.country_of(owner) is not None or agents.speaker_kind(owner) in {
        "name",
        "body",
        "group",
        "polity",
    }


# a sentence whose subject issues a figure: "The ministry issued a preliminary figure of"
_ISSUES = re.compile(
    r"(?:The\s+)?((?:[A-Z][\w'’.&-]*\s+){0,4}?(?:[A-Z][\w'’.&-]*|[a-z]+))\s+"
    r"(?:(?:has|had|also|later|then|on\s+\w+)\s+)*(?:issued|released|published|put\s+out|"
    r"gave|provided)\s+(?:a|an|its|their|the|new|updated|\s)+(?:[\w-]+\s+){0,2}?"
    r"(?:estimates?|figures?|count|tally|toll|total|data|statistics|numbers)\b"
)


def _issues_figure(reading: str, s: Sentence, speaker: str) -> str | None:
    """The sentence's subject, someone other than ``speaker``, issues the figure ("The
    ministry released an early figure of 2,310 deaths"): that subject, an intervening
    source (extract19, bench/narration_carry.py)."""
    m = _ISSUES.match(reading, s.span.start)
    if m is None:
        return None
    who = m.group(1).strip()
    if set(who.lower().split()) & set(speaker.lower().split()):
        return None
    kind = agents.speaker_kind(who, reading)
    return who if kind in {"name", "person", "body", "group", "polity"} else None


# a sentence that opens on a count named before: "That toll has climbed", "This figure rose"
_THAT_COUNT = re.compile(
    r"(?:That|This|The\s+same)\s+(?:(?:official|death|casualty|latest)\s+)*"
    r"(toll|count|tally|figure|estimate|total)\b"
)
# the count with its owner before it: "the government death toll", "the ministry's tally",
# "Kestrel Motors' estimate" (a body's noun or a name, then up to two words)
_OWNED_COUNT = re.compile(
    r"\b(?:the\s+)?((?:[A-Z][\w'’.&-]*\s+(?:(?:of|for|and|the)\s+)*){0,4}(?:(?:[a-z]+\s+)?"
    r"(?:government|ministry|army|"
    r"police|agency|council|commission|office|authorities|military)|[A-Z][\w.&-]*))(?:['’]s?)?"
    r"\s+(?:(?:official|death|casualty|latest|own|preliminary|provisional)\s+){0,2}"
    r"(toll|count|tally|figures?|estimate|total)\b"
)


def _count_named_before(reading: str, s: Sentence) -> bool:
    """A figure sentence that opens on a count the article gave its owner in the sentences
    just before, this paragraph or the one before ("... quotes only the government death
    toll.\n\nThat toll has climbed to 230,000"): the owner, resolved as "the government" is,
    proposed as a guess. Whether it did (it sets the speaker)."""
    that = _THAT_COUNT.match(reading, s.span.start)
    if that is None:
        return False
    back = reading[max(0, s.span.start - 600) : s.span.start]
    breaks = [m.end() for m in re.finditer(r"\n\s*\n|\n", back)]
    back = back[breaks[-2] :] if len(breaks) >= 2 else back  # this paragraph and the last
    noun = that.group(1)
    owned = [m for m in _OWNED_COUNT.finditer(back) if m.group(2).rstrip("s") == noun]
    if not owned:
        return False
    owner = _DETERMINER.sub("", owned[-1].group(1)).strip()
    if owner.lower() in ("government", "the government"):
        named = mentions.government(reading[: s.span.start])
        owner = named.name if named is not None else ""
    elif not _names(owner) or owner.split()[0] in ("That", "This", "The", "A", "An"):
        return False
    if not owner:
        return False
    s.speaker = s.claimant = owner
    s.found = f"guess: '{that.group().strip()}' is the {noun} {owner} gave, named just before"
    return True


# a body that puts out a work: "The Ministry of Health published a report on Monday"
_PUT_OUT = re.compile(
    r"^['’]?s?\s*(?:has\s+|had\s+|on\s+\w+\s+|also\s+)*(?:released|published|issued|"
    r"put\s+out|unveiled|presented|compiled|produced|carried\s+out|conducted|completed)\s+"
    rf"(?:a|an|its|their|the)\s+(?:[\w-]+\s+){{0,3}}?({'|'.join(sorted(works.nouns()))})\b"
)


def _continues_work(reading: str, s: Sentence, previous: Sentence) -> None:
    """A figure sentence with no attribution right after a sentence in which a named body put
    out a work, in the same paragraph ("The Ministry of Health published a report on Monday.
    It found 300 deaths."): the work's findings told by the outlet, the body proposed as a
    guess (the outlet may be telling something else); later sentences go on with it."""
    if "\n" in reading[previous.span.end : s.span.start] or _COMMENT.match(reading, s.span.start):
        return
    if _HEARSAY.search(reading, s.span.start, s.span.end) or not previous.bodies:
        return
    name, said, _ = previous.bodies[-1]
    text = reading[previous.span.start : previous.span.end]
    if said != text.lower():
        return  # the body was the subject of an earlier sentence, not of this one
    at = text.find(name)
    made = _PUT_OUT.match(text[at + len(name) :]) if at >= 0 else None
    if made is None:
        return
    s.speaker = s.claimant = name
    s.found = f"guess: goes on with the {made.group(1)} {name} put out, in the paragraph"


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
    if role == "answer":
        # an answer is a claim of the interviewee's, named on the page or not (extract40)
        cues.append("interview answer")
    elif role == "first person":
        cues.append("first person")  # its author's, named on the page or not (extract40)
    if cues:
        _attribute(reading, s, previous, earlier)
        if index is not None:
            _resolve_names(s, index, earlier, reading)
        if role == "answer" and not _third_party(s, interviewee or ""):
            # the interviewee's; where the page never names the interviewee, nobody as a
            # confident name and never the outlet's narration: the candidate says so
            s.speaker = s.claimant = interviewee or None  # "": initials never spelled out
            how: str | None = lay.holders.get(s.span.start, "the name before the colon")
            if s.span.start not in lay.speakers:
                how = None
            s.found = "interview answer: " + (how or lay.interviewee_found or UNNAMED_INTERVIEWEE)
            s.content_from = None
        elif role == "first person" and not _third_party(s, lay.authors[s.span.start][0] or ""):
            s.speaker = s.claimant = lay.authors[s.span.start][0]
            s.found = lay.authors[s.span.start][1]
            s.content_from = None
        if s.speaker and not _NO_ANTECEDENT.search(s.found):
            said_as = f"{s.phrase or s.speaker} ({s.described})" if s.described else None
            earlier.append((said_as or s.phrase or s.speaker, s.speaker, s.claimant))
    return cues


# a speaker too unsure to be what a later "the company" or "he" refers to: a word that only
# opens sentences, data with no author
_NO_ANTECEDENT = re.compile(r"guess: '[^']*' (?:opens the sentence|names no author)")


def _third_party(s: Sentence, turn: str) -> bool:
    """An answer that quotes or reports someone else named, or a body ('The chief said
    "..."', "The authority says it sent an alert", "They say ..." after the host named who
    they are): theirs; anything else an interviewee says is the interviewee's, and so is a
    sentence whose subject only opens it ("Both studies counted ...")."""
    verb = s.verb.group(1).lower() if s.verb is not None else ""
    resolved = s.found.startswith(("'the ", "surname")) and verb in _SAYING  # "The president
    # went on to say" in a host's turn: the president's; "the council counted"
    # in a guest's answer stays the guest's account
    if s.found.startswith("pronoun:") and verb in _SAYING and s.speaker != turn:
        resolved = _PRONOUN_SUBJECT.match(s.opening) is not None
    if s.speaker and _FIRST_PERSON_WORD.search(s.speaker):
        return False  # "Well I think anyone who's been there thinks ...": the answer's own
    return bool(
        s.speaker
        and not _NO_ANTECEDENT.search(s.found)
        and (s.quotes or s.verb is not None)
        and (s.found.startswith(("subject of", "after", "according to", "agent")) or resolved)
        and s.speaker.lower() not in _PRONOUNS
        and (
            _names(s.speaker)
            or s.speaker.split()[-1].lower() in _BODY_WORDS
            or bool(_OTHERS.fullmatch(s.speaker) or _PEOPLE.match(s.speaker))
        )
    )


# a first-person word inside a subject read as a speaker: the phrase is the answer's own words,
# no one else's ("Well I think anyone who's been in a position like this thinks ...")
_FIRST_PERSON_WORD = re.compile(r"(?<![\w'’-])(?:I|we|We|my|My|our|Our|me|us)(?![\w'’-])")

# a pronoun of someone else as a saying verb's subject: "They say", "He told"
_PRONOUN_SUBJECT = re.compile(r"\s*(?:he|she|they)\s", re.IGNORECASE)

_SAYING = {
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "claimed",
    "claims",
    "insisted",
    "insists",
    "stated",
    "states",
    "wrote",
    "writes",
    "argued",
    "argues",
}

# others an interviewee or an interviewer reports: "The opposition says turnout was inflated"
_OTHERS = re.compile(
    r"(?:the\s+)?(?:opposition|government|police|army|military|unions?|critics|officials|"
    r"authorities|ministers|rivals|media|press|prosecutors|protesters|organi[sz]ers)",
    re.IGNORECASE,
)
