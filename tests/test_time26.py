"""A forecast against a figure with no as_of (time26; docs/conflicts.md, rule 2, "A forecast
is not a figure of the moment it forecasts"): a forecast of a moment (stated surely before
it) is set against the other forecasts of that moment alone, never against a figure with no
as_of, in disputes or reversals. Stated on or after the moment, such a figure is the moment's
outturn or a figure of a later moment; with no date, it is of a moment unknown (a forecast is
logged with its moment as its as_of). The figure is still compared with the moment's
outturns and with the other figures with no as_of. (On a measure that is no rate: a rate's
figure with no as_of is set against no dated figure at all, rule 6, "Rates",
tests/test_rate_precision.py.)"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.conflicts import Fact, FigureConflict, Reversal, analyse
from test_audit15 import fact

BANK = "Central bank"


def _fig(
    id_: str,
    value: float,
    who: str,
    as_of: str | None = None,
    said_on: str | None = None,
    reported_on: str | None = None,
) -> Fact:
    f = fact(id_, who, f"{value:g}%", "approval", as_of=as_of, said_on=said_on)
    return f._replace(reported_on=reported_on)


def _forecast(as_of: str = "2025-10") -> Fact:
    """The bank's 5.5% for the moment, said in August."""
    return _fig("f", 5.5, BANK, as_of, "2025-08-04")


# (figures, the claims of each dispute, the claims of each reversal)
@pytest.mark.parametrize(
    ("figures", "disputes", "reversals"),
    [
        # the bank's own figure with no as_of, said after October: its outturn or a later
        # month's, no reversal (before: "Reversal: Central bank changed position")
        ([_forecast(), _fig("u", 3.0, BANK, said_on="2025-11-20")], [], []),
        # another claimant's: no dispute (before: "Disputed figure (as of 2025-10)")
        ([_forecast(), _fig("u", 3.0, "Office", said_on="2025-11-20")], [], []),
        # said in the month it forecasts (the month holds the day)
        ([_forecast(), _fig("u", 3.0, BANK, said_on="2025-10-05")], [], []),
        ([_forecast(), _fig("u", 3.0, "Office", said_on="2025-10")], [], []),
        # a day forecast, the figure said that day
        ([_forecast("2025-10-31"), _fig("u", 3.0, BANK, said_on="2025-10-31")], [], []),
        # dated by its page alone
        ([_forecast(), _fig("u", 3.0, BANK, reported_on="2025-11-21")], [], []),
        ([_forecast(), _fig("u", 3.0, "Office", reported_on="2025-11-21")], [], []),
        # no date at all: of a moment unknown, never set against the forecast (a forecast is
        # logged with its moment as its as_of)
        ([_forecast(), _fig("u", 3.0, BANK)], [], []),
        ([_forecast(), _fig("u", 3.0, "Office")], [], []),
        # said in a year that holds the month: not a forecast either
        ([_forecast(), _fig("u", 3.0, BANK, said_on="2025")], [], []),
        # said surely before the month: it cannot describe it (as before)
        ([_forecast(), _fig("u", 3.0, BANK, said_on="2025-09-01")], [], []),
        # several forecasters: they disagree among themselves, not with the later figure
        (
            [
                _forecast(),
                _fig("g", 7.5, "Harbour Institute", "2025-10", "2025-08-06"),
                _fig("u", 3.0, "Office", said_on="2025-11-20"),
            ],
            [{"f", "g"}],
            [],
        ),
        # the forecast revised is a reversal of its forecasts alone
        (
            [
                _forecast(),
                _fig("g", 3.0, BANK, "2025-10", "2025-09-15"),
                _fig("u", 3.0, BANK, said_on="2025-11-20"),
            ],
            [],
            [{"f", "g"}],
        ),
        # the later figure is still set against the moment's outturn, stated later
        (
            [
                _forecast(),
                _fig("o", 4.6, "Statistics office", "2025-10", "2025-11-19"),
                _fig("u", 3.0, "Office", said_on="2025-11-20"),
            ],
            [{"o", "u"}],
            [],
        ),
        # and with the other figures with no as_of
        (
            [
                _forecast(),
                _fig("u", 3.0, "Office", said_on="2025-11-20"),
                _fig("v", 6.0, "Blog", said_on="2025-11-22"),
            ],
            [{"u", "v"}],
            [],
        ),
        # another claimant's outturn changes nothing for the bank's own figures (in line
        # with the undated one, with the forecast, or with neither)
        *(
            (
                [
                    _forecast(),
                    _fig("u", 3.0, BANK),
                    _fig("o", v, "Statistics office", "2025-10", "2025-11-19"),
                ],
                [{"o", "u"}] if v != 3.0 else [],
                [],
            )
            for v in (3.0, 4.6, 5.5)
        ),
        # a day's figure stated in its month is no forecast: an outturn, set against the
        # bank's later figure as before
        (
            [
                _fig("f", 5.5, BANK, "2025-10-15", "2025-10"),
                _fig("u", 3.0, BANK, said_on="2025-11-20"),
            ],
            [],
            [{"f", "u"}],
        ),
    ],
)
def test_forecast_against_a_figure_with_no_as_of(
    figures: list[Fact], disputes: list[set[str]], reversals: list[set[str]]
) -> None:
    found = analyse(figures).conflicts
    assert [
        {i for p in c.positions for i in p.claims} for c in found if isinstance(c, FigureConflict)
    ] == disputes
    assert [set(c.claims) for c in found if isinstance(c, Reversal)] == reversals


# (figures, the ids the hint names): a figure with no as_of that may forecast the moment too
# (no date, or one that holds it) and is apart from a forecast of it
@pytest.mark.parametrize(
    ("figures", "named"),
    [
        ([_forecast(), _fig("u", 3.0, BANK)], ("u",)),
        ([_forecast(), _fig("u", 3.0, "Office")], ("u",)),
        ([_forecast(), _fig("u", 3.0, BANK, said_on="2025")], ("u",)),
        ([_forecast("2025-10-15"), _fig("u", 3.0, BANK, said_on="2025-10")], ("u",)),
        # said on or after the moment, or before it: in no reading another forecast of it
        ([_forecast(), _fig("u", 3.0, BANK, said_on="2025-11-20")], ()),
        ([_forecast(), _fig("u", 3.0, BANK, reported_on="2025-10")], ()),
        ([_forecast(), _fig("u", 3.0, BANK, said_on="2025-09-01")], ()),
        # in line with the forecast: nothing left out
        ([_forecast(), _fig("u", 5.5, BANK)], ()),
        # beside an outturn, compared with it, and still not with the forecast
        (
            [
                _forecast(),
                _fig("o", 4.6, "Statistics office", "2025-10", "2025-11-19"),
                _fig("u", 3.0, "Office"),
                _fig("v", 5.5, "Blog"),
            ],
            ("u",),
        ),
    ],
)
def test_a_figure_that_may_be_a_forecast_is_named(figures: list[Fact], named: tuple) -> None:
    found = analyse(figures).beside_forecasts
    assert found == ((("approval", named),) if named else ())


def test_the_hint_in_every_output(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    runner = CliRunner()
    for args in (
        ["--as-of", "2025-10", "--said-on", "2025-08-04", "--new", "--id", "bank-55"],
        ["--id", "bank-3"],
    ):
        value = "5.5%" if "--new" in args else "3%"
        result = runner.invoke(
            app,
            [
                *("--db", str(db), "add", "prices", "--claimant", BANK),
                *("--quote", f"{value} it is", "--figure", value, "--measure", "approval"),
                *args,
            ],
        )
        assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["--db", str(db), "conflicts", "prices", "--json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["conflicts"] == []
    assert doc["hints"] == [
        {"measure": "approval", "hint": "not-compared-with-forecasts", "claims": ["bank-3"]}
    ]
    result = runner.invoke(app, ["--db", str(db), "conflicts", "prices"])
    assert "figure bank-3 gives no as_of and no date after the moment of a forecast" in (
        " ".join(result.output.split())
    )
