"""What a claim is: the pydantic record, its validation and its derived fields.

The record doubles as the JSONL interchange format (docs/format.md). Validation is a set of
plain functions (``normalise_slug``, ``check_date`` ...) that raise readable ``ValueError``s;
the model wraps them. Input forbids unknown fields.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import re
from collections.abc import Callable
from functools import lru_cache
from operator import itemgetter
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    model_validator,
)

from claimtrack.fields import CONTENT_FIELDS, LATER_CONTENT_FIELDS, RECORD_FIELDS, tidy
from claimtrack.quantities import Figure, FigureError, parse_figure, unit_dimension
from claimtrack.readings import reading_of_bounds
from claimtrack.records import is_future as is_future  # re-exported: the rule lives in records
from claimtrack.slugs import MAX_SLUG, SLUG_RE, normalise_slug
from claimtrack.slugs import slug_option as slug_option  # re-exported for the commands

ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$")
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?$")


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


@lru_cache(maxsize=4096)
def _date(value: str) -> str:
    return check_date(value)


_SLUG_FIELDS = ("subject", "measure", "proposition")
_DATE_FIELDS = ("said_on", "reported_on", "as_of")
Text = Annotated[str, Field(min_length=1)]
Number = Annotated[float, Field(strict=True, allow_inf_nan=False)]
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


# The validation context's key by which a reader says it has shown, from the line's raw text,
# that no field can hold a control character (``jsonl.no_control``): ``_finish`` then leaves
# ``_control_problems`` out (it would find none).
NO_CONTROL = "no_control"


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
    for f, check in _CHECKS:
        v = d[f]
        if v is None:
            continue
        try:
            d[f] = check(v)
        except ValueError as e:
            problems.append(f"{f}: {e}")
    return problems


@lru_cache(maxsize=8192)
def _slug_value(v: str) -> str:
    """A slug as stored (cached: an import repeats its subjects, measures and propositions;
    a slug that cannot be made raises, and is not cached)."""
    return v if len(v) <= MAX_SLUG and SLUG_RE.match(v) else normalise_slug(v)


# Each field's check, in the order problems are reported.
@lru_cache(maxsize=8192)
def _name(v: str) -> str:
    """A claimant or a speaker holds a letter or a digit: "-" or "?" is no name (the review
    shows a missing speaker as "-", so a speaker named "-" would be stored unseen)."""
    if not any(c.isalnum() for c in v):
        raise ValueError(f"{v!r} is not a name: give a name with a letter or a digit")
    return v


_CHECKS: tuple[tuple[str, Callable[[str], str]], ...] = (
    *((f, _name) for f in ("claimant", "speaker")),
    *((f, _slug_value) for f in _SLUG_FIELDS),
    *((f, _date) for f in _DATE_FIELDS),
    *((f, check_id) for f in ("id", "relays", "source")),
)


class Claim(BaseModel):
    """One attributed claim. Built from user input; derived fields are filled on validation."""

    # cache_strings: JSON keys only. Most values are new to the cache (ids, quotes, urls), and
    # caching every string made validating an import's lines about a fifth slower.
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, cache_strings="keys")

    # Slugs, dates and the id are checked in _finish (one Python call per record, not one
    # per field: this runs once per line of an import).
    id: str | None = None
    subject: str
    claimant: Text
    speaker: str | None = None
    outlet: str | None = None
    url: str | None = None
    said_on: str | None = None
    reported_on: str | None = None
    quote: Text
    kind: Literal["figure", "stance"]
    measure: str | None = None
    value: str | None = None
    low: Number | None = None
    high: Number | None = None
    unit: str | None = None
    hedge: str | None = None
    # a change of the measure, not its level ("fell 12%": "down", value "12%"); bounds are the
    # change's size, its direction here (docs/format.md, "Changes")
    change: Literal["up", "down"] | None = None
    as_of: str | None = None
    proposition: str | None = None
    stance: Literal["affirms", "denies", "uncertain"] | None = None
    note: str | None = None
    relays: str | None = None
    source: str | None = None
    status: Literal["active", "retracted"] = "active"
    added_at: str | None = None

    @model_validator(mode="after")
    def _finish(self, info: ValidationInfo) -> Claim:
        d = self.__dict__
        if "" in _optional_text(d):  # rare: look field by field only then
            for f in _OPTIONAL_TEXT:
                if d[f] == "":
                    d[f] = None
        context = info.context
        shown = context is not None and NO_CONTROL in context  # none there (the reader)
        problems = ([] if shown else _control_problems(d)) or _normalise_fields(d)
        if problems:
            raise ValueError("; ".join(problems))
        if self.high is not None and self.low is None:
            raise ValueError("low: required when high is given (high null = no upper bound)")
        if self.kind == "figure":
            # Bounds are explicit when low is given (then a missing or null high = unbounded).
            decimal_comma = bool(info.context and info.context.get("decimal_comma"))
            _finish_figure(self, explicit=self.low is not None, decimal_comma=decimal_comma)
        else:
            _finish_stance(self)
        if self.id is None:
            d["id"] = f"{self.subject}-{self.content_hash()[:10]}"
        elif d["relays"] == d["id"]:
            raise ValueError("relays: a claim cannot relay itself")
        return self

    def content_hash(self) -> str:
        """The claim's content as a hash: the id of a claim given without one is
        ``SUBJECT-`` plus its first 10 hex digits, so re-adding the same content is a no-op.

        A contract (ids depend on it; never change it for existing fields): BLAKE2b, 16-byte
        digest, of the compact JSON array (UTF-8, ``ensure_ascii=False``, separators ``,``
        and ``:``) of the content fields in record order (``fields.CONTENT_FIELDS``, whole
        floats written as integers, absent fields as null), where a field added later
        (``fields.LATER_CONTENT_FIELDS``: ``relays``, ``source``, then ``change``) is appended as
        ``[name, value]`` only when it is set.
        """
        values: list[Any] = [tidy(getattr(self, f)) for f in _HASHED_FIELDS]
        for f in LATER_CONTENT_FIELDS:
            v = getattr(self, f)
            if v is not None:
                values.append([f, v])
        body = json.dumps(values, ensure_ascii=False, separators=(",", ":"))
        return hashlib.blake2b(body.encode("utf-8"), digest_size=16).hexdigest()

    def record(self) -> dict[str, Any]:
        """The record as written to JSONL: every field, in order, absent optional ones omitted."""
        out: dict[str, Any] = {}
        for f in RECORD_FIELDS:
            v = getattr(self, f)
            if f in ("low", "high"):
                if self.kind == "figure":
                    out[f] = tidy(v)
                continue
            if v is not None:
                out[f] = v
        return out


def _read(value: str, decimal_comma: bool) -> Figure:
    return parse_figure(value, decimal_comma=decimal_comma)


def _finish_figure(c: Claim, explicit: bool, decimal_comma: bool = False) -> None:
    # Writes go straight to __dict__: the model is being built, and this runs per import line.
    d = c.__dict__
    if d["proposition"] is not None or d["stance"] is not None:
        f = "proposition" if d["proposition"] is not None else "stance"
        raise ValueError(f"{f}: not allowed on a figure (use kind stance)")
    if d["measure"] is None:
        raise ValueError("measure: required for a figure, e.g. fighters-evacuated")
    if d["value"] is None:
        raise ValueError('value: required for a figure, e.g. "a few dozen"')
    if explicit:
        if d["high"] is not None and d["low"] > d["high"]:
            raise ValueError(f"low: {tidy(d['low'])} is greater than high {tidy(d['high'])}")
        fig = reading_of_bounds(d["value"], d["low"], d["high"], decimal_comma)
        if fig is None:  # bounds of one's own: the text still tells the unit and hedge
            try:
                fig = _read(d["value"], decimal_comma)
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
        fig = _read(d["value"], decimal_comma)
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


def _finish_stance(c: Claim) -> None:
    d = c.__dict__
    for f in _NOT_ON_STANCE:
        if d[f] is not None:
            raise ValueError(f"{f}: not allowed on a stance (use kind figure)")
    if d["proposition"] is None:
        raise ValueError("proposition: required for a stance, e.g. coalition-took-part-in-talks")
    if d["stance"] is None:
        raise ValueError("stance: required for a stance: affirms, denies or uncertain")


def format_validation_error(err: ValidationError) -> list[str]:
    """One ``field: problem`` string per pydantic error."""
    out = []
    for e in err.errors(include_url=False):
        loc = str(e["loc"][0]) if e["loc"] else ""  # the field; not the union branch
        typ = e["type"]
        if typ == "value_error":
            msg = str(e.get("ctx", {}).get("error", e["msg"]))
        elif typ == "extra_forbidden":
            msg = "unknown field"
        elif typ == "string_too_short":
            msg = "must not be empty"
        elif typ == "missing":
            msg = "required field is missing"
        elif typ == "literal_error":
            msg = f"must be {e['ctx']['expected']}, got {e['input']!r}"
        else:
            msg = e["msg"]
        line = f"{loc}: {msg}" if loc and not msg.startswith(f"{loc}:") else msg
        if line not in out:
            out.append(line)
    return out or [str(err)]


def validate_claim(data: dict[str, Any], *, decimal_comma: bool = False) -> Claim:
    """Build a Claim from a dict, turning validation problems into one InputError.

    ``decimal_comma`` reads the figure with a decimal comma ("11.300" = 11,300)."""
    from claimtrack.errors import InputError

    for key, value in data.items():
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise InputError(
                    f"invalid claim: {key}: contains an invalid character (a lone surrogate)"
                ) from None
    try:
        return Claim.model_validate(
            data, context={"decimal_comma": True} if decimal_comma else None
        )
    except ValidationError as e:
        problems = format_validation_error(e)
        if len(problems) == 1:
            raise InputError(f"invalid claim: {problems[0]}") from None
        raise InputError("invalid claim:", details=problems) from None


_DERIVED = ("low", "high", "unit", "hedge")


# What both claims of one quote carry (``claim_drafts``).
# the record's fields up to its quote (who said it, where, when), its note and what it relays
_SHARED: tuple[str, ...] = (*RECORD_FIELDS[: RECORD_FIELDS.index("quote") + 1], "note", "relays")


def claim_drafts(given: dict[str, Any]) -> list[dict[str, Any]]:
    """The claim dicts one ``claimtrack add`` makes from its options (``given``, keyed by
    record field, plus ``figure``, ``affirms``, ``denies`` and ``uncertain``): a figure, a
    stance, or both from one quote, in that order. Refuses options that make no claim or go
    together wrong. Empty values stay as None (the store fills some from a source)."""
    from claimtrack.errors import InputError

    figure = given.get("figure")
    side, prop = _side(given)
    missing = [f"--{k}" for k in ("claimant", "quote") if not given.get(k)]
    if not (figure or prop):
        missing.append("--figure or --affirms/--denies/--uncertain")
    elif figure and not given.get("measure"):
        missing.append("--measure")
    if missing:
        raise InputError(f"missing {', '.join(missing)}", hint="see `claimtrack add --help`")
    figure_only = ("as_of", "unit", "measure", "change")
    if not figure and (
        any(given.get(k) for k in figure_only)
        or given.get("low") is not None
        or given.get("high") is not None
    ):
        raise InputError("--measure, --as-of, --low, --high, --unit and --change go with --figure")
    base = {k: given.get(k) for k in _SHARED}
    drafts = []
    if figure:
        figure_fields = {"measure": given.get("measure"), "value": figure}
        figure_fields |= {k: given.get(k) for k in ("as_of", "low", "high", "unit", "change")}
        drafts.append(base | {"kind": "figure"} | figure_fields)
    if prop:
        drafts.append(base | {"kind": "stance", "proposition": prop, "stance": side})
    if len(drafts) == 2 and given.get("id"):
        drafts = [d | {"id": pair_id(given["id"], str(d["kind"]))} for d in drafts]
    return drafts


def pair_id(given: str, kind: str) -> str:
    """The id of each claim of a figure and a stance added together with one ``--id ID``:
    ``ID-figure`` and ``ID-stance`` (docs/format.md, ids). An ID the suffix would make too long
    or unusable is refused, naming both ids; a derived id that exists with other content is
    refused by the store like any other id."""
    from claimtrack.errors import InputError

    try:
        base = check_id(given.strip())
    except ValueError as e:
        raise InputError(f"--id: {e}") from None
    derived = f"{base}-{kind}"
    if not ID_RE.match(derived):
        most = 128 - len("-figure")
        raise InputError(
            f"--id is {len(base)} characters: a figure and a stance added together get the ids"
            f" ID-figure and ID-stance, at most 128 characters each; give an id of at most {most}"
        )
    return derived


_STANCE_OPTIONS = ("affirms", "denies", "uncertain")


def _side(given: dict[str, Any]) -> tuple[str | None, str | None]:
    """(stance, proposition) from ``--affirms``/``--denies``/``--uncertain PROP`` (at most
    one; InputError otherwise)."""
    from claimtrack.errors import InputError

    sides = [(k, given[k]) for k in _STANCE_OPTIONS if given.get(k)]
    if len(sides) > 1:
        raise InputError("give one of --affirms, --denies or --uncertain, not several")
    return sides[0] if sides else (None, None)


def edit_changes(
    given: dict[str, Any],
    *,
    affirms: str | None = None,
    denies: str | None = None,
    uncertain: str | None = None,
) -> dict[str, Any]:
    """The fields an edit changes: the options given (None = not given; "" clears), with
    ``--affirms``/``--denies``/``--uncertain PROP`` read as proposition and stance.
    InputError when they contradict each other or nothing is given."""
    from claimtrack.errors import InputError

    side, prop = _side({"affirms": affirms, "denies": denies, "uncertain": uncertain})
    if prop and (given.get("proposition") or given.get("stance")):
        raise InputError("--affirms/--denies/--uncertain already set --proposition and --stance")
    if prop:
        given = {**given, "proposition": prop, "stance": side}
    changes = {k: v for k, v in given.items() if v is not None}
    if not changes:
        raise InputError("nothing to change", hint="give at least one --FIELD VALUE")
    return changes


def apply_edit(record: dict[str, Any], changes: dict[str, Any]) -> Claim:
    """The claim that results from applying ``changes`` to a stored ``record``.

    An empty string clears an optional field. A new ``value`` is re-read (low, high, unit and
    hedge derived again) unless bounds are given with it. The id and added_at never change.
    """
    data = {k: v for k, v in record.items() if k not in ("status", "added_at")}
    if "value" in changes and not ({"low", "high"} & changes.keys()):
        for f in _DERIVED:
            data.pop(f, None)
    elif {"low", "high"} & changes.keys():
        data.pop("hedge", None)
    for key, value in changes.items():
        if value == "":
            data.pop(key, None)
        else:
            data[key] = value
    claim = validate_claim(data)
    claim.status = record.get("status", "active")
    claim.added_at = record.get("added_at")
    return claim
