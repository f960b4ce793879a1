"""Schema: a blank database migrates to exactly the expected tables, columns and indexes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from claimtrack.migrations import SCHEMA_VERSION, migrations
from claimtrack.schema import FTS_TRIGGERS
from claimtrack.store import Store

EXPECTED_CLAIMS = {
    "id": str,
    "subject": str,
    "claimant": str,
    "claimant_key": str,
    "speaker": str,
    "outlet": str,
    "url": str,
    "said_on": str,
    "reported_on": str,
    "quote": str,
    "kind": str,
    "measure": str,
    "value": str,
    "low": float,
    "high": float,
    "unit": str,
    "hedge": str,
    "as_of": str,
    "proposition": str,
    "stance": str,
    "note": str,
    "status": str,
    "added_at": str,
    "updated_at": str,
    # m004
    "relays": str,
    "dimension": str,
    "rounding": float,
    "base_low": float,
    "base_high": float,
    "base_rounding": float,
    # m008
    "source": str,
    # m017
    "change": str,
    # m019
    "revised_from": str,
    "plan_words": str,
    # m020
    "cites_unnamed": str,
    # m021
    "not_in_quote": str,
    # m023
    "over_span": str,
}


def test_blank_database_migrates_to_the_expected_schema(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "blank.db")
    db = Database(store.conn)
    assert db["claims"].columns_dict == EXPECTED_CLAIMS
    assert db["claims"].pks == ["id"]
    assert db["claim_history"].columns_dict == {
        "id": int,
        "claim_id": str,
        "action": str,
        "changed_at": str,
        "reason": str,
        "previous": str,
    }
    assert db["reviews"].columns_dict == {
        "id": int,
        "claim_id": str,
        "rating": str,
        "url": str,
        "reviewer": str,
        "finding": str,
        "reviewed_at": str,
        "summary": str,
    }
    fks = {
        (fk.table, fk.column, fk.other_table, fk.other_column)
        for fk in db["claim_history"].foreign_keys
    }
    assert fks == {("claim_history", "claim_id", "claims", "id")}
    assert {(fk.table, fk.other_table) for fk in db["reviews"].foreign_keys} == {
        ("reviews", "claims")
    }
    indexes = {i.name: i.columns for i in db["claims"].indexes}
    assert indexes["idx_claims_conflicts"][:4] == ["subject", "measure", "base_low", "base_high"]
    assert indexes["idx_claims_conflicts"][-1] == "change"  # m017: the engine reads it too
    assert indexes["idx_claims_claimant_key"] == ["claimant_key"]
    assert db["claims"].detect_fts() == "claims_fts"
    assert db["claimants"].columns_dict == {
        "key": str,
        "name": str,
        "kind": str,
        "updated_at": str,
        "role": str,  # m011
        "body": str,  # m018
    }
    assert db["claimants"].pks == ["key"]
    assert db["sources"].columns_dict == {
        "id": str, "url": str, "outlet": str, "reported_on": str, "title": str,
        "author": str, "added_at": str, "wire": str,
    }  # fmt: skip
    assert db["sources"].pks == ["id"]
    assert db["claimant_aliases"].columns_dict == {
        "key": str,
        "name": str,
        "same_as_key": str,
        "same_as": str,
        "added_at": str,
    }
    assert db["claimant_aliases"].pks == ["key"]
    assert {i.name: i.columns for i in db["claimant_aliases"].indexes}[
        "idx_claimant_aliases_same_as"
    ] == ["same_as_key"]
    assert [m.name for m in migrations.applied(db)] == [
        "m001_claims",
        "m002_search",
        "m003_reviews",
        "m004_figure_dimensions",
        "m005_measures_and_sums",
        "m006_claimant_registry",
        "m007_claimant_aliases",
        "m008_sources",
        "m009_review_summary",
        "m010_settings",
        "m011_evidence",
        "m012_list_order",
        "m013_partial_source_index",
        "m014_rate_periods",
        "m015_meta",
        "m016_speaker_index",
        "m017_figure_changes",
        "m018_claimant_bodies",
        "m019_quote_marks",
        "m020_cites_unnamed",
        "m021_not_in_quote",
        "m022_earlier_figure_marks",
        "m023_over_span",
    ]
    assert db["settings"].columns_dict == {"key": str, "value": str, "updated_at": str}
    assert db["meta"].columns_dict == {"key": str, "value": str, "updated_at": str}
    assert db["settings"].pks == ["key"]
    assert db["measures"].columns_dict == {
        "subject": str, "measure": str, "cumulative": int, "definition": str,
    }  # fmt: skip
    assert db["measures"].pks == ["subject", "measure"]
    assert db["sums"].columns_dict == {"subject": str, "total": str, "parts": str}
    assert db["sums"].pks == ["subject", "total"]
    assert db["snapshots"].columns_dict == {
        "source": str, "version": int, "sha256": str, "media_type": str, "size": int,
        "stored_at": str, "content": bytes,
    }  # fmt: skip
    assert db["snapshots"].pks == ["source", "version"]
    assert db["claimant_parties"].columns_dict == {"key": str, "subject": str, "name": str}
    assert db["alternatives"].columns_dict == {"subject": str, "measure": str, "other": str}
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    store.close()


def test_reopening_does_not_migrate_again(tmp_path: Path) -> None:
    Store.open(tmp_path / "x.db").close()
    store = Store.open(tmp_path / "x.db")
    rows = store.conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
    assert rows == SCHEMA_VERSION
    store.close()


def test_conflict_query_reads_one_subject_through_an_index(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "x.db")
    plan = store.conn.execute(
        f"EXPLAIN QUERY PLAN SELECT {Store._FACT_COLUMNS} FROM claims "
        "WHERE subject = ? AND status = 'active'",
        ["raqqa-convoy"],
    ).fetchall()
    detail = " ".join(r[-1] for r in plan)
    assert "SEARCH claims" in detail, detail
    assert "USING COVERING INDEX idx_claims_conflicts" in detail, detail
    assert "SCAN claims" not in detail
    store.close()


def _list_plan(store: Store, **filters: object) -> str:
    """The query plan of ``Store.claims(**filters)``'s query (its SQL, caught on the way)."""
    seen: list[str] = []
    store.conn.set_trace_callback(seen.append)
    list(store.claims(**filters))  # type: ignore[arg-type]
    store.conn.set_trace_callback(None)
    sql = next(q for q in seen if "FROM claims" in q and "ORDER BY" in q)
    plan = store.conn.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()
    return " | ".join(r[-1] for r in plan)


@pytest.mark.parametrize(
    "filters",
    [
        {"subject": "raqqa-convoy", "limit": 5},
        {"subject": "raqqa-convoy", "include_retracted": False},
        {"subject": "raqqa-convoy", "kind": "figure", "limit": 5},
        {"subject": "raqqa-convoy", "claimant_keys": ["x"], "include_retracted": False},
        {"subject": "raqqa-convoy", "measure": "m", "limit": 5},
        {"limit": 5},
        {"include_retracted": False, "limit": 5},
    ],
    ids=repr,
)
def test_list_reads_claims_in_order_through_its_index(tmp_path: Path, filters: dict) -> None:
    """`list` (Store.claims) walks idx_claims_list in its ORDER BY: no sort of the subject's
    rows (a temp B-tree), so `list SUBJ --limit 5` reads five rows, not all of them."""
    from claimtrack.cli import sample_rows

    store = Store.open(tmp_path / "x.db", seed=sample_rows())
    detail = _list_plan(store, **filters)
    assert "USING INDEX idx_claims_list" in detail, detail
    assert "TEMP B-TREE" not in detail, detail
    store.close()


def test_database_created_from_an_older_schema_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    db = Database(conn)
    migrations.apply(db, stop_before="m002_search")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    store = Store.open(path)
    assert Database(store.conn)["claims"].detect_fts() == "claims_fts"
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    store.close()


def test_import_leaves_the_schema_exactly_as_it_was(tmp_path: Path) -> None:
    """Imports suspend the FTS triggers and rebuild indexes: the schema must come back whole,
    at once onto a database that holds claims, after the first search's build into an empty
    one (which leaves the full-text index to it, and drops it meanwhile)."""
    from claimtrack.cli import sample_path
    from claimtrack.jsonl import read_claims

    store = Store.open(tmp_path / "x.db")
    schema = "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
    before = store.conn.execute(schema).fetchall()
    result = store.import_claims(read_claims(sample_path()))
    assert result.added > 0
    after = store.conn.execute(schema).fetchall()
    assert [r for r in before if r not in after] == [  # the index, its tables and triggers
        r
        for r in before
        if (r[0] == "trigger" and r[1] in FTS_TRIGGERS)
        or (r[0] == "table" and r[1].startswith("claims_fts"))
    ]
    assert [r for r in after if r not in before] == []
    assert store.search_index_pending() == result.added
    assert store.build_search_index() is True
    assert store.search_index_pending() is None
    assert store.build_search_index() is False
    assert store.conn.execute(schema).fetchall() == before
    # onto a database that holds claims, the index is kept in step by the import itself
    store.conn.execute("DELETE FROM claims WHERE rowid > 10")
    again = store.import_claims(read_claims(sample_path()))
    assert again.added == result.added - 10
    assert store.conn.execute(schema).fetchall() == before
    assert store.search_index_pending() is None
    # the full-text index holds every imported row, and stays in sync with later edits
    n = store.conn.execute("SELECT count(*) FROM claims_fts").fetchone()[0]
    assert n == result.added
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert store.conn.execute("INSERT INTO claims_fts(claims_fts) VALUES('integrity-check')")
    store.close()


def test_claim_row_follows_the_column_order() -> None:
    from claimtrack.conflicts import claimant_key
    from claimtrack.models import Claim
    from claimtrack.store import COLUMNS, claim_row

    from conftest import figure

    claim = Claim.model_validate(figure(id="x", note="n", said_on="2017", value="3,500"))
    numbers = {
        "dimension": "count",
        "rounding": 50,
        "base_low": 3500,
        "base_high": 3500,
        "base_rounding": 50,
    }
    expected = {
        **claim.__dict__,
        **numbers,
        "claimant_key": claimant_key(claim.claimant),
        "added_at": "T",
        "revised_from": None,  # its quote says nothing of the kind (quote_marks)
        "plan_words": None,
        "cites_unnamed": None,
        "not_in_quote": None,  # its note is not marked [paraphrase]
        "over_span": None,  # its quote gives it over no span of time
    }
    assert claim_row(claim, "T") == tuple(expected[c] for c in COLUMNS)
    assert set(COLUMNS) == set(EXPECTED_CLAIMS) - {"updated_at"}


def test_old_figures_are_read_again_with_history(tmp_path: Path) -> None:
    """m004 re-reads figures stored by the old parser: "200 or greater" was stored as exactly
    200 with the unit "or greater"; it becomes 200 or more, and the old reading is kept."""
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    db = Database(conn)
    migrations.apply(db, stop_before="m004_figure_dimensions")
    conn.execute("PRAGMA user_version = 3")
    row = {
        "id": "s-1",
        "subject": "s",
        "claimant": "A",
        "claimant_key": "a",
        "quote": "q",
        "kind": "figure",
        "measure": "m",
        "value": "200 or greater",
        "low": 200,
        "high": 200,
        "unit": "or greater",
        "status": "active",
        "added_at": "2026-01-01T00:00:00Z",
    }
    conn.execute(
        f"INSERT INTO claims ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
        list(row.values()),
    )
    row2 = {
        **row,
        "id": "s-2",
        "value": "six to seven",
        "low": 6,
        "high": 7,
        "unit": "km",
        "hedge": "range",
    }
    conn.execute(
        f"INSERT INTO claims ({', '.join(row2)}) VALUES ({', '.join('?' * len(row2))})",
        list(row2.values()),
    )
    conn.commit()
    conn.close()
    store = Store.open(path)
    record = store.get("s-1")
    assert (record["low"], record["high"], record.get("unit"), record["hedge"]) == (
        200,
        None,
        None,
        "at least",
    )
    (version,) = store.history("s-1")
    assert version["action"] == "reread"
    assert (version["previous"]["high"], version["previous"]["unit"]) == (200, "or greater")
    km = store.conn.execute(
        "SELECT dimension, base_low, base_high FROM claims WHERE id = 's-2'"
    ).fetchone()
    assert km == ("length", 6000, 7000)
    assert store.history("s-2") == []  # nothing changed: no history
    store.close()


def test_database_from_before_the_claimant_registry_is_upgraded(tmp_path: Path) -> None:
    """A database made by m001-m003 gains the registry tables; its claims are untouched."""
    from claimtrack.cli import sample_path
    from claimtrack.jsonl import read_claims

    path = tmp_path / "old.db"
    store = Store.open(path)
    store.import_claims(read_claims(sample_path()))
    store.close()
    conn = sqlite3.connect(path)
    before = conn.execute("SELECT * FROM claims ORDER BY id").fetchall()
    conn.execute("DROP TABLE claimant_aliases")
    conn.execute("DROP TABLE claimants")
    conn.execute(
        "DELETE FROM _sqlite_migrations WHERE name IN "
        "('m006_claimant_registry', 'm007_claimant_aliases')"
    )
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    store = Store.open(path)
    db = Database(store.conn)
    assert {"claimants", "claimant_aliases"} <= set(db.table_names())
    assert store.conn.execute("SELECT * FROM claims ORDER BY id").fetchall() == before
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    store.close()


def test_a_reviews_paragraph_becomes_its_finding(tmp_path: Path) -> None:
    """m009: the paragraph a review stored as ``summary`` is its finding (reviewBody); the
    new ``summary`` (claimReviewed) starts empty."""
    from claimtrack.cli import sample_rows

    path = tmp_path / "old.db"
    Store.open(path, seed=sample_rows()).close()
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE reviews DROP COLUMN summary")
    conn.execute("ALTER TABLE reviews RENAME COLUMN finding TO summary")
    conn.execute(
        "INSERT INTO reviews (claim_id, rating, summary, reviewed_at) "
        "VALUES ('rc-sdf-fighters-few-dozen', 'False', 'Hundreds left.', '2026-01-02T00:00:00Z')"
    )
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm009_review_summary'")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    conn.commit()
    conn.close()
    store = Store.open(path)
    assert store.reviews("rc-sdf-fighters-few-dozen") == [
        {"rating": "False", "finding": "Hundreds left.", "reviewed_at": "2026-01-02T00:00:00Z"}
    ]
    store.close()


def test_an_older_database_gets_the_partial_source_index_once(tmp_path: Path) -> None:
    """m013: a database whose idx_claims_source indexes every claim (m008's) is migrated on
    open, in the migration's transaction: the index then holds only the claims that name a
    source; the claims are untouched; opening again migrates nothing."""
    from claimtrack.cli import sample_rows

    path = tmp_path / "old.db"
    Store.open(path, seed=sample_rows()).close()
    conn = sqlite3.connect(path)
    conn.execute("DROP INDEX idx_claims_source")
    conn.execute("CREATE INDEX idx_claims_source ON claims (source)")  # as m008 made it
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm013_partial_source_index'")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    conn.commit()
    before = conn.execute("SELECT * FROM claims ORDER BY id").fetchall()
    named = conn.execute("SELECT count(*) FROM claims WHERE source IS NOT NULL").fetchone()[0]
    conn.close()
    store = Store.open(path)
    sql = store.conn.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'idx_claims_source'"
    ).fetchone()[0]
    assert sql == "CREATE INDEX idx_claims_source ON claims (source) WHERE source IS NOT NULL"
    assert store.conn.execute("SELECT * FROM claims ORDER BY id").fetchall() == before
    entries = store.conn.execute(
        "SELECT count(*) FROM claims INDEXED BY idx_claims_source WHERE source IS NOT NULL"
    ).fetchone()[0]
    assert entries == named
    store.close()
    store = Store.open(path)
    rows = store.conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
    assert rows == SCHEMA_VERSION
    store.close()


def test_an_older_database_gets_its_quotes_marks_once(tmp_path: Path) -> None:
    """m019: a database of schema 18 (no quote marks) is migrated on open, in the
    migration's transaction: every figure whose quote says its count was revised from it, or
    (an amount of money) speaks of a plan's stage, gets the words (retracted ones too), read by the function every
    writer uses (``records.claim_row``), and ``idx_claims_marks`` holds exactly those; the
    records and their history are untouched; opening again migrates nothing."""
    from claimtrack.quote_marks import figure_marks

    path = tmp_path / "old.db"
    store = Store.open(path)
    store.conn.execute("BEGIN")
    rows = [
        ("t1", "figure", "248", "the ministry revised the toll downward from 248", "count"),
        ("t2", "figure", "€400bn", "€400bn was proposed, then cut to 390", "currency:EUR"),
        ("t3", "figure", "12", "12 dead", "count"),
        ("t4", "stance", None, "revised from 248", None),
    ]
    for cid, kind, value, quote, dimension in rows:
        store.conn.execute(
            "INSERT INTO claims (id, subject, claimant, claimant_key, quote, kind, value, status,"
            " dimension, added_at) VALUES (?, 's', 'A', 'a', ?, ?, ?, ?, ?, 'T')",
            [cid, quote, kind, value, "retracted" if cid == "t2" else "active", dimension],
        )
    store.conn.execute("COMMIT")
    store.close()
    conn = sqlite3.connect(path)
    conn.execute("DROP INDEX idx_claims_marks")
    conn.execute("ALTER TABLE claims DROP COLUMN cites_unnamed")  # m020's, made again after
    conn.execute("ALTER TABLE claims DROP COLUMN revised_from")
    conn.execute("ALTER TABLE claims DROP COLUMN plan_words")
    conn.execute("ALTER TABLE claims DROP COLUMN over_span")  # m023's, made again after
    conn.execute(
        "DELETE FROM _sqlite_migrations WHERE name IN "
        "('m019_quote_marks', 'm020_cites_unnamed', 'm023_over_span')"
    )
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 3}")
    conn.commit()
    history = conn.execute("SELECT count(*) FROM claim_history").fetchone()[0]
    conn.close()
    store = Store.open(path)
    got = store.conn.execute(
        "SELECT id, revised_from, plan_words FROM claims ORDER BY id"
    ).fetchall()
    assert got == [
        ("t1", "revised the toll downward from 248", None),  # a count: no plan's words
        ("t2", None, "proposed, cut to"),
        ("t3", None, None),
        ("t4", None, None),  # a stance: no figure to revise
    ]
    assert [(c, *figure_marks(v, q, d)[:2]) for c, k, v, q, d in rows if k == "figure"] == got[:3]
    marked = store.conn.execute(
        "SELECT id FROM claims INDEXED BY idx_claims_marks "
        "WHERE revised_from IS NOT NULL OR plan_words IS NOT NULL ORDER BY id"
    ).fetchall()
    assert marked == [("t1",), ("t2",)]
    assert store.conn.execute("SELECT count(*) FROM claim_history").fetchone()[0] == history
    store.close()
    store = Store.open(path)
    rows_applied = store.conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
    assert rows_applied == SCHEMA_VERSION
    store.close()


def test_an_older_database_gets_whom_its_quotes_cite_once(tmp_path: Path) -> None:
    """m020: a database of schema 19 is migrated on open, in the migration's transaction:
    every claim, figure or stance, retracted ones too, whose quote gives what it says to people
    it does not name gets the words (``quote_marks.unnamed_words``, what every writer stores),
    and ``idx_claims_marks`` is made again to hold them beside m019's marks; the records and
    their history are untouched; opening again migrates nothing."""
    from claimtrack.schema import MARKS_INDEX_WHERE

    path = tmp_path / "old.db"
    store = Store.open(path)
    store.conn.execute("BEGIN")
    rows = [
        ("u1", "figure", "750", "According to the people, there were 750 people on board"),
        ("u2", "stance", None, "survivors said the coast guard tried to tow the boat"),
        ("u3", "figure", "104", "the coast guard rescued 104 people"),
        ("u4", "figure", "248", "the ministry revised the toll downward from 248"),
    ]
    for cid, kind, value, quote in rows:
        store.conn.execute(
            "INSERT INTO claims (id, subject, claimant, claimant_key, quote, kind, value, status,"
            " dimension, added_at) VALUES (?, 's', 'A', 'a', ?, ?, ?, ?, 'count', 'T')",
            [cid, quote, kind, value, "retracted" if cid == "u2" else "active"],
        )
    store.conn.execute("UPDATE claims SET revised_from = 'revised' WHERE id = 'u4'")
    store.conn.execute("COMMIT")
    store.close()
    conn = sqlite3.connect(path)
    conn.execute("DROP INDEX idx_claims_marks")
    conn.execute("ALTER TABLE claims DROP COLUMN cites_unnamed")
    conn.execute("ALTER TABLE claims DROP COLUMN not_in_quote")  # m021's, made again after
    conn.execute(  # m019's index, as it shipped
        "CREATE INDEX idx_claims_marks ON claims (subject, id, revised_from, plan_words, as_of) "
        "WHERE revised_from IS NOT NULL OR plan_words IS NOT NULL"
    )
    conn.execute("ALTER TABLE claims DROP COLUMN over_span")  # m023's, made again after
    conn.execute(
        "DELETE FROM _sqlite_migrations WHERE name IN "
        "('m020_cites_unnamed', 'm021_not_in_quote', 'm023_over_span')"
    )
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 3}")
    conn.commit()
    history = conn.execute("SELECT count(*) FROM claim_history").fetchone()[0]
    conn.close()
    store = Store.open(path)
    got = store.conn.execute("SELECT id, cites_unnamed FROM claims ORDER BY id").fetchall()
    assert got == [
        ("u1", "According to the people"),
        ("u2", "survivors said"),
        ("u3", None),
        ("u4", None),
    ]
    marked = store.conn.execute(
        f"SELECT id FROM claims INDEXED BY idx_claims_marks WHERE ({MARKS_INDEX_WHERE}) ORDER BY id"
    ).fetchall()
    assert marked == [("u1",), ("u2",), ("u4",)]
    assert store.conn.execute("SELECT count(*) FROM claim_history").fetchone()[0] == history
    store.close()
    store = Store.open(path)
    rows_applied = store.conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
    assert rows_applied == SCHEMA_VERSION
    store.close()


_SOURCE_QUERIES = [
    # the engine's sources of the claims that name one (Store._engine_fold)
    "SELECT id, source FROM claims INDEXED BY idx_claims_source WHERE source IS NOT NULL",
    "SELECT id FROM claims WHERE source = ?",
    # `sources SUBJ` / `sources`: the claims naming each source
    "SELECT s.id, count(c.id) FROM sources s JOIN claims c ON c.source = s.id "
    "AND c.subject = ? GROUP BY s.id",
    "SELECT s.id, count(c.id) FROM sources s LEFT JOIN claims c ON c.source = s.id GROUP BY s.id",
    # wire copies: the claims of the sources a wire service sent
    "SELECT c.id, s.wire FROM sources s JOIN claims c ON c.source = s.id "
    "WHERE s.wire IS NOT NULL AND c.status = 'active'",
    "SELECT id FROM sources WHERE id IN (SELECT source FROM claims WHERE subject = ?)",
]


@pytest.mark.parametrize("query", _SOURCE_QUERIES)
def test_every_query_by_source_still_uses_the_partial_index(tmp_path: Path, query: str) -> None:
    """Each query that the full index served (m008's) the partial one (m013) serves too
    (SQLite takes ``source = ?`` and a join on ``claims.source`` as implying ``source IS NOT
    NULL``); the plans are otherwise the same, but the wire copies', which scanned every
    claim and now walks only those with a source."""
    from claimtrack.cli import sample_rows

    store = Store.open(tmp_path / "x.db", seed=sample_rows())
    params = ["raqqa-convoy"] if "?" in query else []

    def plan() -> str:
        rows = store.conn.execute(f"EXPLAIN QUERY PLAN {query}", params).fetchall()
        return " | ".join(r[-1] for r in rows)

    partial = plan()
    store.conn.execute("DROP INDEX idx_claims_source")
    store.conn.execute("CREATE INDEX idx_claims_source ON claims (source)")
    full = plan()
    store.close()
    if "idx_claims_source" in full:
        assert partial == full
    elif "wire" in query:
        assert full.startswith("SCAN c |") and "SCAN c USING INDEX idx_claims_source" in partial
    else:
        assert partial == full


def test_m014_reads_stored_rates_per_hour_and_time_per_day_again(tmp_path: Path) -> None:
    """m014: a figure stored per week by the reading before the audit ("$15 an hour" as $2,520
    a week, "8 hours a day" as 56 hours a week) gets its derived columns worked out again, in
    its own period; its record and every other figure are untouched."""
    from claimtrack.cli import sample_rows

    path = tmp_path / "old.db"
    Store.open(path, seed=sample_rows()).close()
    conn = sqlite3.connect(path)
    rows = [  # (id, value, unit, low, the stored columns: dimension, base_low, roundings)
        ("wage", "$15 an hour", "$ an hour", 15, "currency:USD/week", 2520, 0, 0),
        ("shift", "8 hours a day", "hours a day", 8, "duration/week", 201600, 0, 0),
        ("aid", "£50m a day", "£ a day", 50e6, "currency:GBP/week", 350e6, 2.5e6, 17.5e6),
    ]
    for id_, value, unit, low, dimension, base, rounding, base_rounding in rows:
        conn.execute(
            "INSERT INTO claims (id, subject, claimant, claimant_key, quote, kind, measure, value,"
            " low, high, unit, status, added_at, dimension, rounding, base_low, base_high,"
            " base_rounding) VALUES (?, 's', 'c', 'c', ?, 'figure', ?, ?, ?, ?, ?, 'active',"
            " '2026-01-01T00:00:00Z', ?, ?, ?, ?, ?)",
            [
                id_,
                value,
                id_,
                value,
                low,
                low,
                unit,
                dimension,
                rounding,
                base,
                base,
                base_rounding,
            ],
        )
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm014_rate_periods'")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    conn.commit()
    records = conn.execute("SELECT id, value, low, high, unit FROM claims ORDER BY id").fetchall()
    others = conn.execute(
        "SELECT * FROM claims WHERE id NOT IN ('wage', 'shift') ORDER BY id"
    ).fetchall()
    conn.close()
    store = Store.open(path)
    got = store.conn.execute(
        "SELECT id, dimension, base_low, base_high FROM claims WHERE id IN ('wage', 'shift')"
        " ORDER BY id"
    ).fetchall()
    assert got == [("shift", "duration/day", 28800, 28800), ("wage", "currency:USD/hour", 15, 15)]
    assert (
        store.conn.execute("SELECT id, value, low, high, unit FROM claims ORDER BY id").fetchall()
        == records
    )
    assert (
        store.conn.execute(
            "SELECT * FROM claims WHERE id NOT IN ('wage', 'shift') ORDER BY id"
        ).fetchall()
        == others
    )  # "£50m a day" was right: a day is still a 7th of a week
    store.close()


def test_the_speakers_of_a_subject_are_read_from_their_index_alone(tmp_path: Path) -> None:
    """m016: a database without idx_claims_speakers gets it on open; ``Store.speakers``
    answers the same with it as without it, and reads the index alone (a covering index: no
    row of the claims table), for one subject and for all."""
    from claimtrack.cli import sample_rows

    path = tmp_path / "old.db"
    store = Store.open(path, seed=sample_rows())
    # a claimant of the subject given as the speaker of another claimant's claim
    store.conn.execute(
        "UPDATE claims SET speaker = (SELECT max(claimant) FROM claims WHERE subject = "
        "'raqqa-convoy') WHERE id = (SELECT min(id) FROM claims WHERE subject = "
        "'raqqa-convoy' AND claimant <> (SELECT max(claimant) FROM claims "
        "WHERE subject = 'raqqa-convoy'))"
    )
    # evidence8: one speaker (no claimant) given for two claimants of the subject
    store.conn.execute(
        "UPDATE claims SET speaker = 'Ada Vale' WHERE id IN (SELECT min(id) FROM claims "
        "WHERE subject = 'raqqa-convoy' AND speaker IS NULL GROUP BY claimant LIMIT 2)"
    )
    store.conn.execute("DROP INDEX idx_claims_speakers")
    store.conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm016_speaker_index'")
    store.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    store.conn.commit()
    without = (store.speakers("raqqa-convoy"), store.speakers())
    store.close()
    store = Store.open(path)
    assert store.conn.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'idx_claims_speakers'"
    ).fetchone() == (
        "CREATE INDEX idx_claims_speakers ON claims (subject, speaker, claimant, status) "
        "WHERE speaker IS NOT NULL",
    )
    seen: list[str] = []
    store.conn.set_trace_callback(seen.append)
    with_index = (store.speakers("raqqa-convoy"), store.speakers())
    store.conn.set_trace_callback(None)
    assert without[0] and with_index == without
    assert {speaker for _, speaker in without[0]["raqqa-convoy"]} >= {"Ada Vale"}
    # per call: the speakers who are claimants, whether one speaks for two claimants, and
    # the claims of those (evidence8)
    reads = [sql for sql in seen if "speaker IS NOT NULL" in sql]
    assert len(reads) == 6
    for sql in reads:
        rows = store.conn.execute(f"EXPLAIN QUERY PLAN {sql}", ["raqqa-convoy"] * sql.count("?"))
        plan = " | ".join(r[-1] for r in rows)
        assert "COVERING INDEX idx_claims_speakers" in plan, plan
    store.close()
