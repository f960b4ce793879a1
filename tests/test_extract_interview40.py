"""Issue 25, extract40: an interview whose page never names the interviewee (a cut-off page,
the name only in the page's address). Every text here is written for these tests.

* The answers are still claims (cue ``interview answer``), proposed with no speaker and a
  ``speaker_found`` that says the interviewee is not named on the page: never the outlet's
  narration (the record's claimant is not the outlet; --review asks for one).
* Where the answers speak for a body in the first person plural and both the questions and
  the answers name it, that body is the claimant, as a guess that says so; a place ("in the
  UK") or what only the questions name is no such body.
* The questions are never claims; a named interviewee is as before."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.extract import extract
from claimtrack.extract.page import UNNAMED_INTERVIEWEE

_ANSWERS = (
    "Our sales rose by 4% last year, but operating profit was down 18%.",
    "We did not raise prices on 300 staple lines.",
    "In 2023, Kestrel Foods opened 12 new stores and we are hiring 400 staff.",
)


def _page(question: str, answer: str) -> str:
    """Three questions and their answers in one layout: ``question`` and ``answer`` wrap
    each ("Q: {}", "A: {}", "**{}**")."""
    asked = (
        "How did the Kestrel Foods business do last year?",
        "Did you hold prices down?",
        "How is the market changing in the UK?",
    )
    return "\n\n".join(
        question.format(q) + "\n\n" + answer.format(a) for q, a in zip(asked, _ANSWERS, strict=True)
    )


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("{}", "{}"),  # the questions as their own paragraphs, no marks
        ("Q: {}", "A: {}"),
        ("Q. {}", "A. {}"),
        ("Question: {}", "Answer: {}"),
        ("**{}**", "{}"),  # questions in bold
        ("Q: {}", "{}"),  # "Q:" alone
    ],
)
def test_an_unnamed_interviewee_s_answers_are_marked_never_the_outlet_s(
    question: str, answer: str
) -> None:
    _, cands = extract(_page(question, answer))
    assert cands, "no candidate"
    assert not [c for c in cands if c.quote.rstrip("*_ ").endswith("?")]  # no question
    for c in cands:
        assert c.speaker is None, (c.quote, c.speaker)
        assert c.speaker_found.startswith("interview answer: " + UNNAMED_INTERVIEWEE), c
        rec = c.record("s", outlet="The Courier")
        assert rec.get("claimant") != "The Courier", rec
    # every answer with a figure or a stance is proposed
    proposed = {c.quote.removeprefix("A: ").removeprefix("A. ").removeprefix("Answer: ")
                for c in cands}  # fmt: skip
    assert set(_ANSWERS) <= proposed, proposed


def test_the_body_the_answers_speak_for_is_a_marked_claimant() -> None:
    _, cands = extract(_page("{}", "{}"))
    recs = [c.record("s", outlet="The Courier") for c in cands]
    assert {r.get("claimant") for r in recs} == {"Kestrel Foods"}, recs
    for r in recs:
        assert "speaker" not in r
        assert "guess: the claimant is Kestrel Foods" in r["extract"]["speaker_found"]
        assert r["extract"]["claimant_found"] == "guess: the body the answers speak for"


@pytest.mark.parametrize(
    "text",
    [
        # the body is named only in the questions: no claimant
        "How did Kestrel Foods do?\n\nOur sales rose by 4%.\n\n"
        "Will Kestrel Foods hire?\n\nWe are hiring 400 staff.",
        # "we" in one answer only: no claimant
        "How did Kestrel Foods do?\n\nKestrel Foods sold 4% more.\n\n"
        "Will Kestrel Foods hire?\n\nWe are hiring 400 staff.",
        # a place both name is no body: "in the UK"
        "How is the UK market?\n\nWe sold 4% more in the UK.\n\n"
        "Will you hire in the UK?\n\nWe are hiring 400 staff in the UK.",
    ],
)
def test_no_body_guessed_without_both_sides_and_we(text: str) -> None:
    _, cands = extract(text)
    assert cands
    recs = [c.record("s", outlet="The Courier") for c in cands]
    assert {r.get("claimant") for r in recs} == {None}, recs
    assert {r["extract"]["claimant_found"] for r in recs} == {"none: " + UNNAMED_INTERVIEWEE}


def test_a_named_interviewee_is_as_before() -> None:
    text = (
        "Kestrel Foods chief executive Ann Kerr spoke to the Courier about the year.\n\n"
        + _page("{}", "{}")
    )
    _, cands = extract(text)
    answers = [c for c in cands if c.quote in _ANSWERS]
    assert answers and {c.speaker for c in answers} == {"Ann Kerr"}, cands
    assert all(UNNAMED_INTERVIEWEE not in c.speaker_found for c in cands)


@pytest.mark.parametrize(
    ("answer", "claim"),
    [
        ("Our costs have increased since the spring.", True),
        ("Its rates have gone up.", True),
        ("Sales had fallen sharply by June.", True),
        ("We have steadily cut waste.", True),
        # no change, no stance: a remark
        ("It is a very interesting market.", False),
        ("What we see is a reset of the whole sector.", False),
    ],
)
def test_a_change_told_in_the_perfect_is_an_answer_s_claim(answer: str, claim: bool) -> None:
    from claimtrack.extract.claims import no_claim

    assert (no_claim(answer, ["interview answer"], 0) is None) is claim


# First-person prose outside an interview: its author's, never the outlet's narration.
_OPED = (
    "I have run the county's food bank for nine years. Last winter we fed 4,200 families, "
    "twice as many as in 2019.\n\n"
    "We did not turn anyone away. I believe at least 1,500 households in the county go "
    "hungry.\n\n"
    "We have cut our waiting list by 300 names since March."
)


@pytest.mark.parametrize(
    ("head", "speaker", "found"),
    [
        ("", None, "first-person prose: the author is not named on the page"),
        ("A winter of queues\n\nBy Ann Kerr\n\n", "Ann Kerr",
         "guess: first-person prose, the author the byline names (Ann Kerr)"),
        ("Ann Kerr\n\nDirector, Millbrook Food Bank\n\n", "Ann Kerr",
         "guess: first-person prose under the name card 'Ann Kerr' above it"),
    ],
)  # fmt: skip
def test_first_person_prose_is_its_author_s(head: str, speaker: str | None, found: str) -> None:
    _, cands = extract(head + _OPED)
    with_figures = [c for c in cands if c.figures]
    assert len(with_figures) >= 3, [c.quote for c in cands]
    for c in cands:
        assert (c.speaker, c.speaker_found) == (speaker, found), c
        assert "first person" in c.cues
        rec = c.record("s", outlet="The Courier")
        assert rec.get("claimant") != "The Courier", rec
    assert any(c.quote == "We did not turn anyone away." for c in cands)  # a stance


@pytest.mark.parametrize(
    "text",
    [
        # a quoted "we" is the quotation's speaker's
        'Ann Kerr said: "We fed 4,200 families." She added: "We did not turn anyone away." '
        '"We have cut the list by 300 names," she said.',
        # one "we" of the outlet's in a report: the outlet's narration, as before
        "The food bank fed 4,200 families last winter. We found that 300 names were on its "
        "list. The council counted 1,100 households.",
        # a rhetorical question in a report, and a headline ending in "?"
        "Is the county hungrier?\n\nThe food bank fed 4,200 families last winter. Can the "
        "council keep up? It counted 1,100 households.",
    ],
)
def test_near_misses_of_first_person_prose_do_not_change(text: str) -> None:
    _, cands = extract(text)
    assert cands
    assert all("first person" not in c.cues for c in cands), [(c.quote, c.cues) for c in cands]
    assert all(c.unnamed is None for c in cands)


def test_extract_cli_writes_an_unnamed_interviewee_s_answer_exactly(tmp_path) -> None:
    import json
    from pathlib import Path

    from typer.testing import CliRunner

    from claimtrack.cli import app

    article = Path(__file__).parent / "fixtures" / "articles" / "unnamed-interview.txt"
    result = CliRunner().invoke(
        app,
        ["--db", str(tmp_path / "c.db"), "extract", str(article), "--subject", "millbrook",
         "--outlet", "The Courier"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines() if x.strip()]
    assert [x["quote"] for x in lines] == [
        "Our full-year results show that sales rose, but operating profit was down 18%.",
        "We did not pass on the rise in feed prices to shoppers.",
        "In 2023, Millbrook Foods opened 12 creameries and we are hiring 400 staff.",
        "In 2023, Millbrook Foods opened 12 creameries and we are hiring 400 staff.",
        "Our costs have increased every quarter.",
    ]
    last = lines[-1]
    assert {k: last.get(k) for k in ("claimant", "speaker", "outlet", "kind")} == {
        "claimant": "Millbrook Foods",
        "speaker": None,
        "outlet": "The Courier",
        "kind": "stance",
    }
    assert last["extract"]["speaker_found"] == (
        "interview answer: the interviewee is not named on the page; guess: the claimant is "
        "Millbrook Foods, whom the answers speak for ('we', 'our') and the questions and "
        "answers name"
    )
    assert last["extract"]["claimant_found"] == "guess: the body the answers speak for"


@given(st.text(alphabet=st.sampled_from(list("I we Our my abc.,")), max_size=60))
def test_first_person_inside_quotation_marks_is_never_the_writer_s(words: str) -> None:
    from claimtrack.extract.firstperson import first_person

    inner = words.replace('"', "")
    assert not first_person(f'Ann Kerr said: "{inner}"')


def test_initials_the_page_never_spells_out_name_nobody() -> None:
    text = _page("Q: {}", "RC: {}")
    _, cands = extract(text)
    assert {c.speaker for c in cands} == {None}, cands
    for c in cands:
        assert "('RC' before the colon: initials it never spells out)" in c.speaker_found
        assert not c.quote.startswith("RC:")
    assert {c.claimant for c in cands} == {"Kestrel Foods"}
