"""Issue 25, the extract25 round: general reporting frames of a work and its issuer. Sentences
run together with no space after the full stop are two sentences; a work's later mention ("The
report said ...") is its issuer's when an earlier sentence says who released it or names it
"a survey by <kind> <Name>"; a survey's respondents answer to that issuer. Every sentence is
written for these tests (none is copied from an article)."""

from __future__ import annotations

import pytest

from claimtrack.extract.text import sentences

from conftest import extract_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # run together after a word or a number: two sentences
        (
            "Prices rose by 4 per cent.The office said so.",
            ["Prices rose by 4 per cent.", "The office said so."],
        ),
        (
            "Output fell in 2021.It recovered later.",
            ["Output fell in 2021.", "It recovered later."],
        ),
        # not after a capital, one letter, a title or inside a web address
        (
            "Troops left the U.S.The move surprised few.",
            ["Troops left the U.S.The move surprised few."],
        ),
        ("Some fruit, e.g.Apples are cheap.", ["Some fruit, e.g.Apples are cheap."]),
        ("We met Mr.Jones today.", ["We met Mr.Jones today."]),
        ("Read it at example.com/News today.", ["Read it at example.com/News today."]),
        ("Follow Lantern.Tv News daily.", ["Follow Lantern.Tv News daily."]),
    ],
)
def test_sentences_run_together(text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in sentences(text)] == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the issuer as the subject of "released": the report's later mention is its issuer's
        (
            "The Harbour Board on Tuesday released the Annual Shipping Report. The report"
            " stated that 1,200 vessels docked.",
            "Harbour Board",
        ),
        # and run together, a pronoun going on with it
        (
            "The Harbour Board has published the Yearly Port Report.The report said 40 berths"
            " closed."
            "It said 300 jobs went.",
            "Harbour Board",
        ),
        # a relative clause with a verb and its object between the work and its verb
        (
            "A poll by the Harwell Institute was out on Friday. The poll which covers six"
            " cities found that 61% of adults use buses.",
            "Harwell Institute",
        ),
        # a body introduced by its kind, its name opening in lower case
        (
            "A poll by research consultancy dataLantern covered nine cities. In 2022, 61%"
            " of respondents said they used buses.",
            "dataLantern",
        ),
    ],
)
def test_a_works_later_mention_is_its_issuers(text: str, speaker: str) -> None:
    rows = [r for r in extract_rows(text) if r[2] and "cities" not in r[2]]
    assert rows and all(r[0] == speaker for r in rows), rows
    assert all("guess:" in r[3] for r in rows)  # coreference: never unmarked


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # the inverted finding frame, the work's title with small words in it
        (
            "Only 40% of adults trust banks, the Money Around the World survey by Harwell"
            " Research has found.",
            "Harwell Research",
        ),
        # the same with the body's kind before a name that opens in lower case
        (
            "Only 40% of adults trust banks, the Money Around the World survey by research"
            " consultancy dataLantern has found.",
            "dataLantern",
        ),
    ],
)
def test_an_inverted_finding_is_the_works_issuers(text: str, claimant: str) -> None:
    rows = [r for r in extract_rows(text) if r[2]]
    assert [r[1] for r in rows] == [claimant], rows
    assert "guess:" not in rows[0][3]  # a frame of its own and a name: strong evidence


def test_a_report_put_out_by_a_body_is_not_the_last_speakers() -> None:
    text = (
        "Ann Kerr, a port pilot, said 30 ships had waited. The Harbour Board released the"
        " Annual Shipping Report. The report stated that 1,200 vessels docked. It said 40"
        " berths closed."
    )
    rows = [(r[0], r[2], "guess:" in r[3]) for r in extract_rows(text) if r[2]]
    assert rows == [
        ("Ann Kerr", "30 ships", False),
        ("Harbour Board", "1,200 vessels", True),
        ("Harbour Board", "40 berths", True),
    ]
