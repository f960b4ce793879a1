"""What opening a database needs to know of the schema, cheap to import (no sqlite-utils).

``Store.open`` compares ``SCHEMA_VERSION`` with ``PRAGMA user_version`` on every command; only
a database that needs migrating loads ``migrations`` (and sqlite-utils). ``migrations`` checks
at import that this number is its count of steps: adding a migration means bumping it here.
"""

SCHEMA_VERSION = 23

# The rules by which `add`, `edit` and `import` read a figure and its quote (rates, a part of a
# larger figure, shares per period, "p.a." ...). Bump it when a round changes them, so that a
# database whose figures were logged before says so (`conflicts` and `report`, one line on
# stderr) until `claimtrack verify --readings` re-checks them (table ``meta``, migration m015).
# 14 (rates30): a rate's or a change's percentage above 100% is read, and a hedged one not
# capped at 100% ("more than 90%" on annual-inflation: 90 with no upper bound, 90-100 before).
# 15 (extract44): a bare number that restates the amount of money before it in a currency
# the quote does not name ("2.5 billion yuan, or about 350 million") is refused as a count;
# and (review26) "the estimated 750" is hedged, a hedge in another language ("almeno 500") is
# refused, "a 3% pay rise" is read as a change.
READING_RULES = "15"
# The ``meta`` key that holds the rules a database's figures were last checked under.
READING_RULES_KEY = "reading_rules"
# ... or this, in place of the rules, when an import stored figures with bounds (low, high) that
# the rules do not read from their text (an export of older rules, or bounds given by hand) into
# a database checked under today's rules: the note says that, not "logged under older rules".
READING_RULES_IMPORTED = "imported-bounds"
# ... and how many figures that check found refused or read otherwise.
READING_FINDINGS_KEY = "reading_findings"
# ... and their ids (a JSON list): a finding edited, retracted or deleted since is no longer
# counted by the note of `conflicts` and `report`.
READING_FINDING_IDS_KEY = "reading_finding_ids"
# The ids of the figures whose bounds were given by hand (`add`/`edit --low --high`) other than
# their text reads, under the rules of the claimtrack that stored them (a JSON list): `verify
# --readings` does not call them read otherwise.
HAND_BOUNDS_KEY = "hand_bounds"

# The full-text index (an FTS5 table over claims; sqlite-utils names it <table>_fts) and its
# columns, kept in sync by triggers.
FTS_TABLE = "claims_fts"
FTS_COLUMNS = ("quote", "claimant", "speaker", "note")
# sqlite-utils names the insert trigger <table>_ai.
FTS_INSERT_TRIGGER = "claims_ai"
# The three triggers that keep the full-text index in step with claims (insert, delete, update).
FTS_TRIGGERS = (FTS_INSERT_TRIGGER, "claims_ad", "claims_au")
# The ``meta`` key present while the full-text index is left to be built on first use: an
# import into an empty claims table does not fill it (``Store._defer_search_index``); its
# value is the SQL (a JSON list) of the index's table then of its three triggers, all dropped
# meanwhile (no client finds an empty index to search), which the first ``search``
# (``Store.build_search_index``) creates and fills, in one transaction. A migration that
# touches the index must allow for its absence while this key is set.
SEARCH_INDEX_KEY = "search_index_deferred"
# FTS5's own default for its ``automerge`` option (segments of a level before a merge).
FTS_DEFAULT_AUTOMERGE = 4
# The order ``list`` (``Store.claims``) gives claims in, and the columns of the index that
# serves it (idx_claims_list, migration m010): the same text in both places.
LIST_ORDER = "subject, coalesce(said_on, reported_on, '9999'), id"
# The claims idx_claims_source holds (migration m013): those that name a source.
SOURCE_INDEX_WHERE = "source IS NOT NULL"
# The claims idx_claims_speakers holds (migration m016): those that give a speaker, by
# subject, with the columns ``Store.speakers`` reads (a covering index: no row of the table).
SPEAKER_INDEX_WHERE = "speaker IS NOT NULL"
SPEAKER_INDEX_COLUMNS = "subject, speaker, claimant, status"
# The claims idx_claims_marks holds (migration m019, made again by m020 and m021): those whose
# quote says something that changes how their figure reads, or whom it gives what it says to,
# or whose figure is not in its quote (``quote_marks``), by subject, with the columns
# ``Store.quote_marks`` reads (a covering index: a subject's few marked claims, no table row).
MARKS_INDEX_WHERE = (
    "revised_from IS NOT NULL OR plan_words IS NOT NULL OR cites_unnamed IS NOT NULL"
    " OR not_in_quote IS NOT NULL OR over_span IS NOT NULL"
)
MARKS_INDEX_COLUMNS = (
    "subject, id, revised_from, plan_words, as_of, cites_unnamed, not_in_quote, over_span"
)
