"""Read commands (issue 28): `list` through its index, reading only the columns it prints, and
no module a command does not use. Each shortcut is checked against the long way round: the
same rows in the same order, byte-identical output."""

from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.store import Store

from conftest import _copy_db, figure, imports_of, stance

SUBJECTS = ("alpha-strike", "beta-convoy", "gamma-siege")
DATES = (None, "2020-03", "2020-03-01", "2020-03-02", "2019-12-31", "2021")


def _claims(n: int, seed: int) -> list[dict[str, Any]]:
    """``n`` claims over three subjects whose dates are missing, month-only or equal, so that
    the order hangs on every part of (subject, date, id)."""
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        make = figure if rnd.random() < 0.6 else stance
        extra: dict[str, Any] = {}
        for field in ("said_on", "reported_on"):
            date = rnd.choice(DATES)
            if date is not None:
                extra[field] = date
        if make is figure:
            extra["value"] = str(rnd.randint(1, 5000))
        if rnd.random() < 0.3:
            extra["note"] = f"note {i}"
        ident = f"{rnd.choice('abcxyz')}-{rnd.randint(0, 10**6)}-{i}"
        out.append(make(id=ident, subject=rnd.choice(SUBJECTS), **extra))
    return out


@pytest.fixture(scope="module")
def _crowd_db(
    tmp_path_factory: pytest.TempPathFactory, _templates: dict[str, Path]
) -> tuple[Path, list[dict[str, Any]]]:
    """The crowd's database, made once for this module by the same commands (an import into
    an empty database, then every ninth claim retracted); each test gets its own copy."""
    claims = _claims(240, seed=28)
    folder = tmp_path_factory.mktemp("crowd")
    db = _copy_db(_templates["empty"], folder / "crowd.db")
    path = folder / "crowd.jsonl"
    path.write_text("".join(json.dumps(c) + "\n" for c in claims), encoding="utf-8")
    with pytest.MonkeyPatch.context() as mp:  # as isolated_home does for each test
        mp.setenv("HOME", str(folder))
        mp.setenv("XDG_DATA_HOME", str(folder / ".local" / "share"))
        mp.setenv("CLAIMTRACK_DB", str(folder / "default.db"))
        runner = CliRunner()
        result = runner.invoke(app, ["--db", str(db), "import", str(path)])
        assert result.exit_code == 0, result.output
        for c in claims[::9]:  # some retracted
            result = runner.invoke(app, ["--db", str(db), "retract", c["id"], "--reason", "test"])
            assert result.exit_code == 0, result.output
    return db, claims


@pytest.fixture
def crowd(ct: Any, empty_db: Path, _crowd_db: tuple[Path, list[dict[str, Any]]]) -> Any:
    db, claims = _crowd_db
    _copy_db(db, empty_db)  # ct runs against empty_db: now the crowd
    ct.claims = claims
    return ct


def _date(c: dict[str, Any]) -> str:
    return c.get("said_on") or c.get("reported_on") or "9999"


@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"subject": "beta-convoy"},
        {"kind": "stance"},
        {"subject": "gamma-siege", "kind": "figure"},
    ],
    ids=["all", "subject", "kind", "subject-kind"],
)
@pytest.mark.parametrize("limit", [None, 1, 7, 1000])
def test_list_order_through_the_index_is_the_order_by(
    crowd: Any, empty_db: Path, filters: dict[str, Any], limit: int | None
) -> None:
    """The index (idx_claims_list) gives exactly the rows a full sort by (subject, date, id)
    gives, cut at the same place: Python's sort is the independent oracle."""
    wanted = [c for c in crowd.claims if all(c[k] == v for k, v in filters.items())]
    expected = [c["id"] for c in sorted(wanted, key=lambda c: (c["subject"], _date(c), c["id"]))]
    store = Store.open(empty_db)
    got = [r["id"] for r in store.claims(**filters, limit=limit)]
    store.close()
    assert got == expected[:limit]


def test_the_list_table_reads_only_what_it_prints_and_prints_the_same(
    crowd: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`list` (a table) selects only the columns the table shows, and its output is
    byte-identical to the table made from whole records."""
    seen: list[str] = []
    real_query = Store._query

    def spying(self: Store, sql: str, params: Any = ()) -> Any:
        seen.append(sql)
        return real_query(self, sql, params)

    args = ("list", "--include-retracted", "--limit", "500")
    monkeypatch.setattr(Store, "_query", spying)
    slim = crowd(*args)
    assert slim.exit_code == 0, slim.output
    select = next(q for q in seen if "ORDER BY" in q)
    assert " note" not in select and " url" not in select and " quote" in select, select

    real_claims = Store.claims

    def whole(self: Store, *a: Any, fields: Any = None, **kw: Any) -> Any:
        return real_claims(self, *a, **kw)  # every column, as before

    monkeypatch.setattr(Store, "claims", whole)
    full = crowd(*args)
    assert (slim.stdout, slim.stderr) == (full.stdout, full.stderr)
    assert "240 claims" in slim.stderr  # not vacuous: every claim listed


def test_unknown_fields_are_refused(sample_db: Path) -> None:
    store = Store.open(sample_db)
    with pytest.raises(ValueError, match="not record fields"):
        list(store.claims(fields=["id", "quote; DROP TABLE claims"]))
    store.close()


def test_list_json_is_whole_records(crowd: Any) -> None:
    """--json still prints every field of each record (the column cut is the table's)."""
    got = json.loads(crowd("list", "alpha-strike", "--json").stdout)
    notes = [r for r in got if "note" in r]
    assert notes and all(r["note"].startswith("note ") for r in notes)


RC = "rc-sdf-fighters-few-dozen"


@pytest.mark.slow  # starts a process (tests/conftest.py: process tests are slow)
@pytest.mark.parametrize(
    ("args", "unwanted"),
    [
        # An option type (a Literal such as --kind, given or not) no longer brings pydantic.
        (["list", "raqqa-convoy", "--limit", "5"], ("pydantic", "sqlite_utils")),
        (["list", "--kind", "figure", "--limit", "5"], ("pydantic", "sqlite_utils")),
        (["list", "raqqa-convoy", "--json"], ("pydantic", "rich", "claimtrack.render")),
        (["show", RC], ("pydantic", "sqlite_utils")),
        (["show", RC, "--json"], ("pydantic", "rich", "claimtrack.render")),
        (["search", "convoy"], ("pydantic", "sqlite_utils")),
        (["search", "convoy", "--json"], ("pydantic", "sqlite_utils")),
        (["subjects"], ("pydantic", "sqlite_utils")),
        (["claimants"], ("pydantic", "sqlite_utils")),
        (["claimant", "BBC"], ("pydantic", "sqlite_utils")),
        (["timeline", "raqqa-convoy"], ("pydantic", "sqlite_utils")),
        (["history", RC], ("pydantic", "sqlite_utils")),
        (["export", "raqqa-convoy", "--format", "csv"], ("pydantic", "sqlite_utils")),
    ],
    ids=lambda v: " ".join(v) if isinstance(v, list) else "-",
)
def test_read_commands_load_only_what_they_use(
    sample_db: Path, args: list[str], unwanted: tuple[str, ...]
) -> None:
    assert imports_of(args, sample_db, unwanted) == []


@pytest.mark.slow  # starts a process (tests/conftest.py: process tests are slow)
def test_the_import_check_can_fail(sample_db: Path) -> None:
    """Not vacuous: a module every table command uses is seen."""
    assert imports_of(["list", "raqqa-convoy"], sample_db, ("rich",)) == ["rich"]


def test_an_old_database_gains_the_list_index(tmp_path: Path) -> None:
    """A database made before m012 gets idx_claims_list when it is next opened."""
    from claimtrack.cli import sample_rows

    path = tmp_path / "old.db"
    Store.open(path, seed=sample_rows()).close()
    conn = sqlite3.connect(path)
    conn.execute("DROP INDEX idx_claims_list")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm012_list_order'")
    conn.execute("PRAGMA user_version = 11")
    conn.commit()
    conn.close()
    store = Store.open(path)
    names = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master")}
    assert "idx_claims_list" in names
    store.close()


@pytest.mark.parametrize("args", [["subjects"], ["claimants"], ["claimants", "alpha-strike"]])
def test_tables_written_directly_are_what_rich_prints(
    crowd: Any, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    """`subjects` and `claimants` write their tables directly (render.print_table); the same
    command with rich doing all the printing gives the same bytes."""
    from claimtrack import render

    taken: list[bool] = []
    real = render._plain_table

    def watched(console: Any, table: Any) -> bool:
        taken.append(real(console, table))
        return taken[-1]

    monkeypatch.setattr(render, "_plain_table", watched)
    direct = crowd(*args)
    assert direct.exit_code == 0, direct.output
    assert taken == [True]  # not vacuous: the direct path was taken
    monkeypatch.setattr(render, "_plain_table", lambda console, table: False)
    by_rich = crowd(*args)
    assert direct.stdout == by_rich.stdout
