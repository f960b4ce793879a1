"""Shared fixtures. No test touches the user's real data directory: HOME, XDG_DATA_HOME and
CLAIMTRACK_DB all point into a per-test temporary directory (autouse)."""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
import typer.testing
from hypothesis import HealthCheck, settings
from typer.testing import CliRunner

from claimtrack.cli import app

ROOT = Path(__file__).resolve().parents[1]


# Tests that press Ctrl-C in a child (^C on a pseudo-terminal, SIGINT sent to an import) need
# the child to take SIGINT. A shell's background job (``cmd &`` without job control) starts
# with SIGINT ignored, and an ignored signal stays ignored through fork and exec: every child
# would ignore the key and such a test would wait for ever. The test process takes SIGINT
# back (Python's own handler), so that its children start with the default again.
def _take_sigint_back() -> None:
    import signal

    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


_take_sigint_back()
SAMPLE = ROOT / "data" / "claims.jsonl"


# Where the time of the fast suite went (suite1, profiled on a loaded host): a quarter of it in
# the disk's system calls (sqlite's execute and close, backup, unlink, fsync, mkdir). Every test
# gets a temporary directory (``isolated_home``), and the databases made in them commit with
# ``synchronous=FULL`` and fold their log back on close, each an fsync; on a shared disk those
# waits cost more than the tests' own work. So the tests' temporary directories are made in
# memory (``/dev/shm``, a tmpfs) when the machine has one with room to spare and nobody chose
# a place (``--basetemp``, ``PYTEST_DEBUG_TEMPROOT`` or ``TMPDIR``): what the tests read and
# write is the same, files, renames and locks behave the same, only the flush to the disk is
# skipped. ``CLAIMTRACK_TEST_DISK=1`` keeps them on the disk.
_ROOM_NEEDED = 2 << 30  # a full run writes about 300 MB; pytest keeps the last three runs


def _memory_temproot() -> str | None:
    if os.environ.get("CLAIMTRACK_TEST_DISK") or os.environ.get("TMPDIR"):
        return None
    shm = "/dev/shm"
    try:
        room = os.statvfs(shm)
    except OSError:
        return None
    if room.f_bavail * room.f_frsize < _ROOM_NEEDED or not os.access(shm, os.W_OK | os.X_OK):
        return None
    return shm


_IN_MEMORY = "PYTEST_DEBUG_TEMPROOT" not in os.environ and bool(_shm := _memory_temproot())
if _IN_MEMORY:
    os.environ["PYTEST_DEBUG_TEMPROOT"] = _shm


@pytest.fixture(scope="session", autouse=True)
def _tempfile_in_memory(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The tests that make their own directories with ``tempfile`` (property tests and state
    machines, which cannot take a fresh tmp_path per example) follow tmp_path into memory: a
    directory of this run's base, removed with it by pytest's rotation."""
    if not _IN_MEMORY:
        yield
        return
    import tempfile

    before = tempfile.tempdir
    tempfile.tempdir = str(tmp_path_factory.mktemp("tempfile"))
    try:
        yield
    finally:
        tempfile.tempdir = before


# pytest names each test's tmp_path by listing its base directory for the highest number
# already taken, and points a "...current" symlink at it: two directory entries per test and a
# scan of all of them, so the n-th test pays for the n-1 before it (several ms a test late in
# a worker's run, seconds in all). The same directory (the test's name cut at 30 characters,
# under the same base) is made with a counter of this process instead. Without pytest's
# private hook, tmp_path is made as before.
_counter = itertools.count()


def _mk_tmp_counted(request: pytest.FixtureRequest, factory: pytest.TempPathFactory) -> Path:
    name = re.sub(r"[\W]", "_", request.node.name)[:30]
    while True:
        try:
            return factory.mktemp(f"{name}-{next(_counter)}", numbered=False)
        except FileExistsError:  # made by a test's own mktemp: take the next number
            continue


try:
    import _pytest.tmpdir as _pytest_tmpdir
except ImportError:  # pragma: no cover
    _pytest_tmpdir = None  # type: ignore[assignment]
if _pytest_tmpdir is not None and hasattr(_pytest_tmpdir, "_mk_tmp"):
    _pytest_tmpdir._mk_tmp = _mk_tmp_counted


# Property tests run with an eighth of their examples in README's fast command (profile
# "fast", the default here) and with all of them in .ci/run's second pass over them
# (``-m hypothesis --hypothesis-profile=thorough``). A test asks for its full count through
# ``examples(n)``; one that names no count gets the profile's.
def through_pipes(
    db: Path, fixture: Path, pipes: list[tuple[str, list[str], list[str]]]
) -> dict[str, list[str]]:
    """A story imported into ``db`` by the console's ``python -m claimtrack``, then each
    ``(name, claimtrack args, reader)`` run as a shell pipes them (no terminal: 100 columns,
    no colour): the reader's lines of output by name. Every wait has a deadline."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "CLAIMTRACK_DB": str(db)}
    env.pop("COLUMNS", None)
    tool = [sys.executable, "-m", "claimtrack"]
    subprocess.run(
        [*tool, "import", str(fixture)], env=env, check=True, capture_output=True, timeout=300
    )
    got = {}
    for name, args, then in pipes:
        writer = subprocess.Popen([*tool, *args], env=env, stdout=subprocess.PIPE)
        done = subprocess.run(then, stdin=writer.stdout, capture_output=True, timeout=120)
        assert writer.wait(timeout=60) == 0 and done.returncode == 0, done.stderr
        got[name] = done.stdout.decode().splitlines()
    return got


def load_script(relative: str) -> ModuleType:
    """A script or bench of the repository (``"bench/articles.py"``) loaded as a module, for
    the tests of its functions (scripts are not part of the package)."""
    import importlib.util

    path = ROOT / relative
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# Neither profile times a test (the house rule: no timing asserts): on a host shared with other
# work a single draw or example can stall for seconds (seen: "Input generation is slow ... 6
# valid inputs after 2.04 seconds" on a JSON strategy that draws in a millisecond), which
# says nothing of the code under test.
_UNTIMED = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow]}
# Under CI (the ``CI`` variable set, as .ci/run sets it) both profiles draw the same examples
# on every run (``derandomize``): a change lands or not on its own merits, never on the luck of
# a draw, and a failure there is reproduced by running the same command again. Anywhere else
# the draws are fresh on every run, so the suites people run every day keep searching, and the
# soak profile below searches at scale.
_SAME_EVERY_RUN = {"derandomize": bool(os.environ.get("CI"))}
settings.register_profile("thorough", max_examples=100, **_UNTIMED, **_SAME_EVERY_RUN)
settings.register_profile("fast", max_examples=12, **_UNTIMED, **_SAME_EVERY_RUN)
# A long search for rare failures, run by hand (never in CI): every property with twenty times
# the thorough count (CLAIMTRACK_SOAK sets another count per hundred), no example database so
# each run draws afresh: ``pytest -m hypothesis --hypothesis-profile=soak -n 2``. The four
# money-formatting faults of session 44 were each one example in several thousand.
settings.register_profile(
    "soak",
    max_examples=int(os.environ.get("CLAIMTRACK_SOAK", "2000")),
    database=None,
    **_UNTIMED,
)


def pytest_configure(config: pytest.Config) -> None:
    if not config.getoption("hypothesis_profile", None):
        settings.load_profile("fast")
    _keep_bytecode(config)


# Tables of combinations: every reporting verb in every form and frame, every kind of mention,
# work, source and title, every phrase of the figure parser and its fast path (more than half
# the suite's tests: about 12,200 rows of eleven modules). README's fast command runs an eighth
# of each test function's rows (its first, and those whose id hashes to 0 mod 8: the same rows
# in every run and every worker), as it runs an eighth of the property tests' examples;
# ``--all-rows`` runs every row, and .ci/run does (``-m table --all-rows``). The rows left out
# are reported as deselected.
TABLE_MODULES = frozenset(
    {
        "test_bench_labels",
        "test_cli_coercion",
        "test_conventions",
        "test_extract_agents",
        "test_extract_attribution",
        "test_extract_clause_speaker",
        "test_extract_clauses36",
        "test_extract_figurespans31",
        "test_extract_frames27",
        "test_extract_frames28",
        "test_extract_frames29",
        "test_extract_frames30",
        "test_extract_matrix51",
        "test_extract_matrix52",
        "test_extract_mentions",
        "test_extract_notclaims34",
        "test_extract_outbreak32",
        "test_extract_owners",
        "test_extract_window35",
        "test_extract_roles",
        "test_extract_source_frames",
        "test_extract_sources",
        "test_extract_unseen",
        "test_extract_verbs",
        "test_extract_works",
        "test_money_display",
        "test_quantities",
        "test_quantities_fast",
        "test_quantities_rules",
    }
)
TABLE_SHARE = 8


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--all-rows",
        action="store_true",
        help="run every row of the tables of combinations (README's fast command runs an eighth)",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    import zlib

    every = config.getoption("all_rows")
    kept: list[pytest.Item] = []
    left: list[pytest.Item] = []
    firsts: set[tuple[str, str]] = set()
    for item in items:
        module = getattr(item, "module", None)
        name = module.__name__.rpartition(".")[2] if module is not None else ""
        if name not in TABLE_MODULES:
            kept.append(item)
            continue
        item.add_marker("table")
        function = (name, getattr(item, "originalname", item.name))
        if every or not hasattr(item, "callspec") or function not in firsts:
            firsts.add(function)
            kept.append(item)
        elif zlib.crc32(item.nodeid.encode()) % TABLE_SHARE == 0:
            kept.append(item)
        else:
            left.append(item)
    if left:
        config.hook.pytest_deselected(items=left)
        items[:] = kept


def _keep_bytecode(config: pytest.Config) -> None:
    """With PYTHONDONTWRITEBYTECODE set, pytest rewrites the asserts of every test module and
    compiles it again in every run and every worker (4 s of CPU a worker, a tenth of the fast
    suite). The compiled modules are kept in pytest's own cache directory instead (ignored by
    git, outside the source tree, as the setting asks), unless a place was chosen
    (PYTHONPYCACHEPREFIX)."""
    import sys

    if sys.dont_write_bytecode and not sys.pycache_prefix:
        sys.pycache_prefix = str(config.rootpath / ".pytest_cache" / "pycache")
        sys.dont_write_bytecode = False


def steps(n: int) -> int:
    """``n`` steps a run of a state machine under the thorough profile; half of them (at least
    10) under the fast one, whose runs are an eighth already (``examples``): the review
    machines were the fast suite's three slowest tests (perf32)."""
    return n if settings.default.max_examples >= 100 else max(10, n // 2)


def examples(n: int) -> int:
    """``n`` examples under the thorough profile; an eighth of them (at least 10) under the
    fast one; ``n`` times the soak profile's count per hundred under that one."""
    per_hundred = settings.default.max_examples
    if per_hundred > 100:
        return n * per_hundred // 100
    return min(n, max(10, n * per_hundred // 100))


def sample_claims() -> list[dict]:
    """The bundled sample's claim records (its registry records, such as the Raqqa sum, left
    out)."""
    rows = [json.loads(x) for x in SAMPLE.read_text(encoding="utf-8").splitlines() if x.strip()]
    return [r for r in rows if "record" not in r]


# typer's CliRunner builds the click command from the Typer app again on every invoke (tens of
# ms for this app: a third of the fast suite's time). The command built once behaves the same
# (click commands are reusable; everything read from the environment is read when it runs), so
# each app is built once per test process. Without typer's private hook, tests build as before.
_build_command = getattr(typer.testing, "_get_command", None)
_built: dict[int, tuple[object, object]] = {}


def _command_once(app: object) -> object:
    got = _built.get(id(app))
    if got is None or got[0] is not app:
        got = _built[id(app)] = (app, _build_command(app))  # the app kept: its id stays its own
    return got[1]


if _build_command is not None:
    typer.testing._get_command = _command_once  # type: ignore[attr-defined]


# Every test runs with HOME, XDG_DATA_HOME and CLAIMTRACK_DB in a folder of its own, so no test
# reads or writes the user's real data and no test sees another's default database. The folder
# is made with one mkdir under this process's own base (not through tmp_path and monkeypatch,
# whose fixtures cost 0.4 ms a test: 4 s of CPU over the fast suite's 9,000 tests), and the
# environment is put back as it was after the test.
_HOME_KEYS = ("HOME", "XDG_DATA_HOME", "CLAIMTRACK_DB", "CLAIMTRACK_DEBUG", "NO_COLOR", "COLUMNS")
_homes: list[Path] = []


def _homes_base(factory: pytest.TempPathFactory) -> Path:
    if not _homes:
        _homes.append(factory.mktemp("homes"))
    return _homes[0]


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = _homes_base(tmp_path_factory) / str(next(_counter))
    home = folder / "home"
    os.makedirs(home)
    saved = {key: os.environ.get(key) for key in _HOME_KEYS}
    os.environ.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        CLAIMTRACK_DB=str(folder / "default.db"),
        COLUMNS="120",
    )
    os.environ.pop("CLAIMTRACK_DEBUG", None)
    os.environ.pop("NO_COLOR", None)
    try:
        yield home
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


# A test that starts a process (a fresh interpreter, a reader process of the import, a server)
# costs 0.1 to 0.5 s of CPU where an in-process test costs a few ms: such tests are marked
# ``slow`` (run by .ci/run's slow pass, left out of README's fast command). A test not so marked
# that starts one fails here, naming the rule, so the fast suite stays fast as tests are added.
_unmarked: list[str] = []  # the node id of the running test, when it is not marked slow


def _refuse_process() -> None:
    if _unmarked:
        raise AssertionError(
            f"{_unmarked[0]} starts a process but is not marked slow: "
            "add @pytest.mark.slow (tests/conftest.py: process tests are slow)"
        )


def _guard_process_starts() -> None:
    import multiprocessing.process
    import subprocess

    popen_init = subprocess.Popen.__init__
    process_start = multiprocessing.process.BaseProcess.start

    def guarded_init(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        _refuse_process()
        popen_init(self, *args, **kwargs)

    def guarded_start(self):  # type: ignore[no-untyped-def]
        _refuse_process()
        process_start(self)

    subprocess.Popen.__init__ = guarded_init  # type: ignore[method-assign]
    multiprocessing.process.BaseProcess.start = guarded_start  # type: ignore[method-assign]


_guard_process_starts()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    if item.get_closest_marker("slow") is None and item.get_closest_marker("browser") is None:
        _unmarked[:] = [item.nodeid]
    try:
        yield
    finally:
        _unmarked.clear()


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="session")
def _templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """An empty and a sample database made once per test session by `claimtrack init` itself;
    each test gets its own copy (SQLite's backup API), which is much cheaper than running the
    migrations and the sample import again for every test."""
    folder = tmp_path_factory.mktemp("templates")
    made = {}
    for name, args in (("empty", ["init", "--empty"]), ("sample", ["init"])):
        path = folder / f"{name}.db"
        result = CliRunner().invoke(app, [*args, str(path)])
        assert result.exit_code == 0, result.output
        made[name] = path
    return made


def _copy_db(source: Path, target: Path) -> Path:
    # A database at rest is one file (Store.close folds its log back): a plain copy of it is
    # the database, and far cheaper than the backup API's page-by-page copy and sync. With a
    # log or journal beside it (a connection still open), the backup API reads it whole.
    if not any(Path(f"{source}{end}").exists() for end in ("-wal", "-journal")):
        shutil.copyfile(source, target)
        return target
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    return target


@pytest.fixture
def empty_db(tmp_path: Path, _templates: dict[str, Path]) -> Path:
    return _copy_db(_templates["empty"], tmp_path / "empty.db")


@pytest.fixture
def sample_db(tmp_path: Path, _templates: dict[str, Path]) -> Path:
    return _copy_db(_templates["sample"], tmp_path / "sample.db")


@pytest.fixture
def ct(runner: CliRunner, empty_db: Path) -> Callable[..., object]:
    """Run claimtrack against the empty temp database: ct("list", "--json")."""

    def run(*args: str, input: str | None = None, db: Path | None = None):
        return runner.invoke(app, ["--db", str(db or empty_db), *args], input=input)

    return run


def imports_of(args: list[str], db: Path, modules: tuple[str, ...]) -> list[str]:
    """The modules of ``modules`` that `claimtrack --db DB ARGS` (the console script's entry,
    in a fresh interpreter) imports; the command must succeed and print its data."""
    import subprocess
    import sys

    code = (
        "import json, sys\n"
        "from claimtrack.cli import main\n"
        f"sys.argv = ['claimtrack', '--db', sys.argv[1], *{args!r}]\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as e:\n"
        "    assert not e.code, e.code\n"
        f"print(json.dumps([m for m in {list(modules)!r} if m in sys.modules]), file=sys.stderr)\n"
    )
    src = Path(__file__).resolve().parents[1] / "src"
    env = {"PYTHONPATH": str(src), "COLUMNS": "100", "PATH": "/usr/bin:/bin"}
    out = subprocess.run(
        [sys.executable, "-c", code, str(db)], capture_output=True, text=True, env=env
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip(), out.stderr  # the command printed its data
    return json.loads(out.stderr.strip().splitlines()[-1])


def extract_rows(text: str) -> list[tuple[str | None, str | None, str, str]]:
    """(speaker, claimant, first figure or '', how the speaker was found) of every candidate
    ``extract`` proposes for ``text``."""
    from claimtrack.extract import extract

    out = []
    for c in extract(text)[1]:
        fig = c.figures[0].figure.text if c.figures else ""
        out.append((c.speaker, c.claimant, fig, c.speaker_found))
    return out


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def figure(**kw) -> dict:
    base = {
        "subject": "raqqa-convoy",
        "claimant": "Syrian Democratic Forces",
        "quote": "only a few dozen fighters had been able to leave",
        "kind": "figure",
        "measure": "fighters-evacuated",
        "value": "a few dozen",
    }
    if "value" in kw and "quote" not in kw:  # the figure is in its quote (guards.py)
        base["quote"] = f"only a few dozen fighters had been able to leave, or {kw['value']}"
    return base | kw


def stance(**kw) -> dict:
    base = {
        "subject": "raqqa-convoy",
        "claimant": "US-led coalition (CJTF-OIR)",
        "quote": "not involved in the discussions that led to the arrangement",
        "kind": "stance",
        "proposition": "coalition-took-part-in-negotiations",
        "stance": "denies",
    }
    return base | kw


def unwanted_modules_after(call: str, db: Path, unwanted: tuple[str, ...]) -> list[str]:
    """Run ``call`` (Python that runs ``claimtrack --db DB conflicts raqqa-convoy --json``,
    with the database's path as ``sys.argv[1]``) in a fresh interpreter; check it printed the
    subject's JSON, and return the modules of ``unwanted`` it imported."""
    import os
    import subprocess
    import sys

    code = (
        "import json, sys\n"
        f"{call}\n"
        f"unused = {list(unwanted)!r}\n"
        "print(json.dumps([m for m in unused if m in sys.modules]), file=sys.stderr)\n"
    )
    src = Path(__file__).resolve().parents[1] / "src"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(src), os.environ.get("PYTHONPATH", "")]),
    }
    out = subprocess.run(
        [sys.executable, "-c", code, str(db)], capture_output=True, text=True, env=env
    )
    assert json.loads(out.stdout)["subject"] == "raqqa-convoy", out.stderr
    return json.loads(out.stderr.strip().splitlines()[-1])


def store_unchecked(db: Path, records: list[dict]) -> None:
    """Store ``records`` as claimtrack took them before text fields refused control characters
    (fixes14): the rows of an older database, which every output must still show safely."""
    from claimtrack import models
    from claimtrack.store import Store

    # the context by which the import's reader says a line holds none: the check is left out
    unchecked = {models.NO_CONTROL: True}
    claims = [models.Claim.model_validate(r, context=unchecked) for r in records]
    store = Store.open(db)
    try:
        store.add_many(claims)
    finally:
        store.close()
