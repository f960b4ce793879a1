"""`verify --readings` on bounds that may have been given by hand (audit of round 11): its
fix re-reads the figure's text, which would silently replace bounds the user typed; the
finding says so, with the bounds to keep (docs/figures.md, `verify --readings`)."""

from __future__ import annotations

import json

import pytest


@pytest.mark.parametrize(
    ("args", "hand"),
    [
        (["--figure", "dozens", "--low", "24", "--high", "60"], "(--low 24 --high 60)"),
        (["--figure", "dozens", "--low", "30.5", "--high", "48"], "(--low 30.5 --high 48)"),
    ],
)
def test_verify_readings_says_when_bounds_may_have_been_given_by_hand(ct, args, hand) -> None:
    # (audit 11: the fix re-read the figure's text, which would silently replace bounds the
    # user typed: the finding now says so, with the bounds to keep)
    result = ct(
        "add", "toll", "--claimant", "Agency", "--quote", "dozens died", "--measure", "deaths",
        "--new", *args,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    result = ct("verify", "--readings", "--json")
    assert result.exit_code == 3, result.output
    (finding,) = json.loads(result.stdout)["claims"]
    assert finding["fix"].endswith(
        f"; unless its bounds were given by hand {hand}, which this check cannot tell from an "
        "older reading: that fix would replace them, so leave the claim as it is"
    )


def test_verify_readings_names_no_hand_bounds_when_the_dimension_changed(ct, empty_db) -> None:
    import sqlite3

    result = ct(
        "add", "turnout", "--claimant", "Commission", "--quote", "Turnout was 100%.",
        "--figure", "100%", "--measure", "turnout", "--new",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    with sqlite3.connect(empty_db) as db:
        db.execute("UPDATE claims SET dimension = 'count'")
    result = ct("verify", "--readings", "--json")
    (finding,) = json.loads(result.stdout)["claims"]
    assert "given by hand" not in finding["fix"]


def test_the_note_counts_only_findings_not_settled_since_the_check(ct, empty_db) -> None:
    # (audit 11: the note went on counting the check's findings after each was edited or
    # retracted, until the next check)
    import sqlite3

    for claimant, value in (("Agency", "100%"), ("Observers", "90%"), ("Union", "100%")):
        result = ct(
            "add", "turnout", "--claimant", claimant, "--quote", f"Turnout was {value}.",
            "--figure", value, "--measure", f"turnout-{claimant.lower()}", "--new",
        )  # fmt: skip
        assert result.exit_code == 0, result.output
    with sqlite3.connect(empty_db) as db:  # the two 100% as an older version stored them
        db.execute("UPDATE claims SET rounding = 5, base_rounding = 5 WHERE value = '100%'")
    assert ct("verify", "--readings").exit_code == 3

    def note() -> str:
        return " ".join(ct("conflicts", "turnout").stderr.split())

    assert "note: 2 stored figures that today's rules refuse or read otherwise" in note()
    (first, second) = [
        r["id"] for r in json.loads(ct("list", "turnout", "--json").stdout)
        if r["value"] == "100%"
    ]  # fmt: skip
    assert ct("edit", first, "--figure", "100%", "--reason", "read again").exit_code == 0
    assert "note: 1 stored figure that today's rules refuse or read otherwise is" in note()
    assert ct("retract", second, "--reason", "an older reading").exit_code == 0
    assert "note:" not in note()
