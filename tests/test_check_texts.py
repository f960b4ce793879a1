"""bench/check_texts.py: the manifest bench/labels/TEXTS.md lists every labelled text, and the
check tells a text that matches its hash from one that differs or is absent (no network)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from conftest import ROOT, load_script


def _script():
    return load_script("bench/check_texts.py")


def test_the_manifest_lists_every_labelled_text_once() -> None:
    rows = _script().rows(ROOT / "bench" / "labels" / "TEXTS.md")
    ids = [row[0] for row in rows]
    assert sorted(set(ids), key=int) == ids  # in order, each once
    labelled = sorted((p.stem for p in (ROOT / "bench" / "labels").glob("*.jsonl")), key=int)
    assert ids == labelled  # every labelled text, and only those
    for ident, name, chars, size, sha in rows:
        assert name.startswith(f"{ident}-"), name
        assert (ROOT / "bench" / "labels" / f"{ident}.jsonl").is_file(), ident
        assert 0 < chars <= size and len(sha) == 64


def test_each_text_s_folder_is_its_set_s_folder_in_the_bench(tmp_path: Path) -> None:
    script = _script()
    bench = load_script("bench/articles.py")
    for _, texts, prefixes in bench.FOLDS:
        for ident in prefixes:
            got = script.folder(Path("/work"), ident)
            assert got == Path("/work") / texts.relative_to(bench._HOME), ident


def _manifest(tmp_path: Path, rows: list[tuple[str, str, bytes]]) -> Path:
    lines = ["| id | file | URL | characters | bytes | sha256 |", "|---|---|---|---|---|---|"]
    for ident, name, data in rows:
        sha = hashlib.sha256(data).hexdigest()
        n = len(data.decode("utf-8"))
        lines.append(
            f"| {ident} | `{name}` | https://example.org/{ident} | {n} | {len(data)} | {sha} |"
        )
    path = tmp_path / "TEXTS.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_text_that_matches_differs_or_is_absent(tmp_path: Path, capsys) -> None:
    script = _script()
    home = tmp_path / "home"
    (home / "shared" / "articles").mkdir(parents=True)
    (home / "articles3").mkdir()
    good, changed = "Un texte\u00a0— exact.\n".encode(), b"one text"
    (home / "shared" / "articles" / "01-a.txt").write_bytes(good)
    (home / "articles3" / "19-b.txt").write_bytes(changed + b" ")  # one byte more than listed
    manifest = _manifest(
        tmp_path, [("01", "01-a.txt", good), ("19", "19-b.txt", changed), ("20", "20-c.txt", b"x")]
    )
    args = ["--manifest", str(manifest), "--home", str(home)]
    assert script.main(args) == 1
    out = capsys.readouterr().out
    assert "1 match, 1 differ, 1 absent (of 3 listed)" in out
    assert "19 " in out and "9 characters (9 bytes), listed 8 (8 bytes)" in out
    (home / "articles3" / "19-b.txt").write_bytes(changed)
    assert script.main(args) == 0  # an absent text is not a failure
    assert "2 match, 0 differ, 1 absent" in capsys.readouterr().out


def test_a_manifest_with_no_rows_is_an_error(tmp_path: Path, capsys) -> None:
    empty = tmp_path / "TEXTS.md"
    empty.write_text("# nothing\n", encoding="utf-8")
    assert _script().main(["--manifest", str(empty), "--home", str(tmp_path)]) == 1
    assert "no texts listed" in capsys.readouterr().out


def test_the_texts_on_this_machine_are_the_ones_listed(capsys) -> None:
    """Absent texts pass (a machine without them, CI); a text present must be the one listed."""
    assert _script().main([]) == 0, capsys.readouterr().out
