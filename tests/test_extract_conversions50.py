"""A figure with its conversion, a range across two units, directions and glued units
(extract50, issue 25). The figure is the one the sentence gives first, in its currency or
unit; the same amount in brackets in another currency or unit is a conversion (the outlet's,
or the source's own: the words do not say), a note on the figure, never a second card, and
never the figure in place of one the parser refuses ("Sh31bn (£240m)"). A range whose two
ends name two units or currencies ("5p-£1", "90p to £1.20") is refused whole, shown refused,
never read as two exact figures nor dropped. Each rule with near misses that ARE figures.
Sentences of our own."""

from __future__ import annotations

import pytest

from claimtrack.extract import extract
from claimtrack.extract.figurespans import read_figures
from claimtrack.quantities import parse_figure
from test_extract_figurespans31 import _read


@pytest.mark.parametrize(
    ("text", "read", "refused"),
    [
        # another currency in brackets: one figure, the first
        ("The grant was £2m ($2.6m), the council said.", [("£2m", 2000000, 2000000)], []),
        ("The fee was 900 million euros ($1 billion).", [("900 million euros", 9e8, 9e8)], []),
        ("They paid KSh 1.3 billion (£10m) for him.", [("KSh 1.3 billion", 1.3e9, 1.3e9)], []),
        ("They paid KSh1.3bn (£10m) for him.", [("KSh1.3bn", 1.3e9, 1.3e9)], []),
        # ... a first amount the parser refuses stays refused, its conversion is no figure
        ("A fee thought to be Sh31bn (£240m) was agreed.", [], ["Sh31bn"]),
        # ... a rate's amount in another unit in brackets is a restatement too
        (
            "The well leaked 5,000 barrels a day (795 cubic metres).",
            [("5,000 barrels a day", 5000, 5000)],
            [],
        ),
        # near misses: a figure in brackets of another kind, or after a comma, is its own
        ("The fine was £2m (20% of profit).", [("£2m", 2e6, 2e6), ("20% of profit", 20, 20)], []),
        (
            "Nearly a quarter (23 per cent) of families agreed.",
            [("Nearly a quarter", 22.5, 25), ("23 per cent", 23, 23)],
            [],
        ),
        ("It paid £2m, and $3m more later.", [("£2m", 2e6, 2e6), ("$3m", 3e6, 3e6)], []),
        (
            "40 people (12 children) were moved.",
            [("40 people", 40, 40), ("12 children", 12, 12)],
            [],
        ),
        # a range across two currencies or units: refused whole
        ("Bags were sold at 5p-£1 each.", [], ["5p-£1"]),
        ("Tickets cost 90p to £1.20 each.", [], ["90p to £1.20"]),
        ("Bags cost between 90p and £1.20 each.", [], ["between 90p and £1.20"]),
        ("The plume reached 500 metres to 2 km from the well.", [], ["500 metres to 2 km"]),
        # near misses: one unit for both ends, a change and its level, two figures with "and"
        ("Fares are £2-£3.", [("£2-£3", 2, 3)], []),
        ("The leak was 3 to 5 km long.", [("3 to 5 km long", 3, 5)], []),
        ("Shares rose from 90p to £1.20.", [("90p", 90, 90), ("£1.20", 1.2, 1.2)], []),
        ("Shares fell 20p to £1.20.", [("20p", 20, 20), ("£1.20", 1.2, 1.2)], []),
        ("Profits rose 5% to £1.2bn.", [("5%", 5, 5), ("£1.2bn", 1.2e9, 1.2e9)], []),
        (
            "It paid 90p and £1.20 on two days.",
            [("90p", 90, 90), ("£1.20", 1.2, 1.2), ("two days", 2, 2)],
            [],
        ),
        # a direction after a distance is no word of its unit
        ("The leak was 5 miles north of the town.", [("5 miles", 5, 5)], []),
        ("It was found 3 km offshore.", [("3 km", 3, 3)], []),
        ("The pipe runs 12 miles south-east of Kestrel.", [("12 miles", 12, 12)], []),
        ("The pipe runs 40 miles northward.", [("40 miles", 40, 40)], []),
        # imperial units glued to their number, which the parser reads
        ("Oil pooled 500ft below the deck.", [("500ft", 500, 500)], []),
        ("The slick spread 3mi along the shore.", [("3mi", 3, 3)], []),
        ("Crews pumped out about 20bbl of crude.", [("about 20bbl", 18, 22)], []),
        # a temperature, glued or with its degree sign: refused, never a count nor dropped;
        # its other scale in brackets is no card of its own
        ("Temperatures reached 40C (104F) on Monday.", [], ["40C"]),
        ("Temperatures reached 40°C on Monday.", [], ["40°C"]),
        ("It hit 40.5 °F, and 300 people were treated.", [("300 people", 300, 300)], ["40.5 °F"]),
        # near misses: a name and a model number stay no figure
        ("The 5G network and 3D printers cost £2m.", [("£2m", 2e6, 2e6)], []),
        ("The A380 carried 500 people.", [("500 people", 500, 500)], []),
        ("The Kestrel 3mix valve failed.", [], []),
    ],
)
def test_conversions_and_mixed_ranges(
    text: str, read: list[tuple[str, float, float]], refused: list[str]
) -> None:
    got_read, got_refused = _read(text)
    assert [(t, pytest.approx(lo), pytest.approx(hi)) for t, lo, hi in read] == got_read
    assert got_refused == refused


def test_the_conversion_is_a_note_and_the_refusal_names_it() -> None:
    text = "The grant was £2m ($2.6m)."
    figs, _ = read_figures(text, 0, len(text))
    assert figs[0].note is not None and "'$2.6m' in brackets" in figs[0].note
    text = "A fee of Sh31bn (£240m) was agreed."
    _, refused = read_figures(text, 0, len(text))
    assert "'£240m' in brackets after 'Sh31bn'" in refused[0].reason


def test_a_bare_shilling_says_which_letters_would_be_read() -> None:
    text = "A fee of Sh31bn was agreed."
    _, refused = read_figures(text, 0, len(text))
    assert "KSh, TSh, USh" in refused[0].reason


def test_a_mixed_range_is_refused_on_its_card_with_the_parsers_reason() -> None:
    text = "The council said bags would cost 90p to £1.20 each.\n"
    _, cands = extract(text)
    [card] = [c for c in cands if c.refused]
    assert (card.refused[0].text, card.figures) == ("90p to £1.20", ())
    with pytest.raises(ValueError) as e:
        parse_figure("90p to £1.20")
    assert str(e.value) in card.refused[0].reason or "unit" in card.refused[0].reason


def test_one_card_for_a_figure_and_its_conversion() -> None:
    text = "The club said it had paid £2m ($2.6m) for the striker.\n"
    _, cands = extract(text)
    assert [[f.figure.text for f in c.figures] for c in cands] == [["£2m"]]


@pytest.mark.parametrize(
    ("text", "code"), [("KSh 5", "KES"), ("TSh 5 million", "TZS"), ("USh 40bn", "UGX")]
)
def test_east_african_shillings_are_read_by_add_too(text: str, code: str) -> None:
    assert parse_figure(text).dimension == f"currency:{code}"


def test_a_bare_sh_is_not_read() -> None:
    with pytest.raises(ValueError):
        parse_figure("Sh 5 million")
