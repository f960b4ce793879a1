"""Commands on names: subjects, claimants, claimant, alias, measure, relate."""

from typing import TYPE_CHECKING, Annotated, Literal

import typer

from claimtrack.cli.analysis import _subject_report
from claimtrack.cli.core import JsonOpt, _emit_json, _require_subject, _state, app
from claimtrack.errors import InputError, NotFoundError
from claimtrack.wording import plural

if TYPE_CHECKING:
    from collections.abc import Sequence

    from claimtrack.store import Store

# A claimant's role (registry.ROLES; a Literal here so that --help lists them and typer
# refuses others with the list).
Role = Literal[
    "government", "military", "armed-group", "intergovernmental", "ngo", "media", "academic",
    "witness", "company", "union", "political-party", "other",
]  # fmt: skip


@app.command()
def subjects(
    ctx: typer.Context,
    subject: Annotated[
        str | None, typer.Argument(help="Show this subject's measures, propositions, claimants.")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """List subjects with their claim counts, or one subject's vocabulary.

    Example: claimtrack subjects raqqa-convoy
    """
    from claimtrack import render
    from claimtrack.slugs import slug_option

    store = _state(ctx).store()
    subject = slug_option(subject, "subject")
    if subject is not None:
        _require_subject(store, subject)
        detail = store.subject_detail(subject)
        if as_json:
            _emit_json(detail)
            return
        render.subject_detail(detail)
        return
    rows = store.subjects()
    if as_json:
        _emit_json(rows)
        return
    render.subjects_table(rows)


@app.command()
def claimants(
    ctx: typer.Context,
    subject: Annotated[str | None, typer.Argument(help="Only this subject.")] = None,
    record: Annotated[
        bool,
        typer.Option(
            "--record",
            help="Each claimant's record in SUBJECT: disputes, reversals, revisions, verdicts.",
        ),
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """List claimants with their claim counts, kinds and aliases (aliases folded in).

    --record gives each claimant's record in a subject: their claims, the disputes they take
    part in, how often they alone hold one side of a figure dispute, their reversals,
    revisions and retractions, and the verdicts on their claims.

    Example: claimtrack claimants raqqa-convoy --record
    """
    from claimtrack import render
    from claimtrack.slugs import slug_option

    store = _state(ctx).store()
    subject = slug_option(subject, "subject")
    if subject is not None:
        _require_subject(store, subject)
    if record:
        if subject is None:
            raise InputError("--record needs a SUBJECT", hint="claimtrack subjects")
        records = _subject_report(store, subject).records
        if as_json:
            _emit_json({"subject": subject, "claimants": [r.to_json() for r in records]})
            return
        render.claimant_records(subject, records)
        return
    rows = store.claimants(subject)
    if as_json:
        _emit_json(rows)
        return
    render.claimants_table(rows)


@app.command()
def claimant(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="A claimant's name (or one of its aliases).")],
    kind: Annotated[
        Literal["person", "organization"] | None,
        typer.Option(help="Set the kind: person or organization (default: guessed)."),
    ] = None,
    new: Annotated[
        bool,
        typer.Option(
            "--new",
            help="Register a new name even if close to a known one; with --party, a subject "
            "that is new even if close to a known one.",
        ),
    ] = False,
    role: Annotated[
        Role | None,
        typer.Option(
            help="Set the role: government, military, armed-group, intergovernmental, ngo, "
            "media, academic, witness, company, union, political-party or other."
        ),
    ] = None,
    party: Annotated[
        list[str] | None,
        typer.Option(
            "--party",
            metavar="SUBJECT",
            help="Mark it a party to the events of SUBJECT (repeatable): a position only "
            "parties stand behind is graded party-only.",
        ),
    ] = None,
    not_party: Annotated[
        list[str] | None,
        typer.Option("--not-party", metavar="SUBJECT", help="Undo --party SUBJECT."),
    ] = None,
    of: Annotated[
        str | None,
        typer.Option(
            "--of",
            metavar="BODY",
            help="The government or organisation it speaks for: the claimants of one body "
            "(and the body itself) are one origin in `conflicts`.",
        ),
    ] = None,
    not_of: Annotated[bool, typer.Option("--not-of", help="Undo --of.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Show a claimant, or set its kind, its role and the subjects it is a party to.

    The kind is guessed (a name that appears as a speaker is a person, otherwise an
    organization) until it is set; the ClaimReview export uses it for the author. With
    --kind, --role or --party, a name no claim has yet is registered (a near miss of a known
    name is refused unless --new), so an alias can point at it. The role
    and the subjects it is a party to grade what it says in `conflicts` (see
    docs/conflicts.md: a figure only the parties to the events give is context, not proof).

    --of BODY says which government or organisation it speaks for (a minister, a police
    chief, a spokesman of a company): the claimants of one body are one origin.

    Example: claimtrack claimant "US-led coalition (CJTF-OIR)" --role military
    --party raqqa-convoy
    """
    from claimtrack import render
    from claimtrack.records import claimant_key
    from claimtrack.slugs import slug_option

    store = _state(ctx).store()
    if of is not None and not_of:
        raise InputError("give --of BODY or --not-of, not both")
    body = "" if not_of else of
    if body is not None and of is not None and not " ".join(of.split()):
        raise InputError("--of: give the body's name (--not-of undoes it)")
    if new and not kind and not party and role is None and body is None:
        raise InputError(
            "--new registers a claimant (give --kind person or organization, or --role) or"
            " confirms a new subject of --party"
        )
    parties = [slug_option(p, "--party") or "" for p in party or []]
    unparties = [slug_option(p, "--not-party") or "" for p in not_party or []]
    if set(parties) & set(unparties):
        raise InputError("a subject cannot be given to both --party and --not-party")
    fresh = _party_subjects(store, parties, new=new)  # checked before anything is stored
    registered = False
    try:
        row = store.set_kind(name, kind, new=new) if kind else store.claimant(name)
    except NotFoundError:
        if role is None and not (party or of or kind) and _body_alone(store, name, as_json):
            return
        if role is None and not party and not of:
            raise
        # the store's guard of a near miss decides (that of `add`; --new confirms): before
        # (evidence14), any loose likeness of the lookup ("Government of Saudi Arabia" beside
        # "Government of Iran") refused it as "no claimant named", even with --new
        # a role or a party for a claimant no claim names yet: registered, its kind guessed
        if unparties:
            raise InputError(f"--not-party: {name!r} is a party to nothing yet") from None
        row = store.register_claimant(name, role, parties, new=new, body=body)
        registered = True
    if not registered and (role is not None or parties or unparties or body is not None):
        store.set_role_and_parties(row["claimant"], role, parties, unparties, body)
    changed = kind or role is not None or parties or unparties or body is not None
    if changed and claimant_key(name) != claimant_key(row["claimant"]):
        render.message(
            f"note: {name!r} is an alias of {row['claimant']!r}: what was given is set on "
            f"{row['claimant']!r} (`claimtrack alias {name!r} --remove` makes it its own)"
        )
    for subject in fresh:
        render.message(
            f"note: nothing is logged on subject {subject} yet; {row['claimant']} is a party to"
            " it from now (check the spelling: `claimtrack subjects` lists the others)"
        )
    row = row | store.claimant_evidence(claimant_key(row["claimant"]))
    row |= _voices(store, row["claimant"])  # a body: who speaks for it (evidence12)
    if as_json:
        _emit_json(row)
        return
    render.claimants_table([row])
    if row["role"] or row["party_to"] or row.get("of"):
        party_to = ", ".join(row["party_to"]) or "no subject"
        of_body = f"; speaks for: {row['of']}" if row.get("of") else ""
        render.message(f"role: {row['role'] or 'not set'}; a party to: {party_to}{of_body}")
    if row.get("voices"):
        voices = row["voices"]
        shown = voices if len(voices) <= 8 else [*voices[:8], f"{len(voices) - 8} more"]
        render.message(f"its voices (claimant --of): {', '.join(shown)}")


def _voices(store: "Store", name: str) -> dict[str, list[str]]:
    """``{"voices": [...]}`` for a body the user gave voices (`claimant NAME --of BODY`), else
    ``{}``."""
    voices = store.voices_of(name)
    return {"voices": voices} if voices else {}


def _body_alone(store: "Store", name: str, as_json: bool) -> bool:
    """Show a body no claim names and no record registers, by the voices given it (before,
    `claimant BODY` said "no claimant named" of the body its voices speak for); False when no
    claimant is given it."""
    from claimtrack import render

    voices = store.voices_of(name)
    if not voices:
        return False
    if as_json:
        _emit_json({"claimant": name, "claims": 0, "voices": voices})
    else:
        render.message(
            f"{name} is no claimant of its own; its voices (claimant --of): {', '.join(voices)}"
        )
    return True


def _party_subjects(store: "Store", subjects: list[str], *, new: bool) -> list[str]:
    """The subjects of ``--party`` the database records nowhere yet, in the order given (the
    caller notes each on stderr). A subject recorded in any way (a claim, a measure, a relation,
    another party) is taken; a new one close to a recorded one is refused as a near miss (the
    guard of ``add``), naming it, unless --new; a new one close to none is taken."""
    from claimtrack.names import explain, near_misses

    known = store.recorded_subjects()
    unknown = [s for s in dict.fromkeys(subjects) if s not in known]
    near = near_misses(unknown, known) if unknown and not new else {}
    refused = [explain("subject", None, s, near[s]) for s in unknown if s in near]
    if refused:
        hint = "give --new if it really is a new subject"
        if len(refused) == 1:
            raise InputError(refused[0], hint=hint)
        raise InputError(f"{len(refused)} subjects of --party are new", details=refused, hint=hint)
    return unknown


@app.command()
def alias(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The other spelling, as entered on claims.")],
    same_as: Annotated[
        str | None, typer.Option("--same-as", help="The claimant it is the same as.")
    ] = None,
    remove: Annotated[bool, typer.Option("--remove", help="Undo: NAME is its own again.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Fold one claimant name into another, everywhere claims are compared or counted.

    Claims keep the name as entered; conflicts, claimants, list --claimant and the
    ClaimReview author use the name it is the same as. Chains are followed (A -> B -> C);
    a cycle is refused. --remove undoes it.

    Example: claimtrack alias "SDF" --same-as "Syrian Democratic Forces (SDF)"
    """
    from claimtrack import render

    if remove == (same_as is not None):
        raise InputError("give --same-as NAME, or --remove (not both)")
    store = _state(ctx).store()
    result = store.remove_alias(name) if remove else store.add_alias(name, same_as or "")
    if as_json:
        _emit_json(result)
        return
    if remove:
        render.message(f"{result['name']} is no longer an alias of {result['same_as']}.")
    elif not result["changed"]:
        render.message(f"{name} is already an alias of {result['same_as']}: nothing changed.")
    else:
        render.message(
            f"{name} now counts as {result['same_as']} ({plural(result['claims'], 'claim')}; "
            "the claims keep the name as entered)."
        )


@app.command()
def measure(
    ctx: typer.Context,
    subject: Annotated[str, typer.Argument(help="Story slug, e.g. derna-floods.")],
    measure_name: Annotated[str, typer.Argument(metavar="MEASURE", help="Measure slug.")],
    cumulative: Annotated[
        bool | None,
        typer.Option(
            "--cumulative/--not-cumulative",
            help="Mark (or unmark) a measure whose true value can only grow, e.g. a death toll.",
        ),
    ] = None,
    defined_as: Annotated[
        str | None,
        typer.Option(
            "--defined-as",
            metavar="TEXT",
            help='What the measure counts, e.g. "deaths recorded as Covid-19 by the health '
            'ministry" ("" removes it).',
        ),
    ] = None,
    new: Annotated[
        bool,
        typer.Option(
            "--new",
            help="Define a measure no figure uses yet (a story set up before its first claim).",
        ),
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Show a measure (dimension, cumulative, definition, claims, sums), or set it.

    For a cumulative measure a later figure wholly below an earlier one is a revision. A
    definition says what the measure counts (confirmed or probable, recorded or estimated);
    it is shown wherever the measure is. A measure with no figures yet is refused (it may be
    a slip for one that has) unless --new, which sets it up before its first claim.

    Example: claimtrack measure syria-isis-prison-escapes isis-detainee-escapes --cumulative
    """
    from claimtrack import render
    from claimtrack.slugs import slug_option

    store = _state(ctx).store()
    subject = slug_option(subject, "subject") or ""
    name = slug_option(measure_name, "MEASURE") or ""
    if new:
        if cumulative is None and not (defined_as or "").strip():  # (--defined-as "": nothing)
            raise InputError(
                "--new sets up a measure: give --cumulative, --not-cumulative or --defined-as"
                + (" with a definition" if defined_as is not None else "")
            )
    elif name not in store.set_up_measures(subject):  # (set up with --new before: known)
        try:
            _require_story(store, subject)
            _require_measure(store, subject, name)
        except NotFoundError as e:  # a story set up before its first claim is no slip
            slip = (e.hint or "").startswith("did you mean")  # (then no --new: a typo)
            if not slip and (cumulative is not None or defined_as is not None):
                import shlex

                flag = "--cumulative" if cumulative else "--not-cumulative"
                given = [] if cumulative is None else [flag]
                if defined_as is not None:
                    given += ["--defined-as", shlex.quote(defined_as)]
                setting = " ".join(given)
                e.hint = (f"{e.hint}; " if e.hint else "") + (
                    f"to set up a measure before its first claim: claimtrack measure "
                    f"{subject} {name} {setting} --new"
                )
            raise
    changed: bool | str = cumulative is not None
    if cumulative is not None:
        store.set_cumulative(subject, name, cumulative)
    if defined_as is not None:
        text = " ".join(defined_as.split()) or None
        if text is not None and len(text) > 500:
            raise InputError("--defined-as: at most 500 characters")
        store.set_definition(subject, name, text)
        what = f"defined as: {text}" if text else "no longer defined"
        changed = f"{name} is {what}." if cumulative is None else True
    info = store.measure(subject, name)
    if as_json:
        _emit_json(info)
        return
    render.measure_info(info, changed=changed)


@app.command()
def relate(
    ctx: typer.Context,
    subject: Annotated[str, typer.Argument(help="Story slug, e.g. raqqa-convoy.")],
    total: Annotated[str, typer.Argument(metavar="TOTAL", help="The measure that is a sum.")],
    sum_of: Annotated[
        list[str] | None,
        typer.Option("--sum-of", metavar="PART", help="A part of the total (give two or more)."),
    ] = None,
    alternative_to: Annotated[
        str | None,
        typer.Option(
            "--alternative-to",
            metavar="OTHER",
            help="TOTAL and OTHER answer one question under different definitions: "
            "`conflicts` compares them, never disputes them.",
        ),
    ] = None,
    remove: Annotated[bool, typer.Option("--remove", help="Drop the relation.")] = False,
    new: Annotated[
        bool,
        typer.Option("--new", help="Accept measures that have no figures yet (as `add --new`)."),
    ] = False,
    replace: Annotated[
        bool,
        typer.Option("--replace", help="Replace the parts of a sum already recorded for TOTAL."),
    ] = False,
) -> None:
    """Record that one measure is the sum of others (implied totals are checked), or an
    alternative to another (two definitions of one count, compared side by side).

    A measure with no figures yet is refused (it may be a slip for one that has), unless
    --new; a name close to an existing measure says which one you probably meant. A total
    already recorded as a sum of other parts is refused unless --replace.

    Example: claimtrack relate raqqa-convoy people-evacuated-in-convoy
    --sum-of isis-fighters-evacuated --sum-of isis-family-members-evacuated
    """
    from claimtrack import render
    from claimtrack.slugs import slug_option

    store = _state(ctx).store()
    subject = slug_option(subject, "subject") or ""
    total = slug_option(total, "TOTAL") or ""
    other = slug_option(alternative_to, "--alternative-to") or "" if alternative_to else ""
    if not new or remove:  # (--new: a story set up before its first claim, as `measure --new`)
        try:
            _require_story(store, subject)
        except NotFoundError as e:
            if alternative_to is not None and not remove:
                e.hint = (f"{e.hint}; " if e.hint else "") + _relate_new(subject, total, other)
            raise
    if alternative_to is not None:
        if sum_of:
            raise InputError("give --sum-of or --alternative-to, not both")
        _alternative(store, subject, total, other, remove, new=new)
        return
    if remove:
        if sum_of:
            raise InputError("--remove takes no --sum-of")
        if not store.unrelate(subject, total):
            raise NotFoundError(f"{total} is not recorded as a sum in {subject}")
        render.message(f"{total} is no longer a sum in {subject}.")
        return
    parts = [slug_option(p, "--sum-of") or "" for p in sum_of or []]
    if len(parts) < 2:
        raise InputError("give at least two --sum-of PART measures (or --remove)")
    if len(set(parts)) != len(parts) or total in parts:
        raise InputError("the total and its parts must all be different measures")
    if not new:
        _require_measures(store, subject, (total, *parts))
    dims = {m: store.dimension_of(subject, m) for m in (total, *parts)}
    from claimtrack.store import dimension_family

    if len({dimension_family(d) for d in dims.values() if d}) > 1:
        shown = ", ".join(f"{m} is {d}" for m, d in dims.items())
        raise InputError(f"a sum adds figures of one dimension: {shown}")
    said = f"{total} = {' + '.join(parts)} in {subject}"
    held = next((r["parts"] for r in store.sum_records(subject) if r["total"] == total), None)
    if held is not None and sorted(held) == sorted(parts):  # (the order of parts is no change)
        render.message(f"{total} = {' + '.join(held)} in {subject}: already recorded, unchanged.")
        return
    if held is not None and not replace:
        raise InputError(
            f"{total} is already the sum of {' + '.join(held)} in {subject}",
            hint=f"to make it {' + '.join(parts)} instead, give --replace (or --remove it first)",
        )
    store.relate(subject, total, parts)
    was = f" (it was {' + '.join(held)})" if held is not None else ""
    empty = [p for p in parts if not dims.get(p)]
    render.message(f"{said}{was}: {_checked(store, subject, total, parts, empty)}.")


def _checked(
    store: "Store", subject: str, total: str, parts: list[str], empty: "Sequence[str]" = ()
) -> str:
    """How `conflicts` will check a sum (rule 10): while a part has no figures (``empty``),
    added up by no one, only parts above the total found; when the total and its parts hold
    figures in more than one currency, only in a currency they all share, nothing converted,
    or not at all when they share none."""
    if empty:
        return (
            f"not added up by `conflicts` while {', '.join(empty)}"
            f" {'has' if len(empty) == 1 else 'have'} no figures; parts above the total are"
            " still found"
        )
    wanted = {total, *parts}
    held: dict[str, list[str]] = {}
    for measure, dimension in store.dimensions_held(subject):
        if measure in wanted and dimension.startswith("currency:"):
            held.setdefault(measure, []).append(dimension.removeprefix("currency:"))
    if len({c for cs in held.values() for c in cs}) < 2:
        return "checked by `conflicts`"
    shown = "; ".join(f"{m} in {', '.join(held[m])}" for m in (total, *parts) if m in held)
    shared = sorted(set.intersection(*(set(cs) for cs in held.values())))
    if not shared:
        return (
            f"not checked by `conflicts` while they share no currency ({shown}; nothing is"
            " converted): give their figures in one currency where a source does"
        )
    return (
        f"checked by `conflicts` in {', '.join(shared)} only ({shown}; nothing is converted):"
        " figures in another currency are left out"
    )


def _require_measures(store: "Store", subject: str, measures: tuple[str, ...]) -> None:
    """Every measure of a sum relation has figures or was set up (`measure --new`), unless
    --new: a name close to a known one is refused as a near miss (names.py, the guard of
    ``add``), naming it; a name close to none is refused with the hint to give --new."""
    from claimtrack.names import explain, near_misses

    # measures with figures and those set up with `measure --new`: both known, both offered
    # as the name meant (as `measure` does, _require_measure)
    known = sorted({*store.measure_names(subject), *store.set_up_measures(subject)})
    unknown = [m for m in measures if m not in known]
    if not unknown:
        return
    near = near_misses(unknown, known)
    lines = [  # in the order given
        explain("measure", subject, m, near[m]) if m in near else _no_figures(subject, m, known)
        for m in unknown
    ]
    hint = "give --new if it really is new (a measure may be related before its first figure)"
    if len(lines) == 1:
        raise InputError(lines[0], hint=hint)
    raise InputError(f"{len(lines)} measures of the sum are not known", details=lines, hint=hint)


def _no_figures(subject: str, measure: str, known: list[str]) -> str:
    """``measure 'x' has no figures yet in S``, with the closest names when some are alike
    (never an empty suggestion)."""
    import difflib

    text = f"measure {measure!r} has no figures yet in {subject}"
    alike = difflib.get_close_matches(measure, known, n=3, cutoff=0.6)
    if not alike:
        return text
    shown = repr(alike[0]) if len(alike) == 1 else "one of " + ", ".join(map(repr, alike))
    return f"{text}; did you mean {shown}?"


def _alternative(
    store: "Store", subject: str, a: str, b: str, remove: bool, *, new: bool = False
) -> None:
    """``relate SUBJECT A --alternative-to B [--remove] [--new]``: with ``new``, measures
    with no figures yet are taken (a story set up before its first claim)."""
    from claimtrack import render

    if a == b:
        raise InputError("a measure is not an alternative to itself")
    if remove:
        if not store.set_alternative(subject, a, b, remove=True):
            raise NotFoundError(f"{a} and {b} are not recorded as alternatives in {subject}")
        render.message(f"{a} and {b} are no longer alternatives in {subject}.")
        return
    refusals: list[NotFoundError] = []
    for m in () if new else (a, b):  # both checked: a new TOTAL does not hide a slip in OTHER
        try:
            _require_measure(store, subject, m)
        except NotFoundError as refused:  # (alternatives are often near names)
            refusals.append(refused)
    if len(refusals) == 1:
        (one,) = refusals
        one.hint = (f"{one.hint}; " if one.hint else "") + _relate_new(subject, a, b)
        raise one
    if refusals:
        raise NotFoundError(
            "neither measure has figures yet",
            details=[f"{r.message} ({r.hint})" if r.hint else r.message for r in refusals],
            hint=_relate_new(subject, a, b),
        )
    changed = store.set_alternative(subject, a, b)
    if not changed:
        render.message(f"{a} and {b} are already alternatives in {subject}: nothing changed.")
        return
    render.message(
        f"{a} and {b} answer one question under different definitions in {subject}: "
        "`conflicts` compares them."
    )


def _relate_new(subject: str, a: str, b: str) -> str:
    return (
        "to relate measures before their first claim: claimtrack relate "
        f"{subject} {a} --alternative-to {b} --new"
    )


def _require_story(store: "Store", subject: str) -> None:
    """A subject with claims, or one whose measures were set up before its first claim
    (`measure --new`): the next `measure` or `relate` of that story needs no --new again."""
    if not store.set_up_measures(subject):
        _require_subject(store, subject)


def _require_measure(store: "Store", subject: str, measure: str) -> None:
    known = sorted({*store.measure_names(subject), *store.set_up_measures(subject)})
    if measure in known:
        return
    import difflib

    near = difflib.get_close_matches(measure, known, n=3, cutoff=0.5)
    hint = (
        f"did you mean: {', '.join(near)}"
        if near
        else ("measures: " + ", ".join(known[:10]) if known else "the subject has no figures")
    )
    raise NotFoundError(f"no figures on measure {measure!r} in {subject}", hint=hint)
