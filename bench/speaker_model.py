"""Does a learned scorer of the rules' speakers pay? Measured leave-one-set-out (issue 25).

    python bench/speaker_model.py       # the per-fold table and the weights trained on all

The labelled sets are the folds (01-06, 07-12, ..., 43-48, 49-54: `articles.FOLDS`; texts
outside the repository, in the folders of ``FOLDS``; ``CLAIMTRACK_FOLDS`` moves their root).
Every candidate of ``extract`` that a label matches (bench/articles.py's matching) and that
names a speaker is one example: its features (bench/_speaker_features.py) and whether its
speaker is right (bench/articles.py's ``same_speaker``).

The model is an L2-regularised logistic regression fitted by Newton's method in plain Python
(deterministic). Two uses are measured, each fold scored by a model trained on the other six:

* **calibration**: a speaker the rules leave unmarked is marked ``guess:`` when the model's
  probability is under a threshold, the smallest of 0.50, 0.51, ... 0.99 at which, on each of
  the six training folds (each scored by a model trained on the other five), unmarked speakers
  are right at least ``TARGET`` of the time; the table gives, on the held fold, the unmarked
  speakers before and after and how many right and wrong speakers the model marked;
* **narration**: a speaker the model scores under one half is replaced by none (the outlet's
  narration); the table gives how many speakers that would make right and how many wrong.

The result (docs/extract.md, "How sure a speaker is") is that neither pays: it is measured
here so that the next attempt starts from numbers.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import articles  # noqa: E402  (bench/articles.py: labels, matching, same_speaker)
from _speaker_features import features, probability  # noqa: E402
from articles import FOLDS  # noqa: E402  (the labelled sets, one place)
from claimtrack.extract import extract  # noqa: E402

TARGET = 0.90  # unmarked speakers right on each held fold
L2 = 1.0


class Row(NamedTuple):
    features: dict[str, float]
    right: bool  # the speaker is the label's
    guess: bool  # the rules marked it ``guess:``
    narrated: bool  # the label has no speaker (the outlet's narration)


def fold_rows(texts: Path, prefixes: tuple[str, ...]) -> list[Row]:
    """The examples of one fold: each matched candidate that names a speaker."""
    rows: list[Row] = []
    for _nn, text, labels in articles._load(list(prefixes), texts):
        _prep, cands = extract(text)
        recs = [c.record("x", outlet="OUTLET") for c in cands]
        lead = min((c.start for c in cands), default=0)
        used: set[int] = set()
        for lab in labels:
            need = (lab["end"] - lab["start"]) / 2
            covering = [
                k
                for k, c in enumerate(cands)
                if articles._overlap((c.start, c.end), (lab["start"], lab["end"])) >= need
            ]
            hit = articles._match(lab, [(k, recs[k]) for k in covering], used)
            if hit is None:
                continue
            used.add(hit)
            c = cands[hit]
            if c.speaker:
                right = articles.same_speaker(recs[hit], lab)
                guess = "guess:" in c.speaker_found
                rows.append(Row(features(c, text, lead), right, guess, not lab.get("speaker")))
    return rows


def all_rows() -> dict[str, list[Row]]:
    """Every fold's examples, by fold name; folds whose texts are absent are left out."""
    out = {}
    for name, texts, prefixes in FOLDS:
        if texts.is_dir():
            out[name] = fold_rows(texts, prefixes)
    return out


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (a is positive definite here)."""
    n = len(b)
    m = [[*row[:], b[i]] for i, row in enumerate(a)]
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[piv] = m[piv], m[col]
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            if f:
                for c in range(col, n + 1):
                    m[r][c] -= f * m[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][c] * x[c] for c in range(r + 1, n))) / m[r][r]
    return x


def train(rows: list[Row]) -> tuple[dict[str, float], float]:
    """Weights and bias of an L2-regularised logistic regression (bias not penalised)."""
    names = sorted({k for r in rows for k in r.features})
    index = {k: i + 1 for i, k in enumerate(names)}
    xs = [[(0, 1.0), *sorted((index[k], v) for k, v in r.features.items())] for r in rows]
    ys = [1.0 if r.right else 0.0 for r in rows]
    d = len(names) + 1
    w = [0.0] * d
    for _ in range(25):
        grad = [L2 * w[i] if i else 0.0 for i in range(d)]
        hess = [[0.0] * d for _ in range(d)]
        for i in range(d):
            if i:
                hess[i][i] = L2
        for x, y in zip(xs, ys, strict=True):
            z = sum(w[i] * v for i, v in x)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            for i, v in x:
                grad[i] += (p - y) * v
                for j, u in x:
                    hess[i][j] += p * (1 - p) * v * u
        step = _solve(hess, grad)
        w = [a - s for a, s in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-10:
            break
    return {k: round(w[index[k]], 4) for k in names}, round(w[0], 4)


def _p(f: dict[str, float], weights: dict[str, float], bias: float) -> float:
    return probability(f, weights, bias)


def unmarked(rows: list[Row], ps: list[float], t: float) -> tuple[int, int]:
    """How many speakers stay unmarked at threshold t, and how many of them are right."""
    kept = [r.right for r, p in zip(rows, ps, strict=True) if not r.guess and p >= t]
    return len(kept), sum(kept)


def choose_threshold(scored: list[tuple[list[Row], list[float]]]) -> float:
    """The smallest threshold at which every scored fold's unmarked speakers reach TARGET."""
    for step in range(50, 100):
        t = step / 100
        if all(n == 0 or ok / n >= TARGET for n, ok in (unmarked(r, p, t) for r, p in scored)):
            return t
    return 0.99


def held_out(folds: dict[str, list[Row]], keep: list[str]) -> dict[str, list[float]]:
    """Each fold of ``keep`` scored by a model trained on the other folds of ``keep``."""
    out = {}
    for name in keep:
        w, b = train([r for other in keep if other != name for r in folds[other]])
        out[name] = [_p(r.features, w, b) for r in folds[name]]
    return out


def loso(folds: dict[str, list[Row]]) -> list[dict[str, object]]:
    """The honest table: each fold scored by a model and a threshold that never saw it."""
    table = []
    names = list(folds)
    for name in names:
        others = [n for n in names if n != name]
        inner = held_out(folds, others)
        t = choose_threshold([(folds[n], inner[n]) for n in others])
        w, b = train([r for n in others for r in folds[n]])
        rows = folds[name]
        ps = [_p(r.features, w, b) for r in rows]
        n, ok = unmarked(rows, ps, t)
        marked = [r for r, p in zip(rows, ps, strict=True) if not r.guess and p < t]
        narrated = [r for r, p in zip(rows, ps, strict=True) if p < 0.5]
        table.append(
            {
                "fold": name,
                "threshold": t,
                "speakers": len(rows),
                "rules_unmarked": sum(not r.guess for r in rows),
                "rules_unmarked_right": sum(r.right for r in rows if not r.guess)
                / max(sum(not r.guess for r in rows), 1),
                "unmarked": n,
                "unmarked_right": ok / max(n, 1),
                "marked_wrong": sum(not r.right for r in marked),
                "marked_right": sum(r.right for r in marked),
                "narration_fixed": sum(r.narrated and not r.right for r in narrated),
                "narration_broken": sum(r.right for r in narrated),
            }
        )
    return table


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.parse_args(argv)
    folds = all_rows()
    if len(folds) < len(FOLDS):
        print(f"skipped: only {len(folds)} of {len(FOLDS)} sets' texts are on this machine")
        return 0
    print(
        f"{'fold':7} {'t':>5} {'speakers':>8} {'unmarked':>8} {'right':>6} {'after':>6} "
        f"{'right':>6} {'marked wrong/right':>18} {'narration fixed/broken':>22}"
    )
    for row in loso(folds):
        print(
            f"{row['fold']:7} {row['threshold']:5.2f} {row['speakers']:8} "
            f"{row['rules_unmarked']:8} {row['rules_unmarked_right']:6.3f} {row['unmarked']:6} "
            f"{row['unmarked_right']:6.3f} {row['marked_wrong']:>11}/{row['marked_right']:<6} "
            f"{row['narration_fixed']:>15}/{row['narration_broken']}"
        )
    w, b = train([r for rows in folds.values() for r in rows])
    print(f"weights trained on all seven sets (bias {b:+.3f}):")
    for k, v in sorted(w.items(), key=lambda kv: kv[1]):
        print(f"  {k:20} {v:+.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
