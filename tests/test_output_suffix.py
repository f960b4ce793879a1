"""An output file's suffix says what it holds (papercuts5): ``export`` and ``report`` read their
format from ``-o FILE``'s suffix when --format is not given, refuse a suffix of a format they
do not write (JSON lines named ``.xlsx`` or an HTML page named ``.pdf`` open nowhere) and one
that names another format than --format; other suffixes keep the default."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from claimtrack.cli.core import output_format


@pytest.mark.parametrize(
    ("name", "given", "expected"),
    [
        ("raqqa.csv", None, "csv"),
        ("raqqa.CSV", None, "csv"),
        ("raqqa.xlsx", None, "xlsx"),
        ("raqqa.json", None, "json"),
        ("raqqa.jsonl", None, "jsonl"),
        ("raqqa.ndjson", None, "jsonl"),
        ("raqqa.bak", None, "jsonl"),
        ("raqqa", None, "jsonl"),
        ("raqqa.txt", None, "jsonl"),
        ("-", None, "jsonl"),
        (None, None, "jsonl"),
        ("raqqa.json", "claimreview", "claimreview"),
        ("raqqa.csv", "csv", "csv"),
        ("raqqa.pdf", "csv", "csv"),  # asked for: written under that name
        ("raqqa.bak", "xlsx", "xlsx"),
        ("-", "csv", "csv"),
    ],
)
def test_the_format_an_output_file_is_written_in(name, given, expected) -> None:
    from claimtrack.cli.transfer import EXPORT_SUFFIXES

    output = None if name is None else Path(name)
    assert output_format(output, given, EXPORT_SUFFIXES, "jsonl") == expected


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["export", "-o", "{dir}/raqqa.xls"],
            "error: -o {dir}/raqqa.xls: cannot write a .xls file; the formats are jsonl, json, "
            "csv, claimreview or xlsx\n"
            "hint: name the file {dir}/raqqa.jsonl, {dir}/raqqa.json, {dir}/raqqa.csv or "
            "{dir}/raqqa.xlsx, or give --format to write one of them under this name\n",
        ),
        (
            ["export", "--format", "csv", "-o", "{dir}/raqqa.xlsx"],
            "error: -o {dir}/raqqa.xlsx: its suffix says xlsx, but --format is csv\n"
            "hint: name it {dir}/raqqa.csv, or leave --format out\n",
        ),
        (
            ["export", "--format", "jsonl", "-o", "{dir}/raqqa.json"],
            "error: -o {dir}/raqqa.json: its suffix says json, but --format is jsonl\n"
            "hint: name it {dir}/raqqa.jsonl, or leave --format out\n",
        ),
        (
            ["report", "raqqa-convoy", "-o", "{dir}/raqqa.pdf"],
            "error: -o {dir}/raqqa.pdf: cannot write a .pdf file; the formats are html or md\n"
            "hint: name the file {dir}/raqqa.html or {dir}/raqqa.md, or give --format to write "
            "one of them under this name\n",
        ),
        (
            ["report", "raqqa-convoy", "--format", "html", "-o", "{dir}/raqqa.md"],
            "error: -o {dir}/raqqa.md: its suffix says md, but --format is html\n"
            "hint: name it {dir}/raqqa.html, or leave --format out\n",
        ),
    ],
)
def test_a_suffix_that_says_another_format_is_refused_and_nothing_written(
    ct, sample_db: Path, tmp_path: Path, args: list[str], expected: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    result = ct(*[a.format(dir=out) for a in args], db=sample_db)
    assert result.exit_code == 2, result.output
    assert result.stderr == expected.format(dir=out)
    assert result.stdout == ""
    assert list(out.iterdir()) == []


def test_export_writes_the_format_its_file_is_named_for(ct, sample_db: Path, tmp_path: Path):
    for name in ("raqqa.csv", "raqqa.xlsx", "raqqa.json", "raqqa.jsonl"):
        result = ct("export", "raqqa-convoy", "-o", str(tmp_path / name), db=sample_db)
        assert result.exit_code == 0, result.output
        assert result.stderr == f"Wrote {tmp_path / name}\n"
    for name in ("raqqa.csv",):
        flagged = tmp_path / f"flagged-{name}"
        ok = ct("export", "raqqa-convoy", "--format", "csv", "-o", str(flagged), db=sample_db)
        assert ok.exit_code == 0, ok.output
        assert (tmp_path / name).read_bytes() == flagged.read_bytes()
    assert zipfile.is_zipfile(tmp_path / "raqqa.xlsx")
    array = json.loads((tmp_path / "raqqa.json").read_text(encoding="utf-8"))
    lines = (tmp_path / "raqqa.jsonl").read_text(encoding="utf-8").splitlines()
    claims = [json.loads(line) for line in lines if '"record"' not in line]
    assert array == claims  # the JSON array holds the claims the JSONL holds


def test_a_template_needs_no_format_and_a_report_reads_md(ct, sample_db: Path, tmp_path: Path):
    sheet = tmp_path / "sheet.csv"
    assert ct("export", "--template", "-o", str(sheet)).exit_code == 0
    flagged = ct("export", "--template", "--format", "csv").stdout
    assert sheet.read_text(encoding="utf-8-sig") == flagged.removeprefix("\ufeff")
    assert ct("export", "--template").stdout == flagged
    page = tmp_path / "raqqa.markdown"
    assert ct("report", "raqqa-convoy", "-o", str(page), db=sample_db).exit_code == 0
    assert page.read_text(encoding="utf-8").startswith("# raqqa-convoy")
