"""claimtrack.caveats: which figures' quotes may say the count was revised from them, read
without the report module (whose ``revised_from`` decides: it never says more than this)."""

from __future__ import annotations

import pytest

from claimtrack.caveats import may_say_revised
from claimtrack.report import revised_from


@pytest.mark.parametrize(
    ("value", "quote", "may"),
    [
        ("40", "the crew lowered its count of those rescued from 40 to 31", True),
        ("833", "estimates ran to 833 before officials settled on 471", True),
        ("many hundreds", "many hundreds of fighters escaped from the city", False),
        ("12", "12 people were taken from the water", False),
        ("12", "nobody gave a count", False),
    ],
)
def test_a_quote_may_say_its_figure_was_revised(value: str, quote: str, may: bool) -> None:
    record = {"kind": "figure", "value": value, "quote": quote}
    assert may_say_revised(record) is may
    assert not revised_from(record) or may  # never a line this module would not read
