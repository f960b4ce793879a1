"""The agent test (extract/agents.py): a proposed speaker must be something that can say
things. Frames of our own, both ways: the noun table by class, the head of a phrase, the
issuer of a work or of figures, and end to end through ``extract``."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.extract import extract
from claimtrack.extract.agents import (
    AGENT_KINDS,
    BODY,
    NOT_AGENT,
    PERSON,
    agent_test,
    issuer,
    speaker_kind,
    word_kind,
)
from claimtrack.extract.candidates import Candidate

PEOPLE = [
    "official", "officials", "spokesman", "spokeswoman", "spokesperson", "witness",
    "witnesses", "resident", "residents", "doctor", "doctors", "analyst", "analysts",
    "economist", "economists", "protester", "protesters", "rebel", "rebels", "villager",
    "villagers", "farmer", "soldier", "soldiers", "firefighter", "rescuer", "rescuers",
    "nurse", "lawyer", "lawyers", "prosecutor", "prosecutors", "judge", "juror", "jurors",
    "minister", "ministers", "senator", "mayor", "governor", "diplomat", "activist",
    "activists", "campaigner", "organiser", "organizers", "volunteer", "volunteers",
    "survivor", "survivors", "victim", "relative", "relatives", "neighbour", "neighbors",
    "people", "men", "women", "children", "police officer", "gunman", "gunmen",
    "fisherman", "fishermen", "chairman", "chairwoman", "employee", "employees", "refugee",
    "detainees", "trustee", "journalist", "scientist", "researchers", "historian",
    "politician", "physician", "civilian", "civilians", "librarian", "director",
    "investor", "investors", "inspector", "senior official", "local officials",
    "military spokesman", "company executives", "union leaders", "aid workers",
    "teachers", "students", "parents", "passengers", "critics", "supporters", "observers",
    "monitors", "experts", "sources", "insiders", "the accused", "pensioners",
]  # fmt: skip

BODIES = [
    "ministry", "health ministry", "court", "appeals court", "lower courts", "agency",
    "disaster agency", "police", "army", "navy", "military", "company", "firm",
    "union", "unions", "party", "opposition party", "council", "city council",
    "hospital", "government", "military government", "administration", "commission",
    "electoral commission", "committee", "tribunal", "regional tribunal", "jury",
    "federal jury", "board", "authority", "authorities", "regulator", "watchdog",
    "parliament", "senate", "embassy", "office", "prosecution", "defence", "coalition",
    "alliance", "movement", "front", "group", "rebel group", "aid groups", "charity",
    "foundation", "institute", "university", "bank", "central bank", "lender", "insurer",
    "carmaker", "airline", "newspaper", "broadcaster", "state television", "news media",
    "press", "website", "network", "opposition", "campaign", "lobby", "industry",
    "church", "school", "team", "staff", "crew", "management", "leadership",
]  # fmt: skip

GROUPS_AND_PLACES_THAT_SPEAK = [
    "crowd", "family", "families", "community", "public", "the country", "the city",
    "the state", "the province", "the county", "the town", "the mine", "the plant",
    "the factory", "the airport", "the port", "the prison",
]  # fmt: skip

NOT_SPEAKERS = [
    ("winds", "weather"), ("strong winds", "weather"), ("the storm", "weather"),
    ("the hurricane", "weather"), ("heavy rains", "weather"), ("floods", "weather"),
    ("floodwaters", "weather"), ("the earthquake", "weather"), ("the quake", "weather"),
    ("aftershocks", "weather"), ("the tsunami", "weather"), ("the wildfire", "weather"),
    ("the blaze", "weather"), ("landslides", "weather"), ("the drought", "weather"),
    ("temperatures", "weather"), ("the heatwave", "weather"), ("the typhoon", "weather"),
    ("the island", "place"), ("archipelago's densely populated island", "place"),
    ("the coast", "place"), ("the region's area", "place"), ("the border", "place"),
    ("the river", "place"), ("the valley", "place"), ("the streets", "place"),
    ("the neighbourhood", "place"), ("the world", "place"), ("the forest", "place"),
    ("the toll", "thing"), ("the death toll", "thing"), ("the bomb", "thing"),
    ("missiles", "thing"), ("the vehicle", "thing"), ("ballot boxes", "thing"),
    ("the vaccine", "thing"), ("the virus", "thing"), ("the debris", "thing"),
    ("the money", "thing"), ("the helicopter", "thing"), ("drones", "thing"),
    ("huge gatherings", "event"), ("the election", "event"), ("the crash", "event"),
    ("the attack", "event"), ("the blast", "event"), ("clashes", "event"),
    ("the protest", "event"), ("the rally", "event"), ("the referendum", "event"),
    ("the ceasefire", "event"), ("the outbreak", "event"), ("the recession", "event"),
    ("the killings", "event"), ("deaths", "event"), ("casualties", "event"),
    ("the damage", "event"), ("the war", "event"), ("the fighting", "event"),
    ("official figures", "figures"), ("statistics", "figures"), ("the data", "figures"),
    ("estimates", "figures"), ("previous estimates", "figures"), ("the results", "figures"),
    ("the tally", "figures"), ("the count", "figures"), ("the numbers", "figures"),
    ("the total", "figures"), ("the rate", "figures"), ("projections", "figures"),
    ("the forecast", "figures"), ("the index", "figures"), ("records", "figures"),
    ("accusations of ballot box stuffing", "abstract"), ("allegations", "abstract"),
    ("the claims", "abstract"), ("rumours", "abstract"), ("the evidence", "abstract"),
    ("fears", "abstract"), ("the economy", "abstract"), ("markets", "abstract"),
    ("the policy", "abstract"), ("the plan", "abstract"), ("the situation", "abstract"),
    ("tensions", "abstract"), ("the crisis's impact", "abstract"), ("the news", "abstract"),
    ("warnings", "abstract"), ("the budget", "abstract"), ("jobs", "abstract"),
    ("days", "time"), ("the weekend", "time"), ("last year", "time"), ("January", "time"),
]  # fmt: skip


@pytest.mark.parametrize("phrase", PEOPLE)
def test_people_can_say_things(phrase: str) -> None:
    assert speaker_kind(phrase) == "person"


@pytest.mark.parametrize("phrase", BODIES)
def test_bodies_can_say_things(phrase: str) -> None:
    assert speaker_kind(phrase) == "body"


@pytest.mark.parametrize("phrase", GROUPS_AND_PLACES_THAT_SPEAK)
def test_groups_polities_and_sites_stand_for_someone(phrase: str) -> None:
    assert speaker_kind(phrase) in AGENT_KINDS


@pytest.mark.parametrize(("phrase", "kind"), NOT_SPEAKERS)
def test_what_cannot_say_things(phrase: str, kind: str) -> None:
    assert speaker_kind(phrase) == kind


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        # names: a capitalised head, initials, a name glued to a digit
        ("Gold Fields", "name"), ("Nokia", "name"), ("NEC", "name"), ("U.N.", "name"),
        ("O2", "name"), ("Kory Honea", "name"), ("Butte County Sheriff Kory Honea", "name"),
        ("Central Election Commission", "name"), ("ABC News", "name"),
        # the head before a prepositional phrase or a clause
        ("Officials with the Department of Labor", "person"),
        ("Fire officials in Greece", "person"), ("rebels with the Sudan Liberation Army", "person"),
        ("spokesman for the army", "person"), ("residents who fled the town", "person"),
        ("Police in the port of Rostock", "body"), ("Office of the High Commissioner", "body"),
        # adverbs after the head, determiners and counts before it
        ("rescuers frantically", "person"), ("Two officials", "person"),
        ("numerous economists", "person"), ("Some 300 protesters", "person"),
        ("His department", "body"), ("their lawyers", "person"),
        # a coordination speaks when one part can
        ("Relatives or friends", "person"), ("the storm and officials", "person"),
        ("winds and rain", "weather"),
        # a common noun capitalised at a sentence's start is still that noun
        ("Statistics", "figures"), ("Winds", "weather"), ("Lower courts", "body"),
        ("Huge gatherings", "event"), ("Official figures", "figures"),
        # numbers are no name, but a number of a name is: a union local, a route
        ("2019", "figures"), ("40", "figures"), ("AFSCME Local 3800", "name"),
        ("Local 1188 of the Paper Workers", "name"),
        # works: a report, a study, a statement
        ("report", "work"), ("the study", "work"), ("Media reports", "work"),
        ("a statement", "work"), ("survey", "work"),
        # unknown heads are left as they are
        ("the thing", "unknown"), ("union show up", "unknown"),
        # a verb of saying opens no noun phrase: a clause cut into a claimant
        ("saying the party", "unknown"), ("told the council", "unknown"),
    ],
)  # fmt: skip
def test_the_head_of_a_phrase(phrase: str, kind: str) -> None:
    assert speaker_kind(phrase) == kind


@pytest.mark.parametrize(
    ("phrase", "who"),
    [
        ("results from National Electoral Commission", "National Electoral Commission"),
        ("a report by the corporation's governing body", "corporation's governing body"),
        ("figures from the ministry", "ministry"),
        ("the ministry's figures", "ministry"),
        ("Reuters' tally", "Reuters"),
        ("police estimates", "police"),
        ("government figures", "government"),
        ("UN figures", "UN"),
        ("study by Dr Ann Lee", "Dr Ann Lee"),
        ("the Kestrel Institute report", "Kestrel Institute"),
        ("Prior Human Rights Watch research", "Human Rights Watch"),  # "Prior" opens it
        ("Police figures", "Police"),
        ("health ministry figures", "ministry"),
        # negative: no issuer that can speak
        ("Media reports", None),
        ("Early reports", None),
        ("official figures", None),
        ("Official figures", None),
        ("Data from 2019", None),
        ("figures for the first quarter", None),
        ("a report from January", None),
        ("estimates of the damage", None),
        ("Huge gatherings", None),
        ("accusations of ballot box stuffing", None),
    ],
)  # fmt: skip
def test_the_issuer_a_phrase_names(phrase: str, who: str | None) -> None:
    assert issuer(phrase) == who


def _candidate(speaker: str | None, claimant: str | None = None, quote: str = "") -> Candidate:
    return Candidate(
        start=0,
        end=len(quote),
        quote=quote,
        cue="speech verb",
        cues=("speech verb",),
        speaker=speaker,
        speaker_found="subject of 'said'; guess: a description",
        claimant=claimant if claimant is not None else speaker,
        figures=(),
        dates=(),
    )


@pytest.mark.parametrize(
    ("speaker", "claimant", "quote", "want"),
    [
        # not a speaker: cleared, the outlet's narration
        ("winds", None, "", (None, None)),
        ("official figures", None, "", (None, None)),
        ("toll", None, "", (None, None)),
        # a figure's issuer named in the phrase or right after it: the claimant
        ("results from NEC", None, "", ("results from NEC", "NEC")),
        ("Numbers", None, "Numbers shared by volunteers suggest 60 people are missing.",
         ("Numbers", "volunteers")),
        ("Figures", None, "Figures released on Monday by the ministry show 40 deaths.",
         ("Figures", "ministry")),
        # a body named beside a speaker that cannot speak keeps the candidate as it was
        ("figures", "Health Ministry", "", ("figures", "Health Ministry")),
        # agents and unknown heads are left alone
        ("residents", None, "", ("residents", "residents")),
        ("Kestrel Motors", None, "", ("Kestrel Motors", "Kestrel Motors")),
        ("the thing", None, "", ("the thing", "the thing")),
        # a work without its issuer stays, as found (a guess)
        ("Media reports", None, "", ("Media reports", "Media reports")),
        # figures beside a clause cut into a claimant: no body speaks for them
        ("official figures", "saying the party", "", (None, None)),
        # a claimant that cannot speak is the speaker again
        ("Brigadier Ann Kerr", "security in the tribal areas", "",
         ("Brigadier Ann Kerr", "Brigadier Ann Kerr")),
        ("Friday's report on state television", "Friday's", "",
         ("Friday's report on state television", "Friday's report on state television")),
        # negative: a claimant that can speak, or one the table does not know, stays
        ("Ann Kerr", "Kestrel Motors", "", ("Ann Kerr", "Kestrel Motors")),
        ("Ann Kerr", "the ministry", "", ("Ann Kerr", "the ministry")),
        ("Another employee", "Another", "", ("Another employee", "Another")),
        (None, None, "", (None, None)),
    ],
)  # fmt: skip
def test_agent_test(speaker, claimant, quote, want) -> None:
    c = agent_test(_candidate(speaker, claimant, quote))
    assert (c.speaker, c.claimant) == want
    if speaker and want[0] is None:
        assert "cannot say things and names no issuer" in c.speaker_found
        assert c.speaker_found.startswith("none: ")


_FRAMES = [
    "{X} said 40 people had died.",
    "{X} put the toll at 40.",
    "According to {x}, 40 people died.",
    "{X} reported 40 deaths on Monday.",
    "{X} estimated that 40 people had died.",
]
_CANNOT = ["The winds", "The storm", "The island", "The coast", "The toll", "Huge gatherings",
           "The election", "Official figures", "The statistics", "The economy", "The crash",
           "Statistics", "The earthquake", "The results", "Accusations of fraud"]  # fmt: skip
_CAN = ["The residents", "Rescuers", "A police spokesman", "The ministry", "Local officials",
        "The union", "The hospital", "Witnesses", "The mine", "The company", "Protesters",
        "The court", "Doctors", "Rebels", "The army", "The country", "The village"]  # fmt: skip


def _lower(x: str) -> str:
    return x[0].lower() + x[1:]


@pytest.mark.parametrize("frame", _FRAMES)
@pytest.mark.parametrize("x", _CANNOT)
def test_a_subject_that_cannot_speak_is_the_outlets(frame: str, x: str) -> None:
    _, out = extract(frame.format(X=x, x=_lower(x)))
    assert [c.speaker for c in out] == [None]
    assert "cannot say things" in out[0].speaker_found


@pytest.mark.parametrize("frame", _FRAMES)
@pytest.mark.parametrize("x", _CAN)
def test_a_subject_that_can_speak_keeps_its_speaker(frame: str, x: str) -> None:
    _, out = extract(frame.format(X=x, x=_lower(x)))
    assert [c.speaker is not None for c in out] == [True]
    assert "cannot say things" not in out[0].speaker_found


@pytest.mark.parametrize(
    ("text", "speaker", "claimant"),
    [
        ("Figures from the ministry put the toll at 40.", "ministry", "ministry"),
        ("Data released by the agency put the toll at 40.", "agency", "agency"),
        ("A study by Dr Ann Lee found that 900 people died.", "study by Dr Ann Lee",
         "Dr Ann Lee"),
    ],
)  # fmt: skip
def test_a_work_or_figures_by_an_issuer_are_the_issuers(text, speaker, claimant) -> None:
    _, out = extract(text)
    assert [(c.speaker, c.claimant) for c in out] == [(speaker, claimant)]


@pytest.mark.parametrize("word", sorted(PERSON | BODY))
def test_every_agent_word_of_the_table_is_read_as_one(word: str) -> None:
    assert (
        word_kind(word) in AGENT_KINDS
        or word_kind(word) == "work"
        or word in {w for words in NOT_AGENT.values() for w in words}
    )


@pytest.mark.parametrize(
    ("kind", "word"), [(k, w) for k, ws in NOT_AGENT.items() for w in sorted(ws)]
)
def test_every_word_that_cannot_speak_is_read_so(kind: str, word: str) -> None:
    assert word_kind(word) == kind
    assert speaker_kind(f"the {word}") == kind


@given(st.text(max_size=60))
def test_any_phrase_has_one_kind(phrase: str) -> None:
    kinds = AGENT_KINDS | set(NOT_AGENT) | {"work", "unknown"}
    assert speaker_kind(phrase) in kinds
    assert speaker_kind(phrase, phrase) in kinds


@given(
    st.sampled_from(sorted(PERSON - {w for ws in NOT_AGENT.values() for w in ws})),
    st.sampled_from(["the", "some", "two", "several", "local", "senior"]),
)
def test_a_determiner_or_adjective_does_not_change_a_person(word: str, before: str) -> None:
    assert speaker_kind(f"{before} {word}") == speaker_kind(word) == "person"


@pytest.mark.parametrize(
    ("second", "speaker", "carried"),
    [
        # a figure whose owner the sentence names: that owner, never the speaker before
        ("The Afghan estimate of militants killed was about 25.", "Afghan", False),
        ("The ministry's count was 25.", "ministry", False),
        ("The Kestrel Institute's tally was 25.", "Kestrel Institute", False),
        ("Police figures put it at 25.", "Police", False),
        # negative: nothing intervenes, the source's account goes on (a guess)
        ("Fifteen were missing.", "military", True),
        ("The official toll was 25.", "military", True),
        ("The death toll was 25.", "military", True),
        ("Its estimate was 25.", "military", True),
        ("The military's own count was 25.", "military", False),
    ],
)  # fmt: skip
def test_a_source_is_carried_only_where_nothing_intervenes(second, speaker, carried) -> None:
    text = f"The military said 40 militants were killed. {second}"
    _, out = extract(text)
    last = [c for c in out if c.start > 10]
    assert [c.speaker for c in last] == [speaker]
    assert last[0].speaker_found.startswith("guess: goes on with") == carried


@pytest.mark.parametrize(
    ("second", "speaker", "found"),
    [
        # the sentence's own subject issues the figure: that subject, a guess
        ("The ministry released an early figure of 2,310 deaths.", "ministry",
         "guess: 'ministry' issues the figure in its own sentence"),
        ("Rescuers gave a figure of 20 deaths.", "Rescuers",
         "guess: 'Rescuers' issues the figure in its own sentence"),
        # "put out" is read as a verb of its own: the subject, unmarked
        ("The Kestrel Institute put out new figures of 20 deaths.", "Kestrel Institute",
         "subject of 'put out'"),
        # negative: the same source issues it, or a subject that cannot speak
        ("The agency issued a figure of 20 deaths.", "agency", "guess: goes on with"),
        ("The storm gave a figure of 20 deaths.", "agency", "guess: goes on with"),
    ],
)  # fmt: skip
def test_a_subject_that_issues_the_figure_intervenes(second, speaker, found) -> None:
    _, out = extract(f"The agency said 14 people died. {second}")
    last = [c for c in out if c.start > 10]
    assert [c.speaker for c in last] == [speaker]
    assert last[0].speaker_found.startswith(found)


@pytest.mark.parametrize(
    ("later", "speaker", "claimant"),
    [
        # a later sentence's title is no author: the report stays, its issuer the claimant
        ("The 30-page report, The Use of Statistics, drew on records kept by pilots.",
         "report by the port's governing board", "port's governing board"),
        # negative: a body named later as the author is the speaker
        ("The 30-page report, by the Harbour Institute, drew on records kept by pilots.",
         "Harbour Institute", "Harbour Institute"),
    ],
)  # fmt: skip
def test_an_author_named_later_must_be_able_to_speak(later, speaker, claimant) -> None:
    text = (
        "Ferries ran late all winter. According to a report by the port's governing board, "
        f"40 ships were late in March. {later}"
    )
    _, out = extract(text)
    c = next(c for c in out if c.figures)
    assert (c.speaker, c.claimant) == (speaker, claimant)
