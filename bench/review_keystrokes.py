"""Characters typed per claim through `claimtrack extract --review` on a real article.

    python bench/review_keystrokes.py            # prints the numbers
    python bench/review_keystrokes.py --show     # also prints every prompt and answer

The article is ../shared/articles/01-pakistan-khyber-airstrike-villagers.txt (a Reuters wire
story of 2010-04-13; outside the repository: the bench says so and stops when it is absent).
A fact-checker's answers are scripted per candidate, keyed by the character offset where the
candidate's sentence starts, so that a change in the order or number of candidates does not
put the answers out of step. Answers hold names and figures only; a narrowed quote is written
here as offsets and typed as "FIRST...LAST" words read from the article when the bench runs.
A candidate with no script is skipped (Enter, or "k" when Enter would do something else).

Every answer costs its characters plus one for Enter. At the end the stored claims are
compared with the claims the script means to log (kind, claimant, speaker, measure or
proposition, stance or figure, said_on): a difference is reported and the exit code is 1.
Claims the extractor does not propose (a sentence with no cue it knows) cannot be reached
through the review; they are listed, not counted.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

ARTICLE = ROOT.parent / "shared" / "articles" / "01-pakistan-khyber-airstrike-villagers.txt"
SUBJECT = "khyber-airstrike"
SOURCE = ["--outlet", "Reuters", "--url", "https://www.reuters.com/article/idUSTRE6364J320100413",
          "--reported-on", "2010-04-13"]  # fmt: skip
MIL = "Pakistani military"

# sentence start -> answers; ("quote", start, end) types the first and last words of that span
# fmt: off
SCRIPT: dict[int, list[Any]] = {
    # villagers (the page says "villages"): all casualties were civilians
    42: ["e", ("quote", 191, 220), "c", "Saravilla villagers", "", "n",
         "s", "dead-were-civilians", "", "a", "", "k"],
    # the military: the 55 killed were militants (a figure and a stance)
    223: ["c", MIL, "", "k", "f", "militants-killed", "", "", "s", "1", "d", "", ""],
    365: ["s", "1", "a", "", ""],  # Kokikhel: there were no militants
    611: ["s", "jets-attacked-twice", "", "a", "", ""],  # witnesses
    801: ["s", "bunkers-were-for-defence", "", "a", "", ""],  # Zahir Noor
    # Wazir (the extractor carries Zahir Noor over): the information on militants was wrong
    1142: ["c", "Shafeerullah Wazir", "", "s", "s", "militant-information-was-wrong", "", "a",
           "", ""],
    1636: ["c", "1", "n", "s", "1", "d", "", ""],  # the military denied civilians were killed
    # a military official, on Sunday: bunkers struck after confirmation; 35 militants killed
    1680: ["c", "1", "k", "t", "2010-04-11", "", "s", "targets-were-militant-hideouts", "", "a",
           "", ""],
    1892: ["c", "1", "k", "t", "", "", "f", "1", "", ""],
}
# fmt: on
EXPECTED = sorted(
    [
        ("stance", "Saravilla villagers", None, "dead-were-civilians", "affirms", None),
        ("figure", MIL, "Military officials", "militants-killed", "55", None),
        ("stance", MIL, "Military officials", "dead-were-civilians", "denies", None),
        (
            "stance",
            "Ikramullah Khan Kokikhel",
            "Ikramullah Khan Kokikhel",
            "dead-were-civilians",
            "affirms",
            None,
        ),
        ("stance", "witnesses", "witnesses", "jets-attacked-twice", "affirms", None),
        ("stance", "Zahir Noor", "Zahir Noor", "bunkers-were-for-defence", "affirms", None),
        (
            "stance",
            "Shafeerullah Wazir",
            "Shafeerullah Wazir",
            "militant-information-was-wrong",
            "affirms",
            None,
        ),
        ("stance", MIL, None, "dead-were-civilians", "denies", None),
        (
            "stance",
            MIL,
            "military official",
            "targets-were-militant-hideouts",
            "affirms",
            "2010-04-11",
        ),
        ("figure", MIL, "military official", "militants-killed", "35 militants", "2010-04-11"),
    ],
    key=str,
)  # fmt: skip
NOT_PROPOSED = [
    "Shafeerullah Wazir agreed most of the dead were not militants (offsets 1031-1140): "
    "'agreed' is not an attribution verb the extractor knows",
]


def run(show: bool = False) -> dict[str, Any]:
    from typer.testing import CliRunner

    from claimtrack import review
    from claimtrack.cli import app

    text = ARTICLE.read_text(encoding="utf-8")
    state: dict[str, Any] = {"queue": [], "typed": 0, "answers": 0, "start": None}
    problems: list[str] = []
    original_candidate = review.Session.candidate
    original_ask = review.ask

    def candidate(self: review.Session, rec: dict[str, Any]) -> bool:
        if state["queue"]:
            problems.append(f"candidate at {state['start']}: answers left {state['queue']}")
        state["start"] = rec["extract"]["start"]
        state["queue"] = [_answer(a, text) for a in SCRIPT.get(state["start"], [])]
        return original_candidate(self, rec)

    def ask(label: str, default: str = "") -> str:
        if state["queue"]:
            answer = state["queue"].pop(0)
        elif "x=quit" in label:
            answer = "" if default == "k" else "k"
        else:
            problems.append(f"candidate at {state['start']}: no answer for {label.strip()!r}")
            raise review.EndOfInput(False)
        state["typed"] += len(answer) + 1
        state["answers"] += 1
        return answer if answer else default

    review.Session.candidate = candidate  # type: ignore[method-assign]
    review.ask = ask
    try:
        with tempfile.TemporaryDirectory() as tmp:
            db = str(Path(tmp) / "k.db")
            runner = CliRunner()
            runner.invoke(app, ["init", "--empty", db])
            result = runner.invoke(app, ["--db", db, "extract", str(ARTICLE), "--subject",
                                         SUBJECT, *SOURCE, "--review"])  # fmt: skip
            if show:
                print(result.output, file=sys.__stderr__)
            if result.exit_code != 0:
                problems.append(f"exit {result.exit_code}: {result.output[-500:]}")
            import json

            stored = json.loads(runner.invoke(app, ["--db", db, "list", "--json"]).stdout)
    finally:
        review.Session.candidate = original_candidate  # type: ignore[method-assign]
        review.ask = original_ask
    got = sorted(((c["kind"], c["claimant"], c.get("speaker"),
                   c.get("measure") or c.get("proposition"), c.get("value") or c.get("stance"),
                   c.get("said_on")) for c in stored), key=str)  # fmt: skip
    if got != EXPECTED:
        problems += [f"stored, not expected: {x}" for x in got if x not in EXPECTED]
        problems += [f"expected, not stored: {x}" for x in EXPECTED if x not in got]
    return {
        "claims": len(stored),
        "typed": state["typed"],
        "answers": state["answers"],
        "per_claim": state["typed"] / max(1, len(stored)),
        "problems": problems,
    }


def _answer(a: Any, text: str) -> str:
    if isinstance(a, tuple):  # ("quote", start, end): the first and last words of the span
        words = text[a[1] : a[2]].split()
        return f"{words[0]}...{words[-1]}"
    return str(a)


def main() -> int:
    if not ARTICLE.exists():
        print(f"skipped: {ARTICLE} is not on this machine", file=sys.stderr)
        return 0
    numbers = run(show="--show" in sys.argv)
    print(f"claims stored through --review: {numbers['claims']}")
    print(f"answers: {numbers['answers']}, characters typed (Enter counts 1): {numbers['typed']}")
    print(f"characters per claim: {numbers['per_claim']:.1f}")
    for line in NOT_PROPOSED:
        print(f"not proposed (logged with add, not counted): {line}")
    for p in numbers["problems"]:
        print(f"PROBLEM: {p}")
    return 1 if numbers["problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
