"""A police agency's changing account (evidence13, the Uvalde school shooting of May 2022): a
body whose voices gave a figure of one moment and then, surely later, another figure at odds
with it has changed its account of that figure, as a body whose voices took one side of a
proposition and then the other has (evidence12); and one unnamed informant ("a law
enforcement source", "a person familiar with the matter") adds no origin beside the named
claimants of its side, as an unnamed group does (evidence9). Pure rule tables in our own
words, one CLI round; the story itself is read in test_one_finding."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from claimtrack.conflicts import (
    Fact,
    FigureConflict,
    Reversal,
    analyse,
    report_json_line,
    report_to_json,
    reversal_heading,
)
from claimtrack.evidence import assess, notes, plain_notes, unnamed_group
from test_evidence9 import affirming_side
from test_evidence12 import body_reversals_of

AGENCY = "State police"


def num(cid: str, who: str, value: float, on: str | None, *, relays: str | None = None) -> Fact:
    """A duration in minutes (seconds, the base unit) about one day, said on ``on``."""
    return Fact(
        cid, who, "figure", "minutes", value * 60, value * 60, None, "2022-05-24", on,
        dimension="duration", relays=relays,
    )  # fmt: skip


VOICES = {"regional director": AGENCY, "director": AGENCY, "spokesman": AGENCY}

# a measure's figures, the bodies given -> the body reversals found on it:
# (body, claims in statement order, voices)
FIGURES: list[tuple[list[Fact], dict[str, str], list[tuple]]] = [
    # a regional director says four minutes, the director the next day two
    (
        [num("f1", "Regional director", 4, "2022-05-26"), num("f2", "Director", 2, "2022-05-27")],
        VOICES,
        [(AGENCY, ("f1", "f2"), ("Director", "Regional director"))],
    ),
    # said on one day: two voices that disagree, no change the dates can tell
    (
        [num("f1", "Regional director", 4, "2022-05-26"), num("f2", "Director", 2, "2022-05-26")],
        VOICES,
        [],
    ),
    # one of them undated: its order is not known
    (
        [num("f1", "Regional director", 4, "2022-05-26"), num("f2", "Director", 2, None)],
        VOICES,
        [],
    ),
    # two bodies: each its own account, nothing changed
    (
        [
            num("f1", "Regional director", 4, "2022-05-26"),
            num("f2", "Town police", 2, "2022-05-27"),
        ],
        {"regional director": AGENCY, "town police": "Town"},
        [],
    ),
    # no body given: two claimants who disagree, as before
    (
        [num("f1", "Regional director", 4, "2022-05-26"), num("f2", "Director", 2, "2022-05-27")],
        {},
        [],
    ),
    # the body's voices agree, another claimant is at odds with them: no change of the body's
    (
        [
            num("f1", "Regional director", 4, "2022-05-26"),
            num("f2", "Director", 4, "2022-05-27"),
            num("f3", "Town police", 2, "2022-05-28"),
        ],
        VOICES,
        [],
    ),
    # a voice passing on another's figure is no voice of the body's here
    (
        [
            num("f1", "Town police", 4, "2022-05-26"),
            num("f2", "Spokesman", 4, "2022-05-27", relays="f1"),
            num("f3", "Director", 2, "2022-05-28"),
        ],
        VOICES,
        [],
    ),
    # there and back, through three voices: every change ordered
    (
        [
            num("f1", "Regional director", 4, "2022-05-26"),
            num("f2", "Director", 2, "2022-05-27"),
            num("f3", "Spokesman", 4, "2022-05-30"),
        ],
        VOICES,
        [(AGENCY, ("f1", "f2", "f3"), ("Director", "Regional director", "Spokesman"))],
    ),
]


@pytest.mark.parametrize(("facts", "bodies", "found"), FIGURES)
def test_a_body_whose_voices_changed_a_figure_has_changed_its_account(
    facts: list[Fact], bodies: dict[str, str], found: list[tuple]
) -> None:
    got = body_reversals_of(facts, bodies)
    assert [(r.claimant, r.claims, r.voices) for r in got] == found
    assert all(r.topic_kind == "measure" for r in got)


def test_a_body_figure_reversal_is_said_with_its_voices() -> None:
    facts, bodies, _ = FIGURES[0]
    report = analyse(facts, bodies=bodies)
    (rev,) = [c for c in report.conflicts if isinstance(c, Reversal)]
    assert reversal_heading(rev) == (
        f"Reversal: {AGENCY} changed position on measure minutes, through its voices Director "
        "and Regional director (claimant --of)"
    )
    doc = report_to_json("s", report)
    (js,) = [c for c in doc["conflicts"] if c["kind"] == "reversal"]
    assert (js["claimant"], js["measure"], js["voices"]) == (
        AGENCY,
        "minutes",
        ["Director", "Regional director"],
    )
    assert doc["summary"]["reversals"] == 1


# a claimant's name -> whether it names no one (an unnamed group, or one unnamed informant)
NAMES = [
    ("law enforcement source", True),
    ("A source close to the investigation", True),
    ("Person familiar with the matter", True),
    ("People familiar with the plans", True),
    ("Police sources", True),
    # a body named by such words, a paper, an office
    ("Open Source Initiative", False),
    ("Source Energy Services", False),
    ("Business Insider", False),
    ("Police official", False),
    ("Eyewitness (anonymous)", False),
]


@pytest.mark.parametrize(("name", "unnamed"), NAMES)
def test_an_unnamed_informant_is_read_from_its_name(name: str, unnamed: bool) -> None:
    assert unnamed_group(name) is unnamed


# the claimants of one side (each one claim, denied by "Opposition party") -> (origins,
# grade), the joins said
SIDES = [
    # before: 2 independent origins, contested
    (
        ["State police spokesman", "law enforcement source"],
        (1, "single-source"),
        ("law enforcement source is an unnamed source: no origin of its own",),
    ),
    (
        ["State police spokesman", "Person familiar with the matter", "Residents"],
        (1, "single-source"),
        (
            "Residents is an unnamed group and Person familiar with the matter is an unnamed "
            "source: no origin of their own",
        ),
    ),
    # unnamed informants alone: one origin at most
    (
        ["A police source", "A hospital source"],
        (1, "single-source"),
        ("A hospital source and A police source are unnamed sources: one origin at most",),
    ),
    (["A police source"], (1, "single-source"), ()),
    (["State police spokesman", "Teacher's lawyer"], (2, "contested"), ()),
]


@pytest.mark.parametrize(("who", "graded", "joins"), SIDES)
def test_an_unnamed_informant_adds_no_origin(who: list[str], graded: tuple, joins: tuple) -> None:
    got = affirming_side(who)
    assert (got.origins, got.grade) == graded
    assert got.joins == joins


def test_a_story_logged_through_the_cli_reads_the_agencys_change(
    ct: Callable[..., Any],
) -> None:
    """Through the CLI, as a user logs it: two voices given one agency, a figure each on two
    days; a denial by the agency's spokesman beside an unnamed source's."""

    def ok(*args: str) -> Any:
        result = ct(*args)
        assert result.exit_code == 0, result.output
        return result

    s = "school-siege"
    ok("add", s, "--id", "rd", "--claimant", "Regional director", "--figure", "four minutes",
       "--measure", "minutes-to-entry", "--as-of", "2022-05-24", "--said-on", "2022-05-26",
       "--quote", "officers went in four minutes after him")  # fmt: skip
    ok("add", s, "--id", "dir", "--claimant", "Director", "--figure", "two minutes",
       "--measure", "minutes-to-entry", "--as-of", "2022-05-24", "--said-on", "2022-05-27",
       "--quote", "two minutes after him", "--new")  # fmt: skip
    ok("add", s, "--id", "open", "--claimant", "Director", "--affirms", "door-left-open",
       "--said-on", "2022-05-27", "--quote", "the door was left open")  # fmt: skip
    ok("add", s, "--id", "shut", "--claimant", "Spokesman", "--denies", "door-left-open",
       "--said-on", "2022-05-31", "--quote", "she closed the door")  # fmt: skip
    ok("add", s, "--id", "anon", "--claimant", "law enforcement source", "--denies",
       "door-left-open", "--said-on", "2022-05-31", "--quote", "she shut it")  # fmt: skip
    for voice in ("Regional director", "Director", "Spokesman"):
        ok("claimant", voice, "--of", AGENCY)
    doc = json.loads(ok("conflicts", s, "--json").stdout)
    body = [c for c in doc["conflicts"] if c["kind"] == "reversal" and c.get("voices")]
    assert [(c["claimant"], c.get("measure"), c.get("proposition"), c["claims"]) for c in body] == [
        (AGENCY, None, "door-left-open", ["open", "shut"]),
        (AGENCY, "minutes-to-entry", None, ["rd", "dir"]),
    ]
    text = ok("conflicts", s).stdout
    assert "law enforcement source is an unnamed source: no origin of its own" in " ".join(
        text.split()
    )


def dur(cid: str, who: str, low: float, high: float | None, on: str) -> Fact:
    """A figure of minutes given by its bounds (seconds), about one day."""
    return Fact(
        cid, who, "figure", "minutes", low * 60, None if high is None else high * 60, None,
        "2022-05-24", on, dimension="duration",
    )  # fmt: skip


# a dispute's figures -> each position's (origins, grade) and what is said of the figures that
# fit another position too
FITS: list[tuple[list[Fact], list[tuple[int, str]], list[tuple]]] = [
    # "more than an hour" fits both "about an hour" and 74 minutes: it corroborates neither
    # (before: position 1 "2 independent origins: corroborated")
    (
        [
            dur("a", "Regional director", 54, 66, "2022-05-26"),
            dur("b", "House committee", 60, None, "2022-07-17"),
            dur("c", "Director", 74, 74, "2022-06-21"),
        ],
        [(1, "single-source"), (1, "single-source")],
        ["House committee's figure fits position 2 too: no origin of its own here"],
    ),
    # a range that holds both positions' figures ("hundreds" beside 250 and "many hundreds")
    (
        [
            dur("a", "Coalition", 225, 275, "2017-11-01"),
            dur("b", "Broadcaster", 200, 999, "2017-11-01"),
            dur("c", "Newspaper", 300, 999, "2017-11-01"),
        ],
        [(1, "single-source"), (1, "single-source")],
        ["Broadcaster's figure fits position 2 too: no origin of its own here"],
    ),
    # figures at odds with the other position corroborate as before
    (
        [
            dur("a", "Regional director", 54, 66, "2022-05-26"),
            dur("b", "House committee", 55, 65, "2022-07-17"),
            dur("c", "Director", 74, 74, "2022-06-21"),
        ],
        [(2, "corroborated"), (1, "single-source")],
        [],
    ),
    # a figure that fits only in its tolerance is no fit: what it says is at odds
    (
        [
            Fact("a", "Organisers", "figure", "marchers", 2700, 3300, None, None, None),
            Fact("b", "Union", "figure", "marchers", 3240, 3960, None, None, None),
            Fact("c", "Police", "figure", "marchers", 2900, 3100, None, None, None),
        ],
        [(2, "corroborated"), (1, "single-source")],
        [],
    ),
]


@pytest.mark.parametrize(("facts", "graded", "said"), FITS)
def test_a_figure_that_fits_two_positions_corroborates_neither(
    facts: list[Fact], graded: list[tuple[int, str]], said: list[str]
) -> None:
    report = analyse(facts)
    (dispute,) = [c for c in report.conflicts if isinstance(c, FigureConflict)]
    supports = assess(report).conflicts[0]
    assert [(s.origins, s.grade) for s in supports] == graded
    assert [j for s in supports for j in s.joins] == said
    # the JSON's fast path grades it as the assessment does
    assert report_json_line("s", report, plain_notes(report)) == report_json_line(
        "s", report, notes(report, assess(report))
    )
    assert len(dispute.positions) == len(graded)
