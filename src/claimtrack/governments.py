"""Which government a claimant's name speaks for (evidence11): "Odisha chief secretary Pradeep
Jena", "the Odisha government" and "Government of Odisha" are voices of one state's
government; "Union Minister Anurag Thakur" and "Union government" of one federal government.

Pure (standard library only): names in, a :class:`Voice` out. ``evidence`` joins the voices
of one government into one origin and says where the names cannot tell (a district's
collector beside the state's government, "Officials" beside anyone, a body whose stored role
is government and whose name gives no place).
"""

from __future__ import annotations

from typing import NamedTuple

# Words that make a name a government's voice: an office, an organ or its officials.
_ORGANS = frozenset((
    "government", "govt", "gov", "ministry", "ministries", "minister", "ministers",
    "police", "officials", "official", "authorities", "administration", "secretary",
    "collector", "magistrate", "governor", "commissioner", "cabinet", "premier", "mayor",
    "president", "presidency", "department", "army", "military", "embassy", "embassies",
    "consulate", "consulates", "consul", "ambassador", "ambassadors", "prosecutor",
    "prosecutors", "prosecution", "diplomat", "diplomats",
))  # fmt: skip
# Offices of two words, neither of which is one alone ("Attorney General Saud al-Mojeb", "Crown
# Prince Mohammed bin Salman", "the royal court"): an "attorney" alone is anyone's lawyer.
_PAIRED = frozenset((("attorney", "general"), ("crown", "prince"), ("royal", "court")))
# Words of an office that name no place: its portfolio, its rank ("Interior Ministry",
# "Odisha chief secretary", "Railways Minister", "Senior EU intelligence official").
_PORTFOLIO = frozenset((
    "chief", "deputy", "senior", "top", "junior", "principal", "additional", "special",
    "acting", "former", "health", "interior", "home", "foreign", "finance", "defence",
    "defense", "revenue", "railway", "railways", "transport", "disaster", "relief",
    "emergency", "public", "works", "information", "intelligence", "security", "justice",
    "education", "environment", "energy", "water", "agriculture", "labour", "labor",
    "affairs", "and", "of", "for", "the", "a", "an", "its", "prime", "cabinet", "general",
    "inspector", "director", "superintendent", "fire", "services", "service", "civil",
    "management", "medical", "commerce", "trade", "tourism", "forest", "forests",
    "development", "welfare", "law", "order", "traffic", "communications", "media", "press",
    "spokesman", "spokeswoman", "spokesperson", "high", "minister", "ministers", "ministry",
    "office", "officer", "officers", "vice", "external", "religious", "consular",
    "expatriates", "hajj", "umrah",
))  # fmt: skip
# The level of a government a name gives ("X state police", "Balasore District Collector",
# "Union Minister ..."): national ones name the one federal government of a story.
NATIONAL = frozenset(("union", "federal", "national", "central", "centre", "center"))
LOCAL = frozenset(
    ("district", "county", "city", "municipal", "municipality", "local", "divisional", "town")
)
_LEVELS = NATIONAL | LOCAL | {"state", "provincial", "regional", "province", "region"}
_AFTER = frozenset(("of", "in", "for"))


class Voice(NamedTuple):
    """A government's voice read from a name: ``place`` (folded, "" when the name gives
    none: "Officials", "Interior Ministry", "Chief Secretary PK Jena"), ``level`` ("state",
    "district", "union" ..., "" when none)."""

    place: str
    level: str


_SEEN: dict[str, Voice | None] = {}


def voice(name: str) -> Voice | None:
    """The government a claimant's name speaks for, or None for a name that is not a
    government's voice by its words (no office, organ or officials in it: "Indian Railways",
    "K. S. Anand (South Eastern Railway)", "Red Cross"). The place is the capitalised words
    before the first office word ("Odisha chief secretary", "Uttar Pradesh Police", "Libya's
    interior ministry"), or after it behind "of" / "in" ("Government of Odisha", "officials
    in Derna"), less portfolio and rank words; a level word is kept apart ("Balasore
    District Collector": Balasore, district; "state officials": no place, state)."""
    found = _SEEN.get(name, False)
    if found is not False:
        return found  # type: ignore[return-value]
    if len(_SEEN) >= 1 << 15:
        _SEEN.clear()
    _SEEN[name] = found = _read(name)
    return found


def _read(name: str) -> Voice | None:
    words = [w.strip(".,;:'’\"") for w in name.split("(", 1)[0].split()]
    words = [_bare(w) for w in words if w]
    folded = [w.casefold() for w in words]
    organ = next((i for i, w in enumerate(folded) if w in _ORGANS or _paired(folded, i)), None)
    if organ is None:
        return None
    after = organ + 2 if _paired(folded, organ) else organ + 1
    level = ""
    place: list[str] = []
    for w, f in zip(words[:organ], folded[:organ], strict=True):
        if f in _COUNTS:  # "Three US officials" are US officials (evidence16)
            continue
        if f in _LEVELS:
            level = level or f
        elif f not in _PORTFOLIO and w[:1].isupper():
            place.append(f)
        elif place and f not in _PORTFOLIO:
            place = []  # "the state's ... " : a lower-case word breaks the place
    if not place:
        behind = False
        for w, f in zip(words[after:], folded[after:], strict=True):
            if f in _AFTER:
                if place:
                    break  # "Embassy of Saudi Arabia in Washington": the place is before "in"
                behind = True
            elif not behind or f in _ORGANS:
                break
            elif f in _LEVELS:
                level = level or f
            elif f not in _PORTFOLIO and w[:1].isupper():
                place.append(f)
            elif place:
                break
    return Voice(_place(" ".join(place)), level)


# How many speak, at the head of a name: never a place ("Three US officials", "Several
# Western officials": before evidence16, "three us" was a place of its own)
_COUNTS = frozenset((
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "some",
    "many", "various", "multiple",
))  # fmt: skip


def _paired(folded: list[str], i: int) -> bool:
    """Whether ``folded[i]`` opens an office of two words (``_PAIRED``)."""
    return i + 1 < len(folded) and (folded[i], folded[i + 1]) in _PAIRED


def opening_place(name: str) -> str:
    """The place a body's name opens on, when it gives no office ("Israel Defense Forces":
    israel; "Indian Railways": india's people; "Valencia emergency centre": valencia), folded
    as :func:`voice` folds places; "" when its first word is no place (a rank, a portfolio,
    a level, "The", lower case). For a body whose stored role is government or military:
    beside a voice of another place it is another government, and no caveat is said."""
    words = name.split("(", 1)[0].split()
    if not words:
        return ""
    first = _bare(words[0].strip(".,;:'’\""))
    folded = first.casefold()
    if (
        len(first) < 2
        or not first[:1].isupper()
        or folded in _PORTFOLIO
        or folded in _LEVELS
        or folded in _ORGANS
    ):
        return ""
    return _place(folded)


def _bare(word: str) -> str:
    """A word without a possessive ("Libya's": "Libya")."""
    for end in ("'s", "’s"):
        if word.endswith(end):
            return word[: -len(end)]
    return word


# Names of a people that are no place name plus a regular ending
_PEOPLES = {
    "british": "uk", "french": "france", "spanish": "spain", "turkish": "turkey",
    "türkiye": "turkey", "dutch": "netherlands", "greek": "greece", "swiss": "switzerland",
    "welsh": "wales", "irish": "ireland", "scottish": "scotland", "english": "england",
    "american": "us", "united states": "us", "u.s": "us", "usa": "us", "uk": "uk",
    "united kingdom": "uk", "chinese": "china", "japanese": "japan", "filipino": "philippines",
    "philippine": "philippines", "thai": "thailand", "polish": "poland", "danish": "denmark",
    "swedish": "sweden", "finnish": "finland", "norwegian": "norway", "german": "germany",
    "saudi": "saudi arabia", "emirati": "united arab emirates", "uae": "united arab emirates",
}  # fmt: skip


# Names of many peoples, no one government's place: "Arab diplomats" may be any Arab
# state's, the state of an official count beside them included (evidence14).
_NO_PLACE = frozenset(("arab", "arabs", "western", "gulf", "african", "asian", "muslim"))


def _place(place: str) -> str:
    return "" if place in _NO_PLACE else _PEOPLES.get(place, place)


def place_of(folded: str) -> str:
    """A folded place name as :func:`voice` gives places ("saudi": "saudi arabia")."""
    return _place(folded)


def same_place(a: str, b: str) -> bool:
    """Whether two places (folded) are one: equal, or one the other's people ("Libyan",
    "Libya"; "Israeli", "Israel"; "Indian", "India"; "Mexican", "Mexico")."""
    if a == b:
        return bool(a)
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    return long in (
        short + "n", short + "an", short + "i", short + "ian", short[:-1] + "an",
        short[:-1] + "ian", short[:-1] + "ese",
    )  # fmt: skip


def one_government(a: Voice, b: Voice) -> bool:
    """Whether two voices speak for one government by their names: one place at levels
    that agree (one level not given is the place's own government, unless the other's is a
    district's, a city's or a county's), or no place and one national level on both ("Union
    Minister ..." and "Union government")."""
    if not a.place and not b.place:
        return bool(a.level) and a.level == b.level and a.level in NATIONAL
    if not same_place(a.place, b.place):
        return False
    if a.level == b.level:
        return True
    return not (a.level in LOCAL or b.level in LOCAL)


def untold(a: Voice, b: Voice) -> bool:
    """Whether the names of two voices that :func:`one_government` does not join cannot tell
    one government from two: one gives no place ("Officials", "Interior Ministry", a body
    known only by its role), or one is a district's, a city's or a county's beside another
    place's government (the district may lie in it), or one place at levels that differ. Two
    places, neither local, are two governments ("Israeli Ministry of Foreign Affairs",
    "Senior EU intelligence official")."""
    if one_government(a, b):
        return False
    if not a.place or not b.place:
        return True
    if same_place(a.place, b.place):
        return True
    return a.level in LOCAL or b.level in LOCAL
