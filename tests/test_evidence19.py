"""evidence19: one body speaking through several people is one origin where the engine can
know it (its voices' names give one body, or the story's claims give them as one body's
speakers); copies of one agency's day whose figures fit each other are one story, not
"different figures"; a claim's URL names its page's source on every write path (add, edit,
import), by one rule (``sources.page_source``). Pure rule tables in our own words with near
misses, and the commands through the CLI on temp databases."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from claimtrack.conflicts import Fact
from claimtrack.evidence import Origins, WireCopy, named_body, support, with_speakers
from claimtrack.sources import page_source, source_id

# -- the body a voice's name gives -----------------------------------------------------------

BODIES: list[tuple[str, str]] = [
    ("Interior Ministry spokesman Pavel Dorn", "interior ministry"),
    ("Pavel Dorn, Interior Ministry spokesman", "interior ministry"),
    ("Interior Ministry's spokeswoman Ana Lis", "interior ministry"),
    ("Police press office", "police"),
    ("Police chief John Ode", "police"),
    ("Harbour Police Department deputy spokesperson", "harbour police department"),
    ("Army chief of staff General Ray", "army"),
    ("WHO Director-General Ana Sol", "who"),
    ("head of Scotland Yard", "scotland yard"),  # the body after its "of" (the story's)
    ("spokesman for the Interior Ministry", "interior ministry"),
    ("Metropolitan Police Commissioner Cressida Dick", "metropolitan police"),
    ("Metropolitan Police Assistant Commissioner Mark Rowley", "metropolitan police"),
    ("Assistant Commissioner Mark Rowley", ""),  # a rank and a title: no body
    # near misses: no body before the voice, a rank alone, a former voice, no voice word
    ("Chief Secretary PK Jena", ""),
    ("a spokesman", ""),
    ("deputy spokesman Ali", ""),
    ("Former Interior Ministry spokesman Ivo Pek", ""),
    ("Interior Minister Pavel Dorn", ""),
    ("Red Cross", ""),
]


@pytest.mark.parametrize(("name", "body"), BODIES)
def test_the_body_a_voices_name_gives(name: str, body: str) -> None:
    assert named_body(name) == body


def _graded(
    claimants: list[str], spoken: list[tuple[str, str]] = (), others: list[str] = ()
) -> tuple[int, str, list[str]]:
    """(origins, grade, joins) of one position holding a claim of each of ``claimants``;
    ``spoken`` (body, speaker) of claims elsewhere in the story, by ``others`` (claimants
    that stand on no position here)."""
    ids = [f"c{i}" for i in range(len(claimants))]
    bodies = {"head of the yard": "City Police"} if "head of the Yard" in claimants else {}
    facts = [Fact(i, c, "figure", "deaths", 40, 40, None, None, None)
             for i, c in zip(ids, claimants, strict=True)]  # fmt: skip
    facts += [Fact(f"o{i}", c, "figure", "deaths", 9, 9, None, None, None)
              for i, c in enumerate(others)]  # fmt: skip
    origins = with_speakers(
        Origins(claimants=dict(zip(ids, claimants, strict=True)), bodies=bodies),
        facts,
        list(spoken),
    )
    got = support(ids, sorted(set(claimants), key=str.casefold), origins, distinct=True)
    return got.origins, got.grade, list(got.joins)


_BY_NAMES = "speak for one body by their names"
MINISTRY = ("Interior Ministry", "Pavel Dorn")
# (claimants of one position, (body, speaker) pairs elsewhere, claimants elsewhere) -> origins,
# the words of the join (None: nothing said)
VOICES: list[tuple[list[str], list[tuple[str, str]], list[str], int, str | None]] = [
    # a ministry's two spokespeople, named with it: one origin (before: 2, corroborated, and
    # nothing said of the ministry's name standing in both)
    (["Ministry of Health spokesman Sam Ode", "Ministry of Health spokeswoman Ivy Ray"], [], [],
     1, f"Ministry of Health spokesman Sam Ode and Ministry of Health spokeswoman Ivy Ray "
        f"{_BY_NAMES} (Ministry of Health): one origin"),
    # a police force's press office and its chief
    (["Police press office", "Police chief John Ode"], [], [], 1,
     f"Police chief John Ode and Police press office {_BY_NAMES} (Police): one origin"),
    # two spokesmen logged under their own names, each the ministry's speaker elsewhere in the
    # story, the ministry on no position here (before: joined only beside the ministry)
    (["Pavel Dorn", "Ana Lis"], [MINISTRY, ("Interior Ministry", "Ana Lis")],
     ["Interior Ministry"], 1, "Ana Lis and Pavel Dorn speak for Interior Ministry: one origin"),
    # one logged by his name, the ministry's speaker elsewhere; the other named with it
    (["Pavel Dorn", "Interior Ministry spokeswoman Ana Lis"], [MINISTRY], ["Interior Ministry"],
     1, "Interior Ministry spokeswoman Ana Lis and Pavel Dorn speak for Interior Ministry: one "
        "origin"),
    # a voice the user gave its body (claimant --of) beside one whose name gives it (the
    # London Bridge story: "head of Scotland Yard" --of the Met, and its commissioner)
    (["head of the Yard", "City Police Commissioner Ana Sol"], [], [], 1,
     "City Police Commissioner Ana Sol and head of the Yard speak for City Police: one origin"),
    # near misses: two bodies' spokesmen, one ministry's spokesman and another's, a former
    # spokesman, a speaker of two bodies' claims standing beside a third claimant
    (["Red Cross spokesman Al Bo", "Red Crescent spokeswoman Cy Do"], [], [], 2, None),
    (["Gaza Health Ministry spokesman A", "Israeli Health Ministry spokesman B"], [], [], 2,
     None),
    (["Pavel Dorn", "Ana Lis"], [MINISTRY, ("Defence Ministry", "Ana Lis")],
     ["Interior Ministry", "Defence Ministry"], 2, None),
    (["Pavel Dorn", "Ana Lis"], [MINISTRY], ["Interior Ministry"], 2, None),
]  # fmt: skip


@pytest.mark.parametrize(("claimants", "spoken", "others", "origins", "said"), VOICES)
def test_the_voices_of_one_body_are_one_origin(
    claimants: list[str],
    spoken: list[tuple[str, str]],
    others: list[str],
    origins: int,
    said: str | None,
) -> None:
    n, grade, joins = _graded(claimants, spoken, others)
    assert n == origins
    assert grade == ("single-source" if origins == 1 else "corroborated")
    if said is None:
        assert not any(_BY_NAMES in j or " speak for " in j for j in joins), joins
    else:
        assert said in joins


# -- copies of one agency's day whose figures fit each other ---------------------------------

_ONE = "Interior minister and Sea charity carry one AP story"
_DIFFER = (
    "Interior minister and Sea charity carry AP reports of 2023-06-15 that give different "
    "figures (an update, or two stories of one day): one agency's, counted once"
)
# (the figure of each of two copies of one day, as stored) -> what is said
COPIES: list[tuple[str, str, str]] = [
    ("deaths=2000.0..", "deaths=2060.0..2060.0", _ONE),  # "more than 2,000" holds 2,060
    ("deaths=540.0..660.0", "deaths=600.0..600.0", _ONE),  # "about 600" holds 600
    ("deaths=79.0..", "deaths=79.0..79.0", _ONE),  # (as before) "at least 79" and 79
    ("deaths=79.0..79.0", "deaths=79.0..79.0", _ONE),
    # near misses: two exact figures apart, two hedged figures that only meet, a bound that
    # does not hold the other
    ("deaths=2053.0..2053.0", "deaths=2060.0..2060.0", _DIFFER),
    ("deaths=675.0..825.0", "deaths=630.0..770.0", _DIFFER),
    ("deaths=2100.0..", "deaths=2060.0..2060.0", _DIFFER),
]


@pytest.mark.parametrize(("one", "other", "said"), COPIES)
def test_copies_whose_figures_fit_are_one_story(one: str, other: str, said: str) -> None:
    got = support(
        ["a", "b"],
        ["Interior minister", "Sea charity"],
        Origins(
            wires={"a": "AP", "b": "AP"},
            claimants={"a": "Sea charity", "b": "Interior minister"},
            copies={
                "a": WireCopy("2023-06-15", False, one),
                "b": WireCopy("2023-06-15", False, other),
            },
        ),
        distinct=True,
    )
    assert (got.origins, list(got.joins)) == (1, [said])


# -- the page a URL names: one rule for add, edit and import ----------------------------------

A = "https://paper-a.example/story"
PAGES: list[tuple[str | None, str | None, set[str], str]] = [
    (A, "Paper A", {source_id(A, "", None, None)}, "linked"),  # a stored source's address
    (A, None, {source_id(A, "", None, None)}, "linked"),  # ... its outlet not needed
    (A, "Paper A", set(), "registered"),  # a new address with its outlet
    (A, None, set(), "none"),  # no outlet: the address stays on the claim
    ("paper-a.example/story", "Paper A", set(), "none"),  # not an http(s) address
    ("", "Paper A", set(), "none"),
    (None, "Paper A", set(), "none"),
]


@pytest.mark.parametrize(("url", "outlet", "stored", "found"), PAGES)
def test_the_page_a_url_names(
    url: str | None, outlet: str | None, stored: set[str], found: str
) -> None:
    got = page_source(url, outlet, "2025-03-04", stored.__contains__)
    if found == "none":
        assert got is None
        return
    assert got is not None
    sid, record = got
    assert sid == source_id(url, "", None, None)
    assert (record is None) == (found == "linked")
    if record is not None:
        assert record == {"id": sid, "url": url, "outlet": outlet, "reported_on": "2025-03-04"}


def _ok(result: Any) -> Any:
    assert result.exit_code == 0, result.output
    return result


def _sources(ct: Any) -> dict[str, dict[str, Any]]:
    return {s["url"]: s for s in json.loads(_ok(ct("sources", "--json")).stdout)}


def _add(ct: Any, cid: str, who: str, figure: str, *more: str) -> Any:
    return ct("add", "flood", "--id", cid, "--claimant", who, "--quote", f"{figure} died",
              "--figure", figure, "--measure", "deaths", "--new", *more)  # fmt: skip


def test_edit_url_links_or_registers_the_page(ct: Any) -> None:
    """Before, `edit --url` left the claim no source's, whatever the address."""
    _ok(ct("source", "add", A, "--outlet", "Paper A", "--reported-on", "2025-03-04",
           "--wire", "AP"))  # fmt: skip
    _ok(_add(ct, "a1", "Police", "40", "--outlet", "Paper A"))
    said = _ok(ct("edit", "a1", "--url", A))
    sid = _sources(ct)[A]["id"]
    assert f"Read from source {sid} (Paper A)" in said.output
    shown = json.loads(_ok(ct("show", "a1", "--json")).stdout)
    assert (shown["source"], shown["reported_on"]) == (sid, "2025-03-04")
    # a new address with the claim's outlet: registered in the same write
    _ok(_add(ct, "b1", "Mayor", "45", "--outlet", "Paper B"))
    said = _ok(ct("edit", "b1", "--url", "https://paper-b.example/x"))
    page = _sources(ct)["https://paper-b.example/x"]
    assert (page["outlet"], page["claims"]) == ("Paper B", 1)
    assert f"Registered https://paper-b.example/x as source {page['id']}" in said.output
    # the stored page's outlet given otherwise is refused, as add --url refuses it
    _ok(_add(ct, "c1", "Union", "50", "--outlet", "TV One"))
    refused = ct("edit", "c1", "--url", A)
    assert refused.exit_code == 2 and "conflicts with source" in refused.output
    assert "source" not in json.loads(_ok(ct("show", "c1", "--json")).stdout)


def test_import_links_or_registers_the_page(ct: Any, tmp_path: Path) -> None:
    """Before, an imported claim with a URL and no source id was no source's: `sources` did
    not list its page, and a page stored with its wire stayed a second origin."""
    _ok(ct("source", "add", A, "--outlet", "Paper A", "--reported-on", "2025-03-04",
           "--wire", "AP"))  # fmt: skip
    fig = {"subject": "flood", "kind": "figure", "measure": "deaths"}
    lines = [
        fig | {"claimant": "Police", "quote": "40 died", "value": "40", "url": A},
        fig | {"claimant": "Mayor", "quote": "41 died", "value": "41",
               "url": "https://paper-c.example/y", "outlet": "Paper C"},
        # another outlet than the stored page's: kept as given, no source (not refused)
        fig | {"claimant": "Union", "quote": "90 died", "value": "90", "url": A,
               "outlet": "TV One"},
    ]  # fmt: skip
    path = tmp_path / "i.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    first = json.loads(_ok(ct("import", str(path), "--json")).stdout)
    assert (first["added"], first["linked_by_url"], first["sources_registered_by_url"]) == (
        3, 2, 1)  # fmt: skip
    pages = _sources(ct)
    assert pages[A]["claims"] == 1 and pages["https://paper-c.example/y"]["claims"] == 1
    # the same file again changes nothing
    again = json.loads(_ok(ct("import", str(path), "--json")).stdout)
    assert (again["added"], again["unchanged"]) == (0, 3)
    claims = {r["claimant"]: r for r in json.loads(_ok(ct("list", "flood", "--json")).stdout)}
    assert claims["Police"]["source"] == pages[A]["id"]
    assert claims["Police"]["outlet"] == "Paper A"  # filled from the page, as --source does
    assert "source" not in claims["Union"]


def test_import_pages_across_batches(
    ct: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page an import registers is written with its batch and forgotten after it (a million
    addresses no longer held in memory: the import's peak fell from 352 MB to 175 MB at 1M):
    a later line naming the same address, in the same batch or a later one, links to it, and
    the page is registered once."""
    from claimtrack.store import _importer

    monkeypatch.setattr(_importer, "BATCH", 2)
    fig = {"subject": "flood", "kind": "figure", "measure": "deaths"}
    page = "https://paper-d.example/z"
    lines = [
        fig | {"claimant": "Police", "quote": "40 died", "value": "40", "url": page,
               "outlet": "Paper D"},
        fig | {"claimant": "Mayor", "quote": "41 died", "value": "41", "url": page},
        fig | {"claimant": "Union", "quote": "42 died", "value": "42",
               "url": "https://paper-e.example/q", "outlet": "Paper E"},
        fig | {"claimant": "Army", "quote": "43 died", "value": "43", "url": page},
        fig | {"claimant": "Court", "quote": "44 died", "value": "44", "url": page,
               "outlet": "TV One"},
    ]  # fmt: skip
    path = tmp_path / "i.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    out = json.loads(_ok(ct("import", str(path), "--json")).stdout)
    assert (out["added"], out["linked_by_url"], out["sources_registered_by_url"]) == (5, 4, 2)
    pages = _sources(ct)
    assert pages[page]["claims"] == 3 and pages["https://paper-e.example/q"]["claims"] == 1
    claims = {r["claimant"]: r for r in json.loads(_ok(ct("list", "flood", "--json")).stdout)}
    assert claims["Army"]["source"] == pages[page]["id"]
    assert claims["Army"]["outlet"] == "Paper D"  # filled from the page a batch before
    assert "source" not in claims["Court"]  # another outlet than the stored page's
    again = json.loads(_ok(ct("import", str(path), "--json")).stdout)
    assert (again["added"], again["unchanged"]) == (0, 5)
