"""What every rule uses: claimant names and their order, dates, the tuple layout of a record,
bounds, sweeps, ratios and materiality, the time helpers and the per-run context (``_Ctx``).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from itertools import islice
from operator import itemgetter
from typing import Any, Final

from claimtrack.conflicts.model import (
    _EPS,
    _INF,
    _NEG_INF,
    Change,
    ChangePoint,
    FigureConflict,
    FigurePosition,
    Number,
    Reversal,
)
from claimtrack.moments import forecast_moment, stated_before

# ---------------------------------------------------------------------------
# Claimant names and dates

_ASCII_TABLE: Final = {i: " " for i in range(128) if not chr(i).isalnum()}


def claimant_key(name: str) -> str:
    """Normalised claimant name: NFKC, case folded, punctuation removed, spaces collapsed.

    Every character that is not a letter, a mark or a digit (punctuation, symbols,
    controls) is treated as a space, so "US-led Coalition (CJTF-OIR)" and
    "us led coalition cjtf oir" compare equal.
    """
    if name.isascii():
        return " ".join(name.translate(_ASCII_TABLE).lower().split())
    s = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", name).casefold())
    cat = unicodedata.category
    s = "".join(c if cat(c)[0] in "LMN" else " " for c in s)
    return " ".join(s.split())


def _name_order(name: str) -> tuple[str, str]:
    return (name.casefold(), name)


def date_of(said_on: str | None, reported_on: str | None) -> tuple[str | None, str | None]:
    """When a statement was made: (said_on, "said_on"), else (reported_on, "reported_on")."""
    if said_on:
        return said_on, "said_on"
    if reported_on:
        return reported_on, "reported_on"
    return None, None


def _before(a: str, b: str) -> bool:
    """Whether date ``a`` is surely before ``b``: ``2023-09`` is not before ``2023-09-14``
    (the month contains the day), and is before ``2023-10-01``."""
    return a < b and not b.startswith(a)


def _stated_before(r: tuple, date: str) -> bool:
    """Whether record ``r`` was said (else reported) surely before ``date``: a figure with no
    as_of cannot describe that moment, and one of that as_of is a forecast of it (rule 2;
    ``moments.stated_before``, the rule's one home)."""
    return stated_before(r[_SAID] or r[_REPORTED], date)


def _is_forecast(r: tuple) -> bool:
    """Whether figure record ``r`` is a forecast: its as_of a moment it was stated (said_on,
    else reported_on) surely before (rule 2; ``moments.forecast_moment``, the rule's one home,
    which ``show`` and ``list`` read too)."""
    return forecast_moment(r[_ASOF], r[_SAID], r[_REPORTED]) is not None


def _forecasts_apart(recs: list[tuple]) -> tuple[list[tuple], list[tuple]]:
    """A measure's figures split into the figures of their moments and the forecasts: a
    figure whose as_of is a moment it was stated (said_on, else reported_on) surely before
    (rule 2). A forecast is no figure of the moment it forecasts: never a point of its change
    over time, a step of a running count, a rise or a fall, a part of a sum nor an estimate
    to revise; only the other forecasts of its moment are set against it (time27). ``recs``
    itself when it holds no forecast (the common case)."""
    for r in recs:
        if _is_forecast(r):
            break
    else:
        return recs, []
    outturns: list[tuple] = []
    forecasts: list[tuple] = []
    for r in recs:
        if _is_forecast(r):
            forecasts.append(r)
        else:
            outturns.append(r)
    return outturns, forecasts


def _statements(recs: list[tuple]) -> list[tuple[str, tuple]]:
    """Each record with the day it was stated (said_on, else reported_on; "" for neither), for
    ``_may_describe`` to ask of each date of a measure."""
    return [(r[_SAID] or r[_REPORTED] or "", r) for r in recs]


def _may_describe(stated: list[tuple[str, tuple]], date: str) -> list[tuple]:
    """The records of ``stated`` (``_statements``) not stated surely before ``date``: figures
    with no as_of that may describe it (rule 2). (typed: the compiled engine calls
    str.startswith natively)"""
    return [r for s, r in stated if not (s < date and not date.startswith(s))]


def change_text(change: Change, show: Callable[[Number, Number | None, str], str]) -> str:
    """A change over time in one line: "2023-09-13: 18,000–20,000 · 20,001+ (order not
    known) → 2023-09-17: 3,958", each range written by ``show(low, high, dimension)``. Points
    whose times cannot be ordered (the same time, a month and a day in it) are one step, never
    joined by an arrow. Points of a coarse time that holds a known course (a month holding
    days surely ordered among themselves) are shown after the steps, never one step with every
    day of it: "... → 2024-11-16: 225; dated only 2024-11 (not placed among its days): 219 ·
    230"."""
    coarse = _coarse_times([p.as_of for p in change.points])
    steps: list[tuple[list[str], list[str]]] = []  # (times, shown figures)
    aside: dict[str, list[str]] = {}
    for p in change.points:
        if p.as_of in coarse:
            aside.setdefault(p.as_of, []).append(show(p.low, p.high, change.dimension))
            continue
        if steps and any(not _before(t, p.as_of) for t in steps[-1][0]):
            steps[-1][0].append(p.as_of)
            steps[-1][1].append(show(p.low, p.high, change.dimension))
        else:
            steps.append(([p.as_of], [show(p.low, p.high, change.dimension)]))
    out = []
    for times, shown in steps:
        # each time once, before the first of its figures: "2023-01-31: a · b · 2023-01-31T12:00: c"
        text = " · ".join(
            f"{t}: {f}" if k == 0 or t != times[k - 1] else f
            for k, (t, f) in enumerate(zip(times, shown, strict=True))
        )
        if len(shown) > 1 and len(set(times)) == 1 and len(times[0]) > 10:
            text += f" ({len(shown)} figures of one moment)"  # a time of day: no order to know
        elif len(shown) > 1:
            text += " (order not known)"
        out.append(text)
    held = {4: "its months and days", 7: "its days"}
    tail = "".join(
        f"; dated only {t} (not placed among {held.get(len(t), 'its times of day')}): "
        + " · ".join(f)
        for t, f in aside.items()
    )
    return " → ".join(out) + tail + forecasts_text(change, show)


def forecasts_text(change: Change, show: Callable[[Number, Number | None, str], str]) -> str:
    """The forecasts shown beside a change over time, never as steps of it, each moment once
    with the days they were said (else reported): "; forecast of 2025-03-01: 475–525 (said
    2025-02-01)",
    "; forecasts of 2025-10: 5.5% (said 2025-08-04) · 7.5% (said 2025-08-06)" ("" for
    none)."""
    if not change.forecasts:
        return ""
    by_moment: dict[str, list[str]] = {}
    for p in change.forecasts:
        said = f" ({'reported' if p.basis == 'reported_on' else 'said'} {p.stated})"
        by_moment.setdefault(p.as_of, []).append(show(p.low, p.high, change.dimension) + said)
    return "".join(
        f"{'; ' if change.points or k else ''}forecast{'s' if len(shown) > 1 else ''} of {t}: "
        + " · ".join(shown)
        for k, (t, shown) in enumerate(by_moment.items())
    )


def _coarse_times(times: Iterable[str]) -> frozenset[str]:
    """The times among ``times`` (a year, a month, a day) that hold two or more of the others
    surely ordered among themselves: a month beside days of it that follow a count."""
    distinct = sorted(set(times))
    out = set()
    for i, t in enumerate(distinct):
        if len(t) > 10:
            continue  # a time of day holds no other time
        j = i + 1
        while j < len(distinct) and distinct[j].startswith(t):
            j += 1
        if any(_before(distinct[k], distinct[k + 1]) for k in range(i + 1, j - 1)):
            out.add(t)
    return frozenset(out)


def dimension_label(dimension: str) -> str:
    """``currency:USD`` -> ``USD``, ``currency:GBP/week`` -> ``GBP a week``, ``count/year``
    -> ``count a year``; other dimensions as they are."""
    amount, _, per = dimension.partition("/")
    label = amount.split(":", 1)[1] if amount.startswith("currency:") else amount
    return f"{label} {'an' if per == 'hour' else 'a'} {per}" if per else label


# ---------------------------------------------------------------------------
# Figures
#
# A figure record is a plain tuple, cheap to build and to sort:
#   (low, high, id, claimant_key, as_of, said_on, reported_on, core_low, core_high, source)
# with the bounds widened by the figure's rounding and high = +inf when unbounded; the core is
# what the figure says without its tolerances, which materiality compares (see _core).
# (Final: the compiled engine reads them as constants, not as module globals)
_LOW: Final = 0
_HIGH: Final = 1
_ID: Final = 2
_KEY: Final = 3
_ASOF: Final = 4
_SAID: Final = 5
_REPORTED: Final = 6
_CLO: Final = 7
_CHI: Final = 8
_SRC: Final = 9
# C-speed field reads
_low: Final = itemgetter(_LOW)
_high: Final = itemgetter(_HIGH)
_id: Final = itemgetter(_ID)
_key: Final = itemgetter(_KEY)
_first: Final = itemgetter(0)
_second: Final = itemgetter(1)
_core_low: Final = itemgetter(_CLO)
_core_high: Final = itemgetter(_CHI)
_as_of: Final = itemgetter(_ASOF)
_source: Final = itemgetter(_SRC)
# (id, said_on, reported_on, as_of), as reversals keep; a stance's as_of is None
_statement: Final = itemgetter(_ID, _SAID, _REPORTED, _ASOF)


def _above(low: Number, high: Number) -> bool:
    """Whether a lower bound lies above an upper bound, so the two intervals are disjoint.

    Touching is overlapping, with a relative tolerance of ``_EPS``: the same figures in other
    units (6 km as 6,000 m, a round number's widening done in floating point) must touch
    exactly as they did before the conversion.
    """
    return low > high + abs(high) * _EPS


def _bounds(recs: list[tuple]) -> tuple[Number, Number]:
    """(max low, min high) of a set of records: a disjoint pair exists iff max low > min high."""
    return max(map(_low, recs)), min(map(_high, recs))


def _sweep(recs: list[tuple]) -> list[tuple[list[tuple], Number, Number]]:
    """Greedy positions of records sorted by (low, high): (members, common low, common high).

    A new position starts when the next low exceeds the running minimum of the
    highs of the current one, so each position's intervals share the common range
    [max low, min high]. Positions come out in strictly increasing order of low.
    """
    out = []
    first = recs[0]
    cur = [first]
    common_high = first[_HIGH]
    top = common_high + abs(common_high) * _EPS  # _above(low, common_high) iff low > top
    for r in islice(recs, 1, None):
        if r[_LOW] > top:  # _above, inlined: the hot loop
            out.append((cur, cur[-1][_LOW], common_high))
            cur = [r]
            common_high = r[_HIGH]
            top = common_high + abs(common_high) * _EPS
        else:
            cur.append(r)
            if r[_HIGH] < common_high:
                common_high = r[_HIGH]
                top = common_high + abs(common_high) * _EPS
    out.append((cur, cur[-1][_LOW], common_high))
    return out


def _raw_ratio(upper_low: Number, lower_high: Number) -> float:
    """How far apart two bounds are: ``upper_low / lower_high`` (inf when lower_high <= 0)."""
    if lower_high <= 0:
        return _INF if _above(upper_low, lower_high) else 1.0
    return upper_low / lower_high


def _shown_ratio(ratio: float) -> float | None:
    """A ratio as reported: one decimal, None for infinite."""
    shown = _SHOWN.get(ratio, _MISSING)
    if shown is _MISSING:
        # Half up, with the tolerance: 1.25 and the same ratio after a unit conversion
        # (1.2499999999) both show as 1.3.
        shown = None if ratio == _INF else round(ratio * (1 + _EPS), 1)
        if len(_SHOWN) >= 1 << 16:
            _SHOWN.clear()
        _SHOWN[ratio] = shown
    return shown


def _minor_shown(ratio: float, min_gap: float) -> float:
    """A minor difference's ratio as reported: two decimals, so that 1.07 does not read as the
    1.1 threshold, and never at or above the materiality ratio it is under (1.099 at 1.1 reads
    1.09, not 1.1: "closer than 1.1x ... spread 1.1x" said a minor difference was as far apart
    as a dispute)."""
    shown = round(ratio * (1 + _EPS), 2)
    if shown >= min_gap - _EPS:
        shown = int(ratio * 100) / 100  # (a ratio >= 1: int() is the floor)
    return shown


# ratios shown before (round figures make the same ratios recur across subjects); NaN, never
# equal to itself, is never found and rounds to NaN each time
_SHOWN: Final[dict[float, float | None]] = {}
_MISSING: Final[Any] = object()  # (typed Any: it stands in for any cached value)


def _share_side(core: Number) -> Number:
    """A share's core on the scale whose ratios judge it by its smaller side: itself up to
    50%, above it 2500 / (100 - share), so that the ratio of two shares over 50% is the ratio
    of their complements (66.71% against 60.96%: 39.04 / 33.29, 1.17x, where 66.71 / 60.96 is
    1.09x) and one across 50% is the product of both halves' ratios. Increasing, and 50 at 50."""
    return core if core <= 50 else 2500 / (100 - core)


def _apart(upper_low: Number, lower_high: Number, min_gap: float) -> bool:
    """Whether two bounds are materially apart: disjoint, and by at least ``min_gap``."""
    return _above(upper_low, lower_high) and _raw_ratio(upper_low, lower_high) >= min_gap - _EPS


# ---------------------------------------------------------------------------
# Materiality, once (docs/conflicts.md, rule 6)
#
# Hedges and rounding make a figure's interval, and the intervals decide whether two figures
# disagree at all (they do not overlap). How far apart they are is then judged once, on the
# figures' cores, what they say without their tolerances: a hedge (+-10%) and a rounding
# (+-5%) must not also shrink the gap that the materiality ratio is applied to, or tolerances
# stack and a 1.2x difference reads as minor. A core lies inside its interval, so the ratio of
# two cores is never less than the ratio of the nearest bounds: this rule finds every dispute
# the bounds found.

# An interval no wider than +-10% around its middle (high / low <= 1.1 / 0.9) is one value
# with a tolerance ("about 6.4 million", "some 250", "nearly 44,000"); a wider one is a range
# whose ends are what it says ("many hundreds", "between 40 and 60").
_NARROW: Final = 1.1 / 0.9 * (1 + _EPS)


def _core(low: Number, high: Number) -> tuple[Number, Number]:
    """A figure's core, from its bounds as said (ordered, not widened by rounding; +inf =
    none): the bound of an open-ended figure ("more than 20,000": its low; "fewer than 100",
    low 0: its high), the middle of a narrow interval, else the interval itself."""
    if high == _INF:
        return low, low
    if low <= 0:
        return high, high
    if low == high:
        return low, low
    if high <= low * _NARROW:
        mid = (low + high) / 2
        return mid, mid
    return low, high


# ---------------------------------------------------------------------------
# Rates, by their stated precision (docs/conflicts.md rule 6, "Rates")
#
# A rate of one period (inflation in October, the jobless rate of a month) has one published
# value, and a figure of it says the values that round to it at the precision it was stated
# to: "2.7%" says 2.65 up to 2.75, "25%" 24.5 up to 25.5. Two figures whose stated values
# exclude each other cannot both be right, however close their ratio (10.1% against 10.7% is
# 1.06x, 1.0% against 1.2% is 1.2x): a rate is judged at a materiality ratio of 1 on these
# intervals, by the one test every pass uses (``_material``), and never reads "minor".

_DECIMAL: Final = re.compile(r"([0-9]+)[.,]([0-9]+)")


def _stated_unit(value: Number, said: str | None) -> Number:
    """The unit of the last digit a rate's figure states: 0.1 for 2.7 (and for "4.0%", a whole
    number whose decimals the figure as said keeps: ``said``), 1 for a whole number. A hedge
    or a round number's rounding may make the figure wider; never narrower (``_at_precision``)."""
    if value != int(value):
        text = repr(float(value))
        if "e" in text:
            return 0.0  # (a rate stated to more digits than a float keeps: read as exact)
        return 10.0 ** -len(text.partition(".")[2])
    if said is not None:
        m = _DECIMAL.search(said)
        if m is not None and int(m.group(1)) == value and not m.group(2).strip("0"):
            return 10.0 ** -len(m.group(2))
    return 1


def _at_precision(r: tuple) -> tuple:
    """A rate's figure record widened to the values that round to it at its stated precision,
    half open (``[core - u/2, core + u/2)``: "2.7%" and "2.8%" do not meet, and "25%" allows
    "25.5%", whose own rounding reaches below 25.5): a figure of one value (a bare number, a
    round one, a hedged one: "about 3%" allows 2.5 up to 3.5, its hedge's 2.7-3.3 being
    narrower than its rounding), never a bound or a range, which say their ends. The wider of
    its tolerance and its rounding, never both added."""
    low, high, core = r[_LOW], r[_HIGH], r[_CLO]
    if core != r[_CHI] or low <= 0 or high == _INF or not low <= core <= high:
        return r
    if high > low * _NARROW or abs((low + high) / 2 - core) > core * 1e-9:
        return r  # a range, or a bound: its ends are what it says
    if low == high:
        ask = _HEDGES.said
        unit = _stated_unit(core, ask(r[_ID]) if ask is not None and core == int(core) else None)
    else:
        unit = _stated_unit(core, None)
    half = unit / 2
    if half == 0 or (core - half >= low and core + half <= high):
        return r
    # the open end a hair below core + half, the hair twice the tolerance by which bounds
    # touch (``_above``: relative, so that 85.5% and 85.6% do not meet as 2.7% and 2.8% do
    # not; a hair of half * 1e-6 alone was inside it above 50%), and below the eighth
    # significant digit, where the positions are shown (``analyse._in_points``)
    hair = max(half * 1e-6, (core + half) * 2 * _EPS)
    return (min(low, core - half), max(high, core + half - hair), *r[_HIGH + 1 :])


def _material(upper: tuple, lower: tuple, min_gap: float) -> bool:
    """Whether figure record ``upper`` lies wholly above ``lower`` and their cores are at
    least ``min_gap`` apart."""
    return _above(upper[_LOW], lower[_HIGH]) and (
        _raw_ratio(upper[_CLO], lower[_CHI]) >= min_gap - _EPS
    )


def _tolerant(r: tuple) -> bool:
    """Whether a record is one value read with a hedge's tolerance (+-10% around its core,
    "about 1,000": 900-1,100) or a bare point (no tolerance): the figures whose tolerances
    stack. A range says its ends ("5 to 6", "18,000 to 20,000": each can be 6, or 20,000,
    with the other), and a round number's widening is not told from a narrow range: neither
    is. Its bounds first (``_tolerant_bounds``), then how it was said (``_HEDGES``): a range
    whose ends are a hedge's width around its middle ("900 to 1,100") has the bounds of one."""
    return _tolerant_bounds(r) and _HEDGES.one_value(r[_ID], r[_LOW], r[_HIGH])


def _tolerant_bounds(r: tuple) -> bool:
    """Whether a record's bounds read as one value with a hedge's tolerance, or a bare point:
    ``_tolerant`` without asking how it was said (the cheap test, made first)."""
    low, high = r[_LOW], r[_HIGH]
    # its middle, not its core: the core of a share is on its smaller side (rule 6), and for
    # any other figure of one value the middle is its core; a figure said with "about" and
    # cored at the ends it says ("some 200 to 300", read 180-330: ``_HedgeBook.stated_ends``)
    # is one too, its tolerance around those ends
    return (
        low == high
        or (r[_CLO] == r[_CHI] and _about(low, high, (low + high) / 2))
        or r[_ID] in _HEDGES.stated
    )


def _said_low(r: tuple) -> Number:
    """What a figure of one value with a tolerance says, its lowest: its middle (its core,
    but for a share, whose core is on its smaller side), or for a figure said with "about"
    and cored at the ends it says, the lower end."""
    return r[_CLO] if r[_ID] in _HEDGES.stated else (r[_LOW] + r[_HIGH]) / 2


def _said_high(r: tuple) -> Number:
    """``_said_low``, its highest."""
    return r[_CHI] if r[_ID] in _HEDGES.stated else (r[_LOW] + r[_HIGH]) / 2


def _sharp(r: tuple) -> bool:
    """Whether a figure record states its ends, so that a gap beyond them is one the figure
    itself does not allow (rule 10, "figures that state their ends"): a bare number (read
    with its rounding, if round), "exactly", or a bound ("more than 7,800", "up to 6,000",
    its open side no end), never an approximate hedge ("about", "nearly", "some"), a range
    or a vague word ("dozens"), whose edges are the engine's reading of fuzzy words. How it
    was said is asked of the store for one value read with a width; without one (facts built
    by hand) such a value is read by its bounds (``_about``: a hedge's width, else a round
    number's)."""
    low, high = r[_LOW], r[_HIGH]
    if high == _INF or low <= 0:
        return True  # a bound: its finite end is what it says
    if r[_CLO] != r[_CHI]:
        return False  # a range, or a vague word, said by its ends
    if low == high:
        return True
    if _HEDGES.ask is None:
        return _round_width(r[_CLO]) == high - r[_CLO] == r[_CLO] - low
    return _HEDGES.hedge(r[_ID]) in _EXACT


def _round_width(core: Number) -> Number | None:
    """The rounding a bare whole number implies (docs/figures.md, "Rounding": half the unit
    of its last non-zero digit, at most 5% of it), for a figure read without a store; None
    for a number with no trailing zero."""
    if core <= 0 or core != int(core):
        return None
    digits = str(int(core))
    zeros = len(digits) - len(digits.rstrip("0"))
    return min(5 * 10 ** (zeros - 1), core * 0.05) if zeros else None


# the hedges of a figure that states its value: none (a bare number), and "exactly"
_EXACT: Final = frozenset((None, "exactly"))


class _HedgeBook:
    """How claims were said, for the one-tolerance rule (rule 6): the bounds of "900 to 1,100"
    are those of "about 1,000", and only the first is a range, whose ends are what it says (it
    meets "about 1,220", whose hedge allows 1,100). The engine's input has bounds alone (the
    store's covering index holds no hedge), so the hedge of a claim is asked of the store
    (``ask``: claim id -> its hedge) only for a claim of a pair that the rule would otherwise
    flag, once a run (``known``); analyse sets ``ask`` for its run. Without one (facts built
    by hand) a claim is read by its bounds, as before."""

    __slots__ = (
        "ask",
        "ends",
        "known",
        "middles",
        "rounded_ids",
        "roundings",
        "said",
        "stated",
        "wides",
    )

    def __init__(self) -> None:
        self.ask: Callable[[str], str | None] | None = None
        # claim id -> the figure as said ("4.0%"), for a rate's whole number (``_rate_unit``)
        self.said: Callable[[str], str | None] | None = None
        # claim id -> the ends a figure said with "about" states, before its hedge widened
        # them ("about 40 to 50": 40-50, read 36-55), None when they cannot be told
        self.ends: Callable[[str], tuple[Number, Number] | None] | None = None
        self.known: dict[str, str | None] = {}
        # the claims of this run whose stated bounds are a narrow interval (core: its middle),
        # set by analyse's grouping when there is a store to ask (``as_said``)
        self.middles: set[str] = set()
        # the claims of this run whose bounds are wider than one value's tolerance (core: the
        # bounds), set likewise; ``stated``: those whose core is now the ends they said
        self.wides: set[str] = set()
        self.stated: set[str] = set()
        # facts built by hand, whose hedge is not known: the ids of the figures widened by a
        # rounding their fact gives (read once, when first asked: ``rounded``)
        self.roundings: Callable[[], frozenset[str]] | None = None
        self.rounded_ids: frozenset[str] | None = None

    def start(
        self,
        ask: Callable[[str], str | None] | None,
        said: Callable[[str], str | None] | None = None,
        ends: Callable[[str], tuple[Number, Number] | None] | None = None,
        roundings: Callable[[], frozenset[str]] | None = None,
    ) -> None:
        self.ask = ask
        self.said = said
        self.ends = ends
        self.roundings = roundings
        self.rounded_ids = None
        self.known = {}
        self.middles = set()
        self.wides = set()
        self.stated = set()

    def stated_ends(self, recs: list[tuple], every: bool = False) -> list[tuple]:
        """``recs`` with the core of each figure said with "about" and read wider than one
        value's tolerance ("about 40 to 50", 36-55; "some 9", 8-10) at the ends it says
        (40-50; 9), not at the bounds its hedge widened: the hedge lets the figure meet
        another once, and the ratio is then judged on what it says (rule 6: one tolerance
        between two figures, never two). Asked only for such a claim (``wides``) when another
        claim of ``recs`` says a value outside its bounds (else its hedge allows every other
        one and nothing changes), or each such claim when ``every`` (a part or a total of a
        sum, set against figures of other measures); ``recs`` itself when none changes."""
        wides, ends = self.wides, self.ends
        if ends is None or not recs or (len(recs) < 2 and not every):
            return recs
        top = max(map(_core_low, recs))
        bottom = min(map(_core_high, recs))
        out: list[tuple] | None = None
        for i, r in enumerate(recs):
            ident = r[_ID]
            if ident not in wides or not (every or top > r[_HIGH] or bottom < r[_LOW]):
                continue
            if self.hedge(ident) != "around":
                continue
            said = ends(ident)
            if said is None or not r[_LOW] <= said[0] <= said[1] <= r[_HIGH]:
                continue
            if out is None:
                out = list(recs)
            out[i] = (*r[:_CLO], said[0], said[1], *r[_CHI + 1 :])
            self.stated.add(ident)
        return recs if out is None else out

    def hedge(self, ident: str) -> str | None:
        """How a claim was said (its hedge), asked of the store once a run."""
        known = self.known
        if ident in known:
            return known[ident]
        ask = self.ask
        hedge = known[ident] = ask(ident) if ask is not None else None
        return hedge

    def as_said(self, recs: list[tuple]) -> list[tuple]:
        """``recs`` with each narrow interval that was said as a range ("900 to 1,100",
        "between 18,000 and 20,000", bounds given by hand) at its ends as its core, not its
        middle: a range says its ends, so "900 to 1,100" against "1,200" is 1.09x apart (its
        top against 1,200), where its middle made it 1.2x, as "about 1,000" is (rule 6). Only
        the claims in ``middles`` are asked; ``recs`` itself when none is a range."""
        middles = self.middles
        out: list[tuple] | None = None
        for i, r in enumerate(recs):
            ident = r[_ID]
            if ident in middles and self.hedge(ident) not in _APPROXIMATE:
                if out is None:
                    out = list(recs)
                out[i] = (*r[:_CLO], r[_LOW], r[_HIGH], *r[_CHI + 1 :])
        return recs if out is None else out

    def rounded(self, ident: str) -> bool:
        """Whether a claim built by hand (no store to ask) is a figure widened by the rounding
        its fact gives: a round number, never a hedged one (``one_value``). The ids are read
        once a run, when first asked (rare: only a pair at odds by its bounds is asked)."""
        ids = self.rounded_ids
        if ids is None:
            find = self.roundings
            if find is None:
                return False
            ids = self.rounded_ids = find()
        return ident in ids

    def one_value(self, ident: str | None, low: Number, high: Number) -> bool:
        """Whether a claim whose bounds read as one value with a hedge's tolerance was said
        so: a bare point needs no asking; otherwise its hedge is the approximate one
        ("about", "some", "roughly": "around"), not a range nor bounds given as such. With no
        store to ask (facts built by hand), a figure whose fact gives it a rounding is a round
        number, whose widening is never a hedge's tolerance however wide it is (rule 7): "20"
        given a rounding of 2 is 18-22, the bounds of "about 20", and meets "23" (21-25) as a
        round number does, with no dispute."""
        ask = self.ask
        if low == high or ident is None:
            return True
        if ask is None:
            return not self.rounded(ident)
        known = self.known
        if ident in known:
            hedge = known[ident]
        else:
            hedge = known[ident] = ask(ident)
        return hedge == "around"


# the hedges that make one value an interval ("about 1,000", "nearly 44,000"): the core of
# such a figure is the value it says, the middle of its interval; any other narrow interval
# (a range, bounds given by hand) says its ends
_APPROXIMATE: Final = frozenset(("around", "nearly", "just under", "just over", "odd", "most of"))


# the hedges of this run's claims, as far as asked (analyse starts it for each run)
_HEDGES: Final = _HedgeBook()


def _about(low: Number, high: Number, core: Number) -> bool:
    """Whether ``low``-``high`` is ``core`` with an approximate hedge's tolerance, as the
    parser widens one value (quantities/hedges.py): +-10% to one in a million ("about 720":
    648-792), or a whole count's width by its significant digits, its bounds rounded inward
    with at least one either way ("about 793": 778-808, +-2%; "about 3,958": +-1%; "roughly
    18": 17-19). A bare number's rounding ("20": 19-21) is no hedge's width for its digits."""
    if not (0 < low < core < high < _INF):
        return False
    if abs(low - core * 0.9) <= core * 1e-6 and abs(high - core * 1.1) <= core * 1e-6:
        return True  # the common case: +-10%
    if low != int(low) or high != int(high) or core != int(core):
        return False  # a measure's other widths follow its stated decimals: not told here
    c = int(core)
    # the parser's width by digits stated (quantities.fast._fast_width), written here again
    # because the engine does not load the parser; tests/test_stacked_tolerances.py holds the
    # two to one answer for every count "about N"
    digits = len(str(c).rstrip("0"))  # a trailing zero does not say it was counted
    percent = 10 if digits <= 2 else (2 if digits == 3 else 1)
    step = max(1, c * percent // 100)
    return low == c - step and high == c + step


def _cores_apart(upper: tuple, lower: tuple, min_gap: float) -> bool:
    """Whether neither of two records allows what the other says: the upper one's core lies
    above the lower one's interval, the lower one's core below the upper one's, and the cores
    are at least ``min_gap`` apart. Disjoint and ``_material`` implies this."""
    return (
        _above(upper[_CLO], lower[_HIGH])
        and _above(upper[_LOW], lower[_CHI])
        and _raw_ratio(upper[_CLO], lower[_CHI]) >= min_gap - _EPS
    )


def _at_odds(upper: tuple, lower: tuple, min_gap: float) -> bool:
    """Whether ``upper`` and ``lower`` disagree materially with one tolerance, not two:
    ``_material``, or two ``_tolerant`` figures whose intervals overlap only by stacking their
    tolerances and that are ``_cores_apart`` ("about 10,000" against "about 12,000": 9,000-11,000
    and 10,800-13,200; rule 6)."""
    if _above(upper[_LOW], lower[_HIGH]):
        return _cores_apart(upper, lower, min_gap)
    if not (_tolerant_bounds(upper) and _tolerant_bounds(lower)):
        return False
    # what each says is its middle (its core, but for a share, whose core is on its smaller
    # side: "about 30%" against "about 36%" are at odds as 30 and 36 are, 1.2x); how each was
    # said is asked last, for the rare pair at odds by its bounds
    return (
        _above(_said_low(upper), lower[_HIGH])
        and _above(upper[_LOW], _said_high(lower))
        and _raw_ratio(upper[_CLO], lower[_CHI]) >= min_gap - _EPS
        and _HEDGES.one_value(upper[_ID], upper[_LOW], upper[_HIGH])
        and _HEDGES.one_value(lower[_ID], lower[_LOW], lower[_HIGH])
    )


def _stacked(recs: Sequence[tuple], min_gap: float) -> bool:
    """Whether two of ``recs`` are ``_at_odds``: O(n log n), and O(n) when no two cores are
    ``min_gap`` apart (the common case)."""
    if len(recs) < 2 or _core_spread(recs) < min_gap - _EPS:
        return False
    recs = [r for r in recs if _tolerant_bounds(r)]
    while len(recs) >= 2:
        pair = _stacked_pair(recs, min_gap)
        if pair is None:
            return False
        # at odds by their bounds: so they are if both were said as one value each; a range
        # among them ("900 to 1,100") is left out and the rest looked at again (rare)
        ranges = [r[_ID] for r in pair if not _HEDGES.one_value(r[_ID], r[_LOW], r[_HIGH])]
        if not ranges:
            return True
        recs = [r for r in recs if r[_ID] not in ranges]
    return False


def _stacked_pair(recs: list[tuple], min_gap: float) -> tuple[tuple, tuple] | None:
    """Two of ``recs`` (each ``_tolerant_bounds``) at odds by their bounds, if any."""
    by_high = sorted(recs, key=_high)
    highs = [r[_HIGH] for r in by_high]
    lowest: list[tuple] = []  # the record of lowest core high among by_high[: i + 1]
    for r in by_high:
        lowest.append(r if not lowest or r[_CHI] < lowest[-1][_CHI] else lowest[-1])
    for r in recs:
        # the records whose interval lies wholly below what r says (its middle: its core, but
        # for a share, whose core is on its smaller side, which orders them alike): the one
        # of them with the lowest core is at odds with r if any is (both tests bound it)
        said = _said_low(r)
        i = bisect_left(highs, said) - 1
        while i >= 0 and not _above(said, highs[i]):
            i -= 1
        if i < 0:
            continue
        o = lowest[i]
        if _above(r[_LOW], _said_high(o)) and _raw_ratio(r[_CLO], o[_CHI]) >= min_gap - _EPS:
            return r, o
    return None


def _widest(recs: Sequence[tuple], below: Sequence[tuple] | None = None) -> float:
    """The largest ratio of cores (the upper one's low to the lower one's high) over the pairs
    of records that do not overlap (one of ``recs`` above one of ``below``; ``below`` None =
    among ``recs``); 0 if there is no such pair. One sort and a sweep: O(n log n); a plain
    loop over the pairs when there are few."""
    others = recs if below is None else below
    if len(recs) * len(others) <= 64:
        best = 0.0
        for r in recs:
            low, c_low = r[_LOW], r[_CLO]
            for o in others:
                high = o[_HIGH]
                if low > high + abs(high) * _EPS:  # _above, inlined
                    ratio = _raw_ratio(c_low, o[_CHI])
                    if ratio > best:
                        best = ratio
        return best
    lows = sorted(recs, key=_low)
    highs = sorted(recs if below is None else below, key=_high)
    best = 0.0
    j = 0
    n = len(highs)
    lowest: Number = _INF  # the lowest core high among the records wholly below the current low
    for r in lows:
        low = r[_LOW]
        while j < n and low > highs[j][_HIGH] + abs(highs[j][_HIGH]) * _EPS:
            if highs[j][_CHI] < lowest:
                lowest = highs[j][_CHI]
            j += 1
        if j:
            ratio = _raw_ratio(r[_CLO], lowest)
            if ratio > best:
                best = ratio
    return best


def _core_spread(recs: Iterable[tuple]) -> float:
    """The highest core low against the lowest core high: no pair of ``recs`` is further
    apart (a cheap bound for ``_widest``)."""
    return _raw_ratio(max(map(_core_low, recs)), min(map(_core_high, recs)))


class _Apart:
    """Which records lie materially apart (``_material``) from some record of ``others``,
    above or below it: ``others`` sorted once, then O(log m) a record."""

    __slots__ = ("floor", "highest", "highs", "lowest", "lows")

    def __init__(self, others: Sequence[tuple], min_gap: float) -> None:
        self.floor = min_gap - _EPS
        by_high = sorted(others, key=_high)
        self.highs = [r[_HIGH] for r in by_high]
        lowest: list[Number] = []  # the lowest core high among by_high[: i + 1]
        for r in by_high:
            lowest.append(r[_CHI] if not lowest or r[_CHI] < lowest[-1] else lowest[-1])
        self.lowest = lowest
        by_low = sorted(others, key=_low)
        self.lows = [r[_LOW] for r in by_low]
        highest: list[Number] = [_NEG_INF] * (len(by_low) + 1)  # the highest core low of [i:]
        for i in range(len(by_low) - 1, -1, -1):
            highest[i] = max(highest[i + 1], by_low[i][_CLO])
        self.highest = highest

    def __call__(self, r: tuple) -> bool:
        low, high, highs, lows = r[_LOW], r[_HIGH], self.highs, self.lows
        # others wholly below r (high < low, with the tolerance of _above)
        i = bisect_left(highs, low) - 1
        while i >= 0 and not _above(low, highs[i]):
            i -= 1
        if i >= 0 and _raw_ratio(r[_CLO], self.lowest[i]) >= self.floor:
            return True
        # others wholly above r
        k = bisect_right(lows, high)
        while k < len(lows) and not _above(lows[k], high):
            k += 1
        return k < len(lows) and _raw_ratio(self.highest[k], r[_CHI]) >= self.floor


class _Names:
    """Display names of claimants, fixed once all facts are read.

    Each claimant key is shown by the smallest display name seen for it; a key's rank
    is its name's ``_name_order`` (case-insensitive, then as written), a tuple that ends
    with the name itself, so a list of claimants is sorted on ranks and read back from
    them. The ranks of names seen before are cached across subjects (claimants recur).
    """

    __slots__ = ("_rank_of", "rank", "shown")

    def __init__(self, shown: dict[str, str]) -> None:
        self.shown = shown
        order = _ORDERS.get
        rank = {}
        for key, name in shown.items():
            r = order(name)
            rank[key] = _name_rank(name) if r is None else r
        self.rank = rank
        self._rank_of = rank.__getitem__

    def claimants(self, keys: Iterable[str]) -> tuple[str, ...]:
        distinct = set(keys)  # (a key's rank is its shown name's: one rank per key)
        if len(distinct) == 1:  # one claimant (a few of their claims)
            return (self.shown[distinct.pop()],)
        return tuple(map(_second, sorted(map(self._rank_of, distinct))))


# _name_order of names seen before
_ORDERS: Final[dict[str, tuple[str, str]]] = {}


def _name_rank(name: str) -> tuple[str, str]:
    if len(_ORDERS) >= 1 << 16:
        _ORDERS.clear()
    rank = _ORDERS[name] = _name_order(name)
    return rank


class _Ctx:
    """What the per-measure passes share: names, echoes, the threshold and the outputs."""

    __slots__ = (
        "beside_forecasts",
        "changes",
        "echoes",
        "figure_conflicts",
        "forecasts",
        "min_gap",
        "minor",
        "moments",
        "names",
        "one_time",
        "positions",
        "undated",
        "unmarked",
        "unmarked_open",
    )

    def __init__(self, names: _Names, echoes: dict[str, list[tuple]], min_gap: float) -> None:
        self.names = names
        self.echoes = echoes  # relayed id -> [(echo id, echo claimant key)]
        self.min_gap = min_gap
        self.figure_conflicts: list[FigureConflict] = []
        self.minor: list[FigureConflict | Reversal] = []
        self.changes: list[Change] = []
        self.unmarked: list[str] = []
        # (measure, ids) of those whose later figures give only a floor below an earlier
        # figure: whether they fell is left open (timing._floors_below)
        self.unmarked_open: list[tuple[str, tuple[str, ...]]] = []
        # of those, the measures all of one time with a claimant's own figures apart: its
        # updates of that time (timing._unmarked_running_count)
        self.one_time: list[str] = []
        self.moments: list[str] = []  # counts of the moment read at their times
        # (measure, ids) of a cumulative measure's figures of no time set aside from its
        # dated course, which they fit (timing._undated_fitting)
        self.undated: list[tuple[str, tuple[str, ...]]] = []
        # (measure, dimension) -> ids of its figures with no as_of that may forecast a moment
        # (no date, or one that holds it) and are apart from a forecast of it, not set against
        # it (figures._measure_foreseen; dropped when the measure is read at its times)
        self.beside_forecasts: dict[tuple[str, str], set[str]] = {}
        # the positions made so far, by their claims (sorted ids), when no claim has echoes: a
        # subject's records are one per claim, so that the same claims make the same position
        self.positions: dict[tuple[str, ...], FigurePosition] = {}
        # the forecasts (figures stated surely before their as_of, rule 2), by id, with the
        # moment each forecasts: no figures of their moments, so no part of a sum nor an
        # echo's count (time27); every output names them (``Report.forecasts``, outputs15)
        self.forecasts: dict[str, str] = {}


def _timed(recs: list[tuple]) -> list[tuple]:
    """Figure records with their as_of replaced by their time: as_of, else said_on, else
    reported_on (None if none)."""
    return [
        r if r[_ASOF] else (*r[:_ASOF], r[_SAID] or r[_REPORTED], *r[_ASOF + 1 :]) for r in recs
    ]


def _unordered(a: str | None, b: str | None) -> bool:
    """Whether two figures' times cannot be ordered: either undated, neither surely before the
    other (one day, a month and a day in it), or the same day, month or year (a rise during it
    cannot be told from a dispute). The same time of day is one moment, and so is ordered."""
    if a is None or b is None:
        return True
    if a == b:
        return len(a) <= 10
    return not _before(a, b) and not _before(b, a)


def _points(dated: dict[str, list[tuple]]) -> tuple[ChangePoint, ...]:
    """Change-over-time points: per time, in time order, one per distinct figure (never a
    hull, which can say less than the claims: "may reach 90" and "at least 90" are not
    "0+"), each with the claims giving it."""
    points = []
    for time in sorted(dated):
        recs = dated[time]
        if len(recs) == 1:  # the common case
            r = recs[0]
            high = r[_HIGH]
            points.append(ChangePoint(time, r[_LOW], None if high == _INF else high, (r[_ID],)))
            continue
        figures: dict[tuple[Number, Number], list[str]] = {}
        for r in recs:
            figures.setdefault((r[_LOW], r[_HIGH]), []).append(r[_ID])
        for (low, high), ids in sorted(figures.items()):
            points.append(
                ChangePoint(time, low, None if high == _INF else high, tuple(sorted(ids)))
            )
    return tuple(points)


def _outside(recs: list[tuple], maxlow: Number, minhigh: Number) -> list[tuple]:
    """The records disjoint from some record of a group with these bounds: a low above
    ``minhigh`` or a high below ``maxlow``."""
    top = minhigh + abs(minhigh) * _EPS  # _above(low, minhigh) iff low > top
    return [r for r in recs if r[_LOW] > top or maxlow > r[_HIGH] + abs(r[_HIGH]) * _EPS]
