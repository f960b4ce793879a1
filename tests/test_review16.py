"""The audit of what a person sees or types against what is stored (review16): `edit`, the
claimant commands and the review. Invented quotes; each case a rule, documented with a run in
docs/format.md, docs/vocabulary.md or docs/extract.md."""

from __future__ import annotations

import json

import pytest


def ok(result) -> None:
    assert result.exit_code == 0, result.output


def only_claim(ct) -> dict:
    (claim,) = json.loads(ct("list", "--json").stdout)
    return claim


@pytest.fixture
def spoken(ct):
    """One claim of the ministry, spoken by its spokesman."""
    ok(ct("add", "toll", "--claimant", "Ministry of Health", "--speaker", "Omar Haddad",
          "--quote", "The ministry said 120 people were killed.", "--figure", "120 people",
          "--measure", "deaths"))  # fmt: skip
    return only_claim(ct)["id"]


# -- edit: another claimant, the speaker of the first -------------------------------------


@pytest.mark.parametrize(
    ("given", "speaker"),
    [
        (["--claimant", "UN OCHA", "--new"], None),  # refused: the speaker is the ministry's
        (["--claimant", "UN OCHA", "--new", "--speaker", "Omar Haddad"], "Omar Haddad"),
        (["--claimant", "UN OCHA", "--new", "--speaker", ""], ""),
        (["--claimant", "UN OCHA", "--new", "--speaker", "Jens Laerke"], "Jens Laerke"),
        (["--claimant", "ministry of health"], "Omar Haddad"),  # the same claimant, written
        (["--claimant", "Ministry of Health."], "Omar Haddad"),  # otherwise: kept
    ],
)
def test_an_edit_of_the_claimant_says_what_becomes_of_the_speaker(
    ct, spoken: str, given: list, speaker: str | None
) -> None:
    result = ct("edit", spoken, *given)
    stored = only_claim(ct)
    if speaker is None:
        assert result.exit_code == 2, result.output  # bad input
        assert "the speaker 'Omar Haddad' was given for the claimant 'Ministry of Health'" in (
            result.stderr
        )
        assert "--speaker 'Omar Haddad' keeps it" in result.stderr
        assert (stored["claimant"], stored["speaker"]) == ("Ministry of Health", "Omar Haddad")
        return
    ok(result)
    assert stored["claimant"] == given[1]
    assert (stored.get("speaker") or "") == speaker


def test_an_edit_to_an_alias_of_the_claimant_keeps_the_speaker(ct, spoken: str) -> None:
    ok(ct("add", "toll", "--claimant", "MoH", "--quote", "MoH said 130 died.", "--figure", "130",
          "--measure", "deaths", "--new"))  # fmt: skip
    ok(ct("alias", "MoH", "--same-as", "Ministry of Health"))
    ok(ct("edit", spoken, "--claimant", "MoH"))
    stored = {c["id"]: c for c in json.loads(ct("list", "--json").stdout)}[spoken]
    assert (stored["claimant"], stored["speaker"]) == ("MoH", "Omar Haddad")
