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
from collections.abc import Callable, Collection, Iterable, Mapping
from typing import Any

from claimtrack.conflicts import (
    Fact,
    FigureConflict,
    Report,
    Reversal,
    Revision,
    StanceConflict,
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
        if isinstance(c, Reversal):
            if c.topic_kind == "measure":
                ids.update(c.claims)
        elif isinstance(c, SumFinding):
            ids.update(c.claims)
        for d in _disputes(c):
            for p in d.positions:
                ids.update(p.claims)
            for _, updated in d.updates:
                ids.update(updated)
            for fall in d.falls:
                ids.update(fall.claims)
            ids.update(d.later)
    return ids


def _disputes(c: Any) -> tuple[FigureConflict, ...]:
    """The figure disputes a finding lays out: its own, or those a reversal tells
    (``Reversal.disputes``, whose lines ``report.reversal_notes`` gives)."""
    if isinstance(c, FigureConflict):
        return (c,)
    return tuple(getattr(c, "disputes", ()))


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
        for d in _disputes(conflicts[i]):
            for p in d.positions:
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
    reversal on a measure with a figure that gives an as_of, or one that tells disputes
    (``Reversal.disputes``: their lines, and their hints); every revision and sum (each has
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
        if c.disputes:
            return True
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
    return words_may_say_revised(str(record.get("value") or ""), str(record.get("quote") or ""))


def words_may_say_revised(value: str, quote: str) -> bool:
    """:func:`may_say_revised` of a figure as said (``value``) and its ``quote``."""
    value = " ".join(value.lower().split())
    if not value:
        return False
    quote = quote.lower()
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


# -- conflicts --all --json: the caveats from the engine's facts --------------------------------


class Texts:
    """The words of the figures a caveat may quote, read once for every subject
    (``Store.caveat_texts``: one scan of the table) rather than each finding's records: the
    figure as said of every active figure that gives no as_of, and of those whose quote may
    say the count was revised from them (:func:`may_say_revised`), with that quote."""

    def __init__(self, rows: Iterable[tuple[str, str | None, str | None]]) -> None:
        rows = list(rows)
        self.values: dict[str, str | None] = {cid: value for cid, value, _ in rows}
        self.revised: dict[str, str] = {
            cid: quote
            for cid, value, quote in rows
            if quote is not None and words_may_say_revised(value or "", quote)
        }


def fact_caveats(
    report: Report,
    facts: Mapping[str, Fact],
    texts: Texts,
    hinted: Mapping[str, Mapping[str, Any]],
    subject: str,
    records: Callable[[], Mapping[str, Mapping[str, Any]]],
) -> dict[int, list[str]]:
    """The caveats of ``report``'s findings by index, as ``report.finding_notes`` says them
    from every record of its claims (the sheet's), read instead from the engine's ``facts``
    (by id: their claimants, dates and base numbers) and ``texts``: ``conflicts --all
    --json`` reads no record for them. ``hinted``: the records the hints read
    (``hints.dated``); ``records()``: every record of the report's claims, read for a finding
    whose lines need more (:func:`quoted`: a sum, a figure whose words ``texts`` lack, a
    revised figure dated by an as_of). Its caller's guard, :func:`facts_read_as_records`:
    the facts say what the records do."""
    from claimtrack.report import finding_notes

    found: dict[int, list[str]] = {}
    every: Mapping[str, Mapping[str, Any]] | None = None
    revised = facts.keys() & texts.revised.keys()  # (of most subjects, none)
    for i, c in enumerate(report.conflicts):
        if isinstance(c, StanceConflict):
            continue  # (no line is said under a disputed proposition)
        said = quoted(c, facts, texts, subject, revised)
        if said is None:
            every = records() if every is None else every
            lines = finding_notes(c, report, every)
        else:
            lines = finding_notes(c, report, said, facts=facts, hinted=hinted, subject=subject)
        if lines:
            found[i] = lines
    return found


def facts_read_as_records(aliases: bool, readings: tuple[str | None, int], rules: str) -> bool:
    """Whether the engine's facts say of each claim what its record says, as
    :func:`fact_caveats` needs: no claimant alias (the facts hold the names aliases fold
    to, the records the names as entered), and figures read under today's rules (``rules``)
    and found by the last check to read as stored (``readings``: ``Store.readings_checked``'s
    rules and count), so that their stored base numbers are those ``readings.figure_numbers``
    reads from their text."""
    return not aliases and readings == (rules, 0)


def quoted(
    c: Any, facts: Mapping[str, Fact], texts: Texts, subject: str, revised: Collection[str]
) -> dict[str, dict[str, Any]] | None:
    """The records ``report.finding_notes`` reads of a finding when the claims' own figures
    are compared from ``facts``, made from ``facts`` and ``texts``: the figures a dispute
    (its own, or each a reversal tells) names by their words (its updates, its falls, those
    stated after its moment, a shown figure whose quote may say it was revised), and a
    reversal's figures on a measure (their dates, and the words of those with no as_of).
    None: a line would read what they do not hold (a sum; a figure whose words are not in
    ``texts``; a revised figure with an as_of, whose line reads every record). ``revised``:
    the subject's figures whose quote may say so (in ``texts.revised``)."""
    if isinstance(c, Revision):
        return {}
    if not isinstance(c, FigureConflict | Reversal):
        return None
    named: set[str] = set()
    for d in _disputes(c):
        for _, updated in d.updates:
            named.update(updated)
        for fall in d.falls:
            named.update(fall.claims)
        named.update(d.later)
        if not revised:
            continue
        for p in d.positions:
            for cid in p.claims[:SHOWN]:
                if cid in revised:
                    if facts[cid].as_of:
                        return None
                    named.add(cid)
    dated = _dated(c, facts) if isinstance(c, Reversal) and c.topic_kind == "measure" else ()
    out: dict[str, dict[str, Any]] = {}
    for ids, words in ((named, True), (dated, False)):
        for cid in ids:
            f = facts.get(cid)
            if f is None:
                return None
            value = texts.values.get(cid)
            if value is None and (words or not f.as_of):
                return None  # (a figure with no as_of is read by its words: reversal_time_line)
            out[cid] = {
                "id": cid, "subject": subject, "kind": f.kind, "claimant": f.claimant,
                "measure": f.topic, "value": value,
                "quote": texts.revised.get(cid),
                "as_of": f.as_of, "said_on": f.said_on, "reported_on": f.reported_on,
                "relays": f.relays,
            }  # fmt: skip
    return out


def _dated(c: Reversal, facts: Mapping[str, Fact]) -> Collection[str]:
    """The claims of a reversal on a measure whose records ``report.reversal_time_line``
    reads: all of them when some give an as_of and others give none (those may describe a
    later moment), else none (it says nothing)."""
    dated = [bool(f.as_of) for cid in c.claims if (f := facts.get(cid)) is not None]
    return c.claims if any(dated) and not all(dated) else ()
