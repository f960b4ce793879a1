"""Round trips for arbitrary valid claims (hypothesis): JSONL export/import, CSV readability."""

from __future__ import annotations

import atexit
import csv
import io
import json
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtrack.exports import write_csv, write_jsonl
from claimtrack.jsonl import read_claims
from claimtrack.models import Claim
from claimtrack.store import Store

from conftest import examples

# Any text a person could paste: no lone surrogates (not encodable), no leading/trailing
# whitespace (the record strips it), no C0 control nor DEL (refused: fixes14), RTL marks, C1
# controls and emoji included.
_C0 = [chr(i) for i in range(32)] + ["\x7f"]
text = (
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters=_C0),
        min_size=1,
        max_size=40,
    )
    .map(str.strip)
    .filter(bool)
)
opt_text = st.none() | text
name = text.filter(lambda s: any(c.isalnum() for c in s))  # a claimant or speaker holds one
slug = st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}", fullmatch=True)
date = st.dates(min_value=__import__("datetime").date(1990, 1, 1)).map(lambda d: d.isoformat())
opt_date = st.none() | date | date.map(lambda d: d[:7]) | date.map(lambda d: d[:4])
value = st.sampled_from(
    [
        "a few dozen",
        "some 250",
        "around 4,000 people",
        "hundreds",
        "at least 700",
        "6 to 7 km",
        "13",
    ]
)
bounds = st.none() | st.tuples(st.integers(0, 10**6), st.none() | st.integers(0, 10**6)).filter(
    lambda b: b[1] is None or b[0] <= b[1]
)


@st.composite
def claims(draw) -> dict:
    record = {
        "subject": draw(slug),
        "claimant": draw(name),
        "speaker": draw(st.none() | name),
        "outlet": draw(opt_text),
        "url": draw(opt_text),
        "said_on": draw(opt_date),
        "reported_on": draw(opt_date),
        "quote": draw(text),
        "note": draw(opt_text),
        "status": draw(st.sampled_from(["active", "retracted"])),
    }
    if draw(st.booleans()):
        v = draw(value)
        # one measure holds one dimension (an import refuses a length beside a count on it)
        measure = f"{draw(slug)}-{'length' if v.endswith('km') else 'count'}"
        record |= {"kind": "figure", "measure": measure, "value": v}
        record["as_of"] = draw(opt_date)
        b = draw(bounds)
        if b is not None:
            record["low"], record["high"] = b
    else:
        record |= {
            "kind": "stance",
            "proposition": draw(slug),
            "stance": draw(st.sampled_from(["affirms", "denies"])),
        }
    return {k: v for k, v in record.items() if v is not None}


_BLANK: list[Path] = []


def _blank(path: Path) -> Path:
    """A new empty database at ``path``: a copy (SQLite backup) of one migrated once per
    session, since running every migration for each example dominated this test's time."""
    if not _BLANK:
        folder = Path(tempfile.mkdtemp(prefix="claimtrack-blank-"))
        atexit.register(shutil.rmtree, folder, True)
        Store.open(folder / "blank.db").close()
        _BLANK.append(folder / "blank.db")
    src, dst = sqlite3.connect(_BLANK[0]), sqlite3.connect(path)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    return path


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(claims(), min_size=1, max_size=8))
def test_export_then_import_gives_the_same_records(records: list[dict]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        first = Store.open(_blank(Path(tmp) / "a.db"))
        source = Path(tmp) / "in.jsonl"
        source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        first.import_claims(read_claims(source), skip_invalid=False)
        exported = list(first.claims())
        dump = Path(tmp) / "out.jsonl"
        with dump.open("w", encoding="utf-8") as fh:
            write_jsonl(exported, fh)
        second = Store.open(_blank(Path(tmp) / "b.db"))
        second.import_claims(read_claims(dump), skip_invalid=False)
        assert list(second.claims()) == exported
        # importing the export again changes nothing
        result = second.import_claims(read_claims(dump), skip_invalid=False)
        assert (result.added, result.updated) == (0, 0)
        first.close()
        second.close()


@settings(max_examples=examples(80), deadline=None)
@given(claims())
def test_csv_keeps_every_field_readable(record: dict) -> None:
    claim = Claim.model_validate(record)
    out = io.StringIO()
    write_csv([claim.record()], out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue().lstrip("\ufeff"), newline="")))
    assert len(rows) == 1
    row = rows[0]
    for key, original in claim.record().items():
        cell = row[key]
        if isinstance(original, int | float):
            assert float(cell) == original
        elif original is None:
            assert cell == ""
        else:
            shown = cell[1:] if cell.startswith("'") and cell[1:] == original else cell
            assert shown == original


# -- the whole database: claims, edits, retractions, reviews, aliases, measures ------------

web_url = st.sampled_from(["https://fc.example/a", "http://fc.example/b?x=1&y=%20"])
steps = st.lists(
    st.tuples(
        st.sampled_from(["edit", "retract", "review", "alias", "measure", "kind"]),
        st.integers(0, 7),
        st.integers(0, 7),
        opt_text,
        opt_text,
        st.none() | web_url,
    ),
    max_size=10,
)


def _build(path: Path, records: list[dict], plan: list[tuple]) -> None:
    from claimtrack.errors import ClaimtrackError
    from claimtrack.models import apply_edit

    store = Store.open(path)
    source = path.with_suffix(".in.jsonl")
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    store.import_claims(read_claims(source), skip_invalid=True)
    ids = [r["id"] for r in store.claims()]
    for action, i, j, words, more, url in plan:
        if not ids:
            break
        claim = store.get(ids[i % len(ids)])
        other = store.get(ids[j % len(ids)])
        try:
            if action == "edit":
                store.replace(apply_edit(claim, {"note": words or "edited"}), reason=more)
            elif action == "retract":
                status = "active" if claim["status"] == "retracted" else "retracted"
                store.set_status(claim["id"], status, words)
            elif action == "review":
                store.add_review(
                    claim["id"], rating=words or "False", url=url, reviewer=more,
                    summary=more, finding=words,
                )  # fmt: skip
            elif action == "alias":
                store.add_alias(claim["claimant"], other["claimant"])
            elif action == "measure" and claim["kind"] == "figure":
                store.set_cumulative(claim["subject"], claim["measure"], True)
            elif action == "kind":
                store.set_kind(claim["claimant"], "person" if i % 2 else "organization")
        except ClaimtrackError:
            pass  # a refused step (an alias cycle, the same status): the database is unchanged
    store.close()


@pytest.mark.slow  # about 1.5 s an example (two databases, a dozen commands): CI runs it
@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(claims(), min_size=1, max_size=6), steps)
def test_export_import_export_restores_the_whole_database(records, plan) -> None:
    """Any database -> export --with-history -> import into an empty one -> export again is
    byte-identical, `show` and `history` read the same, and importing again is a no-op.
    (The fast suite checks one such database: test_outputs.py::test_export_is_a_backup.)"""
    from typer.testing import CliRunner

    from claimtrack.cli import app

    runner = CliRunner()
    with tempfile.TemporaryDirectory() as tmp:
        a, b = Path(tmp) / "a.db", Path(tmp) / "b.db"
        _build(a, records, plan)
        Store.open(b).close()

        def ct(db: Path, *args: str):
            result = runner.invoke(app, ["--db", str(db), *args])
            assert result.exit_code == 0, result.output
            return result.stdout

        first = ct(a, "export", "--with-history")
        dump = Path(tmp) / "all.jsonl"
        dump.write_text(first, encoding="utf-8")
        ct(b, "import", str(dump), "--new")
        assert ct(b, "export", "--with-history") == first
        again = json.loads(ct(b, "import", str(dump), "--new", "--json"))
        assert (again["added"], again["updated"], again["registry"]) == (0, 0, 0)
        assert ct(b, "export", "--with-history") == first
        for line in first.split("\n")[:-1]:  # not splitlines: a quote may hold U+0085
            record = json.loads(line)
            if "record" not in record:
                for command in ("show", "history"):
                    assert ct(b, command, record["id"]) == ct(a, command, record["id"])
