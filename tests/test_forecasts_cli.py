"""A forecast is never shown or used as a figure of the moment it forecasts (time27): what
`conflicts` prints, its JSON and its sheet say of forecasts (docs/conflicts.md, rule 2, "On
every path"). Invented quotes."""

from __future__ import annotations

import csv
import json

import pytest

CLAIMS = [
    ("Health ministry", "deaths will be 500 by March 1", "500", "2025-03-01", "2025-02-01"),
    ("Modelling unit", "we expect 700 deaths by 1 March", "700", "2025-03-01", "2025-02-05"),
    ("WHO", "the toll stood at 310", "310", "2025-03-01", "2025-03-03"),
    ("WHO", "the toll stood at 200", "200", "2025-02-20", "2025-02-21"),
]


@pytest.fixture
def flu(ct):
    for who, quote, figure, as_of, said in CLAIMS:
        args = ("--figure", figure, "--measure", "deaths", "--as-of", as_of, "--said-on", said)
        result = ct("add", "flu-y", "--claimant", who, "--quote", quote, *args, "--new")
        assert result.exit_code == 0, result.output
    return ct


@pytest.mark.parametrize("marked", ["--cumulative", "--not-cumulative"])
def test_the_terminal_labels_forecasts(flu, marked: str) -> None:
    assert flu("measure", "flu-y", "deaths", marked).exit_code == 0
    result = flu("conflicts", "flu-y")
    assert result.exit_code == 0, result.output
    out = " ".join(result.stdout.split())
    assert "1. Disputed figure: deaths (forecasts of 2025-03-01): 2 positions, spread 1.3x" in out
    assert (
        "deaths: 2025-02-20: 190–210 → 2025-03-01: 305–315; forecasts of 2025-03-01: 475–525"
        " (said 2025-02-01) · 665–735 (said 2025-02-05)"
    ) in out
    assert "order not known" not in out  # no forecast is a figure of the day beside the WHO's


def test_the_json_gives_forecasts_apart(flu) -> None:
    assert flu("measure", "flu-y", "deaths", "--cumulative").exit_code == 0
    result = flu("conflicts", "flu-y", "--json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    ids = {p["claims"][0]: p for c in doc["conflicts"] for p in c["positions"]}
    assert [c.get("forecasts") for c in doc["conflicts"]] == [True]
    assert len(ids) == 2
    (change,) = doc["changes"]
    assert [(p["as_of"], p["low"], p["high"]) for p in change["points"]] == [
        ("2025-02-20", 190, 210),
        ("2025-03-01", 305, 315),
    ]
    assert [
        (p["as_of"], p["low"], p["high"], p["stated"], p["stated_as"], p["claims"][0] in ids)
        for p in change["forecasts"]
    ] == [
        ("2025-03-01", 475, 525, "2025-02-01", "said_on", True),
        ("2025-03-01", 665, 735, "2025-02-05", "said_on", True),
    ]
    # both writers, the same document
    line = flu("conflicts", "--all", "--json")
    assert line.exit_code == 0, line.output
    (subject,) = json.loads(line.stdout)["subjects"]
    assert subject["changes"] == doc["changes"]
    assert subject["conflicts"][0]["forecasts"] is True


def test_the_sheet_labels_a_dispute_among_forecasts(flu, tmp_path) -> None:
    sheet = tmp_path / "sheet.csv"
    result = flu("conflicts", "flu-y", "--csv", str(sheet))
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(sheet.open(encoding="utf-8-sig")))
    assert {r["conflict"] for r in rows} == {"figure:deaths@2025-03-01 (forecasts)"}
    assert {r["finding"] for r in rows} == {
        "Disputed figure: deaths (forecasts of 2025-03-01): 2 positions, spread 1.3x"
    }
