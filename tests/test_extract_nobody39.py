"""Issue 25, extract39: claims given to nobody where a careful reader names a source (every
text here is written for these tests; none is copied from an article).

* A standing position put as a figure: the subject of "wants", "has offered", "is seeking" ...
  whose object in the same clause is a rate, a sum or a term ("The district has offered 5
  percent") is proposed, marked a guess (its offer or demand, which the outlet may be telling
  as an event). Told in the past ("previously offered", "had asked for", "sought"), with a
  count of things, after a preposition, in a relative clause, or planned ("wants to offer"),
  nobody, as before; a frame closing the sentence tells it ("..., the union said").
* A work with no issuer ("..., according to new figures", "official figures showed", "Current
  data indicates") whose issuer opens the next sentence, or the one after a quiet sentence,
  as a body that gives figures ("The Harbour Rail Authority says ..."): that body, marked a
  guess, when no other rule gave the figure a source. A person's words, a body that is no
  issuer of figures (a company), a verb that gives none ("had warned") or two quiet sentences
  first: nobody, as before; another body's figures right after the first's: two compete.
* A subject judged for what it said ("X was criticised for claiming that 43% ...", "X has
  been attacked over saying ..."): X's words; "the criteria for declaring" and "praised for
  saying nothing" stay nobody's.
* Figures put out by a named author right before the figure, after a dash, a bracket, a colon
  or a comma ("Turnout figures given by the authorities – 57,000 in Tarn – ..."): the
  author's, not the modifier's ("Turnout").
* Quotations marked by two apostrophes for each double mark ("''We counted 40,'' she
  said."), as some wire and newspaper systems print them, are quotations: each opening pair
  with the next closing pair of its paragraph, or running on from a paragraph's start; a
  pair with no partner is left alone ("the firms'' fault").
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.extract.agents import _issued_after
from claimtrack.extract.text import _doubled_apostrophes

from conftest import examples, extract_rows


def _speaker_of(text: str, figure: str) -> tuple[str | None, str]:
    """(speaker, how it was found) of the candidate whose first figure is ``figure``."""
    return next((who, how) for who, _, fig, how in extract_rows(text) if fig == figure)


_POSITION = [
    ("The Harbour District has offered 5 percent and blames rising costs for the gap.", "5 percent", "Harbour District"),
    ("The Kestrel Teachers Union wants smaller classes and a pay rise of 12%.", "12%", "Kestrel Teachers Union"),
    ("Harlow Council has offered £2 million to settle the claim.", "£2 million", "Harlow Council"),
    ("Prosecutors are seeking 20 years in prison for the former mayor.", "20 years", "Prosecutors"),
    ("Ann Kerr is demanding $40,000 in back pay.", "$40,000", "Ann Kerr"),
    ("The Tarn Nurses Organisation is asking for a 9% rise.", "9%", "Tarn Nurses Organisation"),
    ("Kestrel Motors proposes a 3 per cent cut in pay for all staff.", "3 per cent", "Kestrel Motors"),
    ("Tom Reed has proposed a sentence of a little more than four years.", "a little more than four years", "Tom Reed"),
    ("The Harbour Board has requested $3.5 million from the state.", "$3.5 million", "Harbour Board"),
    ("Residents of Tarn want compensation of $1,000 each.", "$1,000", "Residents of Tarn"),
]  # fmt: skip

# a frame that closes the sentence tells the position: its speaker, as before
_TOLD = [
    ("The Harbour District has offered 5 percent, the union said.", "5 percent", "union"),
    ("Kestrel Motors wants a 3 per cent cut, according to Tom Reed.", "3 per cent", "Tom Reed"),
]  # fmt: skip

_NEAR_MISSES = [
    # told in the past: an offer the outlet narrates (the labelled sets give it the outlet)
    ("The Harbour District previously offered a 2 per cent rise in March.", "2 per cent"),
    ("Tom Reed had asked for $11,000 an hour for his work.", "$11,000 an hour"),
    ("Kestrel Motors also sought a $100 million penalty.", "$100 million penalty"),
    ("The Harbour District offered 5 percent in March.", "5 percent"),
    # no figure of a position: a count of things, a figure after a preposition
    ("The Harbour Club has offered 300 free tickets to fans.", "300 free tickets"),
    ("Analysts want clarity on the 5 percent cut.", "5 percent"),
    ("The Harbour Board wants 40 more nurses by June.", "40"),
    # a passive, a plan, a relative clause, a noun
    ("Workers were offered 4 percent in March.", "4 percent"),
    ("Harlow Council wants to offer 3 percent next year.", "3 percent"),
    ("Customers who are seeking £600 million in refunds have sued Harlow Telecom.", "£600 million"),
    ("The new offer included a $2,000 lump sum.", "$2,000 lump sum"),
    ("The budget included $2 million in savings proposed by city staff.", "$2 million"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "speaker"), _POSITION)
def test_a_standing_position_is_its_subjects_as_a_guess(
    text: str, figure: str, speaker: str
) -> None:
    who, how = _speaker_of(text, figure)
    assert who == speaker, how
    assert "puts the subject's position as a figure" in how, how
    assert "guess:" in how, how


@pytest.mark.parametrize(("text", "figure", "speaker"), _TOLD)
def test_a_closing_frame_tells_the_position(text: str, figure: str, speaker: str) -> None:
    who, how = _speaker_of(text, figure)
    assert who == speaker, how
    assert "is what is told" in how, how


@pytest.mark.parametrize(("text", "figure"), _NEAR_MISSES)
def test_near_misses_name_no_speaker(text: str, figure: str) -> None:
    who, how = _speaker_of(text, figure)
    assert who is None, how


_WHO = st.sampled_from(["Harbour Board", "Kestrel Motors", "Tarn Water Authority", "Ann Kerr"])
_VERB = st.sampled_from(["wants", "has offered", "is seeking", "has proposed", "is demanding"])


@settings(max_examples=examples(60), deadline=None)
@given(_WHO, _VERB, st.integers(min_value=2, max_value=99))
def test_any_body_verb_and_rate(who: str, verb: str, n: int) -> None:
    text = f"{who} {verb} a {n}% rise in fees."
    found = _speaker_of(text, f"{n}%")
    assert found[0] == who, (text, found)
    assert "guess:" in found[1], (text, found)


_ISSUED_NEXT = [
    (
        "Rail punctuality improved by 0.2% over the year, according to new figures.\n\n"
        "The Harbour Rail Authority says 13 of 24 operators improved.",
        "0.2%",
        "Harbour Rail Authority",
    ),
    (
        "Tourist arrivals rose 2.5 percent in February, official figures showed on Friday. "
        "Statistics Kestrel said 79,331 tourists visited the island.",
        "2.5 percent",
        "Statistics Kestrel",
    ),
    (
        "Cases rose by 40%, according to official figures. The Tarn Health Ministry said on "
        "Monday that 300 cases were confirmed.",
        "40%",
        "Tarn Health Ministry",
    ),
]

_NOT_ISSUED_NEXT = [
    # a person's words, a company's, a verb that gives no figures, two quiet sentences, nothing
    "Cases rose by 40%, according to official figures. Ann Kerr, a doctor, said 300 cases were confirmed.",
    "Cases rose by 40%, according to official figures. Tarn Motors said its sales fell 3%.",
    "Cases rose by 40%, according to official figures. The Tarn Health Ministry had warned of a rise in May.",
    "Cases rose by 40%, current data indicates. The rise is the first in a year. It is the worst in a decade. The Tarn Health Ministry says 300 cases were confirmed.",
    "Cases rose by 40%, according to official figures.",
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "speaker"), _ISSUED_NEXT)
def test_a_works_issuer_opening_the_next_sentence_as_a_guess(
    text: str, figure: str, speaker: str
) -> None:
    who, how = _speaker_of(text, figure)
    assert who == speaker, how
    assert how.startswith("guess: the issuer of"), how


@pytest.mark.parametrize("text", _NOT_ISSUED_NEXT)
def test_no_issuer_next_leaves_the_work_to_nobody(text: str) -> None:
    who, how = _speaker_of(text, "40%")
    assert who is None, how


@pytest.mark.parametrize(
    ("after", "issuer"),
    [
        (" The Tarn Health Ministry says 300 cases were confirmed.", "Tarn Health Ministry"),
        (
            " The rise is the first in a year. The Tarn Health Ministry says 300.",
            "Tarn Health Ministry",
        ),
        (" The Tarn Health Ministry says 300. Tom Reed said it was wrong.", "Tarn Health Ministry"),
        (" The Tarn Health Ministry says 300. The Harbour Board says 200.", None),
        (" Tom Reed said it was wrong. The Tarn Health Ministry says 300.", None),
        (" According to the union, 300 died. The Tarn Health Ministry says 300.", None),
        (" Kestrel Motors says 300 jobs will go.", None),
    ],
)
def test_issued_after_reads_the_next_sentences(after: str, issuer: str | None) -> None:
    reading = "Cases rose by 40%, according to official figures." + after
    found = _issued_after(reading, reading.index(".") + 1)
    assert (found[0] if found else None) == issuer, found


_OTHER_CLAUSE = [
    ("Tom Reed was criticised for claiming that 43% of migrants claim benefits.", "43% of migrants claim benefits", "Tom Reed"),
    ("The Harbour Board was criticised for claiming 300 jobs were safe.", "300 jobs", "Harbour Board"),
    ("Tom Reed has been attacked over saying that the toll was 40.", "40", "Tom Reed"),
    ("Ann Kerr was sacked for saying 300 homes were at risk.", "300 homes", "Ann Kerr"),
    ("Turnout figures given by the Harbour Police (57,000) were below the unions' count.", "57,000", "Harbour Police"),
    ("Turnout figures released by Kestrel Police – 57,000 in Tarn – were far below the unions'.", "57,000", "Kestrel Police"),
    ("Of the figures given by the Harbour Police, 57,000 were in Tarn.", "57,000", "Harbour Police"),
]  # fmt: skip

_OTHER_CLAUSE_NEAR = [
    ("The criteria for declaring 40 deaths were changed.", "40 deaths"),
    ("Tom Reed was praised for saying nothing about the 40 deaths.", "40 deaths"),
    ("Turnout figures given by the Harbour Police were low: 57,000 marched.", "57,000"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "speaker"), _OTHER_CLAUSE)
def test_the_judged_and_the_author_before_the_figure(text: str, figure: str, speaker: str) -> None:
    who, how = _speaker_of(text, figure)
    assert who == speaker, how


@pytest.mark.parametrize(("text", "figure"), _OTHER_CLAUSE_NEAR)
def test_their_near_misses_stay_nobodys(text: str, figure: str) -> None:
    who, how = _speaker_of(text, figure)
    assert who is None, how


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("''We counted 40,'' she said.", '" We counted 40,"  she said.'),
        ("He made ''typos'' in it.", 'He made " typos"  in it.'),
        ("''A,'' she said. ''B,'' he said.", '" A,"  she said. " B,"  he said.'),
        (
            "''It runs on\n''and closes here,'' he said.",
            '" It runs on\n" and closes here,"  he said.',
        ),
        ("It's the firms'' fault.", "It's the firms'' fault."),
        ("He said ''no more\nThen 40 left.", "He said ''no more\nThen 40 left."),
        ("No marks at all.", "No marks at all."),
    ],
)
def test_doubled_apostrophes_are_double_marks(text: str, reading: str) -> None:
    assert _doubled_apostrophes(text) == reading
    assert len(_doubled_apostrophes(text)) == len(text)


_DOUBLED = [
    (
        "Ann Kerr, the party's health spokeswoman, spoke on Monday.\n\n''A shortfall of "
        "$500 million this year means deep cuts,'' Mrs Kerr said.",
        "$500 million",
        "Ann Kerr",
    ),
    ("Tom Reed spoke on Monday. ''We counted 40 bodies,'' he said.", "40 bodies", "Tom Reed"),
]


@pytest.mark.parametrize(("text", "figure", "speaker"), _DOUBLED)
def test_a_quotation_in_doubled_apostrophes_is_its_speakers(
    text: str, figure: str, speaker: str
) -> None:
    who, how = _speaker_of(text, figure)
    assert who == speaker, how


@settings(max_examples=examples(60), deadline=None)
@given(st.text(alphabet="ab' \n,.", max_size=40))
def test_doubled_apostrophes_keep_the_length(text: str) -> None:
    assert len(_doubled_apostrophes(text)) == len(text)
