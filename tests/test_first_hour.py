"""A new user's first hour (papercuts5): what a person who logs a small story of their own
stumbled on, each fixed as a rule and checked here through the CLI on a temp database."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import examples, sample_claims, stance

WALKED_BACK = [
    stance(
        id="w1",
        subject="port-fire",
        claimant="Harbour Logistics",
        quote="the sprinklers were working",
        proposition="sprinklers-were-working-throughout-the-night",
        stance="affirms",
        said_on="2026-03-02",
    ),
    stance(
        id="w2",
        subject="port-fire",
        claimant="Harbour Logistics",
        quote="we cannot yet say whether the sprinklers were working",
        proposition="sprinklers-were-working-throughout-the-night",
        stance="uncertain",
        said_on="2026-03-04",
    ),
]


@pytest.mark.parametrize("columns", [60, 80, 100])
def test_a_reversal_head_is_wrapped_not_cut(ct, monkeypatch, columns: int) -> None:
    """A walk-back's head ends with its proposition: on an 80-column terminal it was cut to
    '... took a position on proposition sprinklers-were-…', losing what was walked back."""
    body = "".join(json.dumps(r) + "\n" for r in WALKED_BACK)
    assert ct("import", "-", input=body).exit_code == 0
    monkeypatch.setenv("COLUMNS", str(columns))
    result = ct("conflicts", "port-fire")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    start = next(i for i, line in enumerate(lines) if "Walk-back:" in line)
    head = [lines[start]]
    for line in lines[start + 1 :]:
        if line.startswith("   2 claims:"):
            break
        assert line.startswith("   "), lines
        head.append(line.strip())
    assert " ".join(head) == (
        "1. Walk-back: Harbour Logistics took a position on proposition "
        "sprinklers-were-working-throughout-the-night, then said it cannot be said"
    )
    assert all(len(line) <= columns for line in lines[start : start + len(head)])
    assert "…" not in " ".join(head)


SOURCES = [
    {"record": "source", "id": "src-abcd1111aa", "url": "https://example.org/a", "outlet": "A"},
    {"record": "source", "id": "src-abcd2222bb", "url": "https://example.org/b", "outlet": "B"},
]


@pytest.mark.parametrize(
    ("given", "said"),
    [
        # one source starts so: the prefix is too short, not ambiguous, and an example is given
        (
            "src-abcd1",
            None,
        ),
        (
            "src-ab",
            "error: source id 'src-ab' is too short: give at least 4 characters after src-\n"
            "  src-abcd1111aa\n  src-abcd2222bb\nhint: e.g. src-abcd\n",
        ),
        (
            "src-abcd",
            "error: source id 'src-abcd' matches 2 sources; give more characters\n"
            "  src-abcd1111aa\n  src-abcd2222bb\n",
        ),
    ],
)
def test_a_source_prefix_says_whether_it_is_too_short_or_ambiguous(ct, given, said) -> None:
    body = "".join(json.dumps(r) + "\n" for r in SOURCES)
    assert ct("import", "-", input=body).exit_code == 0
    args = ["add", "port-fire", "--claimant", "C", "--quote", "q", "--affirms", "p"]
    result = ct(*args, "--source", given)
    if said is None:
        assert result.exit_code == 0, result.output
        return
    assert result.exit_code == 2, result.output
    assert result.stderr == said
    assert json.loads(ct("list", "--json").stdout) == []


def test_a_lone_source_prefix_too_short_names_it(ct) -> None:
    body = json.dumps(SOURCES[0]) + "\n"
    assert ct("import", "-", input=body).exit_code == 0
    result = ct(
        "add", "s", "--claimant", "C", "--quote", "q", "--affirms", "p", "--source", "src-abc"
    )
    assert result.exit_code == 2, result.output
    assert result.stderr == (
        "error: source id 'src-abc' is too short: give at least 4 characters after src-\n"
        "  src-abcd1111aa\nhint: e.g. src-abcd\n"
    )


def _sheet(tmp_path, bad_row: int | None, rows: int = 400):
    """A sheet of ``rows`` stances, Latin-1 encoded; ``bad_row`` (1-based, after the header)
    has an accent, so its line is 1 + bad_row."""
    lines = ["subject,claimant,quote,kind,proposition,stance"]
    for i in range(1, rows + 1):
        name = "Ren\xe9" if i == bad_row else "Rene"
        lines.append(f"s,{name} {i},we say {i},stance,p{i},affirms")
    path = tmp_path / "sheet.csv"
    path.write_bytes(("\n".join(lines) + "\n").encode("latin-1"))
    return path


NOT_UTF8_HINT = (
    "hint: save the sheet as 'CSV UTF-8' (LibreOffice: character set 'Unicode (UTF-8)'), or "
    "convert it: iconv -f windows-1252 -t utf-8 FILE > FILE-utf8.csv\n"
)


@pytest.mark.parametrize("bad_row", [1, 17, 300, 400])
@pytest.mark.parametrize("skip", [False, True])
def test_a_sheet_not_in_utf8_is_refused_whole_at_its_first_bad_byte(
    ct, tmp_path, bad_row: int, skip: bool
) -> None:
    """The error names the line and column of the byte (it named the line the reader had
    reached, a block earlier), and --skip-invalid stores nothing either (it stored the rows
    before that block and left out the rest, counting one rejected line)."""
    path = _sheet(tmp_path, bad_row)
    result = ct("import", str(path), *(["--skip-invalid"] if skip else []))
    assert result.exit_code == 2, result.output
    assert result.stderr == (
        f"error: {path}:{bad_row + 1}: not valid UTF-8 (byte 0xe9 at column 6): the file is in "
        "another encoding; nothing was imported\n" + NOT_UTF8_HINT
    )
    assert json.loads(ct("list", "--json").stdout) == []
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("sheet")) == [
        "sheet.csv"
    ]  # no rejects file


def test_a_sheet_not_in_utf8_on_stdin_is_refused_without_a_line(ct, tmp_path) -> None:
    body = _sheet(tmp_path, 300).read_bytes()
    result = ct("import", "-", "--format", "csv", "--skip-invalid", input=body)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("error: -: not valid UTF-8 (byte 0xe9): ")
    assert json.loads(ct("list", "--json").stdout) == []


def test_a_utf8_sheet_with_accents_imports_whole(ct, tmp_path) -> None:
    path = _sheet(tmp_path, 300)
    path.write_text(path.read_bytes().decode("latin-1"), encoding="utf-8")
    result = ct("import", str(path))
    assert result.exit_code == 0, result.output
    assert len(json.loads(ct("list", "--json").stdout)) == 400


@settings(max_examples=examples(200), deadline=None)
@given(
    lines=st.lists(
        st.text(st.characters(exclude_characters="\n\r", exclude_categories=["Cs"])),
        min_size=1,
        max_size=8,
    ),
    data=st.data(),
)
def test_the_first_bad_byte_is_found_where_it_is(tmp_path_factory, lines, data) -> None:
    from claimtrack.csvread import _first_bad_byte

    encoded = [line.encode("utf-8") for line in lines]
    row = data.draw(st.integers(0, len(encoded) - 1))
    at = data.draw(st.integers(0, len(encoded[row])))
    # cut a character in two would make an earlier bad byte: insert at a character's start
    while at < len(encoded[row]) and (encoded[row][at] & 0xC0) == 0x80:
        at += 1
    bad = data.draw(st.sampled_from([0x80, 0xBF, 0xC0, 0xE9, 0xFF]))
    encoded[row] = encoded[row][:at] + bytes([bad]) + encoded[row][at:]
    path = tmp_path_factory.mktemp("bad") / "sheet.csv"
    path.write_bytes(b"\n".join(encoded) + b"\n")
    assert _first_bad_byte(path) == (row + 1, at + 1, bad)
    path.write_bytes(b"\n".join(line.encode("utf-8") for line in lines) + b"\n")
    assert _first_bad_byte(path) is None


def test_the_command_list_shows_each_first_paragraph_on_one_line(runner, monkeypatch) -> None:
    """`claimtrack --help` lists each command with its docstring's first paragraph as one run
    of text (relate's line ended at "or an", the rest on a line of its own)."""
    import inspect

    from claimtrack.cli import COMMAND_ORDER, app

    monkeypatch.setenv("COLUMNS", "300")
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0, result.output
    rows = {}
    for line in result.stdout.splitlines():
        cells = line.strip("│ ").split(None, 1)
        if len(cells) == 2 and cells[0] in COMMAND_ORDER:
            rows[cells[0]] = cells[1].rstrip("│ ")
    commands = {c.name or c.callback.__name__.replace("_", "-"): c for c in app.registered_commands}
    for name in COMMAND_ORDER:
        first = inspect.cleandoc(commands[name].callback.__doc__).split("\n\n")[0]
        assert rows[name] == " ".join(line.strip() for line in first.splitlines()), name


@pytest.mark.parametrize(
    ("args", "out", "err"),
    [
        (
            ["list", "raqqa-convoi", "--json"],
            "[]\n",
            "No claims on subject 'raqqa-convoi'; did you mean: raqqa-convoy\n",
        ),
        (
            ["list", "raqqa-convoi"],
            "",
            "No claims on subject 'raqqa-convoi'; did you mean: raqqa-convoy\nNo claims match.\n",
        ),
        # a subject that has claims, none of them matching: no word about the subject
        (["list", "raqqa-convoy", "--measure", "no-such", "--json"], "[]\n", ""),
    ],
)
def test_list_of_a_subject_with_no_claims_names_the_ones_meant(ct, sample_db, args, out, err):
    """`list` of a mistyped subject printed "No claims match." only, where timeline, report
    and export name the subjects meant; an empty answer is still no error (exit 0)."""
    result = ct(*args, db=sample_db)
    assert result.exit_code == 0, result.output
    assert (result.stdout, result.stderr) == (out, err)


@pytest.mark.parametrize("command", ["conflicts", "report"])
def test_one_subject_or_all_says_which_is_missing(ct, command: str) -> None:
    neither = ct(command)
    assert neither.exit_code == 2
    assert neither.stderr == (
        "error: give a SUBJECT (or --all for every subject)\nhint: list them: claimtrack subjects\n"
    )
    both = ct(command, "raqqa-convoy", "--all")
    assert both.exit_code == 2
    assert both.stderr == "error: give a SUBJECT or --all, not both\n"


@pytest.mark.parametrize("empty", [False, True])
def test_init_makes_the_default_location(runner, isolated_home, monkeypatch, empty) -> None:
    """`claimtrack init` on a new machine (no data directory yet) creates the database where
    every other command would (it said "directory ... does not exist"), and then refuses to
    overwrite it."""
    from claimtrack.cli import app

    monkeypatch.delenv("CLAIMTRACK_DB")
    target = isolated_home / ".local" / "share" / "claimtrack" / "claims.db"
    assert not target.parent.exists()
    n = 0 if empty else len(sample_claims())
    made = runner.invoke(app, ["init", *(["--empty"] if empty else [])])
    assert made.exit_code == 0, made.output
    assert made.stderr == f"Created {target} ({'empty' if empty else f'{n} sample claims'}).\n"
    listed = runner.invoke(app, ["list", "--json"])
    assert len(json.loads(listed.stdout)) == n
    again = runner.invoke(app, ["init"])
    assert again.exit_code == 1
    assert again.stderr == f"error: {target} already exists; not overwriting it\n"


def test_init_of_a_path_in_a_missing_directory_makes_no_directory(runner, tmp_path) -> None:
    from claimtrack.cli import app

    result = runner.invoke(app, ["init", "--empty", str(tmp_path / "nodir" / "x.db")])
    assert result.exit_code == 1
    assert "directory" in result.stderr and "does not exist" in result.stderr
    assert not (tmp_path / "nodir").exists()


def test_claimreview_with_no_complete_review_offers_no_skip(ct) -> None:
    """With every review incomplete, --skip-incomplete would export nothing: the hint said
    "or --skip-incomplete to export the other 0"."""
    body = json.dumps(WALKED_BACK[0]) + "\n"
    assert ct("import", "-", input=body).exit_code == 0
    assert ct("review", "w1", "--rating", "False").exit_code == 0
    result = ct("export", "--format", "claimreview")
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    assert result.stderr == (
        "error: 1 review incomplete for ClaimReview; nothing written\n"
        "  w1: the review has no URL (claimtrack review ID --rating ... --url URL)\n"
        "hint: complete them: no other review is ready to export\n"
    )


def test_source_add_of_a_file_says_it_is_the_snapshot(ct, tmp_path, monkeypatch) -> None:
    """A new user gives the saved page as the source: it said "invalid source: outlet:
    required field is missing", or with --outlet "url: 'story.html' is not an http(s)
    address", without a word of --snapshot."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "story.html").write_text("<p>The mayor said so.</p>", encoding="utf-8")
    result = ct("source", "add", "story.html", "--outlet", "Elm Gazette")
    assert result.exit_code == 2, result.output
    assert result.stderr == (
        "error: 'story.html' is a file, not the article's address\n"
        "hint: keep it as the snapshot: claimtrack source add URL --outlet NAME "
        "--snapshot story.html\n"
    )
    assert json.loads(ct("sources", "--json").stdout) == []
    stored = ct(
        "source", "add", "https://example.org/s", "--outlet", "E", "--snapshot", "story.html"
    )
    assert stored.exit_code == 0, stored.output


def test_show_names_the_source_a_claim_was_read_from(ct) -> None:
    """`add --source` stored the source's id, but `show` (and add's own listing) left it out:
    the claim's article could not be found from it."""
    body = json.dumps(SOURCES[0]) + "\n"
    assert ct("import", "-", input=body).exit_code == 0
    added = ct("add", "s", "--claimant", "C", "--quote", "q", "--affirms", "p", "--id", "c1",
               "--source", "src-abcd")  # fmt: skip
    assert added.exit_code == 0, added.output
    shown = ct("show", "c1").stdout.splitlines()
    rows = [line.split(None, 1) for line in shown]
    assert ["source", "src-abcd1111aa"] in [[k, v.strip()] for k, v in rows]
    names = [k for k, _ in rows]
    assert names.index("url") < names.index("source") < names.index("quote")
    assert "src-abcd1111aa" in added.stdout


DELIMITED_HINT = (
    "hint: save the sheet as CSV with commas (Excel: 'CSV UTF-8 (Comma delimited)'; "
    "LibreOffice: field delimiter ',')\n"
)


@pytest.mark.parametrize(
    ("name", "mark", "said"),
    [
        ("sheet.csv", ";", "semicolons"),  # Excel's "CSV" where the decimal mark is a comma
        ("sheet.tsv", "\t", "tabs"),  # a .tsv was read as JSONL: "invalid JSON" on every line
        ("sheet.csv", "|", "vertical bars"),
    ],
)
def test_a_sheet_with_another_delimiter_is_named_so(ct, tmp_path, name, mark, said) -> None:
    header = mark.join(["subject", "claimant", "quote", "kind", "proposition", "stance"])
    row = mark.join(["s", "Ann", "we did it", "stance", "p", "affirms"])
    path = tmp_path / name
    path.write_bytes(f"\ufeff{header}\r\n{row}\r\n".encode())
    result = ct("import", str(path))
    assert result.exit_code == 2, result.output
    assert result.stderr == (
        f"error: {path}:1: the columns are separated by {said}, not commas\n" + DELIMITED_HINT
    )
    assert json.loads(ct("list", "--json").stdout) == []


def test_a_one_column_header_of_other_words_is_an_unknown_column(ct, tmp_path) -> None:
    path = tmp_path / "sheet.csv"
    path.write_text("subject;claimants;quote\n", encoding="utf-8")
    result = ct("import", str(path))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {path}:1: unknown column: 'subject;claimants;quote'")


@pytest.mark.parametrize("columns", [80, 100])
def test_the_candidates_table_fits_the_terminal(ct, tmp_path, monkeypatch, columns) -> None:
    """`extract -o FILE` shows its candidates in a table on stderr: a minimum width for the
    quote made it wider than a terminal under 110 columns, and rich cut off its right side
    (the quote's end and the border) on every line."""
    article = tmp_path / "story.txt"
    article.write_text(
        'The mayor, Rene Dubois, said "about forty people were hurt" in the fire on Monday.\n\n'
        'Harbour Logistics said on Monday that "the sprinklers were working".\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("COLUMNS", str(columns))
    result = ct("extract", str(article), "--subject", "s", "-o", str(tmp_path / "c.jsonl"))
    assert result.exit_code == 0, result.output
    table = [line for line in result.stderr.splitlines() if line[:1] in "┏┃┡│└"]
    assert len(table) > 5, result.stderr
    assert all(len(line) <= columns and line[-1] in "┓┃┩│┘" for line in table), table
    quotes = " ".join(line.split("│")[-2].strip() for line in table if line.startswith("│"))
    assert 'Rene Dubois, said "about forty people were hurt" in the fi…' in quotes


def test_a_figure_without_measure_names_the_subjects_measures(ct, sample_db, tmp_path) -> None:
    """`add` of a figure without --measure said "missing --measure" and "see `claimtrack add
    --help`": the subject's measures are what the person needs to choose from."""
    from conftest import figure

    body = "".join(
        json.dumps(figure(id=f"m{k}", subject="port-fire", measure=m)) + "\n"
        for k, m in enumerate(["deaths", "people-hospitalised"])
    )
    assert ct("import", "-", input=body).exit_code == 0
    args = ["--claimant", "C", "--quote", "some 300 left", "--figure", "some 300"]
    result = ct("add", "port-fire", *args)
    assert result.exit_code == 2, result.output
    assert result.stderr == (
        "error: missing --measure\n"
        "hint: port-fire's measures: deaths, people-hospitalised; or a new one\n"
    )
    many = ct("add", "raqqa-convoy", *args, db=sample_db).stderr.splitlines()[1]
    assert many.startswith("hint: raqqa-convoy's measures: civilian-lives-saved-by-convoy-deal, ")
    assert many.endswith(" more: claimtrack subjects raqqa-convoy); or a new one")
    assert many.count(", ") == 5
    fresh = ct("add", "port-fire", *args, db=tmp_path / "none.db")  # no database: none made
    assert fresh.exit_code == 2
    assert fresh.stderr == (
        "error: missing --measure\n"
        "hint: --measure names what the figure counts, as a slug (e.g. people-injured)\n"
    )
    assert not (tmp_path / "none.db").exists()


def test_report_on_a_terminal_asks_for_a_file(ct, sample_db, monkeypatch) -> None:
    """`claimtrack report SUBJECT` on a terminal printed a page of HTML onto it: it asks for
    -o FILE.html (or offers Markdown); a pipe, `-o -` and --format md still print."""
    import claimtrack.cli.analysis as analysis

    monkeypatch.setattr(analysis, "_on_terminal", lambda: True)
    result = ct("report", "raqqa-convoy", db=sample_db)
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert result.stderr == (
        "error: the report is an HTML page: give -o FILE.html to write it\n"
        "hint: or read it here: claimtrack report raqqa-convoy --format md\n"
    )
    asked = ct("report", "raqqa-convoy", "-o", "-", db=sample_db)
    assert asked.exit_code == 0 and asked.stdout.startswith("<!DOCTYPE html>")
    markdown = ct("report", "raqqa-convoy", "--format", "md", db=sample_db)
    assert markdown.exit_code == 0 and markdown.stdout.startswith("# raqqa-convoy")
    monkeypatch.setattr(analysis, "_on_terminal", lambda: False)  # a pipe or a file
    piped = ct("report", "raqqa-convoy", db=sample_db)
    assert piped.exit_code == 0 and piped.stdout.startswith("<!DOCTYPE html>")


@pytest.mark.parametrize(
    ("option", "name", "said"),
    [
        ("--csv", "sheet.xlsx", "this writes csv, not a .xlsx file\nhint: name it {dir}/sheet.csv"),
        (
            "--xlsx",
            "sheet.csv",
            "this writes xlsx, not a .csv file\nhint: name it {dir}/sheet.xlsx",
        ),
        ("--csv", "sheet.json", "this writes csv, not a .json file\nhint: name it {dir}/sheet.csv"),
    ],
)
def test_a_sheet_named_for_another_format_is_refused(ct, sample_db, tmp_path, option, name, said):
    """`conflicts --csv sheet.xlsx` wrote CSV text under a workbook's name (and --xlsx
    sheet.csv a workbook under a CSV's): refused before anything is written."""
    out = tmp_path / "out"
    out.mkdir()
    result = ct("conflicts", "raqqa-convoy", option, str(out / name), db=sample_db)
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert result.stderr == f"error: {out}/{name}: " + said.format(dir=out) + "\n"
    assert list(out.iterdir()) == []


def test_extract_refuses_candidates_named_for_another_format(ct, tmp_path) -> None:
    """`extract -o candidates.csv` wrote JSON lines under a sheet's name (and stored the
    article's source first): refused before anything is read or stored."""
    article = tmp_path / "story.html"
    article.write_text(
        '<html><head><meta property="og:site_name" content="Elm Gazette">'
        '<link rel="canonical" href="https://example.org/s"></head>'
        '<body><p>The mayor said "about forty people were hurt".</p></body></html>',
        encoding="utf-8",
    )
    result = ct("extract", str(article), "--subject", "s", "-o", str(tmp_path / "c.csv"))
    assert result.exit_code == 2, result.output
    assert result.stderr == (
        f"error: {tmp_path}/c.csv: this writes jsonl, not a .csv file\n"
        f"hint: name it {tmp_path}/c.jsonl\n"
    )
    assert json.loads(ct("sources", "--json").stdout) == []
    assert not (tmp_path / "c.csv").exists()
    kept = ct("extract", str(article), "--subject", "s", "-o", str(tmp_path / "c.jsonl"))
    assert kept.exit_code == 0, kept.output
    assert len(json.loads(ct("sources", "--json").stdout)) == 1  # the check is not vacuous
