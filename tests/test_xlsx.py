"""Workbooks (issue 27): ``export --format xlsx`` and ``conflicts --xlsx``, read back by
openpyxl. Every cell of user text is a text cell (no formula, ISO dates as text, leading zeros
kept), the header is frozen, each kind has its sheet, and a cell over Excel's limit is cut
with a marker and a warning naming the claim."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.xlsx import CELL_LIMIT, Sheet, fit, workbook_bytes

from conftest import examples, figure, stance

HOSTILE = [
    '=HYPERLINK("http://evil.example","click")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A2)",
    "2017-11",
    "1/2",
    "0012",
    "'tis the season",
    "3.50",
    "1e5",
    "TRUE",
    "_x0041_ stays as typed",
]


def ok(result) -> str:
    assert result.exit_code == 0, result.output
    return result.stdout


def load(ct, *records: dict) -> None:
    ok(ct("import", "-", input="".join(json.dumps(r) + "\n" for r in records)))


def open_book(path: Path):
    import openpyxl

    return openpyxl.load_workbook(path)


def rows(ws) -> list[dict]:
    header = [c.value for c in ws[1]]
    return [
        dict(zip(header, row, strict=True)) for row in ws.iter_rows(min_row=2, values_only=True)
    ]


@pytest.fixture
def stored(ct) -> None:
    records = [
        figure(id=f"h{i}", quote=text, note=text, speaker=text, value=str(250 + i),
               said_on="2017-11", reported_on="2017-11-14")
        for i, text in enumerate(HOSTILE)
    ]  # fmt: skip
    records.append(figure(id="z", value="0012", quote="0012 fighters", outlet="0012"))
    records.append(stance(id="s1", stance="affirms", quote="=1+1"))
    records.append(stance(id="s2", quote="we took no part"))
    load(ct, *records)
    ok(ct("review", "h0", "--rating", "False", "--url", "https://fc.example/a",
          "--finding", "=HYPERLINK(\"x\")"))  # fmt: skip


def test_export_writes_every_user_cell_as_text(ct, stored, tmp_path: Path) -> None:
    out = tmp_path / "claims.xlsx"
    result = ct("export", "--format", "xlsx", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert result.stderr == f"Wrote {out}\n"
    book = open_book(out)
    assert book.sheetnames == ["disputes", "claims", "reviews"]
    for ws in book:
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref is not None
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type in ("s", "n"), (ws.title, cell.coordinate, cell.value)
                if cell.data_type == "n" and cell.value is not None:
                    assert ws.cell(1, cell.column).value in ("position", "low", "high")
    claims = {r["id"]: r for r in rows(book["claims"])}
    for i, text in enumerate(HOSTILE):
        c = claims[f"h{i}"]
        assert (c["quote"], c["note"], c["speaker"]) == (text, text, text)
        assert c["said_on"] == "2017-11" and c["reported_on"] == "2017-11-14"
        assert c["value"] == str(250 + i)
        assert (c["low"], c["high"]) == (250 + i, 250 + i)
    assert claims["z"]["value"] == "0012" and claims["z"]["outlet"] == "0012"
    assert claims["s1"]["quote"] == "=1+1"
    reviews = rows(book["reviews"])
    assert [(r["claim_id"], r["rating"], r["finding"]) for r in reviews] == [
        ("h0", "False", '=HYPERLINK("x")')
    ]
    disputes = rows(book["disputes"])
    # (the figures are all one claimant's, their order not known: no reversal since time30,
    # its dispute stands)
    assert {r["conflict"].split(" (")[0] for r in disputes} >= {
        "figure:fighters-evacuated",
        "stance:coalition-took-part-in-negotiations",
    }
    assert {r["claim_id"] for r in disputes} >= {"z", "h0", "s1", "s2"}
    assert all(r["subject"] == "raqqa-convoy" for r in disputes)
    verdicts = {r["claim_id"]: r["verdict"] for r in disputes}
    assert verdicts["h0"] == "False"


def test_no_formula_is_written(ct, stored, tmp_path: Path) -> None:
    """In the file itself: no <f> element (a formula) in any sheet; every string is a shared
    or inline string."""
    out = tmp_path / "claims.xlsx"
    ok(ct("export", "--format", "xlsx", "-o", str(out)))
    with zipfile.ZipFile(out) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in z.read(name) and b"<f " not in z.read(name), name


def test_conflicts_writes_the_workbook_and_still_shows_the_listing(
    ct, stored, tmp_path: Path
) -> None:
    out = tmp_path / "raqqa.xlsx"
    result = ct("conflicts", "raqqa-convoy", "--xlsx", str(out))
    assert result.exit_code == 0, result.output
    assert "Disputed figure: fighters-evacuated" in result.stdout  # (one claimant's dispute)
    assert result.stderr.endswith(f"Wrote {out}\n")
    book = open_book(out)
    assert book.sheetnames == ["disputes", "claims", "reviews"]
    assert len(rows(book["claims"])) == len(HOSTILE) + 3
    exported = tmp_path / "export.xlsx"
    ok(ct("export", "raqqa-convoy", "--format", "xlsx", "-o", str(exported)))
    assert rows(open_book(exported)["disputes"]) == rows(book["disputes"])


def test_a_long_quote_is_cut_visibly_with_a_warning_naming_the_claim(ct, tmp_path: Path) -> None:
    quote = "word " * 20_000  # 100,000 characters
    load(ct, figure(id="long-one", quote=quote.strip()), figure(id="b", value="250"))
    out = tmp_path / "long.xlsx"
    result = ct("export", "--format", "xlsx", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "warning: long-one: its quote (99,999 characters) is longer than a spreadsheet " in (
        result.stderr
    )
    claims = {r["id"]: r for r in rows(open_book(out)["claims"])}
    cell = claims["long-one"]["quote"]
    assert len(cell) == CELL_LIMIT
    assert cell.endswith("more characters; the full text is in claimtrack]")
    assert quote.startswith(cell.split(" […cut:")[0])


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["export", "--format", "xlsx"], 2, "error: --format xlsx writes a file"),
        (["export", "--format", "xlsx", "-o", "-"], 2, "error: --format xlsx writes a file"),
        (["conflicts", "raqqa-convoy", "--xlsx", "-"], 2, "error: a workbook is written to a file"),
        (
            ["export", "--format", "xlsx", "-o", "{tmp}"],
            1,
            "error: cannot write {tmp}: it is a directory",
        ),
        (
            ["export", "--format", "xlsx", "-o", "{tmp}/no/x.xlsx"],
            1,
            "error: cannot write {tmp}/no/x.xlsx: directory",
        ),
    ],
)
def test_bad_targets(ct, stored, tmp_path: Path, args, code, message) -> None:
    result = ct(*[a.replace("{tmp}", str(tmp_path)) for a in args])
    assert result.exit_code == code, result.output
    assert result.stderr.startswith(message.replace("{tmp}", str(tmp_path))), result.stderr


def test_a_failed_write_leaves_the_old_file(ct, stored, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "keep.xlsx"
    out.write_bytes(b"old")
    import claimtrack.xlsx

    def boom(sheets):
        raise RuntimeError("disk full")

    monkeypatch.setattr(claimtrack.xlsx, "workbook_bytes", boom)
    result = ct("export", "--format", "xlsx", "-o", str(out))
    assert result.exit_code != 0
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".keep")] == []


@pytest.mark.parametrize(
    ("text", "cut"),
    [("a" * CELL_LIMIT, 0), ("a" * (CELL_LIMIT + 1), CELL_LIMIT + 1), ("", 0),
     ("a" * 104_000, 104_000), ("a" * 1_000_000, 1_000_000), ("a" * 40_000, 40_000)],
)  # fmt: skip
def test_fit(text: str, cut: int) -> None:
    shown, length = fit(text)
    assert length == cut and len(shown) == (CELL_LIMIT if cut else len(text))
    if cut:
        left = int(shown.rsplit("cut: ", 1)[1].split(" ")[0].replace(",", ""))
        assert len(shown.split(" […cut:")[0]) + left == len(text)  # says what it left out
    assert (shown == text) == (cut == 0)


# Text as a spreadsheet reads it back: no C0 controls (a workbook stores them as _xHHHH_
# escapes, which Excel decodes and openpyxl does not), no lone surrogates.
cell_text = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\r"), max_size=40
).filter(lambda s: not any(ord(c) < 32 and c not in "\t\n" for c in s))


@settings(max_examples=examples(100), deadline=None)
@given(st.lists(cell_text, min_size=1, max_size=5))
def test_any_text_comes_back_as_the_same_text(texts: list[str]) -> None:
    import openpyxl

    data = [{"id": str(i), "quote": t} for i, t in enumerate(texts)]
    book = openpyxl.load_workbook(
        io.BytesIO(workbook_bytes([Sheet("claims", ["id", "quote"], data)]))
    )
    back = rows(book["claims"])
    for want, got in zip(data, back, strict=True):
        assert got["id"] == want["id"]
        assert (got["quote"] or "") == want["quote"]
        assert book["claims"].cell(int(want["id"]) + 2, 2).data_type in ("s", "n")


def test_conflicts_all_writes_every_subject(ct, stored, tmp_path: Path) -> None:
    load(
        ct,
        figure(id="o1", subject="other-story", value="10"),
        figure(id="o2", subject="other-story", value="500", claimant="Another"),
    )
    out = tmp_path / "all.xlsx"
    result = ct("conflicts", "--all", "--xlsx", str(out), "--json")
    assert result.exit_code == 0, result.output
    json.loads(result.stdout)  # --json still prints the report
    book = open_book(out)
    assert {r["subject"] for r in rows(book["disputes"])} == {"raqqa-convoy", "other-story"}
    assert {r["subject"] for r in rows(book["claims"])} == {"raqqa-convoy", "other-story"}


# -- LibreOffice ------------------------------------------------------------------------------


def soffice(*args: str, home: Path) -> None:
    """Run headless LibreOffice (its own profile under ``home``); fail with its output."""
    import os
    import subprocess

    result = subprocess.run(
        ["soffice", "--headless", "--norestore", *args],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "HOME": str(home)},
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_libreoffice_reads_and_resaves_every_cell_as_text(ct, stored, tmp_path: Path) -> None:
    """LibreOffice (headless) opens the workbook, evaluates no formula and keeps every cell as
    written, whether it writes the sheets as CSV or saves the workbook again."""
    import csv
    import shutil

    if shutil.which("soffice") is None:
        pytest.skip("no LibreOffice (apt-get install libreoffice-calc-nogui)")
    long_quote = "a long quote " * 8000  # 104,000 characters: cut at 32,767 with the marker
    load(ct, figure(id="long", value="7", quote=long_quote.strip()))
    book = tmp_path / "claims.xlsx"
    ok(ct("export", "--format", "xlsx", "-o", str(book)))
    written = {r["id"]: r for r in rows(open_book(book)["claims"])}

    out = tmp_path / "csv"
    soffice(
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        "--outdir", str(out), str(book), home=tmp_path,
    )  # fmt: skip
    with open(out / "claims-claims.csv", encoding="utf-8", newline="") as fh:
        shown = {r["id"]: r for r in csv.DictReader(fh)}
    assert shown.keys() == written.keys()
    for cid, row in written.items():
        for column, value in row.items():
            if value is None:
                assert shown[cid][column] == "", (cid, column)
            elif isinstance(value, str):
                assert shown[cid][column] == value, (cid, column)  # no formula evaluated
    assert shown["h0"]["quote"] == HOSTILE[0] and shown["z"]["value"] == "0012"
    assert shown["h4"]["quote"] == "2017-11" and shown["h5"]["quote"] == "1/2"
    assert len(shown["long"]["quote"]) == CELL_LIMIT

    again = tmp_path / "again"
    soffice("--convert-to", "xlsx", "--outdir", str(again), str(book), home=tmp_path)
    resaved = open_book(again / "claims.xlsx")["claims"]
    header = [c.value for c in resaved[1]]
    for row in resaved.iter_rows(min_row=2):
        record = dict(zip(header, row, strict=True))
        cid = record["id"].value
        for column in ("quote", "note", "speaker", "value", "said_on", "outlet"):
            cell = record[column]
            assert cell.data_type in ("s", "n"), (cid, column, cell.data_type)
            if written[cid][column] is not None:
                assert cell.data_type == "s" and cell.value == written[cid][column], (cid, column)
