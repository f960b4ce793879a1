"""What the benchmark measures, one function per section: start-up, the figure parser, import,
conflicts, in-process anchors, and the helpers' benchmarks (bench/extract.py, bench/report.py).
"""

from __future__ import annotations

import json
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import generate as gen  # noqa: E402
from budgets import HELPERS  # noqa: E402
from runner import BenchError, Run, Runner, log, remove_db, summarise, warm  # noqa: E402

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
SECTIONS = ("startup", "parser", "import", "conflicts", "reads", "anchors", "helpers")


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
    floor = [runner.python, str(HERE / "_typer_baseline.py"), "figure", subject, "--json"]
    text = [*base, subject]
    runner.run([*base, subject, "--json"], stdout=doc)  # warm-up (and the document)
    runner.run(floor)
    runner.run(text)
    # Interleaved: the subject as JSON, the typer floor, the subject as text, in turn, so that
    # the load of a shared machine weighs on all three alike.
    one, floors, texts = [], [], []
    for _ in range(max(repeat, 5)):
        one.append(runner.run([*base, subject, "--json"], stdout=doc, tree=True))
        floors.append(runner.run(floor))
        texts.append(runner.run(text))
    report = json.loads(doc.read_text())
    out: dict[str, Any] = {
        "subject": subject,
        "subject_claims": size,
        "subject_run": summarise(one),
        "subject_floor_run": summarise(floors),
        "subject_text_run": summarise(texts),
        "subject_json_bytes": doc.stat().st_size,
        "subject_conflicts": len(report.get("conflicts", [])),
    }
    out["subject_vs_floor"] = statistics.median(
        r.wall / f.wall for r, f in zip(one, floors, strict=True)
    )
    all_doc = work / f"conflicts-all-{n}.json"
    first = runner.run([*base, "--all", "--json"], stdout=all_doc)  # warm-up, kept for counts
    out["all_json_bytes"] = all_doc.stat().st_size
    out["all_subjects_with_conflicts"] = count_conflict_subjects(all_doc)
    all_doc.unlink()
    runs, peer = [], []
    duckdb = [runner.duckdb, str(HERE / "peer_duckdb.py"), str(db), "--quiet"]
    if runner.duckdb:
        runner.run(duckdb)  # warm-up (and a skip, with its message, if duckdb is absent)
    for i in range(repeat):
        r = runner.run([*base, "--all", "--json"], tree=True)  # stdout -> /dev/null
        log(f"conflicts --all {n:,}: run {i + 1}/{repeat}: {r.wall:.2f} s, {r.maxrss_mb:.0f} MB")
        runs.append(r)
        if runner.duckdb:  # interleaved: the load of a shared host weighs on both alike
            peer.append(runner.run(duckdb))
            log(f"duckdb's grouping {n:,}: run {i + 1}/{repeat}: {peer[-1].wall:.2f} s")
    out["all_run"] = summarise(runs)
    if peer:
        out["all_duckdb_run"] = summarise(peer)
        out["all_vs_duckdb"] = statistics.median(
            r.wall / d.wall for r, d in zip(runs, peer, strict=True)
        )
    out["all_run"]["warmup_s"] = first.wall
    out["all_run"]["per_s"] = n / out["all_run"]["median_s"]
    return out


# Read commands next to the peer's nearest equivalent on the same file (issue #28): what each
# prints differs (a table of five claims against five rows as JSON; ranked hits against hits),
# both are whole processes from spawn to exit, warm cache.
READS = (
    ("list SUBJ --limit 5", ["list", "{subject}", "--limit", "5"],
     ["rows", "{db}", "claims", "--where", "subject = :s", "-p", "s", "{subject}", "--limit", "5"]),
    ("search WORD --limit 5", ["search", "convoy", "--limit", "5"],
     ["search", "{db}", "claims", "convoy", "--limit", "5"]),
)  # fmt: skip


def bench_reads(runner: Runner, n: int, work: Path, repeat: int) -> dict[str, Any]:
    """Each read command against its peer in interleaved rounds (claimtrack, peer, claimtrack,
    peer, ...: the load of a shared machine weighs on both alike), on the largest subject."""
    db = work / f"ct-{n}.db"
    subject, size = largest_subject(db)
    out: dict[str, Any] = {"subject": subject, "subject_claims": size}
    rounds = max(15, 5 * repeat)

    def fill(args: list[str]) -> list[str]:
        return [a.format(subject=subject, db=db) for a in args]

    for label, ours, theirs in READS:
        mine = [runner.claimtrack, "--db", str(db), *fill(ours)]
        peer = [runner.sqlite_utils, *fill(theirs)]
        # warm-up; the first search after the import builds the full-text index (round 10):
        # its time is kept apart
        first = runner.run(mine)
        runner.run(peer)
        a, b = [], []
        for _ in range(rounds):
            a.append(runner.run(mine))
            b.append(runner.run(peer))
        ratio = statistics.median(x.wall / y.wall for x, y in zip(a, b, strict=True))
        entry = {
            "claimtrack": summarise(a),
            "sqlite_utils": summarise(b),
            "vs_peer": ratio,
            "min_vs_min": min(x.wall for x in a) / min(y.wall for y in b),
            "first_run": summarise([first]),
        }
        log(f"{label} ({n:,}): {entry['claimtrack']['median_s'] * 1000:.0f} ms = {ratio:.2f}x")
        out[label] = entry
    return out


def bench_helpers(runner: Runner, quick: bool) -> dict[str, Any]:
    """Run the benchmarks kept beside this one (``HELPERS``), each in the venv's Python: a
    module missing, failing or returning no number is reported, not fatal."""
    out: dict[str, Any] = {}
    for name in HELPERS:
        if not (HERE / f"{name}.py").exists():
            out[name] = {"error": f"bench/{name}.py not present"}
            continue
        code = (
            "import json, sys; sys.path.insert(0, sys.argv[1]); "
            f"import {name} as m; print(json.dumps(m.run(quick=sys.argv[2] == '1')))"
        )
        p = subprocess.run(
            [runner.python, "-c", code, str(HERE), "1" if quick else "0"],
            capture_output=True,
            text=True,
            env=runner.env,
        )
        try:
            if p.returncode != 0:
                raise BenchError(p.stderr.strip().splitlines()[-1] if p.stderr.strip() else "")
            numbers = json.loads(p.stdout.strip().splitlines()[-1])
            out[name] = {str(k): float(v) for k, v in numbers.items()}
            log(f"{name}: {out[name]}")
        except (BenchError, ValueError, IndexError, AttributeError, TypeError) as e:
            out[name] = {"error": f"bench/{name}.py failed (exit {p.returncode}): {e}"}
            log(f"{name} failed:\n{p.stderr[-2000:]}")
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
