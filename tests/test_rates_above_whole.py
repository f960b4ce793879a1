"""Rates above 100% and rates said per period (docs/figures.md, "Rates above the whole";
docs/conflicts.md, rule 6, "Rates"). On a measure named for rates or changes
(``measure_words.over_whole``: "annual-inflation", "gdp-growth", "interest-rate") and for a
figure logged as a change, a percentage is no share of one whole: "211.4%" is read and a hedge
is not capped at 100%. Elsewhere ("turnout", "unemployment-rate") the refusal stands, naming
the way out. A share said per the period its measure names ("2.4% monthly" on
monthly-inflation) stands in its quote. Every row is signed by hand."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.conflicts import ActiveFacts, Fact, FigureConflict, analyse
from claimtrack.errors import InputError
from claimtrack.guards import part_problem, share_period
from claimtrack.measure_words import measure_period, over_whole
from claimtrack.models import validate_claim
from claimtrack.quantities import FigureError, fast, parse_figure, reader, reading_rates

# -- which claims may hold a percentage above 100% --------------------------------------------


@pytest.mark.parametrize(
    ("measure", "change", "expected"),
    [
        ("annual-inflation", None, True),
        ("inflation", None, True),
        ("cpi-inflation-yoy", None, True),
        ("gdp-growth", None, True),
        ("interest-rate", None, True),  # a payday loan's 1,500% APR
        ("rent-increase", None, True),
        ("consumer-prices", "up", True),  # "prices rose 211.4%": a change
        ("covid-cases", "down", True),
        # proportions of one whole: at most the whole
        ("turnout", None, False),
        ("unemployment-rate", None, False),
        ("vote-share", None, False),
        ("share-of-interest-groups", None, False),
        ("consumer-prices", None, False),
    ],
)
def test_over_whole(measure: str, change: str | None, expected: bool) -> None:
    assert over_whole(measure, change) is expected


@pytest.mark.parametrize(
    ("measure", "period"),
    [
        ("monthly-inflation", "month"),
        ("inflation-mom", "month"),
        ("month-on-month-inflation", "month"),
        ("annual-inflation", "year"),
        ("inflation-yoy", "year"),
        ("12-month-inflation", "year"),
        ("annual-growth", "year"),
        ("quarterly-gdp-growth", "quarter"),
        ("gdp-growth-qoq", "quarter"),
        ("3-month-inflation", "quarter"),
        ("weekly-fuel-price-rise", "week"),
        # no one period
        ("inflation", None),
        ("6-month-inflation", None),
        ("monthly-annualised-growth", None),  # a month's rate said as a year's
        ("annual-monthly-inflation", None),
        (None, None),
    ],
)
def test_measure_period(measure: str | None, period: str | None) -> None:
    assert measure_period(measure) == period


@pytest.mark.parametrize(
    ("words", "period"),
    [
        ("monthly", "month"),
        ("a month", "month"),
        ("per month", "month"),
        ("month-on-month", "month"),
        ("m/m", "month"),
        ("a year", "year"),
        ("per annum", "year"),
        ("p.a.", "year"),
        ("annually", "year"),
        ("year on year", "year"),
        ("yoy", "year"),
        ("from a year earlier", "year"),
        ("on the month", "month"),
        ("quarterly", "quarter"),
        ("q/q", "quarter"),
        ("a quarter", None),  # a fraction as often as a period
        ("a head", None),
        ("increase", None),
    ],
)
def test_share_period(words: str, period: str | None) -> None:
    assert share_period(words) == period


# -- the parser, with and without the context -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("211.4%", 211.4, 211.4),
        ("17,000%", 17000, 17000),
        ("211.4 per cent", 211.4, 211.4),
        ("more than 200%", 200, None),  # no ceiling at the whole
        ("more than 90%", 90, None),
        ("at least 100%", 100, None),
        ("around 98%", 88.2, 107.8),  # the hedge's width both ways
        ("about 200%", 180, 220),
        ("up to 150%", 0, 150),
        ("between 100 and 150 per cent", 100, 150),
        ("100-150%", 100, 150),
        ("7%", 7, 7),  # below the whole, as ever
        ("more than half", 50, 100),  # a fraction is of one whole, rate or not
    ],
)
def test_a_rate_reads_above_the_whole(text: str, low: float, high: float | None) -> None:
    fig = parse_figure(text, rates=True)
    assert (fig.low, fig.high, fig.dimension) == (low, high, "share")
    with reading_rates(True):
        assert parse_figure(text) == fig  # the context gives the same reading


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("more than 90%", 90, 100),
        ("around 98%", 88.2, 100),
        ("more than half", 50, 100),
        ("100%", 100, 100),
    ],
)
def test_a_share_stays_within_the_whole(text: str, low: float, high: float | None) -> None:
    fig = parse_figure(text)
    assert (fig.low, fig.high) == (low, high)
    assert parse_figure(text, rates=False) == fig
    with reading_rates(False):
        assert parse_figure(text) == fig


@pytest.mark.parametrize("text", ["211.4%", "150%", "17,000 per cent", "100-150%"])
def test_a_share_above_the_whole_is_refused_naming_the_way_out(text: str) -> None:
    with pytest.raises(FigureError) as err:
        parse_figure(text)
    said = str(err.value)
    assert "is more than the whole (100%)" in said
    assert "on a measure named for a rate (e.g. annual-inflation)" in said
    assert "(--change up|down)" in said


def test_three_halves_stays_a_ratio_even_as_a_rate() -> None:
    with pytest.raises(FigureError, match="more than the whole"):
        parse_figure("three halves", rates=True)


def test_the_cache_keeps_the_contexts_apart() -> None:
    """One text, two readings: the cache is keyed by the context too."""
    assert parse_figure("more than 90%").high == 100
    assert parse_figure("more than 90%", rates=True).high is None
    assert parse_figure("more than 90%").high == 100
    with pytest.raises(FigureError):
        parse_figure("211.4%")
    assert parse_figure("211.4%", rates=True).low == 211.4
    with pytest.raises(FigureError):
        parse_figure("211.4%")


@pytest.mark.parametrize("text", ["2.4% monthly", "3% a year", "2% per month"])
def test_a_share_per_period_stays_refused_as_a_figure(text: str) -> None:
    """The figure is the share alone: said per period it is refused, rate or not."""
    for rates in (False, True):
        with pytest.raises(FigureError, match="a measure that names the period"):
            parse_figure(text, rates=rates)


# -- one reading through add, import and the fast path (property) -----------------------------

_PERCENT = st.builds(
    lambda whole, tenths: f"{whole:,}" + (f".{tenths}" if tenths is not None else ""),
    st.integers(min_value=1, max_value=250_000),
    st.none() | st.integers(min_value=1, max_value=9),
)
_HEDGE = st.sampled_from(["", "about ", "around ", "more than ", "at least ", "up to "])
_MEASURE = st.sampled_from(["annual-inflation", "gdp-growth", "interest-rate", "monthly-inflation"])


def _draft(measure: str, value: str, change: str | None = None) -> dict[str, object]:
    return {
        "subject": "ar-inf", "claimant": "INDEC", "quote": f"inflation was {value}",
        "kind": "figure", "measure": measure, "value": value, "change": change,
    }  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(_PERCENT, _HEDGE, _MEASURE, st.sampled_from(["%", " per cent", " percent"]))
def test_a_rate_reads_the_same_through_add_import_and_the_fast_path(
    number: str, hedge: str, measure: str, sign: str
) -> None:
    value = f"{hedge}{number}{sign}"
    full = reader._parse_full(value, False, True)
    quick = fast._fast(value, False, True)
    if quick is not None:  # the fast path reads its shapes exactly as the full reader
        assert repr(quick) == repr(full)
    claim = validate_claim(_draft(measure, value))  # add's and edit's model
    assert (claim.low, claim.high, claim.hedge) == (full.low, full.high, full.hedge)
    line = json.dumps(_draft(measure, value))
    parsed = validate_claim(json.loads(line))  # import's: the same model on the line's dict
    assert (parsed.low, parsed.high) == (claim.low, claim.high)
    # a proportion's measure keeps the whole: refused above it, capped at it below
    if float(number.replace(",", "")) > 100:
        with pytest.raises(InputError, match="more than the whole"):
            validate_claim(_draft("turnout", value))
    else:
        high = validate_claim(_draft("turnout", value)).high
        assert high is not None and high <= 100


# -- the engine: rates above the whole judged by their stated precision -----------------------


def _fact(ident: str, claimant: str, measure: str, text: str, change: str | None = None) -> Fact:
    f = parse_figure(text, rates=over_whole(measure, change))
    return Fact(
        ident, claimant, "figure", measure, f.base_low, f.base_high, None, "2023-12",
        "2024-01-11", dimension=f.dimension, rounding=f.rounding, change=change,
    )  # fmt: skip


def _found(measure: str, a: str, b: str, change: str | None = None) -> str:
    said = {"a": a, "b": b}
    facts = ActiveFacts(
        [_fact("a", "INDEC", measure, a, change), _fact("b", "Economist", measure, b, change)],
        None,
        said.get,
    )
    report = analyse(facts)
    if report.n_figure_conflicts:
        return "dispute"
    return "minor" if report.minor else "none"


@pytest.mark.parametrize(
    ("measure", "a", "b", "change", "expected"),
    [
        # 211.35-211.45 against 16,500-17,500 ("17,000" rounds to the 500s): no value both
        ("annual-inflation", "211.4%", "17,000%", None, "dispute"),
        ("annual-inflation", "211.4%", "211%", None, "none"),  # 210.5-211.5 holds 211.4
        # neighbours of one tenth never meet (211.35-211.45 and 211.45-211.55, half open)
        ("annual-inflation", "211.4%", "211.5%", None, "dispute"),
        ("annual-inflation", "85.5%", "85.6%", None, "dispute"),  # (was none above 50%)
        ("annual-inflation", "85.5%", "85.51%", None, "none"),  # 85.51 rounds to 85.5
        ("annual-inflation", "211.4%", "211.44%", None, "none"),  # 211.44 rounds to 211.4
        ("annual-inflation", "more than 200%", "211.4%", None, "none"),  # 200 and up
        ("annual-inflation", "more than 200%", "170.7%", None, "dispute"),
        ("annual-inflation", "more than 200%", "17,000%", None, "none"),
        ("annual-inflation", "about 200%", "211.4%", None, "none"),  # 180-220
        ("annual-inflation", "about 200%", "230%", None, "dispute"),  # 225-235 past 220
        ("annual-inflation", "around 98%", "105%", None, "none"),  # 88.2-107.8, no cap
        ("annual-inflation", "more than 90%", "150%", None, "none"),  # no ceiling at 100
        ("annual-inflation", "85.51%", "185.34%", None, "dispute"),  # Turkstat and ENAG
        ("monthly-inflation", "25.5%", "30%", None, "dispute"),  # 29.5-30.5 past 25.55
        ("interest-rate", "1,500%", "1,499%", None, "none"),  # 1,450-1,550 holds 1,499
        ("interest-rate", "1,500%", "1,560%", None, "dispute"),  # 1,555-1,565 past 1,550
        # a change in percent above the whole, on a measure of a level: judged as a rate
        ("consumer-prices", "211.4%", "211.8%", "up", "dispute"),
        ("covid-cases", "300%", "150%", "up", "dispute"),
        ("covid-cases", "300%", "310%", "up", "none"),  # "300" rounds to the 50s
    ],
)
def test_rates_above_the_whole(
    measure: str, a: str, b: str, change: str | None, expected: str
) -> None:
    assert _found(measure, a, b, change) == expected
    assert _found(measure, b, a, change) == expected


def test_a_monthly_rate_is_never_set_against_an_annual_one() -> None:
    """December's 25.5% a month and the year's 211.4% are two measures: no finding."""
    facts = [
        _fact("a", "INDEC", "monthly-inflation", "25.5%"),
        _fact("b", "INDEC", "annual-inflation", "211.4%"),
        _fact("c", "Economist", "annual-inflation", "211%"),
        _fact("d", "Economist", "monthly-inflation", "26%"),  # 25.5-26.5 holds 25.5
    ]
    report = analyse(facts)
    assert not report.conflicts and not report.minor


def test_a_rate_above_the_whole_is_told_in_points_never_on_the_smaller_side() -> None:
    """Turkstat's 85.51% against ENAG's 185.34%: the spread in points between the figures
    as said (185.34 - 85.51 = 99.83: ``_in_points``), never a ratio on a smaller side."""
    facts = ActiveFacts(
        [
            _fact("a", "Turkstat", "annual-inflation", "85.51%"),
            _fact("b", "ENAG", "annual-inflation", "185.34%"),
        ],
        None,
        {"a": "85.51%", "b": "185.34%"}.get,
    )
    report = analyse(facts)
    (c,) = [c for c in report.conflicts if isinstance(c, FigureConflict)]
    assert c.points == pytest.approx(99.83)
    assert not report.minor


def test_a_publishers_own_rate_above_the_whole_revised() -> None:
    """INDEC's 2023 said 211.4% in January, then 211.8% in February: its own figure of one
    year revised, told in points (0.4), never minor."""
    first = _fact("a", "INDEC", "annual-inflation", "211.4%")
    then = _fact("b", "INDEC", "annual-inflation", "211.8%")._replace(said_on="2024-02-14")
    report = analyse(ActiveFacts([first, then], None, {"a": "211.4%", "b": "211.8%"}.get))
    assert report.conflicts and not report.minor


# -- the CLI: add, edit, import ---------------------------------------------------------------


@pytest.fixture
def db(tmp_path) -> str:
    path = str(tmp_path / "r.db")
    assert CliRunner().invoke(app, ["--db", path, "init", "--empty", path]).exit_code == 0
    return path


def _add(db: str, *args: str) -> object:
    return CliRunner().invoke(app, ["--db", db, "add", "ar-inf", *args])


_INDEC = ("--claimant", "INDEC", "--said-on", "2024-01-11", "--as-of", "2023-12")


def test_cli_add_edit_and_import_a_rate_above_the_whole(db: str, tmp_path) -> None:
    result = _add(db, *_INDEC, "--new", "--quote", "annual inflation reached 211.4% in 2023",
                  "--figure", "211.4%", "--measure", "annual-inflation")  # fmt: skip
    assert result.exit_code == 0, result.output
    result = _add(db, *_INDEC, "--quote", "prices rose 211.4% in 2023", "--figure", "211.4%",
                  "--change", "up", "--measure", "consumer-prices")  # fmt: skip
    assert result.exit_code == 0, result.output
    result = _add(db, *_INDEC, "--quote", "inflation is running at more than 200%",
                  "--figure", "more than 200%", "--measure", "annual-inflation")  # fmt: skip
    assert result.exit_code == 0, result.output
    result = _add(db, *_INDEC, "--quote", "turnout was 150%", "--figure", "150%",
                  "--measure", "turnout")  # fmt: skip
    assert result.exit_code == 2
    assert "on a measure named for a rate (e.g. annual-inflation)" in result.output
    runner = CliRunner()
    out = runner.invoke(app, ["--db", db, "export", "ar-inf", "--format", "jsonl"])
    records = [json.loads(line) for line in out.output.splitlines()]
    bounds = {(r["measure"], r["value"]): (r["low"], r["high"]) for r in records}
    assert bounds == {
        ("annual-inflation", "211.4%"): (211.4, 211.4),
        ("consumer-prices", "211.4%"): (211.4, 211.4),
        ("annual-inflation", "more than 200%"): (200, None),
    }
    # edit: the figure is read again in its claim's context
    ident = next(r["id"] for r in records if r["value"] == "more than 200%")
    result = runner.invoke(app, ["--db", db, "edit", ident, "--figure", "200%",
                                 "--quote", "inflation is running at 200%"])  # fmt: skip
    assert result.exit_code == 0, result.output
    # import: the same reading of a new line, refused on a proportion
    lines = tmp_path / "claims.jsonl"
    good = _draft("annual-inflation", "17,000%") | {"quote": "inflation hit 17,000% in 1990"}
    bad = _draft("turnout", "150%") | {"quote": "turnout was 150%"}
    lines.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["--db", db, "import", str(lines)])
    assert "more than the whole" in result.output
    lines.with_name("one.jsonl").write_text(json.dumps(good) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["--db", db, "import", str(lines.with_name("one.jsonl"))])
    assert result.exit_code == 0, result.output
    out = runner.invoke(app, ["--db", db, "export", "ar-inf", "--format", "jsonl"])
    assert any(json.loads(x)["low"] == 17000 for x in out.output.splitlines())


@pytest.mark.parametrize(
    ("quote", "figure", "measure", "stored"),
    [
        ("prices rose 2.4% monthly", "2.4%", "monthly-inflation", True),
        ("prices rose 2% month-on-month", "2%", "inflation-mom", True),
        ("prices rose 3% a year", "3%", "annual-inflation", True),
        ("wages grew 3% a year", "3%", "annual-wage-growth", True),
        # the quote's period is not the measure's: refused as before
        ("prices rose 2.4% monthly", "2.4%", "annual-inflation", False),
        ("prices rose 2.4% monthly", "2.4%", "inflation", False),
        ("prices rose 3% a year", "3%", "monthly-inflation", False),
    ],
)
def test_cli_a_share_said_per_the_measures_period(
    db: str, quote: str, figure: str, measure: str, stored: bool
) -> None:
    result = _add(db, *_INDEC, "--new", "--quote", quote, "--figure", figure,
                  "--measure", measure)  # fmt: skip
    assert (result.exit_code == 0) is stored, result.output
    if not stored:
        assert "is a share per period" in result.output


@pytest.mark.parametrize(
    ("measure", "expected"),
    [("monthly-inflation", None), ("annual-inflation", "says more there")],
)
def test_part_problem_of_a_share_per_period(measure: str, expected: str | None) -> None:
    got = part_problem("2.4%", "prices rose 2.4% monthly", measure=measure)
    assert (got is None) if expected is None else (expected in (got or ""))


def test_cli_turkeys_inflation_story(db: str) -> None:
    """Turkey's inflation of September to November 2022 logged from public pages (15 claims,
    docs/conflicts.md rule 6, "Rates above the whole"): Turkstat against ENAG each month, in
    points; ENAG's two reports of October disagree; monthly apart from annual; the
    president's two forecasts meet."""
    from pathlib import Path

    runner = CliRunner()
    fixture = Path(__file__).parent / "fixtures" / "turkey-inflation-2022.jsonl"
    result = runner.invoke(app, ["--db", db, "import", str(fixture)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["--db", db, "alias", "Inflation Research Group",
                                 "--same-as", "ENAG"])  # fmt: skip
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["--db", db, "conflicts", "tr-inflation", "--json"])
    data = json.loads(result.output)
    disputes = [
        (c["measure"], c["as_of"], c["points"], c["point_gaps"], [p["low"] for p in c["positions"]])
        for c in data["conflicts"]
        if c.get("positions")
    ]
    assert disputes == [
        ("annual-inflation", "2022-09", 101.89, [101.89], [83.445, 185.335]),
        ("annual-inflation", "2022-10", 100.76, [99.83, 0.93], [85.45, 185.335, 186.265]),
        ("monthly-inflation", "2022-10", 4.27, [3.64, 0.63], [3.535, 7.175, 7.805]),
        ("annual-inflation", "2022-11", 86.31, [86.31], [84.385, 170.65]),
    ]
    assert data["minor"] == []
    assert data["summary"]["figures"] == 4 and data["summary"]["revisions"] == 0


@pytest.mark.parametrize(("measure", "stored"), [("annual-inflation", True), ("turnout", False)])
def test_review_takes_a_typed_rate_above_the_whole_and_the_measure_decides(
    db: str, tmp_path, measure: str, stored: bool
) -> None:
    """The review reads a typed figure before its measure is asked: "211.4%" is taken as a
    rate or a change may be, stored on a rate's measure, refused on a proportion's."""
    article = tmp_path / "a.txt"
    article.write_text(
        "The statistics office said annual inflation reached 211.4% last year.\n",
        encoding="utf-8",
    )
    answers = f"f\n211.4%\n{measure}\ny\ny\nx\n"
    result = CliRunner().invoke(
        app,
        ["--db", db, "extract", str(article), "--subject", "ar-review", "--outlet", "Example",
         "--reported-on", "2024-01-12", "--review"],
        input=answers,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert ("1 claim stored" in result.output) is stored, result.output
    if not stored:
        assert "is more than the whole (100%)" in result.output
