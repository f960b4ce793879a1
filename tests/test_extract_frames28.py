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
  longer read as the sentence's end;
* counsel's side between commas in British court reporting ("Ann Vance, prosecuting, said"):
  a description of the speaker, not the speaker;
* a figure with no attribution goes on with the paragraph's source past one or two sentences
  that tell nothing checkable (a guess);
* a verb of saying inside a relative clause (", who said ..., ended up ...") or a participle
  after a clause that says what its subject is ("X was the lone dissenter, arguing ..."): the
  speaker is kept but marked a guess, since the main clause is not what was said;
* an office that publishes a report ("the Harbour Ombudsman") is the page's issuer: its short
  name ("the Ombudsman") does not compete with it, and a change measured since a year long
  past ("a 12% rise since 2019-20") is the report's figure, not background.
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


@pytest.mark.parametrize(
    ("text", "figure", "speaker"),
    [
        ("Ann Vance, prosecuting, said the clerk was paid a yearly total of £2,400.", "£2,400",
         "Ann Vance"),
        ("Tom Reed, defending, said his client had repaid £3,000.", "£3,000", "Tom Reed"),
        ("Ms Vance, for the prosecution, said 40 payments were made.", "40", "Ms Vance"),
    ],
)  # fmt: skip
def test_counsel_named_with_their_side_speaks(text: str, figure: str, speaker: str) -> None:
    got, found = _candidate(text, figure)
    assert got == speaker and "guess:" not in found, (got, found)


@pytest.mark.parametrize(
    ("text", "carried"),
    [
        ("Five patients were treated at Harlow General Hospital, its chief of surgery Dr Ann"
         " Kerr said on Monday. All of them are adults. One was in critical condition and three"
         " were stable.", True),
        # a new paragraph ends the account
        ("Five patients were treated at Harlow General Hospital, its chief of surgery Dr Ann"
         " Kerr said on Monday.\n\nAll of them are adults. One was in critical condition and"
         " three were stable.", False),
        # three quiet sentences are too far
        ("Five patients were treated at Harlow General Hospital, its chief of surgery Dr Ann"
         " Kerr said on Monday. All of them are adults. The hospital is busy. Snow fell all day."
         " One was in critical condition and three were stable.", False),
    ],
)  # fmt: skip
def test_a_figure_goes_on_with_the_source_past_quiet_sentences(text: str, carried: bool) -> None:
    got, found = _candidate(text, "three")
    if carried:
        assert got == "Dr Ann Kerr" and found.startswith("guess: goes on with"), (got, found)
    else:
        assert got is None, (got, found)


@pytest.mark.parametrize(
    ("text", "speaker", "marked"),
    [
        ("Mayor Ana Ruiz, who said she opposed any tax rise, ended up casting the deciding vote"
         " for a $48 million budget.", "Mayor Ana Ruiz", True),
        ("Council member Rosa Dunn was the lone dissenter, arguing that $2 million more should"
         " have been cut.", "Rosa Dunn", True),
        # what was said in the relative clause itself, and a clause of acting before a
        # participle, stay the speaker's
        ("Ann Kerr, who said 300 jobs would go, is the union's leader.", "Ann Kerr", False),
        ("Mr Kerr doubled down on Monday, saying $2 million was saved.", "Mr Kerr", False),
    ],
)  # fmt: skip
def test_the_main_clause_around_a_clause_of_saying_is_a_guess(
    text: str, speaker: str, marked: bool
) -> None:
    got, found = _candidate(text, "$" if "$" in text else "300")
    assert got == speaker, (got, found)
    assert ("guess:" in found) is marked, found


PAGE = (
    "Complaints to ombudsman rise\n\n"
    "The Harbour Ombudsman has today published its annual report for 2024-25, which shows a"
    " 20% rise in complaints since 2019-20.\n\n"
    "During the year, the Ombudsman received:\n\n"
    "\u2022 300 complaints about councils, a 12% rise since 2019-20\n\n"
    "The Ombudsman found that something had gone wrong in 18% of the cases closed in the"
    " year.\n\n"
    "Back in 2005, 90 complaints were made in all.\n"
)


@pytest.mark.parametrize(
    ("figure", "speaker", "issuer"),
    [
        ("20%", "Harbour Ombudsman", False),  # the report's own sentence: its publisher
        ("300", "Harbour Ombudsman", True),
        ("12%", "Harbour Ombudsman", True),
        ("90", None, False),  # background with a year long past stays the outlet's
    ],
)
def test_an_offices_report_is_the_pages_issuer(
    figure: str, speaker: str | None, issuer: bool
) -> None:
    [c] = [c for c in extract(PAGE)[1] if any(figure in f.figure.text for f in c.figures)]
    assert c.speaker == speaker, (c.speaker, c.speaker_found)
    assert (c.page_issuer is not None) is issuer, c.speaker_found
