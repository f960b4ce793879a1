"""A spokesman is his body (evidence7): a claimant whom another claimant's claims give as their
speaker is one origin with it, and a party's when it is. The pure rule table."""

from __future__ import annotations

import pytest

from claimtrack.conflicts import Fact, analyse
from claimtrack.evidence import Origins, assess, with_speakers


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
        ("Interior Ministry spokesman Pavel Dorn is named with Pavel Dorn: one origin",),
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
