"""Which line of code first imports a package, in a real command.

    python bench/_whoimports.py OUT.json pydantic,rich,sqlite_utils SCRIPT [ARGS...]

Runs SCRIPT (e.g. the venv's ``claimtrack`` console script) as ``__main__`` with ARGS, and
records, for each watched top-level package, the innermost frames that triggered its first
import. ``-X importtime`` nests imports under the module being imported, so an import done
inside a function at run time shows at the top level there; this finds the caller either way.
The result goes to OUT.json (stdout and stderr are left to the command).
"""

from __future__ import annotations

import atexit
import json
import runpy
import sys
import traceback
from importlib.abc import MetaPathFinder

out_path, watched, script, *args = sys.argv[1:]
WATCH = set(watched.split(","))
first: dict[str, list[str]] = {}


def _short(filename: str) -> str:
    for marker in ("site-packages/", "/src/", "/bench/", "/bin/"):
        if marker in filename:
            return filename.rsplit(marker, 1)[1]
    return filename


class _Watcher(MetaPathFinder):
    def find_spec(self, fullname, path, target=None):  # type: ignore[no-untyped-def]
        top = fullname.partition(".")[0]
        if top in WATCH and top not in first:
            frames = [
                f
                for f in traceback.extract_stack()[:-1]
                if not f.filename.startswith("<frozen") and f.filename != __file__
            ]
            # Innermost frames outside the watched package itself: who asked for it.
            outside = [f for f in frames if f"/{top}/" not in f.filename]
            first[top] = [f"{_short(f.filename)}:{f.lineno} ({f.name})" for f in outside[-3:]]
        return None


def _save() -> None:
    with open(out_path, "w", encoding="utf-8") as fh:
        json.dump(first, fh)


atexit.register(_save)
sys.meta_path.insert(0, _Watcher())
sys.argv = [script, *args]
runpy.run_path(script, run_name="__main__")
