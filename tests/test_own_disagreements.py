"""outputs12: a claimant standing in two positions of a figure dispute whose own figures there
disagree is a field of the finding (``FigureConflict.own``), which the engine computes where
it lays out the positions; the terminal, the report, the sheet and ``conflicts --json``
(``own_disagreements``) all say it from that field. Before, the terminal, the report and the
sheet said it from each claim's record and the JSON did not say it at all."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from claimtrack.conflicts import Fact, OwnDisagreement, analyse, own_line

FIXTURES = Path(__file__).parent / "fixtures"


def _doc(ct: Any, fixture: str, subject: str, args: list[str]) -> dict:
    assert ct("import", str(FIXTURES / f"{fixture}.jsonl")).exit_code == 0
    result = ct("conflicts", *(args or [subject]), "--json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    if "subjects" in doc:
        doc = next(s for s in doc["subjects"] if s["subject"] == subject)
    return doc


def _own(doc: dict) -> list[tuple[str, str | None, Any]]:
    """(kind, as_of, own_disagreements) of each finding (of each dispute a reversal tells)
    that has the key, in order."""
    out = []
    for c in doc["conflicts"]:
        if "own_disagreements" in c:
            out.append((c["kind"], c["as_of"], c["own_disagreements"]))
        for d in c.get("disputes", ()):
            if "own_disagreements" in d:
                out.append((c["kind"] + " told", d["as_of"], d["own_disagreements"]))
    return out


# both writers of the JSON: one subject (report_to_json) and --all (report_json_line)
WRITERS = [pytest.param([], id="subject"), pytest.param(["--all"], id="all")]


# (fixture, subject, what its JSON says, in order)
STORIES = [
    # the two strike days of 2023-01-31: a police figure and a union figure each read twice,
    # neither given a said_on (only reported): "if one replaced the other, give each its
    # --said-on"
    (
        "france-pensions-2023",
        "france-pension-protests-2023",
        [
            ("figure", "2023-01-31", [("Paris police headquarters", [1, 2], "said-on")]),
            ("figure", "2023-01-31", [("CGT", [2, 3], "said-on")]),
        ],
    ),
    # The Guardian's figures of a date beside one of its own stated later with no as_of
    # ("later"); the police's own figures in a dispute of theirs alone, told as their
    # reversal, whose line names no position
    (
        "grenfell-fire-2017",
        "grenfell-fire-2017",
        [
            ("figure", "2021-03", [("The Guardian", [1, 2], "later")]),
            ("figure", "2019", [("The Guardian", [1, 2], "later")]),
            ("reversal told", None, [("Metropolitan Police", [1, 2], "reports")]),
            ("reversal told", None, [("Metropolitan Police", [1, 2], "reports")]),
        ],
    ),
    # positions apart need not be neighbours
    (
        "sewol-ferry-2014",
        "sewol-ferry-2014",
        [
            (
                "figure",
                "2014-04-16",
                # (order not known: no reversal, the line says so, time30)
                [("Ministry of Security and Public Administration", [1, 3], "unordered")],
            )
        ],
    ),
]


@pytest.mark.parametrize("args", WRITERS)
@pytest.mark.parametrize(("fixture", "subject", "expected"), STORIES)
def test_the_json_says_whose_own_figures_disagree_and_why(
    ct, args, fixture: str, subject: str, expected: list
) -> None:
    said = [
        (kind, as_of, [{"claimant": n, "positions": p, "why": w} for n, p, w in own])
        for kind, as_of, own in expected
    ]
    assert _own(_doc(ct, fixture, subject, args)) == said


def test_the_terminal_the_sheet_and_the_json_say_the_same(ct, monkeypatch) -> None:
    """Each entry of ``own_disagreements`` is a line the terminal prints under the finding and
    the sheet gives in its ``caveats``, word for word, and no such line is said without one."""
    monkeypatch.setenv("COLUMNS", "1000")
    doc = _doc(ct, "france-pensions-2023", "france-pension-protests-2023", [])
    said = []
    for c in doc["conflicts"]:
        for d in c.get("own_disagreements", ()):
            at = " and ".join(map(str, d["positions"]))
            said.append(
                f"{d['claimant']} stands in positions {at}: its own figures for {c['as_of']} "
                "disagree (two reports of it, or a revision: if one replaced the other, give "
                "each its --said-on)"
            )
    assert len(said) == 2
    terminal = [
        line.strip()
        for line in ct("conflicts", "france-pension-protests-2023", "--full").stdout.splitlines()
        if "its own figures" in line
    ]
    assert terminal == said
    sheet = ct("conflicts", "france-pension-protests-2023", "--csv", "-").stdout.lstrip("\ufeff")
    caveats = {
        line
        for r in csv.DictReader(io.StringIO(sheet))
        for line in r["caveats"].split("\n")
        if "its own figures" in line
    }
    assert caveats == set(said)


def _fig(cid: str, claimant: str, low: float, high: float | None = None, **kw: Any) -> Fact:
    return Fact(cid, claimant, "figure", "deaths", low, low if high is None else high, None,
                kw.pop("as_of", None), kw.pop("said_on", None), **kw)  # fmt: skip


def _own_of(*facts: Fact, cumulative: tuple[str, ...] = ()) -> list:
    report = analyse(list(facts), cumulative=cumulative)
    return [c.own for c in report.conflicts if hasattr(c, "own")]


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        # its two figures apart, a third claimant between them
        (
            [_fig("a", "Police", 10), _fig("b", "Police", 40), _fig("c", "Red Cross", 20)],
            # (order not known: no reversal, the line says so, time30)
            [(OwnDisagreement("Police", (1, 3), "unordered"),)],
        ),
        # overlapping figures in two positions ("about 30" beside 34 narrowed by another's
        # 36): no line, never a wrong one
        (
            [_fig("a", "Police", 27, 33), _fig("b", "Police", 32, 34), _fig("c", "Red Cross", 36)],
            [()],
        ),
        # two as_of: two moments, a change, not a disagreement (rule 2)
        (
            [_fig("a", "Police", 10, as_of="2024-01"), _fig("b", "Police", 40, as_of="2024-02"),
             _fig("c", "Red Cross", 20, as_of="2024-01"),
             _fig("d", "Red Cross", 60, as_of="2024-02")],
            [(), ()],
        ),
        # a relay is not its claimant's own figure
        (
            [_fig("a", "Police", 10), _fig("b", "Police", 40, relays="z"),
             _fig("z", "Mayor", 40), _fig("c", "Red Cross", 20)],
            [()],
        ),
    ],
)  # fmt: skip
def test_whose_own_figures_disagree(facts: list[Fact], expected: list) -> None:
    assert _own_of(*facts) == expected


def test_on_a_running_count_figures_surely_ordered_are_a_rise() -> None:
    rise = [
        _fig("a", "Police", 10, said_on="2024-01-01"),
        _fig("b", "Police", 40, said_on="2024-01-05"),
        _fig("c", "Red Cross", 20, said_on="2024-01-03"),
        _fig("d", "Red Cross", 5, said_on="2024-01-04"),
    ]
    found = [c for c in analyse(rise, cumulative=("deaths",)).conflicts if hasattr(c, "own")]
    assert found and all(c.own == () for c in found)
    # of one day, their order not known: its own update (``updates``), said once, not twice
    same_day = [_fig(f.id, f.claimant, f.low, said_on="2024-01-01") for f in rise]
    found = [c for c in analyse(same_day, cumulative=("deaths",)).conflicts if hasattr(c, "own")]
    assert [(c.own, [n for n, _ in c.updates]) for c in found] == [((), ["Police", "Red Cross"])]


def test_the_line_is_the_fields_words() -> None:
    from claimtrack.conflicts import FigureConflict

    c = FigureConflict("deaths", "2024-05-02", 2.0, (), (), own=())
    d = OwnDisagreement("Police", (1, 3), "reports")
    assert own_line(c, d) == (
        "Police stands in positions 1 and 3: its own figures for 2024-05-02 disagree "
        "(two reports of it, or a revision)"
    )
    assert own_line(c, OwnDisagreement("Police", (1, 2), "later"), told=True) == (
        "its own figures disagree (figures of 2024-05-02 and of a later moment, two reports "
        "of it, or a revision)"
    )
