"""Write src/claimtrack/quantities/currencies.py: the currencies in use today, by the English
names the Unicode CLDR gives them (through Babel), for the figure parser's unit table.

    pip install "babel>=2.19" && python scripts/currency_table.py

Babel is needed only to regenerate the table, never at run time. The table adds what the
hand-written rows of ``quantities/units.py`` do not already say: each currency's full names
("thai baht", "bangladeshi takas"), its ISO code, and its bare noun ("baht", "taka") when that
noun names one currency in use. A noun that names several ("kwacha": Malawi and Zambia) is
refused with the reason, like "pesos". Nouns that are also common English words or units
("gold", "mark", "dram", "sol") are left out: only their full names are read. Codes that are
English words ("all", "top", "try") are left out too: "5 all" is never a currency.
"""

from __future__ import annotations

import datetime
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

from babel import Locale
from babel.numbers import get_currency_name, get_territory_currencies

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "src" / "claimtrack" / "quantities" / "currencies.py"
ON = datetime.date(2026, 1, 1)

# bare nouns that are English words or other units: only the full name is read
NOT_BARE = {"gold", "mark", "marks", "dram", "drams", "sol", "soles", "real", "reals", "colon"}
NOT_BARE |= {"colons"}
# ISO codes that are English words or common abbreviations after/before a number
NOT_CODES = {"all", "top", "try", "cup", "mop", "bob", "gel", "mad", "pen", "sos", "ron"}
NOT_CODES |= {"bam", "php", "ang", "cop"}


def plain(text: str) -> str:
    """Lower case, accents dropped ("colón" -> "colon"), "&" written "and", "ʻ" dropped."""
    text = text.lower().replace("&", "and").replace("ʻ", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def spellings(name: str) -> list[str]:
    """The name as CLDR writes it (lower case) and without accents, if that differs."""
    written = name.lower().replace("&", "and").replace("ʻ", "'")
    return list(dict.fromkeys([written, plain(name)]))


def in_use() -> list[str]:
    codes: set[str] = set()
    for territory in Locale("en").territories:
        if len(territory) == 2 and territory.isalpha():
            codes |= set(get_territory_currencies(territory, ON, tender=True, non_tender=False))
    return sorted(codes)


def hand_phrases() -> set[str]:
    """Every phrase the hand-written unit rows already read or refuse."""
    sys.path.insert(0, str(ROOT / "src"))
    from claimtrack.quantities import units

    phrases: set[str] = set()
    for block in (units._UNIT_ROWS, units._REFUSED_UNITS.replace("\\\n", "")):
        for line in block.strip().splitlines():
            if "|" not in line:
                continue
            head, _, rest = line.partition("|")
            listed = head if block is not units._UNIT_ROWS else rest
            phrases |= {p.strip() for p in listed.split(",") if p.strip()}
    return phrases


def main() -> None:
    codes = in_use()
    hand = hand_phrases()
    names = {
        c: (get_currency_name(c, count=1, locale="en"), get_currency_name(c, count=2, locale="en"))
        for c in codes
    }
    # a currency's bare nouns (singular and plural) go together, keyed by the singular: if
    # the singular names several currencies ("manat"), every form of each is shared ("manats")
    nouns: dict[str, set[str]] = defaultdict(set)  # singular bare noun -> the codes it names
    for code, (one, _many) in names.items():
        nouns[plain(one.split()[-1])].add(code)
    rows: list[str] = []
    rows_of: dict[str, list[str]] = {}
    shared: dict[str, list[str]] = defaultdict(list)  # singular -> its forms, then its codes
    for code, (one, many) in names.items():
        phrases: list[str] = []
        key = plain(one.split()[-1])
        bare = [s for name in (one, many) for s in spellings(name.split()[-1])]
        is_shared = len(nouns[key]) > 1
        for name in (one, many):
            phrases += spellings(name)
        for spelled in dict.fromkeys(bare):
            if spelled in NOT_BARE:
                continue
            if is_shared:
                if spelled not in shared[key]:
                    shared[key].append(spelled)
            else:
                phrases.append(spelled)
        if code.lower() not in NOT_CODES:
            phrases.append(code.lower())
        rows_of[code] = phrases
    taken = {form for forms in shared.values() for form in forms}
    for code, phrases in rows_of.items():
        new = [p for p in dict.fromkeys(phrases) if p not in hand and p not in taken]
        line = ""
        for phrase in new:  # one row per 100 columns: a code may have several rows
            if line and len(line) + len(phrase) + 2 > 100:
                rows.append(line)
                line = ""
            line = f"{line}, {phrase}" if line else f"{code} 1 | {phrase}"
        if line:
            rows.append(line)
    refused = []
    for key, forms in sorted(shared.items()):
        forms = [f for f in forms if f not in hand]
        if forms:
            codes_of = sorted(nouns[key])
            examples = [plain(names[c][0]) for c in codes_of]
            refused.append(f"{', '.join(forms)} | {', '.join(examples)} | {' '.join(codes_of)}")
    prefix_codes = sorted(c.lower() for c in codes if c.lower() not in NOT_CODES)
    TARGET.write_text(render(rows, refused, prefix_codes), encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}: {len(rows)} currencies, {len(refused)} shared nouns")


def render(rows: list[str], refused: list[str], prefix_codes: list[str]) -> str:
    def wrapped(words: list[str], width: int = 92) -> str:
        lines, line = [], ""
        for w in words:
            if line and len(line) + len(w) + 1 > width:
                lines.append(line)
                line = ""
            line = f"{line} {w}".strip()
        return "\n".join([*lines, line])

    return (
        '"""Currencies in use, by their English names (Unicode CLDR, through Babel): generated by\n'
        "scripts/currency_table.py, do not edit by hand. Read after the hand-written rows of\n"
        'units.py, which win where both name a phrase."""\n\n'
        'CURRENCY_ROWS = """\n' + "\n".join(rows) + '\n"""\n\n'
        "# Nouns that name the currency of several countries in use: refused, asking which.\n"
        "# forms | each currency's name | their ISO codes\n"
        'SHARED_NOUNS = """\n' + "\n".join(refused) + '\n"""\n\n'
        '# ISO 4217 codes in use, read before a number ("THB 5 billion").\n'
        'CODES = """\n' + wrapped(prefix_codes) + '\n"""\n'
    )


if __name__ == "__main__":
    main()
