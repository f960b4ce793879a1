"""Every output read as a stranger reads it (outputs18). Two findings of the hunt:

- a claim its outlet withdrew (``add --corrects``, ``retract --withdrawn``) was said
  "retracted" beside it in both reports and in ``show``: a stranger reads that the claimant took
  its figure back, where the claimant never changed a word and the outlet corrected its own
  copy. Now ``ClaimView.state`` says "withdrawn by its outlet" (both reports, and a relay's
  note), and ``show`` gives the withdrawal's reason on a row of its own;
- a sheet cell with a currency's sign ("$18,000+", "$5-", "($5)", "$1.500") was written bare,
  and LibreOffice read it as a number in dollars (18000: the "at least" lost); now it is guarded
  as the same text without its sign is (``sheetcells.misread``).

Invented short quotes (the docs' protest story, docs/conflicts.md rule 5). Each output is read
in its client: the terminal's text, html.parser, the csv module."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from pathlib import Path

import pytest

from claimtrack.sheetcells import unguard

from reportcheck import Page

STORY = (
    ["add", "protest", "--id", "tv-300", "--claimant", "Police", "--quote",
     "about 300 people marched, police said", "--figure", "about 300", "--measure", "marchers",
     "--as-of", "2025-05-01", "--outlet", "TV One", "--reported-on", "2025-05-01", "--new"],
    ["add", "protest", "--id", "dx-3000", "--claimant", "Police", "--quote",
     "Police said 3,000 people marched", "--figure", "3,000", "--measure", "marchers",
     "--as-of", "2025-05-01", "--outlet", "Daily X", "--reported-on", "2025-05-01"],
    ["add", "protest", "--id", "radio-3000", "--claimant", "City Radio", "--quote",
     "3,000 marched, the Daily X reported", "--figure", "3,000", "--measure", "marchers",
     "--as-of", "2025-05-01", "--outlet", "City Radio", "--reported-on", "2025-05-01",
     "--relays", "dx-3000", "--new"],
    ["add", "protest", "--id", "dx-300", "--claimant", "Police", "--quote",
     "Police said 300 people marched", "--figure", "300", "--measure", "marchers", "--as-of",
     "2025-05-01", "--outlet", "Daily X", "--reported-on", "2025-05-02", "--corrects", "dx-3000"],
    ["retract", "radio-3000", "--withdrawn", "--reason",
     "City Radio corrected it to 300 on 2025-05-02"],
)  # fmt: skip


def _corrected(ct) -> None:
    for args in STORY:
        result = ct(*args)
        assert result.exit_code == 0, result.output


def test_the_markdown_report_says_withdrawn_by_its_outlet(ct) -> None:
    _corrected(ct)
    md = ct("report", "protest", "--format", "md").stdout
    lines = [x.strip() for x in md.splitlines() if "`dx-3000`" in x or "`radio-3000`" in x]
    assert lines == [
        "Daily X, reported 2025-05-01 · `dx-3000` · **withdrawn by its outlet**",
        "City Radio, reported 2025-05-01 · `radio-3000` · **withdrawn by its outlet**",
    ]
    assert (
        "- **City Radio**: marchers “3,000” ≈ 2,850–3,150 as of 2025-05-01 (relaying dx-3000: "
        "withdrawn by its outlet: not compared)" in md
    )
    assert "**retracted**" not in md


def test_the_html_report_says_withdrawn_by_its_outlet(ct) -> None:
    _corrected(ct)
    text = " ".join("".join(Page(ct("report", "protest", "-o", "-").stdout).text_parts).split())
    assert "Daily X · reported 2025-05-01 · dx-3000 · withdrawn by its outlet" in text
    assert "City Radio · reported 2025-05-01 · radio-3000 · withdrawn by its outlet" in text
    assert " · retracted" not in text


def test_show_gives_the_withdrawal_beside_the_status(ct) -> None:
    _corrected(ct)
    rows = [" ".join(x.split()) for x in ct("show", "dx-3000").stdout.splitlines()]
    at = rows.index("status retracted")
    assert rows[at + 1] == "withdrawn corrected by its outlet (Daily X): dx-300 gives 300"
    rows = [" ".join(x.split()) for x in ct("show", "radio-3000").stdout.splitlines()]
    assert "withdrawn City Radio corrected it to 300 on 2025-05-02" in rows
    # a claim its claimant retracted says nothing of an outlet
    assert ct("retract", "tv-300").exit_code == 0
    assert "withdrawn" not in ct("show", "tv-300").stdout


def test_a_claim_retracted_by_its_claimant_is_still_said_retracted(ct) -> None:
    _corrected(ct)
    assert ct("retract", "tv-300").exit_code == 0
    md = ct("report", "protest", "--format", "md").stdout
    assert "TV One, reported 2025-05-01 · `tv-300` · **retracted**" in md


def test_currency_cells_read_by_the_csv_module_and_a_sheet(ct) -> None:
    """Cells of the export as a fact-checker reads them: the csv module gives each text with
    at most the guard apostrophe ``import`` takes off; a guarded cell is one a spreadsheet would
    misread (a formula, a number it does not say); nothing else changed."""
    texts = {
        "$18,000+": "'$18,000+",
        "($5)": "'($5)",
        "$1.500": "'$1.500",
        "$5": "$5",
        "£350m": "£350m",
        '=HYPERLINK("http://x")': '\'=HYPERLINK("http://x")',
        "Øystein Ærø, Zoë": "Øystein Ærø, Zoë",
        "€4 million\nsaid @ noon": "€4 million\nsaid @ noon",
    }
    for i, text in enumerate(texts):
        result = ct(
            "add", "cells", "--id", f"c{i}", "--claimant", "Bureau", "--quote", "12 ships left",
            "--figure", "12", "--measure", "ships", "--note", text, "--outlet", text.split("\n")[0],
            "--new",
        )  # fmt: skip
        assert result.exit_code == 0, result.output
    result = ct("export", "cells", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout.removeprefix("\ufeff"))))
    assert {r["note"]: r["outlet"] for r in rows} == {v: v.split("\n")[0] for v in texts.values()}
    assert sorted(unguard(r["note"]) for r in rows) == sorted(texts)


def test_list_and_search_say_each_claim_not_active_in_words(ct) -> None:
    """A retracted row's strike-through is lost in a pipe and with NO_COLOR: the row says
    its state after what it asserts, as search does after its head."""
    _corrected(ct)
    assert ct("retract", "tv-300").exit_code == 0
    rows: dict[str, str] = {}
    for x in ct("list", "protest", "--include-retracted").stdout.splitlines():
        cells = [c.strip() for c in x.split("│")]
        if len(cells) != 7:
            continue
        if cells[1]:  # a row's first line, else the cells it wraps onto
            last = cells[1]
        rows[last] = " ".join(filter(None, (rows.get(last), cells[4])))
    assert rows == {
        "dx-3000": "marchers = 3,000 (withdrawn by its outlet)",
        "radio-3000": "marchers = 3,000 (withdrawn by its outlet)",
        "tv-300": "marchers = 270–330 (retracted)",
        "dx-300": "marchers = 300",
    }
    heads = [
        x
        for x in ct("search", "marched", "--include-retracted").stdout.splitlines()
        if x.split(" ")[0] in rows
    ]
    assert sorted(heads) == [
        "dx-300  protest · Police · Daily X",
        "dx-3000  protest · Police · Daily X · withdrawn by its outlet",
        "radio-3000  protest · City Radio · City Radio · withdrawn by its outlet",
        "tv-300  protest · Police · TV One · retracted",
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("locale", "texts"),
    [
        (2057, ("£1.6180", "£18,000+", "($5)")),  # English (UK): 1.618 and 18 before the guard
        (1031, ("€18.000+", "1.500 €")),  # German: 18000 and 1.5
    ],
)
def test_currency_cells_in_libreoffice_locales(ct, tmp_path: Path, locale: int, texts) -> None:
    """The export opened in LibreOffice in another locale, its special numbers detected: each
    currency text is the cell written, guard and all, never a number."""
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    openpyxl = pytest.importorskip("openpyxl")
    for i, text in enumerate(texts):
        result = ct(
            "add", "cells", "--id", f"c{i}", "--claimant", "Bureau", "--quote", "12 ships left",
            "--figure", "12", "--measure", "ships", "--note", text, "--new",
        )  # fmt: skip
        assert result.exit_code == 0, result.output
    path = tmp_path / "claims.csv"
    assert ct("export", "--format", "csv", "-o", str(path)).exit_code == 0
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            f"--infilter=CSV:44,34,76,1,,{locale},false,true,false,false,false,-1,true",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(tmp_path / "lo"),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    note = rows[0].index("note")
    sheet = openpyxl.load_workbook(tmp_path / "lo" / "claims.xlsx").active
    shown = {
        row[note]: sheet.cell(row=r, column=note + 1).value for r, row in enumerate(rows[1:], 2)
    }
    assert shown == {"'" + text: "'" + text for text in texts}
