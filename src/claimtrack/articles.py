"""Reading an article for ``claimtrack extract``: a text or HTML file, or standard input.

HTML is read with the standard library's ``html.parser``: the body is the text of the ``<p>``
elements inside ``<article>`` (else ``<main>``, else the whole page), outside navigation,
asides, headers, footers, figures, scripts and styles; the metadata comes from ``<title>``,
``og:``/``article:`` meta tags, the author meta tag, ``<link rel=canonical>`` and JSON-LD
``NewsArticle``/``Article`` objects (which win where they say something).
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from claimtrack.errors import InputError

MAX_ARTICLE = 5 << 20  # 5 MiB: far above any article
_SKIP = {"script", "style", "nav", "aside", "header", "footer", "figure", "figcaption",
         "noscript", "form", "button", "svg", "template"}  # fmt: skip
_BLOCK = {"p", "h2", "h3", "h4", "li", "blockquote"}


@dataclass
class Article:
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # YYYY-MM-DD
    author: str | None = None
    html: bool = False
    meta: dict[str, str] = field(default_factory=dict)
    raw: bytes = b""  # the file's bytes as read (its snapshot)


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.canonical: str | None = None
        self.title = ""
        self.jsonld: list[str] = []
        self.blocks: dict[str, list[str]] = {"article": [], "main": [], "all": []}
        self._stack: list[str] = []
        self._skip = 0
        self._in_title = False
        self._script_ld = False
        self._buf: list[str] | None = None
        self._within = {"article": 0, "main": 0}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or "").lower()
            if key and a.get("content") and key not in self.meta:
                self.meta[key] = a["content"].strip()
            return
        if tag == "link" and "canonical" in a.get("rel", "").lower().split():
            self.canonical = a.get("href") or None
            return
        if tag == "br" and self._buf is not None:
            self._buf.append(" ")
            return
        if tag == "title":
            self._in_title = True
        if tag == "script" and a.get("type", "").lower() == "application/ld+json":
            self._script_ld = True
            self.jsonld.append("")
            return
        if tag in _SKIP:
            self._skip += 1
        if tag in self._within:
            self._within[tag] += 1
        if tag in _BLOCK and self._skip == 0 and self._buf is None:
            self._buf = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag == "script" and self._script_ld:
            self._script_ld = False
            return
        if tag in _SKIP and self._skip:
            self._skip -= 1
        if tag in _BLOCK and self._buf is not None:
            text = " ".join("".join(self._buf).split())
            if text:
                for where, depth in (("article", self._within["article"]),
                                     ("main", self._within["main"]), ("all", 1)):  # fmt: skip
                    if depth:
                        self.blocks[where].append(text)
            self._buf = None
        if self._within.get(tag):
            self._within[tag] -= 1

    def handle_data(self, data: str) -> None:
        if self._script_ld:
            self.jsonld[-1] += data
        elif self._in_title:
            self.title += data
        elif self._buf is not None and self._skip == 0:
            self._buf.append(data)


def _ld_article(chunks: list[str]) -> dict[str, Any]:
    found: list[dict[str, Any]] = []

    def walk(obj: Any) -> None:
        if isinstance(obj, list):
            for x in obj:
                walk(x)
        elif isinstance(obj, dict):
            kind = obj.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if any(isinstance(k, str) and k.endswith("Article") for k in kinds):
                found.append(obj)
            walk(obj.get("@graph"))

    for chunk in chunks:
        try:
            walk(json.loads(chunk))
        except ValueError:
            continue
    return found[0] if found else {}


def _name(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return _name(value.get("name"))
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return " and ".join(names) or None
    return None


def _day(value: str | None) -> str | None:
    import re

    if not value:
        return None
    m = re.match(r"(\d{4}-\d{2}-\d{2})", value.strip())
    return m.group(1) if m else None


def read_html(html: str) -> Article:
    """The article body and metadata of an HTML page (pure: text in, Article out)."""
    page = _Page()
    page.feed(html)
    page.close()
    blocks = page.blocks["article"] or page.blocks["main"] or page.blocks["all"]
    ld = _ld_article(page.jsonld)
    meta = page.meta
    title = _name(ld.get("headline")) or meta.get("og:title") or page.title.strip() or None
    outlet = _name(ld.get("publisher")) or meta.get("og:site_name")
    url = page.canonical or meta.get("og:url") or _name(ld.get("url"))
    published = _day(ld.get("datePublished")) or _day(meta.get("article:published_time"))
    author = _name(ld.get("author")) or meta.get("author") or meta.get("article:author")
    if author and author.startswith(("http://", "https://")):
        author = None  # a profile link, not a name
    return Article("\n\n".join(blocks), title, outlet, url, published, author, True, meta)


def _looks_html(raw: str, path: str) -> bool:
    if path.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    head = raw.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<p>" in head and head[:1] == "<")


def read_limited(path: str, limit: int, label: str) -> bytes:
    """The bytes of the file at ``path``, at most ``limit + 1`` of them (so that a caller can
    tell a file over ``limit``); a missing, unreadable or directory path is an InputError
    whose message starts with ``label`` (the path, or the option and path)."""
    p = Path(path)
    if p.is_dir():
        raise InputError(f"{label}: is a directory, not an article")
    try:
        with open(p, "rb") as fh:
            return fh.read(limit + 1)
    except FileNotFoundError:
        from claimtrack.errors import no_such_file

        raise no_such_file(label, path) from None
    except OSError as e:
        raise InputError(f"{label}: cannot read: {e.strerror}") from None


def read_article(path: str) -> Article:
    """Read a text or HTML article from ``path`` (``-``: standard input) as UTF-8 (a file
    that is not UTF-8 is read as cp1252)."""
    if path == "-":
        data = sys.stdin.buffer.read(MAX_ARTICLE + 1) if hasattr(sys.stdin, "buffer") else b""
    else:
        data = read_limited(path, MAX_ARTICLE, path)
    if len(data) > MAX_ARTICLE:
        raise InputError(f"{path}: larger than {MAX_ARTICLE >> 20} MiB: not an article")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError:
        raw = data.decode("cp1252", errors="replace")
    if not raw.strip():
        raise InputError(f"{path}: the article is empty")
    if _looks_html(raw, path):
        article = read_html(raw)
        if not article.text.strip():
            raise InputError(f"{path}: no article text found in the HTML (no <p> paragraphs)")
        article.raw = data
        return article
    return Article(raw, raw=data)


def strip_extract(src: str, dst: Path) -> None:
    """Copy a candidates file line by line, dropping each line's ``extract`` object (lines
    that are not JSON objects are copied as they are, for the importer to report)."""
    from claimtrack.jsonl import open_input

    with open_input(src) as fin, open(dst, "wb") as fout:
        for raw in fin:
            try:
                obj = json.loads(raw)
            except ValueError:
                fout.write(raw if raw.endswith(b"\n") else raw + b"\n")
                continue
            if isinstance(obj, dict):
                obj.pop("extract", None)
                fout.write(json.dumps(obj, ensure_ascii=False).encode("utf-8") + b"\n")
            else:
                fout.write(raw if raw.endswith(b"\n") else raw + b"\n")
