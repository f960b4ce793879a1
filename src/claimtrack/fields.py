"""The record's field names, in record order: one place, cheap to import (no pydantic).

JSONL and JSON exports write keys in this order, the CSV export uses it for its columns, and
the store's ``claims`` table follows it (with ``claimant_key`` after ``claimant``).
"""

from typing import overload

RECORD_FIELDS: tuple[str, ...] = (
    "id",
    "subject",
    "claimant",
    "speaker",
    "outlet",
    "url",
    "said_on",
    "reported_on",
    "quote",
    "kind",
    "measure",
    "value",
    "low",
    "high",
    "unit",
    "hedge",
    "change",
    "as_of",
    "proposition",
    "stance",
    "note",
    "relays",
    "source",
    "status",
    "added_at",
)
# Fields that make up a claim's content: what "same content" compares and the id hash covers.
CONTENT_FIELDS: tuple[str, ...] = tuple(
    f for f in RECORD_FIELDS if f not in ("id", "status", "added_at")
)
# Content fields added after ids were first generated: hashed only when set, so that a claim
# without them keeps the id it always had (see ``Claim.content_hash``).
LATER_CONTENT_FIELDS: tuple[str, ...] = ("relays", "source", "change")
# Derived from a figure and stored beside it for the engine (not part of the record).
FIGURE_COLUMNS: tuple[str, ...] = (
    "dimension",
    "rounding",
    "base_low",
    "base_high",
    "base_rounding",
)
# Read once from a figure's quote when the claim is written and stored beside it for the engine
# (``quote_marks``; not part of the record): the words saying its count was revised from the
# figure, and the words of a plan's stage; of any claim, the words giving what it says to
# people the quote does not name (evidence15: "according to survivors"); of a figure, whether it
# is not in its quote (quotes31: "paraphrase", a note marked so; "unchecked", imported though
# not in it); of a figure, the words of a span of time its quote gives it over (time34: "between
# January and March", ``quote_marks.span_mark``).
QUOTE_COLUMNS: tuple[str, ...] = (
    "revised_from",
    "plan_words",
    "cites_unnamed",
    "not_in_quote",
    "over_span",
)
# the two stored states of ``not_in_quote`` (``quote_marks.quote_check``)
PARAPHRASE = "paraphrase"  # its note starts "[paraphrase]": the user vouched for it
UNCHECKED = "unchecked"  # imported with a warning: not in its quote, and not marked
# how the stored ``plan_words`` separates its words (no word of a plan's stage holds a comma)
WORD_SEPARATOR = ", "


@overload
def tidy(x: None) -> None: ...
# "-> int | float", not "-> float": the engine compiled with mypyc makes a float of whatever a
# function annotated "-> float" returns, and would write the 24 this returns as 24.0.
@overload
def tidy(x: float) -> int | float: ...
def tidy(x: float | None) -> int | float | None:
    """How a number is written in a record, JSON or a table: a whole float as an int (24.0 ->
    24, so both read "24" and hash the same), anything else (None included) unchanged. The one
    home of this rule; every module that writes numbers uses it."""
    return int(x) if isinstance(x, float) and x.is_integer() else x
