"""A bare amount where the page shows money: one rule, one message, read by ``extract`` (the
card shows the figure refused) and by the review (the same words typed at the figure prompt
are refused with the same reason).

Session 44 left two guards for this one fault: extract46 refused a scaled amount with no
unit and no noun in a passage that writes money ("40 million of the 90 million"), and
review27 asked "Store it as a count?" of a bare number restating money the page gave before
("the 90 million" after "$90 million"), or a part of such an amount. Each saw cases the other
did not: the card refused "40 million" after "$90 million" where the question was never
asked when it was typed, and a bare "500" restating "$500" was proposed on the card as a
count. Now both ask ``money_shown``."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimtrack.quantities import Figure

# (the passage before the quote is what `add` does not see: its check of a figure's words in
# the quote cannot give this reason, as it cannot give the page's cut, ``CUT_WHY``)
BARE_MONEY_WHY = (
    "a bare amount (no unit, no noun) where the passage tells money ({money!r}): read alone it"
    " is a count of nothing; log it with its currency if it is money, or with what it counts"
)

_SCALED = re.compile(r"\d(?:[\d,.]*\d)?\s*(?:million|billion|trillion|bn|mn|m)\Z", re.IGNORECASE)
# a passage that writes money: a sign and its amount, a code, a currency named
_MONEY_WORDS = re.compile(
    r"[$€£¥₹]\s?\d(?:[\d,.]*\d)?(?:\s?(?:bn|mn|m|k|million|billion|trillion)\b)?"
    r"|\b(?:USD|EUR|GBP|dollars|euros|yuan|rupees|naira|shillings|francs)\b"
    r"|\b(?:USD|EUR|GBP)\d(?:[\d,.]*\d)?(?:\s?(?:bn|mn|m|million|billion)\b)?"  # glued: "GBP46.50"
    r"|\d(?:[\d,.]*\d)?\s*(?:million|billion|bn|m)?\s+(?:dollars|euros|pounds|yuan|rupees)\b"
)
_SCALE = r"(?:\s?(?:bn|mn|m|k|million|billion|trillion)\b)?"
# an amount of money as the page writes it, read again by the parser to compare amounts:
# "$90 million", "NZ$150m", "€2bn", "GBP46.50", "EUR 2bn", "90 million dollars"
_MONEY_AMOUNT = re.compile(
    r"(?:\b[A-Z]{1,3})?[$€£¥₹]\s?\d(?:[\d,.]*\d)?" + _SCALE
    + r"|\b(?:USD|EUR|GBP|[A-Z]{2}D)\s?\d(?:[\d,.]*\d)?" + _SCALE
    + r"|\d(?:[\d,.]*\d)?\s*(?:million|billion|bn|m)?\s+(?:dollars|euros|yuan|rupees)\b"
)  # fmt: skip
# the whole a part is of: "40 million of the 90 million", "out of a total of $90 million"
_OF_THE = re.compile(r"\s+(?:out\s+)?of\s+(?:the|a\s+total\s+of|a|its|their)?\s*", re.I)
_WHOLE = re.compile(r"(?:(?:\b[A-Z]{1,3})?[$€£¥₹]\s?)?\d(?:[\d,.]*\d)?" + _SCALE)
# below this, a bare number the same as an amount of money the page gave is as likely a count
# that happens to be equal ("The fare rose to $5. Five were hurt."): not read as restating it
_SMALL = 100
# a participle and the noun it describes after the amount ("1.3 million affected people"):
# a count of that noun, no bare amount
_NOUN_AFTER = re.compile(
    r"\s+[a-z]+(?:ed|ing)\s+(?!(?:by|to|in|on|at|for|of|from|and|or|the|a|an|with|as)\b)[a-z]{3,}"
)


def bare_money_why(money: str) -> str:
    """The reason a bare amount is refused, naming the money that shows it: the card's words
    and the figure prompt's."""
    return BARE_MONEY_WHY.format(money=money)


def money_shown(
    reading: str,
    start: int,
    end: int,
    figure: Figure,
    window: int,
    sentence_money: str | None = None,
) -> str | None:
    """The money, as the page writes it, that shows the figure ``figure`` read at
    ``reading[start:end]`` to be an amount of money with its currency left out; None when
    nothing does, or when it is no bare amount (a unit, a noun, a currency of its own).

    It is bare money when, read alone, it is a count of nothing (no unit, no noun after it,
    not "1.3 million affected people") and
    - the page gave the same amount as money before it ("the 90 million" after "$90
      million", in any paragraph; scaled, or 100 or more: "Five were hurt" after "$5" is a
      count), or it is a part of a whole ("40 million of the 90
      million", "of the $90 million") that is money or restates money given before; or
    - it is scaled ("40 million") and its passage writes money: the paragraph up to 600
      characters before its sentence (which starts at ``window``), or its own sentence
      (``sentence_money``: the first amount of money read in it, as ``extract`` reads it).

    ``reading`` is the page's reading copy: what is before the sentence counts."""
    if figure.dimension != "count" or figure.unit is not None:
        return None
    if _NOUN_AFTER.match(reading, end):
        return None
    from claimtrack.quantities import FigureError, parse_figure

    amounts = {(figure.low, figure.high)}
    after = _OF_THE.match(reading, end)
    whole = _WHOLE.match(reading, after.end()) if after is not None else None
    if whole is not None:  # the whole it is a part of: money itself, or a bare amount
        try:
            read = parse_figure(whole.group())
        except FigureError:
            read = None
        if read is not None and read.dimension.startswith("currency:"):
            return whole.group()
        if read is not None and read.dimension == "count" and read.unit is None:
            amounts.add((read.low, read.high))
    scaled = _SCALED.search(reading[start:end]) is not None
    if not scaled and (figure.high is None or figure.high < _SMALL):
        amounts.discard((figure.low, figure.high))  # "Five were hurt" after "$5": a count
    for m in _MONEY_AMOUNT.finditer(reading, 0, start):  # the same amount, as money before
        try:
            read = parse_figure(m.group())
        except FigureError:
            continue
        if read.dimension.startswith("currency:") and (read.low, read.high) in amounts:
            return m.group()
    if not scaled:
        return None
    para = reading.rfind("\n\n", 0, window) + 1
    said = _MONEY_WORDS.search(reading, max(para, window - 600), start)
    return said.group() if said is not None else sentence_money
