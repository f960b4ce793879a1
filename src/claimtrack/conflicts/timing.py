"""The time rules: running counts, figures that fall over time, cumulative measures,
disagreements between dated records, timed conflicts and one claimant's own updates.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace
from itertools import islice

from claimtrack.conflicts.core import (
    _ASOF,
    _CHI,
    _CLO,
    _HIGH,
    _ID,
    _KEY,
    _LOW,
    _REPORTED,
    _SAID,
    _SRC,
    _above,
    _as_of,
    _at_odds,
    _before,
    _coarse_times,
    _Ctx,
    _high,
    _low,
    _material,
    _name_order,
    _Names,
    _points,
    _raw_ratio,
    _shown_ratio,
    _timed,
    _unordered,
)
from claimtrack.conflicts.figures import _figure_conflict, _positions
from claimtrack.conflicts.model import (
    _EPS,
    _INF,
    _NEG_INF,
    Change,
    FigureConflict,
    Number,
    OwnDisagreement,
)
from claimtrack.conflicts.sums import _one_time

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
        "sickened",
        "illnesses",
        "poisoned",
        "hospitalisations",
        "hospitalizations",
        "hospitalised",
        "hospitalized",
        "toll",
        # outcomes counted as a search or a rescue goes on (time30): "bodies-recovered",
        # "bodies-found", "people-rescued", "remains-retrieved", "bodies-exhumed"
        "recovered",
        "rescued",
        "found",
        "retrieved",
        "exhumed",
    ]
)
# Pairs of words that say a count is so far, whatever it counts (time30): "evacuated-so-far",
# "arrests-to-date", "displaced-thus-far"
_SO_FAR = (("so", "far"), ("to", "date"), ("thus", "far"))


def _reads_running(measure: str) -> bool:
    running = _RUNNING_OF.get(measure)
    if running is None:
        if len(_RUNNING_OF) >= 1 << 16:
            _RUNNING_OF.clear()
        words = measure.replace("_", "-").split("-")
        running = _RUNNING_OF[measure] = not _RUNNING.isdisjoint(words) or any(
            [a in words and b in words for a, b in _SO_FAR]
        )
    return running


_RUNNING_OF: dict[str, bool] = {}  # _reads_running of measures seen before (they recur)

# Words of a share's name that read like a share so far, updated through the day and rising
# (a fire's containment, the share of the vote counted): the running count of a share (time21)
_RUNNING_SHARE = frozenset(["containment", "contained", "counted", "reporting"])


def reads_running_share(measure: str) -> bool:
    """Whether a share measure's name reads like a share so far ("containment-palisades",
    "votes-counted"): its figures rise update by update, as a running count's do."""
    return not _RUNNING_SHARE.isdisjoint(measure.replace("_", "-").split("-"))


def _unmarked_running_count(
    measure: str,
    recs: list[tuple],
    ctx: _Ctx,
    n_found: tuple[int, int, int],
    dimension: str = "count",
) -> bool:
    """Whether a measure not marked cumulative, that reads like a running count and whose
    disagreeing figures only rise with their times (all dated; a claimant's own figures of one
    time that cannot be ordered are its update of that time), gets a hint to mark it instead of
    the dispute just filed (taken back from ``ctx``). What marking it would show is shown: two
    claimants' figures of one time apart stay a dispute (or a minor difference) of that time,
    as on a cumulative measure, and never make one dispute of figures of months apart. A share
    (``dimension``) reads so by the words of ``reads_running_share``."""
    n_conflicts, n_minor, n_changes = n_found
    running = _reads_running(measure) if dimension == "count" else reads_running_share(measure)
    if not running or (len(ctx.figure_conflicts) == n_conflicts and len(ctx.minor) == n_minor):
        return False  # not a running count, or nothing filed to take back
    if not all(r[_ASOF] or r[_SAID] or r[_REPORTED] for r in recs):
        return False  # an undated figure cannot be ordered
    timed = _timed(recs)
    ordered = sorted(timed, key=_as_of)
    if not _before(ordered[0][_ASOF], ordered[-1][_ASOF]):
        # all of one time: nothing rises with the dates. A claimant's own figures of that
        # time apart (a toll's two updates of one day, no time of day) are what marking it
        # would show as its update whose order is not known, never "changed position" nor a
        # dispute with itself; the others' figures of that time stay a dispute of that time
        if (
            len(ctx.figure_conflicts) == n_conflicts  # only a minor difference: told as it is
            or not _one_time([r[_ASOF] for r in ordered], True)[0]  # no two ordered
            or _moment_name(measure)  # a count of the moment is read at its times (rule 9)
            or not _own_figures_apart(ordered, ctx.min_gap)
        ):
            return False
        del ctx.figure_conflicts[n_conflicts:]
        del ctx.minor[n_minor:]
        del ctx.changes[n_changes:]
        _cumulative_measure(measure, dimension, recs, ctx)
        del ctx.changes[n_changes:]  # as for the hint alone: points of one time, once marked
        ctx.unmarked.append(measure)
        ctx.one_time.append(measure)
        return True
    tops: dict[str, Number] = {}  # time -> the highest low of its figures so far
    best: list[tuple[Number, str]] = []  # the highest of those lows, of distinct times (5)
    for r in ordered:  # no fall from a time surely before, not even an immaterial one
        time = r[_ASOF]
        for low, u in best:
            if u == time or time.startswith(u):
                continue  # its own time, or one that holds it: the two are not ordered
            if _above(low, r[_HIGH]):
                return False
            break  # the highest low of the times surely before it
        top = max(tops.get(time, _NEG_INF), r[_LOW])
        tops[time] = top
        best = sorted([b for b in best if b[1] != time] + [(top, time)], reverse=True)[:5]
    at: dict[str, list[tuple]] = {}
    one_time = False  # two claimants' figures of one time (or nested times) apart
    for r in ordered:  # one claimant's are its update of that time, no finding once marked
        for t in (*_prefixes(r[_ASOF]), r[_ASOF]):
            for e in at.get(t, ()):
                if e[_KEY] != r[_KEY] and (_above(r[_LOW], e[_HIGH]) or _above(e[_LOW], r[_HIGH])):
                    one_time = True
        at.setdefault(r[_ASOF], []).append(r)
    if not one_time and _over_time(timed, 1.0):
        return False
    del ctx.figure_conflicts[n_conflicts:]
    del ctx.minor[n_minor:]
    del ctx.changes[n_changes:]
    if one_time:  # what marking it would show, and only that: the gaps of one time, each
        # a dispute (or a minor difference) of its time, never a rise across the dates
        _cumulative_measure(measure, dimension, recs, ctx)
        del ctx.changes[n_changes:]  # as for the hint alone: the dates are read once marked
    _hint_to_mark(measure, ordered, ctx)
    return True


def _hint_to_mark(measure: str, ordered: list[tuple], ctx: _Ctx) -> None:
    """The hint to mark ``measure`` cumulative, with its figures that give only a floor below
    an earlier one (``_floors_below``), which the hint names."""
    ctx.unmarked.append(measure)
    floors = _floors_below(ordered)
    if floors:
        ctx.unmarked_open.append((measure, floors))


def _floors_below(ordered: list[tuple]) -> tuple[str, ...]:
    """The ids of ``ordered``'s figures (sorted by time) that give only a floor ("at least 10",
    no upper bound) lower than a figure of a time surely before: they do not fall below it,
    and so a measure whose figures do not fall gets the hint to mark it, but whether the count
    fell is left open by them, and the hint must not say that its figures only rise (outputs19:
    a camp's missing girls, "about 23", then 27, then a day later "at least 10")."""
    found = []
    for r in ordered:
        if r[_HIGH] != _INF:
            continue
        for e in ordered:
            if _before(e[_ASOF], r[_ASOF]) and _above(e[_LOW], r[_LOW]):
                found.append(r[_ID])
                break
    return tuple(sorted(found))


_RISING_MAX = 64  # above this many figures of one claimant, not looked at (pairwise)


def rises_with_time(points: list[tuple[str | None, Number, Number]]) -> bool:
    """Whether one claimant's figures, as (time, low, high), rise with their times: every one
    dated, two of them at least surely ordered, none surely later wholly below an earlier one
    (a fall within the rounding is no fall), and none of times that cannot be ordered apart
    from each other. What a running count's updates look like, and nothing else."""
    if len(points) < 2 or len(points) > _RISING_MAX:
        return False
    if any(t is None for t, _, _ in points):
        return False
    pts = sorted(points, key=lambda p: p[0] or "")
    ordered = False
    for i, (t, lo, hi) in enumerate(pts):
        for u, lo2, hi2 in islice(pts, i + 1, None):
            assert t is not None and u is not None
            if _before(t, u):
                ordered = True
                if _above(lo, hi2):
                    return False  # surely later, wholly below
            elif _before(u, t):
                if _above(lo2, hi):
                    return False
            elif _above(lo, hi2) or _above(lo2, hi):
                return False  # of times that cannot be ordered, apart
    return ordered


def rising_keys(recs: list[tuple]) -> frozenset[str]:
    """The claimants of ``recs`` whose own figures rise with their times (as_of, else
    said_on, else reported_on: ``rises_with_time``)."""
    by_key: dict[str, list[tuple[str | None, Number, Number]]] = {}
    for r in recs:
        by_key.setdefault(r[_KEY], []).append(
            (r[_ASOF] or r[_SAID] or r[_REPORTED], r[_LOW], r[_HIGH])
        )
    return frozenset(k for k, pts in by_key.items() if rises_with_time(pts))


def _own_figures_apart(recs: list[tuple], min_gap: float) -> bool:
    """Whether one claimant gives two figures of ``recs`` materially apart (``_material``:
    closer ones are its minor difference, told as such)."""
    by_key: dict[str, list[tuple]] = {}
    for r in recs:
        by_key.setdefault(r[_KEY], []).append(r)
    for own in by_key.values():
        if len(own) > 1 and any(_material(a, b, min_gap) for a in own for b in own):
            return True
    return False


# Words of a measure's name that read like a count of the moment: how many are missing,
# trapped or accounted for when it is said, a number that falls as people are found and
# rises as reports come in. A toll so far (deaths) is a running count (above), marked
# cumulative; "missing" is both, and the hint to mark it comes first where it only rises.
# People who disappeared (enforced disappearances) are a toll so far, not a count of the moment.
_MOMENT = frozenset(
    [
        "missing",
        "unaccounted",
        "accounted",
        "remaining",
        "trapped",
        "stranded",
        # people in hospital, in critical condition or sheltering now: they leave as they
        # arrive ("in-hospital", "critical", "sheltering"; "hospitalised" leaves it open: _EITHER)
        "hospital",
        "critical",
        "sheltering",
        # people in shelters or evacuated now, homes without power or water now: they return
        # and are reconnected ("people-in-shelters", "homes-without-power", "evacuees",
        # "power-outages"; audit14). Not "displaced": a count that governments and agencies
        # dispute, as often a toll so far as a count of the moment
        *("shelter", "shelters", "evacuees", "without", "outage", "outages"),
        # people living in camps now: they leave as homes are rebuilt ("people-in-camps",
        # "camp-population"; time19: the Haiti earthquake's 370,000 in camps of January 2010,
        # 800,000 of January 2011 and 350,000 of 2013 read as one dispute)
        *("camp", "camps"),
    ]
)
# Words of a measure's name that say its count is of the moment it is said, whatever it counts
# ("currently-hospitalised", "still-hospitalised", "hospitalised-now", "remain-in-care"):
# such a name reads like a count of the moment even with a word in -ed (audit15: a ministry's
# 4,000 "currently hospitalised" on 1 March and 2,500 on 3 March read as a dispute and
# "Reversal: ... changed position"). Another count's word (below) still rules it out. Not
# "remaining" ("remaining-hostages-released" counts releases) nor "remains" (human remains).
_PRESENT = frozenset(["now", "currently", "current", "still", "remain"])
# Words of a measure's name that may count people in a state when it is said or all of them
# so far ("hospitalised": in hospital now, or ever admitted), which the name does not say
# (fixes13). Not marked cumulative, such a count that falls is no running count: it is read
# as a count of the moment, and its note says that the name leaves it open (``either_name``).
_EITHER = frozenset(["hospitalised", "hospitalized", "quarantined"])


def either_name(measure: str) -> bool:
    """Whether a measure's name leaves open whether it counts the moment or so far: a word
    of ``_EITHER`` ("hospitalised") and none that says which (``_MOMENT``, ``_PRESENT``;
    ``_NOT_MOMENT``: "total-hospitalised", "hospitalised-so-far")."""
    words = measure.replace("_", "-").split("-")
    return (
        not _EITHER.isdisjoint(words)
        and _MOMENT.isdisjoint(words)
        and _PRESENT.isdisjoint(words)
        and _NOT_MOMENT.isdisjoint(words)
    )


# Words that make a name with a word of the moment name another count, read as no count of
# the moment (the dispute stands; ``_unmarked_running_count`` hints to mark a rising one): an
# outcome counted as it happens ("trapped-miners-rescued", "missing-found", any other word in
# -ed: "missing-located", "stranded-evacuated"), a toll or a sum of counts
# ("people-missing-and-dead", "dead-or-missing"), a total so far ("total-missing",
# "ever-missing", "no-longer-missing"), reports filed ("missing-persons-reports"), or events
# counted as they happen ("hospital-attacks", "critical-incidents", "hospital-visits").
_NOT_MOMENT = frozenset(
    [
        "and",
        "or",
        "plus",
        "vs",
        "versus",
        "toll",
        "tolls",
        "total",
        "totals",
        "tally",
        "cumulative",
        "ever",
        "all",
        "since",
        "so",
        "far",
        "date",
        "no",
        "longer",
        "formerly",
        "previously",
        "once",
        "found",
        "dead",
        "death",
        "deaths",
        "died",
        "bodies",
        "fatalities",
        "casualties",
        "victims",
        "injuries",
        "lost",
        "rescue",
        "rescues",
        "reports",
        "cases",
        "admissions",
        # events counted as they happen, so far, whatever they happened to or in
        # ("hospital-attacks", "critical-incidents", "hospital-visits": audit14); a count
        # of the moment counts people or things in a state, not what befell them
        *("attack", "attacks", "strike", "strikes", "raid", "raids", "incident", "incidents"),
        *("visit", "visits", "discharges", "arrivals", "transfers", "referrals", "calls"),
        *("births", "infections", "operations", "surgeries", "procedures", "shootings"),
        *("bombings", "fires", "closures", "complaints", "claims", "violations", "errors"),
    ]
)


def _moment_name(measure: str) -> bool:
    """Whether a measure's name reads like a count of the moment (``_MOMENT``, ``_PRESENT``,
    ``_EITHER``), and names no other count with such a word (``_NOT_MOMENT``, a word in -ed:
    not guessed)."""
    words = measure.replace("_", "-").split("-")
    present = not _PRESENT.isdisjoint(words)  # the name says "now": any count of it is
    either = not _EITHER.isdisjoint(words)  # "hospitalised": now or so far, not said
    if _MOMENT.isdisjoint(words) and not present and not either:
        return False
    return not any(
        w in _NOT_MOMENT
        or (w.endswith("ed") and w not in _MOMENT and w not in _EITHER and not present)
        for w in words
    )


def _count_of_the_moment(
    measure: str, dimension: str, recs: list[tuple], ctx: _Ctx, n_found: tuple[int, int, int]
) -> bool:
    """Whether a measure not marked cumulative that reads like a count of the moment (people
    missing, unaccounted for, trapped), whose disagreeing figures give no as_of (some or all)
    and were each said at a time, is read with each figure at its time (as_of, else said_on,
    else reported_on) instead of the dispute just filed (taken back from ``ctx``): figures of
    times that order them are a change over time, whether the count rose or fell, and only
    figures of one time (that cannot be ordered) can still disagree, as on a cumulative
    measure. A claimant's own figures are then never a reversal. The measure is listed in
    ``ctx.moments`` so that the reading is said (a hint to give --as-of where a figure counts
    another moment)."""
    n_conflicts, n_minor, n_changes = n_found
    if not _moment_name(measure) or (
        len(ctx.figure_conflicts) == n_conflicts and len(ctx.minor) == n_minor
    ):
        return False  # not a count of the moment, or nothing filed to take back
    times = {r[_ASOF] or r[_SAID] or r[_REPORTED] for r in recs}
    dated = {t for t in times if t is not None}
    if len(dated) < (2 if None in times else 1):
        return False  # no date, or one time and a figure that could be of any moment
    if all(r[_ASOF] for r in recs) and (len(times) > 1 or len(min(dated)) > 10):
        return False  # every figure says its moment, and rule 2 sets them apart
    del ctx.figure_conflicts[n_conflicts:]
    del ctx.minor[n_minor:]
    del ctx.changes[n_changes:]
    _cumulative_measure(measure, dimension, recs, ctx, False)
    ctx.moments.append(measure)
    return True


def _prefixes(time: str) -> list[str]:
    """The coarser times that contain ``time``: its year, month and day (not itself)."""
    return [time[:n] for n in (4, 7, 10) if n < len(time)]


_NO_FITS: frozenset[str] = frozenset()


def _spans(timed: list[tuple]) -> dict[str, list[tuple]]:
    """The coarse times of a cumulative measure's figures (``_timed``: a year, a month, a day)
    that hold the times of its other figures, some of them surely ordered among themselves: a
    page that gives only the month ("2024-11") beside a count followed day by day
    (2024-11-05, 2024-11-18). Time -> the figures of the times it holds, in time order. A
    coarse time holding one time only, or times that cannot be ordered (a day and a time of
    it), spans no known course and is not listed (``_coarse_times``)."""
    coarse = _coarse_times([r[_ASOF] for r in timed if r[_ASOF] is not None])
    if not coarse:
        return {}
    dated = sorted((r for r in timed if r[_ASOF] is not None), key=lambda r: (r[_ASOF], r[_ID]))
    keys = [r[_ASOF] for r in dated]
    # the times a coarse time holds sort right after it, before it with "~" appended (above
    # every character of a time): each figure is held by at most its year, month and day
    return {t: dated[bisect_right(keys, t) : bisect_left(keys, t + "~")] for t in coarse}


_FIT_WORK = 1 << 16  # figures of a coarse time x figures inside it, placed one by one


def _fitting(timed: list[tuple], spans: dict[str, list[tuple]], falls: bool) -> frozenset[str]:
    """The ids of the figures dated by a coarse time of ``spans`` that fit the course of the
    other claimants' figures inside it: there is a place between two of their times where
    no earlier figure lies materially above it and no later one materially below it (any
    place, with ``falls`` False: a count of the moment may rise and fall). Such a figure
    could be true at some time of its month, so it is not set against the figures of the
    days inside it, which would fold a count whose order is known into one dispute "of
    unknown order"; one that fits nowhere is compared with them as before, and so is every
    figure of a coarse time whose figures times those inside it exceed ``_FIT_WORK`` on a
    cumulative measure (placed one by one, they would cost their product)."""
    out: set[str] = set()
    at: dict[str, int] = {}  # coarse time -> its figures
    for r in timed:
        t = r[_ASOF]
        if t is not None and t in spans:
            at[t] = at.get(t, 0) + 1
    for r in timed:
        t = r[_ASOF]
        inner = spans.get(t) if t is not None else None
        if inner is None or (falls and at[t] * len(inner) > _FIT_WORK):
            continue  # too many to place one by one: compared with the days as before
        others = [e for e in inner if e[_KEY] != r[_KEY]]
        if not falls or _fits(r, others):
            out.add(r[_ID])
    return frozenset(out)


def _undated_fitting(timed: list[tuple], falls: bool) -> frozenset[str]:
    """The ids of a cumulative measure's figures with no time at all (no as_of, said_on nor
    reported_on) that fit the course of the other claimants' dated figures (``_fits``): a
    running count's figure of no date may be of any moment, before the first count, between
    two or after the last, so one that fits somewhere is no dispute with them. Set against
    each dated figure, "more than 12,000" injured (a page with no date) made one dispute "of
    unknown order" of the whole course it is above, every update of the count a position of
    it. One that fits nowhere (the course falls around it) is compared as before, and so are
    all when their figures times the dated ones exceed ``_FIT_WORK`` on a cumulative measure.
    Figures of no time are still compared among themselves, as two figures whose order is not
    known (rule 9)."""
    undated = [r for r in timed if r[_ASOF] is None]
    if not undated or len(undated) == len(timed):
        return _NO_FITS
    dated = sorted((r for r in timed if r[_ASOF] is not None), key=lambda r: (r[_ASOF], r[_ID]))
    if falls and len(undated) * len(dated) > _FIT_WORK:
        return _NO_FITS
    out = set()
    for r in undated:
        if not falls or _fits(r, [e for e in dated if e[_KEY] != r[_KEY]]):
            out.add(r[_ID])
    return frozenset(out)


def _set_aside(timed: list[tuple], placed: frozenset[str]) -> tuple[str, ...]:
    """The ids of the figures of ``placed`` (``_undated_fitting``) that lie beyond the dated
    course of the other claimants, and so are not compared with it: apart from (or at odds by
    one tolerance with) its figure of the highest low, above it, or its figure of the lowest
    high, below it: a count higher than any dated one, or lower than the first. They would
    have been disputed and are now said once, so that no figure drops out of sight; one
    within the course is a value it passed through."""
    out = []
    for r in timed:
        if r[_ID] not in placed:
            continue
        dated = [e for e in timed if e[_ASOF] is not None and e[_KEY] != r[_KEY]]
        if dated and (
            _at_odds(r, max(dated, key=_low), 1.0) or _at_odds(min(dated, key=_high), r, 1.0)
        ):
            out.append(r[_ID])
    return tuple(sorted(out))


def _fits(r: tuple, inner: list[tuple]) -> bool:
    """Whether figure ``r`` can be placed between two times of ``inner`` (in time order) with
    no figure before it materially above it and none after it materially below it."""
    times: list[str] = []
    by_time: dict[str, list[tuple]] = {}
    for e in inner:
        if e[_ASOF] not in by_time:
            times.append(e[_ASOF])
        by_time.setdefault(e[_ASOF], []).append(e)
    n = len(times)
    above = [False] * (n + 1)  # above[k]: a figure of times[:k] lies materially above r
    for k in range(n):
        above[k + 1] = above[k] or any(_material(e, r, 1.0) for e in by_time[times[k]])
    below = False  # a figure of times[k:] lies materially below r
    for k in range(n, -1, -1):
        if k < n:
            below = below or any(_material(r, e, 1.0) for e in by_time[times[k]])
        if not above[k] and not below:
            return True
    return False


def _over_time(
    recs: list[tuple], min_gap: float, falls: bool = True, fits: frozenset[str] = _NO_FITS
) -> list[tuple]:
    """The records of a cumulative measure (``_timed``) that disagree with another claimant's:
    a later figure materially below an earlier one, or two figures materially apart whose
    times cannot be ordered (the same time, a month against a day in it, either undated). A
    rise over time is never a disagreement; one claimant's own figures are judged as
    revisions (ordered) or left as updates whose order is not known. ``falls`` False: a fall
    over time is no disagreement either (a count of the moment, ``_count_of_the_moment``)."""
    hit: dict[str, tuple] = {}

    def apart(a: tuple, b: tuple) -> bool:  # apart, or at odds by one tolerance (rule 6)
        return _at_odds(a, b, min_gap) or _at_odds(b, a, min_gap)

    undated = [r for r in recs if r[_ASOF] is None]
    dated = sorted([r for r in recs if r[_ASOF] is not None], key=lambda r: (r[_ASOF], r[_ID]))
    for i, u in enumerate(undated):
        # a figure of no time that fits the dated course (``_undated_fitting``) is set against
        # the other figures of no time only
        others = undated[i + 1 :] if u[_ID] in fits else (*undated[i + 1 :], *dated)
        for r in others:
            if r[_KEY] != u[_KEY] and apart(u, r):
                hit[u[_ID]] = u
                hit[r[_ID]] = r
    for r in _falls(dated, min_gap) if falls else ():  # a later figure materially below
        hit[r[_ID]] = r
    at: dict[str, list[tuple]] = {}  # time -> the records seen at it
    for r in dated:
        time = r[_ASOF]
        for t in (*_prefixes(time), time):  # not orderable: a rise is a disagreement too
            for e in at.get(t, ()):
                if t != time and e[_ID] in fits:
                    continue  # a coarse figure that fits the course inside its time
                if (e[_KEY] != r[_KEY] or _one_moment(e, r)) and (
                    _at_odds(r, e, min_gap) or _at_odds(e, r, min_gap)
                ):  # apart, or at odds by one tolerance (rule 6), either way
                    hit[e[_ID]] = e
                    hit[r[_ID]] = r
        at.setdefault(time, []).append(r)
    return list(hit.values())


def _one_moment(a: tuple, b: tuple) -> bool:
    """Whether two figures of one claimant are of one moment (the same time of day: a
    bulletin closed at 20:00) from two sources: they cannot both be that count, so they
    disagree as two claimants' would (two reports of it, one of them a misreport, or a
    correction), never its update. Figures of one day with no time of day may be two updates
    of it; two of one article are one statement in two wordings (rule 4)."""
    t = a[_ASOF]
    return (
        t is not None and len(t) > 10 and t == b[_ASOF] and (a[_SRC] is None or a[_SRC] != b[_SRC])
    )


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


def _rereported(recs: list[tuple]) -> tuple[list[tuple], set[str]]:
    """A cumulative measure's records, each figure dated only by a later publication (no
    as_of, no said_on) that repeats a figure its claimant gave at an earlier time read as
    that statement reported again: it takes the earliest such time (its as_of, else said_on,
    else reported_on). A recap ("The Ministry of Health in Gaza reported that 471 people were
    killed", printed five weeks later) is no new count of its publication day: dated by it,
    it read as a fall from another claimant's figure of the weeks between. The same figure is
    the same widened interval; the same claimant, aliases folded (the record's key). Also
    returns the ids of the records so read: they take no part in revisions, where the
    statement they repeat stands for them (a revision never dates a recap by another's day)."""
    late = False
    for r in recs:
        if r[_ASOF] is None and r[_SAID] is None and r[_REPORTED] is not None:
            late = True
            break
    if not late:
        return recs, set()
    # (claimant, low, high) -> the times it was given, earliest first
    given: dict[tuple, list[tuple[str, tuple]]] = {}
    for r in recs:
        time = r[_ASOF] or r[_SAID] or r[_REPORTED]
        if time is not None:
            given.setdefault((r[_KEY], r[_LOW], r[_HIGH]), []).append((time, r))
    out = []
    again: set[str] = set()
    for r in recs:
        if r[_ASOF] is None and r[_SAID] is None and r[_REPORTED] is not None:
            times = given[(r[_KEY], r[_LOW], r[_HIGH])]
            if len(times) > 1:
                first = min(
                    (item for item in times if _before(item[0], r[_REPORTED])),
                    default=None,
                    key=lambda item: (item[0], item[1][_ID]),
                )
                if first is not None:
                    e = first[1]
                    again.add(r[_ID])
                    if e[_ASOF] is not None:
                        r = (*r[:_ASOF], e[_ASOF], *r[_ASOF + 1 :])
                    else:
                        r = (*r[:_SAID], first[0], *r[_SAID + 1 :])
        out.append(r)
    return out, again


def _cumulative_measure(
    measure: str, dimension: str, recs: list[tuple], ctx: _Ctx, falls: bool = True
) -> None:
    """A cumulative measure's disputes, changes over time and reversals, each figure at its
    time (as_of, else said_on, else reported_on). ``falls`` False for a count of the moment,
    which may fall as well as rise: only figures whose times cannot be ordered disagree."""
    timed = _timed(recs)
    spans = _spans(timed)
    fits = _fitting(timed, spans, falls) if spans else _NO_FITS
    placed = _undated_fitting(timed, falls)
    if placed:
        fits = fits | placed
        unplaced = _set_aside(timed, placed)
        if unplaced:
            ctx.undated.append((measure, unplaced))
    involved = _over_time(timed, 1.0, falls, fits)  # immaterial ones make a minor difference
    parts = _disagreements(involved, timed, falls, fits, spans)
    for part in parts:
        times = {r[_ASOF] for r in part}
        as_of = times.pop() if len(times) == 1 else None
        n_conflicts, n_minor = len(ctx.figure_conflicts), len(ctx.minor)
        _figure_conflict(measure, dimension, as_of, part, ctx)
        # only a finding filed pays for reading its times
        if len(ctx.figure_conflicts) > n_conflicts:
            c = ctx.figure_conflicts[-1]
            if as_of is None:
                c = _positions_over_time(c, part, ctx, falls, fits)
            ctx.figure_conflicts[-1] = _timed_conflict(c, part, ctx, None, falls)
        elif len(ctx.minor) > n_minor:
            minor = ctx.minor[-1]
            assert isinstance(minor, FigureConflict)
            ctx.minor[-1] = _timed_conflict(minor, part, ctx, 1.0, falls)
    dated: dict[str, list[tuple]] = {}
    for r in timed:
        if r[_ASOF] is not None:
            dated.setdefault(r[_ASOF], []).append(r)
    points = _points(dated)
    if len(dated) > 1 or (len(points) > 1 and not parts):
        ctx.changes.append(Change(measure, points, dimension))
    # A claimant's own figures are never a reversal here: in time order a fall is a revision
    # and a rise a change; out of order (one day, or undated) an update whose order is not
    # known, shown as points of one time.


_PAIRWISE = 256  # above this many records in disagreement, one finding holds them all


def _positions_over_time(
    c: FigureConflict, part: list[tuple], ctx: _Ctx, falls: bool, fits: frozenset[str]
) -> FigureConflict:
    """A cumulative measure's dispute across times with its positions laid out by what
    disagrees at its times: neighbouring positions (the sweep's, by value) join while no
    claim of the next one is at odds with a claim of the run (``_at_odds_then``: a later
    figure materially below an earlier one, the same claimant's included, or two figures of
    times that cannot be ordered apart), so that a count that rose is one position, not
    several "corroborated positions" that disagree. Before (time19), the Haiti earthquake's
    official toll, 111,481 on 23 January 2010, 150,000 on the 24th, 212,000 and 230,000 in
    February, stood in four positions of one dispute with the USAID report's 46,000 to 85,000
    of May 2011, their gaps (1.4x, 1.4x ...) a rise read as disagreement. Gaps are the
    least ratio of the claims at odds across each boundary (bounds, else cores); the spread,
    as for any dispute, the extreme positions' bounds, never less than a gap. Above
    ``_PAIRWISE`` records, swept by value as before."""
    if len(part) > _PAIRWISE:
        return c  # the pairs would cost too much: swept by value, as before
    by_id = {r[_ID]: r for r in part}
    groups = [sorted([by_id[i] for i in p.claims if i in by_id]) for p in c.positions]
    if any(not g for g in groups):
        return c  # a position of echoes alone (not expected): left as swept
    min_gap = ctx.min_gap
    floor = min_gap - _EPS
    runs: list[list[tuple]] = [groups[0]]
    ratios: list[float] = []
    moved = False
    for g in islice(groups, 1, None):
        run = runs[-1]
        down = _fallen(g, run, min_gap, fits) if falls and len(g) > 1 else []
        if down:
            moved = True
            runs[-1] = run = sorted(run + down)
            g = [u for u in g if u not in down]
            if not g:
                continue
        least: float | None = None
        for u in g:
            for low in run:
                if _at_odds_then(u, low, min_gap, falls, fits):
                    ratio = _raw_ratio(u[_LOW], low[_HIGH])
                    if ratio < floor:
                        ratio = _raw_ratio(u[_CLO], low[_CHI])
                    if least is None or ratio < least:
                        least = ratio
        if least is None:
            runs[-1] = sorted(run + g)
        else:
            runs.append(g)
            ratios.append(least)
    if (len(runs) == len(groups) and not moved) or len(runs) < 2:
        return c  # nothing joined, or (not expected) nothing at odds at its times
    positions = tuple(_positions(runs, ctx))
    high_bottom = positions[0].high
    spread = _raw_ratio(positions[-1].low, _INF if high_bottom is None else high_bottom)
    for ratio in ratios:
        if ratio > spread:
            spread = ratio
    return FigureConflict(
        c.measure,
        c.as_of,
        _shown_ratio(spread),
        positions,
        tuple([_shown_ratio(r) for r in ratios]),
        c.dimension,
        later=c.later,
    )


def _fallen(g: list[tuple], run: list[tuple], min_gap: float, fits: frozenset[str]) -> list[tuple]:
    """The records of position ``g`` of a running count that lie below another of ``g`` of an
    earlier time (any gap: the two cannot both be true, however close) and are at odds with
    none of ``run``, the positions below joined: they stand with the run, where the count
    they belong to rose (time25: the cabinet's 190 of 30 August 2020 stood with the
    governor's "more than 200" of 10 August as one "corroborated" position, against the
    ministry's 171 of the 11th, when it was the count risen from that 171)."""
    return [
        u
        for u in g
        if any(_fell_below(u, v) for v in g)
        and not any(_at_odds_then(u, low, min_gap, True, fits) for low in run)
    ]


def _fell_below(u: tuple, v: tuple) -> bool:
    """Whether record ``u`` of a cumulative measure is of a time surely after ``v``'s and lies
    wholly below it (widened by their rounding): the two cannot both be true, however small
    the gap."""
    tu, tv = u[_ASOF], v[_ASOF]
    return tu is not None and tv is not None and _before(tv, tu) and _material(v, u, 1.0)


def _at_odds_then(a: tuple, b: tuple, min_gap: float, falls: bool, fits: frozenset[str]) -> bool:
    """Whether two records of a cumulative measure cannot both be true at their times, at
    ``min_gap``: the later materially below the earlier (whoever said them: a claimant's own
    fall is its revision), or, their times not ordered, two claimants' figures (or one's of
    one moment) apart (``_disagree``)."""
    if not _disagree(a, b, falls, fits):
        return False
    ta, tb = a[_ASOF], b[_ASOF]
    if ta is not None and tb is not None:
        if _before(ta, tb):
            return _material(a, b, min_gap)
        if _before(tb, ta):
            return _material(b, a, min_gap)
    if a[_KEY] == b[_KEY] and not _one_moment(a, b):
        return False  # its own update of one time
    return _at_odds(a, b, min_gap) or _at_odds(b, a, min_gap)


def _disagree(a: tuple, b: tuple, falls: bool = True, fits: frozenset[str] = _NO_FITS) -> bool:
    """Whether two records of a cumulative measure, of different claimants, disagree: their
    times cannot be ordered and they are apart, or the later lies wholly below the earlier
    (any gap: materiality is judged on the finding; not with ``falls`` False). A coarse
    figure that fits the course of the figures inside its time (``_fitting``) disagrees with
    none of them."""
    ta, tb = a[_ASOF], b[_ASOF]
    if (ta is None and tb is not None and a[_ID] in fits) or (
        tb is None and ta is not None and b[_ID] in fits
    ):
        return False  # a figure of no time that fits the dated course (_undated_fitting)
    if ta is not None and tb is not None:
        if _before(ta, tb):
            return falls and _material(a, b, 1.0)
        if _before(tb, ta):
            return falls and _material(b, a, 1.0)
        if ta != tb and (
            (a[_ID] in fits and tb.startswith(ta)) or (b[_ID] in fits and ta.startswith(tb))
        ):
            return False
    return _at_odds(a, b, 1.0) or _at_odds(b, a, 1.0)  # apart, or at odds by one tolerance


def _disagreements(
    involved: list[tuple],
    timed: list[tuple],
    falls: bool = True,
    fits: frozenset[str] = _NO_FITS,
    spans: dict[str, list[tuple]] | None = None,
) -> list[list[tuple]]:
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

    own: dict[str, list[tuple]] = {}  # claimant -> its dated records, read at the first fall
    mine: dict[str, list[tuple]] = {}  # the same, read at the first pair of unknown order
    for i in range(n):
        a = involved[i]
        for j in range(i + 1, n):
            b = involved[j]
            if (
                (a[_KEY] != b[_KEY] or _one_moment(a, b))
                and root(i) != root(j)
                and _disagree(a, b, falls, fits)
                and not _own_revision_relayed(a, b, own, timed, falls)
                and not _update_passed_on(a, b, mine, timed)
            ):
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
            if not _held(t, times, spans) and not any(
                _before(t, u) or _before(u, t) for u in times if u is not None
            ):  # a day of a month whose course is known is not of the month's finding
                g.append(r)
                shown.add(r[_ID])
                times.add(t)  # the figures shown stay of one time among themselves too
    return parts


def _held(t: str, times: set[str | None], spans: dict[str, list[tuple]] | None) -> bool:
    """Whether time ``t`` lies inside one of ``times`` that holds a known course (``spans``)."""
    if not spans:
        return False
    return any(u is not None and u != t and t.startswith(u) and u in spans for u in times)


def _own_revision_relayed(
    a: tuple, b: tuple, own: dict[str, list[tuple]], timed: list[tuple], falls: bool = True
) -> bool:
    """Whether the fall between two claimants' dated figures ``a`` and ``b`` (the earlier in
    time materially above the later) is the later one's claimant revising its own count: it
    had itself given, at a time surely before, a figure whose stated interval meets the
    earlier one and lies materially above its later one. The other claimant's earlier figure
    is then that count as it stood (a newspaper's "the official death toll remains at 115"
    before the police lowered their 115 to 97), not a dispute with its revision, which is
    the claimant's own revision finding. Nothing else is excused: a later figure whose
    claimant never gave the earlier count still disputes it. ``own`` (claimant -> its dated
    records of ``timed``) is filled at the first fall asked about. Never with ``falls`` False
    (a count of the moment, where a fall is no disagreement)."""
    ta, tb = a[_ASOF], b[_ASOF]
    if not falls or ta is None or tb is None:
        return False
    if _before(ta, tb):
        early, late = a, b
    elif _before(tb, ta):
        early, late = b, a
    else:
        return False
    if not _material(early, late, 1.0):
        return False
    if not own:
        for r in timed:
            if r[_ASOF] is not None:
                own.setdefault(r[_KEY], []).append(r)
    t_late = late[_ASOF]
    mine = own.get(late[_KEY], ())
    for f in mine:
        if (
            _before(f[_ASOF], t_late)
            and not _above(f[_CLO], early[_CHI])  # the cores meet (touching, as _above
            and not _above(early[_CLO], f[_CHI])  # reads it: in any unit)
            and _material(f, late, 1.0)
            and not _moved_off(f, early, mine)
            and not _stated_on_one_date(f, late)
        ):
            return True
    return False


def _stated_on_one_date(f: tuple, g: tuple) -> bool:
    """Whether two records were stated on one date (said_on, else reported_on, the same):
    the higher of them is then no count as it stood before the other, whose fall from it is
    of unknown order, not surely its claimant's revision (time23: a government's 1,427 more
    deaths by December and its certified 64 of one day, beside a study's interval)."""
    said = f[_SAID] or f[_REPORTED]
    return said is not None and said == (g[_SAID] or g[_REPORTED])


def _update_passed_on(a: tuple, b: tuple, mine: dict[str, list[tuple]], timed: list[tuple]) -> bool:
    """Whether two claimants' figures ``a`` and ``b`` apart, whose times cannot be ordered (one
    day, or a day and a time of it), are one claimant's own update and its count passed on:
    one of them (``x``, of claimant K) stands beside another figure of K (``f``) whose time
    cannot be ordered against either, and the other claimant's figure allows what ``f`` says
    (its core lies in the other's interval). K's figures of that time are its update, whose
    order is not known (no finding); the other figure is K's other count of it, not a
    dispute with ``x``: Global News Reel's "more than 1,000" injured of 9 September 2023 (the
    Morocco earthquake) against the interior ministry's 329 of that morning, when the
    ministry's own 1,832 of that day is more than 1,000. Another claimant's figure that says
    what K never said that day ("4,000" beside K's 1,900 and "more than 2,600") still
    disputes it, and so do two figures of one moment (the same time of day). ``mine``
    (claimant -> its dated records of ``timed``) is filled at the first pair asked about."""
    ta, tb = a[_ASOF], b[_ASOF]
    if ta is None or tb is None or _before(ta, tb) or _before(tb, ta):
        return False
    if ta == tb and len(ta) > 10:
        return False  # one moment: they cannot both be its count
    if not mine:
        for r in timed:
            if r[_ASOF] is not None:
                mine.setdefault(r[_KEY], []).append(r)
    for x, other in ((a, b), (b, a)):
        t_x, t_o = x[_ASOF], other[_ASOF]
        for f in mine.get(x[_KEY], ()):
            t_f = f[_ASOF]
            if (
                f is not x
                and not _above(other[_LOW], f[_CLO])  # f's core in the other's interval,
                and not _above(f[_CHI], other[_HIGH])  # touching as _above reads it
                and not (_before(t_f, t_x) or _before(t_x, t_f))
                and not (_before(t_f, t_o) or _before(t_o, t_f))
            ):
                return True
    return False


def _moved_off(f: tuple, early: tuple, mine: Sequence[tuple]) -> bool:
    """Whether a claimant had moved off its count ``f`` before ``early`` was said: one of its
    figures ``mine`` surely after ``f`` and surely before ``early`` does not meet ``early``.
    ``early`` is then not its count as it stood (a paper's 130 three days after the police
    lowered their 130 to 115: audit14), and its fall to the claimant's later figure is a
    disagreement like any other."""
    t_f, t_early = f[_ASOF], early[_ASOF]
    for g in mine:
        t_g = g[_ASOF]
        if (
            _before(t_f, t_g)
            and _before(t_g, t_early)
            and (_above(g[_CLO], early[_CHI]) or _above(early[_CLO], g[_CHI]))
        ):
            return True
    return False


def _timed_conflict(
    c: FigureConflict,
    recs: list[tuple],
    ctx: _Ctx,
    min_gap: float | None = None,
    falls: bool = True,
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
            if (a[_KEY] == b[_KEY] and not _one_moment(a, b)) or _unordered(a[_ASOF], b[_ASOF]):
                continue
            if a[_ASOF] == b[_ASOF]:  # one moment: apart (or at odds, rule 6) either way
                ordered = _at_odds(a, b, gap) or _at_odds(b, a, gap)
            else:  # the earlier one above the later: a fall
                early, late = (a, b) if _before(a[_ASOF], b[_ASOF]) else (b, a)
                ordered = falls and _material(early, late, gap)
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
    return replace(c, times_ordered=ordered, times=times, updates=updates)


def _own_updates(
    c: FigureConflict, recs: list[tuple], names: _Names
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The claimants with figures in two positions of ``c`` whose times cannot be ordered and
    that cannot both be true (disjoint, widened by their rounding, as positions are): (display
    name, the ids of those figures), by name. Figures that meet are no update: the police's
    "about 80" of June and its 79 of that month stood in two positions only because the
    inquiry's 72 narrowed the first, and read "its own update" (the Grenfell Tower fire)."""
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
                if (
                    where.get(a[_ID]) != where.get(b[_ID])
                    and _unordered(a[_ASOF], b[_ASOF])
                    and (_above(a[_LOW], b[_HIGH]) or _above(b[_LOW], a[_HIGH]))
                ):
                    ids.update((a[_ID], b[_ID]))
        if ids:
            out.append((names.shown[key], tuple(sorted(ids))))
    out.sort(key=lambda u: _name_order(u[0]))
    return tuple(out)


def _stated_apart(recs: list[tuple], ctx: _Ctx, start: int) -> None:
    """Flag the money disputes of a measure not marked cumulative, filed from ``start`` on,
    whose figures give no as_of and whose claims at odds across positions were all stated
    (said_on, else reported_on) in different years: the amount may have changed between the
    statements (a fine cut on appeal, a budget of another year, a sum converted at another
    year's rate), and with no as_of they are compared as figures of one moment. A rebuttal
    within the year ("This is wrong, it's more like £250 million", three days after the
    claim) stays a dispute as it was. The dispute keeps
    its positions and reads "order not known", its ``times`` the statements' dates ("said
    2018-07-18"), so that ``time_note`` asks for each figure's --as-of. Before (time17),
    Google's Android fine read "Disputed figure: fine-android: spread 1.2x" for the
    Commission's $5.04 billion of 2018 against the court's $4.155 billion of 2022: the fine
    cut by 5% on appeal, each converted at its own year's rate. A figure with an as_of is
    flagged so only beside one with none stated in another year (two figures of one as_of
    are of one moment, whenever stated): before (time19), the Grenfell inquiry's £117m "by
    the end of March" 2021 against its £170 million given in 2023 with no as_of read
    "Disputed figure: cost-inquiry (as of 2021-03, 1 figure stated later with no as_of)",
    ranked and counted with the disputes, for spending that grew."""
    by_id = {r[_ID]: r for r in recs}
    gap = ctx.min_gap
    found = ctx.figure_conflicts
    for k in range(start, len(found)):
        c = found[k]
        if not c.times_ordered:
            continue
        groups = [[by_id[i] for i in p.claims if i in by_id] for p in c.positions]
        if sum(map(len, groups)) > _STATED_PAIRS:
            continue
        dates: set[str] = set()
        apart = True
        for i, lower in enumerate(groups):
            for upper in islice(groups, i + 1, None):
                for a in lower:
                    for b in upper:
                        if not (_at_odds(b, a, gap) or _at_odds(a, b, gap)):
                            continue
                        sa: str | None = a[_SAID] or a[_REPORTED]
                        sb: str | None = b[_SAID] or b[_REPORTED]
                        if not (
                            sa
                            and sb
                            and sa[:4] != sb[:4]
                            and (a[_ASOF] is None or b[_ASOF] is None)
                        ):
                            apart = False
                        else:
                            dates.update((sa, sb))
        if apart and dates:
            found[k] = replace(
                c, times_ordered=False, times=tuple([f"said {d}" for d in sorted(dates)])
            )


_STATED_PAIRS = 64  # above this many claims in a money dispute, it is not looked at again


def stated_dates(times: Sequence[str | None]) -> list[str] | None:
    """The dates a dispute's figures were stated when ``times`` are ``_stated_apart``'s
    ("said 2018-07-18": money of different years with no as_of), else None (as_of times)."""
    if times and all(t is not None and t.startswith("said ") for t in times):
        return [t[5:] for t in times if t is not None]
    return None


def time_note(c: FigureConflict, moment: bool = False) -> str:
    """What a dispute on a cumulative measure whose figures' times cannot be ordered says
    ("" when they can): "all of 2017-09-20 without a time of day: on a running count a rise
    during the day reads as a dispute; give --as-of with a time, e.g. 2017-09-20T08:00, to
    order them". ``moment``: the measure is read as a count of the moment
    (``_count_of_the_moment``: people missing, in hospital), which may rise or fall, and the
    note says so ("on a count of the moment a rise or a fall during the month")."""
    if c.times_ordered:
        return ""
    count, change = (
        ("a count of the moment", "a rise or a fall") if moment else ("a running count", "a rise")
    )
    dated = [t for t in c.times if t is not None]
    said = stated_dates(c.times)
    if said:  # _stated_apart
        shown = ", ".join(said)
        which = (
            f"the figures at odds, of {c.as_of} and with no as_of,"
            if c.as_of
            else "no figure gives an as_of, and the figures at odds"
        )
        return (
            f"{which} were stated in different years "
            f"({shown}): the amount may have changed between them (a fine cut on appeal, a "
            "budget revised, a sum converted at another rate), which with no as_of reads as "
            "a dispute; give each figure its --as-of to compare them"
        )
    if len(dated) == 1 and len(c.times) == 1:
        (t,) = dated
        span, unit, example = {
            4: ("a month", "year", f"{t}-06"),
            7: ("a day", "month", f"{t}-15"),
        }.get(len(t), ("a time of day", "day", f"{t[:10]}T08:00"))
        return (
            f"all of {t} without {span}: on {count} {change} during the {unit} reads as "
            f"a dispute; give --as-of with {span}, e.g. {example}, to order them"
        )
    shown = ", ".join(t or "undated" for t in c.times)
    return (
        f"times that cannot be ordered ({shown}): on {count} {change} between them "
        "reads as a dispute; give each figure its --as-of to order them"
    )


def own_line(c: FigureConflict, d: OwnDisagreement, told: bool = False) -> str:
    """What a dispute says of a claimant standing in two of its positions whose own figures
    disagree (``FigureConflict.own``): "Police stands in positions 1 and 3: its own figures
    for 2024-05-02 disagree (two reports of it, or a revision)". ``told``: the dispute is
    told as the claimant's reversal, which shows no positions ("its own figures ...")."""
    of = f" for {c.as_of}" if c.as_of and d.why != "later" else ""
    if d.why == "later":  # one of them may describe a later moment (rule 2)
        why = f"figures of {c.as_of} and of a later moment, two reports of it, or a revision"
    elif d.why == "said-on":
        why = "two reports of it, or a revision: if one replaced the other, give each its --said-on"
    elif d.why == "rose":  # an unmarked running count's updates, if it is one (session 42)
        at = " and ".join(map(str, d.positions))
        where = "" if told else f"{d.claimant} stands in positions {at}: "
        return (
            f"{where}its own figures rise with the days they were said, a running count's"
            " updates if it is one (then mark it cumulative), not a dispute with itself"
        )
    elif d.why == "unordered":  # no reversal filed: the order is not known (time30)
        why = "two reports of it, or a revision: order not known"
    else:
        why = "two reports of it, or a revision"
    at = " and ".join(map(str, d.positions))
    where = "" if told else f"{d.claimant} stands in positions {at}: "
    return f"{where}its own figures{of} disagree ({why})"
