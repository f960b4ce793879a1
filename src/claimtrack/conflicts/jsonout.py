"""The JSON contract of a report: :func:`report_to_json`, the hand-written one-line encoder
:func:`report_json_line`, and :func:`summary_line` / :func:`finding_ids`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from json import dumps as _dumps
from typing import Any, Final, NamedTuple

from claimtrack.conflicts.model import (
    Change,
    Conflict,
    FigureConflict,
    Report,
    Reversal,
    Revision,
    StanceConflict,
    SumFinding,
)
from claimtrack.conflicts.timing import either_name, stated_dates
from claimtrack.fields import tidy as _tidy

# The version of the contract of `conflicts --json` (docs/exports.md, "The version of the
# conflicts JSON"): the first key of the document, ``{"format_version": 2, "subject": ...}``,
# and of ``--all``'s, ``{"format_version": 2, "subjects": [...], "checked": N}``. A document
# without the key is of version 1. Raised when a key changes meaning or shape, or goes; a key
# added where a reader may ignore it raises nothing (the docs' list of keys says it).
#   1  every output before outputs7: a position's ``relaying`` listed echoes alone, as
#      {"claim", "relays"}; a revision, sum or reversal listed none
#   2  every relay the terminal shows, as {"claim", "relays", "echo"}, under the ``relaying``
#      of its position (or side), or of its revision, sum or reversal (outputs7)
#   3  a figure dispute's ``measure`` may be a measure's changes that go one way ("crime
#      (rise)", "crime (fall)") and a disputed proposition or reversal may be a measure's
#      direction ("crime went up (as of 2025)"): names of no stored measure or proposition
#      (change1); hints ``change-without-period-not-compared`` (a key's new value)
#   4  ``hints`` said under a finding, first, with its number (from 1) in ``"finding"``:
#      ``each-figure-at-its-time``, ``compared-as-one-moment`` (with ``"dates"``), which the
#      terminal printed and the JSON left out (outputs9); a figure dispute's
#      ``own_disagreements`` (outputs12), a reversal's ``stated_later`` and ``later_than``
#      and the document's ``readings`` (outputs13) were added to it: caveats a reader may skip;
#      so were a figure dispute's ``revised_from`` and ``plan_stages`` (outputs14), what its
#      claims' quotes say, which the terminal printed and the JSON left out
FORMAT_VERSION = 4


def tidy(x: Any) -> Any:
    """A number of the report as JSON writes it: ``fields.tidy``, after the noise of binary
    arithmetic is taken off (15 significant digits, which every number typed in a record keeps
    exactly): a position converted from "5 million lb" is 2154563.7575 kg, not
    2154563.7575000003 (docs/exports.md, "Numbers in JSON")."""
    if type(x) is float and x - x == 0 and not x.is_integer():  # (a whole one has no noise)
        x = float(f"{x:.15g}")
    return _tidy(x)


# ---------------------------------------------------------------------------
# Output


Relays = dict[str, tuple[str, bool]]  # claim id -> (the claim it relays, an echo?)


def _relays(report: Report) -> Relays:
    """``Report.relays`` by claim id (empty when no claim relays another)."""
    return {c: (r, echo) for c, r, echo in report.relays} if report.relays else {}


def _relaying(
    claims: Sequence[str], echoes: tuple[tuple[str, str], ...], relays: Relays
) -> list[tuple[str, str, bool]]:
    """Each claim of ``claims`` that relays another: (id, the claim it relays, an echo?),
    in the order of ``claims``. ``echoes`` (a position's ``relaying``) stand in for a report
    made without ``relays``."""
    if not relays:
        return [(e, r, True) for e, r in echoes]
    found = []
    for c in claims:
        named = relays.get(c)
        if named is not None:
            found.append((c, named[0], named[1]))
    return found


Unquoted = dict[str, str]  # claim id -> "unchecked" | "paraphrase" (quotes31)


def _unquoted(c: Conflict, unquoted: Unquoted) -> list[tuple[str, str]]:
    """(claim id, state) of each claim a finding other than a figure dispute lists that is
    not in its quote (``Report.unquoted``), in the finding's order, each once (evidence17:
    the JSON said it of a figure dispute's claims alone, ``FigureConflict.not_in_quote``)."""
    if isinstance(c, StanceConflict):
        ids: Iterable[str] = (i for p in c.positions for i in p.claims)
    else:
        ids = c.claims  # type: ignore[union-attr]  # (not a figure dispute: the caller asks)
    return [(i, unquoted[i]) for i in dict.fromkeys(ids) if i in unquoted]


def _unquoted_line(c: Conflict, unquoted: Unquoted) -> str:
    """``_conflict_json``'s ``not_in_quote`` of a finding other than a figure dispute, as
    ``json.dumps`` writes it ("" for none)."""
    found = _unquoted(c, unquoted)
    if not found:
        return ""
    items = ", ".join(f'{{"claim": {_quote(i)}, "state": {_quote(st)}}}' for i, st in found)
    return f', "not_in_quote": [{items}]'


def _relaying_json(relaying: list[tuple[str, str, bool]]) -> list[dict[str, Any]]:
    return [{"claim": c, "relays": r, "echo": echo} for c, r, echo in relaying]


def _fall_json(r: Revision) -> dict[str, Any]:
    """A fall's claims (earlier, later), their claimants, dates and ratio: a revision's own
    keys after its kind, measure and dimension, and each of a dispute's ``falls``."""
    out: dict[str, Any] = {
        "claims": list(r.claims),
        "claimants": list(r.claimants),
        "dates": [{"date": d, "basis": b} for d, b in r.dates],
        "ratio": tidy(r.ratio),
    }
    if r.points is not None:  # a rate's, in percentage points (rule 6, "Rates")
        out["points"] = tidy(r.points)
    if r.together is not None:  # a claimant's own fall stated on one day (time23)
        out["ordered"] = False
        out["stated_together"] = r.together
    elif r.within is not None:  # a count reported later, within its own course (evidence14)
        out["ordered"] = False
        out["reported_within"] = list(r.within)
    return out


def _conflict_json(
    c: Conflict,
    relays: Relays | None = None,
    forecasts: Mapping[str, str] | None = None,
    unquoted: Unquoted | None = None,
) -> dict:
    out = _finding_json(c, relays or {})
    if not isinstance(c, FigureConflict | StanceConflict) and relays:
        found = _relaying(c.claims, (), relays)
        if found:
            out["relaying"] = _relaying_json(found)
    if forecasts and not isinstance(c, FigureConflict):
        ahead = _forecast_claims(c, forecasts)
        if ahead:
            out["forecast_claims"] = [{"claim": cid, "of": moment} for cid, moment in ahead]
    if unquoted and not isinstance(c, FigureConflict):  # a figure dispute says its own
        said = _unquoted(c, unquoted)
        if said:
            out["not_in_quote"] = [{"claim": cid, "state": st} for cid, st in said]
    return out


def _forecast_claims(c: Conflict, forecasts: Mapping[str, str]) -> list[tuple[str, str]]:
    """(claim id, the moment it forecasts) of the finding's claims that the engine read as
    forecasts (``Report.forecasts``), in the finding's order: a disputed proposition's or a
    reversal's on a measure's direction ("gdp went up (as of 2024)", whose claims are
    figures) may hold one beside figures of the moment. A figure dispute holds forecasts only
    as a dispute among them (``"forecasts": true``), so it is not asked (outputs15)."""
    if isinstance(c, StanceConflict):
        ids: Iterable[str] = (i for p in c.positions for i in p.claims)
    elif isinstance(c, FigureConflict):
        return []
    else:
        ids = c.claims
    return [(i, forecasts[i]) for i in dict.fromkeys(ids) if i in forecasts]


def _forecast_claims_line(c: Conflict, forecasts: Mapping[str, str] | None) -> str:
    """``_conflict_json``'s ``forecast_claims`` as ``json.dumps`` writes it ("" for none)."""
    ahead = _forecast_claims(c, forecasts) if forecasts else []
    if not ahead:
        return ""
    items = ", ".join(f'{{"claim": {_quote(i)}, "of": {_quote(m)}}}' for i, m in ahead)
    return f', "forecast_claims": [{items}]'


def _times_json(c: FigureConflict, out: dict[str, Any]) -> dict[str, Any]:
    """``out`` with the keys a figure conflict's times add (``_times_line`` as text), and its
    claimants' own figures that disagree (``own_disagreements``)."""
    if not c.times_ordered:
        out["times_ordered"] = False
        times, stated = _times(c)
        out["times"] = times
        if stated:
            out["times_of"] = "statements"
    if c.updates:
        out["updates"] = [{"claimant": n, "claims": list(ids)} for n, ids in c.updates]
    if c.later:
        out["stated_later"] = list(c.later)
    if c.falls:
        out["falls"] = [_fall_json(r) for r in c.falls]
    if c.own:
        out["own_disagreements"] = [
            {"claimant": d.claimant, "positions": list(d.positions), "why": d.why} for d in c.own
        ]
    if c.forecasts:  # every figure a forecast of its as_of (rule 2): forecasters who disagree
        out["forecasts"] = True
    if c.revised:
        out["revised_from"] = [{"claim": cid, "words": words} for cid, words in c.revised]
    if c.stages is not None:
        st = c.stages
        out["plan_stages"] = {"words": list(st.words), "from": st.first, "to": st.last}
    if c.not_in_quote:
        out["not_in_quote"] = [{"claim": cid, "state": st} for cid, st in c.not_in_quote]
    return out


def _told_json(c: FigureConflict) -> dict[str, Any]:
    """A dispute of one claimant told as its reversal (``Reversal.disputes``): the moment it
    was of, its spread, its claims (sorted) and what its times say (``_told_line`` as text)."""
    claims = sorted(i for p in c.positions for i in p.claims)
    return _times_json(c, {"as_of": c.as_of, "severity": tidy(c.severity), "claims": claims})


def _told_line(c: FigureConflict) -> str:
    claims = _texts(sorted(i for p in c.positions for i in p.claims))
    return (
        f'{{"as_of": {_text(c.as_of)}, "severity": {_number(c.severity)}, "claims": {claims}'
        f"{_times_line(c)}}}"
    )


def _finding_json(c: Conflict, relays: Relays) -> dict:
    if isinstance(c, FigureConflict):
        out: dict[str, Any] = {
            "kind": "figure",
            "measure": c.measure,
            "dimension": c.dimension,
            "as_of": c.as_of,
            "severity": tidy(c.severity),
            "gaps": [tidy(g) for g in c.gaps],
            **_points_json(c),
            "positions": [],
        }
        for p in c.positions:
            pos: dict[str, Any] = {
                "low": tidy(p.low),
                "high": tidy(p.high),
                "claims": list(p.claims),
                "claimants": list(p.claimants),
            }
            relaying = _relaying(p.claims, p.relaying, relays)
            if relaying:
                pos["relaying"] = _relaying_json(relaying)
            out["positions"].append(pos)
        return _times_json(c, out)
    if isinstance(c, StanceConflict):
        positions = []
        for sp in c.positions:
            spos: dict[str, Any] = {
                "stance": sp.stance,
                "claims": list(sp.claims),
                "claimants": list(sp.claimants),
            }
            relaying = _relaying(sp.claims, sp.relaying, relays)
            if relaying:
                spos["relaying"] = _relaying_json(relaying)
            positions.append(spos)
        return {"kind": "stance", "proposition": c.proposition, "positions": positions}
    if isinstance(c, Revision):
        if c.as_of is not None:  # a claimant's own estimate of one moment, replaced
            return {
                "kind": "revision",
                "measure": c.measure,
                "dimension": c.dimension,
                **_fall_json(c),
                "as_of": c.as_of,
                "direction": "up" if c.up else "down",
            }
        return {
            "kind": "revision",
            "measure": c.measure,
            "dimension": c.dimension,
            **_fall_json(c),
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
            **({"of_parts": c.of} if c.of else {}),
        }
    return {
        "kind": c.kind,
        "claimant": c.claimant,
        c.topic_kind: c.topic,
        "claims": list(c.claims),
        "dates": [{"date": d, "basis": b} for d, b in c.dates],
        "ordered": c.ordered,
        **({"since": list(c.since)} if c.since else {}),
        **({"disputes": [_told_json(d) for d in c.disputes]} if c.disputes else {}),
        **({"voices": list(c.voices)} if c.voices else {}),
        **({"stated_later": list(c.later), "later_than": c.later_than} if c.later else {}),
    }


def report_to_json(
    subject: str, report: Report, finding_hints: Sequence[Mapping[str, Any]] = ()
) -> dict:
    """The JSON contract read by other tools (see docs/conflicts.md). ``finding_hints``: the
    hints said under its findings, which need the claims' dates (``hints.json_hints``)."""
    relays = _relays(report)
    ahead = dict(report.forecasts)
    unquoted = dict(report.unquoted)
    return {
        "subject": subject,
        "min_gap": tidy(report.min_gap),
        "conflicts": [_conflict_json(c, relays, ahead, unquoted) for c in report.conflicts],
        "minor": [_conflict_json(c, relays, ahead, unquoted) for c in report.minor],
        "incomparable": [
            {
                "measure": i.measure,
                "groups": [{"dimension": d, "claims": list(ids)} for d, ids in i.groups],
            }
            for i in report.incomparable
        ],
        "checks": [_conflict_json(c, relays, ahead, unquoted) for c in report.checks],
        "changes": [
            {
                "measure": ch.measure,
                "dimension": ch.dimension,
                "points": [
                    {"as_of": as_of, "low": tidy(low), "high": tidy(high), "claims": list(ids)}
                    for as_of, low, high, ids in ch.points
                ],
                **(
                    {
                        "forecasts": [
                            {
                                "as_of": p.as_of,
                                "low": tidy(p.low),
                                "high": tidy(p.high),
                                "claims": list(p.claims),
                                "stated": p.stated or None,
                                "stated_as": p.basis,
                            }
                            for p in ch.forecasts
                        ]
                    }
                    if ch.forecasts
                    else {}
                ),
            }
            for ch in report.changes
        ],
        "hints": hints_json(report, finding_hints),
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
    y = x if x.is_integer() else float(f"{x:.15g}")  # as ``tidy`` above: no float noise
    text = int.__repr__(int(y)) if y.is_integer() else float.__repr__(y)
    if len(_FLOATS) >= 1 << 16:
        _FLOATS.clear()
    _FLOATS[x] = text
    return text


def _relaying_line(relaying: list[tuple[str, str, bool]]) -> str:
    """``_relaying_json``'s key as ``json.dumps`` writes it ("" when nothing relays)."""
    if not relaying:
        return ""
    return (
        ', "relaying": ['
        + ", ".join(
            [
                f'{{"claim": {_text(c)}, "relays": {_text(r)}, "echo": '
                f"{'true' if echo else 'false'}}}"
                for c, r, echo in relaying
            ]
        )
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
    c: FigureConflict,
    note: Note = _NO_NOTE,
    known: dict[int, str] | None = None,
    relays: Relays | None = None,
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
            if p.relaying or relays:
                line += _relaying_line(_relaying(p.claims, p.relaying, relays or {}))
            if known is not None:
                known[id(p)] = line
        positions.append(line + after[i] + "}" if after else line + "}")
    return (
        f'{{"kind": "figure", "measure": {_quote(c.measure)}, '
        f'"dimension": {_quote(c.dimension)}, "as_of": {_text(c.as_of)}, '
        f'"severity": {_number(c.severity)}, '
        f'"gaps": [{", ".join([_number(g) for g in c.gaps])}], {_points_line(c)}'
        f'"positions": [{", ".join(positions)}]{_times_line(c)}{note[1]}}}'
    )


def _points_json(c: FigureConflict) -> dict[str, Any]:
    """A rate's dispute in percentage points (rule 6, "Rates"): ``points`` and ``point_gaps``
    after its ratios; nothing for any other measure."""
    if c.points is None:
        return {}
    return {"points": tidy(c.points), "point_gaps": [tidy(g) for g in c.point_gaps]}


def _points_line(c: FigureConflict) -> str:
    """``_points_json(c)`` as ``json.dumps`` writes it, with its separator after it."""
    if c.points is None:
        return ""
    return (
        f'"points": {_number(c.points)}, '
        f'"point_gaps": [{", ".join([_number(g) for g in c.point_gaps])}], '
    )


def _fall_fields(r: Revision) -> str:
    """The keys ``_fall_json(r)`` gives, as ``json.dumps`` writes them (no braces)."""
    return (
        f'"claims": {_texts(r.claims)}, "claimants": {_names_text(r.claimants)}, '
        f'"dates": {_dates_line(r.dates)}, "ratio": {_number(r.ratio)}'
        + ("" if r.points is None else f', "points": {_number(r.points)}')
        + (
            ""
            if r.together is None
            else f', "ordered": false, "stated_together": {_quote(r.together)}'
        )
        + (
            ""
            if r.together is not None or r.within is None
            else f', "ordered": false, "reported_within": {_texts(r.within)}'
        )
    )


def _times(c: FigureConflict) -> tuple[list[str | None], bool]:
    """A conflict's times as JSON gives them: dates as written, and whether they are the
    dates its figures were stated (``said_on``, else ``reported_on``: a money dispute of
    different years with no ``as_of``) rather than their ``as_of``."""
    said = stated_dates(c.times)
    if said:
        return list[str | None](said), True
    return list(c.times), False


def _forecasts_line(ch: Change) -> str:
    """A change's ``"forecasts"`` key as the line writer gives it: the forecasts of its
    moments, beside its points and never among them (rule 2)."""
    return (
        ', "forecasts": ['
        + ", ".join(
            [
                f'{{"as_of": {_text(p.as_of)}, "low": {_number(p.low)}, '
                f'"high": {_number(p.high)}, "claims": {_texts(p.claims)}, '
                f'"stated": {_text(p.stated or None)}, "stated_as": {_text(p.basis)}}}'
                for p in ch.forecasts
            ]
        )
        + "]"
    )


def _times_line(c: FigureConflict) -> str:
    """The keys ``_conflict_json`` adds to a figure conflict whose times say something, or
    whose claimants' own figures disagree (``_times_json``)."""
    if (
        c.times_ordered
        and not c.updates
        and not c.later
        and not c.falls
        and not c.own
        and not c.forecasts
        and not c.revised
        and c.stages is None
        and not c.not_in_quote
    ):
        return ""
    out = ""
    if not c.times_ordered:
        times, stated = _times(c)
        out = f', "times_ordered": false, "times": [{", ".join(map(_text, times))}]'
        if stated:
            out += ', "times_of": "statements"'
    if c.updates:
        updates = ", ".join(
            [f'{{"claimant": {_quote(n)}, "claims": {_texts(ids)}}}' for n, ids in c.updates]
        )
        out += f', "updates": [{updates}]'
    if c.later:
        out += f', "stated_later": {_texts(c.later)}'
    if c.falls:
        falls = ", ".join([f"{{{_fall_fields(r)}}}" for r in c.falls])
        out += f', "falls": [{falls}]'
    if c.own:
        own = ", ".join(
            [
                f'{{"claimant": {_quote(d.claimant)}, '
                f'"positions": [{", ".join(map(str, d.positions))}], "why": "{d.why}"}}'
                for d in c.own
            ]
        )
        out += f', "own_disagreements": [{own}]'
    if c.forecasts:
        out += ', "forecasts": true'
    if c.revised:
        revised = ", ".join(
            [f'{{"claim": {_quote(cid)}, "words": {_quote(w)}}}' for cid, w in c.revised]
        )
        out += f', "revised_from": [{revised}]'
    if c.stages is not None:
        st = c.stages
        out += (
            f', "plan_stages": {{"words": {_texts(st.words)}, "from": {_quote(st.first)}, '
            f'"to": {_quote(st.last)}}}'
        )
    if c.not_in_quote:
        unquoted = ", ".join(
            [f'{{"claim": {_quote(cid)}, "state": {_quote(st)}}}' for cid, st in c.not_in_quote]
        )
        out += f', "not_in_quote": [{unquoted}]'
    return out


_MIXED = ', "mixed": true'
_OF = '"of_parts": '


def _difference_line(c: SumFinding) -> str:
    if c.direction is None or c.by is None:
        return "null"
    return (
        f'{{"kind": {_quote(c.direction)}, "low": {_number(c.by[0])}, "high": {_number(c.by[1])}}}'
    )


def _conflict_line(
    c: Conflict,
    note: Note = _NO_NOTE,
    known: dict[int, str] | None = None,
    relays: Relays | None = None,
    forecasts: Mapping[str, str] | None = None,
    unquoted: Unquoted | None = None,
) -> str:
    """The text of ``_conflict_json(c, relays, forecasts, unquoted)`` as ``json.dumps``
    writes it (with ``note``; ``known`` as for ``_figure_line``)."""
    if isinstance(c, FigureConflict):
        return _figure_line(c, note, known, relays)
    end = note[1]
    if unquoted:
        end = _unquoted_line(c, unquoted) + end
    if forecasts:
        end = _forecast_claims_line(c, forecasts) + end
    if relays and not isinstance(c, StanceConflict):  # a finding's own claims that relay
        end = _relaying_line(_relaying(c.claims, (), relays)) + end
    if isinstance(c, StanceConflict):
        positions = []
        after = note[0]
        for i, sp in enumerate(c.positions):
            line = (
                f'{{"stance": {_quote(sp.stance)}, "claims": {_texts(sp.claims)}, '
                f'"claimants": {_names_text(sp.claimants)}'
            )
            if sp.relaying or relays:
                line += _relaying_line(_relaying(sp.claims, sp.relaying, relays or {}))
            positions.append(line + after[i] + "}" if after else line + "}")
        return (
            f'{{"kind": "stance", "proposition": {_quote(c.proposition)}, '
            f'"positions": [{", ".join(positions)}]{end}}}'
        )
    if isinstance(c, Revision):
        return (
            f'{{"kind": "revision", "measure": {_quote(c.measure)}, '
            f'"dimension": {_quote(c.dimension)}, {_fall_fields(c)}'
            + (
                ""
                if c.as_of is None
                else f', "as_of": {_quote(c.as_of)}, "direction": "{"up" if c.up else "down"}"'
            )
            + f"{end}}}"
        )
    if isinstance(c, SumFinding):
        return (
            f'{{"kind": "sum", "total": {_quote(c.total)}, "parts": {_texts(c.parts)}, '
            f'"dimension": {_quote(c.dimension)}, "claims": {_texts(c.claims)}, '
            f'"low": {_number(c.low)}, "high": {_number(c.high)}, '
            f'"claimant": {_quote(c.claimant)}, "total_claimant": {_quote(c.total_claimant)}, '
            f'"as_of": {_text(c.as_of)}, "gap": {_number(c.gap)}, '
            f'"difference": {_difference_line(c)}{_MIXED if c.mixed else ""}'
            f"{f', {_OF}{c.of}' if c.of else ''}{end}}}"
        )
    return (
        f'{{"kind": {_quote(c.kind)}, "claimant": {_quote(c.claimant)}, '
        f'{_quote(c.topic_kind)}: {_quote(c.topic)}, "claims": {_texts(c.claims)}, '
        f'"dates": {_dates_line(c.dates)}, "ordered": {"true" if c.ordered else "false"}'
        f"{_since_line(c.since)}{_disputes_line(c.disputes)}"
        f"{f', {_VOICES}{_names_text(c.voices)}' if c.voices else ''}"
        f"{_later_line(c) if c.later else ''}{end}}}"
    )


def _later_line(c: Reversal) -> str:
    """A reversal's figures that may describe a later moment (``Reversal.later``), as
    ``report_to_json`` writes them."""
    return f', "stated_later": {_texts(c.later)}, "later_than": {_text(c.later_than)}'


_VOICES: Final = '"voices": '


def _disputes_line(disputes: tuple[FigureConflict, ...]) -> str:
    if not disputes:
        return ""
    return f', "disputes": [{", ".join(map(_told_line, disputes))}]'


def _lines(
    items: Iterable[Conflict],
    notes: Sequence[Note] | None,
    known: dict[int, str],
    relays: Relays | None = None,
    forecasts: Mapping[str, str] | None = None,
    unquoted: Unquoted | None = None,
) -> str:
    if notes is None:
        return (
            "["
            + ", ".join(
                [_conflict_line(c, _NO_NOTE, known, relays, forecasts, unquoted) for c in items]
            )
            + "]"
        )
    return (
        "["
        + ", ".join(
            [
                _conflict_line(c, n, known, relays, forecasts, unquoted)
                for c, n in zip(items, notes, strict=True)
            ]
        )
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
    hints: Sequence[Mapping[str, Any]] = ()  # the hints said under its findings (report_to_json)


def _report_line(subject: str, r: Report, notes: Notes | None = None) -> str:
    known: dict[int, str] = {}  # the positions' texts, while r holds its positions
    relays = _relays(r) or None
    ahead = dict(r.forecasts) if r.forecasts else None
    unquoted = dict(r.unquoted) if r.unquoted else None
    keyed = (relays, ahead, unquoted)  # what each finding's claims carry
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
                + "]"
                + (_forecasts_line(ch) if ch.forecasts else "")
                + "}"
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
    found = hints_json(r, notes.hints if notes else ())
    hints = ", ".join([_dumps(h, ensure_ascii=False) for h in found]) if found else ""
    return (
        f'{{"subject": {_quote(subject)}, "min_gap": {_number(r.min_gap)}, '
        f'"conflicts": {_lines(r.conflicts, notes and notes.conflicts, known, *keyed)}, '
        f'"minor": '
        f"{_lines(r.minor, notes and notes.minor, known, *keyed) if r.minor else '[]'}, "
        f'"incomparable": [{incomparable}], '
        f'"checks": '
        f"{_lines(r.checks, notes and notes.checks, known, *keyed) if r.checks else '[]'}, "
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

        doc = report_to_json(subject, report, notes.hints if notes else ())
        return json.dumps(notes.json(doc) if notes else doc, ensure_ascii=False)


_quote: Callable[[str], str] = None  # type: ignore[assignment]  # json's C string encoder


def _plural(n: int, word: str, plural: str | None = None) -> str:
    from claimtrack.wording import plural as words  # the one plural rule of every output

    return words(n, word, plural)


def summary_line(report: Report) -> str:
    """One line for humans, e.g. "3 disputed figures, 1 reversal among 40 claims from 12
    claimants" (the subject's, not the findings')."""
    # a part alone above its total is no sum of parts (report.sum_heading): counted as such
    alone = (
        sum(1 for c in report.conflicts if type(c) is SumFinding and len(c.parts) == 1)
        if report.n_sums
        else 0
    )
    # some of a relation's parts above its total: no sum of its parts either (sums3)
    partial = (
        sum(1 for c in report.conflicts if type(c) is SumFinding and c.of) if report.n_sums else 0
    )
    # a later figure below another claimant's earlier one revises nothing (revision_heading)
    between = (
        sum(1 for c in report.conflicts if type(c) is Revision and c.claimants[0] != c.claimants[1])
        if report.n_revisions
        else 0
    )
    # a claimant's own estimate of one moment revised up (rule 9)
    upward = (
        sum(1 for c in report.conflicts if type(c) is Revision and c.up)
        if report.n_revisions
        else 0
    )
    parts = [
        _plural(n, word, plural)
        for n, word, plural in (
            (report.n_figure_conflicts, "disputed figure", None),
            (report.n_revisions - between - upward, "downward revision", None),
            (upward, "upward revision", None),
            (between, "fall between claimants", "falls between claimants"),
            (
                report.n_sums - alone - partial,
                "sum that does not add up",
                "sums that do not add up",
            ),
            (alone, "part above its total", "parts above their total"),
            (
                partial,
                "partial breakdown above its total",
                "partial breakdowns above their totals",
            ),
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
    together = (
        sum(
            1
            for c in report.conflicts
            if type(c) is Revision and (c.together is not None or c.within is not None)
        )
        if report.n_revisions
        else 0
    )
    if together:  # a claimant's own fall stated on one day: no later word (time23)
        at = next(k for k, p in enumerate(parts) if p.endswith(("downward revision", "revisions")))
        own = report.n_revisions - between - upward
        parts[at] += f" ({'' if together == own else f'{together} '}of unknown order)"
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
        # the subject's claims and claimants, said as such: "1 disputed figure across 6
        # claimants" read as six claimants in the dispute, where four were (outputs19)
        line = f"{', '.join(parts)} among {_plural(report.n_claims, 'claim')} from {claimants}"
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
                for d in getattr(c, "disputes", ()):  # those a reversal tells (time21)
                    for p in d.positions:
                        ids.update(p.claims)
    for inc in report.incomparable:
        for _, claims in inc.groups:
            ids.update(claims)
    for ch in report.changes:
        for point in ch.points:
            ids.update(point.claims)
    return ids


def subject_hints(report: Report) -> list[tuple[str, str, tuple[str, ...]]]:
    """The hints the engine raises on a subject, as (hint id, measure, claims) in the order
    they are said: measures to mark cumulative, counts of the moment read at their days, a
    cumulative measure's undated figures not compared, changes with no period. Every output
    takes them from here (``claimtrack.hints``, which says how each is worded)."""
    if not (
        report.unmarked
        or report.moments
        or report.undated
        or report.unperiod
        or report.unperiod_rates
        or report.spans
        or report.beside_forecasts
        or report.surveys
        or report.years_ahead
    ):
        return []  # (most subjects: no list to build)
    floors = dict(report.unmarked_open)  # later floors below earlier figures: named
    found: list[tuple[str, str, tuple[str, ...]]] = [
        ("updates-of-one-time", m, ())
        if m in report.unmarked_one_time
        else ("mark-cumulative", m, floors.get(m, ()))
        for m in report.unmarked
    ]
    found += [(_moment_hint(m), m, ()) for m in report.moments]
    found += [("undated-not-compared", m, tuple(ids)) for m, ids in report.undated]
    found += [("not-compared-with-forecasts", m, tuple(ids)) for m, ids in report.beside_forecasts]
    found += [("change-without-period-not-compared", m, tuple(ids)) for m, ids in report.unperiod]
    found += [
        ("rate-without-period-not-compared", m, tuple(ids)) for m, ids in report.unperiod_rates
    ]
    found += [("span-count-not-compared", m, tuple(ids)) for m, ids in report.spans]
    found += [("forecast-years-ahead", m, tuple(ids)) for m, ids in report.years_ahead]
    found += [("survey-margin-not-stated", m, tuple(ids)) for m, ids in report.surveys]
    return found


def hints_json(
    report: Report, finding_hints: Sequence[Mapping[str, Any]] = ()
) -> list[dict[str, Any]]:
    """The JSON's ``hints``: those said under a finding (given: they need the claims'
    dates), then the engine's own (:func:`subject_hints`), each with its ``"claims"`` where it
    names some."""
    return [dict(h) for h in finding_hints] + [
        {"measure": m, "hint": hint} | ({"claims": list(ids)} if ids else {})
        for hint, m, ids in subject_hints(report)
    ]


def _moment_hint(measure: str) -> str:
    """The hint code of a count of the moment read at its days: "dated-by-statement", or
    "moment-or-running" where its name does not say which it counts ("hospitalised":
    ``timing.either_name``; read at its days all the same)."""
    return "moment-or-running" if either_name(measure) else "dated-by-statement"
