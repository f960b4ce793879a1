"""One agency's copies: one story, or reports of different days (evidence16). Two papers'
copies of one AP story are one origin; two AP stories nine days apart were called "one AP
story" too (the Pylos shipwreck, session 42). A story is one agency's copies of one day, or
of one story the user named (an update of it on a later day included); the people that two
stories of different days quote are not joined by them; the agency's own word (its claimant
the agency, or the outlet printing the copy) and a copy of no known day may restate any of
its reports, and join them, said as one agency reporting again. Pure rule tables in our own
words, and one CLI round on invented quotes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from claimtrack.evidence import Origins, WireCopy, support

D1, D2 = "2023-06-15", "2023-06-23"
TOLL = "deaths=79.0..79.0"


def _copy(day: str = D1, own: bool = False, figure: str = TOLL) -> WireCopy:
    return WireCopy(day, own, figure)


# (claimant, wire, copy) of each claim of one position -> origins, the wire's words (None: no
# join said)
ROWS: list[tuple[list[tuple[str, str, WireCopy]], int, str | None]] = [
    # two papers print one AP story of one day: one origin
    ([("Paper A", "AP", _copy(own=True)), ("Paper B", "AP", _copy(own=True))], 1,
     "Paper A and Paper B carry one AP story"),
    # the same papers, the agency's own word nine days apart: one agency reporting again
    ([("Paper A", "AP", _copy(own=True)), ("Paper B", "AP", _copy(D2, own=True))], 1,
     "Paper A and Paper B carry AP reports of 2023-06-15 and 2023-06-23: one agency reporting "
     "again, not independent of each other (counted once)"),
    # two people one AP story quotes, one day: one origin (the copies may mix them)
    ([("Charity", "AP", _copy()), ("Minister", "AP", _copy())], 1,
     "Charity and Minister carry one AP story"),
    # ... quoted in AP stories nine days apart: two stories, two origins (before: "one AP story")
    ([("Charity", "AP", _copy()), ("Minister", "AP", _copy(D2))], 2,
     "Charity and Minister are quoted in AP reports of 2023-06-15 and 2023-06-23: different "
     "stories, not one copy"),
    # ... and the agency's own word on a third day may restate either: one origin
    ([("Charity", "AP", _copy()), ("Minister", "AP", _copy(D2)),
      ("Associated Press", "AP", _copy("2023-06-24", own=True))], 1,
     "Associated Press, Charity and Minister carry AP reports of 2023-06-15, 2023-06-23 and "
     "2023-06-24: one agency reporting again, not independent of each other (counted once)"),
    # a copy of no known day may be either story: one origin, said so
    ([("Charity", "AP", _copy()), ("Minister", "AP", _copy(""))], 1,
     "Charity and Minister carry AP reports of 2023-06-15 and a day not given: one agency "
     "reporting again, not independent of each other (counted once)"),
    ([("Charity", "AP", _copy("")), ("Minister", "AP", _copy(""))], 1,
     "Charity and Minister carry AP copies of no known day (one story or several): one "
     "agency's reporting, counted once"),
    # a story the user named is one story whatever its days (an update of it)
    ([("Charity", "AP: toll", _copy()), ("Minister", "AP: toll", _copy(D2))], 1,
     "Charity and Minister carry one AP: toll story"),
    # one day, two figures of one measure: an update or two stories, not "one story"
    ([("Charity", "AP", _copy()), ("Minister", "AP", _copy(figure="deaths=81.0..81.0"))], 1,
     "Charity and Minister carry AP reports of 2023-06-15 that give different figures (an "
     "update, or two stories of one day): one agency's, counted once"),
    # near miss: "at least 79" and "79" are one figure as two copies print it
    ([("Charity", "AP", _copy(figure="deaths=79.0..")), ("Minister", "AP", _copy())], 1,
     "Charity and Minister carry one AP story"),
    # near miss: two agencies on one day are two stories
    ([("Charity", "AP", _copy()), ("Minister", "Reuters", _copy())], 2, None),
    # near miss: one person quoted in both stories is one claimant anyway, and nothing is said
    # of stories apart (no one else is quoted)
    ([("Charity", "AP", _copy()), ("Charity", "AP", _copy(D2))], 1, None),
]  # fmt: skip


@pytest.mark.parametrize(("claims", "origins", "said"), ROWS)
def test_one_story_or_two_reports(
    claims: list[tuple[str, str, WireCopy]], origins: int, said: str | None
) -> None:
    ids = [f"c{i}" for i in range(len(claims))]
    got = support(
        ids,
        sorted({who for who, _, _ in claims}),
        Origins(
            wires={cid: wire for cid, (_, wire, _) in zip(ids, claims, strict=True)},
            claimants={cid: who for cid, (who, _, _) in zip(ids, claims, strict=True)},
            copies={cid: copy for cid, (_, _, copy) in zip(ids, claims, strict=True)},
        ),
        distinct=True,
    )
    assert got.origins == origins
    assert list(got.joins) == ([said] if said else [])


# -- the command: the day comes from the source, the agency's own word from its claimant ------


def _ok(result: Any) -> str:
    assert result.exit_code == 0, result.output
    return str(result.stdout)


def _records(day_b: str) -> list[dict[str, Any]]:
    src = {"record": "source", "wire": "AP"}
    fig = {"subject": "boat", "kind": "figure", "measure": "aboard"}
    return [
        src | {"url": "https://example.org/a", "outlet": "Paper A", "reported_on": D1},
        src | {"url": "https://example.org/b", "outlet": "Paper B", "reported_on": day_b},
        fig | {"id": "a", "claimant": "Sea charity", "quote": "around 750 on board",
               "value": "around 750", "source": "src-a"},
        fig | {"id": "b", "claimant": "Interior minister", "quote": "an estimated 700 aboard",
               "value": "estimated 700", "source": "src-b"},
        fig | {"id": "c", "claimant": "Coast guard", "quote": "about 400 aboard",
               "value": "about 400"},
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("day_b", "origins", "said"),
    [
        (D2, 2, "Interior minister and Sea charity are quoted in AP reports of 2023-06-15 and "
         "2023-06-23: different stories, not one copy"),
        (D1, 1, "Interior minister and Sea charity carry AP reports of 2023-06-15 that give "
         "different figures (an update, or two stories of one day): one agency's, counted once"),
    ],
)  # fmt: skip
def test_conflicts_tells_one_story_from_two(ct, tmp_path: Path, day_b: str, origins, said) -> None:
    records = _records(day_b)
    path = tmp_path / "s.jsonl"
    sources = records[:2]
    path.write_text("".join(json.dumps(r) + "\n" for r in sources), encoding="utf-8")
    _ok(ct("import", str(path)))
    ids = {s["outlet"]: s["id"] for s in json.loads(_ok(ct("sources", "--json")))}
    claims = [dict(r) for r in records[2:]]
    claims[0]["source"], claims[1]["source"] = ids["Paper A"], ids["Paper B"]
    path.write_text("".join(json.dumps(r) + "\n" for r in claims), encoding="utf-8")
    _ok(ct("import", str(path)))
    doc = json.loads(_ok(ct("conflicts", "boat", "--json")))
    high = doc["conflicts"][0]["positions"][-1]
    assert (high["origins"], high["joins"]) == (origins, [said])
    text = " ".join(_ok(ct("conflicts", "boat")).split())
    assert said in text


# -- officials no page names (evidence16): two outlets' unnamed officials are not two sources
# unless their names tell them apart

_SAME = "are officials no page names, their names do not tell them apart: one origin"
_APART = "may speak for one government, their names do not say: counted apart (claimant --of "
OFFICIALS: list[tuple[list[str], int, list[str]]] = [
    (["Western officials", "Intelligence officials"], 1,
     [f"Intelligence officials and Western officials {_SAME}"]),
    # one government by their names (before, "Three" was read as a place: two governments)
    (["US officials", "Three US officials"], 1,
     ["Three US officials and US officials are 2 claimants of one government (US): one origin"]),
    (["Officials", "Police officials", "Senior officials"], 1,
     [f"Officials, Police officials and Senior officials {_SAME}"]),
    # near misses: two places, two offices, a named person, a named office
    (["Israeli officials", "Palestinian officials"], 2, []),
    (["Police officials", "Intelligence officials"], 2,
     [f"Intelligence officials and Police officials {_APART}gives each its body)"]),
    (["US officials", "Mark Milley"], 2, []),
    (["Officials", "Interior Ministry"], 2,
     [f"Interior Ministry and Officials {_APART}gives each its body)"]),
]  # fmt: skip


@pytest.mark.parametrize(("claimants", "origins", "said"), OFFICIALS)
def test_officials_no_page_names_are_one_origin_unless_told_apart(
    claimants: list[str], origins: int, said: list[str]
) -> None:
    ids = [f"c{i}" for i in range(len(claimants))]
    got = support(
        ids,
        claimants,
        Origins(claimants=dict(zip(ids, claimants, strict=True))),
        distinct=True,
        voices=True,
    )
    assert (got.origins, list(got.joins)) == (origins, said)
    # the same count through the full join (a wire elsewhere in the story sends it there),
    # where a name that holds another's may join them first ("Police officials is named with
    # Officials: one origin")
    full = support(
        ids,
        claimants,
        Origins(claimants=dict(zip(ids, claimants, strict=True)), wires={"other": "AP"}),
        distinct=True,
    )
    assert full.origins == origins
    assert bool(full.joins) == bool(said)


# -- the story: Russian losses, leaked documents, unnamed officials, a figure taken down ------

FIXTURE = Path(__file__).parent / "fixtures" / "leaked-losses.jsonl"


def test_the_leaked_documents_story(ct) -> None:
    _ok(ct("import", str(FIXTURE)))
    doc = json.loads(_ok(ct("conflicts", "--all", "--json")))
    graded = {
        (s["subject"], c["measure"]): [(p["claimants"], p["origins"], p["grade"]) for p in
                                       c["positions"]]
        for s in doc["subjects"] for c in s["conflicts"] if c["kind"] == "figure"
    }  # fmt: skip
    leak = "pentagon-leak-2023"
    # four pages print the altered copy: one document, one origin
    assert graded[leak, "russian-troops-killed"][0] == (
        ["Leaked document (posted online)"],
        1,
        "single-source",
    )
    assert graded[leak, "ukrainian-troops-killed"] == [
        (["US intelligence assessment (leaked)"], 1, "single-source"),
        (["Leaked document (posted online)"], 1, "single-source"),
    ]
    # the general and the unnamed officials given one body: one origin, not corroborated
    assert graded[leak, "russian-casualties"][1] == (
        ["Mark Milley", "US officials"],
        1,
        "single-source",
    )
    # the paper's figure, withdrawn by it and retracted: in no finding
    kp = graded["kp-russian-losses-2022", "russian-troops-killed"]
    assert all("Komsomolskaya Pravda" not in who for who, _, _ in kp)
    assert [grade for _, _, grade in kp] == ["party-only", "single-source"]
