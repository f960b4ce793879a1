"""records.row_to_record: a row as a record dict, checked against its definition."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from claimtrack.fields import tidy
from claimtrack.records import RECORD_FIELDS, row_to_record


def _by_definition(row: tuple[Any, ...], names: list[str]) -> dict[str, Any]:
    """Column by column: a figure's low and high always (tidied), a stance's never, every
    other column when it is not NULL."""
    out: dict[str, Any] = {}
    kind = row[names.index("kind")]
    for name, value in zip(names, row, strict=True):
        if name in ("low", "high"):
            if kind == "figure":
                out[name] = tidy(value)
        elif value is not None:
            out[name] = value
    return out


_VALUE = st.one_of(st.none(), st.text(max_size=5), st.integers(-5, 5), st.floats(allow_nan=False))


@given(st.data())
def test_row_to_record_keeps_its_definition(data: st.DataObject) -> None:
    names = list(RECORD_FIELDS)
    if data.draw(st.booleans()):
        names = data.draw(st.permutations(names))
    row = [data.draw(_VALUE) for _ in names]
    row[names.index("kind")] = data.draw(st.sampled_from(["figure", "stance", None]))
    got = row_to_record(tuple(row), names)
    want = _by_definition(tuple(row), names)
    assert got == want
    assert list(got) == list(want)  # same key order
    assert [type(v) for v in got.values()] == [type(v) for v in want.values()]
