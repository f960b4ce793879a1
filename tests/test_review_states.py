"""The review as a state machine: `extract --review` driven one answer at a time, through its
input stream (the code path of piped answers and of a terminal), on real sentences, with
random answers at every prompt, the end of input and Ctrl-C; after each answer the database
is checked against what the user was shown.

The sentences are taken at test time from the real articles kept outside the repository
(``../shared/articles``, ``/work/articles2`` ... ``6``) when they are there, else from the
sentences written below. The invariants (``ReviewMachine.*`` marked ``@invariant``):

- every stored claim was shown in full ("To store: ...") just before a "Store it?" answered
  yes, and is stored exactly as shown (kind, figure and interval, measure, proposition and
  stance, claimant, speaker, dates, note, relay, quote); nothing else is stored;
- every stored figure is words of its stored quote, read by the parser of ``add`` as stored
  (low, high, unit, hedge), and cuts no figure the quote holds into another amount;
- a claimant changed from the one proposed never keeps the proposed speaker silently;
- an answer the prompt refuses is asked again at the same prompt (it never shifts later
  answers);
- at the end of input (or Ctrl-C, or quit) the review ends with exit 0 (130), and its last
  line says how many claims were stored: the number in the database.
"""

from __future__ import annotations

import io
import json
import queue
import re
import shutil
import sqlite3
import tempfile
import threading
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
)

from conftest import examples, steps

pytestmark = pytest.mark.hypothesis

ARTICLE_DIRS = [Path(__file__).resolve().parents[2] / "shared" / "articles",
                *(Path(f"/work/articles{n}") for n in range(2, 7))]  # fmt: skip

# Written for this test (the repository holds no article text): the shapes that matter to the
# review: two figures in a sentence, a hedge, a range, money, a unit, a stance, a pronoun.
OWN = [
    "The mayor said 11,300 people died and 2,000 were injured on 2023-09-12. "
    "Ann Lee said the dam was never inspected.",
    "Police said more than 4,000 people marched on Saturday, while organisers put the "
    "crowd at between 20,000 and 25,000.",
    "The ministry said the hole was about $11.7 billion, and the opposition said it was "
    "nearer NZ$5 billion. “We never hid anything,” she said.",
    "Rescuers said up to 5 million people had lost power and that around 400 homes "
    "were destroyed by waves as high as 10 metres.",
    "The union said 2,500 jobs would go by 2025; the company denied it, saying fewer than "
    "1,000 posts were at risk.",
    "Health officials estimated that one fifth of the 3.1 million residents had been "
    "displaced, the governor told reporters on May 5, 2022.",
]

JUNK = ["zz", "maybe", "0", "99", " ", "yes please"]
ENDS = ["<eof>", "<ctrl-c>"]  # at any prompt, rarely: the input ends, or Ctrl-C
YES = ["y", "y", "y", "", "", "yes"]
NAMES = ["City Council", "Health Ministry", "Ministry of Health", "Ann Lee", "1", "2", "-"]
# The answers drawn at each prompt: mostly ones that move on, some refused, rarely the end.
ANSWERS: dict[str, list[str]] = {
    "menu": ["f", "f", "f", "f", "s", "s", "s", "e", "e", "c", "c", "p", "t", "n", "r", "k",
             "", "x", "figure", "st", "ed", "zz", "q", *ENDS],
    "quote": ["", "zz", "1", *ENDS],
    "figure": ["", "", "1", "2", "9", "zz", *ENDS],
    "measure": ["deaths", "injured", "people-killed", "death", "jobs", "crowd-size", "99", "1",
                "2", "", "zz", *ENDS],
    "proposition": ["dam-was-inspected", "toll-is-accurate", "1", "2", "dam-was-inspectd", "",
                    *ENDS],
    "stance": ["a", "d", "u", "a", "d", "denies", "aff", "no", "zz", "", *ENDS],
    "create": [*YES, "n", "maybe", *ENDS],
    "store": [*YES, *YES, "n", "maybe", "ye", *ENDS],
    "speaker_choice": ["k", "c", "s", "n", "keep", "zz", "", *ENDS],
    "claimant": [*NAMES, "", "zz", "9", *ENDS],
    "speaker": [*NAMES, "", "?", *ENDS],
    "choice": ["1", "n", "", "2", "zz", "9", "Health Ministry", *ENDS],
    "date": ["", "-", "1", "2", "2023-09-12", "May 5, 2022", "12/09/2023", "zz", *ENDS],
    "note": ["", "-", "checked by phone", *ENDS],
    "relay": ["", "-", "1", "2", "zz", *ENDS],
    "currency": ["1", "2", "USD", "NZD", "zz", "", *ENDS],
    "other": ["", "1", "y", "zz", *ENDS],
}  # fmt: skip


def _article_chunks() -> list[str]:
    """Runs of one to three paragraphs of the real articles that hold a digit."""
    chunks = []
    for folder in ARTICLE_DIRS:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.txt")):
            paras = [" ".join(p.split()) for p in
                     path.read_text(encoding="utf-8").split("\n\n") if p.strip()]  # fmt: skip
            for i, p in enumerate(paras):
                if re.search(r"\d", p) and len(p) > 60:
                    chunks.append(" ".join(paras[i : i + 2])[:700])
    return chunks


CHUNKS = _article_chunks() or OWN


# -- the keyboard: the review's stdin, one line at a time ------------------------------------

_EOF = object()
_CTRL_C = object()


class Keyboard(io.RawIOBase):
    """A stdin that blocks until the test types a line; ``turn`` is set while the review waits
    at a prompt (or when it has ended)."""

    def __init__(self) -> None:
        self.lines: queue.Queue[object] = queue.Queue()
        self.turn = threading.Event()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        self.turn.set()
        item = self.lines.get()
        if item is _EOF:
            return 0
        if item is _CTRL_C:
            raise KeyboardInterrupt
        data = str(item).encode() + b"\n"
        buffer[: len(data)] = data
        return len(data)


class Review:
    """One `extract --review` run in a thread, with its output streams."""

    def __init__(self, db: str, article: str) -> None:
        import typer.main
        from click.testing import CliRunner  # typer's takes only str or bytes as input

        from claimtrack.cli import app

        self.keyboard = Keyboard()
        self.exit_code: int | None = None
        self.error: BaseException | None = None
        self.done = threading.Event()
        runner = CliRunner()
        command = typer.main.get_command(app)
        args = ["--db", db, "extract", article, "--subject", "dam", "--outlet", "Paper",
                "--reported-on", "2024-05-06", "--review"]  # fmt: skip
        ready = threading.Event()

        def run() -> None:
            try:
                self._run(runner, command, args, ready)
            finally:
                ready.set()
                self.keyboard.turn.set()
                self.done.set()

        self.thread = threading.Thread(target=run, daemon=True)
        self.thread.start()
        ready.wait(30)
        self.wait()

    def _run(self, runner: Any, command: Any, args: list[str], ready: threading.Event) -> None:
        """The command, as CliRunner.invoke runs it, with the keyboard as its stdin."""
        import sys

        with runner.isolation(input=io.BufferedReader(self.keyboard, 1)) as streams:
            self.out, self.err, _ = streams
            ready.set()
            try:
                command.main(args=args, prog_name="claimtrack")
                self.exit_code = 0
            except SystemExit as e:
                self.exit_code = e.code if isinstance(e.code, int) else int(e.code is not None)
            except BaseException as e:  # a traceback: reported by the invariant
                self.error, self.exit_code = e, 1
            finally:
                sys.stdout.flush()
                sys.stderr.flush()

    def wait(self) -> None:
        assert self.keyboard.turn.wait(20), "the review neither asked nor ended"

    def send(self, item: object) -> None:
        self.keyboard.turn.clear()
        self.keyboard.lines.put(item)
        self.wait()

    def stdout(self) -> str:
        return self.out.getvalue().decode("utf-8", "replace")

    def stderr(self) -> str:
        return self.err.getvalue().decode("utf-8", "replace")

    def close(self) -> None:
        while not self.done.is_set():
            self.send(_EOF)
        self.thread.join(30)


# -- what the user sees ----------------------------------------------------------------------

KINDS = [
    ("f=figure s=stance", "menu"),
    ("Quote (a part", "quote"),
    ("Figure (number", "figure"),
    ("Figure as the quote says it", "figure"),
    ("Measure (number or name)", "measure"),
    ("Proposition (number or name)", "proposition"),
    ("Stance:", "stance"),
    ("Create it?", "create"),
    ("Store it?", "store"),
    ("Claimant (number or name)", "claimant"),
    ("Speaker: k=keep", "speaker_choice"),
    ("Speaker (number or name", "speaker"),
    ("Said on", "date"),
    ("As of", "date"),
    ("Note (", "note"),
    ("Relays (", "relay"),
    ("Choice (number", "choice"),
    ("Which currency", "currency"),
]
CHOICES = {"menu", "stance", "create", "store", "speaker_choice"}  # lettered choices


def _words_read(value: str, fig: Any) -> tuple[Any, ...]:
    """What the words ``value`` read as a figure of the page (not as a rate: the page's
    figures are read so), for ``cut_problem``; the reading ``fig`` when only a rate reads."""
    from claimtrack.quantities import FigureError, parse_figure

    try:
        page = parse_figure(value)
    except FigureError:
        page = fig
    return (page.low, page.high, page.dimension)


def prompt_kind(prompt: str) -> str:
    return next((kind for needle, kind in KINDS if needle in prompt), "other")


def menu_of(prompt: str) -> tuple[list[tuple[str, str]], str]:
    """The ``key=word`` pairs a lettered prompt offers, and its default."""
    pairs = re.findall(r"(\w+)=(\w+)", prompt)
    default = re.search(r"\[(\w*)\]:\s*$", prompt)
    return pairs, default.group(1) if default else ""


def names_action(answer: str, pairs: list[tuple[str, str]], default: str) -> bool:
    """Whether a lettered prompt accepts ``answer`` (its letter, word, or a prefix of two
    letters or more naming one word; Enter when there is a default)."""
    a = answer.strip().casefold()
    if not a:
        return bool(default)
    if any(a in (k, w) for k, w in pairs):
        return True
    return len(a) >= 2 and sum(w.startswith(a) for _, w in pairs) == 1


PREVIEW = re.compile(r"^  To store: (.*)\n((?:    .*\n)+)", re.M)


def parse_preview(block: str) -> dict[str, Any]:
    """The claim a "To store:" block shows."""
    m = PREVIEW.search(block)
    assert m, block
    head, rest = m.group(1), m.group(2)
    shown: dict[str, Any] = {}
    fig = re.fullmatch(
        r"figure '(.*)' \((.*?)–(.*?)(?: = ([A-Z]{3} \S+))?\)(?:, a change (up|down) of| on) (\S+)",
        head,
    )
    if fig:
        shown |= {"kind": "figure", "value": fig[1], "low": fig[2], "high": fig[3],
                  "measure": fig[6]}  # fmt: skip
        if fig[4]:  # money in a hundredth of its currency: "161.8p" (... = GBP 1.618)
            shown["money"] = fig[4]
        if fig[5]:  # a change, never stored as a level
            shown["change"] = fig[5]
    else:
        stance, prop = head.split(" ", 1)
        shown |= {"kind": "stance", "stance": stance, "proposition": prop}
    for line in rest.splitlines():
        line = line.strip()
        if line.startswith("claimant "):
            who, _, speaker = line[len("claimant ") :].rpartition(" · speaker ")
            shown["claimant"] = who.removesuffix(" (new)")
            shown["speaker"] = None if speaker == "-" else speaker
        elif line.startswith("quote “"):
            shown["quote"] = line[len("quote “") : -1]
        elif line.startswith(("note ", "relays ")):
            key, value = line.split(" ", 1)
            shown[key] = value
        elif line.startswith(("guessed: ", "(")):  # said of the fields above: no field
            continue
        else:
            for part in line.split(" · "):
                key, value = part.split(" ", 1)
                shown[key] = value.removesuffix(" (new)")  # "subject dam (new)"
    return shown


def _empty_db() -> str:
    global _TEMPLATE
    if _TEMPLATE is None:
        from typer.testing import CliRunner

        from claimtrack.cli import app

        folder = tempfile.mkdtemp(prefix="ct-states-")
        _TEMPLATE = str(Path(folder) / "empty.db")
        result = CliRunner().invoke(app, ["init", "--empty", _TEMPLATE])
        assert result.exit_code == 0, result.output
    return _TEMPLATE


_TEMPLATE: str | None = None


# -- the machine -----------------------------------------------------------------------------


class ReviewMachine(RuleBasedStateMachine):
    review: Review | None = None

    @initialize(chunk=st.sampled_from(CHUNKS), own=st.sampled_from(OWN), mix=st.booleans())
    def start(self, chunk: str, own: str, mix: bool) -> None:
        self.begin(chunk if not mix else own)

    def begin(self, text: str) -> None:
        """The review of ``text`` started on a blank database (test_review24 invents it)."""
        self.tmp = tempfile.mkdtemp(prefix="ct-review-")
        self.db = str(Path(self.tmp) / "r.db")
        shutil.copy(_empty_db(), self.db)
        self.text = text + "\n"
        article = Path(self.tmp) / "a.txt"
        article.write_text(self.text, encoding="utf-8")
        self.candidates = self._candidates(str(article))
        self.review = Review(self.db, str(article))
        self.seen = 0  # characters of stdout already read
        self.seen_err = 0
        self.accepted: list[dict[str, Any]] = []  # previews answered yes, in order
        self.pending: dict[str, Any] | None = None  # the preview shown at "Store it?"
        self.card: int | None = None  # the candidate shown (0-based)
        self.speaker_answered = False  # the speaker confirmed or set since the card
        self.last: tuple[str, str] | None = None  # (prompt, answer) just given
        self.ended_by: str | None = None
        self.words = self.text.split()
        first = re.findall(r"^\[(\d+)/\d+\]", self.review.stdout(), re.M)
        self.card = int(first[0]) - 1 if first else None

    def _candidates(self, article: str) -> list[dict[str, Any]]:
        from typer.testing import CliRunner

        from claimtrack.cli import app

        result = CliRunner().invoke(app, ["--db", self.db, "extract", article, "--subject",
                                          "dam"])  # fmt: skip
        assert result.exit_code == 0, result.output
        return [json.loads(x) for x in result.stdout.splitlines() if x.strip()]

    def teardown(self) -> None:
        if self.review is not None:
            self.review.close()
        shutil.rmtree(getattr(self, "tmp", ""), ignore_errors=True)

    # -- reading the dialogue

    def prompt(self) -> str:
        """The question now asked: the output since the last answer, after its last line
        break (a prompt is one line; the answer typed is not echoed on a pipe)."""
        assert self.review is not None
        out = self.review.stdout()[self.seen :]
        return out[out.rfind("\n") + 1 :]

    def running(self) -> bool:
        return self.review is not None and not self.review.done.is_set()

    def kind(self) -> str:
        return prompt_kind(self.prompt()) if self.running() else "ended"

    def answer(self, typed: str) -> None:
        assert self.review is not None
        if typed in ("<eof>", "<ctrl-c>"):
            self.end(typed.strip("<>"))
            return
        before = self.prompt()
        kind = prompt_kind(before)
        if kind == "store":
            out = self.review.stdout()
            self.pending = parse_preview(out[out.rfind("  To store: ") :] + "\n")
        if kind in ("speaker_choice", "speaker", "choice") or (
            kind == "claimant" and typed.strip()
        ):
            self.speaker_answered = self.speaker_answered or kind != "claimant"
        self.seen = len(self.review.stdout())
        self.review.send(typed)
        self.last = (before, typed)
        self.after_answer(kind, before, typed)

    def after_answer(self, kind: str, before: str, typed: str) -> None:
        assert self.review is not None
        new_out = self.review.stdout()[self.seen :]
        err = self.review.stderr()
        new_err, self.seen_err = err[self.seen_err :], len(err)
        stored = re.findall(r"(?:Stored|Already stored) ([\w-]+)[.:]", new_err)
        if kind == "store":
            pairs, default = menu_of(before)
            yes = typed.strip().casefold() in ("y", "yes", "ye") or (
                not typed.strip() and default == "y"
            )
            if stored:
                assert yes, f"stored {stored} after {typed!r} at 'Store it?'"
                assert self.pending is not None
                self.accepted.append(self.pending | {"id": stored[0]})
                event(f"stored a {self.pending['kind']}")
            self.pending = None
        else:
            assert not stored, f"stored {stored} without 'Store it?': {kind} {typed!r}"
        if "no number" in new_err and "in the list" in new_err and self.running():
            assert self.prompt() == before, (  # a number outside the list: asked again
                f"{typed!r} at {before!r} was refused; got {self.prompt()!r}"
            )
        if kind in CHOICES and self.running():
            pairs, default = menu_of(before)
            if not names_action(typed, pairs, default):
                assert self.prompt() == before, (
                    f"{typed!r} at {before!r} was refused, so the same question is asked "
                    f"again; got {self.prompt()!r}"
                )
        if not self.running():
            event(f"ended by {self.ended_by or typed!r} after {len(self.accepted)} stored")
        cards = re.findall(r"^\[(\d+)/\d+\]", new_out, re.M)
        if cards:
            self.card = int(cards[-1]) - 1
            # a card that starts with what was answered on an earlier card of its sentence
            # (or turn), said on it ("As you answered for ..."), was answered there
            self.speaker_answered = "As you answered for" in new_err

    # -- the rule: one answer at the prompt shown, drawn for that prompt

    @rule(data=st.data())
    def step(self, data: st.DataObject) -> None:
        kind = self.kind()
        if kind == "ended":
            return
        assert kind in ANSWERS or kind in ("quote", "figure"), f"a question no rule answers: " \
            f"{self.prompt()!r}"  # fmt: skip
        if kind in ("quote", "figure") and data.draw(st.integers(0, 2)):
            typed = self.words_of_the_text(data)
        else:
            typed = data.draw(st.sampled_from(ANSWERS.get(kind, ANSWERS["other"])), label=kind)
        self.answer(typed)

    def words_of_the_text(self, data: st.DataObject) -> str:
        """A run of words of the article (in the sentence or not), FIRST...LAST, or a number
        in it."""
        n = len(self.words)
        i = data.draw(st.integers(0, n - 1), label="from word")
        j = data.draw(st.integers(i + 1, min(n, i + 8)), label="to word")
        run = " ".join(self.words[i:j]).strip(".,;:“”\"'")
        digits = [w.strip(".,;:“”\"'()") for w in self.words if re.search(r"\d", w)]
        how = data.draw(st.sampled_from(["run", "run", "dots", "digit"]), label="how")
        if how == "dots":
            return f"{self.words[i]}...{self.words[j - 1]}"
        if how == "digit":
            return data.draw(st.sampled_from(digits or ["1"]), label="number")
        return run

    def end(self, how: str) -> None:
        """The end of input (Ctrl-D, or piped answers that run out) or Ctrl-C at this prompt."""
        assert self.review is not None
        self.ended_by = how
        self.seen = len(self.review.stdout())
        self.review.send(_EOF if how == "eof" else _CTRL_C)
        self.after_answer("end", "", how)

    # -- invariants

    def rows(self) -> list[dict[str, Any]]:
        con = sqlite3.connect(self.db)
        con.row_factory = sqlite3.Row
        try:
            return [dict(r) for r in con.execute("select * from claims order by rowid")]
        finally:
            con.close()

    @invariant()
    def stored_as_shown(self) -> None:
        if self.review is None:
            return
        rows = {r["id"]: r for r in self.rows()}
        assert set(rows) == {a["id"] for a in self.accepted}, (rows.keys(), self.accepted)
        for shown in self.accepted:
            row = rows[shown["id"]]
            assert _as_shown(row) == {k: v for k, v in shown.items() if k != "id"}, (
                f"stored {_as_shown(row)} but showed {shown}"
            )

    @invariant()
    def figures_are_words_of_their_quote(self) -> None:
        if self.review is None:
            return
        from claimtrack.guards import figure_in_quote
        from claimtrack.measure_words import over_whole
        from claimtrack.quantities import parse_figure
        from claimtrack.review import cut_problem, figures_in, find_quote
        from claimtrack.review.spans import places_of

        for row in self.rows():
            if row["kind"] != "figure":
                continue
            quote, value = row["quote"], row["value"]
            at = self.text.find(quote)
            assert at >= 0, f"quote {quote!r} is not in the article"
            # a change is read as a rate, as the store reads it ("at least 2 per cent" down:
            # 2 with no upper bound), and as the card now shows it (review27)
            fig = parse_figure(value, rates=over_whole(row["measure"], row["change"]))
            read = (fig.low, fig.high, fig.unit, fig.hedge, fig.dimension)
            assert read == (row["low"], row["high"], row["unit"], row["hedge"], row["dimension"]), (
                value, row)  # fmt: skip
            figs = figures_in(self.text, at, at + len(quote))
            span = find_quote(self.text, at, at + len(quote), value)
            if span is None:  # a shared sign written for the currency meant ("NZ$" for "$"),
                # as `add` takes it: the quote holds a whole figure that reads the same
                assert figure_in_quote(value, quote), f"{value!r} is not in its quote {quote!r}"
                assert any((f["low"], f["high"]) == (fig.low, fig.high) for f in figs), (
                    f"{value!r} is not a whole figure of its quote {quote!r}: {figs}")  # fmt: skip
                continue
            words = _words_read(value, fig)  # the words as the page's figures are read
            # words that stand more than once ("2 per cent" of "fell about 2 per cent to 2 per
            # cent"): a whole figure at one place is the figure stored (review27)
            cuts = [cut_problem(figs, *place, {place[0]: words}.get)
                    for place in places_of(self.text, at, at + len(quote), value)]  # fmt: skip
            assert None in cuts, f"figure {value!r} cuts a figure of its quote {quote!r}: {figs}"

    @invariant()
    def a_new_claimant_never_keeps_the_speaker_silently(self) -> None:
        if self.review is None or self.card is None or self.card >= len(self.candidates):
            return
        if self.kind() != "store":
            return
        out = self.review.stdout()
        shown = parse_preview(out[out.rfind("  To store: ") :] + "\n")
        cand = self.candidates[self.card]
        proposed = cand.get("speaker")
        if proposed and shown["claimant"] not in (cand.get("claimant"), proposed):
            assert shown["speaker"] != proposed or self.speaker_answered, (
                f"claimant {shown['claimant']!r} with the speaker {proposed!r} read for "
                f"{cand.get('claimant')!r}, never asked"
            )

    @invariant()
    def the_end_says_what_was_stored(self) -> None:
        if self.review is None or not self.review.done.is_set():
            return
        review = self.review
        assert review.error is None, repr(review.error)
        stored = len(self.rows())
        last = review.stderr().strip().splitlines()[-1]
        if self.ended_by == "ctrl-c" and last.startswith("Interrupted"):
            assert review.exit_code == 130, (review.exit_code, last)
        else:
            assert review.exit_code == 0, (review.exit_code, review.stderr())
        assert "Traceback" not in review.stdout() + review.stderr()
        said = re.match(r"(?:End of input|Interrupted|Stopped|Done): (\d+|no) claims? stored",
                        last)  # fmt: skip
        assert said, last
        assert int(said[1].replace("no", "0")) == stored, (last, stored)


def _as_shown(row: dict[str, Any]) -> dict[str, Any]:
    """A stored claim as the preview shows it."""
    from claimtrack.quantities import format_number

    shown: dict[str, Any] = {"kind": row["kind"], "claimant": row["claimant"],
                             "speaker": row["speaker"], "quote": row["quote"]}  # fmt: skip
    if row["kind"] == "figure":
        high = "no upper bound" if row["high"] is None else format_number(row["high"])
        low = "-" if row["low"] is None else format_number(row["low"])
        shown |= {"value": row["value"], "low": low, "high": high, "measure": row["measure"]}
        money = _money_stored(row)
        if money is not None:
            shown["money"] = money
    else:
        shown |= {"stance": row["stance"], "proposition": row["proposition"]}
    if row.get("change"):
        shown["change"] = row["change"]
    # every field stored is shown: where it comes from (subject, outlet, url, source) too
    for key in ("subject", "outlet", "url", "source", "said_on", "as_of", "reported_on", "note",
                "relays"):  # fmt: skip
        if row.get(key):
            shown[key] = row[key]
    return shown


def _money_stored(row: dict[str, Any]) -> str | None:
    """What the preview says of money stored in a hundredth of its currency ("161.8p": "GBP
    1.618"), from the stored dimension and bounds in the currency; None for any other
    figure."""
    from claimtrack.quantities import parse_figure

    dim = row.get("dimension") or ""
    if not dim.startswith("currency:") or parse_figure(row["value"]).factor == 1:
        return None

    def cents(x: float) -> str:
        whole, _, frac = f"{x:,.6f}".rstrip("0").partition(".")
        return f"{whole}.{frac.ljust(2, '0')}"

    low, high = row["base_low"], row["base_high"]
    amount = cents(low) if high == low else f"{cents(low)}+" if high is None else (
        f"{cents(low)}–{cents(high)}"
    )  # fmt: skip
    return f"{dim[9:]} {amount}"


ReviewMachine.TestCase.settings = settings(
    max_examples=examples(100),
    stateful_step_count=steps(40),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
TestReview = ReviewMachine.TestCase
