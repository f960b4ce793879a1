"""Whether a claim may relay another: the one rule for ``add``, ``edit``, the review and
``import`` (audit16).

A relay passes on what the claim it relays says (docs/conflicts.md, rule 11), so it must be a
claim of the same story, of the same kind, on the same measure or proposition, and the claim
it relays must be active. The engine judges any other relay as the claim's own, silently: an
outlet's figure typed as relaying a claim on another measure stood as an independent source,
corroborating or disputing where the user meant an echo. Pure: records in, a reason out.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any


def relay_problem(claim: Mapping[str, Any], relayed: Mapping[str, Any] | None) -> str | None:
    """Why ``claim`` (a record) may not relay ``relayed`` (the stored record its ``relays``
    names, None when there is none), or None when it may."""
    rid = claim.get("relays")
    if not rid:
        return None
    if relayed is None:
        return f"relays: no claim with id {rid!r}"
    if relayed.get("subject") != claim.get("subject"):
        return (
            f"relays: {rid} is a claim of {relayed.get('subject')}, this one of "
            f"{claim.get('subject')}: a relay passes on a claim of its own subject"
        )
    if relayed.get("kind") != claim.get("kind"):
        return (
            f"relays: {rid} is a {relayed.get('kind')}, this claim a {claim.get('kind')}: "
            "a relay passes on a claim of its own kind (add a figure and a stance that "
            "relay two claims one at a time)"
        )
    key = "measure" if claim.get("kind") == "figure" else "proposition"
    if relayed.get(key) != claim.get(key):
        return (
            f"relays: {rid} is on the {key} {relayed.get(key)}, this claim on "
            f"{claim.get(key)}: a relay passes on what it relays (conflicts would judge "
            "it as a claim of its own)"
        )
    if relayed.get("status", "active") != "active":
        return (
            f"relays: {rid} is retracted (conflicts ignore it, and would judge this claim "
            "as its own): restore it first (retract --undo), or relay another"
        )
    return None


def relay_cycle(
    claim_id: str, relayed: Mapping[str, Any], get: Callable[[str], Mapping[str, Any] | None]
) -> list[str] | None:
    """The chain of ids back to ``claim_id`` when ``relayed`` relays it, directly or through
    others (``get`` reads a claim by id, None when there is none): conflicts treat each claim of
    a cycle of relays as a source of its own, so an edit that closes one is refused."""
    chain = [str(relayed["id"])]
    cur: Mapping[str, Any] | None = relayed
    while cur is not None and cur.get("relays"):
        nxt = str(cur["relays"])
        if nxt == claim_id:
            return [claim_id, *chain, claim_id]
        if nxt in chain or len(chain) > 1000:
            return None  # a cycle of others: theirs to settle
        chain.append(nxt)
        cur = get(nxt)
    return None


ECHO_NOTE = "an echo: not counted as a source"
OWN_NOTE = (
    "not an echo: it changes what it relays, or what it relays is retracted or gone, so it is "
    "compared as a claim of its own; not counted as a source"
)
RETRACTED_NOTE = "retracted: not compared"


def relay_note(claim_id: str, status: str, echoes: Mapping[str, str]) -> str:
    """What conflicts do with a claim that relays another (docs/conflicts.md, rules 11 and
    12), one wording for ``show``, ``add`` and the report: ``echoes`` maps each relaying claim
    the engine folds into the claim it relays to that claim (``conflicts.relay_roots``); one
    it leaves out is compared as its own claim, and adds no source either way. A claim not
    active is said by its state ("retracted", or "withdrawn by its outlet": ``ClaimView.state``)."""
    if status != "active":
        return RETRACTED_NOTE if status == "retracted" else f"{status}: not compared"
    return ECHO_NOTE if claim_id in echoes else OWN_NOTE


def left_relays_line(claim_id: str, echo_ids: list[str], withdrawal: str | None = None) -> str:
    """The one warning of a claim taken out of the conflicts while others relay it (the ids
    ``echo_ids``): ``retract``, ``retract --purge``, ``retract --withdrawn`` and ``add
    --corrects`` say it (evidence18: two wordings of it were written in two places, and
    ``retract --withdrawn`` said a plain retraction's). ``withdrawal``: None for the user's
    retraction or purge, "withdrew" for an outlet's withdrawal with nothing in its place,
    "corrected" for one with a correction logged."""
    from claimtrack.wording import plural

    ids = ", ".join(echo_ids)
    n = len(echo_ids)
    if withdrawal is None:
        return (
            f"{plural(n, 'claim relays', 'claims relay')} {claim_id} ({ids}): conflicts now "
            "judge each as a claim of its own; retract or edit them too if they stand or "
            "fall with it"
        )
    against = ", set against the correction" if withdrawal == "corrected" else ""
    return (
        f"{plural(n, 'claim passes', 'claims pass')} on {claim_id} ({ids}), which its outlet "
        f"withdrew: conflicts now judge each as a claim of its own{against}; `retract ID "
        f"--withdrawn` each one whose outlet {withdrawal} it too"
    )
