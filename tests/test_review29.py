"""review29: a flood's toll told over days, logged end to end (docs/extract.md, "A flood's
toll told over days").

What stored, or would have stored, a wrong date or a wrong party on Enter, each now a general
rule: the said_on of the claim stored last is offered on Enter only for the same claimant in a
sentence that does not place its telling earlier (it was offered for another official's words
and for "Earlier, OCHA said ..."); a weekday with its date in brackets ("on Sunday (September
17)") is that date, not the weekday counted back; a day typed in words at a date prompt is
read as a sentence's are; a claimant proposed with a last word of kind ("Libyan Red Crescent
Society") is asked about beside the stored name without it; what was answered for the
sentence before is carried to a card whose speaker came from it ('goes on with', 'the last
speaker's'); the relay list puts the later page first among claims said the same day.

Sentences written for this test (no article text)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from test_review18 import _rows

FLOOD = Path(__file__).parent / "fixtures" / "articles" / "review29-flood.txt"
FLOOD_ANSWERS = FLOOD.with_name("review29-flood-answers.txt")


# -- dates: a weekday with its date in brackets ----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "article", "dates"),
    [
        # the date in brackets is the day: a week before the article, the weekday counted
        # back gave the last such weekday, a week late
        ("The UN said on Thursday (September 7) that most deaths could be averted.",
         "2023-09-17", ["2023-09-07"]),
        ("The agency said on Tuesday (Oct 2) that 1,234 had died.", "2018-10-02",
         ["2018-10-02"]),
        ("The society said on Sunday (17 September) that it denied it.", "2023-09-18",
         ["2023-09-17"]),
        # a weekday that does not fit its date: a misprint, nothing offered
        ("The agency said on Tuesday (Oct 3) that 1,234 had died.", "2018-10-05", []),
        # with no bracket, or a bracket that holds no date: the weekday counted back
        ("The agency said on Tuesday that 1,234 had died.", "2018-10-05", ["2018-10-02"]),
        ("The agency (the national one) said on Tuesday that 1,234 had died.", "2018-10-05",
         ["2018-10-02"]),
        ("The agency said on Tuesday (local time) that 1,234 had died.", "2018-10-05",
         ["2018-10-02"]),
    ],
)  # fmt: skip
def test_a_weekday_with_its_date_in_brackets(sentence: str, article: str, dates: list) -> None:
    from claimtrack.review.days import named_days

    assert [d.date for d in named_days(sentence, article)] == dates


@pytest.mark.parametrize(
    ("typed", "date"),
    [
        ("Sunday", "2023-09-17"),
        ("sunday", "2023-09-17"),
        ("Monday", "2023-09-18"),  # the article's own weekday is that day
        ("last Monday", "2023-09-11"),
        ("yesterday", "2023-09-17"),
        ("today", "2023-09-18"),
        ("Thursday (September 7)", "2023-09-07"),
        # not one day in words: left to the date parser, which refuses them
        ("next Sunday", None),
        ("Sunday morning", None),
        ("Sundays", None),
        ("Good Friday", None),
        ("2023-09-17", None),
        ("Tuesday and Wednesday", None),
    ],
)
def test_a_day_typed_in_words(typed: str, date: str | None) -> None:
    from claimtrack.review.days import typed_day

    got = typed_day(typed, "2023-09-18")  # a Monday
    assert (got.date if got else None) == date
    assert typed_day(typed, None) is None  # no article date: nothing counted back


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Earlier, OCHA said at least 11,300 people were dead.", "Earlier"),
        ("The ministry had initially reported 300 deaths.", "initially"),
        ("The agency had said 2,000 were missing.", "had said"),
        ("Officials previously put the toll at 800.", "previously"),
        ("OCHA said at least 3,958 people had died.", None),
        ("The health minister told reporters that 3,000 were missing.", None),
    ],
)
def test_a_sentence_that_places_its_telling_earlier(sentence: str, words: str | None) -> None:
    from claimtrack.review.days import told_earlier

    assert told_earlier(sentence) == words


# -- one organisation with or without a last word of kind -----------------------------------

KNOWN = ["Libyan Red Crescent", "World Health Organization", "BBC", "Valley Red Cross"]


@pytest.mark.parametrize(
    ("new", "same"),
    [
        ("Libyan Red Crescent Society", ["Libyan Red Crescent"]),
        ("the Libyan Red Crescent Society", ["Libyan Red Crescent"]),
        ("Valley Red Cross Society", ["Valley Red Cross"]),
        ("Valley Red Cross Inc.", ["Valley Red Cross"]),
        ("World Health", ["World Health Organization"]),
        # another body: a word of place more or less, a word of kind that is not last, or too
        # little left to be sure of ("BBC Company": one word)
        ("Red Crescent Society", []),
        ("Egyptian Red Crescent Society", []),
        ("Society of Libyan Red Crescent", []),
        ("BBC Company", []),
        ("Libyan Red Crescent", []),  # the name itself
    ],
)
def test_a_last_word_of_kind(new: str, same: list[str]) -> None:
    from claimtrack.names import same_organisation

    assert same_organisation(new, KNOWN) == same
    for other in same:  # both ways round
        assert new in same_organisation(other, [new])


# -- the review ------------------------------------------------------------------------------


def _flood(ct) -> str:
    args = ["extract", str(FLOOD), "--subject", "valley-floods", "--outlet", "Example News",
            "--reported-on", "2024-05-14", "--review"]  # fmt: skip
    result = ct(*args, input=FLOOD_ANSWERS.read_text(encoding="utf-8"))
    assert result.exit_code == 0, result.output
    return " ".join(result.output.split())


def test_the_flood_page_through_the_review(ct, empty_db: Path) -> None:
    shown = _flood(ct)
    assert "Done: 6 claims stored from 6 candidates." in shown
    # the bracketed date offered on Enter
    assert "1. 2024-05-07 ('Tuesday (May 7)', article 2024-05-14)" in shown
    assert "Said on (number, date, - for none) [2024-05-07]:" in shown
    # the said_on stored last: listed, never offered on Enter for another claimant or for
    # a telling placed earlier
    assert ("1. 2024-05-07 (the said_on stored last, for national disaster agency; not offered "
            "on Enter: this claim's claimant is health ministry)") in shown  # fmt: skip
    assert ("not offered on Enter: the sentence says 'Earlier')") in shown
    assert "Said on (number, date, - for none) [2024-05-07]:" not in shown.split("[2/6]")[1]
    # a day typed in words
    assert "'Friday' is 2024-05-10 (counted back from the article's date 2024-05-14)." in shown
    # the society asked about beside the Red Cross stored, and carried to the next card
    assert "did you mean 'Valley Red Cross'?" in shown
    assert "[6/6] figure · speaker: Valley Red Cross Society (as you answered for the sentence " \
        "before) · claimant: Valley Red Cross" in shown  # fmt: skip
    rows = [(r["claimant"], r["speaker"], r["value"], r.get("said_on"), r.get("as_of"))
            for r in _rows(empty_db)]  # fmt: skip
    assert rows == [
        ("national disaster agency", "national disaster agency", "1,200 people", "2024-05-07",
         None),
        ("health ministry", "Dana Kole", "3,000 people", None, None),
        ("national disaster agency", "national disaster agency", "at least 800 people", None,
         None),
        ("Valley Red Cross", "Valley Red Cross", "300 homes", None, None),
        ("Valley Red Cross", "Valley Red Cross Society", "950 bodies", None, "2024-05-10"),
        ("Valley Red Cross", "Valley Red Cross Society", "at least 40 children", None, None),
    ]  # fmt: skip


def _agency(ct, tmp_path: Path, answers: str) -> str:
    """The review of two cards of one claimant, the first naming Tuesday (a page of a
    Thursday); its output."""
    article = tmp_path / "a.txt"
    article.write_text("The agency said on Tuesday that 1,200 people had died. The agency said "
                       "3,000 people were missing.\n", encoding="utf-8")  # fmt: skip
    result = ct("extract", str(article), "--subject", "s", "--outlet", "N", "--reported-on",
                "2024-05-16", "--review", input=answers)  # fmt: skip
    assert result.exit_code == 0, result.output
    return str(result.output)


@pytest.mark.parametrize(
    ("answers", "said_on"),
    [
        # the same claimant, a sentence not told earlier: Enter takes the said_on stored last,
        # as before review29
        ("t\n\n\nf\n\ndeaths\ny\ny\n\nt\n\n\nf\n\nmissing\ny\ny\n\n",
         ["2024-05-14", "2024-05-14"]),
        # a date given at t on a card skipped stores nothing, and is not offered on the next
        ("t\n\n\nk\nt\n\n\nf\n\nmissing\ny\ny\n\n", [None]),
    ],
)  # fmt: skip
def test_the_said_on_stored_last_for_the_same_claimant(
    ct, tmp_path: Path, empty_db: Path, answers: str, said_on: list
) -> None:
    output = _agency(ct, tmp_path, answers)
    assert "the said_on stored last" not in output
    assert [r["said_on"] for r in _rows(empty_db)] == said_on


def test_the_relay_list_puts_the_later_page_first(ct, tmp_path: Path, empty_db: Path) -> None:
    """Two pages telling the same day's figure: the later page's claim is listed first."""
    for name, day in (("a.txt", "2024-05-15"), ("b.txt", "2024-05-16"), ("c.txt", "2024-05-17")):
        (tmp_path / name).write_text(f"The agency said on Tuesday that {day[-2:]}0 people had "
                                     "died.\n", encoding="utf-8")  # fmt: skip
    for name, day in (("a.txt", "2024-05-15"), ("b.txt", "2024-05-16")):
        result = ct("extract", str(tmp_path / name), "--subject", "s", "--outlet", "N",
                    "--reported-on", day, "--review",
                    input="t\n\n\nf\n\ndeaths\ny\ny\n\n")  # fmt: skip
        assert result.exit_code == 0, result.output
    result = ct("extract", str(tmp_path / "c.txt"), "--subject", "s", "--outlet", "N",
                "--reported-on", "2024-05-17", "--review", input="r\n\nk\n")  # fmt: skip
    assert result.exit_code == 0, result.output
    listed = [line for line in result.output.splitlines() if " · agency · deaths " in line]
    assert [("160 people" in line, "150 people" in line) for line in listed] == [
        (True, False), (False, True)
    ]  # fmt: skip


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_the_flood_page_on_a_terminal(empty_db: Path) -> None:
    """On a real terminal: the bracketed date offered; the said_on stored last listed, not
    offered, for another claimant and for "Earlier"; "Friday" typed at as_of read as a day."""
    from test_review import _env, _pty_session

    steps = [
        ("x=quit:", "t\r"),
        ("Said on (number, date, - for none) [2024-05-07]:", "\r"),
        ("As of", "\r"),
        ("x=quit:", "f\r"),
        ("Figure (number, or words of the quote) [1]:", "\r"),
        ("Measure (number or name):", "deaths\r"),
        ("Create it?", "\r"),
        ("Store it?", "y\r"),
        ("x=quit [k]:", "\r"),
        ("x=quit:", "t\r"),  # the minister's card, the agency's claimant kept
        ("this claim's claimant is Dana Kole)", ""),
        ("Said on (number, date, - for none):", "1\r"),
        ("As of", "\r"),
        ("x=quit:", "k\r"),
        ("x=quit:", "t\r"),  # "Earlier, the agency said": the same claimant, told earlier
        ("the sentence says 'Earlier')", ""),
        ("Said on (number, date, - for none):", "\r"),
        ("As of", "Friday\r"),
        ("is 2024-05-10 (counted back from the article's date 2024-05-14).", ""),
        ("x=quit:", "x\r"),
    ]
    args = ["--db", str(empty_db), "extract", str(FLOOD), "--subject", "valley-floods",
            "--outlet", "Example News", "--reported-on", "2024-05-14", "--review"]  # fmt: skip
    code, shown = _pty_session(args, steps, _env(empty_db))
    assert code == 0, shown
    rows = [(r["claimant"], r["said_on"]) for r in _rows(empty_db)]
    assert rows == [("national disaster agency", "2024-05-07")]
