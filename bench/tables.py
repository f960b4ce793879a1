"""The benchmark's tables: a run's results as plain text or Markdown (``report``)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from sections import ANCHORS  # noqa: E402


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

    reads = res.get("reads", {})
    rows, rounds = [], 0
    for k in sorted(reads, key=int):
        r = reads[k]
        for label, e in r.items():
            if not isinstance(e, dict):
                continue
            rounds = e["claimtrack"]["runs"]
            ours, peer = e["claimtrack"], e["sqlite_utils"]
            rows.append(
                [
                    f"{int(k):,}",
                    label.replace("SUBJ", f"{r['subject']} ({r['subject_claims']:,} claims)"),
                    f"{ours['median_s'] * 1000:.0f} / {ours['min_s'] * 1000:.0f}",
                    f"{peer['median_s'] * 1000:.0f} / {peer['min_s'] * 1000:.0f}",
                    f"{e['vs_peer']:.2f}",
                    f"{e['min_vs_min']:.2f}",
                ]
            )
    section(
        f"Read commands against sqlite-utils (whole process, {rounds} interleaved rounds)",
        ["claims in db", "command", "median / min ms", "peer median / min ms",
         "ratio (median of pairs)", "min / min"],
        rows,
    )  # fmt: skip

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
        [
            b["budget"],
            b["target"],
            b["measured"],
            "context"
            if b.get("context")
            else "not measured"
            if b["met"] is None
            else "met"
            if b["met"]
            else "not met",
        ]
        for b in budgets
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
        f"code: claimtrack from {m.get('claimtrack_path')} ({m.get('engine', 'engine: unknown')}); "
        f"git {fp.get('git_head')}"
        + (
            f" + uncommitted changes in {len(fp.get('src_dirty', []))} src file(s)"
            if fp.get("src_dirty")
            else ""
        )
        + f", src sha256 {fp.get('src_sha256')}; total bench time {res.get('seconds', 0):.0f} s"
    )
    return "\n".join(parts)
