"""Issue 25, session 39 (found on the held-back set 193-198 after it was measured): a person
named again only by age ("The 62-year-old claimed ...") was proposed as the speaker
"62-year-old"; and "the results" after a person who speaks for no body went to that person as
sure, though results and figures are most often a body's. Sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import extract_rows

rows = extract_rows  # (speaker, claimant, first figure or '', how found) per candidate

_LEAD = (
    "The main opposition candidate, Kofi Mensah, has rejected the results of the vote.\n\n"
    "Mr Mensah said the count had been rigged.\n\n"
)


# a person named again by age alone: the person of that age named before when there is one
# (sure), else the last person who spoke, said to be a guess
@pytest.mark.parametrize(
    ("text", "speaker", "guess"),
    [
        (_LEAD + "The 62-year-old claimed his party had won 140 seats.", "Kofi Mensah", True),
        ("Kofi Mensah, 62, rejected the results of the vote.\n\nAda Obi, the party's chair, "
         "said little.\n\nThe 62-year-old claimed his party had won 140 seats.", "Kofi Mensah",
         False),
        (_LEAD + "The 62-year-old man claimed his party had won 140 seats.", "Kofi Mensah", True),
    ],
)  # fmt: skip
def test_a_person_named_again_by_age(text: str, speaker: str, guess: bool) -> None:
    (got,) = [r for r in rows(text) if r[2]]
    assert got[0] == speaker, rows(text)
    assert ("guess:" in got[3]) is guess, rows(text)


def test_an_age_never_stands_for_a_body_or_a_firm_of_that_age() -> None:
    text = (
        "The Harbour Board said the dock was safe.\n\n"
        "The 150-year-old firm said it had sold 40 boats."
    )
    (got,) = [r for r in rows(text) if r[2]]
    assert got[0] != "The Harbour Board" and "Harbour" not in (got[1] or ""), rows(text)


# "the results", "the figures" after a person who speaks for no body: that person, a guess;
# after a body's spokesperson, the body as before (sure)
@pytest.mark.parametrize(
    ("text", "claimant", "guess"),
    [
        (_LEAD + "The results showed the ruling party had won 51.6% of the vote.", "Kofi Mensah",
         True),
        (_LEAD + "The figures showed 12,000 ballots had been spoiled.", "Kofi Mensah", True),
        ("A spokesman for the Electoral Commission, Sam Odu, said the count was over.\n\n"
         "The results showed the ruling party had won 51.6% of the vote.", "Electoral Commission",
         False),
    ],
)  # fmt: skip
def test_a_bodys_results_after_a_person_are_a_guess(text: str, claimant: str, guess: bool) -> None:
    (got,) = [r for r in rows(text) if r[2]]
    assert claimant in (got[1] or ""), rows(text)
    assert ("guess:" in got[3]) is guess, rows(text)
