"""The audit of judgement over time, tolerances, sums and currencies (audit15): made-up cases
that look like real news, each a rule that printed what a fact-checker must not publish
(docs/conflicts.md, rules 6, 9 and 10)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.conflicts import Fact, Revision, analyse
from claimtrack.quantities import parse_figure

FIXTURE = Path(__file__).parent / "fixtures" / "audit15.jsonl"


def fact(
    id_: str,
    who: str,
    text: str,
    measure: str = "deaths",
    *,
    as_of: str | None = None,
    said_on: str | None = None,
) -> Fact:
    f = parse_figure(text)
    return Fact(
        id_,
        who,
        "figure",
        measure,
        f.base_low,
        f.base_high,
        None,
        as_of,
        said_on,
        "active",
        None,
        f.dimension,
        f.rounding * (f.factor or 1),
        None,
    )


def _revisions(*facts: Fact) -> list[tuple[str, str]]:
    report = analyse(list(facts), cumulative=["deaths"])
    return [c.claims for c in report.conflicts if isinstance(c, Revision)]  # type: ignore[misc]


@pytest.mark.parametrize(
    ("figures", "revisions"),
    [
        # said 150 on 3 March; on 5 March, that the toll had reached 200 by 1 March: the
        # count was raised afterwards, never "fell" (it read "Revision: deaths fell, 1.2x")
        (
            (
                ("a", "Gov", "150", None, "2025-03-03"),
                ("b", "Gov", "200", "2025-03-01", "2025-03-05"),
            ),
            [],
        ),
        # the same two figures said the other way round: a real revision down
        (
            (
                ("a", "Gov", "200", None, "2025-03-01"),
                ("b", "Gov", "150", "2025-03-03", "2025-03-05"),
            ),
            [("a", "b")],
        ),
        # both said on one day: which came last is not known, the fall stands as before
        (
            (
                ("a", "Gov", "150", None, "2025-03-05"),
                ("b", "Gov", "200", "2025-03-01", "2025-03-05"),
            ),
            [("b", "a")],
        ),
        # later and lower in both orders: a revision
        (
            (("a", "Gov", "200", None, "2025-03-01"), ("b", "Gov", "150", None, "2025-03-03")),
            [("a", "b")],
        ),
        # another claimant's higher figure about an earlier day is still a fall between them
        (
            (
                ("a", "Gov", "150", None, "2025-03-03"),
                ("b", "NGO", "200", "2025-03-01", "2025-03-05"),
            ),
            [],  # (laid out inside the measure's dispute, not a finding of its own)
        ),
    ],
)
def test_a_count_raised_afterwards_is_no_downward_revision(
    figures: tuple[tuple[str, str, str, str | None, str], ...], revisions: list[tuple[str, str]]
) -> None:
    facts = [fact(i, who, t, as_of=a, said_on=s) for i, who, t, a, s in figures]
    assert _revisions(*facts) == revisions


_DAYS = [f"2025-03-{d:02d}" for d in range(1, 29)]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_DAYS), st.sampled_from([None, *_DAYS])),
        min_size=2,
        max_size=6,
        unique_by=lambda x: x[0],
    ),
    st.lists(st.integers(10, 10_000), min_size=6, max_size=6, unique=True),
)
def test_a_claimant_whose_word_only_rises_is_never_revised_down(
    dates: list[tuple[str, str | None]], values: list[int]
) -> None:
    # one claimant, statements on distinct days, each figure above every one said before it
    # (whatever day each describes): its latest word is always its highest, so nothing fell
    said = sorted(dates)
    rising = sorted(values)[: len(said)]
    facts = [
        fact(f"c{i}", "Gov", f"{v:,}", as_of=as_of, said_on=day)
        for i, ((day, as_of), v) in enumerate(zip(said, rising, strict=True))
    ]
    assert _revisions(*facts) == []


def test_the_audit_fixture_through_the_cli(ct) -> None:  # type: ignore[no-untyped-def]
    result = ct("import", str(FIXTURE), "--new")
    assert result.exit_code == 0, result.output
    assert ct("measure", "dam-collapse", "deaths", "--cumulative").exit_code == 0
    got = ct("conflicts", "dam-collapse", "--json")
    assert got.exit_code == 0, got.output
    doc = json.loads(got.stdout)
    assert doc["conflicts"] == [] and doc["minor"] == []
    assert [[p["claims"] for p in c["points"]] for c in doc["changes"]] == [
        [["a15-dam-raised"], ["a15-dam-now"]]
    ]
