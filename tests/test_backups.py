"""Outputs that lose nothing (#15): the JSONL export as a backup (reviews, history), the
`backup` command, the WAL folded back on close, ClaimReview per claimant kind and per page,
the sheet's verdict and BOM, and the one message path on stderr."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from conftest import figure, stance, write_jsonl


def load(ct, *records: dict, new: bool = False) -> None:
    data = "".join(json.dumps(r) + "\n" for r in records)
    result = ct("import", "-", *(["--new"] if new else []), input=data)
    assert result.exit_code == 0, result.output


def ok(result) -> str:
    assert result.exit_code == 0, result.output
    return result.stdout


def lines(text: str) -> list[dict]:
    return [json.loads(x) for x in text.split("\n") if x]


# -- export is a backup -------------------------------------------------------------------


def reviewed_and_edited(ct) -> None:
    # "SDF" beside "Syrian Democratic Forces": one organisation, confirmed new, then aliased
    load(ct, figure(id="a"), figure(id="b", value="250", claimant="SDF"), stance(id="c"), new=True)
    ok(ct("review", "a", "--rating", "Unproven", "--url", "https://fc.example/a"))
    ok(ct("review", "a", "--rating", "False", "--summary", "A few dozen left", "--finding", "No."))
    ok(ct("edit", "b", "--note", "checked", "--reason", "dated"))
    ok(ct("retract", "c", "--reason", "misattributed"))
    ok(ct("alias", "SDF", "--same-as", "Syrian Democratic Forces", "--json"))


def test_export_is_a_backup(ct, tmp_path: Path, runner, empty_db) -> None:
    from claimtrack.cli import app

    reviewed_and_edited(ct)
    full = ok(ct("export", "--with-history"))
    records = lines(full)
    kinds = [r.get("record", "claim") for r in records]
    assert kinds == ["alias", "claim", "claim", "claim", "review", "review", "version", "version"]
    assert records[4] == {
        "record": "review",
        "claim_id": "a",
        "rating": "Unproven",
        "url": "https://fc.example/a",
        "reviewed_at": records[4]["reviewed_at"],
    }
    assert records[5]["summary"] == "A few dozen left" and records[5]["finding"] == "No."
    assert records[6]["claim_id"] == "b" and records[6]["action"] == "edit"
    assert records[6]["reason"] == "dated" and "note" not in records[6]["previous"]
    assert [r.get("record") for r in lines(ok(ct("export")))].count("version") == 0
    dump = tmp_path / "all.jsonl"
    dump.write_text(full, encoding="utf-8")
    other = tmp_path / "other.db"
    assert runner.invoke(app, ["init", "--empty", str(other)]).exit_code == 0

    def there(*args: str):
        return runner.invoke(app, ["--db", str(other), *args])

    imported = there("import", str(dump))
    assert imported.exit_code == 0, imported.output
    assert imported.stderr == f"Imported {dump}: 3 added, 0 unchanged, 5 other records stored.\n"
    assert ok(there("export", "--with-history")) == full
    for claim_id in ("a", "b", "c"):
        for command in ("show", "history"):
            assert ok(there(command, claim_id)) == ok(ct(command, claim_id))
    assert "has never been changed" not in ok(there("history", "c"))
    again = json.loads(ok(there("import", str(dump), "--json")))
    assert (again["added"], again["unchanged"], again["registry"]) == (0, 3, 0)
    assert ok(there("export", "--with-history")) == full
    home = json.loads(ok(ct("import", str(dump), "--json")))  # back into its own database
    assert (home["added"], home["updated"], home["registry"]) == (0, 0, 0)
    assert ok(ct("export", "--with-history")) == full


def test_one_subjects_export_carries_its_own_reviews_only(ct) -> None:
    load(ct, figure(id="a"), figure(id="z", subject="other-story"))
    ok(ct("review", "a", "--rating", "False"))
    ok(ct("review", "z", "--rating", "True"))
    records = lines(ok(ct("export", "other-story")))
    assert [(r.get("record"), r.get("claim_id", r.get("id"))) for r in records] == [
        (None, "z"),
        ("review", "z"),
    ]


@pytest.mark.parametrize(
    ("record", "problem"),
    [
        ({"claim_id": "nope", "rating": "False", "reviewed_at": "2026-01-01T00:00:00Z"},
         "review: claim nope is not in the database or earlier in this input"),
        ({"claim_id": "a", "rating": "False"}, "reviewed_at: required field is missing"),
        ({"claim_id": "a", "rating": "False", "reviewed_at": "x", "url": "javascript:alert(1)"},
         "url: 'javascript:alert(1)' is not an absolute web address (http:// or https://)"),
        ({"claim_id": "a", "rating": " ", "reviewed_at": "x"}, "rating: must be non-empty text"),
        ({"claim_id": "a", "rating": "x", "reviewed_at": "x", "stars": 5}, "stars: unknown field"),
    ],
)  # fmt: skip
def test_bad_review_records_are_bad_lines(ct, tmp_path: Path, record, problem) -> None:
    path = write_jsonl(tmp_path / "r.jsonl", [figure(id="a"), {"record": "review", **record}])
    result = ct("import", str(path))
    assert result.exit_code == 2, result.output
    assert f"  {path}:2: {problem}" in result.stderr.splitlines()
    assert ok(ct("list", "--json")) == "[]\n"  # nothing imported


@pytest.mark.parametrize(
    ("record", "problem"),
    [
        ({"claim_id": "a", "action": "edit", "changed_at": "t", "previous": {"id": "b"}},
         "previous: must be the claim record as it was (with the same id)"),
        ({"claim_id": "a", "action": "burn", "changed_at": "t", "previous": {"id": "a"}},
         "action: must be one of edit, retract, restore, update, reread, withdraw"),
    ],
)  # fmt: skip
def test_bad_version_records_are_bad_lines(ct, tmp_path: Path, record, problem) -> None:
    path = write_jsonl(tmp_path / "v.jsonl", [figure(id="a"), {"record": "version", **record}])
    result = ct("import", str(path))
    assert result.exit_code == 2, result.output
    assert f"  {path}:2: {problem}" in result.stderr.splitlines()


# -- backup and the write-ahead log -------------------------------------------------------


def test_backup_is_a_checked_single_file_copy(ct, empty_db: Path, tmp_path: Path) -> None:
    reviewed_and_edited(ct)
    copy = tmp_path / "copy.db"
    result = ct("backup", str(copy))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr == f"Backed up to {copy} (3 claims, 2 reviews).\n"
    assert not Path(f"{copy}-wal").exists()
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert ok(ct("export", "--with-history", db=copy)) == ok(ct("export", "--with-history"))


def test_backup_refuses_the_live_database_and_an_existing_file(ct, empty_db, tmp_path) -> None:
    load(ct, figure(id="a"))
    before = empty_db.read_bytes()
    for target in (empty_db, Path(f"{empty_db}-wal")):
        result = ct("backup", str(target), "--force")
        assert result.exit_code == 2
        assert (
            result.stderr
            == f"error: {target} is the live database itself; back up to another file\n"
        )
    link = tmp_path / "link.db"
    link.symlink_to(empty_db)
    assert ct("backup", str(link), "--force").exit_code == 2
    assert empty_db.read_bytes() == before
    old = tmp_path / "old.db"
    old.write_bytes(b"precious")
    result = ct("backup", str(old))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"error: {old} already exists; not overwriting it",
        "hint: give --force to replace it with the new backup",
    ]
    assert old.read_bytes() == b"precious"
    assert ct("backup", str(old), "--force").exit_code == 0
    assert old.read_bytes().startswith(b"SQLite format 3\x00")
    missing = tmp_path / "no" / "x.db"
    assert ct("backup", str(missing)).stderr.startswith(f"error: cannot back up to {missing}")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_backup_of_a_missing_database_creates_nothing(runner, tmp_path: Path) -> None:
    from claimtrack.cli import app

    db = tmp_path / "none.db"
    result = runner.invoke(app, ["--db", str(db), "backup", str(tmp_path / "copy.db")])
    assert result.exit_code == 1
    assert "does not exist; nothing to back up" in result.stderr
    assert not db.exists() and not (tmp_path / "copy.db").exists()


def test_a_database_at_rest_is_one_file(ct, empty_db: Path) -> None:
    load(ct, figure(id="a"))
    ok(ct("review", "a", "--rating", "False"))
    assert not Path(f"{empty_db}-wal").exists()
    # a plain copy is now complete
    conn = sqlite3.connect(f"file:{empty_db}?mode=ro", uri=True)
    assert conn.execute("SELECT count(*) FROM reviews").fetchone()[0] == 1
    conn.close()


# -- ClaimReview --------------------------------------------------------------------------


LONG = (
    "Publicly, the SDF said that only a few dozen fighters had been able to leave, all of "
    "them locals."
)


@pytest.mark.parametrize(
    ("quote", "summary", "expected"),
    [
        ("short  quote\n", None, "short quote"),
        (LONG, None, "Publicly, the SDF said that only a few dozen fighters had been able to…"),
        ("x" * 100, None, "x" * 74 + "…"),
        ("a " + "y" * 100, None, "a…"),
        (LONG, "Only a few dozen  fighters left", "Only a few dozen fighters left"),
    ],
)
def test_claim_reviewed_is_the_summary_or_the_quote_cut_at_a_word(quote, summary, expected):
    from claimtrack.exports import CLAIM_REVIEWED_MAX, claim_reviewed

    got = claim_reviewed({"quote": quote}, {"summary": summary} if summary else {})
    assert got == expected and len(got) <= CLAIM_REVIEWED_MAX


def test_claimreview_author_dates_retractions_and_every_subject(ct) -> None:
    load(
        ct,
        figure(id="a", claimant="Donald Trump", reported_on="2017-11-14"),
        figure(id="b", claimant="Syrian Democratic Forces", said_on="2017-11-01", value="250"),
        stance(id="c", subject="other-story"),
        stance(id="d", subject="other-story", claimant="Gone"),
    )
    ok(ct("claimant", "Donald Trump", "--kind", "person"))
    for claim_id in "abcd":
        ok(ct("review", claim_id, "--rating", "False", "--url", f"https://fc.example/{claim_id}"))
    ok(ct("retract", "d"))
    docs = json.loads(ok(ct("export", "--format", "claimreview")))
    assert [d["@id"].rsplit("-", 1)[1] for d in docs] == ["a", "b", "c"]  # d is retracted
    items = {d["url"][-1]: d["itemReviewed"] for d in docs}
    assert items["a"]["author"] == {"@type": "Person", "name": "Donald Trump"}
    assert items["b"]["author"]["@type"] == "Organization"
    assert items["a"]["datePublished"] == "2017-11-14"  # no said_on: reported_on
    assert items["b"]["datePublished"] == "2017-11-01"
    assert "datePublished" not in items["c"]


def test_claimreview_split_writes_one_review_per_file(ct, tmp_path: Path) -> None:
    load(ct, figure(id="a"), figure(id="b", value="250"), figure(id="c", value="13"))
    for claim_id in "ab":
        ok(ct("review", claim_id, "--rating", "False", "--url", "https://fc.example/same"))
    out = tmp_path / "pages"
    result = ct("export", "--format", "claimreview", "--split", str(out))
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[-1] == f"Wrote 2 ClaimReview files to {out}"
    assert "2 ClaimReviews name no author (a, b)" in result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["a.json", "b.json"]
    doc = json.loads((out / "a.json").read_text())
    assert doc["@type"] == "ClaimReview" and doc["@id"] == "https://fc.example/same#claim-a"
    assert ct("export", "--format", "claimreview", "--split", str(tmp_path / "x" / "y")).exit_code
    assert ct("export", "--split", str(out)).exit_code == 2


HOSTILE = 'He said "</script><script>alert(1)</script>" & left \u2028 at once.'


def test_a_hostile_quote_survives_a_web_page_read_by_extruct(ct, tmp_path: Path) -> None:
    from html.parser import HTMLParser

    import extruct  # a test extra: a missing install fails here rather than skipping

    load(ct, figure(id="a", quote=HOSTILE), figure(id="b", value="250", quote="plain"))
    for claim_id in "ab":
        ok(ct("review", claim_id, "--rating", "False", "--url", f"https://fc.example/{claim_id}"))
    out = tmp_path / "pages"
    ok(ct("export", "--format", "claimreview", "--split", str(out)))
    blocks = "".join(
        f'<script type="application/ld+json">{p.read_text()}</script>'
        for p in sorted(out.iterdir())
    )
    page = f"<!doctype html><html><head><title>t</title>{blocks}</head><body>x</body></html>"

    class Scripts(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.types: list[str | None] = []

        def handle_starttag(self, tag, attrs) -> None:
            if tag == "script":
                self.types.append(dict(attrs).get("type"))

    parser = Scripts()
    parser.feed(page)
    assert parser.types == ["application/ld+json"] * 2  # no script element from user text
    found = extruct.extract(page, syntaxes=["json-ld"], uniform=True)["json-ld"]
    assert sorted(d["url"] for d in found) == ["https://fc.example/a", "https://fc.example/b"]
    by_url = {d["url"]: d for d in found}
    assert by_url["https://fc.example/a"]["itemReviewed"]["text"] == HOSTILE


# -- the sheet ----------------------------------------------------------------------------


def sheet_claims(ct) -> None:
    load(
        ct,
        figure(id="f1", note="'Another driver' said so"),
        figure(id="f2", value="250", quote="'tis hundreds", reported_on="2017-11"),
    )
    ok(ct("review", "f2", "--rating", "Misleading"))


def test_the_bom_is_for_files_not_for_pipes(ct, tmp_path: Path) -> None:
    sheet_claims(ct)
    piped = ok(ct("export", "--format", "csv"))
    assert next(csv.DictReader(io.StringIO(piped)))["id"] in ("f1", "f2")  # not '\ufeffid'
    file = tmp_path / "sheet.csv"
    ok(ct("conflicts", "raqqa-convoy", "--csv", str(file), "--json"))
    assert file.read_bytes().startswith(b"\xef\xbb\xbf")
    ok(ct("conflicts", "raqqa-convoy", "--csv", str(file), "--no-bom", "--json"))
    assert file.read_bytes().startswith(b"conflict,")
    assert ok(ct("export", "--format", "csv", "--bom")).startswith("\ufeffid,")
    assert ok(ct("export", "--format", "csv", "--template")).startswith("id,")
    assert ct("export", "--bom").exit_code == 2


def test_only_a_regular_file_gets_a_bom_unless_told(tmp_path: Path) -> None:
    import os

    from claimtrack.exports import wants_bom

    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    existing = tmp_path / "old.csv"
    existing.write_text("x")
    cases = [
        ("-", None, False),
        (None, None, False),
        (fifo, None, False),
        ("/dev/null", None, False),
        (existing, None, True),
        (tmp_path / "new.csv", None, True),
        ("-", True, True),
        (existing, False, False),
    ]
    assert [wants_bom(path, bom) for path, bom, _ in cases] == [want for *_, want in cases]


def test_the_sheet_has_the_verdict_and_keeps_leading_apostrophes(ct, tmp_path: Path) -> None:
    sheet_claims(ct)
    file = tmp_path / "sheet.csv"
    ok(ct("conflicts", "raqqa-convoy", "--csv", str(file), "--json"))
    rows = {r["claim_id"]: r for r in csv.DictReader(io.StringIO(file.read_text("utf-8-sig")))}
    assert (rows["f2"]["verdict"], rows["f1"]["verdict"]) == ("Misleading", "")
    assert rows["f2"]["quote"] == "''tis hundreds"  # Gnumeric drops the first apostrophe only
    # a month has the guard apostrophe: Excel would read it as the 1st of that month (outputs12)
    assert rows["f2"]["reported_on"] == "'2017-11"


# -- one message path ---------------------------------------------------------------------


def test_add_and_edit_confirm_on_stderr(ct) -> None:
    added = ct(
        "add", "story", "--claimant", "A", "--quote", "250 left", "--figure", "250",
        "--measure", "fighters", "--id", "x1",
    )  # fmt: skip
    assert added.exit_code == 0, added.output
    assert added.stderr == "Added x1.\n"
    assert "Added" not in added.stdout and "x1" in added.stdout  # the record: data
    edited = ct("edit", "x1", "--note", "n")
    assert edited.stderr == "Edited x1.\n" and "Edited" not in edited.stdout


def test_skipped_lines_reach_the_terminal_escaped(ct, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    hostile = "\x1b]0;pwned\x07\x1b[2J\r[bold]"
    write_jsonl(
        bad,
        [
            figure(id="ok"),
            {"record": "alias", "name": "a", "same_as": "b", hostile: 1},
            figure(id="x2") | {hostile: 1},
        ],
    )
    result = ct("import", str(bad), "--skip-invalid")
    assert result.exit_code == 0, result.output
    assert not {"\x1b", "\x07", "\r"} & set(result.stderr)
    skipped = [x for x in result.stderr.splitlines() if x.startswith("skipped")]
    assert len(skipped) == 2
    assert skipped[0] == f"skipped {bad}:2: \\x1b]0;pwned\\x07\\x1b[2J\\x0d[bold]: unknown field"
    assert "\\x1b]0;pwned" in skipped[1]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("plain", "plain"),
        ("\x1b[31mred\x1b[0m", "\\x1b[31mred\\x1b[0m"),
        ("over\rwrite", "over\\x0dwrite"),
        ("bell\x07 \x9b", "bell\\x07 \\x9b"),
        ("[bold]not bold[/bold] [link=x]y[/link]", "[bold]not bold[/bold] [link=x]y[/link]"),
    ],
)
def test_messages_escape_user_text(capsys, text: str, shown: str) -> None:
    from claimtrack import messages

    messages.say(f"note: {text}")
    messages.error("bad", details=[text], hint=text)
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"note: {shown}\nerror: bad\n  {shown}\nhint: {shown}\n"
