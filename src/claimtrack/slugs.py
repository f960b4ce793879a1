"""Slugs (subject, measure and proposition names): one rule, cheap to import (no pydantic).

``models`` validates record fields with ``normalise_slug``; commands normalise a slug given on
the command line with ``slug_option`` without loading the record model.
"""

from __future__ import annotations

import re
import unicodedata

from claimtrack.errors import InputError

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_NON_SLUG = re.compile(r"[^a-z0-9]+")
MAX_SLUG = 120


def normalise_slug(value: str) -> str:
    """``"Raqqa Convoy"`` -> ``raqqa-convoy``; raise ValueError when nothing usable is left."""
    if not isinstance(value, str):
        raise ValueError("must be text")
    folded = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode().lower()
    slug = _NON_SLUG.sub("-", folded).strip("-")
    if not slug:
        raise ValueError(
            f"{value!r} is not a usable slug: use letters, digits and hyphens, e.g. raqqa-convoy"
        )
    if len(slug) > MAX_SLUG:
        raise ValueError(f"slug is longer than {MAX_SLUG} characters")
    return slug


def slug_option(value: str | None, name: str) -> str | None:
    """Normalise a slug given on the command line (``Raqqa Convoy`` -> ``raqqa-convoy``)."""
    if value is None:
        return None
    try:
        return normalise_slug(value)
    except ValueError as e:
        raise InputError(f"{name}: {e}") from None
