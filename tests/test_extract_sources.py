"""Sources that are documents and bodies (extract/mentions.py, speakers.py, verbs.py): the
body behind an unnamed official the paragraph names, a body's initials of two letters, a
court's findings and the court behind "the panel", a document's author named before it.
Frame sentences of our own, built from tables of names and frames, with guards both ways (a
document named without a source stays the outlet's; the outlet's narration is not the
court's; officials are never a court's)."""

from __future__ import annotations

import itertools

import pytest

from claimtrack.extract import extract, mentions


def _last(text: str) -> tuple[str | None, str | None, str]:
    """(speaker, claimant, how) of the last candidate with a figure."""
    cands = [c for c in extract(text)[1] if c.figures]
    assert cands, text
    c = cands[-1]
    return c.speaker, c.claimant, c.speaker_found


# --- unnamed officials of a named body or area ------------------------------------------

AREAS = ["Ningshan County", "Foping county", "Hardin County", "Kandal Province",
         "Ballia district", "Okayama Prefecture", "Harlow Borough", "Shan State"]  # fmt: skip
OFFICIALS = ["an official", "officials", "a local official", "local officials",
             "a senior official", "the authorities", "a spokesman", "a spokeswoman"]  # fmt: skip
# the area inside the sentence or in the paragraph before it
IN_REACH = [
    "In {area}, some 163 people were still missing, {off} said.",
    "Floods hit {area} on Monday. {Off} said 163 people were missing.",
    "Rescuers reached {area} late on Monday. Some 163 people were missing, {off} said.",
    "Landslides cut roads across {area} on Monday, and {off} said 163 people were missing.",
]


def _fill(frame: str, area: str, off: str) -> str:
    return frame.format(area=area, off=off, Off=off[:1].upper() + off[1:])


@pytest.mark.parametrize(
    ("frame", "area", "off"), list(itertools.product(IN_REACH, AREAS, OFFICIALS))
)
def test_an_unnamed_official_speaks_for_the_one_area_the_paragraph_names(frame, area, off):
    speaker, claimant, how = _last(_fill(frame, area, off))
    assert claimant == area, (speaker, claimant, how)
    assert "the one body of that kind the paragraph names" in how


# the area out of reach: a paragraph before, or inside what was quoted
OUT_OF_REACH = [
    "Floods hit {area} on Monday.\n\n{Off} said 163 people were missing.",
    '"Some 163 people are missing in {area}," {off} said.',
    "{Off} said 163 people were missing. Rescuers reached {area} on Tuesday.",
]


@pytest.mark.parametrize(
    ("frame", "area", "off"), list(itertools.product(OUT_OF_REACH, AREAS, OFFICIALS))
)
def test_an_area_out_of_reach_is_not_the_official_s(frame, area, off) -> None:
    _, claimant, _ = _last(_fill(frame, area, off))
    assert claimant != area


@pytest.mark.parametrize(("first", "second"), list(itertools.permutations(AREAS[:4], 2)))
def test_two_areas_in_reach_the_one_before_the_speaker_is_a_guess(first, second) -> None:
    text = (
        f"While in {first}, an official said 90 per cent of the casualties in {second} were there."
    )
    _, claimant, how = _last(text)
    assert claimant == first
    assert "guess:" in how


BODIES = ["Ministry of Health", "Ardley District Council", "Norland Environment Agency",
          "Kestrel Motors", "Harbour Board", "Norland Water Authority", "Ardley Police",
          "Department of Labor"]  # fmt: skip


@pytest.mark.parametrize(("body", "off"), list(itertools.product(BODIES, OFFICIALS[:3])))
def test_an_unnamed_official_speaks_for_the_one_body_the_paragraph_names(body, off) -> None:
    text = f"The {body} closed the harbour road on Monday. {off.capitalize()} said 300 homes were cut off."
    _, claimant, _ = _last(text)
    assert claimant == body


COURTS = ["Leeds Crown Court", "Supreme Court", "Court of Appeal", "Employment Tribunal",
          "High Court of Norland"]  # fmt: skip


@pytest.mark.parametrize(("court", "off"), list(itertools.product(COURTS, OFFICIALS[:2])))
def test_officials_are_never_a_court_s(court, off) -> None:
    text = f"The {court} jailed Ann Kerr on Monday. {off.capitalize()} said 40 people had been defrauded."
    _, claimant, _ = _last(text)
    assert claimant is None or court not in claimant


@pytest.mark.parametrize("area", AREAS)
def test_an_official_reporting_a_body_s_act_speaks_for_that_body_not_the_area(area) -> None:
    text = f"Security forces killed 30 militants in {area} on Saturday, a senior official said."
    _, claimant, _ = _last(text)
    assert claimant != area


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("In the province's Ningshan County, 11 people died, an official said.", ["Ningshan County"]),
        ("The Foping county office said. Officials said 40 homes fell.", ["Foping county"]),
        ("In Kenya state, 40 died, officials said.", []),  # a country is no area of it
        ('"In Harlow Borough 40 died," he said.', []),  # quoted
        ("The Khyber region is sealed off.", []),  # a region is a place
        ("The Leeds Crown Court ruled.", []),
        ("Kestrel Motors and the Harbour Board met.", ["Kestrel Motors", "Harbour Board"]),
    ],
)  # fmt: skip
def test_bodies_in_reach(text, want) -> None:
    assert [r.name for r in mentions.bodies_in_reach(text)] == want


# --- a body's initials, two letters included ----------------------------------------------

INITIALLED = [
    ("International Paper Co.", "IP", "International Paper"),
    ("Brisk Foods Inc.", "BF", "Brisk Foods"),
    ("Orland Steel", "OS", "Orland Steel"),
    ("Harlow Holdings", "HH", "Harlow Holdings"),
    ("Kestrel Motors Ltd", "KM", "Kestrel Motors"),
    ("Norland Water Board", "NWB", "Norland Water Board"),
    ("Sudan Liberation Army", "SLA", "Sudan Liberation Army"),
    ("Tamsin Pharmaceuticals", "TP", "Tamsin Pharmaceuticals"),
]
VOICE = ["officials", "executives", "spokesman", "officials have", "management"]


@pytest.mark.parametrize(("name", "abbr", "full"), INITIALLED)
@pytest.mark.parametrize("voice", VOICE)
def test_initials_before_a_body_s_voice_stand_for_the_body(name, abbr, full, voice) -> None:
    text = f"Talks broke down at the {name} mill on Monday. {abbr} {voice} said 80 jobs would go."
    assert mentions.abbreviations(text).get(abbr) == full
    speaker, claimant, _ = _last(text)
    assert full in (speaker or "") + " " + (claimant or ""), (speaker, claimant)


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee met voters. AL officials said 80 jobs would go.",  # a person's initials
        "Awami League leaders met. AL said 80 seats were won.",  # used as nothing's voice
        "Orland Steel and Ostrava Smelting Ltd met. OS officials said 80 jobs would go.",
        "The Orland Steel plant closed. OS said 80 jobs would go.",
    ],
)
def test_two_letters_stand_for_no_name_without_a_body_s_voice(text) -> None:
    found = mentions.abbreviations(text)
    assert not {k: v for k, v in found.items() if len(k) == 2}, found
