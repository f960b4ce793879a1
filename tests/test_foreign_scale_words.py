"""A scale word of another language after a figure ("470 Milhões de Dólares", "200 millones de
dólares") is refused, never read as the noun counted: it was stored as a count of 470
"milhões de dólares", a million times too small and its currency dropped, and a sum of such
parts was refused as "count" beside dollars (the Cyclone Idai story's Beira pledges)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.quantities import parse_figure

WORDS = [
    "milhão", "milhões", "bilhões", "millón", "millones", "billones", "milliard", "milliards",
    "milioni", "miliardi", "Millionen", "Milliarden", "miljoen", "miljard", "miliony", "mld",
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("470 Milhões de Dólares", "milhões"),
        ("200 millones de dólares", "millones"),
        ("470 milhões", "milhões"),
        ("2 milliards de dollars", "milliards"),
        ("3 miliardi di euro", "miliardi"),
        ("5 Millionen Euro", "millionen"),
        ("12 miljoen euro", "miljoen"),
        # read as ever: English scale words, and "mln" (read as million)
        ("470 million dollars", None),
        ("12 mln euro", None),
        ("1.2 billion euros", None),
    ],
)
def test_a_foreign_scale_word_is_refused(text: str, refused: str | None) -> None:
    if refused is None:
        assert parse_figure(text).dimension.startswith("currency:")
        return
    with pytest.raises(ValueError) as info:
        parse_figure(text)
    assert f'"{refused}" is a scale word of another language' in str(info.value)


@given(st.integers(min_value=1, max_value=999_999), st.sampled_from(WORDS), st.booleans())
def test_a_foreign_scale_word_is_never_a_count(n: int, word: str, currency: bool) -> None:
    text = f"{n} {word}" + (" de dólares" if currency else "")
    with pytest.raises(ValueError, match="scale word"):
        parse_figure(text)


def test_add_refuses_it_and_names_the_way_out(ct) -> None:
    result = ct(
        "add", "idai", "--claimant", "O Pais", "--quote", "Banco Mundial – 470 Milhões de Dólares",
        "--figure", "470 Milhões de Dólares", "--measure", "pledge-world-bank", "--new",
    )  # fmt: skip
    assert result.exit_code != 0
    said = " ".join(result.output.split())
    assert '"milhões" is a scale word of another language' in said
    assert "Traceback" not in result.output
    ok = ct(
        "add", "idai", "--claimant", "O Pais", "--quote", "Banco Mundial – 470 Milhões de Dólares",
        "--figure", "$470 million", "--paraphrase", "--measure", "pledge-world-bank", "--new",
    )  # fmt: skip
    assert ok.exit_code == 0, ok.output


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        # a currency's plural or its name in another language was read as the noun counted,
        # the currency dropped: "12 million meticais" (Club of Mozambique, the Beira
        # conference's cost) was a count of 12,000,000 "meticais"
        ("12 million meticais", "meticais"),
        ("500 dólares", "dólares"),
        ("5 million rands", "rands"),
        ("5 million złotych", "złotych"),
        ("3 million quetzales", "quetzales"),
        ("40 million yuanes", "yuanes"),
        # read as ever: the English names
        ("12 million metical", None),
        ("5 million zloty", None),
        ("3 million quetzals", None),
        ("5 million rand", None),
    ],
)
def test_a_currency_name_not_read_is_refused_not_counted(text: str, refused: str | None) -> None:
    if refused is None:
        assert parse_figure(text).dimension.startswith("currency:")
        return
    with pytest.raises(ValueError) as info:
        parse_figure(text)
    assert f'"{refused}" is a currency name claimtrack does not read' in str(info.value)
