"""names2: an acronym and the long name it shortens are one claimant, as English writes
organisation names: the initials of the name's big words, of the name without a trailing
"and X" / "& X" ("Centers for Disease Control [and Prevention]"), or without a leading "U.S.",
"UK" or "UN" (or with it kept whole: "UKHSA"). The near-miss question (names.py) and the
origins join (evidence.py) take the same pairs; the join is said in the grade line."""

from __future__ import annotations

import pytest

from claimtrack.evidence import _initials_pairs
from claimtrack.names import same_organisation

# (acronym, name, whether they meet): real bodies, and pairs that must stay apart
ACRONYMS = [
    ("WHO", "World Health Organization", True),
    ("CDC", "Centers for Disease Control", True),
    ("CDC", "Centers for Disease Control and Prevention", True),  # "and Prevention" left off
    ("CDC", "U.S. Centers for Disease Control and Prevention", True),  # and "U.S."
    ("FEMA", "Federal Emergency Management Agency", True),
    ("NHS", "National Health Service", True),  # "National" stays in the initials
    ("ONS", "Office for National Statistics", True),
    ("ONS", "UK Office for National Statistics", True),
    ("BBC", "British Broadcasting Corporation", True),
    ("IDF", "Israel Defense Forces", True),
    ("UNHCR", "United Nations High Commissioner for Refugees", True),
    ("UNHCR", "UN High Commissioner for Refugees", True),  # "UN" kept whole
    ("UKHSA", "UK Health Security Agency", True),
    ("FDA", "U.S. Food and Drug Administration", True),
    ("USAID", "U.S. Agency for International Development", True),
    ("OCHA", "UN Office for the Coordination of Humanitarian Affairs", True),
    ("KNCHR", "Kenya National Commission on Human Rights", True),  # a country's name stays
    # apart: another body's initials, too few letters, not in capitals, a second body after
    # "and", initials English does not make of the words
    ("KHRC", "Kenya National Commission on Human Rights", False),
    ("HS", "National Health Service", False),
    ("CD", "Centers for Disease Control and Prevention", False),
    ("Cdc", "Centers for Disease Control and Prevention", False),
    ("WHO", "World Health Organization and Save the Children", False),
    ("CMS", "Centers for Medicare & Medicaid Services", False),
    ("HHS", "Department of Health and Human Services", False),
    ("KNHRC", "Kenya National Commission on Human Rights", False),
]


@pytest.mark.parametrize(("acronym", "name", "meets"), ACRONYMS)
def test_an_acronym_meets_the_name_it_shortens(acronym: str, name: str, meets: bool) -> None:
    # the near-miss question, both ways round
    assert same_organisation(acronym, [name]) == ([name] if meets else [])
    assert same_organisation(name, [acronym]) == ([acronym] if meets else [])
    # the origins
    assert _initials_pairs([acronym, name]) == ([(acronym, name)] if meets else [])


# (name, name, whether the question is asked): the long forms of one body meet each other
FORMS = [
    ("Centers for Disease Control", "Centers for Disease Control and Prevention", True),
    ("Centers for Disease Control", "U.S. Centers for Disease Control and Prevention (CDC)", True),
    ("Food and Drug Administration", "U.S. Food and Drug Administration", True),
    ("Embassy Public Affairs Office", "US Embassy Public Affairs Office", True),
    # two countries' bodies of one name, a prefix with one word after it, a second body
    ("UK Embassy Public Affairs Office", "US Embassy Public Affairs Office", False),
    ("officials", "US officials", False),
    ("World Health Organization", "World Health Organization and Save the Children", False),
    ("Ministry of Health", "Ministry of Health and Sanitation", False),
]


@pytest.mark.parametrize(("one", "other", "asked"), FORMS)
def test_the_long_forms_of_one_body_are_asked_about(one: str, other: str, asked: bool) -> None:
    assert same_organisation(one, [other]) == ([other] if asked else [])
    assert same_organisation(other, [one]) == ([one] if asked else [])
