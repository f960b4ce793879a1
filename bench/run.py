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
import contextlib
import datetime as _dt
import hashlib
import json
import os
import platform
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import generate as gen  # noqa: E402

# ---------------------------------------------------------------------------------------------
# Budgets (docs/performance.md explains each)

BUDGET_HELP_VS_PEER = 2.0  # claimtrack --help: at most this many times sqlite-utils --help
BUDGET_IMPORT_PER_S = 60_000  # claims/s end to end, at 1M
BUDGET_IMPORT_MB = 200  # peak RSS of claimtrack import, at 1M
BUDGET_CONFLICTS_SUBJECT_S = 0.5  # conflicts big-subject --json (10,000 claims, in the 1M db)
BUDGET_CONFLICTS_ALL_S = 10.0  # conflicts --all --json over 1M claims
BUDGET_PARSER_IMPORT_MS = 10.0  # python -X importtime: claimtrack.quantities, cumulative
BUDGET_PARSER_US = 50.0  # uncached parse_figure, per phrase
BUDGET_FIGURE_UNIT_MS = 50.0  # claimtrack figure "6 km" at most this much slower than "250"
BUDGET_SCALING = 2.0  # per-claim time at the largest size / at the smallest (n log n passes)
BUDGET_SIZE = 1_000_000

FULL_SIZES = (10_000, 100_000, 1_000_000)
QUICK_SIZES = (10_000, 50_000)
HEAVY = ("pydantic", "sqlite_utils", "rich", "typer", "click", "markdown_it", "claimtrack")
ANCHORS = (
    ("json_loads", "json.loads per line (reading floor)"),
    ("pydantic_per_line", "pydantic Claim.model_validate_json per line"),
    ("pydantic_typeadapter", "pydantic TypeAdapter(list[Claim]), 2,000-line chunks"),
    ("read_claims", "claimtrack jsonl.read_claims + store.claim_row (no SQLite)"),
    ("executemany_plain", "json.loads + sqlite3.executemany, plain table, no indexes"),
    ("sqlite_utils_insert_all", "json.loads + sqlite_utils insert_all, plain table"),
    ("executemany_schema", "json.loads + executemany, claimtrack schema (indexes + FTS5 triggers)"),
    ("executemany_schema_no_fts", "... same, FTS5 triggers dropped"),
    ("executemany_schema_no_indexes", "... same, secondary indexes dropped"),
    ("executemany_schema_pk_only", "... same, both dropped (primary key only)"),
    ("executemany_schema_fts_rebuild", "... triggers dropped, FTS filled by one INSERT...SELECT"),
)
QUICK_ANCHORS = (
    "json_loads",
    "pydantic_per_line",
    "read_claims",
    "executemany_plain",
    "sqlite_utils_insert_all",
    "executemany_schema",
    "executemany_schema_no_fts",
)
SECTIONS = ("startup", "parser", "import", "conflicts", "anchors")


class BenchError(RuntimeError):
    pass


def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------
# Processes


@dataclass
class Run:
    wall: float  # seconds, spawn to exit
    cpu: float  # user + system seconds of the child and the processes it waited for
    maxrss_mb: float  # peak memory (MiB): see Runner.run
    rc: int
    stderr: str
    tree_rss_mb: float | None = None  # sampled peak of the summed RSS of the process tree
    tree_pss_mb: float | None = None  # the same with PSS (pages shared after fork split)


def _proc_tree(pid: int) -> list[int]:
    """pid and its descendants (Linux /proc)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    todo.extend(int(c) for c in fh.read().split())
        except OSError:
            continue
    return out


def _memory_kib(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in KiB; (0, 0) once it is gone."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            rss = pss = 0
            for line in fh:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
            return rss, pss
    except OSError:
        return 0, 0


class _TreeSampler:
    """Samples the memory of a process and its descendants every ``interval`` seconds.

    A command may fork helpers (claimtrack's import reads in a forked process); ``wait4``
    reports the largest single process, not their sum, so the sum is sampled here. RSS counts
    pages shared after the fork in every process (an upper bound); PSS splits them.
    """

    def __init__(self, pid: int, interval: float = 0.02) -> None:
        import threading

        self.pid, self.interval = pid, interval
        self.rss_kib = self.pss_kib = 0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._done.is_set():
            rss = pss = 0
            for p in _proc_tree(self.pid):
                r, q = _memory_kib(p)
                rss, pss = rss + r, pss + q
            self.rss_kib, self.pss_kib = max(self.rss_kib, rss), max(self.pss_kib, pss)
            self._done.wait(self.interval)

    def stop(self) -> None:
        self._done.set()
        self._thread.join()


class Runner:
    def __init__(self, venv: Path, src: Path | None) -> None:
        self.bin = venv / "bin"
        self.python = str(self.bin / "python")
        self.claimtrack = str(self.bin / "claimtrack")
        self.sqlite_utils = str(self.bin / "sqlite-utils")
        for exe in (self.python, self.claimtrack, self.sqlite_utils):
            if not os.access(exe, os.X_OK):
                raise BenchError(f"{exe} not found: give --venv (a venv with claimtrack installed)")
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("PYTHON", "CLAIMTRACK_")) and k not in ("NO_COLOR", "FORCE_COLOR")
        }
        env["COLUMNS"] = "100"
        env["PYTHONHASHSEED"] = "0"
        env["PATH"] = f"{self.bin}{os.pathsep}{env.get('PATH', '')}"
        if src is not None:
            env["PYTHONPATH"] = str(src)
        self.env = env

    def inproc(self, *args: str) -> Any:
        """Run a ``bench/_inproc.py`` subcommand in the venv's Python; return its JSON output."""
        p = subprocess.run(
            [self.python, str(HERE / "_inproc.py"), *args],
            capture_output=True,
            text=True,
            env=self.env,
        )
        if p.returncode != 0:
            raise BenchError(f"_inproc.py {args[0]} failed:\n{p.stderr[-2000:]}")
        return json.loads(p.stdout)

    def run(
        self,
        argv: list[str],
        *,
        stdout: Path | None = None,
        extra_env: dict[str, str] | None = None,
        check: bool = True,
        tree: bool = False,
    ) -> Run:
        """Run argv to completion. Peak memory: ``wait4``'s ru_maxrss (the largest single
        process among the child and the processes it waited for); with ``tree``, also the
        sampled peak of the whole process tree's summed memory, and ``maxrss_mb`` is the
        larger of the two."""
        env = self.env if not extra_env else {**self.env, **extra_env}
        with contextlib.ExitStack() as stack:
            err = stack.enter_context(tempfile.TemporaryFile())
            out: Any = subprocess.DEVNULL
            if stdout is not None:
                out = stack.enter_context(open(stdout, "wb"))
            t0 = time.perf_counter()
            p = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=err, env=env)
            sampler = _TreeSampler(p.pid) if tree else None
            # wait4, not wait: this child's rusage (peak RSS, CPU), not every child's so far.
            _, status, usage = os.wait4(p.pid, 0)
            wall = time.perf_counter() - t0
            if sampler is not None:
                sampler.stop()
            p.returncode = os.waitstatus_to_exitcode(status)
            err.seek(0)
            stderr = err.read().decode("utf-8", "replace")
        r = Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, p.returncode, stderr)
        if sampler is not None:
            r.tree_rss_mb, r.tree_pss_mb = sampler.rss_kib / 1024, sampler.pss_kib / 1024
            r.maxrss_mb = max(r.maxrss_mb, r.tree_rss_mb)
        if check and r.rc != 0:
            raise BenchError(
                f"command failed (exit {r.rc}): {' '.join(argv)}\n{stderr.strip()[-2000:]}"
            )
        return r


def summarise(runs: list[Run]) -> dict[str, Any]:
    walls = [r.wall for r in runs]
    out = {
        "runs": len(runs),
        "median_s": statistics.median(walls),
        "min_s": min(walls),
        "max_s": max(walls),
        "cpu_s": statistics.median([r.cpu for r in runs]),
        "peak_mb": max(r.maxrss_mb for r in runs),
    }
    if runs[0].tree_rss_mb is not None:
        out["tree_rss_mb"] = max(r.tree_rss_mb or 0 for r in runs)
        out["tree_pss_mb"] = max(r.tree_pss_mb or 0 for r in runs)
    return out


def remove_db(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        p = Path(str(path) + suffix)
        if p.exists():
            p.unlink()


def warm(path: Path) -> None:
    """Read a file once so every contender starts from the same (warm) page cache."""
    with open(path, "rb") as fh:
        while fh.read(1 << 22):
            pass


# ---------------------------------------------------------------------------------------------
# Machine and code


def machine_info(runner: Runner) -> dict[str, Any]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gib = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_gib = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    env = runner.inproc("env")
    return {
        "nproc": len(os.sched_getaffinity(0))
        if hasattr(os, "sched_getaffinity")
        else os.cpu_count(),
        "cpu_model": cpu,
        "mem_gib": mem_gib,
        "kernel": platform.release(),
        "os": platform.platform(terse=True),
        **env,
    }


def code_fingerprint(claimtrack_path: str) -> dict[str, Any]:
    h = hashlib.sha256()
    for p in sorted(Path(claimtrack_path).rglob("*.py")):
        h.update(p.name.encode())
        h.update(p.read_bytes())

    def git(*args: str) -> str:
        try:
            return subprocess.run(
                ["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=True
            ).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            return ""

    dirty = [line[3:] for line in git("status", "--porcelain", "--", "src").splitlines()]
    return {
        "git_head": git("rev-parse", "--short", "HEAD"),
        "src_dirty": dirty,
        "src_sha256": h.hexdigest()[:16],
    }


# ---------------------------------------------------------------------------------------------
# Start-up


def parse_importtime(text: str) -> list[tuple[int, int, int, str]]:
    """(self us, cumulative us, depth, module) per line of ``-X importtime`` output."""
    rows = []
    for line in text.splitlines():
        if not line.startswith("import time:"):
            continue
        parts = line[len("import time:") :].split("|")
        if len(parts) < 3:
            continue
        try:
            self_us, cum_us = int(parts[0]), int(parts[1])
        except ValueError:
            continue  # the header line
        raw = parts[2]
        name = raw.lstrip(" ")
        depth = (len(raw) - len(name) - 1) // 2
        rows.append((self_us, cum_us, depth, name.strip()))
    return rows


def _package(module: str) -> str:
    top = module.split(".", 1)[0]
    if top == "pydantic_core":
        return "pydantic"
    if top == "typer" and module.startswith("typer._click"):
        return "click"
    return top


def import_report(rows: list[tuple[int, int, int, str]]) -> dict[str, Any]:
    """Total import time, and per heavy package: its own modules' time and who pulled it in."""
    total = sum(r[0] for r in rows)
    packages: dict[str, Any] = {}
    for i, (_, _, _, name) in enumerate(rows):
        pkg = _package(name)
        if pkg not in HEAVY:
            continue
        entry = packages.setdefault(pkg, {"self_ms": 0.0, "modules": 0, "via": None})
        entry["self_ms"] += rows[i][0] / 1000
        entry["modules"] += 1
    # Who imported each package: walk up from its outermost module to the first ancestor that
    # belongs to another package (post-order output: a parent follows its children).
    for pkg, entry in packages.items():
        first = None
        for i, (_, _, depth, name) in enumerate(rows):
            if _package(name) == pkg and (first is None or depth < rows[first][2]):
                first = i
                if depth == 0:
                    break
        via, i = None, first
        while i is not None and rows[i][2] > 0:
            d = rows[i][2]
            j = next((k for k in range(i + 1, len(rows)) if rows[k][2] < d), None)
            if j is None:
                break
            if _package(rows[j][3]) != pkg:
                via = rows[j][3]
                break
            i = j
        entry["via"] = via or "(top level)"
        entry["self_ms"] = round(entry["self_ms"], 1)
    return {"total_ms": round(total / 1000, 1), "modules": len(rows), "packages": packages}


def bench_startup(runner: Runner, n_runs: int) -> dict[str, Any]:
    py = runner.python
    baseline = str(HERE / "_typer_baseline.py")
    commands: list[tuple[str, list[str]]] = [
        ("python -c pass", [py, "-c", "pass"]),
        ("python -c 'import typer'", [py, "-c", "import typer"]),
        ("typer baseline --help", [py, baseline, "--help"]),
        ("typer baseline figure 'around 4,000'", [py, baseline, "figure", "around 4,000"]),
        ("sqlite-utils --help", [runner.sqlite_utils, "--help"]),
        ("claimtrack --help", [runner.claimtrack, "--help"]),
        ("claimtrack --version", [runner.claimtrack, "--version"]),
        ("claimtrack figure 'around 4,000'", [runner.claimtrack, "figure", "around 4,000"]),
        ("claimtrack figure '250'", [runner.claimtrack, "figure", "250"]),
        ("claimtrack figure '6 km'", [runner.claimtrack, "figure", "6 km"]),
    ]
    runs: dict[str, list[Run]] = {label: [] for label, _ in commands}
    for _, argv in commands:  # warm-up: page cache and .pyc files
        runner.run(argv)
    for _ in range(n_runs):  # round robin, so drift hits every command alike
        for label, argv in commands:
            runs[label].append(runner.run(argv))
    results = {label: summarise(rs) for label, rs in runs.items()}

    imports: dict[str, Any] = {}
    module_sets: dict[str, dict[str, int]] = {}
    for label, argv in commands:
        if label.startswith("python -c"):
            continue
        reports = []
        for _ in range(3):
            r = runner.run(argv, extra_env={"PYTHONPROFILEIMPORTTIME": "1"})
            rows = parse_importtime(r.stderr)
            reports.append(import_report(rows))
            module_sets[label] = {name: self_us for self_us, _, _, name in rows}
        reports.sort(key=lambda rep: rep["total_ms"])
        imports[label] = rep = reports[1]  # the median run
        # -X importtime nests a lazy import (inside a function) at the top level: ask the
        # interpreter which line of code first imported each heavy package instead.
        script, args = (argv[1], argv[2:]) if argv[0] == py else (argv[0], argv[1:])
        who_file = Path(tempfile.mkstemp(suffix=".json")[1])
        try:
            runner.run(
                [py, str(HERE / "_whoimports.py"), str(who_file), ",".join(HEAVY), script, *args]
            )
            who = json.loads(who_file.read_text() or "{}")
        finally:
            who_file.unlink()
        for pkg, entry in rep["packages"].items():
            frames = who.get(pkg)
            if frames:
                calls = [f for f in frames if not f.endswith("(<module>)")]
                entry["via"] = (calls or frames)[-1]
                entry["stack"] = frames
    # What claimtrack imports that the same-shaped typer app does not.
    for ct, base in (
        ("claimtrack --help", "typer baseline --help"),
        ("claimtrack figure 'around 4,000'", "typer baseline figure 'around 4,000'"),
    ):
        extra = {m: us for m, us in module_sets[ct].items() if m not in module_sets[base]}
        top = sorted(extra.items(), key=lambda kv: -kv[1])[:8]
        imports[ct]["beyond_typer_baseline"] = {
            "modules": len(extra),
            "self_ms": round(sum(extra.values()) / 1000, 1),
            "largest": [(m, round(us / 1000, 1)) for m, us in top],
        }
    return {"runs": n_runs, "commands": results, "imports": imports}


# ---------------------------------------------------------------------------------------------
# Figure parser


def bench_parser(runner: Runner, repeat: int, phrases: int, n_import_runs: int) -> dict[str, Any]:
    result = runner.inproc("parser", "--phrases", str(phrases), "--repeat", str(repeat))
    cum, own = [], []
    for _ in range(n_import_runs):
        r = runner.run([runner.python, "-X", "importtime", "-c", "import claimtrack.quantities"])
        for self_us, cum_us, _, name in parse_importtime(r.stderr):
            if name == "claimtrack.quantities":
                cum.append(cum_us / 1000)
                own.append(self_us / 1000)
    result["import_ms"] = statistics.median(cum) if cum else None
    result["import_self_ms"] = statistics.median(own) if own else None
    # The same import inside the CLI, where typer has already loaded the stdlib it needs.
    in_cli = []
    for _ in range(n_import_runs):
        r = runner.run(
            [runner.claimtrack, "figure", "around 4,000"],
            extra_env={"PYTHONPROFILEIMPORTTIME": "1"},
        )
        in_cli += [
            cum_us / 1000
            for _, cum_us, _, name in parse_importtime(r.stderr)
            if name == "claimtrack.quantities"
        ]
    result["import_in_cli_ms"] = statistics.median(in_cli) if in_cli else None
    return result


# ---------------------------------------------------------------------------------------------
# Data


def dataset(n: int, seed: int, out_dir: Path, python: str = sys.executable) -> dict[str, Any]:
    """The JSONL file for n claims, generated unless an identical one is already there."""
    path = out_dir / f"claims-{n}-s{seed}.jsonl"
    meta_path = path.with_suffix(".meta.json")
    if path.exists() and meta_path.exists():
        meta = json.loads(meta_path.read_text())
        if (
            meta.get("generator_version") == gen.GENERATOR_VERSION
            and meta.get("bytes") == path.stat().st_size
        ):
            meta["cached"] = True
            return meta
    log(f"generating {n:,} claims -> {path}")
    # In a child process: on Linux a child's peak RSS (wait4) starts from its parent's RSS at
    # fork time, so this process must stay small for the memory numbers to mean anything.
    p = subprocess.run(
        [python, str(HERE / "generate.py"), str(n), "--seed", str(seed), "-o", str(path)],
        capture_output=True,
        text=True,
    )
    if p.returncode != 0:
        raise BenchError(f"generating {n} claims failed:\n{p.stderr[-2000:]}")
    meta = json.loads(p.stderr.strip().splitlines()[-1])
    meta_path.write_text(json.dumps(meta, indent=2))
    meta["cached"] = False
    return meta


# ---------------------------------------------------------------------------------------------
# Import and conflicts


def count_rows(db: Path, table: str = "claims") -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]
    finally:
        conn.close()


def largest_subject(db: Path) -> tuple[str, int]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        row = conn.execute(
            "SELECT subject, count(*) FROM claims GROUP BY subject ORDER BY 2 DESC, 1 LIMIT 1"
        ).fetchone()
        return row[0], row[1]
    finally:
        conn.close()


def claimtrack_import(runner: Runner, db: Path, jsonl: Path) -> Run:
    remove_db(db)
    runner.run([runner.claimtrack, "init", "--empty", str(db)])
    return runner.run([runner.claimtrack, "--db", str(db), "import", str(jsonl)], tree=True)


def bench_import(
    runner: Runner, n: int, jsonl: Path, work: Path, repeat: int, peers: bool
) -> dict[str, Any]:
    warm(jsonl)
    db = work / f"ct-{n}.db"
    runs = []
    for i in range(repeat):
        r = claimtrack_import(runner, db, jsonl)
        got = count_rows(db)
        if got != n:
            raise BenchError(f"claimtrack import of {jsonl} stored {got} claims, expected {n}")
        log(f"import {n:,}: claimtrack run {i + 1}/{repeat}: {r.wall:.2f} s, {r.maxrss_mb:.0f} MB")
        runs.append(r)
    out: dict[str, Any] = {"claimtrack": summarise(runs), "db_bytes": db.stat().st_size}
    out["claimtrack"]["per_s"] = n / out["claimtrack"]["median_s"]
    if peers:
        peer_db = work / f"peer-sqlite-utils-{n}.db"
        pruns = []
        for i in range(repeat):
            remove_db(peer_db)
            r = runner.run(
                [runner.sqlite_utils, "insert", str(peer_db), "claims", str(jsonl), "--nl"],
                tree=True,
            )
            got = count_rows(peer_db)
            if got != n:
                raise BenchError(f"sqlite-utils insert stored {got} rows, expected {n}")
            log(f"import {n:,}: sqlite-utils run {i + 1}/{repeat}: {r.wall:.2f} s")
            pruns.append(r)
        out["sqlite_utils"] = summarise(pruns)
        out["sqlite_utils"]["per_s"] = n / out["sqlite_utils"]["median_s"]
        out["sqlite_utils_db_bytes"] = peer_db.stat().st_size
        remove_db(peer_db)
    return out


def import_overhead(runner: Runner, jsonl: Path, work: Path, repeat: int) -> dict[str, Any]:
    """The fixed cost of ``claimtrack import``: importing a one-line file."""
    one = work / "one-claim.jsonl"
    with open(jsonl, "rb") as fh:
        one.write_bytes(fh.readline())
    db = work / "overhead.db"
    runs = [claimtrack_import(runner, db, one) for _ in range(max(3, repeat))]
    remove_db(db)
    return summarise(runs)


def count_conflict_subjects(path: Path) -> int:
    """Subjects listed in a ``conflicts --all --json`` document, without loading it."""
    n = 0
    with open(path, "rb") as fh:
        for line in fh:
            # one compact subject per line, or (older versions) the whole document indented
            if line.startswith(b'{"subject": ') or line.startswith(b'      "subject": '):
                n += 1
    return n


def bench_conflicts(runner: Runner, n: int, work: Path, repeat: int) -> dict[str, Any]:
    db = work / f"ct-{n}.db"
    subject, size = largest_subject(db)
    doc = work / f"conflicts-{subject}-{n}.json"
    base = [runner.claimtrack, "--db", str(db), "conflicts"]
    runner.run([*base, subject, "--json"], stdout=doc)  # warm-up
    one = [runner.run([*base, subject, "--json"], stdout=doc, tree=True) for _ in range(repeat)]
    report = json.loads(doc.read_text())
    out: dict[str, Any] = {
        "subject": subject,
        "subject_claims": size,
        "subject_run": summarise(one),
        "subject_json_bytes": doc.stat().st_size,
        "subject_conflicts": len(report.get("conflicts", [])),
    }
    all_doc = work / f"conflicts-all-{n}.json"
    first = runner.run([*base, "--all", "--json"], stdout=all_doc)  # warm-up, kept for counts
    out["all_json_bytes"] = all_doc.stat().st_size
    out["all_subjects_with_conflicts"] = count_conflict_subjects(all_doc)
    all_doc.unlink()
    runs = []
    for i in range(repeat):
        r = runner.run([*base, "--all", "--json"], tree=True)  # stdout -> /dev/null
        log(f"conflicts --all {n:,}: run {i + 1}/{repeat}: {r.wall:.2f} s, {r.maxrss_mb:.0f} MB")
        runs.append(r)
    out["all_run"] = summarise(runs)
    out["all_run"]["warmup_s"] = first.wall
    out["all_run"]["per_s"] = n / out["all_run"]["median_s"]
    return out


def bench_anchors(
    runner: Runner, n: int, jsonl: Path, work: Path, repeat: int, names: list[str]
) -> dict[str, Any]:
    warm(jsonl)
    out = {}
    for name in names:
        results = []
        for _ in range(repeat):
            results.append(runner.inproc("anchor", name, str(jsonl), "--workdir", str(work)))
        results.sort(key=lambda r: r["seconds"])
        med = results[len(results) // 2]
        med["runs"] = len(results)
        if med["n"] != n:
            raise BenchError(f"anchor {name} read {med['n']} claims, expected {n}")
        log(f"anchor {name} ({n:,}): {med['seconds']:.2f} s = {med['per_s']:,.0f}/s")
        out[name] = med
    return out


# ---------------------------------------------------------------------------------------------
# Budgets


def evaluate(res: dict[str, Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []

    def add(name: str, target: str, measured: str, met: bool | None, note: str = "") -> None:
        out.append(
            {"budget": name, "target": target, "measured": measured, "met": met, "note": note}
        )

    st = res.get("startup")
    if st:
        ct = st["commands"]["claimtrack --help"]["median_s"]
        peer = st["commands"]["sqlite-utils --help"]["median_s"]
        add(
            "start-up: claimtrack --help",
            f"< {BUDGET_HELP_VS_PEER:g}x sqlite-utils --help ({peer * 1000:.0f} ms)",
            f"{ct * 1000:.0f} ms = {ct / peer:.2f}x",
            ct < BUDGET_HELP_VS_PEER * peer,
        )
        cmds = st["commands"]
        if "claimtrack figure '6 km'" in cmds and "claimtrack figure '250'" in cmds:
            unit = cmds["claimtrack figure '6 km'"]["median_s"]
            bare = cmds["claimtrack figure '250'"]["median_s"]
            add(
                "start-up: claimtrack figure with a unit",
                f"'6 km' < '250' + {BUDGET_FIGURE_UNIT_MS:g} ms ({bare * 1000:.0f} ms)",
                f"{unit * 1000:.0f} ms ({(unit - bare) * 1000:+.0f} ms)",
                unit - bare < BUDGET_FIGURE_UNIT_MS / 1000,
            )
    imp = res.get("import", {})
    sizes = sorted(int(k) for k in imp)
    if sizes:
        n = sizes[-1]
        r = imp[str(n)]
        at = f" at {n:,}" + ("" if n >= BUDGET_SIZE else f" (budget is for {BUDGET_SIZE:,})")
        per_s = r["claimtrack"]["per_s"]
        add(
            "import: throughput end to end",
            f">= {BUDGET_IMPORT_PER_S:,} claims/s{at}",
            f"{per_s:,.0f} claims/s",
            per_s >= BUDGET_IMPORT_PER_S,
        )
        if "sqlite_utils" in r:
            peer = r["sqlite_utils"]["per_s"]
            add(
                "import: faster than sqlite-utils insert --nl",
                f"> {peer:,.0f} claims/s{at}",
                f"{per_s:,.0f} claims/s = {per_s / peer:.2f}x",
                per_s > peer,
            )
        mb = r["claimtrack"]["peak_mb"]
        pss = r["claimtrack"].get("tree_pss_mb")
        add(
            "import: peak memory (all processes)",
            f"< {BUDGET_IMPORT_MB} MB{at}",
            f"{mb:.0f} MB RSS" + (f" ({pss:.0f} MB PSS)" if pss else ""),
            mb < BUDGET_IMPORT_MB,
        )
    con = res.get("conflicts", {})
    csizes = sorted(int(k) for k in con)
    if csizes:
        n = csizes[-1]
        c = con[str(n)]
        big = c["subject"] == gen.BIG_SUBJECT
        t = c["subject_run"]["median_s"]
        add(
            f"conflicts: one {c['subject_claims']:,}-claim subject --json",
            f"< {BUDGET_CONFLICTS_SUBJECT_S:g} s"
            + ("" if big else f" (budget is for {gen.BIG_SUBJECT} in the 1M db)"),
            f"{t:.3f} s ({c['subject']}, {n:,}-claim db)",
            t < BUDGET_CONFLICTS_SUBJECT_S,
        )
        t = c["all_run"]["median_s"]
        add(
            "conflicts: --all --json > /dev/null",
            f"< {BUDGET_CONFLICTS_ALL_S:g} s at {n:,}"
            + ("" if n >= BUDGET_SIZE else f" (budget is for {BUDGET_SIZE:,})"),
            f"{t:.2f} s, {c['all_run']['peak_mb']:.0f} MB",
            t < BUDGET_CONFLICTS_ALL_S,
        )
    p = res.get("parser")
    if p:
        if p.get("import_ms") is not None:
            add(
                "parser: import claimtrack.quantities",
                f"< {BUDGET_PARSER_IMPORT_MS:g} ms",
                f"{p['import_ms']:.1f} ms fresh (own code {p['import_self_ms']:.1f} ms); "
                + (
                    f"{p['import_in_cli_ms']:.1f} ms in the CLI"
                    if p.get("import_in_cli_ms") is not None
                    else ""
                ),
                p["import_ms"] < BUDGET_PARSER_IMPORT_MS,
            )
        us = p.get("uncached_us", p.get("cold_cache_us"))
        add(
            "parser: uncached parse_figure",
            f"well under {BUDGET_PARSER_US:g} µs/phrase",
            f"{us:.1f} µs/phrase",
            us < BUDGET_PARSER_US / 2,
        )
    for key, label, field in (
        ("import", "scaling: import", "claimtrack"),
        ("conflicts", "scaling: conflicts --all", "all_run"),
    ):
        sec = res.get(key, {})
        ks = sorted(int(k) for k in sec)
        if len(ks) >= 2:
            lo, hi = ks[0], ks[-1]
            us_lo = sec[str(lo)][field]["median_s"] / lo
            us_hi = sec[str(hi)][field]["median_s"] / hi
            ratio = us_hi / us_lo
            add(
                label,
                f"time per claim at {hi:,} < {BUDGET_SCALING:g}x that at {lo:,}",
                f"{us_lo * 1e6:.1f} -> {us_hi * 1e6:.1f} µs/claim = {ratio:.2f}x",
                ratio < BUDGET_SCALING,
            )
    return out


# ---------------------------------------------------------------------------------------------
# Tables


def table(headers: list[str], rows: list[list[str]], markdown: bool) -> str:
    if markdown:
        lines = ["| " + " | ".join(headers) + " |"]
        lines.append("|" + "|".join("---" if i == 0 else "---:" for i in range(len(headers))) + "|")
        lines += ["| " + " | ".join(r) + " |" for r in rows]
        return "\n".join(lines)
    widths = [
        max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)
    ]

    def fmt(r: list[str]) -> str:
        return "  ".join(
            c.ljust(widths[i]) if i == 0 else c.rjust(widths[i]) for i, c in enumerate(r)
        ).rstrip()

    return "\n".join([fmt(headers), fmt(["-" * w for w in widths]), *map(fmt, rows)])


def ms(s: float) -> str:
    return f"{s * 1000:.0f}"


def report(res: dict[str, Any], markdown: bool) -> str:
    parts: list[str] = []

    def section(title: str, headers: list[str], rows: list[list[str]]) -> None:
        if not rows:
            return
        parts.append(f"### {title}" if markdown else f"== {title}")
        parts.append(table(headers, rows, markdown))
        parts.append("")

    st = res.get("startup")
    if st:
        base = st["commands"]["python -c pass"]["median_s"]
        peer = st["commands"]["sqlite-utils --help"]["median_s"]
        rows = []
        for label, s in st["commands"].items():
            rows.append(
                [
                    f"`{label}`" if markdown else label,
                    ms(s["median_s"]),
                    ms(s["min_s"]),
                    f"{(s['median_s'] - base) * 1000:+.0f}",
                    f"{s['median_s'] / peer:.2f}x",
                    f"{s['peak_mb']:.0f}",
                ]
            )
        section(
            f"Start-up (whole process, median of {st['runs']} runs)",
            [
                "command",
                "median ms",
                "min ms",
                "vs python -c pass ms",
                "vs sqlite-utils --help",
                "peak MB",
            ],
            rows,
        )
        rows = []
        for label, rep in st["imports"].items():
            pk = rep["packages"]

            def cell(name: str, pk: dict[str, Any] = pk) -> str:
                e = pk.get(name)
                return f"{e['self_ms']:.0f} ms, {e['via']}" if e else "no"

            extra = rep.get("beyond_typer_baseline")
            rows.append(
                [
                    f"`{label}`" if markdown else label,
                    f"{rep['total_ms']:.0f}",
                    cell("pydantic"),
                    cell("sqlite_utils"),
                    cell("rich"),
                    f"{extra['self_ms']:.0f} ms / {extra['modules']} modules" if extra else "",
                ]
            )
        section(
            "Imports per command (PYTHONPROFILEIMPORTTIME; own time of each package, imported by)",
            ["command", "all imports ms", "pydantic", "sqlite_utils", "rich", "beyond typer app"],
            rows,
        )

    p = res.get("parser")
    if p:
        rows = []
        if "uncached_us" in p:
            rows.append(
                [
                    f"uncached ({p['inner_function']})",
                    f"{p['uncached_us']:.1f}",
                    f"{p['uncached_per_s']:,.0f}",
                ]
            )
        hit = p.get("cold_cache_hit_rate")
        rows.append(
            [
                "parse_figure, cache cleared first"
                + (f" ({hit:.0%} hits from repeats)" if hit is not None else ""),
                f"{p['cold_cache_us']:.1f}",
                f"{p['cold_cache_per_s']:,.0f}",
            ]
        )
        rows.append(
            ["parse_figure, all cached", f"{p['cached_us']:.2f}", f"{p['cached_per_s']:,.0f}"]
        )
        if p.get("import_ms") is not None:
            rows.append(
                [
                    "import claimtrack.quantities, fresh interpreter (ms: with deps / own)",
                    f"{p['import_ms']:.1f} / {p['import_self_ms']:.1f}",
                    "",
                ]
            )
        if p.get("import_in_cli_ms") is not None:
            rows.append(
                [
                    "import claimtrack.quantities inside `claimtrack figure` (ms)",
                    f"{p['import_in_cli_ms']:.1f}",
                    "",
                ]
            )
        section(
            f"Figure parser ({p['phrases']:,} phrases from the generator's mix, "
            f"{p['distinct']:,} distinct, {p['unreadable']} unreadable)",
            ["measure", "µs/phrase", "phrases/s"],
            rows,
        )

    imp = res.get("import", {})
    over = res.get("import_overhead")
    rows = []
    for k in sorted(imp, key=int):
        r = imp[k]
        n = int(k)
        c = r["claimtrack"]
        marginal = ""
        if over:
            net = c["median_s"] - over["median_s"]
            marginal = f"{n / net:,.0f}" if net > 0 else ""
        peak = f"{c['peak_mb']:.0f}"
        if c.get("tree_pss_mb"):
            peak += f" / {c['tree_pss_mb']:.0f}"
        row = [f"{n:,}", f"{c['median_s']:.2f}", f"{c['per_s']:,.0f}", marginal, peak]
        if "sqlite_utils" in r:
            s = r["sqlite_utils"]
            row += [
                f"{s['median_s']:.2f}",
                f"{s['per_s']:,.0f}",
                f"{s['peak_mb']:.0f}",
                f"{c['per_s'] / s['per_s']:.2f}x",
            ]
        else:
            row += ["", "", "", ""]
        rows.append(row)
    if over:
        rows.append(
            [
                "1 (fixed cost)",
                f"{over['median_s']:.2f}",
                "",
                "",
                f"{over['peak_mb']:.0f}",
                "",
                "",
                "",
                "",
            ]
        )
    section(
        f"Import JSONL into an empty database (median of {res['settings']['repeat']})",
        [
            "claims",
            "claimtrack s",
            "claims/s",
            "claims/s less fixed cost",
            "peak MB (RSS / PSS)",
            "sqlite-utils insert s",
            "claims/s",
            "peak MB",
            "claimtrack / peer",
        ],
        rows,
    )

    anc = res.get("anchors")
    if anc:
        n = anc["n"]
        rows = []
        ct = imp.get(str(n), {}).get("claimtrack")
        if ct:
            rows.append(
                [
                    "claimtrack import (whole process, for reference)",
                    f"{ct['median_s']:.2f}",
                    f"{ct['per_s']:,.0f}",
                    "",
                    f"{ct['peak_mb']:.0f}",
                ]
            )
        for name, label in ANCHORS:
            a = anc["results"].get(name)
            if a is None:
                continue
            rows.append(
                [
                    label,
                    f"{a['seconds']:.2f}",
                    f"{a['per_s']:,.0f}",
                    f"{a['sqlite_s']:.2f}" if "sqlite_s" in a else "",
                    f"{a['maxrss_mb']:.0f}",
                ]
            )
        section(
            f"Anchors: each step alone, in process, on the same {n:,}-claim file",
            ["step", "s", "claims/s", "of which SQLite s", "peak MB"],
            rows,
        )

    con = res.get("conflicts", {})
    rows = []
    for k in sorted(con, key=int):
        c = con[k]
        a = c["all_run"]
        rows.append(
            [
                f"{int(k):,}",
                f"{a['median_s']:.2f}",
                f"{a['per_s']:,.0f}",
                f"{a['peak_mb']:.0f}",
                f"{c['all_subjects_with_conflicts']:,}",
                f"{c['all_json_bytes'] / 1e6:.1f}",
                f"{c['subject']} ({c['subject_claims']:,})",
                f"{c['subject_run']['median_s']:.3f}",
                f"{c['subject_run']['peak_mb']:.0f}",
            ]
        )
    section(
        f"Conflicts (whole process, median of {res['settings']['repeat']})",
        [
            "claims in db",
            "--all --json s",
            "claims/s",
            "peak MB",
            "subjects in conflict",
            "JSON MB",
            "largest subject",
            "SUBJECT --json s",
            "peak MB",
        ],
        rows,
    )

    rows = []
    imp_sizes = sorted(imp, key=int)
    for k in imp_sizes:
        n = int(k)
        row = [f"{n:,}", f"{imp[k]['claimtrack']['median_s'] / n * 1e6:.1f}"]
        if "sqlite_utils" in imp[k]:
            row.append(f"{imp[k]['sqlite_utils']['median_s'] / n * 1e6:.1f}")
        else:
            row.append("")
        row.append(f"{con[k]['all_run']['median_s'] / n * 1e6:.1f}" if k in con else "")
        rows.append(row)
    section(
        "Scaling: time per claim (µs); flat = linear",
        ["claims", "claimtrack import", "sqlite-utils insert", "conflicts --all"],
        rows,
    )

    budgets = res.get("budgets", [])
    rows = [
        [b["budget"], b["target"], b["measured"], "met" if b["met"] else "NOT MET"] for b in budgets
    ]
    section("Budgets", ["budget", "target", "measured", "status"], rows)

    m = res.get("machine", {})
    fp = res.get("code", {})
    parts.append(
        f"machine: {m.get('nproc')} CPUs ({m.get('cpu_model')}), {m.get('mem_gib')} GiB; "
        f"Python {m.get('python')}, SQLite {m.get('sqlite')}; "
        + ", ".join(f"{k} {v}" for k, v in m.get("packages", {}).items() if v)
    )
    parts.append(
        f"code: claimtrack from {m.get('claimtrack_path')}; git {fp.get('git_head')}"
        + (
            f" + uncommitted changes in {len(fp.get('src_dirty', []))} src file(s)"
            if fp.get("src_dirty")
            else ""
        )
        + f", src sha256 {fp.get('src_sha256')}; total bench time {res.get('seconds', 0):.0f} s"
    )
    return "\n".join(parts)


# ---------------------------------------------------------------------------------------------
# Main


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
        if sections & {"import", "conflicts", "anchors"}:
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
        if "anchors" in sections:
            n = sizes[-1]
            names = list(QUICK_ANCHORS) if args.quick else [a for a, _ in ANCHORS]
            res["anchors"] = {
                "n": n,
                "results": bench_anchors(runner, n, Path(data[n]["file"]), work, repeat, names),
            }

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
