"""The claim model's checks as plain functions: what ``models.Claim``'s validator runs once its
fields have their types (ids, names, slugs and dates; control characters; a figure read from
its text, or its bounds checked; what a stance may not carry; the id made from the content).

Pure (no pydantic): the model calls ``finish`` with the field values it built, and that is
the only way in. A wheel compiles this module with the figure parser (``hatch_build.PARSER_WITH``:
in the parser's library, which every command that loads the model loads already), since an
import runs it once a line (docs/performance.md, round 19). Each check raises a readable
``ValueError``, which pydantic reports against the model as it did when these lived in
``models.py``.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import re
from collections.abc import Callable
from operator import itemgetter
from typing import Any

from claimtrack.fields import CONTENT_FIELDS, LATER_CONTENT_FIELDS, tidy
from claimtrack.measure_words import over_whole
from claimtrack.quantities import Figure, FigureError, parse_figure, unit_dimension
from claimtrack.readings import reading_of_bounds
from claimtrack.slugs import MAX_SLUG, SLUG_RE, normalise_slug

ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$")
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?$")

# The validation context's key by which a reader says it has shown, from the line's raw text,
# that no field can hold a control character (``jsonl.no_control``): ``finish`` then leaves
# ``_control_problems`` out (it would find none).
NO_CONTROL = "no_control"


def check_date(value: str) -> str:
    """Accept ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` naming a real date, or a time of day
    ``YYYY-MM-DDTHH:MM``, returned unchanged; or a date as people write it when it names one
    day (``May 5, 2022``: ``dates.py``), returned in ISO form."""
    if not isinstance(value, str):
        raise ValueError("must be a date written YYYY-MM-DD, YYYY-MM or YYYY")
    m = DATE_RE.match(value.strip())
    if not m:
        from claimtrack.dates import read_date

        return read_date(value)
    year, month, day, hour, minute = m.groups()
    try:
        _dt.datetime(int(year), int(month or 1), int(day or 1), int(hour or 0), int(minute or 0))
    except ValueError:
        raise ValueError(f"{value!r} is not a real date") from None
    return value.strip()


def check_id(value: str) -> str:
    if not ID_RE.match(value):
        raise ValueError(
            f"{value!r} is not a usable id: 1-128 letters, digits, '.', '_', ':' or '-', "
            "starting with a letter or digit"
        )
    return value


_SLUG_FIELDS = ("subject", "measure", "proposition")
_DATE_FIELDS = ("said_on", "reported_on", "as_of")
# Optional text fields: an empty string means absent.
_OPTIONAL_TEXT = (
    "speaker", "outlet", "url", "value", "unit", "hedge", "note", "relays", "source",
)  # fmt: skip
_optional_text = itemgetter(*_OPTIONAL_TEXT)
# Text fields that hold one line, and the two that may hold tabs and line breaks: a control
# character (NUL, ESC, DEL ...) is invisible in a terminal and dropped by spreadsheets, so the
# stored text would differ from what the user sees (fixes14).
_LINE_FIELDS = (
    "id", "subject", "claimant", "speaker", "outlet", "url", "said_on", "reported_on",
    "measure", "value", "unit", "hedge", "as_of", "proposition", "relays", "source", "added_at",
)  # fmt: skip
_MULTILINE_FIELDS = ("quote", "note")
_line_fields = itemgetter(*_LINE_FIELDS)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_CONTROL_IN_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # tab, LF, CR allowed


def _control_problems(d: dict[str, Any]) -> list[str]:
    """One "field: problem" for each text field holding a control character (tab, line feed
    and carriage return allowed in the quote and the note only). Per import line: the one-line
    fields are tested together, and ``isprintable`` (C, no regex) passes the common case."""
    problems = []
    line = "".join(filter(None, _line_fields(d)))
    if not line.isprintable() and _CONTROL.search(line):
        for f in _LINE_FIELDS:
            v = d[f]
            m = _CONTROL.search(v) if isinstance(v, str) else None
            if m:
                problems.append(_control_problem(f, v, m.start(), " (one line of text)"))
    for f in _MULTILINE_FIELDS:
        v = d[f]
        m = None if v is None or v.isprintable() else _CONTROL_IN_TEXT.search(v)
        if m:
            problems.append(_control_problem(f, v, m.start(), ""))
    return problems


def _control_problem(field: str, value: str, at: int, kind: str) -> str:
    return (
        f"{field}: a control character U+{ord(value[at]):04X} at character {at + 1}{kind}: "
        "invisible here and dropped by spreadsheets; remove it"
    )


_HASHED_FIELDS = tuple(f for f in CONTENT_FIELDS if f not in LATER_CONTENT_FIELDS)


def _normalise_fields(d: dict[str, Any]) -> list[str]:
    """Slugs, dates and ids of a record being built, normalised in place; the problems
    found (one "field: problem" each), so that every bad field is named at once."""
    problems = []
    for f, answers, check in _CHECKS:
        v = d[f]
        if v is None:
            continue
        try:
            # an answer given before, else the check's (a value it refuses raises: not kept)
            got = answers.get(v) if answers is not None else None
            if got is None:
                got = check(v)
                if answers is not None:
                    _keep(answers, v, got)
            d[f] = got
        except ValueError as e:
            problems.append(f"{f}: {e}")
    return problems


# The answers of the checks an import asks again and again (its claimants, subjects, measures
# and dates repeat), by value: a dict per check, read in one C call where the compiled module
# runs (functools.lru_cache's wrapper is a Python call from it), emptied when it holds
# ``_KEPT`` answers. The checks are pure: the answer is the same kept or not.
_KEPT = 8192


def _keep(answers: dict[str, str], value: str, answer: str) -> None:
    if len(answers) >= _KEPT:
        answers.clear()
    answers[value] = answer


def _slug_value(v: str) -> str:
    """A slug as stored (a slug that cannot be made raises)."""
    return v if len(v) <= MAX_SLUG and SLUG_RE.match(v) else normalise_slug(v)


def _name(v: str) -> str:
    """A claimant or a speaker holds a letter or a digit: "-" or "?" is no name (the review
    shows a missing speaker as "-", so a speaker named "-" would be stored unseen)."""
    if not any(c.isalnum() for c in v):
        raise ValueError(f"{v!r} is not a name: give a name with a letter or a digit")
    return v


_NAMES: dict[str, str] = {}
_SLUGS: dict[str, str] = {}
_DATES: dict[str, str] = {}

# Each field's check, in the order problems are reported, with the answers it keeps (None for
# the ids: each line has its own)
_CHECKS: tuple[tuple[str, dict[str, str] | None, Callable[[str], str]], ...] = (
    *((f, _NAMES, _name) for f in ("claimant", "speaker")),
    *((f, _SLUGS, _slug_value) for f in _SLUG_FIELDS),
    *((f, _DATES, check_date) for f in _DATE_FIELDS),
    *((f, None, check_id) for f in ("id", "relays", "source")),
)


def finish(d: dict[str, Any], context: Any) -> None:
    """Check and complete a claim's fields in place (``d``: the model's ``__dict__``, every
    field present, each of its type), or raise ``ValueError`` with the problems, as one
    "field: problem" or several joined by "; ". ``context`` is the validation context
    (None, or a dict: ``decimal_comma``, ``NO_CONTROL``)."""
    if "" in _optional_text(d):  # rare: look field by field only then
        for f in _OPTIONAL_TEXT:
            if d[f] == "":
                d[f] = None
    shown = context is not None and NO_CONTROL in context  # none there (the reader)
    problems = ([] if shown else _control_problems(d)) or _normalise_fields(d)
    if problems:
        raise ValueError("; ".join(problems))
    if d["high"] is not None and d["low"] is None:
        raise ValueError("low: required when high is given (high null = no upper bound)")
    if d["kind"] == "figure":
        # Bounds are explicit when low is given (then a missing or null high = unbounded).
        decimal_comma = bool(context and context.get("decimal_comma"))
        _finish_figure(d, explicit=d["low"] is not None, decimal_comma=decimal_comma)
    else:
        _finish_stance(d)
    if d["id"] is None:
        d["id"] = f"{d['subject']}-{content_hash(d)[:10]}"
    elif d["relays"] == d["id"]:
        raise ValueError("relays: a claim cannot relay itself")


def content_hash(d: dict[str, Any]) -> str:
    """The content hash of a claim's fields (``d``): ``models.Claim.content_hash`` says the
    contract (ids depend on it; never change it for existing fields)."""
    values: list[Any] = [tidy(d[f]) for f in _HASHED_FIELDS]
    for f in LATER_CONTENT_FIELDS:
        v = d[f]
        if v is not None:
            values.append([f, v])
    body = json.dumps(values, ensure_ascii=False, separators=(",", ":"))
    return hashlib.blake2b(body.encode("utf-8"), digest_size=16).hexdigest()


def _read(value: str, decimal_comma: bool, rates: bool) -> Figure:
    return parse_figure(value, decimal_comma=decimal_comma, rates=rates)


def _finish_figure(d: dict[str, Any], explicit: bool, decimal_comma: bool = False) -> None:
    if d["proposition"] is not None or d["stance"] is not None:
        f = "proposition" if d["proposition"] is not None else "stance"
        raise ValueError(f"{f}: not allowed on a figure (use kind stance)")
    if d["measure"] is None:
        raise ValueError("measure: required for a figure, e.g. fighters-evacuated")
    if d["value"] is None:
        raise ValueError('value: required for a figure, e.g. "a few dozen"')
    fig: Figure | None
    # a rate or a change may be above 100% (docs/figures.md, "Rates above the whole")
    rates = over_whole(d["measure"], d["change"])
    if explicit:
        if d["high"] is not None and d["low"] > d["high"]:
            raise ValueError(f"low: {tidy(d['low'])} is greater than high {tidy(d['high'])}")
        fig = reading_of_bounds(d["value"], d["low"], d["high"], decimal_comma, rates)
        if fig is None:  # bounds of one's own: the text still tells the unit and hedge
            try:
                fig = _read(d["value"], decimal_comma, rates)
            except FigureError:
                fig = None
        if fig is not None:
            if d["unit"] is None:
                d["unit"] = fig.unit
            if d["hedge"] is None:
                d["hedge"] = fig.hedge
        _check_unit(d, fig)
        return
    try:
        fig = _read(d["value"], decimal_comma, rates)
    except FigureError as e:
        raise ValueError(f"value: {e} (or give explicit low and high)") from None
    d["low"], d["high"] = fig.low, fig.high
    if d["unit"] is None:
        d["unit"] = fig.unit
    if d["hedge"] is None:
        d["hedge"] = fig.hedge
    elif d["hedge"] != fig.hedge:  # bounds read from the value: so is its hedge (audit16)
        said = "no hedge" if fig.hedge is None else repr(fig.hedge)
        raise ValueError(
            f"hedge: {d['hedge']!r} is not how {d['value']!r} reads ({said}): leave hedge "
            "out (it is read from the value), or give low and high of your own"
        )
    _check_unit(d, fig)


def _check_unit(d: dict[str, Any], fig: Figure | None) -> None:
    """A unit given beside a figure must be one claimtrack can read exactly (not "tons":
    metric or short?) and, when the figure states its own, measure the same thing."""
    if d["unit"] is None or (fig is not None and d["unit"] == fig.unit):
        return
    try:
        given = unit_dimension(d["unit"])
    except FigureError as e:
        raise ValueError(f"unit: {e}") from None
    if fig is None or fig.unit is None:
        return
    if given != (fig.dimension, fig.factor):
        raise ValueError(
            f"unit: {d['unit']!r} does not match the figure {d['value']!r}, which is in "
            f"{fig.unit!r} ({fig.dimension}); give one of them"
        )


_NOT_ON_STANCE = ("measure", "value", "low", "high", "unit", "hedge", "change", "as_of")


def _finish_stance(d: dict[str, Any]) -> None:
    for f in _NOT_ON_STANCE:
        if d[f] is not None:
            raise ValueError(f"{f}: not allowed on a stance (use kind figure)")
    if d["proposition"] is None:
        raise ValueError("proposition: required for a stance, e.g. coalition-took-part-in-talks")
    if d["stance"] is None:
        raise ValueError("stance: required for a stance: affirms, denies or uncertain")
