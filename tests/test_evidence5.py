"""Origins that are not independent (evidence5): an agency and the papers printing its story,
relays the engine judges as their own claims. The pure rule table first, then the commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimtrack.conflicts import Fact, analyse
from claimtrack.evidence import (
    CONTESTED,
    CORROBORATED,
    SINGLE_SOURCE,
    Origins,
    assess,
    support_text,
    with_relays,
)

from conftest import write_jsonl


def fig(cid: str, who: str, n: float, relays: str | None = None) -> Fact:
    return Fact(cid, who, "figure", "deaths", n, n, None, None, None, relays=relays)


def stn(cid: str, who: str, side: str, relays: str | None = None) -> Fact:
    return Fact(cid, who, "stance", "p", None, None, side, None, None, relays=relays)


# facts, retracted claims (id -> claimant) -> (origins, grade) of each position / side, in order
RELAYS = [
    # two papers print the mayor's denial as an affirmation: their relays rest on the mayor,
    # who says otherwise; before, "2 independent origins: contested, denied by Mayor"
    (
        [stn("m", "Mayor", "denies"), stn("b", "Paper B", "affirms", "m"),
         stn("c", "Paper C", "affirms", "m")],
        {},
        [(1, SINGLE_SOURCE), (1, SINGLE_SOURCE)],
    ),
    # ... beside a claimant of its own, the side rests on that one alone (not contested)
    (
        [stn("m", "Mayor", "denies"), stn("b", "Paper B", "affirms", "m"),
         stn("w", "Witness", "affirms")],
        {},
        [(1, SINGLE_SOURCE), (1, SINGLE_SOURCE)],
    ),
    # two claimants of their own stay two origins, and contested
    (
        [stn("m", "Mayor", "denies"), stn("w", "Witness", "affirms"),
         stn("v", "Vet", "affirms")],
        {},
        [(2, CONTESTED), (1, SINGLE_SOURCE)],
    ),
    # OCHA prints the Red Crescent's 400 as 40: the 40 rests on Witness alone
    (
        [fig("rc", "Red Crescent", 400), fig("o", "OCHA", 40, "rc"), fig("w", "Witness", 40)],
        {},
        [(1, SINGLE_SOURCE), (1, SINGLE_SOURCE)],
    ),
    # a relay that passes on the figure as given is an echo: folded, as before
    (
        [fig("rc", "Red Crescent", 400), fig("o", "OCHA", 400, "rc"), fig("w", "Witness", 40)],
        {},
        [(1, SINGLE_SOURCE), (1, SINGLE_SOURCE)],
    ),
    # a relay of a retracted claim adds no origin either
    (
        [fig("o", "OCHA", 40, "rc"), fig("w", "Witness", 40), fig("x", "Army", 900)],
        {"rc": "Red Crescent"},
        [(1, SINGLE_SOURCE), (1, SINGLE_SOURCE)],
    ),
    # a claimant with a claim of its own beside its relay is an origin
    (
        [fig("rc", "Red Crescent", 400), fig("o", "OCHA", 40, "rc"), fig("o2", "OCHA", 40),
         fig("w", "Witness", 40)],
        {},
        [(2, CORROBORATED), (1, SINGLE_SOURCE)],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("facts", "retracted", "expected"), RELAYS)
def test_a_relay_judged_as_its_own_claim_adds_no_origin(
    facts: list[Fact], retracted: dict[str, str], expected: list[tuple[int, str]]
) -> None:
    report = analyse(facts)
    assert len(report.conflicts) == 1
    origins = with_relays(Origins(), facts, lambda cid: (retracted[cid], "retracted"))
    got = assess(report, origins).conflicts[0]
    assert [(s.origins, s.grade) for s in got] == expected


def test_the_grade_line_says_what_the_relays_rest_on() -> None:
    facts = [stn("m", "Mayor", "denies"), stn("b", "Paper B", "affirms", "m"),
             stn("c", "Paper C", "affirms", "m")]  # fmt: skip
    report = analyse(facts)
    affirms = assess(report, with_relays(Origins(), facts)).conflicts[0][0]
    assert support_text(affirms, who=("Paper B", "Paper C")) == (
        "2 claims from Paper B and Paper C, 1 independent origin (Paper B and Paper C pass on "
        "Mayor's claim, changed: one origin at most, Mayor's): single-source"
    )
    facts = [fig("o", "OCHA", 40, "rc"), fig("w", "Witness", 40), fig("x", "Army", 900)]
    low = assess(analyse(facts), with_relays(Origins(), facts, lambda _: ("RC", "retracted")))
    assert support_text(low.conflicts[0][0], who=("OCHA", "Witness")) == (
        "2 claims from OCHA and Witness, 1 independent origin (OCHA passes on a retracted claim "
        "of RC: no origin of its own): single-source"
    )


def test_no_relay_no_new_origins() -> None:
    origins = Origins(wires={"a": "AP"}, claimants={"a": "X"})
    assert with_relays(origins, [fig("a", "X", 1), fig("b", "Y", 2)]) is origins


# -- the commands ----------------------------------------------------------------------------


def _ok(result) -> str:
    assert result.exit_code == 0, result.output
    return result.stdout


def _story(tmp_path: Path, sources: list[dict], claims: list[dict]) -> Path:
    return write_jsonl(tmp_path / "story.jsonl", sources + claims)


AGENCY = [
    # the agency's own page (its outlet an agency, no wire given) and two papers' copies
    {"record": "source", "url": "https://example.org/agency", "outlet": "Associated Press"},
    {"record": "source", "url": "https://example.org/a", "outlet": "Paper A", "wire": "AP"},
    {"record": "source", "url": "https://example.org/b", "outlet": "Paper B"},
]


def _claim(cid: str, who: str, url: str, value: str) -> dict:
    return {"id": cid, "subject": "quake", "kind": "figure", "measure": "deaths",
            "claimant": who, "quote": f"{value} people died", "value": value,
            "url": url, "outlet": "x"}  # fmt: skip


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        # the agency as claimant, and a paper printing its story: one origin (before: two,
        # corroborated)
        ([("h1", "Associated Press", "b"), ("h2", "Paper A", "a")], (1, SINGLE_SOURCE)),
        # a page of the agency itself carries its story: a claimant there and a paper's copy
        ([("h1", "Rescue official", "agency"), ("h2", "Paper A", "a")], (1, SINGLE_SOURCE)),
        # a paper of its own, beside the agency: two origins
        ([("h1", "Associated Press", "agency"), ("h2", "Paper B", "b")], (2, CORROBORATED)),
    ],
)
def test_an_agency_and_the_papers_printing_its_story_are_one_origin(
    ct, tmp_path: Path, claims: list[tuple[str, str, str]], expected: tuple[int, str]
) -> None:
    _ok(ct("import", str(write_jsonl(tmp_path / "s.jsonl", AGENCY))))
    by_url = {s["url"].rsplit("/", 1)[1]: s["id"] for s in json.loads(_ok(ct("sources", "--json")))}
    rows = [{**_claim(cid, who, "", "40"), "source": by_url[src]} for cid, who, src in claims] + [
        {**_claim("low", "Mayor", "", "4"), "source": by_url["b"]}
    ]
    for r in rows:
        del r["url"], r["outlet"]
    _ok(ct("import", str(write_jsonl(tmp_path / "c.jsonl", rows))))
    doc = json.loads(_ok(ct("conflicts", "quake", "--json")))
    high = doc["conflicts"][0]["positions"][1]
    assert (high["origins"], high["grade"]) == expected
    every = json.loads(_ok(ct("conflicts", "--all", "--json")))
    assert every["subjects"][0] | {"format_version": every["format_version"]} == doc


def test_conflicts_grades_a_changed_relay_as_no_origin(ct, tmp_path: Path) -> None:
    rows = [
        {"id": "m", "subject": "t", "kind": "stance", "proposition": "bodies", "stance": "denies",
         "claimant": "Mayor", "quote": "No bodies lie in the car park", "outlet": "X"},
        {"id": "b", "subject": "t", "kind": "stance", "proposition": "bodies", "stance": "affirms",
         "claimant": "Paper B", "quote": "Bodies lie there, the mayor said", "outlet": "B",
         "relays": "m"},
        {"id": "c", "subject": "t", "kind": "stance", "proposition": "bodies", "stance": "affirms",
         "claimant": "Paper C", "quote": "The mayor said bodies lie there", "outlet": "C",
         "relays": "m"},
    ]  # fmt: skip
    _ok(ct("import", str(write_jsonl(tmp_path / "c.jsonl", rows))))
    doc = json.loads(_ok(ct("conflicts", "t", "--json")))
    affirms = doc["conflicts"][0]["positions"][0]
    assert (affirms["origins"], affirms["grade"]) == (1, SINGLE_SOURCE)
    every = json.loads(_ok(ct("conflicts", "--all", "--json")))
    assert every["subjects"][0] | {"format_version": every["format_version"]} == doc
    text = " ".join(_ok(ct("conflicts", "t")).split())
    assert (
        "affirms: 2 claims from Paper B and Paper C, 1 independent origin (Paper B and Paper C "
        "pass on Mayor's claim, changed: one origin at most, Mayor's): single-source" in text
    )


def test_import_checks_a_claim_said_after_its_source_was_published(ct, tmp_path: Path) -> None:
    source = {"record": "source", "url": "https://example.org/a", "outlet": "Paper A",
              "reported_on": "2025-10-01"}  # fmt: skip
    _ok(ct("import", str(write_jsonl(tmp_path / "s.jsonl", [source]))))
    (src,) = json.loads(_ok(ct("sources", "--json")))
    rows = [
        {**_claim(cid, "Office", "", "69"), "source": src["id"], "said_on": said}
        for cid, said in (("late", "2025-10-09"), ("same-day", "2025-10-01"))
    ]
    for r in rows:
        del r["url"], r["outlet"]
    result = ct("import", str(write_jsonl(tmp_path / "c.jsonl", rows)), "--json")
    assert json.loads(_ok(result))["said_after_reported"] == 1
    assert "said_on 2025-10-09 is after reported_on 2025-10-01" in result.stderr
    assert "same-day" not in result.stderr


# -- quotes against snapshots ----------------------------------------------------------------

# (page, quote) -> status: what differs only in how a page is written is no misquote
SNAPSHOT_QUOTES = [
    # a <br> inside a paragraph is a line break, not a paragraph's end (before: "its words run
    # across two paragraphs of the page")
    ("<p>The mayor said 40 people<br>died in the fire.</p>", "40 people died in the fire",
     "verified"),
    ("<p>The mayor said 40 people<br/>\ndied in the fire.</p>", "40 people died in the fire",
     "verified"),
    # two in a row part paragraphs, as pages that write them so mean
    ("<div>The mayor said 40 people<br><br>died in the fire.</div>",
     "40 people died in the fire", "not-found"),
    ("<div>The mayor said 40 people<br> <br />died in the fire.</div>",
     "40 people died in the fire", "not-found"),
    # an accent written apart from its letter (NFD) on either side (before: not found)
    ("<p>Caf\u00e9 owners said the square was empty.</p>", "cafe\u0301 owners said", "verified"),
    ("<p>Cafe\u0301 owners said the square was empty.</p>", "caf\u00e9 owners said", "verified"),
    # ... but an accent left out is another word
    ("<p>Caf\u00e9 owners said the square was empty.</p>", "cafe owners said", "not-found"),
    ("<p>Cafe\u0301 owners said the square was empty.</p>", "cafe owners said", "not-found"),
    # other words stay a misquote
    ("<p>We are still in the golden hour, he said.</p>", "We're still in the golden hour",
     "not-found"),
]  # fmt: skip


@pytest.mark.parametrize(("page", "quote", "status"), SNAPSHOT_QUOTES)
def test_a_quote_against_a_page(page: str, quote: str, status: str) -> None:
    from claimtrack.snapshots import HTML, check_quote, prepare, snapshot_texts

    article, outside = snapshot_texts(page.encode(), HTML)
    assert check_quote(quote, prepare(article), prepare(outside)).status == status


def test_the_report_does_not_call_a_quote_given_to_another_verified(ct) -> None:
    fixtures = Path(__file__).parent / "fixtures" / "evidence"
    _ok(ct("source", "add", "https://example.org/millbrook", "--outlet", "Example Gazette",
           "--reported-on", "2026-11-20", "--snapshot", str(fixtures / "millbrook-v1.html")))  # fmt: skip
    _ok(ct("import", str(fixtures / "millbrook.jsonl")))
    lines = _ok(ct("report", "millbrook-cuts", "--format", "md")).splitlines()
    marks = {
        cid: line.split(f"`{cid}` · ", 1)[1]
        for line in lines
        for cid in ("mb-hale-400", "mb-reed-400")
        if f"`{cid}` · " in line
    }
    # verify: "check: the page gives these words to Tom Reed"; the report said "quote verified"
    assert marks == {
        "mb-hale-400": "**quote found, but the page gives these words to Tom Reed: check**",
        "mb-reed-400": "quote verified",
    }
    # and the grade line of their position counts them as logged, saying so (evidence6): "Ann
    # Hale and Tom Reed, 2 independent origins: corroborated" may be one man's words
    graded = [line for line in lines if "independent origin" in line]
    assert (
        "2 claims from Ann Hale and Tom Reed (Unison), 2 independent origins: corroborated (as "
        "logged; the page of mb-hale-400 gives its words to Tom Reed: check whose they are "
        "before counting them)" in graded
    )
    assert sum("as logged" in line for line in graded) == 1  # one origin: nothing to recount
