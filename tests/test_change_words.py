"""time22: the words of an update's change ("59 new cases", "another 12 deaths", "a 36-case
increase", "deaths slump by 10%") are read by the write guard, so a figure logged as a change
in them needs no [paraphrase] mark; the phrasings of a level stay levels. docs/format.md,
"Changes"."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.guards import change_given_problem, import_problem
from claimtrack.quantities import FigureError, parse_figure

# A change's words in general English, each with the way it goes ({n}: the figure)
_CHANGE_PHRASES = [
    *(("The county reported {n} new cases on Friday.", "up"),),
    *(("Officials confirmed another {n} deaths overnight.", "up"),),
    *(("Divers found {n} more bodies on Monday.", "up"),),
    *(("An additional {n} people were taken to hospital.", "up"),),
    *(("The toll rose by a further {n} on Sunday.", "up"),),
    *(("The office logged a {n}-case increase since Tuesday.", "up"),),
    *(("The ward saw a {n}-patient rise this week.", "up"),),
    *(("The camp reported a {n}-person drop in arrivals.", "down"),),
    *(("Cases climbed by {n}% in a week.", "up"),),
    *(("Admissions jump {n}% in a week.", "up"),),
    *(("Sales slump by {n}% in May.", "down"),),
    *(("Exports tumbled {n}% last year.", "down"),),
    *(("Arrivals fell by {n} on the day before.", "down"),),
    *(("Fares saw a jump of {n}% in March.", "up"),),
    *(("Output suffered a fall of {n}% in June.", "down"),),
    *(("Bookings saw a slump of {n}% in July.", "down"),),
    *(("Visits showed a climb of {n}% this spring.", "up"),),
    *(("The missing count rose by another {n} overnight.", "up"),),
]


@settings(max_examples=60, deadline=None)
@given(
    number=st.integers(min_value=1, max_value=99_999),
    phrase=st.sampled_from(_CHANGE_PHRASES),
)
def test_a_change_in_its_own_words_is_read_and_only_its_way_stored(
    number: int, phrase: tuple[str, str]
) -> None:
    template, way = phrase
    figure = f"{number:,}%" if "{n}%" in template else f"{number:,}"
    quote = template.replace("{n}%", figure).replace("{n}", figure)
    other = "down" if way == "up" else "up"
    assert change_given_problem(figure, quote, way) is None, quote
    assert f"give --change {way}" in (change_given_problem(figure, quote, other) or ""), quote
    assert import_problem(figure, quote, None, change=way) is None


@pytest.mark.parametrize(
    ("value", "quote", "change", "refused"),
    [
        # words the guard did not read before time22 (each needed --paraphrase)
        ("36", "marking a 36-case increase since Tuesday", "up", None),
        ("10", "It recorded a 10-death drop from the week before.", "down", None),
        ("10%", "Deaths slump by 10% in May.", "down", None),
        ("20%", "Cases leapt 20% in a fortnight.", "up", None),
        ("4%", "Prices tumbled 4% overnight.", "down", None),
        ("4%", "Prices tumbled 4% overnight.", "up", "give --change down"),
        ("40", "Cases spiked 40 in a day.", "up", None),  # logged as a change: one
        # a span of time joined to its number is not the change's size
        ("5", "Prices saw a 5-year rise in May.", "up", "gives no change where it stands"),
        ("3", "It was a 3-day drop in arrivals.", "down", "gives no change where it stands"),
        # the figure typed with its own word of change: the amount alone, named
        ("59 new cases", "The state reported 59 new cases.", "up", "give the amount alone ('59')"),
    ],
)
def test_the_guard_reads_an_updates_words(
    value: str, quote: str, change: str, refused: str | None
) -> None:
    got = change_given_problem(value, quote, change)
    assert (got is None) == (refused is None), got
    assert got is None or refused in got


# Phrasings that must stay levels: neither refused as a change when logged as a level, nor
# stored as a change when logged as one ("12 new schools were built" counts schools; "another
# country" counts no figure; a span of time is no size of a change)
@pytest.mark.parametrize(
    ("value", "quote", "as_change"),
    [
        ("12", "Twelve months on, 12 new schools were built.", None),
        ("40", "Another country sent 40 divers to the site.", "gives no change"),
        ("300", "A further inquiry found 300 bodies in all.", "gives no change"),
        ("476", "The ferry carried 476 people, the coast guard said.", "gives no change"),
        ("12", "Officials opened 12 new camps, the ministry said.", None),
        # a verb of movement before an amount that is not a share: a level, or what was done
        ("8.95 metres", "The athlete leapt 8.95 metres in Tokyo.", None),
        ("20 drinks", "Someone spiked 20 drinks at the bar.", None),
        ("295", "The toll stood at 295 after a further search.", "gives no change"),
    ],
)
def test_the_phrasings_of_a_level_stay_levels(
    value: str, quote: str, as_change: str | None
) -> None:
    said = import_problem(value, quote, None)
    assert said is None, said
    got = change_given_problem(value, quote, "up")
    assert (got is None) == (as_change is None), got
    assert got is None or as_change in got


@pytest.mark.parametrize(
    ("figure", "amount"),
    [("another 12", "12"), ("12 more deaths", "12"), ("a further 3", "3")],
)
def test_a_figure_typed_with_its_addition_names_the_change(figure: str, amount: str) -> None:
    with pytest.raises(FigureError) as err:
        parse_figure(figure)
    assert f'"{amount}" logged as a change (--change up)' in str(err.value)
