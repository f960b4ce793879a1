"""What can say things: the agent test every proposed speaker passes (issue 25).

A speaker the tool proposes, guessed or not, must be something that can say things:

* a **person**: a name, or a role noun ("official", "spokesman", "witness", "doctor",
  "analyst", and the person-forming endings of English: -ist, -ian, -ee, -man/-woman);
* a **body**: a name, initials, or an institution noun ("ministry", "court", "agency",
  "police", "army", "company", "union", "party", "council", "hospital", "newspaper");
* a **group** of people ("residents", "protesters", "rebels", "crowd", "family");
* a **polity** spoken for by its government ("the country", "the city", "the state");
* a **work** (a document or an inquiry: "report", "statement", "study", "survey") whose
  issuer is then the claimant, where the phrase names it ("results from the commission").

Anything else is not a speaker (``NOT_AGENT``): the weather ("winds", "the storm"), a place
("island", "coast", "region"), a thing ("toll", "mine", "bomb"), an event ("gatherings",
"the election", "the crash"), figures without an issuer ("official figures", "statistics",
"results") and abstract nouns ("accusations", "fears", "the economy"). Such a candidate is
the outlet's narration: its speaker is cleared (``agent_test``), and ``speaker_found`` says
why.

The tables are written from general English, by lexical class (as a dictionary's classes of
nouns: person, group, location, artifact, event, phenomenon, quantity, communication,
cognition, state), not from any article: each class lists the common nouns of news English
in that class, singular; plurals are read by rule. A head found in neither table, and no
name, is left as it was (``unknown``): the test clears only a speaker it knows cannot speak.

The head of a phrase is its last word before a prepositional phrase, a relative clause or an
adverb ("Officials with the Department of Labor" → "officials", "rescuers frantically" →
"rescuers"); a coordination speaks when one of its parts can ("Relatives or friends"). A
capitalised head is a name ("Gold Fields", "Nokia") unless it is the phrase's only word and
a common noun of the tables ("Statistics" opening a sentence), and a head in capitals or
with a digit is initials ("NEC", "O2").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from claimtrack.extract import works

if TYPE_CHECKING:
    from claimtrack.extract.candidates import Candidate


def _table(text: str) -> frozenset[str]:
    """A table written as words separated by white space."""
    return frozenset(text.split())


# -- agents -----------------------------------------------------------------------------

PERSON = _table(
    """
    official spokesman spokeswoman spokesperson representative source insider aide adviser
    advisor assistant deputy secretary minister premier president chancellor governor mayor
    senator lawmaker legislator congressman congresswoman councillor councilor alderman
    ambassador envoy diplomat consul attache delegate commissioner director manager executive
    boss chief head leader chair chairman chairwoman chairperson ceo cfo founder owner partner
    investor shareholder trader banker broker dealer economist analyst strategist consultant
    expert specialist researcher scientist scholar academic professor lecturer teacher
    student pupil doctor physician surgeon nurse medic paramedic pharmacist dentist
    psychiatrist psychologist therapist epidemiologist virologist coroner pathologist
    veterinarian vet lawyer attorney solicitor barrister counsel advocate prosecutor
    defendant plaintiff claimant complainant petitioner appellant respondent witness juror
    judge magistrate justice clerk bailiff sheriff marshal inspector detective officer
    constable sergeant lieutenant captain major colonel general admiral commander commandant
    soldier trooper marine sailor pilot airman guard ranger warden jailer fighter rebel
    insurgent militant guerrilla gunman attacker assailant suspect hostage captive prisoner
    inmate detainee refugee migrant immigrant emigrant evacuee survivor victim casualty
    resident villager local citizen national native inhabitant voter candidate nominee
    incumbent challenger activist campaigner protester protestor demonstrator marcher
    striker organiser organizer volunteer rescuer firefighter firefighters lifeguard
    worker employee employer staffer labourer laborer farmer fisherman miner driver
    passenger traveller traveler tourist visitor pilgrim shopper customer client consumer
    patient parent mother father son daughter child kid brother sister husband wife widow
    widower relative cousin uncle aunt grandmother grandfather grandparent family friend
    neighbour neighbor colleague boyfriend girlfriend fiance fiancee spouse teenager youth
    man woman boy girl person people individual adult elder priest pastor imam rabbi bishop
    cleric monk nun pope cardinal preacher chaplain journalist reporter correspondent editor
    columnist commentator presenter host anchor interviewer writer author poet
    novelist blogger photographer cameraman producer filmmaker director actor actress singer
    musician artist athlete player coach manager referee fan supporter critic opponent
    rival ally sponsor donor benefactor borrower creditor debtor landlord tenant
    homeowner buyer seller vendor supplier contractor builder engineer architect planner
    surveyor auditor accountant actuary statistician demographer forecaster meteorologist
    seismologist geologist climatologist biologist chemist physicist historian
    archaeologist anthropologist sociologist pollster observer monitor watcher whistleblower
    informant negotiator mediator arbitrator administrator coordinator organiser
    operator technician mechanic electrician plumber carpenter cook chef waiter bartender
    cashier clerk receptionist secretary guide interpreter translator courier postman
    entrepreneur businessman businesswoman industrialist magnate tycoon mogul landowner
    heir heiress king queen prince princess emperor sultan emir sheikh monarch ruler
    dictator premier chieftain warlord kingpin smuggler trafficker dealer poacher thief
    robber killer murderer gangster veteran pensioner retiree graduate intern apprentice
    trainee recruit cadet member backer loyalist dissident defector sympathiser sympathizer
    supremo stakeholder bondholder taxpayer ratepayer landlady chairwoman councilwoman
    someone somebody anyone everyone nobody accused rep
    """
)
# the irregular plurals of person nouns
_PERSON_PLURALS = {
    "people": "person", "men": "man", "women": "woman", "children": "child",
    "folks": "person", "folk": "person", "staff": "staff", "personnel": "staff",
    "police": "police", "clergy": "clergy", "youths": "youth", "relatives": "relative",
    "wives": "wife", "thieves": "thief", "chiefs": "chief",
}  # fmt: skip

BODY = _table(
    """
    government administration cabinet ministry department office bureau agency directorate
    secretariat commission committee council board panel authority regulator watchdog
    inspectorate ombudsman parliament legislature congress senate assembly house chamber
    court tribunal jury bench judiciary prosecution defence defense police constabulary
    army navy military airforce forces force militia guard coastguard command headquarters
    brigade battalion regiment division unit squad corps embassy consulate mission
    delegation presidency palace regime junta state party opposition faction wing camp
    bloc coalition alliance front movement league union federation confederation
    association guild syndicate society club organisation organization ngo charity
    foundation trust fund institute institution university college school academy
    laboratory lab observatory centre center hospital clinic church mosque diocese
    synagogue temple company firm corporation business enterprise conglomerate group
    holding subsidiary startup bank lender insurer carmaker automaker manufacturer maker
    producer retailer supplier operator carrier airline railway utility provider developer
    contractor consultancy pollster bureau newspaper paper daily tabloid weekly magazine
    journal broadcaster network channel station radio television tv press media outlet
    agency wire website publisher studio team staff crew management leadership
    establishment municipality prefecture governorate council statehouse city-hall
    campaign lobby think-tank thinktank exchange industry sector registry registrar
    service services inc ltd llc plc corp co gmbh sa ag
    """
)

GROUP = _table(
    """
    crowd mob family household community public electorate population populace body
    citizenry workforce membership congregation audience gang clan tribe
    """
)

# a place that stands for its government or people: "the country reported 200 cases"
POLITY = _table(
    """
    country nation state republic kingdom emirate province region county city town
    municipality district borough village capital territory commonwealth
    """
)

# a site run by a body, standing for it: "the mine announced", "the plant said"
FACILITY = _table(
    """
    mine plant factory refinery mill smelter works prison jail port harbour harbor airport
    website site
    """
)

# works (extract/works.py holds their frames): their issuer is the claimant where named
WORK = _table(
    """
    report statement release letter filing announcement communique memo submission update
    bulletin ruling judgment judgement verdict decision order decree notice document paper
    study survey audit poll review inquiry investigation analysis assessment research
    census inventory
    """
)

# -- what cannot say things ---------------------------------------------------------------

NOT_AGENT: dict[str, frozenset[str]] = {
    "weather": _table(
        """
        wind winds gale gust gusts storm storms hurricane typhoon cyclone tornado twister
        rain rains rainfall downpour shower showers monsoon flood floods flooding floodwater
        floodwaters deluge snow snowfall blizzard hail ice frost fog mist heat heatwave
        drought weather temperature temperatures tide tides wave waves swell
        lightning thunder thunderstorm earthquake quake tremor aftershock tsunami eruption
        volcano wildfire wildfires fire fires blaze blazes flames landslide landslides
        mudslide avalanche sun cold climate squall sleet hailstorm sandstorm smog haze smoke
        ash lava magma mudflow rockfall sinkhole erosion snowstorm rainstorm windstorm
        """
    ),
    "place": _table(
        """
        island islands archipelago coast coastline shore beach peninsula mainland area
        areas zone zones neighbourhood neighborhood suburb outskirts street streets road
        roads highway motorway bridge river rivers valley mountain mountains hill hills
        sea ocean lake bay gulf strait field fields forest desert countryside border
        frontier square park ground land spot
        location place locality home building buildings compound base shelter
        neighbourhoods settlement settlements world earth globe planet continent plain plateau
        delta basin canal lagoon reef cliff cave swamp marsh wetland estuary isle atoll
        highlands lowlands hinterland interior downtown avenue lane alley junction crossing
        checkpoint corridor route path terminal pier dock wharf marina warehouse mall stadium
        arena venue hall courthouse courtroom room basement farm farmland plantation orchard
        ranch slum
        """
    ),
    "thing": _table(
        """
        toll car cars vehicle vehicles truck
        trucks bus train ship ships boat boats ferry plane planes aircraft jet jets
        helicopter drone drones bomb bombs missile missiles rocket rockets shell shells
        weapon weapons gun guns ammunition machine machines device devices phone phones
        computer computers tower towers dam wall walls fence ballot ballots box boxes
        money cash water food oil gas fuel electricity drug drugs vaccine vaccines
        virus viruses disease diseases infection infections cancer medicine equipment
        goods products product crops crop grain homes roof corpse
        corpses debris rubble wreckage bullet bullets grenade grenades artillery rifle
        rifles explosive explosives landmine landmines barricade barricades tent tents
        blanket blankets supplies aid relief shipment shipments cargo container containers
        package parcel bag bottle barrel barrels tram subway footage video videos image
        images photo photos photograph photographs picture pictures recording recordings
        dollar dollars euro euros rupee rupees yuan yen naira rand peso pesos shilling
        shillings franc francs ruble rubles rouble roubles seat seats
        """
    ),
    "event": _table(
        """
        gathering gatherings rally rallies protest protests demonstration demonstrations
        march marches strike strikes meeting meetings summit election elections vote
        votes voting referendum war wars conflict conflicts fighting clash clashes
        violence attack attacks raid raids bombing bombings explosion explosions blast
        blasts shooting shootings crash crashes accident accidents collision disaster
        disasters crisis crises outbreak outbreaks epidemic pandemic incident incidents
        operation operations ceremony funeral funerals hearing hearings session debate
        talks negotiations ceasefire truce visit trip tour event events festival match
        game race launch recession boom slump downturn recovery rise fall increase
        increases decline declines drop drops jump spike growth surge riots riot unrest
        uprising revolt revolution coup invasion offensive siege massacre killings
        killing deaths death casualties injuries damage losses loss destruction flight
        flights voyage journey scandal controversy dispute row feud battle struggle
        skirmish firefight gunfight shootout ambush airstrike airstrikes bombardment
        shelling evacuation rescue search cleanup shutdown lockdown closure ban curfew
        blockade sanctions embargo merger takeover acquisition bankruptcy layoffs
        redundancies cuts sale auction inauguration wedding anniversary celebration
        parade procession vigil memorial commemoration tragedy catastrophe calamity
        emergency famine spill leak collapse derailment sinking stampede crush assault
        abduction kidnapping arrest arrests execution executions murder murders homicide
        homicides suicide suicides overdose overdoses outage blackout delay delays
        cancellation cancellations disruption disruptions
        """
    ),
    "figures": _table(
        """
        figure figures number numbers statistic statistics stats data datum tally count
        counts estimate estimates total totals result results score scores rate rates
        ratio ratios percentage percentages share shares proportion average averages sum
        sums amount amounts index indices indicator indicators projection projections
        forecast forecasts reading readings record records table tables chart charts
        graph graphs map maps tallies returns cases fatalities level levels cost costs price
        prices value values size scale extent turnout margin profit profits revenue
        revenues sales earnings income output exports imports production spending
        investment funding wages salary salaries damages compensation award awards
        information details breakdown breakdowns
        """
    ),
    "time": _table(
        """
        day days week weeks month months year years decade decades century hour hours
        minute minutes morning mornings afternoon evening evenings night nights weekend
        season seasons period periods era moment  quarter quarters january february
        april may june july august september october november december monday tuesday
        wednesday thursday friday saturday sunday today yesterday tomorrow
        """
    ),
    "abstract": _table(
        """
        accusation accusations allegation allegations claim claims charge charges rumour
        rumours rumor rumors evidence idea ideas fact facts truth reason reasons cause
        causes effect effects impact impacts problem problems issue issues question
        questions matter matters concern concerns fear fears hope hopes anger tension
        tensions pressure view views opinion opinions belief beliefs policy policies plan
        plans proposal proposals measure measures move moves step steps action actions
        effort efforts attempt attempts approach strategy reform reforms change changes
        situation conditions circumstances development developments trend trends pattern
        history tradition culture economy economies market markets system systems process
        programme program project scheme initiative budget deficit debt inflation
        unemployment poverty crime corruption security safety health education life
        lives future past news headlines headline word words language message messages
        warning warnings threat threats risk risks danger demand demands need needs
        interest interests success failure failures progress job jobs responsibility blame
        role influence control rights freedom democracy peace regulation regulations
        guideline guidelines standard standards requirement requirements support
        criticism praise condemnation outrage backlash uncertainty confusion chaos panic
        shock grief sorrow doubt doubts suspicion suspicions speculation expectation
        expectations prospect prospects chance chances likelihood possibility
        probability reality myth theory hypothesis logic principle principles quality
        performance behaviour behavior conduct practice practices method methods
        technique technology innovation science knowledge coverage
        """
    ),
}
_NOT_AGENT_KIND = {word: kind for kind, words in NOT_AGENT.items() for word in words}

AGENT_KINDS = frozenset({"name", "person", "body", "group", "polity", "facility"})

# person-forming endings of English, with the common nouns that end so and are no person
_PERSON_ENDINGS: tuple[tuple[str, set[str]], ...] = (
    ("ist", {"list", "wrist", "twist", "mist", "fist", "gist", "schist", "assist", "exist",
             "resist", "insist", "persist", "consist", "desist", "enlist", "midst"}),
    ("ian", {"median", "meridian"}),
    ("ee", {"coffee", "fee", "tree", "knee", "degree", "guarantee", "decree", "spree",
            "levee", "jamboree", "pedigree", "toffee", "glee", "flee", "committee", "free"}),
    ("man", {"human", "talisman", "ottoman", "caiman", "german", "roman", "oman", "woman"}),
    ("woman", set()),
    ("men", {"specimen", "abdomen", "regimen", "acumen", "omen", "stamen", "semen", "amen",
             "ramen", "hymen", "dolmen", "women"}),
    ("women", set()),
)  # fmt: skip

_DETERMINERS = {
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
    "my", "your", "some", "many", "several", "numerous", "other", "others", "most", "all",
    "both", "each", "every", "any", "few", "no", "such", "various", "certain", "two", "three",
    "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds",
    "thousands", "one",
}  # fmt: skip
# what ends a noun phrase's head: a preposition, a relative, a participle or clause start
_HEAD_END = re.compile(
    r"\s+(?:of|in|for|with|from|at|on|by|to|under|over|within|across|near|about|after|"
    r"before|during|among|between|inside|outside|around|against|who|which|that|whose|"
    r"where|when|as|like|than|said|says|saying|told)\b.*$",
    re.IGNORECASE | re.DOTALL,
)
_COORDINATION = re.compile(r"\s+(?:and|or|&|nor)\s+|\s*,\s*", re.IGNORECASE)


def _singular(word: str) -> str:
    """The singular of a plural noun, by rule ("rebels" → "rebel", "parties" → "party",
    "witnesses" → "witness"); other words as they are."""
    if word in _PERSON_PLURALS:
        return _PERSON_PLURALS[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def _is_name(word: str) -> bool:
    """A capitalised word, initials ("NEC", "U.N.") or a name glued to a digit ("O2")."""
    letters = re.sub(r"[^A-Za-z]", "", word)
    if not letters:
        return False  # "2019", "40": a number, no name
    return word[:1].isupper() or bool(re.search(r"\d", word))


def word_kind(word: str) -> str:
    """The class of one lower-case noun: ``person``, ``body``, ``group``, ``polity``,
    ``work``, a kind of ``NOT_AGENT`` or ``unknown``."""
    w = word.lower().strip(".,;:'’\"()")
    w = re.sub(r"['’]s?$", "", w)
    if w in _NOT_AGENT_KIND:
        return _NOT_AGENT_KIND[w]
    one = _singular(w)
    for table, kind in ((PERSON, "person"), (BODY, "body"), (GROUP, "group"),
                        (POLITY, "polity"), (FACILITY, "facility"), (WORK, "work")):  # fmt: skip
        if w in table or one in table:
            return kind
    if w in _PERSON_PLURALS:
        return "person"
    if one in _NOT_AGENT_KIND:
        return _NOT_AGENT_KIND[one]
    for ending, not_person in _PERSON_ENDINGS:
        if one.endswith(ending) and len(one) > len(ending) + 2 and one not in not_person:
            return "person"
    return "unknown"


def _head(phrase: str) -> list[str]:
    """The words of a phrase's core, before its prepositional phrase or clause, with its
    determiners and its trailing adverbs dropped."""
    core = _HEAD_END.sub("", phrase.strip())
    words = [w for w in re.split(r"\s+", core) if w]
    while words and words[0].lower().strip(".,") in _DETERMINERS:
        words = words[1:]
    while len(words) > 1 and re.fullmatch(r"[a-z]+ly", words[-1]) and words[-1] not in PERSON:
        words = words[:-1]  # "rescuers frantically"; not "ally"
    return words


def speaker_kind(phrase: str, reading: str = "") -> str:
    """What a proposed speaker is (module docstring): ``name`` or a class of ``word_kind``
    for its head; a coordination is the first of its parts that can speak, else the first
    part's class. With the article's ``reading``, a lone capitalised word the tables do not
    know is a name only where the article writes it so inside a sentence ("Heavy" opening
    one is ``unknown``)."""
    parts = [p for p in _COORDINATION.split(_HEAD_END.sub("", phrase.strip())) if p.strip()]
    kinds = [_one_kind(p, reading) for p in parts] or ["unknown"]
    for kind in kinds:
        if kind in AGENT_KINDS:
            return kind
    return kinds[0]


# a phrase that opens on a verb of saying is no noun phrase ("saying the party ...")
_OPENS_ON_A_VERB = re.compile(
    r"^(?:saying|said|says|say|told|telling|adding|added|claiming|claimed|noting|noted)\b",
    re.IGNORECASE,
)


def _one_kind(phrase: str, reading: str = "") -> str:
    if _OPENS_ON_A_VERB.match(phrase.strip()):
        return "unknown"
    words = _head(phrase)
    if not words:
        return "unknown"
    head = words[-1].strip('.,;:"()')
    bare = re.sub(r"['’]s?$", "", head)
    if not bare:
        return "unknown"
    if not re.search(r"[A-Za-z]", bare):
        if len(words) > 1 and _is_name(words[-2]):
            return "name"  # "Local 1188", "AFSCME Local 3800": a number of a name
        return "figures"  # "2019", "40"
    if bare[:1].isupper() or re.search(r"\d", bare):
        kind = word_kind(bare)
        # a common noun capitalised as the first word of a sentence ("Statistics", "Lower
        # courts" has its head in lower case): its class; any other capital is a name
        if len(words) == 1 and kind != "unknown" and not bare.isupper():
            return kind
        if len(words) == 1 and reading and not _named_in(bare, reading):
            return kind  # a word opening a sentence, no name the article gives
        return "name" if _is_name(bare) else kind
    return word_kind(bare)


# the issuer a work's phrase names: "results from National Electoral Commission", "a report
# by the corporation's governing body", "the ministry's figures"
_ISSUER_AFTER = re.compile(r"\b(?:from|by|of)\s+(?:the\s+)?(.+)$", re.IGNORECASE)
_ISSUER_BEFORE = re.compile(r"^(?:the\s+)?(.+?)['’]s?\s+\S+(?:\s+\S+)?$", re.IGNORECASE)


def issuer(phrase: str, reading: str = "") -> str | None:
    """The body or person a work or a figure's phrase names as its issuer, if it can speak:
    after "from", "by" or "of", in the possessive before it, or as a body or a name before
    its head ("police estimates", "UN figures"; not "official figures", an adjective)."""
    for pattern in (_ISSUER_AFTER, _ISSUER_BEFORE):
        m = pattern.search(phrase.strip())
        if m is None:
            continue
        who = m.group(1).strip(" ,.")
        if who and speaker_kind(who) in AGENT_KINDS:
            return who
    mods = [w.strip('.,;:"()') for w in _head(phrase)][:-1]
    # a run of names right before the head: "Kestrel Institute report", "UN figures"
    j = len(mods)
    while j > 0 and _issuer_word(mods[j - 1]):
        j -= 1
    run = mods[j:]
    if run and j == 0 and not _named_in(run[0], reading) and word_kind(run[0]) == "unknown":
        # a capital opening the sentence: "Prior Human Rights Watch", "Huge"; not "Kestrel
        # Institute", whose rest is no name by itself
        rest = run[1:]
        if len(rest) >= 2 or (rest and word_kind(rest[0]) == "unknown") or not rest:
            run = rest
    if run:
        return " ".join(run)
    for modifier in reversed(mods):  # "police estimates", "government figures"
        if modifier.lower() in works.UNAUTHORED:
            continue
        if word_kind(modifier) in {"body", "group", "polity"}:
            return modifier
    return None


def _issuer_after(speaker: str, quote: str) -> str | None:
    """The issuer named right after a work or figures in the sentence ("Numbers shared by
    volunteers suggest ...": the speaker was cut to "Numbers")."""
    at = quote.find(speaker)
    if at < 0:
        return None
    m = _AUTHOR_AFTER.match(quote, at + len(speaker))
    if m is None:
        return None
    words: list[str] = []
    for w in m.group(1).split():
        if w.lower().strip(".,") in _VERBS_AFTER or re.search(r"\d", w):
            break
        words.append(w)
    who = " ".join(words).strip(" ,.")
    return who if who and speaker_kind(who) in AGENT_KINDS else None


_AUTHOR_AFTER = re.compile(
    r"\s*,?\s*(?:(?:[a-z]+ed|carried\s+out|drawn\s+up|put\s+out)\s+)?"
    r"(?:(?:on|last|this|in)\s+\w+\s+)?(?:by|from)\s+(?:the\s+)?([^,;:\"“”]{1,80})"
)
# where an author's name after "by" ends: the work's verb ("suggest", "show", "put")
_VERBS_AFTER = frozenset(
    {*works.WORK_VERBS, "suggest", "said", "say", "says", "put", "puts", "estimate",
     "estimated", "estimates", "show", "showed", "shows", "indicate", "was", "were", "is",
     "are", "has", "have", "had", "gave", "give", "gives", "reported", "reports", "report",
     "found", "find", "finds", "claim", "claims", "claimed", "stood", "stand", "stands",
     "rose", "fell", "reached", "reach", "that", "which", "who", "on", "in", "at", "and"}
)  # fmt: skip


def _issuer_word(word: str) -> bool:
    """A capitalised word that may be part of an issuer's name before a work: a name, or a
    body noun of one ("Institute"); not a described work ("Media", "Official")."""
    if not _is_name(word) or word.lower() in works.UNAUTHORED:
        return False
    return word_kind(word) not in {"person", "time"}  # "Official figures", "Friday's report"


def _named_in(word: str, reading: str) -> bool:
    """A capitalised word that is a name in the article, not a common word opening a
    sentence ("Huge gatherings"): in capitals or with a digit ("UN", "O2"), or written with
    its capital inside a sentence and never in lower case."""
    if word.isupper() or re.search(r"\d", word):
        return True
    inside = re.search(rf"[a-z,;][ \t]+{re.escape(word)}\b", reading)
    lower = re.search(rf"\b{re.escape(word.lower())}\b", reading)
    return bool(inside) and not lower


def agent_test(c: Candidate, reading: str = "") -> Candidate:
    """``c`` whose speaker can say things: a speaker that is weather, a place, a thing, an
    event, figures without an issuer or an abstract noun is cleared (the outlet's
    narration, ``speaker_found`` says why); a work or figures whose phrase names its issuer
    keep their speaker with the issuer as the claimant."""
    speaker = c.speaker
    if not speaker:
        return c
    kind = speaker_kind(speaker, reading)
    if kind in AGENT_KINDS or kind == "unknown":
        return _claimant_test(c, reading)
    if c.claimant and c.claimant != speaker and speaker_kind(c.claimant, reading) in AGENT_KINDS:
        return c  # the body named beside it speaks: "the report" for the ministry
    who = issuer(speaker, reading) or _issuer_after(speaker, c.quote)
    if who is not None:
        said = f"'{speaker}' ({_KIND_SAID[kind]}) cannot say things; its issuer {who} claims"
        return replace(c, claimant=who, speaker_found=f"{c.speaker_found}; {said}")
    if kind == "work":  # a report or a statement without its issuer: the work, as found
        return _claimant_test(c, reading)
    upto = c.figures[0].start if c.figures else c.start  # the same sentence's words before too
    earlier = _issued_before(speaker, reading[:upto]) if kind == "figures" else None
    if earlier is not None:
        who, how = earlier
        said = f"guess: the {how} the {who}, named before it in the article"
        found = c.speaker_found.split("; guess:")[0]  # no longer a description
        return replace(c, speaker=who, claimant=who, speaker_found=f"{found}; {said}")
    return replace(
        c,
        speaker=None,
        claimant=None,
        speaker_found=(
            f"none: '{speaker}' ({_KIND_SAID[kind]}) cannot say things and names no "
            f"issuer; the outlet's narration (found: {c.speaker_found})"
        ),
    )


# the sentence after a work with no issuer ("official figures showed", "according to new
# figures", "Current data indicates"), opened by a body's name as the subject of a verb that
# gives figures ("The Central Statistics Office said ...", "Statistics Kestrel says ..."):
# the name, then the verb (extract39)
_NEXT_OPENER = re.compile(
    r"[\"“‘']?(?:The\s+)?([A-Z][\w&'’.-]*(?:\s+(?:of\s+|for\s+|and\s+|on\s+)?[A-Z][\w&'’.-]*){0,6})"
    r"(?:\s*\([A-Z][A-Za-z]{1,9}\))?,?\s+(?:(?:also|now|has|have|had|on\s+[A-Z]\w+|today|yesterday)\s+)?"
    r"(said|says|reported|reports|estimated|estimates|announced|announces|recorded|records|"
    r"counted|counts|published|publishes|released|releases|found|finds|confirmed|confirms)\b"
)
# a sentence with a source of its own that is not a body's opening ("Tom Reed, the opposition
# leader, said", "according to the union")
_A_SOURCE = re.compile(
    r"\b(?:said|says|told|tells|according\s+to|reported|reports|claimed|claims|stated|"
    r"estimated|estimates|insisted|argued|added)\b",
    re.IGNORECASE,
)
# where a sentence ends and the next opens, a paragraph break or not
_NEXT_SENTENCE = re.compile(r"[.!?][\"”’')]*\s+(?=[\"“‘']?[A-Z])")
# the words that make a capitalised name a body's, not a person's ("Statistics Kestrel",
# "the Harbour Rail Authority")
_ISSUING_WORDS = frozenset({"statistics", "statistical", "office", "ministry", "department",
                            "bureau", "agency", "authority", "commission", "board", "council",
                            "institute", "service", "administration", "police", "survey",
                            "directorate", "secretariat", "centre", "center"})  # fmt: skip


_UNISSUED = re.compile(r"none: '([^']+)' \(figures\) cannot say things and names no issuer")


def issued_next(c: Candidate, reading: str) -> Candidate:
    """``c``, left to nobody after every other rule because its figures are a work with no
    issuer ("..., according to new figures", "official figures showed", ``agent_test``), with
    the body whose figures open the next sentence as the work's issuer, marked a guess
    (``_issued_after``; extract39). Run last, so that a page's issuer or a release read
    over the whole page keeps the lead it found."""
    if c.speaker:
        return c
    m = _UNISSUED.match(c.speaker_found)
    later = _issued_after(reading, c.end) if m is not None else None
    if m is None or later is None:
        return c
    who, verb = later
    said = (
        f"guess: the issuer of '{m.group(1)}', the body whose '{verb}' opens the next sentence "
        "(no other source before it)"
    )
    return replace(c, speaker=who, claimant=who, speaker_found=f"{said} ({c.speaker_found})")


def _issued_after(reading: str, end: int) -> tuple[str, str] | None:
    """The body that gives figures in the sentence right after a work with no issuer, or in
    the one after that when the first has no source at all (a body's name, then "said",
    "reported" ...), as the issuer of that work: (body, verb). None when a source that is no
    body's name opening the sentence comes first (a person, a group, "according to"), or when
    the sentence after the body's opens with another body's: two sources compete."""
    found: tuple[str, str] | None = None
    pos = end
    for _ in range(3):
        nxt = _NEXT_SENTENCE.search(reading, max(pos - 2, 0), pos + 400)
        if nxt is None:
            break
        pos = nxt.end()
        stop = _NEXT_SENTENCE.search(reading, pos)
        upto = stop.start() if stop is not None else len(reading)
        m = _NEXT_OPENER.match(reading, pos, upto)
        name = m.group(1).strip() if m is not None else ""
        body = any(w.lower().strip(".,") in _ISSUING_WORDS for w in name.split())
        if found is not None:  # the sentence after the body's: another body's figures?
            other = body and name != found[0] and speaker_kind(name) in AGENT_KINDS
            return None if other else found
        if m is not None and body and speaker_kind(name) in AGENT_KINDS:
            found = (name, m.group(2))
        elif _A_SOURCE.search(reading, pos, upto) or _ == 1:
            return None  # "Tom Reed, the opposition leader, said ...": another source first
        pos = upto + 1
    return found


def _issued_before(phrase: str, before: str) -> tuple[str, str] | None:
    """The issuer the article gave earlier for the same figures, read back by their noun:
    "results announced by the electoral commission", "the commission's results", "results
    from the commission", the last before; (issuer, how it was named)."""
    words = _head(phrase)
    if not words:
        return None
    head = re.escape(words[-1].strip('.,;:"()').lower())
    if not head:
        return None
    frames = (
        rf"\b{head}\s+((?:[a-z]+ed|given|put\s+out|drawn\s+up)\s+(?:[^,.;:\"“”]{{0,30}}?\s+)?"
        r"by)\s+(?:the\s+)?([^,.;:\"“”]{2,80})",
        rf"\b{head}\s+(from)\s+(?:the\s+)?([^,.;:\"“”]{{2,80}})",
    )
    found: list[tuple[int, str, str]] = []
    for frame in frames:
        for m in re.finditer(frame, before, re.IGNORECASE):
            who = _agent_words(m.group(2))
            if who:
                found.append((m.start(), who, f"{words[-1].lower()} {m.group(1).split()[0]} by"))
    if not found:
        return None
    _, who, how = max(found)
    return who, how.replace("from by", "from")


def _agent_words(text: str) -> str | None:
    """The issuer's name at the start of ``text``, up to the clause after it ("the electoral
    commission that indicate ..." -> "electoral commission"), if it can speak."""
    cut = re.split(
        r"\s+(?:that|which|who|on|in|at|late|early|last|this|and|but|showing|indicating|"
        r"were|was|is|are|has|have|had|will|would|show|shows|showed|put|puts|gave|suggest|"
        r"suggests|indicate|indicates)\b",
        text,
    )[0]
    who = re.sub(r"^(?:the|a|an)\s+", "", cut.strip(), flags=re.IGNORECASE)
    return who if who and speaker_kind(who) in AGENT_KINDS else None


def _claimant_test(c: Candidate, reading: str) -> Candidate:
    """A speaker that can speak whose claimant cannot ("security in the tribal areas" for
    a brigadier, "Friday's" for a report): the claimant is the speaker again."""
    claimant = c.claimant
    if not claimant or claimant == c.speaker:
        return c
    kind = speaker_kind(claimant, reading)
    if kind not in NOT_AGENT:
        return c
    said = f"claimant '{claimant}' ({_KIND_SAID[kind]}) cannot say things: the speaker"
    return replace(c, claimant=c.speaker, speaker_found=f"{c.speaker_found}; {said}")


_KIND_SAID = {
    "weather": "weather",
    "place": "a place",
    "thing": "a thing",
    "event": "an event",
    "figures": "figures",
    "abstract": "an abstract noun",
    "time": "a time",
    "work": "a work",
}
