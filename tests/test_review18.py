"""review18: `extract --review` audited on the newest rules of `extract` (a statistics release
carried as a guess, a figure carried past quiet sentences, published works, counsel with their
side, interview answers, figures refused as written, changes), through piped answers.

Two parts:

- table-driven tests of what the audit found (a quote or a figure typed that cuts a figure
  refused as written; a database busy at "Store it?"; a standard input that is closed; a
  change of the quote typed where another figure is proposed);
- an invariant test: a seeded typist answers every prompt of a whole review, one line at a
  time as the review reads it (the code path of piped answers), with answers a person might
  give there (right ones, numbers, words of the article, stray spaces and capitals, refused
  ones, the end of input and Ctrl-C); after each run the database is checked against the
  transcript (``check_run``).
"""

from __future__ import annotations

import io
import json
import random
import re
import sqlite3
import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from test_review_states import ANSWERS, _as_shown, parse_preview, prompt_kind

FIXTURES = Path(__file__).parent / "fixtures" / "articles"

# Written for these tests (no article text is kept in the repository): the shapes whose output
# the review shows since review17.
OWN = {
    "release": (  # a release told by the outlet, carried as a guess; an economist's figure
        "Harlow prices climb again\n\n"
        "Consumer prices in Harlow rose 3.4% in the year to March, the Harlow Statistics "
        "Bureau said on Tuesday.\n\nFood prices climbed 5.2% over the same period. Rents were "
        "up 1.8% in the month.\n\nPriya Das, chief economist at Northgate Bank, said she "
        "expected inflation to reach 4% by the summer.\n\nEnergy costs fell 2.1% in the year.\n"
    ),
    "interview": (  # "A:" markers, "was interviewed by"
        "Dam chief says repairs will take a year\n\nEngineer Tomas Berg, who runs the Kessel "
        "dam, was interviewed by our reporter on Friday.\n\nQ: How many people had to leave?\n\n"
        "A: About 1,500 people left their homes in two days.\n\nQ: What will the repairs "
        "cost?\n\nA: We think roughly $40 million, and the state will pay most of it.\n\n"
        "Q: Was the dam inspected?\n\nA: It was never inspected after 2015.\n"
    ),
    "court": (  # an award ruled, counsel with their side, a count past quiet sentences
        "Kessel Foods must pay $2.5 million to workers who lost wages, a district judge ruled "
        "on Monday.\n\nRuth Ames, prosecuting, said the company had held back 3,000 euros from "
        "each worker.\n\nMarco Lind, defending, said no more than 40 workers were affected.\n\n"
        "Five workers were hurt at the plant in May, its safety chief Lena Ross said. All of "
        "them were taken to hospital. Two remain in intensive care.\n"
    ),
    "mixed": (  # two figures and a stance; a currency and a scale; refused; a change
        "The council said 120 homes were flooded and 35 roads were closed, and denied that "
        "the warning came late.\n\nThe finance ministry said the deficit reached NZ$4.2 "
        "billion last year.\n\nThe agency said it had spent 3,5 million on repairs and hired "
        "200 workers.\n\nVisitor numbers were up 4% to 1,200 a day, the park service said.\n"
    ),
    "refused": (  # amounts refused as written (a decimal comma, or two numbers?) beside others
        "The fund said it lost 3,5 million last year.\n\nThe agency said 12 staff left and it "
        "spent 2,5 million on rent.\n\nOfficials said 1,5 million people voted.\n"
    ),
}
# and the fixtures of earlier rounds with the same shapes: a page's issuer asked once, acts
# of sources (a published report, a judge's grant), an answer's marker
FIXTURE_NAMES = ("page-issuer-question.txt", "acts-of-sources.txt", "budget-qa.txt")


def _articles() -> dict[str, str]:
    out = dict(OWN)
    for name in FIXTURE_NAMES:
        out[name] = (FIXTURES / name).read_text(encoding="utf-8")
    return out


ARTICLES = _articles()


# -- what the audit found ------------------------------------------------------------------


def _article(tmp_path: Path, text: str) -> str:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return str(path)


def _rows(db: Path) -> list[dict[str, Any]]:
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in con.execute("select * from claims order by rowid")]
    finally:
        con.close()


REFUSED = "The agency said it had spent 3,5 million on repairs and hired 200 workers.\n"
CUTS_IT = "That cuts '3,5 million' in two, a figure the parser refuses as written"


@pytest.mark.parametrize(
    ("answers", "said"),
    [
        # a quote narrowed to end inside it: "... spent 3" was stored as a count of 3
        ("e\nThe agency...spent 3\n", CUTS_IT),
        ("e\nspent 3,5\n", CUTS_IT),
        # the words typed at the figure prompt: a part of it, refused before the measure
        ("f\n3\n", CUTS_IT),
        # the whole of it is a quote that may be taken; the review says it holds it refused
        ("e\nspent 3,5 million\n", "Refused as written: '3,5 million'."),
    ],
)
def test_a_figure_refused_as_written_is_never_cut(
    ct, tmp_path: Path, empty_db: Path, answers: str, said: str
) -> None:
    article = _article(tmp_path, REFUSED)
    result = ct("extract", article, "--subject", "works", "--review", input=answers)
    assert result.exit_code == 0, result.output
    assert said in result.output, result.output
    assert "Quote: The agency said it had spent 3\n" not in result.output
    assert _rows(empty_db) == []


def test_a_change_typed_where_another_figure_is_proposed_stays_a_change(
    ct, tmp_path: Path, empty_db: Path
) -> None:
    """The figure "4%" typed on the candidate of "1,200 a day" (the same sentence) was refused with
    `--change up` of `add`, which the review has no way to give: it is the quote's change."""
    article = _article(tmp_path, "Visitor numbers were up 4% to 1,200 a day, the park said.\n")
    result = ct("extract", article, "--subject", "park", "--outlet", "P", "--review",
                input="k\nf\n4%\nvisitors\ny\ny\n")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "To store: figure '4%' (4–4), a change up of visitors" in result.output
    (row,) = _rows(empty_db)
    assert (row["value"], row["change"], row["measure"]) == ("4%", "up", "visitors")


def test_a_busy_database_at_store_it_asks_again(
    ct, tmp_path: Path, empty_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program's lock held past the wait stopped the review ("Stopped: 1 claim
    stored", then "nothing was written"): the claim is said not stored and "Store it?" asked
    again; y once the lock is gone stores it, and the review goes on."""
    from claimtrack.review import session
    from claimtrack.store import _core

    monkeypatch.setattr(_core, "FIRST_WAIT_S", 0.02)
    monkeypatch.setattr(_core, "BUSY_TIMEOUT_S", 0.1)
    article = _article(tmp_path, "The mayor said 40 people died. The army said 12 bridges fell.\n")
    other = sqlite3.connect(empty_db, isolation_level=None)
    add = session.Session.add
    tries = []

    def add_while_locked(self: Any, claim: Any) -> Any:  # the lock is held for the first try
        tries.append(claim.value)
        if len(tries) == 1:
            other.execute("BEGIN IMMEDIATE")
        try:
            return add(self, claim)
        finally:
            if other.in_transaction:
                other.execute("ROLLBACK")

    monkeypatch.setattr(session.Session, "add", add_while_locked)
    try:
        result = ct("extract", article, "--subject", "dam", "--outlet", "P", "--review",
                    input="f\n\ndeaths\ny\ny\ny\nk\nx\n")  # fmt: skip
    finally:
        other.close()
    assert result.exit_code == 0, result.output
    assert ("  Not stored: the database is busy (another program is writing to it); y tries "
            "again, n leaves the claim unstored.\n  Store it? y=yes n=no: y\n  Stored "
            ) in result.output  # fmt: skip
    assert "nothing was written" not in result.output
    assert result.output.rstrip().endswith("Stopped: 1 claim stored; 1 candidate not reviewed.")
    assert [r["value"] for r in _rows(empty_db)] == ["40 people"]
    assert tries == ["40 people", "40 people"]


def test_a_busy_database_before_the_first_question_is_not_said_read_only(
    ct, tmp_path: Path, empty_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimtrack.store import _core

    monkeypatch.setattr(_core, "FIRST_WAIT_S", 0.02)
    monkeypatch.setattr(_core, "BUSY_TIMEOUT_S", 0.1)
    article = _article(tmp_path, "The mayor said 40 people died.\n")
    ct("extract", article, "--subject", "dam", "-o", str(tmp_path / "c.jsonl"))  # migrated
    other = sqlite3.connect(empty_db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        result = ct("extract", article, "--subject", "dam", "--review", input="f\n")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert result.exit_code == 1, result.output
    assert result.stderr.splitlines()[-1] == (
        f"error: database {empty_db} is busy (another program is writing); nothing was "
        "written: try again when it is done"
    )
    assert "writable" not in result.stderr  # the hint of a read-only file is not this one's


def test_a_closed_standard_input_is_refused_in_one_line(
    ct, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`extract FILE --review <&-`: the first prompt ended in "internal error (RuntimeError:
    input(): lost sys.stdin)"."""
    from claimtrack.cli import sources
    from claimtrack.errors import InputError

    monkeypatch.setattr(sys, "stdin", None)
    with pytest.raises(InputError, match="standard input, and it is closed"):
        sources._refuse_stdin_review("a.txt", True)
    sources._refuse_stdin_review("a.txt", False)  # without --review, stdin is not read


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file descriptors")
@pytest.mark.parametrize(
    ("where", "refused"),
    [("file", True), ("devnull", True), ("pipe", False), ("terminal", False)],
)
def test_answers_typed_while_the_review_goes_to_a_file_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str, refused: bool
) -> None:
    """`extract FILE --review > out.txt` on a terminal: the cards and the claims shown went to
    the file, and the answers typed stored claims nobody saw. A pipe (`| tee out.txt`) shows
    them; piped answers (stdin no terminal) were written before, as a script."""
    import os
    from contextlib import ExitStack

    from claimtrack.cli import sources
    from claimtrack.errors import InputError

    with ExitStack() as stack:
        read, write = os.pipe()
        stack.callback(os.close, read)
        if where == "pipe":
            out: Any = stack.enter_context(os.fdopen(write, "w"))
        else:
            stack.callback(os.close, write)
            paths = {"file": tmp_path / "out.txt", "devnull": Path(os.devnull)}
            out = stack.enter_context(paths[where].open("w")) if where in paths else _Terminal()
        stack.callback(monkeypatch.undo)
        monkeypatch.setattr(sys, "stdin", _Terminal())
        monkeypatch.setattr(sys, "stdout", out)
        if refused:
            with pytest.raises(InputError, match="you would answer what you cannot see"):
                sources._refuse_stdin_review("a.txt", True)
        else:
            sources._refuse_stdin_review("a.txt", True)
        sources._refuse_stdin_review("a.txt", False)
        monkeypatch.setattr(sys, "stdin", io.StringIO())  # answers piped in: a script
        sources._refuse_stdin_review("a.txt", True)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file descriptors")
def test_a_closed_standard_input_in_a_process(tmp_path: Path, empty_db: Path) -> None:
    import os
    import subprocess

    article = _article(tmp_path, "The mayor said 40 people died.\n")
    src = Path(__file__).resolve().parents[1] / "src"
    result = subprocess.run(
        [sys.executable, "-m", "claimtrack", "--db", str(empty_db), "extract", article,
         "--subject", "dam", "--review"],
        capture_output=True, text=True, preexec_fn=lambda: os.close(0), timeout=300,
        env={**os.environ, "PYTHONPATH": str(src)},
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert result.stderr.splitlines() == [
        "error: --review reads your answers from standard input, and it is closed: run it on "
        "a terminal, or pipe the answers in"
    ]


# -- the invariant test: a typist answers every prompt ---------------------------------------

# Besides the answers of the state machine (test_review_states.ANSWERS): what a person types
# with stray spaces and capitals, which every prompt takes as the plain answer
STRAY = {
    "menu": [" F ", "FIGURE", " s", "Skip"],
    "store": [" Y", "YES ", "No"],
    "create": ["Y ", " n"],
    "stance": [" D ", "Affirms"],
    "claimant": ["  Harbour  Board ", "1 "],
    "speaker": [" - ", "2"],
    "measure": [" Deaths ", "1"],
}
POOLS = {k: [*v, *STRAY.get(k, [])] for k, v in ANSWERS.items()}
SOURCE = ("--subject", "harbour", "--outlet", "Paper", "--reported-on", "2024-05-06")
CTRL_C = "<ctrl-c>"
EOF = "<eof>"


@dataclass
class Turn:
    prompt: str  # the line asked
    answer: str
    at: int  # where in the transcript it was asked


@dataclass
class Run:
    text: str
    db: Path
    code: int | None = None
    error: BaseException | None = None
    transcript: str = ""
    turns: list[Turn] = field(default_factory=list)

    def dialogue(self) -> str:
        """The transcript with each answer where it was typed (the review echoes none)."""
        out, at = [], 0
        for turn in self.turns:
            out += [self.transcript[at : turn.at], f"⟨{turn.answer}⟩\n"]
            at = turn.at
        return "".join([*out, self.transcript[at:]])


class Typist(io.RawIOBase):
    """The review's standard input: each line chosen when the review reads it, from what a
    person might answer at the prompt then shown (seeded), and logged with where it was
    asked."""

    def __init__(self, rng: random.Random, text: str, most: int) -> None:
        self.rng, self.most = rng, most
        self.words = text.split()
        self.sentences = [c["quote"].split() for c in candidates(text)]  # the cards' own
        self.turns: list[Turn] = []
        self.output: io.BytesIO | None = None  # stdout and stderr as they were written
        self.card = 0  # the card shown (0-based)

    def readable(self) -> bool:
        return True

    def shown(self) -> str:
        sys.stdout.flush()
        sys.stderr.flush()
        assert self.output is not None
        return self.output.getvalue().decode("utf-8", "replace")

    def readinto(self, buffer: Any) -> int:
        shown = self.shown()
        prompt = shown[shown.rfind("\n") + 1 :]
        cards = re.findall(r"^\[(\d+)/\d+\]", shown, re.M)
        self.card = int(cards[-1]) - 1 if cards else 0
        answer = EOF if len(self.turns) >= self.most else self.answer(prompt_kind(prompt))
        self.turns.append(Turn(prompt, answer, len(shown)))
        if answer == EOF:
            return 0
        if answer == CTRL_C:
            raise KeyboardInterrupt
        data = answer.encode() + b"\n"
        buffer[: len(data)] = data
        return len(data)

    def answer(self, kind: str) -> str:
        rng = self.rng
        if kind in ("quote", "figure") and rng.random() < 0.6:
            return self.words_of_the_text()
        pool = [a for a in POOLS.get(kind, POOLS["other"]) if a not in ("<eof>", "<ctrl-c>")]
        roll = rng.random()
        if roll < 0.005:
            return EOF
        if roll < 0.01:
            return CTRL_C
        return rng.choice(pool)

    def words_of_the_text(self) -> str:
        """A run of words of the article, FIRST...LAST, a number of it, or words up to the
        first part of a number ("spent 3" of "spent 3,5 million")."""
        rng = self.rng
        # mostly words of the sentence shown, as a person types them; else of the article
        words = self.sentences[self.card] if rng.random() < 0.7 else self.words
        i = rng.randrange(len(words))
        j = rng.randint(i + 1, min(len(words), i + 8))
        how = rng.choice(["run", "run", "dots", "number", "part"])
        if how == "dots":
            return f"{words[i]}...{words[j - 1]}"
        numbers = [k for k, w in enumerate(words) if re.search(r"\d", w)]
        if how in ("number", "part") and numbers:
            k = rng.choice(numbers)
            number = words[k].strip(".,;:“”\"'()")
            if how == "number":
                return number
            return " ".join([*words[max(0, k - 2) : k], re.split(r"[,.]", number)[0]])
        return " ".join(words[i:j]).strip(".,;:“”\"'")


@cache
def _command() -> Any:
    """The click command of the app, built once (tens of ms each time)."""
    import typer.main

    from claimtrack.cli import app

    return typer.main.get_command(app)


def review_run(db: Path, article: str, text: str, seed: int, most: int = 40) -> Run:
    """One `extract --review` of ``article`` into ``db``, answered by a typist seeded with
    ``seed`` (at most ``most`` answers, then the end of input)."""
    from click.testing import CliRunner  # typer's takes only str or bytes as input

    typist = Typist(random.Random(seed), text, most)
    run = Run(text, db)
    args = ["--db", str(db), "extract", article, *SOURCE, "--review"]
    with CliRunner().isolation(input=io.BufferedReader(typist, 1)) as (_, _, output):
        typist.output = output
        try:
            _command().main(args=args, prog_name="claimtrack")
            run.code = 0
        except SystemExit as e:
            run.code = e.code if isinstance(e.code, int) else int(e.code is not None)
        except BaseException as e:  # a traceback: check_run reports it
            run.error, run.code = e, 1
        run.transcript = typist.shown()
    run.turns = typist.turns
    return run


@cache
def candidates(text: str) -> tuple[dict[str, Any], ...]:
    """What `extract` proposes for ``text`` (the review's cards, in order)."""
    import tempfile

    from typer.testing import CliRunner

    from claimtrack.cli import app

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.txt"
        path.write_text(text, encoding="utf-8")
        result = CliRunner().invoke(app, ["--db", str(Path(folder) / "c.db"), "extract",
                                          str(path), *SOURCE])  # fmt: skip
    assert result.exit_code == 0, result.output
    return tuple(json.loads(x) for x in result.stdout.splitlines() if x.strip())


def _says_yes(answer: str) -> bool:
    """Whether "Store it?" takes ``answer`` for yes (its letter, word, or a prefix of two
    letters or more, any case, spaces around it)."""
    from claimtrack.review.answers import YES_NO, match_action

    act = match_action(answer, YES_NO)
    return act is not None and act.key == "y"


def check_run(run: Run) -> None:
    """What a review may store: exactly the claims shown in full before a "Store it?"
    answered yes, each as shown; every figure read by the parser of ``add`` from words of its
    stored quote, its unit and currency the quote's, cutting no figure the article prints
    (read or refused); a speaker still extract's guess said so where it was accepted; and the
    last line's count the database's."""
    assert run.error is None, repr(run.error)
    out = run.transcript
    assert "Traceback" not in out and "internal error" not in out, out
    rows = {r["id"]: r for r in _rows(run.db)}
    accepted: dict[str, dict[str, Any]] = {}
    cards = candidates(run.text)
    for n, turn in enumerate(run.turns):
        after = out[turn.at : run.turns[n + 1].at if n + 1 < len(run.turns) else len(out)]
        stored = re.findall(r"^  (?:Stored|Already stored) ([\w-]+)[.:,]", after, re.M)
        kind = prompt_kind(turn.prompt)
        if kind != "store" or not _says_yes(turn.answer):
            assert not stored, f"stored {stored} after {turn.answer!r} at {turn.prompt!r}"
            continue
        before = out[: turn.at]
        block = before[before.rfind("  To store: ") :]
        shown = parse_preview(block + "\n")
        if not stored:  # the database said why, and the same question came again
            assert "Not stored: " in after, after
            continue
        new = re.findall(r"^  Stored ([\w-]+)\.", after, re.M)
        for claim_id in new:
            accepted[claim_id] = shown
        header = list(re.finditer(r"^\[(\d+)/\d+\]", before, re.M))[-1]
        _guess_said(cards[int(header[1]) - 1], shown, before[header.start() :], run.turns[:n],
                    header.start())  # fmt: skip
    assert set(rows) == set(accepted), (sorted(rows), sorted(accepted))
    for claim_id, shown in accepted.items():
        assert _as_shown(rows[claim_id]) == shown, (rows[claim_id], shown)
        _figure_is_the_quote_s(run.text, rows[claim_id])
    last = out.rstrip().splitlines()[-1]  # (after the prompt it ended at: none is echoed)
    said = re.search(r"(?:End of input|Interrupted|Stopped|Done): (\d+|no) claims? stored", last)
    assert said, last
    assert int(said[1].replace("no", "0")) == len(rows), (last, len(rows))
    interrupted = run.turns and run.turns[-1].answer == CTRL_C
    assert run.code == (130 if interrupted else 0), (run.code, last)


def _guess_said(
    card: dict[str, Any], shown: dict[str, Any], since: str, turns: list[Turn], start: int
) -> None:
    """A speaker `extract` marks as a guess, stored as it was proposed with no answer about it
    on this card (p, or a new claimant's "Speaker:" question), is said to be a guess in the
    claim shown before "Store it?" (``since``: the transcript from the card to it)."""
    guessed = card.get("speaker") and "guess: " in card["extract"]["speaker_found"]
    if not guessed or "as you answered" in since:
        return  # (a page's issuer, answered once for every figure it covers)
    block = since[since.rfind("  To store: ") :]
    if shown["speaker"] != card.get("speaker") or "guessed: " in block:
        return
    kinds = {prompt_kind(t.prompt) for t in turns if t.at > start}
    assert kinds & {"speaker", "speaker_choice"}, f"the guess {card['speaker']!r} stored unsaid"


def _figure_is_the_quote_s(text: str, row: dict[str, Any]) -> None:
    from claimtrack.guards import figure_in_quote
    from claimtrack.quantities import parse_figure
    from claimtrack.review import cut_problem, figures_in, find_quote
    from claimtrack.review.spans import refused_in

    quote = row["quote"]
    # where the article holds it as whole words ("4%" is not the end of "3.4%")
    at = next((m.start() for m in re.finditer(r"(?<![\w,.])" + re.escape(quote), text)), -1)
    assert at >= 0, f"quote {quote!r} is not words of the article"
    whole = refused_in(text, 0, len(text))
    assert not _cuts(whole, at, at + len(quote)), (quote, whole)
    if row["kind"] != "figure":
        return
    value = row["value"]
    fig = parse_figure(value)
    read = (fig.low, fig.high, fig.unit, fig.hedge, fig.dimension)
    assert read == (row["low"], row["high"], row["unit"], row["hedge"], row["dimension"])
    assert figure_in_quote(value, quote) or figure_in_quote(value, quote, True), (value, quote)
    figs = figures_in(text, at, at + len(quote))
    span = find_quote(text, at, at + len(quote), value)
    if span is None:  # a shared sign written for the currency meant: a whole figure of it
        assert any((f["low"], f["high"]) == (fig.low, fig.high) for f in figs), (value, quote)
        return
    got = {span[0]: (fig.low, fig.high, fig.dimension)}
    assert cut_problem(figs, *span, got.get) is None, (value, quote, figs)
    assert not _cuts(whole, *span), (value, quote, whole)
    there = [f for f in figs if (f["start"], f["end"]) == span]
    if there and there[0].get("change"):  # a change of the quote is stored as one
        assert row["change"] == there[0]["change"], (value, quote, row["change"])


def _cuts(refused: list[dict[str, Any]], start: int, end: int) -> list[str]:
    """The figures refused as written that ``[start, end)`` takes a part of."""
    return [r["text"] for r in refused if r["start"] < end and start < r["end"]
            and not start <= r["start"] < r["end"] <= end]  # fmt: skip


def _one(tmp_path: Path, empty_db: Path, name: str, seed: int, most: int = 40) -> Run:
    """One review of the article ``name`` by the typist ``seed``, checked (``check_run``)."""
    import shutil

    db = tmp_path / f"r{seed}.db"
    shutil.copy(empty_db, db)
    article = tmp_path / f"{seed}.txt"
    article.write_text(ARTICLES[name], encoding="utf-8")
    run = review_run(db, str(article), ARTICLES[name], seed, most)
    try:
        check_run(run)
    except AssertionError as e:
        raise AssertionError(f"{e}\n--- {name}, typist {seed} (answers in ⟨⟩), the end:\n"
                             f"{run.dialogue()[-6000:]}") from None  # fmt: skip
    return run


FAST_SEEDS = range(24)


@pytest.mark.parametrize("seed", FAST_SEEDS)
def test_what_the_review_stores_is_what_was_shown(
    tmp_path: Path, empty_db: Path, seed: int
) -> None:
    names = sorted(ARTICLES)
    _one(tmp_path, empty_db, names[seed % len(names)], seed)


@pytest.mark.slow
def test_what_the_review_stores_is_what_was_shown_long(tmp_path: Path, empty_db: Path) -> None:
    """300 reviews of up to 120 answers, over every article."""
    names = sorted(ARTICLES)
    stored = 0
    for seed in range(1000, 1300):
        run = _one(tmp_path, empty_db, names[seed % len(names)], seed, most=120)
        stored += len(_rows(run.db))
    assert stored > 100  # the typist does store claims
