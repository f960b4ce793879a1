"""One government's voices are one origin (evidence11, the Odisha train crash of 2023): a
state's chief secretary and its government, a federal minister and the federal government,
read by their names; the claimants the user gives one body (`claimant NAME --of BODY`); and
where the names cannot tell one government from two (a district's collector beside a state's
government, "Officials", a body known only by its role), a caveat, not a join. Pure rule
tables, one CLI round; the story itself is read in test_one_finding."""

from __future__ import annotations

import json
from collections.abc import Callable
from itertools import combinations
from typing import Any

import pytest

from claimtrack.conflicts import analyse, report_json_line
from claimtrack.evidence import (
    Origins,
    _government_pairs,
    _joined,
    _key,
    assess,
    notes,
    plain_notes,
    roles_only,
    support,
)
from claimtrack.governments import Voice, one_government, untold, voice
from test_evidence6 import stn
from test_evidence9 import affirming_side

# a claimant's name -> the government it speaks for by its words (None: no office in it)
VOICES = [
    ("Odisha Chief Secretary Pradeep Jena", Voice("odisha", "")),
    ("Odisha Government", Voice("odisha", "")),
    ("Government of Odisha", Voice("odisha", "")),
    ("Balasore District Collector", Voice("balasore", "district")),
    ("Kerala state police", Voice("kerala", "state")),
    ("the state's health minister", Voice("", "state")),
    ("Union Minister Anurag Thakur", Voice("", "union")),
    ("Libya's interior ministry", Voice("libya", "")),
    ("Libyan Interior Ministry", Voice("libyan", "")),
    ("officials in Derna", Voice("derna", "")),
    ("Officials", Voice("", "")),
    ("Chief Secretary PK Jena", Voice("", "")),
    ("British Foreign Office officials", Voice("uk", "")),
    # no office, organ or officials: not a government's voice by its name
    ("Indian Railways", None),
    ("K. S. Anand (South Eastern Railway)", None),
    ("Red Cross", None),
    ("Kenya National Commission on Human Rights", None),
    # evidence14: a diplomat is his government's voice; a name of many peoples gives no place
    ("Indian diplomat", Voice("indian", "")),
    ("Indian diplomat in Saudi Arabia", Voice("indian", "")),
    ("an Egyptian diplomat", Voice("egyptian", "")),
    ("Pakistani diplomats in Riyadh", Voice("pakistani", "")),
    ("Ministry of External Affairs of India", Voice("india", "")),
    ("Indonesian Ministry of Religious Affairs", Voice("indonesian", "")),
    ("Tunisian Consulate General in Jeddah", Voice("tunisian", "")),
    # many peoples, no one government: no place
    ("Arab diplomats", Voice("", "")),
    ("Western diplomats", Voice("", "")),
    ("Gulf officials", Voice("", "")),
    ("Ministry of External Affairs", Voice("", "")),
    ("Ministry of Hajj and Umrah", Voice("", "")),
    # a body of many states keeps its name as its place
    ("Arab League officials", Voice("arab league", "")),
    ("European Union officials", Voice("european", "union")),
    # no office: not a government's voice by its name
    ("Arab diplomatic corps", None),
    ("Saudi Press Agency", None),
]


@pytest.mark.parametrize(("name", "found"), VOICES)
def test_a_name_gives_the_government_it_speaks_for(name: str, found: Voice | None) -> None:
    assert voice(name) == found


# two names -> (one government by their names, the names cannot tell)
PAIRS = [
    ("Odisha Chief Secretary Pradeep Jena", "Odisha Government", True, False),
    ("Libyan Interior Ministry", "Libya's health minister", True, False),
    ("Kerala state police", "Kerala health minister", True, False),
    ("Union Minister Anurag Thakur", "Union government", True, False),
    # a district's collector beside the state: it may lie in it
    ("Balasore District Collector", "Odisha Government", False, True),
    ("Derna city council officials", "Derna officials", False, True),
    # no place given
    ("Officials", "Odisha Government", False, True),
    ("state officials", "Uttar Pradesh Police", False, True),
    ("Interior Ministry", "Ministry of Interior", False, True),
    # two places, neither a district's or a city's: two governments
    ("Israeli Ministry of Foreign Affairs", "Senior EU intelligence official", False, False),
    ("West Bengal Chief Minister Mamata Banerjee", "Odisha Government", False, False),
    # evidence14: a diplomat and his government's ministry
    ("Indian diplomat", "Ministry of External Affairs of India", True, False),
    ("Egyptian diplomat", "Egyptian Foreign Ministry", True, False),
    ("Egyptian diplomats", "Egypt's cabinet", True, False),
    ("Indonesian diplomat", "Indonesian Ministry of Religious Affairs", True, False),
    # a diplomat of many states, or a ministry whose name gives none: cannot tell
    ("Arab diplomats", "Jordanian Foreign Ministry", False, True),
    ("Western diplomats", "Government of Jordan", False, True),
    ("Indian diplomat", "Ministry of External Affairs", False, True),
    # two states: two governments
    ("Indonesian diplomat", "Egyptian Foreign Ministry", False, False),
    ("Arab League officials", "Jordanian Foreign Ministry", False, False),
]


@pytest.mark.parametrize(("a", "b", "one", "unknown"), PAIRS)
def test_one_government_or_two(a: str, b: str, one: bool, unknown: bool) -> None:
    va, vb = voice(a), voice(b)
    assert va is not None and vb is not None
    assert (one_government(va, vb), untold(va, vb)) == (one, unknown)
    assert (one_government(vb, va), untold(vb, va)) == (one, unknown)


# the claimants of one side (each one claim, denied by "Opposition party") -> (origins,
# grade), the joins said
SIDES = [
    # before: "3 independent origins: corroborated", one state's count
    (
        ["Odisha chief secretary Pradeep Jena", "Odisha Government", "Government of Odisha"],
        (1, "single-source"),
        (
            "Government of Odisha, Odisha chief secretary Pradeep Jena and Odisha Government "
            "are 3 claimants of one government (Odisha): one origin",
        ),
    ),
    (
        ["Union Minister Anurag Thakur", "Union government", "Red Cross"],
        (2, "contested"),
        (
            "Union government and Union Minister Anurag Thakur are 2 claimants of one "
            "government (Union): one origin",
        ),
    ),
    # the names cannot tell: counted apart, said
    (
        ["Balasore District Collector", "Odisha Government"],
        (2, "contested"),
        (
            "Balasore District Collector and Odisha Government may speak for one government, "
            "their names do not say: counted apart (claimant --of gives each its body)",
        ),
    ),
    (
        ["Officials", "Odisha Government", "Railway Minister Ashwini Vaishnaw"],
        (3, "contested"),
        (
            "Odisha Government, Officials and Railway Minister Ashwini Vaishnaw may speak for "
            "one government, their names do not say: counted apart (claimant --of gives each "
            "its body)",
        ),
    ),
    # two governments by their names: nothing to say
    (["West Bengal Chief Minister Mamata Banerjee", "Odisha Government"], (2, "contested"), ()),
    (["Red Cross", "Indian Railways"], (2, "contested"), ()),
    # evidence14: before, each diplomat was an origin of its own beside his ministry
    (
        ["Indian diplomat", "Ministry of External Affairs of India"],
        (1, "single-source"),
        (
            "Indian diplomat and Ministry of External Affairs of India are 2 claimants of one "
            "government (Indian): one origin",
        ),
    ),
    (
        ["Egyptian diplomat", "Egyptian Foreign Ministry", "Red Crescent"],
        (2, "contested"),
        (
            "Egyptian diplomat and Egyptian Foreign Ministry are 2 claimants of one "
            "government (Egyptian): one origin",
        ),
    ),
    (
        ["Arab diplomats", "Jordanian Foreign Ministry"],
        (2, "contested"),
        (
            "Arab diplomats and Jordanian Foreign Ministry may speak for one government, "
            "their names do not say: counted apart (claimant --of gives each its body)",
        ),
    ),
    (["Indonesian diplomat", "Egyptian Foreign Ministry"], (2, "contested"), ()),
]


@pytest.mark.parametrize(("who", "graded", "joins"), SIDES)
def test_who_stands_behind_a_side(who: list[str], graded: tuple, joins: tuple) -> None:
    got = affirming_side(who)
    assert (got.origins, got.grade) == graded
    assert got.joins == joins


ODISHA, INDIA = "Government of Odisha", "Government of India"
# the user's word (`claimant --of`, stored roles): the side's claimants, their bodies, the
# keys whose role is government, the parties -> (origins, grade), the joins said
GIVEN = [
    (
        ["Indian Railways", "K. S. Anand (South Eastern Railway)", "Red Cross"],
        {"k s anand south eastern railway": INDIA, "indian railways": INDIA},
        set(),
        set(),
        (2, "contested"),
        (
            "Indian Railways and K. S. Anand (South Eastern Railway) are 2 claimants of one "
            "body, Government of India (claimant --of): one origin",
        ),
    ),
    # the body itself among the claimants, and a party: its voices are the party's
    (
        ["Indian Railways", "Railway Minister Ashwini Vaishnaw"],
        {"railway minister ashwini vaishnaw": "Indian Railways"},
        set(),
        {"indian railways"},
        (1, "party-only"),
        (
            "Indian Railways and Railway Minister Ashwini Vaishnaw are 2 claimants of one body, "
            "Indian Railways (claimant --of): one origin",
        ),
    ),
    # a role without a place beside a state's government: the names cannot tell
    (
        ["Indian Railways", "Odisha Government"],
        {},
        {"indian railways"},
        set(),
        (2, "contested"),
        (
            "Indian Railways and Odisha Government may speak for one government, their names do "
            "not say: counted apart (claimant --of gives each its body)",
        ),
    ),
    # two bodies the user gave: two origins, nothing to say
    (
        ["Indian Railways", "Odisha Government"],
        {"indian railways": INDIA, "odisha government": ODISHA},
        {"indian railways"},
        set(),
        (2, "contested"),
        (),
    ),
]


@pytest.mark.parametrize(("who", "bodies", "governs", "parties", "graded", "joins"), GIVEN)
def test_the_users_bodies_join_their_voices(
    who: list[str],
    bodies: dict[str, str],
    governs: set[str],
    parties: set[str],
    graded: tuple,
    joins: tuple,
) -> None:
    facts = [stn(f"a{i}", w, "affirms") for i, w in enumerate(who)]
    report = analyse([*facts, stn("d", "Opposition party", "denies")])
    origins = Origins(frozenset(parties), bodies=bodies, governs=frozenset(governs))
    got = assess(report, origins).conflicts[0][0]
    assert (got.origins, got.grade) == graded
    assert got.joins == joins
    if roles_only(origins):  # the --all --json fast path grades it as the assessment does
        assert report_json_line("s", report, plain_notes(report, None, origins)) == (
            report_json_line("s", report, notes(report, assess(report, origins)))
        )


# a body registered as an organization whose role is government or military and whose name
# gives no office: the place its name opens on, if any (session 38: "Israel Defense Forces may
# speak for one government with ... US officials" was said of two governments)
BY_ROLE = [
    # another place's voice: two governments, nothing to say
    (["Israel Defense Forces", "US officials"], True, ()),
    # its own place's voice: known by a role alone, never joined by it: said
    (
        ["Israel Defense Forces", "Israeli Ministry of Foreign Affairs"],
        True,
        (
            "Israel Defense Forces and Israeli Ministry of Foreign Affairs may speak for one "
            "government, their names do not say: counted apart (claimant --of gives each its body)",
        ),
    ),
    # a person's name opens on no place: said, as before
    (
        ["Kithure Mwangi", "Kenya police"],
        False,
        (
            "Kenya police and Kithure Mwangi may speak for one government, their names do not "
            "say: counted apart (claimant --of gives each its body)",
        ),
    ),
    # a body whose name opens on a rank or a level: no place, said
    (
        ["Federal Emergency Agency", "Texas officials"],
        True,
        (
            "Federal Emergency Agency and Texas officials may speak for one government, their "
            "names do not say: counted apart (claimant --of gives each its body)",
        ),
    ),
]


@pytest.mark.parametrize(("who", "organization", "joins"), BY_ROLE)
def test_a_body_known_by_its_role_is_placed_by_its_name(who, organization, joins) -> None:
    facts = [stn(f"a{i}", w, "affirms") for i, w in enumerate(who)]
    report = analyse([*facts, stn("d", "Opposition party", "denies")])
    role = {_key(who[0])}
    origins = Origins(
        frozenset(), governs=frozenset(role), governing_bodies=frozenset(role if organization
                                                                          else ())
    )  # fmt: skip
    got = assess(report, origins).conflicts[0][0]
    assert (got.origins, got.joins) == (2, joins)
    if roles_only(origins):  # the --all --json fast path grades it as the assessment does
        assert report_json_line("s", report, plain_notes(report, None, origins)) == (
            report_json_line("s", report, notes(report, assess(report, origins)))
        )


def test_claimant_of_gives_a_body_stored_exported_and_undone(
    ct: Callable[..., Any], tmp_path: Any
) -> None:
    """`claimant NAME --of BODY` joins the body's voices in `conflicts`, travels in the
    export, and `--not-of` undoes it; a claimant is not its own body."""
    for i, who in enumerate(("Harbour Police", "Port Authority")):
        r = ct("add", "quay", "--claimant", who, "--quote", f"No one drowned ({i}).",
               "--denies", "drownings", "--new")  # fmt: skip
        assert r.exit_code == 0, r.output
    r = ct("add", "quay", "--claimant", "Boat Owners Union", "--quote", "People drowned.",
           "--affirms", "drownings", "--new")  # fmt: skip
    assert r.exit_code == 0, r.output

    def denies() -> dict:
        r = ct("conflicts", "quay", "--json")
        assert r.exit_code == 0, r.output
        return next(p for p in json.loads(r.stdout)["conflicts"][0]["positions"]
                    if p["stance"] == "denies")  # fmt: skip

    assert (denies()["origins"], denies()["grade"]) == (2, "contested")
    for who in ("Harbour Police", "Port Authority"):
        r = ct("claimant", who, "--of", "Portvale city")
        assert r.exit_code == 0, r.output
    assert "speaks for: Portvale city" in r.output
    assert (denies()["origins"], denies()["grade"]) == (1, "single-source")
    out = tmp_path / "quay.jsonl"
    assert ct("export", "quay", "-o", str(out)).exit_code == 0
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert {"record": "claimant", "name": "Port Authority", "of": "Portvale city"} in records
    r = ct("claimant", "Port Authority", "--of", "port authority")
    assert r.exit_code == 2 and "is the body itself" in r.output
    assert ct("claimant", "Port Authority", "--not-of").exit_code == 0
    assert (denies()["origins"], denies()["grade"]) == (2, "contested")


# allfast12: a position whose claimants may join only as voices of governments is graded
# without the union of every rule (``_governed``); the grade and the words are the full
# grading's (``_joined``), and the pairs of voices are found as the pairwise test finds them
ONLY_VOICES = [who for who, _, _ in SIDES] + [
    ["Officials", "Red Cross"],
    ["Balasore District Collector", "Kerala state police", "Union Minister Anurag Thakur"],
    ["Libyan Interior Ministry", "officials in Derna", "British Foreign Office officials"],
]


@pytest.mark.parametrize("who", ONLY_VOICES)
def test_voices_alone_are_graded_as_the_full_grading_grades_them(who: list[str]) -> None:
    claimants = tuple(who)
    ids = [f"c{i}" for i in range(len(who))]
    full = _joined(ids, claimants, {_key(c) for c in claimants}, Origins(), (), True)
    assert support(ids, claimants, Origins(), distinct=True) == full
    voices = [v for v in map(voice, who) if v is not None]
    pairwise = any(untold(a, b) or one_government(a, b) for a, b in combinations(voices, 2))
    assert _government_pairs(claimants) == pairwise
