"""claimtrack's benchmark: start-up, import, conflicts, the figure parser, and scaling.

    python bench/run.py                      # full: 10k, 100k and 1M claims (about 25 minutes)
    python bench/run.py --quick              # 10k and 50k, fewer repeats (under a minute)
    python bench/run.py --sizes 10000,100000 --repeat 5 --markdown

Every measured command is a whole process (as a user runs it), timed from spawn to exit, with
its peak resident memory from ``wait4``; each number is the median of ``--repeat`` runs (start-up:
``--startup-runs``). In-process anchors (``bench/_inproc.py``) show what the steps of an import
cost alone on the same file. Results are printed as tables (``--markdown`` for Markdown) and
saved as JSON in ``--out`` (default ``bench/out/``, not committed): ``results-<time>.json`` and
``latest.json``.

This script needs only the standard library: it runs claimtrack, sqlite-utils and the helpers
with the Python of ``--venv`` (default: the repository's ``.venv``, else this interpreter's).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import resource
import sys
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from budgets import evaluate  # noqa: E402
from runner import BenchError, Runner, code_fingerprint, log, machine_info  # noqa: E402
from sections import (  # noqa: E402
    ANCHORS,
    FULL_SIZES,
    QUICK_ANCHORS,
    QUICK_SIZES,
    SECTIONS,
    bench_anchors,
    bench_conflicts,
    bench_helpers,
    bench_import,
    bench_parser,
    bench_reads,
    bench_startup,
    claimtrack_import,
    dataset,
    import_overhead,
)
from tables import report  # noqa: E402


def parse_sizes(text: str) -> list[int]:
    try:
        sizes = sorted(
            {int(s.replace("_", "").replace(",", "")) for s in text.split(",") if s.strip()}
        )
    except ValueError:
        raise argparse.ArgumentTypeError(f"--sizes: not a list of numbers: {text!r}") from None
    if not sizes or sizes[0] < 1:
        raise argparse.ArgumentTypeError("--sizes: give positive numbers, e.g. 10000,100000")
    return sizes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Benchmark claimtrack: start-up, import, conflicts, the figure parser.",
    )
    ap.add_argument("--quick", action="store_true", help="10k and 50k claims, fewer repeats")
    ap.add_argument(
        "--sizes",
        type=lambda s: s,
        help="comma-separated claim counts (default 10000,100000,1000000; quick 10000,50000)",
    )
    ap.add_argument("--repeat", type=int, help="runs per measurement (default 3; quick 2)")
    ap.add_argument(
        "--startup-runs", type=int, help="runs per start-up command (default 10; quick 5)"
    )
    ap.add_argument("--out", type=Path, default=HERE / "out", help="output directory (bench/out)")
    ap.add_argument("--markdown", action="store_true", help="print the tables in Markdown")
    ap.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    ap.add_argument(
        "--sections",
        default=",".join(SECTIONS),
        help=f"what to run, comma-separated (default all: {','.join(SECTIONS)})",
    )
    ap.add_argument(
        "--venv", type=Path, help="venv with claimtrack and sqlite-utils (default .venv)"
    )
    ap.add_argument("--src", type=Path, help="benchmark the claimtrack package under this src dir")
    ap.add_argument(
        "--duckdb",
        type=Path,
        help="a Python with duckdb and its sqlite extension (bench/peer_duckdb.py): conflicts "
        "--all is then timed against DuckDB's grouping on the same file, in interleaved rounds",
    )
    args = ap.parse_args(argv)

    try:
        sizes = (
            parse_sizes(args.sizes)
            if args.sizes
            else list(QUICK_SIZES if args.quick else FULL_SIZES)
        )
    except argparse.ArgumentTypeError as e:
        ap.error(str(e))
    repeat = args.repeat or (2 if args.quick else 3)
    startup_runs = args.startup_runs or (5 if args.quick else 10)
    sections = {s.strip() for s in args.sections.split(",") if s.strip()}
    unknown = sections - set(SECTIONS)
    if unknown:
        ap.error(
            f"--sections: unknown {', '.join(sorted(unknown))}; choose from {', '.join(SECTIONS)}"
        )
    if repeat < 1 or startup_runs < 1:
        ap.error("--repeat and --startup-runs must be at least 1")
    venv = args.venv or (
        ROOT / ".venv" if (ROOT / ".venv" / "bin" / "claimtrack").exists() else Path(sys.prefix)
    )

    t_start = time.perf_counter()
    try:
        runner = Runner(venv, args.src)
        runner.duckdb = str(args.duckdb) if args.duckdb else None
        out_dir: Path = args.out
        out_dir.mkdir(parents=True, exist_ok=True)
        work = out_dir / "work"
        work.mkdir(exist_ok=True)
        machine = machine_info(runner)
        code = code_fingerprint(machine["claimtrack_path"])
        res: dict[str, Any] = {
            "started": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
            "settings": {
                "quick": args.quick,
                "sizes": sizes,
                "repeat": repeat,
                "startup_runs": startup_runs,
                "seed": args.seed,
                "sections": sorted(sections),
                "venv": str(venv),
                "src": str(args.src) if args.src else None,
            },
            "machine": machine,
            "code": code,
        }
        log(
            f"claimtrack from {machine['claimtrack_path']} "
            f"(git {code['git_head']}, src {code['src_sha256']})"
        )

        if "startup" in sections:
            log(f"start-up: {startup_runs} runs per command")
            res["startup"] = bench_startup(runner, startup_runs)
        if "parser" in sections:
            log("figure parser")
            res["parser"] = bench_parser(
                runner,
                repeat=max(3, repeat),
                phrases=10_000 if args.quick else 20_000,
                n_import_runs=startup_runs,
            )

        data = {}
        if sections & {"import", "conflicts", "reads", "anchors"}:
            for n in sizes:
                data[n] = dataset(n, args.seed, out_dir, runner.python)
            res["data"] = {str(n): d for n, d in data.items()}

        if "import" in sections:
            res["import"] = {}
            res["import_overhead"] = import_overhead(
                runner, Path(data[sizes[0]]["file"]), work, repeat
            )
            for n in sizes:
                res["import"][str(n)] = bench_import(
                    runner, n, Path(data[n]["file"]), work, repeat, peers=True
                )
        if "conflicts" in sections:
            res["conflicts"] = {}
            for n in sizes:
                db = work / f"ct-{n}.db"
                if "import" not in sections or not db.exists():
                    log(f"conflicts {n:,}: importing first (not timed)")
                    claimtrack_import(runner, db, Path(data[n]["file"]))
                res["conflicts"][str(n)] = bench_conflicts(runner, n, work, repeat)
        if "reads" in sections:
            n = sizes[-1]
            db = work / f"ct-{n}.db"
            if not db.exists():
                log(f"reads {n:,}: importing first (not timed)")
                claimtrack_import(runner, db, Path(data[n]["file"]))
            res["reads"] = {str(n): bench_reads(runner, n, work, repeat)}
        if "anchors" in sections:
            n = sizes[-1]
            names = list(QUICK_ANCHORS) if args.quick else [a for a, _ in ANCHORS]
            res["anchors"] = {
                "n": n,
                "results": bench_anchors(runner, n, Path(data[n]["file"]), work, repeat, names),
            }

        if "helpers" in sections:
            res["helpers"] = bench_helpers(runner, args.quick)

        after = code_fingerprint(machine["claimtrack_path"])
        if after["src_sha256"] != code["src_sha256"]:
            res["code"]["changed_during_run"] = after
            log("WARNING: src/claimtrack changed while the benchmark ran; numbers may mix versions")
        # Every child's peak RSS is at least this process's RSS when it was spawned (Linux).
        res["runner_maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        res["budgets"] = evaluate(res)
        res["seconds"] = time.perf_counter() - t_start
    except BenchError as e:
        print(f"bench: {e}", file=sys.stderr)
        return 1

    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    text = json.dumps(res, indent=2, ensure_ascii=False, default=lambda o: asdict(o))
    (out_dir / f"results-{stamp}.json").write_text(text)
    (out_dir / "latest.json").write_text(text)
    (out_dir / "latest.md").write_text(report(res, markdown=True) + "\n")
    print(report(res, markdown=args.markdown))
    print(f"\nraw results: {out_dir / f'results-{stamp}.json'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
