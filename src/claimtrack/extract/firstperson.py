"""First-person prose outside an interview (extract40): an op-ed's "I believe", a company
page's "we have cut", written with no quotation marks. It is its author's, never the outlet's
narration: the author a name card right above it gives ("Ann Kerr" alone on its line, then
her title), as a guess, else the author the byline gives ("By Ann Kerr"), as a guess, else
nobody named, and the candidate says so.

A page is written in the first person when at least ``MIN_SENTENCES`` of its body sentences,
and at least a quarter of them, have "I" or "we" (or "my", "our" opening the sentence) outside
quotation marks: a stray "we" of the outlet's ("we found a few companies", "follow our
channel") or a quotation's "we" does not make one. Each body paragraph with such a sentence
is the author's, whole ("IBM will hire 900 people. We expect ..."), unless a sentence of it
quotes or reports someone else (speakers._third_party)."""

from __future__ import annotations

import re

from claimtrack.extract.phrases import _looks_like_body, _looks_like_person, _plausible_name
from claimtrack.extract.text import Span

# "I" or "we" as a subject ("I believe", "we've cut", "We absolutely expect"), or "My"/"Our"
# opening the sentence; never inside quotation marks (removed before the search)
_FIRST = re.compile(
    r"(?<![\w'’-])(?:I|[Ww]e)(?:['’](?:m|ve|d|ll|re)\b|\s+[a-z])|^\W*(?:My|Our)\s", re.MULTILINE
)
_QUOTED = re.compile(r"\"[^\"\n]*(?:\"|$)")
# "By Ann Kerr", "By ANN KERR, Chief Reporter": a byline
_BYLINE = re.compile(r"\s*(?:By|BY)\s+([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2})\b")
MIN_SENTENCES = 3
NOT_NAMED = "first-person prose: the author is not named on the page"


def first_person(text: str) -> bool:
    """Whether the sentence ``text`` says "I" or "we" outside quotation marks."""
    return bool(_FIRST.search(_QUOTED.sub('""', text)))


def _card_name(text: str) -> str | None:
    """A paragraph that is a person's name alone ("Ann Kerr"): a name card."""
    name = text.strip().strip("*_ ")
    words = name.split()
    if _BYLINE.match(name) or not 2 <= len(words) <= 3:
        return None  # a byline, or no name's length
    if not all(re.fullmatch(r"[A-Z][\w'’.-]*", w) for w in words):
        return None  # "Armonk, New York": a place line, no name
    if not _looks_like_person(name) or _looks_like_body(name) or not _plausible_name(name):
        return None
    return name


def authors(
    reading: str, paras: list[list[Span]], kinds: list[str]
) -> dict[int, tuple[str | None, str]]:
    """Sentence start -> (the author named, how it was found) for each sentence of the page's
    first-person prose (module docstring); empty when the page is not written so."""
    body = [i for i, k in enumerate(kinds) if k == "body"]
    said = {i: [first_person(reading[sp.start : sp.end]) for sp in paras[i]] for i in body}
    count = sum(sum(v) for v in said.values())
    total = sum(len(paras[i]) for i in body)
    if count < MIN_SENTENCES or 4 * count < total:
        return {}
    byline = None
    for i, k in enumerate(kinds[:4]):
        m = _BYLINE.match(reading, paras[i][0].start, paras[i][-1].end)
        if k == "heading" and m and _plausible_name(m.group(1)):
            byline = m.group(1).title() if m.group(1).isupper() else m.group(1)
            break
    out: dict[int, tuple[str | None, str]] = {}
    card: str | None = None
    for i, group in enumerate(paras):
        if kinds[i] == "heading":
            # the first name of a run of headings: the card's later lines are a title, a place
            if i == 0 or kinds[i - 1] != "heading" or card is None:
                card = _card_name(reading[group[0].start : group[-1].end]) or card
            continue
        if kinds[i] != "body":
            continue
        if not any(said[i]):
            card = None  # another voice's paragraph ends the card's prose
            continue
        if card is not None:
            found = f"guess: first-person prose under the name card '{card}' above it"
            who: str | None = card
        elif byline is not None:
            found, who = (
                f"guess: first-person prose, the author the byline names ({byline})",
                byline,
            )
        else:
            found, who = NOT_NAMED, None
        for sp in group:
            out[sp.start] = (who, found)
    return out
