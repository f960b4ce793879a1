"""frozen.record refuses what it cannot make as dataclass(frozen=True, slots=True) would (the
finding classes it makes are held to their dataclasses in test_engine_golden.py)."""

from __future__ import annotations

import dataclasses

import pytest

from claimtrack.frozen import record


class _OneField:
    a: int


class _Factory:
    a: int
    b: list[int] = dataclasses.field(default_factory=list)


class _NotInit:
    a: int
    b: int = dataclasses.field(default=0, init=False)


@pytest.mark.parametrize(
    ("cls", "message"),
    [
        (_OneField, "_OneField: a record holds two fields or more"),
        (_Factory, "_Factory.b: only plain fields"),
        (_NotInit, "_NotInit.b: only plain fields"),
    ],
)
def test_a_record_refuses_what_it_cannot_make(cls: type, message: str) -> None:
    with pytest.raises(TypeError) as err:
        record(cls)
    assert str(err.value) == message


def test_a_record_with_defaults_is_made_as_declared() -> None:
    @record
    class Pair:
        a: int
        b: str = "x"

    assert repr(Pair(1)).endswith(".<locals>.Pair(a=1, b='x')")
    assert Pair(1) == Pair(a=1, b="x") and hash(Pair(1)) == hash((1, "x"))
    with pytest.raises(TypeError):
        Pair()  # type: ignore[call-arg]
