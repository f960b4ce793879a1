"""The hints `conflicts` gives beside its findings come from one table (``claimtrack.hints``):
every hint the engine can raise has an id, a terminal wording and a report wording, and the
terminal, the report's notes for the reviewer and ``conflicts --json`` say the same hints.
Before (outputs9), the terminal's hint lines and the report's notes were two lists written
apart, and the JSON left out the hints said under a finding: a cumulative toll disputed
across statements of several dates printed "deaths is cumulative, each figure at its time
..." on the terminal, and its JSON said nothing of it."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from pathlib import Path

from claimtrack.conflicts import Fact, Report, Unchecked, analyse, report_to_json
from claimtrack.hints import HINTS, json_finding_hints, raised, report_lines, terminal_line

# The fields of the engine's Report that are no hint: findings, counts and what the outputs
# read to lay findings out. Any other field is a hint the engine raises: a new one fails
# test_every_field_of_the_report_is_a_finding_or_a_hint until the table says it.
_NOT_HINTS = {
    "conflicts", "changes", "n_claims", "n_claimants", "minor", "incomparable", "checks",
    "n_relaying", "min_gap", "cumulative", "relays",
    "forecasts",  # a claim's reading (a forecast of its moment), said with the claim itself
    "unquoted",  # a figure not in its quote, said with the claim itself (evidence17)
}  # fmt: skip
_HINT_FIELDS = {
    *("unmarked", "moments", "undated", "unperiod", "unperiod_rates", "unchecked"),
    "beside_forecasts",
    "surveys",
    "years_ahead",
    "spans",
    "unmarked_one_time",
    "unmarked_open",
}


def _fact(cid: str, who: str, measure: str, value: int, said: str) -> Fact:
    return Fact(cid, who, "figure", measure, value, value, None, None, said, "active")


def _records(facts: list[Fact]) -> dict[str, dict]:
    return {
        f.id: {"id": f.id, "subject": "s", "said_on": f.said_on, "low": f.low, "high": f.high}
        for f in facts
    }


# a cumulative toll whose later figure, another claimant's, is far below (a dispute said across
# two dates), and a toll not marked that rose over three dates with one stale figure
_TOLL = [_fact("a1", "Police", "deaths", 100, "2024-01-01"),
         _fact("a2", "Paper", "deaths", 30, "2024-01-03")]  # fmt: skip
_UNMARKED = [
    _fact("b1", "Government", "injured", 89, "2019-03-18"),
    _fact("b2", "Ministry", "injured", 139, "2019-03-20"),
    _fact("b3", "Sputnik", "injured", 104, "2019-03-23"),
    _fact("b4", "Government", "injured", 344, "2019-04-11"),
]


def _every_hint() -> tuple[Report, dict[str, dict]]:
    facts = _TOLL + _UNMARKED
    found = analyse(facts, cumulative=["deaths"])
    report = dataclasses.replace(
        found,
        unmarked=("missing", "killed"),
        unmarked_one_time=("killed",),
        moments=("unaccounted", "hospitalised"),
        undated=(("deaths", ("u1",)),),
        beside_forecasts=(("cpi-inflation", ("f1",)),),
        unperiod=(("burglaries", ("p1", "p2")),),
        unperiod_rates=(("food-inflation", ("r1",)),),
        spans=(("deaths", ("w1",)),),
        surveys=(("approval-rate", ("s1", "s2")),),
        years_ahead=(("gdp-growth", ("y1",)),),
        unchecked=(Unchecked("people", ("fighters", "families"), "no figure yet for families"),),
    )
    return report, _records(facts)


def test_every_field_of_the_report_is_a_finding_or_a_hint() -> None:
    fields = {f.name for f in dataclasses.fields(Report)}
    assert fields - _NOT_HINTS == _HINT_FIELDS


def test_every_hint_the_engine_can_raise_has_both_wordings() -> None:
    report, records = _every_hint()
    hints = raised(report, records)
    assert {h.hint for h in hints} == set(HINTS)  # each raised, each in the table
    for h in hints:
        entry = HINTS[h.hint]
        assert entry.id == h.hint
        assert entry.terminal("s", h).strip() and entry.report("s", h).strip()
    # the report names the finding a hint is said under, in the terminal's words
    said_under = [h for h in hints if h.finding is not None]
    assert [h.finding for h in said_under] == [1, 2]
    for h in said_under:
        assert HINTS[h.hint].report("s", h) == f"finding {h.finding}: {terminal_line('s', h)}"


def test_the_json_says_every_hint_the_terminal_says() -> None:
    report, records = _every_hint()
    doc = report_to_json("s", report, json_finding_hints(report, records))
    in_json = [h["hint"] for h in doc["hints"]] + ["sum-not-checked"] * len(doc["unchecked"])
    assert in_json == [h.hint for h in raised(report, records)]
    assert doc["hints"][:2] == [  # by finding: the wider dispute first
        {"measure": "injured", "hint": "compared-as-one-moment", "finding": 1, "dates": 4},
        {"measure": "deaths", "hint": "each-figure-at-its-time", "finding": 2},
    ]
    assert len(report_lines("s", raised(report, records))) == len(in_json)


def test_a_toll_said_across_dates_is_in_every_output(
    tmp_path: Path, ct: Callable[..., object]
) -> None:
    """Through the CLI: the terminal, --json (one subject and --all) and the report's notes."""
    path = tmp_path / "toll.jsonl"
    rows = [{"record": "measure", "subject": "quake", "measure": "deaths", "cumulative": True}]
    for cid, who, value, said in (("q1", "Police", "100", "2024-01-01"),
                                  ("q2", "Paper", "30", "2024-01-03")):  # fmt: skip
        rows.append({
            "id": cid, "subject": "quake", "claimant": who, "kind": "figure", "measure": "deaths",
            "value": value, "said_on": said, "quote": f"{value} people died, {who} said",
        })  # fmt: skip
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    ct("import", str(path))
    words = "deaths is cumulative, each figure at its time"
    terminal = ct("conflicts", "quake").output  # type: ignore[attr-defined]
    assert words in " ".join(terminal.split())
    one = json.loads(ct("conflicts", "quake", "--json").output)  # type: ignore[attr-defined]
    every = json.loads(ct("conflicts", "--all", "--json").output)  # type: ignore[attr-defined]
    expected = [{"measure": "deaths", "hint": "each-figure-at-its-time", "finding": 1}]
    assert one["hints"] == every["subjects"][0]["hints"] == expected
    md = ct("report", "quake", "--format", "md").output  # type: ignore[attr-defined]
    assert f"finding 1: {words}" in " ".join(md.split())


def test_the_bounded_listing_reads_every_claim_of_a_disputed_figure() -> None:
    """What the terminal says under a dispute reads all its claims, as the report and the sheet
    do, though it lists five a position: before (outputs9) a long dispute's "said on 17 dates"
    was read from the claims listed (18 in the report)."""
    from claimtrack.render_conflicts import POSITION_CLAIMS, shown_ids

    facts = [
        _fact(f"d{n}", f"Agency {n}", "crowd-size", 100, f"2024-01-{n + 1:02d}") for n in range(8)
    ]
    facts.append(_fact("e1", "Mayor", "crowd-size", 900, "2024-01-09"))
    report = analyse(facts)
    (dispute,) = report.conflicts
    assert max(len(p.claims) for p in dispute.positions) > POSITION_CLAIMS
    assert shown_ids(report) >= {f.id for f in facts}
