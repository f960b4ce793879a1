"""A range of pence glued to their numbers ("45p-161.8p") is read whole, never its first end
alone as an exact price: found by the review's price property (tests/test_review25.py, a rare
draw: "prices fell 5p to 45p-161.8p" proposed "45p", and a user who typed the range stored
what the card had never read). A dash after a glued "p" joins the range as it does after a
digit ("45-161"). Sentences of our own."""

from __future__ import annotations

import pytest

from test_extract_figurespans31 import _read


@pytest.mark.parametrize(
    ("text", "read", "refused"),
    [
        ("Petrol cost 45p-161.8p on Tuesday.", [("45p-161.8p", 45, 161.8)], []),
        ("Prices fell 5p to 45p-161.8p.", [("5p", 5, 5), ("45p-161.8p", 45, 161.8)], []),
        ("Duty rose 5p-10p a litre, the AA said.", [("5p-10p", 5, 10)], []),
        ("A stamp costs 45p-50p now.", [("45p-50p", 45, 50)], []),
        # near misses: one price stays one price; a word hyphenated after it is no range's end
        # (values in the units written: pence, as the parser keeps them beside their factor)
        ("Petrol cost 45p on Tuesday.", [("45p", 45, 45)], []),
        ("It was a 5p-a-litre cut.", [("5p-a-litre", 5, 5)], []),
        # a video resolution's pair is refused at both ends, never read as pence
        ("It records in 1080p-720p mode.", [], ["1080p", "720p"]),
    ],
)
def test_a_pence_range_is_read_whole(text, read, refused) -> None:
    assert _read(text) == (read, refused)
