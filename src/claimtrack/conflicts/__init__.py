"""The contradiction engine: claims in, findings out.

A pure module (standard library only, cheap to import): it knows nothing of the
database, the CLI or the renderer. :func:`analyse` takes the claims of a subject
as :class:`Fact` tuples (figures already in base units of their dimension) and
returns a :class:`Report`: disputed figures, revisions of cumulative measures,
sums that do not add up, disputed propositions and reversals, plus minor
differences, incomparable figures, sum checks that hold and changes over time.
The order of the output never depends on the order of the input.

Cost is O(n log n) in the number of claims: facts are bucketed by topic in one
pass, and each measure is sorted once and swept (no pairwise loops). The one
exception is inherent to the output: an undated figure is compared with every
dated group of its measure, so it is listed in each dated conflict it takes
part in.

The package's files are the engine's parts: ``model`` (the facts read and the findings given),
``core`` (names, dates, the tuple layout of a record, bounds, sweeps, ratios, time helpers),
``figures`` (groups and disputes of one measure), ``reversals``, ``sums`` (revisions and sums),
``timing`` (the time rules), ``analyse`` (the driver) and ``jsonout`` (the JSON writers).
The rules are documented in ``docs/conflicts.md``.
"""

from __future__ import annotations

from claimtrack.conflicts.active import ActiveFacts
from claimtrack.conflicts.analyse import (
    _core_of as _core_of,
)
from claimtrack.conflicts.analyse import (
    _widened as _widened,
)
from claimtrack.conflicts.analyse import (
    analyse,
    relay_roots,
)
from claimtrack.conflicts.core import (
    _ID as _ID,
)
from claimtrack.conflicts.core import (
    _before as _before,
)
from claimtrack.conflicts.core import (
    _Ctx as _Ctx,
)
from claimtrack.conflicts.core import (
    _Names as _Names,
)
from claimtrack.conflicts.core import (
    change_text,
    claimant_key,
    date_of,
    dimension_label,
)
from claimtrack.conflicts.jsonout import (
    FORMAT_VERSION,
    Note,
    Notes,
    finding_ids,
    hints_json,
    report_json_line,
    report_to_json,
    subject_hints,
    summary_line,
)
from claimtrack.conflicts.jsonout import (
    _dates_line as _dates_line,
)
from claimtrack.conflicts.jsonout import (
    _texts as _texts,
)
from claimtrack.conflicts.model import (
    DEFAULT_MIN_GAP,
    Change,
    Fact,
    FigureConflict,
    FigurePosition,
    Incomparable,
    OwnDisagreement,
    PlanStages,
    Report,
    Reversal,
    Revision,
    StanceConflict,
    StancePosition,
    SumFinding,
    SumRelation,
    Unchecked,
)
from claimtrack.conflicts.model import (
    ChangePoint as ChangePoint,
)
from claimtrack.conflicts.model import (
    ForecastPoint as ForecastPoint,
)
from claimtrack.conflicts.reversals import (
    _figure_reversal as _figure_reversal,
)
from claimtrack.conflicts.reversals import (
    _own_clashes as _own_clashes,
)
from claimtrack.conflicts.reversals import (
    _reversal as _reversal,
)
from claimtrack.conflicts.reversals import (
    order_note,
    reversal_heading,
)
from claimtrack.conflicts.sums import (
    revision_heading,
    revision_note,
)
from claimtrack.conflicts.timing import (
    own_line,
    time_note,
)

__all__ = [
    "DEFAULT_MIN_GAP",
    "FORMAT_VERSION",
    "ActiveFacts",
    "Change",
    "Fact",
    "FigureConflict",
    "FigurePosition",
    "Incomparable",
    "Note",
    "Notes",
    "OwnDisagreement",
    "PlanStages",
    "Report",
    "Reversal",
    "Revision",
    "StanceConflict",
    "StancePosition",
    "SumFinding",
    "SumRelation",
    "Unchecked",
    "analyse",
    "change_text",
    "claimant_key",
    "date_of",
    "dimension_label",
    "finding_ids",
    "hints_json",
    "order_note",
    "own_line",
    "relay_roots",
    "report_json_line",
    "report_to_json",
    "reversal_heading",
    "revision_heading",
    "revision_note",
    "subject_hints",
    "summary_line",
    "time_note",
]
