"""What the ninth story logged as a new user (the Equifax breach of 2017: the company's own
count of people affected revised over six months, in the US, Canada and the UK, with the parts
it gave: tests/fixtures/equifax-breach-2017.jsonl) showed misleading, as general rules.

Equifax put the Canadians affected at about 8,000 on 2 October, then at more than 19,000 on
28 November, when it said 11,670 Canadian cards were stolen (counted apart from the 8,000).
The cards were set against the 8,000 as "a part above its total": a total its own claimant had
replaced before the part was said is not a total of the part's time (docs/conflicts.md,
rule 10, "A total its own claimant had replaced").

Bloomberg's "145-million US consumers" (a compound adjective) was read as a range from 145 to a
million, and made Equifax's own 145.5 million a dispute 145.5x wide: a hyphen joining digits
to a scale word is the scale (docs/figures.md, "A hyphen before a scale word")."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.conflicts import Fact, FigureConflict, Reversal, SumFinding, SumRelation, analyse
from claimtrack.quantities import parse_figure

FIXTURE = Path(__file__).parent / "fixtures" / "equifax-breach-2017.jsonl"
SUBJECT = "equifax-breach-2017"


def fig(
    id_: str,
    value: float,
    who: str,
    measure: str,
    said: str | None,
    as_of: str | None = None,
    reported: str | None = None,
) -> Fact:
    return Fact(id_, who, "figure", measure, value, value, None, as_of, said, "active", reported)


def parts_above(facts: list[Fact]) -> list[tuple[str, ...]]:
    report = analyse(facts, sums=[SumRelation("total", ("cards", "other"))])
    return [
        c.claims
        for c in (*report.conflicts, *report.minor)
        if isinstance(c, SumFinding) and len(c.parts) == 1
    ]


# (the total's claimant and date, its replacement's claimant and date, the part's date,
#  the part set against the first total?)
_REPLACED = [
    pytest.param(("Co", "2017-10-02"), ("Co", "2017-11-28"), "2017-11-28", False, id="replaced-that-day"),
    pytest.param(("Co", "2017-10-02"), ("Co", "2017-11-01"), "2017-11-28", False, id="replaced-before"),
    pytest.param(("Co", "2017-10-02"), ("Co", "2017-12-01"), "2017-11-28", True, id="replaced-after-the-part"),
    pytest.param(("Co", "2017-10-02"), ("Other", "2017-11-01"), "2017-11-28", True, id="replaced-by-another-claimant"),
    pytest.param(("Co", "2017-10"), ("Co", "2017-10-20"), "2017-11-28", True, id="a-month-holding-the-replacement"),
    pytest.param(("Co", "2017-10-02"), ("Co", "2017-11"), "2017-11-28", True, id="replaced-in-the-parts-month"),
    pytest.param(("Co", "2017-10-02"), ("Co", "2017-11-01"), None, True, id="an-undated-part"),
    pytest.param(("Co", None), ("Co", "2017-11-01"), "2017-11-28", True, id="an-undated-total"),
]  # fmt: skip


@pytest.mark.parametrize(("first", "then", "part_said", "flagged"), _REPLACED)
def test_a_part_is_not_set_against_a_total_its_claimant_had_replaced(
    first: tuple[str, str | None], then: tuple[str, str], part_said: str | None, flagged: bool
) -> None:
    facts = [
        fig("t1", 8_000, first[0], "total", first[1]),
        fig("t2", 19_670, then[0], "total", then[1]),
        fig("p", 11_670, "Co", "cards", part_said),
    ]
    assert (("p", "t1") in parts_above(facts)) is flagged


def test_a_total_replaced_by_one_of_its_claimants_only_still_counts() -> None:
    # two claimants gave 8,000; one of them replaced it: the other still stands by it
    facts = [
        fig("t1", 8_000, "Co", "total", "2017-10-02"),
        fig("t1b", 8_000, "Press", "total", "2017-10-03"),
        fig("t2", 19_670, "Co", "total", "2017-11-01"),
        fig("p", 11_670, "Co", "cards", "2017-11-28"),
    ]
    assert ("p", "t1") in parts_above(facts)


def test_a_dated_total_is_judged_by_its_as_of_as_before() -> None:
    # totals with as_of are matched to parts by their time (rule 10), not by when they were said
    facts = [
        fig("t1", 8_000, "Co", "total", "2017-10-02", as_of="2017-10-02"),
        fig("t2", 19_670, "Co", "total", "2017-11-28", as_of="2017-11-28"),
        fig("p", 11_670, "Co", "cards", "2017-11-28"),
    ]
    assert ("p", "t1") in parts_above(facts)


def test_the_equifax_story_no_longer_sets_the_cards_against_the_replaced_8000(ct) -> None:
    assert ct("import", str(FIXTURE)).exit_code == 0
    result = ct("conflicts", SUBJECT)
    assert result.exit_code == 0, result.output
    out = " ".join(result.stdout.split())
    assert "canadians-affected-card-data, a part of canadians-affected" not in out
    assert "Part above its total: uk-phone-number, a part of uk-consumers-affected" in out
    # Equifax UK's revision: ordered (400,000 in September, then two agreeing figures of one
    # day), with no arrow between the two of one day
    assert (
        "3 claims: 400,000 (said 2017-09) → more than 690,000 (said 2017-10-10) · 693,665"
    ) in out


# (figure, low, high, hedge)
_HYPHENED = [
    pytest.param("145-million", 145_000_000, 145_000_000, None, id="145-million"),
    pytest.param("1.8-billion", 1_800_000_000, 1_800_000_000, None, id="1.8-billion"),
    pytest.param("$2.35-billion", 2_350_000_000, 2_350_000_000, None, id="dollars-hyphened"),
    pytest.param("13-lakh", 1_300_000, 1_300_000, None, id="13-lakh"),
    pytest.param("10-12 million", 10_000_000, 12_000_000, "range", id="a-range-stays-a-range"),
    pytest.param("3-4", 3, 4, "range", id="digits-either-side-a-range"),
]


@pytest.mark.parametrize(("text", "low", "high", "hedge"), _HYPHENED)
def test_a_hyphen_before_a_scale_word_is_the_scale(
    text: str, low: float, high: float, hedge: str | None
) -> None:
    f = parse_figure(text)
    assert (f.low, f.high, f.hedge) == (low, high, hedge)


@given(
    st.integers(min_value=1, max_value=999),
    st.sampled_from(["hundred", "thousand", "million", "billion", "lakh", "crore"]),
)
def test_hyphened_and_spaced_scales_read_alike(n: int, word: str) -> None:
    hyphened, spaced = parse_figure(f"{n}-{word}"), parse_figure(f"{n} {word}")
    assert (hyphened.low, hyphened.high, hyphened.hedge) == (spaced.low, spaced.high, spaced.hedge)


def figure_on(id_: str, low: float, high: float | None, said: str, who: str = "Co") -> Fact:
    return Fact(id_, who, "figure", "uk", low, high, None, None, said, "active", None)


# (figures as (id, low, high, said_on), the reversal ordered?)
_ORDER = [
    pytest.param(
        [("a", 400_000, 400_000, "2017-09"), ("b", 690_001, None, "2017-10-10"),
         ("c", 693_665, 693_665, "2017-10-10")],
        True, id="two-agreeing-figures-of-one-day-after-a-month",
    ),
    pytest.param(
        [("a", 400_000, 400_000, "2017-09"), ("b", 690_001, None, "2017-10-10"),
         ("c", 800_000, 800_000, "2017-10-10")],
        True, id="an-open-figure-and-one-within-it",
    ),
    pytest.param(
        [("a", 400_000, 400_000, "2017-09"), ("b", 690_000, 690_000, "2017-10-10"),
         ("c", 900_000, 900_000, "2017-10-10")],
        False, id="two-disagreeing-figures-of-one-day",
    ),
    pytest.param(
        [("a", 400_000, 400_000, "2017-10"), ("b", 690_001, None, "2017-10-10"),
         ("c", 693_665, 693_665, "2017-10-10")],
        False, id="a-month-holding-the-day",
    ),
    pytest.param(
        [("a", 0, 10, "2017-09"), ("b", 8, 20, "2017-10-10"), ("c", 15, 15, "2017-10-10"),
         ("d", 100, 100, "2017-11-01")],
        False, id="agreement-is-with-the-whole-run-not-a-neighbour",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("figures", "ordered"), _ORDER)
def test_figures_that_agree_need_no_order_among_themselves(
    figures: list[tuple[str, float, float | None, str]], ordered: bool
) -> None:
    report = analyse([figure_on(*f) for f in figures])
    found = [c for c in (*report.conflicts, *report.minor) if isinstance(c, Reversal)]
    if not ordered:
        # a change of position whose order is not known is no reversal (time30): the
        # dispute says the claimant's own figures disagree
        assert found == []
        assert [
            d.claimant for c in report.conflicts if isinstance(c, FigureConflict) for d in c.own
        ]
        return
    (reversal,) = found
    assert reversal.ordered is ordered, reversal
