"""The full-text index an import into an empty database leaves to the first search (issue 28,
round 10): built once, atomically, saying so on stderr; every write made meanwhile (add, edit,
retract, purge, another import) is found by it; a database whose index is in step keeps it in
step on every write, as before. While it waits there is no index at all (round 11): no client
that looks for one (Datasette, ``sqlite-utils search``) finds an empty one to search."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from claimtrack.errors import DatabaseError
from claimtrack.schema import FTS_TABLE, FTS_TRIGGERS, SEARCH_INDEX_KEY
from claimtrack.store import Store

from conftest import figure, stance, write_jsonl

BUILDING = "Building the search index of"


def records() -> list[dict[str, Any]]:
    return [
        figure(id="rc-1", quote="a few dozen fighters left in buses", value="a few dozen"),
        stance(id="rc-2", quote="the coalition was not part of any deal"),
        figure(
            id="rc-3",
            subject="mosul-dam",
            claimant="Iraqi ministry of water",
            measure="engineers",
            quote="40 engineers were flown in",
            value="40",
        ),
    ]


def hits(ct: Callable[..., Any], words: str, *extra: str) -> list[str]:
    result = ct("search", words, "--json", *extra)
    assert result.exit_code == 0, result.output
    return [hit["id"] for hit in json.loads(result.stdout)]


def fts_state(db: Path) -> tuple[list[str], list[str]]:
    conn = sqlite3.connect(db)
    try:
        triggers = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
            )
        ]
        keys = [r[0] for r in conn.execute("SELECT key FROM meta ORDER BY key")]
    finally:
        conn.close()
    return triggers, keys


def fts_tables(db: Path) -> list[str]:
    """The full-text index's tables (its FTS5 table and the shadow tables it keeps)."""
    conn = sqlite3.connect(db)
    try:
        return [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name LIKE 'claims\\_fts%' ESCAPE '\\' ORDER BY name"
            )
        ]
    finally:
        conn.close()


def fts_consistent(db: Path) -> bool:
    conn = sqlite3.connect(db)
    try:  # an external-content index checked against every row of claims
        conn.execute("INSERT INTO claims_fts (claims_fts) VALUES ('integrity-check')")
        return True
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


def test_an_import_into_an_empty_database_leaves_the_index_to_the_first_search(
    ct: Callable[..., Any], empty_db: Path, tmp_path: Path
) -> None:
    file = write_jsonl(tmp_path / "c.jsonl", records())
    result = ct("import", str(file))
    assert result.exit_code == 0, result.output
    assert "search index" not in result.stderr  # the first search says so, once
    triggers, keys = fts_state(empty_db)
    assert not set(FTS_TRIGGERS) & set(triggers)
    assert SEARCH_INDEX_KEY in keys
    assert fts_tables(empty_db) == []  # no index to find, empty or not

    first = ct("search", "engineers", "--json")
    assert first.exit_code == 0, first.output
    assert first.stderr.count(BUILDING) == 1
    assert f"{BUILDING} 3 claims" in first.stderr
    assert [hit["id"] for hit in json.loads(first.stdout)] == ["rc-3"]
    triggers, keys = fts_state(empty_db)
    assert set(FTS_TRIGGERS) <= set(triggers)
    assert SEARCH_INDEX_KEY not in keys
    assert FTS_TABLE in fts_tables(empty_db)
    assert fts_consistent(empty_db)

    second = ct("search", "engineers", "--json")
    assert second.exit_code == 0, second.output
    assert BUILDING not in second.stderr
    assert second.stdout == first.stdout


# Each write made while the index waits, and what a search for a word must then find.
WRITES: list[tuple[str, list[list[str]], str, list[str]]] = [
    ("nothing", [], "buses", ["rc-1"]),
    (
        "add",
        [
            [
                "add",
                "mosul-dam",
                "--claimant",
                "Iraqi ministry of water",
                "--quote",
                "the grouting barges arrived",
                "--denies",
                "dam-is-failing",
                "--id",
                "rc-9",
            ]
        ],
        "grouting",
        ["rc-9"],
    ),
    (
        "edit",
        [["edit", "rc-1", "--quote", "a few dozen fighters left by truck"]],
        "truck",
        ["rc-1"],
    ),
    (
        "edit, the old words",
        [["edit", "rc-1", "--quote", "a few dozen left by truck"]],
        "buses",
        [],
    ),
    ("retract", [["retract", "rc-3", "--reason", "misattributed"]], "engineers", []),
    ("purge", [["retract", "rc-3", "--purge"]], "engineers", []),
]


@pytest.mark.parametrize(("what", "commands", "word", "found"), WRITES, ids=[w[0] for w in WRITES])
def test_writes_made_while_the_index_waits_are_searched(
    ct: Callable[..., Any],
    empty_db: Path,
    tmp_path: Path,
    what: str,
    commands: list[list[str]],
    word: str,
    found: list[str],
) -> None:
    file = write_jsonl(tmp_path / "c.jsonl", records())
    assert ct("import", str(file)).exit_code == 0
    for command in commands:
        result = ct(*command, "--new") if command[0] == "add" else ct(*command)
        assert result.exit_code == 0, result.output
    assert hits(ct, word) == found
    assert fts_consistent(empty_db)
    # and from then on every write keeps the index in step
    result = ct("edit", "rc-2", "--quote", "the coalition denied any deal over the convoy")
    assert result.exit_code == 0, result.output
    assert hits(ct, "convoy") == ["rc-2"]
    assert fts_consistent(empty_db)


def test_an_import_onto_a_database_whose_index_waits_leaves_it_waiting(
    ct: Callable[..., Any], empty_db: Path, tmp_path: Path
) -> None:
    first = write_jsonl(tmp_path / "a.jsonl", records()[:2])
    more = write_jsonl(tmp_path / "b.jsonl", records()[2:])
    assert ct("import", str(first)).exit_code == 0
    result = ct("import", str(more))
    assert result.exit_code == 0, result.output
    assert "search index" not in result.stderr  # (it was said by the first)
    search = ct("search", "engineers", "--json")
    assert f"{BUILDING} 3 claims" in search.stderr
    assert [hit["id"] for hit in json.loads(search.stdout)] == ["rc-3"]


def test_an_import_onto_a_database_whose_index_is_in_step_keeps_it_so(
    ct: Callable[..., Any], empty_db: Path, tmp_path: Path
) -> None:
    first = write_jsonl(tmp_path / "a.jsonl", records()[:2])
    more = write_jsonl(tmp_path / "b.jsonl", records()[2:])
    assert ct("import", str(first)).exit_code == 0
    assert hits(ct, "buses") == ["rc-1"]  # built
    result = ct("import", str(more))
    assert result.exit_code == 0, result.output
    assert "search index" not in result.stderr
    triggers, keys = fts_state(empty_db)
    assert set(FTS_TRIGGERS) <= set(triggers) and SEARCH_INDEX_KEY not in keys
    search = ct("search", "engineers", "--json")
    assert BUILDING not in search.stderr
    assert [hit["id"] for hit in json.loads(search.stdout)] == ["rc-3"]
    assert fts_consistent(empty_db)


def test_the_sample_init_loads_is_searchable_at_once(sample_db: Path) -> None:
    with Store.open(sample_db) as store:
        assert store.search_index_pending() is None
    assert fts_consistent(sample_db)


def test_datasette_metadata_builds_the_index_its_search_reads(
    ct: Callable[..., Any], empty_db: Path, tmp_path: Path
) -> None:
    file = write_jsonl(tmp_path / "c.jsonl", records())
    assert ct("import", str(file)).exit_code == 0
    result = ct("datasette-metadata")
    assert result.exit_code == 0, result.output
    assert f"{BUILDING} 3 claims" in result.stderr
    json.loads(result.stdout)
    _, keys = fts_state(empty_db)
    assert SEARCH_INDEX_KEY not in keys and fts_consistent(empty_db)


def test_a_build_that_fails_leaves_the_index_waiting_as_it_was(
    ct: Callable[..., Any], empty_db: Path, tmp_path: Path
) -> None:
    file = write_jsonl(tmp_path / "c.jsonl", records())
    assert ct("import", str(file)).exit_code == 0
    conn = sqlite3.connect(empty_db)
    with conn:  # the last trigger's SQL made to fail, after the index was rebuilt
        sqls = json.loads(
            conn.execute("SELECT value FROM meta WHERE key = ?", [SEARCH_INDEX_KEY]).fetchone()[0]
        )
        conn.execute(
            "UPDATE meta SET value = ? WHERE key = ?",
            [json.dumps([*sqls, "CREATE TRIGGER broken"]), SEARCH_INDEX_KEY],
        )
    conn.close()
    before = fts_state(empty_db)
    with Store.open(empty_db) as store, pytest.raises(DatabaseError, match="incomplete input"):
        store.build_search_index()
    assert fts_state(empty_db) == before
    assert fts_tables(empty_db) == []  # nothing of the build stayed: still no index
    # and the next search, once the cause is gone, builds it
    conn = sqlite3.connect(empty_db)
    with conn:
        conn.execute(
            "UPDATE meta SET value = ? WHERE key = ?", [json.dumps(sqls), SEARCH_INDEX_KEY]
        )
    conn.close()
    assert hits(ct, "engineers") == ["rc-3"]
    assert fts_consistent(empty_db)


def test_an_import_that_adds_nothing_leaves_the_index_in_step(
    ct: Callable[..., Any], empty_db: Path, tmp_path: Path
) -> None:
    bad = {k: v for k, v in figure(id="rc-x").items() if k != "claimant"}  # a bad line
    file = write_jsonl(tmp_path / "c.jsonl", [bad])
    result = ct("import", str(file), "--skip-invalid")
    assert result.exit_code == 0, result.output
    assert "0 added" in result.stderr and "search index" not in result.stderr
    triggers, keys = fts_state(empty_db)
    assert set(FTS_TRIGGERS) <= set(triggers) and SEARCH_INDEX_KEY not in keys


def test_a_database_left_waiting_with_its_empty_index_is_built_in_place(
    ct: Callable[..., Any], empty_db: Path, tmp_path: Path
) -> None:
    """Round 10's imports kept the empty index and stored only its triggers' SQL: the first
    search still builds that index, in place."""
    file = write_jsonl(tmp_path / "c.jsonl", records())
    assert ct("import", str(file)).exit_code == 0
    assert hits(ct, "buses") == ["rc-1"]  # built; now made what round 10 left
    conn = sqlite3.connect(empty_db)
    with conn:
        sqls = [
            conn.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", [name]
            ).fetchone()[0]
            for name in FTS_TRIGGERS
        ]
        for name in FTS_TRIGGERS:
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("INSERT INTO claims_fts (claims_fts) VALUES ('delete-all')")
        conn.execute(
            "INSERT INTO meta (key, value, updated_at) VALUES (?, ?, '2026-01-01')",
            [SEARCH_INDEX_KEY, json.dumps(sqls)],
        )
    conn.close()
    search = ct("search", "engineers", "--json")
    assert f"{BUILDING} 3 claims" in search.stderr
    assert [hit["id"] for hit in json.loads(search.stdout)] == ["rc-3"]
    triggers, keys = fts_state(empty_db)
    assert set(FTS_TRIGGERS) <= set(triggers) and SEARCH_INDEX_KEY not in keys
    assert fts_consistent(empty_db)


def test_sqlite_utils_finds_no_index_while_it_waits(
    ct: Callable[..., Any], empty_db: Path, tmp_path: Path
) -> None:
    """Another client that looks for a full-text index (``sqlite-utils search``, the library's
    ``detect_fts``, which Datasette's search box uses too) finds none while it waits, so it
    cannot answer "no match" from an empty one; once built it finds the claims."""
    from click.testing import CliRunner
    from sqlite_utils import Database
    from sqlite_utils.cli import cli

    file = write_jsonl(tmp_path / "c.jsonl", records())
    assert ct("import", str(file)).exit_code == 0
    assert Database(empty_db).table("claims").detect_fts() is None
    waiting = CliRunner().invoke(cli, ["search", str(empty_db), "claims", "engineers"])
    assert waiting.exit_code != 0
    assert "not configured for full-text search" in waiting.output

    assert hits(ct, "engineers") == ["rc-3"]  # the first search builds it
    assert Database(empty_db).table("claims").detect_fts() == FTS_TABLE
    built = CliRunner().invoke(
        cli, ["search", str(empty_db), "claims", "engineers", "-c", "id", "--csv"]
    )
    assert built.exit_code == 0, built.output
    assert built.output.splitlines() == ["id", "rc-3"]


def test_a_backup_of_a_waiting_database_waits_too(
    ct: Callable[..., Any], empty_db: Path, tmp_path: Path
) -> None:
    file = write_jsonl(tmp_path / "c.jsonl", records())
    assert ct("import", str(file)).exit_code == 0
    copy = tmp_path / "copy.db"
    result = ct("backup", str(copy))
    assert result.exit_code == 0, result.output
    assert fts_tables(copy) == [] and SEARCH_INDEX_KEY in fts_state(copy)[1]
    search = ct("search", "engineers", "--json", db=copy)
    assert f"{BUILDING} 3 claims" in search.stderr
    assert [hit["id"] for hit in json.loads(search.stdout)] == ["rc-3"]
    assert fts_consistent(copy)
    assert fts_tables(empty_db) == []  # the original still waits
