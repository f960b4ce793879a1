"""names.py: near-miss rules on real slips and on real different names (both directions)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.conflicts import claimant_key
from claimtrack.names import budget, distance, fold, is_near_miss, near_misses, near_pairs

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
    ("phase-1-deaths", "phase-2-deaths"),
    ("toll-above-5000", "toll-above-6000"),
    ("isis-fighters", "isis-fighters-evacuated"),
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


names = st.text(alphabet="abcdeilnorst -0123", min_size=1, max_size=30)


@given(names)
def test_a_name_is_never_a_near_miss_of_itself(a: str) -> None:
    assert not is_near_miss(a, a)


@given(names, names)
def test_near_miss_is_symmetric(a: str, b: str) -> None:
    assert is_near_miss(a, b) == is_near_miss(b, a)


@given(st.lists(names, max_size=40))
def test_indexed_search_finds_exactly_the_pairs_of_the_rule(items: list[str]) -> None:
    distinct = sorted(set(items))
    brute = sorted(
        (a, b) for i, a in enumerate(distinct) for b in distinct[i + 1 :] if is_near_miss(a, b)
    )
    assert near_pairs(items) == brute


@given(
    st.text(alphabet="abcdefgh", min_size=0, max_size=12), st.text(alphabet="abcdefgh", max_size=12)
)
def test_distance_is_symmetric_and_bounded(a: str, b: str) -> None:
    d = distance(a, b, 20)
    assert d == distance(b, a, 20)
    assert abs(len(a) - len(b)) <= d <= max(len(a), len(b))
