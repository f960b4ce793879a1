"""The engine's data: the claims it reads (:class:`Fact`, :class:`SumRelation`; the store's
list of them, :class:`ActiveFacts`, is in ``active``, outside the compiled modules) and the
findings it gives (the frozen dataclasses gathered in a :class:`Report`).
"""

from __future__ import annotations

from operator import itemgetter
from typing import Final, Literal, NamedTuple

from claimtrack.frozen import record as _record
from claimtrack.measure_words import stated_rate

Number = int | float
_INF: Final = float("inf")
_NEG_INF: Final = float("-inf")
# Bounds and ratios are compared with this relative tolerance, so that a unit conversion (6 km
# as 6,000 m) never tips a comparison that is exact in the units as said.
_EPS: Final = 1e-9
DEFAULT_MIN_GAP: Final = 1.1  # materiality: nearest bounds closer than this ratio are no dispute
# The claims of each position whose quotes a figure dispute says were revised from their figure
# (``FigureConflict.revised``): those a bounded listing shows (``render_conflicts``), so that the
# listing, ``--full`` and every export say the same lines.
QUOTED_CLAIMS: Final = 5


class Fact(NamedTuple):
    """One claim, as the engine sees it (the store builds these from SQL rows).

    A figure's ``low``/``high``/``rounding`` are in the base unit of its ``dimension``
    (metres, square metres, seconds ...; counts, percent and currency amounts as said),
    so that "6 km" and "4 miles" compare as distances.
    """

    id: str
    claimant: str  # display name (after claimant aliases)
    kind: str  # "figure" | "stance"
    topic: str  # measure slug (figure) or proposition slug (stance)
    low: int | float | None  # figure interval; never None for figures
    high: int | float | None  # None = no upper bound (figures)
    stance: str | None  # "affirms" | "denies" | "uncertain" (stances)
    as_of: str | None  # ISO date the figure describes ("YYYY", "YYYY-MM", "YYYY-MM-DD")
    said_on: str | None  # ISO date the statement was made
    status: str = "active"  # "active" | "retracted"
    reported_on: str | None = None  # ISO date the statement was published
    dimension: str = "count"  # count, share, currency:USD, length, area, ...
    rounding: int | float = 0  # implied precision of a round number: widens [low, high]
    relays: str | None = None  # id of the claim this one passes on (an echo, not a source)
    source: str | None = None  # the article it was read from (one statement, two wordings)
    # a figure that is a change of its measure ("up" or "down"; None: a level): its bounds
    # are the change's size, compared only with changes of the measure that go the same way
    change: str | None = None


# The topics the engine files a change under (docs/conflicts.md, "Changes"): its magnitude
# beside the other changes of its measure that go the same way, and its direction on a
# proposition of the measure and moment ("rose" against "fell"). Neither is a slug, so
# neither can be the name of a level's measure: a change is never compared with a level.
CHANGE_SUFFIX: Final = {"up": " (rise)", "down": " (fall)"}


def change_topic(measure: str, change: str) -> str:
    """The topic of a change's size: "crime (rise)", "crime (fall)"."""
    return measure + CHANGE_SUFFIX[change]


def is_change_topic(topic: str) -> bool:
    """Whether a figure topic is a change's (``change_topic``), not a measure's level."""
    return topic.endswith(" (rise)") or topic.endswith(" (fall)")


def precision_rate(measure: str) -> bool:
    """Whether a figure topic's shares are judged by their stated precision, in points (docs/
    conflicts.md rule 6, "Rates"): a rate (``measure_words.stated_rate``) or a change."""
    return stated_rate(measure) or is_change_topic(measure)


def direction_topic(measure: str, as_of: str | None, forecast: bool = False) -> str:
    """The proposition a change affirms (up) or denies (down): that the measure went up,
    over the moment it describes ("crime went up (as of 2024)"); changes of other moments
    are not set against each other. A forecast's (stated surely before its moment, rule 2)
    is its own proposition, "gdp went up (forecasts of 2024)": forecasts of a moment are set
    against each other alone, never against what the moment turned out to be."""
    if as_of and forecast:
        return f"{measure} went up (forecasts of {as_of})"
    return f"{measure} went up" + (f" (as of {as_of})" if as_of else "")


_F_STATUS: Final = Fact._fields.index("status")
_F_RELAYS: Final = Fact._fields.index("relays")
_status: Final = itemgetter(_F_STATUS)
_relays: Final = itemgetter(_F_RELAYS)


class SumRelation(NamedTuple):
    """A measure that is the sum of others (``claimtrack relate``)."""

    total: str
    parts: tuple[str, ...]


@_record
class FigurePosition:
    """Claims on a measure whose intervals (widened by their rounding) share a value."""

    low: Number  # min of the (widened) lows
    high: Number | None  # max of the (widened) highs; None if any claim is unbounded
    claims: tuple[str, ...]  # sorted ids, relaying claims included
    claimants: tuple[str, ...]  # independent claimants, sorted case-insensitively
    relaying: tuple[tuple[str, str], ...] = ()  # (relaying claim id, id it relays)


@_record
class OwnDisagreement:
    """A claimant standing in two positions or more of a figure dispute with two of its own
    figures there that cannot both be true (disjoint, widened by their rounding, as positions
    are): not two sources, but two reports of it, or a revision (docs/conflicts.md, "A
    claimant in two positions"). ``FigureConflict.own`` holds them; the terminal, the report,
    the sheet and the JSON all say them from it."""

    claimant: str  # display name, as the positions list it
    positions: tuple[int, ...]  # the positions (from 1) holding its figures apart, in order
    # why its figures may differ, as the line says: "reports" (two reports of it, or a
    # revision); "said-on" (the same, and its figures of the dispute's as_of give no said_on:
    # if one replaced the other, each --said-on orders them); "later" (one of them, with no
    # as_of, was stated after the dispute's as_of: it may describe a later moment); "rose"
    # (on a measure that reads like a running count, not marked cumulative, its figures rise
    # with the days they were said: its updates, if it is one); "unordered" (the same as
    # "reports", where they are not ordered in time and so are no reversal: order not known)
    why: str = "reports"


OWN_WHY: Final = ("reports", "said-on", "later", "rose", "unordered")


@_record
class PlanStages:
    """A money dispute whose figures may be stages of one plan (sums4, outputs14): none gives
    an as_of, they were stated on different days (said_on, else reported_on; ``first`` to
    ``last``) and their quotes speak of a plan's stages (``words``: "proposed", "initially",
    "down from", "agreed", in their order, each once). An amount proposed, then changed in a
    negotiation, reads as a dispute between sources; each figure needs the as_of of its stage."""

    words: tuple[str, ...]
    first: str
    last: str


@_record
class FigureConflict:
    measure: str
    as_of: str | None
    severity: float | None  # spread: top position's low / bottom position's high; None = inf
    positions: tuple[FigurePosition, ...]  # ordered by low, then high
    gaps: tuple[float | None, ...]  # one ratio per neighbouring pair of positions
    dimension: str = "count"
    # On a cumulative measure (docs/conflicts.md, rule 9): False when the figures disagree only
    # where their times cannot be ordered (one day without a time of day, a month and a day in
    # it, undated), so that a rise during that time reads as a dispute; ``times`` are then the
    # distinct times of its figures (None = undated, last).
    times_ordered: bool = True
    times: tuple[str | None, ...] = ()
    # claimants (display name) standing in two positions with figures whose order is not
    # known: their own update, not a dispute with themselves; with those claims' ids, sorted
    updates: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # a dispute of one date (as_of): its figures with no as_of said (else reported) after
    # that date, which may describe a later moment (rule 2); their ids, sorted
    later: tuple[str, ...] = ()
    # on a cumulative measure: each later figure of one claimant wholly below an earlier one of
    # another, both in this dispute (rule 9): shown with the dispute, never a finding of its own
    falls: tuple[Revision, ...] = ()
    # each claimant standing in two positions whose own figures there disagree (by name);
    # none for a claimant whose figures there are its own update (``updates``)
    own: tuple[OwnDisagreement, ...] = ()
    # each claimant whose figures in a position all fit another position too (every figure of
    # it, read as positions are): (its position, from 1; its name; the other positions, from
    # 1), sorted. It supports neither position against the other (evidence13): graded so
    fits: tuple[tuple[int, str, tuple[int, ...]], ...] = ()
    # a rate's dispute in percentage points (docs/conflicts.md rule 6, "Rates"): how far the
    # nearest figures of its extreme positions are apart as said, and of each neighbouring
    # pair; None and () for any other measure, told by its ratios alone
    points: float | None = None
    point_gaps: tuple[float, ...] = ()
    # every figure of it a forecast of ``as_of`` (stated surely before it, rule 2): forecasters
    # who disagree ("forecasts of 2025-03"), never the moment's figures (time27)
    forecasts: bool = False
    # what its claims' quotes say (read once when each claim was written, ``quote_marks``):
    # (claim id, the words) of each figure whose own quote says the count was revised from it
    # ("revised the death toll downward from 248"), among the first ``QUOTED_CLAIMS`` claims
    # of each position, in order: an earlier figure, to be dated before the one that replaced
    # it; and, on a money dispute, the words of a plan's stages (``PlanStages``)
    revised: tuple[tuple[str, str], ...] = ()
    stages: PlanStages | None = None
    # quotes31: (claim id, "unchecked" | "paraphrase") of each figure of its positions that is
    # not in its quote (``quote_marks.quote_check``, stored when the claim was written), in
    # the positions' order: every output says it beside the figure
    not_in_quote: tuple[tuple[str, str], ...] = ()
    # time32: on a measure read at its times (marked cumulative, a count of the moment, a
    # running count not marked), each position of two claimants or more whose claimants'
    # figures there are all of times surely apart (no two claimants' figures of one time that
    # cannot be ordered): (its position, from 1; (time, claimant) of each figure, sorted).
    # They agree on a count of different moments, which corroborates no one moment: graded
    # so (evidence), never "corroborated"
    staggered: tuple[tuple[int, tuple[tuple[str, str], ...]], ...] = ()


@_record
class StancePosition:
    stance: str  # "affirms" | "denies" | "uncertain"
    claims: tuple[str, ...]
    claimants: tuple[str, ...]
    relaying: tuple[tuple[str, str], ...] = ()


@_record
class StanceConflict:
    proposition: str
    # affirms, denies, then uncertain when someone said it cannot be said (its own column:
    # no side of the dispute)
    positions: tuple[StancePosition, ...]


@_record
class Reversal:
    """A claimant whose own claims on one topic contradict each other."""

    claimant: str
    topic_kind: Literal["proposition", "measure"]
    topic: str
    claims: tuple[str, ...]  # in date order (said_on, else reported_on; undated last)
    dates: tuple[tuple[str | None, str | None], ...] = ()  # (date, "said_on"|"reported_on")
    ordered: bool = True  # False: a change of position cannot be ordered (one day, undated ...)
    # "walk-back": a claimant who affirmed or denied a proposition, and later said it cannot
    # be said (stance uncertain): the firm claims before it, then the uncertain ones
    kind: Literal["reversal", "walk-back"] = "reversal"
    # per claim, the day its figure describes when the claim is dated only by a later
    # publication ("reported 2023-03-07" about 2023-01-31): the statement may have been made on
    # any day between them, so that it may recount an earlier statement (None: dated as shown)
    since: tuple[str | None, ...] = ()
    # the disputes of its measure in which this claimant alone stands (docs/conflicts.md, rule
    # 4, "A dispute of one claimant"): told once, as this reversal, which says what they said
    # about the figures' times (their as_of, whether their order is known, figures stated later)
    disputes: tuple[FigureConflict, ...] = ()
    # a body's reversal (``claimant`` is the body the user gave its voices, `claimant --of`):
    # the voices whose claims it lists, each claimant once, sorted; () for a claimant's own
    voices: tuple[str, ...] = ()
    # on a measure: its claims with no as_of stated (said_on, else reported_on) surely after
    # the latest as_of among its claims, in its order: they may describe a later moment, and
    # the reversal a change over time (rule 2); () when a dispute it tells says so already
    later: tuple[str, ...] = ()
    later_than: str | None = None  # that latest as_of (None when ``later`` is empty)


@_record
class Revision:
    """A cumulative measure whose later figure lies wholly below an earlier one; or, with
    ``as_of``, a claimant's own later estimate of that moment replacing its earlier one on a
    measure not marked cumulative (``up``: the later estimate is the higher)."""

    measure: str
    claims: tuple[str, str]  # earlier, later
    claimants: tuple[str, str]  # of the earlier and the later claim
    dates: tuple[tuple[str, str], tuple[str, str]]  # (date, "as_of"|"said_on"|"reported_on")
    ratio: float | None  # higher low / lower high, 1 decimal; None = infinite
    dimension: str = "count"
    as_of: str | None = None  # the moment both estimates describe (not cumulative)
    up: bool = False  # revised up (only with as_of)
    # the day both figures were stated, when a claimant's own fall's statements cannot be
    # ordered (one day): which came last is not known, so not surely a later word (time23)
    together: str | None = None
    # a rate's revision in percentage points, the later figure against the earlier as said
    # (docs/conflicts.md rule 6, "Rates"); None for any other measure
    points: float | None = None
    # (earlier time, higher figure's time) when the later figure is dated only by its report
    # and lies within its claimant's own course between them: it may be a count of that time
    # reported later, so not surely a later word (evidence14)
    within: tuple[str, str] | None = None


@_record
class SumFinding:
    """An implied total (a claimant's parts added up) set against a figure on the total.

    ``holds`` False is a disagreement (a finding); True is a check that holds.
    """

    total: str
    parts: tuple[str, ...]  # the part measures added (one, for a part above the total)
    claims: tuple[str, ...]  # part claims (in part order), then the total claim
    low: Number  # the implied total
    high: Number | None
    claimant: str  # whose parts (display name)
    total_claimant: str
    as_of: str | None
    holds: bool
    dimension: str = "count"
    # when it does not hold: how far apart (the ratio, as a figure conflict's gap; None =
    # infinite), and by how much the parts fall short of the total ("short") or exceed it
    # ("excess"): a range, its high None when unbounded
    gap: float | None = None
    direction: Literal["short", "excess"] | None = None
    by: tuple[Number, Number | None] | None = None
    # a sum that does not hold on a cumulative relation whose parts no one statement (source)
    # gives together, at a time that does not order them (one day without a time of day): the
    # parts may be of different moments of it
    mixed: bool = False
    # a partial breakdown (a claimant gave some of the parts, not all): how many parts the
    # relation has; 0 when the finding adds every part, or is one part alone
    of: int = 0


class Unchecked(NamedTuple):
    """A sum relation that could not be checked, and why ("no figure yet for part-b")."""

    total: str
    parts: tuple[str, ...]
    reason: str


@_record
class Incomparable:
    """Figures on one measure that cannot be compared (other currency or dimension)."""

    measure: str
    groups: tuple[tuple[str, tuple[str, ...]], ...]  # (dimension, sorted ids), by dimension


class ChangePoint(NamedTuple):
    """The figures on a measure as of one date: their hull and the claims giving them."""

    as_of: str
    low: Number
    high: Number | None
    claims: tuple[str, ...]


class ForecastPoint(NamedTuple):
    """A forecast of a moment, shown beside a measure's change over time and never as a point
    of it (rule 2): the figure, the claims giving it and the day they were stated (said_on,
    else reported_on), surely before the moment."""

    as_of: str
    low: Number
    high: Number | None
    claims: tuple[str, ...]
    stated: str  # "" when neither date is given (not expected: it is then no forecast)
    basis: str = "said_on"  # the date ``stated`` is: "said_on", else "reported_on"


@_record
class Change:
    """How the figures on a measure move across the moments they describe."""

    measure: str
    points: tuple[ChangePoint, ...]
    dimension: str = "count"
    # the forecasts of its moments (figures stated surely before the moment they give): beside
    # its course, never steps of it (time27); by moment, then the day stated
    forecasts: tuple[ForecastPoint, ...] = ()


Conflict = FigureConflict | Revision | SumFinding | StanceConflict | Reversal


@_record
class Report:
    conflicts: tuple[Conflict, ...]  # most severe first (see docs/conflicts.md)
    changes: tuple[Change, ...]  # ordered by measure
    n_claims: int = 0  # active facts considered
    n_claimants: int = 0  # distinct independent claimant keys among them
    minor: tuple[FigureConflict | SumFinding | Reversal, ...] = ()  # below the materiality ratio
    incomparable: tuple[Incomparable, ...] = ()
    checks: tuple[SumFinding, ...] = ()  # sums that hold
    n_relaying: int = 0  # active claims that relay another claim
    min_gap: float = DEFAULT_MIN_GAP
    cumulative: frozenset[str] = frozenset()  # the measures marked cumulative
    # measures not marked cumulative that read like a running count and whose figures only
    # rise with their dates: a hint to mark them, in place of a dispute
    unmarked: tuple[str, ...] = ()
    # of those, the measures whose figures are all of one time, a claimant's own figures
    # apart read as its updates of that time (order not known): the hint says so
    unmarked_one_time: tuple[str, ...] = ()
    # (measure, claim ids) of those (``unmarked``) whose figures do not fall but where a later
    # figure gives only a floor ("at least 10") below an earlier one: whether the count fell is
    # left open, and the hint names them instead of saying that the figures only rise
    unmarked_open: tuple[tuple[str, tuple[str, ...]], ...] = ()
    unchecked: tuple[Unchecked, ...] = ()  # sum relations not checked, with the reason
    # measures not marked cumulative that read like a count of the moment (people missing,
    # unaccounted for), read with each figure at its time: a hint to give --as-of
    moments: tuple[str, ...] = ()
    # (measure, claim ids) of a cumulative measure's figures with no date at all that fit its
    # dated course somewhere and so are not set against it, though apart from some of it
    undated: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # every active claim that relays another, by id: (its id, the claim it relays, whether it
    # is an echo). An echo names the claim it is folded into (its positions' ``relaying``);
    # a relay judged as a claim of its own (it changes what it relays, or what it relays is
    # retracted or gone) names the claim it gives (docs/conflicts.md, rule 11)
    relays: tuple[tuple[str, str, bool], ...] = ()
    # (claim id, "unchecked" | "paraphrase") of the subject's figures not in their quotes
    # (quotes31, the stored ``not_in_quote``; a retracted one may be among them, and is never
    # looked up), sorted by id: the JSON says it for each claim
    # of a revision, a sum, a reversal or a disputed proposition it lists (evidence17), as a
    # figure dispute's ``not_in_quote`` does for its positions' claims
    unquoted: tuple[tuple[str, str], ...] = ()
    # (measure, claim ids) of changes with no period: no as_of, or a day (where a period ends,
    # not where it starts); the period a change describes ("last year", "since March") is its
    # meaning, so one with none is set against no other change of its measure, in size or in
    # direction (docs/conflicts.md, "Changes")
    unperiod: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # (measure, claim ids) of a rate's figures with no as_of beside others that give one: a
    # rate is of a period (inflation in October), and "currently 19.2%" may be the month
    # before the one it is said in, so such a figure is set against none of the dated ones
    # (docs/conflicts.md rule 6, "Rates")
    unperiod_rates: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # (measure, claim ids) of counts over a span of time (a stored ``over_span``: "between
    # January and March", "in the past 24 hours") with no as_of on a measure read at its time
    # (cumulative, or named like a running count or a count of the moment): set against
    # nothing, never a dispute or a reversal, since the span may start after the count does
    # (docs/conflicts.md, "A count over a span of time", time34)
    spans: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # (measure, claim ids) of figures with no as_of and no date that puts them on or after a
    # moment (none, or one that holds it), apart from a forecast of that moment: a forecast is
    # set against the other forecasts of its moment alone (docs/conflicts.md, rule 2), and
    # one of these may be another, logged with no as_of
    beside_forecasts: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # (claim id, the moment it forecasts) of each figure stated surely before its as_of, and
    # of each echo that passes one on, sorted by id: a forecast of that moment, never a
    # figure of it (rule 2), which every output that shows the claim says ("forecast of
    # 2024-12", not "as of 2024-12": outputs15)
    forecasts: tuple[tuple[str, str], ...] = ()
    # (measure, claim ids) of a survey measure's figures that state no margin of error (docs/
    # conflicts.md rule 6, "Survey estimates"): each is judged by the materiality ratio on the
    # value it states, and a difference under the ratio, or over it, may lie within margins not
    # given; a measure of one figure, or whose figures all give theirs, is not named
    surveys: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # (measure, claim ids) of forecasts stated more than two years before the moment they give
    # (said_on, else reported_on, against as_of): a date typed wrongly ("2015" for "2025")
    # reads as a forecast and is set against none of that moment's figures (rule 2), so said
    years_ahead: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def _count(self, kind: type) -> int:
        return sum(1 for c in self.conflicts if isinstance(c, kind))

    @property
    def n_figure_conflicts(self) -> int:
        return self._count(FigureConflict)

    @property
    def n_stance_conflicts(self) -> int:
        return self._count(StanceConflict)

    @property
    def n_reversals(self) -> int:
        return sum(1 for c in self.conflicts if isinstance(c, Reversal) and c.kind == "reversal")

    @property
    def n_walk_backs(self) -> int:
        return sum(1 for c in self.conflicts if isinstance(c, Reversal) and c.kind == "walk-back")

    @property
    def n_revisions(self) -> int:
        return self._count(Revision)

    @property
    def n_sums(self) -> int:
        return self._count(SumFinding)
