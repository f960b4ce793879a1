"""`relate --sum-of` says what it changes and how the sum will be checked: a total already a
sum of other parts is refused unless --replace (it was replaced without a word), and parts in
other currencies than the total's are named (it said "checked by `conflicts`" of a sum that
`conflicts` leaves unchecked: rule 10 converts nothing)."""

from __future__ import annotations

import pytest

FIGURES = [
    ("total", "Damage was $2 billion.", "$2 billion"),
    ("homes", "Homes cost $1 billion.", "$1 billion"),
    ("roads", "Roads cost €1 billion.", "€1 billion"),
    ("schools", "Schools cost $0.5 billion.", "$0.5 billion"),
    ("bridges", "Bridges cost $0.5 billion.", "$0.5 billion"),
    ("total", "The damage, €1.8 billion, was assessed.", "€1.8 billion"),
    ("aid", "Aid came to $1.5 billion.", "$1.5 billion"),
]


@pytest.fixture
def story(ct):  # type: ignore[no-untyped-def]
    for measure, quote, figure in FIGURES:
        got = ct(
            *("add", "storm", "--claimant", "Ministry", "--quote", quote),
            *("--figure", figure, "--measure", measure, "--new"),
        )
        assert got.exit_code == 0, got.output
    return ct


def _relate(ct, total: str, *parts: str, replace: bool = False):  # type: ignore[no-untyped-def]
    args = ["relate", "storm", total, *(a for p in parts for a in ("--sum-of", p))]
    return ct(*args, *(["--replace"] if replace else []))


@pytest.mark.parametrize(
    ("total", "parts", "said"),
    [
        # one currency throughout: checked
        ("aid", ("homes", "schools"), "aid = homes + schools in storm: checked by `conflicts`."),
        # a part only in euros, the total in both: checked in dollars only, said so
        (
            "total",
            ("roads", "schools"),
            "total = roads + schools in storm: not checked by `conflicts` while they share no "
            "currency (total in EUR, USD; roads in EUR; schools in USD; nothing is converted): "
            "give their figures in one currency where a source does.",
        ),
        (
            "total",
            ("homes", "bridges", "schools"),
            "total = homes + bridges + schools in storm: checked by `conflicts` in USD only "
            "(total in EUR, USD; homes in USD; bridges in USD; schools in USD; nothing is "
            "converted): figures in another currency are left out.",
        ),
    ],
)
def test_relate_says_how_the_sum_is_checked(story, total, parts, said) -> None:  # type: ignore[no-untyped-def]
    got = _relate(story, total, *parts)
    assert got.exit_code == 0, got.output
    assert got.stderr.strip() == said


def test_a_sum_already_recorded_is_not_replaced_unseen(story) -> None:  # type: ignore[no-untyped-def]
    assert _relate(story, "total", "homes", "schools").exit_code == 0
    got = _relate(story, "total", "homes", "bridges")
    assert got.exit_code == 2
    assert got.stderr.splitlines() == [
        "error: total is already the sum of homes + schools in storm",
        "hint: to make it homes + bridges instead, give --replace (or --remove it first)",
    ]
    shown = story("measure", "storm", "total", "--json")
    assert '"parts": [\n        "homes",\n        "schools"\n      ]' in shown.stdout
    # the same relation again, in any order: nothing to replace
    for parts in (("homes", "schools"), ("schools", "homes")):
        got = _relate(story, "total", *parts)
        assert got.exit_code == 0
        assert got.stderr.strip() == (
            "total = homes + schools in storm: already recorded, unchanged."
        )
    # --replace says what it was
    got = _relate(story, "total", "homes", "bridges", replace=True)
    assert got.exit_code == 0
    assert got.stderr.strip() == (
        "total = homes + bridges in storm (it was homes + schools): checked by `conflicts` in "
        "USD only (total in EUR, USD; homes in USD; bridges in USD; nothing is converted): "
        "figures in another currency are left out."
    )
    shown = story("measure", "storm", "total", "--json")
    assert '"homes",\n        "bridges"' in shown.stdout


def test_relate_with_a_part_not_logged_yet_says_it_is_not_added_up(story) -> None:  # type: ignore[no-untyped-def]
    # a complement nobody gives (sums3): no sum is added up, only parts above the total
    got = story("relate", "storm", "aid", "--sum-of", "homes", "--sum-of", "ports", "--new")
    assert got.exit_code == 0, got.output
    assert got.stderr.strip() == (
        "aid = homes + ports in storm: not added up by `conflicts` while ports has no "
        "figures; parts above the total are still found."
    )
