"""Figures of one measure: groups of agreeing records, the sweep that finds disputes and the
comparison of undated figures with each dated group (rule 2's groups).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from itertools import islice
from typing import Final

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
    _REPORTED,
    _SAID,
    _SHOWN,
    _above,
    _at_odds,
    _bounds,
    _core_high,
    _core_low,
    _Ctx,
    _first,
    _high,
    _id,
    _key,
    _low,
    _may_describe,
    _minor_shown,
    _Names,
    _outside,
    _points,
    _raw_ratio,
    _shown_ratio,
    _stacked,
    _statements,
    _sweep,
    _widest,
)
from claimtrack.conflicts.model import (
    _EPS,
    _INF,
    _NEG_INF,
    Change,
    FigureConflict,
    FigurePosition,
    ForecastPoint,
    Number,
)
from claimtrack.moments import stated_before


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
    originals: dict[str, tuple] | None = None,
) -> None:
    """Sweep one comparable group; file it as a dispute, a minor difference or nothing
    (``later``: ``_later_ids`` of its date).

    The sweep's positions are merged where they are immaterially apart: a run of
    neighbours joins one position while no claim of the next lies materially above a claim
    of the run (``_material``: disjoint, cores ``min_gap`` apart). It is a dispute
    when any two claims are materially apart; otherwise every difference in it is minor.
    Two claims whose intervals overlap only by stacking two tolerances (``_at_odds``) make
    it a dispute too, swept on their cores (``_stacked_conflict``; ``originals``: the
    records as read, by id, which its positions show).
    """
    recs.sort()
    raw = _sweep(recs)
    if len(raw) < 2:
        _stacked_conflict(measure, dimension, as_of, recs, ctx, later, originals)
        return
    min_gap = ctx.min_gap
    floor = min_gap - _EPS
    nearest = _raw_ratio(raw[-1][1], raw[0][2])  # common lows and highs rise together
    # the cores of the most distant claims that do not overlap (never less than the bounds)
    widest = nearest if nearest >= floor else _widest(recs)
    recs, raw, widest = _as_said(recs, raw, originals, nearest, widest, floor)
    if widest < floor:
        if _stacked_conflict(measure, dimension, as_of, recs, ctx, later, originals):
            return
        gaps = tuple(_shown_ratio(_raw_ratio(raw[i][1], raw[i - 1][2])) for i in range(1, len(raw)))
        names, echoes = ctx.names, ctx.echoes
        positions = tuple([_position(members, names, echoes) for members, _, _ in raw])
        # two decimals: a minor spread of 1.07 must not read as the 1.1x threshold
        shown = _minor_shown(widest, min_gap)
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
    if (
        originals is None
        and len(recs) <= _AT_ODDS_PAIRS
        and _one_values(recs)
        and _at_odds_within(groups, min_gap)
    ):
        # two claims of one position at odds though their intervals overlap ("about 1,000"
        # and "about 1,200" beside "1,500"): laid out by who is at odds, not corroborating
        _at_odds_conflict(measure, dimension, as_of, recs, ctx, later)
        return
    shown_ratio = _SHOWN.get  # _shown_ratio, its cache read inline
    gaps = tuple(
        [g if (g := shown_ratio(r, _MISSING)) is not _MISSING else _shown_ratio(r) for r in ratios]
    )
    positions = tuple(
        _positions(
            groups
            if originals is None  # else the claims as read, not their cores
            else [[originals[m[_ID]] for m in members] for members in groups],
            ctx,
        )
    )
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


def _as_said(
    recs: list[tuple],
    raw: list[tuple[list[tuple], Number, Number]],
    originals: dict[str, tuple] | None,
    nearest: float,
    widest: float,
    floor: float,
) -> tuple[list[tuple], list[tuple[list[tuple], Number, Number]], float]:
    """``recs``, their sweep ``raw`` and their ``widest`` ratio of cores, with each narrow
    range at its ends as its core (rule 6, ``core._HedgeBook.as_said``), for a group that is a
    dispute by its cores alone (``nearest``, the ratio of its extreme positions' bounds, under
    the ratio ``floor``; ``widest`` at or above it). The
    sweep reads bounds, so it is the same. Not for a group swept on its cores (``originals``),
    nor when no claim is narrow. (A wider dispute's gaps between close neighbours still read a
    range by its middle: asking for every narrow claim there costs a lookup each, each run.)"""
    if nearest >= floor or widest < floor or not _HEDGES.middles or originals is not None:
        return recs, raw, widest
    said = _HEDGES.as_said(recs)
    if said is recs:
        return recs, raw, widest
    return said, _sweep(said), _widest(said)


def _stacked_conflict(
    measure: str,
    dimension: str,
    as_of: str | None,
    recs: list[tuple],
    ctx: _Ctx,
    later: tuple[str, ...],
    swept: dict[str, tuple] | None = None,
) -> bool:
    """File the dispute of a group where two claims are ``_at_odds`` though their intervals
    overlap (rule 6: one tolerance, not two), if there is one (True); not for a group
    already ``swept`` on its cores. It is swept with each figure of one value ("about
    12,000", a round "3,300") at its core, so that its positions are the ones that really
    disagree; a bound or a range ("more than 200", "up to 500", "between 40 and 60") keeps
    its interval, which is what it says. Shares (their cores on their smaller side, not on
    the scale of their bounds) only when every figure is one value and there are few."""
    if swept is not None or not _stacked(recs, ctx.min_gap):
        return False
    if len(recs) <= _AT_ODDS_PAIRS and _one_values(recs):
        _at_odds_conflict(measure, dimension, as_of, recs, ctx, later)
        return True
    if dimension == "share":
        return False
    cores = [
        (r[_CLO], r[_CHI], *r[_HIGH + 1 :])
        if (r[_CLO] == r[_CHI] and r[_LOW] > 0 and r[_HIGH] < _INF) or r[_ID] in _HEDGES.stated
        else r
        for r in recs
    ]
    originals = {r[_ID]: r for r in recs}
    _figure_conflict(measure, dimension, as_of, cores, ctx, later, originals)
    return True


# Up to this many claims, a dispute of tolerances stacked is laid out pair by pair
# (``_at_odds_conflict``); above it (the pairs would cost too much), swept on its cores.
_AT_ODDS_PAIRS: Final = 64


def _at_odds_conflict(
    measure: str,
    dimension: str,
    as_of: str | None,
    recs: list[tuple],
    ctx: _Ctx,
    later: tuple[str, ...],
) -> None:
    """File the dispute of a group where two claims are ``_at_odds`` though their intervals
    overlap, with its positions split only between claims at odds: in the order of their
    cores, a claim joins the position before it unless it is at odds with a claim of it.
    Swept on cores alone, a figure that one tolerance allows ("about 3,000" allows a round
    "3,300": its core is that tolerance's end) stood against it, 1.1x apart, on the side of
    "roughly 3,600", and the gap shown was theirs, not the dispute's (audit14). Gaps are the
    widest ratio of cores of claims at odds across each boundary; the spread, as for any
    dispute, the extreme positions' bounds, else the widest gap."""
    min_gap = ctx.min_gap
    ordered = sorted(recs, key=_cores)
    groups: list[list[tuple]] = [[ordered[0]]]
    for r in islice(ordered, 1, None):
        run = groups[-1]
        for m in run:
            if _at_odds(r, m, min_gap):
                groups.append([r])
                break
        else:
            run.append(r)
    ratios: list[float] = []
    for i in range(1, len(groups)):
        # as for any dispute: the nearest bounds, else the cores of the claims at odds
        ratio = _raw_ratio(min(map(_low, groups[i])), max(map(_high, groups[i - 1])))
        if ratio < min_gap - _EPS:
            ratio = 0.0
            for u in groups[i]:
                for low in groups[i - 1]:
                    if _at_odds(u, low, min_gap):
                        ratio = max(ratio, _raw_ratio(u[_CLO], low[_CHI]))
        ratios.append(ratio)
    positions = tuple(_positions([sorted(g) for g in groups], ctx))
    high_bottom = positions[0].high
    spread = _raw_ratio(positions[-1].low, _INF if high_bottom is None else high_bottom)
    for ratio in ratios:
        if ratio > spread:
            spread = ratio
    gaps = tuple([_shown_ratio(r) for r in ratios])
    ctx.figure_conflicts.append(
        FigureConflict(measure, as_of, _shown_ratio(spread), positions, gaps, dimension)
        if not later
        else FigureConflict(
            measure, as_of, _shown_ratio(spread), positions, gaps, dimension, later=later
        )
    )


def _at_odds_within(groups: list[list[tuple]], min_gap: float) -> bool:
    """Whether two claims of one of a dispute's positions are ``_at_odds``."""
    return any(len(g) > 1 and _stacked(g, min_gap) for g in groups)


def _one_values(recs: list[tuple]) -> bool:
    """Whether every record is one value (bare, round or hedged), no bound nor range: only
    such a group is laid out by who is at odds (``_at_odds_conflict``), its cores in the order
    of its intervals; a bound ("fewer than 35,000") or a range keeps the sweep."""
    return all(r[_CLO] == r[_CHI] and r[_LOW] > 0 and r[_HIGH] < _INF for r in recs)


def _cores(r: tuple) -> tuple[Number, Number]:
    """A figure record's core, low and high: the order of a dispute of stacked tolerances."""
    return r[_CLO], r[_CHI]


def _later_ids(undated: list[tuple], date: str, d_recs: list[tuple]) -> tuple[str, ...]:
    """The ids of the figures with no as_of said (else reported) surely after ``date`` that
    disagree with one of its figures ``d_recs`` (disjoint), sorted: rule 2 compares them with
    the date, as a figure with no as_of may describe any moment, but they may as well describe
    a later one, and their disagreement be a change. One that agrees with every figure of the
    date is left out: when it was, it makes no dispute."""
    # _before(date, s), inlined: stated surely after the date (a loop, so that the compiled
    # engine knows ``s`` is a str and calls str.startswith natively)
    after = []
    for r in undated:
        s: str | None = r[_SAID] or r[_REPORTED]
        if s and s > date and not s.startswith(date):
            after.append(r)
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


def _told_within(ctx: _Ctx, n0: int, m0: int, n1: int) -> None:
    """Take back the finding of the figures with no as_of among themselves (filed at ``n0`` of
    the disputes, or ``m0`` of the minor differences, before ``n1``) when one dispute of a
    date alone was filed after it and holds every one of its claims: that dispute tells it,
    with the dated figures beside (time22). Before, the Sewol ferry's rescued read as two
    disputes of one disagreement: the ministry's 368 against the 164 of the coast guard and
    others, with no as_of, then again with the Korea Herald's 174 of 16 April. With two
    disputes of dates or more, it is still told once on its own (no date to choose)."""
    found = ctx.figure_conflicts
    if len(found) - n1 != 1:
        return
    held = {i for p in found[-1].positions for i in p.claims}
    if n1 - n0 == 1:
        if all(i in held for p in found[n0].positions for i in p.claims):
            del found[n0]
    elif n1 == n0 and len(ctx.minor) - m0 == 1:
        own = ctx.minor[m0]
        if isinstance(own, FigureConflict) and all(
            i in held for p in own.positions for i in p.claims
        ):
            del ctx.minor[m0]


def _early(undated: list[tuple], dated: Iterable[str]) -> bool:
    """Whether a figure with no as_of was stated surely before one of the dates (before the
    last one, then: a date surely before one date is surely before any later one)."""
    last = max(dated)
    return any(stated_before(r[_SAID] or r[_REPORTED], last) for r in undated)


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
    n0, m0 = len(ctx.figure_conflicts), len(ctx.minor)
    if disjoint and _above(*_bounds(undated)):
        _figure_conflict(measure, dimension, None, list(undated), ctx)
    n1 = len(ctx.figure_conflicts)
    undated.sort()  # once: each date's group (the undated it takes + its own) sorts quickly
    stated = _statements(undated)
    for date in sorted(dated):
        d_recs = dated[date]
        near = _may_describe(stated, date)  # the undated figures that may describe the date
        if disjoint and _involves(d_recs, _bounds(near) if near else (_NEG_INF, _INF)):
            later = _later_ids(near, date, d_recs)
            _figure_conflict(measure, dimension, date, near + d_recs, ctx, later)
    _told_within(ctx, n0, m0, n1)
    if len(dated) > 1:
        ctx.changes.append(Change(measure, _points(dated), dimension))


def _measure_forecasts(
    measure: str, dimension: str, forecasts: list[tuple], rest: list[tuple], ctx: _Ctx
) -> bool:
    """The forecasts of a measure (``core._forecasts_apart``), each moment's set against each
    other alone (forecasters who disagree: the dispute, or minor difference, says "forecasts
    of 2025-03"), never against a figure of the moment (its outturn: a forecast that missed,
    not two sources at odds), a figure with no as_of (its moment's outturn, a later moment's
    figure, or one unknown: time26) nor a figure of another moment (a forecast is no step of
    a count). The figures with no as_of that may forecast a moment too (no date, or one that
    holds it) and are apart from a forecast of it are named in a hint
    (``ctx.beside_forecasts``). True if two forecasts of one moment are disjoint (a
    forecaster's own may then be revised: a reversal)."""
    by_moment: dict[str, list[tuple]] = {}
    for r in forecasts:
        by_moment.setdefault(r[_ASOF], []).append(r)
    undated = [r for r in rest if r[_ASOF] is None]
    stated = _statements(undated) if undated else []
    apart = False
    for date in sorted(by_moment):
        fs = by_moment[date]
        if stated:
            maybe = [r for s, r in stated if not s or (s < date and date.startswith(s))]
            unread = _outside(maybe, *_bounds(fs)) if maybe else maybe
            if unread:
                beside = ctx.beside_forecasts.setdefault((measure, dimension), set())
                beside.update([r[_ID] for r in unread])
        if len(fs) < 2:
            continue
        n0, m0 = len(ctx.figure_conflicts), len(ctx.minor)
        if _above(*_bounds(fs)):
            apart = True
            _figure_conflict(measure, dimension, date, list(fs), ctx)
        else:  # intervals that overlap only by stacking two tolerances still disagree
            _stacked_conflict(measure, dimension, date, list(fs), ctx, ())
        for found, start in ((ctx.figure_conflicts, n0), (ctx.minor, m0)):
            for k in range(start, len(found)):
                c = found[k]
                if isinstance(c, FigureConflict):
                    found[k] = replace(c, forecasts=True)
    return apart


def forecast_points(forecasts: list[tuple]) -> tuple[ForecastPoint, ...]:
    """The forecasts of a measure as its change over time shows them, beside its course and
    never in it: one point per moment, day stated and figure, ordered so, with the claims
    giving it."""
    figures: dict[tuple[str, str, str, Number, Number], list[str]] = {}
    for r in forecasts:
        said: str | None = r[_SAID]
        stated, basis = (said, "said_on") if said else (r[_REPORTED] or "", "reported_on")
        figures.setdefault((r[_ASOF], stated, basis, r[_LOW], r[_HIGH]), []).append(r[_ID])
    return tuple(
        [
            ForecastPoint(t, low, None if high == _INF else high, tuple(sorted(ids)), stated, b)
            for (t, stated, b, low, high), ids in sorted(figures.items())
        ]
    )


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
            # intervals that overlap only by stacking two tolerances still disagree
            _stacked_conflict(measure, dimension, next(iter(dated), None), recs, ctx, ())
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
    n0, m0 = len(ctx.figure_conflicts), len(ctx.minor)
    if disjoint and _above(*u_bounds):
        _figure_conflict(measure, dimension, None, list(undated), ctx)
    n1 = len(ctx.figure_conflicts)
    for date in sorted(dated):
        d_recs = dated[date]
        if disjoint and _involves(d_recs, u_bounds):
            later = _later_ids(undated, date, d_recs) if undated else ()
            _figure_conflict(measure, dimension, date, undated + d_recs, ctx, later)
    _told_within(ctx, n0, m0, n1)
    ctx.changes.append(Change(measure, _points(dated), dimension))
    return disjoint
