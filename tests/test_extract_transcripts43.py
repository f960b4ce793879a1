"""Issue 25, extract43: a transcript whose page lost some paragraph breaks, its host's
turns, and "the agency" of a page that names a public body. Every text here is written for
these tests.

* A turn label in capitals ("ANN KERR:") that opens a line somewhere on the page also opens
  a turn where it follows the end of a sentence inside a line ("... about?    ANN KERR: Well
  ..."): the answer after it is that speaker's, never its first words' ("Well I think").
* The host's turn that ends in a question is a question with its premise: none of its
  sentences is a claim, nor "you say ..." putting the guest's words back to the guest.
* "Full Transcript:" opening a headline is no speaker.
* "..., the agency said" of a sentence whose subject is a company is said by the public body
  the page named before (a commission, an administration), not by the company."""

from __future__ import annotations

import pytest

from claimtrack.extract import extract

_HOST = "TOM HALE"
_GUEST = "ANN KERR"


def _transcript(sep: str) -> str:
    """A transcript of three exchanges; from the second on, the guest's answer follows the
    host's question on the same line, after ``sep``."""
    return (
        f"Full Transcript: Tom Hale and Ann Kerr\n\n"
        f"The following is a transcript of Tom Hale's interview with former port commissioner "
        f"Ann Kerr.\n\n"
        f"{_HOST}: Commissioner, thanks for joining us.\n\n"
        f"{_GUEST}: Glad to be here.\n\n"
        f"{_HOST}: I was struck by the numbers in your report. You say the port lost 40 ships "
        f"a year. Why did that happen?{sep}{_GUEST}: Well I think anyone who ran the port "
        f"knows that 40 ships a year went elsewhere because of the fees. We cut the fees by "
        f"12% in 2019.\n\n"
        f"{_HOST}: What was the hardest part?{sep}{_GUEST}: We never closed the harbour, "
        f"not for one day.\n"
    )


@pytest.mark.parametrize("sep", ["    ", "\u00a0 \u00a0 ", " ", "\n\n"])
def test_inline_turn_labels_open_the_guest_s_answers(sep: str) -> None:
    _, cands = extract(_transcript(sep))
    quotes = {c.quote: c for c in cands}
    assert quotes, "no candidate"
    for c in cands:
        assert c.speaker == "Ann Kerr", (c.quote, c.speaker, c.speaker_found)
        assert "Full Transcript" not in (c.claimant or "")
    # the host's premise ("You say the port lost 40 ships a year") is no claim
    assert not [q for q in quotes if "You say" in q or "struck" in q], list(quotes)
    assert any(q.startswith("Well I think anyone") for q in quotes), list(quotes)
    assert any(q.startswith("We cut the fees by 12%") for q in quotes), list(quotes)


def test_a_name_in_capitals_inside_a_sentence_is_no_turn() -> None:
    """Only a label that opens a line elsewhere on the page opens a turn inside a line; a
    page with no transcript keeps its sentences whole."""
    text = (
        "Port fees rose again on Monday. The harbour board said 40 ships a year had gone "
        "elsewhere. Critics disagreed. TOM HALE: a name in capitals after a sentence, once.\n"
    )
    _, cands = extract(text)
    assert all(c.speaker != "Tom Hale" for c in cands), [(c.quote, c.speaker) for c in cands]


_AGENCY = (
    "Regulators recall 200,000 heaters\n\n"
    "Days after warning buyers to stop using heaters made by Kestrel Appliances, the "
    "Household Safety {body} (HSB) announced a recall of about 200,000 space heaters on "
    "Tuesday because of fire hazards.\n\n"
    "Kestrel has received 40 reports of the heaters overheating, including 12 reports of "
    "burns, the agency said.\n"
)


@pytest.mark.parametrize("body", ["Commission", "Administration", "Agency", "Bureau"])
def test_the_agency_is_the_public_body_named_before_not_the_company(body: str) -> None:
    _, cands = extract(_AGENCY.format(body=body))
    told = [c for c in cands if c.quote.startswith("Kestrel has received")]
    assert told
    for c in told:
        assert c.speaker == f"Household Safety {body}", (c.speaker, c.speaker_found)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # near-misses: the company said it itself, or the page names no public body
        (
            "Kestrel Motors recalled heaters, it said on Monday. Kestrel has received 40 reports of "
            "overheating, the company said.\n",
            "Kestrel Motors",
        ),
        (
            "Fire officials in Ohio warned buyers. The Federal Heater Agency has received 40 "
            "reports of overheating, the agency said.\n",
            "Federal Heater Agency",
        ),
    ],
)
def test_near_misses_keep_their_speaker(text: str, speaker: str) -> None:
    _, cands = extract(text)
    told = [c for c in cands if "40 reports" in c.quote]
    assert told and all(c.speaker == speaker for c in told), [
        (c.speaker, c.speaker_found) for c in told
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a capital alone before a long dash is a dateline, and a body named first then
        # shortened to its two initials is that body
        (
            "London — Kestrel Airways said Monday it had cancelled 400 flights. KA said it "
            "had offered pilots a rise of 11.5%. KA said 90% of its pilots had struck.\n",
            "Kestrel Airways",
        ),
        (
            "Nairobi — Kestrel Airways said Monday it had cancelled 400 flights.\n",
            "Kestrel Airways",
        ),
    ],
)
def test_a_capital_s_dateline_and_a_body_s_initials(text: str, speaker: str) -> None:
    _, cands = extract(text)
    assert cands and all(c.speaker == speaker for c in cands), [(c.quote, c.speaker) for c in cands]


def test_initials_of_a_person_or_before_the_name_name_nobody() -> None:
    """A person's initials ("Ann Lee": AL) are no body's, nor two letters used before the
    name is written out."""
    _, cands = extract(
        "Ann Lee, the port's director, said 40 ships had left. AL said it was a hard year.\n"
    )
    assert all(c.speaker != "Ann Lee" or "AL said" not in c.quote for c in cands)
    _, cands = extract(
        "KA said it had cancelled 400 flights. Kestrel Airways later confirmed it had offered "
        "pilots a rise of 11.5%.\n"
    )
    first = [c for c in cands if c.quote.startswith("KA said")]
    assert first and all(c.speaker != "Kestrel Airways" for c in first), first
    # used once after the name: may be anything (test_extract_sources' "OS said")
    _, cands = extract("Kestrel Airways cancelled flights. KA said 400 flights were cut.\n")
    once = [c for c in cands if c.quote.startswith("KA said")]
    assert once and all(c.speaker != "Kestrel Airways" for c in once), once
