"""Which caveat of a finding each output carries (outputs13): a table of finding kind x caveat
x output, from real runs of the CLI.

Every fixture story of ``tests/fixtures`` that imports (as ``tests/test_one_finding.py`` reads
them), the bundled sample and the stories the docs' recorded runs build
(``scripts/capture_runs.py``) are loaded into temporary databases; for each subject the audit
runs ``conflicts --full`` and the default listing (the terminal), ``conflicts --json`` and
``conflicts --all --json``, ``conflicts --csv -``, ``conflicts --xlsx``, ``report`` (HTML) and
``report --format md``. The reference is what the terminal prints under a finding: the sheet's
``caveats`` cell (``report.finding_notes``, the lines `conflicts` prints under it; the tests
hold the two equal) and the caveats of time in its heading. Each line is named by its caveat
(``classify``) and looked for in every output: as text in the terminal, the reports and the
workbook, and as the key that says it in the JSON (``JSON_HAS``). A claim its outlet withdrew
(the JSON's ``withdrawn``; the docs' story "outputs18" makes two) must be said so beside it in both
reports and in ``show``, never as a bare "retracted", its claimant's word (outputs18), and have a
row of the fact-check sheet and the workbook, and its count in ``claimants --record --json``
(outputs19). Every subject is among ``conflicts --all``'s findings or listed with no conflict,
and a hint says no more than its figures: "only rise" with a later floor below an earlier
figure, "said on N dates" of another number of days (outputs19).

    python bench/caveat_audit.py [--stories a,b] [--markdown]

Prints one row per (finding kind, caveat): how many times the terminal says it, and in how
many of those each output does; exits 1 when an output misses a caveat the terminal gives
(a cell "n/a" is a caveat that output does not carry by design, said in docs/exports.md).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import re
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

OUTPUTS = ("terminal", "listing", "csv", "xlsx", "html", "md", "json", "json --all")

# (caveat, test of a caveat line), in the order they are tried: the first that matches names
# the line. The words are the engine's own (claimtrack.report, claimtrack.conflicts.timing,
# claimtrack.hints, claimtrack.relays, claimtrack.verdict_flags).
LINES: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("revised from (a quote)", lambda s: "its quote says the count was revised from it" in s),
    ("plan's stages (quotes)", lambda s: "in words of a plan's stages" in s),
    ("stated later (reversal)", lambda s: "a change rather than a reversal" in s),
    ("stated later", lambda s: "may describe a later moment (a change, not a dispute)" in s),
    # (a claimant's own figures that rise with the days they were said: "not a dispute with
    # itself", the same key; found unnamed by the whole audit on toll-rising, outputs17)
    (
        "own figures disagree",
        lambda s: "its own figures" in s and ("disagree" in s or "not a dispute with itself" in s),
    ),
    ("own update", lambda s: "order not known: its own update" in s),
    ("fall between claimants", lambda s: s.startswith("later and lower")),
    ("hint: each figure at its time", lambda s: "is cumulative, each figure at its time" in s),
    ("hint: compared as one moment", lambda s: "reads like a running count, not marked" in s),
    ("verdict on an earlier version", lambda s: " changed after its verdict (" in s),
    ("readings not re-checked", lambda s: "verify --readings" in s),
    ("forecast", lambda s: s.startswith("forecast of ") and " " not in s[len("forecast of ") :]),
    ("survey: no margin stated", lambda s: "survey estimates, each poll its own sample" in s),
    ("not comparable (another unit)", lambda s: ": not comparable: " in s and " vs " in s),
    # quotes31: a figure not in its quote, said under it ("not in its quote (imported
    # unchecked)", "paraphrase") and a paraphrase's note under the table
    ("not in its quote (unchecked)", lambda s: s.startswith("not in its quote")),
    ("paraphrase", lambda s: s.startswith("paraphrase")),
    ("relay: not an echo", lambda s: s.startswith("relaying ") and "not an echo" in s),
    ("relay: an echo", lambda s: s.startswith("relaying ")),
)
# Caveats an output does not carry, by design or left out (docs/exports.md says why): a cell
# "n/a" in the table, never a gap.
NOT_IN = {
    ("verdict on an earlier version", "json"): "no verdicts in the conflicts JSON",
    ("verdict on an earlier version", "json --all"): "no verdicts in the conflicts JSON",
    # the bounded listing names a position's claims (its first five), not what they relay;
    # the terminal's "(relaying NAME)" is beside each claim in --full
    ("relay: an echo", "listing"): "--full",
    ("relay: not an echo", "listing"): "--full",
    # quotes31: the bounded listing says it beside the claims it shows (a position's first
    # five); the JSON states it on every finding by its ``not_in_quote`` (a revision's, a
    # sum's and a reversal's since evidence17)
    ("paraphrase", "listing"): "--full",
    ("not in its quote (unchecked)", "listing"): "--full",
}


def classify(kind: str, line: str, first: bool) -> str:
    """The caveat a line under a finding of ``kind`` says (``first``: the finding's first)."""
    for name, test in LINES:
        if test(line):
            return name
    if kind == "sum" and first:
        return "sum's line"
    if kind == "revision":
        return "revision's meaning"
    if kind == "figure" and "reads as a dispute" in line:  # ``timing.time_note``'s three
        return "order not known (why)"
    # a line no caveat above names: a new phrase, which no output is known to carry (the
    # JSON has no key for it), so the audit reports it missing (outputs14)
    return "other: " + line[:60]


def heading_caveats(kind: str, heading: str) -> list[str]:
    """The caveats a finding's heading says (its kind, its caveats of time)."""
    found = []
    if "order not known" in heading:
        found.append("heading: order not known")
    if re.search(r"\(forecasts of [^)]", heading):
        found.append("heading: forecasts of a moment")
    if re.search(r"\d+ figures? stated later with no as_of", heading):
        found.append("heading: stated later (count)")
    if kind == "walk-back" and " passed on a position " in heading:
        found.append("heading: passed on a position")
    if heading.startswith("Fall between claimants"):
        found.append("heading: fall between claimants")
    return found


def _disputes(f: dict[str, Any]) -> list[dict[str, Any]]:
    """A figure finding, or the disputes a reversal tells (``disputes``)."""
    return [f] if f.get("kind") == "figure" else list(f.get("disputes", ()))


def _relaying(f: dict[str, Any]) -> list[dict[str, Any]]:
    found = list(f.get("relaying", ()))
    for p in f.get("positions", ()):
        found += p.get("relaying", ())
    return found


def _hint(code: str) -> Callable[[dict[str, Any], Any], bool]:
    return lambda f, ctx: any(
        h.get("hint") == code and h.get("finding") == ctx.number for h in ctx.doc["hints"]
    )


def _not_in_quote(f: dict[str, Any], ctx: Any, state: str) -> bool:
    """The finding's own ``not_in_quote`` (quotes31; a revision's, a sum's or a reversal's
    since evidence17), or a dispute's it tells, holds the line's claim in that state (any of
    its claims, for a line that names none)."""
    claim = getattr(ctx, "claim", None)
    found = [f, *_disputes(f)] if f.get("kind") != "figure" else [f]
    return any(
        x.get("state") == state and (claim is None or x.get("claim") == claim)
        for d in found
        for x in d.get("not_in_quote", ())
    )


# caveat -> whether a finding of the JSON (with its document and row) says it
JSON_HAS: dict[str, Callable[[dict[str, Any], Any], bool]] = {
    "revised from (a quote)": lambda f, ctx: any(d.get("revised_from") for d in _disputes(f)),
    "plan's stages (quotes)": lambda f, ctx: any(d.get("plan_stages") for d in _disputes(f)),
    "stated later (reversal)": lambda f, ctx: bool(f.get("stated_later")),
    "stated later": lambda f, ctx: any(d.get("stated_later") for d in _disputes(f)),
    "own figures disagree": lambda f, ctx: any(d.get("own_disagreements") for d in _disputes(f)),
    "own update": lambda f, ctx: any(d.get("updates") for d in _disputes(f)),
    "fall between claimants": lambda f, ctx: any(d.get("falls") for d in _disputes(f)),
    "hint: each figure at its time": _hint("each-figure-at-its-time"),
    "hint: compared as one moment": _hint("compared-as-one-moment"),
    "readings not re-checked": lambda f, ctx: bool(ctx.doc.get("readings")),
    "forecast": lambda f, ctx: any(
        x["claim"] == ctx.claim and ctx.line == f"forecast of {x['of']}"
        for x in f.get("forecast_claims", ())
    ),
    "survey: no margin stated": lambda f, ctx: any(
        h.get("hint") == "survey-margin-not-stated" and ctx.claim in h.get("claims", ())
        for h in ctx.doc["hints"]
    ),
    "not comparable (another unit)": lambda f, ctx: any(
        i["measure"] == d.get("measure") for d in _disputes(f) for i in ctx.doc["incomparable"]
    ),
    "not in its quote (unchecked)": lambda f, ctx: _not_in_quote(f, ctx, "unchecked"),
    "paraphrase": lambda f, ctx: _not_in_quote(f, ctx, "paraphrase"),
    "relay: not an echo": lambda f, ctx: any(
        r["claim"] == ctx.claim and r["echo"] is False for r in _relaying(f)
    ),
    "relay: an echo": lambda f, ctx: any(
        r["claim"] == ctx.claim and r["echo"] is True for r in _relaying(f)
    ),
    "sum's line": lambda f, ctx: (
        f.get("difference") is not None
        and ("whose order is not known" not in ctx.line or f.get("mixed") is True)
    ),
    "revision's meaning": lambda f, ctx: (
        f.get("kind") == "revision"
        and ("replaced its own estimate" not in ctx.line or f.get("direction") is not None)
        and ("which came last is not known" not in ctx.line or f.get("ordered") is False)
    ),
    "order not known (why)": lambda f, ctx: any(
        d.get("times_ordered") is False for d in _disputes(f)
    ),
    "heading: order not known": lambda f, ctx: (
        f.get("ordered") is False or any(d.get("times_ordered") is False for d in _disputes(f))
    ),
    "heading: stated later (count)": lambda f, ctx: any(
        len(d.get("stated_later", ())) == ctx.count for d in _disputes(f)
    ),
    "heading: passed on a position": lambda f, ctx: bool(_relaying(f)),
    # a figure dispute among forecasts says it by its key; a direction of forecasts (session
    # 42: "gdp went up (forecasts of 2024)") by its proposition's name and its forecast_claims
    "heading: forecasts of a moment": lambda f, ctx: (
        any(d.get("forecasts") is True for d in _disputes(f))
        or ("(forecasts of " in (f.get("proposition") or "") and bool(f.get("forecast_claims")))
    ),
    "heading: fall between claimants": lambda f, ctx: (
        f.get("kind") == "revision" and len(set(f["claimants"])) == 2
    ),
}


# outputs17: an amount read as a stranger reads it. Where an output rounds an interval for
# people (the span of a finding's sources, a chart's ticks) it says it in the largest scale
# that holds it: "$83,259 m+" (84.1 bn less 1%, every digit a scale down) and a tick of
# "$1000bn" were "$83 bn+" and "$1tn". (An exact reading after "=" may take the scale
# below, "1,356.3–1,383.7 m", by design: only the rounded texts are held to this.)
_SPAN = re.compile(
    r"\b(?:[Tt]he sources|corroborated positions) span (?P<amount>[^;]*?)(?:;|\.\s|$)"
)
_BELOW_SCALE = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d{4,})(?:\.\d+)?\s?(?:k|m|bn)\b")
_TICK_BELOW = re.compile(r"(?<![\d.,])1000\s?(?:k|m|bn)\b")
# a currency a reader is left to know by its ISO code ("TRY vs USD") where every amount of it
# is shown by its sign ("₺2 tn", "$84 bn"): the line names it as the sheet's unit does, "TRY (₺)"
_NOT_COMPARED = re.compile(r": not comparable: (?P<sides>.*?) \(\d+ claims?,")


def said_problems(text: str) -> list[str]:
    """What a text rounded for people says less plainly than its numbers: an amount of a
    span not in its largest scale, a chart's tick of a thousand of a scale, a currency of a
    side not compared named by its code alone."""
    from claimtrack.quantities.formatting import currency_sign

    found = [
        f"amount not in its scale: {x.group()!r} in {m.group('amount')!r}"
        for m in _SPAN.finditer(text)
        for x in _BELOW_SCALE.finditer(m.group("amount"))
    ]
    found += [f"tick not in its scale: {x.group()!r}" for x in _TICK_BELOW.finditer(text)]
    for m in _NOT_COMPARED.finditer(text):
        for side in m.group("sides").split(" vs "):
            code = side.split()[0]
            sign = currency_sign(code) if re.fullmatch(r"[A-Z]{3}", code) else None
            if sign is not None and sign != code and not side.startswith(f"{code} ({sign})"):
                found.append(f"currency by its code alone: {side!r} (the sheet: {code} ({sign}))")
    return found


class _Ctx:
    def __init__(self, doc: dict[str, Any], number: int, claim: str, line: str) -> None:
        self.doc, self.number, self.claim, self.line = doc, number, claim, line
        found = re.search(r"(\d+) figures? stated later", line)
        self.count = int(found.group(1)) if found else 0


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def squash(text: str) -> str:
    """Whitespace folded, Markdown's escapes undone: texts compared as a reader sees them."""
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|<>~])", r"\1", text)
    return " ".join(text.replace("\u2068", "").replace("\u2069", "").split())


def _stories() -> Iterator[tuple[str, Callable[[Path], Path]]]:
    """(name, make a database in a directory) for every story the audit reads."""
    from typer.testing import CliRunner

    from claimtrack.cli import app

    sys.path.insert(0, str(ROOT / "tests"))
    sys.path.insert(0, str(ROOT / "scripts"))
    import capture_runs

    from test_one_finding import STORIES

    def fixture(name: str) -> Callable[[Path], Path]:
        def make(directory: Path) -> Path:
            db = directory / f"{name}.db"
            runner = CliRunner()
            for args in (["init", "--empty", str(db)], ["--db", str(db), "import",
                         str(ROOT / "tests" / "fixtures" / f"{name}.jsonl")]):  # fmt: skip
                result = runner.invoke(app, args)
                if result.exit_code:
                    raise RuntimeError(f"{name}: {result.output}")
            return db

        return make

    def captured(name: str | None) -> Callable[[Path], Path]:
        return lambda directory: capture_runs.Databases(directory)(name)

    yield "sample", captured(None)
    for name in STORIES:
        yield name, fixture(name)
    for name in capture_runs.STORIES:
        yield f"docs:{name}", captured(name)


def withdrawn_problems(subject: str, doc: dict[str, Any], run: Callable[..., str]) -> list[str]:
    """Where an output says a claim its outlet withdrew (the JSON's ``withdrawn``) as its
    claimant's retraction, or as live (outputs18): the reports' "retracted" beside it, ``show``
    giving its status with no word of the withdrawal, ``list --include-retracted`` and
    ``search --include-retracted`` saying nothing or "retracted" (``run(*args)``: the stdout of
    a claimtrack command, wide)."""
    found = []
    page = _Text()
    page.feed(run("report", subject, "-o", "-"))
    texts = {
        "md": squash(run("report", subject, "--format", "md")),
        "html": squash("".join(page.parts)),
    }
    listing = run("list", subject, "--include-retracted").splitlines()
    for w in doc.get("withdrawn", ()):
        cid = w["claim"]
        for output, text in texts.items():
            said = re.findall(rf"(?<![\w-]){re.escape(cid)}`? · \**(\w+(?: by its outlet)?)", text)
            if not said or any(x != "withdrawn by its outlet" for x in said):
                found.append(f"{subject}: {output}: {cid}, withdrawn by its outlet, said {said}")
        if not re.search(r"^withdrawn\s", run("show", cid), re.MULTILINE):
            found.append(f"{subject}: show: {cid}, withdrawn by its outlet, said only retracted")
        row = [x for x in listing if re.search(rf"[│|]\s*{re.escape(cid)}\s", x)]
        if not row or "(withdrawn by its outlet)" not in row[0]:
            found.append(f"{subject}: list: {cid}, withdrawn by its outlet, said {row}")
        quote = str(w.get("figure") or w.get("stance") or "")
        heads = [
            x
            for x in run("search", quote, "--subject", subject, "--include-retracted").splitlines()
            if x.startswith(f"{cid} ")
        ]
        if quote and (not heads or not heads[0].endswith(" · withdrawn by its outlet")):
            found.append(f"{subject}: search: {cid}, withdrawn by its outlet, said {heads}")
    return found


def retracted_problems(
    subject: str, claims: list[dict[str, Any]], run: Callable[..., str]
) -> list[str]:
    """A claim the user retracted with a reason (its history's last entry a "retract"),
    whose reason ``show`` or a report does not give beside it (outputs20: "retracted" alone,
    the reason kept only by ``history``). ``claims``: ``list --include-retracted --json``."""
    found = []
    gone = [c["id"] for c in claims if c.get("status") == "retracted"]
    if not gone:
        return found
    page = _Text()
    page.feed(run("report", subject, "-o", "-"))
    texts = {
        "md": squash(run("report", subject, "--format", "md")).replace("**", ""),
        "html": squash("".join(page.parts)),
    }
    for cid in gone:
        entries = json.loads(run("history", cid, "--json"))["history"]
        if not entries or entries[-1]["action"] != "retract" or not entries[-1]["reason"]:
            continue
        why = squash(entries[-1]["reason"])
        for output, text in texts.items():
            if f"retracted: {why}" not in text:
                found.append(f"{subject}: {output}: {cid}, retracted, says not why ({why!r})")
        if why not in squash(run("show", cid)):
            found.append(f"{subject}: show: {cid}, retracted, says not why ({why!r})")
    return found


def relay_record_problems(
    subject: str, doc: dict[str, Any], claims: list[dict[str, Any]], run: Callable[..., str]
) -> list[str]:
    """A claimant whose claims in a dispute all relay another's, named in ``claimants
    --record`` (its JSON) or the Markdown report's claimants table as taking part in it like
    a source (outputs20: The Tribune "#1" beside the state whose 275 it relayed)."""
    who = {c["id"]: c["claimant"] for c in claims}
    found = []
    records = json.loads(run("claimants", subject, "--record", "--json"))["claimants"]
    by_name = {r["claimant"]: r for r in records}
    md = run("report", subject, "--format", "md")
    for n, f in enumerate(doc["conflicts"], 1):
        if f.get("kind") not in ("figure", "stance"):
            continue
        ids = {i for p in f.get("positions", ()) for i in p.get("claims", ())}
        relaying = {r["claim"] for r in _relaying(f)}
        names = {who[i] for i in ids if i in who}
        for name in sorted(names - {who[i] for i in ids - relaying if i in who}):
            entries = [d for d in by_name.get(name, {}).get("disputes", ()) if d["finding"] == n]
            if not entries or not entries[0].get("relaying"):
                found.append(f"{subject}: claimants --record --json: {name} in #{n} not as a relay")
            row = [x for x in md.splitlines() if x.startswith(f"| {name} |")]
            if row and f"#{n} (relaying)" not in row[0]:
                found.append(f"{subject}: md claimants: {name} in #{n} not as a relay")
    return found


def timeline_problems(subject: str, claims: list[dict[str, Any]], md: str) -> list[str]:
    """A figure's row of the Markdown report's timeline that does not name its measure
    (outputs20: "Ashwini Vaishnaw | “13” = 13", thirteen of what; a finding's heading names
    the measure of the cards under it, the timeline has none). ``claims``: ``list --json``;
    ``md``: the report, unsquashed (its table's rows are its lines)."""
    measures = {c["id"]: c.get("measure") for c in claims if c.get("kind") == "figure"}
    found = []
    rows = md.split("\n## Timeline", 1)[-1].split("\n### ", 1)[0].splitlines()
    for row in rows:
        cells = [x.strip() for x in row.strip().strip("|").split(" | ")]
        if len(cells) != 6 or cells[-1] not in measures:
            continue
        measure = measures[cells[-1]]
        if measure and not cells[2].startswith(measure):
            found.append(f"{subject}: md timeline: {cells[-1]} said {cells[2]!r}, no {measure}")
    return found


def sheets(
    subject: str, run: Callable[..., str], book: Path
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """A subject's fact-check sheet read by the csv module (guards undone) and the workbook's
    disputes read by openpyxl (written to ``book``): (rows, workbook rows)."""
    import openpyxl

    from claimtrack.sheetcells import unguard

    sheet = run("conflicts", subject, "--csv", "-")
    rows = [{k: unguard(v) for k, v in r.items()} for r in csv.DictReader(io.StringIO(sheet))]
    run("conflicts", subject, "--xlsx", str(book))
    values = list(openpyxl.load_workbook(book, read_only=True)["disputes"].iter_rows(
        values_only=True))  # fmt: skip
    header = [str(h) for h in values[0]]
    return rows, [dict(zip(header, row, strict=True)) for row in values[1:]]


def sheet_withdrawn_problems(
    subject: str, doc: dict[str, Any], run: Callable[..., str], directory: Path
) -> list[str]:
    """Where the fact-check sheet (``conflicts --csv``, the workbook's disputes) or
    ``claimants --record --json`` leaves out or misnames a claim its outlet withdrew, which the
    terminal, the JSON and the reports list (outputs19: the sheet had no row for it, and the
    claimants JSON counted it "retracted")."""
    found = []
    ids = [w["claim"] for w in doc.get("withdrawn", ())]
    rows, book_rows = sheets(subject, run, directory / "withdrawn.xlsx")
    for output, listed in (("csv", rows), ("xlsx", book_rows)):
        for cid in ids:
            if not any(
                r.get("claim_id") == cid and str(r.get("conflict")).startswith("withdrawn:")
                for r in listed
            ):
                found.append(f"{subject}: {output}: {cid}, withdrawn by its outlet, has no row")
    record = json.loads(run("claimants", subject, "--record", "--json"))
    said = sum(c.get("withdrawn", 0) for c in record["claimants"])
    if said != len(ids):
        found.append(f"{subject}: claimants --record --json: {said} withdrawn, not {len(ids)}")
    return found


def all_problems(every: dict[str, Any], subjects: list[dict[str, Any]], table: str) -> list[str]:
    """Where `conflicts --all` (its JSON, ``every``, and its table, squashed) leaves a subject
    out: each subject (``subjects --json``) is among its findings or listed with no conflict,
    with its claims, so that "no conflict" never reads as "not checked" (outputs19)."""
    shown = {s["subject"] for s in every["subjects"]}
    quiet = {e["subject"]: e for e in every.get("no_conflicts", ())}
    found = []
    for entry in subjects:
        name = entry["subject"]
        if name in shown:
            continue
        if name not in quiet:
            found.append(f"--all --json: {name} neither among the findings nor no_conflicts")
        elif list(quiet).index(name) < 20 and f" {name} (" not in table:
            found.append(f"--all: {name}, checked with no conflict, not named in the table")
    return found


def hint_problems(
    subject: str, doc: dict[str, Any], claims: list[dict[str, Any]], terminal: str
) -> list[str]:
    """Where a hint says more than its figures (outputs19): "only rise with their dates" of a
    measure where a later figure gives only a floor below an earlier one ("at least 10" the
    day after 27), and "said on N dates" where its finding's statements were made on another
    number of days (a day said and the same day reported counted twice)."""
    found = []

    def day(c: dict[str, Any]) -> str | None:
        return c.get("said_on") or c.get("reported_on")

    def forecast(c: dict[str, Any]) -> bool:  # stated before its as_of: no figure of a time
        said, as_of = day(c), c.get("as_of")
        return bool(said and as_of and said < as_of and not as_of.startswith(said))

    for h in doc.get("hints", ()):
        figures = [
            c
            for c in claims
            if c.get("measure") == h["measure"] and c["kind"] == "figure" and not forecast(c)
        ]
        if h["hint"] == "mark-cumulative":
            floors = [
                c["id"]
                for c in figures
                if c.get("high") is None
                and any(
                    (e.get("as_of") or day(e) or "") < (c.get("as_of") or day(c) or "")
                    and (e.get("low") or 0) > (c.get("low") or 0)
                    for e in figures
                )
            ]
            line = f"{h['measure']}: its figures only rise with their dates"
            if floors and line in terminal:
                found.append(f"{subject}: {line}, though {', '.join(floors)} give only a floor")
        if h["hint"] == "compared-as-one-moment":
            c = doc["conflicts"][h["finding"] - 1]
            ids = {i for p in c["positions"] for i in p["claims"]}
            days = {day(x) for x in claims if x["id"] in ids} - {None}
            if h.get("dates") != len(days):
                found.append(f"{subject}: finding {h['finding']}: said on {h.get('dates')} "
                             f"dates, its statements made on {len(days)} days")  # fmt: skip
    return found


Found = dict[tuple[str, str], Counter]  # (finding kind, caveat) -> output -> times carried


def audit_database(db: Path, directory: Path, found: Found, missing: list[str]) -> None:
    """Every subject of ``db``: each caveat the terminal says, looked for in every output."""
    from typer.testing import CliRunner

    from claimtrack.cli import app

    runner = CliRunner()

    def ct(*args: str) -> Any:
        result = runner.invoke(app, ["--db", str(db), *args], env={"COLUMNS": "1000"})
        if result.exit_code:
            raise RuntimeError(f"{db.name}: {args}: {result.output}")
        return result

    every = json.loads(ct("conflicts", "--all", "--json").stdout)
    of_all = {s["subject"]: s for s in every["subjects"]}
    subjects = json.loads(ct("subjects", "--json").stdout)
    table = squash(ct("conflicts", "--all").stdout)
    missing += [f"{db.stem}/{x}" for x in all_problems(every, subjects, table)]
    for entry in subjects:
        subject = entry["subject"]
        doc = json.loads(ct("conflicts", subject, "--json").stdout)
        if doc.get("withdrawn"):
            said = lambda *args: ct(*args).stdout  # noqa: E731
            missing += [f"{db.stem}/{x}" for x in withdrawn_problems(subject, doc, said)]
            missing += [
                f"{db.stem}/{x}" for x in sheet_withdrawn_problems(subject, doc, said, directory)
            ]
        if doc.get("hints"):
            claims = json.loads(ct("list", subject, "--json").stdout)
            text = squash(ct("conflicts", subject).stdout)
            missing += [f"{db.stem}/{x}" for x in hint_problems(subject, doc, claims, text)]
        if doc["conflicts"] and any(_relaying(f) for f in doc["conflicts"]):  # outputs20
            listed = json.loads(ct("list", subject, "--json").stdout)
            said = lambda *args: ct(*args).stdout  # noqa: E731
            missing += [f"{db.stem}/{x}" for x in relay_record_problems(subject, doc, listed, said)]
        if entry.get("retracted"):  # outputs20: a retraction's reason beside it
            listed = json.loads(ct("list", subject, "--include-retracted", "--json").stdout)
            said = lambda *args: ct(*args).stdout  # noqa: E731
            missing += [f"{db.stem}/{x}" for x in retracted_problems(subject, listed, said)]
        if entry.get("claims"):  # outputs20: a timeline's figure names its measure
            missing += [
                f"{db.stem}/{x}"
                for x in timeline_problems(
                    subject,
                    json.loads(ct("list", subject, "--json").stdout),
                    ct("report", subject, "--format", "md").stdout,
                )
            ]
        if not doc["conflicts"]:
            continue
        all_doc = dict(of_all.get(subject, {}), readings=every.get("readings"))
        rows, book_rows = sheets(subject, lambda *a: ct(*a).stdout, directory / "book.xlsx")
        full = squash(ct("conflicts", subject, "--full").stdout)
        shown = ct("conflicts", subject)
        listing, stderr = squash(shown.stdout), squash(shown.stderr)
        page = _Text()
        page.feed(ct("report", subject, "-o", "-").stdout)
        html = squash("".join(page.parts))
        md = squash(ct("report", subject, "--format", "md").stdout)
        for output, text in (("terminal", full), ("listing", listing), ("html", html),
                             ("md", md)):  # fmt: skip
            missing += [f"{db.stem}/{subject}: {output}: {x}" for x in said_problems(text)]
        ids = [_ids(f) for f in doc["conflicts"]]
        all_ids = [_ids(f) for f in all_doc.get("conflicts", ())]
        if ids != all_ids:
            missing.append(f"{db.stem}/{subject}: --all --json lists other findings")
        for label, heading, claims, group in _findings(rows):
            kind = label.split(":")[0]
            if kind == "reversal" and heading.startswith("Walk-back"):
                kind = "walk-back"
            number = ids.index((_KINDS.get(kind, kind), claims)) + 1
            f = doc["conflicts"][number - 1]
            f_all = all_doc["conflicts"][number - 1] if ids == all_ids else {}
            said: list[tuple[str, str, str]] = [
                (c, heading, group[0]["claim_id"]) for c in heading_caveats(kind, heading)
            ]
            for r in group:
                lines = [x for x in r["caveats"].split("\n") if x]
                for k, line in enumerate(lines):
                    said.append((classify(kind, line, k == 0), line, r["claim_id"]))
            seen: set[tuple[str, str, str]] = set()
            for caveat, line, claim in said:
                per_row = caveat.startswith(("relay", "verdict", "readings", "forecast", "survey"))
                key = (caveat, line, claim if per_row else "")
                if key in seen:
                    continue  # a finding's line is repeated on each of its rows
                seen.add(key)
                got = found[(kind, caveat)]
                got["said"] += 1
                text = squash(line)
                where = {
                    "terminal": _in_terminal(caveat, text, full, stderr),
                    "listing": _in_terminal(caveat, text, listing, stderr),
                    "csv": True,  # the reference
                    "xlsx": any(
                        line in str(b.get("caveats") or "") or line in str(b.get("finding"))
                        for b in book_rows
                        if b.get("claim_id") == claim
                    ),
                    "html": text in html if caveat != "relay: an echo" else True,
                    "md": text in md if caveat != "relay: an echo" else True,
                }
                if caveat.startswith("heading"):
                    where["html"], where["md"] = squash(heading) in html, squash(heading) in md
                    # the bounded listing gives a reversal's head, then its order note where
                    # it fits, else on a line of its own
                    head, _, note = squash(heading).partition(" (")
                    where["listing"] = squash(heading) in listing or (
                        head in listing and note.removesuffix(")") in listing
                    )
                test = JSON_HAS.get(caveat)
                ctx = _Ctx(doc, number, claim, line)
                where["json"] = test is not None and test(f, ctx)
                ctx_all = _Ctx(all_doc, number, claim, line)
                where["json --all"] = test is not None and bool(f_all) and test(f_all, ctx_all)
                for output, ok in where.items():
                    if ok:
                        got[output] += 1
                    elif (caveat, output) not in NOT_IN:
                        missing.append(f"{db.stem}/{subject}: {kind}: {caveat}: {output}: {line}")


def _in_terminal(caveat: str, text: str, terminal: str, stderr: str) -> bool:
    if caveat == "readings not re-checked":  # said once, on stderr, before the findings
        return "verify --readings" in stderr
    if caveat.startswith("relay"):  # the terminal's "(relaying NAME)" beside the claim
        return "(relaying " in terminal
    if caveat == "verdict on an earlier version":  # `conflicts` shows no verdicts
        return True
    return text in terminal


_KINDS = {"walk-back": "walk-back"}  # the sheet's label names a walk-back "reversal:"


def _ids(f: dict[str, Any]) -> tuple[str, frozenset[str]]:
    """A JSON finding's kind and claims, as the sheet's rows name them."""
    if "positions" in f:
        return f["kind"], frozenset(x for p in f["positions"] for x in p["claims"])
    return f["kind"], frozenset(f["claims"])


def _findings(rows: list[dict[str, str]]) -> Iterator[tuple[str, str, frozenset[str], list]]:
    """(label, heading, claim ids, rows) of each finding of the sheet, in order."""
    out: list[tuple[tuple[str, str], list[dict[str, str]]]] = []
    for r in rows:
        key = (r["conflict"], r["finding"])
        if not out or out[-1][0] != key:
            out.append((key, []))
        out[-1][1].append(r)
    for (label, heading), group in out:
        yield label, heading, frozenset(r["claim_id"] for r in group), group


def table(found: Found, markdown: bool) -> str:
    """The audit as a table: one row per (finding kind, caveat)."""
    head = ("finding", "caveat", "said", *OUTPUTS)
    lines = []
    for (kind, caveat), got in sorted(found.items()):
        n = got["said"]
        cells = []
        for output in OUTPUTS:
            if (caveat, output) in NOT_IN:
                cells.append("n/a")
            else:
                k = got[output]
                cells.append("all" if k == n else f"**{k}**")
        lines.append((kind, caveat, str(n), *cells))
    if not markdown:
        return "\n".join("  ".join(x) for x in [head, *lines])
    return "\n".join(
        "| " + " | ".join(x) + " |" for x in [head, ("---",) * 3 + ("---:",) * len(OUTPUTS), *lines]
    ).replace("| ---:", "| :---:")


def run(wanted: set[str] | None = None) -> tuple[Found, list[str]]:
    """The audit of every story (or of those ``wanted``): what each output carries, and each
    caveat an output misses."""
    found: Found = defaultdict(Counter)
    missing: list[str] = []
    os.environ.setdefault("NO_COLOR", "1")
    with tempfile.TemporaryDirectory() as tmp:
        for name, make in _stories():
            if wanted is not None and name not in wanted:
                continue
            directory = Path(tmp) / name.replace(":", "-")
            directory.mkdir()
            cwd = os.getcwd()
            os.chdir(ROOT)
            try:
                audit_database(make(directory), directory, found, missing)
            finally:
                os.chdir(cwd)
    return found, missing


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stories", help="only these stories (comma-separated names)")
    parser.add_argument("--markdown", action="store_true", help="the table as Markdown")
    args = parser.parse_args(argv)
    found, missing = run(set(args.stories.split(",")) if args.stories else None)
    print(table(found, args.markdown))
    for m in missing:
        print("missing:", m, file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
