"""``claimtrack extract --review``: walk candidates on a terminal; store each accepted claim.

The rule is that the review never stores what the user did not see:

- every claim is shown in full (kind, figure and its interval, measure or proposition and
  stance, claimant, speaker, subject, outlet, url, source, dates, note, relay, quote) and
  stored only after "Store it?" is answered yes; Enter there is no answer and is asked again,
  and so is Enter on a card whose own claim is not stored yet (it skipped the card, review26;
  every other prompt, none of which writes, keeps its default). A figure its quote adds to
  another amount ("an additional 0.1%", "RPI plus 0.5%") is asked about: a change up or a
  level of its own. The review's last lines name every card skipped with its claim unstored.
  A speaker ``extract`` marks
  as a guess, and a claimant read from it, are said to be guesses there until answered; the
  warnings ``add`` gives of dates are shown above it, and an as_of typed for a stance is said
  not to be stored;
- narrowing the quote re-reads its figures from the narrowed words with the parser ``add``
  uses (``extract.figures``); a narrowing that cuts a figure in two (one read, or one refused
  as written: "3,5 million"), or leaves out the figure already chosen, is refused and asked
  again, and so are words typed as a figure that cut one; a figure refused in its sentence
  stays refused in a part of it, and words typed in a part are held to the guards over the
  whole sentence (review28); a bare amount the page shows to be money is refused on the card
  and at the figure prompt by one rule (``extract.baremoney``);
- changing the claimant asks what becomes of the extracted speaker (keep, change or none);
- a name that is new to the subject (measure, proposition, claimant) is confirmed before it
  is created, and one close to an existing name gets the guard of ``add``
  (``Store.name_checks``): pick a suggestion by number, keep the new name, or type another;
- at a choice prompt a number picks from the list shown, a letter or the whole word picks an
  action, and an answer that is refused is asked again; nothing typed before it is lost. At
  the figure prompt a number outside the list that is words of the quote is those words (said
  so before the claim is shown), and ``-`` goes back to the candidate;
- the claimant and speaker prompts offer by number the subject's claimants, then the names
  the article's candidates propose, then the outlet; every list offered by number (names,
  propositions, measures) keeps one order through a review, drawn as it starts, with what is
  made or typed in it added at the end (a number read on one card picks the same on the next);
- on a page with a single issuer (``extract.pageissuer``), the figures the page tells in its
  own voice are asked about once, before the first of them: the issuer's (y: its name as
  claimant and speaker) or the outlet's (n: the outlet as claimant, no speaker); each is then
  shown as answered, and still accepted or skipped one by one.

Each accepted claim is stored at once, atomically (``Store.add_many``); a database that
cannot be written is refused before the first question, one another program keeps busy past
the wait at "Store it?" is said and the question asked again, and a write that fails
otherwise stops the review with the count of the claims stored before (exit 1). Answers typed
on a terminal while the output goes to a file are refused (``cli.sources``): nobody would see
what they store. At the end of input
(Ctrl-D, or piped answers that run out) the review stops cleanly: it says on stderr how many
claims were stored and how many candidates were not reviewed, and the command exits 0 (130
after Ctrl-C, at a prompt or anywhere else). Prompts and cards go to stdout, status lines to
stderr.

Its parts: ``answers`` (actions by letter or word, numbers that pick from a list, the one
prompt), ``spans`` (where typed words lie in the sentence, the figures read there, and when a
span would cut one), ``session`` (the walk over the candidates, one ``Draft`` each).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import typer

from claimtrack.review import answers
from claimtrack.review.answers import (
    MENU,
    Action,
    EndOfInput,
    match_action,
    pick_number,
    say,
    stance_actions,
    stance_values,
)
from claimtrack.review.session import Draft, Session
from claimtrack.review.spans import cut_problem, figures_in, find_quote
from claimtrack.wording import plural

if TYPE_CHECKING:
    from claimtrack.store import Store

__all__ = [
    "EXIT_INTERRUPTED",
    "MENU",
    "Action",
    "Draft",
    "EndOfInput",
    "Session",
    "answers",
    "cut_problem",
    "figures_in",
    "find_quote",
    "match_action",
    "pick_number",
    "review_candidates",
    "stance_actions",
    "stance_values",
]

EXIT_INTERRUPTED = 130  # Ctrl-C at a prompt (end of input is not an error: 0)


def review_candidates(
    store: Store,
    text: str,
    records: list[dict[str, Any]],
    *,
    guard: Callable[..., list[Any]] | None = None,
    reading: str | None = None,
) -> list[str]:
    """Ask about each candidate; returns the ids stored. ``reading`` is the article's
    same-length reading copy (``extract.Prepared.reading``); ``guard`` is kept for callers
    that pass the CLI's (names are guarded here, through ``Store.name_checks``)."""
    import sqlite3

    from claimtrack.errors import BusyError, DatabaseError, from_sqlite_error

    if records:  # a database nothing can be written to is said before the first question
        try:
            store.check_writable()
        except BusyError:  # another program's lock: its own "try again when it is done"
            raise
        except DatabaseError as e:
            e.hint = e.hint or ("the review stores each claim as you accept it: make the file "
                                "and its directory writable, or review into a copy "
                                "(`claimtrack --db PATH backup COPY`)")  # fmt: skip
            raise
    session = Session(store, text, reading if reading is not None else text, records)
    try:
        session.run()
    except (sqlite3.Error, DatabaseError) as e:
        # a write that failed mid-review (a full disk, a file made read-only): the claims
        # stored before it stay stored and are counted (the CLI's line alone would say
        # "nothing was written"); the one being written was rolled back whole
        left = len(records) - session.done
        lead = "" if session.say_skipped(first=True) else "\n"  # after the prompt cut short
        say(f"{lead}Stopped: {session.stored_line()}; {plural(left, 'candidate')} not reviewed.")
        if isinstance(e, DatabaseError):
            raise
        raise from_sqlite_error(e, store.path) from None
    except (EndOfInput, KeyboardInterrupt) as e:
        # Ctrl-C away from a prompt too (a card being drawn, a write waiting for a lock): the
        # claims stored before it stay stored, and are counted (the CLI's own line would say
        # "nothing was written"); a claim being written when it came is rolled back whole
        interrupted = not isinstance(e, EndOfInput) or e.interrupted
        left = len(records) - session.done
        how = "Interrupted" if interrupted else "End of input"
        lead = "" if session.say_skipped(first=True) else "\n"
        say(f"{lead}{how}: {session.stored_line()}; {plural(left, 'candidate')} not reviewed.")
        if interrupted:
            raise typer.Exit(EXIT_INTERRUPTED) from None
    return session.stored
