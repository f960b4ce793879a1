"""One claimant's figure records as the engine's ``_group`` builds them, for the property tests
of its shortcuts (tests/test_engine_shortcuts.py, tests/test_engine_speed_paths.py): bounds
ordered and widened by the rounding, the core from the bounds as said."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import strategies as st

from claimtrack import conflicts as c


@st.composite
def figure_records(
    draw: st.DrawFn,
    dates: Sequence[str | None],
    stated: Sequence[str | None] = (None,),
    max_size: int = 24,
    sources: bool = False,
) -> list[tuple]:
    """2 to ``max_size`` records, each with an ``as_of`` of ``dates``, a ``said_on`` of
    ``stated`` and, with ``sources``, maybe a source."""
    n = draw(st.integers(min_value=2, max_value=max_size))
    out = []
    for i in range(n):
        low = draw(st.one_of(st.integers(-50, 400), st.floats(0.5, 400, allow_nan=False)))
        kind = draw(st.sampled_from(["point", "range", "open"]))
        high: float | int | None = low
        if kind == "range":
            high = low + draw(st.integers(0, 300))
        elif kind == "open":
            high = None
        rounding = draw(st.sampled_from([0, 0, 5, 50]))
        c_low, c_high = c._core_of(low, high)
        w_low, w_high = c._widened(low, high, rounding)
        as_of = draw(st.sampled_from(dates))
        said = draw(st.sampled_from(stated))
        source = draw(st.sampled_from([None, None, "s1", "s2"])) if sources else None
        out.append((w_low, w_high, f"c{i:02}", "k", as_of, said, None, c_low, c_high, source))
    return out
