"""The claim record: validation, normalisation and derived fields (table-driven)."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from claimtrack.models import (
    Claim,
    apply_edit,
    check_date,
    format_validation_error,
    is_future,
)
from claimtrack.slugs import normalise_slug

from conftest import figure, stance


@pytest.mark.parametrize(
    ("raw", "slug"),
    [
        ("raqqa-convoy", "raqqa-convoy"),
        ("Raqqa Convoy", "raqqa-convoy"),
        ("  Raqqa   Convoy  ", "raqqa-convoy"),
        ("Raqqa_Convoy!!", "raqqa-convoy"),
        ("Ayn Issa / talks", "ayn-issa-talks"),
        ("Café Raqqa", "cafe-raqqa"),
        ("a--b", "a-b"),
        ("2017", "2017"),
    ],
)
def test_slugs_are_normalised(raw: str, slug: str) -> None:
    assert normalise_slug(raw) == slug


@pytest.mark.parametrize("raw", ["", "   ", "!!!", "---", "ракка", "الرقة"])
def test_unusable_slugs_are_refused(raw: str) -> None:
    with pytest.raises(ValueError, match="not a usable slug"):
        normalise_slug(raw)


@pytest.mark.parametrize("date", ["2017", "2017-10", "2017-10-14", "2016-02-29"])
def test_dates_accepted(date: str) -> None:
    assert check_date(date) == date


@pytest.mark.parametrize(
    ("date", "message"),
    [
        ("2017-02-30", "not a real date"),
        ("2017-13", "not a real date"),
        ("2017-00-10", "not a real date"),
        ("14/10/2017", "all-number dates are refused"),
        ("Octobre 2017", "not a month"),
        ("", "not a date"),
    ],
)
def test_bad_dates_refused(date: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        check_date(date)


def test_future_dates_detected() -> None:
    import datetime as dt

    today = dt.date(2026, 11, 21)
    assert is_future("2027", today)
    assert is_future("2026-12", today)
    assert is_future("2026-11-22", today)
    assert not is_future("2026-11-21", today)
    assert not is_future("2026-11", today)
    assert not is_future(None, today)


def test_figure_derives_interval_unit_hedge_and_id() -> None:
    c = Claim.model_validate(figure(value="a few dozen fighters"))
    assert (c.low, c.high, c.unit, c.hedge) == (24, 60, "fighters", "a few dozen")
    assert c.id.startswith("raqqa-convoy-") and len(c.id) == len("raqqa-convoy-") + 10
    # the id is derived from content: the same record gets the same id
    assert Claim.model_validate(figure(value="a few dozen fighters")).id == c.id
    assert Claim.model_validate(figure(value="some 250")).id != c.id


def test_explicit_bounds_win_and_null_high_is_unbounded() -> None:
    c = Claim.model_validate(figure(value="a significant number", low=100, high=None))
    assert (c.low, c.high, c.hedge) == (100, None, None)
    c = Claim.model_validate(figure(value="a few dozen", low=30, high=40))
    assert (c.low, c.high, c.unit, c.hedge) == (30, 40, None, "a few dozen")


def test_record_round_trips_through_the_model() -> None:
    c = Claim.model_validate(figure(value="some 250 fighters", said_on="2017-10-14"))
    again = Claim.model_validate(c.record())
    assert again.record() == c.record()
    assert again.content_hash() == c.content_hash()


def test_stance_record_has_no_figure_fields() -> None:
    c = Claim.model_validate(stance())
    rec = c.record()
    assert "low" not in rec and "high" not in rec and "measure" not in rec
    assert rec["stance"] == "denies"


@pytest.mark.parametrize(
    ("record", "problem"),
    [
        ({**figure(), "colour": "red"}, "colour: unknown field"),
        ({k: v for k, v in figure().items() if k != "quote"}, "quote: required field is missing"),
        ({k: v for k, v in figure().items() if k != "measure"}, "measure: required for a figure"),
        ({k: v for k, v in figure().items() if k != "value"}, "value: required for a figure"),
        (figure(value="many"), "value: no figure"),
        (figure(low=10, high=5), "low: 10 is greater than high 5"),
        (figure(high=5), "low: required when high is given"),
        (figure(low="ten"), "low: "),
        (figure(quote=""), "quote: must not be empty"),
        (figure(quote=12), "quote: must be text (in quotes), got the number 12"),
        (figure(kind="opinion"), "kind: must be 'figure' or 'stance'"),
        (figure(subject="!!!"), "subject: '!!!' is not a usable slug"),
        (figure(said_on="2017-02-30"), "said_on: '2017-02-30' is not a real date"),
        (figure(id="has space"), "id: 'has space' is not a usable id"),
        (figure(proposition="x"), "proposition: not allowed on a figure"),
        (stance(stance="maybe"), "stance: must be 'affirms', 'denies' or 'uncertain'"),
        ({k: v for k, v in stance().items() if k != "stance"}, "stance: required for a stance"),
        (stance(measure="fighters"), "measure: not allowed on a stance"),
        (stance(as_of="2017"), "as_of: not allowed on a stance"),
        (figure(low=float("nan")), "low: "),
        # a name holds a letter or a digit: the review shows no speaker as "-"
        (figure(claimant="-"), "claimant: '-' is not a name"),
        (stance(speaker="?"), "speaker: '?' is not a name"),
        (stance(speaker="--"), "speaker: '--' is not a name"),
    ],
)
def test_invalid_records_give_field_problems(record: dict, problem: str) -> None:
    with pytest.raises(ValidationError) as info:
        Claim.model_validate(record)
    messages = format_validation_error(info.value)
    assert any(m.startswith(problem) for m in messages), messages


_ID_RULE = "1-128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit"


@pytest.mark.parametrize(
    ("fields", "problems"),
    [
        # every bad field named at once, in the order of the checks, whatever the line's order
        (
            {"source": "has space", "subject": "!!!", "claimant": "-", "said_on": "2017-02-30"},
            [
                "claimant: '-' is not a name: give a name with a letter or a digit",
                "subject: '!!!' is not a usable slug: use letters, digits and hyphens, "
                "e.g. raqqa-convoy",
                "said_on: '2017-02-30' is not a real date",
                f"source: 'has space' is not a usable id: {_ID_RULE}",
            ],
        ),
        # a bad field after good ones that are normalised (slug, date): only it is named
        (
            {"measure": "Fighters Evacuated", "as_of": "May 5, 2022", "relays": "no way"},
            [f"relays: 'no way' is not a usable id: {_ID_RULE}"],
        ),
    ],
)
def test_every_bad_field_is_named_in_order(fields: dict, problems: list[str]) -> None:
    with pytest.raises(ValidationError) as info:
        Claim.model_validate(figure(**fields))
    assert format_validation_error(info.value) == ["; ".join(problems)]


def test_good_fields_are_normalised_together() -> None:
    c = Claim.model_validate(
        figure(measure="Fighters Evacuated", as_of="May 5, 2022", subject="Raqqa Deal")
    )
    assert (c.measure, c.as_of, c.subject) == ("fighters-evacuated", "2022-05-05", "raqqa-deal")


def test_lone_surrogates_are_refused_before_they_reach_sqlite() -> None:
    from claimtrack.errors import InputError
    from claimtrack.models import validate_claim

    with pytest.raises(InputError, match="quote: contains an invalid character"):
        validate_claim(figure(quote="bad \ud800 surrogate"))


def test_edit_rereads_value_and_clears_with_empty_string() -> None:
    record = Claim.model_validate(figure(value="a few dozen", note="n")).record()
    edited = apply_edit(record, {"value": "some 250", "note": ""})
    assert (edited.low, edited.high, edited.hedge, edited.note) == (225, 275, "around", None)
    assert edited.id == record["id"] and edited.added_at == record.get("added_at")


@pytest.mark.parametrize(
    ("kind", "field"),
    [("stance", f) for f in ("speaker", "outlet", "url", "note", "relays", "source")]
    + [("figure", f) for f in ("speaker", "outlet", "url", "note")],
)
@pytest.mark.parametrize("empty", ["", "   "])
def test_an_empty_optional_text_is_absent(kind: str, field: str, empty: str) -> None:
    base = figure() if kind == "figure" else stance()
    claim = Claim.model_validate_json(json.dumps({**base, field: empty}))
    assert getattr(claim, field) is None
    assert claim == Claim.model_validate_json(json.dumps(base))


@pytest.mark.parametrize(
    ("field", "text", "problem"),
    [
        ("claimant", "X\x00Y", "claimant: a control character U+0000 at character 2"),
        ("outlet", "The\x1bPost", "outlet: a control character U+001B at character 4"),
        ("speaker", "A\tB", "speaker: a control character U+0009 at character 2"),
        ("url", "https://e.org/\x7f", "url: a control character U+007F at character 15"),
        ("subject", "a\nb", "subject: a control character U+000A at character 2"),
        ("quote", "a few dozen\x00", "quote: a control character U+0000 at character 12"),
        ("note", "n\x0cm", "note: a control character U+000C at character 2"),
        ("note", "two\x0bparts", "note: a control character U+000B at character 4"),
    ],
)
def test_control_characters_are_refused_naming_the_field(
    field: str, text: str, problem: str
) -> None:
    with pytest.raises(ValidationError) as e:
        Claim.model_validate(figure(**{field: text}))
    assert any(problem in line for line in format_validation_error(e.value))


@pytest.mark.parametrize("text", ["a\tfew dozen", "a few\ndozen", "a few\r\ndozen", "é—“few”"])
def test_tabs_and_line_breaks_stay_allowed_in_quote_and_note(text: str) -> None:
    claim = Claim.model_validate(figure(quote=text, note=text))
    assert (claim.quote, claim.note) == (text, text)
