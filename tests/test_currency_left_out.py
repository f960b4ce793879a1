"""A figure typed without its quote's currency is refused naming the currency, by `add` and
`edit` alike, also where the quote says more around the amount ("about $4.4 million"); a bare
figure whose --unit names the quote's currency is accepted, another currency refused
(papercuts4)."""

from __future__ import annotations

import pytest

from claimtrack.guards import dropped_currency

LEFT_OUT = "leaves out the currency of the quote's"


@pytest.mark.parametrize(
    ("value", "quote", "money"),
    [
        ("4.4 million", "The grant was $4.4 million.", "$4.4 million"),
        ("4.4 million", "Aid of €4 million (about $4.4 million) arrived.", "about $4.4 million"),
        ("4.4 million", "It cost some $4.4 million.", "some $4.4 million"),
        ("4 million", "between $4 million and $5 million", "between $4 million and $5 million"),
        # no whole amount of the quote's money: not said to leave out its currency
        ("4.4", "The grant was $4.4 million.", None),
        ("4 million", "The grant was $14 million.", None),
        ("5 million", "more than $4.4 million", None),
    ],
)
def test_dropped_currency(value: str, quote: str, money: str | None) -> None:
    said = dropped_currency(value, quote)
    if money is None:
        assert said is None
    else:
        assert said is not None and f"{LEFT_OUT} {money!r}" in said


@pytest.mark.parametrize("command", ["add", "edit"])
def test_add_and_edit_name_the_currency_left_out(ct, command: str) -> None:
    quote = "Aid of €4 million (about $4.4 million) arrived."
    base = ["add", "aid", "--claimant", "Agency", "--quote", quote, "--measure", "aid", "--new"]
    if command == "edit":
        first = ct(*base, "--figure", "about $4.4 million", "--id", "a1")
        assert first.exit_code == 0, first.output
        result = ct("edit", "a1", "--figure", "4.4 million")
    else:
        result = ct(*base, "--figure", "4.4 million")
    assert result.exit_code != 0
    assert f"{LEFT_OUT} 'about $4.4 million'" in " ".join(result.output.split())


@pytest.mark.parametrize(
    ("unit", "stored", "error"),
    [
        ("dollars", "$8 m", None),  # the unit names the quote's currency
        ("USD", "$8 m", None),
        ("euros", None, "is in another currency than the quote's '8 million dollars'"),
        ("GBP", None, "is in another currency than the quote's '8 million dollars'"),
    ],
)
def test_a_unit_that_names_the_quotes_currency_is_accepted(ct, unit, stored, error) -> None:
    import json

    result = ct(
        "add", "costs", "--claimant", "Mayor", "--quote", "It cost 8 million dollars.",
        "--figure", "8 million", "--unit", unit, "--measure", "cost", "--new",
    )  # fmt: skip
    if error is None:
        assert result.exit_code == 0, result.output
        (row,) = json.loads(ct("list", "costs", "--json").stdout)
        assert (row["value"], row["unit"], row["low"]) == ("8 million", unit, 8_000_000)
        assert stored in ct("list", "costs").stdout
        if unit == "dollars":  # the unit's shared sign is read as the figure's would be
            assert "read 'dollars' as US dollars" in result.output
    else:
        assert result.exit_code != 0
        assert error in " ".join(result.output.split())
        assert json.loads(ct("list", "--json").stdout) == []


def test_a_money_unit_still_takes_only_the_whole_amount(ct) -> None:
    result = ct(
        "add", "costs", "--claimant", "Mayor", "--quote", "It cost up to 8 million dollars.",
        "--figure", "8 million", "--unit", "dollars", "--measure", "cost", "--new",
    )  # fmt: skip
    assert result.exit_code != 0
    assert "a part of the quote's 'up to 8 million dollars'" in " ".join(result.output.split())
