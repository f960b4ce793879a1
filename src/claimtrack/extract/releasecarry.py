"""A body's statistics release told by the outlet: the release's issuer carried to the
figures that attribute nothing, as guesses (issue 25, docs/extract.md "A release told by the
outlet").

A common genre of news writing opens on a body's release of statistics ("Prices rose 0.4% in
May, the statistics bureau said on Friday", "... according to the agency's quarterly
figures") and then tells the release's other figures sentence after sentence in its own
voice ("Food prices fell 1.2%."), with the body's officials or outside analysts quoted in
between. Fact-checkers log those figures as the body's; on other pages the same quiet
sentences are the outlet's own. ``pageissuer`` proposes an issuer only when no other source
tells figures on the page; this module reads the page in order instead:

* *the release*: the page's first sentence with figures tells a change or a share (what a
  statistics release reports) and either gives it to a body with a change among its figures
  or a data noun in its words ("prices rose 0.1%, the Labor Department said", "according to
  the police statistics": the work's owner), or cites a work with no author ("according to
  new figures") that the next two sentences give to a body telling figures of its own; a
  body's level alone ("the commission said the president took 84%", "the company said it
  is cutting 5% of its staff") is a result or an announcement, not a release;
* *carried*: each later sentence whose figures attribute nothing (``pageissuer._told``: no
  verb of saying, no opinion, not the outlet's own reasoning, no background year), which
  tells a change or a share and not a market's move ("shares in X rose", "in trading") is
  given the issuer as a ``guess:``; so are the lead's own
  authorless figures before the body is named;
* *stopped*: at the first sentence where another source gives figures of its own (a body, or
  a person speaking for a body that is not the issuer: "X, chief economist with Y, notes
  that ..."); a person speaking for themselves, or for the issuer, does not stop it.

A sentence telling only counts (a toll, a crowd) is never carried: a release's story is
told in changes and shares, and the labelled pages whose quiet counts follow a source's
are the outlet's far more often.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimtrack.extract.agents import speaker_kind
from claimtrack.extract.candidates import Candidate
from claimtrack.extract.pageissuer import _DATA_NOUN, _SAYING, _known_by, _told
from claimtrack.extract.pagesource import _YEAR, _narrated, _voice_of
from claimtrack.extract.phrases import _looks_like_body
from claimtrack.extract.text import Span

# a market's move, not a release's figure: "Shares in X rose 4%", "fell 11% in extended trading"
_MARKET = re.compile(
    r"\b(?:shares|stocks?)\s+(?:in|of)\b|\b(?:share|stock)\s+prices?\b|\btrading\b",
    re.IGNORECASE,
)


def _body(name: str | None) -> bool:
    return bool(name) and (speaker_kind(name or "") == "body" or _looks_like_body(name or ""))


def _changes(group: list[Candidate]) -> bool:
    """The sentence tells a change or a share: what a statistics release reports."""
    return any(
        f.change is not None or f.figure.dimension == "share" for c in group for f in c.figures
    )


# a source restating the release's figure in other terms gives no figures of its own:
# "X said that equates to two break-ins per 1,000 homes" (extract30)
_RESTATES = re.compile(r"\b(?:equates?|equated|equivalent|amounts?|amounted)\s+to\b", re.IGNORECASE)


def _own_source(c: Candidate, key: frozenset[str], acronyms: dict[str, str]) -> bool:
    """Another source gives figures of its own: a body, or a person for a body; not one
    that restates the release's figure ("that equates to ...")."""
    if not c.speaker or not c.claimant or not (c.figures or c.refused):
        return False
    if _RESTATES.search(c.quote):
        return False
    if _voice_of(c, key) or key & _known_by(c.claimant, acronyms):
        return False
    return _body(c.claimant) or c.claimant != c.speaker


def _bare(c: Candidate) -> Candidate | None:
    """``c`` as the outlet's narration when it is, or when its only speaker is a description
    found as the subject of a verb that says nothing ("Thefts, which include ..., increased
    by 4%": "Thefts" is what is counted, not a source); None when a source speaks."""
    if not c.speaker:
        return c
    if "is a description, not a name the article gives" not in c.speaker_found:
        return None
    if speaker_kind(c.speaker) in {"person", "body", "name"} or _SAYING.search(c.quote):
        return None
    if not re.match(r"subject of '", c.speaker_found):
        return None
    return replace(c, speaker=None, claimant=None, speaker_found="none")


def _sentences(out: list[Candidate]) -> list[list[int]]:
    """The candidates' indexes grouped by sentence, in page order."""
    groups: dict[tuple[int, int], list[int]] = {}
    for i in sorted(range(len(out)), key=lambda i: (out[i].start, i)):
        groups.setdefault((out[i].start, out[i].end), []).append(i)
    return list(groups.values())


def _issuer(
    out: list[Candidate], groups: list[list[int]], spans: list[Span]
) -> tuple[str, int] | None:
    """The release's issuer and the index of the group the carry starts from."""
    told = [g for g in groups if any(out[i].figures for i in g)]
    if len(told) > 1 and not _changes([out[i] for i in told[0]]):
        if any(out[i].speaker for i in told[0]):
            return None
        told = told[1:]  # an opening of no change or share ("after an 11-year low") is passed
    if not told or not _changes([out[i] for i in told[0]]):
        return None
    lead = [out[i] for i in told[0]]
    named = [c.claimant for c in lead if c.figures and c.speaker and _body(c.claimant)]
    moved = any(f.change is not None for c in lead for f in c.figures)
    if named and (moved or _DATA_NOUN.search(lead[0].quote)):
        return str(named[0]), groups.index(told[0]) + 1
    if named or any(c.speaker for c in lead) or not _DATA_NOUN.search(lead[0].quote):
        return None
    starts = [sp.start for sp in spans]
    at = next((n for n, s in enumerate(starts) if s >= lead[0].start), len(starts))
    near = starts[at + 1 : at + 3]
    for g in told[1:]:
        c = out[g[0]]
        if c.start not in near:
            break
        if any(x.speaker for x in (out[i] for i in g)):
            if c.figures and _body(c.claimant) and "guess:" not in c.speaker_found:
                return str(c.claimant), groups.index(told[0])
            return None
    return None


def release_carry(
    reading: str,
    spans: list[Span],
    before: list[Candidate],
    after: list[Candidate],
    acronyms: dict[str, str] | None = None,
) -> list[Candidate]:
    """``after`` with the figures a release's sentences attribute nothing given its issuer as
    a guess (module docstring); ``before`` is the same candidates before ``pagesource``."""
    acronyms = acronyms or {}
    groups = _sentences(after)
    found = _issuer(after, groups, spans)
    if found is None:
        return after
    name, first = found
    key = _known_by(name, acronyms)
    if not key:
        return after
    years = [int(y) for y in _YEAR.findall(reading)]
    latest = max(years) if years else 0
    out = list(after)
    for g in groups[first:]:
        cs = [after[i] for i in g]
        if any(_own_source(c, key, acronyms) for c in cs):
            break
        if not _changes(cs) or _MARKET.search(cs[0].quote):
            continue
        if any(_bare(c) is None for c in cs):
            continue  # a source speaks, or a later rule gave it one already
        bare = [b for b in (_bare(before[i]) for i in g) if b is not None and _narrated(b)]
        if len(bare) < len(g):
            continue
        for i, b in zip(g, bare, strict=True):
            c = after[i]
            if not _told(b, b, key, latest, acronyms):
                continue
            out[i] = replace(
                c,
                speaker=name,
                claimant=name,
                speaker_found=f"guess: the release of {name} told by the outlet (its figures "
                f"lead the page; no other source gives figures of its own before this "
                f"sentence): a figure told in the outlet's voice ({c.speaker_found})",
            )
    return out
