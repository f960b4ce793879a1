"""What cues a claim: the attributing verb of a sentence (not a passive, a participle or a
noun), placards and chants; and ``Sentence``, the attribution state of one sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claimtrack.extract import agents, works
from claimtrack.extract.figurespans import _ANCHOR
from claimtrack.extract.lexicon import (
    _AS_BEFORE_PUT_IT,
    _BASED_ON,
    _DATA_SUBJECT,
    _FINITE_AFTER,
    _JUDGED_FOR,
    _NOUN_BEFORE,
    _NOUN_LIKE,
    _PASSIVE_BEFORE,
    _POSITION,
    _POSTED,
    _PUT_AT,
    _PUT_IT,
    _RELEASED,
    _RELEASED_WORK,
    _SHOW,
    _VERB_RE,
    _WORK_FOUND,
    _WORK_RIGHT_BEFORE,
)
from claimtrack.extract.text import Span, _inside
from claimtrack.extract.verbs import (
    TABLE,
    bare_figure_said_forms,
    figure_object_forms,
    forms,
    reply_forms,
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
    # the people sentences so far opened with ("Tom Reed visited the site"), in order
    people: tuple[str, ...] = ()
    # the last sentence with a speaker so far: (its start, speaker, claimant)
    last_said: tuple[int, str, str | None] | None = None
    # the article's surnames marked "he" or "she" ("Mr Reed", "Ann Kerr, a spokeswoman")
    genders: dict[str, str] = field(default_factory=dict)


def data_frame(reading: str, span: Span, quotes: list[Span]) -> re.Match[str] | None:
    """ "Based on records from X, ...", "..., citing figures from X": the frame that names the
    source of a sentence with no speech verb of its own (lexicon ``_BASED_ON``), outside its
    quotations."""
    text = reading[span.start : span.end]
    for m in _BASED_ON.finditer(text):
        if not _inside(span.start + m.start(), quotes):
            return re.compile(f"({re.escape(m.group(1))})").match(reading, span.start + m.start())
    return None


def is_according(word: str) -> bool:
    """ "according to" and the frames read like it ("based on", "citing" figures from X)."""
    return re.fullmatch(r"according\s+to|based\s+on|citing|drawing\s+on|using|quoting", word,
                        re.IGNORECASE) is not None  # fmt: skip


# a participle clause opening the sentence on what the speaker was asked: its verbs tell the
# question ("Asked about the IMF downgrading its forecast, she said"), not who speaks
_ASKED = re.compile(
    r"[\s\"'“‘(]*(?:When\s+|After\s+being\s+|On\s+being\s+)?(?:Asked|Pressed|Questioned|"
    r"Quizzed|Challenged)\s+(?:about|on|over|if|whether|why|how|what|when|where|who|to|by)\b"
    r"[^,;:\"“”]{0,200},"
)


# a comparison with what someone says: "the data is not as rosy as Robertson claims", "higher
# than the union says", "worse than officials admit": the sentence measures that claim, and
# its own source is another (extract45); "as X said" alone (no adjective) is X's frame
# ("as many as 300 people said", "fewer than half of voters said": a count of speakers, no
# comparison with a claim)
_COMPARED_WITH_CLAIM = re.compile(
    r"(?:\bas\s+(?!(?:many|much|few|little)\b)(?:[a-z]+\s+){1,2}as|\b(?:[a-z]+er|more\s+[a-z]+|"
    r"less\s+[a-z]+|worse|better)\s+than)\s+(?!(?:half|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|dozens?|hundreds?|thousands?|millions?|some|about|around|nearly)\b)"
    r"(?:the\s+|a\s+)?(?:[A-Za-z][\w'’.-]*\s+){1,4}$"
)


def _speech_verb(reading: str, span: Span, quotes: list[Span]) -> re.Match[str] | None:
    """The first attributing verb of the sentence outside its quotations, or a frame that
    attributes ("X put the toll at", "X released figures showing"); passives ("are estimated
    to", "was reported"), participles after a figure ("the 8,000 feared") and nouns ("the
    accused", "published claims") are not speech."""
    found: list[re.Match[str]] = []
    for rx in (_VERB_RE, _PUT_AT, _RELEASED, _RELEASED_WORK, _POSTED, _POSITION):
        found.extend(rx.finditer(reading, span.start, span.end))
    found.extend(
        m
        for m in _SHOW.finditer(reading, span.start, span.end)
        if _DATA_SUBJECT.search(reading, max(span.start, m.start() - 100), m.start())
    )
    found.extend(
        m
        for m in _WORK_FOUND.finditer(reading, span.start, span.end)
        if _WORK_RIGHT_BEFORE.search(reading, max(span.start, m.start() - 100), m.start())
    )
    found.extend(
        m
        for m in _PUT_IT.finditer(reading, span.start, span.end)
        if _AS_BEFORE_PUT_IT.search(reading[span.start : m.start()])
    )
    found.sort(key=lambda m: m.start())
    asked = _ASKED.match(reading, span.start, span.end)
    if asked is not None:  # "Asked about the IMF forecast, she said": the question's verb
        found = [m for m in found if m.start() >= asked.end()]  # is none of hers
    contact = None  # "the 3,000 people police say were held": a clause, the verb of last resort
    for m in found:
        if _inside(m.start(), quotes) or _in_relative_before_main(reading, span, m, found):
            continue
        word = m.group(1)
        before = reading[span.start : m.start()].split()
        prev = before[-1].lower().strip(",") if before else ""
        if len(before) >= 2 and before[-1][:1].isupper() and before[-2][:1].isupper():
            prev = "name"  # "NTV News reported", "Kestrel Press reports": a name, no noun
        if word in _NOUN_LIKE and _a_noun(reading, m, before, prev):
            continue
        if word.endswith("ed") and re.match(r"\s+by\s+(?!\w+ing\b)\w", reading[m.end() :]):
            return m  # "deaths reported by member states": the agent after "by" speaks
        if _not_speech(reading, m, word, before, prev):
            continue
        if _COMPARED_WITH_CLAIM.search(reading, max(span.start, m.start() - 90), m.start()):
            continue  # "not as rosy as X claims": a claim the sentence measures, not its frame
        if _FINITE_AFTER.match(reading, m.end()) or (
            word in ("told", "tells") and _AN_ORDER.match(reading, m.end())
        ):  # "... and told workers not to release figures, X told the AP": X's frame
            contact = contact or m
            continue
        return m
    return contact


# a relative clause opened after a comma ("Ann Kerr, who told a rally ...", "The union, whose
# members counted ...", "The agency, which says ..."), and the comma that closes it right
# before the main clause's verb (an adverb or an auxiliary may stand between)
_RELATIVE_OPEN = re.compile(r",\s+(?:who|whose|which)\b")
_RELATIVE_CLOSED = re.compile(
    r"[^\"“”;:]*?,\s*(?:(?:has|have|had|also|later|earlier|then|previously|[a-z]+ly)\s+)*\Z"
)


def _in_relative_before_main(
    reading: str, span: Span, m: re.Match[str], found: list[re.Match[str]]
) -> bool:
    """A verb of saying inside a relative clause between commas, when the main clause's own
    verb of saying comes right after the closing comma: "Tom Reed, who told a rally ...,
    said 300 jobs would go" is framed by "said", whose subject is the name before ", who"
    (extract37). Without a main verb of saying after it, the verb inside is the frame as
    before (``speakers._relative_marked`` marks the main clause after it)."""
    opens = list(_RELATIVE_OPEN.finditer(reading, span.start, m.start()))
    if not opens or re.search(r"[\"“”;:]", reading[opens[-1].end() : m.start()]):
        return False
    for later in found:
        if later.start() <= m.end() or later.group(1).lower() == "according to":
            continue
        lead = reading[m.end() : later.start()]
        if _RELATIVE_OPEN.search(lead):
            return False
        return bool(_RELATIVE_CLOSED.fullmatch(lead))
    return False


def _a_noun(reading: str, m: re.Match[str], before: list[str], prev: str) -> bool:
    """ "published claims", "rejecting claims by", "according to central bank estimates"."""
    if not before or prev in _NOUN_BEFORE or prev.endswith("ing"):
        return True
    if (
        prev in _NOUN_LIKE
        and before[-1].islower()
        and not (prev.endswith("s") and _SAID_AFTER.match(" " + m.group(1)))
    ):
        return True  # "after missing forecast estimates": a compound noun, no verb; but a
        # plural and a verb's base or past form are a subject and its verb ("Local reports
        # claim 120 died", session 47)
    if _FINITE_AFTER.match(reading, m.end()):
        return True  # "the most populous states has overwhelmed": a noun, the subject
    if _SAID_AFTER.match(reading, m.end()):
        return True  # "Early reports said": a noun, the subject of the verb after it
    if m.group(1) == "states" and re.match(r"[,.;]|\s+(?:and|of|in|on|to)\b", reading[m.end() :]):
        return True  # "Morelos and Puebla states, the ...": the places, a noun
    if re.fullmatch(r"[\d,.]+%?", prev) or _ANCHOR.fullmatch(prev):
        return True  # "took 300 calls a day", "40 reports": counted, a noun
    if len(before) >= 2 and before[-1].islower() and before[-2].lower() in _PREPOSITIONS:
        return True  # "in bitter disputes over pay", "amid fresh claims": a noun
    if prev.endswith(("'s", "’s")) or prev in ("this", "whose", "our", "my", "your"):
        return True  # "the union's claim", "this claim"
    if re.search(r"[^,]['\"’”]$", before[-1]):
        return True  # "his 'fiscal hole' claim": a quoted phrase names the noun
    if re.match(r"\s+by\b", reading[m.end() : m.end() + 4]):
        return True
    back = reading[max(0, m.start() - 40) : m.start()]
    if re.search(r"according\s+to(?:\s+\S+){0,3}\s*$", back, re.I):
        return True
    return bool(re.match(r" (?:of|from) ", reading[m.end() : m.end() + 6]))  # "estimates from"


def _not_speech(reading: str, m: re.Match[str], word: str, before: list[str], prev: str) -> bool:
    """A passive, a participle after a figure, or a phrasal use that reports nothing."""
    after = reading[m.end() : m.end() + 12]
    if (prev.endswith("ly") or prev in _ADVERBS_IN_PASSIVE) and len(before) >= 2:
        prev = before[-2].lower().strip(",")  # "could not be independently verified",
        # "was meanwhile revised", "were also found"
    if (
        word.endswith("ed")
        or word in ("accused", "found that", "showed that")
        or word in _IRREGULAR_PARTICIPLES
    ):  # "were found 50 percent responsible": a passive; its subject said nothing
        if prev in _PASSIVE_BEFORE or prev in _NOUN_BEFORE - {"and", "by", "with", *_MEDIA}:
            return True  # "is accused of", "the accused", "are estimated to", "the said"
        if re.match(r"\s+to\s+(?:have|be)\b", after) and word != "claimed":
            return True  # "are estimated to have occurred"; "troops claimed to have killed
            # 10" is speech (the passive, "are claimed to have", is read above)
        if (
            _SUPERLATIVE.fullmatch(prev)
            and prev not in _EST_NOUNS
            and len(before) >= 2
            and before[-2].lower() in _OWNERS
        ):
            return True  # "the lowest recorded turnout": an adjective, no speech
    participle = word.endswith("ed") or word == "accused"
    if (
        participle
        and (
            (
                before
                and not before[-1].endswith(",")
                and (_ANCHOR.fullmatch(prev) or re.fullmatch(r"[\d,.]+%?", prev))
            )  # "the 8,000 feared earlier", "60 accused"
            or _on_a_counted_noun(word, reading[m.end() : m.end() + 90], before, prev)
        )
    ):
        return True
    if word in ("told", "said", "shown", "written") and prev in _PASSIVE_BEFORE:
        return True  # "Workers were told on Monday": the hearers, no speaker
    if word in _PASSIVE_HEADLINE and _HEADLINE_AFTER.match(reading, m.end()):
        return True  # "Dam toll disputed as rebels reject army figures": what was disputed
    if word in ("told", "tells") and re.match(r"[.!?\"'’”]*\s*(?:\n|$)", after):
        return True  # "Finance chief stole $3m, jury told": a headline's passive, the hearers
    if (
        prev in _NOT_YET
        and not re.search(r"(?:s|ed|ing)$", word)
        and " " not in word
        and not _WENT_ON.search(reading, max(0, m.start() - 30), m.start())
    ):
        return True  # "aims to maintain 300 jobs", "is likely to reject": nothing said yet
    if _WITHHELD.search(reading, max(0, m.start() - 40), m.start()):
        return True  # "declined to say", "would not confirm": nothing asserted
    if word == "accused" and re.match(r"\s+of\b", after):
        return True  # "a man accused of killing two people": a description, no speech
    if word in _ANNOUNCE and _an_act(reading, m):
        return True  # "the unions announced a strike": an act told by the outlet, no words
    if _no_content(word, after, before, prev):
        return True
    clause = reading[m.end() : m.end() + 200]
    return _an_act_or_an_adjective(word, after, before, clause) or _phrasal(
        word, after, before, clause
    )


# nouns that are counted, never speakers: events, figures, things (a time or a place word
# before a verb is an adverb: "the minister yesterday disclosed in writing")
_COUNTED_KINDS = frozenset({"event", "figures", "thing"})
# what follows a participle that closes a noun phrase: a place or a time, never an object
_REDUCED_RELATIVE_AFTER = re.compile(
    r"\s+(?:at|in|on|across|since|during|over|between|until|from|so\s+far|this|last|"
    r"nationwide|countrywide)\b"
)


def _on_a_counted_noun(word: str, after: str, before: list[str], prev: str) -> bool:
    """A participle on a noun that cannot speak, before a place or a time: "the four deaths
    recorded at the clinic", "cases reported in March" (session 47, lead). Not a verb a work
    or a figure may have for its own ("official figures showed on Friday"), nor one whose
    agent follows ("the 9,000 deaths recorded over the period by the Trust")."""
    return (
        word not in works.WORK_VERBS
        and not re.match(r"[^,.;:]*?\bby\s", after)
        and bool(before)
        and before[-1].isalpha()
        and before[-1].islower()
        and before[-1] == prev  # the noun itself, not an adverb read past ("finally")
        and bool(_REDUCED_RELATIVE_AFTER.match(after))
        and agents.speaker_kind(prev, "") in _COUNTED_KINDS  # not "yesterday disclosed in"
    )


def _an_act_or_an_adjective(word: str, after: str, before: list[str], after_clause: str) -> bool:
    """A reply by an act ("Police responded with tear gas", "reacted by firing"), a rite
    observed ("observed a minute's silence"), or a participle of judgement as an adjective
    ("Duterte's widely condemned war on drugs")."""
    if word in _REPLIED and _REPLIED_WITH_AN_ACT.match(after_clause):
        return True
    if word.startswith("observ") and _OBSERVED_RITE.match(after_clause):
        return True  # "observed 24 hours of mourning", "a minute's silence": kept, not said
    return (
        word in _JUDGED
        and bool(_ATTRIBUTIVE.search(" ".join(before[-2:])))
        and bool(_NOUN_NEXT.match(after))
    )


def _no_content(word: str, after: str, before: list[str], prev: str) -> bool:
    """A verb that tells only that someone spoke ("Officials disagreed."), a gerund as a noun
    ("the criteria for declaring"), a base form joined on to another verb ("asked them to
    defer the cuts or explain why")."""
    if re.match(r"[ \t]*[.!?]", after) and not any(w.endswith(",") or '"' in w for w in before):
        return True  # "Officials disagreed.": that someone spoke, nothing said
    if (
        word.endswith("ing")
        and prev in _GERUND_AFTER
        and not _JUDGED_FOR.search(" ".join(before[-4:]))
    ):
        return True  # "the criteria for declaring", "instead of explaining": a noun, no speech
    # "asked them to defer the cuts or explain why": a base form joined on
    return prev in ("or", "nor", "and") and word in _BASE_FORMS


def _phrasal(word: str, after: str, before: list[str], after_clause: str = "") -> bool:
    """A verb of speech in a use that reports nothing: "calling for calm", "adding to", and
    seeing by anyone but a witness."""
    if word.startswith("conclud") and re.match(r"\s+(?:a|an|the|its|their|his|her)\s", after):
        return True  # "concluded an investigation": finished it, no finding told
    amount = _A_TERM if word.startswith("sentenc") else _MONEY
    if word in _ORDERS and not amount.search(re.split(r"[.!?]\s+[A-Z]|;|\n", after_clause)[0]):
        return True  # "the judge ordered the defendants to produce evidence": no figure given
    if word in ("saw", "witnessed") and not _WITNESS.search(" ".join(before[-8:])):
        return True  # "Rescuers saw 40 bodies": the outlet's account; "Witnesses saw": theirs
    if word in _COURT_ACTS and _ON_AN_AWARD.match(after_clause):
        clause = re.split(r"[.!?]\s+[A-Z]|;|\n", after_clause)[0]
        if not (_MONEY.search(clause) or _A_TERM.search(clause)):
            return True  # "the court reduced the sentence": no figure given
        return not _court_subject(before)
    if word in _COURT_ONLY:
        # "The tribunal held that ...", "the panel raised the award to $30,000": a court's;
        # "The union held that ...", "The firm cut its payout": no court, no finding told
        return not _court_subject(before)
    if word in _COURT_VERBS and not re.match(r"\s+(?:[\w,]+\s+){0,4}?that\b", after + " "):
        # "The tribunal upheld the ruling": a court's; "Voters backed the plan": no speech
        return not _court_subject(before)
    if word in _NO_FIGURE_OBJECT and _object_figure(after_clause, word not in _BARE_SAID):
        return True  # "X maintains 300 km of roads", "X wrote 12 books": no figure reported
    if word in _DECLARE and _DECLARED_ACT.match(after_clause):
        return True  # "declared a state of emergency in 3 districts": an act, nothing said
    if word.startswith("claim") and _LIVES.match(after_clause):
        return True  # "The floods claimed 40 lives": took them, no claim
    if word.startswith("admit") and _ADMITTED_TO.match(after_clause):
        return True  # "Dr Lee admitted 7 patients to the hospital": let in, not owned up to
    if word.startswith("report") and _REPORTED_FOR.match(after_clause):
        return True  # "reported for duty", "reported to work at 6 hospitals": went, no report
    if word in _SAY and _SAID_NOTHING.match(after_clause):
        return True  # "was saying goodbye to 300 staff", "has said nothing about the cuts"
    if word in ("calling", "called", "calls") and re.match(r"\s+(?:for|on|off|in|up)\b", after):
        return True  # "calling for calm", "called in airstrikes" propose nothing
    return word in ("adding", "added", "adds") and bool(re.match(r"\s+to\b", after))


# a rite kept, not a remark: "Madagascar observed 24 hours of mourning", "the crowd observed a
# minute's silence", "observed a day of prayer", "observes the Sabbath" (extract47: a country
# that kept a day of mourning was made the speaker of the toll in its sentence)
_OBSERVED_RITE = re.compile(
    r"\s+(?:(?:a|an|the|one|two|three|\d+)\s+)?(?:[\w-]+\s+){0,2}?(?:minutes?|hours?|days?|"
    r"weeks?|moment)(?:['’]s?)?\s+(?:of\s+)?(?:silence|mourning|prayer|reflection|remembrance)\b"
    r"|\s+(?:the\s+)?(?:Sabbath|Ramadan|curfew|ceasefire|truce|fast)\b",
    re.IGNORECASE,
)


# a reply by an act, not in words: "Police responded with tear gas", "troops reacted by firing
# into the crowd"; "responded with a statement", "replied by saying", "answered with a
# denial" are words (lead, session 44: an unseen stampede page gave its tear gas to the police
# as a confident speaker)
_REPLIED = {f for f in reply_forms(acts=True) if " " not in f}  # verbs.REPLY, one word each
_REPLIED_WITH_AN_ACT = re.compile(
    r"\s+(?:with\s+(?!(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w-]+\s+)?(?:statements?|"
    r"letters?|tweets?|posts?|comments?|remarks?|messages?|e-?mails?|rebuttals?|denials?|"
    r"releases?|words?|questions?|answers?|replies|reply|responses?|claims?|figures?|"
    r"numbers?|data|counter-?claims?|accusations?|criticism|assurances?|promises?|"
    r"announcements?|briefings?|speech|video|open\s+letter)\b)[a-z]|"
    r"by\s+(?!(?:saying|stating|insisting|noting|arguing|claiming|denying|pointing|"
    r"writing|telling|announcing|releasing|publishing|issuing|disputing|rejecting|"
    r"questioning|accusing|blaming|citing|calling|asking|adding)\b)[a-z]+ing\b)",
    re.IGNORECASE,
)
# a participle of judgement between a possessive (and an adverb) and its noun is an adjective:
# "Duterte's widely condemned war on drugs", "the party's much criticised plan" (lead, session
# 44: an unseen page gave a count to "the author" of a war "condemned"); "the rights group
# condemned killings" keeps its frame (no possessive before the verb)
_JUDGED = {"condemned", "criticised", "criticized", "praised", "lauded", "acclaimed",
           "derided", "ridiculed", "maligned", "denounced", "lambasted", "slammed",
           "blasted", "celebrated", "feared", "hailed", "touted", "vaunted"}  # fmt: skip
_ATTRIBUTIVE = re.compile(
    r"(?:^|\s)(?:\w+['’]s|its|their|his|her|our|your|the|a|an)(?:\s+(?:much|widely|often|"
    r"highly|heavily|roundly|internationally|long|once|oft|\w+ly))?$",
    re.IGNORECASE,
)
_NOUN_NEXT = re.compile(
    r"\s+(?!(?:that|the|a|an|as|by|for|it|them|him|her|his|their|its|"
    r"this|these|those|what|how|on|in|at|over|to|and|or|but)\b)[a-z][a-z-]+\b"
)

# "say" with an object that is no words reported: a greeting, a prayer, or nothing at all
# ("saying goodbye to 300 staff", "has said nothing about the 300 jobs"; "said nothing had
# changed" reports a clause, extract38)
_SAY = {"say", "says", "said", "saying"}
_SAID_NOTHING = re.compile(
    r"\s+(?:goodbye|good-bye|farewell|hello|thanks|thank\s+you|sorry|grace|(?:a\s+)?prayers?|"
    r"mass|(?:nothing|little|very\s+little|no\s+more|not\s+a\s+word)(?!\s+(?:had|has|have|"
    r"was|is|were|are|would|will|could|can|should|must|of\s+the\s+\d))\b)",
    re.IGNORECASE,
)

# the forms of the table's verbs that report no figure given as their object (verbs.py), and
# those of them whose bare figure may still be what was said ("Police said 40.")
_NO_FIGURE_OBJECT = set(forms()) - figure_object_forms()
_BARE_SAID = bare_figure_said_forms()
_DECLARE = {"declare", "declares", "declared", "declaring"}
# what is declared as an act, not said: "declared a state of emergency", "declared war",
# "declared victory", "declared an end to the strike"; "declared that ...", "declared the toll
# at 40", "declared 40 people dead", "declared a 40% rise" (a figure right after "a") are what
# was said
_DECLARED_ACT = re.compile(
    r"\s+(?:(?:a|an)\s+(?!(?:\w+\s+){0,2}?(?:toll|total|figure|count|number)\b)"
    r"(?!(?:\S+\s+)?[$£€]?\d)|(?:war|victory|"
    r"independence|bankruptcy|martial\s+law|emergencies|curfews?|ceasefires?|truces?|"
    r"holidays?|amnesty|(?:a\s+)?states?\s+of)\b)",
    re.IGNORECASE,
)
# a figure straight after the verb (a hedge before it), as its object
_BARE_FIGURE = re.compile(
    r"\s+(?:(?:another|a\s+further|an\s+(?:extra|additional|estimated)|a\s+net)\s+)?"
    r"(?:(?:some|about|around|roughly|nearly|almost|over|only|just|more\s+than|at\s+least)\s+)?"
    r"[$£€¥₹]?\d"
)
# where the figure's clause ends: a comma or a full stop before a space, ; : ! ? or a line
_CLAUSE_END = re.compile(r"[;:!?\n]|[,.](?=\s|$)")
# a finite verb in the words after the figure: the figure opens a clause ("said 40 people
# died", "warned 300 homes were at risk"), which the verb reports
_FINITE = re.compile(
    r"\b(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|did|do|"
    r"does|been|being|died|die|dies|fled|left|lost|fell|rose|grew|went|came|took|ran|stood|"
    r"sank|hid|fought|became|began|met|held|kept|paid|sold|spent|won|struck|lay|saw|heard|"
    r"knew|thought|found|got|gave|made|remain|remains|live|lives|need|needs|face|faces|lack|"
    r"lacks|go|goes|come|comes|rise|rises|fall|falls|stay|stays|get|gets|lose|loses|work|"
    r"works|earn|earns|pay|pays|leave|leaves|cost|costs|own|owns|hold|holds|take|takes|make|"
    r"makes|use|uses|want|wants|\w+ed)\b",
    re.IGNORECASE,
)
# a preposition after what the figure counts: "300 km of roads", "300 calls on Monday" (the
# object's; a clause's subject is followed by its verb, "400 jobs go")
_OBJECT_PREPOSITION = re.compile(
    r"\b(?:of|for|in|on|at|to|onto|into|about|before|with|from|over|during|across|by)\b",
    re.IGNORECASE,
)
_LIVES = re.compile(r"\s+(?:\S+\s+){0,3}?(?:lives|victims)\b", re.IGNORECASE)


def _object_figure(after_clause: str, bare: bool = False) -> bool:
    """Whether a figure follows the verb as its object, with no clause of its own after it
    and a preposition after what it counts ("maintains 300 km of roads for the council"),
    not opening a clause ("said 40 people died", "says 400 jobs go"). With ``bare`` (a verb
    whose bare figure is never what was said: "added 40 jobs.", "wrote 12 books.") no
    preposition is needed."""
    m = _BARE_FIGURE.match(after_clause)
    if m is None:
        return False
    clause = _CLAUSE_END.split(after_clause[m.end() :], maxsplit=1)[0]
    held = bare or bool(_OBJECT_PREPOSITION.search(clause))
    # a verb of its own opens a clause; the month "May" is none ("40 staff in May")
    return held and not any(m.group() != "May" for m in _FINITE.finditer(clause))


# "admitted 7 patients to the hospital", "admitted 3,000 refugees into the country": let in
# (an object, then where to), not owned up to ("admitted to reporters that", "admitted that")
_ADMITTED_TO = re.compile(
    r"\s+(?!that\b|to\b)(?:[^\s;]*[^\s,;.]\s+){1,6}?(?:to|into)\s+(?:(?:the|a|an|its|their|his|her|"
    r"local|nearby|a\s+local)\s+)*(?:hospitals?|clinics?|wards?|intensive|icu|care|treatment|"
    r"schools?|colleges?|universit(?:y|ies)|membership|shelters?|camps?|country|prisons?)\b",
    re.IGNORECASE,
)
# "reported for duty", "reported to work": went there
_REPORTED_FOR = re.compile(r"\s+(?:to|for)\s+(?:work|duty|duties)\b", re.IGNORECASE)
# "told workers not to release", "told them to leave": an order given, not speech reported
_AN_ORDER = re.compile(
    r"\s+(?:[\w'’-]+\s+){1,3}?(?:not\s+)?to\s+(?!(?:be|have|expect|anticipate|brace|prepare)\b)"
    r"[a-z]+"
)
# those whose seeing is their account: "witnesses saw", "a Reuters reporter saw"
_WITNESS = re.compile(
    r"\b(?:witness|witnesses|reporters?|correspondents?|journalists?|photographers?|"
    r"observers?|monitors?|residents?|villagers?)\b",
    re.IGNORECASE,
)

# prepositions a gerund follows as a noun ("for declaring"); "after saying", "by saying",
# "while insisting" are clauses of the sentence's subject (speakers.py)
_GERUND_AFTER = {"for", "of", "about", "against", "at", "in", "on", "from", "to", "towards",
                 "without", "instead"}  # fmt: skip

# a court's verbs of ruling: speech only after a court, a tribunal, a judge or a jury
# (verbs.py, kind "court": "ordered", "awarded", "upheld", ...)
_COURT_VERBS = {"ruled", "rules", "backed", *forms("court")}
_COURT = re.compile(
    r"\b(?:courts?|tribunals?|judges?|jury|juries|jurors|panel|bench|justices?|magistrates?|"
    r"arbitrators?|ombudsman)\b",
    re.IGNORECASE,
)

# a court's verbs read as speech only after a court, whatever follows: "held that",
# "decided that" (anyone else holds a view, a meeting, or decides what to do)
_COURT_ONLY = {"held", "holds", "decided", "decides", "determined", "determines", "gave", "gives",
               "granted", "grants"}  # fmt: skip
# a court's acts on an award, a fine or a sentence ("raised the award to N30 million")
_COURT_ACTS = {"raised", "raises", "increased", "increases", "reduced", "reduces", "lowered",
               "lowers", "cut", "cuts", "doubled", "halved", "slashed"}  # fmt: skip
_ON_AN_AWARD = re.compile(
    r"\s+(?:the|its|an?|their)\s+(?:[\w$€£¥₹₦.,'-]+\s+){0,4}?(?:award|damages|compensation|"
    r"fine|sentence|penalty|payout|judgment\s+sum)s?\b",
    re.IGNORECASE,
)


def _court_subject(before: list[str]) -> bool:
    """The clause before a court's verb has a court, a tribunal, a judge or a jury for its
    subject: within its last twelve words after a comma ("The Court of Appeal sitting in
    Owerri has awarded", "In its judgment, the court held"), or opening the sentence before
    an insert between commas ("The jurors in Galveston, 50 miles from Houston, gave"); not
    "Outside the court, protesters demanded"."""
    words: list[str] = []
    for w in reversed(before[-12:]):
        if w.endswith(",") and words:
            break
        words.insert(0, w)
    opening = before[:4] if before and before[-1].endswith(",") else []
    if opening and not opening[0][:1].isupper():
        opening = []
    return bool(_COURT.search(" ".join(words)) or _COURT.search(" ".join(opening)))


# the base forms of the verbs ("explain", "agree"), not "told" or "said"
_BASE_FORMS = {v.base for v in TABLE}

# a court's orders and awards are claims only with the figure ordered ("to pay $5 million")
_ORDERS = {f for f in forms("court") if f.startswith(("order", "award", "sentenc", "fine"))}
# the money a court orders paid or awards ("$50 million", "2 million euros in damages"), and
# the term it sentences to ("to 10 years", "to life")
_MONEY = re.compile(
    r"[$€£¥₹]\s?\d|\d[\d,.]*\s*(?:million|billion|bn|m\b|dollars?|euros?|pounds?|rupees?)",
    re.IGNORECASE,
)
_A_TERM = re.compile(r"\d[\d,.]*\s*(?:years?|months?|weeks?|days?)\b|\blife\b", re.IGNORECASE)

_ANNOUNCE = {"announced", "announces", "announce", "announcing"}
# the object of "announced" as a thing done, up to the next clause: "a strike", "plans for
# new routes", "the results of the vote"; what follows it must report nothing ("that", a
# verb of its own, a quotation: "announced the toll had risen to 40" reports a figure)
_ACT_OBJECT = re.compile(r"\s+(?:a|an|the|its|their|his|her|plans?|new)\s+([^,;:\"“]*)")
_REPORTS = re.compile(
    r"\b(?:that|had|has|have|was|were|is|are|would|will|could|may|might|stood|rose|risen|"
    r"reached|climbed|fell|died|killed|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|"
    r"dozens?|scores)\b|\d"
)


# where the announced thing ends: a comma (unless what follows goes on with its content:
# "announced its results, with profit up 12%"), "but", the sentence's end
_ACT_CLAUSE_END = re.compile(
    r",(?!\s+(?:with|showing|including|saying|putting|adding|bringing|giving|listing)\b)"
    r"|;|\s+but\s+|[.!?](?:\s|$)"
)


def _an_act(reading: str, m: re.Match[str]) -> bool:
    """ "X announced a strike", "X has announced plans for new routes": an object that is a
    thing done and holds no figure, up to the clause's end (a comma not going on with its
    content, "but", the sentence's end): the outlet tells an act, nobody's words."""
    obj = _ACT_OBJECT.match(reading, m.end())
    if obj is None:
        return False
    end = reading.find("\n", obj.start(1))
    clause = _ACT_CLAUSE_END.split(reading[obj.start(1) : end if end >= 0 else len(reading)])[0]
    return not _REPORTS.search(clause)


def announced_act(reading: str, span: Span, quotes: list[Span]) -> re.Match[str] | None:
    """The "announced" of the sentence that tells an act (``_an_act``), outside quotations."""
    for m in _ANNOUNCE_RE.finditer(reading, span.start, span.end):
        if not _inside(m.start(), quotes) and _an_act(reading, m):
            return m
    return None


_ANNOUNCE_RE = re.compile(r"(?<![\w-])(announced|announces|announce|announcing)\b")


# transitive verbs in -ed with no object after them: a passive ("Toll disputed as ...")
# what follows a headline's passive ("Dam toll disputed as rebels reject army figures",
# "Toll disputed over ..."); "over" before a number is a hedge on what was said ("The
# secretary claimed over 2 million people had gathered": extract41)
_HEADLINE_AFTER = re.compile(
    r"[ \t]*(?:(?:as|after|amid|following|despite)\b|over\b(?!\s+(?:[$£€]?\d|a\s+(?:hundred|"
    r"thousand|million|billion|dozen|third|quarter|half)\b|half\b|(?:one|two|three|four|five|six|"
    r"seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
    r"hundreds|thousands|millions)\b))|\n|$)"
)
_PASSIVE_HEADLINE = {"disputed", "rejected", "denied", "dismissed", "confirmed", "questioned",
                     "doubted", "refuted", "condemned", "blamed", "accused", "reported",
                     "estimated", "revealed", "announced", "claimed", "alleged"}  # fmt: skip

_SAID_AFTER = re.compile(
    r"\s+(?:said|say|says|told|show|showed|shows|suggest|suggested|put|puts|indicate|indicated|"
    # a base or past form after a plural (never "claims", "states": nouns themselves): "Local
    # reports claim 120 died", "Early reports claimed 300" (session 47, lead); not the forms
    # that are also adjectives before a noun ("the ministry reports confirmed cases", "reports
    # estimated losses", "alleged abuses", "state media")
    r"claim|claimed|estimate|allege|reveal|revealed|confirm|stated)\b"
)

_PREPOSITIONS = {"in", "of", "on", "over", "amid", "after", "about", "with", "from", "into",
                 "despite", "against", "among", "following", "to"}  # fmt: skip

# nouns that are a subject before a verb in -ed ("state media reported that")
_MEDIA = ("media", "press", "news")

# an infinitive or a modal before a verb's base form: nothing said yet ("to reject")
_NOT_YET = {"to", "will", "would", "could", "may", "might", "should", "must", "can", "shall",
            "can't", "cannot", "won't", "wouldn't", "couldn't", "shouldn't", "mustn't"}  # fmt: skip

# "went on to say", "goes on to claim": said, not yet to be said
_WENT_ON = re.compile(r"\b(?:went|goes|go|going|gone)\s+on\s+to\s+$", re.IGNORECASE)

# a speech verb withheld: "declined to say how much", "would not confirm the figure"
_WITHHELD = re.compile(
    r"\b(?:declined|refused|unable|reluctant|would\s+not|wouldn['’]t|could\s+not|"
    r"couldn['’]t)\s+(?:to\s+)?(?:immediately\s+|publicly\s+|yet\s+)?$",
    re.IGNORECASE,
)

# adverbs between a passive's auxiliary and its participle ("was later revised")
_ADVERBS_IN_PASSIVE = {"also", "later", "meanwhile", "again", "since", "then", "still", "now",
                       "already", "soon", "first", "even", "never", "twice"}  # fmt: skip
# participles not in -ed that a reporting verb of the lexicon may take ("were found")
_IRREGULAR_PARTICIPLES = {"found", "shown", "known", "seen", "given", "held", "thought",
                          "taken", "written", "put", "set", "told", "said"}  # fmt: skip
_SUPERLATIVE = re.compile(r"(?:most|least|[a-z]{2,}est)")
_OWNERS = {"the", "its", "their", "his", "her", "our", "a"}
_EST_NOUNS = {"protest", "interest", "request", "contest", "test", "inquest", "arrest",
              "forest", "harvest", "guest", "quest", "chest", "west", "rest", "manifest",
              "digest"}  # fmt: skip

_PLACARD = re.compile(
    r"\b(?:signs?|placards?|banners?|posters?|t-shirts?|slogans?)\s+(?:reading|saying|that\s+read|"
    r"which\s+read|with\s+the\s+words)|\b(?:chant(?:ed|ing|s)?|shout(?:ed|ing)|sang|singing)\b",
    re.IGNORECASE,
)


def _on_a_placard(reading: str, s: Sentence, at: int) -> bool:
    """A figure inside the quotation of a placard, banner or chant ("signs reading '3,000
    lives'") is a slogan, not a claim."""
    return _inside(at, s.quotes) and bool(_PLACARD.search(reading, s.span.start, s.span.end))
