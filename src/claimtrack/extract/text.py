"""The article as read: mojibake repaired, hard line breaks unwrapped, quotation marks
straightened in a same-length reading copy; its sentences and their quotations."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Characters that UTF-8 bytes become when decoded as cp1252 / latin-1: a lead byte (Â-ô) then
# one to three continuation bytes (0x80-0xBF, or the cp1252 characters those bytes map to).
_CP1252_HIGH = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"

_MOJIBAKE = re.compile(f"[\u00c2-\u00f4][\u0080-\u00bf{_CP1252_HIGH}]{{1,3}}")

_STRAIGHT = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'",
                           "’": "'", "‚": "'", "′": "'", "″": '"'})  # fmt: skip


def _to_bytes(text: str) -> bytes | None:
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            if ord(ch) > 0xFF:
                return None
            out.append(ord(ch))  # bytes cp1252 leaves undefined (0x81, 0x8D, ...)
    return bytes(out)


def repair_mojibake(text: str) -> tuple[str, int]:
    """Undo UTF-8 read as cp1252/latin-1, one run at a time, only where the bytes decode.

    Returns the repaired text and the number of runs repaired. A run is replaced only when its
    bytes are valid UTF-8 for a single character, so correct text ("Ã la carte" has no
    continuation byte after it) is left alone.
    """
    count = 0

    def fix(m: re.Match[str]) -> str:
        nonlocal count
        raw = _to_bytes(m.group())
        if raw is None:
            return m.group()
        try:
            fixed = raw.decode("utf-8")
        except UnicodeDecodeError:
            return m.group()
        if len(fixed) != 1:
            return m.group()
        count += 1
        return fixed

    return _MOJIBAKE.sub(fix, text), count


@dataclass(frozen=True)
class Prepared:
    """The article as shown (``text``) and a same-length reading copy (``reading``)."""

    text: str
    reading: str
    repaired: int  # mojibake runs repaired


# A line break inside a sentence (hard-wrapped wire copy, a pasted terminal page): the line
# does not end a sentence and the next goes on in lower case, or a long line ends on a
# lower-case word or a comma and the next line fits the same width (wrapped copy fills each
# line to its width: a line much longer than the one before it, or a "- " bullet, is a new
# line of its own, as a deck's points or a caption before the lead are). Such a break is
# read as a space (same length: offsets hold).
_WRAP = re.compile(
    r"(?<=[^\s.!?:\"”’')\]])\n(?=[a-z0-9(])|(?m:^(?=[^\n]{40})[^\n]*[a-z,;]\n(?=[^\s]))"
)
_WRAP_SLACK = 25  # the longest word that did not fit on the line before, and some


def _wrapped(text: str, m: re.Match[str]) -> bool:
    """The break ``m`` (its last character) is inside a sentence of hard-wrapped text."""
    if m.group()[0] == "\n":  # the next line goes on in lower case
        return True
    start = text.rfind("\n", 0, m.end() - 1) + 1
    end = text.find("\n", m.end())
    following = text[m.end() : len(text) if end < 0 else end]
    if re.match(r"[-–—•*]\s", following):
        return False
    if _headline(text[start : m.end() - 1], following):
        return False
    return len(following) <= (m.end() - 1 - start) + _WRAP_SLACK


def _headline(line: str, following: str) -> bool:
    """A line written in title case (four words of four letters or more, every one of them
    capitalised: "Six Die In Harbour School Bus Crash") before a line that opens with a
    capital: a headline, not wrapped body text (a body line has lower-case words: "said",
    "that", "from"). Its page's first line alone is no sign: wire copy wraps its dateline's
    sentence ("PORT LOUIS, March 16 - Arrivals in\nMauritius rose ...")."""
    if not following[:1].isupper():
        return False
    long = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if len(w) >= 4]
    return len(long) >= 4 and all(w[0].isupper() for w in long)


def unwrap(text: str) -> str:
    """``text`` with its hard line breaks inside sentences made spaces (same length)."""

    def space(m: re.Match[str]) -> str:
        return m.group()[:-1] + " " if _wrapped(text, m) else m.group()

    return _WRAP.sub(space, text)


# Characters no reader sees: a soft hyphen (a hyphenation hint: "12\u00ad000" is 12000 on the
# page, not "12" and "000"), a zero-width space, a word joiner, a byte-order mark. They are
# left out of the text the user sees, so a quote stored is what was shown and can be typed.
_INVISIBLE = str.maketrans(dict.fromkeys("\u00ad\u200b\u2060\ufeff"))


def prepare(raw: str) -> Prepared:
    text, repaired = repair_mojibake(raw.replace("\r\n", "\n").replace("\r", "\n"))
    text = unwrap(text.replace("\u00a0", " ").translate(_INVISIBLE))
    reading = _caps_labels(
        _lost_turn_breaks(
            _dash_quotations(
                _repeated_opening(
                    _single_quotations(
                        _marks_for_apostrophes(_doubled_apostrophes(text))
                    ).translate(_STRAIGHT)
                )
            )
        )
    )
    return Prepared(text, reading, repaired)


# an opening mark typed twice ("““Now we are ...,” Mr Kerr said."): one quotation, not a
# quotation opened and left open, which made every paragraph after it a quotation going on
# and gave the next speaker's own "X said: "..."" to the one before (extract45)
_REPEATED_OPENING = re.compile(r'(?:(?<=\s)|^)"(?="[\w$€£])', re.MULTILINE)


def _repeated_opening(reading: str) -> str:
    """``reading`` (straight marks) with the first of two opening marks before a word read as a
    space (same length)."""
    return _REPEATED_OPENING.sub(" ", reading) if '""' in reading else reading


# A quotation opened by a dash at the start of its paragraph, as many European outlets print
# speech ("– We will not cut jobs, says Ann Kerr."): the dash is its opening mark, and it
# closes before the attribution that ends the paragraph ("..., says X.", "... X said.",
# "... said X, who ..."), else at the paragraph's end when it speaks in the first or second
# person ("– I have not used any percentage.": the speaker going on) or when the article
# closes another dash quotation with an attribution (it prints speech so). A bullet ("- ") is no
# quotation, nor a dash paragraph that holds a quotation mark.
_DASH_OPEN = re.compile(r"(?m)^[–—][ \t]+(?=\S)")
_PERSONAL = re.compile(r"\b(?:I|we|We|our|Our|my|My|us|you|You)\b")
_SAID = (
    r"(?:says|said|adds|added|explains|explained|insists|insisted|argues|argued|claims|"
    r"claimed|notes|noted|stresses|stressed|continues|continued|tells|told|writes|wrote|"
    r"concludes|concluded|warns|warned|admits|admitted|points\s+out|pointed\s+out)"
)
_DASH_CLOSE = re.compile(
    rf"(,[ \t]*|[ \t]+)(?:{_SAID}[ \t]+(?:[A-Z]|the\s|a\s|an\s)[^.!?\n]*"
    rf"|(?:[A-Z][\w'’.-]*[ \t]+){{1,4}}{_SAID}|(?:he|she|they)[ \t]+{_SAID})"
    r"(?:,[^\n\"]*)?[.!?]?[ \t]*$"
)


def _dash_quotations(reading: str) -> str:
    """The reading copy with dash-opened quotations marked as quotations (same length)."""
    out = list(reading)
    paras = []
    for m in _DASH_OPEN.finditer(reading):
        end = reading.find("\n", m.end())
        para = reading[m.end() : len(reading) if end < 0 else end]
        if '"' not in para:
            paras.append((m, para, _DASH_CLOSE.search(para)))
    convention = any(close is not None for _, _, close in paras)  # the article prints speech so
    for m, para, close in paras:
        if close is not None:
            out[m.start()] = '"'
            out[m.end() + close.start(1)] = '"'  # the comma, or the space, before the attribution
        elif (convention or _PERSONAL.search(para)) and para.rstrip()[-1:] in (".", "!", "?"):
            out[m.start()] = '"'
            out[m.end() + len(para.rstrip()) - 1] = '"'  # the final stop: no sentence after it
    return "".join(out)


# A closing double mark typed for an apostrophe, as some systems print the possessive
# ("Gov. John Bel Edwards” office says ...", "Louisiana”s federal disaster declaration"): read
# as the apostrophe it stands for, or the rest of the page was a quotation and the office's
# figures the outlet's (session 46: an unseen live blog). A mark between a letter and a
# possessive "s" ("Louisiana”s", "the governor"s office"), or a curly closing mark after an
# "s" and before a lower-case word with no quotation open in its paragraph ("Edwards” office").
# A closing mark that closes a quotation ("the “experts” say") is left as it is.
_MARK_S = re.compile(r"(?<=[A-Za-z])[\"”](?=s\b)")
_S_MARK = re.compile(r"(?<=[a-z]s)”(?= [a-z])")


def _marks_for_apostrophes(text: str) -> str:
    """``text`` with double marks that stand for apostrophes as ’ (same length)."""
    if '"' not in text and "”" not in text:
        return text
    out = _MARK_S.sub("’", text)
    if "”" not in out:
        return out
    chars = list(out)
    for m in _S_MARK.finditer(out):
        para = out[out.rfind("\n", 0, m.start()) + 1 : m.start()]
        if para.count("“") <= para.count("”"):
            chars[m.start()] = "’"
    return "".join(chars)


# A quotation marked by two apostrophes for each double mark, as some wire and newspaper
# systems print it ("''A shortfall of $500 million means ...,'' Mrs King said."): an opening
# pair before a word, a closing pair after the quotation's own punctuation (extract39)
_DOUBLED_OPEN = re.compile(r"(?<![\w'’])''(?=[\w$€£])")
_DOUBLED_CLOSE = re.compile(r"(?<=[\w.,!?%])''(?![\w'’])")


def _doubled_apostrophes(text: str) -> str:
    """``text`` with its two-apostrophe quotation marks as double marks, each opening pair
    with the next closing pair of its paragraph (same length: the mark in the first
    apostrophe's place, so that a quote starts where the page's does, and a space in the
    second's). An opening pair with no closing one is a quotation only at a paragraph's start
    (a quotation going on into the next paragraph, as with double marks); any other pair with
    no partner is left as it is ("the firms'' fault")."""
    if "''" not in text:
        return text
    out = list(text)
    pos = 0
    while (opening := _DOUBLED_OPEN.search(text, pos)) is not None:
        end = text.find("\n", opening.end())
        closing = _DOUBLED_CLOSE.search(text, opening.end(), len(text) if end < 0 else end)
        starts_paragraph = not text[
            text.rfind("\n", 0, opening.start()) + 1 : opening.start()
        ].strip()
        if closing is None and not starts_paragraph:
            pos = opening.end()
            continue
        for m in (opening, closing):
            if m is not None:
                out[m.start() : m.end()] = ['"', " "]
        pos = closing.end() if closing is not None else opening.end()
    return "".join(out)


# A quotation in single marks (British usage): an opening ‘ at a word's start and the next ’
# after the quotation's own punctuation ("‘We counted 40 bodies,’ she said"), in one paragraph
# and outside a quotation in double marks. An apostrophe ("the workers’ union", "don’t") is
# never preceded by punctuation, so it is never taken for a closing mark.
_SINGLE = re.compile(r"(?<![\w‘’])‘(?=[\w$€£])([^‘’\n\"“”]*?[,.!?])’(?![\w])")


def _single_quotations(text: str) -> str:
    """``text`` with its single-mark quotations in double marks (same length)."""

    def double(m: re.Match[str]) -> str:
        before = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
        if (before.count('"') + before.count("“") + before.count("”")) % 2:
            return m.group()  # inside a double-marked quotation: a quotation within it
        return "“" + m.group(1) + "”"

    return _SINGLE.sub(double, text)


# A broadcast transcript's speaker label: the name in capitals, a title before it and the
# speaker's affiliation after it allowed ("INSKEEP: ", "President GEORGE W. BUSH: ", "Mr.
# MICHAEL O'HANLON (The Brookings Institution): ").
# a role after a transcript's speaker label, in capitals: "JASON CLARE, MINISTER FOR EDUCATION:"
CAPS_ROLE = r",\s*(?:[A-Z][A-Z'’.&-]+(?:\s+[A-Z][A-Z'’.&-]*){0,5}|[a-z]+(?:\s+[a-z]+){0,2})(?=\s*:)"
# a transcript's turn label before its colon: a name of up to four capitalised words
# (TURN_NAME), then a role in capitals after a comma or an aside in brackets ("Port
# Commissioner", "KERR, MAYOR", "Ann Lee (Harbour Party)"): page._SPEAKER_PREFIX reads it,
# candidates._TURN_LABEL leaves it out of an answer's quote
TURN_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
# a rank or a title in capitals opening a briefing transcript's label, before a name of two
# words or more ("PRESS SECRETARY JOHN F. KIRBY:", "MAJOR GENERAL HANK TAYLOR:"; review23):
# read with the name, the title left out of the speaker (page._label)
LABEL_TITLE = (
    r"(?:(?:PRESS|DEPUTY|ASSISTANT|ACTING|CHIEF|DEFENSE|STATE|HEALTH|POLICE|FIRE|FINANCE|"
    r"FOREIGN|HOME|PRIME|VICE|LIEUTENANT|MAJOR|BRIGADIER|GENERAL|COLONEL|CAPTAIN|ADMIRAL|"
    r"REAR|SERGEANT|COMMANDER|COMMISSIONER|SECRETARY|MINISTER|GOVERNOR|MAYOR|SHERIFF|SENATOR|"
    r"DIRECTOR|SPOKESPERSON|SPOKESMAN|SPOKESWOMAN|PRESIDENT|AMBASSADOR|JUDGE|DR|MR|MRS|MS)"
    r"\.?\s+){1,4}"
)
TURN_AFTER_NAME = rf"(?:{CAPS_ROLE})?(?:\s*\([^()\n]{{1,120}}\))?"
# a transcript's time stamp beside its turn label ("Hank Taylor: (00:26)", "Ann Lee (01:03):"):
# the label of a transcript on its own, even of one speaker (review23)
TURN_STAMP = r"\(\d{1,2}:\d{2}(?::\d{2})?\)"
# the name of a turn label, in quotation marks when the page gives a pseudonym ('"ROSA" (a
# clerk): ...', the same person as a later 'ROSA: ...'): the marks close on the name
TURN_LABEL_NAME = rf"(?P<open>[\"“])?(?P<name>{TURN_NAME})(?(open)[\"”])"
# a whole turn label up to its colon and stamp: page._SPEAKER_PREFIX reads the speaker from
# it, candidates._TURN_LABEL leaves it out of an answer's quote
TURN_LABEL = (
    rf"(?P<title>(?i:{LABEL_TITLE}))?{TURN_LABEL_NAME}{TURN_AFTER_NAME}\s*:"
    rf"(?P<stamp>\s*{TURN_STAMP})?"
)
# an interview's answer marker, as the layout reads it at a paragraph's start ("A: ", "A. ",
# "A - ", "Answer: "): the layout's, not the answer's words (read case-blind)
ANSWER_MARK = r"(?:A|Answer)\s*[:.\-–—]\s"

_CAPS_LABEL = re.compile(
    r"(?m)^((?:[A-Z][a-z]+\.?\s+){0,3}[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]*){0,3})"
    rf"(?:{CAPS_ROLE})?(?:\s*\([^()\n]{{1,120}}\))?\s*:\s"
)
# a label of a title and a name in capitals ("PRESS SECRETARY JOHN F. KIRBY: "): two of them,
# of two people, make a transcript (a dateline, "ABU DHABI:", opens with no title)
_TITLED_CAPS_LABEL = re.compile(
    rf"(?m)^({LABEL_TITLE}[A-Z][A-Z'’-]+\.?(?:\s+[A-Z][A-Z'’-]*\.?){{1,3}})\s*:\s"
)


# display words before a colon, never a speaker: "UPDATE:", "BREAKING:", "EDITOR'S NOTE:"
_DISPLAY_LABEL = re.compile(
    r"(?:UPDATE[DS]?|BREAKING(?:\s+NEWS)?|WATCH|READ(?:\s+MORE)?|NOTE|EDITOR['’]S\s+NOTE|"
    r"CORRECTION|CLARIFICATION|PHOTOS?|VIDEO|LIVE|ANALYSIS|OPINION|EXCLUSIVE|ALSO\s+READ|"
    r"RELATED|SOURCE|SOURCES|WARNING|ADVERTISEMENT|(?:FULL\s+|EDITED\s+|PARTIAL\s+)?TRANSCRIPT|"
    r"(?:FULL\s+|EXCLUSIVE\s+)?INTERVIEW|SUBJECTS?|TOPICS?)"
)


# a turn label inside a line, after the end of a sentence: "... What is that about?    ANN
# KERR: Well, ..." where the page lost the paragraph break before the answer
_INLINE_LABEL = re.compile(
    r"(?<=[.!?\"')\]])([ \t]+)([A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]*){1,3}):\s"
)


def _lost_turn_breaks(reading: str) -> str:
    """The reading copy with a transcript's turn breaks put back where a page ran two turns
    into one line (same length: the last space before the label becomes a line break): only
    before a label in capitals of two words or more that opens a line elsewhere on the page
    ("CONDOLEEZZA RICE: Pleasure to be with you." then "... about?    CONDOLEEZZA RICE:
    Well ..."), so that a name in capitals inside a sentence is never taken for a turn
    (extract43)."""
    labels = {
        " ".join(m.group(1).split())
        for m in _CAPS_LABEL.finditer(reading)
        if len(m.group(1).split()) >= 2 and m.group(1).isupper()
    }
    if not labels:
        return reading
    out = list(reading)
    for m in _INLINE_LABEL.finditer(reading):
        if " ".join(m.group(2).split()) in labels:
            out[m.end(1) - 1] = "\n"
    return "".join(out)


def _long_words(label: str, surnames: set[str]) -> bool:
    """A capitalised label with a word of four letters or more, or the surname of a fuller
    label ("LEY:" after "SUSSAN LEY:"): an acronym alone ("NATO:") is no label."""
    caps = [w.strip(".'’-") for w in label.split() if w.isupper()]
    return any(len(w) >= 4 for w in caps) or (len(caps) == 1 and caps[0] in surnames)


def _caps_labels(reading: str) -> str:
    """The reading copy with a transcript's capitalised speaker labels written as names
    ("INSKEEP:" -> "Inskeep:", "President GEORGE W. BUSH:" -> "President George W. Bush:"),
    same length, when three paragraphs or more open with one: a dateline in capitals ("ABU
    DHABI:") opens one paragraph, and an acronym alone ("NATO:") is no label. Two labels of a
    title and a name of two people ("PRESS SECRETARY JOHN F. KIRBY:", "MAJOR GENERAL HANK
    TAYLOR:", a briefing's officials in turn) are enough: a dateline has no title."""
    found = list(_CAPS_LABEL.finditer(reading))
    surnames = {m.group(1).split()[-1] for m in found if len(m.group(1).split()) >= 2}
    labels = [
        m
        for m in found
        if _long_words(m.group(1), surnames) and not _DISPLAY_LABEL.fullmatch(m.group(1))
    ]
    titled = list(_TITLED_CAPS_LABEL.finditer(reading))
    if len(labels) >= 3:
        labels += [m for m in titled if m.start() not in {n.start() for n in labels}]
    elif len({m.group(1) for m in titled}) >= 2:
        labels = titled  # a briefing's officials, each with a title: no dateline among them
    else:
        return reading
    out = list(reading)
    for m in labels:
        for w in re.finditer(r"[A-Z][A-Z'’.-]+", m.group(1)):
            at = m.start(1) + w.start()
            out[at : at + len(w.group())] = _title_word(w.group())
    return "".join(out)


def _title_word(word: str) -> str:
    """ "O'HANLON" -> "O'Hanlon", "MCDONALD" -> "Mcdonald" (same length)."""
    return re.sub(r"(?<=[A-Za-z])[A-Z]+", lambda m: m.group().lower(), word)


_TITLES = {
    "mr", "mrs", "ms", "dr", "col", "gen", "lt", "sgt", "maj", "capt", "cpt", "adm", "gov",
    "sen", "rep", "st", "no", "prof", "rev", "jr", "sr", "cmdr", "brig", "pres", "vs", "u.s",
    "u.k", "u.n", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "inc",
    "co", "corp", "ltd", "mt", "ft", "fig", "e.g", "i.e", "etc",
}  # fmt: skip

_END = re.compile(r"[.!?]+[\"')\]]*")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def _quote_state(reading: str, start: int, end: int, inside: bool) -> bool:
    for ch in reading[start:end]:
        if ch == '"':
            inside = not inside
    return inside


# a sentence run into the next with no space ("... 23.1 per cent.The report said ..."), as
# some pages print them: a full stop after a word (in lower case after its first letter) or a
# number, then a capitalised word of three letters or more, or a short word that opens
# sentences ("It", "In"), and a space. Not "U.S.The" (a capital before), "e.g.The" (one
# letter), a web address ("site.com/News"), a title ("Mr.Jones": _TITLES) or a name written
# with a dot ("Pravda.Ru Telegram")
_RUN_TOGETHER = re.compile(r"\.(?=(?:[A-Z][a-z]{2,}|It|He|We|In|On|At|As|If|By|An|So|To)[ ,])")
_RUN_WORD = re.compile(r"(?<![\w.@/:-])(?:[A-Za-z][a-z]+|\d+%?)$")


def _run_together(reading: str, start: int, m: re.Match[str]) -> bool:
    """Whether the full stop ``m`` ends a sentence that runs into the next with no space."""
    if m.group() != "." or not _RUN_TOGETHER.match(reading, m.start()):
        return False
    word = _RUN_WORD.search(reading, start, m.start())
    return word is not None and word.group().lower() not in _TITLES


def _currency_word(word: str) -> bool:
    """Whether ``word`` with its full stop is a currency the figure parser reads before an
    amount ("Rs."), as `add` reads it."""
    from claimtrack.quantities import FigureError, parse_figure

    try:
        return parse_figure(f"{word.rstrip('.')}. 1").dimension.startswith("currency:")
    except (FigureError, ValueError):
        return False


# initials that stand for a place, which a sentence may end on ("... in the U.S. The firm")
_PLACE_INITIALS = frozenset(("e.u", "u.a.e", "d.c"))  # "u.s", "u.k", "u.n": _TITLES
# the agency and dash that close a dateline after an abbreviated state ("Ill. (WXYZ) - The"):
# no sentence opens with them
_AGENCY_DASH = re.compile(r"\s+\([A-Z][\w.& ]{0,20}\)\s*(?:[—–-]|--)\s")


def sentences(reading: str) -> list[Span]:
    """Sentence spans (whitespace trimmed) of the reading text, paragraph by paragraph."""
    out: list[Span] = []
    continued = continued_quotations(reading)
    for para in re.finditer(r"[^\n]+", reading):
        p_start, p_end = para.start(), para.end()
        start = p_start
        inside = p_start in continued
        scanned = p_start
        for m in _END.finditer(reading, p_start, p_end):
            inside = _quote_state(reading, scanned, m.start(), inside)
            scanned = m.start()
            if inside and '"' not in m.group():
                continue
            inside = _quote_state(reading, scanned, m.end(), inside)
            scanned = m.end()
            if inside:
                continue
            after = reading[m.end() : m.end() + 3]
            joined = _run_together(reading, start, m)
            if m.end() < p_end and not joined and not re.match(r"\s+[\"'(\[]?[A-Z0-9]", after):
                continue
            if _AGENCY_DASH.match(reading, m.end()):
                continue  # "SPRINGFIELD, Ill. (WXYZ) - The": a dateline's agency, not a sentence
            word = re.search(r"([A-Za-z.]+)$", reading[start : m.start()])
            if m.group()[0] == "." and word:
                w = word.group(1).lower().rstrip(".")
                numbered = w != "no" or re.match(r"\s+\d", after)  # "No. 10", not "No. Our"
                if (w in _TITLES and numbered) or re.fullmatch(r"[a-z]", w):
                    continue
                if re.match(r"\s+\d", after) and _currency_word(word.group(1)):
                    continue  # "Rs. 572 billion": a currency's letters, not a sentence's end
                if re.fullmatch(r"(?:[a-z]\.)+[a-z]", w) and w not in _PLACE_INITIALS:
                    continue  # a person's or a firm's initials: "R.J. Reynolds", "J.K. Rowling"
            _add(out, reading, start, m.end())
            start = m.end()
        _add(out, reading, start, p_end)
    return out


def continued_quotations(reading: str) -> set[int]:
    """Starts of paragraphs that go on with a quotation left open by the paragraph before
    (an odd number of marks in both: the closing mark and its attribution come later,
    "... our clients must be freed.¶ The police filed ... legally," X said."). A paragraph
    that opens with a mark after one left open re-opens the quotation (a quotation running
    over paragraphs opens each of them and closes only the last): it is not a continuation."""
    out: set[int] = set()
    open_before = False
    paras = list(re.finditer(r"[^\n]+", reading))
    for i, para in enumerate(paras):
        odd = para.group().count('"') % 2 == 1
        if open_before and odd and para.group().lstrip().startswith('"'):
            continue  # still open: '¶"More of it.¶"And the end," X said.'
        if open_before and odd:
            out.add(para.start())
            open_before = False
        elif open_before and '"' not in para.group() and _closed_after(paras, i):
            out.add(para.start())  # '... "but the truth is 3 died.¶We killed 4.¶They ran".'
        else:
            open_before = odd
    return out


_MAX_OPEN_PARAGRAPHS = 2  # paragraphs with no mark inside a quotation left open


def _closed_after(paras: list[re.Match[str]], i: int) -> bool:
    """Paragraph ``i`` (no mark in it) goes on with a quotation left open before it: a
    paragraph after it, at most ``_MAX_OPEN_PARAGRAPHS`` in all with no mark, closes it (an odd
    number of marks, not opening on one)."""
    for para in paras[i + 1 : i + 1 + _MAX_OPEN_PARAGRAPHS]:
        if '"' not in para.group():
            continue
        text = para.group()
        return text.count('"') % 2 == 1 and not text.lstrip().startswith('"')
    return False


def _add(out: list[Span], reading: str, start: int, end: int) -> None:
    chunk = reading[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    trail = len(chunk) - len(chunk.rstrip())
    if end - trail > start + lead:
        out.append(Span(start + lead, end - trail))


def _quotations(reading: str, span: Span, open_at_start: bool = False) -> list[Span]:
    out = []
    opened: int | None = span.start - 1 if open_at_start else None
    for i in range(span.start, span.end):
        if reading[i] == '"':
            if opened is None:
                opened = i
            else:
                out.append(Span(opened + 1, i))
                opened = None
    if opened is not None and span.end - opened > 1:
        out.append(Span(opened + 1, span.end))  # a quotation that runs to the paragraph's end
    return out


def _inside(pos: int, quotes: list[Span]) -> bool:
    return any(q.start <= pos < q.end for q in quotes)


def _open_starts(reading: str, spans: list[Span]) -> set[int]:
    """Sentences that start inside a quotation carried over from the paragraph before."""
    continued = continued_quotations(reading)
    out: set[int] = set()
    para, inside = -1, False
    for sp in spans:
        p = reading.rfind("\n", 0, sp.start) + 1
        if p != para:
            para, inside = p, p in continued
        if inside:
            out.add(sp.start)
        if reading[sp.start : sp.end].count('"') % 2:
            inside = not inside
    return out
