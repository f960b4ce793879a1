"""One display rule for shares: "%" against its number in every output, a range or not
(papercuts4: sums of shares printed "54–66 %" beside "about 30%"); other units after a space."""

from __future__ import annotations

import json

import pytest

from claimtrack.amounts import amount_text
from claimtrack.readings import range_text, stated_text, with_unit


@pytest.mark.parametrize(
    ("low", "high", "dimension", "text"),
    [
        (54, 66, "share", "54–66%"),
        (40, 40, "share", "40%"),
        (10, 23, "share", "10–23%"),
        (2, 5, "share/week", "2–5% a week"),
        (6000, 7000, "length", "6,000–7,000 m"),
        (3600, 4400, "count", "3,600–4,400"),
        (140, 140, "count/week", "140 a week"),
    ],
)
def test_range_text_writes_a_share_as_amount_text_does(low, high, dimension, text) -> None:
    assert range_text(low, high, dimension) == text
    if dimension == "share":
        assert range_text(low, high, dimension) == amount_text(low, high, dimension)


@pytest.mark.parametrize(
    ("number", "unit", "text"),
    [
        ("54–66", "%", "54–66%"),
        ("30", "% of voters", "30% of voters"),
        ("6–7", "km", "6–7 km"),
        ("12", "", "12"),
        ("12", None, "12"),
    ],
)
def test_with_unit(number, unit, text) -> None:
    assert with_unit(number, unit) == text


@pytest.mark.parametrize(
    ("record", "text"),
    [
        ({"value": "40%", "low": 40, "high": 40, "unit": "%"}, "= 40%"),
        ({"value": "6 to 7 km", "low": 6, "high": 7, "unit": "km"}, "= 6–7 km"),
    ],
)
def test_stated_text_writes_a_share_against_its_number(record, text) -> None:
    assert stated_text({"quote": record["value"], **record}) == text


def test_a_sum_of_shares_says_its_range_as_its_parts(ct) -> None:
    for n, (who, value) in enumerate((("Board", "about 30%"), ("Board", "about 30%"))):
        result = ct(
            "add", "poll", "--claimant", who, "--quote", f"{value} said yes", "--figure", value,
            "--measure", f"yes-{n}", "--new",
        )  # fmt: skip
        assert result.exit_code == 0, result.output
    result = ct(
        "add", "poll", "--claimant", "Spokesman", "--quote", "about 70% said yes",
        "--figure", "about 70%", "--measure", "yes", "--new",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    related = ct("relate", "poll", "yes", "--sum-of", "yes-0", "--sum-of", "yes-1")
    assert related.exit_code == 0, related.output
    out = ct("conflicts", "poll", "--json")
    text = " ".join(ct("conflicts", "poll").stdout.split())
    assert "= 54–66%," in text and " %" not in text, text
    assert json.loads(out.stdout)  # the same finding for machines
