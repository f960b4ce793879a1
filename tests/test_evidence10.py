"""A document is its author's (evidence10, the Hathras stampede of 2024): a claimant named by
what it was read in ("Police document", "Initial police report") adds no origin beside its
author or another document of that author, and a document that names no author ("Initial
reports", "Media reports") is an unnamed source: no origin of its own beside a named
claimant. Pure rule tables; the story itself is read in test_one_finding."""

from __future__ import annotations

import pytest

from claimtrack.evidence import document_author, unnamed_group
from test_evidence9 import affirming_side

# a claimant's name -> the author its document gives ("": none named; None: not a document)
AUTHORS = [
    ("Police document", "police"),
    ("Initial police report", "police"),
    ("Police report (FIR)", "police"),
    ("The regulator's listing", "regulator"),
    ("Report of the Harbour Safety Board", "harbour safety board"),
    ("Amnesty International report", "amnesty international"),
    ("Initial reports", ""),
    ("Unofficial reports", ""),
    ("Media reports", ""),
    ("Leaked document", ""),
    ("FIR", ""),
    # not a document: the head word is another
    ("Office of the Relief Commissioner", None),
    ("Reporters Without Borders", None),
    ("Uttar Pradesh Police", None),
    ("Reuters", None),
]


@pytest.mark.parametrize(("name", "author"), AUTHORS)
def test_a_document_names_its_author(name: str, author: str | None) -> None:
    assert document_author(name) == author
    assert unnamed_group(name) is (author == "")


# the claimants of one side (each one claim, denied by "Opposition party") -> (origins,
# grade), the joins said
SIDES = [
    # before: "2 independent origins: contested"
    (
        ["Police document", "Harbour Police"],
        (1, "single-source"),
        ("Police document is a document of Harbour Police: one origin",),
    ),
    (
        ["UN report", "UN Human Rights Office"],
        (1, "single-source"),
        ("UN report is a document of UN Human Rights Office: one origin",),
    ),
    (
        ["Initial police report", "Police document"],
        (1, "single-source"),
        ("Police document and Initial police report are documents of one author: one origin",),
    ),
    (
        ["Initial reports", "Harbour Police"],
        (1, "single-source"),
        ("Initial reports names no author: no origin of its own",),
    ),
    (
        ["Residents", "Media reports", "Harbour Police"],
        (1, "single-source"),
        (
            "Residents is an unnamed group and Media reports names no author: no origin of their own",
        ),
    ),
    # a document of another author, or of none beside none: as before
    (["Police document", "Port Authority"], (2, "contested"), ()),
    (["Initial reports"], (1, "single-source"), ()),
]


@pytest.mark.parametrize(("who", "graded", "joins"), SIDES)
def test_who_stands_behind_a_side(who: list[str], graded: tuple, joins: tuple) -> None:
    got = affirming_side(who)
    assert (got.origins, got.grade) == graded
    assert got.joins == joins
