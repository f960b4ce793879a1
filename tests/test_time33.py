"""Judgement over time (time33): the Galwan Valley clash of June 2020, logged from 20 pages of
several outlets as a new user would (``tests/fixtures/galwan-2020.jsonl``): each side's dead
claimed by each side and by others over eight months, a count of casualties (dead and
seriously injured) beside the counts of the dead, and a toll given with its parts."""

from __future__ import annotations

import json
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"


def test_the_galwan_clash_as_a_fact_checker_reads_it(ct) -> None:  # type: ignore[no-untyped-def]
    assert ct("import", str(FIXTURES / "galwan-2020.jsonl")).exit_code == 0
    result = ct("conflicts", "galwan-clash", "--json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    found = [
        (c["measure"], c["severity"], [p["claims"] for p in c["positions"]])
        for c in doc["conflicts"]
    ]
    assert found == [
        # China's 4 (February 2021) and the Global Times' "less than 20" stand below what
        # US intelligence, TASS and a paper said before them: later and lower, disputed
        ("chinese-soldiers-killed", 1.8, [["cmc-4", "gt-20", "pla-4"],
                                          ["fpj-43", "mc-35", "tass-cn", "us-35"]]),
        # casualties (dead and seriously injured) are set against casualties alone
        ("chinese-casualties", 1.2, [["pti-35"], ["ani-43", "etn-43", "ht-43"]]),
        # the Indian Army's 3 and 20 of one day: its own update, order not known
        ("indian-soldiers-killed", 6.3, [["ia-3"], ["tel-13"], ["ani-20", "ia-20"]]),
    ]  # fmt: skip
    killed, casualties, indian = doc["conflicts"]
    assert [p["grade"] for p in killed["positions"]] == ["party-only", "single-source"]
    assert casualties["positions"][0]["grade"] == "party-only"
    assert indian["times_ordered"] is False
    assert indian["updates"] == [{"claimant": "Indian Army", "claims": ["ia-20", "ia-3"]}]
    assert doc["summary"]["reversals"] == 0 and doc["summary"]["revisions"] == 0
    # the PLA's 3 killed in combat and 1 drowned make the Commission's 4
    (check,) = doc["checks"]
    assert (check["total"], check["low"], check["high"], check["gap"]) == (
        "chinese-soldiers-killed",
        4,
        4,
        None,
    )
