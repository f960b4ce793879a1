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


def test_a_relayers_card_goes_and_its_name_stays_on_the_figure_cards() -> None:
    text = "Council chief Ana Ruiz said the health office reported 1,400 dengue cases.\n"
    _, cands = extract(text)
    assert [(c.speaker, [f.figure.text for f in c.figures]) for c in cands] == [
        ("health office", ["1,400 dengue cases"])
    ]
    assert cands[0].speaker_found.endswith("; relayed by 'Ana Ruiz'")


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
        # a work relayed inside what the speaker said: the figure is the speaker's, citing
        # the work (extract49), so a stance card of the speaker beside it adds nothing
        (
            "Ana Ruiz said the Kestrel report showed 300 jobs had gone.",
            [("Ana Ruiz", ["300 jobs"])],
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
        # a relay with the relayer's own words keeps its card
        ('Ana Ruiz said the office reported 300 cases, "far too many".', "Ana Ruiz"),
        # ... and so does a source further in than what the relayer said opens with
        # (session 45: the relayer's own claim)
        (
            "The Tarn Herald says the survey matches a medical letter published in May that"
            " estimated between 80 and 95 deaths.",
            "Tarn Herald",
        ),
    ],
)
def test_a_stance_beside_a_figure_is_kept(text: str, stance_of: str) -> None:
    assert any(
        not figures and who is not None and stance_of in who for who, figures in _cards(text)
    ), _cards(text)
