"""The import's bookkeeping, alone: ``LineRows`` keeps (line, rowid) pairs as runs."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.store._importer import LineRows


def test_a_clean_file_is_one_run_and_gaps_start_new_ones() -> None:
    rows = LineRows()
    rows.extend([1, 2, 3], 1)  # one block of rows, lines 1-3, rowids 1-3
    rows.extend([4, 5], 4)  # the next block goes on the same run
    assert len(rows.lengths) == 1
    rows.extend([7, 8, 10], 6)  # line 6 was a bad line, line 9 a registry record
    rows.add(11, 2, 1)  # a duplicate id: the rowid of the row holding its content
    assert list(rows) == [(1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (7, 6), (8, 7), (10, 8), (11, 2)]
    assert len(rows.lengths) == 4
    assert not LineRows() and rows


@given(
    st.lists(
        st.tuples(st.integers(0, 3), st.lists(st.integers(1, 3), max_size=6), st.booleans()),
        max_size=30,
    )
)
def test_line_rows_give_back_exactly_the_pairs_put_in(steps) -> None:
    """Random imports: blocks of rows (lines ascending, with gaps), new rowids or rowids of
    rows already there; iterating gives every pair, in order."""
    rows, expected = LineRows(), []
    line, rowid = 0, 0
    for skip, gaps, duplicate in steps:
        line += skip
        lines = []
        for gap in gaps:
            line += gap
            lines.append(line)
        if duplicate and lines:
            for n in lines:
                rows.add(n, 1, 1)
                expected.append((n, 1))
        else:
            rows.extend(lines, rowid + 1)
            expected += [(n, rowid + 1 + k) for k, n in enumerate(lines)]
            rowid += len(lines)
    assert list(rows) == expected


def test_the_near_miss_check_of_a_new_database_runs_apart_and_finds_what_it_did(
    runner, empty_db, tmp_path, monkeypatch
) -> None:
    """Into a database that held no claims, the near-miss check runs in a thread while the
    indexes are built (``_Background``): the same lines refused, in the same words, as when
    it runs in line; a claimant declared earlier in the same file is not a near miss; the
    database is not read from the thread (sqlite3 would refuse it)."""
    from claimtrack.cli import app
    from claimtrack.store import _importer

    from conftest import figure, stance, write_jsonl

    records = [
        figure(subject="derna-floods", measure="deaths", value="5,000"),
        figure(subject="derna-flods", measure="deaths", value="5,100"),  # a subject slip
        figure(subject="derna-floods", measure="death", value="5,200"),  # a measure slip
        figure(subject="derna-floods", claimant="Libyan Red Crescent", value="9"),
        figure(subject="derna-floods", claimant="Libyan Red Cresent", value="8"),
        {"record": "alias", "name": "SDF", "same_as": "Syrian Democratic Forces"},
        figure(subject="derna-floods", claimant="SDF", value="7"),  # declared: not a slip
        stance(subject="derna-floods", proposition="dams-failed-in-2023"),
        stance(subject="derna-floods", proposition="dams-failed-in-2032"),  # numbers: a series
    ]
    path = write_jsonl(tmp_path / "new.jsonl", records)
    started = []

    class Counted(_importer._Background):
        def __init__(self, function) -> None:
            started.append(function)
            super().__init__(function)

    class InLine:  # the same check, run in the main thread
        def __init__(self, function) -> None:
            self.value = function()

        def result(self):
            return self.value

    outputs = []
    for background in (Counted, InLine):
        monkeypatch.setattr(_importer, "_Background", background)
        db = tmp_path / f"{background.__name__}.db"
        db.write_bytes(empty_db.read_bytes())
        result = runner.invoke(app, ["--db", str(db), "import", str(path)])
        assert result.exit_code == 2, result.output
        outputs.append(result.stderr)
    assert len(started) == 1
    assert outputs[0] == outputs[1]
    lines = outputs[0].splitlines()
    assert lines[0] == (
        "error: 8 lines use a name that is new but close to an existing one; nothing was imported"
    )
    subject = "subject 'derna-floods' is a new subject; did you mean 'derna-flods' (also new)?"
    assert lines[1:-1] == [
        f"  {path}:1: measure 'deaths' is new to subject derna-floods; did you mean 'death' (also new)?",
        f"  {path}:1: {subject}",
        f"  {path}:2: subject 'derna-flods' is a new subject; did you mean 'derna-floods' (also new)?",
        f"  {path}:3: measure 'death' is new to subject derna-floods; did you mean 'deaths' (also new)?",
        f"  {path}:3: {subject}",
        f"  {path}:4: claimant 'Libyan Red Crescent' is new to subject derna-floods; did you mean 'Libyan Red Cresent' (also new)?",
        f"  {path}:4: {subject}",
        f"  {path}:5: claimant 'Libyan Red Cresent' is new to subject derna-floods; did you mean 'Libyan Red Crescent' (also new)?",
        *(f"  {path}:{n}: {subject}" for n in (5, 7, 8, 9)),
    ]


def test_none_is_bound_as_null_through_the_stores_adapter() -> None:
    """The store registers an adapter for None (sqlite3's own lookup for it is slow): a None
    parameter is still stored as NULL, whatever the column's type."""
    import sqlite3

    import claimtrack.store  # noqa: F401  (registers it)

    assert (type(None), sqlite3.PrepareProtocol) in sqlite3.adapters
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (a TEXT, b REAL, c INTEGER, d)")
    conn.executemany(
        "INSERT INTO t VALUES (?, ?, ?, ?)", [(None, None, None, None), ("x", 1.5, 2, None)]
    )
    assert conn.execute("SELECT typeof(a), typeof(b), typeof(c), typeof(d) FROM t").fetchall() == [
        ("null", "null", "null", "null"),
        ("text", "real", "integer", "null"),
    ]
    assert conn.execute("SELECT ? IS NULL", [None]).fetchone() == (1,)


def test_a_nan_is_bound_as_null_and_rows_bound_so_are_stored_the_same() -> None:
    """An import binds its rows' None as NaN (a float: no adapter lookup) where this SQLite
    stores a NaN parameter as NULL: the same values and types are stored, in columns of
    every type; the rows themselves are left as they were."""
    import math
    import sqlite3

    from claimtrack.store._common import NULL_NAN, bound_rows, nan_binds_null

    conn = sqlite3.connect(":memory:")
    assert nan_binds_null(conn)
    rows = [(None, None, None, None), ("x", 1.5, 2, None), ("", 0.0, 0, "y")]
    bound = bound_rows(rows)
    assert rows[0] == (None, None, None, None)  # (untouched)
    assert [[type(v).__name__ for v in row] for row in bound] == [
        ["float", "float", "float", "float"],
        ["str", "float", "int", "float"],
        ["str", "float", "int", "str"],
    ]
    assert math.isnan(bound[0][0]) and bound[0][0] is NULL_NAN
    typed = "SELECT a, b, c, d, typeof(a), typeof(b), typeof(c), typeof(d) FROM t ORDER BY rowid"
    stored = []
    for params in (rows, bound):
        conn.execute("DROP TABLE IF EXISTS t")
        conn.execute("CREATE TABLE t (a TEXT, b REAL, c INTEGER, d)")
        conn.executemany("INSERT INTO t VALUES (?, ?, ?, coalesce(?, 'stamp'))", params)
        stored.append(conn.execute(typed).fetchall())
    assert stored[0] == stored[1]
    assert stored[0][0] == (None, None, None, "stamp", "null", "null", "null", "text")


def test_an_import_stores_the_same_rows_with_nan_bound_or_none(
    runner, empty_db, tmp_path, monkeypatch
) -> None:
    """The sample's claims (figures with and without bounds, units, hedges; stances), imported
    with the rows' None bound as NaN and, as on an SQLite that would not store a NaN as NULL,
    as None: every column of every row the same, value and type; a second import of the file
    finds every row unchanged (the rows compared are the rows read, not the ones bound)."""
    import sqlite3

    from claimtrack.cli import app
    from claimtrack.records import COLUMNS
    from claimtrack.store import _importer

    from conftest import SAMPLE, sample_claims

    path = SAMPLE  # its registry and source records too
    cols = [c for c in COLUMNS if c != "added_at"]
    query = f"SELECT {', '.join(cols)}, {', '.join(f'typeof({c})' for c in cols)} FROM claims"
    stored = []
    for nan in (True, False):
        monkeypatch.setattr(_importer, "nan_binds_null", lambda conn, nan=nan: nan)
        db = tmp_path / f"nan-{nan}.db"
        db.write_bytes(empty_db.read_bytes())
        for again in (False, True):
            result = runner.invoke(app, ["--db", str(db), "import", str(path)])
            assert result.exit_code == 0, result.output
            if again:
                assert f": 0 added, {len(sample_claims())} unchanged" in result.stderr
        with sqlite3.connect(db) as conn:
            stored.append(conn.execute(query + " ORDER BY rowid").fetchall())
    assert stored[0] == stored[1]
    assert len(stored[0]) == len(sample_claims())
    assert any(v is None for row in stored[0] for v in row)


def test_an_import_builds_the_same_indexes_and_gives_back_the_cache_and_threads(
    sample_db, tmp_path, monkeypatch
) -> None:
    """An import into a small table drops its secondary indexes and builds them at the end
    with the sorter's own settings (small runs, a helper thread): the same indexes, each
    query through them the same rows, and the connection's page cache and threads as they
    were, also when building an index fails."""
    import sqlite3

    import pytest

    from claimtrack.store import Store

    from conftest import sample_claims

    schema = "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
    plain = sqlite3.connect(sample_db)
    before = plain.execute(schema).fetchall()
    plain.close()
    moved = [
        {**claim, "subject": f"moved-{claim['subject']}", "id": f"moved-{k}"}
        for k, claim in enumerate(sample_claims())
    ]
    path = tmp_path / "moved.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in moved), encoding="utf-8")
    store = Store.open(sample_db)
    conn = store.conn
    cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute("PRAGMA threads=3")
    from claimtrack.jsonl import read_rows

    result = store.import_claims(read_rows(path))
    assert result.added == len(moved)
    assert conn.execute(schema).fetchall() == before
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA cache_size").fetchone()[0] == cache
    assert conn.execute("PRAGMA threads").fetchone()[0] == 3
    # through each index, as the table says without it
    for query in (
        "SELECT id FROM claims INDEXED BY idx_claims_list WHERE subject = ? ORDER BY id",
        "SELECT id FROM claims NOT INDEXED WHERE subject = ? ORDER BY id",
    ):
        got = [r[0] for r in conn.execute(query, [moved[0]["subject"]])]
        assert got == sorted(r["id"] for r in moved if r["subject"] == moved[0]["subject"])

    with pytest.raises(sqlite3.OperationalError):
        store._create_indexes(["CREATE INDEX idx_x ON claims (nonexistent_column)"])
    assert conn.execute("PRAGMA cache_size").fetchone()[0] == cache
    assert conn.execute("PRAGMA threads").fetchone()[0] == 3
    store.close()


def _dollar(i: int, subject: str, value: str, **kw) -> dict:
    return {"id": f"d{i}", "subject": subject, "claimant": "AP", "quote": f"a {value} fund",
            "kind": "figure", "measure": f"m{i}", "value": value} | kw  # fmt: skip


# Subjects whose measures tell the bare-dollar note whether "$" is ambiguous: one names
# Australian dollars (warned), one only US dollars (read by convention), one names them only
# in a retracted figure (not held), one holds two currencies in one measure and a stance.
_DOLLAR_RECORDS = [
    _dollar(1, "aid-au", "A$5m"),
    _dollar(2, "aid-au", "$7m"),
    _dollar(3, "aid-us", "$9m"),
    _dollar(4, "aid-gone", "A$2m", status="retracted"),
    _dollar(5, "aid-gone", "$3m"),
    _dollar(6, "aid-mixed", "$4m"),
    _dollar(7, "aid-mixed", "EUR 4m", measure="m6"),
    {
        "id": "s1",
        "subject": "aid-mixed",
        "claimant": "AP",
        "quote": "no fund was set up",
        "kind": "stance",
        "proposition": "fund-set-up",
        "stance": "denies",
    },
]


def test_the_dimensions_of_many_subjects_read_at_once_are_each_ones_own(
    runner, empty_db, tmp_path
) -> None:
    """``dimensions_held_by_subject`` gives for each subject what ``dimensions_held`` gives for
    it alone (its active figures' measures and dimensions, each pair once, in order), an
    empty list for a subject with none (retracted figures, stances only, or no claim)."""
    from claimtrack.cli import app
    from claimtrack.store import Store

    from conftest import write_jsonl

    path = write_jsonl(tmp_path / "d.jsonl", _DOLLAR_RECORDS)
    result = runner.invoke(app, ["--db", str(empty_db), "import", str(path)])
    assert result.exit_code == 0, result.output
    subjects = ["aid-au", "aid-us", "aid-gone", "aid-mixed", "no-such-subject"]
    with Store.open(empty_db) as store:
        together = store.dimensions_held_by_subject([*subjects, "aid-au"])
        alone = {s: store.dimensions_held(s) for s in subjects}
    assert together == alone
    assert together["aid-mixed"] == [("m6", "currency:EUR"), ("m6", "currency:USD")]
    assert together["aid-gone"] == [("m5", "currency:USD")]
    assert together["no-such-subject"] == []


def test_the_bare_dollar_note_reads_every_subjects_measures_in_one_statement(
    runner, empty_db, tmp_path, monkeypatch
) -> None:
    """The import's bare-dollar note asks the database once for the measures of all the
    subjects it reads, never once a subject (each query gives up Python's lock while the
    near-miss thread runs), and warns of the same figures as a check a subject at a time."""
    from claimtrack.cli import app
    from claimtrack.store import Store

    from conftest import write_jsonl

    path = write_jsonl(tmp_path / "d.jsonl", _DOLLAR_RECORDS)
    outputs = []
    for one_at_a_time in (False, True):
        db = tmp_path / f"{one_at_a_time}.db"
        db.write_bytes(empty_db.read_bytes())
        if one_at_a_time:  # the same answer, a query a subject (as before)
            monkeypatch.setattr(
                Store,
                "dimensions_held_by_subject",
                lambda self, subjects: {s: self.dimensions_held(s) for s in subjects},
            )
        else:

            def refused(self, subject):
                raise AssertionError("one query a subject")

            monkeypatch.setattr(Store, "dimensions_held", refused)
        result = runner.invoke(app, ["--db", str(db), "import", str(path), "--json"])
        monkeypatch.undo()
        assert result.exit_code == 0, result.output
        outputs.append((result.stdout, result.stderr))
    assert outputs[0] == outputs[1]
    summary = json.loads(outputs[0][0])
    assert summary["bare_dollars"] == 1  # d2: its story names Australian dollars
    assert (
        f"{path}:2: d2: '$' in '$7m' is ambiguous here (the measure m1 holds AUD" in outputs[0][1]
    )
    assert summary["sign_readings"] == {"$=USD": 4}  # d2, d3, d5 (the A$ retracted), d6


_VALUES = st.one_of(st.none(), st.text(max_size=3), st.integers(), st.floats(allow_nan=False))


@given(
    st.one_of(
        st.integers(0, 5).flatmap(
            lambda n: st.lists(st.tuples(*[_VALUES] * n), max_size=6)
        ),  # a batch: rows of one length (an import's)
        st.lists(st.lists(_VALUES, max_size=4).map(tuple), max_size=6),  # lengths mixed
    )
)
def test_rows_bound_a_batch_at_once_are_the_rows_bound_one_at_a_time(rows) -> None:
    """``bound_rows`` copies a batch in one comprehension and cuts it into rows: the same
    values, row by row, as a copy a row at a time (None as NaN, everything else itself),
    whatever the rows' lengths, an empty batch and empty rows included."""
    from claimtrack.store._common import NULL_NAN, bound_rows

    one_at_a_time = [[NULL_NAN if v is None else v for v in row] for row in rows]
    bound = bound_rows(rows)
    assert len(bound) == len(rows)
    for got, want in zip(bound, one_at_a_time, strict=True):
        assert len(got) == len(want)
        assert all(g is w for g, w in zip(got, want, strict=True))


_DATES = st.sampled_from([None, "", "2024", "2024-05", "2024-05-20", "2024-06", "2024-05-03"])


@given(
    st.lists(
        st.tuples(
            st.sampled_from([None, "r1"]),  # relays
            _DATES,  # said_on
            _DATES,  # reported_on
            st.sampled_from([None, "count", "currency:USD", "currency:USD/year", "length"]),
            _DATES,  # as_of
        ),
        max_size=8,
    ),
    st.booleans(),
)
def test_a_batchs_notes_in_one_pass_are_the_notes_row_by_row(fields, with_currencies) -> None:
    """``rowbatch.batch_notes`` (compiled with the import's library) notes what a batch's
    rows note one comprehension at a time: the rows naming a relay, those said after they
    were reported (with the same problem), those as of a moment after the statement (with the
    same warning), the positions of those of a currency asked for."""
    from claimtrack.records import (
        AS_OF,
        COLUMNS,
        DIMENSION,
        ID,
        REPORTED_ON,
        SAID_ON,
        SOURCE,
        as_of_after_statement,
        said_after_report,
        said_after_report_problem,
    )
    from claimtrack.rowbatch import batch_notes

    relays = COLUMNS.index("relays")
    rows = []
    # a row with no reported_on of its own takes its source's (evidence5): three rows in four
    # name a source, dated by ``sources`` when it is known
    sources: dict[str, tuple | None] = {"s0": ("Ex", None, "2024-03-01"), "s1": ("Ex", None, None)}
    for k, (relay, said, reported, dimension, as_of) in enumerate(fields):
        row: list[object] = [None] * len(COLUMNS)
        row[ID], row[relays], row[SAID_ON] = f"c{k}", relay, said
        row[REPORTED_ON], row[DIMENSION], row[AS_OF] = reported, dimension, as_of or None
        row[SOURCE] = ("s0", "s1", "s2", None)[k % 4]  # s1 undated, s2 not stored
        rows.append(tuple(row))

    def reported_of(r: tuple) -> object:
        held = sources.get(r[SOURCE] or "")
        return r[REPORTED_ON] if r[REPORTED_ON] is not None else (held[2] if held else None)

    lines = [10 + 2 * k for k in range(len(rows))]
    currencies = frozenset({"currency:USD", "currency:USD/year"}) if with_currencies else None
    want = (
        [(n, r[ID]) for n, r in zip(lines, rows, strict=True) if r[relays] is not None],
        [
            (n, r[ID], said_after_report_problem(r[SAID_ON], reported_of(r)) or "")
            for n, r in zip(lines, rows, strict=True)
            if r[SAID_ON] is not None and said_after_report(r[SAID_ON], reported_of(r))
        ],
        [
            (n, r[ID], warning)
            for n, r in zip(lines, rows, strict=True)
            if r[AS_OF] is not None
            and (warning := as_of_after_statement(r[AS_OF], r[SAID_ON], reported_of(r)))
        ],
        [k for k, r in enumerate(rows) if currencies is not None and r[DIMENSION] in currencies],
    )
    assert batch_notes(lines, rows, currencies, sources) == want


def test_the_names_are_read_through_the_index_built_first(empty_db) -> None:
    """Into an empty table the import builds ``NAMES_INDEX`` first, reads the names written
    through it (``NAMES_SQL``, no sort of the table), then builds the other indexes beside
    the near-miss check: the schema's index of that name exists and serves both queries."""
    import sqlite3

    from claimtrack.store._importer import NAMES_INDEX, NAMES_SQL, names_index_first

    conn = sqlite3.connect(empty_db)
    sqls = [
        sql
        for (sql,) in conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'claims' "
            "AND sql IS NOT NULL ORDER BY name"
        )
    ]
    first, rest = names_index_first(sqls)
    assert len(first) == 1 and NAMES_INDEX in first[0]
    assert sorted(first + rest) == sorted(sqls) and len(rest) == len(sqls) - 1
    for sql in sqls:
        conn.execute(f"DROP INDEX {sql.split()[2]}")
    conn.execute(first[0])
    for query in NAMES_SQL:
        plan = " | ".join(r[3] for r in conn.execute(f"EXPLAIN QUERY PLAN {query}", [0, "[]"]))
        assert f"COVERING INDEX {NAMES_INDEX}" in plan, plan
        assert "FOR ORDER BY" not in plan, plan
    conn.close()
    # the statements as the schema may write them; none of that name: all first, as before
    for sql, name in (
        ('CREATE INDEX "idx_claims_conflicts"\n    ON "claims" ("subject")', True),
        ("CREATE UNIQUE INDEX IF NOT EXISTS idx_claims_conflicts ON claims (subject)", True),
        ("CREATE INDEX idx_claims_conflicts_old ON claims (subject)", False),
    ):
        assert names_index_first([sql, "CREATE INDEX idx_x ON claims (id)"]) == (
            ([sql], ["CREATE INDEX idx_x ON claims (id)"])
            if name
            else ([sql, "CREATE INDEX idx_x ON claims (id)"], [])
        )


# A measure's dimension is its levels': a change of it is not held to it ("cut by 0.5
# percentage point" of a rate in percent, "fell 12%" of a count). The first import of such a
# pair was accepted, the same file imported again refused the level: the small-table path read
# the dimensions held from every figure, changes included (outputs17, Turkey's rate cut).
_LEVEL_AND_CHANGE = [
    (  # a rate's level in percent, its cut in points
        {"value": "8.5 percent", "quote": "the policy rate went to 8.5 percent"},
        {
            "value": "0.5 percentage point",
            "change": "down",
            "quote": "the rate was cut by 0.5 percentage point",
        },
    ),
    (  # the change first in the file
        {
            "value": "0.5 percentage point",
            "change": "down",
            "quote": "the rate was cut by 0.5 percentage point",
        },
        {"value": "8.5 percent", "quote": "the policy rate went to 8.5 percent"},
    ),
    (  # a count's level, its change in percent
        {"value": "1,200", "quote": "1,200 people were arrested"},
        {"value": "12%", "change": "down", "quote": "arrests fell 12% on the year"},
    ),
]


@pytest.mark.parametrize("big_table", [False, True], ids=["small-table", "big-table"])
@pytest.mark.parametrize("pair", _LEVEL_AND_CHANGE)
def test_a_level_and_a_change_of_one_measure_import_twice(
    runner, empty_db, tmp_path, monkeypatch, pair, big_table
) -> None:
    from claimtrack.cli import app
    from claimtrack.store import _importer

    from conftest import write_jsonl

    if big_table:  # the path of a table too big to rebuild: the dimension asked per measure
        monkeypatch.setattr(_importer, "REBUILD_INDEXES_BELOW", 0)
    base = {"subject": "rates", "claimant": "Bank", "kind": "figure", "measure": "rate",
            "said_on": "2023-02-23"}  # fmt: skip
    records = [{**base, "id": f"r{n}", **r} for n, r in enumerate(pair)]
    path = write_jsonl(tmp_path / "r.jsonl", records)
    first = runner.invoke(app, ["--db", str(empty_db), "import", str(path)])
    assert first.exit_code == 0, first.output
    assert "2 added, 0 unchanged" in first.stderr
    again = runner.invoke(app, ["--db", str(empty_db), "import", str(path)])
    assert again.exit_code == 0, again.output
    assert "0 added, 2 unchanged" in again.stderr
