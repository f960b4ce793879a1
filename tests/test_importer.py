"""The import's bookkeeping, alone: ``LineRows`` keeps (line, rowid) pairs as runs."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimtrack.store._importer import LineRows


def test_a_clean_file_is_one_run_and_gaps_start_new_ones() -> None:
    rows = LineRows()
    rows.extend([1, 2, 3], 1)  # one block of rows, lines 1-3, rowids 1-3
    rows.extend([4, 5], 4)  # the next block goes on the same run
    assert len(rows.lengths) == 1
    rows.extend([7, 8, 10], 6)  # line 6 was a bad line, line 9 a registry record
    rows.add(11, 2, 1)  # a duplicate id: the rowid of the row holding its content
    assert list(rows) == [(1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (7, 6), (8, 7), (10, 8), (11, 2)]
    assert len(rows.lengths) == 4
    assert not LineRows() and rows


@given(
    st.lists(
        st.tuples(st.integers(0, 3), st.lists(st.integers(1, 3), max_size=6), st.booleans()),
        max_size=30,
    )
)
def test_line_rows_give_back_exactly_the_pairs_put_in(steps) -> None:
    """Random imports: blocks of rows (lines ascending, with gaps), new rowids or rowids of
    rows already there; iterating gives every pair, in order."""
    rows, expected = LineRows(), []
    line, rowid = 0, 0
    for skip, gaps, duplicate in steps:
        line += skip
        lines = []
        for gap in gaps:
            line += gap
            lines.append(line)
        if duplicate and lines:
            for n in lines:
                rows.add(n, 1, 1)
                expected.append((n, 1))
        else:
            rows.extend(lines, rowid + 1)
            expected += [(n, rowid + 1 + k) for k, n in enumerate(lines)]
            rowid += len(lines)
    assert list(rows) == expected
