"""In-process measurements for bench/run.py, run under the claimtrack venv's Python.

    python bench/_inproc.py env
    python bench/_inproc.py parser --phrases 20000 --repeat 5
    python bench/_inproc.py anchor NAME FILE --workdir DIR

Each subcommand prints one JSON object on stdout. run.py runs every anchor in its own process,
so one measurement's garbage and caches never leak into the next.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import platform
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from claimtrack.fields import RECORD_FIELDS as _RECORD_FIELDS

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

# The record fields a plain anchor table holds: the record format (claimtrack.fields) less the
# store's bookkeeping fields.
RECORD_FIELDS = tuple(f for f in _RECORD_FIELDS if f not in ("status", "added_at"))
BATCH = 2000


# ---------------------------------------------------------------------------------------------
# env


def cmd_env(_: argparse.Namespace) -> dict[str, Any]:
    from importlib import metadata

    versions = {}
    for dist in (
        "claimtrack",
        "typer",
        "click",
        "rich",
        "pydantic",
        "pydantic-core",
        "sqlite-utils",
    ):
        try:
            versions[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            versions[dist] = None
    import claimtrack

    try:  # which engine runs: compiled with mypyc (a wheel) or pure Python
        from claimtrack.engine_build import engine_status

        engine = engine_status()
    except ImportError:  # a version older than the compiled engine (--src)
        engine = "engine compiled: no"
    return {
        "python": platform.python_version(),
        "python_implementation": platform.python_implementation(),
        "executable": sys.executable,
        "sqlite": sqlite3.sqlite_version,
        "packages": versions,
        "claimtrack_path": str(Path(claimtrack.__file__).parent),
        "engine": engine,
    }


# ---------------------------------------------------------------------------------------------
# figure parser


def _time_pass(fn: Callable[[str], Any], phrases: list[str]) -> float:
    t0 = time.perf_counter()
    for p in phrases:
        with contextlib.suppress(ValueError):
            fn(p)
    return time.perf_counter() - t0


def cmd_parser(args: argparse.Namespace) -> dict[str, Any]:
    from claimtrack import quantities
    from generate import figure_phrases

    phrases = figure_phrases(args.phrases, seed=args.seed)
    distinct = len(set(phrases))
    # The uncached parser: the inner function when there is one, else the cache is cleared
    # before every pass (and the pass is all misses only if the phrases are distinct).
    cached_fn = getattr(quantities, "_parse_cached", None)
    public = quantities.parse_figure

    errors = []
    for p in phrases:
        try:
            public(p)
        except ValueError as e:
            errors.append((p, str(e)))
    # After the first pass: the package loads its reader on the first figure read, and its
    # "_parse" is then the reader's own function.
    inner = getattr(quantities, "_parse", None)
    if inner is None and cached_fn is not None:
        inner = getattr(cached_fn, "__wrapped__", None)

    gc.collect()
    out: dict[str, Any] = {
        "phrases": len(phrases),
        "distinct": distinct,
        "unreadable": len(errors),
        "unreadable_examples": errors[:5],
        "inner_function": None if inner is None else f"quantities.{inner.__name__}",
    }
    if inner is not None:
        runs = [_time_pass(inner, phrases) for _ in range(args.repeat)]
        t = statistics.median(runs)
        out["uncached_us"] = t / len(phrases) * 1e6
        out["uncached_per_s"] = len(phrases) / t

    # Public function, cache cleared before each pass: the realistic first-sight cost, with the
    # hits the phrase mix gives by itself (the same "hundreds" recurs).
    clear = getattr(cached_fn, "cache_clear", None)
    runs, hits = [], None
    for _ in range(args.repeat):
        if clear is not None:
            clear()
        runs.append(_time_pass(public, phrases))
        if cached_fn is not None and hasattr(cached_fn, "cache_info"):
            info = cached_fn.cache_info()
            hits = info.hits / max(1, info.hits + info.misses)
    t = statistics.median(runs)
    out["cold_cache_us"] = t / len(phrases) * 1e6
    out["cold_cache_per_s"] = len(phrases) / t
    out["cold_cache_hit_rate"] = hits
    if cached_fn is not None and hasattr(cached_fn, "cache_info"):
        out["cache_maxsize"] = cached_fn.cache_info().maxsize

    # All hits: a working set well inside the cache, warmed first.
    hot = list(dict.fromkeys(phrases))[:1000] * (len(phrases) // 1000 or 1)
    for p in hot[:1000]:
        with contextlib.suppress(ValueError):
            public(p)
    runs = [_time_pass(public, hot) for _ in range(args.repeat)]
    t = statistics.median(runs)
    out["cached_us"] = t / len(hot) * 1e6
    out["cached_per_s"] = len(hot) / t
    return out


# ---------------------------------------------------------------------------------------------
# anchors: one step of an import, alone, on the same file


def _lines(path: Path) -> Iterator[bytes]:
    with open(path, "rb") as fh:
        for line in fh:
            if line.strip():
                yield line


def _row(rec: dict[str, Any]) -> tuple[Any, ...]:
    return tuple([rec.get(f) for f in RECORD_FIELDS])


def _batches(it: Iterator[Any], size: int = BATCH) -> Iterator[list[Any]]:
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def anchor_json_loads(path: Path, _: Path) -> dict[str, Any]:
    loads = json.loads
    n = 0
    for line in _lines(path):
        loads(line)
        n += 1
    return {"n": n}


def anchor_pydantic_per_line(path: Path, _: Path) -> dict[str, Any]:
    from claimtrack.models import Claim

    validate = Claim.model_validate_json
    n = 0
    for line in _lines(path):
        validate(line)
        n += 1
    return {"n": n}


def anchor_pydantic_typeadapter(path: Path, _: Path) -> dict[str, Any]:
    from pydantic import TypeAdapter

    from claimtrack.models import Claim

    adapter = TypeAdapter(list[Claim])
    n = 0
    for chunk in _batches(_lines(path)):
        n += len(adapter.validate_json(b"[" + b",".join(chunk) + b"]"))
    return {"n": n, "chunk": BATCH}


def anchor_read_claims(path: Path, _: Path) -> dict[str, Any]:
    """claimtrack's own reader + row building, without SQLite: the Python side of an import."""
    from claimtrack.jsonl import read_claims

    try:
        from claimtrack.store import claim_row, now
    except ImportError:  # pragma: no cover - the store changed shape
        claim_row = None
    stamp = now() if claim_row is not None else ""
    n = 0
    for _, _, claim, problem in read_claims(path):
        if claim is None:
            raise SystemExit(f"invalid line: {problem}")
        if claim_row is not None:
            claim_row(claim, stamp)
        n += 1
    return {"n": n, "rows_built": claim_row is not None}


def anchor_executemany_plain(path: Path, workdir: Path) -> dict[str, Any]:
    """json.loads + sqlite3.executemany into a plain table: no constraints, no indexes."""
    db = workdir / "anchor-plain.db"
    _remove_db(db)
    conn = sqlite3.connect(db, isolation_level=None)
    cols = ", ".join(f"{f} {'REAL' if f in ('low', 'high') else 'TEXT'}" for f in RECORD_FIELDS)
    conn.execute(f"CREATE TABLE claims ({cols})")
    sql = f"INSERT INTO claims VALUES ({', '.join('?' * len(RECORD_FIELDS))})"
    loads = json.loads
    n, insert_s = 0, 0.0
    conn.execute("BEGIN")
    for chunk in _batches(_lines(path)):
        rows = [_row(loads(line)) for line in chunk]
        t0 = time.perf_counter()
        conn.executemany(sql, rows)
        insert_s += time.perf_counter() - t0
        n += len(rows)
    t0 = time.perf_counter()
    conn.execute("COMMIT")
    insert_s += time.perf_counter() - t0
    conn.close()
    size = db.stat().st_size
    _remove_db(db)
    return {"n": n, "sqlite_s": insert_s, "db_bytes": size}


def _schema_insert(path: Path, workdir: Path, variant: str) -> dict[str, Any]:
    """json.loads + executemany into claimtrack's own schema (its pragmas, one transaction),
    with cheap stand-ins for the derived columns: the SQLite floor of ``claimtrack import``.

    variant "full": the schema as migrated (secondary indexes and the FTS5 triggers);
    "no_fts": the FTS5 triggers dropped; "no_indexes": the secondary indexes dropped (the
    primary key's stays); "pk_only": both dropped; "fts_rebuild": triggers dropped during the
    inserts, then the FTS index filled by one INSERT ... SELECT before the commit.
    """
    from claimtrack.store import Store

    db = workdir / f"anchor-schema-{variant}.db"
    _remove_db(db)
    store = Store.open(db)
    conn = store.conn
    triggers = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'claims'"
        )
    ]
    indexes = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'claims' "
            "AND sql IS NOT NULL"
        )
    ]
    fts_columns = None
    if variant in ("no_fts", "pk_only", "fts_rebuild"):
        for name in triggers:
            conn.execute(f'DROP TRIGGER "{name}"')
    if variant in ("no_indexes", "pk_only"):
        for name in indexes:
            conn.execute(f'DROP INDEX "{name}"')
    if variant == "fts_rebuild":
        fts_columns = [r[1] for r in conn.execute("PRAGMA table_info(claims_fts)")]
    columns = [r[1] for r in conn.execute("PRAGMA table_info(claims)")]
    stand_in = {
        "claimant_key": lambda r: r["claimant"].lower(),
        "status": lambda r: "active",
        "added_at": lambda r: "2024-01-01T00:00:00.000000Z",
        "content_hash": lambda r: r["id"],
        "updated_at": lambda r: None,
    }
    getters = [stand_in.get(c) or (lambda r, c=c: r.get(c)) for c in columns]
    sql = f"INSERT INTO claims ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    loads = json.loads
    n, insert_s = 0, 0.0
    conn.execute("BEGIN IMMEDIATE")
    for chunk in _batches(_lines(path)):
        recs = [loads(line) for line in chunk]
        rows = [tuple([g(r) for g in getters]) for r in recs]
        t0 = time.perf_counter()
        conn.executemany(sql, rows)
        insert_s += time.perf_counter() - t0
        n += len(rows)
    t0 = time.perf_counter()
    if fts_columns:
        cols = ", ".join(fts_columns)
        conn.execute(f"INSERT INTO claims_fts (rowid, {cols}) SELECT rowid, {cols} FROM claims")
    conn.execute("COMMIT")
    insert_s += time.perf_counter() - t0
    store.close()
    size = db.stat().st_size
    _remove_db(db)
    return {
        "n": n,
        "sqlite_s": insert_s,
        "db_bytes": size,
        "columns": len(columns),
        "indexes": indexes,
        "triggers": triggers,
    }


def anchor_executemany_schema(path: Path, workdir: Path) -> dict[str, Any]:
    return _schema_insert(path, workdir, "full")


def anchor_executemany_schema_no_fts(path: Path, workdir: Path) -> dict[str, Any]:
    return _schema_insert(path, workdir, "no_fts")


def anchor_executemany_schema_no_indexes(path: Path, workdir: Path) -> dict[str, Any]:
    return _schema_insert(path, workdir, "no_indexes")


def anchor_executemany_schema_pk_only(path: Path, workdir: Path) -> dict[str, Any]:
    return _schema_insert(path, workdir, "pk_only")


def anchor_executemany_schema_fts_rebuild(path: Path, workdir: Path) -> dict[str, Any]:
    return _schema_insert(path, workdir, "fts_rebuild")


def anchor_sqlite_utils_insert_all(path: Path, workdir: Path) -> dict[str, Any]:
    """sqlite_utils ``Table.insert_all`` of the parsed dicts (the peer CLI's engine)."""
    from sqlite_utils import Database

    db = workdir / "anchor-sqlite-utils.db"
    _remove_db(db)
    database = Database(db)
    loads = json.loads
    counted = 0

    def records() -> Iterator[dict[str, Any]]:
        nonlocal counted
        for line in _lines(path):
            counted += 1
            yield loads(line)

    database["claims"].insert_all(records(), batch_size=BATCH)
    database.close()
    size = db.stat().st_size
    _remove_db(db)
    return {"n": counted, "db_bytes": size, "batch_size": BATCH}


ANCHORS: dict[str, Callable[[Path, Path], dict[str, Any]]] = {
    "json_loads": anchor_json_loads,
    "pydantic_per_line": anchor_pydantic_per_line,
    "pydantic_typeadapter": anchor_pydantic_typeadapter,
    "read_claims": anchor_read_claims,
    "executemany_plain": anchor_executemany_plain,
    "executemany_schema": anchor_executemany_schema,
    "executemany_schema_no_fts": anchor_executemany_schema_no_fts,
    "executemany_schema_no_indexes": anchor_executemany_schema_no_indexes,
    "executemany_schema_pk_only": anchor_executemany_schema_pk_only,
    "executemany_schema_fts_rebuild": anchor_executemany_schema_fts_rebuild,
    "sqlite_utils_insert_all": anchor_sqlite_utils_insert_all,
}


def _remove_db(db: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        p = Path(str(db) + suffix)
        if p.exists():
            p.unlink()


def cmd_anchor(args: argparse.Namespace) -> dict[str, Any]:
    import resource

    fn = ANCHORS[args.name]
    t0 = time.perf_counter()
    out = fn(Path(args.file), Path(args.workdir))
    out["seconds"] = time.perf_counter() - t0
    out["per_s"] = out["n"] / out["seconds"]
    out["maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


# ---------------------------------------------------------------------------------------------
# conflicts --all, stage by stage


def cmd_conflicts_breakdown(args: argparse.Namespace) -> dict[str, Any]:
    """Time each stage of ``conflicts --all --json`` in process: read the facts, analyse,
    build the JSON documents, encode them (compactly, and, for comparison, indented as one
    document), and write each subject's line straight from its report as the CLI does
    (``report_json_line``, when the measured claimtrack has it). Every stage runs over all
    subjects at once, so the cyclic garbage collector is off (as the engine turns it off for
    its own work): otherwise its full passes over the million facts held here would be
    charged to whichever stage happens to trigger them."""
    from claimtrack.conflicts import analyse, report_to_json
    from claimtrack.store import Store

    gc.disable()
    store = Store.open(Path(args.db))
    out: dict[str, Any] = {}
    t0 = time.perf_counter()
    subjects = list(store.facts_by_subject())
    out["read_facts_s"] = time.perf_counter() - t0
    out["subjects"] = len(subjects)
    out["facts"] = sum(len(f) for _, f in subjects)
    t0 = time.perf_counter()
    reports = [(s, analyse(f)) for s, f in subjects]
    out["analyse_s"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    docs = [report_to_json(s, r) for s, r in reports if r.conflicts]
    out["report_to_json_s"] = time.perf_counter() - t0
    out["subjects_in_conflict"] = len(docs)
    encode = json.JSONEncoder(ensure_ascii=False).encode
    t0 = time.perf_counter()
    size = sum(len(encode(d)) for d in docs)
    out["encode_compact_s"] = time.perf_counter() - t0
    out["compact_mb"] = size / 1e6
    try:  # what the command does: each line straight from the report (no dicts)
        from claimtrack.conflicts import report_json_line
    except ImportError:  # an older claimtrack (--src)
        pass
    else:
        t0 = time.perf_counter()
        lines = [report_json_line(s, r) for s, r in reports if r.conflicts]
        out["report_json_line_s"] = time.perf_counter() - t0
        out["report_json_line_mb"] = sum(len(line) for line in lines) / 1e6
    t0 = time.perf_counter()
    size = len(
        json.dumps({"checked": len(reports), "subjects": docs}, ensure_ascii=False, indent=2)
    )
    out["encode_indented_s"] = time.perf_counter() - t0
    out["indented_mb"] = size / 1e6
    store.close()
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("env")
    p = sub.add_parser("parser")
    p.add_argument("--phrases", type=int, default=20000)
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--seed", type=int, default=1)
    p = sub.add_parser("anchor")
    p.add_argument("name", choices=sorted(ANCHORS))
    p.add_argument("file")
    p.add_argument("--workdir", default=os.getcwd())
    p = sub.add_parser("conflicts-breakdown")
    p.add_argument("db")
    args = ap.parse_args()
    result = {
        "env": cmd_env,
        "parser": cmd_parser,
        "anchor": cmd_anchor,
        "conflicts-breakdown": cmd_conflicts_breakdown,
    }[args.cmd](args)
    sys.stdout.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
