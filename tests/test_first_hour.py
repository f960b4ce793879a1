"""A new user's first hour (papercuts5): what a person who logs a small story of their own
stumbled on, each fixed as a rule and checked here through the CLI on a temp database."""

from __future__ import annotations

import json

import pytest

from conftest import stance

WALKED_BACK = [
    stance(
        id="w1",
        subject="port-fire",
        claimant="Harbour Logistics",
        quote="the sprinklers were working",
        proposition="sprinklers-were-working-throughout-the-night",
        stance="affirms",
        said_on="2026-03-02",
    ),
    stance(
        id="w2",
        subject="port-fire",
        claimant="Harbour Logistics",
        quote="we cannot yet say whether the sprinklers were working",
        proposition="sprinklers-were-working-throughout-the-night",
        stance="uncertain",
        said_on="2026-03-04",
    ),
]


@pytest.mark.parametrize("columns", [60, 80, 100])
def test_a_reversal_head_is_wrapped_not_cut(ct, monkeypatch, columns: int) -> None:
    """A walk-back's head ends with its proposition: on an 80-column terminal it was cut to
    '... took a position on proposition sprinklers-were-…', losing what was walked back."""
    body = "".join(json.dumps(r) + "\n" for r in WALKED_BACK)
    assert ct("import", "-", input=body).exit_code == 0
    monkeypatch.setenv("COLUMNS", str(columns))
    result = ct("conflicts", "port-fire")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    start = next(i for i, line in enumerate(lines) if "Walk-back:" in line)
    head = [lines[start]]
    for line in lines[start + 1 :]:
        if line.startswith("   2 claims:"):
            break
        assert line.startswith("   "), lines
        head.append(line.strip())
    assert " ".join(head) == (
        "1. Walk-back: Harbour Logistics took a position on proposition "
        "sprinklers-were-working-throughout-the-night, then said it cannot be said"
    )
    assert all(len(line) <= columns for line in lines[start : start + len(head)])
    assert "…" not in " ".join(head)
