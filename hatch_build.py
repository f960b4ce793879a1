"""The wheel's build hook: the contradiction engine, the import's checks and the figure parser
compiled with mypyc, or pure Python.

hatchling runs this for every wheel (``[tool.hatch.build.targets.wheel.hooks.custom]`` in
pyproject.toml). For a regular wheel (``pip install .``, ``python -m build``) it compiles the
engine's modules (``src/claimtrack/conflicts/``, less :data:`NOT_COMPILED`, with the grades of
its findings, :data:`ENGINE_WITH`) and the pure
modules the import spends its Python in (:data:`IMPORT_MODULES`: the figure-in-quote checks
and the JSONL reader, in a library of their own) and the figure parser (:data:`PARSER`, less
:data:`PARSER_NOT_COMPILED`, in a third, with the table of its words that
``guards.parser_words`` reads there, :data:`WORDS`, and the claim model's checks,
:data:`PARSER_WITH`) with mypyc, as black and mypy ship
themselves, and puts the extension modules beside the ``.py`` files in the wheel, which
Python then imports in their place. It never fails the install: where compiling
fails (no C compiler, no Python headers, a mypyc error) it prints one warning and the wheel is
pure Python, with the same results, only slower. ``CLAIMTRACK_PURE_PYTHON=1`` skips compiling.

An editable install (``pip install -e .``) is never compiled: the source tree is imported as
it is, so an edit to a ``.py`` always takes effect. Compiling happens in a temporary copy of
the package, so no ``.so`` or ``.c`` file is ever written into ``src/``.

Each wheel records what it holds in ``claimtrack/_engine_build.txt`` (one line: "compiled" or
"pure: <reason>"); ``claimtrack --version`` reports it (``claimtrack.engine_build``).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

PURE_ENV = "CLAIMTRACK_PURE_PYTHON"
ENGINE = Path("src", "claimtrack", "conflicts")
# Not compiled: the package's re-exports, and ActiveFacts (a list subclass, which mypyc cannot
# make a native class).
NOT_COMPILED = frozenset({"__init__.py", "active.py"})
# Modules beside the engine (paths under src/claimtrack) compiled in its library: the grades of
# its findings (``evidence.py``), whose notes ``conflicts --all --json`` writes for every subject
# with findings (docs/performance.md, "Round 19: ``--all``"); every command that loads them loads
# the engine already.
ENGINE_WITH = ("evidence.py",)
# The import's pure modules compiled beside the engine (paths under src/claimtrack): where the
# import's two processes spend their Python beside pydantic's and SQLite's C (docs/performance.md,
# "Round 13"), in a library of their own, so that a command that loads the engine does not load
# them too. Only modules no start-up path imports (``--help`` imports figure_guards, ``list``
# records and readings: loading a compiled library there would cost them time), nor the figure
# parser (``quantities/``: ``guards.parser_words`` reads the constants of its functions' code
# objects, which compiled functions do not have), nor ``models.py`` (pydantic models).
# ``rowbatch.py``: the writer's loops over every value of a batch (round 14), imported by the
# store when it first inserts one.
IMPORT_MODULES = ("guards.py", "jsonl.py", "rowbatch.py")
# The figure parser (``quantities/``), in a library of its own: the quote checks call it about
# twice a figure, and its misses were the largest Python left in the import (docs/performance.md,
# "Round 17"); ``list`` and ``conflicts`` load it, not the import's library. Not compiled: the
# package's ``__init__`` (its loaders replace module functions through ``globals()`` on first
# use, which compiled callers would not see), ``figure.py`` (``Figure``, a frozen dataclass
# whose slots ``fast._figure_maker`` binds, pickled between the import's processes) and
# ``formatting.py`` (numbers for people, on the start-up path, annotated ``float`` where mypyc
# would turn an int into a float). ``guards.parser_words`` reads the words of the parser's
# code objects, which compiled functions do not have: the build writes them first, from the
# source, into a table the wheel holds (:data:`WORDS`).
PARSER = Path("src", "claimtrack", "quantities")
PARSER_NOT_COMPILED = frozenset({"__init__.py", "figure.py", "formatting.py"})
# Modules beside the parser (paths under src/claimtrack) compiled in its library: the claim
# model's checks (``claimchecks.py``), which pydantic calls once a line of an import and which
# were most of the reader's own work interpreted (docs/performance.md, "Round 19"). In the
# parser's library, not the import's: ``add``, ``edit`` and the review validate claims too, and
# every command that loads the model loads the parser's library already (through
# ``readings``), never the import's.
PARSER_WITH = ("claimchecks.py", "moments.py")
WORDS = "claimtrack/parser_words.json"
RECORD = "claimtrack/_engine_build.txt"
# The build environment's requirements when compiling (hatchling installs them before the
# build): mypyc comes with mypy, and builds its extensions with setuptools; the import's checks
# import the claim model, whose types mypyc reads from pydantic (without it, a fresh
# environment's build stopped at "Cannot find ... module named 'pydantic'" and installed both
# libraries pure: the bound is the package's own, pyproject.toml).
COMPILE_REQUIRES = ["mypy>=1.10", "setuptools>=68", "pydantic>=2.6"]

# The parser's words read from its source, before it is compiled (``guards.parser_words``).
_WORDS = """\
import sys
from claimtrack.guards import parser_words_json, read_parser_words

with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write(parser_words_json(read_parser_words()))
"""

_SETUP = """\
import sys
from setuptools import setup
from mypyc.build import mypycify

setup(
    name="claimtrack-engine",
    ext_modules=[
        extension for group in {groups!r} for extension in mypycify(group, opt_level="3")
    ],
    script_args=["build_ext", "--build-lib", sys.argv[1], "--build-temp", sys.argv[2]],
)
"""


# A C file that includes Python.h, compiled as setuptools would compile the engine (same
# compiler, CC honoured, same include directory): a missing compiler or missing headers are
# found in a second, before mypyc spends ten on the engine.
_PROBE = """\
import sysconfig
import setuptools  # noqa: F401  (provides distutils on Python 3.12 and later)
from distutils.ccompiler import new_compiler
from distutils.sysconfig import customize_compiler

with open("probe.c", "w") as f:
    f.write("#include <Python.h>\\nint claimtrack_probe(void) { return 0; }\\n")
compiler = new_compiler()
customize_compiler(compiler)
compiler.compile(["probe.c"], include_dirs=[sysconfig.get_paths()["include"]])
"""


def pure_python_wanted() -> bool:
    """Whether ``CLAIMTRACK_PURE_PYTHON`` asks for the pure-Python engine (any value but
    empty, 0, false, no, off)."""
    return os.environ.get(PURE_ENV, "").strip().lower() not in ("", "0", "false", "no", "off")


def failure_reason(output: str) -> str:
    """One short line saying why a mypyc build failed, read from its output."""
    if re.search(r"No module named '?(mypyc|mypy|setuptools)\b", output):
        return "mypy or setuptools is not installed where it was built"
    if "Python.h" in output:
        return "the Python headers (Python.h) are missing"
    missing = re.search(
        r"(?:unable to execute|[Cc]ommand) '?([^'\s:]+)'?(?: failed)?: No such file", output
    )
    if missing:
        return f"no C compiler ({missing.group(1)} not found)"
    failed = re.search(r"[Cc]ommand '\[?'?([^'\s,\]]+)'?[^\n]*(failed|non-zero exit)", output)
    if failed:
        return f"the C compiler ({failed.group(1)}) failed"
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    errors = [line for line in lines if re.search(r"\.py:\d+: error:", line)]
    if errors:
        return f"mypyc stopped at a type error: {errors[0]}"[:300]
    return (lines[-1] if lines else "mypyc failed with no output")[:300]


def compiled_groups(package: Path) -> list[list[str]]:
    """The modules compiled, as paths from the directory that holds ``package`` (sorted), in
    the groups that each make one library: the engine's, the import's, the figure parser's
    (with the claim model's checks)."""
    engine = [p for p in (package / "conflicts").glob("*.py") if p.name not in NOT_COMPILED]
    engine += [package / name for name in ENGINE_WITH]
    imports = [package / name for name in IMPORT_MODULES]
    parser = [p for p in (package / "quantities").glob("*.py") if p.name not in PARSER_NOT_COMPILED]
    parser += [package / name for name in PARSER_WITH]
    return [
        sorted(p.relative_to(package.parent).as_posix() for p in g)
        for g in (engine, imports, parser)
    ]


def compile_engine(root: Path, work: Path) -> tuple[dict[str, str], str | None]:
    """Compile the engine in ``work`` (a copy of the package): the extension modules built,
    as {path on disk: path in the wheel}, or ({}, why it failed)."""
    tree = work / "tree"
    shutil.copytree(
        root / "src" / "claimtrack",
        tree / "claimtrack",
        ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd", "*.c"),
    )
    groups = compiled_groups(tree / "claimtrack")
    files = [f for group in groups for f in group]
    (work / "setup.py").write_text(_SETUP.format(groups=groups), encoding="utf-8")
    out, temp, words = work / "out", work / "temp", work / "parser_words.json"
    env = {**os.environ, "MYPY_CACHE_DIR": str(work / "mypy-cache")}
    for args, cwd in (
        (["-c", _PROBE], work),
        (["-c", _WORDS, str(words)], tree),
        ([str(work / "setup.py"), str(out), str(temp)], tree),
    ):
        try:
            proc = subprocess.run(
                [sys.executable, *args],
                cwd=cwd,
                env=env,
                capture_output=True,
                text=True,
                errors="replace",
                check=False,
            )
        except OSError as e:
            return {}, f"could not run the build: {e}"
        if proc.returncode:
            return {}, failure_reason(proc.stdout + "\n" + proc.stderr)
    built = {
        str(p): p.relative_to(out).as_posix()
        for p in sorted(out.rglob("*"))
        if p.is_file() and p.name.endswith(tuple(EXTENSION_SUFFIXES))
    }
    expected = {f.removesuffix(".py") for f in files}
    missing = expected - {path.split(".", 1)[0] for path in built.values()}
    if missing:
        return {}, f"mypyc built no extension for {', '.join(sorted(missing))}"
    return {**built, str(words): WORDS}, None


class EngineBuildHook(BuildHookInterface):
    """Compiles the engine into regular wheels; see the module's docstring."""

    PLUGIN_NAME = "custom"

    def dependencies(self) -> list[str]:
        return [] if pure_python_wanted() else list(COMPILE_REQUIRES)

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return  # an editable install imports the source tree, as it is
        self._work = Path(tempfile.mkdtemp(prefix="claimtrack-mypyc-"))
        built: dict[str, str] = {}
        if pure_python_wanted():
            kept = f"pure: {PURE_ENV} was set at install"
            self.app.display_info(f"claimtrack: {PURE_ENV} is set: the pure-Python engine.")
        else:
            try:
                built, reason = compile_engine(Path(self.root), self._work)
            except Exception as e:  # whatever went wrong, the install goes on, pure
                built, reason = {}, f"{type(e).__name__}: {e}"[:300]
            if reason is None:
                kept = "compiled"
                self.app.display_info(
                    f"claimtrack: the conflicts engine and the import's checks compiled "
                    f"({len(built)} files)"
                )
            else:
                kept = f"pure: the install could not compile it: {reason}"
                self.app.display_warning(
                    f"claimtrack: WARNING: the conflicts engine and the import's checks were not "
                    f"compiled ({reason}); "
                    f"installing the pure-Python engine: the same results, more CPU time. "
                    f"Set {PURE_ENV}=1 to skip compiling."
                )
        record = self._work / "_engine_build.txt"
        record.write_text(f"{kept}\n", "utf-8")
        build_data["force_include"][str(record)] = RECORD
        if built:
            build_data["force_include"].update(built)
            build_data["pure_python"] = False
            build_data["infer_tag"] = True

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        work = getattr(self, "_work", None)
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)
