"""A story's measures set up before its first claim (`measure --new`): later `measure` and
`relate` calls on them need no --new again, while a slip for one of them is still refused,
naming it (reported by story10, logging the Maui wildfire)."""

from __future__ import annotations

import json

import pytest


def _ok(result) -> str:
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture
def story(ct):
    _ok(ct("measure", "fire", "deaths", "--new", "--defined-as", "people killed by the fire"))
    return ct


@pytest.mark.parametrize(
    ("args", "cumulative", "defined"),
    [
        (["--cumulative"], True, "people killed by the fire"),
        (["--not-cumulative"], False, "people killed by the fire"),
        (["--defined-as", "deaths confirmed by the coroner"], False,
         "deaths confirmed by the coroner"),
        ([], False, "people killed by the fire"),  # shown, nothing set
    ],
)  # fmt: skip
def test_a_measure_set_up_before_its_first_claim_needs_no_new_again(
    story, args, cumulative, defined
) -> None:
    info = json.loads(_ok(story("measure", "fire", "deaths", *args, "--json")))
    assert (info["cumulative"], info["defined_as"], info["claims"]) == (cumulative, defined, 0)


@pytest.mark.parametrize("slip", ["death", "deahts"])
def test_a_slip_for_a_set_up_measure_is_refused_naming_it(story, slip) -> None:
    result = story("measure", "fire", slip, "--cumulative")
    assert result.exit_code != 0
    assert f"no figures on measure '{slip}' in fire" in result.stderr
    assert "did you mean: deaths" in result.stderr
    assert json.loads(_ok(story("measure", "fire", "deaths", "--json")))["cumulative"] is False


def test_another_subject_is_still_refused(story) -> None:
    result = story("measure", "flood", "deaths", "--cumulative")
    assert result.exit_code != 0
    assert "no claims on subject 'flood'" in result.stderr
    assert "--new" in result.stderr


def test_relate_takes_measures_set_up_before_their_first_claim(story) -> None:
    for part in ("dead-identified", "dead-unidentified"):
        _ok(story("measure", "fire", part, "--new", "--cumulative"))
    _ok(story("relate", "fire", "deaths", "--sum-of", "dead-identified",
              "--sum-of", "dead-unidentified"))  # fmt: skip
    result = story("relate", "fire", "deaths", "--sum-of", "dead-identified", "--sum-of", "x")
    assert result.exit_code != 0
    assert "measure 'x' has no figures yet in fire" in result.stderr


def test_relate_names_a_set_up_measure_a_slip_was_meant_for(story) -> None:
    """A slip for a measure set up before its first figure is refused naming it, as
    `measure` does (before, `relate` looked only at measures with figures)."""
    for part in ("dead-identified", "dead-unidentified"):
        _ok(story("measure", "fire", part, "--new", "--cumulative"))
    result = story("relate", "fire", "deaths", "--sum-of", "dead-identified",
                   "--sum-of", "dead-unidentifed")  # fmt: skip
    assert result.exit_code != 0
    assert "dead-unidentified" in result.stderr, result.stderr
    assert "fire" in result.stderr


def test_add_then_measure_works_as_before(story) -> None:
    _ok(story("add", "fire", "--claimant", "Police", "--quote", "The toll stands at 40.",
              "--figure", "40", "--measure", "deaths"))  # fmt: skip
    info = json.loads(_ok(story("measure", "fire", "deaths", "--cumulative", "--json")))
    assert (info["cumulative"], info["claims"]) == (True, 1)


@pytest.mark.parametrize(
    ("args", "said"),
    [
        ([], "give --cumulative, --not-cumulative or --defined-as"),
        # a script with an unset variable: a measure set up with nothing, as if it had a claim
        (["--defined-as", ""], "give --cumulative, --not-cumulative or --defined-as with a "
         "definition"),
        (["--defined-as", "  "], "give --cumulative, --not-cumulative or --defined-as with a "
         "definition"),
    ],
)  # fmt: skip
def test_new_with_nothing_to_set_is_refused(ct, args, said) -> None:
    result = ct("measure", "fire", "deaths", "--new", *args)
    assert result.exit_code == 2, result.output
    assert f"error: --new sets up a measure: {said}" in result.stderr
    assert "no claims on subject 'fire'" in ct("measure", "fire", "deaths").stderr
