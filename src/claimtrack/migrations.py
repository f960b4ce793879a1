"""Numbered, append-only schema steps (sqlite-utils ``Migrations``).

Never edit a migration once it has shipped: add a new one. ``SCHEMA_VERSION`` is written to
``PRAGMA user_version`` after migrating, so a database from a newer claimtrack is recognised
(and left untouched) without reading any table.
"""

from __future__ import annotations

import json
import sqlite3

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from claimtrack.fields import FIGURE_COLUMNS, RECORD_FIELDS
from claimtrack.records import now, row_to_record
from claimtrack.schema import (
    FTS_COLUMNS,
    FTS_INSERT_TRIGGER,
    LIST_ORDER,
    MARKS_INDEX_COLUMNS,
    MARKS_INDEX_WHERE,
    READING_RULES,
    READING_RULES_KEY,
    SCHEMA_VERSION,
    SOURCE_INDEX_WHERE,
    SPEAKER_INDEX_COLUMNS,
    SPEAKER_INDEX_WHERE,
)

migrations = Migrations("claimtrack")


@migrations()
def m001_claims(db: Database) -> None:
    db.table("claims").create(
        {
            "id": str,
            "subject": str,
            "claimant": str,
            "claimant_key": str,
            "speaker": str,
            "outlet": str,
            "url": str,
            "said_on": str,
            "reported_on": str,
            "quote": str,
            "kind": str,
            "measure": str,
            "value": str,
            "low": float,
            "high": float,
            "unit": str,
            "hedge": str,
            "as_of": str,
            "proposition": str,
            "stance": str,
            "note": str,
            "status": str,
            "added_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={
            "subject",
            "claimant",
            "claimant_key",
            "quote",
            "kind",
            "status",
            "added_at",
        },
        defaults={"status": "active"},
    )
    # The conflict engine reads a subject's claims through this index alone (it covers every
    # column the engine needs), so one subject is a range scan and `conflicts --all` a single
    # ordered pass, with no table lookups. It starts with (subject, measure, low, high).
    db.table("claims").create_index(
        [
            "subject",
            "measure",
            "low",
            "high",
            "status",
            "kind",
            "proposition",
            "stance",
            "as_of",
            "said_on",
            "claimant",
            "id",
        ],
        index_name="idx_claims_conflicts",
    )
    db.table("claims").create_index(["claimant_key"], index_name="idx_claims_claimant_key")
    db.table("claim_history").create(
        {
            "id": int,
            "claim_id": str,
            "action": str,
            "changed_at": str,
            "reason": str,
            "previous": str,
        },
        pk="id",
        not_null={"claim_id", "action", "changed_at", "previous"},
        foreign_keys=[("claim_id", "claims", "id")],
    )
    db.table("claim_history").create_index(["claim_id"], index_name="idx_claim_history_claim_id")


@migrations()
def m002_search(db: Database) -> None:
    db.table("claims").enable_fts(
        list(FTS_COLUMNS),
        create_triggers=True,
        tokenize="unicode61 remove_diacritics 2",
    )


@migrations()
def m003_reviews(db: Database) -> None:
    db.table("reviews").create(
        {
            "id": int,
            "claim_id": str,
            "rating": str,
            "url": str,
            "reviewer": str,
            "summary": str,
            "reviewed_at": str,
        },
        pk="id",
        not_null={"claim_id", "rating", "reviewed_at"},
        foreign_keys=[("claim_id", "claims", "id")],
    )
    db.table("reviews").create_index(["claim_id"], index_name="idx_reviews_claim_id")


# What the conflict engine reads of a claim, all in one index: one subject is a range scan and
# `conflicts --all` a single ordered pass, with no table lookups (m004 onwards).
CONFLICTS_INDEX_COLUMNS = (
    "subject",
    "measure",
    "base_low",
    "base_high",
    "status",
    "kind",
    "proposition",
    "stance",
    "as_of",
    "said_on",
    "reported_on",
    "claimant",
    "id",
    "dimension",
    "base_rounding",
    "relays",
)


@migrations()
def m004_figure_dimensions(db: Database) -> None:
    """Figures gain a dimension, an implied rounding and bounds in base units; claims may
    relay another claim. Stored figures are re-read by the stricter parser: a figure whose
    bounds change keeps its old version in its history (action "reread"); one whose text no
    longer reads keeps its bounds as they were."""

    table = db.table("claims")
    for name, kind in (
        ("relays", str),
        ("dimension", str),
        ("rounding", float),
        ("base_low", float),
        ("base_high", float),
        ("base_rounding", float),
    ):
        table.add_column(name, kind)
    db.execute("DROP INDEX IF EXISTS idx_claims_conflicts")
    reread_figures(db.conn, now())
    table.create_index(list(CONFLICTS_INDEX_COLUMNS), index_name="idx_claims_conflicts")


@migrations()
def m005_measures_and_sums(db: Database) -> None:
    """Per-subject facts about measures: cumulative ones (a toll that can only grow) and
    totals that are the sum of other measures."""
    db.table("measures").create(
        {"subject": str, "measure": str, "cumulative": int},
        pk=("subject", "measure"),
        not_null={"subject", "measure", "cumulative"},
        defaults={"cumulative": 0},
    )
    db.table("sums").create(
        {"subject": str, "total": str, "parts": str},
        pk=("subject", "total"),
        not_null={"subject", "total", "parts"},
    )


# -- claimant registry (issue #13) -------------------------------------------------------


@migrations()
def m006_claimant_registry(db: Database) -> None:
    """Claimants declared with a kind (person / organization), by normalised key."""
    db.table("claimants").create(
        {"key": str, "name": str, "kind": str, "updated_at": str},
        pk="key",
        not_null={"name", "updated_at"},
    )


@migrations()
def m007_claimant_aliases(db: Database) -> None:
    """One claimant name folded into another (``alias NAME --same-as OTHER``), by key.

    Claims keep the name as entered; readers map ``key`` to ``same_as_key`` (following chains).
    """
    db.table("claimant_aliases").create(
        {"key": str, "name": str, "same_as_key": str, "same_as": str, "added_at": str},
        pk="key",
        not_null={"name", "same_as_key", "same_as", "added_at"},
    )
    db.table("claimant_aliases").create_index(
        ["same_as_key"], index_name="idx_claimant_aliases_same_as"
    )


# -- sources (issue #14) -----------------------------------------------------------------


@migrations()
def m008_sources(db: Database) -> None:
    """Articles claims are read from (``source add``, ``extract``); claims may name one."""
    db.table("sources").create(
        {
            "id": str,
            "url": str,
            "outlet": str,
            "reported_on": str,
            "title": str,
            "author": str,
            "added_at": str,
        },
        pk="id",
        not_null={"outlet", "added_at"},
    )
    db.table("claims").add_column("source", str)
    db.table("claims").create_index(["source"], index_name="idx_claims_source")


# -- outputs (issue #15) ------------------------------------------------------------------


@migrations()
def m009_review_summary(db: Database) -> None:
    """A review gains a short summary of the claim it judges (ClaimReview's
    ``claimReviewed``, ``review --summary``); the paragraph stored as ``summary`` until now is
    the review's finding (``reviewBody``, ``review --finding``), so that column is renamed."""
    db.execute("ALTER TABLE reviews RENAME COLUMN summary TO finding")
    db.table("reviews").add_column("summary", str)


# -- outputs (issue #27) ------------------------------------------------------------------


@migrations()
def m010_settings(db: Database) -> None:
    """Settings kept with the data (``claimtrack config``): the reviewing organisation's name
    and address that a ClaimReview names as its author when a review gives none."""
    db.table("settings").create(
        {"key": str, "value": str, "updated_at": str}, pk="key", not_null={"value"}
    )


# -- evidence (issue #26) -----------------------------------------------------------------


@migrations()
def m011_evidence(db: Database) -> None:
    """Evidence: article snapshots (one row per version, never changed, with the SHA-256 of
    the bytes stored), the agency story a source carries (``wire``), a claimant's role and
    the subjects it is a party to, a measure's definition, and measures that answer one
    question under different definitions (``relate --alternative-to``)."""
    db.table("snapshots").create(
        {
            "source": str,
            "version": int,
            "sha256": str,
            "media_type": str,
            "size": int,
            "stored_at": str,
            "content": bytes,  # zlib-compressed bytes of the file as given
        },
        pk=("source", "version"),
        not_null={"source", "version", "sha256", "media_type", "size", "stored_at", "content"},
        foreign_keys=[("source", "sources", "id")],
    )
    db.table("sources").add_column("wire", str)
    db.table("claimants").add_column("role", str)
    db.table("claimant_parties").create(
        {"key": str, "subject": str, "name": str},
        pk=("key", "subject"),
        not_null={"key", "subject", "name"},
    )
    db.table("measures").add_column("definition", str)
    db.table("alternatives").create(
        {"subject": str, "measure": str, "other": str},
        pk=("subject", "measure", "other"),
        not_null={"subject", "measure", "other"},
    )


# -- read commands (issue #28) -------------------------------------------------------------


@migrations()
def m012_list_order(db: Database) -> None:
    """An index in the order ``list`` shows claims (subject, date, id; the expression is the
    one in ``Store.claims``' ORDER BY, word for word, or SQLite will not use it): ``list SUBJ
    --limit 5`` reads its first rows in order instead of sorting the whole subject."""
    db.execute(f"CREATE INDEX IF NOT EXISTS idx_claims_list ON claims ({LIST_ORDER})")


# -- import (issue #28) ----------------------------------------------------------------------


@migrations()
def m013_partial_source_index(db: Database) -> None:
    """``idx_claims_source`` holds only the claims that name a source (``WHERE source IS NOT
    NULL``): most claims name none, and an import built an entry for each of them at its end.
    Every query that used it still does (``source = ?``, ``source IS NOT NULL``, the joins on
    ``claims.source``: tests/test_migrate.py reads their plans)."""
    db.execute("DROP INDEX IF EXISTS idx_claims_source")
    db.execute(f"CREATE INDEX idx_claims_source ON claims (source) WHERE {SOURCE_INDEX_WHERE}")


# -- audit of the rates (audit9) --------------------------------------------------------------


@migrations()
def m014_rate_periods(db: Database) -> None:
    """Rates per hour, and time per day, are no longer read per week (docs/figures.md, "Rates"):
    "$15 an hour" was ``currency:USD/week`` with base bounds 168 times its own, "8 hours a day"
    ``duration/week``; they are now ``currency:USD/hour`` and ``duration/day``. The derived
    columns of every figure stored per week are worked out again from its stored value,
    bounds and unit (``readings.figure_numbers``); the record itself (value, bounds, unit) is
    not touched, so no history is written. Left stale, a stored "$15 an hour" would still be
    $2,520 a week, and a "$100 a day" added to its measure a dispute with it."""
    from claimtrack.readings import figure_numbers

    conn = db.conn
    have = {r[1] for r in conn.execute("PRAGMA table_info(claims)")}
    cols = ", ".join(f for f in RECORD_FIELDS if f in have)
    cur = conn.execute(
        f"SELECT {cols}, {', '.join(FIGURE_COLUMNS)} FROM claims"
        " WHERE kind = 'figure' AND dimension LIKE '%/week'"
    )
    names = [d[0] for d in cur.description]
    updates = []
    for row in cur.fetchall():
        record = row_to_record(row[: -len(FIGURE_COLUMNS)], names[: -len(FIGURE_COLUMNS)])
        numbers = figure_numbers(record)
        if numbers is not None and tuple(numbers) != tuple(row[-len(FIGURE_COLUMNS) :]):
            updates.append((*numbers, record["id"]))
    conn.executemany(
        "UPDATE claims SET " + ", ".join(f"{c} = ?" for c in FIGURE_COLUMNS) + " WHERE id = ?",
        updates,
    )


@migrations()
def m015_meta(db: Database) -> None:
    """Facts about the database itself, by key: ``reading_rules``, the rules of reading a
    figure (``schema.READING_RULES``) its figures were last checked under. A database with no
    claims yet (a new one) is checked by definition; one that holds claims was logged under
    older rules, so the row is left out until `claimtrack verify --readings` re-checks them
    (`conflicts` and `report` say so on stderr meanwhile)."""
    db.table("meta").create({"key": str, "value": str, "updated_at": str}, pk="key")
    if db.conn.execute("SELECT 1 FROM claims LIMIT 1").fetchone() is None:
        db.conn.execute(
            "INSERT INTO meta (key, value, updated_at) VALUES (?, ?, ?)",
            [READING_RULES_KEY, READING_RULES, now()],
        )


def reread_figures(conn: sqlite3.Connection, stamp: str) -> int:
    """Read every stored figure again with the current parser (migration m004).

    Bounds, hedge and a unit that came from the figure's text are replaced by the new
    reading, and the dimension, rounding and base-unit bounds are filled in; a figure whose
    bounds change keeps its previous version in its history ("reread"). A figure whose text
    no longer reads (now refused as ambiguous, say) keeps its stored bounds. Returns the
    number of figures whose reading changed.
    """
    from claimtrack.quantities import FigureError, parse_figure
    from claimtrack.readings import figure_numbers

    # Only the columns the table has at this point of the migrations (later ones add more).
    have = {r[1] for r in conn.execute("PRAGMA table_info(claims)")}
    cols = ", ".join(f for f in RECORD_FIELDS if f in have)
    cur = conn.execute(f"SELECT {cols} FROM claims WHERE kind = 'figure'")
    names = [d[0] for d in cur.description]
    rows = cur.fetchall()
    changed = 0
    updates = []
    for row in rows:
        old = row_to_record(row, names)
        new = dict(old)
        value = old.get("value") or ""
        try:
            fig = parse_figure(value)
        except FigureError:
            fig = None
        if fig is not None:
            new["low"], new["high"], new["hedge"] = fig.low, fig.high, fig.hedge
            unit = old.get("unit")
            if unit is None or " ".join(value.lower().split()).endswith(unit):
                new["unit"] = fig.unit
        if any(new.get(k) != old.get(k) for k in ("low", "high", "hedge", "unit")):
            changed += 1
            conn.execute(
                "INSERT INTO claim_history (claim_id, action, changed_at, reason, previous) "
                "VALUES (?, ?, ?, ?, ?)",
                [
                    old["id"],
                    "reread",
                    stamp,
                    "figure read again by a stricter parser (schema migration m004)",
                    json.dumps(old, ensure_ascii=False),
                ],
            )
        numbers = figure_numbers(new) or (None,) * len(FIGURE_COLUMNS)
        updates.append(
            (new["low"], new.get("high"), new.get("hedge"), new.get("unit"), *numbers, old["id"])
        )
    conn.executemany(
        "UPDATE claims SET low = ?, high = ?, hedge = ?, unit = ?, "
        + ", ".join(f"{c} = ?" for c in FIGURE_COLUMNS)
        + " WHERE id = ?",
        updates,
    )
    return changed


# -- the speakers of a subject (evidence7, session 34) ----------------------------------------


@migrations()
def m016_speaker_index(db: Database) -> None:
    """``idx_claims_speakers`` holds the claims that give a speaker, by subject, with their
    claimant and status: ``Store.speakers`` (a spokesman given as another claim's speaker is
    one origin with his body, evidence7) reads it alone, where it read every row of the
    subject from the table (85 ms of a 10,000-claim subject at 200,000 claims; 2 ms with it)."""
    db.execute(
        f"CREATE INDEX IF NOT EXISTS idx_claims_speakers ON claims ({SPEAKER_INDEX_COLUMNS}) "
        f"WHERE {SPEAKER_INDEX_WHERE}"
    )


# -- changes logged as changes (change1, issue 25) -------------------------------------------


@migrations()
def m017_figure_changes(db: Database) -> None:
    """A figure may be a change of its measure, not its level: ``change`` ("up" or "down";
    NULL for a level, every figure stored before). The engine reads it with the rest of a
    claim, so ``idx_claims_conflicts`` is made again with it as its last column (every query
    that used the index still does: its columns come first, in the same order)."""
    db.table("claims").add_column("change", str)
    db.execute("DROP INDEX IF EXISTS idx_claims_conflicts")
    db.table("claims").create_index(
        [*CONFLICTS_INDEX_COLUMNS, "change"], index_name="idx_claims_conflicts"
    )


# -- one government's voices (evidence11) ------------------------------------------------------


@migrations()
def m018_claimant_bodies(db: Database) -> None:
    """``body``: the government or organisation a claimant speaks for, as the user gave it
    (``claimant NAME --of BODY``): the claimants of one body are one origin in `conflicts`
    (docs/conflicts.md, rule 12). NULL for every claimant stored before."""
    db.table("claimants").add_column("body", str)


# -- what a quote says of its figure, read once (outputs14) -------------------------------------


@migrations()
def m019_quote_marks(db: Database) -> None:
    """``revised_from`` and ``plan_words``: what a figure's own quote says that changes how
    it reads (the count "was revised from" it; of money, a plan's stage, "proposed"), read
    once when a claim is written (``quote_marks``) and stored beside it, where every output
    read them again from the quotes and the JSON did not have them. Filled here for every
    stored figure (retracted ones too: a claim restored keeps them right), in the migration's
    one transaction; the record itself is not touched, so no history is written.
    ``idx_claims_marks`` holds the few claims that have one, by subject."""
    from claimtrack.quote_marks import figure_marks

    table = db.table("claims")
    columns = ("revised_from", "plan_words")  # as shipped (m020 adds a third)
    for name in columns:
        table.add_column(name, str)
    conn = db.conn
    updates = [
        (*marks, cid)
        for cid, value, quote, dimension in conn.execute(
            "SELECT id, value, quote, dimension FROM claims WHERE kind = 'figure'"
        )
        if (marks := figure_marks(value, quote, dimension)[:2]) != (None, None)
    ]
    conn.executemany(
        "UPDATE claims SET " + ", ".join(f"{c} = ?" for c in columns) + " WHERE id = ?",
        updates,
    )
    db.execute(
        "CREATE INDEX IF NOT EXISTS idx_claims_marks ON claims "
        "(subject, id, revised_from, plan_words, as_of) "
        "WHERE revised_from IS NOT NULL OR plan_words IS NOT NULL"
    )


# -- whom a quote gives what it says to (evidence15) ----------------------------------------------


@migrations()
def m020_cites_unnamed(db: Database) -> None:
    """``cites_unnamed``: the words of a claim's quote that give what it says to people it
    does not name ("according to the people on board", "survivors said"; ``quote_marks.
    unnamed_words``), read once when a claim is written, as m019's marks are: such a claim
    adds no origin of its own to a position or side (docs/conflicts.md, rule 12). Filled here
    for every stored claim, figures and stances, retracted ones too, in the migration's one
    transaction (the records and their history untouched); ``idx_claims_marks`` is made again
    to hold the claims that have it too."""
    from claimtrack.quote_marks import unnamed_words

    db.table("claims").add_column("cites_unnamed", str)
    conn = db.conn
    updates = [
        (words, cid)
        for cid, quote in conn.execute("SELECT id, quote FROM claims")
        if (words := unnamed_words(quote or "")) is not None
    ]
    conn.executemany("UPDATE claims SET cites_unnamed = ? WHERE id = ?", updates)
    db.execute("DROP INDEX IF EXISTS idx_claims_marks")
    db.execute(  # as shipped (m021 makes it again with a fourth mark)
        "CREATE INDEX idx_claims_marks ON claims "
        "(subject, id, revised_from, plan_words, as_of, cites_unnamed) "
        "WHERE revised_from IS NOT NULL OR plan_words IS NOT NULL OR cites_unnamed IS NOT NULL"
    )


# -- a figure not in its quote, said wherever it is shown (quotes31) ----------------------------


@migrations()
def m021_not_in_quote(db: Database) -> None:
    """``not_in_quote``: a figure that is not in its quote as written, read once when the
    claim is written (``quote_marks.quote_check``): "paraphrase" when its note is marked
    ``[paraphrase]``, "unchecked" when an import stored it with a warning (not in its quote,
    not marked: the check ``import`` runs, ``records.figure_quote_problem``, warns of it, a
    warning of another kind, "818,000 fewer" read as a difference, marks nothing);
    NULL otherwise. Filled here for every stored figure, retracted ones too, in the
    migration's one transaction (the records and their history untouched): a figure that
    today's import would refuse outright is not marked (it says its problem on `verify`).
    ``idx_claims_marks`` is made again to hold these claims too. Self-contained: it reads
    only the columns it names."""
    from claimtrack.records import figure_quote_problem

    db.table("claims").add_column("not_in_quote", str)
    conn = db.conn
    updates = []
    rows = conn.execute(
        "SELECT id, value, quote, note, dimension, change, measure FROM claims "
        "WHERE kind = 'figure' AND value IS NOT NULL"
    )
    for cid, value, quote, note, dimension, change, measure in rows.fetchall():
        if note is not None and note.lstrip()[:12].lower() == "[paraphrase]":
            updates.append(("paraphrase", cid))
            continue
        found = figure_quote_problem(value, quote, note, dimension, change, measure)
        if found is not None and not found[1] and found[2]:
            updates.append(("unchecked", cid))
    conn.executemany("UPDATE claims SET not_in_quote = ? WHERE id = ?", updates)
    db.execute("DROP INDEX IF EXISTS idx_claims_marks")
    db.execute(  # as shipped (m023 makes it again with a fifth mark)
        "CREATE INDEX idx_claims_marks ON claims "
        "(subject, id, revised_from, plan_words, as_of, cites_unnamed, not_in_quote) "
        "WHERE revised_from IS NOT NULL OR plan_words IS NOT NULL OR cites_unnamed IS NOT NULL"
        " OR not_in_quote IS NOT NULL"
    )


# -- a figure its quote gives as the one said first (evidence18) ----------------------------------


@migrations()
def m022_earlier_figure_marks(db: Database) -> None:
    """``revised_from`` read again for the figures whose quotes give them as the one said
    first ("initially put the death toll ... at 2,053", "had originally said over 2,000":
    ``quote_marks.revised_words`` since evidence18): stored before, they had no mark, and a
    page's recap of an earlier figure read as a figure of the page's day, unflagged. Only
    figures with no mark yet and a quote holding such a word are read (the others' marks
    are what today's reading gives), retracted ones too, in the migration's one transaction;
    the records and their history are untouched, and no column or index changes."""
    from claimtrack.quote_marks import revised_words

    conn = db.conn
    updates = [
        (words, cid)
        for cid, value, quote in conn.execute(
            "SELECT id, value, quote FROM claims WHERE kind = 'figure' AND revised_from IS NULL "
            "AND (quote LIKE '%initial%' OR quote LIKE '%original%' OR quote LIKE '%first%' "
            "OR quote LIKE '%previous%')"
        ).fetchall()
        if (words := revised_words(value or "", quote or "")) is not None
    ]
    conn.executemany("UPDATE claims SET revised_from = ? WHERE id = ?", updates)


# -- a count over a span of time, read by the engine (time34) -------------------------------------


@migrations()
def m023_over_span(db: Database) -> None:
    """``over_span``: the words of a span of time a figure's quote gives it over ("between
    January and March", "in the past 24 hours", "so far this year": ``quote_marks.span_mark``),
    on a measure whose name names no span of its own, a change excepted. Read once when a
    claim is written, as m019's marks are; the engine sets such a figure against no count of
    a day on a measure read at its time (docs/conflicts.md, "A count over a span of time"),
    where before `add`, `edit` and `import` only warned of it and the engine read it as the
    toll at its date. Filled here for every stored figure whose quote may name a span,
    retracted ones too, in the migration's one transaction (the records and their history
    untouched); ``idx_claims_marks`` is made again to hold these claims too. Self-contained:
    it reads only the columns it names."""
    from claimtrack.quote_marks import may_name_span, span_mark

    db.table("claims").add_column("over_span", str)
    conn = db.conn
    updates = [
        (words, cid)
        for cid, value, quote, measure, change in conn.execute(
            "SELECT id, value, quote, measure, change FROM claims "
            "WHERE kind = 'figure' AND value IS NOT NULL AND change IS NULL"
        ).fetchall()
        if may_name_span(quote or "")
        and (words := span_mark(value, quote, measure, change)) is not None
    ]
    conn.executemany("UPDATE claims SET over_span = ? WHERE id = ?", updates)
    db.execute("DROP INDEX IF EXISTS idx_claims_marks")
    db.execute(
        f"CREATE INDEX idx_claims_marks ON claims ({MARKS_INDEX_COLUMNS}) WHERE {MARKS_INDEX_WHERE}"
    )


if len(migrations._migrations) != SCHEMA_VERSION:  # a new step without its number
    raise RuntimeError(
        f"claimtrack.schema.SCHEMA_VERSION is {SCHEMA_VERSION} but there are "
        f"{len(migrations._migrations)} migrations: update it in schema.py"
    )
__all__ = ["FTS_COLUMNS", "FTS_INSERT_TRIGGER", "SCHEMA_VERSION", "migrations"]
