"""What a claim is: the pydantic record, its validation and its derived fields.

The record doubles as the JSONL interchange format (docs/format.md). Validation is a set of
plain functions (``normalise_slug``, ``check_date`` ...: ``claimchecks``) that raise readable
``ValueError``s; the model wraps them. Input forbids unknown fields.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    model_validator,
)

from claimtrack.claimchecks import ID_RE as ID_RE  # re-exported: the checks live there
from claimtrack.claimchecks import NO_CONTROL as NO_CONTROL
from claimtrack.claimchecks import check_date as check_date
from claimtrack.claimchecks import check_id, finish
from claimtrack.claimchecks import content_hash as _content_hash
from claimtrack.fields import RECORD_FIELDS, tidy
from claimtrack.records import is_future as is_future  # re-exported: the rule lives in records
from claimtrack.slugs import slug_option as slug_option  # re-exported for the commands

Text = Annotated[str, Field(min_length=1)]
Number = Annotated[float, Field(strict=True, allow_inf_nan=False)]


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
        # the checks are plain functions (claimchecks.py, compiled in a wheel): the fields'
        # values are complete here, and finish completes them in place
        finish(self.__dict__, info.context)
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
        return _content_hash(self.__dict__)

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


# A value of the wrong type, said in the words of the file it came from (JSON, a sheet), not
# pydantic's ("Input should be a valid string"): what the field takes, then what it got.
_WRONG_TYPE = {
    "string_type": "must be text (in quotes)",
    "float_type": "must be a number (without quotes)",
    "float_parsing": "must be a number",
    "finite_number": "must be a finite number",
    "int_type": "must be a whole number",
    "int_parsing": "must be a whole number",
    "int_from_float": "must be a whole number",
    "bool_type": "must be true or false",
    "bool_parsing": "must be true or false",
}


def _as_written(value: Any) -> str:
    """A value as its JSON reads: the text "24", the number 12, true, null, an object."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:39] + "…"
        import json  # (an error path only)

        # as JSON writes it: a line break or a control character escaped, the message one line
        return f"the text {json.dumps(shown, ensure_ascii=False)}"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, dict):
        return "an object ({...})"
    if isinstance(value, (list, tuple)):
        return "a list ([...])"
    return type(value).__name__


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
        elif typ == "string_type" and loc in ("said_on", "reported_on", "as_of"):
            msg = f'must be a date in quotes, e.g. "2017-10-14", got {_as_written(e["input"])}'
        elif typ in _WRONG_TYPE:
            msg = f"{_WRONG_TYPE[typ]}, got {_as_written(e['input'])}"
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
    blank = [k for k in ("figure", *_STANCE_OPTIONS) if isinstance(given.get(k), str)]
    blank = [k for k in blank if not given[k].strip()]
    if blank:  # given, but empty: dropped, it would store a claim the user did not ask for
        what = "the figure" if blank[0] == "figure" else "the proposition"
        raise InputError(f"--{blank[0]} is empty: give {what}, or leave the option out")
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
