"""Counts in words, for every message and table: ``plural(1, "line")`` is "1 line", never
"1 line(s)" or "1 lines". Pure: no I/O, no imports (cheap on every command's start-up).

``unquote`` takes the quotation marks off a quote stored with its own ("\\"Nobody checked
them\\"", as an article prints it), and ``marks_needed`` says whether a display may add its
own, so that no display doubles them.
"""

from __future__ import annotations

# Opening mark -> the closing marks that may end a quotation it opens.
_PAIRS = {
    '"': '"”“',
    "“": '”“"',
    "”": "”",
    "„": '“”"',
    "«": "»",
    "»": "«»",
    "'": "'’",
    "‘": "’'",
    "‹": "›",
}


_DOUBLE = set('"“”„«»')


def plural(n: int, word: str, many: str | None = None) -> str:
    """``n`` and the word in the right number: "1 line", "2 lines", "1,204 claims",
    ``plural(3, "sum that does not add up", "sums that do not add up")``."""
    return f"{n:,} {noun(n, word, many)}"


def noun(n: int, word: str, many: str | None = None) -> str:
    """The word alone, in the number ``n`` calls for: ``noun(2, "column")`` is "columns"."""
    return word if n == 1 else (many or word + "s")


# outputs18: a claim its outlet withdrew (``Store.withdrawn``: corrected or taken down) is
# retracted in the database, but "retracted" alone reads as its claimant's retraction
WITHDRAWN = "withdrawn by its outlet"


def state_said(status: str, withdrawn: bool = False) -> str:
    """A claim's status as every output tells a reader: "active", "retracted", or "withdrawn by
    its outlet" for a retracted claim its outlet withdrew (``withdrawn``)."""
    return WITHDRAWN if withdrawn and status == "retracted" else status


def retracted_parts(retracted: int, withdrawn: int) -> list[str]:
    """The claims not active of a subject or claimant, said apart: ``retracted`` of them, of
    which ``withdrawn`` their outlets withdrew: ["1 retracted", "2 withdrawn by their
    outlets"], ["3 retracted"] (outputs18: "+3 retracted" over two corrections)."""
    if not withdrawn:
        return [f"{retracted} retracted"] if retracted else []
    by = "its outlet" if withdrawn == 1 else "their outlets"
    own = retracted - withdrawn
    return ([f"{own} retracted"] if own else []) + [f"{withdrawn} withdrawn by {by}"]


def unquote(text: str) -> str:
    """``text`` without one pair of quotation marks around the whole of it; unchanged when
    it is not wholly one quotation (``"A" and "B"``, a mark at one end only)."""
    s = text.strip()
    if len(s) < 2:
        return text
    closers = _PAIRS.get(s[0])
    if closers is None or s[-1] not in closers:
        return text
    inner = s[1:-1]
    marks = set(s[0] + closers)
    if any(c in marks for c in inner) and not _balanced(inner, s[0], closers):
        return text
    return inner.strip()


def marks_needed(text: str) -> bool:
    """May a display put its own quotation marks around ``text`` (after ``unquote``)? Not
    when it starts or ends with a mark of its own (``"It has not," a spokesman said``): the
    marks would be doubled at that end, so it is shown as stored."""
    s = text.strip()  # single marks are left out: "the fighters'" ends with an apostrophe
    return not s or (s[0] not in _DOUBLE and s[-1] not in _DOUBLE)


def quoted(text: str, limit: int | None = None) -> str:
    """A quote as shown inside running text: its own enclosing marks taken off, cut to
    ``limit`` characters ("…"), then in one pair of marks unless it starts or ends with a
    mark of its own (``marks_needed``)."""
    inner = unquote(text)
    if limit is not None and len(inner) > limit:
        inner = inner[: limit - 1].rstrip() + "…"
    return f"“{inner}”" if marks_needed(unquote(text)) else inner


def _balanced(inner: str, opener: str, closers: str) -> bool:
    """Quotation marks inside are nested pairs (an inner quotation), not two quotations."""
    if opener in closers:  # straight quotes: an even count nests, but cannot be told apart
        return False
    depth = 0
    for c in inner:
        if c == opener:
            depth += 1
        elif c in closers:
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def _folded(name: str) -> str:
    return "".join(c for c in name.casefold() if c.isalnum())


def speaker_shown(claimant: str, speaker: str | None) -> str | None:
    """The speaker to show beside a claimant: None when there is none or when it names the
    claimant itself (case, spaces and punctuation aside), so that no display reads "X (X)"."""
    if not speaker or _folded(speaker) == _folded(claimant):
        return None
    return speaker


# Words that may open a figure as written and are lower case inside a sentence ("a few
# dozen", "at least 90", "up to 150", "between 20 and 30", "tens of thousands").
_FIGURE_OPENERS = frozenset(
    {"a", "an", "at", "up", "between", "from", "tens", "well", "in", "just"}
)


def inline_figure(value: str) -> str:
    """A figure as written, for the middle of a sentence: a figure that opened its quote's
    sentence keeps its capital in the quote, not in prose ("gives sixteen people (position
    1) and 34", not "gives Sixteen people"). Only a first word that is a number word, a hedge
    or a figure's opening word loses its capital; a currency ("Rs 500", "Dh1.3 billion"), a
    code or a name is left as written."""
    head = value.split(" ", 1)[0]
    if not (head.isalpha() and head[0].isupper() and (head[1:] == "" or head[1:].islower())):
        return value
    from claimtrack.quantities.lexicon import _HEDGE_WORDS, _NUMBER_WORDS

    word = head.lower()
    if word in _NUMBER_WORDS or word in _HEDGE_WORDS or word in _FIGURE_OPENERS:
        return word + value[len(head) :]
    return value
