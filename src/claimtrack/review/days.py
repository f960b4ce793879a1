"""Days a sentence names in words ("on Friday", "last Tuesday", "yesterday"), read as dates
counted back from the article's date. Pure: no I/O.

Offered at the said_on and as_of prompts beside the dates written in full, never stored
without an answer. The rules (docs/extract.md, "Dates named in words"):

- ``yesterday`` is the day before the article's date (not "the day before yesterday");
- ``today``, ``this morning`` and ``this afternoon`` are the article's date, read as a weekday
  is (not in a sentence that speaks of the future, unless beside a past verb of telling:
  "announced today that 300 will go"), and not where written with a capital
  after another word: a name ("USA Today", a programme called "This Morning");
- a weekday is the last such weekday on or before the article's date ("Friday" in an article
  of Friday is that day); ``last Friday`` is the one before it, a week back when the article
  is of a Friday;
- nothing is read when the article's date is not a full date, and a weekday is not read where it
  may name another day: a sentence that speaks of the future ("will", "next", "expected to"...),
  unless the weekday is beside a past verb of telling ("said Tuesday it plans to", "on Monday
  announced it will": the day it was told), a weekday after "this", "next", "every", "until",
  "by" and the like, one that is a part of a date written in full ("Friday, Oct. 25, 2019"), of a
  name ("Good Friday", "the Sunday Times") or a plural ("on Fridays");
- a weekday with its day and month and no year ("on Wednesday, 18 October", "Thursday, Oct.
  12") is that date in the last year that has it on or before the article's date, offered only
  when the date falls on that weekday (review28: such a date was offered nowhere, as no date
  of the sentence nor as a day named; a weekday that does not fit its date is a misprint to
  resolve by hand, and nothing is offered). Since review29 the day and month may stand in
  brackets after the weekday ("on Sunday (September 17)", "on Tuesday (Oct 2)"), as some
  outlets write every date: read as the date, not counted back (a week earlier than the
  article, "Thursday (September 7)" was offered as the last Thursday, a week late).

``told_earlier`` says where a sentence places its telling before the day the story is about
("Earlier, the agency said", "had initially reported"): the said_on given on another card is
not offered there on Enter (review29).
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|"
          r"April|June|July|August|September|October|November|December)\b")  # fmt: skip
_DAY = re.compile(r"\b(?P<last>(?i:last|this past)\s+)?(?P<day>" + "|".join(WEEKDAYS) + r")\b")
_YESTERDAY = re.compile(r"\byesterday\b", re.IGNORECASE)
_TODAY = re.compile(r"\b(?:today|this\s+(?:morning|afternoon))\b", re.IGNORECASE)
# words before a weekday that make it another day than the last one (or not one day at all)
_NOT_PAST = re.compile(
    r"\b(?:next|this|coming|every|each|until|till|til|by|from|through|before|after|following|"
    r"since|on or before|good|black|cyber|super|ash|easter|palm|holy|maundy|bloody|shrove)\s+$",
    re.IGNORECASE,
)
# a sentence that speaks of the future: its weekdays may be days to come
_FUTURE = re.compile(
    r"\b(?:will|won['’]t|shall|next|tomorrow|going to|expected to|expects to|plans? to|"
    r"planned|scheduled|due to|set to|upcoming)\b|['’]ll\b",
    re.IGNORECASE,
)


# a day named right beside a past verb of telling is the day it was told, in a sentence that
# speaks of the future too: "said Tuesday it plans to cut", "announced today that 300 will go",
# "on Monday said it will"; never after "be", "to", "will" ("will be announced Friday")
_TOLD = (r"(?:said|told|announced|reported|posted|confirmed|stated|disclosed|revealed|wrote|"
         r"added|warned|estimated|predicted|forecast|unveiled|published|issued)")  # fmt: skip
_TOLD_BEFORE = re.compile(
    rf"(?<!\bbe )(?<!\bbeen )(?<!\bto )(?<!\bwill )(?<!\bwould )\b{_TOLD}\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_TOLD_AFTER = re.compile(rf"^,?\s+{_TOLD}\b", re.IGNORECASE)


def _told_that_day(sentence: str, m: re.Match[str]) -> bool:
    """The day ``m`` names is the day of a past verb of telling beside it."""
    before, after = sentence[: m.start()], sentence[m.end() :]
    return bool(_TOLD_BEFORE.search(before) or _TOLD_AFTER.match(after))


@dataclass(frozen=True)
class NamedDay:
    """A date a sentence names in words, and those words as written."""

    date: str  # YYYY-MM-DD
    words: str  # "Friday", "last Tuesday", "yesterday"
    article: str  # the article's date it was counted back from

    def label(self) -> str:
        """As listed at the prompt: the date, the words it came from, the date counted from."""
        return f"{self.date} ({self.words!r}, article {self.article})"


def weekday_before(article: _dt.date, weekday: int, *, strictly: bool = False) -> _dt.date:
    """The last ``weekday`` (0 Monday ... 6 Sunday) on or before ``article`` (before it, with
    ``strictly``)."""
    back = (article.weekday() - weekday) % 7
    if strictly and back == 0:
        back = 7
    return article - _dt.timedelta(days=back)


def named_days(sentence: str, reported_on: str | None) -> list[NamedDay]:
    """The days ``sentence`` names in words, as dates counted back from ``reported_on`` (the
    article's date), in the order written; none when that date is not a full date."""
    if not reported_on or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", reported_on):
        return []
    try:
        article = _dt.date.fromisoformat(reported_on)
    except ValueError:
        return []
    found: list[tuple[int, NamedDay]] = []
    for m in _YESTERDAY.finditer(sentence):
        if re.search(r"\bbefore\s+$", sentence[: m.start()], re.IGNORECASE):
            continue  # "the day before yesterday"
        day = article - _dt.timedelta(days=1)
        found.append((m.start(), NamedDay(day.isoformat(), m.group(0), reported_on)))
    future = bool(_FUTURE.search(sentence))
    for m in _TODAY.finditer(sentence):
        if m.group(0)[0] == "T" and re.search(r"\w", sentence[: m.start()]):
            continue  # "USA Today": a name, not the day
        if future and not _told_that_day(sentence, m):
            continue
        words = re.sub(r"\s+", " ", m.group(0))
        found.append((m.start(), NamedDay(article.isoformat(), words, reported_on)))
    for m in _DAY.finditer(sentence):
        dated = _with_date(sentence, m, article)
        if dated is not None:
            if not (_NOT_PAST.search(sentence[: m.start()]) or future):
                found.append((m.start(), NamedDay(dated[0].isoformat(), dated[1], reported_on)))
            continue
        if _NOT_PAST.search(sentence[: m.start()]) or _part_of_more(sentence[m.end() :]):
            continue
        if future and not _told_that_day(sentence, m):
            continue
        weekday = WEEKDAYS.index(m.group("day"))
        day = weekday_before(article, weekday, strictly=bool(m.group("last")))
        words = re.sub(r"\s+", " ", m.group(0))
        found.append((m.start(), NamedDay(day.isoformat(), words, reported_on)))
    found.sort(key=lambda f: f[0])
    return list(dict.fromkeys(day for _, day in found))


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# a day and month after a weekday, with no year after them: "Wednesday, 18 October", "Thursday,
# Oct. 12", "Friday 13 October"
_DAY_MONTH = re.compile(
    r"(?:(?P<open>\s*\(\s*)|,?\s*)(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m1>" + _MONTH + r")\.?"
    r"|(?P<m2>" + _MONTH + r")\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?\b)"
    r"(?!,?\s*\d)(?(open)\s*\))"
)


def _with_date(sentence: str, m: re.Match[str], article: _dt.date) -> tuple[_dt.date, str] | None:
    """The date a weekday ``m`` written with its day and month and no year names, and the
    words: that day and month in the last year that has it on or before ``article``, when it
    falls on that weekday; None otherwise (no such date after it, a year written, a weekday
    that does not fit)."""
    got = _DAY_MONTH.match(sentence, m.end())
    if got is None or m.group("last"):
        return None
    day = int(got.group("d1") or got.group("d2"))
    month = _MONTHS.index((got.group("m1") or got.group("m2"))[:3].lower()) + 1
    for year in (article.year, article.year - 1):
        try:
            date = _dt.date(year, month, day)
        except ValueError:
            return None
        if date <= article:
            break
    else:
        return None
    if date.weekday() != WEEKDAYS.index(m.group("day")):
        return None
    return date, re.sub(r"\s+", " ", sentence[m.start() : got.end()]).rstrip(".")


def _part_of_more(after: str) -> bool:
    """A weekday followed by a date ("Friday, Oct. 25", "Friday 25 October", "Friday (Oct.
    25)") or by a name it begins ("Sunday Times")."""
    if re.match(r"(?:,?\s*|\s*\(\s*)(?:" + _MONTH + r"|\d)", after):
        return True
    return re.match(r" [A-Z][a-z]", after) is not None


# words that place a telling before the story's latest day: "Earlier, OCHA said", "had
# initially reported", "previously put the toll at"
_EARLIER = re.compile(
    r"\b(?:earlier|previously|initially|originally|at first|first reported|before that|"
    r"had (?:said|told|reported|announced|estimated|put|given|stated))\b",
    re.IGNORECASE,
)


def told_earlier(sentence: str) -> str | None:
    """The words by which ``sentence`` places its telling earlier than the story's latest
    day ("Earlier", "had initially"), or None. The said_on given on another card is not
    offered there on Enter (review29: "Earlier, OCHA said at least 11,300 ..." was offered
    the day of the revised figure given on the card before)."""
    m = _EARLIER.search(sentence)
    return m.group(0) if m else None


def typed_day(typed: str, reported_on: str | None) -> NamedDay | None:
    """A day typed in words at a date prompt ("Sunday", "last Tuesday", "yesterday"), read
    by the rules of ``named_days`` from the article's date; None when the words are not
    one such day (review29: "Sunday" typed was refused as no date)."""
    if not re.fullmatch(r"[A-Za-z ,.()0-9]+", typed.strip()):
        return None
    typed = re.sub(
        "|".join(WEEKDAYS), lambda m: m.group(0).capitalize(), typed.strip(), flags=re.IGNORECASE
    )  # "sunday" typed is Sunday
    days = named_days(typed, reported_on)
    words = re.sub(r"[\s,.]+", " ", typed).strip().casefold()
    if len(days) == 1 and days[0].words.casefold() == words:
        return days[0]
    return None
