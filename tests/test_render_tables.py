"""render.print_table: a table written directly (no rich layout) is byte for byte what rich
prints, or it is left to rich."""

from __future__ import annotations

import io
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.table import Table

from claimtrack import render

# Narrow and wide characters, accents, a combining accent, a zero-width space, dashes, and
# control characters (headers are not cleaned: rich's own way with them must be kept).
TRICKY = st.text(
    alphabet="abz019 -_.,()éÉ–—…世界🙂👍🏻🇫🇷\u0301\u200b\u200d\ufe0f\x1b\x07\t", max_size=14
)

# Cells as claimtrack's tables hold them (slugs, names, numbers, dates, wide characters):
# these mostly take the direct path, so that it is compared with rich often.
PLAIN = st.text(alphabet="abz019-_.,()éÉ–世界🙂", max_size=14).map(lambda s: s.replace("  ", " "))
CELL = st.one_of(PLAIN, TRICKY)


def _console(width: int, **kw: Any) -> Any:
    return render._Console(
        file=io.StringIO(),
        width=width,
        highlight=False,
        markup=False,
        emoji=False,
        soft_wrap=False,
        **kw,
    )


def _table(headers: list[str], justify: list[str], rows: list[list[str]], **kw: Any) -> Table:
    table = Table(**kw)
    for h, j in zip(headers, justify, strict=True):
        table.add_column(h, justify=j)  # type: ignore[arg-type]
    for row in rows:
        table.add_row(*(render.t(c) for c in row))
    return table


def _both(
    width: int, headers: list[str], justify: list[str], rows: list[list[str]], **kw: Any
) -> tuple[str, bool, str]:
    by_rich = _console(width)
    by_rich.print(_table(headers, justify, rows, **kw))
    direct = _console(width)
    done = render._plain_table(direct, _table(headers, justify, rows, **kw))
    return by_rich.file.getvalue(), done, direct.file.getvalue()


@st.composite
def tables(draw: Any) -> tuple[int, list[str], list[str], list[list[str]]]:
    n = draw(st.integers(1, 6))
    cell = CELL if draw(st.booleans()) else PLAIN  # half the tables without a tricky cell
    headers = draw(st.lists(cell, min_size=n, max_size=n))
    justify = draw(st.lists(st.sampled_from(["left", "right"]), min_size=n, max_size=n))
    rows = draw(st.lists(st.lists(cell, min_size=n, max_size=n), max_size=8))
    return draw(st.integers(10, 120)), headers, justify, rows


@given(tables())
def test_a_table_written_directly_is_what_rich_prints(
    spec: tuple[int, list[str], list[str], list[list[str]]],
) -> None:
    rich_text, done, direct_text = _both(*spec)
    if done:
        assert direct_text == rich_text
    else:
        assert direct_text == ""  # left to rich: nothing written


@pytest.mark.parametrize(
    ("width", "done"),
    [(120, True), (38, True), (37, False), (10, False)],  # the table is 38 cells wide
)
def test_a_table_that_fits_is_written_directly_one_that_does_not_is_left_to_rich(
    width: int, done: bool
) -> None:
    headers, justify = ["subject", "claims", "latest"], ["left", "right", "left"]
    rows = [["raqqa-convoy", "12", "2017-10-14"], ["世界", "7", ""]]
    rich_text, got, direct_text = _both(width, headers, justify, rows)
    assert got is done
    assert direct_text == (rich_text if done else "")


@pytest.mark.parametrize(
    "kw",
    [{"title": "T"}, {"show_lines": True}, {"expand": True}, {"show_header": False}],
    ids=repr,
)
def test_other_layouts_are_left_to_rich(kw: dict[str, Any]) -> None:
    _, done, direct_text = _both(120, ["a", "b"], ["left", "right"], [["x", "1"]], **kw)
    assert not done and direct_text == ""


def test_a_cell_on_two_lines_is_left_to_rich() -> None:
    _, done, _ = _both(120, ["a"], ["left"], [["x\ny"]])
    assert not done


def test_a_terminal_gets_rich() -> None:
    console = _console(120, force_terminal=True, color_system="standard")
    assert not render._plain_table(console, _table(["a"], ["left"], [["x"]]))
