"""The hints `conflicts` gives beside its findings, as one table for every output.

A hint says what the engine did not compare, or how it read a measure's times, and what to
give it to read them otherwise: "deaths is cumulative, each figure at its time ...", "mark it:
claimtrack measure S M --cumulative". The terminal prints it (under its finding, or after the
findings), the report lists it among its notes for the reviewer, the fact-check sheet among a
finding's caveats, and ``conflicts --json`` under ``hints`` (``unchecked`` for a sum relation
not checked). Which hints a subject raises is said once, by :func:`raised` (the engine's own,
``conflicts.subject_hints``, then those that need the claims' dates); how each is said, by
:data:`HINTS`: its id (the JSON's ``"hint"``), its terminal wording and its report wording
(tests/test_hints.py checks that every hint the engine can raise has both). Pure: no I/O.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, NamedTuple

from claimtrack.conflicts import FigureConflict, Report, Reversal, _before, date_of, subject_hints
from claimtrack.conflicts.timing import _reads_running, either_name

_INF = float("inf")
Records = Mapping[str, Mapping[str, Any]]


class Raised(NamedTuple):
    """One hint raised on a subject's report."""

    hint: str  # its id in HINTS, as the JSON's "hint" says it
    measure: str  # the measure it is about (a sum relation's total)
    finding: int | None = None  # the finding (numbered from 1) it is said under; None: after
    claims: tuple[str, ...] = ()  # the claims it names (a sum relation: its parts)
    dates: int = 0  # how many dates its finding's statements were made on
    reason: str = ""  # why a sum relation was not checked


class Hint(NamedTuple):
    """How a hint is said: in the terminal, and in the report's notes for the reviewer (which
    name the finding a hint is said under); ``json``: the key of ``conflicts --json`` that
    carries it."""

    id: str
    terminal: Callable[[str, Raised], str]  # (subject, raised) -> its line
    report: Callable[[str, Raised], str]
    json: str = "hints"


def unmarked_note(subject: str, measure: str, floors: tuple[str, ...] = ()) -> str:
    """A measure that reads like a running count, not marked cumulative, whose figures only
    rise with their dates (``Report.unmarked``); where later figures give only a floor below
    an earlier figure (``floors``, ``Report.unmarked_open``), none falls, but whether the
    count fell is left open by them, and the note names them instead of saying it rises."""
    if floors:
        n = len(floors)
        said = (
            f"none of its figures is below one of an earlier date, though "
            f"{'figure' if n == 1 else 'figures'} {', '.join(floors)} "
            f"{'gives' if n == 1 else 'give'} only a floor (at least ...) below an earlier "
            f"figure, which leaves open whether it fell; it"
        )
    else:
        said = "its figures only rise with their dates and it"
    return (
        f"{measure}: {said} reads like a running count; if it is one, mark it: "
        f"claimtrack measure {subject} {measure} --cumulative"
    )


def one_time_note(subject: str, measure: str) -> str:
    """A measure that reads like a running count, not marked cumulative, whose figures are
    all of one time with a claimant's own figures apart (``Report.unmarked_one_time``): read
    as that claimant's updates of the time, whose order is not known."""
    return (
        f"{measure}: its figures are all of one time, and a claimant's own figures that differ"
        " are read as its updates of that time (order not known), not as a reversal nor a"
        " dispute with itself, since it reads like a running count; if it is one, mark it:"
        f" claimtrack measure {subject} {measure} --cumulative (else give each figure's"
        " --as-of)"
    )


def moment_note(measure: str, subject: str | None = None) -> str:
    """A count of the moment, each undated figure read at the day it was said
    (``Report.moments``); for a name that leaves open whether it counts the moment or so far
    ("hospitalised": ``conflicts.timing.either_name``), that it does, and how to mark it."""
    if either_name(measure):
        mark = f"claimtrack measure {subject} {measure} --cumulative" if subject else "--cumulative"
        return (
            f"{measure}: the name does not say whether it counts those in that state when it is "
            "said (a count of the moment) or all of them so far (a running count); not marked "
            "cumulative and not only rising, it is read as a count of the moment: each figure "
            "with no as_of is read at the day it was said (said_on, else reported_on), and a "
            "rise or a fall from one day to another is a change over time, not a dispute nor a "
            f"revision; if it counts all so far, mark it ({mark}): a fall then reads as a "
            "revision"
        )
    return (
        f"{measure}: it reads like a count of the moment (how many are missing, trapped or "
        "accounted for when it is said), so each figure with no as_of is read at the day it "
        "was said (said_on, else reported_on): a rise or a fall from one day to another is "
        "a change over time, not a dispute; give --as-of to a figure that counts another "
        "moment"
    )


def unchecked_note(u: Any) -> str:
    """A sum relation that could not be checked (``Report.unchecked``), and why."""
    return f"not checked: {u.total} = {' + '.join(u.parts)}: {u.reason}"


def undated_toll_note(measure: str) -> str:
    """A cumulative measure disputed across statements of different dates: they may be
    different moments of a growing toll, which only ``as_of`` can say."""
    return (
        f"{measure} is cumulative, each figure at its time (as_of, else said_on, else "
        "reported_on): a later figure below another claimant's earlier one is disputed, "
        "a rise is a change over time"
    )


def unmarked_toll_note(measure: str, dates: int, subject: str | None = None) -> str:
    """A dispute on a measure that reads like a running count (deaths, injured, cases ...),
    not marked cumulative, whose figures were said on several dates and give no as_of: they
    are compared as figures of one moment, so a toll that rose reads as a dispute (rule 9:
    the hint to mark it is given only where the figures only rise). A new user's "deaths-
    zimbabwe: 4 positions, spread 3.9x" was a toll that rose from 89 to 344 over three
    weeks, with one stale figure below an earlier one."""
    how = (
        f"claimtrack measure {subject} {measure} --cumulative"
        if subject
        else "claimtrack measure SUBJECT MEASURE --cumulative"
    )
    return (
        f"{measure} reads like a running count, not marked cumulative: its figures, said on "
        f"{dates} dates with no as_of, are compared as of one moment, and a rise reads as a "
        f"dispute; if it is a toll so far, mark it: {how}"
    )


def unmarked_toll_dates(c: Any, report: Report, records: Mapping[str, Mapping[str, Any]]) -> int:
    """How many dates a figure dispute's statements were made on when ``unmarked_toll_note``
    applies to it (0 when it does not)."""
    if (
        not isinstance(c, FigureConflict)
        or c.as_of is not None
        or c.measure in report.cumulative
        or c.measure in report.moments
        or c.measure in report.unmarked
        or not _reads_running(c.measure)
    ):
        return 0
    dates = len(said_on_dates(c, records))
    return dates if dates > 1 and _rises(c, records) else 0


def _rises(c: Any, records: Mapping[str, Mapping[str, Any]]) -> bool:
    """Whether a figure dispute holds a figure said surely later than another and wholly
    above it: a rise, which marking its measure cumulative would read as a change (a dispute
    whose later figures are all lower stays one, marked or not)."""
    lowest: dict[str, float] = {}  # date -> the least high of its figures
    highest: dict[str, float] = {}  # date -> the greatest low of its figures
    for p in c.positions:
        for cid in p.claims:
            r = records.get(cid)
            date = r and (r.get("said_on") or r.get("reported_on"))
            if r and date and r.get("low") is not None:
                high = r.get("high")
                top = _INF if high is None else float(high)
                lowest[date] = min(lowest.get(date, _INF), top)
                highest[date] = max(highest.get(date, -_INF), float(r["low"]))
    # by date, not by pair of figures: a dispute of thousands of claims has a few dates
    return any(
        _before(d1, d2) and highest[d2] > high1 for d1, high1 in lowest.items() for d2 in highest
    )


def said_on_dates(c: Any, records: Mapping[str, Mapping[str, Any]]) -> set[str]:
    """When the statements of a figure dispute's claims were made: each day (said_on, else
    reported_on, as ``conflicts.date_of``), once. Not the day with the field it came from:
    the hint "said on 5 dates" counted a statement said on 28 March and another reported on
    28 March as two dates, where a reader counts four days (outputs19, the Oso mudslide); nor
    a statement with no date, which was counted as a date of its own."""
    found = set()
    for p in c.positions:
        for i in p.claims:
            r = records.get(i)
            if r is not None:
                day = date_of(r.get("said_on"), r.get("reported_on"))[0]
                if day:
                    found.add(day)
    return found


def unperiod_note(measure: str, ids: tuple[str, ...]) -> str:
    """Changes of a measure with no period (``Report.unperiod``): the period a change
    describes is what it says ("fell 12% last year", "rose 5% since March"), so one with no
    as_of, or one dated by a day (where its period ends, not where it starts), is set against
    no other change, in size or direction; said, so that it does not drop out of sight."""
    n = len(ids)
    which = f"{'change' if n == 1 else 'changes'} {', '.join(ids)}"
    return (
        f"{measure}: {which} {'gives' if n == 1 else 'give'} no period (no as_of, or a day, "
        "which says where a change ends, not where it starts): not compared with any other "
        f"change of {measure}, in size or direction; give {'it' if n == 1 else 'each'} "
        "--as-of the period it describes (a year, a month) to compare"
    )


def rate_unperiod_note(measure: str, ids: tuple[str, ...]) -> str:
    """A rate's figures with no as_of beside others that give one (``Report.unperiod_rates``):
    a rate is of a period (inflation in October), and one said "now" may be the last month
    published, not the month it is said in, so it is set against none of them; said, so that
    it does not drop out of sight (docs/conflicts.md rule 6, "Rates")."""
    n = len(ids)
    which = f"{'figure' if n == 1 else 'figures'} {', '.join(ids)}"
    return (
        f"{measure}: {which} of a rate {'gives' if n == 1 else 'give'} no period (no as_of): "
        f"not compared with the figures of {measure} that give theirs; give "
        f"{'it' if n == 1 else 'each'} --as-of the month or year it is the rate of to compare"
    )


def span_note(measure: str, ids: tuple[str, ...]) -> str:
    """Counts over a span of time on a measure read at its time (``Report.spans``): "12 died
    in the past 24 hours" is no count of any moment of the toll, since the span may start
    after the count does, so it is set against none of its figures (time34); said, so that
    it does not drop out of sight."""
    n = len(ids)
    which = f"{'figure' if n == 1 else 'figures'} {', '.join(ids)}"
    return (
        f"{measure}: {which} {'is a count' if n == 1 else 'are counts'} over a span of time,"
        f" as {'its quote says' if n == 1 else 'their quotes say'}: not compared"
        f" with the counts of {measure} at their times; if the span covers the count from its"
        f" start, give {'it' if n == 1 else 'each'} --as-of the span's end to compare, else"
        " log it on a measure that names the span"
    )


def years_ahead_note(measure: str, ids: tuple[str, ...]) -> str:
    """Forecasts stated more than two years before the moment they give
    (``Report.years_ahead``): a date typed wrongly ("2015" for "2025") makes a figure a
    forecast of its moment, set against none of its figures; said, never silently (rule 2)."""
    n = len(ids)
    which = f"{'figure' if n == 1 else 'figures'} {', '.join(ids)}"
    return (
        f"{measure}: {which}, stated more than two years before the moment "
        f"{'it gives' if n == 1 else 'they give'}, {'is' if n == 1 else 'are'} read as "
        f"{'a forecast' if n == 1 else 'forecasts'} of it and set against none of its figures; "
        "if a date is mistyped, correct its --said-on, --reported-on or --as-of"
    )


def survey_note(measure: str, ids: tuple[str, ...]) -> str:
    """A survey measure's figures that state no margin of error (``Report.surveys``): each is
    one poll's estimate, judged by the materiality ratio on the value it states, so that a
    difference under the ratio is no dispute, and one over it may still lie within margins not
    given (docs/conflicts.md rule 6, "Survey estimates")."""
    n = len(ids)
    return (
        f"{measure}: survey estimates, each poll its own sample, not one published value: "
        f"{n} {'figure states' if n == 1 else 'figures state'} no margin of error and "
        f"{'is' if n == 1 else 'are'} judged by the materiality ratio on the value said; give a "
        "poll's margin as its bounds (--low/--high) to judge it by its margin"
    )


def undated_set_aside_note(measure: str, ids: tuple[str, ...]) -> str:
    """A cumulative measure's figures with no date at all that fit its dated course and so are
    not set against it (``Report.undated``), though apart from some of it: said, so that a
    figure the engine did not compare does not drop out of sight."""
    n = len(ids)
    which = f"{'figure' if n == 1 else 'figures'} {', '.join(ids)}"
    return (
        f"{measure}: {which} {'has' if n == 1 else 'have'} no date (no as_of, said_on nor "
        "reported_on) and could be of some moment of its course, which only rises: not "
        "compared with its dated figures, though apart from some of them; give "
        f"{'it its date' if n == 1 else 'each its date'} to compare it"
    )


def beside_forecasts_note(measure: str, ids: tuple[str, ...]) -> str:
    """Figures with no as_of, and no date that puts them on or after a moment, apart from a
    forecast of it (``Report.beside_forecasts``): a forecast is set against the other
    forecasts of its moment alone, and one of these may be another forecast of it logged with
    no as_of (a revised forecast); said, so that the comparison not made is not out of sight."""
    n = len(ids)
    which = f"{'figure' if n == 1 else 'figures'} {', '.join(ids)}"
    return (
        f"{measure}: {which} {'gives' if n == 1 else 'give'} no as_of and no date after the "
        f"moment of a forecast {'it is' if n == 1 else 'they are'} apart from: not set "
        "against it (a forecast is set against the other forecasts of its moment alone); if "
        f"{'it forecasts' if n == 1 else 'one forecasts'} that moment too, give it that --as-of "
        "to compare"
    )


def _numbered(say: Callable[[str, Raised], str]) -> Callable[[str, Raised], str]:
    """A finding's hint as the report's notes say it: "finding 2: " before its words."""
    return lambda subject, h: f"finding {h.finding}: {say(subject, h)}"


def _at_its_time(subject: str, h: Raised) -> str:
    return undated_toll_note(h.measure)


def _one_moment(subject: str, h: Raised) -> str:
    return unmarked_toll_note(h.measure, h.dates, subject)


def _mark(subject: str, h: Raised) -> str:
    return unmarked_note(subject, h.measure, h.claims)


def _one_time(subject: str, h: Raised) -> str:
    return one_time_note(subject, h.measure)


def _moment(subject: str, h: Raised) -> str:
    return moment_note(h.measure, subject)


def _undated(subject: str, h: Raised) -> str:
    return undated_set_aside_note(h.measure, h.claims)


def _beside_forecasts(subject: str, h: Raised) -> str:
    return beside_forecasts_note(h.measure, h.claims)


def _unperiod(subject: str, h: Raised) -> str:
    return unperiod_note(h.measure, h.claims)


def _rate_unperiod(subject: str, h: Raised) -> str:
    return rate_unperiod_note(h.measure, h.claims)


def _span(subject: str, h: Raised) -> str:
    return span_note(h.measure, h.claims)


def _years_ahead(subject: str, h: Raised) -> str:
    return years_ahead_note(h.measure, h.claims)


def _survey(subject: str, h: Raised) -> str:
    return survey_note(h.measure, h.claims)


def _unchecked(subject: str, h: Raised) -> str:
    return f"not checked: {h.measure} = {' + '.join(h.claims)}: {h.reason}"


# Every hint the engine (and its dates) can raise, in the order they are said: first those said
# under a finding, then the subject's own.
HINTS: dict[str, Hint] = {
    h.id: h
    for h in (
        Hint("each-figure-at-its-time", _at_its_time, _numbered(_at_its_time)),
        Hint("compared-as-one-moment", _one_moment, _numbered(_one_moment)),
        Hint("mark-cumulative", _mark, _mark),
        Hint("updates-of-one-time", _one_time, _one_time),
        Hint("dated-by-statement", _moment, _moment),
        Hint("moment-or-running", _moment, _moment),
        Hint("undated-not-compared", _undated, _undated),
        Hint("not-compared-with-forecasts", _beside_forecasts, _beside_forecasts),
        Hint("change-without-period-not-compared", _unperiod, _unperiod),
        Hint("rate-without-period-not-compared", _rate_unperiod, _rate_unperiod),
        Hint("span-count-not-compared", _span, _span),
        Hint("forecast-years-ahead", _years_ahead, _years_ahead),
        Hint("survey-margin-not-stated", _survey, _survey),
        Hint("sum-not-checked", _unchecked, _unchecked, json="unchecked"),
    )
}
FINDING_HINTS = ("each-figure-at-its-time", "compared-as-one-moment")


# The record fields :func:`finding_hints` reads of a claim (``said_on_dates``, ``_rises``): a
# reader of the store need fetch no others.
HINT_FIELDS = ("id", "said_on", "reported_on", "low", "high")


def hint_claims(report: Report) -> set[str]:
    """The claims whose dates and figures :func:`finding_hints` reads: those of the figure
    disputes with no as_of on a measure marked cumulative, or one that reads like a running
    count (the records to fetch)."""
    ids: set[str] = set()
    for c in _disputes(report.conflicts):
        if c.as_of is None and (c.measure in report.cumulative or _reads_running(c.measure)):
            for p in c.positions:
                ids.update(p.claims)
    return ids


def _disputes(findings: Iterable[Any]) -> Iterator[FigureConflict]:
    """The figure disputes of ``findings``, those a reversal tells (``Reversal.disputes``)
    included."""
    for c in findings:
        if isinstance(c, FigureConflict):
            yield c
        elif isinstance(c, Reversal):
            yield from c.disputes


def finding_hints(c: Any, n: int, report: Report, records: Records) -> list[Raised]:
    """The hints said under finding ``n`` (``c``): a cumulative measure disputed across
    statements of different dates (each figure at its time), and a measure that reads like a
    running count, not marked, whose figures of several dates are compared as of one moment.
    ``records`` hold at least ``hint_claims(report)``."""
    if isinstance(c, Reversal) and c.disputes:  # those of the disputes it tells (time21)
        return [h for d in c.disputes for h in finding_hints(d, n, report, records)]
    if not isinstance(c, FigureConflict):
        return []
    found = []
    if c.measure in report.cumulative and c.as_of is None and len(said_on_dates(c, records)) > 1:
        found.append(Raised("each-figure-at-its-time", c.measure, n))
    dates = unmarked_toll_dates(c, report, records)
    if dates:
        found.append(Raised("compared-as-one-moment", c.measure, n, dates=dates))
    return found


def _under_findings(report: Report, records: Records) -> list[Raised]:
    return [
        h for n, c in enumerate(report.conflicts, 1) for h in finding_hints(c, n, report, records)
    ]


def raised(report: Report, records: Records) -> list[Raised]:
    """Every hint a subject's report raises, in the order they are said: those of its
    findings, by finding, then the engine's own (``conflicts.subject_hints``), then each sum
    relation not checked. ``records``: as for :func:`finding_hints`."""
    found = _under_findings(report, records)
    found += [Raised(hint, measure, claims=ids) for hint, measure, ids in subject_hints(report)]
    found += [
        Raised("sum-not-checked", u.total, claims=u.parts, reason=u.reason)
        for u in report.unchecked
    ]
    return found


def no_conflict(name: str, report: Report) -> dict[str, Any]:
    """A subject `conflicts --all` checked and found no conflict in, which it lists instead of
    leaving it out (``conflicts --all --json``'s ``no_conflicts``, a line under the table): a
    reader must tell "checked, no conflict" from "not checked", and see that the subject's
    minor differences, changes over time and hints are under `conflicts SUBJECT` (outputs19:
    a story of twelve claims whose count that fell from 161 to 3 and two hints were said only
    there)."""
    return {
        "subject": name,
        "claims": report.n_claims,
        "minor": len(report.minor),
        "changes": len(report.changes),
        "hints": len(subject_hints(report)) + len(report.unchecked),
    }


def no_conflict_line(entries: list[dict[str, Any]]) -> str:
    """``no_conflict`` entries as one line for people: each subject with its claims checked
    and what else `conflicts SUBJECT` shows of it."""
    parts = []
    for e in entries[:NO_CONFLICT_NAMED]:
        more = [
            _count(e["minor"], "minor difference"),
            _count(e["changes"], "change over time", "changes over time"),
            _count(e["hints"], "hint"),
        ]
        said = "; ".join(m for m in more if m)
        parts.append(f"{e['subject']} ({_count(e['claims'], 'claim') or '0 claims'}"
                     f"{': ' + said if said else ''})")  # fmt: skip
    n = len(entries)
    if n > NO_CONFLICT_NAMED:
        parts.append(f"and {n - NO_CONFLICT_NAMED:,} more (all: claimtrack conflicts --all --json)")
    return (
        f"Checked, no conflict in {n:,} {'subject' if n == 1 else 'subjects'} (each in full: "
        f"claimtrack conflicts SUBJECT): {', '.join(parts)}"
    )


NO_CONFLICT_NAMED = 20  # subjects named in ``no_conflict_line``; the JSON lists every one


def _count(n: int, word: str, many: str | None = None) -> str:
    if not n:
        return ""
    return f"{n:,} {word if n == 1 else many or word + 's'}"


def by_finding(hints: Iterable[Raised]) -> dict[int, list[Raised]]:
    """``hints`` by the number of the finding each is said under (0: after the findings)."""
    found: dict[int, list[Raised]] = {}
    for h in hints:
        found.setdefault(h.finding or 0, []).append(h)
    return found


def terminal_line(subject: str, h: Raised) -> str:
    return HINTS[h.hint].terminal(subject, h)


def report_lines(subject: str, hints: Iterable[Raised]) -> list[str]:
    """The notes for the reviewer: each hint as the report says it."""
    return [HINTS[h.hint].report(subject, h) for h in hints]


def reviewer_notes(subject: str, report: Report, records: Records) -> list[str]:
    """What `conflicts` tells the person checking beside its findings, for the report's reader
    too (every hint of :func:`raised`)."""
    return report_lines(subject, raised(report, records))


def json_hints(hints: Iterable[Raised]) -> list[dict[str, Any]]:
    """The finding's hints of ``conflicts --json``'s ``hints``: ``{"measure", "hint",
    "finding"}`` (and ``"dates"``), ahead of the engine's own."""
    return [
        {"measure": h.measure, "hint": h.hint, "finding": h.finding}
        | ({"dates": h.dates} if h.dates else {})
        for h in hints
        if h.hint in FINDING_HINTS
    ]


def json_finding_hints(report: Report, records: Records) -> list[dict[str, Any]]:
    """``json_hints`` of the hints said under ``report``'s findings (the JSON's
    ``finding_hints``); ``records`` as for :func:`finding_hints`."""
    return json_hints(_under_findings(report, records))


def dated(facts: Iterable[Any], ids: set[str]) -> dict[str, dict[str, Any]]:
    """The records :func:`finding_hints` reads, from the engine's facts (``conflicts.Fact``)
    of ``ids``: their dates and bounds."""
    return {
        f.id: {"said_on": f.said_on, "reported_on": f.reported_on, "low": f.low, "high": f.high}
        for f in facts
        if f.id in ids
    }
