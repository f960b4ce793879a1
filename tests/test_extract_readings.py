"""Every figure `extract` proposes is the figure `add` would store from the same words: on the
real articles kept outside the repository (``../shared/articles``, ``/work/articles2`` ... ``6``,
the seed articles of ``../shared/seeds``; skipped with the reason when absent), and on
sentences written here for the rules it found."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimtrack.extract import extract
from claimtrack.extract.baremoney import BARE_MONEY_WHY
from claimtrack.extract.figurespans import read_figures
from claimtrack.extract.pipeline import CUT_WHY
from claimtrack.guards import figure_in_quote, part_problem
from claimtrack.quantities import FigureError, parse_figure

SHARED = Path(__file__).resolve().parents[2] / "shared"
FOLDERS = [
    SHARED / "articles",
    *(Path(f"/work/articles{n}") for n in range(2, 7)),
    SHARED / "seeds",
]
ARTICLES = sorted(p for folder in FOLDERS if folder.is_dir() for p in folder.glob("*.txt"))


def _key(fig) -> tuple:
    return fig.low, fig.high, fig.unit, fig.hedge, fig.dimension


def problems(raw: str) -> list[str]:
    """What differs between a candidate's figures and `add`'s reading of the same words."""
    out = []
    prep, candidates = extract(raw)
    for c in candidates:
        for f in c.figures:
            shown, written = f.figure, prep.text[f.start : f.end]
            try:
                again, as_written = parse_figure(shown.text), parse_figure(written)
            except FigureError as e:
                out.append(f"{shown.text!r}: proposed, but add refuses it: {e}")
                continue
            if _key(again) != _key(shown) or _key(as_written) != _key(shown):
                out.append(f"{shown.text!r}: proposed {_key(shown)}, add reads {_key(again)}")
            if not figure_in_quote(shown.text, c.quote):
                out.append(f"{shown.text!r}: not in its quote {c.quote!r}")
            elif why := part_problem(shown.text, c.quote, change=f.change):  # as stored
                out.append(f"{shown.text!r}: add refuses it with its quote: {why}")
            if re.match(r"-?[^\W_]", prep.reading[f.end : f.end + 2]):
                out.append(f"{shown.text!r}: ends inside the word {written!r}...")
        for r in c.refused:
            if r.reason == CUT_WHY:
                continue  # refused for the page's cut after it, which the parser cannot see
            if r.reason.startswith(BARE_MONEY_WHY.split("{")[0]):
                continue  # a bare amount where the passage before tells money (extract46)
            try:
                parse_figure(r.text)
            except FigureError:
                continue
            if part_problem(r.text, c.quote):
                continue  # refused with its quote, as add refuses it there (extract44)
            out.append(f"{r.text!r}: shown refused, but add reads it")
    return out


@pytest.mark.skipif(not ARTICLES, reason=f"no article texts in {[str(f) for f in FOLDERS]}")
@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: f"{p.parent.name}/{p.name[:24]}")
def test_every_proposed_figure_is_what_add_reads(path: Path) -> None:
    assert problems(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(
    ("sentence", "read", "refused"),
    [
        # a figure never ends inside a hyphenated word: "A total of 680" was proposed for
        # "A total of 680-odd", exactly 680 for 680 or a few more
        ("A total of 680-odd companies of police were used, the minister said.",
         [("680-odd companies", 680, 690)], []),
        # a number with a word glued on that the parser refuses is shown refused, never
        # left out as if it were no figure
        ("Police said 40-something people were held overnight.", [], ["40-something"]),
        ("Rescuers said 30-plus people were missing.", [("30-plus people", 30, None)], []),
        # a number joined to a word before another describes: shown refused whole, never a
        # count of "member" ("43-member gang" was 43 of "member gang")
        ("Police said a 43-member gang was held.", [], ["43-member gang"]),
        ("They stayed in 5-star hotels for 3 nights.", [("3 nights", 3, 3)], ["5-star hotels"]),
    ],
)  # fmt: skip
def test_glued_words_after_a_number(sentence: str, read: list, refused: list) -> None:
    figs, refusals = read_figures(sentence, 0, len(sentence))
    assert [(f.figure.text, f.figure.low, f.figure.high) for f in figs] == read
    assert [r.text for r in refusals] == refused
    assert problems(sentence + "\n") == []
