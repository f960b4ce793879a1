"""One exception family for claimtrack.

Library code raises these; the CLI's single error boundary (``cli.ClaimtrackGroup``) turns
each into one line on stderr and an exit code. Exit codes are part of the interface:

* 0 ok
* 1 error (missing claim, unusable database, ...)
* 2 bad usage or bad input (invalid record, unreadable figure, bad file)
* 3 conflicts found, with ``--fail-on-conflict``
"""

from __future__ import annotations

import re
from typing import Any

# C0/C1 control characters except newline and tab, and DEL.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: Any) -> str:
    """Make control characters visible (ESC -> \\x1b) so they never reach a terminal raw."""
    s = "" if text is None else str(text)
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", s)


EXIT_OK = 0
EXIT_ERROR = 1
EXIT_INPUT = 2
EXIT_CONFLICT = 3


class ClaimtrackError(Exception):
    """Base class: ``str(err)`` is the user-facing one-line message."""

    exit_code = EXIT_ERROR

    def __init__(self, message: str, *, details: list[str] | None = None, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.details = details or []
        self.hint = hint


class InputError(ClaimtrackError):
    """The user's input (a record, a file, an option value) is not acceptable."""

    exit_code = EXIT_INPUT


class NotFoundError(ClaimtrackError):
    """A claim or subject that does not exist."""


class DuplicateError(InputError):
    """Ids that already exist with other content."""


class DatabaseError(ClaimtrackError):
    """The database cannot be opened, is not a claimtrack database, or is too new."""
