"""The guard of ``guards.stands_whole``: on every figure of JSONL files, wherever it says a
figure stands whole, ``guards.cut_problem`` must find nothing, under either reading of a
decimal comma.

    python bench/cut_gate.py FILE.jsonl [FILE.jsonl ...]

Prints how many figures it settled, its time a figure (CPU, this process: the parser's
caches warm as the file goes), and each disagreement (exit 1 if any).
"""

from __future__ import annotations

import json
import sys
import time


def main(paths: list[str]) -> int:
    from claimtrack.guards import cut_problem, figure_in_quote, parser_words, stands_whole

    parser_words()
    figures = []
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                try:
                    record = json.loads(line)
                except ValueError:
                    continue
                if not isinstance(record, dict) or record.get("kind") != "figure":
                    continue
                if record.get("value") and record.get("quote"):
                    figures.append((record["value"], record["quote"]))
    start = time.process_time()
    whole = [stands_whole(value, quote) for value, quote in figures]
    spent = time.process_time() - start
    each = 1e6 * spent / max(1, len(figures))
    print(f"{len(figures)} figures, {sum(whole)} settled, {each:.1f} us a figure")
    differ = 0
    for (value, quote), settled in zip(figures, whole, strict=True):
        for decimal_comma in (False, True) if settled else ():
            if figure_in_quote(value, quote, decimal_comma) and cut_problem(
                value, quote, decimal_comma
            ):
                differ += 1
                print(f"DIFFERENT: {value!r} in {quote!r} (decimal comma: {decimal_comma})")
    print(f"disagreements: {differ}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
