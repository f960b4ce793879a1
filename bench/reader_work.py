"""The import reader's work in one process, and a digest of what it gives: the measure and the
guard of a change to the reader's Python (a module compiled, a check made cheaper).

    python bench/reader_work.py FILE.jsonl                 # every block's quote checks
    python bench/reader_work.py FILE.jsonl --no-checks     # the checks left to the writer
    PYTHONPATH=/tmp/wheel python bench/reader_work.py FILE.jsonl   # an unpacked wheel's

Runs ``jsonl._blocks`` over FILE as the reader process does (one share, today's date fixed at
``--today``), with every block's figure-in-quote checks worked out (as the reader does when
the writer is behind) or none, and prints which ``guards`` ran (``guards.py`` or the compiled
extension), the claims read, the CPU time of this process, and a digest of every block's
rows, lines, future dates, size, check answers and other lines (by ``repr``: an int and a
float of the same value differ). Two versions that give the same digest gave the same blocks.
Run it under ``valgrind --tool=cachegrind --cache-sim=no`` (``PYTHONHASHSEED=0``) for
instructions: docs/performance.md, round 13.
"""

from __future__ import annotations

import argparse
import hashlib
import time


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("jsonl")
    ap.add_argument("--no-checks", action="store_true", help="leave every block's checks out")
    ap.add_argument("--today", default="2026-12-06", help="the day future dates are after")
    args = ap.parse_args()

    from claimtrack import guards, jsonl

    checks = not args.no_checks
    digest = hashlib.sha256()
    claims = 0
    start = time.process_time()
    for block in jsonl._blocks(args.jsonl, False, (0, 1), args.today, lambda _: checks):
        fields = (block.rows, block.lines, block.future, block.size, block.quoted, block.extras)
        digest.update(repr(fields).encode("utf-8"))
        claims += len(block.rows)
    cpu = time.process_time() - start
    where = (guards.__file__ or "?").rsplit("/", 1)[-1]
    print(f"{where}: {claims} claims, {cpu:.3f} s of CPU, digest {digest.hexdigest()[:16]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
