"""Nothing lost, nothing let in: bad input, broken databases, hostile text.

Every bad-input case asserts the message (with FILE:LINE where there is one), the exit code,
that no traceback reaches the user, and that the database's content is unchanged.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import astuple
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from claimtrack.cli import app

from conftest import examples, figure, stance, store_unchecked, write_jsonl


def dump(db: Path) -> str:
    """The database's logical content (schema and rows), independent of WAL/page layout."""
    conn = sqlite3.connect(db)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def lines(*records: object) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


GOOD = figure(id="good-1")

# (case id, file text or bytes, expected message fragment) — every one must fail with exit 2.
BAD_IMPORTS: list[tuple[str, str | bytes, str]] = [
    ("malformed-json", lines(GOOD, "{this is not json}"), ":2: invalid JSON"),
    ("truncated-last-line", lines(GOOD) + '{"subject": "raqqa-convoy", "claim', ":2: invalid JSON"),
    ("array-line", lines(GOOD, "[1, 2, 3]"), ":2: line is not a JSON object"),
    ("string-line", lines(GOOD, '"just text"'), ":2: line is not a JSON object"),
    ("number-line", lines("42"), ":1: line is not a JSON object"),
    (
        "missing-quote",
        lines({k: v for k, v in GOOD.items() if k != "quote"}),
        ":1: quote: required field is missing",
    ),
    (
        "missing-subject",
        lines({k: v for k, v in GOOD.items() if k != "subject"}),
        ":1: subject: required field is missing",
    ),
    (
        "missing-claimant",
        lines({k: v for k, v in GOOD.items() if k != "claimant"}),
        ":1: claimant: required field is missing",
    ),
    (
        "missing-kind",
        lines({k: v for k, v in GOOD.items() if k != "kind"}),
        ":1: kind: required field is missing",
    ),
    ("unknown-field", lines(figure(claimnt="typo")), ":1: claimnt: unknown field"),
    (
        "wrong-type-quote",
        lines(figure(quote=12)),
        ":1: quote: must be text (in quotes), got the number 12",
    ),
    (
        "wrong-type-low-string",
        lines(figure(low="24")),
        ':1: low: must be a number (without quotes), got the text "24"',
    ),
    (
        "wrong-type-low-bool",
        lines(figure(low=True)),
        ":1: low: must be a number (without quotes), got true",
    ),
    (
        "nested-object",
        lines(figure(claimant={"name": "x"})),
        ":1: claimant: must be text (in quotes), got an object ({...})",
    ),
    (
        "figure-without-measure",
        lines({k: v for k, v in GOOD.items() if k != "measure"}),
        ":1: measure: required for a figure",
    ),
    (
        "figure-without-value",
        lines({k: v for k, v in GOOD.items() if k != "value"}),
        ":1: value: required for a figure",
    ),
    (
        "stance-maybe",
        lines(stance(stance="maybe")),
        ":1: stance: must be 'affirms', 'denies' or 'uncertain'",
    ),
    (
        "stance-missing",
        lines({k: v for k, v in stance().items() if k != "stance"}),
        ":1: stance: required for a stance",
    ),
    (
        "stance-with-measure",
        lines(stance(measure="fighters")),
        ":1: measure: not allowed on a stance",
    ),
    ("unknown-kind", lines(figure(kind="opinion")), ":1: kind: must be 'figure' or 'stance'"),
    ("unreadable-figure", lines(figure(value="a great many")), ":1: value: no figure"),
    ("low-above-high", lines(figure(low=500, high=20)), ":1: low: 500 is greater than high 20"),
    ("high-without-low", lines(figure(high=20)), ":1: low: required when high is given"),
    (
        "impossible-date",
        lines(figure(said_on="2017-02-30")),
        ":1: said_on: '2017-02-30' is not a real date",
    ),
    (
        "bad-date-format",
        lines(figure(reported_on="14/10/2017")),
        ":1: reported_on: '14/10/2017': all-number dates are refused",
    ),
    ("bad-slug", lines(figure(subject="!!!")), ":1: subject: '!!!' is not a usable slug"),
    ("non-latin-slug", lines(figure(measure="مقاتلين")), ":1: measure:"),
    ("bad-id", lines(figure(id="has space")), ":1: id: 'has space' is not a usable id"),
    (
        "nan-bound",
        lines(
            '{"subject": "s", "claimant": "c", "quote": "q", "kind": "figure", "measure": "m", "value": "1", "low": NaN}'
        ),
        ":1: ",
    ),
    (
        "lone-surrogate",
        lines(
            '{"subject": "s", "claimant": "c\\ud800", "quote": "q", "kind": "stance", "proposition": "p", "stance": "affirms"}'
        ),
        ":1: invalid JSON",
    ),
    (
        "not-utf8",
        b'{"subject": "raqqa-convoy", "claimant": "caf\xe9", "quote": "q", "kind": "stance", "proposition": "p", "stance": "affirms"}\n',
        ":1: not valid UTF-8 (byte 0xe9 at column 45)",
    ),
    (
        "duplicate-id-in-file",
        lines(figure(id="d-1"), figure(id="d-1", value="some 250")),
        ":2: id: d-1 appears earlier in this input with other content",
    ),
]


@pytest.mark.parametrize(
    ("case", "content", "message"), BAD_IMPORTS, ids=[c[0] for c in BAD_IMPORTS]
)
def test_bad_import_is_one_clear_error_and_changes_nothing(
    ct, empty_db: Path, tmp_path: Path, case: str, content: str | bytes, message: str
) -> None:
    ok_result = ct("import", "-", input=lines(figure(id="before")))
    assert ok_result.exit_code == 0, ok_result.output
    before = dump(empty_db)
    path = tmp_path / f"{case}.jsonl"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    result = ct("import", str(path))
    assert result.exit_code == 2, result.output
    assert f"{path}{message}" in result.stderr, result.stderr
    assert result.stderr.startswith("error: ")
    assert "Traceback" not in result.output
    assert result.stdout == ""
    assert dump(empty_db) == before


def test_existing_id_with_other_content(ct, empty_db: Path, tmp_path: Path) -> None:
    ct("import", str(write_jsonl(tmp_path / "a.jsonl", [figure(id="x-1")])))
    before = dump(empty_db)
    result = ct("import", str(write_jsonl(tmp_path / "b.jsonl", [figure(id="x-1", value="250")])))
    assert result.exit_code == 2
    assert "1 id already exists with other content; nothing was imported" in result.stderr
    assert f"{tmp_path / 'b.jsonl'}:1: id: x-1 already exists with other content" in result.stderr
    assert dump(empty_db) == before


@pytest.mark.slow  # starts a process (tests/conftest.py: process tests are slow)
def test_ten_megabyte_line_is_refused(ct, empty_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "huge.jsonl"
    path.write_text(lines(GOOD, figure(id="huge", quote="x" * 10_000_000)), encoding="utf-8")
    before = dump(empty_db)
    result = ct("import", str(path))
    assert result.exit_code == 2
    assert f"{path}:2: line is longer than 1 MiB" in result.stderr
    assert dump(empty_db) == before


def test_empty_file_is_refused(ct, empty_db: Path, tmp_path: Path) -> None:
    for content in ("", "\n\n  \n"):
        path = tmp_path / "empty.jsonl"
        path.write_text(content)
        before = dump(empty_db)
        result = ct("import", str(path))
        assert result.exit_code == 2
        assert "the file is empty: no claims to import" in result.stderr
        assert dump(empty_db) == before


# -- accepted oddities ---------------------------------------------------------------------


def test_blank_lines_bom_and_crlf_are_accepted(ct, tmp_path: Path) -> None:
    path = tmp_path / "windows.jsonl"
    body = "\r\n".join([json.dumps(figure(id="w-1")), "", "   ", json.dumps(stance(id="w-2"))])
    path.write_bytes(b"\xef\xbb\xbf" + body.encode() + b"\r\n")
    summary = json.loads(ct("import", str(path), "--json").stdout)
    assert summary["added"] == 2 and summary["read"] == 2
    ids = [r["id"] for r in json.loads(ct("list", "--json").stdout)]
    assert sorted(ids) == ["w-1", "w-2"]


def test_future_dates_are_accepted_with_a_warning(ct, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "f.jsonl", [figure(id="f-1", said_on="2999-05")])
    result = ct("import", str(path))
    assert result.exit_code == 0, result.output
    assert f"warning: {path}:1: said_on 2999-05 is in the future" in result.stderr


# -- databases that must not be touched ----------------------------------------------------


def test_db_in_missing_directory(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "no" / "such" / "dir" / "claims.db"
    result = runner.invoke(app, ["--db", str(db), "list"])
    assert result.exit_code == 1
    assert f"cannot create database {db}: directory {db.parent} does not exist" in result.stderr
    assert not db.parent.exists()


def test_db_in_read_only_location(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--db", "/proc/claimtrack-test.db", "list"])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: ")
    assert "/proc/claimtrack-test.db" in result.stderr
    assert "Traceback" not in result.output


def test_file_that_is_not_a_database(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "notes.txt"
    db.write_text("my precious notes\n" * 10)
    result = runner.invoke(app, ["--db", str(db), "list"])
    assert result.exit_code == 1
    assert f"{db} is not a SQLite database; refusing to touch it" in result.stderr
    assert db.read_text() == "my precious notes\n" * 10


def test_sqlite_database_of_another_program(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "other.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.execute("INSERT INTO invoices VALUES (1, 9.5)")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    result = runner.invoke(
        app, ["--db", str(db), "add", "s", "--claimant", "c", "--quote", "q", "--affirms", "p"]
    )
    assert result.exit_code == 1
    assert "is a SQLite database but not a claimtrack one" in result.stderr
    assert db.read_bytes() == before


def test_database_from_a_newer_schema_is_refused(runner: CliRunner, empty_db: Path) -> None:
    conn = sqlite3.connect(empty_db)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = dump(empty_db)
    result = runner.invoke(app, ["--db", str(empty_db), "list"])
    assert result.exit_code == 1
    assert "written by a newer claimtrack (schema 99" in result.stderr
    assert "The file was not touched" in result.stderr
    assert dump(empty_db) == before


def test_db_path_is_a_directory(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["--db", str(tmp_path), "list"])
    assert result.exit_code != 0
    assert "Traceback" not in result.output


def test_debug_env_shows_the_traceback(runner: CliRunner, monkeypatch, tmp_path: Path) -> None:
    import claimtrack.store

    def boom(*a, **k):
        raise RuntimeError("kaboom")

    monkeypatch.setattr(claimtrack.store.Store, "subjects", boom)
    db = tmp_path / "d.db"
    result = runner.invoke(app, ["--db", str(db), "subjects"])
    assert result.exit_code == 1
    assert "internal error (RuntimeError: kaboom)" in result.stderr
    assert "CLAIMTRACK_DEBUG=1" in result.stderr
    monkeypatch.setenv("CLAIMTRACK_DEBUG", "1")
    result = runner.invoke(app, ["--db", str(db), "subjects"])
    assert isinstance(result.exception, RuntimeError)


# -- hostile text --------------------------------------------------------------------------

HOSTILE = [
    'He said "no"; then -- nothing',
    "right-to-left \u202eevil\u202c and \u200fmark",
    "emoji 🚚🚚🚚 and 中文",
    "x'); DROP TABLE claims; --",
    "[bold red]not markup[/bold red] [link=http://evil]click[/link]",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_is_stored_and_returned_faithfully(ct, text: str) -> None:
    record = figure(id="h-1", claimant=f"Claimant {text}", quote=f"Quote {text}", note=text)
    result = ct("import", "-", input=lines(record))
    assert result.exit_code == 0, result.output
    stored = json.loads(ct("show", "h-1", "--json").stdout)
    assert stored["claimant"] == record["claimant"]
    assert stored["quote"] == record["quote"]
    assert stored["note"] == text
    assert json.loads(ct("list", "--json").stdout)[0]["quote"] == record["quote"]
    assert ct("subjects", "--json").stdout.count('"subject"') == 1  # table intact


@pytest.mark.parametrize("text", ["line one\nline two", "nul\x00byte", "bell\x07"])
def test_control_characters_are_refused_where_a_line_is_stored(ct, text: str) -> None:
    """A claimant holds one line of text, and no text a control character (fixes14): a NUL
    was stored, and dropped by spreadsheets from the CSV; a line break in a quote stays."""
    record = figure(id="h-1", claimant=f"Claimant {text}")
    result = ct("import", "-", input=lines(record))
    assert result.exit_code == 2 and "claimant: a control character" in result.stderr
    assert json.loads(ct("list", "--json").stdout) == []


def test_markup_is_shown_literally_and_escapes_are_defused(ct, empty_db) -> None:
    record = figure(
        id="h-2",
        claimant="[bold]Fake[/bold] \x1b[31mRED\x1b[0m",
        quote="[link=http://evil]click[/link] \x1b]8;;http://evil\x07x\x1b]8;;\x07",
    )
    assert ct("import", "-", input=lines(record)).exit_code == 2  # refused (fixes14)
    store_unchecked(empty_db, [record])  # as an older claimtrack stored it
    for args in (("show", "h-2"), ("list",), ("conflicts", "raqqa-convoy")):
        out = ct(*args).stdout
        assert "\x1b" not in out and "\x07" not in out
    shown = ct("show", "h-2").stdout
    assert "[bold]Fake[/bold]" in shown
    assert "\\x1b[31mRED" in shown
    assert "[link=http://evil]click[/link]" in shown


def test_sql_injection_in_filters_is_inert(ct) -> None:
    assert ct("import", "-", input=lines(figure(id="s-1"))).exit_code == 0
    result = ct("list", "--claimant", "x' OR '1'='1", "--json")
    assert json.loads(result.stdout) == []
    result = ct("search", 'quote" OR 1=1 --')
    assert "Traceback" not in result.output
    assert len(json.loads(ct("list", "--json").stdout)) == 1


def test_importing_the_same_file_twice_changes_nothing(ct, empty_db: Path, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "x.jsonl", [figure(id="t-1"), stance(), figure(value="some 250")])
    assert ct("import", str(path)).exit_code == 0
    before = dump(empty_db)
    summary = json.loads(ct("import", str(path), "--json").stdout)
    assert (summary["added"], summary["unchanged"]) == (0, 3)
    assert dump(empty_db) == before


@settings(max_examples=examples(200), deadline=None)
@given(st.binary(max_size=400) | st.text(max_size=200).map(lambda s: s.encode("utf-8", "replace")))
def test_reader_never_crashes_on_arbitrary_bytes(data: bytes) -> None:
    """Any file: every line becomes a claim or a problem; only an empty file is an error."""
    import io

    from claimtrack.errors import InputError
    from claimtrack.jsonl import read_claims

    try:
        items = list(read_claims("x.jsonl", fh=io.BytesIO(data)))
    except InputError as e:
        assert "empty" in str(e)
        return
    for line, _raw, claim, problem in items:
        assert line >= 1
        assert (claim is None) != (problem is None)


def test_error_messages_defuse_escapes_too(ct) -> None:
    result = ct("show", "\x1b]0;pwned\x07x")
    assert result.exit_code == 1
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert "\\x1b]0;pwned\\x07x" in result.stderr


def items_of(stream: list[Any]) -> list[Any]:
    """The items of ``read_rows`` one by one: each block opened, its rows (raw text "") and
    its other lines in their places."""
    from claimtrack.records import Block

    items: list[Any] = []
    for item in stream:
        if type(item) is not Block:
            items.append(item)
            continue
        done = 0
        for before, extra in [*item.extras, (len(item.rows), None)]:
            items += [(item.lines[k], "", item.rows[k], None) for k in range(done, before)]
            done = before
            if extra is not None:
                items.append(extra)
    return items


def same_items_as_in_process(path: Path, from_workers: list[Any], in_process: list[Any]) -> None:
    """Reader processes send blocks whose good rows come without their raw text: opened
    (``items_of``), they are the in-process reader's items with that text left out, and
    ``lines_at`` reads exactly that text back from the file."""
    from claimtrack import jsonl
    from claimtrack.records import Block

    assert from_workers and all(type(b) is Block for b in from_workers)
    items = items_of(from_workers)
    assert items == [(n, "" if row is not None else raw, row, p) for n, raw, row, p in in_process]
    good = {n: raw for n, raw, row, _ in in_process if row is not None}
    assert jsonl.lines_at(path, good) == good


@pytest.mark.slow  # starts a process (tests/conftest.py: process tests are slow)
def test_worker_reader_gives_exactly_what_the_in_process_reader_gives(tmp_path: Path) -> None:
    from claimtrack.errors import InputError
    from claimtrack.jsonl import read_rows

    path = tmp_path / "mixed.jsonl"
    good = [figure(id=f"w-{i}", value=f"around {i + 5}") for i in range(2500)]
    path.write_text(lines(*good[:1200], "{broken", *good[1200:], stance(stance="maybe")))
    in_process = list(read_rows(path, parallel_bytes=1 << 62))
    in_worker = items_of(list(read_rows(path, parallel_bytes=0)))
    same_items_as_in_process(path, list(read_rows(path, parallel_bytes=0)), in_process)
    assert len(in_worker) == 2502
    assert [i[0] for i in in_worker if i[2] is None] == [1201, 2502]
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n")
    with pytest.raises(InputError, match="the file is empty"):
        list(read_rows(empty, parallel_bytes=0))


def test_a_reader_process_message_gives_back_exactly_what_it_was_given() -> None:
    """What a reader sends for a block (``marshal``, its other lines pickled inside) comes
    back equal, each value of its own type (an int stays an int, a float a float), and so
    do a block marshal cannot write (pickled whole), an error and the end of the file."""
    from claimtrack import jsonl
    from claimtrack.records import Block
    from claimtrack.registry import Registry

    row = ("a-1", "s", "Ann", "ann", None, None, None, "2020-01-02", None, "q", "figure")
    rows = [(*row, None, "about 40", 36, 44.0, None, "about"), (*row, 1.5, -0.0, float("inf"))]
    extras = [
        (1, (7, '{"record": "alias"}', Registry("alias", {"name": "A", "same_as": "B"}), None)),
        (2, (9, "{broken", None, "invalid JSON: EOF")),
    ]
    block = Block(rows, [3, 5], extras, [(5, "said_on", "2999-01-01")], 120, [None, "off"])
    for sent in (block, block._replace(extras=[])):
        back = jsonl._decode(jsonl._encode(sent))
        assert back == sent and type(back) is Block
        assert [type(v) for r in back.rows for v in r] == [type(v) for r in sent.rows for v in r]
    import datetime

    odd = block._replace(rows=[(datetime.date(2020, 1, 2),)])  # not marshal's: pickled
    assert jsonl._encode(odd)[:1] == b"P"
    assert jsonl._decode(jsonl._encode(odd)) == odd
    assert jsonl._decode(jsonl._error("reading x failed: \udcff")) == "reading x failed: \\udcff"
    assert jsonl._decode(jsonl._END) is None


@pytest.mark.slow  # starts a process (tests/conftest.py: process tests are slow)
@pytest.mark.parametrize("readers", [1, 2, 3])
def test_workers_sharing_a_file_give_its_rows_in_file_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, readers: int
) -> None:
    from claimtrack import jsonl
    from claimtrack.errors import InputError

    monkeypatch.setattr(jsonl, "BLOCK", 4)  # the forked workers inherit it
    path = tmp_path / "mixed.jsonl"
    good = [figure(id=f"s-{i}", value=f"about {i + 3}") for i in range(30)]
    blanks = ["", "  ", "", ""]  # a whole block of blank lines (lines 9-12)
    text = lines(*good[:8], *blanks, *good[8:20], "{broken", "\ufeff", *good[20:])
    path.write_bytes(b"\xef\xbb\xbf" + text.encode() + b"\xff\n" + b"x" * (jsonl.MAX_LINE + 9))
    in_process = list(jsonl.read_rows(path, parallel_bytes=1 << 62))
    blocks = list(jsonl.read_rows(path, parallel_bytes=0, readers=readers))
    same_items_as_in_process(path, blocks, in_process)
    shared = items_of(blocks)
    assert len(shared) == 34
    assert [i[0] for i in shared if i[2] is None] == [25, 26, 37, 38]
    blank = tmp_path / "blank.jsonl"
    blank.write_text("\n" * 9)
    with pytest.raises(InputError, match="the file is empty"):
        list(jsonl.read_rows(blank, parallel_bytes=0, readers=readers))


@pytest.mark.parametrize(
    ("mode", "share", "asked", "expected"),
    [
        # balanced: the reader checks a block only when two blocks or more sent before it are
        # still waiting for the writer (BEHIND = 2); blocks are counted from 0, and ``asked``
        # is how many the writer has asked for
        ("balanced", (0, 1), 0, [False, False, True, True]),  # 0 and 1 before block 2
        ("balanced", (0, 1), 1, [False, False, False, True]),
        ("balanced", (0, 1), 4, [False, False, False, False]),
        ("balanced", (1, 2), 0, [False, True, True, True]),  # share 1 of 2: blocks 1, 3, 5, 7
        ("balanced", (1, 2), 2, [False, False, True, True]),  # asked for 0 and 1: 2, 3 wait
        ("balanced", (0, 2), 1, [False, False, True, True]),  # share 0 of 2: blocks 0, 2, 4, 6
        ("reader", (0, 1), 9, [True, True, True, True]),
        ("writer", (0, 1), 0, [False, False, False, False]),
    ],
)
def test_a_reader_leaves_the_quote_checks_to_a_writer_that_keeps_up(
    monkeypatch: pytest.MonkeyPatch,
    mode: str,
    share: tuple[int, int],
    asked: int,
    expected: list[bool],
) -> None:
    from claimtrack import jsonl

    monkeypatch.setattr(jsonl, "QUOTE_CHECK", mode)
    counter = memoryview(bytearray(8)).cast("q")
    counter[0] = asked
    check_here = jsonl._check_here(share, counter)
    assert [check_here(j) for j in range(4)] == expected


@pytest.mark.slow  # starts a process (tests/conftest.py: process tests are slow)
@pytest.mark.parametrize("mode", ["reader", "writer"])
def test_blocks_carry_the_quote_checks_only_when_the_reader_works_them_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mode: str
) -> None:
    """Sent by the reader, each row's check is the one the writer would work out."""
    from claimtrack import jsonl
    from claimtrack.records import quote_problem_of

    monkeypatch.setattr(jsonl, "BLOCK", 3)
    monkeypatch.setattr(jsonl, "QUOTE_CHECK", mode)
    path = tmp_path / "quotes.jsonl"
    path.write_text(
        lines(*[figure(id=f"q-{i}", value="about 500", quote="none here") for i in range(7)])
    )
    blocks = list(jsonl.read_rows(path, parallel_bytes=0))
    assert len(blocks) == 3
    if mode == "writer":
        assert [b.quoted for b in blocks] == [None, None, None]
        # and the reader's reading of the figure, sent once (perf29): the parser's own
        from claimtrack.quantities import parse_figure

        assert [b.readings for b in blocks] == [
            (False, False, [("about 500", *astuple(parse_figure("about 500")))]),
            (False, False, []),
            (False, False, []),
        ]
    else:
        assert [b.readings for b in blocks] == [None, None, None]
        sent = [q for b in blocks for q in b.quoted]
        assert sent == [quote_problem_of(r) for b in blocks for r in b.rows]
        assert all(q is not None and "not in the quote" in q[0] and not q[1] for q in sent)


@pytest.mark.slow  # starts a process (tests/conftest.py: process tests are slow)
def test_an_import_read_by_reader_processes_ends_exactly_as_one_read_in_process(
    tmp_path: Path, runner: CliRunner, empty_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same file, with every kind of line an import treats apart (a registry record, a
    bad line, an id given twice with other content, a figure in the wrong dimension, an
    unknown source, a date in the future), imported with --skip-invalid through reader
    processes (blocks of 4 lines, so every case falls in a different place of a block) and
    in process: the same summary, warnings, rejects file (with each rejected line's text,
    read again from the file) and database."""
    from claimtrack import jsonl
    from claimtrack.store import _importer

    monkeypatch.setattr(jsonl, "BLOCK", 4)
    monkeypatch.setattr(_importer, "FTS_CHUNK", 3)  # full-text index filled as rows come
    monkeypatch.setattr(_importer, "BATCH", 2)
    records: list[Any] = [figure(id=f"p-{i}", value=f"about {i + 3}") for i in range(20)]
    records[3:3] = [{"record": "alias", "name": "SDF", "same_as": "Syrian Democratic Forces"}]
    records[6:6] = ["{broken"]
    records[9:9] = [figure(id="p-2", value="about 99")]  # p-2 again, other content
    records[12:12] = [figure(id="p-km", value="6 km")]  # this measure holds counts
    records[14:14] = [figure(id="p-src", source="src-missing")]
    records[17:17] = [figure(id="p-future", said_on="2999-01-02")]
    # a figure not in its quote (a warning; worked out by the reader process), and one that
    # is also in the wrong dimension (rejected for that alone, no warning)
    records[20:20] = [figure(id="p-off", value="about 500", quote="no figure here")]
    records[22:22] = [figure(id="p-km2", value="7 km", quote="no figure here")]
    # only a part of a larger figure of its quote: refused, whichever process checks it
    records[24:24] = [figure(id="p-cut", value="4,000", quote="More than 4,000 were there.")]
    path = tmp_path / "mixed.jsonl"
    path.write_text(lines(*records), encoding="utf-8")
    outcomes = []
    # in process, then reader processes, with the figure-in-quote checks worked out by the
    # reader, by the writer, and by whichever would wait (``jsonl.QUOTE_CHECK``)
    for threshold, check in [(1 << 62, "balanced"), (0, "reader"), (0, "writer"), (0, "balanced")]:
        monkeypatch.setattr(jsonl, "PARALLEL_BYTES", threshold)
        monkeypatch.setattr(jsonl, "QUOTE_CHECK", check)
        db = tmp_path / f"db-{threshold}-{check}.db"
        db.write_bytes(empty_db.read_bytes())
        rejects = tmp_path / f"rejects-{threshold}-{check}.jsonl"
        result = runner.invoke(
            app,
            ["--db", str(db), "import", str(path), "--skip-invalid", "--rejects", str(rejects)],
        )
        assert result.exit_code == 0, result.output
        exported = runner.invoke(app, ["--db", str(db), "export"]).stdout
        assert exported.count('"added_at"') == 22
        exported = re.sub(r'"added_at": ?"[^"]+"', "STAMP", exported)  # this import's time
        stderr = result.stderr.replace(str(rejects), "REJECTS")
        found = runner.invoke(
            app, ["--db", str(db), "search", "dozen", "--json", "--limit", "99"]
        ).stdout
        assert len(json.loads(found)) == 21
        conn = sqlite3.connect(db)
        conn.execute("INSERT INTO claims_fts (claims_fts) VALUES ('integrity-check')")
        # the import merges the index's segments less often, then puts FTS5's default back (an
        # import into an empty database leaves the index to the first search, which keeps it)
        merge = conn.execute("SELECT v FROM claims_fts_config WHERE k = 'automerge'").fetchone()
        assert merge in (None, (4,))
        conn.close()
        outcomes.append((stderr, rejects.read_text(), exported, found))
    for outcome in outcomes[1:]:
        for got, expected in zip(outcome, outcomes[0], strict=True):
            assert got.splitlines() == expected.splitlines()
    stderr, rejected, _, _ = outcomes[0]
    assert "22 added" in stderr
    assert "2999-01-02" in stderr
    assert [json.loads(x).get("id") for x in rejected.splitlines()[1:]] == [
        "p-2",
        "p-km",
        "p-src",
        "p-km2",
        "p-cut",
    ]
    assert "'4,000' is a part of the quote's 'More than 4,000'" in stderr
    assert "'about 500' is not in the quote" in stderr
    assert "'7 km'" not in stderr
    assert rejected.splitlines()[0] == "{broken"
