"""Streaming JSONL reader: one claim record per line, validated, with line numbers.

Reads bytes, so that a line that is not UTF-8 or is absurdly long is reported for that line
instead of failing the whole file. A UTF-8 BOM and CRLF line endings are accepted; blank lines
are skipped. Nothing is held in memory beyond the current line.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pydantic import ValidationError

from claimtrack.errors import InputError

MAX_LINE = 1 << 20  # 1 MiB: far above any real quote, far below trouble
Item = tuple[int, str, Any, "str | None"]


def open_input(path: str | Path) -> IO[bytes]:
    """Open ``path`` for binary reading; ``-`` is standard input."""
    if str(path) == "-":
        return sys.stdin.buffer if hasattr(sys.stdin, "buffer") else io.BytesIO()
    p = Path(path)
    if p.is_dir():
        raise InputError(f"{path} is a directory, not a JSONL file")
    try:
        return open(p, "rb")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read: {e.strerror}") from None


def iter_lines(fh: IO[bytes]) -> Iterator[tuple[int, str | None, str | None]]:
    """Yield (line number, text or None, problem or None) for each non-blank line."""
    number = 0
    while True:
        raw = fh.readline(MAX_LINE + 1)
        if not raw:
            return
        number += 1
        if len(raw) > MAX_LINE and not raw.endswith(b"\n"):
            # Drain the rest of the over-long line without keeping it.
            while True:
                chunk = fh.readline(MAX_LINE)
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield number, None, f"line is longer than {MAX_LINE // (1 << 20)} MiB"
            continue
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            yield (
                number,
                None,
                f"not valid UTF-8 (byte 0x{raw[e.start]:02x} at column {e.start + 1})",
            )
            continue
        text = text.rstrip("\r\n")
        if not text.strip():
            continue
        yield number, text, None


def read_claims(path: str | Path, fh: IO[bytes] | None = None) -> Iterator[Item]:
    """Yield (line, raw text, Claim or None, problem or None) for each record of a JSONL file."""
    from pydantic import ValidationError

    from claimtrack.models import Claim

    own = fh is None
    stream = open_input(path) if fh is None else fh
    validate = Claim.model_validate_json
    seen_any = False
    try:
        for number, text, problem in iter_lines(stream):
            seen_any = True
            if text is None:
                yield number, "", None, problem
                continue
            try:
                yield number, text, validate(text), None
            except ValidationError as e:
                yield number, text, None, "; ".join(_problems(e))
    finally:
        if own and stream is not sys.stdin.buffer:
            stream.close()
    if not seen_any:
        raise InputError(f"{path}: the file is empty: no claims to import")


def _problems(err: ValidationError) -> list[str]:
    from claimtrack.models import format_validation_error

    errors = err.errors(include_url=False)
    if errors and errors[0]["type"] == "json_invalid":
        detail = errors[0].get("ctx", {}).get("error", "")
        return [f"invalid JSON: {detail}" if detail else "invalid JSON"]
    if errors and errors[0]["type"] == "model_type":
        return ["line is not a JSON object"]
    return format_validation_error(err)
