"""review25: pence and cents through `extract --review`, a measure suggestion Enter does not
take unless it fits, and the review's promise as a property over invented price pages.

Found logging the UK's 5p fuel duty cut (five pages, prices in pence a litre): "167.3p",
"52.95p" and "3,943.00p" were neither proposed nor shown refused (a number glued to "p" was
no figure), and the parser refused "pence" as "a fraction of a currency"; "45 bucks" was
proposed as "45", a count; the measure suggested for the petrol price "167.3p" was
`diesel-price-rise-year-per-litre` and for the duty's "5p" `asda-pump-price-cut-per-litre`
(each shares one word of the figure's noun), and a hurried Enter took either; "a 5p a litre
cut" was refused as a change on the card, and "5p" typed for it refused again, the change
had no way in.

The property: the review's state machine (``test_review_states.ReviewMachine``) over pages a
strategy invents from price sentences (pence glued and spelt out, ranges, hedges, cents named
or not, a change, a video resolution, slang), and after each answer: every figure stored reads
by the parser of ``add`` what the page's figure at those words reads (interval, currency,
hedge: ``test_review24.page_reading_problem``), and never stops short of a unit written at
its end ("45" of "45p", "45" of "45 bucks").

Sentences written for this test (no article text).
"""

from __future__ import annotations

import re
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.stateful import initialize, invariant

from claimtrack.extract.figurespans import FigureRead, read_figures
from claimtrack.extract.measures import suggestion_doubt
from claimtrack.quantities import FigureError, in_currency, parse_figure
from claimtrack.quantities.units import refused_unit
from test_review24 import page_reading_problem
from test_review_states import ReviewMachine

from conftest import examples

pytestmark = pytest.mark.hypothesis

WHO = ["The RAC", "Experian Catalist", "Ann Lee, the analyst,", "The AA", "Asda", "Mr Okafor"]
HEDGES = ["", "", "about ", "nearly ", "more than ", "up to ", "almost ", "just "]
PENCE = ["5", "45", "12.5", "161.8", "3,943.00", "57.95", "1", "2.71"]


@st.composite
def price(draw: st.DrawFn) -> str:
    """A price as British, American or euro pages write it."""
    a, b = draw(st.sampled_from(PENCE)), draw(st.sampled_from(PENCE))
    form = draw(st.integers(0, 8))
    if form == 0:
        return f"{a}p"
    if form == 1:
        return f"{a} pence"
    if form == 2:
        return f"between {a}p and {b}p"
    if form == 3:
        return f"{a}p-{b}p"
    if form == 4:
        return f"{a} {draw(st.sampled_from(['cents', 'US cents', 'euro cents']))}"
    if form == 5:
        return draw(st.sampled_from(["€0.45", "$0.99", "£1.20", "a penny"]))
    if form == 6:
        return f"{a} bucks"
    if form == 7:
        return draw(st.sampled_from(["1080p", "720p"]))
    return f"{a}p a litre"


@st.composite
def sentence(draw: st.DrawFn) -> str:
    who = draw(st.sampled_from(WHO))
    hedge = draw(st.sampled_from(HEDGES))
    one, two = draw(price()), draw(price())
    one = one if one.startswith(("between", "a penny")) else hedge + one
    form = draw(st.integers(0, 5))
    if form == 0:
        return f"{who} said petrol cost {one} on Tuesday."
    if form == 1:
        return f"{who} said prices fell {one} to {two}."
    if form == 2:
        return f"The stamp rose to {one}, {who.rstrip(',')} said."
    if form == 3:
        return f"{who} announced a {draw(st.sampled_from(PENCE))}p a litre cut in duty."
    if form == 4:
        return f"{who} denied that prices had risen."
    return f"According to {who.rstrip(',').lower()}, diesel was {one} while petrol was {two}."


@st.composite
def article(draw: st.DrawFn) -> str:
    return " ".join(draw(st.lists(sentence(), min_size=1, max_size=3)))


def unit_cut_off(quote: str, value: str) -> str | None:
    """Why ``value``, stored from ``quote``, stops short of a unit written right after it:
    letters glued on ("45" of "45p"), or a word the parser of ``add`` refuses by name ("45"
    of "45 bucks", "99" of "99 cents"); None otherwise. Independent of ``extract``."""
    for m in re.finditer(re.escape(value), quote):
        rest = quote[m.end() :]
        if value[-1:].isdigit() and re.match(r"[^\W\d_]", rest):
            return f"stored {value!r} stops inside {quote[m.start() : m.end() + 4]!r}"
        nxt = re.match(r"\s+([^\W\d_]+)", rest)
        if nxt is None:
            continue
        if refused_unit(nxt.group(1)):
            return f"stored {value!r} leaves out the unit {nxt.group(1)!r} after it"
    return None


class PriceReview(ReviewMachine):
    """The review's machine over invented price sentences."""

    @initialize(text=article())
    def start(self, text: str) -> None:  # type: ignore[override]
        self.begin(text)

    @invariant()
    def prices_read_as_the_page_does(self) -> None:
        if self.review is None:
            return
        for row in self.rows():
            if row["kind"] == "figure":
                problem = page_reading_problem(self.text, row["quote"], row["value"])
                problem = problem or unit_cut_off(row["quote"], row["value"])
                assert problem is None, problem


PriceReview.TestCase.settings = ReviewMachine.TestCase.settings  # the machine's own
TestPriceReview = PriceReview.TestCase


@settings(max_examples=examples(400), deadline=None)
@given(text=sentence())
def test_every_price_offered_reads_as_written(text: str) -> None:
    """What the review offers (``extract``'s reading of the sentence, stored on Enter) reads
    by the parser of ``add`` as shown, in its currency, and stops short of no unit."""
    from claimtrack.review import figures_in

    for f in figures_in(text, 0, len(text)):
        fig = parse_figure(f["text"])
        assert (fig.low, fig.high) == (f["low"], f["high"]), f
        assert f.get("currency") == in_currency(fig), f
        problem = unit_cut_off(text, f["text"])
        assert problem is None, problem


@pytest.mark.parametrize(
    ("text", "low", "dimension", "money"),
    [
        ("45p", 45, "currency:GBP", "GBP 0.45"),
        ("3,943.00p", 3943, "currency:GBP", "GBP 39.43"),
        ("12.5p", 12.5, "currency:GBP", "GBP 0.125"),
        ("about 45p", 40.5, "currency:GBP", "GBP 0.405–0.495"),
        ("between 160p and 170p", 160, "currency:GBP", "GBP 1.60–1.70"),
        ("more than 5p", 5, "currency:GBP", "GBP 0.05+"),
        ("50 pence", 50, "currency:GBP", "GBP 0.50"),
        ("a penny", 1, "currency:GBP", "GBP 0.01"),
        ("99 US cents", 99, "currency:USD", "USD 0.99"),
        ("45 euro cents", 45, "currency:EUR", "EUR 0.45"),
        ("£1.20", 1.2, "currency:GBP", None),  # in the currency itself: nothing to say
        ("45 people", 45, "count", None),
    ],
)  # fmt: skip
def test_money_in_a_hundredth_of_its_currency(
    text: str, low: float, dimension: str, money: str | None
) -> None:
    fig = parse_figure(text)
    assert (fig.low, fig.dimension, in_currency(fig)) == (low, dimension, money)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("99 cents", "does not name"),  # US, euro, Australian ... cents: which?
        ("1080p", "pence or a video resolution"),
        ("720p", "pence or a video resolution"),
        ("5p a litre", "a rate per something other than a period"),
        ("3 dimes", "does not name"),
    ],
)  # fmt: skip
def test_money_the_parser_refuses(text: str, why: str) -> None:
    with pytest.raises(FigureError, match=why):
        parse_figure(text)


@pytest.mark.parametrize(
    ("sentence", "read", "refused"),
    [
        ("Petrol fell to 161.8p a litre on Monday, the RAC said.", ["161.8p"], []),
        ("Shares closed at 3,943.00p on Friday.", ["3,943.00p"], []),
        ("Duty had been frozen at 57.95p since March 2011.", ["57.95p"], []),
        ("Prices were between 160p and 170p.", ["between 160p and 170p"], []),
        ("A stamp now costs about 45p.", ["about 45p"], []),
        ("Diesel was up 5p.", ["5p"], []),
        ("The fine was 45 bucks, police said.", [], ["45 bucks"]),
        ("He ate 2,000 calories a day.", [], ["2,000 calories"]),
        ("The jars sold for 99 cents each.", [], ["99 cents"]),
        ("The city was hottest on Monday, at 41 degrees.", [], ["41 degrees"]),  # not a count
        ("The clip was filmed in 1080p.", [], ["1080p"]),
        ("We counted 45 people.", ["45 people"], []),
        # a preposition is no part of the unit: "2.71p following Sunak's announcement"
        ("Petrol had fallen just 2.71p following the announcement.", ["just 2.71p"], []),
    ],
)  # fmt: skip
def test_pence_are_proposed_and_units_refused_never_dropped(
    sentence: str, read: list[str], refused: list[str]
) -> None:
    figs, refs = read_figures(sentence, 0, len(sentence))
    assert [f.figure.text for f in figs] == read
    assert [r.text for r in refs] == refused


def test_a_cut_per_litre_is_a_change() -> None:
    text = "The chancellor announced a 5p a litre cut to fuel duty."
    (got,), _ = read_figures(text, 0, len(text))
    assert (got.figure.text, got.change) == ("5p", "down")


# The ITV page: "a cut of 5p ... sets the duty at a new price of 52.95p" was proposed as a
# change down and refused by the guard of `add` ("no change where it stands"): the places of
# "5p" counted the "5p" inside "52.95p"; a place inside a longer number is none.
@pytest.mark.parametrize(
    ("quote", "value", "change"),
    [
        ("But a cut of 5p announced today sets the duty at 52.95p.", "5p", "down"),
        ("A cut of £5 sets the duty at £52.", "£5", "down"),
        ("A cut of 5p took it to 15p.", "5p", "down"),
        ("It rose 5% to 5.5%.", "5%", "up"),
    ],
)  # fmt: skip
def test_a_figure_inside_a_longer_number_stands_nowhere(
    quote: str, value: str, change: str
) -> None:
    from claimtrack.guards import change_given_problem

    assert change_given_problem(value, quote, change) is None


def test_a_figure_standing_twice_is_a_change_at_both() -> None:
    from claimtrack.guards import change_given_problem

    assert change_given_problem("5", "He said 5 of the 5 were there.", "up") is not None


def _rows(db: Path) -> list[dict[str, Any]]:
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in con.execute("select * from claims order by rowid")]
    finally:
        con.close()


def _read(text: str, figure: str) -> FigureRead:
    at = text.index(figure)
    return next(f for f in read_figures(text, 0, len(text))[0] if f.start == at)


# Each suggestion from the fuel duty pages, and whether Enter may take it: its dimension,
# unit and noun must all be the figure's.
@pytest.mark.parametrize(
    ("text", "figure", "measure", "dimension", "units", "doubt"),
    [
        ("Petrol was 167.3p, while diesel was 179.7p.", "167.3p",
         "diesel-price-rise-year-per-litre", "currency:GBP", {"p"}, "not in the figure's words"),
        ("It has risen more than 40p a litre since last year.", "more than 40p",
         "asda-pump-price-cut-per-litre", "currency:GBP", {"p"}, "not in the figure's words"),
        ("The company will pay £47 per share, of which £21 is cash.", "£47",
         "offer-cash-per-share", "currency:GBP", {"£"}, "'offer', 'cash' of its name"),
        ("The agency said 320 deaths were recorded.", "320 deaths", "deaths", "count",
         {"deaths"}, None),
        # the clause before the figure names the rest: "homes-destroyed" (review23's page)
        ("The fire has destroyed 37 homes, the chief said.", "37 homes", "homes-destroyed",
         "count", {"homes"}, None),
        ("Petrol prices fell to 164.6p a litre.", "164.6p", "petrol-price-per-litre",
         "currency:GBP", {"p"}, None),
        ("Diesel prices were 175.3p a litre.", "175.3p", "petrol-price-per-litre",
         "currency:GBP", {"p"}, "'petrol' of its name"),
        ("The agency said 320 deaths were recorded.", "320 deaths", "deaths", "count",
         set(), "it holds no figure yet"),
        ("The agency said 320 deaths were recorded.", "320 deaths", "deaths", "count",
         {"people"}, "it holds figures in 'people'"),
        ("The agency said 320 deaths were recorded.", "320 deaths", "deaths", "share",
         {"deaths"}, "it holds share"),
    ],
)  # fmt: skip
def test_enter_takes_a_suggestion_only_when_all_of_it_fits(
    text: str, figure: str, measure: str, dimension: str, units: set[str | None],
    doubt: str | None,
) -> None:  # fmt: skip
    got = suggestion_doubt(text, _read(text, figure), measure, dimension, units)
    assert (got is None) == (doubt is None), got
    if doubt is not None:
        assert got is not None and doubt in got, got


PAGE = (
    "Petrol prices hit 167.3p on Tuesday, while diesel hit 179.7p, the RAC said.\n"
    "The chancellor announced a 5p a litre cut in fuel duty.\n"
    "Petrol prices fell to 164.6p a litre, the RAC said.\n"
)


def test_the_review_stores_pence_as_shown(ct, tmp_path: Path, empty_db: Path) -> None:
    """Pence are proposed, shown in pounds, and stored in both; "5p" of a cut is stored as a
    change down; a suggestion whose words are all the figure's is the default."""
    article = tmp_path / "a.txt"
    article.write_text(PAGE, encoding="utf-8")
    answers = [
        "f", "", "petrol-price-per-litre", "", "y", "",  # 167.3p; Enter: the next card
        "f", "", "diesel-price-per-litre", "", "y", "",  # 179.7p, the sentence's next figure
        "f", "", "", "duty-per-litre", "", "y", "",  # 5p: no measure offered, Enter asks again
        "f", "", "", "y",  # its words name all of petrol-price-per-litre: Enter takes it
    ]  # fmt: skip
    result = ct("extract", str(article), "--subject", "fuel", "--outlet", "N", "--review",
                input="\n".join(answers) + "\n")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "figure 1: 167.3p -> 167.3–167.3 = GBP 1.673" in result.output
    assert "To store: figure '5p' (5–5 = GBP 0.05), a change down of duty-per-litre" in (
        result.output
    )
    assert "The measure is needed" in result.output
    assert "Measure (number or name) [petrol-price-per-litre]:" in result.output
    rows = _rows(empty_db)
    got = sorted((r["value"], r["measure"], r["base_low"], r["change"]) for r in rows)
    assert got == [
        ("164.6p", "petrol-price-per-litre", 1.646, None),
        ("167.3p", "petrol-price-per-litre", 1.673, None),
        ("179.7p", "diesel-price-per-litre", 1.797, None),
        ("5p", "duty-per-litre", 0.05, "down"),
    ]
    for r in rows:
        assert page_reading_problem(PAGE, r["quote"], r["value"]) is None


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_pence_on_a_terminal(ct, tmp_path: Path, empty_db: Path) -> None:
    """On a real terminal: a figure typed from a change refused on the card ("5p" of "a 5p a
    litre cut") is taken as the change; Enter at a suggestion that does not fit asks again."""
    from test_review import _env, _pty_session

    ct("add", "fuel", "--claimant", "Asda", "--quote", "Asda cut its prices 6p a litre.",
       "--figure", "6p", "--measure", "asda-pump-price-cut-per-litre", "--new",
       "--reported-on", "2022-03-23")  # fmt: skip
    article = tmp_path / "a.txt"
    article.write_text("Sunak said that duty fell 5p a litre at 6pm.\n", encoding="utf-8")
    steps = [
        ("measure suggested: asda-pump-price-cut-per-litre (not taken on Enter", ""),
        ("x=quit", "f\r"),
        ("Figure (number, or words of the quote) [1]:", "\r"),
        ("Measure (number or name):", "\r"),  # Enter: no default, asked again
        ("The measure is needed", ""),
        ("Measure (number or name):", "duty-per-litre\r"),
        ("Create it?", "\r"),
        ("Store it?", "y\r"),
        ("x=quit", "\x04"),
    ]
    args = ["--db", str(empty_db), "extract", str(article), "--subject", "fuel", "--outlet",
            "N", "--review"]  # fmt: skip
    code, shown = _pty_session(args, steps, _env(empty_db))
    assert code == 0, shown
    (row,) = [r for r in _rows(empty_db) if r["measure"] == "duty-per-litre"]
    assert (row["value"], row["base_low"], row["change"]) == ("5p", 0.05, "down")
