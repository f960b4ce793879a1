"""One body's voices are one source in every finding (evidence20): a dispute whose figures are
all of one body's voices (`claimant NAME --of BODY`) while that body surely changed its
figure is told once, as the body's reversal, never again as a dispute between two sources (a
ministry's 40 dead, then its spokesman's 25, read "Disputed figure" beside the ministry's
reversal); where their order is not known the dispute stays and says that its figures are one
body's. Pure rule tables in our own words (invented cases and their near misses), then the
CLI."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from claimtrack.conflicts import Fact, FigureConflict, Reversal, analyse
from claimtrack.evidence import NO_ORIGINS, assess, one_body_apart

BODY = "Ministry of Interior"
VOICES = {"pavel dorn": BODY, "ministry of interior press office": BODY}


def dead(cid: str, who: str, value: float, on: str | None, *, as_of: str | None = None) -> Fact:
    """A toll of ``value`` dead, said on ``on``."""
    return Fact(cid, who, "figure", "deaths", value, value, None, as_of, on)


# facts, bodies given, cumulative measures -> (figure disputes left, body reversals with the
# number of disputes each tells)
CASES: list[tuple[list[Fact], dict[str, str], set[str], int, list[tuple[str, int]]]] = [
    # the ministry's 40, its spokesman's 25 two days later: the body's change, told once
    ([dead("a", BODY, 40, "2024-05-01"), dead("b", "Pavel Dorn", 25, "2024-05-03")],
     VOICES, set(), 0, [(BODY, 1)]),
    # the same on a running count: a fall of one body, not "later and lower" than another's
    ([dead("a", BODY, 40, "2024-05-01"), dead("b", "Pavel Dorn", 25, "2024-05-03")],
     VOICES, {"deaths"}, 0, [(BODY, 1)]),
    # two voices of the body, neither the body by name, three days apart
    ([dead("a", "Ministry of Interior press office", 40, "2024-05-01"),
      dead("b", "Pavel Dorn", 25, "2024-05-04")], VOICES, set(), 0, [(BODY, 1)]),
    # near miss: no body given: two claimants in dispute, as before
    ([dead("a", BODY, 40, "2024-05-01"), dead("b", "Pavel Dorn", 25, "2024-05-03")],
     {}, set(), 1, []),
    # near miss: one day, no order: two voices that disagree stay a dispute
    ([dead("a", BODY, 40, "2024-05-01"), dead("b", "Pavel Dorn", 25, "2024-05-01")],
     VOICES, set(), 1, []),
    # near miss: undated: no order
    ([dead("a", BODY, 40, "2024-05-01"), dead("b", "Pavel Dorn", 25, None)],
     VOICES, set(), 1, []),
    # near miss: a claimant outside the body stands in the dispute: a dispute still, and the
    # body's own change is said beside it
    ([dead("a", BODY, 40, "2024-05-01"), dead("b", "Pavel Dorn", 25, "2024-05-03"),
      dead("c", "Red Cross", 90, "2024-05-03")], VOICES, set(), 1, [(BODY, 0)]),
    # near miss: two bodies, each with one voice: two sources
    ([dead("a", BODY, 40, "2024-05-01"), dead("b", "Pavel Dorn", 25, "2024-05-03")],
     {"pavel dorn": "Ministry of Health"}, set(), 1, []),
]  # fmt: skip


@pytest.mark.parametrize(("facts", "bodies", "cumulative", "left", "found"), CASES)
def test_a_dispute_of_one_bodys_voices_is_its_reversal(
    facts: list[Fact],
    bodies: dict[str, str],
    cumulative: set[str],
    left: int,
    found: list[tuple[str, int]],
) -> None:
    report = analyse(facts, bodies=bodies, cumulative=cumulative)
    disputes = [c for c in report.conflicts if isinstance(c, FigureConflict)]
    assert len(disputes) == left
    got = [(r.claimant, len(r.disputes)) for r in report.conflicts if isinstance(r, Reversal)]
    assert got == found
    told = {i for r in report.conflicts if isinstance(r, Reversal) for d in r.disputes
            for p in d.positions for i in p.claims}  # fmt: skip
    assert not told & {i for d in disputes for p in d.positions for i in p.claims}


# a dispute's positions' claimants, the bodies given -> what its grade lines add
APART: list[tuple[list[tuple[str, ...]], dict[str, str], str]] = [
    ([("Pavel Dorn",), (BODY,)], VOICES,
     f"{BODY} and Pavel Dorn are voices of one body, {BODY} (claimant --of): its own figures "
     "disagree (two reports of it, or a revision), not two sources"),
    ([("Pavel Dorn",), ("Ministry of Interior press office",)], VOICES,
     f"Ministry of Interior press office and Pavel Dorn are voices of one body, {BODY} "
     "(claimant --of): its own figures disagree (two reports of it, or a revision), not two "
     "sources"),
    ([("Pavel Dorn",), (BODY, "Red Cross")], VOICES, ""),  # another claimant: a dispute
    ([("Pavel Dorn",), ("Ministry of Health",)], VOICES, ""),  # a body of another name
    ([("Pavel Dorn",), (BODY,)], {}, ""),  # no body given
    ([("Pavel Dorn",), (BODY,)], {"pavel dorn": "Ministry of Health"}, ""),  # two bodies
]  # fmt: skip


@pytest.mark.parametrize(("positions", "bodies", "said"), APART)
def test_a_dispute_of_one_bodys_voices_says_so(
    positions: list[tuple[str, ...]], bodies: dict[str, str], said: str
) -> None:
    facts = [
        dead(f"c{n}-{k}", who, 10 * (n + 1) ** 3, "2024-05-01")
        for n, names in enumerate(positions)
        for k, who in enumerate(names)
    ]
    (c,) = [c for c in analyse(facts).conflicts if isinstance(c, FigureConflict)]
    assert one_body_apart(c, bodies) == said


def test_the_grades_say_it_under_the_dispute() -> None:
    from claimtrack.evidence import Origins

    facts = [dead("a", BODY, 40, "2024-05-01"), dead("b", "Pavel Dorn", 25, "2024-05-01")]
    report = analyse(facts, bodies=VOICES)
    grades = assess(report, Origins(bodies=VOICES))
    assert grades.both_sides[0].startswith(f"{BODY} and Pavel Dorn are voices of one body")
    assert [s.origins for s in grades.conflicts[0]] == [1, 1]
    assert assess(report, NO_ORIGINS).both_sides == {}


def test_the_cli_tells_a_bodys_fall_once(ct: Callable[..., Any]) -> None:
    add = ("add", "flood", "--measure", "deaths", "--new")
    assert ct(*add, "--claimant", BODY, "--quote", "It said 40 died.", "--figure", "40",
              "--said-on", "2024-05-01").exit_code == 0  # fmt: skip
    assert ct(*add, "--claimant", "Pavel Dorn", "--quote", "He said 25 died.", "--figure", "25",
              "--said-on", "2024-05-03").exit_code == 0  # fmt: skip
    before = ct("conflicts", "flood").stdout
    assert "Disputed figure: deaths" in before
    assert ct("claimant", "Pavel Dorn", "--of", BODY).exit_code == 0
    out = ct("conflicts", "flood").stdout
    assert "Disputed figure" not in out
    assert f"Reversal: {BODY} changed position on measure deaths, through its voices" in out
    assert "1 reversal among 2 claims from 2 claimants" in out


# (the claim's outlet, url, reported_on), the stored source's -> the field at odds, if any
AT_ODDS: list[tuple[tuple[str | None, ...], tuple[str | None, ...], str | None]] = [
    (("Paper B", "https://a.example/x", None), ("Paper A", "https://a.example/x", None), "outlet"),
    ((None, "https://a.example/x", "2015-07-30"), ("Paper A", "https://a.example/x", "2015-07-29"),
     "reported_on"),
    # near misses: a field left out, or given as the source has it, is no conflict
    ((None, "https://a.example/x", None), ("Paper A", "https://a.example/x", "2015-07-29"), None),
    (("Paper A", "https://a.example/x", "2015-07-29"),
     ("Paper A", "https://a.example/x", "2015-07-29"), None),
    (("Paper A", None, "2015-07-29"), ("Paper A", "https://a.example/x", None), None),
]  # fmt: skip


@pytest.mark.parametrize(("mine", "theirs", "key"), AT_ODDS)
def test_one_rule_tells_a_claim_at_odds_with_its_page(
    mine: tuple[str | None, ...], theirs: tuple[str | None, ...], key: str | None
) -> None:
    from claimtrack.sources import at_odds_with_source

    found = at_odds_with_source(mine, theirs, "src-1")
    if key is None:
        assert found is None
    else:
        held = theirs[("outlet", "url", "reported_on").index(key)]
        assert found == (key, f"{mine[0 if key == 'outlet' else 2]!r} conflicts with source "
                         f"src-1, whose {key} is {held!r}")  # fmt: skip


def test_import_says_which_lines_it_kept_unlinked(ct: Callable[..., Any], tmp_path: Any) -> None:
    import json

    path = "tests/fixtures/evidence20-pages.jsonl"
    done = ct("import", path)
    assert done.exit_code == 0, done.output
    said = [line for line in done.stderr.splitlines() if "kept unlinked" in line]
    assert said == [
        f"warning: 2 claims kept unlinked, no page's: the url of each names a stored page it "
        f"contradicts ({path}:2 ev20-p-2, {path}:3 ev20-p-3; the first: outlet: 'Coast "
        "Herald' conflicts with source src-f1b11432a4, whose outlet is 'Wire Daily'); give the "
        "page's outlet and date if it is that page, or its own url if it is another"
    ]
    claims = {r["id"]: r for r in json.loads(ct("list", "audit-pages", "--json").stdout)}
    assert [cid for cid, r in sorted(claims.items()) if "source" in r] == ["ev20-p-1"]
    again = json.loads(ct("import", path, "--json").stdout)
    assert (again["unchanged"], again["unlinked_by_url"], again["linked_by_url"]) == (3, 2, 1)
    # add refuses what import keeps unlinked: the same rule
    refused = ct("add", "audit-pages", "--claimant", "Auditor-General", "--quote",
                 "1.2 per cent was spent lawfully", "--figure", "1.2 per cent", "--measure",
                 "share-spent-lawfully", "--url", "https://wire.example.org/audit",
                 "--outlet", "Coast Herald")  # fmt: skip
    assert refused.exit_code == 2
    assert refused.stderr.startswith(
        "error: --outlet 'Coast Herald' conflicts with source src-f1b11432a4, whose outlet is "
        "'Wire Daily'"
    )


# a quote -> its words as copies compare ("": too few words to tell a copy)
WORDS: list[tuple[str, str]] = [
    ("Only 1% of Kenyan government spending can be properly accounted for",
     "only 1% of kenyan government spending can be properly accounted for"),
    ("“Only 1% of Kenyan government spending can be properly accounted for.”",
     "only 1% of kenyan government spending can be properly accounted for"),
    ("The ministry's toll — 40 dead — was given on Tuesday night",
     "the ministry s toll 40 dead was given on tuesday night"),
    ("40 people died in the flood, police said", ""),  # eight words: may be written alike
    ("The ministry said that 40 people had died in the flood",
     "the ministry said that 40 people had died in the flood"),  # ten words: the fewest
    ("The ministry said 40 people died in the flood", ""),  # nine
    ("The ministry said on Tuesday that 40 people died in the flood",
     "the ministry said on tuesday that 40 people died in the flood"),
    ("", ""),
]  # fmt: skip


@pytest.mark.parametrize(("quote", "words"), WORDS)
def test_copy_words(quote: str, words: str) -> None:
    from claimtrack.evidence import copy_words

    assert copy_words(quote) == words


SENTENCE = "Only 1% of Kenyan government spending can be properly accounted for"

# each claim (claimant, quote) of one position -> origins and whether the copy join is said
COPIES: list[tuple[list[tuple[str, str]], int, bool]] = [
    ([("News24", SENTENCE), ("Africa Eagle", SENTENCE + ".")], 1, True),
    ([("News24", SENTENCE), ("Africa Eagle", SENTENCE), ("Sun News", SENTENCE.upper())], 1, True),
    # a third paper in its own words stays an origin of its own
    ([("News24", SENTENCE), ("Africa Eagle", SENTENCE),
      ("Daily Nation", "The audit found a mere one per cent of spending was lawful")], 2, True),
    # near misses: other words, or too few to tell a copy
    ([("News24", SENTENCE), ("Africa Eagle", "Just 1% of the spending was accounted for, it said")],
     2, False),
    ([("News24", "1% was accounted for"), ("Africa Eagle", "1% was accounted for")], 2, False),
]  # fmt: skip


@pytest.mark.parametrize(("said", "origins", "joined"), COPIES)
@pytest.mark.parametrize("pages", [{}, {"a0": "", "a1": ""}])  # pages apart, or not known
def test_the_same_words_in_two_outlets_are_one_copy(
    said: list[tuple[str, str]], origins: int, joined: bool, pages: dict[str, str]
) -> None:
    from claimtrack.evidence import Origins, with_same_words

    facts = [
        Fact(f"a{n}", who, "figure", "share", 1, 1, None, None, "2015-07-29", dimension="share")
        for n, (who, _) in enumerate(said)
    ] + [Fact("b", "Treasury", "figure", "share", 60, 60, None, None, "2015-07-29",
              dimension="share")]  # fmt: skip
    quotes = {f"a{n}": q for n, (_, q) in enumerate(said)} | {"b": "Treasury says sixty."}
    report = analyse(facts)
    asked: list[set[str]] = []

    def quotes_of(ids: Any) -> dict[str, tuple[str, str]]:
        asked.append(set(ids))
        return {i: (quotes[i], pages.get(i, f"page-{i}")) for i in ids}

    grades = assess(report, with_same_words(Origins(), report, facts, quotes_of))
    (first, _) = grades.conflicts[0]
    assert first.origins == origins
    assert any("print the same words" in j for j in first.joins) == joined
    assert asked == [{f"a{n}" for n in range(len(said))}]  # the one position of two claimants


def test_a_subject_with_no_shared_position_reads_no_quote() -> None:
    from claimtrack.evidence import Origins, with_same_words

    facts = [dead("a", BODY, 40, "2024-05-01"), dead("b", "Red Cross", 90, "2024-05-01")]
    report = analyse(facts)

    def quotes_of(ids: Any) -> dict[str, str]:
        raise AssertionError("no position of two claimants: no quote to read")

    origins = Origins()
    assert with_same_words(origins, report, facts, quotes_of) is origins


def test_the_cli_counts_one_wire_sentence_in_two_papers_once(ct: Callable[..., Any]) -> None:
    for who, url in (("News24", "https://n.example/a"), ("Africa Eagle", "https://e.example/a")):
        done = ct("add", "audit", "--claimant", who, "--outlet", who, "--url", url, "--quote",
                  SENTENCE, "--figure", "1%", "--measure", "share-accounted", "--reported-on",
                  "2015-07-29", "--new")  # fmt: skip
        assert done.exit_code == 0, done.output
    assert ct("add", "audit", "--claimant", "Kenya Monitor", "--quote",
              "Only a third of Kenyan government spending can be accounted for", "--figure",
              "a third", "--measure", "share-accounted", "--reported-on", "2015-07-29",
              "--new").exit_code == 0  # fmt: skip
    out = ct("conflicts", "audit").stdout
    assert "2 claims from Africa Eagle and News24, 1 independent origin (Africa Eagle and" in out
    assert "corroborated" not in out.replace("no position is corroborated", "")


def test_one_page_giving_two_claimants_the_same_words_is_no_copy() -> None:
    """ "The Union and state governments said ..." logged once for each: one page's one
    sentence about both, not a copy of one of them: two origins, as before."""
    from claimtrack.evidence import Origins, with_same_words

    facts = [
        Fact("u", "Union government", "stance", "toll-hidden", None, None, "denies", None, "d"),
        Fact("s", "State government", "stance", "toll-hidden", None, None, "denies", None, "d"),
        Fact("m", "Opposition leader", "stance", "toll-hidden", None, None, "affirms", None, "d"),
    ]
    words = "relief operations were being carried out in a fully transparent manner"
    report = analyse(facts)
    for pages, origins in ((("src-1", "src-1"), 2), (("src-1", "src-2"), 1)):
        found = {"u": (words, pages[0]), "s": (words, pages[1]), "m": ("It is hidden.", "x")}
        graded = with_same_words(Origins(), report, facts, lambda ids, f=found: f)
        denies = assess(report, graded).conflicts[0][1]
        assert denies.origins == origins


# two claimants on one position (beside a third claimant's other figure) -> origins there
HOLDERS: list[tuple[str, str, int]] = [
    ("Auditor-General Edward Ouko", "Office of the Auditor-General", 1),
    ("Ombudsman Jane Doe", "Office of the Ombudsman", 1),
    ("Auditor-General", "Office of the Auditor-General", 1),  # the title alone: the office
    # near misses: a former holder, another office, a possessive
    ("Former Auditor-General Jane Doe", "Office of the Auditor-General", 2),
    ("Auditor-General Edward Ouko", "Office of the President", 2),
    ("Auditor-General's critics", "Office of the Auditor-General", 2),
]


@pytest.mark.parametrize(("one", "other", "origins"), HOLDERS)
def test_an_offices_holder_speaks_for_it(one: str, other: str, origins: int) -> None:
    facts = [dead("a", one, 40, "2024-05-01"), dead("b", other, 40, "2024-05-01"),
             dead("c", "Red Cross", 90, "2024-05-01")]  # fmt: skip
    report = analyse(facts)
    (c,) = [c for c in report.conflicts if isinstance(c, FigureConflict)]
    supports = assess(report, NO_ORIGINS).conflicts[0]
    (at,) = [s for s, p in zip(supports, c.positions, strict=True) if len(p.claimants) == 2]
    assert at.origins == origins
