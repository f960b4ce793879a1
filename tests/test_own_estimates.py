"""A claimant's own estimate of one moment, replaced by its later one (docs/conflicts.md,
rule 9, "An estimate of one moment, revised"): a statistics office's first estimate and its
benchmark are a revision, not a dispute with itself and not a reversal."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import own_estimates_def
from claimtrack.conflicts import (
    Fact,
    FigureConflict,
    Report,
    Reversal,
    Revision,
    analyse,
    claimant_key,
    report_to_json,
    summary_line,
)

from conftest import examples


def fig(
    id_: str,
    value: float,
    who: str,
    *,
    as_of: str | None = "2024-03",
    said_on: str | None = None,
    reported_on: str | None = None,
    high: float | str | None = "same",
    cumulative_measure: str = "m",
    source: str | None = None,
    relays: str | None = None,
) -> Fact:
    return Fact(
        id_,
        who,
        "figure",
        cumulative_measure,
        value,
        value if high == "same" else high,  # type: ignore[arg-type]
        None,
        as_of,
        said_on,
        "active",
        reported_on,
        "count",
        0,
        relays,
        source,
    )


def _kinds(report: Report) -> list[str]:
    out = []
    for c in report.conflicts:
        if isinstance(c, FigureConflict):
            out.append("dispute:" + "|".join(",".join(p.claims) for p in c.positions))
        elif isinstance(c, Revision):
            way = "" if c.as_of is None else f"@{c.as_of}:{'up' if c.up else 'down'}"
            out.append(f"revision{way}:{c.claims[0]}>{c.claims[1]}")
        elif isinstance(c, Reversal):
            # a dispute of this claimant alone is told as its reversal (time21): "(told: ...)"
            told = "".join(
                " (told: " + "|".join(",".join(p.claims) for p in d.positions) + ")"
                for d in c.disputes
            )
            out.append(f"{c.kind}:{','.join(c.claims)}{told}")
    return out


BLS = "Bureau of Labor Statistics"

CASES = [
    pytest.param(
        [
            fig("prelim", 818_000, BLS, said_on="2024-08-21"),
            fig("final", 598_000, BLS, said_on="2025-02-07"),
        ],
        ["revision@2024-03:down:prelim>final"],
        id="own-estimate-revised-down",
    ),
    pytest.param(
        [
            fig("first", 0.6, "Statistics office", said_on="2024-04-25"),
            fig("second", 0.9, "Statistics office", reported_on="2024-05-30"),
        ],
        ["dispute:first|second"],  # order not known: no reversal (time30)
        id="later-dated-by-publication-may-have-been-said-any-day-from-its-as-of",
    ),
    pytest.param(
        [
            fig("forecast", 2_700, "Charity", as_of="2018-12-21", reported_on="2018-11"),
            fig("count", 3_300, "Charity", as_of="2018-12-21", said_on="2018-11-19"),
        ],
        ["dispute:forecast|count"],  # order not known: no reversal (time30)
        id="reported-before-its-moment-orders-nothing",
    ),
    pytest.param(
        [
            fig("a", 818_000, BLS, said_on="2024-08-21"),
            fig("b", 818_000, BLS, said_on="2024-08-22"),
            fig("c", 598_000, BLS, said_on="2025-02-07"),
            fig("d", 589_000, BLS, said_on="2025-02-07"),
        ],
        # (one step: the figures of its day in the order of their ids)
        ["revision@2024-03:down:a>c"],
        id="one-finding-for-one-step-reported-twice",
    ),
    pytest.param(
        [
            fig("first", 0.6, "Statistics office", reported_on="2024-04-25"),
            fig("second", 0.9, "Statistics office", said_on="2024-05-30"),
        ],
        ["revision@2024-03:up:first>second"],
        id="own-estimate-revised-up-earlier-dated-by-publication",
    ),
    pytest.param(
        [
            fig("a", 818_000, BLS, said_on="2024-08-21"),
            fig("b", 598_000, "bureau of labor-statistics", said_on="2025-02-07"),
        ],
        ["revision@2024-03:down:a>b"],
        id="aliases-fold",
    ),
    pytest.param(
        [
            fig("early", 2_900_000, BLS, reported_on="2024-08-21"),
            fig("late", 2_100_000, BLS, said_on="2024-08-21"),
        ],
        ["dispute:late|early"],  # order not known: no reversal (time30)
        id="one-day-order-not-known-stays",
    ),
    pytest.param(
        [
            fig("a", 818_000, BLS, said_on="2024-08"),
            fig("b", 598_000, BLS, said_on="2024-08-21"),
        ],
        ["dispute:b|a"],  # order not known: no reversal (time30)
        id="month-and-day-in-it-not-ordered",
    ),
    pytest.param(
        [
            fig("a", 818_000, BLS, as_of="2024-03", said_on="2024-08-21"),
            fig("b", 598_000, BLS, as_of="2025-03", said_on="2025-09-09"),
        ],
        [],
        id="other-moments-are-a-change",
    ),
    pytest.param(
        [
            fig("a", 100, BLS, as_of=None, said_on="2024-08-21"),
            fig("b", 60, BLS, as_of=None, said_on="2025-02-07"),
        ],
        ["reversal:a,b (told: b|a)"],
        id="no-as-of-no-moment-judged-as-before",
    ),
    pytest.param(
        [
            fig("a", 100, BLS, said_on="2024-08-21"),
            fig("b", 95, BLS, said_on="2025-02-07"),
        ],
        [],
        id="immaterial-no-revision",
    ),
    pytest.param(
        [
            fig("p1", 100, BLS, said_on="2024-04-10"),
            fig("p2", 150, BLS, said_on="2024-05-10"),
            fig("p3", 120, BLS, said_on="2024-06-10"),
        ],
        ["revision@2024-03:up:p1>p2", "revision@2024-03:down:p2>p3"],
        id="two-steps-two-revisions",
    ),
    pytest.param(
        # said before the moment it gives (a forecast, or a report misdated): no estimate of
        # that moment to revise; the two forecasts are a reversal of their own, and the
        # figure said in the month (its outturn) is no reversal of them (time24: before, p3
        # was in the reversal too)
        [
            fig("p1", 100, BLS, said_on="2024-01-10"),
            fig("p2", 150, BLS, said_on="2024-02-10"),
            fig("p3", 120, BLS, said_on="2024-03-10"),
        ],
        ["reversal:p1,p2 (told: p1|p2)"],
        id="stated-before-the-moment-is-no-estimate-of-it",
    ),
    pytest.param(
        [
            fig("prelim", 818_000, BLS, said_on="2024-08-21"),
            fig("final", 598_000, BLS, said_on="2025-02-07"),
            fig("cand", 818_000, "Candidate", said_on="2024-08-21"),
        ],
        ["dispute:final|cand", "revision@2024-03:down:prelim>final"],
        id="an-independent-figure-equal-to-it-still-disputes-the-new-one",
    ),
    pytest.param(
        [
            fig("prelim", 818_000, BLS, said_on="2024-08-21", source="ap"),
            fig("final", 598_000, BLS, said_on="2025-02-07", source="reuters"),
            fig("ap", 818_000, "AP", said_on="2024-08-21", source="ap"),
        ],
        ["revision@2024-03:down:prelim>final"],
        id="the-same-article-repeating-it-as-it-stood",
    ),
    pytest.param(
        [
            fig("prelim", 818_000, BLS, said_on="2024-08-21", source="ap"),
            fig("final", 598_000, BLS, said_on="2025-02-07", source="reuters"),
            fig("ap", 700_000, "AP", said_on="2024-08-21", source="ap"),
        ],
        ["dispute:final|ap", "revision@2024-03:down:prelim>final"],
        id="the-same-article-with-another-figure-stays",
    ),
    pytest.param(
        [
            fig("prelim", 818_000, BLS, said_on="2024-08-21"),
            fig("final", 598_000, BLS, said_on="2025-02-07"),
            fig("cand", 818_000, "Candidate", said_on="2024-08-21", relays="prelim"),
        ],
        ["revision@2024-03:down:prelim>final"],
        id="a-relay-while-it-stood-goes-with-it",
    ),
    pytest.param(
        [
            fig("prelim", 818_000, BLS, said_on="2024-08-21"),
            fig("final", 598_000, BLS, said_on="2025-02-07"),
            fig("cand", 818_000, "Candidate", said_on="2025-03-01", relays="prelim"),
        ],
        ["dispute:final|cand", "revision@2024-03:down:prelim>final"],
        id="a-relay-after-the-revision-disputes-it",
    ),
    pytest.param(
        [
            fig("p1", 100, BLS, said_on="2024-04-10"),
            fig("p2", 150, BLS, said_on="2024-05-10"),
            fig("p3", 104, BLS, said_on="2024-06-10"),
        ],
        ["reversal:p1,p2,p3 (told: p1,p3|p2)"],
        id="back-to-an-estimate-it-replaced-is-no-revision",
    ),
    pytest.param(
        [
            fig("p1", 100, BLS, said_on="2024-04-10"),
            fig("p2", 150, BLS, said_on="2024-05-10"),
            fig("p3", 140, BLS, said_on="2024-05-10"),
        ],
        ["revision@2024-03:up:p1>p2"],
        id="one-step-reported-twice-on-one-day",
    ),
    pytest.param(
        [
            fig("p1", 100, BLS, said_on="2024-04-10"),
            fig("p2", 150, BLS, said_on="2024-05-10"),
            fig("p3", 120, BLS, said_on="2024-05"),
        ],
        ["dispute:p1|p3|p2"],  # order not known: no reversal (time30)
        id="one-of-unknown-order-leaves-all-as-they-were",
    ),
    pytest.param(
        [
            fig("prelim", 818_000, BLS, said_on="2024-08-21"),
            fig("final", 598_000, BLS, said_on="2025-02-07"),
            fig("again", 818_000, BLS, as_of=None, said_on="2025-03-01"),
        ],
        ["reversal:prelim,final,again (told: final|again,prelim)"],
        id="a-figure-with-no-as-of-going-back-to-the-replaced-one",
    ),
    pytest.param(
        [
            fig("prelim", 818_000, BLS, said_on="2024-08-21"),
            fig("final", 598_000, BLS, said_on="2025-02-07"),
            fig("nodate", 818_000, BLS, as_of=None),
        ],
        ["dispute:final|nodate,prelim"],  # order not known: no reversal (time30)
        id="a-figure-with-no-date-apart-orders-nothing",
    ),
    pytest.param(
        [
            fig("prelim", 818_000, BLS, said_on="2024-08-21"),
            fig("final", 598_000, BLS, said_on="2025-02-07"),
            fig("same", 600_000, BLS, as_of=None, said_on="2025-03-01"),
        ],
        ["revision@2024-03:down:prelim>final"],
        id="a-figure-with-no-as-of-repeating-the-new-one",
    ),
    pytest.param(
        [
            fig("prelim", 818_000, BLS, said_on="2024-08-21"),
            fig("final", 598_000, BLS, said_on="2025-02-07"),
            fig("old", 300_000, BLS, as_of=None, said_on="2024-01-10"),
        ],
        ["revision@2024-03:down:prelim>final"],
        id="a-figure-with-no-as-of-stated-before-the-moment-takes-no-part",
    ),
    pytest.param(
        [
            fig("then", 818_000, BLS, said_on="2024-08-21", source="reuters"),
            fig("now", 598_000, BLS, said_on="2025-02-07", source="reuters"),
        ],
        ["revision@2024-03:down:then>now"],
        id="one-article-recounting-both-statements",
    ),
    pytest.param(
        [
            fig("prelim", 818_000, BLS, said_on="2024-08-21"),
            fig("final", 598_000, BLS, said_on="2025-02-07"),
            fig("cand", 818_000, "Candidate", said_on="2025-03-01"),
        ],
        ["dispute:final|cand", "revision@2024-03:down:prelim>final"],
        id="repeating-it-after-the-revision-disputes-it",
    ),
    pytest.param(
        [
            fig("prelim", 818_000, BLS, said_on="2024-08-21"),
            fig("final", 598_000, BLS, said_on="2025-02-07"),
            fig("guess", 818_000, "Forecaster", said_on="2024-08-01"),
        ],
        ["dispute:final|guess", "revision@2024-03:down:prelim>final"],
        id="a-figure-before-the-estimate-is-no-repeat-of-it",
    ),
    pytest.param(
        [
            fig("prelim", 818_000, BLS, said_on="2024-08-21"),
            fig("final", 598_000, BLS, said_on="2025-02-07"),
            fig("speaker", 900_000, "Speaker", said_on="2024-08-22", high=1_000_000),
        ],
        ["dispute:final|speaker", "revision@2024-03:down:prelim>final"],
        id="a-figure-apart-from-both-still-disputes",
    ),
    pytest.param(
        [
            fig("prelim", 818_000, BLS, said_on="2024-08-21"),
            fig("final", 598_000, BLS, said_on="2025-02-07"),
            fig("wide", 0, "Congressman", said_on="2024-08-20", high=1_000_000),
        ],
        ["revision@2024-03:down:prelim>final"],
        id="a-range-meeting-both-stays-and-disputes-nothing",
    ),
]


@pytest.mark.parametrize(("facts", "expected"), CASES)
def test_own_estimates_of_one_moment(facts: list[Fact], expected: list[str]) -> None:
    assert _kinds(analyse(facts)) == expected
    assert _kinds(analyse(list(reversed(facts)))) == expected  # input order never matters
    # the replaced figures are those the pairwise definition names
    gone = own_estimates_def.replaced(facts, 1.1)
    firsts = {c.claims[0] for c in analyse(facts).conflicts if isinstance(c, Revision)}
    assert firsts <= set(gone)
    assert bool(firsts) == bool(gone)


def test_cumulative_measures_keep_their_own_rule() -> None:
    facts = [
        fig("a", 115, "Police", as_of="2023-09", said_on="2023-09-08"),
        fig("b", 97, "Police", as_of="2023-09", said_on="2023-09-15"),
    ]
    report = analyse(facts, cumulative=frozenset({"m"}))
    assert [c.as_of for c in report.conflicts if isinstance(c, Revision)] == []
    assert len(report.conflicts) == 0  # as_of 2023-09 for both: one time, order by as_of


@pytest.mark.parametrize(
    ("facts", "summary"),
    [
        (
            [fig("a", 818_000, BLS, said_on="2024-08-21"), fig("b", 598_000, BLS, said_on="2025")],
            "1 downward revision among 2 claims from 1 claimant",
        ),
        (
            [fig("a", 0.6, BLS, said_on="2024-04-25"), fig("b", 0.9, BLS, said_on="2024-05-30")],
            "1 upward revision among 2 claims from 1 claimant",
        ),
    ],
)
def test_summary_counts_the_direction(facts: list[Fact], summary: str) -> None:
    assert summary_line(analyse(facts)) == summary


def test_json_of_an_estimate_revised() -> None:
    report = analyse(
        [
            fig("prelim", 818_000, BLS, said_on="2024-08-21"),
            fig("final", 598_000, BLS, said_on="2025-02-07"),
        ]
    )
    doc = report_to_json("s", report)
    assert doc["conflicts"] == [
        {
            "kind": "revision",
            "measure": "m",
            "dimension": "count",
            "claims": ["prelim", "final"],
            "claimants": [BLS, BLS],
            "dates": [
                {"date": "2024-08-21", "basis": "said_on"},
                {"date": "2025-02-07", "basis": "said_on"},
            ],
            "ratio": 1.4,
            "as_of": "2024-03",
            "direction": "down",
        }
    ]
    # the line writer gives the same document, byte for byte
    from claimtrack.conflicts import report_json_line

    assert json.loads(report_json_line("s", report)) == doc


_LINE = "give each its --said-on"


@pytest.mark.parametrize(
    ("dates", "hint"),
    [
        pytest.param(
            ({"reported_on": "2024-08-21"}, {"said_on": "2024-08-21"}), True, id="one-unsaid"
        ),
        pytest.param(
            ({"reported_on": "2024-08-21"}, {"reported_on": "2024-08-21"}), True, id="both-unsaid"
        ),
        pytest.param(
            ({"said_on": "2024-08-21"}, {"said_on": "2024-08-21"}), False, id="both-said-one-day"
        ),
    ],
)
def test_a_claimant_in_two_positions_is_told_how_to_order_them(
    ct, dates: tuple[dict, dict], hint: bool
) -> None:
    lines = [
        {
            "id": cid,
            "subject": "jobs",
            "claimant": BLS,
            "quote": quote,
            "kind": "figure",
            "measure": "job-growth",
            "value": value,
            "as_of": "2024-03",
            **when,
        }
        for (cid, quote, value), when in zip(
            (
                (
                    "first",
                    "The original estimate pegged job creation at 2.9 million",
                    "2.9 million",
                ),
                ("revised", "The revised estimate stated 2.1 million jobs", "2.1 million"),
            ),
            dates,
            strict=True,
        )
    ]
    body = "".join(json.dumps(x) + "\n" for x in lines)
    assert ct("import", "-", input=body).exit_code == 0
    result = ct("conflicts", "jobs")
    assert result.exit_code == 0, result.output
    # one claimant alone, its figures not ordered: no reversal (time30), its dispute stands
    # with its line
    assert "its own figures for 2024-03 disagree" in " ".join(result.stdout.split())
    assert "Reversal" not in result.stdout
    assert (_LINE in " ".join(result.stdout.split())) is hint


def test_the_payroll_story_reads_revisions(ct) -> None:
    """The eleventh story, as logged (tests/fixtures/us-payroll-benchmark-2024.jsonl): the BLS's
    four replaced estimates are revisions; the only figure disputes are the banks' forecasts
    and the Speaker's "nearly 1 million" against the standing benchmark."""
    from pathlib import Path

    fixture = Path(__file__).parent / "fixtures" / "us-payroll-benchmark-2024.jsonl"
    assert ct("import", str(fixture)).exit_code == 0
    data = json.loads(ct("conflicts", "us-payroll-benchmark-2024", "--json").stdout)
    found = [
        (c["kind"], c.get("measure") or c.get("proposition"), c.get("direction"))
        for c in data["conflicts"]
    ]
    assert found == [
        ("figure", "benchmark-revision-expected", None),
        ("figure", "benchmark-revision", None),
        ("revision", "avg-monthly-job-growth-12m-to-march-2024", "down"),
        ("revision", "benchmark-revision", "down"),
        # a rate, judged by its stated precision (rule 6, "Rates"): 1.9% to 1.3%, 0.6 points
        ("revision", "employment-growth-rate-12m-to-march-2024", "down"),
        ("revision", "job-growth-12m-to-march-2024", "down"),
        ("stance", "labor-market-weaker-than-reported", None),
    ]
    disputed = [p["claims"] for p in data["conflicts"][1]["positions"]]
    assert disputed == [["bacon-up-to-1m", "bls-589k-cnn", "bls-598k-final"], ["johnson-1m"]]
    assert data["conflicts"][3]["claims"] == ["bls-818k-ap", "bls-589k-cnn"]
    assert data["conflicts"][4]["points"] == 0.6  # 1.9% to 1.3%


_DAYS = [None, "2024-02", "2024-05", "2024-05-10", "2024-06-01", "2024-06"]
_figure = st.tuples(
    st.integers(1, 40),  # low
    st.sampled_from([0, 0, 0, 3]),  # width
    st.sampled_from(["BLS", "bls", "Office"]),
    st.sampled_from([None, "2024-03", "2024-03", "2024-04"]),  # as_of
    st.sampled_from(_DAYS),  # said_on
    st.sampled_from(_DAYS),  # reported_on
    st.sampled_from([None, None, "a", "b"]),  # source
)


@pytest.mark.parametrize("min_gap", [1, 1.1, 1.5])
@settings(max_examples=examples(300), deadline=None)
@given(raw=st.lists(_figure, max_size=9))
def test_estimates_replaced_match_the_pairwise_definition(raw: list, min_gap: float) -> None:
    """Rule 9's "estimate of one moment, revised", defined pair by pair
    (tests/own_estimates_def.py): a replaced figure is in no dispute, no minor difference and
    no reversal; each revision goes from a replaced figure to a later figure of its claimant
    and moment apart from it, surely stated after it; a claimant's moment with a figure
    replaced has a revision, and none without."""
    facts = [
        fig(f"c{i}", lo, who, as_of=a, said_on=s, reported_on=r, high=lo + w, source=src)
        for i, (lo, w, who, a, s, r, src) in enumerate(raw)
    ]
    by_id = {f.id: f for f in facts}
    gone = own_estimates_def.replaced(facts, min_gap)
    report = analyse(facts, min_gap=min_gap)
    standing: set[str] = set()
    for c in [*report.conflicts, *report.minor]:
        if isinstance(c, FigureConflict):
            standing.update(i for p in c.positions for i in p.claims)
        elif isinstance(c, Reversal):
            standing.update(c.claims)
    assert not standing & set(gone)
    own = [c for c in report.conflicts if isinstance(c, Revision)]
    moments = {(claimant_key(by_id[e].claimant), by_id[e].as_of) for e in gone}
    assert {(claimant_key(c.claimants[0]), c.as_of) for c in own} == moments
    for c in own:
        e, s = by_id[c.claims[0]], by_id[c.claims[1]]
        assert c.claims[0] in gone
        assert claimant_key(e.claimant) == claimant_key(s.claimant)
        assert e.as_of == s.as_of == c.as_of
        assert own_estimates_def.apart(e, s, min_gap) or own_estimates_def.apart(s, e, min_gap)
        assert c.up == own_estimates_def.apart(s, e, min_gap)
    assert len({c.claims[0] for c in own}) == len(own)  # one finding per step
    again = analyse(list(reversed(facts)), min_gap=min_gap)
    assert again.conflicts == report.conflicts  # input order never matters


def test_the_sheet_names_the_moment_and_the_claimant(ct) -> None:
    """`conflicts --csv -`: a revision of one moment is labelled with its as_of and whose it
    is, and carries its heading and its note (docs/conflicts.md, rule 9)."""
    import csv
    import io
    from pathlib import Path

    fixture = Path(__file__).parent / "fixtures" / "us-payroll-benchmark-2024.jsonl"
    assert ct("import", str(fixture)).exit_code == 0
    result = ct("conflicts", "us-payroll-benchmark-2024", "--csv", "-")
    assert result.exit_code == 0, result.output
    rows = [
        r
        for r in csv.DictReader(io.StringIO(result.stdout))
        if r["conflict"] == f"revision:benchmark-revision@2024-03:{BLS}"
    ]
    assert [(r["position"], r["claim_id"]) for r in rows] == [
        ("1", "bls-818k-ap"),
        ("2", "bls-589k-cnn"),
    ]
    assert {r["finding"] for r in rows} == {
        "Revision: benchmark-revision (as of 2024-03) revised down, 1.4x lower"
    }
    assert {r["caveats"] for r in rows} == {
        f"{BLS} replaced its own estimate of 2024-03 with a later one: a revision, not a "
        "dispute with itself"
    }
