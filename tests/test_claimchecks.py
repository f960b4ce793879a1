"""The claim model's checks (``claimchecks``, compiled in a wheel): one line per way they accept
or refuse a claim, read through the model as an import reads it.

``CASES`` is also the table the slow test (tests/test_compiled_engine.py) reads through the
compiled checks and the pure ones, comparing every record and every refusal."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import ValidationError

from claimtrack.claimchecks import NO_CONTROL
from claimtrack.jsonl import _problems
from claimtrack.models import Claim

_FIG: dict[str, Any] = {
    "subject": "harbour-fire",
    "claimant": "Port authority",
    "quote": "The port authority put the damaged boats at about 40.",
    "kind": "figure",
    "measure": "boats-damaged",
    "value": "about 40",
}
_STANCE: dict[str, Any] = {
    "subject": "harbour-fire",
    "claimant": "Fire brigade",
    "quote": "The brigade said the fire did not start on the quay.",
    "kind": "stance",
    "proposition": "fire-started-on-quay",
    "stance": "denies",
}


def _fig(**kw: Any) -> str:
    return json.dumps({**_FIG, **kw}, ensure_ascii=False)


def _stance(**kw: Any) -> str:
    return json.dumps({**_STANCE, **kw}, ensure_ascii=False)


# (line, context, the start of the refusal, or None when the line is accepted)
CASES: list[tuple[str, str, str | None]] = [
    (_fig(), "", None),  # the id made from the content, bounds, hedge read from the value
    (_stance(), "", None),
    (_fig(id="fire-1", low=30, high=50), "", None),  # bounds of one's own, hedge still read
    (_fig(low=30), "", None),  # no upper bound
    (_fig(value="12.500", low=12500, high=12500), "", None),  # bounds of the other reading
    (_fig(value="12.500"), "decimal_comma", None),
    (_fig(value="6 km", unit="kilometres"), "", None),
    (_fig(value="a handful", low=3, high=8, unit="people"), "", None),  # not read: its own
    (_fig(speaker="", note="", url=""), "", None),  # an empty optional text is absent
    (_fig(subject="Harbour Fire", measure="Boats Damaged"), "", None),  # slugs made
    (_fig(said_on="May 5, 2022", reported_on="2022-05", as_of="2022"), "", None),
    (_fig(said_on="2022-05-05T14:30"), "", None),
    (_fig(claimant="  Port authority  ", id="a.b:c_d-1"), "", None),
    (_fig(relays="fire-0", source="page-1", id="fire-2"), "", None),
    (_stance(note="two lines\nand a\ttab"), "", None),  # allowed in the note and the quote
    (_fig(outlet="ring \x07 bell"), "no_control", None),  # the reader showed there was none
    (_fig(outlet="ring \x07 bell"), "", "outlet: a control character U+0007"),
    (_stance(quote="a bell \x07 rings", claimant="x\x1bz"), "", "claimant: a control"),
    (_fig(claimant="-"), "", "claimant: '-' is not a name"),
    (_fig(speaker="?"), "", "speaker: '?' is not a name"),
    (_fig(subject="!!!"), "", "subject: '!!!' is not a usable slug"),
    (_fig(measure="x" * 130), "", "measure: slug is longer than 120"),
    (_fig(said_on="2022-02-30"), "", "said_on: '2022-02-30' is not a real date"),
    (_fig(reported_on="05/08/2020"), "", "reported_on:"),
    (_fig(as_of="May 5"), "", "as_of:"),
    (_fig(id="-one"), "", "id: '-one' is not a usable id"),
    (_fig(id="x", relays="a b"), "", "relays: 'a b' is not a usable id"),
    (_fig(source="/p"), "", "source: '/p' is not a usable id"),
    (_fig(claimant="-", subject="!!", said_on="2022-13"), "", "claimant: '-'"),  # all named
    (_fig(high=5), "", "low: required when high is given"),
    (_fig(proposition="p"), "", "proposition: not allowed on a figure"),
    (_fig(stance="affirms"), "", "stance: not allowed on a figure"),
    (_fig(measure=None), "", "measure: required for a figure"),
    (_fig(value=None), "", "value: required for a figure"),
    (_fig(low=50, high=30), "", "low: 50 is greater than high 30"),
    (_fig(value="a great many"), "", "value:"),
    (_fig(hedge="exactly"), "", "hedge: 'exactly' is not how 'about 40' reads"),
    (_fig(value="40", hedge="about"), "", "hedge: 'about' is not how '40' reads (no hedge)"),
    (_fig(unit="tons"), "", "unit:"),
    (_fig(value="6 km", unit="kilograms"), "", "unit: 'kilograms' does not match"),
    (_stance(value="3"), "", "value: not allowed on a stance"),
    (_stance(as_of="2022"), "", "as_of: not allowed on a stance"),
    (_stance(proposition=None), "", "proposition: required for a stance"),
    (_stance(stance=None), "", "stance: required for a stance"),
    (_stance(id="s-1", relays="s-1"), "", "relays: a claim cannot relay itself"),
    (_stance(kind="opinion"), "", "kind: must be 'figure' or 'stance'"),  # pydantic's own
    (_fig(low="30"), "", 'low: must be a number (without quotes), got the text "30"'),
    # the value as JSON writes it: the refusal stays one line
    (_fig(low="3\n0"), "", 'low: must be a number (without quotes), got the text "3\\n0"'),
    (_fig(colour="red"), "", "colour: unknown field"),
]


def read(line: str, context: str) -> tuple[dict[str, Any] | None, str | None]:
    """(the claim's fields, None) or (None, the refusal) for a line, as the import reads it."""
    ctx = {context: True} if context else None
    try:
        claim = Claim.model_validate_json(line, context=ctx)
    except ValidationError as e:
        return None, "; ".join(_problems(e))
    return dict(claim.__dict__), None


@pytest.mark.parametrize(("line", "context", "refused"), CASES)
def test_each_check_accepts_or_refuses_naming_the_field(
    line: str, context: str, refused: str | None
) -> None:
    fields, problem = read(line, context)
    if refused is None:
        assert problem is None
        assert fields is not None and fields["id"] and fields["subject"] == "harbour-fire"
    else:
        assert fields is None and problem is not None and problem.startswith(refused), problem


def test_the_checks_complete_the_fields_the_model_derives() -> None:
    fields, _ = read(_fig(said_on="May 5, 2022", speaker=""), "")
    assert fields is not None
    assert (fields["low"], fields["high"], fields["hedge"]) == (36, 44, "around")
    assert (fields["said_on"], fields["speaker"]) == ("2022-05-05", None)
    assert fields["id"] == f"harbour-fire-{Claim.model_validate(fields).content_hash()[:10]}"
    assert read(_fig(value="12.500"), "decimal_comma")[0]["low"] == 12500  # type: ignore[index]
    assert read(_fig(outlet="\x07"), NO_CONTROL)[1] is None


# Values put into one field of a line (``variants``): each kind of value a check accepts,
# changes or refuses, and values of the wrong type for pydantic's own refusals.
TRICKY: tuple[Any, ...] = (
    "", " ", "-", "?", "x\x07y", "two\nlines", "Harbour Fire", "!!", "x" * 130, "May 5, 2022",
    "2022-02-30", "2022-05-05T14:30", "05/08/2020", "about 40", "12.500", "40 km", "a great many",
    "tons", "kilometres", "%", "around", "affirms", "figure", "stance", "fire-1", "a b", 5, 5.5,
    -1, 0, True, None, [],
)  # fmt: skip
FIELDS = (*Claim.model_fields, "colour")


def variants(lines: list[str], seed: int = 19) -> list[str]:
    """Each JSON object line with one field, chosen at random, set to a ``TRICKY`` value or
    removed (the same lines for the same input and seed)."""
    import random

    rnd = random.Random(seed)
    out = []
    for line in lines:
        record = json.loads(line)
        field = rnd.choice(FIELDS)
        if rnd.random() < 0.1:
            record.pop(field, None)
        else:
            record[field] = rnd.choice(TRICKY)
        out.append(json.dumps(record, ensure_ascii=rnd.random() < 0.5))
    return out


def test_variants_reach_acceptances_and_refusals() -> None:
    read_back = [read(line, "") for line in variants([_fig(), _stance()] * 40)]
    assert sum(fields is not None for fields, _ in read_back) >= 10
    assert sum(problem is not None for _, problem in read_back) >= 10
