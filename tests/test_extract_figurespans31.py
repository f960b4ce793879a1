"""Figure spans read as English writes numbers (extract31): a scale glued to its number, a
currency's letters with a full stop, the exact share in brackets after a rounded one, the two
levels of a change "from X to Y", a year before "to" and an amount. Phrases of our own."""

from __future__ import annotations

import pytest

from claimtrack.extract import read_figures, sentences
from claimtrack.guards import cut_problem


def _read(text: str) -> tuple[list[tuple[str, float, float | None]], list[str]]:
    figs, refused = read_figures(text, 0, len(text))
    read = [(text[f.start : f.end], f.figure.low, f.figure.high) for f in figs]
    return read, [r.text for r in refused]


@pytest.mark.parametrize(
    ("text", "read", "refused"),
    [
        # a scale glued to its number: the whole amount, never nothing
        ("Police logged 4.2million thefts.", [("4.2million thefts", 4200000, 4200000)], []),
        ("The fund raised $3.1million.", [("$3.1million", 3100000, 3100000)], []),
        ("It fell to 2.5billion.", [("2.5billion", 2500000000, 2500000000)], []),
        # a currency's letters and a full stop: the money, never a count nor "billion" alone
        (
            "The ministry set aside Rs.640 billion for roads.",
            [("Rs.640 billion", 640000000000, 640000000000)],
            [],
        ),
        (
            "The ministry set aside Rs. 640 billion for roads.",
            [("Rs. 640 billion", 640000000000, 640000000000)],
            [],
        ),
        ("Spending hit Kshs.9 billion.", [], ["Kshs.9 billion"]),
        ("Dr. 5 patients waited.", [("5 patients", 5, 5)], []),
        # the exact share in brackets after a rounded one: both; the same amount again: once
        (
            "Almost a third (31%) of the homes were empty.",
            [("Almost a third", 30, 33.3333333333333), ("31%", 31, 31)],
            [],
        ),
        ("It reached 2.4 million (24 lakh) people.", [("2.4 million", 2400000, 2400000)], []),
        ("The town is 80 kilometers (50 miles) away.", [("80 kilometers", 80, 80)], []),
        # another currency in brackets is the amount converted, a note of the first
        # (extract50: it was a figure of its own)
        ("It cost $172m (£99m).", [("$172m", 172000000, 172000000)], []),
        # "from X to Y" after a noun or verb of change: two levels, no range
        (
            "The rise in thefts, from 7,120 to 9,305, alarmed the council.",
            [("7,120", 7120, 7120), ("9,305", 9305, 9305)],
            [],
        ),
        (
            "Bus punctuality improved in winter from 71% to 74.5%.",
            [("71%", 71, 71), ("74.5%", 74.5, 74.5)],
            [],
        ),
        ("Between 7,120 and 9,305 fans came.", [("Between 7,120 and 9,305 fans", 7120, 9305)], []),
        # a year before "to" and an amount: the year is no range's low end
        (
            "Members grew from 61.2 million in the spring of 2019 to 64.8 million in 2021.",
            [("61.2 million", 61200000, 61200000), ("64.8 million", 64800000, 64800000)],
            [],
        ),
        ("Between 1900 and 2,500 fans came.", [("Between 1900 and 2,500 fans", 1900, 2500)], []),
        # a sign before a number, a difference "more than": shown refused, never a level
        ("Pears cost more this year (+6.4%).", [], ["+6.4%"]),
        ("Staff growth: + 2,500", [], ["+ 2,500"]),
        ("Output was -1.9 per cent.", [], ["-1.9 per cent"]),
        ("Output fell at – 1.9 per cent.", [("1.9 per cent", 1.9, 1.9)], []),
        ("Ages 12-16 and COVID-19 wards held 30.", [("12-16", 12, 16), ("30", 30, 30)], []),
        (
            "Members numbered 8,100, 5,000 more than in June.",
            [("8,100", 8100, 8100)],
            ["5,000 more than"],
        ),
        ("Some 113 more people came.", [("Some 113", 111, 115)], []),
    ],
)
def test_a_figure_is_read_as_it_is_written(
    text: str, read: list[tuple[str, float, float | None]], refused: list[str]
) -> None:
    got, shown = _read(text)
    assert [
        (t, pytest.approx(lo), hi if hi is None else pytest.approx(hi)) for t, lo, hi in got
    ] == read, got
    assert shown == refused


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The ministry set aside Rs. 640 billion for roads. The rest went to schools.", 2),
        ("Dr. Ames saw 5 patients. The ward was full.", 2),
        ("He paid 40 rs. Then he left.", 2),
    ],
)
def test_a_currencys_full_stop_ends_no_sentence(text: str, count: int) -> None:
    assert len(sentences(text)) == count


@pytest.mark.parametrize(
    ("value", "quote", "refused"),
    [
        ("7,120", "The rise in thefts, from 7,120 to 9,305, alarmed the council.", False),
        ("9,305", "The rise in thefts, from 7,120 to 9,305, alarmed the council.", False),
        ("71%", "Bus punctuality improved in winter from 71% to 74.5%.", False),
        ("7,120", "Between 7,120 and 9,305 fans came.", True),
        ("7,120", "From 7,120 to 9,305 fans came.", True),
    ],
)
def test_add_reads_the_levels_of_a_change_as_extract_proposes_them(
    value: str, quote: str, refused: bool
) -> None:
    assert (cut_problem(value, quote) is not None) is refused
