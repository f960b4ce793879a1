"""Revisions of cumulative measures and sums that do not add up (parts against their total)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import product
from typing import Literal

from claimtrack.conflicts.core import (
    _ASOF,
    _CHI,
    _CLO,
    _HEDGES,
    _HIGH,
    _ID,
    _KEY,
    _LOW,
    _REPORTED,
    _SAID,
    _SRC,
    _above,
    _before,
    _cores_apart,
    _id,
    _material,
    _minor_shown,
    _Names,
    _raw_ratio,
    _round_width,
    _share_side,
    _sharp,
    _shown_ratio,
    _timed,
    _tolerant,
    _tolerant_bounds,
    _unordered,
)
from claimtrack.conflicts.model import (
    _EPS,
    _INF,
    _NEG_INF,
    Number,
    Revision,
    SumFinding,
    SumRelation,
    Unchecked,
)


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
    pool holding one dated before it, materially above it, and not from the same source.

    Never one of the claimant's own figures that it stated surely after ``r`` (said_on, else
    reported_on): a claimant who said 150 on 3 March and, on 5 March, that the toll had
    reached 200 by 1 March raised its count afterwards; its latest word is the higher one,
    and "fell" (a total later given as less) would be false."""
    source = relayed.get(r[_ID], r[_ID])
    said = r[_SAID] or r[_REPORTED]
    key = r[_KEY]
    for pool in pools:
        for e in reversed(pool):
            if (
                _before(e[0], date)
                and _material(e[2], r, min_gap)
                and relayed.get(e[2][_ID], e[2][_ID]) != source
                and not (said is not None and e[2][_KEY] == key and _stated_after(e[2], said))
            ):
                return e
    return None


def _stated_after(e: tuple, said: str) -> bool:
    """Whether record ``e`` was surely stated after the date ``said`` (its said_on, else
    reported_on; an undated statement is not)."""
    stated = e[_SAID] or e[_REPORTED]
    return stated is not None and _before(said, stated)


def _stated_together(e: tuple, r: tuple) -> str | None:
    """The date two records were both stated on (said_on, else reported_on: the same date),
    else None: a government that told Congress on 9 August that 1,427 more people had died by
    December, and the same day kept its certified count at 64, gave no later, lower word
    (time23). A month against a day in it is not one date: a page of November may report a
    statement of September ("in September the figure was revised down to 79", Grenfell)."""
    a, b = e[_SAID] or e[_REPORTED], r[_SAID] or r[_REPORTED]
    return a if a is not None and a == b else None


def _reported_within(
    r: tuple, e_date: str, mine: Sequence[tuple[str, str, tuple]]
) -> tuple[str, str] | None:
    """(the time, ``e_date``) when ``r``, a fall from its claimant's figure of ``e_date``, is
    dated only by its report (no as_of, no said_on) and lies within that claimant's own course
    before it: not below a figure it gave at a time surely before ``e_date`` (the latest such).
    A page may report an earlier count: AFP's "645 confirmed deaths to date", on a page of 20
    June, was its tally of the 19th between its 577 of the 18th and 922 later that day; dated
    by the page it read as AFP cutting 922 to 645 (evidence14). Its order is not known. A
    figure below all of its claimant's earlier ones keeps its page's date (nothing of the
    claimant's says when it was counted); the same figure again is a recap (``_rereported``)."""
    if r[_ASOF] is not None or r[_SAID] is not None or r[_REPORTED] is None:
        return None
    for d, _, e0 in reversed(mine):
        if _before(d, e_date) and not _above(e0[_LOW], r[_HIGH]):
            return d, e_date
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
        told: set[tuple] = set()  # (earlier id, bounds) of this date's own revisions
        for _, basis, r in group:
            if r[_ID] in relayed or not _above(top_low, r[_HIGH]):
                continue  # an echo revises nothing: its source said it first
            found = _revised(r, date, (own.get(r[_KEY], ()), earlier), relayed, min_gap)
            if found is None:
                continue
            e_date, e_basis, e = found
            if e[_KEY] == r[_KEY]:  # its own revision, a finding: told once per statement
                said = (e[_ID], r[_LOW], r[_HIGH])
                if said in told:
                    continue  # one statement in two reports (two outlets' 71): one revision
                told.add(said)
            out.append(
                Revision(
                    measure,
                    (e[_ID], r[_ID]),
                    (names.shown[e[_KEY]], names.shown[r[_KEY]]),
                    ((e_date, e_basis), (date, basis)),
                    _shown_ratio(_shown_gap(e, r, min_gap)),
                    dimension,
                    together=_stated_together(e, r) if e[_KEY] == r[_KEY] else None,
                    within=_reported_within(r, e_date, own.get(r[_KEY], ()))
                    if e[_KEY] == r[_KEY]
                    else None,
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


def _own_estimates(
    measure: str,
    dimension: str,
    recs: list[tuple],
    names: _Names,
    min_gap: float,
) -> tuple[list[Revision], dict[str, tuple]]:
    """A claimant's own estimates of one moment, revised (docs/conflicts.md, rule 9, "An
    estimate of one moment, revised"): the revisions, and the figures replaced (id -> the
    figure that first replaced it).

    A claimant's dated figures of one as_of (said_on, else reported_on; figures with neither,
    or stated surely before the moment, take no part) are read as its estimates in turn
    (``_estimates``) or not at all, beside its figures with no as_of that may describe the
    moment (rule 2). Only a claimant's moment with
    two figures apart is looked at."""
    by_key: dict[str, dict[str, list[tuple]]] = {}
    for r in recs:
        a: str | None = r[_ASOF]
        if a is None:
            continue
        said: str | None = r[_SAID] or r[_REPORTED]
        if said is None or _before(said, a):
            # (a figure stated before the moment it gives, a forecast or a misdated report,
            # is no estimate of that moment to revise: it stays in the dispute, flagged)
            continue
        moments = by_key.get(r[_KEY])
        if moments is None:
            moments = by_key[r[_KEY]] = {}
        mine = moments.get(a)
        if mine is None:
            moments[a] = [r]
        else:
            mine.append(r)
    out: list[Revision] = []
    replaced: dict[str, tuple] = {}
    todo: list[tuple[str, str, list[tuple]]] = []
    for key, moments in by_key.items():
        for a, mine in moments.items():
            # (the figures of the moment alone first: the claimant's figures with no as_of
            # only add to what stops the reading)
            if len(mine) > 1:
                read = _in_turn(a, mine, min_gap)
                if read is not None and any(read[1]):  # read, and a figure replaced
                    todo.append((key, a, mine))
    if not todo:
        return out, replaced
    loose = _no_as_of(recs, {t[0] for t in todo})
    for key, a, mine in todo:
        group = list(mine)
        for r in loose.get(key, ()):
            stated: str | None = r[_SAID] or r[_REPORTED]
            if not (stated and _before(stated, a)):  # not stated before the moment (rule 2)
                group.append(r)
        _estimates(measure, dimension, a, names.shown[key], group, min_gap, out, replaced)
    return out, replaced


def _no_as_of(recs: list[tuple], keys: set[str]) -> dict[str, list[tuple]]:
    """The figures with no as_of of the claimants ``keys``, by claimant: each may describe
    any moment (rule 2)."""
    loose: dict[str, list[tuple]] = {}
    for r in recs:
        if r[_ASOF] is None and r[_KEY] in keys:
            lst = loose.get(r[_KEY])
            if lst is None:
                loose[r[_KEY]] = [r]
            else:
                lst.append(r)
    return loose


def _apart_either(a: tuple, b: tuple, floor: float) -> bool:
    """``_material(a, b) or _material(b, a)`` at ``floor`` (the ratio less its epsilon), on
    the bounds and cores as floats (the compiled engine compares them natively)."""
    a_low: float = a[_LOW]
    b_high: float = b[_HIGH]
    if a_low > b_high + abs(b_high) * _EPS:
        a_core: float = a[_CLO]
        b_core: float = b[_CHI]
        return (a_core / b_core if b_core > 0 else _raw_ratio(a_core, b_core)) >= floor
    b_low: float = b[_LOW]
    a_high: float = a[_HIGH]
    if b_low > a_high + abs(a_high) * _EPS:
        b_core_low: float = b[_CLO]
        a_core_high: float = a[_CHI]
        return (
            b_core_low / a_core_high if a_core_high > 0 else _raw_ratio(b_core_low, a_core_high)
        ) >= floor
    return False


def _first_day(r: tuple, as_of: str) -> str | None:
    """The first day a dated figure of ``as_of`` may have been said: its said_on; dated only
    by its report, any day from its as_of on (rule 4), or any day at all (None) when the
    report is before its as_of."""
    said: str | None = r[_SAID]
    if said:
        return said
    return as_of if not _before(r[_REPORTED], as_of) else None


def _statement_order(r: tuple) -> str:
    """A dated figure's place in statement order: the last day it may have been said, then
    its id (one string: a month before the days in it, as dates are compared)."""
    return _stated_by(r) + "\x00" + r[_ID]


def _stated_by(r: tuple) -> str:
    """The last day a dated figure may have been said: its said_on, else its report's day."""
    said: str | None = r[_SAID]
    return said if said else r[_REPORTED]


def _estimates(
    measure: str,
    dimension: str,
    as_of: str,
    shown: str,
    mine: list[tuple],
    min_gap: float,
    out: list[Revision],
    replaced: dict[str, tuple],
) -> None:
    """One claimant's figures of one moment (``mine``: those of its as_of, with a date, and
    those with no as_of that may describe it) read as its estimates in turn, or not at all:
    every two of them materially apart (rule 6) are surely ordered (the earlier's said_on,
    else reported_on, surely before the later's said_on; a later one of the as_of dated only
    by its report may have been said on any day from its as_of, rule 4; a figure with no date
    is ordered with none), and none goes back to an estimate it replaced (a figure apart from
    a later one that meets a figure the later one replaced). Then each figure of the as_of
    replaces the earlier figures of the as_of apart from it (a figure with no as_of may
    describe another moment: it replaces nothing and is never replaced), one revision per step
    (from the first figure it is the first to replace) into ``out``, and the figures replaced
    into ``replaced``."""
    read = _in_turn(as_of, mine, min_gap)
    if read is None:
        return
    mine, earlier, own = read
    done = 0
    for j in range(1, len(mine)):
        new = earlier[j] & own & ~done
        if not new or not own >> j & 1:
            continue
        done |= new
        s = mine[j]
        e = mine[(new & -new).bit_length() - 1]
        for i in range(j):
            if new >> i & 1:
                replaced[mine[i][_ID]] = s
        up = _material(s, e, min_gap)
        hi, lo = (s, e) if up else (e, s)
        out.append(
            Revision(
                measure,
                (e[_ID], s[_ID]),
                (shown, shown),
                (
                    (_stated_by(e), "said_on" if e[_SAID] else "reported_on"),
                    (_stated_by(s), "said_on" if s[_SAID] else "reported_on"),
                ),
                _shown_ratio(_shown_gap(hi, lo, min_gap)),
                dimension,
                as_of,
                up,
            )
        )


def _in_turn(
    as_of: str, mine: list[tuple], min_gap: float
) -> tuple[list[tuple], list[int], int] | None:
    """``_estimates``' reading of one claimant's figures of one moment, or None when they are
    not its estimates in turn: the dated figures in statement order, per figure the earlier
    figures apart from it (as bits), and the figures of the as_of (as bits)."""
    floor = min_gap - _EPS
    undated = [r for r in mine if not (r[_SAID] or r[_REPORTED])]
    if undated:
        mine = [r for r in mine if r[_SAID] or r[_REPORTED]]
        for u in undated:
            for r in mine:
                if _apart_either(u, r, floor):
                    return None  # apart from a figure no date orders it with
    n = len(mine)
    if n == 2:  # (the common case: two figures, ordered without a sort)
        return _two_in_turn(as_of, mine[0], mine[1], floor)
    mine.sort(key=_statement_order)
    earlier: list[int] = [0] * n  # per figure: the earlier figures apart from it, as bits
    own = 0  # the figures of the as_of, as bits
    for j in range(n):
        s = mine[j]
        if s[_ASOF] is not None:
            own |= 1 << j
        if not j:
            continue
        said: str | None = s[_SAID]
        first: str | None = (
            said
            if said
            else (as_of if s[_ASOF] is not None and not _before(s[_REPORTED], as_of) else None)
        )
        bits = 0
        for i in range(j):
            e = mine[i]
            if not _apart_either(e, s, floor):
                continue
            if first is None or not _before(_stated_by(e), first):
                return None  # two estimates apart whose order is not known: none is read
            bits |= 1 << i
        if bits:
            for i in range(j):
                if bits >> i & 1 and earlier[i] & ~bits:
                    return None  # back to an estimate it had replaced: no estimate in turn
            earlier[j] = bits
    return mine, earlier, own


def _two_in_turn(
    as_of: str, a: tuple, b: tuple, floor: float
) -> tuple[list[tuple], list[int], int] | None:
    """``_in_turn`` of two dated figures."""
    own = (1 if a[_ASOF] is not None else 0) | (2 if b[_ASOF] is not None else 0)
    if not _apart_either(a, b, floor):
        return [a, b], [0, 0], own
    first = b[_SAID] if b[_ASOF] is None else _first_day(b, as_of)
    if first and _before(_stated_by(a), first):
        return [a, b], [0, 1], own
    first = a[_SAID] if a[_ASOF] is None else _first_day(a, as_of)
    if first and _before(_stated_by(b), first):
        return [b, a], [0, 1], (own >> 1) | ((own & 1) << 1)
    return None  # two figures apart whose order is not known


def _as_it_stood(
    recs: list[tuple],
    echo_recs: list[tuple],
    echoes: dict[str, list[tuple]],
    replaced: dict[str, tuple],
) -> tuple[set[str], list[tuple]]:
    """What else leaves a measure's disputes with the estimates ``replaced`` (id -> the figure
    that replaced it), and what comes back into them: another claimant's figure that says it
    repeats a replaced estimate, from the same article, of its moment, meeting it and not its
    replacement, leaves (the estimate as it stood, reported); a relay of a replaced estimate
    (it goes with the figure it relays) stated surely before the replacement goes with it,
    one that may have been stated after it is judged as its own figure (the returned
    records). An independent figure that happens to equal the replaced one stays."""
    gone: set[str] = set()
    by_src: dict[str, list[tuple]] = {}
    for r in recs:
        if r[_SRC] is not None and r[_ID] in replaced:
            by_src.setdefault(r[_SRC], []).append(r)
    if by_src:
        for x in recs:
            src: str | None = x[_SRC]
            if src is None or src not in by_src or x[_ID] in replaced:
                continue
            for e in by_src[src]:
                s = replaced[e[_ID]]
                if (
                    x[_KEY] != e[_KEY]
                    and x[_ASOF] == e[_ASOF]
                    and _meets(x, e)
                    and not _meets(x, s)
                ):
                    gone.add(x[_ID])
                    break
    back: list[tuple] = []
    if echoes and echo_recs:
        by_id = {r[_ID]: r for r in echo_recs}
        for rid, s in replaced.items():
            said: str | None = s[_SAID]
            first: str | None = said if said else s[_ASOF]
            for echo_id, _ in echoes.get(rid, ()):
                echo = by_id.get(echo_id)
                if echo is None:
                    continue
                stated: str | None = echo[_SAID] or echo[_REPORTED]
                if not (stated and first and _before(stated, first)):
                    back.append(echo)
    return gone, back


def _meets(a: tuple, b: tuple) -> bool:
    """Whether two figure records' intervals meet (neither lies above the other)."""
    return not (_above(a[_LOW], b[_HIGH]) or _above(b[_LOW], a[_HIGH]))


def revision_note(c: Revision) -> str:
    """What a revision means, under its claims."""
    if c.as_of is not None:
        return (
            f"{c.claimants[1]} replaced its own estimate of {c.as_of} with a later one: "
            "a revision, not a dispute with itself"
        )
    if c.within is not None:
        return (
            f"a total that can only grow, given as less on a page of {c.dates[1][0]} that gives "
            f"no day for it; it lies within {c.claimants[1]}'s own figures of {c.within[0]} and "
            f"{c.within[1]}: it may be a count of that time reported later, so not surely a "
            "correction (give its --said-on or --as-of when the page says it)"
        )
    if c.together is not None:
        return (
            f"a total that can only grow, given as less for a later moment by {c.claimants[1]}'s "
            f"statements of {c.together}: which came last is not known, so not surely a "
            "correction; two counts in one (a certified toll and an estimate), or a misreport"
        )
    return "a total that can only grow was later given as less: a correction, or a dispute"


def revision_heading(c: Revision) -> str:
    """A revision's heading: "Revision: deaths (cumulative) fell, 2.8x lower" when one
    claimant (aliases folded) gave both figures; "Fall between claimants: deaths (cumulative),
    9.4x lower" when another claimant gave the later one: nobody revised anything, the later
    figure disputes the earlier (a fact-checker must never read it as "the toll was revised
    down")."""
    ratio = "to zero" if c.ratio is None else f"{c.ratio:g}x lower"
    if c.points is not None:  # a rate's, in percentage points (rule 6, "Rates")
        ratio = f"{c.points:g} points lower"
    if c.as_of is not None:  # a claimant's own estimate of one moment, replaced
        way, ratio = ("up", ratio.replace("lower", "higher")) if c.up else ("down", ratio)
        return f"Revision: {c.measure} (as of {c.as_of}) revised {way}, {ratio}"
    if c.claimants[0] != c.claimants[1]:  # display names: one per claimant key
        return f"Fall between claimants: {c.measure} (cumulative), {ratio}"
    if c.together is not None:  # statements of one day: no later word (time23)
        return (
            f"Revision: {c.measure} (cumulative) fell, {ratio} "
            f"(both stated {c.together}, order not known)"
        )
    if c.within is not None:  # a count reported later, within its own course (evidence14)
        return (
            f"Revision: {c.measure} (cumulative) fell, {ratio} "
            f"(order not known: reported {c.dates[1][0]}, within its figures of "
            f"{c.within[0]} to {c.within[1]})"
        )
    return f"Revision: {c.measure} (cumulative) fell, {ratio}"


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
    proportion: bool = False,
    own: bool = False,
) -> tuple[SumFinding, bool]:
    """Part figures (one record each) set against a total figure: (the finding, minor?).
    ``givers``: every record giving the part figures (their claimants are the finding's);
    ``mixed``: the parts are of no one statement at a time that does not order them;
    ``proportion``: the total is a share of one whole, whose gap to its parts' sum is judged
    on the smaller side (rule 6) while both lie below the whole; ``own``: the total is given
    by a claimant of the parts (its own arithmetic, which the ratio never calls minor when
    every figure states its ends)."""
    lo = sum(c[_LOW] for c in chosen)
    hi = sum(c[_HIGH] for c in chosen)
    core_lo = sum(c[_CLO] for c in chosen)
    core_hi = sum(c[_CHI] for c in chosen)
    t = total[0]
    implied: tuple = (lo, hi, None, None, None, None, None, core_lo, core_hi)
    side = _share_side if proportion and hi < 100 and t[_HIGH] < 100 else None
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
    # intervals that meet only by stacking the tolerances of the parts and of the total (rule
    # 10: one tolerance, not two): short or over by what the figures say (their cores), at
    # most by the intervals' far ends (shares too: a sum adds them as said, not on their
    # smaller side, so their cores are their middles)
    # A round number's widening is what the figure may be, not a tolerance of how it was said:
    # it takes part as its whole interval ("540" as 535-545), so that it never lets a hedged
    # part and a hedged total meet by both hedges (session 42: "540 + some 600" against "about
    # 1,000" read "consistent", its cores 1,140 against 1,000; given apart, 1,140 and "about
    # 1,000" are a dispute). With no hedge at all, the intervals decide, as before.
    elif not all(_tolerant_bounds(r) or _rounded(r) for r in (t, *chosen)):
        pass  # a range, or a vague word, says what it says
    elif not (
        _apart_on(ts := _as_said(t), said := _said_sum(chosen, lo, hi), min_gap, side)
        or _apart_on(said, ts, min_gap, side)
    ):
        pass  # one tolerance meets the other
    elif not all(_tolerant(r) or _rounded(r) for r in (t, *chosen)):
        pass  # how each was said, asked last: a range of a hedge's width ("900 to 1,100")
    elif _apart_on(ts, said, min_gap, side):
        direction, upper, lower = "short", ts, said
        by = (ts[_CLO] - said[_CHI], None if t[_HIGH] == _INF else t[_HIGH] - lo)
    else:
        direction, upper, lower = "excess", said, ts
        by = (said[_CLO] - ts[_CHI], None if hi == _INF else hi - t[_LOW])
    if direction is not None:
        minor = not _apart_on(upper, lower, min_gap, side)
        # one claimant's figures that state their ends, of one moment, either add up or do
        # not: the materiality ratio, a tolerance for estimates, never makes their gap
        # "minor" (rule 10); figures of one day from different reports may be of different
        # moments of it, and another claimant's total is another count, judged as two
        # figures are
        exact = minor and own and not mixed and _sharp(t) and all(map(_sharp, chosen))
        if exact and dimension == "share":
            # a share is a quotient, given to its last digit: shares of one survey that add
            # up to 101% are rounded, not wrong (half a unit of each figure's last digit)
            slack = sum(_half_unit(c[_CLO]) for c in (*chosen, t))
            exact = _raw_gap(direction, t, core_lo, core_hi) > slack * (1 + _EPS)
        minor = minor and not exact
        if side is None:
            core = _raw_ratio(upper[_CLO], lower[_CHI])
            shown = _shown_gap(upper, lower, min_gap)
        else:
            core = _raw_ratio(side(upper[_CLO]), side(lower[_CHI]))
            shown = _raw_ratio(side(upper[_LOW]), side(lower[_HIGH]))
            shown = shown if shown >= min_gap - _EPS else core
        gap = _minor_shown(core, min_gap) if minor or exact else _shown_ratio(shown)
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
        len(relation.parts) if 1 < len(parts) < len(relation.parts) else 0,
    )
    return finding, minor


def _rounded(r: tuple) -> bool:
    """Whether a record is a bare round number read with its rounding ("540": 535-545), no
    hedge's width (``_tolerant_bounds`` tells those)."""
    low, high, core = r[_LOW], r[_HIGH], r[_CLO]
    if core != r[_CHI] or not low < core < high:
        return False
    if _HEDGES.rounded(r[_ID]):
        return True  # a fact built by hand that gives its rounding, however wide
    if _tolerant_bounds(r):
        return False
    width = _round_width(core)
    if width is None:
        return False
    slack = _EPS * core  # the widening was done in floating point
    return abs(high - core - width) <= slack and abs(core - low - width) <= slack


def _as_said(r: tuple) -> tuple:
    """A record with its core widened to its bounds where it is a round number's rounding
    (``_rounded``): what it says, for the one-tolerance test of a sum."""
    if not _rounded(r):
        return r
    return (*r[:_CLO], r[_LOW], r[_HIGH], *r[_CHI + 1 :])


def _said_sum(chosen: list[tuple], lo: Number, hi: Number) -> tuple:
    """The parts' sum as a record: their intervals summed (``lo``-``hi``), and their cores
    summed, a round number's rounding counted as what it says (``_as_said``)."""
    said = [_as_said(c) for c in chosen]
    core_lo = sum(c[_CLO] for c in said)
    core_hi = sum(c[_CHI] for c in said)
    return (lo, hi, None, None, None, None, None, core_lo, core_hi)


def _half_unit(value: Number) -> float:
    """Half the unit of the last digit ``value`` is written with ("33" 0.5, "33.5" 0.05)."""
    text = repr(float(value)).rstrip("0").rstrip(".")
    decimals = len(text.partition(".")[2]) if "e" not in text else 0
    return 0.5 * 10.0**-decimals


def _raw_gap(
    direction: Literal["short", "excess"], t: tuple, core_lo: Number, core_hi: Number
) -> Number:
    """How far a sum's parts, as said, lie from its total as said (their cores)."""
    return t[_CLO] - core_hi if direction == "short" else core_lo - t[_CHI]


def _apart_on(
    upper: tuple, lower: tuple, min_gap: float, side: Callable[[Number], Number] | None
) -> bool:
    """``_cores_apart``, the ratio of the cores taken on the scale ``side`` (a proportion's
    smaller side, rule 6) when one is given."""
    if side is None:
        return _cores_apart(upper, lower, min_gap)
    return (
        _above(upper[_CLO], lower[_HIGH])
        and _above(upper[_LOW], lower[_CHI])
        and _raw_ratio(side(upper[_CLO]), side(lower[_CHI])) >= min_gap - _EPS
    )


def _sums(
    relation: SumRelation,
    groups: Mapping[str, list[tuple]],
    echoes: Mapping[str, list[tuple]],
    dimension: str,
    names: _Names,
    min_gap: float,
    cumulative: bool,
    out: _SumResult,
    proportion: bool = False,
    partial: bool = False,
    overlap: str = "",
    floors_only: bool = False,
) -> None:
    """One sum relation (``cumulative``: one of its measures is, and each figure is taken at
    its time; ``partial``: no part can be below zero, so a claimant's figures on some of the
    parts are a floor of the total, ``_partial_sums``; ``overlap``: why its parts overlap,
    one counted inside another by another relation, when they do: then no parts are added
    up, and a part alone above the total is still found; ``floors_only``: no sum can be added
    up (a part in another dimension only), so only parts above the total are looked for, and
    the relation's "not checked" line is the caller's). For each claimant who gave a
    figure on every part (a relaying claim counts for its claimant, with the figure it
    relays), every combination of their distinct part
    figures of one time is added up and set against the distinct figures on the total of
    that time; a combination several claimants give is checked once. It holds when the
    total's interval meets the parts' summed interval (against any total of that time:
    ``_file_sum_results``); otherwise one finding, against the closest total, minor when the
    cores are within ``min_gap``. A part figure alone above a total figure is a finding too.
    A relation that cannot be checked says why."""
    timed = _timed if cumulative else list
    money = not cumulative and dimension[:9] == "currency:"
    missing = [m for m in (*relation.parts, relation.total) if not groups.get(m)]
    totals = _distinct(timed(groups.get(relation.total, [])))
    loose: dict[tuple, set[str]] = {}
    combos = (
        []
        if overlap or floors_only
        else _claimant_combos(relation, groups, echoes, names, timed, money, loose, min_gap)
    )
    unmatched: set[str] = set()
    checked = 0
    for figures_given, givers in combos if totals else ():
        times = [c[0][_ASOF] for c in figures_given]
        results: list[tuple[SumFinding, bool, bool]] = []
        keys = {r[_KEY] for r in givers}
        for total in totals:
            same, when = _one_time([*times, total[0][_ASOF]], cumulative)
            if not same or (money and _years_apart([*figures_given, total])):
                continue
            checked += 1
            own = not keys.isdisjoint(r[_KEY] for r in total[1])
            # one day's figures of a running count from different reports (sources, or
            # another claimant's total) may be of different moments of it
            mixed = (
                cumulative
                and _unordered(when, when)
                and (not own or _mixed([*figures_given, total]))
            )
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
                        mixed,
                        proportion,
                        own,
                    ),
                    own,
                )
            )
        given_by = loose.get(_figures_key(figures_given)) if loose else None
        judged = [f for f, _minor, mine in results if mine] or [f for f, _m, _o in results]
        if given_by and not any(f.holds for f in judged):
            unmatched.update(given_by)  # figures of different statements: no finding (time31)
            continue
        _file_sum_results(results, out)
    _parts_above(relation, groups, totals, dimension, names, min_gap, cumulative, out, proportion)
    floors = 0  # partial breakdowns checked
    if partial and not overlap and totals and len(relation.parts) > 2:
        judge = (dimension, names, min_gap, proportion)
        floors = _partial_sums(relation, groups, echoes, totals, judge, cumulative, money, out)
    if floors_only:
        return
    if unmatched:
        who = ", ".join(names.claimants(sorted(unmatched)))
        out.unchecked.append(Unchecked(relation.total, relation.parts, _unmatched_reason(who)))
        return
    if overlap:
        reason = overlap
    elif missing:
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
    if floors:  # "not checked" must not read as "nothing looked at"
        each = "breakdown" if floors == 1 else "breakdowns"
        reason += f"; {floors} partial {each} checked for parts above the total"
    out.unchecked.append(Unchecked(relation.total, relation.parts, reason))


def _unmatched_reason(who: str) -> str:
    """Why some of a relation's combinations were not made (``_not_given_together``)."""
    return (
        f"some figures of {who}: a part given figures materially apart at one time with no"
        " order (a count that moved that day), and no one report (source) gives them with the"
        " other parts, so which go together is not known and no sum of them is called wrong;"
        " give each time of day, or import the claims with their sources"
    )


def _years_apart(figures: list[tuple[tuple, list[tuple]]]) -> bool:
    """Whether a check of money figures (each: its representative and every record giving
    it) sets a figure of a moment (its as_of) beside one that gives none and was stated only
    in a later year: an amount changes between years without anyone disputing it (spending to
    date, a fine cut on appeal, rule 2), so the figure with no as_of may be of a later moment
    and the check is of no one time. The Grenfell inquiry's £117m "by the end of March" 2021
    was added to four costs said in 2023 and called consistent with the £500m of 2021.
    With no as_of at all, see ``_part_after_total``."""
    if _part_after_total(figures):
        return True
    dated = [rep[_ASOF] for rep, _ in figures if rep[_ASOF]]
    if not dated:
        return False
    first = min(d[:4] for d in dated)
    for rep, recs in figures:
        if rep[_ASOF] is None and all(
            (stated := r[_SAID] or r[_REPORTED]) and stated[:4] > first for r in recs
        ):
            return True
    return False


def _stated_years(recs: list[tuple]) -> list[str]:
    """The years a figure's records were stated in (said_on, else reported_on); "" for one
    stated on no known date."""
    return [(r[_SAID] or r[_REPORTED] or "")[:4] for r in recs]


def _part_after_total(figures: list[tuple[tuple, list[tuple]]]) -> bool:
    """Whether a check of money figures with no as_of (the total last) holds a part stated
    only in years after every statement of the total (sums4): an amount changes between
    years (a budget proposed, then enacted and revised), so a total said before the part
    was ever stated may be of an earlier stage, and the check is of no one time. Before, the
    Recovery and Resilience Facility's €360 billion of loans, said in February 2021, stood
    "above" the €250 billion of loans the Commission had proposed for the whole recovery
    fund in May 2020. Parts stated before their total are checked as before: a total said in
    2024 of fines imposed in 2017, 2018 and 2019 adds up what was said earlier."""
    total, recs = figures[-1]
    years = _stated_years(recs)
    if total[_ASOF] is not None or not all(years):
        return False
    last = max(years)
    for rep, part in figures[:-1]:
        stated = _stated_years(part)
        if rep[_ASOF] is None and all(stated) and min(stated) > last:
            return True
    return False


def _mixed(figures: list[tuple[tuple, list[tuple]]]) -> bool:
    """Whether no one source (article) gives every figure of a check, its parts and its
    total (each figure: its representative and every record giving it); a record without a
    source could be of any, and a combination of figures without sources is not mixed. A
    total from another report of the day may be of another moment than the parts as much
    as two parts may: a channel's 50 taken to hospital early on the day against the
    ambulance service's 68 and 10 of that day (the Grenfell Tower fire)."""
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
        _file_closest(judged, out)


def _file_closest(judged: list[tuple[SumFinding, bool]], out: _SumResult) -> None:
    """The closest of checks that all fail (the least gap, then the total's claim), filed
    as a finding, or a minor difference when it is one."""
    finding, minor = min(judged, key=lambda fm: (fm[0].gap or _INF, fm[0].claims[-1]))
    (out.minor if minor else out.bad).append(finding)


def _claimant_combos(
    relation: SumRelation,
    groups: Mapping[str, list[tuple]],
    echoes: Mapping[str, list[tuple]],
    names: _Names,
    timed: Callable[[list[tuple]], list[tuple]],
    money: bool = False,
    loose: dict[tuple, set[str]] | None = None,
    min_gap: float = 1.1,
) -> list[tuple[list[tuple[tuple, list[tuple]]], list[tuple]]]:
    """Each combination of distinct part figures that a claimant gave (one per part, their
    relays included), once: (the figures, every record giving them). ``money``: a part
    figure is never taken with a figure stated on a day the claimant gave that part another
    figure (``_unsaid_together``: its amount changed between its statements, a proposal
    revised in a negotiation). Each figure at its time (``timed`` not ``list``): a
    combination is loose when its claimant gave one of its parts another figure materially
    apart at a time not ordered with theirs and no one report gives them together
    (``_not_given_together``, time31): ``loose`` gets its key (``_figures_key``) -> the
    claimants; such a combination may hold, but never makes a finding (``_sums``)."""
    by_key = _by_claimant(relation, groups, echoes, timed)
    combos: dict[tuple, tuple[list[tuple[tuple, list[tuple]]], list[tuple]]] = {}
    at_times = timed is not list  # each figure at its time: a running count's relation
    for key in sorted(by_key, key=lambda k: names.rank[k]):
        slots = by_key[key]
        if not all(slots):
            continue
        said = _said_by_day(slots) if money else None
        for chosen in product(*[_distinct(recs) for recs in slots]):
            if said and _unsaid_together(chosen, said):
                continue
            if at_times and loose is not None and _not_given_together(chosen, slots, min_gap):
                loose.setdefault(_figures_key(chosen), set()).add(key)
            ident = _figures_key(chosen)
            if ident in combos:  # another claimant gives the same figures: one check
                combos[ident][1].extend(r for c in chosen for r in c[1])
            else:
                combos[ident] = (list(chosen), [r for c in chosen for r in c[1]])
    return list(combos.values())


def _not_given_together(
    chosen: Sequence[tuple[tuple, list[tuple]]], slots: list[list[tuple]], min_gap: float
) -> bool:
    """Whether a combination of one claimant's part figures, each at its time, may join
    figures of different statements: some part of it was given another figure by the claimant
    at a time not ordered with the combination's (one day with no time of day, a month and a
    day in it, or the very same time), so which of that part's figures goes with the others'
    is not known, and no one report (source) gives all of its figures (time31). Before, the
    Kerr County officials' 18 adults of a morning's report and 15 children of the evening's,
    both of 5 July 2025, made "18 adults + 15 children = 33, but 27: over by 6", beside
    "28 + 9" and "28 + 15": three sums nobody gave, where each report's own added up."""
    same, when = _one_time([c[0][_ASOF] for c in chosen], True)
    if not same or when is None:
        return False  # not of one time: never checked
    return any(
        _moved_then(rep, recs, when, min_gap) for (rep, _), recs in zip(chosen, slots, strict=True)
    ) and not _one_source(chosen)


def _moved_then(rep: tuple, recs: list[tuple], when: str, min_gap: float) -> bool:
    """Whether ``recs`` (a claimant's figures of one measure, each at its time) hold a figure
    materially apart from ``rep`` (at ``min_gap``: not the same count said two ways, "68" and
    "at least 68", nor a misprint of a digit, 152,306 for 152,360) at a time that is ``when``
    or not ordered with it: the count moved then, and which figure goes with another
    measure's is not known."""
    for r in recs:
        t = r[_ASOF]
        if t is None or not (t == when or _unordered(t, when)):
            continue
        if _apart_either(r, rep, min_gap):
            return True
    return False


def _one_source(figures: Sequence[tuple[tuple, list[tuple]]]) -> bool:
    """Whether one report (source) gives every figure (each: its representative and every
    record giving it); records without a source name none."""
    common: set[str] | None = None
    for _, recs in figures:
        sources = {r[_SRC] for r in recs} - {None}
        common = sources if common is None else common & sources
        if not common:
            return False
    return True


def _said_by_day(slots: list[list[tuple]]) -> list[dict[str, set[tuple]]] | None:
    """One claimant's part figures with no as_of by the day they were stated (said_on, else
    reported_on): per part, day -> the figures' bounds; None when no part was given two
    figures on different days (nothing revised: its combinations are made as before)."""
    out: list[dict[str, set[tuple]]] = []
    revised = False
    for recs in slots:
        days: dict[str, set[tuple]] = {}
        for r in recs:
            day = _said_date(r)
            if r[_ASOF] is None and day is not None:
                days.setdefault(day, set()).add(_bounds_of(r))
        revised = revised or len(set().union(*days.values())) > 1 < len(days)
        out.append(days)
    return out if revised else None


def _bounds_of(r: tuple) -> tuple:
    return _bound_key(r[_LOW]), _bound_key(r[_HIGH])


def _unsaid_together(
    chosen: Sequence[tuple[tuple, list[tuple]]], said: list[dict[str, set[tuple]]]
) -> bool:
    """Whether a combination takes a part figure beside one stated only on days when the
    claimant gave that part another figure, and not this one (sums4): on 19 July the
    European Council president offered €400 billion of grants, so his €450 billion of 18
    July is no part of the €350 billion of loans he offered on the 19th. Before, 450 + 350
    made €800 billion, "over" the €750 billion fund, a sum nobody proposed. Parts stated on
    days with nothing else said of them are taken together as before (fines imposed in
    2017, 2018 and 2019, one of them cut on appeal in 2022); figures with an as_of are
    matched by it (``_one_time``)."""
    for i, (rep, _) in enumerate(chosen):
        if rep[_ASOF] is not None:
            continue
        mine, by_day = _bounds_of(rep), said[i]
        for j, (other, recs) in enumerate(chosen):
            if j == i or other[_ASOF] is not None:
                continue
            days = {_said_date(r) for r in recs}
            if all(d in by_day and mine not in by_day[d] for d in days):
                return True
    return False


def _figures_key(chosen: Iterable[tuple[tuple, list[tuple]]]) -> tuple:
    """What makes a combination of part figures the same check as another: each figure's
    bounds and time, in the parts' order (two claimants giving the same figures: one check)."""
    return tuple((_bound_key(c[0][_LOW]), _bound_key(c[0][_HIGH]), c[0][_ASOF]) for c in chosen)


def _by_claimant(
    relation: SumRelation,
    groups: Mapping[str, list[tuple]],
    echoes: Mapping[str, list[tuple]],
    timed: Callable[[list[tuple]], list[tuple]],
) -> dict[str, list[list[tuple]]]:
    """Each claimant's part figures, their relays included: claimant key -> one list per
    part, in the relation's order."""
    by_key: dict[str, list[list[tuple]]] = {}
    for n, part in enumerate(relation.parts):
        for r in (*timed(groups.get(part, [])), *timed(echoes.get(part, []))):
            by_key.setdefault(r[_KEY], [[] for _ in relation.parts])[n].append(r)
    return by_key


def _parts_above(
    relation: SumRelation,
    groups: Mapping[str, list[tuple]],
    totals: list[tuple[tuple, list[tuple]]],
    dimension: str,
    names: _Names,
    min_gap: float,
    cumulative: bool,
    out: _SumResult,
    proportion: bool = False,
) -> None:
    """A single part figure wholly and materially above a total figure of its time (unless a
    sum with it says so already); a proportion's parts judged on the smaller side. One
    claimant's part and total that both state their ends (``_sharp``) disagree at any ratio,
    as a sum of such figures does."""
    timed = _timed if cumulative else list
    money = not cumulative and dimension[:9] == "currency:"
    flagged = {(i, f.claims[-1]) for f in out.bad for i in f.claims[:-1]}
    replaced = {} if cumulative else _replaced(totals)
    for part in relation.parts:
        for figure in _distinct(timed(groups.get(part, []))):
            for total in totals:
                r, t = figure[0], total[0]
                same, when = _one_time([r[_ASOF], t[_ASOF]], cumulative)
                if not same or (r[_ID], t[_ID]) in flagged:
                    continue
                if money and _years_apart([figure, total]):
                    continue  # an amount of another year: a check of no one time (sums4)
                if t[_ID] in replaced and _said_after(figure[1], replaced[t[_ID]]):
                    continue  # its own claimants had replaced that total when it was said
                side = _share_side if proportion and r[_HIGH] < 100 and t[_HIGH] < 100 else None
                if not _above(r[_LOW], t[_HIGH]):
                    continue
                # a part and a total of one day from different reports, or of another
                # claimant, may be of different moments of a running count: said so, as
                # for a sum (the Guardian's 15,383 against a vice-president's 17,674 of
                # late that evening, 9 February 2023)
                own = not {x[_KEY] for x in figure[1]}.isdisjoint(x[_KEY] for x in total[1])
                mixed = (
                    cumulative
                    and _unordered(when, when)
                    and (
                        not own
                        or _mixed([figure, total])
                        or _moved_that_time(figure, total, groups, part, relation, when, min_gap)
                    )
                )
                exact = own and not mixed and _sharp(r) and _sharp(t)
                if _apart_on(r, t, min_gap, side) or exact:
                    judge = (dimension, names, min_gap, mixed, proportion, own)
                    finding, _ = _sum_finding(
                        relation, (part,), [r], figure[1], total, when, *judge
                    )
                    out.bad.append(finding)


def _moved_that_time(
    figure: tuple[tuple, list[tuple]],
    total: tuple[tuple, list[tuple]],
    groups: Mapping[str, list[tuple]],
    part: str,
    relation: SumRelation,
    when: str | None,
    min_gap: float,
) -> bool:
    """Whether a claimant's part figure and its total, at a time that does not order them,
    may be of different moments (time31): the claimant gave the part or the total another
    figure apart then (``_moved_then``: its count moved that day), and no one report gives
    both. Before, the Kerr County officials' 28 adults of an evening's report stood above
    their 27 dead of that morning's, both of 5 July 2025: "Part above its total ... over by
    1", read as their own inconsistency at any ratio."""
    if when is None or _one_source([figure, total]):
        return False
    keys = {x[_KEY] for x in figure[1]}
    for measure, rep in ((part, figure[0]), (relation.total, total[0])):
        recs = [r for r in _timed(groups.get(measure, [])) if r[_KEY] in keys]
        if _moved_then(rep, recs, when, min_gap):
            return True
    return False


def _said_date(r: tuple) -> str | None:
    """When a record was said: its said_on, else reported_on."""
    return r[_SAID] or r[_REPORTED]


def _replaced(totals: list[tuple[tuple, list[tuple]]]) -> dict[str, str]:
    """Undated totals (no as_of) that their own claimants replaced: the id of each such
    total's representative -> the date by which every claimant giving it had said another
    total figure, surely after (``_before``) the last time it gave this one. A total given
    by any claimant who never replaced it, or by any undated record, is in none."""
    said: dict[str, list[tuple[str, int]]] = {}  # claimant key -> (date, total index)
    for n, (_, recs) in enumerate(totals):
        for r in recs:
            d = _said_date(r)
            if d is not None and r[_ASOF] is None:
                said.setdefault(r[_KEY], []).append((d, n))
    out: dict[str, str] = {}
    if not any(len({n for _, n in v}) > 1 for v in said.values()):
        return out
    for n, (rep, recs) in enumerate(totals):
        by: str | None = None
        for key in {r[_KEY] for r in recs}:
            mine = [r for r in recs if r[_KEY] == key]
            dates = [_said_date(r) for r in mine]
            if any(d is None or r[_ASOF] is not None for d, r in zip(dates, mine, strict=True)):
                by = None
                break
            last = max(d for d in dates if d is not None)
            later = [d for d, m in said.get(key, ()) if m != n and _before(last, d)]
            if not later:
                by = None
                break
            first = min(later)
            by = first if by is None or first > by else by
        if by is not None:
            out[rep[_ID]] = by
    return out


def _said_after(recs: list[tuple], date: str) -> bool:
    """Whether every record of a figure was surely said on or after ``date`` (a month
    containing the day is not)."""
    for r in recs:
        d = _said_date(r)
        if d is None or not (d == date or _before(date, d)):
            return False
    return True


# Dimensions whose figures are never below zero: the parts a claimant did not give can only
# add to those it gave. Money is not among them (a division's loss, a negative balance) unless
# every part is a running total (marked cumulative), which only grows from nothing.
UNSIGNED = frozenset({"count", "share", "length", "area", "mass", "volume"})


def _partial_sums(
    relation: SumRelation,
    groups: Mapping[str, list[tuple]],
    echoes: Mapping[str, list[tuple]],
    totals: list[tuple[tuple, list[tuple]]],
    judge: tuple[str, _Names, float, bool],
    cumulative: bool,
    money: bool,
    out: _SumResult,
) -> int:
    """Partial breakdowns (docs/conflicts.md, rule 10): a claimant that gave figures on two
    or more of a relation's parts, not on all, at one time. No part being below zero, what
    it gave is a floor of the total: parts that already exceed the totals of their time
    (its own, else every one, as for a sum) are a finding, judged as a sum's excess is;
    parts short of a total say nothing (the missing parts may make up the gap), and are
    never called consistent. Parts of two claimants are never added together, and a part
    figure already found above the total alone (``_parts_above``) is not said again.
    Returns how many combinations were set against a total of their time."""
    dimension, names, min_gap, proportion = judge
    if any(r[_LOW] < 0 for m in (relation.total, *relation.parts) for r in groups.get(m, ())):
        return 0  # a figure below zero: a part not given may be one
    checked = 0
    flagged = {(i, f.claims[-1]) for f in (*out.bad, *out.minor) for i in f.claims[:-1]}
    timed = _timed if cumulative else list
    for given, figures_given, givers in _partial_combos(relation, groups, echoes, names, timed):
        keys = {r[_KEY] for r in givers}
        chosen = [c[0] for c in figures_given]
        results: list[tuple[SumFinding, bool, bool]] = []
        for total in totals:
            same, when = _one_time([*(c[_ASOF] for c in chosen), total[0][_ASOF]], cumulative)
            if not same or (money and _years_apart([*figures_given, total])):
                continue
            if any((c[_ID], total[0][_ID]) in flagged for c in chosen):
                results = []
                break  # a part alone above this total is the finding already
            own = not keys.isdisjoint(r[_KEY] for r in total[1])
            mixed = (
                cumulative
                and _unordered(when, when)
                and (not own or _mixed([*figures_given, total]))
            )
            finding, minor = _sum_finding(
                relation, given, chosen, givers, total, when, dimension, names, min_gap,
                mixed, proportion, own,
            )  # fmt: skip
            results.append((finding, minor, own))
        checked += bool(results)
        own_results = [(f, m) for f, m, mine in results if mine]
        judged = own_results or [(f, m) for f, m, _ in results]
        if judged and all(f.direction == "excess" for f, _ in judged):
            _file_closest(judged, out)
    return checked


def _partial_combos(
    relation: SumRelation,
    groups: Mapping[str, list[tuple]],
    echoes: Mapping[str, list[tuple]],
    names: _Names,
    timed: Callable[[list[tuple]], list[tuple]],
) -> list[tuple[tuple[str, ...], list[tuple[tuple, list[tuple]]], list[tuple]]]:
    """Each combination of distinct part figures that a claimant gave at one time on two or
    more parts but not on every one, once: (the parts given, in relation order; the figures;
    every record giving them). A claimant's figures are taken time by time (each time one of
    its part figures has; an undated figure stands for any time where figures are not read at
    their times), so that one who gave every part on one day and two of them on another is
    checked on the other day's two."""
    by_key = _by_claimant(relation, groups, echoes, timed)
    combos: dict[tuple, tuple[tuple[str, ...], list[tuple[tuple, list[tuple]]], list[tuple]]] = {}
    for key in sorted(by_key, key=lambda k: names.rank[k]):
        slots = by_key[key]
        if sum(1 for s in slots if s) < 2:
            continue
        times = sorted({r[_ASOF] or "" for s in slots for r in s})
        for time in times:
            at = [[r for r in s if _at_time(r[_ASOF], time or None)] for s in slots]
            picked = [n for n, s in enumerate(at) if s]
            if not 1 < len(picked) < len(slots):
                continue
            given = tuple(relation.parts[n] for n in picked)
            for chosen in product(*[_distinct(at[n]) for n in picked]):
                ident = (given, *_figures_key(chosen))
                if ident in combos:
                    records = combos[ident][2]
                    seen = {id(r) for r in records}
                    records.extend(r for c in chosen for r in c[1] if id(r) not in seen)
                else:
                    combos[ident] = (given, list(chosen), [r for c in chosen for r in c[1]])
    return list(combos.values())


def _at_time(t: str | None, time: str | None) -> bool:
    """Whether a figure of time ``t`` may be taken with figures of ``time``: an undated one
    with any, a dated one with its own time, or a time that holds it or that it holds (a
    month and a day in it; ``_one_time`` then asks the whole combination)."""
    if t is None or time is None:
        return t is None or time is None
    return t == time or not (_before(t, time) or _before(time, t))
