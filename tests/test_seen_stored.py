"""What a person sees is what is stored (issue 25, review15): a figure written to another
precision than its quote's, characters no reader sees inside a number, an amount whose
decimal point became a comma and a space, a day and month before a count, the review's card
showing a figure as the page prints it, and a write that waits for another program's lock.
Sentences are reworded from real stories, never copied."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from claimtrack.extract import prepare, read_figures
from claimtrack.guards import figure_in_quote, part_problem, precision_differs, quote_problem

SHY = "\u00ad"  # a soft hyphen: a hyphenation hint no reader sees
ZWSP = "\u200b"  # a zero-width space

# -- the precision written -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "quote", "held"),
    [
        # the same amount to the same precision: a rewriting the quote allows
        ("4,000,000", "Officials said 4 million people fled.", True),
        ("4 million", "Officials said 4,000,000 people fled.", True),
        ("1,500,000", "The ministry put it at 1.5 million.", True),
        ("$1.5bn", "The hole is $1,500 million, he said.", True),
        ("twenty people", "Officials said 20 people died.", True),
        ("20 people", "Officials said twenty people died.", True),
        ("4.0 million", "Officials said 4.0 million people fled.", True),
        # another precision: the stored figure would say what the quote does not
        ("4 million", "Officials said 4.0 million people fled.", False),
        ("4.0 million", "Officials said 4 million people fled.", False),
        ("1.50 million", "The ministry put it at 1.5 million.", False),
        ("4,000,000", "Officials said 4.0 million people fled.", False),
    ],
)
def test_a_figure_is_in_its_quote_only_to_the_precision_written(
    value: str, quote: str, held: bool
) -> None:
    assert figure_in_quote(value, quote) is held


@pytest.mark.parametrize(
    ("value", "found", "differs"),
    [
        ("4 million", "4.0 million", True),
        ("4,000,000", "4 million", False),
        ("$1.50", "$1.5", True),
        ("1.5 million", "1,500,000", False),
        ("4,0 Millionen", "4 Millionen", True),  # decimal comma: read with it
        ("twenty", "20", False),  # a number in words: not compared
        ("between 4 and 5 million", "4.0 million", False),  # not as many numbers
    ],
)
def test_precision_differs(value: str, found: str, differs: bool) -> None:
    assert precision_differs(value, found, decimal_comma="Millionen" in value) is differs


def test_add_refuses_another_precision_naming_the_quote_s_words(ct) -> None:
    result = ct("add", "floods", "--claimant", "Ministry", "--quote",
                "Officials said 4.0 million people fled.", "--figure", "4 million",
                "--measure", "displaced")  # fmt: skip
    assert result.exit_code == 2, result.output
    assert result.stderr == (
        "error: the figure '4 million' is the quote's '4.0 million' written to another "
        "precision: give it as the quote says it, or --paraphrase to store it marked "
        "[paraphrase] in its note\n"
    )
    assert json.loads(ct("list", "--json").stdout) == []


# -- characters no reader sees ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "quote", "held"),
    [
        ("12", f"The army said 12{SHY}000 troops left.", False),  # a part of 12000
        ("000 troops", f"The army said 12{SHY}000 troops left.", False),
        ("12000 troops", f"The army said 12{SHY}000 troops left.", True),
        ("12,000 troops", f"The army said 12{ZWSP}000 troops left.", True),
        ("40 people", f"Officials said 40 peo{SHY}ple died.", True),
    ],
)
def test_the_quote_check_reads_the_quote_as_it_is_seen(value: str, quote: str, held: bool) -> None:
    assert figure_in_quote(value, quote) is held


def test_a_part_of_a_number_split_by_an_unseen_character_is_refused_at_add(ct) -> None:
    quote = f"The army said 12{SHY}000 troops left."
    part = ct("add", "war", "--claimant", "Army", "--quote", quote, "--figure", "12",
              "--measure", "troops")  # fmt: skip
    assert part.exit_code == 2, part.output
    assert "error: the figure '12' is not in the quote" in part.stderr
    whole = ct("add", "war", "--claimant", "Army", "--quote", quote, "--figure", "12000 troops",
               "--measure", "troops")  # fmt: skip
    assert whole.exit_code == 0, whole.output
    assert [c["value"] for c in json.loads(ct("list", "--json").stdout)] == ["12000 troops"]


@pytest.mark.parametrize("mark", [SHY, ZWSP, "\u2060", "\ufeff"])
def test_extract_shows_the_text_without_characters_no_reader_sees(mark: str) -> None:
    page = prepare(f"The army said 12{mark}000 troops left.")
    assert page.text == "The army said 12000 troops left."
    figs, refused = read_figures(page.reading, 0, len(page.reading))
    assert [(f.figure.text, f.figure.low) for f in figs] == [("12000 troops", 12000)]
    assert refused == []


# -- an amount broken by a comma and a space ---------------------------------------------------


@pytest.mark.parametrize(
    ("value", "quote", "refused"),
    [
        ("$281", "The fund lost $281, 7 million last year.", True),
        ("7 million", "The fund lost $281, 7 million last year.", True),
        ("€12", "Repairs cost €12, 5bn in all.", True),
        # not one amount: no scale after the second number, or no sign before the first
        ("$5", "Tickets cost $5, 10 people came.", False),
        ("7 million", "In 2019, 7 million people fled.", False),
    ],
)
def test_one_part_of_an_amount_broken_by_a_comma_is_refused(
    value: str, quote: str, refused: bool
) -> None:
    problem = part_problem(value, quote)
    assert (problem is not None and "one amount whose decimal point" in problem) is refused
    assert (quote_problem(value, quote, None) is not None) is refused


def test_add_says_why_a_part_of_a_broken_amount_is_refused(ct) -> None:
    result = ct("add", "fund", "--claimant", "Fund", "--quote",
                "The fund lost $281, 7 million last year.", "--figure", "$281",
                "--measure", "losses")  # fmt: skip
    assert result.exit_code == 2, result.output
    assert result.stderr == (
        "error: the quote's '$281, 7 million' may be one amount whose decimal point is written "
        "as a comma and a space ($281.7 million) or two figures: '$281' takes one part of it; "
        "give the figure as meant with --paraphrase\n"
    )
    assert json.loads(ct("list", "--json").stdout) == []


# -- figure spans: what extract proposes --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "read", "refused"),
    [
        # a day and its month before a count: the count is the figure
        ("On 12 March 40 people died, the ministry said.", ["40 people"], []),
        ("On 12 March, 40 people died.", ["40 people"], []),
        ("On 3 May, 25 homes burned.", ["25 homes"], []),
        ("On the 3rd of May 7 people drowned.", ["7 people"], []),
        ("On 30 September 12 people died.", ["12 people"], []),
        ("In March 40 people died.", ["40 people"], []),  # no day of March is 40
        # a day or a year beside a month: no figure
        ("In March 12 people died.", [], []),  # March 12, or 12 people? not guessed
        ("The May 4 election was delayed.", [], []),
        ("It happened on 12 March 2023.", [], []),
        # an amount whose decimal point became a comma and a space: never "$281" alone
        ("The fund lost $281, 7 million last year.", [], ["$281, 7 million"]),
        ("Tickets cost $5, 10 people came.", ["$5", "10 people"], []),
    ],
)  # fmt: skip
def test_figure_spans(text: str, read: list[str], refused: list[str]) -> None:
    figs, bad = read_figures(text, 0, len(text))
    assert [f.figure.text for f in figs] == read
    assert [r.text for r in bad] == refused


# -- the review's card ---------------------------------------------------------------------------


def test_the_card_and_the_candidate_show_a_figure_as_the_page_prints_it(ct, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The mayor said 1’200 people died on Monday.\n", encoding="utf-8")
    (line,) = ct("extract", str(article), "--subject", "flood").stdout.splitlines()
    rec = json.loads(line)
    assert rec["value"] == rec["extract"]["figures"][0]["text"] == "1’200 people"
    result = ct("extract", str(article), "--subject", "flood", "--review",
                input="f\n\ndeaths\ny\ny\nk\n")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "figure 1: 1’200 people -> 1,200–1,200" in result.stdout
    assert "1'200" not in result.stdout
    (claim,) = json.loads(ct("list", "--json").stdout)
    assert claim["value"] == "1’200 people"


def test_a_narrowed_quote_shows_its_figures_as_the_page_prints_them(ct, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The mayor said 1’200 people died on Monday.\n", encoding="utf-8")
    result = ct("extract", str(article), "--subject", "flood", "--review",
                input="e\n1’200 people died\nk\n")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Its figures: 1. 1’200 people (1,200–1,200)" in result.stderr


# -- a write that waits for another program's lock ---------------------------------------------


def test_a_write_that_waits_for_a_lock_says_so_and_stores_nothing(
    ct, empty_db: Path, monkeypatch
) -> None:
    import sqlite3

    from claimtrack.store import _core

    monkeypatch.setattr(_core, "FIRST_WAIT_S", 0.02)
    monkeypatch.setattr(_core, "BUSY_TIMEOUT_S", 0.1)
    other = sqlite3.connect(empty_db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        result = ct("add", "floods", "--claimant", "Ministry", "--quote", "It said 40 died.",
                    "--figure", "40", "--measure", "deaths")  # fmt: skip
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert result.exit_code != 0, result.output
    waited, error = result.stderr.splitlines()
    assert waited.startswith(f"database {empty_db} is locked by another program: waiting")
    assert (
        error
        == f"error: database {empty_db} is busy (another program is writing); nothing was written: try again when it is done"
    )
    assert json.loads(ct("list", "--json").stdout) == []


def test_the_review_asks_again_for_one_part_of_a_broken_amount(ct, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The fund said it lost $281, 7 million last year.\n", encoding="utf-8")
    result = ct("extract", str(article), "--subject", "fund", "--review",
                input="f\n$281\n-\nk\n")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "figure refused: $281, 7 million" in result.stdout
    assert "'$281' takes one part of it" in result.stderr
    assert "Measure" not in result.stdout  # asked again at the figure, not after the measure
    assert json.loads(ct("list", "--json").stdout) == []


# -- digits of another script ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "quote", "held"),
    [
        ("400 families", "Aid groups said ٤٠٠ families fled.", True),  # Arabic-Indic
        ("200", "The mayor said २०० people died.", True),  # Devanagari
        ("1,200 homes", "It was ١٬٢٠٠ homes.", True),  # with the Arabic thousands separator
        ("1", "It was ١٬٢٠٠ homes.", False),  # never its first digit
        ("4000", "Aid groups said ٤٠٠ families fled.", False),
    ],
)
def test_digits_of_another_script_are_the_same_digits(value: str, quote: str, held: bool) -> None:
    assert figure_in_quote(value, quote) is held


@pytest.mark.parametrize(
    ("text", "refused", "plain"),
    [
        ("Aid groups said ٤٠٠ families fled.", "٤٠٠", "400"),
        ("It was ١٬٢٠٠ homes.", "١٬٢٠٠", "1,200"),
        ("The mayor said २०० people died.", "२००", "200"),
    ],
)
def test_extract_shows_digits_of_another_script_refused(
    text: str, refused: str, plain: str
) -> None:
    figs, (bad,) = read_figures(text, 0, len(text))
    assert figs == []
    assert (bad.text, text[bad.start : bad.end]) == (refused, refused)
    assert bad.reason.endswith(f"takes them as {plain}")


# -- Ctrl-C away from a prompt -------------------------------------------------------------------


def test_ctrl_c_away_from_a_prompt_counts_the_claims_stored(
    ct, tmp_path: Path, monkeypatch
) -> None:
    """Ctrl-C while the second card is drawn: the claim stored at the first stays stored and
    is counted; the CLI's "nothing was written" would be false."""
    from claimtrack import render

    article = tmp_path / "a.txt"
    article.write_text("The mayor said 40 people died. The army said 12 tanks came.\n", "utf-8")
    card = render.candidate_card
    drawn = []

    def interrupted_at_the_second(*args, **kwargs):
        drawn.append(1)
        if len(drawn) == 2:
            raise KeyboardInterrupt
        return card(*args, **kwargs)

    monkeypatch.setattr(render, "candidate_card", interrupted_at_the_second)
    result = ct("extract", str(article), "--subject", "flood", "--review",
                input="f\n\ndeaths\n\ny\n\n")  # fmt: skip
    assert result.exit_code == 130, result.output
    assert result.stderr.endswith("Interrupted: 1 claim stored; 1 candidate not reviewed.\n")
    assert "nothing was written" not in result.stderr
    assert [c["value"] for c in json.loads(ct("list", "--json").stdout)] == ["40 people"]


# -- a real terminal, a real article opening (slow; skipped without the texts) --------------------

_ARTICLES = Path(os.environ.get("CLAIMTRACK_ARTICLES", "/work/shared/articles"))
_FISCAL = _ARTICLES / "04-nz-joyce-fiscal-hole.txt"


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
@pytest.mark.skipif(not _FISCAL.exists(), reason="the article texts are kept outside the repo")
def test_a_terminal_session_on_a_real_article(ct, empty_db: Path) -> None:
    """A new user on a real article opening: the figure typed as the quote says it is stored
    as shown, a quote that is not words of the sentence is asked again, and Ctrl-C says what
    was stored."""
    from test_review import _env, _pty_session

    steps = [
        ("x=quit", "f\r"),
        ("Figure as the quote says it", "11.7 billion\r"),  # cuts "$11.7 billion": refused
        ("Figure as the quote says it", "$11.7 billion\r"),
        ("Measure (number or name)", "fiscal-hole\r"),
        ("Create it?", "\r"),
        ("Store it?", "y\r"),
        ("x=quit", "\r"),
        ("x=quit", "e\r"),
        ("Enter keeps it)", "\u201cthe\r"),
        ("Enter keeps it)", "\r"),
        ("x=quit", "\x03"),
    ]
    args = ["--db", str(empty_db), "extract", str(_FISCAL), "--subject", "nz-fiscal-hole",
            "--outlet", "Newshub", "--review"]  # fmt: skip
    code, shown = _pty_session(args, steps, _env(empty_db))
    assert code == 130, shown
    assert "That cuts the figure '$11.7 billion hole' in two" in shown
    assert "Not a part of the sentence shown" in shown
    assert "Interrupted: 1 claim stored; 12 candidates not reviewed." in shown
    (claim,) = json.loads(ct("list", "--json").stdout)
    assert claim["value"] == "$11.7 billion" and claim["value"] in claim["quote"]
    assert f"To store: figure '{claim['value']}'" in shown
