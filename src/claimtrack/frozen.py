"""``record``: a frozen, slotted dataclass made without generating code for each class.

``@dataclass(frozen=True, slots=True)`` writes the text of six methods for each class and
compiles each when the module loads: for the conflict engine's ten finding classes
(``conflicts.model``) that was 56 M instructions, 15% of a one-subject ``conflicts`` run.
A record is the same class (the same fields, ``__init__`` signature and defaults, equality,
hash, repr, pickling, ``dataclasses.fields``/``replace``/``asdict``, and
``FrozenInstanceError`` on assignment: tests/test_engine_golden.py holds each finding class
to the dataclass it stands for), with the methods below shared by all of them; only
``__init__`` is generated, as the one place where the signature matters.

Not compiled with the engine: a function compiled by mypyc does not bind as a method, and
takes no attribute (``dataclass_transform`` sets one).
"""

from __future__ import annotations

from dataclasses import MISSING, FrozenInstanceError, dataclass, fields
from operator import attrgetter
from typing import Any, TypeVar, dataclass_transform

_T = TypeVar("_T")


def __repr__(self: Any) -> str:
    return (
        self.__class__.__qualname__
        + "("
        + ", ".join(
            [f"{n}={v!r}" for n, v in zip(self.__names__, self.__values__(self), strict=True)]
        )
        + ")"
    )


def __eq__(self: Any, other: object) -> Any:
    if other.__class__ is self.__class__:
        return self.__values__(self) == other.__values__(other)  # type: ignore[attr-defined]
    return NotImplemented


def __hash__(self: Any) -> int:
    return hash(self.__values__(self))


def __setattr__(self: Any, name: str, value: object) -> None:
    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def __delattr__(self: Any, name: str) -> None:
    raise FrozenInstanceError(f"cannot delete field {name!r}")


def __getstate__(self: Any) -> list[Any]:
    return list(self.__values__(self))


def __setstate__(self: Any, state: list[Any]) -> None:
    for name, value in zip(self.__names__, state, strict=False):
        object.__setattr__(self, name, value)


_SHARED = {
    "__repr__": __repr__,
    "__eq__": __eq__,
    "__hash__": __hash__,
    "__setattr__": __setattr__,
    "__delattr__": __delattr__,
    "__getstate__": __getstate__,
    "__setstate__": __setstate__,
}


@dataclass_transform(frozen_default=True)
def record(cls: type[_T]) -> type[_T]:
    """``cls`` made a frozen, slotted dataclass (of two fields or more, each a plain field
    with or without a default). Its ``__init__`` stores each field through its slot's
    descriptor, bound once: the frozen dataclass's calls ``object.__setattr__`` per field,
    which binds a method on every call (twice the cost; the engine makes hundreds of
    thousands of these objects for ``conflicts --all``)."""
    cls = dataclass(init=False, repr=False, eq=False, slots=True)(cls)
    names, params, namespace = [], [], dict[str, Any]()
    for f in fields(cls):  # type: ignore[arg-type]
        if f.default_factory is not MISSING or not f.init:
            raise TypeError(f"{cls.__name__}.{f.name}: only plain fields")
        namespace[f"set_{f.name}"] = getattr(cls, f.name).__set__
        if f.default is MISSING:
            params.append(f.name)
        else:
            params.append(f"{f.name}=default_{f.name}")
            namespace[f"default_{f.name}"] = f.default
        names.append(f.name)
    if len(names) < 2:  # (__values__ gives a tuple from two names up)
        raise TypeError(f"{cls.__name__}: a record holds two fields or more")
    body = "\n".join(f"    set_{n}(self, {n})" for n in names)
    exec(f"def __init__(self, {', '.join(params)}):\n{body}", namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    kind: Any = cls
    kind.__init__ = init
    kind.__names__ = tuple(names)
    kind.__values__ = attrgetter(*names)  # the values as a tuple, in field order
    for name, method in _SHARED.items():
        setattr(kind, name, method)
    return cls
