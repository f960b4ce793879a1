"""What `conflicts --all` and the import pay for the pages imports register (issue 28, perf35):
each half of the --all fan-out reads only its own subjects' sources, the agency pages are
found from the sources' side, a position none of whose claims is on an agency's page is graded
as in a subject with no such page, and an imported page's id is derived once."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from claimtrack.evidence import NO_ORIGINS, Origins, WireCopy, support
from claimtrack.sources import page_source, validate_source


def _import(tmp_path: Path, ct: Callable[..., Any], lines: list[dict[str, Any]]) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    result = ct("import", str(path))
    assert result.exit_code == 0, result.output


def _line(cid: str, subject: str, claimant: str, value: str, outlet: str) -> dict[str, Any]:
    return {"id": cid, "subject": subject, "kind": "figure", "measure": "deaths",
            "claimant": claimant, "value": value, "quote": f"{value} died",
            "url": f"https://{outlet.lower()}.example/{cid}", "outlet": outlet}  # fmt: skip


def test_each_half_reads_only_its_own_subjects_sources(
    tmp_path: Path, ct: Callable[..., Any]
) -> None:
    """The fan-out's halves (``facts_by_subject(start=..)`` and ``(stop=..)``) each fold in
    the sources of their own subjects' claims, read with the half's bounds, and get the same
    sources as one pass over every subject."""
    _import(tmp_path, ct, [
        _line("a1", "alpha", "Police", "4", "Paper"), _line("a2", "alpha", "Mayor", "9", "Post"),
        _line("z1", "zulu", "Police", "40", "Paper"), _line("z2", "zulu", "Army", "90", "Post"),
    ])  # fmt: skip
    from claimtrack.store import Store

    store = Store.open(tmp_path / "empty.db")
    try:
        whole = {f.id: f.source for _, facts in store.facts_by_subject() for f in facts}
        assert len(whole) == 4 and all(whole.values())
        seen: list[str] = []
        store.conn.set_trace_callback(seen.append)
        first = {f.id: f.source for _, fs in store.facts_by_subject(stop="m") for f in fs}
        second = {f.id: f.source for _, fs in store.facts_by_subject(start="m") for f in fs}
        store.conn.set_trace_callback(None)
    finally:
        store.close()
    assert first == {k: v for k, v in whole.items() if k[0] == "a"}
    assert second == {k: v for k, v in whole.items() if k[0] == "z"}
    reads = [q for q in seen if "SELECT id, source" in q]
    assert len(reads) == 2
    assert "subject < 'm'" in reads[0] and "subject >= 'm'" in reads[1], reads


def test_every_subjects_origins_are_each_subjects_own(
    tmp_path: Path, ct: Callable[..., Any]
) -> None:
    """``Store.origins()`` (every subject: the sources read first, each one's claims by
    idx_claims_source) gives each subject what ``origins(subject)`` gives it: the claims on an
    agency's page, their copies and claimants, and the agency's own claims."""
    _import(tmp_path, ct, [
        _line("a1", "alpha", "Police", "4", "Reuters"), _line("a2", "alpha", "Mayor", "9", "Post"),
        _line("a3", "alpha", "Reuters", "5", "Post"), _line("b1", "bravo", "Army", "40", "AP"),
        _line("c1", "charlie", "Army", "7", "Post"),
    ])  # fmt: skip
    from claimtrack.store import Store

    store = Store.open(tmp_path / "empty.db")
    try:
        every = store.origins()
        assert sorted(every) == ["alpha", "bravo"]
        for subject in ("alpha", "bravo", "charlie"):
            assert every.get(subject) == store.origins(subject).get(subject), subject
        assert dict(every["alpha"].wires) == {"a1": "Reuters", "a3": "Reuters"}
        seen: list[str] = []
        store.conn.set_trace_callback(seen.append)
        store.origins()
        store.conn.set_trace_callback(None)
    finally:
        store.close()
    assert any("FROM sources s CROSS JOIN claims c" in q for q in seen), seen


_WIRED_ELSEWHERE = Origins(
    wires={"w1": "Reuters", "w2": "AP"},
    claimants={"w1": "Paper", "w2": "Post"},
    copies={"w1": WireCopy("2024-01-02", False, "deaths=4..4"), "w2": WireCopy("", True, "")},
)


@pytest.mark.parametrize(
    "claimants",
    [
        ("Police", "Paper"),
        ("Police",),
        ("Police", "Police spokesman"),
        ("Residents", "Police", "Witnesses"),
        ("Initial reports", "Mayor"),
        ("Ministry of Health", "Health Ministry", "Army"),
        ("Israeli military", "Israel Defense Forces", "Hamas"),
    ],
)
@pytest.mark.parametrize("distinct", [True, False])
@pytest.mark.parametrize("parties", [frozenset(), frozenset({"police"})])
def test_a_position_with_no_claim_on_an_agency_page_is_graded_as_with_none(
    claimants: tuple[str, ...], distinct: bool, parties: frozenset[str]
) -> None:
    """Only a group's own claims on an agency's page join by a wire: a subject with such a
    page elsewhere grades a position with none as a subject with no page at all would (it
    took the full join of every position before)."""
    ids = [f"c{k}" for k in range(len(claimants))]
    wired = Origins(parties, _WIRED_ELSEWHERE.wires, _WIRED_ELSEWHERE.claimants,
                    copies=_WIRED_ELSEWHERE.copies)  # fmt: skip
    plain = Origins(parties) if parties else NO_ORIGINS
    assert support(ids, claimants, wired, distinct=distinct) == support(
        ids, claimants, plain, distinct=distinct
    )


def test_a_position_with_a_claim_on_an_agency_page_still_joins_by_it() -> None:
    """(the other side) Two papers carrying one Reuters story of one day are one origin."""
    origins = Origins(
        wires={"c0": "Reuters", "c1": "Reuters"},
        claimants={"c0": "Paper", "c1": "Post"},
        copies={"c0": WireCopy("2024-01-02", False, ""), "c1": WireCopy("2024-01-02", False, "")},
    )
    found = support(["c0", "c1"], ("Paper", "Post"), origins, distinct=True)
    assert (found.origins, found.grade) == (1, "single-source") and found.joins


@pytest.mark.parametrize(
    ("url", "outlet", "reported_on"),
    [
        ("https://paper.example/a", "Paper", None),
        ("  https://paper.example/b  ", " The Post ", "2024-03-01"),
        ("http://x.example/é?q=1", "Été", "2024-03"),
    ],
)
def test_an_imported_pages_record_is_the_one_validate_source_derives(
    url: str, outlet: str, reported_on: str | None
) -> None:
    """``page_source`` hands validate_source the id it derived from the address (no second
    hash): the record is the one derived from the fields alone."""
    found = page_source(url, outlet, reported_on, lambda _sid: False)
    assert found is not None and found[1] is not None
    derived = validate_source({"url": url, "outlet": outlet, "reported_on": reported_on})
    assert found == (derived["id"], derived)
    assert list(found[1]) == list(derived)
