"""Whose figure the outlet narrates, scored: weights fitted leave-one-set-out (issue 25).

    python bench/narrated_model.py            # the per-fold table and the weights fit on all
    python bench/narrated_model.py --list     # also each narrated figure that changes, on stderr

``_narrated_features`` scores, for each figure candidate with no frame of speech whose
speaker the rules found on weak evidence or not at all, every source of the page and nobody
(its docstring: the options and their features). Its few weights are fitted here. The
labelled sets (``articles.FOLDS``; texts outside the repository, sets whose texts are absent
are left out) are the folds. For each held fold:

* the weights are a conditional logit (softmax over the options and nobody, whose score is 0;
  L2 ``L2``) fitted by Newton's method on the narrated figures of the other folds that a label
  matches and some option of which is right (bench/articles.py's matching and
  ``same_speaker``);
* the margin is the middle of the first run of ``MARGINS`` that makes the most of those
  training figures right;
* the held fold is scored as ``bench/articles.py`` scores it, with the rules alone (main) and
  with the scorer: speaker right and wrong-and-unmarked over its found claims.

Nothing of the held fold reaches its weights or its margin. ``--explain ARTICLE`` shows an
article's narrated figures, their options and scores under the weights fitted on every fold.

Result (the twenty sets, 119 articles with 34 absent, 1,395 found claims, 294 narrated
figures; docs/extract.md, "Narrated figures, scored"): it does not pay. Mean held-out speaker
right 0.885 on main, 0.883 scored; wrong and unmarked 0.014 both; the 5 figures it changed are
all wrong. No variant (``--drop``, ``--margin``, ``--keep-guesses``) rises above main; fitted
and scored on all twenty sets, the best these features can do, it reaches 0.887. So the
package is unchanged: the scorer and its features live here and in ``_narrated_features.py``.
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

import articles as A  # noqa: E402  (bench/articles.py: labels, matching)
from _narrated_features import FEATURES, _options, _Page, attribute, narrated, score  # noqa: E402
from articles import FOLDS  # noqa: E402  (the labelled sets, one place)
from claimtrack.extract import extract, sentences  # noqa: E402
from claimtrack.extract.candidates import Candidate  # noqa: E402
from claimtrack.extract.text import Span  # noqa: E402
from speaker_model import _solve  # noqa: E402  (Gaussian elimination, one place)

L2 = 1.0
MARGINS = tuple(x / 4 for x in range(-8, 13))  # -2.0 ... 3.0


class Article(NamedTuple):
    nn: str
    text: str
    labels: list[dict]
    reading: str
    spans: list[Span]
    cands: list[Candidate]  # the rules alone


class Example(NamedTuple):
    options: list[dict[str, float]]  # features of each source
    right: list[bool]  # each option is the label's source
    nobody: bool  # the label has no speaker


def load() -> dict[str, list[Article]]:
    out: dict[str, list[Article]] = {}
    for name, texts, prefixes in FOLDS:
        if not texts.is_dir():
            continue
        arts = []
        for nn, text, labels in A._load(list(prefixes), texts):
            prep, cands = extract(text)
            arts.append(Article(nn, text, labels, prep.reading, sentences(prep.reading), cands))
        if arts:
            out[name] = arts
    return out


def _matches(text: str, labels: list[dict], cands: list[Candidate]) -> list[tuple[dict, int]]:
    """Each found label with the candidate that proposes it (bench/articles.py's matching)."""
    recs = [c.record("x", outlet="OUTLET") for c in cands]
    used: set[int] = set()
    out = []
    for lab in labels:
        want = (lab["start"], lab["end"])
        need = (want[1] - want[0]) / 2
        cov = [k for k, c in enumerate(cands) if A._overlap((c.start, c.end), want) >= need]
        hit = A._match(lab, [(k, recs[k]) for k in cov], used)
        if hit is not None:
            used.add(hit)
            out.append((lab, hit))
    return out


def examples(art: Article, keep_guesses: bool = False) -> list[Example]:
    page = _Page(art.reading, art.spans, art.cands)
    out = []
    for lab, k in _matches(art.text, art.labels, art.cands):
        c = art.cands[k]
        if not narrated(c) or (keep_guesses and c.speaker):
            continue
        opts = _options(page, c)
        right = [A.same_speaker({"speaker": o.speaker, "claimant": o.claimant}, lab) for o in opts]
        nobody = not lab.get("speaker")
        if nobody or any(right):
            out.append(Example([o.features for o in opts], right, nobody))
    return out


def fit(exs: list[Example]) -> tuple[dict[str, float], float]:
    """Weights and bias of the conditional logit (nobody scores 0), by Newton's method."""
    names = ["bias", *FEATURES]
    d = len(names)
    w = [0.0] * d

    def vec(f: dict[str, float]) -> list[float]:
        return [1.0, *(f[k] for k in FEATURES)]

    data = [([vec(f) for f in e.options], e.right, e.nobody) for e in exs]
    for _ in range(50):
        grad = [L2 * w[i] if i else 0.0 for i in range(d)]
        hess = [[(L2 if i == j and i else 0.0) for j in range(d)] for i in range(d)]
        for xs, right, nobody in data:
            zs = [sum(a * b for a, b in zip(w, x, strict=True)) for x in xs]
            top = max([0.0, *zs])
            es = [math.exp(z - top) for z in zs]
            e0 = math.exp(-top)
            total = e0 + sum(es)
            p = [e / total for e in es]
            good = (e0 if nobody else 0.0) + sum(e for e, r in zip(es, right, strict=True) if r)
            q = [(e / good if r else 0.0) for e, r in zip(es, right, strict=True)]
            # gradient of -log(sum over right of p): E_p[x] - E_q[x]
            mp = [sum(p[j] * xs[j][i] for j in range(len(xs))) for i in range(d)]
            mq = [sum(q[j] * xs[j][i] for j in range(len(xs))) for i in range(d)]
            for i in range(d):
                grad[i] += mp[i] - mq[i]
            # Hessian: Cov_p[x] - Cov_q[x]; use Cov_p (positive semi-definite, a safe bound)
            for i in range(d):
                for k in range(d):
                    hess[i][k] += (
                        sum(p[j] * xs[j][i] * xs[j][k] for j in range(len(xs))) - mp[i] * mp[k]
                    )
        step = _solve(hess, grad)
        w = [a - s for a, s in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-9:
            break
    return {k: round(w[i + 1], 3) for i, k in enumerate(FEATURES)}, round(w[0], 3)


def _decide(e: Example, w: dict[str, float], b: float, t: float) -> bool:
    """The scorer's choice on a training figure is right."""
    best, best_s = None, t
    for k, f in enumerate(e.options):
        s = b + sum(w[n] * f[n] for n in FEATURES)
        if s > best_s:
            best, best_s = k, s
    return e.nobody if best is None else e.right[best]


def margin(exs: list[Example], w: dict[str, float], b: float) -> float:
    """The middle of the first run of ``MARGINS`` that makes the most training figures right."""
    counts = [sum(_decide(e, w, b, t) for e in exs) for t in MARGINS]
    best = max(counts)
    first = counts.index(best)
    last = first
    while last + 1 < len(counts) and counts[last + 1] == best:
        last += 1
    return (MARGINS[first] + MARGINS[last]) / 2


def fold_score(
    arts: list[Article],
    model: tuple[dict[str, float], float, float] | None,
    show: bool = False,
    keep_guesses: bool = False,
) -> tuple[int, int, int, int]:
    """(found, speaker right, wrong and unmarked, changed) over the fold's labelled claims."""
    found = right = unmarked = changed = 0
    for art in arts:
        cands = art.cands
        if model is not None:
            w, b, t = model
            cands = attribute(art.reading, art.spans, art.cands, w, b, t, keep_guesses)
            diff = [k for k, (x, y) in enumerate(zip(art.cands, cands, strict=True)) if x != y]
            changed += len(diff)
        recs = [c.record("x", outlet="OUTLET") for c in cands]
        for lab, k in _matches(art.text, art.labels, cands):
            found += 1
            ok = A.same_speaker(recs[k], lab)
            right += ok
            unmarked += A.wrong_unmarked(recs[k], lab)
            if show and model is not None and art.cands[k] != cands[k]:
                was = A.same_speaker(art.cands[k].record("x", outlet="OUTLET"), lab)
                print(
                    f"[{art.nn}] {art.cands[k].speaker!r} -> {cands[k].speaker!r} "
                    f"want {lab.get('speaker')!r}: {'right' if ok else 'wrong'}"
                    f" (was {'right' if was else 'wrong'})",
                    file=sys.stderr,
                )
    return found, right, unmarked, changed


def _without(exs: list[Example], drop: set[str]) -> list[Example]:
    """The examples with the ``drop`` features zeroed (a variant of the model)."""
    if not drop:
        return exs
    return [
        e._replace(
            options=[{k: (0.0 if k in drop else v) for k, v in f.items()} for f in e.options]
        )
        for e in exs
    ]


def cross_validate(
    folds: dict[str, list[Article]],
    drop: set[str],
    fixed: float | None,
    show: bool = False,
    keep_guesses: bool = False,
) -> list[str]:
    """The table: one row per held set, then the mean and the model fit on every set."""
    exs = {
        name: _without([e for a in arts for e in examples(a, keep_guesses)], drop)
        for name, arts in folds.items()
    }
    lines = [
        f"{'set':8} {'figs':>5} {'main':>7} {'scored':>7} {'main-wu':>8} {'scored-wu':>9} "
        f"{'changed':>7} {'margin':>6}"
    ]
    sums = [0.0, 0.0, 0.0, 0.0]
    for name, arts in folds.items():
        train = [e for other, es in exs.items() if other != name for e in es]
        w, b = fit(train)
        for k in drop:
            w[k] = 0.0
        t = margin(train, w, b) if fixed is None else fixed
        f0, r0, u0, _ = fold_score(arts, None)
        f1, r1, u1, ch = fold_score(arts, (w, b, t), show, keep_guesses)
        row = (r0 / max(f0, 1), r1 / max(f1, 1), u0 / max(f0, 1), u1 / max(f1, 1))
        sums = [s + x for s, x in zip(sums, row, strict=True)]
        lines.append(
            f"{name:8} {len(exs[name]):>5} {row[0]:>7.3f} {row[1]:>7.3f} {row[2]:>8.3f}"
            f" {row[3]:>9.3f} {ch:>7} {t:>6.2f}"
        )
    n = max(len(folds), 1)
    lines.append(
        f"{'mean':8} {'':>5} {sums[0] / n:>7.3f} {sums[1] / n:>7.3f} {sums[2] / n:>8.3f}"
        f" {sums[3] / n:>9.3f}"
    )
    every = [e for es in exs.values() for e in es]
    kinds: dict[str, int] = {}
    for e in every:
        kinds[_kind(e)] = kinds.get(_kind(e), 0) + 1
    lines += [f"  {key}: {n}" for key, n in sorted(kinds.items())]
    w, b = fit(every)
    t = margin(every, w, b) if fixed is None else fixed
    lines.append(f"fit on all {len(folds)} sets ({len(every)} figures): bias {b}, margin {t}")
    # the same model scored on the sets it was fit on: what the representation could do at best
    seen = [fold_score(arts, (w, b, t), False, keep_guesses) for arts in folds.values()]
    lines.append(
        "in sample (fit and scored on every set): speaker right "
        f"{sum(r / max(f, 1) for f, r, _, _ in seen) / n:.3f}, wrong and unmarked "
        f"{sum(u / max(f, 1) for f, _, u, _ in seen) / n:.3f}, changed {sum(c for *_, c in seen)}"
    )
    lines.append("weights: " + ", ".join(f"{k} {v}" for k, v in w.items() if k not in drop))
    return lines


def _kind(e: Example) -> str:
    """What the rules did with a training figure, against its label."""
    rules = next((k for k, f in enumerate(e.options) if f["rules"]), None)
    if rules is None:
        return "rules nobody, label nobody" if e.nobody else "rules nobody, label a source offered"
    if e.nobody:
        return "rules a source, label nobody"
    return "rules the label's source" if e.right[rules] else "rules another source"


def explain(path: Path, w: dict[str, float], b: float, t: float) -> list[str]:
    """Each narrated figure of an article with its options, their features and scores."""
    prep, cands = extract(path.read_text(encoding="utf-8"))
    page = _Page(prep.reading, sentences(prep.reading), cands)
    lines = []
    seen: set[int] = set()
    for c in cands:
        if not narrated(c) or c.start in seen:
            continue
        seen.add(c.start)
        line = prep.reading.count("\n", 0, c.start) + 1
        lines.append(f"line {line}: {c.quote[:60]!r} (the rules: {c.speaker or 'nobody'})")
        rows = [
            (
                score(o.features, w, b),
                o.speaker,
                ", ".join(f"{k} {v:.2g}" for k, v in o.features.items() if v),
            )
            for o in _options(page, c)
        ]
        best = max((r[0] for r in rows), default=t)
        for s, who, feats in sorted(rows, reverse=True):
            mark = "  <- chosen" if s == best and s > t else ""
            lines.append(f"  {who[:30]:30} {s:6.2f}  {feats}{mark}")
        lines.append(f"  {'nobody':30} {0:6.2f}{'  <- chosen' if best <= t else ''}")
    lines.append(f"(bias {b}, margin {t})")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--list", action="store_true", help="each changed figure, on stderr")
    ap.add_argument("--drop", default="", help="features left out, comma-separated (a variant)")
    ap.add_argument("--margin", type=float, help="a fixed margin instead of one chosen per fold")
    ap.add_argument(
        "--keep-guesses",
        action="store_true",
        help="decide only the figures the rules left to nobody (a variant)",
    )
    ap.add_argument(
        "--explain", type=Path, help="an article: its narrated figures' options, scored"
    )
    args = ap.parse_args(argv)
    folds = load()
    if len(folds) < 2:
        print(f"skipped: only {len(folds)} of {len(FOLDS)} sets' texts are on this machine")
        return 0
    drop = {k for k in args.drop.split(",") if k}
    unknown = drop - set(FEATURES)
    if unknown:
        print(f"error: no feature {', '.join(sorted(unknown))} (features: {', '.join(FEATURES)})")
        return 2
    if args.explain is not None:
        every = _without([e for arts in folds.values() for a in arts for e in examples(a)], drop)
        w, b = fit(every)
        t = margin(every, w, b) if args.margin is None else args.margin
        print("\n".join(explain(args.explain, w, b, t)))
        return 0
    print("\n".join(cross_validate(folds, drop, args.margin, args.list, args.keep_guesses)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
