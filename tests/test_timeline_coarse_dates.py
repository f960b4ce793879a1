"""A statement dated only by its month or year is placed after the days it holds and marked as
what it is, never listed as if it were earlier (papercuts4: "2024-11" sorted before 1 November's
statements in `timeline` and the report's timeline)."""

from __future__ import annotations

import json

import pytest

from reportcheck import Page


@pytest.mark.parametrize(
    ("dates", "order"),
    [
        # a month after its days, before the next month
        (["2024-11-01", "2024-11", "2024-10-31", "2024-12-01"],
         ["2024-10-31", "2024-11-01", "2024-11", "2024-12-01"]),
        # a year after its months and days, before the next year
        (["2025-01-02", "2024", "2024-03", "2024-12-31"],
         ["2024-03", "2024-12-31", "2024", "2025-01-02"]),
        # undated last, as before; a day alone keeps its place
        ([None, "2024-11", "2024-11-30"], ["2024-11-30", "2024-11", None]),
    ],
)  # fmt: skip
def test_a_coarse_date_comes_after_the_days_it_holds(ct, dates, order) -> None:
    for n, date in enumerate(dates):
        extra = ["--said-on", date] if date else []
        result = ct(
            "add", "floods", "--claimant", f"Agency {n}", "--quote", f"{n + 10} people missing",
            "--figure", str(n + 10), "--measure", "missing", "--new", *extra,
        )  # fmt: skip
        assert result.exit_code == 0, result.output
    listed = json.loads(ct("timeline", "floods", "--json").stdout)
    assert [e["date"] for e in listed] == order


@pytest.mark.parametrize(
    ("date", "mark"),
    [("2024-11", "month only"), ("2024", "year only"), ("2024-11-05", None)],
)
def test_a_coarse_date_is_marked_in_every_timeline(ct, date, mark) -> None:
    result = ct(
        "add", "floods", "--claimant", "Agency", "--quote", "12 people missing",
        "--figure", "12", "--measure", "missing", "--new", "--said-on", date,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    shown = ct("timeline", "floods")
    md = ct("report", "floods", "--format", "md").stdout
    html = Page(ct("report", "floods").stdout).text
    if mark is None:
        assert "only" not in shown.stdout and "listed after the days" not in shown.stderr
        assert f"| {date} |" in md and "listed after the days" not in md
        assert "listed after the days" not in html
    else:
        assert mark in shown.stdout
        assert f"a date marked '{mark}' is listed after the days it holds" in shown.stderr
        assert f"| {date} ({mark}) |" in md
        assert "is listed after the days it holds, not before them" in md
        assert f"{date} {mark}" in " ".join(html.split())
