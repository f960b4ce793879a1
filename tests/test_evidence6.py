"""Evidence a fact-checker can publish (evidence6): the corroborated positions of a cumulative
measure read at their times; the pure rule table first, then the commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimtrack.conflicts import Fact, analyse
from claimtrack.evidence import assess, corroborated_text

FIXTURE = Path(__file__).parent / "fixtures" / "evidence6.jsonl"


def fig(cid: str, who: str, n: float, said: str | None) -> Fact:
    return Fact(cid, who, "figure", "deaths", n, n, None, None, said)


# facts of a measure marked cumulative -> the corroborated clause of the bounds line
TIMED = [
    # two counts of the toll, each given by two claimants, the higher four days later, and a
    # lower figure after both (the dispute): the two are a rise, one position since time19
    # (docs/conflicts.md, rule 9, "A running count's positions")
    (
        [
            fig("a", "Ministry", 12, "2026-02-10"),
            fig("b", "Red Cross", 12, "2026-02-10"),
            fig("c", "Ministry", 31, "2026-02-14"),
            fig("d", "Hospital", 31, "2026-02-14"),
            fig("e", "Mayor", 6, "2026-02-15"),
        ],
        "the corroborated positions span 12",
    ),
    # the higher count first, the lower later: a fall, they disagree (as before)
    (
        [
            fig("a", "Ministry", 31, "2026-02-10"),
            fig("b", "Red Cross", 31, "2026-02-10"),
            fig("c", "Army", 12, "2026-02-14"),
            fig("d", "Hospital", 12, "2026-02-14"),
        ],
        "corroborated positions disagree: 12 (position 1) and 31 (position 2)",
    ),
    # both of one day: the order is not known, they disagree (as before)
    (
        [
            fig("a", "Ministry", 12, "2026-02-10"),
            fig("b", "Red Cross", 12, "2026-02-10"),
            fig("c", "Army", 31, "2026-02-10"),
            fig("d", "Hospital", 31, "2026-02-10"),
        ],
        "corroborated positions disagree: 12 (position 1) and 31 (position 2)",
    ),
    # an undated claim is ordered against nothing (as before)
    (
        [
            fig("a", "Ministry", 12, "2026-02-10"),
            fig("b", "Red Cross", 12, None),
            fig("c", "Ministry", 31, "2026-02-14"),
            fig("d", "Hospital", 31, "2026-02-14"),
            fig("e", "Mayor", 6, "2026-02-15"),
        ],
        "corroborated positions disagree: 12 (position 2) and 31 (position 3)",
    ),
    # a month holds its days: 2026-02 is not surely before 2026-02-14 (as before)
    (
        [
            fig("a", "Ministry", 12, "2026-02"),
            fig("b", "Red Cross", 12, "2026-02-10"),
            fig("c", "Ministry", 31, "2026-02-14"),
            fig("d", "Hospital", 31, "2026-02-14"),
            fig("e", "Mayor", 6, "2026-02-15"),
        ],
        "corroborated positions disagree: 12 (position 2) and 31 (position 3)",
    ),
    # three counts: the first two of one day disagree, the third is a later rise above both
    (
        [
            fig("a", "Ministry", 12, "2026-02-10"),
            fig("b", "Red Cross", 12, "2026-02-10"),
            fig("c", "Army", 20, "2026-02-10"),
            fig("d", "Police", 20, "2026-02-10"),
            fig("e", "Ministry", 31, "2026-02-14"),
            fig("f", "Hospital", 31, "2026-02-14"),
            fig("g", "Mayor", 6, "2026-02-15"),
        ],
        # the later rise joins the position of 20 (time19)
        "corroborated positions disagree: 12 (position 2) and 20 (position 3)",
    ),
]


@pytest.mark.parametrize(("facts", "said"), TIMED)
def test_corroborated_positions_of_a_cumulative_measure_read_at_their_times(facts, said) -> None:
    report = analyse(facts, cumulative={"deaths"})
    (c,) = report.conflicts
    graded = assess(report, facts=facts, cumulative={"deaths"})
    text = corroborated_text(
        c, graded.conflicts[0], graded.bounds[0], lambda lo, hi: f"{lo:g}", graded.timed.get(0, ())
    )
    assert text == said
    if " (position " not in said:
        return  # one corroborated position
    # without the times (a measure not marked cumulative), positions disagree, as before
    plain = assess(report)
    assert corroborated_text(
        c, plain.conflicts[0], plain.bounds[0], lambda lo, hi: f"{lo:g}"
    ).startswith("corroborated positions disagree")


def test_conflicts_and_report_say_a_rise_is_no_disagreement(ct, tmp_path: Path) -> None:
    assert ct("import", str(FIXTURE)).exit_code == 0
    out = ct("conflicts", "hill-landslide")
    assert out.exit_code == 0, out.output
    text = " ".join(out.stdout.split())
    assert "positions disagree" not in text
    # the rise is one position since time19 (a running count's positions)
    assert "the sources span 6–31; the corroborated positions span 12–31" in text
    report = tmp_path / "r.md"
    assert ct("report", "hill-landslide", "-o", str(report)).exit_code == 0
    md = " ".join(report.read_text(encoding="utf-8").split())
    assert "positions disagree" not in md
    assert "The sources span 6–31; the corroborated positions span 12–31" in md


# -- import takes a claim's outlet, url and date from the source it names, as add --source ----

SRC = {
    "record": "source",
    "id": "src-hill00001",
    "url": "https://example.org/hill-landslide",
    "outlet": "Valley Gazette",
    "reported_on": "2026-02-11",
}


def _claim(**kw) -> dict:
    return {
        "subject": "hill-slide",
        "claimant": "Interior Ministry",
        "quote": "Twelve bodies have been recovered so far.",
        "kind": "figure",
        "measure": "deaths",
        "value": "Twelve",
        "source": SRC["id"],
    } | kw


# the line's own fields -> what is stored (outlet, url, reported_on)
FILLS = [
    ({}, ("Valley Gazette", SRC["url"], "2026-02-11")),
    ({"reported_on": "2026-02-11"}, ("Valley Gazette", SRC["url"], "2026-02-11")),
    ({"outlet": "Valley Gazette"}, ("Valley Gazette", SRC["url"], "2026-02-11")),
]


@pytest.mark.parametrize(("given", "stored"), FILLS)
def test_import_fills_what_a_line_leaves_out_from_its_source(ct, tmp_path, given, stored) -> None:
    from conftest import write_jsonl

    path = write_jsonl(tmp_path / "c.jsonl", [SRC, _claim(id="hs-1", **given)])
    out = ct("import", str(path))
    assert out.exit_code == 0, out.output
    doc = json.loads(ct("show", "hs-1", "--json").stdout)
    assert (doc.get("outlet"), doc.get("url"), doc.get("reported_on")) == stored
    filled = 0 if given.keys() >= {"outlet", "url", "reported_on"} else 1
    assert "1 added" in out.stderr
    assert ("took the outlet, url or date of their source" in out.stderr) == bool(filled)
    # the same file again: unchanged (the id is the line's, as written)
    again = ct("import", str(path), "--json")
    assert again.exit_code == 0, again.output
    summary = json.loads(again.stdout)
    assert (summary["added"], summary["unchanged"]) == (0, 1)


def test_import_without_an_id_gives_the_id_of_the_line_and_fills_it(ct, tmp_path) -> None:
    from conftest import write_jsonl

    path = write_jsonl(tmp_path / "c.jsonl", [SRC, _claim()])
    first = json.loads(ct("import", str(path), "--json").stdout)
    assert (first["added"], first["filled_from_source"]) == (1, 1)
    (row,) = json.loads(ct("list", "hill-slide", "--json").stdout)
    assert (row["outlet"], row["reported_on"]) == ("Valley Gazette", "2026-02-11")
    again = json.loads(ct("import", str(path), "--json").stdout)
    assert (again["added"], again["unchanged"]) == (0, 1)


def test_a_claim_stored_before_the_fill_is_the_same_claim(ct, tmp_path, empty_db) -> None:
    """A database that holds the line as an older import stored it (no outlet, no date):
    the same file again is unchanged, not 'already exists with other content'."""
    from conftest import store_unchecked, write_jsonl

    path = write_jsonl(tmp_path / "c.jsonl", [SRC, _claim(id="hs-1")])
    assert ct("source", "add", SRC["url"], "--outlet", "Valley Gazette",
              "--reported-on", "2026-02-11").exit_code == 0  # fmt: skip
    stored = {k: v for k, v in _claim(id="hs-1").items()} | {"low": 12, "high": 12}
    store_unchecked(empty_db, [stored])
    again = ct("import", str(path), "--json")
    assert again.exit_code == 0, again.output
    summary = json.loads(again.stdout)
    assert (summary["added"], summary["unchanged"]) == (0, 1)


def test_a_line_with_another_date_than_its_source_is_still_refused(ct, tmp_path) -> None:
    from conftest import write_jsonl

    path = write_jsonl(tmp_path / "c.jsonl", [SRC, _claim(id="hs-1", reported_on="2026-02-12")])
    out = ct("import", str(path))
    assert out.exit_code == 2
    assert "reported_on: '2026-02-12' conflicts with source src-hill00001" in out.output


# -- a spokesman logged as a claimant of his own is his body's origin, not a second one -------


def stn(cid: str, who: str, side: str) -> Fact:
    return Fact(cid, who, "stance", "p", None, None, side, None, None)


# the claimants of the affirming side (one claim each) -> (origins, grade, joins said)
SPOKESMEN = [
    (
        ["Interior Ministry", "Interior Ministry spokesman Ali Hassan"],
        (1, "single-source"),
        ("Interior Ministry spokesman Ali Hassan is named with Interior Ministry: one origin",),
    ),
    (
        ["Interior Ministry", "Ali Hassan (Interior Ministry)"],
        (1, "single-source"),
        ("Ali Hassan (Interior Ministry) is named with Interior Ministry: one origin",),
    ),
    (
        ["Interior Ministry", "Interior Ministry spokesman Ali Hassan", "Red Cross"],
        (2, "contested"),
        ("Interior Ministry spokesman Ali Hassan is named with Interior Ministry: one origin",),
    ),
    # names that share words are two bodies: not joined
    (["Red Cross", "Red Crescent"], (2, "contested"), ()),
    (
        ["Ministry of Interior", "Interior Ministry"],
        (2, "contested"),
        (  # evidence11: one government or two, the names give no place
            "Interior Ministry and Ministry of Interior may speak for one government, their "
            "names do not say: counted apart (claimant --of gives each its body)",
        ),
    ),
    (["UN", "UNICEF"], (2, "contested"), ()),
    (
        ["Police", "Police Federation"],
        (1, "single-source"),
        ("Police Federation is named with Police: one origin",),
    ),
    # evidence8: a name and its initials, written in capitals, are one origin
    # before: "2 independent origins: contested", one commission by its name and its initials
    (
        ["KNCHR", "Kenya National Commission on Human Rights"],
        (1, "single-source"),
        (
            "KNCHR is named with the initials of Kenya National Commission on Human Rights "
            "(KNCHR): one origin",
        ),
    ),
    # initials inside a longer name, the small words left out ("of")
    (
        ["HRW Africa director Mausi Segun", "Human Rights Watch"],
        (1, "single-source"),
        (
            "HRW Africa director Mausi Segun is named with the initials of Human Rights Watch "
            "(HRW): one origin",
        ),
    ),
    (
        ["LSK", "Law Society of Kenya"],
        (1, "single-source"),
        ("LSK is named with the initials of Law Society of Kenya (LSK): one origin",),
    ),
    # a name with its initials in brackets, beside the name written another way
    (
        ["Police Reforms Working Group (PRWG)", "Police Reform Working Group"],
        (1, "single-source"),
        (
            "Police Reforms Working Group (PRWG) is named with the initials of Police Reform "
            "Working Group (PRWG): one origin",
        ),
    ),
    # names2: the initials of the name without its trailing "and X" (before: 2 origins)
    (
        ["CDC", "Centers for Disease Control and Prevention"],
        (1, "single-source"),
        (
            "CDC is named with the initials of Centers for Disease Control and Prevention "
            "(CDC): one origin",
        ),
    ),
    # another body's initials: two origins
    (["KHRC", "Kenya National Commission on Human Rights"], (2, "contested"), ()),
    # initials not written in capitals are a word, not initials
    (["Lsk", "Law Society of Kenya"], (2, "contested"), ()),
    # one word has no initials
    (["AI", "Amnesty"], (2, "contested"), ()),
]


@pytest.mark.parametrize(("who", "graded", "joins"), SPOKESMEN)
def test_a_name_that_holds_another_is_one_origin(who, graded, joins) -> None:
    from claimtrack.conflicts import report_json_line
    from claimtrack.evidence import notes, plain_notes

    facts = [stn(f"a{i}", w, "affirms") for i, w in enumerate(who)] + [
        stn("d", "Opposition party", "denies")
    ]
    report = analyse(facts)
    got = assess(report).conflicts[0][0]
    assert (got.origins, got.grade) == graded
    assert got.joins == joins
    # the JSON's fast path grades it as the assessment does
    assert report_json_line("s", report, plain_notes(report)) == report_json_line(
        "s", report, notes(report, assess(report))
    )


def test_conflicts_names_the_spokesman_join(ct) -> None:
    assert ct("import", str(FIXTURE)).exit_code == 0
    out = ct("conflicts", "hill-warnings")
    assert out.exit_code == 0, out.output
    text = " ".join(out.stdout.split())
    assert (
        "affirms: 2 claims from Interior Ministry and Interior Ministry spokesman Pavel Dorn, 1 "
        "independent origin (Interior Ministry spokesman Pavel Dorn is named with Interior "
        "Ministry: one origin): single-source" in text
    )
    assert "contested" not in text
