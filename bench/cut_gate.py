"""The guard of ``guards.stands_whole``: on every figure of JSONL files, wherever it says a
figure stands whole, ``guards.cut_problem`` must find nothing, under either reading of a
decimal comma.

    python bench/cut_gate.py FILE.jsonl [FILE.jsonl ...]
    python bench/cut_gate.py FILE.jsonl --against ../main/src/claimtrack/guards.py
    python bench/cut_gate.py --texts /work/shared/articles/*.txt --against OTHER/guards.py

Prints how many figures it settled, its time a figure (CPU, this process: the parser's
caches warm as the file goes), and each disagreement (exit 1 if any). ``--against``: also
compare this checkout's ``stands_whole``, ``import_problem`` and ``broken_problem`` with those
of another version of ``guards.py`` (a change meant to make the gate cheaper must give the
same answer on every figure, both readings, with and without the row's dimension).
``--texts``: plain-text articles, read as figures too: every run of one to three words
around each word that holds a digit or a number word, with its sentence as the quote.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from types import ModuleType
from typing import Any


def main(argv: list[str]) -> int:
    from claimtrack.guards import cut_problem, figure_in_quote, parser_words, stands_whole

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--against", help="another version's guards.py to compare with")
    ap.add_argument("--texts", nargs="+", default=[], help="plain-text articles (runs)")
    args = ap.parse_args(argv)
    parser_words()
    figures = [f for path in args.texts for f in _runs_of(path)]
    for path in args.files:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                try:
                    record = json.loads(line)
                except ValueError:
                    continue
                if not isinstance(record, dict) or record.get("kind") != "figure":
                    continue
                if record.get("value") and record.get("quote"):
                    figures.append((record["value"], record["quote"], record.get("note")))
    start = time.process_time()
    whole = [stands_whole(value, quote) for value, quote, _ in figures]
    spent = time.process_time() - start
    each = 1e6 * spent / max(1, len(figures))
    print(f"{len(figures)} figures, {sum(whole)} settled, {each:.1f} us a figure")
    differ = 0
    for (value, quote, _), settled in zip(figures, whole, strict=True):
        for decimal_comma in (False, True) if settled else ():
            if figure_in_quote(value, quote, decimal_comma) and cut_problem(
                value, quote, decimal_comma
            ):
                differ += 1
                print(f"DIFFERENT: {value!r} in {quote!r} (decimal comma: {decimal_comma})")
    print(f"disagreements: {differ}")
    if args.against:
        differ += _against(_load(args.against), figures)
    return 1 if differ else 0


def _number_words() -> frozenset[str]:
    """The number words ``extract`` proposes figures from, and "one" and "half"."""
    from claimtrack.extract.figurespans import _NUMBER_WORDS as words

    return frozenset(words) | {"one", "half"}


def _runs_of(path: str) -> list[tuple[str, str, Any]]:
    """(value, quote, None): each run of 1-3 words holding a word with a digit or a number
    word (the run's edge marks cut), with its sentence (up to 400 characters) as the quote."""
    import re

    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    out: list[tuple[str, str, Any]] = []
    number_words = _number_words()
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        words = sentence.split()
        if len(sentence) > 400:
            continue
        for i, word in enumerate(words):
            if not any(c.isdigit() for c in word) and word.lower() not in number_words:
                continue
            for a in range(max(0, i - 2), i + 1):
                for b in range(i + 1, min(len(words), a + 3) + 1):
                    value = " ".join(words[a:b]).strip(".,;:()\"'")
                    if value and value in sentence:
                        out.append((value, sentence, None))
    return out


def _load(path: str) -> ModuleType:
    import importlib.util

    spec = importlib.util.spec_from_file_location("other_guards", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _against(other: ModuleType, figures: list[tuple[str, str, Any]]) -> int:
    """Figures on which this checkout's gate and ``other``'s answer differently."""
    import claimtrack.guards as this
    from claimtrack.quantities import FigureError, parse_figure

    differ = checks = 0
    for decimal_comma in (False, True):
        for value, quote, note in figures:
            try:
                dimension: str | None = parse_figure(value, decimal_comma=decimal_comma).dimension
            except FigureError:
                dimension = None
            pairs = [
                (f.__name__, (value, quote, decimal_comma, d), g)
                for f, g in ((this.stands_whole, other.stands_whole),)
                for d in (None, dimension)
            ]
            pairs.append(
                (
                    "import_problem",
                    (value, quote, note, decimal_comma, dimension),
                    other.import_problem,
                )
            )
            pairs.append(("broken_problem", (value, quote), other.broken_problem))
            for name, call, theirs in pairs:
                checks += 1
                mine = getattr(this, name)(*call)
                if mine != theirs(*call):
                    differ += 1
                    print(f"AGAINST {name}{call!r}: {mine!r} here, {theirs(*call)!r} there")
    print(f"against {other.__file__}: {checks} answers compared, {differ} different")
    return differ


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
