"""Datasette metadata for a claimtrack database (``claimtrack datasette-metadata``).

Datasette shows every table as it finds it. This metadata hides the internal tables (the
full-text index's shadow tables, the migrations log), labels a claim by its quote wherever a
review points at it, and adds two canned queries: ``search`` (full-text search, best match
first: Datasette's own table search keeps table order) and ``claims_with_latest_verdict`` (each
claim with its current review). Pure: the database's name and table names in, a dict out.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

LABEL_COLUMN = "quote"

# What a person types, made an FTS5 query by Datasette's own ``escape_fts`` (the SQL function
# its table search uses): each word quoted, so ``US-led``, ``Col. Dillon``, ``3,500`` and
# ``BBC's`` are words, not syntax. An empty query (or one of only spaces or quotes) shows no
# rows instead of an FTS5 syntax error: the query is escaped once, in the outer loop (CROSS
# JOIN fixes the order), and an empty one never reaches MATCH (nor does one holding NUL,
# which FTS5 would read as the end of the query). A line break is a space first: escape_fts
# reads a quoted phrase only within one line, and '"' + newline + a character left an
# unbalanced quote behind (an FTS5 syntax error; found by the property test).
SEARCH_SQL = """\
WITH q(terms) AS (
  SELECT CASE WHEN instr(coalesce(:q, ''), char(0)) THEN ''
              ELSE escape_fts(replace(coalesce(:q, ''), char(10), ' ')) END
)
SELECT claims.id, claims.subject, claims.claimant, claims.quote, claims.status,
       bm25(claims_fts) AS score
FROM q CROSS JOIN claims_fts JOIN claims ON claims.rowid = claims_fts.rowid
WHERE q.terms <> '' AND claims_fts MATCH q.terms
ORDER BY bm25(claims_fts), claims.id
LIMIT 100"""  # bm25: lower is better (quote, claimant, speaker and note are searched)

LATEST_VERDICT_SQL = """\
SELECT c.id, c.subject, c.claimant, c.quote, c.said_on, c.reported_on, c.status,
       r.rating AS verdict, r.url AS review_url, r.reviewer, r.reviewed_at
FROM claims c
LEFT JOIN reviews r ON r.id = (SELECT max(id) FROM reviews WHERE claim_id = c.id)
ORDER BY c.subject, c.id"""


def is_internal(table: str) -> bool:
    """The full-text index and its shadow tables, the migrations log, SQLite's statistics."""
    return table.startswith(("claims_fts", "_", "sqlite_"))


def metadata(database: str, tables: Iterable[str]) -> dict[str, Any]:
    """Metadata JSON for ``datasette DB.db --metadata FILE``, ``database`` being the name
    Datasette gives the file (its name without ``.db``)."""
    table_meta: dict[str, Any] = {
        name: {"hidden": True} for name in sorted(tables) if is_internal(name)
    }
    table_meta["claims"] = {
        "label_column": LABEL_COLUMN,
        "description": "One attributed claim per row (docs/format.md).",
    }
    return {
        "title": "claimtrack",
        "databases": {
            database: {
                "tables": table_meta,
                "queries": {
                    "search": {
                        "title": "Search claims, best match first",
                        "description": (
                            "Words as you would type them (every word must match, as in "
                            "`claimtrack search`); an empty search shows nothing."
                        ),
                        "sql": SEARCH_SQL,
                        "params": ["q"],
                    },
                    "claims_with_latest_verdict": {
                        "title": "Claims with their latest verdict",
                        "sql": LATEST_VERDICT_SQL,
                    },
                },
            }
        },
    }
