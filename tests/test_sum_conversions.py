"""A sum relation whose figures are in more than one currency (docs/conflicts.md, rule 10): an
amount given with its conversion ("$282 million (€251 million)") gives a measure figures in
two currencies. The relation is checked in each dimension every measure with figures has,
the figures in the others named as not checked (no rate is assumed between currencies);
before, one conversion left the whole relation unchecked, its parts above their total
included (the Cyclone Idai story, tests/fixtures/cyclone-idai-2019.jsonl)."""

from __future__ import annotations

import pytest

from claimtrack.conflicts import Fact, SumRelation, analyse
from claimtrack.quantities import parse_figure

RELATION = SumRelation("total", ("a", "b"))


def said(id_: str, text: str, who: str, measure: str) -> Fact:
    f = parse_figure(text)
    return Fact(
        id_, who, "figure", measure, f.low, f.high, None, None, "2019-05-01", "active",
        None, f.dimension, f.rounding, None,
    )  # fmt: skip


def judged(figures: list[tuple[str, str, str]]) -> tuple[list[str], list[str]]:
    """(verdicts of the sum checks, the "not checked" reasons) for figures (measure, text,
    claimant)."""
    facts = [said(f"c{n}", text, who, m) for n, (m, text, who) in enumerate(figures)]
    report = analyse(facts, sums=[RELATION])
    checks = [
        f"{'holds' if s.holds else 'fails'} {s.dimension}"
        for s in (*report.checks, *report.conflicts, *report.minor)
        if hasattr(s, "holds")
    ]
    return sorted(checks), [u.reason for u in report.unchecked]


@pytest.mark.parametrize(
    ("figures", "checks", "unchecked"),
    [
        # one currency: checked as ever
        (
            [
                ("total", "$300 million", "T"),
                ("a", "$100 million", "P"),
                ("b", "$150 million", "P"),
            ],
            ["fails currency:USD"],
            [],
        ),
        # the total also given in euros: checked in dollars, the euro figure named
        (
            [
                ("total", "$300 million", "T"),
                ("total", "€270 million", "T"),
                ("a", "$100 million", "P"),
                ("b", "$150 million", "P"),
            ],
            ["fails currency:USD"],
            ["its figures in EUR (c1), another currency, are left out; those in USD are checked"],
        ),
        # a part also given in euros; the dollar sum holds
        (
            [
                ("total", "$250 million", "T"),
                ("a", "$100 million", "P"),
                ("a", "€90 million", "P"),
                ("b", "$150 million", "P"),
            ],
            ["holds currency:USD"],
            ["its figures in EUR (c2), another currency, are left out; those in USD are checked"],
        ),
        # every measure in both currencies: checked in each, nothing left out
        (
            [
                ("total", "$250 million", "T"),
                ("total", "€225 million", "T"),
                ("a", "$100 million", "P"),
                ("a", "€90 million", "P"),
                ("b", "$150 million", "P"),
                ("b", "€135 million", "P"),
            ],
            ["holds currency:EUR", "holds currency:USD"],
            [],
        ),
        # a part only in euros: no dimension every measure has; never converted
        (
            [("total", "$250 million", "T"), ("a", "€90 million", "P"), ("b", "$150 million", "P")],
            [],
            ["figures in more than one dimension (currency:EUR, currency:USD)"],
        ),
        # the dollar check cannot be made either: both reasons, once
        (
            [
                ("total", "$250 million", "T"),
                ("total", "€225 million", "T"),
                ("a", "$100 million", "P"),
                ("b", "$150 million", "Q"),
            ],
            [],
            [
                "its figures in EUR (c1), another currency, are left out; those in USD: no claimant"
                " gave a figure on every part"
            ],
        ),
        # checked in both, not made in either: the reason once, not once per currency
        (
            [
                ("total", "$250 million", "T"),
                ("total", "€225 million", "T"),
                ("a", "$100 million", "P"),
                ("a", "€90 million", "P"),
                ("b", "$150 million", "Q"),
                ("b", "€135 million", "Q"),
            ],
            [],
            ["no claimant gave a figure on every part"],
        ),
    ],
)
def test_a_sum_with_a_conversion_is_checked_in_the_shared_currency(
    figures: list[tuple[str, str, str]], checks: list[str], unchecked: list[str]
) -> None:
    assert judged(figures) == (checks, unchecked)


def test_a_part_above_its_total_is_found_through_a_conversion() -> None:
    """The part-above-total check too was lost to a conversion of the total."""
    figures = [
        ("total", "$300 million", "T"),
        ("total", "€270 million", "T"),
        ("a", "$450 million", "P"),
    ]
    facts = [said(f"c{n}", text, who, m) for n, (m, text, who) in enumerate(figures)]
    report = analyse(facts, sums=[RELATION])
    found = [c for c in report.conflicts if hasattr(c, "holds")]
    assert [(c.parts, c.holds, c.dimension) for c in found] == [(("a",), False, "currency:USD")]
    assert [u.reason for u in report.unchecked] == [
        "its figures in EUR (c1), another currency, are left out; those in USD: no figure yet for b"
    ]


def test_figures_of_another_dimension_are_named_as_such() -> None:
    """Not a currency: "another dimension", never "another currency"."""
    figures = [
        ("total", "300", "T"),
        ("total", "40 km", "T"),
        ("a", "100", "P"),
        ("b", "150", "P"),
    ]
    assert judged(figures) == (
        ["fails count"],
        ["its figures in length (c1), another dimension, are left out; those in count are checked"],
    )
