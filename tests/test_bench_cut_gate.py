"""bench/cut_gate.py --against: the gate of this checkout compared with another guards.py."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import claimtrack.guards

BENCH = Path(__file__).resolve().parent.parent / "bench"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def cut_gate():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(BENCH))
    try:
        import cut_gate

        yield cut_gate
    finally:
        sys.path.remove(str(BENCH))


def test_the_same_gate_agrees_with_itself(cut_gate, capsys) -> None:  # type: ignore[no-untyped-def]
    files = [str(FIXTURES / "derna.jsonl"), str(FIXTURES / "larger-figures.jsonl")]
    assert cut_gate.main([*files, "--against", claimtrack.guards.__file__]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[-1].endswith(" different") and ", 0 different" in out


def test_a_gate_that_answers_otherwise_is_caught(cut_gate, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    source = Path(claimtrack.guards.__file__).read_text(encoding="utf-8")
    # another version whose broken-grouping check never finds one
    changed = source.replace("    if _BROKEN_HINT.search(quote) is None:", "    if True:", 1)
    assert changed != source
    other = tmp_path / "guards.py"
    other.write_text(changed, encoding="utf-8")
    line = (
        '{"subject": "s", "claimant": "A", "quote": "Mahama won 5,574, 761 votes.", '
        '"kind": "figure", "measure": "votes", "value": "761 votes"}\n'
    )
    data = tmp_path / "broken.jsonl"
    data.write_text(line, encoding="utf-8")
    assert cut_gate.main([str(data), "--against", str(other)]) == 1
    out = capsys.readouterr().out
    # import_problem and broken_problem, under either reading of a decimal comma
    assert out.count("AGAINST broken_problem") == 2 and out.count("AGAINST import_problem") == 2
    assert out.splitlines()[-1].endswith(": 8 answers compared, 4 different")


def test_texts_give_each_run_around_a_number_with_its_sentence(cut_gate, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    text = tmp_path / "story.txt"
    text.write_text("Officials estimated that 44 people died. Nobody else spoke.", "utf-8")
    runs = cut_gate._runs_of(str(text))
    sentence = "Officials estimated that 44 people died."
    assert sorted(v for v, _, _ in runs) == sorted(
        ["estimated that 44", "that 44", "that 44 people", "44", "44 people", "44 people died"]
    )
    assert {q for _, q, _ in runs} == {sentence}
    assert cut_gate.main(["--texts", str(text), "--against", claimtrack.guards.__file__]) == 0
    assert capsys.readouterr().out.startswith("6 figures, ")
