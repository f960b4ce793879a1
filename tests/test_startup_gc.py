"""`claimtrack` loads a command with the collector paused, then freezes what loading made
(docs/performance.md, session 31): the collector is left as the caller had it."""

from __future__ import annotations

import gc

import pytest

from claimtrack.cli import _run


@pytest.mark.parametrize("enabled", [True, False])
def test_loading_leaves_the_collector_as_it_was(enabled: bool, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("sys.argv", ["claimtrack", "--version"])
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    gc.unfreeze()
    try:
        with pytest.raises(SystemExit) as e:
            _run(["--version"])
        assert e.value.code in (0, None)
        assert gc.isenabled() is enabled
        assert gc.get_freeze_count() > 0  # what loading made is out of the collector's reach
    finally:
        gc.unfreeze()
        (gc.enable if was else gc.disable)()


def test_ctrl_c_while_loading_still_restores_the_collector(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import claimtrack.cli as cli

    def interrupted(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_whole_app", interrupted)
    assert gc.isenabled()
    with pytest.raises(KeyboardInterrupt):
        _run(["--help"])
    assert gc.isenabled()
