"""The engine's output on 600 synthetic subjects at four materiality ratios is exactly what it
was when recorded (tests/engine_golden.py): optimisations of ``analyse`` and ``report_to_json``
must not change a byte of any report."""

from __future__ import annotations

import copy
import dataclasses
import inspect
import json
import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import engine_golden
from claimtrack.conflicts import (
    Change,
    ChangePoint,
    FigureConflict,
    FigurePosition,
    Incomparable,
    Report,
    Reversal,
    Revision,
    StanceConflict,
    StancePosition,
    SumFinding,
    report_json_line,
    report_to_json,
)

from conftest import examples


@pytest.mark.parametrize("min_gap", engine_golden.MIN_GAPS)
def test_reports_are_the_recorded_ones(min_gap: float) -> None:
    recorded = json.loads(engine_golden.GOLDEN.read_text(encoding="utf-8"))[str(min_gap)]
    found = engine_golden.digests_at(min_gap)
    assert len(found) == len(recorded)
    changed = [
        f"subject-{i}" for i, (a, b) in enumerate(zip(found, recorded, strict=True)) if a != b
    ]
    assert not changed, f"{len(changed)} reports differ: {changed[:10]}"


def test_the_subjects_reach_every_kind_of_finding() -> None:
    kinds = set()
    for doc in engine_golden.documents(1.5):
        d = json.loads(doc)
        for group in ("conflicts", "minor", "checks"):
            kinds.update((group, c["kind"]) for c in d[group])
        kinds.update(("incomparable", "-") for _ in d["incomparable"])
        kinds.update(("changes", "-") for _ in d["changes"])
        kinds.update(
            ("relaying", c["kind"])
            for c in d["conflicts"]
            if any("relaying" in p for p in c.get("positions", ()))
        )
    assert kinds >= {
        ("conflicts", "figure"),
        ("conflicts", "revision"),
        ("conflicts", "sum"),
        ("conflicts", "stance"),
        ("conflicts", "reversal"),
        ("minor", "figure"),
        ("minor", "reversal"),
        ("checks", "sum"),
        ("incomparable", "-"),
        ("changes", "-"),
        ("relaying", "figure"),
        ("relaying", "stance"),
    }


def dumped(name: str, report: Report) -> str:
    return json.dumps(report_to_json(name, report), ensure_ascii=False)


@pytest.mark.parametrize("min_gap", engine_golden.MIN_GAPS)
def test_the_line_writer_writes_what_json_dumps_writes(min_gap: float) -> None:
    for name, report in engine_golden.reports(min_gap):
        assert report_json_line(name, report) == dumped(name, report)


class Name(str):
    """A str subclass: json.dumps writes it as a string."""


texts = st.one_of(
    st.text(max_size=6), st.sampled_from(['a"b', "back\\slash", "tab\t", "é", "\u2028", "x"])
)
maybe = st.one_of(st.none(), texts)
numbers = st.one_of(
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0.0, -0.0, 1.0, 1e16, 1e22, 2.5, 1 / 3]),
)
ids = st.lists(texts, max_size=3).map(tuple)
relaying = st.lists(st.tuples(texts, texts), max_size=2).map(tuple)
dates = st.lists(st.tuples(maybe, maybe), max_size=2).map(tuple)
figure = st.builds(
    FigureConflict,
    texts,
    maybe,
    st.one_of(st.none(), numbers),
    st.lists(
        st.builds(FigurePosition, numbers, st.one_of(st.none(), numbers), ids, ids, relaying),
        max_size=3,
    ).map(tuple),
    st.lists(st.one_of(st.none(), numbers), max_size=3).map(tuple),
    texts,
)
stance = st.builds(
    StanceConflict,
    texts,
    st.tuples(
        st.builds(StancePosition, texts, ids, ids, relaying),
        st.builds(StancePosition, texts, ids, ids, relaying),
    ),
)
reversal = st.builds(
    Reversal, texts, st.sampled_from(["measure", "proposition"]), texts, ids, dates
)
revision = st.builds(
    Revision,
    texts,
    st.tuples(texts, texts),
    st.tuples(texts, texts),
    st.tuples(st.tuples(texts, texts), st.tuples(texts, texts)),
    st.one_of(st.none(), numbers),
    texts,
)
total = st.builds(
    SumFinding,
    texts,
    ids,
    ids,
    numbers,
    st.one_of(st.none(), numbers),
    texts,
    texts,
    maybe,
    st.booleans(),
    texts,
)
conflict = st.one_of(figure, stance, reversal, revision, total)
report = st.builds(
    Report,
    st.lists(conflict, max_size=4).map(tuple),
    st.lists(
        st.builds(
            Change,
            texts,
            st.lists(
                st.builds(ChangePoint, texts, numbers, st.one_of(st.none(), numbers), ids),
                max_size=2,
            ).map(tuple),
            texts,
        ),
        max_size=2,
    ).map(tuple),
    st.integers(0, 10**6),
    st.integers(0, 10**6),
    st.lists(st.one_of(figure, reversal), max_size=2).map(tuple),
    st.lists(
        st.builds(Incomparable, texts, st.lists(st.tuples(texts, ids), max_size=2).map(tuple)),
        max_size=2,
    ).map(tuple),
    st.lists(total, max_size=2).map(tuple),
    st.integers(0, 100),
    st.one_of(st.sampled_from([1, 1.0, 1.1, 1.5]), st.floats(1, 10)),
)


@settings(max_examples=examples(200), deadline=None)
@given(st.one_of(texts, texts.map(Name)), report)
def test_the_line_writer_on_any_report(name: str, report: Report) -> None:
    assert report_json_line(name, report) == dumped(name, report)


_RECORDS = [
    Change,
    FigureConflict,
    FigurePosition,
    Incomparable,
    Report,
    Reversal,
    Revision,
    StanceConflict,
    StancePosition,
    SumFinding,
]


@pytest.mark.parametrize("cls", _RECORDS)
def test_init_takes_the_fields_in_order_with_their_defaults(cls: type) -> None:
    fields = dataclasses.fields(cls)
    params = list(inspect.signature(cls).parameters.values())
    assert [p.name for p in params] == [f.name for f in fields]
    assert [p.default for p in params] == [
        inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default for f in fields
    ]
    values = [object() for _ in fields]
    made = cls(*values)
    assert [getattr(made, f.name) for f in fields] == values
    assert made == cls(**{f.name: v for f, v in zip(fields, values, strict=True)})
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(made, fields[0].name, 1)


@pytest.mark.parametrize("cls", _RECORDS)
def test_a_record_behaves_as_the_frozen_slotted_dataclass_it_stands_for(cls: type) -> None:
    # The engine's findings are made by model._record, not by dataclass(frozen=True,
    # slots=True) (whose code, generated per class, cost 15% of a one-subject run): the same
    # class made by dataclass is the reference for every method the record shares.
    fields = dataclasses.fields(cls)
    ref = dataclasses.make_dataclass(
        cls.__name__,
        [(f.name, f.type, dataclasses.field(default=f.default)) for f in fields],
        frozen=True,
        slots=True,
    )
    ref.__qualname__ = cls.__qualname__
    values = [("a", 1), 2.5, None, frozenset({"x"})] * 8  # (more than Report's 24 fields)
    ours, theirs = cls(*values[: len(fields)]), ref(*values[: len(fields)])
    other = [values[i + 1] if i == len(fields) - 1 else v for i, v in enumerate(values)]
    assert repr(ours) == repr(theirs)
    assert hash(ours) == hash(theirs)
    assert ours == cls(*values[: len(fields)]) and ours != cls(*other[: len(fields)])
    assert ours != theirs and (ours == 1) is False and ours.__eq__(1) is NotImplemented
    assert cls.__slots__ == ref.__slots__ and cls.__match_args__ == ref.__match_args__
    assert not hasattr(ours, "__dict__")
    assert pickle.loads(pickle.dumps(ours)) == ours and copy.deepcopy(ours) == ours
    assert ours.__getstate__() == theirs.__getstate__()
    assert dataclasses.replace(ours) == ours and dataclasses.asdict(ours) == dataclasses.asdict(
        theirs
    )
    name = fields[-1].name
    for change in (lambda o: setattr(o, name, 0), lambda o: delattr(o, name)):
        with pytest.raises(dataclasses.FrozenInstanceError) as ours_err:
            change(ours)
        with pytest.raises(dataclasses.FrozenInstanceError) as ref_err:
            change(theirs)
        assert str(ours_err.value) == str(ref_err.value)
