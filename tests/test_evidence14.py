"""A toll compiled from many national counts (evidence14, the deaths of the 2024 Hajj): a
diplomat is a voice of his government, so an anonymous Indian diplomat beside India's foreign
ministry is one origin, not two (the names' rows are in test_evidence11's tables); a running
tally's figure dated only by its page, within its claimant's own course, is no sure
correction; and a body no claim names is registered by its role or party even when its name
looks like another body's ("Government of Saudi Arabia" beside "Government of Iran"). Pure
rule tables in our own words, CLI rounds; the story itself is read in test_one_finding."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from claimtrack.conflicts import Fact, analyse, report_json_line, report_to_json
from claimtrack.evidence import assess, plain_notes

FIXTURES = Path(__file__).parent / "fixtures"


def _deaths(cid: str, who: str, n: float) -> Fact:
    return Fact(cid, who, "figure", "deaths-india", n, n, None, None, "2024-06-21")


# a country's toll: the figures of its position -> (origins, grade) of that position, the
# other position a pilgrims' association's 250
POSITIONS = [
    # the diplomat and his ministry: one origin (before: 2, corroborated)
    (
        [("Indian diplomat", 98), ("Ministry of External Affairs of India", 98)],
        (1, "single-source"),
    ),
    # with a paper's own count beside them: two
    (
        [("Indian diplomat", 98), ("Ministry of External Affairs of India", 98), ("Hindu", 98)],
        (2, "corroborated"),
    ),
    # another state's diplomat is another origin
    (
        [("Pakistani diplomat", 98), ("Ministry of External Affairs of India", 98)],
        (2, "corroborated"),
    ),
]


@pytest.mark.parametrize(("figures", "graded"), POSITIONS)
def test_a_countrys_toll_and_its_diplomat(figures: list[tuple[str, int]], graded: tuple) -> None:
    facts = [_deaths(f"f{i}", who, n) for i, (who, n) in enumerate(figures)]
    report = analyse([*facts, _deaths("assoc", "Pilgrims' association", 250)])
    (position, _other) = assess(report).conflicts[0]
    assert (position.origins, position.grade) == graded


def test_a_body_no_claim_names_is_registered_beside_a_look_alike(
    ct: Callable[..., Any],
) -> None:
    """`claimant BODY --role/--party` registers a body no claim names; only the store's guard
    of a near miss (that of `add`) refuses one, and --new confirms it. Before, a loose likeness
    ("Government of Saudi Arabia" beside "Government of Iran") refused it as "no claimant
    named", even with --new."""

    def run(*args: str) -> Any:
        return ct(*args)

    s = "pilgrim-heat"
    ok = run("add", s, "--claimant", "Government of Iran", "--figure", "five", "--measure",
             "deaths-iran", "--quote", "five pilgrims died")  # fmt: skip
    assert ok.exit_code == 0, ok.output
    body = run("claimant", "Government of Saudi Arabia", "--role", "government", "--party", s)
    assert body.exit_code == 0, body.output
    assert "role: government; a party to: pilgrim-heat" in body.output
    typo = run("claimant", "Goverment of Iran", "--role", "government")
    assert typo.exit_code == 2, typo.output
    assert "claimant 'Goverment of Iran' is new; did you mean 'Government of Iran'?" in typo.output
    assert "give --new if it really is new" in typo.output
    confirmed = run("claimant", "Goverment of Iran", "--role", "government", "--new")
    assert confirmed.exit_code == 0, confirmed.output
    # a name with no role, party or body is looked up, not registered
    missing = run("claimant", "Government of Oman")
    assert missing.exit_code != 0 and "no claimant named 'Government of Oman'" in missing.output


def test_the_hajj_toll_as_a_new_user_logged_it(ct: Callable[..., Any]) -> None:
    """The 2024 Hajj deaths (40 claims, 20 pages): the agency's tally and the Saudi total rise
    with the days (no dispute between them); the one dispute is Jordan's official 41 and the
    diplomats' 60 of one day, order not known; no relay is counted."""
    imported = ct("import", str(FIXTURES / "hajj-heat-2024.jsonl"))
    assert imported.exit_code == 0, imported.output
    result = ct("conflicts", "hajj-heat-2024", "--json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    disputes = [c for c in doc["conflicts"] if c["kind"] == "figure"]
    assert [c["measure"] for c in disputes] == ["deaths-jordan"]
    assert [(p["origins"], p["grade"]) for p in disputes[0]["positions"]] == [
        (1, "single-source"),
        (1, "single-source"),
    ]
    assert doc["summary"]["relaying"] == 3
    changes = {c["measure"]: [p["low"] for p in c["points"]] for c in doc["changes"]}
    assert changes["deaths-egypt"] == [323, 600, 658, 672]
    # India's 98 "this year, till now" and Tunisia's 49 "during the past week" are counts over
    # a span: set against no count of a day (time34), said instead
    assert "deaths-india" not in changes
    spans = {
        h["measure"]: h["claims"] for h in doc["hints"] if h["hint"] == "span-count-not-compared"
    }
    assert spans == {"deaths-india": ["in-98"], "deaths-tunisia": ["tn-49"]}


def _toll(cid: str, who: str, n: float, said: str | None, reported: str | None = None) -> Fact:
    return Fact(cid, who, "figure", "deaths", n, n, None, None, said, reported_on=reported)


# a running tally's figures -> (the revision's claims, its order: None when ordered, else
# the times of its claimant's own course the later figure lies within)
TALLIES = [
    # AFP's 645, on a page of 20 June that gives no day, lies between its 577 of the 18th
    # and 922 of the 19th: it may be the count of the 19th's morning, reported later
    (
        [_toll("a", "AFP", 577, "2024-06-18"), _toll("b", "AFP", 922, "2024-06-19"),
         _toll("c", "AFP", 645, None, "2024-06-20")],
        [(("b", "c"), ("2024-06-18", "2024-06-19"))],
    ),
    # said on the 20th: a later word, the fall as before
    (
        [_toll("a", "AFP", 577, "2024-06-18"), _toll("b", "AFP", 922, "2024-06-19"),
         _toll("c", "AFP", 645, "2024-06-20")],
        [(("b", "c"), None)],
    ),
    # below every figure it gave before: nothing of its own places it, the page's date stands
    (
        [_toll("a", "AFP", 577, "2024-06-18"), _toll("b", "AFP", 922, "2024-06-19"),
         _toll("c", "AFP", 400, None, "2024-06-20")],
        [(("b", "c"), None)],
    ),
    # no earlier figure of its own: the page's date stands
    ([_toll("b", "AFP", 922, "2024-06-19"), _toll("c", "AFP", 645, None, "2024-06-20")],
     [(("b", "c"), None)]),
    # the earlier figure is another claimant's: it says nothing of AFP's course
    (
        [_toll("a", "Reuters", 577, "2024-06-18"), _toll("b", "AFP", 922, "2024-06-19"),
         _toll("c", "AFP", 645, None, "2024-06-20")],
        [(("b", "c"), None)],
    ),
    # another claimant's lower figure is no revision of AFP's: a dispute, as before
    (
        [_toll("a", "AFP", 577, "2024-06-18"), _toll("b", "AFP", 922, "2024-06-19"),
         _toll("c", "Reuters", 645, None, "2024-06-20")],
        [],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("facts", "found"), TALLIES)
def test_a_tally_reported_later(facts: list[Fact], found: list[tuple]) -> None:
    report = analyse(facts, cumulative=["deaths"])
    revisions = [c for c in report.conflicts if type(c).__name__ == "Revision"]
    assert [(c.claims, c.within) for c in revisions] == found
    doc = report_to_json("s", report)
    line = json.loads(report_json_line("s", report, plain_notes(report)))
    assert [
        {k: v for k, v in c.items() if k not in ("origins", "grade")}
        for c in line["conflicts"]
        if c["kind"] == "revision"
    ] == [c for c in doc["conflicts"] if c["kind"] == "revision"]  # one JSON either way
    for c, (_, within) in zip(
        (c for c in doc["conflicts"] if c["kind"] == "revision"), found, strict=True
    ):
        assert c.get("reported_within") == (list(within) if within else None)
        assert c.get("ordered", True) is (within is None)
