"""Everything claimtrack shows to people: rich tables, range charts, messages.

Nothing else prints human-facing output. Data goes to stdout, messages to stderr (through
``messages``, the one message path, which escapes user text). User text is always passed to rich
as ``Text`` (never parsed as markup) after ``clean`` has made control characters visible, so a
quote cannot restyle or control the terminal. Colour appears only on a
terminal and honours ``NO_COLOR`` (rich's own detection).
"""

from __future__ import annotations

import math
import os
import re
import sys
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from rich.console import Console, Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from claimtrack import messages
from claimtrack.errors import clean
from claimtrack.wording import plural, state_said

if TYPE_CHECKING:
    from claimtrack.guards import SignReading

POSITION_STYLES = ("cyan", "magenta", "yellow", "green", "blue", "red")
MARK_START, MARK_END = "\x02", "\x03"
_PADDED_LINE_END = re.compile(" +\n")


def t(text: Any, style: str = "") -> Text:
    return Text(clean(text), style=style)


def ident(text: Any, style: str = "") -> Text:
    """An id in a table's cell: data to copy into `show` or `edit`, so never wrapped and never
    cut. Its column takes the id's whole width and the other columns wrap or shrink; where even
    that does not fit, the table is printed as cards (``_crushed``), each id on a line of its
    own (``_print_cards``)."""
    return Text(clean(text), style=style, no_wrap=True, overflow="ignore")


def _whole(cell: Any) -> bool:
    """Whether ``cell`` must be printed whole (an ``ident``)."""
    return isinstance(cell, Text) and cell.no_wrap is True and cell.overflow == "ignore"


class _Console(Console):
    """A rich Console that leaves a closed pipe to the CLI's error boundary (rich's own
    handler exits with status 1; claimtrack ends quietly with 141, like its other output)."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError

    def render_str(self, text: str, **kwargs: Any) -> Text:
        """A plain ``str`` given to rich (a cell, a title) is made terminal-safe too."""
        return super().render_str(clean(text), **kwargs)

    def _render_buffer(self, buffer: Iterable[Any]) -> str:
        """What rich writes, less the spaces it pads each line with to the console's width
        when nothing is styled (a pipe, a file): a line of data ends with its last character,
        so ``grep 'x$'`` and ``diff`` read it as written. A line's own words are untouched,
        and so is a prompt that waits on its line ("Accept? ")."""
        text = super()._render_buffer(buffer)
        return unpadded(text) if self._color_system is None else text


def unpadded(text: str) -> str:
    """``text`` without the spaces rich pads a line with up to the console's width (not on a
    terminal: ``_Console``; typer's help, ``cli.core``)."""
    return _PADDED_LINE_END.sub("\n", text) if " \n" in text else text


def _console(stderr: bool = False) -> Console:
    stream = sys.stderr if stderr else sys.stdout
    width = None
    if not stream.isatty() and "COLUMNS" not in os.environ:
        width = 100  # piped output: stable width, no colour
    return _Console(
        file=stream,
        width=width,
        highlight=False,
        markup=False,
        emoji=False,
        soft_wrap=False,
    )


def plain_console(console: Console) -> bool:
    """Whether ``console`` prints no style at all (not a terminal: no colour, no bold), so
    that text written to its file as is reads exactly as rich would print it."""
    return (
        console.color_system is None
        and not console.is_terminal
        and not console.is_jupyter
        and not console.record
        and not console.quiet
        and not console.legacy_windows
    )


def out() -> Console:
    return _console()


_CONTROL_CHAR = re.compile("[\x00-\x1f\x7f-\x9f]")


def _all_visible(text: str) -> bool:
    """Whether every character of ``text`` takes one or two cells (none is zero-width: a
    combining accent, a joiner, a variation selector, which rich may handle as it sees fit)."""
    from rich.cells import get_character_cell_size

    return all(get_character_cell_size(ch) > 0 for ch in text)


def print_table(table: Table) -> None:
    """Print ``table`` on stdout: written directly where that is what rich would print (see
    ``_plain_table``), else by rich. Rich lays out and renders a big table at about 1 ms a
    row (``subjects`` of a 4,000-subject database: 6 s)."""
    console = out()
    if _plain_table(console, table):
        return
    if _crushed(console, table):
        _print_cards(console, table)
        hint = _width_hint(console, table)
        if hint:
            message(hint)
    else:
        console.print(table)


WIDEST_HINT = 400  # columns: a table that needs more than this is not offered
READABLE = 16  # cells: the narrowest column of text the width hint settles for
HINT_ROWS = 1000  # rows: a longer listing is not read on a terminal; its layout is not probed


def _width_hint(console: Console, table: Table) -> str | None:
    """Where ``table`` became cards because of its long ids (``ident``): the width from which
    it is a table whose columns of text are ``READABLE`` (a table that only just fits takes
    as many lines as the cards, its words broken), as a hint; None when the ids are short,
    or no width up to ``WIDEST_HINT`` does it."""
    import io

    from rich.cells import cell_len

    if table.row_count > HINT_ROWS or getattr(table, "_calculate_column_widths", None) is None:
        return None
    longest = max(
        (c.cell_len for col in table.columns for c in getattr(col, "_cells", []) if _whole(c)),
        default=0,
    )
    if longest <= ID_ROOM:
        return None

    # each column's room: READABLE cells, or its widest line where that is less (a count)
    needs = [min(READABLE, max(map(cell_len, _lines_of(col)), default=0)) for col in table.columns]

    def fits(width: int) -> bool:  # a table, its every column readable
        probe = _Console(file=io.StringIO(), width=width, highlight=False, markup=False)
        if _crushed(probe, table):
            return False
        room = width - getattr(table, "_extra_width", 0)
        widths = table._calculate_column_widths(probe, probe.options.update_width(room))
        return all(
            w - table._get_padding_width(col._index) >= need
            for col, w, need in zip(table.columns, widths, needs, strict=False)
        )

    low, high = console.width + 1, WIDEST_HINT
    if low > high or not fits(high):
        return None
    while low < high:  # the narrowest width that fits (a wider one fits too)
        mid = (low + high) // 2
        low, high = (low, mid) if fits(mid) else (mid + 1, high)
    return (
        f"hint: ids of up to {longest} characters leave too little room for a table at "
        f"{console.width} columns: from {low} columns it is one (a wider window, or "
        f"COLUMNS={low} before the command)"
    )


def _lines_of(column: Any) -> list[str]:
    """The lines of text of a column's name and cells."""
    cells = [column.header, *getattr(column, "_cells", [])]
    return [
        line for c in cells for line in (c.plain if isinstance(c, Text) else str(c)).splitlines()
    ]


NARROWEST = 8  # cells: a column rich would squeeze below this (and its text) reads as noise
ID_ROOM = 24  # cells: an id column's room when ids were cut to fit it (``_crushed``)


def _crushed(console: Console, table: Table, indent: int = 0) -> bool:
    """Whether laying ``table`` out at the console's width (less ``indent``) would squeeze a
    column of text to a few cells (``COLUMNS=40``: one letter a line, 77 lines a claim), or
    cut an id (``ident``). Ids longer than the ``ID_ROOM`` their column once had take the
    room of the others: then a column narrower than its own name ("claima/nt") is squeezed
    too."""
    from rich.cells import cell_len

    measure = getattr(table, "_calculate_column_widths", None)
    if measure is None:  # a rich that lays tables out otherwise: left to it
        return False
    # the widths rich lays the cells out in: the console's, less the indent and the borders
    room_for_cells = console.width - indent - getattr(table, "_extra_width", 0)
    widths = measure(console, console.options.update_width(max(1, room_for_cells)))
    ids = any(
        _whole(c) and c.cell_len > ID_ROOM
        for column in table.columns
        for c in getattr(column, "_cells", [])
    )
    for column, width in zip(table.columns, widths, strict=False):
        room = width - table._get_padding_width(column._index)
        if any(_whole(c) and c.cell_len > room for c in getattr(column, "_cells", [])):
            return True  # an id would be cut
        header = column.header.plain if isinstance(column.header, Text) else str(column.header)
        if ids and cell_len(header) > room:
            return True  # a column's name broken to make room for long ids
        if width >= NARROWEST:
            continue
        cells = [column.header, *getattr(column, "_cells", [])]
        plain = [c.plain if isinstance(c, Text) else str(c) for c in cells]
        if any(cell_len(line) > width for text in plain for line in text.splitlines()):
            return True
    return False


def print_block(console: Console, table: Table, indent: int = 2) -> None:
    """``table`` indented by ``indent``; as cards (``_print_cards``) where it would be
    crushed."""
    from rich.padding import Padding

    if _crushed(console, table, indent):
        _print_cards(console, table, indent)
    else:
        console.print(Padding(table, (0, 0, 0, indent)))


def _print_cards(console: Console, table: Table, indent: int = 0) -> None:
    """``table`` one row at a time, each cell under its column's name: what a table becomes
    on a terminal too narrow for its columns."""
    from rich.padding import Padding
    from rich.rule import Rule

    if table.title:
        console.print(table.title)
    headers = [
        c.header.plain if isinstance(c.header, Text) else str(c.header) for c in table.columns
    ]
    rows = list(zip(*[getattr(c, "_cells", []) for c in table.columns], strict=True))
    label = max(map(len, headers))
    first = True
    for row in rows:
        card = Table.grid(padding=(0, 1))
        card.add_column(style="bold", no_wrap=True, min_width=label)
        card.add_column(overflow="fold")
        whole: list[Text] = []  # ids, each on a line of its own, never folded
        for header, cell in zip(headers, row, strict=True):
            if _whole(cell):
                line = Text(" " * indent)
                line.append(header.ljust(label), style="bold")
                whole.append(line.append(" ").append(cell))
            elif (cell.plain if isinstance(cell, Text) else str(cell)).strip():
                card.add_row(header, cell)
        if not card.row_count and not whole:
            continue  # a blank row that spaced the table out
        if not first:
            console.print(
                Padding(Rule(style="dim"), (0, 0, 0, indent)) if indent else Rule(style="dim")
            )
        for line in whole:  # as long as it is: a terminal wraps it, a pipe keeps it whole
            console.print(line, soft_wrap=True)
        if card.row_count:
            console.print(Padding(card, (0, 0, 0, indent)) if indent else card)
        first = False


def _plain_table(console: Console, table: Table) -> bool:
    """Write ``table`` to ``console``'s file as rich would print it, and return True, when
    that is plain to do: the console prints no style (``plain_console``) and draws Unicode
    boxes, the table has rich's default layout (heavy head, edges, one space of padding, no
    title, no widths set, not expanded), no cell holds a control character (a line break, a
    tab, an escape: user text has none left after ``clean``), a zero-width one or a space at
    either end, and the natural widths fit the console, so rich would neither wrap nor shrink
    a column.
    Otherwise write nothing and return False. ``tests/test_render_tables.py`` compares both."""
    from rich import box as boxes
    from rich.cells import cell_len

    if not plain_console(console) or not console.encoding.lower().startswith("utf"):
        return False
    if not table.columns:
        return False
    default = Table()
    same = ("box", "padding", "show_edge", "show_header", "show_footer", "expand", "show_lines",
            "collapse_padding", "pad_edge", "leading", "row_styles", "title", "caption",
            "width", "min_width")  # fmt: skip
    if table.box is not boxes.HEAVY_HEAD or any(
        getattr(table, a) != getattr(default, a) for a in same
    ):
        return False
    texts: list[list[str]] = []
    for column in table.columns:
        if column.justify not in ("left", "right") or any(
            v is not None for v in (column.width, column.min_width, column.max_width, column.ratio)
        ):
            return False
        plain: list[str] = []
        for c in [column.header, *getattr(column, "_cells", [None])]:
            if not isinstance(c, str | Text):  # other renderables (and a rich without _cells)
                return False
            plain.append(c.plain if isinstance(c, Text) else c)
        if any(
            _CONTROL_CHAR.search(c) or c != c.strip(" ") or not (c.isascii() or _all_visible(c))
            for c in plain
        ):  # line breaks, tabs, escapes, spaces at an end, zero-width characters: rich's way
            return False
        texts.append(plain)
    widths = [max(map(cell_len, cells)) + 2 for cells in texts]
    if sum(widths) + len(widths) + 1 > console.width:
        return False

    def line(cells: list[str], left: str, mid: str, right: str) -> str:
        parts = []
        for text, width, column in zip(cells, widths, table.columns, strict=True):
            gap = " " * (width - 2 - cell_len(text))
            parts.append(f" {gap}{text} " if column.justify == "right" else f" {text}{gap} ")
        return left + mid.join(parts) + right

    b = table.box
    assert b is not None  # HEAVY_HEAD, checked above
    out_lines = [b.get_top(widths)]
    out_lines.append(line([c[0] for c in texts], b.head_left, b.head_vertical, b.head_right))
    out_lines.append(b.get_row(widths, "head", edge=True))
    for i in range(1, len(texts[0])):
        out_lines.append(line([c[i] for c in texts], b.mid_left, b.mid_vertical, b.mid_right))
    out_lines.append(b.get_bottom(widths))
    console.file.write("\n".join(out_lines) + "\n")
    return True


def err() -> Console:
    return _console(stderr=True)


def message(text: str) -> None:
    """A confirmation or note for people, on stderr (through ``messages``: escaped there)."""
    messages.say(text)


def warning(text: str) -> None:
    messages.warning(text)


def short(text: str, n: int = 90) -> str:
    one = " ".join(str(text).split())
    return one if len(one) <= n else one[: n - 1] + "…"


# A figure logged as a change (docs/format.md, "Changes"): how ``show`` and ``list`` say it
_CHANGE_SHOWN = {
    "up": "up (a rise of the measure, not its level)",
    "down": "down (a fall of the measure, not its level)",
}


def reading(record: dict[str, Any]) -> str:
    """How a claim's figure or stance reads: 'a few dozen -> 24–60 fighters'."""
    if record.get("kind") == "figure":
        from claimtrack.quantities import describe
        from claimtrack.readings import figure_numbers

        r = record
        n = figure_numbers(r)  # money says its sign first: "$9 an hour", not "9 $ an hour"
        shown = n.dimension if n is not None else ""  # a share in as few decimals as honest
        money = shown if shown.startswith("currency:") or shown == "share" else None
        return describe(
            r.get("value") or "", r["low"], r["high"], r.get("unit"), r.get("hedge"),
            dimension=money, named=False,
        )  # fmt: skip
    return f"{record.get('stance')} {record.get('proposition')}"


def claim_detail(
    record: dict[str, Any],
    *,
    history: int | None = None,
    reviews: list[dict[str, Any]] | None = None,
    relay: str | None = None,
    stale: str | None = None,
    withdrawn: str | None = None,
    retracted: str | None = None,
) -> None:
    """One claim in full; ``stale``: the line saying its latest verdict was given on an
    earlier version of it (``verdict_flags.changed_line``), under its reviews; ``withdrawn``:
    why its outlet withdrew it (``Store.withdrawn``'s reason, "" when none was given), said
    beside its status as the findings' listings say it (outputs18: "retracted" alone read as
    its claimant's retraction)."""
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column(overflow="fold")
    fields = ["id", "subject", "claimant", "speaker", "outlet", "url", "source"]
    fields += ["said_on", "reported_on"]
    for f in fields:
        if record.get(f) is not None:
            table.add_row(f, t(record[f]))
    table.add_row("quote", t(record["quote"], "italic"))
    if record["kind"] == "figure":
        table.add_row("measure", t(record.get("measure")))
        table.add_row("figure", t(reading(record)))
        checked = record.get("not_in_quote")
        if checked is not None:  # quotes31 (``Store.with_quote_checks``)
            from claimtrack.quote_marks import quote_check_words

            table.add_row("in quote?", t(quote_check_words(checked, record.get("note"))))
        if record.get("change"):  # the size of a change: compared with changes of one way
            table.add_row("change", t(_CHANGE_SHOWN[record["change"]]))
        table.add_row("compared as", t(_compared_as(record)))
        if record.get("as_of"):  # a forecast said as one, as every output says it (rule 2)
            table.add_row("as_of", t(_as_of_text(record)))
    else:
        table.add_row("stance", t(f"{record['stance']} {record['proposition']}"))
    if record.get("relays"):
        # what conflicts do with it (``relays.relay_note``), when the caller read it
        table.add_row("relays", t(f"{record['relays']} ({relay})" if relay else record["relays"]))
    _state_rows(table, record, withdrawn, retracted)
    if history:
        table.add_row(
            "history", t(f"{plural(history, 'earlier version')}: claimtrack history {record['id']}")
        )
    for rv in reviews or []:
        parts = [rv["rating"], rv.get("reviewer"), rv.get("url"), rv.get("reviewed_at", "")[:10]]
        table.add_row("review", t(" · ".join(p for p in parts if p)))
        for f in ("summary", "finding"):
            if rv.get(f):
                table.add_row("", t(f"{f}: {rv[f]}"))
    if stale:
        table.add_row("", t(stale, "bold"))
    out().print(table)


def _state_rows(
    table: Table, record: dict[str, Any], withdrawn: str | None, retracted: str | None = None
) -> None:
    """A claim's note, status and time added, and why its outlet withdrew it (``withdrawn``:
    the reason, "" when none was given; None for a claim no outlet withdrew), or why it was
    retracted (``retracted``, the same way: outputs20)."""
    for f in ("note", "status", "added_at"):
        if record.get(f) is not None:
            table.add_row(f, t(record[f], "red" if record[f] == "retracted" else ""))
        if f == "status" and withdrawn is not None:  # beside its status
            table.add_row("withdrawn", t(withdrawn or "by its outlet", "red"))
        elif f == "status" and retracted is not None:
            table.add_row("why", t(retracted or "no reason given", "red"))


def _as_of_text(record: dict[str, Any]) -> str:
    """A figure's as_of as ``show`` gives it: "2024-03", or "forecast of 2024-12 (said
    2024-03-05)" for a figure stated surely before it, which the engine reads as a forecast of
    that moment and never as a figure of it (rule 2); never the bare moment, as if it were
    that moment's figure."""
    from claimtrack.records import forecast_moment, forecast_note

    said, reported = record.get("said_on"), record.get("reported_on")
    moment = forecast_moment(record["as_of"], said, reported)
    if moment is None:
        return str(record["as_of"])
    return f"{forecast_note(moment)} ({'said' if said else 'reported'} {said or reported})"


def added(results: list[tuple[dict[str, Any], bool]], relays: dict[str, str] | None = None) -> None:
    """What ``add`` stored: each claim (or that it was already logged), then the pair's ids;
    ``relays``: claim id -> what conflicts do with its relay (``relays.relay_note``)."""
    for record, created in results:
        if created:
            message(f"Added {record['id']}.")
        else:
            message(f"Already logged as {record['id']} (same content): nothing added.")
        claim_detail(record, relay=(relays or {}).get(record["id"]))
    if len(results) > 1:
        message("Added " + " and ".join(r["id"] for r, _ in results) + " (one quote).")


def _compared_as(record: dict[str, Any]) -> str:
    """How the engine compares a figure: '3,450–3,550 (count, a round number: ±50)', '6 km
    (length)', '2,154–2,382 t (mass, a round number: ±250,000 lb)': the rounding in the
    stated unit, named when it is not the one shown."""
    from claimtrack.quantities import unit_symbol
    from claimtrack.quantities.formatting import rounding_text
    from claimtrack.readings import figure_numbers

    n = figure_numbers(record)
    if n is None:
        return ""
    lo = max(0, n.base_low - n.base_rounding)
    hi = None if n.base_high is None else n.base_high + n.base_rounding
    note = f"{n.dimension}"
    if n.rounding:  # money's in its currency: "±₹5 bn", not "±5,000,000,000"
        note += f", a round number: ±{rounding_text(n.rounding, n.dimension, record.get('unit'))}"
        stated = n.dimension.split("/")[0].split(":")[0]
        if record.get("unit") and stated not in ("count", "share", "currency"):
            note += f" {unit_symbol(record['unit'])}"
    return f"{_range(lo, hi, n.dimension)} ({note})"


# The record fields ``claims_table`` shows (``Store.claims(fields=...)`` reads only these).
CLAIMS_TABLE_FIELDS = (
    "id", "said_on", "reported_on", "claimant", "kind", "measure", "value", "low", "high",
    "unit", "change", "stance", "proposition", "quote", "status", "as_of",
)  # fmt: skip


def claims_table(records: list[dict[str, Any]], withdrawn: Collection[str] = ()) -> None:
    """Claims as rows; a claim not active says its state after what it asserts ("(retracted)",
    "(withdrawn by its outlet)": ``withdrawn``, the ids its outlets withdrew), as words: the
    row's strike-through is lost in a pipe and with NO_COLOR (outputs18)."""
    if not records:
        message("No claims match.")
        return
    from claimtrack.readings import stated_text
    from claimtrack.records import forecast_moment, forecast_note

    table = Table(show_lines=False, expand=True)
    table.add_column("id", no_wrap=True)  # whole: the other columns wrap (``ident``)
    table.add_column("date", no_wrap=True)
    table.add_column("claimant", ratio=2, overflow="fold")
    table.add_column("asserts", ratio=3, overflow="fold")
    table.add_column("quote", ratio=4, overflow="fold")
    for r in records:
        style = "dim strike" if r.get("status") == "retracted" else ""
        if r["kind"] == "figure":
            way = r.get("change")
            asserts = f"{r.get('measure')} {way + ' ' if way else ''}{stated_text(r)}"
            moment = forecast_moment(r.get("as_of"), r.get("said_on"), r.get("reported_on"))
            if moment is not None:  # never read as that moment's figure (rule 2)
                asserts += f" ({forecast_note(moment)})"
        else:
            asserts = f"{r['stance']} {r['proposition']}"
        if r.get("status", "active") != "active":
            asserts += f" ({state_said(r['status'], r['id'] in withdrawn)})"
        table.add_row(
            ident(r["id"], style),
            t(_list_date(r), style),
            t(r["claimant"], style),
            t(asserts, style),
            t(short(r["quote"], 80), style),
        )
    print_table(table)
    message(plural(len(records), "claim"))


def _list_date(r: dict[str, Any]) -> str:
    """When a claim was made, as `conflicts` and the report say it: the day it was said, else
    its publication date marked so ("2017-11" over "reported"), never passed off as the day
    it was said."""
    if r.get("said_on"):
        return str(r["said_on"])
    return f"{r['reported_on']}\nreported" if r.get("reported_on") else ""


def subjects_table(rows: list[dict[str, Any]]) -> None:
    if not rows:
        message(
            "The database has no claims yet: claimtrack add SUBJECT ... or claimtrack import FILE"
        )
        return
    table = Table()
    for name in ("subject", "claims", "figures", "stances", "retracted", "claimants", "latest"):
        table.add_column(name, justify="left" if name in ("subject", "latest") else "right")
    for r in rows:
        table.add_row(
            *(
                t(r[k] if r[k] is not None else "")
                for k in (
                    "subject",
                    "claims",
                    "figures",
                    "stances",
                    "retracted",
                    "claimants",
                    "latest",
                )
            )
        )
    print_table(table)


def claimants_table(rows: list[dict[str, Any]]) -> None:
    """Claimants with claim counts, kinds (guessed ones marked) and aliases."""
    if not rows:
        message("No claimants.")
        return
    table = Table()
    table.add_column("claimant", overflow="fold")
    table.add_column("kind", no_wrap=True)
    table.add_column("claims", justify="right")
    table.add_column("also written", overflow="fold")
    for r in rows:
        kind = r["kind"] + (" (guessed)" if r["kind_from"] == "guessed" else "")
        table.add_row(t(r["claimant"]), t(kind), t(r["claims"]), t("; ".join(r["aliases"])))
    print_table(table)


def settings_table(settings: dict[str, str], keys: dict[str, str]) -> None:
    """Every setting key, its value (or "not set") and what it is for."""
    table = Table(box=None, padding=(0, 2))
    for name in ("setting", "value", "used for"):
        table.add_column(name, overflow="fold")
    for key, purpose in keys.items():
        value = t(settings[key]) if key in settings else t("not set", "dim")
        table.add_row(ident(key), value, t(purpose, "dim"))  # a key to type: never broken
    print_table(table)  # (COLUMNS=40 broke "reviewer.na/me": cards instead)


def sources_table(rows: list[dict[str, Any]]) -> None:
    """Sources (articles) with the number of claims naming them."""
    if not rows:
        message("No sources.")
        return
    table = Table()
    for name in ("id", "outlet", "reported", "title", "claims", "snapshots"):
        right = name in ("claims", "snapshots")
        table.add_column(
            name, overflow="fold", no_wrap=name == "id", justify="right" if right else "left"
        )
    for r in rows:
        title = r.get("title") or r.get("url") or "-"
        if r.get("wire"):
            title += f" (carries {r['wire']})"
        table.add_row(ident(r["id"]), t(r["outlet"]), t(r.get("reported_on") or "-"), t(title),
                      t(r["claims"]), t(r.get("snapshots", 0)))  # fmt: skip
    print_table(table)


def candidates_table(records: list[dict[str, Any]]) -> None:
    """What `extract` proposed, for people (on stderr: the candidates file is the data)."""
    if not records:
        message("No candidates.")
        return
    table = Table()
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("cue", no_wrap=True)
    for name in ("speaker", "claimant", "figure"):
        table.add_column(name, overflow="fold", max_width=20, ratio=1)
    # the quote takes what is left, in proportion: a minimum width of its own cropped the
    # table's right side (the quote and the border) on a terminal under 110 columns
    table.add_column("quote", overflow="fold", ratio=3)
    for i, r in enumerate(records, 1):
        figs = r["extract"]["figures"]
        figure = figs[0]["text"] + (f" (+{len(figs) - 1})" if len(figs) > 1 else "") if figs else ""
        if not figs and r["extract"].get("refused"):
            figure = "refused: " + r["extract"]["refused"][0]["text"]
        table.add_row(t(i), t(r["extract"]["cue"]), t(r.get("speaker") or "-"),
                      t(r.get("claimant") or "-"), t(figure), t(short(r["quote"], 70)))  # fmt: skip
    err().print(table)


def candidate_card(text: str, record: dict[str, Any], i: int, n: int, context: int = 160) -> None:
    """One candidate in `extract --review`: the sentence in context and its figures."""
    from claimtrack.quantities import format_number

    ex = record["extract"]
    start, end = ex["start"], ex["end"]
    before = " ".join(text[max(0, start - context) : start].split())
    after = " ".join(text[end : end + context].split())
    console = out()
    console.print(t(f"\n[{i}/{n}] {ex['cue']} · speaker: {record.get('speaker') or '-'} "
                    f"({ex['speaker_found']}) · claimant: {record.get('claimant') or '-'}",
                    "bold"))  # fmt: skip
    line = Text("  …" + clean(before) + " ")
    line.append(clean(record["quote"]), style="reverse")
    line.append(" " + clean(after) + "…")
    console.print(line)
    for k, f in enumerate(ex["figures"], 1):
        high = "no upper bound" if f["high"] is None else format_number(f["high"])
        way = f" (a change {f['change']}, not a level)" if f.get("change") else ""
        money = f" = {f['currency']}" if f.get("currency") else ""  # "161.8p": GBP 1.618
        console.print(
            t(f"  figure {k}: {f['text']} -> {format_number(f['low'])}–{high}{money}{way}")
        )
        if f.get("note"):  # what the reading cannot tell, or what holds it ("211.4%")
            console.print(t(f"    ({f['note']})"))
    for f in ex.get("refused", []):
        console.print(t(f"  figure refused: {f['text']} ({f['reason']})"))
    if ex.get("measure_suggested"):
        doubt = ex.get("measure_doubt")  # review25: Enter does not take it, and why
        shown = f" (not taken on Enter: {doubt})" if doubt else ""
        console.print(t(f"  measure suggested: {ex['measure_suggested']}{shown}"))
    if ex["figures"] and ex.get("measures"):
        console.print(t("  measures: " + ", ".join(ex["measures"])))


def subject_detail(d: dict[str, Any]) -> None:
    """One subject's vocabulary: its measures, propositions and claimants with counts."""
    console = out()
    console.print(
        t(
            f"{d['subject']}: {plural(d['claims'], 'claim')} ({plural(d['figures'], 'figure')}, "
            f"{plural(d['stances'], 'stance')}, {d['retracted']} retracted), "
            f"latest {d['latest'] or '-'}",
            "bold",
        )
    )
    for title, key in (("measures", "measure"), ("propositions", "proposition")):
        table = Table(title=None, expand=False)
        table.add_column(key, overflow="fold")
        table.add_column("claims", justify="right")
        if key == "measure":
            table.add_column("dimension")
        for r in d[title]:
            cells = [t(r[key]), t(r["claims"])]
            if key == "measure":
                dims = r["dimension"]
                shown = dims if isinstance(dims, str) else " and ".join(dims) + " (mixed)"
                cells.append(t(shown + (", cumulative" if r["cumulative"] else "")))
            table.add_row(*cells)
        if d[title]:
            console.print(table)
    claimants_table(d["claimants"])


def history(current: dict[str, Any], versions: list[dict[str, Any]]) -> None:
    console = out()
    if not versions:
        console.print(t(f"{current['id']} has never been changed (status: {current['status']})."))
        return
    table = Table(title=clean(f"History of {current['id']}"))
    for name in ("#", "when", "action", "reason", "changed"):
        table.add_column(name, overflow="fold")
    chain = [v["previous"] for v in versions] + [current]
    for n, v in enumerate(versions, 1):
        before, after = chain[n - 1], chain[n]
        diffs = []
        for key in sorted(set(before) | set(after)):
            if key in ("updated_at",) or before.get(key) == after.get(key):
                continue
            diffs.append(f"{key}: {short(before.get(key), 40)!s} -> {short(after.get(key), 40)!s}")
        table.add_row(
            str(n),
            t(v["changed_at"]),
            t(v["action"]),
            t(v.get("reason") or ""),
            t("\n".join(diffs)),
        )
    print_table(table)  # (COLUMNS=40 broke the time in five: cards instead)


FUTURE_DATES_SHOWN = 20  # future dates an import warns about one by one
SKIPPED_SHOWN = 20  # lines an import --skip-invalid names one by one


def future_dates(name: str, found: list[tuple[int, str, str]]) -> None:
    """Warn about an import's dates in the future (``records.FutureDates``), the first few."""
    for line, field, value in found[:FUTURE_DATES_SHOWN]:
        messages.warning(f"{name}:{line}: {field} {value} is in the future")
    if len(found) > FUTURE_DATES_SHOWN:
        messages.warning(f"... and {len(found) - FUTURE_DATES_SHOWN} more future dates")


def skipped(name: str, rejected: list[Any]) -> None:
    """The lines an import --skip-invalid left out, the first few, with their problems."""
    for line, _, problem in rejected[:SKIPPED_SHOWN]:
        messages.say(f"skipped {name}:{line}: {problem}")


def not_in_quote(name: str, first: list[tuple[int, str, str]], count: int) -> None:
    """Figures an import stored although they are not in their quotes: the first few lines
    (of ``first``, the first in file order), then how many in all, ``count``
    (``guards.quote_problem``)."""
    _import_warnings(
        name, first, "imported though not in the quote as written: correct each, or mark its note "
        "[paraphrase] (--strict refuses such figures)", total=count,
    )  # fmt: skip


def bare_dollars(name: str, found: Sequence[tuple[int | None, str, SignReading]]) -> None:
    """Figures an import stored that read a sign several currencies share ("$", "Rs", "¥" ...)
    by convention in a story that names another of them (``guards.read_sign``): one warning
    each (the first few), then the count of each reading, by its code ("$=USD")."""
    counts: dict[str, int] = {}
    said: dict[str, str] = {}
    meant: dict[str, None] = {}  # how to write each, as the warnings say: "US$", "MX$" ...
    for _, _, sign in found:
        counts[sign.code] = counts.get(sign.code, 0) + 1
        said[sign.code] = f"read {sign.sign!r} as {sign.name}"
        for code, written in (*(w for w in sign.ways if w[0] == sign.currency), *sign.ways[:1]):
            meant[_written_sign(code, written)] = None
    if not found:
        return
    first, *others = counts
    what = ", ".join([f"imported {said[first]}", *(f"{counts[c]} {said[c]}" for c in others)])
    examples = ", ".join(list(meant)[:6]) + (" ..." if len(meant) > 6 else "")
    _import_warnings(
        name, [(line, claim_id, sign.message) for line, claim_id, sign in found],
        f"{what}, in a story that names another currency of that sign: check each, and edit "
        f"it to the currency meant ({examples}) if need be",
        counts[first],
    )  # fmt: skip


def conventional_readings(counts: dict[tuple[str, str, str], int]) -> None:
    """How many figures an import read by the convention of a shared sign, where nothing in
    their stories names another currency of it: "3 figures read '$' as US dollars, 1 read
    'Rs' as Indian rupees, by convention ..." (``guards.read_sign``)."""
    if not counts:
        return
    said = [f"read {sign!r} as {name}" for _, sign, name in counts]
    first, *others = (f"{n} {s}" for n, s in zip(counts.values(), said, strict=True))
    number, _, rest = first.partition(" ")
    what = ", ".join([f"{plural(int(number), 'figure')} {rest}", *others])
    message(
        f"{what}, by convention: nothing in their stories names another currency of the sign "
        "(where one is meant, edit the figure to its own sign or ISO code: MX$, PKR, EGP ...)"
    )


def _written_sign(code: str, written: str) -> str:
    """The sign a figure written for ``code`` uses: "MX$" in "MX$2 billion", else the code."""
    sign = re.search(r"[A-Z]*\$", written)
    return sign.group(0) if sign else code


def _import_warnings(
    name: str,
    found: Sequence[tuple[int | None, str, str]],
    what: str,
    count: int | None = None,
    total: int | None = None,
) -> None:
    """One warning per figure an import stored but warns about (``name:line: id: problem``,
    the first few), then how many in all: "N figures {what}" (``count``: N, if not all).
    ``total``: how many there are, when ``found`` holds only the first of them."""
    total = len(found) if total is None else total
    for line, claim_id, problem in found[:SKIPPED_SHOWN]:
        where = name if line is None else f"{name}:{line}"
        messages.warning(f"{where}: {claim_id}: {problem}")
    if total > SKIPPED_SHOWN:
        messages.say(f"  ... and {total - SKIPPED_SHOWN} more")
    if total:
        messages.warning(f"{plural(total if count is None else count, 'figure')} {what}")


def import_summary(s: dict[str, Any]) -> None:
    parts = [f"{s['added']} added", f"{s['unchanged']} unchanged"]
    if s["updated"]:
        parts.append(f"{s['updated']} updated")
    if s["registry"]:  # claimant kinds, aliases, measures, sums, reviews, earlier versions
        parts.append(f"{plural(s['registry'], 'other record')} stored")
    if s["rejected"]:
        parts.append(f"{s['rejected']} rejected (written to {s['rejects_file']})")
    message(f"Imported {s['file']}: {', '.join(parts)}.")


@contextmanager
def progress_for(path: str) -> Iterator[Callable[[Iterable[Any]], Iterable[Any]]]:
    """A progress bar over an import's lines, only when stderr is a terminal and the file is big."""
    size = 0
    if path != "-":
        try:
            size = os.path.getsize(path)
        except OSError:
            size = 0
    if not sys.stderr.isatty() or size < 5_000_000:
        yield lambda items: items
        return
    from rich.progress import (
        BarColumn,
        Progress,
        TaskProgressColumn,
        TextColumn,
        TimeRemainingColumn,
    )

    from claimtrack.records import Block

    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TaskProgressColumn(),
        TimeRemainingColumn(),
        console=err(),
        transient=True,
    ) as progress:
        task = progress.add_task("importing", total=size)

        def tracked(items: Iterable[Any]) -> Iterator[Any]:
            done = 0
            for n, item in enumerate(items):
                if isinstance(item, Block):  # from a reader process: many lines
                    done += item.size
                    progress.update(task, completed=done)
                else:
                    done += len(item[1]) + 1
                    if n % 2000 == 0:
                        progress.update(task, completed=done)
                yield item

        yield tracked


# -- conflicts ----------------------------------------------------------------------------


def _quote(r: dict[str, Any], n: int = 140) -> Text:
    from claimtrack.wording import marks_needed, unquote

    quote = unquote(r["quote"])  # its own marks are never doubled
    if not marks_needed(quote):
        return t(short(quote, n), "italic")
    return t(f"“{short(quote, n)}”", "italic")


def _range(low: Any, high: Any, dimension: str = "count") -> str:
    """A range as the terminal shows it (``amounts.shown_text``): counts and shares as stored
    ("3,600–4,400", "40 %"), money of a million or more in its scale when that is exact
    ("£5.65–5.75 bn"), lengths, masses, durations and rates as the report says them ("6–6.44
    km", "112.5 t", "3 days", "504 t a week")."""
    from claimtrack.amounts import shown_text

    return shown_text(low, high, dimension)


def measure_info(info: dict[str, Any], *, changed: bool | str) -> None:
    dimension = info["dimension"]
    if isinstance(dimension, list):
        dimension = " and ".join(dimension) + " (mixed: not comparable)"
    lines = [
        ("measure", f"{info['subject']} / {info['measure']}"),
        ("dimension", dimension or "none yet"),
        ("cumulative", "yes: a later, lower figure is a revision" if info["cumulative"] else "no"),
        ("claims", f"{info['active']} active of {info['claims']}"),
    ]
    if info.get("defined_as"):
        lines.append(("defined as", info["defined_as"]))
    for rel in info["sums"]:
        lines.append(("sum", f"{rel['total']} = {' + '.join(rel['parts'])}"))
    for other in info.get("alternatives", []):
        lines.append(("alternative", f"{other}: the same question, another definition"))
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column(overflow="fold")
    for k, v in lines:
        table.add_row(k, t(v))
    if changed is True:
        message(f"Marked {info['measure']} as {'' if info['cumulative'] else 'not '}cumulative.")
    elif changed:  # a message of its own
        message(str(changed))
    out().print(table)


def range_chart(
    rows: list[tuple[str, Any, Any, int]], width: int = 60, dimension: str = "count"
) -> Group:
    """A log-scale strip per claim: where each claimant's interval sits on one axis.

    ``rows`` are (label, low, high, position number); high None is drawn as an arrow to the
    right edge. Exact figures are a single dot. Ticks are in the units the ranges are shown
    in (``_tick``); a tick label that would run into the one before it is left out.
    """
    width = max(width, 20)
    finite = [v for _, lo, hi, _ in rows for v in (lo, hi) if v is not None and v > 0]
    if not finite:
        return Group()
    lo_exp = math.floor(math.log10(min(finite)))
    hi_exp = math.ceil(math.log10(max(finite)))
    if hi_exp == lo_exp:
        hi_exp += 1
    span = hi_exp - lo_exp

    def col(v: float) -> int:
        if v <= 0:
            return 0
        x = (math.log10(v) - lo_exp) / span
        return min(width - 1, max(0, round(x * (width - 1))))

    labels = [short(clean(r[0]), 28) for r in rows]
    label_w = min(28, max(len(label) for label in labels))
    lines = []
    for label, (_, low, high, pos) in zip(labels, rows, strict=True):
        style = POSITION_STYLES[(pos - 1) % len(POSITION_STYLES)]
        a = col(low)
        b = width - 1 if high is None else col(high)
        cells = [" "] * width
        if a == b:
            cells[a] = "●"
        else:
            for i in range(a, b + 1):
                cells[i] = "━"
            cells[a] = "├"
            cells[b] = "▶" if high is None else "┤"
        line = Text(label.ljust(label_w) + " ")
        line.append("".join(cells), style=style)
        lines.append(line)
    axis = [" "] * width
    ticks = Text(" " * (label_w + 1))
    tick_labels = [" "] * (width + 12)
    free = 0  # the first column a tick label may start at
    for e in range(lo_exp, hi_exp + 1):
        c = col(10**e)
        axis[c] = "┼"
        if c < free:
            continue
        text = _tick(10**e, dimension)
        for j, ch in enumerate(text):
            if c + j < len(tick_labels):
                tick_labels[c + j] = ch
        free = c + len(text) + 1
    lines.append(Text(" " * (label_w + 1) + "".join(a if a != " " else "─" for a in axis), "dim"))
    ticks.append("".join(tick_labels).rstrip(), style="dim")
    lines.append(ticks)
    return Group(*lines)


def _tick(v: float, dimension: str = "count") -> str:
    """An axis tick: "10k" for counts, shares and money (as their ranges are shown, in
    digits), the report's tick for other dimensions ("100 t", "1,000 t", "1 day"), so that the
    axis reads in the units of the ranges beside it."""
    from claimtrack.quantities.rates import split_rate

    amount = split_rate(dimension)[0]
    if amount in ("count", "share") or amount.startswith(("currency:", "unit:")):
        from claimtrack.readings import tick_text

        return tick_text(v)
    from claimtrack.amounts import tick_amount

    return tick_amount(v, amount)


def search_results(query: str, hits: list[dict[str, Any]], withdrawn: Collection[str] = ()) -> None:
    """Each hit's head and its quote marked; a claim not active says its state
    (``wording.state_said``; ``withdrawn``: the ids its outlets withdrew)."""
    if not hits:
        message(f"No claims match {query!r}.")
        return
    console = out()
    for h in hits:
        head = t(f"{h['id']}  ", "bold")
        head.append(t(f"{h['subject']} · {h['claimant']}"))
        if h.get("outlet"):
            head.append(t(f" · {h['outlet']}"))
        if h.get("status", "active") != "active":
            head.append(t(f" · {state_said(h['status'], h['id'] in withdrawn)}", "red"))
        console.print(head)
        console.print(Padding(marked(h["quote_marked"]), (0, 0, 1, 2)))


def marked(text: str) -> Text:
    """Quote text with FTS highlight markers turned into a style (markers never printed)."""
    result = Text()
    inside = False
    for part in re.split(f"([{MARK_START}{MARK_END}])", text):
        if part == MARK_START:
            inside = True
        elif part == MARK_END:
            inside = False
        elif part:
            result.append(clean(part), style="bold reverse" if inside else "italic")
    return result


# -- timeline and claimant records ---------------------------------------------------------


def timeline(subject: str, entries: Any) -> None:
    """A subject's statements by date: a date that is only the publication date is marked
    "reported"; each figure shows its interval as compared."""
    if not entries:
        message(f"No active claims in {subject}.")
        return
    table = Table(title=clean(f"Timeline of {subject}"), expand=True)
    table.add_column("date", no_wrap=True)
    table.add_column("who", ratio=2, overflow="fold")
    table.add_column("says", ratio=3, overflow="fold")
    table.add_column("interval", no_wrap=True)
    table.add_column("quote", ratio=3, overflow="fold")
    for e in entries:
        c = e.claim
        if e.date is None:
            when = t("undated", "dim")
        else:
            when = t(e.date)
            if e.coarse:
                when.append(t(f"\n{e.coarse} only", "dim"))
            if e.basis == "reported_on":
                when.append(t("\nreported", "dim"))
        who = t(c.claimant, "bold")
        if c.speaker_shown:
            who.append(t(f" ({c.speaker_shown})"))
        if c.outlet:
            who.append(t(f"\n{c.outlet}", "dim"))
        if c.kind == "figure":
            says = t(f"{c.measure_shown}: {c.figure}")
            if c.as_of_text:  # "forecast of D" for a forecast (the engine's reading)
                says.append(t(f" ({c.as_of_text})", "dim"))
            if c.not_in_quote:  # quotes31: "not in its quote (imported unchecked)"
                says.append(t(f"\n{c.not_in_quote}", "italic"))
        else:
            says = t(f"{c.stance} {c.topic}", "green" if c.stance == "affirms" else "red")
        if c.relays:
            says.append(t(f"\nrelaying {c.relays}", "italic"))
        shown = e.shown or e.interval or ""
        table.add_row(when, who, says, t(shown), _quote({"quote": c.quote}, 100))
    print_table(table)
    coarse = sorted({e.coarse for e in entries if e.coarse}, key=("month", "year").index)
    after = (
        f"; a date marked '{' or '.join(f'{p} only' for p in coarse)}' is listed after the days"
        " it holds"
        if coarse
        else ""
    )
    message(
        f"{plural(len(entries), 'statement')}; dates marked 'reported' are publication dates"
        + after
    )


def claimant_records(subject: str, records: Any) -> None:
    """Each claimant's record in a subject, most claims first."""
    if not records:
        message(f"No claimants in {subject}.")
        return
    console = out()
    console.rule(t(f"claimtrack claimants: {subject} (records)", "bold"))
    for r in records:
        console.print()
        head = t(r.claimant, "bold")
        if r.aliases:
            head.append(t(f" (also {'; '.join(r.aliases)})", "dim"))
        console.print(head)
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="dim", no_wrap=True)
        grid.add_column(overflow="fold")
        counts = f"{plural(r.figures, 'figure')}, {plural(r.stances, 'stance')}"
        grid.add_row("claims", t(f"{r.claims} ({counts})"))
        if r.disputes:
            grid.add_row("disputes", t("\n".join(d.line for d in r.disputes)))
        if r.figure_disputes:
            n = r.figure_disputes
            grid.add_row(
                "alone",
                t(f"alone on one side in {r.alone} of {plural(n, 'figure dispute')}"),
            )
        for label, items in (("reversals", r.reversals), ("revisions", r.revisions)):
            if items:
                grid.add_row(label, t("\n".join(f"{d.number}. {d.heading}" for d in items)))
        if r.retracted:
            grid.add_row(r.retracted_label, t(r.retracted_said))
        if r.verdicts:
            grid.add_row("verdicts", t("; ".join(f"{v.rating} ({v.claim_id})" for v in r.verdicts)))
        console.print(Padding(grid, (0, 0, 0, 2)))
    console.print()
    message(
        f"{plural(len(records), 'claimant')}; finding numbers are those of "
        f"`claimtrack conflicts {subject}`"
    )


def readings_report(subject: str | None, findings: list[Any], checked: int, rules: str) -> None:
    """`claimtrack verify --readings`: each stored figure today's rules refuse or read
    otherwise (``rechecks.Finding``), with its reading as stored and today, the reason and
    the command that fixes it; then the counts."""
    console = out()

    def say(text: str, style: str = "") -> None:
        console.print(t(text, style), soft_wrap=True)

    for status, title in (("refused", "Refused today"), ("differs", "Read otherwise today")):
        group = [f for f in findings if f.status == status]
        if not group:
            continue
        say(f"{title}: {plural(len(group), 'figure')}", "bold red")
        for f in group:
            say(f"  {f.id}  {f.claimant}")
            say(f"    figure:  {f.value}   quote: “{short(f.quote, 200)}”")
            if f.stored is not None:
                say(f"    stored:  {f.stored.text()}")
            if f.today is not None:
                say(f"    today:   {f.today.text()}")
            say(f"    why:     {f.reason}")
            say(f"    fix:     {f.fix}")
    where = f" in {subject}" if subject else ""
    refused = sum(1 for f in findings if f.status == "refused")
    say(
        f"{plural(checked, 'figure')} read again by reading rules {rules}{where}: "
        f"{refused} refused, {len(findings) - refused} read otherwise"
    )


def _verified_lines(say: Callable[[str, str], None], verified: list[Any]) -> None:
    """The verified claims of `verify`, each flagged when the page gives its words to someone
    else (``said_by``)."""
    say(f"Verified: {plural(len(verified), 'quote')}", "bold")
    width = max(len(v.id) for v in verified)
    for v in verified:
        say(f"  {v.id:<{width}}  {v.claimant}", "")
        if getattr(v, "said_by", None):
            say(f"  {'':<{width}}  check: the page gives these words to {v.said_by}", "")


def verify_report(subject: str | None, verdicts: list[Any], counts: dict[str, int]) -> None:
    """`claimtrack verify`: possible misquotes first, each beside the closest passage of its
    snapshot; then the verified claims; the claims without a snapshot counted by source; the
    snapshots' hashes and the counts."""
    console = out()
    if not verdicts:
        message("No active claims to verify.")
        return

    def say(text: str, style: str = "") -> None:
        console.print(t(text, style), soft_wrap=True)

    missing = [v for v in verdicts if v.status == "not-found"]
    verified = [v for v in verdicts if v.status == "verified"]
    if missing:
        say(f"Not found: {plural(len(missing), 'quote')}, possible misquotes", "bold red")
        for v in missing:
            say(f"  {v.id}  {v.claimant}")
            say(f"    quote:   “{short(v.quote, 300)}”")
            if v.passage:
                say(f"    closest: “{short(v.passage, 300)}” (similarity {v.similarity:.2f})")
            if getattr(v, "reason", None):
                say(f"    why:     {v.reason}")
            say(f"    in snapshot {v.version} of {v.source}")
    if verified:
        _verified_lines(say, verified)
    bare: dict[str | None, int] = {}
    for v in verdicts:
        if v.status == "no-snapshot":
            bare[v.source] = bare.get(v.source, 0) + 1
    if bare:
        say(f"No snapshot: {plural(sum(bare.values()), 'claim')}", "bold")
        for source in sorted(bare, key=lambda s: (s is None, s or "")):
            where = f"source {source}" if source else "naming no source"
            say(f"  {bare[source]} {where}")
    shots = sorted({(v.source, v.version, v.sha256) for v in verdicts if v.sha256})
    if shots:
        say("Snapshots checked:", "bold")
        for source, version, sha in shots:
            say(f"  {source} v{version} sha256 {sha}")
    where = f" in {subject}" if subject else ""
    check = sum(1 for v in verified if getattr(v, "said_by", None))
    to_check = f" ({check} given to someone else on the page: check)" if check else ""
    say(
        f"{counts['verified']} verified{to_check}, {counts['not-found']} not found, "
        f"{counts['no-snapshot']} without a snapshot{where}"
    )
