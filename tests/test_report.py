"""claimtrack report / timeline / claimants --record: content, escaping, snapshots.

Snapshots: tests/snapshots/ holds the sample's Markdown report and the text of its HTML report.
After a deliberate change, regenerate them with
    CLAIMTRACK_UPDATE_SNAPSHOTS=1 .venv/bin/pytest -q tests/test_report.py -k snapshot
and review the diff before committing.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from claimtrack.cli import app
from claimtrack.reportdoc import md_escape

from reportcheck import ACTIVE, Page, norm

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = ROOT / "tests" / "fixtures" / "hostile.jsonl"
SNAPSHOTS = ROOT / "tests" / "snapshots"


def hostile_records() -> list[dict]:
    return [json.loads(x) for x in HOSTILE.read_text(encoding="utf-8").splitlines() if x]


@pytest.fixture
def hostile_db(ct, empty_db: Path) -> Path:
    result = ct("import", str(HOSTILE), "--new")
    assert result.exit_code == 0, result.output
    result = ct(
        "review",
        "h-img",
        "--rating",
        "False",
        "--reviewer",
        "Desk </script><script>alert(7)</script>",
        "--url",
        "https://factcheck.example/x?<y>",
    )
    assert result.exit_code == 0, result.output
    return empty_db


def report(runner, db: Path, *args: str) -> str:
    result = runner.invoke(app, ["--db", str(db), "report", *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def check_page(html: str, records: list[dict]) -> Page:
    """What every report page must satisfy; returns the parsed page for more checks."""
    page = Page(html)
    assert page.scripts in ([], ["application/ld+json"]), page.scripts
    assert {t: page.tags.get(t, 0) for t in ACTIVE if t != "script"} == {
        t: 0 for t in ACTIVE if t != "script"
    }
    assert page.handlers == []
    for href in page.hrefs:
        assert href.startswith(("#", "https://", "http://")), href
    text = page.text
    for r in records:
        if r.get("record"):
            continue
        assert norm(r["quote"]) in text, r["id"]
    return page


def test_hostile_html_is_inert_and_shows_every_quote(runner, hostile_db: Path) -> None:
    records = hostile_records()
    assert check_page(report(runner, hostile_db, "hostile-text"), records).scripts == []
    html = report(runner, hostile_db, "hostile-text", "--claimreview", "h-img")
    page = check_page(html, records)
    assert page.scripts == ["application/ld+json"]
    # The JSON-LD cannot be closed early, and says the same as the export.
    body = html.split('<script type="application/ld+json">')[1].split("</script>")[0]
    assert "<" not in body
    assert json.loads(body)["author"]["name"].startswith("Desk </script>")
    # javascript:, data: and mixed-case schemes are shown as text, never linked.
    assert not any(h.lower().startswith(("javascript:", "data:")) for h in page.hrefs)
    assert "javascript:alert(1)" in page.text and "JaVaScRiPt:alert(5)" in page.text
    # One bar per claim in the figure chart.
    figures = sorted(r["id"] for r in records if r["kind"] == "figure")
    assert sorted(page.bars) == sorted(figures + figures)  # dispute chart + timeline chart
    assert "Content-Security-Policy" in html and "default-src 'none'" in html


def test_sample_html_has_a_bar_per_figure_claim_and_every_quote(runner, sample_db: Path) -> None:
    from conftest import sample_claims

    html = report(runner, sample_db, "raqqa-convoy")
    claims = [c for c in sample_claims() if c["subject"] == "raqqa-convoy"]
    page = check_page(html, claims)
    assert page.tags.get("svg", 0) >= 1
    assert "<details" not in html.split('id="timeline"')[1].split("</ol>")[0]


def test_hostile_markdown_escapes_user_text(runner, hostile_db: Path) -> None:
    md = report(runner, hostile_db, "hostile-text", "--format", "md")
    import re

    # Every "<" of user text is escaped; the template's own <br> (in table cells) is the only tag.
    assert set(re.findall(r"<[^>]*>", md)) <= {"<br>"}
    assert "&lt;img src=x onerror=alert(1)&gt;" in md
    # Rendered as a CMS would (CommonMark with tables, raw HTML allowed): nothing active,
    # no heading or link from user text, every table row keeps its six cells.
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark", {"html": True}).enable("table").render(md)
    page = Page(html)
    assert {t: page.tags.get(t, 0) for t in ACTIVE} == {t: 0 for t in ACTIVE}
    assert page.handlers == []
    assert all(h.startswith("https://") for h in page.hrefs), page.hrefs
    assert page.tags["h1"] == 1 and "Heading claimant" not in html.split("<h")[-1][:40]
    rows = html.split("<h2>Timeline</h2>")[1].split("</table>")[0].split("<tr>")[2:]
    assert len(rows) == 5 and all(r.count("<td>") == 6 for r in rows)
    for r in hostile_records():
        assert norm(r["quote"]) in page.text, r["id"]
    assert "[Evil &#124; Pipe](https://example.org/a?b=%3Cc%3E&d=%22e%22)" in md


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plain words", "plain words"),
        ("# heading", "\\# heading"),
        ("- item", "\\- item"),
        ("1. first", "1\\. first"),
        ("> quote", "&gt; quote"),
        ("===", "&#61;=="),
        ("a | b", "a &#124; b"),
        ("`code`", "\\`code\\`"),
        ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"),
        ("[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))"),
        ("*bold* _it_ ~s~", "\\*bold\\* \\_it\\_ &#126;s&#126;"),
        ("a\nb\n\n# c", "a b # c"),
        ("&lt;", "&amp;lt;"),
        ("\u202eevil", "\u2068\u202eevil\u202c\u2069"),  # isolated, its override closed
        ("عربي", "\u2068عربي\u2069"),
        ("back\\slash", "back\\\\slash"),
        ("US-led = 250", "US-led = 250"),
    ],
)
def test_md_escape(text: str, expected: str) -> None:
    assert md_escape(text) == expected


def test_report_writes_files_and_all_subjects(runner, sample_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.md"
    result = runner.invoke(app, ["--db", str(sample_db), "report", "raqqa-convoy", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("# raqqa-convoy: claimtrack report")
    target = tmp_path / "reports"
    result = runner.invoke(app, ["--db", str(sample_db), "report", "--all", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in target.iterdir()) == [
        "raqqa-convoy.html",
        "syria-isis-prison-escapes.html",
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["report"], "error: give a SUBJECT (or --all for every subject)"),
        (["report", "raqqa-convoy", "--all"], "error: give a SUBJECT or --all, not both"),
        (["report", "--all"], "error: --all writes one file per subject: give -o DIRECTORY"),
        (["report", "no-such"], "error: no claims on subject 'no-such'"),
        (["report", "raqqa-convoy", "--format", "pdf"], "Invalid value for '--format'"),
        (["claimants", "--record"], "error: --record needs a SUBJECT"),
        (["timeline", "no-such"], "error: no claims on subject 'no-such'"),
    ],
)
def test_refusals(runner, sample_db: Path, args: list[str], message: str) -> None:
    result = runner.invoke(app, ["--db", str(sample_db), *args])
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output


def test_report_all_refuses_a_file_as_directory(runner, sample_db: Path, tmp_path: Path) -> None:
    f = tmp_path / "file.txt"
    f.write_text("x")
    result = runner.invoke(app, ["--db", str(sample_db), "report", "--all", "-o", str(f)])
    assert result.exit_code == 2
    assert f"error: -o {f}: not a directory" in result.output


def test_timeline_json_orders_by_date_and_flags_reported(ct) -> None:
    from conftest import figure, write_jsonl

    path = write_jsonl(
        Path(os.environ["HOME"]) / "t.jsonl",
        [
            figure(id="a", said_on="2017-10-14", value="some 250"),
            figure(id="b", reported_on="2017-10", claimant="BBC", value="hundreds"),
            figure(id="c", claimant="Raqqa24", value="3,500", quote="3,500 left"),
        ],
    )
    assert ct("import", str(path)).exit_code == 0
    result = ct("timeline", "raqqa-convoy", "--json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [(r["id"], r["date"], r["date_is"], r["interval"]) for r in rows] == [
        ("a", "2017-10-14", "said_on", "225–275"),
        ("b", "2017-10", "reported_on", "200–999"),  # a month after its days (papercuts4)
        ("c", None, None, "3,450–3,550"),
    ]
    assert rows[0] | {"quote": None} == {
        "date": "2017-10-14",
        "date_is": "said_on",
        "id": "a",
        "claimant": "Syrian Democratic Forces",
        "kind": "figure",
        "measure": "fighters-evacuated",
        "value": "some 250",
        "low": 225,
        "high": 275,
        "unit": None,
        "as_of": None,
        "interval": "225–275",
        "quote": None,
        "outlet": None,
        "relays": None,
    }
    table = ct("timeline", "raqqa-convoy")
    assert table.exit_code == 0 and "reported" in table.stdout


def test_claimant_record_counts_lone_sides_retractions_and_verdicts(ct) -> None:
    from conftest import figure, stance, write_jsonl

    path = write_jsonl(
        Path(os.environ["HOME"]) / "r.jsonl",
        [
            figure(id="sdf", value="a few dozen"),
            figure(id="bbc", claimant="BBC", value="hundreds", quote="hundreds left"),
            figure(id="us", claimant="Coalition", value="some 250", quote="some 250 left"),
            stance(id="s1", claimant="Coalition", said_on="2017-10-01", stance="affirms"),
            stance(id="s2", claimant="Coalition", said_on="2017-11-01", quote="we were not"),
            stance(id="old", claimant="BBC", quote="withdrawn", stance="affirms"),
        ],
    )
    assert ct("import", str(path), "--new").exit_code == 0
    assert ct("retract", "old").exit_code == 0
    assert ct("review", "sdf", "--rating", "False").exit_code == 0
    result = ct("claimants", "raqqa-convoy", "--record", "--json")
    assert result.exit_code == 0, result.output
    got = {r["claimant"]: r for r in json.loads(result.stdout)["claimants"]}
    sdf, bbc, us = got["Syrian Democratic Forces"], got["BBC"], got["Coalition"]
    assert (sdf["figure_disputes"], sdf["alone_in_figure_disputes"]) == (1, 1)
    assert (bbc["figure_disputes"], bbc["alone_in_figure_disputes"]) == (1, 0)
    assert (us["figure_disputes"], us["alone_in_figure_disputes"]) == (1, 0)
    assert bbc["retracted"] == 1 and bbc["claims"] == 2
    assert [v["rating"] for v in sdf["verdicts"]] == ["False"]
    assert [r["title"] for r in us["reversals"]] == [
        "Reversal: Coalition changed position on proposition coalition-took-part-in-negotiations"
    ]
    shown = ct("claimants", "raqqa-convoy", "--record")
    assert shown.exit_code == 0 and "alone on one side in 1 of 1" in shown.stdout


def _snapshot(name: str, text: str) -> None:
    path = SNAPSHOTS / name
    if os.environ.get("CLAIMTRACK_UPDATE_SNAPSHOTS"):
        path.write_text(text, encoding="utf-8")
    expected = path.read_text(encoding="utf-8")
    assert text == expected, (
        f"{name} changed: if on purpose, CLAIMTRACK_UPDATE_SNAPSHOTS=1 pytest -k snapshot"
    )


def test_snapshot_sample_markdown(runner, sample_db: Path) -> None:
    _snapshot("raqqa-convoy.md", report(runner, sample_db, "raqqa-convoy", "--format", "md"))


def test_snapshot_sample_html_text(runner, sample_db: Path) -> None:
    _snapshot("raqqa-convoy.html.txt", Page(report(runner, sample_db, "raqqa-convoy")).lines())


@pytest.mark.slow  # starts a process (tests/conftest.py: process tests are slow)
def test_jinja_is_not_imported_by_other_commands(runner, sample_db: Path) -> None:
    import subprocess
    import sys

    code = (
        "import sys; from claimtrack.cli import app; "
        "assert 'jinja2' not in sys.modules and 'claimtrack.reportdoc' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.slow
def test_conflicts_loads_no_html_reader(sample_db: Path) -> None:
    """`conflicts` grades origins by agency (``wires``) without loading ``articles`` and the
    standard library's HTML parser it reads pages with: evidence5 had put the agencies'
    names there, and every `conflicts` run paid for the parser (+23 M instructions)."""
    import subprocess
    import sys

    code = (
        "import sys; from claimtrack.cli import main; sys.argv = ['claimtrack', '--db', "
        f"{str(sample_db)!r}, 'conflicts', 'raqqa-convoy', '--json']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "bad = [m for m in ('html.parser', 'claimtrack.articles') if m in sys.modules]\n"
        "assert not bad and 'claimtrack.wires' in sys.modules, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)


def test_record_and_report_fold_aliases(ct, empty_db: Path, runner) -> None:
    from conftest import figure, write_jsonl

    path = write_jsonl(
        Path(os.environ["HOME"]) / "a.jsonl",
        [
            figure(id="long", value="a few dozen"),
            figure(id="short", claimant="SDF", value="some 40", quote="some 40 left"),
            figure(id="bbc", claimant="BBC", value="hundreds", quote="hundreds left"),
        ],
    )
    assert ct("import", str(path), "--new").exit_code == 0
    assert ct("alias", "SDF", "--same-as", "Syrian Democratic Forces").exit_code == 0
    got = json.loads(ct("claimants", "raqqa-convoy", "--record", "--json").stdout)
    sdf = got["claimants"][0]
    assert (sdf["claimant"], sdf["aliases"], sdf["claims"]) == (
        "Syrian Democratic Forces",
        ["SDF"],
        2,
    )
    assert sdf["alone_in_figure_disputes"] == 1
    html = report(runner, empty_db, "raqqa-convoy")
    assert "(as <bdi>SDF</bdi>)" in html


def test_report_shows_grades_verified_quotes_and_snapshot_hashes(ct, tmp_path: Path) -> None:
    """Issue #26: each position's support, the bounds, a verified (or not found) quote and
    the hashes of the snapshots the quotes were checked against."""
    import hashlib

    from conftest import figure, write_jsonl

    article = tmp_path / "a.txt"
    article.write_text("Officials said only a few dozen fighters had been able to leave.",
                       encoding="utf-8")  # fmt: skip
    src = ct("source", "add", "https://example.org/a", "--outlet", "Paper",
             "--snapshot", str(article)).stdout.strip()  # fmt: skip
    claims = [
        figure(id="sdf", source=src),
        figure(id="bbc", claimant="BBC", value="hundreds", quote="hundreds of fighters",
               source=src),
        figure(id="us", claimant="Coalition", value="some 250", quote="some 250 left"),
    ]  # fmt: skip
    assert ct("import", str(write_jsonl(tmp_path / "c.jsonl", claims))).exit_code == 0
    result = ct("report", "raqqa-convoy", "--format", "md")
    assert result.exit_code == 0, result.output
    md = result.stdout
    sha = hashlib.sha256(article.read_bytes()).hexdigest()
    assert "1 claim from Syrian Democratic Forces, 1 independent origin: single-source" in md
    assert "2 claims from BBC and Coalition, 2 independent origins: corroborated" in md
    assert "The sources span 24–999; the corroborated positions span 200–999." in md
    assert "`sdf` · quote verified" in md
    assert "`bbc` · **quote not found in the snapshot**" in md
    assert f"Paper `{src}` version 1: `{sha}`" in md
