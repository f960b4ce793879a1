"""Benchmark `claimtrack extract` on the five seed articles against the bundled sample.

    python bench/extract.py            # prints the numbers
    python bench/extract.py --misses   # also lists the sample claims not found

Definitions (docs/extract.md):
* a sample claim is *found* when a candidate of its article covers at least half of the
  sample quote's characters (both compared after straightening quotation marks and folding
  whitespace; the sample stores straight quotes where the article has curly ones);
* *precision* is the share of candidates that cover half of some sample quote of their article;
* *speaker* is, over the found claims, the share whose candidate's speaker or claimant guess
  shares a significant word with the sample's speaker (its claimant when it has none):
  "Col. Ryan Dillon" and "Dillon", "the coalition" and "US-led coalition (CJTF-OIR)";
* *seconds per article* is the wall time of ``extract`` alone, best of three.

The articles are matched to the sample by outlet (their claims hold no URL). The seeds were
read while the rules were written: expect less on articles the rules have not seen.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from claimtrack.extract import extract  # noqa: E402

SEEDS = Path("/work/shared/seeds")
SAMPLE = ROOT / "data" / "claims.jsonl"
OUTLETS = {  # seed file prefix -> the outlet its sample claims name
    "000": "The Jerusalem Post",
    "001": "The Week",
    "002": "The Defense Post",
    "003": "Mother Jones",
    "004": "Defense One",
}
_STOP = {
    "the", "a", "an", "of", "to", "and", "for", "in", "on", "with", "us", "u.s", "led",
    "anonymous", "multiple", "former", "interview", "interviews", "other", "two",
    "bbc's", "its", "his", "her", "their", "who", "one",
}  # fmt: skip
_SQ = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def _norm_map(text: str) -> tuple[str, list[int]]:
    """Text with quotes straightened and whitespace folded, and each char's original offset."""
    out, where = [], []
    text = text.translate(_SQ)
    space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            if not space:
                out.append(" ")
                where.append(i)
            space = True
            continue
        space = False
        out.append(ch)
        where.append(i)
    return "".join(out), where


def _tokens(name: str | None) -> set[str]:
    if not name:
        return set()
    words = re.findall(r"[\w.'-]+", name.lower())
    out = set()
    for w in words:
        w = w.strip(".'-")
        if w.endswith("'s"):
            w = w[:-2]
        if w.endswith("s") and len(w) > 3:
            w = w[:-1]
        if w and w not in _STOP and w.rstrip("s") not in _STOP:
            out.add(w)
    return out


def _same_speaker(candidate: dict, sample: dict) -> bool:
    want = sample.get("speaker") or sample["claimant"]
    return bool(
        _tokens(want) & (_tokens(candidate.get("speaker")) | _tokens(candidate.get("claimant")))
    )


def _articles() -> list[tuple[str, str]]:
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        out.append((OUTLETS[path.name[:3]], path.read_text(encoding="utf-8")))
    return out


def run(quick: bool = False, misses: bool = False) -> dict[str, float]:
    """Recall, precision and speaker accuracy on the seeds, and seconds per article."""
    sample = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    sample = [r for r in sample if "record" not in r]
    found = total = speaker_ok = cands = cands_hit = 0
    seconds = 0.0
    repeats = 1 if quick else 3
    for outlet, raw in _articles():
        best = float("inf")
        for _ in range(repeats):
            t0 = time.perf_counter()
            prep, candidates = extract(raw)
            best = min(best, time.perf_counter() - t0)
        seconds += best
        norm, where = _norm_map(prep.text)
        records = [c.record("x", outlet=outlet) for c in candidates]
        spans = [(c.start, c.end) for c in candidates]
        claims = [r for r in sample if r["outlet"] == outlet]
        quote_spans = []
        for r in claims:
            q, _ = _norm_map(r["quote"].strip())
            at = norm.find(q)
            quote_spans.append(None if at < 0 else (where[at], where[at + len(q) - 1] + 1))
        for r, qs in zip(claims, quote_spans, strict=True):
            total += 1
            hit = None
            if qs is not None:
                need = (qs[1] - qs[0]) / 2
                for rec, (a, b) in zip(records, spans, strict=True):
                    if min(b, qs[1]) - max(a, qs[0]) >= need:
                        hit = rec
                        break
            if hit is None:
                if misses:
                    print(f"MISS [{outlet}] {r['quote'][:110]}", file=sys.stderr)
                continue
            found += 1
            if _same_speaker(hit, r):
                speaker_ok += 1
            elif misses:
                print(
                    f"SPEAKER [{outlet}] got {hit.get('speaker')!r}/{hit.get('claimant')!r} "
                    f"want {r.get('speaker') or r['claimant']!r}: {r['quote'][:60]}",
                    file=sys.stderr,
                )
        for a, b in spans:
            cands += 1
            if any(
                qs is not None and min(b, qs[1]) - max(a, qs[0]) >= (qs[1] - qs[0]) / 2
                for qs in quote_spans
            ):
                cands_hit += 1
    articles = len(OUTLETS)
    return {
        "extract_recall": found / total,
        "extract_precision": cands_hit / cands,
        "extract_speaker": speaker_ok / max(found, 1),
        "extract_candidates_per_article": cands / articles,
        "extract_s_per_article": seconds / articles,
    }


def main() -> None:
    numbers = run(misses="--misses" in sys.argv)
    for key, value in numbers.items():
        print(f"{key:32} {value:.3f}")


if __name__ == "__main__":
    main()
