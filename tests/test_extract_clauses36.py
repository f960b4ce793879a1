"""Issue 25, extract36: two speakers in one sentence, each figure to its own clause's source.

``extract/clauses.py`` cuts a sentence into clauses of attribution (", while", ", but", "; ",
", whereas", ", although", a comment ", a figure Y disputed", a relative ", which Y claims",
"and" before a new subject and its own verb of speech) and reads each clause's own frame;
``candidates.py`` gives a figure the source of the clause that holds it. Every sentence here is
written for these tests (none is copied from an article)."""

from __future__ import annotations

import pytest

from claimtrack.extract.clauses import frame, holding, split
from claimtrack.extract.text import Span

from conftest import extract_rows


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ana Cruz said the toll was 40, while Tom Reed put it at 60.",
            [
                ("main", "Ana Cruz said the toll was 40", "Ana Cruz"),
                ("contrast", "Tom Reed put it at 60", "Tom Reed"),
            ],
        ),
        (
            "Ana Cruz said the toll was 40 whereas Tom Reed said 60.",
            [
                ("main", "Ana Cruz said the toll was 40", "Ana Cruz"),
                ("contrast", "Tom Reed said 60", "Tom Reed"),
            ],
        ),
        (
            "Ana Cruz estimated 3,000, a figure Tom Reed disputed.",
            [
                ("main", "Ana Cruz estimated 3,000", "Ana Cruz"),
                ("comment", "Tom Reed disputed", "Tom Reed"),
            ],
        ),
        (
            "The ministry said 40 died, a toll that the Red Crescent rejected as too low.",
            [
                ("main", "The ministry said 40 died", "ministry"),
                ("comment", "the Red Crescent rejected as too low", "Red Crescent"),
            ],
        ),
        (
            "According to Ana Cruz, 200 were hurt, but the hospital said 150.",
            [
                ("main", "According to Ana Cruz, 200 were hurt", "Ana Cruz"),
                ("contrast", "the hospital said 150", "hospital"),
            ],
        ),
        (
            "Police counted 2,000; the organisers said 9,000.",
            [
                ("main", "Police counted 2,000", "Police"),
                ("contrast", "the organisers said 9,000", "organisers"),
            ],
        ),
        (
            "Tom Reed, who said 40 died, was contradicted by the Red Cross, which put it at 55.",
            [
                ("main", "Tom Reed", None),
                ("relative", "said 40 died", "Tom Reed"),
                ("resumed", "was contradicted by the Red Cross", None),
                ("relative", "put it at 55", "Red Cross"),
            ],
        ),
        (
            "The jobless rate is 5.3%, which the government claims is low.",
            [
                ("main", "The jobless rate is 5.3%", None),
                ("relative", "the government claims is low", "government"),
            ],
        ),
        (
            "The Treasury rejected the figure and a minister, Tom Reed, said it was absurd.",
            [
                (
                    "main",
                    "The Treasury rejected the figure and a minister, Tom Reed, said it was absurd",
                    "Treasury",
                )
            ],
        ),  # a comma in the new subject: no "and" boundary (the clause keeps one frame)
        (
            "The Treasury rejected the figure and an education minister said it was absurd.",
            [
                ("main", "The Treasury rejected the figure", "Treasury"),
                ("and", "an education minister said it was absurd", "education minister"),
            ],
        ),
        (
            "Sales rose and profits fell by 12%.",
            [("main", "Sales rose and profits fell by 12%", None)],
        ),  # "and" with no verb of speech after it: no boundary
        (
            'Ana Cruz said "40 died, while 60 were hurt" on Monday.',
            [("main", 'Ana Cruz said "40 died, while 60 were hurt" on Monday', "Ana Cruz")],
        ),  # a boundary inside a quotation is none
        (
            "Ana Cruz said 40 died, but she later put the toll at 55.",
            [
                ("main", "Ana Cruz said 40 died", "Ana Cruz"),
                ("contrast", "she later put the toll at 55", None),
            ],
        ),  # a pronoun: a frame with no name
    ],
)
def test_split_and_frames(text: str, want: list[tuple[str, str, str | None]]) -> None:
    quotes = []
    if '"' in text:
        a = text.index('"') + 1
        quotes = [Span(a, text.index('"', a))]
    span = Span(0, len(text))
    got = []
    for c in split(text, span, quotes):
        fr = frame(text, c, quotes, span)
        got.append((c.kind, text[c.start : c.end].strip(" ."), fr.who if fr else None))
    assert got == want


def test_holding_gives_the_boundary_words_to_the_clause_after() -> None:
    text = "Ana Cruz said 40, while Tom Reed said 60."
    parts = split(text, Span(0, len(text)), [])
    assert holding(parts, text.index("40")) is parts[0]
    assert holding(parts, text.index("while")) is parts[1]
    assert holding(parts, text.index("60")) is parts[1]


def _by_figure(text: str) -> dict[str, tuple[str | None, bool]]:
    """figure -> (speaker, marked a guess) of each figure candidate of ``text``."""
    return {fig: (who, "guess:" in how) for who, _, fig, how in extract_rows(text) if fig}


def _stances(text: str) -> list[str | None]:
    return [who for who, _, fig, _ in extract_rows(text) if not fig]


@pytest.mark.parametrize(
    ("text", "figure", "speaker", "guess"),
    [
        # each figure to the source of its own clause
        ("Ana Cruz said the toll was 40, while Tom Reed put it at 60.", "60", "Tom Reed", False),
        ("Ana Cruz said the toll was 40, while Tom Reed put it at 60.", "40", "Ana Cruz", False),
        ("Tom Reed said 40 died, whereas the Red Cross said 55.", "55", "Red Cross", False),
        ("According to Ana Cruz, 200 were hurt, but Tom Reed said 150.", "150", "Tom Reed", False),
        ("According to Ana Cruz, 200 were hurt, but Tom Reed said 150.", "200", "Ana Cruz", False),
        (
            "Although Tom Reed said 40 died, the Red Cross put the toll at 55.",
            "55",
            "Red Cross",
            False,
        ),
        # "claimed to have" is speech, not a passive: the troops' figure
        (
            "Rebels killed two soldiers, their spokesman Ana Cruz said, while the army claimed "
            "to have killed 10 rebels.",
            "10 rebels",
            "army",
            True,  # a description, marked as one
        ),
        # a figure the sentence gives to X and Y disputes is X's
        ("Ana Cruz estimated 3,000, a figure Tom Reed disputed.", "3,000", "Ana Cruz", False),
        (
            "Up to 2,000 jobs will go, the unions told MPs, a figure the firm called wrong.",
            "Up to 2,000 jobs",
            "unions",
            True,
        ),
        ("Ana Cruz's figure of 12 was rejected by Tom Reed.", "12", "Ana Cruz", False),
        ("Ana Cruz's figure of 12, which Tom Reed rejected, stands.", "12", "Ana Cruz", False),
    ],
)
def test_each_figure_to_its_clause(text: str, figure: str, speaker: str, guess: bool) -> None:
    got = _by_figure(text)
    assert got.get(figure) == (speaker, guess), got


@pytest.mark.parametrize(
    "text",
    [
        "The jobless rate stands at 5.3%, which the government claims is historically low.",
        "Rivera won 6,180 votes to 4,250 for Cole, a difference that analysts said was huge.",
        "Rivera won 6,180 votes to 4,250 for Cole, a margin that analysts called a landslide.",
    ],
)
def test_a_comment_after_a_clause_with_no_source_is_no_source_of_its_figure(text: str) -> None:
    """The figure's clause has no frame; the only source comments on it after it: nobody
    (the review asks), never the commentator."""
    figs = _by_figure(text)
    assert figs and all(who is None for who, _ in figs.values()), figs


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Ana Cruz estimated 3,000, a figure Tom Reed disputed.", "Tom Reed"),
        ("The ministry said 40 people died, a toll the Red Crescent rejected.", "Red Crescent"),
        (
            "The rebels said they killed 30 soldiers, but an army spokesman, Tom Reed, denied "
            "suffering any losses.",
            "Tom Reed",
        ),
        (
            "The Treasury rejected the figures and an education minister said the claims "
            "were absurd.",
            "education minister",
        ),
        (
            "The jobless rate stands at 5.3%, which the government claims is historically low.",
            "government",
        ),
        # (until extract36 the firm's comment was no candidate: only the unions spoke)
        ("Up to 2,000 jobs will go, the unions told MPs, a figure the firm called wrong.", "firm"),
        (
            "Ethiopia on Monday rebuffed a rebel group's claim it had killed 215 soldiers.",
            "Ethiopia",
        ),
    ],
)
def test_a_clause_of_another_source_is_its_stance(text: str, stance: str) -> None:
    """Y's stance on what X said is a stance candidate of Y's, not a figure claim of Y's."""
    assert stance in _stances(text), extract_rows(text)
    assert all(who != stance for who, _ in _by_figure(text).values()), extract_rows(text)


@pytest.mark.parametrize(
    ("text", "figure", "speaker"),
    [
        # a frame closing the sentence covers all of it, the clause after "but" too
        (
            "Prosecutors said Ray Cole stole $47,000 from the fund, but has repaid $22,000, "
            "the Daily Ledger reported.",
            "$22,000",
            "Prosecutors",
        ),
        # a pronoun's clause is the same speaker's
        ("Ana Cruz said 40 died, but she later put the toll at 55.", "55", "Ana Cruz"),
        # a relative clause with no source of its own inside the speaker's sentence
        (
            "Ana Cruz said the charity, which runs 400 food banks, handed out 1.1 million parcels.",
            "400 food banks",
            "Ana Cruz",
        ),
    ],
)
def test_one_source_stays_unmarked(text: str, figure: str, speaker: str) -> None:
    assert _by_figure(text).get(figure) == (speaker, False), extract_rows(text)


def test_a_clause_without_a_frame_beside_another_source_is_a_guess() -> None:
    """The figure's clause has no frame of its own and another clause names another source:
    the sentence's source, marked as a guess."""
    text = "Ana Cruz said 40 people died, while Tom Reed disputed the count; 12 were missing."
    got = _by_figure(text)
    assert got["12"] == ("Ana Cruz", True), got


@pytest.mark.parametrize(
    ("text", "figure", "speaker"),
    [
        # ", as" + a clause of what goes on meanwhile, after a frame that closes what was
        # said: the outlet's background
        (
            "The toll rose to 111, Ram Das told parliament on Tuesday, as rescuers continue "
            "to search for 30 people.",
            "30 people",
            None,
        ),
        (
            "The toll rose to 111, Ram Das said, as floods closed 12 roads.",
            "12 roads",
            None,
        ),
        # the figure the closing frame gave stays its speaker's
        (
            "The toll rose to 111, Ram Das told parliament on Tuesday, as rescuers continue "
            "to search for 30 people.",
            "111",
            "Ram Das",
        ),
        # "as many as" is a hedge, not a clause; "as" inside what was said is no background
        ("Ram Das said 40 died, as many as 12 in one village.", "as many as 12", "Ram Das"),
        (
            "Ram Das said that as the water rose, 40 families were moved.",
            "40 families",
            "Ram Das",
        ),
    ],
)
def test_as_after_a_closing_frame_is_the_outlets(
    text: str, figure: str, speaker: str | None
) -> None:
    assert _by_figure(text).get(figure, ("?", False))[0] == speaker, extract_rows(text)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "The ruling party won 60 seats, the commission said, while the opposition cried foul.",
            "opposition",
        ),
        ("Ram Das said 40 died, but officials disagreed.", "officials"),
    ],
)
def test_a_stance_with_nothing_after_it_in_its_own_clause(text: str, stance: str) -> None:
    """A stance verb with nothing after it tells a stance on what the clause before gave."""
    assert stance in _stances(text), extract_rows(text)


def test_a_sentence_of_a_bare_stance_is_still_no_claim() -> None:
    """On its own, "Officials disagreed." tells only that someone spoke (cues.py)."""
    assert extract_rows("Officials disagreed.") == []
