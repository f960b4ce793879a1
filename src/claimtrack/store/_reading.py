"""The store, in part: reading claims: filtered lists, subjects, and the engine's facts."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterable, Iterator, Sequence
from itertools import islice, repeat
from typing import TYPE_CHECKING, Any

from claimtrack.errors import DatabaseError
from claimtrack.fields import RECORD_FIELDS, WORD_SEPARATOR
from claimtrack.records import (
    RECORD_COLUMNS,
    row_to_record,
)
from claimtrack.schema import LIST_ORDER, MARKS_INDEX_WHERE

if TYPE_CHECKING:
    from claimtrack.conflicts import Fact
    from claimtrack.conflicts.active import QuoteMarks


from claimtrack.store._common import (
    _sqlite_error,
    paused_gc,
    read_as_text,
)
from claimtrack.store._names import _Names

# A quote as copies of one text compare in SQL, before ``evidence.copy_words`` reads the few
# that match: lower-cased, less the spaces, full stops, commas and quotation marks at its ends
# (a copy that differs inside, in its spaces, dashes or marks, is not picked out; trimming
# the ends costs a tenth of replacing marks through the whole quote)
_COPY_KEY = "lower(trim(quote, ' .,\"\u201c\u201d\u2018\u2019''\u00ab\u00bb'))"


class _Reading(_Names):
    """Reading claims: filtered lists, subjects, and the engine's facts."""

    # -- reading -------------------------------------------------------------------------

    @staticmethod
    def _claim_filters(
        *,
        subject: str | None,
        claimant: str | None,
        claimant_keys: Iterable[str] | None,
        measure: str | None,
        proposition: str | None,
        kind: str | None,
        include_retracted: bool,
        ids: Iterable[str] | None,
    ) -> tuple[list[str], list[Any]] | None:
        """The WHERE terms and parameters of ``claims``; None when ``ids`` is empty."""
        if claimant is not None:
            from claimtrack.conflicts import claimant_key

            claimant = claimant_key(claimant)
        keys = None if claimant_keys is None else json.dumps(sorted(claimant_keys))
        equal: list[tuple[str, Any]] = [
            ("subject = ?", subject),
            ("claimant_key = ?", claimant),
            ("claimant_key IN (SELECT value FROM json_each(?))", keys),
            ("measure = ?", measure),
            ("proposition = ?", proposition),
            ("kind = ?", kind),
        ]
        where = [term for term, value in equal if value is not None]
        params = [value for _, value in equal if value is not None]
        if not include_retracted:
            where.append("status = 'active'")
        if ids is not None:
            id_list = list(ids)
            if not id_list:
                return None
            where.append("id IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(id_list))
        return where, params

    def claims(
        self,
        subject: str | None = None,
        *,
        claimant: str | None = None,
        claimant_keys: Iterable[str] | None = None,
        measure: str | None = None,
        proposition: str | None = None,
        kind: str | None = None,
        include_retracted: bool = True,
        ids: Iterable[str] | None = None,
        limit: int | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Stream records matching the filters, ordered by subject, date, id. ``fields``: only
        these record fields (with ``kind``, which says how a record reads), for a reader that
        shows only some: the other columns (the longest, note and url, among them) are not
        read; without it, whole records."""
        filters = self._claim_filters(
            subject=subject,
            claimant=claimant,
            claimant_keys=claimant_keys,
            measure=measure,
            proposition=proposition,
            kind=kind,
            include_retracted=include_retracted,
            ids=ids,
        )
        if filters is None:  # an empty ``ids``: nothing matches
            return
        where, params = filters
        columns = RECORD_COLUMNS
        if fields is not None:
            unknown = set(fields) - set(RECORD_FIELDS)
            if unknown:  # a programming error: names reach SQL only from the field list
                raise ValueError(f"not record fields: {sorted(unknown)}")
            wanted = {*fields, "kind"}
            columns = ", ".join(f for f in RECORD_FIELDS if f in wanted)
        sql = f"SELECT {columns} FROM claims"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += f" ORDER BY {LIST_ORDER}"  # served by idx_claims_list: no sort
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        cur = self._query(sql, params)
        names = [d[0] for d in cur.description]
        while True:
            try:
                rows = cur.fetchmany(1000)
            except sqlite3.Error as e:
                raise _sqlite_error(self.path, e) from None
            if not rows:
                return
            for row in rows:
                yield row_to_record(row, names)

    def subjects(self) -> list[dict[str, Any]]:
        cur = self._query(
            """
            SELECT subject,
                   count(*) AS claims,
                   sum(kind = 'figure') AS figures,
                   sum(kind = 'stance') AS stances,
                   sum(status = 'retracted') AS retracted,
                   count(DISTINCT claimant_key) AS claimants,
                   max(coalesce(said_on, reported_on)) AS latest
            FROM claims GROUP BY subject ORDER BY subject
            """
        )
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def subject_names(self) -> list[str]:
        return [r[0] for r in self._query("SELECT DISTINCT subject FROM claims ORDER BY 1")]

    def relaying(self, claim_id: str, subject: str) -> list[dict[str, Any]]:
        """The active claims of ``subject`` whose ``relays`` names ``claim_id`` (an edit that
        moves it off their measure says so, and a retraction: audit16)."""
        rows = self._query(
            "SELECT id FROM claims WHERE subject = ? AND relays = ? AND "
            "status = 'active' ORDER BY id",
            [subject, claim_id],
        ).fetchall()
        return [self.get(r[0]) for r in rows]

    def has_subject(self, subject: str) -> bool:
        row = self._query("SELECT 1 FROM claims WHERE subject = ? LIMIT 1", [subject]).fetchone()
        return row is not None

    def dimensions_held(self, subject: str) -> list[tuple[str, str]]:
        """(measure, dimension) of the active figures of a subject, each pair once."""
        cur = self._query(
            "SELECT DISTINCT measure, coalesce(dimension, 'count') FROM claims "
            "WHERE subject = ? AND kind = 'figure' AND status = 'active' ORDER BY 1, 2",
            [subject],
        )
        return [(m, d) for m, d in cur]

    def dimensions_held_by_subject(
        self, subjects: Iterable[str]
    ) -> dict[str, list[tuple[str, str]]]:
        """``dimensions_held`` of each of ``subjects`` (an empty list for a subject with no
        active figure), read by one statement: a caller that needs many subjects' (an import's
        bare-dollar note) does not run one query per subject, each of which gives up and
        takes back Python's lock (with another thread running Python, the wait for it is
        two thirds of such a query's time)."""
        wanted = sorted(set(subjects))
        held: dict[str, list[tuple[str, str]]] = {s: [] for s in wanted}
        cur = self._query(
            "SELECT subject, measure, coalesce(dimension, 'count') FROM claims "
            "WHERE subject IN (SELECT value FROM json_each(?)) AND kind = 'figure' "
            "AND status = 'active' GROUP BY 1, 2, 3 ORDER BY 1, 2, 3",
            [json.dumps(wanted)],
        )
        for subject, measure, dimension in cur:
            held[subject].append((measure, dimension))
        return held

    # The engine's view of a claim (conflicts.Fact, in field order): figures in base units.
    # The optional texts (where the claim model reads "" as absent: never stored), the status
    # and the source are read without a type call each (``read_as_text``: the facts of 200,000
    # claims in 9% fewer instructions, 8% less CPU; docs/performance.md, round 18); the numbers
    # must keep their type, and the texts a claim cannot lack keep theirs as stored.
    _FACT_COLUMNS = (
        "id, claimant, kind, coalesce(measure, proposition), base_low, base_high, "
        f"{read_as_text('stance', 'stance')}, {read_as_text('as_of', 'as_of')}, "
        f"{read_as_text('said_on', 'said_on')}, {read_as_text('status', 'status')}, "
        f"{read_as_text('reported_on', 'reported_on')}, coalesce(dimension, 'count'), "
        f"coalesce(base_rounding, 0), {read_as_text('relays', 'relays')}, "
        f"{read_as_text('NULL', 'source')}, {read_as_text('change', 'change')}"
    )

    def quotes_of(self, ids: Collection[str]) -> dict[str, tuple[str, str]]:
        """claim id -> (its quote, the page it was read from: its source's id, else its url,
        else its outlet, else ""), for those of ``ids`` whose quote, lower-cased and less the
        spaces, full stops, commas and quotation marks at its ends, another of ``ids`` under
        another claimant's name gives too (the claims whose words the grades compare:
        ``evidence.with_same_words``, which reads the words again; SQLite picks the few out in
        one statement, so that a subject's other quotes never reach Python)."""
        import json

        rows = self._query(
            f"WITH q AS (SELECT id, claimant, quote, {_COPY_KEY} AS k, "
            "coalesce(source, url, outlet, '') AS page "
            "FROM claims WHERE id IN (SELECT value FROM json_each(?))), "
            "shared AS (SELECT k FROM q GROUP BY k HAVING count(DISTINCT claimant) > 1) "
            "SELECT id, quote, page FROM q WHERE k IN (SELECT k FROM shared)",
            [json.dumps(sorted(ids))],
        )
        return {cid: (quote, page) for cid, quote, page in rows if quote}

    def hedge_of(self, claim_id: str) -> str | None:
        """The hedge a claim was said with (None: none, or no such claim): what the engine
        asks for the rare claims whose bounds cannot tell a hedge from a range (rule 6); one
        lookup by the primary key, not a column of the covering index."""
        row = self._query("SELECT hedge FROM claims WHERE id = ?", [claim_id]).fetchone()
        return None if row is None else row[0]

    def figure_of(self, claim_id: str) -> str | None:
        """The figure a claim was said with ("4.0%"): what the engine asks for a rate's whole
        number, whose stated decimals its bounds do not keep (rule 6, "Rates"); one lookup by
        the primary key."""
        row = self._query("SELECT value FROM claims WHERE id = ?", [claim_id]).fetchone()
        return None if row is None else row[0]

    def ends_of(self, claim_id: str) -> tuple[int | float, int | float] | None:
        """The ends a figure said with "about" states, in base units, before its hedge widened
        them ("about 40 to 50": 40-50, stored 36-55): what the engine asks for such a figure
        read wider than one value's tolerance (rule 6, one tolerance); None when its figure,
        read again, does not give the bounds stored (bounds given by hand). One lookup by the
        primary key and one reading of the figure."""
        row = self._query(
            "SELECT value, base_low, base_high FROM claims WHERE id = ? AND hedge = 'around'",
            [claim_id],
        ).fetchone()
        if row is None or row[0] is None or row[1] is None or row[2] is None:
            return None
        from claimtrack.quantities import stated_ends

        return stated_ends(row[0], row[1], row[2])

    def _not_utf8(self, e: UnicodeDecodeError) -> DatabaseError:
        """A text read through ``read_as_text`` that is not UTF-8 (written by another program)
        as one line, as sqlite3 says it of the texts it decodes itself."""
        return DatabaseError(
            f"database {self.path}: a claim holds text that is not UTF-8 ({e.reason})"
        )

    # Whether a figure whose quote says the count was revised from it is dated (as_of) surely
    # before the as_of of another active figure of the same statement (its claimant's, on its
    # measure, with the same quote, or from the same source when it names one): the user has
    # placed it before the figure that replaced it, so nothing asks to date it. Asked of each
    # marked row (``m``) within the one query that reads the marks (``_MARKS``), and only of a
    # row with a revised-from figure and an as_of (CASE: the other rows never run it).
    _PLACED = (
        "CASE WHEN m.revised_from IS NOT NULL AND m.as_of IS NOT NULL THEN EXISTS (SELECT 1 "
        "FROM claims o WHERE o.subject = m.subject AND o.measure = m.measure "
        "AND o.claimant = m.claimant AND o.id != m.id AND o.status = 'active' "
        "AND o.as_of > m.as_of AND substr(o.as_of, 1, length(m.as_of)) != m.as_of "
        "AND (o.quote = m.quote OR (m.source IS NOT NULL AND o.source = m.source))) ELSE 0 END"
    )
    _MARKS = (
        f"SELECT m.subject, m.id, m.revised_from, m.plan_words, m.cites_unnamed, {_PLACED}, "
        "m.not_in_quote, m.over_span "
        "FROM claims m "
        f"INDEXED BY idx_claims_marks WHERE ({MARKS_INDEX_WHERE})"
    )

    def quote_marks(
        self, start: str | None = None, stop: str | None = None, subject: str | None = None
    ) -> dict[str, dict[str, QuoteMarks]]:
        """Subject -> claim id -> what its quote says that changes how its figure reads
        (``quote_marks``, stored when the claim was written), for the few claims that say
        such things: one subject, or the subjects >= start and < stop (a walk of
        ``idx_claims_marks``), in one query (outputs15: it asked ``_PLACED`` once per
        revised-from claim, a query each). A revised-from figure the user placed
        (``_PLACED``) has none."""
        where, params = "", list[Any]()
        if subject is not None:
            where, params = " AND m.subject = ?", [subject]
        if start is not None:
            where, params = where + " AND m.subject >= ?", [*params, start]
        if stop is not None:
            where, params = where + " AND m.subject < ?", [*params, stop]
        out: dict[str, dict[str, QuoteMarks]] = {}
        for name, cid, revised, words, cites, placed, checked, span in self._query(
            self._MARKS + where, params
        ):
            out.setdefault(name, {})[cid] = (
                None if placed else revised,
                tuple(words.split(WORD_SEPARATOR)) if words else (),
                cites,
                checked,
                span,
            )
        return out

    def facts(self, subject: str) -> list[Fact]:
        """The active claims of one subject, as the conflict engine's input (index lookup)."""
        from claimtrack.conflicts import ActiveFacts, Fact

        cur = self._query(
            f"SELECT {self._FACT_COLUMNS} FROM claims INDEXED BY idx_claims_conflicts "
            "WHERE subject = ? AND status = 'active'",
            [subject],
        )
        fold = self._engine_fold(subject)
        with paused_gc():
            # row by row (no list of rows beside them), each made a Fact in C (tuple.__new__,
            # as facts_by_subject does: Fact._make is Python code per row)
            try:
                facts = ActiveFacts(
                    map(tuple.__new__, repeat(Fact), cur),
                    self.hedge_of,
                    self.figure_of,
                    ends_of=self.ends_of,
                )
            except UnicodeDecodeError as e:
                raise self._not_utf8(e) from None
        facts.marks = self.quote_marks(subject=subject).get(subject, {})
        if fold is None:
            return facts
        return ActiveFacts(
            map(fold, facts), self.hedge_of, self.figure_of, marks=facts.marks, ends_of=self.ends_of
        )

    def facts_by_subject(
        self, start: str | None = None, stop: str | None = None
    ) -> Iterator[tuple[str, list[Fact]]]:
        """Every subject's active facts, one subject at a time (streams the whole table); with
        ``start`` / ``stop``, only subjects >= start and < stop."""
        from claimtrack.conflicts import ActiveFacts, Fact

        where, params = "", list[Any]()
        if start is not None:
            where, params = where + " AND subject >= ?", [*params, start]
        if stop is not None:
            where, params = where + " AND subject < ?", [*params, stop]
        index = f"FROM claims INDEXED BY idx_claims_conflicts WHERE status = 'active'{where}"
        # The subjects and their sizes first (a walk of the index, 4% of the reading), then the
        # rows without their subject: each subject's rows are the next `count` of them, made
        # into Facts in C (islice, tuple.__new__): no subject text per row, no slice of it, no
        # Python code per row unless claimant aliases have to be folded in. Both queries read
        # one snapshot (a read transaction), so the counts are the rows'.
        conn = self.conn
        own = not conn.in_transaction
        if own:
            self._query("BEGIN")
        try:
            sizes = self._query(
                f"SELECT subject, count(*) {index} GROUP BY subject ORDER BY subject", params
            ).fetchall()
            cur = self._query(f"SELECT {self._FACT_COLUMNS} {index} ORDER BY subject", params)
            marks = self.quote_marks(start, stop)  # the few claims that have some
            facts = repeat(Fact)
            fold = self._engine_fold(start=start, stop=stop)  # this half's sources
            hedge_of = self.hedge_of
            figure_of = self.figure_of
            ends_of = self.ends_of
            for subject, count in sizes:
                # active (the query's), each id once (its key): the engine takes them as they are
                bucket = ActiveFacts(
                    map(tuple.__new__, facts, islice(cur, count)),
                    hedge_of,
                    figure_of,
                    marks=marks.get(subject),
                    ends_of=ends_of,
                )
                if len(bucket) != count:  # not in one snapshot: refuse rather than guess
                    raise DatabaseError(f"database {self.path} changed while read; try again")
                if fold is not None:
                    bucket = ActiveFacts(
                        map(fold, bucket), hedge_of, figure_of, marks=bucket.marks, ends_of=ends_of
                    )
                yield subject, bucket
        except UnicodeDecodeError as e:
            raise self._not_utf8(e) from None
        finally:
            if own:
                try:
                    if conn.in_transaction:
                        conn.execute("COMMIT")  # a read transaction: nothing to write
                except sqlite3.ProgrammingError:
                    # The store was closed first (the generator, dropped half read when the
                    # reader of the output went away, is collected after the store closes):
                    # closing ended the transaction; nothing is left to end.
                    pass

    def active_count(self) -> int:
        """How many claims are active (a walk of the covering index)."""
        return self._query(
            "SELECT count(*) FROM claims INDEXED BY idx_claims_conflicts WHERE status = 'active'"
        ).fetchone()[0]

    def claim_count(self) -> int:
        """How many claims the table holds, retracted ones too: a walk of its smallest index
        (a quick size, where ``active_count`` walks the covering one)."""
        return self._query("SELECT count(*) FROM claims").fetchone()[0]

    def rough_middle_subject(self, claims: int) -> str | None:
        """``middle_subject`` over every claim, retracted ones too (``claims``: their number,
        ``claim_count``): the narrowest index in subject order serves it, in a fraction of the
        time the covering index takes (the --all fan-out's split; it only balances the two
        halves, which cover every subject wherever they are split)."""
        row = self._query(
            "SELECT subject FROM claims ORDER BY subject LIMIT 1 OFFSET ?", [claims // 2]
        ).fetchone()
        if row is None:
            return None
        first = self._query("SELECT min(subject) FROM claims").fetchone()[0]
        if row[0] != first:
            return row[0]
        return self._query(  # the first subject holds the middle: split after it
            "SELECT min(subject) FROM claims WHERE subject > ?", [first]
        ).fetchone()[0]

    def middle_subject(self, active: int | None = None) -> str | None:
        """The subject at the middle of the active claims in subject order, or the second
        subject if the first holds the middle (None if fewer than two subjects): where to
        split the table in two halves of about equal size. ``active``: the number of active
        claims, if the caller has counted them already."""
        n = self.active_count() if active is None else active
        row = self._query(
            "SELECT subject FROM claims INDEXED BY idx_claims_conflicts "
            "WHERE status = 'active' ORDER BY subject LIMIT 1 OFFSET ?",
            [n // 2],
        ).fetchone()
        if row is None:
            return None
        first = self._query(
            "SELECT min(subject) FROM claims INDEXED BY idx_claims_conflicts "
            "WHERE status = 'active'"
        ).fetchone()[0]
        if row[0] != first:
            return row[0]
        return self._query(  # the first subject holds the middle: split after it
            "SELECT min(subject) FROM claims INDEXED BY idx_claims_conflicts "
            "WHERE status = 'active' AND subject > ?",
            [first],
        ).fetchone()[0]
