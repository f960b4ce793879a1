"""The audit of this session's rules (audit14): a dispute of stacked tolerances laid out by
who is at odds, events named with a word of the moment, changes and proportions named with a
rate's word (docs/conflicts.md, rules 6 and 9)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimtrack.conflicts import FigureConflict, analyse
from claimtrack.measure_words import rate_measure
from test_stacked_tolerances import said

FIXTURE = Path(__file__).parent / "fixtures" / "audit14.jsonl"


def laid_out(*figures: str) -> tuple[float | None, list[tuple[str, ...]], tuple]:
    facts = [said(chr(ord("a") + i), t, f"C{i}") for i, t in enumerate(figures)]
    disputes = [c for c in analyse(facts).conflicts if isinstance(c, FigureConflict)]
    if not disputes:
        return None, [], ()
    (c,) = disputes
    return c.severity, [p.claims for p in c.positions], c.gaps


@pytest.mark.parametrize(
    ("figures", "expected"),
    [
        # "3,300" is allowed by "about 3,000" (2,700-3,300) and by "roughly 3,600": it is
        # never set against the one it agrees with; the dispute is 3,000 against 3,600
        (("about 3,000", "3,300", "roughly 3,600"), (1.2, [("a", "b"), ("c",)], (1.2,))),
        (("about 3,000", "about 3,300", "roughly 3,600"), (1.2, [("a", "b"), ("c",)], (1.2,))),
        # the pair alone, as before
        (("about 300", "roughly 340"), (1.1, [("a",), ("b",)], (1.1,))),
        (("roughly 10,000", "about 12,000"), (1.2, [("a",), ("b",)], (1.2,))),
        # three positions, each at odds with the one before
        (
            ("about 1,000", "about 1,200", "about 1,500"),
            (1.3, [("a",), ("b",), ("c",)], (1.2, 1.3)),
        ),
        # one tolerance allows every neighbour and no two are at odds: no finding
        (("about 3,000", "3,300", "about 3,200"), (None, [], ())),
        (("about 3,000", "3,200", "about 3,300"), (None, [], ())),
        (("about 1,000", "about 1,100"), (None, [], ())),
    ],
)
def test_a_dispute_of_stacked_tolerances_splits_only_where_claims_are_at_odds(
    figures: tuple[str, ...], expected: tuple
) -> None:
    assert laid_out(*figures) == expected


@pytest.mark.parametrize(
    ("measure", "rate"),
    [
        ("inflation", True),
        ("interest-rate", True),
        ("gdp-growth", True),
        ("gdp-change", True),
        ("cpi", True),
        ("rent-increase", True),
        ("price-rises", True),
        ("share-price-growth", True),  # a company's shares: a rate
        ("share-of-interest-groups", False),  # a proportion named with a rate's word
        ("migration-share-of-population-growth", False),
        ("proportion-of-returns-filed-online", False),
        ("turnout", False),
        ("unemployment-rate", False),
    ],
)
def test_a_measure_named_for_a_rate_or_a_proportion(measure: str, rate: bool) -> None:
    assert rate_measure(measure) is rate


@pytest.mark.parametrize(
    ("measure", "a", "b", "expected"),
    [
        # a rate: by its stated precision, whatever the ratio (rule 6, "Rates")
        ("rent-increase", "60%", "65%", "dispute"),
        ("turnout", "60%", "65%", "dispute"),  # 40 against 35
        ("share-of-interest-groups", "95%", "96%", "dispute"),  # 5 against 4
        ("interest-rate", "95%", "96%", "dispute"),  # 95.5 up to 96.5 holds no 95%
    ],
)
def test_shares_of_a_rate_or_a_proportion(measure: str, a: str, b: str, expected: str) -> None:
    report = analyse([said("a", a, "Alpha", measure), said("b", b, "Beta", measure)])
    found = "dispute" if report.conflicts else "minor" if report.minor else "none"
    assert found == expected


def test_the_audit_fixture_through_the_cli(ct) -> None:  # type: ignore[no-untyped-def]
    result = ct("import", str(FIXTURE), "--new")
    assert result.exit_code == 0, result.output
    found = {}
    for subject in ("harbour-march", "square-rally", "clinic-attacks", "city-rents"):
        got = ct("conflicts", subject, "--json")
        assert got.exit_code == 0, got.output
        doc = json.loads(got.stdout)
        found[subject] = (
            [
                (c["measure"], c["severity"], [p["claims"] for p in c["positions"]])
                for c in doc["conflicts"]
            ],
            [(c["measure"], c["severity"]) for c in doc["minor"]],
            doc["hints"],
        )
    assert found == {
        "harbour-march": (
            [
                (
                    "marchers",
                    1.2,
                    [["au-march-organisers", "au-march-police"], ["au-march-union"]],
                )
            ],
            [],
            [],
        ),
        # two figures at odds beside a third apart from both: never one corroborated position
        "square-rally": (
            [
                (
                    "rally-crowd",
                    1.3,
                    [["au-rally-police"], ["au-rally-mayor"], ["au-rally-organisers"]],
                )
            ],
            [],
            [],
        ),
        "clinic-attacks": (
            [("hospital-attacks", 1.2, [["au-attacks-ministry"], ["au-attacks-who"]])],
            [],
            [],
        ),
        "city-rents": (
            [
                (
                    "share-of-interest-groups",
                    1.3,
                    [["au-lobby-registry"], ["au-lobby-council"]],
                ),
                # a rate of change: by its stated precision, 5 points (rule 6, "Rates")
                ("rent-increase", 1, [["au-rents-agency"], ["au-rents-tenants"]]),
            ],
            [],
            [],
        ),
    }


def _toll(*figures: tuple[str, str, str]) -> list[str]:
    facts = [
        said(f"{who}-{value}-{day}", value, who, "deaths", as_of=f"2024-08-{day}")
        for who, value, day in figures
    ]
    report = analyse(facts, cumulative={"deaths"})
    return sorted(
        ",".join(sorted({m for p in c.positions for m in p.claims}))
        for c in report.conflicts
        if isinstance(c, FigureConflict)
    )


@pytest.mark.parametrize(
    ("figures", "disputes"),
    [
        # the paper's 130 after the police moved off it (to 115): no count as it stood
        (
            (("Police", "130", "10"), ("Police", "115", "12"), ("Paper", "130", "15")),
            [],  # no fall from the paper yet: 115 to 130 is a rise
        ),
        (
            (
                ("Police", "130", "10"),
                ("Police", "115", "12"),
                ("Paper", "130", "15"),
                ("Police", "97", "20"),
            ),
            ["Paper-130-15,Police-97-20"],
        ),
        # the paper's 130 before the police moved off it: their count as it stood
        (
            (
                ("Police", "130", "10"),
                ("Paper", "130", "11"),
                ("Police", "115", "12"),
                ("Police", "97", "20"),
            ),
            [],
        ),
        # of the day the police moved off it (order not known): as it stood
        (
            (
                ("Police", "130", "10"),
                ("Police", "115", "12"),
                ("Paper", "130", "12"),
                ("Police", "97", "20"),
            ),
            ["Paper-130-12,Police-115-12"],  # one day, apart: the dispute of that day
        ),
        # two claimants' counts interleaved, each the police's count as it stood
        (
            (
                ("Police", "115", "10"),
                ("Paper", "115", "11"),
                ("Police", "110", "13"),
                ("Paper", "110", "14"),
                ("Police", "97", "20"),
            ),
            [],
        ),
    ],
)
def test_a_count_as_it_stood_only_until_its_claimant_moved_off_it(
    figures: tuple[tuple[str, str, str], ...], disputes: list[str]
) -> None:
    assert _toll(*figures) == disputes


@pytest.mark.parametrize(
    ("relay", "relayed", "same"),
    [
        ("about 400", "397", True),  # rounds it: an echo
        ("about 400", "400", True),
        ("398", "around 400", True),
        ("nearly 400", "397", True),
        ("about 400", "about 420", True),  # each allows the other
        ("roughly 10,000", "about 12,000", False),  # meet only by both hedges (audit14)
        ("about 12,000", "roughly 10,000", False),
        ("10,000", "about 12,000", False),  # apart
        ("3,300", "about 3,000", True),  # one tolerance allows it
        ("40", "400", False),
    ],
)
def test_a_relay_changes_its_figure_by_one_tolerance(relay: str, relayed: str, same: bool) -> None:
    from claimtrack.conflicts.analyse import _says_the_same

    assert _says_the_same(said("e", relay, "Paper"), said("t", relayed, "Wire")) is same


@pytest.mark.parametrize(
    ("page", "flagged"),
    [
        ("Governor Tom Reed said 40 people died.", "Governor Tom Reed"),
        # a pronoun after a paragraph naming both: it may be the mayor's (audit14)
        (
            'Governor Tom Reed visited the valley with Mayor Ann Kerr.\n\n"40 people died here,"'
            " she said.",
            None,
        ),
        (
            'Governor Tom Reed visited the valley.\n\n"40 people died here," he said.',
            "Governor Tom Reed",
        ),
        (
            'Mayor Ann Kerr met Governor Tom Reed.\n\n"40 people died here," the governor said.',
            "Tom Reed",
        ),
        ('"40 people died here," said Kerr, as Governor Tom Reed looked on.', None),
        ('"As Governor Tom Reed told me, 40 people died," Mayor Ann Kerr said.', None),
        ("Mayor Ann Kerr said that, according to Governor Tom Reed, 40 people died.", None),
    ],
)
def test_verify_names_another_speaker_only_where_the_page_does(
    page: str, flagged: str | None
) -> None:
    from claimtrack.cli.sources import _said_in_context

    at = page.find("40 people died")
    assert _said_in_context(page, at, at + len("40 people died"), ("Ann Kerr", None)) == flagged


def test_verify_on_a_page_where_she_follows_two_names(ct) -> None:  # type: ignore[no-untyped-def]
    fixtures = Path(__file__).parent / "fixtures" / "evidence"
    added = ct(
        "source", "add", "https://example.org/valley-visit", "--outlet", "Example Courier",
        "--snapshot", str(fixtures / "valley-visit.html"),
    )  # fmt: skip
    assert added.exit_code == 0, added.output
    assert "src-74d1544f28" in added.stdout
    imported = ct("import", str(fixtures / "valley-visit.jsonl"), "--new")
    assert imported.exit_code == 0, imported.output
    got = ct("verify", "valley-visit", "--json")
    assert got.exit_code == 0, got.output
    doc = json.loads(got.stdout)
    assert {r["id"]: r.get("said_by") for r in doc["claims"]} == {
        "vv-kerr-40": None,
        "vv-kerr-soldiers": "Governor Tom Reed",
    }
