"""The store, in part: reviews, search, and the registry records that exports and imports carry."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from claimtrack.errors import InputError, NotFoundError
from claimtrack.records import (
    RECORD_COLUMNS,
    now,
    row_to_record,
)
from claimtrack.records import claimant_key as _claimant_key
from claimtrack.registry import (
    REVIEW_FIELDS,  # a review's fields, in record order
)

if TYPE_CHECKING:
    from claimtrack.models import Claim


from claimtrack.store._common import (
    _REVIEW_SQL_COLUMNS,
    META_UPSERT,
    NAME_FIELDS,
    NearMiss,
    _fts_query,
    _sqlite_error,
)
from claimtrack.store._reading import _Reading


class _Records(_Reading):
    """Reviews, search, and the registry records that exports and imports carry."""

    # -- settings (claimtrack config) ----------------------------------------------------

    def settings(self) -> dict[str, str]:
        """Every stored setting, by key."""
        return dict(self._query("SELECT key, value FROM settings ORDER BY key").fetchall())

    def set_setting(self, key: str, value: str | None) -> None:
        """Store ``value`` under ``key`` (None removes it), in one transaction."""
        with self.write() as conn:
            if value is None:
                conn.execute("DELETE FROM settings WHERE key = ?", [key])
            else:
                conn.execute(
                    "INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value, "
                    "updated_at = excluded.updated_at",
                    [key, value, now()],
                )

    # -- reading rules (verify --readings) -------------------------------------------------

    def readings_checked(self) -> tuple[str | None, int, str | None]:
        """The rules of reading a figure (``schema.READING_RULES``) the stored figures were
        last checked under (those of the claimtrack that created the database, or of the last
        `verify --readings` of every subject; None when the database was logged under older
        rules and not re-checked since), how many that check found that are still active and
        unchanged since (an edit, a retraction or a deletion settles one), and when it ran. One
        read of the small ``meta`` table, and one count when the check found any."""
        from claimtrack.schema import (
            READING_FINDING_IDS_KEY,
            READING_FINDINGS_KEY,
            READING_RULES_KEY,
        )

        rows = dict(
            (k, (v, at))
            for k, v, at in self._query(
                "SELECT key, value, updated_at FROM meta WHERE key IN (?, ?, ?)",
                [READING_RULES_KEY, READING_FINDINGS_KEY, READING_FINDING_IDS_KEY],
            ).fetchall()
        )
        rules, at = rows.get(READING_RULES_KEY, (None, None))
        found = int(rows.get(READING_FINDINGS_KEY, ("0", None))[0] or 0)
        ids = rows.get(READING_FINDING_IDS_KEY, (None, None))[0]
        if found and ids is not None:
            found = self._query(
                "SELECT count(*) FROM claims WHERE id IN (SELECT value FROM json_each(?)) "
                "AND status = 'active' AND NOT EXISTS (SELECT 1 FROM claim_history h "
                "WHERE h.claim_id = claims.id AND h.changed_at > ?)",
                [ids, at],
            ).fetchone()[0]
        return rules, found, at

    def mark_readings_checked(self, rules: str, findings: list[str]) -> None:
        """Record that every stored figure was re-checked under ``rules``, and the ids of
        those it found (refused or read otherwise), in one transaction."""
        import json

        from claimtrack.schema import (
            READING_FINDING_IDS_KEY,
            READING_FINDINGS_KEY,
            READING_RULES_KEY,
        )

        stamp = now()
        with self.write() as conn:
            conn.executemany(
                META_UPSERT,
                [
                    [READING_RULES_KEY, rules, stamp],
                    [READING_FINDINGS_KEY, str(len(findings)), stamp],
                    [READING_FINDING_IDS_KEY, json.dumps(findings), stamp],
                ],
            )

    def hand_bounds(self) -> set[str]:
        """The ids of the figures whose bounds were given by hand (``mark_hand_bounds``)."""
        from claimtrack.schema import HAND_BOUNDS_KEY

        row = self._query("SELECT value FROM meta WHERE key = ?", [HAND_BOUNDS_KEY]).fetchone()
        return set(json.loads(row[0])) if row and row[0] else set()

    def mark_hand_bounds(self, add: Iterable[str], drop: Iterable[str] = ()) -> None:
        """Record that the figures ``add`` hold bounds given by hand (other than their text
        reads), and that those of ``drop`` no longer do (an edit read them from their text)."""
        from claimtrack.schema import HAND_BOUNDS_KEY

        ids = (self.hand_bounds() | set(add)) - set(drop)
        with self.write() as conn:
            conn.execute(
                META_UPSERT,
                [HAND_BOUNDS_KEY, json.dumps(sorted(ids)), now()],
            )

    def mark_readings_unchecked(self) -> None:
        """Record that the stored figures hold readings no check of today's rules has seen
        (an import of figures with bounds of their own): `conflicts` and `report` say so until
        `verify --readings` has read every subject again. A database checked under today's
        rules is marked ``READING_RULES_IMPORTED`` (its note names the import, not older
        rules); one logged under older rules, not re-checked since, stays as it is."""
        from claimtrack.schema import READING_RULES, READING_RULES_IMPORTED, READING_RULES_KEY

        with self.write() as conn:
            conn.execute(
                "UPDATE meta SET value = ?, updated_at = ? WHERE key = ? AND value = ?",
                [READING_RULES_IMPORTED, now(), READING_RULES_KEY, READING_RULES],
            )

    def stored_readings(self, subject: str | None = None) -> Iterator[tuple[dict[str, Any], tuple]]:
        """Each active figure claim (of ``subject``, or all) with its stored derived columns
        (``fields.FIGURE_COLUMNS``: dimension, rounding, base bounds), as the engine reads
        them, by subject and id."""
        from claimtrack.fields import FIGURE_COLUMNS

        where, params = ("AND subject = ?", [subject]) if subject is not None else ("", [])
        cur = self._query(
            f"SELECT {RECORD_COLUMNS}, {', '.join(FIGURE_COLUMNS)} FROM claims "
            f"WHERE kind = 'figure' AND status = 'active' {where} ORDER BY subject, id",
            params,
        )
        names = [d[0] for d in cur.description]
        n = len(FIGURE_COLUMNS)
        for row in cur.fetchall():
            yield row_to_record(row[:-n], names[:-n]), tuple(row[-n:])

    # -- reviews and search --------------------------------------------------------------

    def reviews(self, claim_id: str) -> list[dict[str, Any]]:
        """Verdicts attached to a claim, oldest first (the last one is current)."""
        cur = self._query(
            f"SELECT {_REVIEW_SQL_COLUMNS} FROM reviews WHERE claim_id = ? ORDER BY id",
            [claim_id],
        )
        names = [d[0] for d in cur.description]
        return [{k: v for k, v in zip(names, r, strict=True) if v is not None} for r in cur]

    def add_review(
        self,
        claim_id: str,
        *,
        rating: str,
        url: str | None,
        reviewer: str | None,
        summary: str | None = None,
        finding: str | None = None,
    ) -> dict[str, Any]:
        """Attach a verdict. ``summary`` is the short statement of the claim judged
        (ClaimReview's claimReviewed); ``finding`` the paragraph (reviewBody)."""
        with self.write() as conn:
            self.get(claim_id)
            conn.execute(
                f"INSERT INTO reviews (claim_id, {_REVIEW_SQL_COLUMNS}) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [claim_id, rating.strip(), url, reviewer, summary, finding, now()],
            )
        return self.reviews(claim_id)[-1]

    def with_quote_checks(self, records: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
        """``records`` (id -> record) with each figure whose stored ``not_in_quote`` is set
        (quotes31: "paraphrase", "unchecked") a copy that holds it under that key, for every
        output that shows the figure (``quote_marks.quote_check_words``): the records
        themselves are not changed, and ``records`` itself is returned when none has one."""
        cur = self._query(
            "SELECT id, not_in_quote FROM claims WHERE not_in_quote IS NOT NULL "
            "AND id IN (SELECT value FROM json_each(?))",
            [json.dumps(list(records))],
        )
        found = cur.fetchall()
        if not found:
            return records
        out = dict(records)
        for cid, state in found:
            out[cid] = {**out[cid], "not_in_quote": state}
        return out

    def verdicts(self, ids: Iterable[str]) -> dict[str, str]:
        """Each claim's latest rating, for the claims among ``ids`` that have a review."""
        cur = self._query(
            "SELECT claim_id, rating FROM reviews WHERE id IN (SELECT max(id) FROM reviews "
            "WHERE claim_id IN (SELECT value FROM json_each(?)) GROUP BY claim_id)",
            [json.dumps(list(ids))],
        )
        return dict(cur.fetchall())

    def reviewed(
        self, subject: str | None = None
    ) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
        """(record, latest review) for each reviewed active claim (of a subject, or of every
        subject), by id. Retracted claims are left out: their verdict is not published."""
        where, params = ("AND c.subject = ?", [subject]) if subject is not None else ("", [])
        cur = self._query(
            f"""
            SELECT {", ".join("c." + c for c in RECORD_COLUMNS.split(", "))},
                   {", ".join("r." + c for c in _REVIEW_SQL_COLUMNS.split(", "))}
            FROM claims c JOIN reviews r ON r.claim_id = c.id
            WHERE c.status = 'active' {where}
              AND r.id = (SELECT max(id) FROM reviews WHERE claim_id = c.id)
            ORDER BY c.id
            """,
            params,
        )
        names = [d[0] for d in cur.description]
        n = len(RECORD_COLUMNS.split(", "))
        for row in cur.fetchall():
            review = {k: v for k, v in zip(names[n:], row[n:], strict=True) if v is not None}
            yield row_to_record(row[:n], names[:n]), review

    def search(
        self, text: str, *, subject: str | None, limit: int, include_retracted: bool = False
    ) -> list[dict[str, Any]]:
        """FTS5 search (bm25), best match first, matching words marked in ``quote_marked``."""
        where = "claims_fts MATCH ?"
        params: list[Any] = [_fts_query(text)]
        if not include_retracted:
            where += " AND c.status = 'active'"
        if subject is not None:
            where += " AND c.subject = ?"
            params.append(subject)
        params.append(limit)
        sql = f"""
            SELECT c.id, c.subject, c.claimant, c.speaker, c.outlet, c.said_on, c.status,
                   c.quote,
                   highlight(claims_fts, 0, char(2), char(3)) AS quote_marked,
                   bm25(claims_fts) AS rank
            FROM claims_fts JOIN claims c ON c.rowid = claims_fts.rowid
            WHERE {where}
            ORDER BY rank, c.id
            LIMIT ?
        """
        try:
            cur = self.conn.execute(sql, params)
            rows = cur.fetchall()
        except sqlite3.OperationalError as e:
            said = str(e).removeprefix("fts5: ")
            if said == str(e) and not said.startswith(("unterminated", "unknown special")):
                raise _sqlite_error(self.path, e) from None  # (locked, ...: not the search's)
            said = said.replace('near ""', "at its end").rstrip(": ")
            raise InputError(
                f"cannot search for {text!r}: not a valid search ({said})",
                hint='"two words" finds a phrase and word* a prefix; AND, OR, NOT and NEAR '
                "in capitals join searches: write them in lower case to find the words",
            ) from None
        names = [d[0] for d in cur.description]
        out = []
        for row in rows:
            hit = {k: v for k, v in zip(names, row, strict=True) if v is not None}
            hit["rank"] = -hit["rank"]  # bm25: lower is better; shown as higher is better
            out.append(hit)
        return out

    # -- reviews and earlier versions as records (export, import) -------------------------

    def _claim_scope(self, subject: str | None) -> tuple[str, list[Any]]:
        if subject is None:
            return "", []
        return "WHERE claim_id IN (SELECT id FROM claims WHERE subject = ?)", [subject]

    def review_records(self, subject: str | None = None) -> Iterator[dict[str, Any]]:
        """Every review, by claim id and then oldest first (the order an import restores)."""
        where, params = self._claim_scope(subject)
        cur = self._query(
            f"SELECT claim_id, {_REVIEW_SQL_COLUMNS} FROM reviews {where} ORDER BY claim_id, id",
            params,
        )
        names = [d[0] for d in cur.description]
        for row in cur.fetchall():
            yield {k: v for k, v in zip(names, row, strict=True) if v is not None}

    def put_review(self, conn: sqlite3.Connection, data: dict[str, Any], update: bool) -> bool:
        """Store a review record after the existing reviews of its claim; False when the
        same review (every field, ``reviewed_at`` included) is already there."""
        self._require_claim(conn, "review", data["claim_id"])
        values = [data["claim_id"], *(data.get(f) for f in REVIEW_FIELDS)]
        same = "claim_id = ? AND " + " AND ".join(f"{f} IS ?" for f in REVIEW_FIELDS)
        if conn.execute(f"SELECT 1 FROM reviews WHERE {same}", values).fetchone():
            return False
        conn.execute(
            f"INSERT INTO reviews (claim_id, {_REVIEW_SQL_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
            values,
        )
        return True

    def retractions(self, subject: str) -> dict[str, str]:
        """Claim id -> why it was retracted ("" when no reason was given), for the subject's
        claims retracted by ``retract`` (the last entry of their history a "retract"; a claim
        its outlet withdrew is in ``withdrawn``). One query (outputs20: the reports said
        "retracted" and never why)."""
        cur = self._query(
            "SELECT c.id, h.reason FROM claim_history h JOIN claims c ON c.id = h.claim_id "
            "WHERE h.action = 'retract' AND c.status = 'retracted' AND c.subject = ? "
            "AND h.id = (SELECT max(l.id) FROM claim_history l WHERE l.claim_id = h.claim_id)",
            [subject],
        )
        return {cid: reason or "" for cid, reason in cur.fetchall()}

    def withdrawn(self, subject: str | None = None) -> dict[str, list[dict[str, Any]]]:
        """Subject -> the claims their outlets withdrew (evidence17: retracted, the last
        entry of their history a "withdraw", ``add --corrects`` or ``retract --withdrawn``),
        by id: each record with ``withdrawn_at`` and ``reason`` (None when none was given).
        One query over the history's withdrawals (a few claims; none in most databases)."""
        where, params = " AND c.subject = ?", [subject]
        if subject is None:
            where, params = "", []
        cur = self._query(
            "SELECT c.subject, c.id, h.changed_at, h.reason FROM claim_history h "
            "JOIN claims c ON c.id = h.claim_id WHERE h.action = 'withdraw' "
            "AND c.status = 'retracted' AND h.id = (SELECT max(l.id) FROM claim_history l "
            f"WHERE l.claim_id = h.claim_id){where} ORDER BY c.subject, c.id",
            params,
        )
        found = cur.fetchall()
        if not found:
            return {}
        records = {r["id"]: r for r in self.claims(ids=[cid for _, cid, _, _ in found],
                                                   include_retracted=True)}  # fmt: skip
        out: dict[str, list[dict[str, Any]]] = {}
        for name, cid, changed_at, reason in found:
            out.setdefault(name, []).append(
                records[cid] | {"withdrawn_at": changed_at, "reason": reason}
            )
        return out

    def version_records(self, subject: str | None = None) -> Iterator[dict[str, Any]]:
        """Every earlier version of every claim, by claim id and then oldest first."""
        where, params = self._claim_scope(subject)
        cur = self._query(
            "SELECT claim_id, action, changed_at, reason, previous FROM claim_history "
            f"{where} ORDER BY claim_id, id",
            params,
        )
        for claim_id, action, changed_at, reason, previous in cur.fetchall():
            record = {"claim_id": claim_id, "action": action, "changed_at": changed_at}
            if reason is not None:
                record["reason"] = reason
            yield record | {"previous": json.loads(previous)}

    def put_version(self, conn: sqlite3.Connection, data: dict[str, Any], update: bool) -> bool:
        """Store an earlier version of a claim (a ``version`` record) after the versions it
        already has; False when the same version is already there."""
        self._require_claim(conn, "version", data["claim_id"])
        values = [
            data["claim_id"],
            data["action"],
            data["changed_at"],
            data.get("reason"),
            json.dumps(data["previous"], ensure_ascii=False),
        ]
        if conn.execute(
            "SELECT 1 FROM claim_history WHERE claim_id = ? AND action = ? AND changed_at = ? "
            "AND reason IS ? AND previous = ?",
            values,
        ).fetchone():
            return False
        conn.execute(
            "INSERT INTO claim_history (claim_id, action, changed_at, reason, previous) "
            "VALUES (?, ?, ?, ?, ?)",
            values,
        )
        return True

    @staticmethod
    def _require_claim(conn: sqlite3.Connection, record: str, claim_id: str) -> None:
        if conn.execute("SELECT 1 FROM claims WHERE id = ?", [claim_id]).fetchone() is None:
            raise InputError(
                f"{record}: claim {claim_id} is not in the database or earlier in this input"
            )

    def author_of(self) -> Callable[[str], tuple[str, str]]:
        """claimant as entered -> (schema.org type, name its aliases fold into)."""
        canon = self.canonical()
        kinds: dict[str, tuple[str, str, str | None]] = {}

        def author(claimant: str) -> tuple[str, str]:
            key = _claimant_key(claimant)
            target, name = canon.get(key, (key, claimant))
            if target not in kinds:
                kinds.update(self._kinds({target}))
            kind = kinds[target][0]
            return ("Person" if kind == "person" else "Organization", name)

        return author

    def guessed_authors(self, claimants: Iterable[str]) -> dict[str, str]:
        """The claimants among ``claimants`` whose kind is guessed, not set (``claimant NAME
        --kind``): the name their aliases fold into -> the schema.org type guessed
        (``author_of``), in the order given."""
        canon = self.canonical()
        named = []
        for claimant in claimants:
            key = _claimant_key(claimant)
            named.append(canon.get(key, (key, claimant)))
        kinds = self._kinds({target for target, _ in named}) if named else {}
        out: dict[str, str] = {}
        for target, name in named:
            kind, how, _ = kinds[target]
            if how == "guessed" and name not in out:
                out[name] = "Person" if kind == "person" else "Organization"
        return out

    def match_claimants(self, text: str, subject: str | None = None) -> tuple[set[str], str]:
        """Claimant keys that ``list --claimant TEXT`` means, and how they matched:
        ``exact`` (the name or one of its aliases) or ``contains`` (case-insensitive
        substring, when no claimant has that name); empty when nothing matches."""
        key = _claimant_key(text)
        where, params = ("WHERE subject = ?", [subject]) if subject is not None else ("", [])
        present = {
            r[0] for r in self._query(f"SELECT DISTINCT claimant_key FROM claims {where}", params)
        }
        canon = self.canonical()

        def group(keys: set[str]) -> set[str]:
            targets = {canon.get(k, (k,))[0] for k in keys}
            return {k for k in present if canon.get(k, (k,))[0] in targets}

        exact = group({key})
        if exact:
            return exact, "exact"
        if not key:
            return set(), "exact"
        contains = {k for k in present if key in k}
        return group(contains), "contains"

    def claimant_names(self, keys: Iterable[str]) -> list[str]:
        cur = self._query(
            "SELECT DISTINCT claimant FROM claims WHERE claimant_key IN "
            "(SELECT value FROM json_each(?)) ORDER BY claimant",
            [json.dumps(sorted(keys))],
        )
        return [r[0] for r in cur]

    def subject_detail(self, subject: str) -> dict[str, Any]:
        """``subjects SUBJECT``: its measures, propositions and claimants with claim counts."""
        row = next((r for r in self.subjects() if r["subject"] == subject), None)
        if row is None:
            raise NotFoundError(f"no claims on subject {subject!r}")
        out: dict[str, Any] = dict(row)
        cumulative = self.rules(subject).get(subject, (set(), []))[0]
        cur = self._query(
            "SELECT measure, count(*), sum(status = 'active'), "
            "group_concat(DISTINCT coalesce(dimension, 'count')) FROM claims "
            "WHERE subject = ? AND measure IS NOT NULL GROUP BY 1 ORDER BY 1",
            [subject],
        )
        out["measures"] = [
            {
                "measure": m,
                "claims": n,
                "active": a,
                "dimension": dims if "," not in dims else sorted(dims.split(",")),
                "cumulative": m in cumulative,
            }
            for m, n, a, dims in cur.fetchall()
        ]
        cur = self._query(
            "SELECT proposition, count(*), sum(status = 'active') FROM claims "
            "WHERE subject = ? AND proposition IS NOT NULL GROUP BY 1 ORDER BY 1",
            [subject],
        )
        out["propositions"] = [
            {"proposition": m, "claims": n, "active": a} for m, n, a in cur.fetchall()
        ]
        out["claimants"] = self.claimants(subject)
        return out

    # Near misses: names new to a subject that are close to names it has (names.py).

    def _known_names(
        self, subject: str, before_rowid: int | None = None
    ) -> dict[str, dict[str, str]]:
        """field -> {comparison name: display name} of one subject, alias groups included;
        with ``before_rowid``, only from rows stored before an import began."""
        known: dict[str, dict[str, str]] = {"measure": {}, "proposition": {}, "claimant": {}}
        sql = "SELECT DISTINCT measure, proposition, claimant FROM claims WHERE subject = ?"
        params: list[Any] = [subject]
        if before_rowid is not None:
            sql += " AND rowid <= ?"
            params.append(before_rowid)
        for measure, proposition, claimant in self._query(sql, params).fetchall():
            if measure is not None:
                known["measure"][measure] = measure
            if proposition is not None:
                known["proposition"][proposition] = proposition
            known["claimant"].setdefault(_claimant_key(claimant), claimant)
        self._with_aliases(known["claimant"])
        return known

    def _with_aliases(self, claimants: dict[str, str]) -> None:
        """Add every name of the alias groups of these claimants (in place)."""
        rows = self.alias_rows()
        if not rows:
            return
        canon = self.canonical()
        groups = {canon.get(k, (k,))[0] for k in claimants}
        for a in rows:
            if canon[a.key][0] in groups:
                claimants.setdefault(a.key, a.name)
                claimants.setdefault(a.same_as_key, a.same_as)

    def _declared_claimants(self) -> set[str]:
        """Claimant keys named in the registry (a kind or an alias): never "new"."""
        keys = {r[0] for r in self._query("SELECT key FROM claimants")}
        for a in self.alias_rows():
            keys.update((a.key, a.same_as_key))
        return keys

    def name_checks(self, claim: Claim, fields: Iterable[str] = NAME_FIELDS) -> list[NearMiss]:
        """Near misses among a claim's subject, measure, proposition and claimant."""
        from claimtrack.names import near_misses

        fields = set(fields)
        subject = claim.subject
        out: list[NearMiss] = []
        if not self.has_subject(subject):
            if "subject" in fields:
                # against every subject recorded: one set up with parties before its claims too
                near = near_misses([subject], self.recorded_subjects())
                if subject in near:
                    out.append(NearMiss("subject", subject, subject, tuple(near[subject])))
            return out
        known = self._known_names(subject)
        for field_name in ("measure", "proposition"):
            value = getattr(claim, field_name)
            if field_name in fields and value is not None:
                near = near_misses([value], known[field_name])
                if value in near:
                    out.append(NearMiss(field_name, subject, value, tuple(near[value])))
        if "claimant" in fields:
            key = _claimant_key(claim.claimant)
            if key not in known["claimant"] and key not in self._declared_claimants():
                near = near_misses([key], known["claimant"], people=True)
                if key in near:
                    shown = tuple(known["claimant"][k] for k in near[key])
                    out.append(NearMiss("claimant", subject, claim.claimant, shown))
                else:  # "SDF", "the BBC" beside "Syrian Democratic Forces (SDF)", "BBC";
                    # "PM Modi", "Odisha state government" beside "Narendra Modi", "Odisha
                    # government" (review30)
                    from claimtrack.names import same_party

                    same = same_party(claim.claimant, known["claimant"].values())
                    if same:
                        out.append(NearMiss("claimant", subject, claim.claimant, tuple(same)))
        return out

    def _near_miss_names(
        self,
        subjects: set[str],
        by_subject: Iterable[tuple[str, Iterable[Any], Iterable[Any], Iterable[str]]],
        start_rowid: int,
        declared: set[str] | None = None,
    ) -> dict[tuple[str, str, str], str]:
        """(field, subject, name) -> problem, for the names of an import that are near misses.

        ``subjects`` are the import's subjects; ``by_subject`` gives each one's measures,
        propositions and claimant names (None among them is ignored), a subject at a time.
        Names new to the database are compared with those stored before this import (rowid
        <= start_rowid) and with each other; only distinct names are compared. For a subject
        name, the key is ("subject", name, name); for a claimant, its key. ``declared``: the
        claimant keys of the registry (``_declared_claimants``), if read already; with it and
        ``start_rowid`` 0 the database is not read (the check can run in another thread).
        """
        from claimtrack.names import OrganisationIndex, explain, near_misses, near_pairs

        old_subjects: set[str] = set()
        if start_rowid:
            cur = self._query("SELECT DISTINCT subject FROM claims WHERE rowid <= ?", [start_rowid])
            old_subjects = {r[0] for r in cur}
        if declared is None:
            declared = self._declared_claimants()
        flagged: dict[tuple[str, str, str], str] = {}  # (field, subject, name) -> problem

        def check(field_name: str, subject: str, new: set[str], known: Any, shown: Any) -> None:
            people = field_name == "claimant"  # compared as names of people (names.py)
            near = near_misses(new, known, people) if known else {}
            if len(new) > 1:
                # a file's own numbered names are a series, not slips (names.py)
                for a, b in near_pairs(new, people, numbers=False):
                    near.setdefault(a, []).append(b)
                    near.setdefault(b, []).append(a)
            for name, options in near.items():
                opts = sorted(set(options))
                text = explain(
                    field_name,
                    None if field_name == "subject" else subject,
                    shown(name),
                    [shown(o) for o in opts],
                    {shown(o) for o in opts if o in new},
                )
                flagged[(field_name, subject if field_name != "subject" else name, name)] = text

        def one_organisation(subject: str, new: set[str], names: dict[str, str]) -> None:
            """A new claimant written as another of the subject is (``same_organisation``;
            audit16): one index of the subject's names, one lookup per new name."""
            index = OrganisationIndex(names.values())
            for key in sorted(new):
                if ("claimant", subject, key) in flagged:
                    continue
                same = index.matches(names[key])
                if same:
                    in_file = {names[k] for k in new}
                    flagged[("claimant", subject, key)] = explain(
                        "claimant", subject, names[key], same, in_file
                    )

        new_subjects = subjects - old_subjects
        check("subject", "", new_subjects, old_subjects, str)
        for subject, measure_names, proposition_names, claimant_names in by_subject:
            measures, propositions = set(measure_names), set(proposition_names)
            claimants = set(claimant_names)
            known = self._known_names(subject, start_rowid) if subject in old_subjects else None
            for field_name, values in (("measure", measures), ("proposition", propositions)):
                values = values - {None}
                new = values - known[field_name].keys() if known else values
                if new and (known or len(new) > 1):
                    check(field_name, subject, new, known and known[field_name], str)
            keys = {_claimant_key(c): c for c in sorted(claimants, reverse=True)}
            new_keys = keys.keys() - (known["claimant"].keys() if known else set()) - declared
            if new_keys and (known or len(new_keys) > 1):
                names = {**(known["claimant"] if known else {}), **keys}
                check("claimant", subject, set(new_keys), known and known["claimant"], names.get)
                one_organisation(subject, new_keys, names)
        return flagged
