"""Text cells a spreadsheet would not show as written get a guard apostrophe in a CSV, and
`import` takes exactly that apostrophe off (src/claimtrack/sheetcells.py, docs/exports.md
"Cells read as numbers"). The LibreOffice check opens real sheets (slow: it starts soffice)."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.sheetcells import guard, misread, unguard

from conftest import figure, stance

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        # read as another number: the sign, the brackets, the zeros, the digits are lost
        ("18,000+", "'18,000+"),
        ("450+", "'450+"),
        ("1,000,001+", "'1,000,001+"),
        ("18,000 +", "'18,000 +"),
        ("5-", "'5-"),
        ("(5)", "'(5)"),
        ("007", "'007"),
        ("1e5", "'1e5"),
        ("1234567890123456", "'1234567890123456"),
        ("1,234,567,890,123,456", "'1,234,567,890,123,456"),
        # read as a date nobody said
        ("1/2", "'1/2"),
        ("3/4/2017", "'3/4/2017"),
        ("3-4", "'3-4"),
        ("2017-11", "'2017-11"),
        # read by LibreOffice as a date, a time or another number (test below)
        ("May 2024", "'May 2024"),
        ("Sept. 2024", "'Sept. 2024"),
        ("Oct 14", "'Oct 14"),
        ("May 5, 2024", "'May 5, 2024"),
        ("Jan-17", "'Jan-17"),
        ("14 Oct", "'14 Oct"),
        ("3rd May", "'3rd May"),
        ("3:1", "'3:1"),
        ("12:30", "'12:30"),
        ("1:2:3", "'1:2:3"),
        ("10pm", "'10pm"),
        ("1 1/2", "'1 1/2"),
        ("1.500", "'1.500"),
        ("3.0", "'3.0"),
        ("1,000.00", "'1,000.00"),
        ("10.0%", "'10.0%"),
        ("5.", "'5."),
        ("1234567890.123456789", "'1234567890.123456789"),
        # a currency's sign kept on the text, read by LibreOffice as a number in dollars
        # (outputs18): the "at least", the sign, the zeros lost, as without it
        ("$18,000+", "'$18,000+"),
        ("$5-", "'$5-"),
        ("($5)", "'($5)"),
        ("$1.500", "'$1.500"),
        ("$ 1.500", "'$ 1.500"),
        ("€1.500", "'€1.500"),
        ("$1,234,567,890,123,456", "'$1,234,567,890,123,456"),
        # formulas and apostrophes, as before
        ("=1+1", "'=1+1"),
        ("-5", "'-5"),
        ("'tis", "''tis"),
        # read as what they say: left alone
        ("3,600", "3,600"),
        ("95%", "95%"),
        ("2017-10-14", "2017-10-14"),
        ("2024-04-19T15:00", "2024-04-19T15:00"),
        ("2017", "2017"),
        ("0", "0"),
        ("0.5", "0.5"),
        ("24–60", "24–60"),
        ("≈ 3,450–3,550", "≈ 3,450–3,550"),
        ("123456789012345", "123456789012345"),
        ("at least 18,000", "at least 18,000"),
        ("18,000+ people", "18,000+ people"),
        ("a few dozen", "a few dozen"),
        ("1.5", "1.5"),
        ("12.5%", "12.5%"),
        ("May", "May"),
        ("Mayor", "Mayor"),
        ("Dec 7 Group", "Dec 7 Group"),
        ("5 May 2024 march", "5 May 2024 march"),
        ("3:1 odds", "3:1 odds"),
        ("1.23456789012345", "1.23456789012345"),
        ("$5", "$5"),  # 5 dollars, as it says
        ("18,000 $", "18,000 $"),
        ("£350m", "£350m"),
        ("$84.1 billion", "$84.1 billion"),
        ("$104 bn+", "$104 bn+"),
        ("US$5", "US$5"),
    ],
)
def test_guard(text: str, cell: str) -> None:
    assert guard(text) == cell
    assert misread(text) == (cell != text)
    assert unguard(cell) == text


@given(st.text())
def test_unguard_gives_back_every_text(text: str) -> None:
    assert unguard(guard(text)) == text


def _sheet(ct, tmp_path: Path) -> list[dict[str, str]]:
    path = tmp_path / "sheet.csv"
    result = ct("conflicts", "raqqa-convoy", "--csv", str(path))
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def _load(ct, *records: dict) -> None:
    result = ct("import", "-", input="".join(json.dumps(r) + "\n" for r in records))
    assert result.exit_code == 0, result.output


def test_an_open_ended_range_is_not_a_number_in_the_sheet(ct, tmp_path: Path) -> None:
    _load(
        ct,
        figure(id="a", value="more than 20,000", quote="the toll is more than 20,000"),
        figure(id="b", value="3,958", quote="deaths stand at 3,958"),
    )
    rows = {r["claim_id"]: r for r in _sheet(ct, tmp_path)}
    assert [rows["a"][c] for c in ("range", "reading", "low", "high")] == [
        "'20,001+",
        "'20,001+",
        "20001",
        "",
    ]
    assert [rows["b"][c] for c in ("range", "reading", "low", "high")] == [
        "3,958",
        "3,958",
        "3958",
        "3958",
    ]


def test_a_guarded_export_imports_back_unchanged(ct, tmp_path: Path) -> None:
    _load(
        ct,
        stance(id="a", note="1/2", speaker="(5)", reported_on="2017-11"),
        figure(id="b", value="18,000+", quote="18,000+ fighters left", outlet="007"),
    )
    path = tmp_path / "claims.csv"
    assert ct("export", "--format", "csv", "-o", str(path)).exit_code == 0
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(path.read_text("utf-8-sig")))}
    assert [rows["a"][c] for c in ("note", "speaker", "reported_on")] == [
        "'1/2",
        "'(5)",
        "'2017-11",
    ]
    assert [rows["b"][c] for c in ("value", "outlet", "low")] == ["'18,000+", "'007", "18000"]
    before = ct("export").stdout
    other = tmp_path / "other.db"
    assert ct("init", "--empty", db=other).exit_code == 0
    result = ct("import", str(path), db=other)
    assert result.exit_code == 0, result.output
    assert ct("export", db=other).stdout == before


def test_a_cell_too_long_for_a_spreadsheet_is_written_whole_and_named(ct, tmp_path: Path) -> None:
    """Excel holds 32,767 characters in a cell and LibreOffice cuts a CSV cell at 65,535, both
    without a mark: the CSV keeps the quote whole (it is data) and the command says which
    claim's cell a spreadsheet will not show whole, once per cell, with the way to a workbook
    that marks the cut."""
    long_quote = "250 fighters left." + " And so on." * 3_000  # 33,018 characters
    _load(
        ct,
        figure(id="long", value="250", quote=long_quote),
        figure(id="short", value="900", quote="900 fighters left", claimant="BBC"),
    )
    for args, fix in (
        (["export", "--format", "csv", "-o"], "--format xlsx -o FILE.xlsx"),
        (["conflicts", "raqqa-convoy", "--csv"], "--xlsx FILE.xlsx"),
    ):
        path = tmp_path / "out.csv"
        result = ct(*args, str(path))
        assert result.exit_code == 0, result.output
        warnings = [x for x in result.stderr.splitlines() if x.startswith("warning:")]
        assert warnings == [
            "warning: long: its quote (33,018 characters) is longer than an Excel cell holds "
            "(32,767; LibreOffice cuts a CSV cell at 65,535, without a mark): the CSV holds it "
            f"whole, a spreadsheet will not show it so; {fix} writes a workbook that marks "
            "the cut"
        ], args
        rows = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig")))
        assert long_quote in [r["quote"] for r in rows]


@pytest.mark.slow
def test_libreoffice_reads_every_sheet_cell_as_written(tmp_path: Path) -> None:
    """Every fixture's fact-check sheet and export, opened in LibreOffice (formulas evaluated,
    special numbers detected): no text cell becomes a number, date or formula that it does not
    say; a full date may become a date and a plain number a number."""
    import re

    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    openpyxl = pytest.importorskip("openpyxl")
    from typer.testing import CliRunner

    from claimtrack.cli import app

    runner = CliRunner()
    sheets = []
    for fixture in ("derna", "equifax-breach-2017", "time", "wire", "reviewed", "hostile"):
        db = tmp_path / f"{fixture}.db"
        source = ROOT / "tests" / "fixtures" / f"{fixture}.jsonl"
        for args in (["init", "--empty"], ["import", str(source)]):
            result = runner.invoke(app, ["--db", str(db), *args])
            assert result.exit_code == 0, result.output
        for name, args in (
            ("sheet", ["conflicts", "--all", "--csv"]),
            ("export", ["export", "--format", "csv", "-o"]),
        ):
            out = tmp_path / f"{fixture}.{name}.csv"
            runner.invoke(app, ["--db", str(db), *args, str(out)])
            sheets.append(out)
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--infilter=CSV:44,34,76,1,,1033,false,true,false,false,false,-1,true",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(tmp_path / "lo"),
            *map(str, sheets),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    wrong = []
    for path in sheets:
        rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
        sheet = openpyxl.load_workbook(tmp_path / "lo" / (path.stem + ".xlsx")).active
        for r, row in enumerate(rows, 1):
            for c, text in enumerate(row, 1):
                got = sheet.cell(row=r, column=c).value
                if text == "" or got == text:
                    continue
                if isinstance(got, bool):
                    ok = text.lower() == str(got).lower()  # a verdict True/False
                elif isinstance(got, int | float):
                    plain = re.fullmatch(r"-?[\d,]+(\.\d+)?%?", text)
                    number = float(text.rstrip("%").replace(",", "")) if plain else None
                    ok = number is not None and (
                        abs(number / 100 - got) < 1e-12 if text.endswith("%") else number == got
                    )
                elif hasattr(got, "isoformat"):
                    ok = got.isoformat().startswith(text[:10]) and bool(
                        re.fullmatch(r"\d{4}-\d\d-\d\d(T\d\d:\d\d)?", text)
                    )
                else:  # a control character shown as _x001b_ by the xlsx writer
                    ok = "\x1b" in text
                if not ok:
                    wrong.append((path.name, rows[0][c - 1], text, got))
    assert wrong == []


# Texts LibreOffice 7.4 read as something they do not say before they were guarded: a month by
# its name as a date (with a day, or a year, nobody said), a ratio or a time as a time of day,
# a whole number and a fraction as a decimal, a decimal without its last zeros.
MISREAD_BY_LIBREOFFICE = (
    "May 2024", "Oct 14", "May 5, 2024", "Sept 2024", "Jan-17", "march 3", "Oct. 13, 2017",
    "3:1", "12:30", "1:2:3", "100:1", "10pm", "1 1/2", "1.500", "3.0", "0.50", "1,000.00",
    "10.0%", "5.", "1234567890.123456789",
    # outputs18: read as 18000, -5, -5 and 1.5 dollars before their guard
    "$18,000+", "$5-", "($5)", "$1.500",
)  # fmt: skip


@pytest.mark.slow
def test_libreoffice_reads_dates_times_and_decimals_as_written(ct, tmp_path: Path) -> None:
    """A CSV of claims whose notes, speakers and outlets are such texts, opened in LibreOffice
    with its special numbers detected: every one of those cells is the text written, guard
    and all (Calc shows a CSV cell's apostrophe), never a date, a time or a number."""
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    openpyxl = pytest.importorskip("openpyxl")
    texts = MISREAD_BY_LIBREOFFICE
    _load(
        ct,
        *(stance(id=f"n{i}", note=text, speaker=text, outlet=text) for i, text in enumerate(texts)),
    )
    path = tmp_path / "claims.csv"
    assert ct("export", "--format", "csv", "-o", str(path)).exit_code == 0
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--infilter=CSV:44,34,76,1,,1033,false,true,false,false,false,-1,true",
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
    sheet = openpyxl.load_workbook(tmp_path / "lo" / "claims.xlsx").active
    columns = [rows[0].index(c) for c in ("speaker", "outlet", "note")]
    shown = {}
    for r, row in enumerate(rows[1:], 2):
        for c in columns:
            shown[row[c]] = sheet.cell(row=r, column=c + 1).value
    assert sorted(shown) == sorted("'" + text for text in texts)  # each one guarded
    assert {cell: got for cell, got in shown.items() if got != cell} == {}
