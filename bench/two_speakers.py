"""The labelled sentences of two speakers (issue 25, extract36): how `extract` does on each.

    python bench/two_speakers.py            # one line per set: claims, right, wrong, guesses
    python bench/two_speakers.py --claims   # also one line per claim of such a sentence

A sentence is **of two speakers** when two or more label lines share its span (the same
start and end) and their speakers differ by the bench's rule (``articles.same_speaker``: no
significant word shared; the outlet's narration against a named source counts as a
difference). Every labelled set of ``articles.FOLDS`` is read; a set whose texts are not on
this machine is skipped with a line saying so. Each claim is matched to its candidate as
``articles.score`` matches it (one candidate per claim, in label order), so the counts here
are the bench's own, restricted to these sentences:

* *found*: a candidate was matched;
* *right*: the matched candidate's speaker agrees with the label (``same_speaker``);
* *wrong, unmarked*: wrong and not marked ``guess:``; *wrong, guessed*: wrong and marked;
  *nobody*: no speaker proposed where the label names one.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from articles import FOLDS, _load, _match, _overlap, extract, same_speaker  # noqa: E402


def _differ(a: dict, b: dict) -> bool:
    """Two labels of one sentence name different speakers (either way round): no name of one
    is the other's letter for letter, and no significant word is shared."""
    names = {(n or "").strip().lower() for n in (a.get("speaker"), a.get("claimant"))}
    if names & {(n or "").strip().lower() for n in (b.get("speaker"), b.get("claimant"))}:
        return False
    return not (same_speaker(a, b) or same_speaker(b, a))


def two_speaker_claims(prefixes: list[str], texts: Path) -> list[dict]:
    """Every claim of a sentence of two speakers in the articles ``prefixes``, with what the
    candidate matched to it says."""
    out = []
    for nn, text, labels in _load(prefixes, texts):
        _, candidates = extract(text)
        recs = [c.record("x", outlet="OUTLET") for c in candidates]
        spans = [(c.start, c.end) for c in candidates]
        used: set[int] = set()
        hits: list[int | None] = []
        for lab in labels:
            want = (lab["start"], lab["end"])
            need = (want[1] - want[0]) / 2
            covering = [k for k, sp in enumerate(spans) if _overlap(sp, want) >= need]
            hit = _match(lab, [(k, recs[k]) for k in covering], used)
            if hit is not None:
                used.add(hit)
            hits.append(hit)
        for i, lab in enumerate(labels):
            peers = [o for o in labels if (o["start"], o["end"]) == (lab["start"], lab["end"])]
            if not any(_differ(lab, o) for o in peers if o is not lab):
                continue
            hit = hits[i]
            rec = recs[hit] if hit is not None else None
            found = (rec or {}).get("extract", {}).get("speaker_found", "")
            if rec is None:
                verdict = "missed"
            elif same_speaker(rec, lab):
                verdict = "right"
            elif not rec.get("speaker"):
                verdict = "nobody"
            elif "guess:" in found:
                verdict = "wrong-guessed"
            else:
                verdict = "wrong-unmarked"
            out.append(
                {
                    "article": nn,
                    "start": lab["start"],
                    "kind": lab["kind"],
                    "figure": lab.get("figure"),
                    "want": lab.get("speaker") or "(outlet)",
                    "got": (rec or {}).get("speaker") or "(nobody)",
                    "found": found,
                    "verdict": verdict,
                }
            )
    return out


VERDICTS = ("right", "wrong-unmarked", "wrong-guessed", "nobody", "missed")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--claims", action="store_true", help="one line per claim as well")
    args = ap.parse_args(argv)
    head = f"{'set':8} {'sentences':>9} {'claims':>6}" + "".join(f" {v:>14}" for v in VERDICTS)
    print(head)
    totals = dict.fromkeys(VERDICTS, 0)
    sentences = claims = 0
    rows = []
    for name, texts, prefixes in FOLDS:
        if not texts.is_dir():
            print(f"{name:8} skipped: no texts at {texts}")
            continue
        got = two_speaker_claims(list(prefixes), texts)
        n_sent = len({(c["article"], c["start"]) for c in got})
        counts = {v: sum(c["verdict"] == v for c in got) for v in VERDICTS}
        for v in VERDICTS:
            totals[v] += counts[v]
        sentences, claims = sentences + n_sent, claims + len(got)
        print(
            f"{name:8} {n_sent:>9} {len(got):>6}" + "".join(f" {counts[v]:>14}" for v in VERDICTS)
        )
        rows.extend(got)
    print(f"{'all':8} {sentences:>9} {claims:>6}" + "".join(f" {totals[v]:>14}" for v in VERDICTS))
    if args.claims:
        for c in rows:
            print(
                f"[{c['article']}@{c['start']}] {c['kind']} {c['figure']!r}: want {c['want']!r} "
                f"got {c['got']!r} {c['verdict']} ({c['found']})"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
