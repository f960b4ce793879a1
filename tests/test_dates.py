"""dates.py: dates as people write them, read when they name one day; all-number dates
other than ISO refused with their readings (issue #24)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.dates import MONTHS, read_date
from claimtrack.models import check_date

FULL = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("May 5, 2022", "2022-05-05"),
        ("5 May 2022", "2022-05-05"),
        ("Aug. 4, 2020", "2020-08-04"),
        ("Sept 4 2020", "2020-09-04"),
        ("Sept. 4, 2020", "2020-09-04"),
        ("4th of August 2020", "2020-08-04"),
        ("the 4th of August, 2020", "2020-08-04"),
        ("August 4th, 2020", "2020-08-04"),
        ("AUGUST 4, 2020", "2020-08-04"),
        ("Thursday, May 5, 2022", "2022-05-05"),
        ("Thu. 5 May 2022", "2022-05-05"),
        ("August 2020", "2020-08"),
        ("Aug. 2020", "2020-08"),
        ("2022-05-05", "2022-05-05"),
        ("2022/05/05", "2022-05-05"),
        ("2022.5.5", "2022-05-05"),
        ("2022-5-5", "2022-05-05"),
        ("  May  5,  2022 ", "2022-05-05"),
        ("Feb 29, 2024", "2024-02-29"),
    ],
)
def test_written_dates_are_read(text: str, iso: str) -> None:
    assert check_date(text) == iso


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "05/08/2020",
            "ambiguous: day first it is 2020-08-05, month first 2020-05-08",
        ),
        ("5.8.2020", "day first it is 2020-08-05, month first 2020-05-08"),
        ("05-08-2020", "day first it is 2020-08-05, month first 2020-05-08"),
        ("13/08/2020", "all-number dates are refused .*can only be 2020-08-13"),
        ("08/13/2020", "all-number dates are refused .*can only be 2020-08-13"),
        ("05/05/2020", "can only be 2020-05-05"),
        ("05/08/20", "write the year in full"),
        ("May 5, 22", "write the year in full"),
        ("May 5", "has no year"),
        ("5th of May", "has no year"),
        ("Feb 30, 2022", "not a real date"),
        ("Feb 29, 2023", "not a real date"),
        ("32/13/2020", "not a real date"),
        ("Friday, May 5, 2022", "2022-05-05 was a Thursday"),
        ("Mayo 5, 2022", "'mayo' is not a month"),
        ("yesterday", "not a date"),
        ("2022-05-05T10:00:00Z", "not a date"),
    ],
)
def test_other_dates_are_refused_with_the_reason(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        check_date(text)


dates = st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31))


@given(dates, st.sampled_from(["full", "short", "short."]), st.booleans(), st.booleans())
def test_every_written_form_reads_back_the_same_day(
    d: dt.date, style: str, day_first: bool, comma: bool
) -> None:
    month = FULL[d.month - 1] if style == "full" else SHORT[d.month - 1]
    if style == "short.":
        month += "."
    if day_first:
        text = f"{d.day} {month} {d.year}"
    else:
        text = f"{month} {d.day}{',' if comma else ''} {d.year}"
    assert check_date(text) == d.isoformat()
    weekday = d.strftime("%A")
    assert check_date(f"{weekday}, {text}") == d.isoformat()


@given(dates)
def test_iso_dates_are_kept_as_written(d: dt.date) -> None:
    assert check_date(d.isoformat()) == d.isoformat()


@given(dates, st.sampled_from("/.-"), st.booleans())
def test_all_number_dates_are_refused_naming_every_reading(d: dt.date, sep: str, pad: bool) -> None:
    a, b = (f"{d.day:02d}", f"{d.month:02d}") if pad else (str(d.day), str(d.month))
    text = f"{a}{sep}{b}{sep}{d.year}"
    with pytest.raises(ValueError) as err:
        check_date(text)
    message = str(err.value)
    assert d.isoformat() in message  # the day-first reading
    if d.day <= 12:  # a month-first reading exists: it is named too
        assert f"{d.year}-{d.day:02d}-{d.month:02d}" in message


@given(st.text(max_size=30))
def test_any_text_is_read_or_refused_with_a_value_error(text: str) -> None:
    try:
        iso = read_date(text)
    except ValueError as e:
        assert str(e)
    else:
        assert check_date(iso) == iso  # whatever is read is a real ISO date


def test_every_month_name_and_abbreviation_is_known() -> None:
    for n, (full, short) in enumerate(zip(FULL, SHORT, strict=True), 1):
        assert MONTHS[full.lower()] == MONTHS[short.lower()] == n
    assert MONTHS["sept"] == 9
