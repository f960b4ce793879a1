"""Issue #13 through the CLI: typo guards, claimant registry and aliases, fewer keystrokes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimtrack.cli import app

from conftest import figure, stance, write_jsonl

MAYOR = "Abdulmenam al-Ghaithi"
MAYOR_TOO = "Abdel Moneim Al-Ghaithi"


def ok(result) -> str:
    assert result.exit_code == 0, result.output
    return result.stdout


def derna(**kw) -> dict:
    base = {"subject": "derna-floods", "claimant": MAYOR, "quote": "q"}
    return base | kw


@pytest.fixture
def dct(ct, tmp_path: Path):
    """ct on a database holding a small Derna subject."""
    records = [
        derna(
            id="d-1", kind="figure", measure="deaths-in-derna", value="20,000", said_on="2023-09-14"
        ),
        derna(
            id="d-2",
            kind="stance",
            proposition="derna-toll-reached-11300",
            stance="affirms",
            said_on="2023-09-14",
        ),
        derna(
            id="d-3",
            claimant=MAYOR_TOO,
            kind="figure",
            measure="deaths-in-derna",
            value="11,300",
            said_on="2023-09-20",
        ),
        derna(
            id="d-4",
            claimant="Libyan Red Crescent",
            kind="figure",
            measure="deaths-in-derna",
            value="11,300",
        ),
        derna(id="d-5", claimant="WHO", kind="figure", measure="missing-in-derna", value="10,100"),
    ]
    ok(ct("import", str(write_jsonl(tmp_path / "derna.jsonl", records))))
    return ct


def add_args(subject="derna-floods", claimant=MAYOR, **flags: str) -> list[str]:
    quote = f"a new quote: {flags['figure']}" if "figure" in flags else "a new quote"
    args = ["add", subject, "--claimant", claimant, "--quote", quote]
    for k, v in flags.items():
        args += ["--" + k.replace("_", "-"), v]
    return args


NEAR_MISSES = [
    (
        add_args(subject="derna-flods", figure="11,300", measure="deaths-in-derna"),
        "subject 'derna-flods' is a new subject; did you mean 'derna-floods'?",
    ),
    (
        add_args(figure="11,300", measure="deaths-in-dern"),
        "measure 'deaths-in-dern' is new to subject derna-floods; did you mean 'deaths-in-derna'?",
    ),
    (
        add_args(affirms="Derna toll reached 11,300"),
        "proposition 'derna-toll-reached-11-300' is new to subject derna-floods; did you mean 'derna-toll-reached-11300'?",
    ),
    (
        add_args(claimant="Libyan Red Cresent", figure="11,300", measure="deaths-in-derna"),
        "claimant 'Libyan Red Cresent' is new to subject derna-floods; did you mean 'Libyan Red Crescent'?",
    ),
]


@pytest.mark.parametrize(("args", "message"), NEAR_MISSES)
def test_add_refuses_a_near_miss_and_accepts_it_with_new(dct, args, message) -> None:
    before = ok(dct("export"))
    result = dct(*args)
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines()[0] == f"error: {message}"
    assert "hint: give --new if it really is new" in result.stderr
    assert ok(dct("export")) == before
    added = json.loads(ok(dct(*args, "--new", "--json")))
    assert added["id"] in ok(dct("export"))


@pytest.mark.parametrize(
    ("target", "flags", "message"),
    [
        ("d-1", ["--subject", "derna-flods"], NEAR_MISSES[0][1]),
        ("d-1", ["--measure", "deaths-in-dern"], NEAR_MISSES[1][1]),
        ("d-2", ["--proposition", "derna-toll-reached-11-300"], NEAR_MISSES[2][1]),
        ("d-2", ["--affirms", "derna-toll-reached-11-300"], NEAR_MISSES[2][1]),
        ("d-1", ["--claimant", "Libyan Red Cresent"], NEAR_MISSES[3][1]),
    ],
)
def test_edit_refuses_a_near_miss_and_accepts_it_with_new(dct, target, flags, message) -> None:
    before = ok(dct("history", target, "--json"))
    result = dct("edit", target, *flags)
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines()[0] == f"error: {message}"
    assert ok(dct("history", target, "--json")) == before
    ok(dct("edit", target, *flags, "--new"))
    assert len(json.loads(ok(dct("history", target, "--json")))["history"]) == 1


def test_add_offers_the_existing_name_on_a_terminal(dct, monkeypatch) -> None:
    import claimtrack.cli.claims

    monkeypatch.setattr(claimtrack.cli.claims, "_interactive", lambda: True)
    result = dct(
        *add_args(figure="11,300", measure="deaths-in-dern", said_on="2023-09-21"),
        "--json",
        input="1\n",
    )
    # CliRunner echoes the typed answer on stdout, as a terminal would
    echoed, data = result.stdout.split("\n", 1)
    assert echoed.strip() == "1"
    assert json.loads(data)["measure"] == "deaths-in-derna"
    assert "1. use deaths-in-derna" in result.stderr
    kept = dct(*add_args(figure="9", measure="deaths-in-dern"), "--json", input="n\n")
    assert json.loads(kept.stdout.split("\n", 1)[1])["measure"] == "deaths-in-dern"


def test_import_reports_every_near_miss_line_and_writes_nothing(dct, tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "more.jsonl",
        [
            derna(kind="figure", measure="deaths-in-derna", value="5,000"),  # fine
            derna(kind="figure", measure="deaths-in-dern", value="5,100"),
            derna(kind="stance", proposition="derna-toll-reached-11-300", stance="denies"),
            derna(
                claimant="Libyan Red Cresent", kind="figure", measure="deaths-in-dern", value="1"
            ),
            derna(subject="derna-flods", kind="figure", measure="deaths", value="2"),
            derna(subject="benghazi-storm", kind="figure", measure="injured-people", value="3"),
            derna(subject="benghazi-storm", kind="figure", measure="injured-peopel", value="4"),
        ],
    )
    before = ok(dct("export"))
    result = dct("import", str(path))
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines() == [
        "error: 6 lines use a name that is new but close to an existing one; nothing was imported",
        f"  {path}:2: measure 'deaths-in-dern' is new to subject derna-floods; did you mean 'deaths-in-derna'?",
        f"  {path}:3: proposition 'derna-toll-reached-11-300' is new to subject derna-floods; did you mean 'derna-toll-reached-11300'?",
        f"  {path}:4: claimant 'Libyan Red Cresent' is new to subject derna-floods; did you mean 'Libyan Red Crescent'?",
        f"  {path}:4: measure 'deaths-in-dern' is new to subject derna-floods; did you mean 'deaths-in-derna'?",
        f"  {path}:5: subject 'derna-flods' is a new subject; did you mean 'derna-floods'?",
        f"  {path}:6: measure 'injured-people' is new to subject benghazi-storm; did you mean 'injured-peopel' (also new)?",
        f"  {path}:7: measure 'injured-peopel' is new to subject benghazi-storm; did you mean 'injured-people' (also new)?",
        "hint: fix the names, or give --new if they really are new",
    ]
    assert ok(dct("export")) == before
    summary = json.loads(ok(dct("import", str(path), "--new", "--json")))
    assert summary["added"] == 7


def test_aliases_count_as_known_names(dct) -> None:
    ok(dct("alias", MAYOR_TOO, "--same-as", MAYOR))
    result = dct(
        *add_args(claimant="Abdel Moneim Al-Ghaithy", figure="9", measure="deaths-in-derna")
    )
    assert result.exit_code == 2
    assert "did you mean 'Abdel Moneim Al-Ghaithi'?" in result.stderr


# -- aliases --------------------------------------------------------------------------------


def test_alias_fold_and_unfold_change_the_conflicts_and_nothing_else(dct) -> None:
    def snapshot() -> dict:
        return {
            "list": ok(dct("list", "--json", "--include-retracted")),
            "claims": [x for x in ok(dct("export")).splitlines() if '"record"' not in x],
            "history": ok(dct("history", "d-3", "--json")),
            "csv": ok(dct("export", "--format", "csv")),
        }

    unfolded = json.loads(ok(dct("conflicts", "derna-floods", "--json")))
    before = snapshot()
    assert [c for c in unfolded["conflicts"] if c["kind"] == "reversal"] == []
    ok(dct("alias", MAYOR_TOO, "--same-as", MAYOR))
    folded = json.loads(ok(dct("conflicts", "derna-floods", "--json")))
    assert folded != unfolded
    reversals = [c for c in folded["conflicts"] if c["kind"] == "reversal"]
    assert [(r["claimant"], r["claims"]) for r in reversals] == [(MAYOR, ["d-1", "d-3"])]
    every = json.loads(ok(dct("conflicts", "--all", "--json")))
    (derna,) = [s for s in every["subjects"] if s["subject"] == "derna-floods"]
    assert derna | {"format_version": every["format_version"]} == folded  # --all folds too
    assert snapshot() == before
    ok(dct("alias", MAYOR_TOO, "--remove"))
    assert json.loads(ok(dct("conflicts", "derna-floods", "--json"))) == unfolded
    assert snapshot() == before


def test_alias_chains_are_followed_and_cycles_refused(dct) -> None:
    ok(dct("alias", MAYOR_TOO, "--same-as", MAYOR))  # A -> B
    ok(dct("alias", MAYOR, "--same-as", "Libyan Red Crescent"))  # B -> C: A -> C too
    rows = json.loads(ok(dct("claimants", "--json")))
    top = rows[0]
    assert top["claimant"] == "Libyan Red Crescent" and top["claims"] == 4
    assert top["aliases"] == [MAYOR_TOO, MAYOR]
    cycle = dct("alias", "Libyan Red Crescent", "--same-as", MAYOR_TOO)  # C -> A
    assert cycle.exit_code == 2
    assert "would make a cycle" in cycle.stderr
    again = dct("alias", MAYOR_TOO, "--same-as", "WHO")
    assert again.exit_code == 2 and "is already an alias of" in again.stderr
    self_alias = dct("alias", "who", "--same-as", "WHO")
    assert self_alias.exit_code == 2 and "already the same claimant" in self_alias.stderr
    unknown = dct("alias", "Nobody", "--same-as", "WHO")
    assert unknown.exit_code == 1 and "no claimant named 'Nobody'" in unknown.stderr
    not_alias = dct("alias", "WHO", "--remove")
    assert not_alias.exit_code == 1 and "is not an alias" in not_alias.stderr


def test_claimants_and_kinds(dct) -> None:
    rows = json.loads(ok(dct("claimants", "derna-floods", "--json")))
    assert rows == [
        {
            "claimant": MAYOR,
            "kind": "organization",
            "kind_from": "guessed",
            "claims": 2,
            "active": 2,
            "aliases": [],
        },
        {
            "claimant": MAYOR_TOO,
            "kind": "organization",
            "kind_from": "guessed",
            "claims": 1,
            "active": 1,
            "aliases": [],
        },
        {
            "claimant": "Libyan Red Crescent",
            "kind": "organization",
            "kind_from": "guessed",
            "claims": 1,
            "active": 1,
            "aliases": [],
        },
        {
            "claimant": "WHO",
            "kind": "organization",
            "kind_from": "guessed",
            "claims": 1,
            "active": 1,
            "aliases": [],
        },
    ]
    ok(dct("alias", MAYOR_TOO, "--same-as", MAYOR))
    shown = json.loads(ok(dct("claimant", MAYOR_TOO, "--kind", "person", "--json")))
    assert shown == {
        "claimant": MAYOR,
        "kind": "person",
        "kind_from": "set",
        "claims": 3,
        "active": 3,
        "aliases": [MAYOR_TOO],
        "role": None,
        "party_to": [],
    }
    unknown = dct("claimant", "Libyan Red Cresent")
    assert unknown.exit_code == 1 and "did you mean: Libyan Red Crescent" in unknown.stderr


def test_kind_is_guessed_from_the_speaker_field(ct) -> None:
    ok(ct("add", "s", "--claimant", "Col. Ryan Dillon", "--quote", "q", "--affirms", "p"))
    ok(
        ct(
            "add",
            "s",
            "--claimant",
            "CJTF-OIR",
            "--speaker",
            "Col. Ryan Dillon",
            "--quote",
            "r",
            "--affirms",
            "p",
        )
    )
    kinds = {r["claimant"]: r["kind"] for r in json.loads(ok(ct("claimants", "--json")))}
    assert kinds == {"Col. Ryan Dillon": "person", "CJTF-OIR": "organization"}


def test_claimreview_author_is_a_person_or_an_organization(dct) -> None:
    ok(dct("alias", MAYOR_TOO, "--same-as", MAYOR))
    ok(dct("claimant", MAYOR, "--kind", "person"))
    ok(dct("review", "d-3", "--rating", "False", "--url", "https://example.org/fc"))
    ok(dct("review", "d-4", "--rating", "True", "--url", "https://example.org/fc2"))
    docs = json.loads(ok(dct("export", "derna-floods", "--format", "claimreview")))
    assert [d["itemReviewed"]["author"] for d in docs] == [
        {"@type": "Person", "name": MAYOR},
        {"@type": "Organization", "name": "Libyan Red Crescent"},
    ]


def test_list_claimant_matches_aliases_and_substrings(dct) -> None:
    ok(dct("alias", MAYOR_TOO, "--same-as", MAYOR))
    ids = lambda r: [x["id"] for x in json.loads(ok(r))]  # noqa: E731
    assert ids(dct("list", "--claimant", "abdulmenam al ghaithi", "--json")) == [
        "d-1",
        "d-2",
        "d-3",
    ]
    sub = dct("list", "--claimant", "Red Crescent", "--json")
    assert ids(sub) == ["d-4"]
    assert "--claimant 'Red Crescent' matched: Libyan Red Crescent" in sub.stderr
    none = dct("list", "--claimant", "Libyan Red Cresent")
    assert none.exit_code == 0
    assert (
        "No claimant matches 'Libyan Red Cresent'; did you mean: Libyan Red Crescent" in none.stderr
    )


def test_registry_records_round_trip_byte_for_byte(dct, runner, tmp_path: Path) -> None:
    ok(dct("alias", MAYOR_TOO, "--same-as", MAYOR))
    ok(dct("claimant", MAYOR, "--kind", "person"))
    first = tmp_path / "first.jsonl"
    ok(dct("export", "-o", str(first)))
    lines = first.read_text().splitlines()
    assert lines[:2] == [
        json.dumps({"record": "claimant", "name": MAYOR, "kind": "person"}),
        json.dumps({"record": "alias", "name": MAYOR_TOO, "same_as": MAYOR}),
    ]
    fresh = tmp_path / "fresh.db"
    ok(runner.invoke(app, ["init", "--empty", str(fresh)]))
    summary = json.loads(ok(dct("import", str(first), "--json", db=fresh)))
    assert (summary["registry"], summary["added"]) == (2, 5)
    second = tmp_path / "second.jsonl"
    ok(dct("export", "-o", str(second), db=fresh))
    assert second.read_bytes() == first.read_bytes()
    again = json.loads(ok(dct("import", str(first), "--json", db=fresh)))
    assert (again["registry"], again["added"], again["unchanged"]) == (0, 0, 5)


def test_bad_registry_records_are_bad_lines(ct, tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "r.jsonl",
        [
            {"record": "alias", "name": "A"},
            {"record": "claimant", "name": "A", "kind": "robot"},
            {"record": "relation", "name": "x"},
            {"record": "alias", "name": "A", "same_as": "B"},
            {"record": "alias", "name": "B", "same_as": "A"},
        ],
    )
    result = ct("import", str(path))
    assert result.exit_code == 2
    assert result.stderr.splitlines()[1:5] == [
        f"  {path}:1: same_as: required field is missing",
        f"  {path}:2: kind: must be 'person' or 'organization', got 'robot'",
        f"  {path}:3: record: unknown record type 'relation' (known: claimant, alias, measure, sum, source, snapshot, alternative, review, version)",
        f"  {path}:5: alias: refused: 'A' already folds into 'B'; 'B' -> 'A' would make a cycle",
    ]


# -- fewer keystrokes -----------------------------------------------------------------------


def test_db_is_accepted_after_the_command(runner, empty_db: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["subjects", "--json", "--db", str(empty_db)])
    assert ok(result) == "[]\n"
    ok(runner.invoke(app, ["export", f"--db={empty_db}"]))
    twice = runner.invoke(app, ["--db", str(empty_db), "list", "--db", str(tmp_path / "x.db")])
    assert twice.exit_code == 2 and "--db is given more than once" in twice.output


def test_one_add_with_a_figure_and_a_stance_gives_two_claims(dct) -> None:
    records = json.loads(
        ok(
            dct(
                *add_args(
                    figure="11,300",
                    measure="deaths-in-derna",
                    denies="derna-toll-reached-11300",
                    said_on="2023-09-17",
                ),
                "--json",
            )
        )
    )
    assert [r["kind"] for r in records] == ["figure", "stance"]
    assert records[0]["quote"] == records[1]["quote"] == "a new quote: 11,300"
    assert records[0]["added_at"] == records[1]["added_at"]
    text = dct(
        *add_args(figure="12", measure="deaths-in-derna", affirms="derna-toll-reached-11300")
    )
    assert f"Added {records[0]['id'][:0]}" in text.stderr and " and " in text.stderr


def test_two_claims_are_written_together_or_not_at_all(dct) -> None:
    ok(
        dct(
            "add",
            "derna-floods",
            "--claimant",
            "WHO",
            "--quote",
            "x",
            "--affirms",
            "p",
            "--id",
            "taken",
        )
    )
    before = ok(dct("export"))
    bad = dct(
        *add_args(
            figure="1",
            measure="deaths-in-derna",
            affirms="derna-toll-reached-11300",
            said_on="2023-13-01",
        )
    )
    assert bad.exit_code == 2
    assert ok(dct("export")) == before


def test_edit_takes_the_flags_of_add(dct) -> None:
    edited = json.loads(
        ok(dct("edit", "d-1", "--figure", "some 11,000", "--quote", "some 11,000", "--json"))
    )
    assert (edited["value"], edited["low"], edited["high"]) == ("some 11,000", 9900, 12100)
    via_value = json.loads(
        ok(dct("edit", "d-1", "--value", "11,300", "--quote", "11,300", "--json"))
    )
    assert via_value["low"] == 11300
    flipped = json.loads(ok(dct("edit", "d-2", "--denies", "derna-toll-reached-11300", "--json")))
    assert (flipped["stance"], flipped["proposition"]) == ("denies", "derna-toll-reached-11300")
    both = dct("edit", "d-2", "--affirms", "a", "--denies", "b")
    assert both.exit_code == 2 and "one of --affirms, --denies or --uncertain" in both.stderr


def test_ids_can_be_given_by_prefix(ct) -> None:
    ids = []
    for n in range(40):
        rec = json.loads(
            ok(
                ct(
                    "add",
                    "raqqa-convoy",
                    "--claimant",
                    "C",
                    "--quote",
                    f"q{n}",
                    "--affirms",
                    "p",
                    "--json",
                )
            )
        )
        ids.append(rec["id"])
    one = ids[0]
    shown = json.loads(ok(ct("show", one[: len("raqqa-convoy-") + 6], "--json")))
    assert shown["id"] == one
    ok(ct("edit", one[:-3], "--note", "by prefix"))
    assert json.loads(ok(ct("history", one[:-3], "--json")))["id"] == one
    ok(ct("review", one[:-2], "--rating", "False"))
    ok(ct("retract", one[:-1], "--reason", "test"))
    short = ct("show", "raqqa-convoy-" + one[13:16])
    assert short.exit_code == 2
    assert "is too short: give at least 4 characters after the subject" in short.stderr
    too_short = ct("show", "raqqa-convoy")
    assert too_short.exit_code == 2 and "hint: e.g. raqqa-convoy-" in too_short.stderr
    missing = ct("show", "raqqa-convoy-zzzz")
    assert missing.exit_code == 1 and "no claim with id 'raqqa-convoy-zzzz'" in missing.stderr


def test_ambiguous_prefix_lists_the_ids(ct, tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "x.jsonl",
        [figure(id="raqqa-convoy-abcd1"), figure(id="raqqa-convoy-abcd2", value="9")],
    )
    ok(ct("import", str(path)))
    result = ct("show", "raqqa-convoy-abcd")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[:3] == [
        "error: id prefix 'raqqa-convoy-abcd' matches 2 claims; give more characters",
        "  raqqa-convoy-abcd1",
        "  raqqa-convoy-abcd2",
    ]
    assert json.loads(ok(ct("show", "raqqa-convoy-abcd2", "--json")))["value"] == "9"


def test_csv_import_template_and_errors(ct, tmp_path: Path) -> None:
    template = tmp_path / "template.csv"
    ok(ct("export", "--format", "csv", "--template", "-o", str(template)))
    text = template.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("id,subject,claimant,speaker,")
    assert text.splitlines()[1].startswith("# example row")
    empty = ct("import", str(template), "--json")
    assert json.loads(ok(empty))["added"] == 0
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        "subject,claimant,quote,kind,measure,value,proposition,stance,low\n"
        "raqqa-convoy,SDF,only a few dozen,figure,fighters-evacuated,a few dozen,,,\n"
        "raqqa-convoy,Coalition,not involved,stance,,,coalition-took-part,denies,\n"
        "raqqa-convoy,SDF,,figure,fighters-evacuated,a few dozen,,,\n"
        "raqqa-convoy,SDF,x,figure,fighters-evacuated,250,,,lots\n",
        encoding="utf-8",
    )
    result = ct("import", str(sheet))
    assert result.exit_code == 2
    assert result.stderr.splitlines()[:3] == [
        "error: 2 bad lines; nothing was imported",
        f"  {sheet}:4: quote: required field is missing",
        f"  {sheet}:5: low: 'lots' is not a number",
    ]
    good = tmp_path / "good.txt"
    good.write_text("\n".join(sheet.read_text().splitlines()[:3]) + "\n")
    summary = json.loads(ok(ct("import", str(good), "--format", "csv", "--json")))
    assert summary["added"] == 2
    unknown = tmp_path / "bad.csv"
    unknown.write_text("subject,claimnt\nx,y\n")
    result = ct("import", str(unknown))
    assert result.exit_code == 2 and f"{unknown}:1: unknown column: 'claimnt'" in result.stderr


def test_csv_export_imports_unchanged(ct, sample_db: Path, runner, tmp_path: Path) -> None:
    out = tmp_path / "all.csv"
    ok(ct("export", "--format", "csv", "-o", str(out), db=sample_db))
    fresh = tmp_path / "fresh.db"
    ok(runner.invoke(app, ["init", "--empty", str(fresh)]))
    # CSV carries claims only: the sources they name are imported first, from JSONL
    sources = [x for x in ok(ct("export", db=sample_db)).splitlines() if '"source"' in x[:20]]
    (tmp_path / "sources.jsonl").write_text("\n".join(sources) + "\n", encoding="utf-8")
    ok(ct("import", str(tmp_path / "sources.jsonl"), db=fresh))
    ok(ct("import", str(out), db=fresh))

    def claims(db: Path) -> list[str]:  # CSV carries claims only, not registry records
        return [x for x in ok(ct("export", db=db)).splitlines() if '"record"' not in x]

    assert claims(fresh) == claims(sample_db)


def test_subjects_subject_shows_its_vocabulary(dct) -> None:
    detail = json.loads(ok(dct("subjects", "derna-floods", "--json")))
    assert detail["measures"] == [
        {
            "measure": "deaths-in-derna",
            "claims": 3,
            "active": 3,
            "dimension": "count",
            "cumulative": False,
        },
        {
            "measure": "missing-in-derna",
            "claims": 1,
            "active": 1,
            "dimension": "count",
            "cumulative": False,
        },
    ]
    assert detail["propositions"] == [
        {"proposition": "derna-toll-reached-11300", "claims": 1, "active": 1}
    ]
    assert [c["claimant"] for c in detail["claimants"]] == [
        MAYOR,
        MAYOR_TOO,
        "Libyan Red Crescent",
        "WHO",
    ]
    assert ok(dct("subjects", "derna-floods")).startswith("derna-floods: 5 claims")
    missing = dct("subjects", "derna-flods")
    assert missing.exit_code == 1 and "did you mean: derna-floods" in missing.stderr


def test_stance_helper_still_works(ct) -> None:
    assert stance()["kind"] == "stance"


def test_import_lists_the_first_20_lines_of_each_near_miss_and_repeats(dct, tmp_path: Path) -> None:
    """The name check keeps no per-line record of names: the lines of a near miss are read
    back from the rows the import wrote (20 per distinct combination of names, as before),
    including a line repeating an earlier one exactly."""
    rows = [
        derna(id=f"n-{i}", kind="figure", measure="deaths-in-dern", value=str(100 + i))
        for i in range(25)
    ]
    rows.insert(1, rows[0])  # the same claim again: unchanged, still a line using the name
    rows.append(derna(claimant="Omar", kind="figure", measure="deaths-in-dern", value="7"))
    path = write_jsonl(tmp_path / "many.jsonl", rows)
    result = dct("import", str(path))
    assert result.exit_code == 2, result.output
    listed = [x.split(": ", 1)[0].rsplit(":", 1)[1] for x in result.stderr.splitlines()[1:-1]]
    assert listed == [str(n) for n in range(1, 21)] + ["27"], result.stderr
    assert result.stderr.splitlines()[0].startswith("error: 21 lines use a name")
