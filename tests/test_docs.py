"""The docs show real output: every captured run in README.md and docs/ is current."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import load_script

ROOT = Path(__file__).resolve().parents[1]


def load_capture():
    return load_script("scripts/capture_runs.py")


@pytest.mark.slow  # every captured run of docs/ again (about 10 s): .ci/run's slow pass runs it
def test_captured_runs_are_current(tmp_path: Path) -> None:
    capture = load_capture()
    blocks = sum(len(capture.BLOCK.findall(p.read_text(encoding="utf-8"))) for p in capture.FILES)
    assert blocks >= 4
    stale = [p.name for p in capture.stale_files(tmp_path)]
    assert not stale, f"stale captured runs in {stale}: run python scripts/capture_runs.py"


def test_readme_shows_the_main_command_and_the_ci_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "claimtrack conflicts raqqa-convoy" in readme
    block = readme.split("<!-- test-command -->")[1].split("<!-- /test-command -->")[0]
    command = [line for line in block.splitlines() if line and not line.startswith("```")]
    assert len(command) == 1 and "pytest" in command[0] and ".[test]" in command[0]
    assert "<!-- test-command -->" in (ROOT / ".ci" / "run").read_text()


def test_every_doc_linked_from_the_readme_exists() -> None:
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for link in re.findall(r"\]\((docs/[^)]+)\)", readme):
        assert (ROOT / link).exists(), link


def test_a_story_reading_an_absent_shared_article_is_left_as_captured(tmp_path: Path) -> None:
    # real article texts stay in ../shared/, outside the repository: without them, a story's
    # blocks (every later one depends on the earlier) are kept as they were captured
    capture = load_capture()
    text = (
        "<!-- run@extract: extract ../shared/no-such-dir/none.txt --subject s -->\n"
        "kept as captured\n<!-- /run -->\n"
        "<!-- run@extract: subjects -->\nkept too\n<!-- /run -->\n"
        "<!-- run: --version -->\nstale\n<!-- /run -->\n"
    )
    out = capture.render(text, capture.Databases(tmp_path))
    assert "kept as captured\n" in out and "kept too\n" in out
    assert "stale\n" not in out and "$ claimtrack --version" in out


def test_the_csv_columns_are_the_ones_the_docs_name() -> None:
    """docs/exports.md lists the CSV export's columns in order (it lacked relays and source,
    added to the record since)."""
    import re

    from claimtrack.exports import CSV_COLUMNS

    text = (ROOT / "docs" / "exports.md").read_text(encoding="utf-8")
    listed = re.search(r"`--format csv` writes the columns `([^`]+)`", text)
    assert listed is not None
    assert [c.strip() for c in listed.group(1).split(",")] == list(CSV_COLUMNS)
