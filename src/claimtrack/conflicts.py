"""The contradiction engine: claims in, findings out.

A pure module (standard library only, cheap to import): it knows nothing of the
database, the CLI or the renderer. :func:`analyse` takes the claims of a subject
as :class:`Fact` tuples (figures already in base units of their dimension) and
returns a :class:`Report`: disputed figures, revisions of cumulative measures,
sums that do not add up, disputed propositions and reversals, plus minor
differences, incomparable figures, sum checks that hold and changes over time.
The order of the output never depends on the order of the input.

Cost is O(n log n) in the number of claims: facts are bucketed by topic in one
pass, and each measure is sorted once and swept (no pairwise loops). The one
exception is inherent to the output: an undated figure is compared with every
dated group of its measure, so it is listed in each dated conflict it takes
part in.

The rules are documented in ``docs/conflicts.md``.
"""

from __future__ import annotations

import gc
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import MISSING, dataclass, fields
from itertools import islice, product
from operator import itemgetter
from typing import Any, Literal, NamedTuple, TypeVar

from claimtrack.fields import tidy

__all__ = [
    "DEFAULT_MIN_GAP",
    "ActiveFacts",
    "Change",
    "Fact",
    "FigureConflict",
    "FigurePosition",
    "Incomparable",
    "Note",
    "Notes",
    "Report",
    "Reversal",
    "Revision",
    "StanceConflict",
    "StancePosition",
    "SumFinding",
    "SumRelation",
    "Unchecked",
    "analyse",
    "change_text",
    "claimant_key",
    "date_of",
    "dimension_label",
    "finding_ids",
    "order_note",
    "report_json_line",
    "report_to_json",
    "reversal_heading",
    "summary_line",
    "time_note",
]

Number = int | float
_T = TypeVar("_T")
_INF = float("inf")
_NEG_INF = float("-inf")
# Bounds and ratios are compared with this relative tolerance, so that a unit conversion (6 km
# as 6,000 m) never tips a comparison that is exact in the units as said.
_EPS = 1e-9
DEFAULT_MIN_GAP = 1.1  # materiality: nearest bounds closer than this ratio are no dispute


class Fact(NamedTuple):
    """One claim, as the engine sees it (the store builds these from SQL rows).

    A figure's ``low``/``high``/``rounding`` are in the base unit of its ``dimension``
    (metres, square metres, seconds ...; counts, percent and currency amounts as said),
    so that "6 km" and "4 miles" compare as distances.
    """

    id: str
    claimant: str  # display name (after claimant aliases)
    kind: str  # "figure" | "stance"
    topic: str  # measure slug (figure) or proposition slug (stance)
    low: int | float | None  # figure interval; never None for figures
    high: int | float | None  # None = no upper bound (figures)
    stance: str | None  # "affirms" | "denies" | "uncertain" (stances)
    as_of: str | None  # ISO date the figure describes ("YYYY", "YYYY-MM", "YYYY-MM-DD")
    said_on: str | None  # ISO date the statement was made
    status: str = "active"  # "active" | "retracted"
    reported_on: str | None = None  # ISO date the statement was published
    dimension: str = "count"  # count, share, currency:USD, length, area, ...
    rounding: int | float = 0  # implied precision of a round number: widens [low, high]
    relays: str | None = None  # id of the claim this one passes on (an echo, not a source)
    source: str | None = None  # the article it was read from (one statement, two wordings)


class ActiveFacts(list[Fact]):
    """Facts known to be active, each id once: what the store reads (its queries select the
    active claims, keyed by id). :func:`analyse` takes them as they are; any other list is
    first cleared of retracted claims and repeated ids."""

    __slots__ = ()


_F_STATUS = Fact._fields.index("status")
_F_RELAYS = Fact._fields.index("relays")
_status, _relays = itemgetter(_F_STATUS), itemgetter(_F_RELAYS)


class SumRelation(NamedTuple):
    """A measure that is the sum of others (``claimtrack relate``)."""

    total: str
    parts: tuple[str, ...]


def _quick_init(cls: type[_T]) -> type[_T]:
    """Give a frozen, slotted dataclass an ``__init__`` that stores each field through its
    slot's descriptor, bound once. The generated one calls ``object.__setattr__`` per field
    (frozen classes must), which binds a method on every call: twice the cost, and the
    engine makes hundreds of thousands of these objects for ``conflicts --all``. Same
    signature, defaults and result; the class stays frozen."""
    names, defaults, namespace = [], [], {}
    for f in fields(cls):  # type: ignore[arg-type]
        if f.default_factory is not MISSING or not f.init:
            raise TypeError(f"{cls.__name__}.{f.name}: only plain fields")
        namespace[f"set_{f.name}"] = getattr(cls, f.name).__set__
        if f.default is MISSING:
            names.append(f.name)
        else:
            names.append(f"{f.name}=default_{f.name}")
            namespace[f"default_{f.name}"] = f.default
        defaults.append(f"    set_{f.name}(self, {f.name})")
    exec(f"def __init__(self, {', '.join(names)}):\n" + "\n".join(defaults), namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init  # type: ignore[method-assign]
    return cls


@_quick_init
@dataclass(frozen=True, slots=True)
class FigurePosition:
    """Claims on a measure whose intervals (widened by their rounding) share a value."""

    low: Number  # min of the (widened) lows
    high: Number | None  # max of the (widened) highs; None if any claim is unbounded
    claims: tuple[str, ...]  # sorted ids, relaying claims included
    claimants: tuple[str, ...]  # independent claimants, sorted case-insensitively
    relaying: tuple[tuple[str, str], ...] = ()  # (relaying claim id, id it relays)


@_quick_init
@dataclass(frozen=True, slots=True)
class FigureConflict:
    measure: str
    as_of: str | None
    severity: float | None  # spread: top position's low / bottom position's high; None = inf
    positions: tuple[FigurePosition, ...]  # ordered by low, then high
    gaps: tuple[float | None, ...]  # one ratio per neighbouring pair of positions
    dimension: str = "count"
    # On a cumulative measure (docs/conflicts.md, rule 9): False when the figures disagree only
    # where their times cannot be ordered (one day without a time of day, a month and a day in
    # it, undated), so that a rise during that time reads as a dispute; ``times`` are then the
    # distinct times of its figures (None = undated, last).
    times_ordered: bool = True
    times: tuple[str | None, ...] = ()
    # claimants (display name) standing in two positions with figures whose order is not
    # known: their own update, not a dispute with themselves; with those claims' ids, sorted
    updates: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # a dispute of one date (as_of): its figures with no as_of said (else reported) after
    # that date, which may describe a later moment (rule 2); their ids, sorted
    later: tuple[str, ...] = ()


@_quick_init
@dataclass(frozen=True, slots=True)
class StancePosition:
    stance: str  # "affirms" | "denies" | "uncertain"
    claims: tuple[str, ...]
    claimants: tuple[str, ...]
    relaying: tuple[tuple[str, str], ...] = ()


@_quick_init
@dataclass(frozen=True, slots=True)
class StanceConflict:
    proposition: str
    # affirms, denies, then uncertain when someone said it cannot be said (its own column:
    # no side of the dispute)
    positions: tuple[StancePosition, ...]


@_quick_init
@dataclass(frozen=True, slots=True)
class Reversal:
    """A claimant whose own claims on one topic contradict each other."""

    claimant: str
    topic_kind: Literal["proposition", "measure"]
    topic: str
    claims: tuple[str, ...]  # in date order (said_on, else reported_on; undated last)
    dates: tuple[tuple[str | None, str | None], ...] = ()  # (date, "said_on"|"reported_on")
    ordered: bool = True  # False: two of its dates cannot be ordered (one day, undated ...)
    # "walk-back": a claimant who affirmed or denied a proposition, and later said it cannot
    # be said (stance uncertain): the firm claims before it, then the uncertain ones
    kind: Literal["reversal", "walk-back"] = "reversal"
    # per claim, the day its figure describes when the claim is dated only by a later
    # publication ("reported 2023-03-07" about 2023-01-31): the statement may have been made on
    # any day between them, so that it may recount an earlier statement (None: dated as shown)
    since: tuple[str | None, ...] = ()


@_quick_init
@dataclass(frozen=True, slots=True)
class Revision:
    """A cumulative measure whose later figure lies wholly below an earlier one."""

    measure: str
    claims: tuple[str, str]  # earlier, later
    claimants: tuple[str, str]  # of the earlier and the later claim
    dates: tuple[tuple[str, str], tuple[str, str]]  # (date, "as_of"|"said_on"|"reported_on")
    ratio: float | None  # earlier low / later high, 1 decimal; None = infinite
    dimension: str = "count"


@_quick_init
@dataclass(frozen=True, slots=True)
class SumFinding:
    """An implied total (a claimant's parts added up) set against a figure on the total.

    ``holds`` False is a disagreement (a finding); True is a check that holds.
    """

    total: str
    parts: tuple[str, ...]  # the part measures added (one, for a part above the total)
    claims: tuple[str, ...]  # part claims (in part order), then the total claim
    low: Number  # the implied total
    high: Number | None
    claimant: str  # whose parts (display name)
    total_claimant: str
    as_of: str | None
    holds: bool
    dimension: str = "count"
    # when it does not hold: how far apart (the ratio, as a figure conflict's gap; None =
    # infinite), and by how much the parts fall short of the total ("short") or exceed it
    # ("excess"): a range, its high None when unbounded
    gap: float | None = None
    direction: Literal["short", "excess"] | None = None
    by: tuple[Number, Number | None] | None = None
    # a sum that does not hold on a cumulative relation whose parts no one statement (source)
    # gives together, at a time that does not order them (one day without a time of day): the
    # parts may be of different moments of it
    mixed: bool = False


class Unchecked(NamedTuple):
    """A sum relation that could not be checked, and why ("no figure yet for part-b")."""

    total: str
    parts: tuple[str, ...]
    reason: str


@_quick_init
@dataclass(frozen=True, slots=True)
class Incomparable:
    """Figures on one measure that cannot be compared (other currency or dimension)."""

    measure: str
    groups: tuple[tuple[str, tuple[str, ...]], ...]  # (dimension, sorted ids), by dimension


class ChangePoint(NamedTuple):
    """The figures on a measure as of one date: their hull and the claims giving them."""

    as_of: str
    low: Number
    high: Number | None
    claims: tuple[str, ...]


@_quick_init
@dataclass(frozen=True, slots=True)
class Change:
    """How the figures on a measure move across the moments they describe."""

    measure: str
    points: tuple[ChangePoint, ...]
    dimension: str = "count"


Conflict = FigureConflict | Revision | SumFinding | StanceConflict | Reversal


@_quick_init
@dataclass(frozen=True, slots=True)
class Report:
    conflicts: tuple[Conflict, ...]  # most severe first (see docs/conflicts.md)
    changes: tuple[Change, ...]  # ordered by measure
    n_claims: int = 0  # active facts considered
    n_claimants: int = 0  # distinct independent claimant keys among them
    minor: tuple[FigureConflict | SumFinding | Reversal, ...] = ()  # below the materiality ratio
    incomparable: tuple[Incomparable, ...] = ()
    checks: tuple[SumFinding, ...] = ()  # sums that hold
    n_relaying: int = 0  # active claims that relay another claim
    min_gap: float = DEFAULT_MIN_GAP
    cumulative: frozenset[str] = frozenset()  # the measures marked cumulative
    # measures not marked cumulative that read like a running count and whose figures only
    # rise with their dates: a hint to mark them, in place of a dispute
    unmarked: tuple[str, ...] = ()
    unchecked: tuple[Unchecked, ...] = ()  # sum relations not checked, with the reason

    def _count(self, kind: type) -> int:
        return sum(1 for c in self.conflicts if isinstance(c, kind))

    @property
    def n_figure_conflicts(self) -> int:
        return self._count(FigureConflict)

    @property
    def n_stance_conflicts(self) -> int:
        return self._count(StanceConflict)

    @property
    def n_reversals(self) -> int:
        return sum(1 for c in self.conflicts if isinstance(c, Reversal) and c.kind == "reversal")

    @property
    def n_walk_backs(self) -> int:
        return sum(1 for c in self.conflicts if isinstance(c, Reversal) and c.kind == "walk-back")

    @property
    def n_revisions(self) -> int:
        return self._count(Revision)

    @property
    def n_sums(self) -> int:
        return self._count(SumFinding)


# ---------------------------------------------------------------------------
# Claimant names and dates

_ASCII_TABLE = {i: " " for i in range(128) if not chr(i).isalnum()}


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


def change_text(change: Change, show: Callable[[Number, Number | None, str], str]) -> str:
    """A change over time in one line: "2023-09-13: 18,000–20,000 · 20,001+ (order not
    known) → 2023-09-17: 3,958", each range written by ``show(low, high, dimension)``. Points
    whose times cannot be ordered (the same time, a month and a day in it) are one step, never
    joined by an arrow."""
    steps: list[tuple[list[str], list[str]]] = []  # (times, shown figures)
    for p in change.points:
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
        out.append(text + (" (order not known)" if len(shown) > 1 else ""))
    return " → ".join(out)


def dimension_label(dimension: str) -> str:
    """``currency:USD`` -> ``USD``; other dimensions as they are."""
    return dimension.split(":", 1)[1] if dimension.startswith("currency:") else dimension


# ---------------------------------------------------------------------------
# Figures
#
# A figure record is a plain tuple, cheap to build and to sort:
#   (low, high, id, claimant_key, as_of, said_on, reported_on, core_low, core_high, source)
# with the bounds widened by the figure's rounding and high = +inf when unbounded; the core is
# what the figure says without its tolerances, which materiality compares (see _core).
_LOW, _HIGH, _ID, _KEY, _ASOF, _SAID, _REPORTED, _CLO, _CHI, _SRC = range(10)
_low, _high, _id, _key = map(itemgetter, (_LOW, _HIGH, _ID, _KEY))  # C-speed field reads
_first, _second = itemgetter(0), itemgetter(1)
_core_low, _core_high, _as_of = itemgetter(_CLO), itemgetter(_CHI), itemgetter(_ASOF)
_source = itemgetter(_SRC)
# (id, said_on, reported_on, as_of), as reversals keep; a stance's as_of is None
_statement = itemgetter(_ID, _SAID, _REPORTED, _ASOF)


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


# ratios shown before (round figures make the same ratios recur across subjects); NaN, never
# equal to itself, is never found and rounds to NaN each time
_SHOWN: dict[float, float | None] = {}
_MISSING: Any = object()  # (typed Any: it stands in for any cached value)


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
_NARROW = 1.1 / 0.9 * (1 + _EPS)


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


def _material(upper: tuple, lower: tuple, min_gap: float) -> bool:
    """Whether figure record ``upper`` lies wholly above ``lower`` and their cores are at
    least ``min_gap`` apart."""
    return _above(upper[_LOW], lower[_HIGH]) and (
        _raw_ratio(upper[_CLO], lower[_CHI]) >= min_gap - _EPS
    )


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
        from bisect import bisect_left, bisect_right

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
_ORDERS: dict[str, tuple[str, str]] = {}


def _name_rank(name: str) -> tuple[str, str]:
    if len(_ORDERS) >= 1 << 16:
        _ORDERS.clear()
    rank = _ORDERS[name] = _name_order(name)
    return rank


class _Ctx:
    """What the per-measure passes share: names, echoes, the threshold and the outputs."""

    __slots__ = (
        "changes",
        "echoes",
        "figure_conflicts",
        "min_gap",
        "minor",
        "names",
        "positions",
        "unmarked",
    )

    def __init__(self, names: _Names, echoes: dict[str, list[tuple]], min_gap: float) -> None:
        self.names = names
        self.echoes = echoes  # relayed id -> [(echo id, echo claimant key)]
        self.min_gap = min_gap
        self.figure_conflicts: list[FigureConflict] = []
        self.minor: list[FigureConflict | Reversal] = []
        self.changes: list[Change] = []
        self.unmarked: list[str] = []
        # the positions made so far, by their claims (sorted ids), when no claim has echoes: a
        # subject's records are one per claim, so that the same claims make the same position
        self.positions: dict[tuple[str, ...], FigurePosition] = {}


def _position(
    members: list[tuple], names: _Names, echoes: dict[str, list[tuple]]
) -> FigurePosition:
    relaying: list[tuple[str, str]] = []
    if echoes:
        for m in members:
            for echo_id, _ in echoes.get(m[_ID], ()):
                relaying.append((echo_id, m[_ID]))
    if len(members) == 1 and not relaying:  # the common case: a claim standing alone
        m = members[0]
        high = m[_HIGH]
        return FigurePosition(
            m[_LOW], None if high == _INF else high, (m[_ID],), (names.shown[m[_KEY]],)
        )
    high = max(map(_high, members))
    ids = list(map(_id, members))
    if relaying:
        ids += map(_first, relaying)
        relaying.sort()
    ids.sort()
    return FigurePosition(
        members[0][_LOW],
        None if high == _INF else high,
        tuple(ids),
        names.claimants(map(_key, members)),
        tuple(relaying),
    )


def _figure_conflict(
    measure: str,
    dimension: str,
    as_of: str | None,
    recs: list[tuple],
    ctx: _Ctx,
    later: tuple[str, ...] = (),
) -> None:
    """Sweep one comparable group; file it as a dispute, a minor difference or nothing
    (``later``: ``_later_ids`` of its date).

    The sweep's positions are merged where they are immaterially apart: a run of
    neighbours joins one position while no claim of the next lies materially above a claim
    of the run (``_material``: disjoint, cores ``min_gap`` apart). It is a dispute
    when any two claims are materially apart; otherwise every difference in it is minor.
    """
    recs.sort()
    raw = _sweep(recs)
    if len(raw) < 2:
        return
    min_gap = ctx.min_gap
    floor = min_gap - _EPS
    nearest = _raw_ratio(raw[-1][1], raw[0][2])  # common lows and highs rise together
    # the cores of the most distant claims that do not overlap (never less than the bounds)
    widest = nearest if nearest >= floor else _widest(recs)
    if widest < floor:
        gaps = tuple(_shown_ratio(_raw_ratio(raw[i][1], raw[i - 1][2])) for i in range(1, len(raw)))
        names, echoes = ctx.names, ctx.echoes
        positions = tuple([_position(members, names, echoes) for members, _, _ in raw])
        # two decimals: a minor spread of 1.07 must not read as the 1.1x threshold
        shown = round(widest * (1 + _EPS), 2)
        ctx.minor.append(
            FigureConflict(measure, as_of, shown, positions, gaps, dimension, later=later)
        )
        return
    # The claims of each position, in order: a sweep's position, or a run of them joined.
    groups: list[list[tuple]] = [raw[0][0]]
    # The claims of the current run of positions, as the positions' lists of members (joined
    # only when a close boundary needs them), and the lowest core high among them (None until
    # a close boundary needs it: far apart positions, the common case, never look at cores).
    run: list[list[tuple]] = [raw[0][0]]
    run_core_high: Number | None = None
    # per boundary, how far apart the neighbouring positions are: the next one's common low
    # against the run's top common high (the least they differ); where rounding and hedges
    # bring those within the ratio, the cores' ratio that makes them a dispute
    ratios: list[float] = []
    first_high = last_high = raw[0][2]  # the common highs of the run's first and last positions
    for p in islice(raw, 1, None):
        # the bounds, then (if close) the cores: the cores are never closer than the bounds
        members, low = p[0], p[1]
        ratio = low / first_high if first_high > 0 else _raw_ratio(low, first_high)
        cross: float | None = None  # the widest ratio of cores across the boundary, if known
        if ratio < floor:
            if run_core_high is None:
                run_core_high = min([min(map(_core_high, m)) for m in run])
            if _raw_ratio(max(map(_core_low, members)), run_core_high) < floor:
                cross = 0.0
            else:
                cross = _widest(members, _joined(run))
        if cross is not None and cross < floor:
            groups[-1] = groups[-1] + members  # (a new list: the run still holds the old one)
            run.append(members)
            run_core_high = min(run_core_high, min(map(_core_high, members)))
            last_high = p[2]
        else:
            if last_high is not first_high:  # a run of several positions: its top common high
                ratio = low / last_high if last_high > 0 else _raw_ratio(low, last_high)
            if ratio < floor:
                ratio = _widest(members, _joined(run)) if cross is None else cross
            ratios.append(ratio)
            groups.append(members)
            run = [members]
            run_core_high = None
            first_high = last_high = p[2]
    shown_ratio = _SHOWN.get  # _shown_ratio, its cache read inline
    gaps = tuple(
        [g if (g := shown_ratio(r, _MISSING)) is not _MISSING else _shown_ratio(r) for r in ratios]
    )
    positions = tuple(_positions(groups, ctx))
    # Severity: the spread between the extreme positions as shown (the top one's lowest
    # low against the bottom one's highest high), and never less than the widest gap
    # between neighbours; when a chain of close claims leaves both under the ratio, the
    # widest pair of claims (what made it a dispute).
    low_top = positions[-1].low
    high_bottom = positions[0].high
    spread = _raw_ratio(low_top, _INF if high_bottom is None else high_bottom)
    for ratio in ratios:
        if ratio > spread:
            spread = ratio
    if spread < floor:
        spread = widest if widest is not nearest else _widest(recs)
    ctx.figure_conflicts.append(
        FigureConflict(measure, as_of, _shown_ratio(spread), positions, gaps, dimension)
        if not later
        else FigureConflict(
            measure, as_of, _shown_ratio(spread), positions, gaps, dimension, later=later
        )
    )


def _later_ids(undated: list[tuple], date: str, d_recs: list[tuple]) -> tuple[str, ...]:
    """The ids of the figures with no as_of said (else reported) surely after ``date`` that
    disagree with one of its figures ``d_recs`` (disjoint), sorted: rule 2 compares them with
    the date, as a figure with no as_of may describe any moment, but they may as well describe
    a later one, and their disagreement be a change. One that agrees with every figure of the
    date is left out: when it was, it makes no dispute."""
    # _before(date, s), inlined: stated surely after the date
    after = [
        r
        for r in undated
        if (s := r[_SAID] or r[_REPORTED]) and s > date and not s.startswith(date)
    ]
    if not after:
        return ()
    maxlow, minhigh = _bounds(d_recs)
    return tuple(sorted([r[_ID] for r in _outside(after, maxlow, minhigh)]))  # disjoint


def _positions(groups: list[list[tuple]], ctx: _Ctx) -> list[FigurePosition]:
    """The positions of a dispute, from the claims of each. With no echoes, a position of the
    same claims as one made before in the subject (the undated figures stand in each date's
    dispute) is that one, taken as it is."""
    names, echoes = ctx.names, ctx.echoes
    if echoes:
        return [_position(members, names, echoes) for members in groups]
    shown = names.shown
    known = ctx.positions
    positions: list[FigurePosition] = []
    for members in groups:  # _position with no echoes, inlined
        if len(members) == 1:  # a claim standing alone
            m = members[0]
            ids: tuple[str, ...] = (m[_ID],)
            position = known.get(ids)
            if position is None:
                high = m[_HIGH]
                position = known[ids] = FigurePosition(
                    m[_LOW], None if high == _INF else high, ids, (shown[m[_KEY]],)
                )
        else:
            ids = tuple(sorted(map(_id, members)))
            position = known.get(ids)
            if position is None:
                high = max(map(_high, members))
                position = known[ids] = FigurePosition(
                    members[0][_LOW],
                    None if high == _INF else high,
                    ids,
                    names.claimants(map(_key, members)),
                )
        positions.append(position)
    return positions


def _joined(parts: list[list[tuple]]) -> list[tuple]:
    """Lists of records as one list, in order."""
    return parts[0] if len(parts) == 1 else [r for part in parts for r in part]


def _split_dates(recs: list[tuple]) -> tuple[list[tuple], dict[str, list[tuple]]]:
    undated: list[tuple] = []
    dated: dict[str, list[tuple]] = {}
    for r in recs:
        a = r[_ASOF]
        if a is None:
            undated.append(r)
        else:
            lst = dated.get(a)
            if lst is None:
                dated[a] = [r]
            else:
                lst.append(r)
    return undated, dated


def _involves(dated: list[tuple], undated_bounds: tuple[Number, Number]) -> bool:
    """Whether some dated record disagrees with some record of dated + undated."""
    d_maxlow, d_minhigh = _bounds(dated)
    g_maxlow = max(d_maxlow, undated_bounds[0])
    g_minhigh = min(d_minhigh, undated_bounds[1])
    return _above(d_maxlow, g_minhigh) or _above(g_maxlow, d_minhigh)


def _stated_before(r: tuple, date: str) -> bool:
    """Whether a figure with no as_of was said (else reported) surely before ``date``: it
    cannot describe that moment (rule 2), and is not compared with the figures of it."""
    stated = r[_SAID] or r[_REPORTED]
    return bool(stated) and _before(stated, date)


def _early(undated: list[tuple], dated: Iterable[str]) -> bool:
    """Whether a figure with no as_of was stated surely before one of the dates (before the
    last one, then: a date surely before one date is surely before any later one)."""
    last = max(dated)
    for r in undated:  # _stated_before, inlined
        stated = r[_SAID] or r[_REPORTED]
        if stated and stated < last and not last.startswith(stated):
            return True
    return False


def _measure_stated(
    measure: str,
    dimension: str,
    undated: list[tuple],
    dated: dict[str, list[tuple]],
    disjoint: bool,
    ctx: _Ctx,
) -> None:
    """``_measure`` when a figure with no as_of was stated before a date of the measure: each
    date's group holds only the undated figures that may describe it (stated on or after it,
    or not dated at all); the undated figures among themselves are one more group."""
    if disjoint and _above(*_bounds(undated)):
        _figure_conflict(measure, dimension, None, list(undated), ctx)
    undated.sort()  # once: each date's group (the undated it takes + its own) sorts quickly
    stated = [(r[_SAID] or r[_REPORTED] or "", r) for r in undated]
    for date in sorted(dated):
        d_recs = dated[date]
        # the undated figures that may describe the date (_stated_before, inlined)
        near = [r for s, r in stated if not (s < date and not date.startswith(s))]
        if disjoint and _involves(d_recs, _bounds(near) if near else (_NEG_INF, _INF)):
            later = _later_ids(near, date, d_recs)
            _figure_conflict(measure, dimension, date, near + d_recs, ctx, later)
    if len(dated) > 1:
        ctx.changes.append(Change(measure, _points(dated), dimension))


def _measure(measure: str, dimension: str, recs: list[tuple], ctx: _Ctx) -> bool:
    """Add the conflicts and changes of one comparable group of a measure; True if any two
    of its figures are disjoint."""
    maxlow, minhigh = _bounds(recs)
    disjoint = _above(maxlow, minhigh)
    undated, dated = _split_dates(recs)
    if undated and dated and _early(undated, dated):
        _measure_stated(measure, dimension, undated, dated, disjoint, ctx)
        return disjoint

    if len(dated) <= 1:
        # One group. It is labelled with the date when a dated claim takes part in
        # the disagreement, and None when only undated claims disagree.
        if not disjoint:
            return False
        as_of = None
        later: tuple[str, ...] = ()
        if dated:
            ((date, d_recs),) = dated.items()
            if not undated or _involves(d_recs, _bounds(undated)):
                as_of = date
                later = _later_ids(undated, date, d_recs) if undated else ()
        _figure_conflict(measure, dimension, as_of, list(recs), ctx, later)
        return True

    # Two or more moments: one group per date (its claims plus the undated ones),
    # reported only if a dated claim takes part in a disagreement; the undated
    # claims among themselves form one more group, reported once with as_of None.
    u_bounds = _bounds(undated) if undated else (_NEG_INF, _INF)
    undated.sort()  # once: each date's group (undated + its own) then sorts in a few steps
    if disjoint and _above(*u_bounds):
        _figure_conflict(measure, dimension, None, list(undated), ctx)
    for date in sorted(dated):
        d_recs = dated[date]
        if disjoint and _involves(d_recs, u_bounds):
            later = _later_ids(undated, date, d_recs) if undated else ()
            _figure_conflict(measure, dimension, date, undated + d_recs, ctx, later)
    ctx.changes.append(Change(measure, _points(dated), dimension))
    return disjoint


def _figure_reversal(recs: list[tuple], min_gap: float) -> list[tuple]:
    """One claimant's figures on a measure materially apart (at ``min_gap``) from another of
    their own figures that they are compared with (the as_of gating of rule 2: a dated figure
    with the claimant's figures of the same date and their undated figures; an undated figure
    with all of them)."""
    undated, dated = _split_dates(recs)
    if not dated:
        apart = _Apart(recs, min_gap)
        return [r for r in recs if apart(r)]
    # Only a group with two disjoint figures can hold one apart from another of its own (the
    # bounds tell it in O(n)): the others are never sorted. The undated figures are compared
    # with everyone, so ``everyone`` is built only when there are some.
    everyone: _Apart | None = None
    beside: _Apart | None = None
    if undated:
        everyone, beside = _Apart(recs, min_gap), _Apart(undated, min_gap)
    groups = {
        d: _Apart(d_recs, min_gap)
        for d, d_recs in dated.items()
        if len(d_recs) > 1 and _above(*_bounds(d_recs))
    }
    found = []
    for r in recs:
        date = r[_ASOF]
        if date is None:
            if everyone is not None and everyone(r):
                found.append(r)
        else:
            group = groups.get(date)
            if (group is not None and group(r)) or (beside is not None and beside(r)):
                found.append(r)
    return found


_ReversalKey = tuple[str, Literal["proposition", "measure"], str]  # claimant key, kind, topic


def _reversal(
    names: _Names,
    key: str,
    kind: Literal["proposition", "measure"],
    topic: str,
    own: Iterable[tuple],
    finding: Literal["reversal", "walk-back"] = "reversal",
) -> Reversal:
    """A reversal from (id, said_on, reported_on, as_of) tuples, put in statement order.

    Statement order: undated last, then by date (said_on, else reported_on), then by id. Each
    tuple is sorted as (undated, date, id, said_on, reported_on, as_of), compared in C with no
    key function (an id decides the rest); the dates are None or non-empty.

    A figure dated only by its publication, about a day before it (reported 2023-03-07 about
    2023-01-31: "That day, the CGT had estimated ..."), may have been said on any day from the
    one it describes to its publication: it is ordered after another statement only when that
    one is surely before the day it describes."""
    order = sorted([(not (s or r), s or r or "", i, s, r, a) for i, s, r, a in set(own)])
    # One pass: the day each statement may have been made from (``since``: only a figure
    # dated by a later publication has one), and whether every statement is surely before the
    # next one's first day (``_before``, inlined); an undated one (sorted last) orders nothing.
    since: list[str | None] | None = None
    ordered = not order[-1][0]
    prev = None
    for k, (_, when, _, s, r, a) in enumerate(order):
        start = when
        if not s and r and a and a < r and not r.startswith(a):  # _before(a, r)
            if since is None:
                since = [None] * len(order)
            since[k] = start = a
        if ordered and prev is not None and not (prev < start and not start.startswith(prev)):
            ordered = False
        prev = when
    return Reversal(
        names.shown[key],
        kind,
        topic,
        tuple([o[2] for o in order]),
        tuple(
            [
                (s, "said_on") if s else (r, "reported_on") if r else (None, None)
                for _, _, _, s, r, _ in order
            ]
        ),
        ordered,
        finding,
        tuple(since) if since is not None else (),
    )


def reversal_heading(c: Reversal, with_note: bool = True) -> str:
    """ "Reversal: X changed position on proposition P", or for a walk-back "Walk-back: X
    took a position on proposition P, then said it cannot be said"; with the order note
    when the order is not known (``with_note``)."""
    if c.kind == "walk-back":
        head = (
            f"Walk-back: {c.claimant} took a position on {c.topic_kind} {c.topic}, "
            "then said it cannot be said"
        )
    else:
        head = f"Reversal: {c.claimant} changed position on {c.topic_kind} {c.topic}"
    note = order_note(c) if with_note else ""
    return f"{head} ({note})" if note else head


def order_note(c: Reversal) -> str:
    """What a reversal whose statements cannot be ordered says instead of an arrow: "both
    2021-03-09, order not known" ("" when ordered)."""
    if c.ordered:
        return ""
    late = (
        [(d, a) for (d, _), a in zip(c.dates, c.since, strict=True) if a and d] if c.since else []
    )
    if late:
        d, a = late[-1]
        return (
            f"order not known: reported {d} about {a}, it may have been said on any day from "
            f"{a}: a misreport or a revision"
        )
    dates = {d for d, _ in c.dates}
    if len(dates) == 1 and None not in dates:
        (date,) = dates
        return f"{'both' if len(c.claims) == 2 else 'all'} {date}, order not known"
    return "order not known"


def _dated(recs: list[tuple]) -> list[tuple[str, str, tuple]]:
    """(date, basis, rec) for each dated record, dated by its as_of, else said_on, else
    reported_on; in date order (then low, then id)."""
    dated: list[tuple[str, str, tuple]] = []
    for r in recs:
        for i, name in ((_ASOF, "as_of"), (_SAID, "said_on"), (_REPORTED, "reported_on")):
            if r[i]:
                dated.append((r[i], name, r))
                break
    dated.sort(key=lambda x: (x[0], x[2][_LOW], x[2][_ID]))
    return dated


def _revised(
    r: tuple,
    date: str,
    pools: tuple[Sequence[tuple[str, str, tuple]], ...],
    relayed: Mapping[str, str],
    min_gap: float,
) -> tuple[str, str, tuple] | None:
    """The earlier figure that ``r`` (dated ``date``) revises: the latest one of the first
    pool holding one dated before it, materially above it, and not from the same source."""
    source = relayed.get(r[_ID], r[_ID])
    for pool in pools:
        for e in reversed(pool):
            if (
                _before(e[0], date)
                and _material(e[2], r, min_gap)
                and relayed.get(e[2][_ID], e[2][_ID]) != source
            ):
                return e
    return None


def _shown_gap(upper: tuple, lower: tuple, min_gap: float) -> float:
    """How far apart two disjoint figure records are, as shown: the nearest bounds' ratio
    (the least they differ), or their cores' ratio where that is under the
    materiality ratio (rounding and hedges took the bounds within it)."""
    ratio = _raw_ratio(upper[_LOW], lower[_HIGH])
    return ratio if ratio >= min_gap - _EPS else _raw_ratio(upper[_CLO], lower[_CHI])


def _revisions(
    measure: str,
    dimension: str,
    recs: list[tuple],
    names: _Names,
    min_gap: float,
    relayed: Mapping[str, str],
) -> list[Revision]:
    """Later figures of a cumulative measure that lie wholly (and materially) below an
    earlier one.

    A figure is dated by its as_of, else said_on, else reported_on; undated figures take
    no part, and dates are compared with ``_before`` (a month is not before its own days).
    Each later figure is paired with the earlier figure it revises: the same claimant's
    latest earlier figure above it if there is one, else the latest earlier figure above it
    (ties: the highest). ``recs`` may include relaying claims (``relayed``: echo id -> the id
    it relays): an echo is never the later figure, and is the earlier one only for its own
    claimant's later figure (OCHA passing on 11,300, then saying 3,958).
    """
    dated = _dated(recs)
    if len({d for d, _, _ in dated}) < 2:
        return []
    out: list[Revision] = []
    earlier: list[tuple[str, str, tuple]] = []  # dated before the current date group, sorted
    own: dict[str, list[tuple[str, str, tuple]]] = {}
    top_low: Number = _NEG_INF  # highest low seen so far: a cheap test that nothing is above
    i = 0
    while i < len(dated):
        date = dated[i][0]
        j = i
        while j < len(dated) and dated[j][0] == date:
            j += 1
        group = dated[i:j]
        for _, basis, r in group:
            if r[_ID] in relayed or not _above(top_low, r[_HIGH]):
                continue  # an echo revises nothing: its source said it first
            found = _revised(r, date, (own.get(r[_KEY], ()), earlier), relayed, min_gap)
            if found is None:
                continue
            e_date, e_basis, e = found
            out.append(
                Revision(
                    measure,
                    (e[_ID], r[_ID]),
                    (names.shown[e[_KEY]], names.shown[r[_KEY]]),
                    ((e_date, e_basis), (date, basis)),
                    _shown_ratio(_shown_gap(e, r, min_gap)),
                    dimension,
                )
            )
        for item in group:
            if item[2][_ID] not in relayed:  # an echo is revised only by its own claimant
                earlier.append(item)
            own.setdefault(item[2][_KEY], []).append(item)
            if item[2][_LOW] > top_low:
                top_low = item[2][_LOW]
        i = j
    return out


class _SumResult:
    __slots__ = ("bad", "good", "minor", "unchecked")

    def __init__(self) -> None:
        self.bad: list[SumFinding] = []
        self.good: list[SumFinding] = []
        self.minor: list[SumFinding] = []
        self.unchecked: list[Unchecked] = []


_NO_SUMS = _SumResult()  # a subject with no sum relation (read, never added to)


def _bound_key(x: Number) -> Number:
    """A widened bound to twelve significant digits: the same interval reached by two sums of
    floats (14 ± 3 and 16 ± 1, in feet read as metres) is one figure, as it is in whole
    numbers; a unit conversion never splits one figure into two."""
    return x if type(x) is int else float(f"{x:.12g}")


def _distinct(recs: list[tuple]) -> list[tuple[tuple, list[tuple]]]:
    """The distinct figures of a measure (same bounds, same time): (the one with the smallest
    id, all of them), in order of bounds, time, id."""
    by: dict[tuple, list[tuple]] = {}
    for r in recs:
        by.setdefault((_bound_key(r[_LOW]), _bound_key(r[_HIGH]), r[_ASOF] or ""), []).append(r)
    out = [(min(rs, key=_id), rs) for rs in by.values()]
    out.sort(key=lambda x: (x[0][_LOW], x[0][_HIGH], x[0][_ASOF] or "", x[0][_ID]))
    return out


def _one_time(times: list[str | None], cumulative: bool) -> tuple[bool, str | None]:
    """(whether a combination of figures is of one time, the time it is checked at).

    Not cumulative: the as_of dates, undated ones standing for any. Cumulative (each figure at
    its time): every figure dated, no two of them ordered (the same time, or a month and a day
    in it); the finest time is the combination's."""
    dated = [t for t in times if t is not None]
    if cumulative:
        if len(dated) < len(times):
            return False, None
        distinct = sorted(set(dated))
        if any(_before(a, b) for i, a in enumerate(distinct) for b in distinct[i + 1 :]):
            return False, None
        return True, max(dated, key=len)
    if len(set(dated)) > 1:
        return False, None
    return True, dated[0] if dated else None


def _sum_finding(
    relation: SumRelation,
    parts: tuple[str, ...],
    chosen: list[tuple],
    givers: list[tuple],
    total: tuple[tuple, list[tuple]],
    when: str | None,
    dimension: str,
    names: _Names,
    min_gap: float,
    mixed: bool = False,
) -> tuple[SumFinding, bool]:
    """Part figures (one record each) set against a total figure: (the finding, minor?).
    ``givers``: every record giving the part figures (their claimants are the finding's);
    ``mixed``: the parts are of no one statement at a time that does not order them."""
    lo = sum(c[_LOW] for c in chosen)
    hi = sum(c[_HIGH] for c in chosen)
    core_lo = sum(c[_CLO] for c in chosen)
    core_hi = sum(c[_CHI] for c in chosen)
    t = total[0]
    implied: tuple = (lo, hi, None, None, None, None, None, core_lo, core_hi)
    direction: Literal["short", "excess"] | None = None
    by: tuple[Number, Number | None] | None = None
    gap: float | None = None
    minor = False
    if _above(t[_LOW], hi):  # the parts fall short of the total
        direction, upper, lower = "short", t, implied
        by = (t[_LOW] - hi, None if t[_HIGH] == _INF else t[_HIGH] - lo)
    elif _above(lo, t[_HIGH]):  # the parts exceed it
        direction, upper, lower = "excess", implied, t
        by = (lo - t[_HIGH], None if hi == _INF else hi - t[_LOW])
    if direction is not None:
        minor = not _material(upper, lower, min_gap)
        core = _raw_ratio(upper[_CLO], lower[_CHI])
        gap = (
            round(core * (1 + _EPS), 2)
            if minor
            else _shown_ratio(_shown_gap(upper, lower, min_gap))
        )
    keys = [r[_KEY] for r in givers]
    finding = SumFinding(
        relation.total,
        parts,
        (*[c[_ID] for c in chosen], t[_ID]),
        lo,
        None if hi == _INF else hi,
        ", ".join(names.claimants(keys)),
        ", ".join(names.claimants(r[_KEY] for r in total[1])),
        when,
        direction is None,
        dimension,
        gap,
        direction,
        by,
        mixed and direction is not None,
    )
    return finding, minor


def _sums(
    relation: SumRelation,
    groups: Mapping[str, list[tuple]],
    echoes: Mapping[str, list[tuple]],
    dimension: str,
    names: _Names,
    min_gap: float,
    cumulative: bool,
    out: _SumResult,
) -> None:
    """One sum relation (``cumulative``: one of its measures is, and each figure is taken at
    its time). For each claimant who gave a figure on every part (a relaying claim counts for
    its claimant, with the figure it relays), every combination of their distinct part
    figures of one time is added up and set against the distinct figures on the total of
    that time; a combination several claimants give is checked once. It holds when the
    total's interval meets the parts' summed interval (against any total of that time:
    ``_file_sum_results``); otherwise one finding, against the closest total, minor when the
    cores are within ``min_gap``. A part figure alone above a total figure is a finding too.
    A relation that cannot be checked says why."""
    timed = _timed if cumulative else list
    missing = [m for m in (*relation.parts, relation.total) if not groups.get(m)]
    totals = _distinct(timed(groups.get(relation.total, [])))
    combos = _claimant_combos(relation, groups, echoes, names, timed)
    checked = 0
    for figures_given, givers in combos if totals else ():
        times = [c[0][_ASOF] for c in figures_given]
        results: list[tuple[SumFinding, bool, bool]] = []
        keys = {r[_KEY] for r in givers}
        mixed = cumulative and _mixed(figures_given)
        for total in totals:
            same, when = _one_time([*times, total[0][_ASOF]], cumulative)
            if not same:
                continue
            checked += 1
            own = not keys.isdisjoint(r[_KEY] for r in total[1])
            results.append(
                (
                    *_sum_finding(
                        relation,
                        relation.parts,
                        [c[0] for c in figures_given],
                        givers,
                        total,
                        when,
                        dimension,
                        names,
                        min_gap,
                        mixed and _unordered(when, when),
                    ),
                    own,
                )
            )
        _file_sum_results(results, out)
    _parts_above(relation, groups, totals, dimension, names, min_gap, cumulative, out)
    if missing:
        reason = f"no figure yet for {', '.join(missing)}"
    elif not combos:
        reason = "no claimant gave a figure on every part"
    elif not checked:
        reason = (
            "no figures of one time on the parts and the total (each figure at its time)"
            if cumulative
            else "no figures of one as_of on the parts and the total"
        )
    else:
        return
    out.unchecked.append(Unchecked(relation.total, relation.parts, reason))


def _mixed(figures: list[tuple[tuple, list[tuple]]]) -> bool:
    """Whether no one source (article) gives every part figure of a combination (each figure:
    its representative and every record giving it); a record without a source could be of
    any, and a combination of figures without sources is not mixed."""
    common: set[str] | None = None
    for _, recs in figures:
        sources = {r[_SRC] for r in recs}
        if None in sources:
            continue
        common = sources if common is None else common & sources
        if not common:
            return True
    return False


def _file_sum_results(results: list[tuple[SumFinding, bool, bool]], out: _SumResult) -> None:
    """The checks of one combination of parts against the totals of its time, filed once:
    ``results`` holds (finding, minor?, the total given by a claimant of the parts?).

    A claimant's parts are set against that claimant's own totals of the time when it gave
    any (its parts and its total not adding up is its own inconsistency, whatever others
    say), else against every total of the time. Totals of one time disagree with one another
    (updates of one day, or claimants apart): that disagreement is the total measure's own
    finding. So the sum holds when the parts meet one of those totals, and the others are not
    set against it again; when they meet none, the closest total alone makes the finding
    (minor when within ``min_gap``)."""
    own = [(f, m) for f, m, mine in results if mine]
    judged = own or [(f, m) for f, m, _ in results]
    held = [f for f, _ in judged if f.holds]
    if held:
        out.good.extend(held)
    elif judged:
        finding, minor = min(judged, key=lambda fm: (fm[0].gap or _INF, fm[0].claims[-1]))
        (out.minor if minor else out.bad).append(finding)


def _claimant_combos(
    relation: SumRelation,
    groups: Mapping[str, list[tuple]],
    echoes: Mapping[str, list[tuple]],
    names: _Names,
    timed: Callable[[list[tuple]], list[tuple]],
) -> list[tuple[list[tuple[tuple, list[tuple]]], list[tuple]]]:
    """Each combination of distinct part figures that a claimant gave (one per part, their
    relays included), once: (the figures, every record giving them)."""
    by_key: dict[str, list[list[tuple]]] = {}
    for n, part in enumerate(relation.parts):
        for r in (*timed(groups.get(part, [])), *timed(echoes.get(part, []))):
            by_key.setdefault(r[_KEY], [[] for _ in relation.parts])[n].append(r)
    combos: dict[tuple, tuple[list[tuple[tuple, list[tuple]]], list[tuple]]] = {}
    for key in sorted(by_key, key=lambda k: names.rank[k]):
        slots = by_key[key]
        if not all(slots):
            continue
        for chosen in product(*[_distinct(recs) for recs in slots]):
            ident = tuple(
                (_bound_key(c[0][_LOW]), _bound_key(c[0][_HIGH]), c[0][_ASOF]) for c in chosen
            )
            if ident in combos:  # another claimant gives the same figures: one check
                combos[ident][1].extend(r for c in chosen for r in c[1])
            else:
                combos[ident] = (list(chosen), [r for c in chosen for r in c[1]])
    return list(combos.values())


def _parts_above(
    relation: SumRelation,
    groups: Mapping[str, list[tuple]],
    totals: list[tuple[tuple, list[tuple]]],
    dimension: str,
    names: _Names,
    min_gap: float,
    cumulative: bool,
    out: _SumResult,
) -> None:
    """A single part figure wholly and materially above a total figure of its time (unless a
    sum with it says so already)."""
    timed = _timed if cumulative else list
    flagged = {(i, f.claims[-1]) for f in out.bad for i in f.claims[:-1]}
    for part in relation.parts:
        for figure in _distinct(timed(groups.get(part, []))):
            for total in totals:
                r, t = figure[0], total[0]
                same, when = _one_time([r[_ASOF], t[_ASOF]], cumulative)
                if not same or (r[_ID], t[_ID]) in flagged:
                    continue
                if _material(r, t, min_gap):
                    finding, _ = _sum_finding(
                        relation, (part,), [r], figure[1], total, when, dimension, names, min_gap
                    )
                    out.bad.append(finding)


# ---------------------------------------------------------------------------
# Analysis


def analyse(
    facts: Iterable[Fact],
    *,
    min_gap: float = DEFAULT_MIN_GAP,
    cumulative: Iterable[str] = (),
    sums: Iterable[SumRelation] = (),
) -> Report:
    """Find the conflicts, reversals, revisions, sums and changes over time among ``facts``.

    ``min_gap`` is the materiality ratio (>= 1): positions closer than it are a minor
    difference, not a dispute. ``cumulative`` names measures whose true value can only
    grow; ``sums`` relates total measures to their parts.

    The result does not depend on the order of ``facts``. The cyclic garbage
    collector is paused while the (acyclic) working set is built: with a million
    claims its repeated full scans would otherwise dominate the run time.
    """
    if not min_gap >= 1:
        raise ValueError(f"min_gap must be at least 1 (got {min_gap!r})")
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _analyse(facts, min_gap, frozenset(cumulative), tuple(sums))
    finally:
        if gc_was_enabled:
            gc.enable()


def _roots(active: dict[str, Fact]) -> dict[str, str]:
    """Relaying claim id -> the id of the claim it ultimately relays, for relays whose
    target is an active claim of the same kind and topic (chains followed; a claim in a
    cycle of relays is treated as a source of its own)."""
    roots: dict[str, str] = {}
    for f in active.values():
        if not f.relays:
            continue
        seen = {f.id}
        cur, root = f, None
        while cur.relays and cur.relays not in seen:
            t = active.get(cur.relays)
            if t is None or t.kind != f.kind or t.topic != f.topic:
                break
            seen.add(t.id)
            cur = root = t
        else:
            if cur.relays in seen:
                root = None  # a cycle
        if root is not None:
            roots[f.id] = root.id
    return roots


class _Grouped:
    """The active facts grouped for the passes: by measure and dimension, by proposition,
    and the relayed copies (echoes) beside the claims they relay."""

    __slots__ = (
        "echo_recs",
        "echoes",
        "figures",
        "independent",
        "keys",
        "n_relaying",
        "shown",
        "stance_echoes",
        "stances",
    )

    def __init__(self) -> None:
        self.keys: dict[str, str] = {}  # display name -> claimant key
        self.shown: dict[str, str] = {}  # claimant key -> smallest display name seen
        self.independent: set[str] = set()  # keys with at least one claim relaying nothing
        # measure -> dimension -> figure records
        self.figures: dict[str, dict[str, list[tuple]]] = {}
        # proposition -> (affirms, denies, uncertain) of (id, key, said_on, reported_on)
        self.stances: dict[str, tuple[list[tuple], list[tuple], list[tuple]]] = {}
        self.echoes: dict[str, list[tuple]] = {}  # relayed id -> [(echo id, key)]
        # (measure, dimension) -> echo records
        self.echo_recs: dict[tuple[str, str], list[tuple]] = {}
        self.stance_echoes: dict[str, list[tuple]] = {}  # proposition -> [(echo, side, root)]
        self.n_relaying = 0

    def key(self, claimant: str) -> str:
        key = self.keys.get(claimant)
        if key is None:
            key = self.keys[claimant] = _cached_key(claimant)
            name = self.shown.get(key)
            if name is None or claimant < name:
                self.shown[key] = claimant
        return key


# claimant_key of names seen before: the same few hundred claimants recur across subjects
_KEYS: dict[str, str] = {}
_KEYS_MAX = 1 << 16


def _cached_key(name: str) -> str:
    key = _KEYS.get(name)
    if key is None:
        if len(_KEYS) >= _KEYS_MAX:
            _KEYS.clear()
        key = _KEYS[name] = claimant_key(name)
    return key


_SIDES = {"affirms": 0, "denies": 1, "uncertain": 2}


def _widened(low: Number, high: Number | None, rounding: Number) -> tuple[Number, Number]:
    """A figure's bounds ordered, widened by its rounding; +inf for no upper bound."""
    if high is None:
        high = _INF
    elif high < low:
        low, high = high, low
    if rounding:
        low = max(0, low - rounding) if low >= 0 else low - rounding
        high = high + rounding
    return low, high


def _core_of(low: Number, high: Number | None) -> tuple[Number, Number]:
    """``_core`` of a figure's bounds as stored (high None = unbounded; maybe swapped)."""
    if high is None:
        return low, low
    if high < low:
        low, high = high, low
    return _core(low, high)


def _group(active: list[Fact], roots: dict[str, str]) -> _Grouped:
    """The active facts (one per id) grouped; ``roots`` maps a relayed copy to the claim it
    relays.

    One loop over the facts, unpacked by position (the hot path of ``conflicts --all``).
    A figure record is (low, high, id, claimant key, as_of, said_on, reported_on) with the
    bounds ordered, widened by the rounding, and high = +inf when unbounded; a stance record
    is (id, claimant key, said_on, reported_on) on its side (affirms, denies, uncertain).
    """
    g = _Grouped()
    keys = g.keys
    figures = g.figures
    stances = g.stances
    n_relaying = 0
    # The list the last figure went to, and its measure and dimension: the store reads a
    # subject's figures in measure order, so that most figures go where the last one went
    # without looking up their measure and dimension (any order gives the same lists).
    last_topic: object = _MISSING  # (never equal to a measure, even a None one)
    last_dimension: object = _MISSING
    last: list[tuple] = []
    last_proposition: object = _MISSING  # likewise for stances, in proposition order
    last_sides: tuple[list[tuple], list[tuple], list[tuple]] = ([], [], [])
    for f in active:
        (fid, claimant, kind, topic, low, high, stance, as_of, said_on, _, reported_on,
         dimension, rounding, relays, source) = f  # fmt: skip
        key = keys.get(claimant)
        if key is None:
            key = g.key(claimant)
        if relays:
            n_relaying += 1
        root = roots.get(fid) if roots else None
        if kind == "figure":
            if low is None:
                continue
            if low == high:  # _core and _widened, inlined for the common cases
                c_low = c_high = low
                if rounding:
                    low = max(0, low - rounding) if low >= 0 else low - rounding
                    high = high + rounding
            elif high is not None and low < high < _INF:  # an ordered range: _core, inlined
                c_low, c_high = (
                    (high, high)
                    if low <= 0
                    else ((low + high) / 2,) * 2
                    if high <= low * _NARROW
                    else (low, high)
                )
                low, high = _widened(low, high, rounding) if rounding else (low, high)
            else:
                c_low, c_high = _core_of(low, high)
                if high is None or high < low or rounding:
                    low, high = _widened(low, high, rounding)
            rec = (
                low, high, fid, key, as_of or None, said_on or None, reported_on or None,
                c_low, c_high, source or None,
            )  # fmt: skip
            if root is not None:
                g.echoes.setdefault(root, []).append((fid, key))
                g.echo_recs.setdefault((topic, dimension), []).append(rec)
                continue
            if topic != last_topic or dimension != last_dimension:
                last = _figure_list(figures, topic, dimension)
                last_topic, last_dimension = topic, dimension
            last.append(rec)
        elif kind == "stance":
            said = (fid, key, said_on or None, reported_on or None)
            side = _SIDES.get(stance) if root is None else None  # type: ignore[arg-type]
            if side is None:  # an echo, or no side
                _add_stance(g, said, topic, stance, root)
            else:  # _add_stance, inlined: the common case
                if topic != last_proposition:
                    last_sides = stances.get(topic) or _sides(stances, topic)
                    last_proposition = topic
                last_sides[side].append(said)
    g.n_relaying = n_relaying
    # every claimant with a claim that relays nothing (all of them, when none relays)
    g.independent = (
        {keys[f[1]] for f in active if not f[_F_RELAYS]} if n_relaying else set(keys.values())
    )
    return g


def _figure_list(figures: dict[str, dict[str, list[tuple]]], topic: str, dimension: str) -> list:
    """The list of a measure's figures in a dimension (new and filed if there is none)."""
    dims = figures.get(topic)
    if dims is None:
        dims = figures[topic] = {}
    lst = dims.get(dimension)
    if lst is None:
        lst = dims[dimension] = []
    return lst


def _sides(stances: dict[str, tuple[list[tuple], list[tuple], list[tuple]]], topic: str) -> tuple:
    """A proposition's new (affirms, denies, uncertain) lists."""
    sides = stances[topic] = ([], [], [])
    return sides


def _add_stance(g: _Grouped, rec: tuple, topic: str, stance: str | None, root: str | None) -> None:
    """File a stance record (id, key, said_on, reported_on) on its side of its proposition."""
    side = _SIDES.get(stance)  # type: ignore[arg-type]
    if side is None:
        return
    if root is not None:
        g.stance_echoes.setdefault(topic, []).append((rec[0], side, root))
        return
    sides = g.stances.get(topic)
    if sides is None:
        sides = g.stances[topic] = ([], [], [])
    sides[side].append(rec)


class _Reversals:
    """Claims of a claimant on both sides of something, collected per (claimant key, topic
    kind, topic) as (id, said_on, reported_on), then made into Reversal findings."""

    def __init__(self) -> None:
        self.claims: dict[_ReversalKey, set[tuple]] = {}
        self.minor: dict[_ReversalKey, set[tuple]] = {}
        self.walk_backs: dict[_ReversalKey, set[tuple]] = {}

    @staticmethod
    def found(
        names: _Names,
        claims: dict[_ReversalKey, set[tuple]],
        kind: Literal["reversal", "walk-back"] = "reversal",
    ) -> list[Reversal]:
        if not claims:
            return []
        rank = names.rank
        order = sorted(claims, key=lambda c: (rank[c[0]], c[2], c[1]))  # claimant, topic, kind
        return [_reversal(names, *c, claims[c], kind) for c in order]


def _figure_passes(
    g: _Grouped,
    active: dict[str, Fact],
    cumulative: frozenset[str],
    ctx: _Ctx,
    rev: _Reversals,
    roots: dict[str, str],
) -> tuple[list[Incomparable], list[Revision]]:
    """Every measure: incomparable dimensions, revisions of a cumulative measure, disputes
    (into ``ctx``) and claimants who reverse themselves on it (into ``rev``)."""
    names, min_gap = ctx.names, ctx.min_gap
    incomparable: list[Incomparable] = []
    revisions: list[Revision] = []
    for measure, dims in g.figures.items():
        if len(dims) > 1:
            incomparable.append(
                Incomparable(
                    measure,
                    tuple((d, tuple(sorted([r[_ID] for r in dims[d]]))) for d in sorted(dims)),
                )
            )
        for dimension, recs in dims.items():
            if measure in cumulative:
                found = _revisions(
                    measure,
                    dimension,
                    recs + g.echo_recs.get((measure, dimension), []),
                    names,
                    min_gap,
                    roots,
                )
                revisions.extend(found)
                _own_revisions(found, active, g.keys, measure, rev)
                if len(recs) >= 2:
                    _cumulative_measure(measure, dimension, recs, ctx)
                continue
            if len(recs) < 2:
                continue
            n_found = len(ctx.figure_conflicts), len(ctx.minor), len(ctx.changes)
            if not _measure(measure, dimension, recs, ctx):
                continue  # no two figures on the measure disagree: no claimant reverses either
            if dimension == "count" and _unmarked_running_count(measure, recs, ctx, n_found):
                continue
            _figure_reversals(measure, recs, min_gap, rev)
    return incomparable, revisions


# Words of a measure's name that read like a running count: a toll that can only grow. Words
# that as often name one event's count ("evacuated", "evacuees", "refugees": the fighters who
# left in one convoy) are left out: a real dispute must never be folded into a hint.
_RUNNING = frozenset(
    [
        "dead",
        "deaths",
        "death",
        "died",
        "killed",
        "fatalities",
        "casualties",
        "victims",
        "injured",
        "injuries",
        "wounded",
        "hurt",
        "missing",
        "disappeared",
        "displaced",
        "arrests",
        "arrested",
        "detained",
        "detentions",
        "cases",
        "infections",
        "infected",
        "hospitalised",
        "hospitalized",
        "toll",
    ]
)


def _reads_running(measure: str) -> bool:
    running = _RUNNING_OF.get(measure)
    if running is None:
        if len(_RUNNING_OF) >= 1 << 16:
            _RUNNING_OF.clear()
        running = _RUNNING_OF[measure] = not _RUNNING.isdisjoint(
            measure.replace("_", "-").split("-")
        )
    return running


_RUNNING_OF: dict[str, bool] = {}  # _reads_running of measures seen before (they recur)


def _unmarked_running_count(
    measure: str, recs: list[tuple], ctx: _Ctx, n_found: tuple[int, int, int]
) -> bool:
    """Whether a measure not marked cumulative, that reads like a running count and whose
    disagreeing figures only rise with their times (all dated, ordered), gets a hint to mark it
    instead of the dispute just filed (taken back from ``ctx``). Nothing is hidden that marking
    it would show: the same figures read as cumulative give no dispute and no revision."""
    n_conflicts, n_minor, n_changes = n_found
    if not _reads_running(measure) or (
        len(ctx.figure_conflicts) == n_conflicts and len(ctx.minor) == n_minor
    ):
        return False  # not a running count, or nothing filed to take back
    if not all(r[_ASOF] or r[_SAID] or r[_REPORTED] for r in recs):
        return False  # an undated figure cannot be ordered
    timed = _timed(recs)
    ordered = sorted(timed, key=_as_of)
    top: Number = _NEG_INF
    for r in ordered:  # no fall at all, not even an immaterial one (a revision)
        if _above(top, r[_HIGH]):
            return False
        top = max(top, r[_LOW])
    at: dict[str, list[tuple]] = {}
    for r in ordered:  # two figures of one time (or nested times) apart, whoever gave them
        for t in (*_prefixes(r[_ASOF]), r[_ASOF]):
            for e in at.get(t, ()):
                if _above(r[_LOW], e[_HIGH]) or _above(e[_LOW], r[_HIGH]):
                    return False
        at.setdefault(r[_ASOF], []).append(r)
    if _over_time(timed, 1.0):
        return False
    del ctx.figure_conflicts[n_conflicts:]
    del ctx.minor[n_minor:]
    del ctx.changes[n_changes:]
    ctx.unmarked.append(measure)
    return True


def _timed(recs: list[tuple]) -> list[tuple]:
    """Figure records with their as_of replaced by their time: as_of, else said_on, else
    reported_on (None if none)."""
    return [
        r if r[_ASOF] else (*r[:_ASOF], r[_SAID] or r[_REPORTED], *r[_ASOF + 1 :]) for r in recs
    ]


def _prefixes(time: str) -> list[str]:
    """The coarser times that contain ``time``: its year, month and day (not itself)."""
    return [time[:n] for n in (4, 7, 10) if n < len(time)]


def _over_time(recs: list[tuple], min_gap: float) -> list[tuple]:
    """The records of a cumulative measure (``_timed``) that disagree with another claimant's:
    a later figure materially below an earlier one, or two figures materially apart whose
    times cannot be ordered (the same time, a month against a day in it, either undated). A
    rise over time is never a disagreement; one claimant's own figures are judged as
    revisions (ordered) or left as updates whose order is not known."""
    hit: dict[str, tuple] = {}

    def apart(a: tuple, b: tuple) -> bool:
        return _material(a, b, min_gap) or _material(b, a, min_gap)

    undated = [r for r in recs if r[_ASOF] is None]
    dated = sorted([r for r in recs if r[_ASOF] is not None], key=lambda r: (r[_ASOF], r[_ID]))
    for i, u in enumerate(undated):
        for r in (*undated[i + 1 :], *dated):
            if r[_KEY] != u[_KEY] and apart(u, r):
                hit[u[_ID]] = u
                hit[r[_ID]] = r
    for r in _falls(dated, min_gap):  # a later figure (or one of its time) materially below
        hit[r[_ID]] = r
    at: dict[str, list[tuple]] = {}  # time -> the records seen at it
    for r in dated:
        time = r[_ASOF]
        for t in (*_prefixes(time), time):  # not orderable: a rise is a disagreement too
            for e in at.get(t, ()):
                if e[_KEY] != r[_KEY] and _material(r, e, min_gap):
                    hit[e[_ID]] = e
                    hit[r[_ID]] = r
        at.setdefault(time, []).append(r)
    return list(hit.values())


def _top2(a: tuple, b: tuple) -> tuple:
    """The two largest (value, key) pairs of ``a`` and ``b`` with distinct keys."""
    out: list[tuple] = []
    for item in sorted((*a, *b), reverse=True):
        if not out or (len(out) == 1 and out[0][1] != item[1]):
            out.append(item)
            if len(out) == 2:
                break
    return tuple(out)


class _Prefix:
    """A Fenwick tree over ranks 1..n keeping, for each prefix, the two largest (value, key)
    pairs with distinct keys: inserts and queries in O(log n)."""

    __slots__ = ("n", "tree")

    def __init__(self, n: int) -> None:
        self.n = n
        self.tree: list[tuple] = [()] * (n + 1)

    def add(self, rank: int, item: tuple) -> None:
        tree = self.tree
        while rank <= self.n:
            tree[rank] = _top2(tree[rank], (item,))
            rank += rank & -rank

    def best(self, rank: int) -> tuple:
        out: tuple = ()
        tree = self.tree
        while rank > 0:
            out = _top2(out, tree[rank])
            rank -= rank & -rank
        return out


def _falls(dated: list[tuple], min_gap: float) -> list[tuple]:
    """The records of ``dated`` (in time order) in a pair with another claimant's where the
    one earlier in time order (or of the same time) lies materially above the other: each
    record at most twice through a prefix tree, O(n log n)."""
    from bisect import bisect_left, bisect_right

    floor = min_gap - _EPS
    out: dict[str, tuple] = {}
    n = len(dated)
    # the later (lower) one: an earlier record with a low above its high
    lows = sorted({r[_LOW] for r in dated})
    tree = _Prefix(len(lows))
    for r in dated:
        high = r[_HIGH]
        rank = len(lows) - bisect_right(lows, high + abs(high) * _EPS)
        for core_low, key in tree.best(rank):
            if key != r[_KEY]:
                if _raw_ratio(core_low, r[_CHI]) >= floor:
                    out[r[_ID]] = r
                break
        tree.add(len(lows) - bisect_left(lows, r[_LOW]), (r[_CLO], r[_KEY]))
    # the earlier (higher) one: a later record with a high below its low
    ups = sorted({r[_HIGH] + abs(r[_HIGH]) * _EPS for r in dated})
    tree = _Prefix(len(ups))
    for i in range(n - 1, -1, -1):
        e = dated[i]
        rank = bisect_left(ups, e[_LOW])
        for neg_core_high, key in tree.best(rank):
            if key != e[_KEY]:
                if _raw_ratio(e[_CLO], -neg_core_high) >= floor:
                    out[e[_ID]] = e
                break
        high = e[_HIGH]
        tree.add(bisect_left(ups, high + abs(high) * _EPS) + 1, (-e[_CHI], e[_KEY]))
    return list(out.values())


def _cumulative_measure(measure: str, dimension: str, recs: list[tuple], ctx: _Ctx) -> None:
    """A cumulative measure's disputes, changes over time and reversals, each figure at its
    time (as_of, else said_on, else reported_on)."""
    timed = _timed(recs)
    involved = _over_time(timed, 1.0)  # immaterial ones make a minor difference
    for part in _disagreements(involved, timed):
        times = {r[_ASOF] for r in part}
        as_of = times.pop() if len(times) == 1 else None
        n_conflicts, n_minor = len(ctx.figure_conflicts), len(ctx.minor)
        _figure_conflict(measure, dimension, as_of, part, ctx)
        # only a finding filed pays for reading its times
        if len(ctx.figure_conflicts) > n_conflicts:
            ctx.figure_conflicts[-1] = _timed_conflict(ctx.figure_conflicts[-1], part, ctx)
        elif len(ctx.minor) > n_minor:
            minor = ctx.minor[-1]
            assert isinstance(minor, FigureConflict)
            ctx.minor[-1] = _timed_conflict(minor, part, ctx, 1.0)
    dated: dict[str, list[tuple]] = {}
    for r in timed:
        if r[_ASOF] is not None:
            dated.setdefault(r[_ASOF], []).append(r)
    points = _points(dated)
    if len(dated) > 1 or (len(points) > 1 and not involved):
        ctx.changes.append(Change(measure, points, dimension))
    # A claimant's own figures are never a reversal here: in time order a fall is a revision
    # and a rise a change; out of order (one day, or undated) an update whose order is not
    # known, shown as points of one time.


_PAIRWISE = 256  # above this many records in disagreement, one finding holds them all


def _disagree(a: tuple, b: tuple) -> bool:
    """Whether two records of a cumulative measure, of different claimants, disagree: their
    times cannot be ordered and they are apart, or the later lies wholly below the earlier
    (any gap: materiality is judged on the finding)."""
    ta, tb = a[_ASOF], b[_ASOF]
    if ta is not None and tb is not None:
        if _before(ta, tb):
            return _material(a, b, 1.0)
        if _before(tb, ta):
            return _material(b, a, 1.0)
    return _material(a, b, 1.0) or _material(b, a, 1.0)


def _disagreements(involved: list[tuple], timed: list[tuple]) -> list[list[tuple]]:
    """The records of a cumulative measure's disagreements (``_over_time``), one finding per
    set of records that disagree with each other, directly or through others: a fall between
    two estimates of 2018 is not one dispute with two agreeing counts of 2017, which are a
    rise. A finding of one time (its figures' times cannot be ordered) shows every figure of
    that time that is in no other finding: a claimant's own earlier figure of that day is part
    of what the reader must see ("16 certified" in the morning, 34 at night)."""
    if not involved:
        return []
    n = len(involved)
    if n > _PAIRWISE:  # a pairwise pass would cost n^2: one finding, as before
        return [involved]
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(n):
        a = involved[i]
        for j in range(i + 1, n):
            b = involved[j]
            if a[_KEY] != b[_KEY] and root(i) != root(j) and _disagree(a, b):
                parent[root(j)] = root(i)
    groups: dict[int, list[tuple]] = {}
    for i, r in enumerate(involved):
        groups.setdefault(root(i), []).append(r)
    parts = [g for g in groups.values() if len(g) > 1]
    if not parts:
        return []
    shown = {r[_ID] for g in parts for r in g}
    for g in parts:
        times = {r[_ASOF] for r in g}
        if None in times or not _one_time(list(times), True)[0]:
            continue
        for r in timed:
            t = r[_ASOF]
            if r[_ID] in shown or t is None:
                continue
            if not any(_before(t, u) or _before(u, t) for u in times if u is not None):
                g.append(r)
                shown.add(r[_ID])
                times.add(t)  # the figures shown stay of one time among themselves too
    return parts


def _unordered(a: str | None, b: str | None) -> bool:
    """Whether two figures' times cannot be ordered: either undated, neither surely before the
    other (one day, a month and a day in it), or the same day, month or year (a rise during it
    cannot be told from a dispute). The same time of day is one moment, and so is ordered."""
    if a is None or b is None:
        return True
    if a == b:
        return len(a) <= 10
    return not _before(a, b) and not _before(b, a)


def _timed_conflict(
    c: FigureConflict, recs: list[tuple], ctx: _Ctx, min_gap: float | None = None
) -> FigureConflict:
    """A cumulative measure's dispute (or minor difference) with what its times say: whether
    any two claimants' figures in it disagree at times that order them (a later figure
    materially below an earlier one, or two figures of one moment apart), and which claimants
    stand in two positions with figures whose order is not known (their own update). Every
    pair of distinct figures is looked at: this runs only for a finding filed."""
    gap = ctx.min_gap if min_gap is None else min_gap
    distinct = list({(r[_LOW], r[_HIGH], r[_ASOF], r[_KEY]): r for r in recs}.values())
    ordered = False
    for i, a in enumerate(distinct):
        for b in islice(distinct, i + 1, None):
            if a[_KEY] == b[_KEY] or _unordered(a[_ASOF], b[_ASOF]):
                continue
            if a[_ASOF] == b[_ASOF]:  # one moment: apart either way
                ordered = _material(a, b, gap) or _material(b, a, gap)
            else:  # the earlier one above the later: a fall
                early, late = (a, b) if _before(a[_ASOF], b[_ASOF]) else (b, a)
                ordered = _material(early, late, gap)
            if ordered:
                break
        if ordered:
            break
    updates = _own_updates(c, recs, ctx.names)
    if ordered and not updates:
        return c
    times = (
        ()
        if ordered
        else tuple(sorted({r[_ASOF] for r in recs}, key=lambda t: (t is None, t or "")))
    )
    return FigureConflict(
        c.measure, c.as_of, c.severity, c.positions, c.gaps, c.dimension, ordered, times, updates
    )


def _own_updates(
    c: FigureConflict, recs: list[tuple], names: _Names
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The claimants with figures in two positions of ``c`` whose times cannot be ordered:
    (display name, the ids of those figures), by name."""
    where = {cid: n for n, p in enumerate(c.positions) for cid in p.claims}
    by_key: dict[str, list[tuple]] = {}
    for r in recs:
        by_key.setdefault(r[_KEY], []).append(r)
    out = []
    for key, own in by_key.items():
        if len({where.get(r[_ID]) for r in own}) < 2:
            continue
        ids: set[str] = set()
        for i, a in enumerate(own):
            for b in islice(own, i + 1, None):
                if where.get(a[_ID]) != where.get(b[_ID]) and _unordered(a[_ASOF], b[_ASOF]):
                    ids.update((a[_ID], b[_ID]))
        if ids:
            out.append((names.shown[key], tuple(sorted(ids))))
    out.sort(key=lambda u: _name_order(u[0]))
    return tuple(out)


def time_note(c: FigureConflict) -> str:
    """What a dispute on a cumulative measure whose figures' times cannot be ordered says
    ("" when they can): "all of 2017-09-20 without a time of day: on a running count a rise
    during the day reads as a dispute; give --as-of with a time, e.g. 2017-09-20T08:00, to
    order them"."""
    if c.times_ordered:
        return ""
    dated = [t for t in c.times if t is not None]
    if len(dated) == 1 and len(c.times) == 1:
        (t,) = dated
        span, unit, example = {
            4: ("a month", "year", f"{t}-06"),
            7: ("a day", "month", f"{t}-15"),
        }.get(len(t), ("a time of day", "day", f"{t[:10]}T08:00"))
        return (
            f"all of {t} without {span}: on a running count a rise during the {unit} reads as "
            f"a dispute; give --as-of with {span}, e.g. {example}, to order them"
        )
    shown = ", ".join(t or "undated" for t in c.times)
    return (
        f"times that cannot be ordered ({shown}): on a running count a rise between them "
        "reads as a dispute; give each figure its --as-of to order them"
    )


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


def _own_revisions(
    found: list[Revision],
    active: dict[str, Fact],
    keys: dict[str, str],
    measure: str,
    rev: _Reversals,
) -> None:
    """A revision between two claims of the same claimant is also their reversal."""
    for revision in found:
        k0 = keys[active[revision.claims[0]].claimant]
        k1 = keys[active[revision.claims[1]].claimant]
        if k0 == k1:
            bucket = rev.claims.setdefault((k0, "measure", measure), set())
            for cid in revision.claims:
                c = active[cid]
                bucket.add((cid, c.said_on or None, c.reported_on or None, c.as_of or None))


def _figure_reversals(measure: str, recs: list[tuple], min_gap: float, rev: _Reversals) -> None:
    by_key: dict[str, list[tuple]] = {}
    for r in recs:
        lst = by_key.get(r[_KEY])
        if lst is None:
            by_key[r[_KEY]] = [r]
        else:
            lst.append(r)
    if len(by_key) == len(recs):
        return
    floor = min_gap - _EPS
    for key, own in by_key.items():
        if len(own) < 2:
            continue
        maxlow, minhigh = _bounds(own)
        if not _above(maxlow, minhigh):
            continue  # all of the claimant's figures share a value: no reversal, not even minor
        involved: list[tuple] | None = None
        if _own_early(own):  # a figure stated before a moment of the claimant's: rule 2
            _own_stated(own, key, measure, min_gap, rev)
            continue
        # two figures of one article are one statement in two wordings: every pair is looked
        # at, and those of one source are never a reversal
        pairwise = len(own) <= 8 or any(map(_source, own))
        if _core_spread(own) >= floor:  # else no two of them can be materially apart
            # (a few figures: every pair looked at once; up to _PAIRS figures the pairs cost
            # less than the sorts of _figure_reversal, and find the same)
            few = pairwise or len(own) <= _PAIRS
            involved = (_own_clashes if few else _figure_reversal)(own, min_gap)
        target = rev.claims
        if not involved:
            # apart at all: disjoint is enough (cores of disjoint figures are apart too)
            involved = _own_clashes(own, 1.0) if pairwise else _disjoint_own(own, maxlow, minhigh)
            target = rev.minor if min_gap > 1 else rev.claims
        if involved:
            bucket = target.setdefault((key, "measure", measure), set())
            bucket.update(map(_statement, involved))


def _own_early(own: list[tuple]) -> bool:
    """Whether one of a claimant's figures has no as_of and was stated before the as_of of
    another of theirs (rare: the figures are then compared pair by pair, ``_own_stated``)."""
    last: str | None = None
    undated = False
    for r in own:
        a = r[_ASOF]
        if a is None:
            undated = True
        elif last is None or a > last:
            last = a
    return (
        undated
        and last is not None
        and any(r[_ASOF] is None and _stated_before(r, last) for r in own)
    )


def _own_stated(own: list[tuple], key: str, measure: str, min_gap: float, rev: _Reversals) -> None:
    """A claimant's reversal on a measure, each pair of figures compared only when rule 2
    compares them (the same as_of, or one with none that was not stated before the other's),
    and never two wordings of one article.

    The compared pairs are those within one of these groups: each date's figures with the
    figures with no as_of not stated before it, and the figures with no as_of among
    themselves; each group is looked at as ``_figure_reversals`` looks at a claimant's
    figures (pair by pair when few or sourced, else sorted)."""
    undated, dated = _split_dates(own)
    # (group, lead): a group's pairs looked at pair by pair are those with one of its first
    # ``lead`` figures; a date's group is its figures, then the undated ones, whose pairs among
    # themselves are the undated group's (looked at there once, not again for every date)
    groups = [(undated, len(undated))] if len(undated) > 1 else []
    stated = [(r[_SAID] or r[_REPORTED] or "", r) for r in undated]
    for date, d_recs in dated.items():
        # the undated figures not stated surely before the date (_stated_before, inlined)
        group = d_recs + [r for s, r in stated if not (s < date and not date.startswith(s))]
        if len(group) > 1:
            groups.append((group, len(d_recs)))
    for gap, target in ((min_gap, rev.claims), (1.0, rev.minor if min_gap > 1 else rev.claims)):
        involved: set[tuple] = set()
        for group, lead in groups:
            if not _above(*_bounds(group)):
                continue  # no two of them disjoint
            if len(group) <= _PAIRS or any(map(_source, group)):
                involved.update(_own_clashes(group, gap, lead) or ())
            else:
                apart = _Apart(group, gap)
                involved.update(r for r in group if apart(r))
        if involved:
            target.setdefault((key, "measure", measure), set()).update(map(_statement, involved))
            return


# Up to this many figures of one claimant on a measure, every pair is looked at for a reversal
# (measured on the 200k benchmark: 60-63 figures 51 us against 104 us sorted; beyond 64 the
# sorts win).
_PAIRS = 64


def _disjoint_own(recs: list[tuple], maxlow: Number, minhigh: Number) -> list[tuple]:
    """One claimant's figures disjoint from another of their own that they are compared with
    (the as_of gating of rule 2); ``maxlow, minhigh`` are ``_bounds(recs)``. O(n)."""
    undated, dated = _split_dates(recs)
    if not dated:
        return _outside(recs, maxlow, minhigh)
    u_maxlow, u_minhigh = _bounds(undated) if undated else (_NEG_INF, _INF)
    involved = _outside(undated, maxlow, minhigh)
    for d_recs in dated.values():
        d_maxlow, d_minhigh = _bounds(d_recs)
        g_maxlow, g_minhigh = max(d_maxlow, u_maxlow), min(d_minhigh, u_minhigh)
        if _above(g_maxlow, g_minhigh):
            involved += _outside(d_recs, g_maxlow, g_minhigh)
    return involved


def _outside(recs: list[tuple], maxlow: Number, minhigh: Number) -> list[tuple]:
    """The records disjoint from some record of a group with these bounds: a low above
    ``minhigh`` or a high below ``maxlow``."""
    top = minhigh + abs(minhigh) * _EPS  # _above(low, minhigh) iff low > top
    return [r for r in recs if r[_LOW] > top or maxlow > r[_HIGH] + abs(r[_HIGH]) * _EPS]


def _own_clashes(own: list[tuple], min_gap: float, lead: int | None = None) -> list[tuple] | None:
    """``_figure_reversal`` by looking at every pair (for a few figures): the figures
    materially apart (at ``min_gap``) from another they are compared with (the same as_of,
    or either undated); None when there is none. With ``lead``, only the pairs with one of the
    first ``lead`` figures are looked at (the others' pairs are looked at elsewhere)."""
    floor = min_gap - _EPS
    n = len(own)
    last = n if lead is None else min(lead, n)  # the first figure of each pair is before it
    if n == 2 and last:  # one pair (the common case): the loop below, unrolled
        a, b = own
        as_of, b_as_of, source = a[_ASOF], b[_ASOF], a[_SRC]
        if (as_of and b_as_of and as_of != b_as_of) or (source and source == b[_SRC]):
            return None  # other moments, or one article's two wordings
        high, b_high = a[_HIGH], b[_HIGH]
        if a[_LOW] > b_high + abs(b_high) * _EPS:  # a above b
            c_low, b_c_high = a[_CLO], b[_CHI]
            if (c_low / b_c_high if b_c_high > 0 else _raw_ratio(c_low, b_c_high)) >= floor:
                return own
        elif b[_LOW] > high + abs(high) * _EPS:  # b above a
            b_c_low, c_high = b[_CLO], a[_CHI]
            if (b_c_low / c_high if c_high > 0 else _raw_ratio(b_c_low, c_high)) >= floor:
                return own
        return None
    hit = [False] * n
    # per figure: low, the top a low must pass to lie above it (_above, inlined), as_of,
    # source, core low and core high
    rows = [(r[_LOW], r[_HIGH] + abs(r[_HIGH]) * _EPS, r[_ASOF], r[_SRC], r[_CLO], r[_CHI])
            for r in own]  # fmt: skip
    for i, (low, top, as_of, source, c_low, c_high) in enumerate(islice(rows, last)):
        for j in range(i + 1, n):
            if hit[i] and hit[j]:
                continue  # both found already
            b_low, b_top, b_as_of, b_source, b_c_low, b_c_high = rows[j]
            if (as_of and b_as_of and as_of != b_as_of) or (source and source == b_source):
                continue  # other moments, or one article's two wordings
            if low > b_top:  # a above b
                if (c_low / b_c_high if b_c_high > 0 else _raw_ratio(c_low, b_c_high)) >= floor:
                    hit[i] = hit[j] = True
            elif b_low > top and (
                (b_c_low / c_high if c_high > 0 else _raw_ratio(b_c_low, c_high)) >= floor
            ):
                hit[i] = hit[j] = True
    found = [r for r, h in zip(own, hit, strict=True) if h]
    return found or None


def _sum_passes(
    g: _Grouped,
    sums: tuple[SumRelation, ...],
    names: _Names,
    min_gap: float,
    cumulative: frozenset[str],
) -> _SumResult:
    """Every sum relation whose measures share one dimension: failed, held and minor checks,
    and the relations not checked (why)."""
    out = _SumResult()
    figures = g.figures
    for relation in sums:
        measures = (relation.total, *relation.parts)
        dims = {d for m in measures for d in figures.get(m, {})}
        if len(dims) > 1:
            out.unchecked.append(
                Unchecked(
                    relation.total,
                    relation.parts,
                    f"figures in more than one dimension ({', '.join(sorted(dims))})",
                )
            )
            continue
        dimension = next(iter(dims), "count")
        groups = {m: figures[m][dimension] for m in measures if m in figures}
        echoes = {m: g.echo_recs.get((m, dimension), []) for m in relation.parts}
        timed = not cumulative.isdisjoint(measures)  # a running count among them: its times
        _sums(relation, groups, echoes, dimension, names, min_gap, timed, out)

    def order(s: SumFinding) -> tuple:
        return (s.total, s.as_of or "", s.claims)

    out.bad.sort(key=order)
    out.good.sort(key=order)
    out.minor.sort(key=order)
    out.unchecked.sort()
    return out


def _stance_passes(g: _Grouped, names: _Names, rev: _Reversals) -> list[StanceConflict]:
    """Every proposition both affirmed and denied: a stance dispute (with the uncertain claims
    in their own column), and the reversals of claimants on both sides. Uncertain claims make
    no dispute by themselves; a claimant's later uncertain claim is a walk-back."""
    out: list[StanceConflict] = []
    for proposition, (affirms, denies, uncertain) in g.stances.items():
        if uncertain:
            _walk_backs(proposition, affirms, denies, uncertain, rev)
        if not affirms or not denies:
            continue
        relaying: tuple[list[tuple[str, str]], ...] = ([], [], [])
        for echo_id, side, root in g.stance_echoes.get(proposition, ()):
            relaying[side].append((echo_id, root))
        positions = [
            _stance_position("affirms", affirms, relaying[0], names),
            _stance_position("denies", denies, relaying[1], names),
        ]
        if uncertain:
            positions.append(_stance_position("uncertain", uncertain, relaying[2], names))
        out.append(StanceConflict(proposition, tuple(positions)))
        both = {r[1] for r in affirms}.intersection([r[1] for r in denies])
        if not both:
            continue  # no claimant on both sides
        for r in (*affirms, *denies):
            if r[1] in both:
                rev.claims.setdefault((r[1], "proposition", proposition), set()).add(
                    (r[0], r[2], r[3], None)
                )
    if len(out) > 1:
        out.sort(
            key=lambda c: (
                -(len(c.positions[0].claims) + len(c.positions[1].claims)),
                c.proposition,
            )
        )
    return out


def _walk_backs(
    proposition: str,
    affirms: list[tuple],
    denies: list[tuple],
    uncertain: list[tuple],
    rev: _Reversals,
) -> None:
    """A claimant who affirmed or denied ``proposition`` and then (surely later, by said_on,
    else reported_on) said it cannot be said: the firm claims before an uncertain one, and the
    uncertain claims after a firm one, as a walk-back. Uncertain, then firm is no walk-back;
    the same day cannot be ordered."""
    firm: dict[str, list[tuple]] = {}
    for r in (*affirms, *denies):
        firm.setdefault(r[1], []).append(r)
    for u in uncertain:
        u_date = u[2] or u[3]
        if not u_date or u[1] not in firm:
            continue
        before = [f for f in firm[u[1]] if (f[2] or f[3]) and _before(f[2] or f[3], u_date)]
        if before:
            bucket = rev.walk_backs.setdefault((u[1], "proposition", proposition), set())
            bucket.update((r[0], r[2], r[3], None) for r in (*before, u))


def _stance_position(
    stance: str, recs: list[tuple], relaying: list[tuple[str, str]], names: _Names
) -> StancePosition:
    if len(recs) == 1 and not relaying:  # one claim (the common case)
        r = recs[0]
        return StancePosition(stance, (r[0],), (names.shown[r[1]],), ())
    ids = list(map(_first, recs))
    if relaying:
        ids += map(_first, relaying)
        relaying = sorted(relaying)
    ids.sort()
    return StancePosition(stance, tuple(ids), names.claimants(map(_second, recs)), tuple(relaying))


def _figure_order(c: FigureConflict) -> tuple:
    return (
        not c.times_ordered,  # disputes whose figures' order is not known after the others
        c.severity is not None,
        -(c.severity or 0.0),
        c.measure,
        c.dimension,
        c.as_of is not None,
        c.as_of or "",
    )


def _analyse(
    facts: Iterable[Fact],
    min_gap: float,
    cumulative: frozenset[str],
    sums: tuple[SumRelation, ...],
) -> Report:
    facts = facts if isinstance(facts, list) else list(facts)
    # The active facts, one per id (field 0; the last one wins): the facts themselves when
    # they are ActiveFacts (the store's reading says so), or when none is retracted and no id
    # repeats, which a set of the ids tells more cheaply than building the dict by id; that
    # is built only if a pass needs it.
    by_id: dict[str, Fact] | None = None
    active: list[Fact]
    if type(facts) is ActiveFacts:  # the store's: nothing to clear
        active = facts
    elif "retracted" in map(_status, facts):
        by_id = {f[0]: f for f in facts if f[_F_STATUS] != "retracted"}
        active = list(by_id.values())
    elif len(set(map(_first, facts))) == len(facts):
        active = facts
    else:
        by_id = dict(zip(map(_first, facts), facts, strict=True))
        active = list(by_id.values())
    relaying = any(map(_relays, active))
    if by_id is None and (relaying or cumulative):
        by_id = dict(zip(map(_first, active), active, strict=True))
    roots = _roots(by_id) if by_id is not None and relaying else {}
    g = _group(active, roots)
    names = _Names(g.shown)
    ctx = _Ctx(names, g.echoes, min_gap)
    rev = _Reversals()
    incomparable, revisions = _figure_passes(g, by_id or {}, cumulative, ctx, rev, roots)
    sums_found = _sum_passes(g, sums, names, min_gap, cumulative) if sums else _NO_SUMS
    stance_conflicts = _stance_passes(g, names, rev) if g.stances else []

    # (each list sorted only when there is something to order: most subjects have a few)
    figure_conflicts = ctx.figure_conflicts
    if len(figure_conflicts) > 1:
        figure_conflicts.sort(key=_figure_order)
    minor_figures = [c for c in ctx.minor if isinstance(c, FigureConflict)] if ctx.minor else []
    if len(minor_figures) > 1:
        minor_figures.sort(key=_figure_order)
    if len(revisions) > 1:
        revisions.sort(
            key=lambda v: (v.ratio is not None, -(v.ratio or 0.0), v.measure, v.dimension, v.claims)
        )
    if len(incomparable) > 1:
        incomparable.sort(key=lambda i: i.measure)
    if len(ctx.changes) > 1:
        ctx.changes.sort(key=lambda c: (c.measure, c.dimension))
    return Report(
        conflicts=(
            *figure_conflicts,
            *revisions,
            *sums_found.bad,
            *stance_conflicts,
            *_Reversals.found(names, rev.claims),
            *_Reversals.found(names, rev.walk_backs, "walk-back"),
        ),
        changes=tuple(ctx.changes),
        n_claims=len(active),
        n_claimants=len(g.independent),
        minor=(*minor_figures, *sums_found.minor, *_Reversals.found(names, rev.minor)),
        incomparable=tuple(incomparable),
        checks=tuple(sums_found.good),
        n_relaying=g.n_relaying,
        min_gap=min_gap,
        cumulative=cumulative,
        unmarked=tuple(sorted(set(ctx.unmarked))) if ctx.unmarked else (),
        unchecked=tuple(sums_found.unchecked),
    )


# ---------------------------------------------------------------------------
# Output


def _relaying_json(relaying: tuple[tuple[str, str], ...]) -> list[dict[str, str]]:
    return [{"claim": e, "relays": r} for e, r in relaying]


def _conflict_json(c: Conflict) -> dict:
    if isinstance(c, FigureConflict):
        out: dict[str, Any] = {
            "kind": "figure",
            "measure": c.measure,
            "dimension": c.dimension,
            "as_of": c.as_of,
            "severity": tidy(c.severity),
            "gaps": [tidy(g) for g in c.gaps],
            "positions": [],
        }
        for p in c.positions:
            pos: dict[str, Any] = {
                "low": tidy(p.low),
                "high": tidy(p.high),
                "claims": list(p.claims),
                "claimants": list(p.claimants),
            }
            if p.relaying:
                pos["relaying"] = _relaying_json(p.relaying)
            out["positions"].append(pos)
        if not c.times_ordered:
            out["times_ordered"] = False
            out["times"] = list(c.times)
        if c.updates:
            out["updates"] = [{"claimant": n, "claims": list(ids)} for n, ids in c.updates]
        if c.later:
            out["stated_later"] = list(c.later)
        return out
    if isinstance(c, StanceConflict):
        positions = []
        for sp in c.positions:
            spos: dict[str, Any] = {
                "stance": sp.stance,
                "claims": list(sp.claims),
                "claimants": list(sp.claimants),
            }
            if sp.relaying:
                spos["relaying"] = _relaying_json(sp.relaying)
            positions.append(spos)
        return {"kind": "stance", "proposition": c.proposition, "positions": positions}
    if isinstance(c, Revision):
        return {
            "kind": "revision",
            "measure": c.measure,
            "dimension": c.dimension,
            "claims": list(c.claims),
            "claimants": list(c.claimants),
            "dates": [{"date": d, "basis": b} for d, b in c.dates],
            "ratio": tidy(c.ratio),
        }
    if isinstance(c, SumFinding):
        return {
            "kind": "sum",
            "total": c.total,
            "parts": list(c.parts),
            "dimension": c.dimension,
            "claims": list(c.claims),
            "low": tidy(c.low),
            "high": tidy(c.high),
            "claimant": c.claimant,
            "total_claimant": c.total_claimant,
            "as_of": c.as_of,
            "gap": tidy(c.gap),
            "difference": None
            if c.direction is None or c.by is None
            else {"kind": c.direction, "low": tidy(c.by[0]), "high": tidy(c.by[1])},
            **({"mixed": True} if c.mixed else {}),
        }
    return {
        "kind": c.kind,
        "claimant": c.claimant,
        c.topic_kind: c.topic,
        "claims": list(c.claims),
        "dates": [{"date": d, "basis": b} for d, b in c.dates],
        "ordered": c.ordered,
        **({"since": list(c.since)} if c.since else {}),
    }


def report_to_json(subject: str, report: Report) -> dict:
    """The JSON contract read by other tools (see docs/conflicts.md)."""
    return {
        "subject": subject,
        "min_gap": tidy(report.min_gap),
        "conflicts": [_conflict_json(c) for c in report.conflicts],
        "minor": [_conflict_json(c) for c in report.minor],
        "incomparable": [
            {
                "measure": i.measure,
                "groups": [{"dimension": d, "claims": list(ids)} for d, ids in i.groups],
            }
            for i in report.incomparable
        ],
        "checks": [_conflict_json(c) for c in report.checks],
        "changes": [
            {
                "measure": ch.measure,
                "dimension": ch.dimension,
                "points": [
                    {"as_of": as_of, "low": tidy(low), "high": tidy(high), "claims": list(ids)}
                    for as_of, low, high, ids in ch.points
                ],
            }
            for ch in report.changes
        ],
        "hints": [{"measure": m, "hint": "mark-cumulative"} for m in report.unmarked],
        "unchecked": [
            {"total": u.total, "parts": list(u.parts), "reason": u.reason} for u in report.unchecked
        ],
        "summary": {
            "figures": report.n_figure_conflicts,
            "revisions": report.n_revisions,
            "sums": report.n_sums,
            "propositions": report.n_stance_conflicts,
            "reversals": report.n_reversals,
            "walk_backs": report.n_walk_backs,
            "minor": len(report.minor),
            "incomparable": len(report.incomparable),
            "claimants": report.n_claimants,
            "claims": report.n_claims,
            "relaying": report.n_relaying,
        },
    }


class _Unusual(Exception):
    """A value :func:`report_json_line` does not write itself (not a plain str, int, float
    or None): the line is written by ``json.dumps`` instead."""


def _text(x: object) -> str:
    if type(x) is str:
        return _quote(x)
    if x is None:
        return "null"
    raise _Unusual


def _texts(xs: Sequence[str]) -> str:
    if len(xs) == 1:  # the common case: one claim (TypeError on a non-str, as below)
        return "[" + _quote(xs[0]) + "]"
    # Quoted together: only the two quotes of each separator are escaped (+2 characters each,
    # +2 for the outer quotes) unless some item needs escaping too, which always lengthens it.
    joined = '", "'.join(xs)  # TypeError on a non-str: see report_json_line
    if len(_quote(joined)) == len(joined) + 2 * len(xs):
        return '["' + joined + '"]'
    return "[" + ", ".join(map(_quote, xs)) + "]"


_NAMES_TEXTS: dict[tuple[str, ...], str] = {}  # lists of claimants written before (they recur)


def _names_text(names: tuple[str, ...]) -> str:
    """``_texts(names)``, remembered: the same few hundred claimants, alone or in small
    groups, are listed in most positions of every subject. (An unhashable value raises
    TypeError, as ``_texts`` does on one it cannot write: see report_json_line.)"""
    text = _NAMES_TEXTS.get(names)
    if text is None:
        text = _texts(names)
        if len(_NAMES_TEXTS) >= 1 << 16:
            _NAMES_TEXTS.clear()
        _NAMES_TEXTS[names] = text
    return text


_FLOATS: dict[float, str] = {}  # the text of floats written before (figures recur)


def _number(x: object) -> str:
    """A number as ``json.dumps(tidy(x))`` writes it."""
    if type(x) is float:
        text = _FLOATS.get(x)
        return _float_text(x) if text is None else text
    if type(x) is int:
        return int.__repr__(x)
    if x is None:
        return "null"
    raise _Unusual


def _float_text(x: float) -> str:
    if x - x != 0:  # nan, inf: json's own spellings
        raise _Unusual
    text = int.__repr__(int(x)) if x.is_integer() else float.__repr__(x)
    if len(_FLOATS) >= 1 << 16:
        _FLOATS.clear()
    _FLOATS[x] = text
    return text


def _relaying_line(relaying: tuple[tuple[str, str], ...]) -> str:
    return (
        ', "relaying": ['
        + ", ".join([f'{{"claim": {_text(e)}, "relays": {_text(r)}}}' for e, r in relaying])
        + "]"
    )


def _dates_line(dates: Iterable[tuple[str | None, str | None]]) -> str:
    known = _DATES.get  # the same days and bases recur across findings and subjects
    return "[" + ", ".join([known(e) or _date_text(e) for e in dates]) + "]"


_DATES: dict[tuple[str | None, str | None], str] = {}  # dates written before


def _since_line(since: Sequence[str | None]) -> str:
    """A reversal's ``"since"`` key (absent when empty), as ``report_to_json`` writes it."""
    return f', "since": [{", ".join(map(_text, since))}]' if since else ""


def _date_text(entry: tuple[str | None, str | None]) -> str:
    d, b = entry
    text = f'{{"date": {_text(d)}, "basis": {_text(b)}}}'
    if len(_DATES) >= 1 << 16:
        _DATES.clear()
    _DATES[entry] = text
    return text


# A finding's annotation for report_json_line: JSON text added at the end of each position's
# object, and at the end of the finding's object (each starts with ", "). The engine does not
# know what they say (claimtrack.evidence writes them: origins, grades, bounds).
Note = tuple[tuple[str, ...], str]
_NO_NOTE: Note = ((), "")


def _figure_line(
    c: FigureConflict, note: Note = _NO_NOTE, known: dict[int, str] | None = None
) -> str:
    """``known``: the text of positions written before, by the position (its id; for one
    report, whose positions outlive the dict): a position standing in several disputes (the
    engine makes it once) is written once."""
    positions = []
    after = note[0]
    for i, p in enumerate(c.positions):
        line = None if known is None else known.get(id(p))
        if line is None:
            line = (
                f'{{"low": {_number(p.low)}, "high": {_number(p.high)}, '
                f'"claims": {_texts(p.claims)}, "claimants": {_names_text(p.claimants)}'
            )
            if p.relaying:
                line += _relaying_line(p.relaying)
            if known is not None:
                known[id(p)] = line
        positions.append(line + after[i] + "}" if after else line + "}")
    return (
        f'{{"kind": "figure", "measure": {_quote(c.measure)}, '
        f'"dimension": {_quote(c.dimension)}, "as_of": {_text(c.as_of)}, '
        f'"severity": {_number(c.severity)}, '
        f'"gaps": [{", ".join([_number(g) for g in c.gaps])}], '
        f'"positions": [{", ".join(positions)}]{_times_line(c)}{note[1]}}}'
    )


def _times_line(c: FigureConflict) -> str:
    """The keys ``_conflict_json`` adds to a figure conflict whose times say something."""
    if c.times_ordered and not c.updates and not c.later:
        return ""
    out = ""
    if not c.times_ordered:
        out = f', "times_ordered": false, "times": [{", ".join(map(_text, c.times))}]'
    if c.updates:
        updates = ", ".join(
            [f'{{"claimant": {_quote(n)}, "claims": {_texts(ids)}}}' for n, ids in c.updates]
        )
        out += f', "updates": [{updates}]'
    if c.later:
        out += f', "stated_later": {_texts(c.later)}'
    return out


_MIXED = ', "mixed": true'


def _difference_line(c: SumFinding) -> str:
    if c.direction is None or c.by is None:
        return "null"
    return (
        f'{{"kind": {_quote(c.direction)}, "low": {_number(c.by[0])}, "high": {_number(c.by[1])}}}'
    )


def _conflict_line(c: Conflict, note: Note = _NO_NOTE, known: dict[int, str] | None = None) -> str:
    """The text of ``_conflict_json(c)`` as ``json.dumps`` writes it (with ``note``;
    ``known`` as for ``_figure_line``)."""
    if isinstance(c, FigureConflict):
        return _figure_line(c, note, known)
    end = note[1]
    if isinstance(c, StanceConflict):
        positions = []
        after = note[0]
        for i, sp in enumerate(c.positions):
            line = (
                f'{{"stance": {_quote(sp.stance)}, "claims": {_texts(sp.claims)}, '
                f'"claimants": {_names_text(sp.claimants)}'
            )
            if sp.relaying:
                line += _relaying_line(sp.relaying)
            positions.append(line + after[i] + "}" if after else line + "}")
        return (
            f'{{"kind": "stance", "proposition": {_quote(c.proposition)}, '
            f'"positions": [{", ".join(positions)}]{end}}}'
        )
    if isinstance(c, Revision):
        return (
            f'{{"kind": "revision", "measure": {_quote(c.measure)}, '
            f'"dimension": {_quote(c.dimension)}, "claims": {_texts(c.claims)}, '
            f'"claimants": {_names_text(c.claimants)}, "dates": {_dates_line(c.dates)}, '
            f'"ratio": {_number(c.ratio)}{end}}}'
        )
    if isinstance(c, SumFinding):
        return (
            f'{{"kind": "sum", "total": {_quote(c.total)}, "parts": {_texts(c.parts)}, '
            f'"dimension": {_quote(c.dimension)}, "claims": {_texts(c.claims)}, '
            f'"low": {_number(c.low)}, "high": {_number(c.high)}, '
            f'"claimant": {_quote(c.claimant)}, "total_claimant": {_quote(c.total_claimant)}, '
            f'"as_of": {_text(c.as_of)}, "gap": {_number(c.gap)}, '
            f'"difference": {_difference_line(c)}{_MIXED if c.mixed else ""}{end}}}'
        )
    return (
        f'{{"kind": {_quote(c.kind)}, "claimant": {_quote(c.claimant)}, '
        f'{_quote(c.topic_kind)}: {_quote(c.topic)}, "claims": {_texts(c.claims)}, '
        f'"dates": {_dates_line(c.dates)}, "ordered": {"true" if c.ordered else "false"}'
        f"{_since_line(c.since)}{end}}}"
    )


def _lines(items: Iterable[Conflict], notes: Sequence[Note] | None, known: dict[int, str]) -> str:
    if notes is None:
        return "[" + ", ".join([_conflict_line(c, _NO_NOTE, known) for c in items]) + "]"
    return (
        "["
        + ", ".join([_conflict_line(c, n, known) for c, n in zip(items, notes, strict=True)])
        + "]"
    )


class Notes(NamedTuple):
    """Annotations of a report's findings for :func:`report_json_line`, one :data:`Note` per
    finding of ``conflicts``, ``minor`` and ``checks``; ``json`` adds the same keys to the
    dict of :func:`report_to_json` (for the fallback)."""

    conflicts: Sequence[Note]
    minor: Sequence[Note]
    checks: Sequence[Note]
    json: Callable[[dict], dict]
    tail: str = ""  # JSON text added at the end of the subject's object (starts with ", ")


def _report_line(subject: str, r: Report, notes: Notes | None = None) -> str:
    known: dict[int, str] = {}  # the positions' texts, while r holds its positions
    counts = {FigureConflict: 0, Revision: 0, SumFinding: 0, StanceConflict: 0, Reversal: 0}
    walk_backs = 0
    for c in r.conflicts:
        if type(c) is Reversal and c.kind == "walk-back":
            walk_backs += 1
        else:
            counts[type(c)] += 1
    incomparable = (
        ", ".join(
            [
                f'{{"measure": {_quote(i.measure)}, "groups": ['
                + ", ".join(
                    [
                        f'{{"dimension": {_quote(d)}, "claims": {_texts(ids)}}}'
                        for d, ids in i.groups
                    ]
                )
                + "]}"
                for i in r.incomparable
            ]
        )
        if r.incomparable
        else ""
    )  # (most subjects have none of these: no list to join)
    changes = (
        ", ".join(
            [
                f'{{"measure": {_quote(ch.measure)}, "dimension": {_quote(ch.dimension)}, '
                '"points": ['
                + ", ".join(
                    [
                        f'{{"as_of": {_text(p.as_of)}, "low": {_number(p.low)}, '
                        f'"high": {_number(p.high)}, "claims": {_texts(p.claims)}}}'
                        for p in ch.points
                    ]
                )
                + "]}"
                for ch in r.changes
            ]
        )
        if r.changes
        else ""
    )
    unchecked = (
        ", ".join(
            [
                f'{{"total": {_quote(u.total)}, "parts": {_texts(u.parts)}, '
                f'"reason": {_quote(u.reason)}}}'
                for u in r.unchecked
            ]
        )
        if r.unchecked
        else ""
    )
    hints = (
        ", ".join([f'{{"measure": {_quote(m)}, "hint": "mark-cumulative"}}' for m in r.unmarked])
        if r.unmarked
        else ""
    )
    return (
        f'{{"subject": {_quote(subject)}, "min_gap": {_number(r.min_gap)}, '
        f'"conflicts": {_lines(r.conflicts, notes and notes.conflicts, known)}, '
        f'"minor": {_lines(r.minor, notes and notes.minor, known) if r.minor else "[]"}, '
        f'"incomparable": [{incomparable}], '
        f'"checks": {_lines(r.checks, notes and notes.checks, known) if r.checks else "[]"}, '
        f'"changes": [{changes}], "hints": [{hints}], "unchecked": [{unchecked}], '
        f'"summary": {{"figures": {counts[FigureConflict]}, '
        f'"revisions": {counts[Revision]}, "sums": {counts[SumFinding]}, '
        f'"propositions": {counts[StanceConflict]}, "reversals": {counts[Reversal]}, '
        f'"walk_backs": {walk_backs}, '
        f'"minor": {len(r.minor)}, "incomparable": {len(r.incomparable)}, '
        f'"claimants": {int(r.n_claimants)}, "claims": {int(r.n_claims)}, '
        f'"relaying": {int(r.n_relaying)}}}{notes.tail if notes else ""}}}'
    )


def report_json_line(subject: str, report: Report, notes: Notes | None = None) -> str:
    """``json.dumps(report_to_json(subject, report), ensure_ascii=False)``, byte for byte,
    written straight from the report (no dicts in between): the compact line that
    ``conflicts --all --json`` writes per subject. Anything but plain str, int, float and None
    values (or non-finite numbers) is left to ``json.dumps`` itself. ``notes`` add JSON text
    to the findings (``notes.json`` the same keys to the dict of the fallback)."""
    global _quote
    if _quote is None:
        from json.encoder import encode_basestring

        _quote = encode_basestring
    try:
        return _report_line(subject, report, notes)
    except (_Unusual, TypeError):
        import json

        doc = report_to_json(subject, report)
        return json.dumps(notes.json(doc) if notes else doc, ensure_ascii=False)


_quote: Callable[[str], str] = None  # type: ignore[assignment]  # json's C string encoder


def _plural(n: int, word: str, plural: str | None = None) -> str:
    from claimtrack.wording import plural as words  # the one plural rule of every output

    return words(n, word, plural)


def summary_line(report: Report) -> str:
    """One line for humans, e.g. "3 disputed figures, 1 reversal across 12 claimants"."""
    # a part alone above its total is no sum of parts (report.sum_heading): counted as such
    alone = (
        sum(1 for c in report.conflicts if type(c) is SumFinding and len(c.parts) == 1)
        if report.n_sums
        else 0
    )
    parts = [
        _plural(n, word, plural)
        for n, word, plural in (
            (report.n_figure_conflicts, "disputed figure", None),
            (report.n_revisions, "downward revision", None),
            (report.n_sums - alone, "sum that does not add up", "sums that do not add up"),
            (alone, "part above its total", "parts above their total"),
            (report.n_stance_conflicts, "disputed proposition", None),
            (report.n_reversals, "reversal", None),
            (report.n_walk_backs, "walk-back", None),
        )
        if n
    ]
    unordered = sum(
        1 for c in report.conflicts if type(c) is FigureConflict and not c.times_ordered
    )
    if unordered:  # the disputed figures come first
        each = "" if unordered == report.n_figure_conflicts else f"{unordered} "
        parts[0] += f" ({each}between figures of unknown order)"
    if report.n_reversals:  # a reversal whose statements cannot be ordered may be no change
        unordered = sum(
            1
            for c in report.conflicts
            if type(c) is Reversal and c.kind == "reversal" and not c.ordered
        )
        if unordered:
            at = next(k for k, p in enumerate(parts) if p.endswith(("reversal", "reversals")))
            each = "" if unordered == report.n_reversals else f"{unordered} "
            parts[at] += f" ({each}of unknown order)"
    claimants = _plural(report.n_claimants, "claimant")
    if report.n_relaying:
        claimants += f" (not counting {_plural(report.n_relaying, 'relaying claim')})"
    if not parts:
        line = f"No conflicts among {_plural(report.n_claims, 'claim')} from {claimants}"
    else:
        line = f"{', '.join(parts)} across {claimants}"
    if report.minor:
        line += f"; {_plural(len(report.minor), 'minor difference')}"
    return line


def finding_ids(report: Report) -> set[str]:
    """Every claim id a report mentions (to fetch the records a renderer shows)."""
    ids: set[str] = set()
    for group in (report.conflicts, report.minor, report.checks):
        for c in group:
            if isinstance(c, FigureConflict | StanceConflict):
                for p in c.positions:
                    ids.update(p.claims)
            else:
                ids.update(c.claims)
    for inc in report.incomparable:
        for _, claims in inc.groups:
            ids.update(claims)
    for ch in report.changes:
        for point in ch.points:
            ids.update(point.claims)
    return ids
