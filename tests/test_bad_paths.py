"""Every bad path a new user walks into (papercuts6), each ending in one line on stderr, a hint
where there is one, nothing on stdout and the exit code of its kind; checked through the CLI
on temp databases."""

from __future__ import annotations

import pytest

from claimtrack.cli.core import usage_words


@pytest.mark.parametrize(
    ("args", "error", "hint"),
    [
        (["list", "--kind", "figures"],
         "error: Invalid value for '--kind': 'figures' is not one of figure, stance; did you mean figure?",
         "hint: usage: claimtrack list [OPTIONS] [subject]; `claimtrack list -h` shows every option, with an example"),
        (["list", "--limit", "abc"], "error: Invalid value for '--limit': give a whole number", None),
        (["list", "--limit", "0"], "error: Invalid value for '--limit': give 1 or more", None),
        (["conflicts", "x", "--min-gap", "half"], "error: Invalid value for '--min-gap': give a number", None),
        (["add", "raqqa-convoy", "--date", "2017"],
         "error: No such option: --date (Possible options: --as-of, --reported-on, --said-on)",
         "hint: usage: claimtrack add [OPTIONS] {subject}; `claimtrack add -h` shows every option, with an example"),
        (["add"], "error: Missing argument 'subject'.", None),
        (["review", "x"], "error: Missing option '--rating'.", None),
        (["--bogus", "list"], "error: No such option: --bogus",
         "hint: `claimtrack -h` shows its options and commands"),
        (["source", "bogus"], "error: No such command 'bogus'.",
         "hint: `claimtrack source -h` shows its options and commands"),
        (["list", "--db", "other.db"], "error: --db is given more than once", None),
        (["conflicts", "raqqa-convoy", "json"], "error: Got unexpected extra argument(s) (json)",
         "hint: did you mean the option --json? (usage: claimtrack conflicts [OPTIONS] [subject])"),
        (["export", "raqqa-convoy", "csv"], "error: Got unexpected extra argument(s) (csv)",
         "hint: did you mean the option --format csv? (usage: claimtrack export [OPTIONS] [subject])"),
    ],
)  # fmt: skip
def test_a_usage_error_is_one_line_with_the_usage_as_its_hint(ct, args, error, hint) -> None:
    """click drew a usage line, a "Try ..." line and a framed box (wrapped inside its frame on
    a narrow terminal) in pydantic's words ("Value error, ...", "Input should be a valid
    integer, unable to parse string as an integer"); now the form of every other error."""
    result = ct(*args)
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0] == error
    assert len(lines) == 2 and lines[1].startswith("hint: "), lines
    if hint is not None:
        assert lines[1] == hint


@pytest.mark.parametrize(
    ("args", "hint"),
    [
        (["export", "csv"], "hint: did you mean the option --format csv? (`claimtrack export -h` lists them)"),
        (["report", "html"], "hint: did you mean the option --format html? (`claimtrack report -h` lists them)"),
        (["conflicts", "json"], "hint: did you mean the option --json? (`claimtrack conflicts -h` lists them)"),
        (["export", "xyz"], "hint: the database is empty"),
    ],
)  # fmt: skip
def test_an_option_s_value_typed_as_the_subject_names_the_option(ct, args, hint) -> None:
    """`export csv` said only that no subject is called csv and listed the subjects."""
    result = ct(*args)
    assert result.exit_code != 0, result.output
    assert result.stdout == ""
    assert result.stderr.splitlines() == [f"error: no claims on subject {args[1]!r}", hint]


def test_two_databases_before_the_command_are_refused(runner, tmp_path) -> None:
    """`--db a.db --db b.db list` used b.db (click keeps the last), creating it with the
    sample; now refused, and neither file made."""
    from claimtrack.cli import app

    a, b = tmp_path / "a.db", tmp_path / "b.db"
    result = runner.invoke(app, ["--db", str(a), f"--db={b}", "list"])
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines()[0] == "error: --db is given more than once"
    assert not a.exists() and not b.exists()


@pytest.mark.parametrize(
    ("typer_said", "said"),
    [
        ("Invalid value for '--format': Value error, 'xml' is not one of 'jsonl', 'csv'.",
         "Invalid value for '--format': 'xml' is not one of jsonl, csv"),
        ("Invalid value for '--format': Value error, 'cvs' is not one of 'jsonl', 'csv'.",
         "Invalid value for '--format': 'cvs' is not one of jsonl, csv; did you mean csv?"),
        ("Invalid value for '--low': Input should be a finite number",
         "Invalid value for '--low': give a finite number"),
        ("Invalid value for '--limit': Input should be less than or equal to 50",
         "Invalid value for '--limit': give 50 or less"),
        ("No such option: --bogus", "No such option: --bogus"),
    ],
)  # fmt: skip
def test_usage_words(typer_said: str, said: str) -> None:
    assert usage_words(typer_said) == said


def test_a_search_in_a_subject_with_no_claims_names_the_ones_meant(ct, sample_db) -> None:
    """`search WORDS --subject raqqa-convoi` said only "No claims match", as if the story
    had none; `list` named the subject meant, and now `search` does too (exit 0: nothing found
    is no error)."""
    result = ct("search", "secret deal", "--subject", "raqqa-convoi", db=sample_db)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "No claims on subject 'raqqa-convoi'; did you mean: raqqa-convoy",
        "No claims match 'secret deal'.",
    ]
    found = ct("search", "secret deal", "--subject", "raqqa-convoy", "--json", db=sample_db)
    assert found.exit_code == 0 and found.stderr == "", found.output


def _stopped_on(module, name: str, monkeypatch, after: int = 0) -> None:
    """``module.name`` raises KeyboardInterrupt (Ctrl-C) on its call number ``after`` + 1."""
    real = getattr(module, name)
    calls = []

    def stopped(*args, **kwargs):
        calls.append(1)
        if len(calls) > after:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, stopped)


def test_ctrl_c_in_a_read_says_the_output_is_incomplete(ct, sample_db, monkeypatch) -> None:
    """Ctrl-C under half a listing said "nothing was written (the transaction was rolled
    back)": a read has nothing to roll back, and what it printed is cut."""
    import claimtrack.conflicts

    _stopped_on(claimtrack.conflicts, "analyse", monkeypatch)
    result = ct("conflicts", "raqqa-convoy", db=sample_db)
    assert result.exit_code == 130, result.output
    assert result.stderr.splitlines() == [
        "interrupted: the database is unchanged; anything printed so far is incomplete, and an"
        " unfinished file was not kept"
    ]


def test_ctrl_c_in_report_all_names_the_reports_kept(ct, sample_db, tmp_path, monkeypatch):
    """`report --all -o DIR` stopped on its second report keeps the first, written whole, and
    says so (it said "nothing was written")."""
    import claimtrack.reportdoc

    _stopped_on(claimtrack.reportdoc, "render", monkeypatch, after=1)
    out = tmp_path / "reports"
    result = ct("report", "--all", "-o", str(out), db=sample_db)
    assert result.exit_code == 130, result.output
    kept = sorted(p.name for p in out.iterdir())
    assert kept == ["raqqa-convoy.html"]
    assert result.stderr.splitlines()[1] == f"1 file written before it is kept: {out}/{kept[0]}"
    again = ct("list", "--kind", "stance", db=sample_db)  # the next run names no file
    assert "kept" not in again.stderr, again.stderr


def test_ctrl_c_in_a_write_says_it_was_rolled_back(ct, monkeypatch) -> None:
    import claimtrack.cli.claims

    _stopped_on(claimtrack.cli.claims, "_guard", monkeypatch)
    result = ct("add", "s", "--claimant", "c", "--quote", "q", "--affirms", "p")
    assert result.exit_code == 130, result.output
    assert result.stderr == "interrupted: nothing was written (the transaction was rolled back)\n"
    assert ct("list", "--json").stdout == "[]\n"


@pytest.mark.parametrize(
    ("args", "error", "hint"),
    [
        (["--db", "{tmp}", "list"], "error: {tmp} is a directory; a database is a file",
         "hint: name one in it, e.g. {tmp}/claims.db"),
        (["backup", "{tmp}"], "error: {tmp} is a directory; a database is a file", None),
        (["init", "{tmp}"], "error: {tmp} is a directory; a database is a file", None),
        (["backup", "{tmp}/copy.csv"], "error: {tmp}/copy.csv: a database is a SQLite file, not a .csv file",
         "hint: name it {tmp}/copy.db; to write the claims as csv: claimtrack export -o {tmp}/copy.csv"),
        (["--db", "{tmp}/story.html", "list"], "error: {tmp}/story.html: a database is a SQLite file, not a .html file",
         "hint: name it {tmp}/story.db; to write a report: claimtrack report SUBJECT -o {tmp}/story.html"),
        (["init", "--empty", "{tmp}/n.pdf"], "error: {tmp}/n.pdf: a database is a SQLite file, not a .pdf file",
         "hint: name it {tmp}/n.db"),
    ],
)  # fmt: skip
def test_a_database_named_by_a_directory_or_another_format_is_refused(
    runner, sample_db, tmp_path, args, error, hint
) -> None:
    """`--db DIR` was click's usage box naming CLAIMTRACK_DB though --db was given; `backup
    copy.csv` wrote a SQLite file under a name that opens in a spreadsheet, as garbage."""
    from claimtrack.cli import app

    given = [a.replace("{tmp}", str(tmp_path)) for a in args]
    full = given if given[0] == "--db" else ["--db", str(sample_db), *given]
    result = runner.invoke(app, full)
    assert result.exit_code == 2, result.output
    lines = result.stderr.splitlines()
    assert lines[0] == error.replace("{tmp}", str(tmp_path))
    if hint is not None:
        assert lines[1] == hint.replace("{tmp}", str(tmp_path))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sample.db"]


@pytest.mark.parametrize("command", ["add", "edit", "claimant", "extract"])
def test_help_on_a_narrow_terminal_never_cuts_an_option_name(runner, command) -> None:
    """At 40 columns typer cut option names to "--claima…", "--uncert…": the word to type
    was hidden. They fold onto the next line instead."""
    import re

    from claimtrack.cli import app

    result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "40", "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    assert not re.search(r"--[A-Za-z-]*…", result.output), result.output
    assert "--claiman" in result.output or command not in ("add", "edit")


def test_an_id_with_a_slip_in_its_subject_names_the_claim_meant(ct) -> None:
    """`show bridge-colapse-9b0f` said only "no claim with id ..."; the subject part is read
    as the subject it is close to, and the claim with that prefix is named."""
    import json

    added = ct("add", "bridge-collapse", "--claimant", "Works Department", "--quote",
               "Repairs were planned", "--affirms", "repairs-were-planned", "--json")  # fmt: skip
    assert added.exit_code == 0, added.output
    claim_id = json.loads(added.stdout)["id"]
    typo = claim_id.replace("collapse", "colapse")[: len("bridge-colapse-") + 4]
    result = ct("show", typo)
    assert result.exit_code == 1, result.output
    assert result.stderr.splitlines() == [
        f"error: no claim with id {typo!r}",
        f"hint: did you mean: {claim_id}",
    ]


@pytest.mark.parametrize(
    ("args", "error", "hint"),
    [
        (["import", "https://example.org/claims.jsonl"],
         "error: https://example.org/claims.jsonl: a web address, not a file; claimtrack reads files and fetches nothing",
         "hint: save the page (or download the file) and give the path of the saved copy"),
        (["extract", "https://example.org/story", "--subject", "s"],
         "error: https://example.org/story: a web address, not a file; claimtrack reads files and fetches nothing",
         "hint: save the page (or download the file) and give the path of the saved copy"),
        (["source", "add", "https://example.org/a", "--outlet", "X", "--snapshot", "www.example.org/a"],
         "error: --snapshot www.example.org/a: a web address, not a file; claimtrack reads files and fetches nothing",
         "hint: save the page (or download the file) and give the path of the saved copy"),
        (["import", "{tmp}/clams.jsonl"], "error: {tmp}/clams.jsonl: no such file",
         "hint: did you mean {tmp}/claims.jsonl?"),
        (["import", "{tmp}/other.jsonl"], "error: {tmp}/other.jsonl: no such file", None),
    ],
)  # fmt: skip
def test_a_file_that_is_not_there_says_why(ct, tmp_path, args, error, hint) -> None:
    """A web address given as a file said "https://...: no such file"; a slip in a file's name
    gets the name meant, where one in its directory is close."""
    (tmp_path / "claims.jsonl").write_text("", encoding="utf-8")
    result = ct(*[a.replace("{tmp}", str(tmp_path)) for a in args])
    assert result.exit_code == 2, result.output
    expected = [error] + ([hint] if hint else [])
    assert result.stderr.splitlines() == [x.replace("{tmp}", str(tmp_path)) for x in expected]
