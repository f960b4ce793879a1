"""The figures an import's reader process read, given to the writer (perf29): the writer's
quote checks take the reader's reading of each row's figure text (``records.readings_of``,
``guards.take_readings``) instead of reading it again, and every check answers as the parser
would: the same reading, under the same reading of a decimal comma only, the texts sent once
until the writer is told to start again."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import astuple

import pytest

from claimtrack import guards, records
from claimtrack.quantities import parse_figure
from claimtrack.records import quote_problem_of


@pytest.fixture(autouse=True)
def _forget() -> Iterator[None]:
    guards.forget_readings()
    yield
    guards.forget_readings()


TEXTS = ["about 500", "1,5 million", "six to seven km", "no figure", "11.300", "$2bn"]


@pytest.mark.parametrize("decimal_comma", [False, True])
def test_a_given_reading_is_the_parsers_own(decimal_comma: bool) -> None:
    sent: set[str] = set()
    readings = records.readings_of(TEXTS, decimal_comma, sent)
    assert sent == set(TEXTS)  # a text the parser refuses is not tried again either
    dc, fresh, figures = readings
    assert (dc, fresh) == (decimal_comma, False)
    read = {}
    for text in TEXTS:
        try:
            read[text] = parse_figure(text, decimal_comma=decimal_comma)
        except Exception:
            continue
    assert [f[0] for f in figures] == list(read)  # the refused ones not sent
    guards.take_readings(readings)
    for text in TEXTS:
        given = guards._parse(text, decimal_comma)
        assert given == read.get(text)
        if given is not None:
            assert given is not read[text]  # rebuilt from its fields, not read again
            assert astuple(given) == astuple(read[text])  # ints stay ints, floats floats
    # the other reading of a decimal comma is the parser's, never the given one
    for text in ("1,5 million", "11.300"):
        try:
            other = parse_figure(text, decimal_comma=not decimal_comma)
        except Exception:
            other = None
        assert guards._parse(text, not decimal_comma) == other


def test_texts_are_sent_once_until_the_writer_starts_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(records, "GIVEN_MAX", 2)
    sent: set[str] = set()
    first = records.readings_of(["about 500", "about 600"], False, sent)
    assert [f[0] for f in first[2]] == ["about 500", "about 600"] and not first[1]
    guards.take_readings(first)
    again = records.readings_of(["about 500", "about 700"], False, sent)
    assert again[1]  # two sent: the writer forgets them, and they are sent again
    assert [f[0] for f in again[2]] == ["about 500", "about 700"]
    guards.take_readings(again)
    assert set(guards._GIVEN_DOT) == {"about 500", "about 700"}


def test_the_quote_checks_answer_the_same_with_the_readings_given() -> None:
    """``records.quote_problem_of`` on rows whose figures are given: the answers without."""
    rows = [
        ("about 500", "They said about 500 people came."),
        ("500", "More than 500 people came."),
        ("4,000", "More than 4,000 were there."),
        ("about 500", "no figure here"),
        ("1,5 million", "some 1,5 million were counted"),
        ("3 million", "3,5 million people"),
        ("20", "brings the toll up to 20"),
    ]
    from claimtrack.records import COLUMNS, DIMENSION, KIND, QUOTE, VALUE

    def row(value: str, quote: str) -> tuple:
        out: list[object] = [None] * len(COLUMNS)
        out[KIND], out[VALUE], out[QUOTE], out[DIMENSION] = "figure", value, quote, "count"
        return tuple(out)

    before = [quote_problem_of(row(v, q)) for v, q in rows]
    for dc in (False, True):
        guards.take_readings(records.readings_of([v for v, _ in rows], dc, set()))
    assert guards._GIVEN_DOT and guards._GIVEN_COMMA
    assert [quote_problem_of(row(v, q)) for v, q in rows] == before
    assert any(p is not None and p[1] for p in before)  # a refusal among them
    assert any(p is not None and not p[1] for p in before)  # and a warning
