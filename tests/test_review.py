"""`claimtrack extract --review`: the review never stores what the user did not see.

Piped answers through CliRunner (one answer a line, as a user would type them), the pure
helpers table-driven, and a real terminal session through the stdlib ``pty`` (slow)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack import review

from conftest import examples, load_script

ARTICLE = (
    "The mayor said 11,300 people died and 2,000 were injured on 2023-09-12. "
    "Ann Lee said the dam was never inspected.\n"
)
MENU_KEYS = ["f", "s", "e", "c", "p", "t", "n", "r", "k", "x"]


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def reviewed(ct, article: Path):
    """Run the review on ARTICLE with answers (one per line); returns (result, claims)."""

    def run(*answers: str, subject: str = "dam"):
        result = ct("extract", str(article), "--subject", subject, "--outlet", "Paper", "--url",
                    "https://paper.example/dam", "--review", input="".join(
                        a + "\n" for a in answers))  # fmt: skip
        claims = json.loads(ct("list", "--json").stdout)
        return result, claims

    return run


def fields(claims: list[dict], *keys: str) -> list[tuple]:
    return sorted(tuple(c.get(k) for k in keys) for c in claims)


def logged(ct, subject: str, claimant: str, quote: str, figure: str, measure: str, *more: str):
    """``add`` a figure claim (the quote holds its figure), checked to succeed."""
    result = ct("add", subject, "--claimant", claimant, "--quote", quote, "--figure", figure,
                "--measure", measure, *more)  # fmt: skip
    assert result.exit_code == 0, result.output
    return result


# -- the flow, piped ----------------------------------------------------------------------


def test_each_figure_and_a_denies_stance_are_stored_as_shown(reviewed) -> None:
    result, claims = reviewed(
        "f", "1", "deaths", "", "y",  # figure 1; new measure confirmed (Enter); stored (y)
        "",  # Enter: next candidate, the sentence's second figure
        "f", "", "injured", "y", "y", "",  # its figure (Enter takes the one shown)
        "s", "dam-was-inspected", "y", "d", "y", "",  # a stance, "d" for denies; Enter: next
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert fields(claims, "kind", "measure", "proposition", "stance", "value", "low") == [
        ("figure", "deaths", None, None, "11,300 people", 11300),
        ("figure", "injured", None, None, "2,000", 2000),
        ("stance", None, "dam-was-inspected", "denies", None, None),
    ]
    assert {c["claimant"] for c in claims if c["kind"] == "stance"} == {"Ann Lee"}
    assert {c["outlet"] for c in claims} == {"Paper"}
    assert "To store: figure '11,300 people' (11,300–11,300) on deaths" in result.stdout
    assert "Done: 3 claims stored from 3 candidates." in result.stderr


@pytest.mark.parametrize(
    ("at_store", "stored"),
    [
        (["", "n", "x"], []),  # Enter is no answer: asked again, then n
        (["", "", "y", "x"], ["11,300 people"]),  # two stray blank lines, then y: stored once
        ([""], []),  # the answers run out after a blank line: nothing stored
        (["yes", "x"], ["11,300 people"]),
    ],
)
def test_store_it_has_no_default(reviewed, at_store: list, stored: list) -> None:
    """A claim is stored only on an answer typed for it (a stray blank line in piped answers
    stored the claim shown, review16); the menu, names and dates keep their defaults."""
    result, claims = reviewed("f", "1", "deaths", "", *at_store)
    assert result.exit_code == 0, result.output
    assert [c["value"] for c in claims] == stored
    blanks = at_store.count("")
    assert result.stderr.count("Enter is no answer here") == blanks
    asked = len(at_store) - ("x" in at_store) + (at_store == [""])  # again at the end of input
    assert result.stdout.count("Store it? y=yes n=no:") == asked


def test_a_narrowed_quote_reads_its_own_figure(reviewed) -> None:
    result, claims = reviewed("e", "2,000 were injured", "f", "", "injured", "y", "y", "x")
    assert result.exit_code == 0, result.output
    (claim,) = claims
    assert (claim["quote"], claim["value"], claim["low"], claim["measure"]) == (
        "2,000 were injured", "2,000", 2000, "injured")  # fmt: skip
    assert "Its figures: 1. 2,000 (2,000–2,000)" in result.stderr


def test_a_narrowed_quote_that_drops_the_chosen_figure_is_refused(reviewed) -> None:
    result, claims = reviewed(
        "f", "1", "deaths", "y", "n",  # figure 1 chosen, then not stored
        "e", "2,000 were injured",  # refused: the chosen figure is not in it
        "11,300 people died",  # asked again: this one holds it
        "f", "", "", "y",  # the chosen figure and its measure are kept: Enter, Enter
        "x",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "The chosen figure '11,300 people' is not in that quote" in result.stderr
    (claim,) = claims
    assert (claim["quote"], claim["value"], claim["measure"]) == (
        "11,300 people died", "11,300 people", "deaths")  # fmt: skip


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        ("people died", "cuts the figure '11,300 people' in two"),
        ("300 people died", "Not a part of the sentence shown"),  # a part of a word
        ("not in the sentence", "Not a part of the sentence shown"),
    ],
)
def test_a_quote_that_is_not_a_whole_part_is_asked_again(reviewed, typed: str, why: str) -> None:
    result, claims = reviewed("e", typed, "", "x")  # refused; Enter keeps the quote
    assert result.exit_code == 0, result.output
    assert why in result.stderr and claims == []


def test_curly_and_straight_quotation_marks_match_when_narrowing(ct, tmp_path: Path) -> None:
    path = tmp_path / "q.txt"
    path.write_text("“We counted 40 bodies,” the mayor said on Monday.\n", encoding="utf-8")
    answers = 'e\n"We counted 40 bodies,"\nf\n\nbodies\ny\ny\n'
    result = ct("extract", str(path), "--subject", "q", "--review", input=answers)
    assert result.exit_code == 0, result.output
    (claim,) = json.loads(ct("list", "--json").stdout)
    assert claim["quote"] == "“We counted 40 bodies,”"  # as written in the article


@pytest.mark.parametrize(
    ("answers", "speaker"),
    [
        (["k"], "mayor"),  # keep
        (["c", "Omar Ali"], "Omar Ali"),  # change
        (["n"], None),  # none
        (["s"], "City of Derna"),  # the same as the new claimant
        (["maybe", "n"], None),  # refused, asked again
    ],
)
def test_a_new_claimant_asks_about_the_speaker(reviewed, answers: list, speaker) -> None:
    result, claims = reviewed("c", "City of Derna", "y", *answers, "f", "1", "deaths", "y", "y",
                              "k", "x")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "The speaker 'mayor' was read for 'mayor'" in result.stderr
    (claim,) = claims
    assert (claim["claimant"], claim.get("speaker")) == ("City of Derna", speaker)


@pytest.mark.parametrize("answer", ["d", "D", "denies", "den", " d "])
def test_stance_letters_words_and_prefixes(reviewed, answer: str) -> None:
    result, claims = reviewed("k", "s", "inspected", "y", answer, "y")
    assert result.exit_code == 0, result.output
    assert [c["stance"] for c in claims] == ["denies"]


def test_a_refused_answer_is_asked_again_without_losing_what_was_typed(reviewed) -> None:
    result, claims = reviewed(
        "k",
        "zz",  # not an action: asked again
        "s", "dam-was-inspected", "y",
        "maybe",  # not a stance: asked again; the proposition stays
        "a", "y",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.stderr.count("Answer one of:") == 2
    assert fields(claims, "proposition", "stance") == [("dam-was-inspected", "affirms")]


def test_end_of_input_in_the_middle_stops_cleanly(reviewed) -> None:
    result, claims = reviewed("f", "1", "deaths", "y", "y", "", "2")  # ends at the measure
    assert result.exit_code == 0, result.output
    assert "Aborted" not in result.output
    assert result.stderr.rstrip().endswith(
        "End of input: 1 claim stored; 2 candidates not reviewed.")  # fmt: skip
    assert fields(claims, "measure", "value") == [("deaths", "11,300 people")]


def test_quit_says_what_was_stored_and_what_was_not_reviewed(reviewed) -> None:
    result, _ = reviewed("k", "k", "x")
    assert result.exit_code == 0, result.output
    assert "Stopped: 0 claims stored; 1 candidate not reviewed." in result.stderr


def test_a_number_picks_from_the_list_and_is_never_a_new_name(ct, reviewed) -> None:
    logged(ct, "dam", "A", "5 were hurt", "5", "deaths")
    logged(ct, "dam", "A", "5 were hurt", "5", "injured")
    result, claims = reviewed("f", "1", "7", "1", "y", "x")  # 7: not in the list, asked again
    assert result.exit_code == 0, result.output
    assert "no number 7 in the list (1-2): a number picks from the list, and is never" in (
        result.stderr)  # fmt: skip
    assert "measures: 1. deaths  2. injured" in result.stdout
    assert fields(claims, "measure", "value") == [("deaths", "11,300 people"), ("deaths", "5"),
                                                  ("injured", "5")]  # fmt: skip


def test_a_near_miss_name_offers_the_existing_one(ct, reviewed) -> None:
    logged(ct, "dam", "A", "5 were hurt", "5", "deaths")
    result, claims = reviewed("f", "1", "death", "1", "y", "x")
    assert result.exit_code == 0, result.output
    assert "measure 'death' is new to subject dam; did you mean 'deaths'?" in result.stderr
    assert sorted(c["measure"] for c in claims) == ["deaths", "deaths"]


def test_a_near_miss_name_can_be_kept_new_after_confirming(ct, reviewed) -> None:
    logged(ct, "dam", "A", "5 were hurt", "5", "deaths")
    result, claims = reviewed("f", "1", "death", "n", "y", "y", "x")
    assert result.exit_code == 0, result.output
    assert sorted(c["measure"] for c in claims) == ["death", "deaths"]


def test_an_extracted_claimant_close_to_a_known_one_is_guarded(ct, reviewed) -> None:
    ct("add", "dam", "--claimant", "Ann Lees", "--quote", "q", "--affirms", "dam-is-safe")
    result, claims = reviewed("k", "k", "s", "1", "d", "1", "y")  # "1": use 'Ann Lees'
    assert result.exit_code == 0, result.output
    assert "claimant 'Ann Lee' is new to subject dam; did you mean 'Ann Lees'?" in result.stderr
    assert fields(claims, "claimant", "stance") == [("Ann Lees", "affirms"), ("Ann Lees", "denies")]


def test_a_new_extracted_claimant_is_marked_new_before_it_is_stored(reviewed) -> None:
    result, _ = reviewed("f", "1", "deaths", "y", "n", "x")
    assert "claimant mayor (new) · speaker mayor" in result.stdout


def test_a_subject_close_to_a_known_one_is_guarded(ct, reviewed) -> None:
    ct("add", "dam-burst", "--claimant", "A", "--quote", "q", "--affirms", "dam-is-safe")
    result, claims = reviewed("1", "k", "k", "s", "1", "d", "y", subject="dam-bursts")
    assert result.exit_code == 0, result.output
    assert "subject 'dam-bursts' is a new subject; did you mean 'dam-burst'?" in result.stderr
    assert fields(claims, "subject", "claimant") == [("dam-burst", "A"), ("dam-burst", "Ann Lee")]


def test_a_new_name_is_confirmed_before_it_is_created(reviewed) -> None:
    result, claims = reviewed("f", "1", "dead", "n", "deaths", "y", "y", "x")
    assert result.exit_code == 0, result.output
    assert "'dead' is a new measure of dam. Create it?" in result.stdout
    assert [c["measure"] for c in claims] == ["deaths"]


def test_dates_note_and_relay_are_set_at_the_review(ct, reviewed) -> None:
    ct("add", "dam", "--claimant", "Red Crescent", "--quote", "11,000 died", "--figure", "11,000",
       "--measure", "deaths", "--id", "dam-red-crescent")  # fmt: skip
    result, claims = reviewed(
        "t", "1", "2023-09-13",  # said on: the sentence's date (by number); as of: typed
        "n", "read out at a briefing",
        "r", "1",  # relays the earlier claim, picked by number
        "p", "Mayor Abdulmenam al-Ghaithi",
        "f", "1", "1", "y",
        "x",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    (claim,) = [c for c in claims if c["id"] != "dam-red-crescent"]
    assert {k: claim.get(k) for k in ("said_on", "as_of", "note", "relays", "speaker")} == {
        "said_on": "2023-09-12", "as_of": "2023-09-13", "note": "read out at a briefing",
        "relays": "dam-red-crescent", "speaker": "Mayor Abdulmenam al-Ghaithi"}  # fmt: skip


def test_a_bad_date_is_asked_again(reviewed) -> None:
    result, claims = reviewed("t", "12/09/2023", "2023-09", "", "f", "1", "deaths", "y", "y",
                              "x")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert [c["said_on"] for c in claims] == ["2023-09"]


def test_a_figure_typed_must_be_words_of_the_quote(reviewed) -> None:
    # "people died": words of the quote, but not a figure; "11,300": the same amount as the
    # sentence's "11,300 people", so it may be taken (and that figure counts as stored)
    result, claims = reviewed("f", "12,000 people", "people died", "11,300", "deaths", "y", "y",
                              "k", "x")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Not words of the quote" in result.stderr
    assert 'no figure found in "people died"' in result.stderr
    assert fields(claims, "value") == [("11,300",)]


def test_declining_to_store_keeps_the_candidate_open(reviewed) -> None:
    result, claims = reviewed("f", "1", "deaths", "y", "n", "k", "x")
    assert result.exit_code == 0, result.output
    assert "Not stored; the candidate is still open." in result.stderr and claims == []


# -- the pure parts -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "key"),
    [("f", "f"), ("F", "f"), ("figure", "f"), ("fig", "f"), ("st", "s"), ("sp", "p"),
     ("speaker", "p"), ("dates", "t"), ("q", None), ("", None), ("quit", "x"), ("1", None),
     ("e", "e"), ("ed", "e")],
)  # fmt: skip
def test_match_action(answer: str, key: str | None) -> None:
    act = review.match_action(answer, review.MENU)
    assert (act.key if act else None) == key


def test_menu_keys_are_distinct() -> None:
    assert [a.key for a in review.MENU] == MENU_KEYS


def test_stances_come_from_the_model_with_distinct_keys() -> None:
    actions = review.stance_actions()
    assert [a.word for a in actions][:2] == ["affirms", "denies"]
    assert [a.key for a in actions][:2] == ["a", "d"]
    assert len({a.key for a in actions}) == len(actions)


@pytest.mark.parametrize(
    ("answer", "listed", "expected"),
    [("1", ["deaths"], "deaths"), ("2", ["a", "b"], "b"), ("deaths", ["deaths"], None),
     ("01", ["a"], "a")],
)  # fmt: skip
def test_pick_number(answer: str, listed: list, expected) -> None:
    assert review.pick_number(answer, listed) == expected


@pytest.mark.parametrize(("answer", "listed"), [("0", ["a"]), ("2", ["a"]), ("1", [])])
def test_a_number_outside_the_list_is_refused(answer: str, listed: list) -> None:
    with pytest.raises(ValueError, match=r"no number \d+ in the list"):
        review.pick_number(answer, listed)


@pytest.mark.parametrize(
    ("typed", "found"),
    [("11,300 people", (15, 28)), ("said  11,300", (10, 21)), ("nothing", None),
     ("The mayor", (0, 9)), ('"quoted"', None), ("mayor...died", (4, 33)),
     ("mayor...died", (4, 33)), ("died...mayor", None),
     # one side: from the sentence's start, or to its end
     ("...died", (0, 33)), ("2,000 were...", (38, 71)), ("...nothing", None), ("nothing...", None)],
)  # fmt: skip
def test_find_quote(typed: str, found) -> None:
    assert review.find_quote(ARTICLE, 0, 71, typed) == found


@pytest.mark.parametrize(
    ("text", "typed", "refused"),
    [
        ("The office said 11,300 people died.", "11,300 people", False),
        ("The office said 11,300 people died.", "people died", True),  # starts inside
        ("The office said 11,300 people died.", "11,300", False),  # the noun left out: same
        ("Up to 5 million people fled.", "Up to 5", True),  # the scale left out: not the same
        ("Up to 5 million people fled.", "5 million people", True),  # the hedge left out
        ("Some 40 to 55 boats sank.", "Some 40", True),
        ("The office said more than 4,000 were hurt.", "more than 4,000", False),
        ("The office said more than 4,000 were hurt.", "said", False),  # no figure touched
    ],
)
def test_cut_problem(text: str, typed: str, refused: bool) -> None:
    figs = review.figures_in(text, 0, len(text))
    start, end = review.find_quote(text, 0, len(text), typed)
    reread = {f["start"]: (f["low"], f["high"]) for f in review.figures_in(text, start, end)}
    assert (review.cut_problem(figs, start, end, reread.get) is not None) == refused


# -- the keystroke bench -------------------------------------------------------------------


@pytest.mark.slow
def test_the_keystroke_bench_stays_within_the_goal() -> None:
    bench = load_script("bench/review_keystrokes.py")
    if not bench.ARTICLES.exists():
        pytest.skip("the real articles are not on this machine")
    for name in bench.STORIES:
        numbers = bench.run(name)
        assert numbers["problems"] == [], name
        assert numbers["per_claim"] <= 120, (name, numbers["per_claim"])


@pytest.mark.slow
def test_the_keystroke_bench_on_a_labelled_set() -> None:
    bench = load_script("bench/review_keystrokes.py")
    texts = Path(os.environ.get("CLAIMTRACK_FOLDS", "/work")) / "articles2"
    if not texts.is_dir():
        pytest.skip("the texts of 13-18 are not on this machine")
    tally = bench.run_labelled(texts, ["13", "14", "15", "16", "17", "18"], False, False)
    assert tally.problems == 0
    assert tally.claims >= 55 and tally.per_claim <= 120, (tally.claims, tally.per_claim)


# -- a real terminal ----------------------------------------------------------------------


def _pty_session(args: list[str], steps: list[tuple[str, str]], env: dict) -> tuple[int, str]:
    """Run claimtrack on a pseudo-terminal: for each (prompt text, answer), wait for the text
    and for the terminal to fall quiet (the whole prompt drawn, the program reading), then type
    the answer. Returns the exit status and everything the terminal showed.

    Every wait has a deadline: a program that stops answering, or never exits, is killed and
    the test fails with what the terminal showed (a CI run once waited for ever here)."""
    import pty
    import select
    import signal
    import time

    pid, fd = pty.fork()
    if pid == 0:  # the child: claimtrack on the terminal, taking Ctrl-C whatever its parent did
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        os.execve(sys.executable, [sys.executable, "-m", "claimtrack", *args], env)
    seen = b""
    pos = 0  # what the terminal showed up to the last prompt answered

    def read(timeout: float) -> bool:
        nonlocal seen
        ready, _, _ = select.select([fd], [], [], max(timeout, 0.0))
        try:
            chunk = os.read(fd, 4096) if ready else b""
        except OSError:  # the child closed the terminal
            chunk = b""
        seen += chunk
        return bool(chunk)

    def fail(why: str) -> AssertionError:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        return AssertionError(f"{why}; the terminal showed:\n{seen.decode('utf-8', 'replace')}")

    for prompt, answer in steps:
        deadline = time.monotonic() + 30
        while seen.find(prompt.encode(), pos) < 0:
            if time.monotonic() > deadline or not read(deadline - time.monotonic()):
                raise fail(f"waited for {prompt!r}")
        pos = seen.find(prompt.encode(), pos) + len(prompt)
        while read(0.05):  # the rest of the prompt: a key pressed mid-drawing lands elsewhere
            if time.monotonic() > deadline:
                raise fail(f"{prompt!r} was followed by output that never stopped")
        os.write(fd, answer.encode())
    deadline = time.monotonic() + 60
    while read(deadline - time.monotonic()):  # until the child closes the terminal
        if time.monotonic() > deadline:
            raise fail("the program went on writing after the last answer")
    deadline = time.monotonic() + 30
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status), seen.decode("utf-8", "replace")
        if time.monotonic() > deadline:
            raise fail("the program did not exit after the last answer")
        time.sleep(0.05)


def _env(db: Path) -> dict:
    src = Path(__file__).resolve().parents[1] / "src"
    return {**os.environ, "CLAIMTRACK_DB": str(db), "NO_COLOR": "1", "COLUMNS": "100",
            "PYTHONPATH": os.pathsep.join([str(src), os.environ.get("PYTHONPATH", "")])}  # fmt: skip


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_a_terminal_session_with_ctrl_d_in_the_middle(ct, article: Path, empty_db: Path) -> None:
    steps = [
        ("x=quit", "e\r"),
        ("Enter keeps it):", "2,000 were injured\r"),
        ("x=quit", "f\r"),
        ("Figure (number, or words of the quote) [1]:", "\r"),
        ("Measure (number or name):", "injured\r"),
        ("Create it?", "\r"),
        ("Store it?", "y\r"),
        ("x=quit", "c\r"),  # the same candidate, with its quote as the whole sentence again
        ("Claimant (number or name)", "City of Derna\r"),
        ("Create it?", "y\r"),
        ("Speaker: k=keep c=change", "d\r"),  # not an answer: asked again
        ("Speaker: k=keep c=change", "n\r"),
        ("x=quit", "\x04"),  # Ctrl-D: the end of input
    ]
    args = ["--db", str(empty_db), "extract", str(article), "--subject", "dam", "--outlet",
            "Paper", "--review"]  # fmt: skip
    code, shown = _pty_session(args, steps, _env(empty_db))
    assert code == 0, shown
    assert "End of input: 1 claim stored; 3 candidates not reviewed." in shown
    assert "Aborted" not in shown and "Traceback" not in shown
    (claim,) = json.loads(ct("list", "--json").stdout)
    assert (claim["quote"], claim["value"], claim["claimant"]) == (
        "2,000 were injured", "2,000", "mayor")  # fmt: skip


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_a_terminal_session_interrupted_by_ctrl_c(ct, article: Path, empty_db: Path) -> None:
    steps = [
        ("x=quit", "s\r"),
        ("Proposition (number or name):", "toll-is-final\r"),
        ("Create it?", "y\r"),
        ("Stance:", "a\r"),
        ("Store it?", "\r"),  # Enter is no answer: asked again
        ("Enter is no answer here", ""),
        ("Store it?", "y\r"),
        ("x=quit", "\x03"),  # Ctrl-C
    ]
    args = ["--db", str(empty_db), "extract", str(article), "--subject", "dam", "--outlet",
            "Paper", "--review"]  # fmt: skip
    code, shown = _pty_session(args, steps, _env(empty_db))
    assert code == review.EXIT_INTERRUPTED, shown
    assert "Interrupted: 1 claim stored; 3 candidates not reviewed." in shown
    assert [c["stance"] for c in json.loads(ct("list", "--json").stdout)] == ["affirms"]


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_a_terminal_session_picks_the_rupee_by_number(ct, tmp_path: Path, empty_db: Path) -> None:
    # "Rs" beside "Pakistan" is refused by convention; on a real terminal the review offers each
    # rupee by number, and stores the figure written for the one picked (3: Sri Lankan)
    article = tmp_path / "pk.txt"
    article.write_text("Pakistan's finance minister said relief would cost Rs 500 crore.\n",
                       encoding="utf-8")  # fmt: skip
    steps = [
        ("x=quit", "f\r"),
        ("Figure (number, or words of the quote) [1]:", "\r"),
        ("Measure (number or name):", "relief\r"),
        ("Create it?", "\r"),
        ("Which currency (number or ISO code) [1]:", "9\r"),  # not in the list: asked again
        ("Which currency (number or ISO code) [1]:", "3\r"),
        ("Store it?", "y\r"),
        ("x=quit", "x\r"),
    ]
    args = ["--db", str(empty_db), "extract", str(article), "--subject", "floods", "--outlet",
            "Paper", "--review"]  # fmt: skip
    code, shown = _pty_session(args, steps, _env(empty_db))
    assert code == 0, shown
    assert "1. PKR 500 crore (PKR)" in shown and "no number 9 in the list (1-6)" in shown
    (claim,) = json.loads(ct("list", "--json").stdout)
    assert (claim["value"], claim["unit"]) == ("LKR 500 crore", "lkr")


@pytest.mark.parametrize(
    "answers", [["e", "4,000 were injured", ""], ["f", "4,000 were injured", ""]]
)
def test_words_that_drop_a_figure_s_hedge_are_refused(ct, tmp_path: Path, answers: list) -> None:
    path = tmp_path / "h.txt"
    path.write_text("The office said 12 died and more than 4,000 were injured.\n", encoding="utf-8")
    result = ct("extract", str(path), "--subject", "h", "--review",
                input="".join(a + "\n" for a in [*answers, "x"]))  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "That cuts the figure 'more than 4,000' in two" in result.stderr
    assert json.loads(ct("list", "--json").stdout) == []


def test_a_measure_the_store_refuses_is_asked_again(ct, tmp_path: Path) -> None:
    logged(ct, "d", "A", "5 were hurt", "5", "deaths")
    path = tmp_path / "m.txt"
    path.write_text("The mayor said the repairs would cost $5 million.\n", encoding="utf-8")
    answers = ["f", "", "1", "y", "repair-cost", "y", "y", "x"]  # 1: deaths, a count: refused
    result = ct("extract", str(path), "--subject", "d", "--review",
                input="".join(a + "\n" for a in answers))  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Not stored: invalid claim:" in result.stderr
    stored = json.loads(ct("list", "--json").stdout)
    assert fields(stored, "measure", "value") == [("deaths", "5"), ("repair-cost", "$5 million")]


def test_control_characters_never_reach_the_terminal(ct, tmp_path: Path) -> None:
    path = tmp_path / "e.txt"
    path.write_text("The mayor said 11,300 people died.\n", encoding="utf-8")
    answers = ["c", "Evil\x1b[2J Corp", "Evil Corp", "y", "k", "f", "", "deaths", "y", "n", "x"]
    result = ct("extract", str(path), "--subject", "e", "--review",
                input="".join(a + "\n" for a in answers))  # fmt: skip
    assert result.exit_code == 0, result.output
    # a control character is refused in any text field (fixes14): asked again, said safely
    assert "claimant: a control character U+001B at character 5" in result.stderr
    assert "claimant Evil Corp (new)" in result.stdout
    prompts_and_messages = result.stdout.replace("Evil\x1b[2J Corp\n", "") + result.stderr
    assert "\x1b" not in prompts_and_messages  # the typed answer itself is echoed by the runner


def test_a_relay_by_id_prefix_and_a_bad_id_asked_again(ct, reviewed) -> None:
    ct("add", "dam", "--claimant", "Red Crescent", "--quote", "11,000 died", "--figure", "11,000",
       "--measure", "deaths", "--id", "dam-red-crescent")  # fmt: skip
    result, claims = reviewed("r", "dam-nothing-here", "9", "dam-red-c", "f", "", "1", "y", "x")
    assert result.exit_code == 0, result.output
    assert "no claim with id 'dam-nothing-here'" in result.stderr
    assert "no number 9 in the list (1-1)" in result.stderr
    (claim,) = [c for c in claims if c["id"] != "dam-red-crescent"]
    assert claim["relays"] == "dam-red-crescent"


_WORDS = st.lists(
    st.text(alphabet="abcdefgh,.'’“”0123456789", min_size=1, max_size=6), min_size=1, max_size=8
)


@given(words=_WORDS, data=st.data())
@settings(max_examples=examples(100), deadline=None)
def test_find_quote_finds_every_run_of_whole_words(words: list[str], data) -> None:
    text = " ".join(words)
    i = data.draw(st.integers(0, len(words) - 1))
    j = data.draw(st.integers(i + 1, len(words)))
    typed = "  ".join(words[i:j])  # any spacing
    span = review.find_quote(text, 0, len(text), typed)
    assert span is not None
    fold = str.maketrans("’“”", '\'""')
    assert text[span[0] : span[1]].translate(fold).split() == typed.translate(fold).split()


@given(typed=st.text(max_size=30))
@settings(max_examples=examples(100), deadline=None)
def test_any_answer_is_an_action_or_refused_never_an_error(typed: str) -> None:
    act = review.match_action(typed, review.MENU)
    assert act is None or act in review.MENU
    try:
        picked = review.pick_number(typed, ["a", "b"])
    except ValueError:
        picked = "refused"
    assert picked in (None, "a", "b", "refused")
    assert review.find_quote("The mayor said 5 died.", 0, 22, typed) is None or typed.strip()


def test_a_sentence_proposed_once_per_figure_offers_each_its_own(ct, tmp_path: Path) -> None:
    """Candidates that share a sentence, one per figure (their ``value``): each offers its
    own figure first, and a figure stored from one is not offered again by the next."""
    from claimtrack.extract import prepare

    text = "The mayor said 11,300 people died and 2,000 were injured.\n"
    prep = prepare(text)
    figs = review.figures_in(prep.reading, 0, 57)
    ex = {"start": 0, "end": 57, "cue": "speech verb", "speaker_found": "test", "figures": figs,
          "dates": []}  # fmt: skip
    base = {"subject": "s", "claimant": "mayor", "quote": text[:57], "kind": "figure"}
    records = [base | {"value": f["text"], "extract": dict(ex)} for f in reversed(figs)]
    from claimtrack.store import Store

    store = Store.open(tmp_path / "p.db")
    answers = iter(["f", "", "injured", "y", "y", "k", "f", "", "deaths", "y", "y", "k"])
    original = review.answers.ask
    review.answers.ask = lambda label, default="": next(answers) or default
    try:
        stored = review.review_candidates(store, prep.text, records, reading=prep.reading)
    finally:
        review.answers.ask = original
    got = sorted((c["measure"], c["value"]) for c in store.claims("s"))
    assert (len(stored), got) == (2, [("deaths", "11,300 people"), ("injured", "2,000")])


@pytest.mark.parametrize(
    ("stances", "keys"),
    [
        (("affirms", "denies", "uncertain"), ["a", "d", "u"]),  # a third stance, designed for
        (("affirms", "agrees", "denies"), ["a", "ag", "d"]),  # a first letter taken: two
    ],
)
def test_each_stance_gets_its_own_key(monkeypatch, stances: tuple, keys: list) -> None:
    monkeypatch.setattr(review.answers, "stance_values", lambda: stances)
    actions = review.answers.stance_actions()
    assert [a.key for a in actions] == keys
    assert review.match_action("u" if "uncertain" in stances else "ag", actions) is not None


def test_a_missing_claimant_is_asked_before_storing(ct, tmp_path: Path) -> None:
    path = tmp_path / "n.txt"
    path.write_text("More than 40 boats sank in the storm.\n", encoding="utf-8")
    answers = ["f", "", "boats-sunk", "y", "Harbour Authority", "y", "y", "x"]
    result = ct("extract", str(path), "--subject", "n", "--review",
                input="".join(a + "\n" for a in answers))  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "No claimant yet: who asserts it?" in result.stderr
    (claim,) = json.loads(ct("list", "--json").stdout)
    assert (claim["claimant"], claim["measure"], claim["low"]) == ("Harbour Authority",
                                                                   "boats-sunk", 41)  # fmt: skip


_ANSWERS = st.sampled_from(
    ["", "f", "s", "e", "c", "p", "t", "n", "r", "k", "y", "n", "d", "a", "1", "2", "3", "0",
     "99", "-", "deaths", "death", "injured", "dam-was-inspected", "City of Derna",
     "2,000 were injured", "people died", "11,300...died", "said", "2023-09-12", "12/09/2023",
     "same", "keep", "none", "zz"]
)  # fmt: skip


_STEPS = st.one_of(
    st.lists(_ANSWERS, min_size=1, max_size=3),  # anything
    st.tuples(st.just("f"), _ANSWERS, _ANSWERS, st.just("y"), st.just("y")).map(list),
    st.tuples(st.just("s"), _ANSWERS, st.just("y"), _ANSWERS, st.just("y")).map(list),
    st.tuples(st.just("e"), _ANSWERS).map(list),
    st.tuples(st.just("c"), _ANSWERS, st.just("y"), _ANSWERS).map(list),
)  # whole steps of the dialogue, with any answer where a choice is made


@given(answers=st.lists(_STEPS, max_size=12).map(lambda steps: [a for s in steps for a in s]))
@settings(max_examples=examples(100), deadline=None)
def test_any_answers_store_only_claims_true_to_the_article(answers: list[str]) -> None:
    """Whatever is typed, the review ends cleanly (exit 0, no traceback), and every claim it
    stored quotes the article and holds a figure its quote says, read as ``add`` reads it."""
    import tempfile

    from typer.testing import CliRunner

    from claimtrack.cli import app
    from claimtrack.quantities import parse_figure

    with tempfile.TemporaryDirectory() as tmp:
        article = Path(tmp) / "a.txt"
        article.write_text(ARTICLE, encoding="utf-8")
        db = str(Path(tmp) / "f.db")
        runner = CliRunner()
        runner.invoke(app, ["init", "--empty", db])
        result = runner.invoke(app, ["--db", db, "extract", str(article), "--subject", "dam",
                                     "--review"], input="".join(a + "\n" for a in answers))  # fmt: skip
        assert result.exit_code == 0 and result.exception is None, result.output
        assert "Traceback" not in result.output
        for c in json.loads(runner.invoke(app, ["--db", db, "list", "--json"]).stdout):
            assert c["quote"] in ARTICLE
            if c["kind"] == "figure":
                assert c["value"] in c["quote"]
                fig = parse_figure(c["value"])
                assert (fig.low, fig.high) == (c["low"], c["high"])


def test_a_bare_dollar_beside_pesos_is_asked_among_the_pesos_and_us_dollars(
    ct, tmp_path: Path
) -> None:
    # the guard of `add` (docs/figures.md, "Which dollar") holds at the review too: "pesos"
    # names no country, so every peso is offered, and US dollars; an ISO code picks too
    path = tmp_path / "m.txt"
    path.write_text(
        "The ministry said the damage reached $2 billion, or 38 billion pesos.\n", encoding="utf-8"
    )
    result = ct("extract", str(path), "--subject", "quake", "--outlet", "Paper", "--review",
                input="f\n1\ndamage\ny\nMXP\nusd\ny\nx\n")  # fmt: skip
    assert result.exit_code == 0, result.output
    shown = " ".join(result.stdout.split())
    assert ("'$' may mean another currency here (the quote says 'pesos'): 1. MX$2 billion (MXN) "
            "2. ARS 2 billion (ARS)") in shown  # fmt: skip
    assert "7. 2 billion Cuban pesos (CUP) 8. US$2 billion (USD)" in shown
    assert "Answer with a number from the list, or one of its ISO codes." in result.stderr
    (claim,) = json.loads(ct("list", "--json").stdout)
    assert (claim["value"], claim["unit"]) == ("US$2 billion", "us$")


def test_a_shared_sign_the_story_makes_ambiguous_is_asked_by_number(ct, tmp_path: Path) -> None:
    # "Rs" beside "Pakistan": Pakistani rupees first (Enter), then the convention's Indian
    # rupees, then every other rupee; the figure is stored written for the one picked
    path = tmp_path / "pk.txt"
    path.write_text("Pakistan's finance minister said relief would cost Rs 500 crore.\n",
                    encoding="utf-8")  # fmt: skip
    result = ct("extract", str(path), "--subject", "floods", "--outlet", "Paper", "--review",
                input="f\n1\nrelief\ny\n\ny\nx\n")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert (
        "'Rs' may mean another currency here (the quote says 'Pakistan'): 1. PKR 500 crore (PKR) "
        "2. INR 500 crore (INR) 3. LKR 500 crore (LKR)"
    ) in " ".join(result.stdout.split())
    (claim,) = json.loads(ct("list", "--json").stdout)
    assert (claim["value"], claim["unit"], claim["quote"]) == (
        "PKR 500 crore", "pkr", "Pakistan's finance minister said relief would cost Rs 500 crore."
    )  # fmt: skip


def test_a_plain_dollar_figure_says_how_it_was_read(ct, tmp_path: Path) -> None:
    path = tmp_path / "u.txt"
    path.write_text("The ministry said the damage reached $2 billion.\n", encoding="utf-8")
    result = ct("extract", str(path), "--subject", "storm", "--outlet", "Paper", "--review",
                input="f\n1\ndamage\ny\ny\nx\n")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "read '$' as US dollars" in result.stdout
    (claim,) = json.loads(ct("list", "--json").stdout)
    assert claim["unit"] == "$" and "USD 2,000,000,000" in result.stdout


def test_a_dollar_the_story_makes_ambiguous_is_asked_by_number(ct, tmp_path: Path) -> None:
    # an article on a New Zealand site: "$" may be NZ or US dollars; the review asks, and the
    # figure is stored written for the dollar picked (the quote keeps its bare "$")
    path = tmp_path / "nz.txt"
    path.write_text("The minister said the hole was $11.7 billion.\n", encoding="utf-8")
    result = ct("extract", str(path), "--subject", "budget", "--outlet", "Paper", "--url",
                "https://www.example.co.nz/budget", "--review",
                input="f\n1\nbudget-hole\ny\n7\n\ny\nx\n")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "(the source is on a .nz web address): 1. NZ$11.7 billion (NZD) 2. US$11.7 billion (USD)" in (
        " ".join(result.stdout.split()))  # fmt: skip
    assert "no number 7 in the list (1-2)" in result.stderr
    (claim,) = json.loads(ct("list", "--json").stdout)
    assert (claim["value"], claim["quote"]) == (
        "NZ$11.7 billion", "The minister said the hole was $11.7 billion.")  # fmt: skip


# -- counterexamples found by the state machine (tests/test_review_states.py) ---------------


@pytest.mark.parametrize(
    ("answers", "line", "again"),
    [
        # the same stance twice: stored once, and the end counts it once
        (["s", "dam-was-inspected", "y", "a", "y", "s", "1", "a", "y", "x"],
         "Stopped: 1 claim stored; 3 candidates not reviewed.", True),
        (["f", "1", "deaths", "y", "y", "", "x"],
         "Stopped: 1 claim stored; 2 candidates not reviewed.", False),
    ],
)  # fmt: skip
def test_the_end_counts_the_claims_added(reviewed, answers: list, line: str, again: bool) -> None:
    result, claims = reviewed(*answers)
    assert result.exit_code == 0, result.output
    assert result.stderr.strip().splitlines()[-1] == line
    assert len(claims) == 1
    assert ("Already stored dam-" in result.stderr and "nothing added" in result.stderr) is again


@pytest.mark.parametrize(
    ("answers", "claimant", "speaker", "why"),
    [
        # "-" was taken as a new claimant, and "same as claimant" stored the speaker "-",
        # which the claim shown before "Store it?" displays as no speaker
        (["c", "-", "City Council", "y", "s"], "City Council", "City Council",
         "'-' is not a name"),
        (["p", "?", "Omar Ali"], "mayor", "Omar Ali", "'?' is not a name"),
        (["p", "-"], "mayor", None, None),  # "-": no speaker
    ],
)  # fmt: skip
def test_a_name_without_a_letter_or_digit_is_asked_again(
    reviewed, answers: list, claimant: str, speaker, why
) -> None:
    result, claims = reviewed(*answers, "f", "1", "deaths", "y", "y", "x")
    assert result.exit_code == 0, result.output
    assert (why or "not a name") in result.stderr if why else "not a name" not in result.stderr
    (claim,) = claims
    assert (claim["claimant"], claim.get("speaker")) == (claimant, speaker)


# -- friction cut (keys12): names of the article by number, a bare number as a figure --------


def test_the_article_s_names_and_the_outlet_are_offered_by_number(reviewed) -> None:
    # claimant 3 = the outlet; the speaker, changed, is picked by number too (9: refused)
    result, claims = reviewed("c", "3", "c", "9", "2", "f", "1", "deaths", "y", "y", "k", "x")
    assert result.exit_code == 0, result.output
    assert "claimants: 1. mayor  2. Ann Lee  3. Paper" in result.stdout
    assert "no number 9 in the list (1-3)" in result.stderr
    assert fields(claims, "claimant", "speaker", "value") == [("Paper", "Ann Lee", "11,300 people")]


def test_a_speaker_typed_by_name_is_still_taken(reviewed) -> None:
    result, claims = reviewed("p", "Omar Ali", "f", "1", "deaths", "y", "y", "k", "x")
    assert result.exit_code == 0, result.output
    assert "names: 1. mayor  2. Ann Lee  3. Paper" in result.stdout
    assert fields(claims, "claimant", "speaker") == [("mayor", "Omar Ali")]


@pytest.mark.parametrize(
    ("typed", "value", "said"),
    [
        ("5", "5", "5 is not a number of the list: taken as the words '5' of the quote"),
        ('"2"', "2", None),  # in quotation marks: the words, although 2 is in the list
        ("7", None, "'7' is not words of the quote"),
    ],
)
def test_a_bare_number_not_in_the_list_is_taken_as_words_of_the_quote(
    ct, tmp_path: Path, typed: str, value: str | None, said: str | None
) -> None:
    path = tmp_path / "b.txt"
    path.write_text("The agency said 2 boats sank, 3 were towed and 5 crew died.\n")
    answers = ["f", typed, *(["1"] if value is None else []), "boats", "y", "y", "k", "x"]
    result = ct("extract", str(path), "--subject", "boats", "--review",
                input="\n".join(answers))  # fmt: skip
    assert result.exit_code == 0, result.output
    if said:
        assert said in result.stderr
    (claim,) = json.loads(ct("list", "--json").stdout)
    assert claim["value"] == (value or "2 boats")


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_a_terminal_session_picks_claimant_and_speaker_by_number(
    ct, article: Path, empty_db: Path
) -> None:
    steps = [
        ("x=quit", "c\r"),
        ("Claimant (number or name)", "3\r"),  # the outlet
        ("Speaker: k=keep c=change", "c\r"),
        ("Speaker (number or name; - for none)", "2\r"),  # a name of another candidate
        ("x=quit", "f\r"),
        ("Figure (number, or words of the quote) [1]:", "\r"),
        ("Measure (number or name):", "deaths\r"),
        ("Create it?", "\r"),
        ("Store it?", "y\r"),
        ("x=quit", "x\r"),
    ]
    args = ["--db", str(empty_db), "extract", str(article), "--subject", "dam", "--outlet",
            "Paper", "--review"]  # fmt: skip
    code, shown = _pty_session(args, steps, _env(empty_db))
    assert code == 0, shown
    assert "claimants: 1. mayor  2. Ann Lee  3. Paper" in shown
    (claim,) = json.loads(ct("list", "--json").stdout)
    assert (claim["claimant"], claim["speaker"]) == ("Paper", "Ann Lee")


@pytest.mark.parametrize(
    ("prose", "slug"),
    [
        ("deaths in the Mati wildfire", "deaths-mati-wildfire"),
        ("people who fled their homes", "people-fled-homes"),
        ("the airstrike killed civilians in the village", "airstrike-killed-civilians"),
        ("Labour's 2017 budget", "labour-s-2017"),
        ("of the", "of-the"),  # only fillers: kept
    ],
)
def test_the_bench_user_types_a_short_slug(prose: str, slug: str) -> None:
    assert load_script("bench/review_keystrokes.py").slug(prose) == slug


@pytest.mark.parametrize(
    ("sentence", "quote", "typed"),
    [
        (
            "Police said 25,000 marched, and organisers said 80,000 marched.",
            "organisers said 80,000 marched.",
            "organisers...",  # to the sentence's end
        ),
        # "the" comes earlier too: words are added until the span is the one meant
        (
            "The police said the crowd marched; the organisers said the crowd marched far.",
            "the organisers said the crowd marched far.",
            "the organisers...",
        ),
        ("The police said 9 died, a doctor said.", "The police said 9 died,", "...died,"),
        ("He said that 12 died in the town, she said.", "12 died in the town,", "12...town,"),
        ("He said two boats sank.", "two boats", "two boats"),  # two words: typed whole
    ],
)
def test_the_bench_user_narrows_with_the_fewest_characters(
    sentence: str, quote: str, typed: str
) -> None:
    bench = load_script("bench/review_keystrokes.py")
    start = sentence.index(quote)
    got = bench.narrowing(sentence, (0, len(sentence)), (start, start + len(quote)), whole=False)
    assert got == typed
    assert review.find_quote(sentence, 0, len(sentence), got) == (start, start + len(quote))


@pytest.mark.parametrize(
    ("typed", "quote"),
    [
        ("...died", "The mayor said 11,300 people died"),
        ("11,300...", "11,300 people died and 2,000 were injured on 2023-09-12."),
    ],
)
def test_a_quote_narrowed_from_the_start_or_to_the_end(reviewed, typed: str, quote: str) -> None:
    result, claims = reviewed("e", typed, "f", "1", "deaths", "y", "y", "k", "x")
    assert result.exit_code == 0, result.output
    assert fields(claims, "quote", "value") == [(quote, "11,300 people")]


def test_a_dash_at_the_figure_prompt_goes_back_to_the_candidate(reviewed) -> None:
    # the figure offered ([1]) is not taken: "-" goes back, and nothing is stored
    result, claims = reviewed("f", "-", "k", "x")
    assert result.exit_code == 0, result.output
    assert "Nothing stored: back to the candidate." in result.stderr and claims == []


# -- the page issuer question (extract26) ----------------------------------------------------

ISSUER_PAGE = Path(__file__).parent / "fixtures" / "articles" / "page-issuer-question.txt"
QUESTION = "The figures this page tells in its own voice: are they Ledgerline's"


@pytest.mark.parametrize(
    ("answers", "stored", "told"),
    [
        # y: the survey's figure stored as Ledgerline's, its claimant shown before it is stored
        (["k", "y", "f", "", "keep-branch", "", "y", "k", "k", "k", "k", "k", "k"],
         [("Ledgerline", "Ledgerline", "62%")], "claimant Ledgerline (new) · speaker Ledgerline"),
        # n: the outlet's own narration, no speaker
        (["k", "n", "f", "", "keep-branch", "", "y", "x"],
         [("Paper", None, "62%")], "claimant Paper (new) · speaker -"),
        # Enter and a word that is no answer are asked again; nothing is stored unasked
        (["k", "", "maybe", "y", "x"], [], "Enter is no answer here"),
        # the answers run out at the question: a clean stop, nothing stored
        (["k"], [], "End of input: 0 claims stored; 7 candidates not reviewed."),
    ],
)  # fmt: skip
def test_the_page_issuer_question_is_asked_once(ct, answers, stored, told) -> None:
    result = ct("extract", str(ISSUER_PAGE), "--subject", "banks", "--outlet", "Paper",
                "--review", input="".join(a + "\n" for a in answers))  # fmt: skip
    assert result.exit_code == 0, result.output
    claims = json.loads(ct("list", "--json").stdout)
    assert fields(claims, "claimant", "speaker", "value") == stored
    assert told in result.output
    asked = result.stdout.count(QUESTION)
    assert asked == (3 if "maybe" in answers else 1), result.stdout


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_a_terminal_session_ends_at_the_page_issuer_question(ct, empty_db: Path) -> None:
    steps = [
        ("x=quit", "k\r"),
        ("are they Ledgerline's", "\r"),  # Enter is no answer: asked again
        ("Enter is no answer here", ""),
        ("are they Ledgerline's", "\x04"),  # Ctrl-D: the end of input, nothing stored
    ]
    args = ["--db", str(empty_db), "extract", str(ISSUER_PAGE), "--subject", "banks",
            "--outlet", "Paper", "--review"]  # fmt: skip
    code, shown = _pty_session(args, steps, _env(empty_db))
    assert code == 0, shown
    assert "End of input: 0 claims stored; 7 candidates not reviewed." in shown
    assert "Traceback" not in shown and json.loads(ct("list", "--json").stdout) == []
