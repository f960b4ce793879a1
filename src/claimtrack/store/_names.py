"""The store, in part: names: measures and sum relations, sources,
the claimant registry, aliases and near-miss checks."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from claimtrack.errors import DuplicateError, InputError, NotFoundError
from claimtrack.records import claimant_key as _claimant_key
from claimtrack.records import (
    now,
)
from claimtrack.registry import (
    RECORD_TYPES,
)

if TYPE_CHECKING:
    from claimtrack.conflicts import Fact, SumRelation
    from claimtrack.models import Claim
    from claimtrack.snapshots import Snapshot


from claimtrack.store._common import (
    Alias,
    dimension_mismatch,
)
from claimtrack.store._evidence import _Evidence


class _Names(_Evidence):
    """Names: measures and sum relations, sources, the claimant registry, aliases and
    near-miss checks."""

    # -- measures and sums -----------------------------------------------------------------

    def rules(self, subject: str | None = None) -> dict[str, tuple[set[str], list[SumRelation]]]:
        """subject -> (cumulative measures, sum relations), for one subject or all."""
        from claimtrack.conflicts import SumRelation

        where, params = ("WHERE subject = ?", [subject]) if subject is not None else ("", [])
        out: dict[str, tuple[set[str], list[SumRelation]]] = {}
        for subj, measure in self._query(
            f"SELECT subject, measure FROM measures {where} "
            f"{'AND' if where else 'WHERE'} cumulative = 1 ORDER BY 1, 2",
            params,
        ):
            out.setdefault(subj, (set(), []))[0].add(measure)
        for subj, total, parts in self._query(
            f"SELECT subject, total, parts FROM sums {where} ORDER BY 1, 2", params
        ):
            out.setdefault(subj, (set(), []))[1].append(
                SumRelation(total, tuple(json.loads(parts)))
            )
        return out

    def measure(self, subject: str, measure: str) -> dict[str, Any]:
        """What is known of a measure: its dimension(s), cumulative flag, claim counts, sums."""
        row = self._query(
            "SELECT count(*), sum(status = 'active') FROM claims "
            "WHERE subject = ? AND measure = ? AND kind = 'figure'",
            [subject, measure],
        ).fetchone()
        dims = [
            r[0]
            for r in self._query(
                "SELECT DISTINCT coalesce(dimension, 'count') FROM claims "
                "WHERE subject = ? AND measure = ? AND kind = 'figure' ORDER BY 1",
                [subject, measure],
            )
        ]
        flag = self._query(
            "SELECT cumulative FROM measures WHERE subject = ? AND measure = ?",
            [subject, measure],
        ).fetchone()
        sums = []
        for total, text in self._query(
            "SELECT total, parts FROM sums WHERE subject = ? ORDER BY total", [subject]
        ):
            parts = json.loads(text)
            if measure == total or measure in parts:
                sums.append({"total": total, "parts": parts})
        definition = self.definitions(subject).get(measure)
        return {
            "subject": subject,
            "measure": measure,
            "dimension": dims[0] if len(dims) == 1 else (dims or None),
            "cumulative": bool(flag and flag[0]),
            "defined_as": definition,
            "alternatives": sorted(
                b if a == measure else a for a, b in self.alternatives(subject) if measure in (a, b)
            ),
            "claims": row[0],
            "active": row[1] or 0,
            "sums": sums,
        }

    def measure_names(self, subject: str) -> list[str]:
        return [
            r[0]
            for r in self._query(
                "SELECT DISTINCT measure FROM claims WHERE subject = ? AND kind = 'figure' "
                "ORDER BY 1",
                [subject],
            )
        ]

    def set_up_measures(self, subject: str) -> list[str]:
        """The measures of ``subject`` recorded in the measures table (marked cumulative or
        defined, with ``measure --new`` before their first figure, or since)."""
        return [
            r[0]
            for r in self._query(
                "SELECT measure FROM measures WHERE subject = ? ORDER BY 1", [subject]
            )
        ]

    def set_cumulative(self, subject: str, measure: str, cumulative: bool) -> None:
        with self.write() as conn:
            self.put_measure(
                conn, {"subject": subject, "measure": measure, "cumulative": cumulative}, True
            )

    def relate(self, subject: str, total: str, parts: Sequence[str]) -> None:
        with self.write() as conn:
            self.put_sum(conn, {"subject": subject, "total": total, "parts": list(parts)}, True)

    def put_measure(self, conn: sqlite3.Connection, data: dict[str, Any], update: bool) -> bool:
        """Store a measure record (registry type ``measure``); False when already so."""
        key = [data["subject"], data["measure"]]
        row = conn.execute(
            "SELECT cumulative, definition FROM measures WHERE subject = ? AND measure = ?", key
        ).fetchone()
        changed = False
        if "defined_as" in data and (row is None or row[1] != data["defined_as"]):
            changed = True
            conn.execute(
                "INSERT INTO measures (subject, measure, cumulative, definition) "
                "VALUES (?, ?, 0, ?) ON CONFLICT(subject, measure) "
                "DO UPDATE SET definition = excluded.definition",
                [*key, data["defined_as"]],
            )
        if "cumulative" not in data:
            return changed
        if row is not None and bool(row[0]) == data["cumulative"]:
            return changed
        conn.execute(
            "INSERT INTO measures (subject, measure, cumulative) VALUES (?, ?, ?) "
            "ON CONFLICT(subject, measure) DO UPDATE SET cumulative = excluded.cumulative",
            [*key, int(data["cumulative"])],
        )
        return True

    def put_sum(self, conn: sqlite3.Connection, data: dict[str, Any], update: bool) -> bool:
        """Store a sum relation (registry type ``sum``); a different one for the same total
        is refused unless ``update``. False when already so."""
        row = conn.execute(
            "SELECT parts FROM sums WHERE subject = ? AND total = ?",
            [data["subject"], data["total"]],
        ).fetchone()
        parts = json.dumps(data["parts"])
        if row is not None and row[0] == parts:
            return False
        if row is not None and not update:
            raise InputError(
                f"sum: {data['total']} is already the sum of {' + '.join(json.loads(row[0]))}",
                hint="use --update to replace it",
            )
        conn.execute(
            "INSERT INTO sums (subject, total, parts) VALUES (?, ?, ?) "
            "ON CONFLICT(subject, total) DO UPDATE SET parts = excluded.parts",
            [data["subject"], data["total"], parts],
        )
        return True

    def measure_records(self, subject: str | None = None) -> Iterator[dict[str, Any]]:
        where, params = ("AND subject = ?", [subject]) if subject is not None else ("", [])
        for subj, measure, cumulative, definition in self._query(
            "SELECT subject, measure, cumulative, definition FROM measures "
            f"WHERE (cumulative = 1 OR definition IS NOT NULL) {where} ORDER BY 1, 2",
            params,
        ).fetchall():
            out: dict[str, Any] = {"subject": subj, "measure": measure}
            if cumulative:
                out["cumulative"] = True
            if definition is not None:
                out["defined_as"] = definition
            yield out

    def sum_records(self, subject: str | None = None) -> Iterator[dict[str, Any]]:
        where, params = ("WHERE subject = ?", [subject]) if subject is not None else ("", [])
        for subj, total, parts in self._query(
            f"SELECT subject, total, parts FROM sums {where} ORDER BY 1, 2", params
        ).fetchall():
            yield {"subject": subj, "total": total, "parts": json.loads(parts)}

    # -- sources (issue #14) ----------------------------------------------------------------

    _SOURCE_COLUMNS = ("id", "url", "outlet", "reported_on", "title", "author", "wire")
    # one row of ``sources``: its columns, then when it was added (``put_source``,
    # ``put_new_sources``)
    _SOURCE_INSERT = (
        f"INSERT INTO sources ({', '.join(_SOURCE_COLUMNS)}, added_at) "
        f"VALUES ({', '.join('?' * (len(_SOURCE_COLUMNS) + 1))})"
    )

    def put_source(self, conn: sqlite3.Connection, data: dict[str, Any], update: bool) -> bool:
        """Store a source (registry type ``source``); False when nothing changed.

        The same id again fills in details the stored source lacks; a detail that differs
        from the stored one is refused unless ``update``."""
        cols = self._SOURCE_COLUMNS
        row = conn.execute(
            f"SELECT {', '.join(cols)} FROM sources WHERE id = ?", [data["id"]]
        ).fetchone()
        if row is not None:
            stored = {c: v for c, v in zip(cols, row, strict=True) if v is not None}
            differ = [
                f"{c}: stored {stored[c]!r}, given {data[c]!r}"
                for c in cols
                if c in stored and c in data and stored[c] != data[c]
            ]
            if differ and not update:
                raise DuplicateError(
                    f"source {data['id']} is already stored with other details "
                    f"({'; '.join(differ)})",
                    hint="an import with --update replaces them",
                )
            merged = stored | data
            if merged == stored:
                return False
            data = merged
        conn.execute(
            f"{self._SOURCE_INSERT} ON CONFLICT(id) DO UPDATE SET url = excluded.url, "
            "outlet = excluded.outlet, reported_on = excluded.reported_on, title = excluded.title, "
            "author = excluded.author, wire = excluded.wire",
            [*(data.get(c) for c in cols), now()],
        )
        return True

    def put_new_sources(self, conn: sqlite3.Connection, records: list[dict[str, Any]]) -> None:
        """Store sources known to be new (an import's pages, ``sources.page_source``: no
        stored source has their ids), in one statement."""
        cols = self._SOURCE_COLUMNS
        at = now()
        conn.executemany(self._SOURCE_INSERT, [[*(r.get(c) for c in cols), at] for r in records])

    def add_source(
        self, data: dict[str, Any], snapshot: Snapshot | None = None
    ) -> tuple[dict[str, Any], bool]:
        """Store a validated source; (its record, True if new). Same id, same details: a no-op.
        With ``snapshot``, the article's snapshot too, in the same transaction (a new version
        when the source has other ones; nothing when it has this one)."""
        with self.write() as conn:
            added = self.put_source(conn, data, update=False)
            if snapshot is not None:
                self._insert_snapshot(
                    conn, data["id"], snapshot.sha256, snapshot.media_type, snapshot.size,
                    now(), snapshot.content,
                )  # fmt: skip
        return self.source(data["id"]), added

    def source(self, text: str) -> dict[str, Any]:
        """A source by id or unambiguous id prefix (at least 4 characters after ``src-``)."""
        cols = ", ".join(self._SOURCE_COLUMNS)
        rows = self._query(
            f"SELECT {cols} FROM sources WHERE id = ? OR (id > ? AND id < ?) ORDER BY id LIMIT 3",
            [text, text, text + "\U0010ffff"],
        ).fetchall()
        exact = [r for r in rows if r[0] == text]
        if exact:
            rows = exact
        if not rows:
            raise NotFoundError(f"no source with id {text!r}", hint="list them: claimtrack sources")
        if len(text.removeprefix("src-")) < self.MIN_PREFIX:
            raise InputError(
                f"source id {text!r} is too short: give at least {self.MIN_PREFIX} characters "
                "after src-",
                details=[r[0] for r in rows],
                hint=f"e.g. {rows[0][0][: 4 + self.MIN_PREFIX]}",
            )
        if len(rows) > 1:
            raise InputError(
                f"source id {text!r} matches {len(rows) if len(rows) < 3 else '3 or more'} "
                "sources; give more characters",
                details=[r[0] for r in rows],
            )
        return {c: v for c, v in zip(self._SOURCE_COLUMNS, rows[0], strict=True) if v is not None}

    def source_records(self, subject: str | None = None) -> Iterator[dict[str, Any]]:
        """Sources for export: all, or those a subject's claims name."""
        cols = ", ".join(self._SOURCE_COLUMNS)
        where, params = "", []
        if subject is not None:
            where = "WHERE id IN (SELECT source FROM claims WHERE subject = ?)"
            params = [subject]
        for row in self._query(f"SELECT {cols} FROM sources {where} ORDER BY id", params):
            yield {c: v for c, v in zip(self._SOURCE_COLUMNS, row, strict=True) if v is not None}

    def sources(self, subject: str | None = None) -> list[dict[str, Any]]:
        """Sources with the number of claims naming them (of ``subject``, when given: then
        only the sources its claims use)."""
        cols = ", ".join(f"s.{c}" for c in self._SOURCE_COLUMNS)
        join = "LEFT JOIN" if subject is None else "JOIN"
        cond = "" if subject is None else "AND c.subject = ?"
        rows = self._query(
            f"SELECT {cols}, count(c.id) FROM sources s {join} claims c "
            f"ON c.source = s.id {cond} GROUP BY s.id ORDER BY s.reported_on, s.id",
            [] if subject is None else [subject],
        ).fetchall()
        versions = dict(
            self._query("SELECT source, count(*) FROM snapshots GROUP BY source").fetchall()
        )
        out = []
        for row in rows:
            rec = {
                c: v for c, v in zip(self._SOURCE_COLUMNS, row[:-1], strict=True) if v is not None
            }
            rec["claims"] = row[-1]
            rec["snapshots"] = versions.get(rec["id"], 0)  # versions stored (issue #26)
            out.append(rec)
        return out

    def unrelate(self, subject: str, total: str) -> bool:
        with self.write() as conn:
            return (
                conn.execute(
                    "DELETE FROM sums WHERE subject = ? AND total = ?", [subject, total]
                ).rowcount
                > 0
            )

    def dimension_of(
        self, subject: str, measure: str, *, other_than: str | None = None
    ) -> str | None:
        """The dimension a measure holds (from its figure claims that give its level, not a
        change of it), or None if it has none."""
        row = self._query(
            "SELECT coalesce(dimension, 'count') FROM claims WHERE subject = ? AND measure = ? "
            "AND kind = 'figure' AND change IS NULL AND id IS NOT ? LIMIT 1",
            [subject, measure, other_than],
        ).fetchone()
        return row[0] if row else None

    def _check_dimension(self, claim: Claim) -> None:
        """A measure holds one dimension: refuse a figure of another (currencies may differ).
        A change is not held to it ("fell 12%" of a count; never compared with a level)."""
        if claim.kind != "figure" or claim.change is not None:
            return
        from claimtrack.readings import figure_numbers

        numbers = figure_numbers(claim.__dict__)
        held = self.dimension_of(claim.subject, claim.measure or "", other_than=claim.id)
        if numbers is not None and held is not None:
            problem = dimension_mismatch(claim.measure or "", held, numbers.dimension)
            if problem:
                raise InputError(f"invalid claim: {problem}")

    def _alias_fold(self) -> Callable[[Fact], Fact] | None:
        """Aliases for the engine: a Fact's claimant becomes its canonical name (None: no
        aliases). Only the engine's input changes; stored claims keep the name as entered."""
        canon = self.canonical()
        if not canon:
            return None

        def fold(fact: Fact) -> Fact:
            target = canon.get(_claimant_key(fact.claimant))
            return fact if target is None else fact._replace(claimant=target[1])

        return fold

    def _engine_fold(
        self, subject: str | None = None, start: str | None = None, stop: str | None = None
    ) -> Callable[[Fact], Fact] | None:
        """The engine's view of a claim completed: claimant aliases folded, and the source
        (article) of the claims that have one, read apart (it is not in the covering index;
        an index scan of the claims with a source). None: nothing to change. With
        ``subject``, only that subject's claims are read: a database whose imports registered
        a page for every address holds hundreds of thousands of claims with a source, and one
        subject's check read them all (2 s of a 10,000-claim subject's 2.1 s at 1M claims).
        With ``start`` / ``stop`` (the --all fan-out's halves, ``facts_by_subject``), only the
        claims of subjects >= start and < stop are kept: each process holds its half's."""
        aliases = self._alias_fold()
        if subject is not None:
            query, params = (
                "SELECT id, source FROM claims WHERE subject = ? AND source IS NOT NULL",
                [subject],
            )
        else:
            where, params = "", list[Any]()
            if start is not None:
                where, params = " AND subject >= ?", [start]
            if stop is not None:
                where, params = where + " AND subject < ?", [*params, stop]
            query = (
                "SELECT id, source FROM claims INDEXED BY idx_claims_source "
                "WHERE source IS NOT NULL" + where
            )
        sources = dict(self._query(query, params))
        if not sources:
            return aliases

        def fold(fact: Fact) -> Fact:
            if aliases is not None:
                fact = aliases(fact)
            source = sources.get(fact.id)
            return fact if source is None else fact._replace(source=source)

        return fold

    def history(self, claim_id: str) -> list[dict[str, Any]]:
        self.get(claim_id)  # raises NotFoundError
        cur = self._query(
            "SELECT action, changed_at, reason, previous FROM claim_history "
            "WHERE claim_id = ? ORDER BY id",
            [claim_id],
        )
        return [
            {"action": a, "changed_at": t, "reason": r, "previous": json.loads(p)}
            for a, t, r, p in cur.fetchall()
        ]

    def table_names(self) -> list[str]:
        return [r[0] for r in self._query("SELECT name FROM sqlite_master WHERE type = 'table'")]

    def count(self) -> int:
        return self._query("SELECT count(*) FROM claims").fetchone()[0]

    # -- vocabulary: the claimant registry, aliases and near-miss names --------------------

    def alias_rows(self) -> list[Alias]:
        cur = self._query(
            "SELECT key, name, same_as_key, same_as FROM claimant_aliases ORDER BY key"
        )
        return [Alias._make(r) for r in cur.fetchall()]

    def canonical(self) -> dict[str, tuple[str, str]]:
        """alias key -> (canonical key, canonical name), chains followed (A -> B -> C)."""
        rows = {a.key: a for a in self.alias_rows()}
        out: dict[str, tuple[str, str]] = {}
        for key, a in rows.items():
            seen = {key}
            while a.same_as_key in rows and a.same_as_key not in seen:
                seen.add(a.same_as_key)
                a = rows[a.same_as_key]
            out[key] = (a.same_as_key, a.same_as)
        return out

    def claimant_known(self, name: str) -> bool:
        key = _claimant_key(name)
        for sql in (
            "SELECT 1 FROM claims WHERE claimant_key = ? LIMIT 1",
            "SELECT 1 FROM claimants WHERE key = ?",
            "SELECT 1 FROM claimant_aliases WHERE key = ? OR same_as_key = ? LIMIT 1",
        ):
            if self._query(sql, [key] * sql.count("?")).fetchone():
                return True
        return False

    def _require_claimant(self, name: str) -> None:
        if self.claimant_known(name):
            return
        import difflib

        names = [r[0] for r in self._query("SELECT DISTINCT claimant FROM claims ORDER BY 1")]
        near = difflib.get_close_matches(name, names, n=3, cutoff=0.6)
        raise NotFoundError(
            f"no claimant named {name!r}",
            hint=("did you mean: " + ", ".join(near)) if near else "see `claimtrack claimants`",
        )

    def add_alias(self, name: str, same_as: str) -> dict[str, Any]:
        """Fold ``name`` into ``same_as`` (both must be known claimants)."""
        with self.write() as conn:
            for n in (name, same_as):
                self._require_claimant(n)
            changed = self.put_alias(conn, {"name": name, "same_as": same_as}, update=False)
        return self._alias_summary(name, changed)

    def remove_alias(self, name: str) -> dict[str, Any]:
        key = _claimant_key(name)
        with self.write() as conn:
            row = conn.execute(
                "SELECT name, same_as FROM claimant_aliases WHERE key = ?", [key]
            ).fetchone()
            if row is None:
                raise NotFoundError(
                    f"{name!r} is not an alias of another claimant", hint="claimtrack claimants"
                )
            conn.execute("DELETE FROM claimant_aliases WHERE key = ?", [key])
        return {"name": row[0], "same_as": row[1], "removed": True}

    def _alias_summary(self, name: str, changed: bool) -> dict[str, Any]:
        key = _claimant_key(name)
        target = self.canonical()[key]
        n = self._query("SELECT count(*) FROM claims WHERE claimant_key = ?", [key]).fetchone()
        return {"name": name, "same_as": target[1], "claims": n[0], "changed": changed}

    def put_alias(self, conn: sqlite3.Connection, data: dict[str, Any], update: bool) -> bool:
        """Store one alias record; refuses self-aliases, cycles and re-pointing (unless
        ``update``). Returns False when the same alias is already stored."""
        name, same_as = data["name"], data["same_as"]
        key, target = _claimant_key(name), _claimant_key(same_as)
        if not key or not target:
            raise InputError("alias: a claimant name needs letters or digits")
        if key == target:
            raise InputError(
                f"alias: {name!r} and {same_as!r} are already the same claimant "
                "(case and punctuation are ignored)"
            )
        row = conn.execute(
            "SELECT same_as_key, same_as FROM claimant_aliases WHERE key = ?", [key]
        ).fetchone()
        if row is not None and row[0] == target:
            return False
        if row is not None and not update:
            raise InputError(
                f"alias: {name!r} is already an alias of {row[1]!r}",
                hint=f'remove it first: claimtrack alias "{name}" --remove',
            )
        canon = self.canonical()
        end = canon.get(target, (target, same_as))
        if end[0] == key:
            raise InputError(
                f"alias: refused: {same_as!r} already folds into {name!r}; "
                f"{name!r} -> {same_as!r} would make a cycle"
            )
        conn.execute(
            "INSERT INTO claimant_aliases (key, name, same_as_key, same_as, added_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET name = excluded.name, "
            "same_as_key = excluded.same_as_key, same_as = excluded.same_as",
            [key, name, target, same_as, now()],
        )
        return True

    def put_claimant(self, conn: sqlite3.Connection, data: dict[str, Any], update: bool) -> bool:
        """Store a claimant's kind (on its canonical name). False when already so."""
        key = _claimant_key(data["name"])
        if not key:
            raise InputError("claimant: a claimant name needs letters or digits")
        changed = False
        if "role" in data or "parties" in data or "of" in data:  # issue #26, evidence11
            changed = self._put_evidence(
                conn, data["name"], data.get("role"), data.get("parties", []), [], data.get("of")
            )
        if "kind" not in data:
            return changed
        row = conn.execute("SELECT name, kind FROM claimants WHERE key = ?", [key]).fetchone()
        if row is not None and row[1] == data["kind"]:
            return changed
        if row is not None and row[1] is not None and not update:
            raise InputError(
                f"claimant: {data['name']!r} is already recorded as {row[1]}",
                hint="use --update to change it",
            )
        conn.execute(
            "INSERT INTO claimants (key, name, kind, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET name = excluded.name, kind = excluded.kind, "
            "updated_at = excluded.updated_at",
            [key, data["name"], data["kind"], now()],
        )
        return True

    def set_kind(self, name: str, kind: str, new: bool = False) -> dict[str, Any]:
        """``claimtrack claimant NAME --kind KIND``: the kind of a claimant (and its aliases).

        A name no claim or registry record has yet is registered, so that aliases can point
        at it before any claim names it; unless ``new``, a name that is a near miss of a
        known claimant (names.py) is refused, since a registered name is never questioned."""
        name = " ".join(name.split())
        with self.write() as conn:
            if not self.claimant_known(name):
                if not new:
                    self._refuse_near_claimant(name)
                self.put_claimant(conn, {"name": name, "kind": kind}, update=False)
                return self.claimant(name)
            target = self.canonical().get(_claimant_key(name))
            shown = target[1] if target else self._display_name(name)
            self.put_claimant(conn, {"name": shown, "kind": kind}, update=True)
        return self.claimant(name)

    def register_claimant(
        self,
        name: str,
        role: str | None,
        parties: list[str],
        new: bool = False,
        body: str | None = None,
    ) -> dict[str, Any]:
        """``claimtrack claimant NAME --role ROLE --party SUBJECT`` on a name no claim or
        record has yet: registered with its kind guessed (until ``--kind``), its role and
        parties set, in one transaction; unless ``new``, a near miss of a known claimant is
        refused, as by ``set_kind``."""
        name = " ".join(name.split())
        with self.write() as conn:
            if not self.claimant_known(name):
                if not new:
                    self._refuse_near_claimant(name)
                self.put_claimant(conn, {"name": name, "kind": None}, update=False)
            self._put_evidence(conn, name, role, parties, [], body)
        return self.claimant(name)

    def _refuse_near_claimant(self, name: str) -> None:
        """InputError if ``name`` is a near miss of a claimant known anywhere."""
        from claimtrack.names import near_misses

        known: dict[str, str] = {}
        for (claimant,) in self._query("SELECT DISTINCT claimant FROM claims ORDER BY 1"):
            known.setdefault(_claimant_key(claimant), claimant)
        for key, registered in self._query("SELECT key, name FROM claimants ORDER BY key"):
            known.setdefault(key, registered)
        for a in self.alias_rows():
            known.setdefault(a.key, a.name)
            known.setdefault(a.same_as_key, a.same_as)
        key = _claimant_key(name)
        near = near_misses([key], known, people=True).get(key)
        if near:
            shown = [repr(known[k]) for k in near]
            choice = shown[0] if len(shown) == 1 else "one of " + ", ".join(shown)
            raise InputError(
                f"claimant {name!r} is new; did you mean {choice}?",
                hint="give --new if it really is new",
            )

    def written_first(self, name: str) -> str | None:
        """The spelling under which ``name``'s claimant was first written, when ``name`` is a
        known claimant written otherwise (case, punctuation, spaces: one claimant, shown as
        written first); None when it is new, written so, or an alias (folded on purpose)."""
        key = _claimant_key(name)
        if key in self.canonical():
            return None
        row = self._query(
            "SELECT claimant FROM claims WHERE claimant_key = ? ORDER BY rowid LIMIT 1", [key]
        ).fetchone()
        if row is None:
            row = self._query("SELECT name FROM claimants WHERE key = ?", [key]).fetchone()
        first = row[0] if row else None
        return first if first is not None and first != " ".join(name.split()) else None

    def _display_name(self, name: str) -> str:
        """The spelling of a claimant written first (names that differ only in case or
        punctuation are one claimant: the one the user wrote first stands for it, never the
        first in ASCII order; review16)."""
        row = self._query(
            "SELECT claimant FROM claims WHERE claimant_key = ? ORDER BY rowid LIMIT 1",
            [_claimant_key(name)],
        ).fetchone()
        return row[0] if row else name

    def claimant_records(self, subject: str | None = None) -> Iterator[dict[str, Any]]:
        keys = None if subject is None else self._registry_scope(subject)
        parties: dict[str, list[str]] = {}
        for key, subj in self._query(
            "SELECT key, subject FROM claimant_parties ORDER BY key, subject"
        ).fetchall():
            parties.setdefault(key, []).append(subj)
        cur = self._query("SELECT key, name, kind, role, body FROM claimants ORDER BY key")
        rows = {key: (name, kind, role, body) for key, name, kind, role, body in cur.fetchall()}
        if keys is not None:
            # a subject's parties and the bodies its voices speak for go with it, though no
            # claim names them (evidence12: before, "Government of Saudi Arabia", a party
            # whose voices were given it with --of, was left out of the subject's export, and
            # the import graded its voices' sides single-source where they were party-only)
            keys |= {k for k, subjects in parties.items() if subject in subjects}
            bodies = [rows[k][3] for k in keys if k in rows and rows[k][3] is not None]
            keys |= {_claimant_key(b) for b in bodies}
        for key in sorted(rows.keys() | parties.keys()):
            if keys is not None and key not in keys:
                continue
            name, kind, role, body = rows.get(key, (None, None, None, None))
            if name is None:
                name = self._party_name(key)
            out: dict[str, Any] = {"name": name}
            if kind is not None:
                out["kind"] = kind
            if role is not None:
                out["role"] = role
            if key in parties:
                out["parties"] = parties[key]
            if body is not None:
                out["of"] = body
            if len(out) > 1:
                yield out

    def _party_name(self, key: str) -> str:
        row = self._query(
            "SELECT name FROM claimant_parties WHERE key = ? ORDER BY subject LIMIT 1", [key]
        ).fetchone()
        return row[0] if row else key

    def alias_records(self, subject: str | None = None) -> Iterator[dict[str, Any]]:
        keys = None if subject is None else self._registry_scope(subject)
        for a in self.alias_rows():
            if keys is None or a.key in keys or a.same_as_key in keys:
                yield {"name": a.name, "same_as": a.same_as}

    def _registry_scope(self, subject: str) -> set[str]:
        """Claimant keys of a subject, with every name in their alias groups."""
        keys = {
            r[0]
            for r in self._query(
                "SELECT DISTINCT claimant_key FROM claims WHERE subject = ?", [subject]
            )
        }
        canon = self.canonical()
        groups = {canon.get(k, (k,))[0] for k in keys}
        return keys | groups | {k for k, (t, _) in canon.items() if t in groups}

    def registry_records(
        self, subject: str | None = None, *, after_claims: bool = False, skip: Iterable[str] = ()
    ) -> Iterator[dict[str, Any]]:
        """Registry records (for export), types in ``RECORD_TYPES`` order: the ones written
        before the claims, or (``after_claims``) the ones about claims (reviews, versions);
        types named in ``skip`` are left out."""
        for kind, spec in RECORD_TYPES.items():
            if spec.after_claims != after_claims or kind in skip:
                continue
            for data in getattr(self, spec.export)(subject):
                yield {"record": kind, **data}

    def claimant(self, name: str) -> dict[str, Any]:
        """One claimant (with its alias group): kind, counts, aliases."""
        self._require_claimant(name)
        key = _claimant_key(name)
        target = self.canonical().get(key, (key, None))[0]
        for row in self.claimants():
            if _claimant_key(row["claimant"]) == target or key in {
                _claimant_key(a) for a in row["aliases"]
            }:
                return row
        kind = self._kinds({target}).get(target, ("organization", "guessed", name))
        return {
            "claimant": kind[2] or name,
            "kind": kind[0],
            "kind_from": kind[1],
            "claims": 0,
            "active": 0,
            "aliases": [],
        }

    def claimants(self, subject: str | None = None) -> list[dict[str, Any]]:
        """Claimants with claim counts, aliases folded in, most claims first."""
        where, params = ("WHERE subject = ?", [subject]) if subject is not None else ("", [])
        cur = self._query(
            f"SELECT claimant_key, claimant, count(*), sum(status = 'active'), min(rowid) "
            f"FROM claims {where} GROUP BY claimant_key, claimant",
            params,
        )
        canon = self.canonical()
        groups: dict[str, dict[str, Any]] = {}
        for key, name, n, active, first in cur.fetchall():
            target = canon.get(key, (key, None))
            g = groups.setdefault(target[0], {"names": {}, "first": {}, "claims": 0,
                                              "active": 0})  # fmt: skip
            g["names"][name] = g["names"].get(name, 0) + n
            g["first"][name] = min(first, g["first"].get(name, first))
            g["claims"] += n
            g["active"] += active
            if target[1] is not None:
                g["canonical"] = target[1]
        kinds = self._kinds(set(groups))
        alias_rows = self.alias_rows()  # once, not once per claimant
        out = []
        for key, g in groups.items():
            shown = g.get("canonical") or kinds.get(key, (None, None, None))[2]
            if shown is None:  # the spelling written first (not the first in ASCII order)
                shown = min(g["names"], key=g["first"].__getitem__)
            kind, how, _ = kinds.get(key, ("organization", "guessed", None))
            aliases = sorted(n for n in g["names"] if n != shown)
            aliases += sorted(
                a.name for a in alias_rows if canon[a.key][0] == key and a.name not in g["names"]
            )
            out.append(
                {
                    "claimant": shown,
                    "kind": kind,
                    "kind_from": how,
                    "claims": g["claims"],
                    "active": g["active"],
                    "aliases": aliases,
                }
            )
        if subject is None:  # registered before any claim names them (claimant --kind)
            out.extend(self._registered_only(set(groups), canon))
        out.sort(key=lambda r: (-r["claims"], r["claimant"].casefold(), r["claimant"]))
        return out

    def _registered_only(
        self, keys: set[str], canon: dict[str, tuple[str, str]]
    ) -> Iterator[dict[str, Any]]:
        """Registry claimants that no claim names, with the aliases that point at them."""
        alias_rows = self.alias_rows()
        for key, name, kind in self._query(
            "SELECT key, name, kind FROM claimants WHERE kind IS NOT NULL ORDER BY key"
        ).fetchall():
            if key in keys or canon.get(key, (key,))[0] in keys:
                continue
            aliases = sorted(a.name for a in alias_rows if canon[a.key][0] == key)
            yield {
                "claimant": name,
                "kind": kind,
                "kind_from": "set",
                "claims": 0,
                "active": 0,
                "aliases": aliases,
            }

    def _kinds(self, keys: set[str]) -> dict[str, tuple[str, str, str | None]]:
        """key -> (kind, "set" | "guessed", registry name). Guess: a claimant whose name is
        also given as a speaker is a person; otherwise an organization."""
        out: dict[str, tuple[str, str, str | None]] = {}
        for key, name, kind in self._query("SELECT key, name, kind FROM claimants"):
            if key in keys and kind is not None:
                out[key] = (kind, "set", name)
        speakers = {
            _claimant_key(r[0])
            for r in self._query("SELECT DISTINCT speaker FROM claims WHERE speaker IS NOT NULL")
        }
        for key in keys - out.keys():
            out[key] = ("person" if key in speakers else "organization", "guessed", None)
        return out
