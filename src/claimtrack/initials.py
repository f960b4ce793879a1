"""The shorter forms of an organisation's name that its initials may be made of (names2).

Pure and small: read by the near-miss question (``names.py``) and by the origins
(``evidence.py``, which ``conflicts --all --json`` loads: this module costs it next to nothing to
import, where ``names.py`` would cost 14 ms)."""

from __future__ import annotations

import re

_PAREN = re.compile(r"^(?P<body>.*?)\s*\((?P<inside>[^()]*)\)\s*$")
_THE = re.compile(r"^the\s+", re.I)

# Words English writes before an agency's name that its initials leave out ("U.S. Food and Drug
# Administration": FDA) or keep whole ("UK Health Security Agency": UKHSA); a country's own name
# ("Kenya National Commission on Human Rights": KNCHR) and "National" (NHS, NIH) stay in them
_LEADS = frozenset(("us", "u.s.", "u.s", "uk", "u.k.", "un", "u.n."))
_CUT = re.compile(r"^(?P<name>.+?)\s+(?:and|&)\s+(?P<part>[A-Z][a-z]\S*(?:\s+[A-Z][a-z]\S*)?)$")
_SKIPPED = frozenset(("of", "and", "for", "the", "&", "on", "in", "at", "to", "a", "an"))


def initials_forms(name: str) -> tuple[tuple[str, str], ...]:
    """(lead, rest): the shorter forms of an organisation's name its initials may be made of,
    as English writes them, beyond the name itself: without a trailing "and X" / "& X" of one
    or two capitalised words ("Centers for Disease Control [and Prevention]": CDC), without a
    leading "U.S.", "UK" or "UN" (``lead`` ""; "U.S. Food and Drug Administration": FDA) or
    with it kept whole (``lead`` its letters; "UK Health Security Agency": UKHSA), and both.
    A leading "the" and a closing parenthesis are left off first. Each form keeps three
    capitalised words or more (its initials three letters or more). Empty for most names."""
    if name.count(" ") < 2:  # fewer than three words: no form (most names, looked at once)
        return ()
    text = _THE.sub("", name.strip())
    m = _PAREN.match(text)
    if m and m.group("body"):
        text = m.group("body")
    words = text.split()
    rests = [("", text)]
    if len(words) > 1 and words[0].casefold() in _LEADS:
        rest = " ".join(words[1:])
        rests = [("", rest), ("".join(c for c in words[0] if c.isalpha()).casefold(), rest)]
    forms = []
    for lead, rest in rests:
        cut = _CUT.match(rest)
        for form in (rest, cut and cut.group("name")):
            big = [w for w in (form or "").split() if w.casefold() not in _SKIPPED]
            if form and len(big) >= 3 and (lead, form) != ("", text):
                forms.append((lead, form))
    return tuple(forms)
