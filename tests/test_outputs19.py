"""Every output says what the finding says, nothing dropped (outputs19). Left by outputs18:

- the hint to mark a running count said "its figures only rise with their dates" of a camp's
  missing girls where "at least 10" came the day after 27: now it names such a floor and says
  that it leaves open whether the count fell (``Report.unmarked_open``);
- `conflicts --all` left out every subject with no conflict: now each is listed, with its
  claims and what `conflicts SUBJECT` gives of it (``hints.no_conflict``), in the table and
  the JSON (``no_conflicts``);
- the fact-check sheet (`conflicts --csv`, the workbook's disputes) had no rows for the claims
  their outlets withdrew: both now take one list of rows (``exports.sheet_rows``);
- `claimants --record --json` counted a withdrawn claim as "retracted": now "withdrawn".

Invented short quotes. Each output is read in its client: the csv module, openpyxl, json."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from claimtrack.conflicts import Fact, analyse
from claimtrack.sheetcells import unguard
from test_outputs18 import _corrected

CAMP = (
    ["add", "camp", "--id", "lg-23", "--claimant", "Lieutenant Governor", "--quote",
     "about 23 girls from the camp are missing", "--figure", "about 23 girls", "--measure",
     "camp-missing", "--said-on", "2025-07-04", "--new"],
    ["add", "camp", "--id", "hc-27", "--claimant", "Kerr County Sheriff", "--quote",
     "27 campers remain missing", "--figure", "27 campers", "--measure", "camp-missing",
     "--said-on", "2025-07-05", "--new"],
    ["add", "camp", "--id", "ap-10", "--claimant", "Kerr County Sheriff", "--quote",
     "at least 10 girls from the camp are still missing", "--figure", "at least 10 girls",
     "--measure", "camp-missing", "--said-on", "2025-07-06"],
)  # fmt: skip


def _ok(result):
    assert result.exit_code == 0, result.output
    return result


def _fig(cid: str, who: str, low: float, high: float | None, said: str) -> Fact:
    return Fact(cid, who, "figure", "missing", low, high, None, None, said, "active")


# (figures, the measure's floors named): a later floor below an earlier figure is named; one
# at or above every earlier figure, an earlier floor, or plain rising figures are not
@pytest.mark.parametrize(
    ("facts", "floors"),
    [
        ([_fig("a", "A", 23, 23, "2025-07-04"), _fig("b", "B", 27, 27, "2025-07-05"),
          _fig("c", "B", 10, None, "2025-07-06")], ("c",)),
        ([_fig("a", "A", 23, 23, "2025-07-04"), _fig("b", "B", 27, 27, "2025-07-05"),
          _fig("c", "B", 30, None, "2025-07-06")], ()),
        ([_fig("a", "A", 23, 23, "2025-07-04"), _fig("b", "B", 27, 27, "2025-07-05"),
          _fig("c", "A", 31, 31, "2025-07-06")], ()),
        ([_fig("c", "B", 10, None, "2025-07-04"), _fig("a", "A", 23, 23, "2025-07-05"),
          _fig("b", "B", 27, 27, "2025-07-06")], ()),
        ([_fig("a", "A", 23, 23, "2025-07-04"), _fig("b", "B", 27, 27, "2025-07-05"),
          _fig("c", "B", 10, None, "2025-07-06"), _fig("d", "C", 5, None, "2025-07-07")],
         ("c", "d")),
    ],
)  # fmt: skip
def test_a_later_floor_below_an_earlier_figure_is_named(facts, floors) -> None:
    report = analyse(facts)
    assert report.unmarked == ("missing",)
    assert report.unmarked_open == ((("missing", floors),) if floors else ())
    assert not report.conflicts


def test_the_hint_names_the_floor_in_every_output(ct) -> None:
    for args in CAMP:
        _ok(ct(*args))
    said = (
        "camp-missing: none of its figures is below one of an earlier date, though figure ap-10 "
        "gives only a floor (at least ...) below an earlier figure, which leaves open whether "
        "it fell; it reads like a running count; if it is one, mark it: claimtrack measure "
        "camp camp-missing --cumulative"
    )
    text = _ok(ct("conflicts", "camp")).stdout
    assert said in " ".join(text.split())
    assert "only rise" not in text
    doc = json.loads(_ok(ct("conflicts", "camp", "--json")).stdout)
    assert doc["hints"] == [
        {"measure": "camp-missing", "hint": "mark-cumulative", "claims": ["ap-10"]}
    ]
    md = _ok(ct("report", "camp", "--format", "md")).stdout
    assert f"- {said}" in md.splitlines()


def test_all_lists_the_subjects_with_no_conflict(ct) -> None:
    for args in CAMP:
        _ok(ct(*args))
    _ok(ct("add", "march", "--claimant", "Police", "--quote", "3,000 marched", "--figure",
           "3,000", "--measure", "marchers", "--said-on", "2025-05-01", "--new"))  # fmt: skip
    _ok(ct("add", "march", "--claimant", "Organisers", "--quote", "30,000 marched", "--figure",
           "30,000", "--measure", "marchers", "--said-on", "2025-05-01", "--new"))  # fmt: skip
    doc = json.loads(_ok(ct("conflicts", "--all", "--json")).stdout)
    assert [s["subject"] for s in doc["subjects"]] == ["march"]
    assert doc["no_conflicts"] == [
        {"subject": "camp", "claims": 3, "minor": 0, "changes": 0, "hints": 1}
    ]
    assert doc["checked"] == 2
    lines = _ok(ct("conflicts", "--all")).stdout.splitlines()
    tail = " ".join(" ".join(lines[lines.index("") + 1 :]).split()) if "" in lines else ""
    assert tail.endswith(
        "Checked, no conflict in 1 subject (each in full: claimtrack conflicts SUBJECT): camp "
        "(3 claims: 1 hint)"
    )


def _withdrawn_rows(rows: list[dict[str, str]]) -> list[tuple[str, ...]]:
    return [
        (r["conflict"], r["position"] or "", r["claim_id"], r["finding"], r["caveats"])
        for r in rows
        if r["conflict"].startswith("withdrawn:")
    ]


WITHDRAWN_ROWS = [
    ("withdrawn:marchers", "", "dx-3000",
     "Withdrawn by their outlets (corrected or taken down: no dispute, no reversal, no source)",
     "marchers: “3,000” (Police; Daily X, reported 2025-05-01; dx-3000): corrected by its "
     "outlet (Daily X): dx-300 gives 300"),
    ("withdrawn:marchers", "", "radio-3000",
     "Withdrawn by their outlets (corrected or taken down: no dispute, no reversal, no source)",
     "marchers: “3,000” (City Radio; City Radio, reported 2025-05-01; radio-3000): City Radio "
     "corrected it to 300 on 2025-05-02"),
]  # fmt: skip


def test_the_sheet_and_the_workbook_list_the_withdrawn_claims(ct, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    _corrected(ct)
    text = _ok(ct("conflicts", "protest", "--csv", "-")).stdout.lstrip("\ufeff")
    rows = [{k: unguard(v) for k, v in r.items()} for r in csv.DictReader(io.StringIO(text))]
    assert _withdrawn_rows(rows) == WITHDRAWN_ROWS
    for args in (["conflicts", "protest", "--xlsx"], ["export", "protest", "--format", "xlsx",
                                                      "-o"]):  # fmt: skip
        path = tmp_path / f"{args[0]}.xlsx"
        _ok(ct(*args, str(path)))
        sheet = openpyxl.load_workbook(path)["disputes"]
        values = list(sheet.iter_rows(values_only=True))
        cells = [
            {k: "" if v is None else str(v) for k, v in zip(values[0], row, strict=True)}
            for row in values[1:]
        ]
        assert _withdrawn_rows(cells) == WITHDRAWN_ROWS


def test_the_claimants_json_says_withdrawn_apart_from_retracted(ct) -> None:
    _corrected(ct)
    _ok(ct("retract", "tv-300", "--reason", "misquoted"))
    doc = json.loads(_ok(ct("claimants", "protest", "--record", "--json")).stdout)
    counts = {c["claimant"]: (c["retracted"], c["withdrawn"]) for c in doc["claimants"]}
    assert counts == {"Police": (1, 1), "City Radio": (0, 1)}
    text = _ok(ct("claimants", "protest", "--record")).stdout
    assert "not active  1 retracted, 1 withdrawn by its outlet" in text
    assert "not active  1 withdrawn by its outlet" in text


SLIDE = (
    ["add", "slide", "--id", "cty-14", "--claimant", "County", "--quote", "the toll is 14",
     "--figure", "14", "--measure", "deaths", "--said-on", "2014-03-25", "--new"],
    ["add", "slide", "--id", "cty-16", "--claimant", "County", "--quote", "our total is 16",
     "--figure", "16", "--measure", "deaths", "--said-on", "2014-03-26"],
    ["add", "slide", "--id", "wire-25", "--claimant", "Wire", "--quote",
     "at least 25 people died", "--figure", "at least 25", "--measure", "deaths",
     "--reported-on", "2014-03-27", "--new"],
    ["add", "slide", "--id", "cty-17", "--claimant", "County", "--quote",
     "coroners have identified 17", "--figure", "17", "--measure", "deaths", "--said-on",
     "2014-03-28"],
    ["add", "slide", "--id", "wire-26", "--claimant", "Wire", "--quote",
     "at least 26 people were killed", "--figure", "at least 26", "--measure", "deaths",
     "--reported-on", "2014-03-28"],
)  # fmt: skip


def test_the_hint_counts_days_and_the_summary_the_subjects_claims(ct) -> None:
    """A statement said on 28 March and another reported on 28 March are one day: the hint said
    "said on 5 dates" of four; the summary said "across 2 claimants", read as the dispute's."""
    for args in SLIDE:
        _ok(ct(*args))
    doc = json.loads(_ok(ct("conflicts", "slide", "--json")).stdout)
    assert doc["hints"] == [
        {"measure": "deaths", "hint": "compared-as-one-moment", "finding": 1, "dates": 4}
    ]
    text = " ".join(_ok(ct("conflicts", "slide")).stdout.split())
    assert "its figures, said on 4 dates with no as_of," in text
    assert text.endswith("1 disputed figure among 5 claims from 2 claimants")
    md = _ok(ct("report", "slide", "--format", "md")).stdout.splitlines()
    assert md[2] == "1 disputed figure among 5 claims from 2 claimants."
