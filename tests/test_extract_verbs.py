"""Issue 25, the eleventh round: every reporting verb of the table (extract/verbs.py), in every
form, in every frame it reports in, names its speaker; and the uses of the same words that
report nothing name nobody. Every sentence is written for these tests from the grammar of
English (none is copied from an article)."""

from __future__ import annotations

import pytest

from claimtrack.extract.verbs import TABLE, Verb, forms, inflections

from conftest import extract_rows

NAME = "Ann Kerr"


def speakers_of(text: str, figure: str) -> list[str | None]:
    """The speaker of every candidate whose first figure holds ``figure``."""
    return [r[0] for r in extract_rows(text) if figure in r[2]]


def speakers(text: str) -> list[str | None]:
    """The speaker of every candidate (a figure denied or disputed is a stance, no figure)."""
    return [r[0] for r in extract_rows(text)]


def _forms(verb: Verb, *names: str) -> list[str]:
    got = inflections(verb)
    return [got[n] for n in names if got[n] not in verb.skip]


def _frame(frame: str) -> list[Verb]:
    return [v for v in TABLE if frame in v.frames.split()]


def _obj(verb: Verb) -> str:
    return f" {verb.obj}" if verb.obj else ""


# --- the table itself ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("base", "expected"),
    [
        ("say", {"say", "says", "said", "saying"}),
        ("tell", {"tell", "tells", "told", "telling"}),
        ("deny", {"deny", "denies", "denied", "denying"}),
        ("admit", {"admit", "admits", "admitted", "admitting"}),
        ("emphasize", {"emphasize", "emphasizes", "emphasized", "emphasizing"}),
        ("emphasise", {"emphasise", "emphasises", "emphasised", "emphasising"}),
        ("stress", {"stresses", "stressed", "stressing"}),  # "stress" is a noun first
        ("point out", {"point out", "points out", "pointed out", "pointing out"}),
        ("testify", {"testify", "testifies", "testified", "testifying"}),
        ("forecast", {"forecast", "forecasts", "forecasting"}),
        ("agree", {"agree", "agrees", "agreed", "agreeing"}),
    ],
)
def test_every_form_is_generated(base: str, expected: set[str]) -> None:
    verb = next(v for v in TABLE if v.base == base)
    assert set(inflections(verb).values()) - verb.skip == expected
    assert expected <= set(forms())


def test_the_table_is_one_entry_per_verb_with_both_spellings() -> None:
    bases = [v.base for v in TABLE]
    assert len(bases) == len(set(bases))
    for american, british in (("emphasize", "emphasise"), ("criticize", "criticise")):
        assert american in bases and british in bases
    # the nouns first are never read bare ("a finding", "the ruling party", "a record")
    assert not {"finding", "ruling", "thinking", "state", "note", "report"} & set(forms())


# --- X VERB that ... ----------------------------------------------------------------------

_SUBJECTS = [
    f"{NAME}",
    f"{NAME}, a spokeswoman for the council,",
    f"{NAME} yesterday",
    f"{NAME} also",
    f"{NAME} later",
    f"{NAME} on Monday",
    f"{NAME} in a statement",
    f"{NAME} did not give a date but",
]

_THAT = [
    (f"{subject} {form}{_obj(v)} that 40 people died in the flood.", v.base)
    for v in _frame("that")
    for form in _forms(v, "past", "third")
    for subject in _SUBJECTS
]


@pytest.mark.parametrize(("text", "base"), _THAT)
def test_name_verb_that(text: str, base: str) -> None:
    assert set(speakers(text)) == {NAME}, extract_rows(text)


_AUXILIARIES = [
    (f"{NAME} {aux} {form}{_obj(v)} that 40 people died in the flood.", v.base)
    for v in _frame("that")
    for aux, name in (("has", "participle"), ("had", "participle"), ("is", "ing"), ("was", "ing"))
    for form in _forms(v, name)
]


@pytest.mark.parametrize(("text", "base"), _AUXILIARIES)
def test_name_auxiliary_verb_that(text: str, base: str) -> None:
    assert set(speakers(text)) == {NAME}, extract_rows(text)


_PRONOUN_THAT = [
    (f"{NAME} runs the council's flood office. She {form}{_obj(v)} that 40 people died.", v.base)
    for v in _frame("that")
    for form in _forms(v, "past", "third")
]


@pytest.mark.parametrize(("text", "base"), _PRONOUN_THAT)
def test_pronoun_verb_that(text: str, base: str) -> None:
    assert set(speakers(text)) == {NAME}, extract_rows(text)


# --- quotations ---------------------------------------------------------------------------

_QUOTE = [
    (text, v.base)
    for v in _frame("quote")
    # a form that is also a plural noun closing the sentence after a name is read as the
    # noun ("Morelos and Puebla states."): docs/extract.md, "What it cannot do"
    for form in _forms(v, "past", "third")
    if form not in v.nouns
    for text in (
        f'"We counted 40 bodies in the river," {NAME} {form}{_obj(v)}.',
        f'"We counted 40 bodies in the river," {NAME}, a spokeswoman for the council, '
        f"{form}{_obj(v)}.",
        f'{NAME} runs the flood office. "We counted 40 bodies in the river," she {form}{_obj(v)}.',
        # the inverted order, for a verb with no hearer ("said Ann Kerr", not "told Ann Kerr")
        *([f'"We counted 40 bodies in the river," {form} {NAME}.'] if not v.obj else []),
    )
]


@pytest.mark.parametrize(("text", "base"), _QUOTE)
def test_quotation_verb_name(text: str, base: str) -> None:
    assert speakers_of(text, "40 bodies") == [NAME], extract_rows(text)


# --- a stance on a figure, a court's decision ---------------------------------------------

_OBJECT = [
    (f"{subject} {form} the official figure of 40 deaths.", v.base)
    for v in _frame("object")
    for form in _forms(v, "past", "third")
    for subject in (NAME, f"{NAME}, the council leader,", f"{NAME} yesterday")
]


@pytest.mark.parametrize(("text", "base"), _OBJECT)
def test_name_verb_a_figure(text: str, base: str) -> None:
    assert set(speakers(text)) == {NAME}, extract_rows(text)


_COURT_SENTENCES = {
    "order": "The High Court {v} the company to pay $5 million in damages.",
    "award": "The High Court {v} the woman $5 million in damages.",
    "sentence": "The High Court {v} the manager to 5 years in prison.",
    "uphold": "The High Court {v} the $5 million award.",
    "overturn": "The High Court {v} the $5 million award.",
    "quash": "The High Court {v} the $5 million award.",
    "fine": "The High Court {v} the company $5 million for the spill.",
}


@pytest.mark.parametrize(
    ("text", "base"),
    [
        (_COURT_SENTENCES[v.base].format(v=form).replace("The High", when), v.base)
        for v in _frame("court")
        for form in _forms(v, "past", "third")
        for when in ("The High", "Yesterday the High")
    ],
)
def test_a_court_decision(text: str, base: str) -> None:
    assert speakers_of(text, "5 ") == ["High Court"], extract_rows(text)


@pytest.mark.parametrize(
    "text",
    [
        f"Forty people died in the flood, according to {NAME}.",
        f"According to {NAME}, 40 people died in the flood.",
        f"Forty people died in the flood, according to {NAME}, a spokeswoman for the council.",
    ],
)
def test_according_to(text: str) -> None:
    assert {r[0] for r in extract_rows(text)} == {NAME}, extract_rows(text)


# --- the same words reporting nothing -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The ruling party won 40 seats.", "40 seats"),
        ("The finding of the inquiry was that 40 people died.", "40 people"),
        ("The shop ordered goods worth $40,000 last week.", "$40,000"),
        ("The judge ordered the defendants to call their 4 witnesses.", "4 witnesses"),
        ("The noted author sold 40,000 books.", "40,000 books"),
        ("Stressed systems failed 40 times last year.", "40 times"),
        ("An estimated 40 people were killed.", "An estimated 40 people"),
        ("Some 40 people are believed to have died.", "Some 40 people"),
        ("Workers were told 40 jobs would go.", "40 jobs"),
        ("The criteria for declaring an emergency include 40 cases.", "40 cases"),
        ("The board asked the firm to cut 40 jobs or explain why it could not.", "40 jobs"),
        ("Claims of 40 job losses were rejected.", "40 job losses"),
        ("The minister concluded a visit of 4 days.", "4 days"),
        ("The two sides cannot agree on 40 of the clauses.", "40"),
        ("The report will raise questions about 40 missing files.", "40 missing files"),
        ("Nobody was told that 40 people had died.", "40 people"),
        ("The alleged attacker stabbed 4 people.", "4 people"),
        ("The disputed region holds 40 villages.", "40 villages"),
        ("Declared assets of $40 million were frozen.", "$40 million"),
        ("The thinking behind the 40 percent cut was unclear.", "40 percent"),
        ("The estimated cost is $40 million.", "$40 million"),
        ("Recorded crime rose 4 percent.", "4 percent"),
        ("The promised 40 homes were never built.", "40 homes"),
        ("Forecast rain of 40 mm fell.", "40 mm"),
        ("The said amount of $40 million was paid.", "$40 million"),
        ("Reports of 40 deaths could not be confirmed.", "40 deaths"),
        ("A reported 40 people died.", "40 people"),
        ("They were warned 40 times.", "40 times"),
        ("The stated aim is to build 40 homes.", "40 homes"),
        ("The answer was 40 votes.", "40 votes"),
    ],
)
def test_the_same_words_reporting_nothing(text: str, figure: str) -> None:
    assert [s for s in speakers_of(text, figure) if s] == [], extract_rows(text)


def test_the_frame_tables_are_large() -> None:
    """The sizes reported in docs/extract.md ("How it reads")."""
    assert len(TABLE) >= 90
    assert len(_THAT) + len(_AUXILIARIES) + len(_PRONOUN_THAT) + len(_QUOTE) + len(_OBJECT) > 1000


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an inverted verb after a clause with no quotation: the noun phrase after it speaks
        ("The plant will shed 550 jobs, said company officials who forecast the closure.",
         "company officials"),
        ("The plant will shed 550 jobs, said a senior official.", "senior official"),
        ("The plant will shed 550 jobs, said Ann Kerr.", NAME),
        # negative: "said to be" is no speech
        ("The plant shed 550 jobs, said to be the most in a decade.", None),
    ],
)  # fmt: skip
def test_clause_then_inverted_verb(text: str, speaker: str | None) -> None:
    assert speakers_of(text, "550 jobs") == [speaker], extract_rows(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a first verb whose subject is an unnamed group, the sentence closing on "according
        # to" a name: the name's account
        (f"Investors were predicting 40 deals this year, according to {NAME}, an analyst.", NAME),
        (f"Residents feared 40 homes were lost, according to {NAME}.", NAME),
        # negative: a named subject keeps the sentence; a source with no name changes nothing
        (f"Kestrel Motors estimated 40 deals, according to {NAME}.", "Kestrel Motors"),
        ("Investors were predicting 40 deals, according to figures.", "Investors"),
    ],
)  # fmt: skip
def test_closing_according_to_after_an_unnamed_group(text: str, speaker: str) -> None:
    assert speakers_of(text, "40 ") == [speaker], extract_rows(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "by" and a gerund after a verb in -ed is how, not who: the subject speaks
        ("The union responded by calling a strike of 4,000 workers.", "union"),
        # the agent after "by" speaks
        ("The figure of 4,000 workers was disputed by the union.", "union"),
    ],
)  # fmt: skip
def test_by_a_gerund_is_no_agent(text: str, speaker: str) -> None:
    assert set(speakers(text)) == {speaker}, extract_rows(text)
