"""A source's figure given to its source, not to another name in the window (extract49).

Each row is an invented sentence (or short page) with the speaker and whether it is marked a
guess; near misses, where the other name really is the speaker, keep it."""

from __future__ import annotations

import pytest

from claimtrack.extract import extract


def _figures(text: str) -> list[tuple[str | None, bool, str]]:
    _, cands = extract(text)
    return [
        (c.speaker, "guess:" in (c.speaker_found or ""), c.figures[0].figure.text)
        for c in cands
        if c.figures
    ]


OFFICE = "Figures published by the Tarn Statistics Office showed crime falling.\n\n"
FIGHTERS = "Fighters of the Kestrel Front reported the clash in an e-mail on Wednesday.\n\n"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a work the speaker relays: the speaker (a pronoun's referent) is the source
        (
            OFFICE + "It said the Kestrel Crime Survey showed 80% of adults were not victims.",
            [("Tarn Statistics Office", False, "80% of adults")],
        ),
        (
            "Ann Kerr said in a statement the Tarnwell report showed health had been cut in "
            "four out of six budgets.",
            [("Ann Kerr", False, "four out of six budgets")],
        ),
        (
            "The minister told MPs that a Harbour study found 300 homes were empty.",
            [("minister", True, "300 homes")],
        ),
        # near misses: a work in a clause of its own, a work in a relative clause, a second
        # source in a contrast: the work's (marked) or the other source's
        (
            "The union said 5,000 marched, while a police report showed 2,000 attended.",
            [("union", True, "5,000"), ("police report", True, "2,000")],
        ),
        (
            "The Tarn Herald says the survey matches a letter published in May that estimated "
            "300 deaths.",
            [("letter", True, "300 deaths")],
        ),
        (
            "Ann Kerr spoke as the audit showed 40 schools had closed.",
            [("audit", True, "40 schools")],
        ),
        # a relative clause on the speaker named after the quotation: the outlet's description,
        # unless the clause has a verb of speech of its own
        (
            FIGHTERS + '"We hold the town," said the fighters, whose attacks have cut the '
            "region's output by 20 per cent.",
            [(None, False, "20 per cent")],
        ),
        (
            '"We saw it," said Tom Reed, who told reporters that 40 homes had burned.',
            [("Tom Reed", False, "40 homes")],
        ),
        (
            '"We saw it," said Tom Reed, who lost 40 cattle in the flood.',
            [(None, False, "40 cattle")],
        ),
        # near misses: the speaker's own words after "said X" with no relative clause
        (
            '"We saw it," Tom Reed said, adding that 40 homes had burned.',
            [("Tom Reed", False, "40 homes")],
        ),
        ("Tom Reed, who lost 40 cattle, said the dam had failed.", [(None, False, "40 cattle")]),
    ],
)
def test_the_source_in_the_window(text: str, want: list) -> None:
    assert _figures(text) == want


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a rank with its full stop, the body after "from the": the person
        (
            "Cmdr. Ann Vos from the Kestrel Coast Guard said crews recovered 300 barrels.",
            "Cmdr. Ann Vos",
        ),
        ("Ann Vos of the Kestrel Coast Guard said crews recovered 300 barrels.", "Ann Vos"),
        # near miss: a town after "from" is a description kept with the name
        ("Ann Vos from Leeds said 40 homes were lost.", "Ann Vos from Leeds"),
    ],
)
def test_a_person_from_a_body(text: str, speaker: str) -> None:
    assert [c.speaker for c in extract(text)[1] if c.figures] == [speaker]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a determiner or an ordinal before a work is no author; the agent after "by" is
        (
            "Another study published in May by Tarn University researchers estimated that at "
            "least 4,600 people died.",
            [("Tarn University", False, "at least 4,600 people")],
        ),
        ("Each survey found 40 homes empty.", [("Each survey", True, "40 homes empty")]),
        # near miss: a named author before the work keeps it
        (
            "A Kestrel Institute study estimated that 300 people died.",
            [("Kestrel Institute", False, "300 people")],
        ),
        # a verb telling an act inside what the speaker says is no second speaker
        (
            "Reports claim that Kestrel Rovers have agreed a fee of 40 million euros.",
            [("Reports", True, "40 million euros")],
        ),
        (
            "Ann Kerr said the council agreed to pay 300 families.",
            [("Ann Kerr", False, "300 families")],
        ),
        # near misses: a verb of reporting inside it, and an act in a clause of its own
        (
            "Ann Kerr said police reported 2,000 arrests.",
            [("police", True, "2,000 arrests")],
        ),
        (
            "Ann Kerr said 5,000 marched, while police agreed a figure of 2,000.",
            [("Ann Kerr", False, "5,000"), ("police", True, "2,000")],
        ),
    ],
)
def test_a_work_or_an_act_inside_the_window(text: str, want: list) -> None:
    assert _figures(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a description with a name in it is not linked to a later name without that name
        (
            "Police said 1,200 were called, while a Harbour University study showed 900 went "
            "unreported.\n\nAnother study published in May by Tarn University researchers "
            "estimated that 2,400 crimes went unreported.",
            "Harbour University study",
        ),
        # near miss: a description with no name is linked, as a guess, as before
        (
            "Police said 1,200 were called, while a university study showed 900 went "
            "unreported.\n\nAnother study published in May by Tarn University researchers "
            "estimated that 2,400 crimes went unreported.",
            "Tarn University",
        ),
    ],
)
def test_a_named_description_keeps_its_name(text: str, want: str) -> None:
    assert [s for s, _, fig in _figures(text) if fig == "900"] == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "they" never stands for one person the article marks "he" or "she"
        (
            "Mr Tom Reed pleaded guilty on Friday.\n\nThey said 40 people had been defrauded.",
            [(None, False, "40 people")],
        ),
        (
            "Sen. Tom Reed spoke on Friday.\n\nThey said 40 people had been defrauded.",
            [(None, False, "40 people")],
        ),
        # near misses: a body, a group and two people are "they"
        (
            "Kestrel Motors said sales fell.\n\nThey said 40 jobs would go.",
            [("Kestrel Motors", False, "40 jobs")],
        ),
        (
            "Union leaders said the strike would go on.\n\nThey said 4,000 had walked out.",
            [("Union leaders", True, "4,000")],
        ),
    ],
)
def test_they_is_no_single_person(text: str, want: list) -> None:
    assert _figures(text) == want
