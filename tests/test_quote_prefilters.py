"""The import's cheap first looks at a quote (perf33): a quote they pass over is one the full
check would have found nothing in. ``period_apart_problem`` reads a period said apart only
where ``_may_say_period`` finds one may be said, ``withdrawn_problem`` a figure taken back only
where ``_may_take_back`` does; each full check reads a part of the quote (a clause after the
amount, the words before it), so the first look must find, in the whole quote, whatever the
full pattern finds in any part of it, case-blind (the letters "İ", "ı" and "ſ", which the
patterns read as "i" and "s", and the quote lowered does not hold as such, included)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.guards import (
    _PERIOD_APART,
    _WITHDRAWN_AFTER,
    _WITHDRAWN_BEFORE,
    _may_say_period,
    _may_take_back,
    period_apart_problem,
    withdrawn_problem,
)

from conftest import examples

# pieces of quotes: the full patterns' words in several cases, glued or spaced, with digits
# and marks that end a clause or stand against a word
_PIECES = st.sampled_from(
    (
        *("a", "an", "A", "per", "Each", "every", "EVERY", "day", "Day", "days", "week", "month"),
        *("year", "annum", "hour", "daily", "Daily", "annually", "weekly", "hourly", "yearly"),
        *("monthly", "Monday", "three", "Syria", "later", "after", "and", "but", "in", "the"),
        *("figure", "toll", "estimate", "of", "was", "were", "which", "later", "withdrew"),
        *("withdrawn", "Withdrawn", "retracted", "rescinded", "disowned", "took", "taken"),
        *("back", "BACK", "has", "been", "300", "5", "1,700", "flights", "people"),
        *(" ", " ", " ", "  ", "\t", "\n", ",", ".", ";", "-", "—", "'", "\u00a0"),
        *("DA\u0130LY", "da\u0131ly", "w\u0130thdrew", "W\u0131THDRAWN", "re\u017fcinded"),
        *("di\u017fowned", "ANNUALLY", "Hourly", "\u212aILLED", "\u2009", "\u3000"),
    )
)


def _parts(text: str) -> list[str]:
    return [text[i:j] for i in range(len(text) + 1) for j in range(i, len(text) + 1)]


@given(st.lists(_PIECES, max_size=14).map("".join))
@settings(max_examples=examples(400), deadline=None)
def test_the_first_looks_miss_nothing_the_full_patterns_find(quote: str) -> None:
    parts = _parts(quote)
    if any(_PERIOD_APART.search(p) for p in parts):
        assert _may_say_period(quote), quote
    if any(_WITHDRAWN_BEFORE.search(p) or _WITHDRAWN_AFTER.match(p) for p in parts):
        assert _may_take_back(quote), quote
    # and the full checks read whatever the first looks let through without an error ("daıly"
    # read as an adverb of a period the parser does not know was a KeyError)
    for value in ("300", "5"):
        period_apart_problem(value, quote)
        withdrawn_problem(value, quote)


# (quote, figure, refused by the period said apart, refused as taken back)
ROWS = [
    ("850 flights are usually operated each day", "850 flights", True, False),
    ("850 flights are usually operated EACH\u00a0DAY", "850 flights", True, False),
    ("some 600 migrants arrive on the island daily.", "some 600 migrants", True, False),
    ("850 flights were operated on Monday and in the three days since", "850 flights", False, False),
    ("the ministry withdrew its earlier figure of 300", "300", False, True),
    ("its toll of 300, which was later RETRACTED", "300", False, True),
    ("300 troops were brought back from Syria", "300 troops", False, False),
    # letters the case-blind patterns read as "i" and "s", which the quote lowered does not
    # hold as such: read by the patterns themselves ("daıly" is no period the parser knows)
    ("some 600 migrants arrive on the island da\u0131ly.", "some 600 migrants", False, False),
    ("the ministry w\u0131thdrew its earlier figure of 300", "300", False, True),
    ("the ministry re\u017fcinded its toll of 300", "300", False, True),
]  # fmt: skip


@pytest.mark.parametrize(("quote", "value", "apart", "taken_back"), ROWS)
def test_the_checks_behind_the_first_looks(
    quote: str, value: str, apart: bool, taken_back: bool
) -> None:
    assert (period_apart_problem(value, quote) is not None) is apart
    assert (withdrawn_problem(value, quote) is not None) is taken_back
    # a measure that names the period: its amounts are of that period
    assert period_apart_problem(value, quote, measure="daily-flights") is None
