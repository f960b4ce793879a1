"""conflicts --all --json on two processes writes exactly what one process writes."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtrack import fanout
from claimtrack.conflicts import ActiveFacts, analyse, report_to_json
from claimtrack.hints import no_conflict
from claimtrack.jsonl import read_claims
from claimtrack.store import Store

from conftest import examples

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "claims.jsonl"
FIXTURES = Path(__file__).parent / "fixtures"


def open_with(path: Path, records: list[dict]) -> Store:
    source = path.with_suffix(".jsonl")
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    store = Store.open(path)
    store.import_claims(read_claims(source), check_names=False)
    return store


def checker(store: Store):
    rules = store.rules()

    def check(name, facts):
        cumulative, sums = rules.get(name, (set(), []))
        return analyse(facts, cumulative=cumulative, sums=sums)

    return check


def reference(store: Store) -> str:
    """The document as the single-process command wrote it before the split."""
    check = checker(store)
    items = []
    quiet = []  # the subjects with no conflict, listed after (outputs19)
    checked = 0
    for name, facts in store.facts_by_subject():
        checked += 1
        report = check(name, facts)
        if report.conflicts:
            items.append(json.dumps(report_to_json(name, report), ensure_ascii=False))
        else:
            quiet.append(no_conflict(name, report))
    body = "".join(("\n" if i == 0 else ",\n") + t for i, t in enumerate(items))
    head = '{"format_version": 4, "subjects": ['
    tail = f', "no_conflicts": {json.dumps(quiet)}, "checked": {checked}' + "}\n"
    return head + body + ("\n]" if items else "]") + tail


def written(store: Store, jobs: int) -> tuple[str, int, bool]:
    out = io.StringIO()
    checked, found = fanout.all_json(store, checker(store), out, jobs=jobs)
    return out.getvalue(), checked, found


@pytest.mark.parametrize(
    "sources",
    [
        [SAMPLE],
        [SAMPLE, FIXTURES / "derna.jsonl"],
        [FIXTURES / "derna.jsonl", FIXTURES / "crowd.jsonl", FIXTURES / "units.jsonl"],
    ],
)
def test_two_processes_write_what_one_writes(tmp_path: Path, sources: list[Path]) -> None:
    store = Store.open(tmp_path / "t.db")
    for source in sources:
        store.import_claims(read_claims(source), check_names=False)
    assert store.middle_subject() is not None
    one, checked, found = written(store, jobs=1)
    two, checked2, found2 = written(store, jobs=2)
    assert two == one == reference(store)
    assert (checked, found) == (checked2, found2)
    assert json.loads(two)["checked"] == checked
    assert to_file(store, tmp_path / "two.json", jobs=2) == one.encode()


def to_file(store: Store, path: Path, jobs: int) -> bytes:
    """What ``all_json`` writes to a real UTF-8 file (the child's lines copied as bytes)."""
    with path.open("w", encoding="utf-8", newline="\n") as out:
        fanout.all_json(store, checker(store), out, jobs=jobs)
    return path.read_bytes()


def test_the_split_is_inside_the_subjects(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "t.db")
    store.import_claims(read_claims(SAMPLE), check_names=False)
    split = store.middle_subject()
    names = [s for s, _ in store.facts_by_subject()]
    assert split in names[1:]
    first = [s for s, _ in store.facts_by_subject(stop=split)]
    second = [s for s, _ in store.facts_by_subject(start=split)]
    assert first + second == names and first and second


def test_each_subjects_facts_are_read_with_their_sizes(tmp_path: Path) -> None:
    """facts_by_subject reads the sizes first, then the rows without their subject: each
    subject gets exactly what facts(subject) gives, retracted claims and aliases included;
    its read transaction ends with it, even when it is left half read."""
    store = Store.open(tmp_path / "t.db")
    for source in (SAMPLE, FIXTURES / "derna.jsonl", FIXTURES / "crowd.jsonl"):
        store.import_claims(read_claims(source), check_names=False)
    some = next(store.claims(subject="raqqa-convoy", kind="figure"))
    store.set_status(some["id"], "retracted", "test")
    other = next(
        r for r in store.claims(subject="raqqa-convoy") if r["claimant"] != some["claimant"]
    )
    store.add_alias(other["claimant"], some["claimant"])
    subjects = store.facts_by_subject()
    read = list(subjects)
    assert [s for s, _ in read] == store.subject_names()
    for subject, facts in read:
        assert sorted(facts) == sorted(store.facts(subject))
        # active, each id once, aliases folded and sources read: the engine takes them as is
        assert type(facts) is type(store.facts(subject)) is ActiveFacts
        assert len({f.id for f in facts}) == len(facts)
    assert all(f.status == "active" for _, facts in read for f in facts)
    assert not any(f.id == some["id"] for _, facts in read for f in facts)
    assert not any(f.claimant == other["claimant"] for _, facts in read for f in facts)
    assert not store.conn.in_transaction
    split = store.middle_subject()
    halves = list(store.facts_by_subject(stop=split)) + list(store.facts_by_subject(start=split))
    assert halves == read
    left = store.facts_by_subject()
    assert next(left)[0] == read[0][0]
    assert store.conn.in_transaction
    left.close()
    assert not store.conn.in_transaction
    store.conn.execute("BEGIN")  # a caller's transaction is the caller's to end
    assert list(store.facts_by_subject()) == read
    assert store.conn.in_transaction
    store.conn.execute("ROLLBACK")
    # Dropped half read after its store closed (`conflicts --all | head -1`): it ends quietly.
    late = store.facts_by_subject()
    next(late)
    store.close()
    late.close()


def test_the_split_counts_retracted_claims_too(tmp_path: Path) -> None:
    """The fan-out splits at the middle of every claim (a walk of the table's smallest
    indexes), retracted ones included: with the later subjects wholly retracted, its split
    falls where no active claim is, one half checks nothing, and the document is the same."""
    store = Store.open(tmp_path / "t.db")
    store.import_claims(read_claims(SAMPLE), check_names=False)
    n = store.claim_count()
    assert n == store.active_count()
    assert store.rough_middle_subject(n) == store.middle_subject(n)
    names = store.subject_names()
    for subject in names[len(names) // 2 :]:
        for record in store.claims(subject=subject):
            store.set_status(record["id"], "retracted", "test")
    assert store.claim_count() == n > store.active_count()
    split = store.rough_middle_subject(n)
    assert split is not None and split != store.middle_subject()
    assert split in names[1:]
    assert not list(store.facts_by_subject(start=split))
    one = reference(store)
    assert written(store, jobs=2)[0] == written(store, jobs=1)[0] == one
    assert to_file(store, tmp_path / "out.json", jobs=2) == one.encode()


def test_one_subject_is_not_split(tmp_path: Path) -> None:
    store = open_with(
        tmp_path / "t.db",
        [
            {
                "subject": "s",
                "claimant": c,
                "quote": "q",
                "kind": "figure",
                "measure": "m",
                "value": v,
            }
            for c, v in (("A", "10"), ("B", "500"))
        ],
    )
    assert store.middle_subject() is None
    assert store.rough_middle_subject(store.claim_count()) is None
    assert written(store, jobs=2)[0] == reference(store)


def test_an_empty_database(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "t.db")
    empty = '{"format_version": 4, "subjects": [], "no_conflicts": [], "checked": 0}\n'
    assert written(store, jobs=2) == (empty, 0, False)
    assert to_file(store, tmp_path / "out.json", jobs=2) == empty.encode()


claims = st.lists(
    st.fixed_dictionaries(
        {
            "subject": st.sampled_from(["a", "b", "c", "d-e", "f"]),
            "claimant": st.sampled_from(["AFP", "Reuters", "BBC", "afp"]),
            "kind": st.sampled_from(["figure", "stance"]),
            "n": st.integers(1, 5000),
            "stance": st.sampled_from(["affirms", "denies"]),
            "topic": st.sampled_from(["x", "y"]),
            "said_on": st.sampled_from([None, "2020-01-01", "2021-05-02"]),
        }
    ),
    min_size=2,
    max_size=40,
)


def as_record(i: int, c: dict) -> dict:
    r = {"id": f"c{i}", "subject": c["subject"], "claimant": c["claimant"], "quote": "q"}
    if c["said_on"]:
        r["said_on"] = c["said_on"]
    if c["kind"] == "figure":
        return r | {"kind": "figure", "measure": c["topic"], "value": str(c["n"])}
    return r | {"kind": "stance", "proposition": c["topic"], "stance": c["stance"]}


@settings(
    max_examples=examples(15),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(claims)
def test_any_claims_same_document(tmp_path_factory, data) -> None:
    path = tmp_path_factory.mktemp("fan") / "t.db"
    store = open_with(path, [as_record(i, c) for i, c in enumerate(data)])
    one, *_ = written(store, jobs=1)
    two, *_ = written(store, jobs=2)
    assert two == one == reference(store)
    assert to_file(store, path.with_suffix(".json"), jobs=2) == one.encode()


@pytest.mark.parametrize("values", [(("10", "10"), ("10", "500")), (("10", "500"), ("7", "7"))])
def test_only_one_half_has_conflicts(tmp_path: Path, values: tuple) -> None:
    records = [
        {"subject": s, "claimant": c, "quote": "q", "kind": "figure", "measure": "m", "value": v}
        for s, pair in zip(("a", "b"), values, strict=True)
        for c, v in zip(("A", "B"), pair, strict=True)
    ]
    store = open_with(tmp_path / "t.db", records)
    assert store.middle_subject() == "b"
    assert store.rough_middle_subject(store.claim_count()) == "b"  # the fan-out's split
    one = reference(store)
    assert json.loads(one)["subjects"]
    assert written(store, jobs=2)[0] == one
    assert to_file(store, tmp_path / "out.json", jobs=2) == one.encode()


def _spoken_record(n: int, subject: str, claimant: str, value: str, speaker: str | None) -> dict:
    record = {
        "id": f"{subject}-{n}",
        "subject": subject,
        "claimant": claimant,
        "kind": "figure",
        "measure": "deaths",
        "value": value,
        "quote": f"{claimant} put the toll at {value}.",
        "outlet": "Harbour Gazette",
        "reported_on": "2025-03-02",
    }
    return record if speaker is None else record | {"speaker": speaker}


def test_the_speakers_are_read_once_before_the_fork(
    runner, empty_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`conflicts --all --json` on two processes reads every subject's speakers in the parent
    before it forks (the child reads none: round 20), and writes what one process writes,
    the spokesman joined to his ministry in both halves."""
    import os

    from claimtrack.cli import app

    records = [
        _spoken_record(n, subject, who, value, speaker)
        for subject in ("dock-fire", "quarry-collapse")
        for n, (who, value, speaker) in enumerate(
            [
                ("Interior Ministry", "12", "Pavel Dorn"),
                ("Pavel Dorn", "12", None),
                ("Red Cross", "40", None),
            ]
        )
    ]
    source = tmp_path / "spoken.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    done = runner.invoke(app, ["--db", str(empty_db), "import", "--new", str(source)])
    assert done.exit_code == 0, done.output
    argv = ["--db", str(empty_db), "conflicts", "--all", "--json"]
    one = runner.invoke(app, argv)
    assert one.exit_code == 0, one.output
    reads = tmp_path / "reads"
    real = Store.speakers

    def counted(self: Store, subject: str | None = None) -> dict:
        with reads.open("a") as log:
            log.write(f"{os.getpid()}\n")
        return real(self, subject)

    monkeypatch.setattr(Store, "speakers", counted)
    monkeypatch.setattr(fanout, "FORK_ABOVE", 0)  # two processes however small
    two = runner.invoke(app, argv)
    assert two.exit_code == 0, two.output
    assert two.stdout == one.stdout
    assert reads.read_text().split() == [str(os.getpid())]
    subjects = json.loads(two.stdout)["subjects"]
    assert [s["subject"] for s in subjects] == ["dock-fire", "quarry-collapse"]
    for s in subjects:  # the ministry and its spokesman: one origin, in each process
        assert [p["origins"] for p in s["conflicts"][0]["positions"]] == [1, 1], s


def _relayed_record(n: int, subject: str, claimant: str, value: str, relays: str | None) -> dict:
    record = _spoken_record(n, subject, claimant, value, None)
    return record if relays is None else record | {"relays": f"{subject}-{relays}"}


@pytest.mark.slow
def test_the_child_reads_on_a_connection_of_its_own(
    runner, empty_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """outputs11: the forked child of `conflicts --all --json` reads everything on a
    connection it opens (a SQLite connection must not be used across a fork). A wire desk
    passing on the mayor's retracted figure is looked up by the relay check (not among the
    active facts) in both halves; the parent's connection is refused in the child
    (``Store.conn``), so a check that read through it would fail the command."""
    from claimtrack.cli import app

    records = [
        _relayed_record(n, subject, who, value, relays)
        for subject in ("dock-fire", "quarry-collapse")
        for n, (who, value, relays) in enumerate(
            [("Port Office", "12", None), ("Coast Guard", "40", None),
             ("Mayor", "12", None), ("Wire Desk", "12", "2")]
        )
    ]  # fmt: skip
    source = tmp_path / "relayed.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    done = runner.invoke(app, ["--db", str(empty_db), "import", "--new", str(source)])
    assert done.exit_code == 0, done.output
    with Store.open(empty_db) as store:
        for subject in ("dock-fire", "quarry-collapse"):
            store.set_status(f"{subject}-2", "retracted", "the mayor withdrew it")
    argv = ["--db", str(empty_db), "conflicts", "--all", "--json"]
    one = runner.invoke(app, argv)
    assert one.exit_code == 0, one.output
    monkeypatch.setattr(fanout, "FORK_ABOVE", 0)  # two processes however small
    two = runner.invoke(app, argv)
    assert two.exit_code == 0, two.output
    assert two.stdout == one.stdout
    subjects = json.loads(two.stdout)["subjects"]
    assert [s["subject"] for s in subjects] == ["dock-fire", "quarry-collapse"]
    for s in subjects:  # the retracted claim was read in each process
        joins = s["conflicts"][0]["positions"][0]["joins"]
        assert joins == ["Wire Desk passes on a retracted claim of Mayor: no origin of its own"]


@pytest.mark.slow
def test_a_store_is_its_openers_alone(tmp_path: Path) -> None:
    """A forked process cannot read through its parent's connection (a clear error, not a
    read that may be corrupt) and gets a store of its own from ``in_this_process``, once."""
    import os

    from claimtrack.errors import DatabaseError

    store = open_with(tmp_path / "t.db", [_relayed_record(0, "quay", "Port Office", "12", None)])
    assert store.in_this_process() is store
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: report what it could do, then leave without cleaning up
        said = []
        try:
            try:
                store.claim_count()
            except DatabaseError as e:
                said.append(str(e))
            own = store.in_this_process()
            said += [str(own is not store and own is store.in_this_process()), str(own.count())]
        except BaseException as e:
            said.append(repr(e))
        finally:
            os.write(write, json.dumps(said).encode())
            os._exit(0)
    os.close(write)
    said = json.loads(os.read(read, 65536))
    os.waitpid(pid, 0)
    os.close(read)
    assert said == [
        f"database {store.path}: its connection belongs to the process that opened it "
        "(a forked process opens its own)",
        "True",
        "1",
    ]
    assert store.claim_count() == 1  # the parent's is its own still
