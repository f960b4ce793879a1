"""perf32: the hedges the engine asks of the store for figures said with "about" and read
wider than one value's tolerance (time30's one-tolerance rule) are asked in one query per
subject (``ActiveFacts.hedges_of``), not one query per figure; the answers, and so every
finding, are the same."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimtrack.conflicts import ActiveFacts, Fact, SumRelation, analyse
from claimtrack.quantities import parse_figure, stated_ends
from claimtrack.store import Store

# (claim id, claimant, figure, measure): ranges, "about" ranges, plain values, of two measures
# and a sum, so that some wide figures are asked about and others are not
_FIGURES = [
    ("a", "Police", "about 40 to 50", "deaths"),
    ("b", "Medics", "58", "deaths"),
    ("c", "Agency", "between 36 and 55", "deaths"),
    ("d", "Mayor", "some 200 to 300", "deaths"),
    ("e", "Army", "about 4 to 5", "deaths-north"),
    ("f", "Army", "30 to 60", "deaths-south"),
    ("g", "Agency", "95", "total"),
    ("h", "Red Cross", "about 40", "deaths"),
    ("i", "Witness", "dozens", "deaths"),
]
_SUMS = [SumRelation("total", ("deaths-north", "deaths-south"))]


def _facts(
    chosen: list[str], log: list[tuple[str, object]], batch: bool
) -> tuple[ActiveFacts, dict[str, str | None]]:
    facts: list[Fact] = []
    hedges: dict[str, str | None] = {}
    ends: dict[str, tuple[float, float] | None] = {}
    for id_, who, text, measure in _FIGURES:
        if id_ not in chosen:
            continue
        f = parse_figure(text)
        facts.append(
            Fact(
                id_, who, "figure", measure, f.base_low, f.base_high, None, None, "2024-05-01",
                "active", None, f.dimension, f.rounding,
            )
        )  # fmt: skip
        hedges[id_] = f.hedge
        ends[id_] = None if f.base_high is None else stated_ends(text, f.base_low or 0, f.base_high)

    def one(ident: str) -> str | None:
        log.append(("one", ident))
        return hedges.get(ident)

    def many(idents: list[str]) -> dict[str, str | None]:
        log.append(("many", tuple(idents)))
        return {i: hedges[i] for i in idents if i in hedges}

    return ActiveFacts(facts, one, ends_of=ends.get, hedges_of=many if batch else None), hedges


def _asked(log: list[tuple[str, object]]) -> set[str]:
    out: set[str] = set()
    for how, what in log:
        out |= {what} if how == "one" else set(what)  # type: ignore[arg-type]
    return out


@pytest.mark.parametrize(
    "chosen",
    [
        list("ab"),
        list("abc"),
        list("abcdhi"),
        list("acd"),
        list("efg"),
        list("abcdefghi"),
        list("ah"),
    ],
)
def test_one_query_asks_what_the_queries_one_by_one_asked(chosen: list[str]) -> None:
    alone: list[tuple[str, object]] = []
    batched: list[tuple[str, object]] = []
    facts, _ = _facts(chosen, alone, batch=False)
    before = analyse(facts, sums=_SUMS)
    facts, _ = _facts(chosen, batched, batch=True)
    after = analyse(facts, sums=_SUMS)
    assert after == before
    # the same claims asked, and the ones of the one-tolerance rule in one query at most
    assert _asked(batched) == _asked(alone)
    assert sum(how == "many" for how, _ in batched) <= 1
    assert sum(how == "one" for how, _ in batched) <= sum(how == "one" for how, _ in alone)


def test_four_wide_figures_are_asked_in_one_query() -> None:
    log: list[tuple[str, object]] = []
    facts, _ = _facts(list("abcdi"), log, batch=True)
    analyse(facts)
    assert [how for how, _ in log].count("many") == 1
    assert not [what for how, what in log if how == "one" and what in {"a", "c", "d"}]


def test_the_store_answers_many_as_it_answers_one(ct, empty_db: Path) -> None:  # type: ignore[no-untyped-def]
    for claimant, figure in [
        ("Police", "about 40 to 50"),
        ("Medics", "58"),
        ("Agency", "between 36 and 55"),
        ("Mayor", "more than 30"),
    ]:
        result = ct(
            "add", "blast", "--claimant", claimant, "--quote", f"There were {figure} deaths.",
            "--figure", figure, "--measure", "deaths", "--said-on", "2024-05-01", "--new",
        )  # fmt: skip
        assert result.exit_code == 0, result.output
    rows = json.loads(ct("list", "blast", "--json").stdout)
    ids = [r["id"] for r in rows]
    store = Store.open(empty_db)
    try:
        many = store.hedges_of([*ids, "no-such-claim"])
        assert many == {i: store.hedge_of(i) for i in ids}
        assert set(many.values()) >= {"around", None}
        assert store.hedges_of([]) == {}
    finally:
        store.close()
