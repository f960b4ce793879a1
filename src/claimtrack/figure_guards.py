"""The figure guards of `add` and `edit` (``claimtrack.guards``), with what the store knows.

A figure not in its quote is refused unless ``--paraphrase`` (then its note is marked); a sign
several currencies share ("$", "Rs", "¥", "rubles", "£") is refused where the story names
another of its currencies, and otherwise its reading is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from claimtrack.errors import InputError

if TYPE_CHECKING:
    from claimtrack.guards import SignReading
    from claimtrack.models import Claim
    from claimtrack.quantities import Figure
    from claimtrack.store import Store


class GuardNote(NamedTuple):
    """A line the guards say about a stored figure, with its code: the reading of a shared
    sign ("$=USD", ``guards.SignReading.code``), "added" (``guards.added_warning``), "rate"
    (``guards.rate_warning``), "up-to" (``guards.up_to_warning``), "per-thing"
    (``guards.per_thing_warning``), "span" (``guards.span_warning``),
    "earlier-readings" (figures of the story read
    a sign that the new figure's currency shares) or "paraphrase-mark"."""

    text: str
    code: str


def marked_drafts(drafts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``add --paraphrase``: the figure draft's note marked as a paraphrase."""
    from claimtrack.guards import mark_paraphrase

    if not any(d.get("kind") == "figure" for d in drafts):
        raise InputError("--paraphrase goes with --figure")
    return [
        d | {"note": mark_paraphrase(d.get("note"))} if d.get("kind") == "figure" else d
        for d in drafts
    ]


def ask_paraphrase(drafts: list[dict[str, Any]], decimal_comma: bool) -> bool:
    """On a terminal: when a figure draft is not in its quote, ask whether it is a paraphrase
    (True: store it marked). False when every figure is in its quote, or the answer is no
    (the guard then refuses it as in a script)."""
    import typer

    from claimtrack.guards import PARAPHRASE_MARK, is_paraphrase

    for d in drafts:
        value, quote = d.get("value"), d.get("quote")
        if d.get("kind") != "figure" or not value or not quote or is_paraphrase(d.get("note")):
            continue
        if not _in_quote(value, quote, decimal_comma):
            return typer.confirm(
                f"The figure {value!r} is not in the quote. Store it as a paraphrase "
                f"(its note marked {PARAPHRASE_MARK})?",
                default=False,
                err=True,
            )
    return False


def _in_quote(value: str, quote: str, decimal_comma: bool | None) -> bool:
    from claimtrack.guards import figure_in_quote

    if decimal_comma is not None:
        return figure_in_quote(value, quote, decimal_comma)
    return figure_in_quote(value, quote) or figure_in_quote(value, quote, True)


def _reading(claim: Claim, decimal_comma: bool | None) -> Figure | None:
    from claimtrack.quantities import FigureError, parse_figure

    for dc in (False, True) if decimal_comma is None else (decimal_comma,):
        try:
            return parse_figure(claim.value or "", decimal_comma=dc)
        except FigureError:
            continue
    return None


def guard_figures(
    store: Store,
    claims: list[Claim],
    *,
    paraphrase: bool,
    decimal_comma: bool | None,
    check_quote: bool = True,
    check_unit: bool | None = None,
) -> list[GuardNote]:
    """Refuse (InputError) a figure not in its quote (unless ``paraphrase`` or its note is
    marked so; only when ``check_quote``), a unit given beside it that its quote does not
    say (``_unit_problem``; when ``check_unit``, by default ``check_quote``) and a shared
    sign that may be another currency (``guards.read_sign``); return the lines that say how
    a shared sign was read. ``decimal_comma`` None: the figure may be read either way
    (edit)."""
    from claimtrack.guards import (
        PARAPHRASE_MARK,
        changed_currency,
        dropped_currency,
        earlier_readings,
        goes_on_problem,
        is_paraphrase,
        other_precision,
        read_sign,
    )
    from claimtrack.measure_words import over_whole
    from claimtrack.quantities import reading_rates

    readings: list[GuardNote] = []
    for claim in claims:
        if claim.kind != "figure" or not claim.value:
            continue
        # the quote read as the claim is: a rate or a change above 100% (measure_words)
        with reading_rates(over_whole(claim.measure, claim.change)):
            in_quote = not check_quote or _in_quote(claim.value, claim.quote, decimal_comma)
            broken = (
                _in_quote_problem(
                    claim,
                    decimal_comma,
                    check_quote,
                    check_quote if check_unit is None else check_unit,
                )
                if in_quote
                else None
            )
            if paraphrase and in_quote and broken is None:
                raise InputError(
                    f"--paraphrase: the figure {claim.value!r} is in the quote; drop --paraphrase"
                )
            if check_quote and in_quote and not broken and not is_paraphrase(claim.note):
                readings.extend(
                    _said_of(
                        claim.value, claim.quote, bool(decimal_comma), claim.measure, claim.change
                    )
                )
            if (
                check_quote
                and in_quote
                and not broken
                and not paraphrase
                and is_paraphrase(claim.note)
            ):
                readings.append(
                    GuardNote(
                        f"warning: the figure {claim.value!r} is in the quote, but the note still "
                        f"starts {PARAPHRASE_MARK}: drop it with `edit --note`",
                        "paraphrase-mark",
                    )
                )
            if not in_quote and not is_paraphrase(claim.note):
                dropped = (
                    goes_on_problem(claim.value, claim.quote)
                    or dropped_currency(claim.value, claim.quote, bool(decimal_comma))
                    or changed_currency(claim.value, claim.quote, bool(decimal_comma))
                )
                if dropped is not None:
                    raise InputError(dropped)
                other = other_precision(claim.value, claim.quote, bool(decimal_comma))
                if other is not None:
                    raise InputError(
                        f"{other}, or --paraphrase to store it marked {PARAPHRASE_MARK} in its note"
                    )
                raise InputError(
                    f"the figure {claim.value!r} is not in the quote: give it as the quote says "
                    f"it, or --paraphrase to store it marked {PARAPHRASE_MARK} in its note"
                )
            if broken is not None and not paraphrase and not is_paraphrase(claim.note):
                raise InputError(broken)
            fig = _money_reading(claim, decimal_comma) or _reading(claim, decimal_comma)
            if fig is None:
                continue
            sign = read_sign(
                fig, quote=claim.quote, urls=[claim.url], held=_held(store, claim), offer=False
            )
            if sign is not None and sign.refused:
                raise InputError(sign.message)
            if sign is not None:
                readings.append(GuardNote(sign.message, sign.code))
            elif fig.dimension.startswith("currency:"):
                units = (
                    (r["id"], r.get("unit"))
                    for r in store.claims(claim.subject, kind="figure", include_retracted=False)
                    if r["id"] != claim.id
                )
                warning = earlier_readings(fig, units)
                if warning:
                    readings.append(GuardNote(f"warning: {warning}", "earlier-readings"))
    return readings


def _in_quote_problem(
    claim: Claim, decimal_comma: bool | None, check_quote: bool, check_unit: bool
) -> str | None:
    """Why a figure found in its quote is still not stored as it stands: one part of a
    broken digit grouping is in the quote, yet only a reading of it (``check_quote``), or a
    unit beside a bare figure that the quote does not say (``_unit_problem``; ``check_unit``)."""
    from claimtrack.guards import part_problem

    value, quote = claim.value or "", claim.quote or ""
    broken = (
        part_problem(value, quote, bool(decimal_comma), claim.change, claim.measure)
        if check_quote
        else None
    )
    if broken is not None:
        with_unit = _with_money_unit(claim, decimal_comma)
        if with_unit is not None:  # "8 million" --unit dollars: judged as "8 million dollars"
            return _money_unit_problem(with_unit, quote, decimal_comma) or (
                _unit_problem(claim, decimal_comma) if check_unit else None
            )
    if broken is None and check_unit:
        return _unit_problem(claim, decimal_comma)
    return broken


def _with_unit(claim: Claim, decimal_comma: bool | None) -> tuple[str, str] | None:
    """A bare figure given with a unit (``--unit``) beside it: (the unit's dimension, the
    figure and its unit read together: "8 million dollars", "$8 million", "9 km"); None when
    there is no unit, the figure is no bare count or names its own unit, the unit is unknown,
    or no way of writing the two reads. The one reading of ``_with_money_unit`` and
    ``_unit_problem``."""
    from claimtrack.quantities import FigureError, parse_figure, unit_dimension

    unit, value = claim.unit, claim.value
    if not unit or not value:
        return None
    fig = _reading(claim, decimal_comma)
    if fig is None or fig.dimension != "count" or fig.unit is not None:
        return None
    try:
        dimension, _ = unit_dimension(unit)
    except FigureError:
        return None
    for text in (f"{value} {unit}", f"{unit}{value}", f"{unit} {value}"):
        try:
            parse_figure(text)
        except FigureError:
            continue
        return dimension, text
    return None


def _with_money_unit(claim: Claim, decimal_comma: bool | None) -> str | None:
    """A bare figure given with a unit that names a currency (``--unit dollars``), as the
    figure and its unit read together ("8 million dollars", "$8 million"); None when the unit
    is no currency, the figure names its own unit, or no way of writing them reads."""
    read = _with_unit(claim, decimal_comma)
    return read[1] if read is not None and read[0].startswith("currency:") else None


def _money_reading(claim: Claim, decimal_comma: bool | None) -> Figure | None:
    """A bare figure with a unit that names a currency read with it (``_with_money_unit``), so
    that a shared sign in the unit ("dollars") is read as it is in the figure; else None."""
    from claimtrack.quantities import FigureError, parse_figure

    text = _with_money_unit(claim, decimal_comma)
    try:
        return None if text is None else parse_figure(text, decimal_comma=bool(decimal_comma))
    except FigureError:
        return None


def _money_unit_problem(text: str, quote: str, decimal_comma: bool | None) -> str | None:
    """Why a bare figure with a unit that names a currency, read together as ``text``, may not
    be stored: when the quote says it so, what it still takes only a part of
    (``part_problem``); when the quote gives the amount in another currency, that
    (``changed_currency``: `--unit euros` for the quote's "8 million dollars"); None when the
    unit is the quote's currency (papercuts4: the dropped-currency guard refused the figure
    although its unit gives the currency)."""
    from claimtrack.guards import changed_currency, part_problem

    if _in_quote(text, quote, decimal_comma):
        return part_problem(text, quote, bool(decimal_comma))
    changed = changed_currency(text, quote, bool(decimal_comma))
    if changed is not None:
        return changed
    return (
        f"the figure with its unit reads {text!r}, which is not in the quote: give the figure "
        "as the quote says it, or --paraphrase to store the figure as meant"
    )


def _unit_problem(claim: Claim, decimal_comma: bool | None) -> str | None:
    """Why a bare figure may not be stored with the unit given beside it (``--unit``): the
    unit gives it a currency or a dimension ("dollars", "km") that its quote does not say
    ("Aid of 9 million was pledged." stored as $9 m, or as 9,000 km), as the same figure
    typed with it ("$9 million") is refused. A noun counted ("people") and a figure that
    names its own unit (``claimchecks._check_unit`` matches the two) are not asked; nor is a
    unit that cannot be written after or before the figure (nothing to compare)."""
    quote = claim.quote
    read = _with_unit(claim, decimal_comma) if quote else None
    if read is None or read[0] == "count" or _in_quote(read[1], quote or "", decimal_comma):
        return None
    return (
        f"the figure {claim.value!r} with the unit {claim.unit!r} reads {read[1]!r}, which is "
        "not in the quote: give the figure as the quote says it, or --paraphrase to store the "
        "figure as meant"
    )


def _said_of(
    value: str,
    quote: str,
    decimal_comma: bool,
    measure: str | None = None,
    change: str | None = None,
) -> list[GuardNote]:
    """What is said of a figure stored with its quote: an amount added to another ("another
    324 people"; not of a figure logged as a change, which is what it says it may be), a
    share that is a rate ("inflation of 7%") on a measure not named as one."""
    from claimtrack.guards import added_warning, per_thing_warning, rate_warning, up_to_warning
    from claimtrack.measure_words import rate_measure as rate_named

    said = []
    for warning, code in (
        (added_warning, "added"),
        (rate_warning, "rate"),
        (up_to_warning, "up-to"),
        (per_thing_warning, "per-thing"),
    ):
        text = warning(value, quote, decimal_comma)
        if code == "added" and change is not None:
            continue  # "an additional 0.1%" logged as a change up: no level to warn of
        if text is not None and code == "rate" and measure and rate_named(measure):
            continue  # the measure's name says it holds rates: the engine reads them so
        if text is not None:
            said.append(GuardNote(text, code))
    from claimtrack.guards import span_warning

    span = span_warning(value, quote, measure, change)
    if span is not None:
        said.append(GuardNote(span, "span"))
    return said


def _held(store: Store, claim: Claim) -> list[tuple[str, str]]:
    """The dimensions the claim's subject holds, with where (the claim's own measure first)."""
    return [
        (dimension, f"the measure {measure}")
        for measure, dimension in sorted(
            store.dimensions_held(claim.subject), key=lambda md: md[0] != claim.measure
        )
    ]


def ambiguous_sign(store: Store, claim: Claim) -> SignReading | None:
    """When the guard would refuse a shared sign of ``claim`` ("$", "Rs", "¥" ...) because the
    story names another of its currencies: the reading, whose ``ways`` are how to write it
    (currency code, the figure written for it; the quote still holds each), the currencies
    named first, the convention's next. None when nothing needs asking."""
    from claimtrack.guards import read_sign

    fig = _reading(claim, None) if claim.kind == "figure" and claim.value else None
    if fig is None:
        return None
    sign = read_sign(fig, quote=claim.quote, urls=[claim.url], held=_held(store, claim))
    return sign if sign is not None and sign.refused else None
