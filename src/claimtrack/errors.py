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

# C0/C1 control characters except newline and tab, and DEL; and the bidi controls that
# reorder what follows them (embeddings and overrides U+202A-202E, isolates U+2066-2069).
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# A zero-width joiner that joins nothing: at an end, beside a space or another joiner. It is
# invisible, and two of them before an emoji ("x \u200d\u200d👍") make rich 15 fail to lay out a
# table's cell (an IndexError in its cell splitting, at some widths): shown as ``\u200d``. One
# between two characters (the family emoji "👨\u200d👩\u200d👧") is kept: it is how they join.
_STRAY_JOINER = re.compile(r"(?<![^\s\u200d])\u200d|\u200d(?![^\s\u200d])")


def _visible(m: re.Match[str]) -> str:
    code = ord(m.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def clean(text: Any) -> str:
    """User text made safe for a terminal: the one function every human-readable output
    (tables, charts and their labels, timelines, records, messages) passes user text through.

    Control characters are shown visibly (ESC -> ``\\x1b``), so no escape sequence (cursor
    moves, screen clears, OSC 8 links, colours) reaches a terminal raw; bidi controls are shown
    as ``\\u202e`` and the like, so none can reverse the rest of a line; so is a zero-width
    joiner that joins nothing (``_STRAY_JOINER``). Newline and tab are
    kept. ``--json`` and the exports carry the text as stored: this is for people's screens.
    """
    s = "" if text is None else str(text)
    if "\u200d" in s:
        s = _STRAY_JOINER.sub(_visible, s)
    return _UNSAFE.sub(_visible, s)


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


class BusyError(DatabaseError):
    """Another program held the database's write lock past the busy timeout: nothing was
    written, and the same write may succeed later (``extract --review`` asks again)."""


def no_such_file(label: str, path: Any) -> InputError:
    """A file to read that is not there, in one line: a web address given as a file says that
    claimtrack fetches nothing (it said "https://...: no such file"), and a name close to one in
    the same directory is offered (`clams.jsonl` for claims.jsonl)."""
    import os

    given = str(path)
    if given.lower().startswith(("http://", "https://", "www.")):
        return InputError(
            f"{label}: a web address, not a file; claimtrack reads files and fetches nothing",
            hint="save the page (or download the file) and give the path of the saved copy",
        )
    folder, name = os.path.split(given)
    hint = None
    try:
        names = os.listdir(folder or ".")
    except OSError:
        names = []
    if names:
        import difflib

        near = difflib.get_close_matches(name, sorted(names), n=1, cutoff=0.8)
        if near:
            hint = f"did you mean {os.path.join(folder, near[0])}?"
    return InputError(f"{label}: no such file", hint=hint)


def no_room(err: OSError) -> bool:
    """Whether ``err`` says there is no room to write (full disk, file size limit, quota)."""
    import errno

    names = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", -1)}
    return err.errno in names


def from_os_error(err: OSError) -> ClaimtrackError:
    """An operating-system error that reached the CLI's boundary, as one line: what could not
    be done, to which file when it is known. A write that ran out of room names the output
    (stdout's, when no file is named): what reached it is incomplete."""
    reason = err.strerror or str(err)
    if err.filename is not None:
        return ClaimtrackError(f"{err.filename}: {reason}")
    if no_room(err):
        return ClaimtrackError(
            f"cannot write the output: {reason}; what was written before it is incomplete"
        )
    return ClaimtrackError(f"{reason} (errno {err.errno})" if err.errno else reason)


def from_sqlite_error(
    err: Exception, path: Any, undone: str = "nothing was written"
) -> DatabaseError:
    """A SQLite error that reached the CLI's boundary (``sqlite3.Error``) as one line about
    the database at ``path``: the transaction it interrupted was rolled back (``undone`` says
    what that was: a review that stored claims before it says "the claim shown was not
    stored", since those stay)."""
    text = str(err)
    low = text.lower()
    if "readonly" in low or "read-only" in low:
        return DatabaseError(
            f"database {path} is read-only here ({text}); {undone}",
            hint="make the file and its directory writable, or work on a copy"
            " (`claimtrack --db PATH backup COPY`)",
        )
    if "full" in low:
        return DatabaseError(f"database {path}: {text}; {undone}")
    if "locked" in low or "busy" in low:
        return BusyError(
            f"database {path} is busy (another program is writing); nothing was written: try"
            " again when it is done"
        )
    return DatabaseError(f"database {path}: {text}")
