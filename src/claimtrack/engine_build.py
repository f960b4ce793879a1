"""Which contradiction engine runs: compiled with mypyc, or pure Python.

A wheel built by ``pip install .`` holds the engine's modules (``claimtrack.conflicts``) and
the import's checks (``IMPORT_MODULES``, as hatch_build.py names them) compiled with mypyc
beside their source, and Python imports the compiled ones; an editable
install, or a wheel built where compiling failed or ``CLAIMTRACK_PURE_PYTHON`` was set, runs
the source. The build hook (``hatch_build.py``) records which in ``_engine_build.txt``, with
the reason when it is pure. ``claimtrack --version`` says which one runs (standard library
only, and no engine module imported: it looks at the files Python would import).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_HERE = Path(__file__).parent
_ENGINE = _HERE / "conflicts"
_RECORD = _HERE / "_engine_build.txt"
# The import's modules the build compiles with the engine (hatch_build.IMPORT_MODULES).
IMPORT_MODULES = ("guards", "jsonl", "rowbatch")


def compiled_modules() -> list[str]:
    """The engine's modules that run compiled (sorted names): those already imported from an
    extension module, and those not imported yet that have one beside their source (Python
    imports an extension module before a ``.py`` of the same name)."""
    try:
        names = os.listdir(_ENGINE)
    except OSError:
        return []
    stems = sorted(n[:-3] for n in names if n.endswith(".py"))
    return _compiled("claimtrack.conflicts", names, stems)


def compiled_import_modules() -> list[str]:
    """The import's modules (``IMPORT_MODULES``) that run compiled, judged as
    ``compiled_modules`` judges the engine's."""
    try:
        names = os.listdir(_HERE)
    except OSError:
        return []
    stems = [m for m in IMPORT_MODULES if f"{m}.py" in names]
    return _compiled("claimtrack", names, stems)


def _compiled(package: str, names: list[str], stems: list[str]) -> list[str]:
    from importlib.machinery import EXTENSION_SUFFIXES

    found = []
    for stem in stems:
        module = sys.modules.get(f"{package}.{stem}")
        path = getattr(module, "__file__", None) if module is not None else None
        if path is not None:
            compiled = path.endswith(tuple(EXTENSION_SUFFIXES))
        else:
            compiled = any(stem + suffix in names for suffix in EXTENSION_SUFFIXES)
        if compiled:
            found.append(stem)
    return found


def build_note() -> str | None:
    """Why the installed engine is pure Python, as its build recorded it (None when it was
    compiled, or when no build recorded anything: an editable install)."""
    try:
        line = _RECORD.read_text(encoding="utf-8").strip()
    except OSError:
        return None
    if not line.startswith("pure:"):
        return None
    return line.removeprefix("pure:").strip() or None


def engine_status() -> str:
    """``engine compiled: yes; import compiled: yes`` when the build compiled both (either may
    say no on its own, if its extension modules are gone), or ``engine compiled: no`` (with the
    build's reason, if any) when neither runs compiled."""
    engine, imports = bool(compiled_modules()), bool(compiled_import_modules())
    if engine or imports:
        return f"engine compiled: {_yes(engine)}; import compiled: {_yes(imports)}"
    note = build_note()
    return "engine compiled: no" if note is None else f"engine compiled: no; {note}"


def _yes(compiled: bool) -> str:
    return "yes" if compiled else "no"
