"""Issue 25, the rules of the twentieth round (written from the fifteenth held-back set's
misses, as rules of English news writing): broadcast transcripts whose labels carry a long
affiliation or a lower-case role, a reporter's or a host's turn that reports someone else,
a participle's agent after a phrase of time, people at a body. Every sentence is written for
these tests, with cases where the rule must not fire."""

from __future__ import annotations

import pytest

from conftest import extract_rows

rows = extract_rows  # (speaker, claimant, first figure or '', how found) per candidate


def by_figure(text: str) -> dict[str, tuple[str | None, str | None, str]]:
    """figure -> (speaker, claimant, how it was found), for every figure candidate."""
    return {r[2]: (r[0], r[1], r[3]) for r in rows(text) if r[2]}


# 1. a broadcast transcript: a label with its affiliation in brackets longer than a line's
# worth ("Ms. LENA VOSS (Head of Data and Statistics, International Federation of ...):"), a
# host's label with a lower-case role on a line of its own ("ANN PRICE, host:"), a
# reporter's full label once and the surname after ("TOM REED:" then "REED:")
TRANSCRIPT = (
    "ANN PRICE, host:\n"
    "A new survey shows how hard it is to count the dead after the storm. The Red Cross and "
    "the Coastal Health Ministry have released a number that is half of an earlier count. "
    "They say that over 4,000 people died in the first month.\n"
    "TOM REED: The survey of the Red Cross is based on visits to 2,000 homes. Lena Voss, "
    "the agency's head of data, says the count includes the missing.\n"
    "Ms. LENA VOSS (Head of Data and Statistics, International Federation of Red Cross and "
    "Red Crescent Societies): It does not include heart attacks. And in fact, drowning is "
    "more than 70 percent of the deaths we have recorded.\n"
    "REED: Families were asked to give the cause of death.\n"
    "Ms. VOSS: That was up to the families, and we did not check it.\n"
    "REED: In all, there were around 4,100 deaths in the month. That is well below the more than "
    "9,000 deaths reported for the same month by researchers at the Coastal Institute of "
    "Public Health in 2020.\n"
)


@pytest.mark.parametrize(
    ("figure", "speaker", "claimant"),
    [
        # "They say" in the host's turn: the two the sentence before opens with
        ("over 4,000 people", "Red Cross and Coastal Health Ministry",
         "Red Cross and Coastal Health Ministry"),
        # the guest's answer, under a label with a long affiliation
        ("more than 70 percent", "Lena Voss", "Lena Voss"),
        # the reporter's own account, under the surname label
        ("around 4,100 deaths", "Tom Reed", "Tom Reed"),
        # a figure the reporter gives from others: its agent after a phrase of time, for
        # the body they work at
        ("more than 9,000 deaths", "researchers at the Coastal Institute of Public Health",
         "Coastal Institute of Public Health"),
    ],
)  # fmt: skip
def test_a_broadcast_transcript(figure: str, speaker: str, claimant: str) -> None:
    got = by_figure(TRANSCRIPT)
    assert got[figure][:2] == (speaker, claimant), rows(TRANSCRIPT)
    assert "guess:" not in got[figure][2], rows(TRANSCRIPT)


def test_a_dateline_in_capitals_is_no_transcript_label() -> None:
    # one paragraph opened by a name in capitals is a dateline, not a turn
    text = (
        "HARBOUR CITY: The port authority said 40 ships were held. It added that 12 had left.\n"
        "Dock workers said the queue was longer.\n"
    )
    assert by_figure(text)["40 ships"][0] == "port authority", rows(text)


# 2. a participle right after its noun, its agent after a phrase of time or place: the
# agent's; an auxiliary or a subject before the verb, or a time after "by", is no agent
@pytest.mark.parametrize(
    ("text", "figure", "speaker"),
    [
        ("That is far below the 9,000 deaths recorded over the same period by the Harbour "
         "Trust.", "9,000 deaths", "Harbour Trust"),
        ("Analysts compared it with the 310 closures reported during the winter by the Retail "
         "Council.", "310 closures", "Retail Council"),
        # a time after "by": no agent
        ("The port counted 40 ships, up from 31 arrivals reported in March by Friday.",
         "40 ships", "port"),
    ],
)  # fmt: skip
def test_an_agent_after_a_phrase_of_time(text: str, figure: str, speaker: str) -> None:
    assert by_figure(text)[figure][0] == speaker, rows(text)


# 3. people at a body speak for it: "researchers at X", "scientists from X"
@pytest.mark.parametrize(
    ("text", "speaker", "claimant"),
    [
        ("According to researchers at the Coastal Institute of Public Health, 9,000 people "
         "died.", "researchers at the Coastal Institute of Public Health",
         "Coastal Institute of Public Health"),
        ("The 9,000 deaths claimed by scientists from the Harbour University are disputed.",
         "scientists from the Harbour University", "Harbour University"),
        # a place is no body: the group stays as written
        ("According to researchers in the capital, 9,000 people died.", "researchers",
         "researchers"),
    ],
)  # fmt: skip
def test_people_at_a_body(text: str, speaker: str, claimant: str) -> None:
    got = [r for r in rows(text) if r[2]]
    assert got and got[0][:2] == (speaker, claimant), rows(text)
