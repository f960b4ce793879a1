"""An outlet's published correction of its own figure (evidence17): pure rules, no I/O.

"An earlier version of this article said 300; the figure is 30": the 300 is the outlet's,
withdrawn by it. It is no dispute (the outlet does not stand behind it), no reversal or revision
of the claimant it named (who never changed a word), and no second origin. It is logged as read,
then withdrawn: ``add ... --corrects ID`` logs the corrected figure and withdraws ``ID`` in one
write; ``retract ID --withdrawn`` withdraws a figure taken down with none in its place. A
withdrawn claim is retracted (no finding rests on it), its history's last entry a "withdraw"
with the reason, and every listing of a subject's findings says it beside them
(``Store.withdrawn``): no column and no status of its own (docs/conflicts.md, rule 5).
"""

from __future__ import annotations

import re
from typing import Any

from claimtrack.conflicts import claimant_key


def correction_problem(new: dict[str, Any], old: dict[str, Any]) -> str | None:
    """Why the claim ``new`` cannot be logged as the correction of ``old`` (both records), or
    None. A correction is its outlet's own, of the same subject and measure (or proposition),
    of a claim still active: another outlet's figure is a claim of its own (a dispute, if it
    differs), and a figure of another measure corrects nothing of this one."""
    if old["id"] == new.get("id"):
        return f"corrects: {old['id']} cannot correct itself"
    if old.get("status") != "active":
        return f"corrects: {old['id']} is {old.get('status')}: only an active claim is withdrawn"
    if old["subject"] != new["subject"]:
        return (
            f"corrects: {old['id']} is a claim of subject {old['subject']!r}, not "
            f"{new['subject']!r}"
        )
    if old["kind"] != new["kind"]:
        return f"corrects: {old['id']} is a {old['kind']}, this claim a {new['kind']}"
    topic = "measure" if new["kind"] == "figure" else "proposition"
    if old.get(topic) != new.get(topic):
        return (
            f"corrects: {old['id']} is on {topic} {old.get(topic)!r}, this claim on "
            f"{new.get(topic)!r}: a correction gives the same {topic} again"
        )
    if new.get("relays") == old["id"]:
        return f"corrects: this claim relays {old['id']}: a correction replaces it"
    was, now = old.get("outlet"), new.get("outlet")
    if was and now and claimant_key(was) != claimant_key(now):
        return (
            f"corrects: {old['id']} was published by {was}, this claim by {now}: a correction "
            "is its outlet's own; log another outlet's figure as a claim of its own"
        )
    if old.get("source") and new.get("source") and old["source"] != new["source"]:
        return (
            f"corrects: {old['id']} was read from source {old['source']}, this claim from "
            f"{new['source']}: a correction is of the article that printed the figure"
        )
    return None


def correction_reason(new: dict[str, Any], old: dict[str, Any]) -> str:
    """The history's reason for ``old`` withdrawn by the claim ``new`` (both records):
    "corrected by its outlet (The Daily X): x2 gives 30"."""
    outlet = new.get("outlet") or old.get("outlet")
    by = f"corrected by its outlet ({outlet})" if outlet else "corrected by its outlet"
    said = new.get("value") if new["kind"] == "figure" else new.get("stance")
    return f"{by}: {new['id']} gives {said}"


# What correction_reason writes, read back: the id of the claim that corrects (evidence18).
_CORRECTED_BY = re.compile(r"corrected by its outlet(?: \(.*\))?: (\S+) gives ", re.DOTALL)


def correcting_id(reason: str | None) -> str | None:
    """The id of the claim that corrected a withdrawn one, read from its withdrawal's reason
    as :func:`correction_reason` writes it ("corrected by its outlet (X): ID gives ..."), or
    None (a figure taken down with none in its place, or a reason of the user's own)."""
    found = _CORRECTED_BY.match(reason or "")
    return found.group(1) if found else None


def restore_problem(
    withdrawn: dict[str, Any], correction: dict[str, Any] | None
) -> tuple[str, str] | None:
    """Why ``retract --undo`` must not restore ``withdrawn`` (a claim its outlet withdrew:
    its record with ``reason``), as (message, hint), or None. While the claim that corrected
    it stands (``correction``, active), the two would be the outlet's own figures side by
    side: a dispute, a reversal or a revision that the outlet never made. Restore it only
    once the correction is retracted (logged in error)."""
    if correction is None or correction.get("status") != "active":
        return None
    cid, wid = correction["id"], withdrawn["id"]
    return (
        f"{wid} was withdrawn by its outlet and {cid} corrects it: restored beside {cid}, its "
        "withdrawn figure would stand as the outlet's own and be set against the correction "
        "(a dispute or a revision the outlet never made)",
        f"if {cid} was logged in error, `claimtrack retract {cid}` first, then "
        f"`claimtrack retract {wid} --undo`",
    )


def restore_warning(withdrawn: dict[str, Any]) -> str:
    """What ``retract --undo`` says of a claim its outlet withdrew, once restored."""
    why = withdrawn.get("reason") or "no reason given"
    return (
        f"{withdrawn['id']} was withdrawn by its outlet ({why}); restored, it is a live claim "
        "again: conflicts judge it and no longer list it as withdrawn"
    )


def withdrawn_line(record: dict[str, Any]) -> str:
    """One withdrawn claim as every listing says it (``Store.withdrawn``'s record): "deaths:
    “300” (Police; The Daily X, reported 2024-05-01; x1): corrected by its outlet (The Daily
    X): x2 gives 30" (the reason the user or ``add --corrects`` gave)."""
    from claimtrack.wording import quoted

    if record["kind"] == "figure":
        what = f"{record.get('measure')}: {quoted(str(record.get('value')))}"
    else:
        what = f"{record.get('proposition')}: {record.get('stance')}"
    where = [record["claimant"]]
    published = ", ".join(
        x
        for x in (
            record.get("outlet"),
            f"reported {record['reported_on']}" if record.get("reported_on") else None,
            f"said {record['said_on']}"
            if record.get("said_on") and not record.get("reported_on")
            else None,
        )
        if x
    )
    if published:
        where.append(published)
    where.append(record["id"])
    line = f"{what} ({'; '.join(where)})"
    reason = record.get("reason")
    return f"{line}: {reason}" if reason else f"{line}: withdrawn by its outlet"


# How every listing of a subject's findings heads the claims their outlets withdrew: the
# terminal's heading, the fact-check sheet's "finding" of their rows (outputs19)
WITHDRAWN_HEADING = (
    "Withdrawn by their outlets (corrected or taken down: no dispute, no reversal, no source)"
)


def withdrawn_json(record: dict[str, Any]) -> dict[str, Any]:
    """One withdrawn claim in the JSON of a subject's findings (``"withdrawn"``)."""
    topic = "measure" if record["kind"] == "figure" else "proposition"
    said = "figure" if record["kind"] == "figure" else "stance"
    return {
        "claim": record["id"],
        "claimant": record["claimant"],
        "kind": record["kind"],
        topic: record.get(topic),
        said: record.get("value") if said == "figure" else record.get("stance"),
        "outlet": record.get("outlet"),
        "reason": record.get("reason"),
    }
