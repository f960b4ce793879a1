"""Survey estimates (docs/conflicts.md rule 6, "Survey estimates"): on a measure whose name
says its shares are a poll's ("approval-rate", "support-for-independence"), each figure is one
sample's estimate, not a period's one published value. Two are judged by the materiality ratio
on the values said (never by their stated precision, in points), a margin of error given as a
figure's bounds decides whether they meet, and a margin never shrinks the gap the ratio is
applied to. The same test for disputes and reversals. Each row signed by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.conflicts import ActiveFacts, Fact, Reversal, analyse
from claimtrack.measure_words import stated_rate, survey_measure
from claimtrack.quantities import parse_figure


def _fact(ident: str, claimant: str, measure: str, text: str, as_of: str) -> Fact:
    """A figure as said; "44% +-3" stands for "44%" given bounds 41-47 by hand (--low/--high),
    as a poll's margin of error is logged."""
    value, _, margin = text.partition(" +-")
    f = parse_figure(value)
    low, high, rounding = f.base_low, f.base_high, f.rounding
    if margin:
        low, high, rounding = f.low - float(margin), f.low + float(margin), 0
    return Fact(
        ident, claimant, "figure", measure, low, high, None, as_of, "2025-07-30",
        dimension="share", rounding=rounding,
    )  # fmt: skip


def _found(measure: str, a: str, b: str, same: bool = False, moments: int = 1) -> str:
    """What the engine says of two figures ("dispute", "minor", "reversal", "minor reversal"
    or "none"): of two pollsters, or of one (``same``); of one month, or of two (``moments``).
    The figures as said reach it through ``figure_of``, as the store's do."""
    said = {"a": a.partition(" +-")[0], "b": b.partition(" +-")[0]}
    second = "2025-08" if moments == 2 else "2025-07"
    facts = ActiveFacts(
        [
            _fact("a", "Pollster A", measure, a, "2025-07"),
            _fact("b", "Pollster A" if same else "Pollster B", measure, b, second),
        ],
        lambda _i: None,
        said.get,
    )
    report = analyse(facts)
    if any(isinstance(c, Reversal) for c in report.conflicts):
        return "reversal"
    if report.n_figure_conflicts:
        return "dispute"
    if any(isinstance(c, Reversal) for c in report.minor):
        return "minor reversal"
    return "minor" if report.minor else "none"


@pytest.mark.parametrize(
    ("measure", "a", "b", "same", "moments", "expected"),
    [
        # two pollsters' estimates of one month, 2 points apart: no dispute in points
        ("approval-rate", "41%", "43%", False, 1, "minor"),  # before: dispute, 2 points
        ("trump-approval-rating", "41%", "43%", False, 1, "minor"),
        ("support-for-independence", "45%", "47%", False, 1, "minor"),
        ("labour-voting-intention", "29%", "31%", False, 1, "minor"),
        ("labour-voting-intention", "29%", "30%", False, 1, "none"),  # "30%" allows 29.5
        ("approval-rate", "41%", "42%", True, 1, "minor reversal"),  # before: reversal, 1 point
        # a claim far from the polls: a dispute, by the ratio on the values said
        ("approval-rate", "more than 50%", "42%", False, 1, "dispute"),
        ("approval-rate", "64%", "39%", False, 1, "dispute"),
        ("approval-rate", "more than 50%", "48%", False, 1, "minor"),  # before: in points
        # a margin given: overlapping margins are no finding, whatever the values' ratio
        ("approval-rate", "41% +-3", "45% +-3", False, 1, "none"),
        ("approval-rate", "37% +-4", "41% +-3", False, 1, "none"),  # without margins: dispute
        ("approval-rate", "37%", "41%", False, 1, "dispute"),
        # a margin is counted once: the ratio is applied to the value said, not its ends
        ("approval-rate", "more than 50%", "44% +-3", False, 1, "dispute"),  # 50/44 = 1.14
        ("trump-approval-rating", "52%", "45% +-5", False, 1, "dispute"),  # its ends: 1.04x
        ("approval-rate", "41% +-3", "48% +-3", False, 1, "dispute"),
        ("approval-rate", "45% +-2", "49% +-1.5", False, 1, "minor"),  # apart, by 1.09x
        # one pollster's polls of two months: a change over time, never a reversal
        ("approval-rate", "44%", "39%", True, 2, "none"),
        # a rate published once a period keeps its stated precision
        ("unemployment-rate", "4.0%", "4.2%", False, 1, "dispute"),
    ],
)
def test_survey_pairs(
    measure: str, a: str, b: str, same: bool, moments: int, expected: str
) -> None:
    assert _found(measure, a, b, same, moments) == expected


@pytest.mark.parametrize(
    ("measure", "survey", "rate"),
    [
        ("approval-rate", True, False),
        ("trump-approval-rating", True, False),
        ("presidential-job-approval", True, False),
        ("support-for-brexit", True, False),
        ("poll-lead", True, False),
        ("snp-voting-intention", True, False),
        ("unemployment-rate", False, True),
        ("cpi-inflation", False, True),
        ("approval-growth", True, True),  # named a rate of change: judged as one
        ("vote-share", False, False),  # a count's share (an election's result), not a poll
        ("turnout", False, False),
    ],
)
def test_survey_names(measure: str, survey: bool, rate: bool) -> None:
    assert (survey_measure(measure), stated_rate(measure)) == (survey, rate)


def test_the_polls_story(tmp_path: Path) -> None:
    """Donald Trump's approval in 2025 (tests/fixtures/trump-approval-2025.jsonl): his own
    71% and 64% are disputed against the polls of their months; no two polls are a dispute
    told in points, and the figures with no margin are named in one hint."""
    runner = CliRunner()
    db = str(tmp_path / "t.db")
    fixture = Path(__file__).parent / "fixtures" / "trump-approval-2025.jsonl"
    result = runner.invoke(app, ["--db", db, "import", str(fixture)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["--db", db, "conflicts", "trump-approval-2025", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    figures = [c for c in data["conflicts"] if c["kind"] == "figure"]
    assert [(c["as_of"], len(c["positions"])) for c in figures] == [
        ("2025-12", 4),
        ("2025-08", 3),
        ("2025-07", 2),
    ]
    assert all("points" not in c for c in figures)
    top = {c["as_of"]: c["positions"][-1]["low"] for c in figures}
    assert top["2025-12"] == 64 and top["2025-08"] == 71
    hints = [h for h in data["hints"] if h["hint"] == "survey-margin-not-stated"]
    assert [(h["measure"], len(h["claims"])) for h in hints] == [("trump-approval-rate", 24)]
