"""The audit of judgement over time, tolerances, sums and currencies (audit15): made-up cases
that look like real news, each a rule that printed what a fact-checker must not publish
(docs/conflicts.md, rules 6, 9 and 10)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.conflicts import Fact, Revision, SumFinding, SumRelation, analyse
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
    # the downward revisions (since time30 a count of one moment said on two later days and
    # raised is an upward revision of it: its own finding, rule 9)
    report = analyse(list(facts), cumulative=["deaths"])
    return [c.claims for c in report.conflicts if isinstance(c, Revision) and not c.up]  # type: ignore[misc]


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


@pytest.mark.parametrize(
    ("parts", "total", "expected"),
    [
        # shares are added as said: parts and a total whose intervals meet only by stacking
        # their hedges do not add up (54-66% against 63-77%); before, "consistent"; how far
        # apart, on the smaller side (sums1): 40% against 30% outside, 1.3x (as said, 1.2x)
        (("about 30%", "about 30%"), "about 70%", ("short", 1.3)),
        (("about 30%", "about 40%"), "about 60%", ("excess", 1.3)),
        # one tolerance allows it: it holds
        (("about 30%", "about 30%"), "about 64%", None),
        (("about 30%", "about 30%"), "66%", None),
        (("30%", "30%"), "about 55%", None),
        # apart anyway, as before
        (("40%", "45%"), "100%", ("short", 1.1)),
    ],
)
def test_a_sum_of_shares_is_read_with_one_tolerance(
    parts: tuple[str, str], total: str, expected: tuple[str, float] | None
) -> None:
    facts = [
        fact("a", "Board", parts[0], "party-a"),
        fact("b", "Board", parts[1], "party-b"),
        fact("t", "Spokesman", total, "coalition"),
    ]
    report = analyse(facts, sums=[SumRelation("coalition", ("party-a", "party-b"))])
    found = [c for c in (*report.conflicts, *report.minor) if isinstance(c, SumFinding)]
    if expected is None:
        assert found == [] and len(report.checks) == 1
    else:
        (c,) = found
        assert (c.direction, c.gap) == expected


CASUALTIES = SumRelation("casualties", ("deaths", "injured"))


@pytest.mark.parametrize(
    ("figures", "expected"),
    [
        # a running count's parts of two days against a total of one of them: not checked
        # (it read "Sum does not add up: 40 + 90 = 123.5-136.5, but 100: over by 18.5-41.5")
        (
            (("deaths", "40", None, "05-01"), ("injured", "90", None, "05-03")),
            "unchecked",
        ),
        # one day: checked, and it holds or fails as before
        ((("deaths", "40", None, "05-01"), ("injured", "60", None, "05-01")), "holds"),
        ((("deaths", "40", None, "05-01"), ("injured", "90", None, "05-01")), "excess"),
        # one as_of, said on other days: checked at that moment
        (
            (("deaths", "40", "05-01", "05-02"), ("injured", "90", "05-01", "05-04")),
            "excess",
        ),
        # an undated figure: judged by the as_of dates, as before
        ((("deaths", "40", None, None), ("injured", "90", None, "05-03")), "excess"),
    ],
)
def test_a_sum_of_running_counts_adds_figures_of_one_time(
    figures: tuple[tuple[str, str, str | None, str | None], ...], expected: str
) -> None:
    facts = [
        fact(
            f"p{i}",
            "Coast guard",
            text,
            measure,
            as_of=None if as_of is None else f"2025-{as_of}",
            said_on=None if said is None else f"2025-{said}",
        )
        for i, (measure, text, as_of, said) in enumerate(figures)
    ]
    total = fact("t", "Coast guard", "100", "casualties", as_of=None, said_on="2025-05-01")
    if figures[-2][2] is not None:
        total = fact(
            "t", "Coast guard", "100", "casualties", as_of="2025-05-01", said_on="2025-05-03"
        )
    report = analyse([*facts, total], sums=[CASUALTIES])
    found = [c for c in (*report.conflicts, *report.minor) if isinstance(c, SumFinding)]
    if report.unchecked:
        got = "unchecked"
    elif report.checks:
        got = "holds"
    else:
        (c,) = found
        got = str(c.direction)
    assert got == expected


_SUM_FIGURE = st.builds(
    lambda hedge, n: f"{hedge}{n:,}",
    st.sampled_from(["", "about ", "some ", "more than ", "at least ", "up to ", "nearly "]),
    st.integers(1, 3_000),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_SUM_FIGURE, min_size=2, max_size=3), _SUM_FIGURE)
def test_a_sum_holds_only_where_its_parts_can_add_up_to_its_total(
    parts: list[str], total: str
) -> None:
    # the definition of a check that holds: the parts' summed interval meets the total's
    from claimtrack.conflicts.analyse import _widened

    names = [f"part-{i}" for i in range(len(parts))]
    facts = [
        fact(f"p{i}", "Agency", t, m) for i, (t, m) in enumerate(zip(parts, names, strict=True))
    ]
    facts.append(fact("t", "Agency", total, "total"))
    report = analyse(facts, sums=[SumRelation("total", tuple(names))])
    bounds = [_widened(f.low, f.high, f.rounding) for f in facts]  # type: ignore[arg-type]
    low = sum(b[0] for b in bounds[:-1])
    high = sum(b[1] for b in bounds[:-1])
    t_low, t_high = bounds[-1]
    meets = low <= t_high * (1 + 1e-9) and t_low <= high * (1 + 1e-9)
    for check in report.checks:
        assert check.holds and meets


def test_the_audit_fixture_through_the_cli(ct) -> None:  # type: ignore[no-untyped-def]
    result = ct("import", str(FIXTURE), "--new")
    assert result.exit_code == 0, result.output
    assert ct("measure", "dam-collapse", "deaths", "--cumulative").exit_code == 0
    related = ct(
        *("relate", "coalition-poll", "coalition-vote"),
        *("--sum-of", "party-a-vote", "--sum-of", "party-b-vote"),
    )
    assert related.exit_code == 0, related.output
    got = ct("conflicts", "dam-collapse", "--json")
    assert got.exit_code == 0, got.output
    doc = json.loads(got.stdout)
    assert doc["conflicts"] == [] and doc["minor"] == []
    assert [[p["claims"] for p in c["points"]] for c in doc["changes"]] == [
        [["a15-dam-raised"], ["a15-dam-now"]]
    ]
    text = ct("conflicts", "dam-collapse")
    assert text.exit_code == 0, text.output
    assert (
        "deaths: “200” (Civil protection agency, 2025-03-01) was said on 2025-03-05, after its "
        "“150” of 2025-03-03: a count raised afterwards, not a fall"
    ) in " ".join(text.stdout.split())
    got = ct("conflicts", "coalition-poll", "--json")
    assert got.exit_code == 0, got.output
    doc = json.loads(got.stdout)
    assert [
        (c["kind"], c["severity"] if c["kind"] == "figure" else c["gap"], c.get("claims"))
        for c in doc["conflicts"]
    ] == [
        ("figure", 1.2, None),
        # on the smaller side since sums1: 40% against 30% who did not vote for it
        ("sum", 1.3, ["a15-poll-party-a", "a15-poll-party-b", "a15-poll-coalition"]),
    ]
    assert doc["checks"] == [] and doc["minor"] == []
    assert (
        ct(
            *("relate", "ferry-fire", "casualties", "--sum-of", "deaths", "--sum-of", "injured")
        ).exit_code
        == 0
    )
    got = ct("conflicts", "ferry-fire", "--json")
    assert got.exit_code == 0, got.output
    doc = json.loads(got.stdout)
    assert (doc["conflicts"], doc["minor"], doc["checks"]) == ([], [], [])
    assert doc["unchecked"] == [
        {
            "total": "casualties",
            "parts": ["deaths", "injured"],
            "reason": "no figures of one time on the parts and the total (each figure at its time)",
        }
    ]


def _kind(report) -> str:  # type: ignore[no-untyped-def]
    if report.conflicts:
        return "dispute"
    return "minor" if report.minor else "none"


def _by_definition(a: str, b: str, min_gap: float) -> str:
    """Rule 6 for two figures of one value (bare or "about"), brute force: at odds when their
    intervals are apart, or when both are one value with a hedge's tolerance (or none; an
    interval no wider than +-10% around its middle) and
    neither interval holds the other's value; a dispute when also their values are
    ``min_gap`` apart, a minor difference when only their intervals are apart."""
    from claimtrack.conflicts.analyse import _widened

    fa, fb = parse_figure(a), parse_figure(b)
    (la, ha), (lb, hb) = (_widened(f.base_low, f.base_high, f.rounding) for f in (fa, fb))
    va, vb = ((f.base_low + f.base_high) / 2 for f in (fa, fb))
    if va > vb:
        (la, ha, va, fa), (lb, hb, vb, fb) = (lb, hb, vb, fb), (la, ha, va, fa)
    apart = lb > ha * (1 + 1e-9)
    # one value read with a tolerance: no rounding, and no wider than +-10% around its middle
    # (a wider interval, "about 3": 2-4, is a range whose ends are what it says: rule 6)
    one_tolerance = all(
        f.rounding == 0 and f.base_low > 0 and f.base_high <= f.base_low * 1.1 / 0.9 * (1 + 1e-9)
        for f in (fa, fb)
    )
    at_odds = apart or (one_tolerance and vb > ha * (1 + 1e-9) and lb > va * (1 + 1e-9))
    if at_odds and vb / va >= min_gap * (1 - 1e-9):
        return "dispute"
    return "minor" if apart else "none"


_ONE_VALUE = st.builds(
    lambda hedge, n, share: f"{hedge}{n:,}{'%' if share else ''}",
    st.sampled_from(["", "about "]),
    st.integers(1, 49),
    st.just(True),
) | st.builds(
    lambda hedge, n: f"{hedge}{n:,}",
    st.sampled_from(["", "about ", "some ", "roughly "]),
    st.integers(1, 20_000),
)


@settings(max_examples=400, deadline=None)
@given(_ONE_VALUE, _ONE_VALUE, st.sampled_from([1.0, 1.1, 1.25]))
def test_two_figures_of_one_value_are_judged_by_rule_6(a: str, b: str, min_gap: float) -> None:
    # a dispute is never minor (nor nothing) when the figures are at odds and further apart
    # than the materiality ratio: counts, and shares up to 50% (whose smaller side they are)
    if parse_figure(a).dimension != parse_figure(b).dimension:
        return
    report = analyse([fact("a", "Alpha", a, "m"), fact("b", "Beta", b, "m")], min_gap=min_gap)
    assert _kind(report) == _by_definition(a, b, min_gap)


@pytest.mark.parametrize(
    ("a", "b", "min_gap", "shown"),
    [
        ("40,000", "43,960", 1.1, 1.09),  # 1.099: it read 1.1, the threshold itself
        ("1,000", "1,099", 1.1, 1.09),
        ("1,000", "1,076", 1.1, 1.08),  # rounded as before where it stays under
        ("1,000", "1,149", 1.15, 1.14),
        ("1,000", "1,499", 1.5, 1.49),
    ],
)
def test_a_minor_difference_never_reads_as_the_threshold(
    a: str, b: str, min_gap: float, shown: float
) -> None:
    report = analyse([fact("a", "Police", a, "m"), fact("b", "Club", b, "m")], min_gap=min_gap)
    (c,) = report.minor
    assert not report.conflicts and c.severity == shown  # type: ignore[union-attr]


@settings(max_examples=300, deadline=None)
@given(_ONE_VALUE, _ONE_VALUE, st.sampled_from([1.05, 1.1, 1.25, 1.5]))
def test_a_minor_difference_is_shown_under_the_materiality_ratio(
    a: str, b: str, min_gap: float
) -> None:
    if parse_figure(a).dimension != parse_figure(b).dimension:
        return
    report = analyse([fact("a", "Alpha", a, "m"), fact("b", "Beta", b, "m")], min_gap=min_gap)
    for c in report.minor:
        assert c.severity < min_gap  # type: ignore[union-attr]


def _add(ct, quote: str, figure: str, unit: str | None, *more: str):  # type: ignore[no-untyped-def]
    args = ["add", "pledges", "--claimant", "Aid ministry", "--quote", quote]
    args += ["--figure", figure, "--measure", "aid", "--new", *more]
    return ct(*args, *(("--unit", unit) if unit else ()))


@pytest.mark.parametrize(
    ("quote", "figure", "unit", "stored"),
    [
        # a unit that makes a bare figure money or a length its quote does not say: refused
        ("Aid of 9 million was pledged.", "9 million", "dollars", None),
        ("Aid of 9 million was pledged.", "9 million", "euros", None),
        ("The convoy was 9 long.", "9", "km", None),
        # the quote says it: stored in that unit
        ("The convoy was 9 km long.", "9", "km", "km"),
        ("Aid of 9 million euros was pledged.", "9 million euros", "euros", "euros"),
        # a noun counted is no unit of measure
        ("3,500 people marched.", "3,500", "people", "people"),
    ],
)
def test_a_unit_beside_a_figure_is_held_to_the_quote(  # type: ignore[no-untyped-def]
    ct, quote: str, figure: str, unit: str, stored: str | None
) -> None:
    result = _add(ct, quote, figure, unit, "--json")
    if stored is None:
        assert result.exit_code == 2, result.output
        assert "which is not in the quote" in result.output
        assert json.loads(ct("list", "--json").stdout) == []
        # --paraphrase stores it as meant, marked
        result = _add(ct, quote, figure, unit, "--paraphrase", "--json")
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["note"].startswith("[paraphrase]")
    else:
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["unit"] == stored


def test_edit_and_import_hold_a_unit_to_the_quote(ct, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    added = _add(ct, "Aid of 5 million was pledged.", "5 million", None, "--id", "aid-5m")
    assert added.exit_code == 0, added.output
    edited = ct("edit", "aid-5m", "--unit", "euros", "--reason", "the currency")
    assert edited.exit_code == 2, edited.output
    assert "'5 million euros', which is not in the quote" in edited.output
    assert json.loads(ct("show", "aid-5m", "--json").stdout).get("unit") is None
    rows = tmp_path / "rows.jsonl"
    row = {
        "id": "aid-9m",
        "subject": "pledges",
        "claimant": "Aid ministry",
        "quote": "Aid of 9 million was pledged.",
        "kind": "figure",
        "measure": "aid-pledged",
        "value": "9 million",
        "unit": "dollars",
    }
    rows.write_text(json.dumps(row) + "\n", encoding="utf-8")
    imported = ct("import", str(rows), "--new")
    assert imported.exit_code != 0, imported.output
    assert "is given a unit (currency:USD) that its quote does not say" in imported.output
    row["note"] = "[paraphrase] the ministry's dollars, said in a table"
    rows.write_text(json.dumps(row) + "\n", encoding="utf-8")
    imported = ct("import", str(rows), "--new")
    assert imported.exit_code == 0, imported.output
    assert json.loads(ct("show", "aid-9m", "--json").stdout)["unit"] == "dollars"


@pytest.mark.parametrize(
    ("measure", "moment"),
    [
        # the name says "now": a count of the moment, whatever it counts (audit15)
        ("currently-hospitalised", True),
        ("still-hospitalised", True),
        ("hospitalised-now", True),
        ("remain-hospitalised", True),
        ("people-still-displaced", True),
        ("detained-now", True),
        # as before
        ("people-in-hospital", True),
        ("hospitalised", True),  # now or so far, not said: read so, and said (fixes13)
        ("current-deaths", False),  # a toll's word rules it out
        ("still-missing-and-dead", False),
        ("people-rescued", False),
        ("remaining-hostages-released", False),  # "remaining" is no word of the present
        ("remains-recovered", False),
    ],
)
def test_a_name_that_says_now_counts_the_moment(measure: str, moment: bool) -> None:
    facts = [
        fact("a", "Health ministry", "4,000", measure, said_on="2025-03-01"),
        fact("b", "Health ministry", "some 2,500", measure, said_on="2025-03-03"),
    ]
    report = analyse(facts)
    assert (report.moments == (measure,)) is moment
    # read at its times, the ministry's own fall is a change, never a reversal
    assert (not report.conflicts) is moment


@pytest.mark.parametrize(
    ("value", "quote", "refused"),
    [
        # the same amount in another currency of the quote: refused (audit15)
        ("$3 million", "The province pledged C$3 million.", True),
        ("€5m", "It cost £5m, or about €5.8m.", True),
        ("US$40m", "The carrier must pay A$40m.", True),
        # the quote's own currency, or its conversion, or a bare "$" read for another dollar
        ("C$3 million", "The province pledged C$3 million.", False),
        ("$4.4 million", "Aid of €4 million (about $4.4 million) arrived.", False),
        ("MX$2 billion", "The damage adds up to $2 billion.", False),
        # another amount altogether: only "not in the quote", as before
        ("$4 million", "The province pledged C$3 million.", False),
        ("3 million", "The province pledged C$3 million.", False),  # (a dropped currency)
    ],
)
def test_a_figure_in_another_currency_than_its_quote(value: str, quote: str, refused: bool) -> None:
    from claimtrack.guards import changed_currency, figure_in_quote

    problem = None if figure_in_quote(value, quote) else changed_currency(value, quote)
    assert (problem is not None) is refused
    if refused:
        assert problem is not None and "is in another currency than the quote's" in problem


def test_an_import_refuses_a_figure_in_another_currency(ct) -> None:  # type: ignore[no-untyped-def]
    fixture = Path(__file__).parent / "fixtures" / "audit15-currency.jsonl"
    result = ct("import", str(fixture), "--new")
    assert result.exit_code == 2, result.output
    assert "'$3 million' is in another currency than the quote's 'C$3 million'" in result.output
    assert json.loads(ct("list", "--json").stdout) == []


@pytest.mark.parametrize(
    ("figures", "lines"),
    [
        # the agency's own higher figure of an earlier day, said after its lower one
        (
            (
                ("a", "Agency", "150", None, "2025-03-03"),
                ("b", "Agency", "200", "2025-03-01", "2025-03-05"),
            ),
            1,
        ),
        # said the other way round: a revision, which says the fall itself
        (
            (
                ("a", "Agency", "200", None, "2025-03-01"),
                ("b", "Agency", "150", "2025-03-03", "2025-03-05"),
            ),
            0,
        ),
        # another claimant's: a fall between claimants in a dispute, which says it
        (
            (
                ("a", "Agency", "150", None, "2025-03-03"),
                ("b", "NGO", "200", "2025-03-01", "2025-03-05"),
            ),
            0,
        ),
        # a rise: nothing to say
        (
            (
                ("a", "Agency", "250", None, "2025-03-03"),
                ("b", "Agency", "200", "2025-03-01", "2025-03-05"),
            ),
            0,
        ),
    ],
)
def test_a_count_raised_afterwards_is_said_under_the_change(
    figures: tuple[tuple[str, str, str, str | None, str], ...], lines: int
) -> None:
    from claimtrack.report import raised_in_changes

    facts = [fact(i, who, t, as_of=a, said_on=s) for i, who, t, a, s in figures]
    records = {
        i: {"claimant": who, "value": t, "said_on": s, "reported_on": None}
        for i, who, t, _, s in figures
    }
    report = analyse(facts, cumulative=["deaths"])
    assert len(raised_in_changes(report, records)) == lines
