"""What the fifth story logged as a new user (the al-Ahli Arab Hospital blast, Gaza City, 17
October 2023: tests/fixtures/gaza-ahli-hospital-2023.jsonl) showed misleading, as general
rules: a claimant's figure dated only by a later publication that repeats what it said before
is a recap, not a new count of that day; an outlet that passed a stance on and later said it
could not be verified has walked it back; corroborated positions that disagree have no span
the sources support (docs/conflicts.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimtrack.conflicts import (
    Fact,
    FigureConflict,
    Report,
    Reversal,
    Revision,
    analyse,
)
from test_bounds_line import one_corroborated_position

FIXTURE = Path(__file__).parent / "fixtures" / "gaza-ahli-hospital-2023.jsonl"
SUBJECT = "gaza-ahli-hospital-2023"


def fig(
    id_: str,
    low: float,
    who: str,
    *,
    as_of: str | None = None,
    said_on: str | None = None,
    reported_on: str | None = None,
    rounding: float = 0,
) -> Fact:
    return Fact(
        id_, who, "figure", "deaths", low, low, None, as_of, said_on, "active", reported_on,
        "count", rounding,
    )  # fmt: skip


def stance(
    id_: str,
    side: str,
    who: str,
    *,
    said_on: str | None = None,
    reported_on: str | None = None,
    relays: str | None = None,
) -> Fact:
    return Fact(
        id_, who, "stance", "p", None, None, side, None, said_on, "active", reported_on,
        "count", 0, relays,
    )  # fmt: skip


def of(report: Report, kind: type) -> list:
    return [c for c in report.conflicts if isinstance(c, kind)]


MOH, HAMAS, EU = "Ministry of Health", "Hamas officials", "EU official"


def every_fall(report) -> list:
    """Revisions (one claimant's own fall, a finding) and falls between claimants (shown
    inside the dispute that holds both figures)."""
    return of(report, Revision) + [f for c in of(report, FigureConflict) for f in c.falls]


# -- a recap of one's own earlier figure ------------------------------------------------------

# The ministry said 471 on 18 October; a rights group's release of 26 November reports "471"
# again (no said_on); another claimant's 833 is dated by its report of 12 November.
_BASE = [
    fig("moh", 471, MOH, said_on="2023-10-18"),
    fig("hamas", 833, HAMAS, reported_on="2023-11-12"),
]


@pytest.mark.parametrize(
    ("recap", "disputed", "revisions"),
    [
        pytest.param(
            fig("recap", 471, MOH, reported_on="2023-11-26"),
            [],
            [],
            id="a-recap-takes-the-time-of-the-statement-it-repeats",
        ),
        pytest.param(
            fig("recap", 471, "ministry of health", reported_on="2023-11-26"),
            [],
            [],
            id="the-same-claimant-by-its-key",
        ),
        pytest.param(
            fig("recap", 471, MOH, said_on="2023-11-26"),
            [("hamas", "recap")],
            [("hamas", "recap")],
            id="said-on-makes-it-a-statement-of-that-day",
        ),
        pytest.param(
            fig("recap", 471, MOH, as_of="2023-11-26", reported_on="2023-11-26"),
            [("hamas", "recap")],
            [("hamas", "recap")],
            id="as-of-makes-it-a-count-of-that-day",
        ),
        pytest.param(
            fig("recap", 470, MOH, reported_on="2023-11-26"),
            [("hamas", "recap")],
            [("hamas", "recap")],
            id="another-figure-is-no-recap",
        ),
        pytest.param(
            fig("recap", 471, "Gaza officials", reported_on="2023-11-26"),
            [("hamas", "recap")],
            [("hamas", "recap")],
            id="another-claimants-figure-is-no-recap",
        ),
    ],
)
def test_a_recap_of_ones_own_figure_is_no_new_count(
    recap: Fact, disputed: list[tuple[str, str]], revisions: list[tuple[str, str]]
) -> None:
    report = analyse([*_BASE, recap], cumulative={"deaths"})
    assert [
        tuple(sorted(i for p in c.positions for i in p.claims if i != "moh"))
        for c in of(report, FigureConflict)
    ] == disputed
    assert [r.claims for r in every_fall(report)] == revisions


def test_a_recap_is_shown_at_the_time_it_repeats_and_revises_nothing() -> None:
    """The recap joins the point of the statement it repeats; a revision of that figure shows
    the statement itself, never the recap dated by another's day."""
    facts = [
        fig("moh", 471, MOH, said_on="2023-10-18"),
        fig("moh-recap", 471, MOH, reported_on="2023-11-26"),
        fig("eu", 30, EU, said_on="2023-10-19"),
    ]
    report = analyse(facts, cumulative={"deaths"})
    (change,) = report.changes
    assert [(p.as_of, p.low, p.claims) for p in change.points] == [
        ("2023-10-18", 471, ("moh", "moh-recap")),
        ("2023-10-19", 30, ("eu",)),
    ]
    (rev,) = every_fall(report)
    assert rev.claims == ("moh", "eu")
    assert rev.dates == (("2023-10-18", "said_on"), ("2023-10-19", "said_on"))


def test_a_recap_takes_the_as_of_of_the_statement_it_repeats() -> None:
    facts = [
        fig("a", 90, MOH, as_of="2023-10-17T20:00", reported_on="2023-10-18"),
        fig("b", 90, MOH, reported_on="2023-11-01"),
        fig("c", 200, "Other", said_on="2023-10-20"),
    ]
    report = analyse(facts, cumulative={"deaths"})
    assert not of(report, FigureConflict) and not of(report, Revision)
    (change,) = report.changes
    assert [(p.as_of, p.claims) for p in change.points] == [
        ("2023-10-17T20:00", ("a", "b")),
        ("2023-10-20", ("c",)),
    ]


def test_a_recap_on_a_measure_not_cumulative_is_judged_as_before() -> None:
    facts = [*_BASE, fig("recap", 471, MOH, reported_on="2023-11-26")]
    (c,) = of(analyse(facts), FigureConflict)  # no as_of: one dispute of all three, as before
    assert {i for p in c.positions for i in p.claims} == {"moh", "hamas", "recap"}


# -- a stance passed on, then said to be unverified --------------------------------------------

NYT = "The New York Times"


@pytest.mark.parametrize(
    ("facts", "walk_back"),
    [
        pytest.param(
            [
                stance("moh", "affirms", MOH, said_on="2023-10-17"),
                stance("nyt", "affirms", NYT, said_on="2023-10-17", relays="moh"),
                stance("note", "uncertain", NYT, said_on="2023-10-23"),
            ],
            ("nyt", "note"),
            id="an-outlets-correction-of-a-claim-it-carried",
        ),
        pytest.param(
            [
                stance("moh", "affirms", MOH, said_on="2023-10-17"),
                stance("nyt", "affirms", NYT, said_on="2023-10-23", relays="moh"),
                stance("note", "uncertain", NYT, said_on="2023-10-23"),
            ],
            None,
            id="the-same-day-cannot-be-ordered",
        ),
        pytest.param(
            [
                stance("moh", "affirms", MOH, said_on="2023-10-17"),
                stance("note", "uncertain", NYT, said_on="2023-10-16"),
                stance("nyt", "affirms", NYT, said_on="2023-10-17", relays="moh"),
            ],
            None,
            id="uncertain-then-firm-is-none",
        ),
        pytest.param(
            [
                stance("moh", "affirms", MOH, said_on="2023-10-17"),
                stance("nyt", "uncertain", NYT, said_on="2023-10-17"),
                stance("echo", "uncertain", "Other paper", said_on="2023-10-23", relays="nyt"),
            ],
            None,
            id="a-relayed-doubt-walks-nothing-back",
        ),
        pytest.param(
            [
                stance("moh", "affirms", MOH, said_on="2023-10-17"),
                stance("note", "uncertain", MOH, said_on="2023-10-23"),
            ],
            ("moh", "note"),
            id="a-claimants-own-walk-back-as-before",
        ),
    ],
)
def test_a_relayed_stance_can_be_walked_back(
    facts: list[Fact], walk_back: tuple[str, str] | None
) -> None:
    found = [c for c in of(analyse(facts), Reversal) if c.kind == "walk-back"]
    assert [c.claims for c in found] == ([walk_back] if walk_back else [])
    # the relay still counts as no source: the dispute's sides are unchanged
    assert not [c for c in of(analyse(facts), Reversal) if c.kind == "reversal"]


# -- the story, end to end --------------------------------------------------------------------


@pytest.fixture
def gaza(ct):
    result = ct("import", str(FIXTURE))
    assert result.exit_code == 0, result.output
    return ct


def test_the_story_gives_one_dispute_and_the_outlets_walk_back(gaza) -> None:
    result = gaza("conflicts", SUBJECT, "--json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    summary = {k: v for k, v in doc["summary"].items() if v}
    assert summary == {
        "figures": 1,
        "propositions": 2,
        "walk_backs": 1,
        "claimants": 13,
        "claims": 38,
        "relaying": 1,
    }
    (dispute,) = [c for c in doc["conflicts"] if c["kind"] == "figure"]
    assert [(p["low"], p["high"]) for p in dispute["positions"]] == [
        (0, 108),
        (100, 300),
        (450, None),
    ]
    # the rights group's recap of the ministry's 471 sits with the ministry's figure of 18
    # October, and is no later figure of any revision
    assert "ahli-moh-471-hrw" in dispute["positions"][2]["claims"]
    revised = [c["claims"] for c in doc["conflicts"] if c["kind"] == "revision"]
    assert all("ahli-moh-471-hrw" not in pair for pair in revised)
    (walk_back,) = [c for c in doc["conflicts"] if c["kind"] == "walk-back"]
    assert walk_back["claims"] == ["nyt-headline", "nyt-editors-note"]


def test_corroborated_positions_that_disagree_have_no_span(ct, tmp_path: Path) -> None:
    """Two corroborated positions contradict each other: the text names them instead of a
    span across both ("the corroborated positions span 180–1,210" read as support)."""
    crowd = Path(__file__).parent / "fixtures" / "crowd.jsonl"
    assert ct("import", str(crowd)).exit_code == 0
    out = ct("conflicts", "crowd-demo").stdout
    assert (
        "the sources span 180–1,250; corroborated positions disagree: 180–220 (position 1) and "
        "950–1,210 (position 2)"
    ) in " ".join(out.split())
    assert "the corroborated positions span" not in out
    # the report says the same
    assert ct("report", "crowd-demo", "-o", str(tmp_path / "crowd.md")).exit_code == 0
    report = " ".join((tmp_path / "crowd.md").read_text(encoding="utf-8").split())
    assert (
        "The sources span 180–1,250; corroborated positions disagree: 180–220 (position 1) and "
        "950–1,210 (position 2)."
    ) in report


def test_one_corroborated_position_keeps_its_span(ct) -> None:
    out = " ".join(ct("conflicts", one_corroborated_position(ct)).stdout.split())
    assert "the corroborated positions span 2,000–2,530" in out


# -- a fall between claimants is no revision ---------------------------------------------------


@pytest.mark.parametrize(
    ("later_by", "heading", "summary"),
    [
        pytest.param(
            MOH,
            "Revision: deaths (cumulative) fell, 15.7x lower",
            "1 downward revision among 2 claims from 1 claimant",
            id="one-claimant-revises",
        ),
        pytest.param(
            "ministry of health",
            "Revision: deaths (cumulative) fell, 15.7x lower",
            "1 downward revision among 2 claims from 1 claimant",
            id="aliases-folded",
        ),
        pytest.param(
            EU,
            None,  # inside the dispute between the two (rule 9), no finding of its own
            "1 disputed figure among 2 claims from 2 claimants",
            id="another-claimants-later-figure",
        ),
    ],
)
def test_a_revision_says_whose_figures_fall(
    later_by: str, heading: str | None, summary: str
) -> None:
    from claimtrack.conflicts import revision_heading, summary_line

    facts = [fig("a", 471, MOH, said_on="2023-10-18"), fig("b", 30, later_by, said_on="2023-10-19")]
    report = analyse(facts, cumulative={"deaths"})
    if heading is None:
        assert not of(report, Revision)
        (dispute,) = of(report, FigureConflict)
        assert [f.claims for f in dispute.falls] == [("a", "b")]
    else:
        (rev,) = of(report, Revision)
        assert revision_heading(rev) == heading
    assert summary_line(report) == summary


def test_a_fall_to_zero_between_claimants() -> None:
    from claimtrack.conflicts import revision_heading
    from claimtrack.report import time_lines

    facts = [fig("a", 10, MOH, said_on="2023-10-18"), fig("b", 0, EU, said_on="2023-10-19")]
    (dispute,) = of(analyse(facts, cumulative={"deaths"}), FigureConflict)
    (rev,) = dispute.falls
    assert revision_heading(rev) == "Fall between claimants: deaths (cumulative), to zero"
    records = {"a": {"value": "10", "claimant": MOH}, "b": {"value": "none", "claimant": EU}}
    assert time_lines(dispute, records) == [
        f"later and lower: none ({EU}, said 2023-10-19), down to zero from 10 ({MOH}, said "
        "2023-10-18)"
    ]


# -- a figure its own quote says was changed, shown only over time -----------------------------


@pytest.mark.parametrize(
    ("value", "quote", "words"),
    [
        (
            "833",
            "Hamas officials provided different death tolls ranging from 500 to 833 before "
            "eventually settling on 471 victims.",
            "833 before eventually settling",
        ),
        ("20", "20 people before being revised", "20 people before being revised"),
        ("120", "a toll of 120 before it was lowered to 90", "120 before it was lowered"),
        # as before: a word of change, then "from" and the figure
        (
            "248",
            "revised the death toll downward from 248",
            "revised the death toll downward from 248",
        ),
        ("30", "30 died before noon, then updated", None),  # no change right after "before"
        ("83", "833 before settling on 471", None),  # another number
        ("471", "471 were killed before the ceasefire", None),
        ("300", "fled from 300 homes", None),
    ],
)
def test_revised_from_reads_a_figure_before_its_replacement(
    value: str, quote: str, words: str | None
) -> None:
    from claimtrack.quote_marks import revised_from

    assert revised_from({"kind": "figure", "value": value, "quote": quote}) == words


def test_a_superseded_figure_only_over_time_is_flagged_under_the_changes(gaza, tmp_path) -> None:
    out = " ".join(gaza("conflicts", SUBJECT).stdout.split())
    line = (
        "deaths-hospital: “833” (Hamas officials, 2023-11-12): its quote says the count was "
        "changed from it (“833 before eventually settling”): an earlier figure, to be dated "
        "(--as-of) before the one that replaced it"
    )
    assert line in out
    assert gaza("report", SUBJECT, "-o", str(tmp_path / "r.md")).exit_code == 0
    assert line in (tmp_path / "r.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("firm", "took"),
    [
        pytest.param({"stance": "affirms", "relays": "moh"}, "passed on", id="a-relay"),
        pytest.param({"stance": "affirms", "relays": None}, "took", id="its-own"),
    ],
)
def test_a_walk_back_of_a_relay_says_it_was_passed_on(firm: dict, took: str) -> None:
    from claimtrack.conflicts import reversal_heading
    from claimtrack.report import passed_on

    c = Reversal(NYT, "proposition", "p", ("a", "b"), kind="walk-back")
    records = {"a": firm, "b": {"stance": "uncertain", "relays": None}}
    assert reversal_heading(c, passed_on=passed_on(c, records)) == (
        f"Walk-back: {NYT} {took} a position on proposition p, then said it cannot be said"
    )
    # a reversal is never "passed on"
    assert not passed_on(Reversal(NYT, "proposition", "p", ("a", "b")), records)
