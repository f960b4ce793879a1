"""How long `claimtrack report` takes on a 10,000-claim subject, and how long a browser takes
to open the result.

    python bench/report.py            # 3 repeats, prints a table and the numbers as JSON
    python bench/report.py --quick    # 1 repeat

``run(quick)`` returns the numbers (seconds, megabytes) for bench/run.py:

* ``report_build_s``: reading the subject and building the report data (in process);
* ``report_html_s`` / ``report_md_s``: rendering that data to HTML / Markdown (in process);
* ``report_command_s``: ``claimtrack report big-subject -o FILE`` as a whole process, and
  ``report_command_cpu_s`` its CPU time (user + system: what it costs on a machine shared
  with other work, where the wall time also counts the waiting);
* ``report_html_mb``: the size of the HTML file;
* ``report_browser_open_s``: headless Chromium loading that file (its ``load`` event), when a
  Chromium can be had (see scripts/report_screenshot.py); absent otherwise.

The subject is bench/generate.py's synthetic ``big-subject`` mix: 10,000 claims from one
subject's claimants, measures and propositions (seed 1), imported into a fresh database.
"""

from __future__ import annotations

import importlib.util
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import generate as gen  # noqa: E402

SUBJECT = gen.BIG_SUBJECT
SIZE = gen.BIG_SUBJECT_SIZE
BUDGET_COMMAND_S = 3.0  # the budget for the whole command
BUDGET_BROWSER_S = 2.0  # ... and for a browser opening the file


def write_subject(path: Path, n: int = SIZE, seed: int = 1) -> None:
    """n claims of one synthetic subject, as JSONL."""
    rng = random.Random(seed)
    subject = gen.Subject(SUBJECT, n, rng)
    with open(path, "w", encoding="utf-8") as fh:
        for _ in range(n):
            fh.write(json.dumps(gen.make_claim(subject, rng), ensure_ascii=False) + "\n")


def _median(times: list[float]) -> float:
    return round(statistics.median(times), 3)


def _browser_open(html: Path, repeat: int) -> float | None:
    spec = importlib.util.spec_from_file_location(
        "report_screenshot", ROOT / "scripts" / "report_screenshot.py"
    )
    launcher = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(launcher)
    if launcher.unavailable():
        return None
    from playwright.sync_api import sync_playwright

    times = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        context = launcher.launch(p, Path(tmp))
        for _ in range(repeat):
            page = context.new_page()
            t0 = time.perf_counter()
            page.goto(html.as_uri(), wait_until="load")
            times.append(time.perf_counter() - t0)
            page.close()
        context.close()
    return _median(times)


def run(quick: bool = False) -> dict[str, float]:
    """Build the subject, then time the report; returns the numbers (see the module doc)."""
    from typer.testing import CliRunner

    from claimtrack.cli import _subject_report, app
    from claimtrack.reportdoc import to_html, to_markdown
    from claimtrack.store import Store

    repeat = 1 if quick else 3
    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        claims, db, html = tmpdir / "big.jsonl", tmpdir / "big.db", tmpdir / "big.html"
        write_subject(claims)
        Store.open(db).close()
        result = CliRunner().invoke(app, ["--db", str(db), "import", str(claims), "--new"])
        if result.exit_code != 0:
            raise RuntimeError(result.output)
        builds, htmls, mds = [], [], []
        for _ in range(repeat):
            store = Store.open(db)
            t0 = time.perf_counter()
            data = _subject_report(store, SUBJECT)
            t1 = time.perf_counter()
            to_html(data)
            t2 = time.perf_counter()
            to_markdown(data)
            t3 = time.perf_counter()
            store.close()
            builds.append(t1 - t0)
            htmls.append(t2 - t1)
            mds.append(t3 - t2)
        out["report_build_s"] = _median(builds)
        out["report_html_s"] = _median(htmls)
        out["report_md_s"] = _median(mds)
        command = [sys.executable, "-m", "claimtrack", "--db", str(db), "report", SUBJECT]
        times, cpu = [], []
        for _ in range(repeat):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.perf_counter()
            subprocess.run([*command, "-o", str(html)], check=True, capture_output=True)
            times.append(time.perf_counter() - t0)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        out["report_command_s"] = _median(times)
        out["report_command_cpu_s"] = _median(cpu)
        out["report_html_mb"] = round(html.stat().st_size / 1e6, 2)
        opened = _browser_open(html, repeat)
        if opened is not None:
            out["report_browser_open_s"] = opened
    return out


def main(argv: list[str]) -> int:
    try:
        import claimtrack  # noqa: F401
    except ImportError:  # run with the repository's virtual environment
        venv = ROOT / ".venv" / "bin" / "python"
        if venv.exists() and Path(sys.executable) != venv:
            os.execv(venv, [str(venv), __file__, *argv])
        print("error: claimtrack is not installed (pip install -e .)", file=sys.stderr)
        return 1
    numbers = run(quick="--quick" in argv)
    print(f"load average after the run: {os.getloadavg()[0]:.1f} (over {os.cpu_count()} cores)")
    budgets = {"report_command_s": BUDGET_COMMAND_S, "report_browser_open_s": BUDGET_BROWSER_S}
    for key, value in numbers.items():
        budget = budgets.get(key)
        verdict = "" if budget is None else ("  ok" if value < budget else f"  OVER {budget}")
        print(f"{key:24} {value:>8}{verdict}")
    print(json.dumps(numbers))
    return 0 if all(numbers.get(k, 0) < b for k, b in budgets.items()) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
