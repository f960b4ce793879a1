"""For ``bench/import_rounds.py --mode M``: sets ``claimtrack.jsonl.QUOTE_CHECK`` to
``CT_MODE`` at start-up (on ``PYTHONPATH`` only for those runs; the forked readers inherit
it)."""

import os

if os.environ.get("CT_MODE"):
    from claimtrack import jsonl

    jsonl.QUOTE_CHECK = os.environ["CT_MODE"]
