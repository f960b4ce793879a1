"""What the engine flags under a verdict that upholds a claim (docs/exports.md, "A verdict on
a flagged claim").

A ClaimReview carries the reviewer's rating alone. A rating that says a claim is at least
half true ("Half True" and up on the verdict scale, ``verdicts``) while the engine has the
claim in a dispute, a reversal, a revision or a sum that does not add up, or could not
compare its figure, or stored the figure against the quote guard (``--paraphrase``), is
published with nothing to say so: the exports name each such finding on stderr, one line per
review. A rating of false or mostly false is what a finding leads to, and one off the scale
("Unproven") upholds nothing: neither is flagged.

Pure: a claim's record, its rating and the engine's report of its subject in, text out
(``upholds`` imports no more than the verdict scale: ``review`` asks it of every rating).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from claimtrack.conflicts import Report

UPHOLDS_FROM = 3  # "half true" on the verdict scale: a rating at least this high upholds


def upholds(rating: str | None) -> bool:
    """Whether ``rating`` says the claim is at least half true (a known verdict on the
    scale; one off it, or unknown, upholds nothing)."""
    from claimtrack.verdicts import place

    placed = place(rating)
    return placed is not None and placed.value is not None and placed.value >= UPHOLDS_FROM


def _claims_of(c: Any) -> tuple[str, ...]:
    from claimtrack.conflicts import FigureConflict, StanceConflict

    if isinstance(c, FigureConflict | StanceConflict):
        return tuple(cid for p in c.positions for cid in p.claims)
    return tuple(c.claims)


def flags(
    record: Mapping[str, Any], report: Report, records: Mapping[str, Mapping[str, Any]]
) -> list[str]:
    """What the engine flags about the claim ``record`` in ``report`` (its subject's, at the
    default materiality), each as a reader of ``conflicts SUBJECT`` would find it: every
    finding holding the claim by its number and heading ("2. Disputed proposition: X"), its
    figure left out of a comparison (another dimension or currency; a running count's
    undated figure), and its figure stored as a paraphrase (the quote guard overridden).
    ``records``: the claims the findings hold (for their headings)."""
    from claimtrack.guards import is_paraphrase
    from claimtrack.report import finding_heading

    cid = record["id"]
    found = [
        f"{n}. {finding_heading(c, records)}"
        for n, c in enumerate(report.conflicts, 1)
        if cid in _claims_of(c)
    ]
    for inc in report.incomparable:
        if any(cid in ids for _, ids in inc.groups):
            found.append(
                f"its figure is not compared with the others on {inc.measure} "
                "(another dimension or currency)"
            )
    for measure, ids in report.undated:
        if cid in ids:
            found.append(f"its figure has no date and is not set against {measure}'s course")
    for measure, ids in report.beside_forecasts:
        if cid in ids:
            found.append(f"its figure gives no as_of and is not set against {measure}'s forecasts")
    for measure, ids in report.unperiod:
        if cid in ids:
            found.append(f"its change gives no period and is compared with no other of {measure}")
    for measure, ids in report.unperiod_rates:
        if cid in ids:
            found.append(f"its rate gives no period and is compared with no other of {measure}")
    for measure, ids in report.spans:
        if cid in ids:
            found.append(f"its figure counts a span of time and is not set against {measure}")
    if record.get("kind") == "figure" and is_paraphrase(record.get("note")):
        found.append("its figure is not in its quote (stored with --paraphrase)")
    return found


def flag_line(record: Mapping[str, Any], rating: str, found: list[str]) -> str:
    """One warning line for a review whose rating upholds a flagged claim."""
    return (
        f"{record['id']} is rated {rating}, but claimtrack conflicts {record['subject']} "
        f"flags it: {'; '.join(found)}. The ClaimReview carries the rating alone"
    )


# What a verdict is given on: the words, who said them, when, and what they assert. A change
# of the note, the outlet or the address leaves the verdict standing.
REVIEWED_FIELDS = (
    "subject", "claimant", "speaker", "quote", "kind", "measure", "value", "low", "high",
    "unit", "hedge", "change", "as_of", "proposition", "stance", "said_on", "reported_on",
    "relays",
)  # fmt: skip


def changed_since(
    record: Mapping[str, Any], review: Mapping[str, Any], history: list[dict[str, Any]]
) -> list[str]:
    """The fields of ``REVIEWED_FIELDS`` in which the claim ``record`` differs from the version
    ``review`` was given on (the ``previous`` of the first change after it, ``history`` in
    order, as ``Store.history`` gives it); [] when the verdict is on the claim as it is."""
    after = [h for h in history if h["changed_at"] > review["reviewed_at"]]
    if not after:
        return []
    then = after[0]["previous"]
    return [f for f in REVIEWED_FIELDS if then.get(f) != record.get(f)]


def changed_line(record: Mapping[str, Any], rating: str, fields: list[str]) -> str:
    """One warning line for a verdict given on an earlier version of its claim."""
    return (
        f"{record['id']} changed after its verdict ({rating}) was given: its "
        f"{', '.join(fields)} {'is' if len(fields) == 1 else 'are'} not what was reviewed "
        f"(claimtrack history {record['id']}); review it again"
    )
