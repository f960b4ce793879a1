"""The engine's facts read through the store's text converter (``read_as_text``) are the values
a plain reading gives, of the same types; the converter itself, value by value."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from claimtrack.jsonl import read_claims
from claimtrack.store import Store
from claimtrack.store._common import CONVERTED, read_as_text

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "claims.jsonl"
FIXTURES = Path(__file__).parent / "fixtures"

# The engine's columns as they were read before the converter: every value through its type.
PLAIN = (
    "id, claimant, kind, coalesce(measure, proposition), base_low, base_high, stance, "
    "as_of, said_on, status, reported_on, coalesce(dimension, 'count'), "
    "coalesce(base_rounding, 0), relays, NULL"
)


@pytest.mark.parametrize(
    ("value", "read"),
    [
        ("2024-03", "2024-03"),  # a date
        ("denies", "denies"),
        ("Ministère de l'Intérieur · 内政部", "Ministère de l'Intérieur · 内政部"),  # UTF-8
        (None, None),  # NULL: None, no call
        ("", None),  # the one difference: empty text reads as absent (never stored there)
    ],
)
def test_a_converted_column_reads_the_text(value: str | None, read: str | None) -> None:
    conn = sqlite3.connect(":memory:", detect_types=CONVERTED)
    row = conn.execute(f"SELECT {read_as_text('?', 'x')}, ?", [value, value]).fetchone()
    assert row == (read, value)
    assert [d[0] for d in conn.execute(f"SELECT {read_as_text('1', 'x')}").description] == ["x"]


def test_the_facts_are_what_a_plain_reading_gives(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "t.db")
    for source in (SAMPLE, FIXTURES / "derna.jsonl", FIXTURES / "crowd.jsonl"):
        store.import_claims(read_claims(source), check_names=False)
    read = dict(store.facts_by_subject())
    assert read
    for subject, facts in read.items():
        plain = store.conn.execute(
            f"SELECT {PLAIN} FROM claims WHERE subject = ? AND status = 'active'", [subject]
        ).fetchall()
        # the same values, each of the same type (a float stays a float, None stays None);
        # the source is the store's to fill in after (sources read), as it was
        by_id = {r[0]: (r[:14], [type(v) for v in r[:14]]) for r in plain}
        for got in (facts, store.facts(subject)):
            assert len(got) == len(plain)
            assert {f.id: (f[:14], [type(v) for v in f[:14]]) for f in got} == by_id


def test_a_text_that_is_not_utf8_is_one_line(tmp_path: Path) -> None:
    """Written by another program: refused as sqlite3 refuses the texts it decodes itself."""
    from claimtrack.errors import DatabaseError

    store = Store.open(tmp_path / "t.db")
    store.import_claims(read_claims(SAMPLE), check_names=False)
    store.conn.execute(
        "UPDATE claims SET as_of = CAST(x'32303137ff' AS TEXT) WHERE id = "
        "(SELECT min(id) FROM claims WHERE subject = 'raqqa-convoy' AND status = 'active')"
    )
    with pytest.raises(DatabaseError, match="not UTF-8"):
        store.facts("raqqa-convoy")
    with pytest.raises(DatabaseError, match="not UTF-8"):
        dict(store.facts_by_subject())
