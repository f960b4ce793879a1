"""The benchmark's process runner: spawn a command, time it, and read its peak memory.

Standard library only. ``Runner`` runs commands with the Python, claimtrack and sqlite-utils of a
venv, in a clean environment (no ``PYTHON*``/``CLAIMTRACK_*`` variables, 100 columns).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


class BenchError(RuntimeError):
    pass


def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


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
        self.duckdb: str | None = None  # a Python with duckdb (bench/peer_duckdb.py), if given
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
