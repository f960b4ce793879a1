"""Words after a figure that say when, where or how it holds ("45% nationally", "20 this
year", "20 in Ohio") are no unit and no base; a hedge before words that add an amount to
another ("at least another 14") stays with the figure (docs/figures.md, "When and where";
docs/format.md, "An amount added to another")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.guards import added_warning, figure_in_quote, import_problem, part_problem
from claimtrack.quantities import FigureError, parse_figure

from conftest import examples


@pytest.mark.parametrize(
    ("text", "unit", "dimension"),
    [
        # the two
        ("45% nationally", "%", "share"),
        ("20 this year", None, "count"),
        # adverbs of place or time
        ("45% statewide", "%", "share"),
        ("45% worldwide", "%", "share"),
        ("20 deaths nationally", "deaths", "count"),
        ("20 people yesterday", "people", "count"),
        ("20 today", None, "count"),
        ("20 now", None, "count"),
        ("20 again", None, "count"),
        ("20 abroad", None, "count"),
        ("20 recently", None, "count"),
        # phrases of time
        ("20 last week", None, "count"),
        ("20 people this month", "people", "count"),
        ("20 in March", None, "count"),
        ("45% this year", "%", "share"),
        ("45% of voters this year", "% of voters", "share"),
        ("7% of voters nationwide", "% of voters", "share"),
        ("20 so far this year", None, "count"),
        # places
        ("20 in Ohio", None, "count"),
        ("20 across the United States", None, "count"),
        ("20 across the country", None, "count"),
        ("45% in Ohio", "%", "share"),
        ("45% across the country", "%", "share"),
        ("45% in the polls", "%", "share"),
        # what is counted stays ("in hospital", "in aid" say what, not where)
        ("20 people in hospital", "people in hospital", "count"),
        ("20 in hospital", "in hospital", "count"),
        ("$5m in aid", "$ in aid", "currency:USD"),
        ("20 people killed", "people killed", "count"),
        ("45% of the family", "% of family", "share"),
        # a period adverb makes a rate, never a qualifier
        ("20 annually", "annually", "count/year"),
        ("£350 million a week this year", "£ a week", "currency:GBP/week"),
    ],
)
def test_when_and_where_are_no_unit(text: str, unit: str | None, dimension: str) -> None:
    fig = parse_figure(text)
    assert (fig.unit, fig.dimension) == (unit, dimension)


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("20 in 2023", "more than one number"),  # a number in the phrase: still refused
        ("three in Guerrero and one", "more than one number"),
        ("50 years ago", "a moment in time"),
        ("20 each", "a rate per something"),
    ],
)
def test_a_phrase_that_says_more_is_still_refused(text: str, refused: str) -> None:
    with pytest.raises(FigureError, match=refused):
        parse_figure(text)


_TAILS = [
    "nationally", "nationwide", "statewide", "worldwide", "locally", "today", "yesterday",
    "now", "again", "this year", "last week", "next month", "this morning", "in March",
    "across the country", "around the world", "so far", "this year so far",
]  # fmt: skip


@settings(max_examples=examples(200))
@given(
    number=st.integers(min_value=1, max_value=99),
    noun=st.sampled_from([None, "people", "deaths", "homes"]),
    share=st.booleans(),
    tail=st.sampled_from(_TAILS),
)
def test_a_tail_of_time_or_place_changes_nothing_but_the_text(
    number: int, noun: str | None, share: bool, tail: str
) -> None:
    if share:
        base = f"{number}%" + (f" of {noun}" if noun else "")
    else:
        base = f"{number}" + (f" {noun}" if noun else "")
    plain, tailed = parse_figure(base), parse_figure(f"{base} {tail}")
    assert (tailed.low, tailed.high, tailed.unit, tailed.dimension, tailed.hedge) == (
        plain.low,
        plain.high,
        plain.unit,
        plain.dimension,
        plain.hedge,
    )


@pytest.mark.parametrize(
    ("text", "word", "without"),
    [
        ("at least another 14 bodies", "another", "at least 14 bodies"),
        ("nearly another 14", "another", "nearly 14"),
        ("another 14", "another", "14"),
        ("about a further 150 posts", "a further", "about 150 posts"),
        ("an additional 20 troops", "an additional", "20 troops"),
        ("another dozen", "another", "a dozen"),
        ("at least another few dozen", "another", "at least a few dozen"),
        ("some 20 more", "more", "some 20"),
    ],
)
def test_a_figure_that_adds_says_how_to_write_it(text: str, word: str, without: str) -> None:
    with pytest.raises(FigureError) as err:
        parse_figure(text)
    assert f'"{word}" in "{text}" adds the amount to another' in str(err.value)
    assert f'give it without "{word}" ("{without}")' in str(err.value)


@pytest.mark.parametrize(
    ("value", "quote", "refused"),
    [
        # the hedge left out: refused, whatever stands between it and the number
        ("14 bodies", "at least another 14 bodies were found", "at least"),
        ("14", "nearly another 14 died", "nearly"),
        ("300", "more than another 300 were hurt", "more than"),
        ("150 posts", "about a further 150 posts", "about"),
        ("2,000", "almost an additional 2,000 homes", "almost"),
        # kept, or a hedge that reads the same amount: no refusal (the addition is warned of)
        ("at least 14 bodies", "at least another 14 bodies were found", None),
        ("14", "only another 14 died", None),
        ("14", "another 14 died", None),
        ("some 20", "some 20 more people died", None),
        # a verb the parser reads as a hedge in a figure is who counted, in a quote
        ("40 people", "Ann Kerr estimated another 40 people in the square.", None),
    ],
)
def test_a_hedge_before_an_addition_stays_with_the_figure(
    value: str, quote: str, refused: str | None
) -> None:
    assert figure_in_quote(value, quote)
    got = part_problem(value, quote)
    imported = import_problem(value, quote, None)
    if refused is None:
        assert got is None
        assert imported is not None and not imported[1]  # the addition's warning
        assert added_warning(value, quote) is not None
    else:
        assert got is not None and f"leaves out the hedge {refused!r}" in got
        assert imported == (got, True)


def test_the_warning_quotes_the_words_as_the_quote_says_them() -> None:
    said = added_warning("nearly 2,000 homes", "Officials said nearly a further 2,000 homes")
    assert said == (
        "warning: the quote's 'nearly a further 2,000 homes' adds to another amount"
        " ('further'): stored as a level of its own group; if it is an increase, log the"
        " level instead"
    )


def test_add_and_import_keep_the_hedge(ct, tmp_path: Path) -> None:
    quote = "At least another 14 bodies were found on Tuesday."
    base = ["add", "s", "--claimant", "Police", "--new", "--quote", quote, "--measure", "bodies"]
    refused = ct(*base, "--figure", "14 bodies", "--new")
    assert refused.exit_code == 2, refused.output
    assert refused.stderr == (
        "error: the figure '14 bodies' leaves out the hedge 'At least' of the quote's 'At"
        " least another 14 bodies': give it with its hedge ('at least 14 bodies'), or"
        " --paraphrase to store the figure as meant\n"
    )
    stored = ct(*base, "--figure", "at least 14 bodies", "--new", "--json")
    assert stored.exit_code == 0, stored.output
    row = json.loads(stored.stdout)
    assert (row["low"], row["high"], row["value"]) == (14, None, "at least 14 bodies")
    assert "adds to another amount ('another')" in stored.stderr
    path = tmp_path / "c.jsonl"
    line = {"subject": "t", "claimant": "Police", "kind": "figure", "measure": "bodies",
            "quote": quote, "value": "14 bodies"}  # fmt: skip
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    imported = ct("import", str(path))
    assert imported.exit_code == 2, imported.output
    assert "leaves out the hedge 'At least'" in imported.stderr


def test_extract_shows_a_hedge_before_an_addition_refused_with_its_words() -> None:
    from claimtrack.extract.figurespans import read_figures

    text = "Police said at least another 14 bodies were found."
    figs, refused = read_figures(text, 0, len(text))
    assert [f.figure.text for f in figs] == []
    assert [r.text for r in refused] == ["at least another 14 bodies"]


@pytest.mark.parametrize(
    ("value", "quote", "refused"),
    [
        # words after the number that the parser refuses: the bare number went in as a count
        ("5", "it cost 5 bucks", "leaves out the unit of the quote's '5 bucks' (\"bucks\" is slang"),
        ("5", "it cost 5 pounds", "leaves out the unit of the quote's '5 pounds' (\"pounds\" is ambiguous"),
        ("5", "it weighed 5 tons", "leaves out the unit of the quote's '5 tons'"),
        ("5", "it cost 5 cr rupees", "'5 cr' (\"cr\" is a scale claimtrack does not read"),
        ("3 million", "a fine of 3 million pesos", "'3 million pesos'"),
        # money named with no amount of its own, the number counting nothing named
        ("3 million", "The fee, in dollars: 3 million.", "names money with no amount of its own ('dollars')"),
        ("40 million", "The fund, in euros, holds 40 million.", "('euros')"),
        # the scale of a sum of money repeated, its currency not
        ("2 million", "$3 million, and 2 million more in loans", "another million in money ('$3 million')"),
        # sums4: "50 billion euros" is an amount of its own: the message names it, never
        # "money with no amount of its own ('euros')"
        ("700 billion", "the board trimmed the budget by 50 billion euros to 700 billion", "another billion in money ('50 billion euros')"),
        # read as before
        ("3 million", "3 million people and $5 million in aid", None),
        ("3 million people", "3 million people and $5 million in aid", None),
        ("2 million", "The $5 billion plan will help 2 million, he said", None),
        ("300", "The $5 million plan will help 300 families", None),
        ("3", "He paid 40 dollars for 3 tickets", None),
        ("11", "the alliance may have won an additional 18 seats in Odisha, 11 in Maharashtra", None),
        ("5", "5 people died", None),
        ("15", "it cost 15 bucks", "'15 bucks'"),  # not "5" inside "15"
    ],
)  # fmt: skip
def test_a_bare_figure_whose_quote_gives_a_unit_is_refused(
    value: str, quote: str, refused: str | None
) -> None:
    got = part_problem(value, quote)
    if refused is None:
        assert got is None
    else:
        assert got is not None and refused in got, got
        assert import_problem(value, quote, None) == (got, True)


def test_add_and_import_refuse_a_bare_figure_of_money(ct, tmp_path: Path) -> None:
    got = ct(
        "add", "s", "--claimant", "Vendor", "--new", "--quote", "A ticket cost 5 bucks.",
        "--figure", "5", "--measure", "price", "--new",
    )  # fmt: skip
    assert got.exit_code == 2, got.output
    assert got.stderr.startswith("error: the figure '5' leaves out the unit of the quote's")
    paraphrased = ct(
        "add", "s", "--claimant", "Vendor", "--new", "--quote", "A ticket cost 5 bucks.",
        "--figure", "US$5", "--measure", "price", "--new", "--paraphrase",
    )  # fmt: skip
    assert paraphrased.exit_code == 0, paraphrased.output
    path = tmp_path / "c.jsonl"
    line = {"subject": "t", "claimant": "Vendor", "kind": "figure", "measure": "fee",
            "quote": "The fee, in dollars: 3 million.", "value": "3 million"}  # fmt: skip
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    imported = ct("import", str(path))
    assert imported.exit_code == 2, imported.output
    assert "names money with no amount of its own ('dollars')" in imported.stderr


@pytest.mark.parametrize(
    ("value", "quote", "word"),
    [
        ("7%", "inflation of 7% last year", "inflation"),
        ("5%", "a 5% interest rate", "interest"),
        ("3%", "GDP growth of 3% is expected", "growth"),
        ("4.5 per cent", "the interest rate was 4.5 per cent", "interest"),
        ("6%", "returns of about 6% were promised", "returns"),
        # proportions of one whole: nothing said
        ("7%", "7% of voters backed it", None),
        ("66%", "turnout was 66% in the state", None),
        ("40%", "40% of the interest went to fees", None),
    ],
)
def test_a_share_that_is_a_rate_is_said(value: str, quote: str, word: str | None) -> None:
    from claimtrack.guards import rate_warning

    got = rate_warning(value, quote)
    if word is None:
        assert got is None
    else:
        assert got is not None and f"gives a rate ({word!r}), not a proportion" in got


def test_add_and_import_say_a_rate(ct, tmp_path: Path) -> None:
    got = ct(
        "add", "economy", "--claimant", "Central bank", "--new", "--quote",
        "Inflation of 7% is expected this year.", "--figure", "7%", "--measure",
        "price-outlook", "--new",
    )  # fmt: skip
    assert got.exit_code == 0, got.output
    assert "warning: the quote's 'Inflation of 7%' gives a rate ('inflation')" in got.stderr
    assert "unless the measure's name says they are rates" in got.stderr
    # on a measure named a rate, the engine reads it as one: nothing to say (time24)
    named = ct(
        "add", "economy", "--claimant", "Central bank", "--quote",
        "Inflation of 8% is expected next year.", "--figure", "8%", "--measure", "inflation",
        "--new",
    )  # fmt: skip
    assert named.exit_code == 0, named.output
    assert "gives a rate" not in named.stderr
    path = tmp_path / "c.jsonl"
    line = {"subject": "economy", "claimant": "Treasury", "kind": "figure",
            "measure": "price-outlook", "quote": "a 5% interest rate", "value": "5%"}  # fmt: skip
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    imported = ct("import", str(path), "--new")
    assert imported.exit_code == 0, imported.output
    assert "gives a rate ('interest')" in imported.stderr


@pytest.mark.parametrize(
    ("measure", "spread"),
    [
        # a rate (a measure named for one, or named a rate) is told in points, never as a
        # ratio (rule 6, "Rates"): 70 against 60
        ("inflation", "spread 10 points"),
        ("interest-rate", "spread 10 points"),
        ("gdp-growth", "spread 10 points"),
        ("unemployment-rate", "spread 10 points"),
        # a proportion of one whole: on its smaller side, 40 / 30
        ("turnout", "spread 1.3x"),
    ],
)
def test_a_rate_in_points_a_proportion_on_its_smaller_side(ct, measure: str, spread: str) -> None:
    for claimant, value in (("A", "60%"), ("B", "70%")):
        got = ct(
            "add", "econ", "--claimant", claimant, "--new", "--quote", f"it was {value}",
            "--figure", value, "--measure", measure, "--new",
        )  # fmt: skip
        assert got.exit_code == 0, got.output
    shown = ct("conflicts", "econ")
    assert f"Disputed figure: {measure}: 2 positions, {spread}" in shown.stdout, shown.stdout
