"""Commands on claims: add, list, show, edit, retract, history, search, review."""

import sys
from typing import TYPE_CHECKING, Annotated, Any, Literal

import typer

from claimtrack.cli.core import (
    DecimalCommaOpt,
    JsonOpt,
    NewOpt,
    _ask_choice,
    _emit_json,
    _guard,
    _note_unknown_subject,
    _searchable,
    _source_fields,
    _state,
    _warn_future,
    app,
    dates_as_typed,
    options_named,
    stale_lines,
)
from claimtrack.errors import InputError
from claimtrack.figure_guards import GuardNote, ask_paraphrase, guard_figures, marked_drafts

if TYPE_CHECKING:
    from claimtrack.store import Store

ChangeOpt = Annotated[
    str | None,
    typer.Option(
        "--change",
        help='The figure is a change of the measure, not its level: "up" (rose 3%: --figure '
        '"3%") or "down" (fell 12%: --figure "12%"); its quote must say so.',
        metavar="up|down",
    ),
]
TABLE_LIMIT = 500  # rows a `list` table shows by default; JSON output is not limited

ParaphraseOpt = Annotated[
    bool,
    typer.Option(
        "--paraphrase",
        help="The figure is not in the quote's words (a translation, a conversion, a sum): "
        "store it anyway, its note marked \\[paraphrase].",
    ),
]


def _interactive() -> bool:
    return sys.stdin.isatty()


@app.command()
def add(
    ctx: typer.Context,
    subject: Annotated[str, typer.Argument(help="Story slug, e.g. raqqa-convoy.")],
    claimant: Annotated[str | None, typer.Option(help="Who asserts it.")] = None,
    quote: Annotated[str | None, typer.Option(help="The verbatim words.")] = None,
    figure: Annotated[
        str | None, typer.Option(help='A figure as said: "a few dozen", "some 250".')
    ] = None,
    measure: Annotated[
        str | None, typer.Option(help="What the figure counts, e.g. fighters-evacuated.")
    ] = None,
    affirms: Annotated[
        str | None, typer.Option(help="Proposition the claim affirms.", metavar="PROP")
    ] = None,
    denies: Annotated[
        str | None, typer.Option(help="Proposition the claim denies.", metavar="PROP")
    ] = None,
    uncertain: Annotated[
        str | None,
        typer.Option(
            help='Proposition the claim says cannot be said ("we do not know yet").',
            metavar="PROP",
        ),
    ] = None,
    speaker: Annotated[str | None, typer.Option(help="Person who voiced it.")] = None,
    outlet: Annotated[str | None, typer.Option(help="Where it was reported.")] = None,
    url: Annotated[str | None, typer.Option(help="Link to the report.")] = None,
    said_on: Annotated[
        str | None, typer.Option(help='Date said: YYYY[-MM[-DD]], or as written ("May 5, 2022").')
    ] = None,
    reported_on: Annotated[str | None, typer.Option(help="Date published.")] = None,
    as_of: Annotated[
        str | None,
        typer.Option(help="Moment the figure describes: YYYY[-MM[-DD]], or YYYY-MM-DDTHH:MM."),
    ] = None,
    low: Annotated[float | None, typer.Option(help="Explicit lower bound.")] = None,
    high: Annotated[float | None, typer.Option(help="Explicit upper bound.")] = None,
    unit: Annotated[str | None, typer.Option(help="Noun counted (derived if absent).")] = None,
    change: ChangeOpt = None,
    note: Annotated[str | None, typer.Option(help="Free-text context.")] = None,
    relays: Annotated[
        str | None,
        typer.Option(help="Id of the claim this one passes on (an echo, not a new source)."),
    ] = None,
    decimal_comma: DecimalCommaOpt = False,
    claim_id: Annotated[
        str | None,
        typer.Option(
            "--id",
            help="Stable id (generated when absent); a figure and a stance added together "
            "get ID-figure and ID-stance.",
        ),
    ] = None,
    source: Annotated[
        str | None,
        typer.Option(help="Source id (or prefix): fills --outlet, --url, --reported-on."),
    ] = None,
    new: NewOpt = False,
    paraphrase: ParaphraseOpt = False,
    corrects: Annotated[
        str | None,
        typer.Option(
            metavar="ID",
            help="Id of the claim this one corrects: its outlet published a correction "
            '("an earlier version said ..."); ID is withdrawn in the same write.',
        ),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Log an attributed claim: a figure on a measure, a stance on a proposition, or both.

    A quote with a figure and a stance (--figure ... --measure ... --denies ...) gives two
    claims, stored together. A subject, measure, proposition or claimant that is new but close
    to an existing one is refused with "did you mean"; --new confirms it. A figure must be in
    the quote (its words, or a figure there that reads the same); --paraphrase stores one that
    is not, marked in its note (on a terminal, add asks). A sign several currencies share is
    read by convention, and said: "$" as US dollars, "Rs" and "rupees" as Indian rupees, "¥"
    as yen, "rubles" as Russian rubles, "£" as pounds sterling; it is refused where the story
    names another currency of that sign (pesos, A$, Pakistan ...; docs/format.md).

    Example: claimtrack add raqqa-convoy --claimant "Syrian Democratic Forces (SDF)"
    --quote "only a few dozen fighters had been able to leave" --figure "a few dozen"
    --measure isis-fighters-evacuated --outlet "Mother Jones" --reported-on 2017-11
    """
    from claimtrack import render
    from claimtrack.models import claim_drafts

    interactive = _interactive()
    given: dict[str, Any] = {
        "id": claim_id,
        "subject": subject,
        "claimant": claimant,
        "speaker": speaker,
        "outlet": outlet,
        "url": url,
        "said_on": said_on,
        "reported_on": reported_on,
        "quote": quote,
        "note": note,
        "relays": relays,
        "figure": figure,
        "measure": measure,
        "as_of": as_of,
        "low": low,
        "high": high,
        "unit": unit,
        "change": change,
        "affirms": affirms,
        "denies": denies,
        "uncertain": uncertain,
    }
    if interactive:
        _ask_missing(given)
    try:
        drafts = claim_drafts(given)
    except InputError as e:
        if given["figure"] and not given["measure"] and e.message.endswith("--measure"):
            e.hint = _measures_hint(ctx, subject)
        raise options_named(e) from None
    if not paraphrase and interactive:
        paraphrase = ask_paraphrase(drafts, decimal_comma)
    if paraphrase:
        drafts = marked_drafts(drafts)
    store = _state(ctx).store()
    drafts = _fill_from_store(store, drafts, source)
    page = None if source is not None else _page_source(store, drafts)
    try:
        claims = _guard(store, drafts, new=new, ask=interactive, decimal_comma=decimal_comma)
    except InputError as e:
        raise options_named(e) from None
    _check_relays(store, claims)
    _check_dates(claims)
    _check_quote(claims)
    if low is not None:
        _check_hand_bounds(claims, decimal_comma)
    readings = guard_figures(store, claims, paraphrase=paraphrase, decimal_comma=decimal_comma)
    for claim in claims:
        _warn_future(claim)
    results = _add_claims(store, claims, corrects, page)
    spelling = _spelling_note(store, claims[0].claimant)
    if low is not None:
        _record_hand_bounds(store, claims)
    for record, created in results:  # the same content, retracted: still ignored (audit16)
        if not created and record.get("status") == "retracted":
            render.warning(
                f"{record['id']} is retracted: conflicts ignore it (claimtrack "
                f"retract {record['id']} --undo restores it)"
            )
    if as_json:
        _emit_json(results[0][0] if len(results) == 1 else [r for r, _ in results])
    else:
        render.added(results, _relay_notes(store, [r for r, _ in results]))
    _say_page(page, results)
    for said in readings:
        render.message(said.text)
    if spelling:
        render.message(spelling)


def _add_claims(
    store: "Store", claims: list[Any], corrects: str | None, page: dict[str, Any] | None = None
) -> list[tuple[dict[str, Any], bool]]:
    """Store ``claims`` (with ``page``, the source their --url registers, in the same write);
    with ``corrects`` (``add --corrects``), the claim they correct is withdrawn in the same
    write, said, and so are the claims that pass it on (they still print the withdrawn
    figure, unless their outlets corrected it too)."""
    if corrects is None:
        return store.add_many(claims, source=page)
    from claimtrack import render

    withdraw, corrected = _correction(store, claims, corrects)
    echoes = store.relaying(corrected["id"], corrected["subject"])
    results = store.add_many(claims, withdraw, source=page)
    render.message(f"Withdrew {corrected['id']}: corrected by its outlet.")
    _warn_relays_of_status(store, corrected, echoes, False, "corrected")
    return results


def _correction(
    store: "Store", claims: list[Any], corrects: str
) -> tuple[tuple[str, Any], dict[str, Any]]:
    """``add --corrects``: (the claim withdrawn and its reason as ``Store.add_many`` takes
    them, the claim withdrawn), or InputError when the claim is no correction of it
    (``corrections.correction_problem``)."""
    from claimtrack.corrections import correction_problem, correction_reason

    if len(claims) != 1:
        raise InputError("--corrects: give a figure or a stance, not both (one claim corrects one)")
    old = store.get(store.resolve_id(corrects))
    problem = correction_problem(claims[0].record(), old)
    if problem:
        raise InputError(problem)
    return (old["id"], lambda new: correction_reason(new, old)), old


def _spelling_note(store: "Store", claimant: str) -> str | None:
    """A claimant written otherwise than a known one (only case, punctuation or spaces differ)
    is that claimant: said, once stored, with the spelling that stands for it (the one written
    first)."""
    first = store.written_first(claimant)
    if first is None:
        return None
    return (
        f"note: claimant {claimant!r} is {first!r} written otherwise: one claimant, listed as "
        f"{first!r} (the name written first); the claim keeps {claimant!r} as written"
    )


def _relay_notes(store: "Store", records: list[dict[str, Any]]) -> dict[str, str]:
    """Claim id -> what conflicts do with its relay (``relays.relay_note``: an echo, or
    compared as its own claim), for the ``records`` that relay another; their subjects' facts
    are read only then."""
    relaying = [r for r in records if r.get("relays")]
    if not relaying:
        return {}
    from claimtrack.conflicts import relay_roots
    from claimtrack.relays import relay_note

    echoes: dict[str, str] = {}
    for subject in {r["subject"] for r in relaying}:
        echoes |= relay_roots(store.facts(subject))
    return {r["id"]: relay_note(r["id"], r.get("status", "active"), echoes) for r in relaying}


def _check_relays(store: "Store", claims: list[Any]) -> None:
    """Refuse a claim that relays a claim of another subject, kind, measure or proposition, or
    a retracted one (``relays.relay_problem``), or one that relays it back (``relay_cycle``):
    conflicts would judge it as its own."""
    from claimtrack.relays import relay_cycle, relay_problem

    for claim in claims:
        if not claim.relays:
            continue
        relayed = _get_or_none(store, claim.relays)
        problem = relay_problem(claim.record(), relayed)
        if problem:
            raise InputError(problem)
        cycle = relayed and relay_cycle(claim.id, relayed, lambda cid: _get_or_none(store, cid))
        if cycle:
            raise InputError(
                f"relays: a cycle ({' -> '.join(cycle)}): conflicts would judge each claim of "
                "it as its own; a relay passes on a claim that does not relay it back"
            )


def _get_or_none(store: "Store", claim_id: str) -> dict[str, Any] | None:
    from claimtrack.errors import NotFoundError

    try:
        return store.get(claim_id)
    except NotFoundError:
        return None


def _check_edited(store: "Store", claim: Any, changes: dict[str, Any]) -> None:
    """The checks of `add` an edit's changes call for (audit16): its relay, bounds given by
    hand, dates and quote."""
    if {"relays", "subject", "measure", "proposition"} & changes.keys():
        _check_relays(store, [claim])
    if {"low", "high"} & changes.keys():
        _check_hand_bounds([claim], None)
    if {"said_on", "reported_on"} & changes.keys():
        _check_dates([claim])
    if "quote" in changes:
        _check_quote([claim])


def _check_speaker(store: "Store", current: dict[str, Any], changes: dict[str, Any]) -> None:
    """Refuse an edit that gives the claim another claimant but keeps, unsaid, the speaker
    given for the first one (the review asks; review16): --speaker says what becomes of it.
    The same claimant written otherwise (case, punctuation, an alias) keeps its speaker."""
    from claimtrack.records import claimant_key

    old, new = current.get("claimant") or "", changes.get("claimant")
    speaker = current.get("speaker")
    if new is None or not speaker or "speaker" in changes:
        return
    keys = {claimant_key(old), claimant_key(new)}
    if len(keys) == 1 or len({store.canonical().get(k, (k,))[0] for k in keys}) == 1:
        return
    raise InputError(
        f"the speaker {speaker!r} was given for the claimant {old!r}, not {new!r}: say who "
        f"speaks for {new!r}",
        hint=f"--speaker {speaker!r} keeps it, --speaker NAME changes it, --speaker '' clears it",
    )


def _check_quote(claims: list[Any]) -> None:
    """Refuse a quote that holds no letter or digit ("—", "..."): no words of the article."""
    for c in claims[:1]:  # the claims of one add share their quote
        if not any(ch.isalnum() for ch in c.quote):
            raise InputError(
                f"--quote {c.quote!r} holds no word: give the words as the article prints them"
            )


def _check_dates(claims: list[Any]) -> None:
    """Refuse a claim said after it was reported (``records.said_after_report``)."""
    from claimtrack.records import said_after_report_problem

    for c in claims:
        problem = said_after_report_problem(c.said_on, c.reported_on)
        if problem:
            raise InputError(dates_as_typed(problem))


def _check_hand_bounds(claims: list[Any], decimal_comma: bool | None) -> None:
    """Refuse bounds given by hand (--low/--high) that share no number with what the figure's
    text reads (``readings.bounds_apart``): they may narrow or widen it, never leave it."""
    from claimtrack.quantities import format_number
    from claimtrack.readings import bounds_apart

    for c in claims:
        if c.kind != "figure" or c.low is None or not c.value:
            continue
        fig = bounds_apart(c.value, c.low, c.high, decimal_comma)
        if fig is not None:

            def shown(lo: Any, hi: Any) -> str:
                if hi is None:
                    return f"{format_number(lo)} or more"
                return f"{format_number(lo)}–{format_number(hi)}"

            raise InputError(
                f"--low/--high: {shown(c.low, c.high)} shares no number with the figure "
                f"{c.value!r}, which reads {shown(fig.low, fig.high)}: give bounds that hold "
                "what it says (they may narrow or widen it), or the figure the quote says"
            )


def _warn_relaying(store: "Store", before: dict[str, Any], after: dict[str, Any]) -> None:
    """An edit that moves a claim off the subject, measure or proposition of the claims that
    relay it, or turns its stance from theirs, says so: conflicts now judge each of them as its
    own claim (docs/conflicts.md, rule 11)."""
    from claimtrack import messages
    from claimtrack.relays import relay_problem

    for echo in store.relaying(after["id"], before["subject"]):
        side = echo.get("stance")  # a stance that passed on the claim's side, now the other
        turned = side is not None and before.get("stance") == side != after.get("stance")
        if relay_problem(echo, after):
            what = f"is now on another {_moved(before, after)}"
        elif turned:
            what = f"now {after.get('stance')} {after.get('proposition')} ({echo['id']} {side} it)"
        else:
            continue
        messages.warning(
            f"{echo['id']} relays {after['id']}, which {what}: conflicts judge {echo['id']} as "
            f"a claim of its own (edit it too, or edit {echo['id']} --relays '')"
        )


def _moved(before: dict[str, Any], after: dict[str, Any]) -> str:
    return next(
        (k for k in ("subject", "measure", "proposition") if before.get(k) != after.get(k)), "topic"
    )


def _record_hand_bounds(store: "Store", claims: list[Any]) -> None:
    """Record which figures hold bounds given by hand other than their text reads (`verify
    --readings` does not call those read otherwise), and forget those read from their text."""
    from claimtrack.measure_words import over_whole
    from claimtrack.readings import reading_of_bounds

    figures = [c for c in claims if c.kind == "figure" and c.value and c.low is not None]
    own = [
        c.id
        for c in figures
        if reading_of_bounds(c.value, c.low, c.high, rates=over_whole(c.measure, c.change)) is None
    ]
    read = [c.id for c in figures if c.id not in own]
    if own or (read and store.hand_bounds() & set(read)):
        store.mark_hand_bounds(own, read)


def _measures_hint(ctx: typer.Context, subject: str) -> str:
    """What --measure may be: the subject's measures (from a database that exists: a refused
    add creates none), or the form of a new one."""
    new = "--measure names what the figure counts, as a slug (e.g. people-injured)"
    path = _state(ctx).path()
    if not path.is_file():
        return new
    known = _state(ctx).store().measure_names(subject)
    if not known:
        return new
    more = f" (and {len(known) - 6} more: claimtrack subjects {subject})" if len(known) > 6 else ""
    return f"{subject}'s measures: {', '.join(known[:6])}{more}; or a new one"


def _ask_missing(given: dict[str, Any]) -> None:
    """On a terminal: ask for the claimant, quote and what is claimed when not given."""
    given["claimant"] = given["claimant"] or typer.prompt("Claimant (who asserts it)", err=True)
    given["quote"] = given["quote"] or typer.prompt("Quote (verbatim)", err=True)
    if not (given["figure"] or given["affirms"] or given["denies"] or given["uncertain"]):
        kind = _ask_choice("Figure or stance", ("figure", "stance"))
        if kind == "figure":
            given["figure"] = typer.prompt('Figure as said (e.g. "a few dozen")', err=True)
        else:
            prop = typer.prompt("Proposition (e.g. coalition-took-part-in-negotiations)", err=True)
            side = _ask_choice("Stance", ("affirms", "denies", "uncertain"))
            given[side] = prop
    if given["figure"] and not given["measure"]:
        given["measure"] = typer.prompt("Measure (e.g. fighters-evacuated)", err=True)


def _fill_from_store(
    store: "Store", drafts: list[dict[str, Any]], source: str | None
) -> list[dict[str, Any]]:
    """Drafts with a --source's outlet, url and date filled in and --relays resolved to the
    relayed claim's id (which must exist); fields left empty are dropped."""
    if source is not None:
        first = drafts[0]
        filled = _source_fields(
            store,
            source,
            outlet=first.get("outlet"),
            url=first.get("url"),
            reported_on=first.get("reported_on"),
        )
        drafts = [d | filled for d in drafts]
    relays = drafts[0].get("relays")
    if relays is not None:  # the relayed claim must exist; a prefix stands for its id
        resolved = store.resolve_id(relays)
        drafts = [d | {"relays": resolved} for d in drafts]
    return [{k: v for k, v in d.items() if v is not None} for d in drafts]


def _page_source(store: "Store", drafts: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The source a claim's --url names, when no --source is given (evidence18): a stored
    source with that address is the claim's (linked, as --source would: its outlet, date and
    agency story; a conflicting --outlet or --reported-on refused), a new address with an
    --outlet is registered as a source in the same write (``sources`` lists it, ``source
    snapshot`` and ``--wire`` can be given to it later), and an address with no outlet is
    stored on the claim alone, said. Before, a claim added with --url was no source's: `sources`
    said "No sources.", and a page stored with `source add URL --wire AP` stayed a second
    origin beside the agency's copies when its claims gave the address instead of the id.
    Returns the source record to register (or the stored one, already linked), or None."""
    first = drafts[0]
    found = _url_source(store, first.get("url"), first.get("outlet"), first.get("reported_on"))
    if found is None:
        return None  # kept on the claim alone: said once it is stored (``_say_page``)
    sid, record = found
    if record is None:
        filled = _source_fields(
            store, sid, outlet=first.get("outlet"), url=first["url"],
            reported_on=first.get("reported_on"),
        )  # fmt: skip
        drafts[:] = [d | filled for d in drafts]
        return {"id": sid, "linked": True}
    drafts[:] = [d | {"source": sid} for d in drafts]
    return record


def _url_source(
    store: "Store", url: str | None, outlet: str | None, reported_on: str | None
) -> tuple[str, dict[str, Any] | None] | None:
    """``sources.page_source`` of a claim's address against the sources stored."""
    from claimtrack.errors import NotFoundError
    from claimtrack.sources import page_source

    def stored(sid: str) -> bool:
        try:
            store.source(sid)
        except (NotFoundError, InputError):
            return False
        return True

    return page_source(url, outlet, reported_on, stored)


def _say_page(page: dict[str, Any] | None, results: list[tuple[dict[str, Any], bool]]) -> None:
    """Say which source a claim added with --url was linked to or registered as, or that its
    address is kept on the claim alone (no outlet given, so no source)."""
    if not any(created for _, created in results):
        return
    from claimtrack import messages

    record = results[0][0]
    if page is None:
        if record.get("url") and not record.get("source") and not record.get("outlet"):
            messages.say(
                f"note: {record['url']} is kept on the claim but registered as no source (a "
                "source needs its outlet): give --outlet, or `claimtrack source add URL "
                "--outlet NAME` first"
            )
        return
    if page.get("linked"):
        messages.say(f"Read from source {record['source']} ({record.get('outlet')}): its --url.")
    else:
        messages.say(
            f"Registered {page['url']} as source {page['id']} ({page['outlet']}): "
            "`claimtrack sources` lists it."
        )


@app.command("list")
def list_claims(
    ctx: typer.Context,
    subject: Annotated[str | None, typer.Argument(help="Only this subject.")] = None,
    claimant: Annotated[
        str | None, typer.Option(help="Only this claimant (aliases too), or names containing it.")
    ] = None,
    measure: Annotated[str | None, typer.Option(help="Only this measure.")] = None,
    proposition: Annotated[str | None, typer.Option(help="Only this proposition.")] = None,
    kind: Annotated[
        Literal["figure", "stance"] | None,
        typer.Option(help="figure or stance."),
    ] = None,
    include_retracted: Annotated[
        bool, typer.Option("--include-retracted", help="Also list retracted claims.")
    ] = False,
    limit: Annotated[
        int | None,
        typer.Option(
            help=f"At most this many claims (table default {TABLE_LIMIT}; JSON: all).", min=1
        ),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """List claims, optionally filtered.

    --claimant matches the name and its aliases, ignoring case and punctuation; when no
    claimant has that name, it matches every claimant whose name contains it.

    Example: claimtrack list raqqa-convoy --claimant "Syrian Democratic Forces"
    """
    from claimtrack import messages
    from claimtrack.slugs import slug_option

    if not as_json:  # the table's module (rich) only for the table
        from claimtrack import render

    store = _state(ctx).store()
    subject = slug_option(subject, "subject")
    _note_unknown_subject(store, subject)
    keys = None
    if claimant is not None:
        keys, how = store.match_claimants(claimant, subject)
        if not keys:
            where = f" in {subject}" if subject else ""
            hint = _claimant_hint(store, claimant, subject)
            messages.say(f"No claimant matches {claimant!r}{where}; {hint}")
        elif how == "contains":
            names = store.claimant_names(keys)
            messages.say(f"--claimant {claimant!r} matched: {'; '.join(names)}")
    rows = store.claims(
        subject,
        claimant_keys=keys,
        measure=slug_option(measure, "--measure"),
        proposition=slug_option(proposition, "--proposition"),
        kind=kind,
        include_retracted=include_retracted,
        limit=limit if (limit or as_json) else TABLE_LIMIT + 1,
        fields=None if as_json else render.CLAIMS_TABLE_FIELDS,
    )
    if as_json:
        from claimtrack.exports import write_json_array

        write_json_array(rows, sys.stdout)
        return
    records = list(rows)
    if limit is None and len(records) > TABLE_LIMIT:
        records = records[:TABLE_LIMIT]
        render.claims_table(records, _withdrawn_ids(store, records, subject))
        render.message(f"Showing the first {TABLE_LIMIT}: use --limit N or --json for more.")
        return
    render.claims_table(records, _withdrawn_ids(store, records, subject))


@app.command()
def show(
    ctx: typer.Context,
    claim_id: Annotated[str, typer.Argument(metavar="ID", help="Claim id or a unique prefix.")],
    as_json: JsonOpt = False,
) -> None:
    """Show one claim in full, with how its figure was read.

    Example: claimtrack show rc-sdf-fighters-few-dozen
    """
    store = _state(ctx).store()
    claim_id = store.resolve_id(claim_id)
    record = store.get(claim_id)
    reviews = store.reviews(claim_id)
    if as_json:
        _emit_json(record | ({"reviews": reviews} if reviews else {}))
        return
    from claimtrack import render

    record = store.with_quote_checks({claim_id: record})[claim_id]  # quotes31
    history = store.history(claim_id)
    render.claim_detail(
        record,
        history=len(history),
        reviews=reviews,
        relay=_relay_notes(store, [record]).get(record["id"]),
        # a verdict given on an earlier version, as the ClaimReview export warns
        stale=stale_lines(store, [(record, reviews[-1])]).get(claim_id) if reviews else None,
        withdrawn=_withdrawn_reason(store, record),
        retracted=_retracted_reason(record, history),
    )


def _withdrawn_ids(store: "Store", records: list[dict[str, Any]], subject: str | None) -> set[str]:
    """The ids of ``records`` their outlets withdrew (one query, only when one is retracted)."""
    if all(r.get("status", "active") == "active" for r in records):
        return set()
    return {r["id"] for found in store.withdrawn(subject).values() for r in found}


def _retracted_reason(record: dict[str, Any], history: list[dict[str, Any]]) -> str | None:
    """Why a claim was retracted (the reason of the retraction its history ends with; "" when
    none was given), or None for an active claim or one its outlet withdrew (said on its own
    row). outputs20: "status retracted" alone left a stranger to guess who took the Odisha
    government's 288 back and why, which ``history`` kept ("taken back by the state: ...")."""
    if record.get("status") != "retracted" or not history or history[-1]["action"] != "retract":
        return None
    return history[-1]["reason"] or ""


def _withdrawn_reason(store: "Store", record: dict[str, Any]) -> str | None:
    """Why its outlet withdrew a retracted claim ("" when no reason was given), or None."""
    if record.get("status") != "retracted":
        return None
    subject = record["subject"]
    found = {r["id"]: r for r in store.withdrawn(subject).get(subject, ())}.get(record["id"])
    return None if found is None else found.get("reason") or ""


@app.command()
def edit(
    ctx: typer.Context,
    claim_id: Annotated[str, typer.Argument(metavar="ID", help="Claim id or a unique prefix.")],
    subject: Annotated[str | None, typer.Option(help="New subject.")] = None,
    claimant: Annotated[str | None, typer.Option(help="New claimant.")] = None,
    quote: Annotated[str | None, typer.Option(help="New quote.")] = None,
    figure: Annotated[
        str | None,
        typer.Option("--figure", "--value", help="New figure text (re-read); --value is the same."),
    ] = None,
    measure: Annotated[str | None, typer.Option(help="New measure.")] = None,
    affirms: Annotated[
        str | None, typer.Option(help="The stance now affirms PROP.", metavar="PROP")
    ] = None,
    denies: Annotated[
        str | None, typer.Option(help="The stance now denies PROP.", metavar="PROP")
    ] = None,
    uncertain: Annotated[
        str | None,
        typer.Option(help="The stance now says PROP cannot be said.", metavar="PROP"),
    ] = None,
    speaker: Annotated[str | None, typer.Option(help='New speaker ("" clears).')] = None,
    outlet: Annotated[str | None, typer.Option(help='New outlet ("" clears).')] = None,
    url: Annotated[str | None, typer.Option(help='New URL ("" clears).')] = None,
    said_on: Annotated[str | None, typer.Option(help='New date said ("" clears).')] = None,
    reported_on: Annotated[str | None, typer.Option(help="New publication date.")] = None,
    as_of: Annotated[str | None, typer.Option(help='New as-of date ("" clears).')] = None,
    low: Annotated[float | None, typer.Option(help="New explicit lower bound.")] = None,
    high: Annotated[float | None, typer.Option(help="New explicit upper bound.")] = None,
    unit: Annotated[str | None, typer.Option(help="New unit.")] = None,
    change: Annotated[
        str | None,
        typer.Option(
            help='The figure is now a change: "up" or "down" ("" makes it a level again).',
            metavar="up|down",
        ),
    ] = None,
    proposition: Annotated[str | None, typer.Option(help="New proposition.")] = None,
    stance: Annotated[
        Literal["affirms", "denies", "uncertain"] | None,
        typer.Option(help="affirms, denies or uncertain."),
    ] = None,
    note: Annotated[str | None, typer.Option(help='New note ("" clears).')] = None,
    relays: Annotated[
        str | None, typer.Option(help='Id of the claim this one passes on ("" clears).')
    ] = None,
    reason: Annotated[str | None, typer.Option(help="Why (kept in history).")] = None,
    new: NewOpt = False,
    paraphrase: ParaphraseOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Change fields of a claim; the previous version is kept in its history.

    Takes the field flags of `add`. Changing --figure (or --value) re-reads low, high, unit
    and hedge from it unless you give them. A new name close to an existing one is refused
    with "did you mean"; --new confirms it. A new figure or quote is checked as by `add`
    (--paraphrase marks a figure that is not in the quote). Another --claimant of a claim
    with a speaker needs --speaker too (the same name keeps it, "" clears it).

    Example: claimtrack edit rc-sdf-fighters --note "the SDF's public line" --reason "shorter"
    """
    from claimtrack import render
    from claimtrack.models import apply_edit, edit_changes

    given = {
        "subject": subject,
        "claimant": claimant,
        "speaker": speaker,
        "outlet": outlet,
        "url": url,
        "said_on": said_on,
        "reported_on": reported_on,
        "quote": quote,
        "measure": measure,
        "value": figure,
        "low": low,
        "high": high,
        "unit": unit,
        "change": change,
        "as_of": as_of,
        "proposition": proposition,
        "stance": stance,
        "note": note,
        "relays": relays,
    }
    store = _state(ctx).store()
    current = store.get(store.resolve_id(claim_id)) if paraphrase else None
    if current is not None:
        from claimtrack.guards import mark_paraphrase

        if current.get("kind") != "figure":
            raise InputError("--paraphrase goes with a figure")
        given["note"] = mark_paraphrase(current.get("note") if note is None else note)
    changes = edit_changes(given, affirms=affirms, denies=denies, uncertain=uncertain)
    if relays:
        changes["relays"] = store.resolve_id(relays)  # the relayed claim must exist
    if current is None:
        current = store.get(store.resolve_id(claim_id))
    sourced = {k: changes[k] for k in ("outlet", "url", "reported_on") if k in changes}
    if sourced and current.get("source"):  # as `add --source` refuses them (audit16)
        _source_fields(store, current["source"], **sourced)
    page = _edited_page(store, current, changes)
    _check_speaker(store, current, changes)
    try:
        claim = apply_edit(current, changes)
    except InputError as e:
        raise options_named(e) from None
    checked = tuple(f for f in ("subject", "measure", "proposition", "claimant") if f in changes)
    if checked and not new:
        _guard(store, [claim.record()], new=False, fields=checked)
    _check_edited(store, claim, changes)
    readings: list[GuardNote] = []
    quote_touched = paraphrase or _quote_touched(current, changes) or "change" in changes
    if quote_touched or {"value", "url", "subject", "measure", "unit"} & changes.keys():
        readings = guard_figures(
            store,
            [claim],
            paraphrase=paraphrase,
            decimal_comma=None,
            check_quote=quote_touched,
            check_unit=quote_touched or "unit" in changes,
        )
    _warn_future(claim)
    record = store.replace(claim, action="edit", reason=reason, source=page)
    spelling = _spelling_note(store, claim.claimant) if "claimant" in changes else None
    if {"subject", "measure", "proposition", "stance"} & changes.keys():
        _warn_relaying(store, current, record)
    if "low" in changes or "value" in changes:
        _record_hand_bounds(store, [claim])
    if as_json:
        _emit_json(record)
    else:
        render.message(f"Edited {record['id']}.")
        render.claim_detail(record, relay=_relay_notes(store, [record]).get(record["id"]))
    if "url" in changes:
        _say_page(page, [(record, True)])
    for said in readings:
        render.message(said.text)
    if spelling:
        render.message(spelling)


def _edited_page(
    store: "Store", current: dict[str, Any], changes: dict[str, Any]
) -> dict[str, Any] | None:
    """``edit --url`` of a claim that names no source: the page's source, as ``add --url``
    finds it (``_url_source``; evidence19: before, the edited claim stayed no source's): a
    stored source with that address is linked (its outlet and date filled in, a conflicting
    --outlet or --reported-on refused), a new address with an outlet (given or stored) is
    registered in the same write; ``changes`` gets the claim's ``source``. Returns what
    ``Store.replace`` registers (or the stored source, marked ``linked``), or None."""
    url = changes.get("url")
    if not url or current.get("source"):
        return None
    outlet = changes.get("outlet", current.get("outlet")) or None
    reported_on = changes.get("reported_on", current.get("reported_on")) or None
    found = _url_source(store, url, outlet, reported_on)
    if found is None:
        return None
    sid, record = found
    if record is None:
        filled = _source_fields(store, sid, outlet=outlet, url=url, reported_on=reported_on)
        changes.update(filled)
        return {"id": sid, "linked": True}
    changes["source"] = sid
    return record


def _quote_touched(current: dict[str, Any], changes: dict[str, Any]) -> bool:
    """An edit changes whether the figure is in its quote: the figure, the quote, or it drops
    the paraphrase mark from the note."""
    from claimtrack.guards import is_paraphrase

    if {"value", "quote"} & changes.keys():
        return True
    return (
        "note" in changes
        and is_paraphrase(current.get("note"))
        and not is_paraphrase(changes["note"] or None)
    )


@app.command()
def retract(
    ctx: typer.Context,
    claim_id: Annotated[str, typer.Argument(metavar="ID", help="Claim id or a unique prefix.")],
    reason: Annotated[str | None, typer.Option(help="Why (kept in history).")] = None,
    purge: Annotated[
        bool,
        typer.Option("--purge", help="Delete the claim and its history for good (no undo)."),
    ] = False,
    undo: Annotated[
        bool, typer.Option("--undo", help="Make a retracted claim active again.")
    ] = False,
    withdrawn: Annotated[
        bool,
        typer.Option(
            "--withdrawn",
            help="Its outlet withdrew it (a published correction or a figure taken down): "
            "conflicts list it as withdrawn beside the findings.",
        ),
    ] = False,
) -> None:
    """Retract a claim (kept, with history, but ignored by conflicts).

    Example: claimtrack retract rc-sdf-all-locals --reason "misattributed"
    """
    from claimtrack import render

    store = _state(ctx).store()
    if purge and undo:
        raise InputError("--purge and --undo cannot be combined")
    if withdrawn and (purge or undo):
        raise InputError("--withdrawn cannot be combined with --purge or --undo")
    claim_id = store.resolve_id(claim_id)
    before = store.get(claim_id)
    echoes = [] if undo else store.relaying(claim_id, before["subject"])
    was_withdrawn = _withdrawal(store, before) if undo else None
    if purge:
        store.purge(claim_id)
        render.message(f"Purged {claim_id}: the claim and its history are deleted.")
    else:
        action = "withdraw" if withdrawn else None  # its outlet's (evidence17)
        record = store.set_status(claim_id, "active" if undo else "retracted", reason, action)
        done = "Restored" if undo else "Withdrew" if withdrawn else "Retracted"
        render.message(f"{done} {record['id']}.")
    if was_withdrawn is not None:
        from claimtrack import messages
        from claimtrack.corrections import restore_warning

        messages.warning(restore_warning(was_withdrawn))
    _warn_relays_of_status(store, before, echoes, undo, "withdrew" if withdrawn else None)
    if not undo:
        _note_corrected(store, before)


def _withdrawal(store: "Store", record: dict[str, Any]) -> dict[str, Any] | None:
    """``record`` as withdrawn by its outlet (with its withdrawal's ``reason``), or None when
    it is not: for ``retract --undo``, which refuses to restore it beside the correction that
    stands in its place (``corrections.restore_problem``, evidence18)."""
    if record.get("status") != "retracted":
        return None
    from claimtrack.corrections import correcting_id, restore_problem

    found = next(
        (w for w in store.withdrawn(record["subject"]).get(record["subject"], [])
         if w["id"] == record["id"]),
        None,
    )  # fmt: skip
    if found is None:
        return None
    correction = _get_or_none(store, correcting_id(found.get("reason")) or "")
    problem = restore_problem(found, correction)
    if problem:
        raise InputError(problem[0], hint=problem[1])
    return found


def _note_corrected(store: "Store", record: dict[str, Any]) -> None:
    """A correction retracted leaves the claim it corrected withdrawn: said, with how to
    restore it (evidence18)."""
    from claimtrack import messages
    from claimtrack.corrections import correcting_id

    for w in store.withdrawn(record["subject"]).get(record["subject"], []):
        if correcting_id(w.get("reason")) == record["id"]:
            messages.say(
                f"note: {record['id']} corrected {w['id']}, which stays withdrawn by its "
                f"outlet (`claimtrack retract {w['id']} --undo` restores it)"
            )


def _warn_relays_of_status(
    store: "Store",
    record: dict[str, Any],
    echoes: list[dict[str, Any]],
    undo: bool,
    withdrawal: str | None = None,
) -> None:
    """A retraction, withdrawal or purge of a claim others relay leaves them judged as their
    own (``relays.left_relays_line``: one wording for ``retract`` and ``add --corrects``); a
    claim restored whose relay conflicts will not follow is judged as its own (audit16):
    said."""
    from claimtrack import messages
    from claimtrack.relays import left_relays_line, relay_problem

    if echoes:
        messages.warning(left_relays_line(record["id"], [e["id"] for e in echoes], withdrawal))
    if undo and record.get("relays"):
        problem = relay_problem(record, _get_or_none(store, record["relays"]))
        if problem:
            messages.warning(f"{record['id']} is restored, but {problem}")


@app.command()
def history(
    ctx: typer.Context,
    claim_id: Annotated[str, typer.Argument(metavar="ID", help="Claim id or a unique prefix.")],
    as_json: JsonOpt = False,
) -> None:
    """Show every earlier version of a claim: edits, retractions, updates.

    Example: claimtrack history rc-sdf-all-locals
    """
    from claimtrack import render

    store = _state(ctx).store()
    claim_id = store.resolve_id(claim_id)
    versions = store.history(claim_id)
    current = store.get(claim_id)
    if as_json:
        _emit_json({"id": claim_id, "current": current, "history": versions})
        return
    render.history(current, versions)


def _claimant_hint(store: "Store", text: str, subject: str | None) -> str:
    import difflib

    names = [r["claimant"] for r in store.claimants(subject)]
    for r in store.claimants(subject):
        names += r["aliases"]
    near = difflib.get_close_matches(text, names, n=3, cutoff=0.5)
    if not near:
        folded = {n.casefold(): n for n in names}
        near = [folded[n] for n in difflib.get_close_matches(text.casefold(), folded, 3, 0.5)]
    if near:
        return "did you mean: " + "; ".join(near)
    return "see `claimtrack claimants" + (f" {subject}`" if subject else "`")


@app.command()
def search(
    ctx: typer.Context,
    text: Annotated[str, typer.Argument(help="Words to find (SQLite FTS5 syntax allowed).")],
    subject: Annotated[str | None, typer.Option(help="Only this subject.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many results.", min=1)] = 20,
    include_retracted: Annotated[
        bool, typer.Option("--include-retracted", help="Also search retracted claims.")
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Full-text search over quotes, claimants, speakers and notes, best match first.

    Example: claimtrack search "secret deal" --subject raqqa-convoy
    """
    from claimtrack import render
    from claimtrack.slugs import slug_option

    store = _searchable(_state(ctx).store())
    subject = slug_option(subject, "--subject")
    _note_unknown_subject(store, subject)
    hits = store.search(text, subject=subject, limit=limit, include_retracted=include_retracted)
    if as_json:
        for hit in hits:
            marked = hit.pop("quote_marked")
            hit["highlighted"] = marked.replace(render.MARK_START, "<mark>").replace(
                render.MARK_END, "</mark>"
            )
        _emit_json(hits)
        return
    render.search_results(text, hits, _withdrawn_ids(store, hits, subject))


@app.command()
def review(
    ctx: typer.Context,
    claim_id: Annotated[str, typer.Argument(metavar="ID", help="Claim id or a unique prefix.")],
    rating: Annotated[str, typer.Option(help='Verdict, e.g. "False", "Misleading".')],
    url: Annotated[str | None, typer.Option(help="URL of the published fact-check.")] = None,
    reviewer: Annotated[str | None, typer.Option(help="Organisation that reviewed it.")] = None,
    summary: Annotated[
        str | None,
        typer.Option(help="The claim in a short sentence (ClaimReview's claimReviewed)."),
    ] = None,
    finding: Annotated[
        str | None, typer.Option(help="One-paragraph finding (ClaimReview's reviewBody).")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Attach a fact-check verdict to a claim (kept with history; shown by `show`).

    Without --summary, ClaimReview's claimReviewed is the quote, cut at a word boundary.

    Example: claimtrack review rc-sdf-fighters-few-dozen --rating "False"
    --url https://factcheck.example/raqqa --reviewer "Example Fact Check"
    """
    from claimtrack import render

    if not rating.strip():
        raise InputError("--rating must not be empty")
    from claimtrack.verdicts import misspelt

    meant = misspelt(rating)
    if meant is not None:  # stored before, with a warning: a published verdict misspelt
        raise InputError(
            f"--rating {rating!r} is one letter from the verdict {meant!r}: give it as"
            " the scale spells it",
            hint="docs/exports.md lists the scale; a verdict of your own, off it, is stored"
            " as typed",
        )
    store = _state(ctx).store()
    claim_id = store.resolve_id(claim_id)
    if url is not None:
        url = _web_url(url, "--url")
    saved = store.add_review(
        claim_id,
        rating=rating,
        url=url,
        reviewer=reviewer or None,
        summary=(summary or "").strip() or None,
        finding=finding or None,
    )
    if as_json:
        _emit_json(saved)
    else:
        render.message(f"Reviewed {claim_id}: {saved['rating']}.")
    from claimtrack.exports import claimreview_problems

    for problem in claimreview_problems(saved):  # stored as given; flagged now, not at export
        render.warning(f"{claim_id}: not ready for ClaimReview: {problem}")
    from claimtrack.cli.core import flagged_verdicts

    for line in flagged_verdicts(store, [(store.get(claim_id), saved)]):  # as export will say
        render.warning(line)


def _web_url(value: str, option: str) -> str:
    """An absolute http(s) URL, or an InputError (``registry.web_url_problem``)."""
    from claimtrack.registry import web_url_problem

    text = value.strip()
    problem = web_url_problem(text)
    if problem:
        raise InputError(f"{option}: {value!r} {problem}, e.g. https://factcheck.example/raqqa")
    return text
