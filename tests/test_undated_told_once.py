"""time22: the figures with no as_of that disagree among themselves are told once. When a
single dispute of one date holds every claim of theirs, it tells them, and their own finding
is taken back (docs/conflicts.md, rule 2). The Sewol ferry's rescued read as two disputes of
one disagreement: the ministry's 368 against the 164 of others with no as_of, then again as
of 16 April with a paper's 174 of that night."""

from __future__ import annotations

import pytest

from claimtrack.conflicts import Fact, FigureConflict, analyse


def _fig(id_: str, value: float, who: str, said: str | None, as_of: str | None = None) -> Fact:
    # (not "rescued": since time30 a rescue count reads as a running count by its word)
    return Fact(id_, who, "figure", "survivors", value, value, None, as_of, said)


# (figures, the disputes found: (as_of, the claims in them))
CASES = [
    pytest.param(
        [
            _fig("a", 164, "Coast guard", "2014-04-16"),
            _fig("b", 368, "Ministry", "2014-04-16"),
            _fig("c", 174, "Herald", "2014-04-16", "2014-04-16"),
            _fig("d", 179, "Agency", "2014-04-17", "2014-04-17T22:00"),
        ],
        [("2014-04-16", ["a", "b", "c"])],
        id="one-dated-dispute-holds-the-undated-one",
    ),
    pytest.param(
        [
            _fig("a", 100, "Coast guard", None),
            _fig("b", 300, "Ministry", None),
            _fig("c", 105, "Herald", None, "2020-01"),
            _fig("d", 290, "Agency", None, "2021-01"),
        ],
        [(None, ["a", "b"]), ("2020-01", ["a", "b", "c"]), ("2021-01", ["a", "b", "d"])],
        id="two-dated-disputes-keep-the-undated-one",
    ),
    pytest.param(
        [
            _fig("a", 100, "Coast guard", "2019-01-01"),
            _fig("b", 300, "Ministry", "2021-01-01"),
            _fig("c", 110, "Herald", None, "2020-06"),
        ],
        [(None, ["a", "b"]), ("2020-06", ["b", "c"])],
        id="a-figure-stated-before-the-date-is-not-in-it",
    ),
    pytest.param(
        [
            _fig("a", 100, "Coast guard", "2020-01-01"),
            _fig("b", 300, "Ministry", "2020-01-01"),
            _fig("c", 120, "Herald", None, "2020-01"),
        ],
        [("2020-01", ["a", "b", "c"])],
        id="one-date-one-group-as-before",
    ),
]


@pytest.mark.parametrize(("facts", "disputes"), CASES)
def test_the_undated_figures_disagreement_is_told_once(
    facts: list[Fact], disputes: list[tuple[str | None, list[str]]]
) -> None:
    found = [
        (c.as_of, sorted(i for p in c.positions for i in p.claims))
        for c in analyse(facts).conflicts
        if isinstance(c, FigureConflict)
    ]
    assert sorted(found, key=lambda f: (f[0] or "", f[1])) == disputes
