"""``claimtrack extract --review``: walk candidates on a terminal; store each accepted claim.

Nothing is accepted without an answer: every candidate waits for a choice, and the default is
to skip it. An accepted claim is validated like ``add`` (near-miss names are refused with
"did you mean", and asked again) and stored at once, with its source.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import typer

from claimtrack.errors import ClaimtrackError, clean
from claimtrack.wording import plural

if TYPE_CHECKING:
    from claimtrack.store import Store

CHOICES = "f=figure s=stance c=claimant e=edit quote k=skip x=quit"


def review_candidates(
    store: Store,
    text: str,
    records: list[dict[str, Any]],
    *,
    guard: Callable[..., list[Any]],
) -> list[str]:
    """Ask about each candidate; returns the ids stored."""
    from claimtrack import render

    stored: list[str] = []
    n = len(records)
    for i, rec in enumerate(records, 1):
        draft = {k: v for k, v in rec.items() if k != "extract"}
        render.candidate_card(text, rec, i, n)
        while True:
            choice = typer.prompt(f"  {CHOICES}", default="k").strip().lower()[:1]
            if choice == "x":
                typer.echo(f"Stopped: {plural(len(stored), 'claim')} stored.")
                return stored
            if choice == "k":
                break
            if choice == "c":
                draft["claimant"] = typer.prompt("  Claimant", default=draft.get("claimant", ""))
                continue
            if choice == "e":
                quote = typer.prompt("  Quote (a part of the sentence)", default=draft["quote"])
                if quote.strip() and quote.strip() in rec["quote"]:
                    draft["quote"] = quote.strip()
                else:
                    typer.echo("  The quote must be a part of the sentence shown; kept as it was.")
                continue
            if choice not in ("f", "s"):
                typer.echo(f"  Answer one of: {CHOICES}")
                continue
            claim = _complete(draft, rec["extract"], choice)
            if claim is None:
                continue
            try:
                claims = guard(store, [claim], new=False)
                record, created = store.add_many(claims)[0]
            except ClaimtrackError as e:
                typer.echo(clean(f"  Not stored: {e.message}" + "".join(
                    f"\n    {d}" for d in e.details)))  # fmt: skip
                continue
            stored.append(record["id"])
            typer.echo(f"  {'Stored' if created else 'Already stored'} {record['id']}.")
            break
    typer.echo(f"Done: {plural(len(stored), 'claim')} stored.")
    return stored


def _complete(draft: dict[str, Any], ex: dict[str, Any], choice: str) -> dict[str, Any] | None:
    claim = {k: v for k, v in draft.items() if k not in ("value", "kind")}
    if not claim.get("claimant"):
        claim["claimant"] = typer.prompt("  Claimant")
    if choice == "f":
        figures = ex["figures"]
        if not figures:
            value = typer.prompt('  Figure as said (e.g. "a few dozen")')
        elif len(figures) == 1:
            value = figures[0]["text"]
        else:
            pick = typer.prompt(f"  Which figure (1-{len(figures)})", default="1")
            if not pick.isdigit() or not 1 <= int(pick) <= len(figures):
                typer.echo("  No such figure.")
                return None
            value = figures[int(pick) - 1]["text"]
        measures = ex.get("measures") or []
        hint = f" ({', '.join(measures)})" if measures else ""
        measure = typer.prompt(f"  Measure{hint}")
        return claim | {"kind": "figure", "value": value, "measure": measure}
    proposition = typer.prompt("  Proposition (e.g. deal-was-secret)")
    stance = typer.prompt("  affirms or denies").strip().lower()
    if stance not in ("affirms", "denies"):
        typer.echo("  Answer affirms or denies.")
        return None
    return claim | {"kind": "stance", "proposition": proposition, "stance": stance}
