"""The Datasette metadata matches the schema (fast; tests/test_datasette.py serves it): every
column of every table a migrated database holds has a description, none is described that
the schema lacks, and the facets are columns (docs/exports.md, "Datasette")."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from claimtrack.datasette_meta import FACETS, TABLES, is_internal, metadata


def _schema(db: Path) -> dict[str, list[str]]:
    with sqlite3.connect(db) as con:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {
            t: [r[1] for r in con.execute(f'PRAGMA table_info("{t}")')]
            for t in names
            if not is_internal(t)
        }


def test_every_column_has_its_description(empty_db: Path) -> None:
    schema = _schema(empty_db)
    assert sorted(schema) == sorted(TABLES)
    for table, columns in schema.items():
        assert sorted(TABLES[table][1]) == sorted(columns), table
    for table, facets in FACETS.items():
        assert set(facets) <= set(schema[table]), table


def test_the_metadata_describes_only_tables_there_are(empty_db: Path) -> None:
    tables = [*_schema(empty_db), "claims_fts", "_sqlite_migrations"]
    meta = metadata("claims", tables)["databases"]["claims"]["tables"]
    assert meta["claims"]["label_column"] == "quote"
    assert meta["claims"]["facets"] == ["subject", "kind", "status"]
    assert meta["claims"]["columns"]["base_low"].startswith("low in the dimension's base unit")
    assert meta["claims_fts"] == {"hidden": True}
    older = metadata("claims", ["claims"])["databases"]["claims"]["tables"]
    assert set(older) == {"claims"}  # a database from before the other tables


def test_the_latest_verdict_says_what_changed_since_it(ct, empty_db: Path, tmp_path: Path) -> None:
    """outputs8: `claims_with_latest_verdict` gave each claim's latest rating beside the claim
    as it is now; a claim edited since in what a verdict judges (its quote, its dates) names
    the fields there, as the ClaimReview export warns (``verdict_flags.changed_since``); an
    edit of the note, or a review given after the edit, leaves it empty."""
    from claimtrack.datasette_meta import LATEST_VERDICT_SQL

    from conftest import write_jsonl

    rows = [
        {"id": f"c{i}", "subject": "s", "claimant": "Port office", "kind": "figure",
         "quote": f"{n} ships were in port.", "measure": "ships", "value": str(n)}
        for i, n in enumerate((12, 13, 14, 40))
    ]  # fmt: skip
    assert ct("import", str(write_jsonl(tmp_path / "s.jsonl", rows))).exit_code == 0
    for cid in ("c0", "c1", "c2"):
        assert ct("review", cid, "--rating", "True", "--url", "https://fc.example/s").exit_code == 0
    edits = [
        ("c0", "--quote", "Twelve ships were in port."),
        ("c1", "--said-on", "2026-01-05"),
        ("c2", "--note", "from the harbour log"),
    ]
    for cid, option, value in edits:
        assert ct("edit", cid, option, value, "--reason", "r").exit_code == 0
    assert ct("review", "c0", "--rating", "True", "--url", "https://fc.example/s").exit_code == 0
    with sqlite3.connect(empty_db) as con:
        got = {r[0]: (r[7], r[-1]) for r in con.execute(LATEST_VERDICT_SQL)}
    assert got == {
        "c0": ("True", None),  # reviewed again after the edit
        "c1": ("True", "said_on"),
        "c2": ("True", None),  # the note: the verdict stands
        "c3": (None, None),
    }
