"""Pure: article text in -> claim candidates out (docs/extract.md). No I/O, no database.

A candidate is a sentence that quotes someone (quotation marks), reports what someone said
(a speech verb: "said", "told ... that", "according to"), or states a figure that
``quantities.parse_figure`` reads. The rules are model-free and deliberately simple:

* ``prepare`` repairs common mojibake ("â€™" -> "’") and makes the text the user sees; quotes
  are straightened in a same-length copy used only for reading, so every offset is an offset
  into the displayed text and every candidate's ``quote`` is an exact slice of it.
* sentences are split at ``.!?`` followed by a capital, never inside an open quotation (a
  quotation ends at the end of its paragraph at the latest), never after a title ("Col.").
* the speaker is the subject of the speech verb (the phrase before it, or after it in
  ``"...," said X``), skipping an appositive ("X, a spokesman for Y, said"); a pronoun, or a
  quotation without a verb, takes the previous sentence's speaker. How it was found is kept.
* the claimant guess is the organisation the speaker speaks for when the text says so
  ("spokesman for the SDF", "OIR spokesman X"), else the speaker; a sentence with no speaker
  is the outlet's own statement.
* one candidate per claim (issue 25): each figure of a sentence is its own candidate with its
  own speaker (the outlet's before "X said", a second speaker's after their verb, the owner
  of "his claim of", the source of its own clause), plus a stance candidate where the
  sentence takes one; figures the parser refuses are shown refused. ``layout`` finds
  headings (not proposed) and interviews (questions not proposed, answers the
  interviewee's).

The package's files are the extractor's parts, in the order it reads: ``text`` (page text,
sentences, quotations), ``lexicon`` (the tables), ``figurespans`` (figures and dates),
``phrases`` (noun phrases and names), ``cues`` (speech verbs; the sentence state),
``coreference``, ``people`` and ``naming`` (who a pronoun, role or short name refers to),
``bodies`` (the body a work or a person speaks for), ``speakers`` (one sentence's
attribution), ``page`` (headings, interviews, transcripts), ``claims`` (what asserts
nothing), ``clauses`` (a sentence's clauses of attribution, each with its own frame: "X
said 40, while Y put it at 60"), ``candidates`` (one candidate per claim), ``named_later``
(an unnamed speaker named further on), ``pageissuer`` (the page's single issuer, asked
once at the review), ``pipeline`` (``extract``) and ``measures`` (measure suggestion).
"""

from __future__ import annotations

from claimtrack.extract.candidates import Candidate
from claimtrack.extract.figurespans import (
    FigureRead,
    Refused,
    dates,
    figure_json,
    figures,
    read_figures,
)
from claimtrack.extract.lexicon import MIN_QUOTE_WORDS
from claimtrack.extract.measures import suggest_measure, suggestion_doubt
from claimtrack.extract.naming import NameIndex, name_index
from claimtrack.extract.page import Layout, layout
from claimtrack.extract.pipeline import extract
from claimtrack.extract.text import (
    Prepared,
    Span,
    continued_quotations,
    prepare,
    repair_mojibake,
    sentences,
    unwrap,
)

__all__ = [
    "MIN_QUOTE_WORDS",
    "Candidate",
    "FigureRead",
    "Layout",
    "NameIndex",
    "Prepared",
    "Refused",
    "Span",
    "continued_quotations",
    "dates",
    "extract",
    "figure_json",
    "figures",
    "layout",
    "name_index",
    "prepare",
    "read_figures",
    "repair_mojibake",
    "sentences",
    "suggest_measure",
    "suggestion_doubt",
    "unwrap",
]
