"""A dispute on a measure that reads like a running count, not marked cumulative, whose
figures were said on several dates and rise with them (docs/conflicts.md, rule 9): a toll that
rose reads as a dispute, and the dispute says so, with the command to mark it. The rule's hint
(and the dispute taken back) comes only where the figures only rise; a new user who logged
Zimbabwe's Idai toll (89 to 344 over three weeks, one stale 104 after a 139) unmarked got
"deaths-zimbabwe: 4 positions, spread 3.9x" with no word of it."""

from __future__ import annotations

import pytest

from claimtrack.conflicts import Fact, FigureConflict, analyse
from claimtrack.hints import reviewer_notes, unmarked_toll_dates


def figures(rows: list[tuple[str, float, str, str | None]], measure: str) -> tuple[list, dict]:
    facts, records = [], {}
    for n, (who, value, said, as_of) in enumerate(rows):
        cid = f"c{n}"
        facts.append(Fact(cid, who, "figure", measure, value, value, None, as_of, said, "active"))
        records[cid] = {
            "id": cid, "claimant": who, "value": str(value), "low": value, "high": value,
            "said_on": said, "as_of": as_of, "measure": measure, "kind": "figure",
        }  # fmt: skip
    return facts, records


RISE_AND_STALE = [
    ("Government", 89, "2019-03-18", None),
    ("Ministry", 139, "2019-03-20", None),
    ("Sputnik", 104, "2019-03-23", None),
    ("Government", 344, "2019-04-11", None),
]


@pytest.mark.parametrize(
    ("rows", "measure", "cumulative", "dates"),
    [
        (RISE_AND_STALE, "deaths-zimbabwe", False, 4),
        # marked: read at its times, no such note
        (RISE_AND_STALE, "deaths-zimbabwe", True, 0),
        # a name that is no running count: nothing to say
        (RISE_AND_STALE, "budget", False, 0),
        # a fall only (a misrelay, 400 passed on as 40): marking would not change it
        ([("Red Crescent", 400, "2026-11-02", None), ("OCHA", 40, "2026-11-03", None)], "deaths", False, 0),
        # one date: no rise to read
        ([("A", 100, "2026-11-02", None), ("B", 200, "2026-11-02", None)], "deaths", False, 0),
        # figures with an as_of: compared by it, as rule 2 says
        ([("A", 100, "2026-11-02", "2026-11"), ("B", 200, "2026-11-05", "2026-11")], "deaths", False, 0),
    ],
)  # fmt: skip
def test_a_rising_toll_disputed_unmarked_says_so(
    rows: list, measure: str, cumulative: bool, dates: int
) -> None:
    facts, records = figures(rows, measure)
    report = analyse(facts, cumulative=[measure] if cumulative else [])
    disputes = [c for c in report.conflicts if isinstance(c, FigureConflict)]
    found = max((unmarked_toll_dates(c, report, records) for c in disputes), default=0)
    assert found == dates
    notes = " ".join(reviewer_notes("idai", report, records))
    said = f"claimtrack measure idai {measure} --cumulative" in notes
    assert said == bool(dates)


def test_the_note_is_printed_under_the_dispute(ct) -> None:
    for who, value, said, _ in RISE_AND_STALE:
        result = ct(
            "add", "idai", "--claimant", who, "--quote", f"{value} people died",
            "--figure", str(value), "--measure", "deaths-zimbabwe", "--said-on", said,
            "--outlet", "Example", "--new",
        )  # fmt: skip
        assert result.exit_code == 0, result.output
    out = " ".join(ct("conflicts", "idai").stdout.split())
    assert (
        "deaths-zimbabwe reads like a running count, not marked cumulative: its figures, said on"
        " 4 dates with no as_of, are compared as of one moment, and a rise reads as a dispute; if"
        " it is a toll so far, mark it: claimtrack measure idai deaths-zimbabwe --cumulative"
    ) in out


OUTBREAK = [  # one agency's updates of an outbreak, and the company's relay of the first
    ("CDC", 49, "2024-10-22", None),
    ("Chain", 49, "2024-10-23", None),
    ("CDC", 75, "2024-10-25", None),
    ("CDC", 104, "2024-11-13", None),
]


@pytest.mark.parametrize(
    ("measure", "unmarked"),
    [
        # an illness count so far (review19's outbreak: "sickened" gave a dispute of three
        # positions and the agency's "reversal" 49 -> 75 -> 104)
        ("sickened", True),
        ("illnesses", True),
        ("people-poisoned", True),
        ("hospitalizations", True),
        ("hospitalisations-total", True),
        ("cases", True),
        # a name that is no running count: the rise stays a dispute and a reversal
        ("meals-served", False),
    ],
)
def test_an_illness_count_that_only_rises_is_hinted_not_disputed(measure, unmarked) -> None:
    facts, _ = figures(OUTBREAK, measure)
    report = analyse(facts)
    assert (measure in report.unmarked) == unmarked
    assert bool(report.conflicts) != unmarked
