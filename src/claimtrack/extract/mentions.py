"""Who a mention refers to: a definite description ("the company", "the ministry", "the
government") and the named bodies of the article it can stand for, by the shape of their
names; a nationality adjective and its country ("Sudanese" / "Sudan" / "Khartoum"); an
abbreviation and the name it stands for.

Pure tables and functions of the article's text: general English, not any article's names.
``coreference`` asks :func:`named_body` when a description has no antecedent among the
speakers; the pipeline asks :func:`national_body` for the one name a government goes by.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# --- head nouns and the name shapes they match ----------------------------------------------


# a company's name ends with its legal form or with what it makes or does
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_COMPANY_NAME = _words(
    """inc incorporated ltd limited corp corporation co company plc llc llp lp ag sa nv bv gmbh
    se spa pty holdings group manufacturing industries systems technologies technology
    networks labs laboratories airlines airways energy pharmaceuticals pharma communications
    telecom telecommunications electronics enterprises resources petroleum oil gas steel
    mining minerals metals insurance logistics partners brands foods motors automotive
    software semiconductor semiconductors chemicals construction capital ventures
    entertainment media retail stores markets solutions services shipping railways airport
    bancorp"""
)

# head noun -> the words a body's name shows its kind by (its last word, or the word before
# "of": "Ministry of Health", "Bank of Norland"); nouns of one family share a table
HEADS: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        ("company", "firm", "business", "corporation", "manufacturer", "maker", "carmaker",
         "automaker", "producer", "employer", "conglomerate", "supplier", "distributor",
         "wholesaler"),
        _COMPANY_NAME,
    ),
    "group": _COMPANY_NAME | {"group"},  # "the group": a company's too
    # "the chain": a body the article calls a chain, or whose name shows shops
    "chain": frozenset({"restaurants", "stores", "supermarkets", "shops"}),
    "airline": frozenset({"airlines", "airways", "air"}),
    "carrier": frozenset({"airlines", "airways", "air"}),
    "bank": frozenset({"bank", "bancorp"}),
    "lender": frozenset({"bank", "bancorp"}),
    "insurer": frozenset({"insurance", "assurance"}),
    "ministry": frozenset({"ministry"}),
    "department": frozenset({"department"}),
    # a public body of any name: "the agency" of the Consumer Product Safety Commission, the
    # Food and Drug Administration, the Environmental Protection Agency (extract43)
    "agency": frozenset({"agency", "administration", "commission", "bureau", "authority"}),
    "administration": frozenset({"administration"}),
    "office": frozenset({"office"}),
    "service": frozenset({"service"}),
    "council": frozenset({"council"}),
    "union": frozenset({"union"}),
    "party": frozenset({"party"}),
    "commission": frozenset({"commission"}),
    "committee": frozenset({"committee"}),
    "court": frozenset({"court"}),
    "tribunal": frozenset({"tribunal"}),
    "jury": frozenset({"jury"}),
    # the judges who sit in a court are that court: "the panel", "the bench", "the justices"
    **dict.fromkeys(("panel", "bench", "justices", "judges"), frozenset({"court", "tribunal"})),
    "jurors": frozenset({"jury"}),
    "police": frozenset({"police", "constabulary"}),
    "force": frozenset({"police", "constabulary"}),  # "the force": a police body (extract47)
    "army": frozenset({"army"}),
    "navy": frozenset({"navy"}),
    "board": frozenset({"board"}),
    "authority": frozenset({"authority"}),
    "institute": frozenset({"institute"}),
    "foundation": frozenset({"foundation"}),
    "association": frozenset({"association"}),
    "federation": frozenset({"federation"}),
    "hospital": frozenset({"hospital", "infirmary"}),
    "clinic": frozenset({"clinic"}),
    "university": frozenset({"university"}),
    "college": frozenset({"college"}),
    "school": frozenset({"school", "academy"}),
    "museum": frozenset({"museum"}),
    "church": frozenset({"church"}),
    "trust": frozenset({"trust"}),
    "fund": frozenset({"fund"}),
    "network": frozenset({"network"}),
    "coalition": frozenset({"coalition"}),
    "alliance": frozenset({"alliance"}),
    "organisation": frozenset({"organisation", "organization"}),
    "organization": frozenset({"organisation", "organization"}),
    "observatory": frozenset({"observatory"}),
    "parliament": frozenset({"parliament"}),
    "assembly": frozenset({"assembly"}),
}  # fmt: skip

# a word that makes a name no body's: a person's title, a place's kind
_NOT_BODY = frozenset({"mr", "mrs", "ms", "dr", "prof", "street", "road", "river", "county",
                       "city", "province", "state", "district", "square"})  # fmt: skip
_JOINERS = ("of", "for", "and", "the", "on", "&", "de")
# a capitalised word ("U.N." keeps its stops; a sentence's full stop ends it) and the words
# of a name it runs on over ("of", "for", "and", "the")
_WORD = r"[A-Z](?:[\w'’&-]|\.(?=\w)|(?<=\.[A-Z])\.)*"  # "U.S." keeps its last stop
_NAME = re.compile(rf"(?<![\w'’-]){_WORD}(?:[^\S\n]+(?:(?:of|for|and|the|&|de)[^\S\n]+)*{_WORD})*")


class Resolved(NamedTuple):
    """The body a description stands for, and whether the article leaves a doubt."""

    name: str
    certain: bool
    how: str


def kind_words(name: str) -> frozenset[str]:
    """The words a body's name shows its kind by: its last word, and the word before each
    "of"/"for" ("Ministry of Health" -> ministry, health)."""
    words = [w.strip(".,()").lower() for w in name.split()]
    words = [w for w in words if w]
    if not words:
        return frozenset()
    found = {words[-1]}
    for i, w in enumerate(words[1:], 1):
        if w in ("of", "for"):
            found.add(words[i - 1])
    return frozenset(found)


# what the initials of well-known international bodies are called by a bare noun ("the
# fund" is the IMF, never the EU): initials alone show no kind, so without this any body of
# initials that spoke last was "the fund", "the bank" or "the union" (extract44)
_ACRONYM_KINDS: dict[str, frozenset[str]] = {
    "EU": frozenset({"union", "bloc"}),
    "AU": frozenset({"union", "bloc"}),
    "UN": frozenset({"organisation", "organization", "body"}),
    "IMF": frozenset({"fund", "lender"}),
    "ECB": frozenset({"bank", "lender"}),
    "WHO": frozenset({"organisation", "organization", "agency", "body"}),
    "WFP": frozenset({"agency", "programme", "program"}),
    "UNHCR": frozenset({"agency"}),
    "UNICEF": frozenset({"agency", "fund"}),
    "FAO": frozenset({"agency", "organisation", "organization"}),
    "OECD": frozenset({"organisation", "organization", "body"}),
    "WTO": frozenset({"organisation", "organization", "body"}),
    "NATO": frozenset({"alliance", "organisation", "organization"}),
    "OPEC": frozenset({"organisation", "organization", "cartel", "group"}),
    "ICRC": frozenset({"committee", "organisation", "organization"}),
}


def acronym_may_be(name: str, head: str) -> bool:
    """Whether the bare noun ``head`` ("the fund") may stand for ``name`` as far as a
    well-known body's initials tell ("IMF": yes; "EU": no); any other name: yes."""
    kinds = _ACRONYM_KINDS.get(name.replace(".", ""))
    return kinds is None or head in kinds or head in {"body", "organisation", "organization"}


def fits(head: str, name: str) -> bool:
    """A named body ``name`` may be called "the ``head``": its name shows that kind
    ("East Penn Manufacturing" is a company, "Ministry of Health" a ministry; "Ministry of
    Health" is no company, "Harbour Workers Union" no board)."""
    shapes = HEADS.get(head)
    if shapes is None or not name[:1].isupper():
        return False
    words = [w.strip(".,()").lower() for w in name.split()]
    if words[0] in _NOT_BODY or words[-1] in _NOT_BODY or set(words) <= shapes | set(_JOINERS):
        return False  # "Dr Ann Holdings", "Union Street"; "Telecom" alone: a kind, no name
    return bool(kind_words(name) & shapes)


# nouns any body may be called by: "the group", "the organisation"
_GENERIC = frozenset({"group", "organisation", "organization", "body", "institution"})


def other_kind(head: str, name: str) -> bool:
    """The name shows a kind, and not the head's: "Ardley Police" is no court, "Bank of
    Norland" no company (a name of no telling form, "Ofwire", is of no kind)."""
    if head not in HEADS or head in _GENERIC or fits(head, name):
        return False
    return any(fits(other, name) for other in HEADS)


def _described(head: str, text: str, at: int, name: str) -> bool:
    """The article gives the name's kind beside it: "equipment maker Nokia", "the firm Acme",
    "Acme, a mining company," (a noun of the head's family right before, or after a comma)."""
    family = {h for h, shapes in HEADS.items() if shapes == HEADS[head]} | {head}
    kinds = "|".join(sorted(family))
    if re.search(rf"\b(?:{kinds})[^\S\n]+$", text[max(0, at - 30) : at]):
        return name[:1].isupper()
    after = text[at + len(name) : at + len(name) + 60]
    return bool(
        re.match(rf",[^\S\n]+(?:a|an|the)[^\S\n]+(?:[\w-]+[^\S\n]+){{0,3}}?(?:{kinds})\b", after)
    )


def _names_before(text: str) -> list[tuple[int, str]]:
    """Capitalised names in ``text``, a leading "The" or sentence opener dropped, with their
    offsets; a name runs over "of", "for", "and", "the" between capitals."""
    out = []
    for m in _NAME.finditer(text):
        words = m.group().split()
        start = m.start()
        while words and words[0] in ("The", "A", "An", "In", "On", "At", "By", "For", "But"):
            start = text.index(words[1], start) if len(words) > 1 else start
            words = words[1:]
        while words and words[-1].lower() in _JOINERS:
            words.pop()
        name = re.sub(r"(?<!\.[A-Z])\.$", "", " ".join(words).rstrip(","))  # not "U.S."
        name = re.sub(r"['’]s?$", "", name)  # "East Penn Manufacturing's plant"
        if name and name.lower() not in _CALENDAR:  # "A federal jury Friday awarded"
            out.append((start, name))
    return out


# a day or a month is never a body's name
_CALENDAR = _words(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december"""
)


def _in_quotation(text: str, at: int) -> bool:
    """Whether offset ``at`` is inside a quotation (an odd count of marks before it on its
    paragraph)."""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    return (line.count('"') + line.count("“") + line.count("”")) % 2 == 1


def named_body(head: str, before: str) -> Resolved | None:
    """The named body "the ``head``" stands for, from the article's words before it
    (``before``): the last named body whose name shows that kind, spoken or not, outside
    quotations; certain when the article names one body of that kind, a guess when it names
    several (the last is proposed); None when it names none."""
    if head == "government":
        return government(before)
    if head not in HEADS:
        return None
    found: list[str] = []
    by_name: set[str] = set()  # the names whose own form shows the kind
    for at, name in _names_before(before):
        if _in_quotation(before, at):
            continue
        for cut in _subnames(name):
            if fits(head, cut):
                by_name.add(cut.lower())
            elif not _described(head, before, at, cut):
                continue
            found.append(cut)
            break
    if not found:
        return None
    last = found[-1]
    distinct = {n.lower() for n in found}
    if len(distinct) > 1:
        how = f"'the {head}': the last of {len(distinct)} bodies of that kind named before, {last}"
        return Resolved(last, False, how)
    if last.lower() not in by_name:  # "equipment maker Nokia": a kind said beside the name
        how = f"'the {head}': {last}, the only body named before as of that kind"
        return Resolved(last, False, how)
    return Resolved(last, True, f"'the {head}': {last}, the body of that kind named before")


def _subnames(name: str) -> list[str]:
    """A name and the names inside it split at "and": "Acme Inc and Beta Group" holds two."""
    parts = [re.sub(r"^the\s+", "", p.strip()) for p in re.split(r"\s+(?:and|&)\s+", name)]
    return [name, *parts[::-1]] if len(parts) > 1 else [name]


# --- countries, their people's adjective and their capital ---------------------------------

# country | adjective(s) | capital: the countries of the world, as English news writes them
_COUNTRIES = """
Afghanistan|Afghan|Kabul;Albania|Albanian|Tirana;Algeria|Algerian|Algiers;Andorra|Andorran|
Andorra la Vella;Angola|Angolan|Luanda;Antigua and Barbuda|Antiguan|St John's;Argentina|
Argentine,Argentinian|Buenos Aires;Armenia|Armenian|Yerevan;Australia|Australian|Canberra;
Austria|Austrian|Vienna;Azerbaijan|Azerbaijani,Azeri|Baku;Bahamas|Bahamian|Nassau;Bahrain|
Bahraini|Manama;Bangladesh|Bangladeshi|Dhaka;Barbados|Barbadian|Bridgetown;Belarus|
Belarusian|Minsk;Belgium|Belgian|Brussels;Belize|Belizean|Belmopan;Benin|Beninese|
Porto-Novo;Bhutan|Bhutanese|Thimphu;Bolivia|Bolivian|La Paz;Bosnia and Herzegovina|
Bosnian|Sarajevo;Botswana|Botswanan,Motswana|Gaborone;Brazil|Brazilian|Brasilia;Brunei|
Bruneian|Bandar Seri Begawan;Bulgaria|Bulgarian|Sofia;Burkina Faso|Burkinabe|Ouagadougou;
Burundi|Burundian|Gitega;Cambodia|Cambodian|Phnom Penh;Cameroon|Cameroonian|Yaounde;Canada|
Canadian|Ottawa;Cape Verde|Cape Verdean|Praia;Central African Republic|Central African|
Bangui;Chad|Chadian|N'Djamena;Chile|Chilean|Santiago;China|Chinese|Beijing;Colombia|
Colombian|Bogota;Comoros|Comorian|Moroni;Congo|Congolese|Brazzaville;Democratic Republic of
Congo|Congolese|Kinshasa;Costa Rica|Costa Rican|San Jose;Ivory Coast|Ivorian|Yamoussoukro;
Croatia|Croatian|Zagreb;Cuba|Cuban|Havana;Cyprus|Cypriot|Nicosia;Czech Republic|Czech|
Prague;Denmark|Danish|Copenhagen;Djibouti|Djiboutian|Djibouti;Dominica|Dominican|Roseau;
Dominican Republic|Dominican|Santo Domingo;East Timor|Timorese|Dili;Ecuador|Ecuadorian|
Quito;Egypt|Egyptian|Cairo;El Salvador|Salvadoran,Salvadorean|San Salvador;Equatorial
Guinea|Equatorial Guinean|Malabo;Eritrea|Eritrean|Asmara;Estonia|Estonian|Tallinn;Eswatini|
Swazi|Mbabane;Ethiopia|Ethiopian|Addis Ababa;Fiji|Fijian|Suva;Finland|Finnish|Helsinki;
France|French|Paris;Gabon|Gabonese|Libreville;Gambia|Gambian|Banjul;Georgia|Georgian|
Tbilisi;Germany|German|Berlin;Ghana|Ghanaian|Accra;Greece|Greek|Athens;Grenada|Grenadian|
St George's;Guatemala|Guatemalan|Guatemala City;Guinea|Guinean|Conakry;Guinea-Bissau|
Bissau-Guinean|Bissau;Guyana|Guyanese|Georgetown;Haiti|Haitian|Port-au-Prince;Honduras|
Honduran|Tegucigalpa;Hungary|Hungarian|Budapest;Iceland|Icelandic|Reykjavik;India|Indian|
New Delhi;Indonesia|Indonesian|Jakarta;Iran|Iranian|Tehran;Iraq|Iraqi|Baghdad;Ireland|Irish|
Dublin;Israel|Israeli|Jerusalem;Italy|Italian|Rome;Jamaica|Jamaican|Kingston;Japan|Japanese|
Tokyo;Jordan|Jordanian|Amman;Kazakhstan|Kazakh|Astana;Kenya|Kenyan|Nairobi;Kiribati|
I-Kiribati|Tarawa;Kosovo|Kosovan,Kosovar|Pristina;Kuwait|Kuwaiti|Kuwait City;Kyrgyzstan|
Kyrgyz|Bishkek;Laos|Laotian,Lao|Vientiane;Latvia|Latvian|Riga;Lebanon|Lebanese|Beirut;
Lesotho|Basotho|Maseru;Liberia|Liberian|Monrovia;Libya|Libyan|Tripoli;Liechtenstein|
Liechtensteiner|Vaduz;Lithuania|Lithuanian|Vilnius;Luxembourg|Luxembourgish|Luxembourg;
Madagascar|Malagasy|Antananarivo;Malawi|Malawian|Lilongwe;Malaysia|Malaysian|Kuala Lumpur;
Maldives|Maldivian|Male;Mali|Malian|Bamako;Malta|Maltese|Valletta;Marshall Islands|
Marshallese|Majuro;Mauritania|Mauritanian|Nouakchott;Mauritius|Mauritian|Port Louis;Mexico|
Mexican|Mexico City;Micronesia|Micronesian|Palikir;Moldova|Moldovan|Chisinau;Monaco|
Monegasque|Monaco;Mongolia|Mongolian|Ulaanbaatar;Montenegro|Montenegrin|Podgorica;Morocco|
Moroccan|Rabat;Mozambique|Mozambican|Maputo;Myanmar|Myanmar,Burmese|Naypyidaw;Namibia|
Namibian|Windhoek;Nauru|Nauruan|Yaren;Nepal|Nepali,Nepalese|Kathmandu;Netherlands|Dutch|
Amsterdam;New Zealand|New Zealand|Wellington;Nicaragua|Nicaraguan|Managua;Niger|Nigerien|
Niamey;Nigeria|Nigerian|Abuja;North Korea|North Korean|Pyongyang;North Macedonia|Macedonian|
Skopje;Norway|Norwegian|Oslo;Oman|Omani|Muscat;Pakistan|Pakistani|Islamabad;Palau|Palauan|
Ngerulmud;Palestine|Palestinian|Ramallah;Panama|Panamanian|Panama City;Papua New Guinea|
Papua New Guinean|Port Moresby;Paraguay|Paraguayan|Asuncion;Peru|Peruvian|Lima;Philippines|
Philippine,Filipino|Manila;Poland|Polish|Warsaw;Portugal|Portuguese|Lisbon;Qatar|Qatari|Doha;
Romania|Romanian|Bucharest;Russia|Russian|Moscow;Rwanda|Rwandan|Kigali;Saint Lucia|
St Lucian|Castries;Samoa|Samoan|Apia;San Marino|Sammarinese|San Marino;Saudi Arabia|Saudi|
Riyadh;Senegal|Senegalese|Dakar;Serbia|Serbian|Belgrade;Seychelles|Seychellois|;
Sierra Leone|Sierra Leonean|Freetown;Singapore|Singaporean|Singapore;Slovakia|Slovak|
Bratislava;Slovenia|Slovenian,Slovene|Ljubljana;Solomon Islands|Solomon Islander|Honiara;
Somalia|Somali|Mogadishu;South Africa|South African|Pretoria;South Korea|South Korean|Seoul;
South Sudan|South Sudanese|Juba;Spain|Spanish|Madrid;Sri Lanka|Sri Lankan|Colombo;Sudan|
Sudanese|Khartoum;Suriname|Surinamese|Paramaribo;Sweden|Swedish|Stockholm;Switzerland|Swiss|
Bern;Syria|Syrian|Damascus;Taiwan|Taiwanese|Taipei;Tajikistan|Tajik|Dushanbe;Tanzania|
Tanzanian|Dodoma;Thailand|Thai|Bangkok;Togo|Togolese|Lome;Tonga|Tongan|Nuku'alofa;Trinidad
and Tobago|Trinidadian|Port of Spain;Tunisia|Tunisian|Tunis;Turkey|Turkish|Ankara;
Turkmenistan|Turkmen|Ashgabat;Tuvalu|Tuvaluan|Funafuti;Uganda|Ugandan|Kampala;Ukraine|
Ukrainian|Kyiv,Kiev;United Arab Emirates|Emirati|Abu Dhabi;Britain|British|London;United
States|US,U.S.,American|Washington;Uruguay|Uruguayan|Montevideo;Uzbekistan|Uzbek|Tashkent;
Vanuatu|Ni-Vanuatu|Port Vila;Venezuela|Venezuelan|Caracas;Vietnam|Vietnamese|Hanoi;Yemen|
Yemeni|Sanaa;Zambia|Zambian|Lusaka;Zimbabwe|Zimbabwean|Harare
"""

# other names of a country: "the UK", "DR Congo", "Burma"
_ALSO = {"United Kingdom": "Britain", "UK": "Britain", "U.K.": "Britain", "Great Britain":
         "Britain", "US": "United States", "U.S.": "United States", "USA": "United States",
         "America": "United States", "DR Congo": "Democratic Republic of Congo", "DRC":
         "Democratic Republic of Congo", "Burma": "Myanmar", "Czechia": "Czech Republic",
         "Cote d'Ivoire": "Ivory Coast", "Timor-Leste": "East Timor", "Swaziland": "Eswatini",
         "Holland": "Netherlands", "Macedonia": "North Macedonia", "UAE": "United Arab Emirates",
         "Republic of Ireland": "Ireland", "Viet Nam": "Vietnam",
         "Türkiye": "Turkey"}  # fmt: skip


class Country(NamedTuple):
    name: str
    adjectives: tuple[str, ...]
    capitals: tuple[str, ...]


def _table() -> dict[str, Country]:
    out: dict[str, Country] = {}
    for row in " ".join(_COUNTRIES.split()).split(";"):
        name, adjs, caps = (part.strip() for part in row.split("|"))
        out[name] = Country(name, tuple(adjs.split(",")), tuple(c for c in caps.split(",") if c))
    return out


COUNTRIES: dict[str, Country] = _table()
# every way a country is written (its names, adjectives) -> the country; an adjective two
# countries share ("Congolese", "Dominican") names neither; capitals apart (a capital is
# also a city: "Khartoum" stands for the government only as a speaker)
_BY_WORD: dict[str, str | None] = {}
_BY_CAPITAL: dict[str, str] = {}
for _c in COUNTRIES.values():
    for _w in (_c.name, *_c.adjectives):
        _BY_WORD[_w] = None if _BY_WORD.get(_w, _c.name) != _c.name else _c.name
    for _w in _c.capitals:
        _BY_CAPITAL[_w] = _c.name
for _w, _n in _ALSO.items():
    _BY_WORD[_w] = _n


def country_of(word: str, capitals: bool = False) -> str | None:
    """The country a name or an adjective stands for ("Sudanese", "Sudan" -> "Sudan"; "the
    UK" -> "Britain"), and with ``capitals`` a capital ("Khartoum"); None when it is none
    or two countries share it."""
    word = re.sub(r"^the\s+", "", word.strip(), flags=re.IGNORECASE)
    found = _BY_WORD.get(word)
    if found is None and capitals:
        return _BY_CAPITAL.get(word)
    return found


def adjective_of(country: str) -> str:
    """The adjective a country's government goes by ("Sudan" -> "Sudanese")."""
    return COUNTRIES[country].adjectives[0]


_COUNTRY_WORDS = "|".join(
    sorted((re.escape(w) for w in _BY_WORD), key=len, reverse=True)
)  # longest first: "South Sudan" before "Sudan"
_GOVERNMENT = re.compile(
    rf"(?:(?:the\s+)?(?<![\w-])({_COUNTRY_WORDS})(?:['’]s)?(?:\s+(?:federal|national|central|"
    rf"military|interim|transitional))?\s+[Gg]overnment\b|(?:the\s+)?\b[Gg]overnment\s+(?:of|in)\s+"
    rf"(?:the\s+)?({_COUNTRY_WORDS})(?![\w-]))"
)
# a region's or a city's own: "the Bihar government", "Kerala's government" (a capitalised
# word or two before it that is no country)
_LOCAL_GOVERNMENT = re.compile(
    r"(?<![\w'’-])((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)(?:['’]s)?\s+(?:state\s+|city\s+|"
    r"provincial\s+|regional\s+)?government\b"
)


def national_body(phrase: str) -> str | None:
    """The one name a national government goes by, "<adjective> government": "Sudan's
    government", "the government of Sudan", "the Sudanese government", "Khartoum's
    government" -> "Sudanese government"; None when the phrase names no country's."""
    m = _GOVERNMENT.fullmatch(phrase.strip())
    if m is None:
        return None
    country = country_of(m.group(1) or m.group(2))
    return f"{adjective_of(country)} government" if country else None


def government(before: str) -> Resolved | None:
    """ "the government": the country's or region's government the article named before
    (as "Pakistani government", "the government of Pakistan", "Pakistan's government");
    certain when it names one, a guess when several (the last is proposed)."""
    found: list[tuple[int, str]] = []
    for m in _GOVERNMENT.finditer(before):
        if _in_quotation(before, m.start()):
            continue
        country = country_of(m.group(1) or m.group(2))
        if country is not None:
            found.append((m.start(), f"{adjective_of(country)} government"))
    for m in _LOCAL_GOVERNMENT.finditer(before):
        words = m.group(1).split()
        if words[0] in ("The", "A", "An") or _in_quotation(before, m.start()):
            words = words[1:]
        place = " ".join(words)
        if not words or country_of(place) is not None or place.lower() in _NOT_A_PLACE:
            continue
        if any(at <= m.start() < at + 40 for at, _ in found):
            continue
        found.append((m.start(), f"{place} government"))
    if not found:
        return _home_government(before)
    found.sort()
    last = found[-1][1]
    distinct = {n for _, n in found}
    if len(distinct) > 1:
        how = f"'the government': the last of {len(distinct)} governments named before, {last}"
        return Resolved(last, False, how)
    return Resolved(last, True, f"'the government': the {last} named before")


def _home_government(before: str) -> Resolved | None:
    """ "the government" in an article that names no government: the government of the
    country it names most (twice or more, and more than twice as often as any other), as a
    guess; None when no country stands out."""
    counts: dict[str, int] = {}
    for m in re.finditer(rf"(?<![\w-])(?:{_COUNTRY_WORDS})(?![\w-])", before):
        country = country_of(m.group())
        if country is not None and not _in_quotation(before, m.start()):
            counts[country] = counts.get(country, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] <= 2 * ranked[1][1]):
        return None
    country = ranked[0][0]
    name = f"{adjective_of(country)} government"
    return Resolved(
        name, False, f"'the government': of {country}, the country the article names most"
    )


# capitalised words before "government" that are no place: "The Government", "Federal"
_NOT_A_PLACE = frozenset(
    {"the", "federal", "national", "central", "state", "local", "new", "former", "previous",
     "interim", "transitional", "military", "coalition", "labour", "conservative", "his",
     "her", "their", "its", "our", "this", "that", "under", "says", "said"}
)  # fmt: skip


# --- abbreviations -------------------------------------------------------------------------

_BRACKETED = re.compile(
    r"((?:[A-Z][\w'’&-]*[^\S\n]+(?:(?:of|for|and|the|on|de|in)[^\S\n]+)*){1,8})\(([A-Z][A-Z&.]{1,9})\)"
)
_ABBREVIATION = re.compile(r"(?<![\w.])[A-Z](?:[A-Z&]|\.[A-Z]){1,8}\.?(?![\w])")


def initials(name: str) -> str:
    """The initials of a name's capitalised words ("Awami League" -> "AL"; "of" and "the"
    left out)."""
    return "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())


def _bracketed(text: str) -> dict[str, str]:
    """Abbreviations given in brackets after a name whose initials they are."""
    out: dict[str, str] = {}
    for m in _BRACKETED.finditer(text):
        words = m.group(1).split()
        abbr = m.group(2).replace(".", "")
        for k in range(len(words)):
            name = " ".join(words[k:])
            if words[k] in ("The", "A", "An") or words[k].lower() in _JOINERS:
                continue
            if initials(name).upper() == abbr.replace("&", ""):
                out.setdefault(m.group(2), name)
                break
        if m.group(2) not in out:  # "Centers for Disease Control and Prevention (CDC)": the
            out.update(_longer_name(words, m.group(2), abbr))  # name the page writes before it
    return out


def _longer_name(words: list[str], written: str, abbr: str) -> dict[str, str]:
    """An abbreviation in brackets right after a name whose initials start with it and go on
    after an "and" ("Centers for Disease Control and Prevention (CDC)"): the whole name, as
    the page writes it, never the part before "and"."""
    for k in range(len(words)):
        name = " ".join(words[k:])
        if words[k] in ("The", "A", "An") or words[k].lower() in _JOINERS:
            continue
        got = initials(name).upper()
        rest = words[k:]
        joined = "and" in rest and initials(" ".join(rest[: rest.index("and")])).upper() == abbr
        if got.startswith(abbr.replace("&", "")) and joined:
            return {written: name}
    return {}


def abbreviations(text: str) -> dict[str, str]:
    """Abbreviations the article defines: given in brackets after a name whose initials they
    are ("the Awami League (AL)"), or used where exactly one name of the article has those
    initials (three letters or more). Each maps to the name."""
    out = _bracketed(text)
    used = {m.group() for m in _ABBREVIATION.finditer(text)} - set(out)
    if not used:
        return out
    by_initials: dict[str, set[str]] = {}
    for _, whole in _names_before(text):
        for name in _subnames(whole):  # "X Council and the Y Commission": each apart
            words = name.split()
            if len(words) > 2 and words[-1].lower().strip(".") in _LEGAL_FORMS:
                words = words[:-1]  # "International Paper Co.": IP, its legal form left out
                name = " ".join(words)
            for k in range(len(words) - 1):
                if words[k].lower() in _JOINERS:
                    continue
                sub = " ".join(words[k:])
                if len([w for w in sub.split() if w[:1].isupper()]) >= 2:
                    by_initials.setdefault(initials(sub), set()).add(sub)
    for abbr in used:
        key = abbr.replace(".", "")
        names = by_initials.get(key, set())
        if len(names) != 1 or country_of(abbr) is not None:
            continue
        name = names.pop()
        if (
            len(key) >= 3
            or _used_alike(text, abbr, name)
            or _a_body_s_voice(text, abbr, name)
            or _shortened_body(text, abbr, name)
        ):
            out[abbr] = name
    return out


# a company's legal form, left out of its initials ("International Paper Co." is IP)
_LEGAL_FORMS = frozenset(
    {"inc", "incorporated", "ltd", "limited", "corp", "co", "plc", "llc", "llp", "ag", "sa", "nv",
     "bv", "gmbh", "spa", "pty"}
)  # fmt: skip
# the people through whom a body speaks, after its initials: "IP officials", "SLA rebels"
_VOICES = frozenset(
    {"official", "officials", "spokesman", "spokeswoman", "spokesperson", "executive",
     "executives", "management", "managers", "leaders", "leadership", "chief", "rebels",
     "fighters", "militants", "commanders", "representatives"}
)  # fmt: skip


def _a_body_s_voice(text: str, abbr: str, name: str) -> bool:
    """Two letters stand for a body's name when the article names a body of those initials
    (its form shows it: "International Paper Co.", "Sudan Army", "Norland Council") and uses
    them before the people it speaks through ("IP officials", "SA commanders"); a person's
    initials ("Ann Lee": AL) never."""
    whole = re.search(rf"(?<![\w]){re.escape(name)}(?:[^\S\n]+([A-Z][\w.]*))?", text)
    legal = bool(whole and whole.group(1) and whole.group(1).lower().strip(".") in _LEGAL_FORMS)
    bodyish = legal or any(fits(head, name) for head in HEADS)
    if not bodyish:
        return False
    voices = re.finditer(rf"(?<![\w.]){re.escape(abbr)}[^\S\n]+([a-z]+)", text)
    return any(m.group(1) in _VOICES for m in voices)


def _shortened_body(text: str, abbr: str, name: str) -> bool:
    """Two letters stand for a body's name when the article writes the name out first and
    only then shortens it, twice or more ("British Airways said ..." then "BA said ...", "BA
    says ..."; one "OS said" after "Orland Steel" may be anything): the name's
    form shows a body ("Airways", "Council", "Co."), never a person's ("Ann Lee": AL); the
    only name of the page with those initials (the caller's test)."""
    whole = re.search(rf"(?<![\w]){re.escape(name)}(?:[^\S\n]+([A-Z][\w.]*))?", text)
    uses = list(re.finditer(rf"(?<![\w.]){re.escape(abbr)}(?![\w])", text))
    if whole is None or len(uses) < 2 or whole.start() > uses[0].start():
        return False  # written out first, then used as the page's short name: twice at least
    legal = bool(whole.group(1) and whole.group(1).lower().strip(".") in _LEGAL_FORMS)
    return legal or any(fits(head, name) for head in HEADS)


def _used_alike(text: str, abbr: str, name: str) -> bool:
    """Two letters are too few to be sure of a name by its initials alone ("AL" may be "Ann
    Lee"): the abbreviation counts only where the article uses it as it uses the name, before
    the same word ("Awami League candidate" ... "AL candidate")."""
    after_abbr = {
        m.group(1).lower()
        for m in re.finditer(rf"(?<![\w.]){re.escape(abbr)}[^\S\n]+([a-z][\w-]+)", text)
    }
    after_name = {
        m.group(1).lower()
        for m in re.finditer(rf"(?<![\w]){re.escape(name)}[^\S\n]+([a-z][\w-]+)", text)
    }
    return bool(after_abbr & after_name - set(_JOINERS) - {"is", "was", "has", "said", "says"})


def spell_out(phrase: str, known: dict[str, str]) -> str | None:
    """``phrase`` with each abbreviation the article defines written out ("AL candidate" ->
    "Awami League candidate"); None when it holds none."""
    changed = False

    def full(m: re.Match[str]) -> str:
        nonlocal changed
        name = known.get(m.group())
        if name is None:
            return m.group()
        changed = True
        return name

    out = _ABBREVIATION.sub(full, phrase)
    return out if changed else None


# --- the bodies behind unnamed officials ----------------------------------------------------

# the kinds of a place with a government of its own ("Ningshan County", "Foping county",
# "Shaanxi Province"): its officials are its administration's; a "region" is a place, often
# with no government ("the Khyber region")
AREA_KINDS = frozenset(
    {"county", "province", "district", "prefecture", "municipality", "state",
     "city", "township", "borough", "parish", "governorate", "oblast", "canton",
     "department"}
)  # fmt: skip
_AREA = re.compile(
    r"(?<![\w'’-])((?:[A-Z][\w'’-]+[^\S\n]+){0,2}[A-Z][\w'’-]+)[^\S\n]+"
    r"((?i:county|province|district|prefecture|municipality|state|city|township|borough|"
    r"parish|governorate|oblast|canton))\b(?![^\S\n]+[A-Z])"  # "Ardley District Council": a body
)
# bodies whose people are never "officials" of the state or the firm the sentence is about:
# a court's, a jury's, a newspaper's (a court's officials are not the government's)
_NOT_OFFICIALS = frozenset({"court", "tribunal", "jury", "panel", "bench"})
# the heads of HEADS whose named bodies have officials: a ministry, an agency, the police,
# an army, a company, a council ... (not a court, nor a school, a church, a museum)
OFFICIAL_HEADS = frozenset(
    {"company", "firm", "corporation", "airline", "bank", "insurer", "ministry", "department",
     "agency", "administration", "office", "service", "council", "commission", "committee",
     "police", "army", "navy", "board", "authority", "union", "party", "organisation",
     "organization", "fund", "hospital", "university"}
)  # fmt: skip


class Reach(NamedTuple):
    """A named body or area an unnamed official may speak for, where the text names it."""

    at: int
    name: str
    kind: str  # the head noun its name shows ("county", "ministry", "company")


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[\"“][^\"“”\n]*[\"”]", text)]


def bodies_in_reach(text: str) -> list[Reach]:
    """The named areas with a government ("Ningshan County", "Foping county") and the named
    bodies whose name shows a kind that has officials ("Ministry of Health", "International
    Paper Co.", "Maui Police Department") in ``text``, outside quotations, in order; a
    court, a tribunal or a jury is never one (its officials are no one else's)."""
    quoted = _quoted_spans(text)

    def inside(at: int) -> bool:
        return any(a <= at < b for a, b in quoted)

    out: list[Reach] = []
    for m in _AREA.finditer(text):
        words = m.group(1).split()
        while words and words[0] in ("The", "In", "While", "At", "From", "Of", "And", "But"):
            words = words[1:]
        if not words or inside(m.start()) or words[-1].lower() in _NOT_A_PLACE:
            continue
        if country_of(" ".join(words)) is not None:
            continue  # "Kenya state": a country, not an area of it
        at = m.start(1) + m.group(1).index(words[0])
        out.append(Reach(at, f"{' '.join(words)} {m.group(2)}", m.group(2).lower()))
    areas = [(r.at, r.at + len(r.name)) for r in out]
    for at, whole in _names_before(text):
        if inside(at) or any(a <= at < b for a, b in areas):
            continue
        parts = _subnames(whole)[:0:-1]  # "Kestrel Motors and the Harbour Board": two bodies
        named = parts if parts and all(_kind_of(p) for p in parts) else [whole]
        for name in named:
            kind = _kind_of(name)
            if kind and not any(fits(h, name) for h in _NOT_OFFICIALS):
                out.append(Reach(at + max(0, whole.find(name)), name, kind))
    return sorted(out)


def _kind_of(name: str) -> str:
    """The first head of ``OFFICIAL_HEADS`` a body's name shows (alphabetically), or ""."""
    return next((h for h in sorted(OFFICIAL_HEADS) if fits(h, name)), "")
