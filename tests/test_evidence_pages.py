"""Evidence audited on real pages (evidence2): what the pages did that the made-up ones of
audit13 did not, each as a rule on text of our own (tests/fixtures/evidence/harbour.html)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import write_jsonl

FIXTURES = Path(__file__).parent / "fixtures" / "evidence"

_WORDS = (
    "“We have found 12 wrecks in the channel,” said port director Lena Moss.\n"
    "The dredging will start in April.\n"
)


def _flags(ct, tmp_path: Path, page: str, name: str = "p.txt") -> dict[str, str | None]:
    path = tmp_path / name
    path.write_text(page, encoding="utf-8")
    src = ct("source", "add", "https://example.org/p", "--outlet", "Example Courier",
             "--snapshot", str(path))  # fmt: skip
    assert src.exit_code == 0, src.output
    rows = [{"id": who.split()[-1], "subject": "h", "claimant": who, "kind": "stance",
             "quote": "We have found 12 wrecks in the channel", "proposition": "wrecks found",
             "stance": "affirms", "source": src.stdout.strip()}
            for who in ("Olaf Berg", "Lena Moss")]  # fmt: skip
    assert ct("import", str(write_jsonl(tmp_path / "c.jsonl", rows))).exit_code == 0
    result = ct("verify", "--json")
    assert result.exit_code == 0, result.output
    return {c["id"]: c.get("said_by") for c in json.loads(result.stdout)["claims"]}


# Before, the speaker check was dropped for the whole window whenever extract's preparation
# changed any character of it: a headline line that ends in a lower-case word above a short
# byline line (extract reads the break as a wrapped line, a space) switched it off for every
# quote of the page's first ten paragraphs, and "Olaf Berg" was verified with no flag.
@pytest.mark.parametrize(
    ("page", "name"),
    [
        (_WORDS, "p.txt"),
        ("Harbour dredging delayed again as divers find more wrecks\nExample Courier | 2026-11-30\n"
         + _WORDS, "p.txt"),  # a headline's line joined to the byline's by extract
        ("<h1>Harbour dredging delayed again as divers find more wrecks</h1>"
         "<p>Example Courier | 2026-11-30</p><p>" + _WORDS.replace("\n", "</p><p>") + "</p>",
         "p.html"),
        ("<p>The board met on&nbsp;Monday in the harbour office of the town, as it does each week"
         "</p><p>Mid-morning</p><p>" + _WORDS.replace("\n", "</p><p>") + "</p>", "p.html"),
    ],
)  # fmt: skip
def test_the_speaker_check_holds_on_a_page_extract_reads_with_joined_lines(
    ct, tmp_path: Path, page: str, name: str
) -> None:
    assert _flags(ct, tmp_path, page, name) == {"Berg": "Lena Moss", "Moss": None}
