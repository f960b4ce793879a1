"""The engine compiled with mypyc writes what the pure-Python engine writes, byte for byte.

mypyc enforces annotations at run time (an int passed where ``float`` is annotated becomes a
float), so an annotation Python ignores can change the compiled build's output, or raise a
TypeError, in that build only. These tests build the wheels once per session as ``pip install
.`` does (``pip wheel``, build isolation, hatch_build.py): one compiled, one with the C
compiler failing (``CC=/bin/false``), and run the compiled one against the pure engine of this
source tree: the engine golden documents (tests/engine_golden.py: 600 subjects at four
materiality ratios) and the bundled sample's ``conflicts --json``. Marked slow (a minute or
so: mypyc compiles the engine); CI runs them (``-m slow``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path
from typing import NamedTuple

import pytest

import engine_golden

from conftest import ROOT

pytestmark = pytest.mark.slow

# pip's configuration (index, certificates, cache) as it was before the tests isolated HOME
_ENV = {k: v for k, v in os.environ.items() if not k.startswith(("CLAIMTRACK_", "PYTHON"))}
COMPILED = ("analyse", "core", "figures", "jsonout", "model", "reversals", "sums", "timing")
IMPORT_COMPILED = ("guards", "jsonl")


class Built(NamedTuple):
    wheel: Path
    site: Path  # the wheel unpacked: what an installer puts in site-packages
    log: str


def _compiler() -> str | None:
    cc = os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc"
    return shutil.which(cc.split()[0])


@pytest.fixture(scope="session")
def wheels(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Built]:
    if _compiler() is None:
        pytest.skip("no C compiler: the compiled engine cannot be built here")
    base = tmp_path_factory.mktemp("wheels")
    runs = {}
    for name, extra in (("compiled", {}), ("fallback", {"CC": "/bin/false"})):
        cmd = [sys.executable, "-m", "pip", "wheel", "-v", "--no-deps", "-w", str(base / name)]
        runs[name] = subprocess.Popen(
            [*cmd, str(ROOT)],
            env={**_ENV, **extra},
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
    built = {}
    for name, proc in runs.items():
        log, _ = proc.communicate(timeout=600)
        assert proc.returncode == 0, log[-3000:]
        (wheel,) = (base / name).glob("claimtrack-*.whl")
        site = base / f"{name}-site"
        with zipfile.ZipFile(wheel) as z:
            z.extractall(site)
        built[name] = Built(wheel, site, log)
    return built


def _run(site: Path | None, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ}
    env.pop("PYTHONPATH", None)
    if site is not None:
        env["PYTHONPATH"] = str(site)  # before site-packages, where the editable install is
    return subprocess.run(
        [sys.executable, *args], env=env, capture_output=True, text=True, cwd=cwd, check=False
    )


def test_the_wheel_holds_the_compiled_engine(wheels: dict[str, Built]) -> None:
    built = wheels["compiled"]
    assert not built.wheel.name.endswith("-py3-none-any.whl")  # a platform wheel
    engine = built.site / "claimtrack" / "conflicts"
    for name in COMPILED:
        assert any((engine / f"{name}{s}").exists() for s in EXTENSION_SUFFIXES), name
    for name in ("__init__", "active"):  # left pure: re-exports; a list subclass
        assert not any((engine / f"{name}{s}").exists() for s in EXTENSION_SUFFIXES), name
    assert (built.site / "claimtrack" / "_engine_build.txt").read_text() == "compiled\n"
    probe = (
        "import sys, claimtrack.conflicts\n"
        "for m in sorted(sys.modules):\n"
        "    if m.startswith('claimtrack.conflicts.'):\n"
        "        print(m.rsplit('.', 1)[1], sys.modules[m].__file__)\n"
    )
    result = _run(built.site, "-c", probe)
    assert result.returncode == 0, result.stderr
    loaded = dict(line.split(" ", 1) for line in result.stdout.splitlines())
    assert set(loaded) == {*COMPILED, "active"}
    for name in COMPILED:
        assert loaded[name].startswith(str(engine)), loaded[name]
        assert loaded[name].endswith(tuple(EXTENSION_SUFFIXES)), loaded[name]
    assert loaded["active"].endswith("active.py")
    for name in IMPORT_COMPILED:
        assert any((built.site / "claimtrack" / f"{name}{s}").exists() for s in EXTENSION_SUFFIXES)
    quantities = built.site / "claimtrack" / "quantities"
    assert not [p for p in quantities.iterdir() if p.name.endswith(tuple(EXTENSION_SUFFIXES))]
    version = _run(built.site, "-m", "claimtrack", "--version")
    assert version.stdout.endswith("(engine compiled: yes; import compiled: yes)\n"), (
        version.stdout + version.stderr
    )


def test_a_wheel_without_a_c_compiler_is_pure_python_with_one_warning(
    wheels: dict[str, Built],
) -> None:
    built = wheels["fallback"]
    assert built.wheel.name.endswith("-py3-none-any.whl")
    warnings = [line for line in built.log.splitlines() if "claimtrack: WARNING" in line]
    assert len(warnings) == 1, built.log[-3000:]
    assert "the C compiler (/bin/false) failed" in warnings[0]
    assert "pure-Python engine" in warnings[0]
    assert not [p for p in built.site.rglob("*") if p.name.endswith(tuple(EXTENSION_SUFFIXES))]
    version = _run(built.site, "-m", "claimtrack", "--version")
    assert version.stdout.endswith(
        "(engine compiled: no; the install could not compile it: "
        "the C compiler (/bin/false) failed)\n"
    ), version.stdout + version.stderr


def test_the_golden_documents_are_the_pure_engines_byte_for_byte(
    wheels: dict[str, Built], tmp_path: Path
) -> None:
    import claimtrack.conflicts  # noqa: F401  (this process: the source tree, pure)

    here = sys.modules["claimtrack.conflicts.analyse"].__file__
    assert here is not None and here.endswith(".py")
    out = tmp_path / "compiled.txt"
    script = (
        "import sys\n"
        f"sys.path.insert(0, {str(ROOT / 'tests')!r})\n"
        "import engine_golden\n"
        "assert sys.modules['claimtrack.conflicts.analyse'].__file__.endswith(('.so', '.pyd'))\n"
        f"with open({str(out)!r}, 'w', encoding='utf-8') as f:\n"
        "    for g in engine_golden.MIN_GAPS:\n"
        "        f.writelines(d + '\\n' for d in engine_golden.documents(g))\n"
    )
    result = _run(wheels["compiled"].site, "-c", script)
    assert result.returncode == 0, result.stderr[-3000:]
    pure = [d for g in engine_golden.MIN_GAPS for d in engine_golden.documents(g)]
    compiled = out.read_text(encoding="utf-8").splitlines()
    assert len(compiled) == len(pure) == 4 * engine_golden.SUBJECTS
    differ = [i for i, (a, b) in enumerate(zip(pure, compiled, strict=True)) if a != b]
    assert not differ, f"{len(differ)} documents differ, first: {compiled[differ[0]][:400]}"


@pytest.mark.parametrize(
    "args",
    [
        ("conflicts", "raqqa-convoy", "--json"),
        ("conflicts", "--all", "--json"),
        ("conflicts", "raqqa-convoy"),
        ("conflicts", "raqqa-convoy", "--min-gap", "2", "--json"),
    ],
)
def test_the_sample_through_the_cli_is_the_pure_engines(
    wheels: dict[str, Built], tmp_path: Path, args: tuple[str, ...]
) -> None:
    outputs = []
    for name, site in (("pure", None), ("compiled", wheels["compiled"].site)):
        db = tmp_path / f"{name}.db"  # each loads the bundled sample itself on first use
        result = _run(site, "-m", "claimtrack", "--db", str(db), *args)
        assert result.returncode in (0, 3), result.stderr[-3000:]
        outputs.append(result.stdout)
    assert outputs[0] and outputs[0] == outputs[1]
