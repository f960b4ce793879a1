"""The speaker matrix (extract51, issue 25): every attribution frame x every subject shape of
``bench/speaker_matrix.py``, each cell an invented sentence made by code from the two lists.

Each cell's verdict is compared with what it should be: "pass", or, for the cells the rules
do not yet read, the verdict recorded in ``GAPS`` (what goes wrong today). A rule that fixes a
cell, or breaks one, changes a verdict and fails here until the table says so; the pass rate
by frame and by shape is ``python bench/speaker_matrix.py``.
"""

from __future__ import annotations

import pytest

from conftest import load_script

MATRIX = load_script("bench/speaker_matrix.py")
CELLS = MATRIX.cells()

GAPS: dict[str, str] = {
    # Spokesperson of X Rank NAME
    '..., said X | Spokesperson of X Rank NAME': 'nobody',
    'according to X, ... | Spokesperson of X Rank NAME': 'nobody',
    'X, who ..., said | Spokesperson of X Rank NAME': 'claimant',
    'a quote, then "he said" next | Spokesperson of X Rank NAME': 'nobody',
    # an official named next
    '..., said X | an official named next': 'nobody',
    'according to X, ... | an official named next': 'nobody',
    'a question to X, answered next | an official named next': 'wrong, marked',
    'a quote, then "he said" next | an official named next': 'nobody',
    # pronoun after one named person
    'a question to X, answered next | pronoun after one named person': 'nobody',
    'a quote, then "he said" next | pronoun after one named person': 'nobody',
    # pronoun after a man and a woman
    'a question to X, answered next | pronoun after a man and a woman': 'nobody',
    'a quote, then "he said" next | pronoun after a man and a woman': 'nobody',
    # a spokesman named next
    'a question to X, answered next | a spokesman named next': 'wrong, marked',
    'a quote, then "he said" next | a spokesman named next': 'nobody',
    # the spokesman of X, NAME
    'a quote, then "he said" next | the spokesman of X, NAME': 'nobody',
    # body with of
    'a quote, then "he said" next | body with of': 'nobody',
    # possessive body
    'a quote, then "he said" next | possessive body': 'nobody',
    # acronym
    'a quote, then "he said" next | acronym': 'nobody',
    # legal suffix
    'a quote, then "he said" next | legal suffix': 'nobody',
}  # fmt: skip


@pytest.mark.parametrize("cell", CELLS, ids=[c.id for c in CELLS])
def test_cell(cell) -> None:
    got = MATRIX.run(cell).verdict(cell)
    assert got == GAPS.get(cell.id, "pass"), f"{cell.text!r}: {MATRIX.run(cell)}"


def test_every_gap_names_a_cell_and_the_matrix_is_whole() -> None:
    ids = {c.id for c in CELLS}
    assert set(GAPS) <= ids
    assert len(ids) == len(CELLS)  # no cell made twice
    frames = {c.frame for c in CELLS}
    shapes = {c.shape for c in CELLS}
    assert frames == {f.key for f in MATRIX.FRAMES}
    assert shapes == {s.key for s in MATRIX.SHAPES}
    # every shape meets at least two thirds of the frames (a frame English cannot write with a
    # shape has no cell)
    for shape in shapes:
        assert sum(c.shape == shape for c in CELLS) >= 2 * len(frames) // 3, shape


@pytest.mark.parametrize(
    ("got", "core", "allowed", "want"),
    [
        ("Ann Kerr", "Ann Kerr", "Governor Ann Kerr", True),
        ("Governor Ann Kerr", "Ann Kerr", "Governor Ann Kerr", True),
        ("the Ministry of Health", "Ministry of Health", "Ministry of Health", True),
        ("Ann Kerr, 64", "Ann Kerr", "Ann Kerr", False),  # an age is no part of the name
        ("Khalid", "Khalid bin Salman", "Khalid bin Salman", False),  # cut short
        ("from Tarnside", "Ann Kerr", "Ann Kerr", False),
        (None, "Ann Kerr", "Ann Kerr", False),
    ],
)
def test_fits(got, core, allowed, want) -> None:
    assert MATRIX._fits(got, core, allowed) is want


@pytest.mark.parametrize(
    ("outcome", "know", "want"),
    [
        ((None, None, False, False), "sure", "not proposed"),
        (("Ann Kerr", "Ann Kerr", False, True), "sure", "pass"),
        (("Ann Kerr", "Ann Kerr", True, True), "sure", "marked"),
        (("Ann Kerr", "Ann Kerr", True, True), "either", "pass"),
        (("Maria Lopez", "Maria Lopez", False, True), "sure", "wrong, unmarked"),
        (("Maria Lopez", "Maria Lopez", False, True), "guess", "wrong, unmarked"),
        (("Maria Lopez", "Maria Lopez", True, True), "guess", "pass"),
        ((None, None, False, True), "guess", "pass"),
        ((None, None, False, True), "sure", "nobody"),
    ],
)
def test_verdict(outcome, know, want) -> None:
    cell = MATRIX.Cell("f", "s", "text", "Ann Kerr", "Ann Kerr", "", "", know)
    assert MATRIX.Outcome(*outcome).verdict(cell) == want
