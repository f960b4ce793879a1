"""Whether two `conflicts --json` documents (one subject's or `--all`'s) are the same apart
from some keys: the second, with every such key dropped wherever it stands, must equal the
first, key order included (a key added by a branch, against main's document).

    python bench/json_without_keys.py MAIN.json BRANCH.json own_disagreements

Prints "same" or "different" and how many times each key stands in the second document;
exits 0 when the same, 1 otherwise. Standard library only.
"""

from __future__ import annotations

import json
import sys
from typing import Any


def without(x: Any, keys: set[str]) -> Any:
    """``x`` with every mapping's ``keys`` dropped, at any depth."""
    if isinstance(x, dict):
        return {k: without(v, keys) for k, v in x.items() if k not in keys}
    if isinstance(x, list):
        return [without(v, keys) for v in x]
    return x


def count(x: Any, key: str) -> int:
    """How many mappings in ``x`` hold ``key``."""
    if isinstance(x, dict):
        return (key in x) + sum(count(v, key) for v in x.values())
    if isinstance(x, list):
        return sum(count(v, key) for v in x)
    return 0


def main(argv: list[str]) -> int:
    if len(argv) < 3:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    with open(argv[0], encoding="utf-8") as f:
        first = json.load(f)
    with open(argv[1], encoding="utf-8") as f:
        second = json.load(f)
    keys = set(argv[2:])
    same = json.dumps(first) == json.dumps(without(second, keys))
    print("same" if same else "different", {k: count(second, k) for k in sorted(keys)})
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
