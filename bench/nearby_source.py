"""Does "a figure of narration takes the source named nearby" pay? Measured per labelled set
(issue 25, extract12).

    python bench/nearby_source.py          # the per-set table: rules as shipped, then each variant

A figure candidate with no speaker (the outlet's narration) takes, as a ``guess:``, the
speaker of a candidate that names one in its own frame (no guess) and gives the same kind of
figure, within a window: after it in the same paragraph or in the next one (``next``), or
also before it in the same or the previous paragraph (``around``). "The same kind" is:

* ``strict``: the same amount ("1,200" and "1,200 deaths"), or counts of the same noun
  ("1,200 deaths" and "344 deaths"; "people", "men", "years" tie nothing);
* ``dimension``: any figure of the same dimension (a count and a count, two shares);
* ``any``: any figure.

Two different sources that fit leave the figure the outlet's. The rule is not in
``claimtrack.extract``: on the ten labelled sets ``strict`` never fires (no outlet figure has
its amount or noun repeated by a named source nearby), and the looser kinds lift no set and
drop four (docs/extract.md, "What it cannot do"). It is kept here so that the next attempt
starts from numbers.
"""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import articles  # noqa: E402  (bench/articles.py: labels, matching, the folds)
from claimtrack.extract import extract  # noqa: E402
from claimtrack.extract.candidates import Candidate  # noqa: E402
from claimtrack.extract.figurespans import FigureRead  # noqa: E402
from claimtrack.extract.text import Prepared  # noqa: E402

# count nouns too common to tie two figures to one account ("150,000 people", "two men")
_GENERIC = {"people", "person", "persons", "man", "men", "woman", "women", "times", "time",
            "year", "years", "day", "days", "week", "weeks", "month", "months", "hour",
            "hours", "others", "more", "of", "each", "percent", "cent", "%"}  # fmt: skip


def _noun(f: FigureRead) -> str | None:
    unit = (f.figure.unit or "").lower()
    if f.figure.dimension != "count" or not unit or unit in _GENERIC or " " in unit:
        return None
    return unit[:-1] if unit.endswith("s") and not unit.endswith("ss") else unit


def strict(a: FigureRead, b: FigureRead) -> bool:
    x, y = a.figure, b.figure
    if x.dimension == y.dimension and {x.low, x.high} & {y.low, y.high} - {None}:
        return True
    noun = _noun(a)
    return noun is not None and noun == _noun(b)


def dimension(a: FigureRead, b: FigureRead) -> bool:
    return a.figure.dimension == b.figure.dimension


def any_figure(a: FigureRead, b: FigureRead) -> bool:
    return True


KINDS: dict[str, Callable[[FigureRead, FigureRead], bool]] = {
    "strict": strict, "dimension": dimension, "any": any_figure,
}  # fmt: skip


def link_nearby(
    candidates: list[Candidate],
    reading: str,
    kind: Callable[[FigureRead, FigureRead], bool],
    around: bool,
) -> tuple[list[Candidate], int]:
    """The candidates with the rule applied (module docstring), and how many it changed."""
    starts = [0, *(m.end() for m in re.finditer(r"\n\s*", reading))]
    sources = [
        c
        for c in candidates
        if c.speaker and c.figures and "guess:" not in c.speaker_found and c.cue != "figure"
    ]
    out, fired = [], 0
    for c in candidates:
        if c.speaker is not None or not c.figures or c.cue != "figure":
            out.append(c)
            continue
        para = bisect.bisect_right(starts, c.start) - 1
        limit = starts[para + 2] if para + 2 < len(starts) else len(reading)
        first = starts[max(para - 1, 0)] if around else c.end
        fits = sorted(
            (
                s
                for s in sources
                if first <= s.start < limit
                and s.start != c.start
                and any(kind(a, b) for a in c.figures for b in s.figures)
            ),
            key=lambda s: abs(s.start - c.start),
        )
        if len({s.claimant or s.speaker for s in fits}) != 1:
            out.append(c)
            continue
        fired += 1
        src = fits[0]
        out.append(
            replace(
                c,
                speaker=src.speaker,
                claimant=src.claimant or src.speaker,
                speaker_found=f"guess: the same kind of figure is {src.speaker}'s nearby",
            )
        )
    return out, fired


def main() -> int:
    print("as shipped")
    print("\n".join(articles.folds_table()))
    for name, kind in KINDS.items():
        for around in (False, True):
            fired = 0

            def patched(text: str, **kw: bool) -> tuple[Prepared, list[Candidate]]:
                nonlocal fired
                prep, cands = extract(text, **kw)
                cands, n = link_nearby(cands, prep.reading, kind, around)  # noqa: B023
                fired += n
                return prep, cands

            articles.extract = patched  # type: ignore[assignment]
            table = articles.folds_table()
            window = "around" if around else "next"
            print(f"\n{name}, {window}: {fired // 3} figures changed")  # best of three runs
            print("\n".join(table))
    articles.extract = extract  # type: ignore[assignment]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
