"""Rates judged by their stated precision (docs/conflicts.md rule 6, "Rates"): two figures of
a rate of one period are a dispute exactly when no value rounds to both, whatever their ratio,
and never a minor difference; a rounding ("4%" for 4.2%) or a hedge that allows the other
("about 3%" for 3.4%) is no finding. Each row signed by hand."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.conflicts import ActiveFacts, Fact, FigureConflict, StanceConflict, analyse
from claimtrack.quantities import parse_figure


def _fact(ident: str, claimant: str, measure: str, text: str, change: str | None = None) -> Fact:
    f = parse_figure(text)
    return Fact(
        ident, claimant, "figure", measure, f.base_low, f.base_high, None, "2025-10",
        "2025-11-15", dimension=f.dimension, rounding=f.rounding, change=change,
    )  # fmt: skip


def _found(measure: str, a: str, b: str, min_gap: float = 1.1) -> str:
    """What the engine says of two claimants' figures of one month: "dispute", "minor" or
    "none"; the figures as said reach it through ``figure_of`` as the store's do."""
    said = {"a": a, "b": b}
    facts = ActiveFacts(
        [_fact("a", "Statistics office", measure, a), _fact("b", "Minister", measure, b)],
        None,
        said.get,
    )
    report = analyse(facts, min_gap=min_gap)
    if report.n_figure_conflicts:
        return "dispute"
    return "minor" if report.minor else "none"


@pytest.mark.parametrize(
    ("measure", "a", "b", "expected"),
    [
        # one published rate, stated to tenths: the values cannot both be right
        ("cpi-inflation", "10.1%", "10.7%", "dispute"),
        ("cpi-inflation", "2.7%", "2.8%", "dispute"),  # neighbours of one precision never meet
        ("cpi-inflation", "1.0%", "1.2%", "dispute"),  # "1.0%" states its tenth (figure_of)
        ("cpi-inflation", "0.1%", "0.2%", "dispute"),
        ("unemployment-rate", "4.0%", "4.2%", "dispute"),  # a rate of one period by its name
        ("jobless-rate", "4.2 percent", "4.4 percent", "dispute"),
        ("interest-rate", "5.25%", "5.5%", "dispute"),
        # a figure said to whole points allows what rounds to it: a rounding, no finding
        ("unemployment-rate", "4%", "4.2%", "none"),
        ("cpi-inflation", "2%", "2.1%", "none"),
        ("cpi-inflation", "25%", "25.5%", "none"),  # 25.5 lies at the edge of "25%"
        ("cpi-inflation", "13%", "13.2%", "none"),
        ("cpi-inflation", "3.47%", "3.5%", "none"),  # 3.47 rounds to 3.5
        ("cpi-inflation", "2%", "2.6%", "dispute"),  # 2.6 rounds to 3, not 2
        # a hedge: the wider of its tolerance and its rounding, never both
        ("cpi-inflation", "about 3%", "3.4%", "none"),
        ("cpi-inflation", "about 3%", "3.6%", "dispute"),
        ("unemployment-rate", "about 4%", "4.2%", "none"),
        ("cpi-inflation", "about 30%", "32%", "none"),  # its hedge (27-33%) is wider
        # a bound says its end, and is not widened
        ("cpi-inflation", "more than 3%", "2.8%", "dispute"),
        ("cpi-inflation", "more than 3%", "3.4%", "none"),
        # a round number keeps its rounding where it is wider: "10%" is 9.5-10.5
        ("cpi-inflation", "10%", "10.4%", "none"),
        ("cpi-inflation", "10%", "10.6%", "dispute"),
        # not a rate: a proportion of one whole keeps its ratio on the smaller side
        ("turnout", "4.0%", "4.2%", "minor"),
        ("share-of-respondents", "10.1%", "10.7%", "minor"),
    ],
)
def test_rates_by_stated_precision(measure: str, a: str, b: str, expected: str) -> None:
    assert _found(measure, a, b) == expected
    assert _found(measure, b, a) == expected  # the order of the claims does not matter


@pytest.mark.parametrize("min_gap", [1, 1.1, 1.5, 3])
def test_a_rate_is_not_judged_by_the_ratio(min_gap: float) -> None:
    """--min-gap sets the ratio for counts and proportions; a rate ignores it both ways."""
    assert _found("cpi-inflation", "10.1%", "10.7%", min_gap) == "dispute"
    assert _found("cpi-inflation", "4%", "4.2%", min_gap) == "none"


def test_a_whole_number_without_its_text_reads_to_whole_points() -> None:
    """Facts built by hand (no store to ask how "4.0%" was said) read 4.0 as "4%"."""
    facts = [
        _fact("a", "Statistics office", "unemployment-rate", "4.0%"),
        _fact("b", "Minister", "unemployment-rate", "4.2%"),
    ]
    report = analyse(facts)
    assert not report.conflicts and not report.minor


def test_a_change_in_percent_is_a_rate_and_never_meets_a_level() -> None:
    """Two sizes of one fall are judged as a rate ("gdp (fall)": 3.5% against 3.6% is a
    dispute, not minor); a rise against a fall is a disputed direction; a change is never
    compared with a level of the measure (inflation rose 0.5% against inflation of 3%)."""
    facts = [
        _fact("a", "IMF", "gdp", "3.5%", "down"),
        _fact("b", "World Bank", "gdp", "3.6%", "down"),
        _fact("c", "Outlet", "gdp", "5.5%", "up"),
        _fact("d", "Office", "cpi-inflation", "3%"),
        _fact("e", "Minister", "cpi-inflation", "0.5%", "up"),
    ]
    report = analyse(facts)
    figures = [c for c in report.conflicts if isinstance(c, FigureConflict)]
    stances = [c for c in report.conflicts if isinstance(c, StanceConflict)]
    assert [(c.measure, len(c.positions)) for c in figures] == [("gdp (fall)", 2)]
    assert not report.minor
    assert len(stances) == 1


def _revised(first: float, then: float) -> list[Fact]:
    """The statistics office's growth of July, said in August, then revised in September."""
    return [
        Fact("c", "Office", "figure", "gdp-growth", first, first, None, "2025-07", "2025-08-14",
             dimension="share"),
        Fact("d", "Office", "figure", "gdp-growth", then, then, None, "2025-07", "2025-09-30",
             dimension="share"),
    ]  # fmt: skip


def test_a_rate_revised_by_its_publisher_is_never_minor() -> None:
    """One claimant's two figures of one month, 0.1 points apart: a revision of its own
    figure shown as such (a reversal at ratio 1), never a minor difference."""
    report = analyse(_revised(0.2, 0.3))
    assert not report.minor
    assert report.conflicts


def test_cli_rates(tmp_path) -> None:
    """The brief's pair, logged as a user would: 10.1% against 10.7% of October is a dispute
    told in points, and 4.0% against 4.2% of one month too (the store keeps "4.0%")."""
    runner = CliRunner()
    db = str(tmp_path / "c.db")
    assert runner.invoke(app, ["--db", db, "init", "--empty", db]).exit_code == 0

    def add(*args: str) -> None:
        result = runner.invoke(app, ["--db", db, "add", "cpi-z", *args])
        assert result.exit_code == 0, result.output

    add("--claimant", "Statistics office", "--quote", "inflation was 10.7% in October",
        "--figure", "10.7%", "--measure", "cpi-inflation", "--as-of", "2025-10",
        "--said-on", "2025-11-15", "--new")  # fmt: skip
    add("--claimant", "Finance minister", "--quote", "inflation was 10.1% in October",
        "--figure", "10.1%", "--measure", "cpi-inflation", "--as-of", "2025-10",
        "--said-on", "2025-11-16")  # fmt: skip
    add("--claimant", "Statistics office", "--quote", "unemployment was 4.0% in October",
        "--figure", "4.0%", "--measure", "unemployment-rate", "--as-of", "2025-10",
        "--said-on", "2025-11-15", "--new")  # fmt: skip
    add("--claimant", "Finance minister", "--quote", "unemployment was 4.2% in October",
        "--figure", "4.2%", "--measure", "unemployment-rate", "--as-of", "2025-10",
        "--said-on", "2025-11-16")  # fmt: skip
    result = runner.invoke(app, ["--db", db, "conflicts", "cpi-z"], env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    assert "Disputed figure: cpi-inflation (as of 2025-10): 2 positions, spread 0.6 points" in (
        result.output
    )
    assert "Disputed figure: unemployment-rate (as of 2025-10): 2 positions, spread 0.2 points" in (
        result.output
    )
    assert "Minor differences" not in result.output
    data = json.loads(runner.invoke(app, ["--db", db, "conflicts", "cpi-z", "--json"]).output)
    assert data["minor"] == []
    assert [c["measure"] for c in data["conflicts"]] == ["cpi-inflation", "unemployment-rate"]


def test_a_rate_with_no_period_is_set_against_no_dated_figure() -> None:
    """ "Currently at 19.2%", said on 23 April with no as_of, is the last month published
    (March's 19.2%), not April's 19.1% published in May: a rate's figure with no as_of is set
    against none of the figures that give their period, and named (a hint); figures that all
    lack one are compared with each other as before."""
    dated = Fact("a", "Chancellor", "figure", "food-inflation", 19.1, 19.1, None, "2023-04",
                 "2023-05-24", dimension="share")  # fmt: skip
    undated = Fact("b", "Opposition", "figure", "food-inflation", 19.2, 19.2, None, None,
                   "2023-04-23", dimension="share")  # fmt: skip
    report = analyse([dated, undated])
    assert not report.conflicts and not report.minor
    assert report.unperiod_rates == (("food-inflation", ("b",)),)
    other = undated._replace(id="c", claimant="Union", low=19.4, high=19.4)
    report = analyse([undated, other])
    assert report.n_figure_conflicts == 1 and report.unperiod_rates == ()


def test_both_json_writers_say_a_rate_in_points() -> None:
    """``points`` and ``point_gaps`` of a rate's dispute and ``points`` of its revision, the
    same bytes from the dict writer and the line writer."""
    from claimtrack.conflicts import report_json_line, report_to_json

    facts = [
        _fact("a", "Statistics office", "cpi-inflation", "10.1%"),
        _fact("b", "Minister", "cpi-inflation", "10.7%"),
        *_revised(0.2, 0.5),
    ]
    report = analyse(facts)
    doc = report_to_json("s", report)
    assert report_json_line("s", report) == json.dumps(doc, ensure_ascii=False)
    figure = [c for c in doc["conflicts"] if c["kind"] == "figure"]
    assert [(c["measure"], c["points"], c["point_gaps"]) for c in figure] == [
        ("cpi-inflation", 0.6, [0.6])
    ]
    revisions = [c for c in doc["conflicts"] if c["kind"] == "revision"]
    assert [(c["measure"], c["points"]) for c in revisions] == [("gdp-growth", 0.3)]


def test_the_argentina_story(tmp_path) -> None:
    """Argentina's inflation and GDP under Milei, logged from public pages (time28): INDEC's
    2.7% for December 2024 against an outlet's own 2.8% is a dispute of 0.1 points; the
    roundings (25% for 25.5%, 13% for 13.2%, 3.47% beside 3.5%) are no finding; no rate reads
    "minor"."""
    from pathlib import Path

    fixture = Path(__file__).parent / "fixtures" / "argentina-inflation-2024.jsonl"
    runner = CliRunner()
    db = str(tmp_path / "a.db")
    assert runner.invoke(app, ["--db", db, "init", "--empty", db]).exit_code == 0
    result = runner.invoke(app, ["--db", db, "import", str(fixture)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["--db", db, "conflicts", "argentina-inflation-2024", "--json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["minor"] == []
    figures = [
        (c["measure"], c["as_of"], c["points"]) for c in doc["conflicts"] if c["kind"] == "figure"
    ]
    assert figures == [
        ("gdp (fall)", "2024", 1.8),
        ("gdp (fall)", "2023", 0.5),
        ("cpi-inflation-monthly", "2024-12", 0.1),
    ]
    assert sorted(c["kind"] for c in doc["conflicts"]) == [
        # no reversal: since session 42 the IMF's forecast of 2024's growth (said 2023-10) is
        # set against forecasts of 2024 alone, never in a reversal with its outturns, and
        # since time30 the World Bank's two reports of 2024 (order not known) are none: the
        # dispute of 2024 says its own figures disagree
        *("figure", "figure", "figure", "revision", "stance"),
    ]


def _forecasts(a: str, b: str) -> list[Fact]:
    """Two forecasters' figures of October, said in August (forecasts: rule 2), and the
    statistics office's outturn of October, said in November."""
    out = []
    for ident, claimant, text, said in (
        ("f1", "IMF", a, "2025-08-10"),
        ("f2", "Central bank", b, "2025-08-04"),
        ("o", "Statistics office", "5.3%", "2025-11-15"),
    ):
        f = parse_figure(text)
        out.append(
            Fact(ident, claimant, "figure", "cpi-inflation", f.base_low, f.base_high, None,
                 "2025-10", said, dimension=f.dimension, rounding=f.rounding)
        )  # fmt: skip
    return out


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # forecasts are estimates, not one published value: judged by the ratio (1.1 here)
        ("5.4%", "5.5%", "minor"),  # 1.02x: two forecasters 0.1 points apart, no dispute
        ("2.1%", "2.5%", "dispute"),  # 1.19x
        ("2%", "2.4%", "none"),  # "2%" may be 2.4% rounded
        ("5.4%", "5.4%", "none"),
    ],
)
def test_a_rates_forecasts_are_judged_by_the_ratio(a: str, b: str, expected: str) -> None:
    """The precision rule is for a period's published value; forecasts of it differ as
    estimates do (the IMF's 5.4% against a central bank's 5.5% is no dispute), and neither is
    set against the outturn (rule 2)."""
    report = analyse(_forecasts(a, b))
    disputes = [c for c in report.conflicts if isinstance(c, FigureConflict)]
    assert all(c.forecasts for c in disputes) and all(c.forecasts for c in report.minor)
    found = "dispute" if disputes else "minor" if report.minor else "none"
    assert found == expected
