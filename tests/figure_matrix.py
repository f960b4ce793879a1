"""The figure matrix (extract52, issue 25): every cell a sentence built by code from four axes
(a hedge before the number, the number's shape, its unit or currency, and the words around
it) with the reading it must get from the span reader (``extract.figurespans.read_figures``)
or the refusal it must show. A figure is read whole or refused whole: the reading expected is
``parse_figure`` (the parser of ``claimtrack add``) of the whole phrase, checked against what
the words mean on their own (``_means``): a reading that puts a number in the quote that is
not there ("could reach between 18,000 to 20,000" as 0-20,000) must be refused, not kept.

    python tests/figure_matrix.py          # the pass rate, by axis, and the failing cells

Used by ``tests/test_extract_matrix52.py`` (one row a cell)."""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import product

from claimtrack.extract.figurespans import read_figures
from claimtrack.quantities import FigureError, parse_figure

# a hedge: its name, how it is written around a number phrase ("{x}"; "{y}" the range's
# other end), and what it means of the number's value v (``_means``); a hedge that takes no
# number is written with its unit alone
HEDGES: list[tuple[str, str, str]] = [
    ("none", "{x}", "exact"),
    ("about", "about {x}", "around"),
    ("some", "some {x}", "around"),
    ("nearly", "nearly {x}", "below"),
    ("up to", "up to {x}", "cap"),
    ("at least", "at least {x}", "floor"),
    ("more than", "more than {x}", "floor"),
    ("could reach", "could reach {x}", "cap"),
    ("between and", "between {x} and {y}", "range"),
    ("between to", "between {x} to {y}", "range"),
    ("could reach between", "could reach between {x} to {y}", "range"),
    ("as many as", "as many as {x}", "cap"),
    ("in the region of", "in the region of {x}", "around"),
    ("in the thousands", "in the thousands", "vague"),
    ("in the hundreds", "in the hundreds", "vague"),
    ("dozens of", "dozens of{u}", "vague"),
    ("tens of thousands of", "tens of thousands of{u}", "vague"),
    ("a few", "a few{u}", "unwritten"),
    ("several", "several{u}", "unwritten"),
]

# a number's shape: its name, as written, its value (low, high), a higher number of the same
# shape for a range's other end (None: no range of it), and whether it is a share or a word
NUMBERS: list[tuple[str, str, tuple[float, float], str | None, str]] = [
    ("12,000", "12,000", (12000, 12000), "15,000", "digits"),
    ("12.5m", "12.5m", (12.5e6, 12.5e6), "14m", "digits"),
    ("1.2 billion", "1.2 billion", (1.2e9, 1.2e9), "1.5 billion", "digits"),
    ("twelve", "twelve", (12, 12), "fifteen", "word"),
    ("a dozen", "a dozen", (12, 12), None, "word"),
    ("one in five", "one in five", (20, 20), None, "share"),
    ("40%", "40%", (40, 40), "50%", "share"),
    ("3-4", "3-4", (3, 4), None, "range"),
    ("3 to 4", "3 to 4", (3, 4), None, "range"),
]

# a unit or currency: its name, the text before the number, the text after it
UNITS: list[tuple[str, str, str]] = [
    ("none", "", ""),
    ("people", "", " people"),
    ("tonnes", "", " tonnes"),
    ("km", "", " km"),
    ("miles", "", " miles"),
    ("$", "$", ""),
    ("£", "£", ""),
    ("€", "€", ""),
    ("KSh", "KSh ", ""),
    ("N", "N", ""),
    ("Rs", "Rs ", ""),
    ("per cent", "", " per cent"),
    ("a year", "", " a year"),
    ("a day", "", " a day"),
]
_CURRENCIES = {"$", "£", "€", "KSh", "N", "Rs"}

# the words around the figure: its name, the sentence ("{p}" the figure's phrase), what
# they make of it ("level", a change "up", or a figure with a conversion's "note")
CONTEXTS: list[tuple[str, str, str]] = [
    ("plain", "Officials said {p} were counted on Monday.", "level"),
    ("rose by", "Officials said the total rose by {p} last week.", "up"),
    ("up", "Officials said the total was up {p} on the month.", "up"),
    ("more", "Officials said {p} were counted on Monday.", "up"),  # "12,000 more people"
    ("another", "Officials said {p} were counted on Monday.", "up"),  # "another 12,000"
    ("an additional", "Officials said {p} were counted on Monday.", "up"),
    ("conversion", "Officials said {p} {c} was paid on Monday.", "note"),
    ("date", "On 12 March 2024 officials said {p} were counted.", "level"),
    ("year", "In 2019, officials said {p} were counted.", "level"),
    ("ordinal", "For a third year officials said {p} were counted.", "level"),
    ("place", "The camp is {p} outside the city, officials said.", "level"),
]
# the units a context is written with (all others: every unit)
_CONTEXT_UNITS = {"place": {"km", "miles"}}
# the same amount in another unit, in brackets (a conversion), by unit
_CONVERTED = {
    "$": "(£9,000)",
    "£": "($15,000)",
    "€": "($13,000)",
    "KSh": "($90)",
    "Rs": "($140)",
    "km": "(7,456 miles)",
    "miles": "(19,312 km)",
}
_HEDGES_SAMPLED = {"none", "about", "more than", "between and", "up to"}


@dataclass(frozen=True)
class Cell:
    hedge: str
    number: str
    unit: str
    context: str
    sentence: str
    start: int  # the figure phrase in the sentence
    end: int
    # the reading: (text, low, high, hedge) or None for a refusal; what the words make of it
    expected: tuple[str, float, float | None, str | None] | None
    effect: str
    why: str  # why a refusal is expected

    @property
    def name(self) -> str:
        return f"{self.hedge}|{self.number}|{self.unit}|{self.context}"


def _phrase(hedge: str, number: str, unit: str, added: str | None) -> str | None:
    """The figure phrase of a cell, or None when the axes make no English."""
    _, form, means = next(h for h in HEDGES if h[0] == hedge)
    _, before, after = next(u for u in UNITS if u[0] == unit)
    if means in ("vague", "unwritten"):
        if number != "12,000":  # a hedge with no number is one row, whatever the number
            return None
        if ("{u}" not in form and unit != "none") or unit in _CURRENCIES:
            return None
        if "{u}" in form and unit == "none":
            return None
        if added is not None:
            return None
        return form.format(u=after)
    _, text, _, higher, kind = next(n for n in NUMBERS if n[0] == number)
    if unit in _CURRENCIES and kind in ("word", "share"):
        return None
    if kind == "share" and unit != "none":
        return None
    if unit == "per cent" and kind in ("digits",) and number != "12,000":
        return None
    if means == "range" and (higher is None or kind == "range"):
        return None
    if kind == "range" and hedge not in ("none", "about", "up to"):
        return None
    if means == "range" and added is not None:
        return None
    if added == "more":
        x = f"{before}{text} more{after}"
    else:
        x = f"{before}{text}{after}"
        if added is not None:
            if means == "range":
                return None
            x = f"{added} {x}"
    y = f"{before}{higher}{after}" if higher is not None else ""
    if means == "range":
        x = f"{before}{text}"  # the unit once, after the second end
    return form.format(x=x, y=y)


def _means(means: str, value: tuple[float, float], low: float, high: float | None) -> bool:
    """Whether a reading (low, high) is what the hedge says of the value, with no number
    the words do not give."""
    v_low, v_high = value
    if means == "exact":
        return (low, high) == (v_low, v_high)
    if means == "around":
        return high is not None and low < v_low <= v_high < high
    if means == "below":
        return high is not None and high <= v_high and low < v_low
    if means == "cap":
        return high == v_high and low <= v_low
    if means == "floor":  # "more than 12,000": from 12,001 (the parser's next whole number)
        return v_low <= low <= v_low + 1 and (high is None or high > v_high)
    if means == "range":  # both ends as written: "could reach between X to Y" is no 0-Y
        return (low, high) == (v_low, v_high)
    return True


def _range_value(number: str) -> tuple[float, float]:
    _, _, value, higher, _ = next(n for n in NUMBERS if n[0] == number)
    assert higher is not None
    return value[0], parse_figure(higher).low


def _scale(value: tuple[float, float], unit: str) -> tuple[float, float]:
    return value


def _phrase_unit_after(unit: str) -> bool:
    return bool(next(u for u in UNITS if u[0] == unit)[2])


def cells() -> list[Cell]:
    out: list[Cell] = []
    for (hedge, _, means), (number, *_), (unit, *_), (context, form, effect) in product(
        HEDGES, NUMBERS, UNITS, CONTEXTS
    ):
        if context != "plain" and hedge not in _HEDGES_SAMPLED:
            continue
        added = context if context in ("more", "another", "an additional") else None
        if context == "conversion" and unit not in _CONVERTED:
            continue
        if unit not in _CONTEXT_UNITS.get(context, {unit}):
            continue
        if context in ("rose by", "up") and means in ("vague", "unwritten"):
            continue
        phrase = _phrase(hedge, number, unit, added)
        if phrase is None:
            continue
        sentence = form.format(p=phrase, c=_CONVERTED.get(unit, ""))
        start = sentence.index(phrase)
        end = start + len(phrase)
        whole = phrase
        if added == "more":  # "12,000 more people": the number and its hedge, the unit after
            whole = (
                phrase.split(" more", 1)[0]
                if _phrase_unit_after(unit)
                else phrase.replace(" more", "", 1)
            )
        elif added is not None:
            whole = phrase.replace(f"{added} ", "", 1)
        why = ""
        try:
            fig = parse_figure(whole)
        except (FigureError, ValueError) as e:
            expected = None
            why = f"the parser refuses {whole!r}: {str(e)[:60]}"
            if "more than the whole" in str(e):  # a rate, read saying so (review26)
                rate = parse_figure(whole, rates=True)
                expected = (whole, rate.low, rate.high, rate.hedge)
                effect = "above" if effect == "level" else effect
        else:
            value = next(n for n in NUMBERS if n[0] == number)[2]
            if means == "range":
                value = _range_value(number)
            if _means(means, value, fig.low, fig.high):
                expected = (whole, fig.low, fig.high, fig.hedge)
            else:
                expected = None
                why = f"the parser's {fig.low}-{fig.high} is not what {hedge!r} says"
        if means == "unwritten":  # "several people": no number written, no figure card
            expected, effect, why = None, "none", "no number written (extract48: `many`)"
        out.append(Cell(hedge, number, unit, context, sentence, start, end, expected, effect, why))
    return out


def check(cell: Cell) -> str | None:
    """None when the span reader reads the cell as expected, else what it did."""
    s = cell.sentence
    figs, refused = read_figures(s, 0, len(s))
    shown = [(f.start, f.end, "read", f) for f in figs] + [
        (r.start, r.end, "refused", r) for r in refused
    ]
    inside = [x for x in shown if x[0] < cell.end and x[1] > cell.start]
    if cell.effect == "none":
        return None if not shown else "a figure where no number is written"
    outside = [x for x in shown if x not in inside]
    if outside:
        return "a figure outside the phrase: " + ", ".join(repr(s[a:b]) for a, b, *_ in outside)
    if (
        len(inside) == 2
        and cell.context in ("rose by", "up")
        and " to " in cell.number
        and inside[0][2] == "read"
        and inside[0][3].change == "up"
    ):
        return None  # "rose by 3 to 4": a change and the level it reached (review27)
    if len(inside) != 1:
        return f"{len(inside)} figures for the phrase: " + ", ".join(
            repr(s[a:b]) for a, b, *_ in inside
        )
    a, b, kind, got = inside[0]
    text = s[a:b]
    if cell.effect == "up" and kind == "refused":
        return None  # a change or an amount added, refused whole: never a level
    if cell.expected is None:
        if kind == "read":
            return f"read {text!r} ({got.figure.low}-{got.figure.high}): {cell.why}"
        return None
    want, low, high, hedge = cell.expected
    if kind == "refused":
        return f"refused {text!r}: {got.reason[:70]}"
    f = got.figure
    if cell.effect == "up":
        if got.change != "up":
            return f"read {text!r} as a level (change {got.change}), not a change up"
        if (f.low, f.high) != (low, high):
            return f"read {text!r} as {f.low}-{f.high}, not {low}-{high}"
        if not want.startswith(text) and text != want:
            return f"read {text!r}, not {want!r}"
        return None
    if text != want:
        return f"read {text!r}, not {want!r} ({'cut' if text in want else 'widened'})"
    if (f.low, f.high, f.hedge) != (low, high, hedge):
        return f"read as {f.low}-{f.high} {f.hedge}, not {low}-{high} {hedge}"
    if cell.effect == "above" and (not got.note or "above the whole" not in got.note):
        return "a rate above the whole read without its note"
    if cell.effect == "note" and cell.unit in _CURRENCIES and not got.note:
        return "no note of the conversion"
    return None


def report(out: list[Cell] | None = None) -> list[str]:
    out = cells() if out is None else out
    results = [(c, check(c)) for c in out]
    lines = [f"{sum(r is None for _, r in results)}/{len(results)} cells pass"]
    for axis in ("hedge", "number", "unit", "context"):
        tally: dict[str, Counter[bool]] = defaultdict(Counter)
        for c, r in results:
            tally[getattr(c, axis)][r is None] += 1
        row = ", ".join(f"{k} {t[True]}/{t[True] + t[False]}" for k, t in tally.items() if t[False])
        lines.append(f"{axis}: failing in {row or 'none'}")
    return lines + [f"FAIL {c.name}: {c.sentence} -> {r}" for c, r in results if r is not None]


if __name__ == "__main__":
    sys.stdout.write("\n".join(report()) + "\n")
