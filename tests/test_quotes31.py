"""A figure that is not in its quote is never shown beside it without a word (quotes31).

Whether a figure is in its quote is read once, when the claim is written, and stored
(``not_in_quote``: "paraphrase" for a note marked so, "unchecked" for a figure an import
stored with a warning); every output says it where the figure is shown, and a figure imported
unchecked adds no origin to a position: a typo never corroborates. Tables in our own words,
the migration, CLI rounds on invented quotes.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from claimtrack.evidence import Origins, support
from claimtrack.quote_marks import quote_check, quote_check_words
from claimtrack.schema import SCHEMA_VERSION
from claimtrack.store import Store

# a note -> the stored state every writer reads from the record alone
NOTES = [
    (None, None),
    ("", None),
    ("translated from the Spanish", None),
    ("[paraphrase]", "paraphrase"),
    ("[paraphrase] translated from the Spanish", "paraphrase"),
    ("  [Paraphrase] read off a chart", "paraphrase"),
    ("see [paraphrase] below", None),  # the mark opens the note, or it is no mark
]


@pytest.mark.parametrize(("note", "state"), NOTES)
def test_the_state_read_from_a_note(note: str | None, state: str | None) -> None:
    assert quote_check(note) == state


WORDS = [
    (None, None, None),
    ("unchecked", None, "not in its quote (imported unchecked)"),
    ("unchecked", "[paraphrase] x", "not in its quote (imported unchecked)"),
    ("paraphrase", "[paraphrase] translated from the Spanish", "paraphrase: translated from the Spanish"),
    ("paraphrase", "[paraphrase]", "paraphrase"),
    ("paraphrase", "[paraphrase]: converted  at 1.1", "paraphrase: converted at 1.1"),
]  # fmt: skip


@pytest.mark.parametrize(("state", "note", "words"), WORDS)
def test_one_wording_for_every_output(state: str | None, note: str | None, words: str) -> None:
    assert quote_check_words(state, note) == words


def _origins(claimants: dict[str, str], unchecked: set[str]) -> Origins:
    return Origins(claimants=claimants, unchecked=frozenset(unchecked))


# (claims as (id, claimant), the unchecked ids) -> (origins, grade, joins)
POSITIONS = [
    # the lead's case: a typo beside two claims in their quotes counts for nothing
    (
        [("b", "B"), ("c", "C"), ("e", "E")],
        {"b"},
        (2, "corroborated", ("1 claim whose figure is not in its quote, not counted: B's, "
                             "imported unchecked",)),
    ),
    # a typo beside one claim: the position is single-source, not corroborated
    (
        [("b", "B"), ("c", "C")],
        {"b"},
        (1, "single-source", ("1 claim whose figure is not in its quote, not counted: B's, "
                              "imported unchecked",)),
    ),
    # nothing but such figures: one origin at most, however many claimants
    (
        [("b", "B"), ("f", "F")],
        {"b", "f"},
        (1, "single-source", ("only 2 claims whose figures are not in their quotes: B's and "
                              "F's, imported unchecked, one origin at most",)),
    ),
    # a claimant with a figure in its quote there counts, its unchecked one said nowhere
    ([("b1", "B"), ("b2", "B"), ("c", "C")], {"b2"}, (2, "corroborated", ())),
    # near miss: no unchecked figure, graded as before
    ([("b", "B"), ("c", "C")], set(), (2, "corroborated", ())),
]  # fmt: skip


@pytest.mark.parametrize(("claims", "unchecked", "graded"), POSITIONS)
def test_a_figure_imported_unchecked_adds_no_origin(
    claims: list[tuple[str, str]], unchecked: set[str], graded: tuple[Any, ...]
) -> None:
    ids = [cid for cid, _ in claims]
    names = list(dict.fromkeys(who for _, who in claims))
    s = support(ids, names, _origins(dict(claims), unchecked), distinct=True)
    assert (s.origins, s.grade, s.joins) == graded
    assert s.claims == len(ids)


def _ok(ct: Callable[..., Any], *args: str) -> Any:
    result = ct(*args)
    assert result.exit_code == 0, result.output
    return result


def _jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _fig(claimant: str, quote: str, value: str, **more: Any) -> dict[str, Any]:
    return {"subject": "toll", "claimant": claimant, "quote": quote, "kind": "figure",
            "measure": "deaths", "value": value, **more}  # fmt: skip


def test_the_lead_case_on_the_command_line(
    ct: Callable[..., Any], tmp_path: Path, empty_db: Path
) -> None:
    """An import stores the typo marked; `add` a figure in its quote and a paraphrase; the
    table says both beside the figures, the grade line leaves the typo out, the sheet's
    caveats say it, `show` says it; an edit that leaves figure and quote keeps the mark."""
    src = _jsonl(tmp_path / "bad.jsonl", [_fig("B", "some 40 people died", "400")])
    _ok(ct, "import", str(src), "--new")
    _ok(ct, "add", "toll", "--claimant", "C", "--quote", "at least 380 people died",
       "--figure", "at least 380", "--measure", "deaths", "--new")  # fmt: skip
    _ok(ct, "add", "toll", "--claimant", "E", "--quote", "some 40 people died", "--figure", "410",
       "--paraphrase", "--note", "as heard on the radio", "--measure", "deaths")  # fmt: skip
    _ok(ct, "add", "toll", "--claimant", "D", "--quote", "only 50 people died", "--figure", "50",
       "--measure", "deaths")  # fmt: skip
    db = Store.open(empty_db)
    states = dict(db.conn.execute("SELECT claimant, not_in_quote FROM claims").fetchall())
    db.close()
    assert states == {"B": "unchecked", "C": None, "D": None, "E": "paraphrase"}
    out = " ".join(_ok(ct, "conflicts", "toll").output.split())
    assert "not in its quote (imported unchecked)" in out  # under the figure's reading
    assert "“410” (E): paraphrase: as heard on the radio" in out  # under the table
    assert (
        "3 claims from B, C and E, 2 independent origins (1 claim whose figure is not in its "
        "quote, not counted: B's, imported unchecked): corroborated" in out
    )
    sheet = tmp_path / "toll.csv"
    _ok(ct, "conflicts", "toll", "--csv", str(sheet))
    with sheet.open(encoding="utf-8-sig") as fh:
        caveats = {r["claimant"]: r["caveats"] for r in csv.DictReader(fh)}
    assert caveats["B"] == "not in its quote (imported unchecked)"
    assert caveats["E"] == "paraphrase: as heard on the radio"
    assert caveats["C"] == caveats["D"] == ""
    doc = json.loads(_ok(ct, "conflicts", "toll", "--json").output)
    joins = [p.get("joins") for p in doc["conflicts"][0]["positions"]]
    assert joins[1] == [
        "1 claim whose figure is not in its quote, not counted: B's, imported unchecked"
    ]
    b = next(r for r in json.loads(_ok(ct, "list", "--json").output) if r["claimant"] == "B")
    assert "in quote?    not in its quote (imported unchecked)" in _ok(ct, "show", b["id"]).output
    _ok(ct, "edit", b["id"], "--claimant", "Bee", "--reason", "spelling")
    assert "not in its quote (imported unchecked)" in _ok(ct, "show", b["id"]).output
    _ok(ct, "edit", b["id"], "--figure", "some 40", "--reason", "typo")  # now in its quote
    assert "in quote?" not in _ok(ct, "show", b["id"]).output


def test_a_dispute_resting_on_a_typo_says_so(ct: Callable[..., Any], tmp_path: Path) -> None:
    src = _jsonl(
        tmp_path / "two.jsonl",
        [_fig("Police", "some 40 people died", "400"), _fig("Hospital", "42 people died", "42")],
    )
    _ok(ct, "import", str(src), "--new")
    out = " ".join(_ok(ct, "conflicts", "toll").output.split())
    assert (
        "1. Disputed figure: deaths (resting on a figure not in its quote, imported unchecked): "
        "2 positions, spread 9x" in out
    )
    md = _ok(ct, "report", "toll", "--format", "md").output
    assert "deaths (resting on a figure not in its quote, imported unchecked)" in md


def test_near_misses_are_not_marked(ct: Callable[..., Any], tmp_path: Path, empty_db: Path) -> None:
    """A figure in its quote under today's rules, a rounding the check accepts, and a relay
    of a figure in its quote: no mark, and the output is as before."""
    src = _jsonl(
        tmp_path / "ok.jsonl",
        [
            _fig("A", "Twenty people died", "20", id="a1"),
            _fig("B", "more than 100 died", "over 100", id="b1"),
            _fig("C", "2,000 people died", "2000", id="c1"),
            _fig("D", "A said 20 people died", "20", id="d1", relays="a1"),
        ],
    )
    result = _ok(ct, "import", str(src), "--new")
    assert "not in the quote" not in result.output
    db = Store.open(empty_db)
    marked = db.conn.execute("SELECT count(*) FROM claims WHERE not_in_quote IS NOT NULL")
    assert marked.fetchone()[0] == 0
    db.close()
    assert "not in its quote" not in _ok(ct, "conflicts", "toll").output


def test_a_warning_of_another_kind_marks_nothing(
    ct: Callable[..., Any], tmp_path: Path, empty_db: Path
) -> None:
    """A figure in its quote that the import warns of for another reason ("818,000 fewer": a
    difference, not a level) is stored unmarked: the warning says what it is."""
    row = _fig("Statistics office", "The economy created 818,000 fewer jobs", "818,000")
    result = _ok(ct, "import", str(_jsonl(tmp_path / "w.jsonl", [row])), "--new")
    assert "fewer" in result.output
    db = Store.open(empty_db)
    marked = db.conn.execute("SELECT count(*) FROM claims WHERE not_in_quote IS NOT NULL")
    assert marked.fetchone()[0] == 0
    db.close()


def test_strict_import_stores_none(ct: Callable[..., Any], tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "bad.jsonl", [_fig("B", "some 40 people died", "400")])
    result = ct("import", str(src), "--new", "--strict")
    assert result.exit_code != 0


def test_an_older_database_gets_its_figures_checked_once(tmp_path: Path) -> None:
    """m021: a database of schema 20 is migrated on open: a figure whose note is marked is a
    paraphrase, one that the import's check warns of is unchecked, one in its quote (or a
    stance) nothing; ``idx_claims_marks`` holds them; records and history untouched."""
    from claimtrack.schema import MARKS_INDEX_WHERE

    path = tmp_path / "old.db"
    store = Store.open(path)
    store.conn.execute("BEGIN")
    rows = [
        ("p1", "figure", "410", "some 40 people died", "[paraphrase] heard so"),
        ("u1", "figure", "400", "some 40 people died", None),
        ("k1", "figure", "40", "some 40 people died", None),
        # in its quote, with a warning of another kind (a difference): not marked
        ("w1", "figure", "818,000", "the economy created 818,000 fewer jobs", None),
        ("s1", "stance", None, "nobody died", None),
    ]
    for cid, kind, value, quote, note in rows:
        store.conn.execute(
            "INSERT INTO claims (id, subject, claimant, claimant_key, quote, kind, value, note,"
            " status, dimension, added_at) VALUES (?, 's', 'A', 'a', ?, ?, ?, ?, 'active',"
            " ?, 'T')",
            [cid, quote, kind, value, note, "count" if kind == "figure" else None],
        )
    store.conn.execute("COMMIT")
    store.close()
    conn = sqlite3.connect(path)
    conn.execute("DROP INDEX idx_claims_marks")
    conn.execute("ALTER TABLE claims DROP COLUMN not_in_quote")
    conn.execute(  # m020's index, as it shipped
        "CREATE INDEX idx_claims_marks ON claims "
        "(subject, id, revised_from, plan_words, as_of, cites_unnamed) "
        "WHERE revised_from IS NOT NULL OR plan_words IS NOT NULL OR cites_unnamed IS NOT NULL"
    )
    conn.execute("ALTER TABLE claims DROP COLUMN over_span")  # m023's, made again after
    conn.execute(
        "DELETE FROM _sqlite_migrations WHERE name IN ('m021_not_in_quote', 'm023_over_span')"
    )
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 2}")
    conn.commit()
    conn.close()
    store = Store.open(path)
    got = store.conn.execute("SELECT id, not_in_quote FROM claims ORDER BY id").fetchall()
    assert got == [
        ("k1", None),
        ("p1", "paraphrase"),
        ("s1", None),
        ("u1", "unchecked"),
        ("w1", None),
    ]
    marked = store.conn.execute(
        f"SELECT id FROM claims INDEXED BY idx_claims_marks WHERE ({MARKS_INDEX_WHERE}) ORDER BY id"
    ).fetchall()
    assert marked == [("p1",), ("u1",)]
    assert store.conn.execute("SELECT count(*) FROM claim_history").fetchone()[0] == 0
    store.close()
