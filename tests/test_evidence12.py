"""Successive official accounts (evidence12, the killing of Jamal Khashoggi, October 2018): a
government that says a man left its consulate alive, through its consulate and its crown
prince, and later, through its prosecutor, that he died inside, has changed its account.
The voices the user gives one body (`claimant NAME --of BODY`) that take one side of a
proposition and then, surely later, the other are that body's reversal; a denial the body
walked back contests nothing; a body marked a party makes its voices a party's; and the
offices of a state's diplomacy and justice (embassy, consulate, prosecutor, attorney general,
crown prince) are a government's voices by their names. Pure rule tables in our own words,
one CLI round; the story itself is read in test_one_finding."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.conflicts import Reversal, StanceConflict, analyse, report_to_json
from claimtrack.conflicts.model import Fact
from claimtrack.evidence import Origins, assess
from claimtrack.governments import Voice, one_government, voice
from test_evidence9 import affirming_side

SAUDI = "Government of Saudi Arabia"


def said(cid: str, who: str, side: str, on: str | None, prop: str = "p") -> Fact:
    return Fact(cid, who, "stance", prop, None, None, side, None, on)


# a claimant's name -> the government it speaks for by its words
VOICES = [
    ("Saudi consulate in Istanbul", Voice("saudi arabia", "")),
    ("Saudi Embassy in Washington", Voice("saudi arabia", "")),
    ("Embassy of Saudi Arabia in Washington", Voice("saudi arabia", "")),
    ("Saudi public prosecutor", Voice("saudi arabia", "")),
    ("Saudi Attorney General Saud al-Mojeb", Voice("saudi arabia", "")),
    ("Attorney General Shaikh Suood bin Abdullah", Voice("", "")),
    ("Crown Prince Mohammed bin Salman", Voice("", "")),
    ("Royal Court of Saudi Arabia", Voice("saudi arabia", "")),
    ("Turkish prosecutors", Voice("turkey", "")),
    ("Nebraska Attorney General", Voice("nebraska", "")),
    ("Emirati ambassador Yousef Otaiba", Voice("united arab emirates", "")),
    ("Consul General Mohammad al-Otaibi", Voice("", "")),
    # an attorney alone is anyone's lawyer; a prince alone no office; a word inside another
    ("family attorney Jane Roe", None),
    ("Prince Khalid bin Salman", None),
    ("Morabito Consultants", None),
    ("Saudi Press Agency", None),
]


@pytest.mark.parametrize(("name", "found"), VOICES)
def test_offices_of_diplomacy_and_justice_are_a_governments_voices(
    name: str, found: Voice | None
) -> None:
    assert voice(name) == found


# two names -> one government by their names
PAIRS = [
    ("Saudi Embassy in Washington", "Saudi Foreign Minister Adel al-Jubeir", True),
    ("Embassy of Saudi Arabia", "Saudi interior ministry", True),
    ("Saudi consulate in Istanbul", "Saudi public prosecutor", True),
    ("Saudi Arabia's public prosecutor", "Saudi government", True),
    # the country of the embassy, not the city it stands in
    ("Saudi Embassy in Washington", "Washington officials", False),
    ("Saudi consulate in Istanbul", "Turkish officials", False),
]


@pytest.mark.parametrize(("a", "b", "one"), PAIRS)
def test_one_government_by_its_offices(a: str, b: str, one: bool) -> None:
    va, vb = voice(a), voice(b)
    assert va is not None and vb is not None
    assert one_government(va, vb) is one and one_government(vb, va) is one


# the stances of a story in our own words, the bodies given -> the body reversals found:
# (body, proposition, claims in statement order, voices)
STORIES: list[tuple[list[Fact], dict[str, str], list[tuple]]] = [
    # a consulate and a crown prince say he left; a prosecutor, later, that he died inside
    (
        [
            said("c1", "Kingdom consulate", "affirms", "2018-10-03"),
            said("c2", "Crown prince", "affirms", "2018-10-05"),
            said("c3", "Kingdom prosecutor", "denies", "2018-10-19"),
            said("c4", "Neighbour state police", "denies", "2018-10-07"),
        ],
        {"kingdom consulate": SAUDI, "crown prince": SAUDI, "kingdom prosecutor": SAUDI},
        [
            (
                SAUDI,
                "p",
                ("c1", "c2", "c3"),
                ("Crown prince", "Kingdom consulate", "Kingdom prosecutor"),
            )
        ],
    ),
    # the body itself among its voices: it is one of them
    (
        [
            said("c1", SAUDI, "denies", "2018-10-07"),
            said("c2", "Kingdom prosecutor", "affirms", "2018-10-25"),
        ],
        {"kingdom prosecutor": SAUDI},
        [(SAUDI, "p", ("c1", "c2"), (SAUDI, "Kingdom prosecutor"))],
    ),
    # two voices that disagree on one day: no change of account that the dates can tell
    (
        [
            said("c1", "Kingdom consulate", "affirms", "2018-10-05"),
            said("c2", "Kingdom prosecutor", "denies", "2018-10-05"),
        ],
        {"kingdom consulate": SAUDI, "kingdom prosecutor": SAUDI},
        [],
    ),
    # an undated voice: its order is not known
    (
        [
            said("c1", "Kingdom consulate", "affirms", "2018-10-05"),
            said("c2", "Kingdom prosecutor", "denies", None),
        ],
        {"kingdom consulate": SAUDI, "kingdom prosecutor": SAUDI},
        [],
    ),
    # two bodies: each voice's own account, no body changed anything
    (
        [
            said("c1", "Kingdom consulate", "affirms", "2018-10-03"),
            said("c2", "Neighbour state police", "denies", "2018-10-19"),
        ],
        {"kingdom consulate": SAUDI, "neighbour state police": "Neighbour state"},
        [],
    ),
    # no body given: the names alone make no reversal
    (
        [
            said("c1", "Saudi consulate in Istanbul", "affirms", "2018-10-03"),
            said("c2", "Saudi public prosecutor", "denies", "2018-10-19"),
        ],
        {},
        [],
    ),
    # one voice on both sides: that claimant's own reversal, not the body's again
    (
        [
            said("c1", "Kingdom prosecutor", "denies", "2018-10-19"),
            said("c2", "Kingdom prosecutor", "affirms", "2018-10-25"),
            said("c3", "Kingdom consulate", "denies", "2018-10-19", prop="q"),
            said("c4", "Kingdom consulate", "affirms", "2018-10-25", prop="r"),
        ],
        {"kingdom consulate": SAUDI, "kingdom prosecutor": SAUDI},
        [],
    ),
    # a walk-back and back again, through three voices: every change is ordered
    (
        [
            said("c1", "Kingdom consulate", "denies", "2018-10-06"),
            said("c2", "Kingdom prosecutor", "affirms", "2018-10-19"),
            said("c3", "Kingdom minister", "denies", "2018-11-15"),
        ],
        {"kingdom consulate": SAUDI, "kingdom prosecutor": SAUDI, "kingdom minister": SAUDI},
        [
            (
                SAUDI,
                "p",
                ("c1", "c2", "c3"),
                ("Kingdom consulate", "Kingdom minister", "Kingdom prosecutor"),
            )
        ],
    ),
]


def body_reversals_of(facts: list[Fact], bodies: dict[str, str]) -> list[Reversal]:
    """The body reversals ``analyse`` finds in ``facts`` given ``bodies``, each ordered; the
    bodies change nothing else, but that a dispute of one body's voices alone is told as
    its reversal, not again as a dispute (evidence20)."""
    report = analyse(facts, bodies=bodies)
    found = [r for r in report.conflicts if isinstance(r, Reversal) and r.voices]
    assert all(r.ordered for r in found)
    told = [d for r in found for d in r.disputes]
    without = [c for c in analyse(facts).conflicts if c not in told]
    assert len(without) == len(analyse(facts).conflicts) - len(told)
    assert [c for c in report.conflicts if not getattr(c, "voices", ())] == without
    return found


@pytest.mark.parametrize(("facts", "bodies", "found"), STORIES)
def test_a_body_whose_voices_changed_sides_has_reversed(
    facts: list[Fact], bodies: dict[str, str], found: list[tuple]
) -> None:
    got = body_reversals_of(facts, bodies)
    assert [(r.claimant, r.topic, r.claims, r.voices) for r in got] == found


def test_a_body_reversal_is_said_with_its_voices() -> None:
    facts, bodies, _ = STORIES[0]
    report = analyse(facts, bodies=bodies)
    (rev,) = [c for c in report.conflicts if isinstance(c, Reversal)]
    doc = report_to_json("s", report)
    (js,) = [c for c in doc["conflicts"] if c["kind"] == "reversal"]
    assert js["claimant"] == SAUDI and js["voices"] == list(rev.voices) and js["ordered"]
    from claimtrack.conflicts import reversal_heading

    assert reversal_heading(rev) == (
        f"Reversal: {SAUDI} changed position on proposition p, through its voices Crown "
        "prince, Kingdom consulate and Kingdom prosecutor (claimant --of)"
    )
    assert doc["summary"]["reversals"] == 1


# a side's claimants, the other side's, the bodies given, the parties -> the side's grade and
# who it is contested by
SIDES = [
    # the government denied (consulate), then admitted (prosecutor): its denial contests nothing
    (
        ["Neighbour police", "Kingdom prosecutor"],
        ["Kingdom consulate"],
        {"kingdom consulate": SAUDI, "kingdom prosecutor": SAUDI},
        set(),
        ("corroborated", ""),
    ),
    # another body's denial still contests it
    (
        ["Neighbour police", "Kingdom prosecutor"],
        ["Kingdom consulate", "Island newspaper"],
        {"kingdom consulate": SAUDI, "kingdom prosecutor": SAUDI},
        set(),
        ("contested", "denied by Island newspaper"),
    ),
    # no body given: as before, the consulate contests it
    (
        ["Neighbour police", "Kingdom prosecutor"],
        ["Kingdom consulate"],
        {},
        set(),
        ("contested", "denied by Kingdom consulate"),
    ),
    # the body named as a claimant is its own voice
    (
        ["Neighbour police", "Kingdom prosecutor"],
        [SAUDI],
        {"kingdom prosecutor": SAUDI},
        set(),
        ("corroborated", ""),
    ),
]


@pytest.mark.parametrize(("mine", "theirs", "bodies", "parties", "graded"), SIDES)
def test_a_denial_its_body_walked_back_contests_nothing(
    mine: list[str],
    theirs: list[str],
    bodies: dict[str, str],
    parties: set[str],
    graded: tuple[str, str],
) -> None:
    facts = [said(f"a{i}", w, "affirms", "2018-10-19") for i, w in enumerate(mine)]
    facts += [said(f"d{i}", w, "denies", "2018-10-06") for i, w in enumerate(theirs)]
    report = analyse(facts, bodies=bodies)
    (stance,) = [c for c in report.conflicts if isinstance(c, StanceConflict)]
    origins = Origins(frozenset(parties), bodies=bodies)
    side = assess(report, origins).conflicts[report.conflicts.index(stance)][0]
    assert (side.grade, side.against) == graded


# the claimants of a side, the bodies given, the parties -> (origins, grade)
PARTIES = [
    # a prosecutor alone on a side, given a body marked a party: a party's
    (
        ["Kingdom prosecutor"],
        {"kingdom prosecutor": SAUDI},
        {"government of saudi arabia"},
        (1, "party-only"),
    ),
    # two voices of it
    (
        ["Kingdom prosecutor", "Kingdom consulate"],
        {"kingdom prosecutor": SAUDI, "kingdom consulate": SAUDI},
        {"government of saudi arabia"},
        (1, "party-only"),
    ),
    # beside another body's voice: two origins, one not a party's (denied by the opposition)
    (
        ["Kingdom prosecutor", "Neighbour police"],
        {"kingdom prosecutor": SAUDI},
        {"government of saudi arabia"},
        (2, "contested"),
    ),
    # the body not marked: as before
    (["Kingdom prosecutor"], {"kingdom prosecutor": SAUDI}, set(), (1, "single-source")),
]


@pytest.mark.parametrize(("who", "bodies", "parties", "graded"), PARTIES)
def test_the_voices_of_a_party_are_a_partys(
    who: list[str], bodies: dict[str, str], parties: set[str], graded: tuple
) -> None:
    facts = [said(f"a{i}", w, "affirms", "2018-10-19") for i, w in enumerate(who)]
    report = analyse([*facts, said("d", "Opposition party", "denies", "2018-10-19")])
    got = assess(report, Origins(frozenset(parties), bodies=bodies)).conflicts[0][0]
    assert (got.origins, got.grade) == graded


def test_a_story_logged_through_the_cli_reads_the_bodies(
    ct: Callable[..., Any], tmp_path: Path, runner: CliRunner
) -> None:
    """`claimant --of` and `--party` through the CLI: the body's reversal in `conflicts`, its
    JSON and the report; a claimant written two ways is one row of `claimants --record`."""
    ok: Callable[..., Any] = lambda *a: _ok(ct(*a))  # noqa: E731
    s = "consulate-story"
    ok("add", s, "--claimant", "Kingdom consulate", "--quote", "he walked out alive",
       "--affirms", "left-alive", "--said-on", "2018-10-03")  # fmt: skip
    ok("add", s, "--claimant", "Kingdom prosecutor", "--quote", "he died in a brawl inside",
       "--denies", "left-alive", "--said-on", "2018-10-19")  # fmt: skip
    ok("add", s, "--claimant", "Kingdom Prosecutor", "--quote", "eighteen were held",
       "--figure", "eighteen", "--measure", "people-held", "--said-on", "2018-10-19")  # fmt: skip
    ok("add", s, "--claimant", "Neighbour police", "--quote", "he never came out",
       "--denies", "left-alive", "--said-on", "2018-10-06", "--new")  # fmt: skip
    ok("claimant", SAUDI, "--role", "government", "--party", s, "--kind", "organization")
    for name in ("Kingdom consulate", "Kingdom prosecutor"):
        ok("claimant", name, "--of", SAUDI)
    text = ok("conflicts", s).stdout
    assert f"Reversal: {SAUDI} changed position on proposition left-alive" in text
    assert "affirms (said 2018-10-03) → denies (said 2018-10-19)" in text
    # the engine shows a name written two ways by its first spelling in code-point order
    assert "denies: 2 claims from Kingdom Prosecutor and Neighbour police, 2 independent " \
        "origins: corroborated" in " ".join(text.split())  # fmt: skip
    doc = json.loads(ok("conflicts", s, "--json").stdout)
    (rev,) = [c for c in doc["conflicts"] if c["kind"] == "reversal"]
    assert rev["voices"] == ["Kingdom consulate", "Kingdom Prosecutor"]
    assert rev["grade"] == "party-only"
    # the subject's export carries the body, a party no claim names, and an import of it
    # grades as the store did
    out = tmp_path / "story.jsonl"
    ok("export", s, "-o", str(out))
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {"record": "claimant", "name": SAUDI, "kind": "organization", "role": "government",
            "parties": [s]} in lines  # fmt: skip
    ok("init", "--empty", str(tmp_path / "again.db"))
    again = runner.invoke(app, ["--db", str(tmp_path / "again.db"), "import", str(out)])
    assert again.exit_code == 0, again.output
    redo = runner.invoke(app, ["--db", str(tmp_path / "again.db"), "conflicts", s, "--json"])
    assert json.loads(redo.output)["conflicts"] == doc["conflicts"]
    record = ok("claimants", s, "--record").stdout
    assert "Kingdom Prosecutor (also Kingdom prosecutor)\n  claims    2" in record


def _ok(result: Any) -> Any:
    assert result.exit_code == 0, result.output
    return result


# the claimants of one side (denied by "Opposition party") -> (origins, grade), the joins said:
# a country named alone beside voices of its government
COUNTRIES = [
    (
        ["Saudi Arabia", "Saudi public prosecutor"],
        (1, "single-source"),
        (
            "Saudi Arabia and Saudi public prosecutor are 2 claimants of one government (Saudi "
            "Arabia): one origin",
        ),
    ),
    (
        ["Turkey", "Turkish officials", "Saudi Arabia"],
        (2, "contested"),
        ("Turkey and Turkish officials are 2 claimants of one government (Turkey): one origin",),
    ),
    (
        ["the United States", "U.S. officials"],
        (1, "single-source"),
        (
            "the United States and U.S. officials are 2 claimants of one government (US): one "
            "origin",
        ),
    ),
    # two countries named alone, each beside its own voices
    (
        ["Saudi Arabia", "Saudi public prosecutor", "Turkey", "Turkish officials"],
        (2, "contested"),
        (
            "Saudi Arabia and Saudi public prosecutor are 2 claimants of one government (Saudi "
            "Arabia): one origin",
            "Turkey and Turkish officials are 2 claimants of one government (Turkey): one origin",
        ),
    ),
    # beside another place's voices, or no voice: counted as before
    (["Saudi Arabia", "Turkish officials"], (2, "contested"), ()),
    (["Saudi Arabia", "Red Cross"], (2, "contested"), ()),
]


@pytest.mark.parametrize(("who", "graded", "joins"), COUNTRIES)
def test_a_country_named_alone_is_its_government_beside_its_voices(
    who: list[str], graded: tuple, joins: tuple
) -> None:
    got = affirming_side(who)
    assert (got.origins, got.grade) == graded
    assert got.joins == joins


# a side's claimants, the other side's, the bodies given -> what is said of one government's
# voices on both sides ("" for nothing)
BOTH_SIDES = [
    (
        ["Saudi public prosecutor", "Neighbour police"],
        ["Saudi consulate in Istanbul"],
        {},
        "voices of one government by their names (Saudi Arabia) stand on both sides (affirms: "
        "Saudi public prosecutor; denies: Saudi consulate in Istanbul): if it spoke through "
        "them, its account changed, which is no contest (claimant --of gives each its body; "
        "its change is then told as its reversal)",
    ),
    # given their body: the reversal and the grade say it, nothing more
    (
        ["Saudi public prosecutor", "Neighbour police"],
        ["Saudi consulate in Istanbul"],
        {"saudi public prosecutor": SAUDI, "saudi consulate in istanbul": SAUDI},
        "",
    ),
    # two governments: a contest
    (["Turkish officials", "Neighbour police"], ["Saudi consulate in Istanbul"], {}, ""),
    # a voice with no place says nothing of its government
    (["Crown Prince Mohammed bin Salman", "Neighbour police"], ["Saudi consulate"], {}, ""),
    # a country named alone is its government's voice here too
    (
        ["Saudi Arabia", "Neighbour police"],
        ["Saudi consulate in Istanbul"],
        {},
        "voices of one government by their names (Saudi Arabia) stand on both sides (affirms: "
        "Saudi Arabia; denies: Saudi consulate in Istanbul): if it spoke through them, its "
        "account changed, which is no contest (claimant --of gives each its body; its change "
        "is then told as its reversal)",
    ),
    # a body named like a place, with no voice of a government beside it: nothing to say
    (["Red Cross", "Neighbour police"], ["Red Cross", "Island paper"], {}, ""),
    # no side contested (one origin each): nothing to say
    (["Saudi public prosecutor"], ["Saudi consulate in Istanbul"], {}, ""),
]


@pytest.mark.parametrize(("mine", "theirs", "bodies", "said"), BOTH_SIDES)
def test_one_governments_voices_on_both_sides_are_said(
    mine: list[str], theirs: list[str], bodies: dict[str, str], said: str
) -> None:
    facts = [said_(f"a{i}", w, "affirms") for i, w in enumerate(mine)]
    facts += [said_(f"d{i}", w, "denies") for i, w in enumerate(theirs)]
    report = analyse(facts, bodies=bodies)
    got = assess(report, Origins(bodies=bodies)).both_sides
    assert got == ({0: said} if said else {})


def said_(cid: str, who: str, side: str) -> Fact:
    return said(cid, who, side, "2018-10-19")


def test_the_report_says_one_governments_voices_stand_on_both_sides(
    ct: Callable[..., Any], tmp_path: Path
) -> None:
    """The line under the grade lines of a contested proposition, in the terminal and in
    both formats of the report (an HTML report gave a stance finding no such line before)."""
    s = "walkout-story"
    for who, side, on in (
        ("Kingdom consulate", "--affirms", "2018-10-03"),
        ("Neighbour police", "--denies", "2018-10-06"),
        ("Kingdom prosecutor", "--denies", "2018-10-19"),
        ("Island paper", "--affirms", "2018-10-04"),
    ):
        _ok(ct("add", s, "--claimant", who, "--quote", "words", side, "walked-out",
               "--said-on", on, "--new"))  # fmt: skip
    said = "voices of one government by their names (Kingdom) stand on both sides"
    assert said in " ".join(_ok(ct("conflicts", s)).stdout.split())
    for suffix in ("html", "md"):
        out = tmp_path / f"story.{suffix}"
        _ok(ct("report", s, "-o", str(out)))
        text = " ".join(out.read_text(encoding="utf-8").split())
        assert "Voices of one government by their names (Kingdom) stand on both sides" in text


def test_a_body_names_its_voices(ct: Callable[..., Any]) -> None:
    """`claimant BODY` lists the claimants given it with --of (JSON "voices"); a claimant
    that is no body's lists none."""
    _ok(ct("add", "s", "--claimant", "Kingdom consulate", "--quote", "he left", "--affirms", "p"))
    _ok(ct("claimant", "Kingdom consulate", "--of", SAUDI))
    _ok(ct("claimant", "Kingdom prosecutor", "--of", SAUDI, "--role", "government"))
    # the body itself registered nowhere: named by its voices, not "no claimant named"
    alone = _ok(ct("claimant", SAUDI))
    assert alone.output == (
        f"{SAUDI} is no claimant of its own; its voices (claimant --of): Kingdom consulate, "
        "Kingdom prosecutor\n"
    )
    assert json.loads(_ok(ct("claimant", SAUDI, "--json")).stdout)["voices"] == [
        "Kingdom consulate",
        "Kingdom prosecutor",
    ]
    _ok(ct("claimant", SAUDI, "--role", "government"))
    shown = _ok(ct("claimant", SAUDI))
    assert "its voices (claimant --of): Kingdom consulate, Kingdom prosecutor" in shown.output
    doc = json.loads(_ok(ct("claimant", SAUDI, "--json")).stdout)
    assert doc["voices"] == ["Kingdom consulate", "Kingdom prosecutor"]
    assert "voices" not in json.loads(_ok(ct("claimant", "Kingdom consulate", "--json")).stdout)
