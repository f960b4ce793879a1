"""Characters typed per claim through `claimtrack extract --review` on a real article.

    python bench/review_keystrokes.py            # the two built-in stories (01, 04)
    python bench/review_keystrokes.py --show     # also prints the whole session
    python bench/review_keystrokes.py --labels --texts /work/articles2 --articles 13,14
    python bench/review_keystrokes.py --folds    # one row per labelled set (FOLDS)
    python bench/review_keystrokes.py --folds --costs   # ... and what costs the most

The texts are outside the repository (../shared/articles/, /work/articles2...10): the bench
says so and stops, or skips a set, when they are absent.

**The built-in stories** are two of ../shared/articles/ (01: a Reuters wire story of
2010-04-13, an air strike's dead; 04: a Newshub story of September 2017, a budget row), with
their claims labelled below (quote span as character offsets, kind, claimant, speaker,
measure or proposition as a short slug, stance or figure, said_on: names and figures only).

**Any labelled article** (``--labels``): the claims of bench/labels/NN.jsonl, the same labels
``bench/articles.py`` scores, turned into what a user would type:

- the subject is the article's file name without its number ("13-china-taiwan-typhoon" ->
  "china-taiwan-typhoon"), one fresh database per article;
- the outlet, the URL and the date of publication (``--reported-on``) come from the command
  line, as a user passes them: read from the row of the texts' README.md (columns "outlet",
  "publication date", "URL"); said_on and as_of are not labelled, so the user sets none;
- a label's measure or proposition is prose ("deaths in the Mati wildfire"): the user types a
  short slug of it once per subject (its first three words that are not "the", "of", "in" and
  the like, joined by "-": "deaths-mati-wildfire"; a second prose name with the same slug
  gets "-2"), and picks it from the list afterwards (a number, or Enter when it is offered
  first). The first time costs the slug's characters and the "Create it?" Enter;
- a label whose quote no candidate's sentence holds cannot be reached through the review: it
  is listed ("not proposed") and not counted; so is a figure label whose figure is not words
  of its quote (a sum, "14" for 11 + 3), which the review cannot store as labelled.

**The simulated user** answers every prompt as a user who knows those claims would, taking the
cheapest answer that gets there, and reads only what the screen shows (the candidate's
sentence, claimant, speaker, figures and the lists at each prompt) and what the label says,
never the extractor's internals: Enter when the default is right, a number when the name is
listed, else the name. A claim goes to the candidate whose sentence holds its quote; when the
quote is shorter than the sentence, the user narrows it with "FIRST...LAST" words, adding
words to FIRST (or LAST) until the words typed pick the labelled span out of the sentence
(as the review's rule, the first occurrence, reads them). Candidates with no claim are
skipped. Because the user reads the candidates instead of replaying fixed keystrokes, the
count stays honest when the extractor changes: a better guess costs fewer keystrokes.

Every answer costs its characters plus one for Enter, skipped candidates included; ``--costs``
splits them by what they were for (the menu letter counts with the action it opens). At the
end the stored claims are compared with the labels: a stored claim that differs from its
label, or a label of a reached candidate that was not stored, is a PROBLEM and the exit code
is 1.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from collections import Counter
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


Story = tuple[str, list[str], list["Label"]]  # subject, source options, labels

MIL = "Pakistani military"
CIV = "dead-were-civilians"
HOLE = "labour-budget-has-hole"
SJ = "Steven Joyce"
# fmt: off
STORIES: dict[str, Story] = {
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


# What each answer was for (``--costs``): the prompt's label, and the menu letter by the action
# it opens.
_PROMPTS = (
    ("  Quote (", "quote narrowed"), ("  Claimant (", "claimant"),
    ("  Speaker", "speaker"), ("  Said on", "dates"), ("  As of", "dates"),
    ("  Figure", "figure picked or typed"), ("  Measure (", "measure name"),
    ("  Proposition (", "proposition name"), ("  Choice (", "near-miss name"),
    ("  Which currency", "currency"), ("  Stance:", "stance"), ("  Store it?", "store it"),
    ("  The figures this page tells", "page issuer question"),
    ("  u=change up", "added: change or level"),
)  # fmt: skip
_MENU = {"e": "quote narrowed", "c": "claimant", "p": "speaker", "t": "dates",
         "f": "figure picked or typed", "s": "stance", "k": "skip a candidate"}  # fmt: skip


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
        self.costs: Counter[str] = Counter()
        self.narrowed: dict[Label, int] = {}  # narrowings tried per label
        self.tries: dict[Label, int] = {}  # f or s answered per label
        self.figured: dict[Label, int] = {}  # figure prompts answered per label
        self.refused: list[Label] = []  # refused twice by the review's guards
        self.issuer_answers: list[str] = []  # the page issuer question's answers (y or n)

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
        if "x=quit" in label:
            what = _MENU.get((answer or default)[:1], "menu")
        else:
            what = next((w for p, w in _PROMPTS if label.startswith(p)), "names: Create it?")
        self.costs[what] += len(answer) + 1
        return answer if answer else default

    def _answer(self, label: str, default: str) -> str:
        d, t = self.draft, (self.pending[0] if self.pending else None)
        s = self.session
        self.at_candidate = getattr(self, "at_candidate", 0) + 1
        if t is not None and self.at_candidate > 4 * MAX_ANSWERS:  # a prompt asked for ever
            from claimtrack.review import EndOfInput

            self.problems.append(f"gave up at {label.strip()!r}: {t}")
            self.pending.clear()
            raise EndOfInput(interrupted=False)  # the review's own stop: stored claims stay
        if label.startswith("  The figures this page tells"):
            return self.page_issuer_answer()
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
            tries = self.tries[t] = self.tries.get(t, 0) + 1
            if tries > 2:  # refused twice by the review's guards ("0.2% decrease" is a change)
                self.refused.append(t)
                self.pending.pop(0)
                return self._answer(label, default)
            return "f" if t.kind == "figure" else "s"
        assert t is not None, f"a prompt with nothing to log: {label}"
        if label.startswith("  Quote ("):
            tries = self.narrowed[t] = self.narrowed.get(t, 0) + 1
            return narrowing(self.text, d.sentence, (t.start, t.end), whole=tries > 1)
        if label.startswith("  Claimant ("):
            return _listed(t.claimant, s._claimant_list())
        if "Create it?" in label or label.startswith("  Store it?"):
            if label.startswith("  Store it?"):
                self.pending.pop(0)
            return "y"
        if label.startswith("  Speaker: k=keep"):
            return {d.speaker: "k", t.claimant: "s", None: "n"}.get(t.speaker, "c")
        if label.startswith("  Speaker ("):
            return _listed(t.speaker, s._claimant_list()) if t.speaker else "-"
        if label.startswith("  Said on"):
            return _listed(t.said_on, s._date_list(d)[1]) if t.said_on else "-"
        if label.startswith("  As of"):
            return default
        if label.startswith("  Figure"):
            asked = self.figured[t] = self.figured.get(t, 0) + 1
            if asked > 2:  # refused twice: back to the candidate (then given up there)
                self.tries[t] = 2
                return "-"
            return _figure_answer(d.figures, t)
        if label.startswith("  Measure ("):  # Enter on the measure offered when it is the one
            return t.name if default == t.name else _listed(t.name, s._measure_list(d))
        if label.startswith("  Proposition ("):
            return _listed(t.name, s._proposition_list())
        if label.startswith("  Choice (number, n"):  # a near miss: the label's name is meant
            return "n"
        if label.startswith("  Which currency"):  # the story's own currency, offered first
            return default
        if label.startswith("  Stance:"):
            return t.what[0]
        if label.startswith("  u=change up"):  # added to another amount (review26): the
            return "l"  # labels log the figure as the quote states it, a level
        raise AssertionError(f"an unexpected prompt: {label}")

    def page_issuer_answer(self) -> str:
        """The page issuer question answered as the labels would: y when more of the labelled
        figures of the candidates it covers are the issuer's than the outlet's (no speaker)."""
        told = [r for r in self.session.records if r["extract"].get("page_issuer")]
        issuer = _words(told[0]["extract"]["page_issuer"]["name"]) if told else set()
        to_issuer = to_outlet = 0
        for r in told:
            s, e = r["extract"]["start"], r["extract"]["end"]
            for t in LABELS:
                if t.kind != "figure" or not (s <= t.start and t.end <= e):
                    continue
                if t.speaker is None:
                    to_outlet += 1
                elif issuer & (_words(t.claimant) | _words(t.speaker)):
                    to_issuer += 1
        self.issuer_answers.append("y" if to_issuer > to_outlet else "n")
        return self.issuer_answers[-1]


def _words(name: str | None) -> set[str]:
    """A name's words of three letters or more, lower case ("the ONS" -> {"ons"})."""
    return {w for w in re.findall(r"[a-z0-9]{3,}", (name or "").casefold()) if w != "the"}


def _figure_answer(figures: list[dict[str, Any]], t: Label) -> str:
    """The figure as the user picks it: the listed figure that the label's figure is, by its
    words or, when the list shows more words around it ("14 people" for "14"), by the same
    amount read in the label's quote; else the label's words typed."""
    want = reads(t.what)
    for same in (lambda f: f["text"] == t.what,
                 lambda f: t.what.casefold() in f["text"].casefold()
                 and (f.get("low"), f.get("high")) == want):  # fmt: skip
        hits = [k for k, f in enumerate(figures, 1)
                if t.start <= f["start"] and f["end"] <= t.end and same(f)]  # fmt: skip
        if hits:
            return str(hits[0])
    return t.what


def reads(value: str) -> tuple[Any, Any] | None:
    """The interval the parser of ``add`` reads in a figure (None when it reads none)."""
    from claimtrack.errors import ClaimtrackError
    from claimtrack.models import validate_claim

    claim = {"subject": "s", "claimant": "c", "quote": value, "kind": "figure", "value": value,
             "measure": "m"}  # fmt: skip
    try:
        got = validate_claim(claim)
    except ClaimtrackError:
        return None
    return got.low, got.high


def narrowing(text: str, sentence: tuple[int, int], span: tuple[int, int], whole: bool) -> str:
    """The fewest characters that narrow ``sentence`` to ``span``: "FIRST...LAST" (or
    "FIRST..." to the sentence's end, "...LAST" from its start), with words added to either
    end until the review's rule (the first occurrence) finds ``span``, or the quote's words
    (``whole``: after a narrowing that did not take)."""
    from claimtrack.review import find_quote

    words = text[span[0] : span[1]].split()
    if whole or len(words) < 3:
        return " ".join(words)
    part = text[sentence[0] : sentence[1]]
    lo, hi = sentence[0] + len(part) - len(part.lstrip()), sentence[0] + len(part.rstrip())
    n = len(words)
    tries = [" ".join(words[:i]) + "..." + " ".join(words[n - j :])
             for i in range(1, n) for j in range(1, n - i + 1)]  # fmt: skip
    if span[1] == hi:  # "FIRST...": to the end of the sentence
        tries += [" ".join(words[:i]) + "..." for i in range(1, n)]
    if span[0] == lo:  # "...LAST": from its start
        tries += ["..." + " ".join(words[n - j :]) for j in range(1, n)]
    tries.sort(key=len)
    for typed in tries:
        if len(typed) >= len(" ".join(words)):
            break
        if find_quote(text, *sentence, typed) == span:
            return typed
    return " ".join(words)


def _as_read(value: str) -> str:
    """A figure compared by the amount it reads ("14 people" is the label's "14")."""
    got = reads(value)
    return value if got is None else f"{got[0]}..{got[1]}"


def _as_quoted(c: dict[str, Any]) -> str:
    """A stored claim's figure as its quote says it ("NZ$11.7 billion", the "$" written for the
    dollar picked at the review, is the quote's "$11.7 billion"), or its stance."""
    value = c.get("value")
    if not value:
        return str(c.get("stance"))
    return re.sub(r"\b[A-Z]{1,3}\$", "$", value) if value not in c["quote"] else value


def _listed(name: str, listed: list[str]) -> str:
    return str(listed.index(name) + 1) if name in listed else name


# -- labelled articles ------------------------------------------------------------------------

LABELS_DIR = ROOT / "bench" / "labels"
_FILLER = frozenset(
    re.findall(
        r"\w+",
        "a an the of in on at by for to from with and or as is are was were be been being its it "
        "their his her this that these those has have had than into over about per who which",
    )
)


def slug(prose: str) -> str:
    """The short name a user types for a label's measure or proposition: its first three words
    that are not fillers, lower case, joined by "-" ("deaths in the Mati wildfire" ->
    "deaths-mati-wildfire")."""
    words = re.findall(r"[a-z0-9]+", prose.casefold())
    kept = [w for w in words if w not in _FILLER] or words
    return "-".join(kept[:3]) or "x"


def _readme_row(texts: Path, prefix: str) -> dict[str, str]:
    """The outlet, URL and date of publication of article ``prefix`` from the README.md of its
    folder (the row "| NN | file | ... |"), else from the sources table of its set's notes in
    the repo (bench/labels/HELDOUT*-NOTES.md: a README restored without those columns);
    empty when not found."""
    found = _table_row(texts / "README.md", prefix)
    if found.get("outlet"):
        return found
    for notes in sorted((ROOT / "bench" / "labels").glob("HELDOUT*-NOTES.md")):
        row = _table_row(notes, prefix)
        if row.get("outlet"):
            return row
    return found


def _table_row(readme: Path, prefix: str) -> dict[str, str]:
    """The row of article ``prefix`` in the first Markdown table of ``readme`` that has an
    "id" column: its outlet, URL and date of publication."""
    if not readme.exists():
        return {}
    head: list[str] = []
    for line in readme.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if cells and cells[0] == "id":
            head = [c.casefold() for c in cells]
        elif head and cells and cells[0] == prefix:
            row = dict(zip(head, cells, strict=False))
            outlet = next((v for k, v in row.items() if k.startswith("outlet")), "")
            when = next(
                (v for k, v in row.items() if k.startswith(("publication date", "date"))), ""
            )
            url = re.search(r"https?://\S+", row.get("url", ""))
            date = re.search(r"\d{4}-\d{2}-\d{2}", when)
            return {"outlet": re.split(r"\s*[(,;]", outlet)[0].strip(),
                    "url": url.group(0).strip("`<>") if url else "",
                    "reported_on": date.group(0) if date else ""}  # fmt: skip
    return {}


def labelled_story(texts: Path, prefix: str) -> tuple[Path, Story, list[tuple[Label, str]]]:
    """Article ``prefix`` of ``texts`` with its labels (bench/labels/NN.jsonl) as the simulated
    user will log them, and the labels the review cannot store as labelled (with why)."""
    rows = [json.loads(x) for x in (LABELS_DIR / f"{prefix}.jsonl").read_text().splitlines()
            if x.strip()]  # fmt: skip
    article = texts / rows[0]["article"]
    text = article.read_text(encoding="utf-8")
    subject = re.sub(r"^\d+-", "", article.stem)
    names: dict[tuple[str, str], str] = {}  # (kind, prose) -> slug, per subject
    labels: list[Label] = []
    unreachable: list[tuple[Label, str]] = []
    for r in rows:
        kind = r["kind"]
        prose = r["measure"] if kind == "figure" else r["proposition"]
        if (kind, prose) not in names:
            base = slug(prose)
            taken = {v for (k, _), v in names.items() if k == kind}
            name, n = base, 1
            while name in taken:
                n += 1
                name = f"{base}-{n}"
            names[kind, prose] = name
        what = r["figure"] if kind == "figure" else r["stance"]
        t = Label(r["start"], r["end"], kind, r["claimant"], r.get("speaker"), names[kind, prose],
                  what)  # fmt: skip
        if kind == "figure" and not _in_quote(text, t):
            unreachable.append((t, f"the figure {what!r} is not words of its quote"))
        elif kind == "figure" and reads(what) is None:
            unreachable.append((t, f"the parser of add reads no amount in {what!r}"))
        else:
            labels.append(t)
    info = _readme_row(texts, prefix)
    source = [x for k in ("outlet", "url", "reported_on") if info.get(k)
              for x in (f"--{k.replace('_', '-')}", info[k])]  # fmt: skip
    return article, (subject, source, labels), unreachable


def _in_quote(text: str, t: Label) -> bool:
    from claimtrack.review import find_quote

    return find_quote(text, t.start, t.end, t.what) is not None


# -- running ----------------------------------------------------------------------------------


def run(
    name: str, show: bool = False, *, article: Path | None = None, story: Story | None = None
) -> dict[str, Any]:
    """Review one story's article as the simulated user; the numbers and any problem."""
    from typer.testing import CliRunner

    from claimtrack.cli import app
    from claimtrack.review import answers, session

    subject, source, labels = story if story is not None else STORIES[name]
    LABELS[:] = labels
    article = article if article is not None else ARTICLES / name
    text = article.read_text(encoding="utf-8")
    user = User(text)
    original = (session.Session.candidate, answers.ask, session.Draft)
    asked_once = session.Session.page_issuer

    def candidate(self: Any, rec: dict[str, Any]) -> bool:
        user.start(self, rec)
        return original[0](self, rec)

    def page_issuer(self: Any, rec: dict[str, Any]) -> None:
        user.session = self  # the question may come before the first candidate's card
        asked_once(self, rec)

    class Draft(session.Draft):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            user.draft = self

    def ask(label: str, default: str = "") -> str:
        return user.answer(label, default)

    session.Session.candidate, answers.ask, session.Draft = candidate, ask, Draft  # type: ignore[assignment]
    session.Session.page_issuer = page_issuer  # type: ignore[method-assign]
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
        session.Session.page_issuer = asked_once  # type: ignore[method-assign]
    user.problems += [f"not stored: {t}" for t in user.pending]
    got = sorted(((c["kind"], c["claimant"], c.get("speaker"),
                   c.get("measure") or c.get("proposition"), _as_read(_as_quoted(c)),
                   c.get("said_on"), " ".join(c["quote"].split())) for c in stored),
                 key=str)  # fmt: skip
    want = sorted(((t.kind, t.claimant, t.speaker, t.name, _as_read(t.what), t.said_on,
                    " ".join(text[t.start : t.end].split())) for t in user.reached
                   if t not in user.refused), key=str)  # fmt: skip
    user.problems += [f"stored, not labelled: {x[:6]}" for x in got if x not in want]
    user.problems += [f"labelled, not stored: {x[:6]}" for x in want if x not in got]
    return {
        "claims": len(stored),
        "labelled": len(LABELS),
        "refused": user.refused,
        "not_proposed": [t for t in LABELS if t not in user.reached],
        "typed": user.typed,
        "answers": user.answers,
        "per_claim": user.typed / max(1, len(stored)),
        "problems": user.problems,
        "costs": user.costs,
        "issuer_answers": user.issuer_answers,
    }


class Tally:
    """Sums of runs: claims, characters, answers and costs by prompt."""

    def __init__(self) -> None:
        self.claims = self.typed = self.answers = self.labelled = self.missed = 0
        self.pages = self.asked = self.yes = 0  # pages run; page issuer questions; y answers
        self.costs: Counter[str] = Counter()
        self.problems = 0

    def add(self, n: dict[str, Any], missed: int = 0) -> None:
        self.claims += n["claims"]
        self.typed += n["typed"]
        self.answers += n["answers"]
        self.labelled += n["labelled"] + missed
        self.missed += len(n["not_proposed"]) + len(n["refused"]) + missed
        self.costs += n["costs"]
        self.problems += len(n["problems"])
        self.pages += 1
        self.asked += len(n["issuer_answers"])
        self.yes += n["issuer_answers"].count("y")

    def add_tally(self, t: Tally) -> None:
        for k in ("claims", "typed", "answers", "labelled", "missed", "problems", "pages",
                  "asked", "yes"):  # fmt: skip
            setattr(self, k, getattr(self, k) + getattr(t, k))
        self.costs += t.costs

    @property
    def per_claim(self) -> float:
        return self.typed / max(1, self.claims)

    @property
    def per_page(self) -> float:
        return self.typed / max(1, self.pages)


def _report(name: str, n: dict[str, Any], unreachable: list[tuple[Label, str]]) -> None:
    print(f"{name}: {n['labelled'] + len(unreachable)} claims labelled, {n['claims']} stored "
          f"through --review; {n['answers']} answers, {n['typed']} characters typed (Enter "
          f"counts 1): {n['per_claim']:.1f} per claim")  # fmt: skip
    for answer in n["issuer_answers"]:
        print(f"  the page issuer question answered {answer} (as the labels give its figures)")
    for t in n["not_proposed"]:
        print(f"  not proposed (log it with add; not counted): {t.kind} {t.claimant}: "
              f"{t.name} (offsets {t.start}-{t.end})")  # fmt: skip
    for t in n["refused"]:
        print(f"  refused by the review's guards (not counted): {t.kind} {t.claimant}: "
              f"{t.name} {t.what!r} (offsets {t.start}-{t.end})")  # fmt: skip
    for t, why in unreachable:
        print(f"  not storable as labelled (not counted): {t.kind} {t.claimant}: {t.name} "
              f"(offsets {t.start}-{t.end}): {why}")  # fmt: skip
    for p in n["problems"]:
        print(f"  PROBLEM: {p}")


def _costs(tally: Tally) -> None:
    print(f"  what the {tally.typed} characters were for (per claim):")
    for what, k in tally.costs.most_common():
        print(f"    {what:24} {k:6} {k / max(1, tally.claims):7.1f}")


def run_labelled(texts: Path, prefixes: list[str], show: bool, verbose: bool) -> Tally:
    tally = Tally()
    for prefix in prefixes:
        rows = (LABELS_DIR / f"{prefix}.jsonl").read_text(encoding="utf-8").splitlines()
        if not (texts / json.loads(rows[0])["article"]).exists():
            print(f"skipped article {prefix}: its text is not in {texts}", file=sys.stderr)
            continue
        article, story, unreachable = labelled_story(texts, prefix)
        n = run(article.name, show, article=article, story=story)
        if verbose:
            _report(article.name, n, unreachable)
        tally.add(n, len(unreachable))
    return tally


def main(argv: list[str] | None = None) -> int:
    import argparse

    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--show", action="store_true", help="print each whole session (stderr)")
    p.add_argument("--labels", action="store_true", help="the claims of bench/labels/NN.jsonl")
    p.add_argument("--texts", type=Path, help="the folder of the articles' texts (--labels)")
    p.add_argument("--articles", default="", help="article numbers, e.g. 13,14 (--labels)")
    p.add_argument("--folds", action="store_true", help="one row per labelled set (FOLDS)")
    p.add_argument("--costs", action="store_true", help="characters by what they were for")
    args = p.parse_args(argv)
    if args.folds:
        return _folds(args.show, args.costs)
    if args.labels:
        if args.texts is None or not args.articles:
            p.error("--labels needs --texts DIR and --articles NN,NN")
        if not args.texts.is_dir():
            print(f"skipped: {args.texts} is not on this machine", file=sys.stderr)
            return 0
        prefixes = [x.strip().zfill(2) for x in args.articles.split(",") if x.strip()]
        tally = run_labelled(args.texts, prefixes, args.show, verbose=True)
        print(f"all: {tally.claims} claims, {tally.typed} characters: "
              f"{tally.per_claim:.1f} per claim")  # fmt: skip
        if args.costs:
            _costs(tally)
        return 1 if tally.problems else 0
    if not ARTICLES.exists():
        print(f"skipped: {ARTICLES} is not on this machine", file=sys.stderr)
        return 0
    tally = Tally()
    for name in STORIES:
        n = run(name, show=args.show)
        _report(name, n, [])
        tally.add(n)
    print(f"all: {tally.claims} claims, {tally.typed} characters: {tally.per_claim:.1f} per claim")
    if args.costs:
        _costs(tally)
    return 1 if tally.problems else 0


def _folds(show: bool, costs: bool) -> int:
    sys.path.insert(0, str(ROOT / "bench"))
    from articles import FOLDS  # type: ignore[import-not-found]

    print(f"{'set':6} {'labelled':>8} {'stored':>7} {'missed':>7} {'answers':>8} {'chars':>7} "
          f"{'per claim':>9} {'per page':>8} {'asked':>5} {'y':>3} {'problems':>8}")  # fmt: skip
    total = Tally()
    for name, texts, prefixes in FOLDS:
        if not texts.is_dir():
            print(f"{name:6} skipped: no texts at {texts}")
            continue
        t = run_labelled(texts, list(prefixes), show, verbose=False)
        _fold_row(name, t)
        total.add_tally(t)
    _fold_row("all", total)
    if costs:
        _costs(total)
    return 1 if total.problems else 0


def _fold_row(name: str, t: Tally) -> None:
    print(f"{name:6} {t.labelled:>8} {t.claims:>7} {t.missed:>7} {t.answers:>8} {t.typed:>7} "
          f"{t.per_claim:>9.1f} {t.per_page:>8.1f} {t.asked:>5} {t.yes:>3} "
          f"{t.problems:>8}")  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
