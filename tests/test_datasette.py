"""`claimtrack datasette-metadata` against a real Datasette server (test extra), started on
127.0.0.1 on a free port and always stopped. Marked slow: a server takes seconds to start."""

from __future__ import annotations

import contextlib
import html
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
    with serve(empty_db, metadata) as base:
        yield base, empty_db.stem, json.loads(meta.stdout)


@contextlib.contextmanager
def serve(db: Path, metadata: Path):
    """A real Datasette on 127.0.0.1 serving ``db`` with ``metadata``; always stopped."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "datasette", "serve", str(db), "-m", str(metadata),
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
        yield base
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
    # no claim edited since its verdict (outputs8: tests/test_datasette_meta.py edits some)
    assert {r["changed_since_verdict"] for r in verdicts} == {None}
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


def test_datasette_shows_the_facets_and_column_descriptions(server) -> None:
    base, name, metadata = server
    with urllib.request.urlopen(f"{base}/{name}/claims.json?_size=1", timeout=10) as r:
        table = json.loads(r.read())
    facets = table["facet_results"]
    facets = facets.get("results", facets)  # Datasette 1.0 nests them
    counts = {k: sorted((x["value"], x["count"]) for x in v["results"]) for k, v in facets.items()}
    assert counts == {
        "subject": [("raqqa-convoy", 6)],
        "kind": [("figure", 3), ("stance", 3)],
        "status": [("active", 6)],
    }
    with urllib.request.urlopen(f"{base}/{name}/claims", timeout=10) as r:
        page = r.read().decode()
    described = metadata["databases"][name]["tables"]["claims"]["columns"]
    for column in ("low", "base_low", "claimant_key", "source"):
        text = html.escape(described[column]).replace("&#x27;", "&#39;")  # Jinja writes &#39;
        assert f"<dt>{column}</dt><dd>{text}</dd>" in page, column


# What a person types into the canned search (issue 27): each failed with HTTP 400 before.
TYPED = ["", "   ", '"', "US-led", "Col. Dillon", "3,500", "BBC's", "convoy", "a few dozen"]


@pytest.fixture
def sample_server(ct, sample_db: Path, tmp_path: Path):
    meta = ct("datasette-metadata", db=sample_db)
    assert meta.exit_code == 0, meta.output
    metadata = tmp_path / "metadata.json"
    metadata.write_text(meta.stdout)
    with serve(sample_db, metadata) as base:
        yield base, sample_db.stem


def test_the_canned_search_takes_what_a_person_types(ct, sample_server, sample_db: Path) -> None:
    """Every typed query answers 200 with the claims `claimtrack search` finds (retracted ones
    included: the canned query shows their status); an empty one shows no rows."""
    base, name = sample_server
    for q in TYPED:
        hits = get(base, f"/{name}/search.json", q=q)
        got = sorted(h["id"] for h in hits)
        if not q.strip(' "'):
            assert got == [], q
            continue
        found = ct("search", q, "--json", "--include-retracted", "--limit", "100", db=sample_db)
        assert found.exit_code == 0, found.output
        assert got == sorted(h["id"] for h in json.loads(found.stdout)), q
        assert got, q  # each of these is in the sample


def page(base: str, path: str) -> str:
    with urllib.request.urlopen(f"{base}{path}", timeout=10) as response:
        return response.read().decode()


def test_datasette_offers_no_search_while_the_index_waits(ct, empty_db: Path, tmp_path: Path):
    """An import into an empty database leaves its full-text index to the first search, and
    there is no index meanwhile (issue 28, round 11): Datasette finds no full-text table for
    claims and shows no search box (none that answers nothing); once `claimtrack search` has
    built it, Datasette offers the search and it finds the claims."""
    data = "".join(
        json.dumps(r) + "\n"
        for r in (
            figure(id="a", quote="fighters left in a long line of buses"),
            figure(id="b", value="250", quote="the convoy"),
            stance(id="c", quote="we took no part"),
        )
    )
    assert ct("import", "-", input=data).exit_code == 0
    metadata = tmp_path / "metadata.json"
    metadata.write_text("{}")
    name = empty_db.stem
    with serve(empty_db, metadata) as base:
        tables = {t["name"]: t for t in get(base, f"/{name}.json", _shape="objects")["tables"]}
        assert tables["claims"]["fts_table"] is None
        assert not [t for t in tables if t.startswith("claims_fts")]
        assert 'name="_search"' not in page(base, f"/{name}/claims")
    built = ct("search", "convoy", "--json")
    assert built.exit_code == 0, built.output
    assert [h["id"] for h in json.loads(built.stdout)] == ["b"]
    with serve(empty_db, metadata) as base:
        tables = {t["name"]: t for t in get(base, f"/{name}.json", _shape="objects")["tables"]}
        assert tables["claims"]["fts_table"] == "claims_fts"
        assert 'name="_search"' in page(base, f"/{name}/claims")
        hits = get(base, f"/{name}/claims.json", _search="convoy")
        assert [h["id"] for h in hits] == ["b"]
