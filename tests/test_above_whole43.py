"""A percentage above the whole keeps the hedge reached back for, as any figure does (found by
test_review24's property test after review26 and extract42 met in session 43)."""

from __future__ import annotations

import pytest

from claimtrack.extract.figurespans import ABOVE_WHOLE, read_figures


@pytest.mark.parametrize(
    ("text", "read", "hedge"),
    [
        ("Profit fell 2 per cent to approaching 130,000%.", "approaching 130,000%", "nearly"),
        ("Inflation reached nearly 211.4%.", "nearly 211.4%", "nearly"),
        ("Inflation reached 211.4%.", "211.4%", None),
        # "up to" after "was" (a cap or a level reached) keeps its mark of a rate as well
        ("The fine was up to 130,000% more than last year.", "up to 130,000%", "up to"),
    ],
)
def test_a_rate_above_the_whole_keeps_its_hedge(text: str, read: str, hedge: str | None) -> None:
    got, refused = read_figures(text, 0, len(text))
    above = [f for f in got if f.note == ABOVE_WHOLE]
    assert [(text[f.start : f.end], f.figure.hedge) for f in above] == [(read, hedge)]
    assert refused == []
