"""A subject's report as data: what `claimtrack report`, `timeline` and `claimants --record` show.

Pure (no I/O, no database, no console): :func:`build` turns a subject's claim records, the
engine's facts and :class:`~claimtrack.conflicts.Report`, and its reviews into typed objects
(:class:`SubjectReport`), charts included as coordinates. The templates in
``claimtrack/templates/`` draw them (``reportdoc.py``); ``render.py`` shows the timeline and the
claimant records in a terminal. User text stays plain text here: escaping is the renderer's job.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from claimtrack.amounts import (
    amount_text,
    apart_texts,
    axis_label,
    said_exactly,
    shown_text,
    tick_amount,
)
from claimtrack.conflicts import (
    Change,
    Fact,
    FigureConflict,
    Incomparable,
    PlanStages,
    Report,
    Reversal,
    Revision,
    StanceConflict,
    SumFinding,
    _before,
    change_text,
    claimant_key,
    date_of,
    dimension_label,
    own_line,
    relay_roots,
    reversal_heading,
    revision_heading,
    revision_note,
    summary_line,
    time_note,
)
from claimtrack.fields import UNCHECKED
from claimtrack.hints import finding_hints, reviewer_notes, terminal_line
from claimtrack.quantities import format_number, tidy
from claimtrack.readings import (
    base_unit,
    money_text,
    range_text,
    reading_of,
    tick_text,
)
from claimtrack.records import forecast_note as forecast_note
from claimtrack.relays import relay_note
from claimtrack.wording import inline_figure, plural

SHOW_ALL = 8  # a position (or a reversal) of up to this many claims lists them all in full
FOLD_AFTER = 3  # ... a longer one lists (and draws) its first claims, and folds the rest
BRIEF_MAX = 12  # folded claims listed in one line each; beyond, counted (see the timeline)
TIMELINE_FOLD_AFTER = 400  # statements the timeline lists in full; the rest in one line each
SOURCE_LINKS = 8  # links listed per source
PALETTE_SIZE = 16  # Okabe-Ito's 8 colours, then Tol's muted 8 (classes k0..k15, report.css)

Number = int | float


_WEB_URL = re.compile(r"https?://[^\s\x00-\x1f\x7f/?#]+(?:[/?#][^\s\x00-\x1f\x7f]*)?", re.I)


def web_url(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) address with a host and no spaces or control
    characters (then it may become a link), else None."""
    if not url:
        return None
    text = url.strip()
    return text if _WEB_URL.fullmatch(text) else None


# ---------------------------------------------------------------------------------------------
# Claims


@dataclass(frozen=True, slots=True)
class Verdict:
    claim_id: str
    claimant: str
    rating: str
    reviewer: str | None
    url: str | None  # a web address (a link)
    summary: str | None
    date: str | None
    quote: str
    # given on an earlier version of the claim: what `export --format claimreview` warns
    # ("f1 changed after its verdict (False) was given: ...": verdict_flags.changed_line)
    changed: str | None = None

    @property
    def css(self) -> str:
        """The verdict's colour class by its place on the verdict scale (``verdicts``):
        ``v1`` (false) to ``v5`` (true), ``v0`` off the scale, ``vx`` an unknown rating."""
        from claimtrack.verdicts import place

        placed = place(self.rating)
        if placed is None:
            return "vx"
        return f"v{placed.value or 0}"

    @property
    def step(self) -> str:
        """Where the rating sits, for a title: "mostly false on the verdict scale"."""
        from claimtrack.verdicts import place

        placed = place(self.rating)
        return "not on the verdict scale" if placed is None else f"{placed.step}"


@dataclass(slots=True)  # not frozen: built per claim, and frozen __init__ is slow
class ClaimView:
    """One claim as a reader sees it."""

    id: str
    claimant: str  # the display name (aliases folded)
    entered_as: str | None  # the name on the claim, when an alias
    speaker: str | None
    outlet: str | None
    url: str | None  # web address: shown as a link
    url_text: str | None  # any other address: shown as text, never a link
    said_on: str | None
    reported_on: str | None
    date: str | None  # said_on, else reported_on
    basis: str | None  # "said_on" | "reported_on"
    quote: str
    kind: str
    topic: str  # measure or proposition
    figure: str | None  # the figure as said
    reading: str | None  # "= 24–60", "≈ 3,450–3,550", with a unit when not a count
    stance: str | None
    relays: str | None
    status: str
    note: str | None
    relay_note: str | None  # what conflicts do with its relay (``relays.relay_note``)
    as_of: str | None
    low: Number | None = None  # figure bounds in the unit as said
    high: Number | None = None
    unit: str | None = None
    verdict: Verdict | None = None
    # the moment it forecasts, when the engine read it as a forecast (``Report.forecasts``:
    # stated surely before its as_of, rule 2): never a figure of that moment (outputs15)
    forecast_of: str | None = None
    change: str | None = None  # a figure of a change: "up" | "down" (docs/format.md, Changes)
    # quotes31: what its quote does not say of its figure ("not in its quote (imported
    # unchecked)", "paraphrase: ..."; ``quote_marks.quote_check_words``), None when in it
    not_in_quote: str | None = None
    # outputs18: retracted because its outlet corrected or took it down (``Store.withdrawn``),
    # not because its claimant took it back
    withdrawn: bool = False
    # outputs20: why the user retracted it (``Store.retractions``; "" when no reason was
    # given), None for an active claim or one its outlet withdrew
    retracted_why: str | None = None

    @property
    def state(self) -> str:
        """Its status as a reader is told it: "retracted", or "withdrawn by its outlet" for a
        claim its outlet withdrew (whose claimant never took it back: a report said the
        Police's 3,000 "retracted" where the Daily X had corrected its own figure)."""
        from claimtrack.wording import state_said

        return state_said(self.status, self.withdrawn)

    @property
    def why(self) -> str | None:
        """Why it is not active, as its card says it after its state ("taken back by the
        state: ..."): the reason its retraction gave (outputs20: "retracted" alone, where
        ``show`` gives the reason), None when there is none to say."""
        return self.retracted_why or None

    @property
    def measure_shown(self) -> str:
        """Its measure as the engine names it: a change's "gdp (fall)", never a bare "gdp" for
        a contraction beside "gdp" for growth (outputs15); its topic for any other claim."""
        from claimtrack.conflicts.model import CHANGE_SUFFIX

        return self.topic + CHANGE_SUFFIX.get(self.change or "", "")

    @property
    def direction(self) -> str | None:
        """The way a change's figure goes ("rise", "fall"), which the figure alone does not
        say ("2.8 percent" of growth and of a contraction); None for any other claim."""
        return {"up": "rise", "down": "fall"}.get(self.change or "")

    @property
    def as_of_text(self) -> str | None:
        """What its figure describes, as every output says it: "forecast of 2024-12" for a
        forecast, else "as of 2024-12"; None when it gives no as_of."""
        if self.forecast_of is not None:
            return forecast_note(self.forecast_of)
        return f"as of {self.as_of}" if self.as_of else None

    @property
    def anchor(self) -> str:
        return "c-" + self.id  # ids are letters, digits and . _ : - (safe in an id attribute)

    @property
    def speaker_shown(self) -> str | None:
        """The speaker, unless it names the claimant (no "X (X)")."""
        from claimtrack.wording import speaker_shown

        shown = speaker_shown(self.claimant, self.speaker)
        return shown if self.entered_as is None else speaker_shown(self.entered_as, shown)

    @property
    def when(self) -> str:
        if self.date is None:
            return "undated"
        return f"reported {self.date}" if self.basis == "reported_on" else self.date


def _reading(record: Mapping[str, Any], fact: Fact | None) -> str:
    """How a figure reads in the report: "= 24–60", "≈ 47.5–52.5" (a count as compared),
    "= 3 days", "≈ $3–5 bn": the interval as compared, in the units a reader uses."""
    if fact is None or fact.kind != "figure" or fact.low is None:
        return reading_of(record, fact)
    low, high = _bounds(fact)
    text = amount_text(low, high, fact.dimension)
    exact = not fact.rounding and said_exactly(text, low, high, fact.dimension)
    return f"{'=' if exact else '≈'} {text}"  # "≈ 12.37–12.63%": rounded outward


def _check_words(record: Mapping[str, Any]) -> str | None:
    """What a figure's quote does not say of it (quotes31, ``Store.with_quote_checks``):
    "not in its quote (imported unchecked)", "paraphrase: ..."; None when it is in it."""
    checked = record.get("not_in_quote")
    if checked is None:
        return None
    from claimtrack.quote_marks import quote_check_words

    return quote_check_words(checked, record.get("note"))


def claim_view(
    record: Mapping[str, Any],
    display: Callable[[str], str],
    verdict: Verdict | None = None,
    fact: Fact | None = None,
    echoes: Mapping[str, str] | None = None,
) -> ClaimView:
    """One claim as a reader sees it; ``echoes``: the engine's relaying claims that are echoes
    (``conflicts.relay_roots``), for what a relay's line says (None: none relays)."""
    date, basis = date_of(record.get("said_on"), record.get("reported_on"))
    url = record.get("url")
    link = web_url(url)
    figure = record.get("kind") == "figure"
    name = display(record["claimant"])
    return ClaimView(
        id=record["id"],
        claimant=name,
        entered_as=record["claimant"] if record["claimant"] != name else None,
        speaker=record.get("speaker"),
        outlet=record.get("outlet"),
        url=link,
        url_text=url if url and link is None else None,
        said_on=record.get("said_on"),
        reported_on=record.get("reported_on"),
        date=date,
        basis=basis,
        quote=record["quote"],
        kind=record["kind"],
        topic=(record.get("measure") if figure else record.get("proposition")) or "",
        figure=record.get("value") if figure else None,
        reading=_reading(record, fact) if figure and record.get("low") is not None else None,
        stance=record.get("stance"),
        relays=record.get("relays"),
        status=record.get("status", "active"),
        note=record.get("note"),
        relay_note=(
            relay_note(record["id"], record.get("status", "active"), echoes or {})
            if record.get("relays")
            else None
        ),
        as_of=record.get("as_of"),
        low=record.get("low") if figure else None,
        high=record.get("high") if figure else None,
        unit=record.get("unit") if figure else None,
        verdict=verdict,
        change=record.get("change") if figure else None,
        not_in_quote=_check_words(record) if figure else None,
    )


@lru_cache(maxsize=16384)
def ratio_text(ratio: float | None) -> str:
    return "unbounded" if ratio is None else f"{ratio:g}x"


def spread_text(c: FigureConflict) -> str:
    """A dispute's spread as every output says it: its ratio ("1.5x"), or for a rate its
    percentage points ("0.6 points": docs/conflicts.md rule 6, "Rates"; 10.1% against 10.7%,
    whose ratio of bounds rounds to 1x, as if the same)."""
    points = rate_points(c)
    return ratio_text(c.severity) if points is None else points[0]


def gap_texts(c: FigureConflict) -> tuple[str, ...]:
    """A dispute's gaps between neighbouring positions ("1→2: 3.8x"; a rate's in points)."""
    points = rate_points(c)
    if points is not None:
        return tuple(f"{i}→{i + 1}: {g}" for i, g in enumerate(points[1], 1))
    return tuple(f"{i}→{i + 1}: {ratio_text(g)}" for i, g in enumerate(c.gaps, 1))


def rate_points(c: Any) -> tuple[str, list[str]] | None:
    """A rate's dispute told in percentage points, not a ratio (docs/conflicts.md rule 6,
    "Rates"): its spread and its gaps between neighbouring positions as the engine gives them
    (``FigureConflict.points`` and ``point_gaps``); None when it gives none (any other
    measure), told by its ratios. Printed, never worked out here (outputs15: a dispute the
    engine left in ratios was told in points from its positions' middles, which its JSON did
    not say)."""
    points: float | None = c.points
    if points is None:
        return None
    return points_text(points), [points_text(g) for g in c.point_gaps]


def points_text(x: float) -> str:
    """Percentage points as every output prints them: "0.6 points"."""
    return f"{round(x, 2):g} points"


def incomparable_text(inc: Incomparable) -> str:
    """Figures of one measure that are not compared, as every output says it (the terminal's
    "Not comparable" section, the report's, and the sheet's rows of that measure's dispute):
    "bridge-cost: not comparable: EUR vs USD (2 claims, 1 claim)"."""
    sides = " vs ".join(_dimension_named(d) for d, _ in inc.groups)
    counts = ", ".join(plural(len(ids), "claim") for _, ids in inc.groups)
    return f"{inc.measure}: not comparable: {sides} ({counts})"


def _dimension_named(dimension: str) -> str:
    """A side of a measure not compared, named as a reader knows it: a currency by its code
    and the sign every amount of it is shown with ("TRY (₺)", "USD ($)", "GBP (£) a week"), as
    the sheet's ``unit`` cell names it; a code alone where no sign is its own ("CHF"); any
    other dimension as ``dimension_label`` says it. "TRY vs USD" under a table whose amounts
    read "$84 bn" and "₺2 tn" left a reader to know the codes (outputs17)."""
    from claimtrack.quantities.formatting import currency_sign

    label = dimension_label(dimension)
    if not dimension.startswith("currency:"):
        return label
    code = dimension.partition(":")[2].partition("/")[0]
    sign = currency_sign(code)
    return label if sign is None or sign == code else f"{code} ({sign}){label[len(code) :]}"


def minor_ratio_text(ratio: float | None) -> str:
    """A minor difference's spread: one shown as 1 (two decimals: apart by under 0.5%, "$281
    million" against "$281.7 million") reads "under 1.01x", never "1x", as if the same."""
    return "under 1.01x" if ratio == 1 else ratio_text(ratio)


# ---------------------------------------------------------------------------------------------
# Charts: coordinates only (the template draws them, escaping every text)


@dataclass(slots=True)
class Bar:
    claim_id: str
    x: float
    y: float
    width: float
    height: float
    colour: int  # palette index
    title: str  # text alternative: who said what
    open_end: bool = False  # no upper bound: drawn to the edge with an arrow
    span: bool = False  # dated only by its month or year: as wide as that month or year
    forecast: bool = False  # a forecast of its date (stated before it), no figure of it


@dataclass(frozen=True, slots=True)
class Label:
    x: float
    y: float
    text: str
    anchor: str = "start"  # start | middle | end
    css: str = ""
    full: str = ""  # the whole text when ``text`` is cut (the label's <title>)


@dataclass(frozen=True, slots=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    css: str = "grid"


@dataclass(frozen=True, slots=True)
class Band:
    x: float
    y: float
    width: float
    height: float
    colour: int


@dataclass(frozen=True, slots=True)
class Chart:
    width: int
    height: int
    title: str  # <title> and aria-label
    bars: tuple[Bar, ...]
    labels: tuple[Label, ...]
    lines: tuple[Line, ...]
    bands: tuple[Band, ...] = ()
    legend: tuple[tuple[int, str], ...] = ()  # (palette index, claimant)
    merged: bool = False  # too many bars to draw one element each: one path per colour
    notes: tuple[str, ...] = ()  # what the reader must know to read it (under the legend)

    @property
    def arrows(self) -> tuple[tuple[str, int], ...]:
        """(polygon points, palette index) of the arrow heads of open-ended bars: numbers only."""
        out = []
        for b in self.bars:
            if b.open_end:
                out.append((" ".join(f"{x:.1f},{y:.1f}" for x, y in _arrow(b)), b.colour))
        return tuple(out)

    @property
    def paths(self) -> tuple[tuple[int, str], ...]:
        """(palette index, SVG path data) drawing every bar (and arrow) of one colour: numbers
        only. Used instead of one element per bar when the chart is ``merged``."""
        parts: dict[int, list[str]] = {}
        for b in self.bars:
            d = parts.setdefault(b.colour, [])
            d.append(f"M{b.x:.1f} {b.y:.1f}h{b.width:.1f}v{b.height:.1f}h{-b.width:.1f}z")
            if b.open_end:
                (x1, y1), (x2, y2), (x3, y3) = _arrow(b)
                d.append(f"M{x1:.1f} {y1:.1f}L{x2:.1f} {y2:.1f}L{x3:.1f} {y3:.1f}z")
        return tuple((colour, "".join(d)) for colour, d in sorted(parts.items()))


MERGE_BARS = 300  # a chart of more bars draws them as one path per colour (no <title> each)


def _arrow(b: Bar) -> tuple[tuple[float, float], ...]:
    """The arrow head of an open-ended bar: at the right end (horizontal) or the top."""
    if b.width >= b.height:
        x, y = b.x + b.width, b.y + b.height / 2
        return ((x, y - 6), (x + 8, y), (x, y + 6))
    x, y = b.x + b.width / 2, b.y
    return ((x - 6, y), (x, y - 8), (x + 6, y))


class LogScale:
    """Maps positive values onto [start, end] by their logarithm, whole decades as ticks."""

    def __init__(self, values: Iterable[Number], start: float, end: float) -> None:
        positive = [v for v in values if v is not None and v > 0 and math.isfinite(v)]
        if not positive:
            positive = [1]
        self.lo = math.floor(math.log10(min(positive)))
        self.hi = math.ceil(math.log10(max(positive)))
        if self.hi == self.lo:
            self.hi += 1
        self.start, self.end = start, end

    def __call__(self, v: Number) -> float:
        if v <= 0:
            return self.start
        x = (math.log10(v) - self.lo) / (self.hi - self.lo)
        return self.start + min(1.0, max(0.0, x)) * (self.end - self.start)

    def ticks(self) -> list[tuple[float, str]]:
        return [(self(10.0**e), tick_text(10.0**e)) for e in range(self.lo, self.hi + 1)]

    def values(self) -> list[tuple[float, float]]:
        """(position, value) of each whole decade."""
        return [(self(10.0**e), 10.0**e) for e in range(self.lo, self.hi + 1)]


def _short(text: str, n: int) -> str:
    one = " ".join(text.split())
    return one if len(one) <= n else one[: n - 1] + "…"


def _label(x: float, y: float, text: str, n: int, anchor: str = "start", css: str = "") -> Label:
    """A label of at most ``n`` characters; a cut one carries the whole text as its title."""
    shown = _short(text, n)
    return Label(
        x,
        y,
        shown,
        anchor,
        css,
        full=" ".join(text.split()) if shown != " ".join(text.split()) else "",
    )


def _value_label(x1: float, x2: float, y: float, text: str, right: float) -> Label:
    """A bar's figure beside it: after its end when it fits, else before its start."""
    if x2 + 6 + 6.5 * len(text) <= right + 16:
        return Label(round(x2 + 5, 1), y, text, "start", "value")
    return Label(round(x1 - 5, 1), y, text, "end", "value")


def chart_colours(claimants: Iterable[str], stable: Mapping[str, int]) -> dict[str, int]:
    """A colour per claimant of one chart: its report-wide colour (``stable``, in the order
    of the report's claimants) unless a claimant before it has that colour in this chart,
    then the first colour no claimant of the chart has. Unique within the chart while it has
    at most ``PALETTE_SIZE`` claimants."""
    rank = {name: i for i, name in enumerate(stable)}
    names = sorted(set(claimants), key=lambda n: (rank.get(n, len(rank)), n.casefold()))
    out: dict[str, int] = {}
    used: set[int] = set()
    for name in names:
        colour = stable.get(name)
        if colour is not None and colour % PALETTE_SIZE not in used:
            out[name] = colour % PALETTE_SIZE
            used.add(out[name])
    for name in names:
        if name not in out:
            free = [k for k in range(PALETTE_SIZE) if k not in used]
            out[name] = free[0] if free else stable.get(name, 0) % PALETTE_SIZE
            used.add(out[name])
    return out


def _bounds(fact: Fact) -> tuple[Number, Number | None]:
    """A figure's interval in base units, widened by its rounding (as the engine compares)."""
    low = max(0, (fact.low or 0) - fact.rounding)
    high = None if fact.high is None else fact.high + fact.rounding
    return low, high


_CHART_W = 720
_LABEL_W = 220
_ROW = 20


def dispute_chart(
    c: FigureConflict,
    shown: Sequence[Sequence[ClaimView]],
    facts: Mapping[str, Fact],
    folded: Sequence[int],
) -> Chart:
    """The log-scale range chart of a disputed figure: one bar per listed claim, grouped by
    position (a band each), claimant labels on the left, decades on the axis; a folded
    position ends with a line saying how many claims are not drawn."""
    left, right = _LABEL_W + 10, _CHART_W - 90  # room on the right for the last bar's figure
    values: list[Number] = []
    for p in c.positions:
        values += [p.low] + ([p.high] if p.high is not None else [])
    scale = LogScale(values, left, right)
    bars, labels, bands, lines = [], [], [], []
    y = 8.0
    for i, claims in enumerate(shown):
        colour = i % PALETTE_SIZE
        top = y
        for cv in claims:
            low, high = _bounds(facts[cv.id])
            x1 = scale(low)
            x2 = right if high is None else scale(high)
            bars.append(
                Bar(
                    claim_id=cv.id,
                    x=round(x1, 1),
                    y=y + 4,
                    width=round(max(x2 - x1, 4.0), 1),
                    height=12,
                    colour=colour,
                    title=f"{cv.claimant}: {cv.figure} {cv.reading or ''}".strip(),
                    open_end=high is None,
                )
            )
            who = cv.claimant + (" (relaying)" if cv.relays else "")
            labels.append(_label(_LABEL_W, y + 14, who, 30, "end"))
            figure = amount_text(low, high, facts[cv.id].dimension)
            labels.append(_value_label(x1, x1 + max(x2 - x1, 4.0), y + 14, figure, right))
            y += _ROW
        if folded[i]:
            labels.append(
                Label(
                    left,
                    y + 14,
                    f"and {folded[i]} more claim{'' if folded[i] == 1 else 's'} "
                    f"in position {i + 1}",
                    css="more",
                )
            )
            y += _ROW
        bands.append(Band(0, top, _CHART_W, y - top, colour))
        labels.append(Label(4, top + 14, str(i + 1), css="pos"))
        y += 6
    axis = y + 4
    lines.append(Line(left, axis, right, axis, "axis"))
    for x, v in scale.values():
        lines.append(Line(x, 4, x, axis, "grid"))
        labels.append(Label(x, axis + 16, tick_amount(v, c.dimension), "middle", "tick"))
    labels.append(Label(right, axis + 34, axis_label(c.measure, c.dimension), "end", "unit"))
    unit = base_unit(c.dimension)
    title = (
        f"Range chart of {c.measure}"
        + (f" {'forecasts of' if c.forecasts else 'as of'} {c.as_of}" if c.as_of else "")
        + f": {len(bars)} claims in {len(c.positions)} positions on a log scale"
        + (f" ({unit})" if unit else "")
    )
    return Chart(
        _CHART_W,
        int(axis + 42),
        title,
        tuple(bars),
        tuple(labels),
        tuple(lines),
        tuple(bands),
    )


@lru_cache(maxsize=16384)
def _day(date: str) -> int:
    """A (partial) ISO date as a day number: its first day ("2017-11" -> 1 November); a time
    of day is on its day ("2023-01-31T12:00" -> 31 January)."""
    parts = [int(p) for p in date.partition("T")[0].split("-")]
    parts += [1] * (3 - len(parts))
    return _dt.date(parts[0], parts[1], parts[2]).toordinal()


@lru_cache(maxsize=16384)
def _days(date: str) -> tuple[int, int]:
    """The first and last day a (partial) ISO date covers: "2017-11" is 1-30 November,
    "2017" the whole year, "2017-11-13" that day (and "2017-11-13T09:00" too)."""
    parts = [int(p) for p in date.partition("T")[0].split("-")]
    first = _day(date)
    if len(parts) == 3:
        return first, first
    if len(parts) == 2:
        y, m = parts
        nxt = _dt.date(y + (m == 12), m % 12 + 1, 1).toordinal()
        return first, nxt - 1
    return first, _dt.date(parts[0] + 1, 1, 1).toordinal() - 1


PRECISION = {4: "year", 7: "month"}  # length of a partial ISO date -> what it names
VALUE_LABELS = 40  # a trend chart of up to this many bars writes each figure above its bar


def trend_chart(
    measure: str,
    dimension: str,
    points: Sequence[tuple[str, ClaimView, Fact]],
    colours: Mapping[str, int],
) -> Chart:
    """A measure's figures over time: one vertical bar per dated figure (its interval, log
    scale), at the date it describes (as_of, else when it was said), one colour per claimant
    (unique in the chart, the claimant's colour across the report when free). A figure dated
    only by its month or year is a band as wide as that month or year, said in the notes."""
    left, right, top, bottom = 70.0, _CHART_W - 20.0, 30.0, 234.0
    spans = [_days(d) for d, _, _ in points]
    d0, d1 = min(a for a, _ in spans), max(b for _, b in spans) + 1
    if d1 - d0 < 30:
        d0, d1 = d0 - 15, d1 + 15
    span = d1 - d0

    def x_of(day: float) -> float:
        return left + 10 + (day - d0) / span * (right - left - 20)

    values: list[Number] = []
    for _, _, f in points:
        low, high = _bounds(f)
        values += [low] + ([high] if high is not None else [])
    scale = LogScale(values, bottom, top)  # larger values higher up
    mine = chart_colours((cv.claimant for _, cv, _ in points), colours)
    bars, labels, lines = [], [], []
    vague: set[str] = set()
    forecasts = False
    for (date, cv, f), (first, last) in zip(points, spans, strict=True):
        low, high = _bounds(f)
        y_low = scale(low)
        y_high = top if high is None else scale(high)
        h = max(y_low - y_high, 4.0)
        precision = PRECISION.get(len(date))
        if precision:
            vague.add(precision)
            x1, x2 = x_of(first), x_of(last + 1)
            if x2 - x1 < 6:
                x1, x2 = (x1 + x2) / 2 - 3, (x1 + x2) / 2 + 3
        else:
            x1, x2 = x_of(first) - 3, x_of(first) + 3
        shown = amount_text(low, high, f.dimension)
        when = f"{date} (the {precision} only)" if precision else date
        if cv.forecast_of is not None:  # drawn at the moment it forecasts, said as one
            forecasts = True
            when = f"forecast of {when}, {'said ' if cv.basis == 'said_on' else ''}{cv.when}"
        bars.append(
            Bar(
                claim_id=cv.id,
                x=round(x1, 1),
                y=round(y_low - h, 1),
                width=round(x2 - x1, 1),
                height=round(h, 1),
                colour=mine.get(cv.claimant, 0),
                title=f"{when}: {cv.claimant}: {cv.figure} ({shown})",
                open_end=high is None,
                span=bool(precision),
                forecast=cv.forecast_of is not None,
            )
        )
        if len(points) <= VALUE_LABELS:
            labels.append(
                Label(round((x1 + x2) / 2, 1), round(y_low - h - 4, 1), shown, "middle", "value")
            )
    lines.append(Line(left, bottom, right, bottom, "axis"))
    lines.append(Line(left, top, left, bottom, "axis"))
    for y, v in scale.values():
        lines.append(Line(left, y, right, y, "grid"))
        labels.append(Label(left - 6, y + 4, tick_amount(v, dimension), "end", "tick"))
    labels.append(Label(left, top - 16, axis_label(measure, dimension), "start", "unit"))
    first_date = min(d for d, _, _ in points)
    last_date = max(d for d, _, _ in points)
    if first_date == last_date:
        labels.append(Label(x_of(_day(first_date)), bottom + 18, first_date, "middle", "tick"))
    else:
        labels.append(
            Label(x_of(_days(first_date)[0]) - 4, bottom + 18, first_date, "start", "tick")
        )
        labels.append(Label(x_of(_days(last_date)[1]) + 4, bottom + 18, last_date, "end", "tick"))
    legend = tuple(
        sorted({(k, name) for name, k in mine.items()}, key=lambda t: (t[0], t[1].casefold()))
    )
    notes = []
    if vague:
        which = " or ".join(p for p in ("month", "year") if p in vague)
        notes.append(
            f"A wide, lighter bar is a figure dated only by its {which}: it spans the whole "
            f"{which}, since the day is not known."
        )
    if forecasts:
        notes.append(
            "A hollow bar with a dotted outline is a forecast: stated before the moment it is "
            "drawn at, it is no figure of that moment (its title says when it was stated)."
        )
    if len(mine) > PALETTE_SIZE:
        notes.append(
            f"{len(mine)} claimants and {PALETTE_SIZE} colours: some colours repeat; each "
            "bar's title names its claimant."
        )
    if len(points) > VALUE_LABELS:
        notes.append("Each bar's figure is in its title and in the timeline below.")
    unit = base_unit(dimension)
    title = (
        f"{measure} over time: {plural(len(bars), 'figure')} "
        f"from {first_date} to {last_date}, log scale"
        + (f" ({unit})" if unit else "")
        + ", one colour per claimant"
    )
    return Chart(
        _CHART_W,
        int(bottom + 28),
        title,
        tuple(bars),
        tuple(labels),
        tuple(lines),
        (),
        legend,
        merged=len(bars) > MERGE_BARS,
        notes=tuple(notes),
    )


# ---------------------------------------------------------------------------------------------
# Findings


@dataclass(frozen=True, slots=True)
class Position:
    number: int
    label: str  # the range, or the stance
    claims: tuple[ClaimView, ...]  # listed in full
    folded: tuple[ClaimView, ...]  # listed briefly, in a <details>
    claimants: tuple[str, ...]
    colour: int
    unlisted: int = 0  # claims beyond the folded ones: counted only

    @property
    def total(self) -> int:
        return len(self.claims) + len(self.folded) + self.unlisted


@dataclass(frozen=True, slots=True)
class FigureDispute:
    number: int
    measure: str
    as_of: str | None
    spread: str
    positions: tuple[Position, ...]
    gaps: tuple[str, ...]  # "1→2: 3.8x"
    chart: Chart
    kind: str = "figure"
    # what its times say (``time_lines``): why their order is not known, claimants' own updates
    notes: tuple[str, ...] = ()
    times_ordered: bool = True
    later: int = 0  # its figures with no as_of stated after as_of (``figure_when``)
    forecasts: bool = False  # every figure a forecast of as_of (``figure_when``)
    unchecked: str = ""  # it rests on figures not in their quotes (``unchecked_note``)

    @property
    def anchor(self) -> str:
        return f"d{self.number}"

    @property
    def heading(self) -> str:
        when = _when(
            self.measure, self.as_of, self.later, self.times_ordered, self.forecasts, self.unchecked
        )
        return f"Disputed figure: {when}: {len(self.positions)} positions, spread {self.spread}"


@dataclass(frozen=True, slots=True)
class StanceDispute:
    number: int
    proposition: str
    positions: tuple[Position, ...]  # affirms, denies
    kind: str = "stance"

    @property
    def anchor(self) -> str:
        return f"d{self.number}"

    @property
    def heading(self) -> str:
        return f"Disputed proposition: {self.proposition}"


@dataclass(slots=True)
class Step:
    label: str  # "said 2017-10-14", "reported 2017-11", "as of 2023-09-12", "undated"
    claim: ClaimView


@dataclass(frozen=True, slots=True)
class Sequence_:
    """A reversal or a revision: statements in date order, a small timeline."""

    number: int
    kind: str  # "reversal" | "walk-back" | "revision"
    heading_text: str
    steps: tuple[Step, ...]  # listed in full
    note: str | None = None
    folded: tuple[Step, ...] = ()  # listed in one line each
    unlisted: int = 0
    # a reversal's lines under its steps (``reversal_notes``), one each: ``note`` is then None
    notes: tuple[str, ...] = ()

    @property
    def anchor(self) -> str:
        return f"d{self.number}"

    @property
    def heading(self) -> str:
        return self.heading_text


@dataclass(frozen=True, slots=True)
class SumView:
    number: int
    total: str
    parts: tuple[str, ...]
    text: str
    holds: bool
    claims: tuple[tuple[str, ClaimView], ...]  # (measure, claim)
    kind: str = "sum"
    of: int = 0  # a partial breakdown: how many parts the relation has (SumFinding.of)

    @property
    def anchor(self) -> str:
        return f"d{self.number}" if self.number else ""

    @property
    def heading(self) -> str:
        return sum_heading(self.total, self.parts, of=self.of)


def sum_heading(total: str, parts: Sequence[str], many: bool = False, of: int = 0) -> str:
    """A sum finding's heading: "Sum does not add up: total = a + b" ("Sums do not add up"
    for ``many``); a part alone above its total (the only part a claimant gave) is named as
    such, never as a sum of one part: "Part above its total: a, a part of total"; some of
    the parts (``of``: how many the relation has) as what they are, never as the total's sum:
    "Parts above their total: a + b, 2 of the 3 parts of total"."""
    if of:
        head = "Partial breakdowns above their total" if many else "Parts above their total"
        return f"{head}: {' + '.join(parts)}, {len(parts)} of the {of} parts of {total}"
    if len(parts) == 1:
        head = "Parts above their total" if many else "Part above its total"
        return f"{head}: {parts[0]}, a part of {total}"
    head = "Sums do not add up" if many else "Sum does not add up"
    return f"{head}: {total} = {' + '.join(parts)}"


Finding = FigureDispute | StanceDispute | Sequence_ | SumView

_BASIS = {"said_on": "said", "reported_on": "reported", "as_of": "as of"}


def sum_amount(low: float, high: float | None, dimension: str) -> str:
    """A sum's amount for people, never rounded (a shortfall is in its last digits): money
    with its currency first and in its scale when that is exact ("$5.75–6.15 bn", not
    "5,750,000,000–6,150,000,000 USD"), anything else as compared (``range_text``)."""
    return money_text(low, high, dimension) or range_text(low, high, dimension)


def sum_text(
    c: SumFinding, records: Mapping[str, Mapping[str, Any]], mixed_note: bool = True
) -> str:
    """One line for a sum: 'SDF: 250 + 3,500 = 3,675–3,825, but Raqqa24: “4,000”', saying
    when its parts may be of different moments (``mixed_note``)."""
    terms: dict[str, list[str]] = {}
    for i in c.claims[:-1]:
        value = inline_figure(str(records[i].get("value")))
        terms.setdefault(records[i].get("measure") or "", []).append(value)
    parts = " + ".join(" / ".join(v) for v in terms.values())
    total = records[c.claims[-1]]
    implied = sum_amount(c.low, c.high, c.dimension)  # "$5.75–6.15 bn", exactly
    if len(c.parts) == 1:
        head = f"{c.claimant}: {parts} {c.parts[0]} alone"
    elif c.of:  # some of the parts: a floor of the total
        head = f"{c.claimant}: {parts} = {implied} ({len(c.parts)} of {c.of} parts)"
    else:
        head = f"{c.claimant}: {parts} = {implied}"
    if c.holds:
        return (
            f"{head}, consistent with “{total.get('value')}” ({total['claimant']})"
            f"{rounded_only([c], records)}{bound_only([c], records)}"
        )
    text = f"{head}, but {total['claimant']}: “{total.get('value')}”"
    if c.direction is not None and c.by is not None:
        by = sum_amount(c.by[0], c.by[1], c.dimension)
        # a gap that rounds to 1 is still a gap: never "1x" next to a shortfall
        gap = "under 1.05x" if c.gap == 1 else ratio_text(c.gap)
        text += f": {'short' if c.direction == 'short' else 'over'} by {by}, {gap}"
    if c.mixed and mixed_note:
        text += f" ({_mixed_text(c.as_of)})"
    return text


def rounded_only(checks: Sequence[SumFinding], records: Mapping[str, Mapping[str, Any]]) -> str:
    """What a line of sums that hold adds when none of its checks holds with its figures as
    said, only through the rounding of its round figures (docs/conflicts.md, rule 10): ";
    as said, the parts sum to 294, which meets no total: it holds only within the rounding of
    round figures" ("" when a check holds as said). NDTV's "240 seats and its allies got 54
    seats" against 293 and 292 seats is no sum that adds up, though "240", read as a round
    number (235-245), makes it one: a count stated to the unit may be exact. Counts and
    shares only, whose figures are stored as said in the unit the engine adds."""
    if not checks or checks[0].dimension not in ("count", "share"):
        return ""
    sums: list[tuple[float, float]] = []
    for c in checks:
        bounds = [records.get(i) for i in c.claims]
        if any(r is None or r.get("low") is None for r in bounds):
            return ""
        said = [
            (float(r["low"]), _INF if r.get("high") is None else float(r["high"]))
            for r in bounds
            if r is not None
        ]
        low = sum(b[0] for b in said[:-1])
        high = sum(b[1] for b in said[:-1])
        t_low, t_high = min(said[-1]), max(said[-1])
        tolerance = 1e-9 * max(abs(low), abs(t_low), 1.0)
        if low <= t_high + tolerance and t_low <= high + tolerance:
            return ""  # it holds as said
        sums.append((low, high))
    low, high = min(s[0] for s in sums), max(s[1] for s in sums)
    span = sum_amount(low, None if high == _INF else high, checks[0].dimension)
    what = "it holds" if len({c.claims[:-1] for c in checks}) == 1 else "they hold"
    return (
        f"; as said, the parts sum to {span}, which meets no total: {what} only within the "
        "rounding of round figures"
    )


_FAR = 1.1  # the default materiality (docs/conflicts.md, rule 6)


def bound_only(checks: Sequence[SumFinding], records: Mapping[str, Mapping[str, Any]]) -> str:
    """What a line of sums that hold adds when each of its checks holds only through a total
    said as a bound that the parts' sum lies far beyond (1.1x or more): "; “over US$2.0
    billion” says only a floor: the parts sum to 2.1x it". The World Bank's early "over
    US$2.0 billion" for Idai's recovery "held" against later assessments of $4.3 billion: true
    of a floor, but no agreement to print ("" when a check is not of that kind). Counts,
    shares and money, whose figures are stored in the unit the engine adds."""
    dimension = checks[0].dimension if checks else ""
    if dimension not in ("count", "share") and not dimension.startswith("currency:"):
        return ""
    far: list[tuple[float, str]] = []
    for c in checks:
        total = records.get(c.claims[-1])
        if total is None or total.get("low") is None:
            return ""
        t_low, t_high = float(total["low"]), total.get("high")
        if t_high is None and t_low > 0:  # "over 2 billion", "at least 59"
            ratio, side = c.low / t_low, "a floor: the parts sum to {}x it"
        elif t_high is not None and t_low <= 0 and c.high is not None and c.high > 0:
            ratio, side = float(t_high) / c.high, "a ceiling, {}x the parts' sum"
        else:
            return ""
        if ratio < _FAR:
            return ""
        far.append((ratio, side))
    ratio = min(r for r, _ in far)
    shown = f"{round(ratio, 1):g}" if ratio < 10 else f"{round(ratio):g}"
    sides = {side for _, side in far}
    values = list(dict.fromkeys(str(records[c.claims[-1]].get("value")) for c in checks))
    if len(sides) > 1:
        return ""
    says = f"“{values[0]}” says" if len(values) == 1 else "each total says"
    at_least = "" if len({r for r, _ in far}) == 1 else "at least "
    return f"; {says} only {sides.pop().format(at_least + shown)}"


def _mixed_text(as_of: str | None) -> str:
    return (
        f"its figures come from different reports of {as_of or 'no date'}, whose order is not "
        "known: they may be of different moments"
    )


def figure_when(c: Any) -> str:
    """A figure conflict's measure and time, as its heading names them: "deaths (as of
    2017-09-20)", "deaths (as of 2017-09-20, order not known)" when the figures' times cannot
    be ordered (docs/conflicts.md, rule 9)."""
    return _when(
        c.measure,
        c.as_of,
        len(getattr(c, "later", ())),
        c.times_ordered,
        getattr(c, "forecasts", False),
        unchecked_note(c),
    )


def _when(
    measure: str,
    as_of: str | None,
    later: int,
    ordered: bool,
    forecasts: bool,
    unchecked: str = "",
) -> str:
    """``figure_when`` from its parts: "deaths (as of 2017-09-20, order not known)";
    "cpi-inflation (forecasts of 2025-10)" for a dispute among forecasts of one moment, each
    stated surely before it (rule 2), which are no figures of the moment."""
    notes = [f"{'forecasts of' if forecasts else 'as of'} {as_of}"] if as_of else []
    if later:  # figures with no as_of stated after it (docs/conflicts.md, rule 2)
        notes.append(f"{plural(later, 'figure')} stated later with no as_of")
    if not ordered:
        notes.append("order not known")
    if unchecked:  # quotes31: the dispute rests on figures not in their quotes
        notes.append(unchecked)
    return f"{measure} ({', '.join(notes)})" if notes else measure


_BASIS = {"as_of": "as of", "said_on": "said", "reported_on": "reported"}


def _fall_said(fall: Any, n: int, records: Mapping[str, Mapping[str, Any]]) -> str:
    """One figure of a fall between claimants, as its line names it: "471 (Gaza Ministry of
    Health, said 2023-10-18)" (``n`` 0: the earlier, 1: the later)."""
    cid = fall.claims[n]
    value = records[cid].get("value") if cid in records else cid
    date, basis = fall.dates[n]
    return f"{inline_figure(str(value))} ({fall.claimants[n]}, {_BASIS[basis]} {date})"


def _fall_line(fall: Any, records: Mapping[str, Mapping[str, Any]]) -> str:
    """A fall between claimants inside their dispute (rule 9): "later and lower: 10–50 (EU
    official, said 2023-10-19), 9.4x below 471 (Gaza Ministry of Health, said 2023-10-18)"."""
    ratio = "down to zero from" if fall.ratio is None else f"{fall.ratio:g}x below"
    return (
        f"later and lower: {_fall_said(fall, 1, records)}, {ratio} {_fall_said(fall, 0, records)}"
    )


def _fall_lines(falls: Sequence[Any], records: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """The falls between claimants inside a dispute, one line per fall as said (two copies of
    one wire story: "(2 reports)"), and one line for an earlier figure that three later ones
    or more fall below: "later and lower than 500,000 (Youri Latortue, said 2010-01-13):
    111,481 (Haitian government, as of 2010-01-23), 4.3x below; 150,000 (...), 3.1x below (2
    reports); ...". Before (time19), the Haiti earthquake's dispute gave a senator's 500,000
    of the first day nine times, once for each later count below it."""
    below: dict[str, dict[str, int]] = {}  # the earlier figure -> each later one, as said
    lines: dict[str, int] = {}  # each fall's own line, as said
    for fall in falls:
        line = _fall_line(fall, records)
        lines[line] = lines.get(line, 0) + 1
        ratio = "to zero" if fall.ratio is None else f"{fall.ratio:g}x below"
        later = below.setdefault(_fall_said(fall, 0, records), {})
        step = f"{_fall_said(fall, 1, records)}, {ratio}"
        later[step] = later.get(step, 0) + 1
    out: list[str] = []
    told: set[str] = set()
    for fall in falls:
        earlier = _fall_said(fall, 0, records)
        later = below[earlier]
        if len(later) > 2:  # one line for the earlier figure, at its first fall
            if earlier not in told:
                told.add(earlier)
                steps = [step if n == 1 else f"{step} ({n} reports)" for step, n in later.items()]
                out.append(f"later and lower than {earlier}: {'; '.join(steps)}")
            continue
        line = _fall_line(fall, records)
        if line not in told:
            told.add(line)
            n = lines[line]
            out.append(line if n == 1 else f"{line} ({n} reports)")
    return out


def time_lines(
    c: Any,
    records: Mapping[str, Mapping[str, Any]],
    cumulative: bool = False,
    moment: bool = False,
    told: bool = False,
) -> list[str]:
    """What a figure conflict's times say, one line each: why its order is not known, and each
    claimant standing in two of its positions with figures of unknown order (their own
    update, not a dispute with themselves). ``cumulative``: the measure is a running count;
    ``moment``: a count of the moment (``Report.moments``), which may rise or fall; ``told``:
    the dispute of one claimant is told as its reversal (``reversal_notes``), which shows no
    positions: "its own figures for 2023-01-31 disagree (...)"."""
    lines = [time_note(c, moment)] if not c.times_ordered else []
    where = {cid: n for n, p in enumerate(c.positions, 1) for cid in p.claims}
    for claimant, ids in c.updates:
        by_position: dict[int, list[str]] = {}
        for cid in ids:
            value = records[cid].get("value") if cid in records else cid
            by_position.setdefault(where.get(cid, 0), []).append(inline_figure(str(value)))
        said = " and ".join(
            f"{' · '.join(values)} (position {n})" for n, values in sorted(by_position.items())
        )
        dates = {c.times[0]} if len(c.times) == 1 else set()
        when = f"{'both' if len(ids) == 2 else 'all'} {dates.pop()}, " if dates else ""
        lines.append(
            f"{claimant} gives {said}, {when}order not known: its own update, "
            "not a dispute with itself"
        )
    lines += [own_line(c, d, told) for d in getattr(c, "own", ())]  # the engine's
    lines += _fall_lines(c.falls, records)
    later = _stated_later(c, records)
    if later:
        said = " and ".join(
            f"{inline_figure(str(r['value']))} ({r['claimant']}, {_stated_text(r)})"
            for _, r in later[:3]
        )
        more = f" and {len(later) - 3} more" if len(later) > 3 else ""
        they = "it gives" if len(later) == 1 else "they give"
        lines.append(
            f"{said}{more}: {they} no as_of and {'was' if len(later) == 1 else 'were'} stated "
            f"after {c.as_of}, so {'it' if len(later) == 1 else 'they'} may describe a later "
            "moment (a change, not a dispute); give --as-of to say which"
        )
    stages = getattr(c, "stages", None)  # the engine's, from the quotes' stored marks
    if stages is not None:
        lines.append(plan_stage_line(stages))
    for cid, words in getattr(c, "revised", ()):
        r = records.get(cid)
        value, claimant = (cid, "") if r is None else (r.get("value"), r.get("claimant"))
        lines.append(
            f"“{value}” ({claimant}): its quote says the count was revised "
            f"from it (“{words}”): an earlier figure, to be dated (--as-of) before the "
            "one that replaced it"
        )
    return lines


def _stated_text(r: Mapping[str, Any]) -> str:
    date, basis = date_of(r.get("said_on"), r.get("reported_on"))
    return f"reported {date}" if basis == "reported_on" else f"said {date}"


def _stated_later(
    c: Any, records: Mapping[str, Mapping[str, Any]]
) -> list[tuple[str, Mapping[str, Any]]]:
    """The claims of a figure dispute of one moment that give no as_of and were said (else
    reported) after it (``FigureConflict.later``, docs/conflicts.md, rule 2): compared with
    that moment, they may as well describe a later one."""
    found = [(cid, records[cid]) for cid in getattr(c, "later", ()) if cid in records]
    # in the order they were stated
    return sorted(
        found, key=lambda x: (date_of(x[1].get("said_on"), x[1].get("reported_on"))[0] or "", x[0])
    )


def unchecked_note(c: Any) -> str:
    """What a figure dispute's heading says, with its caveats of time, when it rests on
    figures an import stored though they are not in their quotes (quotes31:
    ``FigureConflict.not_in_quote``, "unchecked"): fewer than two of its positions hold a
    figure that is in its quote or vouched for as a paraphrase, so that without those figures
    there is no dispute: "resting on a figure not in its quote, imported unchecked". ""
    otherwise (nearly always: nothing is looked at)."""
    said = getattr(c, "not_in_quote", ())
    if not said:
        return ""
    unchecked = {cid for cid, state in said if state == UNCHECKED}
    if not unchecked:
        return ""
    vouched = sum(1 for p in c.positions if any(cid not in unchecked for cid in p.claims))
    if vouched >= 2:
        return ""
    what = "a figure not in its quote" if len(unchecked) == 1 else "figures not in their quotes"
    return f"resting on {what}, imported unchecked"


def finding_heading(c: Any, records: Mapping[str, Mapping[str, Any]]) -> str:
    """A finding's heading as the terminal and the report say it (its kind, its caveats of
    time and its spread: "Disputed figure: deaths (as of 2017-09-20, order not known): 2
    positions, spread 1.5x", "Fall between claimants: deaths (cumulative), 9.4x lower"), for
    the outputs that list findings row by row (the fact-check sheet, the workbook). A kind
    this module does not know is named by its kind."""
    if isinstance(c, FigureConflict):
        return (
            f"Disputed figure: {figure_when(c)}: {len(c.positions)} positions, "
            f"spread {spread_text(c)}"
        )
    if isinstance(c, StanceConflict):
        return f"Disputed proposition: {c.proposition}"
    if isinstance(c, Revision):
        return revision_heading(c)
    if isinstance(c, SumFinding):
        return sum_heading(c.total, c.parts, of=c.of)
    if isinstance(c, Reversal):
        return reversal_heading(c, passed_on=passed_on(c, records))
    return str(getattr(c, "kind", type(c).__name__))


def finding_notes(c: Any, report: Report, records: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """The caveats `conflicts` prints under a finding, one line each, for every output that
    shows it: a figure dispute's times (``time_lines``) and, on a cumulative measure with no
    as_of, the statements' dates (``undated_toll_note``); a revision's reading; a reversal
    on a measure whose figures may describe later moments (``reversal_time_line``); a sum's
    line (``sum_text``: its parts' sum, the total it misses, short or over and by how much,
    and "whose order is not known" when its figures may be of different moments), which the
    sheet's label and range alone do not say (outputs8)."""
    if isinstance(c, FigureConflict):
        lines = time_lines(c, records, c.measure in report.cumulative, c.measure in report.moments)
        subject = records.get(c.positions[0].claims[0], {}).get("subject", "")
        return lines + [terminal_line(subject, h) for h in finding_hints(c, 0, report, records)]
    if isinstance(c, Revision):
        return [revision_note(c)]
    if isinstance(c, Reversal):
        lines = reversal_notes(c, records, report.cumulative, report.moments)
        if not c.disputes:
            return lines
        subject = records.get(c.claims[0], {}).get("subject", "")
        return lines + [terminal_line(subject, h) for h in finding_hints(c, 0, report, records)]
    if isinstance(c, SumFinding):
        return [sum_text(c, records)]
    return []


def reversal_notes(
    c: Any,
    records: Mapping[str, Mapping[str, Any]],
    cumulative: Iterable[str] = (),
    moments: Iterable[str] = (),
) -> list[str]:
    """What a reversal says under its heading, one line each: what the disputes it tells
    (``Reversal.disputes``: one claimant alone in them) said about their figures' times
    (``time_lines``), else whether some of its figures may describe a later moment
    (``reversal_time_line``). ``cumulative``, ``moments``: the measures read as running counts
    and as counts of the moment (``Report``)."""
    lines: list[str] = []
    for d in getattr(c, "disputes", ()):
        lines += time_lines(d, records, d.measure in cumulative, d.measure in moments, told=True)
    later = reversal_time_line(c, records)  # () in the engine when a dispute told says it
    if later:
        lines.append(later)
    return list(dict.fromkeys(lines))


REVISION_NOTE = "a total that can only grow was later given as less: a correction, or a dispute"


def reversal_time_line(c: Any, records: Mapping[str, Mapping[str, Any]]) -> str:
    """What a reversal on a measure says when some of its figures give an as_of and others,
    giving none, were stated after it (``Reversal.later``, the engine's): they may describe a
    later moment, and the "reversal" a change over time ("" when none is)."""
    later = [r for cid in getattr(c, "later", ()) if (r := records.get(cid)) is not None]
    if not later:
        return ""
    said = " and ".join(f"{inline_figure(str(r['value']))} ({_stated_text(r)})" for r in later[:3])
    return (
        f"{said} {'gives' if len(later) == 1 else 'give'} no as_of, stated after "
        f"{c.later_than}: {'it' if len(later) == 1 else 'they'} may describe a later moment, a "
        "change rather than a reversal; give --as-of to say which"
    )


def plan_stage_line(stages: PlanStages) -> str:
    """The line under a dispute of money whose figures may be stages of one plan (sums4;
    ``FigureConflict.stages``, the engine's): an amount proposed, then changed in a
    negotiation (a budget cut from €500 billion of grants to €390 billion between May and
    July), reads as a dispute between sources when its figures give no as_of; the line asks
    for the as_of of each stage."""
    said = ", ".join(f"“{w}”" for w in stages.words[:3])
    return (
        f"no figure gives an as_of, and they were stated on different days ({stages.first} to "
        f"{stages.last}) in words of a plan's stages ({said}): an amount that changed between "
        "them (a budget proposed, then agreed; an estimate revised) reads as a dispute with no "
        "as_of; give each figure the --as-of of the stage it describes (the day of the "
        "proposal, of the deal) to compare them"
    )


def passed_on(c: Reversal, records: Mapping[str, Mapping[str, Any]]) -> bool:
    """Whether a walk-back's firm claims all relay another's claim (an outlet that carried a
    claim, then said it could not be verified): its heading says "passed on a position"."""
    if c.kind != "walk-back":
        return False
    firm = [
        r for r in map(records.get, c.claims) if r is not None and r.get("stance") != "uncertain"
    ]
    return bool(firm) and all(r.get("relays") for r in firm)


def _disputed_claims(findings: Sequence[object]) -> dict[str, int]:
    """Each claim that stands in a figure dispute of ``findings`` -> the number of the first
    such finding (counted from 1 over all of ``findings``)."""
    where: dict[str, int] = {}
    for n, c in enumerate(findings, 1):
        if isinstance(c, FigureConflict):
            for p in c.positions:
                for cid in p.claims:
                    where.setdefault(cid, n)
    return where


_PAIRED = 256  # a dispute of more claims names every time of it (its pairs would cost too much)


def _at_odds(
    findings: Sequence[object], changes: Sequence[Change], min_gap: float
) -> dict[str, int]:
    """Each claim at odds in a figure dispute of ``findings`` -> the number of the first such
    finding. A dispute of a running count across times (one with ``falls``) holds the
    count's whole course in a position, but only some of its figures are at odds with
    another position's: the two ends of each fall, a figure of a later time below one of an
    earlier time by ``min_gap`` or more (their intervals as the change over time gives them),
    and figures of times that cannot be ordered (one day, a month and a day in it) apart; the
    rest of the course is the count changing (time25: the ministry's 188 and 190 of late
    August, within 1.1x of the governor's "more than 200" of 10 August, were named "disputed
    ... not as the count changing"). Any other dispute's claims are all at odds, as
    ``_disputed_claims`` has them."""
    where: dict[str, int] = {}
    for n, c in enumerate(findings, 1):
        if not isinstance(c, FigureConflict):
            continue
        held = {cid: i for i, p in enumerate(c.positions) for cid in p.claims}
        keep = set(held)
        if c.falls and len(held) <= _PAIRED:
            keep = {cid for f in c.falls for cid in f.claims}
            timed = [
                (cid, pt.as_of, pt.low, math.inf if pt.high is None else pt.high)
                for ch in changes
                if ch.measure == c.measure and ch.dimension == c.dimension
                for pt in ch.points
                for cid in pt.claims
                if cid in held
            ]
            for k, (a, ta, la, ha) in enumerate(timed):
                for b, tb, lb, hb in timed[k + 1 :]:
                    if held[a] != held[b] and _apart_then(ta, la, ha, tb, lb, hb, min_gap):
                        keep.update((a, b))
        for cid in sorted(keep):
            where.setdefault(cid, n)
    return where


def _apart_then(
    ta: str, la: float, ha: float, tb: str, lb: float, hb: float, min_gap: float
) -> bool:
    """Whether two figures of a running count cannot both be true at their times: the later
    below the earlier by ``min_gap`` or more (their bounds), or, their times not ordered,
    apart at all."""
    if _before(ta, tb):
        return hb > 0 and la / hb >= min_gap and la > hb
    if _before(tb, ta):
        return ha > 0 and lb / ha >= min_gap and lb > ha
    return la > hb or lb > ha


def disputed_in_changes(report: Report) -> list[str]:
    """A line for each change over time whose points hold figures that stand in a figure
    dispute of the measure: those steps are the dispute laid out by time, not a count that
    changed ("deaths-hospital: 2023-10-17: 450–550 → 2023-10-18: 36–108 · 471" lists the
    ministry's toll and the estimates against it). The heading of the section says its
    figures are about different moments, not disputes: without this line it would say so of
    disputed figures too."""
    if not report.changes:
        return []
    where = _at_odds(report.conflicts, report.changes, report.min_gap)
    out = []
    for ch in report.changes:
        found: set[int] = set()
        times: list[str] = []
        for pt in ch.points:
            hits = {where[cid] for cid in pt.claims if cid in where}
            if hits:
                found |= hits
                if pt.as_of not in times:
                    times.append(pt.as_of)
        if found:
            which = ", ".join(map(str, sorted(found)))
            out.append(
                f"{ch.measure}: its figures of {', '.join(times)} are disputed (finding "
                f"{which}): read them there, not as the count changing"
            )
    return out


def moments_in_changes(report: Report) -> list[str]:
    """A line for each change over time of a count of the moment read at the day each figure
    was said (``Report.moments``), beside the change itself (the notes for the reviewer say
    it too, ``moment_note``): without this line its reader could not tell that the times
    are the statements' days, not as_of dates given."""
    changed = {ch.measure for ch in report.changes}
    return [
        f"{m}: each figure with no as_of is read at the day it was said (a count of the "
        "moment, such as people missing or accounted for, rises and falls): a figure that "
        "counts another moment needs its --as-of"
        for m in report.moments
        if m in changed
    ]


def superseded_in_changes(report: Report, records: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """A line for each figure shown only in the changes over time (in no figure dispute,
    where ``_flag_lines`` says it) whose own quote says the count was changed from it: the
    change over time would otherwise show a superseded figure as a count of its day ("→
    2023-11-12: 833" for "ranging from 500 to 833 before eventually settling on 471")."""
    if not report.changes:
        return []
    from claimtrack.quote_marks import revised_from  # (its patterns compiled when needed)

    disputed = _disputed_claims((*report.conflicts, *report.minor))
    out = []
    for ch in report.changes:
        for n, point in enumerate(ch.points):
            for cid in point.claims:
                r = records.get(cid)
                words = (
                    None
                    if r is None or cid in disputed or _dated_before_said(r)
                    else revised_from(r)
                )
                if (
                    r is not None
                    and words
                    and not _placed(r, point.as_of, ch.points[n + 1 :], records)
                ):
                    out.append(
                        f"{ch.measure}: “{r['value']}” ({r['claimant']}, {point.as_of}): its "
                        f"quote says the count was changed from it (“{words}”): an earlier "
                        "figure, to be dated (--as-of) before the one that replaced it"
                    )
    return out


def raised_in_changes(report: Report, records: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """A line for each fall in the change over time of a cumulative measure that is a count
    raised afterwards, in no finding: the claimant of the earlier time's figure stated it
    surely after its own lower figure of a later time (150 said on 3 March; on 5 March, 200
    "by 1 March"). No revision is found there (its latest word is the higher one), and the
    steps by time would otherwise read as a toll that fell."""
    if not report.changes or not report.cumulative:
        return []
    found: set[str] = set()
    for c in (*report.conflicts, *report.minor):
        if isinstance(c, FigureConflict):
            found.update(cid for p in c.positions for cid in p.claims)
        else:
            found.update(getattr(c, "claims", ()))
    out = []
    for ch in report.changes:
        if ch.measure not in report.cumulative:
            continue
        for i, early in enumerate(ch.points):
            for late in ch.points[i + 1 :]:
                high = math.inf if late.high is None else late.high
                if not (_before(early.as_of, late.as_of) and high < early.low):
                    continue
                line = _raised(ch.measure, early, late, records, found)
                if line is not None and line not in out:
                    out.append(line)
    return out


def _raised(
    measure: str,
    early: Any,
    late: Any,
    records: Mapping[str, Mapping[str, Any]],
    found: set[str],
) -> str | None:
    """The line for a higher figure of an earlier time stated after the same claimant's lower
    figure of a later time (``raised_in_changes``), or None."""
    for a in early.claims:
        for b in late.claims:
            ra, rb = records.get(a), records.get(b)
            if ra is None or rb is None or a in found or b in found:
                continue
            if claimant_key(ra["claimant"]) != claimant_key(rb["claimant"]):
                continue
            said_a = date_of(ra.get("said_on"), ra.get("reported_on"))[0]
            said_b = date_of(rb.get("said_on"), rb.get("reported_on"))[0]
            if said_a and said_b and _before(said_b, said_a):
                return (
                    f"{measure}: “{ra['value']}” ({ra['claimant']}, {early.as_of}) was said on "
                    f"{said_a}, after its “{rb['value']}” of {late.as_of}: a count raised "
                    "afterwards, not a fall"
                )
    return None


def _dated_before_said(record: Mapping[str, Any]) -> bool:
    """Whether a figure is dated (as_of) surely before its statement (said_on, else
    reported_on): "up from 146 cases on Friday", said on Tuesday and given Friday's date,
    is already placed before the figure that replaced it; nothing is left to date."""
    as_of = str(record.get("as_of") or "")
    said = str(record.get("said_on") or record.get("reported_on") or "")
    return bool(as_of and said) and as_of < said[: len(as_of)]


def _placed(
    record: Mapping[str, Any],
    time: str,
    later: Sequence[Any],
    records: Mapping[str, Mapping[str, Any]],
) -> bool:
    """Whether a figure its quote says was changed from already stands before the figure that
    replaced it: a point surely after its time holds a figure of the same claimant from the
    same quote ("increased from $9 million to more than $15 million", dated 2018 and 2021-04
    by the user). Nothing is left to date, so no flag asks for it."""
    for point in later:
        if not (time < point.as_of and not point.as_of.startswith(time)):
            continue
        for cid in point.claims:
            other = records.get(cid)
            if other is not None and _one_statement(record, other):
                return True
    return False


def _one_statement(record: Mapping[str, Any], other: Mapping[str, Any]) -> bool:
    """Whether two figure claims are one claimant's in one statement: the same quote, or the
    same article (source) when it is known ("an increase from the 49.78 percent turnout
    reported earlier at 3 PM" and that article's "60.03 percent by 7 PM", logged apart)."""
    if other.get("claimant") != record.get("claimant"):
        return False
    source = record.get("source")
    return other.get("quote") == record.get("quote") or (
        bool(source) and other.get("source") == source
    )


def sum_groups(findings: Iterable[Any]) -> list[list[SumFinding]]:
    """The sum findings among ``findings`` grouped by relation, claimant of the parts, time
    and verdict, in order of first appearance: one group per line of a collapsed listing."""
    groups: dict[tuple, list[SumFinding]] = {}
    for c in findings:
        if isinstance(c, SumFinding):
            key = (c.total, c.parts, c.claimant, c.as_of, c.holds, c.dimension)
            groups.setdefault(key, []).append(c)
    return list(groups.values())


def sums_text(group: Sequence[SumFinding], records: Mapping[str, Mapping[str, Any]]) -> str:
    """A group of sum findings (``sum_groups``) in one line, after its total's name; a group
    of one as ``sum_text``.

    Checks that hold: '6 parts by Civil Protection, as of 2017-09-20: 16 combinations of their
    figures sum to 207+ to 246+; each meets at least one of “223”, “248”, “At least 226”
    (Civil Protection)'. Checks that fail: how many, and the closest and the worst of them."""
    first = group[0]
    if len(group) == 1:
        return sum_text(first, records)
    when = f", as of {first.as_of}" if first.as_of else ""
    parts = plural(len(first.parts), "part")
    combos = {c.claims[:-1]: c for c in group}
    head = f"{parts} by {first.claimant}{when}: "
    count = plural(len(combos), "combination")
    if first.holds:
        sums = sorted(combos.values(), key=lambda c: (c.low, _INF if c.high is None else c.high))
        low = sum_amount(sums[0].low, sums[0].high, first.dimension)
        high = sum_amount(sums[-1].low, sums[-1].high, first.dimension)
        span = low if low == high else f"{low} to {high}"
        totals: dict[str, list[str]] = {}
        for c in group:
            value = f"“{records[c.claims[-1]].get('value')}”"
            names = totals.setdefault(c.total_claimant, [])
            if value not in names:
                names.append(value)
        met = "; ".join(f"{', '.join(v)} ({who})" for who, v in totals.items())
        n_totals = sum(map(len, totals.values()))
        one = (
            "meets"
            if len(combos) == 1
            else "each meets"
            if n_totals == 1
            else "each meets at least one of"
        )
        note = rounded_only(group, records) + bound_only(group, records)
        verb = "sums" if len(combos) == 1 else "sum"  # "1 combination ... sums to 342"
        return f"{head}{count} of their figures {verb} to {span}; {one} {met}{note}"
    ranked = ranked_sums(group)
    checks = f" ({plural(len(group), 'check')})" if len(group) != len(combos) else ""

    def brief(c: SumFinding) -> str:
        text = sum_text(c, records, mixed_note=False)
        return text.removeprefix(f"{c.claimant}: ")

    mixed = {f.claims[:-1] for f in group if f.mixed}
    note = ""
    if mixed:
        each = "each" if len(mixed) == len(combos) else f"{len(mixed)} of them"
        note = f" ({each}: {_mixed_text(first.as_of)})"
    return (
        f"{head}{count} of their figures do not meet a total of their time{checks}: "
        f"closest {brief(ranked[0])}; worst {brief(ranked[-1])}{note}"
    )


def failing_text(checks: Sequence[SumFinding], report: Report) -> str:
    """What a line of checks that hold (one group of ``sum_groups``) adds so that no failing
    check hides behind it: how many other combinations of the same relation, claimant and time
    do not add up, and where they are listed ("" if none)."""
    c = checks[0]
    key = (c.total, c.parts, c.claimant, c.as_of, c.dimension)
    out = ""
    for where, findings in (("findings", report.conflicts), ("minor differences", report.minor)):
        combos = {
            f.claims[:-1]
            for f in findings
            if isinstance(f, SumFinding)
            and (f.total, f.parts, f.claimant, f.as_of, f.dimension) == key
        }
        if combos:
            verb = "does" if len(combos) == 1 else "do"
            out += f"; {plural(len(combos), 'other combination')} {verb} not add up ({where})"
    return out


def ranked_sums(group: Sequence[SumFinding]) -> list[SumFinding]:
    """Sum findings that do not hold, closest first: by gap (None, infinite, last), then by
    the least shortfall or excess."""
    return sorted(
        group,
        key=lambda c: (_INF if c.gap is None else c.gap, c.by[0] if c.by else 0, c.claims),
    )


_INF = float("inf")


def _split(claims: Sequence[Any]) -> tuple[tuple[Any, ...], tuple[Any, ...], int]:
    """(listed in full, listed in one line each, count of the rest)."""
    if len(claims) <= SHOW_ALL:
        return tuple(claims), (), 0
    end = FOLD_AFTER + BRIEF_MAX
    return tuple(claims[:FOLD_AFTER]), tuple(claims[FOLD_AFTER:end]), max(0, len(claims) - end)


def _finding(
    n: int,
    c: Any,
    views: Mapping[str, ClaimView],
    records: Mapping[str, Mapping[str, Any]],
    facts: Mapping[str, Fact],
    cumulative: frozenset[str] = frozenset(),
    moments: Sequence[str] = (),
) -> Finding:
    if isinstance(c, FigureConflict):
        positions = []
        spans = apart_texts([(p.low, p.high) for p in c.positions], c.dimension, report=True)
        for i, p in enumerate(c.positions, 1):
            listed, folded, unlisted = _split([views[cid] for cid in p.claims])
            positions.append(
                Position(
                    i,
                    spans[i - 1],
                    listed,
                    folded,
                    p.claimants,
                    (i - 1) % PALETTE_SIZE,
                    unlisted,
                )
            )
        gaps = gap_texts(c)
        chart = dispute_chart(
            c, [p.claims for p in positions], facts, [p.total - len(p.claims) for p in positions]
        )
        return FigureDispute(
            n,
            c.measure,
            c.as_of,
            spread_text(c),
            tuple(positions),
            gaps,
            chart,
            notes=tuple(time_lines(c, records, c.measure in cumulative, c.measure in moments)),
            times_ordered=c.times_ordered,
            later=len(c.later),
            forecasts=c.forecasts,
            unchecked=unchecked_note(c),
        )
    if isinstance(c, StanceConflict):
        sides = []
        for i, side in enumerate(c.positions, 1):
            listed, folded, unlisted = _split([views[cid] for cid in side.claims])
            sides.append(
                Position(
                    i, side.stance, listed, folded, side.claimants, 2 if i == 1 else 5, unlisted
                )
            )
        return StanceDispute(n, c.proposition, tuple(sides))
    if isinstance(c, Revision):
        steps = tuple(
            Step(f"{_BASIS[basis]} {date}", views[cid])
            for cid, (date, basis) in zip(c.claims, c.dates, strict=True)
        )
        return Sequence_(
            n,
            "revision",
            revision_heading(c),
            steps,
            revision_note(c),
        )
    if isinstance(c, SumFinding):
        measures = [*c.parts, c.total] if len(c.claims) == len(c.parts) + 1 else []
        claims = tuple(
            (measures[k] if measures else views[cid].topic, views[cid])
            for k, cid in enumerate(c.claims)
        )
        return SumView(n, c.total, c.parts, sum_text(c, records), c.holds, claims, of=c.of)
    if not isinstance(c, Reversal):  # a kind the engine finds that this page does not know
        return _other_finding(n, c, views, records)
    dates = c.dates or ((None, None),) * len(c.claims)
    steps = tuple(
        Step(f"{_BASIS[basis]} {date}" if date and basis else "undated", views[cid])
        for cid, (date, basis) in zip(c.claims, dates, strict=True)
    )
    listed, folded, unlisted = _split(steps)
    return Sequence_(
        n,
        c.kind,  # "reversal" or "walk-back": the page names the kind the engine found
        reversal_heading(c, passed_on=passed_on(c, records)),
        listed,
        folded=folded,
        unlisted=unlisted,
        notes=tuple(reversal_notes(c, records, cumulative, moments)),
    )


def _other_finding(
    n: int, c: Any, views: Mapping[str, ClaimView], records: Mapping[str, Mapping[str, Any]]
) -> Sequence_:
    """A finding of a kind added to the engine after this page was written: under its kind
    and heading (``finding_heading``), its claims in their order, each with its date; never
    left out."""
    steps = []
    for cid in getattr(c, "claims", ()):
        if cid not in views:
            continue
        r = records.get(cid, {})
        date, basis = date_of(r.get("said_on"), r.get("reported_on"))
        label = f"{_BASIS[basis]} {date}" if date and basis else "undated"
        steps.append(Step(label, views[cid]))
    listed, folded, unlisted = _split(tuple(steps))
    kind = str(getattr(c, "kind", "finding"))
    return Sequence_(n, kind, finding_heading(c, records), listed, folded=folded, unlisted=unlisted)


def _fold_sums(
    report: Report,
    findings: tuple[Finding, ...],
    views: Mapping[str, ClaimView],
    records: Mapping[str, Mapping[str, Any]],
) -> tuple[Finding, ...]:
    """Sums that do not add up of one relation, claimant of the parts and time: the first of
    them shows the group (how many combinations, the closest and the worst, with their
    claims), each other one a line pointing to it (its number and anchor kept)."""
    groups = [g for g in sum_groups(report.conflicts) if len(g) > 1]
    if not groups:
        return findings
    number = {id(c): n for n, c in enumerate(report.conflicts, 1)}
    out = list(findings)
    for g in groups:
        first = number[id(g[0])]
        ranked = ranked_sums(g)
        ids = dict.fromkeys([*ranked[0].claims, *ranked[-1].claims])
        out[first - 1] = SumView(
            first,
            g[0].total,
            g[0].parts,
            sums_text(g, records),
            False,
            tuple((views[i].topic, views[i]) for i in ids),
            of=g[0].of,
        )
        for c in g[1:]:
            n = number[id(c)]
            text = f"one of the combinations of finding {first}: {sum_text(c, records)}"
            out[n - 1] = SumView(n, c.total, c.parts, text, False, (), of=c.of)
    return tuple(out)


@dataclass(frozen=True, slots=True)
class MinorView:
    text: str  # the line `conflicts` prints for it (``minor_line``)
    claims: tuple[ClaimView, ...]
    index: int = -1  # of a figure's, in the report's minor differences (its evidence's key)


def copies_text(items: Iterable[tuple[str, str]]) -> list[str]:
    """A minor difference's figures as (figure, who) pairs, in order, one item each: the same
    figure from the same claimant (and time) once, with how many reports give it ("at least
    21 (Amnesty International, 3 reports)"). Before (evidence7), three papers' copies of one
    AFP story were three figures in the line, read as three sources."""
    counts: dict[tuple[str, str], int] = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return [
        f"{figure} ({who}{f', {n} reports' if n > 1 else ''})"
        for (figure, who), n in counts.items()
    ]


def repeats_text(steps: Sequence[str]) -> list[str]:
    """A claimant's figures in a minor reversal, the same words given twice in a row once,
    with how many reports give them ("23 → at least 24 (2 reports)", not "23 → at least 24 →
    at least 24": two papers' copies of one statement are no second statement)."""
    out: list[tuple[str, int]] = []
    for step in steps:
        if out and out[-1][0] == step:
            out[-1] = (step, out[-1][1] + 1)
        else:
            out.append((step, 1))
    return [f"{step} ({n} reports)" if n > 1 else step for step, n in out]


def _time_of(r: Mapping[str, Any]) -> str:
    """ ", as of 2024-11-12T20:00" (else said, else reported), or "" for an undated claim."""
    for key, word in (("as_of", "as of"), ("said_on", "said"), ("reported_on", "reported")):
        if r.get(key):
            return f", {word} {r[key]}"
    return ""


def minor_line(
    c: Any, report: Report, records: Mapping[str, Mapping[str, Any]], limit: int | None = None
) -> str:
    """A minor difference in one line, the same words in `conflicts` and in both reports
    (outputs8): a figure's "hospitalised (as of 2017-06-15, order not known): 78 (NHS
    England) · 79 (India Live Today); spread 1.01x" (its first ``limit`` claims a position,
    each with its time on a count read at its time: rule 9); a sum's total, its parts' sum and
    by how much it misses ("people-in-tower: Metropolitan Police: 223 + 71 = 294, but
    Metropolitan Police: “293”: over by 1, under 1.05x"); a reversal's figures in their order,
    with its order note ("... 2.9 billion US dollars · a little more than US$3 billion (order
    not known)"). Before, the report's line for a sum named neither its total nor its
    direction, and a reversal's lost its order and its note."""
    if isinstance(c, FigureConflict):
        shown = [i for p in c.positions for i in p.claims[:limit]]
        # on a count read with each figure at its time (rule 9), a difference of several
        # times says each figure's: which came first is what a reader must see
        timed = c.as_of is None and (c.measure in report.cumulative or c.measure in report.moments)
        claims = " · ".join(
            copies_text(
                (
                    inline_figure(str(records[i]["value"])),
                    f"{records[i]['claimant']}{_time_of(records[i]) if timed else ''}",
                )
                for i in shown
            )
        )
        hidden = sum(len(p.claims) for p in c.positions) - len(shown)
        if hidden:
            claims += f" · … and {hidden:,} more"
        spread = minor_ratio_text(c.severity) if c.points is None else points_text(c.points)
        return f"{figure_when(c)}: {claims}; spread {spread}"
    if isinstance(c, SumFinding):
        return f"{c.total}: {sum_text(c, records)}"
    from claimtrack.conflicts import order_note

    said = [
        inline_figure(str(records[i].get("value") or records[i].get("stance"))) for i in c.claims
    ]
    steps = (" → " if c.ordered else " · ").join(repeats_text(said))
    note = order_note(c)
    return f"{c.claimant} on {c.topic}: {steps}" + (f" ({note})" if note else "")


def _minors(
    report: Report, views: Mapping[str, ClaimView], records: Mapping[str, Mapping[str, Any]]
) -> tuple[MinorView, ...]:
    """The minor differences, each in the line `conflicts` prints for it: the sums of one
    relation, claimant and time in one line."""
    minor = report.minor
    groups = {id(g[0]): g for g in sum_groups(minor) if len(g) > 1}
    folded = {id(c) for g in groups.values() for c in g[1:]}
    out = []
    for i, c in enumerate(minor):
        if id(c) in folded:
            continue
        g = groups.get(id(c))
        if g is None:
            if isinstance(c, FigureConflict):
                ids = [x for p in c.positions for x in p.claims]
            else:
                ids = list(c.claims)
            line = minor_line(c, report, records)
            out.append(MinorView(line, tuple(views[x] for x in ids), index=i))
        else:
            ids = list(dict.fromkeys(x for f in g for x in f.claims))
            line = f"{g[0].total}: {sums_text(g, records)}"
            out.append(MinorView(line, tuple(views[x] for x in ids)))
    return tuple(out)


# ---------------------------------------------------------------------------------------------
# Timeline, claimants, sources


@dataclass(slots=True)
class TimelineEntry:
    date: str | None
    basis: str | None  # "said_on" | "reported_on" (flagged) | None (undated)
    claim: ClaimView
    interval: str | None  # the figure's interval as compared ("3,450–3,550"), base unit
    amount: str | None = None  # the same as a reader says it ("3 days", "47.5–52.5"): the report
    shown: str | None = None  # as the terminal shows it ("3 days", "47.5–52.5"): shown_text

    @property
    def coarse(self) -> str | None:
        """ "month" or "year" when the date names only a month or a year ("2024-11"): it is
        listed after the days it holds, marked "month only", never as if it were earlier."""
        return PRECISION.get(len(self.date)) if self.date else None

    @property
    def line(self) -> str:
        """The statement in one line (a long timeline's folded part)."""
        c = self.claim
        when = self.date or "undated"
        marks = [f"{self.coarse} only"] if self.coarse else []
        if self.basis == "reported_on":
            marks.append("reported")
        if marks:
            when += f" ({', '.join(marks)})"
        if c.kind == "figure":
            shown = self.amount or self.interval  # as the report's table says it ("112.5 t")
            says = f"{c.measure_shown} “{c.figure}”" + (f" {shown}" if shown else "")
            if c.as_of_text:
                says += f" ({c.as_of_text})"
        else:
            says = f"{c.stance} {c.topic}"
        return f"{when} · {c.claimant} · {says} · {c.id}"


def timeline(views: Iterable[ClaimView], facts: Mapping[str, Fact]) -> list[TimelineEntry]:
    """Active statements by date (said_on, else reported_on); undated ones last. A date coarser
    than others (a month, a year, a day beside its times of day) comes after every date it
    holds ("2024-11" after 2024-11-30, before 2024-12-01): it may be any of them, and listed
    before them it would read as earlier (``_after_what_it_holds``)."""
    out = []
    for cv in views:
        if cv.status != "active":
            continue
        interval = amount = shown = None
        f = facts.get(cv.id)
        if f is not None and f.kind == "figure":
            interval = range_text(*_bounds(f), f.dimension)
            amount = amount_text(*_bounds(f), f.dimension)
            shown = shown_text(*_bounds(f), f.dimension)
        out.append(TimelineEntry(cv.date, cv.basis, cv, interval, amount, shown))
    out.sort(key=lambda e: (e.date is None, _after_what_it_holds(e.date), e.claim.id))
    return out


def _after_what_it_holds(date: str | None) -> str:
    """A date's sort key that puts it after the finer dates it holds: "~" sorts above every
    character of an ISO date, so "2024-11~" comes after "2024-11-30~" and before "2024-12~",
    and a day after its times of day."""
    return f"{date or ''}~"


@dataclass(frozen=True, slots=True)
class Involvement:
    number: int  # the finding's number in the report (its anchor is d<number>)
    heading: str
    # outputs20: the claimant's claims in it all pass on another's (``relays``): it takes
    # part as a relay, no side of its own; "#1" alone read The Tribune, whose one claim
    # relays the state's 275, as a second source in the toll's dispute
    relaying: bool = False

    @property
    def ref(self) -> str:
        """The finding as the claimants' table names it, "#3": a bare "3" under "disputes"
        read as a count of three disputes (outputs17); "#1 (relaying)" for a relay's."""
        return f"#{self.number}" + (" (relaying)" if self.relaying else "")

    @property
    def line(self) -> str:
        """The finding as ``claimants --record`` lists it: "1. Disputed figure: ...", with
        "(relaying)" after it for a relay's (as :attr:`ref`)."""
        return f"{self.number}. {self.heading}" + (" (relaying)" if self.relaying else "")

    def to_json(self) -> dict[str, Any]:
        """``{"finding": 1, "title": ...}``, and ``"relaying": true`` for a relay's."""
        return {"finding": self.number, "title": self.heading} | (
            {"relaying": True} if self.relaying else {}
        )


@dataclass(frozen=True, slots=True)
class ClaimantRecord:
    claimant: str
    claims: int
    figures: int
    stances: int
    retracted: int
    claim_ids: tuple[str, ...]
    disputes: tuple[Involvement, ...]  # figure and stance disputes and sums they are in
    figure_disputes: int  # figure disputes they take part in
    alone: int  # ... in which they alone hold a position
    reversals: tuple[Involvement, ...]
    revisions: tuple[Involvement, ...]
    verdicts: tuple[Verdict, ...]
    aliases: tuple[str, ...] = ()
    withdrawn: int = 0  # of the retracted, those their outlets withdrew (outputs18)

    @property
    def retracted_said(self) -> str:
        """The table's cell: "2", or "1 retracted, 1 withdrawn by its outlet"
        (``wording.retracted_parts``), never a count of claims the claimant is read to have
        taken back that holds its outlets' withdrawals (outputs19: "2 (1 withdrawn by its
        outlet)" under "retracted" read as two retractions)."""
        from claimtrack.wording import retracted_parts

        if not self.withdrawn:
            return str(self.retracted) if self.retracted else ""
        return ", ".join(retracted_parts(self.retracted, self.withdrawn))

    @property
    def retracted_label(self) -> str:
        """The table's label of :attr:`retracted_said`: "retracted", or "not active" where
        its outlets withdrew some (the cell says which)."""
        return "not active" if self.withdrawn else "retracted"

    def to_json(self) -> dict[str, Any]:
        return {
            "claimant": self.claimant,
            "aliases": list(self.aliases),
            "claims": self.claims,
            "figures": self.figures,
            "stances": self.stances,
            # one term with every other output (outputs19): "retracted" counts the user's
            # retractions, "withdrawn" the claims their outlets withdrew (the subject JSON's
            # "withdrawn"); before, "retracted" counted both
            "retracted": self.retracted - self.withdrawn,
            "withdrawn": self.withdrawn,
            "claim_ids": list(self.claim_ids),
            "disputes": [d.to_json() for d in self.disputes],
            "figure_disputes": self.figure_disputes,
            "alone_in_figure_disputes": self.alone,
            "reversals": [{"finding": d.number, "title": d.heading} for d in self.reversals],
            "revisions": [{"finding": d.number, "title": d.heading} for d in self.revisions],
            "verdicts": [
                {
                    "claim": v.claim_id,
                    "rating": v.rating,
                    "reviewer": v.reviewer,
                    "url": v.url,
                    "date": v.date,
                }
                for v in self.verdicts
            ],
        }


def _credit_finding(
    entry: Callable[[str], dict[str, Any]],
    by_id: dict[str, ClaimView],
    c: Any,
    inv: Involvement,
) -> None:
    """Note one finding against each claimant taking part in it (``claimant_records``)."""
    if isinstance(c, FigureConflict | StanceConflict):
        names = {by_id[i].claimant for p in c.positions for i in p.claims}
        own_names = {
            by_id[i].claimant for p in c.positions for i in p.claims if not by_id[i].relays
        }
        relay = replace(inv, relaying=True)
        for name in names:
            entry(name)["disputes"][inv.number] = inv if name in own_names else relay
        if isinstance(c, FigureConflict):
            for name in own_names:  # a relay's takes no side of its own (outputs20)
                entry(name)["figure_disputes"] += 1
            alone = set()  # once per dispute, however many positions they hold alone
            for p in c.positions:
                own = {by_id[i].claimant for i in p.claims if not by_id[i].relays}
                if len(own) == 1:
                    alone |= own
            for name in alone:
                entry(name)["alone"] += 1
    elif isinstance(c, SumFinding):
        own_names = {by_id[i].claimant for i in c.claims if not by_id[i].relays}
        for name in {by_id[i].claimant for i in c.claims}:
            entry(name)["disputes"][inv.number] = (
                inv if name in own_names else replace(inv, relaying=True)
            )
    elif isinstance(c, Revision):
        for name in {by_id[i].claimant for i in c.claims}:
            entry(name)["revisions"].append(inv)
    elif isinstance(c, Reversal) and not c.voices:  # a body's is none of its voices' own
        entry(by_id[c.claims[0]].claimant)["reversals"].append(inv)


def claimants_said(
    independent: int, records: Sequence[ClaimantRecord], views: Sequence[ClaimView]
) -> str:
    """The summary's count of claimants, the independent ones, with those the claimants'
    table lists beside them said apart: "11 (+1 relaying only)", "4 (+1 with retracted claims
    only)". The summary said "11" above a table of 12 (The National, whose one claim relays
    another's, counted by no finding as a source): outputs17. Where the table's names and
    the count differ otherwise (claimants folded by their body), the count alone."""
    by_id = {cv.id: cv for cv in views}
    relaying = retracted = withdrawn = 0
    for r in records:
        live = [by_id[i] for i in r.claim_ids if i in by_id and by_id[i].status == "active"]
        if not live:
            # outputs18: one whose claims its outlets all withdrew took nothing back
            ids = [i for i in r.claim_ids if i in by_id]
            if ids and all(by_id[i].withdrawn for i in ids):
                withdrawn += 1
            else:
                retracted += 1
        elif all(cv.relays for cv in live):
            relaying += 1
    gone = retracted + withdrawn
    if (not relaying and not gone) or len(records) - relaying - gone != independent:
        return str(independent)
    apart = [f"+{relaying} relaying only"] if relaying else []
    apart += [f"+{retracted} with retracted claims only"] if retracted else []
    apart += [f"+{withdrawn} with claims withdrawn by their outlets only"] if withdrawn else []
    return f"{independent} ({', '.join(apart)})"


def claimant_records(
    views: Sequence[ClaimView], report: Report, findings: Sequence[Finding]
) -> list[ClaimantRecord]:
    """Per claimant (aliases folded): claims, the findings they take part in, how often they
    sit alone on one side of a figure dispute, reversals, revisions, retractions, verdicts.
    Most claims first."""
    by_id = {cv.id: cv for cv in views}
    acc: dict[str, dict[str, Any]] = {}

    def entry(name: str) -> dict[str, Any]:
        return acc.setdefault(
            name,
            {
                "ids": [],
                "figures": 0,
                "stances": 0,
                "retracted": 0,
                "withdrawn": 0,
                "aliases": set(),
                "disputes": {},
                "figure_disputes": 0,
                "alone": 0,
                "reversals": [],
                "revisions": [],
                "verdicts": [],
            },
        )

    for cv in views:
        e = entry(cv.claimant)
        e["ids"].append(cv.id)
        e["figures" if cv.kind == "figure" else "stances"] += 1
        e["retracted"] += cv.status == "retracted"
        e["withdrawn"] += cv.withdrawn
        if cv.entered_as:
            e["aliases"].add(cv.entered_as)
        if cv.verdict is not None:
            e["verdicts"].append(cv.verdict)
    for c, f in zip(report.conflicts, findings, strict=True):
        _credit_finding(entry, by_id, c, Involvement(f.number, f.heading))
    out = [
        ClaimantRecord(
            claimant=name,
            claims=len(e["ids"]),
            figures=e["figures"],
            stances=e["stances"],
            retracted=e["retracted"],
            withdrawn=e["withdrawn"],
            claim_ids=tuple(e["ids"]),
            disputes=tuple(e["disputes"][k] for k in sorted(e["disputes"])),
            figure_disputes=e["figure_disputes"],
            alone=e["alone"],
            reversals=tuple(e["reversals"]),
            revisions=tuple(e["revisions"]),
            verdicts=tuple(e["verdicts"]),
            aliases=tuple(sorted(e["aliases"])),
        )
        for name, e in acc.items()
    ]
    out.sort(key=lambda r: (-r.claims, r.claimant.casefold(), r.claimant))
    return out


@dataclass(frozen=True, slots=True)
class Source:
    name: str  # the outlet ("(no outlet)" when none is given)
    claims: int
    first: str | None  # earliest and latest date (said_on, else reported_on)
    last: str | None
    links: tuple[str, ...]  # web addresses (links), at most SOURCE_LINKS
    texts: tuple[str, ...]  # other addresses, shown as text
    more_links: int  # addresses not listed


NO_OUTLET = "(no outlet)"


def sources(views: Iterable[ClaimView]) -> list[Source]:
    """Where the claims were reported: one entry per outlet, most claims first."""
    acc: dict[str, dict[str, Any]] = {}
    for cv in views:
        e = acc.setdefault(cv.outlet or NO_OUTLET, {"n": 0, "dates": [], "links": {}, "texts": {}})
        e["n"] += 1
        if cv.date:
            e["dates"].append(cv.date)
        if cv.url:
            e["links"][cv.url] = None
        if cv.url_text:
            e["texts"][cv.url_text] = None
    out = []
    for name, e in acc.items():
        links, texts = list(e["links"]), list(e["texts"])
        out.append(
            Source(
                name,
                e["n"],
                min(e["dates"]) if e["dates"] else None,
                max(e["dates"]) if e["dates"] else None,
                tuple(links[:SOURCE_LINKS]),
                tuple(texts[:SOURCE_LINKS]),
                max(0, len(links) - SOURCE_LINKS) + max(0, len(texts) - SOURCE_LINKS),
            )
        )
    out.sort(key=lambda s: (s.name == NO_OUTLET, -s.claims, s.name.casefold()))
    return out


# ---------------------------------------------------------------------------------------------
# The whole report


@dataclass(frozen=True, slots=True)
class Trend:
    measure: str
    dimension: str
    chart: Chart


@dataclass(frozen=True, slots=True)
class EvidenceView:
    """What stands behind the findings (issue #26), for the templates: each position's or
    side's support ("3 claims, 2 independent origins: corroborated") by (finding number,
    position number), and a revision's, sum's or reversal's by (finding number, 0) ("2
    claims, 1 independent origin": no grade); each figure dispute's bounds; the disputes
    resting on parties alone; each checked quote's status (claim id -> "verified" |
    "not-found"); the snapshots (source, version, sha256, outlet); the comparisons of
    alternative measures (lines of text); the measures' definitions."""

    supports: Mapping[tuple[int, int], str] = field(default_factory=dict)
    bounds: Mapping[int, str] = field(default_factory=dict)
    party_only: frozenset[int] = frozenset()
    verified: Mapping[str, str] = field(default_factory=dict)
    # claim id -> whom the page gives a verified quote's words to, when not the claim's
    # claimant or speaker (`verify`'s "check: the page gives these words to ...": evidence5)
    said_by: Mapping[str, str] = field(default_factory=dict)
    snapshots: tuple[tuple[str, int, str, str], ...] = ()
    comparisons: tuple[tuple[str, ...], ...] = ()
    definitions: Mapping[str, str] = field(default_factory=dict)
    # index in the report's minor differences -> what stands behind a figure's positions
    # ("evidence: 9+: 9 claims, 1 independent origin: single-source; ...": evidence7)
    minor: Mapping[int, str] = field(default_factory=dict)
    # the claims their outlets withdrew (evidence17: ``corrections.withdrawn_line``), said
    # after the findings as `conflicts` says them
    withdrawn: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SubjectReport:
    subject: str
    summary: str
    claims: int  # active claims
    retracted: int
    claimants: int  # independent claimants among the active claims
    sources: tuple[Source, ...]
    first: str | None  # date range of the statements
    last: str | None
    findings: tuple[Finding, ...]
    minor: tuple[MinorView, ...]
    min_gap: float
    checks: tuple[SumView, ...]
    incomparable: tuple[str, ...]
    changes: tuple[str, ...]
    timeline: tuple[TimelineEntry, ...]
    trends: tuple[Trend, ...]
    records: tuple[ClaimantRecord, ...]
    verdicts: tuple[Verdict, ...]
    retracted_claims: tuple[ClaimView, ...] = ()
    claimreview: tuple[dict[str, Any], ...] = field(default=())  # schema.org documents
    evidence: EvidenceView | None = None  # grades, verified quotes, snapshots (issue #26)
    notes: tuple[str, ...] = ()  # for the reviewer: the hints `conflicts` prints
    claimants_said: str = ""  # the count as the summary shows it (``claimants_said``)
    withdrawn: int = 0  # of the retracted, those their outlets withdrew (outputs18)

    @property
    def retracted_said(self) -> str:
        """The claims not active, said apart: "+3 retracted", "+1 retracted, +2 withdrawn by
        their outlets" (``wording.retracted_parts``)."""
        from claimtrack.wording import retracted_parts

        return ", ".join(f"+{x}" for x in retracted_parts(self.retracted, self.withdrawn))

    @property
    def sources_said(self) -> str:
        """The number of outlets named, and of claims that name none: "3", "1 (+2 claims with
        no outlet)"; the "(no outlet)" row of the sources is no source."""
        named = sum(1 for s in self.sources if s.name != NO_OUTLET)
        none = sum(s.claims for s in self.sources if s.name == NO_OUTLET)
        return f"{named} (+{plural(none, 'claim')} with no outlet)" if none else str(named)

    @property
    def timeline_listed(self) -> tuple[TimelineEntry, ...]:
        return self.timeline[:TIMELINE_FOLD_AFTER]

    @property
    def timeline_folded(self) -> tuple[TimelineEntry, ...]:
        return self.timeline[TIMELINE_FOLD_AFTER:]

    @property
    def findings_by_kind(self) -> dict[str, list[Finding]]:
        out: dict[str, list[Finding]] = {}
        for f in self.findings:
            out.setdefault(f.kind, []).append(f)
        return out


def _verdicts(
    reviewed: Iterable[tuple[Mapping[str, Any], Mapping[str, Any]]],
    display: Callable[[str], str],
    stale: Mapping[str, str],
) -> dict[str, Verdict]:
    out = {}
    for record, review in reviewed:
        out[record["id"]] = Verdict(
            claim_id=record["id"],
            claimant=display(record["claimant"]),
            rating=review["rating"],
            reviewer=review.get("reviewer"),
            url=web_url(review.get("url")),
            summary=review.get("summary"),
            date=(review.get("reviewed_at") or "")[:10] or None,
            quote=record["quote"],
            changed=stale.get(record["id"]),
        )
    return out


def build(
    subject: str,
    records: Iterable[Mapping[str, Any]],
    facts: Iterable[Fact],
    report: Report,
    *,
    reviewed: Iterable[tuple[Mapping[str, Any], Mapping[str, Any]]] = (),
    display: Callable[[str], str] = lambda name: name,
    claimreview: Sequence[dict[str, Any]] = (),
    stale: Mapping[str, str] | None = None,
    withdrawn: Collection[str] = (),
    retracted: Mapping[str, str] | None = None,
) -> SubjectReport:
    """The report of one subject.

    ``records`` are all its claims (retracted ones too), ``facts`` the engine's input that
    gave ``report``, ``reviewed`` (record, latest review) pairs, ``display`` the claimant name
    an entered name folds into (aliases), ``claimreview`` the schema.org documents to embed,
    ``stale`` (claim id -> ``verdict_flags.changed_line``) the verdicts given on an earlier
    version of their claim, ``withdrawn`` the ids of the claims their outlets withdrew
    (``Store.withdrawn``), ``retracted`` why the others retracted were (``Store.retractions``).
    """
    record_map = {r["id"]: r for r in records}
    fact_map = {f.id: f for f in facts}
    verdicts = _verdicts(reviewed, display, stale or {})
    echoes: dict[str, str] = {}
    if any(r.get("relays") for r in record_map.values()):
        echoes = relay_roots(facts if isinstance(facts, Sequence) else list(fact_map.values()))
    views = {
        cid: claim_view(r, display, verdicts.get(cid), fact_map.get(cid), echoes)
        for cid, r in sorted(record_map.items(), key=lambda kv: kv[0])
    }
    for cid in withdrawn:
        if cid in views:
            view = views[cid]
            view.withdrawn = True
            if view.relay_note is not None:
                view.relay_note = relay_note(cid, view.state, echoes)
    for cid, why in (retracted or {}).items():
        if cid in views and not views[cid].withdrawn:
            views[cid].retracted_why = why
    for cid, moment in report.forecasts:  # the engine's forecasts, each said as one
        if cid in views:
            views[cid].forecast_of = moment
    findings = tuple(
        _finding(n, c, views, record_map, fact_map, report.cumulative, report.moments)
        for n, c in enumerate(report.conflicts, 1)
    )
    findings = _fold_sums(report, findings, views, record_map)
    # one line per relation, claimant of the parts and time (docs/conflicts.md, rule 10)
    checks = tuple(
        SumView(
            0,
            g[0].total,
            g[0].parts,
            sums_text(g, record_map) + failing_text(g, report),
            True,
            tuple(
                (views[i].topic, views[i]) for i in dict.fromkeys(i for c in g for i in c.claims)
            ),
        )
        for g in sum_groups(report.checks)
    )
    incomparable = tuple(incomparable_text(inc) for inc in report.incomparable)
    changes = tuple(f"{ch.measure}: " + change_text(ch, amount_text) for ch in report.changes)
    changes += tuple(disputed_in_changes(report))
    changes += tuple(superseded_in_changes(report, record_map))
    changes += tuple(raised_in_changes(report, record_map))
    changes += tuple(moments_in_changes(report))
    ordered = list(views.values())
    entries = timeline(ordered, fact_map)
    records_ = claimant_records(ordered, report, findings)
    colours = {r.claimant: k % PALETTE_SIZE for k, r in enumerate(records_)}
    trends = []
    by_measure: dict[tuple[str, str], list[tuple[str, ClaimView, Fact]]] = {}
    for e in entries:
        f = fact_map.get(e.claim.id)
        if f is None or f.kind != "figure":
            continue
        date = e.claim.as_of or e.date
        if date:
            # a change's figures apart from the level's, and a rise's from a fall's (each
            # a size: 2.8% growth is no point beside a 1.8% contraction)
            measure = e.claim.measure_shown
            by_measure.setdefault((measure, f.dimension), []).append((date, e.claim, f))
    for (measure, dimension), points in sorted(by_measure.items()):
        if len(points) >= 2:
            chart = trend_chart(measure, dimension, points, colours)
            trends.append(Trend(measure, dimension, chart))
    dates = [e.date for e in entries if e.date]
    active = [cv for cv in ordered if cv.status == "active"]
    return SubjectReport(
        subject=subject,
        summary=summary_line(report),
        claims=len(active),
        retracted=len(ordered) - len(active),
        withdrawn=sum(cv.withdrawn for cv in ordered),
        claimants=report.n_claimants,
        claimants_said=claimants_said(report.n_claimants, records_, ordered),
        sources=tuple(sources(active)),
        first=min(dates) if dates else None,
        last=max(dates) if dates else None,
        findings=findings,
        minor=_minors(report, views, record_map),
        min_gap=report.min_gap,
        checks=checks,
        incomparable=incomparable,
        changes=changes,
        timeline=tuple(entries),
        trends=tuple(trends),
        records=tuple(records_),
        verdicts=tuple(sorted(verdicts.values(), key=lambda v: v.claim_id)),
        retracted_claims=tuple(cv for cv in ordered if cv.status != "active"),
        claimreview=tuple(claimreview),
        notes=tuple(reviewer_notes(subject, report, record_map)),
    )


def timeline_json(entries: Iterable[TimelineEntry]) -> list[dict[str, Any]]:
    """The timeline for machines: one object per statement, in date order."""
    out = []
    for e in entries:
        c = e.claim
        item: dict[str, Any] = {
            "date": e.date,
            "date_is": e.basis,
            "id": c.id,
            "claimant": c.claimant,
            "kind": c.kind,
        }
        if c.kind == "figure":
            item |= {
                "measure": c.topic,
                "value": c.figure,
                "low": None if c.low is None else tidy(c.low),
                "high": None if c.high is None else tidy(c.high),
                "unit": c.unit,
                **({"change": c.change} if c.change else {}),
                "as_of": c.as_of,
                **({"forecast": True} if c.forecast_of is not None else {}),
                "interval": e.interval,
                **({"not_in_quote": c.not_in_quote} if c.not_in_quote else {}),
            }
        else:
            item |= {"proposition": c.topic, "stance": c.stance}
        item |= {"quote": c.quote, "outlet": c.outlet, "relays": c.relays}
        out.append(item)
    return out


def plain_number(x: Number | None) -> str:
    return "" if x is None else format_number(tidy(x))
