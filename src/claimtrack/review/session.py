"""One review: a ``Session`` walks the candidates, a ``Draft`` holds what is decided about one
of them, and each accepted claim is shown in full and stored atomically."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from claimtrack.errors import BusyError, ClaimtrackError, DatabaseError, from_sqlite_error
from claimtrack.review import answers
from claimtrack.review.answers import (
    MENU,
    SPEAKER_CHOICES,
    YES_NO,
    numbered,
    pick_number,
    say,
    show,
    show_list,
    stance_actions,
)
from claimtrack.review.spans import (
    Interval,
    _figure_line,
    cut_problem,
    dimension,
    figures_in,
    find_quote,
    places_of,
    read_as_stored,
    refused_in,
)
from claimtrack.wording import plural

if TYPE_CHECKING:
    from claimtrack.models import Claim
    from claimtrack.store import Store

RELAY_LIST = 9  # earlier claims of the subject offered as relays, newest first
NAME_LIST = 15  # names offered by number at the claimant and speaker prompts
BACK = "  Nothing stored: back to the candidate."
NOT_STORED = "the claim shown was not stored"  # a write that failed (the claims before it stay)
ADDED_CHOICES = (answers.Action("u", "up", "change up"), answers.Action("l", "level"))
ADDED_EMPTY = "Enter is no answer here: u stores it as a change up, l as a level of its own."
CARD_EMPTY = ("Enter is no answer here: nothing of this card is stored yet; f stores its "
              "figure, s a stance, k skips it.")  # fmt: skip
STORE_EMPTY = "Enter is no answer here: y stores the claim shown, n does not."
ISSUER_EMPTY = (
    "Enter is no answer here: y gives these figures to {name}, n leaves them the outlet's."
)
ISSUER_FIGURES = 8  # figures named in the page issuer question before "and N more"


@dataclass
class Draft:
    """What is decided about one candidate so far; kept across refused answers."""

    record: dict[str, Any]
    start: int  # the quote's span in the article
    end: int
    figures: list[dict[str, Any]]  # the figures of the quote as it now is
    claimant: str | None
    speaker: str | None
    said_on: str | None = None
    as_of: str | None = None
    note: str | None = None
    relays: str | None = None
    chosen: dict[str, Any] | None = None  # the figure picked (offsets identify it)
    measure: str | None = None  # the measure last given for a figure of this candidate
    measure_for: tuple[int, int] | None = None  # ... and that figure
    stored_spans: set[tuple[int, int]] = field(default_factory=set)  # figures stored (in the
    # whole review: a sentence proposed once per figure offers each one in turn)
    guess: str | None = None  # why extract's speaker is a guess ("guess: ..."), if it is
    speaker_guessed: bool = False  # the speaker is still extract's guess, never answered
    speaker_given: bool = False  # the speaker was given at the speaker prompt of this card
    claimant_guessed: bool = False  # the claimant is still the one read from that guess
    answered: Answered | None = None  # carried from a claim of the sentence stored before
    # the stance last given for this candidate and not stored ("n" at "Store it?"): offered
    # again on Enter, as the figure and its measure are
    proposition: str | None = None
    stance: str | None = None

    @property
    def sentence(self) -> tuple[int, int]:
        ex = self.record["extract"]
        return ex["start"], ex["end"]

    def unstored(self) -> list[dict[str, Any]]:
        """The quote's figures not stored yet, the candidate's own figure (its ``value``)
        first."""
        left = [f for f in self.figures if not stored_at(_span(f), self.stored_spans)]
        own = [f for f in left if f["text"] == self.record.get("value")][:1]
        return own + [f for f in left if f not in own]


@dataclass(frozen=True)
class Answered:
    """Who a stored claim of a sentence was given to, against what ``extract`` proposed
    there: carried to the sentence's next candidate that proposes the same."""

    proposed: tuple[str | None, str | None]  # extract's claimant and speaker
    claimant: str | None
    speaker: str | None
    said_on: str | None

    def line(self) -> str:
        said = [f"said_on {self.said_on}"] if self.said_on else []
        return " · ".join([f"claimant {self.claimant or '-'}", f"speaker {self.speaker or '-'}",
                           *said])  # fmt: skip


class Session:
    """One review: the store, the article, and what was stored."""

    def __init__(self, store: Store, text: str, reading: str, records: list[dict[str, Any]]):
        self.store = store
        self.text = text
        self.reading = reading
        self.records = records
        self.stored: list[str] = []
        # cards skipped with their claim unstored (review26), with their own figure's span:
        # one stored later from another card of the sentence is not named (review30)
        self.skipped: list[tuple[str, tuple[int, int] | None]] = []
        self.done = 0  # candidates fully reviewed
        self.subject = records[0]["subject"] if records else ""
        # the said_on of the claim stored last, and its claimant: offered at the next card's
        # dates, on Enter only for the same claimant in a sentence not told earlier (review29)
        self.last_said: tuple[str, str | None] | None = None
        self.stored_spans: set[tuple[int, int]] = set()  # figures stored, by their offsets
        self.confirmed: dict[str, set[str]] = {"measure": set(), "proposition": set(),
                                               "claimant": set()}  # fmt: skip
        self.issuer_answer: bool | None = None  # the page issuer question, asked once
        self.answered: dict[tuple[int, int], Answered] = {}  # by sentence: see Answered
        # by a transcript turn's proposed (claimant, speaker): see ``_turn_answered``
        self.turns_answered: dict[tuple[str | None, str | None], Answered] = {}
        # by a description proposed as claimant and speaker: see ``_description_answered``
        self.described: dict[tuple[str | None, str | None], Answered] = {}
        self.carrying: Answered | None = None  # what the candidate under review starts with
        # a near miss answered with a known name ("CDC": use "Center for Disease Control"),
        # by field and name: the same name is given the same answer, said, not asked again
        self.used_for: dict[tuple[str, str], str] = {}
        # the names and propositions offered by number, in one order through the review (a
        # number typed on one card picks on the next the name it showed, review20): the
        # store's when first listed, then those named in the review, at the end
        self.names: list[str] | None = None
        self.propositions: list[str] | None = None
        self.measures: list[str] | None = None

    # -- the loop ---------------------------------------------------------------------------

    def run(self) -> None:
        from claimtrack import render

        n = len(self.records)
        if n and not self.check_subject():
            say(f"Stopped: {self.stored_line()}; {plural(n, 'candidate')} not reviewed.")
            return
        if n:  # the lists' order is the store's as the review starts
            self._claimant_list()
            self._proposition_list()
            self._measure_list()
        for i, rec in enumerate(self.records, 1):
            self.page_issuer(rec)
            self.measures_now(rec)
            self.as_stored(rec)
            self.carrying = self.carried(rec)
            render.candidate_card(self.text, rec, i, n)
            if self.carrying is not None:
                where = str(rec["extract"]["claimant_found"]).removeprefix("as you answered for ")
                where = "this sentence before" if where == "this sentence" else where
                say(_wrapped(f"  As you answered for {where}: "
                             f"{self.carrying.line()}; c, p and t change them here."))  # fmt: skip
            if not self.candidate(rec):
                left = plural(n - self.done, "candidate")
                self.say_skipped()
                say(f"Stopped: {self.stored_line()}; {left} not reviewed.")
                return
            self.done += 1
        self.say_skipped()
        say(f"Done: {self.stored_line()} from {plural(n, 'candidate')}.")

    def as_stored(self, rec: dict[str, Any]) -> None:
        """The card's figures as the store will read them (a change as a rate: review27). A
        bare amount the page shows to be money is refused on the card by ``extract`` itself
        (``extract.baremoney``), and typed at the figure prompt by the same rule
        (``typed_problem``)."""
        ex = rec["extract"]
        ex["figures"] = [read_as_stored(f) for f in ex["figures"]]

    def check_subject(self) -> bool:
        """A subject new to the store but close to one it has: use that one, or keep the new
        one (the guard of ``add``). False to stop."""
        from claimtrack.models import Claim
        from claimtrack.names import explain

        if self.store.has_subject(self.subject):
            return True
        misses = self.store.name_checks(Claim.model_construct(subject=self.subject), ("subject",))
        if not misses:
            return True
        m = misses[0]
        say(explain(m.field, None, m.name, m.suggestions))
        options = list(m.suggestions)
        show("  " + numbered([f"use {o}" for o in options]) + f"  n. keep {m.name!r}")
        while True:
            picked, answer = answers.ask_number("  Choice (number, n, or q to stop)", options, "1")
            if answer.casefold() in ("q", "quit"):
                return False
            if answer.casefold() in ("n", "new", "keep"):
                return True
            if picked is None:
                say("  Answer a number, n or q.")
                continue
            self.subject = picked
            for rec in self.records:
                rec["subject"] = picked
            return True

    def page_issuer(self, rec: dict[str, Any]) -> None:
        """A figure told in the page's own voice that ``extract`` gave the page's single
        issuer (``extract.page_issuer``): before the first of them, ask once whether they are
        the issuer's (y) or the outlet's (n); each is then shown, and stored, as answered."""
        issuer = rec["extract"].get("page_issuer")
        if issuer is None:
            return
        name = issuer["name"]
        if self.issuer_answer is None:
            told = [r for r in self.records if r["extract"].get("page_issuer")]
            values = [str(r.get("value") or r["quote"][:40]) for r in told]
            more = len(values) - ISSUER_FIGURES
            listed = ", ".join(values[:ISSUER_FIGURES]) + (f" and {more} more" if more > 0 else "")
            show("")
            show(_wrapped(f"  {plural(len(told), 'candidate')} of this page tell figures in its "
                          f"own voice, with no one saying them: {listed}."))  # fmt: skip
            question = (
                f"The figures this page tells in its own voice: are they {name}'s (the "
                f"{issuer['work']} named in paragraph {issuer['paragraph']})?"
            )
            empty = ISSUER_EMPTY.format(name=name)
            self.issuer_answer = answers.choose(question, YES_NO, empty=empty).key == "y"
            whose = f"{name}'s" if self.issuer_answer else "the outlet's"
            say(f"  These figures are {whose}; each is still yours to store or skip.")
        ex = rec["extract"]
        if self.issuer_answer:
            ex["speaker_found"] = f"the page's issuer, as you answered: {issuer['why']}"
            return
        rec.pop("speaker", None)
        outlet = rec.get("outlet")
        if outlet:
            rec["claimant"] = outlet
        else:
            rec.pop("claimant", None)
        ex["speaker_found"] = f"none: the outlet's own voice, as you answered (not {name}'s)"
        ex["claimant_found"] = "narration: the outlet" if outlet else "none"

    def remember(self, d: Draft) -> None:
        """After a claim is stored: who it was given to, when that is not what ``extract``
        proposed (a claimant or speaker changed, a said_on given), for the sentence's next
        candidates (``carried``)."""
        rec = d.record
        proposed = d.answered.proposed if d.answered else (rec.get("claimant"), rec.get("speaker"))
        if (d.claimant, d.speaker) != proposed or d.said_on:
            self.answered[d.sentence] = Answered(proposed, d.claimant, d.speaker, d.said_on)
        turn = str(rec["extract"].get("speaker_found", "")).startswith("interview answer")
        if (turn or proposed in self.turns_answered) and (d.claimant, d.speaker) != proposed:
            self.turns_answered[proposed] = Answered(proposed, d.claimant, d.speaker, None)
        if _DESCRIBED in str(d.guess) and (d.claimant, d.speaker) != proposed:
            self.described[proposed] = Answered(proposed, d.claimant, d.speaker, None)

    def carried(self, rec: dict[str, Any]) -> Answered | None:
        """A candidate of a sentence that a claim was stored from, proposing the claimant and
        speaker proposed there: it starts with what was answered there, shown on its card (a
        sentence of two figures is two candidates, and the second came back with the claimant
        and the date just corrected on the first, review19). None when nothing is carried."""
        ex = rec["extract"]
        a = self.answered.get((ex["start"], ex["end"]))
        where = "this sentence"
        if a is None:
            a, where = self._answered_before(rec), "the sentence before"
        if a is None:
            a, where = self._turn_answered(rec), f"{rec.get('speaker')}'s answers"
        if a is None:
            a, where = self._description_answered(rec), f"{rec.get('speaker')!r} before"
        if a is None:
            a, where = self._answered_before(rec, any_way=True), "the sentence before"
        if a is None or (rec.get("claimant"), rec.get("speaker")) != a.proposed:
            return None
        for key in ("claimant", "speaker"):
            if getattr(a, key) is None:
                rec.pop(key, None)
            else:
                rec[key] = getattr(a, key)
        ex["speaker_found"] = f"as you answered for {where}" if a.speaker else \
            f"none, as you answered for {where}"  # fmt: skip
        ex["claimant_found"] = f"as you answered for {where}"
        return a

    def _turn_answered(self, rec: dict[str, Any]) -> Answered | None:
        """What was answered for an earlier answer of the same transcript speaker, when
        ``extract`` proposes the same for this one: a briefing's general, given to his body
        on his first figure, came back as his own claimant on each card of his turns
        (review23). The date is not carried."""
        if not str(rec["extract"].get("speaker_found", "")).startswith("interview answer"):
            return None
        return self.turns_answered.get((rec.get("claimant"), rec.get("speaker")))

    def _description_answered(self, rec: dict[str, Any]) -> Answered | None:
        """What was answered on an earlier card for the same description proposed as its
        claimant and speaker, a guess ``extract`` marks as no name the article gives ("the
        privately-owned company", named as LLOG by the user on one card, came back on the
        next card of the company's, 'the company': the earlier privately-owned company, and
        was named again: review28). Only where ``extract`` reads the card's description as the
        earlier one ("'the company': the earlier privately-owned company"): a description
        met afresh ("an official said", again) may be another body or person. Shown on the
        card as answered, never a guess; the date is not carried."""
        found = str(rec["extract"].get("speaker_found"))
        if _DESCRIBED not in str(_guess(rec["extract"])):
            return None
        if f": the earlier {rec.get('speaker')}" not in found:
            return None
        return self.described.get((rec.get("claimant"), rec.get("speaker")))

    def _answered_before(self, rec: dict[str, Any], any_way: bool = False) -> Answered | None:
        """What was answered for the sentence right before this candidate's, when ``extract``
        took this one's speaker from it ("he said", a quotation going on): the user who
        changed "Taliban crisis" to Hank Taylor there had to change it again on "..., he
        said" (review23). With ``any_way``, whatever ``extract`` says of how it found the
        speaker, when the sentence does not name that speaker itself and ``extract`` proposes
        the same claimant and speaker as there (``carried`` compares them): a figure going on
        with the account ("Among them were at least 400 foreigners": 'goes on with'), "The
        report said" ('the last speaker's'): review29's user answered each twice. A speaker
        the sentence names ("The CDC said", "a spokesman said") may be said of another
        claim or person, and is not carried this way. The date is not carried (the sentence
        may say another day)."""
        ex = rec["extract"]
        if not any_way and "previous" not in str(ex.get("speaker_found")):
            return None
        speaker = rec.get("speaker")
        if any_way and (not speaker or speaker in self.reading[ex["start"] : ex["end"]]):
            return None
        start = ex["start"]
        before = [
            k for k in self.answered if k[1] <= start and not self.reading[k[1] : start].strip()
        ]
        if not before:
            return None
        a = self.answered[max(before)]
        return Answered(a.proposed, a.claimant, a.speaker, None)

    def stored_line(self) -> str:
        return f"{plural(len(self.stored), 'claim')} stored"

    def candidate(self, rec: dict[str, Any]) -> bool:
        """Review one candidate; False to stop the review."""
        ex = rec["extract"]
        d = Draft(rec, ex["start"], ex["end"], list(ex["figures"]), rec.get("claimant"),
                  rec.get("speaker"), stored_spans=self.stored_spans)  # fmt: skip
        d.answered = self.carrying
        if d.answered is not None:  # carried from the sentence's claim stored before
            d.said_on = d.answered.said_on
        d.guess = _guess(ex) if d.speaker else None
        d.speaker_guessed = d.guess is not None
        # a claimant read from a guessed speaker (the speaker, or the body named beside them)
        d.claimant_guessed = d.speaker_guessed and "speaker" in str(ex.get("claimant_found"))
        # Enter skips a card only once its own claim is stored (a figure stored from another
        # card of the sentence counts); before, it is no answer and the menu is asked again:
        # a hurried Enter lost a proposed figure without a word (review26)
        default: str | None = "k" if self._own_stored(d, False) else None
        stored_here = False
        while True:
            act = answers.choose("", MENU, default, empty=CARD_EMPTY)
            if act.key == "x":
                return False
            if act.key == "k":
                if not self._own_stored(d, stored_here):
                    own = self._own_figure(d)
                    self.skipped.append((self._card_label(rec), _span(own) if own else None))
                return True
            stored = False
            if act.key == "f":
                stored = self.accept_figure(d)
            elif act.key == "s":
                stored = self.accept_stance(d)
            else:
                getattr(self, f"set_{act.word}")(d)
            if stored:  # the next figure of the sentence, if any, else the next candidate
                stored_here = True
                self.remember(d)
                if d.said_on:
                    self.last_said = (d.said_on, d.claimant)
                d.start, d.end = d.sentence
                d.figures = list(ex["figures"])
                d.chosen, d.as_of, d.note, d.relays = None, None, None, None
                left = d.unstored()
                if left and act.key == "s":  # no figure stored yet: "more" misled (review19)
                    names = ", ".join(repr(f["text"]) for f in left)
                    say(f"  {plural(len(left), 'figure')} of this sentence not stored ({names}): "
                        "f (or Enter) for it, k to go on.")  # fmt: skip
                elif left:
                    say(f"  {plural(len(left), 'more figure')} in this sentence: f for the next.")
                default = "f" if left else "k"

    def _own_stored(self, d: Draft, stored_here: bool) -> bool:
        """Whether the card's own claim is stored: its proposed figure (by its words' span,
        stored from this card or another of the sentence), else any claim stored from it."""
        own = self._own_figure(d)
        if own:
            return stored_at(_span(own), self.stored_spans)
        return stored_here

    def _own_figure(self, d: Draft) -> dict[str, Any] | None:
        """The card's proposed figure (its ``value``), if it has one."""
        figures = d.record["extract"]["figures"]
        return next((f for f in figures if f["text"] == d.record.get("value")), None)

    def _card_label(self, rec: dict[str, Any]) -> str:
        """A card skipped with its claim unstored, as the summary names it: its number and
        its figure (or refused figure, or the start of its quote)."""
        ex = rec["extract"]
        refused = [str(r["text"]) for r in ex.get("refused", [])]
        what = rec.get("value") or (f"{refused[0]} (refused)" if refused else None)
        if what is None:
            quote = " ".join(str(rec["quote"]).split())
            what = "“" + (quote if len(quote) <= 40 else quote[:39] + "…") + "”"
        return f"[{self.done + 1}/{len(self.records)}] {what}"

    def say_skipped(self, first: bool = False) -> bool:
        """The cards skipped with their claim unstored, named before the review's last line
        (nothing when none); ``first``: on a line of its own after a prompt cut short. True
        when any was named."""
        left = [label for label, span in self.skipped
                if span is None or not stored_at(span, self.stored_spans)]  # fmt: skip
        if left:
            say(("\n" if first else "") + _wrapped(f"Skipped unstored: {'; '.join(left)}."))
        return bool(left)

    # -- settings ---------------------------------------------------------------------------

    def set_edit(self, d: Draft) -> None:
        """Narrow the quote to a part of the sentence; its figures are read again."""
        s_start, s_end = d.sentence
        sentence_figs = figures_in(self.reading, s_start, s_end)
        refused = self.refused(s_start, s_end)
        while True:
            typed = answers.ask(
                "  Quote (a part of the sentence, or FIRST...LAST words; Enter keeps it)"
            )
            if not typed:
                return
            span = find_quote(self.reading, s_start, s_end, typed)
            if span is None:
                say("  Not a part of the sentence shown; type words of it as they are written.")
                continue
            if not any(ch.isalnum() for ch in self.text[span[0] : span[1]]):  # "—", "."
                say("  That quote holds no word; type words of the sentence as they are written.")
                continue
            # a figure refused in its sentence stays refused in a part of it: the words that
            # refuse it may lie outside the part ("$90 million" before "40 million", "each
            # day" after "850 flights"), and it was offered as a figure (review28)
            shut = {(r["start"], r["end"]) for r in refused}
            figs = [f | {"text": self.verbatim(f)} for f in figures_in(self.reading, *span)
                    if _span(f) not in shut]  # fmt: skip
            by_start = {f["start"]: (f["low"], f["high"], dimension(f["text"])) for f in figs}
            cut = cut_problem(sentence_figs, *span, by_start.get, refused) or _change_cut(
                figs, self.text[span[0] : span[1]]
            )
            if cut is not None:
                say(f"  {cut}")
                continue
            if (
                d.chosen is not None
                and not span[0] <= d.chosen["start"] < d.chosen["end"] <= span[1]
            ):
                say(f"  The chosen figure {d.chosen['text']!r} is not in that quote; give a "
                    "quote that holds it, or choose another figure (f) first.")  # fmt: skip
                continue
            d.start, d.end, d.figures = span[0], span[1], figs
            say(f"  Quote: {self.text[d.start : d.end]}")
            if figs:
                say("  Its figures: " + "; ".join(f"{k}. {_figure_line(f)}"
                                                 for k, f in enumerate(figs, 1)))  # fmt: skip
            unread = [r["text"] for r in refused if span[0] <= r["start"] < r["end"] <= span[1]]
            if unread:  # shown refused on the card: said again where the quote holds them
                say(f"  Refused as written: {', '.join(map(repr, unread))}.")
            elif not figs:
                say("  It holds no figure.")
            return

    def set_claimant(self, d: Draft) -> None:
        known = self._claimant_list()
        if known:
            show_list("claimants", known)
        name = self.name_prompt("claimant", "Claimant (number or name)", known, d.claimant)
        if name is None or name == d.claimant:
            return
        self._named(name)
        old = d.claimant
        d.claimant, d.claimant_guessed = name, False
        if d.speaker:
            how = "given" if d.speaker_given else "read"  # typed by the user, or extract's
            say(f"  The speaker {d.speaker!r} was {how} for {old!r}; the claimant is now {name!r}.")
            act = answers.choose("Speaker:", SPEAKER_CHOICES)
            d.speaker_guessed = False  # kept, changed or dropped: answered
            if act.key == "c":
                self.set_speaker(d)
            elif act.key == "s":
                d.speaker = name
            elif act.key == "n":
                d.speaker = None

    def set_speaker(self, d: Draft) -> None:
        from claimtrack.models import validate_claim

        known = self._claimant_list()
        if known:
            show_list("names", known)
        d.speaker_guessed = False  # asked: what is typed, or Enter on the one shown, is answered
        while True:
            picked, typed = answers.ask_number(
                "  Speaker (number or name; - for none)", known, d.speaker or "",
                ": a number picks from the list, and is never taken as a name",
            )  # fmt: skip
            if typed in ("-", ""):
                d.speaker = None
                return
            if picked is None and typed not in known:  # a slip for the page's spelling
                spelled = self.as_the_page_writes("speaker", typed)
                if spelled is None or spelled in ("-", ""):
                    continue
                typed = spelled
            try:  # a name the store would refuse ("?") is asked again here, not at "Store it?"
                d.speaker = validate_claim(self._probe(speaker=picked or typed)).speaker
                d.speaker_given = True
                self._named(d.speaker)
                return
            except ClaimtrackError as e:
                say(f"  {_reason(e)}")

    def set_dates(self, d: Draft) -> None:
        """said_on and as_of: the dates written in the sentence, then the days it names in
        words counted back from the article's date (``days.named_days``), offered by number;
        one day named, and no date given yet, is the said_on offered on Enter. The said_on of
        the claim stored last is offered on Enter only for a claim of the same claimant in a
        sentence that does not place its telling earlier; otherwise it is listed by number,
        saying why Enter does not take it (review29: the day the interior ministry spoke was
        offered for the health minister's words, and the day of a revised toll for "Earlier,
        OCHA said ..."). A day typed in words ("Sunday") is read as the sentence's are."""
        listed, dates, said = self._date_list(d)
        carried, why = self._said_before(d)
        if carried is not None and why is not None and carried[0] not in dates:
            given_for = carried[1] or "no claimant"
            listed.append(f"{carried[0]} (the said_on stored last, for {given_for}; not offered "
                          f"on Enter: {why})")  # fmt: skip
            dates.append(carried[0])
        if listed:
            show_list("dates in the sentence", listed)
        default = d.said_on or said or (carried[0] if carried and why is None else None)
        reported_on = d.record.get("reported_on")
        d.said_on = self.date_prompt("said_on", "Said on", dates, default, reported_on)
        d.as_of = self.date_prompt("as_of", "As of (the moment a figure describes)", dates,
                                   d.as_of, reported_on)  # fmt: skip

    def _said_before(self, d: Draft) -> tuple[tuple[str, str | None] | None, str | None]:
        """The said_on of the claim stored last with its claimant, and why Enter must not take
        it here (None: it may): another claimant, or a sentence that places its telling
        earlier."""
        from claimtrack.review.days import told_earlier

        if self.last_said is None:
            return None, None
        earlier = told_earlier(self.reading[slice(*d.sentence)])
        if earlier is not None:
            return self.last_said, f"the sentence says {earlier!r}"
        if d.claimant != self.last_said[1]:
            return self.last_said, f"this claim's claimant is {d.claimant or 'not set yet'}"
        return self.last_said, None

    def _date_list(self, d: Draft) -> tuple[list[str], list[str], str | None]:
        """The dates offered at the dates prompt: as listed, as picked by their numbers, and
        the said_on a day named in words offers on Enter (when it is the sentence's one
        date), or None."""
        from claimtrack.review.days import named_days

        dates = list(d.record["extract"].get("dates") or [])
        named = [n for n in named_days(self.reading[slice(*d.sentence)], d.record.get(
            "reported_on")) if n.date not in dates]  # fmt: skip
        listed = [*dates, *(n.label() for n in named)]
        dates += [n.date for n in named]
        return listed, dates, named[0].date if len(named) == 1 and len(dates) == 1 else None

    def set_note(self, d: Draft) -> None:
        typed = answers.ask("  Note (- for none)", d.note or "")
        d.note = None if typed in ("-", "") else typed

    def set_relay(self, d: Draft) -> None:
        earlier = self._relay_list()
        if not earlier:
            say(f"  No earlier claim of {self.subject} to relay yet.")
        else:
            show("  earlier claims of the subject (newest first):")
            for k, c in enumerate(earlier, 1):
                show(f"  {k}. {_claim_line(c)}")
        while True:
            typed = answers.ask("  Relays (number or id; - for none)", d.relays or "")
            if typed in ("", "-"):
                d.relays = None
                return
            try:
                picked = pick_number(typed, [c["id"] for c in earlier])
                d.relays = picked or self.store.resolve_id(typed)
                return
            except (ValueError, ClaimtrackError) as e:
                say(f"  {_reason(e)}")

    # -- accepting --------------------------------------------------------------------------

    def accept_figure(self, d: Draft) -> bool:
        figure = self.figure_prompt(d)
        if figure is None:
            say(BACK)
            return False
        listed = self._measure_list()
        if listed:
            show_list("measures", listed)
        default = d.measure if d.measure_for == _span(figure) else self._measure_default(d, figure)
        if _above_whole(figure):  # "211.4%": said, and a rate's name offered (review26)
            default = default or self._rate_name(d, figure)
            say(_wrapped(f"  {self.verbatim(figure)!r} is above the whole (100%): a measure "
                         "named for a rate holds it (inflation, growth, interest, yield, "
                         "return or change in its name); a proportion's refuses it."))  # fmt: skip
        while True:
            measure = self.name_prompt(
                "measure", "Measure (number or name)", listed, default, required=True
            )
            if measure is None:
                say(BACK)
                return False
            d.measure, d.measure_for = measure, _span(figure)
            claim = {"kind": "figure", "value": self.verbatim(figure), "measure": measure}
            if figure.get("change"):  # a change of the measure, as extract read it
                claim["change"] = figure["change"]
            elif (way := self.added_way(d, claim["value"])) is not None:
                claim["change"] = way  # "an additional 0.1%", answered a change (review26)
            if d.as_of:
                claim["as_of"] = d.as_of
            done = self.store_claim(d, claim)
            if done is None:  # refused by the store (a measure of another dimension): again
                default = None
                continue
            if done:  # that figure, and one of the sentence it is typed from, are stored
                lo, hi = _span(figure)
                d.stored_spans |= {_span(f) for f in d.figures if f["start"] < hi and lo < f["end"]}
                d.stored_spans.add((lo, hi))
            return done

    def added_way(self, d: Draft, value: str) -> str | None:
        """For a figure its quote adds to another amount ("an additional 0.1%", "another 300",
        "RPI plus 0.5%": ``guards.added_words``), which the words leave open: asked whether it
        is a change up of the measure ("up") or a level of its own group (None). Stored as a
        level with a warning before, "an additional 0.1%" of a pay offer was a level of 0.1%
        beside the offer's 4.8% (review26). Enter is no answer."""
        from claimtrack.guards import added_words

        quote = self.text[d.start : d.end]
        got = added_words(value, quote)
        if got is None:
            return None
        said = quote[got.start : got.end]
        show(_wrapped(f"  {value!r} is added to another amount in the quote ({said!r}): a "
                      "change up of the measure (u), or a level of its own (l: the amount "
                      "added, on a measure of it)?"))  # fmt: skip
        act = answers.choose("", ADDED_CHOICES, empty=ADDED_EMPTY)
        return "up" if act.key == "u" else None

    def _rate_name(self, d: Draft, figure: dict[str, Any]) -> str | None:
        """For a percentage above the whole, a measure named for a rate: the subject's own
        whose name is the word of a rate the figure's clause says ("Inflation ... reached
        211.4%": ``inflation``), else that word as a new name (confirmed before it is made);
        None when the clause says no such word."""
        from claimtrack.measure_words import RATE_WORDS, rate_measure

        clause = re.split(r"[.;:!?]", self.reading[d.sentence[0] : int(figure["start"])])[-1]
        said = [w for w in re.findall(r"[^\W\d_]+", clause.lower()) if w in RATE_WORDS]
        if not said:
            return None
        own = [m for m in self._measure_list() if rate_measure(m) and said[0] in m.split("-")]
        return own[0] if own else said[0]

    def refused(self, start: int, end: int) -> list[dict[str, Any]]:
        """The figures of the article's ``[start, end)`` refused as written, as the page
        prints them."""
        return [r | {"text": self.text[r["start"] : r["end"]]}
                for r in refused_in(self.reading, start, end)]  # fmt: skip

    def verbatim(self, figure: dict[str, Any]) -> str:
        """A figure as the article prints it: read from the same-length reading copy, its
        text there has straight quotation marks where the article may have curly ones
        ("1’200 people" was stored as "1'200 people", not words of the quote: audit16)."""
        start, end = _span(figure)
        if self.reading[start:end] == figure["text"]:
            return self.text[start:end]
        return str(figure["text"])

    def measures_now(self, rec: dict[str, Any]) -> None:
        """The card's measures and measure suggested, as the subject has them now: ``extract``
        read them before the review, so a measure made on an earlier card was neither listed
        nor suggested, and the card could suggest one the prompt did not offer. The card lists
        them in the order the measure prompt numbers them (``_measure_list``), the suggestion
        named on its own line, not moved to the front."""
        ex = rec["extract"]
        if not ex["figures"] and not ex.get("refused"):
            return
        got = self._suggested(ex["figures"][0], (ex["start"], ex["end"])) if ex["figures"] \
            else None  # fmt: skip
        hint, doubt = got if got is not None else (None, None)
        _at_end(self._measure_list(), hint)  # a measure another program stored meanwhile
        ex["measures"] = list(self._measure_list())
        ex.pop("measure_suggested", None)
        ex.pop("measure_doubt", None)
        if hint:
            ex["measure_suggested"] = hint
        if doubt:  # said on the card: Enter does not take it (review25)
            ex["measure_doubt"] = doubt

    def _measure_default(self, d: Draft, figure: dict[str, Any]) -> str | None:
        """The candidate's own measure, else the subject's measure that the figure's words
        name, read when the prompt is asked (``extract.suggest_measure``: the same dimension
        and a name sharing the figure's noun, so measures made earlier in this review count);
        else none. Never a measure from the noun alone: the one last stored for "people"
        (sickened) was offered for "22 people have been hospitalized" (review19). A
        suggestion is the default only when its dimension, unit and noun all match the
        figure's (``extract.suggestion_doubt``; review25): otherwise the card says why, and
        Enter asks again rather than file the figure under a measure it may not be."""
        if d.record.get("measure"):
            return str(d.record["measure"])
        got = self._suggested(figure, d.sentence)
        return got[0] if got is not None and got[1] is None else None

    def _suggested(
        self, figure: dict[str, Any], sentence: tuple[int, int]
    ) -> tuple[str, str | None] | None:
        """The subject's measure the figure's words name (``extract.suggest_measure``), the
        figure read in its sentence as the card reads it, and why Enter must not take it
        (None: it may); None when none is named."""
        from claimtrack.extract import figures, suggest_measure, suggestion_doubt

        if not self.store.has_subject(self.subject):
            return None
        span = _span(figure)
        read = next((f for f in figures(self.reading, *sentence) if (f.start, f.end) == span),
                    None)  # fmt: skip
        if read is None:
            return None
        dims = [(m, self.store.measure(self.subject, m)["dimension"])
                for m in self.store.measure_names(self.subject)]  # fmt: skip
        name = suggest_measure(self.reading, read, dims)
        if name is None:
            return None
        units = {c.get("unit") for c in self.store.claims(self.subject, include_retracted=False)
                 if c.get("kind") == "figure" and c.get("measure") == name}  # fmt: skip
        return name, suggestion_doubt(self.reading, read, name, dict(dims)[name], units)

    def accept_stance(self, d: Draft) -> bool:
        known = self._proposition_list()
        if known:
            show_list("propositions", known)
        prop = self.name_prompt("proposition", "Proposition (number or name)", known, d.proposition)
        if prop is None:
            say(BACK)
            return False
        actions = stance_actions()
        again = next((a.key for a in actions if a.word == d.stance), None)
        act = answers.choose("Stance:", actions, again if prop == d.proposition else None)
        d.proposition, d.stance = prop, act.word
        done = bool(self.store_claim(d, {"kind": "stance", "proposition": prop,
                                         "stance": act.word}))  # fmt: skip
        if done:
            d.proposition = d.stance = None
        return done

    def figure_prompt(self, d: Draft) -> dict[str, Any] | None:
        """The figure to store: picked by number from the quote's figures, or typed as the
        quote says it (it must be words of the quote, read by the parser of ``add``)."""
        figs = d.figures
        left = d.unstored()
        if d.chosen is not None:
            default = str(figs.index(d.chosen) + 1) if d.chosen in figs else d.chosen["text"]
        else:
            default = str(figs.index(left[0]) + 1) if left else ""
        if figs:
            show_list("figures", [_figure_line(f | {"text": self.verbatim(f)}) for f in figs])
        label = "Figure (number, or words of the quote)" if figs else "Figure as the quote says it"
        while True:
            typed = answers.ask(f"  {label}", default)
            if typed in ("", "-"):  # "-": back to the candidate, although a figure is offered
                return None
            words = _unquoted(typed)  # "2" in quotation marks: the words, never a number
            if words == typed and re.fullmatch(r"\d+", typed) and 1 <= int(typed) <= len(figs):
                chosen: dict[str, Any] | None = figs[int(typed) - 1]
            else:
                chosen = self.typed_figure(d, words, typed)
            if chosen is None:
                continue
            d.chosen = chosen
            return d.chosen

    def typed_figure(self, d: Draft, words: str, typed: str) -> dict[str, Any] | None:
        """The figure the words typed at the figure prompt stand for, or None (said why).
        Words that stand more than once in the quote ("2 per cent" of "fell about 2 per cent
        to 2 per cent") are the figure of the card if one place is it, else a figure of the
        sentence standing whole there, else the first place the guards take; a place inside a
        larger figure is refused only when no place is whole (review27: the level "2 per
        cent" was refused as a cut of the change "about 2 per cent")."""
        figs = d.figures
        span = find_quote(self.reading, d.start, d.end, words) if words else None
        if span is None:
            if words == typed and re.fullmatch(r"\d+", typed):
                span_of = f"1-{len(figs)}" if figs else "none"
                say(f"  No number {typed} in the list ({span_of}), and {typed!r} is not "
                    "words of the quote.")  # fmt: skip
            else:
                say("  Not words of the quote: a figure is stored as the quote says it.")
            return None
        places = [span, *[p for p in places_of(self.reading, d.start, d.end, words)
                          if p != span]]  # fmt: skip
        # the words of a figure of the list, or of another figure the quote holds ("4%"
        # of "up 4% to 1,200" where 1,200 is proposed): that figure, a change as a change
        # (read in the card's sentence, as the card reads them: a part of it may leave out the
        # words that refuse one, review28)
        held = [f for f in figures_in(self.reading, *d.sentence)
                if d.start <= f["start"] and f["end"] <= d.end]  # fmt: skip
        for pool in (figs, held):
            listed = [f for p in places for f in pool if _span(f) == p]
            if listed:
                if len(places) > 1:
                    self._say_place(listed[0], places)
                return listed[0]
        problems = []
        for span in places:
            problem = self.typed_problem(d, span)
            way = _change_said(problem) if problem is not None else None
            if way is not None and self.typed_problem(d, span, way) is None:
                problem = None  # "5p" of "a 5p a litre cut": the change the quote says
                say(f"  {self.text[span[0] : span[1]]!r} is taken as a change {way}, as the "
                    "quote says it.")  # fmt: skip
            else:
                way = None
            if problem is not None:
                problems.append(problem)
                continue
            if words == typed and re.fullmatch(r"\d+", typed):  # said once it is taken
                say(f"  {typed} is not a number of the list: taken as the words {typed!r} of "
                    "the quote.")  # fmt: skip
            chosen: dict[str, Any] = {"text": self.text[span[0] : span[1]], "start": span[0],
                                      "end": span[1]}  # fmt: skip
            if way is not None:
                chosen["change"] = way
            return chosen
        say(f"  {problems[0]}")
        return None

    def _say_place(self, f: dict[str, Any], places: list[tuple[int, int]]) -> None:
        """Said when the words typed stand more than once in the quote: which is taken."""
        at = places.index(_span(f)) + 1
        way = f"a change {f['change']}" if f.get("change") else "a level"
        say(_wrapped(f"  {self.verbatim(f)!r} stands {len(places)} times in the quote: taken "
                     f"where it is a whole figure (place {at}, {way}); pick by number for "
                     "another."))  # fmt: skip

    def typed_problem(
        self, d: Draft, span: tuple[int, int], change: str | None = None
    ) -> str | None:
        """Why the words ``span`` of the quote, typed at the figure prompt, may not be stored
        as its figure (said, and asked again, before the measure); None when they may.
        ``change``: the words are taken as a change that way (review25: "5p" of "a 5p a litre
        cut", which the card shows refused as a change, had no way to be stored), held to
        the rule of `add --change`, and a figure refused as written for being a change is no
        figure they cut."""
        from claimtrack.guards import part_problem

        read = self._read_figure(self.text[span[0] : span[1]])
        if isinstance(read, str):
            return read
        # what the words read, and what they measure: "32" of "32 weeks" is a count, where
        # the quote gives a duration (it was stored as a count of 32)
        typed_read = {span[0]: (*read, dimension(self.text[span[0] : span[1]]))}
        cut = cut_problem(figures_in(self.reading, *d.sentence), *span, typed_read.get)
        if cut is not None:
            return cut
        money = self.bare_money(d, span)
        if money is not None:  # the card's rule and words (review28: one guard, not two;
            # `add`'s guard of a bare amount beside money in its quote gives its own)
            from claimtrack.extract.baremoney import bare_money_why

            return (f"{self.text[span[0] : span[1]]!r} refused: {bare_money_why(money)}"
                    "\n  (the review stores a figure as its quote says it; `claimtrack add "
                    "--paraphrase` stores one as meant)")  # fmt: skip
        # the guards of `add` on words typed, asked again here rather than refused after
        # the measure ("$281" of "$281, 7 million": one part of an amount)
        value, quote = self.text[span[0] : span[1]], self.text[d.start : d.end]
        problem = part_problem(value, quote, change=change)
        if problem is None and (d.start, d.end) != d.sentence:
            # a part of the sentence (``e``) may leave out the words that refuse the figure
            # ("each day" after "850 flights are operated"): the guards read the sentence the
            # card showed too, as the card does (review28: typed there, it went to the measure)
            problem = part_problem(value, self.text[slice(*d.sentence)], change=change)
        if problem is not None:
            if "--paraphrase" in problem:
                problem += ("\n  (the review stores a figure as its quote says it; `claimtrack "
                            "add --paraphrase` stores one as meant)")  # fmt: skip
            return problem
        # a part of a figure refused as written ("3" of "3,5 million"): the guard above says
        # more of the kinds it knows ("$281" of "$281, 7 million")
        refused = [r for r in self.refused(*d.sentence)
                   if change is None or _change_said(str(r["reason"])) != change]  # fmt: skip
        cut = cut_problem((), *span, typed_read.get, refused)
        if cut is not None:
            return cut
        # "38" of "38 per cent": the store would refuse it later
        return self._not_read_there(d, span)

    def bare_money(self, d: Draft, span: tuple[int, int]) -> str | None:
        """The money the page shows the words ``span`` typed as a figure to be, their currency
        left out ("40 million" of "40 million of the 90 million" after "$90 million"), by the
        rule that refuses them on the card (``extract.baremoney.money_shown``, read in the
        card's sentence as ``extract`` reads it); None when they are no such amount. Before,
        the card refused a scaled amount in a passage of money and the prompt asked "Store it
        as a count?" only of an amount restating the page's money: "40 million" typed after
        "$90 million" went in as a count (review28). Words inside another figure the card
        refused ("7 million" of "$281, 7 million") are that figure's part, said so by its own
        rule."""
        from claimtrack.extract.baremoney import money_shown
        from claimtrack.quantities import FigureError, parse_figure

        start, end = d.sentence
        if any(r["start"] < span[1] and span[0] < r["end"] and _span(r) != span
               for r in self.refused(start, end)):  # fmt: skip
            return None  # a part of another figure the card refused: its reason is said
        read = figures_in(self.reading, start, end)
        if any(f["start"] <= span[0] and span[1] <= f["end"] for f in read):
            # words of a figure the card proposes, the card's rule read it there: "around 6
            # million" of "around 6 million people" (a count of people, its noun left out)
            return None
        try:
            fig = parse_figure(self.reading[span[0] : span[1]])
        except FigureError:
            return None
        money = next((str(f["text"]) for f in read
                      if str(dimension(str(f["text"]))).startswith("currency:")), None)  # fmt: skip
        return money_shown(self.reading, *span, fig, start, money)

    def _not_read_there(self, d: Draft, span: tuple[int, int]) -> str | None:
        """Why the words ``span`` typed as a figure are not the figure the quote holds there,
        as ``add`` (``guards.figure_in_quote``) reads them: "38" of "38 per cent" (a count,
        where the quote gives a share). Asked again here, before the measure, rather than
        refused after it as "not in the quote". None when they are."""
        from claimtrack.guards import figure_in_quote

        value, quote = self.text[span[0] : span[1]], self.text[d.start : d.end]
        if figure_in_quote(value, quote) or figure_in_quote(value, quote, True):
            return None
        there = [f["text"] for f in figures_in(self.reading, *d.sentence)
                 if f["start"] < span[1] and span[0] < f["end"]]  # fmt: skip
        whole = f" (the quote's figure there is {there[0]!r})" if there else ""
        return (f"{value!r} does not read as the quote says it{whole}: type the figure as "
                "written, or pick it by number.")  # fmt: skip

    def _read_figure(self, value: str) -> Interval | str:
        """The interval the parser of ``add`` reads in ``value``, or why it reads none. A
        percentage above the whole ("211.4%") is read as a rate or a change may be: the
        measure, asked next, says which, and a proportion's refuses it when the claim is
        stored (docs/figures.md, "Rates above the whole")."""
        from claimtrack.models import validate_claim

        try:
            claim = validate_claim(self._probe(kind="figure", value=value, measure="m"))
        except ClaimtrackError as e:
            reason = _reason(e)
            if "more than the whole" not in reason:
                return reason
            try:  # (a change is read as a rate: over_whole)
                claim = validate_claim(self._probe(kind="figure", value=value, change="up"))
            except ClaimtrackError:
                return reason
        return claim.low, claim.high

    def store_claim(self, d: Draft, what: dict[str, Any]) -> bool | None:
        """Show the claim in full, ask, and store it atomically: True when stored, False when
        not (declined, or not valid), None when the store refused it (asked again)."""
        from claimtrack.figure_guards import guard_figures
        from claimtrack.models import validate_claim

        rec = d.record
        data = {k: rec[k] for k in ("subject", "outlet", "url", "reported_on", "source")
                if rec.get(k)}  # fmt: skip
        data |= {"claimant": d.claimant, "quote": self.text[d.start : d.end], **what}
        for key in ("speaker", "said_on", "note", "relays"):
            if getattr(d, key):
                data[key] = getattr(d, key)
        if not d.claimant:  # asked here, so that nothing typed so far is lost
            say("  No claimant yet: who asserts it?")
            self.set_claimant(d)
            if not d.claimant:
                say(BACK)
                return False
            data["claimant"] = d.claimant
        if not self._known("claimant", d.claimant):  # an extracted name, new: the guard
            name = self.checked_name("claimant", d.claimant, confirm=False)
            if name is None:
                say("  Not stored: set the claimant with c.")
                return False
            d.claimant = data["claimant"] = name
        try:
            claim = validate_claim(data)
            which = self.which_currency(claim)
            if which is not None:  # the sign written for the currency meant ("NZ$11.7 billion")
                data["value"] = which
                claim = validate_claim(data)
            # the guards of `add`: a shared sign where another of its currencies is in play is
            # refused, and how it was read is shown before "Store it?" (the figure is words of
            # the quote)
            readings = guard_figures(self.store, [claim], paraphrase=False, decimal_comma=None)
            self.check_rules(claim)
        except ClaimtrackError as e:
            say(f"  Not stored: {_reason(e)}")
            return False
        for line in [note.text for note in readings] + _date_warnings(claim):
            show(f"  {line}")  # what `add` says of the figure and the dates, where it says it
        if d.as_of and claim.kind != "figure":  # typed at t: said, never dropped unseen
            show(f"  as_of {d.as_of} is not stored: a stance has none (it is the moment a "
                 "figure describes).")  # fmt: skip
        self.show_claim(claim, d)
        while True:
            # no default: a claim is stored only on an answer typed for it, never on Enter (a
            # stray blank line in piped answers stored a claim; as `git add -p` asks of a hunk)
            if answers.choose("Store it?", YES_NO, empty=STORE_EMPTY).key != "y":
                say("  Not stored; the candidate is still open.")
                return False
            try:
                return self.add(claim)
            except BusyError:  # another program's lock, held past the wait: not stored,
                # and asked again (it stopped the review, saying "nothing was written" after
                # the claims stored before it)
                say("  Not stored: the database is busy (another program is writing to it); "
                    "y tries again, n leaves the claim unstored.")  # fmt: skip

    def add(self, claim: Claim) -> bool | None:
        """Store a claim accepted, atomically: True when stored (or stored before), None when
        the store refused it (asked again); a database that cannot be written stops the review
        (DatabaseError)."""
        try:
            record, created = self.store.add_many([claim])[0]
        except BusyError:  # another program's lock: asked again ("Store it?")
            raise
        except DatabaseError as e:  # the database, not the claim: the review stops, saying so
            raise DatabaseError(f"{e.message}; {NOT_STORED}", hint=e.hint) from None
        except sqlite3.Error as e:  # a full disk, a file made read-only: rolled back whole
            raise from_sqlite_error(e, self.store.path, NOT_STORED) from None
        except ClaimtrackError as e:
            say(f"  Not stored: {_reason(e)}")
            return None
        self._named(claim.claimant, claim.speaker)
        if claim.kind == "stance":
            _at_end(self._proposition_list(), claim.proposition)
        else:
            _at_end(self._measure_list(), claim.measure)
        if created:  # the same claim stored before is not counted again at the end
            self.stored.append(record["id"])
            say(f"  Stored {record['id']}.")
        elif record.get("status") == "retracted":  # kept retracted: ignored by conflicts
            say(
                f"  Already stored {record['id']}, retracted: nothing added, and conflicts "
                f"ignore it (claimtrack retract {record['id']} --undo restores it)."
            )
        else:
            say(f"  Already stored {record['id']}: nothing added.")
        return True

    def show_claim(self, claim: Claim, d: Draft) -> None:
        """The claim as it will be stored, every field of it (a new claimant or subject
        marked, a speaker still extract's guess said so), and a claimant written otherwise
        than a known one named with the spelling that stands for both (review16)."""
        left = {"speaker": d.speaker_guessed, "claimant": d.claimant_guessed}
        guessed = [k for k in left if left[k] and getattr(claim, k) == d.record.get(k)]
        new = Preview(
            claimant=not self.store.claimant_known(claim.claimant),
            subject=not self.store.has_subject(claim.subject),
            guess=d.guess if guessed else None,
            guessed=tuple(guessed),
        )
        for line in _preview(claim, new):  # on a terminal, wrapped at words (review30)
            show(answers.fitted(line, "      ", terminal_only=True))
        first = self.store.written_first(claim.claimant)
        if first is not None:  # "Ministry of health" beside a stored "Ministry of Health"
            show(f"    (the claimant {first!r} written otherwise: one claimant, listed as "
                 f"{first!r})")  # fmt: skip

    def check_rules(self, claim: Claim) -> None:
        """The rules of ``add``: a claim is said no later than it is reported, and relays only
        an active claim of its subject, kind and measure or proposition (``relays``;
        InputError otherwise)."""
        from claimtrack.errors import InputError
        from claimtrack.records import said_after_report_problem
        from claimtrack.relays import relay_problem

        dates = said_after_report_problem(claim.said_on, claim.reported_on)
        if dates:
            raise InputError(f"{dates}; set the date with t")
        if claim.relays:
            problem = relay_problem(claim.record(), self.store.get(claim.relays))
            if problem:
                raise InputError(f"{problem}; set the relay with r")

    def which_currency(self, claim: Claim) -> str | None:
        """A figure's value with its shared sign written for the currency meant, when the
        story makes the sign ambiguous ("$" in an article on a .nz site or beside "pesos",
        "Rs" beside "Pakistan"): asked by number (or ISO code), the currency the story names
        first (Enter). None when nothing needs asking."""
        from claimtrack.figure_guards import ambiguous_sign

        sign = ambiguous_sign(self.store, claim)
        if sign is None:
            return None
        ways = dict(sign.ways)
        show_list(f"{sign.sign!r} may mean another currency here ({sign.why})",
                  [f"{w} ({c})" for c, w in ways.items()])  # fmt: skip
        while True:
            picked, typed = answers.ask_number(
                "  Which currency (number or ISO code)", list(ways.values()), "1"
            )
            if picked is None:
                picked = ways.get(typed.strip().upper())
            if picked is None:
                say("  Answer with a number from the list, or one of its ISO codes.")
                continue
            return picked

    # -- names ------------------------------------------------------------------------------

    def name_prompt(
        self,
        field_name: str,
        label: str,
        listed: Sequence[str],
        default: str | None,
        *,
        required: bool = False,
    ) -> str | None:
        """A name for ``field_name``: a number from ``listed``, or a name, guarded like ``add``
        (a near miss offers the existing names; a new name is confirmed). None on Enter with
        no default; when the name is ``required`` (the measure of a figure already picked),
        Enter with no default asks again, and ``-`` is None."""
        while True:
            picked, typed = answers.ask_number(
                f"  {label}", listed, default or "",
                ": a number picks from the list, and is never taken as a name",
            )  # fmt: skip
            if required and typed == "-":
                return None
            if required and not typed:
                say(
                    f"  The {field_name} is needed: a number from the list or a name (- goes back)."
                )
                continue
            if not typed:
                return None
            if picked is not None:
                return picked
            name = self.checked_name(field_name, typed)
            if name is not None:
                return name

    def checked_name(self, field_name: str, typed: str, *, confirm: bool = True) -> str | None:
        """``typed`` as stored (slugs normalised), once the guard of ``add`` lets it through
        and, with ``confirm``, once a new name is confirmed (without: the claim's preview
        marks it new); None to ask again."""
        from claimtrack.models import Claim, validate_claim
        from claimtrack.names import explain

        try:
            probe = validate_claim(self._probe(**_probe_fields(field_name, typed)))
        except ClaimtrackError as e:
            say(f"  {_reason(e)}")
            return None
        name = str(getattr(probe, field_name))
        if self._known(field_name, name):
            return name
        check = Claim.model_construct(
            subject=self.subject,
            claimant=probe.claimant,
            measure=probe.measure,
            proposition=probe.proposition,
        )
        misses = [m for m in self.store.name_checks(check, (field_name,))
                  if m.field == field_name]  # fmt: skip
        used = self.used_for.get((field_name, name))
        if misses and used is not None and not confirm:  # a name read by extract, whose near
            # miss was answered before in this review: not asked on every card again
            say(f"  {field_name} {name!r}: {used!r}, as you answered before (c changes it).")
            return used
        if misses:
            m = misses[0]
            say("  " + explain(m.field, m.subject, m.name, m.suggestions))
            options = list(m.suggestions)
            show("  " + numbered([f"use {o}" for o in options]) + f"  n. keep {name!r}")
            while True:
                picked, answer = answers.ask_number(
                    "  Choice (number, n, or another name)", options, "1"
                )
                if picked is not None:
                    self.used_for[(field_name, name)] = picked
                    return picked
                if answer.casefold() in ("n", "no", "new", "keep"):
                    break
                return self.checked_name(field_name, answer)
        if confirm and field_name == "claimant":
            spelled = self.as_the_page_writes("claimant", name)
            if spelled != name:
                return None if spelled is None else self.checked_name(field_name, spelled)
        what = f"a new {field_name}" + ("" if field_name == "claimant" else f" of {self.subject}")
        if confirm and answers.choose(f"{name!r} is {what}. Create it?", YES_NO, "y").key != "y":
            return None
        self.confirmed[field_name].add(name)
        if field_name == "proposition":  # at the end, in the order made
            _at_end(self._proposition_list(), name)
        elif field_name == "measure":
            _at_end(self._measure_list(), name)
        return name

    def as_the_page_writes(self, field_name: str, name: str) -> str | None:
        """A name typed that the page writes otherwise, by a slip ("Odisha Fire Servces" where
        it writes "Odisha Fire Services"): the page's spellings offered by number, Enter the
        first; ``n`` keeps the name typed; another name is returned as typed, to be checked in
        turn (None: ask again). A name the page writes, or none near it, is returned as it is
        (review30: Enter at "Create it?" made the slip a new claimant)."""
        from claimtrack.review.spelling import article_spelling

        options = article_spelling(name, self.text)
        if not options:
            return name
        choice = (
            repr(options[0]) if len(options) == 1 else "one of " + ", ".join(map(repr, options))
        )
        say(f"  {field_name} {name!r} is not written so on the page; did you mean {choice}?")
        show("  " + numbered([f"use {o}" for o in options]) + f"  n. keep {name!r}")
        picked, answer = answers.ask_number("  Choice (number, n, or another name)", options, "1")
        if picked is not None:
            return picked
        if answer.casefold() in ("n", "no", "new", "keep"):
            return name
        return answer or None

    def _known(self, field_name: str, name: str) -> bool:
        if name in self.confirmed[field_name]:
            return True
        if field_name == "claimant":
            return self.store.claimant_known(name)
        if field_name == "measure":
            return name in self.store.measure_names(self.subject)
        return name in self._proposition_list()

    def _probe(self, **fields: Any) -> dict[str, Any]:
        base = {"subject": self.subject or "s", "claimant": "c", "quote": "q", "kind": "stance",
                "proposition": "p", "stance": "affirms"}  # fmt: skip
        if fields.get("kind") == "figure" or "measure" in fields:
            base = {k: v for k, v in base.items() if k not in ("proposition", "stance")}
            base |= {"kind": "figure", "value": "1", "measure": "m"}
        return base | fields

    def date_prompt(
        self,
        key: str,
        label: str,
        dates: Sequence[str],
        current: str | None,
        reported_on: str | None = None,
    ) -> str | None:
        """A date for the field ``key``: a number from ``dates``, or a date typed (a year of
        four digits is a date, never a number of the list: "2031" was refused as one), or a
        day typed in words ("Sunday", "last Tuesday", "yesterday"), counted back from
        ``reported_on`` by the rules of the days a sentence names (``days.typed_day``) and
        said back with its date."""
        from claimtrack.models import validate_claim
        from claimtrack.review.days import typed_day

        while True:
            typed = answers.ask(f"  {label} (number, date, - for none)", current or "")
            if typed in ("", "-"):
                return None
            try:
                picked = None if re.fullmatch(r"\d{4}", typed) else pick_number(typed, dates)
                day = None if picked else typed_day(typed, reported_on)
                if day is not None:
                    say(f"  {typed!r} is {day.date} (counted back from the article's date "
                        f"{day.article}).")  # fmt: skip
                value = picked or (day.date if day else typed)
                probe = validate_claim(self._probe(kind="figure", **{key: value}))
                return str(getattr(probe, key))
            except (ValueError, ClaimtrackError) as e:
                say(f"  {_reason(e)}")

    # -- lists ------------------------------------------------------------------------------

    def _measure_list(self, d: Draft | None = None) -> list[str]:
        """Measures offered by number, in one order through the review: the subject's as the
        review starts (the store's order, alphabetical, review19), then those the article's
        candidates carry as their own; then the measures made or typed in the review, at the
        end in the order given. A measure does not move once listed (one made on a card took
        its alphabetical place, so the number a measure after it showed on the card before
        picked another, review21), and the measure offered on Enter is the prompt's default,
        not moved to the top. ``d``, the card's draft, changes nothing: the list is the
        review's (the keystroke bench passes it)."""
        if self.measures is None:
            names = self.store.measure_names(self.subject) if self.store.has_subject(
                self.subject) else []  # fmt: skip
            names += [str(rec["measure"]) for rec in self.records if rec.get("measure")]
            self.measures = list(dict.fromkeys(names))
        return self.measures

    def _proposition_list(self) -> list[str]:
        """Propositions offered by number, in one order through the review: the subject's as
        the review starts, most claimed first and equals in alphabetical order, then those
        made in the review, in the order made (a proposition made or claimed again does not
        move: its number stays the one shown on the card before, review20)."""
        if self.propositions is None:
            rows = self.store.subject_detail(self.subject)["propositions"] if \
                self.store.has_subject(self.subject) else []  # fmt: skip
            rows = sorted(rows, key=lambda p: (-int(p["claims"] or 0), p["proposition"]))
            self.propositions = [str(p["proposition"]) for p in rows]
        return self.propositions

    def _claimant_list(self) -> list[str]:
        """Names offered by number at the claimant and speaker prompts, in one order through
        the review: the subject's claimants as the review starts (most claimed first, equals
        in alphabetical order), then its speakers (the same order; since review23: the
        official stored as speaker on earlier pages was typed again on every page), then the
        names this article's candidates propose as claimant
        or speaker (in the article's order), then the outlet, the first ``NAME_LIST`` of
        those (the outlet always among them, last: review30); then the names given in the
        review, at the end. A name does not move once
        listed (the list sorted on each card gave a number another name after a store,
        review20)."""
        if self.names is None:
            names = []
            if self.store.has_subject(self.subject):
                rows = self.store.subject_detail(self.subject)["claimants"]
                rows = sorted(rows, key=lambda r: -int(r.get("claims") or 0))
                names = [r["claimant"] for r in rows if r.get("claimant")]
                names += _speakers(self.store.claims(self.subject, include_retracted=False))
            for rec in self.records:
                names += [str(rec[k]) for k in ("claimant", "speaker") if rec.get(k)]
            outlet = [str(rec["outlet"]) for rec in self.records[:1] if rec.get("outlet")]
            names = list(dict.fromkeys(names + outlet))
            if len(names) > NAME_LIST:  # the outlet is kept: on a subject of many names it fell
                # past the cut, and its own narration's claimant was typed (review30)
                names = [n for n in names if n not in outlet][: NAME_LIST - len(outlet)] + outlet
            self.names = names
        return self.names

    def _named(self, *names: str | None) -> None:
        """Names given in the review (typed, picked, stored) join the list at its end."""
        _at_end(self._claimant_list(), *names)

    def _relay_list(self) -> list[dict[str, Any]]:
        if not self.store.has_subject(self.subject):
            return []
        rows = list(self.store.claims(self.subject, include_retracted=False))
        order = {cid: n for n, cid in enumerate(self.stored)}
        # newest first: this review's, then by the day said, then by the day reported (the
        # same said_on told by two pages came in the order of their ids, review29)
        rows.sort(key=lambda c: (order.get(c["id"], -1), c.get("said_on") or c.get(
            "reported_on") or "", c.get("reported_on") or ""), reverse=True)  # fmt: skip
        return rows[:RELAY_LIST]


# -- text ---------------------------------------------------------------------------------


def _speakers(claims: Any) -> list[str]:
    """The speakers of ``claims``, most claims first, equals in alphabetical order."""
    from collections import Counter

    counts = Counter(str(c["speaker"]) for c in claims if c.get("speaker"))
    return sorted(counts, key=lambda n: (-counts[n], n))


def _at_end(listed: list[str], *names: str | None) -> None:
    """``names`` not in ``listed`` yet appended to it, in the order given (the lists offered
    by number keep their numbers through a review: review20, review21)."""
    listed += [n for n in dict.fromkeys(names) if n and n not in listed]


def _wrapped(text: str) -> str:
    """``text`` wrapped to the terminal, its lines after the first indented."""
    import shutil
    import textwrap

    width = max(40, shutil.get_terminal_size((100, 24)).columns - 1)
    return textwrap.fill(text, width, subsequent_indent="    ", break_on_hyphens=False)


def _unquoted(typed: str) -> str:
    """``typed`` without one pair of quotation marks around it ('"12"' -> "12")."""
    m = re.fullmatch(r"[\"'“‘](.*)[\"'”’]", typed.strip())
    return m.group(1).strip() if m else typed


def _span(f: dict[str, Any]) -> tuple[int, int]:
    return int(f["start"]), int(f["end"])


def stored_at(span: tuple[int, int], stored: set[tuple[int, int]]) -> bool:
    """Whether the figure at ``span`` is stored: a stored figure's words overlap it. The figures
    a sentence proposes never overlap, so words that do are the same figure, typed on another
    card of the sentence with fewer words after it ("approximately 40 miles" typed on the
    speaker's card, "approximately 40 miles southeast" proposed on the outlet's): it was shown
    unstored there, Enter was no answer, the review's end named it skipped unstored, and
    storing it again made a second claim of one figure (review28)."""
    return any(lo < span[1] and span[0] < hi for lo, hi in stored)


def _probe_fields(field_name: str, value: str) -> dict[str, Any]:
    return {field_name: value}


def _reason(e: Exception) -> str:
    if isinstance(e, ClaimtrackError):
        return e.message + "".join(f"; {x}" for x in e.details)
    return str(e)


def _claim_line(c: dict[str, Any]) -> str:
    what = (f"{c.get('measure')} {c.get('value')}" if c["kind"] == "figure"
            else f"{c.get('stance')} {c.get('proposition')}")  # fmt: skip
    quote = c.get("quote") or ""
    quote = quote if len(quote) <= 50 else quote[:49] + "…"
    return f"{c['id']} · {c.get('claimant')} · {what} · “{quote}”"


@dataclass(frozen=True)
class Preview:
    """What the claim shown before "Store it?" says beside its fields."""

    claimant: bool = False  # the claimant is new
    subject: bool = False  # the subject is new
    guess: str | None = None  # why extract's speaker is a guess
    guessed: tuple[str, ...] = ()  # the fields still that guess, unanswered ("speaker", and
    # "claimant" when it was read from the speaker)


# what ``extract``'s guess says of a speaker that is a description, not a name ("'trust' is a
# description, not a name the article gives")
_DESCRIBED = "is a description, not a name"


def _guess(ex: dict[str, Any]) -> str | None:
    """Why ``extract`` calls a candidate's speaker a guess (its ``speaker_found`` says
    "...; guess: WHY"), or None when it does not."""
    _, sep, why = str(ex.get("speaker_found") or "").partition("guess: ")
    return why if sep else None


def _above_whole(f: dict[str, Any]) -> bool:
    """Whether a figure of the card is a percentage above the whole ("211.4%"), which only a
    measure named for a rate, or a change, holds."""
    from claimtrack.extract.figurespans import ABOVE_WHOLE

    return f.get("note") == ABOVE_WHOLE or (
        f.get("unit") == "%" and not f.get("change") and (f.get("low") or 0) > 100
    )


def _change_cut(figs: Sequence[dict[str, Any]], quote: str) -> str | None:
    """Why a narrowed quote may not be taken: it leaves out the words that make one of its
    figures a change ("4.2% in the year to March" of "prices rose 4.2% in the year to March"),
    so the change could not be stored from it (``add``'s ``change_given_problem``), nor the
    figure as a level. None when every change of the quote keeps its words."""
    from claimtrack.guards import change_given_problem

    for f in figs:
        if f.get("change") and change_given_problem(f["text"], quote, f["change"]) is not None:
            return (f"That leaves out the words that make {f['text']!r} a change "
                    f"({f['change']}): keep them in the quote.")  # fmt: skip
    return None


def _date_warnings(claim: Claim) -> list[str]:
    """What ``add`` warns of a claim's dates: one in the future, a figure as of a moment after
    it was said (``records.as_of_after_statement``)."""
    from claimtrack.records import as_of_after_statement, is_future

    dates = {f: getattr(claim, f) for f in ("said_on", "reported_on", "as_of")}
    out = [f"warning: {f} {date} is in the future" for f, date in dates.items() if is_future(date)]
    later = as_of_after_statement(claim.as_of, claim.said_on, claim.reported_on)
    if later is not None:
        out.append(f"warning: {later.replace('give --as-of', 'set the as_of (t) to')}")
    return out


def _change_said(problem: str) -> str | None:
    """The way of the change a refusal says the quote gives ("... gives a change ('cut'),
    not a level ..." -> "down"), None when it says none or no way."""
    from claimtrack.guards import change_direction

    m = re.search(r"gives a change \([\"'](\w+)[\"']\)", problem)
    return change_direction(m.group(1)) if m is not None else None


def _in_currency(value: str | None) -> str:
    """ " = GBP 1.618" for money written in a hundredth of its currency ("161.8p"), as stored
    and compared; "" for any other figure."""
    from claimtrack.quantities import FigureError, in_currency, parse_figure

    try:
        money = in_currency(parse_figure(value)) if value else None
    except FigureError:
        return ""
    return f" = {money}" if money else ""


def _preview(claim: Claim, new: Preview = Preview()) -> list[str]:
    """The claim as it will be stored: every field it stores (those read from its value, the
    unit and hedge, shown as the figure's interval)."""
    from claimtrack.quantities import format_number

    if claim.kind == "figure":
        high = "no upper bound" if claim.high is None else format_number(claim.high)
        low = "-" if claim.low is None else format_number(claim.low)
        # a change: "figure '12%' (12–12), a change down of burglaries", not a level of it
        on = f", a change {claim.change} of" if claim.change else " on"
        what = (
            f"figure {claim.value!r} ({low}–{high}{_in_currency(claim.value)}){on} {claim.measure}"
        )
    else:
        what = f"{claim.stance} {claim.proposition}"
    lines = [f"  To store: {what}",
             f"    claimant {claim.claimant}{' (new)' if new.claimant else ''} · "
             f"speaker {claim.speaker or '-'}"]  # fmt: skip
    if new.guess is not None and new.guessed:  # shown on the card, and where it is accepted
        said = {("speaker",): ("the speaker", "p sets it"),
                ("claimant",): ("the claimant read from the speaker", "c sets it"),
                ("speaker", "claimant"): ("the speaker and the claimant read from it",
                                          "p sets the speaker, c the claimant")}  # fmt: skip
        fields, keys = said[new.guessed]
        lines.append(f"    guessed: {fields} ({new.guess}); {keys}")
    where = [f"subject {claim.subject}{' (new)' if new.subject else ''}"]
    where += [f"{k} {getattr(claim, k)}" for k in ("outlet", "url", "source") if getattr(claim, k)]
    lines.append("    " + " · ".join(where))
    dates = [f"{k} {getattr(claim, k)}" for k in ("said_on", "as_of", "reported_on")
             if getattr(claim, k)]  # fmt: skip
    if dates:
        lines.append("    " + " · ".join(dates))
    for key in ("note", "relays"):
        if getattr(claim, key):
            lines.append(f"    {key} {getattr(claim, key)}")
    lines.append(f"    quote “{claim.quote}”")
    return lines
