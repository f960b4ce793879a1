"""A count over a span of time, known to the engine (time34, docs/conflicts.md rule 9, "A count
over a span of time"): the words of the span its quote gives a figure over are stored beside it
(``over_span``, ``quote_marks.span_mark``) by every writer and by migration m023, and the engine
sets such a figure against no count of a day on a measure read at its time: never a dispute, a
reversal, a fall or a sum's part, said in every output instead."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.conflicts import ActiveFacts, Fact, FigureConflict, Revision, analyse
from claimtrack.quote_marks import span_mark, span_words

FIXTURES = Path(__file__).parent / "fixtures"

# (figure, quote, measure, the stored mark): rows signed by hand, near-misses beside each
_MARKS = [
    # a span between two points, the past days, a week of the calendar, a calendar's count
    ("300", "Between January and March 300 people died of cholera.", "deaths",
     "Between January and March"),
    ("12", "The ministry said 12 people died in the past 24 hours.", "deaths",
     "in the past 24 hours"),
    ("8", "228 new suspected cases and 8 deaths reported in SE 11 of 2024", "deaths", "in SE 11"),
    ("206", "1,372 new suspected cases and 206 confirmed cases were reported, bringing the total"
     " to 17,801", "confirmed-cases", "1,372 new suspected cases and 206"),
    ("300", "12 new cases and 300 deaths in all", "deaths", None),
    ("20", "During the first epidemiological week of 2025, 20 deaths were reported", "deaths",
     "During the first epidemiological week"),
    ("5,000", "There have been 5,000 cases so far this year.", "cases", "so far this year"),
    ("5,000", "Cases rose to 5,000 this year.", "cases", "this year"),  # a year's count so far
    ("610", "pushing the total number of deaths to 610 since the beginning of 2024", "deaths",
     "since the beginning of 2024"),
    ("300", "300 deaths were recorded in March.", "deaths", "in March"),  # "in March" alone
    ("41", "41 people were arrested during May 2024, police said", "arrests", "during May 2024"),
    # an increment: the count since the last report, whatever total stands beside it
    ("35", "DR Congo reported 35 new deaths, pushing the toll to 610.", "deaths", "35 new"),
    ("35", "35 new deaths, pushing the total to 610 since the beginning of 2024", "deaths-2024",
     "35 new"),
    ("1,000", "within the past week, 1,000 new cases had been recorded", "cases",
     "within the past week"),
    ("1,000", "1,000 new cases had been recorded, taking the total to 16,000", "cases", "1,000 new"),
    # near-misses: a count of a day, a count so far, the statement's month, a range
    ("300", "As of March, 300 had died.", "deaths", None),
    ("300", "By March 300 had died.", "deaths", None),
    ("300", "300 had died, the ministry said in March.", "deaths", None),
    ("300", "In March the toll stood at 300.", "deaths", None),
    ("310", "MSF said the toll had risen to 310 since January.", "deaths", None),
    ("300", "The toll rose to 300 in the first week.", "deaths", None),
    ("more than 570", "16,700 cases of mpox, including more than 570 deaths", "deaths", None),
    ("40", "between 10 and 40 May", "deaths", None),  # the figure is in the span's words
    ("12", "12 died on Monday; between January and March 300 died.", "deaths", None),
    # the measure's name gives the span: at home there
    ("300", "Between January and March 300 people died.", "deaths-january-to-march", None),
    ("12", "The ministry said 12 people died in the past 24 hours.", "deaths-past-24-hours", None),
    ("12", "The ministry said 12 people died in the past 24 hours.", "daily-deaths", None),
    ("9", "9 people died in the past week.", "weekly-deaths", None),
    ("548", "548 deaths since the beginning of the year", "deaths-2024", None),
    ("35", "35 new deaths were reported", "new-deaths", None),
    # ... and a name with another span is none
    ("12", "The ministry said 12 people died in the past 24 hours.", "deaths-2024",
     "in the past 24 hours"),
    ("300", "Between January and March 300 people died.", "weekly-deaths",
     "Between January and March"),
]  # fmt: skip


@pytest.mark.parametrize(("value", "quote", "measure", "mark"), _MARKS)
def test_the_span_a_quote_gives_its_figure_over_is_marked(
    value: str, quote: str, measure: str, mark: str | None
) -> None:
    assert span_mark(value, quote, measure, None) == mark
    if mark is not None:
        assert span_mark(value, quote, measure, "up") is None  # a change is over a span


@given(st.text(max_size=80), st.text(max_size=8))
def test_span_words_are_words_of_the_quote(quote: str, value: str) -> None:
    said = span_words(value, quote)
    assert said is None or said in quote


def fig(
    id_: str,
    low: float,
    *,
    who: str,
    measure: str = "deaths",
    as_of: str | None = None,
    said_on: str | None = None,
) -> Fact:
    return Fact(id_, who, "figure", measure, low, low, None, as_of, said_on, "active")


def _marked(facts: list[Fact], spans: dict[str, str]) -> ActiveFacts:
    """The facts as the store reads them, with each marked claim's ``over_span``."""
    return ActiveFacts(facts, marks={cid: (None, (), None, None, s) for cid, s in spans.items()})


_MSF = fig("msf", 310, who="MSF", said_on="2024-04-01")
_WEEK = fig("min", 12, who="Health ministry", said_on="2024-04-02")
_WHO = fig("who", 300, who="WHO", said_on="2024-03-31")

# (facts, marks, cumulative measures, the findings' kinds, the claims set aside by measure)
_ENGINE = [
    pytest.param(
        [_MSF, _WEEK], {"min": "in the past 24 hours"}, frozenset(), [],
        (("deaths", ("min",)),), id="a day's deaths beside the toll: no dispute",
    ),
    pytest.param(
        [_MSF, _WEEK], {}, frozenset(), ["figure"], (), id="unmarked: the dispute, as before",
    ),
    pytest.param(
        [_WHO, _MSF, _WEEK], {"min": "in the past 24 hours", "who": "Between January and March"},
        frozenset({"deaths"}), [], (("deaths", ("min", "who")),),
        id="cumulative: no fall, no revision",
    ),
    pytest.param(
        [fig("m1", 310, who="Ministry", said_on="2024-04-01"),
         fig("m2", 12, who="Ministry", said_on="2024-04-02")],
        {"m2": "in the past 24 hours"}, frozenset(), [], (("deaths", ("m2",)),),
        id="its own toll and a day's count: no reversal",
    ),
    pytest.param(
        [_MSF, fig("min", 12, who="Health ministry", as_of="2024-04-01")],
        {"min": "in the past 24 hours"}, frozenset(), ["figure"], (),
        id="an as_of: the user's word that it is the count at that time",
    ),
    pytest.param(
        [fig("a", 310, who="A", measure="rainfall-mm", said_on="2024-04-01"),
         fig("b", 12, who="B", measure="rainfall-mm", said_on="2024-04-02")],
        {"b": "in the past 24 hours"}, frozenset(), ["figure"], (),
        id="a measure not read at its time: compared as before",
    ),
    pytest.param(
        [fig("a", 310, who="A", measure="victims", said_on="2024-04-01"),
         fig("b", 12, who="B", measure="victims", said_on="2024-04-02")],
        {"b": "in the past 24 hours"}, frozenset({"victims"}), [], (("victims", ("b",)),),
        id="a name that reads like no toll, marked cumulative: set aside",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("facts", "spans", "cumulative", "kinds", "aside"), _ENGINE)
def test_a_count_over_a_span_is_set_against_no_count_of_a_day(
    facts: list[Fact],
    spans: dict[str, str],
    cumulative: frozenset[str],
    kinds: list[str],
    aside: tuple,
) -> None:
    report = analyse(_marked(facts, spans), cumulative=cumulative)
    found = [
        "figure" if isinstance(c, FigureConflict) else type(c).__name__.lower()
        for c in report.conflicts
    ]
    assert found == kinds
    assert report.spans == aside
    assert not any(isinstance(c, Revision) for c in (*report.conflicts, *report.minor))
    assert report.n_claims == len(facts)
    assert report.n_claimants == len({f.claimant for f in facts})


def _spans_db(ct) -> None:
    result = ct("import", str(FIXTURES / "time33-spans.jsonl"), "--new")
    assert result.exit_code == 0, result.output


def test_conflicts_says_the_counts_set_aside_in_every_output(ct) -> None:
    _spans_db(ct)
    text = ct("conflicts", "cholera-x")
    assert text.exit_code == 0, text.output
    assert "No conflicts among 3 claims from 3 claimants" in text.stdout
    assert "deaths: figures sp-min, sp-who are counts over a span of time" in text.stdout
    doc = ct("conflicts", "cholera-x", "--json")
    assert doc.exit_code == 0, doc.output
    data = json.loads(doc.stdout)
    assert data["conflicts"] == []
    assert data["hints"] == [
        {"measure": "deaths", "hint": "span-count-not-compared", "claims": ["sp-min", "sp-who"]}
    ]
    report = ct("report", "cholera-x")
    assert report.exit_code == 0, report.output
    assert "figures sp-min, sp-who are counts over a span of time" in " ".join(
        report.stdout.split()
    )


def test_a_measure_that_names_the_span_or_an_as_of_brings_it_back(ct) -> None:
    _spans_db(ct)
    moved = ct("edit", "sp-min", "--measure", "deaths-past-24-hours", "--new")
    assert moved.exit_code == 0, moved.output
    dated = ct("edit", "sp-who", "--as-of", "2024-03-31")
    assert dated.exit_code == 0, dated.output
    doc = json.loads(ct("conflicts", "cholera-x", "--json").stdout)
    assert [h["hint"] for h in doc.get("hints", [])] != ["span-count-not-compared"]
    assert all(h["hint"] != "span-count-not-compared" for h in doc.get("hints", []))


def test_an_older_database_gets_its_spans_marked_once(tmp_path: Path) -> None:
    """m023 reads the quotes of the figures stored before it (retracted ones too), as every
    writer does since; the records and their history are untouched."""
    from claimtrack.schema import SCHEMA_VERSION
    from claimtrack.store import Store

    path = tmp_path / "old.db"
    store = Store.open(path)
    store.conn.execute("BEGIN")
    rows = [
        ("s1", "12", "The ministry said 12 people died in the past 24 hours.", "deaths", None),
        ("s2", "310", "MSF said the toll had risen to 310 since January.", "deaths", None),
        ("s3", "12", "12 people died in the past 24 hours.", "deaths-past-24-hours", None),
        ("s4", "12", "12 more people died in the past 24 hours.", "deaths", "up"),
    ]
    for cid, value, quote, measure, change in rows:
        store.conn.execute(
            "INSERT INTO claims (id, subject, claimant, claimant_key, quote, kind, value, status,"
            " measure, change, dimension, added_at) VALUES (?, 's', 'A', 'a', ?, 'figure', ?,"
            " 'active', ?, ?, 'count', 'T')",
            [cid, quote, value, measure, change],
        )
    store.conn.execute("COMMIT")
    store.close()
    conn = sqlite3.connect(path)
    conn.execute("DROP INDEX idx_claims_marks")
    conn.execute("ALTER TABLE claims DROP COLUMN over_span")
    conn.execute(  # m021's index, as it shipped
        "CREATE INDEX idx_claims_marks ON claims "
        "(subject, id, revised_from, plan_words, as_of, cites_unnamed, not_in_quote) "
        "WHERE revised_from IS NOT NULL OR plan_words IS NOT NULL OR cites_unnamed IS NOT NULL"
        " OR not_in_quote IS NOT NULL"
    )
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm023_over_span'")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    conn.commit()
    history = conn.execute("SELECT count(*) FROM claim_history").fetchone()[0]
    conn.close()
    store = Store.open(path)
    got = store.conn.execute("SELECT id, over_span FROM claims ORDER BY id").fetchall()
    assert got == [("s1", "in the past 24 hours"), ("s2", None), ("s3", None), ("s4", None)]
    marks = store.quote_marks(subject="s")["s"]
    assert marks["s1"][4] == "in the past 24 hours"
    assert store.conn.execute("SELECT count(*) FROM claim_history").fetchone()[0] == history
    store.close()


@pytest.mark.parametrize(
    ("claimant", "party"),
    [
        ("interior cabinet secretary kithure kindiki", True),  # a title before the name
        ("kithure kindiki", True),
        ("u.s. and ukrainian officials", False),  # a group that adds another
        ("kindiki", False),  # a part of the name is not the party
        ("kithure kindiki's office", False),
    ],
)
def test_a_titled_name_of_a_party_is_the_party(claimant: str, party: bool) -> None:
    """Once a minister's fellows on a position are set aside as counts over a span, his
    titled name stands alone there and is still the party's (Kenya's 42, time34)."""
    from claimtrack.evidence import Origins, _a_party

    origins = Origins(parties=frozenset({"kithure kindiki", "ukrainian officials"}))
    assert _a_party(claimant, origins) is party
