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
def test_verify_readings_does_not_call_bounds_given_by_hand_wrong(ct, empty_db, args, hand):
    # (fixes11: `add --low --high` records that its bounds were given by hand, so `verify
    # --readings` no longer lists them as read otherwise)
    import sqlite3

    result = ct(
        "add", "toll", "--claimant", "Agency", "--quote", "dozens died", "--measure", "deaths",
        "--new", *args,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    result = ct("verify", "--readings", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["claims"] == []
    # a database whose hand bounds were stored before they were recorded: the finding says
    # they may be the user's (audit 11: the fix would have replaced them silently)
    with sqlite3.connect(empty_db) as db:
        db.execute("DELETE FROM meta WHERE key = 'hand_bounds'")
    result = ct("verify", "--readings", "--json")
    assert result.exit_code == 3, result.output
    (finding,) = json.loads(result.stdout)["claims"]
    assert finding["fix"].endswith(
        f"; unless its bounds were given by hand {hand}, which this check cannot tell from an "
        "older reading: that fix would replace them, so leave the claim as it is"
    )


def test_an_edit_that_reads_the_figure_again_forgets_its_hand_bounds(ct, empty_db) -> None:
    import sqlite3

    result = ct(
        "add", "toll", "--claimant", "Agency", "--quote", "dozens died", "--measure", "deaths",
        "--new", "--figure", "dozens", "--low", "24", "--high", "60", "--id", "t1",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    with sqlite3.connect(empty_db) as db:
        assert db.execute("SELECT value FROM meta WHERE key = 'hand_bounds'").fetchone() == (
            '["t1"]',
        )
    result = ct("edit", "t1", "--figure", "dozens")
    assert result.exit_code == 0, result.output
    with sqlite3.connect(empty_db) as db:
        assert db.execute("SELECT value FROM meta WHERE key = 'hand_bounds'").fetchone() == ("[]",)


def test_bounds_the_text_reads_are_not_recorded_as_given_by_hand(ct, empty_db) -> None:
    import sqlite3

    result = ct(
        "add", "toll", "--claimant", "Agency", "--quote", "dozens died", "--measure", "deaths",
        "--new", "--figure", "dozens", "--low", "24", "--high", "99",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    with sqlite3.connect(empty_db) as db:
        assert db.execute("SELECT value FROM meta WHERE key = 'hand_bounds'").fetchone() is None


@pytest.mark.parametrize(
    ("line", "note"),
    [
        # an export whose bounds today's rules do not read from the text: unchecked
        ({"low": 25, "high": 60}, "1 figure gives bounds (low, high) that today's rules do not"),
        # bounds the text reads, or none given: still checked, nothing said
        ({"low": 24, "high": 99}, None),
        ({}, None),
    ],
)
def test_an_import_of_bounds_of_their_own_leaves_the_database_unchecked(
    ct, tmp_path, line, note
) -> None:
    record = {"subject": "toll", "claimant": "Agency", "kind": "figure", "measure": "deaths",
              "quote": "dozens died", "value": "dozens", **line}  # fmt: skip
    path = tmp_path / "old.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = ct("import", str(path), "--new")
    assert result.exit_code == 0, result.output
    conflicts = ct("conflicts", "toll")
    if note is None:
        assert "note:" not in result.stderr and "older rules" not in conflicts.stderr
    else:
        assert note in result.stderr
        said = " ".join(conflicts.stderr.split())
        assert "note: this database holds figures imported with bounds (low, high)" in said
        assert "logged under older rules" not in said  # (papercuts4: they may be typed by hand)
        checked = ct("verify", "--readings")
        assert checked.exit_code == 3 and "Read otherwise today: 1 figure" in checked.stdout


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


@pytest.mark.parametrize(
    ("older", "said", "not_said"),
    [
        # a database checked under today's rules: the note names the import, not older rules
        (False, "this database holds figures imported with bounds", "logged under older rules"),
        # a database logged under older rules, not re-checked: that stays what it says
        (True, "logged under older rules of reading a figure", "imported with bounds"),
    ],
)
def test_the_note_after_an_import_of_bounds_says_what_is_true(
    ct, empty_db, tmp_path, older, said, not_said
) -> None:
    # (papercuts4: the note said "logged under older rules" of bounds typed by hand, e.g. an
    # "at least" in a language the parser does not read)
    import sqlite3

    result = ct(
        "add", "toll", "--claimant", "Agency", "--quote", "dozens died", "--measure", "deaths",
        "--new", "--figure", "dozens",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    if older:
        with sqlite3.connect(empty_db) as db:
            db.execute("DELETE FROM meta")  # as a database migrated with its claims
    record = {"subject": "toll", "claimant": "Ministry", "kind": "figure", "measure": "deaths",
              "quote": "almeno 40 morti", "value": "40", "low": 40, "high": 120}  # fmt: skip
    path = tmp_path / "hand.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert ct("import", str(path)).exit_code == 0
    for args in (["conflicts", "toll"], ["report", "toll", "--format", "md"]):
        out = ct(*args)
        text = " ".join((out.stderr + out.stdout).replace("`", "").split())
        assert said in text.lower() and not_said not in text, args
    assert ct("verify", "--readings").exit_code == 3
    after = ct("conflicts", "toll").stderr  # the check replaces either with its count
    assert "1 stored figure that today's rules refuse or read otherwise" in after
    assert not_said not in after and "not re-checked" not in after
