"""`extract --review` audited again (review17): every field stored is shown before "Store it?",
a guess is said where the claim is accepted, what is typed is stored or said not to be, and a
database that cannot be written is said before the first question (or, mid-review, with the
claims already stored counted).

Piped answers through CliRunner on sentences written for these tests; one real terminal
session (slow)."""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

import pytest

from test_review import _env, _pty_session

# a court's award told by the outlet, a body's words a guess names ("the council"), a share
COURT = (
    "The tribunal in Ostmark awarded the family 400,000 euros on Monday. "
    "Turnout in the vote was 41 per cent, the council said.\n"
)
# a page whose outlet, address and date come from its own metadata, never typed
PAGE = (
    "<html><head><title>Lake rescue</title>"
    '<meta property="og:site_name" content="Lakeside Courier">'
    '<meta property="article:published_time" content="2024-02-03T10:00:00Z">'
    '<link rel="canonical" href="https://courier.example/lake"></head>'
    "<body><article><p>The coastguard said 14 people were pulled from the lake on Friday.</p>"
    "</article></body></html>\n"
)


def review(ct, tmp_path: Path, text: str, *answers: str, name: str = "a.txt", more=()):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = ct("extract", str(path), "--subject", "ostmark", *more, "--review",
                input="".join(a + "\n" for a in answers))  # fmt: skip
    return result, json.loads(ct("list", "--json").stdout)


def preview(output: str) -> str:
    """The last claim shown before "Store it?"."""
    block = output[output.rfind("  To store: ") :]
    return block[: block.find("Store it?")]


def test_outlet_address_and_source_read_from_the_page_are_shown_before_storing(
    ct, tmp_path: Path
) -> None:
    # before, the preview named neither the outlet nor the address the page's metadata gave
    result, (claim,) = review(ct, tmp_path, PAGE, "f", "", "rescued", "", "y", "x",
                              name="lake.html")  # fmt: skip
    assert result.exit_code == 0, result.output
    shown = preview(result.stdout)
    line = (f"    subject ostmark (new) · outlet Lakeside Courier · url https://courier.example/lake"
            f" · source {claim['source']}\n")  # fmt: skip
    assert line in shown, shown
    assert f"reported_on {claim['reported_on']}" in shown
    assert (claim["outlet"], claim["url"]) == ("Lakeside Courier", "https://courier.example/lake")


def test_the_check_that_the_database_can_be_written_leaves_nothing(empty_db: Path) -> None:
    from claimtrack.errors import DatabaseError
    from claimtrack.store import Store

    store = Store.open(empty_db)
    try:
        tables = store.conn.execute("SELECT name FROM sqlite_master").fetchall()
        store.check_writable()  # a write rolled back: no table, no claim
        assert store.conn.execute("SELECT name FROM sqlite_master").fetchall() == tables
        store.conn.execute("PRAGMA query_only = ON")  # SQLite's own read-only state
        with pytest.raises(DatabaseError, match="is read-only here"):
            store.check_writable()
    finally:
        store.close()


@pytest.mark.parametrize(
    ("answers", "said", "stored"),
    [
        # accepted as proposed: the guess is said in the claim shown, then stored as answered
        (["k", "f", "", "turnout", "", "y", "x"],
         "guessed: the speaker and the claimant read from it", ("council", "council")),
        # the speaker set at p: no longer a guess; the claimant read from it still is
        (["k", "p", "Ostmark council", "f", "", "turnout", "", "y", "x"],
         "guessed: the claimant read from the speaker (", ("council", "Ostmark council")),
        # a claimant typed, the speaker kept when asked: both answered, nothing said
        (["k", "c", "Ostmark", "", "k", "f", "", "turnout", "", "y", "x"], None,
         ("Ostmark", "council")),
    ],
)  # fmt: skip
def test_a_guessed_speaker_is_said_where_the_claim_is_accepted(
    ct, tmp_path: Path, answers: list[str], said: str | None, stored: tuple
) -> None:
    result, claims = review(ct, tmp_path, COURT, *answers)
    assert result.exit_code == 0, result.output
    shown = preview(result.stdout)
    if said is None:
        assert "guessed:" not in shown, shown
    else:
        assert said in shown, shown
    assert [(c["claimant"], c["speaker"]) for c in claims] == [stored]


def test_an_as_of_typed_for_a_stance_is_said_not_stored(ct, tmp_path: Path) -> None:
    result, (claim,) = review(ct, tmp_path, COURT, "k", "t", "", "2024-05", "s", "vote-valid",
                              "", "a", "y", "x")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "as_of 2024-05 is not stored: a stance has none" in result.stdout
    assert "as_of" not in claim


@pytest.mark.parametrize(
    ("dates", "stored", "warned"),
    [
        # a year is a date, never a number of the list ("2023" was refused: no number 2023)
        (["2024-05-06", "2023"], ("2024-05-06", "2023"), None),
        # what `add` warns of, said before "Store it?"
        (["2024-05-06", "2024-06"], ("2024-05-06", "2024-06"),
         "warning: as_of 2024-06 is after said_on 2024-05-06: read as a forecast"),
        (["2999-01-01", "-"], ("2999-01-01", None), "warning: said_on 2999-01-01 is in the future"),
    ],
)  # fmt: skip
def test_dates_typed_are_stored_as_shown_with_the_warnings_of_add(
    ct, tmp_path: Path, dates: list[str], stored: tuple, warned: str | None
) -> None:
    result, (claim,) = review(ct, tmp_path, COURT, "t", *dates, "f", "", "award", "", "y", "x")
    assert result.exit_code == 0, result.output
    assert (claim.get("said_on"), claim.get("as_of")) == stored
    if warned:
        assert warned in result.stdout[: result.stdout.rfind("Store it?")], result.stdout


@pytest.mark.parametrize(
    ("text", "typed", "said"),
    [
        # a duration typed as a count (found by the state machine: stored as a count of 32)
        ("The reports cover the last 32 weeks, he said.\n", "32",
         "That cuts the figure '32 weeks' (duration) to what reads another thing (count)"),
        # a noun left out that does not change what is counted: taken
        ("Jo Park said 12 buses carrying marchers were stopped.\n", "12 buses", None),
    ],
)  # fmt: skip
def test_a_figure_typed_measures_what_the_quote_s_figure_measures(
    ct, tmp_path: Path, text: str, typed: str, said: str | None
) -> None:
    result, claims = review(ct, tmp_path, text, "f", typed, "-", "x")
    assert result.exit_code == 0, result.output
    if said:  # refused, asked again: "-" there goes back
        assert said in result.stderr
        assert result.stdout.count("Figure (number, or words of the quote)") == 2
    assert ("Measure (number or name)" in result.stdout) == (said is None)  # taken: measure next
    assert claims == []


def test_a_figure_typed_without_its_unit_is_asked_again_before_the_measure(
    ct, tmp_path: Path
) -> None:
    # "41" of "41 per cent": was taken, then refused after the measure as "not in the quote"
    result, (claim,) = review(ct, tmp_path, COURT, "k", "f", "41", "41 per cent", "turnout", "",
                              "y", "x")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "That cuts the figure '41 per cent' (share) to what reads another thing (count)" \
        in result.stderr  # fmt: skip
    assert result.stdout.count("Measure (number or name)") == 1
    assert claim["value"] == "41 per cent"


def test_the_article_on_standard_input_is_refused_with_review(ct) -> None:
    result = ct("extract", "-", "--subject", "ostmark", "--review", input=COURT)
    assert result.exit_code == 2, result.output
    assert "--review reads your answers from standard input" in result.stderr
    assert "[1/" not in result.stdout


def test_a_database_nothing_can_be_written_to_is_said_before_the_first_question(
    ct, tmp_path: Path, monkeypatch
) -> None:
    from claimtrack.store import Store

    def query_only(store: Store) -> None:  # SQLite's own read-only state, as on a locked file
        store.conn.execute("PRAGMA query_only = ON")
        Store_check(store)

    Store_check = Store.check_writable
    monkeypatch.setattr(Store, "check_writable", query_only)
    result, _ = review(ct, tmp_path, COURT, "f", "", "award", "", "y", "x")
    assert result.exit_code == 1, result.output
    assert "is read-only here" in result.stderr and "the review stores each claim" in result.stderr
    assert "[1/" not in result.stdout


def test_a_write_that_fails_mid_review_counts_the_claims_stored_before_it(
    ct, tmp_path: Path, monkeypatch
) -> None:
    from claimtrack.store import Store

    real = Store.add_many
    calls = []

    def full_disk(store: Store, claims):  # the second claim meets a full disk
        calls.append(1)
        if len(calls) == 2:
            raise sqlite3.OperationalError("database or disk is full")
        return real(store, claims)

    monkeypatch.setattr(Store, "add_many", full_disk)
    result, claims = review(ct, tmp_path, COURT, "f", "", "award", "", "y", "k", "f", "",
                            "turnout", "", "y", "x")  # fmt: skip
    assert result.exit_code == 1, result.output
    assert "Stopped: 1 claim stored; 1 candidate not reviewed." in result.stderr
    # before, the CLI's line alone said "nothing was written"
    assert "database or disk is full; the claim shown was not stored" in result.stderr
    assert "nothing was written" not in result.stderr
    assert [c["value"] for c in claims] == ["400,000 euros"]


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_a_terminal_session_shows_the_guess_and_stores_nothing_on_ctrl_c(
    ct, tmp_path: Path, empty_db: Path
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(COURT, encoding="utf-8")
    steps = [
        ("x=quit", "k\r"),
        ("x=quit", "f\r"),
        ("Figure (number, or words of the quote) [1]:", "\r"),
        ("Measure (number or name):", "turnout\r"),
        ("Create it?", "\r"),
        ("guessed: the speaker and the claimant read from it", ""),
        ("Store it?", "\x03"),  # Ctrl-C at the claim shown: not stored, and said
    ]
    args = ["--db", str(empty_db), "extract", str(path), "--subject", "ostmark", "--outlet",
            "Paper", "--review"]  # fmt: skip
    code, shown = _pty_session(args, steps, _env(empty_db))
    assert code == 130, shown
    assert "Interrupted: 0 claims stored; 1 candidate not reviewed." in shown
    assert "subject ostmark (new) · outlet Paper" in shown
    assert json.loads(ct("list", "--json").stdout) == []


RISE = "Bus fares in Ostmark rose 6% in the year to June, the transit board said.\n"


@pytest.mark.parametrize(
    ("answers", "refused"),
    [
        # the figure's words typed: the figure of the list, a change (was refused with add's
        # "--change up" hint, no way to give it in the review but its number)
        (["f", "6%", "fares", "", "y", "x"], None),
        # a quote narrowed past the verb that makes it a change: refused at once (was refused
        # only at "Store it?", with add's --change and --paraphrase hints)
        (["e", "6%...June", "rose...June", "f", "", "fares", "", "y", "x"],
         "That leaves out the words that make '6%' a change (up): keep them in the quote."),
    ],
)  # fmt: skip
def test_a_change_is_stored_as_a_change_or_asked_again(
    ct, tmp_path: Path, answers: list[str], refused: str | None
) -> None:
    result, (claim,) = review(ct, tmp_path, RISE, *answers)
    assert result.exit_code == 0, result.output
    assert (claim["value"], claim.get("change")) == ("6%", "up")
    assert "a change up of fares" in preview(result.stdout)
    if refused:
        assert refused in result.stderr
        assert claim["quote"] == "rose 6% in the year to June"


@pytest.mark.parametrize(
    ("skip", "narrowed", "refused"),
    [
        # the currency left out: was stored as a count of 400,000
        ([], "The tribunal...400,000",
         "That cuts the figure '400,000 euros' (currency:EUR) to what reads another thing "
         "(count)"),
        # the share left out: was stored as a count of 41
        (["k"], "Turnout in the vote was 41",
         "That cuts the figure '41 per cent' (share) to what reads another thing (count)"),
    ],
)  # fmt: skip
def test_a_quote_narrowed_inside_a_figure_keeps_what_it_measures(
    ct, tmp_path: Path, skip: list[str], narrowed: str, refused: str
) -> None:
    result, claims = review(ct, tmp_path, COURT, *skip, "e", narrowed, "", "x")
    assert result.exit_code == 0, result.output
    assert refused in result.stderr
    assert result.stdout.count("Enter keeps it") == 2 and claims == []  # asked again
