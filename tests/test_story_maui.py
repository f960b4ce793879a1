"""What the tenth story logged as a new user (the Maui wildfire of August 2023: a toll that
rose, held at 115 for weeks and was revised down to 97 after DNA review; a list of the
unaccounted for that fell from thousands to 31: tests/fixtures/maui-wildfire-2023.jsonl)
showed misleading, as general rules (docs/conflicts.md, rule 9 and rule 10):

* the police and the governor lowered their own 115 to 97: a newspaper's and the utility's
  earlier "115" (the count as it stood) made "Disputed figure: deaths, corroborated positions
  disagree": a claimant's own revision is no dispute with those who gave the count before it;
* each of the two read also as "Reversal: ... changed position on measure deaths": a revision
  of a toll is one finding, not also a reversal;
* a sum whose part is a count of the moment (the unaccounted for, read at the day each figure
  was said) added the count of 1 September to the found-safe of 22 August against a total of
  22 August: its figures are now taken at their times, as a cumulative measure's are."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack.conflicts import (
    Fact,
    FigureConflict,
    Report,
    Reversal,
    Revision,
    SumRelation,
    analyse,
)

FIXTURE = Path(__file__).parent / "fixtures" / "maui-wildfire-2023.jsonl"
SUBJECT = "maui-wildfire-2023"


def fig(
    id_: str,
    low: float,
    who: str,
    said: str | None = None,
    *,
    high: float | str | None = "same",
    measure: str = "deaths",
    as_of: str | None = None,
    reported: str | None = None,
) -> Fact:
    hi = low if high == "same" else high
    return Fact(id_, who, "figure", measure, low, hi, None, as_of, said, "active", reported)


def of(report: Report, kind: type) -> list:
    return [c for c in report.conflicts if isinstance(c, kind)]


def disputed(report: Report) -> list[tuple[str, ...]]:
    """The claims of each disputed figure, sorted."""
    return sorted(
        tuple(sorted(cid for p in c.positions for cid in p.claims))
        for c in of(report, FigureConflict)
    )


# (facts, the disputes' claims, the revisions' claims)
_OWN_REVISION = [
    pytest.param(
        [
            fig("police-115", 115, "Police", "2023-08-22"),
            fig("paper-115", 115, "Paper", reported="2023-09-09"),
            fig("police-97", 97, "Police", "2023-09-15"),
        ],
        [],
        [("police-115", "police-97")],
        id="the-count-as-it-stood-then-its-counter-lowers-it",
    ),
    pytest.param(
        [
            fig("utility-115", 115, "Utility", "2023-08-27", high=None),  # "at least 115"
            fig("gov-115", 115, "Governor", "2023-09-08"),
            fig("gov-97", 97, "Governor", "2023-09-15"),
        ],
        [],
        [("gov-115", "gov-97")],
        id="an-open-figure-that-meets-the-count-revised",
    ),
    pytest.param(
        [
            fig("paper-115", 115, "Paper", "2023-09-09"),
            fig("police-97", 97, "Police", "2023-09-15"),
        ],
        [("paper-115", "police-97")],
        [],
        id="a-later-claimant-who-never-gave-the-count-still-disputes-it",
    ),
    pytest.param(
        [
            fig("police-115", 115, "Police", "2023-08-22"),
            fig("paper-200", 200, "Paper", "2023-09-01"),
            fig("police-97", 97, "Police", "2023-09-15"),
        ],
        [("paper-200", "police-97")],
        [("police-115", "police-97")],
        id="another-count-than-the-one-revised-still-disputed",
    ),
    pytest.param(
        [
            fig("paper-115", 115, "Paper", "2023-09-09"),
            fig("police-97", 97, "Police", "2023-09-15"),
            fig("police-115", 115, "Police", "2023-09-20"),
        ],
        [("paper-115", "police-97")],
        [],
        id="its-own-figure-said-after-the-fall-explains-nothing",
    ),
    pytest.param(
        [
            fig("police-115", 115, "Police", "2023-09-10"),
            fig("paper-115", 115, "Paper", "2023-09-15"),
            fig("police-97", 97, "Police", "2023-09-15"),
        ],
        [("paper-115", "police-97")],
        [("police-115", "police-97")],
        id="figures-of-one-day-stay-a-dispute-order-not-known",
    ),
    pytest.param(
        [
            fig("police-100", 100, "Police", "2023-08-22"),
            fig("paper-115", 115, "Paper", "2023-09-09"),
            fig("police-97", 97, "Police", "2023-09-15"),
        ],
        [("paper-115", "police-97")],
        [],
        id="its-own-earlier-figure-does-not-meet-the-other-count",
    ),
]


@pytest.mark.parametrize(("facts", "disputes", "revisions"), _OWN_REVISION)
def test_a_claimants_own_revision_is_no_dispute_with_the_count_it_revised(
    facts: list[Fact], disputes: list[tuple[str, ...]], revisions: list[tuple[str, str]]
) -> None:
    report = analyse(facts, cumulative={"deaths"})
    assert disputed(report) == disputes
    assert sorted(r.claims for r in of(report, Revision)) == revisions
    assert not of(report, Reversal)  # a revision is never also a reversal


def test_without_cumulative_the_figures_are_judged_as_before() -> None:
    facts = [
        fig("police-115", 115, "Police", "2023-08-22"),
        fig("paper-115", 115, "Paper", reported="2023-09-09"),
        fig("police-97", 97, "Police", "2023-09-15"),
    ]
    report = analyse(facts)
    assert disputed(report) == [("paper-115", "police-115", "police-97")]
    (rev,) = of(report, Reversal)  # no time rule: the police's two figures disagree
    assert rev.claims == ("police-115", "police-97")


def _sum_facts(unaccounted_said: str) -> list[Fact]:
    return [
        fig("began", 2_000, "County", "2023-08-22", high=None, measure="reported-missing"),
        fig("safe", 1_285, "County", "2023-08-22", high=None, measure="located-safe"),
        fig("u-850", 850, "County", "2023-08-22", measure="unaccounted"),
        fig("u-388", 388, "County", "2023-08-24", measure="unaccounted"),
        fig("u-385", 385, "County", unaccounted_said, measure="unaccounted"),
    ]


# (the day of the last count of the unaccounted for, the combinations checked)
_MOMENT_SUMS = [
    pytest.param("2023-09-01", [("safe", "u-850", "began")], id="only-the-count-of-the-totals-day"),
    pytest.param(
        "2023-08-22",
        [("safe", "u-385", "began"), ("safe", "u-850", "began")],
        id="two-counts-of-that-day-both-checked",
    ),
]


@pytest.mark.parametrize(("said", "checked"), _MOMENT_SUMS)
def test_a_count_of_the_moment_in_a_sum_is_taken_at_its_time(
    said: str, checked: list[tuple[str, ...]]
) -> None:
    relation = SumRelation("reported-missing", ("located-safe", "unaccounted"))
    report = analyse(_sum_facts(said), sums=[relation])
    found = [*report.checks, *report.conflicts, *report.minor]
    claims = sorted(c.claims for c in found if getattr(c, "total", None) == "reported-missing")
    assert claims == checked
    assert "unaccounted" in report.moments


def test_a_count_not_read_at_its_times_is_summed_as_before() -> None:
    # all of one day: no count of the moment is read (nothing to order), every figure summed
    facts = [
        fig("t", 100, "County", "2023-08-22", measure="total-names"),
        fig("a", 60, "County", "2023-08-22", measure="found"),
        fig("b", 40, "County", "2023-08-22", measure="unaccounted"),
    ]
    report = analyse(facts, sums=[SumRelation("total-names", ("found", "unaccounted"))])
    assert [c.claims for c in report.checks] == [("a", "b", "t")]


def test_the_maui_story_reads_the_revision_once_and_no_dispute(ct) -> None:
    assert ct("import", str(FIXTURE)).exit_code == 0
    result = ct("conflicts", SUBJECT)
    assert result.exit_code == 0, result.output
    out = " ".join(result.stdout.split())
    assert "Disputed figure: deaths" not in out
    assert out.count("Revision: deaths (cumulative) fell, 1.2x lower") == 2
    assert "changed position on measure deaths" not in out
    assert "over 1,285 + 850 = 2,131+, consistent with “over 2,000”" in out
    assert "combinations" not in out  # the count of 1 September is not added to 22 August's
    assert "2 downward revisions" in out
