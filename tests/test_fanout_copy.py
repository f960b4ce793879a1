"""fanout._copy_bytes: the child's spool appended to the output, by sendfile where it goes and
by reads and writes where it does not, or from where it stopped: the same bytes either way."""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path
from typing import Any

import pytest

from claimtrack import fanout

BODY = b",\n" + "".join(f'{{"subject": "s{i}", "é": {i}}},\n' for i in range(1500)).encode()


def _spool() -> Any:
    spool = tempfile.TemporaryFile("w+b")  # noqa: SIM115 (closed by the caller's with)
    spool.write(BODY)
    spool.flush()
    spool.seek(0)
    assert spool.read(2) == b",\n"  # as add_spooled leaves it (the read may buffer ahead)
    return spool


def _sendfile_fails_after(n: int | None) -> Any:
    real = os.sendfile

    def sendfile(out: int, src: int, offset: int, count: int) -> int:
        if n is None:
            raise OSError(22, "Invalid argument")
        if offset >= 2 + n:
            raise OSError(22, "Invalid argument")
        return real(out, src, offset, min(count, 2 + n - offset))

    return sendfile


@pytest.mark.parametrize(
    "sendfile",
    [
        None,  # the system's own
        _sendfile_fails_after(None),  # refused from the start
        _sendfile_fails_after(1000),  # stops part-way: the rest by reads and writes
        "absent",  # a system without sendfile
    ],
)
def test_to_a_file_after_what_it_holds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sendfile: Any
) -> None:
    if sendfile == "absent":
        monkeypatch.delattr(os, "sendfile")
    elif sendfile is not None:
        monkeypatch.setattr(os, "sendfile", sendfile)
    path = tmp_path / "out.json"
    with path.open("w", encoding="utf-8", newline="\n") as out, _spool() as spool:
        out.write('{"subjects": [')
        out.flush()
        fanout._copy_bytes(spool, out.buffer)
        out.write("]}\n")  # written after: at the end, not over the copied bytes
    assert path.read_bytes() == b'{"subjects": [' + BODY[2:] + b"]}\n"


def test_to_memory_by_reads_and_writes() -> None:
    out = io.BytesIO(b"head")
    out.seek(4)
    with _spool() as spool:
        fanout._copy_bytes(spool, out)
    assert out.getvalue() == b"head" + BODY[2:]


def test_to_a_pipe() -> None:
    r, w = os.pipe()
    with os.fdopen(r, "rb") as reader, os.fdopen(w, "wb") as writer, _spool() as spool:
        # the pipe holds 64 KB unread: a copy of less than that does not wait for the reader
        assert len(BODY) < 65536
        fanout._copy_bytes(spool, writer)
        writer.close()
        assert reader.read() == BODY[2:]
