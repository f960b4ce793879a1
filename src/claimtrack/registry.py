"""Registry records: JSONL lines that describe names rather than claims (docs/format.md).

A line with a ``"record"`` key is a registry record; a line without one is a claim, so older
files keep working. Every record type is one row of ``RECORD_TYPES``: a validator (plain
function: dict in, clean dict out, ``ValueError("field: problem")`` when bad) and the names of
the ``Store`` methods that store one record and list them for export. Adding a type (the lead's
``measure`` and ``relation``) means adding a validator, two store methods and a row here.

Exports write registry records before claims, in the order of ``RECORD_TYPES``.
Cheap to import: no pydantic.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, NamedTuple

KINDS = ("person", "organization")


class Registry(NamedTuple):
    """One validated registry record: its type and its fields in export order."""

    type: str
    data: dict[str, Any]


class RecordType(NamedTuple):
    validate: Callable[[dict[str, Any]], dict[str, Any]]
    store: str  # Store method(conn, data, update: bool) -> bool: stores it, True if changed
    export: str  # Store method(subject | None) -> iterator of data dicts, in export order


def _fields(obj: dict[str, Any], required: tuple[str, ...], optional: tuple[str, ...] = ()):
    out: dict[str, Any] = {}
    for key in obj:
        if key != "record" and key not in required and key not in optional:
            raise ValueError(f"{key}: unknown field")
    for key in (*required, *optional):
        value = obj.get(key)
        if value is None:
            if key in required:
                raise ValueError(f"{key}: required field is missing")
            continue
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"{key}: must be non-empty text")
        out[key] = value.strip()
    return out


def _claimant(obj: dict[str, Any]) -> dict[str, Any]:
    data = _fields(obj, ("name", "kind"))
    if data["kind"] not in KINDS:
        raise ValueError(f"kind: must be 'person' or 'organization', got {data['kind']!r}")
    return data


def _alias(obj: dict[str, Any]) -> dict[str, Any]:
    return _fields(obj, ("name", "same_as"))


_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def _slug(obj: dict[str, Any], key: str) -> str:
    value = obj.get(key)
    if value is None:
        raise ValueError(f"{key}: required field is missing")
    if not isinstance(value, str) or not _SLUG.match(value):
        raise ValueError(f"{key}: must be a slug (letters, digits and hyphens), got {value!r}")
    return value


def _only(obj: dict[str, Any], fields: tuple[str, ...]) -> None:
    for key in obj:
        if key != "record" and key not in fields:
            raise ValueError(f"{key}: unknown field")


def _measure(obj: dict[str, Any]) -> dict[str, Any]:
    """``{"record": "measure", "subject", "measure", "cumulative": true}``."""
    _only(obj, ("subject", "measure", "cumulative"))
    cumulative = obj.get("cumulative")
    if not isinstance(cumulative, bool):
        raise ValueError(f"cumulative: must be true or false, got {cumulative!r}")
    return {"subject": _slug(obj, "subject"), "measure": _slug(obj, "measure"),
            "cumulative": cumulative}  # fmt: skip


def _sum(obj: dict[str, Any]) -> dict[str, Any]:
    """``{"record": "sum", "subject", "total", "parts": [measure, measure, ...]}``."""
    _only(obj, ("subject", "total", "parts"))
    subject, total = _slug(obj, "subject"), _slug(obj, "total")
    parts = obj.get("parts")
    if not isinstance(parts, list) or len(parts) < 2:
        raise ValueError("parts: must be a list of at least two measures")
    clean = [_slug({"parts": p}, "parts") for p in parts]
    if len(set(clean)) != len(clean) or total in clean:
        raise ValueError("parts: the total and its parts must all be different measures")
    return {"subject": subject, "total": total, "parts": clean}


def _source(obj: dict[str, Any]) -> dict[str, Any]:
    """``{"record": "source", "id", "url", "outlet", "reported_on", "title", "author"}``."""
    from claimtrack.sources import validate_source

    return validate_source(obj)


RECORD_TYPES: dict[str, RecordType] = {
    "claimant": RecordType(_claimant, store="put_claimant", export="claimant_records"),
    "alias": RecordType(_alias, store="put_alias", export="alias_records"),
    "measure": RecordType(_measure, store="put_measure", export="measure_records"),
    "sum": RecordType(_sum, store="put_sum", export="sum_records"),
    "source": RecordType(_source, store="put_source", export="source_records"),
}


def parse(obj: dict[str, Any]) -> Registry:
    """A decoded JSON object with a ``record`` key as a Registry record (ValueError if bad)."""
    kind = obj.get("record")
    spec = RECORD_TYPES.get(kind) if isinstance(kind, str) else None
    if spec is None or not isinstance(kind, str):
        known = ", ".join(RECORD_TYPES)
        raise ValueError(f"record: unknown record type {kind!r} (known: {known})")
    return Registry(kind, spec.validate(obj))


def to_json(record: Registry) -> dict[str, Any]:
    return {"record": record.type, **record.data}
