"""A control character in user text is shown in the HTML and Markdown reports as the terminal
shows it (``\\x1b``), never written raw: a report printed to a terminal runs no escape
sequence, and a browser does not drop it from the page (docs/report.md, "Control
characters")."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from claimtrack.reportdoc import md_escape, visible_controls

from conftest import store_unchecked

ROOT = Path(__file__).resolve().parents[1]
RAW = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Wiper\x1b[2J\x1b[H", "Wiper\\x1b[2J\\x1b[H"),
        ("a\x9bb\x7fc\x00", "a\\x9bb\\x7fc\\x00"),
        ("line\nnext\ttab\r", "line\nnext\ttab\r"),
        ("\u202eseiL", "\u202eseiL"),  # bidi controls: kept, closed by the page
        ("plain", "plain"),
    ],
)
def test_visible_controls(text: str, shown: str) -> None:
    assert visible_controls(text) == shown


def test_markdown_shows_the_escape_as_text() -> None:
    assert md_escape("Wiper\x1b[2J") == "Wiper\\\\x1b\\[2J"  # renders as Wiper\x1b[2J


def test_reports_carry_no_raw_control_and_say_what_the_terminal_says(ct, empty_db) -> None:
    path = ROOT / "tests" / "fixtures" / "terminal-escapes.jsonl"
    assert ct("import", str(path)).exit_code == 2  # refused now: rows of an older database
    store_unchecked(empty_db, [json.loads(line) for line in path.read_text().splitlines()])
    listing = ct("conflicts", "hostile-names").stdout
    html = ct("report", "hostile-names").stdout
    md = ct("report", "hostile-names", "--format", "md").stdout
    assert RAW.findall(html) == [] and RAW.findall(md) == []
    assert "Wiper\\x1b[2J\\x1b[H" in listing

    class Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.parts: list[str] = []

        def handle_data(self, data: str) -> None:
            self.parts.append(data)

    page = Text()
    page.feed(html)
    text = "".join(page.parts)
    for shown in ("Wiper\\x1b[2J\\x1b[H", "\\x1b]8;;https://evil.example\\x1b\\here"):
        assert shown in text
    assert "Wiper\\\\x1b\\[2J\\\\x1b\\[H" in md  # Markdown for Wiper\x1b[2J\x1b[H
