"""Every caveat field of the engine's findings reaches every output (outputs13).

Each field of a finding class is either the finding's data (what it is about, its claims, its
numbers) or a caveat the engine computes once (times of unknown order, figures stated later, a
claimant's own figures...). A field added to a finding class fails
``test_every_field_is_data_or_a_caveat`` until it is named here; each caveat, set on a
finding that lacks it, must change the JSON (both writers, the same bytes) under its key and
the words the terminal, the sheet and the reports give (``report.finding_heading`` and
``report.finding_notes``, which all of them print). A caveat that reaches only some outputs is
a finding that says more in the others than the tool knows (docs/exports.md, "Every caveat in
every output").
"""

from __future__ import annotations

import json
from dataclasses import fields, replace
from typing import Any

import pytest

from claimtrack.conflicts import (
    FigureConflict,
    FigurePosition,
    OwnDisagreement,
    PlanStages,
    Report,
    Reversal,
    Revision,
    StanceConflict,
    StancePosition,
    SumFinding,
    report_json_line,
    report_to_json,
)
from claimtrack.report import finding_heading, finding_notes


def _record(cid: str, claimant: str, value: str, **dates: str) -> dict[str, Any]:
    return {
        "id": cid,
        "subject": "s",
        "claimant": claimant,
        "kind": "figure",
        "value": value,
        "quote": f"{value} people",
        "low": float(value),
        "high": float(value),
        **dates,
    }


RECORDS = {
    "a": _record("a", "Police", "100", said_on="2024-05-01"),
    "b": _record("b", "Police", "300", said_on="2024-05-03"),
    "c": _record("c", "Union", "900", reported_on="2024-06-01"),
}
FALL = Revision(
    "deaths",
    ("b", "a"),
    ("Police", "Union"),
    (("2024-05-03", "said_on"), ("2024-05-04", "said_on")),
    3.0,
)
DISPUTE = FigureConflict(
    "deaths",
    "2024-05",
    3.0,
    (FigurePosition(100, 100, ("a",), ("Police",)), FigurePosition(300, 300, ("b",), ("Police",))),
    (3.0,),
)

# A finding of each kind, without its caveats.
BASE: dict[type, Any] = {
    FigureConflict: DISPUTE,
    StanceConflict: StanceConflict(
        "p",
        (
            StancePosition("affirms", ("a",), ("Police",)),
            StancePosition("denies", ("c",), ("Union",)),
        ),
    ),
    Revision: Revision(
        "deaths",
        ("b", "a"),
        ("Police", "Police"),
        (("2024-05-03", "said_on"), ("2024-05-04", "said_on")),
        3.0,
    ),
    SumFinding: SumFinding(
        "total",
        ("x", "y"),
        ("a", "b", "c"),
        400,
        400,
        "Police",
        "Union",
        None,
        False,
        gap=2.25,
        direction="short",
        by=(500, 500),
    ),
    Reversal: Reversal(
        "Police",
        "measure",
        "deaths",
        ("a", "b", "c"),
        (("2024-05-01", "said_on"), ("2024-05-03", "said_on"), ("2024-06-01", "reported_on")),
    ),
}

# What each finding is: its subject, claims and numbers (no caveat of its own).
DATA: dict[type, set[str]] = {
    # (fits: which positions a claimant's figures also fit, the evidence grader's input; every
    # output says it through the position's grade and its "joins" line, tests/test_evidence13.py)
    FigureConflict: {
        *("measure", "as_of", "severity", "positions", "gaps", "dimension", "times"),
        "fits",
        # (staggered: positions whose claimants' figures are all of times apart, on a measure
        # read at its times; the grader's input too, said through the grade and its "joins"
        # line, tests/test_time32.py)
        "staggered",
        # a rate's spread and gaps in percentage points (docs/conflicts.md rule 6, "Rates")
        *("points", "point_gaps"),
    },
    StanceConflict: {"proposition", "positions"},
    Revision: {"measure", "claims", "claimants", "dates", "ratio", "dimension", "points"},
    SumFinding: {
        "total",
        "parts",
        "claims",
        "low",
        "high",
        "claimant",
        "total_claimant",
        "as_of",
        "holds",
        "dimension",
        "gap",
        "direction",
        "by",
    },
    Reversal: {"claimant", "topic_kind", "topic", "claims", "dates"},
}

# The engine's caveats: field -> (the fields set on the base finding, its JSON key).
CAVEATS: dict[type, dict[str, tuple[dict[str, Any], str]]] = {
    FigureConflict: {
        "times_ordered": ({"times_ordered": False, "times": ("2024-05",)}, "times_ordered"),
        "updates": ({"updates": (("Police", ("a", "b")),)}, "updates"),
        "later": ({"later": ("c",)}, "stated_later"),
        "falls": ({"falls": (FALL,)}, "falls"),
        "own": ({"own": (OwnDisagreement("Police", (1, 2)),)}, "own_disagreements"),
        "forecasts": ({"forecasts": True}, "forecasts"),
        # what the quotes say, read once when the claims were written (outputs14)
        "revised": ({"revised": (("a", "revised the count down from 100"),)}, "revised_from"),
        "stages": (
            {"stages": PlanStages(("proposed", "agreed"), "2024-05-01", "2024-05-03")},
            "plan_stages",
        ),
        # a figure not in its quote, stored when the claim was written (quotes31): imported
        # unchecked, the dispute rests on it, and its heading says so
        "not_in_quote": ({"not_in_quote": (("a", "unchecked"),)}, "not_in_quote"),
    },
    StanceConflict: {},
    Revision: {
        "as_of": ({"as_of": "2024-05"}, "as_of"),
        "up": ({"as_of": "2024-05", "up": True}, "direction"),
        "together": ({"together": "2024-05-03"}, "stated_together"),
        "within": ({"within": ("2024-05-01", "2024-05-03")}, "reported_within"),
    },
    SumFinding: {
        "mixed": ({"mixed": True}, "mixed"),
        "of": ({"of": 3}, "of_parts"),
    },
    Reversal: {
        "ordered": ({"ordered": False}, "ordered"),
        "since": ({"ordered": False, "since": ("2024-04", None, None)}, "since"),
        "kind": ({"kind": "walk-back"}, "kind"),
        "disputes": (
            {"disputes": (replace(DISPUTE, own=(OwnDisagreement("Police", (1, 2)),)),)},
            "disputes",
        ),
        "voices": ({"voices": ("Chief", "Mayor")}, "voices"),
        "later": ({"later": ("c",), "later_than": "2024-05"}, "stated_later"),
        "later_than": ({"later": ("c",), "later_than": "2024-05"}, "later_than"),
    },
}


@pytest.mark.parametrize("cls", list(BASE), ids=lambda c: c.__name__)
def test_every_field_is_data_or_a_caveat(cls: type) -> None:
    """A field added to a finding is named here, as its data or as a caveat that every output
    must then say (the test below)."""
    names = {f.name for f in fields(cls)}
    assert names == DATA[cls] | set(CAVEATS[cls]), sorted(names ^ (DATA[cls] | set(CAVEATS[cls])))


def _json(c: Any) -> tuple[dict[str, Any], str]:
    report = Report(conflicts=(c,), changes=())
    doc = report_to_json("s", report)
    line = report_json_line("s", report)
    assert line == json.dumps(doc, ensure_ascii=False)  # both writers, the same bytes
    return doc["conflicts"][0], line


def _words(c: Any) -> list[str]:
    report = Report(conflicts=(c,), changes=())
    return [finding_heading(c, RECORDS), *finding_notes(c, report, RECORDS)]


CASES = [
    pytest.param(cls, name, given, key, id=f"{cls.__name__}.{name}")
    for cls, caveats in CAVEATS.items()
    for name, (given, key) in caveats.items()
]


@pytest.mark.parametrize(("cls", "name", "given", "key"), CASES)
def test_each_caveat_reaches_the_json_and_the_words(
    cls: type, name: str, given: dict[str, Any], key: str
) -> None:
    base = BASE[cls]
    # a caveat that needs another to show (a reversal's "since" with its order not known) is
    # set against a base finding that has that other already
    context = {k: v for k, v in given.items() if k != name and k not in {"later", "later_than"}}
    before = replace(base, **context)
    after = replace(base, **given)
    json_before, _ = _json(before)
    json_after, _ = _json(after)
    assert key in json_after, (name, json_after)
    assert json_before != json_after, name
    assert _words(before) != _words(after), (name, _words(after))
