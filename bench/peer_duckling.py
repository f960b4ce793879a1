"""claimtrack's figure parser on facebook/duckling's English test corpora.

Reads ``Duckling/<Dimension>/EN/Corpus.hs`` of duckling (Numeral, AmountOfMoney, Distance,
Quantity, Volume, Temperature; not part of this repository) from a directory where each is
saved as ``<Dimension>.hs``. Every phrase of an ``examples (...) [...]`` block of the corpus
(not the latent or negative ones) is read with ``parse_figure`` and counted as

* **agree**: the value the block expects lies in the figure read (``simple``), its two ends
  are the range read (``between``), or the bound matches (``under``, ``above``), in the
  expected kind of unit (money a currency, distance a length, ...; a quantity any);
* **differ**: a figure was read, but not that one, listed one a line: a silent misread, a
  reading by claimtrack's documented conventions (``3k`` thousand, ``9m`` million), or a
  value compared in another unit (duckling gives quantities in grams, claimtrack in the unit
  written);
* **refused**: ``FigureError``, a one-line message naming what was not read.

Usage: python bench/peer_duckling.py DIR [--show differ|refused|agree]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from _peer import run

KIND = {"Numeral": "count", "AmountOfMoney": "currency", "Distance": "length",
        "Volume": "volume", "Temperature": "temperature", "Quantity": None}  # fmt: skip
BLOCK = re.compile(r"examples \(([^\n]*?)\)\s*\[(.*?)\]", re.S)
NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?:e\d+)?")


def phrases(folder: Path) -> list[tuple[str, str, list[float], str]]:
    """(dimension, kind of example, the values it names, phrase) for every example."""
    out = []
    for name in KIND:
        path = folder / f"{name}.hs"
        if not path.exists():
            continue
        src = path.read_text(encoding="utf-8")
        src = src.split("allExamples")[-1] if "allExamples" in src else src.split("corpus =")[-1]
        for m in BLOCK.finditer(src):
            head = m.group(1)
            values = [float(x) for x in NUMBER.findall(head)]
            for p in re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(2)):
                out.append((name, head.split()[0], values, p))
    return out


def agrees(kind: str, values: list[float], low: float, high: float | None) -> bool:
    if not values:
        return True
    if kind == "between" and len(values) >= 2:
        return (low, high) == (values[-2], values[-1])
    if kind == "under":
        return high is not None and high <= values[-1]
    if kind == "above":
        return high is None and low >= values[-1] - 1
    return low <= values[-1] and (high is None or values[-1] <= high)


def _cases(folder: Path):
    for name, kind, values, phrase in phrases(folder):
        want = KIND[name]

        def agrees_with(fig, want=want, kind=kind, values=values) -> bool:
            same_kind = want is None or fig.dimension.split(":")[0] == want
            return same_kind and agrees(kind, values, fig.low, fig.high)

        yield phrase, f"{name:13} {phrase!r:36} expected {kind} {values}", agrees_with


def main() -> int:
    return run(__doc__.splitlines()[0], _cases)


if __name__ == "__main__":
    sys.exit(main())
