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
