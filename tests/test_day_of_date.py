"""A bare number of 1-31 beside a month's name is the day of a date, not the amount: `add`
stored 12 deaths from "On 12 March 40 died" (audit16). Numbers that count beside a month are
still read."""

from __future__ import annotations

import pytest

from claimtrack.guards import named_at
from claimtrack.quantities import parse_figure


def _named(quote: str, number: str) -> str | None:
    at = quote.index(number)
    got = named_at(quote, at, at + len(number), parse_figure(number))
    return None if got is None else quote[got.start : got.end]


@pytest.mark.parametrize(
    ("quote", "number", "named"),
    [
        ("On 12 March 40 died.", "12", "12 March"),
        ("By March 12, 40 had died.", "12", "March 12"),
        ("As of Sept. 3, 80 were missing.", "3", "Sept. 3"),
        ("On the 3rd of May the toll was 7.", "3", "3rd of May"),
        ("Rescuers found 9 bodies on 21 Aug. and more later.", "21", "21 Aug."),
        ("Since March 1 the toll has doubled.", "1", "March 1"),
        ("Counted on June 30.", "30", "June 30"),
        # counts beside a month: read
        ("On 12 March 40 died.", "40", None),
        ("In March 12 people died.", "12", None),
        ("12 may die, officials said.", "12", None),
        ("They will march 12 miles.", "12", None),
        ("Police arrested 14 in May.", "14", None),
        ("The toll rose to 31 on Sunday.", "31", None),
        ("By March 40 had died.", "40", None),  # no day 40
        ("In May 2 more were found.", "2", None),
    ],
)
def test_a_day_of_a_date_is_named(quote: str, number: str, named: str | None) -> None:
    assert _named(quote, number) == named


@pytest.mark.parametrize(
    ("quote", "figure", "refused"),
    [
        ("On 12 March 40 died in the floods.", "12", "is a day of a date there ('12 March')"),
        ("By March 12, 40 had died.", "12", "is a day of a date there ('March 12')"),
        ("On 12 March 40 died in the floods.", "40", None),
        ("In March 12 people died.", "12", None),
    ],
)
def test_add_refuses_a_day_of_a_date_as_the_figure(ct, quote: str, figure: str, refused) -> None:  # type: ignore[no-untyped-def]
    got = ct(
        *("add", "floods", "--claimant", "Ministry", "--quote", quote),
        *("--figure", figure, "--measure", "deaths", "--new"),
    )
    if refused is None:
        assert got.exit_code == 0, got.output
    else:
        assert got.exit_code == 2
        assert got.stderr.splitlines()[0] == (
            f"error: the figure '{figure}' in its quote {refused}: give the amount the quote "
            "states, or --paraphrase to store the figure as meant"
        )
