"""The loop both peer-suite benches share (peer_units.py, peer_duckling.py): read each phrase
with ``add``'s parser, judge the reading against what the suite expects, count agree / differ
/ refused, and print the phrases of one verdict."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

SRC = Path(__file__).resolve().parent.parent / "src"

# (phrase, how to print it, whether a reading agrees with the suite)
Case = tuple[str, str, Callable[[Any], bool]]


def run(description: str, cases: Callable[[Path], Iterable[Case]]) -> int:
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--show", choices=("differ", "refused", "agree"), default="differ")
    args = ap.parse_args()
    sys.path.insert(0, str(SRC))
    from claimtrack.quantities import FigureError, parse_figure

    counts = {"agree": 0, "differ": 0, "refused": 0}
    for phrase, label, agrees in cases(args.folder):
        try:
            fig = parse_figure(phrase)
        except FigureError as e:
            verdict, shown = "refused", str(e)
        else:
            verdict = "agree" if agrees(fig) else "differ"
            shown = f"{fig.low}–{fig.high} {fig.unit} ({fig.dimension})"
        counts[verdict] += 1
        if verdict == args.show:
            print(f"{verdict:8} {label}: {shown}")
    print(f"{sum(counts.values())} phrases: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0
