"""jsontext.dumps writes exactly what json.dumps(ensure_ascii=False, indent=2) writes."""

import json
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.jsontext import dumps


def reference(data):
    return json.dumps(data, ensure_ascii=False, indent=2)


@pytest.mark.parametrize(
    "data",
    [
        {},
        [],
        {"a": []},
        {"a": {}},
        [[], {}, [[]]],
        "plain",
        'quote " backslash \\ newline \n tab \t nul \x00 del \x7f é 日本 \u2028',
        0,
        -1,
        10**30,
        1.5,
        -0.0,
        1e-300,
        1e300,
        math.inf,
        -math.inf,
        math.nan,
        True,
        False,
        None,
        (1, "a", None),
        {"ids": ["a", "b", "c"], "gaps": [1.6, 1.1, 2], "nested": [{"x": [True, None]}]},
        ["only", "strings", "é"],
        {"k": ("tuple", "of", "strings")},
    ],
)
def test_same_text_as_json_dumps(data):
    assert dumps(data) == reference(data)


class Text(str):
    pass


class Number(int):
    pass


@pytest.mark.parametrize(
    "data",
    [
        {1: "int key"},
        {None: 1, "a": 2},
        [Text("a str subclass")],
        {"n": Number(3)},
        {"b": [True, 1, Text("x")]},
    ],
)
def test_values_it_does_not_handle_fall_back_to_json_dumps(data):
    assert dumps(data) == reference(data)


def test_what_json_cannot_write_still_fails_as_json_does():
    with pytest.raises(TypeError):
        dumps({"a": {1, 2}})


scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text()
)
documents = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=5)
        | st.tuples(inner, inner)
        | st.dictionaries(st.text(max_size=8), inner, max_size=5)
    ),
    max_leaves=40,
)


@given(documents)
def test_any_json_document(data):
    assert dumps(data) == reference(data)
