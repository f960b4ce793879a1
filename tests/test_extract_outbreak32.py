"""Issue 25, extract32: what a run on an outbreak story found (docs/extract.md, "A run on an
outbreak story"): a dateline's agency after an abbreviated state, a body's name written with
's, a notice whose issuer is named. Every sentence is written for these tests (none is copied
from an article)."""

from __future__ import annotations

import pytest

from claimtrack.extract import extract
from claimtrack.extract.naming import whole_name

from conftest import extract_rows


@pytest.mark.parametrize(
    "text",
    [
        "Wells tested\n\nSPRINGFIELD, Ill. (WXYZ) - The county health board said 12 people fell ill.",
        "Wells tested\n\nDOVER, Del. (KTTV) — The county health board said 12 people fell ill.",
    ],
)
def test_a_datelines_agency_stays_with_its_dateline(text: str) -> None:
    quotes = [c.quote for c in extract(text)[1]]
    assert quotes, text
    assert all(not q.startswith("(") for q in quotes), quotes
    assert quotes[0].endswith("The county health board said 12 people fell ill."), quotes


@pytest.mark.parametrize(
    ("reading", "name", "whole"),
    [
        ("Wendell's said the buns were safe. A Wendell's spokesperson agreed.", "Wendell", "Wendell's"),
        ("The buns, a Wendell’s spokesperson said, are safe. Wendell’s has shut 40 shops.", "Wendell", "Wendell’s"),
        ("Wendell's, which sells buns, shut 40 shops. A Wendell's spokesperson agreed.", "Wendell", "Wendell's"),
        # the bare name is written too: the 's is a possessive
        ("Kenya's minister said so. Kenya said it would not.", "Kenya", None),
        # no place where a possessive cannot stand: left as it is
        ("Kenya's minister said so. Kenya's roads are bad.", "Kenya", None),
        ("Wendell's spokesperson said so.", "", None),
    ],
)  # fmt: skip
def test_a_name_written_with_s_stays_whole(reading: str, name: str, whole: str | None) -> None:
    assert whole_name(reading, name) == whole


@pytest.mark.parametrize(
    ("text", "speaker", "claimant"),
    [
        (
            "Wendell's said the buns were safe. The buns are baked daily, a Wendell's "
            "spokesperson said.",
            "Wendell's spokesperson",
            "Wendell's",
        ),
        (
            "Kenya's minister said 5 people died. Kenya's roads are bad.",
            "Kenya's minister",
            "Kenya",
        ),
        (
            "Shops pulled the greens, according to a notification from wholesaler Brightfield Foods.",
            "Brightfield Foods",
            "Brightfield Foods",
        ),
        (
            "Shops pulled the greens on Monday, according to a notice from Brightfield Foods.",
            "Brightfield Foods",
            "Brightfield Foods",
        ),
        (
            "Shops pulled the greens, according to an advisory from the Harbour Board.",
            "Harbour Board",
            "Harbour Board",
        ),
    ],
)
def test_the_speaker_is_written_as_the_page_writes_it(
    text: str, speaker: str, claimant: str
) -> None:
    rows = extract_rows(text)
    assert (rows[-1][0], rows[-1][1]) == (speaker, claimant), rows
