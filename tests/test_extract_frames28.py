"""Figures a source gave that the outlet tells as the source's act (extract28, issue 25), with
sentences of our own, both ways:

* a body that published or released a work, and the sentence goes on to give that work's
  content: after a comma and "which shows", straight on with "which show", or "with" and a
  clause of change on a figure ("released its labour report ... with the jobless rate rising
  from ..."): the publisher is the source of the figures;
* a court's "ruled" that closes the sentence with only a time after it ("..., a state judge
  ruled on Monday"): what comes before is what it ruled, not the outlet's narration (as
  "..., the tribunal upheld the ruling" still is);
* a judge who "granted" a sum of fees, back pay or costs, a decimal point inside the sum no
  longer read as the sentence's end.
"""

from __future__ import annotations

import pytest

from claimtrack.extract import extract


def _candidate(text: str, figure: str) -> tuple[str | None, str]:
    for c in extract(text)[1]:
        if any(figure in f.figure.text for f in c.figures):
            return c.speaker, c.speaker_found
    raise AssertionError(f"no candidate with {figure!r}: {text}")


@pytest.mark.parametrize(
    ("text", "figure", "speaker"),
    [
        ("The regional ombudsman has today published its annual report for 2023-24, which shows"
         " a 30% rise in complaints since 2020.", "30%", "regional ombudsman"),
        ("The statistics office today released the seasonally adjusted jobless rates which show"
         " unemployment rose to 5.1 per cent in the June quarter.", "5.1 per cent",
         "statistics office"),
        ("The Harlow Statistics Bureau on Monday released its labour report for the second"
         " quarter with the jobless rate rising from 7.5 per cent to 8.1 per cent.",
         "8.1 per cent", "Harlow Statistics Bureau"),
        ("Harbour Mills must pay $4.5 million to former workers who sued over unpaid overtime,"
         " a state judge ruled on Monday.", "$4.5 million", "state judge"),
        ("Harbour Mills must pay $4.5 million to former workers, a federal judge ruled"
         " Thursday.", "$4.5 million", "federal judge"),
        ("Judge Maria Olsen granted $3.5 million in fees and $1.5 million in costs.",
         "$1.5 million", "Maria Olsen"),
        ("The judge granted $2.5 million in back pay to the nurses.", "$2.5 million", "judge"),
    ],
)  # fmt: skip
def test_the_source_of_a_figure_given_as_its_act(text: str, figure: str, speaker: str) -> None:
    got, found = _candidate(text, figure)
    assert got is not None and speaker in got, (got, found)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # "with" that tells no change of a figure, a year after "published": no content given
        ("The council released the report with the mayor at its launch, before 300 guests.",
         "300"),
        ("The charity published its report in 2019 with 40 pages of photographs.", "40"),
        ("Police released 12 men on bail on Monday.", "12"),
        # a court's verb with an object of its own: a ruling upheld, the figure the outlet's
        ("Harbour Mills must pay the nurse $45,000, and the appeal tribunal has now upheld the"
         " ruling.", "$45,000"),
        ("The club granted 300 members free tickets for the final.", "300"),
    ],
)  # fmt: skip
def test_no_source_where_the_act_gives_no_figure(text: str, figure: str) -> None:
    got, found = _candidate(text, figure)
    assert got is None, (got, found)
