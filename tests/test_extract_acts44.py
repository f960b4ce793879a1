"""Issue 25, session 44 (lead): two verbs of speech in uses that say nothing, found on the
unseen set 223-228 (every text here is written for these tests; none is copied):

* a reply by an act: "Police responded with tear gas", "troops reacted by firing" tell what
  was done, by the outlet; "responded with a statement saying", "replied by saying" are words;
* a participle of judgement between a possessive (or an article, and an adverb) and its noun
  is an adjective: "the president's widely condemned war on drugs" has nobody condemning it
  in the sentence; "Rights groups condemned the killings" keeps its frame."""

from __future__ import annotations

import pytest

from conftest import extract_rows

CRACKDOWN = "The count of those killed in the president's widely condemned crackdown reached 5,500."
AMNESTY = "Amnesty International criticised the raids, saying 120 people were held."


def _speaker(text: str, figure: str) -> str | None:
    return next(who for who, _, fig, _ in extract_rows(text) if fig.startswith(figure))


@pytest.mark.parametrize(
    ("text", "figure", "speaker"),
    [
        # acts: nobody speaks, the outlet tells it
        (
            "Police responded with tear gas, which set off a crush that killed 12 people.",
            "12",
            None,
        ),
        ("Troops reacted by firing on 200 marchers near the bridge.", "200", None),
        ("The guards retaliated with rubber bullets, wounding 35 inmates.", "35", None),
        ("Firefighters answered with water cannon as 400 people fled.", "400", None),
        # words: the reply is what was said
        ("The mayor replied by saying 15 people were hurt.", "15", "mayor"),
        ("The ministry responded that 300 people had been arrested.", "300", "ministry"),
        ("The agency responded with figures showing 2,000 homes were lost.", "2,000", "agency"),
        ("The coach countered that 60 percent of fans backed him.", "60", "coach"),
    ],
)
def test_a_reply_by_an_act_is_no_speech(text: str, figure: str, speaker: str | None) -> None:
    assert _speaker(text, figure) == speaker


@pytest.mark.parametrize(
    ("text", "figure", "speaker"),
    [
        # an adjective: nobody in the sentence speaks
        (CRACKDOWN, "5,500", None),
        ("The party's much criticised plan would cut 4,000 jobs.", "4,000", None),
        ("Its long touted factory employs 900 people.", "900", None),
        # a frame: the subject condemned, praised, criticised
        ("Rights groups condemned the killing of 30 activists.", "30", "Rights groups"),
        (AMNESTY, "120", "Amnesty International"),
        ("The widely praised rescue saved 80 miners, the company said.", "80", "company"),
    ],
)
def test_a_participle_of_judgement_before_its_noun_is_an_adjective(
    text: str, figure: str, speaker: str | None
) -> None:
    assert _speaker(text, figure) == speaker
