"""review24: money through `extract --review`, and the review's promise as a property.

The review's state machine (``test_review_states.ReviewMachine``: random answers at every
prompt, the end of input and Ctrl-C, the database checked against what was shown after each
answer) is driven here over articles *invented* by a strategy rather than drawn from a fixed
list: sentences of money in its several forms ("$2.5bn", "€6 billion", "£130,000", "between
$2bn and $6bn", "approaching €6 billion", "NZ$5 billion", "two billion euros"), shares ("27
per cent"), ratios ("6.5 times"), units, hedges, two figures in one sentence, and stances. On
top of the machine's invariants (every claim stored was shown in full before "Store it?"
answered yes, and stored as shown; its quote is words of the page; the count said at the end
is the rows stored), one more, for money:

- a stored figure reads, by the parser of ``add``, what the page's figure at those words
  reads: the same interval, the same dimension (its currency) and the same hedge. A currency,
  scale or hedge dropped or changed between the page and the database is silent wrong data.

Sentences written for this test (no article text).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.stateful import initialize, invariant

from claimtrack.extract.figurespans import read_figures
from claimtrack.measure_words import over_whole
from claimtrack.quantities import reading_rates
from test_review_states import ReviewMachine

from conftest import examples

pytestmark = pytest.mark.hypothesis

WHO = ["The company", "Harbour Air", "Ann Lee, the chief executive,", "Analysts", "The regulator",
       "Mr Okafor"]  # fmt: skip
HEDGES = ["", "", "about ", "approaching ", "nearly ", "more than ", "up to ", "some ",
          "at least ", "almost "]  # fmt: skip
SIGNS = ["$", "€", "£", "NZ$", "US$", "GBP", "EUR ", "USD"]
SCALES = ["bn", " billion", " million", "m", ""]
WORDS = ["euros", "dollars", "pounds sterling", "yen"]
NUMBERS = ["2", "2.5", "6", "46.50", "130,000", "11.7", "1,200", "27"]
UNITS = ["tonnes", "jobs", "flights", "km", "staff"]


@st.composite
def money(draw: st.DrawFn) -> str:
    """An amount of money as articles write it."""
    sign, scale = draw(st.sampled_from(SIGNS)), draw(st.sampled_from(SCALES))
    a, b = draw(st.sampled_from(NUMBERS)), draw(st.sampled_from(NUMBERS))
    form = draw(st.integers(0, 4))
    if form == 0:
        return f"{sign}{a}{scale}"
    if form == 1:
        return f"between {sign}{a}{scale} and {sign}{b}{scale}"
    if form == 2:
        return f"{a}{draw(st.sampled_from([' billion', ' million', '']))} " \
            f"{draw(st.sampled_from(WORDS))}"  # fmt: skip
    if form == 3:
        words = draw(st.sampled_from(["two billion", "six million", "a hundred", "half a billion"]))
        return f"{words} {draw(st.sampled_from(WORDS))}"
    return f"{sign}{a}{scale}-{sign}{b}{scale}"


@st.composite
def figure(draw: st.DrawFn) -> str:
    """A figure: money, a share, a ratio or a count with a unit, with a hedge or none."""
    hedge = draw(st.sampled_from(HEDGES))
    n = draw(st.sampled_from(NUMBERS))
    kind = draw(st.sampled_from(["money", "money", "money", "share", "ratio", "unit"]))
    if kind == "money":
        what = draw(money())
        return what if what.startswith("between") else hedge + what
    if kind == "share":
        return hedge + n + draw(st.sampled_from([" per cent", "%", " percent"]))
    if kind == "ratio":
        return hedge + draw(st.sampled_from(["6.5", "3", "two"])) + " times"
    return f"{hedge}{n} {draw(st.sampled_from(UNITS))}"


@st.composite
def sentence(draw: st.DrawFn) -> str:
    who = draw(st.sampled_from(WHO))
    one, two = draw(figure()), draw(figure())
    form = draw(st.integers(0, 5))
    if form == 0:
        return f"{who} said the bid was worth {one}."
    if form == 1:
        return f"{who} said profit fell {one} to {two}."
    if form == 2:
        return f"The fine of {one} was {two} more than last year, {who.rstrip(',')} said."
    if form == 3:
        return f"According to {who.rstrip(',').lower()}, the deal values the group at {one}."
    if form == 4:
        return f"{who} denied that the takeover had been agreed."
    return f"{who} estimated the cost at {one}, while unions put it at {two}."


@st.composite
def article(draw: st.DrawFn) -> str:
    return " ".join(draw(st.lists(sentence(), min_size=1, max_size=3)))


class MoneyReview(ReviewMachine):
    """The review's machine over invented money sentences."""

    @initialize(text=article())
    def start(self, text: str) -> None:  # type: ignore[override]
        self.begin(text)

    @invariant()
    def money_reads_as_the_page_does(self) -> None:
        if self.review is None:
            return
        for row in self.rows():
            if row["kind"] == "figure":
                # a change (or a rate) is read as the store reads it: "130,000% more than" a
                # change up is no share above the whole (review27, seed 0 of the thorough run)
                with reading_rates(over_whole(row["measure"], row["change"])):
                    problem = page_reading_problem(self.text, row["quote"], row["value"])
                assert problem is None, problem


def page_reading_problem(text: str, quote: str, value: str) -> str | None:
    """Why a stored figure ``value`` of ``quote`` does not read what the page's figure at
    those words reads (interval, dimension with its currency, hedge), or None. The page's
    figures are read in the whole sentence the quote was taken from, as ``extract`` reads
    them."""
    from claimtrack.review import find_quote
    from claimtrack.review.spans import places_of

    at = text.find(quote)
    if at < 0:
        return f"quote {quote!r} is not in the page"
    if find_quote(text, at, at + len(quote), value) is None:
        return None  # a sign written for the currency meant: the machine's invariant checks it
    # words that stand more than once in the quote ("2 per cent" of "fell about 2 per cent to
    # 2 per cent"): the figure stored is the one at a place that reads as it does (review27)
    problems = [_reading_problem(text, at, span, value)
                for span in places_of(text, at, at + len(quote), value)]  # fmt: skip
    return None if None in problems else problems[0]


def _reading_problem(text: str, at: int, span: tuple[int, int], value: str) -> str | None:
    """Why ``value`` stored from the words at ``span`` does not read what the page's figure
    there reads, or None."""
    from claimtrack.quantities import parse_figure
    from claimtrack.review import figures_in
    from claimtrack.review.spans import refused_in

    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    mine = parse_figure(value)
    offered = figures_in(text, start, end)
    spans = [(f["start"], f["end"]) for f in [*offered, *refused_in(text, start, end)]]
    dropped = dropped_hedge(text, value, spans, span[0])
    if dropped is not None:
        return dropped
    for f in offered:
        if not (f["start"] <= span[0] and span[1] <= f["end"]) and not (
            span[0] <= f["start"] and f["end"] <= span[1]
        ):
            continue
        page = parse_figure(f["text"])
        got = (mine.low, mine.high, mine.dimension, mine.hedge)
        want = (page.low, page.high, page.dimension, page.hedge)
        if got != want:
            return f"stored {value!r} reads {got}; the page's {f['text']!r} reads {want}"
    return None


def dropped_hedge(
    quote: str, value: str, others: Sequence[tuple[int, int]] = (), at: int | None = None
) -> str | None:
    """Why ``value``, stored from ``quote``, drops words before it that the parser of ``add``
    reads as a part of the figure ("around" of "around GBP42.41 billion", a range's first end),
    or None. Independent of ``extract``'s reading: up to four words back, as written; words
    that hold another figure the sentence offers or shows refused (``others``, spans in
    ``quote``: "fell $2bn
    to $2.5bn", a change and then a level) are that figure's, not this one's."""
    import re

    from claimtrack.quantities import FigureError, parse_figure

    if at is None:  # the value as whole words of the quote ("$2" is not a part of "$2bn")
        m = re.search(r"(?<![\w$€£.,])" + re.escape(value) + r"(?![\w]|[.,]\d)", quote)
        if m is None:
            return None
        at = m.start()
    mine = parse_figure(value)
    starts = [m.start() for m in re.finditer(r"\S+", quote[:at])]
    for n in range(1, min(4, len(starts)) + 1):
        wider = quote[starts[-n] : at + len(value)]
        if any(a < at and starts[-n] < b for a, b in others):
            break  # the words of another figure offered (its span in ``quote``)
        try:
            fig = parse_figure(wider)
        except (FigureError, ValueError):
            continue
        if (fig.low, fig.high, fig.hedge) != (mine.low, mine.high, mine.hedge):
            return (
                f"stored {value!r} ({mine.low}-{mine.high}, hedge {mine.hedge}) drops "
                f"{wider!r} ({fig.low}-{fig.high}, hedge {fig.hedge}) of its quote"
            )
    return None


MoneyReview.TestCase.settings = ReviewMachine.TestCase.settings  # the machine's own
TestMoneyReview = MoneyReview.TestCase


@settings(max_examples=examples(400), deadline=None)
@given(text=sentence())
def test_every_figure_offered_keeps_its_hedge_and_currency(text: str) -> None:
    """What the review offers at the figure prompt (``extract``'s reading of the sentence,
    the words stored on Enter) drops no hedge or range end the parser of ``add`` reads before
    it, and reads by that parser as it is shown: the same interval and currency."""
    from claimtrack.quantities import parse_figure
    from claimtrack.review import figures_in
    from claimtrack.review.spans import refused_in

    offered = figures_in(text, 0, len(text))
    spans = [(o["start"], o["end"]) for o in [*offered, *refused_in(text, 0, len(text))]]
    from claimtrack.extract.figurespans import ABOVE_WHOLE
    from claimtrack.quantities import reading_rates

    for f in offered:
        # a percentage above the whole is offered read as a rate (review26): the measure decides
        with reading_rates(f.get("note") == ABOVE_WHOLE):
            problem = dropped_hedge(text, f["text"], spans, f["start"])
            assert problem is None, problem
            fig = parse_figure(f["text"])
        assert (fig.low, fig.high) == (f["low"], f["high"]), f


# Found logging the Takeda-Shire bid (Alliance News writes money as "GBP46.50"): an amount
# glued to its ISO code was taken for a name ("COVID19") and never proposed, and one with a
# space or a scale lost the hedge before it ("around GBP42.41 billion" proposed exact).
@pytest.mark.parametrize(
    ("sentence", "read", "refused"),
    [
        ("The proposal was GBP46.50 per share.", ["GBP46.50"], []),
        ("It received a GBP44.00 per share proposal.", ["GBP44.00"], []),
        ("It cost the USD5 fee.", ["USD5"], []),
        ("The bid values the firm at around GBP42.41 billion.", ["around GBP42.41 billion"], []),
        ("It was worth at least GBP5bn.", ["at least GBP5bn"], []),
        ("It was worth more than EUR2bn.", ["more than EUR2bn"], []),
        ("It was valued at as much as GBP3bn.", ["as much as GBP3bn"], []),
        ("It was close to GBP3bn.", ["close to GBP3bn"], []),
        ("It was some GBP3m.", ["some GBP3m"], []),
        ("Between GBP2bn and GBP6bn was lost.", ["Between GBP2bn and GBP6bn"], []),
        ("It was valued at GBP5bn.", ["GBP5bn"], []),
        ("Costs rose to GBP5bn.", ["GBP5bn"], []),
        ("He paid the GBP3bn.", ["GBP3bn"], []),
        ("It was something like GBP5bn.", [], ["something like GBP5bn"]),
        ("It was reaching GBP5bn.", [], ["reaching GBP5bn"]),
        ("The G7 met 3 times.", ["3 times"], []),  # a name: not money
        ("He had COVID19 twice.", [], []),
        ("The F16 flew.", [], []),
    ],
)  # fmt: skip
def test_a_glued_currency_code_is_money_with_its_hedge(
    sentence: str, read: list[str], refused: list[str]
) -> None:
    figs, refs = read_figures(sentence, 0, len(sentence))
    assert [f.figure.text for f in figs] == read
    assert [r.text for r in refs] == refused


def test_the_review_stores_the_hedge_of_a_glued_amount(ct, tmp_path: Path, empty_db: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The bid values the firm at around GBP42.41 billion, the bank said.\n",
                       encoding="utf-8")  # fmt: skip
    result = ct("extract", str(article), "--subject", "bid", "--outlet", "N", "--review",
                input="f\n\noffer-value\ny\ny\n")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "To store: figure 'around GBP42.41 billion'" in result.output
    (row,) = json.loads(ct("list", "--json").stdout)
    assert (row["value"], row["hedge"], row["unit"]) == (
        "around GBP42.41 billion", "around", "gbp")  # fmt: skip
    assert page_reading_problem(article.read_text(encoding="utf-8"), row["quote"],
                                row["value"]) is None  # fmt: skip


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_money_on_a_terminal(ct, tmp_path: Path, empty_db: Path) -> None:
    from test_review import _env, _pty_session

    article = tmp_path / "a.txt"
    article.write_text("The proposal was GBP46.50 per share, the bank said.\n", encoding="utf-8")
    steps = [
        ("x=quit", "f\r"),
        ("Figure (number, or words of the quote) [1]:", "$46.50\r"),  # another currency
        ("Not words of the quote", ""),
        ("Figure (number, or words of the quote) [1]:", "\r"),
        ("Measure (number or name):", "offer-per-share\r"),
        ("Create it?", "\r"),
        ("Store it?", "y\r"),
        ("x=quit", "\x04"),
    ]
    args = ["--db", str(empty_db), "extract", str(article), "--subject", "bid", "--outlet",
            "N", "--review"]  # fmt: skip
    code, shown = _pty_session(args, steps, _env(empty_db))
    assert code == 0, shown
    (row,) = json.loads(ct("list", "--json").stdout)
    assert (row["value"], row["unit"], row["low"]) == ("GBP46.50", "gbp", 46.5)
