"""Independent origins, grades and bounds (issue #26): the pure rules, then the commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.comparisons import compare, comparison_json, ratio_text
from claimtrack.conflicts import Fact, SumRelation, analyse, report_json_line, report_to_json
from claimtrack.evidence import (
    CORROBORATED,
    NO_ORIGINS,
    PARTY_ONLY,
    SINGLE_SOURCE,
    Origins,
    assess,
    decorate,
    notes,
    plain_notes,
    support,
)

from conftest import write_jsonl


def fig(cid: str, who: str, low: float, high: float, relays: str | None = None) -> Fact:
    return Fact(cid, who, "figure", "deaths", low, high, None, None, None, relays=relays)


def stn(cid: str, who: str, side: str) -> Fact:
    return Fact(cid, who, "stance", "p", None, None, side, None, None)


# (claims and their claimants, wires, parties) -> (origins, grade)
CASES = [
    # one claimant, one origin
    ({"a": "Ministry"}, {}, set(), (1, SINGLE_SOURCE)),
    # a claimant quoted by three outlets counts once
    ({"a": "Ministry", "b": "ministry", "c": "MINISTRY"}, {}, set(), (1, SINGLE_SOURCE)),
    # two claimants, two origins
    ({"a": "Ministry", "b": "Red Cross"}, {}, set(), (2, CORROBORATED)),
    # ... unless their sources carry the same agency story
    ({"a": "Ministry", "b": "Red Cross"}, {"a": "AP", "b": "ap"}, set(), (1, SINGLE_SOURCE)),
    # different agencies: independent
    ({"a": "Ministry", "b": "Red Cross"}, {"a": "AP", "b": "Reuters"}, set(), (2, CORROBORATED)),
    # wires chain: a-b by AP, b's claimant also in c: one origin
    ({"a": "X", "b": "Y", "c": "Y"}, {"a": "AP", "b": "AP"}, set(), (1, SINGLE_SOURCE)),
    # a party alone
    ({"a": "Army"}, {}, {"army"}, (1, PARTY_ONLY)),
    # parties only, however many
    ({"a": "Army", "b": "Rebels"}, {}, {"army", "rebels"}, (2, PARTY_ONLY)),
    # a party and an independent origin: corroborated
    ({"a": "Army", "b": "Red Cross"}, {}, {"army"}, (2, CORROBORATED)),
    # one wire story quoting a party and a non-party: one origin, not a party's
    ({"a": "Army", "b": "Red Cross"}, {"a": "AP", "b": "AP"}, {"army"}, (1, SINGLE_SOURCE)),
    # one wire story quoting two parties: party-only
    ({"a": "Army", "b": "Rebels"}, {"a": "AP", "b": "AP"}, {"army", "rebels"}, (1, PARTY_ONLY)),
]


@pytest.mark.parametrize(("claims", "wires", "parties", "expected"), CASES)
def test_support(
    claims: dict[str, str], wires: dict[str, str], parties: set[str], expected: tuple
) -> None:
    origins = Origins(frozenset(parties), wires, {c: claims[c] for c in wires})
    # positions list each claimant once (the engine's claimants): give them deduplicated
    shown: dict[str, str] = {}
    for who in claims.values():
        shown.setdefault(who.casefold(), who)
    got = support(claims, shown.values(), origins)
    assert (got.origins, got.grade) == expected
    assert got.claims == len(claims)


def test_a_relayed_copy_is_no_origin_of_its_own() -> None:
    facts = [
        fig("a", "Ministry", 100, 100),
        fig("b", "Outlet", 100, 100, relays="a"),
        fig("c", "Rebels", 900, 900),
    ]
    report = analyse(facts)
    assert len(report.conflicts) == 1
    grades = assess(report, Origins(wires={"b": "AP"}, claimants={"b": "Outlet"}))
    assert [(s.claims, s.origins) for s in grades.conflicts[0]] == [(2, 1), (1, 1)]


@pytest.mark.parametrize(
    ("parties", "grades", "bounds"),
    [
        (set(), [SINGLE_SOURCE, CORROBORATED], (10, 1000, 400, 1000)),
        ({"ngo a", "ngo b"}, [SINGLE_SOURCE, PARTY_ONLY], (10, 1000, None, None)),
        ({"army"}, [PARTY_ONLY, CORROBORATED], (10, 1000, 400, 1000)),
    ],
)
def test_grades_and_bounds_of_a_figure_dispute(
    parties: set[str], grades: list[str], bounds: tuple
) -> None:
    facts = [fig("a", "Army", 10, 12), fig("b", "NGO A", 400, 1000), fig("c", "NGO B", 500, 900)]
    report = analyse(facts)
    got = assess(report, Origins(frozenset(parties)))
    assert [s.grade for s in got.conflicts[0]] == grades
    assert tuple(got.bounds[0]) == bounds


def test_an_unbounded_position_leaves_the_bounds_open() -> None:
    report = analyse([fig("a", "X", 10, 10), Fact("b", "Y", "figure", "deaths", 500, None,
                                                   None, None, None)])  # fmt: skip
    got = assess(report)
    assert tuple(got.bounds[0]) == (10, None, None, None)


def test_every_position_party_only_is_said() -> None:
    facts = [stn("a", "Army", "affirms"), stn("b", "Rebels", "denies")]
    report = analyse(facts)
    doc = decorate(report_to_json("s", report), assess(report, Origins(frozenset({"army",
                                                                                  "rebels"}))))  # fmt: skip
    (stance,) = [c for c in doc["conflicts"] if c["kind"] == "stance"]
    assert stance["party_only"] is True
    assert [p["grade"] for p in stance["positions"]] == [PARTY_ONLY, PARTY_ONLY]


def _report_with_everything():
    facts = [
        fig("a", "Army", 10, 12),
        fig("b", "NGO A", 400, 1000),
        fig("b2", "NGO A", 40, 40),
        stn("s1", "Army", "affirms"),
        stn("s2", "Army", "denies"),
        stn("s3", "Red Cross", "affirms"),
        Fact("r1", "Army", "figure", "toll", 100, 100, None, "2024-01-01", "2024-01-01"),
        Fact("r2", "Army", "figure", "toll", 10, 10, None, "2024-01-05", "2024-01-05"),
        Fact("r3", "Red Cross", "figure", "toll", 4, 4, None, "2024-01-09", "2024-01-09"),
    ]
    return analyse(facts, cumulative={"toll"})


@pytest.mark.parametrize("origins", [NO_ORIGINS, Origins(frozenset({"army"}), {"b": "AP"},
                                                         {"b": "NGO A"})])  # fmt: skip
def test_the_fast_json_line_is_the_decorated_json_byte_for_byte(origins: Origins) -> None:
    report = _report_with_everything()
    assert {type(c).__name__ for c in report.conflicts} >= {"FigureConflict", "StanceConflict",
                                                           "Revision", "Reversal"}  # fmt: skip
    assert any(getattr(c, "falls", ()) for c in report.conflicts)  # a fall inside a dispute
    grades = assess(report, origins)
    expected = json.dumps(decorate(report_to_json("s", report), grades), ensure_ascii=False)
    assert report_json_line("s", report, notes(report, grades)) == expected
    if origins is NO_ORIGINS:  # the hot path writes the same without an assessment
        assert report_json_line("s", report, plain_notes(report)) == expected


# claims whose quotes pass on unnamed people (evidence15), as ``with_citing`` gives them: the
# --all --json hot path (``plain_notes``) grades their findings as the assessment does
_CITED = {"a": "Army", "b": "NGO A", "b2": "NGO A", "s1": "Army", "s3": "Red Cross",
          "r1": "Army", "r3": "Red Cross"}  # fmt: skip


@pytest.mark.parametrize("cited", [("a",), ("b2",), ("s3",), ("s1", "s3"), ("r1", "r3"),
                                   tuple(_CITED)])  # fmt: skip
def test_the_fast_json_line_grades_claims_passing_on_unnamed_people(cited: tuple) -> None:
    report = _report_with_everything()
    origins = Origins(claimants={c: _CITED[c] for c in cited},
                      cites={c: "survivors said" for c in cited})  # fmt: skip
    grades = assess(report, origins)
    expected = json.dumps(decorate(report_to_json("s", report), grades), ensure_ascii=False)
    assert report_json_line("s", report, plain_notes(report, None, origins)) == expected


# -- the commands ----------------------------------------------------------------------------


def _ok(result) -> str:
    assert result.exit_code == 0, result.output
    return result.stdout


WIRE_STORY = [
    {"record": "source", "url": "https://example.org/a", "outlet": "Paper A", "wire": "AP",
     "reported_on": "2026-03-01"},
    {"record": "source", "url": "https://example.org/b", "outlet": "Paper B", "wire": "AP",
     "reported_on": "2026-03-01"},
    {"record": "source", "url": "https://example.org/c", "outlet": "Paper C"},
]  # fmt: skip


def _claims(sources: list[str]) -> list[dict]:
    high = {"subject": "m", "kind": "figure", "measure": "crowd", "value": "more than a million"}
    low = {"subject": "m", "kind": "figure", "measure": "crowd", "value": "about 400,000"}
    # each figure in its quote (quotes31: one imported unchecked would add no origin)
    return [
        high | {"id": "h1", "claimant": "Organisers", "quote": "q1: more than a million",
                "source": sources[0]},
        high | {"id": "h2", "claimant": "Legal committee", "quote": "q2: more than a million",
                "source": sources[1]},
        low | {"id": "l1", "claimant": "Park Service", "quote": "q3: about 400,000",
               "source": sources[0]},
        low | {"id": "l2", "claimant": "Park Service", "quote": "q4: about 400,000",
               "source": sources[1]},
    ]  # fmt: skip


def test_conflicts_counts_one_agency_story_once(ct, tmp_path: Path) -> None:
    _ok(ct("import", str(write_jsonl(tmp_path / "s.jsonl", WIRE_STORY))))
    ids = [s["id"] for s in json.loads(_ok(ct("sources", "--json")))]
    by_url = {s["url"]: s["id"] for s in json.loads(_ok(ct("sources", "--json")))}
    assert len(ids) == 3
    a, b = by_url["https://example.org/a"], by_url["https://example.org/b"]
    _ok(ct("import", str(write_jsonl(tmp_path / "c.jsonl", _claims([a, b])))))
    doc = json.loads(_ok(ct("conflicts", "m", "--json")))
    low, high = doc["conflicts"][0]["positions"]
    assert (low["origins"], low["grade"]) == (1, SINGLE_SOURCE)  # one claimant, two copies
    assert (high["origins"], high["grade"]) == (1, SINGLE_SOURCE)  # two claimants, one story
    assert doc["conflicts"][0]["bounds"] == {
        "low": 360000, "high": None, "corroborated_low": None, "corroborated_high": None,
    }  # fmt: skip
    # the organisers are a party to the march: the high position rests on them alone ...
    for name in ("Organisers", "Legal committee"):
        _ok(ct("claimant", name, "--role", "other", "--party", "m"))
    doc = json.loads(_ok(ct("conflicts", "m", "--json")))
    assert doc["conflicts"][0]["positions"][1]["grade"] == PARTY_ONLY
    text = _ok(ct("conflicts", "m"))
    assert (
        "position 2: 2 claims from Legal committee and Organisers, 1 independent origin (Legal "
        "committee and Organisers carry one AP story): party-only" in " ".join(text.split())
    )
    assert "position 1: 2 claims from Park Service, 1 independent origin: single-source" in text
    # --all --json (the fast line) says the same
    everything = json.loads(_ok(ct("conflicts", "--all", "--json")))
    # a subject of --all is the subject's document, whose version the envelope gives
    assert everything["subjects"][0] | {"format_version": everything["format_version"]} == doc


def test_claimant_role_and_parties_travel_with_export(ct, tmp_path: Path) -> None:
    _ok(ct("import", str(write_jsonl(tmp_path / "s.jsonl", WIRE_STORY))))
    by_url = {s["url"]: s["id"] for s in json.loads(_ok(ct("sources", "--json")))}
    sources = [by_url["https://example.org/a"], by_url["https://example.org/b"]]
    _ok(ct("import", str(write_jsonl(tmp_path / "c.jsonl", _claims(sources)))))
    shown = json.loads(_ok(ct("claimant", "Park Service", "--role", "government", "--party",
                              "m", "--json")))  # fmt: skip
    assert (shown["role"], shown["party_to"]) == ("government", ["m"])
    shown = json.loads(_ok(ct("claimant", "Park Service", "--not-party", "m", "--json")))
    assert (shown["role"], shown["party_to"]) == ("government", [])
    _ok(ct("claimant", "Organisers", "--party", "m", "--kind", "organization"))
    exported = _ok(ct("export"))
    claimants = [json.loads(x) for x in exported.splitlines() if '"claimant"' in x[:22]]
    assert claimants == [
        {"record": "claimant", "name": "Organisers", "kind": "organization", "parties": ["m"]},
        {"record": "claimant", "name": "Park Service", "role": "government"},
    ]
    fresh = tmp_path / "fresh.db"
    _ok(ct("init", "--empty", str(fresh)))
    (tmp_path / "e.jsonl").write_text(exported, encoding="utf-8")
    _ok(ct("import", str(tmp_path / "e.jsonl"), db=fresh))
    assert _ok(ct("export", db=fresh)) == exported


def test_every_role_the_cli_offers_is_a_registry_role(ct, tmp_path: Path) -> None:
    """The command's choices and the record format's list are one list: each role set with
    `claimant --role` is shown, exported and read back by `import`."""
    from typing import get_args

    from claimtrack.cli.names import Role
    from claimtrack.registry import ROLES

    assert get_args(Role) == ROLES
    assert {"union", "political-party"} <= set(ROLES)  # a strike's or an election's claimants
    _ok(ct("import", str(write_jsonl(tmp_path / "s.jsonl", WIRE_STORY))))
    by_url = {s["url"]: s["id"] for s in json.loads(_ok(ct("sources", "--json")))}
    _ok(ct("import", str(write_jsonl(tmp_path / "c.jsonl", _claims(list(by_url.values()))))))
    for role in ROLES:
        shown = json.loads(_ok(ct("claimant", "Organisers", "--role", role, "--json")))
        assert shown["role"] == role
        exported = [json.loads(x) for x in _ok(ct("export")).splitlines() if '"claimant"' in x[:22]]
        assert exported == [{"record": "claimant", "name": "Organisers", "role": role}]


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--role", "king"], 2, "'king' is not one of"),
        (["--party", "m", "--not-party", "m"], 2, "both --party and --not-party"),
    ],
)
def test_claimant_refuses_bad_roles_and_subjects(
    ct, tmp_path: Path, args: list[str], code: int, message: str
) -> None:
    _ok(ct("import", str(write_jsonl(tmp_path / "c.jsonl", _claims([None, None])))))
    result = ct("claimant", "Organisers", *args)
    assert result.exit_code == code, result.output
    assert message in result.output


@pytest.mark.parametrize(
    ("record", "problem"),
    [
        ({"record": "claimant", "name": "X"}, "kind: required field is missing"),
        ({"record": "claimant", "name": "X", "role": "king"}, "role: must be one of"),
        ({"record": "claimant", "name": "X", "parties": []}, "parties: must be a non-empty list"),
        ({"record": "claimant", "name": "X", "parties": ["Not A Slug"]}, "parties: must be a slug"),
    ],
)
def test_bad_claimant_records(ct, tmp_path: Path, record: dict, problem: str) -> None:
    result = ct("import", str(write_jsonl(tmp_path / "r.jsonl", [record])))
    assert result.exit_code == 2
    assert problem in result.stderr


# -- definitions and comparisons ------------------------------------------------------------


def mfig(cid: str, who: str, measure: str, low, high, rounding=0, dimension="count") -> Fact:
    return Fact(cid, who, "figure", measure, low, high, None, None, None,
                dimension=dimension, rounding=rounding)  # fmt: skip


@pytest.mark.parametrize(
    ("facts", "text", "ratio"),
    [
        # an official count against an estimate: "4.7 million" read as 4.65-4.75 million
        ([mfig("a", "Ministry", "recorded", 481486, 481486),
          mfig("b", "WHO", "excess", 4.7e6, 4.7e6, rounding=50000)],
         "excess is 9.7-9.9x recorded", (9.7, 9.9)),
        # whichever way round the pair is given, the larger answer is second
        ([mfig("a", "WHO", "excess", 1000, 1000), mfig("b", "Ministry", "recorded", 100, 100)],
         "excess is 10x recorded", (10, 10)),
        # an open-ended figure: at least
        ([mfig("a", "X", "recorded", 100, 100), mfig("b", "Y", "excess", 1000, None)],
         "excess is at least 10x recorded", (10, None)),
        # several figures on one measure: their span
        ([mfig("a", "X", "recorded", 100, 120), mfig("c", "Z", "recorded", 90, 90),
          mfig("b", "Y", "excess", 900, 960)],
         "excess is 7.5-10.7x recorded", (7.5, 10.7)),
        # other dimensions: no ratio
        ([mfig("a", "X", "recorded", 100, 100), mfig("b", "Y", "excess", 5, 5, dimension="share")],
         "recorded and excess have no figures of one dimension to compare", None),
        # a measure with no figure
        ([mfig("a", "X", "recorded", 100, 100)],
         "recorded and excess have no figures of one dimension to compare", None),
    ],
)  # fmt: skip
def test_compare(facts: list[Fact], text: str, ratio: tuple | None) -> None:
    (c,) = compare(facts, [("recorded", "excess")])
    assert ratio_text(c) == text
    got = comparison_json(c)["ratio"]
    assert (None if got is None else (got["low"], got["high"])) == ratio


def tfig(cid: str, who: str, measure: str, low: float, when: str, high: float | None = -1) -> Fact:
    return Fact(cid, who, "figure", measure, low, low if high == -1 else high, None, when, None)


@pytest.mark.parametrize(
    ("facts", "text", "times"),
    [
        # a count that rose over a year against estimates of other times: the latest moment
        # both share (a month and a day in it are one), never the span of the whole year
        ([tfig("o1", "Gov", "recorded", 16, "2017-10-03"),
          tfig("o2", "Gov", "recorded", 64, "2017-12"),
          tfig("o3", "Gov", "recorded", 2975, "2018-08-28"),
          tfig("e1", "NYT", "excess", 1052, "2017-10-31"),
          tfig("e2", "Harvard", "excess", 4645, "2017-12-31"),
          tfig("e3", "GWU", "excess", 2975, "2018-02-28")],
         "excess is 72.6x recorded (of 2017-12-31 and 2017-12)", ("2017-12", "2017-12-31")),
        # the same day on both: that day
        ([tfig("o1", "Gov", "recorded", 100, "2021-03-01"),
          tfig("e1", "WHO", "excess", 1000, "2021-03-01")],
         "excess is 10x recorded (of 2021-03-01)", ("2021-03-01", "2021-03-01")),
        # no moment in common: no ratio, and why
        ([tfig("o1", "Gov", "recorded", 100, "2021-03-01"),
          tfig("e1", "WHO", "excess", 1000, "2021-04-01")],
         "recorded and excess: no figures of one time to compare (a running count)", None),
    ],
)  # fmt: skip
def test_a_running_count_is_compared_at_one_moment(
    facts: list[Fact], text: str, times: tuple | None
) -> None:
    (c,) = compare(facts, [("recorded", "excess")], cumulative={"recorded"})
    assert ratio_text(c) == text
    doc = comparison_json(c)
    assert doc["comparable"] is (times is not None)
    if times is not None:
        assert tuple(m["time"] for m in doc["measures"]) == times
    else:
        assert doc["why_not"] == "no figures of one time to compare (a running count)"
    # not cumulative: figures of several moments (as_of) are compared at one as well; all of
    # one moment, they are compared whole, no time said
    (plain,) = compare(facts, [("recorded", "excess")])
    plain_doc = comparison_json(plain)
    assert plain_doc["comparable"] is (times is not None)
    if len({f.as_of for f in facts}) == 1:
        assert "time" not in plain_doc["measures"][0]
    elif times is not None:
        assert tuple(m["time"] for m in plain_doc["measures"]) == times


def test_figures_on_alternative_measures_are_never_disputed(ct, tmp_path: Path) -> None:
    claims = [
        {"id": "a", "subject": "s", "claimant": "Ministry", "quote": "q", "kind": "figure",
         "measure": "recorded-deaths", "value": "481,486"},
        {"id": "b", "subject": "s", "claimant": "WHO", "quote": "q", "kind": "figure",
         "measure": "excess-deaths", "value": "4.7 million"},
    ]  # fmt: skip
    _ok(ct("import", str(write_jsonl(tmp_path / "c.jsonl", claims))))
    _ok(ct("measure", "s", "recorded-deaths", "--defined-as", "deaths recorded  as Covid-19"))
    _ok(ct("relate", "s", "excess-deaths", "--alternative-to", "recorded-deaths"))
    doc = json.loads(_ok(ct("conflicts", "s", "--json", "--fail-on-conflict")))
    assert doc["conflicts"] == []
    assert doc["definitions"] == {"recorded-deaths": "deaths recorded as Covid-19"}
    (comparison,) = doc["comparisons"]
    assert [m["measure"] for m in comparison["measures"]] == ["recorded-deaths", "excess-deaths"]
    assert comparison["ratio"] == {"low": 9.7, "high": 9.9}
    text = _ok(ct("conflicts", "s"))
    assert "Different definitions (two answers to one question, not a dispute):" in text
    assert "excess-deaths is 9.7-9.9x recorded-deaths" in text
    info = json.loads(_ok(ct("measure", "s", "recorded-deaths", "--json")))
    assert info["defined_as"] == "deaths recorded as Covid-19"
    assert info["alternatives"] == ["excess-deaths"]
    # export and import carry both
    exported = _ok(ct("export"))
    assert {"record": "alternative", "subject": "s",
            "measures": ["excess-deaths", "recorded-deaths"]} in [
        json.loads(x) for x in exported.splitlines()
    ]  # fmt: skip
    fresh = tmp_path / "fresh.db"
    _ok(ct("init", "--empty", str(fresh)))
    (tmp_path / "e.jsonl").write_text(exported, encoding="utf-8")
    _ok(ct("import", str(tmp_path / "e.jsonl"), db=fresh))
    assert _ok(ct("export", db=fresh)) == exported
    # removing them
    _ok(ct("measure", "s", "recorded-deaths", "--defined-as", ""))
    _ok(ct("relate", "s", "excess-deaths", "--alternative-to", "recorded-deaths", "--remove"))
    doc = json.loads(_ok(ct("conflicts", "s", "--json")))
    assert (doc["comparisons"], doc["definitions"]) == ([], {})


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["excess-deaths", "--alternative-to", "excess-deaths"], 2, "not an alternative to itself"),
        (["excess-deaths", "--alternative-to", "nothing"], 1, "no figures on measure 'nothing'"),
        (["excess-deaths", "--alternative-to", "recorded-deaths", "--sum-of", "x"], 2,
         "give --sum-of or --alternative-to, not both"),
        (["excess-deaths", "--alternative-to", "recorded-deaths", "--remove"], 1,
         "are not recorded as alternatives"),
    ],
)  # fmt: skip
def test_relate_alternative_refusals(
    ct, tmp_path: Path, args: list[str], code: int, message: str
) -> None:
    claims = [
        {"id": "a", "subject": "s", "claimant": "M", "quote": "q", "kind": "figure",
         "measure": "recorded-deaths", "value": "481,486"},
        {"id": "b", "subject": "s", "claimant": "W", "quote": "q", "kind": "figure",
         "measure": "excess-deaths", "value": "4.7 million"},
    ]  # fmt: skip
    _ok(ct("import", str(write_jsonl(tmp_path / "c.jsonl", claims))))
    result = ct("relate", "s", *args)
    assert result.exit_code == code, result.output
    assert message in result.output


@pytest.mark.parametrize(
    ("record", "problem"),
    [
        ({"record": "alternative", "subject": "s", "measures": ["a"]}, "measures: must be a list of two"),
        ({"record": "alternative", "subject": "s", "measures": ["a", "a"]}, "not an alternative to itself"),
        ({"record": "measure", "subject": "s", "measure": "m", "defined_as": " "}, "defined_as: must be non-empty"),
    ],
)  # fmt: skip
def test_bad_definition_records(ct, tmp_path: Path, record: dict, problem: str) -> None:
    result = ct("import", str(write_jsonl(tmp_path / "r.jsonl", [record])))
    assert result.exit_code == 2
    assert problem in result.stderr


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["A", "a", "B", "C (x)", "c x", "D", "Residents", "Bo Ta", "BoTa"]),
            st.sampled_from(["m1", "m2"]),
            st.integers(0, 2000),
            st.integers(0, 2000),
            st.sampled_from(["affirms", "denies", None]),
        ),
        max_size=14,
    )
)
def test_the_hot_path_notes_are_the_assessment(rows: list[tuple]) -> None:
    """Property: for a subject with no wire and no party, the fan-out's notes (straight from
    the findings) write what the full assessment writes."""
    facts = []
    for i, (who, topic, a, b, side) in enumerate(rows):
        if side is None:
            facts.append(Fact(f"f{i}", who, "figure", topic, min(a, b), max(a, b), None,
                              None, None))  # fmt: skip
        else:
            facts.append(Fact(f"s{i}", who, "stance", topic, None, None, side, None, None))
    report = analyse(facts, cumulative={"m2"}, sums=[SumRelation("m1", ("m2", "m3"))])
    expected = report_json_line("s", report, notes(report, assess(report)))
    assert report_json_line("s", report, plain_notes(report)) == expected


def test_the_sheet_and_the_text_carry_the_definition(ct, tmp_path: Path) -> None:
    import csv

    claims = [
        {"id": "a", "subject": "s", "claimant": "Ministry", "quote": "q", "kind": "figure",
         "measure": "deaths", "value": "40"},
        {"id": "b", "subject": "s", "claimant": "Red Cross", "quote": "q", "kind": "figure",
         "measure": "deaths", "value": "more than 60"},
    ]  # fmt: skip
    _ok(ct("import", str(write_jsonl(tmp_path / "c.jsonl", claims))))
    _ok(ct("measure", "s", "deaths", "--defined-as", "bodies recovered"))
    out = tmp_path / "sheet.csv"
    _ok(ct("conflicts", "s", "--csv", str(out)))
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert [(r["claim_id"], r["origins"], r["grade"], r["definition"]) for r in rows] == [
        ("a", "1", SINGLE_SOURCE, "bodies recovered"),
        ("b", "1", SINGLE_SOURCE, "bodies recovered"),
    ]
    assert "deaths: bodies recovered" in _ok(ct("conflicts", "s"))


def test_all_shows_a_subject_with_a_comparison_and_no_conflict(ct, tmp_path: Path) -> None:
    claims = [
        {"id": "a", "subject": "s", "claimant": "M", "quote": "q", "kind": "figure",
         "measure": "recorded-deaths", "value": "481,486"},
        {"id": "b", "subject": "s", "claimant": "W", "quote": "q", "kind": "figure",
         "measure": "excess-deaths", "value": "4.7 million"},
        {"id": "c", "subject": "t", "claimant": "M", "quote": "q", "kind": "figure",
         "measure": "deaths", "value": "40"},
    ]  # fmt: skip
    _ok(ct("import", str(write_jsonl(tmp_path / "c.jsonl", claims))))
    _ok(ct("relate", "s", "excess-deaths", "--alternative-to", "recorded-deaths"))
    doc = json.loads(_ok(ct("conflicts", "--all", "--json", "--fail-on-conflict")))
    assert [x["subject"] for x in doc["subjects"]] == ["s"]
    one = json.loads(_ok(ct("conflicts", "s", "--json")))
    assert doc["subjects"][0] | {"format_version": doc["format_version"]} == one
    assert "excess-deaths is 9.7-9.9x recorded-deaths" in _ok(ct("conflicts", "--all"))
