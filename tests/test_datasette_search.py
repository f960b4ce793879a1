"""The Datasette canned ``search`` query (issue 27), run in SQLite with Datasette's own
``escape_fts`` function registered as Datasette registers it: whatever a person types, it
answers rows or none, never an FTS5 syntax error. (tests/test_datasette.py runs the same query
through a real Datasette server.)"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtrack.datasette_meta import SEARCH_SQL

from conftest import examples


@pytest.fixture
def conn(sample_db: Path):
    from datasette.utils import escape_fts

    c = sqlite3.connect(sample_db)
    c.create_function("escape_fts", 1, escape_fts)
    yield c
    c.close()


def ids(conn: sqlite3.Connection, q: str | None) -> list[str]:
    return [row[0] for row in conn.execute(SEARCH_SQL, {"q": q})]


@pytest.mark.parametrize(
    ("q", "found"),
    [
        ("", 0),
        ("   ", 0),
        ('"', 0),
        ('""', 0),
        (None, 0),
        ("US-led", 25),
        ("Col. Dillon", 8),
        ("3,500", 3),
        ("BBC's", 9),
        ("convoy", 22),
        ("NEAR(", 0),
        ('"\n\x1b', 0),  # escape_fts left '" "\x1b""' (a quote torn by the line break)
        ("convoy\nBBC's", 1),  # both words, as with a space
    ],
)
def test_typed_queries(conn: sqlite3.Connection, q: str | None, found: int) -> None:
    assert len(ids(conn, q)) == found


@settings(max_examples=examples(200), suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from("ab \"*^:()-+.,'AND OR NEAR\t{}"), max_size=20) | st.text())
def test_any_text_is_a_search_not_an_error(conn: sqlite3.Connection, q: str) -> None:
    ids(conn, q)
