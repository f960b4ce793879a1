"""Interleaved rounds of whole imports: claimtrack versions side by side with the peer.

    python bench/import_rounds.py FILE.jsonl --rounds 4 --main /tmp/main/src
    python bench/import_rounds.py FILE.jsonl --rounds 2 --mode reader --mode balanced

Each round runs every contender once, in turn (the order reversed every other round, so that
neither always runs first on a warm or a cold host): ``claimtrack init --empty DB`` then
``claimtrack --db DB import FILE`` (the budget's measurement: the import alone is timed),
and the peer, ``sqlite-utils insert DB claims FILE --nl`` into a new file. Contenders: this
checkout; ``--main SRC``: another claimtrack source tree (``PYTHONPATH``) in the same venv;
``--mode M``: this checkout with ``jsonl.QUOTE_CHECK`` set to M (``balanced:N``: and
``jsonl.BEHIND`` to N; through
``CT_MODE``, read by ``bench/_quote_check/sitecustomize.py``); ``--tree NAME=SRC``: any
other source tree, under that name (a copy of this branch, so that editing it meanwhile does
not change a contender).

Printed: one line per run (wall, CPU of the process and the processes it waited for, the
sampled peak of the process tree's summed RSS and PSS, the 1-minute load average when it
started), then per contender the medians and the median of the per-round ratios peer wall /
claimtrack wall (>= 1.0: claimtrack faster). ``--json`` writes every run to a file.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from runner import Runner, remove_db  # noqa: E402

PEER = "peer"


def contenders(args: argparse.Namespace) -> list[tuple[str, dict[str, str]]]:
    """(name, extra environment) of each claimtrack contender."""
    out: list[tuple[str, dict[str, str]]] = []
    if args.main:
        out.append(("main", {"PYTHONPATH": str(args.main)}))
    for tree in args.tree or []:
        name, _, src = tree.partition("=")
        out.append((name, {"PYTHONPATH": src}))
    for mode in args.mode or []:
        out.append((f"mode={mode}", {"PYTHONPATH": str(HERE / "_quote_check"), "CT_MODE": mode}))
    if not args.mode and not args.tree:
        out.append(("branch", {}))
    return out


def one_run(
    runner: Runner, name: str, env: dict[str, str], jsonl: Path, work: Path
) -> dict[str, object]:
    db = work / f"{name.replace('=', '-')}.db"
    remove_db(db)
    load = os.getloadavg()[0]
    if name == PEER:
        r = runner.run(
            [runner.sqlite_utils, "insert", str(db), "claims", str(jsonl), "--nl"], tree=True
        )
    else:
        runner.run([runner.claimtrack, "init", "--empty", str(db)], extra_env=env)
        r = runner.run(
            [runner.claimtrack, "--db", str(db), "import", str(jsonl)], extra_env=env, tree=True
        )
    remove_db(db)
    return {
        "name": name,
        "wall": round(r.wall, 3),
        "cpu": round(r.cpu, 3),
        "rss_mb": round(r.maxrss_mb, 1),
        "pss_mb": None if r.tree_pss_mb is None else round(r.tree_pss_mb, 1),
        "load": round(load, 2),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("jsonl", type=Path)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--main", type=Path, help="another claimtrack src tree (PYTHONPATH)")
    ap.add_argument("--mode", action="append", help="jsonl.QUOTE_CHECK of this checkout")
    ap.add_argument("--tree", action="append", help="NAME=SRC: another src tree, named")
    ap.add_argument("--no-peer", action="store_true")
    ap.add_argument("--venv", type=Path, default=HERE.parent / ".venv")
    ap.add_argument("--work", type=Path, help="directory for the databases (a temp dir)")
    ap.add_argument("--json", type=Path, help="write every run here")
    args = ap.parse_args()

    runner = Runner(args.venv, None)
    names = contenders(args) + ([] if args.no_peer else [(PEER, {})])
    runs: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(dir=args.work) as tmp:
        for k in range(args.rounds):
            order = names if k % 2 == 0 else names[::-1]
            for name, env in order:
                run = one_run(runner, name, env, args.jsonl, Path(tmp))
                run["round"] = k + 1
                runs.append(run)
                print(json.dumps(run), flush=True)
    if args.json:
        args.json.write_text(json.dumps(runs, indent=1) + "\n")
    print()
    for name, _ in names:
        mine = [r for r in runs if r["name"] == name]
        walls = [float(r["wall"]) for r in mine]  # type: ignore[arg-type]
        line = (
            f"{name:16} wall {', '.join(f'{w:.2f}' for w in walls)} s; median "
            f"{statistics.median(walls):.2f} s, CPU median "
            f"{statistics.median(float(r['cpu']) for r in mine):.2f} s, peak RSS "  # type: ignore[arg-type]
            f"{max(float(r['rss_mb']) for r in mine):.0f} MB"  # type: ignore[arg-type]
        )
        if name != PEER and not args.no_peer:
            ratios = [
                float(p["wall"]) / float(r["wall"])  # type: ignore[arg-type]
                for r in mine
                for p in runs
                if p["name"] == PEER and p["round"] == r["round"]
            ]
            line += (
                f"; peer / this per round {', '.join(f'{x:.2f}' for x in ratios)}"
                f" (median {statistics.median(ratios):.2f}x)"
            )
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
