"""Where an import's time goes, by process and phase: what is on its critical path.

    python bench/import_timeline.py FILE.jsonl [--mode balanced] [--behind 0] [--db PATH]

Imports FILE into a blank database (``init --empty``, then ``Store.import_claims``, as the
``import`` command does) in this process, with the real reader process, and reports:

* the load: from the first block to the last, the writer's CPU (inserting, indexing for
  full-text search, the figure-in-quote checks the reader left it) against the reader process's CPU
  (``RUSAGE_CHILDREN``), and the wall time the writer spent waiting for blocks;
* the tail: after the last block, the writer alone (the secondary indexes, the last of the
  full-text index, the near-miss name check and the bare-dollar note, the commit and the
  rename), its CPU;
* a quiet-host estimate of the wall time: the larger of the two processes' CPU during the
  load, plus the tail's (each process has a core to itself; on a shared host CPU times move
  less than wall times);
* the SQL statements by total wall time, and how many blocks came without their
  figure-in-quote checks (worked out by the writer: ``jsonl.QUOTE_CHECK``).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SPENT: defaultdict[str, float] = defaultdict(float)


class _TimedConnection(sqlite3.Connection):
    """A connection that adds each statement's wall time to SPENT (by its first words)."""

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:  # type: ignore[override]
        t = time.perf_counter()
        try:
            return super().execute(sql, *args)
        finally:
            SPENT[" ".join(sql.split())[:48]] += time.perf_counter() - t

    def executemany(self, sql: str, *args: Any) -> sqlite3.Cursor:  # type: ignore[override]
        t = time.perf_counter()
        try:
            return super().executemany(sql, *args)
        finally:
            SPENT["executemany: " + " ".join(sql.split())[:34]] += time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("jsonl", type=Path)
    ap.add_argument("--mode", help="jsonl.QUOTE_CHECK (default: as the code has it)")
    ap.add_argument("--behind", type=int, help="jsonl.BEHIND (default: as the code has it)")
    ap.add_argument("--db", type=Path, help="where to import (default: a temp file)")
    ap.add_argument("--top", type=int, default=10, help="statements listed")
    args = ap.parse_args()

    connect = sqlite3.connect

    def timed_connect(*a: Any, **k: Any) -> sqlite3.Connection:
        k.setdefault("factory", _TimedConnection)
        return connect(*a, **k)

    sqlite3.connect = timed_connect  # type: ignore[assignment]
    from claimtrack import jsonl
    from claimtrack.store import Store

    if args.mode:
        jsonl.QUOTE_CHECK = args.mode
    if args.behind is not None:
        jsonl.BEHIND = args.behind
    tmp = Path(tempfile.mkdtemp(prefix="ct-timeline-"))
    db = args.db or tmp / "t.db"
    claimtrack = str(Path(sys.executable).with_name("claimtrack"))
    subprocess.run([claimtrack, "init", "--empty", str(tmp / "blank.db")], check=True)
    shutil.copy(tmp / "blank.db", db)
    mark: dict[str, float] = {"wait": 0.0, "unchecked": 0}
    t0, c0 = time.perf_counter(), time.process_time()

    def items() -> Iterator[Any]:
        blocks = iter(jsonl.read_rows(args.jsonl))
        while True:
            t = time.perf_counter()
            try:
                block = next(blocks)
            except StopIteration:
                mark["last"], mark["last_cpu"] = time.perf_counter() - t0, time.process_time() - c0
                return
            finally:
                mark["wait"] += time.perf_counter() - t
            mark.setdefault("first", time.perf_counter() - t0)
            mark["unchecked"] += getattr(block, "quoted", 0) is None
            yield block

    store = Store.open(db)
    try:
        result = store.import_claims(items(), check_names=True)
    finally:
        store.close()
    total, writer = time.perf_counter() - t0, time.process_time() - c0
    child = resource.getrusage(resource.RUSAGE_CHILDREN)
    reader = child.ru_utime + child.ru_stime
    load_w, tail = mark["last_cpu"], writer - mark["last_cpu"]
    print(
        f"{result.added} claims; load average {os.getloadavg()[0]:.2f}\n"
        f"wall {total:.2f} s: first block at {mark['first']:.2f} s, last at {mark['last']:.2f}"
        f" s (the writer waited {mark['wait']:.2f} s for blocks), tail {total - mark['last']:.2f}"
        f" s\nCPU: load: writer {load_w:.2f} s, reader {reader:.2f} s; tail {tail:.2f} s; "
        f"blocks without their checks {int(mark['unchecked'])}\n"
        f"quiet-host estimate {max(load_w, reader) + tail:.2f} s"
    )
    for what, spent in sorted(SPENT.items(), key=lambda kv: -kv[1])[: args.top]:
        print(f"  {spent:8.3f} s  {what}")
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
