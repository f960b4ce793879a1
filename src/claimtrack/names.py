"""Near-miss names: is a name new to a subject a slip for one it already has? Pure: no I/O.

Used by the typo guards of ``add``, ``edit`` and ``import`` (docs/vocabulary.md). Names are
slugs (subjects, measures, propositions) or claimant keys (``conflicts.claimant_key``). Two
different names are a *near miss* when

1. they are equal once folded: case, punctuation, spaces, hyphens and digit separators
   removed (``derna-toll-reached-11-300`` ~ ``derna-toll-reached-11300``, ``Al-Ghaithi`` ~
   ``AlGhaithi``), or once a plural ``s`` is dropped from every word of four or more letters
   (``death`` ~ ``deaths``, ``Kurdish official`` ~ ``Kurdish officials``, however short); or
2. they have the same number of words, the words that differ carry the same digits, each
   differing word is within its own budget of edits, and all the edits together are within
   the name's budget (edits: insert, delete, substitute, swap two neighbours).

Budgets grow with length, because one slip in a short name is usually another name:

==================================  ======  ====================================
length (letters and digits only)    edits   so that ...
==================================  ======  ====================================
whole name, under 8                 0       ``deaths``/``depths``, ``BBC``/``CBC`` differ
whole name, 8 to 15                 1       ``derna-flods`` ~ ``derna-floods``
whole name, 16 to 23                2
whole name, 24 and more             3
one word, under 4                   0       ``driver-a``/``driver-b``, ``US``/``UK`` differ
one word, 4 to 9                    1       ``dern`` ~ ``derna``
one word, 10 and more               2
==================================  ======  ====================================

Lengths are those of the shorter name (or word). Words whose digits differ never match
(``phase-1``/``phase-2``, ``toll-5000``/``toll-6000``), and neither do names that differ by a
whole word added or removed (``isis-fighters``/``isis-fighters-evacuated``).

Speed: only distinct names are compared, and only within a block of names that have the same
number of words and the same digits; within a block, only names whose lengths differ by at
most the budget are compared.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple

_WORD = re.compile(r"[^\W_]+")
MAX_EDITS = 3
SMALL = 16  # up to this many names, near_pairs compares every pair


def budget(length: int) -> int:
    """Edits allowed between two whole names whose shorter one has ``length`` letters."""
    if length < 8:
        return 0
    if length < 16:
        return 1
    if length < 24:
        return 2
    return MAX_EDITS


def word_budget(length: int) -> int:
    """Edits allowed inside one word whose shorter spelling has ``length`` letters."""
    if length < 4:
        return 0
    if length < 10:
        return 1
    return 2


class Shape(NamedTuple):
    """What near-miss detection needs of a name, computed once per distinct name."""

    name: str
    words: tuple[str, ...]
    folded: str
    block: tuple[int, tuple[str, ...]]  # (number of words, digits of each word)
    singular: str  # folded, with a plural "s" dropped from each word of 4+ letters


def _singular(word: str) -> str:
    return word[:-1] if len(word) >= 4 and word.endswith("s") else word


@lru_cache(maxsize=65536)
def shape(name: str) -> Shape:
    words = tuple(_WORD.findall(name.casefold()))
    digits = tuple("".join(c for c in w if c.isdigit()) for w in words)
    singular = "".join(_singular(w) for w in words)
    return Shape(name, words, "".join(words), (len(words), digits), singular)


def fold(name: str) -> str:
    """Case, punctuation, spaces and separators removed: ``11-300`` -> ``11300``."""
    return shape(name).folded


def distance(a: str, b: str, limit: int) -> int:
    """Edit distance (optimal string alignment) if at most ``limit``, else ``limit + 1``."""
    if a == b:
        return 0
    la, lb = len(a), len(b)
    if abs(la - lb) > limit:
        return limit + 1
    if la == 0 or lb == 0:
        return max(la, lb)
    prev2: list[int] = []
    prev = list(range(lb + 1))
    for i in range(1, la + 1):
        cur = [i] + [0] * lb
        ca = a[i - 1]
        best = cur[0]
        for j in range(1, lb + 1):
            cb = b[j - 1]
            cost = 0 if ca == cb else 1
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                v = min(v, prev2[j - 2] + 1)
            cur[j] = v
            best = min(best, v)
        if best > limit:
            return limit + 1
        prev2, prev = prev, cur
    return min(prev[lb], limit + 1)


def _close(x: Shape, y: Shape) -> bool:
    """The near-miss rule on two shapes of different names."""
    if x.folded == y.folded or x.singular == y.singular:
        return x.name != y.name
    if x.block != y.block:
        return False
    limit = budget(min(len(x.folded), len(y.folded)))
    if limit == 0 or abs(len(x.folded) - len(y.folded)) > limit:
        return False
    total = 0
    for wx, wy in zip(x.words, y.words, strict=True):
        if wx == wy:
            continue
        allowed = min(word_budget(min(len(wx), len(wy))), limit - total)
        if allowed == 0:
            return False
        d = distance(wx, wy, allowed)
        if d > allowed:
            return False
        total += d
    return total > 0


def is_near_miss(a: str, b: str) -> bool:
    """Are two different names near misses of each other? (Symmetric; never a name itself.)"""
    return a != b and (_pair(a, b) if a < b else _pair(b, a))


@lru_cache(maxsize=65536)
def _pair(a: str, b: str) -> bool:
    # The same pairs recur across subjects (claimants, measures): decide each pair once.
    return _close(shape(a), shape(b))


def near_misses(new: Iterable[str], known: Iterable[str]) -> dict[str, list[str]]:
    """For each name in ``new`` that is not in ``known``: the known names it nearly matches.

    Only names with at least one near miss appear in the result; matches are sorted.
    """
    known_set = set(known)
    index = _Index(known_set)
    out: dict[str, list[str]] = {}
    for name in sorted(set(new) - known_set):
        found = index.matches(shape(name))
        if found:
            out[name] = sorted(found)
    return out


def near_pairs(names: Iterable[str]) -> list[tuple[str, str]]:
    """Every pair of distinct names that are near misses of each other, sorted."""
    distinct = sorted(set(names))
    if len(distinct) <= SMALL:  # a few names: comparing every pair is cheaper than an index
        return [(a, b) for i, a in enumerate(distinct) for b in distinct[i + 1 :] if _pair(a, b)]
    index = _Index(())
    pairs: list[tuple[str, str]] = []
    for name in distinct:
        s = shape(name)
        pairs.extend((m, name) if m < name else (name, m) for m in index.matches(s))
        index.add(s)
    return sorted(pairs)


class _Index:
    """Known names, blocked by folded form and by (words, digits), then by folded length."""

    def __init__(self, names: Iterable[str]) -> None:
        self.by_fold: dict[str, list[str]] = defaultdict(list)
        self.by_singular: dict[str, list[str]] = defaultdict(list)
        self.blocks: dict[tuple[int, tuple[str, ...]], dict[int, list[Shape]]] = defaultdict(
            lambda: defaultdict(list)
        )
        for name in names:
            self.add(shape(name))

    def add(self, s: Shape) -> None:
        self.by_fold[s.folded].append(s.name)
        self.by_singular[s.singular].append(s.name)
        self.blocks[s.block][len(s.folded)].append(s)

    def matches(self, s: Shape) -> set[str]:
        found = {n for n in self.by_fold.get(s.folded, ()) if n != s.name}
        found.update(n for n in self.by_singular.get(s.singular, ()) if n != s.name)
        block = self.blocks.get(s.block)
        if not block:
            return found
        n = len(s.folded)
        for length in range(max(0, n - MAX_EDITS), n + MAX_EDITS + 1):
            for other in block.get(length, ()):
                if other.name not in found and _close(s, other):
                    found.add(other.name)
        return found


def explain(
    field: str,
    subject: str | None,
    name: str,
    suggestions: Sequence[str],
    new_too: Collection[str] = (),
) -> str:
    """``measure 'deaths-in-dern' is new to subject derna-flood; did you mean ...?``

    Suggestions in ``new_too`` are marked "(also new)": near misses within one import file.
    """
    where = "is a new subject" if field == "subject" else f"is new to subject {subject}"
    shown = [repr(o) + (" (also new)" if o in new_too else "") for o in suggestions]
    choice = shown[0] if len(shown) == 1 else "one of " + ", ".join(shown)
    return f"{field} {name!r} {where}; did you mean {choice}?"
