"""The import's fast paths give the answers of the exact checks they pass lines by.

The reader's one scan of a line for control characters (``jsonl.no_control``): a line it
passes skips the claim model's field-by-field check, so it must never pass a line one of whose
strings holds a control character, and the reader must refuse exactly what the model's own
check refuses (same line, same words). The quote checks' cheaper tests (``guards``): the same
places and the same broken groupings as the patterns they stand for."""

from __future__ import annotations

import io
import json
import re
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.guards import _whole_places, broken_problem
from claimtrack.jsonl import _problems, no_control, read_claims
from claimtrack.models import NO_CONTROL, Claim

CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('{"quote": "plain words"}', True),
        ('{"quote": "a \\"quoted\\" word \\/ and \\\\ a backslash"}', True),
        ('{"quote": "caf\\u00e9 \\u2019 \\u0020"}', True),  # escapes of printable characters
        ('{"quote": "a\u00a0no-break space and a soft\u00adhyphen"}', True),  # not isprintable
        ('{"quote": "line\\nbreak"}', False),
        ('{"quote": "tab\\there"}', False),
        ('{"quote": "\\b \\f \\r"}', False),
        ('{"quote": "nul \\u0000"}', False),
        ('{"quote": "esc \\u001B"}', False),
        ('{"quote": "del \\u007f"}', False),
        ('{"quote": "del \\u007F"}', False),
        ('{"quote": "raw del \x7f"}', False),
        # raw U+0000-U+001F: JSON's own refusal in a string (below), in no string between tokens
        ('{"quote": "raw tab \t"}', True),
        ('{"quote": "raw nul \x00 and a C1 control \x85"}', True),
        ('{"quote":\t"a tab between the tokens"}', True),
        ('{"quote": "a C1 control \x85, a line separator \u2028, \U0001f600"}', True),
        ('{"quote": "a lone surrogate \ud800"}', True),  # its UTF-8 has no byte below 0x80
        ('{"quote": "an escaped backslash before n: \\\\n"}', False),  # maybe: never wrong
    ],
)
def test_no_control_reads_raw_characters_and_escapes(line: str, expected: bool) -> None:
    assert no_control(line) is expected


@pytest.mark.parametrize("code", [*range(0x20)])
@pytest.mark.parametrize("context", [None, {NO_CONTROL: True}])
def test_a_raw_control_character_in_a_string_is_the_json_parsers_refusal(
    code: int, context: dict[str, bool] | None
) -> None:
    """What lets ``no_control`` pass a raw U+0000-U+001F: the model's JSON parser refuses the
    line itself, with or without the model's own check."""
    from pydantic import ValidationError

    line = json.dumps({"subject": "s", "claimant": "A", "quote": "q"})
    line = line.replace('"q"', f'"q{chr(code)}q"')
    with pytest.raises(ValidationError) as e:
        Claim.__pydantic_validator__.validate_json(line, context=context)
    assert _problems(e.value)[0].startswith("invalid JSON: control character"), _problems(e.value)


# Text that may hold control characters raw or escaped, characters ``isprintable`` refuses
# that are not control characters, backslashes and letters that follow one in an escape.
TEXT = st.text(
    alphabet=st.sampled_from(
        [*'antu01fF7 "\\/é’', *"\x00\x07\t\n\r\x1b\x1f\x7f\u00a0\u00ad\u2028"]
    ),
    max_size=12,
)


@given(values=st.lists(TEXT, min_size=1, max_size=4), ascii_only=st.booleans())
def test_a_line_with_a_control_character_in_any_string_is_never_passed(
    values: list[str], ascii_only: bool
) -> None:
    line = json.dumps({f"k{i}": v for i, v in enumerate(values)}, ensure_ascii=ascii_only)
    if any(CONTROL.search(v) for v in json.loads(line).values()):
        assert not no_control(line)


def _exact(text: str) -> tuple[Any, str | None]:
    """What the reader gives for one claim line with the model's own check of every field
    (no context: ``no_control`` not asked)."""
    from pydantic import ValidationError

    try:
        return Claim.model_validate_json(text), None
    except ValidationError as e:
        return None, "; ".join(_problems(e))


FIELDS = ("claimant", "speaker", "outlet", "quote", "note", "subject", "hedge", "url", "id")


@given(
    picks=st.lists(st.tuples(st.sampled_from(FIELDS), TEXT), min_size=1, max_size=3),
    figure=st.booleans(),
    ascii_only=st.booleans(),
)
def test_the_reader_refuses_what_the_model_refuses_with_the_same_words(
    picks: list[tuple[str, str]], figure: bool, ascii_only: bool
) -> None:
    base: dict[str, Any] = {"subject": "s", "claimant": "Agency", "quote": "about 900 died"}
    if figure:
        base |= {"kind": "figure", "measure": "deaths", "value": "about 900"}
    else:
        base |= {"kind": "stance", "proposition": "p", "stance": "affirms"}
    for field, text in picks:
        base[field] = f"x{text}x"  # (never empty: an empty field is another refusal)
    text = json.dumps(base, ensure_ascii=ascii_only)
    [(number, raw, claim, problem)] = list(read_claims("x.jsonl", io.BytesIO(text.encode())))
    assert (number, raw) == (1, text)
    assert (claim, problem) == _exact(text)


@pytest.mark.parametrize(
    ("quote", "places"),
    [
        ("12 people", [(0, 2)]),
        ("12.5 people", []),  # a decimal part: not the figure 12
        ("12,5 people and 12, 7", [(16, 18)]),
        ("12,\u0665 people", []),  # an Arabic-Indic digit is a decimal digit (\\d)
        ("12.\u00b2 x", [(0, 2)]),  # a superscript two is a digit, not a decimal one
        ("12. Then", [(0, 2)]),
        ("12.", [(0, 2)]),
        ("x12 12_ 12", [(8, 10)]),
    ],
)
def test_a_figure_stands_whole_unless_a_decimal_part_follows(
    quote: str, places: list[tuple[int, int]]
) -> None:
    assert _whole_places("12", quote) == places


@pytest.mark.parametrize(
    ("value", "quote", "found"),
    [
        ("5,574", "5,574, 761 votes were cast", "5,574, 761"),
        ("$281", "a deal of $281, 7 million", "$281, 7 million"),
        ("761", "votes: 5,574,\t761 in all", "5,574,\t761"),
        ("900", "about 900 died", None),
        ("900", "about 900 died, officials said", None),
    ],
)
def test_a_broken_grouping_is_found_past_the_one_scan(
    value: str, quote: str, found: str | None
) -> None:
    problem = broken_problem(value, quote)
    assert (problem is None) if found is None else (f"{found!r}" in (problem or ""))


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (" a day", True),
        ("  Per head", True),
        (" PEOPLE", False),
        (" people a day", False),  # its first word only
        (" years", False),  # a whole word: "year" is not "years"
        (" year-long", True),  # a hyphen ends the word
        (" year1", False),  # a digit does not
        (" year_", False),
        ("\u00a0hourly,", True),  # any whitespace first
        (" \u017furge", True),  # a long s, which the pattern folds to an s
        (" daily\u00e9", False),  # a letter beyond ASCII goes on with the word
        ("", False),
        (", a day", False),
    ],
)
def test_the_word_after_a_figure_is_looked_up_as_its_pattern_reads_it(
    after: str, expected: bool
) -> None:
    """``guards._meaning_next`` (asked of every figure of an import) answers as
    ``_MEANING_NEXT.match``, which it reads only past a letter beyond ASCII."""
    from claimtrack.guards import _MEANING_NEXT, _meaning_next

    assert _meaning_next(after) is expected
    assert (_MEANING_NEXT.match(after) is not None) is expected


@given(st.text(alphabet=" \u00a0\x1caAdDyYsS\u017f\u212a_1.-\u00e9", max_size=8))
def test_the_word_after_a_figure_agrees_with_its_pattern(after: str) -> None:
    from claimtrack.guards import _MEANING_NEXT, _MEANING_WORDS, _meaning_next

    for text in (after, f" {_MEANING_WORDS[len(after) % len(_MEANING_WORDS)]}{after}"):
        assert _meaning_next(text) is (_MEANING_NEXT.match(text) is not None)
