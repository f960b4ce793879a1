"""Issue 25, the eleventh round: the quotation conventions of different presses. A paragraph
opened by a dash (closed by "says X" / "X said", or unclosed: the speaker going on), single
marks (British), guillemets, curly and straight marks mixed, a quotation continued over
paragraphs. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.extract.text import prepare

from conftest import extract_rows


def figure_speakers(text: str) -> dict[str, tuple[str | None, str]]:
    """figure -> (speaker, how it was found), for every figure candidate."""
    return {r[2]: (r[0], r[3]) for r in extract_rows(text) if r[2]}


_LEAD = "Ann Kerr is the council's finance chief.\n"


@pytest.mark.parametrize(
    ("text", "figure", "speaker"),
    [
        # dash-opened, closed by an inverted attribution
        (_LEAD + "– The deficit is 40 million euros, says Tom Reed.", "40 million euros",
         "Tom Reed"),
        (_LEAD + "— The deficit is 40 million euros, said Tom Reed.", "40 million euros",
         "Tom Reed"),
        # closed by "X said", several sentences in the quotation
        (_LEAD + "– We were told nothing. The deficit is 40 million euros, Tom Reed said.",
         "40 million euros", "Tom Reed"),
        # closed with no comma, a relative clause after the name
        (_LEAD + "– The deficit is the same as last year at 4.6 percent said Tom Reed, who "
         "chairs the audit board.", "4.6 percent", "Tom Reed"),
        # closed by a pronoun: the last speaker
        ("Tom Reed chairs the audit board.\n– The deficit is 40 million euros, he says.",
         "40 million euros", "Tom Reed"),
        # unclosed, in the first person: the speaker going on from the paragraph before
        ("Tom Reed denies that the deficit was hidden.\n– I have never said it was 40 million "
         "euros.", "40 million euros", "Tom Reed"),
        # unclosed in the third person, in an article that closes another dash quotation with
        # its attribution (it prints speech so): the speaker going on
        ("Tom Reed chairs the audit board.\n– The audit is late, says Reed.\nHe denies that "
         "anything was hidden.\n– The deficit was 40 million euros in 2023.",
         "40 million euros", "Tom Reed"),
        # a source the quotation cites by name is the figure's
        ("Tom Reed denies that the deficit was hidden.\n– We checked it. According to "
         "Statistics Norway the deficit is 40 million euros.", "40 million euros",
         "Statistics Norway"),
        # single marks (British), curly
        ("‘The deficit is 40 million euros,’ Tom Reed said.", "40 million euros", "Tom Reed"),
        ("Tom Reed said: ‘The deficit is 40 million euros.’", "40 million euros", "Tom Reed"),
        # guillemets
        ("« The deficit is 40 million euros », Tom Reed said.", "40 million euros", "Tom Reed"),
        # curly and straight marks mixed in one article
        ("“We were told nothing,” Ann Kerr said.\n\"The deficit is 40 million euros,\" Tom "
         "Reed said.", "40 million euros", "Tom Reed"),
        # a quotation continued over paragraphs: an opening mark and no closing one
        ("Tom Reed said: “We were told nothing.\n“The deficit is 40 million euros.”",
         "40 million euros", "Tom Reed"),
        # ... and a paragraph with no mark at all inside it, closed in the paragraph after
        ("Tom Reed said the audit was late, “but the truth is the deficit grew.\nIt is 40 "
         "million euros now.\nIt will grow.\nNobody will say so”.\nThe council did not comment.",
         "40 million euros", "Tom Reed"),
    ],
)  # fmt: skip
def test_quotation_conventions(text: str, figure: str, speaker: str) -> None:
    assert figure_speakers(text)[figure][0] == speaker, extract_rows(text)


@pytest.mark.parametrize(
    ("text", "figure", "speaker"),
    [
        # a dash list: no quotation in the third person with no attribution closing it
        ("The report lists:\n– Police said 40 people died.\n– Shops were burned.", "40 people",
         "Police"),
        # an unclosed dash paragraph in the third person stays the outlet's narration
        ("Tom Reed denies that the deficit was hidden.\n– The deficit was 40 million euros "
         "in 2023.", "40 million euros", None),
        # a quotation left open and closed only three paragraphs later: no continuation
        ("Tom Reed said: “We were told nothing.\nThe audit began in May.\nThe board met "
         "twice.\nThe deficit is 40 million euros.\nIt was “late, as ever.", "40 million euros",
         None),
        # an apostrophe is no closing mark: "the workers’ union" speaks
        ("The workers’ union said 40 jobs would go.", "40 jobs", "workers' union"),
        # single marks inside a double-marked quotation stay a quotation within it
        ("“They told us ‘40 jobs will go,’ and left,” Tom Reed said.", "40 jobs", "Tom Reed"),
        # single marks around words without punctuation are scare quotes, no quotation
        ("The council ‘hid’ a deficit of 40 million euros, Tom Reed said.", "40 million euros",
         "Tom Reed"),
    ],
)  # fmt: skip
def test_what_is_no_quotation(text: str, figure: str, speaker: str | None) -> None:
    assert figure_speakers(text)[figure][0] == speaker, extract_rows(text)


_MARKS = "\"'‘’“”«»"  # the quotation marks the generator writes


@given(
    st.lists(
        st.sampled_from([*"ab AZ,.!?\n–—-‘’'\"“”«»", " says X", " said", " I ", "\n– "]),
        max_size=40,
    ).map("".join)
)
def test_the_reading_copy_keeps_every_offset(raw: str) -> None:
    prep = prepare(raw)
    assert len(prep.reading) == len(prep.text)
    # only quotation marks change: every other character is the text's own (the first of two
    # opening marks typed together is read as a space: one quotation, extract45)
    for a, b in zip(prep.text, prep.reading, strict=True):
        assert a == b or b in "\"'" or a.isupper() != b.isupper() or (b == " " and a in _MARKS)
