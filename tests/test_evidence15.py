"""One survivor's account relayed by many (evidence15, the Pylos shipwreck of June 2023): a
claim whose quote gives what it says to people it does not name ("according to survivors",
"witness accounts suggested") passes on those people, and adds no origin of its own to a
position or side, as an unnamed group does. Pure rule tables in our own words (the reader of
the quote, the grades), a property of the reader, CLI rounds on invented quotes and on the
story's log."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.conflicts import ActiveFacts, Fact, analyse, report_json_line
from claimtrack.evidence import (
    NO_ORIGINS,
    Origins,
    assess,
    notes,
    plain_notes,
    roles_only,
    with_citing,
)
from claimtrack.quote_marks import figure_marks, stance_marks, unnamed_words

FIXTURES = Path(__file__).parent / "fixtures"

# a quote -> the words that give what it says to people it does not name (None: to no one)
QUOTES = [
    ("According to the people, there were 750 people on board", "According to the people"),
    ("According to the statements of the people who were on board, the number was 750",
     "According to the statements of the people"),
    ("Citing initial testimonies from survivors, the charity said 100 children were in the hold",
     "Citing initial testimonies from survivors"),
    ("Survivors told our staff that about 600 people were on board", "Survivors told"),
    ("The boat carried 600 people, survivors said", "survivors said"),
    ("600 were aboard, according to passengers", "according to passengers"),
    ("Witness accounts suggested that between 400 and 750 people had crammed onto it",
     "Witness accounts suggested"),
    ("Initial reports suggest up to 400 people were onboard.", "Initial reports suggest"),
    ("based on testimony received from survivors, some 320 are missing",
     "based on testimony received from survivors"),
    ("We learned from survivors that 648 or 650 men, women and children were on that ship",
     "learned from survivors"),
    ("estimates of 400-700 on board, which survivors gave to television", "survivors gave"),
    ("according to survivors' accounts, 750 were aboard", "according to survivors"),
    ("residents say 40 died in the blast", "residents say"),
    # a named body, or people of whom something is said, not who said it
    ("according to the coast guard, 104 were rescued", None),
    ("according to the People's Party, 40 died", None),
    ("So far 104 survivors were brought to shore", None),
    ("500 people said to be missing", None),
    ("750 people reported missing after the sinking", None),
    ("families told to leave their homes", None),
    ("some 500 people believed to be on board", None),
    ("he believed there were more than 500 people on board", None),
    ("Police told families that 12 died", None),
    ("the UN agency estimated up to 400", None),
]  # fmt: skip


@pytest.mark.parametrize(("quote", "words"), QUOTES)
def test_whom_a_quote_gives_its_words_to(quote: str, words: str | None) -> None:
    assert unnamed_words(quote) == words


def test_the_words_are_stored_with_every_claim() -> None:
    """A figure's third mark, a stance's only one: read by the function every writer uses."""
    quote = "According to survivors, some 600 were aboard"
    assert figure_marks("some 600", quote, "count") == (None, None, "According to survivors")
    assert stance_marks("survivors said the coast guard towed it") == (
        None,
        None,
        "survivors said",
    )
    assert stance_marks(None) == (None, None, None)


@given(st.text(max_size=160))
def test_the_words_are_the_quotes_own(quote: str) -> None:
    words = unnamed_words(quote)
    assert words is None or words.split()[-1] in quote.split() or words.split()[-1] in quote


def _aboard(cid: str, who: str, n: float) -> Fact:
    return Fact(cid, who, "figure", "people-aboard", n, n, None, None, "2025-03-04")


# one position's claims (id, claimant, figure, whether its quote cites unnamed people) ->
# (origins, grade, words in its grade line); the other position is a coast guard's 300
POSITIONS = [
    # three agencies passing on what survivors said: one origin at most (before: 3)
    (
        [("a", "UN refugee agency", True), ("b", "Migration agency", True),
         ("c", "Rescue charity", True)],
        (1, "single-source", "Migration agency, Rescue charity and UN refugee agency pass on "
         "what unnamed people said"),
    ),
    # beside a claimant of its own word: that claimant's origin alone
    (
        [("a", "UN refugee agency", True), ("b", "Migration agency", True),
         ("c", "Harbour Authority", False)],
        (1, "single-source", "no origin of their own"),
    ),
    # two of their own word and one passing on: two
    (
        [("a", "UN refugee agency", True), ("b", "Harbour Authority", False),
         ("c", "Port Police", False)],
        (2, "corroborated", "UN refugee agency passes on what unnamed people said"),
    ),
    # a claimant one of whose claims here cites the survivors: its others are copies of it
    (
        [("a", "UN refugee agency", True), ("a2", "UN refugee agency", False),
         ("c", "Harbour Authority", False)],
        (1, "single-source", "UN refugee agency passes on"),
    ),
    # nobody cites anyone: as before
    (
        [("a", "UN refugee agency", False), ("b", "Migration agency", False)],
        (2, "corroborated", ""),
    ),
    # with the survivors themselves logged as a group: one origin at most, both said
    (
        [("a", "UN refugee agency", True), ("s", "Survivors", False)],
        (1, "single-source", "UN refugee agency passes on what unnamed people said"),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("claims", "graded"), POSITIONS)
def test_a_position_of_what_survivors_said(claims: list[tuple], graded: tuple) -> None:
    facts = [_aboard(cid, who, 600) for cid, who, _ in claims]
    report = analyse([*facts, _aboard("cg", "Coast Guard", 300)])
    cites = {cid: "according to survivors" for cid, _, cited in claims if cited}
    origins = Origins(claimants={cid: who for cid, who, _ in claims}, cites=cites)
    position = next(p for p in assess(report, origins).conflicts[0] if p.claims == len(claims))
    origins_n, grade, words = graded
    assert (position.origins, position.grade) == (origins_n, grade)
    said = "; ".join(position.joins)
    assert words in said if words else "unnamed people" not in said


@pytest.mark.parametrize(("claims", "graded"), POSITIONS)
def test_the_all_json_fast_path_grades_them_as_the_assessment(
    claims: list[tuple], graded: tuple
) -> None:
    """``conflicts --all --json`` writes a subject whose only marks are such claims through
    ``plain_notes``: the same JSON as the full assessment's, the grade lines too."""
    facts = [_aboard(cid, who, 600) for cid, who, _ in claims]
    report = analyse([*facts, _aboard("cg", "Coast Guard", 300)])
    cites = {cid: "according to survivors" for cid, _, cited in claims if cited}
    origins = Origins(claimants={cid: who for cid, who, _ in claims}, cites=cites)
    assert roles_only(origins)
    assert report_json_line("s", report, plain_notes(report, None, origins)) == (
        report_json_line("s", report, notes(report, assess(report, origins)))
    )


def test_a_side_of_a_stance_passed_on() -> None:
    """Two agencies saying that survivors said the coast guard towed the boat, against the
    coast guard's denial: one origin, not two, and not contested (one origin)."""
    facts = [
        Fact("a", "UN refugee agency", "stance", "coast-guard-towed-boat", None, None, "affirms",
             None, "2023-06-16"),
        Fact("b", "Rights group", "stance", "coast-guard-towed-boat", None, None, "affirms",
             None, "2023-06-17"),
        Fact("g", "Coast Guard", "stance", "coast-guard-towed-boat", None, None, "denies",
             None, "2023-06-16"),
    ]  # fmt: skip
    report = analyse(facts)
    origins = Origins(
        claimants={f.id: f.claimant for f in facts},
        cites={"a": "survivors said", "b": "according to survivors"},
    )
    affirms, _denies = assess(report, origins).conflicts[0]
    assert (affirms.origins, affirms.grade) == (1, "single-source")
    before = assess(report, NO_ORIGINS).conflicts[0][0]
    assert (before.origins, before.grade) == (2, "contested")


def test_citing_is_built_from_the_stored_marks_only() -> None:
    """``with_citing`` reads the store's marks (the engine reads no quote): nothing built when
    no claim has the third mark, or when the one that has it is not active."""

    facts = ActiveFacts([_aboard("a", "UN refugee agency", 600)])
    assert with_citing(NO_ORIGINS, facts) is NO_ORIGINS
    facts.marks = {"gone": (None, (), "survivors said")}
    assert with_citing(NO_ORIGINS, facts) is NO_ORIGINS
    facts.marks = {"a": (None, (), "survivors said")}
    built = with_citing(NO_ORIGINS, facts)
    assert built.cites == {"a": "survivors said"}
    assert built.claimants["a"] == "UN refugee agency"


def test_four_relays_of_survivors_on_the_command_line(ct: Callable[..., Any]) -> None:
    """Three agencies and a paper pass on what survivors said, against a coast guard's
    figure: one origin at most (before: 4 independent origins, corroborated)."""
    rows = [
        ("Coast Guard", "the boat carried no more than 300 people", "no more than 300"),
        ("UN refugee agency", "Survivors told our staff that about 600 people were on board",
         "about 600"),
        ("Migration agency", "According to survivors, some 600 were aboard", "some 600"),
        ("Rescue charity", "600 people were on the boat, according to passengers", "600"),
        ("Harbour Daily", "The boat carried 600 people, survivors said", "600"),
    ]  # fmt: skip
    for who, quote, figure in rows:
        added = ct("add", "sea-crossing", "--claimant", who, "--quote", quote, "--figure",
                   figure, "--measure", "people-aboard", "--said-on", "2025-03-04", "--new")  # fmt: skip
        assert added.exit_code == 0, added.output
    result = ct("conflicts", "sea-crossing", "--json")
    assert result.exit_code == 0, result.output
    (dispute,) = json.loads(result.stdout)["conflicts"]
    assert [(p["origins"], p["grade"]) for p in dispute["positions"]] == [
        (1, "single-source"),
        (1, "single-source"),
    ]
    text = ct("conflicts", "sea-crossing")
    assert "pass on what unnamed people said" in " ".join(text.output.split())
    # --all --json grades it as the subject's own JSON does (before perf31 its fast path read
    # the subject as one without marks: 4 origins, corroborated)
    every = ct("conflicts", "--all", "--json")
    assert every.exit_code == 0, every.output
    (subject,) = json.loads(every.stdout)["subjects"]
    assert subject["conflicts"] == json.loads(result.stdout)["conflicts"]


def test_the_pylos_shipwreck_as_a_new_user_logged_it(ct: Callable[..., Any]) -> None:
    """The Pylos shipwreck (49 claims, 28 pages): the governor's 750, "according to the
    statements of the people who were on board", adds no origin to the position of 750
    (before: 4 independent origins); the joint statement's parts meet its range; no relay is
    counted as a source."""
    imported = ct("import", str(FIXTURES / "pylos-shipwreck-2023.jsonl"))
    assert imported.exit_code == 0, imported.output
    result = ct("conflicts", "pylos-shipwreck-2023", "--json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    aboard = next(c for c in doc["conflicts"] if c.get("measure") == "people-aboard")
    assert [(p["origins"], p["grade"]) for p in aboard["positions"]] == [
        (1, "single-source"),
        (3, "corroborated"),
    ]
    joins = " ".join(aboard["positions"][1]["joins"])
    assert "Alarm Phone and Panagiotis Nikas pass on what unnamed people said" in joins
    held = [c for c in doc["checks"] if c["total"] == "people-aboard"]
    assert [(c["claimant"], c["low"], c["high"]) for c in held] == [("IOM and UNHCR", 632, 732)]
    assert doc["summary"]["relaying"] == 1


def test_a_sums_relaying_part_reads_as_the_report_says(ct: Callable[..., Any]) -> None:
    """IOM's 104 rescued, an echo of the coast guard's, stands only in a sum's finding: the
    sheet called it "not counted as a source", the report's card "an echo: not counted as a
    source"; both now give the engine's word (``Report.relays``)."""
    import csv
    import io

    imported = ct("import", str(FIXTURES / "pylos-shipwreck-2023.jsonl"))
    assert imported.exit_code == 0, imported.output
    sheet = ct("conflicts", "pylos-shipwreck-2023", "--csv", "-")
    assert sheet.exit_code == 0, sheet.output
    rows = list(csv.DictReader(io.StringIO(sheet.stdout.lstrip("\ufeff"))))
    (caveats,) = [r["caveats"] for r in rows if r["claim_id"] == "iom-tweet-rescued"]
    assert caveats.split("\n")[-1] == "relaying hcg-0614: an echo: not counted as a source"
    page = ct("report", "pylos-shipwreck-2023", "--format", "md")
    assert "(relaying hcg-0614: an echo: not counted as a source)" in page.stdout


def test_a_claimant_passing_on_beside_one_whose_figure_fits_elsewhere() -> None:
    """A citing claimant set aside and a claimant whose figure fits another position too,
    on one position (found on the generated subjects: the set-aside claimant was still
    named among those that fit, and the grade line failed)."""
    facts = [
        _aboard("a", "UN refugee agency", 600),
        Fact("b", "Harbour Daily", "figure", "people-aboard", 290, None, None, None,
             "2025-03-04"),
        _aboard("cg", "Coast Guard", 300),
        _aboard("p", "Port Police", 300),
    ]  # fmt: skip
    report = analyse(facts)
    origins = Origins(
        claimants={f.id: f.claimant for f in facts}, cites={"a": "according to survivors"}
    )
    for position in assess(report, origins).conflicts[0]:
        assert position.origins >= 1
