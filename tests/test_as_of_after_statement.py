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
        "warning: as_of 2024-05-10 is after said_on 2024-05-08: read as a forecast of "
        "2024-05-10; if the figure counts up to the statement, give --as-of 2024-05-08 or none"
    ) in result.stderr
    result = ct(
        "add", "toll", "--claimant", "Ministry", "--quote", "The toll rose to 130.",
        "--figure", "130", "--measure", "deaths", "--said-on", "2024-05-10",
        "--as-of", "2024-05-10", "--new",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "as_of" not in result.stderr
