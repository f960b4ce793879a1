"""For ``bench/import_rounds.py --mode M``: sets ``claimtrack.jsonl.QUOTE_CHECK`` to
``CT_MODE`` at start-up, and ``jsonl.BEHIND`` to N when it is written ``balanced:N`` (on
``PYTHONPATH`` only for those runs; the forked readers inherit it)."""

import os

if os.environ.get("CT_MODE"):
    from claimtrack import jsonl

    mode, _, behind = os.environ["CT_MODE"].partition(":")
    jsonl.QUOTE_CHECK = mode
    if behind:
        jsonl.BEHIND = int(behind)
