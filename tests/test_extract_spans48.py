"""Every figure read whole, no junk card (extract48, issue 25): a hedge written after a figure
("12 hours or more", "30,000, more or less") read with it or refused whole, never dropped; a
count of a total ("12 out of 22 seats") as the two numbers the page writes, not a share it
does not; an ordinal ("a third term") no share; a bounded wait that says who is counted ("700
people waited 12 hours or more") and a class of waits named by its length ("two year waits")
no figure; a scale glued to an unknown currency ("N48m") refused, never dropped. Each rule
with near misses that ARE claims. Sentences of our own."""

from __future__ import annotations

import pytest

from claimtrack.extract import extract
from test_extract_figurespans31 import _read


@pytest.mark.parametrize(
    ("text", "read", "refused"),
    [
        # a hedge after the figure and its unit: read whole when the parser reads it
        ("Patients waited 12 hours or more.", [("12 hours or more", 12, None)], []),
        ("The repairs cost $1 million or more.", [("$1 million or more", 1000000, None)], []),
        # ... refused whole when it does not, never the figure alone as exact
        ("I would say 30,000, more or less, have died.", [], ["30,000, more or less"]),
        ("Roughly 500 people or more came.", [], ["Roughly 500 people or more"]),
        ("The checks took 12 hours or longer.", [], ["12 hours or longer"]),
        # ... after "about", "or so" says what "about" says: read as "about"
        ("About 10 metres or so, said a resident.", [("About 10 metres", 9, 11)], []),
        ("Some 400 or so came.", [("Some 400", 360, 440)], []),
        # ... "or" that joins another figure is no hedge
        ("Police said 5 or 6 boats sank.", [("5 or 6 boats", 5, 6)], []),
        # a count of a total: the two numbers as written, not a share of 54.5%
        ("The party won 12 out of 22 seats.", [("12", 12, 12), ("22 seats", 22, 22)], []),
        (
            "Some 2,633 out of 9,755 schools closed.",
            [("Some 2,633", 2607, 2659), ("9,755 schools", 9755, 9755)],
            [],
        ),
        # ... an idiom's small or round total stays a share
        ("Four out of five candidates withdrew.", [("Four out of five candidates", 80, 80)], []),
        ("Nine out of ten nurses agreed.", [("Nine out of ten nurses", 90, 90)], []),
        (
            "Health was cut in four out of six budgets.",
            [("four out of six budgets", 66.6666666666667, 66.6666666666667)],
            [],
        ),
        # ... and a total that would join the next figure ("39 or 51%") too
        (
            "20 out of 39 or 51% of deaths are children.",
            [("20 out of 39", 51.2820512820513, 51.2820512820513), ("51% of deaths", 51, 51)],
            [],
        ),
        # an ordinal is no share
        ("He won a third term in office.", [], []),
        ("He was elected to a third two-year term.", [("two-year term", 2, 2)], []),
        ("Unions called a fifth day of strikes.", [], []),
        # ... "a third" of something, more, or cut by it, is a share
        (
            "The party won a third of the seats.",
            [("a third", 33.3333333333333, 33.3333333333333)],
            [],
        ),
        (
            "Prices fell by a third last year.",
            [("a third", 33.3333333333333, 33.3333333333333)],
            [],
        ),
        ("It fell by a third.", [("a third", 33.3333333333333, 33.3333333333333)], []),
        # a bounded wait that says who is counted, with the count in its sentence
        (
            "More than 700 people waited for 12 hours or more last month.",
            [("More than 700 people", 701, None)],
            [],
        ),
        (
            "More than half of patients waited more than four hours to be seen.",
            [("More than half of patients", 50, 100)],
            [],
        ),
        (
            "Almost 30,000 people face treatment delays of more than 24 months.",
            [("Almost 30,000 people", 27000, 30000)],
            [],
        ),
        (
            "A fifth of families have been living there for more than five years.",
            [("A fifth of families", 20, 20)],
            [],
        ),
        # ... a class of waits named by its length is the measure's name
        ("Two year waits have fallen by 55 per cent.", [("55 per cent", 55, 55)], []),
        ("The 12 hour-plus waiting time hit 709 patients.", [("709 patients", 709, 709)], []),
        ("Half missed the four hour target.", [("Half", 50, 50)], []),
        # ... a wait that is the claim stays a figure: no count beside it, one wait, no bound
        (
            "Patients are waiting more than two years, the minister said.",
            [("more than two years", 2, None)],
            [],
        ),
        ("She faced a six-hour wait in the emergency room.", [("six-hour", 6, 6)], []),
        (
            "Some 200 people waited 12 hours or longer for a bed.",
            [("Some 200 people", 180, 220)],
            [],
        ),
        (
            "Some 200 people waited 12 hours for a bed.",
            [("Some 200 people", 180, 220), ("12 hours", 12, 12)],
            [],
        ),
        (
            "The strike has lasted more than three weeks, and 400 schools are shut.",
            [("more than three weeks", 3, None), ("400 schools", 400, 400)],
            [],
        ),
        # a live blog's clock of four digits and a time zone is no figure
        ("1042 GMT: Police say 14 people have died.", [("14 people", 14, 14)], []),
        ("At 2130 local time, 40 people were rescued.", [("40 people", 40, 40)], []),
        # ... four digits with no zone are a figure
        ("The winner got 2130 votes.", [("2130 votes", 2130, 2130)], []),
        # the same measure in another unit between dashes says it again
        (
            "The fire burned 35,711 acres — nearly 56 square miles — of brush.",
            [("35,711 acres", 35711, 35711)],
            [],
        ),
        # ... a count after a dash is a figure of its own
        (
            "The fire killed 12 people — 4 of them children.",
            [("12 people", 12, 12), ("4 of them children", 4, 4)],
            [],
        ),
        # a negation one verb before a bound turns it: refused, never read as more than 7,000
        ("He said the toll couldn't be more than 7,000.", [], ["couldn't be more than 7,000"]),
        ("Prices did not rise above 5% last year.", [], ["not rise above 5%"]),
        # ... a negation the parser reads, and a bound with none, are read
        ("It was not more than 7,000.", [("not more than 7,000", 0, 7000)], []),
        ("It could be more than 7,000.", [("more than 7,000", 7001, None)], []),
        # a number after a scale word opens the next figure, unless a scale follows it too
        ("We found that $3 million 3 weeks ago.", [("$3 million", 3000000, 3000000)], []),
        ("He paid 2 million 500 thousand.", [("2 million 500 thousand", 2500000, 2500000)], []),
        # the ages of a group of children or adults: who is counted
        ("Most deaths are children between 1 and 4.", [], []),
        ("Almost 90% are babies under 12 months.", [("Almost 90%", 81, 90)], []),
        # ... a count after the group, and a number too large for an age, are figures
        ("Vaccines reached 300 adults over 65.", [("300 adults", 300, 300)], []),
        ("The school has pupils over 300.", [("over 300", 301, None)], []),
        # a unit glued to its number, which the parser reads: read, never dropped
        ("The town lies about 90km from the capital.", [("about 90km", 81, 99)], []),
        ("Winds reached 70mph, officials said.", [("70mph", 70, 70)], []),
        # ... letters that are no unit glued to a number are a name
        ("The 3D printer and the 4x4 crashed.", [], []),
        # a scale glued to a currency the parser does not know: refused, never dropped
        ("The ministry spent N48m on training.", [], ["N48m"]),
        # ... letters and digits with no scale are a name
        ("The G7 met as COVID19 cases rose.", [], []),
    ],
)
def test_figures_read_whole(text, read, refused) -> None:
    assert _read(text) == (read, refused)


def test_a_count_of_a_total_is_two_candidates() -> None:
    """Each number of "12 out of 22 seats" is a candidate of its own, sharing the quote."""
    _, cands = extract("The party won 12 out of 22 seats, the election commission said.")
    assert [[f.figure.low for f in c.figures] for c in cands] == [[12], [22]]
