"""The claim store: the only package that speaks SQL.

* Opening a database checks it is SQLite, that it is a claimtrack database, and that its schema
  is not newer than this program; then it sets WAL mode and a busy timeout and migrates.
* Every write runs in one ``BEGIN IMMEDIATE`` transaction (``Store.write``): it lands whole or
  not at all, and concurrent writers queue on the busy timeout instead of failing.
* Edits, retractions and updates copy the previous version into ``claim_history`` first.
* Every statement is parameterised; no user string is ever formatted into SQL.

The ``Store`` class is assembled from layers, each a module of this package that may call
only the layers below it: ``_core`` (opening, transactions, a claim by id) <- ``_names``
(measures, sums, sources, claimants, aliases) <- ``_reading`` <- ``_records`` (reviews,
search, registry records) <- ``_writing`` (add, edit, import; the import is ``_importer``)
<- ``_loading`` (an import into a brand-new database: loaded beside it, renamed into place).
``_common`` holds what they share; ``_evidence`` (snapshots, claimant roles and parties,
measure definitions, alternatives) sits between ``_core`` and ``_names``.
"""

from __future__ import annotations

from claimtrack.records import COLUMNS, claim_row, now
from claimtrack.store._common import (
    NAME_FIELDS,
    Alias,
    ImportResult,
    NearMiss,
    dimension_family,
    dimension_mismatch,
    paused_gc,
)
from claimtrack.store._loading import _Loading


class Store(_Loading):
    """A claimtrack database. Use ``Store.open(path)``; close with ``close()`` or ``with``."""


__all__ = [
    "COLUMNS",
    "NAME_FIELDS",
    "Alias",
    "ImportResult",
    "NearMiss",
    "Store",
    "claim_row",
    "dimension_family",
    "dimension_mismatch",
    "now",
    "paused_gc",
]
