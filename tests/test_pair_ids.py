"""One `add` of a figure and a stance with `--id ID`: the claims are ID-figure and ID-stance,
stable, checked like any id, stored together or not at all."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimtrack.errors import InputError
from claimtrack.models import claim_drafts, pair_id

QUOTE = "No deal was made; only a few dozen fighters left."


def both(claim_id: str | None = "sdf-1", **kw: str) -> list[str]:
    args = [
        "add",
        "raqqa-convoy",
        "--claimant",
        "SDF",
        "--new",
        "--quote",
        kw.get("quote", QUOTE),
        "--figure",
        kw.get("figure", "a few dozen"),
        "--measure",
        "fighters-evacuated",
        "--denies",
        "deal-was-made",
    ]
    return [*args, "--id", claim_id] if claim_id is not None else args


@pytest.mark.parametrize(
    ("given", "kind", "expected"),
    [
        ("sdf-1", "figure", "sdf-1-figure"),
        ("sdf-1", "stance", "sdf-1-stance"),
        ("  rc:2017.10_a ", "figure", "rc:2017.10_a-figure"),
        ("a" * 121, "figure", "a" * 121 + "-figure"),
        ("a" * 121, "stance", "a" * 121 + "-stance"),
    ],
)
def test_pair_ids_are_derived_from_the_id(given: str, kind: str, expected: str) -> None:
    assert pair_id(given, kind) == expected


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ("a" * 122, "--id is 122 characters"),
        ("a" * 128, "give an id of at most 121"),
        ("-x", "is not a usable id"),
        ("a b", "is not a usable id"),
    ],
)
def test_pair_ids_that_cannot_be_made_are_refused(given: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        pair_id(given, "figure")


@pytest.mark.parametrize(
    ("given", "ids"),
    [
        ({"figure": "250", "measure": "m"}, ["one"]),
        ({"affirms": "p"}, ["one"]),
        ({"figure": "250", "measure": "m", "denies": "p"}, ["one-figure", "one-stance"]),
        ({"figure": "250", "measure": "m", "uncertain": "p"}, ["one-figure", "one-stance"]),
    ],
)
def test_one_claim_keeps_its_id_two_get_theirs(given: dict[str, str], ids: list[str]) -> None:
    base = {"id": "one", "claimant": "x", "quote": "250"}
    assert [d["id"] for d in claim_drafts(base | given)] == ids


def test_a_figure_and_a_stance_are_stored_under_the_derived_ids(ct) -> None:
    result = ct(*both(), "--json")
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert [(r["id"], r["kind"]) for r in records] == [
        ("sdf-1-figure", "figure"),
        ("sdf-1-stance", "stance"),
    ]
    # the same add again: the same ids, nothing added
    again = ct(*both())
    assert again.exit_code == 0, again.output
    assert "Already logged as sdf-1-figure" in again.stderr
    assert "Already logged as sdf-1-stance" in again.stderr
    assert len(json.loads(ct("list", "--json").stdout)) == 2


def test_a_derived_id_taken_by_other_content_stores_neither(ct, empty_db: Path) -> None:
    # a stance stored alone under the id the pair's stance would get
    alone = [
        "add",
        "raqqa-convoy",
        "--claimant",
        "SDF",
        "--new",
        "--quote",
        "There was no deal.",
        "--denies",
        "deal-was-made",
        "--new",
        "--id",
        "sdf-1-stance",
    ]
    assert ct(*alone).exit_code == 0
    before = empty_db.read_bytes()
    result = ct(*both())
    assert result.exit_code == 2, result.output
    assert "id 'sdf-1-stance' already exists with other content" in result.stderr
    assert "Traceback" not in result.output
    assert [r["id"] for r in json.loads(ct("list", "--json").stdout)] == ["sdf-1-stance"]
    assert empty_db.read_bytes() == before


def test_without_an_id_each_gets_its_content_id(ct) -> None:
    result = ct(*both(None), "--json")
    assert result.exit_code == 0, result.output
    ids = [r["id"] for r in json.loads(result.stdout)]
    assert len(ids) == 2 and all(i.startswith("raqqa-convoy-") for i in ids)
