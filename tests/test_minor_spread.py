"""A minor difference apart by under 0.5% reads "spread under 1.01x", never "spread 1x", as
if the figures were the same (story14: "$281 million" against "$281.7 million"); wider ones
keep their two decimals."""

from __future__ import annotations

import json

import pytest


@pytest.mark.parametrize(
    ("a", "b", "spread"),
    [
        ("$281 million", "$281.7 million", "under 1.01x"),
        ("1,001", "1,004", "under 1.01x"),
        ("1,000", "1,076", "1.08x"),
        ("40,000", "43,960", "1.09x"),
    ],
)
def test_a_minor_spread_never_reads_as_the_same(ct, a: str, b: str, spread: str) -> None:  # type: ignore[no-untyped-def]
    for who, figure in (("Agency", a), ("Ministry", b)):
        got = ct(
            *("add", "appeal", "--claimant", who, "--quote", f"The appeal is {figure}."),
            *("--figure", figure, "--measure", "appeal", "--new"),
        )
        assert got.exit_code == 0, got.output
    text = ct("conflicts", "appeal")
    assert text.exit_code == 0, text.output
    words = " ".join(text.stdout.split()) + " "
    assert f"; spread {spread} " in words
    assert "spread 1x" not in words
    doc = json.loads(ct("conflicts", "appeal", "--json").stdout)
    (minor,) = doc["minor"]
    assert minor["severity"] == (1 if spread.startswith("under") else float(spread[:-1]))
    html = ct("report", "appeal", "-o", "-", "--format", "html")
    assert html.exit_code == 0, html.output
    assert "spread 1x" not in html.stdout and f"spread {spread}" in html.stdout
