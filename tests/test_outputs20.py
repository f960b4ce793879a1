"""A train crash's toll over days, read as a stranger (outputs20): the Balasore crash of June
2023 (``tests/fixtures/balasore-crash-2023.jsonl``, short quotes of the news reports).

- the report's timeline and retracted claims said a figure without its measure ("“13” = 13");
  now each names it, as the timeline's folded lines did;
- ``show`` and both reports said a retracted claim "retracted" and not why (the reason only in
  ``history``): now ``show`` has a row "why" and the reports "retracted: REASON";
- a relay's claimant was listed in `claimants --record` and the report's claimants table as
  taking part in the dispute it relays into, like a source ("#1", "alone on one side in 0 of
  1"): now "#1 (relaying)", no figure dispute of its own;
- every finding's numbers, dates and caveats are the same in the terminal's table, the JSON,
  the sheet (csv module), both reports (Markdown lines, ``html.parser``) and ClaimReview (the export by ``json``, the
  report's JSON-LD by ``html.parser``).
"""

from __future__ import annotations

import csv
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SUBJECT = "balasore-crash-2023"
sys.path.insert(0, str(ROOT / "scripts"))
from capture_runs import BALASORE_288  # noqa: E402


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.ld: list[str] = []
        self._ld = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._ld = tag == "script" and ("type", "application/ld+json") in attrs

    def handle_endtag(self, tag: str) -> None:
        self._ld = False

    def handle_data(self, data: str) -> None:
        (self.ld if self._ld else self.text).append(data)


def _squash(text: str) -> str:
    return " ".join(text.split())


def _bare(text: str) -> str:
    """Text with no white space (the HTML's elements split its words' spaces apart)."""
    return "".join(text.split())


@pytest.fixture
def story(ct):
    for args in (
        ["import", str(ROOT / "tests" / "fixtures" / f"{SUBJECT}.jsonl")],
        ["measure", SUBJECT, "deaths", "--cumulative"],
        ["retract", "bc-state-288", "--reason", BALASORE_288],
        ["review", "bc-state-275", "--rating", "Accurate", "--reviewer", "Desk", "--url",
         "https://example.org/fc/balasore"],
    ):  # fmt: skip
        result = ct(*args)
        assert result.exit_code == 0, result.output
    return ct


def test_the_timeline_names_each_figures_measure(story) -> None:
    md = story("report", SUBJECT, "--format", "md").stdout
    rows = {
        cells[-1]: cells[2]
        for row in md.split("## Timeline", 1)[1].splitlines()
        if len(cells := [x.strip() for x in row.strip().strip("|").split(" | ")]) == 6
    }
    assert rows["bc-signal-failures"] == "signalling-failure-incidents “13” = 13"
    assert rows["bc-ex-gratia"] == "ex-gratia-per-death “Rs 10 lakh” ≈ ₹0.95–1.05 m"
    assert rows["bc-rail-failure"] == "affirms signal-failure-caused-crash"
    assert "- **Odisha government** (Pramila Mallick, revenue minister): deaths “288” = 288" in md
    page = _Page()
    page.feed(story("report", SUBJECT, "-o", "-").stdout)
    text = _bare("".join(page.text))
    assert _bare("Ashwini Vaishnaw (railway minister, written reply to the Rajya Sabha)") in text
    assert _bare(": signalling-failure-incidents “13” = 13") in text
    assert _bare(": bodies-trapped “40-50” = 40–50") in text


def test_both_reports_say_why_a_claim_was_retracted(story) -> None:
    md = story("report", SUBJECT, "--format", "md").stdout
    assert f"`bc-state-288` · **retracted**: {BALASORE_288}" in md
    page = _Page()
    page.feed(story("report", SUBJECT, "-o", "-").stdout)
    assert _bare(f"bc-state-288 · retracted: {BALASORE_288}") in _bare("".join(page.text))


def test_a_relay_is_no_party_to_the_dispute_it_relays_into(story) -> None:
    """The Tribune's one claim relays the state's 275: `claimants --record`, its JSON and the
    report's claimants table name the dispute as its relay's, with no side of its own."""
    record = story("claimants", SUBJECT, "--record").stdout
    tribune = record.split("\nThe Tribune\n", 1)[1].splitlines()
    assert tribune[1].split(None, 1) == [
        "disputes",
        "1. Disputed figure: deaths (order not known): 2 positions, spread 1.1x (relaying)",
    ]
    assert not any(x.split()[:1] == ["alone"] for x in tribune[:4])
    doc = json.loads(story("claimants", SUBJECT, "--record", "--json").stdout)
    by_name = {r["claimant"]: r for r in doc["claimants"]}
    assert by_name["The Tribune"]["disputes"] == [
        {
            "finding": 1,
            "title": "Disputed figure: deaths (order not known): 2 positions, spread 1.1x",
            "relaying": True,
        }
    ]
    assert by_name["The Tribune"]["figure_disputes"] == 0
    assert by_name["Odisha government"]["disputes"][0] == {
        "finding": 1,
        "title": "Disputed figure: deaths (order not known): 2 positions, spread 1.1x",
    }
    md = story("report", SUBJECT, "--format", "md").stdout
    (row,) = [x for x in md.splitlines() if x.startswith("| The Tribune | 1 (")]
    assert row.split(" | ")[2:4] == ["\\#1 (relaying)", ""]


def test_show_says_why_a_claim_was_retracted(story) -> None:
    lines = story("show", "bc-state-288").stdout.splitlines()
    at = next(k for k, x in enumerate(lines) if x.startswith("status"))
    assert lines[at].split() == ["status", "retracted"]
    assert _squash(" ".join(x[13:] for x in lines[at + 1 : at + 3])) == BALASORE_288
    assert lines[at + 1].startswith("why ")
    assert not any(x.startswith("why ") for x in story("show", "bc-state-275").stdout.splitlines())


def test_every_finding_the_same_in_every_output(story, tmp_path: Path) -> None:
    doc = json.loads(story("conflicts", SUBJECT, "--json").stdout)
    records = {r["id"]: r for r in json.loads(story("list", SUBJECT, "--json").stdout)}
    terminal = _squash(story("conflicts", SUBJECT, "--full").stdout)
    md = _squash(story("report", SUBJECT, "--format", "md").stdout)
    page = _Page()
    page.feed(story("report", SUBJECT, "-o", "-").stdout)
    html = _bare("".join(page.text))
    sheet = tmp_path / "sheet.csv"
    assert story("conflicts", SUBJECT, "--csv", str(sheet)).exit_code == 0
    with sheet.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    kinds = [f["kind"] for f in doc["conflicts"]]
    assert kinds == ["figure", "stance", "reversal"]
    assert [r["conflict"] for r in rows] == [
        *["figure:deaths (order not known)"] * 6,
        *["stance:signal-failure-caused-crash"] * 2,
        *["reversal:Indian Railways:signal-failure-caused-crash"] * 2,
    ]
    figure = doc["conflicts"][0]
    # the numbers: each position's range, the same in the JSON, the sheet and both reports
    spans = [(p["low"], p["high"]) for p in figure["positions"]]
    assert spans == [(233, 233), (261, 288)]
    for r in rows[:6]:
        assert r["range"] in ("233", "261–288")
    for text in (terminal, md):
        assert "spread 1.1x" in text and "the sources span 233–288" in text.replace(
            "The s", "the s"
        )
    assert _bare("the sources span 233–288") in html.replace("Thes", "thes")
    assert "Position 2: 261–288 (5 claims)" in md and _bare("Position 2: 261–288") in html
    # each claim: its figure, its date and what it relays, the same in every output
    for r in rows[:6]:
        rec = records[r["claim_id"]]
        assert (r["value"], r["said_on"], r["reported_on"]) == (
            rec["value"],
            rec.get("said_on") or "",
            rec.get("reported_on") or "",
        )
        date = rec.get("said_on") or rec["reported_on"]
        said = f"reported {date}" if not rec.get("said_on") else date
        assert rec["quote"] in md and said in md and said in terminal  # (a table's cells wrap)
        assert _bare(rec["quote"]) in html and _bare(said) in html
        assert f"“{rec['value']}” = {rec['value']}" in md
        if rec.get("relays"):
            assert r["relays"] == rec["relays"] == "bc-state-275"
            note = "relaying bc-state-275: an echo: not counted as a source"
            assert note in md and _bare(note) in html and note in r["caveats"]
            assert "(relaying" in terminal
    # the caveats: each line the sheet gives the finding is in the terminal and both reports
    caveats = {x for r in rows[:6] for x in r["caveats"].split("\n") if x}
    assert caveats, rows[0]
    for line in caveats - {"relaying bc-state-275: an echo: not counted as a source"}:
        said = _squash(line)
        assert said in terminal and said in md.replace("\\_", "_"), line
        assert _bare(said) in html, line
    assert figure["times_ordered"] is False and "(order not known)" in rows[0]["conflict"]
    heading = "Disputed figure: deaths (order not known): 2 positions, spread 1.1x"
    assert heading in terminal and heading in md and _bare(heading) in html
    # the reversal: its dates and stances, the same everywhere
    assert re.search(r"reported 2023-06-03: \**Indian Railways", md)
    assert "reported2023-06-03" in html
    assert "reported 2023-06-03 affirms" in terminal and "2023-06-04 denies" in terminal
    assert [(r["stance"], r["said_on"] or r["reported_on"]) for r in rows[-2:]] == [
        ("affirms", "2023-06-03"),
        ("denies", "2023-06-04"),
    ]
    # ClaimReview: the export's and the report's JSON-LD say the reviewed claim as the rest do
    export = json.loads(story("export", SUBJECT, "--format", "claimreview", "-o", "-").stdout)
    with_ld = _Page()
    with_ld.feed(story("report", SUBJECT, "--claimreview", "bc-state-275", "-o", "-").stdout)
    (embedded,) = [json.loads(x) for x in with_ld.ld if x.strip()]
    reviewed = [x for x in export if x["@type"] == "ClaimReview"]
    assert embedded == reviewed[0]  # the report's JSON-LD is the export's, word for word
    assert len(reviewed) == 1
    item = reviewed[0]["itemReviewed"]
    rec = records["bc-state-275"]
    assert (reviewed[0]["claimReviewed"], item["author"]["name"], item["datePublished"]) == (
        rec["quote"],
        "Odisha government",
        "2023-06-04",
    )
    assert item["appearance"]["publisher"]["name"] == r_outlet(rows, "bc-state-275")


def r_outlet(rows: list[dict[str, str]], claim: str) -> str:
    return next(r["outlet"] for r in rows if r["claim_id"] == claim)
