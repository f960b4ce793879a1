"""What the fourth story logged as a new user (the Brexit campaign's "£350 million a week",
2016-2018: tests/fixtures/brexit-350m.jsonl) showed misleading, as general rules:

* a figure with no as_of that was said (else reported) surely before a date cannot describe
  that date: it is not compared with the figures of it (docs/conflicts.md, rule 2), so a
  forecast of 2017 is no dispute with an estimate "now" of 2018;
* one stated after the date is still compared (it may recount it), but the dispute and the
  reversal say that it may describe a later moment;
* the report shows an amount's interval as read ("£14.7bn" is £14.65–14.75 bn, never
  "£14.7–14.8 bn"), and its spans and comparisons in the same units as its positions."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.conflicts import Fact, FigureConflict, Reversal, analyse

FIXTURE = Path(__file__).parent / "fixtures" / "brexit-350m.jsonl"
SUBJECT = "brexit-350m"


def fig(id_: str, low: float, who: str = "IFS", *, as_of=None, said_on=None, reported_on=None):
    return Fact(id_, who, "figure", "m", low, low, None, as_of, said_on, "active", reported_on)


@pytest.mark.parametrize(
    ("facts", "disputes"),
    [
        # a forecast reported 2017-09, an estimate "now" of 2018-06: two moments, no dispute
        (
            [fig("a", 15, reported_on="2017-09"), fig("b", 23, "CER", as_of="2018-06")],
            [],
        ),
        # said on a day before the date: the same
        (
            [fig("a", 15, said_on="2018-05-31"), fig("b", 23, "CER", as_of="2018-06")],
            [],
        ),
        # said within the month it describes: it may describe it, compared as before
        (
            [fig("a", 15, said_on="2018-06-15"), fig("b", 23, "CER", as_of="2018-06")],
            [("2018-06", ("a", "b"))],
        ),
        # a month that holds the day: not surely before it, compared
        (
            [fig("a", 15, reported_on="2018-06"), fig("b", 23, "CER", as_of="2018-06-20")],
            [("2018-06-20", ("a", "b"))],
        ),
        # stated after the date: it may recount it, compared (and flagged, below)
        (
            [fig("a", 8, said_on="2016-06-06"), fig("b", 5.7, "C4", as_of="2014")],
            [("2014", ("a", "b"))],
        ),
        # no date at all: an undated figure may describe any moment, as before
        (
            [fig("a", 15), fig("b", 23, "CER", as_of="2018-06")],
            [("2018-06", ("a", "b"))],
        ),
        # two dates: compared with the earlier one only (stated between them)
        (
            [
                fig("a", 15, reported_on="2017-09"),
                fig("b", 23, "CER", as_of="2018-06"),
                fig("c", 30, "OBR", as_of="2016"),
            ],
            [("2016", ("a", "c"))],
        ),
        # two figures with no as_of disagree among themselves, one dated figure is alone at a
        # later date: the undated dispute is still found (with no date)
        (
            [
                fig("a", 15, reported_on="2017-09"),
                fig("b", 40, "X", reported_on="2017-10"),
                fig("c", 23, "CER", as_of="2018-06"),
            ],
            [(None, ("a", "b"))],
        ),
    ],
)
def test_a_figure_stated_before_a_date_is_not_compared_with_it(facts, disputes) -> None:
    found = [
        (c.as_of, tuple(sorted(i for p in c.positions for i in p.claims)))
        for c in analyse(facts).conflicts
        if isinstance(c, FigureConflict)
    ]
    assert found == disputes


@pytest.mark.parametrize(
    ("facts", "reversed_"),
    [
        # the claimant's own earlier undated figure and a later dated one: a change, no reversal
        ([fig("a", 15, reported_on="2017-09"), fig("b", 23, as_of="2018-06")], set()),
        # stated after the date: compared, a reversal (its line says it may be a later moment)
        # when the two are ordered in time; with the figure of 2014 undated, their order is
        # not known: no reversal since time30, the dispute says it
        ([fig("a", 8, said_on="2016-06-06"), fig("b", 5.7, as_of="2014")], set()),
        (
            [fig("a", 8, said_on="2016-06-06"), fig("b", 5.7, as_of="2014", said_on="2016-01")],
            {"a", "b"},
        ),
        # one figure stated before the date and one after: the later one is compared with
        # the date (and agrees with it), the two with no as_of with each other (and disagree)
        (
            [
                fig("a", 15, reported_on="2017-09"),
                fig("b", 23, as_of="2018-06"),
                fig("c", 24, said_on="2018-07"),
            ],
            {"a", "c"},
        ),
    ],
)
def test_a_claimants_figure_stated_before_its_own_date_is_no_reversal(facts, reversed_) -> None:
    found = [c for c in analyse(facts).conflicts if isinstance(c, Reversal)]
    assert {i for r in found for i in r.claims} == reversed_


def test_a_figure_stated_after_the_date_may_describe_a_later_moment() -> None:
    from claimtrack.report import reversal_time_line, time_lines

    facts = [
        fig("a", 8, said_on="2016-06-06"),
        # (said in January 2016: before the others, so the reversal's order is known; dated
        # only by a page of 2016 it would be none since time30)
        fig("b", 5.7, as_of="2014", said_on="2016-01"),
        fig("c", 8, reported_on="2017-02-08"),
        fig("d", 4, "Other"),  # no date at all: never flagged
    ]
    records = {
        f.id: {
            "id": f.id,
            "claimant": f.claimant,
            "kind": "figure",
            "value": f"{f.low:g}bn",
            "low": f.low,
            "high": f.high,
            "as_of": f.as_of,
            "said_on": f.said_on,
            "reported_on": f.reported_on,
        }
        for f in facts
    }
    report = analyse(facts)
    (dispute,) = [c for c in report.conflicts if isinstance(c, FigureConflict)]
    (reversal,) = [c for c in report.conflicts if isinstance(c, Reversal)]
    assert dispute.as_of == "2014"
    assert time_lines(dispute, records)[-1] == (
        "8bn (IFS, said 2016-06-06) and 8bn (IFS, reported 2017-02-08): they give no as_of and "
        "were stated after 2014, so they may describe a later moment (a change, not a "
        "dispute); give --as-of to say which"
    )
    assert reversal_time_line(reversal, records) == (
        "8bn (said 2016-06-06) and 8bn (reported 2017-02-08) give no as_of, stated after 2014: "
        "they may describe a later moment, a change rather than a reversal; give --as-of to "
        "say which"
    )
    # the claimant's own disagreement no longer says both figures are of 2014
    assert any(
        "figures of 2014 and of a later moment" in line for line in time_lines(dispute, records)
    )
    # one stated later that agrees with the date's figures makes no dispute: not flagged
    agreeing = analyse(
        [
            fig("b", 5.7, as_of="2014"),
            fig("e", 5.7, "Other", said_on="2016-06-06"),
            fig("f", 20, "Third"),  # no date at all
        ]
    )
    (c,) = agreeing.conflicts
    assert c.as_of == "2014" and c.later == ()
    # a dispute with no date, or whose figures all give one, says nothing of the kind
    undated = analyse([fig("a", 8, said_on="2016"), fig("d", 4, "Other")])
    (c,) = undated.conflicts
    assert not any("later moment" in line for line in time_lines(c, records))


def test_the_story_through_the_cli(tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "b.db")
    result = runner.invoke(app, ["--db", db, "import", str(FIXTURE)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["--db", db, "conflicts", SUBJECT, "--json"])
    assert result.exit_code == 0, result.output
    import json

    data = json.loads(result.stdout)
    figures = [(c["measure"], c["as_of"]) for c in data["conflicts"] if c["kind"] == "figure"]
    # the IFS's forecast of 2017 against the CER's estimate of 2018 is no longer a dispute
    assert ("public-finances-hit-annual", "2018-06") not in figures
    assert figures == [
        ("net-contribution-all-receipts", "2014"),
        ("weekly-sum-back-under-uk-control", None),
    ]
    # the IFS's dispute of 2014 with itself: told as its reversal from time21, but its
    # figures' order is not known, so since time30 no reversal; the dispute says it, with the
    # figures that may describe a later moment, for tools as for people
    assert [c for c in data["conflicts"] if c["kind"] == "reversal"] == []
    first = data["conflicts"][0]
    assert first["stated_later"] == ["brexit-350m-2c17801f86", "brexit-350m-c1c740360a"]
    assert [d["why"] for d in first["own_disagreements"]] == ["later"]
    # the same in the --all stream (its JSON lines are written by hand, not by json.dumps)
    result = runner.invoke(app, ["--db", db, "conflicts", "--all", "--json"])
    assert result.exit_code == 0, result.output
    (line,) = [x for x in json.loads(result.stdout)["subjects"] if x["subject"] == SUBJECT]
    assert line["conflicts"] == data["conflicts"]
    result = runner.invoke(app, ["--db", db, "report", SUBJECT, "-o", str(tmp_path / "r.md")])
    assert result.exit_code == 0, result.output
    text = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "“£14.7bn” ≈ £14.65–14.75 bn as of 2014" in text
    assert "- gross-contribution: £18.75–19.15 bn (" in text
    assert "### 1. Disputed figure: net-contribution-all-receipts (as of 2014" in text
    assert "about £8bn (Institute for Fiscal Studies, reported 2017-02-08): they give no" in text
    assert (
        "- contribution-after-rebate (as of 2014, 1 figure stated later with no as\\_of):" in text
    )
    # the terminal says the same of a minor difference
    result = runner.invoke(app, ["--db", db, "conflicts", SUBJECT])
    assert "gross-contribution (as of 2014): " in " ".join(result.stdout.split())
    assert (
        "gross-contribution-weekly (as of 2014, 3 figures stated later with no as_of):"
        in " ".join(result.stdout.split())
    )
    assert data["minor"][0]["stated_later"] == ["brexit-350m-fbd8a05d1b"]
    assert "5,650,000,000" not in text


def money(id_: str, measure: str, low: float, *, as_of=None, reported_on=None) -> Fact:
    return Fact(
        id_, "X", "figure", measure, low, low, None, as_of, None, "active", reported_on,
        "currency:GBP",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("facts", "text"),
    [
        # every figure of one moment: compared whole, as before (no time said)
        (
            [money("g", "gross", 19.1, as_of="2014"), money("n", "net", 14.7, as_of="2014")],
            "gross is 1.3x net",
        ),
        # no as_of on one side: compared whole, as before
        ([money("g", "gross", 19.1, as_of="2014"), money("n", "net", 13.4)], "gross is 1.4x net"),
        # a figure of a later year beside them: compared at the moment both give, alone
        (
            [
                money("g", "gross", 19.1, as_of="2014"),
                money("n", "net", 14.7, as_of="2014"),
                money("n2", "net", 9.0, as_of="2017"),
            ],
            "gross is 1.3x net (of 2014)",
        ),
        # and one with no as_of, given later: left out of the moment's comparison
        (
            [
                money("g", "gross", 19.1, as_of="2014"),
                money("n", "net", 14.7, as_of="2014"),
                money("n2", "net", 13.4, reported_on="2017-02-08"),
            ],
            "gross is 1.3x net (of 2014)",
        ),
        # a month and a day in it are one moment; the latest shared moment is taken
        (
            [
                money("g", "gross", 20, as_of="2014"),
                money("g2", "gross", 30, as_of="2015-06"),
                money("n", "net", 10, as_of="2014"),
                money("n2", "net", 10, as_of="2015-06-30"),
            ],
            "gross is 3x net (of 2015-06 and 2015-06-30)",
        ),
        # no moment in common: no ratio, saying why
        (
            [money("g", "gross", 350, as_of="2014"), money("n", "net", 250, as_of="2015")],
            "gross and net: no figures of one time to compare (their as_of dates: 2014 and 2015)",
        ),
    ],
)
def test_alternatives_of_several_moments_are_compared_at_one(facts, text) -> None:
    from claimtrack.comparisons import compare, ratio_text

    (c,) = compare(facts, [("gross", "net")])
    assert ratio_text(c) == text
