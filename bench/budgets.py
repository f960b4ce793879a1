"""Issue #18's budgets and how a run's results are judged against them (``evaluate``)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import generate as gen  # noqa: E402

BUDGET_HELP_VS_PEER = 1.2  # claimtrack --help: at most this many times sqlite-utils --help
# import claims/s: at least this many times sqlite-utils insert --nl (issue 28: 1.0x, and 1.5x
# "where the schema allows": the stretch, shown beside the budget)
BUDGET_IMPORT_VS_PEER = 1.0
BUDGET_IMPORT_VS_PEER_STRETCH = 1.5
BUDGET_IMPORT_MB = 200  # peak RSS of claimtrack import, at 1M
BUDGET_CONFLICTS_SUBJECT_VS_BASELINE = 1.3  # conflicts SUBJ --json / minimal typer app
BUDGET_CONFLICTS_TEXT_S = 0.6  # conflicts SUBJ (text), 10,000-claim subject in the 1M db
BUDGET_CONFLICTS_ALL_S = 10.0  # conflicts --all --json over 1M claims
# conflicts --all --json at 1M: at most this many times DuckDB's grouping on the same SQLite
# file (bench/peer_duckdb.py, run.py --duckdb PYTHON; issue 28)
BUDGET_CONFLICTS_ALL_VS_DUCKDB = 1.5
BUDGET_PARSER_IMPORT_MS = 10.0  # python -X importtime: claimtrack.quantities, cumulative
BUDGET_PARSER_US = 50.0  # uncached parse_figure, per phrase
BUDGET_FIGURE_UNIT_MS = 50.0  # claimtrack figure "6 km" at most this much slower than "250"
BUDGET_SCALING = 2.0  # per-claim time at the largest size / at the smallest (n log n passes)
BUDGET_EXTRACT_S = 0.2  # bench/extract.py: seconds per article
BUDGET_REPORT_S = 3.0  # bench/report.py: seconds for a 10,000-claim subject
BUDGET_LIST_VS_PEER = 1.2  # list SUBJ --limit 5: at most this many times sqlite-utils rows
BUDGET_SIZE = 1_000_000

# Two absolute budgets (``--all`` and the text output, in seconds) were set from runs on this
# machine when issue #18 was written; its speed has drifted since (up to 2x between days). Two
# peers measured in the same run give the drift: sqlite-utils insert --nl at 100,000 rows
# (21,280 rows/s in the issue) for work, sqlite-utils --help (221 ms) for start-up. Each
# absolute budget is judged on its raw time; its time at the issue's speed is shown beside it.
ISSUE_PEER_INSERT_N = 100_000
ISSUE_PEER_INSERT_PER_S = 21_280.0
ISSUE_PEER_HELP_S = 0.221

HELPERS = {
    "extract": ("extract: seconds per article", "extract_s_per_article", BUDGET_EXTRACT_S),
    "report": ("report: one 10,000-claim subject", "report_command_s", BUDGET_REPORT_S),
}


def evaluate(res: dict[str, Any]) -> list[dict[str, Any]]:
    """Every budget of issue #18 that this run measured: target, measured (with the ratio
    the budget is written in) and met or not."""
    out: list[dict[str, Any]] = []

    def add(
        name: str, target: str, measured: str, met: bool | None, note: str = "", **extra: Any
    ) -> None:
        out.append(
            {"budget": name, "target": target, "measured": measured, "met": met, "note": note}
            | extra
        )

    drift = host_drift(res)
    if drift:
        add(
            "host speed against the issue's runs (context, not a budget)",
            "the issue's machine: "
            f"sqlite-utils insert {ISSUE_PEER_INSERT_PER_S:,.0f} rows/s at "
            f"{ISSUE_PEER_INSERT_N:,}, --help {ISSUE_PEER_HELP_S * 1000:.0f} ms",
            "; ".join(
                f"{label} {value} = {factor:.2f}x slower" for label, value, factor in drift.values()
            ),
            None,
            context=True,
        )

    def at_issue_speed(seconds: float, kind: str) -> str:
        if kind not in drift:
            return ""
        factor = drift[kind][2]
        return f"; {seconds / factor:.2f} s at the issue's host speed (/{factor:.2f})"

    st = res.get("startup")
    if st:
        ct = st["commands"]["claimtrack --help"]["median_s"]
        peer = st["commands"]["sqlite-utils --help"]["median_s"]
        add(
            "start-up: claimtrack --help",
            f"<= {BUDGET_HELP_VS_PEER:g}x sqlite-utils --help ({peer * 1000:.0f} ms)",
            f"{ct * 1000:.0f} ms = {ct / peer:.2f}x",
            ct <= BUDGET_HELP_VS_PEER * peer,
        )
        cmds = st["commands"]
        if "claimtrack figure '6 km'" in cmds and "claimtrack figure '250'" in cmds:
            unit = cmds["claimtrack figure '6 km'"]["median_s"]
            bare = cmds["claimtrack figure '250'"]["median_s"]
            add(
                "start-up: claimtrack figure with a unit",
                f"'6 km' <= '250' + {BUDGET_FIGURE_UNIT_MS:g} ms ({bare * 1000:.0f} ms)",
                f"{unit * 1000:.0f} ms ({(unit - bare) * 1000:+.0f} ms)",
                unit - bare <= BUDGET_FIGURE_UNIT_MS / 1000,
            )
    imp = res.get("import", {})
    for k in sorted(imp, key=int):
        n = int(k)
        r = imp[k]
        if "sqlite_utils" not in r or (n < 100_000 and k != max(imp, key=int)):
            continue  # the budget is stated at 100k and at 1M (and the largest size run)
        per_s, peer = r["claimtrack"]["per_s"], r["sqlite_utils"]["per_s"]
        add(
            f"import {n:,}: speed vs sqlite-utils insert --nl",
            f">= {BUDGET_IMPORT_VS_PEER:g}x the peer ({peer:,.0f} rows/s; stretch "
            f"{BUDGET_IMPORT_VS_PEER_STRETCH:g}x)",
            f"{per_s:,.0f} claims/s = {per_s / peer:.2f}x",
            per_s >= BUDGET_IMPORT_VS_PEER * peer,
        )
    if imp:
        n = max(int(k) for k in imp)
        r = imp[str(n)]
        at = f" at {n:,}" + ("" if n >= BUDGET_SIZE else f" (budget is for {BUDGET_SIZE:,})")
        mb = r["claimtrack"]["peak_mb"]
        pss = r["claimtrack"].get("tree_pss_mb")
        add(
            "import: peak memory (all processes)",
            f"< {BUDGET_IMPORT_MB} MB{at}",
            f"{mb:.0f} MB RSS"
            + (f" ({pss:.0f} MB PSS)" if pss else "")
            + f" = {mb / BUDGET_IMPORT_MB:.2f}x the budget",
            mb < BUDGET_IMPORT_MB,
        )
    con = res.get("conflicts", {})
    csizes = sorted(int(k) for k in con)
    if csizes:
        n = csizes[-1]
        c = con[str(n)]
        where = f" ({c['subject']}, {c['subject_claims']:,} claims, {n:,}-claim db)"
        if c["subject"] != gen.BIG_SUBJECT or n < BUDGET_SIZE:
            where += f"; budget is for {gen.BIG_SUBJECT} in the {BUDGET_SIZE:,}-claim db"
        t = c["subject_run"]["median_s"]
        if "subject_floor_run" in c:
            floor = c["subject_floor_run"]["median_s"]
            ratio = c["subject_vs_floor"]
            add(
                "conflicts SUBJECT --json vs a minimal typer app (interleaved)",
                f"<= {BUDGET_CONFLICTS_SUBJECT_VS_BASELINE:g}x the app ({floor * 1000:.0f} ms)",
                f"{t * 1000:.0f} ms = {ratio:.2f}x (median of per-pair ratios){where}",
                ratio <= BUDGET_CONFLICTS_SUBJECT_VS_BASELINE,
            )
        if "subject_text_run" in c:
            tt = c["subject_text_run"]["median_s"]
            add(
                "conflicts SUBJECT (text)",
                f"< {BUDGET_CONFLICTS_TEXT_S:g} s",
                f"{tt:.3f} s = {tt / BUDGET_CONFLICTS_TEXT_S:.2f}x the budget{where}"
                + at_issue_speed(tt, "startup"),
                tt < BUDGET_CONFLICTS_TEXT_S,
            )
        t = c["all_run"]["median_s"]
        add(
            "conflicts --all --json > /dev/null",
            f"< {BUDGET_CONFLICTS_ALL_S:g} s at {n:,}"
            + ("" if n >= BUDGET_SIZE else f" (budget is for {BUDGET_SIZE:,})"),
            f"{t:.2f} s = {t / BUDGET_CONFLICTS_ALL_S:.2f}x the budget, "
            f"{c['all_run']['peak_mb']:.0f} MB" + at_issue_speed(t, "work"),
            t < BUDGET_CONFLICTS_ALL_S,
        )
        if "all_vs_duckdb" in c:
            d = c["all_duckdb_run"]["median_s"]
            ratio = c["all_vs_duckdb"]
            add(
                "conflicts --all --json vs DuckDB's grouping (interleaved)",
                f"<= {BUDGET_CONFLICTS_ALL_VS_DUCKDB:g}x DuckDB ({d:.2f} s) at {n:,}"
                + ("" if n >= BUDGET_SIZE else f" (budget is for {BUDGET_SIZE:,})"),
                f"{t:.2f} s = {ratio:.2f}x (median of per-pair ratios; CPU "
                f"{c['all_run']['cpu_s']:.2f} s against {c['all_duckdb_run']['cpu_s']:.2f} s)",
                ratio <= BUDGET_CONFLICTS_ALL_VS_DUCKDB,
            )
    reads = res.get("reads", {})
    if reads:
        n = max(int(k) for k in reads)
        r = reads[str(n)]
        e = r["list SUBJ --limit 5"]
        t, peer = e["claimtrack"]["median_s"], e["sqlite_utils"]["median_s"]
        add(
            "list SUBJECT --limit 5 vs sqlite-utils rows (interleaved)",
            f"<= {BUDGET_LIST_VS_PEER:g}x the peer ({peer * 1000:.0f} ms)",
            f"{t * 1000:.0f} ms = {e['vs_peer']:.2f}x (median of per-pair ratios; "
            f"min/min {e['min_vs_min']:.2f}x) ({r['subject']}, {r['subject_claims']:,} claims, "
            f"{n:,}-claim db)",
            e["vs_peer"] <= BUDGET_LIST_VS_PEER,
        )
    for name, entry in (res.get("helpers") or {}).items():
        label, key, limit = HELPERS[name]
        if "error" in entry:
            add(label, f"< {limit:g} s", f"not measured: {entry['error']}", None)
            continue
        value = entry.get(key, next(iter(entry.values()), None))
        if value is None:
            add(label, f"< {limit:g} s", "not measured: no number returned", None)
            continue
        add(
            label,
            f"< {limit:g} s",
            f"{value:.3f} s = {value / limit:.2f}x the budget",
            value < limit,
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


def host_drift(res: dict[str, Any]) -> dict[str, tuple[str, str, float]]:
    """How much slower this run's host is than the issue's, by peer: kind -> (what, value,
    factor); "work" needs an import at 100,000 rows, "startup" the start-up section."""
    drift: dict[str, tuple[str, str, float]] = {}
    peer = res.get("import", {}).get(str(ISSUE_PEER_INSERT_N), {}).get("sqlite_utils")
    if peer:
        rate = peer["per_s"]
        drift["work"] = (
            f"sqlite-utils insert at {ISSUE_PEER_INSERT_N:,}",
            f"{rate:,.0f} rows/s",
            ISSUE_PEER_INSERT_PER_S / rate,
        )
    help_run = res.get("startup", {}).get("commands", {}).get("sqlite-utils --help")
    if help_run:
        t = help_run["median_s"]
        drift["startup"] = ("sqlite-utils --help", f"{t * 1000:.0f} ms", t / ISSUE_PEER_HELP_S)
    return drift
