"""Audit 10: numbers that name, change or add are never stored as the level they are not.

The parser refuses them (table-driven and property tests), the guards refuse a change in the
quote and say when a figure is added to another amount, and extract shows a change refused
with its words. docs/figures.md, "Numbers that name, change or add"."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack import guards
from claimtrack.extract.figurespans import read_figures
from claimtrack.guards import (
    added_warning,
    change_problem,
    change_words,
    import_problem,
    named_problem,
    part_problem,
)
from claimtrack.quantities import FigureError, parse_figure


@pytest.mark.parametrize(
    ("text", "why"),
    [
        # a unit in the possessive measures the noun in it (a user's report: a count of 1)
        ("1 hour's drive", 'measures the drive in "hour\'s"'),
        ("six weeks' pay", 'measures the pay in "weeks"'),
        ("10 years' imprisonment", "gives no amount of imprisonment"),
        # a change after the amount
        ("20% increase", 'gives a change ("increase")'),
        ("3% pay rise", 'gives a change ("rise")'),
        ("$5 million increase", 'gives a change ("increase")'),
        ("5 point drop", 'gives a change ("drop")'),
        ("20% up", 'gives a change ("up")'),
        ("20 down", 'gives a change ("down")'),
        # an amount added to another: the hint never suggests "20 or more"
        ("20 more people", '"more" in "20 more people" adds the amount to another'),
        ("300 extra troops", 'give it without "extra" ("300")'),
        ("20 fewer than last year", '"fewer"'),
        ("20 additional", '"additional"'),
        # a rate hidden in a hyphened description
        ("$5m-a-year contract", 'give the rate alone ("$5m a year")'),
        ("£50,000-a-year job", "an amount per period inside a description"),
        # a year naming the noun
        ("2019 report", 'reads as a year ("the 2019 report")'),
        ("1998 election", '("1,998 elections")'),
        # the same number on both sides of a dash
        ("50-50", "the same number on both sides of a dash"),
        ("1-1", "a split, odds or a score"),
        ("10-10 people", "not a range"),
        # a share that names its noun
        ("two-thirds majority", "names the majority"),
        ("40% turnout", "names the turnout"),
        ("20% stake", "names the stake"),
        # a clock time
        ("3 o'clock", "a clock time"),
        # a moment or a record after an amount of time
        ("50 years ago", "a moment in time"),
        ("two years later", "a moment in time"),
        ("20-year high", 'names a record (a "year high")'),
        ("30-year low", "names a record"),
        # people of an age, things a number joined to its unit describes
        ("65-year-olds", "names people of an age"),
        ("25-34 year olds", "names people of an age"),
        ("zero-hour contracts", "describes the contracts"),
        ("100-metre sprints", "describes the sprints"),
        # a score, not a range
        ("2-3 loss", 'a score or a split of a "loss"'),
        ("1-2 defeat", "not a range of amounts"),
        # "m" against a number before a noun in the singular: million or metres
        ("100m sprint", 'is ambiguous: million or metres; write "100 million" or "100 metres"'),
    ],
)
def test_a_number_that_names_or_changes_is_refused(text: str, why: str) -> None:
    with pytest.raises(FigureError) as e:
        parse_figure(text)
    assert why in str(e.value)


@pytest.mark.parametrize(
    ("text", "low", "high", "unit", "dimension"),
    [
        # kept: a duration describing the noun is its length or age, a duration
        ("10-minute walk", 10, 10, "minute walk", "duration"),
        ("5-year-old", 5, 5, "year-old", "duration"),
        ("1 hour", 1, 1, "hour", "duration"),
        # four digits before a plural (or a noun for people) count it
        ("1990 people", 1990, 1990, "people", "count"),
        ("1500 troops", 1500, 1500, "troops", "count"),
        ("1500 dead", 1500, 1500, "dead", "count"),
        ("2,019 reports", 2019, 2019, "reports", "count"),
        ("2000 km", 2000, 2000, "km", "length"),
        ("about 2019 people", 1999, 2039, "people", "count"),
        # a range written with "to", a real dash range
        ("5 to 5", 5, 5, None, "count"),
        ("20-25", 20, 25, None, "count"),
        # shares of a group
        ("40% of turnout", 40, 40, "% of turnout", "share"),
        ("one in five adults", 20, 20, "% of adults", "share"),
        ("half the vote", 50, 50, "% of the vote", "share"),
        ("half an hour", 0.5, 0.5, "hour", "duration"),
        ("78% in", 78, 78, "% of in", "share"),
        # a hedge that is no change
        ("250 more or less", 225, 275, None, "count"),
        ("20 new cases", 20, 20, "new cases", "count"),
        # an age band's open end: as "and over", "and under"
        ("65 and older", 65, None, None, "count"),
        ("65 or older", 65, None, None, "count"),
        ("18 or younger", 0, 18, None, "count"),
        # kept: a range of votes counts them; million before a plural; a unit after "m"
        ("between 4,000 and 5,000 votes", 4000, 5000, "votes", "count"),
        ("3m people", 3_000_000, 3_000_000, "people", "count"),
        ("6km", 6, 6, "km", "length"),
        ("£100m deal", 100_000_000, 100_000_000, "£ deal", "currency:GBP"),
        ("100-year flood", 100, 100, "year flood", "duration"),
        ("6 metres high", 6, 6, "metres", "length"),
        # "as high as" is a cap: 0 to the height
        ("as high as 4.8 percent", 0, 4.8, "%", "share"),
    ],
)
def test_what_is_read_as_before(text, low, high, unit, dimension) -> None:
    fig = parse_figure(text)
    assert (fig.low, fig.high, fig.unit, fig.dimension) == (low, high, unit, dimension)


_SINGULAR = st.sampled_from(["report", "election", "budget", "plan", "invasion", "agreement"])
_PLURAL = st.sampled_from(["reports", "people", "troops", "homes", "children", "votes"])


@given(year=st.integers(1800, 2099), noun=_SINGULAR)
def test_any_year_before_a_singular_noun_is_refused(year: int, noun: str) -> None:
    with pytest.raises(FigureError, match="reads as a year"):
        parse_figure(f"{year} {noun}")
    assert parse_figure(f"{year:,} {noun}").low == year  # with its comma: a count


@given(n=st.integers(1800, 2099), noun=_PLURAL)
def test_four_digits_before_a_plural_count_it(n: int, noun: str) -> None:
    assert parse_figure(f"{n} {noun}").low == n


@given(n=st.integers(1, 10**6))
def test_a_dash_between_one_number_twice_is_no_range(n: int) -> None:
    with pytest.raises(FigureError, match="same number on both sides"):
        parse_figure(f"{n}-{n}")
    assert (parse_figure(f"{n} to {n}").low, parse_figure(f"{n} to {n}").high) == (n, n)


@given(
    n=st.integers(1, 99),
    mark=st.sampled_from(["%", " per cent", " percent"]),
    noun=st.sampled_from(["increase", "rise", "cut", "drop", "decline", "hike", "growth"]),
)
def test_a_share_before_a_change_noun_is_refused(n: int, mark: str, noun: str) -> None:
    with pytest.raises(FigureError, match="gives a change"):
        parse_figure(f"{n}{mark} {noun}")


# the guards: a change in the quote is refused; an amount added to another is said
@pytest.mark.parametrize(
    ("value", "quote", "refused"),
    [
        ("34 percent", "Shares were up 34 percent this year.", "'up 34 percent'"),
        ("5%", "Prices rose 5% in May.", "'rose 5%'"),
        ("as much as 11 percent", "Cisco fell as much as 11 percent.", "'fell as much as"),
        ("20 per cent", "They cut output by 20 per cent.", "'by 20 per cent'"),
        ("0.1% to 3.1%", "The rate went down by 0.1% to 3.1%.", "'down by 0.1% to 3.1%'"),
        # levels: read
        ("48", "The toll rose to 48.", None),
        ("above 320 dead", "The toll rose above 320 dead.", None),
        ("60 percent", "Voters backed the plan by 60 percent.", None),
        ("only 3 percent", "They made up only 3 percent of votes.", None),
        ("6.5 times", "Prices rose 6.5 times.", None),
        ("up to 3 metres", "The water may have risen up to 3 metres.", None),
        ("500 jobs", "Jaguar will cut 500 jobs.", None),
        # a level somewhere in the quote: read
        ("5%", "Prices rose 5% to reach 5% of income.", None),
    ],
)
def test_a_change_in_the_quote_is_refused(value: str, quote: str, refused: str | None) -> None:
    got = change_problem(value, quote)
    assert (got is None) == (refused is None), got
    if refused is not None:
        assert refused in got and "gives a change" in got
        assert import_problem(value, quote, None) == (got, True)


@pytest.mark.parametrize(
    ("value", "quote", "said"),
    [
        ("324 people", "Another 324 people were injured.", "'Another 324 people'"),
        ("113", "There are 113 more people who are still unaccounted.", "'113 more'"),
        ("150 posts", "A further 150 posts will be cut.", "'A further 150 posts'"),
        ("4%", "They paid, plus an additional 4%.", "'an additional 4%'"),
        ("300 people", "Police said 300 people came.", None),
    ],
)
def test_an_amount_added_to_another_is_said(value: str, quote: str, said: str | None) -> None:
    got = added_warning(value, quote)
    assert (got is None) == (said is None), got
    if said is not None:
        assert said in got and got.startswith("warning:")
        assert import_problem(value, quote, None) == (got, False)
        assert change_problem(value, quote) is None


def test_change_words_say_where_they_are() -> None:
    text = "Sales were up 34 percent."
    at = text.index("34")
    got = change_words(text, at, at + len("34 percent"), "share")
    assert got is not None and text[got.start : got.end] == "up 34 percent"
    assert (got.word, got.kind) == ("up", "change")


def test_add_refuses_a_change_and_says_an_addition(ct) -> None:
    refused = ct(
        "add", "s", "--claimant", "Exchange", "--new", "--quote", "Shares were up 34 percent.",
        "--figure", "34 percent", "--measure", "price", "--new",
    )  # fmt: skip
    assert refused.exit_code == 2, refused.output
    assert "gives a change ('up')" in refused.output
    said = ct(
        "add", "s", "--claimant", "Ministry", "--new", "--quote",
        "Another 324 people were injured.", "--figure", "324 people", "--measure", "injured",
        "--new",
    )  # fmt: skip
    assert said.exit_code == 0, said.output
    assert "adds to another amount ('Another')" in said.output
    paraphrased = ct(
        "add", "s", "--claimant", "Exchange", "--quote", "Shares were up 34 percent.",
        "--figure", "34 percent", "--measure", "price-move", "--new", "--paraphrase",
    )  # fmt: skip
    assert paraphrased.exit_code == 0, paraphrased.output
    # on a measure of the change itself the change is its level (time24): no paraphrase
    level = ct(
        "add", "s", "--claimant", "Exchange", "--quote", "Shares were up 34 percent.",
        "--figure", "34 percent", "--measure", "price-change", "--new",
    )  # fmt: skip
    assert level.exit_code == 0, level.output


def test_import_refuses_a_change_and_warns_of_an_addition(ct, tmp_path: Path) -> None:
    lines = [
        {"subject": "s", "claimant": "Exchange", "kind": "figure", "measure": "price",
         "quote": "Shares were up 34 percent.", "value": "34 percent"},
        {"subject": "s", "claimant": "Ministry", "kind": "figure", "measure": "injured",
         "quote": "Another 324 people were injured.", "value": "324 people"},
    ]  # fmt: skip
    for line, exit_code, said in zip(
        lines, (2, 0), ("gives a change ('up')", "adds to another amount"), strict=True
    ):
        path = tmp_path / "c.jsonl"
        path.write_text(json.dumps(line) + "\n", encoding="utf-8")
        got = ct("import", str(path))
        assert got.exit_code == exit_code and said in got.output, got.output


@pytest.mark.parametrize(
    ("text", "read", "refused"),
    [
        # a change whose words say which way: proposed as a change (change1; before, it was
        # refused: test_changes.py), its ``change`` checked there
        ("Prices were up 34 percent this year.", ["34 percent"], []),
        # a change and the level it reached: both read, the change as a change
        ("The rate went down by 0.1% to 3.1%.", ["0.1%", "3.1%"], []),
        ("Deaths rose by 300 to 1,200.", ["300", "1,200"], []),
        ("The toll rose from 900 to 1,200.", ["900", "1,200"], []),
        ("Estimates range from 900 to 1,200.", ["from 900 to 1,200"], []),
        ("Cisco fell as much as 11 percent.", ["as much as 11 percent"], []),
        ("Returns amounted to 52 per cent a year.", [], ["52 per cent a year"]),
        ("It was a 0.2% decrease.", ["0.2%"], []),
        ("The 6.5% figure was wrong.", [], ["6.5% figure"]),
        # an amount added to another: proposed, said when stored
        ("Another 18 people were rescued.", ["18 people"], []),
        ("They counted 1,200, then 300 more.", ["1,200", "300"], []),
        # levels
        ("Voters backed the plan by 60 percent.", ["60 percent"], []),
        ("The toll rose to 48.", ["48"], []),
        ("Prices rose 6.5 times, the bank said.", ["6.5 times"], []),
    ],
)
def test_extract_shows_a_change_with_its_words(text, read, refused) -> None:
    figs, bad = read_figures(text, 0, len(text))
    assert [f.figure.text for f in figs] == read
    assert [r.text for r in bad] == refused


# the guards: a number that names or describes in the quote is no amount of it
@pytest.mark.parametrize(
    ("value", "quote", "why"),
    [
        ("19 deaths", "There were 300 Covid-19 deaths last week.", "('Covid-19 deaths')"),
        ("35 jets", "The F-35 jets cost $80m each.", "joins its number"),
        ("11", "After 9/11, 3,000 died.", "('9/11')"),
        ("5", "A 5-year-old girl died.", "('5-year-old')"),
        ("50", "The vote was split 50-50.", "('50-50')"),
        ("1 hour", "The camp is 1 hour's drive away.", '("1 hour\'s")'),
        ("50", "Article 50 was triggered.", "('Article 50')"),
        ("737", "The Boeing 737 crashed, killing 150.", "('Boeing 737')"),
        ("10", "He left No 10 on Friday.", "('No 10')"),
        ("10", "It was in the top 10 list.", "('the top 10')"),
        ("$2 billion", "Damage could top $2 billion.", None),
        ("3%", "A: No. Only 3% of cases.", None),
        ("66", "Route 66 was closed.", "('Route 66')"),
        # a number with a thousands separator is an amount, not a name
        ("20,000", "The number 20,000 is an exaggeration, the ministry said.", None),
        ("637,430", "Phone number 637,430", None),
        ("1,200", "Flight 1,200 passengers were stranded.", None),
        ("2019", "The 2019 report found 27 per cent of wells dry.", "is a year there"),
        ("2019", "In 2019, the ministry counted 300 deaths.", "is a year there"),
        ("2019", "2019 was the worst year.", "is a year there"),  # at the quote's start
        ("1 in 5", "One in five a year die.", "a share per period"),
        ("34%", "There was a 34% increase.", "gives a change"),
        ("20%", "Prices were 20% higher.", "gives a change"),
        # amounts: stored
        ("150", "The Boeing 737 crashed, killing 150.", None),
        ("2019 people", "In all, 2019 people died.", None),
        # a four-digit count whose noun shows no plural "s": a count, not a year
        ("1800", "Witnesses said 1800 children are still unaccounted for.", None),
        ("2000", "Officials said 2000 dead had been buried.", None),
        ("1900", "About 1900 were missing on Friday.", None),
        ("1850", "Police said 1850 police were deployed.", None),
        ("2019", "2019 and 2020 were hard years.", "is a year there"),
        ("3", "One of the 3 victims was a child.", None),
        ("10,000", "A 10,000-strong crowd marched.", None),
        ("43", "A 43-member panel met.", None),
        ("one in five", "One in five adults die each year.", None),
        ("3,000 troops", "3,000 troops were sent.", None),
        # an amount somewhere in the quote: stored
        ("50", "Article 50 took 50 days.", None),
        # a naming word as a plain noun, a count after the figure (time19)
        ("19", "At this stage 19 people remain in hospital.", None),
        ("40", "By that level 40 were dead.", None),
        ("3", "They raised that level 3 alert.", "('level 3')"),
        ("19", "In stage 19 people were hurt.", "('stage 19')"),
    ],
)
def test_a_number_that_names_in_its_quote_is_refused(value, quote, why) -> None:
    got = named_problem(value, quote)
    assert (got is None) == (why is None), got
    if why is not None:
        assert why in got and "--paraphrase" in got
        assert import_problem(value, quote, None) == (got, True)
        assert part_problem(value, quote) == got


def test_add_refuses_a_number_that_names(ct) -> None:
    got = ct(
        "add", "s", "--claimant", "Union", "--new", "--quote", "Article 50 was triggered.",
        "--figure", "50", "--measure", "articles", "--new",
    )  # fmt: skip
    assert got.exit_code == 2 and "names a thing by its number ('Article 50')" in got.output


# the import's cheap look before the patterns of change: never "no" where they find words
_CHANGE_PARTS = sorted(
    {w for p in (guards._CHANGE_BEFORE, guards._ADDED_BEFORE, guards._CHANGED_BY) for w in
     re.findall(r"[a-z]+", p.pattern.replace(r"\s", " ").replace(r"\b", " ").replace(r"\w", " "))}
    | {"more", "fewer", "less", "the", "toll", "prices", "made", "set", "to", "above", "a", "an"}
)  # fmt: skip


@given(
    before=st.lists(
        st.one_of(
            st.sampled_from(_CHANGE_PARTS),
            st.sampled_from([w.upper() for w in _CHANGE_PARTS]),
            st.sampled_from(["(", "-", ",", "5", "x-", '"']),
        ),
        max_size=6,
    ),
    glue=st.sampled_from([" ", "  ", "\n", "\u00a0", ""]),
    figure=st.sampled_from(["5%", "300", "$5m", "20 people", "1,000"]),
    after=st.sampled_from(["", " more", " fewer people", " less", ".", " extra", " jobs"]),
    dimension=st.sampled_from(["count", "share", "currency:USD", "ratio"]),
)
def test_the_cheap_look_never_misses_words_of_change(before, glue, figure, after, dimension):
    text = glue.join(before) + glue + figure + after
    start = len(text) - len(figure) - len(after)
    if guards.change_words(text, start, start + len(figure), dimension) is not None:
        assert guards._may_change(text, start, start + len(figure))


_NAMING_PARTS = sorted(
    set(re.findall(r"[a-z]+\.?", guards._NAMING_WORDS.pattern))
    | {"No", "Nos", "No.", "the", "top", "in", "its"}
)


@given(
    words=st.lists(
        st.one_of(
            st.sampled_from(_NAMING_PARTS),
            st.sampled_from([w.upper() for w in _NAMING_PARTS]),
            st.sampled_from(["(", "-", "/", "#", "–", "x", "5", "F-", "Covid-", "9/"]),
        ),
        max_size=5,
    ),
    glue=st.sampled_from([" ", "  ", "\n", ""]),
    end=st.sampled_from([" ", "", "-", "/", "#", "–", ".  "]),
)
def test_the_cheap_look_never_misses_a_naming_word(words, glue, end):
    before = (glue.join(words) + end)[-24:]
    if (
        guards._JOINED_BEFORE.search(before)
        or guards._NAMING_WORDS.search(before)
        or guards._NUMBER_SIGN.search(before)
    ):
        assert guards._may_name(before)


# a figure whose words are not in the quote because its currency is joined to the number
@pytest.mark.parametrize(
    ("value", "quote", "refused"),
    [
        ("40", "It cost $40 in all.", "'$40'"),
        ("40 million", "It cost £40m in all.", "'£40m'"),
        ("5 billion", "The fund holds €5bn.", "'€5bn'"),
        ("2.5", "Tickets were US$2.50 each.", "'US$2.50'"),
        ("2.5", "Tickets were US$25 each.", None),  # another amount: only "not in the quote"
        ("40", "Forty people and $40 were found.", None),  # a count of 40 is in the quote
        ("$40", "It cost $40 in all.", None),  # money: in the quote
        ("41", "It cost $40 in all.", None),
        ("40 km", "It cost $40 in all.", None),  # another unit: not in the quote, no more
    ],
)
def test_a_figure_without_the_currency_joined_to_its_number_is_refused(value, quote, refused):
    got = guards.dropped_currency(value, quote)
    if not guards.figure_in_quote(value, quote):
        problem = guards.import_problem(value, quote, None)
        assert problem is not None
        if refused is None:
            assert problem == (f"the figure {value!r} is not in the quote", False)
        else:
            assert got is not None and refused in got and "leaves out the currency" in got
            assert problem == (got, True)
    else:
        assert refused is None


def test_add_refuses_a_figure_without_its_joined_currency(ct) -> None:
    got = ct(
        "add", "s", "--claimant", "Council", "--new", "--quote", "It cost $40 in all.",
        "--figure", "40", "--measure", "cost", "--new",
    )  # fmt: skip
    assert got.exit_code == 2
    assert "leaves out the currency of the quote's '$40'" in got.output
    ok = ct(
        "add", "s", "--claimant", "Council", "--new", "--quote", "It cost $40 in all.",
        "--figure", "$40", "--measure", "cost", "--new",
    )  # fmt: skip
    assert ok.exit_code == 0, ok.output
