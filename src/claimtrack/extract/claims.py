"""Not claims: sentences that assert nothing a fact-checker can log, even with a cue. An
interview's answer with no figure and no stance cue (a negation, a denial or confirmation,
an emphatic "we do publish", an event told in the simple past: "the commission ordered the
polling stopped", a change told in the perfect: "costs have increased", or an action going
on: "we are augmenting facilities") is an opinion or a
remark ("The rate is a fairly significant decrease"); a question with no figure and no
attribution of its own ('"For what reason would anyone doubt us?"') asserts nothing, unless
an interviewee answers with it ("How was the vote fair?" denies that it was). Neither is
proposed. A quotation standing alone with no figure and none of those cues is proposed last,
marked "low" (``low``), unless it opens on a plan, a promise or a call to act ("We will
strike for ...", "The government must act ...": ``_PLAN``): that is not proposed.

Quotations told as what protesters carried or chanted ("placards with slogans such as ..."),
in a sentence where nobody speaks, are slogans, not claims. Reported with no quotation, a
feeling of the one who speaks ("X said he was pleased with the
offer") and an answer not given ("did not respond to requests for comment", "would not
elaborate") assert nothing either (extract34).

A claim with no speaker's words: the outlet reporting that someone did not report, give,
confirm or concede something ("The military did not report any casualties that day", "his
opponent has not conceded defeat") takes a stance of the outlet's (``withheld``)."""

from __future__ import annotations

import re

from claimtrack.extract.lexicon import _IRREGULAR_PAST

# what makes an answer take a stance on something checkable: it denies, confirms or insists
_STANCE_CUE = re.compile(
    r"\b(?:not|no|never|nothing|none|nobody|cannot|deny|denies|denied|confirm(?:s|ed)?|"
    r"(?:dis)?agree[sd]?|reject(?:s|ed)?|dispute[sd]?|"
    r"false|untrue|wrong|lie|lies|lied|rigged|(?:I|we|you|they|he|she|it)\s+"
    r"(?:actually\s+|really\s+|certainly\s+)?(?:do|does|did)\s+(?!not\b)[a-z]{3,})\b|n't\b",
    re.IGNORECASE,
)
# an event told in the simple past ("they took control", "the EC ordered"), not a perfect
_PAST_EVENT = re.compile(
    r"(?<!\bhas )(?<!\bhave )(?<!\bhad )(?<!\bbeen )(?<!\bis )(?<!\bwas )(?<!\bare )"
    r"(?<!\bwere )(?<!\bbe )(?<![-\w])(?:[a-z]{3,}ed|" + _IRREGULAR_PAST + r")\b"
)
# an action going on, told by the one doing it: "we are augmenting facilities", "the
# government is constantly working to upgrade" (not "it is interesting")
_ONGOING = re.compile(
    r"\b(?:is|are|am|were|was)\s+(?:now\s+|already\s+|constantly\s+|currently\s+|"
    r"continuously\s+|still\s+|also\s+)?(?!(?:interest|amaz|surpris|worry|disappoint|"
    r"encourag|concern|alarm|shock|excit|confus|go|com|frighten|annoy|overwhelm|challeng|"
    r"promis|reassur|satisfy|depress|embarrass|tir|bor)ing\b)[a-z]{3,}ing\b",
    re.IGNORECASE,
)
# a change told in the perfect ("costs have increased", "its rates have gone up", "sales
# had fallen"): as checkable as one told in the simple past (extract40)
_PERFECT_CHANGE = re.compile(
    r"\b(?:has|have|had|'ve)\s+(?:[a-z]+ly\s+)?(?:increased|decreased|risen|fallen|grown|"
    r"dropped|doubled|tripled|halved|declined|shrunk|climbed|soared|slumped|plunged|"
    r"gone\s+(?:up|down)|cut|raised|lowered|reduced)\b",
    re.IGNORECASE,
)
# what the one writing in the first person did, told in the past or the perfect: "we cut 300
# jobs", "I have written to the board", "we have dramatically embraced Linux" (not an
# adjective in -ed: "people with advanced skills")
_FIRST_ACT = re.compile(
    r"\b(?:I|[Ww]e)\s+(?:(?:have|had)\s+|['’]ve\s+)?(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|"
    + _IRREGULAR_PAST
    + r")\b"
)
_QUESTION_END = re.compile(r"\?[\"')\]]*$")
# a plan, a promise or a call to act, opening a quotation that stands alone (extract34): a
# subject of up to five words and no verb of its own before "will", "must", "should", "need
# to", "want to", "have to" ("We will strike for ...", "The government must act", "We just
# want to see ..."); "Let ..."; "The plan is to", "Our aim is always to", "Top priority would
# be"; never a prediction with "going to", nor a modal after a verb ("The cuts have been
# made and we will ...": a perfect told first)
_PLAN = re.compile(
    r"^[\s\"“‘'(]*(?:(?:but|and|so|however|now|instead|yes)\b,?\s+)?"
    r"(?!(?:[\w'’-]+\s+){0,4}?(?:is|are|was|were|has|have|had|did|does|do|'s|’s)\s(?!to\b))"
    r"(?:[\w'’-]+\s+){0,4}?(?:will|must|shall|should|needs?\s+to|wants?\s+to|have\s+to|"
    r"has\s+to|would\s+like\s+to)\b|"
    r"^[\s\"“‘']*(?:let|let's|let’s)\b|"
    r"^[\s\"“‘']*(?:the|our|my|top)\s+(?:plan|aim|priority|goal|intention|hope)\b[^.!?]{0,20}?"
    r"\b(?:is|was|will\s+be|would\s+be)\s",
    re.IGNORECASE,
)


# a feeling reported of the one who speaks, the whole of what is said ("X said he was
# pleased with the offer", "the council said it was disappointed", "Y said she is committed
# to ..."): no proposition anyone can check, unless an event is told after it ("shocked that
# police killed ...") or a stance is taken
_FEELING = re.compile(
    r"\b(?:said|says|say|added|told\s+\w+(?:\s+\w+)?)\s+(?:that\s+)?"
    r"(?:he|she|they|it|we|I|(?:the|its|their|his|her)\s+\w+(?:\s+\w+)?)\s+"
    r"(?:was|were|is|are|had\s+been|has\s+been|"
    r"felt|feels|remained|remains)\s+(?:very\s+|deeply\s+|extremely\s+|really\s+|so\s+|"
    r"also\s+|still\s+)?(?:pleased|happy|disappointed|proud|delighted|saddened|shocked|"
    r"angry|concerned|worried|committed|confident|hopeful|satisfied|grateful|thankful|"
    r"optimistic|excited|upset|frustrated|dismayed|appalled|encouraged|heartened|relieved|"
    r"sorry)\b"
)
# no answer given: "did not respond to requests for comment", "could not be reached",
# "declined to comment", "would not elaborate" (a report not made, "did not report any
# casualties", is ``withheld``: a claim)
_NO_ANSWER = re.compile(
    r"\b(?:did|could|would|has|have|had)\s*(?:not\s+|n['’]t\s+)(?:immediately\s+|yet\s+)?"
    r"(?:respond|reply|return\s+(?:calls|messages)|be\s+reached|comment|elaborate)\b|"
    r"\bdeclined\s+to\s+(?:comment|elaborate)\b|\bwas\s+not\s+available\s+for\s+comment\b",
    re.IGNORECASE,
)


# what protesters carry or chant: a quotation told beside one of these words (outside the
# quotation: "a clear sign of" inside one is none), in a sentence where nobody speaks, is a
# slogan ("protesters carried placards with slogans such as ...")
_SLOGAN = re.compile(
    r"\b(?:placards?|banners?|signs?|posters?|t-shirts?|slogans?|chant(?:s|ed|ing)?|"
    r"graffiti)\b",
    re.IGNORECASE,
)


def no_claim(text: str, cues: list[str], figures: int, quoted: tuple[str, ...] = ()) -> str | None:
    """Why a sentence with cues ``cues``, ``figures`` figures and quotations ``quoted`` is no
    claim, or None."""
    if not re.search(r"[^\W\d_]{3,}", text):
        return "no word: a number alone (a list's or a page's number)"
    if figures:
        return None
    asked = "speech verb" not in cues and "interview answer" not in cues
    question = bool(quoted) and all(_QUESTION_END.search(q.rstrip()) for q in quoted)
    if asked and (question or _QUESTION_END.search(text.rstrip())):
        return "a question asserts nothing"  # '"... but what can we do?" X said': X's
    stance = (
        _STANCE_CUE.search(text)
        or _PAST_EVENT.search(text)
        or _QUESTION_END.search(text)
        or _PERFECT_CHANGE.search(text)
    )
    if cues == ["interview answer"] and not (stance or _ONGOING.search(text)):
        return "an answer with no figure and no stance"
    told = _STANCE_CUE.search(text) or _FIRST_ACT.search(text) or _PERFECT_CHANGE.search(text)
    if cues == ["first person"] and not told:
        # first-person prose outside an interview (extract40): an event told or a stance
        # taken, not an action going on ("we are building skills")
        return "first-person prose with no figure, no event told and no stance"
    if cues == ["quotation"] and _SLOGAN.search(re.sub(r"[\"“‘][^\"”’]*(?:[\"”’]|$)", " ", text)):
        return "slogans on placards, banners or in chants"
    if (low(text, cues, figures) and _PLAN.search(text)) or _said_plan(text, cues, quoted):
        return "a plan, a promise or a call to act, with no figure and no stance"
    if "speech verb" in cues and "quotation" not in cues:
        feeling = _FEELING.search(text)
        after = text[feeling.end() :] if feeling else ""
        if feeling and not _STANCE_CUE.search(text) and not _PAST_EVENT.search(after):
            return "a feeling reported, with no figure and no stance"
        rest = _NO_ANSWER.sub("", text)
        if rest != text and not _STANCE_CUE.search(rest) and not _PAST_EVENT.search(rest):
            return "no answer given, with no figure"
    return None


def _said_plan(text: str, cues: list[str], quoted: tuple[str, ...]) -> bool:
    """A sentence that is mostly one quotation (at least three fifths of it, the rest its
    attribution: '"We will go on looking until all are found," he said.') whose quotation
    opens on a plan, a promise, a call to act or a prediction with no figure (``_PLAN``:
    "We will ...", "We think it will be a tight year", "This will temper ..."), tells no
    event in the past and takes no stance, inside or outside the quotation ("he denied")."""
    if "quotation" not in cues or not quoted or _STANCE_CUE.search(text):
        return False
    if 5 * sum(len(q) for q in quoted) < 3 * len(text.strip()):
        return False
    return bool(_PLAN.search(quoted[0])) and not any(_PAST_EVENT.search(q) for q in quoted)


def low(text: str, cues: list[str], figures: int) -> bool:
    """A quotation standing alone (no verb of its own) with no figure and no stance cue ("It's
    cruelty.", "The longer we wait, the worse it gets."): proposed last, marked "low", since it
    often asserts nothing checkable but sometimes does ("It comes down to Syrians"); one that
    opens on a plan, a promise or a call to act ("We just want to see his body.") is not
    proposed at all (``no_claim``)."""
    if figures or cues != ["quotation"]:
        return False
    return not (_STANCE_CUE.search(text) or _PAST_EVENT.search(text))


# a report not made, told by the outlet: "did not report any casualties", "could not confirm
# how many", "has not conceded defeat", "did not immediately give an updated toll" (a refusal,
# "would not confirm the figure", "declined to say", asserts nothing)
_WITHHELD_REPORT = re.compile(
    r"\b(?:did|does|do|has|have|had|could|was|were|is|are)\s*(?:not\s+|n['’]t\s+)"
    r"(?:[a-z]+ly\s+|yet\s+)*(?:report|reported|give|given|confirm|confirmed|concede|conceded|"
    r"release|released|provide|provided|disclose|disclosed|announce|announced|publish|published|"
    r"reveal|revealed)\b",
    re.IGNORECASE,
)


def withheld(text: str) -> bool:
    """The outlet tells that a report was not made (module docstring), outside quotations."""
    return bool(_WITHHELD_REPORT.search(re.sub(r"\"[^\"]*\"", '""', text)))
