"""Issue 25, extract32: what a run on an outbreak story found (docs/extract.md, "A run on an
outbreak story"): a dateline's agency after an abbreviated state, a body's name written with
's, a notice whose issuer is named. Every sentence is written for these tests (none is copied
from an article)."""

from __future__ import annotations

import pytest

from claimtrack.extract import extract, mentions, read_figures
from claimtrack.extract.naming import whole_name

from conftest import extract_rows


@pytest.mark.parametrize(
    "text",
    [
        "Wells tested\n\nSPRINGFIELD, Ill. (WXYZ) - The county health board said 12 people fell ill.",
        "Wells tested\n\nDOVER, Del. (KTTV) — The county health board said 12 people fell ill.",
    ],
)
def test_a_datelines_agency_stays_with_its_dateline(text: str) -> None:
    quotes = [c.quote for c in extract(text)[1]]
    assert quotes, text
    assert all(not q.startswith("(") for q in quotes), quotes
    assert quotes[0].endswith("The county health board said 12 people fell ill."), quotes


@pytest.mark.parametrize(
    ("reading", "name", "whole"),
    [
        ("Wendell's said the buns were safe. A Wendell's spokesperson agreed.", "Wendell", "Wendell's"),
        ("The buns, a Wendell’s spokesperson said, are safe. Wendell’s has shut 40 shops.", "Wendell", "Wendell’s"),
        ("Wendell's, which sells buns, shut 40 shops. A Wendell's spokesperson agreed.", "Wendell", "Wendell's"),
        # the bare name is written too: the 's is a possessive
        ("Kenya's minister said so. Kenya said it would not.", "Kenya", None),
        # no place where a possessive cannot stand: left as it is
        ("Kenya's minister said so. Kenya's roads are bad.", "Kenya", None),
        ("Wendell's spokesperson said so.", "", None),
        # a noun after the 's: a possessive (session 38's CI: "the Harbour Board's estimates
        # show" gave the speaker "Harbour Board's")
        ("The Harbour Board's estimates show 1,200 deaths.", "Harbour Board", None),
        ("Kestrel's estimated toll rose to 40.", "Kestrel", None),
    ],
)  # fmt: skip
def test_a_name_written_with_s_stays_whole(reading: str, name: str, whole: str | None) -> None:
    assert whole_name(reading, name) == whole


@pytest.mark.parametrize(
    ("text", "speaker", "claimant"),
    [
        (
            "Wendell's said the buns were safe. The buns are baked daily, a Wendell's "
            "spokesperson said.",
            "Wendell's spokesperson",
            "Wendell's",
        ),
        (
            "Kenya's minister said 5 people died. Kenya's roads are bad.",
            "Kenya's minister",
            "Kenya",
        ),
        (
            "Shops pulled the greens, according to a notification from wholesaler Brightfield Foods.",
            "Brightfield Foods",
            "Brightfield Foods",
        ),
        (
            "Shops pulled the greens on Monday, according to a notice from Brightfield Foods.",
            "Brightfield Foods",
            "Brightfield Foods",
        ),
        (
            "Shops pulled the greens, according to an advisory from the Harbour Board.",
            "Harbour Board",
            "Harbour Board",
        ),
    ],
)
def test_the_speaker_is_written_as_the_page_writes_it(
    text: str, speaker: str, claimant: str
) -> None:
    rows = extract_rows(text)
    assert (rows[-1][0], rows[-1][1]) == (speaker, claimant), rows


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Four people were treated and one patient died.", ["Four people", "one patient"]),
        ("One woman in the valley has died, and two others fell ill.", ["One woman", "two others"]),
        ("One elderly man was killed in the blast.", ["One elderly man"]),
        ("At least one worker was injured.", ["At least one worker"]),
        # "one" as a pronoun, an article's word or with no harm beside it: no figure
        ("One of the men died.", []),
        ("No one died.", []),
        ("One person praised the food.", []),
        ("The board met one morning and one official left.", []),
    ],
)
def test_one_is_a_count_of_people_harmed(text: str, figures: list[str]) -> None:
    assert [f.figure.text for f in read_figures(text, 0, len(text))[0]] == figures


@pytest.mark.parametrize(
    ("text", "speaker", "claimant", "guess"),
    [
        # the company a sentence is about speaks through "a company spokesperson"
        (
            "Brightfield Foods recalled lettuce. Wendell's also buys beef from many farms, "
            "a company spokesperson said.",
            "company spokesperson",
            "Wendell's",
            True,
        ),
        # one company named before: "the company" is it
        (
            "Brightfield Foods recalled lettuce. Beef comes from many farms, a company "
            "spokesperson said.",
            "company spokesperson",
            "Brightfield Foods",
            False,
        ),
        # a supplier and a distributor named before: the last that spoke, marked as a guess
        (
            "Wendell's supplier Carver Farms on Monday recalled lettuce, according to a notice "
            "from distributor U.S. Greens Foods. The company told reporters it found no bacteria.",
            "U.S. Greens Foods",
            "U.S. Greens Foods",
            True,
        ),
    ],
)
def test_the_company_is_a_guess_among_several(
    text: str, speaker: str, claimant: str, guess: bool
) -> None:
    row = extract_rows(text)[-1]
    assert (row[0], row[1], "guess:" in row[3]) == (speaker, claimant, guess), row


@pytest.mark.parametrize(
    ("text", "abbreviations"),
    [
        # the page's whole name before the brackets, never the part before "and"
        (
            "The Office for Safe Water and Sanitation (OSW) said. OSW agreed.",
            {"OSW": "Office for Safe Water and Sanitation"},
        ),
        ("The Food and Harbour Board (FHB) said so.", {"FHB": "Food and Harbour Board"}),
        ("The Harbour Safety Board (HSB) said so.", {"HSB": "Harbour Safety Board"}),
    ],
)
def test_an_abbreviation_is_the_name_the_page_writes(
    text: str, abbreviations: dict[str, str]
) -> None:
    assert mentions.abbreviations(text) == abbreviations


@pytest.mark.parametrize(
    ("text", "speaker", "claimant"),
    [
        (
            '"The greens were the source," Ann Kerr, public affairs officer at the Harbour '
            "Board, told reporters.",
            "Ann Kerr",
            "Harbour Board",
        ),
        (
            '"The greens were the source," Ann Kerr, a spokeswoman for the Harbour Board, '
            "previously told reporters.",
            "Ann Kerr",
            "Harbour Board",
        ),
        (
            '"The greens were the source," Ann Kerr, chief medical officer at Harbour Hospital, '
            "later said.",
            "Ann Kerr",
            "Harbour Hospital",
        ),
    ],
)
def test_a_job_title_after_a_name_describes_the_speaker(
    text: str, speaker: str, claimant: str
) -> None:
    row = extract_rows(text)[-1]
    assert (row[0], row[1]) == (speaker, claimant), row


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Distributor Brightfield Foods said 5 shops shut.", "Brightfield Foods"),
        ("Wendell's supplier Carver Farms said 5 shops shut.", "Carver Farms"),
        ("The distributor Brightfield Foods said 5 shops shut.", "Brightfield Foods"),
        (
            "Wendell's said 40 shops shut, while distributor Brightfield Foods said 12 trucks "
            "were stopped.",
            "Brightfield Foods",
        ),
        # the kind is a word of the name: kept
        ("Harbour Supply Group said 5 shops shut.", "Harbour Supply Group"),
    ],
)
def test_a_kind_before_a_name_is_no_part_of_it(text: str, speaker: str) -> None:
    assert extract_rows(text)[-1][0] == speaker


@pytest.mark.parametrize(
    ("text", "figure_speaker"),
    [
        # the toll in a relative clause after what was said: the outlet's background
        (
            "Wendell's said it thinks the lettuce caused the outbreak, which sickened at least "
            "75 others in the region.",
            None,
        ),
        ("Police said the blast, which killed 12 people, was caused by gas.", None),
        # a figure of the reported clause stays the speaker's
        ("Police said 12 people died in the blast, which shook the town.", "Police"),
        ('Police said "the blast, which killed 12 people, was an accident".', "Police"),
    ],
)
def test_a_toll_in_a_which_clause_is_the_outlets(text: str, figure_speaker: str | None) -> None:
    rows = [r for r in extract_rows(text) if r[2]]
    assert [r[0] for r in rows] == [figure_speaker], rows


@pytest.mark.parametrize(
    ("text", "speaker", "claimant"),
    [
        # session 38: a field of office before a comma named a body "Trade"
        ("Trade minister, Jane Doe, said exports rose 4 percent.", "Jane Doe", "Jane Doe"),
        ("Deputy Health secretary, Tom Roe, said 40 beds were shut.", "Tom Roe", "Tom Roe"),
        # as without the comma
        ("Trade Minister Jane Doe said exports rose 4 percent.", "Jane Doe", "Jane Doe"),
        # a body before the role is still the claimant
        ("Police chief, Ann Lee, said 12 people were arrested.", "Ann Lee", "Police"),
        ("Kestrel Motors chief executive Ann Kerr said sales rose 4 percent.", "Ann Kerr",
         "Kestrel Motors"),
    ],
)  # fmt: skip
def test_a_field_of_office_before_a_name_is_no_body(text: str, speaker: str, claimant: str) -> None:
    rows = extract_rows(text)
    assert rows, text
    assert rows[0][:2] == (speaker, claimant), rows
