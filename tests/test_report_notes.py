"""The report carries the notes `conflicts` prints under its findings ("Notes for the reviewer"):
a measure to mark cumulative, a count of the moment, a sum that could not be checked, a
cumulative toll disputed across dates; and that the database's figures were logged under older
rules of reading a figure. Before, a reader of the report saw none of them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from conftest import ROOT
from reportcheck import Page

FIXTURES = ROOT / "tests" / "fixtures"

CUMULATIVE_INJURED = (
    "injured: its figures only rise with their dates and it reads like a running count; if it "
    "is one, mark it: claimtrack measure blast-tolls injured --cumulative"
)
CUMULATIVE_MISSING = (
    "missing: its figures only rise with their dates and it reads like a running count; if it "
    "is one, mark it: claimtrack measure blast-tolls missing --cumulative"
)
# a rising toll disputed unmarked (one later figure lower: no hint to mark it, story14)
UNMARKED_DEATHS = (
    "finding 1: deaths reads like a running count, not marked cumulative: its figures, said on 5"
    " dates with no as_of, are compared as of one moment, and a rise reads as a dispute; if it is"
    " a toll so far, mark it: claimtrack measure blast-tolls deaths --cumulative"
)
UNCHECKED_CARGO = (
    "not checked: cargo-tonnes = cargo-stored-tonnes + cargo-moved-tonnes: no figure yet for "
    "cargo-moved-tonnes"
)


def _moment(measure: str) -> str:
    return (
        f"{measure}: it reads like a count of the moment (how many are missing, trapped or "
        "accounted for when it is said), so each figure with no as_of is read at the day it was "
        "said (said_on, else reported_on): a rise or a fall from one day to another is a change "
        "over time, not a dispute; give --as-of to a figure that counts another moment"
    )


UNDATED_TOLL = (
    "finding 1: excess-deaths is cumulative, each figure at its time (as_of, else said_on, else "
    "reported_on): a later figure below another claimant's earlier one is disputed, a rise is a "
    "change over time"
)


@pytest.mark.parametrize(
    ("fixture", "subject", "notes"),
    [
        ("time.jsonl", "blast-tolls",
         [UNMARKED_DEATHS, CUMULATIVE_INJURED, CUMULATIVE_MISSING, UNCHECKED_CARGO]),
        ("surfside-collapse-2021.jsonl", "surfside-collapse-2021",
         [_moment("accounted-for"), _moment("unaccounted")]),
        ("maria-2017.jsonl", "maria-deaths", [UNDATED_TOLL]),
        ("derna.jsonl", "derna-floods", []),  # nothing to note: no section
    ],
)  # fmt: skip
def test_the_report_carries_the_notes_conflicts_prints(
    ct, tmp_path: Path, fixture: str, subject: str, notes: list[str]
) -> None:
    imported = ct("import", str(FIXTURES / fixture))
    assert imported.exit_code == 0, imported.output
    # the same lines as `conflicts` prints under its findings (a toll's beside its finding)
    text = " ".join(ct("conflicts", subject).stdout.split())
    for note in notes:
        assert note.removeprefix("finding 1: ") in text
    md = ct("report", subject, "--format", "md")
    assert md.exit_code == 0, md.output
    if not notes:
        assert "Notes for the reviewer" not in md.stdout
    else:
        section = md.stdout.split("## Notes for the reviewer\n\n")[1].split("\n\n## Disputes")[0]
        assert section.splitlines() == [f"- {n}".replace("_", "\\_") for n in notes]
    html = ct("report", subject)
    assert html.exit_code == 0, html.output
    page = Page(html.stdout)
    if not notes:
        assert "Notes for the reviewer" not in page.text
        return
    assert page.tags.get("section", 0) >= 2
    assert "#notes" in page.hrefs  # listed in the contents
    shown = page.text.split("Notes for the reviewer")[2].split("Disputes")[0].strip()
    assert shown == " ".join(notes)


def test_the_report_says_when_the_figures_were_logged_under_older_rules(ct, empty_db: Path) -> None:
    imported = ct("import", str(FIXTURES / "derna.jsonl"))
    assert imported.exit_code == 0, imported.output
    conn = sqlite3.connect(empty_db)
    conn.execute("DELETE FROM meta")  # as a database migrated with its claims
    conn.commit()
    conn.close()
    line = (
        "This database's figures were logged under older rules of reading a figure and not "
        "re-checked since; claimtrack verify --readings lists those that today's rules refuse "
        "or read otherwise"
    )
    md = ct("report", "derna-floods", "--format", "md")
    assert md.stdout.split("## Notes for the reviewer\n\n")[1].startswith(f"- {line}\n")
    assert "note: this database's figures were logged under older rules" in md.stderr
    assert line in Page(ct("report", "derna-floods").stdout).text
    assert ct("verify", "--readings").exit_code == 0
    assert "Notes for the reviewer" not in ct("report", "derna-floods", "--format", "md").stdout
