"""The correctness guard of an import change: two databases imported from the same file by two
versions of claimtrack hold the same thing.

    python bench/same_import.py A.db B.db [--claimtrack PATH] [--subject S] [--words W,W]

Compares, and prints one line per check (exit 1 if any differs):

* every claims row, ordered by id, column by column (all columns but ``added_at``, the time
  each import stamps on its rows), and the rows of every other table;
* the full-text index: the rowids and ids it finds for each of ``--words``;
* the bytes of ``claimtrack conflicts --all --json``, ``list SUBJECT --json`` (its records
  without ``added_at``), ``search WORD --json`` and ``conflicts SUBJECT --json`` run on each
  database (``--claimtrack``: the one
  to run, by default this checkout's venv);
* the schema (``sqlite_master``) and ``PRAGMA integrity_check``. The schema change of
  migration m013 (``idx_claims_source`` made partial: ``WHERE source IS NOT NULL``) is
  compared apart: the index's columns must agree, and each side's ``WHERE`` is printed as
  information (a database from before m013 against one from after it is not a difference).

Standard library only; each database is only read.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
STAMPS = {"added_at", "updated_at", "changed_at", "stored_at"}


def digest_rows(rows: Iterator[tuple[object, ...]]) -> tuple[int, str]:
    h = hashlib.sha256()
    n = 0
    for row in rows:
        h.update(repr(row).encode())
        n += 1
    return n, h.hexdigest()[:16]


def table_rows(conn: sqlite3.Connection, table: str) -> Iterator[tuple[object, ...]]:
    cur = conn.execute(f'SELECT * FROM "{table}" LIMIT 0')
    names = [d[0] for d in cur.description if d[0] not in STAMPS]
    order = "id" if table == "claims" else "rowid"
    cols = ", ".join(f'"{n}"' for n in names)
    yield from conn.execute(f'SELECT {cols} FROM "{table}" ORDER BY {order}')


def tables(conn: sqlite3.Connection) -> list[str]:
    return [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
            "'claims_fts%' AND name NOT LIKE 'sqlite_%' AND name != '_sqlite_migrations' "
            "ORDER BY name"
        )
    ]


def _unpartial(name: str, sql: str | None) -> str | None:
    """idx_claims_source's SQL as one form whether m013 made it partial or not."""
    if name != "idx_claims_source" or sql is None:
        return sql
    return "INDEX idx_claims_source ON claims (source)"


def partial_where(db: Path) -> str:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'idx_claims_source'")
        sql = (row.fetchone() or [""])[0] or ""
    finally:
        conn.close()
    return sql.partition(" WHERE ")[2] or "(all claims)"


def checks(db: Path, claimtrack: str, subject: str, words: list[str]) -> dict[str, object]:
    # A claimtrack that leaves the full-text index to the first search (round 10) builds it
    # here, so that the index, the triggers and the schema are compared as a search sees them.
    subprocess.run(
        [claimtrack, "--db", str(db), "search", words[0], "--limit", "1"],
        capture_output=True,
        check=True,
        timeout=600,
    )
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    out: dict[str, object] = {}
    try:
        for table in tables(conn):
            out[f"rows of {table}"] = digest_rows(table_rows(conn, table))
        for word in words:
            out[f"full-text index: {word}"] = digest_rows(
                conn.execute(
                    "SELECT c.rowid, c.id FROM claims_fts JOIN claims c ON c.rowid = "
                    "claims_fts.rowid WHERE claims_fts MATCH ? ORDER BY c.rowid",
                    [word],
                )
            )
        out["schema"] = digest_rows(
            (kind, name, table, _unpartial(name, sql))
            for kind, name, table, sql in conn.execute(
                "SELECT type, name, tbl_name, sql FROM sqlite_master "
                "WHERE name != '_sqlite_migrations' ORDER BY name"
            )
        )
        out["integrity"] = conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
    commands = [
        ["conflicts", "--all", "--json"],
        ["conflicts", subject, "--json"],
        ["list", subject, "--json"],
        *[["search", word, "--json", "--limit", "1000"] for word in words],
    ]
    for args in commands:
        p = subprocess.run(
            [claimtrack, "--db", str(db), *args], capture_output=True, check=False, timeout=600
        )
        text = p.stdout
        if args[0] == "list" and p.returncode == 0:  # records carry the time of their import
            records = [{k: v for k, v in r.items() if k not in STAMPS} for r in json.loads(text)]
            text = json.dumps(records, ensure_ascii=False).encode()
        h = hashlib.sha256(text).hexdigest()[:16]
        out[" ".join(args)] = (p.returncode, len(text), h)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("a", type=Path)
    ap.add_argument("b", type=Path)
    ap.add_argument("--claimtrack", default=str(HERE.parent / ".venv" / "bin" / "claimtrack"))
    ap.add_argument("--subject", default="big-subject")
    ap.add_argument("--words", default="convoy,hundreds,ministry")
    args = ap.parse_args()
    words = [w for w in args.words.split(",") if w]
    wheres = f"{partial_where(args.a)} | {partial_where(args.b)}"  # (before a command migrates)
    left = checks(args.a, args.claimtrack, args.subject, words)
    right = checks(args.b, args.claimtrack, args.subject, words)
    print(f"info: idx_claims_source WHERE: {wheres}")
    differ = 0
    for key in sorted(set(left) | set(right)):
        same = left.get(key) == right.get(key)
        differ += not same
        print(f"{'same' if same else 'DIFFERENT'}: {key}: {left.get(key)} | {right.get(key)}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
