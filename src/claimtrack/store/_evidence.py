"""The store, in part: evidence: article snapshots (issue #26), claimant roles and the subjects
a claimant is a party to, measure definitions and alternative measures.

A snapshot row is never updated: a different file for the same source is the next version,
and every version's hash stays. Sits on ``_core`` beside ``_names`` (``Store`` mixes it in).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from claimtrack.errors import InputError, NotFoundError
from claimtrack.records import claimant_key as _claimant_key
from claimtrack.records import now
from claimtrack.store._core import _Core

if TYPE_CHECKING:
    from claimtrack.evidence import Origins


def _after_aliases(canon: dict[str, tuple[str, str]] | None, name: str) -> str:
    """``name`` as shown after aliases: the canonical claimant's name where ``canon``
    (``Store.canonical``: alias key -> (canonical key, canonical name)) has one for it, else
    ``name``."""
    target = canon.get(_claimant_key(name)) if canon else None
    return name if target is None else target[1]


def _set_claimant(
    conn: sqlite3.Connection, key: str, name: str, column: str, value: str | None
) -> bool:
    """Set one column of a claimant's registry row (``role`` or ``body``), the row made when
    there is none; True if it changed."""
    row = conn.execute(f"SELECT {column} FROM claimants WHERE key = ?", [key]).fetchone()
    if row is not None and row[0] == value:
        return False
    conn.execute(
        f"INSERT INTO claimants (key, name, {column}, updated_at) VALUES (?, ?, ?, ?) "
        f"ON CONFLICT(key) DO UPDATE SET {column} = excluded.{column}, "
        "updated_at = excluded.updated_at",
        [key, name, value, now()],
    )
    return True


# A figure as two copies of one agency story compare it (evidence16): its measure and bounds
# as stored; a stance's proposition and side
_FIGURE_SQL = (
    "coalesce(c.measure || '=' || coalesce(c.low, '') || '..' || coalesce(c.high, ''), "
    "c.proposition || ':' || c.stance)"
)


def _day(date: str | None) -> str:
    """The day of a copy's date ("2023-06-15T09:00" is 2023-06-15), "" when none is given or
    it gives no day ("2023-06", "2023")."""
    day = (date or "")[:10]
    return day if len(day) == 10 else ""


class StoredSnapshot(NamedTuple):
    source: str
    version: int
    sha256: str
    media_type: str
    size: int
    stored_at: str


class VerifyTarget(NamedTuple):
    """An active claim to check, with the latest snapshot of its source (None: none)."""

    id: str
    subject: str
    claimant: str
    quote: str
    source: str | None
    snapshot: StoredSnapshot | None
    speaker: str | None = None  # the person who spoke for the claimant, when logged
    outlet: str | None = None


_SNAP_COLS = "source, version, sha256, media_type, size, stored_at"


class _Evidence(_Core):
    """Snapshots, claimant roles and parties, measure definitions and alternatives."""

    # -- snapshots -------------------------------------------------------------------------

    def put_snapshot(self, conn: sqlite3.Connection, data: dict[str, Any], update: bool) -> bool:
        """Store a snapshot record (registry type ``snapshot``: its content already checked
        against its hash). False when the source already has a snapshot with that hash."""
        if conn.execute("SELECT 1 FROM sources WHERE id = ?", [data["source"]]).fetchone() is None:
            raise InputError(
                f"snapshot: no source {data['source']!r} (its source record must come first)"
            )
        return self._insert_snapshot(
            conn, data["source"], data["sha256"], data["media_type"], data["size"],
            data["stored_at"], data["content"], data.get("version"),
        )  # fmt: skip

    def _insert_snapshot(
        self, conn: sqlite3.Connection, source: str, sha256: str, media_type: str, size: int,
        stored_at: str, content: bytes, version: int | None = None,
    ) -> bool:  # fmt: skip
        if conn.execute(
            "SELECT 1 FROM snapshots WHERE source = ? AND sha256 = ?", [source, sha256]
        ).fetchone():
            return False
        top = conn.execute(
            "SELECT coalesce(max(version), 0) FROM snapshots WHERE source = ?", [source]
        ).fetchone()[0]
        taken = (
            version is not None
            and conn.execute(
                "SELECT 1 FROM snapshots WHERE source = ? AND version = ?", [source, version]
            ).fetchone()
        )
        if version is None or taken:
            version = top + 1
        conn.execute(
            f"INSERT INTO snapshots ({_SNAP_COLS}, content) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [source, version, sha256, media_type, size, stored_at, content],
        )
        return True

    def add_snapshot(
        self, source: str, sha256: str, media_type: str, size: int, content: bytes
    ) -> tuple[StoredSnapshot, bool]:
        """Store a snapshot of ``source`` (an existing source id): (the snapshot with that
        hash, True if new). The same file again is a no-op; another is the next version."""
        with self.write() as conn:
            if conn.execute("SELECT 1 FROM sources WHERE id = ?", [source]).fetchone() is None:
                raise NotFoundError(f"no source with id {source!r}")
            added = self._insert_snapshot(conn, source, sha256, media_type, size, now(), content)
        row = self._query(
            f"SELECT {_SNAP_COLS} FROM snapshots WHERE source = ? AND sha256 = ?",
            [source, sha256],
        ).fetchone()
        return StoredSnapshot._make(row), added

    def snapshots(self, source: str | None = None) -> list[StoredSnapshot]:
        where, params = ("WHERE source = ?", [source]) if source is not None else ("", [])
        cur = self._query(
            f"SELECT {_SNAP_COLS} FROM snapshots {where} ORDER BY source, version", params
        )
        return [StoredSnapshot._make(r) for r in cur.fetchall()]

    def snapshot_content(self, source: str, version: int) -> bytes:
        """The stored (compressed) content of one snapshot version."""
        row = self._query(
            "SELECT content FROM snapshots WHERE source = ? AND version = ?", [source, version]
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no snapshot {version} of source {source!r}")
        return bytes(row[0])

    def snapshot_records(self, subject: str | None = None) -> Iterator[dict[str, Any]]:
        """Snapshots for export (content zlib-compressed, base64): all, or those of the
        sources a subject's claims name. Skipped by ``export --without-snapshots``."""
        import base64

        where, params = "", []
        if subject is not None:
            where = "WHERE source IN (SELECT source FROM claims WHERE subject = ?)"
            params = [subject]
        cur = self._query(
            f"SELECT {_SNAP_COLS}, content FROM snapshots {where} ORDER BY source, version",
            params,
        )
        for source, version, sha, media, size, stored_at, content in cur:
            yield {
                "source": source,
                "version": version,
                "sha256": sha,
                "media_type": media,
                "size": size,
                "stored_at": stored_at,
                "encoding": "zlib+base64",
                "content": base64.b64encode(bytes(content)).decode("ascii"),
            }

    def verify_targets(self, subject: str | None = None) -> list[VerifyTarget]:
        """Active claims (of ``subject``, or all), each with its source's latest snapshot."""
        where, params = ("AND c.subject = ?", [subject]) if subject is not None else ("", [])
        cur = self._query(
            "SELECT c.id, c.subject, c.claimant, c.quote, c.source, "
            "s.source, s.version, s.sha256, s.media_type, s.size, s.stored_at, c.speaker, c.outlet "
            "FROM claims c "
            "LEFT JOIN snapshots s ON s.source = c.source AND s.version = "
            "(SELECT max(version) FROM snapshots WHERE source = c.source) "
            f"WHERE c.status = 'active' {where} ORDER BY c.subject, c.source, c.id",
            params,
        )
        out = []
        for row in cur.fetchall():
            snap = StoredSnapshot._make(row[5:11]) if row[5] is not None else None
            out.append(VerifyTarget(row[0], row[1], row[2], row[3], row[4], snap, row[11], row[12]))
        return out

    def snapshot_hashes(self, ids: set[str]) -> dict[str, StoredSnapshot]:
        """Source id -> its latest snapshot, for the sources the claims ``ids`` name."""
        if not ids:
            return {}
        out: dict[str, StoredSnapshot] = {}
        id_list = sorted(ids)
        for i in range(0, len(id_list), 500):
            chunk = id_list[i : i + 500]
            marks = ", ".join("?" * len(chunk))
            cur = self._query(
                f"SELECT {_SNAP_COLS} FROM snapshots s WHERE s.source IN "
                f"(SELECT source FROM claims WHERE id IN ({marks})) ORDER BY source, version",
                chunk,
            )
            for row in cur:
                out[row[0]] = StoredSnapshot._make(row)
        return out

    # -- independent origins (evidence.Origins, per subject) ------------------------------

    def origins(self, subject: str | None = None) -> dict[str, Origins]:
        """subject -> what grades its findings: the parties to its events, and the agency
        story behind each active claim whose source names one (with the claim's claimant,
        after aliases). Only subjects that have either; two index reads when none has."""
        from claimtrack.evidence import Origins, WireCopy

        where, params = ("AND c.subject = ?", [subject]) if subject is not None else ("", [])
        parties: dict[str, set[str]] = {}
        for key, subj in self._query(
            "SELECT key, subject FROM claimant_parties"
            + (" WHERE subject = ?" if subject is not None else ""),
            params,
        ):
            parties.setdefault(subj, set()).add(key)
        if parties:  # a party named by an alias is its canonical claimant
            canon = cast(Any, self).canonical()
            if canon:
                parties = {s: {canon.get(k, (k,))[0] for k in ks} for s, ks in parties.items()}
        wired: dict[str, tuple[dict[str, str], dict[str, str], dict[str, WireCopy]]] = {}
        aliases: list[dict[str, tuple[str, str]]] = []

        def shown(claimant: str) -> str:  # the claimant's name after aliases
            if not aliases:
                aliases.append(cast(Any, self).canonical())
            return _after_aliases(aliases[0], claimant)

        from claimtrack.wires import AGENCY_NAMES, agency, same_wire

        names_sql = ", ".join("?" * len(AGENCY_NAMES))
        # evidence5: a page of the agency itself carries its own story (an outlet "Reuters"
        # with no wire: before, its claims and a paper's copy of that story were two origins)
        # Whether to look at all: for one subject, only whether any source exists (the join
        # below is bounded by the subject's claims); for every subject, whether any source is
        # a wire or an agency (a scan of the sources, once for the whole run).
        if self._query(
            "SELECT 1 FROM sources LIMIT 1"
            if subject is not None
            else "SELECT 1 FROM sources WHERE wire IS NOT NULL OR lower(trim(outlet)) IN "
            f"({names_sql}) LIMIT 1",
            [] if subject is not None else list(AGENCY_NAMES),
        ).fetchone():
            # Every subject: the sources first, then each one's claims by idx_claims_source
            # (CROSS JOIN keeps that order): SQLite's own choice walked every claim with a
            # source and looked its source up, which with a page registered for each imported
            # address read 450,000 claims' rows at 1M to keep the 4% on an agency's page
            # (perf35). One subject: its claims first (idx_claims_list), as SQLite chooses.
            join = "JOIN" if subject is not None else "CROSS JOIN"
            for subj, cid, claimant, wire, outlet, day, figure in self._query(
                "SELECT c.subject, c.id, c.claimant, s.wire, s.outlet, "
                "coalesce(s.reported_on, c.reported_on), "
                f"{_FIGURE_SQL} FROM sources s "
                f"{join} claims c ON c.source = s.id "
                f"WHERE (s.wire IS NOT NULL OR lower(trim(s.outlet)) IN ({names_sql})) "
                f"AND c.status = 'active' {where}",
                [*AGENCY_NAMES, *params],
            ):
                wires, names, copies = wired.setdefault(subj, ({}, {}, {}))
                # audit13: "Associated Press" is "AP"
                wires[cid] = same_wire(wire) if wire else cast(str, agency(outlet))
                names[cid] = shown(claimant)
                # evidence16: the day of the copy, and whether the claim is the agency's own
                # word (its claimant the agency, or the outlet that prints the copy)
                own = agency(claimant) is not None or _claimant_key(claimant) == _claimant_key(
                    outlet or ""
                )
                copies[cid] = WireCopy(_day(day), own, figure or "")
        for subj in sorted(wired):  # the agency as a claimant is its own story (evidence5)
            for cid, claimant, day, figure in self._query(
                f"SELECT id, claimant, reported_on, {_FIGURE_SQL.replace('c.', '')} "
                "FROM claims INDEXED BY idx_claims_conflicts WHERE "
                f"subject = ? AND status = 'active' AND lower(trim(claimant)) IN ({names_sql})",
                [subj, *AGENCY_NAMES],
            ):
                if cid not in wired[subj][0]:
                    wired[subj][0][cid] = cast(str, agency(claimant))
                    wired[subj][1][cid] = shown(claimant)
                    wired[subj][2][cid] = WireCopy(_day(day), True, figure or "")
        bodies, governs, bodies_of_role, voiced = self._bodies(subject)
        return {
            subj: Origins(
                frozenset(parties.get(subj, ())),
                *wired.get(subj, ({}, {}, {}))[:2],
                copies=wired[subj][2] if subj in wired else {},
                bodies=bodies if subj in voiced else {},
                governs=governs if subj in voiced else frozenset(),
                governing_bodies=bodies_of_role if subj in voiced else frozenset(),
            )
            for subj in parties.keys() | wired.keys() | voiced
        }

    def bodies(self) -> dict[str, str]:
        """Claimant key -> the body it speaks for (`claimant --of`): what makes a body whose
        voices took both sides of a proposition a reversal of that body (the engine's
        ``bodies``). One read of the registry."""
        return {
            key: body
            for key, body in self._query("SELECT key, body FROM claimants WHERE body IS NOT NULL")
        }

    def voices_of(self, body: str) -> list[str]:
        """The claimants given ``body`` with `claimant --of` (their registry names, sorted
        case-insensitively): what `claimant BODY` lists as its voices."""
        key = _claimant_key(body)
        return sorted(
            (
                name
                for name, of in self._query(
                    "SELECT name, body FROM claimants WHERE body IS NOT NULL"
                )
                if _claimant_key(of) == key
            ),
            key=lambda n: (n.casefold(), n),
        )

    def _bodies(
        self, subject: str | None
    ) -> tuple[dict[str, str], frozenset[str], frozenset[str], set[str]]:
        """(claimant key -> the body it speaks for, ``claimant --of``; the keys of the
        claimants whose role is government or military; those of them registered as
        organizations (whose names may open on their place: "Israel Defense Forces"); the
        subjects whose active claims name any of them, or ``subject`` alone): a government's
        voices are one origin (evidence11). One read of the registry, and none of the claims
        when it marks no one."""
        bodies: dict[str, str] = {}
        governs: set[str] = set()
        organizations: set[str] = set()
        for key, role, body, kind in self._query(
            "SELECT key, role, body, kind FROM claimants "
            "WHERE body IS NOT NULL OR role IN ('government', 'military')"
        ):
            if body is not None:
                bodies[key] = body
            if role in ("government", "military"):
                governs.add(key)
                if kind == "organization":
                    organizations.add(key)
        if not bodies and not governs:
            return {}, frozenset(), frozenset(), set()
        canon = cast(Any, self).canonical()
        keys = bodies.keys() | governs
        # a claim logged under an alias is its canonical claimant's
        names = sorted(keys | {a for a, (k, _) in canon.items() if k in keys})
        where, params = ("AND subject = ?", [subject]) if subject is not None else ("", [])
        voiced: set[str] = set()
        for i in range(0, len(names), 500):
            chunk = names[i : i + 500]
            voiced.update(
                r[0]
                for r in self._query(
                    "SELECT DISTINCT subject FROM claims WHERE status = 'active' "
                    f"AND claimant_key IN ({', '.join('?' * len(chunk))}) {where}",
                    [*chunk, *params],
                )
            )
        return bodies, frozenset(governs), frozenset(organizations), voiced

    def speakers(self, subject: str | None = None) -> dict[str, list[tuple[str, str]]]:
        """subject -> (claimant, speaker) of its active claims whose speaker is also a
        claimant somewhere (or an alias of one) or is given for two claimants of the subject
        (evidence8), both names after aliases, each pair once (``evidence.with_speakers`` keeps
        those whose speaker is a claimant of the subject, or speaks for two of its claimants:
        one origin, evidence7 and evidence8). One pass over the claims that give a speaker,
        each speaker's key looked up in the index of claimant keys; most speakers are no
        claimant, and cost no more (at 100,000 claims, 30,000 of them with a speaker: about
        150 ms, where reading every pair and sorting them out in Python took 450 ms). The
        claims are read from ``idx_claims_speakers`` alone (m016: a partial covering index of
        the claims that give a speaker), not from the table's rows."""
        where, params = ("AND subject = ?", [subject]) if subject is not None else ("", [])
        self.conn.create_function("ct_claimant_key", 1, _claimant_key, deterministic=True)
        rows = set(
            self._query(
                "SELECT subject, claimant, speaker FROM claims "
                f"WHERE speaker IS NOT NULL AND status = 'active' {where} "
                "AND (ct_claimant_key(speaker) IN (SELECT claimant_key FROM claims) "
                "OR ct_claimant_key(speaker) IN (SELECT key FROM claimant_aliases))",
                params,
            ).fetchall()
        )
        # evidence8: a speaker given for two claimants of a subject ("Roseline Odede" for the
        # commission by two names) is one voice: one grouped pass over the same index, and
        # their claims read only when there is one
        shared = (
            "SELECT subject, speaker FROM claims "
            f"WHERE speaker IS NOT NULL AND status = 'active' {where} "
            "GROUP BY subject, speaker HAVING min(claimant) <> max(claimant)"
        )
        if self._query(shared + " LIMIT 1", params).fetchone():
            rows.update(
                self._query(
                    "SELECT subject, claimant, speaker FROM claims "
                    f"WHERE speaker IS NOT NULL AND status = 'active' {where} "
                    f"AND (subject, speaker) IN ({shared})",
                    params * 2,
                ).fetchall()
            )
        if not rows:
            return {}
        canon = cast(Any, self).canonical()

        out: dict[str, set[tuple[str, str]]] = {}
        for subj, claimant, speaker in rows:
            body, voice = _after_aliases(canon, claimant), _after_aliases(canon, speaker)
            if _claimant_key(body) != _claimant_key(voice):
                out.setdefault(subj, set()).add((body, voice))
        return {subj: sorted(pairs) for subj, pairs in out.items()}

    # -- claimant roles and parties ---------------------------------------------------------

    def parties(self, subject: str) -> set[str]:
        """Claimant keys marked as a party to the events of ``subject``."""
        return {
            r[0]
            for r in self._query("SELECT key FROM claimant_parties WHERE subject = ?", [subject])
        }

    def claimant_evidence(self, key: str) -> dict[str, Any]:
        """A claimant's role, the subjects it is a party to and the body it speaks for (by
        claimant key)."""
        row = self._query("SELECT role, body FROM claimants WHERE key = ?", [key]).fetchone()
        subjects = [
            r[0]
            for r in self._query(
                "SELECT subject FROM claimant_parties WHERE key = ? ORDER BY subject", [key]
            )
        ]
        role, body = row if row else (None, None)
        found = {"role": role, "party_to": subjects}
        return found | {"of": body} if body is not None else found

    def recorded_subjects(self) -> list[str]:
        """Every subject the database records in any way: a claim, a measure's facts (cumulative,
        a definition), a sum, an alternative, or a claimant that is a party to it; sorted."""
        return [
            r[0]
            for r in self._query(
                "SELECT subject FROM claims UNION SELECT subject FROM measures "
                "UNION SELECT subject FROM sums UNION SELECT subject FROM alternatives "
                "UNION SELECT subject FROM claimant_parties ORDER BY 1"
            )
        ]

    def set_role_and_parties(
        self,
        name: str,
        role: str | None,
        party: list[str],
        not_party: list[str],
        body: str | None = None,
    ) -> bool:
        """``claimant NAME --role ROLE --party SUBJECT --not-party SUBJECT --of BODY``, stored
        on the name given (the caller passes the canonical one); ``body`` "" clears it
        (``--not-of``). True if anything changed."""
        with self.write() as conn:
            return self._put_evidence(conn, name, role, party, not_party, body)

    def _put_evidence(
        self,
        conn: sqlite3.Connection,
        name: str,
        role: str | None,
        party: list[str],
        not_party: list[str],
        body: str | None = None,
    ) -> bool:
        key = _claimant_key(name)
        if not key:
            raise InputError("claimant: a claimant name needs letters or digits")
        changed = False
        if body is not None:  # evidence11: the body it speaks for ("" clears it)
            body = " ".join(body.split()) or None
            if body is not None and _claimant_key(body) == key:
                raise InputError(
                    f"--of: {name!r} is the body itself",
                    hint="give the claimants that speak for it: claimtrack claimant "
                    f"NAME --of {name!r}",
                )
            changed = _set_claimant(conn, key, name, "body", body)
        if role is not None:
            changed |= _set_claimant(conn, key, name, "role", role)
        for subject in party:
            changed |= (
                conn.execute(
                    "INSERT INTO claimant_parties (key, subject, name) VALUES (?, ?, ?) "
                    "ON CONFLICT DO NOTHING",
                    [key, subject, name],
                ).rowcount
                == 1
            )
        for subject in not_party:
            changed |= (
                conn.execute(
                    "DELETE FROM claimant_parties WHERE key = ? AND subject = ?", [key, subject]
                ).rowcount
                > 0
            )
        return changed

    # -- measure definitions and alternatives ---------------------------------------------------

    def definitions(self, subject: str) -> dict[str, str]:
        """measure -> its definition (``measure S M --defined-as TEXT``)."""
        return dict(
            self._query(
                "SELECT measure, definition FROM measures WHERE subject = ? "
                "AND definition IS NOT NULL ORDER BY measure",
                [subject],
            ).fetchall()
        )

    def definitions_by_subject(self, subject: str | None = None) -> dict[str, dict[str, str]]:
        """subject -> measure -> definition, for one subject or all (only those with any)."""
        where, params = ("AND subject = ?", [subject]) if subject is not None else ("", [])
        out: dict[str, dict[str, str]] = {}
        for subj, measure, definition in self._query(
            "SELECT subject, measure, definition FROM measures WHERE definition IS NOT NULL "
            f"{where} ORDER BY 1, 2",
            params,
        ):
            out.setdefault(subj, {})[measure] = definition
        return out

    def alternatives_by_subject(
        self, subject: str | None = None
    ) -> dict[str, list[tuple[str, str]]]:
        """subject -> its pairs of alternative measures, for one subject or all."""
        where, params = ("WHERE subject = ?", [subject]) if subject is not None else ("", [])
        out: dict[str, list[tuple[str, str]]] = {}
        for subj, a, b in self._query(
            f"SELECT subject, measure, other FROM alternatives {where} ORDER BY 1, 2, 3", params
        ):
            out.setdefault(subj, []).append((a, b))
        return out

    def set_definition(self, subject: str, measure: str, definition: str | None) -> None:
        with self.write() as conn:
            conn.execute(
                "INSERT INTO measures (subject, measure, cumulative, definition) "
                "VALUES (?, ?, 0, ?) ON CONFLICT(subject, measure) "
                "DO UPDATE SET definition = excluded.definition",
                [subject, measure, definition],
            )

    def alternatives(self, subject: str) -> list[tuple[str, str]]:
        """Pairs of measures that answer one question under different definitions."""
        return [
            (a, b)
            for a, b in self._query(
                "SELECT measure, other FROM alternatives WHERE subject = ? ORDER BY 1, 2",
                [subject],
            )
        ]

    def put_alternative(self, conn: sqlite3.Connection, data: dict[str, Any], update: bool) -> bool:
        """Store an alternative pair (registry type ``alternative``); False when stored."""
        a, b = sorted(data["measures"])
        return (
            conn.execute(
                "INSERT INTO alternatives (subject, measure, other) VALUES (?, ?, ?) "
                "ON CONFLICT DO NOTHING",
                [data["subject"], a, b],
            ).rowcount
            == 1
        )

    def set_alternative(self, subject: str, a: str, b: str, remove: bool = False) -> bool:
        with self.write() as conn:
            if remove:
                lo, hi = sorted((a, b))
                return (
                    conn.execute(
                        "DELETE FROM alternatives WHERE subject = ? AND measure = ? AND other = ?",
                        [subject, lo, hi],
                    ).rowcount
                    > 0
                )
            return self.put_alternative(conn, {"subject": subject, "measures": [a, b]}, True)

    def alternative_records(self, subject: str | None = None) -> Iterator[dict[str, Any]]:
        where, params = ("WHERE subject = ?", [subject]) if subject is not None else ("", [])
        for subj, a, b in self._query(
            f"SELECT subject, measure, other FROM alternatives {where} ORDER BY 1, 2, 3", params
        ).fetchall():
            yield {"subject": subj, "measures": [a, b]}
