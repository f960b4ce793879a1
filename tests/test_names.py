"""names.py: near-miss rules on real slips and on real different names (both directions)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.conflicts import claimant_key
from claimtrack.names import (
    budget,
    distance,
    fold,
    inflect,
    is_near_miss,
    near_misses,
    near_pairs,
    shape,
    stem,
)

# Real slips from the Derna log (issue #13) and the Raqqa sample: each must be caught.
SLIPS = [
    ("deaths-in-dern", "deaths-in-derna"),
    ("derna-toll-reached-11-300", "derna-toll-reached-11300"),
    ("derna-flods", "derna-floods"),
    ("isis-fighters-evacuted", "isis-fighters-evacuated"),
    ("coalition-took-part-in-negotations", "coalition-took-part-in-negotiations"),
    (claimant_key("Abu Musab Hudhaifa"), claimant_key("Abu Musab Huthaifa")),
    (claimant_key("Syrain Democratc Forces"), claimant_key("Syrian Democratic Forces")),
    (claimant_key("Abdulmenam AlGhaithi"), claimant_key("Abdulmenam al-Ghaithi")),
    (claimant_key("B.B.C."), claimant_key("BBC")),
    (claimant_key("Libyan Red Cresent"), claimant_key("Libyan Red Crescent")),
    # a plural slip, however short the name
    ("death", "deaths"),
    ("fighters-evacuated", "fighter-evacuated"),
    (claimant_key("Kurdish official"), claimant_key("Kurdish officials")),
    # other inflections, however short the name (issue #24)
    ("injuries", "injured"),
    ("injury", "injured"),
    ("people-injured", "people-injuries"),
    ("arrests", "arrested"),
    ("fighters-evacuated", "fighters-evacuating"),
    ("cases", "case"),
    # synonyms of running counts
    ("dead", "deaths"),
    ("fatalities", "deaths"),
    ("killed", "deaths"),
    ("killed-in-derna", "dead-in-derna"),
    ("wounded", "injured"),
    ("wounded-civilians", "injured-civilians"),
    ("displaced", "displacement"),
    ("missing", "unaccounted"),
    # words that name no count of their own
    ("death-toll", "deaths"),
    ("number-of-deaths", "deaths"),
    ("total-deaths", "dead"),
    ("injury-toll", "injured"),
    ("body-count", "bodies"),
    ("the-deal-was-secret", "deal-was-secret"),
    # one number differs: a year, a figure or a phase mistyped (issue #24)
    ("deaths-2019-2021", "deaths-2019-2091"),
    ("phase-1-deaths", "phase-2-deaths"),
    ("toll-above-5000", "toll-above-6000"),
    ("covid19-cases", "covid29-cases"),
    ("2023", "2024"),
    ("deaths-2019-2021", "deaths-2019-2012"),  # two digits swapped
]

# Different names that look alike: none may be flagged.
DIFFERENT = [
    ("deaths", "depths"),
    (claimant_key("BBC"), claimant_key("CBC")),
    ("isis-fighters-evacuated", "isis-family-members-evacuated"),
    ("isis-fighters-evacuated", "isis-fighters-executed"),
    (
        claimant_key("Convoy driver A (BBC interview)"),
        claimant_key("Convoy driver B (BBC interview)"),
    ),
    (claimant_key("US officials"), claimant_key("UK officials")),
    ("isis-fighters", "isis-fighters-evacuated"),
    # words alike, meanings apart: stems differ
    ("injured", "insured"),
    ("evacuees", "evacuated"),
    ("detainees", "detained"),
    ("missiles", "missing"),
    ("deaths", "births"),
    ("deaths", "injured"),
    ("killed", "missing"),
    ("total", "toll"),  # a name made only of such words keeps them
    ("death-toll", "injury-toll"),
    ("civilians-killed", "deaths"),  # a word more that counts something
    # two numbers differ, or a number and a word, or letters beside a number
    ("deaths-2019-2020", "deaths-2020-2021"),
    # numbers that are no slip of each other: different numbers
    ("aden-airstrike-171", "aden-airstrike-1536"),
    ("tikrit-airstrike-151", "tikrit-airstrike-1516"),  # a digit more: another magnitude
    ("toll-above-5000", "toll-above-50000"),
    ("deaths-2019", "deaths-2023"),
    ("covid19-cases", "covid20-cases"),
    ("deaths-2019", "injured-2020"),
    ("phase-1a", "phase-1b"),
    ("coalition-present-at-talks", "coalition-present-in-talks"),
    (claimant_key("Red Crescent"), claimant_key("Libyan Red Crescent")),
    # transliterations are aliases (claimtrack alias), not typos
    (claimant_key("Abdel Moneim Al-Ghaithi"), claimant_key("Abdulmenam al-Ghaithi")),
    ("convoy-buses", "convoy-trucks"),
]


@pytest.mark.parametrize(("a", "b"), SLIPS)
def test_real_slips_are_near_misses_both_ways(a: str, b: str) -> None:
    assert is_near_miss(a, b)
    assert is_near_miss(b, a)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_names_are_not_near_misses_either_way(a: str, b: str) -> None:
    assert not is_near_miss(a, b)
    assert not is_near_miss(b, a)


@pytest.mark.parametrize(
    ("length", "edits"), [(3, 0), (7, 0), (8, 1), (15, 1), (16, 2), (23, 2), (24, 3), (60, 3)]
)
def test_budget_grows_with_length(length: int, edits: int) -> None:
    assert budget(length) == edits


@pytest.mark.parametrize(
    ("a", "b", "d"),
    [
        ("flods", "floods", 1),
        ("ghaithi", "gahithi", 1),
        ("abc", "abc", 0),
        ("kitten", "sitting", 3),
    ],
)
def test_distance(a: str, b: str, d: int) -> None:
    assert distance(a, b, 5) == d
    if d:
        assert distance(a, b, d - 1) == d  # over the limit: limit + 1


@pytest.mark.parametrize(
    ("words", "same"),
    [
        (("deaths", "death", "dead", "killed", "kills", "fatalities", "fatality", "died"), True),
        (("injured", "injuries", "injury", "injuring", "wounded", "wounds", "hurt"), True),
        (("arrests", "arrested", "arrest", "arresting"), True),
        (("evacuated", "evacuate", "evacuating", "evacuates"), True),
        (("cases", "case"), True),
        (("us", "uk", "un"), False),  # short words are left alone
        (("press", "pres"), False),  # a double s is not a plural
        (("2019", "2091"), False),
    ],
)
def test_stem_groups(words: tuple[str, ...], same: bool) -> None:
    stems = {stem(w) for w in words}
    assert (len(stems) == 1) == same, stems


@given(st.text(alphabet="0123456789\u0663\u00b2", min_size=1, max_size=8))
def test_a_number_is_its_own_stem_and_inflection(word: str) -> None:
    """What lets ``shape`` leave a name's numbers out of the stem and inflection caches (a
    million claims' numbered subjects filled them with 40,000 numbers each): the same shape."""
    assert word.isdigit() and stem(word) == word and inflect(word) == word
    name = f"Derna flood {word}"
    folded = "dernaflood" + word.casefold()
    got = shape(name)
    assert (got.stemmed, got.inflected, got.folded) == (
        "dernaflood" + word,
        "dernaflood" + word,
        folded,
    )


@given(st.text(alphabet="abcdeilnorsty", min_size=1, max_size=14))
def test_stem_is_a_prefix_or_a_lexicon_entry_and_keeps_the_word(word: str) -> None:
    s = stem(word)
    if s.startswith("="):
        return
    if len(word) < 4:
        assert s == word  # short words are left alone
    else:  # only a plural "s" may leave three letters ("arms"); other suffixes leave four
        assert len(s) >= 4 or (len(s) == 3 and word == s + "s")
    assert word.startswith(s.rstrip("y")) or word.startswith(s[:-1])


def test_fold() -> None:
    assert fold("derna-toll-reached-11-300") == fold("derna-toll-reached-11300")
    assert fold("Al-Ghaithi") == "alghaithi"


def test_near_misses_and_pairs() -> None:
    known = ["deaths-in-derna", "missing-in-derna"]
    assert near_misses(["deaths-in-dern", "deaths-in-derna", "injured"], known) == {
        "deaths-in-dern": ["deaths-in-derna"]
    }
    assert near_pairs(["derna-floods", "derna-flods", "benghazi-floods"]) == [
        ("derna-flods", "derna-floods")
    ]


def test_the_sample_has_no_near_misses() -> None:

    from conftest import sample_claims

    rows = sample_claims()
    assert near_pairs({r["subject"] for r in rows}) == []
    for subject in {r["subject"] for r in rows}:
        mine = [r for r in rows if r["subject"] == subject]
        for field in ("measure", "proposition"):
            assert near_pairs({r[field] for r in mine if field in r}) == []
        assert near_pairs({claimant_key(r["claimant"]) for r in mine}) == []


names = st.text(alphabet="abcdeiklnorstwy -0123", min_size=1, max_size=30)


@given(names)
def test_a_name_is_never_a_near_miss_of_itself(a: str) -> None:
    assert not is_near_miss(a, a)


@given(names, names)
def test_near_miss_is_symmetric(a: str, b: str) -> None:
    assert is_near_miss(a, b) == is_near_miss(b, a)


@given(st.lists(names, max_size=40), st.booleans(), st.booleans())
def test_indexed_search_finds_exactly_the_pairs_of_the_rule(
    items: list[str], people: bool, numbers: bool
) -> None:
    distinct = sorted(set(items))
    brute = sorted(
        (a, b)
        for i, a in enumerate(distinct)
        for b in distinct[i + 1 :]
        if is_near_miss(a, b, people, numbers)
    )
    assert near_pairs(items, people, numbers) == brute
    known = distinct[::2]
    expected: dict[str, list[str]] = {}
    for a in set(distinct) - set(known):
        found = sorted(b for b in known if is_near_miss(a, b, people))
        if found:
            expected[a] = found
    assert near_misses(distinct, known, people) == expected


def test_a_series_of_numbered_names_in_one_file_is_not_a_slip() -> None:
    series = [f"s-{i}" for i in range(30)]
    assert near_pairs(series, numbers=False) == []
    assert ("s-1", "s-2") in near_pairs(series)  # against stored names, one digit is a slip
    assert near_misses(["s-31"], series) == {"s-31": ["s-11", "s-13", "s-21"]}


@pytest.mark.parametrize(
    ("a", "b", "as_names", "as_people"),
    [
        ("Police spokesperson 1", "Police spokesperson 2", True, False),
        ("Families of the Missing", "Families of the Disappeared", True, False),
        ("Kurdish official", "Kurdish officials", True, True),
        ("Libyan Red Cresent", "Libyan Red Crescent", True, True),
        ("Convoy driver A", "Convoy driver B", False, False),
    ],
)
def test_names_of_people_keep_their_numbers_and_words(
    a: str, b: str, as_names: bool, as_people: bool
) -> None:
    ka, kb = claimant_key(a), claimant_key(b)
    assert is_near_miss(ka, kb) is as_names
    assert is_near_miss(ka, kb, people=True) is as_people


@given(
    st.text(alphabet="abcdefgh", min_size=0, max_size=12), st.text(alphabet="abcdefgh", max_size=12)
)
def test_distance_is_symmetric_and_bounded(a: str, b: str) -> None:
    d = distance(a, b, 20)
    assert d == distance(b, a, 20)
    assert abs(len(a) - len(b)) <= d <= max(len(a), len(b))
