"""Characters typed per claim through `claimtrack extract --review` on a real article.

    python bench/review_keystrokes.py            # prints the numbers
    python bench/review_keystrokes.py --show     # also prints the whole session

The articles are two of ../shared/articles/ (01: a Reuters wire story of 2010-04-13, an air
strike's dead; 04: a Newshub story of September 2017, a budget row), outside the repository:
the bench says so and stops when they are absent.

The claims a fact-checker logs from each are labelled below (quote span as character offsets,
kind, claimant, speaker, measure or proposition, stance or figure, said_on: names and figures
only). A simulated user answers every prompt of the review as a user who knows those claims
would, taking the cheapest answer that gets there: Enter when the default is right, a number
when the name is listed, else the name. A claim goes to the candidate whose sentence holds its
quote; when the quote is shorter than the sentence, the user narrows it ("FIRST...LAST" words).
Candidates with no claim are skipped. Because the user reads the candidates (their claimant,
speaker and figures) instead of replaying fixed keystrokes, the count stays honest when the
extractor changes: a better guess costs fewer keystrokes.

Every answer costs its characters plus one for Enter, skipped candidates included. At the end
the stored claims are compared with the labels; a difference is reported and the exit code is
1. A labelled claim that no candidate holds cannot be reached through the review: it is listed
as not proposed, and not counted.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

ARTICLES = ROOT.parent / "shared" / "articles"


class Label(NamedTuple):
    start: int  # the quote's span in the article
    end: int
    kind: str
    claimant: str
    speaker: str | None
    name: str  # measure or proposition
    what: str  # the figure as the quote says it, or the stance
    said_on: str | None = None


MIL = "Pakistani military"
CIV = "dead-were-civilians"
HOLE = "labour-budget-has-hole"
SJ = "Steven Joyce"
# fmt: off
STORIES: dict[str, tuple[str, list[str], list[Label]]] = {
    "01-pakistan-khyber-airstrike-villagers.txt": ("khyber-airstrike", [
        "--outlet", "Reuters", "--url", "https://www.reuters.com/article/idUSTRE6364J320100413",
        "--reported-on", "2010-04-13"], [
        Label(191, 220, "stance", "Saravilla villagers", None, CIV, "affirms"),  # page: villages
        Label(223, 363, "figure", MIL, "Military officials", "militants-killed", "55"),
        Label(223, 363, "stance", MIL, "Military officials", CIV, "denies"),
        Label(365, 462, "stance", "Ikramullah Khan Kokikhel", "Ikramullah Khan Kokikhel", CIV,
              "affirms"),
        Label(611, 708, "stance", "witnesses", "witnesses", "jets-attacked-twice", "affirms"),
        Label(801, 932, "stance", "Zahir Noor", "Zahir Noor", "bunkers-were-for-defence",
              "affirms"),
        Label(1031, 1140, "stance", "Shafeerullah Wazir", "Shafeerullah Wazir",
              "most-dead-were-not-militants", "affirms"),
        Label(1142, 1326, "stance", "Shafeerullah Wazir", "Shafeerullah Wazir",
              "militant-information-was-wrong", "affirms"),
        Label(1636, 1678, "stance", MIL, None, CIV, "denies"),
        Label(1680, 1891, "stance", MIL, "military official", "targets-were-militant-hideouts",
              "affirms", "2010-04-11"),
        Label(1892, 1924, "figure", MIL, "military official", "militants-killed", "35 militants",
              "2010-04-11"),
    ]),
    "04-nz-joyce-fiscal-hole.txt": ("nz-fiscal-hole", [
        "--outlet", "Newshub", "--url", "https://www.newshub.co.nz/home/election/2017/09/"
        "steven-joyce-standing-by-11-7b-fiscal-hole-claim.html", "--reported-on", "2017-09-06"], [
        Label(53, 213, "figure", SJ, SJ, "labour-budget-hole", "$11.7 billion"),
        Label(215, 349, "stance", "Grant Robertson", "Grant Robertson", HOLE, "denies"),
        Label(351, 492, "stance", SJ, SJ, HOLE, "affirms", "2017-09-06"),
        Label(1016, 1071, "stance", SJ, SJ, "no-economist-disagreed", "affirms"),
        Label(1073, 1261, "figure", SJ, SJ, "labour-debt-increase", "about $8 billion"),
        Label(1263, 1433, "stance", SJ, SJ, "bagrie-backed-joyce", "affirms"),
        Label(1358, 1373, "stance", "Cameron Bagrie", "Cameron Bagrie", HOLE, "denies"),
        Label(1738, 1881, "stance", "Bernard Hickey", "Bernard Hickey", HOLE, "denies"),
    ]),
}
# fmt: on
LABELS: list[Label] = []  # the story being reviewed


# A candidate answered this often without being stored is a loop (an answer the review keeps
# refusing): the user gives it up and says so, rather than answering for ever.
MAX_ANSWERS = 60


class User:
    """Answers the review's prompts as a user who knows the labels would."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pending: list[Label] = []
        self.session: Any = None
        self.draft: Any = None
        self.typed = 0
        self.answers = 0
        self.reached: list[Label] = []
        self.problems: list[str] = []

    def start(self, session: Any, rec: dict[str, Any]) -> None:
        self.at_candidate = 0
        if self.pending:
            self.problems += [f"not stored: {t}" for t in self.pending]
        s, e = rec["extract"]["start"], rec["extract"]["end"]
        self.session = session
        self.pending = [t for t in LABELS if s <= t.start and t.end <= e and t not in self.reached]
        self.reached += self.pending

    def answer(self, label: str, default: str) -> str:
        answer = self._answer(label, default)
        if answer == default:
            answer = ""
        self.typed += len(answer) + 1
        self.answers += 1
        return answer if answer else default

    def _answer(self, label: str, default: str) -> str:
        d, t = self.draft, (self.pending[0] if self.pending else None)
        s = self.session
        self.at_candidate = getattr(self, "at_candidate", 0) + 1
        if "x=quit" in label:
            if t is not None and self.at_candidate > MAX_ANSWERS:  # going round: give it up
                self.problems.append(f"gave up after {MAX_ANSWERS} answers: {t}")
                self.pending.clear()
                t = None
            if t is None:
                return "k"
            if (d.start, d.end) != (t.start, t.end):
                return "e"
            if d.claimant != t.claimant:
                return "c"
            if d.speaker != t.speaker:
                return "p"
            if t.said_on and d.said_on != t.said_on:
                return "t"
            return "f" if t.kind == "figure" else "s"
        assert t is not None, f"a prompt with nothing to log: {label}"
        if label.startswith("  Quote ("):
            words = self.text[t.start : t.end].split()
            return f"{words[0]}...{words[-1]}"
        if label.startswith("  Claimant ("):
            return _listed(t.claimant, s._claimant_list(d))
        if "Create it?" in label or label.startswith("  Store it?"):
            if label.startswith("  Store it?"):
                self.pending.pop(0)
            return "y"
        if label.startswith("  Speaker: k=keep"):
            return {d.speaker: "k", t.claimant: "s", None: "n"}.get(t.speaker, "c")
        if label.startswith("  Speaker ("):
            return t.speaker or "-"
        if label.startswith("  Said on"):
            dates = list(d.record["extract"].get("dates") or [])
            return _listed(t.said_on, dates) if t.said_on else "-"
        if label.startswith("  As of"):
            return default
        if label.startswith("  Figure"):
            texts = [f["text"] for f in d.figures]
            return str(texts.index(t.what) + 1) if t.what in texts else t.what
        if label.startswith("  Measure ("):
            return _listed(t.name, s._measure_list(d))
        if label.startswith("  Proposition ("):
            return _listed(t.name, s._proposition_list())
        if label.startswith("  Choice (number, n"):  # a near miss: the label's name is meant
            return "n"
        if label.startswith("  Which currency"):  # the story's own currency, offered first
            return default
        if label.startswith("  Stance:"):
            return t.what[0]
        raise AssertionError(f"an unexpected prompt: {label}")


def _as_quoted(c: dict[str, Any]) -> str:
    """A stored claim's figure as its quote says it ("NZ$11.7 billion", the "$" written for the
    dollar picked at the review, is the quote's "$11.7 billion"), or its stance."""
    value = c.get("value")
    if not value:
        return str(c.get("stance"))
    return re.sub(r"\b[A-Z]{1,3}\$", "$", value) if value not in c["quote"] else value


def _listed(name: str, listed: list[str]) -> str:
    return str(listed.index(name) + 1) if name in listed else name


def run(name: str, show: bool = False) -> dict[str, Any]:
    """Review one story's article as the simulated user; the numbers and any problem."""
    from typer.testing import CliRunner

    from claimtrack.cli import app
    from claimtrack.review import answers, session

    subject, source, labels = STORIES[name]
    LABELS[:] = labels
    article = ARTICLES / name
    text = article.read_text(encoding="utf-8")
    user = User(text)
    original = (session.Session.candidate, answers.ask, session.Draft)

    def candidate(self: Any, rec: dict[str, Any]) -> bool:
        user.start(self, rec)
        return original[0](self, rec)

    class Draft(session.Draft):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            user.draft = self

    def ask(label: str, default: str = "") -> str:
        return user.answer(label, default)

    session.Session.candidate, answers.ask, session.Draft = candidate, ask, Draft  # type: ignore[assignment]
    try:
        with tempfile.TemporaryDirectory() as tmp:
            db = str(Path(tmp) / "k.db")
            runner = CliRunner()
            runner.invoke(app, ["init", "--empty", db])
            result = runner.invoke(app, ["--db", db, "extract", str(article), "--subject",
                                         subject, *source, "--review"])  # fmt: skip
            if show:
                print(result.output, file=sys.__stderr__)
            if result.exit_code != 0 or result.exception:
                user.problems.append(f"exit {result.exit_code}: {result.exception!r}")
            stored = json.loads(runner.invoke(app, ["--db", db, "list", "--json"]).stdout)
    finally:
        session.Session.candidate, answers.ask, session.Draft = original  # type: ignore[assignment]
    user.problems += [f"not stored: {t}" for t in user.pending]
    got = sorted(((c["kind"], c["claimant"], c.get("speaker"),
                   c.get("measure") or c.get("proposition"), _as_quoted(c),
                   c.get("said_on"), c["quote"]) for c in stored), key=str)  # fmt: skip
    want = sorted(((t.kind, t.claimant, t.speaker, t.name, t.what, t.said_on,
                    text[t.start : t.end]) for t in user.reached), key=str)  # fmt: skip
    user.problems += [f"stored, not labelled: {x[:6]}" for x in got if x not in want]
    user.problems += [f"labelled, not stored: {x[:6]}" for x in want if x not in got]
    return {
        "claims": len(stored),
        "labelled": len(LABELS),
        "not_proposed": [t for t in LABELS if t not in user.reached],
        "typed": user.typed,
        "answers": user.answers,
        "per_claim": user.typed / max(1, len(stored)),
        "problems": user.problems,
    }


def main() -> int:
    if not ARTICLES.exists():
        print(f"skipped: {ARTICLES} is not on this machine", file=sys.stderr)
        return 0
    totals = {"claims": 0, "typed": 0}
    failed = False
    for name in STORIES:
        n = run(name, show="--show" in sys.argv)
        print(f"{name}: {n['labelled']} claims labelled, {n['claims']} stored through --review; "
              f"{n['answers']} answers, {n['typed']} characters typed (Enter counts 1): "
              f"{n['per_claim']:.1f} per claim")  # fmt: skip
        for t in n["not_proposed"]:
            print(f"  not proposed (log it with add; not counted): {t.kind} {t.claimant}: "
                  f"{t.name} (offsets {t.start}-{t.end})")  # fmt: skip
        for p in n["problems"]:
            print(f"  PROBLEM: {p}")
        failed = failed or bool(n["problems"])
        totals["claims"] += n["claims"]
        totals["typed"] += n["typed"]
    per = totals["typed"] / max(1, totals["claims"])
    print(f"all: {totals['claims']} claims, {totals['typed']} characters: {per:.1f} per claim")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
