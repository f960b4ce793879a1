"""`claimtrack datasette-metadata` against a real Datasette server (test extra), started on
127.0.0.1 on a free port and always stopped. Marked slow: a server takes seconds to start."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from conftest import figure, stance

pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(base: str, path: str, **params: str) -> dict:
    query = urllib.parse.urlencode({"_shape": "array", **params})
    with urllib.request.urlopen(f"{base}{path}?{query}", timeout=10) as response:
        return json.loads(response.read())


@pytest.fixture
def server(ct, empty_db: Path, tmp_path: Path):
    data = "".join(
        json.dumps(r) + "\n"
        for r in (
            figure(id="a", quote="fighters left in a long line of buses and trucks"),
            figure(id="b", value="250", quote="the convoy", note="convoy, convoy, convoy"),
            figure(id="d", value="13", quote="a convoy of buses and trucks, then more trucks"),
            stance(id="c", quote="we took no part"),
            stance(id="e", quote="we were never there", stance="affirms"),
            stance(id="f", quote="nobody asked us"),
        )
    )
    assert ct("import", "-", input=data).exit_code == 0
    for rating in ("Unproven", "False"):
        assert ct("review", "a", "--rating", rating).exit_code == 0
    meta = ct("datasette-metadata")
    assert meta.exit_code == 0, meta.output
    metadata = tmp_path / "metadata.json"
    metadata.write_text(meta.stdout)
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "datasette", "serve", str(empty_db), "-m", str(metadata),
         "-h", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(f"{base}/-/versions.json", timeout=1).close()
                break
            except (urllib.error.URLError, ConnectionError):
                if proc.poll() is not None:
                    pytest.fail(f"datasette exited: {proc.stdout.read().decode()}")
                time.sleep(0.1)
        else:
            pytest.fail("datasette did not start")
        yield base, empty_db.stem, json.loads(meta.stdout)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def test_datasette_reads_the_metadata(server) -> None:
    base, name, metadata = server
    tables = get(base, f"/{name}.json", _shape="objects")
    shown = {t["name"] for t in tables["tables"] if not t["hidden"]}
    assert {"claims", "reviews", "claim_history"} <= shown
    assert not {t for t in shown if t.startswith(("claims_fts", "_"))}
    hidden = set(metadata["databases"][name]["tables"]) - {"claims"}
    assert "claims_fts" in hidden and "_sqlite_migrations" in hidden

    verdicts = get(base, f"/{name}/claims_with_latest_verdict.json")
    assert [(r["id"], r["verdict"]) for r in verdicts] == [
        ("a", "False"),
        ("b", None),
        ("c", None),
        ("d", None),
        ("e", None),
        ("f", None),
    ]

    reviews = get(base, f"/{name}/reviews.json", _labels="on")
    assert reviews[0]["claim_id"] == {
        "value": "a",
        "label": "fighters left in a long line of buses and trucks",
    }

    hits = get(base, f"/{name}/search.json", q="convoy")
    assert [h["id"] for h in hits] == ["b", "d"]  # best match first, not table order
    assert hits[0]["score"] < hits[1]["score"]  # bm25: lower is better
