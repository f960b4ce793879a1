"""Issue 25, the twenty-second round: a survey or a regulator's findings told by the outlet.
A body that "found" or "showed" a share is telling a result; a work with no author in its
sentence ("a survey reveals", "the survey found") is the work the page says is someone's; a
survey's respondents are told by its author; a photo caption with a credit is display text;
a body whose name is only generic words ("Charity Commission") is still one source. Every
text is written for these tests, in the shapes of real pages, with cases where a rule must
not fire."""

from __future__ import annotations

import pytest

from claimtrack.extract import extract

from conftest import extract_rows

rows = extract_rows  # (speaker, claimant, first figure or '', how found) per candidate


def first(text: str, figure: str = "") -> tuple[str | None, str | None, str]:
    """(speaker, claimant, how found) of the first candidate (with ``figure``, if given)."""
    for r in rows(text):
        if not figure or r[2].startswith(figure):
            return r[0], r[1], r[3]
    raise AssertionError(f"no candidate with {figure!r}")


# a finding of shares: the subject tells it
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Gifts rise.\n\nThe Electoral Commission found 62% said they had voted by post.\n",
         "Electoral Commission"),
        ("Rents climb.\n\nThe Norland Housing Trust found that nearly half of tenants had "
         "damp homes.\n", "Norland Housing Trust"),
        ("Pay gap.\n\nKestrel Bank showed one in four staff earned less than the median.\n",
         "Kestrel Bank"),
        ("Polls.\n\nThe regulator found about 40 per cent of firms had filed late.\n",
         "regulator"),
        # the kind word that is a word of the name stays in it
        ("Donations.\n\nThe Charity Commission found 78% of adults gave to a good cause.\n",
         "Charity Commission"),
        # negative: what police or searchers found is counted things, not a finding of shares
        ("Flood.\n\nPolice found 30 bodies in the river on Monday.\n", None),
        ("Raid.\n\nOfficers found 2,000 euros in a bag.\n", None),
    ],
)  # fmt: skip
def test_a_finding_of_shares_is_its_subjects(text, speaker) -> None:
    assert first(text)[0] == speaker


# a body introduced by its kind keeps losing the kind; a name of generic words keeps it
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Homes.\n\nThe housing charity Norland Homes said 300 families were waiting.\n",
         "Norland Homes"),
        ("Homes.\n\nThe Charity Commission said 300 charities were late.\n",
         "Charity Commission"),
        ("Loans.\n\nThe Union Bank said 300 branches would close.\n", "Union Bank"),
    ],
)  # fmt: skip
def test_a_kind_word_of_the_name_stays(text, speaker) -> None:
    assert first(text)[0] == speaker


SURVEY = (
    "Donors question fundraising\n\n"
    "More people give to charity, but many think charities spend too much on staff, a "
    "survey reveals today.\n\n"
    "The Norland Giving Trust survey asked 2,000 adults in March.\n\n"
    "However, half of respondents said charities used pushy fundraising methods.\n\n"
    "The survey found donors expected charities to say how they spent money.\n"
)


# a work with no author in its sentence: the one author the page names for a work of its kind
@pytest.mark.parametrize(
    ("text", "speaker", "marked"),
    [
        (SURVEY, "Norland Giving Trust", "is Norland Giving Trust's survey"),
        # its author named before the work, earlier on the page
        ("Waiting lists grow\n\nThe Audit Office of Norland report is out today.\n\n"
         "The report found waits were longer than ever last year.\n",
         "Audit Office of Norland", "is Audit Office of Norland's report"),
        # its owner's possessive earlier on the page
        ("Kestrel Foundation's study of 90 schools is out.\n\nThe study showed pupils slept "
         "less than before.\n", "Kestrel Foundation", "is Kestrel Foundation's study"),
        # negative: two authors of surveys on the page: whose is unknown, it stays as written
        ("Trust in banks\n\nThe survey found customers trust banks less than before.\n\n"
         "A Kestrel Bank survey and a Harbour Institute survey came out this week.\n",
         "survey", "names no author"),
        # negative: a place is where, not whose
        ("Norland jobs\n\nThe survey found more workers were looking for second jobs.\n\n"
         "Jobs are scarce in Norland, where the Norland survey is held each spring.\n",
         "survey", "names no author"),
        # negative: a person's study is no body's
        ("Sleep\n\nThe study found pupils slept less than before.\n\nThe study by Dr Ann Lee "
         "was small.\n", "study", "'study'"),
    ],
)  # fmt: skip
def test_an_authorless_work_is_the_one_the_page_names(text, speaker, marked) -> None:
    got, _, how = first(text)
    assert got == speaker
    assert marked in how
    if got != "survey" and got != "study":
        assert how.startswith("guess:")


def test_respondents_answers_are_told_by_the_surveys_author() -> None:
    got = [r for r in rows(SURVEY) if r[2] == "half of respondents"]
    assert got and got[0][:2] == ("Norland Giving Trust", "Norland Giving Trust")
    assert got[0][3].startswith("guess: 'half of respondents' answered Norland Giving Trust's")


# a caption that closes on a photo credit: display text, not a claim of its own
@pytest.mark.parametrize(
    ("credit", "proposed"),
    [
        ("Photograph: Ann Lee/Norland Press", False),
        ("Photo: Ann Lee", False),
        ("Picture: Norland Press", False),
        # negative: the same sentence in the body, no credit, is a claim
        ("", True),
    ],
)
def test_a_captioned_photo_is_not_a_claim(credit, proposed) -> None:
    caption = "The Kestrel Trust found 64% of homes were cold last winter."
    text = (
        "Cold homes\n\nA woman in her kitchen\n"
        f"{caption}{' ' + credit if credit else ''}\n\n"
        "Heating bills rose by a third, a charity said on Monday.\n"
    )
    quotes = [c.quote for c in extract(text)[1] if "heading" not in c.cues]
    assert any(caption in q for q in quotes) is proposed


# a page whose source's name is only generic words: its narrated figures are its, as a guess
COMMISSION = (
    "Charity donations rise\n\n"
    "The Charity Commission found 78% reported giving to a charity over the past twelve "
    "months, and one in six gave over £150.\n\n"
    "Nearly half of people (47%) gave goods.\n\n"
    "A significant number of respondents (60%) believed charity staff were paid too much.\n\n"
    "Trust in charity rose, and 71% agreed charity was money well spent.\n"
)


@pytest.mark.parametrize("figure", ["Nearly half of people", "60%", "71%"])
def test_a_generic_named_source_tells_the_pages_figures(figure) -> None:
    _, claimant, how = first(COMMISSION, figure)
    assert claimant == "Charity Commission"
    assert how.startswith("guess:")


def test_an_opinion_not_of_respondents_still_ends_the_run() -> None:
    text = COMMISSION.replace(
        "A significant number of respondents (60%) believed", "Many people (60%) believed"
    )
    assert first(text, "60%")[1] != "Charity Commission"


# an opening clause on what the speaker was asked: its verbs are the question's, not speech
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Rates\n\nAnn Kerr spoke on Monday.\n\nAsked about the IMF cutting its growth forecast '
         'for Norland, she said: "Every country has been downgraded this year."\n', "Ann Kerr"),
        ("Pay\n\nPressed on whether the union had rejected the 4% offer, Tom Reed said talks "
         "would go on.\n", "Tom Reed"),
        ("Pay\n\nQuestioned about claims that 300 jobs would go, the firm's chief, Ann Kerr, "
         "said no decision had been made.\n", "Ann Kerr"),
        # negative: "asked" inside the sentence is no opening clause
        ("Pay\n\nTom Reed said 300 jobs would go when asked about the plan, adding more.\n",
         "Tom Reed"),
    ],
)  # fmt: skip
def test_what_the_speaker_was_asked_is_not_speech(text, speaker) -> None:
    assert rows(text)[-1][0] == speaker
