"""The contradiction engine: claims in, findings out.

A pure module (standard library only, cheap to import): it knows nothing of the
database, the CLI or the renderer. :func:`analyse` takes the claims of a subject
as :class:`Fact` tuples and returns a :class:`Report` of figure conflicts, stance
conflicts, reversals and changes over time, in a deterministic order that does
not depend on the order of the input.

Cost is O(n log n) in the number of claims: facts are bucketed by topic in one
pass, and each disputed measure is sorted once and swept (no pairwise loops).
The one exception is inherent to the output: an undated figure is compared with
every dated group of its measure (rule 2), so it is listed in each dated
conflict it takes part in, and the work is O(n log n + size of the output).

The rules are documented in ``docs/conflicts.md``.
"""

from __future__ import annotations

import gc
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal, NamedTuple

__all__ = [
    "Change",
    "Fact",
    "FigureConflict",
    "FigurePosition",
    "Report",
    "Reversal",
    "StanceConflict",
    "StancePosition",
    "analyse",
    "claimant_key",
    "report_to_json",
    "summary_line",
]

Number = int | float
_INF = float("inf")
_NEG_INF = float("-inf")


class Fact(NamedTuple):
    """One claim, as the engine sees it (the store builds these from SQL rows)."""

    id: str
    claimant: str  # display name as entered
    kind: str  # "figure" | "stance"
    topic: str  # measure slug (figure) or proposition slug (stance)
    low: int | float | None  # figure interval; never None for figures
    high: int | float | None  # None = no upper bound (figures)
    stance: str | None  # "affirms" | "denies" (stances)
    as_of: str | None  # ISO date the figure describes ("YYYY", "YYYY-MM", "YYYY-MM-DD")
    said_on: str | None  # ISO date the statement was made
    status: str = "active"  # "active" | "retracted"


@dataclass(frozen=True, slots=True)
class FigurePosition:
    """Claims on a measure whose intervals share a common value."""

    low: Number  # min of the lows
    high: Number | None  # max of the highs; None if any claim is unbounded
    claims: tuple[str, ...]  # sorted ids
    claimants: tuple[str, ...]  # display names, one per claimant, sorted case-insensitively


@dataclass(frozen=True, slots=True)
class FigureConflict:
    measure: str
    as_of: str | None
    severity: float | None  # largest gap ratio, 1 decimal; None = infinite
    positions: tuple[FigurePosition, ...]  # ordered by low, then high
    gaps: tuple[float | None, ...]  # one ratio per neighbouring pair of positions


@dataclass(frozen=True, slots=True)
class StancePosition:
    stance: str  # "affirms" | "denies"
    claims: tuple[str, ...]
    claimants: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class StanceConflict:
    proposition: str
    positions: tuple[StancePosition, StancePosition]  # affirms, denies


@dataclass(frozen=True, slots=True)
class Reversal:
    """A claimant whose own claims on one topic contradict each other."""

    claimant: str
    topic_kind: Literal["proposition", "measure"]
    topic: str
    claims: tuple[str, ...]  # in date order (said_on; undated last; ties by id)


@dataclass(frozen=True, slots=True)
class Change:
    """How the figures on a measure move across the moments they describe."""

    measure: str
    points: tuple[
        tuple[str, Number, Number | None, tuple[str, ...]], ...
    ]  # (as_of, low, high, ids)


Conflict = FigureConflict | StanceConflict | Reversal


@dataclass(frozen=True, slots=True)
class Report:
    conflicts: tuple[Conflict, ...]  # most severe first (see docs/conflicts.md)
    changes: tuple[Change, ...]  # ordered by measure
    n_claims: int = 0  # active facts considered
    n_claimants: int = 0  # distinct claimant keys among them

    @property
    def n_figure_conflicts(self) -> int:
        return sum(1 for c in self.conflicts if isinstance(c, FigureConflict))

    @property
    def n_stance_conflicts(self) -> int:
        return sum(1 for c in self.conflicts if isinstance(c, StanceConflict))

    @property
    def n_reversals(self) -> int:
        return sum(1 for c in self.conflicts if isinstance(c, Reversal))


# ---------------------------------------------------------------------------
# Claimant names

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


# ---------------------------------------------------------------------------
# Figures
#
# A figure record is a plain tuple, cheap to build and to sort:
#   (low, high, id, claimant_key, as_of, said_on)   with high = +inf when unbounded.
_LOW, _HIGH, _ID, _KEY, _ASOF, _SAID = range(6)


def _bounds(recs: list[tuple]) -> tuple[Number, Number]:
    """(max low, min high) of a set of records: a disjoint pair exists iff max low > min high."""
    return max([r[_LOW] for r in recs]), min([r[_HIGH] for r in recs])


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
    for i in range(1, len(recs)):
        r = recs[i]
        if r[_LOW] > common_high:
            out.append((cur, cur[-1][_LOW], common_high))
            cur = [r]
            common_high = r[_HIGH]
        else:
            cur.append(r)
            if r[_HIGH] < common_high:
                common_high = r[_HIGH]
    out.append((cur, cur[-1][_LOW], common_high))
    return out


def _ratio(next_common_low: Number, prev_common_high: Number) -> float | None:
    """Gap between neighbouring positions; None (infinite) when the lower side is <= 0."""
    if prev_common_high <= 0:
        return None
    return round(next_common_low / prev_common_high, 1)


class _Names:
    """Display names of claimants, fixed once all facts are read.

    Each claimant key is shown by the smallest display name seen for it; ranks
    give the case-insensitive display order, so a list of claimants is sorted as
    small integers.
    """

    __slots__ = ("by_rank", "rank", "shown")

    def __init__(self, shown: dict[str, str]) -> None:
        self.shown = shown
        self.by_rank = sorted(shown.values(), key=_name_order)
        rank_of_name = {name: i for i, name in enumerate(self.by_rank)}
        self.rank = {key: rank_of_name[name] for key, name in shown.items()}

    def claimants(self, keys: Iterable[str]) -> tuple[str, ...]:
        rank = self.rank
        by_rank = self.by_rank
        return tuple([by_rank[i] for i in sorted({rank[k] for k in keys})])


def _position(members: list[tuple], names: _Names) -> FigurePosition:
    if len(members) == 1:  # the common case: a claim standing alone
        m = members[0]
        high = m[_HIGH]
        return FigurePosition(
            m[_LOW], None if high == _INF else high, (m[_ID],), (names.shown[m[_KEY]],)
        )
    high = max([m[_HIGH] for m in members])
    return FigurePosition(
        members[0][_LOW],
        None if high == _INF else high,
        tuple(sorted([m[_ID] for m in members])),
        names.claimants([m[_KEY] for m in members]),
    )


def _figure_conflict(
    measure: str, as_of: str | None, recs: list[tuple], names: _Names
) -> FigureConflict | None:
    recs.sort()
    raw = _sweep(recs)
    if len(raw) < 2:
        return None
    gaps = tuple(_ratio(raw[i][1], raw[i - 1][2]) for i in range(1, len(raw)))
    severity = None if None in gaps else max(gaps)  # type: ignore[type-var]
    positions = tuple([_position(members, names) for members, _, _ in raw])
    return FigureConflict(measure, as_of, severity, positions, gaps)


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
    return d_maxlow > g_minhigh or d_minhigh < g_maxlow


def _measure(
    measure: str,
    recs: list[tuple],
    names: _Names,
    conflicts: list[FigureConflict],
    changes: list[Change],
) -> bool:
    """Add the conflicts and changes of one measure; True if any two of its figures are disjoint."""
    maxlow, minhigh = _bounds(recs)
    disjoint = maxlow > minhigh
    undated, dated = _split_dates(recs)

    if len(dated) <= 1:
        # One group. It is labelled with the date when a dated claim takes part in
        # the disagreement, and None when only undated claims disagree.
        if not disjoint:
            return False
        as_of = None
        if dated:
            ((date, d_recs),) = dated.items()
            if not undated or _involves(d_recs, _bounds(undated)):
                as_of = date
        c = _figure_conflict(measure, as_of, list(recs), names)
        if c is not None:
            conflicts.append(c)
        return True

    # Two or more moments: one group per date (its claims plus the undated ones),
    # reported only if a dated claim takes part in a disagreement; the undated
    # claims among themselves form one more group, reported once with as_of None.
    u_bounds = _bounds(undated) if undated else (_NEG_INF, _INF)
    if disjoint:
        undated.sort()
        if u_bounds[0] > u_bounds[1]:
            c = _figure_conflict(measure, None, list(undated), names)
            if c is not None:
                conflicts.append(c)
    points = []
    for date in sorted(dated):
        d_recs = dated[date]
        if disjoint and _involves(d_recs, u_bounds):
            c = _figure_conflict(measure, date, undated + d_recs, names)
            if c is not None:
                conflicts.append(c)
        high = max([r[_HIGH] for r in d_recs])
        points.append(
            (
                date,
                min([r[_LOW] for r in d_recs]),
                None if high == _INF else high,
                tuple(sorted([r[_ID] for r in d_recs])),
            )
        )
    changes.append(Change(measure, tuple(points)))
    return disjoint


def _date_order(said_on: str | None, id_: str) -> tuple[bool, str, str]:
    return (said_on is None, said_on or "", id_)


def _figure_reversal(recs: list[tuple]) -> list[tuple]:
    """One claimant's figures on a measure that disagree with another of their own figures.

    Uses the as_of gating of rule 2: a dated figure is compared with the claimant's
    figures of the same date and their undated figures; an undated figure with all
    of their figures.
    """
    maxlow, minhigh = _bounds(recs)
    if maxlow <= minhigh:
        return []
    undated, dated = _split_dates(recs)
    if not dated:
        return [r for r in recs if r[_LOW] > minhigh or r[_HIGH] < maxlow]
    u_maxlow, u_minhigh = _bounds(undated) if undated else (_NEG_INF, _INF)
    involved = [r for r in undated if r[_LOW] > minhigh or r[_HIGH] < maxlow]
    for d_recs in dated.values():
        d_maxlow, d_minhigh = _bounds(d_recs)
        g_maxlow = max(d_maxlow, u_maxlow)
        g_minhigh = min(d_minhigh, u_minhigh)
        if g_maxlow > g_minhigh:
            involved.extend(r for r in d_recs if r[_LOW] > g_minhigh or r[_HIGH] < g_maxlow)
    return involved


# ---------------------------------------------------------------------------
# Analysis


def analyse(facts: Iterable[Fact]) -> Report:
    """Find the conflicts, reversals and changes over time among ``facts``.

    The result does not depend on the order of ``facts``. The cyclic garbage
    collector is paused while the (acyclic) working set is built: with a million
    claims its repeated full scans would otherwise dominate the run time.
    """
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _analyse(facts)
    finally:
        if gc_was_enabled:
            gc.enable()


def _analyse(facts: Iterable[Fact]) -> Report:
    keys: dict[str, str] = {}  # display name -> claimant key
    shown: dict[str, str] = {}  # claimant key -> smallest display name seen
    figures: dict[str, list[tuple]] = {}  # measure -> figure records
    stances: dict[str, tuple[list[tuple], list[tuple]]] = {}  # proposition -> (affirms, denies)
    n_claims = 0

    for id_, claimant, kind, topic, low, high, stance, as_of, said_on, status in facts:
        if status == "retracted":
            continue
        key = keys.get(claimant)
        if key is None:
            key = keys[claimant] = claimant_key(claimant)
            name = shown.get(key)
            if name is None or claimant < name:
                shown[key] = claimant
        n_claims += 1
        if kind == "figure":
            if low is None:
                continue
            if high is None:
                high = _INF
            elif high < low:
                low, high = high, low
            rec = (low, high, id_, key, as_of or None, said_on or None)
            lst = figures.get(topic)
            if lst is None:
                figures[topic] = [rec]
            else:
                lst.append(rec)
        elif kind == "stance":
            if stance == "affirms":
                side = 0
            elif stance == "denies":
                side = 1
            else:
                continue
            pair = stances.get(topic)
            if pair is None:
                pair = stances[topic] = ([], [])
            pair[side].append((id_, key, said_on or None))

    names = _Names(shown)
    figure_conflicts: list[FigureConflict] = []
    stance_conflicts: list[StanceConflict] = []
    reversals: list[Reversal] = []
    changes: list[Change] = []

    for measure, recs in figures.items():
        if len(recs) < 2:
            continue
        if not _measure(measure, recs, names, figure_conflicts, changes):
            continue  # no two figures on the measure disagree: no claimant reverses either
        by_key: dict[str, list[tuple]] = {}
        for r in recs:
            lst = by_key.get(r[_KEY])
            if lst is None:
                by_key[r[_KEY]] = [r]
            else:
                lst.append(r)
        if len(by_key) == len(recs):
            continue
        for key, own in by_key.items():
            if len(own) < 2:
                continue
            involved = _figure_reversal(own)
            if involved:
                involved.sort(key=lambda r: _date_order(r[_SAID], r[_ID]))
                ids = tuple([r[_ID] for r in involved])
                reversals.append(Reversal(shown[key], "measure", measure, ids))

    for proposition, (affirms, denies) in stances.items():
        if not affirms or not denies:
            continue
        stance_conflicts.append(
            StanceConflict(
                proposition,
                (
                    StancePosition(
                        "affirms",
                        tuple(sorted([r[0] for r in affirms])),
                        names.claimants([r[1] for r in affirms]),
                    ),
                    StancePosition(
                        "denies",
                        tuple(sorted([r[0] for r in denies])),
                        names.claimants([r[1] for r in denies]),
                    ),
                ),
            )
        )
        both = {r[1] for r in affirms}.intersection([r[1] for r in denies])
        if both:
            own_claims: dict[str, list[tuple]] = {key: [] for key in both}
            for r in (*affirms, *denies):
                if r[1] in both:
                    own_claims[r[1]].append(r)
            for key, own in own_claims.items():
                own.sort(key=lambda r: _date_order(r[2], r[0]))
                ids = tuple([r[0] for r in own])
                reversals.append(Reversal(shown[key], "proposition", proposition, ids))

    figure_conflicts.sort(
        key=lambda c: (
            c.severity is not None,
            -(c.severity or 0.0),
            c.measure,
            c.as_of is not None,
            c.as_of or "",
        )
    )
    stance_conflicts.sort(
        key=lambda c: (-(len(c.positions[0].claims) + len(c.positions[1].claims)), c.proposition)
    )
    reversals.sort(key=lambda r: (names.rank[claimant_key(r.claimant)], r.topic, r.topic_kind))
    changes.sort(key=lambda c: c.measure)
    return Report(
        conflicts=(*figure_conflicts, *stance_conflicts, *reversals),
        changes=tuple(changes),
        n_claims=n_claims,
        n_claimants=len(shown),
    )


# ---------------------------------------------------------------------------
# Output


def _num(x: Number | None) -> Number | None:
    """Whole numbers as ints (24, not 24.0); other numbers unchanged."""
    if isinstance(x, float) and x.is_integer():
        return int(x)
    return x


def _conflict_json(c: Conflict) -> dict:
    if isinstance(c, FigureConflict):
        return {
            "kind": "figure",
            "measure": c.measure,
            "as_of": c.as_of,
            "severity": _num(c.severity),
            "positions": [
                {
                    "low": _num(p.low),
                    "high": _num(p.high),
                    "claims": list(p.claims),
                    "claimants": list(p.claimants),
                }
                for p in c.positions
            ],
        }
    if isinstance(c, StanceConflict):
        return {
            "kind": "stance",
            "proposition": c.proposition,
            "positions": [
                {"stance": p.stance, "claims": list(p.claims), "claimants": list(p.claimants)}
                for p in c.positions
            ],
        }
    return {
        "kind": "reversal",
        "claimant": c.claimant,
        c.topic_kind: c.topic,
        "claims": list(c.claims),
    }


def report_to_json(subject: str, report: Report) -> dict:
    """The JSON contract read by other tools (see docs/conflicts.md)."""
    return {
        "subject": subject,
        "conflicts": [_conflict_json(c) for c in report.conflicts],
        "changes": [
            {
                "measure": ch.measure,
                "points": [
                    {"as_of": as_of, "low": _num(low), "high": _num(high), "claims": list(ids)}
                    for as_of, low, high, ids in ch.points
                ],
            }
            for ch in report.changes
        ],
        "summary": {
            "figures": report.n_figure_conflicts,
            "propositions": report.n_stance_conflicts,
            "reversals": report.n_reversals,
            "claimants": report.n_claimants,
            "claims": report.n_claims,
        },
    }


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def summary_line(report: Report) -> str:
    """One line for humans, e.g. "3 disputed figures, 1 reversal across 12 claimants"."""
    parts = [
        _plural(n, word)
        for n, word in (
            (report.n_figure_conflicts, "disputed figure"),
            (report.n_stance_conflicts, "disputed proposition"),
            (report.n_reversals, "reversal"),
        )
        if n
    ]
    claimants = _plural(report.n_claimants, "claimant")
    if not parts:
        return f"No conflicts among {_plural(report.n_claims, 'claim')} from {claimants}"
    return f"{', '.join(parts)} across {claimants}"
