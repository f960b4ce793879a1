"""Score `claimtrack extract` on hand-labelled news articles (issue 25's measurement).

    python bench/articles.py                      # the development half (01,03,04,07,09,12)
    python bench/articles.py --articles 02,05     # any labelled articles, by prefix
    python bench/articles.py --misses             # also list what was missed or misread
    python bench/articles.py --seeds              # also the five seeds (bench/extract.py)
    python bench/articles.py --texts /work/articles2 --articles 13,14   # another set of texts

Texts are read from ``--texts DIR``, by default ``/work/shared/articles``
(``CLAIMTRACK_ARTICLES`` overrides the default): they are
third-party text and never enter the repository; when they are absent the bench says so and
exits 0. Labels are ``bench/labels/NN.jsonl`` (one line per claim; bench/labels/README.md).

Definitions (docs/extract.md, "How well it does"):

* a labelled claim is *found* when a candidate covers at least half of the labelled sentence
  (character overlap >= half the label's span); a figure label needs, on top, a candidate whose
  figures include it (*figure right*, below) when any candidate of that sentence has figures:
  the claim a user logs is the figure, not the sentence;
* *precision* is the share of candidates that cover half of some labelled sentence of their
  article;
* *card precision* (``cards``, since extract46) is the share of candidates that propose a
  labelled claim, each claim matched to one candidate (the match of *found*, below): a second
  figure of a labelled sentence that no label holds (an age, a rate's base, a record's
  window) counts for *precision* but not here, as it costs the user a card at ``--review``;
* *speaker right* is, over the found claims, the share whose candidate names the speaker: the
  candidate's speaker or claimant shares a significant word with the label's speaker or
  claimant, or is letter for letter a label's name too short to have one ("O2", "UN").
  Significant words are alphabetic, at least three letters, not a stop word, a
  title, a place-description word ("from", "Leeds" only as part of a name that agrees
  elsewhere is not enough on its own: see ``_STOP``), nor a number: "000", "from Leeds",
  "at the head of the column" never count. A label with no speaker (the outlet's own
  narration) is right only when the candidate has no speaker either;
* *wrong, unmarked* is, over the found claims, the share whose candidate names a speaker that
  is not the label's (by the rule above) and does not say it is a guess (no ``guess:`` in its
  ``speaker_found``): the dangerous class, a confident wrong speaker a user may accept. A
  candidate with no speaker where the label has one is wrong but not counted here (it
  proposes nobody), nor is a wrong speaker marked as a guess;
* *figure right* is, over the found figure claims, the share for which some figure of a
  covering candidate is the labelled figure: the same words (case, quotes and spaces folded)
  or, when both parse, the same low, high and hedge;
* *calibration*: of the found claims whose candidate names a speaker, those not marked as a
  guess (*unmarked_speakers*) and the share of them that are right (*unmarked_right*), and
  the same for those marked ``guess:`` (*guessed_speakers*, *guessed_right*): a calibrated
  extractor is right far more often when it does not say it guesses;
* *seconds per article* is the wall time of ``extract`` alone, best of three;
* *speaker misses by kind* (``category``): each found claim whose speaker is wrong is
  ``narration`` when one side is the outlet's narration and the other names a speaker,
  else ``window`` when a significant word of the label's speaker or claimant is in the
  sentence or the two before (the right name was there, not chosen), else ``coreference``
  when it is elsewhere in the article (reachable only through a pronoun, a surname, a
  title, a later naming), else ``convention`` (a name the article never writes: the
  government for its minister, "Sudanese" for "Sudan", a bare role word). ``--misses``
  says which way a ``narration`` miss goes: ``outlet for a source`` (nobody proposed where
  the label names a source) or ``source for the outlet`` (a speaker where the label has the
  outlet's own narration).

*extra kinds* (``--extras``): each candidate that covers no labelled sentence (an *extra*, the
user reads and skips it at ``--review``) is put in one ``EXTRA_KINDS`` by ``extra_kind``, the
first that holds: ``non-body`` (the page's furniture, a line with no word, display text run
into the next line), ``heading`` (a heading that names a speaker: proposed last, marked, by
design), ``cut`` (the sentence ends with no stop: cut short by the page), ``repeat`` (another
candidate of a sentence already proposed), ``figure`` (a number the labels do not count: a
date, an age, an ordinal, a duration, a reference), ``interview`` (an answer's remark),
``plan`` (a plan, a promise or a prediction with no figure: "will", "would", "may", "plans
to"), ``opinion`` (a quotation with no figure: an opinion, a feeling, an evaluation), else
``action`` (a source's act or the scene told, with no figure and no stance). The kinds are
read by rule, not by hand: a rough census of what the extras are, to choose the rules.

``--guesses`` counts, over all the labelled sets, the guessed speakers of the found claims by
the rule that guessed them (``bench/_guess_rules.py``): right, wrong where the label is the
outlet's narration, wrong with another name (docs/extract.md, "Calibration").

``--folds`` scores the labelled sets one by one (``FOLDS``: the texts of each set in
its own folder), one row per set; ``--categories`` counts each set's wrong speakers by
``shape`` (confident wrong, the two ways of narration against a source, a guessed
description, then the categories above). ``--genre`` finds, by their labels, the pages that
tell one body's figures in the outlet's voice (``genre_pages``) and scores them in two halves
by set number: a page-level rule is written from the first half and checked on the second.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from claimtrack.extract import extract, sentences  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from _guess_rules import guess_rule  # noqa: E402

ARTICLES = Path(os.environ.get("CLAIMTRACK_ARTICLES", "/work/shared/articles"))
LABELS = ROOT / "bench" / "labels"
DEV = ("01", "03", "04", "07", "09", "12")
_HOME = Path(os.environ.get("CLAIMTRACK_FOLDS", "/work"))
# the labelled sets, each measured once before any rule was written from it, each in its own
# folder (texts outside the repository)
FOLDS: list[tuple[str, Path, tuple[str, ...]]] = [
    ("01-06", _HOME / "shared" / "articles", ("01", "02", "03", "04", "05", "06")),
    ("07-12", _HOME / "shared" / "articles", ("07", "08", "09", "10", "11", "12")),
    ("13-18", _HOME / "articles2", ("13", "14", "15", "16", "17", "18")),
    ("19-24", _HOME / "articles3", ("19", "20", "21", "22", "23", "24")),
    ("25-30", _HOME / "articles4", ("25", "26", "27", "28", "29", "30")),
    ("31-36", _HOME / "articles5", ("31", "32", "33", "34", "35", "36")),
    ("37-42", _HOME / "articles6", ("37", "38", "39", "40", "41", "42")),
    ("43-48", _HOME / "articles7", ("43", "44", "45", "46", "47", "48")),
    ("49-54", _HOME / "articles8", ("49", "50", "51", "52", "53", "54")),
    ("55-60", _HOME / "articles9", ("55", "56", "57", "58", "59", "60")),
    ("61-66", _HOME / "articles10", ("61", "62", "63", "64", "65", "66")),
    ("67-72", _HOME / "articles11", ("67", "68", "69", "70", "71", "72")),
    ("73-78", _HOME / "articles12", ("73", "74", "75", "76", "77", "78")),
    ("79-84", _HOME / "articles13", ("79", "80", "81", "82", "83", "84")),
    ("85-90", _HOME / "articles14", ("85", "86", "87", "88", "89", "90")),
    ("91-96", _HOME / "articles15", ("91", "92", "93", "94", "95", "96")),
    ("97-102", _HOME / "articles16", ("97", "98", "99", "100", "101", "102")),
    ("103-108", _HOME / "articles17", ("103", "104", "105", "106", "107", "108")),
    ("109-114", _HOME / "articles18", ("109", "110", "111", "112", "113", "114")),
    ("115-120", _HOME / "articles19", ("115", "116", "117", "118", "119", "120")),
    ("121-126", _HOME / "articles20", ("121", "122", "123", "124", "125", "126")),
    ("127-132", _HOME / "articles21", ("127", "128", "129", "130", "131", "132")),
    ("133-138", _HOME / "articles22", ("133", "134", "135", "136", "137", "138")),
    ("139-144", _HOME / "articles23", ("139", "140", "141", "142", "143", "144")),
    ("145-150", _HOME / "articles24", ("145", "146", "147", "148", "149", "150")),
    ("151-156", _HOME / "articles25", ("151", "152", "153", "154", "155", "156")),
    ("157-162", _HOME / "articles26", ("157", "158", "159", "160", "161", "162")),
    ("163-168", _HOME / "articles27", ("163", "164", "165", "166", "167", "168")),
    ("169-174", _HOME / "articles28", ("169", "170", "171", "172", "173", "174")),
    ("175-180", _HOME / "articles29", ("175", "176", "177", "178", "179", "180")),
    ("181-186", _HOME / "articles30", ("181", "182", "183", "184", "185", "186")),
    ("187-192", _HOME / "articles31", ("187", "188", "189", "190", "191", "192")),
    ("193-198", _HOME / "articles32", ("193", "194", "195", "196", "197", "198")),
    ("199-204", _HOME / "articles33", ("199", "200", "201", "202", "203", "204")),
    ("205-210", _HOME / "articles34", ("205", "206", "207", "208", "209", "210")),
    ("211-216", _HOME / "articles35", ("211", "212", "213", "214", "215", "216")),
    ("217-222", _HOME / "articles36", ("217", "218", "219", "220", "221", "222")),
    ("223-228", _HOME / "articles37", ("223", "224", "225", "226", "227", "228")),
    ("229-234", _HOME / "articles38", ("229", "230", "231", "232", "233", "234")),
    ("235-240", _HOME / "articles39", ("235", "236", "237", "238", "239", "240")),
    ("241-246", _HOME / "articles40", ("241", "242", "243", "244", "245", "246")),
]
_FOLD_COLUMNS = (
    ("recall", "recall"), ("precision", "prec"), ("speaker_right", "speaker"),
    ("wrong_unmarked", "wrong-unm"), ("figure_right", "figure"), ("unmarked_right", "unm-right"),
    ("guessed_right", "guess-right"), ("s_per_article", "s/article"),
    ("speaker_miss_window", "window"), ("speaker_miss_coreference", "coref"),
    ("speaker_miss_narration", "narration"), ("speaker_miss_convention", "convention"),
    ("card_precision", "cards"),
)  # fmt: skip


def _scored_folds(lines: list[str], width: int, **kw: Any) -> Iterator[tuple[str, dict]]:
    """(set name, its ``score`` row) for each labelled set (``FOLDS``) whose texts are on this
    machine; for one whose texts are not, a line saying so is added to ``lines`` instead."""
    for name, texts, prefixes in FOLDS:
        if not texts.is_dir():
            lines.append(f"{name:{width}} skipped: no texts at {texts}")
            continue
        yield name, score(list(prefixes), texts=texts, **kw)


def folds_table(misses: bool = False) -> list[str]:
    """One line per labelled set (``FOLDS``) whose texts are on this machine."""
    head = f"{'set':6}" + "".join(f" {title:>10}" for _, title in _FOLD_COLUMNS)
    lines = [head]
    for name, row in _scored_folds(lines, 6, misses=misses):
        cells = "".join(
            f" {row[key]:>10.0f}" if key.startswith("speaker_miss") else f" {row[key]:>10.3f}"
            for key, _ in _FOLD_COLUMNS
        )
        lines.append(f"{name:6}{cells}")
    return lines


# a verb of saying in a labelled sentence: its figures are someone's words, not the outlet's
# narration of a body's work
_SAYING = re.compile(
    r"\b(?:said|says?|told|tells?|telling|saying|stated|states|added|adds|explained|"
    r"warned|argued|insisted|claimed|claims|announced|according)\b",
    re.IGNORECASE,
)


EXTRA_KINDS = ("non-body", "heading", "cut", "repeat", "figure", "interview", "plan", "opinion",
               "action")  # fmt: skip
# the display text of a page run into the next line ("..., Coast Guard says The Coast Guard
# nearly doubled", "last year The number of"): a lower-case word, then a capital that opens
# another sentence with no stop between (not after a preposition: "by The Associated Press")
_RUN_ON = re.compile(
    r"\b(?!(?:by|of|in|on|at|for|from|with|to|and|or|as|than)\b)[a-z]{2,}\s+(?:The|There)\s+"
    r"(?:[a-z]|[A-Z][a-z]+\s+[A-Z])"
)
_FURNITURE = re.compile(
    r"©|\bcopyright\b|\ball rights reserved\b|^\W*(?:read more|related|have your say|"
    r"click here|posted|updated)\b|\b(?:call|phone|ring|tel)\b[^.]{0,30}\d{5,}",
    re.IGNORECASE,
)
_ENDS = re.compile(r"[.!?…][\"'”’)\]]*\s*\Z|[\"”’]\s*\Z")
_PLAN = re.compile(
    r"\b(?:will|would|won't|wouldn't|shall|may|might|could|should|must|"
    r"(?:plans?|planned|intends?|intended|hopes?|hoped|vows?|vowed|promised?|pledged?|"
    r"wants?|wanted|going|needs?|have|has)\s+to)\b|['’]ll\b",
    re.IGNORECASE,
)


def extra_kind(sentence: str, cues: tuple[str, ...], figures: int, repeat: bool) -> str:
    """The kind of an extra candidate (module docstring, ``EXTRA_KINDS``): its sentence, its
    cues, how many figures it proposes, and whether a candidate of the same sentence came
    before it."""
    text = sentence.strip()
    if _FURNITURE.search(text) or not re.search(r"[a-z]{3,}", text) or _RUN_ON.search(text):
        return "non-body"
    if "heading" in cues:
        return "heading"
    if not _ENDS.search(text):
        return "cut"
    if repeat:
        return "repeat"
    if figures:
        return "figure"
    if "interview answer" in cues:
        return "interview"
    if _PLAN.search(text):
        return "plan"
    if "quotation" in cues:
        return "opinion"
    return "action"


def extras_table() -> list[str]:
    """One line per labelled set: its extra candidates by ``extra_kind`` (counts), and the
    total over the sets."""
    head = f"{'set':7} {'extras':>6}" + "".join(f" {k:>9}" for k in EXTRA_KINDS)
    lines = [head]
    totals = dict.fromkeys(EXTRA_KINDS, 0.0)
    for name, row in _scored_folds(lines, 7, repeats=1):
        for k in EXTRA_KINDS:
            totals[k] += row[f"extra_{k}"]
        cells = "".join(f" {row[f'extra_{k}']:>9.0f}" for k in EXTRA_KINDS)
        lines.append(f"{name:7} {sum(row[f'extra_{k}'] for k in EXTRA_KINDS):>6.0f}{cells}")
    cells = "".join(f" {totals[k]:>9.0f}" for k in EXTRA_KINDS)
    lines.append(f"{'all':7} {sum(totals.values()):>6.0f}{cells}")
    return lines


def genre_pages() -> list[tuple[str, Path]]:
    """The labelled pages (``FOLDS``, texts on this machine) that tell one body's figures
    in the outlet's voice, by their labels: at least three figure claims, more than half of
    them credited to one claimant with a speaker and no verb of saying in the labelled
    sentence; an interview page (its figures read as answers) is another genre."""
    out = []
    for _, texts, prefixes in FOLDS:
        for nn, text, labels in _load(list(prefixes), texts) if texts.is_dir() else []:
            figs = [x for x in labels if x["kind"] == "figure"]
            credited: dict[str, int] = {}
            for x in figs:
                if x["speaker"] and not _SAYING.search(text[x["start"] : x["end"]]):
                    key = (x["claimant"] or "").lower()
                    credited[key] = credited.get(key, 0) + 1
            if len(figs) < 3 or not credited or 2 * max(credited.values()) <= len(figs):
                continue
            found = [c.speaker_found for c in extract(text)[1] if c.figures]
            if sum(f.startswith("interview answer") for f in found) * 2 > len(found):
                continue
            out.append((nn, texts))
    return out


def genre_table() -> list[str]:
    """``genre_pages`` split in two by set number, each half scored (issue 25: a rule
    written from the first half's pages is checked on the second's)."""
    pages = genre_pages()
    half = (len(pages) + 1) // 2
    lines = []
    for name, part in (("first", pages[:half]), ("second", pages[half:])):
        found = right = unmarked = cands = hits = 0.0
        for nn, texts in part:
            row = score([nn], repeats=1, texts=texts)
            n = row["recall"] * row["claims"]
            found, right = found + n, right + row["speaker_right"] * n
            unmarked += row["wrong_unmarked"] * n
            cands += row["candidates_per_article"]
            hits += row["precision"] * row["candidates_per_article"]
            lines.append(
                f"  {nn:4} speaker {row['speaker_right']:.3f} precision {row['precision']:.3f}"
                f" wrong-unmarked {row['wrong_unmarked']:.3f} figure {row['figure_right']:.3f}"
            )
        lines.append(
            f"{name} half ({','.join(nn for nn, _ in part)}): speaker {right / max(found, 1):.3f}"
            f" precision {hits / max(cands, 1):.3f} wrong-unmarked {unmarked / max(found, 1):.3f}"
        )
    return lines


_STOP = {
    "the", "and", "for", "with", "from", "of", "its", "his", "her", "their", "who", "one",
    "said", "says", "told", "official", "officials", "spokesman", "spokeswoman",
    "spokesperson", "senior", "chief", "head", "member", "members", "mr", "mrs", "ms", "dr",
    "anonymous", "other", "former", "some", "many", "several", "local", "this", "that",
    "candidate", "party", "government", "minister", "economist", "leading", "new", "all",
}  # fmt: skip
_SQ = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def words(name: str | None) -> set[str]:
    """Significant words of a speaker or claimant name (lower case, plural 's' dropped)."""
    if not name:
        return set()
    out = set()
    for w in re.findall(r"[a-z][a-z'’.-]*", name.lower()):
        w = w.strip(".'’-")
        if w.endswith(("'s", "’s")):
            w = w[:-2]
        if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        if len(w) >= 3 and w not in _STOP and w + "s" not in _STOP:
            out.add(w)
    return out


def same_speaker(cand: dict, label: dict) -> bool:
    """The matching rule above: significant words shared, or both narration, or the same
    name letter for letter (case folded) where it is too short for one ("O2", "G7")."""
    if not label.get("speaker"):
        return not cand.get("speaker")
    want = words(label.get("speaker")) | words(label.get("claimant"))
    got = words(cand.get("speaker")) | words(cand.get("claimant"))
    if want & got:
        return True
    whole = {_fold(n) for n in (label.get("speaker"), label.get("claimant")) if n and _coded(n)}
    return bool(whole & {_fold(n) for n in (cand.get("speaker"), cand.get("claimant")) if n})


def _coded(name: str) -> bool:
    """A name too short for a significant word that is still a name: glued to a digit, or
    two capitals ("O2", "G7", "UN"); not a role word ("ministers" stays a stop word)."""
    return not words(name) and bool(re.fullmatch(r"[A-Z][A-Z0-9]{1,2}|\w*\d\w*", name.strip()))


def wrong_unmarked(cand: dict, label: dict) -> bool:
    """A confident wrong speaker: named, not the label's, and not marked as a guess."""
    if not cand.get("speaker") or same_speaker(cand, label):
        return False
    return "guess:" not in (cand.get("extract") or {}).get("speaker_found", "")


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text.translate(_SQ)).strip().lower()


def same_figure(got: dict, want: str) -> bool:
    if _fold(got["text"]) == _fold(want):
        return True
    from claimtrack.quantities import FigureError, parse_figure

    try:
        fig = parse_figure(want)
    except (FigureError, ValueError):
        return False
    return (fig.low, fig.high, fig.hedge) == (got.get("low"), got.get("high"), got.get("hedge"))


CATEGORIES = ("window", "coreference", "narration", "convention")


def category(text: str, sentence_starts: list[int], label: dict, cand: dict) -> str:
    """Why a found claim's speaker is wrong (module docstring): one of ``CATEGORIES``."""
    if bool(label.get("speaker")) != bool(cand.get("speaker")):
        return "narration"
    want = words(label.get("speaker")) | words(label.get("claimant"))
    before = [s for s in sentence_starts if s <= label["start"]]
    start = before[-3] if len(before) >= 3 else 0
    window = words(text[start : label["end"]])
    if want & window:
        return "window"
    if want & words(text):
        return "coreference"
    return "convention"


SHAPES = ("confident", "outlet_for_source", "source_for_outlet", "description", "window",
          "coreference", "convention")  # fmt: skip


def shape(text: str, sentence_starts: list[int], label: dict, cand: dict) -> str:
    """One shape per wrong speaker, the first that holds (``--categories``): ``confident``
    (named, not the label's, not marked a guess), the two ways of narration against a source
    (``outlet_for_source``: nobody proposed where the label names a source;
    ``source_for_outlet``: a speaker where the label has the outlet's narration),
    ``description`` (a guessed speaker that is a description, no name: "winds", "official
    figures", "Lower courts"), else the ``category`` of the rest."""
    if wrong_unmarked(cand, label):
        return "confident"
    if not cand.get("speaker") and label.get("speaker"):
        return "outlet_for_source"
    if cand.get("speaker") and not label.get("speaker"):
        return "source_for_outlet"
    found = (cand.get("extract") or {}).get("speaker_found") or ""
    if re.search(r"is a description|an unnamed group|names no author", found):
        return "description"
    return category(text, sentence_starts, label, cand)


def guesses_table(folds: list[tuple[str, Path, tuple[str, ...]]] | None = None) -> list[str]:
    """Every guessed speaker of the found claims over the labelled sets (``FOLDS``), by the
    rule that guessed it (``_guess_rules``): how many, right, wrong where the label is the
    outlet's narration, wrong with another name, and the share right; most used first."""
    tallies: dict[str, list[int]] = {}
    for _, texts, prefixes in FOLDS if folds is None else folds:
        if texts.is_dir():
            score(list(prefixes), texts=texts, repeats=1, guesses=tallies)
    head = f"{'rule':18} {'guesses':>7} {'right':>5} {'narration':>9} {'other':>5} {'share':>6}"
    lines = [head]
    total = [0, 0, 0]
    for rule, (ok, narration, other) in sorted(tallies.items(), key=lambda kv: -sum(kv[1])):
        n = ok + narration + other
        total = [total[0] + ok, total[1] + narration, total[2] + other]
        lines.append(f"{rule:18} {n:>7} {ok:>5} {narration:>9} {other:>5} {ok / n:>6.2f}")
    n = sum(total)
    lines.append(
        f"{'all':18} {n:>7} {total[0]:>5} {total[1]:>9} {total[2]:>5} {total[0] / max(n, 1):>6.2f}"
    )
    return lines


def categories_table() -> list[str]:
    """One line per labelled set: its wrong speakers by ``shape`` (counts), and the total."""
    head = f"{'set':6} {'claims':>6} {'wrong':>5}" + "".join(f" {k[:11]:>11}" for k in SHAPES)
    lines = [head]
    totals = dict.fromkeys(SHAPES, 0.0)
    for name, row in _scored_folds(lines, 6, repeats=1):
        wrong = sum(row[f"shape_{k}"] for k in SHAPES)
        for k in SHAPES:
            totals[k] += row[f"shape_{k}"]
        cells = "".join(f" {row[f'shape_{k}']:>11.0f}" for k in SHAPES)
        lines.append(f"{name:6} {row['claims']:>6.0f} {wrong:>5.0f}{cells}")
    cells = "".join(f" {totals[k]:>11.0f}" for k in SHAPES)
    lines.append(f"{'all':6} {'':>6} {sum(totals.values()):>5.0f}{cells}")
    return lines


def narration_side(label: dict, cand: dict) -> str:
    """Which way a ``narration`` miss goes: ``outlet for a source`` (the candidate names
    nobody where the label names a source) or ``source for the outlet`` (the reverse)."""
    return "outlet for a source" if label.get("speaker") else "source for the outlet"


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def _match(lab: dict, covering: list[tuple[int, dict]], used: set[int]) -> int | None:
    """The candidate that proposes a labelled claim, one candidate per claim where there are
    enough: among the candidates covering its sentence, one of its kind (a figure label: one
    holding that figure; a stance label: one without figures) not yet matched, preferring one
    whose speaker agrees; else any of its kind; else any covering candidate."""
    if not covering:
        return None
    if lab["kind"] == "figure":
        kind = [
            (k, r)
            for k, r in covering
            if any(same_figure(f, lab["figure"]) for f in r["extract"]["figures"])
        ] or [(k, r) for k, r in covering if r["extract"]["figures"] or r["extract"].get("refused")]
    else:
        kind = [(k, r) for k, r in covering if not r["extract"]["figures"]]
    for pool in (
        [(k, r) for k, r in kind if k not in used and same_speaker(r, lab)],
        [(k, r) for k, r in kind if k not in used],
        kind,
        covering,
    ):
        if pool:
            return pool[0][0]
    return None


def _load(prefixes: list[str], texts: Path | None = None) -> list[tuple[str, str, list[dict]]]:
    texts = ARTICLES if texts is None else texts
    out = []
    for nn in prefixes:
        label_file = LABELS / f"{nn}.jsonl"
        if not label_file.exists():
            raise SystemExit(f"no labels for article {nn} ({label_file})")
        labels = [json.loads(x) for x in label_file.read_text(encoding="utf-8").splitlines() if x]
        path = texts / labels[0]["article"]
        if not path.exists():
            print(f"skipped article {nn}: {path} is not on this machine", file=sys.stderr)
            continue
        with open(path, encoding="utf-8", newline="") as fh:
            out.append((nn, fh.read(), labels))
    return out


def score(
    prefixes: list[str],
    misses: bool = False,
    repeats: int = 3,
    texts: Path | None = None,
    guesses: dict[str, list[int]] | None = None,
) -> dict[str, float]:
    """The measures of the module docstring over the articles ``prefixes``; ``guesses``, when
    given, gains for each guessing rule (``_guess_rules.guess_rule``) its found claims as
    [right, wrong where the label is the outlet's narration, wrong with another name]."""
    found = total = speaker_ok = unmarked = fig_total = fig_ok = cands = cands_hit = cards = 0
    confident = confident_ok = guessed = guessed_ok = 0
    kinds = dict.fromkeys(CATEGORIES, 0)
    shapes = dict.fromkeys(SHAPES, 0)
    extras = dict.fromkeys(EXTRA_KINDS, 0)
    seconds = 0.0
    data = _load(prefixes, texts)
    for nn, text, labels in data:
        best = float("inf")
        for _ in range(repeats):
            t0 = time.perf_counter()
            prep, candidates = extract(text)
            best = min(best, time.perf_counter() - t0)
        seconds += best
        if prep.text != text.replace("\r\n", "\n").replace("\u00a0", " "):
            print(f"note: article {nn} was repaired; offsets may shift", file=sys.stderr)
        recs = [c.record("x", outlet="OUTLET") for c in candidates]
        starts = [sp.start for sp in sentences(prep.reading)]
        spans = [(c.start, c.end) for c in candidates]
        used: set[int] = set()
        for lab in labels:
            total += 1
            want = (lab["start"], lab["end"])
            need = (want[1] - want[0]) / 2
            covering = [k for k, sp in enumerate(spans) if _overlap(sp, want) >= need]
            hit = _match(lab, [(k, recs[k]) for k in covering], used)
            if lab["kind"] == "figure" and covering:
                fig_total += 1
                if hit is not None and any(
                    same_figure(f, lab["figure"]) for f in recs[hit]["extract"]["figures"]
                ):
                    fig_ok += 1
                elif misses:
                    got = [f["text"] for k in covering for f in recs[k]["extract"]["figures"]]
                    print(f"FIGURE [{nn}] want {lab['figure']!r} got {got}", file=sys.stderr)
            if hit is None:
                if misses:
                    print(
                        f"MISS [{nn}] {lab['kind']} {lab.get('figure') or lab.get('proposition')!r}"
                        f" at {lab['start']}: {text[lab['start'] : lab['start'] + 60]!r}",
                        file=sys.stderr,
                    )
                continue
            found += 1
            used.add(hit)
            if recs[hit].get("speaker"):
                right = same_speaker(recs[hit], lab)
                found_by = recs[hit]["extract"].get("speaker_found") or ""
                if "guess:" in found_by:
                    guessed, guessed_ok = guessed + 1, guessed_ok + right
                    if guesses is not None:
                        tally = guesses.setdefault(guess_rule(found_by) or "other", [0, 0, 0])
                        tally[0 if right else 1 if not lab.get("speaker") else 2] += 1
                else:
                    confident, confident_ok = confident + 1, confident_ok + right
            if same_speaker(recs[hit], lab):
                speaker_ok += 1
                continue
            danger = wrong_unmarked(recs[hit], lab)
            unmarked += danger
            kind = category(prep.text, starts, lab, recs[hit])
            kinds[kind] += 1
            shapes[shape(prep.text, starts, lab, recs[hit])] += 1
            if misses:
                r = recs[hit]
                tag = "SPEAKER!" if danger else "SPEAKER"  # "!": wrong and not marked a guess
                if kind == "narration":
                    kind = f"narration: {narration_side(lab, r)}"
                print(
                    f"{tag} [{nn}] got {r.get('speaker')!r}/{r.get('claimant')!r} "
                    f"({r['extract'].get('speaker_found')}) "
                    f"want {lab.get('speaker')!r}/{lab.get('claimant')!r} at {lab['start']} "
                    f"[{kind}]",
                    file=sys.stderr,
                )
        cards += len(used)  # candidates that propose a labelled claim, one claim each
        for k, (sp, rec) in enumerate(zip(spans, recs, strict=True)):
            cands += 1
            if any(
                _overlap(sp, (x["start"], x["end"])) >= (x["end"] - x["start"]) / 2 for x in labels
            ):
                cands_hit += 1
                continue
            kind = extra_kind(
                prep.reading[sp[0] : sp[1]],
                candidates[k].cues,
                len(rec["extract"]["figures"]),
                sp in spans[:k],
            )
            extras[kind] += 1
            if misses:
                print(f"EXTRA [{nn}] ({kind}) {rec['quote'][:80]!r}", file=sys.stderr)
    n = len(data)
    return {
        "claims": float(total),
        "recall": found / max(total, 1),
        "precision": cands_hit / max(cands, 1),
        "card_precision": cards / max(cands, 1),
        "speaker_right": speaker_ok / max(found, 1),
        "wrong_unmarked": unmarked / max(found, 1),
        "figure_right": fig_ok / max(fig_total, 1),
        "unmarked_speakers": float(confident),
        "unmarked_right": confident_ok / max(confident, 1),
        "guessed_speakers": float(guessed),
        "guessed_right": guessed_ok / max(guessed, 1),
        **{f"speaker_miss_{k}": float(v) for k, v in kinds.items()},
        **{f"shape_{k}": float(v) for k, v in shapes.items()},
        **{f"extra_{k}": float(v) for k, v in extras.items()},
        "candidates_per_article": cands / max(n, 1),
        "s_per_article": seconds / max(n, 1),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", default=",".join(DEV), help="article prefixes, comma-separated")
    ap.add_argument("--misses", action="store_true", help="list misses on stderr")
    ap.add_argument("--seeds", action="store_true", help="also score the five seed articles")
    ap.add_argument(
        "--folds", action="store_true", help="score each labelled set (FOLDS), one row each"
    )
    ap.add_argument(
        "--categories",
        action="store_true",
        help="each labelled set's wrong speakers by shape (confident, narration, ...)",
    )
    ap.add_argument(
        "--extras",
        action="store_true",
        help="each labelled set's extra candidates (no labelled claim) by kind",
    )
    ap.add_argument(
        "--guesses",
        action="store_true",
        help="every guessed speaker over the labelled sets, by the rule that guessed it",
    )
    ap.add_argument(
        "--genre",
        action="store_true",
        help="pages of one body's figures told by the outlet (by their labels), in two halves",
    )
    ap.add_argument(
        "--texts",
        type=Path,
        default=ARTICLES,
        metavar="DIR",
        help=f"directory of the article texts (default {ARTICLES})",
    )
    args = ap.parse_args(argv)
    if args.folds:
        print("\n".join(folds_table(misses=args.misses)))
        return 0
    if args.guesses:
        print("\n".join(guesses_table()))
        return 0
    if args.genre:
        print("\n".join(genre_table()))
        return 0
    if args.extras:
        print("\n".join(extras_table()))
        return 0
    if args.categories:
        print("\n".join(categories_table()))
        return 0
    if not args.texts.is_dir():
        print(f"skipped: no articles at {args.texts} (texts are kept outside the repo)")
        return 0
    prefixes = [p.strip().zfill(2) for p in args.articles.split(",") if p.strip()]
    numbers = score(prefixes, misses=args.misses, texts=args.texts)
    print(f"articles {','.join(prefixes)}")
    for key, value in numbers.items():
        print(f"  {key:24} {value:.3f}")
    if args.seeds:
        import importlib.util

        spec = importlib.util.spec_from_file_location(
            "bench_extract", ROOT / "bench" / "extract.py"
        )
        assert spec and spec.loader
        seeds = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(seeds)  # bench/extract.py

        print("seeds (five, vs data/claims.jsonl)")
        for key, value in seeds.run(misses=args.misses).items():
            print(f"  {key:32} {value:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
