"""The compiled engine's packaging: the build hook (hatch_build.py) and what ``--version`` says.

The hook's decisions are tested here with hatchling's base class stood in (hatchling is a
build requirement, not a test one) and the compiler replaced; the real build, a wheel compiled
with mypyc and run against the pure engine byte for byte, is tests/test_compiled_engine.py
(marked slow).
"""

from __future__ import annotations

import importlib.util
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from typer.testing import CliRunner

from claimtrack import engine_build
from claimtrack.cli import app

from conftest import ROOT


class _App:
    def __init__(self) -> None:
        self.warnings: list[str] = []
        self.infos: list[str] = []

    def display_warning(self, text: str) -> None:
        self.warnings.append(text)

    def display_info(self, text: str) -> None:
        self.infos.append(text)


class _Base:
    """Stands in for hatchling's BuildHookInterface: the attributes the hook reads."""

    def __init__(self, root: str, target_name: str, app: _App) -> None:
        self.root, self.target_name, self.app = root, target_name, app


@pytest.fixture
def hook_module(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    interface = ModuleType("hatchling.builders.hooks.plugin.interface")
    interface.BuildHookInterface = _Base  # type: ignore[attr-defined]
    for name in ("hatchling", "hatchling.builders", "hatchling.builders.hooks"):
        monkeypatch.setitem(sys.modules, name, ModuleType(name))
    monkeypatch.setitem(sys.modules, "hatchling.builders.hooks.plugin", ModuleType("plugin"))
    monkeypatch.setitem(sys.modules, interface.__name__, interface)
    spec = importlib.util.spec_from_file_location("hatch_build", ROOT / "hatch_build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _build_data() -> dict[str, Any]:
    return {"force_include": {}, "pure_python": True, "infer_tag": False}


def _run(module: ModuleType, version: str = "standard", target: str = "wheel") -> tuple:
    app = _App()
    hook = module.EngineBuildHook(str(ROOT), target, app)
    data = _build_data()
    hook.initialize(version, data)
    record = next((Path(k) for k, v in data["force_include"].items() if v == module.RECORD), None)
    text = record.read_text(encoding="utf-8") if record else None
    hook.finalize(version, data, "")
    return app, data, text


def test_an_editable_install_is_never_compiled(hook_module, monkeypatch) -> None:
    monkeypatch.setattr(hook_module, "compile_engine", lambda *a: pytest.fail("compiled"))
    app, data, record = _run(hook_module, version="editable")
    assert data == _build_data() and record is None and not app.warnings


def test_an_sdist_is_left_alone(hook_module, monkeypatch) -> None:
    monkeypatch.setattr(hook_module, "compile_engine", lambda *a: pytest.fail("compiled"))
    assert _run(hook_module, target="sdist")[1] == _build_data()


@pytest.mark.parametrize("value", ["1", "yes", "true", "ON"])
def test_the_environment_variable_turns_compiling_off(hook_module, monkeypatch, value) -> None:
    monkeypatch.setenv("CLAIMTRACK_PURE_PYTHON", value)
    monkeypatch.setattr(hook_module, "compile_engine", lambda *a: pytest.fail("compiled"))
    app, data, record = _run(hook_module)
    assert data["pure_python"] is True and data["infer_tag"] is False
    assert list(data["force_include"].values()) == ["claimtrack/_engine_build.txt"]
    assert record == "pure: CLAIMTRACK_PURE_PYTHON was set at install\n"
    assert not app.warnings and app.infos
    assert hook_module.EngineBuildHook.dependencies(None) == []  # mypy not even installed


@pytest.mark.parametrize("value", ["", "0", "false", "no", "off"])
def test_compiling_is_the_default(hook_module, monkeypatch, value) -> None:
    monkeypatch.setenv("CLAIMTRACK_PURE_PYTHON", value)
    assert hook_module.pure_python_wanted() is False
    assert any(d.startswith("mypy") for d in hook_module.EngineBuildHook.dependencies(None))


def test_a_failed_compile_gives_a_pure_wheel_and_one_warning(hook_module, monkeypatch) -> None:
    monkeypatch.delenv("CLAIMTRACK_PURE_PYTHON", raising=False)
    monkeypatch.setattr(hook_module, "compile_engine", lambda *a: ({}, "no C compiler"))
    app, data, record = _run(hook_module)
    assert data["pure_python"] is True and data["infer_tag"] is False
    assert list(data["force_include"].values()) == ["claimtrack/_engine_build.txt"]
    assert record == "pure: the install could not compile it: no C compiler\n"
    assert len(app.warnings) == 1
    assert "no C compiler" in app.warnings[0] and "CLAIMTRACK_PURE_PYTHON=1" in app.warnings[0]


def test_an_error_in_the_hook_itself_gives_a_pure_wheel(hook_module, monkeypatch) -> None:
    monkeypatch.delenv("CLAIMTRACK_PURE_PYTHON", raising=False)

    def broken(*args: Any) -> None:
        raise PermissionError("cannot copy src")

    monkeypatch.setattr(hook_module, "compile_engine", broken)
    app, data, record = _run(hook_module)
    assert data["pure_python"] is True
    assert record == "pure: the install could not compile it: PermissionError: cannot copy src\n"
    assert len(app.warnings) == 1


def test_a_compiled_engine_makes_a_platform_wheel(hook_module, monkeypatch, tmp_path) -> None:
    monkeypatch.delenv("CLAIMTRACK_PURE_PYTHON", raising=False)
    so = tmp_path / "core.so"
    so.write_bytes(b"")
    built = {str(so): "claimtrack/conflicts/core.so"}
    monkeypatch.setattr(hook_module, "compile_engine", lambda *a: (built, None))
    app, data, record = _run(hook_module)
    assert data["pure_python"] is False and data["infer_tag"] is True
    assert data["force_include"][str(so)] == "claimtrack/conflicts/core.so"
    assert record == "compiled\n" and not app.warnings


@pytest.mark.parametrize(
    ("output", "reason"),
    [
        (
            "error: command '/bin/false' failed with exit code 1",
            "the C compiler (/bin/false) failed",
        ),
        (
            "error: Command '['/bin/false', '-O3', '-c', 'x.c']' returned non-zero exit status 1.",
            "the C compiler (/bin/false) failed",
        ),
        ("error: command 'gcc' failed: No such file or directory", "no C compiler (gcc not found)"),
        ("unable to execute 'cc': No such file or directory", "no C compiler (cc not found)"),
        (
            "build/x.c:1:10: fatal error: Python.h: No such file or directory\nerror: command 'gcc' failed with exit code 1",
            "the Python headers (Python.h) are missing",
        ),
        (
            "ModuleNotFoundError: No module named 'mypyc'",
            "mypy or setuptools is not installed where it was built",
        ),
        (
            'claimtrack/conflicts/core.py:12: error: Name "x" is not defined  [name-defined]\nfound 1 error',
            'mypyc stopped at a type error: claimtrack/conflicts/core.py:12: error: Name "x" is not defined  [name-defined]',
        ),
        ("something odd\nthe last words\n\n", "the last words"),
        ("", "mypyc failed with no output"),
    ],
)
def test_failure_reason(hook_module, output: str, reason: str) -> None:
    assert hook_module.failure_reason(output) == reason


def test_the_compiled_modules_leave_out_what_mypyc_cannot_take(hook_module) -> None:
    engine = ROOT / "src" / "claimtrack" / "conflicts"
    compiled = {p.name for p in engine.glob("*.py")} - hook_module.NOT_COMPILED
    assert "active.py" not in compiled and "__init__.py" not in compiled
    assert {"analyse.py", "core.py", "figures.py", "jsonout.py"} <= compiled


def test_no_compiled_file_is_ever_in_the_source_tree() -> None:
    """An editable install imports src/ as it is: an extension module there would shadow every
    later edit of its .py. The hook compiles in a temporary copy; .gitignore covers the rest."""
    src = ROOT / "src"
    found = [p for p in src.rglob("*") if p.name.endswith((*EXTENSION_SUFFIXES, ".pyd", ".c"))]
    assert found == []
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    assert {"*.so", "*.pyd", "*.c"} <= set(ignored)


# -- what --version says -----------------------------------------------------------------


@pytest.fixture
def engine_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    engine = tmp_path / "claimtrack" / "conflicts"
    engine.mkdir(parents=True)
    for name in ("__init__", "active", "analyse", "core"):
        (engine / f"{name}.py").write_text("", encoding="utf-8")
    for name in engine_build.IMPORT_MODULES:
        (engine.parent / f"{name}.py").write_text("", encoding="utf-8")
    monkeypatch.setattr(engine_build, "_HERE", engine.parent)
    monkeypatch.setattr(engine_build, "_ENGINE", engine)
    monkeypatch.setattr(engine_build, "_RECORD", tmp_path / "claimtrack" / "_engine_build.txt")
    # modules of these names already imported (the real engine's, pure) would answer first
    for name in ("analyse", "core", "active"):
        monkeypatch.delitem(sys.modules, f"claimtrack.conflicts.{name}", raising=False)
    for name in engine_build.IMPORT_MODULES:
        monkeypatch.delitem(sys.modules, f"claimtrack.{name}", raising=False)
    return engine


SUFFIX = EXTENSION_SUFFIXES[0]


@pytest.mark.parametrize(
    ("files", "record", "status"),
    [
        ([], None, "engine compiled: no"),
        (
            [f"analyse{SUFFIX}", f"core{SUFFIX}", f"../guards{SUFFIX}", f"../jsonl{SUFFIX}"],
            "compiled",
            "engine compiled: yes; import compiled: yes",
        ),
        # either one's extensions gone: what runs of it is pure
        ([f"analyse{SUFFIX}"], "compiled", "engine compiled: yes; import compiled: no"),
        ([f"../jsonl{SUFFIX}"], "compiled", "engine compiled: no; import compiled: yes"),
        # an extension beside a module the build does not compile is not counted
        ([f"../models{SUFFIX}"], None, "engine compiled: no"),
        # an extension for another Python is not what this one imports
        (["analyse.cpython-29-other.so"], None, "engine compiled: no"),
        # an extension with no source of its name is no engine module
        ([f"other{SUFFIX}"], None, "engine compiled: no"),
        (
            [],
            "pure: the install could not compile it: no C compiler (gcc not found)",
            "engine compiled: no; the install could not compile it: no C compiler (gcc not found)",
        ),
        (
            [],
            "pure: CLAIMTRACK_PURE_PYTHON was set at install",
            "engine compiled: no; CLAIMTRACK_PURE_PYTHON was set at install",
        ),
        # a record that says compiled, with the extensions gone: what runs is pure
        ([], "compiled", "engine compiled: no"),
    ],
)
def test_engine_status(engine_dir: Path, files, record, status) -> None:
    for name in files:
        (engine_dir / name).write_bytes(b"")
    if record is not None:
        (engine_dir.parent / "_engine_build.txt").write_text(record + "\n", encoding="utf-8")
    assert engine_build.engine_status() == status


def test_an_imported_module_is_judged_by_the_file_it_came_from(engine_dir, monkeypatch) -> None:
    (engine_dir / f"core{SUFFIX}").write_bytes(b"")
    loaded = ModuleType("claimtrack.conflicts.core")
    loaded.__file__ = str(engine_dir / "core.py")  # imported from source before the .so came
    monkeypatch.setitem(sys.modules, "claimtrack.conflicts.core", loaded)
    assert engine_build.compiled_modules() == []
    loaded.__file__ = str(engine_dir / f"core{SUFFIX}")
    assert engine_build.compiled_modules() == ["core"]
    (engine_dir.parent / f"guards{SUFFIX}").write_bytes(b"")
    assert engine_build.compiled_import_modules() == ["guards"]
    guards = ModuleType("claimtrack.guards")
    guards.__file__ = str(engine_dir.parent / "guards.py")
    monkeypatch.setitem(sys.modules, "claimtrack.guards", guards)
    assert engine_build.compiled_import_modules() == []


def test_the_hook_and_version_name_the_same_import_modules(hook_module) -> None:
    names = tuple(name.removesuffix(".py") for name in hook_module.IMPORT_MODULES)
    assert names == engine_build.IMPORT_MODULES
    package = ROOT / "src" / "claimtrack"
    engine, imports, parser = hook_module.compiled_groups(package)
    assert imports == sorted(f"claimtrack/{name}.py" for name in names)
    assert (
        "claimtrack/conflicts/core.py" in engine and "claimtrack/conflicts/active.py" not in engine
    )
    assert "claimtrack/evidence.py" in engine  # the findings' grades, beside the engine
    assert all((package.parent / f).is_file() for f in engine + imports + parser)
    # the figure parser in a library of its own, but its loaders, Figure and the formatting;
    # with it the claim model's checks (its plain functions: the model itself is not compiled)
    # and the forecast rule the engine and ``show`` share (``moments``, time31)
    assert parser == sorted(
        [
            "claimtrack/claimchecks.py",
            "claimtrack/moments.py",
            *(
                f"claimtrack/quantities/{p.name}"
                for p in (package / "quantities").glob("*.py")
                if p.name not in ("__init__.py", "figure.py", "formatting.py")
            ),
        ]
    )
    assert "claimtrack/models.py" not in engine + imports + parser
    assert "claimtrack/quantities/reader.py" in parser
    assert not [f for f in engine + imports if f.startswith("claimtrack/quantities/")]


@pytest.mark.slow  # a process-level sweep: in .ci/run's slow pass, not README's fast command
def test_no_start_up_path_imports_a_compiled_import_module() -> None:
    """A compiled module loads its library (megabytes) when imported: ``--help`` and ``list``
    (on a database that exists: the first command loads the bundled sample, an import) must
    not import the import's modules (their start-up budgets)."""
    import subprocess

    probe = (
        "import sys\n"
        "from claimtrack.cli import app\n"
        "from typer.testing import CliRunner\n"
        "r = CliRunner().invoke(app, sys.argv[1:])\n"
        "assert r.exit_code == 0, r.output\n"
        "print(' '.join(m for m in sys.modules if m.startswith('claimtrack.')))\n"
    )
    assert subprocess.run([sys.executable, "-c", probe, "init"], check=False).returncode == 0
    for args in (["--help"], ["list", "--help"], ["list", "raqqa-convoy", "--limit", "2"]):
        result = subprocess.run(
            [sys.executable, "-c", probe, *args], capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, result.stderr
        loaded = set(result.stdout.split())
        assert not loaded & {f"claimtrack.{m}" for m in engine_build.IMPORT_MODULES}, args


def test_version_says_whether_the_engine_is_compiled(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0, result.output
    assert result.stdout.endswith("(engine compiled: no)\n")  # the source tree: pure


def test_the_compile_requirements_hold_every_package_the_compiled_modules_reach(
    hook_module,  # type: ignore[no-untyped-def]
) -> None:
    # mypyc type-checks what the compiled modules import, through every module of the package
    # they reach: a third-party package among them must be installed in the isolated build
    # environment, or a fresh install compiles nothing (pydantic, reached from guards.py
    # through the claim model, was missing: "engine compiled: no" on a new machine)
    import ast
    import re

    package = ROOT / "src" / "claimtrack"

    def source(module: str) -> Path | None:
        base = package.parent / module.replace(".", "/")
        for path in (base.with_suffix(".py"), base / "__init__.py"):
            if path.exists():
                return path
        return None

    groups = hook_module.compiled_groups(package)
    todo = [f.removesuffix(".py").replace("/", ".") for group in groups for f in group]
    seen: set[str] = set()
    outside: set[str] = set()
    while todo:
        module = todo.pop()
        path = source(module)
        if module in seen or path is None:
            continue
        seen.add(module)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                # "from claimtrack import render" imports claimtrack.render
                names = [f"{node.module}.{a.name}" for a in node.names] + [node.module]
            for name in names:
                if name.startswith("claimtrack"):
                    parts = name.split(".")
                    todo += [".".join(parts[:i]) for i in range(2, len(parts) + 1)]
                elif name.split(".")[0] not in sys.stdlib_module_names:
                    outside.add(name.split(".")[0])
    required = {
        re.split(r"[<>=!~ \[]", r)[0].replace("-", "_") for r in hook_module.COMPILE_REQUIRES
    }
    assert seen >= {"claimtrack.guards", "claimtrack.jsonl", "claimtrack.models"}
    assert outside <= required, f"{sorted(outside - required)} missing from COMPILE_REQUIRES"


def test_the_grouping_copy_names_every_field() -> None:
    """``_Grouped.copy`` names each field (mypyc compiles the class natively, so the copy
    cannot walk ``__slots__`` at run time: time27's loop over them stopped the compiled
    build, and the wheel came out pure Python); a field added to the class and not to the
    copy fails here."""
    from claimtrack.conflicts.analyse import _Grouped

    g = _Grouped()
    marks = {name: object() for name in _Grouped.__slots__}
    for name, mark in marks.items():
        setattr(g, name, mark)
    copied = g.copy()
    assert {name: getattr(copied, name) for name in _Grouped.__slots__} == marks
