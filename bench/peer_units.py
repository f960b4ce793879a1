"""claimtrack's figure parser on Microsoft Recognizers-Text's English number-with-unit specs.

Reads ``Specs/NumberWithUnit/English/`` of Recognizers-Text (``CurrencyModel.json``,
``DimensionModel.json``, ``AgeModel.json``, ``TemperatureModel.json``) from the directory given
on the command line (they are not part of this repository). Each case with one result gives
one phrase: the text it marks (as the input writes it, capitals kept), with the value and the
kind of unit it expects (currency, length, mass, area, volume, speed, information, angle, age,
temperature). claimtrack reads the phrase with ``parse_figure``:

* **agree**: the value it expects lies in the figure read, in the expected kind of unit;
* **differ**: a figure was read, but not that one (a silent misread, or the spec's own
  mislabel: it files gallons under weight), listed one a line;
* **refused**: ``FigureError``, a one-line message naming what was not read.

Usage: python bench/peer_units.py DIR [--show refused]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
FILES = ("CurrencyModel", "DimensionModel", "AgeModel", "TemperatureModel")
KIND = {"currency": "currency", "Length": "length", "Weight": "mass", "Area": "area",
        "Volume": "volume", "Speed": "speed", "Information": "data", "Angle": "angle",
        "age": "duration", "temperature": "temperature"}  # fmt: skip


def cases(folder: Path) -> list[tuple[str, str, float, str]]:
    """(file, phrase, value, kind) for every case with one result and a numeric value."""
    out = []
    for name in FILES:
        path = folder / f"{name}.json"
        for case in json.loads(path.read_text(encoding="utf-8-sig")):
            results = case.get("Results") or []
            if len(results) != 1:
                continue
            r = results[0]
            res = r.get("Resolution") or {}
            try:
                value = float(res.get("value"))
            except (TypeError, ValueError):
                continue
            text, start = r["Text"], r.get("Start")
            written = case["Input"][start : start + len(text)] if start is not None else ""
            phrase = written if written.lower() == text.lower() else text
            kind = KIND.get(res.get("subtype") or r.get("TypeName"), r.get("TypeName"))
            out.append((name, phrase, value, kind))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--show", choices=("differ", "refused", "agree"), default="differ")
    args = ap.parse_args()
    sys.path.insert(0, str(SRC))
    from claimtrack.quantities import FigureError, parse_figure

    counts = {"agree": 0, "differ": 0, "refused": 0}
    for name, phrase, value, kind in cases(args.folder):
        try:
            fig = parse_figure(phrase)
        except FigureError as e:
            verdict, shown = "refused", str(e)
        else:
            inside = fig.low <= value and (fig.high is None or value <= fig.high)
            verdict = "agree" if inside and fig.dimension.split(":")[0] == kind else "differ"
            shown = f"{fig.low}–{fig.high} {fig.unit} ({fig.dimension})"
        counts[verdict] += 1
        if verdict == args.show:
            print(f"{verdict:8} {name:17} {phrase!r:34} expected {value:g} {kind}: {shown}")
    total = sum(counts.values())
    print(f"{total} phrases: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
