"""Issue 25, extract38: three frames of speech the thirty-fourth set showed missing (every
text here is written for these tests; none is copied from an article).

* "reporting" after a form of "be" is a report in progress ("X is reporting the talks could
  lead to $100 a share"), and an auxiliary run before a verb ("X has been saying") is no part
  of its subject; "the reporting period", "reporting for duty", "saying goodbye", "said
  nothing about" report nothing.
* "according to information (data, a post, a statement ...) on the X website (page,
  account)": X, the owner named; "this website", "its page" or no place at all name no one.
* A relative clause whose own subject uses what it is attached to in order to say something
  ("costings, which the party is relying on to claim a $900 million hole"): the clause's subject
  says its figure, not the main clause's."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import examples, extract_rows


def _speaker_of(text: str, figure: str) -> tuple[str | None, str]:
    """(speaker, how it was found) of the candidate whose first figure is ``figure``."""
    return next((who, how) for who, _, fig, how in extract_rows(text) if fig == figure)


_PROGRESSIVE = [
    ("Bloomberg is reporting the two firms are in talks on a price of $100 a share.", "$100", "Bloomberg"),
    ("Meanwhile, Reuters is reporting that 40 people died in the blast.", "40 people", "Reuters"),
    ("The Kestrel Herald was reporting on Monday that 300 homes had burned.", "300 homes", "Kestrel Herald"),
    ("Local broadcasters were reporting that 12 miners were trapped.", "12 miners", "Local broadcasters"),
    ("The Journal has been reporting that the price is $95 a share.", "$95", "Journal"),
    ("State media had been reporting 40 deaths since dawn.", "40 deaths", "State media"),
    ("Harbour Union has been saying that 300 jobs will go.", "300 jobs", "Harbour Union"),
    ("The Kestrel Institute had been estimating that 2,000 people were displaced.", "2,000 people", "Kestrel Institute"),
    ("Tom Reed has been claiming the plant lost $5 million.", "$5 million", "Tom Reed"),
    ("Ann Kerr had told reporters that 300 homes were lost.", "300 homes", "Ann Kerr"),
    ("The Harbour Board has estimated 2,000 people were displaced.", "2,000 people", "Harbour Board"),
]  # fmt: skip


_NOT_SPEECH = [
    ("Sales in the reporting period rose 5% to $3 billion.", "5%"),
    ("Ann Kerr is reporting from Kabul, where 40 people died on Monday.", "40 people"),
    ("The nurse was reporting for duty when 40 patients arrived.", "40 patients"),
    ("Tom Reed was reporting to the board when 300 jobs went.", "300 jobs"),
    ("The Kestrel Herald was reporting on the strike, in which 300 jobs went.", "300 jobs"),
    ("The minister was saying goodbye to 300 staff on Friday.", "300 staff"),
    ("Tom Reed said farewell to 300 staff on Friday.", "300 staff"),
    ("The Harbour Board has said nothing about the 300 jobs.", "300 jobs"),
    ("Ann Kerr said little about the 40 homes.", "40 homes"),
]


_POSTED = [
    ("The fire burned 1,000 acres, according to information on the Cal Fire website.", "1,000 acres", "Cal Fire"),
    ("The toll rose to 40, according to a statement on the UNHCR website.", "40", "UNHCR"),
    ("The toll rose to 40, according to a post on the Harbour Board's Facebook page.", "40", "Harbour Board"),
    ("The toll rose to 40, according to data published on the Health Ministry's website on Monday.", "40", "Health Ministry"),
    ("According to figures posted on the Kestrel Institute's official website, 3,852 refugees have returned.", "3,852 refugees", "Kestrel Institute"),
    ("The toll rose to 40, according to an update on the Red Cross Twitter account.", "40", "Red Cross"),
    ("The toll rose to 40, according to details on the Harbour Board web site.", "40", "Harbour Board"),
    ("The fire burned 1,000 acres, according to information on the Cal Fire website and local media.", "1,000 acres", "Cal Fire"),
    ("The fire burned 1,000 acres, according to data from the Harbour Board.", "1,000 acres", "Harbour Board"),
]  # fmt: skip


_NO_OWNER = [
    "The toll rose to 40, according to information.",
    "The toll rose to 40, according to information on this website.",
    "The toll rose to 40, according to information on its website.",
    "The toll rose to 40, according to information on the website.",
    "The toll rose to 40, according to details on our site.",
    "The toll rose to 40, according to information released on Monday.",
]


_USED_TO_SAY = [
    (
        "The Harbour Party has questioned the agency's costings, which the Kestrel Party is "
        "relying on to claim its rivals have a $900 million budget hole.",
        "$900 million budget hole",
        "Kestrel Party",
    ),
    ("The Harbour Union disputes the survey, which Kestrel Motors uses to argue that 300 jobs are safe.", "300 jobs", "Kestrel Motors"),
    ("The council rejected the report, which Ann Kerr cited to say 40 homes were at risk.", "40 homes", "Ann Kerr"),
    ("Tom Reed disputed the model, which the Harbour Board relied on to estimate that 2,000 jobs would go.", "2,000 jobs", "Harbour Board"),
    ("The union questioned the poll, which Kestrel Motors has been using to claim 60% of staff back the deal.", "60% of staff back", "Kestrel Motors"),
    ("Ann Kerr rejected the study, which the Harbour Board pointed to to argue that 300 jobs are safe.", "300 jobs", "Harbour Board"),
]  # fmt: skip


_THAT_USED = [
    # the same clause opened by "that" with no comma
    ("The Harbour Board disputed the survey that Ann Kerr cited to say 40 homes were at risk.", "40 homes", "Ann Kerr"),
    ("The Harbour Board said the survey that Ann Kerr cited to say 40 homes were at risk was flawed.", "40 homes", "Ann Kerr"),
    ("Tom Reed rejected the model that Kestrel Motors uses to argue that 300 jobs are safe.", "300 jobs", "Kestrel Motors"),
]  # fmt: skip

_NOT_CHANGED = [
    # "said" with a clause after "nothing" is speech, as before
    ("The Harbour Board said nothing had changed since 300 jobs went.", "300 jobs", "Harbour Board"),
    ("Tom Reed said 300 homes were lost.", "300 homes", "Tom Reed"),
    # a relative clause with no subject of its own, or no verb of speech after "to": the
    # main clause's, as before
    ("The Harbour Board said the report, which was used to build 40 homes, is sound.", "40 homes", "Harbour Board"),
    ("The Harbour Board said the report, which Ann Kerr cited in her speech on 40 homes, is sound.", "40 homes", "Harbour Board"),
    ("The Harbour Board said the plan, which Ann Kerr uses to build 40 homes, is sound.", "40 homes", "Harbour Board"),
    ("The Harbour Board said the plan that Ann Kerr drew up would build 40 homes.", "40 homes", "Harbour Board"),
    ("The Harbour Board said that Ann Kerr used the survey to say 40 homes were at risk.", "40 homes", "Harbour Board"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "figure", "speaker"), _PROGRESSIVE + _POSTED + _USED_TO_SAY + _THAT_USED + _NOT_CHANGED
)
def test_the_frame_names_the_speaker(text: str, figure: str, speaker: str) -> None:
    who, how = _speaker_of(text, figure)
    assert who == speaker, how


@pytest.mark.parametrize(("text", "figure"), _NOT_SPEECH + [(text, "40") for text in _NO_OWNER])
def test_near_misses_name_no_speaker(text: str, figure: str) -> None:
    who, how = _speaker_of(text, figure)
    assert who is None, how


# invented bodies and the frames of this round, composed: the body named is the speaker
_BODIES = st.sampled_from(
    ["Kestrel Herald", "Harbour Board", "Kestrel Motors", "Tarn Water Authority", "Ann Kerr"]
)
_FRAMES = st.sampled_from(
    [
        "{who} is reporting that {n} homes were lost.",
        "{who} was reporting {n} homes were lost.",
        "{who} has been saying that {n} homes were lost.",
        "{n} homes were lost, according to data on the {who} website.",
        "{n} homes were lost, according to a statement posted on the {who} Facebook page.",
        "Tom Reed disputed the survey, which {who} is relying on to claim {n} homes were lost.",
        "Tom Reed disputed the survey that {who} cited to say {n} homes were lost.",
    ]
)


@settings(max_examples=examples(60), deadline=None)
@given(_BODIES, _FRAMES, st.integers(min_value=2, max_value=99_999))
def test_each_frame_with_any_body_and_figure(who: str, frame: str, n: int) -> None:
    figure = f"{n:,} homes"
    text = frame.format(who=who, n=f"{n:,}")
    assert _speaker_of(text, figure)[0] == who, text
