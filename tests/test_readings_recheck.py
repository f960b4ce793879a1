"""`verify --readings`: figures stored under earlier, laxer rules are found, with the reason and
the command that fixes each; `conflicts` and `report` say on stderr when a database's figures
were logged under older rules and not re-checked since (table ``meta``, migration m015)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from claimtrack.schema import READING_RULES, SCHEMA_VERSION
from claimtrack.store import Store

NOTE_OLD = "note: this database's figures were logged under older rules of reading a figure"

# Figures as an older claimtrack stored them: (id, value, quote, low, high, unit, dimension,
# base_low, base_high, rounding). Each reading was what that version's `add` gave.
OLD_ROWS = [
    # "1 in 5 a year" was 20 years (audit9): a share per period, refused today
    ("old-share", "1 in 5 a year", "1 in 5 a year are lost", 20, 20, "years", "duration",
     631_138_520, 631_138_520, 0),
    # the amount of a rate cut from its quote (import9): a part of a larger figure today
    ("old-cut", "20 people", "20 people a day were dying", 20, 20, "people", "count", 20, 20, 0),
    # a period with words before it was a count of 20 (audit9)
    ("old-working-day", "20 people a working day", "20 people a working day", 20, 20,
     "people a working day", "count", 20, 20, 0),
    # an hour was a 168th of a week (before m014): read per hour today
    ("old-hourly", "$15 an hour", "cleaners earn $15 an hour", 15, 15, "$ an hour",
     "currency:USD/week", 2520, 2520, 0),
    # a bare "$" beside another dollar's country was read as US dollars before the sign rule
    ("old-peso", "$500", "the fine is $500, paid in Mexican pesos", 500, 500, "$",
     "currency:USD", 500, 500, 25),
    # read as they were logged (with --decimal-comma, and a hedge): no finding
    ("ok-decimal-comma", "11.300", "11.300 people died", 11_300, 11_300, None, "count",
     11_300, 11_300, 50),
    ("ok-plain", "about 250", "about 250 fighters left", 225, 275, None, "count", 225, 275, 0),
]  # fmt: skip


def _old_database(path: Path) -> Path:
    """A database as the claimtrack before m015 left it: schema 14, no ``meta`` table, figures
    written directly with the readings of their day."""
    Store.open(path).close()
    conn = sqlite3.connect(path)
    _before_m015(conn)
    for cid, value, quote, low, high, unit, dim, base_low, base_high, rounding in OLD_ROWS:
        conn.execute(
            "INSERT INTO claims (id, subject, claimant, claimant_key, quote, kind, measure, "
            "value, low, high, unit, status, added_at, dimension, rounding, base_low, "
            "base_high, base_rounding) VALUES (?, ?, 'Agency', 'agency', ?, 'figure', "
            "?, ?, ?, ?, ?, 'active', '2025-01-01T00:00:00Z', ?, ?, ?, ?, ?)",
            [cid, "old-fines" if cid == "old-peso" else "old-story", quote, f"m-{cid}", value,
             low, high, unit, dim, rounding, base_low, base_high, rounding],
        )  # fmt: skip
    conn.commit()
    conn.close()
    return path


def _before_m015(conn: sqlite3.Connection) -> None:
    """The database as it was before migration m015 (no ``meta`` table, schema 14)."""
    conn.execute("DROP TABLE meta")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm015_meta'")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")


@pytest.fixture
def old_db(tmp_path: Path) -> Path:
    return _old_database(tmp_path / "old.db")


def _json(result) -> dict:
    return json.loads(result.stdout)


@pytest.mark.parametrize(
    ("cid", "status", "reason", "fix"),
    [
        ("old-share", "refused", '"1 in 5 a year" is a share per period',
         "claimtrack edit old-share --figure FIGURE (as the reason says), or claimtrack retract "
         "old-share"),
        ("old-cut", "refused", "the figure '20 people' is a part of the quote's '20 people a day'",
         "claimtrack edit old-cut --paraphrase"),
        ("old-working-day", "refused", "is a rate per something other than a period",
         "claimtrack edit old-working-day --figure FIGURE"),
        ("old-peso", "refused", "'$' in '$500' is ambiguous here (the quote says 'Mexican pesos')",
         "claimtrack edit old-peso --figure 'MX$500' (MXN) or claimtrack edit old-peso --figure "
         "'US$500' (USD), as its source means it"),
        ("old-hourly", "differs", "today's rules read it otherwise",
         "claimtrack edit old-hourly --figure '$15 an hour' (reads it again by today's rules"),
    ],
)  # fmt: skip
def test_each_old_reading_is_found_with_its_reason_and_fix(
    ct, old_db: Path, cid: str, status: str, reason: str, fix: str
) -> None:
    result = ct("verify", "--readings", "--json", db=old_db)
    assert result.exit_code == 3, result.output
    found = {c["id"]: c for c in _json(result)["claims"]}
    assert found[cid]["status"] == status
    assert reason in found[cid]["reason"]
    assert fix in found[cid]["fix"]


def test_the_json_of_a_check(ct, old_db: Path) -> None:
    doc = _json(ct("verify", "old-story", "--readings", "--json", db=old_db))
    assert (doc["subject"], doc["rules"], doc["checked"], doc["summary"]) == (
        "old-story", READING_RULES, 6, {"refused": 3, "differs": 1},
    )  # fmt: skip
    hourly = next(c for c in doc["claims"] if c["id"] == "old-hourly")
    assert hourly == {
        "id": "old-hourly",
        "subject": "old-story",
        "claimant": "Agency",
        "figure": "$15 an hour",
        "quote": "cleaners earn $15 an hour",
        "status": "differs",
        "reason": "today's rules read it otherwise than the reading stored when it was logged",
        "stored": {"dimension": "currency:USD/week", "low": 2520.0, "high": 2520.0, "rounding": 0},
        "today": {"dimension": "currency:USD/hour", "low": 15, "high": 15, "rounding": 0},
        "fix": "claimtrack edit old-hourly --figure '$15 an hour' (reads it again by today's "
        "rules; the stored version stays in its history)",
    }
    # the figures that read as stored are not listed (a decimal comma read as it was logged)
    assert {c["id"] for c in doc["claims"]} == {"old-share", "old-cut", "old-working-day",
                                                "old-hourly"}  # fmt: skip


def test_the_text_of_a_check(ct, old_db: Path) -> None:
    result = ct("verify", "--readings", db=old_db)
    assert result.exit_code == 3, result.output
    out = result.stdout
    assert "Refused today: 4 figures" in out and "Read otherwise today: 1 figure" in out
    assert "stored:  20 years (duration)" in out
    assert "stored:  $2,520 a week (currency:USD/week)" in out
    assert "today:   $15 an hour (currency:USD/hour)" in out
    assert out.rstrip().endswith(
        f"7 figures read again by reading rules {READING_RULES}: 4 refused, 1 read otherwise"
    )


def test_conflicts_and_report_say_so_until_the_figures_are_re_checked(
    ct, old_db: Path, tmp_path: Path
) -> None:
    for args in (["conflicts", "old-story"], ["conflicts", "--all", "--json"],
                 ["report", "old-story", "-o", str(tmp_path / "r.html")]):  # fmt: skip
        result = ct(*args, db=old_db)
        assert result.exit_code == 0, result.output
        assert result.stderr.count(NOTE_OLD) == 1, (args, result.stderr)
        assert NOTE_OLD not in result.stdout
    # a check of one subject is no check of the database
    assert ct("verify", "old-story", "--readings", db=old_db).exit_code == 3
    assert NOTE_OLD in ct("conflicts", "old-story", db=old_db).stderr
    # a check of every subject is recorded, with what it found
    assert ct("verify", "--readings", db=old_db).exit_code == 3
    after = ct("conflicts", "old-story", db=old_db).stderr
    assert NOTE_OLD not in after
    assert "note: 5 stored figures that today's rules refuse or read otherwise are compared as" in (
        " ".join(after.split())
    )
    # fixed as the check says: nothing left, and nothing said
    for args in (
        ["edit", "old-hourly", "--figure", "$15 an hour"],
        ["edit", "old-cut", "--paraphrase"],
        ["edit", "old-peso", "--figure", "MX$500"],
        ["retract", "old-share", "--reason", "an older reading"],
        ["retract", "old-working-day", "--reason", "an older reading"],
    ):
        done = ct(*args, db=old_db)
        assert done.exit_code == 0, done.output
    clean = ct("verify", "--readings", db=old_db)
    assert clean.exit_code == 0, clean.output
    assert clean.stdout.strip() == (
        f"5 figures read again by reading rules {READING_RULES}: 0 refused, 0 read otherwise"
    )
    assert "note:" not in ct("conflicts", "old-story", db=old_db).stderr


def test_a_new_database_is_checked_by_definition(ct, sample_db: Path) -> None:
    result = ct("conflicts", "raqqa-convoy", db=sample_db)
    assert result.exit_code == 0 and "note:" not in result.stderr
    check = ct("verify", "--readings", "--json", db=sample_db)
    assert check.exit_code == 0, check.output
    assert _json(check)["claims"] == [] and _json(check)["checked"] == 29


def test_an_old_database_without_claims_needs_no_check(ct, tmp_path: Path) -> None:
    path = tmp_path / "blank.db"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    _before_m015(conn)
    conn.commit()
    conn.close()
    ct("add", "s", "--claimant", "A", "--quote", "40 died", "--figure", "40", "--measure", "d",
       db=path)  # fmt: skip
    assert "note:" not in ct("conflicts", "s", db=path).stderr
