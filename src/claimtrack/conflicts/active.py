""":class:`ActiveFacts`, the store's reading of a subject: kept out of the compiled engine.

The engine's other modules are compiled with mypyc when claimtrack is installed from a wheel
(see ``hatch_build.py``); mypyc cannot make a subclass of ``list`` a native class, so this one
stays a plain Python class here, and the engine treats it as any list.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from claimtrack.conflicts.model import Fact, Number

# A claim's quote marks as the store hands them to the engine (``quote_marks``): the words
# saying its count was revised from its figure (None: none, or the user dated the figure
# before the one of the same statement that replaced it), the words of a plan's stage, and
# the words giving what it says to people it does not name (evidence15; None: none), and
# whether its figure is not in its quote (quotes31: "paraphrase", "unchecked"; None: it is),
# and the words of a span of time its quote gives the figure over (time34; None: none).
QuoteMarks = tuple[str | None, tuple[str, ...], str | None, str | None, str | None]


class ActiveFacts(list[Fact]):
    """Facts known to be active, each id once: what the store reads (its queries select the
    active claims, keyed by id). :func:`analyse` takes them as they are; any other list is
    first cleared of retracted claims and repeated ids.

    ``hedge_of`` (claim id -> the hedge it was said with, None if none) answers the engine
    for the rare claims whose bounds cannot tell a hedge from a range (rule 6): the store's
    covering index holds no hedge, so the engine asks for it only where it matters.
    ``figure_of`` (claim id -> the figure as said) answers it for a rate's whole number, whose
    stated decimals ("4.0%") the bounds do not keep (rule 6, "Rates").
    ``ends_of`` (claim id -> the ends a figure said with "about" states, before its hedge
    widened them, None when they cannot be told) answers it for such a figure read wider than
    one value's tolerance (rule 6: "about 40 to 50" is judged on 40-50, not 36-55).
    ``marks`` (claim id -> ``QuoteMarks``) holds what the quotes of the few claims that say
    such things say, read once when each claim was written: the engine reads no quote."""

    __slots__ = ("ends_of", "figure_of", "hedge_of", "marks")

    def __init__(
        self,
        facts: Iterable[Fact] = (),
        hedge_of: Callable[[str], str | None] | None = None,
        figure_of: Callable[[str], str | None] | None = None,
        *,
        marks: Mapping[str, QuoteMarks] | None = None,
        ends_of: Callable[[str], tuple[Number, Number] | None] | None = None,
    ) -> None:
        super().__init__(facts)
        self.hedge_of = hedge_of
        self.figure_of = figure_of
        self.ends_of = ends_of
        self.marks = marks or {}
