"""Issue 25, extract44: an amount restated in a currency the sentence does not name, and a
bare noun ("the fund") never given to a well-known body of another kind by its initials.
Every text here is written for these tests."""

from __future__ import annotations

import pytest

from claimtrack.extract import extract
from claimtrack.extract.figurespans import read_figures


def _read(text: str) -> tuple[list[str], list[str]]:
    got, refused = read_figures(text, 0, len(text))
    return [text[f.start : f.end] for f in got], [r.text for r in refused]


@pytest.mark.parametrize(
    ("text", "read", "refused"),
    [
        # refused: a bare number restating money in a currency not named
        (
            "Donors gave 2.5 billion yuan, or about 350 million, in total.",
            ["2.5 billion yuan"],
            ["about 350 million"],
        ),
        ("The EU pledged €500m (about 550 million) on Monday.", ["€500m"], ["about 550 million"]),
        ("It cost £3bn, equivalent to 3.6 billion, in all.", ["£3bn"], ["3.6 billion"]),
        # near-misses: the restatement names its currency; the number after is no restatement
        # (its conversion into a named currency is a note of the first since extract50)
        ("The EU pledged €500m (about $550 million) on Monday.", ["€500m"], []),
        ("The fund paid $40m to 1,200 families.", ["$40m", "1,200 families"], []),
        (
            "It paid 2.5 billion yuan, and 40 people were hired.",
            ["2.5 billion yuan", "40 people"],
            [],
        ),
        ("It cost $5m, or 20% of the budget.", ["$5m", "20%"], []),
        ("He paid 40 dollars for 3 tickets.", ["40 dollars", "3 tickets"], []),
        ("He paid $40 for 3, she said.", ["$40", "3"], []),
        (
            "About 1.2 million people, or 40 percent, voted.",
            ["About 1.2 million people", "40 percent"],
            [],
        ),
    ],
)
def test_a_restatement_in_an_unnamed_currency_is_refused(
    text: str, read: list[str], refused: list[str]
) -> None:
    assert _read(text) == (read, refused)


def test_the_refused_conversion_is_shown_on_its_candidate() -> None:
    _, cands = extract("Donors said they had given 2.5 billion yuan, or about 350 million.\n")
    assert [c.refused[0].text for c in cands if c.refused] == ["about 350 million"]
    assert all(f.figure.dimension != "count" for c in cands for f in c.figures)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the EU spoke last: "the fund" is no union, so it is not the EU
        (
            "The EU pledged €500m, a spokesman said. The fund said it had paid out 40 million "
            "of it.\n",
            "fund",
        ),
        # the IMF is a fund: "the fund" after it is the IMF
        (
            "The IMF pledged $500m, a spokesman said. The fund said it had paid out $40m of it.\n",
            "IMF",
        ),
        # the WHO is an agency
        (
            "The WHO said 300 cases were reported. The agency said 12 people had died.\n",
            "WHO",
        ),
    ],
)
def test_a_bare_noun_and_well_known_initials(text: str, speaker: str) -> None:
    _, cands = extract(text)
    second = [
        c for c in cands if c.quote.startswith("The fund") or c.quote.startswith("The agency")
    ]
    assert second and all(c.speaker == speaker for c in second), [
        (c.quote, c.speaker, c.speaker_found) for c in second
    ]


def test_add_refuses_the_restatement_as_extract_does(ct) -> None:
    quote = "Donors said they had given 2.5 billion yuan, or about 350 million, in total."
    base = ("add", "aid", "--new", "--claimant", "Donors", "--quote", quote)
    refused = ct(*base, "--figure", "about 350 million", "--measure", "aid")
    assert refused.exit_code == 2
    assert "restates the quote's '2.5 billion yuan'" in refused.output
    stored = ct(*base, "--figure", "about 350 million", "--measure", "aid", "--paraphrase")
    assert stored.exit_code == 0, stored.output
