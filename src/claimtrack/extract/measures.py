"""A measure suggestion for a figure candidate: the subject's existing measure of the same
dimension whose name shares the figure's noun."""

from __future__ import annotations

import re

from claimtrack.extract.figurespans import FigureRead

_STEM_STOP = {"of", "the", "a", "an", "in", "on", "at", "to", "and", "or", "for", "by", "per"}


def _stems(text: str) -> set[str]:
    out = set()
    for w in re.findall(r"[a-z]+", text.lower()):
        if w in _STEM_STOP or len(w) < 3:
            continue
        for suffix in ("ments", "ment", "ings", "ing", "ies", "es", "ed", "s"):
            if w.endswith(suffix) and len(w) - len(suffix) >= 4:
                w = w[: -len(suffix)] + ("y" if suffix == "ies" else "")
                break
        out.add(w)
    return out


def suggest_measure(
    reading: str, f: FigureRead, measures: list[tuple[str, str | None]]
) -> str | None:
    """The subject's existing measure a figure most likely counts: same dimension (a count
    for a count, a mass for a mass, the same currency), and a name sharing a word with the
    figure's noun ("tonnes of grain shipped" -> "grain-shipments-tonnes"), ties broken by the
    words around the figure; None when no measure shares the noun or two tie (a guess on the
    dimension alone is no suggestion)."""
    fig = f.figure
    noun = fig.unit or ""
    if not _stems(noun) - {"tonne", "ton", "kilometre", "kilogram", "metre", "mile", "dollar"}:
        noun += " " + " ".join(reading[f.end : f.end + 40].split()[:3])
    want = _stems(noun)
    context = _stems(reading[max(0, f.start - 80) : f.end + 80])
    scored = []
    for name, dimension in measures:
        if (dimension or "count") != fig.dimension:
            continue
        words = _stems(name.replace("-", " "))
        if want & words:
            scored.append((len(want & words), len(context & words), name))
    scored.sort(reverse=True)
    if not scored or (len(scored) > 1 and scored[0][:2] == scored[1][:2]):
        return None  # nothing shares the noun, or a tie: no suggestion rather than a guess
    return scored[0][2]
