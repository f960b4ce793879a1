"""A figure "as of" a moment after it was said (time16): a page cannot count what had not
happened yet, so `add` and `edit` warn (a forecast of that moment, or a date mistyped); the
engine places the figure at its as_of, where a toll as of a later day than its page stands
above the next day's update and reads as revised down."""

from __future__ import annotations

import pytest

from claimtrack.records import as_of_after_statement


@pytest.mark.parametrize(
    ("as_of", "said_on", "reported_on", "warned"),
    [
        ("2024-05-10", "2024-05-08", None, "after said_on 2024-05-08"),
        ("2024-05-10", None, "2024-05-08", "after reported_on 2024-05-08"),
        ("2024-05-10", "2024-05-08", "2024-05-12", "after said_on 2024-05-08"),  # said, first
        ("2024-06", "2024-05-30", None, "after said_on 2024-05-30"),
        ("2024-05-10T18:00", "2024-05-10", None, None),  # the day holds the time
        ("2024-05-10", "2024-05", None, None),  # the month holds the day
        ("2024-05", "2024-05-08", None, None),  # said during the month it counts
        ("2024-05-08", "2024-05-08", None, None),
        ("2024-05-07", "2024-05-08", None, None),  # as of an earlier day: the usual
        ("2024-05-10", None, None, None),  # no date to compare
        (None, "2024-05-08", None, None),
    ],
)
def test_a_figure_as_of_after_its_statement(
    as_of: str | None, said_on: str | None, reported_on: str | None, warned: str | None
) -> None:
    problem = as_of_after_statement(as_of, said_on, reported_on)
    if warned is None:
        assert problem is None
    else:
        assert problem is not None and warned in problem and f"as_of {as_of}" in problem


def test_add_warns_and_stores(ct) -> None:  # type: ignore[no-untyped-def]
    result = ct(
        "add", "toll", "--claimant", "Ministry", "--quote", "The toll rose to 120.",
        "--figure", "120", "--measure", "deaths", "--said-on", "2024-05-08",
        "--as-of", "2024-05-10", "--new",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert (
        "warning: --as-of 2024-05-10 is after --said-on 2024-05-08: read as a forecast of "
        "2024-05-10; if the figure counts up to the statement, give --as-of 2024-05-08 or none"
    ) in result.stderr
    result = ct(
        "add", "toll", "--claimant", "Ministry", "--quote", "The toll rose to 130.",
        "--figure", "130", "--measure", "deaths", "--said-on", "2024-05-10",
        "--as-of", "2024-05-10", "--new",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "as_of" not in result.stderr


def test_import_warns_in_one_summary_and_stores(ct, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    base = {"subject": "toll", "claimant": "Ministry", "kind": "figure", "measure": "deaths"}
    rows = [
        base | {"id": "t-1", "quote": "120 died", "value": "120", "said_on": "2024-05-08",
                "as_of": "2024-05-10"},
        base | {"id": "t-2", "quote": "130 died", "value": "130", "said_on": "2024-05-10",
                "as_of": "2024-05-10"},
        base | {"id": "t-3", "quote": "140 died", "value": "140", "reported_on": "2024-05",
                "as_of": "2024-06-02"},
    ]  # fmt: skip
    path = tmp_path / "toll.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = ct("import", str(path), "--json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert (summary["added"], summary["as_of_after_statement"]) == (3, 2)
    lines = [x for x in result.stderr.splitlines() if "toll.jsonl:" in x]
    assert len(lines) == 2
    assert f"{path}:1: t-1: as_of 2024-05-10 is after said_on 2024-05-08" in lines[0]
    assert f"{path}:3: t-3: as_of 2024-06-02 is after reported_on 2024-05" in lines[1]
    assert "figures as of a moment after their statement, stored as given" in result.stderr
