"""What a figure's own quote says that changes how it reads (outputs14): the words saying its
count was revised from it, and the words of a plan's stage, read once when the claim is written
(``quote_marks``, by ``records.claim_row`` for add, import, edit and the review; migration m019
for the claims stored before), carried by the engine (``FigureConflict.revised``,
``FigureConflict.stages``) and said by every output from there: the terminal, the sheet, the
report, and now ``conflicts --json`` (``revised_from``, ``plan_stages``), which left them out
(docs/exports.md, "Every caveat in every output")."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.quote_marks import (
    _revised_words_slowly,
    figure_marks,
    plan_words,
    revised_words,
)
from claimtrack.store import Store

Run = Callable[..., Any]

STORY = [
    {"id": "d1", "subject": "quake", "claimant": "Ministry", "said_on": "2017-09-20",
     "quote": "The ministry revised the death toll downward from 248 to 225",
     "kind": "figure", "measure": "deaths", "value": "248"},
    {"id": "d2", "subject": "quake", "claimant": "Red Cross", "said_on": "2017-09-21",
     "quote": "150 people died", "kind": "figure", "measure": "deaths", "value": "150"},
    {"id": "g1", "subject": "budget", "claimant": "Commission", "said_on": "2020-05-27",
     "quote": "The Commission proposed €500 billion in grants", "kind": "figure",
     "measure": "grants", "value": "€500 billion"},
    {"id": "g2", "subject": "budget", "claimant": "Council", "said_on": "2020-07-21",
     "quote": "Leaders agreed on €390 billion in grants", "kind": "figure",
     "measure": "grants", "value": "€390 billion"},
]  # fmt: skip

REVISED = [{"claim": "d1", "words": "revised the death toll downward from 248"}]
STAGES = {"words": ["agreed", "proposed"], "from": "2020-05-27", "to": "2020-07-21"}
REVISED_LINE = (
    "“248” (Ministry): its quote says the count was revised from it (“revised the death toll "
    "downward from 248”): an earlier figure, to be dated (--as-of) before the one that "
    "replaced it"
)
STAGES_LINE = (
    "no figure gives an as_of, and they were stated on different days (2020-05-27 to "
    "2020-07-21) in words of a plan's stages (“agreed”, “proposed”): an amount that changed "
    "between them (a budget proposed, then agreed; an estimate revised) reads as a dispute "
    "with no as_of; give each figure the --as-of of the stage it describes (the day of the "
    "proposal, of the deal) to compare them"
)


@pytest.mark.parametrize(
    ("value", "quote", "dimension", "marks"),
    [
        ("248", "The ministry revised the death toll downward from 248 to 225", "count",
         ("revised the death toll downward from 248", None)),
        ("145", "officials brought the number of people unaccounted for in the rubble of the "
         "tower to 128 from 145", "count", ("to 128 from 145", None)),
        ("833", "ranging from 500 to 833 before eventually settling on 471", "count",
         ("833 before eventually settling", None)),
        ("€500 billion", "The Commission initially proposed €500 billion", "currency:EUR",
         (None, "initially, proposed")),
        ("$390", "cut to $390, down from $500", "currency:USD", (None, "cut to, down from")),
        ("390", "cut to 390, down from 500", "count", (None, None)),  # a plan's words: money
        ("12", "12 people died", "count", (None, None)),
        ("", "revised from 248", None, (None, None)),  # no figure to be revised from
    ],
)  # fmt: skip
def test_a_quote_is_read_once_for_its_marks(
    value: str, quote: str, dimension: str | None, marks: tuple[str | None, str | None]
) -> None:
    assert figure_marks(value, quote, dimension)[:2] == marks  # the third: evidence15


@given(st.text(max_size=120), st.text(max_size=12))
def test_marks_are_words_of_the_quote(quote: str, value: str) -> None:
    words = revised_words(value, quote)
    assert words is None or words in quote
    low = " ".join(quote.lower().split())
    assert all(w in low for w in plan_words(quote))
    revised, joined, _cites = figure_marks(value, quote, "currency:EUR")
    assert revised == words
    assert joined is None or tuple(joined.split(", ")) == plan_words(quote)


_WORDS = st.sampled_from(
    ["from", "From", "before", "revised", "down", "up", "to", "the", "an", "a", "earlier",
     "figure", "of", "toll", "248", "248.5", "1,248", "248,", "2486", "settling", "cut", "x",
     "ſ", "_", "estimate", "eventually", "downward"]
)  # fmt: skip


@given(st.lists(_WORDS, max_size=14), st.sampled_from(["248", "the 248", "a", "248.5", "from"]))
def test_the_quick_reading_is_the_regular_expressions(words: list[str], value: str) -> None:
    """``revised_words`` reads the quote with patterns compiled once (a pattern compiled for
    each figure's value was most of an import's extra time: 7,218 values in 20,000 lines); it
    says what the patterns with the value written in say, on quotes made of their words."""
    quote = " ".join(words)
    assert revised_words(value, quote) == _revised_words_slowly(value, quote)


@pytest.fixture
def story(ct: Run, tmp_path: Path) -> Run:
    path = tmp_path / "story.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in STORY))
    result = ct("import", str(path))
    assert result.exit_code == 0, result.output
    return ct


def _finding(ct: Run, subject: str) -> dict[str, Any]:
    result = ct("conflicts", subject, "--json")
    assert result.exit_code in (0, 1), result.output  # 1: conflicts found
    (finding,) = json.loads(result.stdout)["conflicts"]
    return finding


def test_the_json_says_what_the_quotes_say(story: Run) -> None:
    """Both writers of the JSON (one subject; ``--all``, one line a subject) give the keys."""
    quake, budget = _finding(story, "quake"), _finding(story, "budget")
    assert quake["revised_from"] == REVISED
    assert "plan_stages" not in quake  # a count: no plan
    assert budget["plan_stages"] == STAGES
    assert "revised_from" not in budget
    every = json.loads(story("conflicts", "--all", "--json").stdout)
    by_subject = {s["subject"]: s["conflicts"] for s in every["subjects"]}
    assert by_subject["quake"] == [quake]
    assert by_subject["budget"] == [budget]


def test_the_sheet_the_terminal_and_the_report_say_the_same(story: Run, tmp_path: Path) -> None:
    for subject, line in (("quake", REVISED_LINE), ("budget", STAGES_LINE)):
        rows = list(csv.DictReader(io.StringIO(story("conflicts", subject, "--csv", "-").stdout)))
        assert rows and all(row["caveats"] == line for row in rows), rows
        terminal = story("conflicts", subject, "--full").stdout
        assert line in " ".join(terminal.split()), terminal
        page = tmp_path / f"{subject}.html"
        assert story("report", subject, "-o", str(page)).exit_code == 0
        assert line in _article_text(page.read_text()), subject


class _Articles(HTMLParser):
    """The text of the report's ``article`` elements (its findings), white space folded."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "article" or self.depth:
            self.depth += tag == "article"

    def handle_endtag(self, tag: str) -> None:
        if tag == "article" and self.depth:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.text.append(data)


def _article_text(html: str) -> str:
    parser = _Articles()
    parser.feed(html)
    return " ".join("".join(parser.text).split())


def _stored(db: Path) -> dict[str, tuple[str | None, str | None]]:
    with Store.open(db) as store:
        rows = store.conn.execute("SELECT id, revised_from, plan_words FROM claims").fetchall()
    return {cid: (revised, words) for cid, revised, words in rows}


def test_every_writer_stores_the_marks(story: Run, empty_db: Path) -> None:
    """Import, add and edit store what the quote says, as ``figure_marks`` reads it; an edit
    that changes the quote changes them, and the JSON follows."""
    stored = _stored(empty_db)
    assert stored["d1"] == ("revised the death toll downward from 248", None)  # a count
    assert stored["g1"] == (None, "proposed")
    assert stored["d2"] == (None, None)
    added = story(
        "add", "quake", "--claimant", "Agency", "--figure", "300", "--measure", "deaths",
        "--quote", "the toll was raised to 310 from 300", "--said-on", "2017-09-22", "--id", "d3",
    )  # fmt: skip
    assert added.exit_code == 0, added.output
    assert _stored(empty_db)["d3"] == ("raised to 310 from 300", None)
    edited = story("edit", "d1", "--quote", "248 people died", "--reason", "misquoted")
    assert edited.exit_code == 0, edited.output
    assert _stored(empty_db)["d1"] == (None, None)
    quake = _finding(story, "quake")
    assert quake["revised_from"] == [{"claim": "d3", "words": "raised to 310 from 300"}]


def test_the_marks_are_read_in_one_query_however_many(story: Run, empty_db: Path) -> None:
    """``Store.quote_marks`` asks SQLite once for a subject (outputs15: once per revised-from
    claim before, to ask whether the user placed it), and still drops the mark of a figure
    placed before the one of the same statement that replaced it."""
    for n in range(4):  # four revised-from figures; the odd ones placed before a later figure
        figure = 300 + n
        quote = f"the toll was revised down from {figure} to {figure - 9} (report {n})"
        added = [
            ("--id", f"r{n}", "--figure", str(figure), "--as-of", f"2017-09-2{n}"),
            *([("--id", f"r{n}-later", "--figure", str(figure - 9), "--as-of", "2017-10-01")]
              if n % 2 else []),
        ]  # fmt: skip
        for args in added:
            result = story(
                "add", "quake", "--claimant", "Agency", "--measure", "deaths", "--quote", quote,
                "--said-on", "2017-10-02", *args,
            )  # fmt: skip
            assert result.exit_code == 0, result.output
    with Store.open(empty_db) as store:
        statements: list[str] = []
        store.conn.set_trace_callback(statements.append)
        marks = store.quote_marks(subject="quake")
        store.conn.set_trace_callback(None)
    assert len(statements) == 1, statements
    assert {cid: marked[0] for cid, marked in marks["quake"].items()} == {
        "d1": "revised the death toll downward from 248",
        "r0": "revised down from 300",
        "r1": None,  # placed before r1-later (the same quote, a later as_of)
        "r2": "revised down from 302",
        "r3": None,
    }
