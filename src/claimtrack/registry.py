"""Registry records: JSONL lines that describe names rather than claims (docs/format.md).

A line with a ``"record"`` key is a registry record; a line without one is a claim, so older
files keep working. Every record type is one row of ``RECORD_TYPES``: a validator (plain
function: dict in, clean dict out, ``ValueError("field: problem")`` when bad) and the names of
the ``Store`` methods that store one record and list them for export. Adding a type (the lead's
``measure`` and ``relation``) means adding a validator, two store methods and a row here.

Exports write registry records about names before the claims and records about claims
(``review``, ``version``: ``after_claims``) after them, each group in the order of
``RECORD_TYPES``; an import stores a claim before any record that names it.
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
    after_claims: bool = False  # about claims (written after them), not about names


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


ROLES = ("government", "military", "armed-group", "intergovernmental", "ngo", "media",
         "academic", "witness", "company", "union", "political-party", "other")  # fmt: skip


def _claimant(obj: dict[str, Any]) -> dict[str, Any]:
    """``{"record": "claimant", "name", "kind"?, "role"?, "parties"?: [subject, ...], "of"?}``:
    a claimant's kind, its role, the subjects whose events it is a party to, and the body it
    speaks for (evidence11)."""
    parties = obj.get("parties")
    data = _fields(
        {k: v for k, v in obj.items() if k != "parties"}, ("name",), ("kind", "role", "of")
    )
    if "kind" in data and data["kind"] not in KINDS:
        raise ValueError(f"kind: must be 'person' or 'organization', got {data['kind']!r}")
    if "role" in data and data["role"] not in ROLES:
        raise ValueError(f"role: must be one of {', '.join(ROLES)}, got {data['role']!r}")
    if parties is not None:
        if not isinstance(parties, list) or not parties:
            raise ValueError("parties: must be a non-empty list of subjects")
        data["parties"] = sorted({_slug({"parties": p}, "parties") for p in parties})
    if len(data) == 1:
        raise ValueError("kind: required field is missing (or give role, parties or of)")
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
    """``{"record": "measure", "subject", "measure", "cumulative": true, "defined_as"?}``
    (``cumulative`` may be left out when ``defined_as`` is given)."""
    _only(obj, ("subject", "measure", "cumulative", "defined_as"))
    out: dict[str, Any] = {"subject": _slug(obj, "subject"), "measure": _slug(obj, "measure")}
    cumulative = obj.get("cumulative")
    definition = obj.get("defined_as")
    if definition is not None:
        if not isinstance(definition, str) or not definition.strip():
            raise ValueError("defined_as: must be non-empty text")
        out["defined_as"] = " ".join(definition.split())
    if cumulative is None and definition is not None:
        return out
    if not isinstance(cumulative, bool):
        raise ValueError(f"cumulative: must be true or false, got {cumulative!r}")
    return {**out, "cumulative": cumulative}


def _alternative(obj: dict[str, Any]) -> dict[str, Any]:
    """``{"record": "alternative", "subject", "measures": [a, b]}``: two measures that answer
    one question under different definitions (``relate S A --alternative-to B``)."""
    _only(obj, ("subject", "measures"))
    measures = obj.get("measures")
    if not isinstance(measures, list) or len(measures) != 2:
        raise ValueError("measures: must be a list of two measures")
    a, b = (_slug({"measures": m}, "measures") for m in measures)
    if a == b:
        raise ValueError("measures: a measure is not an alternative to itself")
    return {"subject": _slug(obj, "subject"), "measures": sorted([a, b])}


def _snapshot(obj: dict[str, Any]) -> dict[str, Any]:
    """``{"record": "snapshot", "source", "version", "sha256", "media_type", "size",
    "stored_at", "encoding": "zlib+base64", "content"}``: one stored version of a source's
    article; the content must match its hash."""
    import base64
    import binascii

    from claimtrack.snapshots import HTML, TEXT, unpack

    fields = ("source", "version", "sha256", "media_type", "size", "stored_at", "encoding",
              "content")  # fmt: skip
    _only(obj, fields)
    required = ("source", "sha256", "media_type", "stored_at", "encoding", "content")
    data = _texts({k: obj[k] for k in required if k in obj}, required, ())
    if data["encoding"] != "zlib+base64":
        raise ValueError(f"encoding: must be zlib+base64, got {data['encoding']!r}")
    if data["media_type"] not in (HTML, TEXT):
        raise ValueError(f"media_type: must be {TEXT} or {HTML}")
    if not re.fullmatch(r"[0-9a-f]{64}", data["sha256"]):
        raise ValueError("sha256: must be 64 lowercase hex digits")
    version = obj.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ValueError(f"version: must be a whole number from 1, got {version!r}")
    try:
        content = base64.b64decode(data["content"], validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("content: not base64") from None
    raw = unpack(content, data["sha256"])
    size = obj.get("size")
    if size is not None and size != len(raw):
        raise ValueError(f"size: {size!r} is not the size of the content ({len(raw)} bytes)")
    return {
        "source": data["source"], "version": version, "sha256": data["sha256"],
        "media_type": data["media_type"], "size": len(raw), "stored_at": data["stored_at"],
        "content": content,
    }  # fmt: skip


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


def web_url_problem(value: str) -> str | None:
    """Why ``value`` is not an absolute http(s) address (None when it is one): a fact-check
    is published on the web, and ``javascript:`` or a bare ``example.org/x`` must never reach
    a ClaimReview page."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(value)
    except ValueError:
        parts = None
    if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return "is not an absolute web address (http:// or https://)"
    if any(c.isspace() for c in value):
        return "contains spaces; encode them as %20"
    return None


def _texts(
    obj: dict[str, Any], required: tuple[str, ...], optional: tuple[str, ...]
) -> dict[str, Any]:
    """Text fields kept exactly as written (a restore must give back the same bytes)."""
    _only(obj, (*required, *optional))
    out: dict[str, Any] = {}
    for key in (*required, *optional):
        value = obj.get(key)
        if value is None:
            if key in required:
                raise ValueError(f"{key}: required field is missing")
            continue
        if not isinstance(value, str) or (key in required and not value.strip()):
            raise ValueError(f"{key}: must be {'non-empty ' if key in required else ''}text")
        out[key] = value
    return out


REVIEW_FIELDS = ("rating", "url", "reviewer", "summary", "finding", "reviewed_at")


def _review(obj: dict[str, Any]) -> dict[str, Any]:
    """``{"record": "review", "claim_id", "rating", "url"?, "reviewer"?, "summary"?,
    "finding"?, "reviewed_at"}``: one verdict on a claim, as ``claimtrack review`` made it."""
    data = _texts(obj, ("claim_id", "rating", "reviewed_at"), ("url", "reviewer", "summary",
                                                               "finding"))  # fmt: skip
    if "url" in data:
        problem = web_url_problem(data["url"])
        if problem:
            raise ValueError(f"url: {data['url']!r} {problem}")
    return {k: data[k] for k in ("claim_id", *REVIEW_FIELDS) if k in data}


# "withdraw": a retraction its outlet made (a published correction, `add --corrects`,
# `retract --withdrawn`: evidence17)
VERSION_ACTIONS = ("edit", "retract", "restore", "update", "reread", "withdraw")


def _version(obj: dict[str, Any]) -> dict[str, Any]:
    """``{"record": "version", "claim_id", "action", "changed_at", "reason"?, "previous"}``:
    an earlier version of a claim (``previous`` is the claim record as it was)."""
    previous = obj.get("previous")
    data = _texts({k: v for k, v in obj.items() if k != "previous"},
                  ("claim_id", "action", "changed_at"), ("reason",))  # fmt: skip
    if data["action"] not in VERSION_ACTIONS:
        raise ValueError(f"action: must be one of {', '.join(VERSION_ACTIONS)}")
    if not isinstance(previous, dict) or previous.get("id") != data["claim_id"]:
        raise ValueError("previous: must be the claim record as it was (with the same id)")
    return data | {"previous": previous}


RECORD_TYPES: dict[str, RecordType] = {
    "claimant": RecordType(_claimant, store="put_claimant", export="claimant_records"),
    "alias": RecordType(_alias, store="put_alias", export="alias_records"),
    "measure": RecordType(_measure, store="put_measure", export="measure_records"),
    "sum": RecordType(_sum, store="put_sum", export="sum_records"),
    "source": RecordType(_source, store="put_source", export="source_records"),
    "snapshot": RecordType(_snapshot, store="put_snapshot", export="snapshot_records"),
    "alternative": RecordType(_alternative, store="put_alternative", export="alternative_records"),
    "review": RecordType(_review, "put_review", "review_records", after_claims=True),
    "version": RecordType(_version, "put_version", "version_records", after_claims=True),
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
