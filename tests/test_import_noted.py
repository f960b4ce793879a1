"""An import keeps the first lines of each kind of warning and counts the rest (``Noted``): the
CLI says the first few and how many in all, and a file with a warning on every line costs no
memory per line (docs/performance.md, round 21)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimtrack.render import SKIPPED_SHOWN
from claimtrack.store._common import NOTED_KEPT, Noted


@pytest.mark.parametrize(
    ("sizes", "kept", "count"),
    [
        ([], 0, 0),
        ([0, 0], 0, 0),
        ([3], 3, 3),
        ([NOTED_KEPT - 1, 5], NOTED_KEPT, NOTED_KEPT + 4),
        ([NOTED_KEPT + 7], NOTED_KEPT, NOTED_KEPT + 7),
        ([40, 40, 40, 40], NOTED_KEPT, 160),
    ],
)
def test_noted_keeps_the_first_lines_and_counts_all(
    sizes: list[int], kept: int, count: int
) -> None:
    noted, line = Noted(), 0
    for size in sizes:
        noted.add([(line + k, f"c{line + k}", "late") for k in range(size)])
        line += size
    assert [n for n, _, _ in noted.first] == list(range(kept))  # in file order
    assert (noted.count, bool(noted)) == (count, count > 0)


def test_the_first_lines_kept_are_more_than_the_cli_shows() -> None:
    assert SKIPPED_SHOWN <= NOTED_KEPT


def test_an_import_past_the_lines_kept_says_the_first_and_counts_all(ct, tmp_path: Path) -> None:
    n = NOTED_KEPT + 30
    rows = [
        {"id": f"t-{k}", "subject": "toll", "claimant": "Ministry", "kind": "figure",
         "measure": "deaths", "quote": f"{100 + k} died", "value": f"{100 + k}",
         "said_on": "2024-05-08", "as_of": "2024-05-10"}
        for k in range(n)
    ]  # fmt: skip
    path = tmp_path / "toll.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = ct("import", str(path), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["as_of_after_statement"] == n
    warned = [x.split(": ")[1] for x in result.stderr.splitlines() if f"{path}:" in x]
    assert warned == [f"{path}:{k}" for k in range(1, SKIPPED_SHOWN + 1)]
    assert f"  ... and {n - SKIPPED_SHOWN} more\n" in result.stderr
    assert f"stored as given (each read as a forecast: claimtrack edit ID --as-of): {n} lines" in (
        result.stderr
    )
