"""Titles and roles (extract/roles.py and where it is used): the words one office goes by,
a bare title never proposed as a name unmarked, a legislator's seat no body it speaks for, and
a person named later described as the description says."""

from __future__ import annotations

import itertools

import pytest

from claimtrack.extract import extract
from claimtrack.extract.roles import _FAMILIES, bare_title, same_role


def rows(text: str) -> list[tuple[str | None, str | None, str]]:
    """(speaker, claimant, how found) of every candidate, in order."""
    return [(c.speaker, c.claimant, c.speaker_found) for c in extract(text)[1]]


def last(text: str) -> tuple[str | None, str | None, str]:
    got = rows(text)
    assert got, text
    return got[-1]


# --- the table ---------------------------------------------------------------------------

_MEMBERS = sorted((w, family) for family in _FAMILIES for w in family)


@pytest.mark.parametrize(("word", "family"), _MEMBERS)
def test_every_word_of_an_office_names_the_whole_office(word, family) -> None:
    assert same_role(word) == family
    assert same_role(word.upper()) == family  # "MP", "CEO"


@pytest.mark.parametrize("word", ["minister", "official", "governor", "head", "witness"])
def test_a_role_of_no_family_is_only_itself(word) -> None:
    assert same_role(word) == frozenset({word})


@pytest.mark.parametrize(
    ("one", "other"),
    [("mp", "lawyer"), ("spokesman", "chairman"), ("doctor", "attorney"), ("ceo", "mp"),
     ("sheriff", "coroner"), ("councillor", "prosecutor")],
)  # fmt: skip
def test_offices_of_two_families_are_never_one(one, other) -> None:
    assert other not in same_role(one)


_TITLES = ["MP", "Spokeswoman", "Governor", "Mayor", "Minister", "Senator", "Sheriff",
           "Coroner", "Commissioner", "Director", "Chairman", "President", "Secretary",
           "Commander", "Prosecutor", "Judge", "CEO"]  # fmt: skip


@pytest.mark.parametrize(
    "speaker",
    [
        *[f"{det}{t}" for t in _TITLES for det in ("", "the ", "The ")],
        *[f"{mod} {t}" for t in ("Minister", "Secretary", "Chief") for mod in
          ("Finance", "Foreign", "Health", "Police", "Deputy", "Prime")],
        "senior official", "the police chief", "a spokesman",
    ],
)  # fmt: skip
def test_a_title_with_no_name_is_bare(speaker) -> None:
    assert bare_title(speaker)


@pytest.mark.parametrize(
    "speaker",
    [
        "Ann Kerr", "Minister Ann Kerr", "Governor Kerr", "Kestrel Motors", "Mr Kerr",
        "Ann Minister",  # a name that ends like a title
        "Drivers", "Military officials", "the ministers", "Officials", "Witnesses",
        "Harbour Workers Union", "the army", "",
    ],
)  # fmt: skip
def test_a_name_or_a_group_is_no_bare_title(speaker) -> None:
    assert not bare_title(speaker)


# --- "the MP said" is the person the article named with that office -------------------------

_NAMES = ["Ann Kerr", "Tom Reed", "Philip Thon Leek", "Grace Obi"]
_AS_NAMED = {  # how the article first describes the person, per office
    "mp": "an MP for Duk County",
    "lawmaker": "a lawmaker representing Duk County",
    "legislator": "a legislator from the north",
    "parliamentarian": "a veteran parliamentarian",
    "congressman": "a congressman from Ohio",
    "chairwoman": "the chairwoman of the harbour board",
    "chairman": "the chairman of the harbour board",
    "chair": "chair of the harbour board",
    "spokesman": "a spokesman for the harbour board",
    "spokeswoman": "a spokeswoman for the harbour board",
    "spokesperson": "a spokesperson for the harbour board",
    "lawyer": "a lawyer for the families",
    "attorney": "an attorney for the families",
    "doctor": "a doctor at the district hospital",
    "physician": "a physician at the district hospital",
}
_LATER = {  # how a later sentence refers to the office
    "mp": "the MP", "lawmaker": "the lawmaker", "legislator": "the legislator",
    "parliamentarian": "the parliamentarian", "congressman": "the congressman",
    "chairwoman": "the chairwoman", "chairman": "the chairman", "chair": "the chair",
    "spokesman": "the spokesman", "spokeswoman": "the spokeswoman",
    "spokesperson": "the spokesperson", "lawyer": "the lawyer", "attorney": "the attorney",
    "doctor": "the doctor", "physician": "the physician",
}  # fmt: skip
_SAME = [
    (name, first, then)
    for name in _NAMES
    for first, then in itertools.permutations(_AS_NAMED, 2)
    if then in same_role(first)
]


@pytest.mark.parametrize(("name", "first", "then"), _SAME)
def test_a_later_title_of_the_same_office_is_the_person_named_with_it(name, first, then) -> None:
    text = (
        f"{name}, {_AS_NAMED[first]}, spoke to reporters on Monday.\n"
        f"At least 43 villagers were killed in the attack, {_LATER[then]} said."
    )
    speaker, _, how = last(text)
    assert speaker == name, (text, how)


_OTHER = [
    (first, then)
    for first, then in itertools.product(("mp", "lawyer", "doctor", "chairwoman"), _LATER)
    if then not in same_role(first)
]


@pytest.mark.parametrize(("first", "then"), _OTHER)
def test_a_title_of_another_office_is_not_that_person(first, then) -> None:
    text = (
        f"Ann Kerr, {_AS_NAMED[first]}, spoke to reporters on Monday.\n"
        f"At least 43 villagers were killed in the attack, {_LATER[then]} said."
    )
    speaker, _, how = last(text)
    assert speaker != "Ann Kerr", (text, how)
    assert "guess:" in how or speaker is None, (text, how)


@pytest.mark.parametrize("title", [*_TITLES, "Police Chief", "Health Minister", "Spokesperson"])
@pytest.mark.parametrize("frame", [
    "At least 43 villagers were killed in the attack, the {t} said.",
    "The {t} said at least 43 villagers were killed in the attack.",
    "“At least 43 villagers were killed,” the {t} told reporters.",
])  # fmt: skip
def test_a_bare_title_is_never_proposed_as_a_name_unmarked(title, frame) -> None:
    text = frame.format(t=title)
    for speaker, _, how in rows(text):
        if speaker and bare_title(speaker):
            assert "guess:" in how, (text, speaker, how)


# --- a legislator for a place sits for it and speaks for no body there ----------------------


@pytest.mark.parametrize("role", ["an MP", "the MP", "a senator", "a lawmaker", "a councillor",
                                  "a member", "the legislator", "an MSP"])  # fmt: skip
@pytest.mark.parametrize("seat", ["Leeds", "Duk County", "Ohio", "Park Ward"])
def test_a_legislator_for_a_place_speaks_for_no_body_there(role, seat) -> None:
    text = f"Ann Kerr, {role} for {seat}, said at least 43 jobs would go."
    speaker, claimant, how = last(text)
    assert speaker == "Ann Kerr", how
    assert claimant != seat, how


@pytest.mark.parametrize("role", ["a spokesman", "a spokeswoman", "an official", "a director",
                                  "a lawyer", "an analyst"])  # fmt: skip
@pytest.mark.parametrize("body", ["Harbour Workers Union", "Kestrel Motors", "Red Cross"])
def test_a_role_for_a_body_still_speaks_for_it(role, body) -> None:
    text = f"Ann Kerr, {role} for {body}, said at least 43 jobs would go."
    speaker, claimant, how = last(text)
    assert speaker == "Ann Kerr", how
    assert claimant == body, how


# --- a person named later must be described as the description says ------------------------

_BODIES = ["army", "police", "ministry", "union"]


@pytest.mark.parametrize("body", _BODIES)
@pytest.mark.parametrize("other", ["rebel", "opposition", "company"])
@pytest.mark.parametrize("act", [
    "disputed the {b}'s account",
    "rejected the {b}'s figures",
    "said the {b} had exaggerated",
])  # fmt: skip
def test_a_person_who_speaks_of_the_body_is_not_its_spokesperson(body, other, act) -> None:
    text = (
        f"The spokesperson for the {body} claimed on Monday that 200 fighters were killed.\n"
        f"However, {other} spokesperson Lul Koang {act.format(b=body)}."
    )
    speaker, _, how = rows(text)[0]
    assert speaker != "Lul Koang", (text, how)


@pytest.mark.parametrize("body", _BODIES)
@pytest.mark.parametrize("frame", [
    "{B} spokesperson Philip Aguer told reporters the toll would rise.",
    "Philip Aguer, the {b} spokesperson, told reporters the toll would rise.",
    "Philip Aguer, a spokesperson for the {b}, told reporters the toll would rise.",
])  # fmt: skip
def test_the_body_s_own_spokesperson_named_later_is_proposed_as_a_guess(body, frame) -> None:
    text = (
        f"The spokesperson for the {body} claimed on Monday that 200 fighters were killed.\n"
        + frame.format(b=body, B=body.capitalize())
    )
    speaker, _, how = rows(text)[0]
    assert speaker == "Philip Aguer", (text, how)
    assert "guess:" in how, how


def test_another_side_s_spokesman_of_the_same_kind_is_not_the_one() -> None:
    text = (
        "A military spokesman said 40 soldiers died in the attack.\n"
        "Tiger military spokesman Rasiah Ilan said the army lost 100 men."
    )
    speaker, _, how = rows(text)[0]
    assert speaker != "Rasiah Ilan", how


# --- "BODY ROLE NAME said": the body the role speaks for ------------------------------------


@pytest.mark.parametrize("body", ["Kestrel Motors", "Harbour Workers Union", "Red Cross"])
@pytest.mark.parametrize("rank", ["", "chief ", "deputy ", "senior ", "acting ", "vice "])
@pytest.mark.parametrize("role", ["executive", "spokesman", "director", "president"])
def test_a_body_before_a_ranked_role_and_a_name_is_the_claimant(body, rank, role) -> None:
    text = f"{body} {rank}{role} Ann Kerr said 300 jobs would go."
    speaker, claimant, how = last(text)
    assert (speaker, claimant) == ("Ann Kerr", body), how


@pytest.mark.parametrize("rank", ["Chief", "Deputy", "Senior", "Acting"])
@pytest.mark.parametrize("role", ["executive", "spokesman", "director"])
def test_a_rank_alone_before_the_role_is_no_body(rank, role) -> None:
    text = f"{rank} {role} Ann Kerr said 300 jobs would go."
    speaker, claimant, how = last(text)
    assert (speaker, claimant) == ("Ann Kerr", "Ann Kerr"), how
