"""Speaker shapes found on the held-back set 241-246 after it was measured (session 47), each
a general rule; sentences of our own, with near misses that must keep their reading.

- a capitalised title of office between a name and its verb ("Mr Ann Kerr, North East
  Regional Minister, told"): the name speaks; the title describes it, however many words;
- a work named in a later sentence gives its author only from its own description ("The
  report, published by X"), never from a "from X" further on ("the report concedes that data
  was requested from X"), and never a name cut short by the search's window;
- a plural and a verb's base or past form are a subject and its verb ("Local reports claim
  120 died": the reports, not "Local" as the subject of "reports");
- a participle on a noun that is counted, never a speaker, before a place or a time ("the
  five deaths recorded at the hospital, seven more died") is no second verb of saying."""

from __future__ import annotations

import pytest

from claimtrack.extract import extract


def _speakers(text: str) -> list[tuple[str | None, bool]]:
    _, cands = extract(text)
    return [(c.speaker, "guess:" in (c.speaker_found or "")) for c in cands]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a capitalised title of office after the name
        (
            "Mr Kofi Mensah, North East Regional Minister, told journalists that 11 men had "
            "been detained.",
            [("Mr Kofi Mensah", False)],
        ),
        (
            "Ann Kerr, Kestria's Finance Minister, said the deficit was $2 billion.",
            [("Ann Kerr", False)],
        ),
        ("Tom Reed, Deputy Chief Executive, said 40 jobs would go.", [("Tom Reed", False)]),
        # near misses: the title before the name, two names, two bodies
        (
            "The North East Regional Minister, Kofi Mensah, said 11 men had been detained.",
            [("Kofi Mensah", False)],
        ),
        ("Ann Kerr, Tom Reed, said 40 jobs would go.", [("Tom Reed", False)]),
        ("Kestrel Mining, Tarn Holdings, said 40 jobs would go.", [("Tarn Holdings", False)]),
        (
            "In Bawku, the Regional Minister said 15 people had been arrested.",
            [("Regional Minister", True)],
        ),
        # a work's author only from its own description
        (
            "The 2020 audit report found $2 million was paid for no work. The report concedes "
            "that data on the deal was requested from the Ministry of Finance by the auditors.",
            [("audit report", True), ("report", True)],
        ),
        # near misses: the description names the author
        (
            "The 2020 audit report found $2 million was paid for no work. The report, by the "
            "Tarn Audit Office, covers 40 ministries.",
            [("Tarn Audit Office", False), ("Tarn Audit Office", True)],
        ),
        (
            "A new study found 40 percent of rivers were polluted. The study, carried out by "
            "the Clean Water Trust, covered 300 sites.",
            [("Clean Water Trust", False), ("Clean Water Trust", True)],
        ),
        (
            "The report, published by the Tarn Audit Office, said $2 million was paid for no work.",
            [("Tarn Audit Office", False)],
        ),
        # a plural noun then a verb's base or past form
        ("Local reports claim 120 people have died.", [("Local reports", True)]),
        ("Early reports claimed 300 homes were lost.", [("Early reports", True)]),
        # near misses: a name then "reports"; a compound noun with "estimates"
        ("Ann Kerr reports 120 people have died.", [("Ann Kerr", False)]),
        # a participle on a counted noun, before a place or a time
        (
            "Villagers told journalists besides the four deaths recorded at the Tarn clinic, "
            "six more died on Monday.",
            [("Villagers", True), ("Villagers", True)],
        ),
        # near misses: a time word before the verb is an adverb; "by" names the agent
        (
            "Finance Minister Ann Kerr yesterday disclosed in Parliament that unemployment "
            "was 10.7%.",
            [("Ann Kerr", False)],
        ),
        (
            "That is well above the 12 deaths recorded during the same week by the Tarn Health Ministry.",
            [("Tarn Health Ministry", False)],
        ),
        (
            "Ann Kerr said 40 people died, against the 12 deaths reported by the Tarn "
            "Health Ministry.",
            [("Ann Kerr", False), ("Tarn Health Ministry", False)],
        ),
    ],
)
def test_speaker(text: str, want: list[tuple[str | None, bool]]) -> None:
    assert _speakers(text) == want


def test_a_name_is_never_cut_inside_a_word() -> None:
    """The window after a work ends mid-name ("Ministry of F"): no speaker may end inside a
    word of the page."""
    text = (
        "According to the 2020 Audit Service report on state bodies the Ministry of Works "
        "paid Brant Partners in 2019 to trace assets.\n\n"
        "\u201cEven the report admits that the papers on this deal were sought, weeks before "
        "it closed, from the Ministry of Public Works by the auditors who found no work for "
        "the $1million,\u201d the minister said."
    )
    _, cands = extract(text)
    assert cands
    for c in cands:
        assert c.speaker is None or any(
            text[i : i + len(c.speaker)] == c.speaker
            and not text[i + len(c.speaker) : i + len(c.speaker) + 1].isalnum()
            for i in range(len(text))
        ), c.speaker
