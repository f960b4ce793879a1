"""Reversals: a claimant who changed stance on a proposition or figure on a measure, including
the checks on one claimant's own figures (``_own_clashes``, ``_own_stated``).
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice
from typing import Any, Final, Literal

from claimtrack.conflicts.core import (
    _ASOF,
    _CHI,
    _CLO,
    _HEDGES,
    _HIGH,
    _ID,
    _KEY,
    _LOW,
    _SRC,
    _above,
    _Apart,
    _before,
    _bounds,
    _core_spread,
    _forecasts_apart,
    _may_describe,
    _Names,
    _outside,
    _raw_ratio,
    _source,
    _stated_before,
    _statement,
    _statements,
)
from claimtrack.conflicts.figures import _split_dates
from claimtrack.conflicts.model import _EPS, _INF, _NEG_INF, Fact, Number, Reversal


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
    """A reversal from (id, said_on, reported_on, as_of) tuples, put in statement order
    (``_reorder`` then looks again at one whose statements cannot all be ordered).

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
    later, later_than = _stated_later(order) if kind == "measure" else ((), None)
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
        later=later,
        later_than=later_than,
    )


def _stated_later(order: list[tuple]) -> tuple[tuple[str, ...], str | None]:
    """The claims of a reversal on a measure (``order``: its sorted tuples, as ``_reversal``
    makes them) that give no as_of and were stated surely after the latest as_of its claims
    give, and that as_of: they may describe a later moment, and the reversal a change over
    time (rule 2). ((), None) when none is."""
    last = max([o[5] for o in order if o[5]], default=None)
    if last is None:
        return (), None
    later = tuple([o[2] for o in order if not o[5] and o[1] and _before(last, o[1])])
    return (later, last) if later else ((), None)


def _reorder(found: list[Reversal], facts: list[Fact]) -> list[Reversal]:
    """``found`` with each reversal whose statements cannot all be ordered (all dated) looked
    at again by its changes of position (``_changes_ordered``): statements repeating a position
    need not be ordered among themselves (a position said twice on one day, then changed on a
    later day, is a reversal whose order is known). One pass over ``facts`` picks the
    positions of their claims, only when there is such a reversal."""
    todo = [k for k, r in enumerate(found) if not r.ordered and r.dates[-1][0] is not None]
    if not todo:
        return found
    found = _after_relayed(found, todo, facts)
    todo = [k for k in todo if not found[k].ordered]
    if not todo:
        return found
    needed = {cid for k in todo for cid in found[k].claims}
    position = {
        f[0]: (f.low, f.high, f.rounding, f.dimension, f.stance) for f in facts if f[0] in needed
    }
    for k in todo:
        r = found[k]
        if _changes_ordered(r, position):
            found[k] = Reversal(
                r.claimant, r.topic_kind, r.topic, r.claims, r.dates, True, r.kind, r.since,
                r.disputes, r.voices, r.later, r.later_than,
            )  # fmt: skip
    return found


def _after_relayed(found: list[Reversal], todo: list[int], facts: list[Fact]) -> list[Reversal]:
    """``found`` with the reversals ``todo`` (their order not known) looked at again where a
    claim dated only by a later publication passes on another claim said on a known day: it
    was said on or after that day, not on any day from the moment its figure describes
    (time25: Hassan Diab's "only 500 tonnes", on a page of December 2020 about 4 August,
    passed on the FBI's estimate of 7 October, so it came after his "2,750 tonnes" of
    August; it read "order not known ... a misreport or a revision")."""
    relayed = {f.relays for k in todo for f in facts if f.relays and f.id in found[k].claims}
    if not relayed:
        return found
    said = {f.id: f.said_on for f in facts if f.id in relayed and f.said_on}
    relays = {f.id: said[f.relays] for f in facts if f.relays in said}
    out = list(found)
    for k in todo:
        r = out[k]
        since: list[str | None] = list(r.since) if r.since else [None] * len(r.claims)
        changed = False
        for n, cid in enumerate(r.claims):
            first = relays.get(cid)
            date, basis = r.dates[n]
            start = since[n] or date
            if first is None or basis != "reported_on" or date is None or start is None:
                continue
            if _before(start, first) and not _before(date, first):
                since[n] = first
                changed = True
        if changed and _in_order(r.dates, since):
            out[k] = Reversal(
                r.claimant, r.topic_kind, r.topic, r.claims, r.dates, True, r.kind, (),
                r.disputes, r.voices, r.later, r.later_than,
            )  # fmt: skip
    return out


def _in_order(dates: tuple[tuple[str | None, str | None], ...], since: list[str | None]) -> bool:
    """Whether each statement is surely before the next one's first day (``since``, else its
    date): ``_reversal``'s test, with the days a relay gives."""
    prev: str | None = None
    for (date, _), first in zip(dates, since, strict=True):
        if date is None:
            return False
        start = first or date
        if prev is not None and not _before(prev, start):
            return False
        prev = date
    return True


def _changes_ordered(r: Reversal, position: dict[str, tuple]) -> bool:
    """Whether every statement of ``r`` (all dated) is surely after each statement of the
    position before its own: a run of statements of one position (a figure's bounds, rounding
    and dimension; a stance's side) need not be ordered within itself."""
    current: tuple = ()
    run: list[str] = []  # the dates of the statements of the current position
    before: list[str] = []  # the dates of the statements of the position before it
    for k, cid in enumerate(r.claims):
        when = r.dates[k][0]
        if when is None:
            return False
        start = (r.since[k] if r.since else None) or when
        here = position[cid]
        if here != current:
            met = _within(current, here)
            if met is not None:  # figures that agree ("more than 690,000" and 693,665)
                current = met
            else:
                current = here
                before = run
                run = []
        for prev in before:
            if not (prev < start and not start.startswith(prev)):  # _before(prev, start)
                return False
        run.append(when)
    return True


def _within(current: tuple, here: tuple) -> tuple | None:
    """The figures' common interval when a figure position ``here`` meets the run's
    ``current`` one (same dimension, their stated intervals overlapping): statements of
    figures that agree are one position, whose order among themselves does not matter
    (rounding never widens them into agreement). None when they do not meet, or for stances."""
    if not current or current[0] is None or here[0] is None or current[3] != here[3]:
        return None
    low = max(current[0], here[0])
    high = (
        here[1]
        if current[1] is None
        else current[1]
        if here[1] is None
        else min(current[1], here[1])
    )
    if high is not None and low > high:
        return None
    return (low, high, 0, here[3], here[4])


def reversal_heading(c: Reversal, with_note: bool = True, passed_on: bool = False) -> str:
    """ "Reversal: X changed position on proposition P", or for a walk-back "Walk-back: X
    took a position on proposition P, then said it cannot be said" ("passed on a position"
    when every firm claim of it relays another's: ``passed_on``, an outlet's correction);
    with the order note when the order is not known (``with_note``)."""
    if c.kind == "walk-back":
        took = "passed on" if passed_on else "took"
        head = (
            f"Walk-back: {c.claimant} {took} a position on {c.topic_kind} {c.topic}, "
            "then said it cannot be said"
        )
    else:
        head = f"Reversal: {c.claimant} changed position on {c.topic_kind} {c.topic}"
        if c.voices:  # a body's, through the voices the user gave it (claimant --of)
            head += f", through its voices {_and(c.voices)} (claimant --of)"
    note = order_note(c) if with_note else ""
    return f"{head} ({note})" if note else head


def _and(names: tuple[str, ...]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


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


class _Reversals:
    """Claims of a claimant on both sides of something, collected per (claimant key, topic
    kind, topic) as (id, said_on, reported_on), then made into Reversal findings."""

    def __init__(self) -> None:
        self.claims: dict[_ReversalKey, set[tuple]] = {}
        self.minor: dict[_ReversalKey, set[tuple]] = {}
        self.walk_backs: dict[_ReversalKey, set[tuple]] = {}
        # a body's voices on both sides of a proposition (`claimant --of`): key (the body's
        # key, "proposition", the proposition) -> (its voices' claims, their claimant keys)
        self.bodies: dict[_ReversalKey, tuple[set[tuple], set[str]]] = {}

    @staticmethod
    def found(
        names: _Names,
        claims: dict[_ReversalKey, set[tuple]],
        kind: Literal["reversal", "walk-back"] = "reversal",
        facts: list[Fact] | None = None,
    ) -> list[Reversal]:
        """The reversals of ``claims``, each ordered by its changes of position when
        ``facts`` (the active facts) are given (``_reorder``)."""
        if not claims:
            return []
        rank = names.rank
        order = sorted(claims, key=lambda c: (rank[c[0]], c[2], c[1]))  # claimant, topic, kind
        found = [_reversal(names, *c, claims[c], kind) for c in order]
        return found if facts is None else _reorder(found, facts)


def unordered_figures(names: _Names, rev: _Reversals, facts: list[Fact]) -> set[_ReversalKey]:
    """The keys of ``rev.claims`` whose figures, one claimant's on a measure, are not ordered
    in time (no change of position surely after the one before it): two reports of one
    figure (two outlets' copies of one release, rounded differently, or one outlet's months
    swapped), or a revision, which the dates cannot tell apart. No reversal is filed for them:
    "changed position" would say what the tool cannot know (time30); the dispute they stand in
    says it instead ("its own figures disagree (two reports of it, or a revision: order not
    known)"). Stances, and figures ordered in time, are reversals as before."""
    keys = [k for k in rev.claims if k[1] == "measure"]
    if not keys:
        return set()
    found = _reorder([_reversal(names, *k, rev.claims[k]) for k in keys], facts)
    return {k for k, r in zip(keys, found, strict=True) if not r.ordered}


def body_reversals(
    names: _Names, rev: _Reversals, shown: dict[str, str], facts: list[Fact]
) -> list[Reversal]:
    """The reversals of bodies (``rev.bodies``; ``shown``: a body's key -> its name as the user
    gave it): a body whose voices took one side of a proposition and then, surely later, the
    other, is a body that changed its account, told with the voices it rests on (a government
    that said a man left its consulate alive, through its consulate and its crown prince, and
    then, through its prosecutor, that he died inside). Voices of one body on both sides whose
    order is not known are no change of account (they may be two voices that disagree), and a
    body of one voice is that claimant's own reversal, found with the others."""
    if not rev.bodies:
        return []
    own = _Names(shown)
    found: list[tuple[Reversal, tuple[str, ...]]] = []
    for key in sorted(rev.bodies, key=lambda k: (shown[k[0]].casefold(), k[2])):
        claims, keys = rev.bodies[key]
        if len(keys) > 1:
            found.append((_reversal(own, *key, claims), names.claimants(keys)))
    ordered = _reorder([r for r, _ in found], facts)
    out = []
    for r, (_, voices) in zip(ordered, found, strict=True):
        if r.ordered:
            out.append(
                Reversal(
                    r.claimant,
                    r.topic_kind,
                    r.topic,
                    r.claims,
                    r.dates,
                    r.ordered,
                    r.kind,
                    r.since,
                    r.disputes,
                    voices,
                    r.later,
                    r.later_than,
                )
            )
    return out


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
    for key, whole in by_key.items():
        for own in _apart_from_outturns(whole):
            if len(own) < 2:
                continue
            _own_reversal(key, own, measure, min_gap, floor, rev)


def _own_reversal(
    key: str, own: list[tuple], measure: str, min_gap: float, floor: float, rev: _Reversals
) -> None:
    """``_figure_reversals`` for one claimant's figures that are compared together."""
    maxlow, minhigh = _bounds(own)
    if not _above(maxlow, minhigh):
        return  # all of the claimant's figures share a value: no reversal, not even minor
    involved: list[tuple] | None = None
    if _own_early(own):  # a figure stated before a moment of the claimant's: rule 2
        _own_stated(own, key, measure, min_gap, rev)
        return
    # two figures of one article are one statement in two wordings: every pair is looked
    # at, and those of one source are never a reversal
    pairwise = len(own) <= 8 or any(map(_source, own))
    spread = _core_spread(own)
    if spread >= floor and _HEDGES.middles and _raw_ratio(maxlow, minhigh) < floor:
        # apart by cores alone: a narrow range's core is its ends (rule 6)
        own = _HEDGES.as_said(own)
        spread = _core_spread(own)
    if spread >= floor:  # else no two of them can be materially apart
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


def _apart_from_outturns(own: list[tuple]) -> list[list[tuple]]:
    """A claimant's figures in the groups compared for a reversal: its forecasts (figures of a
    moment stated surely before it) apart from the rest. A forecast and the outturn that
    replaced it are no reversal, as a 5.5% forecast for October and the office's 4.6% for it
    once October is over (rule 2); nor a forecast and a figure with no as_of, which is not
    logged as a forecast (its moment's outturn, a later moment's figure, or one unknown:
    time26); two forecasts of one moment (one revised) and two outturns still are."""
    rest, forecasts = _forecasts_apart(own)
    if not forecasts or not rest:
        return [own]
    return [forecasts, rest]


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
    stated = _statements(undated)
    for date, d_recs in dated.items():
        group = d_recs + _may_describe(stated, date)  # with the undated that may describe it
        if len(group) > 1:
            groups.append((group, len(d_recs)))
    # a group with no two figures disjoint holds nothing at any gap (its bounds, looked at once)
    groups = [(group, lead) for group, lead in groups if _above(*_bounds(group))]
    for gap, target in ((min_gap, rev.claims), (1.0, rev.minor if min_gap > 1 else rev.claims)):
        involved: dict[str, tuple] = {}  # by id (a figure's id names its record)
        for group, lead in groups:
            if len(group) <= _PAIRS or any(map(_source, group)):
                for r in _own_clashes(group, gap, lead) or ():
                    involved[r[_ID]] = r
            else:
                _apart_own(group, lead, gap, involved)
        if involved:
            bucket = target.setdefault((key, "measure", measure), set())
            bucket.update(map(_statement, involved.values()))
            return


def _apart_own(group: list[tuple], lead: int, gap: float, involved: dict[str, tuple]) -> None:
    """``_own_clashes(group, gap, lead)`` for many figures with no source, into ``involved``
    (by id): the first ``lead`` figures against the whole group, the others (whose pairs among
    themselves are looked at elsewhere) against those first ones only; a figure already in
    ``involved`` is not looked at again."""
    n = len(group)
    head = group if lead >= n else group[:lead]
    todo = [r for r in head if r[_ID] not in involved]
    if todo:
        _find_apart(todo, group, gap, involved)
    if lead < n:
        rest = [r for r in islice(group, lead, None) if r[_ID] not in involved]
        if rest:
            _find_apart(rest, head, gap, involved)


def _find_apart(
    recs: list[tuple], others: list[tuple], gap: float, involved: dict[str, tuple]
) -> None:
    """Into ``involved``: the records of ``recs`` materially apart (``_material`` at ``gap``)
    from some record of ``others``, above or below it.

    Most are decided in O(1) each by the two extremes of ``others``: the one with the lowest
    core high among those with an upper bound (only they can lie wholly below a figure) and
    the one with the highest core low. A record apart from one of them is found; a record whose
    cores are not ``gap`` apart even from those two, with positive cores, is apart from none
    (of positive cores, the ratio only falls as the lower core rises or the upper one falls).
    Only the rest are looked up in ``others`` sorted (``_Apart``)."""
    floor = gap - _EPS
    lowest: tuple | None = None  # the lowest core high among records with an upper bound
    highest: tuple | None = None  # the highest core low
    for o in others:
        if o[_HIGH] != _INF and (lowest is None or o[_CHI] < lowest[_CHI]):
            lowest = o
        if highest is None or o[_CLO] > highest[_CLO]:
            highest = o
    # _material(r, lowest) and _material(highest, r), inlined (the hot loop): the top a low
    # must pass to lie above ``lowest`` (_above), and the extremes' cores
    l_top: Any = None
    l_chi: Any = None
    h_low: Any = None
    h_clo: Any = None
    if lowest is not None:
        l_top = lowest[_HIGH] + abs(lowest[_HIGH]) * _EPS
        l_chi = lowest[_CHI]
    if highest is not None:
        h_low, h_clo = highest[_LOW], highest[_CLO]
    undecided: list[tuple] = []
    for r in recs:
        c_low, c_high = r[_CLO], r[_CHI]
        if l_top is not None:
            ratio = c_low / l_chi if l_chi > 0 else _raw_ratio(c_low, l_chi)
            if r[_LOW] > l_top and ratio >= floor:
                involved[r[_ID]] = r
                continue
            below = l_chi > 0 and ratio < floor  # no record of others gap below r
        else:
            below = True
        if h_low is not None:
            high = r[_HIGH]
            ratio = h_clo / c_high if c_high > 0 else _raw_ratio(h_clo, c_high)
            if h_low > high + abs(high) * _EPS and ratio >= floor:
                involved[r[_ID]] = r
                continue
            above = c_high > 0 and ratio < floor  # none gap above r
        else:
            above = True
        if not (below and above):
            undecided.append(r)
    if undecided:
        apart = _Apart(others, gap)
        for r in undecided:
            if apart.__call__(r):
                involved[r[_ID]] = r


# Up to this many figures of one claimant on a measure, every pair is looked at for a reversal;
# beyond, the figures are decided by the extremes, then sorted (_find_apart). Measured on the
# 200k benchmark's big subject (branch speed9): 16 against 64 takes 19 M instructions off its
# analysis pure and 9 M compiled; conflicts --all the same within noise (60-63 figures took 51 us
# pair by pair against 104 us sorted before _find_apart).
_PAIRS: Final = 16


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
