"""How claimtrack's figure parser fares on other parsers' public English test suites.

Reads the spec files of two other projects from paths given on the command line (they are
not part of this repository):

* Microsoft Recognizers-Text, ``Specs/Number/English/``: ``NumberModel.json``,
  ``NumberRangeModel.json``, ``PercentModel.json`` (``--recognizers DIR``, the directory that
  holds them);
* quantulum3, ``quantulum3/_lang/en_US/tests/quantities.json`` (``--quantulum FILE``).

Each case whose expected answer is one figure gives one phrase: the text the other parser
marks as its figure (Recognizers' ``Text``, quantulum3's ``surface``), with the value it
expects. claimtrack reads that phrase with ``parse_figure`` and the case is counted as

* **agree**: the figure read has the expected value (or interval) in the expected dimension,
  compared in base units (see ``expected_*`` and ``judge`` for the mapping);
* **misread**: a figure was read, but not the expected one (a silent misread, the worst
  outcome: a fact-checker would publish it);
* **refused**: ``FigureError``, a one-line message naming what was not read.

``--parser`` measures another reader on the same phrases with the same judge: quantulum3
(``parser.parse``; one quantity or refused) or Recognizers-Text's Python package
(``recognizers-text-number``: its percentage model, else its number model; one result or
refused; the Python package has no range model). Install them in a separate environment:
they are not claimtrack dependencies.

Usage: python bench/peer_suites.py --recognizers DIR --quantulum FILE
           [--parser claimtrack|quantulum3|recognizers] [--show misread|refused|agree]
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"


class Refused(Exception):
    """The reader gave no single figure for the phrase (its message says why)."""


@dataclass(frozen=True)
class Reading:
    """What a reader made of a phrase: a dimension and an interval in its base unit."""

    dimension: str
    low: float
    high: float | None
    shown: str


def claimtrack_reader() -> Callable[[str], Reading]:
    sys.path.insert(0, str(SRC))
    from claimtrack.quantities import FigureError, parse_figure

    def read(phrase: str) -> Reading:
        try:
            fig = parse_figure(phrase)
        except FigureError as e:
            raise Refused(str(e)) from None
        shown = f"{fig.base_low}–{fig.base_high} {fig.dimension} ({fig.unit})"
        return Reading(fig.dimension, fig.base_low, fig.base_high, shown)

    return read


def quantulum_reader() -> Callable[[str], Reading]:
    from quantulum3 import parser  # type: ignore[import-not-found]

    def read(phrase: str) -> Reading:
        quantities = parser.parse(phrase)
        if len(quantities) != 1:
            raise Refused(f"{len(quantities)} quantities")
        q = quantities[0]
        dim, factor = Q3_UNITS.get(q.unit.name, (f"other:{q.unit.name}", 1))
        u = q.uncertainty or 0
        lo, hi = (q.value - u) * factor, (q.value + u) * factor
        return Reading(dim, lo, hi, f"{q.value}±{u} {q.unit.name}")

    return read


def recognizers_reader() -> Callable[[str], Reading]:
    from recognizers_number import NumberRecognizer  # type: ignore[import-not-found]
    from recognizers_text import Culture  # type: ignore[import-not-found]

    recognizer = NumberRecognizer(Culture.English)
    numbers, percents = recognizer.get_number_model(), recognizer.get_percentage_model()

    def read(phrase: str) -> Reading:
        found = percents.parse(phrase)
        dim = "share"
        if len(found) != 1:
            found, dim = numbers.parse(phrase), "count"
        if len(found) != 1:
            raise Refused(f"{len(found)} numbers")
        value = float(str(found[0].resolution["value"]).rstrip("%"))
        return Reading(dim, value, value, f"{value} {dim}")

    return read


READERS = {
    "claimtrack": claimtrack_reader,
    "quantulum3": quantulum_reader,
    "recognizers": recognizers_reader,
}


@dataclass(frozen=True)
class Expected:
    """What a case expects, in claimtrack's terms: a dimension and an interval in its base
    unit. ``lo``/``hi`` None = unbounded; ``lo_open``/``hi_open``: the bound itself is left
    out (claimtrack stores closed intervals: for a count it moves to the next whole number,
    for a measure it keeps the number itself; both are accepted)."""

    dimension: str  # claimtrack dimension, or "other:<unit>" for a unit claimtrack never reads
    lo: float | None
    hi: float | None
    lo_open: bool = False
    hi_open: bool = False
    fraction: bool = False  # a bare fraction: claimtrack reads it as a share (x 100)


@dataclass(frozen=True)
class Case:
    suite: str
    phrase: str
    expected: Expected


# quantulum3 unit names -> claimtrack (dimension, base units per unit). A unit not listed is
# one claimtrack does not read (bytes, electronvolts, degrees, rates ...): the right answer
# there is a refusal, never a count of "ev".
Q3_UNITS: dict[str, tuple[str, float]] = {
    "dimensionless": ("count", 1),
    "dozen": ("count", 12),
    "baker's dozen": ("count", 13),
    "gross": ("count", 144),
    "metre": ("length", 1),
    "kilometre": ("length", 1000),
    "mile": ("length", 1609.344),
    "inch": ("length", 0.0254),
    "nanometre": ("length", 1e-9),
    "picometre": ("length", 1e-12),
    "attometre": ("length", 1e-18),
    "square kilometre": ("area", 1e6),
    "square mile": ("area", 2589988.110336),
    "cubic kilometre": ("volume", 1e12),
    "cubic centimetre": ("volume", 0.001),
    "litre": ("volume", 1),
    "centilitre": ("volume", 0.01),
    "gallon": ("volume", 3.785411784),
    "kilogram": ("mass", 1),
    "milligram": ("mass", 1e-6),
    "tonne": ("mass", 1000),
    "pound-mass": ("mass", 0.45359237),
    "day": ("duration", 86400),
    "week": ("duration", 604800),
    "month": ("duration", 2629746),
    "year": ("duration", 31556952),
    "hour": ("duration", 3600),
    "kilometre per hour": ("speed", 1 / 3.6),
    "watt hour": ("energy", 3600),
    "megawatt hour": ("energy", 3.6e9),
    "byte": ("data", 1),
    "exabyte": ("data", 1e18),
    "megabyte": ("data", 1e6),
    "bit": ("data", 0.125),
    "percentage": ("share", 1),
    "euro": ("currency:EUR", 1),
    "dollar": ("currency:USD", 1),
    "pound sterling": ("currency:GBP", 1),
}


# A rate per period ("dollar per hour") in claimtrack's terms: its amount's dimension per base
# period (an hour for an hour; a week for a day or a week; a year for a month or a year), per
# that period.
_PER = {"hour": ("hour", 1), "day": ("week", 7), "week": ("week", 1),
        "month": ("year", 12), "year": ("year", 1)}  # fmt: skip


def q3_unit(unit: str) -> tuple[str, float]:
    """(claimtrack dimension, base units per unit) of a quantulum3 unit name."""
    if unit in Q3_UNITS:
        return Q3_UNITS[unit]
    amount, sep, period = unit.rpartition(" per ")
    known = Q3_UNITS | {"count": ("count", 1)}  # "count per week": how often
    if sep and period in _PER and amount in known and known[amount][0] != "share":
        dim, factor = known[amount]
        base, per = _PER[period]
        return f"{dim}/{base}", factor * per
    return Q3_UNITS.get(unit, (f"other:{unit}", 1))


def recognizers_cases(directory: Path) -> list[Case]:
    cases = []
    for name, kind in (
        ("NumberModel.json", "number"),
        ("NumberRangeModel.json", "range"),
        ("PercentModel.json", "percent"),
    ):
        for spec in json.loads((directory / name).read_text(encoding="utf-8")):
            results = spec.get("Results") or []
            if len(results) != 1:
                continue
            result = results[0]
            expected = recognizers_expected(kind, result.get("Resolution") or {})
            if expected is None:
                continue
            # "Text" is lowercased ("10G" -> "10g"): take the phrase as written from the input
            phrase = spec["Input"][result["Start"] : result["End"] + 1]
            if phrase.lower() != result["Text"].lower():
                phrase = result["Text"]
            cases.append(Case(f"recognizers-{kind}", phrase, expected))
    return cases


def recognizers_expected(kind: str, resolution: dict) -> Expected | None:
    value = resolution.get("value")
    if value is None or value == "null":
        return None  # "percent" with no number: not a figure
    if kind == "number":
        v = float(value)
        return Expected("count", v, v, fraction=resolution.get("subtype") == "fraction")
    if kind == "percent":
        v = float(value.rstrip("%"))
        return Expected("share", v, v)
    m = re.fullmatch(r"([\[(])([^,]*),([^,\])]*)([\])])", value)
    if m is None:
        return None
    lo = float(m.group(2)) if m.group(2) else None
    hi = float(m.group(3)) if m.group(3) else None
    frac = any(x is not None and not float(x).is_integer() for x in (lo, hi))
    return Expected(
        "count", lo, hi, lo_open=m.group(1) == "(", hi_open=m.group(4) == ")", fraction=frac
    )


def quantulum_cases(path: Path) -> list[Case]:
    cases, seen = [], set()
    for spec in json.loads(path.read_text(encoding="utf-8")):
        for result in spec["res"]:
            key = (result["surface"], result["value"], result["unit"])
            if key in seen:
                continue
            seen.add(key)
            dim, factor = q3_unit(result["unit"])
            if dim != "count" and not re.search(r"[^\d\s.,]", result["surface"]):
                continue  # "45" of "45 to 50 mg": the unit is not in the phrase
            v = float(result["value"])
            fraction = result["unit"] == "dimensionless" and not v.is_integer()
            u = float(result.get("uncertainty") or 0)
            lo, hi = (v - u) * factor, (v + u) * factor
            expected = Expected(dim, lo, hi, fraction=fraction)
            cases.append(Case("quantulum3", result["surface"], expected))
    return cases


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def _bound_ok(got: float | None, want: float | None, is_open: bool, step: float) -> bool:
    if want is None:
        return got is None
    if got is None:
        return False
    return _close(got, want) or (is_open and _close(got, want + step))


def judge(case: Case, read: Callable[[str], Reading]) -> tuple[str, str]:
    """("agree" | "misread" | "refused", what the reader read or said)."""
    try:
        fig = read(case.phrase)
    except Refused as e:
        return "refused", str(e)
    except Exception as e:  # a peer that fails on a phrase gives no figure for it
        return "refused", f"{type(e).__name__}: {e}"
    exp = case.expected
    shown = fig.shown
    lo, hi = exp.lo, exp.hi
    dim = exp.dimension
    if fig.dimension == "share" and exp.fraction:
        lo, hi, dim = _times(lo, 100), _times(hi, 100), "share"
    if fig.dimension != dim:
        return "misread", shown
    low, high = fig.low, fig.high
    if dim == "share" and high == 100 and hi is None:
        high = None  # a share is at most the whole: "more than half" is 50–100
    if lo is None:
        lo = 0.0  # figures count from 0: "fewer than 100" is 0–99
    ok = _bound_ok(low, lo, exp.lo_open, 1) and _bound_ok(high, hi, exp.hi_open, -1)
    return ("agree" if ok else "misread"), shown


def _times(x: float | None, k: float) -> float | None:
    return None if x is None else x * k


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--recognizers", type=Path, help="Specs/Number/English of Recognizers-Text")
    ap.add_argument("--quantulum", type=Path, help="quantulum3's en_US tests/quantities.json")
    ap.add_argument("--parser", choices=sorted(READERS), default="claimtrack")
    ap.add_argument("--show", choices=("agree", "misread", "refused"), action="append")
    ap.add_argument("--json", action="store_true", help="counts as JSON")
    args = ap.parse_args(argv)
    cases: list[Case] = []
    if args.recognizers:
        cases += recognizers_cases(args.recognizers)
    if args.quantulum:
        cases += quantulum_cases(args.quantulum)
    if not cases:
        ap.error("give --recognizers and/or --quantulum")
    read = READERS[args.parser]()
    counts: Counter[tuple[str, str]] = Counter()
    for case in cases:
        verdict, said = judge(case, read)
        counts[(case.suite, verdict)] += 1
        if args.show and verdict in args.show:
            print(f"{verdict:8} {case.suite:20} {case.phrase!r:45} -> {said}")
    suites = sorted({c.suite for c in cases})
    table = {s: {v: counts[(s, v)] for v in ("agree", "misread", "refused")} for s in suites}
    total = {v: sum(t[v] for t in table.values()) for v in ("agree", "misread", "refused")}
    table["all"] = total
    if args.json:
        print(json.dumps(table, indent=1))
        return 0
    print(f"{'suite':22} {'cases':>5} {'agree':>12} {'misread':>8} {'refused':>8}")
    for s, t in table.items():
        n = sum(t.values())
        print(
            f"{s:22} {n:5} {t['agree']:5} ({100 * t['agree'] / n:4.1f}%)"
            f" {t['misread']:8} {t['refused']:8}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
