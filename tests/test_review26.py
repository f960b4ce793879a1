"""review26: nothing lost on Enter, hedges and changes the card refused, rates above the
whole, and what logging a pay dispute end to end found.

Found logging Network Rail's 2008 pay offer and the unions' answer (five pages): Enter on a
card skipped it even when its own figure was not stored; "the estimated 750" and the Italian
"almeno 500" were refused by `add` (and "almeno 500 persone" proposed as exactly 500); "a 3%
pay rise" and "a 12% raise" could be stored neither as a level nor as a change; "211.4%" with
no rate measure was not proposed at all; "rejected an original offer of 4.8% ... and RPI plus
0.5%" proposed none of the offer's figures (read as denied); "an additional 0.1%" could only
be stored as a level of 0.1%, and "RPI plus 0.5%" as a bare 0.5% without a word.

Sentences written for this test (no article text).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from claimtrack.extract.figurespans import ABOVE_WHOLE, read_figures
from claimtrack.guards import added_words, change_given_problem
from claimtrack.quantities import FigureError, parse_figure
from test_review18 import _rows


def _figures(text: str) -> list[tuple[str, Any, Any, str | None, str | None]]:
    got, _ = read_figures(text, 0, len(text))
    return [(f.figure.text, f.figure.low, f.figure.high, f.change, f.note) for f in got]


def _refused(text: str) -> list[str]:
    return [r.text for r in read_figures(text, 0, len(text))[1]]


# -- the parser: "the estimated N", hedges in other languages ------------------------------


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("the estimated 750", 675, 825),
        ("the estimated 750 nurses", 675, 825),
        ("an estimated 1,200", 1080, 1320),
        ("estimated 750", 675, 825),
    ],
)
def test_the_estimated_is_a_hedge(text: str, low: int, high: int) -> None:
    fig = parse_figure(text)
    assert (fig.low, fig.high, fig.hedge) == (low, high, "around")


@pytest.mark.parametrize(
    ("text", "phrase", "language"),
    [
        ("almeno 500", "almeno", "Italian"),
        ("almeno 500 persone", "almeno", "Italian"),
        ("più di 300", "più di", "Italian"),
        ("al menos 300", "al menos", "Spanish"),
        ("más de 40", "más de", "Spanish"),
        ("au moins 20", "au moins", "French"),
        ("plus de 1 000", "plus de", "French"),
        ("mindestens 12", "mindestens", "German"),
        ("mehr als 100", "mehr als", "German"),
        ("rund 40", "rund", "German"),
        ("ongeveer 70", "ongeveer", "Dutch"),
    ],
)
def test_a_hedge_in_another_language_is_refused_by_name(
    text: str, phrase: str, language: str
) -> None:
    with pytest.raises(FigureError) as e:
        parse_figure(text)
    assert f'"{phrase}" is a hedge in {language}' in str(e.value)


@pytest.mark.parametrize(
    ("sentence", "refused"),
    [
        ("Almeno 500 persone, ha detto la polizia.", "Almeno 500 persone"),
        ("Murieron al menos 300 personas.", "al menos 300 personas"),
        ("Es kamen mehr als 100 Menschen.", "mehr als 100 Menschen"),
    ],
)
def test_extract_never_proposes_the_number_after_a_foreign_hedge(
    sentence: str, refused: str
) -> None:
    assert _figures(sentence) == []
    assert _refused(sentence) == [refused]


# -- changes: "a 3% pay rise", "a 12% raise" ----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value", "way"),
    [
        ("Nurses were offered a 3% pay rise.", "3%", "up"),
        ("The union demands a 12% raise.", "12%", "up"),
        ("Tenants face a 10% rent hike.", "10%", "up"),
        ("Council staff face a 5% wage cut.", "5%", "down"),
        ("Council staff face a 5% cut.", "5%", "down"),
    ],
)
def test_a_pay_rise_is_proposed_as_a_change(sentence: str, value: str, way: str) -> None:
    (got,) = _figures(sentence)
    assert (got[0], got[3]) == (value, way)
    assert change_given_problem(value, sentence, way) is None  # `add --change` takes it too


def test_job_cuts_stay_refused() -> None:
    """ "25 percent job cuts" may count the cuts: not read as a change of jobs."""
    assert _figures("Staff face 25 percent job cuts.") == []


# -- rates above the whole ----------------------------------------------------------------


def test_a_rate_above_the_whole_is_proposed_with_what_holds_it() -> None:
    (got,) = _figures("Inflation in Argentina reached 211.4% last year, the office said.")
    assert got == ("211.4%", 211.4, 211.4, None, ABOVE_WHOLE)
    assert _figures("Turnout was 45%.")[0][4] is None


# -- what was offered and rejected; amounts added to another ------------------------------


def test_the_figures_of_a_rejected_offer_are_proposed(ct, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Members of the union rejected an offer of 4.8% this year and RPI plus 0.5% next "
        "year, but the firm later proposed an additional 0.1%, taking it to 4.9%.\n"
        "The minister denied that 40 staff had left.\n",
        encoding="utf-8",
    )
    result = ct("extract", str(article), "--subject", "pay")
    assert result.exit_code == 0, result.output
    assert '"value": "4.8%"' in result.output and '"value": "0.5%"' in result.output
    assert '"value": "4.9%"' in result.output
    assert '"value": "40 staff"' not in result.output  # a denial still denies


@pytest.mark.parametrize(
    ("value", "quote", "word"),
    [
        ("0.5%", "The offer is RPI plus 0.5% in 2009.", "plus"),
        ("0.1%", "The firm proposed an additional 0.1%.", "additional"),
        ("300", "Another 300 staff joined.", "Another"),
    ],
)
def test_added_words(value: str, quote: str, word: str) -> None:
    got = added_words(value, quote)
    assert got is not None and got.word == word


def test_no_added_words() -> None:
    assert added_words("5", "It was 3 plus 5.") is None  # a sum of two numbers: no word before
    assert added_words("818,000", "There were 818,000 fewer jobs.") is None  # below, not added


# -- the review ---------------------------------------------------------------------------

PAGE = (
    "The union said 1,200 nurses left last year.\n"
    "Nurses were offered a 3% pay rise, the health department said.\n"
    "Inflation reached 211.4% last year, the statistics office said.\n"
    "The firm proposed an additional 0.1%, the union said.\n"
)


def test_enter_on_a_card_never_skips_an_unstored_figure(ct, tmp_path: Path) -> None:
    """Enter on a card whose figure is not stored is no answer (asked again); k skips, and
    the end names every card skipped unstored, before the count."""
    article = tmp_path / "a.txt"
    article.write_text(PAGE, encoding="utf-8")
    answers = ["", "k", "", "k", "k", "k"]
    result = ct("extract", str(article), "--subject", "nhs", "--review",
                input="\n".join(answers) + "\n")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.output.count("Enter is no answer here: nothing of this card is stored") == 2
    lines = result.output.strip().splitlines()
    assert lines[-1] == "Done: 0 claims stored from 4 candidates."
    assert lines[-2].startswith("Skipped unstored: [1/4] 1,200 nurses; [2/4] 3%; [3/4] 211.4%")


def test_the_review_stores_changes_rates_and_added_amounts(
    ct, tmp_path: Path, empty_db: Path
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(PAGE, encoding="utf-8")
    answers = [
        "k",  # 1,200 nurses
        "f", "", "pay-rise", "y", "y", "",  # 3%: a change up
        "f", "", "", "y", "y", "",  # 211.4%: "inflation" offered; Enter takes it, confirmed
        "f", "", "pay-offer", "y", "y",  # 0.1%: proposed as a change up (extract52)
    ]  # fmt: skip
    result = ct("extract", str(article), "--subject", "nhs", "--review",
                input="\n".join(answers) + "\n")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "'211.4%' is above the whole (100%)" in result.output
    assert "Measure (number or name) [inflation]:" in result.output
    assert "0.1% -> 0.1–0.1 (a change up, not a level)" in result.output
    assert '"additional" counts the amount against another' in result.output
    got = [(r["value"], r["measure"], r["change"]) for r in _rows(empty_db)]
    assert got == [
        ("3%", "pay-rise", "up"),
        ("211.4%", "inflation", None),
        ("0.1%", "pay-offer", "up"),
    ]


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_enter_and_an_added_amount_on_a_terminal(ct, tmp_path: Path, empty_db: Path) -> None:
    """On a real terminal: Enter on a card with its figure unstored asks again; a figure
    added to another is asked about (Enter no answer), and l stores it as a level."""
    from test_review import _env, _pty_session

    article = tmp_path / "a.txt"
    article.write_text("The offer is RPI plus 0.5% in 2009, the union said.\n", encoding="utf-8")
    steps = [
        ("x=quit:", "\r"),  # no default on the card: Enter asks again
        ("nothing of this card is stored yet", ""),
        ("x=quit:", "f\r"),
        ("Figure (number, or words of the quote) [1]:", "\r"),
        ("Measure (number or name):", "pay-above-rpi\r"),
        ("Create it?", "\r"),
        ("is added to another amount in the quote ('plus 0.5%')", ""),
        ("l=level:", "\r"),  # no answer: asked again
        ("u stores it as a change up, l as a level", ""),
        ("l=level:", "l\r"),
        ("Store it?", "y\r"),
        ("x=quit [k]:", "\x04"),
    ]
    args = ["--db", str(empty_db), "extract", str(article), "--subject", "pay", "--outlet",
            "N", "--review"]  # fmt: skip
    code, shown = _pty_session(args, steps, _env(empty_db))
    assert code == 0, shown
    (row,) = _rows(empty_db)
    assert (row["value"], row["measure"], row["change"]) == ("0.5%", "pay-above-rpi", None)
