"""Near-miss names: is a name new to a subject a slip for one it already has? Pure: no I/O.

Used by the typo guards of ``add``, ``edit`` and ``import`` (docs/vocabulary.md). Names are
slugs (subjects, measures, propositions) or claimant keys (``conflicts.claimant_key``). Two
different names are a *near miss* when

1. they are equal once folded: case, punctuation, spaces, hyphens and digit separators
   removed (``derna-toll-reached-11-300`` ~ ``derna-toll-reached-11300``, ``Al-Ghaithi`` ~
   ``AlGhaithi``); or
2. they are equal once every word is reduced to its *stem* (``stem``: an inflection dropped,
   ``deaths`` ~ ``death``, ``injuries`` ~ ``injured`` ~ ``injury``, ``evacuated`` ~
   ``evacuating``) and the stems of the running counts are read through a small lexicon of
   synonyms (``dead`` ~ ``deaths`` ~ ``killed`` ~ ``fatalities``, ``injured`` ~ ``wounded``;
   not for claimants), with words that name no count of their own left out (``FILLERS``:
   ``death-toll`` ~ ``number-of-deaths`` ~ ``deaths``), however short the name; or
3. they differ only in one number, by a slip of a digit: all words equal but one, that word
   the same once its digits are masked, and its digits as many with one changed or two
   neighbours swapped (``deaths-2019-2021`` ~ ``deaths-2019-2091`` ~ ``deaths-2019-2012``,
   ``phase-1`` ~ ``phase-2``, ``toll-5000`` ~ ``toll-6000``); a year or a figure mistyped
   takes a claim out of its dispute as surely as a letter, while ``storm-171`` and
   ``storm-1536``, or ``toll-500`` and ``toll-5000``, are different numbers. Not for
   claimants (``people=True``): "Police spokesperson 1" and "... 2" are two people; nor among
   the new names of one import file (``numbers=False``): a file's numbered names are a
   series; or
4. they have the same number of words, the words that differ carry the same digits, each
   differing word is within its own budget of edits, and all the edits together are within
   the name's budget (edits: insert, delete, substitute, swap two neighbours); a word that is
   the other with a prefix making it its opposite ("unidentified", "identified") is no slip
   (``negated``).

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

Lengths are those of the shorter name (or word). Words whose digits differ are never within
an edit budget (two numbers differing is rule 3's business, and only one may differ), and names
that differ by a whole word added or removed never match
(``isis-fighters``/``isis-fighters-evacuated``).

Speed: only distinct names are compared. Rules 1 to 3 are exact keys (the folded name, the
stemmed name, and the name with one numeric word masked), looked up in a dictionary; rule 4
compares only within a block of names that have the same number of words and the same digits,
and within a block only names whose lengths differ by at most the budget.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple

from claimtrack.initials import _PAREN, _SKIPPED, _THE, initials_forms

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
    stemmed: str  # each word's stem (synonyms of running counts as one), joined
    inflected: str  # each word's stem, synonyms apart (names of people), joined
    numbers: frozenset[str]  # the name with one numeric word masked, one key per such word


# Running counts written with different words for one thing (checked after ``stem``): a new
# measure named with one of them next to an existing one named with another is a near miss.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "death": ("death", "dead", "kill", "fatalit", "died", "deceas", "die"),
    "injur": ("injur", "wound", "hurt"),
    "displac": ("displac", "displacement"),
    "miss": ("miss", "disappear", "unaccount"),
    "arrest": ("arrest",),
}
_LEXICON = {w: "=" + group for group, words in SYNONYMS.items() for w in words}
# Words that name no count of their own (stems): "death-toll", "number-of-deaths" and
# "total-deaths" count what "deaths" counts. A name made only of them keeps them.
FILLERS = frozenset({"toll", "count", "number", "total", "of", "the"})
_NUMBER = re.compile(r"\d+")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A lowercase word without its inflection (``inflect``), then a running count's
    synonyms as one (``SYNONYMS``: ``dead``, ``killed``, ``deaths`` -> ``=death``)."""
    if word in _LEXICON:
        return _LEXICON[word]
    w = inflect(word)
    return _LEXICON.get(w, w)


@lru_cache(maxsize=65536)
def inflect(word: str) -> str:
    """A lowercase word without its inflection: ``deaths`` -> ``death``, ``injuries``,
    ``injured``, ``injury``, ``injuring`` -> ``injur``, ``cases`` and ``case`` -> ``case``.

    Words under 4 letters are left as they are (``us``, ``uk``, ``a``); a plural ``s`` is
    dropped from a word of 4 letters or more (``arms`` -> ``arm``), any other suffix only when
    4 letters or more are left, so short words keep their meaning."""
    if len(word) < 4 or word.isdigit():
        return word
    w = word
    if w.endswith(("ies", "ied")) and len(w) > 5:
        w = w[:-3] + "y"
    elif w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    elif w.endswith("ing") and len(w) - 3 >= 4:
        w = w[:-3]
    elif w.endswith("ed") and len(w) - 2 >= 4:
        w = w[:-2]
    if w.endswith(("e", "y")) and len(w) >= 5:
        w = w[:-1]
    return w


def _number_slip(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two names alike but in one word's digits (they share a number key): are those digits
    a slip of each other, as many digits with one changed or two neighbours swapped
    (``2021``/``2091``, ``2019``/``2109``)? A digit more or less (``151``/``1516``,
    ``500``/``5000``) is another order of magnitude, and numbers further apart
    (``171``/``1536``) are different numbers: neither is taken for a slip."""
    for wa, wb in zip(a, b, strict=True):
        if wa != wb:
            da = "".join(c for c in wa if c.isdigit())
            db = "".join(c for c in wb if c.isdigit())
            return len(da) == len(db) and distance(da, db, 1) <= 1
    return False


def _number_keys(words: tuple[str, ...]) -> frozenset[str]:
    """One key per word that holds a digit: the name with that word's numbers masked."""
    keys = []
    for i, w in enumerate(words):
        if any(c.isdigit() for c in w):
            masked = _NUMBER.sub("#", w)
            keys.append(" ".join((*words[:i], "\0" + masked, *words[i + 1 :])))
    return frozenset(keys)


@lru_cache(maxsize=65536)
def shape(name: str) -> Shape:
    words = tuple(_WORD.findall(name.casefold()))
    digits = tuple("".join(c for c in w if c.isdigit()) for w in words)
    # a number is its own stem and inflection (``inflect``): not asked of the caches, which a
    # million claims' numbered subjects filled with 40,000 numbers each (docs/performance.md,
    # round 21)
    stems = [w if w.isdigit() else stem(w) for w in words]
    kept = [w for w in stems if w not in FILLERS]
    stemmed = "".join(kept or stems)  # "death-toll", "number-of-deaths": "=death"
    inflected = "".join(w if w.isdigit() else inflect(w) for w in words)
    return Shape(
        name, words, "".join(words), (len(words), digits), stemmed, inflected, _number_keys(words)
    )


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


def _close(x: Shape, y: Shape, people: bool = False, numbers: bool = True) -> bool:
    """The near-miss rule on two shapes of different names (``people``, ``numbers``: see
    ``is_near_miss``)."""
    if x.folded == y.folded:
        return x.name != y.name
    if (x.inflected == y.inflected) if people else (x.stemmed == y.stemmed):
        return x.name != y.name
    if numbers and not people and x.numbers & y.numbers and _number_slip(x.words, y.words):
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
        if negated(wx, wy):  # "bodies-unidentified" is no slip for "bodies-identified"
            return False
        allowed = min(word_budget(min(len(wx), len(wy))), limit - total)
        if allowed == 0:
            return False
        d = distance(wx, wy, allowed)
        if d > allowed:
            return False
        total += d
    return total > 0


# prefixes that make a word its opposite: "unidentified", "nonfatal", "disapproved", "illegal"
_NEGATIONS = ("un", "non", "in", "im", "il", "ir", "dis")


def negated(a: str, b: str) -> bool:
    """Whether one word is the other with a prefix that makes it its opposite ("unidentified"
    and "identified", "indirect" and "direct"): two words within an edit budget of each other
    that way are two meanings, not a slip, and the guard's default would have stored the
    opposite measure on Enter (review30: "bodies-unidentified" typed beside
    "bodies-identified" was offered as a slip for it, "use bodies-identified" on Enter)."""
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return len(short) >= 3 and any(long == p + short for p in _NEGATIONS)


def is_near_miss(a: str, b: str, people: bool = False, numbers: bool = True) -> bool:
    """Are two different names near misses of each other? (Symmetric; never a name itself.)

    ``people=True`` compares names of people and organisations (claimants): rule 2 without
    the running counts' synonyms ("Families of the Missing" and "... of the Disappeared" may
    be two groups) and no rule 3, because numbers in their names tell people apart ("Police
    spokesperson 1" and "... 2"), as letters do ("Convoy driver A" and "... B").
    ``numbers=False`` leaves out rule 3 alone: the new names of one import file are compared
    with each other so, since a file's numbered names (``s-1``, ``s-2`` ...) are a series
    typed on purpose; its slips of a digit are caught against the names stored before."""
    if a == b:
        return False
    return _pair(a, b, people, numbers) if a < b else _pair(b, a, people, numbers)


@lru_cache(maxsize=65536)
def _pair(a: str, b: str, people: bool = False, numbers: bool = True) -> bool:
    # The same pairs recur across subjects (claimants, measures): decide each pair once.
    return _close(shape(a), shape(b), people, numbers)


def near_misses(
    new: Iterable[str], known: Iterable[str], people: bool = False
) -> dict[str, list[str]]:
    """For each name in ``new`` that is not in ``known``: the known names it nearly matches.

    Only names with at least one near miss appear in the result; matches are sorted.
    """
    known_set = set(known)
    index = _Index(known_set, people)
    out: dict[str, list[str]] = {}
    for name in sorted(set(new) - known_set):
        found = index.matches(shape(name))
        if found:
            out[name] = sorted(found)
    return out


def near_pairs(
    names: Iterable[str], people: bool = False, numbers: bool = True
) -> list[tuple[str, str]]:
    """Every pair of distinct names that are near misses of each other, sorted."""
    distinct = sorted(set(names))
    if len(distinct) <= SMALL:  # a few names: comparing every pair is cheaper than an index
        return [
            (a, b)
            for i, a in enumerate(distinct)
            for b in distinct[i + 1 :]
            if _pair(a, b, people, numbers)
        ]
    index = _Index((), people, numbers)
    pairs: list[tuple[str, str]] = []
    for name in distinct:
        s = shape(name)
        pairs.extend((m, name) if m < name else (name, m) for m in index.matches(s))
        index.add(s)
    return sorted(pairs)


class _Index:
    """Known names, blocked by folded form and by (words, digits) and folded length (one flat
    table: a table per block held 15 MB for the 40,000 subjects of a million claims, nearly
    each its own block)."""

    def __init__(self, names: Iterable[str], people: bool = False, numbers: bool = True) -> None:
        self.people = people
        self.numbers = numbers and not people
        self.by_fold: dict[str, list[str]] = defaultdict(list)
        self.by_key: dict[str, list[str]] = defaultdict(list)  # stemmed and number keys
        self.blocks: dict[tuple[tuple[int, tuple[str, ...]], int], list[Shape]] = defaultdict(list)
        self.held: set[tuple[int, tuple[str, ...]]] = set()  # the blocks that hold a name
        for name in names:
            self.add(shape(name))

    def _stem_key(self, s: Shape) -> str:
        return "\2" + s.inflected if self.people else "\1" + s.stemmed

    def add(self, s: Shape) -> None:
        self.by_fold[s.folded].append(s.name)
        self.by_key[self._stem_key(s)].append(s.name)
        for key in s.numbers if self.numbers else ():
            self.by_key[key].append(s.name)
        self.blocks[(s.block, len(s.folded))].append(s)
        self.held.add(s.block)

    def matches(self, s: Shape) -> set[str]:
        found = {n for n in self.by_fold.get(s.folded, ()) if n != s.name}
        found.update(n for n in self.by_key.get(self._stem_key(s), ()) if n != s.name)
        for key in s.numbers if self.numbers else ():
            found.update(
                n
                for n in self.by_key.get(key, ())
                if n != s.name and _number_slip(s.words, shape(n).words)
            )
        blocks, block = self.blocks, s.block
        if block not in self.held:  # (most names: a block of their own)
            return found
        n = len(s.folded)
        for length in range(max(0, n - MAX_EDITS), n + MAX_EDITS + 1):
            for other in blocks.get((block, length), ()):
                if other.name not in found and _close(s, other, self.people, self.numbers):
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


# -- one organisation written another way (claimants; audit16) ----------------------------

_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.-]*[A-Z0-9.]$")


def _body_and_short(name: str) -> tuple[str, str | None]:
    """A claimant name's body, folded, without a leading "the" and a closing parenthesis, and
    what the parenthesis holds when it is one word ("Syrian Democratic Forces (SDF)" ->
    ("syriandemocraticforces", "sdf"))."""
    text = name.strip()
    m = _PAREN.match(text)
    inside = None
    if m and m.group("body"):
        text = m.group("body")
        words = _WORD.findall(m.group("inside").casefold())
        inside = "".join(words) if len(m.group("inside").split()) == 1 and words else None
    return _light_fold(_THE.sub("", text)), inside


def _light_fold(name: str) -> str:
    """``fold`` without the rest of a name's shape (stems, number keys): what is compared."""
    return "".join(_WORD.findall(name.casefold()))


def _initials(name: str) -> tuple[str, ...]:
    """The initials of a name of two words or more, each capitalised ("World Health
    Organization" -> "who"; "of", "and", "on", "the" ... skipped), and those of its shorter forms
    (``initials_forms``: "Centers for Disease Control and Prevention" -> "cdcp", "cdc")."""
    found = []
    for lead, text in (("", name), *initials_forms(name)):
        words = [w for w in text.split() if w.casefold() not in _SKIPPED]
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            found.append(lead + "".join(w[0] for w in words).casefold())
    return tuple(dict.fromkeys(found))


# a last word that says what kind of body a name is, not which: "Libyan Red Crescent Society"
# is the "Libyan Red Crescent" of the page before (review29)
_KIND_WORDS = frozenset({
    "society", "organisation", "organization", "agency", "association", "foundation",
    "company", "corporation", "corp", "inc", "ltd", "limited", "llc", "plc",
})  # fmt: skip


def _without_kind(name: str) -> str | None:
    """A claimant name's body without its last word when that word says what kind of body it
    is, folded ("Libyan Red Crescent Society" -> "libyanredcrescent"); None when it has none,
    or when fewer than two words would be left ("Apple Inc": one word is too little to be
    sure of)."""
    text = _THE.sub("", name.strip())
    m = _PAREN.match(text)
    if m and m.group("body"):
        text = m.group("body")
    words = text.split()
    if len(words) < 3 or words[-1].strip(".,").casefold() not in _KIND_WORDS:
        return None
    return _light_fold(" ".join(words[:-1]))


class _OrgKeys(NamedTuple):
    folded: str
    body: str  # folded, without a leading "the" and a closing parenthesis
    short: str | None  # the one word a closing parenthesis holds, folded
    acronym: str | None  # the name itself, folded, when written as an acronym
    initials: tuple[str, ...]
    cores: tuple[str, ...]  # its shorter forms (``initials_forms``), folded
    bare: str | None  # its body without a last word of kind (``_without_kind``)


@lru_cache(maxsize=65536)
def _org_keys(name: str) -> _OrgKeys:
    body, short = _body_and_short(name)
    folded = _light_fold(name)
    acronym = folded if _ACRONYM.match(name.strip()) else None
    cores = tuple(dict.fromkeys(_light_fold(f) for lead, f in initials_forms(name) if not lead))
    return _OrgKeys(folded, body, short, acronym, _initials(name), cores, _without_kind(name))


class OrganisationIndex:
    """Claimant names by the keys ``same_organisation`` compares: one lookup a key, so a file's
    claimants are compared in time linear in their number."""

    def __init__(self, names: Iterable[str] = ()) -> None:
        self.by: dict[tuple[int, str], list[str]] = defaultdict(list)
        for name in names:
            self.add(name)

    def add(self, name: str) -> None:
        k = _org_keys(name)
        for n, key in enumerate((k.body, k.folded, k.short, None, k.acronym)):
            if key:
                self.by[(n, key)].append(name)
        for n, keys in ((3, k.initials), (5, k.cores)):
            for key in keys:
                self.by[(n, key)].append(name)
        if k.bare:
            self.by[(6, k.bare)].append(name)

    def matches(self, name: str) -> list[str]:
        """The names of the index that ``name`` writes another way (sorted)."""
        k = _org_keys(name)
        # its body against bodies; its parenthesis against whole names, its whole name against
        # parentheses; its acronym against initials, its initials against acronyms; its body
        # against shorter forms, its shorter forms against bodies; its body without a last
        # word of kind against bodies, its body against theirs
        asks = [(0, k.body), (1, k.short), (2, k.folded), (3, k.acronym), (5, k.body)]
        asks += [(0, k.bare), (6, k.body)]
        asks += [(4, i) for i in k.initials] + [(0, c) for c in k.cores]
        found = {o for n, key in asks if key for o in self.by.get((n, key), ())}
        return sorted(o for o in found if _org_keys(o).folded != k.folded)


def same_organisation(new: str, known: Iterable[str]) -> list[str]:
    """The known claimant names that ``new`` writes another way, as people write one
    organisation: with or without a leading "the" or a closing parenthesis ("the BBC" ~
    "BBC", "Syrian Democratic Forces" ~ "Syrian Democratic Forces (SDF)"), or as the acronym
    one of them gives in its parenthesis or makes of its initials ("SDF", "WHO" ~ "World
    Health Organization"), or with or without a last word saying what kind of body it is
    ("Libyan Red Crescent Society" ~ "Libyan Red Crescent", review29; two words left at
    least). The near-miss rules compare words (``is_near_miss``) and take a word
    added for another name ("isis-fighters" / "isis-fighters-evacuated"); for claimants these
    are one name written twice, and a claim under the second was stored as another claimant's,
    a second origin of the same figure (audit16). Sorted; the name itself never."""
    return OrganisationIndex(known).matches(new)


# -- one party written another way: a level word, a title, initials (review30) -------------

# words that say which level or ownership a body has, not which body: "Odisha state
# government" is the "Odisha government" of the page before
_LEVEL_WORDS = frozenset({
    "state", "federal", "national", "central", "provincial", "regional", "municipal",
    "state-run", "state-owned", "government-run", "government-owned", "publicly-owned",
    "privately-owned",
})  # fmt: skip
# words before a person's name that say what they are, not who: "PM Modi", "Chief Minister
# NAME", "Dr NAME"
_TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "pm", "president", "vice", "prime", "minister", "chief", "secretary", "deputy", "senator",
    "sen", "rep", "governor", "gov", "mayor", "judge", "justice", "general", "gen", "colonel",
    "col", "captain", "capt", "lieutenant", "lt", "sergeant", "sgt", "commander", "cmdr",
    "director", "king", "queen", "prince", "princess", "sheikh", "chairman", "chairwoman",
    "chair", "ceo", "spokesman", "spokeswoman", "spokesperson", "officer", "inspector",
    "superintendent", "commissioner", "ambassador", "cm",
})  # fmt: skip


def _unlevelled(name: str) -> str | None:
    """A claimant name without its words of level or ownership, folded, when it has one and
    two words or more are left ("Odisha state government" -> "odishagovernment")."""
    words = _THE.sub("", name.strip()).split()
    kept = [w for w in words if w.strip(".,").casefold() not in _LEVEL_WORDS]
    if len(kept) == len(words) or len(kept) < 2:
        return None
    return _light_fold(" ".join(kept))


# lowercase words inside a person's name: "Abdulmenam al-Ghaithi", "Ursula von der Leyen"
_PARTICLES = frozenset({"al", "el", "bin", "ibn", "de", "du", "da", "del", "van", "von", "der"})
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


class _Person(NamedTuple):
    titled: bool  # a title before the name ("PM", "Chief Secretary")
    given: tuple[str, ...]  # the words between the titles and the surname
    surname: str  # folded


def _person(name: str) -> _Person | None:
    """A claimant name read as a person's: titles, given names, surname. None when it is not
    written as one (a word not capitalised, a digit, a parenthesis, one word, or a surname of
    fewer than three letters)."""
    m = _PAREN.match(name.strip())  # "Abu Musab Huthaifa (former ISIS intelligence chief)"
    words = [w.strip(".,") for w in (m.group("body") if m and m.group("body") else name).split()]
    if len(words) < 2 or not all(_NAME_WORD.fullmatch(w) and (w[:1].isupper() or (
            w.split("-")[0] in _PARTICLES and w != words[0])) for w in words):  # fmt: skip
        return None
    i = 0
    while i < len(words) - 1 and words[i].casefold() in _TITLES:
        i += 1
    given = words[i:-1]
    # a short acronym of office before the given names ("CPRO NAME SURNAME"): a title
    while len(given) > 1 and given[0].isupper() and len(given[0]) > 1 and not given[1].isupper():
        given, i = given[1:], i + 1
    surname = words[-1].casefold()
    if len(surname) < 3 or surname in _TITLES or surname in _BODIES or len(given) > 3:
        return None  # "Prime Minister": an office; "New York City Fire Department": a body
    return _Person(i > 0, tuple(given), surname)


# last words of a body's name, never a surname
_BODIES = frozenset({
    "department", "ministry", "government", "railway", "railways", "service", "services",
    "police", "office", "agency", "council", "committee", "commission", "authority", "court",
    "army", "forces", "force", "party", "bank", "university", "hospital", "news", "times",
    "post", "group", "board", "bureau", "institute", "centre", "center", "union", "fund",
})  # fmt: skip


def _initials_of(word: str) -> str | None:
    """A given name written as initials ("PK", "P.K", "P"): its letters; None otherwise."""
    letters = word.replace(".", "")
    return letters if letters.isupper() and 1 <= len(letters) <= 3 else None


def _same_person(a: _Person, b: _Person) -> bool:
    """Two readings of one person: one surname, and given names that agree in order as far as
    both give them (the same names, or initials starting with the other's first letter: they
    stand for the rest), or a name with a title and no given name ("PM Modi" ~ "Narendra
    Modi")."""
    if a.surname != b.surname:
        return False
    if not a.given or not b.given:
        return (a.titled and not a.given) or (b.titled and not b.given)
    for x, y in zip(a.given, b.given, strict=False):  # a middle name more or less
        ix, iy = _initials_of(x), _initials_of(y)
        if ix or iy:
            if (ix or x)[0].casefold() != (iy or y)[0].casefold():
                return False
            break  # initials stand for the rest
        if x.casefold() != y.casefold():
            return False
    return True


def same_party(new: str, known: Iterable[str]) -> list[str]:
    """The known claimant names that ``new`` writes another way: as ``same_organisation``
    does, and with or without a word of level or ownership ("Odisha state government" ~
    "Odisha government", "State-run Indian Railways" ~ "Indian Railways": two words left at
    least), or as one person written another way: with or without a title or a middle name,
    or with initials for a given name ("PM Modi" ~ "Narendra Modi", "PK Jena" ~ "Pradeep
    Jena" ~ "Pradeep Kumar Jena", "Chief Minister Naveen Patnaik" ~ "Naveen Patnaik"; one
    surname, first given names that agree). Each pair was proposed as a new claimant beside
    the stored one with no question, one party split in two (review30). Sorted; the name
    itself never. Used by the guard of ``add`` and the review (``Store.name_checks``)."""
    known = list(known)
    found = set(same_organisation(new, known))
    mine = _light_fold(new)
    level, person = _unlevelled(new), _person(new)
    body = _light_fold(_THE.sub("", new.strip()))
    for other in known:
        folded = _light_fold(other)
        if folded == mine:
            continue
        other_level = _unlevelled(other)
        other_body = _light_fold(_THE.sub("", other.strip()))
        if (level and level in (other_body, other_level)) or (other_level and other_level == body):
            found.add(other)
            continue
        p = _person(other)
        if person and p and _same_person(person, p):
            found.add(other)
    return sorted(found)
