"""Check the article texts on this machine against bench/labels/TEXTS.md (sha256, length).

    python bench/check_texts.py                    # every text listed, in its set's folder
    python bench/check_texts.py --home DIR         # the folders under DIR instead of /work
    python bench/check_texts.py --manifest FILE    # another manifest of the same form

The texts never enter the repository; TEXTS.md lists, for each, its file name, URL, length
and the sha256 of its exact bytes. A text's folder follows from its id, as in
``bench/articles.py`` (``FOLDS``): 01-12 in ``HOME/shared/articles``, 13-18 in
``HOME/articles2``, then six a folder (``HOME/articlesN``, N = (id - 13) // 6 + 2); ``HOME``
is ``CLAIMTRACK_FOLDS`` when set, else ``/work``. No network: a text that is absent is
reported as missing (restore it as TEXTS.md says), not fetched.

Prints one line for each text that differs and a count of those that match, differ and are
absent; exit 1 when any text present differs (its bytes are not the ones the labels were
written on), else 0, absent texts included.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = ROOT / "bench" / "labels" / "TEXTS.md"
# | 13 | `13-name.txt` | https://... | 1967 | 1967 | <64 hex> |
_ROW = re.compile(
    r"^\| (\d{2,3}) \| `([^`/\\]+\.txt)` \| (\S+) \| (\d+) \| (\d+) \| ([0-9a-f]{64}) \|\s*$"
)


def rows(manifest: Path) -> list[tuple[str, str, int, int, str]]:
    """(id, file name, characters, bytes, sha256) of every table row of the manifest."""
    out = []
    for line in manifest.read_text(encoding="utf-8").splitlines():
        m = _ROW.match(line)
        if m:
            out.append((m[1], m[2], int(m[4]), int(m[5]), m[6]))
    return out


def folder(home: Path, ident: str) -> Path:
    """The folder of text ``ident`` under ``home`` (the sets of bench/articles.py's FOLDS)."""
    n = int(ident)
    if n <= 12:
        return home / "shared" / "articles"
    return home / f"articles{(n - 13) // 6 + 2}"


def check(manifest: Path, home: Path) -> tuple[list[str], int, int, int]:
    """(a line per text that differs, matching, differing, absent)."""
    import hashlib

    problems: list[str] = []
    ok = bad = absent = 0
    for ident, name, chars, size, sha in rows(manifest):
        path = folder(home, ident) / name
        if not path.is_file():
            absent += 1
            continue
        data = path.read_bytes()
        got = hashlib.sha256(data).hexdigest()
        if got == sha:
            ok += 1
            continue
        bad += 1
        try:
            n_chars = str(len(data.decode("utf-8")))
        except UnicodeDecodeError:
            n_chars = "not UTF-8"
        problems.append(
            f"{ident} {path}: sha256 {got[:12]}... is not {sha[:12]}...; "
            f"{n_chars} characters ({len(data)} bytes), listed {chars} ({size} bytes)"
        )
    return problems, ok, bad, absent


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--home", default=os.environ.get("CLAIMTRACK_FOLDS", "/work"))
    ap.add_argument("--manifest", default=str(MANIFEST))
    args = ap.parse_args(argv)
    manifest = Path(args.manifest)
    if not rows(manifest):
        print(f"no texts listed in {manifest}")
        return 1
    problems, ok, bad, absent = check(manifest, Path(args.home))
    for line in problems:
        print(line)
    print(f"{ok} match, {bad} differ, {absent} absent (of {ok + bad + absent} listed)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
