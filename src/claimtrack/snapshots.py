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

import bisect
import hashlib
import re
import unicodedata
import zlib
from collections.abc import Sequence
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


def not_text(data: bytes) -> str | None:
    """Why ``data`` is not a text or HTML page (None: it is one): a PDF, or binary bytes
    (NUL bytes), whose "text" would be noise no quote is found in."""
    head = data.lstrip()[:1024]
    if head.startswith(b"%PDF-"):
        return "a PDF, not a text or HTML page (save the article's text, or the page as HTML)"
    sample = data[:65536]
    if b"\x00" in sample or _controls(sample) * 100 > len(sample):
        return "binary data, not a text or HTML page"
    return None


# Bytes no text or HTML page holds (C0 controls but tab, newlines and form feed; DEL): an image
# or an archive without a NUL in its first bytes has them by the dozen (random bytes: about
# one in ten), so more than one in a hundred is binary (it was stored as a text/html snapshot).
_CONTROL_BYTES = bytes([*range(1, 9), 11, *range(14, 32), 127])


def _controls(sample: bytes) -> int:
    return len(sample) - len(sample.translate(None, _CONTROL_BYTES))


# What a page says when it is not the article: a paywall, a cookie or consent wall, an error.
_NOT_ARTICLE = re.compile(
    r"\b(?:subscribe (?:now )?to (?:continue|read)|subscribers only|already a subscriber|"
    r"sign in to (?:continue|read)|create a free account|accept (?:all )?cookies|"
    r"cookie (?:settings|preferences|policy)|enable (?:javascript|cookies)|"
    r"page (?:was )?not found|404 not found|403 forbidden|access denied|are you a robot|"
    r"verify you are (?:a )?human|service unavailable)\b",
    re.IGNORECASE,
)
FEW_WORDS = 120  # an article shorter than this, with such words, is likely no article
# What only a consent wall says, at the length such walls run to (a real one, saved instead of
# a newspaper's article, was 150 words, over FEW_WORDS and with none of the words above:
# evidence2).
_CONSENT = re.compile(
    r"\b(?:we value your privacy|we and our partners|your privacy choices|reject all|"
    r"manage (?:cookies|consent|options|"
    r"(?:your )?(?:cookie |privacy )?(?:preferences|settings)))\b",
    re.IGNORECASE,
)
CONSENT_WORDS = 400


def not_an_article(data: bytes, media_type: str) -> str | None:
    """Why a page looks like a paywall, a consent wall or an error page rather than an
    article (its text short, and saying so), or a page whose article is only in its
    JSON-LD data (a page a script builds, saved before it ran), or None."""
    why = no_article(data, media_type)
    if why is None:
        return None
    if "JSON-LD" in why:
        return why + "? save the page as shown, or its text; quotes will not be found in it"
    return why + "? quotes will not be found in it"


def no_article(data: bytes, media_type: str) -> str | None:
    """The short form of :func:`not_an_article` (what `verify` says of a quote not found in
    such a snapshot), or None."""
    text = snapshot_texts(data, media_type)[0]
    words = len(text.split())
    m = _NOT_ARTICLE.search(text) if words < FEW_WORDS else None
    if m is None and words < CONSENT_WORDS:
        m = _CONSENT.search(text)
    if m is not None:
        return (
            f"its text is {words} words and says “{m.group()}”: a paywall, a cookie "
            "wall or an error page rather than the article"
        )
    if media_type == HTML and words < FEW_WORDS:
        body = len(_ld_body(decode(data)).split())
        if body > words:
            return (
                f"its text is {words} words, and the article ({body} words) is only in its "
                "JSON-LD data (articleBody): a page a script builds, saved before it ran"
            )
    return None


_LD_SCRIPT = re.compile(
    r"<script[^>]*type\s*=\s*[\"']?application/ld\+json[^>]*>(.*?)</script>",
    re.IGNORECASE | re.DOTALL,
)


def _ld_body(html: str) -> str:
    """The longest ``articleBody`` of a page's JSON-LD data ("" when none)."""
    import json

    bodies: list[str] = []

    def walk(obj: object) -> None:
        if isinstance(obj, list):
            for x in obj:
                walk(x)
        elif isinstance(obj, dict):
            body = obj.get("articleBody")
            if isinstance(body, str):
                bodies.append(body)
            for v in obj.values():
                if isinstance(v, dict | list):
                    walk(v)

    for chunk in _LD_SCRIPT.findall(html):
        try:
            walk(json.loads(chunk))
        except ValueError:
            continue
    return max(bodies, key=len, default="")


def make_snapshot(data: bytes, name: str = "") -> Snapshot:
    """A snapshot of ``data`` (the file's bytes; ``name`` tells HTML by its extension).
    ValueError for a file that is not text (:func:`not_text`)."""
    why = not_text(data)
    if why is not None:
        raise ValueError(why)
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
# Parts of a page that are not the article: navigation, asides, footers, forms, and blocks
# whose class, id or role names readers' comments, related or recommended stories, promotions,
# sharing or advertising. A quote found only there is not the article's (a reader's comment
# is not the speaker's words).
_OUTSIDE_TAGS = {"aside", "nav", "footer", "form"}
# A class or id token that names such a block: "comments", "comment-list", "related-stories",
# "js-share-tools"; a word of it, not a part of one ("commentary", "shared", "adverb" are not).
_OUTSIDE = re.compile(
    r"(?:^|[-_])(?:comments?|related|recommended|recommendations|more-(?:stories|news|from|on)|"
    r"disqus|also-read|you-(?:may|might)-(?:like|also-like)|"
    r"read-more|most-(?:read|popular)|popular|trending|newsletter|promo|sidebar|share|sharing|"
    r"social|outbrain|taboola|advert|advertisement|ads)(?:$|[-_])",
    re.IGNORECASE,
)
_OUTSIDE_ROLES = {"complementary", "contentinfo", "navigation", "banner"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
         "track", "wbr"}  # fmt: skip


# A block the page does not show: the ``hidden`` attribute, a style that hides it. Its words
# are read as outside the article: no reader sees them (evidence2). (``aria-hidden`` is not
# one: pages set it on the whole article while a dialog is open.)
_UNSHOWN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def _outside(tag: str, attrs: list[tuple[str, str | None]]) -> bool:
    if tag in _OUTSIDE_TAGS:
        return True
    if tag in _VOID or tag in ("body", "html"):
        return False
    for k, v in attrs:
        if k == "hidden":
            return True
        if k == "style" and v and _UNSHOWN.search(v):
            return True
    if tag in ("article", "main"):
        return False
    for k, v in attrs:
        if not v:
            continue
        if k == "role" and v.strip().lower() in _OUTSIDE_ROLES:
            return True
        if k in ("class", "id") and any(_OUTSIDE.search(tok) for tok in v.split()):
            return True
    return False


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.elsewhere: list[str] = []  # the visible text outside the article
        self.hidden = 0
        self.outside: list[str] = []  # tags of the open blocks outside the article
        self.depth = 0  # nesting of the innermost outside block's tag inside itself
        self.outside_off = False  # read every block as the article's
        self.pre = 0  # open <pre> and <textarea> blocks: their line breaks are kept

    def _out(self) -> list[str]:
        return self.elsewhere if self.outside else self.parts

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
            return
        if tag in ("pre", "textarea"):
            self.pre += 1
        if self.outside and tag == self.outside[-1]:
            self.depth += 1
        elif not self.outside_off and _outside(tag, attrs):
            self.outside.append(tag)
            self.depth = 0
        if tag == "br":  # a line break, not a paragraph's end (see _SOFT)
            self._out().append("\n" if self.pre else _SOFT)
        elif tag in _BREAKS:
            self._out().append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN and self.hidden:
            self.hidden -= 1
            return
        if tag in ("pre", "textarea") and self.pre:
            self.pre -= 1
        if tag in _BREAKS and tag != "br":  # <br/> is one break, not two
            self._out().append("\n")
        if self.outside and tag == self.outside[-1]:
            if self.depth:
                self.depth -= 1
            else:
                self.outside.pop()
                self._out().append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            # a line break in a page's source is a space on the page (outside <pre>): before
            # (evidence2), a <p> written over two lines was two paragraphs, and a quote over
            # the break "ran across two paragraphs"
            self._out().append(data if self.pre else data.replace("\r", " ").replace("\n", " "))


# A <br> inside a paragraph: a line break there is a space, two in a row (pages that part
# paragraphs with "<br><br>") a paragraph's end. Before (evidence5), every <br> ended a
# paragraph, and a quote verbatim across one was "not found: its words run across two
# paragraphs of the page".
_SOFT = "\u2028"
_SOFT_BREAKS = re.compile("\u2028(?:[^\\S\n]*\u2028)+")


def _lines(text: str) -> str:
    if _SOFT in text:
        text = _SOFT_BREAKS.sub("\n", text).replace(_SOFT, " ")
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


def _unwrapped(text: str) -> str:
    """A text file's paragraphs one per line: a hard-wrapped file (lines of at most 80
    characters, paragraphs parted by blank lines) has its lines joined within a paragraph;
    otherwise each line is a paragraph."""
    lines = text.splitlines()
    full = [line for line in lines if line.strip()]
    blank = len(lines) - len(full)
    if not blank or len(full) < 2 * blank or max(len(x.rstrip()) for x in full) > 80:
        return text
    return "\n".join(" ".join(block.split()) for block in re.split(r"\n\s*\n", text))


def snapshot_texts(data: bytes, media_type: str) -> tuple[str, str]:
    """The article's text a quote is looked for in (the file's text, one paragraph a line; an
    HTML page's visible text, one line per block), and the visible text of the page outside
    the article (navigation, asides, comments, related stories: "" for a text file)."""
    text = decode(data)
    if media_type != HTML:
        return _lines(_unwrapped(text)), ""
    page = _Visible()
    page.feed(text)
    page.close()
    article, outside = _lines("".join(page.parts)), _lines("".join(page.elsewhere))
    if not article:  # everything in blocks that look like no article: read it all
        return _lines("".join(_all_parts(text))), ""
    return article, outside


def _all_parts(text: str) -> list[str]:
    page = _Visible()
    page.outside_off = True
    page.feed(text)
    page.close()
    return page.parts


def snapshot_text(data: bytes, media_type: str) -> str:
    """The text a quote is looked for in: the file's text, or an HTML page's visible text
    (everything outside scripts, styles and the head, and outside the blocks that are not the
    article), one line per block."""
    return snapshot_texts(data, media_type)[0]


# -- folding -------------------------------------------------------------------------------

_QUOTES = set("\"'`´‘’‚‛“”„‟‹›«»＂＇′″")
_DASHES = set("-‐‑‒–—―−﹘﹣－")
# An ellipsis, or a bracketed insertion (the writer's words, not the speaker's).
_GAP = re.compile(r"\.\s*\.\s*\.|…|\[[^\]]*\]")


# Characters a page may hold inside a word that print as nothing: a soft hyphen (&shy;),
# zero-width spaces and joiners, a word joiner, a byte-order mark.
_INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")


def fold(text: str) -> tuple[str, list[int]]:
    """``text`` folded for comparison, and for each folded character the index in ``text``
    it comes from. Quotation marks and invisible characters (soft hyphens, zero-width
    spaces) are dropped, dashes become "-" (with no space around),
    runs of whitespace one space, letters case-folded (NFKC)."""
    out: list[str] = []
    where: list[int] = []
    space = False
    for i, ch in enumerate(text):
        if ch in _QUOTES or ch in _INVISIBLE:
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
        if unicodedata.combining(ch) and out and not space and out[-1] not in " -":
            # a letter and its accent written apart (NFD, "e\u0301"): the letter as one
            # character, as NFC writes it ("é"). Before (evidence5), a quote and a page
            # written in the two forms differed, and the quote was "not found".
            both = unicodedata.normalize("NFC", out[-1] + ch)
            if len(both) == 1:
                out[-1] = both.casefold() if len(both.casefold()) == 1 else both
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
    start: int | None = None  # offset of the passage in the snapshot text (None: outside it)
    reason: str | None = None  # not-found: why words of the page that match are not the quote


class Folded(NamedTuple):
    text: str  # the snapshot text
    folded: str
    where: list[int]
    breaks: tuple[int, ...] = ()  # folded offsets where a paragraph (a line of ``text``) begins
    # folded offsets where a double quotation mark was dropped: an edge of a word there (a
    # Korean page's “...않을 것”이라고: the particle after the mark is no part of the quote's
    # word; before, evidence2, the quote's last word was "inside a word" and not found)
    marks: frozenset[int] = frozenset()


def prepare(text: str) -> Folded:
    folded, where = fold(text)
    breaks = tuple(k for k in range(1, len(where)) if "\n" in text[where[k - 1] : where[k]])
    marks = frozenset(
        k
        for k in range(1, len(where))
        if where[k] - where[k - 1] > 1 and any(c in _DOUBLE for c in text[where[k - 1] : where[k]])
    )
    return Folded(text, folded, where, breaks, marks)


_DOUBLE = frozenset('"“”„‟«»＂″')


def _span(doc: Folded, start: int, end: int) -> tuple[int, int]:
    """Folded [start, end) as a span of the original text."""
    a = doc.where[start]
    b = doc.where[end - 1] + 1 if end > start else a
    return a, b


# Words whose loss turns a quote around: an ellipsis may not leave one out ("We will ...
# raise taxes" is not what "We will not raise taxes" says). Folded: apostrophes are dropped.
_NEGATIONS = frozenset(
    {"not", "no", "never", "nor", "neither", "none", "nothing", "nobody", "nowhere", "cannot",
     "without", "hardly", "barely", "dont", "doesnt", "didnt", "wont", "wouldnt", "cant",
     "couldnt", "shouldnt", "isnt", "arent", "wasnt", "werent", "hasnt", "havent", "hadnt",
     "mustnt", "neednt", "aint"}
)  # fmt: skip

CROSSES_PARAGRAPHS = "its words run across two paragraphs of the page: no one said them as one"
OUTSIDE_ARTICLE = (
    "found only outside the article (a reader's comment, related stories, navigation, an "
    "aside or hidden text of the page)"
)


def _negation(gap: str) -> str | None:
    return next((w for w in _WORD.findall(gap) if w in _NEGATIONS), None)


# A bracketed insertion of the page's own writer ("the DPRK [North Korea] is"): a quote may
# leave it out, as it is not the speaker's (evidence2: a real page's "[North Korea]" made a
# quote of the minister's words without it "not found"). Unless it holds a negation.
_PAGE_INSERTION = re.compile(r"\[[^\]\n]{1,60}\]")


def _without_insertions(text: str) -> str:
    """``text`` with the writer's bracketed insertions blanked (the same length: offsets
    hold), those holding a negation kept."""

    def blank(m: re.Match[str]) -> str:
        return m.group() if _negation(fold(m.group())[0]) else " " * len(m.group())

    return _PAGE_INSERTION.sub(blank, text)


def check_quote(quote: str, doc: Folded, outside: Folded | None = None) -> QuoteCheck:
    """Is ``quote`` in the article? Its parts must be found in order within one paragraph,
    a part never running across two, and an ellipsis may not leave out a negation (see
    ``_NEGATIONS``). ``outside``: the page's text outside the article (comments, related
    stories): a quote found only there is not found, and says so. A bracketed insertion of
    the page's writer may be left out of the quote."""
    found = _check_quote(quote, doc, outside)
    if found.status == "verified" or "[" not in doc.text:
        return found
    bare = _without_insertions(doc.text)
    if bare == doc.text:
        return found
    again = _check_quote(quote, prepare(bare))
    if again.status != "verified" or again.start is None or again.passage is None:
        return found
    return again._replace(passage=doc.text[again.start : again.start + len(again.passage)])


def _check_quote(quote: str, doc: Folded, outside: Folded | None = None) -> QuoteCheck:
    parts = quote_parts(quote)
    if not parts:
        return QuoteCheck("not-found", None, 0.0)
    text, breaks = doc.folded, doc.breaks
    reason = None
    start = 0
    while (at := _find_word(text, parts[0], start, None, doc.marks)) >= 0:
        start = at + 1
        i = bisect.bisect_right(breaks, at)
        end = breaks[i] if i < len(breaks) else len(text)
        pos = at + len(parts[0])
        if pos > end:
            reason = reason or CROSSES_PARAGRAPHS
            continue
        for part in parts[1:]:
            nxt = _find_word(text, part, pos, end, doc.marks)
            if nxt < 0:
                break
            dropped = _negation(text[pos:nxt])
            if dropped is not None:
                reason = f'the words its ellipsis leaves out include "{dropped}"'
                break
            pos = nxt + len(part)
        else:
            a, b = _span(doc, at, pos)
            return QuoteCheck("verified", doc.text[a:b], None, a)
    if reason is None and outside is not None and outside.folded:
        there = _check_quote(quote, outside)
        if there.status == "verified":  # the words as the page has them, where it has them
            return QuoteCheck("not-found", there.passage, 1.0, None, OUTSIDE_ARTICLE)
    if reason is None:
        reason = _other_script(" ".join(parts), doc.folded)
    return _closest(" ".join(parts), doc)._replace(reason=reason)


_SCRIPTS = {"HIRAGANA": "CJK", "KATAKANA": "CJK"}  # Japanese writes in the three at once


def _script(text: str) -> str | None:
    """The script most of the letters of ``text`` are written in ("LATIN", "HANGUL",
    "CJK", "CYRILLIC" ...: the first word of their Unicode names), or None."""
    counts: dict[str, int] = {}
    for ch in text[:2000]:
        if ch.isalpha():
            name = unicodedata.name(ch, "").split(" ", 1)[0]
            if name:
                name = _SCRIPTS.get(name, name)
                counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


def _other_script(quote: str, article: str) -> str | None:
    """Why a quote cannot be the page's words when the two are written in other scripts (a
    translation: evidence2, an English quote of a Korean page stood as a possible misquote)."""
    mine, theirs = _script(quote), _script(article)
    if mine is None or theirs is None or mine == theirs:
        return None
    return (
        f"the page is written in {theirs.title()} letters, the quote in {mine.title()}: a "
        "translation is not the page's words"
    )


def _find_word(
    hay: str, needle: str, start: int, end: int | None = None, marks: frozenset[int] = frozenset()
) -> int:
    """The first match of ``needle`` in ``hay[start:end]`` that does not begin or end
    inside a word (so "100" is not found in "1,100" or "1000"); ``marks``: offsets where a
    quotation mark stood, an edge of a word."""
    n = len(needle)
    while True:
        at = hay.find(needle, start, end)
        if at < 0:
            return -1
        before = hay[at - 1] if at and at not in marks else " "
        after = hay[at + n] if at + n < len(hay) and at + n not in marks else " "
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


# -- who the page gives the words to ---------------------------------------------------------

# Words that name no one in particular: a claimant and a speaker are the same when they share
# a word that is not one of these ("Tom Reed" and "union secretary Tom Reed"; "US-led
# coalition (CJTF-OIR)" and "coalition spokesman").
_PLAIN_WORDS = frozenset(
    {"the", "a", "an", "of", "for", "and", "in", "on", "at", "to", "by", "its", "his", "her",
     "their", "mr", "mrs", "ms", "dr", "said", "says", "told", "official", "officials",
     "spokesman", "spokeswoman", "spokesperson", "minister", "ministry", "president",
     "secretary", "general", "chief", "head", "leader", "director", "deputy", "senior",
     "national", "state", "government", "local", "city", "council", "department", "office",
     "agency", "news", "group", "people", "source", "sources", "us", "un", "led"}
)  # fmt: skip


def _names(text: str) -> set[str]:
    """The words of a name that say who it is, folded; a plural or possessive "s" dropped
    ("fighters", "BBC's": "fighter", "bbc")."""
    words = (w for w in _WORD.findall(fold(text)[0]) if len(w) > 1 and w not in _PLAIN_WORDS)
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words}


def _meet(a: set[str], b: set[str]) -> bool:
    """Whether two sets of name words share one, or one word begins the other ("Sudan" and
    "Sudanese", at least 4 letters)."""
    return bool(a & b) or any(
        len(x) >= 4 and len(y) >= 4 and (x.startswith(y) or y.startswith(x)) for x in a for y in b
    )


def same_who(a: str, b: str) -> bool:
    """Whether two names share a word that says who they are (see ``_PLAIN_WORDS``)."""
    return _meet(_names(a), _names(b))


_PROPER = re.compile(r"\b[A-Z][\w'’.-]*")


def _named(speaker: str) -> bool:
    """Whether a speaker is someone by name ("Tom Reed", "Unison"), not "a man", "residents"
    or "he": only a name is worth setting against the claim's."""
    return any(m.group() not in ("The", "A", "An") for m in _PROPER.finditer(speaker))


class Said(NamedTuple):
    """One sentence of the page as ``extract`` reads it: where it is in the snapshot text,
    and the speaker (and the body they speak for) it gives the sentence to."""

    start: int
    end: int
    speaker: str | None
    claimant: str | None


def said_by_another(
    start: int, end: int, names: Sequence[str | None], sentences: Sequence[Said], text: str
) -> str | None:
    """Whom the page gives the words at [start, end) to, when that is someone other than
    every one of ``names`` (the claim's claimant and speaker): the speaker of each sentence
    of ``text`` the words are in is someone by name, and none of them shares a word with the
    claim's names, nor does the sentence name any of them. None when the words are the
    claimant's, or the page gives them to no one by name (narration, "a man", or a speaker
    ``extract`` could not find)."""
    mine = set().union(*(_names(n) for n in names if n))
    if not mine:
        return None
    others = []
    for s in sentences:
        if s.end <= start or s.start >= end:
            continue
        if s.speaker is None or not _named(s.speaker):
            return None
        theirs = _names(s.speaker) | (_names(s.claimant) if s.claimant else set())
        if not theirs or _meet(theirs, mine) or _meet(_names(text[s.start : s.end]), mine):
            return None
        others.append(s.speaker)
    return others[0] if others else None


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
    reason: str | None = None  # not-found: why the words the page has are not the quote
    said_by: str | None = None  # verified: the page gives the words to this other speaker

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
        if self.said_by is not None:
            out["said_by"] = self.said_by
        if self.status == "not-found":
            out["quote"] = self.quote
            out["closest"] = self.passage
            out["similarity"] = self.similarity
            if self.reason is not None:
                out["reason"] = self.reason
        return out


STATUSES = ("verified", "not-found", "no-snapshot")
