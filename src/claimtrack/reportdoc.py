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

# Always escaped: characters that start inline Markdown anywhere in a line (emphasis, code,
# links and images, autolinks and HTML, table cells, strikethrough, entities, escapes).
_INLINE = re.compile(r"([\\`*_\[\]<>|~&])")
# Escaped at the start of the text only: block markers (heading, list, quote, a setext rule).
# ("1." is escaped as "1\.": a backslash before a digit would stay visible).
_BLOCK_START = re.compile(r"^(\s*)([#+\->]|=+$)")
_ORDERED = re.compile(r"^(\s*\d+)[.)]")


def md_escape(value: Any) -> str:
    """Plain text as Markdown that shows exactly that text: whitespace (newlines included)
    collapsed to single spaces, so a value stays inside its line or table cell."""
    if value is None:
        return ""
    text = " ".join(str(value).split())
    text = _INLINE.sub(r"\\\1", text)
    m = _ORDERED.match(text)
    if m:
        return m.group(1) + "\\" + text[m.end(1) :]
    return _BLOCK_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def md_url(url: str) -> str:
    """A web address as a Markdown link destination: spaces, brackets and parentheses
    percent-encoded so the address cannot end the link early."""
    return quote(url, safe=":/?#@!$&'*+,;=%-._~")


def claims(n: int) -> str:
    return f"{n} claim" if n == 1 else f"{n} claims"


@lru_cache(maxsize=2)
def environment(fmt: str) -> Environment:
    import jinja2
    from markupsafe import Markup

    if fmt == "html":
        env = jinja2.Environment(
            loader=jinja2.PackageLoader("claimtrack", "templates"),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            keep_trailing_newline=True,
        )
        env.filters["claims"] = claims
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
    env.filters["md_link"] = md_link
    env.filters["claims"] = claims
    return env


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
