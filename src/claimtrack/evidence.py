"""How much stands behind each finding: independent origins, grades and bounds (issue #26).

Pure (standard library only, no database): it reads a :class:`conflicts.Report` and what the
store knows of the claims' origins (:class:`Origins`) and returns an :class:`Assessment`.
The engine itself is untouched; renderers and exports read both.

The rules (docs/conflicts.md, "Grades"):

* **Independent origins.** The claims of a position (or a side, a revision, a sum check, a
  reversal) are joined when one claimant made them (a claimant counts once per position), or
  when their sources carry the same agency story (``source add --wire``); a relaying claim is
  already folded into the claim it relays by the engine. Each group left is one origin.
* **Party.** An origin is a party's when every claimant in it is marked a party to the
  subject's events (``claimant NAME --party SUBJECT``).
* **Grade** of a position or side: ``corroborated`` (two or more origins, at least one not a
  party's), ``single-source`` (one origin, not a party's), ``party-only`` (every origin a
  party's); ``contested`` for a side of a disputed proposition that would be corroborated but
  that the other firm side's claims deny (affirms against denies): what the story's own claims
  deny never reads as corroborated (a rumour repeated by two outlets and denied by the police).
  The text names the claimants a grade rests on, and for a contested side who denies it.
* **Bounds** of a disputed figure: the span of all its positions, and the span of its
  corroborated positions (None when none is corroborated).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import chain, combinations
from json.encoder import encode_basestring
from operator import attrgetter, itemgetter
from typing import Any, NamedTuple, TypeVar, cast

from claimtrack.conflicts import (
    Fact,
    FigureConflict,
    Note,
    Notes,
    Report,
    Reversal,
    Revision,
    StanceConflict,
    SumFinding,
    _before,
    claimant_key,
)
from claimtrack.fields import UNCHECKED, tidy
from claimtrack.governments import (
    LOCAL,
    Voice,
    one_government,
    opening_place,
    place_of,
    same_place,
    untold,
    voice,
)
from claimtrack.initials import initials_forms

CORROBORATED = "corroborated"
SINGLE_SOURCE = "single-source"
PARTY_ONLY = "party-only"
CONTESTED = "contested"
GRADES = (CORROBORATED, SINGLE_SOURCE, PARTY_ONLY, CONTESTED)


class WireCopy(NamedTuple):
    """What makes two copies of one agency's reporting one story or two (evidence16): the day
    the copy was published (its source's ``reported_on``, else the claim's; "" when not
    given), whether the claim is the agency's own word (its claimant is the agency, or the
    outlet that prints the copy) rather than someone the story quotes, and its figure as
    stored (measure and bounds; a stance's proposition and side)."""

    day: str
    own: bool
    figure: str


@dataclass(frozen=True)
class Origins:
    """What the store knows of where a subject's claims come from.

    ``parties``: claimant keys (``conflicts.claimant_key``) of the parties to the subject's
    events. ``wires``: claim id -> the agency story its source carries (folded), for the
    claims whose source names one. ``claimants``: claim id -> claimant (display name, after
    aliases), for those same claims.
    """

    parties: frozenset[str] = frozenset()
    wires: Mapping[str, str] = field(default_factory=dict)
    claimants: Mapping[str, str] = field(default_factory=dict)
    # claim id -> (claimant of the claim it relays, that claim's status), for the active claims
    # that relay another (:func:`with_relays`): one the engine judges as its own (it changed
    # what it relays, or what it relays is retracted) passes on another's claim and adds no
    # origin. Their claimants are in ``claimants``, with those of every active claim.
    relays: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    # speaker key -> the claimants (display names) whose claims give that speaker
    # (:func:`with_speakers`), for a speaker who is a claimant of the subject (a spokesman
    # logged under his own name is his body) or who speaks for two claimants (one voice)
    speakers: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # speaker key -> the speaker's name as given, for those of ``speakers`` (evidence8)
    voices: Mapping[str, str] = field(default_factory=dict)
    # claimant key -> the keys of the speakers who speak for it and for another claimant of
    # the subject (evidence8: the claimants one voice speaks for are one origin), and the
    # group of claimants such voices join (claimant key -> one key of its group)
    voiced: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    voice_groups: Mapping[str, str] = field(default_factory=dict)
    # evidence11: claimant key -> the body it speaks for (`claimant NAME --of BODY`: the user's
    # word, as given), and the keys of the claimants whose stored role is government or
    # military (a government's voice though its name gives no office: :func:`_government_joins`)
    bodies: Mapping[str, str] = field(default_factory=dict)
    governs: frozenset[str] = frozenset()
    # ... those of them registered as organizations: a body's name may open on its place
    # ("Israel Defense Forces": :func:`governments.opening_place`), a person's does not
    governing_bodies: frozenset[str] = frozenset()
    # (claimant keys, names joined) -> the join's words (:func:`_voice_join`): the positions of
    # a subject set the same claimants side by side again and again
    said: dict[tuple[tuple[str, ...], tuple[str, ...]], str] = field(
        default_factory=dict, compare=False, repr=False
    )
    # evidence15: claim id -> the words of its quote that give what it says to people it does
    # not name ("according to the people on board", "survivors said": ``quote_marks.
    # unnamed_words``, stored when the claim was written), for the active claims that have
    # them (:func:`with_citing`): a claimant any of whose claims on a position or side does so
    # passes on unnamed people, and adds no origin. Their claimants are in ``claimants``.
    cites: Mapping[str, str] = field(default_factory=dict)
    # evidence16: claim id -> its copy of the agency's reporting (:class:`WireCopy`), for the
    # claims of ``wires``: copies of one day (or of one story the user named) are one story;
    # reports of one agency on different days are two stories, joined only where the
    # agency's own word (or a copy of no known day) may be either. A wired claim with none
    # is read as a copy of no known day.
    copies: Mapping[str, WireCopy] = field(default_factory=dict)
    # quotes31: the ids of the active figures an import stored though they are not in their
    # quotes (``quote_marks.UNCHECKED``; :func:`with_citing`): such a figure may be a typo of
    # the user's, and adds no origin to a position (:func:`_unchecked_apart`). A marked
    # paraphrase is the user's word that the figure is meant: it counts as any other.
    unchecked: frozenset[str] = frozenset()
    # evidence20: claim id -> its quote's words (:func:`copy_words`), for the active claims of
    # a position or side whose words another claimant's claim there gives too
    # (:func:`with_same_words`): the same sentence printed by two outlets is one copy (of each
    # other, or of one wire story whose byline the user did not log), one origin. Their
    # claimants are in ``claimants``.
    same_words: Mapping[str, str] = field(default_factory=dict)


NO_ORIGINS = Origins()


class Support(NamedTuple):
    """What stands behind one position, side or finding."""

    claims: int  # claims, relaying ones included
    origins: int  # independent origins
    grade: str  # corroborated | single-source | party-only | contested
    against: str = ""  # a contested side: who denies it ("denied by Policia Nacional")
    # what joined claimants into one origin, or left one out ("Paper A and Paper B carry one
    # AP story", "OCHA passes on Red Crescent's claim, changed: no origin of its own"): the
    # count says what it rests on
    joins: tuple[str, ...] = ()


class Bounds(NamedTuple):
    low: float | int | None
    high: float | int | None  # None: no upper bound
    corroborated_low: float | int | None  # None (both): no corroborated position
    corroborated_high: float | int | None

    @property
    def spans_something(self) -> bool:
        """Whether the span of all positions bounds anything: "0+" (from "50 or less" to
        "450+") is every possible value, and says nothing (it is printed only otherwise)."""
        return not spans_nothing(self.low, self.high)


def spans_nothing(low: float | int | None, high: float | int | None) -> bool:
    """An interval that holds every possible value of a count or an amount: from 0 (or no
    lower bound) with no upper bound, "0+"."""
    return high is None and (low or 0) <= 0


@dataclass(frozen=True)
class Assessment:
    """Per finding of a report (by position in ``report.conflicts``, ``.minor``,
    ``.checks``): the support of each position / side (figure and stance disputes) or of the
    finding as a whole (revisions, sums, reversals), and the bounds of figure disputes."""

    conflicts: tuple[tuple[Support, ...], ...]
    minor: tuple[tuple[Support, ...], ...]
    checks: tuple[tuple[Support, ...], ...]
    bounds: Mapping[int, Bounds]  # index in report.conflicts -> bounds (figure disputes)
    # index in report.conflicts -> on a cumulative measure (rule 9), its corroborated positions
    # that disagree with no other corroborated one, each figure of one surely earlier than every
    # higher one's (a rise: counts of different times): (index in the positions, the times of
    # its claims). Judged only for a dispute with two or more corroborated positions whose
    # claims' times are known (``assess(..., facts, cumulative)``).
    timed: Mapping[int, tuple[tuple[int, str], ...]] = field(default_factory=dict)
    # index in report.conflicts -> a disputed proposition's voices of one government by their
    # names on both sides (``one_government_both_sides``), said under its grade lines
    both_sides: Mapping[int, str] = field(default_factory=dict)


def _fold_wire(wire: str) -> str:
    return " ".join(wire.casefold().split())


_KEYS: dict[str, str] = {}  # claimant_key of names seen (the same claimants recur)
_K = TypeVar("_K")
_V = TypeVar("_V")


def _remember(cache: dict[_K, _V], key: _K, value: _V, most: int = 1 << 16) -> _V:
    """Keep ``value`` for ``key`` in one of the module's caches of names (they recur), which
    start again empty past ``most`` entries."""
    if len(cache) >= most:
        cache.clear()
    cache[key] = value
    return value


def _key(name: str) -> str:
    key = _KEYS.get(name)
    if key is None:
        key = _remember(_KEYS, name, claimant_key(name))
    return key


def support(
    claims: Collection[str],
    claimants: Collection[str],
    origins: Origins,
    relaying: Iterable[tuple[str, str]] = (),
    *,
    distinct: bool = False,
    names: bool = True,
    voices: bool = False,
    aside: Mapping[str, tuple[int, ...]] | None = None,
    cited: bool = True,
) -> Support:
    """The support of a group of claims: ``claims`` (ids, relaying ones included),
    ``claimants`` (the independent claimants, display names; ``distinct``: one name per
    claimant already, as the engine lists a position's), ``relaying`` ((echo, relayed) pairs:
    echoes fold into what they relay). A relay the engine judged as its own claim adds no
    origin to a position or side (``distinct``); a revision, a sum or a reversal sets its
    claims against each other, and counts each. ``names`` False: the caller knows that no
    claimant's name holds another's (``_holds_another``), which is then not looked at;
    ``voices`` True: the caller knows that no name holds another's and none is an unnamed
    group (:func:`_subject_kind`), so that only voices of governments may join. ``aside``:
    the claimants of a figure position whose figures there all fit other positions too
    (``FigureConflict.fits``, name -> those positions): no origin of the position
    (evidence13)."""
    parties = origins.parties
    # only the group's own claims on an agency's page join anything by a wire (_wire_joins
    # reads no other): a subject with a page of Reuters somewhere grades its other positions
    # as one with none (perf35: with imports registering a page for each address, most big
    # subjects have one, and every position of theirs took the full join)
    wires = origins.wires and _cites_here(claims, origins.wires)
    if distinct and origins.unchecked and _cites_here(claims, origins.unchecked):
        graded = {"names": names, "voices": voices, "aside": aside}
        return _unchecked_apart(claims, claimants, origins, relaying, graded)
    if cited and distinct and origins.cites and _cites_here(claims, origins.cites):
        return _passed_on(claims, claimants, origins, relaying, names, voices, aside)
    if origins.relays and not distinct:
        origins = replace(origins, relays={})
    if aside and distinct:  # an unnamed group is no origin anyway, and said so as one
        aside = {n: at for n, at in aside.items() if not unnamed_group(n)}
    if aside:
        rest = [c for c in claimants if c not in aside]
        if not rest:  # every claimant fits elsewhere too: one origin at most
            keys = {_key(c) for c in claimants}
            return _joined(claims, claimants, keys, origins, relaying, distinct, aside)
        # the others graded as any position's, the claims all counted; then the join said.
        # Their claims were looked at for unnamed people's words already (above, or by
        # _passed_on, which set the citing claimants aside): not again (perf31)
        s = support(claims, rest, origins, relaying, distinct=distinct, names=names,
                    voices=voices, cited=False)  # fmt: skip
        said = _fits_text([c for c in claimants if c in aside], aside, False)
        return s._replace(joins=(*s.joins, said))
    joined = bool(origins.relays or origins.speakers) or bool(
        origins.same_words and _cites_here(claims, origins.same_words)
    )
    if (origins.bodies or origins.governs) and not joined:  # two voices the user marked
        joined = _marked_pair(claimants, origins)
    if distinct and not wires and not parties and not joined:  # one origin per claimant
        n = len(claimants)
        if voices and n >= 2 and names and not origins.voice_groups:
            if not _government_pairs(claimants):
                return Support(len(claims), n, CORROBORATED)
            return _governed(len(claims), claimants, origins)
        if n < 2 or not names or not _may_join(claimants, distinct):
            return Support(len(claims), n, CORROBORATED if n >= 2 else SINGLE_SOURCE)
        kind = _hold_kind(claimants)
        if kind == _APART:  # unnamed groups alone join: no groups to build
            return _named_only(len(claims), claimants)
        if (
            kind == _GOVERNMENTS
            and not origins.voice_groups
            and not any(map(unnamed_group, claimants))
        ):
            return _governed(len(claims), claimants, origins)
    ids = claims
    keys = {_key(c) for c in claimants}
    if (
        not wires
        and not joined
        and (len(keys) < 2 or not names or not _may_join(claimants, distinct))
    ):
        n = len(keys)
        party = sum(1 for k in keys if _a_party(k, origins)) if parties else 0
        return Support(len(ids), n, _grade(n, n - party))
    return _joined(ids, claimants, keys, origins, relaying, distinct)


def _governed(claims: int, claimants: Collection[str], origins: Origins) -> Support:
    """:func:`_joined` of a position or side whose claimants may join only as voices of
    governments (no name holds another's, no unnamed group, no wire, party, relay or
    speaker): the voices of one government joined, then the caveat where names cannot tell,
    and no other join looked for (the common case of a government's offices side by side)."""
    shown = {_key(c): c for c in claimants}
    uf = _Groups()
    for k in shown:
        uf.find("c:" + k)
    joins = _government_joins(shown, origins, uf)
    joins += _untold(shown, origins, uf)
    n = len({uf.find("c:" + k) for k in shown})
    return Support(claims, n, _grade(n, n), "", tuple(joins))


class _Groups:
    """Union-find over claimant keys ("c:") and wire stories ("w:")."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        parent = self.parent
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[ra] = rb


def _joined(
    ids: Collection[str],
    claimants: Collection[str],
    keys: set[str],
    origins: Origins,
    relaying: Iterable[tuple[str, str]],
    distinct: bool = False,
    aside: Mapping[str, tuple[int, ...]] | None = None,
) -> Support:
    """:func:`support` when claimants may be one origin: one agency story (``wires``), or a
    relay judged as its own claim (``relays``: it adds no origin), or, on a position or side
    (``distinct``), an unnamed group beside named claimants (:func:`unnamed_group`: it adds
    no origin), or a claimant whose figures fit other positions too (``aside``: it adds no
    origin). The joins are named in ``Support.joins``."""
    shown = {_key(c): c for c in claimants}
    echoes = {e for e, _ in relaying}
    uf = _Groups()
    for k in keys:
        uf.find("c:" + k)
    joins = _name_joins(shown, uf) + _speaker_joins(shown, origins, uf)
    joins += _government_joins(shown, origins, uf)
    joins += _fellow_voices(shown, origins, uf)  # (evidence19)
    party = _party_keys(keys, origins, uf)  # before the wires join other claimants
    joins += _wire_joins(ids, echoes, origins, shown, uf)
    if origins.same_words:  # (evidence20)
        joins += _same_words_joins(ids, echoes, origins, shown, uf)
    joins += _untold(shown, origins, uf)
    passing = _passing(ids, echoes, origins, keys)
    unnamed = {k for k in keys if unnamed_group(shown[k])} if distinct else set()
    fitting = {_key(n): n for n in aside or ()}
    groups: dict[str, bool] = {}  # root -> every claimant a party
    left_out: dict[str, bool] = {}
    for k in keys:
        root = uf.find("c:" + k)
        into = left_out if k in passing or k in unnamed or k in fitting else groups
        into[root] = into.get(root, True) and k in party
    alone = not groups and bool(left_out)
    if passing:
        who = sorted((shown.get(k, k) for k in passing), key=str.casefold)
        joins.append(_passes_on(who, [t for k in passing for t in passing[k]], alone))
    # the unnamed groups not joined to a named claimant (by a name, a speaker or a wire)
    apart = {uf.find("c:" + k) for k in unnamed} - set(groups)
    if apart and (not alone or len(left_out) > 1):
        who = sorted({shown[k] for k in unnamed if uf.find("c:" + k) in apart}, key=str.casefold)
        joins.append(_unnamed_text(who, alone))
    apart_fits = {uf.find("c:" + k) for k in fitting if k in keys} - set(groups)
    if apart_fits and aside:
        joins.append(_fits_text([shown[k] for k in fitting if k in keys], aside, alone))
    if alone:  # nothing but such relays or unnamed groups: one origin at most
        groups = {"": all(left_out.values())}
    n = len(groups)
    grade = _grade(n, sum(1 for p in groups.values() if not p))
    return Support(len(ids), n, grade, "", tuple(joins))


# The fewest words a quote gives for two claimants' same words to be one copy: "40 people
# died in the flood, police said" may be written by two papers apart; a sentence of ten words
# or more printed word for word by two outlets is one text copied (evidence20)
COPY_WORDS = 10
_COPY_FOLD = str.maketrans({c: " " for c in "\"'“”‘’«»„‚‹›`´.,;:!?()[]{}—–-…"})


def copy_words(quote: str) -> str:
    """A quote's words as two copies of one text compare: case folded, quotation marks,
    apostrophes, dashes and punctuation read as spaces; "" for a quote of fewer than
    :data:`COPY_WORDS` words (two sources may say so few words alike)."""
    words = quote.casefold().translate(_COPY_FOLD).split()
    return " ".join(words) if len(words) >= COPY_WORDS else ""


def with_same_words(
    origins: Origins,
    report: Report,
    facts: Sequence[Any],
    quotes_of: Callable[[Collection[str]], Mapping[str, tuple[str, str]]],
) -> Origins:
    """``origins`` with the claims of ``report``'s positions and sides (its disputes and
    minor differences) whose quote's words (:func:`copy_words`) another claimant's claim of
    the same position or side gives too, read from another page (``Origins.same_words``,
    evidence20): two papers that print one agency's sentence word for word, the agency named
    in neither quote, read "2 independent origins: corroborated". Words that one page gives
    two claimants ("the Union and state governments said ...", logged once for each) are
    that page's one sentence about both, no copy: not joined here. ``quotes_of`` reads
    (quote, page) of the claims of the positions and sides with two claimants or more, asked
    only when there is one (the common subject has none); ``origins`` itself when no two
    claimants share words."""
    asked: list[tuple[str, ...]] = []
    for c in chain(report.conflicts, report.minor):
        for p in getattr(c, "positions", ()):
            if len(p.claimants) > 1:
                asked.append(p.claims)
    if not asked:
        return origins
    quotes = quotes_of({i for ids in asked for i in ids})
    if not quotes:
        return origins
    claimant = {f.id: f.claimant for f in facts if f.id in quotes} if quotes else {}
    found: dict[str, str] = {}
    for ids in asked:
        by_words: dict[str, set[str]] = {}
        for i in ids:
            words = copy_words(quotes[i][0]) if i in quotes and i in claimant else ""
            if words:
                by_words.setdefault(words, set()).add(i)
        for words, same in by_words.items():
            pages = {quotes[i][1] for i in same}
            one_page = len(pages) == 1 and "" not in pages
            if not one_page and len({_key(claimant[i]) for i in same}) > 1:
                found.update((i, words) for i in same)
    if not found:
        return origins
    names = dict(origins.claimants)
    names.update((i, claimant[i]) for i in found)
    return replace(origins, claimants=names, same_words=found)


def _same_words_joins(
    ids: Collection[str],
    echoes: set[str],
    origins: Origins,
    shown: dict[str, str],
    uf: _Groups,
) -> list[str]:
    """Join the claimants whose claims of ``ids`` give the same words (``Origins.
    same_words``), each join said once ("Paper A and Paper B print the same words: one copy,
    of each other or of one wire story (counted once)")."""
    by_words: dict[str, set[str]] = {}
    for i in ids:
        words = origins.same_words.get(i)
        name = origins.claimants.get(i) if words and i not in echoes else None
        if name is not None and (k := _key(name)) in shown:
            by_words.setdefault(cast(str, words), set()).add(k)
    said = []
    for keys in by_words.values():
        if len(keys) < 2:
            continue
        first, *rest = sorted(keys)
        apart = len({uf.find("c:" + k) for k in keys}) > 1
        for k in rest:
            uf.union("c:" + k, "c:" + first)
        if apart:
            who = _and(sorted((shown[k] for k in keys), key=str.casefold))
            said.append(
                f"{who} print the same words: one copy, of each other or of one wire story "
                "(counted once)"
            )
    return said


# The head nouns of an unnamed group ("Residents", "Derna residents", "Witnesses at the port",
# "Security experts", "human rights organizations"), singular and plural: people or bodies the
# name does not name. Officials, authorities, forces and the police speak for an institution
# (a party's, most often): not in this table.
_UNNAMED = frozenset((
    "residents", "locals", "villagers", "townspeople", "neighbours", "neighbors", "witnesses",
    "eyewitnesses", "bystanders", "onlookers", "passengers", "survivors", "victims",
    "relatives", "families", "parents", "activists", "campaigners", "protesters", "protestors",
    "demonstrators", "strikers", "workers", "employees", "miners", "drivers", "patients",
    "doctors", "medics", "paramedics", "nurses", "rescuers", "volunteers", "journalists",
    "reporters", "experts", "researchers", "analysts", "observers", "lawyers", "attorneys",
    "plaintiffs", "groups", "organisations", "organizations", "agencies", "ngos", "sources",
    "citizens", "students", "farmers", "fishermen", "traders", "elders", "leaders", "people",
    "members",
))  # fmt: skip
# The head nouns of one unnamed informant ("A law enforcement source", "Source close to the
# investigation", "A person familiar with the matter": the head is the word before "to" or
# "with"): a person the page does not name, who may be, or quote, a named claimant beside it,
# as a group may (evidence13). "Official" names an office, "Insider" is also a paper's name
# ("Business Insider"): not here.
_UNNAMED_ONE = frozenset(("source", "familiar", "close"))
# Words that end a name's head: "Residents of Derna", "Doctors at the scene", "Lawyers for
# the families", "Witnesses who saw it"
_AFTER_HEAD = frozenset(("of", "in", "at", "from", "on", "near", "for", "who", "with", "to"))
_UNNAMED_SEEN: dict[str, bool] = {}  # name -> unnamed_group(name) (names recur)


def _head(name: str) -> tuple[list[str], int]:
    """A claimant name's words (before a bracket or a comma, folded) and the index of its head
    word: the last word before "of", "at", "who" ... ("Residents of Derna": "residents")."""
    words = name.split("(", 1)[0].split(",", 1)[0].casefold().split()
    for i, w in enumerate(words[1:], 1):
        if w in _AFTER_HEAD:
            return words, i - 1
    return words, len(words) - 1


# The head nouns of a document, singular and plural: a claimant named by what it was read in
# ("Police document", "Initial police report", "UN report", "Media reports") rather than by
# who wrote it.
_DOCUMENTS = frozenset((
    "report", "reports", "document", "documents", "filing", "filings", "listing", "listings",
    "memo", "memos", "letter", "letters", "study", "survey", "dossier", "fir", "firs",
    "assessment", "figures", "data", "records", "tally", "cable", "cables",
))  # fmt: skip
# Words before a document's head that name no author ("Initial reports", "Leaked document",
# "Media reports"): what kind of document it is, or when, not whose.
_NO_AUTHOR = frozenset((
    "a", "an", "the", "its", "their", "some", "several", "other", "one", "initial",
    "preliminary", "first", "early", "earlier", "final", "latest", "new", "recent", "interim",
    "leaked", "internal", "official", "unofficial", "draft", "confidential", "secret",
    "classified", "annual", "published", "unpublished", "local", "media", "news", "press",
    "unconfirmed", "full",
))  # fmt: skip
_AUTHORS: dict[str, str | None] = {}  # name -> document_author(name) (names recur)


def document_author(name: str) -> str | None:
    """The author a claimant named by a document gives, as a name key ("Police document",
    "Initial police report": "police"; "Report of the UN Human Rights Office": "un human
    rights office"), "" for a document whose name names no author ("Initial reports",
    "Unofficial reports", "Media reports", "FIR"), None for a name that is not a document's.
    A document is its author's: it adds no origin beside its author (evidence10)."""
    found = _AUTHORS.get(name, "?")
    if found != "?":
        return found
    words, i = _head(name)
    author: str | None = None
    if words and words[i].rstrip("'’") in _DOCUMENTS:
        rest = words[i + 2 :] if i + 1 < len(words) and words[i + 1] in ("of", "by", "from") else []
        who = [w.removesuffix("'s").removesuffix("’s") for w in words[:i] + rest]
        author = _key(" ".join(w for w in who if w not in _NO_AUTHOR))
    return _remember(_AUTHORS, name, author)


def unnamed_group(name: str) -> bool:
    """Whether a claimant's name gives only an unnamed group ("Residents", "Witnesses",
    "Security experts", "Derna residents", "Residents of Derna", "human rights
    organizations"): its head word (the last before a bracket, a comma or "of", "at", "who"
    ...) is a plural of :data:`_UNNAMED`, or names one unnamed informant (:data:`_UNNAMED_ONE`:
    "A law enforcement source", evidence13). Such a group may be, or quote, the named claimants
    beside it; it adds no origin of its own to a position or side that a named claimant
    stands on, and groups of it alone are one origin at most (evidence9). A named body whose
    name ends in such a word is not one ("Upper Hill Residents' Association", "Human Rights
    Watch"), nor a named person with a role in brackets ("Mara Velden (residents)"). A document
    whose name names no author ("Initial reports", "Media reports", :func:`document_author`)
    is read as one too (evidence10): it may be any of the claimants beside it."""
    found = _UNNAMED_SEEN.get(name)
    if found is None:
        words, i = _head(name)
        head = words[i].rstrip("'’") if words else ""
        found = _remember(
            _UNNAMED_SEEN,
            name,
            head in _UNNAMED or head in _UNNAMED_ONE or document_author(name) == "",
        )
    return found


def _fits_text(who: list[str], aside: Mapping[str, tuple[int, ...]], alone: bool) -> str:
    """ "Texas House committee's figure fits position 2 too: no origin of its own here"
    (beside claimants whose figures fit no other position), "... one origin at most"
    (alone)."""
    who = sorted(who, key=str.casefold)
    where = sorted({j for n in who for j in aside.get(n, ())})
    at = (
        f"position {where[0]}"
        if len(where) == 1
        else f"positions {', '.join(map(str, where[:-1]))} and {where[-1]}"
    )
    one = len(who) == 1
    tail = (
        "one origin at most"
        if alone
        else "no origin of " + ("its own here" if one else "their own here")
    )
    last = who[-1]
    whose = last + ("'" if last.endswith("s") and not last.endswith("ss") else "'s")
    names = whose if one else f"{', '.join(who[:-1])} and {whose}"
    return f"{names} {'figure fits' if one else 'figures fit'} {at} too: {tail}"


def _unnamed_one(name: str) -> bool:
    """Whether a claimant's name gives one unnamed informant (:data:`_UNNAMED_ONE`)."""
    words, i = _head(name)
    return bool(words) and words[i].rstrip("'’") in _UNNAMED_ONE


def _named_only(claims: int, claimants: Collection[str]) -> Support:
    """The support of a position or side whose claimants are distinct and join only as
    unnamed groups (:func:`unnamed_group`): one origin per named claimant, or one for the
    groups alone (``_joined`` without the union, the common case of such a position)."""
    who = sorted((c for c in claimants if unnamed_group(c)), key=str.casefold)
    named = len(claimants) - len(who)
    n = named or 1
    joins = (_unnamed_text(who, not named),) if named or len(who) > 1 else ()
    return Support(claims, n, CORROBORATED if n >= 2 else SINGLE_SOURCE, "", joins)


def _unnamed_text(who: list[str], alone: bool) -> str:
    """ "Security experts is an unnamed group: no origin of its own" (beside a named claimant),
    "Residents and Witnesses are unnamed groups: one origin at most" (alone)."""
    one = len(who) == 1
    tail = "one origin at most" if alone else "no origin of " + ("its own" if one else "their own")
    docs = [w for w in who if document_author(w) == ""]
    ones = [w for w in who if w not in docs and _unnamed_one(w)]
    groups = [w for w in who if w not in docs and w not in ones]
    said = []
    if groups:
        said.append(
            _and(groups) + (" is an unnamed group" if len(groups) == 1 else " are unnamed groups")
        )
    if ones:
        said.append(
            _and(ones) + (" is an unnamed source" if len(ones) == 1 else " are unnamed sources")
        )
    if docs:  # "Initial reports names no author" (evidence10)
        said.append(_and(docs) + (" names no author" if len(docs) == 1 else " name no author"))
    return f"{' and '.join(said)}: {tail}"


def _may_join(claimants: Collection[str], distinct: bool = True) -> bool:
    """Whether claimants of one position or side (``distinct``) may be fewer origins than
    names: a name holds another's (:func:`_holds_another`), or one is an unnamed group."""
    if distinct and len(claimants) > 1 and any(map(unnamed_group, claimants)):
        return True
    return _holds_another(claimants)


def _holds_another(claimants: Collection[str]) -> bool:
    """:func:`_holding` of ``claimants``: whether a name holds another's, or two are voices
    of governments that one government may join (:func:`_government_pairs`)."""
    return _hold_kind(claimants) != _APART


# What :func:`_hold_kind` finds: no two claimants that may join; only voices of governments
# (:func:`_government_pairs`); a name that holds another's (:func:`_holding`)
_APART, _GOVERNMENTS, _NAMES = 0, 1, 2


def _hold_kind(claimants: Collection[str]) -> int:
    """:data:`_NAMES` when one name holds another's (:func:`_holding`), else
    :data:`_GOVERNMENTS` when two are voices that one government may join
    (:func:`_government_pairs`), else :data:`_APART`; kept for a position's (a tuple): a
    finding's positions are looked at twice, to choose the path and to grade it."""
    if type(claimants) is not tuple:
        return _kind_of(claimants)
    found = _HOLDING.get(claimants)
    if found is None:
        found = _remember(_HOLDING, claimants, _kind_of(claimants), 1 << 14)
    return found


_HOLDING: dict[tuple[str, ...], int] = {}  # a position's claimants -> _hold_kind (they recur)


def _kind_of(claimants: Collection[str]) -> int:
    if _holding(claimants):
        return _NAMES
    return _GOVERNMENTS if _government_pairs(claimants) else _APART


def _holding(claimants: Collection[str]) -> bool:
    """Whether one claimant's name holds another's, word for word ("Interior Ministry
    spokesman Ali Hassan" and "Interior Ministry"; "Ali Hassan (Interior Ministry)"), or its
    initials written in capitals ("KNCHR" and "Kenya National Commission on Human Rights",
    :func:`_initials_pairs`), or a document names another as its author
    (:func:`_document_pairs`): a spokesman or an official logged as a claimant of their own
    beside the body they speak for, or one body by its name and its initials. One search of
    each name in the others' (a few claimants a position, most often two)."""
    keys = [_key(c) for c in claimants]
    hay = " | ".join(keys)
    if any(hay.count(k) > 1 and _within(k, keys) for k in keys if k):
        return True
    if any(" " in k for k in keys):  # a name another writes with its words run together
        tight = " | ".join(k.replace(" ", "") for k in keys)
        if any(tight.count(k.replace(" ", "")) > 1 and _within(k, keys) for k in keys if k):
            return True
    return (
        bool(_initials_pairs(claimants))
        or bool(_document_pairs(claimants))
        or bool(_body_pairs(claimants))
    )


def _marked_pair(claimants: Collection[str], origins: Origins) -> bool:
    """Whether two of ``claimants`` are voices of governments with one the user marked (a
    body given with `claimant --of`, the body itself, or a role of government): the bodies
    and roles change nothing of a position or side with fewer (evidence11)."""
    if len(claimants) < 2:
        return False
    marked = origins.bodies.keys() | origins.governs | {_key(b) for b in origins.bodies.values()}
    keys = [_key(c) for c in claimants]
    if not any(k in marked for k in keys):
        return False
    voiced = (
        k in marked or voice(c) is not None or bool(named_body(c))  # (evidence19)
        for c, k in zip(claimants, keys, strict=True)
    )
    return sum(voiced) > 1


def _government_pairs(claimants: Collection[str]) -> bool:
    """Whether two of ``claimants`` are voices of governments (:func:`governments.voice`)
    that one government may join, or whose names cannot tell one government from two
    (:func:`governments.untold`): the claimants are then graded by :func:`_joined`."""
    voices = [v for v in map(voice, claimants) if v is not None]
    if not voices:
        return False
    if len(voices) < len(claimants) and _country_named(claimants, voices):
        return True
    if len(voices) < 2:
        return False
    # untold(a, b) or one_government(a, b) for some two: one gives no place or is a
    # district's, a city's or a county's, or two places are one (one pass, then the places)
    if any(not v.place or v.level in LOCAL for v in voices):
        return True
    places = sorted({v.place for v in voices})
    if len(places) < len(voices):
        return True
    return any(same_place(a, b) for a, b in combinations(places, 2))


def _country_named(claimants: Collection[str], voices: list[Voice]) -> bool:
    """Whether one of ``claimants`` is no voice by its words but names the place another's
    voice gives (:func:`bare_place`): "Saudi Arabia" beside "Saudi public prosecutor"."""
    places = [v.place for v in voices if v.place and v.level not in LOCAL]
    return bool(places) and any(
        (b := bare_place(c)) and any(same_place(b, p) for p in places)
        for c in claimants
        if voice(c) is None
    )


def bare_place(name: str) -> str:
    """The place a claimant's name is and nothing more, folded as :func:`governments.voice`
    folds places: a name of one to three capitalised words ("Saudi Arabia", "Turkey", "the
    United States"); "" for any other. Beside a voice of that place's government it is that
    government speaking, as news writes it ("Saudi Arabia said 18 people were held"); never
    alone, so that a body named like a place is joined only to a government of its place
    (evidence12: before, "Saudi Arabia" and "Saudi public prosecutor" were two origins)."""
    words = name.split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return ""
    return place_of(" ".join(words).casefold())


def _government_joins(shown: dict[str, str], origins: Origins, uf: _Groups) -> list[str]:
    """Join the voices of one government or body into one origin, naming each join
    (evidence11): the claimants the user gave one body (`claimant NAME --of BODY`, or the
    body itself among them: "3 claimants of one body, Government of India (claimant --of):
    one origin"), then those whose names give one government (:func:`governments.
    one_government`: "Odisha chief secretary Pradeep Jena and Odisha Government are 2
    claimants of one government (Odisha): one origin"). Before, a state's chief secretary,
    its government and its district collector giving one count were "3 independent origins:
    corroborated"."""
    said = []
    if origins.bodies:
        by_body: dict[str, list[str]] = {}
        named: dict[str, str] = {}
        for k in shown:
            body = origins.bodies.get(k)
            if body is not None:
                b = _key(body)
                by_body.setdefault(b, []).append(k)
                named.setdefault(b, body)
        for b, here in sorted(by_body.items()):
            if b in shown and b not in here:
                here.append(b)
            said += _join_group(here, shown, uf, f"one body, {named[b]} (claimant --of)")
    voices = {k: v for k in shown if (v := voice(shown[k])) is not None}
    groups: list[list[str]] = []
    for k in sorted(voices, key=lambda k: shown[k].casefold()):
        for g in groups:
            if one_government(voices[g[0]], voices[k]):
                g.append(k)
                break
        else:
            groups.append([k])
    if voices and len(voices) < len(shown):  # a country named alone beside its voices
        for k in sorted(shown.keys() - voices.keys(), key=lambda k: shown[k].casefold()):
            b = bare_place(shown[k])
            for g in groups if b else ():
                if any(
                    voices[m].place
                    and voices[m].level not in LOCAL
                    and same_place(b, voices[m].place)
                    for m in g
                    if m in voices
                ):
                    g.append(k)
                    break
    for g in groups:
        v = next((voices[k] for k in g if k in voices and voices[k].place), voices[g[0]])
        where = _title(v.place) if v.place else v.level.capitalize()
        said += _join_group(g, shown, uf, f"one government ({where})")
    return said


def _title(place: str) -> str:
    return " ".join(w.upper() if len(w) <= 2 else w.capitalize() for w in place.split())


def _join_group(keys: list[str], shown: dict[str, str], uf: _Groups, what: str) -> list[str]:
    """Join ``keys`` into one origin; the words that say so when it joins any two origins
    ("A, B and C are 3 claimants of one government (Odisha): one origin")."""
    if len(keys) < 2 or len({uf.find("c:" + k) for k in keys}) < 2:
        return []
    for k in keys[1:]:
        uf.union("c:" + keys[0], "c:" + k)
    who = sorted((shown[k] for k in keys), key=str.casefold)
    return [f"{_and(who)} are {len(who)} claimants of {what}: one origin"]


def _untold(shown: dict[str, str], origins: Origins, uf: _Groups) -> list[str]:
    """The caveat on two voices of governments left in two origins whose names cannot tell
    one government from two (:func:`governments.untold`): a district's collector beside a
    state's government, "Officials" beside a ministry, a body whose role is government and
    whose name gives no place (evidence11). Counted apart, as logged; said, so that a reader
    knows the count may be one too many, and that `claimant NAME --of BODY` settles it.
    Voices the user gave two different bodies are two."""
    voices: dict[str, Voice] = {}
    by_role: set[str] = set()  # voices known by their stored role alone, never joined by it
    for k, name in shown.items():
        v = voice(name)
        if v is None and k in origins.governs:  # a body by its role: its place, if it opens
            v = Voice(opening_place(name) if k in origins.governing_bodies else "", "")
            by_role.add(k)
        if v is not None:
            voices[k] = v
    if len(voices) < 2:
        return []
    said = _unnamed_officials(shown, voices, origins, uf)
    roots: dict[str, list[str]] = {}
    for k in sorted(voices, key=lambda k: shown[k].casefold()):
        roots.setdefault(uf.find("c:" + k), []).append(k)
    named = {_key(b) for b in origins.bodies.values()}

    def body(k: str) -> str | None:  # the body the user gave it, or itself when it is one
        b = origins.bodies.get(k)
        return _key(b) if b is not None else (k if k in named else None)

    def who(keys: list[str]) -> str:  # a group by a voice that names its place, if any
        placed = [k for k in keys if voices[k].place and voices[k].level not in LOCAL]
        return shown[(placed or keys)[0]]

    pairs = []
    for ra, rb in combinations(roots, 2):
        if any(
            (
                untold(voices[a], voices[b])
                or ((a in by_role or b in by_role) and one_government(voices[a], voices[b]))
            )
            and (body(a) is None or body(b) is None)
            for a in roots[ra]
            for b in roots[rb]
        ):  # two voices the user gave each its body are two
            pairs.append((who(roots[ra]), who(roots[rb])))
    if not pairs:
        return said
    tail = "their names do not say: counted apart (claimant --of gives each its body)"
    involved = sorted({w for pair in pairs for w in pair}, key=str.casefold)
    if len(pairs) == len(involved) * (len(involved) - 1) // 2:  # any two of them
        return [*said, f"{_and(involved)} may speak for one government, {tail}"]
    hubs = set(pairs[0]).intersection(*pairs[1:])
    if len(pairs) > 1 and hubs:  # one voice beside several: "Officials ... with A or B"
        hub = min(hubs, key=str.casefold)
        others = sorted((b if a == hub else a for a, b in pairs), key=str.casefold)
        alts = f"{', '.join(others[:-1])} or {others[-1]}"
        return [*said, f"{hub} may speak for one government with {alts}, {tail}"]
    pairs_said = ", ".join(f"{a} and {b}" for a, b in pairs)
    each = " each" if len(pairs) > 1 else ""
    return [*said, f"{pairs_said} may{each} speak for one government, {tail}"]


# Words of an unnamed officials' name that tell nobody apart: how many, how senior, and
# "Western" (a name of many governments); the rest ("intelligence", "police", "defense") say
# which office they serve (evidence16)
_VAGUE = frozenset((
    "a", "an", "the", "some", "several", "two", "three", "four", "five", "six", "many",
    "senior", "top", "high-ranking", "western", "unnamed", "anonymous", "other", "government",
    "administration", "and",
))  # fmt: skip
_OFFICIALS = frozenset(("official", "officials"))


def _officials_words(name: str) -> tuple[str, frozenset[str]] | None:
    """(the name without its vague words, the words that say which office) of a claimant
    named as officials no page names ("Three US officials", "Western officials", "a senior
    Pentagon official"), None for any other name (a person, a body, "Police spokesman")."""
    words, i = _head(name)
    if not words or words[i] not in _OFFICIALS or i + 1 != len(words):
        return None
    kept = [w for w in words[:i] if w not in _VAGUE]
    return " ".join([*kept, words[i]]), frozenset(kept)


def _unnamed_officials(
    shown: dict[str, str], voices: Mapping[str, Voice], origins: Origins, uf: _Groups
) -> list[str]:
    """Join officials no page names whose names cannot tell them apart into one origin
    (evidence16): two outlets' "US officials" and "Three US officials", "Western officials" and
    "Intelligence officials" may be the same people, and are not two sources unless the pages
    say so. Their names tell them apart by two places ("Israeli officials", "Palestinian
    officials") or by two offices ("Police officials", "Intelligence officials"); officials the
    user gave each its body (`claimant --of`) are as given. Said: "US officials and Three US
    officials are officials no page names, their names do not tell them apart: one origin"."""
    found: dict[str, tuple[Voice, frozenset[str]]] = {}
    for k in voices:
        if k in origins.bodies:
            continue
        read = _officials_words(shown[k])
        if read is not None:
            v = voice(read[0])
            if v is not None:
                found[k] = (v, read[1] - set(v.place.split()))
    if len(found) < 2:
        return []
    groups: list[list[str]] = []
    for k in sorted(found, key=lambda k: shown[k].casefold()):
        va, wa = found[k]
        for g in groups:
            vb, wb = found[g[0]]
            two_places = va.place and vb.place and not same_place(va.place, vb.place)
            if (
                (one_government(va, vb) or untold(va, vb))
                and (wa <= wb or wb <= wa)
                and not two_places
            ):
                g.append(k)
                break
        else:
            groups.append([k])
    said = []
    for g in groups:
        if len(g) < 2 or len({uf.find("c:" + k) for k in g}) < 2:
            continue
        for k in g[1:]:
            uf.union("c:" + g[0], "c:" + k)
        who = sorted((shown[k] for k in g), key=str.casefold)
        said.append(
            f"{_and(who)} are officials no page names, their names do not tell them apart: "
            "one origin"
        )
    return said


def _document_pairs(claimants: Collection[str]) -> list[tuple[str, str]]:
    """(document, author): the claimants named by a document whose author
    (:func:`document_author`) is another claimant of ``claimants``, its name or whole words of
    it ("Police document" and "Uttar Pradesh Police"), or another document of that author
    ("Police document" and "Initial police report"): a report cited by name is its author's
    claim, not a second source (evidence10: before, the police's first information report,
    logged as "Police document" from one page and under the police's name from another, was
    "2 independent origins: corroborated"). A document naming no author is an unnamed group's
    (:func:`unnamed_group`)."""
    docs = []
    for c in claimants:  # most names are no document's, read from the cache (names recur)
        a = _AUTHORS.get(c, "?")
        if a == "?":
            a = document_author(c)
        if a:
            docs.append((c, a))
    if not docs:
        return []
    found = []
    for c, a in docs:
        for o in claimants:
            ko = _key(o)
            if ko == _key(c):
                continue
            theirs = document_author(o)
            if ko == a or _held_by(a, ko) or (theirs and theirs == a):
                found.append((c, o))
    return found


# Words an organisation's initials leave out ("Law Society of Kenya": LSK) or keep (both tried)
_SMALL = frozenset((
    "a", "an", "and", "at", "de", "del", "der", "des", "di", "du", "en", "et", "for", "in", "la",
    "le", "les", "of", "on", "the", "to", "y",
))  # fmt: skip


def _initials(name: str) -> frozenset[str]:
    """The initials of a name of two words or more, with and without its small words ("Kenya
    National Commission on Human Rights": "kncohr", "knchr"), its words in capitals left out
    ("Police Reforms Working Group (PRWG)": "prwg"); a hyphen splits words ("Agence
    France-Presse": "afp"); and the initials of its shorter forms, three letters or more
    (``initials.initials_forms``: "Centers for Disease Control and Prevention": "cdc"; "U.S. Food
    and Drug Administration": "fda"; "UK Health Security Agency": "ukhsa")."""
    found = _INITIALS.get(name)
    if found is None:
        caps = _caps(name)
        made: set[str] = set()
        for n, (lead, form) in enumerate((("", name), *initials_forms(name))):
            words = [w for w in _key(form).split() if w not in caps]
            big = [w for w in words if w not in _SMALL]
            if len(words) >= 2:
                made.update(
                    lead + s
                    for s in ("".join(w[0] for w in words), "".join(w[0] for w in big))
                    if not n or len(s) >= 3
                )
        found = _remember(_INITIALS, name, frozenset(made))
    return found


_INITIALS: dict[str, frozenset[str]] = {}  # name -> its initials (names recur)


_CAPS: dict[str, frozenset[str]] = {}  # name -> its words written in capitals, folded


def _caps(name: str) -> frozenset[str]:
    """The words of ``name`` written in capitals, two letters or more ("KNCHR", "HRW"),
    folded: the initials a name may hold."""
    found = _CAPS.get(name)
    if found is None:
        words = name.replace("(", " ").replace(")", " ").replace("-", " ").split()
        found = _remember(
            _CAPS,
            name,
            frozenset(w.casefold() for w in words if len(w) >= 2 and w.isalpha() and w.isupper()),
        )
    return found


def _initials_pairs(claimants: Collection[str]) -> list[tuple[str, str]]:
    """(holder, named): the claimants whose name holds, written in capitals, the initials of
    another's ("KNCHR", "KNCHR chair Roseline Odede" and "Kenya National Commission on Human
    Rights"; "HRW" and "Human Rights Watch"): one body by its name and its initials
    (evidence8: before, the commission's 50 dead, logged once by its name and once by its
    initials, were "2 independent origins: corroborated"). Bodies whose initials differ
    ("KHRC", the Kenya Human Rights Commission, another body) are not joined."""
    held = [(c, _caps(c)) for c in claimants]
    if not any(words for _, words in held):
        return []
    return [
        (c, o)
        for c, words in held
        if words
        for o in claimants
        if o != c and _key(o) != _key(c) and words & _initials(o)
    ]


# The words of a body's voice in a claimant's name ("Interior Ministry spokesman Pavel Dorn",
# "Police press office", "Police chief John Ode"): the words before them name the body
# (evidence19). A rank before them is no body ("deputy spokesman"), nor is a name with none.
_VOICE_WORDS = frozenset((
    "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespersons",
    "spokespeople", "chief", "head", "director", "commissioner", "commander",
))  # fmt: skip
_VOICE_PAIRS = frozenset((
    ("press", "office"), ("press", "officer"), ("press", "secretary"), ("press", "service"),
    ("press", "team"), ("media", "office"), ("media", "officer"),
))  # fmt: skip
_RANKS = frozenset((
    "a", "an", "the", "deputy", "senior", "acting", "assistant", "principal", "chief", "top",
    "lead", "official", "interim", "new", "its", "their",
))  # fmt: skip
_BODIES_NAMED: dict[str, str] = {}  # name -> named_body(name) (names recur)


def named_body(name: str) -> str:
    """The body a voice's name gives (folded), the words before its spokesman, chief, head,
    director or press office after any comma, less ranks ("Interior Ministry spokesman Pavel
    Dorn", "Pavel Dorn, Interior Ministry spokesman": "interior ministry"; "Police press
    office", "Police chief John Ode": "police"); "" when it gives none ("Chief Secretary PK
    Jena", "a spokesman", "deputy spokesman Ali", or a former one, who speaks for no one)."""
    found = _BODIES_NAMED.get(name)
    if found is None:
        found = _remember(_BODIES_NAMED, name, _named_body(name))
    return found


def _named_body(name: str) -> str:
    for part in name.split("(", 1)[0].split(","):  # "Pavel Dorn, Interior Ministry spokesman"
        words = _key(part).split()
        if "former" in words or "ex" in words:
            return ""
        if words[:2] == ["office", "of"]:  # "Office of the Auditor-General" (evidence20)
            return " ".join(_unranked(words[2:]))
        for i, w in enumerate(words):
            pair = i + 1 < len(words) and (w, words[i + 1]) in _VOICE_PAIRS
            if w in _VOICE_WORDS or pair:
                return _body_of(words, i, i + 2 if pair else i + 1)
    return ""


def _body_of(words: list[str], at: int, after: int) -> str:
    """The body before a voice's title (``words[:at]``), or, with none, after its "of" or
    "for" ("head of Scotland Yard", "spokesman for the Interior Ministry"), less ranks."""
    body = _unranked(words[:at])
    if body and body[-1] == "s":  # "Interior Ministry's" (the key splits the "'s" off)
        body = _unranked(body[:-1])
    if not body and after < len(words) and words[after] in ("of", "for"):
        body = _unranked(words[after + 1 :])
    return " ".join(body)


def _unranked(words: list[str]) -> list[str]:
    while words and words[0] in _RANKS:
        words = words[1:]
    while words and words[-1] in _RANKS:
        words = words[:-1]
    return words


def _body_words(one: str, other: str) -> str:
    """The body two voices' names give (:func:`_body_pairs`), as the one giving fewer words
    writes it ("Interior Ministry")."""
    name = min((n for n in (one, other) if named_body(n)), key=lambda n: len(named_body(n)))
    body = named_body(name)
    words = name.split("(", 1)[0].split()
    n = body.count(" ") + 1
    for i in range(len(words) - n + 1):
        run = " ".join(words[i : i + n])
        if _key(run.removesuffix("'s").removesuffix("\u2019s")) == body:
            return run.removesuffix("'s").removesuffix("\u2019s")
    return body


def _offices(named: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Those of ``named`` (claimant, body) that name an office by its holder's title
    ("Office of the Auditor-General": "auditor general")."""
    return [(c, b) for c, b in named if _key(c).split()[:2] == ["office", "of"]]


def _holders(
    claimants: Collection[str], named: list[tuple[str, str]]
) -> list[tuple[str, str, str]]:
    """(office, holder, the title): a claimant named by an office's title and then a name,
    beside that office ("Auditor-General Edward Ouko" beside "Office of the Auditor-General",
    "Ombudsman Jane Doe" beside "Office of the Ombudsman"): the office's holder speaks for
    it (evidence20: the auditor's report, through him and his office, read "2 independent
    origins: corroborated"), and so does the title alone. A former holder speaks for no one."""
    out = []
    for c, title in _offices(named):
        for o in claimants:
            words = _key(o).split()
            n = title.count(" ") + 1
            if (
                " ".join(words[:n]) == title
                and words[n : n + 1] != ["s"]  # "Auditor-General's critics"
                and "former" not in words
                and not named_body(o)
            ):
                out.append((c, o, title))
    return out


def _body_pairs(claimants: Collection[str]) -> list[tuple[str, str, str]]:
    """(one, other, the body): two claimants whose names give one body (:func:`named_body`:
    the same words, or the one's words standing whole in the other's, as a name that holds
    another's is joined): a ministry's two spokesmen, a police force's press office and its
    chief, named as their pages name them (evidence19: before, "Ministry of Health spokesman
    A" and "Ministry of Health spokeswoman B" on one position were "2 independent origins:
    corroborated", with nothing said)."""
    named = [(c, b) for c in claimants if (b := named_body(c))]
    if not named or (len(named) < 2 and not _offices(named)):
        return []
    out = _holders(claimants, named)
    for (c, b), (o, d) in combinations(named, 2):
        if _key(c) == _key(o):
            continue
        if b == d or f" {b} " in f" {d} " or f" {d} " in f" {b} ":
            out.append((c, o, min((b, d), key=len)))
    return out


def _within(k: str, keys: Sequence[str]) -> bool:
    """Whether ``k`` stands as whole words in another of ``keys``."""
    return any(_held_by(k, o) for o in keys)


def _held_by(k: str, o: str) -> bool:
    """Whether the name key ``k`` stands as whole words in the other key ``o``, or as whole
    words of ``o`` written with their spaces left out or put in ("unitedhealth group" in
    "united health group", "unitedhealth" in "united health group": one company spelled two
    ways, evidence9)."""
    return bool(k) and o != k and (f" {k} " in f" {o} " or _run_together(k, o))


def _run_together(k: str, o: str) -> bool:
    """Whether ``k`` without its spaces (four letters or more) is a run of whole words of
    ``o`` joined, split in other words than ``k``'s."""
    tight = k.replace(" ", "")
    if len(tight) < 4 or tight not in o.replace(" ", ""):
        return False
    words = o.split()
    n = k.count(" ") + 1
    for i in range(len(words)):
        run = ""
        for j in range(i, len(words)):
            run += words[j]
            if len(run) >= len(tight):
                if run == tight and j - i + 1 != n:
                    return True
                break
    return False


def _name_joins(shown: dict[str, str], uf: _Groups) -> list[str]:
    """Join the claimants whose names hold another's (``_holds_another``), naming each join
    ("Interior Ministry spokesman Ali Hassan is named with Interior Ministry: one origin"):
    whoever speaks for a body is that body's source, not a second one (evidence6). Two bodies
    whose names only share words ("Red Cross", "Red Crescent") are not joined."""
    keys = sorted(shown, key=len)
    if len(keys) < 2 or not _holding([shown[k] for k in keys]):  # voices alone join none here
        return []
    said = []
    for i, k in enumerate(keys):
        for o in keys[i + 1 :]:
            # a name run together is said once its two spellings are not joined already
            apart = uf.find("c:" + k) != uf.find("c:" + o)
            if f" {k} " in f" {o} " or (apart and _run_together(k, o)):
                uf.union("c:" + k, "c:" + o)
                said.append(f"{shown[o]} is named with {shown[k]}: one origin")
    for holder, named in sorted(_initials_pairs([shown[k] for k in keys])):
        a, b = "c:" + _key(holder), "c:" + _key(named)
        if uf.find(a) != uf.find(b):
            uf.union(a, b)
            initials = sorted(_caps(holder) & _initials(named))[0].upper()
            said.append(f"{holder} is named with the initials of {named} ({initials}): one origin")
    for one, other, _ in sorted(_body_pairs([shown[k] for k in keys])):
        a, b = "c:" + _key(one), "c:" + _key(other)
        if uf.find(a) != uf.find(b):
            uf.union(a, b)
            said.append(
                f"{_and(sorted((one, other), key=str.casefold))} speak for one body by their "
                f"names ({_body_words(one, other)}): one origin"
            )
    for doc, author in sorted(_document_pairs([shown[k] for k in keys])):
        a, b = "c:" + _key(doc), "c:" + _key(author)
        if uf.find(a) != uf.find(b):
            uf.union(a, b)
            if document_author(author):  # two documents of one author
                said.append(f"{author} and {doc} are documents of one author: one origin")
            else:
                said.append(f"{doc} is a document of {author}: one origin")
    return said


def _speaker_joins(shown: dict[str, str], origins: Origins, uf: _Groups) -> list[str]:
    """Join a claimant to the claimants whose claims give it as their speaker, naming each
    join ("Muyiwa Adejobi speaks for Nigeria Police Force: one origin"): a spokesman logged
    under his own name alone is his body's source, not a second one (evidence7)."""
    said = []
    for k in sorted(shown, key=str.casefold):
        for body in origins.speakers.get(k, ()):
            b = _key(body)
            if b in shown and b != k and uf.find("c:" + b) != uf.find("c:" + k):
                uf.union("c:" + k, "c:" + b)
                said.append(f"{shown[k]} speaks for {shown[b]}: one origin")
    if not origins.voice_groups:
        return said
    groups: dict[str, list[str]] = {}  # one voice for two claimants (evidence8)
    for k in shown:
        g = origins.voice_groups.get(k)
        if g is not None:
            groups.setdefault(g, []).append(k)
    for _, here in sorted(groups.items()):
        here.sort(key=lambda b: shown[b].casefold())
        joined = [b for b in here[1:] if uf.find("c:" + b) != uf.find("c:" + here[0])]
        if not joined:
            continue
        for b in joined:
            uf.union("c:" + b, "c:" + here[0])
        who = [shown[b] for b in [here[0], *joined]]
        key = (tuple(here), tuple(who))
        text = origins.said.get(key)
        if text is None:
            text = origins.said[key] = _voice_join(who, here, origins)
        said.append(text)
    return said


def _fellow_voices(shown: dict[str, str], origins: Origins, uf: _Groups) -> list[str]:
    """Join the claimants that the subject's claims give as the speakers of one body, where
    the body itself is not among them (evidence19): a ministry's two spokesmen, each logged
    under his own name on a position and as the ministry's ``speaker`` elsewhere, are the
    ministry twice, not two sources ("Ali Hassan and Sara Noor speak for Interior Ministry:
    one origin"). Before, they were joined only beside the ministry's own claims, and two
    spokesmen alone on a position read "2 independent origins: corroborated"."""
    by_body: dict[str, list[str]] = {}
    names: dict[str, str] = {}  # body key -> its name as a claim gives it
    for k in shown:
        for body in origins.speakers.get(k, ()):
            b = _key(body)
            if b not in shown and b != k:
                by_body.setdefault(b, []).append(k)
                names.setdefault(b, body)
    of: dict[str, list[str]] = {}  # the voices the user gave a body (`claimant NAME --of`)
    for k in shown:
        given = origins.bodies.get(k)
        if given is not None and _key(given) not in shown:
            of.setdefault(_key(given), []).append(k)
            names.setdefault(_key(given), given)
    if not by_body and not of:
        return []
    for k in shown:  # a voice whose name gives the body ("Interior Ministry spokeswoman Ana Lis")
        b = named_body(shown[k])
        if b and (b in by_body or b in of) and k not in by_body.get(b, ()):
            by_body.setdefault(b, []).append(k)
    for b, keys in of.items():  # voices of one body by --of alone: _government_joins says them
        if b in by_body:
            by_body[b] += [k for k in keys if k not in by_body[b]]
    said = []
    for b, keys in sorted(by_body.items()):
        if len(keys) < 2:
            continue
        keys.sort(key=lambda k: shown[k].casefold())
        joined = [k for k in keys[1:] if uf.find("c:" + k) != uf.find("c:" + keys[0])]
        if not joined:
            continue
        for k in joined:
            uf.union("c:" + k, "c:" + keys[0])
        who = _and([shown[k] for k in [keys[0], *joined]])
        said.append(f"{who} speak for {names[b]}: one origin")
    return said


def _voice_join(who: list[str], keys: list[str], origins: Origins) -> str:
    """ "A and B speak through Roseline Odede: one origin": the speakers given for two or more
    of the claimants ``keys`` (three named at most), or, when other claimants' speakers link
    them, "A and B are one through the speakers of other claimants"."""
    counts = Counter(chain.from_iterable(origins.voiced.get(k, ()) for k in keys))
    common = [v for v, n in counts.items() if n > 1]
    names = sorted(map(origins.voices.get, common, common), key=str.casefold)
    if not names:
        return f"{_and(who)} are one through the speakers of other claimants: one origin"
    through = (
        _and(names) if len(names) <= 3 else f"{', '.join(names[:3])} and {len(names) - 3} more"
    )
    return f"{_and(who)} speak through {through}: one origin"


def _a_party(k: str, origins: Origins) -> bool:
    """Whether claimant key ``k`` is a party: marked, or a voice of a body marked a party
    (`claimant NAME --of BODY`; evidence12: before, the voices of a government marked a party
    were a party's only where the body itself stood among them, and a prosecutor given the
    government's body, alone on a side, read "single-source"), or a marked party's name of
    two words or more with a title before it."""
    if k in origins.parties:
        return True
    body = origins.bodies.get(k)
    if body is not None and _key(body) in origins.parties:
        return True
    # a party's name of two words or more with a title before it ("Interior Cabinet Secretary
    # Kithure Kindiki" of "Kithure Kindiki"), as ``_name_joins`` joins them within a finding:
    # alone on a position it is still the party's (time34: once its fellows there were set
    # aside as counts over a span, it read "single-source"); not a group that adds another
    # ("U.S. and Ukrainian officials" is not Ukrainian officials alone)
    if " and " in k or "&" in k or "," in k:
        return False
    return any(" " in p and k.endswith(f" {p}") for p in origins.parties)


def _party_keys(keys: Collection[str], origins: Origins, uf: _Groups) -> set[str]:
    """The claimant keys of ``keys`` that are parties to the subject's events: those marked,
    a speaker of a party's claims, and any claimant joined to one of these by its name or as
    a speaker (``uf`` holding only those joins): a spokesman is his body, and speaks for its
    side (evidence7: before, the police and their spokesman, named three ways, were "4
    independent origins: contested" where every one of them was the police's)."""
    parties = origins.parties
    marked = {
        k
        for k in keys
        if _a_party(k, origins) or any(_key(b) in parties for b in origins.speakers.get(k, ()))
    }
    if not marked:
        return marked
    roots = {uf.find("c:" + k) for k in marked}
    return {k for k in keys if uf.find("c:" + k) in roots}


def _wire_joins(
    ids: Collection[str], echoes: set[str], origins: Origins, shown: dict[str, str], uf: _Groups
) -> list[str]:
    """Join the claimants whose claims' sources carry one agency story; the joins said
    ("Paper A and Paper B carry one AP story"). An agency given by its name on one source and
    by its initials on another ("Kenya News Agency", "KNA") is one agency (evidence8).

    One story (evidence16) is one agency's copies of one day (``Origins.copies``), or of one
    story the user named (``--wire "AP: march count"``, an update of it on a later day
    included). Its reports of different days are two stories: the people each quotes are
    not joined by it. The agency's own word (its claimant the agency, or the outlet that
    prints the copy) and a copy of no known day may restate any of its reports: they join
    every story of the agency here, said as one agency reporting again, not independent of
    each other. Copies of one day that give different figures of one measure are said to be
    reports of that day (an update), not one story."""
    same = _same_agencies({origins.wires[cid] for cid in ids if cid in origins.wires})
    copies = origins.copies
    # story key -> [agency, label (its day, its name, "" for no known day), names, figures]
    stories: dict[str, tuple[str, str, list[str], dict[str, set[str]]]] = {}
    bodies: set[str] = set()  # the agencies whose own word or undated copy is here
    for cid in ids:
        wire = origins.wires.get(cid)
        who = origins.claimants.get(cid)
        if wire is None or who is None or cid in echoes:
            continue
        wire = same.get(wire, wire)
        copy = copies.get(cid, _UNDATED)
        agency, colon, named = wire.partition(":")
        if colon:
            key, label = wire, "“" + named.strip() + "”"
        else:
            key, label = wire + "@" + copy.day, copy.day
        k = _key(who)
        uf.union("c:" + k, "w:" + _fold_wire(key))
        story = stories.get(key)
        if story is None:
            story = stories[key] = (agency.strip(), label, [], {})
        name = shown.get(k, who)
        if name not in story[2]:
            story[2].append(name)
        measure, _, bounds = copy.figure.partition("=")
        story[3].setdefault(measure, set()).add(bounds)
        if copy.own or not label:
            bodies.add(story[0])
    for key, story in stories.items():
        if story[0] in bodies:
            uf.union("w:" + _fold_wire(key), "a:" + _fold_wire(story[0]))
    return _stories_said(stories, bodies, uf)


_UNDATED = WireCopy("", False, "")


def _stories_said(
    stories: Mapping[str, tuple[str, str, list[str], dict[str, set[str]]]],
    bodies: set[str],
    uf: _Groups,
) -> list[str]:
    """What :func:`_wire_joins` joined or kept apart, in words, agency by agency: the stories
    the agency's own word (or a copy of no known day) joins (``bodies``), one story's copies,
    and the people quoted in its stories of different days that nothing joins."""
    said: list[str] = []
    by_agency: dict[str, list[str]] = {}
    for key, story in stories.items():
        by_agency.setdefault(story[0], []).append(key)
    for agency, keys in by_agency.items():
        groups = [keys] if agency in bodies else [[k] for k in keys]
        for group in groups:
            names: list[str] = []
            for key in group:
                names += [n for n in stories[key][2] if n not in names]
            if len(names) < 2:
                continue
            who = _and(sorted(names, key=str.casefold))
            labels = [stories[key][1] for key in group]
            if len(group) > 1:
                said.append(
                    f"{who} carry {agency} reports of {_days(labels)}: one agency reporting "
                    "again, not independent of each other (counted once)"
                )
            elif not labels[0]:
                said.append(
                    f"{who} carry {agency} copies of no known day (one story or several): "
                    "one agency's reporting, counted once"
                )
            elif _figures_differ(stories[group[0]][3]):
                said.append(
                    f"{who} carry {agency} reports of {labels[0]} that give different figures "
                    "(an update, or two stories of one day): one agency's, counted once"
                )
            else:
                said.append(f"{who} carry one {group[0].partition('@')[0]} story")
        dated = [k for k in keys if stories[k][1] and "@" in k]
        if len(groups) > 1 and len(dated) > 1:  # reports of different days: whom they quote
            roots: dict[str, list[str]] = {}
            for key in dated:
                root = uf.find("w:" + _fold_wire(key))
                roots.setdefault(root, []).extend(stories[key][2])
            if len(roots) > 1:
                who = _and(sorted({n for ns in roots.values() for n in ns}, key=str.casefold))
                said.append(
                    f"{who} are quoted in {agency} reports of "
                    f"{_days([stories[k][1] for k in dated])}: different stories, not one copy"
                )
    return said


def _figures_differ(figures: Mapping[str, set[str]]) -> bool:
    """Whether copies of one day give different figures of one measure: two of them of which
    neither holds the other, as stored ("at least 12" and "12" are one figure as copies print
    it, and so are "more than 2,000" and "2,060", or "about 600" and "600": the one holds the
    other, told more or less exactly; "12" and "15" are not, nor "around 750" and "estimated
    700", whose intervals only meet). Before (evidence19), any two lower ends apart were
    "different figures", said of 2,060 beside "more than 2,000", which fit."""
    for bounds in figures.values():
        if len(bounds) < 2:
            continue
        spans = [_span(b) for b in bounds]
        for (a_low, a_high), (b_low, b_high) in combinations(spans, 2):
            if not (_holds(a_low, a_high, b_low, b_high) or _holds(b_low, b_high, a_low, a_high)):
                return True
    return False


def _span(bounds: str) -> tuple[float, float]:
    """A copy's stored bounds ("79.0..81.0"; "79.0.." has no upper end) as numbers."""
    low, dots, high = bounds.partition("..")
    lo = float(low) if low else 0.0
    if not dots:
        return lo, lo
    return lo, float(high) if high else float("inf")


def _holds(low: float, high: float, o_low: float, o_high: float) -> bool:
    return low <= o_low and o_high <= high


def _days(labels: Sequence[str]) -> str:
    """ "2023-06-15 and 2023-06-23", "2023-06-15, “march count” and a day not given": the
    stories of one agency by their days (in order), their names, then the copies of no
    known day."""
    dated = sorted({lb for lb in labels if lb and not lb.startswith("“")})
    named = sorted({lb for lb in labels if lb.startswith("“")})
    shown = dated + named + (["a day not given"] if "" in labels else [])
    return _and(shown)


def _same_agencies(wires: Collection[str]) -> dict[str, str]:
    """wire -> the wire it is another name of: an agency's initials in capitals ("KNA: toll")
    for its name ("Kenya News Agency: toll"), the story after a colon the same."""
    if len(wires) < 2:
        return {}
    out = {}
    for w in wires:
        name, _, story = w.partition(":")
        caps = _caps(name)
        if not caps or len(name.split()) != 1:
            continue
        for o in sorted(wires):
            other, _, tale = o.partition(":")
            if o != w and tale.strip() == story.strip() and caps & _initials(other):
                out[w] = o
                break
    return out


def _passing(
    ids: Collection[str], echoes: set[str], origins: Origins, keys: set[str]
) -> dict[str, list[tuple[str, str]]]:
    """Claimant key -> what its claims pass on, for the claimants of the group whose every
    claim here is a relay the engine judged as its own: they add no origin."""
    relayed: dict[str, list[tuple[str, str]]] = {}
    own: set[str] = set()
    for cid in ids:
        who = origins.claimants.get(cid)
        if who is None or cid in echoes:
            continue
        target = origins.relays.get(cid)
        if target is None:
            own.add(_key(who))
        else:
            relayed.setdefault(_key(who), []).append(target)
    return {k: t for k, t in relayed.items() if k not in own and k in keys}


def _passes_on(who: list[str], targets: list[tuple[str, str]], alone: bool) -> str:
    """What relays judged as their own claims rest on: "Paper B and Paper C pass on Mayor's
    claim, changed: one origin at most, Mayor's" (``alone``: nothing else in the group), or
    "OCHA passes on Red Crescent's claim, changed: no origin of its own"."""
    names = sorted({t for t, _ in targets if t}, key=str.casefold)
    verb = "passes on" if len(who) == 1 else "pass on"
    if not names:
        what = "a claim that is not stored"
    elif all(status != "active" for _, status in targets):
        what = ("a retracted claim" if len(names) == 1 else "retracted claims") + " of "
        what += _and(names)
    else:
        what = _and([f"{t}'s" for t in names]) + (" claim" if len(names) == 1 else " claims")
        what += ", changed"
    if alone:
        tail = "one origin at most" + (", " + _and([f"{t}'s" for t in names]) if names else "")
    else:
        tail = "no origin of " + ("its own" if len(who) == 1 else "their own")
    return f"{_and(who)} {verb} {what}: {tail}"


def _passed_on(
    claims: Collection[str],
    claimants: Collection[str],
    origins: Origins,
    relaying: Iterable[tuple[str, str]],
    names: bool,
    voices: bool,
    aside: Mapping[str, tuple[int, ...]] | None,
) -> Support:
    """:func:`support` of a position or side some of whose claimants pass on what unnamed
    people said (evidence15, :func:`_citing`): the others graded as any position's (the
    claims all counted), the citing ones adding no origin, said in a join; alone (or beside
    unnamed groups only), one origin at most, a party's when every one of them is a party."""
    pairs = list(relaying)
    shown = {_key(c): c for c in claimants}
    keys = {k for k, c in shown.items() if not unnamed_group(c)}
    citing = _citing(claims, {e for e, _ in pairs}, origins, keys)
    if not citing:
        return support(claims, claimants, origins, pairs, distinct=True, names=names,
                       voices=voices, aside=aside, cited=False)  # fmt: skip
    rest = [c for c in claimants if _key(c) not in citing]
    if aside:  # those of the others whose figures fit other positions too
        aside = {n: at for n, at in aside.items() if n in rest} or None
    alone = all(map(unnamed_group, rest))
    said = _citing_text(citing, shown, alone)
    if not rest:
        party = bool(origins.parties) and all(_a_party(k, origins) for k in citing)
        return Support(len(claims), 1, _grade(1, 0 if party else 1), "", (said,))
    s = support(claims, rest, origins, pairs, distinct=True, names=names, voices=voices,
                aside=aside, cited=False)  # fmt: skip
    return s._replace(joins=(*s.joins, said))


def _unchecked_apart(
    claims: Collection[str],
    claimants: Collection[str],
    origins: Origins,
    relaying: Iterable[tuple[str, str]],
    graded: dict[str, Any],
) -> Support:
    """:func:`support` of a position or side holding figures an import stored though they
    are not in their quotes (``Origins.unchecked``, quotes31): graded on its other claims as
    any position (the claims all counted; ``graded``: the keywords ``names``, ``voices`` and
    ``aside`` of :func:`support`), the claimants whose figures there are all such adding no
    origin, said in a join; with nothing else, one origin at most, none vouched for (a
    party's when every one of them is a party): a typo never corroborates."""
    aside = graded["aside"]
    unchecked = origins.unchecked
    pairs = list(relaying)
    kept = [cid for cid in claims if cid not in unchecked]
    by = origins.claimants
    counted = {_key(by[cid]) for cid in kept if cid in by}
    rest = [c for c in claimants if _key(c) in counted]
    left = sorted((c for c in claimants if _key(c) not in counted), key=str.casefold)
    mine = {_key(c) for c in left}
    n = sum(1 for cid in claims if cid in unchecked and _key(by.get(cid, "")) in mine)
    said = _unchecked_text(n, left, not rest)
    plain = replace(origins, unchecked=frozenset())
    if not rest:
        party = bool(origins.parties) and all(_a_party(_key(c), origins) for c in left)
        return Support(len(claims), 1, _grade(1, 0 if party else 1), "", (said,))
    if aside:
        aside = {c: at for c, at in aside.items() if c in rest} or None
    s = support(kept, rest, plain, pairs, distinct=True, **{**graded, "aside": aside})
    return s._replace(claims=len(claims), joins=(*s.joins, said) if n else s.joins)


def _unchecked_text(n: int, who: Sequence[str], alone: bool) -> str:
    """ "1 claim whose figure is not in its quote, not counted: B's, imported unchecked"
    beside claims that count; "only 1 claim whose figure ...: B's, imported unchecked, one
    origin at most" alone (in the grade line's brackets: none of its own)."""
    if n == 1:
        what = "1 claim whose figure is not in its quote"
    else:
        what = f"{n} claims whose figures are not in their quotes"
    whose = _and([f"{w}'s" for w in who]) if who else "a claimant's"
    if alone:
        return f"only {what}: {whose}, imported unchecked, one origin at most"
    return f"{what}, not counted: {whose}, imported unchecked"


def _cites_here(ids: Collection[str], cites: Collection[str]) -> bool:
    """Whether a claim of ``ids`` gives what it says to people it does not name."""
    return any(cid in cites for cid in ids)


def _citing(
    ids: Collection[str], echoes: set[str], origins: Origins, keys: set[str]
) -> dict[str, list[str]]:
    """Claimant key -> the words its claims here give unnamed people with ("according to
    the people"), for the claimants of the group any of whose claims here does so
    (evidence15): what it says there it has from people the page does not name, and it adds
    no origin, as an unnamed group does. Its other claims there most often give the same
    figure without saying whose it is (another page's shorter copy of the statement): one
    origin too few at worst, said in the grade line, never one too many."""
    cites = origins.cites
    words: dict[str, list[str]] = {}
    for cid in ids:
        said = cites.get(cid)
        if said is None or cid in echoes:
            continue
        who = origins.claimants.get(cid)
        if who is None:
            continue
        k = _key(who)
        if k in keys and said not in words.setdefault(k, []):
            words[k].append(said)
    return words


def _citing_text(citing: Mapping[str, list[str]], shown: Mapping[str, str], alone: bool) -> str:
    """ "Alarm Phone passes on what unnamed people said (“According to the people”): no origin
    of its own" (beside a claimant of its own word), "... one origin at most" (alone)."""
    who = sorted((shown.get(k, k) for k in citing), key=str.casefold)
    said: list[str] = []
    for k in sorted(citing, key=lambda k: shown.get(k, k).casefold()):
        for w in citing[k]:
            if w not in said:
                said.append(w)
    shown_words = "; ".join(f"“{w}”" for w in said[:3]) + ("; ..." if len(said) > 3 else "")
    verb = "passes on" if len(who) == 1 else "pass on"
    if alone:
        tail = "one origin at most"
    else:
        tail = "no origin of " + ("its own" if len(who) == 1 else "their own")
    return f"{_and(who)} {verb} what unnamed people said ({shown_words}): {tail}"


def with_citing(origins: Origins, facts: Sequence[Any]) -> Origins:
    """``origins`` with the claims of a subject whose quotes give what they say to people
    they do not name (``Origins.cites``), and with its figures an import stored though they
    are not in their quotes (``Origins.unchecked``, quotes31), read from the stored marks of
    its active ``facts`` (``ActiveFacts.marks``: the engine reads no quote). ``origins``
    itself when no claim does so (the common case: nothing built)."""
    marks: Mapping[str, Any] = getattr(facts, "marks", None) or {}
    if not marks:
        return origins
    cites = {cid: m[2] for cid, m in marks.items() if len(m) > 2 and m[2]}
    unchecked = {cid for cid, m in marks.items() if len(m) > 3 and m[3] == UNCHECKED}
    if not cites and not unchecked:
        return origins
    # the claimants of the citing claims alone (what _citing asks: a relay's are there
    # already, with_relays, and a wire's, the store's), not a dict of every fact (perf31);
    # every fact's where a figure was imported unchecked (_unchecked_apart weighs each
    # claimant's other claims of a position: quotes31)
    claimants = {f.id: f.claimant for f in facts if unchecked or f.id in cites}
    unchecked &= claimants.keys()
    if not cites.keys() & claimants.keys() and not unchecked:
        return origins
    active = {cid: w for cid, w in cites.items() if cid in claimants}
    claimants.update(origins.claimants)
    return replace(origins, claimants=claimants, cites=active, unchecked=frozenset(unchecked))


def _and(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


_RELAYS = itemgetter(Fact._fields.index("relays"))


def with_relays(
    origins: Origins,
    facts: Sequence[Any],
    lookup: Callable[[str], tuple[str, str] | None] = lambda _id: None,
) -> Origins:
    """``origins`` with what the subject's relays rest on (``Origins.relays``), read from its
    active ``facts`` (``conflicts.Fact``); ``lookup``: (claimant, status) of a claim that is
    not among them (retracted), None when there is none. ``origins`` itself when no claim
    relays another (the common case: nothing built)."""
    if not any(map(_RELAYS, facts)):
        return origins
    by_id = {f.id: f for f in facts}
    relays: dict[str, tuple[str, str]] = {}
    for f in facts:
        if f.relays:
            target = by_id.get(f.relays)
            found = (target.claimant, "active") if target is not None else lookup(f.relays)
            relays[f.id] = found if found is not None else ("", "missing")
    claimants = {f.id: f.claimant for f in facts}
    claimants.update(origins.claimants)
    return replace(origins, claimants=claimants, relays=relays)


_CLAIMANT = itemgetter(Fact._fields.index("claimant"))


def speakers_may_join(report: Report, origins: Origins) -> bool:
    """Whether a speaker who is a claimant could change a grade of ``report``: the subject
    has parties (a spokesman alone is his party's), or a finding sets two claimants side by
    side (a position or side, a revision, a sum). Otherwise the speakers are not read."""
    if origins.parties:
        return True
    for group in (report.conflicts, report.minor, report.checks):
        c: Any
        for c in group:
            kind = type(c)
            if kind is FigureConflict or kind is StanceConflict:
                if any(len(p.claimants) > 1 for p in c.positions):
                    return True
            elif kind is Revision:
                if len(c.claimants) > 1:
                    return True
            elif kind is SumFinding and c.claimant != c.total_claimant:
                return True
    return False


def with_speakers(
    origins: Origins, facts: Sequence[Any], spoken: Iterable[tuple[str, str]]
) -> Origins:
    """``origins`` with the subject's speakers who are claimants of it too, or who speak for
    two of its claimants (``Origins.speakers``, their names in ``Origins.voices``): ``spoken``
    holds (claimant, speaker) of its active claims that give a speaker, ``facts`` its active
    claims (``conflicts.Fact``). A speaker no claim names as claimant and who speaks for one
    claimant changes nothing, and ``origins`` itself is returned (nothing built)."""
    if not spoken:
        return origins
    names = {_key(n) for n in map(_CLAIMANT, facts)}
    found: dict[str, list[str]] = {}
    voices: dict[str, str] = {}
    for body, speaker in spoken:
        k = _key(speaker)
        if k != _key(body) and body not in found.get(k, ()):
            found.setdefault(k, []).append(body)
            voices.setdefault(k, speaker)
    # a speaker who is a claimant of the subject, or a person who speaks for two of its
    # claimants (a name, not a title: "Roseline Odede", not "spokesman")
    shared = {k for k, v in found.items() if len({_key(b) for b in v}) > 1 and _a_name(voices[k])}
    found = {k: v for k, v in found.items() if k in names or k in shared}
    if not found:
        return origins
    voiced: dict[str, list[str]] = {}
    uf = _Groups()
    for k in sorted(shared):
        for b in dict.fromkeys(map(_key, found[k])):
            voiced.setdefault(b, []).append(k)
            uf.union(b, "v:" + k)
    return replace(
        origins,
        speakers={k: tuple(sorted(v, key=str.casefold)) for k, v in sorted(found.items())},
        voices={k: voices[k] for k in sorted(found)},
        voiced={b: tuple(v) for b, v in sorted(voiced.items())},
        voice_groups={b: uf.find(b) for b in sorted(voiced)},
    )


def _a_name(speaker: str) -> bool:
    """Whether a speaker is given by a name of two words or more, each written with a capital
    ("Roseline Odede", "Col. Ryan Dillon"), not by a title or a role ("spokesman", "a police
    spokesperson", "mayor of Derna"), which two claimants' claims may give for two people."""
    words = [w for w in speaker.split() if w[:1].isalpha()]
    return len(words) >= 2 and all(w[0].isupper() for w in words)


def _grade(origins: int, not_party: int) -> str:
    if not_party == 0:
        return PARTY_ONLY
    return CORROBORATED if origins >= 2 else SINGLE_SOURCE


# The firm side a side of a disputed proposition is denied by, and the words that say so
_AGAINST = {"affirms": ("denies", "denied by"), "denies": ("affirms", "affirmed by")}


def _contested(
    c: StanceConflict, supports: list[Support], bodies: Mapping[str, str] | None = None
) -> tuple[Support, ...]:
    """The supports of a disputed proposition's sides, a corroborated firm side that the other
    firm side's claims deny made ``contested`` (naming who denies it): what the story's own
    claims deny is never read as corroborated. ``bodies``: see :func:`_denied_by`."""
    by_stance = {p.stance: p for p in c.positions}
    out = []
    for p, sup in zip(c.positions, supports, strict=True):
        against = _denied_by(p, by_stance, bodies)
        if sup.grade == CORROBORATED and against:
            words = _AGAINST[p.stance][1]
            sup = sup._replace(grade=CONTESTED, against=f"{words} {', '.join(against)}")
        out.append(sup)
    return tuple(out)


def one_government_both_sides(
    c: Any, supports: Sequence[Support], bodies: Mapping[str, str] | None = None
) -> str:
    """What a disputed proposition whose side is contested says when voices of one government
    by their names stand on both firm sides, none given a body (`claimant --of`): the contest
    may be that government changing its account (evidence12: a consulate that said a man left
    alive and a prosecutor who later said he died inside read "contested, denied by" each
    other, as if two sources disagreed); "" when there is none, or no side is contested.
    Named in the text and the report, not in JSON, as the grade line's names are."""
    if not isinstance(c, StanceConflict) or not any(s.grade == CONTESTED for s in supports):
        return ""
    firm = {p.stance: p.claimants for p in c.positions if p.stance in _AGAINST}
    if len(firm) < 2:
        return ""
    given = bodies or {}

    named = [n for n in (*firm["affirms"], *firm["denies"]) if _key(n) not in given]
    real = [v.place for n in named if (v := voice(n)) is not None and v.place]

    def voices(names: tuple[str, ...]) -> list[tuple[str, Voice]]:
        # a country named alone ("Saudi Arabia") is its government's voice beside a voice of
        # that government, as in a side (:func:`bare_place`)
        out = []
        for n in names:
            if _key(n) in given:
                continue
            v = voice(n)
            if v is None and (b := bare_place(n)) and any(same_place(b, p) for p in real):
                v = Voice(b, "")
            if v is not None and v.place:
                out.append((n, v))
        return out

    yes, no = voices(firm["affirms"]), voices(firm["denies"])
    said = []
    for place in sorted({v.place for _, v in yes}):
        here = [n for n, v in yes if v.place == place]
        lead = next(v for _, v in yes if v.place == place)
        there = [n for n, v in no if one_government(lead, v) and _key(n) not in map(_key, here)]
        if there:
            said.append(
                f"voices of one government by their names ({_title(place)}) stand on both "
                f"sides (affirms: {_and(here)}; denies: {_and(there)}): if it spoke through "
                "them, its account changed, which is no contest (claimant --of gives each its "
                "body; its change is then told as its reversal)"
            )
    return "; ".join(said)


def one_body_apart(c: Any, bodies: Mapping[str, str] | None) -> str:
    """What a figure dispute says when every claimant in its positions is a voice of one
    body the user gave them (`claimant --of`; the body named as a claimant is its own voice):
    the body's own figures disagree, and no two sources dispute them (evidence20: a ministry's
    40 and its spokesman's 25 of one day read as a dispute between two claimants, each
    "single-source", with nothing to say they are one). Its change, where surely ordered, is
    told as the body's reversal instead (``conflicts.body_reversals``); "" for any other
    dispute. Named in the text and the report, as :func:`one_government_both_sides` is."""
    if not bodies or not isinstance(c, FigureConflict):
        return ""
    names = sorted({n for p in c.positions for n in p.claimants}, key=str.casefold)
    if len(names) < 2:
        return ""
    of = {_key(b): b for b in bodies.values()}
    body = {_key(bodies[k]) if (k := _key(n)) in bodies else k for n in names}
    if len(body) != 1 or (b := body.pop()) not in of:
        return ""
    return (
        f"{_and(names)} are voices of one body, {of[b]} (claimant --of): its own figures "
        "disagree (two reports of it, or a revision), not two sources"
    )


def _denies_it(mine: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether a claimant of ``other`` (the other firm side) is not one of ``mine``: as
    ``_denied_by`` is not empty, without building a set (the first claimant of the other side
    is most often not on this one)."""
    if len(other) > len(mine):
        return True
    return any(w not in mine for w in other)


def _denied_by(
    p: Any, by_stance: Mapping[str, Any], bodies: Mapping[str, str] | None = None
) -> list[str]:
    """The claimants of the other firm side of a disputed proposition who deny side ``p``
    (affirms against denies), but those on ``p`` too: a claimant that denied and then
    affirmed (a reversal) stands on the side it came to, and does not contest it. So does a
    voice of a body (``bodies``: claimant key -> the body it speaks for, `claimant --of`; a
    body named as a claimant is its own voice) whose other voices stand on ``p``: a
    government that denied, through its consulate, what its prosecutor later admitted
    contests nothing by that denial (evidence12: before, the admission's side read
    "contested, denied by" the consulate)."""
    other = _AGAINST.get(p.stance)
    side = by_stance.get(other[0]) if other is not None else None
    if side is None:
        return []
    mine = set(p.claimants)
    if not bodies:
        return [who for who in side.claimants if who not in mine]
    named = {_key(b) for b in bodies.values()}

    def body(who: str) -> str | None:
        k = _key(who)
        b = bodies.get(k)
        return _key(b) if b is not None else (k if k in named else None)

    here = {b for who in p.claimants if (b := body(who)) is not None}
    return [who for who in side.claimants if who not in mine and body(who) not in here]


def _finding(
    c: Any, origins: Origins, names: bool = True, voices: bool = False
) -> tuple[Support, ...]:
    if isinstance(c, FigureConflict | StanceConflict):
        fits: tuple[tuple[int, str, tuple[int, ...]], ...] = (
            c.fits if isinstance(c, FigureConflict) else ()
        )
        positions: tuple[Any, ...] = c.positions
        supports = [
            support(
                p.claims,
                p.claimants,
                origins,
                p.relaying,
                distinct=True,
                names=names,
                voices=voices,
                aside={n: at for k, n, at in fits if k == i} if fits else None,
            )
            for i, p in enumerate(positions, 1)
        ]
        if isinstance(c, StanceConflict):
            return _contested(c, supports, origins.bodies)
        if c.staggered:
            _apart_in_time(c, supports)
        return tuple(supports)
    if isinstance(c, Revision):
        return (support(c.claims, c.claimants, origins),)
    if isinstance(c, SumFinding):
        return (support(c.claims, {c.claimant, c.total_claimant}, origins),)
    if isinstance(c, Reversal):
        return (support(c.claims, (c.claimant,), origins),)
    return ()


def _apart_in_time(c: FigureConflict, supports: list[Support]) -> None:
    """The positions of ``c`` whose claimants gave their figures at times surely apart
    (``FigureConflict.staggered``, on a measure read at its times), in place: not
    corroborated, whatever their origins. A toll of 100 said by a ministry on 1 March and by
    the Red Cross on 3 March is each one's count of its own day; that they agree says that
    nobody died between, or that one repeats the other, not that two sources confirm one
    count (time32). A corroborated position is graded single-source, the join saying why;
    other grades are left as they are."""
    for i, points in c.staggered:
        s = supports[i - 1]
        if s.grade != CORROBORATED:
            continue
        said = "; ".join(f"{who} {when}" for when, who in points)
        supports[i - 1] = s._replace(
            grade=SINGLE_SOURCE,
            joins=(
                *s.joins,
                f"counts of different times ({said}): agreeing, they corroborate no one moment",
            ),
        )


def bounds(c: FigureConflict, supports: tuple[Support, ...]) -> Bounds:
    """The span of a figure dispute's positions, and of its corroborated ones."""
    low = min(p.low for p in c.positions)
    high = None if any(p.high is None for p in c.positions) else max(p.high for p in c.positions)  # type: ignore[type-var]
    good = [p for p, s in zip(c.positions, supports, strict=True) if s.grade == CORROBORATED]
    if not good:
        return Bounds(low, high, None, None)
    g_high = None if any(p.high is None for p in good) else max(p.high for p in good)  # type: ignore[type-var]
    return Bounds(low, high, min(p.low for p in good), g_high)


def _timed_positions(
    c: FigureConflict, supports: tuple[Support, ...], when: Mapping[str, str | None]
) -> tuple[tuple[int, str], ...]:
    """The corroborated positions of a dispute on a cumulative measure that disagree with no
    other corroborated one: two positions (the lower ``p``, the higher ``q``) disagree unless
    every claim of ``p`` is surely earlier than every claim of ``q`` (the engine's rule 9: a
    rise is a change over time; an undated claim, or two of one day, cannot be ordered).
    Each with the times of its claims ("2026-02-10", "2026-02-10 to 2026-02-12")."""
    good = [i for i, s in enumerate(supports) if s.grade == CORROBORATED]
    at: dict[int, list[str]] = {}
    for i in good:
        ts = [when.get(cid) for cid in c.positions[i].claims]
        if None in ts:
            return ()  # an undated claim is ordered against nothing
        at[i] = sorted(set(cast(list[str], ts)))
    apart: set[int] = set()
    for n, i in enumerate(good):
        for j in good[n + 1 :]:  # positions are ordered by low: i lies below j
            if not all(_before(a, b) for a in at[i] for b in at[j]):
                apart.update((i, j))
    return tuple(
        (i, at[i][0] if len(at[i]) == 1 else f"{at[i][0]} to {at[i][-1]}")
        for i in good
        if i not in apart
    )


def corroborated_text(
    c: FigureConflict,
    supports: tuple[Support, ...],
    b: Bounds,
    show: Callable[[float | int, float | int | None], str],
    timed: Sequence[tuple[int, str]] = (),
) -> str:
    """What the corroborated positions of a figure dispute support, one wording for the
    terminal and the report (``show(low, high)`` writes a range): "no position is
    corroborated"; "the corroborated positions span 0–108" (one); "corroborated positions
    disagree: 180–220 (position 1) and 950–1,210 (position 2)" (their span is no range the
    sources support); on a cumulative measure, positions whose figures are surely ordered in
    time, the lower earlier, are counts of different times, not a disagreement: "corroborated
    counts of different times, a rise, not a disagreement: 12 (position 2, 2026-02-10), then
    31 (position 3, 2026-02-13)" (``timed``: ``Assessment.timed`` of the dispute)."""
    if b.corroborated_low is None:
        return "no position is corroborated"
    later = dict(timed)
    good = [
        (i, p)
        for i, (p, s) in enumerate(zip(c.positions, supports, strict=True))
        if s.grade == CORROBORATED
    ]
    apart = [f"{show(p.low, p.high)} (position {i + 1})" for i, p in good if i not in later]
    rising = [
        f"{show(p.low, p.high)} (position {i + 1}, {later[i]})" for i, p in good if i in later
    ]
    if not rising:
        if len(apart) > 1:
            return f"corroborated positions disagree: {' and '.join(apart)}"
        return f"the corroborated positions span {show(b.corroborated_low, b.corroborated_high)}"
    if not apart:
        return (
            "corroborated counts of different times, a rise, not a disagreement: "
            + ", then ".join(rising)
        )
    return (
        f"corroborated positions disagree: {' and '.join(apart)}; corroborated counts of other "
        f"times, not in that disagreement: {' and '.join(rising)}"
    )


def _times(facts: Iterable[Any]) -> Callable[[], Mapping[str, str | None]]:
    """claim id -> its time on a cumulative measure (as_of, else said_on, else reported_on),
    built at the first call (only a dispute with two corroborated positions asks)."""
    built: list[dict[str, str | None]] = []

    def get() -> Mapping[str, str | None]:
        if not built:
            built.append({f.id: f.as_of or f.said_on or f.reported_on for f in facts})
        return built[0]

    return get


def assess(
    report: Report,
    origins: Origins = NO_ORIGINS,
    facts: Sequence[Any] = (),
    cumulative: Collection[str] = (),
) -> Assessment:
    """The support of every finding of ``report`` (see the module's rules); ``facts`` (the
    subject's, ``conflicts.Fact``) and ``cumulative`` (its measures marked cumulative) let the
    bounds of a cumulative measure's dispute read its claims' times (``Bounds.timed``)."""
    names = _names_held_in(report)
    conflicts = tuple(_finding(c, origins, names) for c in report.conflicts)
    b = {
        i: bounds(c, conflicts[i])
        for i, c in enumerate(report.conflicts)
        if isinstance(c, FigureConflict)
    }
    timed = {}
    if facts and cumulative:
        times = _times(facts)
        for i, c in enumerate(report.conflicts):
            if (
                isinstance(c, FigureConflict)
                and c.measure in cumulative
                and sum(1 for s in conflicts[i] if s.grade == CORROBORATED) > 1
            ):
                found = _timed_positions(c, conflicts[i], times())
                if found:
                    timed[i] = found
    both = {
        i: said
        for i, c in enumerate(report.conflicts)
        if (
            said := one_government_both_sides(c, conflicts[i], origins.bodies)
            if isinstance(c, StanceConflict)
            else one_body_apart(c, origins.bodies)
        )
    }
    return Assessment(
        conflicts,
        tuple(_finding(c, origins, names) for c in report.minor),
        tuple(_finding(c, origins, names) for c in report.checks),
        b,
        timed,
        both,
    )


def party_only(supports: tuple[Support, ...]) -> bool:
    """Every position / side of a dispute rests on parties to the events alone."""
    return bool(supports) and all(s.grade == PARTY_ONLY for s in supports)


# -- JSON ------------------------------------------------------------------------------------


def bounds_json(b: Bounds) -> dict[str, Any]:
    return {
        "low": tidy(b.low),
        "high": tidy(b.high),
        "corroborated_low": tidy(b.corroborated_low),
        "corroborated_high": tidy(b.corroborated_high),
    }


def _decorate_finding(doc: dict[str, Any], supports: tuple[Support, ...]) -> None:
    if doc["kind"] in ("figure", "stance"):
        for pos, s in zip(doc["positions"], supports, strict=True):
            _decorate_support(pos, s)
        doc["party_only"] = party_only(supports)
    elif supports:
        _decorate_support(doc, supports[0])


def _decorate_support(doc: dict[str, Any], s: Support) -> None:
    """``origins`` and ``grade``, then ``joins`` where claimants were joined into one origin
    or left out of the count (absent otherwise): the words the terminal gives in brackets
    after the count ("National Crime Agency and Will Thomas carry one Reuters story")."""
    doc["origins"] = s.origins
    doc["grade"] = s.grade
    if s.joins:
        doc["joins"] = list(s.joins)


def decorate(doc: dict[str, Any], assessment: Assessment) -> dict[str, Any]:
    """Add the assessment to a subject's JSON (``conflicts.report_to_json``), in place:
    ``origins`` and ``grade`` on each position / side (and on each revision, sum and
    reversal), ``party_only`` on each dispute, ``bounds`` on each figure dispute."""
    for key in ("conflicts", "minor", "checks"):
        for item, supports in zip(doc[key], getattr(assessment, key), strict=True):
            _decorate_finding(item, supports)
    for i, b in assessment.bounds.items():
        doc["conflicts"][i]["bounds"] = bounds_json(b)
    return doc


_TEXTS: dict[tuple[int, str], str] = {}


def _support_text(s: Support) -> str:
    """The keys :func:`_decorate_support` adds, as JSON text."""
    key = (s.origins, s.grade)
    text = _TEXTS.get(key)
    if text is None:
        text = _TEXTS[key] = f', "origins": {s.origins}, "grade": "{s.grade}"'
    if s.joins:
        # json.dumps(list(s.joins), ensure_ascii=False), byte for byte: its strings through
        # the C string encoder it uses, without an encoder made per call (25.7 thousand
        # instructions a call, where this costs about a third: perf31)
        return f'{text}, "joins": [{", ".join(map(encode_basestring, s.joins))}]'
    return text


_EMPTY_TAIL = ', "comparisons": [], "definitions": {}'


def _tail_text(tail: Mapping[str, Any] | None) -> str:
    if not tail:
        return ""
    if not tail.get("comparisons") and not tail.get("definitions") and len(tail) == 2:
        return _EMPTY_TAIL
    return "".join(
        f", {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in tail.items()
    )


_NUMS: dict[float | int, str] = {}  # numbers written before (figures recur)


def _num(x: float | int | None) -> str:
    """A finite number (or None) as ``json.dumps(tidy(x))`` writes it."""
    if x is None:
        return "null"
    text = _NUMS.get(x)
    if text is None:
        if type(x) is int:
            text = int.__repr__(x)
        else:
            text = int.__repr__(int(x)) if float(x).is_integer() else float.__repr__(float(x))
        if len(_NUMS) >= 1 << 16:
            _NUMS.clear()
        _NUMS[x] = text
    return text


def _bounds_text(b: Bounds) -> str:
    return (
        f', "bounds": {{"low": {_num(b.low)}, "high": {_num(b.high)}, '
        f'"corroborated_low": {_num(b.corroborated_low)}, '
        f'"corroborated_high": {_num(b.corroborated_high)}}}'
    )


def _note(kind: str, supports: tuple[Support, ...], b: Bounds | None) -> Note:
    if kind == "positions":
        end = ', "party_only": ' + ("true" if party_only(supports) else "false")
        if b is not None:
            end += _bounds_text(b)
        return tuple(map(_support_text, supports)), end
    return (), _support_text(supports[0]) if supports else ""


# origins -> its text when no origin is a party's (grade from the count alone)
_PLAIN = [
    f', "origins": {n}, "grade": "{CORROBORATED if n >= 2 else SINGLE_SOURCE}"' for n in range(64)
]


def _contested_text(n: int) -> str:
    return f', "origins": {n}, "grade": "{CONTESTED}"'


def _plain_text(n: int) -> str:
    return _PLAIN[n] if n < 64 else f', "origins": {n}, "grade": "{CORROBORATED}"'


_NOT_PARTY_ONLY = ', "party_only": false'


def _plain_note(c: Any, with_bounds: bool) -> Note:
    """:func:`_note` of ``assess(report)`` (no wires, no parties), straight from the finding:
    the hot path of ``conflicts --all --json``."""
    kind = type(c)
    if kind is StanceConflict:  # a corroborated firm side the other denies: contested
        sides = {p.stance: p.claimants for p in c.positions}
        return tuple(
            [
                _contested_text(len(p.claimants))
                if len(p.claimants) >= 2
                and p.stance in _AGAINST
                and _denies_it(p.claimants, sides.get(_AGAINST[p.stance][0], ()))
                else _plain_text(len(p.claimants))
                for p in c.positions
            ]
        ), _NOT_PARTY_ONLY
    if kind is FigureConflict and not with_bounds:
        return tuple([_plain_text(len(p.claimants)) for p in c.positions]), _NOT_PARTY_ONLY
    if kind is FigureConflict:
        positions = c.positions
        texts = []
        plain = _PLAIN
        high: float | int = 0
        g_low: float | int | None = None
        g_high: float | int = 0
        is_open = g_open = False
        for p in positions:  # ordered by low: the first low is the lowest
            n = len(p.claimants)
            texts.append(plain[n] if n < 64 else _plain_text(n))
            h = p.high
            if h is None:
                is_open = True
            elif h > high:
                high = h
            if n >= 2:
                if g_low is None:
                    g_low = p.low
                if h is None:
                    g_open = True
                elif h > g_high:
                    g_high = h
        g_top = None if g_low is None or g_open else g_high
        return tuple(texts), (
            f'{_NOT_PARTY_ONLY}, "bounds": {{"low": {_num(positions[0].low)}, '
            f'"high": {_num(None if is_open else high)}, '
            f'"corroborated_low": {_num(g_low)}, "corroborated_high": {_num(g_top)}}}'
        )
    if kind is Reversal:  # one claimant: one origin
        return (), _PLAIN[1]
    names: Collection[str] = ()
    if kind is Revision:
        names = c.claimants
    elif kind is SumFinding:
        names = (c.claimant, c.total_claimant)
    if names:
        return (), _plain_text(len({_key(n) for n in names}))
    return (), ""


def roles_only(origins: Origins) -> bool:
    """Whether ``origins`` holds nothing but the user's bodies and roles (evidence11) and the
    claims that pass on unnamed people (evidence15): no wire, party, relay, speaker or figure
    imported unchecked (quotes31), so that :func:`plain_notes` grades the subject, looking only
    at the positions where two marked voices meet (:func:`_marked_pair`) or that hold such a
    claim (:func:`_cited_in`)."""
    return not (
        origins.parties or origins.wires or origins.relays or origins.speakers or origins.unchecked
    )


def plain_notes(
    report: Report, tail: Mapping[str, Any] | None = None, origins: Origins = NO_ORIGINS
) -> Notes:
    """``notes(report, assess(report, origins), tail)`` for a subject with no wire and no
    party (the common case; ``origins`` :func:`roles_only`), without building the
    assessment."""

    def done(doc: dict[str, Any]) -> dict[str, Any]:
        return decorate(doc, assess(report, origins)) | dict(tail or {})

    kind = _subject_kind(report, origins)
    cites = origins.cites
    staggered = any(isinstance(c, FigureConflict) and c.staggered for c in report.conflicts)
    if kind == _APART and not cites and not staggered:  # the common case: one origin each
        return Notes(
            [_plain_note(c, isinstance(c, FigureConflict)) for c in report.conflicts],
            [_plain_note(c, False) for c in report.minor],
            [_plain_note(c, False) for c in report.checks],
            done,
            _tail_text(tail),
        )
    voices = kind == _GOVERNMENTS  # voices of governments alone may join (allfast12)
    names = kind != _APART  # else held for its claims passing on unnamed people alone

    def held(c: Any) -> bool:
        if cites and _cited_in(c, cites):  # evidence15: graded as the assessment does
            return True
        if staggered and isinstance(c, FigureConflict) and c.staggered:  # time32
            return True
        if kind == _APART:
            return False
        return _voices_held(c) if voices else _names_held(c, origins)

    return Notes(
        [
            _plain_note(c, isinstance(c, FigureConflict))
            if not held(c)
            else _held_note(c, True, origins, voices, names)
            for c in report.conflicts
        ],
        [
            _plain_note(c, False) if not held(c) else _held_note(c, False, origins, voices, names)
            for c in report.minor
        ],
        [
            _plain_note(c, False) if not held(c) else _held_note(c, False, origins, voices, names)
            for c in report.checks
        ],
        done,
        _tail_text(tail),
    )


_CLAIMANTS = attrgetter("claimants")


def _cited_in(c: Any, cites: Mapping[str, str]) -> bool:
    """Whether a position or side of a dispute holds a claim whose quote gives what it says to
    people it does not name (``Origins.cites``): :func:`support` grades it apart (evidence15).
    A revision, a sum or a reversal counts each claim, and is graded as before."""
    kind = type(c)
    if kind is FigureConflict or kind is StanceConflict:
        return any(cid in cites for p in c.positions for cid in p.claims)
    return False


def _names_held_in(report: Report, origins: Origins = NO_ORIGINS) -> bool:
    """Whether any claimant's name in the findings of ``report`` holds another's
    (``_holds_another``): one look at the subject's names, so that a
    subject without such a pair (nearly every one) costs no look per position."""
    return _subject_kind(report, origins) != _APART


def _subject_kind(report: Report, origins: Origins = NO_ORIGINS) -> int:
    """What may join claimants in the findings of ``report``, by one look at all its names:
    :data:`_APART` (nothing), :data:`_GOVERNMENTS` (voices of governments, and nothing else:
    no name holds another's, none is an unnamed group, no body or role the user gave), or
    :data:`_NAMES` (anything else). What no two of a subject's names do, no two of a
    position's do: each test is of two names."""
    seen: set[str] = set()
    for group in (report.conflicts, report.minor, report.checks):
        c: Any
        for c in group:
            kind = type(c)
            if kind is FigureConflict or kind is StanceConflict:
                if kind is FigureConflict and c.fits:  # graded on the full path
                    return _NAMES
                seen.update(chain.from_iterable(map(_CLAIMANTS, c.positions)))
            elif kind is Revision:
                seen.update(c.claimants)
            elif kind is SumFinding:
                seen.add(c.claimant)
                seen.add(c.total_claimant)
    if len(seen) < 2:
        return _APART
    if any(map(unnamed_group, seen)):
        return _NAMES
    found = _kind_of(seen)
    if origins.bodies or origins.governs:  # the user's bodies and roles: the full path
        return _NAMES if found != _APART or _marked_pair(seen, origins) else _APART
    return found


def _voices_held(c: Any) -> bool:
    """:func:`_names_held` of a finding of a subject :func:`_subject_kind` finds only voices
    of governments in: whether two claimants of one position (or of the finding) are such
    voices."""
    kind = type(c)
    if kind is FigureConflict and c.fits:
        return True
    if kind is FigureConflict or kind is StanceConflict:
        return any(len(p.claimants) > 1 and _government_pairs(p.claimants) for p in c.positions)
    if kind is Revision:
        return _government_pairs(tuple(c.claimants))
    if kind is SumFinding:
        return _government_pairs((c.claimant, c.total_claimant))
    return False


def _names_held(c: Any, origins: Origins = NO_ORIGINS) -> bool:
    """Whether a finding sets side by side two claimants one of whose names holds the other's
    (``_holds_another``: one origin); most findings have none, and cost one look a position
    of two or more claimants."""
    kind = type(c)
    marked = bool(origins.bodies or origins.governs)
    if kind is FigureConflict and c.fits:
        return True
    if kind is FigureConflict or kind is StanceConflict:
        return any(
            len(p.claimants) > 1
            and (_may_join(p.claimants) or (marked and _marked_pair(p.claimants, origins)))
            for p in c.positions
        )
    names: tuple[str, ...] = ()
    if kind is Revision:
        names = tuple(c.claimants)
    elif kind is SumFinding:
        names = (c.claimant, c.total_claimant)
    return bool(names) and (_holds_another(names) or (marked and _marked_pair(names, origins)))


def _held_note(
    c: Any,
    with_bounds: bool = True,
    origins: Origins = NO_ORIGINS,
    voices: bool = False,
    names: bool = True,
) -> Note:
    """:func:`_note` of a finding :func:`_names_held` (graded as :func:`assess` does);
    ``voices``: of a subject where only voices of governments join (:func:`_subject_kind`);
    ``names`` False: of a subject where no names join (``_APART``), a finding held for its
    claims that pass on unnamed people (:func:`_cited_in`), whose names need no look."""
    supports = _finding(c, origins, names, voices)
    if isinstance(c, FigureConflict | StanceConflict):
        b = bounds(c, supports) if with_bounds and isinstance(c, FigureConflict) else None
        return _note("positions", supports, b)
    return _note("finding", supports, None)


def subject_keys(
    comparisons: list[dict[str, Any]], definitions: Mapping[str, str]
) -> dict[str, Any]:
    """The keys a subject's JSON ends with: its ``comparisons`` (alternative measures side by
    side, ``comparisons.comparison_json``) and the ``definitions`` of its measures."""
    return {"comparisons": comparisons, "definitions": dict(sorted(definitions.items()))}


def notes(report: Report, assessment: Assessment, tail: Mapping[str, Any] | None = None) -> Notes:
    """The assessment as JSON text for ``conflicts.report_json_line`` (the same keys, in the
    same order, as :func:`decorate` adds); ``tail``: keys added at the end of the subject's
    object (:func:`subject_keys`)."""

    def kind(c: object) -> str:
        return "positions" if isinstance(c, FigureConflict | StanceConflict) else "finding"

    b = assessment.bounds
    return Notes(
        [_note(kind(c), s, b.get(i)) for i, (c, s) in
         enumerate(zip(report.conflicts, assessment.conflicts, strict=True))],
        [_note(kind(c), s, None) for c, s in zip(report.minor, assessment.minor, strict=True)],
        [_note(kind(c), s, None) for c, s in zip(report.checks, assessment.checks, strict=True)],
        lambda doc: decorate(doc, assessment) | dict(tail or {}),
        _tail_text(tail),
    )  # fmt: skip


# -- text -------------------------------------------------------------------------------------


def support_text(s: Support, graded: bool = True, who: Sequence[str] = ()) -> str:
    """ "3 claims from Reuters and AP, 2 independent origins: corroborated": ``who``, the
    claimants the claims come from, names what the grade rests on; a contested side says who
    denies it ("contested, denied by Policia Nacional"). Not ``graded`` for a finding that
    sets its claims against each other (a revision, a sum, a reversal): two origins there
    corroborate nothing, so the grade is left out of the text."""
    claims = f"{s.claims} claim" + ("" if s.claims == 1 else "s")
    if who:
        names = list(who)
        claims += " from " + (
            names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
        )
    origins = f"{s.origins} independent origin" + ("" if s.origins == 1 else "s")
    if s.joins:
        origins += f" ({'; '.join(s.joins)})"
    grade = f"{s.grade}, {s.against}" if s.against else s.grade
    return f"{claims}, {origins}: {grade}" if graded else f"{claims}, {origins}"


def minor_evidence(supports: Sequence[Support]) -> bool:
    """Whether a minor difference's evidence says more than its line: a position of more
    than one claim (copies of one story, claimants joined into one origin, or two origins);
    one claim a position is one origin each, which the line shows already."""
    return any(s.claims > 1 for s in supports)


def minor_evidence_text(
    c: FigureConflict,
    supports: Sequence[Support],
    show: Callable[[float | int, float | int | None], str],
) -> str:
    """What stands behind each position of a minor difference, one wording for the terminal
    and the report (``show(low, high)`` writes a range): "evidence: 9+: 9 claims, 1
    independent origin: single-source; 24+: 4 claims, 1 independent origin: single-source".
    Before (evidence7) a minor difference said nothing of its origins, and three papers'
    copies of one agency story stood in it as three figures."""
    return "evidence: " + "; ".join(
        f"{show(p.low, p.high)}: {support_text(sup)}"
        for p, sup in zip(c.positions, supports, strict=True)
    )
