"""The store, in part: writing claims: add, edit, retract, restore, purge and import."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, cast

from claimtrack.errors import DuplicateError, InputError
from claimtrack.fields import UNCHECKED
from claimtrack.records import (
    COLUMNS,
    ID,
    NOT_IN_QUOTE,
    Item,
    claim_row,
    now,
    same_content,
)
from claimtrack.schema import (
    FTS_COLUMNS,
    FTS_DEFAULT_AUTOMERGE,
    FTS_INSERT_TRIGGER,
    FTS_TABLE,
    FTS_TRIGGERS,
    SEARCH_INDEX_KEY,
)

if TYPE_CHECKING:
    from claimtrack.models import Claim
    from claimtrack.store import Store


from claimtrack.store._common import (
    _INSERT,
    META_UPSERT,
    SORT_RUN_KIB,
    SORT_THREADS,
    ImportResult,
    _id,
    _sqlite_error,
    quote_name,
)
from claimtrack.store._records import _Records


class _Writing(_Records):
    """Writing claims: add, edit, retract, restore, purge and import."""

    # -- writing -------------------------------------------------------------------------

    def add(self, claim: Claim) -> tuple[dict[str, Any], bool]:
        """Store one claim. Returns (record, created); same id + same content is a no-op."""
        return self.add_many([claim])[0]

    def add_many(
        self,
        claims: Sequence[Claim],
        withdraw: tuple[str, Callable[[dict[str, Any]], str]] | None = None,
        source: dict[str, Any] | None = None,
    ) -> list[tuple[dict[str, Any], bool]]:
        """Store claims in one transaction (all or none): (record, created) for each;
        ``withdraw`` (claim id, the reason as the first stored record gives it): a claim its
        outlet withdrew, retracted in the same transaction (``add --corrects``, evidence17);
        ``source``: a validated source record stored first (the page ``add --url`` names,
        evidence18), or one marked ``linked`` that is stored already."""
        out = []
        with self.write() as conn:
            stamp = now()
            if source is not None and not source.get("linked"):
                cast(Any, self).put_source(conn, source, update=False)
            for claim in claims:
                self._check_dimension(claim)
                row = claim_row(claim, stamp)
                inserted = conn.execute(_INSERT, row).rowcount == 1  # ON CONFLICT DO NOTHING
                record = self.get(_id(claim))
                if not inserted and not same_content(record, row):
                    raise DuplicateError(
                        f"id {claim.id!r} already exists with other content",
                        hint="use `claimtrack edit` to change it, or give another --id",
                    )
                out.append((record, inserted))
            if withdraw is not None:
                claim_id, reason = withdraw
                self._set_status(conn, claim_id, "retracted", reason(out[0][0]), "withdraw")
        return out

    def _save_history(
        self, conn: sqlite3.Connection, claim_id: str, action: str, reason: str | None
    ) -> None:
        previous = self.get(claim_id)
        conn.execute(
            "INSERT INTO claim_history (claim_id, action, changed_at, reason, previous) "
            "VALUES (?, ?, ?, ?, ?)",
            [claim_id, action, now(), reason, json.dumps(previous, ensure_ascii=False)],
        )

    def replace(
        self,
        claim: Claim,
        *,
        action: str = "edit",
        reason: str | None = None,
        source: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Overwrite an existing claim (same id), keeping the previous version in history;
        ``source``: a validated source record stored first, in the same write (the page
        ``edit --url`` names, evidence19), or one marked ``linked`` that is stored already."""
        claim_id = _id(claim)
        with self.write() as conn:
            if source is not None and not source.get("linked"):
                cast(Any, self).put_source(conn, source, update=False)
            current = self.get(claim_id)
            self._check_dimension(claim)
            self._save_history(conn, claim_id, action, reason)
            row = claim_row(claim, current["added_at"])
            if row[NOT_IN_QUOTE] is None and _same_figure(claim, current):
                row = self._kept_unchecked(conn, claim_id, row)
            self._update_row(conn, row, now())
        return self.get(claim_id)

    def _kept_unchecked(
        self, conn: sqlite3.Connection, claim_id: str, row: tuple[Any, ...]
    ) -> tuple[Any, ...]:
        """``row`` with the stored ``not_in_quote`` of a figure an import stored unchecked
        (quotes31): an edit that leaves its figure and its quote as they were runs no check
        of the quote (`edit` runs it when either changes, or the paraphrase mark is dropped),
        so the figure is as far from its quote as before."""
        (state,) = conn.execute(
            "SELECT not_in_quote FROM claims WHERE id = ?", [claim_id]
        ).fetchone()
        if state != UNCHECKED:
            return row
        return (*row[:NOT_IN_QUOTE], state, *row[NOT_IN_QUOTE + 1 :])

    def _update_row(self, conn: sqlite3.Connection, row: tuple[Any, ...], stamp: str) -> None:
        sets = ", ".join(f"{c} = ?" for c in COLUMNS[1:])
        conn.execute(
            f"UPDATE claims SET {sets}, updated_at = ? WHERE id = ?",
            [*row[1:], stamp, row[ID]],
        )

    def set_status(
        self, claim_id: str, status: str, reason: str | None, action: str | None = None
    ) -> dict[str, Any]:
        """Retract or restore a claim, its previous version kept in history (``action``:
        "withdraw" for a retraction its outlet made, evidence17; else "retract" or
        "restore")."""
        with self.write() as conn:
            self._set_status(conn, claim_id, status, reason, action)
        return self.get(claim_id)

    def _set_status(
        self,
        conn: sqlite3.Connection,
        claim_id: str,
        status: str,
        reason: str | None,
        action: str | None,
    ) -> None:
        current = self.get(claim_id)
        if current["status"] == status:
            raise InputError(f"claim {claim_id} is already {status}")
        if action is None:
            action = "retract" if status == "retracted" else "restore"
        self._save_history(conn, claim_id, action, reason)
        conn.execute(
            "UPDATE claims SET status = ?, updated_at = ? WHERE id = ?",
            [status, now(), claim_id],
        )

    def purge(self, claim_id: str) -> dict[str, Any]:
        """Delete a claim, its history and its reviews for good."""
        with self.write() as conn:
            record = self.get(claim_id)
            conn.execute("DELETE FROM reviews WHERE claim_id = ?", [claim_id])
            conn.execute("DELETE FROM claim_history WHERE claim_id = ?", [claim_id])
            conn.execute("DELETE FROM claims WHERE id = ?", [claim_id])
        return record

    def _drop_indexes(self) -> list[str]:
        """Drop the claims table's secondary indexes; return the SQL that recreates them."""
        rows = self.conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'claims' "
            "AND sql IS NOT NULL ORDER BY name"
        ).fetchall()
        for name, _ in rows:
            self.conn.execute(f"DROP INDEX {quote_name(name)}")
        return [sql for _, sql in rows]

    def _create_indexes(self, sqls: Iterable[str]) -> None:
        """Run the CREATE INDEX statements ``sqls`` (the indexes ``_drop_indexes`` dropped)
        with SQLite's sorter in runs of ``SORT_RUN_KIB`` (the page cache's size, which sets
        them) and ``SORT_THREADS`` helper threads, then put the connection's page cache and
        threads back. The same indexes, built faster (``_common.SORT_RUN_KIB``)."""
        conn = self.conn
        cache = int(conn.execute("PRAGMA cache_size").fetchone()[0])
        threads = int(conn.execute("PRAGMA threads").fetchone()[0])
        conn.execute(f"PRAGMA cache_size=-{SORT_RUN_KIB}")
        conn.execute(f"PRAGMA threads={SORT_THREADS}")
        try:
            for sql in sqls:
                conn.execute(sql)
        finally:
            conn.execute(f"PRAGMA cache_size={cache}")
            conn.execute(f"PRAGMA threads={threads}")

    def _suspend_fts_trigger(self) -> str | None:
        row = self.conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
            [FTS_INSERT_TRIGGER],
        ).fetchone()
        if row is None:
            return None
        self.conn.execute(f"DROP TRIGGER {quote_name(FTS_INSERT_TRIGGER)}")
        return row[0]

    def _fts_automerge(self, segments: int) -> int:
        """Set how many segments of a level the full-text index gathers before merging them
        (FTS5's ``automerge``; its default is 4); return the value it had. A bulk load merges
        less often with 16 (measured: a quarter less CPU to index 1M claims)."""
        row = self.conn.execute("SELECT v FROM claims_fts_config WHERE k = 'automerge'").fetchone()
        self.conn.execute(
            "INSERT INTO claims_fts (claims_fts, rank) VALUES ('automerge', ?)", [int(segments)]
        )
        return FTS_DEFAULT_AUTOMERGE if row is None else int(row[0])

    def _fill_fts(self, after_rowid: int) -> int:
        """Index the rows after ``after_rowid`` in the full-text index (while its insert
        trigger is suspended); return the last rowid indexed."""
        cols = ", ".join(FTS_COLUMNS)
        self.conn.execute(
            f"INSERT INTO claims_fts (rowid, {cols}) SELECT rowid, {cols} FROM claims "
            "WHERE rowid > ?",
            [after_rowid],
        )
        last: int = self.conn.execute("SELECT coalesce(max(rowid), 0) FROM claims").fetchone()[0]
        return max(last, after_rowid)

    def _resume_fts_trigger(self, trigger_sql: str | None, after_rowid: int) -> None:
        """Index the rows after ``after_rowid`` and put the insert trigger back."""
        if trigger_sql is None:
            return
        self._fill_fts(after_rowid)
        self.conn.execute(trigger_sql)

    def _defer_search_index(self, insert_trigger_sql: str) -> None:
        """Leave the full-text index to be built on first use (an import into an empty claims
        table, inside its transaction; the insert trigger is already suspended): drop the
        delete and update triggers too, so that no write touches the index meanwhile, and the
        index itself (``claims_fts`` and its shadow tables), so that no client finds an empty
        index to search (Datasette's search box, ``sqlite-utils search``: a silent "no
        match"); keep their SQL in ``meta`` for ``build_search_index``."""
        conn = self.conn
        sqls = [insert_trigger_sql]
        for name in FTS_TRIGGERS[1:]:
            row = conn.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", [name]
            ).fetchone()
            if row is not None:
                sqls.append(row[0])
                conn.execute(f"DROP TRIGGER {quote_name(name)}")
        row = conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [FTS_TABLE]
        ).fetchone()
        if row is not None:  # (its CREATE VIRTUAL TABLE first: built before its triggers)
            sqls.insert(0, row[0])
            conn.execute(f"DROP TABLE {quote_name(FTS_TABLE)}")
        conn.execute(
            META_UPSERT,
            [SEARCH_INDEX_KEY, json.dumps(sqls), now()],
        )

    def search_index_pending(self) -> int | None:
        """The number of claims the full-text index waits to be built over (an import into
        an empty database leaves it to the first search), or None when it is in step."""
        row = self._query("SELECT 1 FROM meta WHERE key = ?", [SEARCH_INDEX_KEY]).fetchone()
        if row is None:
            return None
        return int(self._query("SELECT count(*) FROM claims").fetchone()[0])

    def build_search_index(self) -> bool:
        """Build the full-text index an import left to the first search: create it (dropped
        while it waited), fill it from every row of claims and put its triggers back, in one
        transaction (an interruption leaves it as it was: still to build, no index to find).
        False when there was nothing to build (another process may just have)."""
        with self.write() as conn:
            row = conn.execute(
                "SELECT value FROM meta WHERE key = ?", [SEARCH_INDEX_KEY]
            ).fetchone()
            if row is None:
                return False
            # 'rebuild' empties the index and reads every row of claims again (an external
            # content table): whatever was written since the import is in it. (Measured at
            # 200,000 claims: 0.52-0.55 s of CPU with the index's own automerge, 0.58 s with
            # the import's 16, the same as INSERT ... SELECT of the four columns.)
            try:
                exists = conn.execute(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [FTS_TABLE]
                ).fetchone()
                for sql in json.loads(row[0]):
                    # (a database left waiting by round 10's import, which kept the empty
                    # index, has only the triggers' SQL here: its index is rebuilt in place)
                    if not (exists and sql.lstrip().upper().startswith("CREATE VIRTUAL")):
                        conn.execute(sql)
                conn.execute(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('rebuild')")
                conn.execute("DELETE FROM meta WHERE key = ?", [SEARCH_INDEX_KEY])
            except sqlite3.Error as e:  # (a full disk ...): one line, and rolled back
                raise _sqlite_error(self.path, e) from None
        return True

    def import_claims(
        self,
        items: Iterable[tuple[int, str, Claim | tuple[Any, ...] | None, str | None]],
        *,
        update: bool = False,
        skip_invalid: bool = False,
        check_names: bool = False,
        strict: bool = False,
    ) -> ImportResult:
        """Import (line, raw, claim or row or registry record or None, problem) items in one
        transaction.

        A row is ``claim_row(claim, None)`` (what ``jsonl.read_rows`` yields, possibly from a
        worker process); a Claim is turned into one here.

        Without ``skip_invalid`` any problem aborts the whole import (InputError listing every
        problem); with it, bad lines are returned in ``result.rejected`` and the rest lands.
        With ``check_names``, names new to the database that are near misses of existing ones
        (or of each other) abort the import (InputError with one detail per line).
        A figure not in its quote (``guards.quote_problem``) is imported and listed in
        ``result.not_in_quote``; with ``strict`` it is a bad line like any other.
        """
        with self.write():
            return self._import(
                items,
                update=update,
                skip_invalid=skip_invalid,
                check_names=check_names,
                strict=strict,
            )

    def _import(
        self,
        items: Iterable[Item],
        *,
        update: bool,
        skip_invalid: bool,
        check_names: bool = False,
        strict: bool = False,
        defer_search: bool = True,
    ) -> ImportResult:
        # (loaded here: a read command never imports the importer)
        from claimtrack.store._importer import _Import

        return _Import(
            cast("Store", self),
            update=update,
            check_names=check_names,
            strict=strict,
            defer_search=defer_search,
        ).run(items, skip_invalid)


def _same_figure(claim: Claim, current: dict[str, Any]) -> bool:
    """Whether an edited figure keeps its value and its quote (``Store.replace``)."""
    return (
        claim.kind == "figure"
        and current.get("kind") == "figure"
        and claim.value == current.get("value")
        and claim.quote == current.get("quote")
    )
