"""One body under two names is one origin (evidence8, Kenya's 2024 finance-bill protests): an
agency credited by its name and its initials, or with its initials in brackets; two
claimants one person speaks for, read by the store and graded by the command. (The tables of
a name and its initials, and of one voice for two claimants, are rows of test_evidence6's
and test_evidence7's.)"""

from __future__ import annotations

import json

import pytest

from claimtrack.conflicts import Fact
from claimtrack.evidence import Origins, WireCopy, support, with_speakers
from claimtrack.wires import same_wire


def stn(cid: str, who: str, side: str) -> Fact:
    return Fact(cid, who, "stance", "p", None, None, side, None, None)


def test_a_voice_of_one_claimant_builds_nothing() -> None:
    origins = Origins()
    facts = [stn("a", "Harbour Board", "affirms")]
    assert with_speakers(origins, facts, [("Harbour Board", "Ada Vale")]) is origins


# a wire as given -> as two sources compare it
WIRES = [
    ("Agence France-Presse (AFP)", "AFP"),
    ("AP (Associated Press)", "AP"),
    ("The Associated Press (AP): march count", "AP: march count"),
    ("Kenya News Agency (KNA)", "Kenya News Agency"),
    ("Antara", "Antara"),
    ("Reuters/AFP", "Reuters/AFP"),  # two agencies: left as given
]


@pytest.mark.parametrize(("given", "folded"), WIRES)
def test_an_agency_credited_with_its_initials_in_brackets_is_one_agency(given, folded) -> None:
    assert same_wire(given) == folded


# the wires of two papers' claims (as stored) -> origins, and the join named
AGENCIES = [
    (("Kenya News Agency", "KNA"), 1, "Paper A and Paper B carry one Kenya News Agency story"),
    (("KNA: toll", "Kenya News Agency: toll"), 1, "Paper A and Paper B carry one "),
    (("KNA: toll", "Kenya News Agency: arrests"), 2, None),  # two stories
    (("KHRC", "Kenya News Agency"), 2, None),
]


@pytest.mark.parametrize(("wires", "origins", "join"), AGENCIES)
def test_an_agency_by_its_name_and_its_initials_is_one_story(wires, origins, join) -> None:
    got = support(
        ["c1", "c2"],
        ["Paper A", "Paper B"],
        Origins(
            wires=dict(zip(["c1", "c2"], wires, strict=True)),
            claimants={"c1": "Paper A", "c2": "Paper B"},
            copies=dict.fromkeys(["c1", "c2"], WireCopy("2024-05-01", False, "")),  # one day
        ),
        distinct=True,
    )
    assert got.origins == origins
    assert (join is None and not got.joins) or got.joins[0].startswith(join)


def _claim(cid: str, who: str, figure: str, **more: str) -> str:
    line = {"id": cid, "subject": "port-fire", "claimant": who, "kind": "figure",
            "measure": "deaths", "value": figure, "quote": f"We counted {figure} dead.",
            "said_on": "2026-03-02", **more}  # fmt: skip
    return json.dumps(line)


def test_conflicts_joins_two_claimants_of_one_voice(ct, tmp_path) -> None:
    """The store reads a speaker given for two claimants (not a claimant himself), and the
    subject's JSON and the text grade them as one origin."""
    path = tmp_path / "port.jsonl"
    lines = [
        _claim("h1", "Harbour Board", "12", speaker="Ada Vale"),
        _claim("p1", "Port Commission", "12", speaker="Ada Vale"),
        _claim("f1", "Fire Service", "4"),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert ct("import", str(path), "--new").exit_code == 0
    out = ct("conflicts", "port-fire", "--json")
    assert out.exit_code == 0, out.output
    doc = json.loads(out.stdout)
    grades = [(p["origins"], p["grade"]) for p in doc["conflicts"][0]["positions"]]
    assert grades == [(1, "single-source"), (1, "single-source")]
    said = " ".join(ct("conflicts", "port-fire").stdout.split())
    assert (
        "2 claims from Harbour Board and Port Commission, 1 independent origin (Harbour Board "
        "and Port Commission speak through Ada Vale: one origin): single-source" in said
    )
