"""change1 (issue 25): a figure logged as a change of its measure ("fell 12%": "12%", down),
held to the opposite of a level's guard, kept through the record's round trip, and compared
by the engine only with changes of its measure that go the same way (its direction a stance:
"rose" against "fell" is a disputed proposition). docs/format.md, "Changes"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.conflicts import Fact, FigureConflict, StanceConflict, analyse
from claimtrack.errors import InputError
from claimtrack.guards import change_direction, change_given_problem, import_problem
from claimtrack.models import validate_claim


@pytest.mark.parametrize(
    ("value", "quote", "change", "refused"),
    [
        # the quote's words of change, the way the record says: stored
        ("12%", "Crime fell 12% in 2024, the office said.", "down", None),
        ("0.1%", "Inflation went down by 0.1% to 3.1%.", "down", None),
        ("3%", "Prices saw a 3% rise in May.", "up", None),
        ("about 15%", "Break-ins saw a rise of about 15% in 2025.", "up", None),
        ("400", "Arrests increased by 400 to 1,200.", "up", None),
        ("3%", "Retail sales were 3% from a year earlier.", "down", None),  # no way said
        ("20%", "Sales were down 20% over the year.", "down", None),
        # an outbreak's running copy: "new" after the number, a verb in the present
        ("59", "The county reported 59 new cases on Friday.", "up", None),
        ("59 cases", "The county reported 59 new cases on Friday.", "up", None),
        ("12", "Labs found 12 newly confirmed infections.", "up", None),
        ("nearly 14%", "Cases jump nearly 14% in a week.", "up", None),
        ("59", "The county reported 59 new cases on Friday.", "down", "give --change up"),
        ("4%", "Fares fall 4% in March.", "up", "give --change down"),
        ("300", "The 300 jobs cut last year were restored.", "down", "gives no change"),
        # the other way: refused, naming the way the words give
        ("12%", "Crime fell 12% in 2024.", "up", "give --change down"),
        ("3%", "Prices saw a rise of 3% in May.", "down", "give --change up"),
        # a level where the figure stands: refused
        ("3%", "Inflation was 3% in May.", "up", "gives no change where it stands"),
        ("1,310 burglaries", "Officers logged 1,310 burglaries.", "up", "gives no change"),
        # a hedge left out is refused as for a level
        ("14", "Officials said at least another 14 died.", "up", "leaves out the hedge"),
    ],
)
def test_a_change_is_held_to_its_quote(
    value: str, quote: str, change: str, refused: str | None
) -> None:
    got = change_given_problem(value, quote, change)
    if refused is None:
        assert got is None, got
    else:
        assert got is not None and refused in got, got
    # the import says the same, refusing
    said = import_problem(value, quote, None, change=change)
    assert (said is None) == (refused is None), said
    assert said is None or said[1]


@pytest.mark.parametrize(
    ("word", "way"),
    [
        *(("rose", "up"), ("up", "up"), ("higher", "up"), ("subieron", "up"), ("rise", "up")),
        *(("fell", "down"), ("cut", "down"), ("fewer", "down"), ("cayeron", "down")),
        *(("declined", "down"), ("by", None), ("from", None), ("interanual", None)),
        *(("lost", "down"), ("shed", "down"), ("slump", "down"), ("gained", "up")),
    ],
)
def test_the_way_a_word_of_change_goes(word: str, way: str | None) -> None:
    assert change_direction(word) == way


@settings(max_examples=40, deadline=None)
@given(
    number=st.integers(min_value=1, max_value=999),
    verb=st.sampled_from(["rose", "fell", "climbed", "dropped", "was up", "was down"]),
)
def test_a_verb_says_its_way_and_only_that_way_is_stored(number: int, verb: str) -> None:
    quote = f"The count {verb} {number}% last year."
    way = "down" if verb in ("fell", "dropped", "was down") else "up"
    other = "up" if way == "down" else "down"
    assert change_given_problem(f"{number}%", quote, way) is None
    assert f"give --change {way}" in (change_given_problem(f"{number}%", quote, other) or "")
    # and as a level it is refused, naming the way (a share: "rose 150%" is a ratio the
    # level's guard lets by; "dropped 1%" takes an object, as "dropped 500 jobs" does)
    level = import_problem(f"{number}%", quote, None)
    if number < 100 and verb != "dropped":
        assert level is not None and f"--change {way}" in level[0]


@pytest.mark.parametrize(
    ("value", "quote", "refused"),
    [
        ("nearly 14%", "Cases jump nearly 14% in a week.", "--change up"),
        ("4%", "Fares fall 4% in March.", "--change down"),
        ("59", "The county reported 59 new cases on Friday.", None),  # a level of new cases
    ],
)
def test_a_level_in_the_present_of_change_is_refused(
    value: str, quote: str, refused: str | None
) -> None:
    said = import_problem(value, quote, None)
    assert (said is None) == (refused is None), said
    assert said is None or refused in said[0]


def test_the_record_keeps_it_and_a_level_keeps_its_id() -> None:
    base = {
        "subject": "s", "claimant": "A", "quote": "Crime fell 12%.", "kind": "figure",
        "measure": "crime", "value": "12%",
    }  # fmt: skip
    level, change = validate_claim(base), validate_claim({**base, "change": "down"})
    assert "change" not in level.record() and change.record()["change"] == "down"
    assert (change.record()["low"], change.record()["high"]) == (12, 12)  # the size, unsigned
    assert level.id != change.id
    assert list(change.record()).index("change") == list(change.record()).index("unit") + 1
    with pytest.raises(InputError, match="change: must be 'up' or 'down'"):
        validate_claim({**base, "change": "sideways"})
    with pytest.raises(InputError, match="change: not allowed on a stance"):
        validate_claim(
            {**base, "kind": "stance", "measure": None, "value": None, "proposition": "p",
             "stance": "affirms", "change": "up"}
        )  # fmt: skip


def _fig(fid: str, who: str, low: float, change: str | None, as_of: str = "2025") -> Fact:
    return Fact(
        fid, who, "figure", "crime", low, low, None, as_of, None, dimension="share", change=change
    )


@pytest.mark.parametrize(
    ("facts", "figures", "propositions"),
    [
        # two falls far apart: a dispute of the fall's size, no dispute of the way
        ([_fig("a", "A", 8, "down"), _fig("b", "B", 20, "down")], ["crime (fall)"], []),
        # a rise against a fall: the way disputed, no size compared across them
        ([_fig("a", "A", 8, "up"), _fig("b", "B", 8, "down")], [], ["crime went up (as of 2025)"]),
        # changes of other moments are not set against each other
        ([_fig("a", "A", 8, "up"), _fig("b", "B", 8, "down", "2024")], [], []),
        # a change is never compared with a level of its measure
        ([_fig("a", "A", 8, "down"), _fig("b", "B", 30, None)], [], []),
        # levels alone: as before
        ([_fig("a", "A", 8, None), _fig("b", "B", 30, None)], ["crime"], []),
        # changes with no period ("fell 12% last year", "rose 5% since March"): compared with
        # nothing, neither way nor size, nor with a change that has one
        ([_fig("a", "A", 8, "up", ""), _fig("b", "B", 8, "down", "")], [], []),
        ([_fig("a", "A", 8, "down", ""), _fig("b", "B", 20, "down", "")], [], []),
        ([_fig("a", "A", 8, "up", ""), _fig("b", "B", 8, "down")], [], []),
        # changes dated by a day: where each period ends, not where it starts ("59 more in
        # three days", "up 81 since March 28", both to 4 April): compared with nothing
        ([_fig("a", "A", 59, "up", "2025-04-04"), _fig("b", "B", 81, "up", "2025-04-04")], [], []),
        ([_fig("a", "A", 5, "up", "2025-04-04"), _fig("b", "B", 5, "down", "2025-04-04")], [], []),
        (
            [
                _fig("a", "A", 5, "up", "2025-04-04T09:00"),
                _fig("b", "B", 9, "up", "2025-04-04T09:00"),
            ],
            [],
            [],
        ),
        # a month is a period: its changes are compared
        (
            [_fig("a", "A", 59, "up", "2025-04"), _fig("b", "B", 81, "up", "2025-04")],
            ["crime (rise)"],
            [],
        ),
    ],
)
def test_the_engine_compares_changes_with_changes_of_their_way(
    facts: list[Fact], figures: list[str], propositions: list[str]
) -> None:
    report = analyse(facts)
    assert [c.measure for c in report.conflicts if isinstance(c, FigureConflict)] == figures
    got = [c.proposition for c in report.conflicts if isinstance(c, StanceConflict)]
    assert got == propositions
    # the changes with no period are named, with their claims, never dropped silently
    unperiod = tuple(sorted(f.id for f in facts if f.change and len(f.as_of or "") not in (4, 7)))
    assert report.unperiod == ((("crime", unperiod),) if unperiod else ())


def test_a_change_with_no_period_is_said_in_every_output(ct) -> None:
    """conflicts, both JSON writers and the reports' notes name the changes compared with
    nothing (docs/conflicts.md, "Changes with no period")."""
    from claimtrack.conflicts import report_to_json
    from claimtrack.conflicts.jsonout import report_json_line
    from claimtrack.hints import unperiod_note

    for fid, quote, way in (
        ("p1", "Burglaries fell 12% last year, the police said.", "down"),
        ("r1", "Break-ins have risen 5% since March, the residents said.", "up"),
    ):
        value = "12%" if way == "down" else "5%"
        done = ct("add", "crime-x", "--claimant", fid.upper(), "--quote", quote, "--figure", value,
                  "--measure", "burglaries", "--change", way, "--id", fid)  # fmt: skip
        assert done.exit_code == 0, done.output
    shown = ct("conflicts", "crime-x")
    assert shown.exit_code == 0, shown.output
    assert "No conflicts among 2 claims" in shown.stdout
    assert " ".join(shown.stdout.split()).endswith(
        " ".join(unperiod_note("burglaries", ("p1", "r1")).split())
    )
    hint = {"measure": "burglaries", "hint": "change-without-period-not-compared",
            "claims": ["p1", "r1"]}  # fmt: skip
    assert json.loads(ct("conflicts", "crime-x", "--json").stdout)["hints"] == [hint]
    facts = [
        Fact("p1", "P1", "figure", "burglaries", 12, 12, None, None, None, change="down"),
        Fact("r1", "R1", "figure", "burglaries", 5, 5, None, None, None, change="up"),
    ]
    report = analyse(facts)
    assert report_to_json("crime-x", report)["hints"] == [hint]
    assert json.loads(report_json_line("crime-x", report))["hints"] == [hint]
    # a rating upheld on such a claim is warned as the engine flags it
    from claimtrack.verdict_flags import flags

    record = {"id": "p1", "kind": "figure", "subject": "crime-x"}
    assert flags(record, report, {}) == [
        "its change gives no period and is compared with no other of burglaries"
    ]


def test_percentage_points_and_per_cent_are_never_compared() -> None:
    points = _fig("a", "A", 2, "up")._replace(dimension="percentage-points")
    report = analyse([points, _fig("b", "B", 20, "up")])
    assert not [c for c in report.conflicts if isinstance(c, FigureConflict)]
    assert [(i.measure, [d for d, _ in i.groups]) for i in report.incomparable] == [
        ("crime (rise)", ["percentage-points", "share"])
    ]


def test_one_claimant_saying_rose_then_fell_reverses() -> None:
    facts = [
        Fact("a", "A", "figure", "crime", 5, 5, None, "2025", "2026-01-02", change="up"),
        Fact("b", "A", "figure", "crime", 5, 5, None, "2025", "2026-02-02", change="down"),
    ]
    report = analyse(facts)
    assert [(r.claimant, r.claims) for r in report.conflicts if hasattr(r, "claimant")] == [
        ("A", ("a", "b"))
    ]


def test_add_and_import_log_changes(ct, tmp_path: Path) -> None:
    refused = ct(
        "add", "crime", "--claimant", "Office", "--new", "--quote", "Crime fell 12% in 2025.",
        "--figure", "12%", "--measure", "crime", "--new",
    )  # fmt: skip
    assert refused.exit_code == 2, refused.output
    assert "(--change down;" in refused.output
    added = ct(
        "add", "crime", "--claimant", "Office", "--new", "--quote", "Crime fell 12% in 2025.",
        "--figure", "12%", "--measure", "crime", "--new", "--change", "down", "--json",
    )  # fmt: skip
    assert added.exit_code == 0, added.output
    record = json.loads(added.stdout)
    assert (record["value"], record["change"], record["low"]) == ("12%", "down", 12)
    # a level of a count on the same measure is not held to the change's dimension
    level = ct(
        "add", "crime", "--claimant", "Office", "--quote", "Police logged 900 crimes.",
        "--figure", "900 crimes", "--measure", "crime",
    )  # fmt: skip
    assert level.exit_code == 0, level.output
    edited = ct("edit", record["id"], "--change", "up")
    assert edited.exit_code == 2 and "give --change down" in edited.output, edited.output
    lines = tmp_path / "c.jsonl"
    lines.write_text(
        json.dumps({**{k: record[k] for k in ("subject", "claimant", "quote", "kind")},
                    "measure": "crime", "value": "12%", "change": "up"}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    bad = ct("import", str(lines))
    assert bad.exit_code != 0 and "give --change down" in bad.output, bad.output
    out = ct("export", "crime", "--format", "jsonl")
    assert [json.loads(x).get("change") for x in out.stdout.splitlines()] == ["down", None]


@pytest.mark.parametrize(
    ("sentence", "read", "refused"),
    [
        # a change that says its way: proposed as a change that way, its amount as read
        ("Burglaries fell 8% last year, the police said.", [("8%", "down")], []),
        ("Break-ins saw a rise of about 15% in the year.", [("about 15%", "up")], []),
        ("Prices saw a 3% rise in May, the agency said.", [("3%", "up")], []),
        ("The council cut spending by 20%, the mayor said.", [("20%", "down")], []),
        # a change and the level it reached: both
        ("Inflation went down by 0.1% to 3.1%.", [("0.1%", "down"), ("3.1%", None)], []),
        # no way said: refused, never guessed
        ("Sales were 3% from a year earlier, the firm said.", [], ["3% from a year earlier"]),
        # a share above the whole after a word of change: a change, as `add --change` reads
        # it (rates are not shares of one whole), never its number alone (it was refused
        # until extract52 read a share word after a number the reader had left out)
        ("Cases rose by 121 percent, officials said.", [("121 percent", "up")], []),
        # "up" of a phrasal verb: a level
        ("She ended the night picking up 33 percent of the vote.", [("33 percent", None)], []),
    ],
)
def test_extract_proposes_changes_as_changes(
    sentence: str, read: list[tuple[str, str | None]], refused: list[str]
) -> None:
    from claimtrack.extract.figurespans import read_figures

    figures, shown_refused = read_figures(sentence, 0, len(sentence))
    assert [(f.figure.text, f.change) for f in figures] == read
    assert [r.text for r in shown_refused] == refused
