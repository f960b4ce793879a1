"""Evidence audited on real pages (evidence2): what the pages did that the made-up ones of
audit13 did not, each as a rule on text of our own (tests/fixtures/evidence/harbour.html)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import write_jsonl

FIXTURES = Path(__file__).parent / "fixtures" / "evidence"

_WORDS = (
    "“We have found 12 wrecks in the channel,” said port director Lena Moss.\n"
    "The dredging will start in April.\n"
)


def _flags(ct, tmp_path: Path, page: str, name: str = "p.txt") -> dict[str, str | None]:
    path = tmp_path / name
    path.write_text(page, encoding="utf-8")
    src = ct("source", "add", "https://example.org/p", "--outlet", "Example Courier",
             "--snapshot", str(path))  # fmt: skip
    assert src.exit_code == 0, src.output
    rows = [{"id": who.split()[-1], "subject": "h", "claimant": who, "kind": "stance",
             "quote": "We have found 12 wrecks in the channel", "proposition": "wrecks found",
             "stance": "affirms", "source": src.stdout.strip()}
            for who in ("Olaf Berg", "Lena Moss")]  # fmt: skip
    assert ct("import", str(write_jsonl(tmp_path / "c.jsonl", rows))).exit_code == 0
    result = ct("verify", "--json")
    assert result.exit_code == 0, result.output
    return {c["id"]: c.get("said_by") for c in json.loads(result.stdout)["claims"]}


# Before, the speaker check was dropped for the whole window whenever extract's preparation
# changed any character of it: a headline line that ends in a lower-case word above a short
# byline line (extract reads the break as a wrapped line, a space) switched it off for every
# quote of the page's first ten paragraphs, and "Olaf Berg" was verified with no flag.
@pytest.mark.parametrize(
    ("page", "name"),
    [
        (_WORDS, "p.txt"),
        ("Harbour dredging delayed again as divers find more wrecks\nExample Courier | 2026-11-30\n"
         + _WORDS, "p.txt"),  # a headline's line joined to the byline's by extract
        ("<h1>Harbour dredging delayed again as divers find more wrecks</h1>"
         "<p>Example Courier | 2026-11-30</p><p>" + _WORDS.replace("\n", "</p><p>") + "</p>",
         "p.html"),
        ("<p>The board met on&nbsp;Monday in the harbour office of the town, as it does each week"
         "</p><p>Mid-morning</p><p>" + _WORDS.replace("\n", "</p><p>") + "</p>", "p.html"),
    ],
)  # fmt: skip
def test_the_speaker_check_holds_on_a_page_extract_reads_with_joined_lines(
    ct, tmp_path: Path, page: str, name: str
) -> None:
    assert _flags(ct, tmp_path, page, name) == {"Berg": "Lena Moss", "Moss": None}


_STORY = (
    "<p>The port will reopen on Friday, the board said.</p><p>It has been shut for 40 days.</p>"
)


# `source add --snapshot` reads the agency story a page carries as `extract` does; before,
# only `extract` read it, and two papers' pages of one AFP story were two origins.
@pytest.mark.parametrize(
    ("page", "name", "wire_opt", "wire"),
    [
        ('<html><head><meta name="author" content="AFP"></head><body>' + _STORY + "</body></html>",
         "p.html", [], "AFP"),
        ("PORTVILLE (Reuters) - The port will reopen on Friday, the board said.\n", "p.txt", [],
         "Reuters"),
        ("The port will reopen on Friday, the board told Reuters.\n", "p.txt", [], None),
        ("<html><body>" + _STORY + "</body></html>", "p.html", [], None),
        ('<html><head><meta name="author" content="AFP"></head><body>' + _STORY + "</body></html>",
         "p.html", ["--wire", "AP"], "AP"),  # the user's word first
    ],
)  # fmt: skip
def test_source_add_reads_the_agency_story_a_page_carries(
    ct, tmp_path: Path, page: str, name: str, wire_opt: list[str], wire: str | None
) -> None:
    path = tmp_path / name
    path.write_text(page, encoding="utf-8")
    result = ct("source", "add", "https://example.org/a", "--outlet", "Example Courier",
                "--snapshot", str(path), *wire_opt)  # fmt: skip
    assert result.exit_code == 0, result.output
    assert json.loads(ct("sources", "--json").stdout)[0].get("wire") == wire
    said = f"Read from the page: it carries the {wire} story"
    assert (said in result.stderr) == (wire is not None and not wire_opt)


def test_two_papers_pages_of_one_agency_story_are_one_origin(ct, tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text('<html><head><meta name="author" content="AFP"></head><body>'
                    + _STORY + "</body></html>", encoding="utf-8")  # fmt: skip
    rows = []
    for n, outlet in enumerate(("Example Courier", "Example Herald")):
        src = ct("source", "add", f"https://example.org/{n}", "--outlet", outlet,
                 "--snapshot", str(page))  # fmt: skip
        assert src.exit_code == 0, src.output
        rows.append({"id": f"c{n}", "subject": "port", "claimant": outlet, "kind": "figure",
                     "quote": "It has been shut for 40 days", "measure": "days-shut",
                     "value": "40", "source": src.stdout.strip()})  # fmt: skip
    rows.append({"id": "c2", "subject": "port", "claimant": "Port union", "kind": "figure",
                 "quote": "shut for 90 days", "measure": "days-shut", "value": "90",
                 "outlet": "Example Post"})  # fmt: skip
    assert ct("import", str(write_jsonl(tmp_path / "c.jsonl", rows))).exit_code == 0
    doc = json.loads(ct("conflicts", "port", "--json").stdout)
    got = [(p["origins"], p["grade"]) for p in doc["conflicts"][0]["positions"]]
    assert got == [(1, "single-source"), (1, "single-source")]


# Pages as a browser shows them (evidence2). Before: a <p> written over two source lines was
# two paragraphs ("runs across two paragraphs"), a writer's "[the port]" in the page made the
# speaker's words without it "not found", and a hidden block or a Disqus thread was the article.
@pytest.mark.parametrize(
    ("page", "quote", "status", "reason"),
    [
        ("<p>“The quay is closed\nuntil Friday,” Moss said.</p>", "The quay is closed until Friday",
         "verified", None),
        ("<p>“The quay is closed\r\nuntil Friday,” Moss said.</p>",
         "The quay is closed until Friday", "verified", None),
        ("<pre>The quay is closed\nuntil Friday</pre>", "The quay is closed until Friday",
         "not-found", "its words run across two paragraphs of the page: no one said them as one"),
        ("<p>“The quay is closed</p><p>until Friday,” Moss said.</p>",
         "The quay is closed until Friday", "not-found",
         "its words run across two paragraphs of the page: no one said them as one"),
        ("<p>“It [the quay] is closed,” Moss said.</p>", "It is closed", "verified", None),
        ("<p>“It [the quay] is closed,” Moss said.</p>", "It [the quay] is closed", "verified",
         None),
        ("<p>“It [the quay] is closed,” Moss said.</p>", "It [the port] is closed", "verified",
         None),  # the quote's own insertion is the user's words, as before
        ("<p>“It is [not] closed,” Moss said.</p>", "It is closed", "not-found", None),
        ("<p>“It is closed,” Moss said.</p><p hidden>It is open</p>", "It is open", "not-found",
         "found only outside the article (a reader's comment, related stories, navigation, an "
         "aside or hidden text of the page)"),
        ("<p>“It is closed,” Moss said.</p><div style='display: none'><p>It is open</p></div>",
         "It is open", "not-found", "found only outside the article (a reader's comment, "
         "related stories, navigation, an aside or hidden text of the page)"),
        ("<p>“It is closed,” Moss said.</p><div id='disqus_thread'><p>It is open</p></div>",
         "It is open", "not-found", "found only outside the article (a reader's comment, "
         "related stories, navigation, an aside or hidden text of the page)"),
        ("<p>“It is closed,” Moss said.</p><div aria-hidden='true'><p>It is open</p></div>",
         "It is open", "verified", None),  # aria-hidden: not a sign (set on whole articles)
        ("<div hidden><p>“It is closed,” Moss said.</p></div>", "It is closed", "verified",
         None),  # everything hidden: the page is read whole rather than as empty
    ],
)  # fmt: skip
def test_a_page_is_read_as_a_browser_shows_it(
    page: str, quote: str, status: str, reason: str | None
) -> None:
    from claimtrack.snapshots import HTML, check_quote, prepare, snapshot_texts

    article, outside = snapshot_texts(page.encode(), HTML)
    found = check_quote(quote, prepare(article), prepare(outside))
    assert (found.status, found.reason) == (status, reason)
    if status == "verified":  # the passage is the page's words, its insertion kept
        assert found.passage is not None and article[found.start :].startswith(found.passage)


@given(st.text(alphabet="ab [] \nnot", max_size=60))
def test_blanking_the_page_s_insertions_keeps_offsets(text: str) -> None:
    from claimtrack.snapshots import _without_insertions

    bare = _without_insertions(text)
    assert len(bare) == len(text)
    assert all(a == b or b == " " for a, b in zip(text, bare, strict=True))


_WALL = (
    "<h2>We value your privacy</h2><p>" + "This site keeps small files on your device. " * 20
    + "</p><button>Reject all</button>"
)  # fmt: skip
_LD = (
    '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "articleBody": '
    '"The quay is closed until Friday, the board said. It has been shut for 40 days."}'
    '</script></head><body><div id="app"></div></body></html>'
)


# Before (evidence2), a consent wall of 150 words saying none of the paywall's words, and a
# page whose article is only in its JSON-LD data, were stored as articles with no word.
@pytest.mark.parametrize(
    ("page", "says"),
    [
        (_WALL, "its text is 166 words and says “We value your privacy”"),
        (_WALL.replace("We value your privacy", "Cookies"), "says “Reject all”"),
        ("<p>" + "The board met and we and our partners agreed. " * 50 + "</p>", None),  # long
        (_LD, "its text is 0 words, and the article (16 words) is only in its JSON-LD data"),
        (_LD.replace('<div id="app"></div>', "<p>The quay is closed until Friday, the board "
         "said. It has been shut for 40 days, and more.</p>"), None),  # shown as well
        ("<p>The quay is closed until Friday, the board said.</p>", None),
    ],
)  # fmt: skip
def test_a_consent_wall_or_a_script_s_page_is_said(page: str, says: str | None) -> None:
    from claimtrack.snapshots import HTML, not_an_article

    why = not_an_article(page.encode(), HTML)
    assert (why is None) == (says is None), why
    if says is not None:
        assert why is not None and says in why and why.endswith("will not be found in it")


def test_verify_says_a_quote_was_looked_for_in_no_article(ct, tmp_path: Path) -> None:
    src = ct("source", "add", "https://example.org/w", "--outlet", "Example Courier",
             "--snapshot", str(FIXTURES / "consent-wall.html"))  # fmt: skip
    assert src.exit_code == 0 and src.stderr.startswith("warning: --snapshot"), src.output
    row = {"id": "w", "subject": "h", "claimant": "Lena Moss", "kind": "stance",
           "quote": "We have found 12 wrecks", "proposition": "wrecks found", "stance": "affirms",
           "source": src.stdout.strip()}  # fmt: skip
    assert ct("import", str(write_jsonl(tmp_path / "c.jsonl", [row]))).exit_code == 0
    result = ct("verify", "--json")
    assert result.exit_code == 3, result.output
    (claim,) = json.loads(result.stdout)["claims"]
    assert claim["reason"] == (
        "snapshot 1 is no article: its text is 142 words and says “We value your privacy”: a "
        "paywall, a cookie wall or an error page rather than the article"
    )


# Pages in other languages (evidence2): a Korean page's quote ends at its quotation mark, its
# particle glued after it ("...않을 것”이라고"), and was "not found"; an English translation of
# it stood as a possible misquote with no word of why.
@pytest.mark.parametrize(
    ("page", "quote", "status", "reason"),
    [
        ("<p>그는 “우리는 항구를 닫지 않을 것”이라고 말했다.</p>", "우리는 항구를 닫지 않을 것",
         "verified", None),
        ("<p>그는 “우리는 항구를 닫지 않을 것”이라고 말했다.</p>", "우리는 항구를 닫을 것",
         "not-found", None),
        ("<p>그는 “우리는 항구를 닫지 않을 것”이라고 말했다.</p>", "We will not close the port",
         "not-found", "the page is written in Hangul letters, the quote in Latin: a translation "
         "is not the page's words"),
        ("<p>彼は「港は閉鎖しない」と述べた。</p>", "港は閉鎖しない", "verified", None),
        ("<p>彼は「港は閉鎖しない」と述べた。</p>", "港を閉鎖する", "not-found", None),  # kana, kanji
        ("<p>He said the “Seoul” office was shut.</p>", "the Seoul office", "verified", None),
        ("<p>It cost 1“00 dollars.</p>", "100 dollars", "verified", None),  # a stray mark: as before
        ("<p>It cost 100 dollars.</p>", "10", "not-found", None),
    ],
)  # fmt: skip
def test_a_page_in_another_language(page: str, quote: str, status: str, reason: str | None) -> None:
    from claimtrack.snapshots import HTML, check_quote, prepare, snapshot_texts

    article, outside = snapshot_texts(page.encode(), HTML)
    found = check_quote(quote, prepare(article), prepare(outside))
    assert (found.status, found.reason) == (status, reason)


@pytest.mark.parametrize(("first_wire", "wire"), [([], "AFP"), (["--wire", "AP"], "AP")])
def test_source_snapshot_reads_the_agency_story_too(
    ct, tmp_path: Path, first_wire: list[str], wire: str
) -> None:
    text, page = tmp_path / "a.txt", tmp_path / "p.html"
    text.write_text("The port will reopen on Friday, the board said.\n", encoding="utf-8")
    page.write_text('<html><head><meta name="author" content="AFP"></head><body>'
                    + _STORY + "</body></html>", encoding="utf-8")  # fmt: skip
    src = ct("source", "add", "https://example.org/a", "--outlet", "Example Courier",
             "--snapshot", str(text), *first_wire).stdout.strip()  # fmt: skip
    result = ct("source", "snapshot", src, str(page))
    assert result.exit_code == 0, result.output
    (row,) = json.loads(ct("sources", "--json").stdout)
    assert (row.get("wire"), row["snapshots"]) == (wire, 2)
    assert ("Read from the page: it carries the AFP story" in result.stderr) == (not first_wire)
    assert f"Snapshot 2 of {src}: sha256" in result.stderr
