"""A spokesman is his body (evidence7): a claimant whom another claimant's claims give as their
speaker is one origin with it, and a party's when it is; a minor difference says what stands
behind its figures, and copies of one story are one item in its line. The pure rule tables
first, then the commands."""

from __future__ import annotations

import json

import pytest

from claimtrack.conflicts import Fact, analyse
from claimtrack.evidence import Origins, assess, with_speakers
from claimtrack.report import copies_text, repeats_text


def stn(cid: str, who: str, side: str) -> Fact:
    return Fact(cid, who, "stance", "p", None, None, side, None, None)


# claimants of the affirming side, the (claimant, speaker) pairs of the subject's claims, the
# parties -> (origins, grade) of that side, and the joins its line names
SPEAKERS = [
    # the ministry's claims give Dorn as their speaker, and Dorn is a claimant of his own too:
    # one origin (before: "2 independent origins: contested")
    (
        ["Interior Ministry", "Pavel Dorn"],
        [("Interior Ministry", "Pavel Dorn")],
        set(),
        (1, "single-source"),
        ("Pavel Dorn speaks for Interior Ministry: one origin",),
    ),
    # a third, independent claimant still counts
    (
        ["Interior Ministry", "Pavel Dorn", "Red Cross"],
        [("Interior Ministry", "Pavel Dorn")],
        set(),
        (2, "contested"),
        ("Pavel Dorn speaks for Interior Ministry: one origin",),
    ),
    # the ministry is a party: its spokesman is one too, though not marked (before: his
    # origin was not a party's, and the side "corroborated" by the Red Cross and the ministry
    # alone read as two origins of which one independent)
    (
        ["Interior Ministry", "Pavel Dorn"],
        [("Interior Ministry", "Pavel Dorn")],
        {"interior ministry"},
        (1, "party-only"),
        ("Pavel Dorn speaks for Interior Ministry: one origin",),
    ),
    # the spokesman alone on a side, his body a party that is not on it: party-only
    (
        ["Pavel Dorn"],
        [("Interior Ministry", "Pavel Dorn")],
        {"interior ministry"},
        (1, "party-only"),
        (),
    ),
    # a name that holds the spokesman's ("ministry spokesman Pavel Dorn") is him too: the
    # party's side, all of it
    (
        ["Interior Ministry spokesman Pavel Dorn", "Pavel Dorn", "Army"],
        [("Interior Ministry", "Pavel Dorn")],
        {"interior ministry", "army"},
        (2, "party-only"),
        (
            "Interior Ministry spokesman Pavel Dorn is named with Pavel Dorn: one origin",
            # evidence11: two voices of governments whose names give no place
            "Army and Interior Ministry spokesman Pavel Dorn may speak for one government, "
            "their names do not say: counted apart (claimant --of gives each its body)",
        ),
    ),
    # a speaker who is no claimant of the subject changes nothing
    (
        ["Interior Ministry", "Red Cross"],
        [("Interior Ministry", "Pavel Dorn")],
        set(),
        (2, "contested"),
        (),
    ),
    # a claim whose speaker names its own claimant joins nothing
    (
        ["Pavel Dorn", "Red Cross"],
        [("Pavel Dorn", "Pavel Dorn")],
        set(),
        (2, "contested"),
        (),
    ),
    # evidence8: one person speaking for two claimants (no claimant himself) is one voice
    # one chairwoman quoted for the commission under two names (before: 2 origins)
    (
        ["Kenya National Commission on Human Rights", "Kenya National Human Rights Commission"],
        [
            ("Kenya National Commission on Human Rights", "Roseline Odede"),
            ("Kenya National Human Rights Commission", "Roseline Odede"),
        ],
        set(),
        (1, "single-source"),
        (
            "Kenya National Commission on Human Rights and Kenya National Human Rights "
            "Commission speak through Roseline Odede: one origin",
        ),
    ),
    # two speakers: two voices, two origins
    (
        ["Harbour Board", "Port Commission"],
        [("Harbour Board", "Ada Vale"), ("Port Commission", "Ben Roe")],
        set(),
        (2, "contested"),
        (),
    ),
    # one voice for a party and another claimant: the party's, all of it
    (
        ["Harbour Board", "Port Commission"],
        [("Harbour Board", "Ada Vale"), ("Port Commission", "Ada Vale")],
        {"harbour board"},
        (1, "party-only"),
        ("Harbour Board and Port Commission speak through Ada Vale: one origin",),
    ),
    # a role, not a name: two people, perhaps (before and after: two origins)
    (
        ["Harbour Board", "Port Commission"],
        [("Harbour Board", "a spokesman"), ("Port Commission", "a spokesman")],
        set(),
        (2, "contested"),
        (),
    ),
    # a voice for one claimant of the side and one elsewhere in the story joins nothing here
    (
        ["Harbour Board", "Red Cross"],
        [("Harbour Board", "Ada Vale"), ("Port Commission", "Ada Vale")],
        set(),
        (2, "contested"),
        (),
    ),
]


@pytest.mark.parametrize(("who", "spoken", "parties", "graded", "joins"), SPEAKERS)
def test_a_spokesman_logged_as_a_claimant_is_his_body(who, spoken, parties, graded, joins) -> None:
    facts = [stn(f"a{i}", w, "affirms") for i, w in enumerate(who)]
    facts.append(stn("d", "Opposition party", "denies"))
    origins = with_speakers(Origins(frozenset(parties)), facts, spoken)
    got = assess(analyse(facts), origins).conflicts[0][0]
    assert (got.origins, got.grade) == graded
    assert got.joins == joins


def test_no_speaker_among_the_claimants_builds_nothing() -> None:
    origins = Origins()
    facts = [stn("a", "Interior Ministry", "affirms")]
    assert with_speakers(origins, facts, [("Interior Ministry", "Pavel Dorn")]) is origins
    assert with_speakers(origins, facts, []) is origins


# a minor difference's (figure, who) pairs in order -> its items
COPIES = [
    (
        [("at least 21", "Amnesty"), ("at least 21", "Amnesty"), ("23", "Amnesty")],
        ["at least 21 (Amnesty, 2 reports)", "23 (Amnesty)"],
    ),
    # the same figure from two claimants: two items
    ([("12", "Police"), ("12", "Amnesty")], ["12 (Police)", "12 (Amnesty)"]),
    # the same words at two times (a measure read at its times): two items
    (
        [("40", "Red Cross, said 2024-05-01"), ("40", "Red Cross, said 2024-05-02")],
        ["40 (Red Cross, said 2024-05-01)", "40 (Red Cross, said 2024-05-02)"],
    ),
]


@pytest.mark.parametrize(("items", "shown"), COPIES)
def test_copies_in_a_minor_difference_are_one_item(items, shown) -> None:
    assert copies_text(items) == shown


# a claimant's steps in a minor reversal, in order -> as the line gives them
REPEATS = [
    (["23", "at least 24", "at least 24"], ["23", "at least 24 (2 reports)"]),
    # the same words apart are two statements
    (["431", "446", "431"], ["431", "446", "431"]),
    (["affirms"], ["affirms"]),
]


@pytest.mark.parametrize(("steps", "shown"), REPEATS)
def test_repeats_in_a_minor_reversal_are_one_step(steps, shown) -> None:
    assert repeats_text(steps) == shown


def _claim(cid: str, who: str, figure: str, outlet: str, **more: str) -> str:
    line = {"id": cid, "subject": "quake", "claimant": who, "kind": "figure",
            "measure": "deaths", "value": figure, "quote": f"The toll is {figure}.",
            "outlet": outlet, "said_on": "2026-03-02", **more}  # fmt: skip
    return json.dumps(line)


def test_conflicts_joins_a_spokesman_and_grades_a_minor_difference(ct, tmp_path) -> None:
    path = tmp_path / "quake.jsonl"
    lines = [
        json.dumps(
            {
                "record": "claimant",
                "name": "Interior Ministry",
                "kind": "organization",
                "role": "government",
                "parties": ["quake"],
            }
        ),
        _claim("m1", "Interior Ministry", "120", "Paper A", speaker="Pavel Dorn"),
        _claim("d1", "Pavel Dorn", "121", "Paper B"),
        _claim("r0", "Red Cross", "431", "Paper D"),
        _claim("i1", "Red Cross", "431", "Paper A", measure="injured"),
        _claim("i2", "Red Cross", "431", "Paper C", measure="injured"),
        _claim("i3", "District hospital", "446", "Paper D", measure="injured"),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert ct("import", str(path)).exit_code == 0
    out = ct("conflicts", "quake", "--json")
    assert out.exit_code == 0, out.output
    doc = json.loads(out.stdout)
    grades = [(p["origins"], p["grade"]) for p in doc["conflicts"][0]["positions"]]
    assert grades == [(1, "party-only"), (1, "single-source")]
    text = ct("conflicts", "quake", "--full")
    said = " ".join(text.stdout.split())
    assert "1 independent origin (Pavel Dorn speaks for Interior Ministry: one origin)" in said
    assert "431 (Red Cross, 2 reports) · 446 (District hospital)" in said
    assert "evidence: 431: 2 claims, 1 independent origin: single-source; 446: 1 claim" in said
    report = ct("report", "quake", "--format", "md")
    md = " ".join(report.stdout.split())
    # the terminal's line (outputs8), then what stands behind it
    assert "431 (Red Cross, 2 reports) · 446 (District hospital); spread" in md
    assert "(evidence: 431: 2 claims" in md
