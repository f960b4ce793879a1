"""The tables the rules read: speech and attribution verbs with their frames, roles, body and
document nouns, and the small words that are never a speaker or a name."""

from __future__ import annotations

import re

from claimtrack.extract import works
from claimtrack.extract.verbs import POSITION_FORMS, forms, noun_forms

# The verbs of saying, holding a view and a court's decision, every form (verbs.py: one
# table by base form, inflections generated); then the frames that are not one verb: a verb
# with its object or particle ("found that", "cast doubt", "laughed off"), verbs that report
# only in a context (a court's "found", "ruled"; a witness's "saw"; "backed"), and verbs of
# counting and recording that give a figure as the subject's.
_VERBS = [
    *forms(),
    "called",
    "calls",
    "discovered",
    "uncovered",
    "calling",
    "describing",
    "described how",
    "describes how",
    "found that",
    # "found in a report last year that": the work between the verb and its clause
    r"found(?=\s+in\s+(?:a|an|its|their|the|his|her)\s+(?:[\w-]+\s+){0,3}?(?:report|study|"
    r"survey|review|audit|analysis|investigation|inquiry|paper|statement|assessment)s?\b"
    r"[^.;\"]{0,40}?\bthat\b)",
    "finds that",
    # a report in progress ("Bloomberg is reporting the two parties are in talks", "local media
    # were reporting that 40 had died"): "reporting" after a form of "be" (extract38); "the
    # reporting period", "reporting for duty", "reporting from Kabul" are no report
    r"(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s))"
    r"reporting(?!\s+(?:to|for|back|from|in|live|at|with|under)\b)"
    r"(?!\s+on\b(?!\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b))",
    # a finding of shares is a body's or a researcher's result, the subject its teller ("The
    # regulator found 85% said ...", "the poll showed one in five had ..."); what police or
    # searchers "found" is counted things, never a share of people ("found 30 bodies")
    r"(?:found|finds|showed|shows)(?=\s+(?:that\s+)?(?:(?:about|around|nearly|almost|"
    r"roughly|approximately|only|just|some|over|under|more\s+than|fewer\s+than|less\s+than)"
    r"\s+)?(?:\d[\d.,]*\s*(?:%|per\s*cent\b|percent\b)|(?:one|two|three|four|nine)\s+in\s+"
    r"(?:every\s+)?(?:three|four|five|six|seven|eight|ten|\d+)\b|(?:half|a\s+third|a\s+quarter|"
    r"a\s+fifth|two[\s-]thirds|three[\s-]quarters|a\s+majority|most|a\s+minority)\s+of\b))",
    # a court's finding and ruling: "A court found the company broke the law", "ruled that"
    r"(?:(?<=court\s)|(?<=courts\s)|(?<=jury\s)|(?<=judge\s)|(?<=judges\s)|(?<=tribunal\s)|"
    r"(?<=panel\s)|(?<=magistrate\s))(?:found|finds)(?!\s+(?:it|itself|no\s+evidence)\b)",
    r"rul(?:ed|es)(?=\s+(?:[\w,]+\s+){0,4}?that\b)",
    # a court's ruling on what it was asked ("the tribunal upheld the ruling", "ruled they must
    # be paid"): cues.py keeps these only after a court, a tribunal, a judge or a jury
    r"rul(?:ed|es)(?!\s+(?:[\w,]+\s+){0,4}?that\b)(?!\s+(?:out|over)\b)",
    "backed",
    # a court's holding and deciding ("the tribunal held that the dismissals were unfair"),
    # and its acts on an award, a fine or a sentence ("the panel raised the award to
    # $30,000"): cues.py keeps these only after a court, a tribunal, a judge or a jury
    r"(?:held|holds|decided|decides|determined|determines)(?=\s+(?:[\w,]+\s+){0,4}?that\b)",
    r"(?:raised|raises|increased|increases|reduced|reduces|lowered|lowers|cut|cuts|doubled|"
    r"halved|slashed)(?=\s+(?:the|its|an?|their)\s+(?:[\w$€£¥₹₦.,'-]+\s+){0,4}?(?:award|"
    r"damages|compensation|fine|sentence|penalty|payout|judgment\s+sum)s?\b)",
    # a court's grant of money: "the jurors gave each worker $10 million in damages"
    # (a decimal point is no sentence's end: "$2.5 million in costs"; a lawyer's fees and back
    # pay are awarded as damages are, extract28)
    r"(?:gave|gives|granted|grants)(?=\s+(?:[\w'-]+\s+){0,4}?[$€£¥₹₦]?\d(?:[^.;]|\.\d){0,60}?"
    r"\b(?:damages|compensation|award|costs|fees|back\s+pay)\b)",
    "showed that",
    "shows that",
    "show that",
    "cast doubt",
    "casts doubt",
    "raised doubts",
    "raised concerns",
    "expressed concern",
    "expressed doubts",
    "defended",
    "counted",
    "tallied",
    "documented",
    "verified",
    # a toll or a count revised is given anew ("revised the death toll downward from 248")
    "revised",
    "updated",
    # "X raised the official death toll to 230,000", "X raised the death toll from a storm
    # that struck ... to 40", "X lowered the number of dead to 80": the new count is X's
    # (a toll, a tally, a count of the dead; "raised the number of troops to 3,000" is an act)
    r"(?:raised|raises|lowered|lowers)(?=\s+(?:the|its|their)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:(?:toll|tally|count|estimate|figure)\b|number\s+of\s+(?:the\s+)?(?:dead|deaths|"
    r"fatalities|victims|casualties|missing|injured|wounded|people\s+(?:killed|dead|missing)))"
    r"(?:\s+(?:\w+\s+){0,2}?to\b|[^.;\"“”]{0,100}?\bto\s+(?:about\s+|around\s+|nearly\s+|"
    r"at\s+least\s+|more\s+than\s+|some\s+)?\d))",
    # "recorded" a count, not a spell of time lived through ("The city recorded three days of
    # protest", "recorded its hottest day"): that is the outlet's account of what happened
    r"recorded(?!\s+(?:[\w-]+\s+){0,3}?(?:days?|weeks?|months?|years?|nights?|hours?)\s+of\b)"
    r"(?!\s+(?:its|their|the|a)\s+(?:[\w-]+\s+)?\w+est\b)",
    # a participle that opens the sentence and revises or gives a figure ("Correcting the
    # figure to 1,011, the general ..."): speakers.py gives it the main clause's subject
    r"(?:Correcting|Revising|Raising|Lowering|Updating|Putting|Placing|Pegging)"
    r"(?=\s+(?:the|this|that|its|their|his|her)\s+(?:[\w'-]+\s+){0,3}?(?:toll|figure|estimate|"
    r"count|tally|number|total|forecast|projection|turnout|damage|cost|bill|losses)s?\s+"
    r"(?:[\w'-]+\s+){0,4}?(?:to|at)\s+[^,;\"]{0,20}?"
    r"\d[^;\"]{0,40}?,\s)",
    # what a witness saw is the witness's account ("Witnesses saw dozens of arrests"); cues.py
    # keeps it only after a witness, a reporter, an observer or a resident
    "saw",
    "witnessed",
    # denials by gesture ("officials laughed off the claim")
    "laughed off",
    "brushed off",
    "shrugged off",
    "brushed aside",
    "played down",
    "downplayed",
]

_SPEECH_WORDS = frozenset(v for v in _VERBS if " " not in v)

_VERB_RE = re.compile(r"(?<![\w-])([Aa]ccording to|" + "|".join(_VERBS) + r")\b")

# "X put the toll at 25", "X puts the figure at": the subject of "put" is the speaker.
_PUT_AT = re.compile(
    r"(?<![\w-])(puts?|putting|pegged|pegs|placed|places|measured)\s+(?:[\w'-]+\s+){1,6}?at\s+"
    r"(?=[$€£¥₹]?\d|about\b|around\b|magnitude\b|"
    r"some\b|nearly\b|almost\b|more\b|over\b|up\b|between\b|roughly\b|approximately\b|"
    r"least\b|fewer\b|less\b|just\b|only\b|[a-z]+(?:teen|ty|hundred|thousand|million)\b|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens|"
    r"hundreds|thousands)\b)"
)

# a subject judged for what it said: "X was criticised for claiming that ...", "X has been
# attacked over saying ...": the gerund's subject is the sentence's, its words what follows
_JUDGED_FOR = re.compile(
    r"\b(?:was|were|is|are|been|being|got|get|gets)\s+(?:\w+ly\s+)?(?:critici[sz]ed|attacked|"
    r"condemned|ridiculed|mocked|praised|slammed|blasted|rebuked|censured|lambasted|"
    r"derided|challenged|questioned|sued|fined|sacked|suspended|disciplined)\s+(?:for|over)\s*$",
    re.IGNORECASE,
)
# A standing position put as a figure (extract39, ``verbs.POSITION_FORMS``): the subject of
# "wants", "has offered", "is seeking" ... whose object, in the same clause, is a rate, a sum
# or a term ("The district has offered 5 percent", "The union wants ... and a 12 percent
# raise", "Prosecutors are seeking 20 years in prison"). A count of things ("has offered 300
# free tickets", "wants 40 more nurses") is not read, nor a figure after "by" ("savings
# proposed by staff"), nor a figure after a preposition ("want clarity on the 5 percent cut":
# what they want is not the figure), nor one past the end of the clause (a stop, a semicolon,
# a colon, a quotation, "but", "while", "which", "who", "after", "as", "says"), nor a verb in a
# relative clause ("customers who are seeking £600 million": ``cues`` reads the clause's
# subject). ``cues._speech_verb`` reads it after the verbs of saying, with its own
# ``_not_speech`` tests (plans: "wants to offer 3%", "will seek").
_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|a\s+hundred|half\s+a|a\s+few|several)"
)
_POSITION_FIGURE = (
    r"(?:[$€£¥₹]\s?\d|\d[\d,.]*\s*(?:%|per\s?cent\b|percent\b|pc\b|percentage\s+points?\b|"
    r"million\b|billion\b|bn\b|m\b|dollars?\b|euros?\b|pounds?\b|rupees?\b)|"
    r"\b(?:sentence|term)\s+of\s+(?:[\w-]+\s+){0,4}?(?:\d|" + _NUMBER_WORD + r"\b)|"
    r"(?:\d[\d,.]*|" + _NUMBER_WORD + r")\s+(?:years?|months?)\s+(?:in\s+(?:prison|jail)|"
    r"behind\s+bars|of\s+(?:prison|jail|imprisonment)|imprisonment)\b|"
    r"\blife\s+(?:imprisonment|in\s+prison|sentence)\b)"
)
_POSITION = re.compile(
    r"(?<![\w-])(?<!\bwho\s)(?<!\bwhich\s)(?<!\bthat\s)("
    + "|".join(f.replace(" ", r"\s+") for f in sorted(POSITION_FORMS, key=lambda f: (-len(f), f)))
    + r")\s+"
    r"(?!by\b|no\b|nothing\b|little\b|to\b)"
    r"(?=(?:(?!\b(?:but|while|which|who|whom|that|after|before|as|when|because|since|although|"
    r"though|says|said|saying|on|about|over|for|with|from|in|into|at|against|regarding|under|"
    r"during|through|towards?|than|despite|amid)\b)[^.;:!?\"“”\n]){0,110}?"
    + _POSITION_FIGURE
    + r")"
)

# "Based on records from X, 4,399 cases were recorded", "..., citing figures from X": the
# figures' source named in an adverbial frame, at the sentence's start or after a comma (not
# "researchers using data from X found", whose researchers speak); read only when the sentence
# has no speech verb of its own (cues.py ``data_frame``)
_FRAME_DATA = "|".join(
    sorted(works.nouns("data") | works.nouns("document", singular=False) | {"information"},
           key=lambda n: (-len(n), n))
)  # fmt: skip
_BASED_ON = re.compile(
    r"(?:^|(?<=,\s)|(?<=[\"“”]\s))"
    r"([Bb]ased\s+on|[Cc]iting|[Dd]rawing\s+on|[Uu]sing|[Qq]uoting)"
    r"(?=\s+(?:(?:the|a|an|its|their|latest|new|official|recent|provisional|preliminary|"
    r"annual|monthly|weekly|daily|updated)\s+){0,3}"
    rf"(?:{_FRAME_DATA})\s+(?:(?:compiled|released|published|issued|provided|kept|gathered|"
    r"collected|supplied)\s+by|from|by)\s+(?:the\s+)?[A-Z\d])"
)

# "as X put it": X's frame for what the sentence says (only after "as": "X put it on the
# table" reports nothing); ``cues._speech_verb`` checks the "as" before it (extract37)
_PUT_IT = re.compile(
    r"(?<![\w-])(put\s+it)\b(?=\s*(?:[,.;:—–-]|$|\s+(?:on|in|at|to|this|that|last|when)\b))"
)
_AS_BEFORE_PUT_IT = re.compile(r"(?:^|[\s,(])[Aa]s\s+[^;:\"“”.]{2,70}?\s*$")

# "X posted on Facebook that ...": speech on social media ("a video posted online" is none).
_POSTED = re.compile(r"(?<![\w-])(posted|posts)\s+(?:[\w'-]+\s+){0,5}?(?:that\b|:)")

# "X released figures showing ...", "X published data showing": the publisher is the speaker.
# ``_RELEASED_WORK``: a work the publisher put out whose content the sentence goes on to give,
# after its title or period ("X published its annual report for 2023-24, which shows", "X
# released the adjusted jobless rates which show", "X released its labour report for the
# quarter with the jobless rate rising to 5%"): a relative clause, "showing", or "with" and a
# clause of change on a figure, so the figures are the work's (extract28)
_RELEASED = re.compile(
    r"(?<![\w-])(released|publishe[sd]|issued|releases|issues|put\s+out|puts\s+out)\s+"
    r"(?:\w+\s+){0,3}?"
    r"(?:figures|data|statistics|numbers|estimates?|report|survey|study|findings|results|tally|"
    r"claims|allegations|accusations|evidence|details|statement|communiqu[eé]|press\s+release)"
    r"\b(?:\s+\w+){0,2}?\s+(?:showing|that|of|which\s+show(?:s|ed)?|saying)\b"
)
_RELEASED_WORK = re.compile(
    r"(?<![\w-])(released|publishe[sd]|issued|releases|issues|put\s+out|puts\s+out)\s+"
    r"(?:the|its|their|his|her|a|an|new|latest)\s+(?:[\w-]+\s+){0,4}?"
    r"(?i:figures|data|statistics|numbers|estimates|report|survey|study|findings|results|rates|"
    r"index|accounts|bulletin|census)"
    r"\b(?:\s+(?:[\w&-]+|\d[\d-]*)){0,8}?"
    r"(?:,?\s+(?:which|that)\s+(?:show|reveal|find|record)(?:s|ed)?\b|,?\s+showing\b"
    r"|,?\s+with\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:rising|falling|rose|fell|up|down|"
    r"increasing|decreasing|climbing|dropping|standing|at)(?=\s+(?:\w+\s+){0,2}?\d))"
)

# A verb form after one of these is a passive or a participle, not speech: "are estimated to",
# "was reported", "the 8,000 feared earlier".
_PASSIVE_BEFORE = {"is", "are", "was", "were", "be", "been", "being", "not"}

# Verb forms that are also plural nouns ("published claims of", "including reports that").
_NOUN_LIKE = {"calls", *noun_forms()}

# A word after a verb form that makes it a noun, the subject of a verb of its own: "India's
# most populous states has overwhelmed", "Union claims were dismissed".
_FINITE_AFTER = re.compile(
    r"\s+(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should)\b"
)

_NOUN_BEFORE = {
    "the", "a", "an", "of", "published", "including", "these", "those", "new", "some", "many",
    "such", "his", "her", "their", "its", "and", "unconfirmed", "media", "press", "news", "other",
    "by", "with", "in", "on", "for", "to", "from", "any", "no", "similar", "earlier", "recent",
    # a verb that takes the form as its object: "will raise questions", "faced claims"
    "raise", "raises", "raised", "raising", "answer", "answered", "ask", "asked", "asking",
    "face", "faces", "faced", "facing", "pose", "poses", "posed", "make", "makes", "made",
    "into", "about", "over", "against", "amid",
}  # fmt: skip

_PRONOUNS = {"he", "she", "they", "it", "we", "i"}

# Roles whose "from X" is a place, not an organisation ("a tribal elder from Saravilla").
_PLACE_ROLES = r"man|woman|person|resident|witness|villager|elder|farmer|drivers?|fighters?"

_ROLE = (
    r"spokes(?:man|woman|person)|officials?|commander|minister|director|head|chief|member|"
    r"representative|advis[eo]r|envoy|ambassador|leader|officer|president|secretary|analyst|"
    r"researcher|fighters?|drivers?|source|man|woman|person|resident|witness|soldier|activist|"
    r"doctor|worker|employee|diplomat|lawyer|aide|candidate|economist|elder|villager|MP|"
    r"senator|lawmaker|legislator|governor|mayor|judge|chair(?:man|woman)?|CEO|executive|"
    r"councillor|councilor|deputy|prosecutor|attorney|professor|scientist|expert|observers?|"
    r"monitors?"
)

# a legislator "for" a place sits for a constituency and speaks for no body there: "an MP for
# Leeds", "the senator for Ohio", "councillor for Park ward"
_SEAT_ROLES = (
    r"MP|MLA|MSP|MEP|TD|senator|lawmaker|legislator|congress(?:wo)?man|assembly(?:wo)?man|"
    r"council(?:l)?or|member"
)
_FOR_ORG = re.compile(
    rf"\b(?:(?!(?:{_SEAT_ROLES})\s+for\b)(?:{_ROLE})\s+(?:[a-z]+ing\s+)?(?:for|with|at)|"
    rf"(?!(?:{_PLACE_ROLES})\b)(?:{_ROLE})\s+(?:[a-z]+ing\s+)?(?:of|from))\s+"
    r"(?:the\s+)?([^,;:]+)",
    re.IGNORECASE,
)

_ORG_ROLE = re.compile(
    rf"\b((?:[A-Z][\w.&'-]*\s+){{0,3}}[A-Z][\w.&'-]*)\s+"
    # a rank before the role: "Kestrel Motors chief executive Ann Kerr"
    rf"(?:(?:chief|deputy|senior|vice|assistant|acting|managing|executive)\s+)?"
    rf"(?:{_ROLE})\b(?=\s+[A-Z]|$)"
)

# the particles a personal name writes in lower case between its capitalised parts ("Khalid
# bin Salman", "Pieter van der Berg", "Maria de la Cruz"), and the Arabic article glued to a
# family name by a hyphen ("Ahmed al-Masri", "Mona el-Sayed", "Abd ar-Rahman"): one table for
# every name pattern of the package (extract51: "al-", "el-", "der" each known to some patterns
# and not to others, so "Mona el-Sayed" was a description and "Khalid bin Salman" cut to
# "Khalid")
NAME_PARTICLES = frozenset(
    {"al", "el", "bin", "ibn", "ben", "bint", "abu", "abd", "de", "del", "della", "der", "den",
     "di", "du", "da", "dos", "la", "le", "van", "von", "ter", "ul", "zu"}
)  # fmt: skip
NAME_PARTICLE = r"(?:" + "|".join(sorted(NAME_PARTICLES, key=len, reverse=True)) + r")\b"
GLUED_ARTICLE = r"(?:al|el|ad|an|ar|as|ash|at|az|ud|ul)-(?=[A-Z])"
# a capitalised part of a name, the glued article included ("al-Masri")
NAME_WORD = rf"(?:{GLUED_ARTICLE})?[A-Z][\w'’.-]*"
# particles between two capitalised parts: never the last word of a name
NAME_JOIN = rf"(?:{NAME_PARTICLE}\s+)*"

_CAP_RUN = re.compile(rf"\b{NAME_WORD}(?:\s+{NAME_JOIN}{NAME_WORD}\b)*")

_NOT_NAMES = {
    "the", "a", "an", "in", "on", "at", "but", "and", "however", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "last", "this", "that", "when",
    "while", "after", "before", "meanwhile", "so", "still", "also", "then", "if", "as", "for",
    "of", "his", "her", "their", "its", "our", "it", "he", "she", "they", "we", "i", "one",
}  # fmt: skip

_DETERMINER = re.compile(
    r"^(?:the|a|an|and|but|so|also|then|however|meanwhile|furthermore|moreover|besides)\s+",
    re.I,
)

# "WHO" in capitals is a name (the World Health Organization), not the relative "who"
_RELATIVE = re.compile(r"\s+(?:[Ww]ho|[Ww]hich|[Tt]hat|[Ww]hose|,).*$", re.DOTALL)

_SUBJECT_STOP = re.compile(
    r"\b(?:also|later|previously|earlier|then|now|publicly|privately|again|has|have|had|been|"
    # a connective adverb between the subject and its verb: "The company however said"
    r"however|though|meanwhile|instead|nevertheless|nonetheless|in\s+turn|"
    r"for\s+(?:its|his|her|their)\s+part|"
    r"was|were|is|are|would|will|could|had|did|does|do|not|never|recently|reportedly|"
    r"(?:did|does|do|has|have|had|is|are|was|were|would|could|will|wo)n't|"
    r"(?:appears?|appeared|seems?|seemed)\s+to(?:\s+have)?|"
    # a time or a manner between the name and its verb: "X yesterday disclosed", "X on
    # Monday said", "X in a statement said", "X in writing confirmed"
    r"yesterday|today|tonight|(?:this|last)\s+(?:week|month|year|morning|evening|night)|"
    r"in\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+)?(?:statement|interview|letter|post|"
    r"tweet|speech|report|release|briefing|email|reply|response|filing)|in\s+writing|"
    r"in\s+(?:parliament|court|congress)|on\s+(?:twitter|x|facebook|television|tv|radio))\s*$",
    re.IGNORECASE,
)

_CLAUSE = re.compile(
    r"(?<!known\s)(?<!such\s)\b(?:but|while|because|although|though|whereas|yet|when|where|as|if|so|"
    # "since" and "after" before a year or a month are prepositions of time, no clause: "Ann
    # Kerr, in power since 2016, dismissed ..." (extract41)
    r"(?:since|after)(?!\s+(?:\d{4}\b|(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b))|"
    r"despite|amid)\s+",
    re.IGNORECASE,
)

_ADVERBS = {"meanwhile", "however", "also", "though", "too", "instead", "moreover", "again",
            "furthermore", "publicly", "privately", "later", "earlier", "separately"}  # fmt: skip

MAX_SUBJECT_WORDS = 14

MAX_LEAD_WORDS = 4  # "The coalition also “...”": a short subject before a bare quotation

_PREPOSITION = re.compile(
    r"^(?:in|on|at|during|after|before|since|among|with|without|for|from|despite|amid|of|"
    r"to|into|under|over|than|like|about|around)\b",
    re.IGNORECASE,
)

_OPENERS = {
    "an", "a", "the", "this", "that", "these", "those", "previous", "earlier", "later", "here",
    "there", "others", "some", "many", "it", "which", "what", "one", "both", "all", "such",
    "you", "your", "me", "us", "them", "his", "her", "their", "its", "our", "my", "nobody",
    "no one", "everyone", "everybody", "someone", "somebody", "anyone", "anybody", "none",
}  # fmt: skip

_NUMBER_WORDS_LEAD = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "twenty", "thirty", "forty", "fifty", "hundreds", "thousands", "dozens", "scores",
]  # fmt: skip

_FIGURE_LEAD = re.compile(
    r"^(?:(?:some|about|around|nearly|almost|more|over|at|least|up|to|than|fewer|less|"
    r"the|all|only|just|roughly)\s+)*(?:\d[\d,.]*|" + "|".join(_NUMBER_WORDS_LEAD) + r")\b\s*",
    re.IGNORECASE,
)

# A speaker without a capital letter is a credible description when it is a noun phrase
# ("police", "a senior defense official", "march leaders"), not a participle ("saying"), a
# clause ("members of parliament they believe more ...") or a long phrase.
_CLAUSE_WORDS = {"i", "you", "your", "we", "they", "he", "she", "it", "is", "are", "was", "were",
                 "has", "have", "had", "believe", "believes", "want", "wants", "will", "would",
                 "can", "could", "should", "may", "might", "must", "not", "to"}  # fmt: skip

_TIME_OPENER = re.compile(
    r"^(?:on|late|early|last|this|by|in)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|"
    r"November|December)(?:\s+\d{1,2})?|(?:the\s+)?(?:morning|afternoon|evening|night))"
    r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?=\S)",
    re.IGNORECASE,
)

_ING_NOUNS = {
    "morning", "evening", "meeting", "briefing", "building", "hearing", "gathering", "ruling",
    "spending", "funding", "housing", "training", "wedding", "offering", "shooting", "bombing",
}  # fmt: skip
_ING_NOUNS |= {n for n in works.nouns() if n.endswith("ing")}  # "the board's filing"

_VERB_WORDS = {"is", "are", "was", "were", "has", "have", "had", "be", "saw", "met", "hit", "led"}

_PREP_WORDS = {"of", "for", "in", "on", "at", "from", "with", "to", "by", "and", "or"}

_IRREGULAR_PAST = (
    "stood|held|took|gave|made|went|came|rose|fell|kept|told|found|put|set|won|lost|met|left|"
    "sent|spent|thought|brought|began|became|said|saw|ran|got|led|stuck|struck|wrote|spoke|"
    "withdrew|withheld|upheld|drew|threw|knew|grew|flew|bought|sought|caught|fought|built|"
    "broke|chose|drove|overturned|swore|tore|hung|forbade|overtook|undertook|meant"
)

# work a body does and publishes: "the investigation found" is its author's finding
_INQUIRY_NOUNS = works.nouns("inquiry", plural=False) | {"findings"}  # works.py: one table

# "the statement said", "the company added": the body whose statement or report it is.
_DOCUMENT_NOUNS = works.nouns("document", plural=False)

_BODY_NOUNS = {"company", "firm", "group", "carmaker", "manufacturer", "agency", "organisation",
               "organization", "body", "institute", "ministry", "department", "commission",
               "union", "bank", "council", "board", "authority", "party", "court", "office",
               "institution", "lender", "operator", "airline", "regulator", "fund", "foundation",
               "trust", "charity", "college", "university", "watchdog"}  # fmt: skip

_BODY_WORDS = _BODY_NOUNS | {
    "college", "hospital", "museum", "church", "committee", "tribunal", "parliament", "senate",
    "congress", "assembly", "bureau", "times", "post", "journal", "news", "channel", "radio",
    "agency",
    "motors", "industries", "inc", "ltd", "corp", "corporation", "plc", "llc", "co", "group",
    "association", "federation", "police", "army", "military", "forces", "government",
    "foundation", "trust", "centre", "center", "university", "school", "network", "coalition",
    "alliance", "mission", "embassy", "unions", "unit", "service", "services", "survey",
    "programme", "program", "fund", "institute", "constabulary", "inspectorate",
    # an office that is both a person and a body: "the Ombudsman for Wales" published its report
    "ombudsman",
    # bodies named for what they do: "Syrian Observatory", "Amnesty International", "Human
    # Rights Watch", "Red Crescent"
    "observatory", "international", "watch", "crescent",
}  # fmt: skip

# a company's name ends with what it does or what it is ("Cisco Systems", "Starkey Labs")
_COMPANY_ENDINGS = {
    "systems", "technologies", "technology", "networks", "labs", "laboratories", "holdings",
    "airlines", "airways", "energy", "pharmaceuticals", "communications", "telecom",
    "electronics", "enterprises", "resources", "petroleum", "steel", "mining", "insurance",
    "logistics", "partners", "brands", "foods", "software", "semiconductor", "motors",
    "industries", "inc", "ltd", "corp", "corporation", "plc", "llc", "co",
}  # fmt: skip
_BODY_WORDS |= _COMPANY_ENDINGS

_PUBLISHED = r"web\s?site|site|page|data|figures|account|bulletin|tally|count|feed|records"

# Words a document's author never ends with (the phrase runs past the author's name).
_FUNCTION_WORDS = frozenset(("the", "a", "an", "this", "that", "its", "their", "his", "her"))

_REFLEXIVE = re.compile(r"\s+(?:itself|themselves|himself|herself)$", re.IGNORECASE)

MIN_QUOTE_WORDS = 4  # shorter quotations without a speech verb are scare quotes, not speech

_STANCE_VERBS = {
    "denied", "denies", "deny", "denying", "rejected", "rejects", "dismissed", "dismisses",
    "disputed", "disputes", "refuted", "refutes", "agreed", "agrees", "confirmed", "confirms",
    "insisted", "insists", "insisting", "acknowledged", "acknowledging", "conceded",
    "conceding", "admitted", "admits", "alleged", "alleges", "accused", "accuses", "countered",
    "questioned", "calling", "describing", "endorsed", "endorses", "condemned", "condemns",
    "blamed", "blames", "doubted", "cast doubt", "casts doubt", "raised doubts", "laughed off",
    "brushed off", "shrugged off", "brushed aside", "played down", "downplayed", "dispute",
    "reject",
}  # fmt: skip

_TITLE = r"(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col)\.?"

_CALENDAR = {"january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december"}  # fmt: skip

# "Data from the statistics office show ...", "the ministry's figures indicated": a verb that
# attributes only after data as its subject (a person "shows" nothing here)
_SHOW = re.compile(
    r"(?<![\w-])(show|shows|showed|indicate|indicates|indicated|documents|details|describes|"
    r"concludes)\b"
)
_DATA_SUBJECT = re.compile(
    rf"\b(?:{works.pattern()}|research)\b[^.;:\"]{{0,80}}$",
    re.IGNORECASE,
)
# the verbs a work gives a figure with only right after it and its author ("A survey by
# Gallup found 40 percent", "The ministry's latest update listed 1,200 deaths"): a person or
# a body that "found" or "listed" something acted ("police found three bodies")
_WORK_FOUND = re.compile(r"(?<![\w-])(found|finds|listed|lists|suggests|suggested)\b")
_WORK_RIGHT_BEFORE = re.compile(
    rf"\b(?:{works.pattern()})(?:\s+(?:(?:from|by|{'|'.join(works.PUBLISHED_BY)})\s+"
    r"(?:by\s+)?[^,.;:\"]{1,60}?\s+)?|"
    # its author between commas: "The report, published by the Ministry of Health, found"
    rf",\s+(?:{'|'.join(works.PUBLISHED_BY)}|by)\s+(?:by\s+)?[^,.;:\"]{{1,80}}?,\s+)"
    r"(?:(?:also|last\s+\w+|this\s+\w+|on\s+\w+)\s+)?$",
    re.IGNORECASE,
)


_GROUP_WORDS = {"police", "army", "military", "government", "officials", "authorities",
                "residents", "witnesses", "protesters", "organisers", "organizers"}  # fmt: skip
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
_DATA_NOUNS = works.nouns("data")

# English months, full names then their abbreviations (figure spans, numbers that are no
# figures)
_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
]
