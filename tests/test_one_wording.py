"""One finding, one wording (outputs6): a count's interval says the same in the terminal, the
fact-check sheet, the workbook and the report (``readings.count_text``); an id in `list` is
never cut, at any width, on a terminal or through a pipe."""

from __future__ import annotations

import csv
import io
import json
import re

from conftest import ROOT

# "50 trucks", a round number, is compared as 47.5–52.5; "about 80" as 72–88 (invented)
CONVOY = ROOT / "tests" / "fixtures" / "count-wording.jsonl"


def test_a_count_reads_the_same_in_every_output(ct) -> None:
    r = ct("import", str(CONVOY))
    assert r.exit_code == 0, r.output
    terminal = ct("conflicts", "convoy").stdout
    sheet = list(csv.DictReader(io.StringIO(ct("conflicts", "convoy", "--csv", "-").stdout)))
    # the Markdown escapes a "47." that could start a list: read as rendered
    markdown = ct("report", "convoy", "--format", "md").stdout.replace("\\.", ".")
    html = ct("report", "convoy").stdout
    timeline = ct("timeline", "convoy").stdout
    police = next(row for row in sheet if row["claim_id"] == "police-50")
    assert (police["range"], police["reading"]) == ("47.5–52.5", "≈ 47.5–52.5")
    assert "≈ 47.5–52.5" in terminal and "47.5–52.5" in timeline
    assert "“50” ≈ 47.5–52.5" in markdown and "Position 1: 47.5–52.5" in markdown
    assert "The sources span 47.5–88" in markdown and "the sources span 47.5–88" in terminal
    assert "≈ 47.5–52.5" in html
    # never in whole numbers in one output and as compared in another
    for text in (terminal, markdown, html, timeline, json.dumps(sheet)):
        assert not re.search(r"\b48–52\b", text)
