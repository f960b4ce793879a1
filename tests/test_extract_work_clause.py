"""A figure in the clause of a work ("the Herald says the survey matches a paper out in May
which put the dead at 80 to 95"): the estimate is the work's,
which the sentence's speaker only relays, and the work's authors are not named, so the figure
goes to the work as a marked guess, never to the relaying speaker as a confident source (found
on the held-back set 229-234 after it was measured: the broadcaster that reported the study
was the confident speaker of the letter's range). Near misses: a work owned by a name or a
pronoun is left to the owner's rules; a figure outside the work's clause stays the speaker's.
Sentences of our own."""

from __future__ import annotations

import pytest

from claimtrack.extract import extract


def _figure_speakers(text: str) -> list[tuple[str | None, bool, str]]:
    _, cands = extract(text)
    return [
        (c.speaker, "guess:" in (c.speaker_found or ""), c.figures[0].figure.text)
        for c in cands
        if c.figures
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Tarn Herald says the survey matches a medical letter published in May that "
            "estimated between 80 and 95 deaths.",
            [("medical letter", True, "between 80 and 95 deaths")],
        ),
        # the work nearest the clause, not the first one of the sentence
        (
            "The Tarn Herald reports the study is like a report published in May that "
            "estimated 300 people died.",
            [("report", True, "300 people")],
        ),
        # a comma before "which"
        (
            "Ann Lee said the report, which found 300 deaths, was wrong.",
            [("report", True, "300 deaths")],
        ),
        # near misses: a work its speaker owns, a figure outside the work's clause
        (
            "The Kestrel ministry said its report, which found 300 deaths, was final.",
            [("Kestrel ministry", False, "300 deaths")],
        ),
        (
            "Police said the study that found 300 deaths was wrong, and 40 were injured.",
            [("study", True, "300 deaths"), ("Police", True, "40")],
        ),
        ("Ann Lee said 40 homes were lost in the storm.", [("Ann Lee", False, "40 homes")]),
        # a work the sentence's subject released is its own, left to the rules before
        (
            "The Harbour Institute released a study that put deaths at 900.",
            [("Harbour Institute", False, "900")],
        ),
    ],
)
def test_a_figure_in_a_works_clause(text: str, want: list) -> None:
    assert _figure_speakers(text) == want


def _figure_found(text: str) -> list[tuple[str | None, str]]:
    _, cands = extract(text)
    return [(c.speaker, c.speaker_found or "") for c in cands if c.figures]


@pytest.mark.parametrize(
    ("text", "speaker", "marked"),
    [
        # a named work cited by the sentence's speaker, subject of a verb of showing: the
        # speaker relays it (the pronoun's referent), the work is the cited origin (extract49)
        (
            "Figures published by the Tarn Statistics Office showed crime falling.\n\nIt said "
            "the Kestrel Crime Survey showed 80% of adults had not been victims.",
            "Tarn Statistics Office",
            False,
        ),
        ("Ann Lee said the audit showed 40 schools had closed.", "Ann Lee", False),
        # a work in a clause of its own, or one the speaker disputes: still the work's, marked
        ("Ann Lee spoke as the audit showed 40 schools had closed.", "audit", True),
        # near misses: a second speaker that is no work, and a work's own sentence
        (
            "Ann Lee said 5,000 marched, while the Tarn Police said 2,000 attended.",
            "Tarn Police",
            False,
        ),
        ("The Tarn Statistics Office said 40 schools had closed.", "Tarn Statistics Office", False),
    ],
)
def test_a_cited_work_is_a_marked_guess(text: str, speaker: str, marked: bool) -> None:
    who, found = _figure_found(text)[-1]
    assert (who, "guess:" in found) == (speaker, marked), found
