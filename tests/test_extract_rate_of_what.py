"""A rate whose unit names what is counted before its period ("12,000 barrels of oil per day",
"400 tonnes of grain a day", "300 tonnes of steel daily") is read whole as the rate: the unit
words stopped at "of", so the period stood apart from "12,000 barrels" and the figure was
refused as an amount per period (found on the held-back set 229-234 after it was measured:
an oil spill's flow estimate was refused, never proposed). Near misses: "of X" with no period
after it, a period that is a time ("a day later"), "per" of no period. Sentences of our own."""

from __future__ import annotations

import pytest

from test_extract_figurespans31 import _read


@pytest.mark.parametrize(
    ("text", "read", "refused"),
    [
        (
            "Between 12,000 and 19,000 barrels of oil per day leaked, a federal group said.",
            [("Between 12,000 and 19,000 barrels of oil per day", 12000, 19000)],
            [],
        ),
        (
            "Some 400 tonnes of grain a day reached the port, officials said.",
            [("Some 400 tonnes of grain a day", 360, 440)],
            [],
        ),
        (
            "The plant made 300 tonnes of steel daily, the firm said.",
            [("300 tonnes of steel daily", 300, 300)],
            [],
        ),
        # near misses
        ("It exported 12,000 barrels of oil in 2019.", [("12,000 barrels", 12000, 12000)], []),
        (
            "300 barrels of oil were spilled a day later, the coastguard said.",
            [("300 barrels", 300, 300)],
            [],
        ),
        ("They found 40 bags of rice per family, the agency said.", [("40 bags", 40, 40)], []),
        ("850 flights are operated by the airline each day.", [], ["850 flights"]),
    ],
)
def test_a_rate_of_what_is_counted_is_read_whole(text, read, refused) -> None:
    assert _read(text) == (read, refused)
