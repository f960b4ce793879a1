"""The figure parser's fast path (``quantities._fast``) against the full parser.

The fast path reads the commonest shapes of figure ("about 250 people", "3,500 to 4,000",
"between 5 and 10 buses", "100-odd") and declines everything else. Whatever it reads must be
exactly what the full parser reads (every field, ints and floats told apart), and
``parse_figure`` must give the same figure or the same error as the full parser on any text.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimtrack import quantities as q
from claimtrack.quantities import FigureError, fast, lexicon, reader, units

from conftest import examples

LEADS = fast._fast_tables().leads
TAILS = fast._fast_tables().tails


def full(text: str, dc: bool = False) -> str:
    """The full parser's outcome as text: the figure's repr or the error's message."""
    try:
        return repr(reader._parse_full(text, dc))
    except FigureError as e:
        return f"FigureError: {e}"


def parsed(text: str, dc: bool = False) -> str:
    """``_parse`` (fast path first) as text, like ``full``."""
    try:
        return repr(q._parse(text, dc))
    except FigureError as e:
        return f"FigureError: {e}"


def check(text: str, dc: bool = False) -> bool:
    """Same outcome both ways; True when the fast path read it."""
    fig = fast._fast(text, dc)
    want = full(text, dc)  # the full parser is pure: read once, compared twice
    if fig is not None:
        assert type(fig) is q.Figure
        assert repr(fig) == want, text
    assert parsed(text, dc) == want, text
    return fig is not None


# text, read by the fast path?
TABLE = [
    ("250", True),
    ("3,500", True),
    ("10", True),  # rounding 0.5: a float, as the full parser gives
    ("2017", True),
    ("250 people", True),
    ("about 250 people", True),
    ("some 90 buses", True),
    ("an estimated 1,600 people", True),
    ("no fewer than 5,000 fighters", True),
    ("in excess of 50 airstrikes", True),
    ("exactly 250", True),
    ("exactly 5 to 10", True),
    ("nearly 1", True),
    ("just under 1", True),
    ("fewer than 1", True),
    ("around 1", True),
    ("250 to 300", True),
    ("250-300 people", True),
    ("between 250 and 360 airstrikes", True),
    ("up to 5-10", True),
    ("250 or so", True),
    ("27 or so children", True),
    ("270 or more civilians", True),
    ("248+", True),
    ("248+ people", True),
    ("100-odd", True),
    ("400-odd prisoners", True),
    ("360-ish", True),
    ("250 plus", True),
    ("250 at the most", True),
    ("10-11,000", True),  # the thousands shared: 10,000-11,000
    ("999,999,999,999,999", True),
    # units, shares and currencies after the number, read once after "7" by the full parser
    ("250 km", True),
    ("250 m", True),  # metres: "m" alone is million only against the number
    ("10 km", True),  # rounding 0.5
    ("about 8 km", True),
    ("5 to 7 km", True),
    ("11 kilometres long", True),
    ("6 miles", True),
    ("40%", True),
    ("about 95%", True),  # a share is at most 100
    ("more than 40%", True),
    ("just over 13%", True),
    ("about 56 per cent", True),
    ("40% of voters", True),
    ("250 dollars", True),
    ("about 250 euros", True),
    ("250 of them", True),
    ("250 fighters and civilians", True),
    ("250 or more people killed", True),
    # declined: the full parser reads or refuses them
    ("1-11,000", False),  # ambiguous: refused
    ("10-110,000", False),
    ("5 to 3", False),  # backwards: refused
    ("about 250 or so", False),  # two hedges: refused
    ("between 5 to 10", False),
    ("between 5-10", False),
    ("from 5 to 10", False),
    ("5 and 10", False),
    ("5 or 10", False),
    ("5 - 10", False),
    ("0", False),
    ("0 people", False),
    ("just under 0", False),
    ("0250", False),
    ("1,00", False),
    ("1,5000", False),
    ("1,000,000,000,000,000", False),
    ("1000000000000000000000", False),
    ("250.5", False),
    ("11.300", False),
    (" 250", False),
    ("250 ", False),
    ("250  people", False),
    ("About 250", False),
    ("250 People", False),
    ("250 k", False),
    ("250k", False),
    ("250m", False),
    ("$250", False),
    ("250%", False),  # more than the whole: refused
    ("250 per cent", False),
    ("40% or more", False),
    ("40 %", False),
    ("250 in every", False),
    ("250 or", False),
    ("250 km or so", False),
    ("250 dozen", False),
    ("250 hundred", False),
    ("250 million", False),
    ("250th", False),
    ("250 th", False),  # refused: an abbreviation claimtrack does not know
    ("250 may", False),
    ("250 in 2017", False),
    ("250 per day", True),  # a rate (quantities/rates.py)
    ("250 a day", True),
    ("250 times", True),  # a noun: a ratio needs a comparative ("3 times higher")
    ("250 fighters.", False),
    ('"250"', False),
    ("250 people or more", False),
    ("250 odd people", True),
    ("250-odd or so", False),
    ("250+ or so", False),
    ("c. 250", False),
    ("approx. 250", False),
    ("~250", False),
    ("about between 5 and 10", False),
    ("two hundred", False),
    ("a few dozen", False),
]


@pytest.mark.parametrize(("text", "fast"), TABLE)
def test_fast_path_table(text, fast):
    assert check(text) is fast


def test_a_fast_figure_is_a_whole_frozen_figure():
    fig = fast._fast("about 250 people")
    assert fig == reader._parse_full("about 250 people")
    assert hash(fig) == hash(reader._parse_full("about 250 people"))
    with pytest.raises(AttributeError):
        fig.low = 1  # type: ignore[misc]


def test_decimal_comma_is_left_to_the_full_parser():
    assert fast._fast("3,500", decimal_comma=True) is None
    assert check("3,500", dc=True) is False
    assert parsed("3,500", dc=True) != parsed("3,500")


def test_hedge_phrases_read_by_the_fast_path_are_the_full_parsers_own():
    # One canonical hedge per phrase (the full parser takes the first of a duplicate).
    for index in (lexicon._LEADING, lexicon._TRAILING):
        phrases = [toks for entries in index.values() for toks, _ in entries]
        assert len(phrases) == len(set(phrases))
    assert {"about", "some", "as many as", "no fewer than", "in excess of"} <= set(LEADS)
    assert {"+", "-odd", "or so", "or more"} <= set(TAILS)


NUMBERS = [1, 2, 5, 9, 10, 11, 15, 19, 20, 25, 50, 99, 100, 101, 110, 150, 250, 999, 1000]
NUMBERS += [1001, 1050, 1500, 3500, 3958, 4000, 9999, 10000, 12000, 99999, 100000, 884000]
NUMBERS += [1000000, 123456789012345, 999999999999999]


@pytest.mark.parametrize("lead", sorted(LEADS))
def test_every_leading_hedge_on_numbers_of_every_shape(lead):
    for n in NUMBERS:
        assert check(f"{lead} {n}")
        assert check(f"{lead} {n:,} people")
    assert check(f"{lead} 250 to 300")
    assert check(f"{lead} 3,500-4,000")


@pytest.mark.parametrize("tail", sorted(TAILS))
def test_every_trailing_hedge_on_numbers_of_every_shape(tail):
    sep = "" if tail[0] in "+-" else " "
    for n in NUMBERS:
        assert check(f"{n:,}{sep}{tail}")
        assert check(f"{n}{sep}{tail} fighters")
    assert check(f"250 to 300{sep}{tail}")
    assert check(f"between 5 and 10{sep}{tail}")
    assert check(f"10-11,000{sep}{tail}")


def _table_words() -> list[str]:
    """Every word the parser's tables give a meaning to, and some function words."""
    words = set(
        lexicon._NUMBER_WORDS | lexicon._HEDGE_WORDS | lexicon._RATE_WORDS | lexicon._MONTHS
    )
    words |= (
        lexicon._MEASURE_ADJECTIVES
        | lexicon._DETERMINERS
        | lexicon._PRONOUNS
        | lexicon._COMPARATIVES
    )
    words |= lexicon._TOO_VAGUE | lexicon._TOO_VAGUE_AFTER_A | lexicon._ORDINALS
    words |= (
        set(lexicon._ABBREV)
        | set(lexicon._ATTACHED)
        | set(lexicon._MONEY_ABBREV)
        | set(lexicon._PREFIX_WORDS)
    )
    words |= (
        set(lexicon._LEADING)
        | set(lexicon._TRAILING)
        | set(lexicon._NONE)
        | set(units._unit_index())
    )
    words |= set(lexicon._FRACTIONS) | set(lexicon._PLURALS) | set(lexicon._QUANTIFIERS)
    words |= {"in", "out", "to", "or", "if", "and", "of", "a", "an", "i", "x", "times", "so"}
    words |= {"between", "from", "every", "squared", "cubed", "people", "fighters", "homes"}
    return sorted(words)


FRAMES = [
    "250 {}",
    "3,500 {}",
    "about 250 {}",
    "250 to 300 {}",
    "250-300 {}",
    "between 5 and 10 {}",
    "10-11,000 {}",
    "250 or so {}",
    "250+ {}",
    "100-odd {}",
]


@pytest.mark.parametrize("frame", FRAMES)
def test_a_word_after_the_figure_reads_the_same_in_every_frame(frame):
    accepted = 0
    for word in _table_words():
        accepted += check(frame.format(word))
    assert accepted > 0  # plain nouns ("people") take the fast path


PAIR_WORDS = [
    *("km", "m", "per", "cent", "percent", "sq", "square", "cubic", "long", "wide", "of"),
    *("the", "voters", "them", "people", "killed", "a", "day", "hour", "an", "more", "or"),
    *("so", "less", "dollars", "us", "dollar", "pct", "points", "point", "percentage"),
    *("basis", "nautical", "miles", "mile", "ton", "tons", "metric", "short", "in", "every"),
    *("odd", "plus", "at", "least", "most"),
]


@pytest.mark.parametrize("frame", ["250 {} {}", "about 3,500 {} {}", "5 to 7 {} {}", "40% {} {}"])
def test_two_words_after_the_figure_read_the_same(frame):
    accepted = 0
    for first in PAIR_WORDS:
        for second in PAIR_WORDS:
            accepted += check(frame.format(first, second))
    assert accepted > 0  # "km long", "per cent", "people killed" take the fast path


# Hypothesis: texts of the fast path's shapes, with near-misses in every part.
leads = st.sampled_from(
    ["", "", "", "between ", "from ", "no ", "a ", "About ", "c. ", "about between "]
    + [f"{p} " for p in sorted(LEADS)]
)
whole = st.integers(min_value=0, max_value=10**16)
numbers = st.one_of(
    whole.map(str),
    whole.map(lambda n: f"{n:,}"),
    whole.map(lambda n: f"0{n}"),
    st.integers(min_value=0, max_value=999).map(lambda n: f"1,{n}"),
    st.integers(min_value=1, max_value=99999).map(lambda n: f"{n}.{n % 100}"),
    st.sampled_from(["1,00", "1,0000", "2017", "12", "11.300", "1,5", "10000000000000000000"]),
)
links = st.sampled_from(["", "", " to ", "-", " and ", " or ", " - ", "–", " if not "])
marks = st.sampled_from(["", "", "", "+", "-odd", "-ish", "-plus", "-ugly", "odd", "th", "k", "%"])
words = st.sampled_from(
    [
        *("", "", " people", " fighters", " or so", " or more", " or more people"),
        *(" or so homes", " km", " m", " may", " k", " dozen", " per", " of them", " a"),
        *(" people or more", " in 2017", " th", " st", " and", " to", " times", " people."),
        *(" People", "  people", " million", " plus", " odd", " at least", " more or less"),
        *(" percent", " per cent", " km long", " per cent of voters", " of voters", " sq km"),
        *(" miles", " dollars", " euros", " tons", " metric tons", " people killed", " km or so"),
    ]
)


@settings(max_examples=examples(600), deadline=None)
@given(leads, numbers, links, numbers, marks, words)
@example("", "10", "-", "11,000", "", " people")
@example("between ", "5", " and ", "10", "+", " people")
def test_fast_path_agrees_with_the_full_parser(lead, a, link, b, mark, tail):
    text = f"{lead}{a}{link}{b if link else ''}{mark}{tail}"
    check(text)


@settings(max_examples=examples(200), deadline=None)
@given(
    st.sampled_from(["", *sorted(LEADS)]),
    st.integers(min_value=1, max_value=10**15 - 1),
    st.integers(min_value=0, max_value=10**6),
    st.booleans(),
    st.sampled_from(["", "+", "-odd", " or so", " or fewer"]),
)
def test_hedged_counts_and_ranges_agree(lead, n, extra, commas, tail):
    fmt = "{:,}" if commas else "{}"
    lo, hi = fmt.format(n), fmt.format(n + extra)
    for text in (f"{lo}", f"{lo} to {hi}", f"{lo}-{hi} people", f"between {lo} and {hi}"):
        if lead and not text.startswith("between"):
            text = f"{lead} {text}"
        check(text + tail)
