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


SOURCES = [
    {"record": "source", "id": "src-abcd1111aa", "url": "https://example.org/a", "outlet": "A"},
    {"record": "source", "id": "src-abcd2222bb", "url": "https://example.org/b", "outlet": "B"},
]


@pytest.mark.parametrize(
    ("given", "said"),
    [
        # one source starts so: the prefix is too short, not ambiguous, and an example is given
        (
            "src-abcd1",
            None,
        ),
        (
            "src-ab",
            "error: source id 'src-ab' is too short: give at least 4 characters after src-\n"
            "  src-abcd1111aa\n  src-abcd2222bb\nhint: e.g. src-abcd\n",
        ),
        (
            "src-abcd",
            "error: source id 'src-abcd' matches 2 sources; give more characters\n"
            "  src-abcd1111aa\n  src-abcd2222bb\n",
        ),
    ],
)
def test_a_source_prefix_says_whether_it_is_too_short_or_ambiguous(ct, given, said) -> None:
    body = "".join(json.dumps(r) + "\n" for r in SOURCES)
    assert ct("import", "-", input=body).exit_code == 0
    args = ["add", "port-fire", "--claimant", "C", "--quote", "q", "--affirms", "p"]
    result = ct(*args, "--source", given)
    if said is None:
        assert result.exit_code == 0, result.output
        return
    assert result.exit_code == 2, result.output
    assert result.stderr == said
    assert json.loads(ct("list", "--json").stdout) == []


def test_a_lone_source_prefix_too_short_names_it(ct) -> None:
    body = json.dumps(SOURCES[0]) + "\n"
    assert ct("import", "-", input=body).exit_code == 0
    result = ct(
        "add", "s", "--claimant", "C", "--quote", "q", "--affirms", "p", "--source", "src-abc"
    )
    assert result.exit_code == 2, result.output
    assert result.stderr == (
        "error: source id 'src-abc' is too short: give at least 4 characters after src-\n"
        "  src-abcd1111aa\nhint: e.g. src-abcd\n"
    )
