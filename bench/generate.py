"""Deterministic synthetic claims for benchmarking claimtrack.

    python bench/generate.py 1000000 --seed 1 -o bench/out/claims-1000000.jsonl

or, from Python::

    from generate import generate
    stats = generate(1_000_000, "claims.jsonl", seed=1)

Every line is one record in the JSONL interchange format (docs/format.md) with an explicit
``id`` of the form ``f"{subject}-{n}"``. The mix aims to look like a real newsroom database:

* many subjects with skewed (Zipf-like, power-law) sizes; when N >= 100,000 one subject,
  ``big-subject``, has exactly 10,000 claims;
* ~60% figures whose ``value`` is hedged text from a realistic phrase mix ("some 250",
  "around 4,000 people", "a few dozen fighters", "hundreds", "at least 700", "six to seven
  kilometres", "tens of thousands", "between 300 and 400", bare numbers, number words ...);
* ~40% stances (affirms / denies) on a few propositions per subject;
* several claimants per subject with skewed activity, some of whom reverse themselves;
* outlets, URLs, speakers (one to three of each claimant's own, as in a real story: no name
  speaks for two claimants of a subject), partial and full dates, quotes of 80-200 characters,
  notes.

Same N, seed and order give byte-identical output. Only the standard library is used, and the
file is written as it is generated (1,000,000 lines take roughly 15 s and little memory).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import math
import random
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

__all__ = ["BIG_SUBJECT", "BIG_SUBJECT_SIZE", "GENERATOR_VERSION", "figure_phrases", "generate"]

# Bump when the output for a given (n, seed, order) changes, so cached files are regenerated.
# 3 (evidence9): each claimant's speakers are names of its own (a speaker named for two
# claimants is one voice, one origin: docs/conflicts.md, rule 12); the rest of the file is
# version 2's, line for line.
GENERATOR_VERSION = 3
BIG_SUBJECT = "big-subject"
BIG_SUBJECT_SIZE = 10_000
BIG_SUBJECT_MIN_N = 100_000

# ---------------------------------------------------------------------------------------------
# Vocabulary


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


PLACES = _words(
    "raqqa mosul aleppo idlib deir-ezzor hasakah kobani manbij afrin tal-abyad ras-al-ain "
    "qamishli palmyra homs hama daraa ghouta douma fallujah ramadi tikrit kirkuk sinjar "
    "tal-afar baghdad basra erbil sulaymaniyah tripoli benghazi sirte misrata derna gao timbuktu "
    "mopti maiduguri bama mogadishu kismayo aden hodeidah taiz marib sanaa kabul kunduz "
    "lashkar-gah herat mariupol bakhmut kherson avdiivka izium bucha lampedusa lesbos calais "
    "ceuta melilla khartoum el-fasher gaza rafah jenin"
)
EVENTS = _words(
    "convoy evacuation airstrike siege prison-break ceasefire offensive protest flood "
    "earthquake shipwreck hostage-release election-count strike border-crossing detention "
    "shelling blockade aid-delivery camp-fire bridge-collapse"
)

CLAIMANTS = (
    "US-led coalition (CJTF-OIR)",
    "Syrian Democratic Forces (SDF)",
    "Ministry of Defence",
    "Ministry of Interior",
    "Government spokesperson",
    "Provincial governor's office",
    "Local council",
    "UN OCHA",
    "UNHCR",
    "ICRC",
    "IOM",
    "WHO",
    "Amnesty International",
    "Human Rights Watch",
    "Airwars",
    "Syrian Observatory for Human Rights",
    "Reuters",
    "Associated Press",
    "AFP",
    "BBC",
    "Al Jazeera",
    "Raqqa24",
    "Kurdish officials",
    "Turkish Ministry of National Defence",
    "Ministère des Armées",
    "Russian Ministry of Defence",
    "Iraqi Joint Operations Command",
    "Police spokesperson",
    "Hospital director",
    "Eyewitness (anonymous)",
    "Opposition activists",
    "State news agency",
    "Médecins Sans Frontières",
    "Civil defence (White Helmets)",
    "Regional health directorate",
    "Army spokesman",
    "Rebel commander",
    "Tribal elders",
    "Emergency services",
    "Municipal authorities",
    "Border guards",
    "Coast guard",
    "Organisers",
    "Union leaders",
    "Opposition MP",
    "President's office",
    "Prime Minister's office",
    "Independent monitors",
    "Election commission",
    "Local journalist",
    "Bellingcat",
    "Doctors at the scene",
    "Save the Children",
    "Norwegian Refugee Council",
    "Türkiye Disaster and Emergency Management Authority (AFAD)",
)
OUTLETS = (
    ("Reuters", "reuters.com"),
    ("Associated Press", "apnews.com"),
    ("AFP", "afp.com"),
    ("BBC News", "bbc.co.uk"),
    ("Al Jazeera", "aljazeera.com"),
    ("The Guardian", "theguardian.com"),
    ("The New York Times", "nytimes.com"),
    ("The Washington Post", "washingtonpost.com"),
    ("Le Monde", "lemonde.fr"),
    ("Der Spiegel", "spiegel.de"),
    ("The Jerusalem Post", "jpost.com"),
    ("The Defense Post", "thedefensepost.com"),
    ("Defense One", "defenseone.com"),
    ("Mother Jones", "motherjones.com"),
    ("The Week", "theweek.com"),
    ("Middle East Eye", "middleeasteye.net"),
    ("Rudaw", "rudaw.net"),
    ("Kurdistan 24", "kurdistan24.net"),
    ("Enab Baladi", "enabbaladi.net"),
    ("Syria Direct", "syriadirect.org"),
    ("The National", "thenationalnews.com"),
    ("Financial Times", "ft.com"),
    ("Deutsche Welle", "dw.com"),
    ("France 24", "france24.com"),
    ("Kyiv Independent", "kyivindependent.com"),
    ("Sudan Tribune", "sudantribune.com"),
    ("Premium Times", "premiumtimesng.com"),
    ("Garowe Online", "garoweonline.com"),
    ("TOLOnews", "tolonews.com"),
    ("El País", "elpais.com"),
)
FIRST_NAMES = _words(
    "Ryan Amal Sami Layla Omar Nadia Karim Hussein Fatima Thomas Anna Olena Mykola Ibrahim "
    "Aisha Mustafa Dilan Rojda Jean Claire Ahmed Yusuf Mariam Hassan Elena Pierre"
)
LAST_NAMES = _words(
    "Dillon Haddad Khalil Nasser Abbas Ozturk Yilmaz Kovalenko Shevchenko Dubois Martin Rahman "
    "Farouk Osman Ali Hussein Saleh Barzani Mohammed Petrenko Garcia Lefevre"
)
TITLES = ("Col.", "Maj.", "Gen.", "Dr", "", "", "", "")

# Count measures: (measure slug, unit noun, predicate used in quotes, log10 range of the base).
COUNT_MEASURES = (
    ("fighters-evacuated", "fighters", "had been allowed to leave the city", (1.3, 3.5)),
    ("civilians-killed", "civilians", "were killed in the strikes", (1.0, 3.3)),
    ("people-displaced", "people", "have been forced from their homes", (2.5, 5.3)),
    ("detainees-escaped", "detainees", "escaped from the prison", (1.0, 3.0)),
    ("trucks-in-convoy", "trucks", "were counted in the convoy", (1.0, 2.7)),
    ("protesters-arrested", "protesters", "were detained by security forces", (1.0, 3.0)),
    ("homes-destroyed", "homes", "were destroyed or badly damaged", (1.5, 4.0)),
    ("families-evacuated", "families", "were taken out of the area", (1.3, 3.7)),
    ("soldiers-deployed", "soldiers", "were sent to the front line", (2.0, 4.3)),
    ("migrants-rescued", "migrants", "were pulled from the water", (1.0, 3.0)),
    ("children-missing", "children", "are still unaccounted for", (1.0, 3.0)),
    ("prisoners-released", "prisoners", "were freed under the agreement", (1.0, 3.3)),
    ("refugees-returned", "refugees", "have returned since the ceasefire", (2.0, 4.7)),
    ("people-injured", "people", "were treated for their injuries", (1.0, 3.5)),
    ("buses-used", "buses", "were used to move people out", (1.0, 2.3)),
    ("airstrikes", "airstrikes", "were carried out over the week", (1.0, 2.7)),
)
LENGTH_MEASURE = ("convoy-length-km", "kilometres", "the convoy stretched", (0.3, 1.5))
MONEY_MEASURE = ("aid-pledged-usd", "dollars", "was pledged for reconstruction", (6.0, 9.5))
PERCENT_MEASURE = ("turnout-percent", "percent", "of registered voters took part", (1.3, 1.9))

ACTORS = _words(
    "coalition government army militia rebels police local-council un-agency border-guards "
    "opposition ministry smugglers"
)
ACTIONS = (
    "took-part-in-negotiations",
    "approved-the-deal",
    "knew-about-the-convoy",
    "paid-the-drivers",
    "screened-the-evacuees",
    "used-human-shields",
    "allowed-foreign-fighters-to-leave",
    "shelled-the-camp",
    "blocked-aid-deliveries",
    "released-detainees",
    "targeted-civilians",
    "opened-the-border",
    "warned-residents-in-advance",
    "used-chemical-weapons",
    "withdrew-from-the-town",
    "signed-the-ceasefire",
)
LEADS_FIGURE = (
    "A spokesperson said",
    "Officials told reporters that",
    "According to the statement,",
    "Witnesses said",
    "The group claimed that",
    "In a written answer the office said",
    "Speaking on condition of anonymity, an official said",
    "Local sources estimated that",
    "A senior commander told the agency that",
    "The report found that",
)
LEADS_AFFIRM = (
    "said that",
    "confirmed that",
    "insisted that",
    "acknowledged on Tuesday that",
    "told the agency that",
)
LEADS_DENY = (
    "denied that",
    "rejected reports that",
    "said it was untrue that",
    "dismissed claims that",
    "said there was no evidence that",
)
TAILS = (
    ".",
    ", a figure that could not be independently verified.",
    " on the first day of the operation.",
    " before the ceasefire took hold, according to people familiar with the talks.",
    ", adding that the number was likely to rise.",
    ", though earlier estimates had been considerably lower.",
    " in the days that followed.",
    ", the statement said, without giving further details.",
)
STANCE_TAILS = (
    ".",
    ", a claim that could not be independently verified.",
    " in a statement on Tuesday.",
    ", according to people familiar with the talks, who spoke on condition of anonymity.",
    ", contradicting earlier accounts from the area.",
    ", the statement said, without giving further details.",
)
NOTES = (
    "Relayed by the outlet; the original statement could not be found.",
    "Date inferred from the publication date.",
    "Translated from Arabic by the outlet.",
    "Figure as given in the headline; the body of the article is vaguer.",
    "Paraphrase by the reporter, not a direct quote.",
    "Later corrected by the outlet; original wording kept here.",
    "Second-hand: the claimant was quoted by another agency.",
)
ONES = _words(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
)
TENS = _words("_ _ twenty thirty forty fifty sixty seventy eighty ninety")

DAY0 = _dt.date(2014, 1, 1).toordinal()
DAY_SPAN = _dt.date(2024, 6, 30).toordinal() - DAY0


# ---------------------------------------------------------------------------------------------
# Numbers as sources write them


def spell(n: int) -> str | None:
    """0..99, k hundred and k thousand (k < 10) in words; None for anything else."""
    if n < 20:
        return ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return TENS[tens] if ones == 0 else f"{TENS[tens]}-{ONES[ones]}"
    if n < 1000 and n % 100 == 0:
        return f"{ONES[n // 100]} hundred"
    if n < 10_000 and n % 1000 == 0:
        return f"{ONES[n // 1000]} thousand"
    return None


def rounded(rng: random.Random, x: float) -> int:
    """A count as a source would state it: mostly 1-2 significant figures, sometimes exact."""
    n = max(1, round(x))
    r = rng.random()
    if r < 0.10 or n < 20:
        return n
    digits = 1 if r < 0.35 else 2
    step = 10 ** max(0, int(math.log10(n)) + 1 - digits)
    if r > 0.85 and step >= 10:
        step //= 2  # "250", "3,500"
    return max(step, round(n / step) * step)


def vague(rng: random.Random, n: int, unit: str) -> str:
    """A vague amount of the right order of magnitude: "dozens of fighters", "hundreds"."""
    of = f" of {unit}" if rng.random() < 0.5 else ""
    bare = f" {unit}" if of else ""
    if n < 12:
        return rng.choice((f"a handful{of}", f"a few{bare}", f"several{bare}"))
    if n < 100:
        return rng.choice(
            (f"dozens{of}", f"a few dozen{bare}", f"scores{of}", f"several dozen{bare}")
        )
    if n < 1000:
        return rng.choice(
            (
                f"hundreds{of}",
                f"several hundred{bare}",
                f"a couple of hundred{bare}",
                f"many hundreds{of}",
            )
        )
    if n < 10_000:
        return rng.choice((f"thousands{of}", f"several thousand{bare}", f"a few thousand{bare}"))
    if n < 100_000:
        return f"tens of thousands{of}"
    return f"hundreds of thousands{of}"


def count_phrase(rng: random.Random, x: float, unit: str) -> str:
    """One figure phrase for a count near x, drawn from the phrase mix."""
    n = rounded(rng, x)
    s = f"{n:,}" if n >= 1000 and rng.random() < 0.9 else str(n)
    u = f" {unit}" if rng.random() < 0.45 else ""
    r = rng.random()
    if r < 0.14:
        return s + u  # bare number
    if r < 0.21:
        return f"some {s}{u}"
    if r < 0.34:
        hedge = rng.choice(("around", "about", "roughly", "approximately", "an estimated"))
        return f"{hedge} {s}{u}"
    if r < 0.39:
        return f"{rng.choice(('nearly', 'almost', 'close to'))} {s}{u}"
    if r < 0.45:
        return f"{rng.choice(('at least', 'at least', 'no fewer than'))} {s}{u}"
    if r < 0.47:
        return f"{s}+" if rng.random() < 0.5 else f"{s} or more{u}"
    if r < 0.53:
        return f"{rng.choice(('more than', 'over', 'upwards of', 'in excess of'))} {s}{u}"
    if r < 0.58:
        return f"{rng.choice(('up to', 'as many as'))} {s}{u}"
    if r < 0.60:
        return f"{rng.choice(('fewer than', 'less than', 'under'))} {s}{u}"
    if r < 0.68:
        hi = rounded(rng, n * (1.1 + rng.random() * 0.6))
        if hi <= n:
            hi = n + max(1, n // 10)
        t = f"{hi:,}" if hi >= 1000 else str(hi)
        form = rng.random()
        if form < 0.4:
            return f"between {s} and {t}{u}"
        if form < 0.7:
            return f"{s} to {t}{u}"
        return f"{s}-{t}{u}"
    if r < 0.70:
        return f"{s} or so{u}" if rng.random() < 0.6 else f"{n}-odd{u}"
    if r < 0.75:
        words = spell(n) or spell(rounded_to_word(n))
        if words is not None:
            return words + u
        return s + u
    return vague(rng, n, unit)


def rounded_to_word(n: int) -> int:
    if n < 100:
        return n
    if n < 1000:
        return max(100, round(n / 100) * 100) if n < 950 else 900
    return max(1000, min(9000, round(n / 1000) * 1000))


def length_phrase(rng: random.Random, x: float) -> str:
    a = max(1, round(x))
    unit = rng.choice(("kilometres", "kilometres", "km"))
    r = rng.random()
    if r < 0.3:
        b = a + 1 + int(rng.random() * 2)
        wa, wb = spell(a), spell(b)
        if wa and wb and unit == "kilometres":
            return f"{wa} to {wb} {unit}" + (" long" if rng.random() < 0.3 else "")
        return f"{a} to {b} {unit}"
    if r < 0.6:
        return f"{rng.choice(('some', 'about', 'around'))} {a} {unit}"
    if r < 0.75:
        return f"{rng.choice(('nearly', 'more than', 'at least'))} {a} {unit}"
    return f"{a} {unit}" + (" long" if rng.random() < 0.3 else "")


def money_phrase(rng: random.Random, x: float) -> str:
    if x >= 1e9:
        v, word = round(x / 1e9, 1), rng.choice(("bn", " billion"))
    else:
        v, word = round(x / 1e6), rng.choice(("m", " million"))
    num = f"{v:g}"
    hedge = rng.choice(("", "", "about ", "up to ", "more than ", "nearly "))
    return f"{hedge}${num}{word}"


def percent_phrase(rng: random.Random, x: float) -> str:
    n = max(1, min(99, round(x)))
    sign = rng.choice(("%", " per cent", " percent"))
    return f"{rng.choice(('', 'about ', 'nearly ', 'more than ', 'just over '))}{n}{sign}"


# ---------------------------------------------------------------------------------------------
# Subjects


def subject_sizes(n: int, rng: random.Random) -> list[tuple[str, int]]:
    """(name, size) of each subject: power-law sizes (exponent ~2.1), summing to n."""
    out: list[tuple[str, int]] = []
    rest = n
    if n >= BIG_SUBJECT_MIN_N:
        out.append((BIG_SUBJECT, BIG_SUBJECT_SIZE))
        rest -= BIG_SUBJECT_SIZE
    cap = max(20, min(5000, n // 20))
    k = 0
    while rest > 0:
        u = 1.0 - rng.random()  # (0, 1]
        size = min(cap, int(4 * u ** (-1 / 1.1)), rest)
        place = PLACES[k % len(PLACES)]
        event = EVENTS[(k // len(PLACES)) % len(EVENTS)]
        out.append((f"{place}-{event}-{k + 1}", size))
        rest -= size
        k += 1
    return out


class Subject:
    """What one subject's claims draw from: claimants, measures, propositions, dates."""

    __slots__ = (
        "claimant_weights",
        "claimants",
        "counter",
        "day0",
        "measure_weights",
        "measures",
        "moments",
        "name",
        "props",
        "reversers",
        "speakers",
        "stances",
    )

    def __init__(self, name: str, size: int, rng: random.Random) -> None:
        self.name = name
        self.counter = 0
        scale = math.log10(max(size, 2))
        n_claimants = min(len(CLAIMANTS), 2 + int(rng.random() * 2 + 2.5 * scale))
        self.claimants = rng.sample(CLAIMANTS, n_claimants)
        if size >= 1000:  # big stories collect named witnesses too
            self.claimants += [
                f"Witness {chr(65 + i)} ({rng.choice(OUTLETS)[0]} interview)"
                for i in range(int(scale * 3))
            ]
        acc, weights = 0.0, []
        for i in range(len(self.claimants)):
            acc += 1.0 / (i + 1)  # Zipf: the first claimant is the most active
            weights.append(acc)
        self.claimant_weights = weights
        # about 15% of claimants contradict themselves at some point
        self.reversers = {c for c in self.claimants if rng.random() < 0.15}
        self.speakers = _own_speakers(name, self.claimants)

        n_measures = min(6, 1 + int(rng.random() + scale))
        pool: list[tuple[str, str, str, tuple[float, float]]] = list(COUNT_MEASURES)
        measures = rng.sample(pool, min(n_measures, len(pool)))
        r = rng.random()
        if r < 0.08:
            measures[-1] = LENGTH_MEASURE
        elif r < 0.13:
            measures[-1] = MONEY_MEASURE
        elif r < 0.16:
            measures[-1] = PERCENT_MEASURE
        # (slug, unit, predicate, base value, {claimant: bias})
        self.measures = []
        for slug, unit, pred, (lo, hi) in measures:
            base = 10 ** (lo + rng.random() * (hi - lo))
            self.measures.append((slug, unit, pred, base, {}))
        self.measure_weights = _cumulative(len(self.measures))

        n_props = min(8, 1 + int(rng.random() * 2 + 1.5 * scale))
        self.props = [
            f"{rng.choice(ACTORS)}-{a}" for a in rng.sample(ACTIONS, min(n_props, len(ACTIONS)))
        ]
        self.stances: dict[tuple[str, str], bool] = {}
        self.day0 = DAY0 + int(rng.random() * (DAY_SPAN - 120))
        self.moments = sorted(self.day0 + int(rng.random() * 90) for _ in range(3))


def _own_speakers(subject: str, claimants: list[str]) -> dict[str, tuple[str, ...]]:
    """claimant -> its one to three speakers, names no other claimant of the subject has: in a
    real story a spokesman speaks for one body (version 2 drew any name for any claimant, so one
    name spoke for several claimants of a subject by chance and joined origins no story would:
    docs/performance.md, evidence8). Drawn from a generator of the subject's own (seeded by its
    name), so that the main stream, and every other field of the file, is version 2's."""
    own = random.Random(f"speakers:{subject}")
    names: set[str] = set()
    out: dict[str, tuple[str, ...]] = {}
    for c in claimants:
        mine: list[str] = []
        for _ in range(1 + int(own.random() * 3)):
            while True:  # a name is its own without its title ("Col. Ryan Dillon", "Ryan Dillon")
                title = own.choice(TITLES)
                name = f"{own.choice(FIRST_NAMES)} {own.choice(LAST_NAMES)}"
                if name not in names:
                    break
            names.add(name)
            mine.append(f"{title} {name}".lstrip())
        out[c] = tuple(mine)
    return out


def _cumulative(k: int) -> list[float]:
    acc, out = 0.0, []
    for i in range(k):
        acc += 1.0 / (i + 1) ** 0.8
        out.append(acc)
    return out


def _date(ordinal: int) -> str:
    return _dt.date.fromordinal(ordinal).isoformat()


def _fit_quote(rng: random.Random, core: str, tails: tuple[str, ...] = TAILS) -> str:
    """core + a tail, kept within 200 characters (cut at a word boundary when needed)."""
    q = core + rng.choice(tails)
    if len(q) < 80:
        q = core + tails[3]
    if len(q) > 200:
        q = q[:199].rsplit(" ", 1)[0] + "."
    return q


def make_claim(s: Subject, rng: random.Random) -> dict[str, Any]:
    """The next claim of subject s, as a record-format dict (key order = record order)."""
    s.counter += 1
    claimant = rng.choices(s.claimants, cum_weights=s.claimant_weights)[0]
    rec: dict[str, Any] = {"id": f"{s.name}-{s.counter}", "subject": s.name, "claimant": claimant}
    r = rng.random()
    if r < 0.3:
        # the three draws of version 2, kept so that the rest of the file is the same: they
        # pick one of the claimant's own speakers
        rng.choice(TITLES)
        first, last = FIRST_NAMES.index(rng.choice(FIRST_NAMES)), rng.choice(LAST_NAMES)
        mine = s.speakers[claimant]
        rec["speaker"] = mine[(first + len(last)) % len(mine)]
    outlet = None
    if rng.random() < 0.9:
        outlet, domain = rng.choice(OUTLETS)
        rec["outlet"] = outlet
    day = s.day0 + int(rng.random() * 120)
    said = _date(day)
    dated = rng.random()
    if outlet is not None and rng.random() < 0.5:
        rec["url"] = f"https://www.{domain}/{said[:4]}/{said[5:7]}/{s.name}-{s.counter}"
    if dated < 0.75:
        rec["said_on"] = said
    if dated < 0.55:
        rec["reported_on"] = _date(day + int(rng.random() * 3))
    elif dated < 0.9:
        rec["reported_on"] = said[:7]  # month only

    if rng.random() < 0.6:
        slug, unit, pred, base, bias = s.measures[
            rng.choices(range(len(s.measures)), cum_weights=s.measure_weights)[0]
        ]
        b = bias.get(claimant)
        if b is None:
            b = bias[claimant] = math.exp(rng.gauss(0.0, 0.6))
        if claimant in s.reversers and rng.random() < 0.3:
            b *= rng.choice((0.2, 0.3, 3.0, 5.0))
        x = base * b * math.exp(rng.gauss(0.0, 0.15))
        if slug == LENGTH_MEASURE[0]:
            value = length_phrase(rng, x)
            core = f"{rng.choice(LEADS_FIGURE)} {pred} for {value}"
        elif slug == MONEY_MEASURE[0]:
            value = money_phrase(rng, x)
            core = f"{rng.choice(LEADS_FIGURE)} {value} {pred}"
        elif slug == PERCENT_MEASURE[0]:
            value = percent_phrase(rng, x)
            core = f"{rng.choice(LEADS_FIGURE)} {value} {pred}"
        else:
            value = count_phrase(rng, x, unit)
            shown = value if value.endswith(unit) else f"{value} {unit}"
            core = f"{rng.choice(LEADS_FIGURE)} {shown} {pred}"
        rec["quote"] = _fit_quote(rng, core)
        rec["kind"] = "figure"
        rec["measure"] = slug
        rec["value"] = value
        if rng.random() < 0.3:
            rec["as_of"] = _date(rng.choice(s.moments))
    else:
        prop = rng.choice(s.props)
        key = (claimant, prop)
        affirms = s.stances.get(key)
        if affirms is None:
            affirms = s.stances[key] = rng.random() < 0.55
        if claimant in s.reversers and rng.random() < 0.3:
            affirms = not affirms
        lead = rng.choice(LEADS_AFFIRM if affirms else LEADS_DENY)
        text = "the " + prop.replace("-", " ", 1).replace("-", " ")
        rec["quote"] = _fit_quote(rng, f"{claimant} {lead} {text}", STANCE_TAILS)
        rec["kind"] = "stance"
        rec["proposition"] = prop
        rec["stance"] = "affirms" if affirms else "denies"
    if rng.random() < 0.15:
        rec["note"] = rng.choice(NOTES)
    return rec


def iter_claims(n: int, seed: int = 1, order: str = "shuffled") -> Iterator[dict[str, Any]]:
    """Yield n claims. ``order``: "shuffled" (subjects interleaved, the harder case for the
    indexes) or "grouped" (one subject after another, like an export)."""
    if order not in ("shuffled", "grouped"):
        raise ValueError(f"order must be shuffled or grouped, not {order!r}")
    rng = random.Random(seed)
    sizes = subject_sizes(n, rng)
    subjects: list[Subject | None] = [None] * len(sizes)
    if order == "grouped":
        sequence: Any = (i for i, (_, size) in enumerate(sizes) for _ in range(size))
    else:
        sequence = [i for i, (_, size) in enumerate(sizes) for _ in range(size)]
        rng.shuffle(sequence)
    for i in sequence:
        s = subjects[i]
        if s is None:
            name, size = sizes[i]
            s = subjects[i] = Subject(name, size, rng)
        yield make_claim(s, rng)
        if order == "grouped" and s.counter == sizes[i][1]:
            subjects[i] = None  # done with it


def generate(
    n: int,
    out: str | Path,
    *,
    seed: int = 1,
    order: str = "shuffled",
    progress: Callable[[int], None] | None = None,
) -> dict[str, Any]:
    """Write n claims to ``out`` (JSONL, UTF-8); return statistics about what was written."""
    if n < 1:
        raise ValueError("n must be at least 1")
    t0 = time.perf_counter()
    out = Path(out)
    rng = random.Random(seed)
    sizes = subject_sizes(n, rng)
    dumps = json.JSONEncoder(ensure_ascii=False).encode
    kinds = {"figure": 0, "stance": 0}
    quote_chars = 0
    buf: list[str] = []
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for count, rec in enumerate(iter_claims(n, seed, order), 1):
            kinds[rec["kind"]] += 1
            quote_chars += len(rec["quote"])
            buf.append(dumps(rec))
            if len(buf) >= 5000:
                buf.append("")
                fh.write("\n".join(buf))
                buf.clear()
                if progress is not None:
                    progress(count)
        if buf:
            buf.append("")
            fh.write("\n".join(buf))
    ordered = sorted((s for _, s in sizes), reverse=True)
    return {
        "n": n,
        "seed": seed,
        "order": order,
        "generator_version": GENERATOR_VERSION,
        "file": str(out),
        "bytes": out.stat().st_size,
        "seconds": round(time.perf_counter() - t0, 3),
        "subjects": len(sizes),
        "largest_subjects": [(name, size) for name, size in sorted(sizes, key=lambda x: -x[1])][:3],
        "median_subject_size": ordered[len(ordered) // 2],
        "figures": kinds["figure"],
        "stances": kinds["stance"],
        "mean_quote_chars": round(quote_chars / n, 1),
    }


def figure_phrases(n: int, seed: int = 1) -> list[str]:
    """n figure phrases (``value`` texts) drawn from the same mix as the generated claims."""
    rng = random.Random(seed)
    out = []
    while len(out) < n:
        r = rng.random()
        unit = rng.choice(COUNT_MEASURES)[1]
        if r < 0.06:
            out.append(length_phrase(rng, 10 ** (0.3 + rng.random() * 1.2)))
        elif r < 0.10:
            out.append(money_phrase(rng, 10 ** (6 + rng.random() * 3.5)))
        elif r < 0.13:
            out.append(percent_phrase(rng, 20 + rng.random() * 70))
        else:
            out.append(count_phrase(rng, 10 ** (1 + rng.random() * 4), unit))
    return out


def validate(path: str | Path) -> int:
    """Check every line of a generated file with claimtrack's own model: it must be valid and
    come back unchanged (no slug or id rewritten). Returns the number of lines checked."""
    from claimtrack.models import Claim

    n = 0
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            rec = json.loads(line)
            claim = Claim.model_validate(rec)
            for key, value in rec.items():
                if getattr(claim, key) != value:
                    raise ValueError(f"line {n}: {key} {value!r} became {getattr(claim, key)!r}")
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Write N synthetic claims as JSONL.")
    ap.add_argument("n", type=int, help="number of claims")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("-o", "--output", default="-", help="output file (default: stdout)")
    ap.add_argument("--order", choices=("shuffled", "grouped"), default="shuffled")
    ap.add_argument(
        "--validate",
        action="store_true",
        help="then check every line with claimtrack's model (slow; needs claimtrack)",
    )
    args = ap.parse_args(argv)
    if args.output == "-":
        dumps = json.JSONEncoder(ensure_ascii=False).encode
        write = sys.stdout.write
        for rec in iter_claims(args.n, args.seed, args.order):
            write(dumps(rec) + "\n")
        return 0
    stats = generate(args.n, args.output, seed=args.seed, order=args.order)
    if args.validate:
        stats["validated"] = validate(args.output)
    print(json.dumps(stats, ensure_ascii=False), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
