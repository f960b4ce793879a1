"""Snapshots of articles and quote checks against them (``source add --snapshot``, ``verify``).

Pure (standard library only; no database): a snapshot is the bytes of a file as given, kept
zlib-compressed with the SHA-256 of the uncompressed bytes, so that ``sha256sum FILE`` gives
the same hash. A quote is checked against the snapshot's text (HTML: the visible text) with
quotation marks dropped and dashes, case and whitespace folded; an ellipsis ("...", "…",
"[...]") or a bracketed insertion ("[the SDF]") splits a quote into parts that must be found
in order. A quote that is not found gets the closest passage of the article and how alike the
two are, so that a possible misquote can be checked by eye. The rules are in
docs/extract.md ("Snapshots and verify").
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib
from html.parser import HTMLParser
from typing import NamedTuple

HTML = "text/html"
TEXT = "text/plain"
MAX_SNAPSHOT = 5 << 20  # 5 MiB, as for an article to extract from


class Snapshot(NamedTuple):
    sha256: str
    media_type: str
    size: int  # bytes, uncompressed
    content: bytes  # zlib-compressed


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def looks_html(data: bytes, name: str = "") -> bool:
    if name.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    head = data.lstrip()[:500].lower()
    return head.startswith((b"<!doctype html", b"<html")) or (
        head[:1] == b"<" and (b"<p>" in head or b"<body" in head or b"<head" in head)
    )


def make_snapshot(data: bytes, name: str = "") -> Snapshot:
    """A snapshot of ``data`` (the file's bytes; ``name`` tells HTML by its extension)."""
    media = HTML if looks_html(data, name) else TEXT
    return Snapshot(sha256_hex(data), media, len(data), zlib.compress(data, 6))


def unpack(content: bytes, sha256: str) -> bytes:
    """The bytes of a stored snapshot; ValueError if they do not match their hash."""
    try:
        data = zlib.decompress(content)
    except zlib.error:
        raise ValueError("content: not zlib-compressed data") from None
    if sha256_hex(data) != sha256:
        raise ValueError(f"content: does not match its sha256 {sha256}")
    return data


def decode(data: bytes) -> str:
    """UTF-8 (a BOM dropped), else cp1252, as ``extract`` reads an article."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


_HIDDEN = {"script", "style", "template", "noscript", "svg", "head"}
_BREAKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr",
           "section", "article", "figcaption", "title"}  # fmt: skip


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN and self.hidden:
            self.hidden -= 1
        elif tag in _BREAKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def snapshot_text(data: bytes, media_type: str) -> str:
    """The text a quote is looked for in: the file's text, or an HTML page's visible text
    (everything outside scripts, styles and the head), one line per block."""
    text = decode(data)
    if media_type == HTML:
        page = _Visible()
        page.feed(text)
        page.close()
        text = "".join(page.parts)
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


# -- folding -------------------------------------------------------------------------------

_QUOTES = set("\"'`´‘’‚‛“”„‟‹›«»＂＇′″")
_DASHES = set("-‐‑‒–—―−﹘﹣－")
# An ellipsis, or a bracketed insertion (the writer's words, not the speaker's).
_GAP = re.compile(r"\.\s*\.\s*\.|…|\[[^\]]*\]")


def fold(text: str) -> tuple[str, list[int]]:
    """``text`` folded for comparison, and for each folded character the index in ``text``
    it comes from. Quotation marks are dropped, dashes become "-" (with no space around),
    runs of whitespace one space, letters case-folded (NFKC)."""
    out: list[str] = []
    where: list[int] = []
    space = False
    for i, ch in enumerate(text):
        if ch in _QUOTES:
            continue
        if ch.isspace():
            space = bool(out)
            continue
        if ch in _DASHES:
            if out and out[-1] == "-":
                continue
            space = False
            if out and out[-1] == " ":
                out.pop()
                where.pop()
            out.append("-")
            where.append(i)
            continue
        if space and out[-1] != "-":
            out.append(" ")
            where.append(i)
        space = False
        norm = unicodedata.normalize("NFKC", ch).casefold() if not ch.isascii() else ch.lower()
        for c in norm:
            out.append(c)
            where.append(i)
    return "".join(out), where


def quote_parts(quote: str) -> list[str]:
    """The folded parts of a quote that must appear in order (split at ellipses and
    bracketed insertions; punctuation at a part's ends dropped; empty parts left out)."""
    parts = []
    for piece in _GAP.split(quote):
        folded = fold(piece)[0]
        folded = folded.strip(" -,;:.!?()")
        if folded:
            parts.append(folded)
    return parts


class QuoteCheck(NamedTuple):
    status: str  # "verified" | "not-found"
    passage: str | None  # verified: the article's words; not-found: the closest passage
    similarity: float | None  # not-found: 0..1, how alike the quote and the passage are
    start: int | None = None  # offset of the passage in the snapshot text


class Folded(NamedTuple):
    text: str  # the snapshot text
    folded: str
    where: list[int]


def prepare(text: str) -> Folded:
    folded, where = fold(text)
    return Folded(text, folded, where)


def _span(doc: Folded, start: int, end: int) -> tuple[int, int]:
    """Folded [start, end) as a span of the original text."""
    a = doc.where[start]
    b = doc.where[end - 1] + 1 if end > start else a
    return a, b


def check_quote(quote: str, doc: Folded) -> QuoteCheck:
    """Is ``quote`` in the article? Its parts must be found in order."""
    parts = quote_parts(quote)
    if not parts:
        return QuoteCheck("not-found", None, 0.0)
    pos, first, last = 0, None, 0
    for part in parts:
        at = _find_word(doc.folded, part, pos)
        if at < 0:
            break
        if first is None:
            first = at
        pos = last = at + len(part)
    else:
        a, b = _span(doc, first or 0, last)
        return QuoteCheck("verified", doc.text[a:b], None, a)
    return _closest(" ".join(parts), doc)


def _find_word(hay: str, needle: str, start: int) -> int:
    """The first match of ``needle`` in ``hay`` from ``start`` that does not begin or end
    inside a word (so "100" is not found in "1,100" or "1000")."""
    n = len(needle)
    while True:
        at = hay.find(needle, start)
        if at < 0:
            return -1
        before = hay[at - 1] if at else " "
        after = hay[at + n] if at + n < len(hay) else " "
        if not (before.isalnum() and needle[0].isalnum()) and not (
            after.isalnum() and needle[-1].isalnum()
        ):
            return at
        start = at + 1


_WORD = re.compile(r"\w+")


def _closest(folded_quote: str, doc: Folded) -> QuoteCheck:
    """The passage of the article most like the quote: the window of as many words as the
    quote with the most of its words (a linear sweep), then scored with difflib."""
    import difflib
    from collections import Counter

    qwords = _WORD.findall(folded_quote)
    words = list(_WORD.finditer(doc.folded))
    if not qwords or not words:
        return QuoteCheck("not-found", None, 0.0)
    want = Counter(qwords)
    k = min(len(qwords), len(words))
    have: Counter[str] = Counter()
    hits = 0
    best, tied = 0, list[int]()
    for i, m in enumerate(words):
        w = m.group()
        have[w] += 1
        if have[w] <= want.get(w, 0):
            hits += 1
        if i >= k:
            old = words[i - k].group()
            if have[old] <= want.get(old, 0):
                hits -= 1
            have[old] -= 1
        if i >= k - 1:
            if hits > best:
                best, tied = hits, [i - k + 1]
            elif hits == best and len(tied) < _MAX_TIED:
                tied.append(i - k + 1)
    if best <= 0:
        return QuoteCheck("not-found", None, 0.0)
    # Windows with as many of the quote's words: the one most like it, character by character.
    scored = []
    for at in tied:
        start, end = words[at].start(), words[at + k - 1].end()
        matcher = difflib.SequenceMatcher(None, folded_quote, doc.folded[start:end])
        scored.append((-matcher.ratio(), at, start, end))
    ratio, _, start, end = min(scored)
    a, b = _span(doc, start, end)
    return QuoteCheck("not-found", doc.text[a:b], round(-ratio, 2), a)


_MAX_TIED = 64  # windows scored with difflib at most


class Verdict(NamedTuple):
    """One claim checked against its source's latest snapshot."""

    id: str
    subject: str
    claimant: str
    quote: str
    source: str | None
    status: str  # "verified" | "not-found" | "no-snapshot"
    version: int | None = None
    sha256: str | None = None
    passage: str | None = None  # verified: the words found; not-found: the closest passage
    similarity: float | None = None

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "id": self.id,
            "subject": self.subject,
            "claimant": self.claimant,
            "status": self.status,
            "source": self.source,
        }
        if self.sha256 is not None:
            out["snapshot"] = {"version": self.version, "sha256": self.sha256}
        if self.status == "not-found":
            out["quote"] = self.quote
            out["closest"] = self.passage
            out["similarity"] = self.similarity
        return out


STATUSES = ("verified", "not-found", "no-snapshot")
