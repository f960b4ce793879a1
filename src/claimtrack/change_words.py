"""The words of change written before a figure, in one place (extract52, issue 25).

Four readers asked "is this figure a change?" with four word lists written apart, their
members differing where nobody chose it ("by", "up", "went" in one, not the others). Each
reader's list is now a tag on the words of one lexicon, so a difference is a parameter (the
reader named on the word's line) and a word added for one reader is seen beside the others:

* ``span``: a range across two units after a word of change stays a change and its level
  ("rose from 90p to £1.20": ``extract.figurespans._mixed_range``); any word that says the
  amount moved, and "by" (a change's amount), "up", "down", "went" bare;
* ``so_far``: "rose to 300" gives a count so far, whatever span is named beside it
  (``guards.span_warning``): the intransitive verbs of a rise only, before "to";
* ``change``: the figure after the word is a change, with or without "by" ("up 34 percent",
  "rose by 5%", ``guards.change_words``): intransitive verbs in every form, "up" and "down";
* ``change_by``: a change only with "by" ("cut by 20%"; "cut 500 jobs" counts what was
  done): transitive verbs, whose bare figure is a level;
* ``from_to``: "from X to Y" after the verb is a change from a level to another, not a range
  (``guards``, review27): past forms, the nouns of change, and phrasal forms ("went up",
  "revised down").

The table rows of ``tests/test_change_words52.py`` say, word by word, what each reader takes;
they were written from the four regexes before this module and none changed. A multiword
form is written with ``_`` for its spaces.
"""

from __future__ import annotations

# each line: a form, then the readers that take it
_LEXICON = """
    boosted      change_by from_to
    boosting     change_by
    by           span
    change       span
    changed      span
    climb        span change
    climbed      span so_far change from_to
    climbs       span change
    cut          span change_by from_to
    cuts         span
    cutting      change_by
    decline      change from_to
    declined     span change from_to
    declines     change from_to
    decrease     span change_by
    decreased    span change_by from_to
    decreases    span
    decreasing   change_by
    dip          change
    dipped       change from_to
    dips         change
    down         span change
    drop         span from_to
    dropped      span change_by from_to
    drops        span from_to
    fall         span change from_to
    fallen       span change from_to
    falling      span change from_to
    falls        span change from_to
    fell         span change from_to
    gain         span
    gained       span
    gains        span
    grew         span so_far change from_to
    grow         span
    growing      change from_to
    grown        span change from_to
    grows        span change
    hiked        from_to
    improved     from_to
    increase     span change_by from_to
    increased    span so_far change_by from_to
    increases    span from_to
    increasing   change_by
    jump         span change from_to
    jumped       span so_far change from_to
    jumps        span change
    leap         change
    leaped       change
    leaps        change
    leapt        change
    lifted       from_to
    lost         span
    lower        span
    lowered      span change_by from_to
    lowering     change_by
    lowers       span
    move         span
    moved        span from_to
    plummeted    change from_to
    plummets     change
    plunge       change
    plunged      span change from_to
    plunges      change
    pushed       from_to
    raise        span change_by
    raised       span change_by from_to
    raises       span
    raising      change_by
    reduce       change_by
    reduced      change_by from_to
    reducing     change_by
    rise         span change from_to
    risen        span so_far change from_to
    rises        span change from_to
    rising       span so_far change from_to
    rocketed     change
    rose         span so_far change from_to
    shrank       change from_to
    shrinks      change
    skyrocketed  change
    slashed      change_by from_to
    slid         span change from_to
    slide        change
    slides       change
    slipped      span change from_to
    slips        change
    slump        change
    slumped      change
    slumps       change
    soar         change
    soared       span change from_to
    soars        change
    spike        change
    spiked       change
    spikes       change
    surge        change
    surged       span change from_to
    surges       change
    swelled      change_by
    trimmed      from_to
    tumble       change
    tumbled      change
    tumbles      change
    up           span change
    went         span
    worsened     from_to
    went_up      from_to
    went_down    from_to
    gone_up      from_to
    gone_down    from_to
    edged_up     from_to
    edged_down   from_to
    revised_up   from_to
    revised_down from_to
    revised_upward from_to
    revised_upwards from_to
    revised_downward from_to
    revised_downwards from_to
"""

READERS = ("span", "so_far", "change", "change_by", "from_to")


def _forms() -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for line in _LEXICON.strip().splitlines():
        form, *readers = line.split()
        out[form.replace("_", " ")] = frozenset(readers)
    return out


FORMS = _forms()


def words_of(reader: str) -> list[str]:
    """The forms ``reader`` takes, longest first."""
    if reader not in READERS:
        raise ValueError(f"no reader {reader!r}")
    return sorted((f for f, rs in FORMS.items() if reader in rs), key=lambda f: (-len(f), f))


def alternation(reader: str) -> str:
    """A regex alternation (no group) of the forms ``reader`` takes, spaces as ``\\s+``."""
    return "|".join(r"\s+".join(f.split()) for f in words_of(reader))
