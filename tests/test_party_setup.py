"""`claimant NAME --party SUBJECT` before the subject has a claim: a story's parties set up
first. A subject recorded in any way is taken; a new one is taken with a note; a near miss of
a recorded one is refused (the typo guard), and --new confirms it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import figure, write_jsonl


def _ok(result) -> str:
    assert result.exit_code == 0, result.output
    return result.stdout


def _register(ct, name: str = "Hamas") -> None:
    _ok(ct("claimant", name, "--kind", "organization"))


@pytest.mark.parametrize(
    "record",
    [
        {"record": "measure", "subject": "gaza-blast", "measure": "deaths", "cumulative": True},
        {"record": "measure", "subject": "gaza-blast", "measure": "deaths", "defined_as": "x"},
        {"record": "sum", "subject": "gaza-blast", "total": "deaths", "parts": ["a", "b"]},
        {"record": "alternative", "subject": "gaza-blast", "measures": ["excess", "recorded"]},
        {"record": "claimant", "name": "IDF", "kind": "organization", "parties": ["gaza-blast"]},
    ],
)
def test_a_subject_recorded_without_claims_is_taken_without_a_note(
    ct, tmp_path: Path, record: dict
) -> None:
    _ok(ct("import", str(write_jsonl(tmp_path / "r.jsonl", [record]))))
    assert json.loads(_ok(ct("list", "--json"))) == []  # no claim
    _register(ct)
    result = ct("claimant", "Hamas", "--party", "gaza-blast", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["party_to"] == ["gaza-blast"]
    assert "nothing is logged" not in result.stderr


def test_a_subject_with_claims_is_taken(ct, tmp_path: Path) -> None:
    _ok(ct("import", str(write_jsonl(tmp_path / "c.jsonl", [figure(subject="gaza-blast")]))))
    _register(ct)
    result = ct("claimant", "Hamas", "--party", "gaza-blast")
    assert result.exit_code == 0, result.output
    assert "nothing is logged" not in result.stderr


def test_a_new_subject_is_taken_with_a_note(ct) -> None:
    result = ct("claimant", "Hamas", "--kind", "organization", "--party", "gaza-blast", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["party_to"] == ["gaza-blast"]
    assert result.stderr.splitlines()[0] == (
        "note: nothing is logged on subject gaza-blast yet; Hamas is a party to it from now"
        " (check the spelling: `claimtrack subjects` lists the others)"
    )
    # the claims logged later are graded by it: the party is in the export
    exported = [json.loads(x) for x in _ok(ct("export")).splitlines()]
    assert exported == [
        {"record": "claimant", "name": "Hamas", "kind": "organization", "parties": ["gaza-blast"]}
    ]


@pytest.mark.parametrize(
    ("typed", "near"),
    [
        ("gaza-blst", "gaza-blast"),
        ("gaza-blasts", "gaza-blast"),
        ("gaza-blast-2024", "gaza-blast-2023"),
    ],
)
def test_a_near_miss_of_a_recorded_subject_is_refused_and_nothing_stored(
    ct, empty_db: Path, typed: str, near: str
) -> None:
    _ok(ct("claimant", "IDF", "--kind", "organization", "--party", near))
    before = empty_db.read_bytes()
    result = ct("claimant", "Hamas", "--kind", "organization", "--party", typed)
    assert result.exit_code == 2, result.output
    assert f"subject '{typed}' is a new subject; did you mean '{near}'?" in result.stderr
    assert "give --new if it really is a new subject" in result.stderr
    assert "Traceback" not in result.output
    assert empty_db.read_bytes() == before  # not even the claimant's kind
    # --new confirms it
    result = ct("claimant", "Hamas", "--kind", "organization", "--party", typed, "--new")
    assert result.exit_code == 0, result.output
    assert "nothing is logged on subject" in result.stderr


def test_the_first_claims_subject_is_checked_against_a_party_subject(ct) -> None:
    _ok(ct("claimant", "Hamas", "--kind", "organization", "--party", "gaza-blast"))
    args = ["--claimant", "Hamas", "--quote", "500 were killed", "--figure", "500"]
    result = ct("add", "gaza-blst", *args, "--measure", "deaths")
    assert result.exit_code == 2, result.output
    assert "did you mean 'gaza-blast'?" in result.stderr
    assert ct("add", "gaza-blast", *args, "--measure", "deaths", "--new").exit_code == 0


def test_several_near_misses_are_named_together(ct) -> None:
    _ok(ct("claimant", "IDF", "--kind", "organization", "--party", "gaza-2"))
    result = ct(
        "claimant", "Hamas", "--kind", "organization", "--party", "gaza-3", "--party", "gaza-4"
    )
    assert result.exit_code == 2, result.output
    assert "2 subjects of --party are new" in result.stderr
    assert "subject 'gaza-3' is a new subject; did you mean 'gaza-2'?" in result.stderr


def test_new_without_kind_or_party_is_still_refused(ct) -> None:
    result = ct("claimant", "Hamas", "--new")
    assert result.exit_code == 2, result.output
    assert "--new registers a claimant" in result.stderr
