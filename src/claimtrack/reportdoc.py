"""A subject's report as a document: HTML (self-contained) or Markdown, from Jinja2 templates.

The data comes from :mod:`claimtrack.report`; the templates are package data in
``claimtrack/templates/``. No user text reaches a page unescaped:

* HTML autoescapes every value (Jinja2 ``autoescape=True``); the one unescaped value is the
  page's one ClaimReview JSON-LD (``report --claimreview ID``; none by default), written by
  ``exports.script_safe_dumps`` (no ``<``, ``>`` or ``&`` in it). Only http(s) addresses
  become links; the page fetches nothing (a Content-Security-Policy says so to the browser
  too) and runs no script.
* Markdown escapes every value for Markdown (:func:`md_escape`, the environment's
  ``finalize``): a quote cannot open a heading, a table cell, a link, code or an HTML tag.

Jinja2 is imported here only, when a report is made: other commands never pay for it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from claimtrack import __version__
from claimtrack.report import SubjectReport

if TYPE_CHECKING:
    from jinja2 import Environment

FORMATS = ("html", "md")
SUFFIX = {"html": ".html", "md": ".md"}
# Above this many claims a page asks the browser to lay out only what is near the screen
# (CSS content-visibility): a 10,000-claim report opens in about a second instead of three.
LONG_REPORT = 400

# Markdown that reads the same in CommonMark (markdown-it, GitHub) and in Python-Markdown
# (MkDocs): a character is escaped with a backslash only where both honour the backslash
# (\\ ` * _ [ ] # + - . !), and as an HTML entity where Python-Markdown would print the
# backslash (< > & | ~ =). Entities are decoded by both, and an entity pipe never splits a
# table cell.
_INLINE = re.compile(r"([\\`*_\[\]])")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "&#124;", "~": "&#126;"}
_ENTITY = re.compile("[&<>|~]")
# Escaped at the start of the text only: block markers (heading, list). A quote marker ">"
# and a setext rule "=" are already entities or made one here.
# ("1." is escaped as "1\.": a backslash before a digit would stay visible).
_BLOCK_START = re.compile(r"^(\s*)([#+\-])")
_SETEXT = re.compile(r"^(\s*)=(?==*$)")
_ORDERED = re.compile(r"^(\s*\d+)[.)]")


# Control characters (C0 and C1 but tab, newline, form feed and carriage return, and DEL):
# shown as the terminal shows them (``errors.clean``: ESC -> ``\x1b``). Raw, a report printed
# to a terminal (``report SUBJECT`` writes to stdout) would run an escape sequence (clear the
# screen, hide a link), and a browser drops them from the page, so a claimant "Wiper\x1b[2J"
# read "Wiper[2J" there and "Wiper\x1b[2J" in `conflicts`. Bidi controls are kept and closed
# (``bidi_closed``, ``isolated``): the page isolates them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def visible_controls(text: str) -> str:
    """``text`` with each control character written as ``\\x1b`` (as ``errors.clean``)."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def md_escape(value: Any) -> str:
    """Plain text as Markdown that shows exactly that text, in CommonMark and in
    Python-Markdown alike: whitespace (newlines included) collapsed to single spaces, so a
    value stays inside its line or table cell; right-to-left text isolated (``isolated``);
    control characters shown (``visible_controls``)."""
    if value is None:
        return ""
    text = " ".join(visible_controls(str(value)).split())
    text = _INLINE.sub(r"\\\1", text)
    text = _ENTITY.sub(lambda m: _ENTITIES[m.group()], text)
    m = _ORDERED.match(text)
    if m:
        text = m.group(1) + "\\" + text[m.end(1) :]
    else:
        text = _BLOCK_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
        text = _SETEXT.sub(lambda m: m.group(1) + "&#61;", text)
    return isolated(text)


def md_url(url: str) -> str:
    """A web address as a Markdown link destination: spaces, brackets and parentheses
    percent-encoded so the address cannot end the link early."""
    return quote(url, safe=":/?#@!$&'*+,;=%-._~")


def claims(n: int) -> str:
    from claimtrack.wording import plural

    return plural(n, "claim")


# Bidi controls that open an embedding, an override or an isolate, and what closes each.
_OPENERS = {"\u202a": "\u202c", "\u202b": "\u202c", "\u202d": "\u202c", "\u202e": "\u202c",
            "\u2066": "\u2069", "\u2067": "\u2069", "\u2068": "\u2069"}  # fmt: skip
_CLOSERS = {"\u202c", "\u2069"}
_RTL = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]"
)


def bidi_closed(text: str) -> str:
    """``text`` with every embedding, override or isolate it opens closed at its end, so that
    no bidi control in user text (a U+202E after a verdict) reorders what follows it.

    As the Unicode bidi algorithm reads them: a PDF closes the innermost embedding or
    override unless an isolate is open inside it (then it is ignored); a PDI closes the
    innermost isolate and whatever was opened inside it (ignored when no isolate is open).
    """
    if not any(ch in _OPENERS or ch in _CLOSERS for ch in text):
        return text
    stack: list[str] = []  # the closer each open level needs
    for ch in text:
        if ch in _OPENERS:
            stack.append(_OPENERS[ch])
        elif ch == "\u202c":
            if stack and stack[-1] == "\u202c":
                stack.pop()
        elif ch == "\u2069" and "\u2069" in stack:
            while stack.pop() != "\u2069":
                pass
    return text + "".join(reversed(stack))


def isolated(text: str) -> str:
    """``text`` for Markdown, where no element can isolate it: wrapped in FIRST STRONG
    ISOLATE ... POP DIRECTIONAL ISOLATE when it holds right-to-left letters or bidi controls,
    so that it cannot reorder the text around it; other text as it is."""
    if _RTL.search(text) or any(ch in _OPENERS or ch in _CLOSERS for ch in text):
        return "\u2068" + bidi_closed(text) + "\u2069"
    return text


@lru_cache(maxsize=2)
def environment(fmt: str) -> Environment:
    import jinja2
    from markupsafe import Markup

    if fmt == "html":

        def closed(value: Any) -> Any:
            if isinstance(value, str) and not isinstance(value, Markup):
                return bidi_closed(visible_controls(value))
            return value

        env = jinja2.Environment(
            loader=jinja2.PackageLoader("claimtrack", "templates"),
            autoescape=True,
            finalize=closed,
            undefined=jinja2.StrictUndefined,
            keep_trailing_newline=True,
        )
        env.filters["claims"] = claims
        env.filters["plural"] = _plural
        env.filters["quoted"] = _quoted
        return env

    def finalize(value: Any) -> Any:
        return value if isinstance(value, Markup) else md_escape(value)

    def md_link(text: Any, url: str) -> Markup:
        return Markup(f"[{md_escape(text)}]({md_url(url)})")

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("claimtrack", "templates"),
        autoescape=False,
        finalize=finalize,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )

    def code(text: Any) -> Markup:
        """A claim id as inline code (ids hold no backtick: letters, digits, . _ : -)."""
        return Markup(f"`{text}`" if "`" not in str(text) else md_escape(text))

    env.filters["md_link"] = md_link
    env.filters["claims"] = claims
    env.filters["plural"] = _plural
    env.filters["code"] = code
    return env


def _plural(n: int, word: str, many: str | None = None) -> str:
    from claimtrack.wording import plural

    return plural(n, word, many)


def _quoted(text: str, limit: int | None = None) -> str:
    from claimtrack.wording import quoted

    return quoted(text, limit)


def to_html(report: SubjectReport) -> str:
    from markupsafe import Markup

    from claimtrack.exports import script_safe_dumps

    # One ClaimReview per page, as Google asks: the main verdict (``report --claimreview ID``).
    jsonld = Markup(script_safe_dumps(report.claimreview[0])) if report.claimreview else None
    template = environment("html").get_template("report.html.j2")
    return template.render(r=report, jsonld=jsonld, version=__version__, long_report=LONG_REPORT)


def to_markdown(report: SubjectReport) -> str:
    text = environment("md").get_template("report.md.j2").render(r=report, version=__version__)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def render(report: SubjectReport, fmt: str) -> str:
    return to_html(report) if fmt == "html" else to_markdown(report)
