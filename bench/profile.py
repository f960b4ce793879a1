"""Where the time goes: cProfile of ``claimtrack import`` and ``claimtrack conflicts --all``.

    python bench/profile.py                   # import 200,000 claims, then conflicts --all on them
    python bench/profile.py --lines 200000 --conflicts-db bench/out/work/ct-1000000.db

Each command runs as ``python -m cProfile -o FILE <the claimtrack script> ...`` in the venv;
the raw profiles (``*.prof``, open them with ``python -m pstats`` or snakeviz) and the top
functions by cumulative and by own time (``*.txt``) are written to ``--out`` (bench/out/).
cProfile slows pure-Python code down, so read the shares, not the absolute seconds.
"""

from __future__ import annotations

import argparse
import io
import json
import pstats
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate as gen  # noqa: E402
from run import BenchError, Runner, dataset, log, remove_db  # noqa: E402


def profile(runner: Runner, name: str, argv: list[str], out: Path, top: int) -> str:
    prof = out / f"profile-{name}.prof"
    cmd = [runner.python, "-m", "cProfile", "-o", str(prof), runner.claimtrack, *argv]
    log(f"profiling: claimtrack {' '.join(argv)}")
    p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=runner.env)
    if p.returncode != 0:
        raise SystemExit(f"profiled command failed:\n{p.stderr.decode()[-2000:]}")
    buf = io.StringIO()
    stats = pstats.Stats(str(prof), stream=buf)
    stats.strip_dirs()
    buf.write(f"# claimtrack {' '.join(argv)}\n\n## by cumulative time\n")
    stats.sort_stats("cumulative").print_stats(top)
    buf.write("\n## by own time\n")
    stats.sort_stats("tottime").print_stats(top)
    text = buf.getvalue()
    (out / f"profile-{name}.txt").write_text(text)
    return text


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lines", type=int, default=200_000, help="claims to import (200,000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--conflicts-db", type=Path, help="database for conflicts --all")
    ap.add_argument("--out", type=Path, default=HERE / "out")
    ap.add_argument("--venv", type=Path, default=HERE.parent / ".venv")
    ap.add_argument("--src", type=Path, help="profile the claimtrack package under this src dir")
    ap.add_argument("--top", type=int, default=35, help="functions listed per table")
    args = ap.parse_args()

    runner = Runner(args.venv, args.src)
    args.out.mkdir(parents=True, exist_ok=True)
    data = dataset(args.lines, args.seed, args.out, runner.python)
    db = args.out / "work" / f"profile-{args.lines}.db"
    db.parent.mkdir(exist_ok=True)
    remove_db(db)
    runner.run([runner.claimtrack, "init", "--empty", str(db)])
    text = profile(
        runner,
        f"import-{args.lines}",
        ["--db", str(db), "import", data["file"]],
        args.out,
        args.top,
    )
    print(text)
    target = args.conflicts_db or db
    text = profile(
        runner,
        f"conflicts-all-{target.stem}",
        ["--db", str(target), "conflicts", "--all", "--json"],
        args.out,
        args.top,
    )
    print(text)
    log(f"conflicts --all stage by stage (in process): {target}")
    breakdown = runner.inproc("conflicts-breakdown", str(target))
    (args.out / f"conflicts-breakdown-{target.stem}.json").write_text(
        json.dumps(breakdown, indent=2)
    )
    print(f"# conflicts --all stage by stage, in process ({target})")
    for key, value in breakdown.items():
        print(f"{key:>22}: {value:,.2f}" if isinstance(value, float) else f"{key:>22}: {value:,}")
    print()
    with_big = target if args.conflicts_db else None
    if with_big is not None or args.lines >= gen.BIG_SUBJECT_MIN_N:
        text = profile(
            runner,
            f"conflicts-{gen.BIG_SUBJECT}-{target.stem}",
            ["--db", str(target), "conflicts", gen.BIG_SUBJECT, "--json"],
            args.out,
            args.top,
        )
        print(text)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BenchError as e:
        sys.exit(f"profile: {e}")
