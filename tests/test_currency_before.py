"""A currency's sign or code written before an amount in words ("Rs half million"): the parser
reads it only before digits, so the figure's words were found in the quote as they stand and
stored as a count, the currency dropped. Refused now, by add, edit and import alike
(guards.currency_before; found by suite1's property run of test_guards)."""

from __future__ import annotations

import json

import pytest

from claimtrack.guards import currency_before, import_problem, part_problem


@pytest.mark.parametrize(
    ("value", "quote", "shown"),
    [
        ("half million", "They paid about Rs half million in a day.", "Rs half million"),
        ("half a million", "USD half a million was pledged.", "USD half a million"),
        ("two million", "Rs. two million went missing.", "Rs. two million"),
        ("three billion", "A fine of EUR three billion.", "EUR three billion"),
        ("a million", "It cost them INR a million.", "INR a million"),
    ],
)
def test_a_currency_before_words_is_named(value: str, quote: str, shown: str) -> None:
    said = currency_before(value, quote)
    assert said is not None and f"the quote's {shown!r}" in said, said
    assert part_problem(value, quote) == said  # add and edit
    assert import_problem(value, quote, None) == (said, True)  # import: refused


@pytest.mark.parametrize(
    ("value", "quote"),
    [
        ("half a million", "Close to half a million people fled."),
        ("two million", "Some two million people voted."),
        ("half million", "US half million troops"),  # a country, not a currency
        ("five", "Chapter five said so."),
        ("a few dozen", "Only a few dozen left, the SDF said."),
        ("12", "Rs 12 crore"),  # digits: read with their sign by the parser (cut_problem's)
        ("half million", "Their half million rupees"),  # the currency after: not this rule's
    ],
)
def test_no_currency_before_is_no_refusal(value: str, quote: str) -> None:
    assert currency_before(value, quote) is None


def test_add_and_import_refuse_it(ct, tmp_path) -> None:
    quote = "They paid about Rs half million in a day."
    added = ct("add", "s", "--claimant", "X", "--new", "--quote", quote,
               "--figure", "half million", "--measure", "m", "--new")  # fmt: skip
    assert added.exit_code != 0
    assert "leaves out the currency of the quote's 'Rs half million'" in added.stderr
    assert "'Rs 500,000' with --paraphrase" in added.stderr
    line = {"subject": "s", "claimant": "X", "quote": quote, "kind": "figure",
            "value": "half million", "measure": "m"}  # fmt: skip
    path = tmp_path / "claims.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    imported = ct("import", str(path))
    assert imported.exit_code != 0
    assert "leaves out the currency of the quote's 'Rs half million'" in imported.stderr
    stored = ct("add", "s", "--claimant", "X", "--new", "--quote", quote, "--figure",
                "about Rs 500,000", "--measure", "m", "--new", "--paraphrase", "--json")  # fmt: skip
    assert stored.exit_code == 0, stored.stderr
    assert json.loads(stored.stdout)["unit"] == "rs"  # stored as money, marked a paraphrase
