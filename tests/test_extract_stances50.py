"""No stance card beside the figure cards of its own sentence that says nothing they do not
(extract50, issue 25): the outlet's narration beside the outlet's figures, and a speaker who
agrees to, confirms or admits the figure that is the speaker's own card. Near misses that ARE
stances keep their card: a doubt or a denial, "agreed with" someone, another speaker's
figure, the speaker's own words in quotation marks. Sentences of our own."""

from __future__ import annotations

import pytest

from claimtrack.extract import extract


def _cards(text: str) -> list[tuple[str | None, list[str]]]:
    _, cands = extract(text + "\n")
    return [(c.speaker, [f.figure.text for f in c.figures]) for c in cands]


@pytest.mark.parametrize(
    ("text", "cards"),
    [
        # a confirming, agreeing or admitting speaker's own figure: the figure card alone
        (
            "The Ministry of Health confirms 39 measles deaths have been recorded to date.",
            [("Ministry of Health", ["39 measles deaths"])],
        ),
        (
            "The Harbour Trust admitted that 23 redundancy notices were issued.",
            [("Harbour Trust", ["23 redundancy notices"])],
        ),
        # the outlet's act told, its figures the outlet's: no stance card of nobody
        (
            "Patterson also admitted to stealing $601 from another client.",
            [(None, ["$601"])],
        ),
    ],
)
def test_no_stance_card_that_adds_nothing(
    text: str, cards: list[tuple[str | None, list[str]]]
) -> None:
    assert _cards(text) == cards


@pytest.mark.parametrize(
    ("text", "stance_of"),
    [
        # near misses: a stance of its own beside the figure
        ("A federal jury agreed with 40 workers who said their rights were violated.", "jury"),
        ("The army confirmed 12 soldiers died but denied that 40 civilians were killed.", "army"),
        ("The Harbour Trust disputed a report that 300 jobs would go.", "Harbour Trust"),
        ("The Harbour Trust confirmed 300 jobs would go, but not before May.", "Harbour Trust"),
    ],
)
def test_a_stance_beside_a_figure_is_kept(text: str, stance_of: str) -> None:
    assert any(
        not figures and who is not None and stance_of in who for who, figures in _cards(text)
    ), _cards(text)
