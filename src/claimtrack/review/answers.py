"""The review's answers: actions by letter, word or prefix, numbers that pick from a list, and
the one prompt that every question goes through (the end of input becomes ``EndOfInput``).
Prompts and the lines shown beside them go to stdout, status lines to stderr; user text in
either is escaped (control characters shown as ``\\xNN``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import typer

from claimtrack import messages


class EndOfInput(Exception):
    """The input ran out (or Ctrl-C) at a prompt."""

    def __init__(self, interrupted: bool) -> None:
        super().__init__("end of input")
        self.interrupted = interrupted


@dataclass(frozen=True)
class Action:
    key: str  # the single letter
    word: str  # the whole word, also accepted (and any unambiguous prefix of two letters+)
    shown: str = ""  # how the menu shows it (default: the word)


MENU = (
    Action("f", "figure", "figure"),
    Action("s", "stance", "stance"),
    Action("e", "edit", "edit quote"),
    Action("c", "claimant"),
    Action("p", "speaker"),
    Action("t", "dates"),
    Action("n", "note"),
    Action("r", "relay"),
    Action("k", "skip"),
    Action("x", "quit"),
)
YES_NO = (Action("y", "yes"), Action("n", "no"))
SPEAKER_CHOICES = (
    Action("k", "keep"),
    Action("c", "change"),
    Action("s", "same", "same as claimant"),
    Action("n", "none"),
)


def stance_values() -> tuple[str, ...]:
    """The stances a claim may take, read from the model (``affirms``, ``denies``, and any
    stance added there later, such as ``uncertain``)."""
    from typing import get_args

    from claimtrack.models import Claim

    annotation = Claim.model_fields["stance"].annotation
    return tuple(v for arg in get_args(annotation) for v in get_args(arg) if isinstance(v, str))


def stance_actions() -> tuple[Action, ...]:
    """One action per stance, keyed by its first letter (its first two if that is taken)."""
    out: list[Action] = []
    for value in stance_values():
        taken = {a.key for a in out}
        key = next((value[:n] for n in range(1, len(value) + 1) if value[:n] not in taken), value)
        out.append(Action(key, value))
    return tuple(out)


def width() -> int:
    """The terminal's width less one column (40 at least; 99 when it is not a terminal and
    COLUMNS is unset)."""
    import shutil

    return max(40, shutil.get_terminal_size((100, 24)).columns - 1)


def fitted(text: str, indent: str = "    ", *, terminal_only: bool = False) -> str:
    """``text`` wrapped at words to the terminal, its lines after the first indented: a line
    the terminal broke itself was cut inside a word ("hos / pital", "t=date / s" at 60
    columns, review30). With ``terminal_only``, as it is when stdout is no terminal (a whole
    line in a file or a pipe, for the scripts that read it)."""
    import sys
    import textwrap

    if len(text) <= width() or (terminal_only and not sys.stdout.isatty()):
        return text
    return textwrap.fill(text, width(), subsequent_indent=indent, break_long_words=False,
                         break_on_hyphens=False, drop_whitespace=True)  # fmt: skip


def ask(label: str, default: str = "") -> str:
    """One line typed at ``label`` (the default shown in brackets is taken on Enter); a label
    longer than the terminal is wrapped at words, the answer typed on its last line."""
    shown = messages.escape(label) + (f" [{messages.escape(default)}]" if default else "")
    if len(shown) + 2 > width():  # typer adds ": "
        import textwrap

        shown = textwrap.fill(shown, width() - 2, subsequent_indent="    ",
                              break_long_words=False, break_on_hyphens=False)  # fmt: skip
    try:
        answer: str = typer.prompt(shown, default=default, show_default=False)
    except typer.Abort as e:
        raise EndOfInput(isinstance(e.__context__, KeyboardInterrupt)) from None
    return answer.strip()


def match_action(answer: str, actions: Sequence[Action]) -> Action | None:
    """The action an answer names: its letter, its word, or an unambiguous prefix of two
    letters or more of its word (case ignored)."""
    a = answer.strip().casefold()
    if not a:
        return None
    for act in actions:
        if a in (act.key, act.word):
            return act
    if len(a) >= 2:
        hits = [act for act in actions if act.word.startswith(a)]
        if len(hits) == 1:
            return hits[0]
    return None


def choose(
    label: str, actions: Sequence[Action], default: str | None = None, *, empty: str = ""
) -> Action:
    """Ask until the answer names one of ``actions`` (Enter: ``default``, if any; with none,
    Enter is no answer and is asked again, ``empty`` said why)."""
    menu = " ".join(f"{a.key}={a.shown or a.word}" for a in actions)
    while True:
        answer = ask("  " + " ".join(x for x in (label, menu) if x), default or "")
        act = match_action(answer, actions)
        if act is not None:
            return act
        if not answer and empty:
            say(f"  {empty}")
            continue
        say(f"  Answer one of: {', '.join(a.key for a in actions)} (or the word).")


def say(text: str) -> None:
    """A status line on stderr (escaped there); on a terminal, each of its lines wrapped at
    words (review30)."""
    import sys

    if sys.stderr.isatty():
        text = "\n".join(fitted(line, _indent(line) + "  ") for line in text.split("\n"))
    messages.say(text)


def _indent(line: str) -> str:
    return line[: len(line) - len(line.lstrip(" "))]


def show(text: str) -> None:
    """A line of the dialogue on stdout, beside the prompts; control characters escaped."""
    typer.echo(messages.escape(text))


def pick_number(answer: str, listed: Sequence[str]) -> str | None:
    """A number picks from ``listed`` (1-based); None when ``answer`` is not a number.
    A number outside the list raises ValueError: a number is never taken as a name."""
    if not re.fullmatch(r"\d+", answer):
        return None
    n = int(answer)
    if not 1 <= n <= len(listed):
        span = f"1-{len(listed)}" if listed else "none"
        raise ValueError(f"no number {n} in the list ({span})")
    return listed[n - 1]


def ask_number(
    label: str, listed: Sequence[str], default: str = "", hint: str = ""
) -> tuple[str | None, str]:
    """Ask until the answer is not a number outside ``listed``: (the item a number picked, or
    None, and the answer as typed). A number outside the list is refused (``hint`` added to
    the message) and asked again."""
    while True:
        typed = ask(label, default)
        try:
            return pick_number(typed, listed), typed
        except ValueError as e:
            say(f"  {e}{hint}")


def numbered(items: Sequence[str]) -> str:
    return "  ".join(f"{n}. {x}" for n, x in enumerate(items, 1))


def show_list(title: str, items: Sequence[str]) -> None:
    """``title: 1. a  2. b ...`` wrapped to the terminal, never breaking an item."""
    import textwrap

    # each item kept whole by the wrap, its own spaces too ("3. Odisha / government" at 60
    # columns, review30), unless it is longer than a line
    cells = [f"{n}. {x}" for n, x in enumerate(items, 1)]
    cells = [
        c.replace(" ", "\u00a0") if len(c) <= width() - 4 else c.replace(" ", "\u00a0", 1)
        for c in cells
    ]  # fmt: skip  (an item longer than a line breaks inside)
    text = textwrap.fill("  ".join(cells), width(), initial_indent=f"  {title}: ",
                         subsequent_indent="    ", break_long_words=False,
                         break_on_hyphens=False)  # fmt: skip
    show(text.replace("\u00a0", " "))
