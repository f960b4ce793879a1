"""How the labels treat a figure sentence with no verb of saying after a source's sentence
(issue 25, "narration against source"): the evidence for carrying a source across sentences.

    python bench/narration_carry.py              # every labelled set, dev (01-48) and check (49-90)
    python bench/narration_carry.py --list       # also each case, on stderr

For each labelled claim found by a candidate whose only cue is a figure (no verb of saying,
no quotation), the candidate's place is described by where the last speech sentence before
it stands (``same paragraph, next sentence``; ``same paragraph, sentences between``;
``another paragraph``; ``none``), whether the extractor carried that sentence's speaker
(``guess: goes on with ...``), and what the label says: the outlet's narration, the last
speaker's (the same significant word, as ``bench/articles.py`` scores), or another source.
Texts are read from outside the repository (``bench/articles.py`` FOLDS); sets that are not
on this machine are skipped.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import articles as A  # noqa: E402  (bench/articles.py: labels, matching, the folds)
from claimtrack.extract import extract  # noqa: E402

WRITTEN_FROM = {f"{n:02d}" for n in range(1, 49)}  # the sets the rule was written from


def _place(reading: str, prev_end: int | None, start: int, between: int) -> str:
    if prev_end is None:
        return "none"
    if "\n" in reading[prev_end:start]:
        return "another paragraph"
    return "next sentence" if between == 0 else "sentences between"


def _case(reading: str, cands: list, lab: dict) -> tuple[str, str, str, str] | None:
    """(place, what the extractor did, what the label says, the sentence) for a labelled
    claim whose candidate has only a figure for cue, else None."""
    order = sorted(range(len(cands)), key=lambda k: cands[k].start)
    want = (lab["start"], lab["end"])
    need = (want[1] - want[0]) / 2
    hits = [k for k in order if A._overlap((cands[k].start, cands[k].end), want) >= need]
    if not hits or tuple(cands[hits[0]].cues) != ("figure",):
        return None
    c = cands[hits[0]]
    speech = [
        cands[j] for j in order
        if cands[j].end <= c.start and "figure" not in cands[j].cues and cands[j].speaker
    ]  # fmt: skip
    prev = speech[-1] if speech else None
    between = 0
    if prev is not None:
        gap = reading[prev.end : c.start].strip()
        between = len(re.findall(r"[.!?][\"”’']?\s+(?=[A-Z])", gap))
        between += len({x.start for x in cands if prev.end <= x.start < c.start})
    place = _place(reading, prev.end if prev else None, c.start, between)
    if (c.speaker_found or "").startswith("guess: goes on"):
        did = "carried"
    else:
        did = "other speaker" if c.speaker else "narration"
    if not lab.get("speaker"):
        said = "label: outlet"
    elif prev is not None and A.same_speaker(
        {"speaker": prev.speaker, "claimant": prev.claimant}, lab
    ):
        said = "label: last speaker"
    else:
        said = "label: another source"
    last = repr(prev.speaker) if prev else "None"
    return place, did, said, f"prev={last} {reading[c.start : c.start + 70]!r}"


def cases(listing: bool = False) -> Counter[tuple[str, str, str, str]]:
    out: Counter[tuple[str, str, str, str]] = Counter()
    for _name, texts, prefixes in A.FOLDS:
        if not texts.is_dir():
            print(f"skipped {texts}: not on this machine", file=sys.stderr)
            continue
        for nn, text, labels in A._load(list(prefixes), texts):
            prep, cands = extract(text)
            for lab in labels:
                row = _case(prep.reading, cands, lab)
                if row is None:
                    continue
                group = "written from" if nn in WRITTEN_FROM else "checked on"
                out[(group, *row[:3])] += 1
                if listing:
                    print(f"[{nn}] " + " | ".join(row), file=sys.stderr)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--list", action="store_true", help="each case on stderr")
    args = ap.parse_args(argv)
    table = cases(listing=args.list)
    for key in sorted(table):
        print(f"{table[key]:4d}  " + " | ".join(key))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
