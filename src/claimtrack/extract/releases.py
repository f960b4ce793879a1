"""A page that gives a body's release: after a heading that says so ("Press Release No.12",
"Ministry of Health media release"), the figures the page states with no source of their own
are the release's, as a guess: its issuer is the body the heading names, else the body that
spoke last before it, unmarked (the page's own lead: "The Ministry of Health confirms ...")."""

from __future__ import annotations

import re
from dataclasses import replace

from claimtrack.extract.agents import speaker_kind
from claimtrack.extract.candidates import Candidate
from claimtrack.extract.page import Layout
from claimtrack.extract.phrases import _looks_like_body

# a heading that announces a release: "Press Release No.12", "MEDIA RELEASE", "Ministry of
# Health press statement"; the words before it may name the issuer
_RELEASE = re.compile(
    r"(?:(?:the\s+)?(?P<issuer>[A-Z][\w'’&.-]*(?:\s+(?:of|for|and|&|on)?\s*[A-Z][\w'’&.-]*){0,7})"
    r"\s*(?:[-–—:|]\s*)?)?"
    r"(?:press|media|news)\s+(?:release|statement)\b"
    r"(?:\s*(?:no\.?|number|#)\s*\d+)?\s*[:.]?",
    re.IGNORECASE,
)


def release_issuers(reading: str, lay: Layout, out: list[Candidate]) -> list[Candidate]:
    """``out`` with each candidate after a release heading that has no speaker given to the
    release's issuer, marked a guess."""
    heads = sorted(at for at, role in lay.roles.items() if role == "heading")
    for at in heads:
        end = reading.find("\n", at)
        line = reading[at : end if end >= 0 else len(reading)].strip()
        m = _RELEASE.fullmatch(line)
        if m is None:
            continue
        named = m.group("issuer")
        if named and named.lower() in {"press", "media", "news"}:
            named = None
        issuer = named if named and _looks_like_body(named) else _spoke_last(out, at)
        if issuer is None:
            continue
        why = f"guess: the page gives a release ('{line}'); its issuer, {issuer}, " + (
            "named in it" if issuer == named else "the body that spoke before it"
        )
        out = [
            replace(c, speaker=issuer, claimant=issuer, speaker_found=f"{why} ({c.speaker_found})")
            if c.start > at and not c.speaker and (c.figures or c.refused)
            else c
            for c in out
        ]
    return out


def _spoke_last(out: list[Candidate], before: int) -> str | None:
    """The named body that spoke last before ``before``, found on strong evidence (not a
    person, nor people described: "Doctors at the main hospital")."""
    said = [
        c
        for c in out
        if c.start < before
        and c.claimant
        and "guess:" not in c.speaker_found
        and c.claimant[:1].isupper()
        and _looks_like_body(c.claimant)
        and speaker_kind(c.claimant) in {"body", "name"}
    ]
    return max(said, key=lambda c: c.start).claimant if said else None
