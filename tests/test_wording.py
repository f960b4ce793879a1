"""wording.inline_figure: a figure as written, inside a sentence of prose."""

from __future__ import annotations

import pytest

from claimtrack.wording import inline_figure


@pytest.mark.parametrize(
    ("value", "inline"),
    [
        ("Sixteen people", "sixteen people"),  # a number word that opened its sentence
        ("Thousands", "thousands"),
        ("Nearly 180", "nearly 180"),
        ("About 4,000 people", "about 4,000 people"),
        ("More than 2,600", "more than 2,600"),
        ("A few dozen", "a few dozen"),
        ("At least 90", "at least 90"),
        ("Up to 150", "up to 150"),
        ("Between 20 and 30", "between 20 and 30"),
        ("Tens of thousands", "tens of thousands"),
        # left as written: currencies, codes, names, figures already in lower case or digits
        ("Rs 500 crore", "Rs 500 crore"),
        ("Dh1.3 billion", "Dh1.3 billion"),
        ("US$5 million", "US$5 million"),
        ("USD 5 million", "USD 5 million"),
        ("NATO estimates", "NATO estimates"),
        ("Raqqa 250", "Raqqa 250"),
        ("sixteen people", "sixteen people"),
        ("250", "250"),
        ("3,500 family members", "3,500 family members"),
        ("", ""),
    ],
)
def test_inline_figure(value: str, inline: str) -> None:
    assert inline_figure(value) == inline
