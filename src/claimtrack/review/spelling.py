"""A name typed at the review beside the article's own spelling of it (review30). Pure.

A claimant or speaker typed with a slip ("Odisha Fire Servces") was a new claimant on Enter
at "Create it?", although the card's page writes the name right ("Odisha Fire Services"): the
guard of ``add`` compares a new name only with the names stored. ``article_spelling`` reads the
names the page writes (runs of capitalised words, with "of", "the", "and", "for" inside) and
returns those the typed name is a slip for, by the near-miss rules of claimants
(``names.is_near_miss``, ``people=True``): the same number of words, within the budget of
edits. A name the page writes as typed, or otherwise only in its case or punctuation
("BlackRock" where the page writes "Blackrock": a style, not a slip), or one no name of the
page is near, gets none.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_JOINS = frozenset({"of", "the", "and", "for", "de", "du", "da", "del", "al", "bin", "van", "von"})


def _runs(text: str) -> list[list[str]]:
    """Runs of capitalised words (joining words inside), split where other words or
    punctuation other than a full stop of an initial come between."""
    runs: list[list[str]] = []
    run: list[str] = []
    last_end = -1
    for m in _WORD.finditer(text):
        word = m.group().rstrip(".,'’")
        gap = text[last_end : m.start()] if last_end >= 0 else ""
        joined = bool(run) and gap.strip() == ""
        if word[:1].isupper() or (run and word in _JOINS):
            if not joined and run:
                runs.append(run)
                run = []
            run.append(word)
        else:
            if run:
                runs.append(run)
            run = []
        last_end = m.start() + len(word)
        if m.group() != word:  # a comma or full stop after the word ends the run
            if run:
                runs.append(run)
            run = []
    if run:
        runs.append(run)
    return runs


def article_names(text: str, words: int) -> set[str]:
    """The names of ``words`` words the page writes: windows of its capitalised runs that
    start and end on a capitalised word."""
    out: set[str] = set()
    for run in _runs(text):
        for i in range(len(run) - words + 1):
            window = run[i : i + words]
            if window[0][:1].isupper() and window[-1][:1].isupper():
                out.add(" ".join(window))
    return out


def article_spelling(typed: str, text: str) -> list[str]:
    """The page's spellings of a name ``typed`` with a slip (sorted; empty when the page writes
    it as typed, or writes no name near it)."""
    from claimtrack.names import fold, is_near_miss

    words = typed.split()
    if not words or re.search(r"(?<!\w)" + re.escape(typed) + r"(?!\w)", text):
        return []
    return sorted(n for n in article_names(text, len(words))
                  if is_near_miss(typed, n, people=True) and fold(n) != fold(typed))  # fmt: skip
