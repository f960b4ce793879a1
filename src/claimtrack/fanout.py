"""``conflicts --all --json`` on two cores: two processes, each half of the subjects.

Reading, analysing and encoding a million claims is CPU-bound Python (threads would serialise
on the GIL). The subjects are split at the middle of the claims (``Store.rough_middle_subject``):
a forked child checks the second half with its own database connection and writes its subjects'
JSON, one per line, to an unlinked temporary file, while this process checks the first half and
streams it; then the child's lines are copied after them. The document is byte for byte what
one process writes (tests/test_fanout.py): the same engine runs on the same subjects, in the
same order.

Small databases, systems without ``fork`` and ``jobs=1`` run in this process alone.
"""

from __future__ import annotations

import gc
import io
import json
import os
import shutil
import signal
import tempfile
from collections.abc import Callable, Iterator
from typing import IO, Any

from claimtrack.conflicts import FORMAT_VERSION, report_json_line
from claimtrack.errors import DatabaseError
from claimtrack.store import Store

FORK_ABOVE = 200_000  # claims: below this a second process is not worth its start
_COPY = 1 << 20


def _encoded(
    reports: Iterator[tuple[str, Any]], write: Callable[[str], object]
) -> tuple[int, bool, list[dict[str, Any]]]:
    """Write each conflicting subject's JSON (one compact line each); (checked, found, the
    others: ``hints.no_conflict``). ``check`` may return a report or (report, notes): the
    notes go into its line, and a subject with notes is written even without a conflict (it
    has comparisons to show)."""
    from claimtrack.hints import no_conflict

    checked, found, quiet = 0, False, []
    for name, result in reports:
        checked += 1
        report, notes = result if isinstance(result, tuple) else (result, None)
        if report.conflicts or notes is not None:  # notes: a comparison to show (issue #26)
            found = found or bool(report.conflicts)
            write(report_json_line(name, report, notes))
        else:
            quiet.append(no_conflict(name, report))
    return checked, found, quiet


class _Items:
    """The items of the ``subjects`` array as they are written: a comma before all but the
    first."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self.first = True

    def add(self, text: str) -> None:
        self.out.write(("\n" if self.first else ",\n") + text)
        self.first = False

    def add_spooled(self, spool: IO[bytes]) -> None:
        """Append items the child wrote to ``spool``, each as ``b",\n" + text`` in UTF-8:
        copied as bytes when ``out`` writes UTF-8 to a binary buffer, else line by line."""
        spool.seek(0)
        head = spool.read(2)
        if not head:
            return
        if head != b",\n":
            raise DatabaseError("checking the second half of the subjects failed: bad spool")
        buffer = getattr(self.out, "buffer", None)
        encoding = (getattr(self.out, "encoding", None) or "").lower().replace("-", "")
        if (
            buffer is not None
            and encoding == "utf8"
            and getattr(self.out, "errors", "")
            in (
                "strict",
                "surrogateescape",
            )
        ):
            self.out.write("\n" if self.first else ",\n")
            self.out.flush()
            buffer.flush()
            _copy_bytes(spool, buffer)
        else:
            lines = io.TextIOWrapper(spool, encoding="utf-8", newline="\n")
            for line in lines:  # "item,\n" for all but the last (an item has no raw newline)
                text = line.rstrip("\n")
                self.add(text[:-1] if text.endswith(",") else text)
                self.first = False
            lines.detach()
        self.first = False


def _write_all(fd: int, data: bytes) -> None:
    """All of ``data`` to ``fd`` (a pipe may take a long message in parts)."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _copy_bytes(spool: IO[bytes], buffer: IO[bytes]) -> None:
    """The rest of ``spool`` (from after its first two bytes) appended to ``buffer`` (flushed):
    by ``os.sendfile`` where the system takes it (the kernel copies: no pass through this
    process's memory, about a quarter of the CPU of reading and writing 100 MB at 1M claims),
    else, or from where it stopped, by reads and writes."""
    done = spool.tell()
    end = os.fstat(spool.fileno()).st_size
    try:
        out = buffer.fileno()
        while done < end:
            sent = os.sendfile(out, spool.fileno(), done, end - done)
            if sent == 0:
                break
            done += sent
    except (OSError, AttributeError, ValueError):
        pass  # no sendfile to this output (or none at all): the rest by reads and writes
    if done < end:
        spool.seek(done)
        shutil.copyfileobj(spool, buffer, _COPY)
        buffer.flush()


def all_json(
    store: Store,
    check: Callable[[str, list[Any]], Any],
    out: IO[str],
    *,
    jobs: int | None = None,
    before_fork: Callable[[], object] | None = None,
    readings: dict[str, Any] | None = None,
) -> tuple[int, bool]:
    """Write ``{"format_version": V, "subjects": [...], "no_conflicts": [...], "checked":
    N}`` (every subject with a conflict, then the others: ``hints.no_conflict``) to ``out``;
    return (subjects checked, any conflict found). ``check(subject,
    facts)`` is the engine call (``analyse`` with the subject's rules). ``before_fork`` is
    called once before the second process starts (not at all in one process): what ``check``
    would read over the whole database in each process, read once and shared by the fork.

    The cyclic garbage collector is paused meanwhile (as ``analyse`` pauses it for its own
    work): reading builds a million small tuples, and collecting them (which frees nothing:
    facts, reports and lines hold no cycles) cost 10-20% of the reading when measured."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _all_json(store, check, out, jobs, before_fork, readings)
    finally:
        if was_enabled:
            gc.enable()


def _all_json(
    store: Store,
    check: Callable[[str, list[Any]], Any],
    out: IO[str],
    jobs: int | None,
    before_fork: Callable[[], object] | None,
    readings: dict[str, Any] | None = None,
) -> tuple[int, bool]:
    items = _Items(out)
    out.write(f'{{"format_version": {FORMAT_VERSION}, "subjects": [')
    split = None
    if jobs != 1 and hasattr(os, "fork"):
        n = store.claim_count()  # the table's size, not a walk of the covering index
        if n >= FORK_ABOVE or jobs is not None:
            split = store.rough_middle_subject(n)
    if split is None:
        checked, found, quiet = _encoded(_checked(store.facts_by_subject(), check), items.add)
    else:
        if before_fork is not None:
            before_fork()
        checked, found, quiet = _two_halves(store, check, split, items)
    # the subjects checked with no conflict, so that none reads as not checked (outputs19)
    listed = json.dumps(quiet, ensure_ascii=False)
    # figures compared as stored, not read by today's rules (``cli.core.readings_state``)
    tail = f', "readings": {json.dumps(readings, ensure_ascii=False)}' if readings else ""
    out.write(
        ("]" if items.first else "\n]")
        + f', "no_conflicts": {listed}, "checked": {checked}{tail}'
        + "}\n"
    )
    return checked, found


def _checked(
    facts: Iterator[tuple[str, list[Any]]], check: Callable[[str, list[Any]], Any]
) -> Iterator[tuple[str, Any]]:
    return ((name, check(name, subject_facts)) for name, subject_facts in facts)


def _two_halves(
    store: Store, check: Callable[[str, list[Any]], Any], split: str, items: _Items
) -> tuple[int, bool, list[dict[str, Any]]]:
    with tempfile.TemporaryFile("w+b") as spool:
        return _forked(store, check, split, items, spool)


def _forked(
    store: Store,
    check: Callable[[str, list[Any]], Any],
    split: str,
    items: _Items,
    spool: IO[bytes],
) -> tuple[int, bool, list[dict[str, Any]]]:
    done_r, done_w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: the second half, with a connection of its own
        os.close(done_r)
        status = 1
        try:
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
            own = store.in_this_process()  # what ``check`` reads goes through it too
            text = io.TextIOWrapper(spool, encoding="utf-8", newline="\n", write_through=False)
            counts = _encoded(
                _checked(own.facts_by_subject(start=split), check),
                lambda line: text.write(",\n" + line),
            )
            text.flush()
            _write_all(done_w, json.dumps({"counts": counts}).encode())
            status = 0
        except BaseException as e:  # reported by the parent, which owns the error boundary
            os.write(done_w, json.dumps({"error": f"{type(e).__name__}: {e}"}).encode())
        finally:
            os._exit(status)  # no cleanup of the parent's objects (its connection) here
    os.close(done_w)
    try:
        checked, found, quiet = _encoded(
            _checked(store.facts_by_subject(stop=split), check), items.add
        )
        message = b""
        while chunk := os.read(done_r, 65536):
            message += chunk
        _, status = os.waitpid(pid, 0)
        pid = 0
        result = json.loads(message or b"{}")
        if os.waitstatus_to_exitcode(status) != 0 or "counts" not in result:
            why = result.get("error", f"exit status {os.waitstatus_to_exitcode(status)}")
            raise DatabaseError(f"checking the second half of the subjects failed: {why}")
        items.add_spooled(spool)
        more, found_more, quiet_more = result["counts"]
        return checked + more, found or found_more, quiet + quiet_more
    finally:
        os.close(done_r)
        if pid:  # interrupted or failed before the child was reaped
            try:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
            except OSError:
                pass
