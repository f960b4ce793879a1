"""Who stands behind a side when a group is not named, or a company is spelled two ways
(evidence9, the Change Healthcare breach of 2024): an unnamed group ("Security experts",
"Residents") adds no origin beside a named claimant, and groups of it alone are one origin at
most; a name written with its words run together ("UnitedHealth Group", "United Health
Group") is one origin. Pure rule tables; the story itself is read in test_one_finding."""

from __future__ import annotations

import pytest

from claimtrack.conflicts import Fact, analyse, report_json_line
from claimtrack.evidence import (
    NO_ORIGINS,
    Support,
    assess,
    notes,
    plain_notes,
    support,
    unnamed_group,
)


def stn(cid: str, who: str, side: str) -> Fact:
    return Fact(cid, who, "stance", "p", None, None, side, None, None)


# a claimant's name -> whether it gives only an unnamed group
GROUPS = [
    ("Residents", True),
    ("Derna residents", True),
    ("Residents of Derna", True),
    ("Witnesses at the port", True),
    ("Security experts", True),
    ("human rights organizations", True),
    ("Victims' families", True),
    ("Law enforcement agencies", True),
    # a named body whose name ends in such a word, a named person, one unnamed person
    ("Upper Hill Residents' Association", False),
    ("Human Rights Watch", False),
    ("Doctors Without Borders", False),
    ("Mara Velden (residents)", False),
    ("Eyewitness (anonymous)", False),
    # officials and authorities speak for their institution: not an unnamed group
    ("Kurdish officials", False),
    ("Moroccan authorities", False),
]


@pytest.mark.parametrize(("name", "unnamed"), GROUPS)
def test_an_unnamed_group_is_read_from_its_name(name: str, unnamed: bool) -> None:
    assert unnamed_group(name) is unnamed


# the claimants of one side (each one claim, denied by "Opposition party") -> (origins,
# grade), the joins said
SIDES = [
    # before: "2 independent origins: contested"
    (
        ["Security experts", "National Crime Agency"],
        (1, "single-source"),
        ("Security experts is an unnamed group: no origin of its own",),
    ),
    (
        ["Cybercrime researchers", "Security experts", "National Crime Agency", "Will Thomas"],
        (2, "contested"),
        ("Cybercrime researchers and Security experts are unnamed groups: no origin of their own",),
    ),
    # groups alone: one origin at most (before: 2, contested)
    (
        ["Residents", "Witnesses"],
        (1, "single-source"),
        ("Residents and Witnesses are unnamed groups: one origin at most",),
    ),
    (["Residents"], (1, "single-source"), ()),
    (["Upper Hill Residents' Association", "Red Cross"], (2, "contested"), ()),
    # one company spelled two ways (before: 2, contested)
    (
        ["United Health Group", "UnitedHealth Group"],
        (1, "single-source"),
        ("United Health Group is named with UnitedHealth Group: one origin",),
    ),
    (
        ["UnitedHealth", "United Health Group"],
        (1, "single-source"),
        ("United Health Group is named with UnitedHealth: one origin",),
    ),
    # letters that only begin another word are not a name run together
    (["Sea Watch", "Seawatchers Trust"], (2, "contested"), ()),
]


def affirming_side(who: list[str]) -> Support:
    """The support of a side whose claimants ``who`` affirm (one claim each), denied by
    "Opposition party"; the JSON's fast path must grade it as the assessment does."""
    facts = [stn(f"a{i}", w, "affirms") for i, w in enumerate(who)]
    report = analyse([*facts, stn("d", "Opposition party", "denies")])
    assert report_json_line("s", report, plain_notes(report)) == report_json_line(
        "s", report, notes(report, assess(report))
    )
    return assess(report).conflicts[0][0]


@pytest.mark.parametrize(("who", "graded", "joins"), SIDES)
def test_who_stands_behind_a_side(who: list[str], graded: tuple, joins: tuple) -> None:
    got = affirming_side(who)
    assert (got.origins, got.grade) == graded
    assert got.joins == joins


def test_a_revision_counts_each_group() -> None:
    """A revision sets its claims against each other: each claimant counts (no grade)."""
    got = support(["a", "b"], ["Residents", "Witnesses"], NO_ORIGINS)
    assert (got.origins, got.joins) == (2, ())
