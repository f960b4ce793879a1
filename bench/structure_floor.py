"""What each structure of the claims table costs the writer: the SQLite floor of an import with
the same rows, one structure at a time (issue 28, round 10).

    python bench/structure_floor.py IMPORTED.db [--repeat 3] [--workdir DIR]

IMPORTED.db is a database ``claimtrack import`` filled (its rows are the ones a real import
writes). Each variant copies its claims rows, in rowid order (the import's order: file
order), into a new file with the new-database path's settings (journal in memory, no syncs,
one transaction), by ``INSERT INTO ... SELECT`` (no Python per row), then builds what the
variant builds after the load with the import's sorter settings (``_common.SORT_RUN_KIB``,
``SORT_THREADS``). Variants:

* ``heap``: the table with no key, no index, no full-text index (the floor of the floors);
* ``text pk``: ``id TEXT PRIMARY KEY`` (today: its index filled row by row, ids in random
  order);
* ``unique after``: no key during the load, ``CREATE UNIQUE INDEX ... (id)`` after it
  (a sorted build);
* ``+ INDEX``: ``text pk`` plus that one secondary index built after the load;
* ``+ fts``: ``text pk`` plus the full-text index filled by one statement after the load;
* ``today``: ``text pk``, the four secondary indexes and the full-text index (main's import).

Printed: one JSON line per variant and run (CPU of the process, its helper threads included,
and wall), then the medians and each structure's cost over ``text pk`` (or over ``heap``
for the key). Standard library and claimtrack only; IMPORTED.db is only read.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path


def schema(src: sqlite3.Connection) -> tuple[str, dict[str, str]]:
    table = src.execute("SELECT sql FROM sqlite_master WHERE name = 'claims'").fetchone()[0]
    indexes = {
        name: sql
        for name, sql in src.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'claims' "
            "AND sql IS NOT NULL ORDER BY name"
        )
    }
    return table, indexes


def variants(indexes: dict[str, str]) -> list[tuple[str, bool, list[str], bool]]:
    """(name, text primary key, statements after the load, full-text index)."""
    out: list[tuple[str, bool, list[str], bool]] = [
        ("heap", False, [], False),
        ("text pk", True, [], False),
        ("unique after", False, ['CREATE UNIQUE INDEX "u_claims_id" ON "claims" ("id")'], False),
    ]
    out += [(f"+ {name}", True, [sql], False) for name, sql in indexes.items()]
    out += [("+ fts", True, [], True), ("today", True, list(indexes.values()), True)]
    return out


def one(
    src_path: Path, work: Path, variant: tuple[str, bool, list[str], bool]
) -> dict[str, object]:
    from claimtrack.schema import FTS_COLUMNS
    from claimtrack.store._common import SORT_RUN_KIB, SORT_THREADS

    name, pk, after, fts = variant
    src = sqlite3.connect(f"file:{src_path}?mode=ro", uri=True)
    table, _ = schema(src)
    src.close()
    if not pk:
        table = table.replace('"id" TEXT PRIMARY KEY', '"id" TEXT')
    db = work / "floor.db"
    for suffix in ("", "-journal"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode=MEMORY")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-32768")
    conn.execute(table)
    cols = ", ".join(FTS_COLUMNS)
    if fts:
        conn.execute(
            f"CREATE VIRTUAL TABLE claims_fts USING fts5 ({cols}, content=[claims], "
            "tokenize='unicode61 remove_diacritics 2')"
        )
    conn.execute("ATTACH ? AS src", [f"file:{src_path}?mode=ro"])
    columns = ", ".join(f'"{r[1]}"' for r in conn.execute("PRAGMA main.table_info(claims)"))
    t0, c0 = time.perf_counter(), time.process_time()
    conn.execute("BEGIN")
    conn.execute(
        f"INSERT INTO main.claims ({columns}) SELECT {columns} FROM src.claims ORDER BY rowid"
    )
    load_cpu = time.process_time() - c0
    conn.execute(f"PRAGMA cache_size=-{SORT_RUN_KIB}")
    conn.execute(f"PRAGMA threads={SORT_THREADS}")
    for sql in after:
        conn.execute(sql)
    if fts:
        conn.execute("INSERT INTO claims_fts (claims_fts, rank) VALUES ('automerge', 16)")
        conn.execute(f"INSERT INTO claims_fts (rowid, {cols}) SELECT rowid, {cols} FROM claims")
    conn.execute("COMMIT")
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    conn.close()
    size = db.stat().st_size
    db.unlink()
    return {
        "variant": name,
        "cpu": round(cpu, 3),
        "load_cpu": round(load_cpu, 3),
        "wall": round(wall, 3),
        "mb": round(size / 2**20, 1),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("db", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--workdir", type=Path, default=None)
    ap.add_argument("--only", action="append", help="run only these variants")
    args = ap.parse_args()
    src = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    _, indexes = schema(src)
    n = src.execute("SELECT count(*) FROM claims").fetchone()[0]
    src.close()
    todo = [v for v in variants(indexes) if not args.only or v[0] in args.only]
    runs: dict[str, list[dict[str, object]]] = {v[0]: [] for v in todo}
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        for r in range(args.repeat):  # interleaved: every variant once a round
            for v in todo if r % 2 == 0 else todo[::-1]:
                out = one(args.db, Path(tmp), v) | {"round": r + 1, "load": os.getloadavg()[0]}
                print(json.dumps(out), flush=True)
                runs[v[0]].append(out)
    med = {k: statistics.median(float(str(o["cpu"])) for o in v) for k, v in runs.items()}
    print(f"claims: {n:,}; CPU medians of {args.repeat}:")
    for k, cpu in med.items():
        base = "heap" if k in ("text pk", "unique after") else "text pk"
        extra = f"  (+{cpu - med[base]:.3f} s over {base})" if base in med and k != "heap" else ""
        wall = statistics.median(float(str(o["wall"])) for o in runs[k])
        mb = runs[k][0]["mb"]
        print(f"  {k:32} cpu {cpu:7.3f} s  wall {wall:7.3f} s  {mb} MB{extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
