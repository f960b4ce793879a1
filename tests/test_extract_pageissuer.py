"""Issue 25, extract26: the page's single issuer (extract/pageissuer.py). A page whose
figures come from one named survey, study, report or statistics release gives the figures
it tells in its own voice that issuer, always as a guess with a ``page_issuer`` record (the
review asks once whether they are the issuer's); a page with two issuers, or another source
of figures, gives none. Every page is written for these tests."""

from __future__ import annotations

from functools import lru_cache

import pytest

from claimtrack.extract import extract

# a survey named with its issuer in the lead, its findings told by the outlet, a reaction
# with no figure, and the outlet's own sum
SURVEY = (
    "Fewer savers trust their bank\n\n"
    "Only 41% of savers in Norland trust their bank, according to the Money Matters survey "
    "by research firm Ledgerline.\n\n"
    "Some 28% of savers moved their account in the past year.\n\n"
    "Asked about branch closures, 62% said they would rather keep a local branch.\n\n"
    '"Banks have to earn that trust back," said Priya Anand, who chairs a savers\' group.\n\n'
    "This means that about one saver in four has switched.\n"
)
# a statistics office's figures named by their issuer, then told in the outlet's voice
FIGURES = (
    "Figures published by the Norland Statistics Office show house sales fell to 8,200 in "
    "March.\n\n"
    "Sales of new homes made up 1,100 of them.\n\n"
    "The average home took 41 days to sell.\n"
)
# the same shapes, with a second issuer of figures
TWO_ISSUERS = FIGURES + "\nA survey by the Harbour Bank found 30% of buyers paid in cash.\n"
# ... with another source telling figures of its own
ANOTHER_SOURCE = FIGURES + "\nThe estate agents' body said 9,000 homes were listed in March.\n"
# ... with a source contesting them
CONTESTED = FIGURES + "\nThe builders' federation rejected the figures as too low.\n"
# figures told by the outlet with no named work or issuer
NO_WORK = "House sales in Norland fell to 8,200 in March.\n\nSales of new homes made up 1,100.\n"


@lru_cache(maxsize=8)
def by_figure(text: str) -> dict[str, tuple[str | None, str, str | None]]:
    """figure -> (speaker, how found, the page issuer's name) of its first candidate."""
    out: dict[str, tuple[str | None, str, str | None]] = {}
    for c in extract(text)[1]:
        if c.figures:
            issuer = c.page_issuer.name if c.page_issuer else None
            out.setdefault(c.figures[0].figure.text, (c.speaker, c.speaker_found, issuer))
    return out


@pytest.mark.parametrize(
    ("text", "figure", "issuer"),
    [
        (SURVEY, "Some 28% of savers", "Ledgerline"),  # the survey's findings, narrated
        (SURVEY, "62%", "Ledgerline"),  # the survey's answers ("62% said")
        (SURVEY, "four", None),  # the outlet's own reasoning ("This means")
        (SURVEY, "Only 41% of savers", None),  # attributed in its sentence: no question
        (FIGURES, "1,100 of them", "Norland Statistics Office"),
        (FIGURES, "41 days", "Norland Statistics Office"),
        (TWO_ISSUERS, "1,100 of them", None),  # two issuers compete
        (ANOTHER_SOURCE, "1,100 of them", None),  # another source tells figures
        (CONTESTED, "1,100 of them", None),  # a source contests the figures
        (NO_WORK, "1,100", None),  # no work named, no issuer
    ],
)  # fmt: skip
def test_the_page_issuer_of_figures_told_in_the_outlet_s_voice(
    text: str, figure: str, issuer: str | None
) -> None:
    speaker, how, named = by_figure(text)[figure]
    assert named == issuer, by_figure(text)
    if issuer is not None:  # always a guess, the issuer as speaker
        assert speaker == issuer and how.startswith("guess:"), how


def test_the_page_issuer_record_says_why() -> None:
    c = next(c for c in extract(SURVEY)[1] if c.page_issuer is not None)
    assert c.record("s", outlet="Paper")["extract"]["page_issuer"] == {
        "name": "Ledgerline",
        "work": "survey",
        "paragraph": 2,
        "start": SURVEY.index("survey by"),
        "why": "the survey named in paragraph 2; no other source tells figures on the page",
    }
