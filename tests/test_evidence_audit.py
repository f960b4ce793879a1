"""An adversarial audit of evidence (audit13): `verify` calls a quote found only when the
article says it, where a reader would read it; snapshots refuse what is not a page; a relay
that changes what it relays is not folded away. Made-up pages (tests/fixtures/evidence/)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.snapshots import (
    CROSSES_PARAGRAPHS,
    HTML,
    OUTSIDE_ARTICLE,
    TEXT,
    check_quote,
    fold,
    make_snapshot,
    not_text,
    prepare,
    snapshot_texts,
)

from conftest import write_jsonl

FIXTURES = Path(__file__).parent / "fixtures" / "evidence"
PAGE = (FIXTURES / "millbrook-v1.html").read_bytes()
ARTICLE, OUTSIDE = (prepare(t) for t in snapshot_texts(PAGE, HTML))


@pytest.mark.parametrize(
    ("quote", "status", "reason"),
    [
        ("We will not close a single library this year.", "verified", None),
        ("We will not close ... this year", "verified", None),  # leaves out no negation
        # an ellipsis that leaves out "not" turns the quote around
        ("We will ... close a single library this year", "not-found",
         'the words its ellipsis leaves out include "not"'),
        # a stretch that runs from one paragraph into the next: no one said it as one
        ("the savings were necessary. The budget was approved", "not-found", CROSSES_PARAGRAPHS),
        # parts from two paragraphs stitch two speakers' words together
        ("We will not close ... 400 posts to go by March", "not-found", None),
        # found only in a reader's comment, or in a related-stories block
        ("The council will sack 4,000 staff", "not-found", OUTSIDE_ARTICLE),
        ("Council leader says she will resign", "not-found", OUTSIDE_ARTICLE),
        ("Home News", "not-found", OUTSIDE_ARTICLE),  # the site's navigation
        # the page's soft hyphen ("ef&shy;ficient") and curly quotes fold away
        ("had been \"efficient\" and the savings", "verified", None),
        ("We expect 4,000 posts to go", "not-found", None),  # another number
        ("We expect 40 posts to go", "not-found", None),
        ("We will close a single library", "not-found", None),  # "not" dropped, no ellipsis
    ],
)  # fmt: skip
def test_a_quote_is_verified_only_as_the_article_says_it(
    quote: str, status: str, reason: str | None
) -> None:
    found = check_quote(quote, ARTICLE, OUTSIDE)
    assert (found.status, found.reason) == (status, reason)


def test_a_quote_found_only_outside_the_article_shows_where() -> None:
    found = check_quote("the council will sack 4,000 staff", ARTICLE, OUTSIDE)
    assert (found.passage, found.similarity) == ("The council will sack 4,000 staff", 1.0)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("ef\u00adficient", "efficient"),  # soft hyphen
        ("zero\u200bwidth\u200djoin\u2060er\ufeff", "zerowidthjoiner"),
        ("o\ufb03ce", "office"),  # a ligature (NFKC)
        ("4\u00a0000 jobs", "4 000 jobs"),  # a non-breaking space is a space
        ("“Yes” — no", "yes-no"),
    ],
)
def test_fold_drops_what_prints_as_nothing(text: str, folded: str) -> None:
    assert fold(text)[0] == folded


def test_the_page_outside_the_article_is_kept_apart() -> None:
    page = (
        b"<html><body><article><p>The toll is 40.</p>"
        b'<div class="comment-list"><div class="c"><p>Reader: it is 400</p></div>'
        b"<p>Another: 4,000</p></div><p>Officials said so.</p></article>"
        b'<div id="related"><img src="x.png"><br><p>Toll rises</p></div>'
        b"<footer>Copyright</footer></body></html>"
    )
    article, outside = snapshot_texts(page, HTML)
    assert article == "The toll is 40.\nOfficials said so."
    assert outside == "Reader: it is 400\nAnother: 4,000\nToll rises\nCopyright"


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        ("One line.\nAnother line.", ["One line.", "Another line."]),  # a paragraph a line
        # hard-wrapped at 80 with blank lines between paragraphs: joined within each
        ("He said the toll\nwas 40 on Tuesday.\n\nThe mayor\ndisagreed.",
         ["He said the toll was 40 on Tuesday.", "The mayor disagreed."]),
        ("Title\n\n" + "x" * 90 + "\nnext", ["Title", "x" * 90, "next"]),  # long lines: as is
    ],
)  # fmt: skip
def test_a_text_snapshot_reads_its_paragraphs(text: str, paragraphs: list[str]) -> None:
    assert snapshot_texts(text.encode(), TEXT) == ("\n".join(paragraphs), "")


def test_a_quote_over_a_hard_wrapped_line_is_found() -> None:
    text, _ = snapshot_texts(b"He said the toll\nwas 40 on Tuesday.\n\nThe mayor said.", TEXT)
    assert check_quote("the toll was 40", prepare(text)).status == "verified"


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
        (b"plain words", None),
        ("caf\u00e9 in cp1252".encode("cp1252"), None),  # not UTF-8: read as cp1252
    ],
)
def test_a_snapshot_must_be_a_page(data: bytes, why: str | None) -> None:
    found = not_text(data)
    assert (found or "").startswith(why or "")
    assert (found is None) == (why is None)
    if why:
        with pytest.raises(ValueError, match=why):
            make_snapshot(data)


_WORDS = st.lists(st.sampled_from(["the", "toll", "rose", "to", "40", "we", "said", "will"]),
                  min_size=3, max_size=12)  # fmt: skip


@given(_WORDS, st.data())
def test_an_ellipsis_verifies_unless_it_leaves_out_a_negation(
    words: list[str], data: st.DataObject
) -> None:
    """Property: a paragraph's words with a stretch in the middle cut out by an ellipsis are
    verified; with "not" inside the cut, they are not."""
    i = data.draw(st.integers(1, len(words) - 2))
    j = data.draw(st.integers(i + 1, len(words) - 1))
    negate = data.draw(st.booleans())
    cut = [*words[i:j], "not"] if negate else words[i:j]
    page = " ".join(words[:i] + cut + words[j:])
    quote = " ".join(words[:i]) + " ... " + " ".join(words[j:])
    found = check_quote(quote, prepare(page))
    # (an earlier occurrence of the quote's parts with no "not" between still verifies it)
    if not negate:
        assert found.status == "verified"
    elif found.status == "not-found":
        assert found.reason == 'the words its ellipsis leaves out include "not"'


# -- the commands ---------------------------------------------------------------------------


def _ok(result) -> str:
    assert result.exit_code == 0, result.output
    return result.stdout


def _claims(ct, tmp_path: Path, quotes: dict[str, str], snapshot: str = "millbrook-v1.html"):
    src = _ok(ct("source", "add", "https://example.org/millbrook", "--outlet", "Gazette",
                 "--snapshot", str(FIXTURES / snapshot))).strip()  # fmt: skip
    claims = [
        {"id": cid, "subject": "mb", "claimant": "Ann Hale", "quote": q, "kind": "stance",
         "proposition": f"p-{cid}", "stance": "affirms", "source": src}
        for cid, q in quotes.items()
    ]  # fmt: skip
    _ok(ct("import", str(write_jsonl(tmp_path / "c.jsonl", claims))))
    return src


def test_verify_says_why_a_quote_on_the_page_is_not_the_article_s(ct, tmp_path: Path) -> None:
    _claims(ct, tmp_path, {"a": "We will ... close a single library this year",
                           "b": "The council will sack 4,000 staff"})  # fmt: skip
    result = ct("verify", "mb", "--json")
    assert result.exit_code == 3, result.output
    got = {c["id"]: (c["status"], c.get("reason")) for c in json.loads(result.stdout)["claims"]}
    assert got == {
        "a": ("not-found", 'the words its ellipsis leaves out include "not"'),
        "b": ("not-found", OUTSIDE_ARTICLE),
    }
    text = ct("verify", "mb").stdout
    assert '    why:     the words its ellipsis leaves out include "not"' in text


def test_verify_names_the_earlier_snapshot_a_changed_page_said_it_in(ct, tmp_path: Path) -> None:
    src = _claims(ct, tmp_path, {"a": "We expect 400 posts to go by March",
                                 "b": "We will not close a single library"})  # fmt: skip
    _ok(ct("source", "snapshot", src, str(FIXTURES / "millbrook-v2.html")))
    result = ct("verify", "mb", "--json")
    assert result.exit_code == 3, result.output
    doc = json.loads(result.stdout)
    got = {c["id"]: (c["status"], c["snapshot"]["version"], c.get("reason")) for c in doc["claims"]}
    assert got == {
        "a": ("not-found", 2, "found in snapshot 1: the page has changed since"),
        "b": ("verified", 2, None),
    }
    assert doc["claims"][0]["closest"] == "We expect 300 posts to go by March"


@pytest.mark.parametrize("name", ["millbrook.pdf"])
def test_a_pdf_is_refused_as_a_snapshot_in_one_line(ct, tmp_path: Path, name: str) -> None:
    src = _claims(ct, tmp_path, {"a": "We will not close a single library"})
    pdf = str(FIXTURES / name)
    result = ct("source", "snapshot", src, pdf)
    assert result.exit_code == 2, result.output
    assert result.stderr == (
        f"error: FILE {pdf}: a PDF, not a text or HTML page (save the article's text, or the "
        "page as HTML)\n"
    )
    added = ct("source", "add", "https://example.org/other", "--outlet", "G", "--snapshot", pdf)
    assert added.exit_code == 2 and added.stderr.startswith(f"error: --snapshot {pdf}: a PDF")
    assert json.loads(_ok(ct("sources", "--json")))[0]["snapshots"] == 1  # nothing stored
    assert len(json.loads(_ok(ct("sources", "--json")))) == 1


@pytest.mark.parametrize(
    ("echo", "shown"),
    [
        (400, "No conflicts"),  # an echo: folded into what it relays
        (40, "Disputed figure"),  # 400 passed on as 40: judged as itself
        (4000, "Disputed figure"),
    ],
)
def test_a_relay_that_changes_the_figure_is_not_folded_away(ct, echo: int, shown: str) -> None:
    _ok(
        ct(
            "add",
            "flood",
            "--id",
            "rc",
            "--claimant",
            "Red Crescent",
            "--quote",
            "400 people died",
            "--figure",
            "400",
            "--measure",
            "deaths",
            "--outlet",
            "A",
        )
    )
    _ok(ct("add", "flood", "--id", "ocha", "--claimant", "OCHA", "--quote",
           f"{echo:,} people died, the Red Crescent said", "--figure", f"{echo:,}", "--measure",
           "deaths", "--outlet", "B", "--relays", "rc"))  # fmt: skip
    out = ct("conflicts", "flood").stdout
    assert shown in out
    summary = json.loads(ct("conflicts", "flood", "--json").stdout)["summary"]
    assert (summary["claimants"], summary["relaying"]) == ((1, 1) if echo == 400 else (2, 0))


@pytest.mark.parametrize(
    ("wire_a", "wire_b", "origins"),
    [
        ("AP", "Associated Press", 1),  # one agency, by two of its names
        ("AP", "the associated press", 1),
        ("Associated Press: march count", "AP: march count", 1),
        ("AP: march count", "AP: rally", 2),  # two stories of one agency
        ("AP", "Reuters", 2),
        ("Example Syndicate", "example  syndicate", 1),  # an unknown name: folded as typed
    ],
)
def test_two_names_of_one_agency_are_one_origin(
    ct, tmp_path: Path, wire_a: str, wire_b: str, origins: int
) -> None:
    rows = []
    for i, (wire, who) in enumerate([(wire_a, "Park Service"), (wire_b, "City police")]):
        src = _ok(ct("source", "add", f"https://example.org/{i}", "--outlet", f"Paper {i}",
                     "--wire", wire)).strip()  # fmt: skip
        rows.append({"id": f"c{i}", "subject": "march", "claimant": who, "kind": "figure",
                     "measure": "crowd", "value": "about 400,000", "quote": "about 400,000",
                     "source": src})  # fmt: skip
    rows.append({"id": "x", "subject": "march", "claimant": "Organisers", "kind": "figure",
                 "measure": "crowd", "value": "more than a million", "quote": "a million"})  # fmt: skip
    _ok(ct("import", str(write_jsonl(tmp_path / "c.jsonl", rows))))
    (c,) = json.loads(ct("conflicts", "march", "--json").stdout)["conflicts"]
    assert c["positions"][0]["origins"] == origins


# -- who the page gives the words to -----------------------------------------------------------

SAID = (
    "The council leader, Ann Hale, said: “We will not close a single library.”\n"
    "“We expect 400 posts to go,” said union secretary Tom Reed. Hale disagreed.\n"
    "A man at the meeting said: “It is a disgrace.”\n"
    "The coalition’s statement said “the convoy was monitored”.\n"
    "The cuts were approved on Tuesday."
)


def _said(quote: str, names: tuple[str | None, ...]) -> str | None:
    from claimtrack.extract import extract
    from claimtrack.snapshots import Said, said_by_another

    doc = prepare(SAID)
    found = check_quote(quote, doc)
    assert found.status == "verified" and found.start is not None and found.passage
    _, candidates = extract(SAID)
    sentences = [Said(c.start, c.end, c.speaker, c.claimant) for c in candidates]
    return said_by_another(found.start, found.start + len(found.passage), names, sentences, SAID)


@pytest.mark.parametrize(
    ("quote", "names", "said_by"),
    [
        ("We expect 400 posts to go", ("Ann Hale", None), "Tom Reed"),  # another speaker
        ("We expect 400 posts to go", ("Tom Reed", None), None),
        ("We expect 400 posts to go", ("Unison", "Tom Reed"), None),  # the speaker logged
        ("We expect 400 posts to go", ("union secretary Reed", None), None),
        ("We will not close a single library", ("Tom Reed", None), "Ann Hale"),
        ("We will not close a single library", ("Millbrook council (Ann Hale)", None), None),
        ("It is a disgrace", ("Ann Hale", None), None),  # "a man": no one by name
        ("the convoy was monitored", ("US-led coalition (CJTF-OIR)", None), None),  # possessive
        ("The cuts were approved on Tuesday", ("Ann Hale", None), None),  # narration
    ],
)
def test_verify_flags_words_the_page_gives_to_someone_else(
    quote: str, names: tuple[str | None, ...], said_by: str | None
) -> None:
    assert _said(quote, names) == said_by


def test_verify_shows_whom_the_page_gives_the_words_to(ct, tmp_path: Path) -> None:
    src = _claims(ct, tmp_path, {"a": "We will not close a single library"})
    rows = [{"id": "b", "subject": "mb", "claimant": "Ann Hale", "quote": "We expect 400 posts "
             "to go by March", "kind": "figure", "measure": "jobs-cut", "value": "400",
             "source": src},
            {"id": "c", "subject": "mb", "claimant": "Gazette", "outlet": "Gazette",
             "quote": "We expect 400 posts to go by March", "kind": "figure",
             "measure": "jobs-cut", "value": "400", "source": src}]  # fmt: skip
    _ok(ct("import", str(write_jsonl(tmp_path / "d.jsonl", rows))))
    result = ct("verify", "mb", "--json")
    assert result.exit_code == 0, result.output  # words on the page: a flag, not a failure
    got = {c["id"]: c.get("said_by") for c in json.loads(result.stdout)["claims"]}
    assert got == {"a": None, "b": "Tom Reed", "c": None}  # c: the outlet's own narration
    text = ct("verify", "mb").stdout
    assert "     check: the page gives these words to Tom Reed\n" in text
    assert "3 verified (1 given to someone else on the page: check), 0 not found" in text


@pytest.mark.parametrize(
    ("page", "flagged"),
    [
        (b"<html><body><h1>404 Not Found</h1><p>The page could not be found.</p></body></html>",
         "404 Not Found"),
        (b"<p>Subscribe to continue reading. Already a subscriber? Sign in.</p>",
         "Subscribe to continue"),
        (b"<p>We use cookies. Accept all cookies to read on.</p>", "Accept all cookies"),
        (b"<p>The toll rose to 40, officials said.</p>", None),  # short, but an article
        # a long article that mentions a cookie policy at its foot is an article
        (b"<p>" + b"The council met. " * 60 + b"</p><p>Cookie policy</p>", None),
    ],
)  # fmt: skip
def test_a_paywall_or_an_error_page_is_said(page: bytes, flagged: str | None) -> None:
    from claimtrack.snapshots import not_an_article

    why = not_an_article(page, HTML)
    assert (why is None) == (flagged is None)
    if flagged:
        assert f"says “{flagged}”" in (why or "")


def test_source_add_warns_of_a_paywall_page_and_keeps_it(ct) -> None:
    page = FIXTURES / "millbrook-paywall.html"
    result = ct("source", "add", "https://example.org/p", "--outlet", "G", "--snapshot", str(page))
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(f"warning: --snapshot {page}: its text is 22 words and says")
    assert json.loads(_ok(ct("sources", "--json")))[0]["snapshots"] == 1


def test_words_the_page_gives_to_the_claimant_somewhere_are_not_flagged(ct, tmp_path: Path) -> None:
    page = tmp_path / "twice.txt"
    page.write_text(
        "“Libraries stay open,” said union secretary Tom Reed.\n"
        "Asked again, Ann Hale said: “Libraries stay open.”\n",
        encoding="utf-8",
    )
    src = _ok(ct("source", "add", "https://example.org/t", "--outlet", "G", "--snapshot",
                 str(page))).strip()  # fmt: skip
    rows = [{"id": who[:3], "subject": "t", "claimant": who, "quote": "Libraries stay open",
             "kind": "stance", "proposition": "libraries stay open", "stance": "affirms",
             "source": src} for who in ("Ann Hale", "Tom Reed", "Joe Bloggs")]  # fmt: skip
    _ok(ct("import", str(write_jsonl(tmp_path / "t.jsonl", rows))))
    got = {c["id"]: c.get("said_by") for c in json.loads(_ok(ct("verify", "--json")))["claims"]}
    assert got == {"Ann": None, "Tom": None, "Joe": "Tom Reed"}


@pytest.mark.parametrize(
    ("page", "article"),
    [
        (b'<div class="commentary"><p>It is 40.</p></div>', "It is 40."),  # an opinion piece
        (b'<div class="article ad-free shared-story"><p>It is 40.</p></div>', "It is 40."),
        (b'<article class="comments-open"><p>It is 40.</p></article>', "It is 40."),
        (b'<div class="story"><p>It is 40.</p><div class="js-comments"><p>No</p></div></div>',
         "It is 40."),
        (b'<div role="complementary"><p>No</p></div><p>It is 40.</p>', "It is 40."),
        # every block looks like no article: the page is read whole rather than as empty
        (b'<div class="sidebar"><p>It is 40.</p></div>', "It is 40."),
    ],
)  # fmt: skip
def test_only_blocks_named_as_no_article_are_left_out(page: bytes, article: str) -> None:
    assert snapshot_texts(page, HTML)[0] == article
