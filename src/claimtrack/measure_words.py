"""What the words of a measure's name say about its figures: a rate, a rate of change.

One table for the engine and the guards, which read the same names for two questions:

* ``rate_measure`` (the engine, docs/conflicts.md rule 6): are the measure's shares rates
  ("inflation", "interest-rate", "gdp-growth", "rent-increase") rather than proportions of
  one whole? A proportion is judged on its smaller side; a rate, with the measures named a
  rate ("unemployment-rate": ``stated_rate``), by the precision its figures were stated to,
  never by a ratio (rule 6, "Rates"). The guards ask the same before warning that a share
  may be a rate ("inflation of 7%" on a measure not named as a rate).
* ``change_rate_measure`` (the guards, rule 1 "A rate's own words"): is the measure a rate of
  change of something else, so that "prices rose by 10.1%" is its level? Inflation is the
  change of prices (of an index of them: cpi, rpi), growth the change of an economy or a
  wage, a "-change" measure the change itself. Not interest, yields or returns: "rates rose
  by 0.25%" changes the rate itself.

Every rate of change is a rate, so the first table holds the second. Pure and stdlib-only,
imported by both sides without importing the other (the engine and the import's checks are
compiled into two libraries).
"""

from __future__ import annotations

from typing import Final

# The words of a measure's name that make it a rate of change of something else.
CHANGE_RATE_WORDS: Final = frozenset(
    [
        *("inflation", "deflation", "growth", "cpi", "cpih", "rpi", "hicp", "pce"),
        *("change", "changes", "increase", "increases", "decrease", "decreases", "rise"),
        *("rises", "fall", "falls", "drop", "drops", "gain", "gains"),
        *("appreciation", "depreciation"),
    ]
)
# The words that make a measure's shares rates: every rate of change, and the rates that are
# levels of their own (interest, yields, returns; a rate's "hike").
RATE_WORDS: Final = CHANGE_RATE_WORDS | frozenset(
    ["interest", "yield", "yields", "return", "returns", "hike", "hikes"]
)
# The words that name a proportion of one whole whatever else the name says
# ("share-of-interest-groups", "migration-share-of-population-growth"); not "share" of a
# company's stock ("share-price-growth").
PROPORTION_WORDS: Final = frozenset(["share", "shares", "proportion", "fraction"])


# The words that name a measure a rate of one period, whatever it is a rate of.
RATE_NAMES: Final = frozenset(["rate", "rates"])

# The words that make a measure's shares survey estimates (docs/conflicts.md rule 6, "Survey
# estimates"): what a poll asks ("approval", "support", "favourability", "voting intention"),
# or the poll itself. Each figure is one sample's estimate with its own margin of error, not a
# period's one published value: never judged by its stated precision, even when the measure
# is named a rate ("approval-rate").
SURVEY_WORDS: Final = frozenset(
    [
        *("approval", "approvals", "disapproval", "approve", "disapprove", "poll", "polls"),
        *("polling", "survey", "surveys", "favourability", "favorability", "favourable"),
        *("favorable", "unfavourable", "unfavorable", "popularity", "support", "intention"),
        "intentions",
    ]
)


def name_words(measure: str) -> list[str]:
    """The words of a measure's name: "CPI_Inflation" -> ["cpi", "inflation"]."""
    return measure.lower().replace("_", "-").split("-")


def rate_measure(measure: str) -> bool:
    """Whether a measure's name says its shares are rates ("inflation", "gdp-growth") or
    changes ("gdp-change"), and does not name a proportion of one whole ("share-of-interest-
    groups": a share named with a rate's word)."""
    words = name_words(measure)
    if RATE_WORDS.isdisjoint(words):
        return False
    for i, w in enumerate(words):
        if w in PROPORTION_WORDS and words[i + 1 : i + 2] not in (["price"], ["prices"]):
            return False
    return True


def stated_rate(measure: str) -> bool:
    """Whether a measure's shares are a rate of one period, whose figures are judged by the
    precision they were stated to, not by a ratio (docs/conflicts.md rule 6, "Rates"): every
    ``rate_measure`` ("cpi-inflation", "gdp-growth", "interest-rate"), and a measure named a
    rate ("unemployment-rate", "poverty-rate", "jobless-rate"), a proportion of one whole that
    a statistics office publishes once for a period. Not a survey estimate's measure
    ("approval-rate", ``survey_measure``), unless its name says it is a rate of change."""
    if rate_measure(measure):
        return True
    words = name_words(measure)
    return not RATE_NAMES.isdisjoint(words) and SURVEY_WORDS.isdisjoint(words)


def survey_measure(measure: str) -> bool:
    """Whether a measure's name says its shares are survey estimates ("trump-approval-rating",
    "approval-rate", "support-for-independence", "labour-voting-intention"): a poll's figure,
    with its own sample and margin, judged by the materiality ratio on the figures as stated,
    never by their stated precision (docs/conflicts.md rule 6, "Survey estimates")."""
    return not SURVEY_WORDS.isdisjoint(name_words(measure))


def change_rate_measure(measure: str) -> bool:
    """Whether a measure's name says it is a rate of change of something else
    ("cpi-inflation", "wage-growth", "rent-increase"; not "interest-rate")."""
    return not CHANGE_RATE_WORDS.isdisjoint(name_words(measure))


def over_whole(measure: str | None, change: str | None = None) -> bool:
    """Whether a claim's percentages may be above 100%: its measure's name says it holds
    rates (``rate_measure``: "annual-inflation" at 211.4%, "gdp-growth", "interest-rate" of a
    payday loan), or the figure is logged as a change (``change``: "up" or "down", "cases rose
    300%"). A proportion of one whole ("turnout", "unemployment-rate", "vote-share") is at most
    the whole: the parser refuses "150%" there (docs/figures.md, "Shares")."""
    return change is not None or (measure is not None and rate_measure(measure))


# The words of a measure's name that name the period its rates are of ("monthly-inflation",
# "inflation-yoy", "quarterly-gdp-growth"), as ``quantities.rates`` names periods.
PERIOD_WORDS: Final = {
    **dict.fromkeys(("daily", "day"), "day"),
    **dict.fromkeys(("weekly", "week", "wow"), "week"),
    **dict.fromkeys(("monthly", "month", "mom"), "month"),
    **dict.fromkeys(("quarterly", "quarter", "qoq"), "quarter"),
    **dict.fromkeys(("annual", "yearly", "year", "yoy", "annually", "pa"), "year"),
}


def measure_period(measure: str | None) -> str | None:
    """The one period a measure's name says its rates are of ("monthly-inflation" -> "month",
    "inflation-yoy" and "12-month-inflation" -> "year", "gdp-growth-qoq" -> "quarter"), or
    None: no period, or two ("monthly-annualised-growth" names none it can be read by), or a
    number of months that is no period ("3-month-inflation" is a quarter's, "6-month" none
    of the periods read)."""
    words = name_words(measure or "")
    found: set[str] = set()
    for i, w in enumerate(words):
        if w in ("month", "months") and i > 0 and words[i - 1].isdigit():
            months = {"1": "month", "3": "quarter", "12": "year"}.get(words[i - 1])
            if months is None:
                return None
            found.add(months)
        elif w in PERIOD_WORDS:
            found.add(PERIOD_WORDS[w])
        elif w.startswith("annuali"):  # an annualised rate of a shorter period: no one period
            return None
    return found.pop() if len(found) == 1 else None
