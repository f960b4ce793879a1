"""A decision's amounts told by the outlet: the deciding body carried to them, as guesses
(issue 25, docs/extract.md "A decision told by the outlet").

Court reporting names the body that decided once ("A jury decided that the firm will pay
$800,000 in damages", "The tribunal ruled ...") and then tells the decision's other amounts in
its own voice, with no verb of saying: "The punitive damages will accompany a $1 million
compensatory verdict.", "The award included $228,000 in medical costs." Fact-checkers log those
amounts as the decider's: a verdict, award, fine or sentence is what the jury, court, judge or
tribunal decided, not the outlet's statement. A party's lawyer who gives figures of their own
("the plaintiff's attorney said the jury was urged to award $5 million") keeps them; the
lawyer's figures do not stop the carry, as they are told with their own verb of saying.

* *The decider*: a candidate's claimant that is a jury, court, judge, justice or tribunal,
  found as the subject of a verb of deciding ("decided", "ruled", "awarded", "ordered",
  "found", "sentenced", ...). Two deciders (a trial court and the appeal court; a jury and the
  judge who sentenced) are a page this module does not decide: nothing changes.
* *Carried, as a guess*: each candidate whose figures attribute nothing (``pageissuer._told``:
  no verb of saying, no opinion, not the outlet's reasoning, no background year) and whose
  sentence names what a decision gives: a verdict, damages, an award, a fine, a sentence,
  compensation, costs, a penalty, restitution, or a party found responsible or liable. A
  settlement is the parties' agreement, not a decision: not carried.
"""

from __future__ import annotations

import re

from claimtrack.extract.candidates import Candidate
from claimtrack.extract.pageissuer import _IN_ITS_VOICE, _known_by, _told, given
from claimtrack.extract.pagesource import _YEAR, _narrated

# the body that decides: "a Florida jury", "jurors" (courts and judges: module docstring)
_DECIDER = re.compile(r"\b(jury|jurors)\b", re.IGNORECASE)
# a verb of deciding found as the speaker's frame: "subject of 'awarded'"
_DECIDED = re.compile(
    r"^subject of (?:a second )?'(?:decided|ruled|awarded|ordered|found|sentenced|granted|"
    r"fined|upheld|gave|agreed|returned|determined|held|imposed)\b"
)
# what a decision gives, named in the sentence that tells its amount
_DECISION = re.compile(
    r"\b(?:verdicts?|damages|award(?:s|ed)?|fines?|fined|sentenc(?:e|es|ed)|compensation|"
    r"costs|penalt(?:y|ies)|restitution|(?:responsible|liable)\b)",
    re.IGNORECASE,
)
_LIABLE = re.compile(r"\b(?:per\s*cent|percent|%)\s+(?:responsible|liable|at\s+fault)\b", re.I)


def _amounts(c: Candidate) -> bool:
    """The candidate's figures are what a verdict gives: sums of money, or shares (of fault:
    "found 50 percent responsible", which the parser refuses as a share of nothing)."""
    return all(
        f.figure.dimension.startswith("currency") or f.figure.dimension == "share"
        for f in c.figures
    ) and all(_LIABLE.search(r.text) for r in c.refused)


def _decider(out: list[Candidate]) -> str | None:
    """The page's one deciding body, or None when there is none or two ("the jury" and
    "jurors" alone are the one the page names)."""
    found: dict[str, str] = {}
    for c in out:
        claimant = c.claimant or ""
        if not c.speaker or not _DECIDER.search(claimant) or not _DECIDED.match(c.speaker_found):
            continue
        words = re.sub(r"^(?:the|a|an)\s+", "", claimant.strip(), flags=re.IGNORECASE).lower()
        if not _DECIDER.fullmatch(words):
            found.setdefault(words, claimant)
    return next(iter(found.values())) if len(found) == 1 else None


def decision_carry(
    reading: str,
    before: list[Candidate],
    after: list[Candidate],
    acronyms: dict[str, str] | None = None,
) -> list[Candidate]:
    """``after`` with a decision's amounts told by the outlet given the page's one deciding
    body as a guess (module docstring); ``before`` is the same candidates before
    ``pagesource`` (one for one)."""
    name = _decider(after)
    if name is None:
        return after
    key = _known_by(name, acronyms or {})
    years = [int(y) for y in _YEAR.findall(reading)]
    latest = max(years) if years else 0
    out = []
    for b, c in zip(before, after, strict=True):
        if (
            c.speaker
            or not _narrated(c)
            or not _DECISION.search(c.quote)
            or not _amounts(c)
            or not _told(b, c, key, latest, acronyms or {})
        ):
            out.append(c)
            continue
        how = (
            f"guess: the decision of {name} told by the outlet (the page's one deciding body; "
            f"the sentence tells what it gave): {_IN_ITS_VOICE} ({c.speaker_found})"
        )
        out.append(given(c, name, how))
    return out
