"""`claimtrack conflicts` end to end: exact JSON, byte-exact CSV sheet, exit codes, the sample."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import examples, sample_claims, stance, unwanted_modules_after, write_jsonl

FIXTURES = Path(__file__).parent / "fixtures"

EXPECTED = {
    "format_version": 4,  # docs/exports.md, "The version of the conflicts JSON"
    "subject": "raqqa-convoy",
    "min_gap": 1.1,
    "conflicts": [
        {
            "kind": "figure",
            "measure": "fighters-evacuated",
            "dimension": "count",
            "as_of": None,
            "severity": 4.1,
            "gaps": [4.1],
            "positions": [
                {
                    "low": 24,
                    "high": 60,
                    "claims": ["f1"],
                    "claimants": ["Syrian Democratic Forces"],
                    "origins": 1,
                    "grade": "single-source",
                },
                {
                    "low": 200,
                    "high": 999,
                    "claims": ["f2", "f3"],
                    "claimants": ["BBC", "US Led Coalition"],
                    "origins": 2,
                    "grade": "corroborated",
                },
            ],
            "party_only": False,
            "bounds": {"low": 24, "high": 999, "corroborated_low": 200, "corroborated_high": 999},
        },
        {
            "kind": "stance",
            "proposition": "coalition-took-part",
            "positions": [
                {
                    "stance": "affirms",
                    "claims": ["s2", "s3"],
                    "claimants": ["BBC", "US Led Coalition"],
                    "origins": 2,
                    "grade": "corroborated",
                },
                {
                    "stance": "denies",
                    "claims": ["s1"],
                    "claimants": ["US Led Coalition"],
                    "origins": 1,
                    "grade": "single-source",
                },
            ],
            "party_only": False,
        },
        {
            "kind": "reversal",
            "claimant": "US Led Coalition",
            "proposition": "coalition-took-part",
            "claims": ["s1", "s3"],
            "dates": [
                {"date": "2017-10-14", "basis": "said_on"},
                {"date": "2017-11-20", "basis": "said_on"},
            ],
            "ordered": True,
            "origins": 1,
            "grade": "single-source",
        },
    ],
    "minor": [],
    "incomparable": [],
    "checks": [],
    "changes": [],
    "hints": [],
    "unchecked": [],
    "summary": {
        "figures": 1,
        "revisions": 0,
        "sums": 0,
        "propositions": 1,
        "reversals": 1,
        "walk_backs": 0,
        "minor": 0,
        "incomparable": 0,
        "claimants": 5,
        "claims": 8,
        "relaying": 0,
    },
    "comparisons": [],
    "definitions": {},
}


@pytest.fixture
def small(ct):
    result = ct("import", str(FIXTURES / "small.jsonl"))
    assert result.exit_code == 0, result.output
    return ct


def test_json_is_exactly_the_contract(small) -> None:
    result = small("conflicts", "raqqa-convoy", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == EXPECTED


def test_the_json_says_its_version(small, tmp_path: Path) -> None:
    """Tools that read `conflicts --json` learn which contract they read (outputs8): the
    first key of one subject's document and of --all's (written by the fan-out, and by the
    stream beside a sheet) is ``format_version``, the last version docs/exports.md lists."""
    import re

    from claimtrack.conflicts import FORMAT_VERSION

    one = small("conflicts", "raqqa-convoy", "--json")
    assert list(json.loads(one.stdout))[:2] == ["format_version", "subject"]
    every = small("conflicts", "--all", "--json")
    beside = small("conflicts", "--all", "--json", "--xlsx", str(tmp_path / "s.xlsx"))
    for result in (one, every, beside):
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["format_version"] == FORMAT_VERSION
    assert every.stdout.startswith(f'{{"format_version": {FORMAT_VERSION}, "subjects": [')
    assert beside.stdout.startswith(f'{{"format_version": {FORMAT_VERSION}, "subjects": [')
    docs = (FIXTURES.parent.parent / "docs" / "exports.md").read_text(encoding="utf-8")
    section = docs.split("### The version of the conflicts JSON", 1)[1].split("\n#", 1)[0]
    listed = re.findall(r"^\| (\d+) \|", section, re.M)
    assert listed and int(listed[-1]) == FORMAT_VERSION, listed


def test_csv_sheet_is_byte_exact(small, tmp_path: Path) -> None:
    """The fixture was updated on purpose for #15: a ``verdict`` column (f1's latest
    review's rating; f1 was reviewed twice); and for #26: ``origins`` and ``grade`` (those
    of the claim's position); and for outputs11: ``finding`` (the heading the terminal
    prints), ``caveats``, ``reading`` (the figure as the terminal reads it), ``as_of``,
    ``note`` and ``subject``; and for outputs12: a month (``reported_on`` 2017-11) has the
    guard apostrophe, which Excel would read as a date (sheetcells.py); and for outputs10:
    ``unit``, the unit of ``low`` and ``high`` (none given for these counts), and ``joins``."""
    for rating in ("Unproven", "False"):
        assert small("review", "f1", "--rating", rating).exit_code == 0
    out = tmp_path / "sheet.csv"
    result = small("conflicts", "raqqa-convoy", "--csv", str(out))
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == (FIXTURES / "small-conflicts.csv").read_bytes()
    assert f"Wrote {out} (8 rows)" in result.stderr


def test_csv_neutralises_formulas_and_keeps_numbers(small, tmp_path: Path) -> None:
    import csv

    out = tmp_path / "sheet.csv"
    small("conflicts", "raqqa-convoy", "--csv", str(out))
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    f2 = next(r for r in rows if r["claim_id"] == "f2")
    assert f2["quote"] == "'=250 fighters, plus 3,500 family members"
    assert (f2["low"], f2["high"]) == ("250", "250")


def test_rich_output_shows_positions_chart_and_summary(small) -> None:
    out = small("conflicts", "raqqa-convoy").stdout
    assert "1. Disputed figure: fighters-evacuated: 2 positions, spread 4.1x" in out
    assert "2. Disputed proposition: coalition-took-part" in out
    assert (
        "3. Reversal: US Led Coalition changed position on proposition coalition-took-part" in out
    )
    assert "├" in out and "┤" in out  # the range chart
    assert (
        "1 disputed figure, 1 disputed proposition, 1 reversal among 8 claims from 5 claimants"
        in out
    )
    assert "family-members" not in out  # an agreed measure is not listed


def test_no_conflicts_is_said_plainly(ct) -> None:
    lines = [json.loads(x) for x in (FIXTURES / "small.jsonl").read_text().splitlines()]
    agreeing = "".join(json.dumps(r) + "\n" for r in lines if r["id"].startswith("x"))
    assert ct("import", "-", input=agreeing).exit_code == 0
    result = ct("conflicts", "raqqa-convoy")
    assert result.exit_code == 0
    assert "No conflicts" in result.stdout
    data = json.loads(ct("conflicts", "raqqa-convoy", "--json").stdout)
    assert data["conflicts"] == []
    assert ct("conflicts", "raqqa-convoy", "--fail-on-conflict").exit_code == 0


def test_fail_on_conflict_exits_3(small) -> None:
    result = small("conflicts", "raqqa-convoy", "--fail-on-conflict", "--json")
    assert result.exit_code == 3
    assert json.loads(result.stdout) == EXPECTED


def test_unknown_subject_suggests_the_nearest(small) -> None:
    result = small("conflicts", "raqa-convoy")
    assert result.exit_code == 1
    assert "error: no claims on subject 'raqa-convoy'" in result.stderr
    assert "hint: did you mean: raqqa-convoy" in result.stderr


def test_subject_or_all_not_both(small) -> None:
    assert small("conflicts").exit_code == 2
    assert small("conflicts", "raqqa-convoy", "--all").exit_code == 2


def test_all_subjects(ct, sample_db: Path) -> None:
    result = ct("conflicts", "--all", "--json", db=sample_db)
    data = json.loads(result.stdout)
    assert data["checked"] == 2
    assert [s["subject"] for s in data["subjects"]] == ["raqqa-convoy", "syria-isis-prison-escapes"]
    assert ct("conflicts", "--all", "--fail-on-conflict", db=sample_db).exit_code == 3


def test_retracted_claims_leave_the_dispute(small) -> None:
    assert small("retract", "f1").exit_code == 0
    data = json.loads(small("conflicts", "raqqa-convoy", "--json").stdout)
    assert [c["kind"] for c in data["conflicts"]] == ["stance", "reversal"]


# -- the bundled sample (issue: the disputes a fact-checker expects, none spurious) ---------


def sample_conflicts(ct, db: Path, subject: str) -> dict:
    return json.loads(ct("conflicts", subject, "--json", db=db).stdout)


def test_sample_raqqa_disputes(ct, sample_db: Path) -> None:
    data = sample_conflicts(ct, sample_db, "raqqa-convoy")
    figures = {c["measure"]: c for c in data["conflicts"] if c["kind"] == "figure"}
    stances = {c["proposition"] for c in data["conflicts"] if c["kind"] == "stance"}
    fighters = figures["isis-fighters-evacuated"]
    ranges = [(p["low"], p["high"]) for p in fighters["positions"]]
    assert ranges[0] == (24, 60)  # the SDF's "a few dozen"
    assert any(lo <= 250 <= hi for lo, hi in ranges[1:])  # the coalition's 250
    assert ranges[-1] == (2000, 9999)  # "thousands"
    assert list(figures) == ["isis-fighters-evacuated"]  # no spurious figure disputes
    assert stances == {
        "deal-was-secret",
        "foreign-fighters-in-convoy",
        "coalition-played-part-in-deal",
        "departing-fighters-screened",
    }


def test_sample_prison_escape_disputes(ct, sample_db: Path) -> None:
    data = sample_conflicts(ct, sample_db, "syria-isis-prison-escapes")
    stances = {c["proposition"] for c in data["conflicts"] if c["kind"] == "stance"}
    assert {"turkish-strikes-enabled-escapes", "sdf-deliberately-releasing-detainees"} <= stances


def test_sample_file_is_valid_with_unique_ids() -> None:
    from claimtrack.models import Claim

    lines = [json.dumps(r) for r in sample_claims()]
    claims = [Claim.model_validate_json(line) for line in lines]
    assert len(claims) >= 45
    assert len({c.id for c in claims}) == len(claims)
    assert {c.subject for c in claims} == {"raqqa-convoy", "syria-isis-prison-escapes"}
    for line, claim in zip(lines, claims, strict=True):
        assert json.loads(line).get("id") == claim.id  # every sample claim has a stable id


SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def _norm(text: str) -> str:
    for a, b in (("â€”", "—"), ("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"')):
        text = text.replace(a, b)
    return " ".join(text.split())


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed articles are not beside this checkout")
def test_sample_quotes_are_verbatim_from_the_seed_articles() -> None:
    articles = _norm(" ".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))))
    missing = []
    for record in sample_claims():
        if _norm(record["quote"]) not in articles:
            missing.append(record["id"])
    assert missing == []


def test_all_subjects_json_without_conflicts(ct) -> None:
    lines = [json.loads(x) for x in (FIXTURES / "small.jsonl").read_text().splitlines()]
    agreeing = "".join(json.dumps(r) + "\n" for r in lines if r["id"].startswith("x"))
    assert ct("import", "-", input=agreeing).exit_code == 0
    result = ct("conflicts", "--all", "--json")
    assert result.exit_code == 0, result.output
    # the subject checked is listed, with its claims: not left out of sight (outputs19)
    assert json.loads(result.stdout) == {
        "format_version": 4,
        "subjects": [],
        "no_conflicts": [
            {"subject": "raqqa-convoy", "claims": 2, "minor": 0, "changes": 0, "hints": 0}
        ],
        "checked": 1,
    }
    assert "No conflicts" not in result.stdout
    table = ct("conflicts", "--all")
    assert "No conflicts in any of 1 subject." in table.stderr
    assert table.stdout == (
        "\nChecked, no conflict in 1 subject (each in full: claimtrack conflicts SUBJECT): raqqa-convoy "
        "(2 claims)\n"
    )


@pytest.mark.slow  # starts a process (tests/conftest.py: process tests are slow)
def test_json_of_one_subject_loads_only_what_it_uses(sample_db: Path) -> None:
    """`conflicts SUBJ --json` reads, analyses and prints JSON: no rich tables, no pydantic
    (neither the record model nor typer's coercion: cli/coercion.py), no sqlite-utils (the
    database needs no migration)."""
    call = (
        "from claimtrack.cli import app\n"
        "try:\n"
        "    app(['--db', sys.argv[1], 'conflicts', 'raqqa-convoy', '--json'])\n"
        "except SystemExit:\n"
        "    pass"
    )
    unwanted = (
        "rich.table", "sqlite_utils", "claimtrack.models", "claimtrack.render",
        "claimtrack.migrations", "claimtrack.quantities", "pydantic",
    )  # fmt: skip
    assert unwanted_modules_after(call, sample_db, unwanted) == []


@pytest.fixture
def crowd(ct) -> object:
    """A subject whose positions hold more claims than the text output lists (5)."""
    result = ct("import", str(FIXTURES / "crowd.jsonl"))
    assert result.exit_code == 0, result.output
    return ct


def test_text_of_a_big_position_lists_its_first_claims_with_counts(crowd) -> None:
    result = crowd("conflicts", "crowd-demo")
    assert result.exit_code == 0, result.output
    out = result.output
    rows = [line.split() for line in out.splitlines() if line.startswith("    1  180–220")]
    assert rows and rows[0][:4] == ["1", "180–220", "8", "8"], out
    assert [f"cr-low-{i}" in out for i in range(1, 9)] == [True, True] + [False] * 6
    assert "1: 8 claims" in out  # one chart strip per position
    assert "affirms  8 claims, 8 claimants: Witness A (cr-aff-1)" in out
    reversal = out.split("3. Reversal: Police changed position on proposition")[1].splitlines()
    assert reversal[1].strip() == (
        "3 claims: denies (said 2024-03-02) → affirms (said 2024-03-05) → denies (said 2024-03-09)"
    )
    assert "No tear gas was used" not in out  # quotes only in --full
    assert out.rstrip().endswith(
        "1 disputed figure, 1 disputed proposition, 1 reversal among 21 claims from 12 claimants"
    )


def test_full_text_lists_every_claim_and_each_reversal_as_a_table(crowd) -> None:
    result = crowd("conflicts", "crowd-demo", "--full")
    assert result.exit_code == 0, result.output
    out = result.output
    assert all(f"cr-low-{i}" not in out for i in range(1, 9))  # tables show quotes, not ids
    assert out.count("About 200 people were at the square") == 8
    assert out.count("Police used tear gas.") == 7
    assert "date             position  who" in out.split("3. Reversal")[1]
    assert "No tear gas was used, police said." in out.split("3. Reversal")[1]


def test_bounded_text_does_not_change_the_json(crowd) -> None:
    plain = crowd("conflicts", "crowd-demo", "--json")
    full = crowd("conflicts", "crowd-demo", "--json", "--full")
    assert plain.exit_code == 0 and full.exit_code == 0
    data = json.loads(plain.output)
    assert plain.output == full.output
    # "1,000" and "1,200" are 1.2x apart (rule 6: tolerances do not stack), "about 1,100"
    # agrees with "1,000"
    assert [len(p["claims"]) for p in data["conflicts"][0]["positions"]] == [8, 2, 1]


def test_bounded_text_with_the_sheet_lists_every_claim_in_the_sheet(crowd, tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.csv"
    result = crowd("conflicts", "crowd-demo", "--csv", str(sheet))
    assert result.exit_code == 0, result.output
    assert "1: 8 claims" in result.stdout and "cr-low-8" not in result.stdout  # bounded text
    text = sheet.read_text(encoding="utf-8-sig")
    assert all(f"cr-low-{i}" in text for i in range(1, 9))  # the sheet is not


_LINE = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\r"), max_size=40
)


@settings(max_examples=examples(60), deadline=None)
@given(
    st.lists(st.one_of(_LINE, _LINE.map(lambda s: ("text", s))), max_size=5),
    st.integers(0, 3),
)
def test_bounded_lines_written_as_is_read_as_rich_prints_them(lines: list, indent: int) -> None:
    """Without a terminal the bounded report's lines skip rich (render_conflicts._print_lines):
    the text is what rich prints for them (control characters made visible, tabs expanded
    by rich itself: such lines still go through it)."""
    import io

    from rich.console import Console

    from claimtrack import render_conflicts
    from claimtrack.render import plain_console, t

    given_lines = [t(x[1], "bold") if isinstance(x, tuple) else x for x in lines]

    def printed(force_rich: bool) -> str:
        console = Console(file=io.StringIO(), width=30, highlight=False, markup=False)
        assert plain_console(console)
        if force_rich:
            console.record = True  # not plain any more: rich prints
        render_conflicts._print_lines(console, given_lines, indent)
        return console.file.getvalue()  # type: ignore[attr-defined]

    assert printed(False) == printed(True)


@pytest.mark.parametrize(
    ("speakers", "line"),
    [
        # the claimant's own voice (or none): no speaker shown, as in the table's "who"
        ((None, None, None),
         "3 claims: affirms (said 2008-12-11) → denies (said 2008-12-14)"),
        (("Robert Mugabe", None, "robert mugabe"),
         "3 claims: affirms (said 2008-12-11) → denies (said 2008-12-14)"),
        # a spokesman walked it back: named, as the table of --full names him
        ((None, None, "George Charamba"),
         "3 claims: affirms (said 2008-12-11) → denies (said 2008-12-14, voiced by George "
         "Charamba)"),
        # one position said by two voices is listed once per voice; of one day, no arrow
        # between them (their order is not known, and neither changed position)
        (("Robert Mugabe", "Sikhanyiso Ndlovu", "George Charamba"),
         "3 claims: affirms (said 2008-12-11) · affirms (said 2008-12-11, voiced by Sikhanyiso "
         "Ndlovu) → denies (said 2008-12-14, voiced by George Charamba)"),
    ],
)  # fmt: skip
def test_a_one_line_reversal_names_who_voiced_each_step(
    ct, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, speakers: tuple, line: str
) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    days = ("2008-12-11", "2008-12-11", "2008-12-14")
    stances = ("affirms", "affirms", "denies")
    rows = [
        stance(id=f"z{i}", subject="zim", claimant="Robert Mugabe", proposition="outbreak-over",
               stance=s, said_on=d, quote=f"statement {i}", **({"speaker": sp} if sp else {}))
        for i, (s, d, sp) in enumerate(zip(stances, days, speakers, strict=True))
    ]  # fmt: skip
    result = ct("import", str(write_jsonl(tmp_path / "z.jsonl", rows)))
    assert result.exit_code == 0, result.output
    out = ct("conflicts", "zim")
    assert out.exit_code == 0, out.output
    reversal = out.stdout.split("Reversal: Robert Mugabe changed position")[1].splitlines()
    assert reversal[1].strip() == line


def _said(cid: str, claimant: str, quote: str, **kw: str) -> dict:
    return {"id": cid, "subject": "quay", "claimant": claimant, "said_on": "2026-03-02",
            "quote": quote} | kw  # fmt: skip


# Every claim the terminal shows "(relaying X)" beside: an echo, a relay that changes what it
# relays (judged as its own claim), and an echo in a walk-back (docs/conflicts.md, rule 11).
RELAY_STORY = [
    _said("fire-14", "Fire Brigade", "Fourteen people went to hospital after the quay gave way.",
          kind="figure", measure="people-hospitalised", value="Fourteen"),
    _said("radio-40", "Coast Radio", "The fire brigade says 40 people went to hospital.",
          kind="figure", measure="people-hospitalised", value="40", relays="fire-14"),
    _said("post-14", "Evening Post", "Firefighters said 14 people were taken to hospital.",
          kind="figure", measure="people-hospitalised", value="14", relays="fire-14"),
    _said("mayor-none", "Mayor", "Nobody is missing under the quay.",
          kind="stance", proposition="people-missing", stance="denies"),
    _said("radio-missing", "Coast Radio", "People are missing under the quay, the mayor said.",
          kind="stance", proposition="people-missing", stance="affirms", relays="mayor-none",
          said_on="2026-03-03"),
    _said("post-none", "Evening Post", "The mayor said no one is missing.",
          kind="stance", proposition="people-missing", stance="denies", relays="mayor-none",
          said_on="2026-03-03"),
    _said("post-unsure", "Evening Post", "Whether anyone is missing cannot yet be said.",
          kind="stance", proposition="people-missing", stance="uncertain", said_on="2026-03-04"),
]  # fmt: skip


def _relaying(finding: dict) -> object:
    if "positions" in finding:
        return [p.get("relaying") for p in finding["positions"]]
    return finding.get("relaying")


@pytest.mark.parametrize("args", [["quay"], ["--all"]])
def test_json_lists_every_relay_the_terminal_shows(ct, tmp_path: Path, args) -> None:
    write_jsonl(tmp_path / "quay.jsonl", RELAY_STORY)
    assert ct("import", str(tmp_path / "quay.jsonl")).exit_code == 0
    result = ct("conflicts", *args, "--json")
    doc = json.loads(result.stdout)
    doc = doc["subjects"][0] if "subjects" in doc else doc
    echo = {"claim": "post-14", "relays": "fire-14", "echo": True}
    own = {"claim": "radio-40", "relays": "fire-14", "echo": False}
    assert [(c["kind"], _relaying(c)) for c in doc["conflicts"]] == [
        ("figure", [[echo], [own]]),
        (
            "stance",
            [
                [{"claim": "radio-missing", "relays": "mayor-none", "echo": False}],
                [{"claim": "post-none", "relays": "mayor-none", "echo": True}],
                None,
            ],
        ),
        ("walk-back", [{"claim": "post-none", "relays": "mayor-none", "echo": True}]),
    ]
    assert doc["summary"]["relaying"] == 2  # the echoes, as before
    shown = ct("conflicts", "quay", "--full").stdout
    assert shown.count("(relaying") == 5  # the four relays, and the echo again in the walk-back


PIER_STORY = [
    _said("mayor", "Mayor", "the pier is safe to walk on", kind="stance",
          proposition="pier-safe", stance="affirms"),
    _said("port", "Port Authority", "the pier is not safe yet", kind="stance",
          proposition="pier-safe", stance="denies"),
    _said("port-eng", "Port Authority engineers", "nobody should walk on the pier",
          kind="stance", proposition="pier-safe", stance="denies"),
    _said("residents", "Residents", "the pier shakes and is unsafe", kind="stance",
          proposition="pier-safe", stance="denies"),
]  # fmt: skip
PIER_JOINS = [
    "Port Authority engineers is named with Port Authority: one origin",
    "Residents is an unnamed group: no origin of its own",
]


@pytest.mark.parametrize("args", [["quay"], ["--all"], ["--all", "--csv"]])
def test_json_says_why_claimants_are_one_origin(ct, tmp_path: Path, args) -> None:
    """outputs10: a position's ``joins`` are the terminal's words for claimants joined into one
    origin or left out of the count; before, the JSON gave the count alone."""
    write_jsonl(tmp_path / "pier.jsonl", PIER_STORY)
    assert ct("import", str(tmp_path / "pier.jsonl")).exit_code == 0
    if args[-1] == "--csv":
        args = [*args, str(tmp_path / "sheet.csv")]
    result = ct("conflicts", *args, "--json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    doc = doc["subjects"][0] if "subjects" in doc else doc
    positions = doc["conflicts"][0]["positions"]
    assert [(p["origins"], p.get("joins")) for p in positions] == [(1, None), (1, PIER_JOINS)]
    shown = " ".join(ct("conflicts", "quay").stdout.split())
    assert f"1 independent origin ({'; '.join(PIER_JOINS)})" in shown
    sheet = ct("conflicts", "quay", "--csv", "-").stdout.lstrip("\ufeff")
    rows = [(r["claim_id"], r["origins"], r["joins"]) for r in csv.DictReader(io.StringIO(sheet))]
    said = "; ".join(PIER_JOINS)
    assert rows == [
        ("mayor", "1", ""), ("port", "1", said), ("port-eng", "1", said), ("residents", "1", said)
    ]  # fmt: skip


def test_the_sheet_says_the_unit_of_every_amount(ct, tmp_path: Path) -> None:
    """outputs10: ``range`` says its base unit and ``unit`` the unit of ``low`` and ``high``,
    a currency by the code it was read as: before, "10,000,000,000" stood alone."""
    story = [
        _said("low", "Planning Ministry", "losses of $10 billion", kind="figure",
              measure="losses", value="$10 billion"),
        _said("high", "Relief Agency", "losses of PKR 9 trillion", kind="figure",
              measure="losses-pkr", value="PKR 9 trillion"),
        _said("high2", "Finance Ministry", "losses of PKR 2 trillion", kind="figure",
              measure="losses-pkr", value="PKR 2 trillion"),
        _said("lower", "Donor Group", "losses of $30 billion", kind="figure",
              measure="losses", value="$30 billion"),
    ]  # fmt: skip
    write_jsonl(tmp_path / "money.jsonl", story)
    assert ct("import", str(tmp_path / "money.jsonl")).exit_code == 0
    result = ct("conflicts", "quay", "--csv", "-")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff"))))
    assert [(r["claim_id"], r["range"], r["low"], r["high"], r["unit"]) for r in rows] == [
        ("high2", "1,900,000,000,000–2,100,000,000,000 PKR", "2000000000000", "2000000000000",
         "PKR"),
        ("high", "8,550,000,000,000–9,450,000,000,000 PKR", "9000000000000", "9000000000000",
         "PKR"),
        ("low", "9,500,000,000–10,500,000,000 USD", "10000000000", "10000000000", "USD ($)"),
        ("lower", "28,500,000,000–31,500,000,000 USD", "30000000000", "30000000000", "USD ($)"),
    ]  # fmt: skip
