"""fixes13: rule 12's grades. A side of a disputed proposition that the other firm side's
claims deny is never "corroborated": it is "contested", naming who denies it (a rumour
repeated by two outlets and denied by the police read "2 independent origins: corroborated").
Every grade line names the claimants it rests on. docs/conflicts.md, rule 12."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.conflicts import Fact, StanceConflict, analyse
from claimtrack.evidence import (
    CONTESTED,
    CORROBORATED,
    SINGLE_SOURCE,
    Support,
    assess,
    notes,
    plain_notes,
    support_text,
)

from conftest import examples

FIXTURE = Path(__file__).parent / "fixtures" / "fixes13.jsonl"


def _stance(id_: str, claimant: str, stance: str, said_on: str = "2025-02-03") -> Fact:
    return Fact(
        id_, claimant, "stance", "bodies-in-car-park", None, None, stance, None, said_on,
        "active", None, "count", 0, None,
    )  # fmt: skip


def _grades(facts: list[Fact]) -> dict[str, str]:
    report = analyse(facts)
    (i, c), *_ = [(i, c) for i, c in enumerate(report.conflicts) if isinstance(c, StanceConflict)]
    supports = assess(report).conflicts[i]
    return {p.stance: s.grade for p, s in zip(c.positions, supports, strict=True)}


@pytest.mark.parametrize(
    ("sides", "grades"),
    [
        # two outlets affirm, the police deny: the affirmation is contested, not corroborated
        ({"affirms": ["Show", "Paper"], "denies": ["Police"]},
         {"affirms": CONTESTED, "denies": SINGLE_SOURCE}),
        # both firm sides with two origins: both contested
        ({"affirms": ["Show", "Paper"], "denies": ["Police", "Mayor"]},
         {"affirms": CONTESTED, "denies": CONTESTED}),
        # "cannot be said" denies nothing: beside a denial, the affirmation is contested by it,
        # and the uncertain side grades as itself
        ({"affirms": ["Show", "Paper"], "denies": ["Police"], "uncertain": ["Mayor"]},
         {"affirms": CONTESTED, "denies": SINGLE_SOURCE, "uncertain": SINGLE_SOURCE}),
        # a claimant that denied and then affirmed stands on the side it came to
        ({"affirms": ["Show", "Police"], "denies": ["Police"]},
         {"affirms": CORROBORATED, "denies": SINGLE_SOURCE}),
        # one origin is no corroboration to take back
        ({"affirms": ["Show"], "denies": ["Police"]},
         {"affirms": SINGLE_SOURCE, "denies": SINGLE_SOURCE}),
    ],
)  # fmt: skip
def test_a_side_the_other_denies_is_never_corroborated(sides, grades) -> None:
    facts = [
        _stance(f"{stance}-{i}", who, stance, "2025-02-05" if stance == "affirms" else "2025-02-03")
        for stance, names in sides.items()
        for i, who in enumerate(names)
    ]
    assert _grades(facts) == grades


def test_the_text_names_the_claimants_and_who_denies() -> None:
    s = Support(2, 2, CONTESTED, "denied by Police")
    assert support_text(s, who=("Show", "Paper")) == (
        "2 claims from Show and Paper, 2 independent origins: contested, denied by Police"
    )
    assert support_text(Support(1, 1, SINGLE_SOURCE), who=("Police",)) == (
        "1 claim from Police, 1 independent origin: single-source"
    )
    assert support_text(Support(4, 3, CORROBORATED), who=("A", "B", "C")) == (
        "4 claims from A, B and C, 3 independent origins: corroborated"
    )
    assert support_text(Support(3, 2, CORROBORATED), graded=False) == (
        "3 claims, 2 independent origins"
    )


_PEOPLE = ["Show", "Paper", "Police", "Mayor", "Agency"]


@given(
    sides=st.lists(
        st.tuples(st.sampled_from(_PEOPLE), st.sampled_from(["affirms", "denies", "uncertain"])),
        min_size=2,
        max_size=8,
    )
)
@settings(max_examples=examples(200), deadline=None)
def test_the_fast_json_grades_as_the_assessment(sides) -> None:
    facts = [_stance(f"c{i}", who, stance) for i, (who, stance) in enumerate(sides)]
    report = analyse(facts)
    fast = plain_notes(report)
    slow = notes(report, assess(report))
    assert fast.conflicts == slow.conflicts


def test_the_cli_says_it(ct) -> None:
    assert ct("import", str(FIXTURE)).exit_code == 0
    got = ct("conflicts", "car-park-rumour")
    assert got.exit_code == 0, got.output
    text = " ".join(got.stdout.split())
    assert (
        "affirms: 2 claims from Evening Show host and Island Daily, 2 independent origins:"
        " contested, denied by National police"
    ) in text
    assert "denies: 1 claim from National police, 1 independent origin: single-source" in text
    doc = json.loads(ct("conflicts", "car-park-rumour", "--json").stdout)
    grades = [(p["stance"], p["origins"], p["grade"]) for p in doc["conflicts"][0]["positions"]]
    assert grades == [("affirms", 2, "contested"), ("denies", 1, "single-source")]
    everything = json.loads(ct("conflicts", "--all", "--json").stdout)
    (rumour,) = [s for s in everything["subjects"] if s["subject"] == "car-park-rumour"]
    assert rumour | {"format_version": everything["format_version"]} == doc
