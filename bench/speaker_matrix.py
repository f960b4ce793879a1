"""The speaker matrix (issue 25, extract51): attribution frames x subject shapes.

    python bench/speaker_matrix.py            # pass rate overall, by frame and by shape
    python bench/speaker_matrix.py --fails    # also one line per failing cell

Each round of speaker rules was written from one labelled set's misses and carried over to the
next unseen set only in part, because each set brings shapes the last did not. This builds the
space of shapes instead of sampling it: every FRAME of attribution (``X said ...``, ``..., said
X``, ``according to X``, ``X's figures showed``, a question answered in the next sentence ...)
is combined with every SUBJECT shape (a name, a title before a name, a name with its age and
town, a spokesman of a ministry, an organisation with "of", a possessive, an acronym, a legal
suffix, particles such as "al-" or "van der", pronouns, an official named in the next
sentence). The sentences are invented and made by code from the two lists, never one by one.

A cell names the figure "40" and what a careful reader would log for it:

* ``speaker``: the words the speaker must hold (``core``) and may hold (``allowed``: the
  subject phrase's own words, so a title may stay and an age or a town may not);
* ``claimant``: the same for the claimant (a spokesman's ministry, where the text says so);
* ``know``: ``sure`` (a reader knows; the speaker must be right and unmarked), ``either``
  (right, marked or not) or ``guess`` (a reader cannot know: pass only when the speaker is
  marked ``guess:`` or none is proposed; an unmarked speaker fails).

A frame that cannot take a shape in English ("a statement told reporters") has no cell.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


class Shape(NamedTuple):
    """One way a subject is written, in each position a frame puts it."""

    key: str
    subj: str  # as the subject of a verb
    obj: str | None  # after a preposition or as an object ("according to X", "asked X")
    poss: str | None  # as an owner ("X's figures")
    pron: str  # the pronoun a later sentence uses for it
    rel: str | None  # a relative clause on it ("who visited the camp on Monday")
    core: str  # words the speaker must hold
    allowed: str  # words the speaker may hold
    claim_core: str = ""  # words the claimant must hold ("" = the speaker's)
    claim_allowed: str = ""
    before: str = ""  # a sentence before the frame
    after: str = ""  # a sentence after it
    know: str = "sure"  # "sure", "either" or "guess"


class Frame(NamedTuple):
    """One way attribution is written; ``{S}`` subject, ``{O}`` object, ``{P}`` owner, ``{R}``
    pronoun, ``{W}`` relative clause. ``speaker`` overrides the shape's speaker (``citing X,
    the paper said``: the paper speaks)."""

    key: str
    text: str
    speaker: tuple[str, str] | None = None
    know: str = "sure"  # "either": the speaker is told by another sentence, so a marked
    # right speaker passes


PERSON = "who visited the camp on Monday"
BODY = "which runs the camp"

SHAPES: tuple[Shape, ...] = (
    Shape("name", "Ann Kerr", "Ann Kerr", "Ann Kerr's", "She", PERSON, "Ann Kerr", "Ann Kerr"),
    Shape(
        "title name", "Governor Ann Kerr", "Governor Ann Kerr", "Governor Ann Kerr's", "She",
        PERSON, "Ann Kerr", "Governor Ann Kerr",
    ),
    Shape(
        "rank name", "Lieutenant General Tomas Brandt", "Lieutenant General Tomas Brandt",
        "Lieutenant General Tomas Brandt's", "He", PERSON, "Tomas Brandt",
        "Lieutenant General Tomas Brandt",
    ),
    Shape(
        "name, age, job from town", "Ann Kerr, 64, a farmer from Tarnside,",
        "Ann Kerr, 64, a farmer from Tarnside,", None, "She", PERSON, "Ann Kerr", "Ann Kerr",
    ),
    Shape(
        "the spokesman of X, NAME", "the spokesman of the Tarn Ministry of Health, Tomas Brandt,",
        "the spokesman of the Tarn Ministry of Health, Tomas Brandt,", None, "He", PERSON,
        "Tomas Brandt", "Tomas Brandt", "Tarn Ministry of Health", "Tarn Ministry of Health",
    ),
    Shape(
        "Spokesperson of X Rank NAME",
        "Spokesperson of the Ministry of Defence Lieutenant Tomas Brandt",
        "Spokesperson of the Ministry of Defence Lieutenant Tomas Brandt", None, "He", PERSON,
        "Tomas Brandt", "Spokesperson of the Ministry of Defence Lieutenant Tomas Brandt",
        "Ministry of Defence", "Ministry of Defence",
    ),
    Shape(
        "a statement from a body's wing",
        "a statement from the media wing of Pakistan's armed forces",
        "a statement from the media wing of Pakistan's armed forces", None, "It", None,
        "armed forces", "media wing of Pakistan's armed forces",
    ),
    Shape(
        "body with of", "the Ministry of Health", "the Ministry of Health",
        "the Ministry of Health's", "It", BODY, "Ministry of Health", "Ministry of Health",
    ),
    Shape(
        "possessive body", "Pakistan's army", "Pakistan's army", None, "It", BODY,
        "army", "Pakistan's army",
    ),
    Shape("acronym", "the NDMA", "the NDMA", "the NDMA's", "It", BODY, "NDMA", "NDMA"),
    Shape(
        "legal suffix", "Tarn Mining LLC", "Tarn Mining LLC", "Tarn Mining LLC's", "It", BODY,
        "Tarn Mining", "Tarn Mining LLC",
    ),
    Shape(
        "al- name", "Ahmed al-Masri", "Ahmed al-Masri", "Ahmed al-Masri's", "He", PERSON,
        "Ahmed al-Masri", "Ahmed al-Masri",
    ),
    Shape(
        "el- name", "Mona el-Sayed", "Mona el-Sayed", "Mona el-Sayed's", "She", PERSON,
        "Mona el-Sayed", "Mona el-Sayed",
    ),
    Shape(
        "bin name", "Khalid bin Salman", "Khalid bin Salman", "Khalid bin Salman's", "He",
        PERSON, "Khalid bin Salman", "Khalid bin Salman",
    ),
    Shape(
        "van der name", "Pieter van der Berg", "Pieter van der Berg", "Pieter van der Berg's",
        "He", PERSON, "Pieter van der Berg", "Pieter van der Berg",
    ),
    Shape(
        "hyphenated name", "Kwame Afari-Gyan", "Kwame Afari-Gyan", "Kwame Afari-Gyan's", "He",
        PERSON, "Afari-Gyan", "Kwame Afari-Gyan",
    ),
    Shape(
        "pronoun after one named person", "she", "her", "her", "She", None, "Ann Kerr",
        "Ann Kerr", before="Ann Kerr visited the camp on Monday.",
    ),
    Shape(
        "pronoun after a man and a woman", "she", "her", "her", "She", None, "Ann Kerr",
        "Ann Kerr", before="Ann Kerr and Tomas Brandt visited the camp on Monday.",
        know="either",
    ),
    Shape(
        "pronoun after two women", "she", "her", "her", "She", None, "", "",
        before="Ann Kerr and Maria Lopez visited the camp on Monday.", know="guess",
    ),
    Shape(
        "a spokesman named next", "a spokesman for the Tarn Ministry of Health",
        "a spokesman for the Tarn Ministry of Health", None, "He", None, "Tomas Brandt",
        "Tomas Brandt", "Tarn Ministry of Health", "Tarn Ministry of Health",
        after="The spokesman, Tomas Brandt, said rescue teams were still searching.",
        know="either",
    ),
    Shape(
        "an official named next", "a senior official of the Tarn Ministry of Health",
        "a senior official of the Tarn Ministry of Health", None, "He", None, "Tomas Brandt",
        "Tomas Brandt", "Tarn Ministry of Health", "Tarn Ministry of Health",
        after="The official, Tomas Brandt, said rescue teams were still searching.",
        know="either",
    ),
)  # fmt: skip

HERALD = ("Tarn Herald", "Tarn Herald")
DEAD = "at least 40 people died in the flood"

FRAMES: tuple[Frame, ...] = (
    Frame("X said", "{S} said " + DEAD + "."),
    Frame("..., X said", "At least 40 people died in the flood, {S} said."),
    Frame("..., said X", "At least 40 people died in the flood, said {O}."),
    Frame("according to X, ...", "According to {O}, " + DEAD + "."),
    Frame("according to X ...", "According to {O} " + DEAD + "."),
    Frame("X told Y that", "{S} told reporters that " + DEAD + "."),
    Frame("X put the toll at", "{S} put the death toll from the flood at 40."),
    Frame("in a statement, X said", "In a statement, {S} said " + DEAD + "."),
    Frame("X's figures showed", "{P} figures showed " + DEAD + "."),
    Frame("X's statement said", "{P} statement said " + DEAD + "."),
    Frame("citing X, the paper said", "Citing {O}, the Tarn Herald said " + DEAD + ".", HERALD),
    Frame("X, who ..., said", "{S}, {W}, said " + DEAD + "."),
    Frame("X said on Tuesday that", "{S} said on Tuesday that " + DEAD + "."),
    Frame("..., X added", "At least 40 people died in the flood, {S} added."),
    Frame("X noted that", "{S} noted that " + DEAD + "."),
    Frame("X disclosed that", "{S} disclosed that " + DEAD + "."),
    Frame("X stated that", "{S} stated that " + DEAD + "."),
    Frame(
        "a question to X, answered next",
        'Reporters asked {O} how many people had died in the flood. "At least 40 people are '
        'dead, and more are missing."',
        know="either",
    ),
    Frame(
        'a quote, then "he said" next',
        '{S} spoke at the camp on Monday. "At least 40 people died in the flood." {R} said '
        "rescue teams would keep searching.",
        know="either",
    ),
)


class Cell(NamedTuple):
    frame: str
    shape: str
    text: str
    core: str
    allowed: str
    claim_core: str
    claim_allowed: str
    know: str

    @property
    def id(self) -> str:
        return f"{self.frame} | {self.shape}"


def _sentence(text: str) -> str:
    """Tidy a filled template: a comma before a comma or a full stop goes, and each sentence
    opens with a capital."""
    text = re.sub(r",\s*([,.])", r"\1", text)
    return re.sub(r'(^|[.!?]"?\s+"?)([a-z])', lambda m: m.group(1) + m.group(2).upper(), text)


def cells() -> list[Cell]:
    """Every cell of the matrix, frames outer, shapes inner."""
    out = []
    for frame in FRAMES:
        for shape in SHAPES:
            slots = {"{S}": shape.subj, "{O}": shape.obj, "{P}": shape.poss,
                     "{R}": shape.pron, "{W}": shape.rel}  # fmt: skip
            if any(k in frame.text and v is None for k, v in slots.items()):
                continue
            if frame.key == "X told Y that" and shape.key.startswith("a statement"):
                continue
            if frame.key.startswith(
                ("a question", "a quote", "in a statement")
            ) and shape.key.startswith("a statement"):
                continue  # a statement is not asked, speaks at no camp, is in no statement
            if frame.key == "..., said X" and shape.key.startswith("pronoun"):
                continue  # "said she" is not written in news copy
            body = frame.text
            for k, v in slots.items():
                body = body.replace(k, v or "")
            text = " ".join(p for p in (shape.before, _sentence(body), shape.after) if p)
            core, allowed = frame.speaker or (shape.core, shape.allowed)
            know = "sure" if frame.speaker else shape.know
            if know == "sure":
                know = frame.know
            claim_core = shape.claim_core if not frame.speaker else ""
            claim_allowed = shape.claim_allowed if not frame.speaker else ""
            out.append(Cell(frame.key, shape.key, text, core, allowed, claim_core,
                            claim_allowed, know))  # fmt: skip
    return out


def _words(s: str) -> list[str]:
    return re.findall(r"[\w'’-]+", s.lower())


def _fits(got: str | None, core: str, allowed: str) -> bool:
    """``got`` holds every word of ``core`` and no word outside ``allowed`` (a leading "the"
    aside)."""
    if not got or not core:
        return False
    words = [w for w in _words(got) if w != "the"]
    return set(_words(core)) <= set(words) and set(words) <= set(_words(allowed))


class Outcome(NamedTuple):
    speaker: str | None
    claimant: str | None
    marked: bool
    proposed: bool

    def verdict(self, cell: Cell) -> str:
        """ "pass", or what went wrong: "not proposed", "nobody", "wrong, unmarked", "wrong,
        marked", "marked" (right but marked where a reader knows), "claimant"."""
        if not self.proposed:
            return "not proposed"
        if cell.know == "guess":
            return "pass" if self.speaker is None or self.marked else "wrong, unmarked"
        if self.speaker is None:
            return "nobody"
        if not (_fits(self.speaker, cell.core, cell.allowed)
                or _fits(self.claimant, cell.core, cell.allowed)):  # fmt: skip
            return "wrong, marked" if self.marked else "wrong, unmarked"
        if self.marked and cell.know == "sure":
            return "marked"
        if cell.claim_core and not _fits(self.claimant, cell.claim_core, cell.claim_allowed):
            return "claimant"
        return "pass"


def run(cell: Cell) -> Outcome:
    """What ``extract`` proposes for the cell's figure: the first candidate quoting "40"."""
    from claimtrack.extract import extract

    _, cands = extract(cell.text)
    for c in cands:
        if "40" in c.quote and (c.figures or c.refused):
            marked = "guess:" in (c.speaker_found or "")
            return Outcome(c.speaker, c.claimant, marked, True)
    return Outcome(None, None, False, False)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--fails", action="store_true", help="list every failing cell")
    args = ap.parse_args(argv)
    by_frame: dict[str, Counter] = defaultdict(Counter)
    by_shape: dict[str, Counter] = defaultdict(Counter)
    kinds: Counter = Counter()
    fails = []
    for cell in cells():
        out = run(cell)
        v = out.verdict(cell)
        kinds[v] += 1
        for table, key in ((by_frame, cell.frame), (by_shape, cell.shape)):
            table[key]["cells"] += 1
            table[key]["pass"] += v == "pass"
        if v != "pass":
            fails.append((cell, out, v))
    total = sum(kinds.values())
    print(f"cells {total}, pass {kinds['pass']} ({kinds['pass'] / total:.1%})")
    print("failures: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common() if k != "pass"))
    for title, table in (("frame", by_frame), ("shape", by_shape)):
        print(f"\n| {title} | cells | pass |\n| --- | --- | --- |")
        for key, c in table.items():
            print(f"| {key} | {c['cells']} | {c['pass'] / c['cells']:.0%} |")
    if args.fails:
        print()
        for cell, out, v in fails:
            mark = " (guess)" if out.marked else ""
            print(f"{v:16} {cell.id}: {out.speaker!r}{mark} / {out.claimant!r} <- {cell.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
