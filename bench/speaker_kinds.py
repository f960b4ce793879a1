"""The wrong speakers of all labelled sets, by kind (issue 25, extract37).

    python bench/speaker_kinds.py            # one line per kind: claims, unmarked, sets
    python bench/speaker_kinds.py --claims   # also one line per claim, with its sentence

Every labelled set of ``articles.FOLDS`` whose texts are on this machine is read; each found
claim (matched as ``articles.score`` matches it) whose speaker is wrong by the bench's rule
(``articles.same_speaker``) is put in the first kind that holds:

* ``interview``: the candidate is an interview's answer (its cue says so);
* ``nobody``: no speaker proposed where the label names one;
* ``outlet``: a speaker proposed where the label has the outlet's narration;
* ``pronoun``: the speaker was found through a pronoun;
* ``relative``: a name, then a relative clause (``, who``, ``, whose``) before the verb;
* ``as-X``: the sentence has ``as X said/noted/put it`` and the label is that X;
* ``description``: the candidate's speaker is a description (lower case head, no name), the
  label a name the page writes;
* ``title-body``: the label's claimant is a body written in the speaker's title on the page
  ("Pentagon Press Secretary NAME") and the candidate gives the title or the person only;
* ``wrong-name``: another name of the sentence (or the two before) chosen (``articles``'s
  ``window``);
* ``other-name``: the right body under another name, or a name the page writes elsewhere
  (``coreference``, ``convention``).

Each ``nobody`` is put, the same way, in the first sub-kind (``NOBODY_KINDS``) that holds:

* ``glued``: a name run into its verb by the page (``the China Dailyreported``);
* ``quotation``: the sentence is a quotation (it opens with a quotation mark, or its candidate's
  cue is a quotation) whose speaker is told in another sentence;
* ``other-clause``: another candidate of the same sentence names the label's source (the
  sentence's source said something, and this figure's clause was left to nobody);
* ``described-work``: the figures are given to a work with no author (``according to official
  statistics``, ``official figures showed``, ``figures given by ...``), its issuer told elsewhere;
* ``act-of-subject``: the label's source is written in the sentence, as the subject of a verb
  that is not read as saying (``The district has offered 5 percent``, ``A jury convicted``);
* ``carried``: the label's source is written only in other sentences of the page (a release, a
  speaker or a hearing told sentence after sentence);
* ``unwritten``: the label's source is not written on the page in words the bench can match.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from articles import (  # noqa: E402
    FOLDS,
    _load,
    _match,
    _overlap,
    category,
    extract,
    same_speaker,
    sentences,
    words,
)

KINDS = ("interview", "nobody", "outlet", "pronoun", "relative", "as-X", "description",
         "title-body", "wrong-name", "other-name")  # fmt: skip
NOBODY_KINDS = ("glued", "quotation", "other-clause", "described-work", "act-of-subject", "carried",
                "unwritten")  # fmt: skip
_GLUED = re.compile(r"\b[A-Z][a-z]+(?:reported|said|says|told|added|announced)\b")
_QUOTE_OPEN = re.compile(r"\A\s*(?:[\"“‘]|'')")
_WORK = re.compile(
    r"\b(?:according\s+to|shows?|showed|shown|indicates?|indicated|suggest(?:s|ed)?|given\s+by|"
    r"figures?\s+of)\b[^.]{0,40}?|\b(?:figures?|statistics|data|results|breakdown|survey|"
    r"interviews)\b[^.]{0,40}?\b(?:shows?|showed|indicates?|suggest(?:s|ed)?|given)\b",
    re.IGNORECASE,
)
_DATA_NOUN = re.compile(r"\b(?:figures?|statistics|data|results|breakdown|survey|interviews)\b",
                        re.IGNORECASE)  # fmt: skip
_RELATIVE = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*,\s+(?:who|whose|which)\s[^.]*?,")
_AS_X = re.compile(r"\bas\s+(?:the\s+)?([\w.'’ -]{2,60}?)\s+(?:noted|put\s+it|said|says|told|"
                   r"pointed\s+out|observed|explained|argued|wrote|remarked)\b")  # fmt: skip


def kind_of(text: str, starts: list[int], lab: dict, rec: dict) -> str:
    """The first kind of the module docstring that holds for one wrong speaker: the shapes of
    the sentence first (an interview, a relative clause, "as X said"), then what was proposed."""
    ex = rec.get("extract") or {}
    found = ex.get("speaker_found") or ""
    sentence = text[lab["start"] : lab["end"]]
    want = words(lab.get("speaker")) | words(lab.get("claimant"))
    if "interview answer" in (ex.get("cues") or []):
        return "interview"
    rel = _RELATIVE.search(sentence)
    if rel and lab.get("speaker") and want & words(rel.group(0)):
        return "relative"
    as_x = _AS_X.search(sentence)
    if as_x and lab.get("speaker") and want & words(as_x.group(1)):
        return "as-X"
    if not rec.get("speaker"):
        return "nobody"
    if not lab.get("speaker"):
        return "outlet"
    if "pronoun" in found:
        return "pronoun"
    speaker = rec.get("speaker") or ""
    if speaker[:1].islower() or "is a description" in found:
        return "description"
    claimant = lab.get("claimant") or ""
    titled = claimant and claimant != lab.get("speaker") and words(claimant) & words(text)
    if titled and re.search(re.escape(claimant.split()[-1]) + r"\s+[\w ]{0,30}\b[A-Z]", text):
        return "title-body"
    return "wrong-name" if category(text, starts, lab, rec) == "window" else "other-name"


def nobody_kind(text: str, lab: dict, rec: dict, siblings: list[dict]) -> str:
    """The first sub-kind of ``NOBODY_KINDS`` that holds for a claim given to nobody where its
    label names a source; ``siblings`` are the other candidates covering the same sentence."""
    sentence = text[lab["start"] : lab["end"]]
    want = words(lab.get("speaker")) | words(lab.get("claimant"))
    if _GLUED.search(sentence):
        return "glued"
    cue = (rec.get("extract") or {}).get("cue") or ""
    if _QUOTE_OPEN.search(sentence) or cue == "quotation":
        return "quotation"
    if any(sib.get("speaker") and same_speaker(sib, lab) for sib in siblings):
        return "other-clause"
    if _WORK.search(sentence) and _DATA_NOUN.search(sentence):
        return "described-work"
    if want & words(sentence):
        return "act-of-subject"
    rest = text[: lab["start"]] + " " + text[lab["end"] :]
    return "carried" if want & words(rest) else "unwritten"


def wrong_speakers() -> list[dict]:
    """Every found claim with a wrong speaker, over the sets whose texts are here."""
    out = []
    for name, texts, prefixes in FOLDS:
        if not texts.is_dir():
            continue
        for nn, text, labels in _load(list(prefixes), texts):
            prep, candidates = extract(text)
            recs = [c.record("x", outlet="OUTLET") for c in candidates]
            spans = [(c.start, c.end) for c in candidates]
            starts = [sp.start for sp in sentences(prep.reading)]
            used: set[int] = set()
            for lab in labels:
                want = (lab["start"], lab["end"])
                need = (want[1] - want[0]) / 2
                covering = [k for k, sp in enumerate(spans) if _overlap(sp, want) >= need]
                hit = _match(lab, [(k, recs[k]) for k in covering], used)
                if hit is None:
                    continue
                used.add(hit)
                rec = recs[hit]
                if same_speaker(rec, lab):
                    continue
                found = (rec.get("extract") or {}).get("speaker_found") or ""
                kind = kind_of(prep.text, starts, lab, rec)
                siblings = [recs[k] for k in covering if k != hit]
                sub = nobody_kind(prep.text, lab, rec, siblings) if kind == "nobody" else ""
                out.append(
                    {
                        "set": name,
                        "article": nn,
                        "kind": kind,
                        "sub": sub,
                        "unmarked": bool(rec.get("speaker")) and "guess:" not in found,
                        "got": (rec.get("speaker"), rec.get("claimant")),
                        "want": (lab.get("speaker"), lab.get("claimant")),
                        "found": found,
                        "sentence": prep.text[lab["start"] : lab["end"]],
                    }
                )
    return out


def _tally(rows: list[dict], key: str) -> tuple[collections.Counter, dict[str, set[str]]]:
    """The rows counted by ``key``, and the sets each value of it is found in."""
    sets: dict[str, set[str]] = collections.defaultdict(set)
    for r in rows:
        sets[r[key]].add(r["set"])
    return collections.Counter(r[key] for r in rows), sets


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--claims", action="store_true", help="one line per wrong speaker")
    args = parser.parse_args(argv)
    rows = wrong_speakers()
    by_kind, sets = _tally(rows, "kind")
    unmarked = collections.Counter(r["kind"] for r in rows if r["unmarked"])
    print(f"{'kind':12} {'claims':>6} {'unmarked':>8} {'sets':>5}")
    for k in KINDS:
        print(f"{k:12} {by_kind[k]:>6} {unmarked[k]:>8} {len(sets[k]):>5}")
    print(f"{'all':12} {len(rows):>6} {sum(unmarked.values()):>8}")
    by_sub, sub_sets = _tally([r for r in rows if r["kind"] == "nobody"], "sub")
    print(f"\n{'nobody, by':16} {'claims':>6} {'sets':>5}")
    for k in NOBODY_KINDS:
        print(f"{k:16} {by_sub[k]:>6} {len(sub_sets[k]):>5}")
    if args.claims:
        for r in rows:
            mark = "!" if r["unmarked"] else " "
            kind = f"{r['kind']} {r['sub']}".strip()
            print(
                f"{kind:26}{mark} [{r['article']}] got {r['got']} want {r['want']} "
                f"({r['found']}) :: {' '.join(r['sentence'].split())[:300]}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
