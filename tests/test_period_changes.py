"""fixes13: a figure compared with an earlier period is a change, not a level, and percentage
points are a change of a share, not a share nor a count of "points".

"3% from a year earlier", "3% year on year", "3% on last year", "3% higher than in 2023", in
a quote, were stored as a level of 3% with nothing said; "1.5 %-points" read as "1.5% of
-points"; "1.5 points" and "1.5 puntos porcentuales" as a count. docs/figures.md, "Numbers
that name, change or add" and "Shares"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack import guards
from claimtrack.extract.figurespans import read_figures
from claimtrack.guards import change_problem, import_problem, part_problem
from claimtrack.quantities import FigureError, parse_figure

from conftest import examples


@pytest.mark.parametrize(
    ("quote", "said"),
    [
        ("Prices were 3% from a year earlier.", "3% from a year earlier"),
        ("The jobless rate, 3% from a year earlier, worried them.", "3% from a year earlier"),
        ("Home sales gained 3% year on year.", "3% year on year"),
        ("Exports in May were 3% year-on-year.", "3% year-on-year"),
        ("Wages: 3% month-over-month.", "3% month-over-month"),
        ("Output was 3% y/y.", "3% y/y"),
        ("Output was 3% YoY.", "3% YoY"),
        ("Output was 3% on the year.", "3% on the year"),
        ("Output was 3% on last year.", "3% on last year"),
        ("Retail sales were 3% above last year's level.", "3% above last year"),
        ("Output was 3% compared with a year earlier.", "3% compared with a year earlier"),
        ("Output was 3% compared to the same month last year.",
         "3% compared to the same month last year"),
        ("Sales were 3% in May from a year earlier.", "3% in May from a year earlier"),
        ("That is 3% more than a year ago.", "3% more than a year ago"),
        ("Sales were 3% higher than in 2023.", "3% higher than in 2023"),
        ("Sales were 3% up on 2023.", "3% up on 2023"),
        ("Output was 3% against a year earlier.", "3% against a year earlier"),
        ("Output was 3% compared with 2023.", "3% compared with 2023"),
        # other languages
        ("Los precios, un 3% interanual.", "3% interanual"),
        ("Los precios, un 3% respecto al año anterior.", "3% respecto al año anterior"),
        ("Les prix: 3% sur un an.", "3% sur un an"),
        ("Les prix: 3% par rapport à l'an dernier.", "3% par rapport à l'an"),
        ("Die Preise lagen 3% über dem Vorjahr.", "3% über dem Vorjahr"),
        ("Die Preise: 3% gegenüber dem Vorjahr.", "3% gegenüber dem Vorjahr"),
        ("I prezzi: 3% su base annua.", "3% su base annua"),
        ("Os preços: 3% em relação ao ano anterior.", "3% em relação ao ano"),
    ],
)  # fmt: skip
def test_a_figure_compared_with_an_earlier_period_is_refused_as_a_level(quote, said) -> None:
    why = change_problem("3%", quote)
    assert why is not None and f"the quote's {said!r} gives a change" in why, why
    assert part_problem("3%", quote) == why  # add and edit
    assert import_problem("3%", quote, None) == (why, True)  # import: refused


@pytest.mark.parametrize(
    "quote",
    [
        "Unemployment was 3%, up from a year earlier.",  # a comma: the level, then a direction
        "Unemployment fell to 3% from 5% a year earlier.",  # the level it reached
        "Unemployment was 3% in May, against 5% a year earlier.",
        "Unemployment was 3% and a year earlier 4%.",
        "Deaths were 3% on the day before.",  # that day's
        "Turnout was 3% on the day.",
        "Unemployment was 3% in 2023.",  # the level in 2023
        "Turnout was 3% from 2019 to 2023.",  # over a span
        "Turnout was 3% on 2023-09-12.",  # a date
        "Turnout reached 3% in May on 2023's last poll.",
        "Unemployment was 3% to the end of the year.",
        "Of those, 3% were carried out over the week before.",  # a span, not a comparison
        "Of those, 3% of refugees from last year's war returned.",
        "Of those, 3% protested against last year's law.",
        "Of those, 3% were deported under last year's law.",
        "Of those, 3% of the files came from 2023.",
        "Inflation was 3% year on year in May.",  # the rate's level (said as a rate)
        "GDP growth of 3% from a year earlier was expected.",
    ],
)
def test_a_level_beside_an_earlier_period_is_stored(quote) -> None:
    assert change_problem("3%", quote) is None
    said = import_problem("3%", quote, None)  # nothing, or a rate said (stored)
    assert said is None or (not said[1] and "gives a rate" in said[0]), said


def test_a_count_compared_with_a_year_earlier_is_refused_too() -> None:
    why = change_problem("300 people", "Some 300 people were hurt than a year ago.")
    assert why is not None and "('than a year ago')" in why


def test_add_refuses_it_naming_what_to_type(ct) -> None:
    got = ct(
        "add", "economy", "--claimant", "Statistics office", "--new",
        "--quote", "Prices were 3% from a year earlier.", "--figure", "3%",
        "--measure", "unemployment-rate", "--new",
    )  # fmt: skip
    assert got.exit_code == 2, got.output
    assert got.output == (
        "error: the quote's '3% from a year earlier' gives a change ('from a year earlier'), not"
        " a level: give the level the quote states, or log the change as one (--change"
        ' up|down; "change" in a file)\n'
    )
    kept = ct(
        "add", "economy", "--claimant", "Statistics office", "--new",
        "--quote", "Prices were 3% from a year earlier.", "--figure", "3%", "--paraphrase",
        "--measure", "prices-yoy", "--new", "--json",
    )  # fmt: skip
    assert kept.exit_code == 0, kept.output
    assert json.loads(kept.stdout)["note"].startswith("[paraphrase]")


def test_import_refuses_it(ct, tmp_path: Path) -> None:
    line = {"subject": "s", "claimant": "Office", "kind": "figure", "measure": "rate",
            "quote": "Home sales gained 3% year on year.", "value": "3%"}  # fmt: skip
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    got = ct("import", str(path))
    assert got.exit_code == 2 and "gives a change ('year on year')" in got.output, got.output


@pytest.mark.parametrize(
    ("text", "read", "refused"),
    [
        ("Sales were 3% from a year earlier.", [], ["3% from a year earlier"]),
        ("Sales grew 3% year on year.", ["3%"], []),  # a change up (change1)
        ("Unemployment was 4%, up from a year earlier.", ["4%"], []),
    ],
)
def test_extract_shows_the_change_refused(text, read, refused) -> None:
    figs, bad = read_figures(text, 0, len(text))
    assert [f.figure.text for f in figs] == read
    assert [r.text for r in bad] == refused


# the import's cheap look before the pattern: never "no" where the pattern finds a comparison
_PERIOD_PARTS = [
    *("from", "on", "over", "than", "above", "compared", "with", "to", "against", "in"),
    *("a", "the", "last", "previous", "same", "year", "month", "quarter", "week", "day"),
    *("earlier", "ago", "before", "2023", "1999", "year-on-year", "y/y", "yoy", "y-o-y"),
    *("interanual", "sur", "un", "an", "l'an", "par", "rapport", "à", "Vorjahr", "dem"),
    *("gegenüber", "su", "base", "annua", "higher", "up", "May", ",", "5%", "and"),
]


@given(
    words=st.lists(
        st.one_of(
            st.sampled_from(_PERIOD_PARTS),
            st.sampled_from([w.upper() for w in _PERIOD_PARTS]),
            st.sampled_from([w.capitalize() for w in _PERIOD_PARTS]),
        ),
        max_size=8,
    ),
    glue=st.sampled_from([" ", "  ", "\n", "-"]),
    end=st.sampled_from(["", ".", ",", "'s", ")"]),
)
@settings(max_examples=examples(400), deadline=None)
def test_the_cheap_look_never_misses_a_period(words, glue, end) -> None:
    text = "3%" + " " + glue.join(words) + end
    if guards._period_after().match(text, 2) is not None:
        assert guards._back_to_period(text, 2)


# -- percentage points ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "low", "factor_text"),
    [
        ("1.5 %-points", 1.5, "percentage-points"),
        ("1.5 %-point", 1.5, "percentage-points"),
        ("1.5 % points", 1.5, "percentage-points"),
        ("1.5 ppt", 1.5, "percentage-points"),
        ("1.5 percentage-points", 1.5, "percentage-points"),
        ("1.5 puntos porcentuales", 1.5, "percentage-points"),
        ("1.5 points de pourcentage", 1.5, "percentage-points"),
        ("1.5 Prozentpunkte", 1.5, "percentage-points"),
        ("1.5 punti percentuali", 1.5, "percentage-points"),
        ("1.5 pontos percentuais", 1.5, "percentage-points"),
        ("25 puntos básicos", 0.25, "percentage-points"),
        ("25 Basispunkte", 0.25, "percentage-points"),
        ("25 points de base", 0.25, "percentage-points"),
        ("25 basis points", 0.25, "percentage-points"),
    ],
)
def test_percentage_points_are_read_as_a_change_of_a_share(text, low, factor_text) -> None:
    fig = parse_figure(text)
    assert fig.dimension == factor_text
    assert fig.base_low == pytest.approx(low)


@pytest.mark.parametrize("text", ["1.5 points", "5 point", "about 2 points", "3 pts", "5 puntos"])
def test_points_alone_are_refused_as_ambiguous(text) -> None:
    with pytest.raises(FigureError) as e:
        parse_figure(text)
    assert "after a number is ambiguous: percentage points (a change of a share" in str(e.value)
    assert 'write "percentage points"' in str(e.value)


def test_a_point_drop_is_still_refused_as_a_change() -> None:
    with pytest.raises(FigureError, match=r'gives a change \("drop"\)'):
        parse_figure("5 point drop")


def test_the_number_alone_is_a_count_of_points(ct) -> None:
    got = ct(
        "add", "game", "--claimant", "League", "--new", "--quote", "He scored 30 points.",
        "--figure", "30", "--measure", "points-scored", "--new", "--json",
    )  # fmt: skip
    assert got.exit_code == 0, got.output
    assert json.loads(got.stdout)["low"] == 30


def test_add_refuses_points_and_reads_percentage_points(ct) -> None:
    got = ct(
        "add", "poll", "--claimant", "Pollster", "--new", "--quote", "The lead is 5 points.",
        "--figure", "5 points", "--measure", "lead", "--new",
    )  # fmt: skip
    assert got.exit_code == 2 and '"points" after a number is ambiguous' in got.output
    assert got.output.count("\n") == 1
    pp = ct(
        "add", "poll", "--claimant", "Pollster", "--new",
        "--quote", "La ventaja es de 5 puntos porcentuales.", "--figure", "5 puntos porcentuales",
        "--measure", "lead", "--new", "--json",
    )  # fmt: skip
    assert pp.exit_code == 0, pp.output
    assert json.loads(pp.stdout)["unit"] == "puntos porcentuales"


# -- verbs of change in other languages ------------------------------------------------------


@pytest.mark.parametrize(
    ("quote", "said"),
    [
        ("Los precios subieron un 3% en mayo.", "subieron un 3%"),
        ("El paro bajó un 3%.", "bajó un 3%"),
        ("Les prix ont augmenté de 3% en mai.", "augmenté de 3%"),
        ("Le chômage a reculé de 3%.", "reculé de 3%"),
        ("Die Preise stiegen im Mai um 3%.", "stiegen im Mai um 3%"),
        ("I prezzi sono aumentati del 3% a maggio.", "aumentati del 3%"),
        ("Os preços subiram 3% em maio.", "subiram 3%"),
    ],
)
def test_a_verb_of_change_in_another_language_is_refused(quote, said) -> None:
    why = change_problem("3%", quote)
    assert why is not None and f"the quote's {said!r} gives a change" in why, why
    assert import_problem("3%", quote, None) == (why, True)


@pytest.mark.parametrize(
    "quote",
    [
        "El paro fue de un 3%.",
        "Le taux est de 3%.",
        "Die Quote liegt bei 3%.",
        "O desemprego ficou em 3%.",
        "La inflación se situó en el 3%.",
    ],
)
def test_a_level_in_another_language_is_stored(quote) -> None:
    assert change_problem("3%", quote) is None


_OTHER_PARTS = [
    *("subieron", "un", "en", "bajó", "augmenté", "de", "ont", "stiegen", "im", "Mai", "um"),
    *("aumentati", "del", "sono", "subiram", "em", "fue", "est", "liegt", "bei", "se", "redujo"),
]


@given(
    words=st.lists(
        st.one_of(
            st.sampled_from(_OTHER_PARTS), st.sampled_from([w.upper() for w in _OTHER_PARTS])
        ),
        max_size=6,
    ),
    glue=st.sampled_from([" ", "  ", "\n"]),
)
@settings(max_examples=examples(400), deadline=None)
def test_the_cheap_look_never_misses_a_verb_of_another_language(words, glue) -> None:
    text = glue.join(words) + glue + "3%"
    start = len(text) - 2
    if guards.change_words(text, start, start + 2, "share") is not None:
        assert guards._may_change(text, start, start + 2)
