"""The one path for human messages on stderr: confirmations, warnings, skipped lines, errors.

Part of what ``render`` owns (render.message and render.warning call it), kept free of rich so
that the CLI's error boundary can use it without slowing start-up. Every message is plain text:
``escape`` makes control characters visible (ESC is shown as ``\\x1b``, CR as ``\\x0d``), so
user text quoted in a message can neither move the cursor, recolour the terminal nor rewrite
the line; and nothing here is ever parsed as rich markup, so ``[bold]`` or ``[link=...]`` in
user text is printed as written. Data goes to stdout elsewhere; this module writes stderr only.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

from claimtrack.errors import clean

DETAIL_LIMIT = 50  # lines of an error's details shown before "... and N more"


def escape(text: Any) -> str:
    """User text made safe for a terminal: control characters shown as ``\\xNN``."""
    return clean(text)


def say(text: Any) -> None:
    """One message line (or a few) on stderr."""
    sys.stderr.write(escape(text) + "\n")
    sys.stderr.flush()


def warning(text: Any) -> None:
    say(f"warning: {escape(text)}")


def error(message: Any, details: Sequence[Any] = (), hint: Any = None) -> None:
    """An error as the CLI's boundary shows it: ``error: ...``, indented details, a hint."""
    say(f"error: {escape(message)}")
    for line in details[:DETAIL_LIMIT]:
        say(f"  {escape(line)}")
    if len(details) > DETAIL_LIMIT:
        say(f"  ... and {len(details) - DETAIL_LIMIT} more")
    if hint:
        say(f"hint: {escape(hint)}")
