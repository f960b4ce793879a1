"""The driver: :func:`analyse` groups the facts of a subject by topic and runs every pass over them
(figures, reversals, revisions, sums, stances) into one :class:`Report`.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from itertools import combinations, islice
from typing import Final

from claimtrack.conflicts.active import ActiveFacts, QuoteMarks
from claimtrack.conflicts.core import (
    _ASOF,
    _CHI,
    _CLO,
    _HEDGES,
    _HIGH,
    _ID,
    _KEY,
    _LOW,
    _MISSING,
    _NARROW,
    _REPORTED,
    _SAID,
    _SRC,
    _about,
    _above,
    _at_precision,
    _before,
    _bounds,
    _core,
    _Ctx,
    _first,
    _forecasts_apart,
    _is_forecast,
    _Names,
    _points,
    _round_width,
    _second,
    _share_side,
    _statement,
    claimant_key,
    dimension_label,
)
from claimtrack.conflicts.figures import _measure, _measure_forecasts, forecast_points
from claimtrack.conflicts.model import (
    _EPS,
    _F_STATUS,
    _INF,
    _NEG_INF,
    DEFAULT_MIN_GAP,
    QUOTED_CLAIMS,
    Change,
    ChangePoint,
    Fact,
    FigureConflict,
    FigurePosition,
    Incomparable,
    Number,
    OwnDisagreement,
    PlanStages,
    Report,
    Reversal,
    Revision,
    StanceConflict,
    StancePosition,
    SumFinding,
    SumRelation,
    Unchecked,
    _relays,
    _status,
    change_topic,
    direction_topic,
    is_change_topic,
    precision_rate,
)
from claimtrack.conflicts.reversals import (
    _figure_reversals,
    _Reversals,
    body_reversals,
    unordered_figures,
)
from claimtrack.conflicts.sums import (
    _NO_SUMS,
    UNSIGNED,
    _as_it_stood,
    _own_estimates,
    _revisions,
    _SumResult,
    _sums,
)
from claimtrack.conflicts.timing import (
    _count_of_the_moment,
    _cumulative_measure,
    _moment_name,
    _reads_running,
    _rereported,
    _stated_apart,
    _unmarked_running_count,
    reads_running_share,
    rises_with_time,
    rising_keys,
)
from claimtrack.measure_words import survey_measure

# ---------------------------------------------------------------------------
# Analysis


def analyse(
    facts: Iterable[Fact],
    *,
    min_gap: float = DEFAULT_MIN_GAP,
    cumulative: Iterable[str] = (),
    sums: Iterable[SumRelation] = (),
    bodies: Mapping[str, str] | None = None,
) -> Report:
    """Find the conflicts, reversals, revisions, sums and changes over time among ``facts``.

    ``min_gap`` is the materiality ratio (>= 1): positions closer than it are a minor
    difference, not a dispute. ``cumulative`` names measures whose true value can only
    grow; ``sums`` relates total measures to their parts; ``bodies`` (claimant key -> the
    body it speaks for, `claimant --of`) makes a body whose voices took both sides of a
    proposition, one side surely after the other, a reversal of that body.

    The result does not depend on the order of ``facts``. The cyclic garbage
    collector is paused while the (acyclic) working set is built: with a million
    claims its repeated full scans would otherwise dominate the run time.
    """
    if not min_gap >= 1:
        raise ValueError(f"min_gap must be at least 1 (got {min_gap!r})")
    gc_was_enabled = gc.isenabled()
    gc.disable()
    # the store's reading tells how a claim was said when asked (rule 6, ``core._HedgeBook``)
    if type(facts) is ActiveFacts:
        _HEDGES.start(facts.hedge_of, facts.figure_of, facts.ends_of)
    else:
        _HEDGES.start(None)
    try:
        return _analyse(facts, min_gap, frozenset(cumulative), tuple(sums), bodies)
    finally:
        _HEDGES.start(None)
        if gc_was_enabled:
            gc.enable()


def _by_hand(active: list[Fact]) -> None:
    """With no store to ask how a claim was said (facts built by hand), the rounding each
    fact gives tells a round number from a hedged one (``core._HedgeBook.rounded``)."""
    if _HEDGES.ask is None:
        _HEDGES.roundings = lambda: _rounded_ids(active)


def _rounded_ids(facts: Iterable[Fact]) -> frozenset[str]:
    """The ids of the figures among ``facts`` that give a rounding (``core._HedgeBook.rounded``)."""
    return frozenset(f.id for f in facts if f.rounding and f.kind == "figure")


def _untold(minor: list[Reversal], disputes: list[FigureConflict]) -> list[Reversal]:
    """The minor reversals that no dispute tells already: one whose figures all stand in one
    dispute of its measure, in two positions of it or more, is that dispute's line "X stands
    in positions 1 and 2: its own figures disagree" (or its own update), and was listed a
    second time among the minor differences, as "X on deaths: 118 · 108" (time16)."""
    if not minor or not disputes:
        return minor
    spans: list[tuple[str, dict[str, int]]] = []  # (measure, claim id -> its position)
    for c in disputes:
        at = {i: n for n, p in enumerate(c.positions) for i in p.claims}
        spans.append((c.measure, at))
    out = []
    for r in minor:
        told = r.topic_kind == "measure" and any(
            measure == r.topic
            and all(i in at for i in r.claims)
            and len({at[i] for i in r.claims}) > 1
            for measure, at in spans
        )
        if not told:
            out.append(r)
    return out


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
            if not _says_the_same(cur, t):  # audit13: a relay that changes what it relays
                break
            seen.add(t.id)
            cur = root = t
        else:
            if cur.relays in seen:
                root = None  # a cycle
        if root is not None:
            roots[f.id] = root.id
    return roots


def relay_roots(facts: Sequence[Fact]) -> dict[str, str]:
    """Relaying claim id -> the claim it is an echo of (rule 11), as :func:`analyse` reads
    the relays among ``facts``: a relaying claim left out (it changes what it relays, or what
    it relays is retracted, gone or on another topic) is judged as a claim of its own."""
    _HEDGES.start(facts.hedge_of if type(facts) is ActiveFacts else None)
    try:
        return _roots({f[0]: f for f in facts if f[_F_STATUS] != "retracted"})
    finally:
        _HEDGES.start(None)


def _relays_of(active: list[Fact], roots: dict[str, str]) -> tuple[tuple[str, str, bool], ...]:
    """``Report.relays``: each active claim that relays another, by id, with the claim it is
    an echo of (``roots``) or, judged as its own claim, the one it names."""
    found = []
    for f in active:
        named = _relays(f)
        if named:
            root = roots.get(f[0])
            found.append((f[0], named if root is None else root, root is not None))
    found.sort()
    return tuple(found)


def _says_the_same(echo: Fact, told: Fact) -> bool:
    """Whether a relaying claim passes on what the claim it relays says (audit13): the same
    stance, or a figure in the same dimension whose interval (widened by both roundings)
    meets the other's. A relay that turns 400 into 40 is not an echo: it is judged as a claim
    of its own, so the figure it printed is set against the one it cites."""
    if echo.kind != "figure":
        return echo.stance == told.stance
    if echo.dimension != told.dimension or echo.low is None or told.low is None:
        return echo.dimension == told.dimension
    e_low, e_high = _widened(echo.low, echo.high, echo.rounding)
    t_low, t_high = _widened(told.low, told.high, told.rounding)
    if _above(e_low, t_high) or _above(t_low, e_high):
        return False
    # one tolerance, not two (rule 6; audit14): "roughly 10,000" relaying "about 12,000"
    # meets it only by both hedges, and says what the other does not allow
    e_core = _core(echo.low, e_high if echo.high is None else echo.high)[0]
    t_core = _core(told.low, t_high if told.high is None else told.high)[0]
    if not (_hedged_value(e_low, e_high, e_core) and _hedged_value(t_low, t_high, t_core)):
        return True
    return not (
        (
            (_above(e_core, t_high) and _above(e_low, t_core))
            or (_above(t_core, e_high) and _above(t_low, e_core))
        )
        # how each was said, asked last: a range ("900 to 1,100") says its ends
        and _HEDGES.one_value(echo.id, e_low, e_high)
        and _HEDGES.one_value(told.id, t_low, t_high)
    )


def _hedged_value(low: Number, high: Number, core: Number) -> bool:
    """Whether a figure's bounds (widened) are one value, bare or read with a hedge's
    tolerance around ``core`` (``core._tolerant`` for a fact)."""
    return low == high or _about(low, high, core)


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
        "rates",
        "raw_rates",
        "raw_share_echoes",
        "raw_shares",
        "shown",
        "stance_echo_recs",
        "stance_echoes",
        "stances",
        "surveys",
        "unperiod",
        "unperiod_rates",
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
        # the measures whose shares are rates judged by their stated precision (rule 6)
        self.rates: frozenset[str] = frozenset()
        # a rate's figure id -> its bounds as read, before its stated precision widened them
        self.raw_rates: dict[str, tuple[Number, Number]] = {}
        self.stance_echoes: dict[str, list[tuple]] = {}  # proposition -> [(echo, side, root)]
        # proposition -> [(echo's stance record, side)]: a relay is its own claimant's statement
        self.stance_echo_recs: dict[str, list[tuple]] = {}
        self.n_relaying = 0
        # measure -> its share records (and echo records) as read, before _share_sides: sums
        # add cores, so they take these
        self.raw_shares: dict[str, list[tuple]] = {}
        self.raw_share_echoes: dict[str, list[tuple]] = {}
        # measure -> ids of its changes with no as_of (compared with nothing: Report.unperiod)
        self.unperiod: dict[str, list[str]] = {}
        # measure -> ids of a rate's figures with no as_of (Report.unperiod_rates)
        self.unperiod_rates: dict[str, list[str]] = {}
        # survey measure -> ids of its figures that state no margin (Report.surveys)
        self.surveys: dict[str, list[str]] = {}

    def copy(self) -> _Grouped:
        """A shallow copy, each field named (mypyc compiles this class natively: no
        ``__slots__`` to walk at run time; tests/test_engine_build.py holds the list whole)."""
        out = _Grouped()
        out.echo_recs = self.echo_recs
        out.echoes = self.echoes
        out.figures = self.figures
        out.independent = self.independent
        out.keys = self.keys
        out.n_relaying = self.n_relaying
        out.rates = self.rates
        out.raw_rates = self.raw_rates
        out.raw_share_echoes = self.raw_share_echoes
        out.raw_shares = self.raw_shares
        out.shown = self.shown
        out.stance_echo_recs = self.stance_echo_recs
        out.stance_echoes = self.stance_echoes
        out.stances = self.stances
        out.surveys = self.surveys
        out.unperiod = self.unperiod
        out.unperiod_rates = self.unperiod_rates
        return out

    def key(self, claimant: str) -> str:
        key = self.keys.get(claimant)
        if key is None:
            key = self.keys[claimant] = _cached_key(claimant)
            name = self.shown.get(key)
            if name is None or claimant < name:
                self.shown[key] = claimant
        return key


# claimant_key of names seen before: the same few hundred claimants recur across subjects
_KEYS: Final[dict[str, str]] = {}
_KEYS_MAX: Final = 1 << 16


def _cached_key(name: str) -> str:
    key = _KEYS.get(name)
    if key is None:
        if len(_KEYS) >= _KEYS_MAX:
            _KEYS.clear()
        key = _KEYS[name] = claimant_key(name)
    return key


_SIDES: Final = {"affirms": 0, "denies": 1, "uncertain": 2}
# a change's direction as a stance on ``direction_topic`` (that its measure went up)
_CHANGE_SIDE: Final = {"up": "affirms", "down": "denies"}


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


def _middle(
    fid: str, low: Number, high: Number, dimension: str, middles: set[str] | None
) -> Number:
    """The middle of a narrow interval, its core unless it was said as a range: noted in
    ``middles`` (when there is a store to ask how it was said, ``core._HedgeBook.as_said``)."""
    if middles is not None and dimension != "share":
        middles.add(fid)
    return (low + high) / 2


def _wide(
    fid: str, low: Number, high: Number, dimension: str, wides: set[str] | None
) -> tuple[Number, Number]:
    """The core of a wide interval, its bounds unless it was said with "about": noted in
    ``wides`` (when there is a store to ask for the ends it said, ``_stated_cores``)."""
    if wides is not None and dimension != "share":
        wides.add(fid)
    return low, high


def _stated_cores(g: _Grouped, sums: tuple[SumRelation, ...]) -> None:
    """Each figure said with "about" and read wider than one value's tolerance ("about 40 to
    50", 36-55) cored at the ends it says (40-50) where another figure of its measure says a
    value outside its bounds, and every such figure of a sum's measures
    (``core._HedgeBook.stated_ends``): its hedge widens what it meets once, and the ratio is
    judged on what it says, never on the widened ends (rule 6, rule 10)."""
    if not _HEDGES.wides:
        return
    wides = _HEDGES.wides
    summed = {m for relation in sums for m in (relation.total, *relation.parts)} if sums else ()
    for measure, dims in g.figures.items():
        every = measure in summed
        for dimension, recs in dims.items():
            if (
                dimension != "share"
                and (every or len(recs) > 1)
                and any([r[_ID] in wides for r in recs])
            ):
                dims[dimension] = _HEDGES.stated_ends(recs, every)


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
    # the narrow intervals, whose core is their middle unless said as a range (core._HedgeBook)
    middles: set[str] | None = _HEDGES.middles if _HEDGES.ask is not None else None
    # the wide intervals, whose core is their bounds unless said with "about" (its ends)
    wides: set[str] | None = _HEDGES.wides if _HEDGES.ends is not None else None
    for f in active:
        (fid, claimant, kind, topic, low, high, stance, as_of, said_on, _, reported_on,
         dimension, rounding, _relay, source, change) = f  # fmt: skip
        key = keys.get(claimant)
        if key is None:
            key = g.key(claimant)
        root = roots.get(fid) if roots else None
        if root is not None:  # audit13: a relay judged as itself (_roots) is no echo
            n_relaying += 1
        if kind == "figure":
            # a change: its size on a topic of its own, its direction a stance; one with no
            # period ("" from _file_change) is set against nothing (Report.unperiod)
            if low is None or (change and not (topic := _file_change(g, f, key, root))):
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
                    else (_middle(fid, low, high, dimension, middles),) * 2
                    if high <= low * _NARROW
                    else _wide(fid, low, high, dimension, wides)
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
    # every claimant with a claim that is no echo (all of them, when none is one)
    g.independent = (
        {keys[f[1]] for f in active if f[0] not in roots} if n_relaying else set(keys.values())
    )
    return g


# The length of an as_of that names a day ("2025-04-04"), or a time of day in it: a point,
# not a period (a year, "2025", or a month, "2025-04", is one)
_DAY_LEN: Final = len("2025-04-04")


def _file_change(g: _Grouped, f: Fact, key: str, root: str | None) -> str:
    """File a change's direction as a stance on ``direction_topic`` (that its measure went
    up, over its moment: a rise against a fall there is a disputed proposition, or a
    claimant's reversal) and return the topic its size is filed under (``change_topic``).
    A change with no as_of says over which period only in its words ("last year", "since
    March"): it is filed under ``g.unperiod`` alone, compared with nothing, and "" returned.
    So is one dated by a day (or a time of day): a day says where its period ends, not where
    it starts ("59 more in three days" and "up 81 since March 28", both to 4 April)."""
    if not f.as_of or len(f.as_of) >= _DAY_LEN:
        g.unperiod.setdefault(f.topic, []).append(f.id)
        return ""
    said = (f.id, key, f.said_on or None, f.reported_on or None)
    change = f.change or ""
    stated = f.said_on or f.reported_on or ""  # a forecast: stated surely before its as_of
    ahead = stated != "" and _before(stated, f.as_of)
    topic = direction_topic(f.topic, f.as_of, ahead)
    _add_stance(g, said, topic, _CHANGE_SIDE[change], root)
    return change_topic(f.topic, change)


def _in_points(g: _Grouped, ctx: _Ctx, revisions: list[Revision]) -> list[Revision]:
    """A rate's disputes and revisions given in percentage points (rule 6, "Rates"): each
    figure as said (its core), the nearest of two positions apart (the upper one's least
    against the lower one's most), never below 0; its ratios stay beside them."""
    if not g.rates:
        return revisions
    cores = {
        r[_ID]: (r[_CLO], r[_CHI])
        for m in g.rates
        for r in (*g.figures[m].get("share", ()), *g.echo_recs.get((m, "share"), ()))
    }

    def apart(upper: FigurePosition, lower: FigurePosition) -> float:
        top = min(cores[i][0] for i in upper.claims)
        bottom = max(cores[i][1] for i in lower.claims)
        return round(max(0.0, top - bottom), 6)

    def in_points(c: FigureConflict) -> FigureConflict:
        if c.dimension != "share" or c.measure not in g.rates:
            return c
        if not all(i in cores for p in c.positions for i in p.claims):
            return c
        ps = c.positions
        gaps = tuple(apart(ps[i], ps[i - 1]) for i in range(1, len(ps)))
        # each position's ends as the precision says them ("2.75–2.85%": its open end, which
        # _at_precision took a hair below so that "2.8%" and "2.9%" do not meet)
        shown = tuple(
            replace(p, low=_as_stated(p.low), high=None if p.high is None else _as_stated(p.high))
            for p in ps
        )
        return replace(c, positions=shown, points=apart(ps[-1], ps[0]), point_gaps=gaps)

    # every output prints a dispute's points and none works them out (outputs15), so that
    # the terminal, the reports and the JSON cannot disagree; a minor difference keeps its
    # ratio, the measure it was judged by ("closer than 1.1x": a rate's forecasts)
    conflicts = ctx.figure_conflicts
    for k, c in enumerate(conflicts):
        conflicts[k] = in_points(c)
    raw = g.raw_rates
    for k, ch in enumerate(ctx.changes):  # a change over time shows each figure as said
        if ch.dimension == "share" and ch.measure in g.rates:
            ctx.changes[k] = replace(ch, points=tuple(_as_read(p, raw) for p in ch.points))
    out = []
    for r in revisions:
        a, b = r.claims
        if r.dimension == "share" and r.measure in g.rates and a in cores and b in cores:
            r = replace(r, points=round(abs(cores[b][0] - cores[a][0]), 6))
        out.append(r)
    return out


def _as_stated(x: float) -> float:
    """A rate position's end as its precision says it, without the hair ``_at_precision``
    took off its open end: to six decimals, and to eight significant digits (the hair, twice
    a billionth of the value, is below the eighth: 185.345, not 185.344999, for ENAG's
    "185.34%")."""
    return round(float(f"{x:.8g}"), 6)


def _as_read(p: ChangePoint, raw: dict[str, tuple[Number, Number]]) -> ChangePoint:
    """A rate's point of a change over time with its figures' bounds as read (their hull),
    not as their stated precision widened them: "2023-01: 10.1%", not 10.05-10.15%."""
    bounds = [raw[i] for i in p.claims if i in raw]
    if len(bounds) != len(p.claims):
        return p
    high = max(b[1] for b in bounds)
    return p._replace(low=min(b[0] for b in bounds), high=None if high == _INF else high)


def _read_at_its_time(measure: str, cumulative: frozenset[str]) -> bool:
    """Whether a measure's figures are read at their times: marked cumulative, or named like
    a running count or a count of the moment (rule 9), where a count over a span of time
    would stand as the count at its date."""
    return measure in cumulative or _reads_running(measure) or _moment_name(measure)


def _spans_aside(
    facts: Iterable[Fact], active: list[Fact], cumulative: frozenset[str]
) -> tuple[list[Fact], list[Fact]]:
    """(the facts compared, the counts over a span of time set aside): a figure whose quote
    gives it over a span ("between January and March", "in the past 24 hours", "so far this
    year": its stored ``over_span``, the fifth of its ``QuoteMarks``), with no as_of, on a
    measure read at its time (``_read_at_its_time``), is no count of any moment of it: the
    span may start after the count does (one week's deaths), so it is set against nothing,
    never a dispute, a reversal, a fall or a sum's part (time34). An as_of is the user's word
    that it is the count at that time (the span covers the count from its start), and it is
    then compared as any figure of that time. Only the store's facts (``ActiveFacts``) carry
    the marks."""
    if type(facts) is not ActiveFacts or not facts.marks:
        return active, []
    spanned = {cid for cid, m in facts.marks.items() if len(m) > 4 and m[4]}
    if not spanned:
        return active, []
    kept: list[Fact] = []
    aside: list[Fact] = []
    for f in active:
        if (
            f.id in spanned
            and f.kind == "figure"
            and f.change is None
            and not f.as_of
            and _read_at_its_time(f.topic, cumulative)
        ):
            aside.append(f)
        else:
            kept.append(f)
    return kept, aside


def _count_aside(g: _Grouped, aside: list[Fact], roots: Mapping[str, str]) -> None:
    """The claimants of the counts set aside (``_spans_aside``) stay counted: they spoke."""
    if aside:
        g.independent.update(g.key(f.claimant) for f in aside if f.id not in roots)


def _spans_of(aside: list[Fact]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``Report.spans``: (measure, sorted ids) of the counts over a span set aside, by measure."""
    if not aside:
        return ()
    by: dict[str, list[str]] = {}
    for f in aside:
        by.setdefault(f.topic, []).append(f.id)
    return tuple((m, tuple(sorted(ids))) for m, ids in sorted(by.items()))


def _unperiod_rates(g: _Grouped) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``Report.unperiod_rates``: a rate's figures with no as_of, set beside its figures that
    give their period (``_rate_precision``), sorted."""
    return tuple((m, tuple(sorted(ids))) for m, ids in sorted(g.unperiod_rates.items()))


def _rate_precision(g: _Grouped) -> None:
    """Rates by their stated precision (docs/conflicts.md, rule 6, "Rates"): the shares of a
    measure named a rate (``stated_rate``: "cpi-inflation", "unemployment-rate") or of a
    change ("gdp (fall)") have each figure of one value widened to the values that round to it
    (``core._at_precision``), and the measure is judged at a materiality ratio of 1
    (``_gap_of``): two such figures are a dispute exactly when no value rounds to both."""
    rates = set()
    echo_recs = g.echo_recs
    for measure, dims in g.figures.items():
        recs = dims.get("share")
        if recs is None or not precision_rate(measure):
            continue
        rates.add(measure)
        dated = [r for r in recs if r[_ASOF]]
        if dated and len(dated) < len(recs):
            # a rate is of a period, and "currently 19.2%" may be the last month published,
            # not the month it is said in: a figure with no as_of is set against no figure
            # that gives its period (Report.unperiod_rates); figures with none, against each
            # other, as before
            g.unperiod_rates[measure] = [r[_ID] for r in recs if not r[_ASOF]]
            recs = dated
        g.raw_rates.update((r[_ID], (r[_LOW], r[_HIGH])) for r in recs)
        dims["share"] = [_at_precision(r) for r in recs]
        echoes = echo_recs.get((measure, "share"))
        if echoes:
            echo_recs[(measure, "share")] = [
                _at_precision(r) for r in echoes if r[_ASOF] or not dated
            ]
    g.rates = frozenset(rates)


# one number in a figure as said ("44 per cent", "41.5%"): the point a survey's margin is around
_NUMBER: Final = re.compile(r"[0-9]+(?:[.,][0-9]+)?")


def _survey_points(g: _Grouped) -> None:
    """Survey estimates (docs/conflicts.md rule 6, "Survey estimates"): on a measure whose
    name says its shares are a poll's (``survey_measure``: "approval-rate", "support-for-x"),
    a figure said as one value and given bounds around it (its margin of error: "44%" with
    --low 41 --high 47) is that value with a tolerance. Its margin decides whether it meets
    another figure (the bounds, as read); its core, which the materiality ratio is applied
    to, is the value said, never the margin's ends, so that a margin is counted once and
    cannot make a real gap minor. The figures that state no margin are named
    (``Report.surveys``): a difference under the ratio may lie within margins not given."""
    said = _HEDGES.said
    for measure, dims in g.figures.items():
        recs = dims.get("share")
        if recs is None or not survey_measure(measure):
            continue
        bare: list[str] = []
        out = list(recs)
        for i, r in enumerate(recs):
            point = _margin_point(r, said)
            if point is None:
                bare.append(r[_ID])
            else:
                out[i] = (*r[:_CLO], point, point, *r[_CHI + 1 :])
        dims["share"] = out
        echoes = g.echo_recs.get((measure, "share"))
        if echoes:
            g.echo_recs[(measure, "share")] = [
                r if (p := _margin_point(r, said)) is None else (*r[:_CLO], p, p, *r[_CHI + 1 :])
                for r in echoes
            ]
        if bare and len(recs) > 1:
            g.surveys[measure] = bare


def _years_ahead(g: _Grouped, forecasts: dict[str, str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``Report.years_ahead``: the forecasts (``forecasts``, by id) stated more than two years
    before the moment they give (said_on, else reported_on, against as_of), by measure,
    sorted. A date typed wrongly (2015 for 2025) makes a figure a forecast of its moment and
    sets it against none of that moment's figures: said, never silently (rule 2)."""
    found: dict[str, list[str]] = {}
    for measure, dims in g.figures.items():
        for recs in dims.values():
            for r in recs:
                if r[_ID] in forecasts and _stated_years_before(r):
                    found.setdefault(measure, []).append(r[_ID])
    return tuple((m, tuple(sorted(ids))) for m, ids in sorted(found.items()))


def _stated_years_before(r: tuple) -> bool:
    """Whether a figure was stated (said_on, else reported_on) more than two years before the
    start of the moment it gives (as_of): "2015-07-29" against "2025-07"."""
    stated: str | None = r[_SAID] or r[_REPORTED]
    as_of: str | None = r[_ASOF]
    if not stated or not as_of or not stated[:4].isdigit():
        return False
    return f"{int(stated[:4]) + 2:04d}{stated[4:]}" < as_of


def _surveys(
    g: _Grouped, disputes: Sequence[FigureConflict], minor: Sequence[FigureConflict]
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``Report.surveys``: the figures stating no margin of a survey measure with a dispute or
    a minor difference (where a margin would say whether they meet), sorted."""
    judged = {c.measure for c in disputes} | {c.measure for c in minor}
    return tuple((m, tuple(sorted(ids))) for m, ids in sorted(g.surveys.items()) if m in judged)


def _margin_point(r: tuple, said: Callable[[str], str | None] | None) -> Number | None:
    """The value a survey figure's margin is around: its figure as said holds one number, its
    bounds (given by hand, no hedge) lie either side of it; None for any other figure (a bare
    value, "about 42%", a range "38% to 44%", a bound) or when there is no store to ask."""
    low, high = r[_LOW], r[_HIGH]
    if said is None or not 0 < low < high < _INF or _HEDGES.hedge(r[_ID]) is not None:
        return None
    text = said(r[_ID])
    found = _NUMBER.findall(text) if text else []
    if len(found) != 1:
        return None
    value = float(found[0].replace(",", "."))
    point: Number = int(value) if value == int(value) else value
    if not low < point < high or _round_width(point) == high - point == point - low:
        return None  # (a round number widened by its rounding, "40%": 38-42%, is no margin)
    return point


def _gap_of(g: _Grouped, measures: Iterable[str], dimension: str, min_gap: float) -> float:
    """The materiality ratio a measure's figures (or a sum's) are judged at: 1 for the shares
    of a rate, judged by their stated precision (``_rate_precision``), else ``min_gap``."""
    if dimension == "share" and not g.rates.isdisjoint(measures):
        return 1.0
    return min_gap


def _share_cores(recs: list[tuple]) -> list[tuple]:
    """The records with an interval that reaches the whole ("more than 90%", "nearly 100%":
    90-100%) cored at their lower bound, as "fewer than 10%" (0-10%) is at its upper one:
    on the smaller side they say at most 10% did not, not 5% (the middle, which doubled the
    ratio: "more than 90%" against "80%" was 4x, and "more than 80%" kept a measure off the
    smaller side). An exact 100% keeps its core."""
    return [
        (*r[:_CLO], r[_LOW], r[_LOW], r[_SRC]) if r[_LOW] < 100 <= r[_HIGH] else r for r in recs
    ]


def _share_sides(g: _Grouped) -> None:
    """Materiality of shares on their smaller side (docs/conflicts.md, rule 6): a share and
    its complement say the same (a turnout of 66.71% is an abstention of 33.29%), so the ratio
    that judges two of them must not depend on which one the source named. The records of
    every measure in the share dimension whose cores all lie below 100% (proportions) get
    their cores on that scale (``_share_side``); bounds, and so overlap, are unchanged. A
    measure with a share of 100% or more (a rise of 150%) is no proportion, and keeps them;
    so does a rate judged by its stated precision (``_rate_precision``)."""
    figures = g.figures
    echo_recs = g.echo_recs
    for measure, dims in figures.items():
        recs = dims.get("share")
        if recs is None or measure in g.rates:
            continue  # a rate, or a change of a share: judged by its stated precision
        raw_echoes = echo_recs.get((measure, "share"), [])
        cored, echoes = _share_cores(recs), _share_cores(raw_echoes)
        if any(r[_CHI] >= 100 for r in cored) or any(r[_CHI] >= 100 for r in echoes):
            continue
        g.raw_shares[measure] = recs
        dims["share"] = [
            (*r[:_CLO], _share_side(r[_CLO]), _share_side(r[_CHI]), r[_SRC]) for r in cored
        ]
        if echoes:
            g.raw_share_echoes[measure] = raw_echoes
            echo_recs[(measure, "share")] = [
                (*r[:_CLO], _share_side(r[_CLO]), _share_side(r[_CHI]), r[_SRC]) for r in echoes
            ]


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
        g.stance_echo_recs.setdefault(topic, []).append((rec, side))
        return
    sides = g.stances.get(topic)
    if sides is None:
        sides = g.stances[topic] = ([], [], [])
    sides[side].append(rec)


def _told_once(
    disputes: list[FigureConflict], g: _Grouped, rev: _Reversals
) -> tuple[list[FigureConflict], dict[tuple, list[FigureConflict]]]:
    """The disputes that stay findings, and those told once as a reversal, by the reversal's
    key: a dispute in which one claimant alone stands (its echoes aside) while that claimant
    reverses itself on the measure is that reversal, told twice before (time21). The reversal
    carries the dispute (``Reversal.disputes``), so that what it said about the figures' times
    is said with it; its claims stay those that disagree (rule 4: a figure of the claimant's
    compatible with all the others, "some 240" beside 255 and 223, is left out), the dispute's
    own listed in the JSON. A dispute of one claimant with no
    reversal (its money stated in different years, its one article's two wordings) stays."""
    kept: list[FigureConflict] = []
    alone: dict[tuple, list[FigureConflict]] = {}
    for c in disputes:
        names = {n for p in c.positions for n in p.claimants}
        if len(names) == 1:
            by_id = {r[_ID]: r for r in g.figures.get(c.measure, {}).get(c.dimension, ())}
            own = [by_id[i] for p in c.positions for i in p.claims if i in by_id]
            keys = {r[_KEY] for r in own}
            key = (keys.pop(), "measure", c.measure) if len(keys) == 1 else None
            if key is not None and key in rev.claims:
                alone.setdefault(key, []).append(c)
                continue
        kept.append(c)
    return kept, alone


def _body_passes(
    disputes: list[FigureConflict],
    g: _Grouped,
    names: _Names,
    rev: _Reversals,
    voiced: tuple[dict[str, str], dict[str, str]] | None,
    active: list[Fact],
) -> tuple[list[FigureConflict], list[Reversal]]:
    """The disputes that stay findings and the body reversals (`claimant --of`), each with
    the disputes of its voices alone it tells (:func:`_told_by_body`)."""
    if voiced is None or not rev.bodies:
        return disputes, []
    found = body_reversals(names, rev, voiced[1], active)
    if found and disputes:
        return _told_by_body(disputes, g, voiced, found)
    return disputes, found


def _told_by_body(
    disputes: list[FigureConflict],
    g: _Grouped,
    voiced: tuple[dict[str, str], dict[str, str]],
    found: list[Reversal],
) -> tuple[list[FigureConflict], list[Reversal]]:
    """The disputes that stay findings, and the body reversals (:func:`body_reversals`) with
    the disputes they tell (evidence20): a dispute of a measure whose claims (echoes aside)
    are all of one body's voices (`claimant --of`; the body named as a claimant is its own
    voice) while that body surely changed its figure is that change of account, as
    :func:`_told_once` tells one claimant's: two voices of one body are no two sources in
    dispute (a ministry's 40 dead, then its spokesman's 25, read "Disputed figure" beside the
    body's reversal). A dispute of the body's voices whose order is not known stays (they may
    be two voices that disagree), as does one with any claimant outside the body."""
    of, names = voiced
    by_body = {(r.claimant, r.topic): n for n, r in enumerate(found) if r.topic_kind == "measure"}
    if not by_body:
        return disputes, found
    told: dict[int, list[FigureConflict]] = {}
    kept: list[FigureConflict] = []
    for c in disputes:
        by_id = {r[_ID]: r for r in g.figures.get(c.measure, {}).get(c.dimension, ())}
        keys = {by_id[i][_KEY] for p in c.positions for i in p.claims if i in by_id}
        bodies = {of.get(k) for k in keys}
        body = bodies.pop() if len(bodies) == 1 and len(keys) > 1 else None
        n = by_body.get((names[body], c.measure)) if body is not None else None
        if n is None:
            kept.append(c)
        else:
            told.setdefault(n, []).append(c)
    if not told:
        return disputes, found
    out = list(found)
    for n, cs in told.items():
        r = out[n]
        cs.sort(key=_figure_order)
        said = any(c.later for c in cs)
        out[n] = Reversal(
            r.claimant, r.topic_kind, r.topic, r.claims, r.dates, r.ordered, r.kind, r.since,
            (*r.disputes, *cs), r.voices, () if said else r.later,
            None if said else r.later_than,
        )  # fmt: skip
    return kept, out


def _in_two(c: FigureConflict) -> set[str] | None:
    """The claimants (display names) a figure dispute lists in two of its positions or more,
    None when none is (the common case)."""
    seen: set[str] = set()
    twice: set[str] | None = None
    for p in c.positions:
        for name in p.claimants:
            if name not in seen:
                seen.add(name)
            elif twice is None:
                twice = {name}
            else:
                twice.add(name)
    return twice


# a claimant's own figure, as ``FigureConflict.own`` compares it: (claimant key, low and high
# widened by its rounding, as_of, whether it gives no said_on, its time: as_of, else said_on,
# else reported_on); a relay (not its claimant's own figure) is None
_OwnFigure = tuple[str, Number, Number, str | None, bool, str | None]


class _OwnBounds:
    """One claimant's figures of one as_of in one position of a dispute, taken together:
    their greatest low, their least high, whether one gives no said_on, and, on a running
    count, each ``_OwnFigure`` (a class of its own: the compiled engine reads its fields
    natively)."""

    __slots__ = ("figures", "high", "low", "unsaid")

    def __init__(
        self, low: Number, high: Number, unsaid: bool, figures: list[_OwnFigure] | None
    ) -> None:
        self.low = low
        self.high = high
        self.unsaid = unsaid
        self.figures = figures


def _unordered_own(
    disputes: list[FigureConflict], names: _Names, rev: _Reversals, active: list[Fact]
) -> None:
    """One claimant's figures on a measure materially apart with no order in time
    (``reversals.unordered_figures``: two reports of one figure, or a revision) taken out of
    ``rev.claims``, so that no reversal says the claimant "changed position" (time30), where
    a dispute of their measure already says that its own figures disagree (``own``, in place:
    "two reports of it, or a revision" now adds "order not known", why "unordered"). One that
    no dispute tells (a claimant's figure and a relay judged as its own, which ``own`` does
    not read) stays a reversal, "order not known": never a finding lost."""
    if not rev.claims:
        return
    told = {(_cached_key(d.claimant), c.measure) for c in disputes for d in c.own}
    if not told:
        return
    found = unordered_figures(names, rev, active)
    dropped: set[tuple[str, str]] = set()
    for key in found:
        if (key[0], key[2]) in told:
            del rev.claims[key]
            dropped.add((key[0], key[2]))
    if not dropped:
        return
    for n, c in enumerate(disputes):
        if c.own and any((_cached_key(d.claimant), c.measure) in dropped for d in c.own):
            own = tuple(
                replace(d, why="unordered")
                if d.why == "reports" and (_cached_key(d.claimant), c.measure) in dropped
                else d
                for d in c.own
            )
            disputes[n] = replace(c, own=own)


def _with_own(
    conflicts: list[FigureConflict],
    active: list[Fact],
    g: _Grouped,
    cumulative: frozenset[str],
) -> None:
    """Each dispute of ``conflicts`` (in place) with ``FigureConflict.own``: the claimants
    standing in two of its positions whose own figures there cannot both be true. Only a
    dispute that lists a claimant in two positions is looked at; the facts by id are made
    once, for the first one, and each figure read once (the figures with no as_of stand in
    each date's dispute)."""
    reader: _OwnReader | None = None
    for n, c in enumerate(conflicts):
        twice = _in_two(c)
        if twice is None:
            continue
        if reader is None:
            reader = _OwnReader({f[0]: f for f in active}, g.keys)
        own = _own_disagreements(c, twice, reader, c.measure in cumulative)
        if own and c.as_of is None and c.measure not in cumulative and _unmarked_toll(c):
            own = tuple(_rose(c, d, reader) for d in own)
        if own:
            conflicts[n] = replace(c, own=own)


def _with_staggered(
    conflicts: list[FigureConflict], active: list[Fact], cumulative: frozenset[str], ctx: _Ctx
) -> None:
    """Each dispute of ``conflicts`` on a measure read at its times (marked ``cumulative``, or
    in ``ctx.moments`` or ``ctx.unmarked``), in place, with
    ``FigureConflict.staggered``: its positions of two claimants or more whose claimants'
    figures are all of times surely apart (``_before``, either way): a ministry's 100 dead of
    1 March and a Red Cross's 100 of 3 March agree on a count of two moments, not on one
    (time32). A relaying claim is left out (it passes on another's); an undated figure, or two
    claimants' figures of one time that cannot be ordered (one day, a month and a day in it),
    leave the position as it is."""
    if not (cumulative or ctx.moments or ctx.unmarked):
        return
    timed = cumulative.union(ctx.moments, ctx.unmarked)
    by_id: dict[str, Fact] | None = None
    for n, c in enumerate(conflicts):
        if c.measure not in timed:
            continue
        found: list[tuple[int, tuple[tuple[str, str], ...]]] = []
        for i, p in enumerate(c.positions, 1):
            if len(p.claimants) < 2:
                continue
            if by_id is None:
                by_id = {f[0]: f for f in active}
            echoes = {e for e, _ in p.relaying}
            shown = {claimant_key(name): name for name in p.claimants}
            points: list[tuple[str, str]] = []
            for cid in p.claims:
                f = by_id.get(cid)
                if cid in echoes or f is None:
                    continue
                t = f.as_of or f.said_on or f.reported_on
                if t is None:
                    break  # an undated figure may be of any moment
                key = claimant_key(f.claimant)
                points.append((t, shown.get(key, f.claimant)))
            else:
                if len({who for _, who in points}) > 1 and all(
                    a[1] == b[1] or _before(a[0], b[0]) or _before(b[0], a[0])
                    for a, b in combinations(points, 2)
                ):
                    found.append((i, tuple(sorted(set(points)))))
        if found:
            conflicts[n] = replace(c, staggered=tuple(found))


def _unmarked_toll(c: FigureConflict) -> bool:
    """Whether a dispute's measure is a count that reads like a running count (its name: a
    toll, cases, arrests ...), not a change (the caller asks that it is not marked)."""
    return c.dimension == "count" and _reads_running(c.measure) and not is_change_topic(c.measure)


def _rose(c: FigureConflict, d: OwnDisagreement, reader: _OwnReader) -> OwnDisagreement:
    """``d`` said as "rose" where the claimant's own figures in ``c`` rise with their times
    (``rises_with_time``): on a running count not marked, its updates, not two reports."""
    if d.why != "reports":
        return d
    key = reader.keys.get(d.claimant) or _cached_key(d.claimant)
    points: list[tuple[str | None, Number, Number]] = []
    for p in c.positions:
        for cid in p.claims:
            t = reader.figure(cid)
            if t is not None and t[0] == key:
                points.append((t[5], t[1], t[2]))
    return replace(d, why="rose") if rises_with_time(points) else d


def _with_quote_marks(
    conflicts: list[FigureConflict],
    facts: list[Fact],
    active: list[Fact],
    cumulative: frozenset[str],
) -> None:
    """Each dispute of ``conflicts`` (in place) with what its claims' quotes say, read once
    when each claim was written (the store's ``ActiveFacts.marks``; the engine reads no
    quote): ``FigureConflict.revised``, the figures of its positions' first ``QUOTED_CLAIMS``
    claims whose quote says the count was revised from them, and ``FigureConflict.stages``
    (``_plan_stages``). Nothing to do for a subject none of whose claims has marks."""
    marks: Mapping[str, QuoteMarks] = facts.marks if type(facts) is ActiveFacts else {}
    if not marks:
        return
    by_id: dict[str, Fact] | None = None
    for n, c in enumerate(conflicts):
        revised: list[tuple[str, str]] = []
        for p in c.positions:
            for cid in p.claims[:QUOTED_CLAIMS]:
                m = marks.get(cid)
                if m is not None and m[0]:
                    revised.append((cid, m[0]))
        stages: PlanStages | None = None
        if c.times_ordered and c.dimension[:9] == "currency:" and c.measure not in cumulative:
            if by_id is None:
                by_id = {f[0]: f for f in active}
            stages = _plan_stages(c, marks, by_id)
        # quotes31: every figure of it not in its quote, whichever claims a listing shows
        unquoted: list[tuple[str, str]] = []
        for p in c.positions:
            for cid in p.claims:
                m = marks.get(cid)
                if m is not None and len(m) > 3 and m[3]:
                    unquoted.append((cid, m[3]))
        # evidence18: a fall whose later figure is dated only by its page, and whose quote
        # gives it as the earlier one ("initially put the toll at 2,053", on a page of three
        # days later) is no fall known: that figure's time is its statement's, unknown, not
        # its page's (the dispute stays, and the line above asks for its date)
        falls = tuple(
            r
            for r in c.falls
            if r.dates[1][1] != "reported_on" or not (marks.get(r.claims[1]) or (None,))[0]
        )
        if revised or stages is not None or unquoted or len(falls) != len(c.falls):
            conflicts[n] = replace(
                c,
                revised=tuple(revised),
                stages=stages,
                not_in_quote=tuple(unquoted),
                falls=falls,
            )


def _unquoted(facts: ActiveFacts) -> tuple[tuple[str, str], ...]:
    """``Report.unquoted``: (claim id, state) of each figure whose stored ``not_in_quote`` is
    set (its ``QuoteMarks``' fourth field), sorted by id; the store's marks are of a few
    claims only."""
    found = [(cid, m[3]) for cid, m in facts.marks.items() if len(m) > 3 and m[3]]
    return tuple(sorted(found)) if found else ()


def _plan_stages(
    c: FigureConflict, marks: Mapping[str, QuoteMarks], by_id: dict[str, Fact]
) -> PlanStages | None:
    """A money dispute whose figures may be stages of one plan (``PlanStages``): every figure
    with no as_of, stated on two days or more (said_on, else reported_on), a quote of them in
    the words of a plan's stage. None when a figure gives an as_of, fewer than two days are
    known, or no quote speaks of a stage."""
    days: set[str] = set()
    words: dict[str, None] = {}
    for p in c.positions:
        for cid in p.claims:
            f = by_id.get(cid)
            if f is None or f.as_of:
                return None
            stated = f.said_on or f.reported_on
            if stated:
                days.add(stated)
            m = marks.get(cid)
            if m is not None:
                for w in m[1]:
                    words.setdefault(w, None)
    if len(days) < 2 or not words:
        return None
    return PlanStages(tuple(words), min(days), max(days))


def _with_fits(conflicts: list[FigureConflict], g: _Grouped, names: _Names) -> None:
    """Each dispute of ``conflicts`` (in place) with ``FigureConflict.fits``: the claimants
    whose figures in a position all fit another position too. A figure fits a position when
    what it says meets each of its figures (their cores, rule 6, a hedged or round figure at
    its value, and no upper end for an unbounded one; touching is meeting), that is when its
    low is not above the position's least high and its high not below the position's
    greatest low: the committee's "more than an hour", put with "about an
    hour" by the sweep, fits the director's 74 minutes as well (evidence13), while "about
    3,000" fits no "roughly 3,600" whose tolerance alone it meets; a rate's figure says what
    rounds to it, its interval at its stated precision. A relay stands in for what
    it relays. A position of one claimant is one origin whatever its figures fit, and a figure
    of one value is taken to fit only its own position: neither is looked at."""
    ids: dict[tuple[str, str], dict[str, tuple]] = {}  # (measure, dimension) -> by id
    for n, c in enumerate(conflicts):
        if all(len(p.claimants) < 2 for p in c.positions):
            continue
        by_id = ids.get((c.measure, c.dimension))
        if by_id is None:
            recs = g.figures.get(c.measure, {}).get(c.dimension, ())
            if c.dimension == "share" and c.measure in g.rates:
                # a rate's figure says every value that rounds to it (rule 6, "Rates"): "about
                # 4%" fits 4.2% as well as 4.0%, and corroborates neither against the other
                recs = [(*r[:_CLO], r[_LOW], r[_HIGH], *r[_CHI + 1 :]) for r in recs]
            by_id = ids[(c.measure, c.dimension)] = {r[_ID]: r for r in recs}
        held: list[list[tuple]] = []
        for p in c.positions:
            echoes = {e for e, _ in p.relaying}
            held.append([by_id[i] for i in p.claims if i in by_id and i not in echoes])
        # each position's common range of what its figures say: (greatest low, least high
        # with the tolerance of _above, so that touching is meeting), None for an empty one
        spans: list[tuple[Number, Number] | None] = []
        for recs in held:
            if recs:
                top: Number = min(map(_said_high, recs))
                spans.append((max(map(_said_low, recs)), top + abs(top) * _EPS))
            else:
                spans.append(None)
        found: list[tuple[int, str, tuple[int, ...]]] = []
        for k, recs in enumerate(held):
            if len(c.positions[k].claimants) < 2:
                continue  # one claimant: one origin whatever its figures fit
            found.extend(
                (k + 1, names.shown[key], tuple(sorted(fit)))
                for key, fit in _fitting(recs, k, spans).items()
                if fit
            )
        if found:
            conflicts[n] = replace(c, fits=tuple(sorted(found)))


def _fitting(
    recs: list[tuple], k: int, spans: list[tuple[Number, Number] | None]
) -> dict[str, set[int] | None]:
    """Claimant key -> the other positions (from 1) that every figure of it in position ``k``
    (``recs``) fits too (:func:`_with_fits`; ``spans``: each position's common range), None
    for a claimant with a figure that fits no other."""
    where: dict[str, set[int] | None] = {}
    for r in recs:
        key = r[_KEY]
        if key in where and where[key] is None:
            continue  # a figure of it fits no other position: it counts here
        low, high = _said_low(r), _said_high(r)
        fit: set[int] | None = None
        if low != high:  # one value: at odds with another position, or in it
            high += abs(high) * _EPS
            fit = {
                j + 1
                for j, span in enumerate(spans)
                if span is not None and low <= span[1] and span[0] <= high and j != k
            }
        if not fit:
            where[key] = None
        elif key not in where:
            where[key] = fit
        else:
            seen = where[key]
            if seen is not None:
                seen &= fit
    return where


def _said_low(r: tuple) -> Number:
    """What a figure record says at its low end: its core (rule 6)."""
    return r[_CLO]


def _said_high(r: tuple) -> Number:
    """What a figure record says at its high end: its core, or no end for an unbounded figure
    ("more than an hour" says every length above an hour, though its core is its bound)."""
    high: Number = r[_HIGH]
    return high if high == _INF else r[_CHI]


class _OwnReader:
    """A subject's facts by id and its claimants' keys by name (``_Grouped.keys``), and each
    claim's ``_OwnFigure`` once read (the figures with no as_of stand in each date's
    dispute)."""

    __slots__ = ("by_id", "keys", "read")

    def __init__(self, by_id: dict[str, Fact], keys: dict[str, str]) -> None:
        self.by_id = by_id
        self.keys = keys
        self.read: dict[str, _OwnFigure | None] = {}

    def figure(self, cid: str) -> _OwnFigure | None:
        """Claim ``cid`` as ``_OwnFigure`` (None: a relay, or no such fact)."""
        read = self.read
        if cid in read:
            return read[cid]
        t = read[cid] = _own_figure(self.by_id.get(cid), self.keys)
        return t


def _own_figure(f: Fact | None, keys: dict[str, str]) -> _OwnFigure | None:
    """A fact as ``_OwnFigure`` (None for a relay, or no fact)."""
    if f is None or f.relays:
        return None
    name = f.claimant
    key = keys.get(name)
    rounding = f.rounding
    high = f.high
    at = f.as_of or None
    return (
        _cached_key(name) if key is None else key,
        f.low - rounding,  # type: ignore[operator]  # a figure's: never None
        _INF if high is None else high + rounding,
        at,
        not f.said_on,
        at or f.said_on or f.reported_on,
    )


def _own_disagreements(
    c: FigureConflict, twice: set[str], reader: _OwnReader, cumulative: bool
) -> tuple[OwnDisagreement, ...]:
    """The claimants of ``twice`` (listed in two positions of ``c``) with two of their own
    figures there that cannot both be true (disjoint, widened by their rounding, as the
    positions are): not two sources, but two reports of it, or a revision. None for figures
    that overlap ("hundreds" and "many hundreds"), nor for disjoint figures of two different
    as_of (two moments: a count as it rose, rule 2), nor, on a running count
    (``cumulative``), for figures whose times (as_of, else said_on, else reported_on) are
    surely ordered (a rise, or its own revision, a finding of its own), nor for a claimant
    whose figures there are its own update (``FigureConflict.updates``). A relay is not its
    claimant's own figure. In the order the claimants first appear, by position.

    ``reader``: the subject's facts, as compared."""
    shown: dict[str, str] = {}
    bounds = _own_bounds(c, twice, reader, cumulative, shown)
    if not bounds:
        return ()
    groups: dict[str, list[tuple[int, str | None, _OwnBounds]]] = {}
    for (key, n, at), b in bounds.items():
        lst = groups.get(key)
        if lst is None:
            groups[key] = [(n, at, b)]
        else:
            lst.append((n, at, b))
    as_of = c.as_of
    of_later: set[str] = set()  # a figure stated after the dispute's as_of (rule 2)
    for cid in c.later:
        t = reader.figure(cid)
        if t is not None:
            of_later.add(t[0])
    updated = {name for name, _ in c.updates} if c.updates else None
    out: list[OwnDisagreement] = []
    for key, lst in groups.items():
        name = shown[key]
        if len(lst) < 2 or (updated is not None and name in updated):
            continue
        apart = _own_apart(lst, cumulative)
        if len(apart) < 2:
            continue
        if key in of_later:
            why = "later"
        elif (
            as_of
            # its figures all of the dispute's moment, one of them dated only by its report:
            # if one replaced the other, the day each was said orders them (rule 9)
            and all(at == as_of for _, at, _ in lst)
            and any(b.unsaid for _, _, b in lst)
        ):
            why = "said-on"
        else:
            why = "reports"
        out.append(OwnDisagreement(name, tuple(sorted(apart)), why))
    return tuple(out)


def _names_in(
    claimants: tuple[str, ...], twice: set[str], keys: dict[str, str]
) -> dict[str, str] | None:
    """The claimants of a position that are in ``twice``, key -> name (None: none is)."""
    names: dict[str, str] | None = None
    for name in claimants:
        if name in twice:
            if names is None:
                names = {}
            key = keys.get(name)
            names[_cached_key(name) if key is None else key] = name
    return names


def _own_bounds(
    c: FigureConflict, twice: set[str], reader: _OwnReader, cumulative: bool, shown: dict[str, str]
) -> dict[tuple[str, int, str | None], _OwnBounds]:
    """The own figures of the claimants of ``twice`` in ``c``, taken together by claimant,
    position (from 1) and as_of, in the order first seen (``_own_disagreements``); ``shown``
    gets each one's name as the positions list it."""
    bounds: dict[tuple[str, int, str | None], _OwnBounds] = {}
    keys, read, by_id = reader.keys, reader.read, reader.by_id
    for n, p in enumerate(c.positions, 1):
        names = _names_in(p.claimants, twice, keys)
        if names is None:
            continue
        for cid in p.claims:
            if cid in read:  # reader.figure, inlined: the hot loop
                t = read[cid]
            else:
                t = read[cid] = _own_figure(by_id.get(cid), keys)
            if t is None:
                continue
            key = t[0]
            if key not in names:
                continue
            where = (key, n, t[3])
            b = bounds.get(where)
            if b is None:
                bounds[where] = _OwnBounds(t[1], t[2], t[4], [t] if cumulative else None)
                if key not in shown:
                    shown[key] = names[key]
                continue
            if t[1] > b.low:
                b.low = t[1]
            if t[2] < b.high:
                b.high = t[2]
            if t[4]:
                b.unsaid = True
            if b.figures is not None:
                b.figures.append(t)
    return bounds


def _own_apart(lst: list[tuple[int, str | None, _OwnBounds]], cumulative: bool) -> set[int]:
    """The positions holding one claimant's figures (``lst``: per position and as_of, taken
    together) that are apart from a figure of its in another position: disjoint, and not of
    two different as_of (two moments, a change: rule 2), nor, on a running count, of times
    surely ordered (rule 9). Two groups hold a pair apart exactly when one's least high is
    below the other's greatest low; on a running count, pair by pair within them."""
    apart: set[int] = set()
    if cumulative:
        for i, (n, at, b) in enumerate(lst):
            for m, at2, b2 in islice(lst, i + 1, None):
                if (
                    n != m
                    and (b.high < b2.low or b2.high < b.low)
                    and (not at or not at2 or at == at2)
                    and not (n in apart and m in apart)
                    and _unordered_pair(b.figures or [], b2.figures or [])
                ):
                    apart.add(n)
                    apart.add(m)
        return apart
    # the groups that may be compared: those of one as_of with those of none (each as_of
    # in turn), or those of none alone
    dated = {at for _, at, _ in lst if at is not None}
    if not dated:
        _apart_within(lst, apart)
    else:
        for day in dated:
            _apart_within([x for x in lst if x[1] is None or x[1] == day], apart)
    return apart


def _apart_within(lst: list[tuple[int, str | None, _OwnBounds]], apart: set[int]) -> None:
    """Add to ``apart`` each position of ``lst`` (groups that may be compared) holding a group
    disjoint from one of another position: its least high below the greatest low of the
    others' positions, or its greatest low above their least high (the greatest low and least
    high of the positions other than its own: the best two of each, of two positions)."""
    if len(lst) < 2:
        return
    top_n = bottom_n = 0  # their positions (none yet)
    top = top2 = _NEG_INF  # greatest low, and the greatest of another position
    bottom = bottom2 = _INF  # least high, and the least of another position
    for n, _, b in lst:
        lo, hi = b.low, b.high
        if lo > top:
            if top_n != n:
                top2 = top
            top, top_n = lo, n
        elif lo > top2 and n != top_n:
            top2 = lo
        if hi < bottom:
            if bottom_n != n:
                bottom2 = bottom
            bottom, bottom_n = hi, n
        elif hi < bottom2 and n != bottom_n:
            bottom2 = hi
    for n, _, b in lst:
        if n in apart:
            continue
        other_top = top2 if top_n == n else top
        other_bottom = bottom2 if bottom_n == n else bottom
        if b.high < other_top or other_bottom < b.low:
            apart.add(n)


def _unordered_pair(figs: list[_OwnFigure], figs2: list[_OwnFigure]) -> bool:
    """Whether a figure of ``figs`` and one of ``figs2`` (``_OwnBounds``' own, on a running
    count) are disjoint with times not surely ordered."""
    for _, lo, hi, _, _, when in figs:
        for _, lo2, hi2, _, _, when2 in figs2:
            if (hi < lo2 or hi2 < lo) and not (
                when and when2 and (_before(when, when2) or _before(when2, when))
            ):
                return True
    return False


def _with_disputes(
    found: list[Reversal], alone: dict[tuple, list[FigureConflict]], g: _Grouped
) -> list[Reversal]:
    """``found`` with each reversal that tells disputes of one claimant (``_told_once``)
    carrying them, in the order disputes are listed."""
    if not alone:
        return found
    shown = g.shown
    told = {(shown[k], kind, topic): cs for (k, kind, topic), cs in alone.items()}
    out = []
    for r in found:
        cs = told.get((r.claimant, r.topic_kind, r.topic))
        if cs:
            cs.sort(key=_figure_order)
            # a dispute it tells that says which figures may describe a later moment says it
            # for the reversal (``Reversal.later``)
            said = any(c.later for c in cs)
            r = Reversal(
                r.claimant, r.topic_kind, r.topic, r.claims, r.dates, r.ordered, r.kind,
                r.since, tuple(cs), r.voices, () if said else r.later,
                None if said else r.later_than,
            )  # fmt: skip
        out.append(r)
    return out


def _falls_into_disputes(
    found: list[Revision], conflicts: list[FigureConflict], start: int
) -> list[Revision]:
    """The revisions of a cumulative measure that stay findings of their own. A fall between
    two claimants whose figures stand in different positions of one dispute of the measure
    (``conflicts[start:]``, just filed) is that dispute seen pair by pair: it goes into the
    dispute's ``falls`` (shown with it) instead of repeating it as another finding. One
    claimant's own fall (a revision) stays a finding."""
    where: dict[str, tuple[int, int]] = {}
    for n in range(start, len(conflicts)):
        for k, p in enumerate(conflicts[n].positions):
            for cid in p.claims:
                where[cid] = (n, k)
    kept: list[Revision] = []
    falls: dict[int, list[Revision]] = {}
    for r in found:
        a, b = where.get(r.claims[0]), where.get(r.claims[1])
        if r.claimants[0] != r.claimants[1] and a and b and a[0] == b[0] and a[1] != b[1]:
            falls.setdefault(a[0], []).append(r)
            continue
        kept.append(r)
    for n, rs in falls.items():
        conflicts[n] = replace(conflicts[n], falls=tuple(rs))
    return kept


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
    min_gap = ctx.min_gap
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
            # a rate's shares are judged by their stated precision, at a ratio of 1 (rule 6)
            ctx.min_gap = _gap_of(g, (measure,), dimension, min_gap)
            if (
                len(dims) > 1
                and dimension[:9] == "currency:"
                and measure not in cumulative
                and len(recs) >= 2
                and _converted_alike(recs, dims, dimension)
            ):
                continue  # one amount converted at several rates: no figures of their own
            # a forecast is no figure of the moment it forecasts (rule 2, time27): the measure
            # is read without its forecasts, which are set against each other alone
            rest, ahead = _forecasts_apart(recs)
            if ahead:
                ctx.forecasts.update([(r[_ID], r[_ASOF]) for r in ahead])
            n_changes = len(ctx.changes)
            shown = _outturn_passes(
                g, measure, dimension, rest, dims, cumulative, ctx, rev, roots, revisions
            )
            if ahead:
                # forecasts are estimates, not a period's one published value: a rate's
                # forecasts are judged by the materiality ratio, as other figures are (rule 6,
                # "Rates": the IMF's 5.4% against a central bank's 5.5% is no dispute)
                ctx.min_gap = min_gap
                _forecast_passes(measure, dimension, ahead, rest, dims, shown, n_changes, ctx, rev)
    ctx.min_gap = min_gap
    return incomparable, revisions


def _outturn_passes(
    g: _Grouped,
    measure: str,
    dimension: str,
    recs: list[tuple],
    dims: dict[str, list[tuple]],
    cumulative: frozenset[str],
    ctx: _Ctx,
    rev: _Reversals,
    roots: dict[str, str],
    revisions: list[Revision],
) -> bool:
    """One measure's figures of their moments (its forecasts apart): revisions of a
    cumulative measure, disputes (into ``ctx``) and claimants who reverse themselves on it
    (into ``rev``). False when the measure's change over time is not shown (a running count
    not marked, whose dates are read once marked: the hint alone)."""
    min_gap = ctx.min_gap
    if measure in cumulative:
        recs = _fixed_moments(recs, (measure, dimension), g, ctx, revisions)
        recs, again = _rereported(recs)
        echo_recs = _outturn_echoes(g.echo_recs.get((measure, dimension), []), ctx, roots)
        found = _revisions(
            measure,
            dimension,
            ([r for r in recs if r[_ID] not in again] if again else recs) + echo_recs,
            ctx.names,
            min_gap,
            roots,
        )
        n_conflicts = len(ctx.figure_conflicts)
        if len(recs) >= 2:
            _cumulative_measure(measure, dimension, recs, ctx)
        if len(ctx.figure_conflicts) > n_conflicts and found:
            found = _falls_into_disputes(found, ctx.figure_conflicts, n_conflicts)
        revisions.extend(found)
        return True
    if len(recs) < 2:
        return True
    recs = _standing(g, measure, dimension, recs, ctx, revisions)
    if len(recs) < 2:
        return True
    n_found = len(ctx.figure_conflicts), len(ctx.minor), len(ctx.changes)
    if not _measure(measure, dimension, recs, ctx):
        return True  # no two figures on the measure disagree: no claimant reverses either
    if dimension[:9] == "currency:" and len(ctx.figure_conflicts) > n_found[0]:
        _stated_apart(recs, ctx, n_found[0])
    if _read_at_its_times(measure, dimension, recs, ctx, n_found):
        return measure not in ctx.unmarked
    if dimension[:9] == "currency:":
        _money_reversals(measure, _unconverted(recs, dims, dimension), min_gap, rev)
    elif dimension == "count" and _reads_running(measure) and not is_change_topic(measure):
        # not marked cumulative (that path returned above): a claimant whose own figures rise
        # with their times gave a running count's updates, if it is one, never "changed
        # position" (the dispute says so, and the hint to mark it; session 42)
        rising = rising_keys(recs)
        _figure_reversals(measure, [r for r in recs if r[_KEY] not in rising], min_gap, rev)
    else:
        _figure_reversals(measure, recs, min_gap, rev)
    return True


def _outturn_echoes(echo_recs: list[tuple], ctx: _Ctx, roots: dict[str, str]) -> list[tuple]:
    """The echo records that pass on no forecast: an echo of a forecast (``ctx.forecasts``
    holds the claim it relays), or one itself stated before its as_of, is that forecast
    told again, no figure of the moment (rule 2)."""
    if not echo_recs or not ctx.forecasts:
        return echo_recs
    return [r for r in echo_recs if roots.get(r[_ID]) not in ctx.forecasts and not _is_forecast(r)]


def _forecasts_read(ctx: _Ctx, g: _Grouped, roots: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """``Report.forecasts``: (claim id, the moment it forecasts) of each figure read as a
    forecast (``ctx.forecasts``) and of each echo that passes one on (``_outturn_echoes``:
    the forecast it relays, or its own as_of stated surely after), sorted by id."""
    found = dict(ctx.forecasts)
    for recs in g.echo_recs.values():
        for r in recs:
            root = roots.get(r[_ID])
            if root is not None and root in ctx.forecasts:
                found[r[_ID]] = r[_ASOF] or ctx.forecasts[root]
            elif _is_forecast(r):
                found[r[_ID]] = r[_ASOF]
    return tuple(sorted(found.items()))


def _without_forecasts(g: _Grouped, ctx: _Ctx, roots: dict[str, str]) -> _Grouped:
    """``g`` as the sums read it: without the forecasts (``ctx.forecasts``) and their echoes,
    never a part of a moment nor its total (rule 2); ``g`` itself when there are none."""
    gone = ctx.forecasts
    if not gone:
        return g
    out = g.copy()
    out.figures = {
        m: {d: [r for r in recs if r[_ID] not in gone] for d, recs in dims.items()}
        for m, dims in g.figures.items()
    }
    out.echo_recs = {k: _outturn_echoes(v, ctx, roots) for k, v in g.echo_recs.items()}
    out.raw_shares = {
        m: [r for r in recs if r[_ID] not in gone] for m, recs in g.raw_shares.items()
    }
    out.raw_share_echoes = {
        m: _outturn_echoes(v, ctx, roots) for m, v in g.raw_share_echoes.items()
    }
    return out


def _forecast_passes(
    measure: str,
    dimension: str,
    ahead: list[tuple],
    rest: list[tuple],
    dims: dict[str, list[tuple]],
    shown: bool,
    n_changes: int,
    ctx: _Ctx,
    rev: _Reversals,
) -> None:
    """One measure's forecasts (``ahead``; ``rest``: its other figures): each moment's set
    against each other alone, a forecaster's own forecasts of one moment apart its reversal
    (the forecast revised), and all of them shown beside the measure's change over time
    (filed from ``n_changes`` on; ``shown`` False: the change is not shown), never in it."""
    if _measure_forecasts(measure, dimension, ahead, rest, ctx):
        if dimension[:9] == "currency:":
            _money_reversals(measure, _unconverted(ahead, dims, dimension), ctx.min_gap, rev)
        else:
            _figure_reversals(measure, ahead, ctx.min_gap, rev)
    if not shown:
        return
    points = forecast_points(ahead)
    for k in range(n_changes, len(ctx.changes)):
        if ctx.changes[k].measure == measure and ctx.changes[k].dimension == dimension:
            ctx.changes[k] = replace(ctx.changes[k], forecasts=points)
            return
    # no change filed: one when the figures give two moments or more, as with no forecast
    dated: dict[str, list[tuple]] = {}
    for r in rest:
        if r[_ASOF] is not None:
            dated.setdefault(r[_ASOF], []).append(r)
    if len({*dated, *(p.as_of for p in points)}) > 1:
        ctx.changes.append(Change(measure, _points(dated), dimension, points))


def _beside_forecasts(ctx: _Ctx) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``Report.beside_forecasts``: per measure (its dimensions together), the ids of its
    figures with no as_of not set against a forecast they are apart from, sorted."""
    by_measure: dict[str, set[str]] = {}
    for (measure, _), ids in ctx.beside_forecasts.items():
        by_measure.setdefault(measure, set()).update(ids)
    return tuple((m, tuple(sorted(ids))) for m, ids in sorted(by_measure.items()))


def _read_at_its_times(
    measure: str, dimension: str, recs: list[tuple], ctx: _Ctx, n_found: tuple[int, int, int]
) -> bool:
    """Whether the measure's dispute just filed is taken back for a hint, its figures read at
    their times: a count that reads like a running count (the hint to mark it) or a count of
    the moment (rule 9), or a share so far, a fire's containment, rising update by update
    (time21). A change is neither."""
    if dimension == "count" and not is_change_topic(measure):
        return _unmarked_running_count(measure, recs, ctx, n_found) or _count_of_the_moment(
            measure, dimension, recs, ctx, n_found
        )
    if dimension == "share" and reads_running_share(measure):
        return _unmarked_running_count(measure, recs, ctx, n_found, dimension)
    return False


def _twins(
    dims: dict[str, list[tuple]], dimension: str
) -> dict[tuple[str, str], dict[str, list[tuple]]]:
    """A measure's money figures in currencies other than ``dimension``, by claimant and
    where they were given (``_statement_of``): (key, place) -> currency -> figures."""
    twins: dict[tuple[str, str], dict[str, list[tuple]]] = {}
    for d, others in dims.items():
        if d != dimension and d[:9] == "currency:":
            for r in others:
                if (at := _statement_of(r)) is not None:
                    twins.setdefault((r[_KEY], at), {}).setdefault(d, []).append(r)
    return twins


def _converted_alike(recs: list[tuple], dims: dict[str, list[tuple]], dimension: str) -> bool:
    """Whether money figures are all conversions of one amount given in another currency
    (sums4): each has a twin in one other currency (the same claimant on the measure, in the
    same source, else on the same day: "€750bn ($825bn)"), and the twins agree. Such figures
    differ by the rate each outlet converted at, not by anything their claimants said, and
    are never compared among themselves (no dispute, minor difference, reversal or change
    over time; they stay listed as not comparable with the amount's currency). Before, the
    EU recovery fund's €750 billion, converted at $825 billion in May and $857 billion in
    July, read as a minor difference in dollars, and "Charles Michel on fund: $857 billion →
    $854 billion" as his minor reversal, two agencies' conversions of his one amount."""
    if not recs:
        return False
    twins = _twins(dims, dimension)
    found: list[dict[str, list[tuple]]] = []
    for r in recs:
        at = _statement_of(r)
        if at is None or (r[_KEY], at) not in twins:
            return False
        found.append(twins[(r[_KEY], at)])
    for d in set.intersection(*(set(f) for f in found)):
        low, high = _bounds([t for f in found for t in f[d]])
        if not _above(low, high):  # the twins share a value: one amount, several rates
            return True
    return False


def _unconverted(recs: list[tuple], dims: dict[str, list[tuple]], dimension: str) -> list[tuple]:
    """``recs`` without the figures of each claimant whose figures in ``dimension`` are all
    conversions of one amount it gave in another currency (``_converted_alike``): they are
    no reversal of its. ``recs`` itself when there are none."""
    if len(dims) < 2:
        return recs
    by_key: dict[str, list[tuple]] = {}
    for r in recs:
        by_key.setdefault(r[_KEY], []).append(r)
    drop = {
        r[_ID]
        for own in by_key.values()
        if len(own) > 1 and _converted_alike(own, dims, dimension)
        for r in own
    }
    return [r for r in recs if r[_ID] not in drop] if drop else recs


def _statement_of(r: tuple) -> str | None:
    """Where a figure was given, to find its conversion beside it: its source (the article),
    else the day it was said (said_on, else reported_on) when that is a day; None when
    neither is known."""
    if r[_SRC] is not None:
        return "source:" + r[_SRC]
    said: str | None = r[_SAID] or r[_REPORTED]
    return "day:" + said if said is not None and len(said) >= 10 else None


def _money_reversals(measure: str, recs: list[tuple], min_gap: float, rev: _Reversals) -> None:
    """A money measure's reversals (not cumulative): a claimant's own figures stated in
    different years (said_on, else reported_on), one of the two with no as_of, are no
    reversal: an amount changes over the years without anyone disputing it (rule 2, money
    stated in different years), and the dispute that holds them says so. Figures of one as_of,
    and figures stated in one year or with no date, are compared as before. Before (time18),
    "Reversal: The Guardian changed position on measure cost-inquiry: £117m (said 2021-05-21)
    → £170 million (said 2023-07-30)" for the Grenfell inquiry's cost as it grew."""

    def year(r: tuple) -> str:
        stated: str | None = r[_SAID] or r[_REPORTED]
        return stated[:4] if stated else ""

    years = sorted({year(r) for r in recs} - {""})
    if len(years) < 2:
        _figure_reversals(measure, recs, min_gap, rev)
        return
    parts = [[r for r in recs if year(r) in (y, "")] for y in years]
    moments: dict[str, list[tuple]] = {}
    for r in recs:
        if r[_ASOF] is not None:
            moments.setdefault(r[_ASOF], []).append(r)
    parts += [m for m in moments.values() if len({year(r) for r in m}) > 1]
    minor_before = set(rev.minor)
    claims_before = {k: len(v) for k, v in rev.claims.items()}
    for part in parts:
        if len(part) > 1:
            _figure_reversals(measure, part, min_gap, rev)
    for key in [
        k
        for k in rev.minor
        if k not in minor_before and len(rev.claims.get(k, ())) > claims_before.get(k, 0)
    ]:
        del rev.minor[key]  # material in one year, minor in another: told once, as material


def _standing(
    g: _Grouped,
    measure: str,
    dimension: str,
    recs: list[tuple],
    ctx: _Ctx,
    revisions: list[Revision],
) -> list[tuple]:
    """The figures of a measure not marked cumulative that stand: without a claimant's own
    estimates of one moment that its later ones replaced (rule 9, "An estimate of one moment,
    revised"; their revisions into ``revisions``), and without what goes with them
    (``_as_it_stood``); ``recs`` itself when nothing was replaced."""
    found, replaced = _own_estimates(measure, dimension, recs, ctx.names, ctx.min_gap)
    if not found:
        return recs
    revisions.extend(found)
    gone, back = _as_it_stood(recs, g.echo_recs.get((measure, dimension), []), ctx.echoes, replaced)
    gone.update(replaced)
    kept = [r for r in recs if r[_ID] not in gone]
    return kept + back if back else kept


def _fixed_moments(
    recs: list[tuple], topic: tuple[str, str], g: _Grouped, ctx: _Ctx, revisions: list[Revision]
) -> list[tuple]:
    """The figures of a cumulative measure that stand: without a claimant's own estimates of
    one moment replaced by its later ones, read as on a measure not marked (``_standing``),
    among the figures said (``said_on``) on a day surely after the moment they give (time30):
    a fixed event's toll, "the blast killed 150" said the next day and "the final toll is
    180" said two weeks later, both of 2020-08-04, is the body's count of that moment
    revised, a finding; before, it read as the body's updates of that day whose order is not
    known. A figure said on its moment's day, or dated only by its report (it may have been
    said that day), may be an update during it, and is read as before."""
    fixed = [r for r in recs if r[_ASOF] and r[_SAID] and _before(r[_ASOF], r[_SAID])]
    if len(fixed) < 2:
        return recs
    measure, dimension = topic
    kept = _standing(g, measure, dimension, fixed, ctx, revisions)
    if kept is fixed:
        return recs
    stand = {r[_ID] for r in kept}
    gone = {r[_ID] for r in fixed if r[_ID] not in stand}
    return [r for r in recs if r[_ID] not in gone]


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
    inside = _inside(sums)
    for relation in sums:
        measures = (relation.total, *relation.parts)
        dims = {d for m in measures for d in figures.get(m, {})}
        in_dims = [next(iter(dims), "count")]
        if len(dims) > 1:
            # an amount given with its conversion ("$282 million (€251 million)") gives a
            # measure figures in two currencies: the relation is checked in each dimension
            # every measure with figures has, and the figures in the others are named
            in_dims = _shared_dimensions(figures, measures)
            if not in_dims:
                out.unchecked.append(
                    Unchecked(
                        relation.total,
                        relation.parts,
                        f"figures in more than one dimension ({', '.join(sorted(dims))})",
                    )
                )
                # no sum adds up, but a part above its total in the total's own currency
                # (or dimension) is one whatever the other parts are in (sums3)
                _floors(relation, g, names, min_gap, cumulative, _overlap(relation, inside), out)
                continue
        why: dict[str, list[str]] = {}  # reason a check was not made -> its dimensions
        for dimension in in_dims:
            n_unchecked = len(out.unchecked)
            groups = {m: figures[m][dimension] for m in measures if m in figures}
            echoes = {m: g.echo_recs.get((m, dimension), []) for m in relation.parts}
            if dimension == "share" and g.raw_shares:  # sums add the cores as said
                groups = {m: g.raw_shares.get(m, recs) for m, recs in groups.items()}
                echoes = {m: g.raw_share_echoes.get(m, recs) for m, recs in echoes.items()}
            timed = not cumulative.isdisjoint(measures)  # a running count among them
            if not timed and any(map(_reads_running, measures)):
                # a measure named like a running count (deaths, injured ...), every figure
                # dated: read at its times too, as marking it would, so that a part of one
                # day is never set against a total of another (each measure may have too
                # few figures to earn the hint to mark it)
                timed = all(map(_has_time, groups.values())) and all(
                    map(_has_time, echoes.values())
                )
            # a total that is a proportion of one whole (its shares all below 100%, no rate):
            # how far its parts fall short of it, or exceed it, is judged on the smaller side
            proportion = dimension == "share" and relation.total in g.raw_shares
            # a part not given adds nothing below zero: counts, shares, sizes; money only
            # as running totals (a division's loss); never a change (a fall)
            partial = (
                dimension in UNSIGNED
                or (dimension[:9] == "currency:" and cumulative.issuperset(relation.parts))
            ) and not any(map(is_change_topic, measures))
            overlap = _overlap(relation, inside)
            gap = _gap_of(g, measures, dimension, min_gap)  # a sum of rates: rule 6, "Rates"
            _sums(
                relation, groups, echoes, dimension, names, gap, timed, out, proportion,
                partial, overlap,
            )  # fmt: skip
            if len(dims) > 1:
                for u in out.unchecked[n_unchecked:]:
                    why.setdefault(u.reason, []).append(dimension)
                del out.unchecked[n_unchecked:]
        if len(dims) > 1:  # each reason once, what no check added up named
            _mixed_unchecked(relation, figures, in_dims, why, out)

    def order(s: SumFinding) -> tuple:
        return (s.total, s.as_of or "", s.claims)

    out.bad.sort(key=order)
    out.good.sort(key=order)
    out.minor.sort(key=order)
    out.unchecked.sort()
    return out


def _floors(
    relation: SumRelation,
    g: _Grouped,
    names: _Names,
    min_gap: float,
    cumulative: frozenset[str],
    overlap: str,
    out: _SumResult,
) -> None:
    """A relation whose measures share no dimension, in each dimension of its total that a
    part has too: a part alone above the total, and a claimant's parts above it (a partial
    breakdown, where no part is below zero), as ``_sums`` finds them; nothing added up."""
    figures = g.figures
    measures = (relation.total, *relation.parts)
    converted = _conversions(figures, measures)
    for dimension in sorted(figures.get(relation.total, {})):
        given = [p for p in relation.parts if dimension in figures.get(p, {})]
        if not given:
            continue
        groups = {
            m: [r for r in figures[m][dimension] if r[_ID] not in converted]
            for m in (relation.total, *given)
        }
        echoes = {m: g.echo_recs.get((m, dimension), []) for m in given}
        timed = not cumulative.isdisjoint((relation.total, *relation.parts))
        if not timed and any(map(_reads_running, (relation.total, *relation.parts))):
            # read at their times as in a sum (``_sum_passes``), every figure dated
            timed = all(map(_has_time, groups.values())) and all(map(_has_time, echoes.values()))
        partial = (
            dimension in UNSIGNED
            or (dimension[:9] == "currency:" and cumulative.issuperset(relation.parts))
        ) and not any(map(is_change_topic, (relation.total, *relation.parts)))
        _sums(
            relation, groups, echoes, dimension, names, min_gap, timed, out,
            partial=partial, overlap=overlap, floors_only=True,
        )  # fmt: skip


def _conversions(figures: dict[str, dict[str, list[tuple]]], measures: tuple[str, ...]) -> set[str]:
    """The ids of figures given with their conversion: a claimant's figures on one measure,
    from one source, in two dimensions ("more than $2 billion (1.77 billion euros)"). A
    conversion is logged as written, and often drops the hedge of the amount it converts
    ("1.77 billion euros" for "more than $2 billion"): neither figure takes part in a check
    no sum could make (``_floors``)."""
    out: set[str] = set()
    for m in measures:
        dims = figures.get(m, {})
        if len(dims) < 2:
            continue
        seen: dict[tuple, set[str]] = {}
        for d, recs in dims.items():
            for r in recs:
                if r[_SRC] is not None:
                    seen.setdefault((r[_KEY], r[_SRC]), set()).add(d)
        for recs in dims.values():
            for r in recs:
                if r[_SRC] is not None and len(seen[(r[_KEY], r[_SRC])]) > 1:
                    out.add(r[_ID])
    return out


def _inside(sums: tuple[SumRelation, ...]) -> dict[str, set[str]]:
    """Each total of a sum relation -> every measure counted inside it, through its parts and
    theirs (a region's toll inside the national one, a city's inside the region's)."""
    direct = {r.total: set(r.parts) for r in sums}
    inside: dict[str, set[str]] = {}
    for total in direct:
        seen: set[str] = set()
        todo = list(direct[total])
        while todo:
            m = todo.pop()
            if m not in seen and m != total:
                seen.add(m)
                todo.extend(direct.get(m, ()))
        inside[total] = seen
    return inside


def _overlap(relation: SumRelation, inside: dict[str, set[str]]) -> str:
    """Why a relation's parts overlap ("" when they do not): one part counted inside another
    by another relation (a city and the region that holds it), so that adding them counts
    the city twice."""
    for p in relation.parts:
        for q in relation.parts:
            if q != p and q in inside.get(p, ()):
                return f"its parts overlap: {q} is counted in {p} (another relation)"
    return ""


def _shared_dimensions(
    figures: dict[str, dict[str, list[tuple]]], measures: tuple[str, ...]
) -> list[str]:
    """The dimensions in which every measure of a sum relation that has figures has some."""
    shared: set[str] | None = None
    for m in measures:
        if m in figures:
            dims = set(figures[m])
            shared = dims if shared is None else shared & dims
    return sorted(shared or ())


def _mixed_unchecked(
    relation: SumRelation,
    figures: dict[str, dict[str, list[tuple]]],
    in_dims: list[str],
    why: dict[str, list[str]],
    out: _SumResult,
) -> None:
    """The "not checked" line of a sum relation with figures in several dimensions, checked
    in ``in_dims`` (those every measure with figures has): the figures no check could add
    up, by claim and dimension (no rate between two currencies is assumed: the parts of a
    sum are never converted), then each reason a check in ``in_dims`` was not made, once,
    with its dimensions where they were not all of them: "its figures in EUR (c1), another
    currency, are left out; those in USD are checked"."""
    measures = (relation.total, *relation.parts)
    reasons = [
        r if len(d) == len(in_dims) else f"in {', '.join(map(dimension_label, d))}, {r}"
        for r, d in why.items()
    ]
    dims = sorted({d for m in measures for d in figures.get(m, {})} - set(in_dims))
    if not dims:
        out.unchecked.extend(Unchecked(relation.total, relation.parts, r) for r in reasons)
        return
    ids = sorted(r[_ID] for m in measures for d in dims for r in figures.get(m, {}).get(d, ()))
    shown = ", ".join(ids[:3]) + (f" and {len(ids) - 3} more" if len(ids) > 3 else "")
    left = ", ".join(map(dimension_label, dims))
    on = ", ".join(map(dimension_label, in_dims))
    money = all(d.startswith("currency:") for d in (*dims, *in_dims))
    other = "another currency" if money else "another dimension"
    fared = f"those in {on}: {'; '.join(reasons)}" if reasons else f"those in {on} are checked"
    reason = f"its figures in {left} ({shown}), {other}, are left out; {fared}"
    out.unchecked.append(Unchecked(relation.total, relation.parts, reason))


def _has_time(recs: list[tuple]) -> bool:
    """Whether every figure record has a time: an as_of, a said_on or a reported_on."""
    return all(r[_ASOF] or r[_SAID] or r[_REPORTED] for r in recs)


def _stance_passes(
    g: _Grouped, names: _Names, rev: _Reversals, bodies: dict[str, str] | None = None
) -> list[StanceConflict]:
    """Every proposition both affirmed and denied: a stance dispute (with the uncertain claims
    in their own column), and the reversals of claimants on both sides. Uncertain claims make
    no dispute by themselves; a claimant's later uncertain claim is a walk-back. ``bodies``
    (a voice's claimant key -> its body's key, `claimant --of`) gathers the claims of each
    body's voices on both sides (``rev.bodies``) for :func:`body_reversals`."""
    out: list[StanceConflict] = []
    for proposition, (affirms, denies, uncertain) in g.stances.items():
        if uncertain:
            _walk_backs(
                proposition,
                affirms,
                denies,
                uncertain,
                rev,
                g.stance_echo_recs.get(proposition, ()),
            )
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
        if bodies:
            _body_sides(proposition, affirms, denies, bodies, rev)
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


def _body_sides(
    proposition: str,
    affirms: list[tuple],
    denies: list[tuple],
    bodies: dict[str, str],
    rev: _Reversals,
) -> None:
    """Into ``rev.bodies``: the claims on ``proposition`` of each body whose voices stand on
    both sides (a body named as a claimant is its own voice)."""
    sides: dict[str, list[set[str]]] = {}
    for k, recs in enumerate((affirms, denies)):
        for r in recs:
            body = bodies.get(r[1])
            if body is not None:
                sides.setdefault(body, [set(), set()])[k].add(r[1])
    for body, (yes, no) in sides.items():
        if not yes or not no:
            continue
        voices = yes | no
        claims = {(r[0], r[2], r[3], None) for r in (*affirms, *denies) if r[1] in voices}
        rev.bodies[(body, "proposition", proposition)] = (claims, voices)


def _body_figures(
    disputes: list[FigureConflict], g: _Grouped, bodies: dict[str, str], rev: _Reversals
) -> None:
    """Into ``rev.bodies``: the figures of each body whose voices, two claimants or more,
    stand in two positions or more of a dispute of a measure (evidence13: a police agency's
    regional director said officers went in four minutes after the gunman, its director the
    next day two minutes). A relay stands in for what it relays and is no voice of its own
    here; whether the change is surely ordered is :func:`body_reversals`' to say."""
    for c in disputes:
        by_id = {r[_ID]: r for r in g.figures.get(c.measure, {}).get(c.dimension, ())}
        mine: dict[str, tuple[set[int], set[str], list[tuple]]] = {}
        for k, p in enumerate(c.positions):
            echoes = {e for e, _ in p.relaying}
            for i in p.claims:
                r = by_id.get(i)
                if r is None or i in echoes:
                    continue
                body = bodies.get(r[_KEY])
                if body is not None:
                    at, voices, recs = mine.setdefault(body, (set(), set(), []))
                    at.add(k)
                    voices.add(r[_KEY])
                    recs.append(r)
        for body, (at, voices, recs) in mine.items():
            if len(at) > 1 and len(voices) > 1:
                claims, keys = rev.bodies.setdefault((body, "measure", c.measure), (set(), set()))
                claims.update(map(_statement, recs))
                keys.update(voices)


def _walk_backs(
    proposition: str,
    affirms: list[tuple],
    denies: list[tuple],
    uncertain: list[tuple],
    rev: _Reversals,
    relayed: Iterable[tuple] = (),
) -> None:
    """A claimant who affirmed or denied ``proposition`` and then (surely later, by said_on,
    else reported_on) said it cannot be said: the firm claims before an uncertain one, and the
    uncertain claims after a firm one, as a walk-back. Uncertain, then firm is no walk-back;
    the same day cannot be ordered. A firm stance the claimant passed on (``relayed``: (echo
    record, side)) counts as its own here: an outlet that carried a claim and later said it
    could not be verified has walked it back (its correction), though the relay is no source."""
    firm: dict[str, list[tuple]] = {}
    for r in (*affirms, *denies):
        firm.setdefault(r[1], []).append(r)
    for r, side in relayed:
        if side < 2:
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


def _voiced(
    bodies: Mapping[str, str], shown: dict[str, str]
) -> tuple[dict[str, str], dict[str, str]] | None:
    """(claimant key -> its body's key, for the claimants of this subject that speak for a
    body or are one; body key -> the body's name as the user gave it), or None when no
    claimant of the subject speaks for one."""
    names = {claimant_key(b): b for b in bodies.values()}
    of = {k: claimant_key(b) for k, b in bodies.items() if k in shown}
    of.update((k, k) for k in shown if k in names)
    if not of:
        return None
    return of, {b: names[b] for b in set(of.values())}


def _analyse(
    facts: Iterable[Fact],
    min_gap: float,
    cumulative: frozenset[str],
    sums: tuple[SumRelation, ...],
    bodies: Mapping[str, str] | None = None,
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
    n_active = len(active)
    active, aside = _spans_aside(facts, active, cumulative)
    _by_hand(active)
    g = _group(active, roots)
    _count_aside(g, aside, roots)
    _rate_precision(g)
    _survey_points(g)
    _stated_cores(g, sums)
    _share_sides(g)
    names = _Names(g.shown)
    ctx = _Ctx(names, g.echoes, min_gap)
    rev = _Reversals()
    incomparable, revisions = _figure_passes(g, by_id or {}, cumulative, ctx, rev, roots)
    revisions = _in_points(g, ctx, revisions)
    # a count of the moment (rule 9) and a running count not marked (the hint to mark it) are
    # read at their times in a sum too, as a cumulative one would be: never a part of one day
    # against a total of another
    timed = cumulative
    if sums and (ctx.moments or ctx.unmarked):
        timed = cumulative.union(ctx.moments, ctx.unmarked)
    sums_found = (
        _sum_passes(_without_forecasts(g, ctx, roots), sums, names, min_gap, timed)
        if sums
        else _NO_SUMS
    )
    figure_conflicts = ctx.figure_conflicts
    voiced = _voiced(bodies, g.shown) if bodies and (g.stances or figure_conflicts) else None
    stance_conflicts = _stance_passes(g, names, rev, voiced and voiced[0]) if g.stances else []
    if voiced and figure_conflicts:
        _body_figures(figure_conflicts, g, voiced[0], rev)

    # (each list sorted only when there is something to order: most subjects have a few)
    if figure_conflicts:
        _with_own(figure_conflicts, active, g, cumulative)
        _unordered_own(figure_conflicts, names, rev, active)
        _with_fits(figure_conflicts, g, names)
        _with_quote_marks(figure_conflicts, facts, active, cumulative)
        _with_staggered(figure_conflicts, active, cumulative, ctx)
    alone: dict[tuple, list[FigureConflict]] = {}
    if figure_conflicts and rev.claims:
        figure_conflicts, alone = _told_once(figure_conflicts, g, rev)
    figure_conflicts, bodies_found = _body_passes(figure_conflicts, g, names, rev, voiced, active)
    if len(figure_conflicts) > 1:
        figure_conflicts.sort(key=_figure_order)
    minor_figures = [c for c in ctx.minor if isinstance(c, FigureConflict)] if ctx.minor else []
    if minor_figures:
        _with_fits(minor_figures, g, names)
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
            *_with_disputes(_Reversals.found(names, rev.claims, "reversal", active), alone, g),
            *_Reversals.found(names, rev.walk_backs, "walk-back", active),
            *bodies_found,
        ),
        changes=tuple(ctx.changes),
        n_claims=n_active,
        n_claimants=len(g.independent),
        minor=(
            *minor_figures,
            *sums_found.minor,
            *_untold(_Reversals.found(names, rev.minor, "reversal", active), figure_conflicts),
        ),
        incomparable=tuple(incomparable),
        checks=tuple(sums_found.good),
        n_relaying=g.n_relaying,
        min_gap=min_gap,
        cumulative=cumulative,
        unmarked=tuple(sorted(set(ctx.unmarked))) if ctx.unmarked else (),
        unmarked_one_time=tuple(sorted(set(ctx.one_time))) if ctx.one_time else (),
        unmarked_open=tuple(sorted(set(ctx.unmarked_open))) if ctx.unmarked_open else (),
        moments=tuple(sorted(set(ctx.moments))) if ctx.moments else (),
        unchecked=tuple(sums_found.unchecked),
        undated=tuple(sorted(ctx.undated)) if ctx.undated else (),
        unperiod=(
            tuple((m, tuple(sorted(ids))) for m, ids in sorted(g.unperiod.items()))
            if g.unperiod
            else ()
        ),
        unperiod_rates=_unperiod_rates(g) if g.unperiod_rates else (),
        spans=_spans_of(aside),
        surveys=_surveys(g, figure_conflicts, minor_figures) if g.surveys else (),
        years_ahead=_years_ahead(g, ctx.forecasts) if ctx.forecasts else (),
        relays=_relays_of(active, roots) if relaying else (),
        unquoted=_unquoted(facts) if type(facts) is ActiveFacts and facts.marks else (),
        beside_forecasts=_beside_forecasts(ctx) if ctx.beside_forecasts else (),
        forecasts=_forecasts_read(ctx, g, roots) if ctx.forecasts or g.echo_recs else (),
    )
