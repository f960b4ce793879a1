"""Which findings have lines said under them, read without the report module.

``conflicts --json`` gives each finding the lines `conflicts` prints under it (its
``"caveats"``: ``report.finding_notes``, read by the CLI), but ``claimtrack.report`` takes a
fifth of a second to import, more than the rest of ``conflicts SUBJECT --json``.
:func:`may_have_caveats` says from the finding and its claims' records whether
``report.finding_notes`` can say anything of it; only then is the module read. It errs towards
yes: a finding it passes gets no lines it should not (finding_notes decides), and
``tests/test_one_finding.py`` checks on every fixture that the JSON's caveats are the sheet's,
which read ``finding_notes`` always. Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from claimtrack.conflicts import (
    FigureConflict,
    Report,
    Reversal,
    Revision,
    SumFinding,
    _before,
    claimant_key,
    date_of,
)
from claimtrack.hints import finding_hints

SHOWN = 5  # the claims of a position whose quotes ``report.time_lines`` reads ("revised from")


def caveat_claims(report: Report) -> set[str]:
    """The claims whose records :func:`caveat_plan` and ``report.finding_notes`` read of the
    findings of ``report``, each finding's own: a figure dispute's (its positions', updates',
    falls' and later figures'), a reversal's on a measure, a sum's. A stance's findings read
    none. The one reading beyond them is :func:`reads_every_record`'s."""
    ids: set[str] = set()
    for c in report.conflicts:
        if isinstance(c, FigureConflict):
            for p in c.positions:
                ids.update(p.claims)
            for _, updated in c.updates:
                ids.update(updated)
            for fall in c.falls:
                ids.update(fall.claims)
            ids.update(c.later)
        elif isinstance(c, Reversal):
            if c.topic_kind == "measure":
                ids.update(c.claims)
        elif isinstance(c, SumFinding):
            ids.update(c.claims)
    return ids


def reads_every_record(
    report: Report, plan: Mapping[int, object], records: Mapping[str, Mapping[str, Any]]
) -> bool:
    """Whether ``report.finding_notes`` of a finding in ``plan`` may read records beyond
    :func:`caveat_claims` (``records`` hold those): a figure a dispute shows whose quote may
    say it was revised (:func:`may_say_revised`) and which gives an as_of is asked whether
    another figure of its statement is dated after it, among every record of the report's
    claims (``report._dated_before_own``)."""
    conflicts = report.conflicts
    for i in plan:
        c = conflicts[i]
        if isinstance(c, FigureConflict):
            for p in c.positions:
                for cid in p.claims[:SHOWN]:
                    r = records.get(cid)
                    if r is not None and r.get("as_of") and may_say_revised(r):
                        return True
    return False


def caveat_plan(
    report: Report, records: Mapping[str, Mapping[str, Any]]
) -> dict[int, frozenset[str]]:
    """The findings of ``report`` that may have a caveat (:func:`may_have_caveats`), by index,
    each with the claimants whose own figures may disagree in it (:func:`own_keys`):
    ``report.finding_notes`` is read with them (``own``) and compares no other claimant's
    figures (its costliest reading), none where there is none."""
    plan: dict[int, frozenset[str]] = {}
    for i, c in enumerate(report.conflicts):
        own = (
            own_keys(c, records, c.measure in report.cumulative)
            if isinstance(c, FigureConflict)
            else _NONE
        )
        if may_have_caveats(c, report, records, bool(own)):
            plan[i] = own
    return plan


_NONE: frozenset[str] = frozenset()


def may_have_caveats(
    c: Any, report: Report, records: Mapping[str, Mapping[str, Any]], own: bool | None = None
) -> bool:
    """Whether ``report.finding_notes(c, report, records)`` may give a line: a figure dispute
    whose times are not ordered, with a claimant's own update, figures stated after its as_of,
    a later figure below an earlier one, a claimant whose own figures may disagree, a quote that may
    say the count was revised from its figure (:func:`may_say_revised`), or a hint said under it; a
    reversal on a measure with a figure that gives an as_of; every revision and sum (each has
    its line). ``own``: :func:`own_figures_may_disagree` of ``c``, if the caller has it."""
    if isinstance(c, FigureConflict):
        if not c.times_ordered or c.updates or c.later or c.falls:
            return True
        if own is None:
            own = own_figures_may_disagree(c, records, c.measure in report.cumulative)
        if own:
            return True
        for p in c.positions:
            for cid in p.claims[:SHOWN]:
                if may_say_revised(records.get(cid) or {}):
                    return True
        return bool(finding_hints(c, 0, report, records))
    if isinstance(c, Reversal):
        return c.topic_kind == "measure" and any(
            (records.get(cid) or {}).get("as_of") for cid in c.claims
        )
    return isinstance(c, Revision | SumFinding)


def may_say_revised(record: Mapping[str, Any]) -> bool:
    """Whether a figure's quote may say the count was changed from it, as
    ``report.revised_from`` reads it (which asks this first: its patterns are compiled per
    figure): "from" within a few words before its figure ("lowered the toll from 248"), or
    "before" within three words after it ("833 before settling on 471"). White space is
    folded, as the patterns' ``\\s+`` allow any run of it."""
    value = " ".join(str(record.get("value") or "").lower().split())
    if not value:
        return False
    quote = str(record.get("quote") or "").lower()
    if "from" not in quote and "before" not in quote:
        return False  # (most quotes; folding white space makes neither word)
    quote = " ".join(quote.split())
    at = quote.find(value)
    while at != -1:
        # "from", an article, "earlier", "toll of": at most 45 characters before the figure
        if "from" in quote[max(0, at - 60) : at]:
            return True
        if "before" in quote[at + len(value) :].split(" ", 5)[:5]:
            return True
        at = quote.find(value, at + 1)
    return False


def own_figures_may_disagree(
    c: FigureConflict, records: Mapping[str, Mapping[str, Any]], cumulative: bool = False
) -> bool:
    """Whether a claimant stands in two positions of ``c`` with figures that may be apart
    (:func:`own_keys`)."""
    return bool(own_keys(c, records, cumulative))


def own_keys(
    c: FigureConflict, records: Mapping[str, Mapping[str, Any]], cumulative: bool = False
) -> frozenset[str]:
    """The claimants (``claimant_key``) standing in two positions of ``c`` with figures that may
    be apart, as ``report._own_disagreements`` reads them: two of its figures in one unit whose
    stated intervals are apart (widened by their rounding they may still meet: that module
    decides), or in two units of a dimension where units differ in scale (this module
    converts none). A claimant whose figures overlap as stated ("hundreds" and "many
    hundreds") gets no line there either, nor two figures that module leaves out as it does:
    of two different as_of, or, on a running count (``cumulative``), of two times surely
    ordered."""
    twice = in_two_positions(c)
    if not twice:
        return _NONE
    Figure = tuple[int, Any, float, float, str | None, str | None]
    figures: dict[str, list[Figure]] = {}
    for n, p in enumerate(c.positions):
        names = {claimant_key(x) for x in p.claimants}
        for cid in p.claims:
            r = records.get(cid)
            if r is None or r.get("low") is None:
                continue
            key = claimant_key(str(r.get("claimant") or ""))
            if key in twice and key in names and not r.get("relays"):
                high = _INF if r.get("high") is None else float(r["high"])
                at = r.get("as_of") or None
                when = at or date_of(r.get("said_on"), r.get("reported_on"))[0]
                figure = (n, r.get("unit"), float(r["low"]), high, at, when)
                figures.setdefault(key, []).append(figure)
    # a count's figures are stored as counted whatever their noun ("IS fighters"), a currency
    # amount as said: two units differ in scale only in other dimensions (lb and kg; a rate)
    scaled = not (c.dimension == "count" or _CURRENCY.fullmatch(c.dimension))
    return frozenset(
        key for key, found in figures.items() if _may_be_apart(found, scaled, cumulative)
    )


def _may_be_apart(
    found: list[tuple[int, Any, float, float, str | None, str | None]],
    scaled: bool,
    cumulative: bool,
) -> bool:
    for i, (n1, unit1, low1, high1, at1, when1) in enumerate(found):
        for n2, unit2, low2, high2, at2, when2 in found[i + 1 :]:
            if n1 == n2 or (at1 and at2 and at1 != at2):
                continue
            if cumulative and when1 and when2 and _ordered(when1, when2):
                continue
            if (scaled and unit1 != unit2) or high1 < low2 or high2 < low1:
                return True
    return False


def _ordered(a: str, b: str) -> bool:
    return _before(a, b) or _before(b, a)


_CURRENCY = re.compile(r"currency:[A-Z]{3}")


_INF = float("inf")


def in_two_positions(c: FigureConflict) -> set[str]:
    """The keys (``claimant_key``) of the claimants standing in two positions or more of
    ``c``: the only ones whose own figures can disagree within it."""
    first: dict[str, int] = {}  # claimant key -> the first position it stands in
    twice: set[str] = set()
    for n, p in enumerate(c.positions):
        for name in p.claimants:
            key = claimant_key(name)
            if first.setdefault(key, n) != n:
                twice.add(key)
    return twice
