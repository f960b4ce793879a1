"""Check every figure span `extract` proposes against the words beside it (audit10).

    python bench/figure_spans.py            # counts per kind
    python bench/figure_spans.py --list     # every span flagged, with its sentence words

A span extract proposes is read by `parse_figure`; `add` reads the figure the user types from
the quote's words. A span is *cut* when a word right beside it changes what it says and the
span leaves it out:

* after: a period ("a year", "per day", "annually", "each year"), a scale word ("million"),
  a percent word, a unit of the unit table, a change word ("increase", "more", "rise",
  "higher") or a possessive ("hour's");
* before: a hedge word the parser reads ("about", "more than", "nearly", "up to", ...) or a
  change word ("another", "further", "extra", "up", "down", "rose", "fell", "by").

Each such span is counted as *cut*; a span that is shown *refused* with the words is not (the
user sees them), nor one whose words add it to another amount ("another 18 people", "300
more": the amount of another group, or an increase; the words do not say which), which is
counted apart: ``guards.added_warning`` says so when such a figure is stored.

The labelled articles of `bench/articles.py`'s FOLDS, all development data (a new held-back
set joins FOLDS only once measured).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from claimtrack.extract.figurespans import read_figures  # noqa: E402
from claimtrack.extract.text import prepare, sentences  # noqa: E402
from claimtrack.guards import change_words  # noqa: E402
from claimtrack.quantities import FigureError, parse_figure  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from articles import FOLDS  # noqa: E402  (bench/articles.py: the labelled sets)

# the folders of the labelled sets (bench/articles.py FOLDS: one list), each once
DIRS = list(dict.fromkeys(folder for _name, folder, _ids in FOLDS))

_PERIOD = re.compile(
    r"\s*(?:(?:a|an|per|each|every)\s+(?:hour|day|week|month|year|quarter)\b"
    r"|(?:hourly|daily|weekly|monthly|quarterly|yearly|annually)\b|/\s?(?:yr|year|day|week|month)\b)",
    re.I,
)
_SCALE = re.compile(r"\s*(?:hundred|thousand|million|billion|trillion|lakh|crore)s?\b", re.I)
_PERCENT = re.compile(r"\s*(?:%|per\s?cent|percent|percentage points?)", re.I)
_CHANGE_AFTER = re.compile(
    r"\s*(?:more|fewer|less|extra|additional|higher|lower|up|down|increase|increases|rise|rises"
    r"|drop|drops|fall|falls|cut|cuts|decline|declines|jump|gain|gains|hike|growth)\b",
    re.I,
)
_POSSESSIVE = re.compile(r"['’]s\b", re.I)
_HEDGE_BEFORE = re.compile(
    r"\b(?:about|around|roughly|approximately|nearly|almost|some|over|under|more than|less than"
    r"|fewer than|at least|at most|up to|as many as|as much as|as high as|as few as|as low as"
    r"|upwards of|north of|shy of|just under|just over|well over|close to|in excess of"
    r"|an estimated|estimated|a further|another|an extra|an additional|extra|additional"
    r"|further|rose|rise|rising|fell|fall|falling|increased|decreased|dropped|jumped|grew|by"
    r"|up|down)\s+$",
    re.I,
)


_BOUND = re.compile(r"(?:above|over|below|under|past|beyond)\b", re.I)


def _flag(reading: str, start: int, end: int) -> str | None:
    after = reading[end : end + 40]
    before = reading[max(0, start - 24) : start]
    text = reading[start:end]
    if _POSSESSIVE.match(after):
        return "possessive after"
    for kind, rx in (("period", _PERIOD), ("scale", _SCALE), ("percent", _PERCENT)):
        if rx.match(after):
            return f"{kind} after"
    if _CHANGE_AFTER.match(after):
        return "change word after"
    m = _HEDGE_BEFORE.search(before)
    if m is not None and _BOUND.match(text):
        m = None  # "rose above 320": a level past a bound
    if m is not None and m.group().split()[-1].lower() == "by":
        m = None if "%" not in text and "cent" not in text else m  # "attended by 1 million"
    if m is not None and re.search(r"\bmade\s+up\s+$", before, re.I):
        m = None  # "made up only 3 percent": a phrasal verb
    if m is not None and m.group().split()[0].lower() in ("estimated", "over"):
        m = None  # a verb ("police estimated 1.7 million"), "over four weeks" (during them)
    if m is not None:
        wider = reading[start - len(m.group()) + (len(m.group()) - len(m.group().lstrip())) : end]
        try:
            if parse_figure(wider) != parse_figure(text):
                return "hedge or change before"
        except FigureError:
            return "hedge or change before"
    del text
    return None


def run(show: bool) -> Counter[str]:
    counts: Counter[str] = Counter()
    for d in DIRS:
        for path in sorted(d.glob("*.txt")):
            prep = prepare(path.read_text(encoding="utf-8"))
            reading = prep.reading
            for span in sentences(reading):
                figs, refused = read_figures(reading, span.start, span.end)
                counts["spans"] += len(figs)
                counts["refused"] += len(refused)
                for f in figs:
                    why = _flag(reading, f.start, f.end)
                    if why is None:
                        continue
                    added = change_words(reading, f.start, f.end, f.figure.dimension)
                    if added is not None and added.kind == "added":
                        why = "added (said when stored)"  # "another 18", "300 more"
                    else:
                        counts["cut"] += 1
                    counts[why] += 1
                    if show:
                        ctx = reading[max(span.start, f.start - 30) : min(span.end, f.end + 30)]
                        ctx = " ".join(ctx.split())
                        print(f"{path.name[:2]} {why:24} [{reading[f.start : f.end]}]  …{ctx}…")
    return counts


if __name__ == "__main__":
    c = run("--list" in sys.argv)
    files = sum(len(list(d.glob("*.txt"))) for d in DIRS)
    print(f"articles {files}; spans read {c['spans']}, shown refused {c['refused']}")
    print(f"cut: {c['cut']}")
    for k, v in sorted(c.items()):
        if k.endswith(("after", "before", "stored)")):
            print(f"  {k}: {v}")
