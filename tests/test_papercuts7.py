"""The less-used commands' bad paths, as a new user meets them (papercuts7): messages that
name what was typed, not the record's fields; a refusal that names every slip at once; a
backup into a directory it cannot write; tables that stay readable at COLUMNS=40."""

from __future__ import annotations

from pathlib import Path

import pytest


def _add(ct, claimant: str, quote: str, figure: str, *extra: str) -> None:  # type: ignore[no-untyped-def]
    result = ct("add", "dock-strike", "--claimant", claimant, "--quote", quote, "--figure",
                figure, "--measure", "strikers", "--said-on", "2026-01-12", "--new", *extra)  # fmt: skip
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--said-on", "2026-01-14", "--reported-on", "2026-01-13"],
         "error: --said-on 2026-01-14 is after --reported-on 2026-01-13: a report cannot carry"
         " words said after it; give the date each was said and published"),
        (["--said-on", "2999-01-01"], "warning: --said-on 2999-01-01 is in the future"),
        (["--reported-on", "2999-01-01"], "warning: --reported-on 2999-01-01 is in the future"),
        (["--as-of", "2026-01-20"],
         "warning: --as-of 2026-01-20 is after --said-on 2026-01-12: read as a forecast"),
    ],
)  # fmt: skip
def test_edit_names_the_date_options_typed(ct, args: list[str], said: str) -> None:  # type: ignore[no-untyped-def]
    _add(ct, "Dock Union", "some 3,000 walked out", "some 3,000", "--id", "ds-union")
    result = ct("edit", "ds-union", *args)
    assert said in result.stderr, result.output
    assert "said_on" not in result.stderr and "reported_on" not in result.stderr


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["notaurl", "--outlet", "Dock Times"],
         "error: URL: 'notaurl' is not a web address (http:// or https://)\n"),
        (["https://example.org/a", "--outlet", "Dock Times", "--reported-on", "2025-02-30"],
         "error: --reported-on: '2025-02-30' is not a real date\n"),
    ],
)  # fmt: skip
def test_source_add_names_what_was_typed(ct, args: list[str], said: str) -> None:  # type: ignore[no-untyped-def]
    result = ct("source", "add", *args)
    assert (result.exit_code, result.stderr) == (2, said)


def test_relate_alternative_names_a_slip_behind_a_new_total(ct) -> None:  # type: ignore[no-untyped-def]
    """A new TOTAL hid a typo in OTHER: the hint then offered --new, which stores the typo."""
    _add(ct, "Dock Union", "some 3,000 walked out", "some 3,000")
    result = ct("relate", "dock-strike", "strikers-paid", "--alternative-to", "strikerz")
    assert result.exit_code == 1, result.output
    assert result.stderr.splitlines()[:3] == [
        "error: neither measure has figures yet",
        "  no figures on measure 'strikers-paid' in dock-strike (did you mean: strikers)",
        "  no figures on measure 'strikerz' in dock-strike (did you mean: strikers)",
    ]


def test_backup_into_a_directory_it_cannot_write_names_the_backup(ct, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """It named the temporary file beside it (".x.db.u0cj.tmp: No such file or directory")."""
    target = tmp_path / "gone" / "x.db"
    (tmp_path / "gone").mkdir()
    (tmp_path / "gone").chmod(0o500)
    try:
        result = ct("backup", str(target))
    finally:
        (tmp_path / "gone").chmod(0o700)
    if result.exit_code == 0:  # (root writes anywhere)
        assert target.exists()
        return
    assert result.exit_code == 1, result.output
    assert result.stderr == f"error: cannot back up to {target}: Permission denied\n"
    assert list((tmp_path / "gone").iterdir()) == []


def test_history_and_config_are_cards_on_a_narrow_terminal(ct, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """At COLUMNS=40 the history's time broke over five lines and config's keys in two
    ("reviewer.na", "me"): a key to type, cut."""
    _add(ct, "Dock Union", "some 3,000 walked out", "some 3,000", "--id", "ds-union")
    assert ct("edit", "ds-union", "--note", "from the union's statement").exit_code == 0
    monkeypatch.setenv("COLUMNS", "40")
    history = ct("history", "ds-union").stdout.splitlines()
    assert history[0] == "History of ds-union"
    assert [line.split()[0] for line in history[1:4]] == ["#", "when", "action"]
    assert history[2].endswith("Z") and len(history[2].split()) == 2
    config = ct("config").stdout.splitlines()
    assert config[0].split() == ["setting", "reviewer.name"]
    assert ["setting", "reviewer.url"] in [line.split() for line in config]


_NO_NUL_BINARY = bytes(range(1, 256)) * 2  # an image's bytes without a NUL among them


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (_NO_NUL_BINARY, "binary data, not a text or HTML page"),
        (b"<p>The union said 3,000 walked out.</p>\n\tA form feed\f and CRLF\r\n", None),
        ("Café owners said the port was shut.".encode("cp1252"), None),
        (b"one stray \x1b escape" + b" in a long page" * 20, None),  # one in 317: text
    ],
)
def test_not_text_takes_control_bytes_for_binary(data: bytes, why: str | None) -> None:
    from claimtrack.snapshots import not_text

    assert not_text(data) == why


def test_a_binary_file_without_nul_is_no_snapshot(ct, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """It was stored as a text/html snapshot that no quote could ever be found in."""
    page = tmp_path / "page.html"
    page.write_bytes(_NO_NUL_BINARY)
    result = ct("source", "add", "https://example.org/a", "--outlet", "Dock Times",
                "--snapshot", str(page))  # fmt: skip
    assert (result.exit_code, result.stdout) == (2, ""), result.output
    assert result.stderr.splitlines()[0].endswith("binary data, not a text or HTML page")
    assert ct("sources", "--json").stdout.strip() == "[]"
