"""review28: one rule for a bare amount where the page shows money, on the card and at the
figure prompt.

Session 44 left two guards for one fault: extract46 refused a scaled bare amount in a
passage of money on the card ("40 million of the 90 million"), and review27 asked "Store it as
a count?" of a bare number restating the page's money, typed or proposed. They saw different
cases: "40 million" after "$90 million" was refused on the card and went in as a count when
typed; "90 million" restating "€90 million" a paragraph away was proposed on the card and
asked about when picked. Now one rule (``extract.baremoney.money_shown``) and one message:
the card shows the figure refused, and the same words typed are refused with the same reason.

Sentences written for this test (no article text)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from claimtrack.extract import extract
from claimtrack.extract.baremoney import bare_money_why
from claimtrack.review.session import Draft, Session
from test_review18 import _rows

FAR = " ".join(["The stadium opened in May and drew large crowds on its first weekend."] * 10)

# (text, the figure's words, the money that shows it to be money, or None: a figure)
ROWS = [
    # a part of a whole that is money, or restates it (review27's and extract46's case)
    ("The council spent $90 million on the stadium. The trust raised 40 million of the 90 "
     "million.", "40 million", "$90 million"),
    ("The council spent $90 million on the stadium. The trust raised 40 million of the 90 "
     "million.", "90 million", "$90 million"),
    ("The trust raised 40 million of the $90 million it sought.", "40 million",
     "$90 million"),
    ("The fund paid out 40 million out of a total of €90 million.", "40 million",
     "€90 million"),
    # a scaled amount in a passage of money (the card refused it, the prompt took it as a
    # count before: the fault of two guards)
    ("The council spent $90 million. The trust raised 40 million.", "40 million",
     "$90 million"),
    ("The bank lent GBP46.50 million last year. Its rival lent 30 million.", "30 million",
     "GBP46.50 million"),
    # the same amount as the page's money, paragraphs away, or not scaled (the card proposed
    # it as a count before, and the prompt asked)
    (f"The council spent €90 million.\n\n{FAR}\n\nLenders said 90 million was borrowed.",
     "90 million", "€90 million"),
    ("The fee was $500, the club said. Fans said 500 was too much.", "500", "$500"),
    # a count's noun, no money before, or money only after: a figure
    ("The council spent $90 million. It sold 90 million tickets.", "90 million tickets",
     None),
    ("Some 90 million was borrowed. The council spent $90 million.", "Some 90 million", None),
    ("The fund said it had reached 40 million.", "40 million", None),
    ("Donors gave $5m. Some 1.3 million affected people wrote in.", "Some 1.3 million", None),
    ("The fee was $500, the club said. Fans said 400 was fair.", "400", None),
    # a small number the same as an amount of money: as likely a count that happens to equal it
    ("The fare rose to $5, the company said. Officials said 5 were hurt.", "5", None),
    # the words of a count the card proposes, its noun left out when typed: the card's reading
    ("Rains affected around 6 million people and damaged property worth billions of rupees.",
     "around 6 million", None),
]  # fmt: skip


def _card(text: str, words: str) -> tuple[dict, str, str, int]:
    """The record of the first card whose sentence holds ``words`` (their last place), and the page's text and
    reading copy, and where the words start."""
    prep, cands = extract(text)
    at = text.rindex(words)  # the last place: "90 million" stands inside "$90 million" too
    recs = [c.record("s") for c in cands]
    held = [r for r in recs if r["extract"]["start"] <= at < r["extract"]["end"]]
    own = [r for r in held for f in [*r["extract"]["figures"], *r["extract"].get("refused", [])]
           if f["start"] == at]  # fmt: skip
    if not (own or held):
        raise AssertionError(f"no card holds {words!r}")
    return (own or held)[0], prep.text, prep.reading, at


@pytest.mark.parametrize(("text", "words", "money"), ROWS)
def test_the_card_and_the_prompt_read_one_rule(text: str, words: str, money) -> None:
    rec, page, reading, at = _card(text, words)
    ex = rec["extract"]
    # the proposed figure: refused on the card with the rule's words, or proposed
    refused = {r["text"]: r["reason"] for r in ex.get("refused", [])}
    proposed = [f["text"] for f in ex["figures"]]
    if money is None:
        assert any(words in p for p in proposed) and words not in refused  # (with its noun)
    else:
        assert refused.get(words) == bare_money_why(money) and words not in proposed
    # the typed figure: the same rule, the same words
    session = Session(None, page, reading, [rec])  # type: ignore[arg-type]
    d = Draft(rec, ex["start"], ex["end"], list(ex["figures"]), None, None)
    span = (at, at + len(words))
    assert session.bare_money(d, span) == money
    problem = session.typed_problem(d, span)
    if money is None:
        assert problem is None
    else:
        assert problem is not None and bare_money_why(money) in problem


MONEY = ("The council said it had spent $90 million on the stadium. The trust said it had "
         "raised 40 million of the 90 million.\n")  # fmt: skip


def test_a_bare_amount_typed_is_refused_as_on_the_card(ct, tmp_path: Path, empty_db) -> None:
    article = tmp_path / "a.txt"
    article.write_text(MONEY, encoding="utf-8")
    # card 1 skipped; card 2 shows the bare "40 million" refused; typed at the figure prompt
    # it is refused with the card's reason and asked again; "-" goes back to the card
    answers = "k\nf\n40 million\n-\nk\nk\n"
    result = ct("extract", str(article), "--subject", "s", "--review", input=answers)
    assert result.exit_code == 0, result.output
    why = bare_money_why("$90 million")
    shown = " ".join(result.output.split())  # the card's lines wrapped
    assert shown.count(why) >= 3  # the cards of "40 million" and "90 million", and the prompt
    assert f"'40 million' refused: {why}" in shown
    assert "Store it as a count?" not in result.output
    assert _rows(empty_db) == []


@pytest.mark.parametrize(
    ("sentence", "part", "typed", "said"),
    [
        ("The trust said it raised 40 million, as costs hit $90 million.",
         "The trust said it raised 40 million", "40 million",
         f"'40 million' refused: {bare_money_why('$90 million')}"),
        # the same for a refusal of `add`'s own guards: a period later in the clause
        ("The airline said 850 flights are operated by its crews each day.",
         "The airline said 850 flights are operated", "850 flights",
         "the figure '850 flights' is said per period in its quote ('each day'"),
    ],
)  # fmt: skip
def test_a_narrowed_quote_keeps_a_figure_refused(
    ct, tmp_path: Path, empty_db, sentence: str, part: str, typed: str, said: str
) -> None:
    """A part of the sentence without the words that refuse a figure ("$90 million", "each
    day") does not make it a figure: it was offered as one after the narrowing, and typed it
    went to the measure prompt (stored as a count, or as a total)."""
    article = tmp_path / "a.txt"
    article.write_text(sentence + "\n", encoding="utf-8")
    answers = f"k\ne\n{part}\nf\n{typed}\n-\nx\n"
    if "airline" in sentence:
        answers = answers[2:]  # one card only
    result = ct("extract", str(article), "--subject", "s", "--review", input=answers)
    assert result.exit_code == 0, result.output
    shown = " ".join(result.output.split())
    assert f"Refused as written: '{typed}'." in shown
    assert said in shown
    assert "Measure (number or name)" not in shown
    assert _rows(empty_db) == []


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_a_bare_amount_typed_on_a_terminal(tmp_path: Path, empty_db: Path) -> None:
    """On a real terminal: the card shows the amount refused, and typing it at the figure
    prompt says the same reason and asks again; nothing stored."""
    from test_review import _env, _pty_session

    article = tmp_path / "a.txt"
    article.write_text(MONEY, encoding="utf-8")
    steps = [
        ("x=quit:", "k\r"),
        ("x=quit:", "f\r"),
        ("Figure as the quote says it:", "40 million\r"),  # shown refused on the card
        ("--paraphrase` stores one as", ""),  # (wrapped at words on a terminal: review30)
        ("Figure as the quote says it:", "-\r"),
        ("Nothing stored: back to the candidate.", ""),
        ("x=quit:", "\x04"),
    ]
    args = ["--db", str(empty_db), "extract", str(article), "--subject", "s", "--outlet", "N",
            "--review"]  # fmt: skip
    code, shown = _pty_session(args, steps, _env(empty_db))
    assert code == 0, shown
    flat = " ".join(shown.split())
    assert "'40 million' refused: a bare amount (no unit, no noun)" in flat, shown
    assert "Store it as a count?" not in shown
    assert _rows(empty_db) == []


# -- an oil spill logged end to end: the review's faults, each a general rule ------------------

SPILL = Path(__file__).parent / "fixtures" / "articles" / "review28-spill.txt"
SPILL_ANSWERS = SPILL.with_name("review28-spill-answers.txt")


@pytest.mark.parametrize(
    ("span", "stored", "is_stored"),
    [
        # the same figure typed with fewer words on another card of the sentence
        ((100, 132), {(100, 122)}, True),
        ((100, 122), {(100, 132)}, True),
        ((100, 122), {(100, 122)}, True),
        # another figure of the sentence, before or after it: not stored
        ((100, 122), {(60, 99), (123, 140)}, False),
        ((100, 122), {(122, 130)}, False),
        ((100, 122), set(), False),
    ],
)
def test_a_figure_is_stored_when_stored_words_overlap_it(span, stored, is_stored) -> None:
    from claimtrack.review.session import stored_at

    assert stored_at(span, stored) is is_stored


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        # a weekday with its day and month, no year: that date, when it falls on that weekday
        ("It was released on Wednesday, 18 October, the agencies said.", ["2017-10-18"]),
        ("The leak was discovered on Thursday, 12 October.", ["2017-10-12"]),
        ("The spill was first reported Friday, Oct. 13.", ["2017-10-13"]),
        ("It was found on Friday 13th October.", ["2017-10-13"]),
        # last year's, when this year's is still to come
        ("Work began on Tuesday, 20 December.", ["2016-12-20"]),
        # a weekday that does not fit its date (a misprint), a year written, a future, a plural
        ("It was found on Friday, 12 October.", []),
        ("It said on Friday, Oct. 13, 2017 that it would act.", []),
        ("He will speak on Wednesday, 25 October.", []),
        ("Crews worked on Fridays, 13 October included.", []),
        # a weekday alone, as before
        ("The company said on Wednesday that 300 had left.", ["2017-10-18"]),
    ],
)
def test_a_weekday_with_its_date_is_offered(sentence: str, dates: list[str]) -> None:
    from claimtrack.review.days import named_days

    assert [d.date for d in named_days(sentence, "2017-10-20")] == dates


def test_the_spill_page_through_the_review(ct, empty_db: Path) -> None:
    """The three faults of the story, on a page written for this test: the distance typed on
    the speaker's card is shown stored on the outlet's card of the same sentence (Enter skips
    it, and no 'Skipped unstored'); the company named for 'the privately-owned company' on one
    card is carried to its next card; the weekday with its date is offered as said_on."""
    args = ["extract", str(SPILL), "--subject", "port-allen-leak", "--outlet", "Example News",
            "--reported-on", "2017-10-20", "--review"]  # fmt: skip
    result = ct(*args, input=SPILL_ANSWERS.read_text(encoding="utf-8"))
    assert result.exit_code == 0, result.output
    shown = " ".join(result.output.split())
    assert "Done: 3 claims stored from 4 candidates." in shown
    assert "Skipped unstored" not in shown
    assert (
        "speaker: Harbor Offshore (as you answered for 'privately-owned company' before)" in shown
    )
    assert "1. 2017-10-18 ('Wednesday, 18 October', article 2017-10-20)" in shown
    rows = [(r["claimant"], r["speaker"], r["value"], r["measure"], r["said_on"])
            for r in _rows(empty_db)]  # fmt: skip
    assert rows == [
        ("Coast Guard", "Coast Guard", "approximately 30 miles", "distance-to-port", None),
        ("Harbor Offshore", "Harbor Offshore", "about 2,000 barrels", "oil-released", None),
        ("Harbor Offshore", "Harbor Offshore", "as much as 3,500 barrels", "oil-released",
         "2017-10-18"),
    ]  # fmt: skip


def test_a_description_met_afresh_is_not_carried(ct, tmp_path: Path, empty_db: Path) -> None:
    """ "a spokesman" said twice, each met afresh (no 'the earlier spokesman'): the name given
    on the first card is not carried to the second, which may be another person."""
    article = tmp_path / "a.txt"
    article.write_text("A spokesman said 300 barrels had leaked. Hours later a spokesman said "
                       "500 barrels had leaked.\n", encoding="utf-8")  # fmt: skip
    answers = "c\nPort Authority\ny\ns\nf\n\nleak\ny\ny\n\nx\n"
    result = ct("extract", str(article), "--subject", "s", "--outlet", "N", "--review",
                input=answers)  # fmt: skip
    assert result.exit_code == 0, result.output
    shown = " ".join(result.output.split())
    assert "[2/2] speech verb · speaker: spokesman (subject of 'said'; guess:" in shown
    assert "As you answered" not in shown


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_the_spill_page_on_a_terminal(tmp_path: Path, empty_db: Path) -> None:
    """On a real terminal: Enter on the outlet's card of a figure stored from the speaker's
    card skips it; the next card of 'the company' starts with the name answered; the said_on
    offered is the weekday's date."""
    from test_review import _env, _pty_session

    steps = [
        ("x=quit:", "f\r"),
        ("Figure as the quote says it:", "approximately 30 miles\r"),
        ("Measure (number or name):", "distance-to-port\r"),
        ("Create it?", "y\r"),
        ("Store it?", "y\r"),
        ("x=quit [k]:", "\r"),
        ("x=quit [k]:", "\r"),  # the outlet's card of the same figure: stored, Enter skips it
        ("x=quit:", "c\r"),
        ("Claimant (number or name)", "Harbor Offshore\r"),
        ("Create it?", "y\r"),
        ("Speaker: k=keep", "s\r"),
        ("x=quit:", "f\r"),
        ("Figure (number, or words of the quote) [1]:", "\r"),
        ("Measure (number or name):", "oil-released\r"),
        ("Create it?", "y\r"),
        ("Store it?", "y\r"),
        ("x=quit [k]:", "\r"),
        ("c, p and t change them here.", ""),
        ("x=quit:", "t\r"),
        ("Said on (number, date, - for none) [2017-10-18]:", "\r"),
        ("As of", "\r"),
        ("x=quit:", "f\r"),
        ("Figure (number, or words of the quote) [1]:", "\r"),
        ("Measure (number or name):", "2\r"),
        ("Store it?", "y\r"),
        ("x=quit [k]:", "\r"),
    ]
    args = ["--db", str(empty_db), "extract", str(SPILL), "--subject", "port-allen-leak",
            "--outlet", "Example News", "--reported-on", "2017-10-20", "--review"]  # fmt: skip
    code, shown = _pty_session(args, steps, _env(empty_db))
    assert code == 0, shown
    assert "Done: 3 claims stored from 4 candidates." in shown, shown
    assert "Skipped unstored" not in shown
    rows = [(r["claimant"], r["said_on"]) for r in _rows(empty_db)]
    assert rows == [("Coast Guard", None), ("Harbor Offshore", None),
                    ("Harbor Offshore", "2017-10-18")]  # fmt: skip
