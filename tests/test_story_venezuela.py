"""What the twelfth story logged as a new user (Venezuela's presidential election of 28 July
2024: the electoral council's count at 80% just after midnight and at 96.87% five days later,
the opposition's counts of the tally sheets it held, the Carter Center unable to verify:
tests/fixtures/venezuela-election-2024.jsonl) showed misleading, as general rules.

A claimant whose own figures on a running count were dated to two moments (4,445,978 votes as
of 2024-07-29T00:00, 5,326,104 as of 2024-08-02) and fell in two positions of a dispute with
another claimant was said to "stand in positions 1 and 2: its own figures disagree (two
reports of it, or a revision)": a count as it rose, read as the counter contradicting itself.
Two figures dated to two moments are never a disagreement (docs/conflicts.md, rule 2), nor a
claimant's reversal (rule 4), so they are no line either (rule 4, "On two sides of one
dispute")."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

FIXTURE = Path(__file__).parent / "fixtures" / "venezuela-election-2024.jsonl"
SUBJECT = "venezuela-election-2024"


@pytest.mark.parametrize(
    ("cumulative", "figures", "line"),
    [
        # the story's shape: the council's count at two moments, both in a dispute with a
        # rival's higher count stated in between: a rise, not the council against itself
        (
            True,
            [("Council", "100", "2024-07-29T00:00", None), ("Party", "200", None, "2024-07-29"),
             ("Campaign", "300", None, "2024-07-30"), ("Council", "150", "2024-08-02", None)],
            None,
        ),
        # two moments of one day (a time of day and a later one): still two moments (the
        # rival's figure of a time between them lies below both: a later, lower count)
        (
            True,
            [("Council", "100", "2024-07-29T01:00", None), ("Council", "150", "2024-07-29T09:00",
             None), ("Rival", "50", "2024-07-29T05:00", None)],
            None,
        ),
        # on a running count, two of the rival's figures with no as_of, said on two days:
        # each at its time, a rise, not the rival against itself
        (
            True,
            [("Council", "100", "2024-07-29T00:00", None), ("Rival", "200", None, "2024-07-29"),
             ("Rival", "300", None, "2024-07-30"), ("Council", "150", "2024-08-02", None)],
            None,
        ),
        # the same two statements on a measure that is not a running count: an undated figure
        # may describe any moment, so the rival's two figures disagree and the line stays
        (
            False,
            [("Council", "100", None, "2024-07-29"), ("Rival", "200", None, "2024-07-29"),
             ("Rival", "300", None, "2024-07-30")],
            "Rival stands in positions 2 and 3: its own figures disagree",
        ),
        # the same moment, two figures that cannot both be true: said under the heading
        (
            False,
            [("Council", "100", "2024-08-02", None), ("Council", "150", "2024-08-02", None),
             ("Rival", "300", "2024-08-02", None)],
            "Council stands in positions 1 and 2: its own figures for 2024-08-02 disagree",
        ),
        # one of them gives no as_of: it may describe the same moment, so the line stays
        (
            False,
            [("Council", "100", "2024-08-02", None), ("Council", "150", None, "2024-08-02"),
             ("Rival", "300", "2024-08-02", None)],
            "Council stands in positions 1 and 2: its own figures for 2024-08-02 disagree",
        ),
    ],
)  # fmt: skip
def test_a_claimants_figures_of_two_moments_are_not_its_own_disagreement(
    ct, cumulative, figures, line
) -> None:
    if cumulative:
        assert ct("measure", "v", "votes", "--new", "--cumulative").exit_code == 0
    for who, figure, as_of, said in figures:
        args = ["add", "v", "--claimant", who, "--quote", f"it counted {figure} votes",
                "--figure", figure, "--measure", "votes"]  # fmt: skip
        args += ["--as-of", as_of] if as_of else []
        args += ["--said-on", said] if said else []
        r = ct(*args)
        assert r.exit_code == 0, r.output
    out = re.sub(r"\s+", " ", ct("conflicts", "v").stdout)
    assert "Disputed figure: votes" in out
    if line is None:
        assert "stands in positions" not in out
    else:
        assert line in out


def test_the_venezuela_story_reads_the_councils_count_as_it_rose(ct, tmp_path) -> None:
    r = ct("import", str(FIXTURE))
    assert r.exit_code == 0, r.output
    out = re.sub(r"\s+", " ", ct("conflicts", SUBJECT).stdout)
    # the rival counts are disputed, the council's own rise is not called a disagreement
    # the council's counts as they rose are one position, and the opposition's (time19)
    assert "Disputed figure: gonzalez-votes: 2 positions" in out
    assert (
        "later and lower: 5.326.104 (National Electoral Council, as of 2024-08-02), 1.3x below "
        "7.119.768 (Comando ConVzla, said 2024-07-30)"
    ) in out
    assert "National Electoral Council stands in positions" not in out
    # the one misprinted part (152,306 for 152,360) is shown short by 54, and said once
    assert "1 other combination does not add up (minor differences)" in out
    assert "= 12,335,830, but National Electoral Council: “12.335.884”: short by 54" in out
    # the report and the fact-check sheet carry the same notes as the terminal
    assert ct("report", SUBJECT, "-o", str(tmp_path / "r.md")).exit_code == 0
    assert ct("conflicts", SUBJECT, "--csv", str(tmp_path / "s.csv")).exit_code == 0
    for name in ("r.md", "s.csv"):
        text = (tmp_path / name).read_text(encoding="utf-8-sig")
        assert "later and lower: 5.326.104 (National Electoral Council" in text
        assert "stands in positions" not in text
