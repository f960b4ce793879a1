"""Judgement through the CLI: the Derna flood toll (a story outside the bundled sample), units,
the measure and relate commands, echoes and the materiality option.

tests/fixtures/derna.jsonl logs the September 2023 Derna flood toll as a new user would, from
AP, Al Arabiya, NBC and Libya Observer coverage (quotes condensed for the fixture).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ROOT, figure, write_jsonl

DERNA = ROOT / "tests" / "fixtures" / "derna.jsonl"


def run_json(ct, *args: str) -> dict:
    result = ct(*args, "--json")
    assert result.exit_code in (0, 3), result.output
    return json.loads(result.stdout)


def kinds(doc: dict, kind: str) -> list[dict]:
    return [c for c in doc["conflicts"] if c["kind"] == kind]


@pytest.fixture
def derna(ct, tmp_path: Path):
    def load(as_of: bool = False) -> None:
        path = DERNA
        if as_of:  # a careful user sets as_of on the counts
            lines = [json.loads(line) for line in DERNA.read_text().splitlines()]
            for r in lines:
                if r["kind"] == "figure":
                    r["as_of"] = r.get("said_on") or r.get("reported_on")
            path = write_jsonl(tmp_path / "derna-as-of.jsonl", lines)
        result = ct("import", str(path))
        assert result.exit_code == 0, result.output
        result = ct("measure", "derna-floods", "deaths", "--cumulative")
        assert result.exit_code == 0, result.output

    return load


def test_derna_without_as_of(ct, derna) -> None:
    derna()
    doc = run_json(ct, "conflicts", "derna-floods")
    (deaths,) = kinds(doc, "figure")
    assert deaths["measure"] == "deaths"
    assert deaths["severity"] == 4.5  # 3,958 against 18,000 and more
    assert [(p["low"], p["high"]) for p in deaths["positions"]] == [
        (3958, 3958),
        (11250, 11350),
        (18000, None),
    ]
    assert deaths["positions"][1]["relaying"] == [
        {"claim": "dn-ocha-deaths-11300", "relays": "dn-lrc-deaths-11300", "echo": True}
    ]
    assert sorted(c["proposition"] for c in kinds(doc, "stance")) == [
        "lrc-gave-11300-toll",
        "residents-warned-to-evacuate",
    ]
    revisions = {tuple(r["claims"]) for r in kinds(doc, "revision")}
    assert ("dn-ocha-deaths-11300", "dn-ocha-deaths-3958") in revisions
    reversals = {(r["claimant"], tuple(r["claims"])) for r in kinds(doc, "reversal")}
    assert ("Libyan Red Crescent", ("dn-lrc-gave-toll", "dn-lrc-denies-toll")) in reversals
    (lrc,) = [r for r in kinds(doc, "reversal") if r["claimant"] == "Libyan Red Crescent"]
    assert lrc["dates"] == [
        {"date": "2023-09-14", "basis": "reported_on"},
        {"date": "2023-09-17", "basis": "said_on"},
    ]
    assert not [r for r in kinds(doc, "reversal") if r["claimant"] == "Abdulmenam al-Ghaithi"]
    assert not [c for c in doc["conflicts"] if c.get("measure") == "missing"]
    # the mayor's "18,000 to 20,000" and "more than 20,000", said the same day on a cumulative
    # measure: an update whose order is not known, never a reversal (two points of one date)
    assert doc["minor"] == []
    (change,) = doc["changes"]
    assert [p["as_of"] for p in change["points"]][:2] == ["2023-09-13", "2023-09-13"]
    assert doc["summary"]["relaying"] == 1


def test_derna_with_as_of_keeps_the_revision(ct, derna) -> None:
    derna(as_of=True)
    doc = run_json(ct, "conflicts", "derna-floods")
    revisions = {tuple(r["claims"]) for r in kinds(doc, "revision")}
    assert ("dn-ocha-deaths-11300", "dn-ocha-deaths-3958") in revisions
    (rev,) = [r for r in kinds(doc, "revision") if r["claims"][1] == "dn-ocha-deaths-3958"]
    assert rev["dates"] == [
        {"date": "2023-09-16", "basis": "as_of"},
        {"date": "2023-09-17", "basis": "as_of"},
    ]
    assert not [c for c in doc["conflicts"] if c.get("measure") == "missing"]


def test_derna_text_output(ct, derna) -> None:
    derna()
    result = ct("conflicts", "derna-floods")
    assert result.exit_code == 0, result.output
    out = " ".join(result.stdout.split())
    assert "Disputed figure: deaths: 3 positions, spread 4.5x" in out
    assert "Revision: deaths (cumulative) fell" in out
    assert "reported 2023-09-14" in out
    assert "UN OCHA (relaying Libyan Red" in out
    assert "2023-09-13: 18,000–20,000 · 20,001+ (order not known)" in out
    assert "not counting 1 relaying claim" in out


def test_fail_on_conflict_ignores_minor_differences(ct) -> None:
    rows = [
        figure(id="a", value="3,958", measure="deaths", claimant="A"),
        figure(id="b", value="4,100", measure="deaths", claimant="B"),
    ]
    lines = "".join(json.dumps(r) + "\n" for r in rows)
    assert ct("import", "-", input=lines).exit_code == 0
    result = ct("conflicts", "raqqa-convoy", "--fail-on-conflict")
    assert result.exit_code == 0, result.output
    assert "Minor differences" in result.stdout
    result = ct("conflicts", "raqqa-convoy", "--fail-on-conflict", "--min-gap", "1")
    assert result.exit_code == 3, result.output


@pytest.mark.parametrize("bad", ["0.9", "-1", "x"])
def test_min_gap_must_be_a_ratio_of_at_least_one(ct, bad: str) -> None:
    result = ct("conflicts", "raqqa-convoy", "--min-gap", bad)
    assert result.exit_code == 2
    assert "Traceback" not in result.output


# -- units and dimensions -----------------------------------------------------------------


def _add(ct, *args: str):
    return ct(
        "add", "story", "--claimant", args[0], "--quote", "q " + args[1], "--figure", args[1],
        "--measure", args[2], *args[3:],
    )  # fmt: skip


def test_same_distance_in_other_units_is_no_dispute(ct) -> None:
    assert _add(ct, "Driver A", "6 km", "convoy-length").exit_code == 0
    assert _add(ct, "Driver B", "4 miles", "convoy-length").exit_code == 0
    doc = run_json(ct, "conflicts", "story")
    assert doc["conflicts"] == []
    (minor,) = doc["minor"]
    assert minor["dimension"] == "length"


def test_other_currencies_are_not_comparable(ct) -> None:
    assert _add(ct, "UK", "£1bn", "aid").exit_code == 0
    assert _add(ct, "US", "$1.2bn", "aid").exit_code == 0
    doc = run_json(ct, "conflicts", "story")
    assert doc["conflicts"] == []
    assert doc["incomparable"] == [
        {
            "measure": "aid",
            "groups": [
                {
                    "dimension": "currency:GBP",
                    "claims": [doc["incomparable"][0]["groups"][0]["claims"][0]],
                },
                {
                    "dimension": "currency:USD",
                    "claims": [doc["incomparable"][0]["groups"][1]["claims"][0]],
                },
            ],
        }
    ]
    text = ct("conflicts", "story").stdout
    assert "aid: not comparable: GBP (£) vs USD ($) (1 claim, 1 claim)" in text


def test_a_measure_holds_one_dimension(ct, tmp_path: Path) -> None:
    assert _add(ct, "Health ministry", "13,000 people", "deaths").exit_code == 0
    result = _add(ct, "Agency", "40%", "deaths")
    assert result.exit_code == 2, result.output
    assert "measure deaths holds figures of dimension count; this figure is share" in result.output
    assert "Traceback" not in result.output
    bad = write_jsonl(
        tmp_path / "bad.jsonl",
        [
            figure(subject="story", id="ok", value="12,000", measure="deaths", claimant="X"),
            figure(
                subject="story", id="share", value="40 per cent", measure="deaths", claimant="Y"
            ),
        ],
    )
    result = ct("import", str(bad))
    assert result.exit_code == 2
    assert f"{bad}:2: measure deaths holds figures of dimension count" in result.output
    assert json.loads(ct("list", "story", "--json").stdout)[0]["value"] == "13,000 people"
    assert len(json.loads(ct("list", "story", "--json").stdout)) == 1  # nothing written


def test_unit_given_beside_a_figure_must_agree(ct) -> None:
    result = _add(ct, "A", "6 km", "length", "--unit", "miles")
    assert result.exit_code == 2
    assert "does not match the figure" in result.output


# -- measure and relate --------------------------------------------------------------------


def test_measure_command(ct, derna) -> None:
    derna()
    doc = run_json(ct, "measure", "derna-floods", "deaths")
    assert doc == {
        "subject": "derna-floods",
        "measure": "deaths",
        "dimension": "count",
        "cumulative": True,
        "defined_as": None,
        "alternatives": [],
        "claims": 5,
        "active": 5,
        "sums": [],
    }
    result = ct("measure", "derna-floods", "deaths", "--not-cumulative")
    assert result.exit_code == 0, result.output
    assert run_json(ct, "measure", "derna-floods", "deaths")["cumulative"] is False
    assert not kinds(run_json(ct, "conflicts", "derna-floods"), "revision")
    result = ct("measure", "derna-floods", "death")
    assert result.exit_code == 1
    assert "did you mean: deaths" in result.output
    slip = ct("measure", "derna-floods", "death", "--cumulative")
    assert slip.exit_code == 1 and "did you mean: deaths" in slip.output
    assert "--new" not in slip.output  # a near miss of a measure is a slip: no --new offered


def test_measure_new_sets_up_a_measure_before_its_first_claim(ct) -> None:
    refused = ct("measure", "new-story", "deaths", "--cumulative")
    assert refused.exit_code == 1 and "no claims on subject" in refused.output
    # the refusal says how to set it up (a story set up before its first claim is no slip)
    assert ("to set up a measure before its first claim: claimtrack measure new-story deaths "
            "--cumulative --new") in " ".join(refused.stderr.split())  # fmt: skip
    defined = ct("measure", "new-story", "deaths", "--defined-as", "deaths counted")
    assert "deaths --defined-as 'deaths counted' --new" in " ".join(defined.stderr.split())
    bare = ct("measure", "new-story", "deaths", "--new")
    assert bare.exit_code == 2 and "give --cumulative, --not-cumulative or --defined-as" in (
        bare.output
    )
    made = ct("measure", "new-story", "deaths", "--cumulative", "--new", "--defined-as",
              "deaths the civil defence has counted")  # fmt: skip
    assert made.exit_code == 0, made.output
    doc = run_json(ct, "measure", "new-story", "deaths", "--new", "--cumulative")
    assert (doc["cumulative"], doc["defined_as"], doc["claims"]) == (
        True, "deaths the civil defence has counted", 0,
    )  # fmt: skip
    for said_on, value in (("2024-01-01", "40"), ("2024-01-05", "30")):
        added = ct("add", "new-story", "--claimant", "Civil Defence", "--quote",
                   f"{value} died", "--figure", value, "--measure", "deaths",
                   "--said-on", said_on)  # fmt: skip
        assert added.exit_code == 0, added.output
    assert kinds(run_json(ct, "conflicts", "new-story"), "revision")


def test_a_role_for_a_claimant_no_claim_names_registers_it(ct) -> None:
    # before, a role needed --kind first ("register it first, with its kind")
    made = ct("claimant", "Red Cross", "--role", "ngo", "--json")
    assert made.exit_code == 0, made.output
    doc = json.loads(made.stdout)
    assert (doc["claimant"], doc["kind"], doc["kind_from"], doc["role"], doc["claims"]) == (
        "Red Cross", "organization", "guessed", "ngo", 0,
    )  # fmt: skip
    kind = run_json(ct, "claimant", "Red Cross", "--kind", "organization")
    assert (kind["kind_from"], kind["role"]) == ("set", "ngo")
    added = ct("add", "flood", "--claimant", "Red Cross", "--quote", "40 died", "--figure", "40",
               "--measure", "deaths")  # fmt: skip
    assert added.exit_code == 0, added.output
    assert run_json(ct, "claimant", "Red Cross")["claims"] == 1


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        # a near miss of a known claimant is a typo: refused, as `--kind` refuses it
        (["Ministry of Healt", "--role", "government"], 2,
         "claimant 'Ministry of Healt' is new; did you mean 'Ministry of Health'?"),
        (["Hamas", "--not-party", "gaza"], 1, "no claimant named 'Hamas'"),
        (["Hamas", "--role", "armed-group", "--not-party", "gaza"], 2,
         "--not-party: 'Hamas' is a party to nothing yet"),
        (["Hamas", "--new"], 2, "give --kind person or organization, or --role"),
    ],
)  # fmt: skip
def test_a_role_for_a_new_claimant_refuses(ct, args: list[str], code: int, message: str) -> None:
    assert ct("claimant", "Ministry of Health", "--role", "government").exit_code == 0
    result = ct("claimant", *args)
    assert result.exit_code == code, result.output
    assert message in " ".join(result.output.split())
    assert ct("claimant", args[0]).exit_code == 1  # nothing registered


def test_a_party_and_a_role_before_the_first_claim(ct) -> None:
    made = ct("claimant", "Hamas", "--role", "armed-group", "--party", "gaza")
    assert made.exit_code == 0, made.output
    doc = run_json(ct, "claimant", "Hamas")
    assert (doc["role"], doc["party_to"]) == ("armed-group", ["gaza"])


def test_relate_alternative_with_new_before_any_claim(ct) -> None:
    # before, --new was ignored by --alternative-to: "no claims on subject"
    refused = ct("relate", "covid", "excess-deaths", "--alternative-to", "recorded-deaths")
    assert refused.exit_code == 1
    made = ct("relate", "covid", "excess-deaths", "--alternative-to", "recorded-deaths", "--new")
    assert made.exit_code == 0, made.output
    for claimant, measure, value in (("ONS", "recorded-deaths", "481,486"),
                                     ("WHO", "excess-deaths", "4.7 million")):  # fmt: skip
        added = ct("add", "covid", "--claimant", claimant, "--quote", f"{value} died",
                   "--figure", value, "--measure", measure, "--new")  # fmt: skip
        assert added.exit_code == 0, added.output
    doc = run_json(ct, "measure", "covid", "excess-deaths")
    assert doc["alternatives"] == ["recorded-deaths"]


def test_relate_alternative_without_new_gives_the_command_that_works(ct) -> None:
    added = ct("add", "gaza", "--claimant", "MoH", "--quote", "500 died", "--figure", "500",
               "--measure", "deaths", "--new")  # fmt: skip
    assert added.exit_code == 0, added.output
    refused = ct("relate", "gaza", "excess-deaths", "--alternative-to", "deaths")
    assert refused.exit_code == 1
    assert ("to relate measures before their first claim: claimtrack relate gaza excess-deaths "
            "--alternative-to deaths --new") in " ".join(refused.output.split())  # fmt: skip


def test_relate_checks_sums_on_the_sample(ct, sample_db: Path) -> None:
    result = ct("conflicts", "raqqa-convoy", "--json", db=sample_db)
    doc = json.loads(result.stdout)
    assert len(doc["checks"]) == 1
    (check,) = doc["checks"]
    assert (check["low"], check["high"]) == (3675, 3825)
    assert check["claimant"] == "US-led coalition (CJTF-OIR)"
    text = " ".join(ct("conflicts", "raqqa-convoy", db=sample_db).stdout.split())
    assert "some 250 + 3,500 = 3,675–3,825, consistent with “around 4,000”" in text


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--sum-of", "convoy-buses"], 2, "at least two"),
        (["--sum-of", "convoy-buses", "--sum-of", "convoy-buses"], 2, "all be different"),
        (
            ["--sum-of", "convoy-bus", "--sum-of", "convoy-trucks"],
            2,
            "convoy-bus' has no figures yet in raqqa-convoy; did you mean one of 'convoy-buses'",
        ),
        (["--remove", "--sum-of", "convoy-buses"], 2, "--remove takes no --sum-of"),
    ],
)
def test_relate_refuses(ct, sample_db: Path, args: list[str], code: int, message: str) -> None:
    result = ct("relate", "raqqa-convoy", "convoy-other-vehicles", *args, db=sample_db)
    assert result.exit_code == code, result.output
    assert message in result.output


def test_relate_and_remove(ct, sample_db: Path) -> None:
    args = ["relate", "raqqa-convoy", "convoy-other-vehicles"]
    parts = ["--sum-of", "convoy-buses", "--sum-of", "convoy-trucks"]
    assert ct(*args, *parts, db=sample_db).exit_code == 0
    # 13 buses + 50 trucks = 63, not 100 vehicles
    doc = json.loads(ct("conflicts", "raqqa-convoy", "--json", db=sample_db).stdout)
    (finding,) = kinds(doc, "sum")
    assert finding["total"] == "convoy-other-vehicles"
    assert finding["low"] < 63 < finding["high"] < 95  # each round number widened a little
    assert ct(*args, "--remove", db=sample_db).exit_code == 0
    assert ct(*args, "--remove", db=sample_db).exit_code == 1


# -- echoes --------------------------------------------------------------------------------


def test_relays_must_name_an_existing_claim(ct) -> None:
    result = _add(ct, "A", "11,300", "deaths", "--relays", "story-nope")
    assert result.exit_code == 1
    assert "no claim with id" in result.output


def test_a_rising_cumulative_toll_is_a_change_over_time(ct) -> None:
    for who, value, said in (
        ("Health minister", "44,218", "2023-02-21"),
        ("AFAD", "more than 48,000", "2023-02-24"),
        ("AFAD", "50,096", "2023-03-01"),
    ):
        result = _add(ct, who, value, "deaths", "--said-on", said)
        assert result.exit_code == 0, result.output
    assert ct("measure", "story", "deaths", "--cumulative").exit_code == 0
    # each figure at its time (said_on): the rise is a change over time, nothing disputed
    doc = run_json(ct, "conflicts", "story")
    assert doc["conflicts"] == [] and doc["minor"] == []
    assert [p["as_of"] for p in doc["changes"][0]["points"]] == [
        "2023-02-21",
        "2023-02-24",
        "2023-03-01",
    ]
    # the same with the moments set by hand
    for row in json.loads(ct("list", "story", "--json").stdout):
        assert ct("edit", row["id"], "--as-of", row["said_on"]).exit_code == 0
    doc = run_json(ct, "conflicts", "story")
    assert doc["conflicts"] == [] and len(doc["changes"][0]["points"]) == 3


def test_relays_takes_an_id_prefix_and_stores_the_full_id(ct) -> None:
    first = json.loads(_add(ct, "Libyan Red Crescent", "11,300", "deaths", "--json").stdout)
    prefix = first["id"][: len("story-") + 5]
    echo = json.loads(
        _add(ct, "UN OCHA", "11,300", "deaths", "--relays", prefix, "--json", "--new").stdout
    )
    assert echo["relays"] == first["id"]
    shown = ct("show", echo["id"]).stdout
    assert "an echo: not counted as a source" in shown


def test_a_relay_is_shown_as_the_engine_judges_it(ct) -> None:
    """An echo is said to be one; a relay that changes what it relays is compared as a claim
    of its own, and show, add and the report say so in one wording (relays.relay_note)."""
    from claimtrack.relays import ECHO_NOTE, OWN_NOTE

    src = json.loads(_add(ct, "Red Crescent", "400", "deaths", "--json").stdout)["id"]
    rows = [("Radio", "about 400", ECHO_NOTE), ("OCHA", "40", OWN_NOTE)]
    for who, value, note in rows:
        added = _add(ct, who, value, "deaths", "--relays", src, "--new")
        assert added.exit_code == 0, added.output
        assert f"{src} ({note})" in " ".join(added.stdout.split()), added.stdout
    ids = {r["claimant"]: r["id"] for r in json.loads(ct("list", "story", "--json").stdout)}
    report = ct("report", "story", "--format", "md").stdout
    for who, _value, note in rows:
        shown = " ".join(ct("show", ids[who]).stdout.split())
        assert f"{src} ({note})" in shown
        assert f"(relaying {src}: {note})" in report
    # the changed relay is compared: it is the other position of a dispute
    assert run_json(ct, "conflicts", "story")["conflicts"]


def test_the_sheet_marks_echoes_and_lists_revisions(ct, derna, tmp_path: Path) -> None:
    import csv

    derna()
    out = tmp_path / "sheet.csv"
    assert ct("conflicts", "derna-floods", "--csv", str(out)).exit_code == 0
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    echo = [r for r in rows if r["claim_id"] == "dn-ocha-deaths-11300"]
    assert echo and all(r["relays"] == "dn-lrc-deaths-11300" for r in echo)
    revision = [r for r in rows if r["conflict"].startswith("revision:deaths:")]
    assert ("dn-ocha-deaths-11300", "dn-ocha-deaths-3958") in {
        (a["claim_id"], b["claim_id"]) for a, b in zip(revision[::2], revision[1::2], strict=True)
    }
    lrc = next(r for r in rows if r["claim_id"] == "dn-lrc-deaths-11300")
    assert (lrc["said_on"], lrc["reported_on"]) == ("", "2023-09-14")
    assert not [r for r in rows if "missing" in r["conflict"]]


def test_a_same_day_reversal_has_no_order_in_the_sheet(ct, tmp_path: Path) -> None:
    for stance in ("--affirms", "--denies"):
        args = ["add", "story", "--claimant", "Port authority", "--quote", f"q {stance}"]
        result = ct(*args, stance, "cargo-safe", "--said-on", "2020-08-05", "--new")
        assert result.exit_code == 0, result.output
    sheet = tmp_path / "sheet.csv"
    assert ct("conflicts", "story", "--csv", str(sheet)).exit_code == 0
    import csv

    rows = [r for r in csv.DictReader(sheet.open(encoding="utf-8-sig"))]
    rows = [r for r in rows if r["conflict"].startswith("reversal:")]
    assert {r["conflict"] for r in rows} == {"reversal:Port authority:cargo-safe (order not known)"}
    assert [r["position"] for r in rows] == ["1", "1"]
    out = " ".join(ct("conflicts", "story").stdout.split())
    assert "(both 2020-08-05, order not known)" in out and "→" not in out


def test_uncertain_end_to_end(ct, tmp_path: Path) -> None:
    """--uncertain on add and edit, the JSONL and CSV formats, the sheet and the walk-back."""
    base = ["add", "story", "--claimant", "Leader"]
    first = ct(*base, "--quote", "It was an attack.", "--affirms", "attack", "--said-on",
               "2020-08-04", "--new", "--json")  # fmt: skip
    assert first.exit_code == 0, first.output
    later = ct(*base, "--quote", "Nobody can say yet.", "--uncertain", "attack", "--said-on",
               "2020-08-05", "--json")  # fmt: skip
    assert later.exit_code == 0, later.output
    assert json.loads(later.stdout)["stance"] == "uncertain"
    both = ct(*base, "--quote", "q", "--uncertain", "attack", "--denies", "attack")
    assert both.exit_code != 0 and "not several" in both.output
    doc = run_json(ct, "conflicts", "story")
    (walk,) = kinds(doc, "walk-back")
    assert walk["claims"] == [json.loads(first.stdout)["id"], json.loads(later.stdout)["id"]]
    assert doc["summary"]["walk_backs"] == 1 and doc["summary"]["reversals"] == 0
    text = " ".join(ct("conflicts", "story").stdout.split())
    assert "Walk-back: Leader took a position on proposition attack, then said it cannot" in text
    # edit back to a firm stance: no walk-back
    edited = ct("edit", json.loads(later.stdout)["id"], "--affirms", "attack")
    assert edited.exit_code == 0, edited.output
    assert run_json(ct, "conflicts", "story")["summary"]["walk_backs"] == 0
    assert ct("edit", json.loads(later.stdout)["id"], "--stance", "uncertain").exit_code == 0
    # export and import, JSONL and CSV
    for fmt in ("jsonl", "csv"):
        out = tmp_path / f"claims.{fmt}"
        assert ct("export", "--format", fmt, "-o", str(out)).exit_code == 0
        assert "uncertain" in out.read_text(encoding="utf-8-sig")
        db = tmp_path / f"again-{fmt}.db"
        assert ct("init", "--empty", str(db)).exit_code == 0
        result = ct("import", str(out), db=db)
        assert result.exit_code == 0, result.output
        again = json.loads(ct("conflicts", "story", "--json", db=db).stdout)
        assert again["summary"]["walk_backs"] == 1


def test_the_engine_reads_each_claims_source(ct) -> None:
    """Two figures of one claimant from one article (source) are never a reversal."""
    made = ct(
        "source",
        "add",
        "--outlet",
        "Wire A",
        "--title",
        "Toll",
        "--reported-on",
        "2022-05-05",
        "--json",
    )
    assert made.exit_code == 0, made.output
    source = json.loads(made.stdout)["id"]
    for value in ("6,412", "nearly 6,000"):
        args = ["add", "story", "--claimant", "Ministry", "--quote", f"q {value}"]
        args += ["--figure", value, "--measure", "deaths", "--source", source, "--new"]
        result = ct(*args)
        assert result.exit_code == 0, result.output
    doc = run_json(ct, "conflicts", "story")
    assert not kinds(doc, "reversal") and not [m for m in doc["minor"] if m["kind"] == "reversal"]
    # still two figures that differ: on a toll, the same claimant's of one day are its updates
    # of that day (session 42), said by the hint
    assert doc["hints"] == [{"measure": "deaths", "hint": "updates-of-one-time"}]
