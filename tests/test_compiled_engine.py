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
from collections.abc import Callable
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
IMPORT_COMPILED = ("guards", "jsonl", "rowbatch")
PARSER_PURE = {"__init__", "figure", "formatting"}  # the figure parser's modules left pure
SUFFIXES = tuple(EXTENSION_SUFFIXES)


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
    # the grades of the findings, in the engine's library (round 19)
    assert any((built.site / "claimtrack" / f"evidence{s}").exists() for s in SUFFIXES)
    quantities = built.site / "claimtrack" / "quantities"
    parser = {p.name.split(".")[0] for p in quantities.iterdir() if p.name.endswith(SUFFIXES)}
    assert parser == {p.stem for p in quantities.glob("*.py")} - PARSER_PURE
    # the claim model's checks, in the parser's library (the model itself stays pure)
    assert any((built.site / "claimtrack" / f"claimchecks{s}").exists() for s in SUFFIXES)
    assert not any((built.site / "claimtrack" / f"models{s}").exists() for s in SUFFIXES)
    assert (built.site / "claimtrack" / "parser_words.json").is_file()
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
    assert not (built.site / "claimtrack" / "parser_words.json").exists()  # read from source
    version = _run(built.site, "-m", "claimtrack", "--version")
    assert version.stdout.endswith(
        "(engine compiled: no; the install could not compile it: "
        "the C compiler (/bin/false) failed)\n"
    ), version.stdout + version.stderr


def _golden_lines(wheels: dict[str, Built], tmp_path: Path, module: str, lines: str) -> list[str]:
    """The lines the Python expression ``lines`` yields (of ``engine_golden``), computed on the
    compiled wheel, whose ``module`` must be its extension module."""
    out = tmp_path / "compiled.txt"
    script = (
        "import importlib, sys\n"
        f"sys.path.insert(0, {str(ROOT / 'tests')!r})\n"
        "import engine_golden\n"
        f"assert importlib.import_module({module!r}).__file__.endswith(('.so', '.pyd'))\n"
        f"with open({str(out)!r}, 'w', encoding='utf-8') as f:\n"
        f"    f.writelines(d + '\\n' for d in {lines})\n"
    )
    result = _run(wheels["compiled"].site, "-c", script)
    assert result.returncode == 0, result.stderr[-3000:]
    return out.read_text(encoding="utf-8").splitlines()


def test_the_golden_documents_are_the_pure_engines_byte_for_byte(
    wheels: dict[str, Built], tmp_path: Path
) -> None:
    import claimtrack.conflicts  # noqa: F401  (this process: the source tree, pure)

    here = sys.modules["claimtrack.conflicts.analyse"].__file__
    assert here is not None and here.endswith(".py")
    compiled = _golden_lines(
        wheels,
        tmp_path,
        "claimtrack.conflicts.analyse",
        "(d for g in engine_golden.MIN_GAPS for d in engine_golden.documents(g))",
    )
    pure = [d for g in engine_golden.MIN_GAPS for d in engine_golden.documents(g)]
    assert len(compiled) == len(pure) == 4 * engine_golden.SUBJECTS
    differ = [i for i, (a, b) in enumerate(zip(pure, compiled, strict=True)) if a != b]
    assert not differ, f"{len(differ)} documents differ, first: {compiled[differ[0]][:400]}"


def test_the_compiled_grades_are_the_pure_ones(wheels: dict[str, Built], tmp_path: Path) -> None:
    """``evidence`` is compiled with the engine (round 19): its notes for ``--all --json``, the
    full assessment with parties, agency stories, relays and speakers, and the texts it
    writes, on the golden subjects, as the pure module writes them."""
    import claimtrack.evidence as pure_evidence

    assert pure_evidence.__file__ is not None and pure_evidence.__file__.endswith(".py")
    compiled = _golden_lines(wheels, tmp_path, "claimtrack.evidence", "engine_golden.graded(1.1)")
    pure = list(engine_golden.graded(1.1))
    assert len(compiled) == len(pure) > 1000
    differ = [i for i, (a, b) in enumerate(zip(pure, compiled, strict=True)) if a != b]
    assert not differ, f"{len(differ)} lines differ, first: {compiled[differ[0]][:400]}"


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


def _alike(wheels: dict[str, Built], script: Callable[[str | tuple[str, ...]], str]) -> list[str]:
    """The lines ``script`` prints (given the suffix its module must be imported from) run on
    this tree, pure, and on the compiled wheel: asserted the same; the pure run's returned."""
    answers = []
    for site, compiled in ((None, ".py"), (wheels["compiled"].site, SUFFIXES)):
        result = _run(site, "-c", script(compiled))
        assert result.returncode == 0, result.stderr[-3000:]
        answers.append(result.stdout.splitlines())
    differ = [i for i, (a, b) in enumerate(zip(*answers, strict=True)) if a != b]
    assert not differ, (
        f"{len(differ)} differ, first: {answers[0][differ[0]]} | {answers[1][differ[0]]}"
    )
    return answers[0]


# -- the import's compiled modules (guards, jsonl) ------------------------------------------

_ANSWERS = """\
import glob, json, sys
sys.path.insert(0, {bench!r})
from claimtrack import guards
from cut_gate import _runs_of
assert guards.__file__.endswith({compiled!r}), guards.__file__
figures = [f for path in sorted(glob.glob({texts!r})) for f in _runs_of(path)]
for path in sorted(glob.glob({fixtures!r})):
    for line in open(path, encoding="utf-8"):
        try:
            r = json.loads(line)
        except ValueError:
            continue
        if isinstance(r, dict) and r.get("kind") == "figure" and r.get("value") and r.get("quote"):
            figures.append((r["value"], r["quote"], r.get("note")))
out = []
for value, quote, note in figures:
    for dc in (False, True):
        out.append(repr((
            guards.stands_whole(value, quote, dc),
            guards.import_problem(value, quote, note, dc),
            guards.cut_problem(value, quote, dc),
            guards.broken_problem(value, quote),
        )))
print(len(figures))
print("\\n".join(out))
"""


def test_the_compiled_quote_checks_answer_as_the_pure_ones(
    wheels: dict[str, Built], tmp_path: Path
) -> None:
    """Every figure of the fixtures, and the runs cut around each number of the seed articles
    (``bench/cut_gate.py --texts``), both readings of a decimal comma: the same answers from
    the compiled guards as from this tree's."""
    seeds = ROOT.parent / "shared" / "seeds"
    texts = str(seeds / "*.txt") if seeds.is_dir() else str(tmp_path / "none" / "*.txt")
    fixtures = str(ROOT / "tests" / "fixtures" / "*.jsonl")
    answers = _alike(
        wheels,
        lambda compiled: _ANSWERS.format(
            bench=str(ROOT / "bench"), compiled=compiled, texts=texts, fixtures=fixtures
        ),
    )
    assert int(answers[0]) > 300 and len(answers) == 1 + 2 * int(answers[0])


def test_the_wheels_parser_words_are_the_sources(wheels: dict[str, Built]) -> None:
    """The table the build wrote (the compiled parser has no code objects to read) holds the
    words this tree's pure parser gives ``guards.read_parser_words``, and the compiled guards
    read it."""
    from claimtrack import guards

    table = wheels["compiled"].site / "claimtrack" / "parser_words.json"
    assert guards.parser_words_from_json(table.read_text("utf-8")) == guards.read_parser_words()
    probe = (
        "from claimtrack import guards\n"
        "from claimtrack.quantities import reader\n"
        f"assert reader.__file__.endswith({SUFFIXES!r}), reader.__file__\n"
        "print(guards.parser_words_json(guards.parser_words()))\n"
    )
    result = _run(wheels["compiled"].site, "-c", probe)
    assert result.returncode == 0, result.stderr[-3000:]
    assert guards.parser_words_from_json(result.stdout) == guards.read_parser_words()


_FIGURES = """\
import ast, glob, sys
from claimtrack.quantities import parse_figure, reader, unit_dimension
assert reader.__file__.endswith({compiled!r}), reader.__file__
texts = set()
for path in sorted(glob.glob({tests!r})):
    for node in ast.walk(ast.parse(open(path, encoding="utf-8").read())):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) < 400:
            texts.add(node.value)
out = []
for text in sorted(texts):
    for read in (parse_figure, lambda t: parse_figure(t, decimal_comma=True), unit_dimension):
        try:
            got = read(text)
            out.append(repr((got, getattr(got, "to_json", list)())))
        except Exception as e:
            out.append(repr((type(e).__name__, str(e))))
print(len(texts), flush=True)
sys.stdout.buffer.write("\\n".join(out).encode("utf-8", "backslashreplace"))
"""


def test_the_compiled_figure_parser_reads_as_the_pure_one(wheels: dict[str, Built]) -> None:
    """Every string of the test files (the parser's tables of phrases, quotes, values, and
    everything else), read as a figure either way of a decimal comma and as a unit: the same
    figure (its repr and its JSON: an int is not a float) or the same error, compiled and
    pure. mypyc enforces annotations (an int annotated ``float`` becomes a float)."""
    tests = str(ROOT / "tests" / "*.py")
    answers = _alike(wheels, lambda compiled: _FIGURES.format(compiled=compiled, tests=tests))
    assert int(answers[0]) > 10_000 and len(answers) == 1 + 3 * int(answers[0])


_CLAIMS = """\
import glob, sys
sys.path.insert(0, {tests!r})
from claimtrack import claimchecks
from test_claimchecks import CASES, read, variants
assert claimchecks.__file__.endswith({compiled!r}), claimchecks.__file__
lines = [line for line, _, _ in CASES]
for path in sorted(glob.glob({fixtures!r})):
    lines += [line for line in open(path, encoding="utf-8").read().splitlines() if line.strip()]
lines += open({generated!r}, encoding="utf-8").read().splitlines()
lines += variants([line for line in lines if line.startswith("{{")])
out = []
for line in lines:
    for context in ("", "decimal_comma", "no_control"):
        fields, problem = read(line, context)
        out.append(repr(fields) if problem is None else problem)
print(len(lines), flush=True)
sys.stdout.buffer.write("\\n".join(out).encode("utf-8", "backslashreplace"))
"""


def test_the_compiled_claim_checks_validate_as_the_pure_ones(
    wheels: dict[str, Built], tmp_path: Path
) -> None:
    """The claim model's checks (``claimchecks``, compiled in the parser's library): every line
    of ``test_claimchecks.CASES`` (each acceptance and refusal), of the fixtures and of 3,000
    generated ones, and each of them again with one field set to a value of ``TRICKY``, read by
    the model with each context: the same fields (their repr: an int is not a float) or the
    same refusal, compiled and pure."""
    generated = tmp_path / "generated.jsonl"
    subprocess.run(
        [sys.executable, str(ROOT / "bench" / "generate.py"), "3000", "-o", str(generated)],
        check=True,
        capture_output=True,
    )
    fixtures = str(ROOT / "tests" / "fixtures" / "*.jsonl")
    answers = _alike(
        wheels,
        lambda compiled: _CLAIMS.format(
            tests=str(ROOT / "tests"),
            compiled=compiled,
            fixtures=fixtures,
            generated=str(generated),
        ),
    )
    assert int(answers[0]) > 6000 and len(answers) == 1 + 3 * int(answers[0])


def _dump(db: Path) -> list[tuple[object, ...]]:
    import sqlite3

    with sqlite3.connect(db) as conn:
        columns = [c[1] for c in conn.execute("PRAGMA table_info(claims)") if c[1] != "added_at"]
        return conn.execute(f"SELECT {', '.join(columns)} FROM claims ORDER BY rowid").fetchall()


@pytest.mark.parametrize(
    "options",
    [(), ("--skip-invalid",), ("--skip-invalid", "--strict", "--json")],
)
def test_an_import_through_the_compiled_reader_and_checks_is_the_pure_ones(
    wheels: dict[str, Built], tmp_path: Path, options: tuple[str, ...]
) -> None:
    """A file big enough for the forked reader (``jsonl.PARALLEL_BYTES``), made of generated
    lines, the fixtures' lines (refusals and warnings of the quote checks among them) and
    lines that are not JSON: the same exit, output and rows, compiled and pure."""
    source = tmp_path / "claims.jsonl"
    generated = tmp_path / "generated.jsonl"
    subprocess.run(
        [sys.executable, str(ROOT / "bench" / "generate.py"), "11000", "-o", str(generated)],
        check=True,
        capture_output=True,
    )
    lines = generated.read_text(encoding="utf-8").splitlines()
    for path in sorted((ROOT / "tests" / "fixtures").glob("*.jsonl")):
        lines[len(lines) // 2 : len(lines) // 2] = path.read_text(encoding="utf-8").splitlines()
    lines.insert(100, "{not json")
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert source.stat().st_size > 4 << 20  # read by a reader process
    results = []
    for name, site in (("pure", None), ("compiled", wheels["compiled"].site)):
        db = tmp_path / f"{name}.db"
        assert _run(site, "-m", "claimtrack", "--db", str(db), "init", "--empty").returncode == 0
        result = _run(site, "-m", "claimtrack", "--db", str(db), "import", str(source), *options)
        results.append((result.returncode, result.stdout, result.stderr, _dump(db)))
    assert results[0][0] in (0, 2), results[0][2][-3000:]
    assert results[0][:3] == results[1][:3]
    assert results[0][3] == results[1][3]
