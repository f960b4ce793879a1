"""Month-dated figures in the workbook (papercuts5): a figure ``--as-of 2024-11`` (and a claim
said in a month, reported in a year) is read by a spreadsheet as the text written, "2024-11",
never as a date of a day nobody said (1 November 2024) or a number (2024). openpyxl reads the
workbook back; LibreOffice (headless, slow) opens it, writes its sheets as CSV and saves it
again as a workbook of its own."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import figure

# A dispute between two figures of November 2024, and a figure of a day inside it
MONTHS = [
    figure(
        id="m-ministry",
        subject="floods",
        claimant="Ministry",
        quote="some 1,200 people were displaced",
        measure="people-displaced",
        value="some 1,200 people",
        as_of="2024-11",
        said_on="2024-12-02",
        reported_on="2024-12",
    ),
    figure(
        id="m-governor",
        subject="floods",
        claimant="Governor",
        quote="5,000 people were displaced",
        measure="people-displaced",
        value="5,000 people",
        as_of="2024-11",
        said_on="2024-11",
        reported_on="2024",
    ),
    figure(
        id="m-red-cross",
        subject="floods",
        claimant="Red Cross",
        quote="3,000 people were displaced",
        measure="people-displaced",
        value="3,000 people",
        as_of="2024-11-30",
        said_on="2024-12-01",
        reported_on="2024-12-01",
    ),
]
DATES = ("as_of", "said_on", "reported_on")


def _book(ct, tmp_path: Path, how: str) -> Path:
    body = "".join(json.dumps(r) + "\n" for r in MONTHS)
    assert ct("import", "-", input=body).exit_code == 0
    book = tmp_path / "floods.xlsx"
    args = ["export", "floods", "-o", str(book)]
    if how == "conflicts":
        args = ["conflicts", "floods", "--xlsx", str(book)]
    result = ct(*args)
    assert result.exit_code == 0, result.output
    return book


def _sheets(path: Path) -> dict[str, list[dict]]:
    import openpyxl

    book = openpyxl.load_workbook(path)
    out = {}
    for ws in book:
        header = [c.value for c in ws[1]]
        out[ws.title] = [dict(zip(header, row, strict=True)) for row in ws.iter_rows(min_row=2)]
    return out


def _expected(sheet: str) -> dict[str, dict[str, str]]:
    """Each claim's dates as written, by claim id (the disputes sheet holds the two figures
    of November and carries as_of, said_on and reported_on)."""
    ids = {"m-ministry", "m-governor"} if sheet == "disputes" else {r["id"] for r in MONTHS}
    return {r["id"]: {k: r[k] for k in DATES} for r in MONTHS if r["id"] in ids}


@pytest.mark.parametrize("how", ["export", "conflicts"])
def test_openpyxl_reads_month_dates_as_the_text_written(ct, tmp_path: Path, how: str) -> None:
    sheets = _sheets(_book(ct, tmp_path, how))
    for sheet, key in (("claims", "id"), ("disputes", "claim_id")):
        seen = {}
        for row in sheets[sheet]:
            cid = row[key].value
            seen[cid] = {k: row[k].value for k in DATES}
            for k in DATES:
                cell = row[k]
                assert cell.data_type == "s" and not cell.is_date, (sheet, cid, k)
                assert cell.number_format == "@", (sheet, cid, k)  # a text cell, typed into too
        assert seen == _expected(sheet), sheet


@pytest.mark.slow
@pytest.mark.parametrize("how", ["export", "conflicts"])
def test_libreoffice_reads_month_dates_as_the_text_written(ct, tmp_path: Path, how: str) -> None:
    if shutil.which("soffice") is None:
        pytest.skip("no LibreOffice (apt-get install libreoffice-calc-nogui)")
    book = _book(ct, tmp_path, how)

    def soffice(*args: str) -> None:
        done = subprocess.run(
            ["soffice", "--headless", "--norestore", *args],
            capture_output=True,
            text=True,
            timeout=180,
            env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
        )
        assert done.returncode == 0, done.stdout + done.stderr

    # the sheets as LibreOffice shows them ("as shown": a date would be shown in its format)
    shown_dir = tmp_path / "csv"
    soffice(
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
        "--outdir", str(shown_dir), str(book),
    )  # fmt: skip
    for sheet, key in (("claims", "id"), ("disputes", "claim_id")):
        with open(shown_dir / f"floods-{sheet}.csv", encoding="utf-8", newline="") as fh:
            shown = {r[key]: {k: r[k] for k in DATES} for r in csv.DictReader(fh)}
        assert shown == _expected(sheet), sheet

    # saved again by LibreOffice: each date is still a text cell holding what was written
    again = tmp_path / "again"
    soffice("--convert-to", "xlsx", "--outdir", str(again), str(book))
    sheets = _sheets(again / "floods.xlsx")
    for sheet, key in (("claims", "id"), ("disputes", "claim_id")):
        resaved = {}
        for row in sheets[sheet]:
            for k in DATES:
                assert row[k].data_type == "s" and not row[k].is_date, (sheet, k)
            resaved[row[key].value] = {k: row[k].value for k in DATES}
        assert resaved == _expected(sheet), sheet
