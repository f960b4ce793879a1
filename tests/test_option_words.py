"""An unknown option a person reaches for names the options meant (cli/core.py _OPTION_WORDS),
only those the command has; any other unknown option keeps click's nearest spellings."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["add", "s", "--date", "2016"], "(Possible options: --as-of, --reported-on, --said-on)"),
        (["add", "s", "--link", "x"], "(Possible options: --url)"),
        (["add", "s", "--number", "5"], "(Possible options: --figure)"),
        (["add", "s", "--newspaper", "BBC"], "(Possible options: --outlet)"),
        (["add", "s", "--stance", "x"], "(Possible options: --affirms, --denies, --uncertain)"),
        # a command without the options meant: nothing suggested rather than a wrong one
        (["list", "s", "--date", "x"], None),
        # a slip of an option's own name: click's nearest spellings, as before
        (["add", "s", "--notee", "x"], "(Possible options: --note, --outlet, --quote)"),
    ],
)
def test_unknown_option_names_the_options_meant(ct, args, said):
    result = ct(*args)
    assert result.exit_code == 2
    flat = " ".join(line.strip(" │╭╮╰╯─") for line in result.output.splitlines())
    assert "No such option" in flat
    if said is None:
        assert "Possible options" not in flat and "Did you mean" not in flat
    else:
        assert said in flat
    assert "Traceback" not in result.output
