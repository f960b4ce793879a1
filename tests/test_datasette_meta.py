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
