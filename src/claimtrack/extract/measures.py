"""A measure suggestion for a figure candidate: the subject's existing measure of the same
dimension whose name shares the figure's noun."""

from __future__ import annotations

import re

from claimtrack.extract.figurespans import FigureRead

_STEM_STOP = {"of", "the", "a", "an", "in", "on", "at", "to", "and", "or", "for", "by", "per"}
_STEM_STOP |= {"with", "from", "into", "over", "under"}


def _stems(text: str) -> set[str]:
    out = set()
    for w in re.findall(r"[a-z]+", text.lower()):
        if w in _STEM_STOP or len(w) < 3:
            continue
        for suffix in ("ments", "ment", "ings", "ing", "ies", "es", "ed", "s"):
            if suffix == "es" and not w.endswith(("ses", "xes", "zes", "ches", "shes")):
                continue  # "prices" is "price" + s (it was "pric", no match for "price")
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


def _noun(reading: str, f: FigureRead) -> str:
    """The figure's own noun: its unit and up to three words after the figure, up to a mark
    of punctuation ("£47 per share, of which" -> "£ per share"; "11 towns with cases." ->
    "towns with cases"; "167.3p, while diesel" -> "p")."""
    return " ".join([f.figure.unit or "", *_after(reading, f)]).strip()


def _after(reading: str, f: FigureRead) -> list[str]:
    """Up to three words after the figure, up to a mark of punctuation."""
    return re.split(r"[,;:.!?()\"“”]", reading[f.end : f.end + 40], maxsplit=1)[0].split()[:3]


def _clause_before(reading: str, f: FigureRead) -> list[str]:
    """The words of the figure's clause before it, up to a mark of punctuation and at most
    six ("The Millbrook fire has destroyed 37 homes" -> "fire has destroyed"; "..., while
    diesel hit 179.7p" -> "while diesel hit")."""
    before = reading[max(0, f.start - 80) : f.start]
    clause = re.split(r"[,;:.!?()\"“”\n]", before)[-1]
    return clause.split()[-6:]


def _unit_word(unit: str | None) -> str:
    """A unit's first word, folded, without a plural s ("troops" -> "troop"); "" for none."""
    word = unit.split()[0].lower() if unit else ""
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def suggestion_doubt(
    reading: str, f: FigureRead, name: str, dimension: str | None, units: set[str | None]
) -> str | None:
    """Why Enter must not take the suggested measure ``name`` for the figure (said on the
    card), or None when its dimension, unit and noun all match: the measure holds figures of
    the figure's dimension only, each in the figure's unit, and every word of its name is
    one of the figure's own words (its noun, and its clause before it: "homes-destroyed" for
    "the fire has destroyed 37 homes"). A suggestion shares one word of the noun:
    "offer-cash-per-share" for "£47 per share" shares "share", and an Enter stored the price
    as its cash part (review24); "diesel-price-rise-year-per-litre" for "Petrol prices hit
    167.3p" shares "litre" (review25)."""
    fig = f.figure
    if dimension != fig.dimension:
        return f"it holds {dimension or 'figures of several kinds'}, not {fig.dimension}"
    words = [*_clause_before(reading, f), fig.text, *_after(reading, f)]
    want = _stems(" ".join([*words, fig.unit or ""]))
    missing = [w for w in name.split("-") if _stems(w) and not _stems(w) <= want]
    if missing:
        said = " ".join(" ".join(words).split())
        shown = ", ".join(repr(w) for w in missing)
        return f"{shown} of its name not in the figure's words ({said!r})"
    if not units:
        return "it holds no figure yet"
    if {_unit_word(u) for u in units} != {_unit_word(fig.unit)}:
        shown = ", ".join(sorted(repr(u.split()[0] if u else "none") for u in units))
        mine = fig.unit.split()[0] if fig.unit else "none"
        return f"it holds figures in {shown}, this one is in {mine!r}"
    return None
