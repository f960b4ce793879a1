"""Datasette metadata for a claimtrack database (``claimtrack datasette-metadata``).

Datasette shows every table as it finds it. This metadata hides the internal tables (the
full-text index's shadow tables, the migrations log), labels a claim by its quote wherever a
review points at it, and adds two canned queries: ``search`` (full-text search, best match
first: Datasette's own table search keeps table order) and ``claims_with_latest_verdict`` (each
claim with its current review, and what was edited since it was given). Every column of every
table the tool keeps has a description (shown under the column's name), so a reader of ``low``
and ``base_low`` knows which is in the unit as said; ``claims`` and ``reviews`` open with
facets on what a fact-checker narrows by.
Pure: the database's name and table names in, a dict out.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

LABEL_COLUMN = "quote"

# What a person types, made an FTS5 query by Datasette's own ``escape_fts`` (the SQL function
# its table search uses): each word quoted, so ``US-led``, ``Col. Dillon``, ``3,500`` and
# ``BBC's`` are words, not syntax. An empty query (or one of only spaces or quotes) shows no
# rows instead of an FTS5 syntax error: the query is escaped once, in the outer loop (CROSS
# JOIN fixes the order), and an empty one never reaches MATCH (nor does one holding NUL,
# which FTS5 would read as the end of the query). A line break is a space first: escape_fts
# reads a quoted phrase only within one line, and '"' + newline + a character left an
# unbalanced quote behind (an FTS5 syntax error; found by the property test).
SEARCH_SQL = """\
WITH q(terms) AS (
  SELECT CASE WHEN instr(coalesce(:q, ''), char(0)) THEN ''
              ELSE escape_fts(replace(coalesce(:q, ''), char(10), ' ')) END
)
SELECT claims.id, claims.subject, claims.claimant, claims.quote, claims.status,
       bm25(claims_fts) AS score
FROM q CROSS JOIN claims_fts JOIN claims ON claims.rowid = claims_fts.rowid
WHERE q.terms <> '' AND claims_fts MATCH q.terms
ORDER BY bm25(claims_fts), claims.id
LIMIT 100"""  # bm25: lower is better (quote, claimant, speaker and note are searched)


def _changed_since_sql() -> str:
    """The fields of a claim's first earlier version after its verdict that differ from the
    claim now, among those a verdict judges (``verdict_flags.REVIEWED_FIELDS``), comma
    separated, as `export --format claimreview` names them; NULL when the verdict is on the
    claim as it is (or there is none). Rebuilt from ``claim_history.previous``, the version
    the first change after the review replaced (``verdict_flags.changed_since``)."""
    from claimtrack.verdict_flags import REVIEWED_FIELDS

    parts = " ||\n".join(
        f"           CASE WHEN json_extract(h.previous, '$.{f}') IS NOT c.{f} THEN '{f}, ' "
        "ELSE '' END"
        for f in REVIEWED_FIELDS
    )
    # (concat_ws is SQLite 3.44's: the fields joined by hand, the last ", " taken off)
    return (
        "(SELECT nullif(rtrim(\n"
        f"{parts}, ', '), '')\n"
        "        FROM claim_history h WHERE h.claim_id = c.id AND h.changed_at > r.reviewed_at\n"
        "        ORDER BY h.id LIMIT 1)"
    )


LATEST_VERDICT_SQL = f"""\
SELECT c.id, c.subject, c.claimant, c.quote, c.said_on, c.reported_on, c.status,
       r.rating AS verdict, r.url AS review_url, r.reviewer, r.reviewed_at,
       {_changed_since_sql()} AS changed_since_verdict
FROM claims c
LEFT JOIN reviews r ON r.id = (SELECT max(id) FROM reviews WHERE claim_id = c.id)
ORDER BY c.subject, c.id"""


# What each table and column holds (docs/format.md, docs/figures.md); tests/test_datasette.py
# requires one for every column of a migrated database, and none for a column it lacks.
TABLES: dict[str, tuple[str, dict[str, str]]] = {
    "claims": (
        "One attributed claim per row (docs/format.md).",
        {
            "id": "The claim's stable id.",
            "subject": "The story the claim belongs to.",
            "claimant": "Who asserts it, as logged.",
            "claimant_key": "The claimant's name folded for comparison (case, spacing, "
            "punctuation); aliases are in claimant_aliases.",
            "speaker": "The person who voiced it.",
            "outlet": "Where it was reported.",
            "url": "Link to the report.",
            "said_on": "When the statement was made (a year, month or day).",
            "reported_on": "When it was published (a year, month or day).",
            "quote": "The verbatim words.",
            "kind": "figure or stance.",
            "measure": "What a figure counts.",
            "value": "The figure as said, in words.",
            "low": "The figure's lower bound, in the unit as said.",
            "high": "The figure's upper bound, in the unit as said; empty: no upper bound.",
            "unit": "The noun or unit counted, as written.",
            "hedge": "How the figure was hedged (around, at least...).",
            "change": "up or down: the figure is a change of the measure, not its level.",
            "as_of": (
                "The moment a figure describes, when it changes over time; one that begins after"
                " said_on (else reported_on) is a forecast of it, not a figure of it."
            ),
            "proposition": "The statement a stance takes a position on, phrased positively.",
            "stance": "affirms, denies or uncertain.",
            "note": "Free text: context, caveats; [paraphrase] when the quote is not verbatim.",
            "status": "active or retracted (a retracted claim is kept but not compared).",
            "added_at": "When the claim was logged (UTC).",
            "updated_at": "When it last changed (UTC); earlier versions are in claim_history.",
            "relays": "The claim this one passes on: never counted as a second source.",
            "dimension": "What the figure measures: count, share, currency:XXX, mass, a rate "
            "(count/week)...",
            "rounding": "The precision a bare round number implies, in the unit as said.",
            "base_low": "low in the dimension's base unit (kilograms, metres, a rate per "
            "base period): what conflicts compares; sort on this, not on low.",
            "base_high": "high in the dimension's base unit; empty: no upper bound.",
            "base_rounding": "rounding in the dimension's base unit.",
            "source": "The id of the article (sources) the claim was read from.",
            "revised_from": "The words of the figure's own quote saying the count was revised "
            "from it (read when the claim was written): an earlier figure.",
            "plan_words": "Words of a plan's stage in the figure's quote (proposed, agreed, "
            "down from ...), read when the claim was written.",
            "cites_unnamed": "The words of the quote giving what it says to people it does not "
            "name (according to survivors ...), read when the claim was written: no origin of "
            "its own.",
            "not_in_quote": "Whether the figure is not in its quote as written: paraphrase (its "
            "note is marked [paraphrase]) or unchecked (imported with a warning: no origin of "
            "its own), read when the claim was written; empty when it is in the quote.",
            "over_span": "The words of a span of time the figure's quote gives it over (between "
            "January and March, in the past 24 hours, so far this year, 35 new), read when the "
            "claim was written, where its measure's name gives no such span: set against no "
            "count of a day unless it gives an as_of.",
        },
    ),
    "reviews": (
        "Fact-check verdicts on claims; a claim's latest review is its verdict.",
        {
            "id": "The review's number, in the order given.",
            "claim_id": "The claim reviewed.",
            "rating": "The verdict as given (False, Mostly True, Unproven...).",
            "url": "The published fact-check.",
            "reviewer": "Who reviewed it.",
            "finding": "The fact-check's paragraph (ClaimReview reviewBody).",
            "reviewed_at": "When the review was recorded (UTC).",
            "summary": "The claim in a sentence (ClaimReview claimReviewed).",
        },
    ),
    "claim_history": (
        "Every earlier version of a claim: edits, retractions, restores, updates, re-reads.",
        {
            "id": "The version's number, in order.",
            "claim_id": "The claim it is a version of.",
            "action": "edit, retract, restore, update or reread.",
            "changed_at": "When the change was made (UTC).",
            "reason": "Why, as given.",
            "previous": "The whole claim as it was before the change (JSON).",
        },
    ),
    "claimants": (
        "Claimants whose kind or role was set (claimtrack claimant NAME --kind, --role).",
        {
            "key": "The name folded for comparison.",
            "name": "The name as set.",
            "kind": "person or organization (used by the ClaimReview export).",
            "updated_at": "When it was last set (UTC).",
            "role": "government, military, ngo, media...: grades the positions it stands behind.",
            "body": "The government or organisation it speaks for (claimant --of): one origin "
            "with the body's other voices.",
        },
    ),
    "claimant_aliases": (
        "One claimant name counted as another wherever claimants are compared.",
        {
            "key": "The alias, folded.",
            "name": "The alias as given.",
            "same_as_key": "The name it counts as, folded.",
            "same_as": "The name it counts as.",
            "added_at": "When the alias was set (UTC).",
        },
    ),
    "claimant_parties": (
        "Subjects whose events a claimant is a party to: its claims there are an interested "
        "party's.",
        {
            "key": "The claimant, folded.",
            "subject": "The subject it is a party to.",
            "name": "The claimant's name as given.",
        },
    ),
    "measures": (
        "Measures set up by hand: cumulative ones and their definitions.",
        {
            "subject": "The story.",
            "measure": "The measure.",
            "cumulative": "1 when the true value can only grow (a toll).",
            "definition": "What the measure counts.",
        },
    ),
    "sums": (
        "A total measure that is the sum of others: implied totals are checked.",
        {
            "subject": "The story.",
            "total": "The total's measure.",
            "parts": "The measures that add up to it (JSON list).",
        },
    ),
    "alternatives": (
        "Two measures answering one question under different definitions: compared, never "
        "disputed.",
        {
            "subject": "The story.",
            "measure": "One measure.",
            "other": "The other.",
        },
    ),
    "sources": (
        "Articles claims are read from.",
        {
            "id": "The source's id (src- and a hash of its address).",
            "url": "The article's address.",
            "outlet": "Who published it.",
            "reported_on": "When it was published.",
            "title": "Its title.",
            "author": "Its byline.",
            "added_at": "When it was added (UTC).",
            "wire": "The agency story it carries: sources with one wire count as one origin.",
        },
    ),
    "snapshots": (
        "Stored versions of a source's article, as fetched or given.",
        {
            "source": "The source it is a version of.",
            "version": "The version's number.",
            "sha256": "The SHA-256 of the bytes (what sha256sum prints).",
            "media_type": "text/plain or text/html.",
            "size": "The size in bytes.",
            "stored_at": "When it was stored (UTC).",
            "content": "The bytes, compressed.",
        },
    ),
    "settings": (
        "Settings stored in the database (claimtrack config).",
        {
            "key": "The setting.",
            "value": "Its value.",
            "updated_at": "When it was set (UTC).",
        },
    ),
    "meta": (
        "The tool's own bookkeeping (index states, checks already made).",
        {
            "key": "The entry.",
            "value": "Its value.",
            "updated_at": "When it was set (UTC).",
        },
    ),
}

# What a fact-checker narrows a table by, offered when it opens.
FACETS: dict[str, list[str]] = {
    "claims": ["subject", "kind", "status"],
    "reviews": ["rating"],
}


def is_internal(table: str) -> bool:
    """The full-text index and its shadow tables, the migrations log, SQLite's statistics."""
    return table.startswith(("claims_fts", "_", "sqlite_"))


def metadata(database: str, tables: Iterable[str]) -> dict[str, Any]:
    """Metadata JSON for ``datasette DB.db --metadata FILE``, ``database`` being the name
    Datasette gives the file (its name without ``.db``)."""
    table_meta: dict[str, Any] = {
        name: {"hidden": True} for name in sorted(tables) if is_internal(name)
    }
    for name in sorted(tables):
        if name in TABLES:
            description, columns = TABLES[name]
            table_meta[name] = {"description": description, "columns": dict(columns)}
            if name in FACETS:
                table_meta[name]["facets"] = list(FACETS[name])
    table_meta["claims"] = {"label_column": LABEL_COLUMN} | table_meta.get(
        "claims", {"description": TABLES["claims"][0]}
    )
    return {
        "title": "claimtrack",
        "databases": {
            database: {
                "tables": table_meta,
                "queries": {
                    "search": {
                        "title": "Search claims, best match first",
                        "description": (
                            "Words as you would type them (every word must match, as in "
                            "`claimtrack search`); an empty search shows nothing."
                        ),
                        "sql": SEARCH_SQL,
                        "params": ["q"],
                    },
                    "claims_with_latest_verdict": {
                        "title": "Claims with their latest verdict",
                        "description": (
                            "changed_since_verdict: what a verdict judges (the quote, the "
                            "figure, the dates...) edited since it was given, as `claimtrack "
                            "export --format claimreview` names it: that verdict is on an "
                            "earlier version; empty when it stands."
                        ),
                        "sql": LATEST_VERDICT_SQL,
                    },
                },
            }
        },
    }
