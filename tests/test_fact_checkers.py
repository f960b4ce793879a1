"""Fitting the fact-checker's world: search, verdicts, ClaimReview, CSV, CLI manners."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from claimtrack import __version__

from conftest import figure, stance


def load(ct, *records: dict) -> None:
    data = "".join(json.dumps(r) + "\n" for r in records)
    result = ct("import", "-", input=data)
    assert result.exit_code == 0, result.output


# -- search --------------------------------------------------------------------------------


def test_search_ranks_and_highlights(ct) -> None:
    load(
        ct,
        figure(id="a", quote="a secret deal, a secret deal, a secret deal that let fighters go"),
        figure(id="b", quote="the deal was never a secret", value="250"),
        stance(id="c", quote="unrelated words entirely"),
        *(stance(id=f"z{i}", quote=f"filler claim number {i}") for i in range(6)),
    )
    hits = json.loads(ct("search", "secret deal", "--json").stdout)
    assert [h["id"] for h in hits] == ["a", "b"]
    assert hits[0]["rank"] > hits[1]["rank"]
    assert "<mark>secret</mark> <mark>deal</mark>" in hits[0]["highlighted"]
    table = ct("search", "secret").stdout
    assert "a  raqqa-convoy" in table and "\x02" not in table


def test_search_stays_in_sync_after_edit_retract_and_purge(ct) -> None:
    load(ct, figure(id="a", quote="a few dozen in the convoy left at dawn"))
    assert [h["id"] for h in json.loads(ct("search", "dawn", "--json").stdout)] == ["a"]
    assert ct("edit", "a", "--quote", "a few dozen in the convoy left at dusk").exit_code == 0
    assert json.loads(ct("search", "dawn", "--json").stdout) == []
    assert [h["id"] for h in json.loads(ct("search", "dusk", "--json").stdout)] == ["a"]
    assert ct("retract", "a").exit_code == 0
    assert json.loads(ct("search", "dusk", "--json").stdout) == []
    hits = json.loads(ct("search", "dusk", "--include-retracted", "--json").stdout)
    assert [(h["id"], h["status"]) for h in hits] == [("a", "retracted")]
    assert ct("retract", "a", "--purge").exit_code == 0
    assert json.loads(ct("search", "dusk", "--include-retracted", "--json").stdout) == []


def test_search_filters_by_subject_and_survives_odd_queries(ct) -> None:
    load(ct, figure(id="a", quote="convoy"), figure(id="b", subject="other", quote="convoy"))
    hits = json.loads(ct("search", "convoy", "--subject", "other", "--json").stdout)
    assert [h["id"] for h in hits] == ["b"]
    for query in ('"unbalanced', "AND", "NEAR(", "*"):
        result = ct("search", query)
        assert result.exit_code in (0, 2), result.output
        assert "Traceback" not in result.output
    assert ct("search", "   ").exit_code == 2


@pytest.mark.parametrize(
    ("query", "why"),
    [
        ('"unbalanced', "unterminated string"),
        ("AND", 'syntax error near "AND"'),
        ("convoy OR", "syntax error at its end"),
        ("*", "unknown special query"),
    ],
)
def test_a_search_fts5_cannot_read_says_why_and_how_to_write_one(ct, query, why) -> None:
    """Text that uses FTS5's syntax wrongly is one line saying why in plain words, with how
    phrases, prefixes and operators are written (it was SQLite's 'fts5: syntax error near ""'
    alone); in lower case the operators are words and are found."""
    load(ct, figure(id="a", quote="convoy or not"))
    ct("search", "convoy")  # (the first search after an import builds the index, and says so)
    result = ct("search", query)
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0] == f"error: cannot search for {query!r}: not a valid search ({why})"
    assert lines[1] == (
        'hint: "two words" finds a phrase and word* a prefix; AND, OR, NOT and NEAR in '
        "capitals join searches: write them in lower case to find the words"
    )
    hits = json.loads(ct("search", "convoy or", "--json").stdout)
    assert [h["id"] for h in hits] == ["a"]


# -- reviews and ClaimReview ---------------------------------------------------------------


def test_review_is_stored_and_shown(ct) -> None:
    load(ct, figure(id="a"))
    result = ct(
        "review",
        "a",
        "--rating",
        "False",
        "--url",
        "https://fc.example/a",
        "--reviewer",
        "Example Fact Check",
        "--finding",
        "The count was far higher.",
        "--summary",
        "Only a few dozen fighters left",
    )
    assert result.exit_code == 0, result.output
    shown = ct("show", "a").stdout
    assert "False · Example Fact Check · https://fc.example/a" in shown
    assert "summary: Only a few dozen fighters left" in shown
    assert "finding: The count was far higher." in shown
    data = json.loads(ct("show", "a", "--json").stdout)
    assert data["reviews"][0]["rating"] == "False"
    ct("review", "a", "--rating", "Misleading", "--url", "https://fc.example/a2")
    data = json.loads(ct("show", "a", "--json").stdout)
    assert [r["rating"] for r in data["reviews"]] == ["False", "Misleading"]  # history kept
    assert ct("review", "nope", "--rating", "False").exit_code == 1
    assert ct("review", "a", "--rating", "  ").exit_code == 2


def test_claimreview_export_has_required_and_recommended_fields(ct, tmp_path: Path) -> None:
    load(
        ct,
        figure(
            id="a",
            outlet="Mother Jones",
            url="https://mj.example/raqqa",
            said_on="2017-11-13",
            reported_on="2017-11-14",
            quote="Publicly, the SDF said that only a few dozen fighters had been able to leave, all of them locals.",
        ),
        figure(id="b", claimant="Other", value="250"),
        figure(id="c", claimant="Unreviewed", value="some 250"),
    )
    ct(
        "review",
        "a",
        "--rating",
        "False",
        "--url",
        "https://fc.example/raqqa",
        "--reviewer",
        "FC Desk",
    )
    ct("review", "b", "--rating", "True")  # no URL: reported, not silently dropped
    out = tmp_path / "cr.json"
    result = ct("export", "raqqa-convoy", "--format", "claimreview", "-o", str(out))
    assert result.exit_code == 1, result.output  # incomplete: refused, nothing written
    assert "b: the review has no URL" in result.stderr and not out.exists()
    result = ct(
        "export", "raqqa-convoy", "--format", "claimreview", "-o", str(out), "--skip-incomplete"
    )
    assert result.exit_code == 0, result.output
    assert "warning: left out b: the review has no URL" in result.stderr
    docs = json.loads(out.read_text())
    assert len(docs) == 1
    doc = docs[0]
    assert doc["@context"] == "https://schema.org" and doc["@type"] == "ClaimReview"
    assert doc["@id"] == "https://fc.example/raqqa#claim-a"
    assert doc["url"] == "https://fc.example/raqqa"
    assert doc["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 1,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": "False",
        "name": "False",
    }
    assert len(doc["claimReviewed"]) <= 75 and doc["claimReviewed"].endswith("…")
    assert doc["author"] == {"@type": "Organization", "name": "FC Desk"}
    assert len(doc["datePublished"]) == 10
    item = doc["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Organization", "name": "Syrian Democratic Forces"}
    assert item["datePublished"] == "2017-11-13"
    assert item["appearance"]["url"] == "https://mj.example/raqqa"
    assert item["appearance"]["publisher"]["name"] == "Mother Jones"
    assert item["firstAppearance"] == item["appearance"]


def test_claimreview_expands_as_json_ld() -> None:
    pyld = pytest.importorskip("pyld")
    from claimtrack.exports import claimreview_doc

    doc = claimreview_doc(
        figure(id="a", quote="short quote"),
        {"rating": "False", "url": "https://fc.example/x", "reviewed_at": "2026-11-21T00:00:00Z"},
    )
    doc["@context"] = {"@vocab": "https://schema.org/"}  # offline: no remote context fetch
    expanded = pyld.jsonld.expand(doc)
    assert expanded[0]["@type"] == ["https://schema.org/ClaimReview"]


# -- CSV export ----------------------------------------------------------------------------


def test_csv_export_writes_every_claim_safely(ct, tmp_path: Path) -> None:
    load(
        ct,
        figure(id="a", quote='=HYPERLINK("http://x","click")', note="+cmd", speaker="@me"),
        figure(id="b", quote="-2 is a number in text", value="250"),
        stance(id="c", quote="@handle said so"),
    )
    out = tmp_path / "all.csv"
    assert ct("export", "raqqa-convoy", "--format", "csv", "-o", str(out)).exit_code == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    by_id = {r["id"]: r for r in rows}
    assert set(by_id) == {"a", "b", "c"}
    assert by_id["a"]["quote"] == '\'=HYPERLINK("http://x","click")'
    assert by_id["a"]["note"] == "'+cmd" and by_id["a"]["speaker"] == "'@me"
    assert by_id["b"]["quote"] == "'-2 is a number in text"
    assert (by_id["b"]["low"], by_id["b"]["high"]) == ("250", "250")
    assert by_id["c"]["quote"] == "'@handle said so"


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("plain", "plain"),
        ("'tis the season", "''tis the season"),  # Gnumeric eats one: the text keeps its own
        ("'=1", "''=1"),
        ("it's", "it's"),
        ("", ""),
        (None, ""),
        (-5, -5),
        (2.0, 2),
        (2.5, 2.5),
        (True, "true"),
    ],
)
def test_safe_cell(value, cell) -> None:
    from claimtrack.exports import safe_cell

    assert safe_cell(value) == cell


def test_json_export_is_an_array_of_records(ct) -> None:
    load(ct, figure(id="a"), stance(id="b"))
    data = json.loads(ct("export", "--format", "json").stdout)
    assert [r["id"] for r in data] == ["a", "b"]
    assert json.loads(ct("list", "--json").stdout) == data


# -- CLI manners ---------------------------------------------------------------------------


def test_piped_output_is_plain_and_messages_go_to_stderr(ct, monkeypatch) -> None:
    load(ct, figure(id="a"))
    monkeypatch.setenv("FORCE_COLOR", "")
    result = ct("list")
    assert "\x1b[" not in result.stdout
    assert "1 claim\n" in result.stderr and "1 claim\n" not in result.stdout
    data = ct("list", "--json")
    json.loads(data.stdout)  # stdout is pure JSON
    assert data.stderr == ""


def run_cli(*args: str, **env: str) -> subprocess.CompletedProcess:
    e = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    e.update(env)
    return subprocess.run(
        [sys.executable, "-m", "claimtrack", *args], capture_output=True, text=True, env=e
    )


@pytest.mark.slow  # starts a process (tests/conftest.py: process tests are slow)
def test_python_dash_m_and_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout == f"claimtrack {__version__} (engine compiled: no)\n"


@pytest.mark.slow  # a process-level sweep: in .ci/run's slow pass, not README's fast command
def test_no_color_is_honoured_even_when_colour_is_forced(tmp_path: Path) -> None:
    db = str(tmp_path / "c.db")
    coloured = run_cli("--db", db, "conflicts", "raqqa-convoy", FORCE_COLOR="1")
    plain = run_cli("--db", db, "conflicts", "raqqa-convoy", FORCE_COLOR="1", NO_COLOR="1")
    assert plain.returncode == 0, plain.stderr
    assert colour_codes(plain.stdout) == set()
    assert coloured.returncode == 0
    assert colour_codes(coloured.stdout)  # forced colour does colour


def colour_codes(text: str) -> set[int]:
    """SGR colour parameters (foreground/background) in text; bold or italic are not colour."""
    import re

    codes = set()
    for params in re.findall(r"\x1b\[([0-9;]*)m", text):
        for p in params.split(";"):
            if p and (30 <= int(p) <= 49 or 90 <= int(p) <= 107):
                codes.add(int(p))
    return codes


def test_exit_codes(ct, sample_db: Path) -> None:
    assert ct("subjects", db=sample_db).exit_code == 0
    assert ct("show", "missing", db=sample_db).exit_code == 1
    assert ct("figure", "many").exit_code == 2
    assert ct("list", "--kind", "opinion", db=sample_db).exit_code == 2
    assert ct("conflicts", "raqqa-convoy", "--fail-on-conflict", db=sample_db).exit_code == 3


def test_completion_is_offered(runner) -> None:
    from claimtrack.cli import app

    result = runner.invoke(app, ["--help"])
    assert "--install-completion" in result.stdout
