"""Streaming JSONL reader: one claim (or registry record) per line, validated, with line numbers.

Reads bytes, so that a line that is not UTF-8 or is absurdly long is reported for that line
instead of failing the whole file. A UTF-8 BOM and CRLF line endings are accepted; blank lines
are skipped. Nothing is held in memory beyond the current line.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pydantic import ValidationError

from claimtrack.errors import InputError
from claimtrack.records import (
    AS_OF,
    REPORTED_ON,
    SAID_ON,
    Block,
    Item,
    claim_row,
    future_dates,
    quote_problem_of,
)

MAX_LINE = 1 << 20  # 1 MiB: far above any real quote, far below trouble


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


def iter_lines(
    fh: IO[bytes], share: tuple[int, int] | None = None
) -> Iterator[tuple[int, str | None, str | None]]:
    """Yield (line number, text or None, problem or None) for each non-blank line.

    With ``share=(k, n)`` only the lines of every n-th block of ``BLOCK`` lines, starting with
    block k, are decoded and yielded (one of n readers of the same file), and the first line
    of each of those blocks is announced by a marker ``(number, None, None)`` first, so that
    a block of blank lines still shows up.
    """
    number = 0
    while True:
        raw = fh.readline(MAX_LINE + 1)
        if not raw:
            return
        number += 1
        too_long = len(raw) > MAX_LINE and not raw.endswith(b"\n")
        if too_long:
            # Drain the rest of the over-long line without keeping it.
            while True:
                chunk = fh.readline(MAX_LINE)
                if not chunk or chunk.endswith(b"\n"):
                    break
        if share is not None:
            block, offset = divmod(number - 1, BLOCK)
            if block % share[1] != share[0]:
                continue
            if offset == 0:
                yield number, None, None
        if too_long:
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


def read_claims(
    path: str | Path,
    fh: IO[bytes] | None = None,
    *,
    decimal_comma: bool = False,
    share: tuple[int, int] | None = None,
) -> Iterator[Item]:
    """Yield (line, raw text, Claim or None, problem or None) for each record of a JSONL file.

    With ``share`` (see ``iter_lines``) only that share of the lines is read, each of its
    blocks announced by ``(line, "", None, None)`` (no record, no problem), and an empty file
    is left for the caller to report (it has the other shares).
    """
    own = fh is None
    stream = open_input(path) if fh is None else fh
    seen_any = False
    try:
        for item in _parse(iter_lines(stream, share), _validator(decimal_comma)):
            seen_any = True  # (with a share, the first item is its first block's marker)
            yield item
    finally:
        if own and stream is not sys.stdin.buffer:
            stream.close()
    if not seen_any and share is None:
        raise InputError(f"{path}: the file is empty: no claims to import")


Line = tuple[int, str | None, str | None]  # what ``iter_lines`` yields: (number, text, problem)


def _validator(decimal_comma: bool) -> Callable[[str], Any]:
    """A line's text -> its Claim (pydantic's ``ValidationError`` if it is not one)."""
    from claimtrack.models import Claim

    context = {"decimal_comma": True} if decimal_comma else None
    # What Claim.model_validate_json calls, without its Python frame (once per line)
    validate_json = Claim.__pydantic_validator__.validate_json

    def validate(text: str) -> Claim:
        return validate_json(text, context=context)

    return validate


def _parse(lines: Iterable[Line], validate: Callable[[str], Any]) -> Iterator[Item]:
    """(line, raw text, Claim or registry record or None, problem or None) for each line of
    ``iter_lines``; a share's block marker ``(number, None, None)`` gives ``(number, "", None,
    None)``."""
    from pydantic import ValidationError

    for number, text, problem in lines:
        if text is None:  # a line that could not be read, or a block marker
            yield number, "", None, problem
            continue
        if '"record"' in text:  # maybe a registry record (cheap test first)
            item = _registry(text)
            if item is not None:
                yield number, text, *item
                continue
        try:
            yield number, text, validate(text), None
        except ValidationError as e:
            yield number, text, None, "; ".join(_problems(e))


def _registry(text: str) -> tuple[Any, str | None] | None:
    """(Registry record, None) or (None, problem) for a registry line; None for a claim."""
    import json

    from claimtrack.registry import parse

    try:
        obj = json.loads(text)
    except ValueError:
        return None  # the claim validator reports the JSON error
    if not isinstance(obj, dict) or "record" not in obj:
        return None
    try:
        return parse(obj), None
    except ValueError as e:
        return None, str(e)


def _problems(err: ValidationError) -> list[str]:
    from claimtrack.models import format_validation_error

    errors = err.errors(include_url=False)
    if errors and errors[0]["type"] == "json_invalid":
        detail = errors[0].get("ctx", {}).get("error", "")
        return [f"invalid JSON: {detail}" if detail else "invalid JSON"]
    if errors and errors[0]["type"] == "model_type":
        return ["line is not a JSON object"]
    return format_validation_error(err)


# -- rows for the store, parsed in a worker process for big files -------------------------

PARALLEL_BYTES = 4 << 20  # files at least this big are parsed in worker processes
# Worker processes, each parsing every READERS-th block of lines. One: a reader takes less CPU
# than the writer (measured: 2.9 s against 3.5 s at 200,000 claims, 12.5 s against 16.4 s at
# 1M), so a second one only adds work (its own start, its own caches' misses: 18% more reader
# instructions) and memory (+47 MB at 200,000) without shortening the import; with the writer
# they fill the two cores of a small machine (docs/performance.md, round 4).
READERS = 1
BLOCK = 1000  # lines per block: a worker sends one message per block
# Who does what of a block: "reader": the reader process parses it and works out its rows'
# figure-in-quote checks (``records.quote_problem_of``, a quarter of the reader's CPU);
# "quotes": the reader parses, the writer checks; "writer": the reader sends the block's lines
# as read, the writer does both; "balanced": the reader sends a block as read if the writer
# is already waiting for it when the reader comes to it, and leaves its checks to the writer
# if the writer is waiting for it once it is parsed; otherwise the reader does both. The
# writer would spend that time waiting (docs/performance.md, round 6). Either way the same
# lines go through the same functions (``_parse``, ``_block``): the same rows, checks and
# problems; only which process spends the time differs.
SHARE_WORK = "balanced"

Row = tuple[int, str, "tuple[Any, ...] | None", "str | None"]


def read_rows(
    path: str | Path,
    *,
    parallel_bytes: int | None = None,
    decimal_comma: bool = False,
    readers: int | None = None,
    today: str | None = None,
) -> Iterator[Row | Block]:
    """Yield (line, raw text, store row or None, problem) for each record of a JSONL file,
    or, from a big file, a ``Block`` of them at a time.

    Parsing and validation are CPU-bound and the store's inserts are too; on a big file
    ``readers`` forked worker processes (default ``READERS``) do the first (each every
    ``readers``-th block of lines) while this process does the second (threads would
    serialise on the GIL). The workers send each
    block's rows without their raw text, and note the claim dates after ``today`` (ISO;
    default: today) themselves. Standard input and small files (under ``parallel_bytes``,
    default ``PARALLEL_BYTES``) are read here, line by line.
    """
    threshold = PARALLEL_BYTES if parallel_bytes is None else parallel_bytes
    if str(path) != "-" and _can_fork() and _size(path) >= threshold:
        import datetime

        day = today or datetime.date.today().isoformat()
        count = READERS if readers is None else readers
        return _rows_from_workers(str(path), decimal_comma, count, day)
    return _rows(str(path), decimal_comma)


def lines_at(path: str | Path, numbers: Iterable[int]) -> dict[int, str]:
    """The text of the given lines of a file (as ``iter_lines`` reads them), for the rows
    whose raw text a reader process did not send; lines that cannot be read are left out."""
    wanted = set(numbers)
    found: dict[int, str] = {}
    if not wanted or str(path) == "-":
        return found
    last = max(wanted)
    try:
        with open(path, "rb") as fh:
            for number, text, _ in iter_lines(fh):
                if number in wanted and text is not None:
                    found[number] = text
                if number >= last:
                    break
    except OSError:
        pass
    return found


def _size(path: str | Path) -> int:
    try:
        return Path(path).stat().st_size
    except OSError:
        return 0  # let the in-process reader report it


def _can_fork() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


def _rows(
    path: str, decimal_comma: bool = False, share: tuple[int, int] | None = None
) -> Iterator[Row]:
    from claimtrack.models import Claim

    for line, raw, claim, problem in read_claims(path, decimal_comma=decimal_comma, share=share):
        if isinstance(claim, Claim):
            claim = claim_row(claim, None)
        yield line, raw, claim, problem


def _line_blocks(lines: Iterable[Line]) -> Iterator[list[Line]]:
    """A share's lines (``iter_lines`` with a share) grouped by block, each block's marker
    left out (a block of blank lines: empty)."""
    block: list[Line] | None = None
    for line in lines:
        if line[1] is None and line[2] is None:  # the next block of this share starts
            if block is not None:
                yield block
            block = []
        elif block is not None:
            block.append(line)
    if block is not None:
        yield block


def _block(items: Iterable[Item], today: str, check_quotes: Callable[[], bool]) -> Block:
    """A block's items as a ``Block``: rows built, future dates noted, problems and registry
    records kept in place, each row's figure-in-quote check worked out if ``check_quotes()``
    (asked once the rows are built; else ``Block.quoted`` is None: the writer works them
    out)."""
    from claimtrack.models import Claim

    rows: list[tuple[Any, ...]] = []
    lines: list[int] = []
    extras: list[tuple[int, Item]] = []
    future: list[tuple[int, str, str]] = []
    size = 0
    for item in items:
        line, raw, claim, _ = item
        size += len(raw) + 1
        if isinstance(claim, Claim):
            row = claim_row(claim, None)
            rows.append(row)
            lines.append(line)
            # ISO dates compare as strings (records.is_future); most claims are in the past
            said, reported, as_of = row[SAID_ON], row[REPORTED_ON], row[AS_OF]
            if (
                (said and said > today)
                or (reported and reported > today)
                or (as_of and as_of > today)
            ):
                future += future_dates(line, row, today)
        else:
            extras.append((len(rows), item))
    quoted = [quote_problem_of(row) for row in rows] if check_quotes() else None
    return Block(rows, lines, extras, future, size, quoted)


def _blocks(
    path: str,
    decimal_comma: bool,
    share: tuple[int, int],
    today: str,
    here: Callable[[int, str], bool] | None = None,
) -> Iterator[Block | list[Line]]:
    """This share's blocks of ``path``, one per block of ``BLOCK`` lines (empty for a block
    of blank lines): each a ``Block`` (``_block``), or its lines as read where ``here(j,
    "parse")`` says the writer parses the share's j-th block (from 0); ``here(j, "quotes")``
    says who works out the figure-in-quote checks of a block parsed here. None: all here."""
    validate = _validator(decimal_comma)
    with open_input(path) as stream:
        for j, lines in enumerate(_line_blocks(iter_lines(stream, share))):
            if here is not None and not here(j, "parse"):
                yield lines
                continue
            yield _block(_parse(lines, validate), today, _asker(here, j))


def _asker(here: Callable[[int, str], bool] | None, j: int) -> Callable[[], bool]:
    """``here(j, "quotes")``, to be asked once the share's j-th block is parsed (True without
    ``here``)."""
    return lambda: here is None or here(j, "quotes")


def _worker(
    path: str,
    conn: Any,
    parent_ends: list[Any],
    decimal_comma: bool,
    share: tuple[int, int],
    today: str,
    asked: memoryview,
) -> None:
    """Child process: parse this share of ``path`` and send one ``Block`` per block of lines
    (empty for a block of blank lines); None marks the end of the file. ``asked[0]`` is how
    many blocks the writer has asked for (it waits for, or is about to wait for, the file's
    block ``asked[0] - 1``, counted from 0): see ``SHARE_WORK``."""
    import gc
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    # What the parent had when it forked (modules, the model's schema) lives as long as this
    # process: the collector need not walk it (nor copy its pages). The lines make no
    # reference cycles worth collecting often: a young collection every 10,000 objects kept,
    # not 700 (over 100,000 lines the collector's time fell from 0.43 to 0.05 s).
    gc.freeze()
    gc.set_threshold(10_000, 10, 10)
    # Close our copies of the parent's ends, so that if the parent dies our sends fail
    # (BrokenPipeError) instead of blocking forever.
    for end in parent_ends:
        end.close()
    send = conn.send_bytes
    try:
        for block in _blocks(path, decimal_comma, share, today, _here(share, asked)):
            send(_encode(block))
        send(_END)
    except BrokenPipeError:
        pass  # the parent has gone (crashed or interrupted): nothing to deliver
    except InputError as e:
        send(_error(e.message))
    except BaseException as e:
        send(_error(f"reading {path} failed: {type(e).__name__}: {e}"))
    finally:
        conn.close()


def _here(share: tuple[int, int], asked: memoryview) -> Callable[[int, str], bool]:
    """Whether a reader does ``stage`` ("parse" or "quotes") of its share's j-th block
    (``SHARE_WORK``); "balanced": unless the writer has asked for that block already (it is
    idle, waiting for it)."""
    mode = SHARE_WORK
    first, step = share  # the share's j-th block is the file's block first + step * j

    def here(j: int, stage: str) -> bool:
        if mode == "balanced":
            return bool(asked[0] <= first + step * j)
        return mode == "reader" or (mode == "quotes" and stage == "parse")

    return here


# What a reader process sends, one message per block: ``marshal`` of its fields (about twice
# as fast as pickling the Block, both ways: rows are tuples of str, float, int and None), with
# the block's other lines (registry records are NamedTuples, which marshal does not take)
# pickled inside only when there are any. The first byte says which message it is.
_BLOCK, _BLOCK_PICKLED, _LINES, _FAILED = b"B", b"P", b"L", b"E"
_END = b"."


def _encode(block: Block | list[Line]) -> bytes:
    import marshal
    import pickle

    if type(block) is list:  # a block's lines as read: (int, str or None, str or None)
        return _LINES + marshal.dumps(block)
    assert type(block) is Block
    extras = pickle.dumps(block.extras, pickle.HIGHEST_PROTOCOL) if block.extras else None
    fields = (block.rows, block.lines, extras, block.future, block.size, block.quoted)
    try:
        return _BLOCK + marshal.dumps(fields)
    except ValueError:  # a value marshal does not write (none today): pickle the block
        return _BLOCK_PICKLED + pickle.dumps(block, pickle.HIGHEST_PROTOCOL)


def _error(message: str) -> bytes:
    return _FAILED + message.encode("utf-8", "backslashreplace")


def _decode(message: bytes) -> Block | list[Line] | str | None:
    """A reader's message: a Block, a block's lines as read (a list), an error message (str),
    or None at the end of the file."""
    import marshal
    import pickle

    tag = message[:1]
    if tag == _BLOCK:
        rows, lines, extras, future, size, quoted = marshal.loads(memoryview(message)[1:])
        return Block(
            rows, lines, [] if extras is None else pickle.loads(extras), future, size, quoted
        )
    if tag == _LINES:
        read: list[Line] = marshal.loads(memoryview(message)[1:])
        return read
    if tag == _BLOCK_PICKLED:
        block: Block = pickle.loads(memoryview(message)[1:])
        return block
    if tag == _FAILED:
        return message[1:].decode("utf-8")
    return None


PIPE_BYTES = 1 << 20  # a reader's pipe holds a few blocks (Linux's default: 64 KiB)


def _widen_pipe(fd: int) -> None:
    """Let the pipe hold ``PIPE_BYTES`` (Linux; 1 MiB is the default most a user may ask
    for), so that a reader goes on parsing while the writer is busy inserting or indexing,
    instead of waiting for it to read each block. Elsewhere, or if refused, it stays as it is."""
    import fcntl

    setpipe = getattr(fcntl, "F_SETPIPE_SZ", None)
    if setpipe is not None:
        with suppress(OSError):
            fcntl.fcntl(fd, setpipe, PIPE_BYTES)


def _rows_from_workers(
    path: str, decimal_comma: bool = False, readers: int = 1, today: str = ""
) -> Iterator[Block]:
    """The blocks of ``path`` in file order, read from ``readers`` workers in turn; the first
    worker with no next block marks the end of the file."""
    import itertools
    import mmap
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    # How many blocks this process has asked for, shared with the readers (an anonymous
    # shared mapping, inherited by the forked readers; written here only): ``SHARE_WORK``.
    shared = mmap.mmap(-1, 8)
    asked = memoryview(shared).cast("q")
    pipes = [ctx.Pipe(duplex=False) for _ in range(readers)]
    for receive, _ in pipes:
        _widen_pipe(receive.fileno())
    receivers = [receive for receive, _ in pipes]
    procs = []

    def others(k: int) -> list[Any]:
        return receivers + [send for j, (_, send) in enumerate(pipes) if j != k]

    try:
        for k, (_, send) in enumerate(pipes):
            proc = ctx.Process(
                target=_worker,
                # the child closes the ends that are not its own
                args=(path, send, others(k), decimal_comma, (k, readers), today, asked),
                name=f"claimtrack-reader-{k}",
                daemon=True,
            )
            proc.start()
            procs.append(proc)
            send.close()
        seen = 0
        validate: Callable[[str], Any] | None = None
        for block in itertools.count():
            asked[0] = block + 1  # done with the blocks before: waits for this one now
            try:
                message = _decode(receivers[block % readers].recv_bytes())
            except EOFError:
                raise InputError(f"reading {path} failed: the reader process stopped") from None
            if message is None:
                break
            if type(message) is list:  # the block's lines, as read: parsed here
                if validate is None:
                    validate = _validator(decimal_comma)
                message = _block(_parse(message, validate), today, lambda: False)
            elif type(message) is not Block:
                raise InputError(str(message))
            seen += len(message.rows) + len(message.extras)
            yield message
        if not seen:
            raise InputError(f"{path}: the file is empty: no claims to import")
    finally:
        for receive, send in pipes:
            receive.close()
            send.close()
        for proc in procs:
            if proc.is_alive():
                proc.terminate()
            proc.join()
        asked.release()
        shared.close()
