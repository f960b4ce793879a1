"""`claimtrack verify --readings`: every stored figure read again with today's rules.

Each round tightens how `add`, `edit` and `import` read a figure and its quote (rates, a part
of a larger figure, shares per period, a shared currency sign ...), but a figure stored before
keeps the reading it was given, and `conflicts` compares that one. This re-reads each active
figure exactly as `edit ID --figure VALUE` would (``models.apply_edit``: the reading of `add`,
no second parser) and checks it against its quote with `add`'s guards
(``figure_guards.guard_figures``); a figure that is now refused, or that now reads otherwise
than the bounds and dimension the engine holds for it, is a finding, with the reason and the
command that fixes it.
"""

from __future__ import annotations

import math
import shlex
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

from claimtrack.errors import ClaimtrackError

if TYPE_CHECKING:
    from claimtrack.models import Claim
    from claimtrack.store import Store

REFUSED = "refused"  # today's `add` refuses the figure (its text, or beside its quote)
DIFFERS = "differs"  # today's `add` reads it, otherwise than the stored reading


class Reading(NamedTuple):
    """A figure's reading as the engine compares it: its dimension and bounds in base units."""

    dimension: str
    low: float
    high: float | None
    rounding: float

    def text(self) -> str:
        """ "20 years (duration)", "$2,520 a week (currency:USD/week, ±50)"."""
        from claimtrack.amounts import shown_text

        shown = shown_text(self.low, self.high, self.dimension)
        rounded = f", a round number: ±{_number(self.rounding)}" if self.rounding else ""
        return f"{shown} ({self.dimension}{rounded})"

    def to_json(self) -> dict[str, Any]:
        return {
            "dimension": self.dimension,
            "low": self.low,
            "high": self.high,
            "rounding": self.rounding,
        }


class Finding(NamedTuple):
    """A stored figure that today's rules refuse (``REFUSED``) or read otherwise
    (``DIFFERS``)."""

    id: str
    subject: str
    claimant: str
    value: str
    quote: str
    status: str
    reason: str
    stored: Reading | None
    today: Reading | None
    fix: str

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "subject": self.subject,
            "claimant": self.claimant,
            "figure": self.value,
            "quote": self.quote,
            "status": self.status,
            "reason": self.reason,
            "stored": None if self.stored is None else self.stored.to_json(),
            "today": None if self.today is None else self.today.to_json(),
            "fix": self.fix,
        }


def _number(x: float) -> str:
    from claimtrack.quantities import format_number

    return format_number(x)


def _stored(columns: tuple[Any, ...]) -> Reading | None:
    dimension, _rounding, low, high, base_rounding = columns
    if dimension is None or low is None:
        return None
    return Reading(dimension, low, high, base_rounding or 0)


def _today(claim: Claim) -> Reading | None:
    from claimtrack.readings import figure_numbers

    n = figure_numbers(claim.record())
    if n is None:
        return None
    return Reading(n.dimension, n.base_low, n.base_high, n.base_rounding)


def _same(a: Reading | None, b: Reading | None) -> bool:
    if a is None or b is None:
        return a is b
    if a.dimension != b.dimension or (a.high is None) != (b.high is None):
        return False
    pairs = [(a.low, b.low), (a.rounding, b.rounding)]
    if a.high is not None and b.high is not None:
        pairs.append((a.high, b.high))
    return all(math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-12) for x, y in pairs)


def _reread(record: dict[str, Any], stored: Reading | None) -> Claim:
    """The claim as `add` reads it today from its figure and unit: bounds and hedge derived
    again from the figure's text, the unit kept (given by hand, "three" --unit days, or read
    from the text, which must then read the same); with a decimal comma when that, and not
    the decimal point, gives the stored reading ("11.300" logged with --decimal-comma)."""
    from claimtrack.models import validate_claim

    data = {
        k: v
        for k, v in record.items()
        if k not in ("status", "added_at", "low", "high", "hedge") and v is not None
    }
    first: Claim | None = None
    error: ClaimtrackError | None = None
    for decimal_comma in (False, True):
        try:
            claim = validate_claim(data, decimal_comma=decimal_comma)
        except ClaimtrackError as e:
            error = error or e
            continue
        if _same(_today(claim), stored):
            return claim
        first = first or claim
    if first is not None:
        return first
    assert error is not None
    raise error


def _fix(record: dict[str, Any], guard: bool) -> str:
    """The command that settles a finding: the figure given again as the quote says it (read
    by today's rules; the old version is kept in its history), marked a paraphrase when it
    is one, or the claim retracted."""
    cid = record["id"]
    if guard:
        return (
            f"claimtrack edit {cid} --figure FIGURE (the figure as its quote says it), or "
            f"claimtrack edit {cid} --paraphrase (its note marked [paraphrase]), or "
            f"claimtrack retract {cid}"
        )
    return (
        f"claimtrack edit {cid} --figure FIGURE (as the reason says), or claimtrack retract {cid}"
    )


def _sign_fix(store: Store, record: dict[str, Any], claim: Claim) -> str | None:
    """A shared currency sign the story makes ambiguous ("$" beside "Mexican pesos"): the
    figure written for each currency it may be, as the refusal names them; None for any
    other refusal."""
    from claimtrack.figure_guards import ambiguous_sign

    sign = ambiguous_sign(store, claim)
    if sign is None or not sign.ways:
        return None
    ways = " or ".join(
        f"claimtrack edit {record['id']} --figure {shlex.quote(w)} ({code})"
        for code, w in sign.ways
    )
    return f"{ways}, as its source means it"


def _reread_fix(record: dict[str, Any], claim: Claim) -> str:
    """`edit ID --figure VALUE`, with the unit when it was given by hand (an edit of the
    figure reads the unit again from its text)."""
    from claimtrack.measure_words import over_whole
    from claimtrack.quantities import FigureError, parse_figure

    value = shlex.quote(record["value"])
    rates = over_whole(record.get("measure"), record.get("change"))
    try:
        said = parse_figure(record["value"], rates=rates).unit
    except FigureError:
        said = None
    unit = "" if not claim.unit or claim.unit == said else f" --unit {shlex.quote(claim.unit)}"
    return (
        f"claimtrack edit {record['id']} --figure {value}{unit} (reads it again by today's "
        "rules; the stored version stays in its history)"
    )


def _plain(x: float) -> str:
    """A bound as an option takes it: 24, 1500.5 (no grouping)."""
    return str(int(x)) if float(x).is_integer() else repr(float(x))


def _by_hand(record: dict[str, Any], stored: Reading | None, today: Reading | None) -> str:
    """When only the bounds differ, they may have been given by hand (`add --low --high`),
    which the stored record cannot tell from an older reading: the fix above would replace
    them with the text's, so say so, with the bounds to give again."""
    if stored is None or today is None or stored.dimension != today.dimension:
        return ""
    if not math.isclose(stored.rounding, today.rounding, abs_tol=1e-12):
        return ""
    low, high = record.get("low"), record.get("high")
    if low is None:
        return ""
    given = f"--low {_plain(low)}" + ("" if high is None else f" --high {_plain(high)}")
    return (
        f"; unless its bounds were given by hand ({given}), which this check cannot tell from"
        " an older reading: that fix would replace them, so leave the claim as it is"
    )


def recheck(store: Store, subject: str | None = None) -> tuple[list[Finding], int]:
    """The active figures (of ``subject``, or all) that today's `add` refuses or reads
    otherwise, by subject and id; and how many figures were checked."""
    from claimtrack.figure_guards import guard_figures

    findings: list[Finding] = []
    checked = 0
    by_hand = store.hand_bounds()
    for record, columns in store.stored_readings(subject):
        checked += 1
        stored = _stored(columns)
        head = (record["id"], record["subject"], record["claimant"], record.get("value") or "")
        tail = (record["quote"],)
        try:
            claim = _reread(record, stored)
        except ClaimtrackError as e:
            findings.append(
                Finding(*head, *tail, REFUSED, e.message, stored, None, _fix(record, False))
            )
            continue
        today = _today(claim)
        try:
            guard_figures(store, [claim], paraphrase=False, decimal_comma=None)
        except ClaimtrackError as e:
            fix = _sign_fix(store, record, claim) or _fix(record, True)
            findings.append(Finding(*head, *tail, REFUSED, e.message, stored, today, fix))
            continue
        if not _same(stored, today) and not (
            record["id"] in by_hand and _by_hand(record, stored, today)
        ):  # bounds given by hand (`add --low --high`) are no reading of older rules
            why = "today's rules read it otherwise than the reading stored when it was logged"
            fix = _reread_fix(record, claim) + _by_hand(record, stored, today)
            findings.append(Finding(*head, *tail, DIFFERS, why, stored, today, fix))
    return findings, checked


def bounds_of_their_own(path: str, csv_input: bool) -> int:
    """How many figure lines of an import file give bounds (``low``, ``high``) that today's
    rules do not read from their text: an export of a database logged under older rules, or
    bounds given by hand. The import stores them as given, so the database can no longer be
    said to be checked under today's rules. Only lines that give ``low`` are read again (an
    import of new claims, which give none, pays one substring test a line)."""
    from claimtrack.measure_words import over_whole
    from claimtrack.readings import reading_of_bounds

    found = 0
    for value, low, high, measure, change in _given_bounds(path, csv_input):
        try:
            lo = float(low)
            hi = None if high in (None, "") else float(high)
        except (TypeError, ValueError):
            continue
        rates = over_whole(measure if isinstance(measure, str) else None, change or None)
        if reading_of_bounds(value, lo, hi, rates=rates) is None:
            found += 1
    return found


def _given_bounds(path: str, csv_input: bool) -> Iterator[tuple[str, Any, Any, Any, Any]]:
    """(value, low, high, measure, change) of each figure line of the file that gives
    ``low``."""
    import json

    with open(path, encoding="utf-8-sig", newline="") as f:
        if csv_input:
            import csv

            reader = csv.DictReader(f)
            if "low" not in (reader.fieldnames or ()):
                return
            for row in reader:
                if row.get("kind") == "figure" and row.get("value") and row.get("low"):
                    yield (
                        row["value"],
                        row["low"],
                        row.get("high"),
                        row.get("measure"),
                        row.get("change"),
                    )
            return
        for line in f:
            if '"low"' not in line:
                continue
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if (
                isinstance(record, dict)
                and record.get("kind") == "figure"
                and isinstance(record.get("value"), str)
                and record.get("low") is not None
            ):
                yield (
                    record["value"],
                    record["low"],
                    record.get("high"),
                    record.get("measure"),
                    record.get("change"),
                )
