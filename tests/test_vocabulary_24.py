"""Issue #24's vocabulary through the CLI: other words for a running count, names differing
in a number, dates as people write them, claimants registered before their first claim,
relate with parts that have no figures yet, and the wording of counts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import write_jsonl

MAYOR = "Abdulmenam al-Ghaithi"


def ok(result) -> str:
    assert result.exit_code == 0, result.output
    return result.stdout


def derna(**kw) -> dict:
    return {"subject": "derna-floods", "claimant": MAYOR, "quote": "q"} | kw


@pytest.fixture
def dct(ct, tmp_path: Path):
    """ct on a database holding a small Derna subject with running counts."""
    records = [
        derna(id="d-1", kind="figure", measure="deaths", value="11,300", said_on="2023-09-14"),
        derna(id="d-2", kind="figure", measure="injured", value="7,000", said_on="2023-09-14"),
        derna(id="d-3", kind="figure", measure="deaths-2023", value="3,958", said_on="2023-09-17"),
        derna(
            id="d-4",
            kind="stance",
            proposition="dams-were-neglected",
            stance="affirms",
            speaker=MAYOR,
        ),
    ]
    ok(ct("import", str(write_jsonl(tmp_path / "derna.jsonl", records))))
    return ct


def add(measure: str, *more: str) -> list[str]:
    return ["add", "derna-floods", "--claimant", "WHO", "--quote", "a quote: 5", "--figure", "5",
            "--measure", measure, *more]  # fmt: skip


@pytest.mark.parametrize(
    ("measure", "meant"),
    [
        ("injuries", "injured"),
        ("wounded", "injured"),
        ("dead", "deaths"),
        ("fatalities", "deaths"),
        ("killed", "deaths"),
        ("deaths-2032", "deaths-2023"),
        ("deaths-2024", "deaths-2023"),
    ],
)
def test_add_and_edit_refuse_another_word_or_number_for_a_known_measure(
    dct, measure: str, meant: str
) -> None:
    before = ok(dct("export"))
    result = dct(*add(measure))
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines() == [
        f"error: measure {measure!r} is new to subject derna-floods; did you mean {meant!r}?",
        "hint: give --new if it really is new",
    ]
    assert ok(dct("export")) == before
    edited = dct("edit", "d-1", "--measure", measure)
    assert edited.exit_code == 2 and f"did you mean {meant!r}?" in edited.stderr
    assert ok(dct("export")) == before
    ok(dct(*add(measure), "--new"))


def test_import_refuses_another_word_for_a_known_measure(dct, tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "more.jsonl",
        [
            derna(kind="figure", measure="injuries", value="2,000"),
            derna(kind="figure", measure="deaths-2032", value="4,000"),
        ],
    )
    result = dct("import", str(path))
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines() == [
        "error: 2 lines use a name that is new but close to an existing one; nothing was imported",
        f"  {path}:1: measure 'injuries' is new to subject derna-floods; did you mean 'injured'?",
        f"  {path}:2: measure 'deaths-2032' is new to subject derna-floods; did you mean 'deaths-2023'?",
        "hint: fix the names, or give --new if they really are new",
    ]


def test_one_line_with_two_near_misses_is_one_line(dct, tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "one.jsonl",
        [derna(claimant="Abdulmenam al-Ghaithy", kind="figure", measure="injuries", value="9")],
    )
    result = dct("import", str(path))
    assert result.exit_code == 2, result.output
    lines = result.stderr.splitlines()
    assert lines[0] == (
        "error: 1 line uses a name that is new but close to an existing one; nothing was imported"
    )
    assert len(lines) == 4  # the one line, listed once per name


def test_numbered_claimants_are_different_people(dct, tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "police.jsonl",
        [
            derna(claimant="Police spokesperson 1", kind="figure", measure="deaths", value="9"),
            derna(claimant="Police spokesperson 2", kind="figure", measure="deaths", value="8"),
        ],
    )
    assert json.loads(ok(dct("import", str(path), "--json")))["added"] == 2


# -- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "iso"),
    [("May 5, 2022", "2022-05-05"), ("5 May 2022", "2022-05-05"), ("Aug. 4, 2020", "2020-08-04"),
     ("Sept 4 2020", "2020-09-04"), ("2022-05-05", "2022-05-05"), ("August 2020", "2020-08")],
)  # fmt: skip
def test_add_and_edit_read_dates_as_people_write_them(dct, written: str, iso: str) -> None:
    added = json.loads(ok(dct(*add("deaths", "--said-on", written, "--as-of", written, "--json"))))
    assert (added["said_on"], added["as_of"]) == (iso, iso)
    ok(dct("edit", "d-1", "--reported-on", written, "--said-on", written))  # said by then
    assert json.loads(ok(dct("show", "d-1", "--json")))["reported_on"] == iso


def test_all_number_dates_are_refused_naming_both_readings(dct) -> None:
    before = ok(dct("export"))
    result = dct(*add("deaths", "--said-on", "05/08/2020"))
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines()[0] == (
        "error: --said-on: '05/08/2020' is ambiguous: day first it is 2020-08-05, "
        "month first 2020-05-08; write the one meant as YYYY-MM-DD"
    )
    assert ok(dct("export")) == before


def test_import_jsonl_and_csv_read_written_dates(ct, tmp_path: Path) -> None:
    jsonl = write_jsonl(
        tmp_path / "a.jsonl",
        [derna(kind="figure", measure="deaths", value="9", said_on="Sept. 13, 2023")],
    )
    ok(ct("import", str(jsonl)))
    sheet = tmp_path / "b.csv"
    sheet.write_text(
        "subject,claimant,quote,kind,measure,value,reported_on\n"
        "derna-floods,WHO,q2,figure,deaths,10,14 September 2023\n"
        "derna-floods,WHO,q3,figure,deaths,11,09/14/2023\n",
        encoding="utf-8",
    )
    result = ct("import", str(sheet))
    assert result.exit_code == 2
    assert result.stderr.splitlines()[:2] == [
        "error: 1 bad line; nothing was imported",
        f"  {sheet}:3: reported_on: '09/14/2023': all-number dates are refused (day and month "
        "are written either way round); this one can only be 2023-09-14: write it so",
    ]
    sheet.write_text("\n".join(sheet.read_text().splitlines()[:2]) + "\n", encoding="utf-8")
    ok(ct("import", str(sheet)))
    rows = [json.loads(x) for x in ok(ct("export")).splitlines()]
    assert sorted((r.get("said_on", ""), r.get("reported_on", "")) for r in rows) == [
        ("", "2023-09-14"),
        ("2023-09-13", ""),
    ]


def test_source_add_reads_a_written_date(ct) -> None:
    out = ok(ct("source", "add", "https://example.org/a", "--outlet", "X", "--reported-on",
                "Sept 14, 2023", "--json"))  # fmt: skip
    assert json.loads(out)["reported_on"] == "2023-09-14"
    bad = ct("source", "add", "https://example.org/b", "--outlet", "X", "--reported-on", "5/8/2023")
    assert bad.exit_code == 2 and "day first it is 2023-08-05" in bad.stderr


# -- claimants registered before any claim ---------------------------------------------------


def test_a_claimant_is_registered_before_its_first_claim(dct, runner, tmp_path: Path) -> None:
    out = json.loads(ok(dct("claimant", "Libyan Red Crescent", "--kind", "organization", "--json")))
    assert out == {
        "claimant": "Libyan Red Crescent",
        "kind": "organization",
        "kind_from": "set",
        "claims": 0,
        "active": 0,
        "aliases": [],
        "role": None,
        "party_to": [],
    }
    listed = json.loads(ok(dct("claimants", "--json")))
    assert {"Libyan Red Crescent", MAYOR} <= {r["claimant"] for r in listed}
    # a claim under another spelling, folded into the registered one
    ok(dct(*add("deaths", "--claimant", "LRC", "--new")))
    ok(dct("alias", "LRC", "--same-as", "Libyan Red Crescent"))
    row = json.loads(ok(dct("claimant", "LRC", "--json")))
    assert (row["claimant"], row["claims"], row["aliases"]) == ("Libyan Red Crescent", 1, ["LRC"])
    # carried through registry export and import
    dump = tmp_path / "dump.jsonl"
    dump.write_text(ok(dct("export")), encoding="utf-8")
    assert '{"record": "claimant", "name": "Libyan Red Crescent", "kind": "organization"}' in (
        dump.read_text()
    )
    other = tmp_path / "other.db"
    ok(runner.invoke(__import__("claimtrack.cli").cli.app, ["--db", str(other), "init", "--empty"]))
    ok(
        runner.invoke(
            __import__("claimtrack.cli").cli.app, ["--db", str(other), "import", str(dump)]
        )
    )
    again = runner.invoke(
        __import__("claimtrack.cli").cli.app, ["--db", str(other), "claimant", "LRC", "--json"]
    )
    assert json.loads(ok(again)) == row


def test_registering_a_near_miss_of_a_known_claimant_is_refused(dct) -> None:
    result = dct("claimant", "Abdulmenam al-Ghaithy", "--kind", "person")
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines() == [
        "error: claimant 'Abdulmenam al-Ghaithy' is new; did you mean 'Abdulmenam al-Ghaithi'?",
        "hint: give --new if it really is new",
    ]
    assert "Ghaithy" not in ok(dct("export"))
    ok(dct("claimant", "Abdulmenam al-Ghaithy", "--kind", "person", "--new"))
    unknown = dct("claimant", "Nobody Known")
    assert unknown.exit_code == 1 and "no claimant named 'Nobody Known'" in unknown.stderr
    assert dct("claimant", "X", "--new").exit_code == 2


# -- relate ----------------------------------------------------------------------------------


def test_relate_takes_parts_without_figures_with_new(dct) -> None:
    result = dct(
        "relate", "derna-floods", "casualties", "--sum-of", "deaths", "--sum-of", "injured"
    )
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines() == [
        "error: measure 'casualties' has no figures yet in derna-floods",
        "hint: give --new if it really is new (a measure may be related before its first figure)",
    ]
    ok(dct("relate", "derna-floods", "casualties", "--sum-of", "deaths", "--sum-of", "injured",
           "--new"))  # fmt: skip
    sums = [json.loads(x) for x in ok(dct("export")).splitlines() if '"sum"' in x]
    assert sums == [
        {"record": "sum", "subject": "derna-floods", "total": "casualties",
         "parts": ["deaths", "injured"]}
    ]  # fmt: skip
    ok(dct("conflicts", "derna-floods"))


def test_relate_names_the_measure_meant_and_never_an_empty_suggestion(dct) -> None:
    result = dct("relate", "derna-floods", "total", "--sum-of", "injuries", "--sum-of", "x")
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines() == [
        "error: 3 measures of the sum are not known",
        "  measure 'total' has no figures yet in derna-floods",
        "  measure 'injuries' is new to subject derna-floods; did you mean 'injured'?",
        "  measure 'x' has no figures yet in derna-floods",
        "hint: give --new if it really is new (a measure may be related before its first figure)",
    ]
    assert "did you mean: \n" not in result.stderr and "did you mean ''" not in result.stderr


# -- wording ---------------------------------------------------------------------------------


def test_subject_counts_in_the_right_number(dct) -> None:
    head = dct("subjects", "derna-floods").stdout.splitlines()[0]
    assert head.startswith("derna-floods: 4 claims (3 figures, 1 stance, 0 retracted)")


def test_speaker_who_is_the_claimant_is_not_repeated(dct) -> None:
    out = dct("timeline", "derna-floods").stdout
    assert f"{MAYOR} ({MAYOR})" not in out.replace("\n", " ")
    assert MAYOR.split()[0] in out


def test_alone_counts_each_dispute_once_and_quotes_are_not_doubled(ct, tmp_path: Path) -> None:
    one_day = {"subject": "s", "kind": "figure", "measure": "deaths", "said_on": "2023-01-01"}
    path = write_jsonl(
        tmp_path / "alone.jsonl",
        [
            one_day | {"claimant": "X", "quote": '"a hundred died"', "value": "100"},
            one_day | {"claimant": "X", "quote": "“a thousand died”", "value": "1000"},
            one_day | {"claimant": "Y", "speaker": "y", "quote": "q", "value": "500"},
        ],
    )
    ok(ct("import", str(path)))
    records = json.loads(ok(ct("claimants", "s", "--record", "--json")))["claimants"]
    alone = {r["claimant"]: (r["alone_in_figure_disputes"], r["figure_disputes"]) for r in records}
    assert alone == {"X": (1, 1), "Y": (1, 1)}  # X holds two positions alone: one dispute
    text = ok(ct("claimants", "s", "--record"))
    lines = text.splitlines()
    assert sum(x.endswith(" alone on one side in 1 of 1 figure dispute") for x in lines) == 2
    assert "dispute(s)" not in text and "0 stances" in text and "1 figure," in text
    timeline = ok(ct("timeline", "s"))
    assert "“a hundred died”" in timeline and "“a thousand died”" in timeline
    assert '“"' not in timeline and "““" not in timeline
    assert "Y (y)" not in timeline


@pytest.mark.parametrize(
    ("n", "word", "many", "text"),
    [
        (0, "line", None, "0 lines"),
        (1, "line", None, "1 line"),
        (2, "line", None, "2 lines"),
        (1204, "claim", None, "1,204 claims"),
        (1, "line uses", "lines use", "1 line uses"),
        (3, "line uses", "lines use", "3 lines use"),
        (1, "stance", None, "1 stance"),
    ],
)
def test_plural(n: int, word: str, many: str | None, text: str) -> None:
    from claimtrack.wording import plural

    assert plural(n, word, many) == text


@pytest.mark.parametrize(
    ("quote", "shown"),
    [
        ('"Nobody checked them"', "Nobody checked them"),
        ("“Nobody checked them”", "Nobody checked them"),
        ("«Personne»", "Personne"),
        ("\"It was a 'secret deal.' Nothing.\"", "It was a 'secret deal.' Nothing."),
        ('"A" and "B"', '"A" and "B"'),  # two quotations, not one
        ('"open', '"open'),
        ("plain words", "plain words"),
        ("“he said “no” and left”", "“he said “no” and left”"),
    ],
)
def test_unquote(quote: str, shown: str) -> None:
    from claimtrack.wording import unquote

    assert unquote(quote) == shown


@pytest.mark.parametrize(
    ("quote", "needed"),
    [
        ("Nobody checked them", True),
        ("the fighters' buses", True),
        ('"It has not," a spokesman said', False),
        ('he said "never"', False),
        ("«Personne", False),
    ],
)
def test_marks_needed(quote: str, needed: bool) -> None:
    from claimtrack.wording import marks_needed

    assert marks_needed(quote) is needed


@pytest.mark.parametrize(
    ("claimant", "speaker", "shown"),
    [
        ("X", None, None),
        ("Abu Musab Huthaifa", "Abu Musab Huthaifa", None),
        ("Abu Musab Huthaifa", "abu musab huthaifa.", None),
        ("Syrian Democratic Forces (SDF)", "Mustafa Bali", "Mustafa Bali"),
    ],
)
def test_speaker_shown(claimant: str, speaker: str | None, shown: str | None) -> None:
    from claimtrack.wording import speaker_shown

    assert speaker_shown(claimant, speaker) == shown


@pytest.mark.parametrize(
    ("quote", "limit", "shown"),
    [
        ("Nobody checked them", None, "“Nobody checked them”"),
        ('"Nobody checked them"', None, "“Nobody checked them”"),
        ('"Nobody checked them," he says.', None, '"Nobody checked them," he says.'),
        ('"Nobody checked them at all"', 10, "“Nobody ch…”"),
    ],
)
def test_quoted(quote: str, limit: int | None, shown: str) -> None:
    from claimtrack.wording import quoted

    assert quoted(quote, limit) == shown


def test_a_numbered_series_in_one_file_imports_and_a_slip_against_it_is_caught(
    ct, tmp_path: Path
) -> None:
    series = [
        {"subject": f"s-{i}", "claimant": "X", "quote": "q", "kind": "figure",
         "measure": "deaths", "value": str(i + 1)}
        for i in range(30)
    ]  # fmt: skip
    assert (
        json.loads(ok(ct("import", str(write_jsonl(tmp_path / "a.jsonl", series)), "--json")))[
            "added"
        ]
        == 30
    )
    slip = write_jsonl(tmp_path / "b.jsonl", [series[0] | {"subject": "s-13", "measure": "deaths-2032"},
                                               series[0] | {"subject": "s-13", "measure": "deaths-2023"}])  # fmt: skip
    result = ct("import", str(slip))
    assert result.exit_code == 0, result.output  # both new to s-13, in one file: a series
    late = ct(*add_to("s-13", "deaths-2033"))
    assert late.exit_code == 2, late.output
    assert late.stderr.splitlines()[0] == (  # both stored names it may be a slip of
        "error: measure 'deaths-2033' is new to subject s-13; "
        "did you mean one of 'deaths-2023', 'deaths-2032'?"
    )


def add_to(subject: str, measure: str) -> list[str]:
    return ["add", subject, "--claimant", "X", "--quote", "q2", "--figure", "5",
            "--measure", measure]  # fmt: skip
