"""Snapshots and `verify` (issue #26): quote matching, versions, hashes, export and import."""

from __future__ import annotations

import base64
import hashlib
import json
import zlib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.snapshots import (
    HTML,
    TEXT,
    check_quote,
    fold,
    make_snapshot,
    prepare,
    quote_parts,
    snapshot_text,
    unpack,
)
from claimtrack.wires import agency, wire_of

from conftest import SAMPLE, write_jsonl

ARTICLE = (
    "KABUL, Afghanistan — Officials said on Wednesday that “at least 140 civilians” died.\n\n"
    "The U.S. military’s own count was 20 to 30 civilians, a spokesman said, adding: "
    '"We regret   any loss of life." The ministry put the figure at 1,100 -- far higher.'
)
DOC = prepare(ARTICLE)


@pytest.mark.parametrize(
    ("quote", "status"),
    [
        ("at least 140 civilians", "verified"),  # curly quotes in the article dropped
        ('"At least 140 civilians" died', "verified"),  # case and marks folded
        ("The U.S. military's own count", "verified"),  # ’ against '
        ("We regret any loss of life.", "verified"),  # runs of spaces
        ("Afghanistan - Officials said", "verified"),  # — against -
        ("1,100 — far higher", "verified"),  # -- against —
        ("Officials said ... at least 140 civilians", "verified"),  # ellipsis: parts in order
        ("The U.S. military’s own count … a spokesman said", "verified"),
        ("a spokesman said [...] the figure at 1,100", "verified"),
        # parts from two paragraphs stitch two speakers' words: not a quote (audit13)
        ("Officials said … 20 to 30 civilians", "not-found"),
        ("Officials said [...] the figure at 1,100", "not-found"),
        ("[The] U.S. military’s own count was 20 to 30", "verified"),  # bracketed insertion
        ("20 to 30 civilians … Officials said", "not-found"),  # parts out of order
        ("at least 150 civilians", "not-found"),
        ("the figure at 100", "not-found"),  # not inside "1,100"
        ("the figure at 1,10", "not-found"),  # not a cut-off number
        ("regret all loss of life", "not-found"),
        ("...", "not-found"),  # nothing to look for
    ],
)
def test_quote_check(quote: str, status: str) -> None:
    assert check_quote(quote, DOC).status == status


def test_a_verified_quote_gives_the_words_of_the_article() -> None:
    found = check_quote("the u.s. military's own count", DOC)
    assert found.passage == "The U.S. military’s own count"
    assert ARTICLE[found.start : found.start + len(found.passage)] == found.passage


def test_a_misquote_gets_the_closest_passage() -> None:
    found = check_quote("The U.S. military's own count was 25 to 35 civilians", DOC)
    assert found.status == "not-found"
    assert found.passage == "The U.S. military’s own count was 20 to 30 civilians"
    assert found.similarity is not None and 0.8 < found.similarity < 1


def test_a_quote_with_no_word_in_the_article_has_no_passage() -> None:
    assert check_quote("zebra quagga", DOC).passage is None


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("“Hello,” she said", "hello, she said"),
        ("A  \n B", "a b"),
        ("cargo – hundreds", "cargo-hundreds"),
        ("cargo--hundreds", "cargo-hundreds"),
        ("ＡＢＣ", "abc"),  # NFKC
        ("Straße", "strasse"),  # case-folded
    ],
)
def test_fold(text: str, folded: str) -> None:
    out, where = fold(text)
    assert out == folded
    assert len(where) == len(out) and where == sorted(where)


def test_quote_parts_split_at_ellipses_and_brackets() -> None:
    assert quote_parts("We left… [the city] at night ... , all of us.") == [
        "we left",
        "at night",
        "all of us",
    ]


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=200),
       st.data())  # fmt: skip
def test_any_stretch_of_words_of_an_article_is_verified(text: str, data: st.DataObject) -> None:
    """Property: a quote cut from a paragraph of the article at word boundaries is always
    found."""
    lines = text.splitlines() or [text]
    words = lines[data.draw(st.integers(0, len(lines) - 1))].split()
    if not words or not any(ch.isalnum() for ch in text):
        return
    i = data.draw(st.integers(0, len(words) - 1))
    j = data.draw(st.integers(i + 1, len(words)))
    quote = " ".join(words[i:j])
    if not quote_parts(quote) or any(c in quote for c in "[]…") or "..." in quote:
        return
    assert check_quote(quote, prepare(text)).status == "verified"


def test_html_snapshot_text_is_the_visible_text() -> None:
    page = (
        b"<html><head><title>T</title><script>var x = 'at least 140';</script></head>"
        b"<body><p>Officials said &ldquo;at least 140&rdquo;</p><p>Second&nbsp;para</p></body>"
        b"</html>"
    )
    snap = make_snapshot(page, "a.html")
    assert snap.media_type == HTML
    assert snapshot_text(page, HTML) == "Officials said “at least 140”\nSecond para"
    assert make_snapshot(b"plain words", "a.txt").media_type == TEXT


def test_unpack_checks_the_hash() -> None:
    snap = make_snapshot(b"some text")
    assert snap.sha256 == hashlib.sha256(b"some text").hexdigest()
    assert unpack(snap.content, snap.sha256) == b"some text"
    with pytest.raises(ValueError, match="does not match its sha256"):
        unpack(zlib.compress(b"other text"), snap.sha256)


@pytest.mark.parametrize(
    ("text", "wire"),
    [
        ("PESHAWAR, Pakistan (Reuters) - Several days after", "Reuters"),
        ("WASHINGTON (AP) — The Senate voted", "AP"),
        ("Suit Over March Count\n\nAssociated Press\n\nThe march", "AP"),
        ("By AFP\nGAZA - Officials said", "AFP"),
        ("NEW DELHI (PTI): The minister said", "PTI"),
        ("Officials said the toll rose.\n\n— Reuters", "Reuters"),
        # one agency's feed of another's story: the story's agency (evidence6)
        ("Kathmandu, Aug 18 (IANS/EFE): The toll in floods has risen", "EFE"),
        ("MADRID (Reuters / AFP) - Officials said", "AFP"),
        ("A photo credited Nepal Army/AFP/File beside the story.", None),
        ("Officials said the toll rose, Koirala told the news agency. [AFP]", "AFP"),
        ("Officials said the toll rose.\n(Reuters)\n", "Reuters"),
        ("The toll rose [AFP] and rescuers searched on.", None),
        ("Villagers told Reuters on Tuesday that all were civilians.", None),
        ("The AP reported that the toll rose.", None),
        ("A plain local story with no agency.", None),
    ],
)
def test_wire_from_byline_or_dateline(text: str, wire: str | None) -> None:
    assert wire_of(text) == wire


@pytest.mark.parametrize(
    ("author", "wire"),
    [("Associated Press", "AP"), ("By REUTERS", "Reuters"), ("The Associated Press", "AP"),
     ("Jane Doe", None), ("AFP staff", None), (None, None)],
)  # fmt: skip
def test_an_agency_as_author(author: str | None, wire: str | None) -> None:
    assert agency(author) == wire


def test_extract_reads_the_agency_of_an_html_page(ct, tmp_path: Path) -> None:
    page = (
        '<html><head><meta property="og:site_name" content="Daily">'
        '<meta name="author" content="Associated Press"><title>Toll rises</title>'
        '<link rel="canonical" href="https://example.org/toll"></head><body><article>'
        "<p>The toll rose to 40, officials said on Tuesday.</p></article></body></html>"
    )
    art = _article(tmp_path, page, "a.html")
    _ok(ct("extract", str(art), "--subject", "s", "-o", str(tmp_path / "c.jsonl")))
    (source,) = json.loads(_ok(ct("sources", "--json")))
    assert (source["wire"], source["snapshots"]) == ("AP", 1)
    snap = json.loads(_ok(ct("export")).splitlines()[1])
    assert snap["record"] == "snapshot" and snap["media_type"] == "text/html"


# -- the commands ---------------------------------------------------------------------------


def _ok(result) -> str:
    assert result.exit_code == 0, result.output
    return result.stdout


def _article(tmp_path: Path, text: str = ARTICLE, name: str = "a.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _with_source(ct, tmp_path: Path, quotes: list[str]) -> str:
    art = _article(tmp_path)
    src = _ok(ct("source", "add", "https://example.org/a", "--outlet", "Tribune",
                 "--snapshot", str(art))).strip()  # fmt: skip
    claims = [
        {"id": f"c{i}", "subject": "farah", "claimant": "Officials", "quote": q,
         "kind": "stance", "proposition": "p", "stance": "affirms", "source": src}
        for i, q in enumerate(quotes)
    ]  # fmt: skip
    _ok(ct("import", str(write_jsonl(tmp_path / "c.jsonl", claims))))
    return src


def test_source_add_stores_the_snapshot_with_its_sha256(ct, tmp_path: Path) -> None:
    art = _article(tmp_path)
    result = ct("source", "add", "https://example.org/a", "--outlet", "Tribune",
                "--snapshot", str(art), "--json")  # fmt: skip
    rec = json.loads(_ok(result))
    sha = hashlib.sha256(art.read_bytes()).hexdigest()
    assert [(s["version"], s["sha256"], s["size"], s["media_type"]) for s in rec["snapshots"]] == [
        (1, sha, len(art.read_bytes()), TEXT)
    ]


def test_a_snapshot_is_never_changed_a_new_file_is_a_new_version(ct, tmp_path: Path) -> None:
    first = _article(tmp_path, "first version")
    second = _article(tmp_path, "second version", "b.txt")
    args = ("source", "add", "https://example.org/a", "--outlet", "Tribune", "--json")
    for path in (first, first, second, first):
        rec = json.loads(_ok(ct(*args, "--snapshot", str(path))))
    shas = [(s["version"], s["sha256"]) for s in rec["snapshots"]]
    assert shas == [
        (1, hashlib.sha256(b"first version").hexdigest()),
        (2, hashlib.sha256(b"second version").hexdigest()),
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--snapshot", "missing.txt"], "--snapshot missing.txt: no such file"),
        (["--snapshot", "."], "is a directory"),
    ],
)
def test_source_add_refuses_a_bad_snapshot(ct, args: list[str], message: str) -> None:
    result = ct("source", "add", "https://example.org/a", "--outlet", "T", *args)
    assert result.exit_code == 2 and message in result.stderr
    assert "Traceback" not in result.output


def test_verify_all_verified_exits_0(ct, tmp_path: Path) -> None:
    src = _with_source(ct, tmp_path, ["at least 140 civilians", "We regret any loss of life"])
    out = json.loads(_ok(ct("verify", "farah", "--json")))
    sha = hashlib.sha256(ARTICLE.encode()).hexdigest()
    snap = {"version": 1, "sha256": sha}
    assert out == {
        "subject": "farah",
        "claims": [
            {"id": "c0", "subject": "farah", "claimant": "Officials", "status": "verified",
             "source": src, "snapshot": snap},
            {"id": "c1", "subject": "farah", "claimant": "Officials", "status": "verified",
             "source": src, "snapshot": snap},
        ],
        "snapshots": [{"source": src, "version": 1, "sha256": sha}],
        "summary": {"verified": 2, "not-found": 0, "no-snapshot": 0},
    }  # fmt: skip


def test_verify_a_misquote_exits_3_with_the_closest_passage(ct, tmp_path: Path) -> None:
    _with_source(ct, tmp_path, ["at least 150 civilians died"])
    result = ct("verify", "farah", "--json")
    assert result.exit_code == 3, result.output
    (claim,) = json.loads(result.stdout)["claims"]
    assert claim["status"] == "not-found"
    assert claim["closest"] == "at least 140 civilians” died"
    text = ct("verify", "farah")
    assert text.exit_code == 3
    assert "Not found: 1 quote, possible misquotes" in text.stdout
    assert "closest: “at least 140 civilians” died” (similarity 0.96)" in text.stdout


def test_verify_without_snapshot(ct, tmp_path: Path) -> None:
    claims = [{"id": "c0", "subject": "farah", "claimant": "Officials", "quote": "words",
               "kind": "stance", "proposition": "p", "stance": "affirms"}]  # fmt: skip
    _ok(ct("import", str(write_jsonl(tmp_path / "c.jsonl", claims))))
    out = json.loads(_ok(ct("verify", "--json")))
    assert out["claims"][0]["status"] == "no-snapshot"
    assert out["summary"] == {"verified": 0, "not-found": 0, "no-snapshot": 1}


def test_verify_an_unknown_subject_is_refused(ct) -> None:
    result = ct("verify", "nothing-here")
    assert result.exit_code != 0 and "Traceback" not in result.output


def test_snapshots_travel_with_export_and_are_checked_on_import(ct, tmp_path: Path) -> None:
    _with_source(ct, tmp_path, ["at least 140 civilians"])
    exported = _ok(ct("export"))
    lines = [json.loads(x) for x in exported.splitlines()]
    (snap,) = [x for x in lines if x.get("record") == "snapshot"]
    assert zlib.decompress(base64.b64decode(snap["content"])) == ARTICLE.encode()
    assert [x.get("record") for x in lines].index("snapshot") < [
        x.get("record") for x in lines
    ].index(None)
    # into a fresh database: the same export, and verify still verifies
    fresh = tmp_path / "fresh.db"
    path = tmp_path / "e.jsonl"
    path.write_text(exported, encoding="utf-8")
    _ok(ct("init", "--empty", str(fresh)))
    _ok(ct("import", str(path), db=fresh))
    assert _ok(ct("export", db=fresh)) == exported
    assert json.loads(_ok(ct("verify", "--json", db=fresh)))["summary"]["verified"] == 1
    # without snapshots
    bare = _ok(ct("export", "--without-snapshots"))
    assert '"record": "snapshot"' not in bare and len(bare.splitlines()) == len(lines) - 1
    # a tampered snapshot is refused, naming the line
    snap["content"] = base64.b64encode(zlib.compress(b"another text")).decode()
    bad = [snap if x.get("record") == "snapshot" else x for x in lines]
    _ok(ct("init", "--empty", str(tmp_path / "b.db")))
    result = ct("import", str(write_jsonl(tmp_path / "bad.jsonl", bad)), db=tmp_path / "b.db")
    assert result.exit_code == 2
    assert "does not match its sha256" in result.output


def test_without_snapshots_goes_with_jsonl(ct) -> None:
    result = ct("export", "--format", "csv", "--without-snapshots")
    assert result.exit_code == 2 and "--without-snapshots goes with --format jsonl" in result.stderr


def test_extract_stores_the_snapshot_and_the_wire(ct, tmp_path: Path) -> None:
    art = _article(tmp_path, "GENEVA (Reuters) - The agency said “at least 40 people” died.")
    result = ct("extract", str(art), "--subject", "s", "--outlet", "Daily",
                "--url", "https://example.org/x", "-o", str(tmp_path / "c.jsonl"))  # fmt: skip
    _ok(result)
    (source,) = json.loads(_ok(ct("sources", "--json")))
    assert source["wire"] == "Reuters"
    assert f"Snapshot 1 of {source['id']}: sha256 " in result.stderr


SEEDS = Path("/work/shared/seeds")
SEED_SOURCES = {
    "000": ("The Jerusalem Post", "Syrian anti-ISIS fighter to JPost: They took the sex slaves "
            "with them", "2017-11"),
    "001": ("The Week", "Hundreds of ISIS fighters were smuggled out of Raqqa. And the "
            "American-backed coalition let them get away.", "2017-11"),
    "002": ("The Defense Post", "Coalition confirms meeting on ISIS withdrawal from Raqqa but "
            "says it did not participate", "2017-10-12"),
    "003": ("Mother Jones", "Did President Trump Approve a Deal That Allowed Hundreds of ISIS "
            "Fighters to Escape Raqqa?", "2017-11"),
    "004": ("Defense One", "The US Literally Doesn’t Know How Many ISIS Fighters Have Escaped "
            "In Syria", "2019-10"),
}  # fmt: skip


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed articles are not on this machine")
def test_verify_on_the_bundled_sample_with_the_seed_articles(ct, sample_db: Path) -> None:
    """Every quote of the bundled sample is in its seed article (the sample's sources are
    the seeds, by outlet, title and date)."""
    for prefix, (outlet, title, date) in SEED_SOURCES.items():
        (path,) = SEEDS.glob(f"{prefix}_*.txt")
        result = ct("source", "add", "--outlet", outlet, "--title", title, "--reported-on",
                    date, "--snapshot", str(path), db=sample_db)  # fmt: skip
        assert "Already stored: source" in _ok(result) + result.stderr
    out = json.loads(_ok(ct("verify", "--json", db=sample_db)))
    n = sum(1 for x in SAMPLE.read_text().splitlines() if '"record"' not in x)
    assert out["summary"] == {"verified": n, "not-found": 0, "no-snapshot": 0}


def test_backup_keeps_the_snapshots(ct, tmp_path: Path) -> None:
    _with_source(ct, tmp_path, ["at least 140 civilians"])
    copy = tmp_path / "copy.db"
    _ok(ct("backup", str(copy)))
    out = json.loads(_ok(ct("verify", "--json", db=copy)))
    assert out["summary"] == {"verified": 1, "not-found": 0, "no-snapshot": 0}
    assert out["snapshots"][0]["sha256"] == hashlib.sha256(ARTICLE.encode()).hexdigest()


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"size": 3}, "size: 3 is not the size of the content"),
        ({"version": 0}, "version: must be a whole number from 1"),
        ({"encoding": "gzip"}, "encoding: must be zlib+base64"),
        ({"media_type": "application/pdf"}, "media_type: must be"),
        ({"sha256": "XYZ"}, "sha256: must be 64 lowercase hex digits"),
        ({"content": "%%%"}, "content: not base64"),
        ({"content": base64.b64encode(b"not zlib").decode()}, "content: not zlib-compressed"),
        ({"source": "src-0000000000"}, "snapshot: no source 'src-0000000000'"),
    ],
)
def test_bad_snapshot_records(ct, tmp_path: Path, change: dict, problem: str) -> None:
    _with_source(ct, tmp_path, ["at least 140 civilians"])
    lines = [json.loads(x) for x in _ok(ct("export")).splitlines()]
    source = next(x for x in lines if x.get("record") == "source")
    snap = next(x for x in lines if x.get("record") == "snapshot") | change
    fresh = tmp_path / "fresh.db"
    _ok(ct("init", "--empty", str(fresh)))
    result = ct("import", str(write_jsonl(tmp_path / "s.jsonl", [source, snap])), db=fresh)
    assert result.exit_code == 2, result.output
    assert problem in result.stderr


def test_source_snapshot_adds_a_version_to_a_stored_source(ct, tmp_path: Path) -> None:
    src = _ok(ct("source", "add", "https://example.org/a", "--outlet", "T")).strip()
    first, second = _article(tmp_path, "one"), _article(tmp_path, "two", "b.txt")
    out = json.loads(_ok(ct("source", "snapshot", src[:8], str(first), "--json")))
    assert (out["version"], out["added"]) == (1, True)
    assert out["sha256"] == hashlib.sha256(b"one").hexdigest()
    again = ct("source", "snapshot", src, str(first))
    assert again.stdout.strip() == out["sha256"] and "Already stored" in again.stderr
    out = json.loads(_ok(ct("source", "snapshot", src, str(second), "--json")))
    assert (out["version"], out["added"]) == (2, True)
    missing = ct("source", "snapshot", "src-ffffffff", str(first))
    assert missing.exit_code == 1 and "no source with id" in missing.stderr
