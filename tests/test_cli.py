"""Every everyday command through CliRunner on temp databases: success and failure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from claimtrack.cli import app

from conftest import SAMPLE, figure, sample_claims, stance, write_jsonl


def ok(result) -> str:
    assert result.exit_code == 0, result.output
    return result.stdout


def add_args(**kw: str) -> list[str]:
    base = {
        "--claimant": "Syrian Democratic Forces",
        "--quote": "only a few dozen fighters had been able to leave",
        "--figure": "a few dozen fighters",
        "--measure": "fighters-evacuated",
        "--outlet": "Mother Jones",
        "--reported-on": "2017-11",
    }
    base.update(kw)
    args = ["add", "raqqa-convoy"]
    for k, v in base.items():
        if v is not None:
            args += [k, v]
    return args


# -- add -----------------------------------------------------------------------------------


def test_add_figure_prints_the_reading(ct) -> None:
    out = ok(ct(*add_args()))
    assert "a few dozen fighters -> 24–60 fighters (hedge: a few dozen)" in out
    assert "raqqa-convoy-" in out


def test_add_json_returns_the_stored_record(ct) -> None:
    record = json.loads(ok(ct(*add_args(), "--json")))
    assert record["low"] == 24 and record["high"] == 60 and record["unit"] == "fighters"
    assert record["status"] == "active" and record["added_at"].endswith("Z")
    shown = json.loads(ok(ct("show", record["id"], "--json")))
    assert shown == record


def test_add_stance(ct) -> None:
    args = [
        "add",
        "Raqqa Convoy",
        "--claimant",
        "US-led coalition (CJTF-OIR)",
        "--quote",
        "not involved in the discussions that led to the arrangement",
        "--denies",
        "Coalition took part in negotiations",
        "--said-on",
        "2017-10-14",
        "--json",
    ]
    record = json.loads(ok(ct(*args)))
    assert record["subject"] == "raqqa-convoy"
    assert record["proposition"] == "coalition-took-part-in-negotiations"
    assert record["stance"] == "denies"


def test_adding_the_same_claim_twice_is_a_no_op(ct) -> None:
    first = json.loads(ok(ct(*add_args(), "--json")))
    result = ct(*add_args())
    assert result.exit_code == 0
    assert f"Already logged as {first['id']}" in result.stderr
    assert len(json.loads(ok(ct("list", "--json")))) == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (add_args(**{"--claimant": None}), "missing --claimant"),
        (add_args(**{"--measure": None}), "missing --measure"),
        (add_args(**{"--figure": None}), "missing --figure or --affirms/--denies"),
        (add_args(**{"--figure": "many"}), "error: --figure: no figure"),
        (add_args(**{"--said-on": "2017-02-30"}), "error: --said-on: '2017-02-30' is not a real"),
        (
            add_args(**{"--as-of": "2017-02-30", "--reported-on": "x"}),
            "error: --reported-on: 'x' is not a date",
        ),
        (add_args(**{"--low": "50", "--high": "30"}), "error: --low: 50 is greater than high 30"),
        (add_args(**{"--affirms": " "}), "error: --affirms is empty: give the proposition"),
        (add_args(**{"--figure": ""}), "error: --figure is empty: give the figure"),
        (
            add_args(**{"--affirms": "x", "--denies": "y"}),
            "give one of --affirms, --denies or --uncertain",
        ),
        (
            add_args(**{"--affirms": "x", "--id": "a" * 122}),
            "--id is 122 characters: a figure and a stance added together get the ids",
        ),
        (
            ["add", "!!!", "--claimant", "x", "--quote", "q", "--affirms", "p"],
            "is not a usable slug",
        ),
    ],
)
def test_add_refuses_bad_input(ct, empty_db: Path, args: list[str], message: str) -> None:
    before = empty_db.read_bytes()
    result = ct(*args)
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.output
    assert json.loads(ok(ct("list", "--json"))) == []
    assert empty_db.read_bytes() == before


def test_edit_names_the_option_typed(ct) -> None:
    claim = json.loads(ok(ct(*add_args(), "--json")))
    result = ct("edit", claim["id"], "--said-on", "2017-02-30", "--as-of", "2017-13-01")
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines() == [
        "error: --said-on: '2017-02-30' is not a real date; --as-of: '2017-13-01' is not a real"
        " date"
    ]
    assert json.loads(ok(ct("show", claim["id"], "--json"))) == claim


def test_add_warns_about_future_dates(ct) -> None:
    result = ct(*add_args(**{"--said-on": "2999-01-01", "--reported-on": "2999-01-02"}))
    assert result.exit_code == 0
    assert "warning: --said-on 2999-01-01 is in the future" in result.stderr


def test_add_with_existing_id_and_other_content_is_refused(ct) -> None:
    ok(ct(*add_args(**{"--id": "sdf-1"})))
    result = ct(*add_args(**{"--id": "sdf-1", "--figure": "some 250", "--quote": "some 250"}))
    assert result.exit_code == 2
    assert "id 'sdf-1' already exists with other content" in result.stderr


# -- list / show / subjects ----------------------------------------------------------------


def test_list_filters_and_json_shape(ct, sample_db: Path) -> None:
    everything = json.loads(ok(ct("list", "--json", db=sample_db)))
    raqqa = json.loads(ok(ct("list", "raqqa-convoy", "--json", db=sample_db)))
    figures = json.loads(ok(ct("list", "raqqa-convoy", "--kind", "figure", "--json", db=sample_db)))
    assert 0 < len(figures) < len(raqqa) < len(everything)
    assert all(r["kind"] == "figure" and r["subject"] == "raqqa-convoy" for r in figures)
    claimant = figures[0]["claimant"]
    by_claimant = json.loads(ok(ct("list", "--claimant", claimant.upper(), "--json", db=sample_db)))
    assert by_claimant and all(r["claimant"] == claimant for r in by_claimant)


def test_list_table_and_empty_result(ct, sample_db: Path) -> None:
    out = ok(ct("list", "raqqa-convoy", db=sample_db))
    assert "claimant" in out and "Syrian Democratic" in out
    result = ct("list", "no-such-subject", db=sample_db)
    assert result.exit_code == 0 and "No claims match." in result.stderr


def test_show_unknown_id_suggests(ct, sample_db: Path) -> None:
    some_id = json.loads(ok(ct("list", "--json", db=sample_db)))[0]["id"]
    result = ct("show", some_id[:8] + "zz", db=sample_db)
    assert result.exit_code == 1
    assert f"no claim with id '{some_id[:8]}zz'" in result.stderr


def test_subjects_counts(ct, sample_db: Path) -> None:
    rows = json.loads(ok(ct("subjects", "--json", db=sample_db)))
    names = [r["subject"] for r in rows]
    assert names == ["raqqa-convoy", "syria-isis-prison-escapes"]
    lines = sample_claims()
    for row in rows:
        mine = [x for x in lines if x["subject"] == row["subject"]]
        assert row["claims"] == len(mine)
        assert row["figures"] + row["stances"] == row["claims"]


# -- edit / retract / history --------------------------------------------------------------


def test_edit_keeps_history(ct) -> None:
    rec = json.loads(ok(ct(*add_args(), "--json")))
    edited = json.loads(
        ok(ct("edit", rec["id"], "--value", "some 250", "--paraphrase", "--reason", "r", "--json"))
    )
    assert (edited["low"], edited["high"], edited["hedge"]) == (225, 275, "around")
    assert edited["id"] == rec["id"] and edited["added_at"] == rec["added_at"]
    hist = json.loads(ok(ct("history", rec["id"], "--json")))
    assert [h["action"] for h in hist["history"]] == ["edit"]
    assert hist["history"][0]["reason"] == "r"
    assert hist["history"][0]["previous"] == rec
    table = ok(ct("history", rec["id"]))
    assert "value: a few dozen fighters -> some 250" in table


def test_edit_refuses_bad_value_and_changes_nothing(ct) -> None:
    rec = json.loads(ok(ct(*add_args(), "--json")))
    result = ct("edit", rec["id"], "--said-on", "2017-13-01")
    assert result.exit_code == 2 and "not a real date" in result.stderr
    assert json.loads(ok(ct("show", rec["id"], "--json"))) == rec
    assert json.loads(ok(ct("history", rec["id"], "--json")))["history"] == []
    nothing = ct("edit", rec["id"])
    assert nothing.exit_code == 2 and "nothing to change" in nothing.stderr


def test_retract_restore_and_purge(ct) -> None:
    rec = json.loads(ok(ct(*add_args(), "--json")))
    ok(ct("retract", rec["id"], "--reason", "misattributed"))
    assert json.loads(ok(ct("list", "--json"))) == []
    listed = json.loads(ok(ct("list", "--include-retracted", "--json")))
    assert listed[0]["status"] == "retracted"
    again = ct("retract", rec["id"])
    assert again.exit_code == 2 and "already retracted" in again.stderr
    ok(ct("retract", rec["id"], "--undo"))
    hist = json.loads(ok(ct("history", rec["id"], "--json")))
    assert [h["action"] for h in hist["history"]] == ["retract", "restore"]
    assert hist["history"][0]["reason"] == "misattributed"
    ok(ct("retract", rec["id"], "--purge"))
    assert ct("show", rec["id"]).exit_code == 1


def test_history_of_unknown_claim(ct) -> None:
    result = ct("history", "nope")
    assert result.exit_code == 1 and "no claim with id 'nope'" in result.stderr


# -- import / export -----------------------------------------------------------------------


def test_import_sample_into_empty_db_then_reimport_is_a_no_op(ct) -> None:
    n = len(sample_claims())
    first = json.loads(ok(ct("import", str(SAMPLE), "--json")))
    assert first["added"] == n and first["rejected"] == 0
    assert first["registry"] == 31  # the Raqqa convoy sum, 5 sources, 25 claimant roles
    second = json.loads(ok(ct("import", str(SAMPLE), "--json")))
    assert (second["added"], second["unchanged"], second["registry"]) == (0, n, 0)


def test_import_reports_every_bad_line_and_imports_nothing(ct, tmp_path: Path, empty_db) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(
        json.dumps(figure(id="ok-1"))
        + "\n"
        + "{not json\n"
        + json.dumps({k: v for k, v in figure(id="x-2").items() if k != "quote"})
        + "\n"
        + json.dumps(figure(id="x-3", colour="red"))
        + "\n",
        encoding="utf-8",
    )
    before = empty_db.read_bytes()
    result = ct("import", str(path))
    assert result.exit_code == 2
    err = result.stderr
    assert "error: 3 bad lines; nothing was imported" in err
    assert f"{path}:2: invalid JSON" in err
    assert f"{path}:3: quote: required field is missing" in err
    assert f"{path}:4: colour: unknown field" in err
    assert json.loads(ok(ct("list", "--json"))) == []
    assert empty_db.read_bytes() == before


def test_control_characters_are_refused_on_import_and_add(ct, tmp_path: Path, empty_db) -> None:
    path = tmp_path / "nul.jsonl"
    path.write_text(json.dumps(figure(claimant="X\u0000Y")) + "\n", encoding="utf-8")
    before = empty_db.read_bytes()
    result = ct("import", str(path))
    assert result.exit_code == 2
    assert f"{path}:1: claimant: a control character U+0000 at character 2" in result.stderr
    assert empty_db.read_bytes() == before
    result = ct("add", "s", "--claimant", "A", "--quote", "q", "--affirms", "p", "--note", "x\x07")
    assert result.exit_code == 2
    assert "note: a control character U+0007 at character 2" in result.stderr
    assert "Traceback" not in result.output


def test_import_skip_invalid_writes_rejects(ct, tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    good = json.dumps(figure(id="ok-1"))
    path.write_text(good + "\n{oops\n", encoding="utf-8")
    result = ct("import", str(path), "--skip-invalid", "--json")
    summary = json.loads(ok(result))
    assert (summary["added"], summary["rejected"]) == (1, 1)
    rejects = Path(summary["rejects_file"])
    assert rejects == Path(f"{path}.rejects.jsonl")
    assert rejects.read_text() == "{oops\n"
    assert f"skipped {path}:2: invalid JSON" in result.stderr


def test_import_conflicting_ids_needs_update(ct, tmp_path: Path) -> None:
    write_jsonl(tmp_path / "a.jsonl", [figure(id="c-1", value="a few dozen")])
    write_jsonl(tmp_path / "b.jsonl", [figure(id="c-1", value="some 250")])
    ok(ct("import", str(tmp_path / "a.jsonl")))
    result = ct("import", str(tmp_path / "b.jsonl"))
    assert result.exit_code == 2
    assert "1 id already exists with other content; nothing was imported" in result.stderr
    assert f"{tmp_path / 'b.jsonl'}:1: id: c-1 already exists with other content" in result.stderr
    assert "--update" in result.stderr
    summary = json.loads(ok(ct("import", str(tmp_path / "b.jsonl"), "--update", "--json")))
    assert summary["updated"] == 1
    hist = json.loads(ok(ct("history", "c-1", "--json")))
    assert hist["history"][0]["action"] == "update"
    assert hist["history"][0]["previous"]["value"] == "a few dozen"
    assert hist["current"]["value"] == "some 250"


def test_import_from_stdin(ct) -> None:
    data = json.dumps(stance(id="s-1")) + "\n"
    summary = json.loads(ok(ct("import", "-", "--json", input=data)))
    assert summary["file"] == "<stdin>" and summary["added"] == 1


def test_import_missing_file(ct, tmp_path: Path) -> None:
    result = ct("import", str(tmp_path / "nope.jsonl"))
    assert result.exit_code == 2 and "no such file" in result.stderr


def test_export_import_round_trip_is_exact(ct, sample_db: Path, tmp_path: Path, runner) -> None:
    ok(ct("retract", json.loads(ok(ct("list", "--json", db=sample_db)))[0]["id"], db=sample_db))
    out = tmp_path / "export.jsonl"
    ok(ct("export", "-o", str(out), db=sample_db))
    fresh = tmp_path / "fresh.db"
    ok(runner.invoke(app, ["init", "--empty", str(fresh)]))
    ok(ct("import", str(out), db=fresh))
    again = tmp_path / "again.jsonl"
    ok(ct("export", "-o", str(again), db=fresh))
    assert again.read_bytes() == out.read_bytes()
    records = [json.loads(x) for x in out.read_text().splitlines()]
    assert [r["record"] for r in records if "record" in r] == [
        *["claimant"] * 25, "sum", *["source"] * 5,
    ]  # fmt: skip
    assert {
        "record": "sum",
        "subject": "raqqa-convoy",
        "total": "people-evacuated-in-convoy",
        "parts": ["isis-fighters-evacuated", "isis-family-members-evacuated"],
    } in records
    assert any(r.get("status") == "retracted" for r in records)


def test_export_to_stdout_and_unknown_subject(ct, sample_db: Path) -> None:
    lines = ok(ct("export", "raqqa-convoy", db=sample_db)).splitlines()
    claims = [json.loads(x) for x in lines if '"record"' not in x]
    assert claims and all(c["subject"] == "raqqa-convoy" for c in claims)
    syria = ok(ct("export", "syria-isis-prison-escapes", db=sample_db)).splitlines()
    records = [json.loads(x) for x in syria if '"record"' in x]
    assert not [r for r in records if r["record"] == "sum"]  # the Raqqa sum stays with Raqqa
    assert [r["outlet"] for r in records if r["record"] == "source"] == ["Defense One"]
    result = ct("export", "raqqa-convoi", db=sample_db)
    assert result.exit_code == 1
    assert "no claims on subject 'raqqa-convoi'" in result.stderr
    assert "did you mean: raqqa-convoy" in result.stderr


def test_export_to_missing_directory_fails_cleanly(ct, sample_db: Path, tmp_path: Path) -> None:
    result = ct("export", "-o", str(tmp_path / "nope" / "x.jsonl"), db=sample_db)
    assert result.exit_code == 1 and "does not exist" in result.stderr


# -- figure / init / database location -----------------------------------------------------


def test_figure_command(runner: CliRunner) -> None:
    result = runner.invoke(app, ["figure", "around 4,000 people"])
    assert ok(result) == "around 4,000 people -> 3,600–4,400 people (hedge: around)\n"
    data = json.loads(ok(runner.invoke(app, ["figure", "around 4,000 people", "--json"])))
    assert data == {
        "text": "around 4,000 people",
        "low": 3600,
        "high": 4400,
        "unit": "people",
        "hedge": "around",
        "exact": False,
        "rounding": 0,
        "dimension": "count",
        "base_low": 3600,
        "base_high": 4400,
    }
    bad = runner.invoke(app, ["figure", "a lot", "--json"])
    assert bad.exit_code == 2 and bad.stdout == "" and "error:" in bad.stderr


def test_fresh_database_is_loaded_with_the_sample(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    result = runner.invoke(app, ["--db", str(db), "subjects", "--json"])
    assert result.exit_code == 0, result.output
    assert "with the bundled sample" in result.stderr
    assert [r["subject"] for r in json.loads(result.stdout)] == [
        "raqqa-convoy",
        "syria-isis-prison-escapes",
    ]
    again = runner.invoke(app, ["--db", str(db), "subjects", "--json"])
    assert "bundled sample" not in again.stderr


def test_database_location_from_env(runner: CliRunner, tmp_path: Path, monkeypatch) -> None:
    db = tmp_path / "env.db"
    monkeypatch.setenv("CLAIMTRACK_DB", str(db))
    ok(runner.invoke(app, ["subjects"]))
    assert db.exists()


def test_default_location_is_the_user_data_dir(runner, monkeypatch, isolated_home: Path) -> None:
    monkeypatch.delenv("CLAIMTRACK_DB")
    ok(runner.invoke(app, ["subjects"]))
    assert list(isolated_home.rglob("claims.db"))


def test_init_refuses_to_overwrite(runner: CliRunner, empty_db: Path) -> None:
    result = runner.invoke(app, ["init", str(empty_db)])
    assert result.exit_code == 1 and "already exists" in result.stderr


# -- manners -------------------------------------------------------------------------------


def test_version(runner: CliRunner) -> None:
    from claimtrack import __version__

    # a source tree (an editable install) runs the pure-Python engine; see test_engine_build.py
    assert (
        ok(runner.invoke(app, ["--version"])) == f"claimtrack {__version__} (engine compiled: no)\n"
    )


def _command_paths() -> list[str]:
    """Every command of the app, sub-commands of a group as "group sub", read from the app
    itself so that a new command cannot be left out of the help tests."""

    def walk(group: object, prefix: str) -> list[str]:
        out = []
        for name, command in sorted(getattr(group, "commands", {}).items()):
            path = f"{prefix}{name}"
            out.append(path)
            out.extend(walk(command, path + " "))
        return out

    return walk(typer.main.get_command(app), "")


COMMANDS = _command_paths()


def test_the_command_list_is_read_from_the_app() -> None:
    assert {"add", "conflicts", "export", "import", "measure", "relate", "source add"} <= set(
        COMMANDS
    )


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(runner: CliRunner, command: str) -> None:
    for flag in ("--help", "-h"):
        result = runner.invoke(app, [*command.split(), flag])
        assert result.exit_code == 0, result.output
        assert "Example: claimtrack " + command in " ".join(result.stdout.split())


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_help_shows_no_value_after_a_flag(runner: CliRunner, command: str) -> None:
    # typer writes "<bool>" after a flag ("--json <bool>"), as if it took a value
    result = runner.invoke(app, [*command.split(), "--help"])
    assert result.exit_code == 0, result.output
    assert "<bool>" not in result.stdout


def test_help_keeps_the_type_of_an_option_that_takes_a_value(runner: CliRunner) -> None:
    result = runner.invoke(app, ["conflicts", "--help"])
    lines = [line for line in result.stdout.splitlines() if "--csv" in line or "--json" in line]
    assert any("<path>" in line for line in lines if "--csv" in line)
    assert not any("<" in line for line in lines if "--json" in line)


def test_help_paragraphs_are_not_broken_where_the_docstring_was(runner: CliRunner) -> None:
    # typer kept the docstring's line breaks and wrapped again: "... gives two" / "claims"
    result = runner.invoke(app, ["add", "--help"], env={"COLUMNS": "80"})
    lines = [line.strip() for line in result.stdout.splitlines()]
    assert any("gives two claims, stored together" in line for line in lines)
    assert "gives two" not in [line[-9:] for line in lines]


def test_no_command_lists_them_all(runner: CliRunner) -> None:
    result = runner.invoke(app, [])
    text = result.output
    for command in COMMANDS:
        assert command.split()[0] in text


def test_unknown_command_is_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(app, ["frobnicate"])
    assert result.exit_code == 2


def test_list_limit(ct) -> None:
    data = "".join(json.dumps(figure(id=f"l-{i}", value=str(i + 1))) + "\n" for i in range(5))
    assert ct("import", "-", input=data).exit_code == 0
    assert len(json.loads(ct("list", "--json", "--limit", "2").stdout)) == 2
    assert len(json.loads(ct("list", "--json").stdout)) == 5
    assert ct("list", "--limit", "0").exit_code == 2


def test_big_list_table_is_capped(ct, monkeypatch) -> None:
    import claimtrack.cli.claims

    monkeypatch.setattr(claimtrack.cli.claims, "TABLE_LIMIT", 3)
    data = "".join(json.dumps(figure(id=f"l-{i}", value=str(i + 1))) + "\n" for i in range(5))
    assert ct("import", "-", input=data).exit_code == 0
    result = ct("list")
    assert "Showing the first 3: use --limit N or --json for more." in result.stderr
    assert "l-3" not in result.stdout and "l-2" in result.stdout
