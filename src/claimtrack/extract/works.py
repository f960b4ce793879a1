"""The works a source speaks through, and the nominal frames that name their author, as one
table (like ``verbs.py`` for verbs): "the ministry's estimate", "figures from the ministry",
"data compiled by X", "a report by X", "Health Ministry figures show", "X's latest update".

A work's figure is its author's claim: "A survey by Gallup found 40 percent ..." is Gallup's,
"The Harbour Board's latest tally shows 1,200 deaths" the Harbour Board's. Each noun once, by
kind, with the forms English gives it; ``lexicon.py`` and ``phrases.py`` build their noun
sets and patterns from ``nouns()``; the frames each noun is read in are tested in
tests/test_extract_works.py.

Kinds:

* ``document``: what a body issues ("statement", "report", "update", "bulletin");
* ``inquiry``: work a body does and publishes ("study", "survey", "audit", "poll");
* ``data``: counts and figures ("figures", "data", "estimate", "tally", "count").

The frames (X the author; WORK any form of the table):

* ``X's WORK``, ``X's latest WORK`` (an adjective or two between: "official", "new");
* ``X WORK`` (a name before the noun: "Health Ministry figures", "Reuters tally");
* ``WORK from X``, ``WORK by X``, ``WORK released/published/compiled/issued/... by X``;
* each of these as the subject of a work's verb (``WORK_VERBS``: "shows", "found", "put the
  toll at", "listed"), after ``according to``, or closing the sentence ("..., the ministry's
  figures showed").

Uses of the same words that report nothing name nobody: "X-run hospital", "X-led
coalition", "police found three bodies" (a person's "found" is an act), "the report's 40
pages" (a figure of the work itself, no claim of its author's about the world is read
differently: the work is still the speaker, as a guess when its author is not named).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Work:
    noun: str
    plural: str | None  # None: no plural in use ("data", "research")
    kind: str  # "document", "inquiry" or "data"
    singular: bool = True  # False: the singular is another word ("a figure", "a finding")


TABLE: tuple[Work, ...] = (
    # what a body issues
    Work("statement", "statements", "document"),
    Work("release", "releases", "document"),
    Work("letter", "letters", "document"),
    Work("report", "reports", "document"),
    Work("filing", "filings", "document"),
    Work("announcement", "announcements", "document"),
    Work("communique", "communiques", "document"),
    Work("communiqué", "communiqués", "document"),
    Work("memo", "memos", "document"),
    Work("submission", "submissions", "document"),
    Work("update", "updates", "document"),
    Work("bulletin", "bulletins", "document"),
    Work("notification", "notifications", "document"),
    Work("notice", "notices", "document"),
    Work("advisory", "advisories", "document"),
    # what a court issues: "the ruling of the Supreme Court", "a judgment by the tribunal"
    Work("ruling", "rulings", "document"),
    Work("judgment", "judgments", "document"),
    Work("judgement", "judgements", "document"),
    Work("verdict", "verdicts", "document"),
    # work a body does and publishes
    Work("investigation", "investigations", "inquiry"),
    Work("inquiry", "inquiries", "inquiry"),
    Work("enquiry", "enquiries", "inquiry"),
    Work("probe", "probes", "inquiry"),
    Work("review", "reviews", "inquiry"),
    Work("audit", "audits", "inquiry"),
    Work("study", "studies", "inquiry"),
    Work("survey", "surveys", "inquiry"),
    Work("analysis", "analyses", "inquiry"),
    Work("assessment", "assessments", "inquiry"),
    Work("poll", "polls", "inquiry"),
    Work("census", "censuses", "inquiry"),
    Work("finding", "findings", "inquiry", singular=False),
    # counts and figures
    Work("data", None, "data"),
    Work("figure", "figures", "data", singular=False),
    Work("statistics", None, "data"),
    Work("number", "numbers", "data", singular=False),
    Work("result", "results", "data", singular=False),
    Work("estimate", "estimates", "data"),
    Work("count", "counts", "data"),
    Work("tally", "tallies", "data"),
    Work("record", "records", "data", singular=False),
    Work("projection", "projections", "data"),
    Work("census", None, "data"),
    Work("poll", None, "data"),
)

# what a person's words are called: "Singh's reply was "..."", "the minister's answer": the
# owner is the speaker
SPEECH_NOUNS = ("reply", "answer", "response", "retort", "message", "words", "comment",
                "comments", "remarks", "statement")  # fmt: skip

# words that describe a work without naming its author: "Media reports", "Recent estimates",
# "Official figures", "Early counts" name no one
UNAUTHORED = frozenset(
    ("media", "news", "press", "recent", "earlier", "previous", "early", "initial", "first",
     "local", "official", "unofficial", "unconfirmed", "new", "latest", "some", "other",
     "several", "many", "conflicting", "independent", "preliminary", "provisional", "final",
     "conservative", "higher", "lower", "widely", "varying", "various", "different", "these",
     "those", "such", "similar", "separate", "more", "most", "rough", "current", "further",
     "updated", "revised", "older", "newer", "published", "leaked", "internal", "secret",
     # determiners and ordinals at a sentence's start ("Another study ... estimated"; extract49)
     "another", "each", "every", "either", "neither", "any", "second", "third", "fourth")
)  # fmt: skip

# the verbs a work gives its figures with, after it as its subject ("The ministry's figures
# show 1,200 deaths", "A survey by Gallup found 40 percent ..."): read as speech only there
WORK_VERBS = ("show", "shows", "showed", "shown", "indicate", "indicates", "indicated",
              "documents", "details", "describes", "concludes", "found", "finds",
              "listed", "lists", "suggests", "suggested", "revealed", "reveals")  # fmt: skip

# the participles that name a work's author after it: "figures released by X"
PUBLISHED_BY = ("released", "published", "compiled", "issued", "produced", "collected",
                "gathered", "provided", "prepared", "given", "supplied", "shared",
                "reported", "disclosed", "conducted", "carried out", "drawn up",
                "put out")  # fmt: skip


def nouns(kind: str | None = None, *, plural: bool = True, singular: bool = True) -> set[str]:
    """The forms of the works of ``kind`` (every kind by default)."""
    out: set[str] = set()
    for w in TABLE:
        if kind is not None and w.kind != kind:
            continue
        if singular and w.singular:
            out.add(w.noun)
        if plural and w.plural:
            out.add(w.plural)
    return out


def pattern(kind: str | None = None) -> str:
    """An alternation of ``nouns(kind)``, longest first."""
    return "|".join(sorted(nouns(kind), key=lambda n: (-len(n), n)))
