"""Sources: the articles claims are read from (docs/format.md, docs/extract.md).

A source's id is ``src-`` plus the first 10 hex digits of a content hash, like a claim's: of its
URL when it has one, else of its outlet, title and date. Adding the same article twice gives
the same id. Cheap to import: no pydantic, no database.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import Any

SOURCE_FIELDS: tuple[str, ...] = (
    "id", "url", "outlet", "reported_on", "title", "author", "wire",
)  # fmt: skip
# the fields a claim shares with its source: a claim that names a source (or a stored page's
# address) gives these as the source has them, or leaves them out
SOURCED: tuple[str, ...] = ("outlet", "url", "reported_on")


def source_id(url: str | None, outlet: str, title: str | None, reported_on: str | None) -> str:
    """``src-`` + BLAKE2b (16 bytes) of the compact JSON of ``["url", URL]`` or, without a
    URL, ``["article", outlet, title, reported_on]`` (a contract: ids depend on it)."""
    key: list[Any] = ["url", url.strip()] if url else ["article", outlet, title, reported_on]
    body = json.dumps(key, ensure_ascii=False, separators=(",", ":"))
    return "src-" + hashlib.blake2b(body.encode("utf-8"), digest_size=16).hexdigest()[:10]


def validate_source(obj: dict[str, Any]) -> dict[str, Any]:
    """A source record (dict in, clean dict out in ``SOURCE_FIELDS`` order; ValueError if bad).

    ``id`` may be omitted (it is then derived); ``outlet`` is required.
    """
    from claimtrack.models import check_date, check_id

    out: dict[str, Any] = {}
    for key in obj:
        if key != "record" and key not in SOURCE_FIELDS:
            raise ValueError(f"{key}: unknown field")
    for key in SOURCE_FIELDS:
        value = obj.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if not isinstance(value, str):
            raise ValueError(f"{key}: must be text")
        out[key] = value.strip()
    if "outlet" not in out:
        raise ValueError("outlet: required field is missing")
    if "reported_on" in out:
        try:
            out["reported_on"] = check_date(out["reported_on"])
        except ValueError as e:  # (it said "'2025-02-30' is not a real date", of no field)
            raise ValueError(f"reported_on: {e}") from None
    url = out.get("url")
    if url is None and "title" not in out and "id" not in out:
        raise ValueError(
            "give the article's URL or its title: an outlet alone does not name one article"
        )
    if url is not None and not url.startswith(("http://", "https://")):
        raise ValueError(f"url: {url!r} is not an http(s) address")
    if "id" not in out:  # derived only when not given (perf35: an import's pages give it)
        out["id"] = source_id(url, out["outlet"], out.get("title"), out.get("reported_on"))
    out["id"] = check_id(out["id"])
    return {k: out[k] for k in SOURCE_FIELDS if k in out}


def page_source(
    url: str | None,
    outlet: str | None,
    reported_on: str | None,
    stored: Callable[[str], bool],
) -> tuple[str, dict[str, Any] | None] | None:
    """The source a claim's URL names, when the claim names none (evidence18, evidence19: the
    one rule of ``add --url``, ``edit --url`` and ``import``): (the id of a stored source with
    that address, None): the claim is that source's (linked); (a new source's id, its record to
    register in the same write): a new http(s) address with an outlet; None: no address, or
    no outlet (a source needs one), or not an http(s) address: the address stays on the claim
    alone. ``stored``: whether a source id is stored (or registered earlier in the same
    write). Before, only ``add`` registered the page: a claim edited to give the address, or
    imported with it, was no source's, and a page stored with ``source add URL --wire AP``
    stayed a second origin beside the agency's copies."""
    if not url or not url.strip():
        return None
    sid = source_id(url, "", None, None)
    if stored(sid):
        return sid, None
    if not outlet:
        return None
    try:
        # its id as just derived from the address (validate_source derived it again: a
        # second hash of every page an import registers, perf35)
        record = validate_source(
            {"id": sid, "url": url, "outlet": outlet, "reported_on": reported_on}
        )
    except ValueError:  # not an http(s) address, or no real date: kept on the claim
        return None
    return record["id"], record


def at_odds_with_source(
    mine: tuple[str | None, ...], theirs: tuple[str | None, ...], source_id: str
) -> tuple[str, str] | None:
    """The first of :data:`SOURCED` (outlet, url, reported_on: ``mine`` the claim's, ``theirs``
    the stored source's, in that order) that both give and give differently: (the field, what
    is wrong: "'Paper B' conflicts with source src-..., whose outlet is 'Paper A'"); None when
    the claim may be that source's. The one rule (evidence20) of ``add --source``, ``add``
    and ``edit --url`` (which refuse the claim, naming both) and ``import`` (a line naming
    a source is refused; one whose url names a stored page is kept unlinked and said, one
    line per import): a claim is never linked to a page whose outlet or date it contradicts
    (two papers' copies of one wire story at one address would be one source's)."""
    for key, a, b in zip(SOURCED, mine, theirs, strict=True):
        if a is not None and b is not None and a != b:
            return key, f"{a!r} conflicts with source {source_id}, whose {key} is {b!r}"
    return None
