"""Text to tokens: normalising a phrase, splitting it, and matching table phrases."""

from __future__ import annotations

import re
from functools import cache

from claimtrack.quantities.lexicon import (
    _POWER,
    _TOKEN,
    _TRANSLATE,
    _VULGAR,
    _VULGAR_CHARS,
    _WORD,
    Token,
)


def _show(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f'"{text}"'


def _normalise(text: str, lower: bool = True) -> str:
    """The text as the reader sees it: lowercase (unless ``lower`` is False), single spaces,
    dashes and quotes unified, no punctuation at either end."""
    s = text.translate(_TRANSLATE)
    if not s.isascii() and not _VULGAR_CHARS.isdisjoint(s):
        s = _vulgar_re().sub(_vulgar, s)
    s = " ".join(s.split())
    if lower:
        s = s.lower()
    if "2" in s or "3" in s:
        s = _POWER.sub(lambda m: m.group(1) + ("²" if m.group(2) == "2" else "³"), s)
    while True:  # trailing punctuation and wrapping quotes
        t = s.strip(" ").rstrip(".,;:!?…")
        if len(t) >= 2 and t[0] in "\"'«" and t[-1] == ("»" if t[0] == "«" else t[0]):
            t = t[1:-1]  # quotes around the whole phrase
        elif t[:1] in "\"'«":
            t = t[1:]  # an opening quote alone
        elif t[-1:] in "\"'»" and len(t) > 1 and not (t[-2].isdigit() or t[-2].isspace()):
            t = t[:-1]  # a closing quote, or a plural possessive ("six weeks'"); after a
            # digit, or apart after a figure ("10 \"", "2½'"), a quote is feet or inches (9")
            # and is left to be refused
        if t == s:
            return s
        s = t


@cache
def _vulgar_re() -> re.Pattern[str]:
    """A vulgar fraction, maybe after a number (compiled on first use)."""
    return re.compile(r"([0-9]\s*)?([" + "".join(_VULGAR) + "])")


def _vulgar(m: re.Match[str]) -> str:
    """ "¾" -> " three quarters ", "2½" -> "2 and a half "."""
    words = _VULGAR[m.group(2)]
    return f"{m.group(1).strip()} and {words} " if m.group(1) else f" {words} "


def _tokens(s: str) -> list[Token]:
    return [(m.lastindex or 0, m.group(), *m.span()) for m in _TOKEN.finditer(s)]


def _word(toks: list[Token], i: int) -> str | None:
    return toks[i][1] if i < len(toks) and toks[i][0] == _WORD else None


def _match(index: dict, toks: list[Token], i: int, stop: int | None = None):
    """Longest phrase of ``index`` starting at token i (and ending by ``stop``):
    (value, index after it)."""
    stop = len(toks) if stop is None else stop
    if i >= stop or toks[i][1] not in index:
        return None
    for phrase, value in index[toks[i][1]]:
        end = i + len(phrase)
        if end <= stop and all(toks[i + k][1] == p for k, p in enumerate(phrase)):
            return value, end
    return None


def _attached(toks: list[Token], i: int) -> bool:
    """Whether token i follows token i - 1 with no space."""
    return 0 < i < len(toks) and toks[i][2] == toks[i - 1][3]
