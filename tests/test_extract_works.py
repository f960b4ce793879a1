"""Issue 25, the twelfth round: every work of the table (extract/works.py), in every nominal
frame that names its author, gives its figure to that author; and the uses of the same words
that report nothing name nobody. Every sentence is written for these tests from the grammar
of English (none is copied from an article)."""

from __future__ import annotations

import re

import pytest

from claimtrack.extract.works import TABLE, UNAUTHORED, Work, nouns, pattern

from conftest import extract_rows

AUTHORS = ("the Harbour Board", "Kestrel Motors")


def _speakers(text: str) -> list[str | None]:
    """The speaker of every candidate that carries a figure."""
    return [r[0] for r in extract_rows(text) if r[2]]


def _works() -> list[tuple[str, bool]]:
    """Each form of the table once: (noun, plural?)."""
    seen: dict[str, bool] = {}
    for w in TABLE:
        if w.singular:
            seen.setdefault(w.noun, w.noun in {"data", "statistics"})
        if w.plural:
            seen.setdefault(w.plural, True)
    return sorted(seen.items())


def _bare(author: str) -> str:
    return author.removeprefix("the ")


def _cap(author: str) -> str:
    return author[:1].upper() + author[1:]


def _frames(noun: str, plural: bool, author: str) -> list[str]:
    """A sentence for each nominal frame of ``noun`` with ``author`` (module docstring)."""
    show = "show" if plural else "shows"
    a = "The" if plural else ("An" if noun[0] in "aeiou" else "A")
    owner = f"{_cap(author)}'s"
    return [
        f"{owner} {noun} {show} 1,200 deaths last year.",
        f"{owner} latest {noun} {show} 1,200 deaths last year.",
        f"The {_bare(author)} {noun} {show} 1,200 deaths last year.",
        f"{a} {noun} from {author} {show} 1,200 deaths last year.",
        f"{a} {noun} by {author} {show} 1,200 deaths last year.",
        f"{a} {noun} released by {author} {show} 1,200 deaths last year.",
        f"{a} {noun} compiled by {author} {show} 1,200 deaths last year.",
        f"{a} {noun} by {author} found 1,200 deaths.",
        f"According to {author}'s {noun}, 1,200 people died last year.",
        f"According to {a.lower()} {noun} published by {author}, 1,200 people died last year.",
        f"Some 1,200 people died last year, according to {author}'s {noun}.",
        f"Some 1,200 people died last year, {author}'s {noun} showed.",
        f"{owner} {noun} put the toll at 1,200.",
    ]


# "a filing released by X": the participle after a noun in -ing is read as a verb phrase (a
# known gap, docs/extract.md "What it cannot do")
_GAP = pytest.mark.xfail(reason="a noun in -ing before a participle", strict=True)

CASES = [
    pytest.param(
        text,
        _bare(author),
        id=text,
        marks=[_GAP] if re.search(r"filing (?:released|compiled|published) by", text) else [],
    )
    for author in AUTHORS
    for noun, plural in _works()
    for text in _frames(noun, plural, author)
]


@pytest.mark.parametrize(("text", "author"), CASES)
def test_a_works_figure_is_its_authors(text: str, author: str) -> None:
    rows = [r for r in extract_rows(text) if r[2]]
    assert rows, text
    assert all(r[0] is not None and r[0].removeprefix("the ") == author for r in rows), rows
    # a name in a frame of its own: strong evidence, no guess ("from X" is no place here)
    assert not [r[3] for r in rows if "guess:" in r[3]]


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("The latest figures from the Harbour Board show 1,200 deaths.", "Harbour Board"),
        ("Official figures from the Harbour Board show 1,200 deaths.", "Harbour Board"),
        ("Data from Johns Hopkins University showed 1,200 deaths.", "Johns Hopkins University"),
        ("Figures released on Monday by the Harbour Board show 1,200 deaths.", "Harbour Board"),
        ("The Harbour Board's figures, released on Monday, show 1,200 deaths.", "Harbour Board"),
        ("A Reuters tally put the toll at 1,200.", "Reuters"),
        ("An AFP count based on official sources put the toll at 1,200.", "AFP"),
        ("The toll rose to 1,200, according to a tally by the Harbour Board.", "Harbour Board"),
        ("The Harbour Board, in its latest update, put the toll at 1,200.", "Harbour Board"),
        ("In a statement, the Harbour Board said 1,200 people had died.", "Harbour Board"),
    ],
)
def test_more_frames_of_a_work_and_its_author(text: str, author: str) -> None:
    rows = [r for r in extract_rows(text) if r[2]]
    assert [r[0] for r in rows] == [author]
    assert "guess:" not in rows[0][3]


# --- the table itself ---------------------------------------------------------------------


def test_the_table_is_one_entry_per_noun_and_kind() -> None:
    keys = [(w.noun, w.kind) for w in TABLE]
    assert len(keys) == len(set(keys))
    assert {w.kind for w in TABLE} == {"document", "inquiry", "data"}
    # the singulars that are other words first are never read bare
    assert not {"figure", "finding", "number", "result", "record"} & nouns()
    assert {"figures", "findings", "tally", "tallies", "update", "bulletin"} <= nouns()


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("document", {"statement", "report", "update", "bulletin", "memo"}),
        ("inquiry", {"study", "survey", "audit", "poll", "findings"}),
        ("data", {"data", "figures", "estimate", "estimates", "tally", "count"}),
    ],
)
def test_nouns_by_kind(kind: str, expected: set[str]) -> None:
    assert expected <= nouns(kind)
    assert nouns(kind, plural=False) <= nouns(kind)


def test_the_pattern_tries_longer_forms_first() -> None:
    alternation = pattern().split("|")
    assert alternation.index("statistics") < alternation.index("data")
    assert alternation.index("estimates") < alternation.index("estimate")
    assert isinstance(TABLE[0], Work)


# --- the same words that name no author, and uses that report nothing -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Board-run hospital treated 1,200 people last year.",  # an X-run place
        "A Harbour Board-led coalition won 40 seats.",  # an X-led body acts
        "Police found three bodies in the river.",  # a person's "found" is an act
        "Rescuers listed 40 names on Monday.",
        "Divers found 12 survivors after the report was released.",
        "The report runs to 40 pages.",
    ],
)
def test_uses_that_report_nothing_name_nobody(text: str) -> None:
    assert _speakers(text) == [None] * len(_speakers(text))


@pytest.mark.parametrize(
    "text",
    [
        "Recent estimates put the toll at 300.",
        "Official figures show 1,200 deaths.",
        # a period is no issuer: "from 2019", "for the first quarter"
        "Data from 2019 show 1,200 deaths.",
        "Figures for the first quarter show 1,200 deaths.",
    ],
)
def test_figures_without_an_issuer_are_the_outlets(text: str) -> None:
    """Figures, data and estimates cannot say things: without an issuer they are the
    outlet's narration (extract/agents.py), where extract18 left them a guessed speaker."""
    rows = [r for r in extract_rows(text) if r[2]]
    assert [r[0] for r in rows] == [None]
    assert "cannot say things and names no issuer" in rows[0][3]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Media reports said 40 people died.", "Media reports"),
        ("Early reports suggested 40 people died.", "Early reports"),
        # a period is no author: "from January"
        ("A report from January found 40 percent of homes were damaged.", "report from January"),
    ],
)
def test_a_work_described_but_not_authored_stays_a_guess(text: str, speaker: str) -> None:
    rows = [r for r in extract_rows(text) if r[2]]
    assert [r[0] for r in rows] == [speaker]
    assert all("guess:" in r[3] for r in rows)
    if len(speaker.split()) == 2:  # "Media reports": its first word describes it
        assert speaker.split()[0].lower() in UNAUTHORED


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Ann Kerr spoke next. Kerr\'s reply was "We created 4,000 jobs last year."', "Ann Kerr"),
        ('Ann Kerr spoke next. Kerr\'s answer to this was "We hired 4,000 nurses."', "Ann Kerr"),
        ('Tom Baker spoke first. Baker\'s response: "We built 300 homes."', "Tom Baker"),
    ],
)
def test_a_persons_words_named_by_their_owner(text: str, speaker: str) -> None:
    assert [r[0] for r in extract_rows(text) if r[2]] == [speaker]


# --- an act told with a verb of speech: a spell of time lived through is no count -----------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The city recorded three straight days of protest last week.", None),
        ("Hong Kong recorded two weeks of strikes in 2019.", None),
        # (review25: "at 41 degrees" was the count "41"; a temperature is now shown refused)
        ("The city recorded its hottest day on Monday, when 41 people were treated.", None),
        # a count recorded is the recorder's
        ("Police recorded 40 arrests on Monday.", "Police"),
        ("The Harbour Board recorded 1,200 sailings in March.", "Harbour Board"),
    ],
)
def test_recorded_a_spell_of_time_is_the_outlets_account(text: str, speaker: str | None) -> None:
    assert {r[0] for r in extract_rows(text) if r[2]} == {speaker}


# --- a source cited or quoted "as" estimating, putting, claiming: the one cited -------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Local radio cited the Harbour Board as estimating the crowd at 40,000.", "Harbour Board"),
        ("Local radio quoted the Harbour Board as putting the crowd at 40,000.", "Harbour Board"),
        ("State television cited Ann Kerr as claiming that 300 people died.", "Ann Kerr"),
        ("Ann Kerr was quoted as claiming that 300 people died.", "Ann Kerr"),
        ("Ann Kerr was cited as estimating 300 deaths.", "Ann Kerr"),
    ],
)
def test_the_one_cited_as_estimating_speaks(text: str, speaker: str) -> None:
    rows = [r for r in extract_rows(text) if r[2]]
    assert [r[0] for r in rows] == [speaker]


# --- a participle opening the sentence that revises a figure: the main clause's subject -----


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Revising the death toll to 1,200, Ann Kerr declined to say more.", "Ann Kerr"),
        ("Raising the estimate to 40,000, the Harbour Board said more ships were due.",
         "Harbour Board"),
        ("Putting the damage at $12 million, Kestrel Motors said claims would rise.",
         "Kestrel Motors"),
        ("Ann Kerr spoke. Correcting this figure to 1,011, she declined to say more.", "Ann Kerr"),
        # an act, not a figure given: nobody's
        ("Raising prices to $5, the company lost customers.", None),
        ("Raising its output to 300 tonnes, the company lost money.", None),
    ],
)  # fmt: skip
def test_an_opening_revision_is_the_main_subjects(text: str, speaker: str | None) -> None:
    assert {r[0] for r in extract_rows(text) if r[2]} == {speaker}
