"""``json.dumps(data, ensure_ascii=False, indent=2)``, byte for byte, about three times faster.

Python's C encoder does not indent (before 3.14); with ``indent`` every value goes through the
pure-Python encoder, which made the JSON text of a big conflict report cost more than finding
the conflicts. This writes the same text from plain data (dict, list, tuple, str, int, float,
bool, None), encoding strings with the C string encoder and whole lists of scalars in one join.
Anything else (subclasses, non-string keys, other types) falls back to ``json.dumps`` itself, so
the output is always exactly what ``json.dumps`` writes (tests/test_jsontext.py checks that).
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring
from typing import Any

_INF = float("inf")
_STR = {str}
_SCALARS = frozenset((str, int, float, bool, type(None)))


class _Fallback(Exception):
    """A value this encoder does not handle exactly: let json.dumps write the whole document."""


def dumps(data: Any) -> str:
    """The text of ``json.dumps(data, ensure_ascii=False, indent=2)``."""
    out: list[str] = []
    try:
        _value(data, out, "\n")
    except _Fallback:
        return json.dumps(data, ensure_ascii=False, indent=2)
    return "".join(out)


def _float(x: float) -> str:
    if x != x:
        return "NaN"
    if x == _INF:
        return "Infinity"
    if x == -_INF:
        return "-Infinity"
    return float.__repr__(x)


def _scalar(x: Any) -> str:
    t = type(x)
    if t is str:
        return encode_basestring(x)
    if t is int:
        return int.__repr__(x)
    if t is float:
        return _float(x)
    if x is None:
        return "null"
    if x is True:
        return "true"
    if x is False:
        return "false"
    raise _Fallback


def _value(x: Any, out: list[str], nl: str) -> None:
    t = type(x)
    if t is dict:
        if not x:
            out.append("{}")
            return
        inner, comma, sep, closed, _, _ = _LEVELS.get(nl) or _level(nl)
        keys = _KEYS
        for k, v in x.items():
            key = keys.get(k) if type(k) is str else None
            if key is None:
                key = _key(k)
            tv = type(v)
            if tv is str:
                out.append(sep + key + encode_basestring(v))
            elif tv is dict or tv is list or tv is tuple:
                out.append(sep + key)
                _value(v, out, inner)
            elif tv is int:
                out.append(sep + key + int.__repr__(v))
            elif v is None:
                out.append(sep + key + "null")
            else:
                out.append(sep + key + _scalar(v))
            sep = comma
        out.append(closed)
    elif t is list or t is tuple:
        if not x:
            out.append("[]")
            return
        inner, comma, _, _, opened, closed = _LEVELS.get(nl) or _level(nl)
        out.append(opened)
        kinds = set(map(type, x))
        if kinds == _STR:
            out.append(comma.join(map(encode_basestring, x)))
        elif kinds <= _SCALARS:
            out.append(comma.join(map(_scalar, x)))
        else:
            sep = ""
            for v in x:
                tv = type(v)
                if tv is dict or tv is list or tv is tuple:
                    out.append(sep)
                    _value(v, out, inner)
                else:
                    out.append(sep + _scalar(v))
                sep = comma
        out.append(closed)
    else:
        out.append(_scalar(x))


# per indentation of a container (its line break and spaces): its items' indentation, the
# separator between them, and a dict's and a list's opening and closing
_LEVELS: dict[str, tuple[str, str, str, str, str, str]] = {}


def _level(nl: str) -> tuple[str, str, str, str, str, str]:
    inner = nl + "  "
    level = _LEVELS[nl] = (inner, "," + inner, "{" + inner, nl + "}", "[" + inner, nl + "]")
    return level


# the text of a key and its separator ('"key": '), by key: a document's keys are few
_KEYS: dict[str, str] = {}


def _key(k: Any) -> str:
    if type(k) is not str:
        raise _Fallback
    if len(_KEYS) >= 1 << 12:
        _KEYS.clear()
    text = _KEYS[k] = encode_basestring(k) + ": "
    return text
