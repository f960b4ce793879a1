"""One finding, one wording (outputs6): a count's interval says the same in the terminal, the
fact-check sheet, the workbook and the report (``readings.count_text``); an id in `list` is
never cut, at any width, on a terminal or through a pipe."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from conftest import ROOT, write_jsonl

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


# ids of every length an id may have (models.ID_RE: up to 128 characters)
IDS = ["f1", "rc-sdf-fighters-few-dozen", "rc-coalition-civilian-lives-saved-3500-in-raqqa",
       "x" * 60 + "-" + "y" * 30, "z" * 128]  # fmt: skip


@pytest.fixture
def long_ids(ct, tmp_path):
    from conftest import figure, write_jsonl

    records = [figure(id=cid, value=f"{n + 10}") for n, cid in enumerate(IDS)]
    r = ct("import", str(write_jsonl(tmp_path / "ids.jsonl", records)))
    assert r.exit_code == 0, r.output
    return ct


@pytest.mark.parametrize("columns", ["30", "60", "80", "100", "160", "400"])
def test_list_never_cuts_an_id(long_ids, monkeypatch, columns: str) -> None:
    """Each id is on one line of the output, whole, at any width: the other columns wrap or
    shrink, or the table becomes cards (before, the id column was cut at 26 characters, and
    `show` could not find what a user copied)."""
    monkeypatch.setenv("COLUMNS", columns)
    out = long_ids("list").stdout
    lines = out.splitlines()
    for cid in IDS:
        assert any(re.search(rf"(^|[\s│]){re.escape(cid)}($|[\s│])", line) for line in lines), (
            cid,
            out,
        )
    # no fragment of an id on a line of its own (folded)
    assert not any(line.strip(" │") in ("z" * 10, "y" * 10) for line in lines)
    if int(columns) >= 200:  # room for the table: a table, not cards
        assert lines[0].startswith("┏"), out


@pytest.mark.slow
def test_list_ids_whole_through_a_real_pipe_and_a_real_terminal(long_ids, empty_db) -> None:
    """`claimtrack list | ...` (a pipe, 100 columns) and a terminal of 50 columns (a pty) each
    print every id whole on one line (the terminal's own wrapping aside)."""
    import fcntl
    import os
    import pty
    import struct
    import subprocess
    import sys
    import termios

    cmd = [sys.executable, "-m", "claimtrack", "--db", str(empty_db), "list"]
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    piped = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True).stdout
    main, sub = pty.openpty()
    fcntl.ioctl(sub, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 50, 0, 0))
    proc = subprocess.Popen(cmd, stdout=sub, stderr=sub, env=env | {"NO_COLOR": "1"})
    os.close(sub)
    chunks = []
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # the terminal closed: the command ended
            break
        if not chunk:
            break
        chunks.append(chunk)
    assert proc.wait() == 0
    os.close(main)
    terminal = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", b"".join(chunks).decode()).replace("\r", "")
    for out in (piped, terminal):
        for cid in IDS:
            assert re.search(rf"(^|\s){re.escape(cid)}($|\s)", out, re.M), (cid, out)


def test_a_relay_that_changes_what_it_relays_is_no_echo_in_the_sheet(ct) -> None:
    """The sheet's `relays` column names the claim relayed; the row now says, as the report's
    card does, whether the engine counts it as an echo or, changing what it relays, as a claim
    of its own (before, the sheet said nothing and its documentation said "an echo")."""
    r = ct("import", str(ROOT / "tests" / "fixtures" / "evidence5.jsonl"))
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader(io.StringIO(ct("conflicts", "quay-collapse", "--csv", "-").stdout)))
    markdown = " ".join(ct("report", "quay-collapse", "--format", "md").stdout.split())
    own = "not an echo: it changes what it relays"
    relays = {row["claim_id"]: row for row in rows if row["relays"]}
    assert set(relays) == {"quay-coast-radio", "quay-evening-post"}
    for cid, row in relays.items():
        line = row["caveats"].splitlines()[-1]
        assert line.startswith(f"relaying {row['relays']}: {own}"), line
        assert f"({line})" in markdown, cid  # the card's words
    assert not any(own in row["caveats"] for row in rows if not row["relays"])
    # the workbook's disputes sheet is the CSV's rows, cell for cell (test_one_finding)


def test_claims_with_no_outlet_are_not_counted_as_a_source(ct, tmp_path) -> None:
    """Two claims that name no outlet are not "1 source": the report's counts say how many
    outlets are named and how many claims name none (before, the "(no outlet)" row of its
    table of sources was counted as one source)."""
    from html.parser import HTMLParser

    records = [json.loads(line) for line in CONVOY.read_text().splitlines()]
    named = records[0] | {"id": "p2", "outlet": "Daily A", "quote": "50 trucks, said police"}
    r = ct("import", str(write_jsonl(tmp_path / "c.jsonl", [*records, named])))
    assert r.exit_code == 0, r.output
    markdown = ct("report", "convoy", "--format", "md").stdout
    assert "| 3 | 2 | 1 (+2 claims with no outlet) |" in markdown, markdown[:400]

    class Counts(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.text, self.inside = "", False

        def handle_starttag(self, tag: str, attrs: list) -> None:
            self.inside = self.inside or (tag == "dl" and ("class", "counts") in attrs)

        def handle_endtag(self, tag: str) -> None:
            self.inside = self.inside and tag != "dl"

        def handle_data(self, data: str) -> None:
            self.text += data if self.inside else ""

    page = Counts()
    page.feed(ct("report", "convoy").stdout)
    assert "sources1 (+2 claims with no outlet)" in page.text, page.text


@pytest.mark.parametrize("columns", ["40", "100"])
def test_list_marks_a_publication_date(ct, tmp_path, monkeypatch, columns: str) -> None:
    """`list` shows a claim's date as `conflicts` and the report do: a claim with only a
    publication date says "reported" (before, "2017-11" read as the day it was said)."""
    from conftest import figure

    records = [
        figure(id="said", said_on="2017-10-14", reported_on="2017-11-02"),
        figure(id="pub", value="a few dozen", reported_on="2017-11", outlet="Mother Jones"),
    ]
    assert ct("import", str(write_jsonl(tmp_path / "d.jsonl", records))).exit_code == 0
    monkeypatch.setenv("COLUMNS", columns)
    out = ct("list").stdout
    lines = out.splitlines()
    said = next(i for i, line in enumerate(lines) if re.search(r"\bsaid\b", line))
    pub = next(i for i, line in enumerate(lines) if re.search(r"\bpub\b", line))
    first, second = sorted((said, pub))
    blocks = {first: "\n".join(lines[first:second]), second: "\n".join(lines[second:])}
    assert "2017-10-14" in blocks[said] and "reported" not in blocks[said], out
    # "reported" under the date, in its column (a table) or on its card
    at = next((n, line.index("2017-11")) for n, line in enumerate(lines) if "2017-11" in line)
    assert lines[at[0] + 1][at[1] :].startswith("reported"), out
    assert "2017-11-02" not in out  # the day said, not the day reported


@pytest.mark.parametrize(
    ("ids", "columns", "hinted"),
    [
        (["rc-coalition-civilian-lives-saved-3500-in-raqqa", "f1"], "100", True),
        (["rc-coalition-civilian-lives-saved-3500-in-raqqa", "f1"], "80", True),
        (["z" * 128], "100", True),
        (["rc-sdf-fighters", "f1"], "40", False),  # short ids: the terminal is the reason
        (["rc-coalition-civilian-lives-saved-3500-in-raqqa"], "200", False),  # a table
    ],
)
def test_a_width_hint_brings_the_table_back(ct, tmp_path, monkeypatch, ids, columns, hinted):
    """Cards made by long ids say on stderr from which width the listing is a table of
    readable columns; at that width it is one."""
    from conftest import figure

    records = [figure(id=cid, value=f"{n + 10}") for n, cid in enumerate(ids)]
    assert ct("import", str(write_jsonl(tmp_path / "ids.jsonl", records))).exit_code == 0
    monkeypatch.setenv("COLUMNS", columns)
    result = ct("list")
    found = re.findall(r"^hint: ids of up to (\d+) characters .* from (\d+) columns it is one",
                       result.stderr, re.M)  # fmt: skip
    assert bool(found) == hinted, result.stderr
    if not hinted:
        return
    ((longest, width),) = found
    assert int(longest) == max(map(len, ids)) and int(width) > int(columns)
    monkeypatch.setenv("COLUMNS", width)
    table = ct("list")
    assert table.stdout.startswith("┏") and "hint:" not in table.stderr, table.output
