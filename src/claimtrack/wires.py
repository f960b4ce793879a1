"""News agencies: the names a byline or dateline gives them, and the agency whose story an
article carries. Kept apart from ``articles`` (which reads HTML with the standard library's
parser) so that the conflict report's grading, which folds an agency's copies into one origin
(``store._evidence``), loads none of it.
"""

from __future__ import annotations

# News agencies whose copy other outlets carry, by the names a byline or dateline gives them
# (the value is the name ``source add --wire`` stores).
_AGENCIES = {
    "ap": "AP", "associated press": "AP", "the associated press": "AP", "reuters": "Reuters",
    "thomson reuters": "Reuters", "afp": "AFP", "agence france-presse": "AFP",
    "agence france presse": "AFP", "pti": "PTI", "press trust of india": "PTI", "dpa": "dpa",
    "xinhua": "Xinhua", "ani": "ANI", "ians": "IANS", "efe": "EFE", "ansa": "ANSA",
    "kyodo": "Kyodo", "kyodo news": "Kyodo", "yonhap": "Yonhap", "upi": "UPI", "bernama": "Bernama",
    "united press international": "UPI", "anadolu": "Anadolu", "anadolu agency": "Anadolu",
    "tass": "TASS", "interfax": "Interfax", "press association": "PA", "pa media": "PA",
    "aap": "AAP", "australian associated press": "AAP", "canadian press": "CP",
    "the canadian press": "CP", "bloomberg": "Bloomberg",
}  # fmt: skip


# Every name of an agency ``agency`` reads, folded as it folds them ("the" dropped or kept)
AGENCY_NAMES: tuple[str, ...] = tuple(sorted(_AGENCIES))


def agency(name: str | None) -> str | None:
    """The news agency a byline names when it is one ("Associated Press", "By Reuters",
    "AFP staff" is not), else None."""
    if not name:
        return None
    key = " ".join(name.lower().split())
    key = key.removeprefix("by ").removeprefix("the ")
    return _AGENCIES.get(key) or _AGENCIES.get("the " + key)


def same_wire(wire: str) -> str:
    """A source's wire as two sources carrying one agency's story compare: the agency by the
    name ``extract`` stores ("Associated Press", "the associated press": "AP"), a name given
    with another in brackets by either ("Agence France-Presse (AFP)", "AP (Associated
    Press)": "AFP", "AP"; an agency ``agency`` does not know by the name outside the brackets,
    "Kenya News Agency (KNA)": "Kenya News Agency"), the story after a colon kept
    ("Associated Press: march count": "AP: march count"). Before (evidence8), "Agence
    France-Presse (AFP)" and "AFP" were two agencies, and their copies two origins."""
    name, colon, story = wire.partition(":")
    return _one_agency(name) + (colon + " " + story.strip() if colon else "")


def _one_agency(name: str) -> str:
    """The agency a wire's name gives, by ``agency``'s name when it knows one."""
    known = agency(name)
    if known:
        return known
    outer, bracket, inner = name.partition("(")
    inner = inner.rstrip().removesuffix(")")
    if bracket and outer.strip() and inner.strip() and ")" not in inner:
        return agency(outer) or agency(inner) or " ".join(outer.split())
    return name.strip()


def wire_of(text: str) -> str | None:
    """The news agency whose story an article carries, from its byline or dateline
    ("PESHAWAR, Pakistan (Reuters) -", "(AP) —", "Kathmandu, Aug 18 (IANS/EFE):" (EFE's story in
    IANS's feed), a line "Associated Press" or "By Reuters" near the top, a closing
    "— Reuters" or "[AFP]"), or None. Only these forms count: an agency named in a sentence
    ("villagers told Reuters") is a source of the story, not its carrier."""
    import re

    names = "|".join(sorted((re.escape(n) for n in _AGENCIES), key=len, reverse=True))
    head = text[:1500]
    # "(IANS/EFE)": one agency's feed of another's story, the story the last one's (evidence6)
    fed = rf"(?:(?:{names})\s*/\s*)?"
    m = re.search(rf"\(\s*{fed}({names})\s*\)\s*[-–—:]", head, re.IGNORECASE)
    if m is None:
        m = re.search(rf"^[A-Z][A-Za-z .,'-]{{1,60}}\(\s*{fed}({names})\s*\)", head, re.M | re.I)
    if m is None:
        for line in head.splitlines()[:8]:
            m = re.fullmatch(rf"\s*(?:by\s+)?(?:the\s+)?({names})\s*", line, re.IGNORECASE)
            if m:
                break
    if m is None:
        tail = "\n".join(text.rstrip().splitlines()[-3:])
        m = re.search(rf"(?:^|\s)[-–—]+\s*({names})\s*\.?\s*$", tail, re.IGNORECASE)
    if m is None:  # a closing credit in brackets: "... told the agency. [AFP]" (evidence6)
        m = re.search(rf"[\[(]\s*({names})\s*[\])]\s*$", tail, re.IGNORECASE)
    if m is None:
        return None
    return _AGENCIES.get(" ".join(m.group(1).lower().split()))
