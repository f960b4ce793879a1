"""Streaming JSONL reader: one claim (or registry record) per line, validated, with line numbers.

Reads bytes, so that a line that is not UTF-8 or is absurdly long is reported for that line
instead of failing the whole file. A UTF-8 BOM and CRLF line endings are accepted; blank lines
are skipped. Nothing is held in memory beyond the current line.
"""

from __future__ import annotations

import io
import re
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
    KIND,
    REPORTED_ON,
    SAID_ON,
    VALUE,
    Block,
    Item,
    claim_row,
    future_dates,
    quote_problem_of,
    readings_of,
)

MAX_LINE = 1 << 20  # 1 MiB: far above any real quote, far below trouble

# A control character (U+0000-U+001F, U+007F) in a string of a JSON line is either in the
# line as it is (raw), or written as an escape: \b \f \n \r \t, or \u0000-\u001f and
# \u007f (hex digits of either case). ``no_control`` looks for both in the raw line, once, in
# C: a line with neither has no field the claim model's control-character check could refuse.
# Raw, only DEL (U+007F) can reach a field: JSON forbids U+0000-U+001F raw in a string, and the
# model's JSON parser refuses such a line ("invalid JSON: control character ...") before any
# check runs, whatever the context; between the tokens (a tab, a carriage return) no string
# holds one (tests/test_import_fast_paths.py holds the parser to both).
_ESCAPED_CONTROL = re.compile(r"\\(?:[bfnrt]|u00[01][0-9A-Fa-f]|u007[Ff])")


def no_control(text: str) -> bool:
    """True when no string of the JSON line ``text`` can hold a control character once the
    model's JSON parser accepts the line: no escape of one, and no DEL (the one control
    character JSON lets a string hold raw; a raw U+0000-U+001F in a string is the parser's own
    refusal, and between the tokens it is in no string). Two searches of the text in C, about
    500 instructions a line (it was the line encoded to UTF-8 and every such byte deleted from
    a copy: 8,800). False says only "maybe": the model's check
    (``claimchecks._control_problems``) then looks at each field. An escaped backslash before
    an ``n`` ("\\\\n") reads as maybe, which is never wrong."""
    if "\\" in text and _ESCAPED_CONTROL.search(text) is not None:
        return False
    return "\x7f" not in text


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
        from claimtrack.errors import no_such_file

        raise no_such_file(str(path), path) from None
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
    from pydantic import ValidationError

    from claimtrack.models import NO_CONTROL, Claim

    own = fh is None
    stream = open_input(path) if fh is None else fh
    context = {"decimal_comma": True} if decimal_comma else None
    # a line without a control character anywhere (``no_control``) is validated without the
    # model's check of every text field for one
    plain = {NO_CONTROL: True, **(context or {})}
    # What Claim.model_validate_json calls, without its Python frames (once per line)
    validate_json = Claim.__pydantic_validator__.validate_json

    seen_any = False
    try:
        for number, text, problem in iter_lines(stream, share):
            if text is None and problem is None:  # a block of a share starts
                yield number, "", None, None
                continue
            seen_any = True
            if text is None:
                yield number, "", None, problem
                continue
            if '"record"' in text:  # maybe a registry record (cheap test first)
                item = _registry(text)
                if item is not None:
                    yield number, text, *item
                    continue
            try:
                claim = validate_json(text, context=plain if no_control(text) else context)
            except ValidationError as e:
                yield number, text, None, "; ".join(_problems(e))
                continue
            # a field given twice: the parser keeps the last, unseen (audit16); one count a
            # line, the JSON read again only when it holds more keys than the claim took
            if text.count('":') > len(claim.__pydantic_fields_set__) and (
                twice := _given_twice(text)
            ):
                yield number, text, None, f"{twice}: given twice in one line"
                continue
            yield number, text, claim, None
    finally:
        if own and stream is not sys.stdin.buffer:
            stream.close()
    if not seen_any and share is None:
        raise InputError(f"{path}: the file is empty: no claims to import")


def _given_twice(text: str) -> str | None:
    """The first key a JSON object line gives twice, or None."""
    import json

    twice = _Twice()  # (a class, not a closure: compiled, a closure's cycle is garbage a call)
    json.loads(text, object_pairs_hook=twice)
    return twice.seen[0] if twice.seen else None


class _Twice:
    """``json.loads``'s object_pairs_hook for ``_given_twice``: the keys each object repeats,
    inner objects first."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, items: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [k for k, _ in items]
        self.seen.extend(k for n, k in enumerate(keys) if k in keys[:n])
        return dict(items)


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
# Who works out a block's figure-in-quote checks (``records.quote_problem_of``: a quarter of a
# reader's CPU): "reader", "writer", or "balanced": the writer, unless it is the slower of the
# two (``BEHIND`` blocks or more, sent before the block, still waiting for it), then the
# reader. Into a blank database the reader is the slower (the writer waits for its blocks for
# 40% of the load) and the writer takes nearly every block's checks; into a big one, whose
# indexes the writer updates row by row, the reader keeps them. Either way the same check of
# the same row gives the same answer; only which process spends the time differs
# (docs/performance.md, round 6: BEHIND 0, 1, 2, 3 measured).
QUOTE_CHECK = "balanced"
BEHIND = 2

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


def _blocks(
    path: str,
    decimal_comma: bool,
    share: tuple[int, int],
    today: str,
    check_here: Callable[[int], bool] | None = None,
) -> Iterator[Block]:
    """This share's blocks of ``path`` (one per block of ``BLOCK`` lines, empty for a block
    of blank lines): rows built, future dates noted, problems and registry records kept in
    place, and each row's figure-in-quote check worked out, unless ``check_here(j)`` says
    the share's j-th block (from 0) goes without (``Block.quoted`` None: the writer works
    them out)."""
    from claimtrack.models import Claim

    def block() -> Block:
        here = check_here is None or check_here(sent)
        if here:
            return Block(rows, lines, extras, future, size, [quote_problem_of(r) for r in rows])
        # the writer checks them: it is given the figures the claim model has read
        figures = [r[VALUE] for r in rows if r[KIND] == "figure" and r[VALUE] is not None]
        readings = readings_of(figures, decimal_comma, given) if figures else None
        return Block(rows, lines, extras, future, size, None, readings)

    given: set[str] = set()  # the figure texts whose readings were sent (``readings_of``)

    started = False
    sent = 0
    rows: list[tuple[Any, ...]] = []
    lines: list[int] = []
    extras: list[tuple[int, Item]] = []
    future: list[tuple[int, str, str]] = []
    size = 0
    for item in read_claims(path, decimal_comma=decimal_comma, share=share):
        line, raw, claim, problem = item
        if claim is None and problem is None:  # the next block of this share starts
            if started:
                yield block()
                sent += 1
                rows, lines, extras, future, size = [], [], [], [], 0
            started = True
            continue
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
    if started:
        yield block()


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
    block ``asked[0] - 1``, counted from 0): see ``QUOTE_CHECK``."""
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
        for block in _blocks(path, decimal_comma, share, today, _check_here(share, asked)):
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


def _check_here(share: tuple[int, int], asked: memoryview) -> Callable[[int], bool]:
    """Whether a reader works out the figure-in-quote checks of its share's j-th block
    (``QUOTE_CHECK``): "balanced", only when ``BEHIND`` blocks or more sent before it are still
    waiting for the writer (it is the slower of the two)."""
    if QUOTE_CHECK != "balanced":
        here = QUOTE_CHECK == "reader"
        return lambda j: here
    first, step = share  # the share's j-th block is the file's block first + step * j
    # (the writer has not asked yet for the block BEHIND before it)
    return lambda j: bool(asked[0] <= first + step * j - BEHIND)


# What a reader process sends, one message per block: ``marshal`` of its fields (about twice
# as fast as pickling the Block, both ways: rows are tuples of str, float, int and None), with
# the block's other lines (registry records are NamedTuples, which marshal does not take)
# pickled inside only when there are any. The first byte says which message it is.
_BLOCK, _BLOCK_PICKLED, _FAILED = b"B", b"P", b"E"
_END = b"."


def _encode(block: Block) -> bytes:
    import marshal
    import pickle

    extras = pickle.dumps(block.extras, pickle.HIGHEST_PROTOCOL) if block.extras else None
    fields = (
        block.rows, block.lines, extras, block.future, block.size, block.quoted, block.readings
    )  # fmt: skip
    try:
        return _BLOCK + marshal.dumps(fields)
    except ValueError:  # a value marshal does not write (none today): pickle the block
        return _BLOCK_PICKLED + pickle.dumps(block, pickle.HIGHEST_PROTOCOL)


def _error(message: str) -> bytes:
    return _FAILED + message.encode("utf-8", "backslashreplace")


def _decode(message: bytes) -> Block | str | None:
    """A reader's message: a Block, an error message (str), or None at the end of the file."""
    import marshal
    import pickle

    tag = message[:1]
    if tag == _BLOCK:
        rows, lines, extras, future, size, quoted, readings = marshal.loads(memoryview(message)[1:])
        return Block(
            rows,
            lines,
            [] if extras is None else pickle.loads(extras),
            future,
            size,
            quoted,
            readings,
        )
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
    # shared mapping, inherited by the forked readers; written here only): ``QUOTE_CHECK``.
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
        for block in itertools.count():
            asked[0] = block + 1  # done with the blocks before: waits for this one now
            try:
                message = _decode(receivers[block % readers].recv_bytes())
            except EOFError:
                raise InputError(f"reading {path} failed: the reader process stopped") from None
            if message is None:
                break
            if type(message) is not Block:
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
        guards = sys.modules.get("claimtrack.guards")
        if guards is not None:
            guards.forget_readings()  # the readings the readers gave (``guards.take_readings``)
