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

import json
import sys
from pathlib import Path

from _peer import run

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


def _cases(folder: Path):
    for name, phrase, value, kind in cases(folder):

        def agrees(fig, value=value, kind=kind) -> bool:
            inside = fig.low <= value and (fig.high is None or value <= fig.high)
            return inside and fig.dimension.split(":")[0] == kind

        yield phrase, f"{name:17} {phrase!r:34} expected {value:g} {kind}", agrees


def main() -> int:
    return run(__doc__.splitlines()[0], _cases)


if __name__ == "__main__":
    sys.exit(main())
