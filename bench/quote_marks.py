"""The reading of a subject's quote marks (``Store.quote_marks``) on one big subject, and a
digest of what it gives: the measure and the guard of a change to that query.

    python bench/quote_marks.py DB            # builds DB first when it does not exist
    valgrind --tool=cachegrind --cache-sim=no python bench/quote_marks.py DB --read-only

Builds (once) a database holding one subject, ``marks-10k``, of 10,000 figure claims: 5,000
whose quotes say the count was revised from their figure ("revised the toll downward from
N"), each dated (as_of), half of them with a later figure of the same statement (the same
claimant, measure and quote: placed by the user, so its mark is dropped); the rest plain
counts. Then reads the subject's facts (``Store.facts``, which reads its marks) and `conflicts
--json` for it, and prints the marks read, the CPU time and a digest of the marks and the
JSON. Two versions that print the same digest gave the same marks and the same document.
``--read-only`` skips the JSON (the instructions of the facts' reading alone).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import tempfile
import time
from pathlib import Path

SUBJECT = "marks-10k"


def _lines() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for n in range(5000):
        figure = 5000 + n  # never a year
        claimant = f"Agency {n % 50}"
        measure = f"deaths-{n % 100}"
        quote = f"officials revised the toll downward from {figure} to {figure - 7} on day {n}"
        day = f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}"
        out.append(
            {
                "id": f"m-{n}",
                "subject": SUBJECT,
                "claimant": claimant,
                "quote": quote,
                "said_on": day,
                "kind": "figure",
                "measure": measure,
                "value": str(figure),
                "as_of": day,
            }
        )
        if n % 2 == 0:  # the figure that replaced it, of a later moment, in the same words
            later = f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}"
            out.append(
                {
                    "id": f"m-{n}-later",
                    "subject": SUBJECT,
                    "claimant": claimant,
                    "quote": quote,
                    "said_on": later,
                    "kind": "figure",
                    "measure": measure,
                    "value": str(figure - 7),
                    "as_of": later,
                    "note": "[paraphrase]",
                }
            )
    k = 0
    while len(out) < 10_000:
        out.append(
            {
                "id": f"p-{k}",
                "subject": SUBJECT,
                "claimant": f"Agency {k % 50}",
                "quote": f"the count stood at {30000 + k}",
                "said_on": "2024-06-01",
                "kind": "figure",
                "measure": f"injured-{k % 100}",
                "value": str(30000 + k),
            }
        )
        k += 1
    return out


def build(db: Path) -> None:
    from typer.testing import CliRunner

    from claimtrack.cli import app

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "marks.jsonl"
        src.write_text("".join(json.dumps(r) + "\n" for r in _lines()), encoding="utf-8")
        runner = CliRunner()
        for args in (["init", "--empty", str(db)], ["--db", str(db), "import", str(src)]):
            result = runner.invoke(app, args)
            if result.exit_code != 0:
                raise SystemExit(result.output)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("db", type=Path)
    ap.add_argument("--read-only", action="store_true", help="the facts' reading alone")
    args = ap.parse_args()
    if not args.db.exists():
        build(args.db)

    from claimtrack.store import Store

    digest = hashlib.sha256()
    start = time.process_time()
    with Store.open(args.db) as store:
        facts = store.facts(SUBJECT)
        marks = facts.marks  # type: ignore[attr-defined]
        digest.update(repr(sorted(marks.items())).encode("utf-8"))
        if not args.read_only:
            from claimtrack.conflicts import analyse
            from claimtrack.conflicts.jsonout import report_to_json

            doc = report_to_json(SUBJECT, analyse(facts))
            digest.update(json.dumps(doc, sort_keys=True).encode("utf-8"))
    cpu = time.process_time() - start
    revised = sum(1 for r, _ in marks.values() if r)
    print(
        f"{len(marks)} marked claims, {revised} revised-from, {cpu:.3f} s of CPU, "
        f"digest {digest.hexdigest()[:16]}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
