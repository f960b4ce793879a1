"""DuckDB's grouping of ``conflicts --all`` on claimtrack's own SQLite file (issue #28's peer).

    /tmp/ddbv/bin/python bench/peer_duckdb.py DB                  # counts and one timing
    /tmp/ddbv/bin/python bench/peer_duckdb.py DB --check ALL.json # counts against claimtrack's
    /tmp/ddbv/bin/python bench/peer_duckdb.py DB --rounds 5 \\
        --claimtrack "env PYTHONPATH=DIR python3 -m claimtrack"   # interleaved rounds, ratio

Needs the standard library and ``duckdb`` with its ``sqlite_scanner`` extension, never a
claimtrack dependency: ``python3 -m venv /tmp/ddbv && /tmp/ddbv/bin/pip install duckdb
duckdb-extensions duckdb-extension-sqlite-scanner`` (the extension from PyPI, no download from
extensions.duckdb.org). Without them it says so and exits 0 (a skip, not a failure).

The query (``QUERY``) is the engine's core rules in their simplest SQL, one statement over the
``claims`` table as DuckDB attaches it, per subject:

* **figure groups in disagreement** (rules 1, 2, 7, 8): active figures of one measure and
  dimension, each interval widened by its rounding (the low not below 0, an empty high +inf);
  the groups of rule 2: one per ``as_of`` date with the undated figures not stated surely
  before it, and the undated alone when there is no date, two dates or more, or an undated
  figure left out of the one date (then a dated group counts only when a dated figure of it is
  disjoint from one of the group); a group disagrees when its largest low is above its
  smallest high (some two of its intervals do not overlap). claimtrack's count: its figure
  conflicts plus its minor figure differences (materiality only sorts a disagreement into one
  list or the other).
* **figure reversals** (rule 4): a claimant with two of their own figures on a measure disjoint
  within one of the groups above; claimtrack's count takes its minor reversals too.
* both again, apart, for the measures whose names read like a running count (``RUNNING_WORDS``,
  the engine's list): there rule 9 makes figures that rise with their dates a hint, and a
  claimant's later lower figure a revision, which this SQL does not follow.
* **disputed propositions** (rule 3): a proposition affirmed and denied.
* **stance reversals** (rule 4): a claimant (``claimant_key``) who affirms and denies one
  proposition.

What it leaves out, against the engine (docs/conflicts.md): materiality on the figures' cores
(rule 6: dispute or minor), one article one statement (rule 4), running counts and revisions
(rule 9), sums (rule 10), echoes and relays (rule 11), origins and grades (rule 12),
definitions and comparisons (rule 13), claimant aliases, walk-backs, time flags, positions
(the sweep: which claims stand together), the ids, texts and dates of each finding, and the
JSON document itself: DuckDB returns one row of six counts per subject where claimtrack writes
every finding in full (about 200 bytes per claim). docs/performance.md compares the counts.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shlex
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

QUERY = """
WITH f AS (
    SELECT subject, claimant_key AS who, measure AS topic, coalesce(dimension, 'count') AS dim,
           greatest(base_low - coalesce(base_rounding, 0), 0) AS lo,
           coalesce(base_high + coalesce(base_rounding, 0), 'infinity'::DOUBLE) AS hi,
           as_of, coalesce(said_on, reported_on) AS stated,
           list_has_any(string_split(replace(measure, '_', '-'), '-'), RUNNING) AS running
    FROM s.claims
    WHERE status = 'active' AND kind = 'figure' AND base_low IS NOT NULL
),
dates AS (SELECT DISTINCT subject, topic, dim, as_of FROM f WHERE as_of IS NOT NULL),
member AS (  -- rule 2's dated groups: a date's figures, and the undated not stated before it
    SELECT f.subject, f.topic, f.dim, d.as_of AS grp, f.who, f.lo, f.hi, f.as_of, f.running,
           f.as_of IS NOT NULL OR NOT coalesce(
               f.stated < d.as_of AND NOT starts_with(d.as_of, f.stated), false) AS inside
    FROM f JOIN dates AS d
      ON f.subject = d.subject AND f.topic = d.topic AND f.dim = d.dim
     AND (f.as_of = d.as_of OR f.as_of IS NULL)
),
split AS (  -- measures whose undated figures are a group of their own: not one date holding all
    SELECT subject, topic, dim, count(DISTINCT grp) <> 1 OR NOT bool_and(inside) AS apart
    FROM member GROUP BY ALL
),
g AS (
    SELECT subject, topic, dim, grp, who, lo, hi, as_of, running FROM member WHERE inside
    UNION ALL
    SELECT f.subject, f.topic, f.dim, '' AS grp, f.who, f.lo, f.hi, f.as_of, f.running
    FROM f LEFT JOIN split AS p
      ON f.subject = p.subject AND f.topic = p.topic AND f.dim = p.dim
    WHERE f.as_of IS NULL AND coalesce(p.apart, true)
),
disputes AS (
    SELECT g.subject, count(*) FILTER (WHERE NOT running) AS figures,
           count(*) FILTER (WHERE running) AS running_figures
    FROM (
        SELECT subject, topic, dim, grp, running, max(lo) AS top, min(hi) AS bottom,
               max(lo) FILTER (WHERE as_of IS NOT NULL) AS dated_top,
               min(hi) FILTER (WHERE as_of IS NOT NULL) AS dated_bottom
        FROM g GROUP BY ALL
    ) AS g LEFT JOIN split AS p
      ON g.subject = p.subject AND g.topic = p.topic AND g.dim = p.dim
    WHERE g.top > g.bottom
      AND (g.grp = '' OR NOT p.apart OR g.dated_top > g.bottom OR g.dated_bottom < g.top)
    GROUP BY g.subject
),
own AS (
    SELECT subject,
           count(DISTINCT (topic, dim, who)) FILTER (WHERE NOT running) AS figure_reversals,
           count(DISTINCT (topic, dim, who)) FILTER (WHERE running) AS running_reversals
    FROM (
        SELECT subject, topic, dim, who, running FROM g
        GROUP BY subject, topic, dim, who, grp, running HAVING max(lo) > min(hi)
    ) GROUP BY subject
),
sides AS (
    SELECT subject, proposition AS topic, claimant_key AS who,
           bool_or(stance = 'affirms') AS yes, bool_or(stance = 'denies') AS no
    FROM s.claims
    WHERE status = 'active' AND kind = 'stance'
    GROUP BY subject, proposition, claimant_key
),
stances AS (
    SELECT subject, count(*) FILTER (WHERE yes AND no) AS propositions,
           sum(reversals) AS stance_reversals
    FROM (
        SELECT subject, topic, bool_or(yes) AS yes, bool_or(no) AS no,
               count(*) FILTER (WHERE yes AND no) AS reversals
        FROM sides GROUP BY subject, topic
    ) GROUP BY subject
)
SELECT subject, coalesce(d.figures, 0) AS figures,
       coalesce(o.figure_reversals, 0) AS figure_reversals,
       coalesce(d.running_figures, 0) AS running_figures,
       coalesce(o.running_reversals, 0) AS running_reversals,
       coalesce(s.propositions, 0) AS propositions,
       coalesce(s.stance_reversals, 0) AS stance_reversals
FROM disputes AS d FULL JOIN own AS o USING (subject) FULL JOIN stances AS s USING (subject)
WHERE coalesce(d.figures, 0) + coalesce(o.figure_reversals, 0) + coalesce(s.propositions, 0)
      + coalesce(s.stance_reversals, 0) + coalesce(d.running_figures, 0)
      + coalesce(o.running_reversals, 0) > 0
ORDER BY subject
"""

KINDS = (
    "figures",
    "figure_reversals",
    "running_figures",
    "running_reversals",
    "propositions",
    "stance_reversals",
)
# The words of a measure's name that the engine reads as a running count (rule 9,
# claimtrack.conflicts.timing._RUNNING): on such a measure figures that rise with their dates
# are a hint, not a dispute, and a claimant's later lower figure a revision. The query counts
# these measures apart; they are where the two definitions do not coincide.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from claimtrack.conflicts.timing import _RUNNING  # noqa: E402  (pure Python: no pydantic)

RUNNING_WORDS = tuple(sorted(_RUNNING))  # the engine's own list, never a copy of it
QUERY = QUERY.replace("RUNNING", "[" + ", ".join(f"'{w}'" for w in RUNNING_WORDS) + "]")


def reads_running(measure: str) -> bool:
    return not set(RUNNING_WORDS).isdisjoint(measure.replace("_", "-").split("-"))


def load_duckdb() -> Any:
    """``duckdb`` with its sqlite extension loaded, or None (with the reason on stderr)."""
    try:
        import duckdb
        from duckdb_extensions import import_extension
    except ImportError as e:
        print(
            f"skipped: duckdb is not installed here ({e.name}); see this file's docstring",
            file=sys.stderr,
        )
        return None
    import_extension("sqlite_scanner")
    return duckdb


def duckdb_counts(duckdb: Any, db: Path) -> tuple[dict[str, tuple[int, ...]], float, float]:
    """Per subject, the six counts (``KINDS``); wall and CPU seconds of connect, attach, query
    and fetch."""
    wall, cpu = time.perf_counter(), time.process_time()
    con = duckdb.connect()
    con.execute("LOAD sqlite_scanner")
    con.execute(f"ATTACH '{db}' AS s (TYPE sqlite, READ_ONLY)")
    rows = con.execute(QUERY).fetchall()
    con.close()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {r[0]: tuple(r[1:]) for r in rows}, wall, cpu


def claimtrack_counts(document: dict[str, Any]) -> dict[str, tuple[int, ...]]:
    """The same six counts from claimtrack's ``conflicts --all --json`` document."""
    out: dict[str, tuple[int, ...]] = {}
    for item in document["subjects"]:
        c: Counter[str] = Counter()
        for finding in item["conflicts"] + item["minor"]:
            kind = finding.get("kind")
            if kind == "figure":
                c["running_figures" if reads_running(finding["measure"]) else "figures"] += 1
            elif kind == "stance":
                c["propositions"] += 1
            elif kind == "reversal" and "measure" in finding:
                running = reads_running(finding["measure"])
                c["running_reversals" if running else "figure_reversals"] += 1
            elif kind == "reversal":
                c["stance_reversals"] += 1
        counts = tuple(c[k] for k in KINDS)
        if any(counts):
            out[item["subject"]] = counts
    return out


def compare(ours: dict[str, tuple[int, ...]], theirs: dict[str, tuple[int, ...]]) -> list[str]:
    """One line per kind: totals, and the subjects where the two counts differ."""
    lines = []
    for i, kind in enumerate(KINDS):
        a = sum(v[i] for v in theirs.values())
        b = sum(v[i] for v in ours.values())
        differ = sorted(
            s
            for s in set(ours) | set(theirs)
            if ours.get(s, (0,) * len(KINDS))[i] != theirs.get(s, (0,) * len(KINDS))[i]
        )
        more = ", ".join(differ[:3]) + (" ..." if len(differ) > 3 else "")
        lines.append(
            f"{kind:17} claimtrack {a:>8,}  duckdb {b:>8,}  subjects differing {len(differ):>5,}"
            + (f" ({more})" if differ else "")
        )
    return lines


def time_claimtrack(command: list[str], db: Path, out: Path | None = None) -> tuple[float, float]:
    """Wall and CPU (user+sys of the process and its children) of ``conflicts --all --json``,
    its output to ``out`` (else /dev/null, as the budget is measured)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = time.perf_counter()
    with open(out or os.devnull, "wb") as sink:
        done = subprocess.run(
            [*command, "--db", str(db), "conflicts", "--all", "--json"],
            stdout=sink,
            stderr=subprocess.PIPE,
            check=False,
        )
    wall = time.perf_counter() - wall
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        sys.exit(f"claimtrack failed: {done.stderr.decode(errors='replace').strip()}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def time_duckdb_process(db: Path) -> tuple[float, float]:
    """Wall and CPU of DuckDB's grouping as a whole process (start-up and import included),
    as claimtrack's is measured."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = time.perf_counter()
    subprocess.run([sys.executable, __file__, str(db), "--quiet"], check=True)
    wall = time.perf_counter() - wall
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def median(xs: list[float]) -> float:
    s = sorted(xs)
    return s[len(s) // 2] if len(s) % 2 else (s[len(s) // 2 - 1] + s[len(s) // 2]) / 2


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("db", type=Path)
    ap.add_argument("--check", type=Path, help="claimtrack's --all --json document to compare")
    ap.add_argument(
        "--claimtrack",
        help="the claimtrack command to time against, e.g. "
        "'env PYTHONPATH=DIR python3 -m claimtrack'",
    )
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--json", action="store_true", help="the rounds as JSON on stdout")
    ap.add_argument("--quiet", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if not args.db.exists():
        sys.exit(f"no database {args.db}")
    duckdb = load_duckdb()
    if duckdb is None:
        return 0
    ours, wall, cpu = duckdb_counts(duckdb, args.db)
    if args.quiet:
        return 0
    print(
        f"duckdb {duckdb.__version__}: {len(ours):,} subjects with a finding, "
        f"{wall:.2f} s wall, {cpu:.2f} s CPU (in process)"
    )
    if args.check:
        for line in compare(ours, claimtrack_counts(json.loads(args.check.read_bytes()))):
            print(line)
    if args.claimtrack:
        command = shlex.split(args.claimtrack)
        rounds: list[dict[str, Any]] = []
        with tempfile.TemporaryDirectory() as tmp:  # a warm-up of both, and the counts
            document = Path(tmp) / "all.json"
            time_duckdb_process(args.db)
            time_claimtrack(command, args.db, document)
            size = document.stat().st_size
            for line in compare(ours, claimtrack_counts(json.loads(document.read_bytes()))):
                print(line)
        for r in range(args.rounds):  # interleaved: each round runs both, in turn
            load = os.getloadavg()[0]
            d_wall, d_cpu = time_duckdb_process(args.db)
            c_wall, c_cpu = time_claimtrack(command, args.db)
            rounds.append(
                {
                    "duckdb_wall": d_wall,
                    "duckdb_cpu": d_cpu,
                    "claimtrack_wall": c_wall,
                    "claimtrack_cpu": c_cpu,
                    "load": load,
                    "bytes": size,
                }
            )
            print(
                f"round {r + 1} (load {load:.1f}): duckdb {d_wall:.2f} s wall {d_cpu:.2f} s "
                f"CPU; claimtrack {c_wall:.2f} s wall {c_cpu:.2f} s CPU",
                file=sys.stderr,
            )
        dw, dc = (
            median([x["duckdb_wall"] for x in rounds]),
            median([x["duckdb_cpu"] for x in rounds]),
        )
        cw = median([x["claimtrack_wall"] for x in rounds])
        cc = median([x["claimtrack_cpu"] for x in rounds])
        print(
            f"medians of {len(rounds)}: duckdb {dw:.2f} s wall, {dc:.2f} s CPU; claimtrack "
            f"{cw:.2f} s wall, {cc:.2f} s CPU; ratio {cw / dw:.2f}x wall, {cc / dc:.2f}x CPU"
        )
        if args.json:
            print(json.dumps({"rounds": rounds, "ratio_wall": cw / dw, "ratio_cpu": cc / dc}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
