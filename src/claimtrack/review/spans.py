"""Where a typed quote or figure lies in the sentence, the figures read there (the parser of
``add``, through ``extract.figures``), and whether a span would cut one of them."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

_CURLY = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"',
                        "‟": '"', "′": "'", "″": '"', "«": '"', "»": '"'})  # fmt: skip


def find_quote(reading: str, start: int, end: int, typed: str) -> tuple[int, int] | None:
    """Where the words ``typed`` occur in ``reading[start:end]`` (curly and straight quotation
    marks alike, any run of spaces for a space): absolute offsets, or None.

    ``FIRST...LAST`` (or ``FIRST…LAST``) stands for the words from the first occurrence of
    FIRST to the first occurrence of LAST after it: "all...civilians"; ``FIRST...`` for the
    words from FIRST to the end of the sentence, ``...LAST`` for those from its start to
    LAST (when the sentence does not hold the words typed as they stand)."""
    folded = reading.translate(_CURLY)
    head, dots, tail = re.sub(r"\s*(?:\.\.\.|…)\s*", "...", typed.strip(), count=1).partition("...")
    if dots and head and tail:
        first = _words_at(folded, start, end, head)
        last = first and _words_at(folded, first[1], end, tail)
        if first and last:
            return first[0], last[1]
        # no FIRST...LAST: the dots may be the sentence's own ("0 0 ...0"), typed as they stand
    as_typed = _words_at(folded, start, end, typed)
    if as_typed is not None or not dots or (head and tail) or not (head or tail):
        return as_typed
    lo = start + len(folded[start:end]) - len(folded[start:end].lstrip())
    hi = start + len(folded[start:end].rstrip())
    if head:  # FIRST...: to the end of the sentence
        first = _words_at(folded, start, end, head)
        return (first[0], hi) if first else None
    last = _words_at(folded, start, end, tail)  # ...LAST: from the start of the sentence
    return (lo, last[1]) if last else None


def _words_at(folded: str, start: int, end: int, typed: str) -> tuple[int, int] | None:
    words = typed.translate(_CURLY).split()
    if not words:
        return None
    # whole words only: "s" is not a part of the sentence "... said", "300" not of "11,300"
    pattern = re.compile(r"(?<![\w,.])" + r"\s+".join(re.escape(w) for w in words) + r"(?![\w])")
    m = pattern.search(folded, start, end)
    return (m.start(), m.end()) if m else None


def figures_in(reading: str, start: int, end: int) -> list[dict[str, Any]]:
    """The figures of ``reading[start:end]``, read as ``extract`` reads them (the parser of
    ``add``), as candidate figure dicts."""
    from claimtrack.extract import figure_json, figures

    return [figure_json(f) for f in figures(reading, start, end)]


def refused_in(reading: str, start: int, end: int) -> list[dict[str, Any]]:
    """The figures of ``reading[start:end]`` that the parser of ``add`` refuses as written
    ("3,5 million": a decimal comma or two numbers), as ``extract`` shows them refused:
    ``text``, ``start``, ``end`` and ``reason``."""
    from claimtrack.extract import read_figures

    return [{"text": r.text, "start": r.start, "end": r.end, "reason": r.reason}
            for r in read_figures(reading, start, end)[1]]  # fmt: skip


# what the parser's refusal of a share naming its noun advises ("the share in "4.8% pay award"
# names the pay ...: give the share alone on a measure of the pay"): a span taking the share
# alone is no cut (review26: "4.8%" could not be stored at all)
_SHARE_ALONE = "give the share alone"

Interval = tuple[Any, ...]  # (low, high) of a figure as read, and its dimension if known


def cut_problem(
    figs: Sequence[dict[str, Any]],
    start: int,
    end: int,
    read: Callable[[int], Interval | None],
    refused: Sequence[dict[str, Any]] = (),
) -> str | None:
    """Why the span [start, end) may not be taken from a sentence whose figures are ``figs``:
    it starts inside one of them (dropping its first words: "4,000" out of "more than 4,000"),
    or ends inside one and what it keeps reads another interval ("up to 5" out of "up to 5
    million"; ``read(figure start)`` is what the span reads there: low and high, and its
    dimension when given, so that "2.5 million" out of "2.5 million euros" drops the currency
    and "38" out of "38 per cent" the share). Leaving out trailing words that do not change
    the figure ("$11.7 billion" out of "$11.7 billion hole", "12 buses" out of "12 buses
    carrying marchers") is allowed. A figure refused as written (``refused``, "3,5 million")
    has no reading to compare: a span that takes only a part of it is refused ("... spent 3"
    was stored as a count of 3), unless the refusal advises that part (the share alone of
    "4.8% pay award"). None when the span may be taken."""
    for r in refused:
        alone = read(r["start"]) if start == r["start"] else None
        if alone and alone[2:3] == ("share",) and _SHARE_ALONE in str(r.get("reason")):
            continue  # "4.8%" of "4.8% pay award": the share alone, as the refusal advises
        if r["start"] < end and start < r["end"] and not start <= r["start"] < r["end"] <= end:
            return (f"That cuts {r['text']!r} in two, a figure the parser refuses as "
                    "written: take all of it or none.")  # fmt: skip
    for f in figs:
        if f["end"] <= start or f["start"] >= end or (start <= f["start"] and f["end"] <= end):
            continue
        if start > f["start"]:
            return f"That cuts the figure {f['text']!r} in two: take all of it or none."
        got = read(f["start"])
        whole = (f["low"], f["high"], dimension(str(f["text"])))  # what the figure reads
        if got is None or tuple(got)[:2] != whole[:2]:
            return (f"That cuts the figure {f['text']!r} ({_interval(f['low'], f['high'])}) "
                    "to what reads another amount: take all of it or none.")  # fmt: skip
        if len(got) > 2 and got[2] != whole[2]:  # the same number, another thing measured
            return (f"That cuts the figure {f['text']!r} ({whole[2]}) to what reads "
                    f"another thing ({got[2]}): take all of it or none.")  # fmt: skip
    return None


def dimension(text: str) -> str | None:
    """What a figure's words measure, as the parser of ``add`` reads them ("count",
    "share", "currency:EUR" ...); None when it reads none."""
    from claimtrack.quantities import FigureError, parse_figure

    try:
        return str(parse_figure(text).dimension)
    except FigureError:
        return None


def _interval(low: Any, high: Any) -> str:
    from claimtrack.quantities import format_number

    shown_low = "-" if low is None else format_number(low)
    return f"{shown_low}–{'no upper bound' if high is None else format_number(high)}"


def _figure_line(f: dict[str, Any]) -> str:
    if f.get("low") is None:
        return str(f["text"])
    way = f" a change {f['change']}," if f.get("change") else ""  # "12% (a change down, 12)"
    money = f" = {f['currency']}" if f.get("currency") else ""  # "161.8p (161.8 = GBP 1.618)"
    return (
        f"{f['text']} ({way.lstrip()}{' ' if way else ''}{_interval(f['low'], f['high'])}{money})"
    )


def places_of(reading: str, start: int, end: int, typed: str) -> list[tuple[int, int]]:
    """Every place where the words ``typed`` stand in ``reading[start:end]``, in order (as
    ``find_quote`` finds the first): "2 per cent" stands twice in "fell about 2 per cent to 2
    per cent", once inside the change's "about 2 per cent" and once whole, the level."""
    places: list[tuple[int, int]] = []
    at = start
    while at < end:
        span = find_quote(reading, at, end, typed)
        if span is None or span in places:
            break
        places.append(span)
        at = span[0] + 1
    return places


def read_as_stored(f: dict[str, Any]) -> dict[str, Any]:
    """A candidate's figure with the bounds the store gives it: a change is read as a rate
    (``measure_words.over_whole``), its hedge not capped at the whole ("fell at least 2 per
    cent": 2 with no upper bound, not 2-100), as `add --change` stores it. The card and the
    figure list showed 2-100 where "To store" and the database had no upper bound (review27).
    Other figures unchanged."""
    from claimtrack.quantities import FigureError, parse_figure

    if not f.get("change") or f.get("low") is None:
        return f
    try:
        fig = parse_figure(str(f["text"]), rates=True)
    except FigureError:
        return f
    return f | {"low": fig.low, "high": fig.high}
