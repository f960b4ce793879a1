"""The English reporting and attribution verbs as one complete table, not a list grown from
misses: each verb once, by its base form, with the forms English gives it (says, said, saying;
British and American spellings), generated here. ``lexicon.py`` builds its verb pattern from
``forms()``; the frames each verb is read in are tested in tests/test_extract_verbs.py.

A verb's entry says how it is inflected (regular unless given), which of its forms are
also common nouns or adjectives (read as speech only where ``cues.py`` finds no noun: "the
union's claims", "a finding", "the ruling party"), and its kind:

* ``say``: a verb of saying or of holding a view ("X insisted that ...", "X believes ...");
* ``court``: a verb of a court's decision ("ordered", "awarded", "ruled"): speech only after a
  court, a tribunal, a judge or a jury (cues.py), the court's decision ("A jury ordered the
  company to pay $5 million");
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Verb:
    base: str
    past: str | None = None  # irregular or doubled past ("said", "admitted")
    ing: str | None = None  # irregular -ing ("admitting")
    kind: str = "say"
    # forms never read as speech (a noun or an adjective far more often than the verb):
    # "a finding", "the ruling party", "the thinking", "a record", "the states"
    skip: frozenset[str] = frozenset()
    # forms that are also nouns: speech only where cues.py reads a verb ("union claims were")
    nouns: frozenset[str] = frozenset()
    participle: str | None = None  # a past participle unlike the past ("written")
    # the frames it reports in (tests/test_extract_verbs.py builds a sentence for each):
    # "that" (X VERB that ...), "quote" ("...," X VERB / "...," VERB X), "object" (X VERB the
    # figure of 40: a stance on it), "court" (a jury VERB the firm to pay $5 million)
    frames: str = "that quote"
    obj: str = ""  # the hearer a verb takes before "that" ("told reporters that")


def _v(base: str, **kw: str) -> Verb:
    sets = {key: frozenset(kw.pop(key).split()) for key in ("skip", "nouns") if key in kw}
    return Verb(base, **kw, **sets)  # type: ignore[arg-type]


# Verbs of saying and of holding a view, by family (grammars of English list these as the
# reporting verbs: Quirk et al. 16.31, Biber et al. on "speech-act verbs"). Forms that are
# nouns first ("states", "notes", "reports", "record") are marked.
TABLE: tuple[Verb, ...] = (
    # saying and telling
    _v("say", past="said"),
    _v("tell", past="told", obj="reporters"),
    _v("state", skip="state", nouns="states"),
    _v("add", past="added", skip="add"),
    _v("declare"),
    _v("announce", frames="that"),
    _v("remark", skip="remark", nouns="remarks"),
    _v("comment", skip="comment commenting", nouns="comments"),
    _v("mention", skip="mention", nouns="mentions", frames="that"),
    _v("explain"),
    _v(
        "describe", skip="describe describes describing described", frames=""
    ),  # "describes how": lexicon
    _v("write", past="wrote", participle="written", skip="write writing written"),
    _v("tweet", skip="tweet tweeting", nouns="tweets", frames="that"),
    _v("reply", nouns="replies", skip="reply"),
    _v("respond"),
    _v("answer", skip="answer answering", nouns="answers"),
    _v("retort", skip="retort"),
    _v("counter", skip="counter countering", nouns="counters"),
    _v("recall", skip="recall", nouns="recalls"),
    _v("recount", skip="recount recounting", nouns="recounts", frames="that"),
    _v("testify", frames="that"),
    _v("reiterate", frames="that"),
    _v("repeat", skip="repeat repeats repeated repeating", frames=""),
    _v("affirm", frames="that"),
    _v("reaffirm", frames="that"),
    _v("proclaim", frames="that"),
    _v("assure", obj="lawmakers", frames="that"),
    # claiming and holding
    _v("claim", nouns="claim claims"),
    _v("insist"),
    _v("argue"),
    _v("maintain", frames="that"),
    _v("contend", frames="that"),
    _v("assert", frames="that"),
    _v("allege", frames="that"),
    _v("believe", skip="believing", frames="that"),
    _v("think", past="thought", skip="think thinking thought", frames="that"),
    _v("reckon"),
    _v("suggest"),
    _v("hint", skip="hint hinting", nouns="hints", frames="that"),
    _v("boast", skip="boast boasting", nouns="boasts"),
    _v("complain"),
    _v("lament", frames="that"),
    _v("protest", skip="protest protests protested protesting", frames=""),
    _v("object", skip="object objecting", nouns="objects", frames="quote"),
    # stressing and noting
    _v("stress", skip="stress", nouns="stresses", frames="that"),
    _v("emphasize", frames="that"),
    _v("emphasise", frames="that"),
    _v("underline", skip="underline underlining", nouns="underlines", frames="that"),
    _v("note", skip="note", nouns="notes"),
    _v("observe"),
    _v("point out", past="pointed out", ing="pointing out"),
    # revealing and disclosing
    _v("reveal", frames="that"),
    _v("disclose", frames="that"),
    _v("confirm", frames="that object"),
    _v("report", skip="report reporting", nouns="reports", frames="that"),
    _v("publish", skip="publish publishes published publishing", frames=""),  # lexicon: _RELEASED
    # admitting and denying
    _v("admit", past="admitted", ing="admitting"),
    _v("concede"),
    _v("acknowledge", frames="that"),
    _v("deny", frames="that object"),
    _v("dispute", nouns="dispute disputes", frames="object"),
    _v("reject", frames="object"),
    _v("dismiss", frames="object"),
    _v("refute", frames="object"),
    _v("rebuff", frames="object"),
    _v("cry foul", past="cried foul", ing="crying foul", frames=""),  # rejecting a result
    _v("question", skip="question questioning", nouns="questions", frames="object"),
    _v("doubt", skip="doubt doubting", nouns="doubts", frames="that object"),
    _v("agree", frames="that"),
    _v("disagree", frames=""),
    # accusing and blaming
    _v(
        "accuse", skip="accusing", frames=""
    ),  # "with strikers accusing him of": the outlet's account
    _v("blame", skip="blame", nouns="blames", frames=""),
    _v("condemn", frames="object"),
    _v("criticize", frames="object"),
    _v("criticise", frames="object"),
    _v("endorse", frames="object"),
    # warning, predicting, estimating
    _v("warn", nouns="warns"),
    _v("caution", skip="caution", nouns="cautions", frames="that"),
    _v("predict", frames="that"),
    _v("forecast", past="forecast", nouns="forecast forecasts", frames="that"),
    _v("project", skip="project projects", frames="that"),
    _v("estimate", nouns="estimate estimates", frames="that"),
    _v("calculate", frames="that"),
    _v("fear", skip="fear fearing", nouns="fears", frames="that"),
    _v("promise", skip="promise promising promises", frames="that"),
    _v("pledge", skip="pledge pledging", nouns="pledges", frames="that"),
    _v("vow", skip="vow vowing", nouns="vows", frames="that"),
    _v("conclude", frames="that"),
    _v("concur", past="concurred", ing="concurring", frames=""),
    # a court's decision: speech only after a court, a tribunal, a judge or a jury
    _v("order", kind="court", skip="order ordering", nouns="orders", frames="court"),
    _v("award", kind="court", skip="award awarding", nouns="awards", frames="court"),
    _v("sentence", kind="court", skip="sentence sentencing sentences", frames="court"),
    _v("uphold", past="upheld", kind="court", skip="uphold upholding", frames="court"),
    _v("overturn", kind="court", skip="overturn overturning", frames="court"),
    _v("quash", kind="court", skip="quash quashing", frames="court"),
    _v("fine", kind="court", skip="fine fining", nouns="fines", frames="court"),
)

# American and British spellings of one verb, each generated from its own base
SPELLINGS = {"emphasize": "emphasise", "criticize": "criticise"}


def _third(base: str) -> str:
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        return base + "es"
    if base.endswith("y") and base[-2] not in "aeiou":
        return base[:-1] + "ies"
    return base + "s"


def _regular_past(base: str) -> str:
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and base[-2] not in "aeiou":
        return base[:-1] + "ied"
    return base + "ed"


def _ing(base: str) -> str:
    if base.endswith("ie"):
        return base[:-2] + "ying"
    if base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        return base[:-1] + "ing"
    return base + "ing"


def inflections(verb: Verb) -> dict[str, str]:
    """Every form of ``verb`` by name: base, third, past, participle, ing (phrasal verbs
    inflect their first word: "points out", "pointed out")."""
    head, _, particle = verb.base.partition(" ")
    tail = f" {particle}" if particle else ""
    past = verb.past or _regular_past(head) + tail
    return {
        "base": verb.base,
        "third": _third(head) + tail,
        "past": past,
        "participle": verb.participle or past,
        "ing": verb.ing or _ing(head) + tail,
    }


def forms(kind: str | None = None) -> list[str]:
    """The forms read as speech, of every verb of ``kind`` (all kinds by default), longest
    first (a pattern's alternation tries "pointed out" before "pointed")."""
    out: set[str] = set()
    for verb in TABLE:
        if kind is None or verb.kind == kind:
            out |= set(inflections(verb).values()) - verb.skip
    return sorted(out, key=lambda f: (-len(f), f))


# The verbs that report a figure given straight after them as their object ("X reported 6
# deaths", "X estimated 3,000 protesters", "X denied 40 deaths"). Any other verb of the table
# with a figure for its object and no clause after it does something to what is counted ("X
# maintains 300 km of roads", "X answered 300 calls", "X wrote 12 books"): no speech
# (cues.py); "X said 40 people died" has a clause after the figure, and is speech.
FIGURE_OBJECT: frozenset[str] = frozenset((
    "report", "estimate", "confirm", "deny", "dispute", "reject", "dismiss", "refute",
    "question", "doubt", "forecast", "predict", "project", "calculate", "claim", "reveal",
    "disclose", "announce", "mention", "note", "acknowledge", "admit", "concede", "allege",
    "fear", "reiterate", "recall", "tweet", "publish", "promise", "pledge", "vow",
))  # fmt: skip


# Of the other verbs, those whose figure given bare as their object, with no preposition after
# what it counts, may still be what was said: "Police said 40.", "The coroner declared 40
# people dead". Every other verb of the table with a figure for its object and no clause of its
# own after it does something to what is counted, with a preposition or without: "The firm
# added 40 jobs" (hired), "She wrote 12 books" (authored), "answered 300 calls" (cues.py).
BARE_FIGURE_SAID: frozenset[str] = frozenset(("say", "state", "declare"))


# The verbs that tell where their subject stands, or what it owned up to, rather than relay
# its words: in a sentence that closes on a frame of its own ("X admitted ..., the prosecutor
# said", "X rejected the offer, his lawyer said"), the frame's speaker tells the whole
# sentence and X's stance is what is told (speakers.py). The verbs of saying ("X said ...,
# the paper reported") relay X's words: X stays the speaker.
REPORTED_STANCE: frozenset[str] = frozenset((
    "admit", "concede", "acknowledge", "deny", "dispute", "reject", "dismiss", "refute",
    "agree", "disagree", "believe", "think", "fear", "doubt", "question", "rebuff", "cry foul",
))  # fmt: skip

# The verbs whose object may be a thing done rather than words: "admitted stealing $600",
# "admitted four charges", "agreed to a delay", "agreed its budget", "added back $1m in cuts"
# (speakers.py marks such a speaker a guess).
ACT_OBJECT: frozenset[str] = frozenset(("admit", "agree", "add"))


def stance_forms() -> set[str]:
    """Every form of the verbs of ``REPORTED_STANCE``."""
    return {f for verb in TABLE if verb.base in REPORTED_STANCE for f in inflections(verb).values()}


def act_object_forms() -> set[str]:
    """Every finite form of the verbs of ``ACT_OBJECT`` ("admitted", "agrees"; not "agreeing")."""
    return {
        inflections(verb)[form]
        for verb in TABLE
        if verb.base in ACT_OBJECT
        for form in ("base", "third", "past")
    }


def bare_figure_said_forms() -> set[str]:
    """Every form of the verbs of ``BARE_FIGURE_SAID``."""
    return {
        f for verb in TABLE if verb.base in BARE_FIGURE_SAID for f in inflections(verb).values()
    }


def figure_object_forms() -> set[str]:
    """Every form of the verbs of ``FIGURE_OBJECT``."""
    return {f for verb in TABLE if verb.base in FIGURE_OBJECT for f in inflections(verb).values()}


def noun_forms() -> set[str]:
    """The forms of the table that are also nouns ("claims", "reports", "estimate")."""
    return {n for verb in TABLE for n in verb.nouns}


# The verbs that put a standing position as a figure (extract39): their subject offers,
# proposes or demands a rate, a sum or a term, now ("The district has offered 5 percent", "The
# union wants ... a 12 percent raise", "Prosecutors are seeking 20 years in prison"). Only the
# present and the perfect: told in the past ("The board previously offered 2 per cent", "He had
# asked for $11,000 an hour", "X also sought $100 million"), an offer is an event the outlet
# narrates, and the labelled sets give it the outlet (docs/extract.md, extract39). Not verbs of
# saying (not in ``TABLE``: "wants clarity" reports nothing); ``lexicon._POSITION`` reads them
# only with such a figure for their object, the speaker is marked a guess
# (``speakers._position_marked``), and a frame closing the sentence tells them, as it tells
# ``REPORTED_STANCE`` ("X has offered 3%, the union said": the union's account). The nouns
# among the third-person forms ("demands", "offers", "requests") are left out.
_POSITION_DONE = ("offered", "proposed", "requested", "demanded", "sought", "asked for")
_POSITION_DOING = ("offering", "proposing", "requesting", "demanding", "seeking", "asking for")
POSITION_FORMS: tuple[str, ...] = (
    "wants", "want", "seeks", "seek", "proposes",
    *(f"{aux} {v}" for aux in ("has", "have") for v in _POSITION_DONE),
    *(f"{aux} {v}" for aux in ("is", "are") for v in _POSITION_DOING),
)  # fmt: skip


# The verbs of replying, one list for every rule that reads a reply: a reply by an act ("Police
# responded with tear gas", cues.py) and a reply to another's criticism ("X was responding to
# criticism from Y that ...", speakers.py). Some are verbs of saying of ``TABLE`` ("replied",
# "countered"), some only reply (react, rebut, retaliate, hit back).
REPLY: tuple[str, ...] = (
    "reply", "respond", "react", "answer", "counter", "retort", "rebut", "retaliate", "hit back",
)  # fmt: skip
_REPLY_IRREGULAR = {
    "rebut": {"past": "rebutted", "ing": "rebutting"},
    "hit back": {"past": "hit back", "ing": "hitting back"},
}


# the replies that are words by definition: "retorted with a jibe" is speech, never an act
REPLY_IN_WORDS = ("retort", "rebut")


def reply_forms(acts: bool = False) -> frozenset[str]:
    """Every form of the verbs of ``REPLY`` ("responds", "replied", "hitting back"); with
    ``acts``, only of those that may reply by an act (not ``REPLY_IN_WORDS``)."""
    return frozenset(
        f
        for base in REPLY
        if not (acts and base in REPLY_IN_WORDS)
        for f in inflections(Verb(base, **_REPLY_IRREGULAR.get(base, {}))).values()  # type: ignore[arg-type]
    )
