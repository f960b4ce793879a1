"""The audit of the write paths (audit16): what `add`, `edit`, `import`, `retract` and the
review stored or kept without the user seeing it, each case a rule (docs/format.md, "What the
write paths refuse or flag"). Invented quotes, tests/fixtures/audit16*.jsonl."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.readings import bounds_apart
from claimtrack.records import said_after_report
from claimtrack.relays import relay_problem

from conftest import examples

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLE = FIXTURES / "articles" / "audit16-relay.txt"


def ok(result) -> None:
    assert result.exit_code == 0, result.output


def claims(ct, *more: str) -> dict[str, dict]:
    return {c["id"]: c for c in json.loads(ct("list", "--json", *more).stdout)}


@pytest.fixture
def fire(ct):
    """The bridge fire of tests/fixtures/audit16.jsonl in the test's database."""
    ok(ct("import", str(FIXTURES / "audit16.jsonl")))
    return ct


# -- relays -------------------------------------------------------------------------------

FIG = {"id": "a", "subject": "s", "kind": "figure", "measure": "deaths", "status": "active"}
STANCE = {"id": "b", "subject": "s", "kind": "stance", "proposition": "p", "status": "active"}


@pytest.mark.parametrize(
    ("claim", "relayed", "problem"),
    [
        ({**FIG, "relays": "x"}, {**FIG, "id": "x"}, None),
        ({**STANCE, "relays": "x"}, {**STANCE, "id": "x"}, None),
        ({**FIG}, None, None),  # no relay: nothing to check
        ({**FIG, "relays": "x"}, None, "relays: no claim with id 'x'"),
        ({**FIG, "relays": "x"}, {**FIG, "subject": "t"}, "is a claim of t, this one of s"),
        ({**FIG, "relays": "x"}, {**STANCE}, "is a stance, this claim a figure"),
        ({**STANCE, "relays": "x"}, {**FIG}, "is a figure, this claim a stance"),
        ({**FIG, "relays": "x"}, {**FIG, "measure": "homes"}, "on the measure homes, this"),
        ({**STANCE, "relays": "x"}, {**STANCE, "proposition": "q"}, "on the proposition q"),
        ({**FIG, "relays": "x"}, {**FIG, "status": "retracted"}, "x is retracted"),
    ],
)
def test_relay_problem(claim: dict, relayed: dict | None, problem: str | None) -> None:
    got = relay_problem(claim, relayed)
    assert (got is None) == (problem is None), got
    if problem is not None:
        assert problem in got


@pytest.mark.parametrize(
    ("more", "refused"),
    [
        # 'homes' relaying a claim on injured: conflicts took it for an independent source
        (["--measure", "homes-destroyed", "--relays", "bf-agency-40"], "on the measure injured"),
        (["--measure", "injured", "--relays", "bf-agency-homes"], "on the measure homes"),
        (["--measure", "injured", "--relays", "bf-post-60"], "bf-post-60 is retracted"),
        # a figure and a stance of one quote both relay what --relays names: one of them not
        (
            ["--measure", "injured", "--relays", "bf-agency-40", "--affirms", "fire-spread"],
            "is a figure, this claim a stance",
        ),
        (["--measure", "injured", "--relays", "bf-agency-40"], None),
    ],
)
def test_add_refuses_a_relay_conflicts_would_not_follow(fire, more: list, refused) -> None:
    result = fire(
        "add",
        "bridge-fire",
        "--claimant",
        "Example Daily",
        "--quote",
        "40 people were hurt, the agency said",
        "--figure",
        "40",
        "--new",
        *more,
    )
    if refused is None:
        ok(result)
        return
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert refused in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert len(claims(fire)) == 4  # nothing stored


def test_edit_refuses_a_relay_moved_off_what_it_relays(fire) -> None:
    result = fire("edit", "bf-radio-40", "--measure", "homes-destroyed")
    assert result.exit_code == 2, result.output
    assert "relays: bf-agency-40 is on the measure injured" in result.stderr
    assert claims(fire)["bf-radio-40"]["measure"] == "injured"


def test_edit_says_which_relays_it_leaves_behind(fire) -> None:
    result = fire("edit", "bf-agency-40", "--measure", "people-hurt", "--new")
    ok(result)
    assert (
        "warning: bf-radio-40 relays bf-agency-40, which is now on another measure: "
        "conflicts judge bf-radio-40 as a claim of its own"
    ) in result.stderr
    # an edit that keeps the measure says nothing
    assert "relays" not in fire("edit", "bf-agency-40", "--note", "n").stderr


@pytest.mark.parametrize("how", [[], ["--purge"]])
def test_retracting_a_relayed_claim_says_its_relays_now_stand_alone(fire, how: list) -> None:
    result = fire("retract", "bf-agency-40", *how)
    ok(result)
    assert (
        "warning: 1 claim relays bf-agency-40 (bf-radio-40): conflicts now judge each as a "
        "claim of its own" in result.stderr
    )
    assert "relays" not in fire("retract", "bf-agency-homes").stderr  # nobody relays it


# -- bounds given by hand -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "low", "high", "apart"),
    [
        ("about 700", 10, 20, True),  # stored as 10-20 for "about 700" before
        ("about 700", 10, 5000, False),  # widened: holds what it says
        ("about 700", 650, 750, False),  # narrowed
        ("at least 500", 100, 200, True),
        ("at least 500", 600, None, False),
        ("at least 500", 5, None, False),
        ("dozens", 24, 60, False),  # the use of bounds by hand
        ("dozens", 100, None, True),
        ("a heap", 1, 2, False),  # the text does not read: bounds are all there is
        ("1,5 million", 1.4e6, 1.6e6, False),  # apart from one reading only (decimal comma)
    ],
)
def test_bounds_apart(value: str, low: float, high: float | None, apart: bool) -> None:
    assert (bounds_apart(value, low, high, None) is not None) == apart


def test_add_and_edit_refuse_bounds_that_leave_the_figure(fire) -> None:
    result = fire(
        "add",
        "bridge-fire",
        "--claimant",
        "Fire Agency",
        "--quote",
        "about 700 people were hurt",
        "--figure",
        "about 700",
        "--measure",
        "injured",
        "--low",
        "10",
        "--high",
        "20",
    )
    assert result.exit_code == 2, result.output
    assert result.stderr.strip() == (
        "error: --low/--high: 10–20 shares no number with the figure 'about 700', which reads "
        "630–770: give bounds that hold what it says (they may narrow or widen it), or the "
        "figure the quote says"
    )
    result = fire("edit", "bf-agency-40", "--low", "100", "--high", "200")
    assert result.exit_code == 2 and "100–200 shares no number" in result.stderr
    ok(fire("edit", "bf-agency-40", "--low", "35", "--high", "45"))


# -- dates --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "reported", "after"),
    [
        ("2024-05-01", "2024-04-01", True),
        ("2024-04-01", "2024-05-01", False),
        ("2024-05-03", "2024-05", False),  # within the month reported
        ("2024-05", "2024-05-20", False),  # may be before the 20th
        ("2024-06", "2024-05-20", True),
        ("2024-05-03T10:00", "2024-05-03", False),
        ("2024-05-04T10:00", "2024-05-03", True),
        ("2024", "2023-12-31", True),
        ("2024-05-01", None, False),
        (None, "2024-05-01", False),
    ],
)
def test_said_after_report(said, reported, after: bool) -> None:
    assert said_after_report(said, reported) is after


def test_add_and_edit_refuse_a_claim_said_after_its_report(fire) -> None:
    result = fire(
        "add",
        "bridge-fire",
        "--claimant",
        "Fire Agency",
        "--quote",
        "40 people were hurt in the blaze",
        "--figure",
        "40",
        "--measure",
        "injured",
        "--said-on",
        "2026-03-05",
        "--reported-on",
        "2026-03-04",
    )
    assert result.exit_code == 2, result.output
    assert result.stderr.strip() == (
        "error: --said-on 2026-03-05 is after --reported-on 2026-03-04: a report cannot carry "
        "words said after it; give the date each was said and published"
    )
    result = fire("edit", "bf-agency-40", "--said-on", "2026-03-03")
    assert result.exit_code == 2 and "after --reported-on 2026-03-02" in result.stderr
    assert claims(fire)["bf-agency-40"]["said_on"] == "2026-03-02"


# -- import -------------------------------------------------------------------------------


def test_import_names_lines_it_stores_but_conflicts_read_otherwise(fire) -> None:
    result = fire("import", str(FIXTURES / "audit16-lines.jsonl"), "--json")
    ok(result)
    summary = json.loads(result.stdout)
    assert (summary["added"], summary["unchanged"]) == (3, 1)
    assert (
        summary["relays_not_followed"],
        summary["said_after_reported"],
        summary["status_kept"],
    ) == (2, 1, 1)
    lines = [x for x in result.stderr.splitlines() if "audit16-lines.jsonl:" in x]
    assert [x.split(".jsonl:")[1].split(":")[0] for x in lines] == ["1", "2", "3", "4"]
    assert "relays: no claim with id 'bf-agency-41' in the file or the database" in lines[0]
    assert "bf-agency-homes is on the measure homes-destroyed" in lines[1]
    assert "said_on 2026-03-05 is after reported_on 2026-03-04" in lines[2]
    assert (
        "bf-post-60: stored retracted, the line says active: kept retracted (change it "
        "with claimtrack retract bf-post-60 --undo)"
    ) in lines[3]
    assert "bf-post-60" not in claims(fire)  # still retracted


def test_a_relay_to_a_claim_later_in_the_file_is_no_warning(ct, tmp_path: Path) -> None:
    lines = [json.loads(x) for x in (FIXTURES / "audit16.jsonl").read_text().splitlines()]
    path = tmp_path / "reversed.jsonl"
    order = [lines[0], *reversed(lines[1:])]  # the source record first, the claims reversed
    path.write_text("".join(json.dumps(x) + "\n" for x in order), encoding="utf-8")
    result = ct("import", str(path))
    ok(result)
    assert "warning" not in result.stderr


def test_import_refuses_a_hedge_the_value_does_not_read(ct) -> None:
    result = ct("import", str(FIXTURES / "audit16-hedge.jsonl"))
    assert result.exit_code == 2, result.output
    assert (
        "hedge: 'exactly' is not how 'about 50' reads ('around'): leave hedge out (it is "
        "read from the value), or give low and high of your own"
    ) in result.stderr


@pytest.mark.parametrize(
    ("value", "hedge", "refused"),
    [
        ("about 50", "around", False),  # as the value reads it
        ("about 50", "exactly", True),
        ("50", "around", True),  # a bare figure has no hedge
        ("at least 50", "at least", False),
    ],
)
def test_a_given_hedge_must_be_the_value_s(value: str, hedge: str, refused: bool) -> None:
    from claimtrack.errors import InputError
    from claimtrack.models import validate_claim

    data = {
        "subject": "s",
        "claimant": "c",
        "quote": f"{value} hurt",
        "kind": "figure",
        "measure": "m",
        "value": value,
        "hedge": hedge,
    }
    if refused:
        with pytest.raises(InputError, match="hedge: "):
            validate_claim(data)
    else:
        assert validate_claim(data).hedge == hedge
    # bounds of one's own keep a hedge of one's own (an export of older rules)
    assert validate_claim(data | {"low": 40, "high": 60}).hedge == hedge


# -- the review ---------------------------------------------------------------------------


def review(ct, *answers: str, more: tuple[str, ...] = ()):
    return ct(
        "extract",
        str(ARTICLE),
        "--subject",
        "bridge-fire",
        "--outlet",
        "Example Daily",
        *more,
        "--review",
        input="".join(a + "\n" for a in answers),
    )


@pytest.mark.parametrize(
    ("relay", "stored"),
    [
        ("bf-agency-homes", False),  # another measure
        ("bf-post-60", False),  # retracted (not offered, typed by id)
        ("bf-agency-40", True),
    ],
)
def test_the_review_stores_a_relay_only_as_add_would(fire, relay: str, stored: bool) -> None:
    result = review(fire, "r", relay, "f", "", "injured", "y", "x")
    assert result.exit_code == 0, result.output
    new = [c for c in claims(fire).values() if c["claimant"] == "local radio station"]
    assert [c.get("relays") for c in new] == ([relay] if stored else [])
    if not stored:
        assert "Not stored: relays: " in result.output and "; set the relay with r" in result.output


def test_the_review_refuses_a_date_said_after_the_report(fire) -> None:
    result = review(
        fire,
        "t",
        "2026-03-09",
        "",
        "f",
        "",
        "injured",
        "t",
        "2026-03-07",
        "",
        "f",
        "",
        "",
        "y",
        "x",
        more=("--reported-on", "2026-03-08"),
    )
    assert result.exit_code == 0, result.output
    assert "Not stored: said_on 2026-03-09 is after reported_on 2026-03-08" in result.output
    (new,) = [c for c in claims(fire).values() if c["claimant"] == "local radio station"]
    assert (new["said_on"], new["reported_on"]) == ("2026-03-07", "2026-03-08")
    assert "End of input" not in result.output and "1 claim stored" in result.output


def test_the_review_says_a_claim_already_stored_is_retracted(ct) -> None:
    ok(ct("import", str(FIXTURES / "audit16.jsonl")))
    answers = ("f", "", "injured", "y", "x")
    first = review(ct, *answers)
    (new,) = [c for c in claims(ct).values() if c["claimant"] == "local radio station"]
    assert "Stored " in first.output
    ok(ct("retract", new["id"]))
    again = review(ct, *answers)
    assert again.exit_code == 0, again.output
    assert (
        f"Already stored {new['id']}, retracted: nothing added, and conflicts ignore it "
        f"(claimtrack retract {new['id']} --undo restores it)."
    ) in again.output
    assert "0 claims stored" in again.output


_ANSWERS = st.sampled_from(
    [
        "r",
        "bf-agency-40",
        "bf-agency-homes",
        "bf-post-60",
        "-",
        "f",
        "",
        "1",
        "2",
        "injured",
        "homes-destroyed",
        "y",
        "n",
        "t",
        "2026-03-09",
        "2026-03-01",
        "k",
    ]
)


@given(answers=st.lists(_ANSWERS, max_size=24))
@settings(max_examples=examples(60), deadline=None)
def test_any_answers_store_only_relays_and_dates_add_would_take(answers: list[str]) -> None:
    """Whatever is typed, every claim the review stored relays an active claim of its own
    measure, and was said no later than reported."""
    import tempfile

    from typer.testing import CliRunner

    from claimtrack.cli import app

    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "f.db")
        runner = CliRunner()
        runner.invoke(app, ["init", "--empty", db])
        runner.invoke(app, ["--db", db, "import", str(FIXTURES / "audit16.jsonl")])
        result = runner.invoke(
            app,
            [
                "--db",
                db,
                "extract",
                str(ARTICLE),
                "--subject",
                "bridge-fire",
                "--outlet",
                "Example Daily",
                "--reported-on",
                "2026-03-08",
                "--review",
            ],
            input="".join(a + "\n" for a in answers),
        )
        assert result.exit_code == 0 and result.exception is None, result.output
        stored = json.loads(runner.invoke(app, ["--db", db, "list", "--json"]).stdout)
        by_id = {c["id"]: c for c in stored}
        for c in stored:
            assert not said_after_report(c.get("said_on"), c.get("reported_on"))
            if c.get("relays"):
                assert relay_problem(c, by_id.get(c["relays"])) is None


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_a_terminal_session_refuses_a_relay_then_stores_the_right_one(fire, empty_db) -> None:
    from test_review import _env, _pty_session

    steps = [
        ("x=quit", "r\r"),
        ("Relays (number or id; - for none):", "bf-agency-homes\r"),  # another measure
        ("x=quit", "f\r"),
        ("Figure (number, or words of the quote) [1]:", "\r"),
        ("Measure (number or name):", "injured\r"),
        ("Not stored: relays", ""),
        ("x=quit", "r\r"),
        ("Relays (number or id; - for none) [bf-agency-homes]:", "bf-agency-40\r"),
        ("x=quit", "f\r"),
        ("Figure (number, or words of the quote) [1]:", "\r"),
        ("Measure (number or name) [injured]:", "\r"),
        ("Store it?", "y\r"),
        ("x=quit", "\x04"),  # Ctrl-D
    ]
    args = [
        "--db",
        str(empty_db),
        "extract",
        str(ARTICLE),
        "--subject",
        "bridge-fire",
        "--outlet",
        "Example Daily",
        "--review",
    ]
    code, shown = _pty_session(args, steps, _env(empty_db))
    assert code == 0, shown
    assert "Not stored: relays: bf-agency-homes is on the measure homes-destroyed" in shown
    assert "End of input: 1 claim stored; 1 candidate not reviewed." in shown
    (new,) = [c for c in claims(fire).values() if c["claimant"] == "local radio station"]
    assert new["relays"] == "bf-agency-40"


# -- a claim's source ---------------------------------------------------------------------


@pytest.fixture
def sourced(fire):
    ok(
        fire(
            "source",
            "add",
            "https://example.org/fire",
            "--outlet",
            "Example Post",
            "--reported-on",
            "2026-03-02",
        )
    )
    (src,) = json.loads(fire("sources", "--json").stdout)
    ok(
        fire(
            "add",
            "bridge-fire",
            "--claimant",
            "Fire Agency",
            "--quote",
            "40 people were hurt",
            "--figure",
            "40",
            "--measure",
            "injured",
            "--source",
            src["id"],
            "--id",
            "s40",
        )
    )
    return fire, src["id"]


@pytest.mark.parametrize(
    ("option", "value", "refused"),
    [
        ("--outlet", "Other Paper", "--outlet 'Other Paper' conflicts with source"),
        ("--url", "https://example.org/other", "--url 'https://example.org/other' conflicts"),
        ("--url", "", "--url '' conflicts with source"),  # cleared: no longer its source's
        ("--reported-on", "2026-03-03", "--reported-on '2026-03-03' conflicts with source"),
        ("--outlet", "Example Post", None),  # the source's own
        ("--note", "from the agency's briefing", None),
    ],
)
def test_edit_keeps_a_claim_true_to_its_source(sourced, option: str, value: str, refused) -> None:
    ct, _ = sourced
    before = claims(ct)["s40"]
    result = ct("edit", "s40", option, value)
    if refused is None:
        ok(result)
        return
    assert result.exit_code == 2, result.output
    assert refused in result.stderr
    assert claims(ct)["s40"] == before


@pytest.mark.parametrize(
    ("field", "value", "refused"),
    [
        ("outlet", "Third Paper", "outlet: 'Third Paper' conflicts with source"),
        ("reported_on", "2026-03-01", "reported_on: '2026-03-01' conflicts with source"),
        ("outlet", "Example Post", None),
    ],
)
def test_import_refuses_a_line_at_odds_with_its_source(
    sourced, tmp_path: Path, field: str, value: str, refused
) -> None:
    ct, src = sourced
    line = {
        "subject": "bridge-fire",
        "claimant": "Fire Agency",
        "quote": "40 were hurt",
        "kind": "figure",
        "measure": "injured",
        "value": "40",
        "source": src,
        field: value,
    }
    path = tmp_path / "l.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    result = ct("import", str(path))
    if refused is None:
        ok(result)
        return
    assert result.exit_code == 2, result.output
    assert f"l.jsonl:1: {refused}" in result.stderr


def test_an_import_update_says_which_relays_it_leaves_behind(fire, tmp_path: Path) -> None:
    line = next(
        json.loads(x)
        for x in (FIXTURES / "audit16.jsonl").read_text().splitlines()
        if '"bf-agency-40"' in x.split(",")[0]
    )
    path = tmp_path / "u.jsonl"
    path.write_text(json.dumps(line | {"measure": "people-hurt"}) + "\n", encoding="utf-8")
    result = fire("import", str(path), "--update", "--new", "--json")
    ok(result)
    assert json.loads(result.stdout)["relays_not_followed"] == 1
    assert (
        "u.jsonl:1: bf-radio-40: relays: bf-agency-40 is on the measure people-hurt, this "
        "claim on injured"
    ) in result.stderr


@pytest.mark.parametrize(
    ("relays", "cycle"),
    [
        ({"b": None}, None),  # b relays nothing
        ({"b": "a"}, ["a", "b", "a"]),  # a -> b -> a
        ({"b": "c", "c": "a"}, ["a", "b", "c", "a"]),
        ({"b": "c", "c": "b"}, None),  # a cycle of others: not this edit's
        ({"b": "c"}, None),  # c is no claim
        ({"b": "c", "c": "d", "d": None}, None),
    ],
)
def test_relay_cycle(relays: dict, cycle) -> None:
    from claimtrack.relays import relay_cycle

    stored = {k: {"id": k, "relays": v} for k, v in relays.items()}
    assert relay_cycle("a", stored["b"], stored.get) == cycle


def test_edit_refuses_a_relay_that_closes_a_cycle(fire) -> None:
    result = fire("edit", "bf-agency-40", "--relays", "bf-radio-40")
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(
        "error: relays: a cycle (bf-agency-40 -> bf-radio-40 -> bf-agency-40)"
    )
    assert "relays" not in claims(fire)["bf-agency-40"]


def test_a_quote_narrowed_to_no_word_is_asked_again(ct, tmp_path: Path) -> None:
    typed = "—"  # a part of the sentence, but no words of it (before, stored as the quote)
    article = tmp_path / "a.txt"
    article.write_text(
        "The mayor said — and the police agreed — that the dam was never inspected.\n",
        encoding="utf-8",
    )
    answers = ["e", typed, "the dam was never inspected", "s", "dam-inspected", "y", "d", "y", "x"]
    result = ct(
        "extract",
        str(article),
        "--subject",
        "dam",
        "--review",
        input="".join(a + "\n" for a in answers),
    )
    assert result.exit_code == 0, result.output
    assert "That quote holds no word" in result.output
    (claim,) = claims(ct).values()
    assert (claim["quote"], claim["stance"]) == ("the dam was never inspected", "denies")


@pytest.mark.parametrize(
    ("quote", "refused"), [("—", True), ("...", True), ("« »", True), ("40", False), ("No.", False)]
)
def test_add_and_edit_refuse_a_quote_of_no_word(fire, quote: str, refused: bool) -> None:
    added = fire(
        "add",
        "bridge-fire",
        "--claimant",
        "Fire Agency",
        "--quote",
        quote,
        "--denies",
        "bridge-was-closed",
        "--new",
    )
    edited = fire("edit", "bf-agency-homes", "--quote", quote, "--paraphrase")
    for result in (added, edited):
        if refused:
            assert result.exit_code == 2, result.output
            assert result.stderr.strip() == (
                f"error: --quote {quote!r} holds no word: give the words as the article prints them"
            )
        else:
            ok(result)


def test_restoring_a_claim_whose_relay_is_retracted_says_so(fire) -> None:
    ok(fire("retract", "bf-radio-40"))
    ok(fire("retract", "bf-agency-40"))
    result = fire("retract", "bf-radio-40", "--undo")
    ok(result)
    assert result.stderr.strip().splitlines()[-1] == (
        "warning: bf-radio-40 is restored, but relays: bf-agency-40 is retracted (conflicts "
        "ignore it, and would judge this claim as its own): restore it first (retract --undo), "
        "or relay another"
    )
    assert "warning" not in fire("retract", "bf-agency-40", "--undo").stderr


# -- one organisation written another way ----------------------------------------------------

KNOWN = [
    "Syrian Democratic Forces (SDF)",
    "BBC",
    "US-led coalition (CJTF-OIR)",
    "Convoy driver A (BBC interview)",
    "Abu Musab Huthaifa (former ISIS intelligence chief)",
    "The Jerusalem Post",
    "World Health Organization",
    "Raqqa24",
    "Libyan Red Crescent",
]


@pytest.mark.parametrize(
    ("new", "same"),
    [
        ("Syrian Democratic Forces", ["Syrian Democratic Forces (SDF)"]),
        ("SDF", ["Syrian Democratic Forces (SDF)"]),
        ("The Syrian Democratic Forces (SDF)", ["Syrian Democratic Forces (SDF)"]),
        ("US-led coalition", ["US-led coalition (CJTF-OIR)"]),
        ("CJTF-OIR", ["US-led coalition (CJTF-OIR)"]),
        ("the BBC", ["BBC"]),
        ("Jerusalem Post", ["The Jerusalem Post"]),
        ("WHO", ["World Health Organization"]),
        ("Abu Musab Huthaifa", ["Abu Musab Huthaifa (former ISIS intelligence chief)"]),
        ("Convoy driver A", ["Convoy driver A (BBC interview)"]),
        # other names: a word more, another letter, initials of another name, a person
        ("BBC World Service", []),
        ("Convoy driver B", []),
        ("Red Crescent", []),
        ("UN", []),
        ("Ann Perkins", []),
        ("Raqqa 24", []),  # folds to a known name: the near-miss rules' own case
        ("BBC", []),  # the name itself
    ],
)
def test_same_organisation(new: str, same: list[str]) -> None:
    from claimtrack.names import same_organisation

    assert same_organisation(new, KNOWN) == same
    for other in same:  # both ways round
        assert new in same_organisation(other, [new])


@given(st.text(max_size=30), st.lists(st.text(max_size=30), max_size=5))
@settings(max_examples=examples(200), deadline=None)
def test_same_organisation_never_fails_and_never_names_itself(new: str, known: list) -> None:
    from claimtrack.names import same_organisation

    assert new not in same_organisation(new, known)


def test_add_and_the_review_ask_about_an_organisation_written_another_way(ct) -> None:
    ok(ct("import", str(FIXTURES / "audit16.jsonl")))
    add = ["add", "bridge-fire", "--claimant", "The Fire Agency"]
    add += ["--quote", "40 people were hurt in the blaze", "--figure", "40", "--measure", "injured"]
    result = ct(*add)
    assert result.exit_code == 2, result.output
    assert (
        "claimant 'The Fire Agency' is new to subject bridge-fire; did you mean 'Fire Agency'?"
    ) in result.stderr
    ok(ct(*add, "--new"))
    # the review: a claimant typed so is offered the known one, by number
    result = review(ct, "c", "the Example Radio", "1", "n", "f", "", "injured", "y", "x")
    assert result.exit_code == 0, result.output
    assert "did you mean 'Example Radio'?" in result.output
    new = [c for c in claims(ct).values() if c["quote"].startswith("A local radio")]
    assert [c["claimant"] for c in new] == ["Example Radio"]


def test_an_import_asks_about_an_organisation_written_another_way(ct, sample_db) -> None:
    path = str(FIXTURES / "same-organisation.jsonl")
    result = ct("import", path, db=sample_db)
    assert result.exit_code == 2, result.output
    named = [x.split(".jsonl:")[1] for x in result.stderr.splitlines() if ".jsonl:" in x]
    assert named == [
        "1: claimant 'SDF' is new to subject raqqa-convoy; did you mean 'Syrian Democratic "
        "Forces (SDF)'?",
        "2: claimant 'World Health Organization' is new to subject new-story; did you mean "
        "'WHO' (also new)?",
        "3: claimant 'WHO' is new to subject new-story; did you mean 'World Health "
        "Organization' (also new)?",
    ]
    ok(ct("import", path, "--new", db=sample_db))


def test_an_import_update_never_changes_a_status_silently(fire, tmp_path: Path) -> None:
    line = next(
        json.loads(x)
        for x in (FIXTURES / "audit16.jsonl").read_text().splitlines()
        if '"bf-post-60"' in x.split(",")[0]
    )
    del line["status"]  # an edited line: its claim active by default
    path = tmp_path / "u.jsonl"
    path.write_text(json.dumps(line | {"note": "checked"}) + "\n", encoding="utf-8")
    result = fire("import", str(path), "--update", "--json")
    ok(result)
    assert json.loads(result.stdout)["updated"] == 1
    assert (
        "u.jsonl:1: bf-post-60: stored retracted, the line says active: kept retracted"
        in result.stderr
    )
    stored = claims(fire, "--include-retracted")["bf-post-60"]
    assert (stored["status"], stored["note"]) == ("retracted", "checked")


@pytest.mark.parametrize(
    ("edit", "warned"),
    [
        (["--stance", "affirms"], "s2 relays s1, which now affirms dam-inspected (s2 denies it)"),
        (
            ["--denies", "dam-was-inspected", "--new"],
            "s2 relays s1, which is now on another proposition",
        ),
        (["--note", "checked"], None),
        (["--stance", "denies"], None),  # nothing to change: refused, no warning
    ],
)
def test_an_edit_of_a_relayed_stance_says_which_relays_now_stand_alone(ct, edit, warned) -> None:
    ok(
        ct(
            "add",
            "s",
            "--claimant",
            "A",
            "--quote",
            "the dam was never inspected",
            "--denies",
            "dam-inspected",
            "--id",
            "s1",
        )
    )
    ok(
        ct(
            "add",
            "s",
            "--claimant",
            "B",
            "--quote",
            "the dam was never inspected, A said",
            "--denies",
            "dam-inspected",
            "--relays",
            "s1",
            "--id",
            "s2",
        )
    )
    result = ct("edit", "s1", *edit)
    if warned is None:
        assert "relays" not in result.stderr
    else:
        ok(result)
        assert f"warning: {warned}: conflicts judge s2 as a claim of its own" in result.stderr


# -- a field given twice ----------------------------------------------------------------------

LINE = (
    '{"subject": "s", "claimant": "UN", "quote": "about 800 people died", "kind": "figure", '
    '"measure": "deaths", "value": "about 800"'
)


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        (LINE + ', "quote": "about 900 people died"}', "quote: given twice in one line"),
        (LINE + ', "value": "about 900"}', "value: given twice in one line"),
        (LINE + "}", None),
        # a quotation mark and a colon inside a value are no key
        (LINE.replace("about 800 people", 'he said \\"stop\\": about 800 people') + "}", None),
        (LINE + ', "note": "\\"a\\": \\"b\\":"}', None),
    ],
)
def test_a_field_given_twice_in_a_line_is_a_bad_line(ct, tmp_path: Path, line: str, problem):
    path = tmp_path / "l.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    result = ct("import", str(path))
    if problem is None:
        ok(result)
        return
    assert result.exit_code == 2, result.output
    assert f"l.jsonl:1: {problem}" in result.stderr
    assert claims(ct) == {}


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The canton said 1’200 people were evacuated.", "1’200 people"),  # as printed
        ("The canton said 1,200 people were evacuated.", "1,200 people"),
    ],
)
def test_the_review_stores_a_figure_as_the_article_prints_it(
    ct, tmp_path: Path, sentence: str, value: str
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(sentence + "\n", encoding="utf-8")
    result = ct(
        "extract",
        str(article),
        "--subject",
        "fl",
        "--review",
        input="".join(a + "\n" for a in ["f", "", "evacuated", "y", "y", "x"]),
    )
    assert result.exit_code == 0, result.output
    assert f"To store: figure '{value}' (1,200–1,200) on evacuated" in result.output
    (claim,) = claims(ct).values()
    assert (claim["value"], claim["low"]) == (value, 1200)
    assert claim["value"] in claim["quote"]
