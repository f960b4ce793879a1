"""A body's figures told in the outlet's voice where the page names the body only as a speaker
or a decider (extract30, issue 25), with pages of our own, both ways: the page's issuer named
only as the speaker of its statistics; the issuer's work or staff as a speaker ("the
findings", "inspectors") and those answering its survey, counted; a body whose own performance
figures with no author show; a jury's verdict amounts told by the outlet; a source restating
a release's figure; initials inside a name; a headline's "Says X". And an answer's marker as
the layout reads it ("A.", "A -") left out of the quote only in an interview's answer.
"""

from __future__ import annotations

import pytest

from claimtrack.extract import extract, sentences

# a statistics office named once, as the speaker of a sentence with no figure
_OFFICE = (
    "Bread prices climbed 4.1% over the year to May.\n\n"
    "Milk went up 2.2% and butter fell 0.8%.\n\n"
    "Wages are at their highest level since the survey started, the Norland Statistics Office "
    "said on Monday.\n"
)
# an inspectorate's report, then its findings and inspectors as speakers
_INSPECTORS = (
    "One in four care homes needs to improve, inspectors have warned.\n\n"
    "The Harbour Care Inspectorate's yearly report shows that 310 homes were rated poor.\n\n"
    "The findings also show that 12% of homes had too few night staff.\n"
)
# figures with no author that show a body's own performance
_FORCE = (
    "New figures which show Kestrel Water Board is cutting leaks were welcomed by councillors.\n\n"
    "Leaks fell by 14 per cent over the summer.\n\n"
    "The number of customers who said they trusted the tap water rose to 81 per cent.\n"
)
# a jury's award told by the outlet, with a lawyer's figures of their own
_JURY = (
    "A Harlow jury decided that Tolland Mills will pay $600,000 in punitive damages to a "
    "former worker.\n\n"
    "The damages come on top of a $900,000 compensatory verdict.\n\n"
    "The worker's lawyer, Ann Vance, said the jury had been asked for $3 million.\n\n"
    "Both sides were found 40 percent responsible for the injury.\n"
)


def _speaker(text: str, figure: str) -> tuple[str | None, str]:
    """The speaker and how it was found of the first candidate holding ``figure`` (a figure
    read, or refused)."""
    for c in extract(text)[1]:
        told = [f.figure.text for f in c.figures] + [r.text for r in c.refused]
        if any(figure in t for t in told):
            return c.speaker, c.speaker_found
    raise AssertionError(f"no candidate with {figure!r}: {text}")


@pytest.mark.parametrize(
    ("text", "figure", "speaker"),
    [
        (_OFFICE, "4.1%", "Norland Statistics Office"),  # named only as a speaker
        # a work cited with no author, and one body that speaks; "more" counted is no source
        ("Current figures show a rise in flu cases.\n\nThe Harbour Health Board says the rise is"
         " mostly in the west.\n\nThere have been 900 cases this year, and 40 more reported last"
         " week.\n", "40", "Harbour Health Board"),
        # a body that tells figures itself leads a release (extract29), not this rule
        (_OFFICE.replace("Wages are at their highest level", "Wages rose 3%"), "4.1%", None),
        # researchers using a body's data are not its staff
        ("Using data from the Census Bureau, researchers estimated 40,000 homes lacked water.",
         "40,000 homes", "researchers"),
        (_OFFICE, "0.8%", "Norland Statistics Office"),
        # a second body telling figures of its own competes: nobody
        (_OFFICE + "\nThe bakers' guild said 40 shops had closed.\n", "4.1%", None),
        # a body that speaks of no work and has no statistics in its name: nobody
        (_OFFICE.replace("since the survey started, the Norland Statistics Office",
                         "in years, the Norland Bakers Guild"), "4.1%", None),
        (_INSPECTORS, "One in four", "Harbour Care Inspectorate"),  # "inspectors"
        (_INSPECTORS, "12% of homes", "Harbour Care Inspectorate"),  # "the findings"
        # with a second issuer the findings stay the findings'
        (_INSPECTORS + "\nA study by the Norland Nurses Union found 30% of staff left.\n", "12% of homes",
         "findings"),
        (_FORCE, "14 per cent", "Kestrel Water Board"),  # the body the figures show
        (_FORCE, "81 per cent", "Kestrel Water Board"),  # those answering, counted
        (_JURY, "$900,000", "Harlow jury"),  # the verdict's amount, told by the outlet
        (_JURY, "40 percent", "Harlow jury"),  # a share of fault
        (_JURY, "$3 million", "Ann Vance"),  # the lawyer's own figure stays hers
        # a judge's sentence told by the outlet is not carried (only a jury's verdict)
        (_JURY.replace("A Harlow jury decided", "A Harlow judge ruled"), "$900,000", None),
        # two deciders: nobody
        (_JURY + "\nThe Kestrel County jury awarded $10,000 in damages to another worker.\n",
         "$900,000", None),
    ],
)  # fmt: skip
def test_a_body_named_only_as_speaker_or_decider(
    text: str, figure: str, speaker: str | None
) -> None:
    who, how = _speaker(text, figure)
    assert who == speaker, how
    if speaker is not None and speaker not in ("Ann Vance", "findings", "researchers"):
        assert how.startswith("guess:"), how


@pytest.mark.parametrize(
    ("text", "figure", "speaker"),
    [
        # a source restating the release's figure does not stop its carry
        ("Burglaries fell 9% in the year, the Norland Statistics Office said.\n\n"
         "The Harbour Police said that equates to two break-ins per 1,000 homes.\n\n"
         "Thefts of cars went down 4%.\n", "4%", "Norland Statistics Office"),
        # a source giving figures of its own still does
        ("Burglaries fell 9% in the year, the Norland Statistics Office said.\n\n"
         "The Harbour Police said 300 officers had joined.\n\n"
         "Thefts of cars went down 4%.\n", "4%", None),
    ],
)  # fmt: skip
def test_a_restated_figure_does_not_stop_a_release(
    text: str, figure: str, speaker: str | None
) -> None:
    assert _speaker(text, figure)[0] == speaker


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A jury found that R.J. Harlow must pay $5,000. It will appeal.", 2),
        ("The firm is based in Washington, D.C. It has 40 staff.", 2),
        ("Sales rose in the U.S. last year. They fell in May.", 2),
    ],
)
def test_initials_inside_a_name_end_no_sentence(text: str, count: int) -> None:
    assert len(sentences(text)) == count


def test_a_headline_s_says_is_no_part_of_a_name() -> None:
    text = (
        "Schools Must Improve, Says Ofwell\n\n"
        "Ofwell's annual report shows that 41% of schools are only fair.\n"
    )
    speakers = {c.speaker for c in extract(text)[1] if c.figures}
    assert speakers == {"Ofwell"}


_INTERVIEW = (
    "We spoke to Ann Kerr, who runs Harbour Mills, about hiring.\n\n"
    "Q. How many people did you hire?\n\n"
    "A. We hired 300 people this year.\n\n"
    "Q: And next year?\n\n"
    "A - About 40 more, I expect.\n"
)


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # in an interview's answers the layout's marker is no part of the quote, in each form
        (_INTERVIEW, ["We hired 300 people this year.", "About 40 more, I expect."]),
        # outside an interview an initial stays ("A. Smith"), and so does a lone "A:"
        ("Harbour Mills hired staff.\n\nA. Smith said 300 people were hired this year.\n",
         ["A. Smith said 300 people were hired this year."]),
        ("Harbour Mills hired staff.\n\nA: 300 people were hired this year, Ann Kerr said.\n",
         ["A: 300 people were hired this year, Ann Kerr said."]),
    ],
)  # fmt: skip
def test_an_answer_s_marker_is_left_out_only_in_an_interview(text: str, quotes: list[str]) -> None:
    assert [c.quote for c in extract(text)[1]] == quotes
