""":class:`ActiveFacts`, the store's reading of a subject: kept out of the compiled engine.

The engine's other modules are compiled with mypyc when claimtrack is installed from a wheel
(see ``hatch_build.py``); mypyc cannot make a subclass of ``list`` a native class, so this one
stays a plain Python class here, and the engine treats it as any list.
"""

from __future__ import annotations

from claimtrack.conflicts.model import Fact


class ActiveFacts(list[Fact]):
    """Facts known to be active, each id once: what the store reads (its queries select the
    active claims, keyed by id). :func:`analyse` takes them as they are; any other list is
    first cleared of retracted claims and repeated ids."""

    __slots__ = ()
