"""Every -o and --csv goes through one writer (exports.output_file): stdout for "-", devices,
FIFOs and process substitutions written directly, symlinks followed, modes kept; and a reader
that goes away early (`| head -1`) ends the command quietly. Real files, FIFOs, symlinks and a
real pipe: the clients users have."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from conftest import SAMPLE


def claims_in(text: str) -> list[dict]:
    return [json.loads(x) for x in text.splitlines() if x.strip()]


def test_dash_is_stdout(ct, sample_db: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = ct("export", "raqqa-convoy", "-o", "-", db=sample_db)
    assert result.exit_code == 0, result.output
    assert len(claims_in(result.stdout)) > 60
    assert not (tmp_path / "-").exists()
    assert "Wrote" not in result.stderr


def test_a_new_file_gets_the_umask_mode(ct, sample_db: Path, tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        out = tmp_path / "new.jsonl"
        assert ct("export", "-o", str(out), db=sample_db).exit_code == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


def test_an_existing_file_keeps_its_mode(ct, sample_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "shared.csv"
    out.write_text("old\n")
    out.chmod(0o664)
    assert ct("export", "--format", "csv", "-o", str(out), db=sample_db).exit_code == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o664
    assert out.read_text(encoding="utf-8-sig").startswith("id,subject")


def test_a_symlink_is_followed_and_kept(ct, sample_db: Path, tmp_path: Path) -> None:
    real_dir = tmp_path / "real"
    real_dir.mkdir()
    target = real_dir / "claims.jsonl"
    target.write_text("stale\n")
    link = tmp_path / "latest.jsonl"
    link.symlink_to(target)
    assert ct("export", "-o", str(link), db=sample_db).exit_code == 0
    assert link.is_symlink() and link.resolve() == target
    assert len(claims_in(target.read_text())) > 60
    assert [p.name for p in real_dir.iterdir()] == ["claims.jsonl"]
    assert not list(tmp_path.rglob("*.tmp"))  # no temporary file left anywhere


def test_a_fifo_is_written_not_replaced(ct, sample_db: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    result = ct("conflicts", "raqqa-convoy", "--csv", str(fifo), db=sample_db)
    reader.join(timeout=30)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert got and got[0].decode("utf-8-sig").startswith("conflict,position")


@pytest.mark.parametrize("bad", ["dir", "missing/dir/out.jsonl"])
def test_refuses_a_directory_or_a_missing_one(ct, sample_db: Path, tmp_path: Path, bad) -> None:
    (tmp_path / "dir").mkdir()
    result = ct("export", "-o", str(tmp_path / bad), db=sample_db)
    assert result.exit_code == 1
    assert result.stderr.startswith("error: cannot write")
    assert "Traceback" not in result.output


def _run(args: list[str], db: Path, **kw) -> subprocess.Popen:
    env = {**os.environ, "CLAIMTRACK_DB": str(db)}
    env.pop("CLAIMTRACK_DEBUG", None)
    return subprocess.Popen(
        [sys.executable, "-m", "claimtrack", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        **kw,
    )


@pytest.mark.slow
def test_a_tool_reading_the_conflicts_json_through_a_pipe_reads_its_version(
    tmp_path: Path,
) -> None:
    """outputs8: `conflicts --json` and `--all --json`, read through a real pipe by a
    tool that knows one version of the contract, say which one they are (docs/exports.md)."""
    from claimtrack.conflicts import FORMAT_VERSION

    db = tmp_path / "s.db"
    assert _run(["import", str(SAMPLE)], db).wait(timeout=60) == 0
    reader = "import json, sys; doc = json.load(sys.stdin); print(doc.get('format_version', 1))"
    for args in (["conflicts", "raqqa-convoy", "--json"], ["conflicts", "--all", "--json"]):
        writer = _run(args, db)
        tool = subprocess.run(
            [sys.executable, "-c", reader], stdin=writer.stdout, capture_output=True, timeout=120
        )
        assert writer.wait(timeout=60) == 0 and tool.returncode == 0, tool.stderr
        assert tool.stdout.decode().strip() == str(FORMAT_VERSION)


@pytest.mark.slow
def test_dev_stdout_is_written_and_left_alone(tmp_path: Path) -> None:
    """The old writer replaced /dev/stdout with a regular file when run as root."""
    db = tmp_path / "s.db"
    proc = _run(["import", str(SAMPLE)], db)
    assert proc.wait(timeout=60) == 0
    before = os.lstat("/dev/stdout")
    proc = _run(["export", "raqqa-convoy", "-o", "/dev/stdout"], db)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert len(claims_in(out.decode())) > 60
    after = os.lstat("/dev/stdout")
    assert (stat.S_IFMT(after.st_mode), after.st_ino) == (
        stat.S_IFMT(before.st_mode),
        before.st_ino,
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    ("args", "codes"),
    [(["export"], {141}), (["list", "--json"], {141}), (["conflicts", "--all"], {0, 141})],
)
def test_a_reader_that_goes_away_ends_the_command_quietly(tmp_path: Path, args, codes) -> None:
    """No message, no traceback; 141 (128 + SIGPIPE) when the output was cut short."""
    db = tmp_path / "s.db"
    proc = _run(["import", str(SAMPLE)], db)
    assert proc.wait(timeout=60) == 0
    big = tmp_path / "big.jsonl"
    row = next(  # a claim of the sample (its registry records come first)
        json.loads(x) for x in SAMPLE.read_text().splitlines() if '"record"' not in x
    )
    with big.open("w") as fh:  # enough output to fill the pipe
        for i in range(4000):
            fh.write(json.dumps(row | {"id": f"x-{i}", "subject": f"s{i % 50}"}) + "\n")
    proc = _run(["import", str(big), "--new"], db)
    assert proc.wait(timeout=120) == 0, proc.stderr.read() if proc.stderr else ""
    proc = _run(args, db)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()  # `| head -1`
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) in codes
    assert err == ""


@pytest.mark.slow
def test_a_pipe_gets_lines_without_padding_or_colour(tmp_path: Path, monkeypatch) -> None:
    """Through a real pipe (no terminal, no COLUMNS): the listings for people carry no colour
    code and no line ends in the spaces rich pads a layout with, stdout and stderr."""
    monkeypatch.delenv("COLUMNS", raising=False)
    db = tmp_path / "s.db"
    assert _run(["import", str(SAMPLE)], db).wait(timeout=60) == 0
    for args in (
        ["conflicts", "raqqa-convoy"],
        ["show", "rc-sdf-fighters-few-dozen"],
        ["claimants", "raqqa-convoy", "--record"],
        ["timeline", "raqqa-convoy"],
        ["search", "convoy"],
        ["config"],
        ["conflicts", "--help"],
    ):
        proc = _run(args, db)
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, (args, err)
        for stream, text in (("stdout", out.decode()), ("stderr", err.decode())):
            assert "\x1b" not in text, (args, stream)
            padded = [line for line in text.splitlines() if line.endswith(" ")]
            assert padded == [], (args, stream, padded[:3])


# -- ClaimReview in a web page --------------------------------------------------------------


def test_claimreview_is_safe_inside_a_script_element(ct, tmp_path: Path) -> None:
    from html.parser import HTMLParser

    hostile = 'He said "</script><script>alert(1)</script>" & 250 left \u2028 at once.'
    added = ct(
        "add", "story", "--claimant", "A", "--quote", hostile, "--figure", "250",
        "--measure", "fighters", "--json",
    )  # fmt: skip
    assert added.exit_code == 0, added.output
    claim_id = json.loads(added.stdout)["id"]
    reviewed = ct("review", claim_id, "--rating", "False", "--url", "https://fc.example/x")
    assert reviewed.exit_code == 0, reviewed.output
    result = ct("export", "story", "--format", "claimreview")
    assert result.exit_code == 0, result.output
    assert "</script>" not in result.stdout and "\u2028" not in result.stdout
    page = f'<html><head><script type="application/ld+json">{result.stdout}</script></head></html>'

    class Scripts(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.scripts: list[str] = []
            self.inside = False

        def handle_starttag(self, tag, attrs) -> None:
            if tag == "script":
                self.inside = True
                self.scripts.append("")

        def handle_endtag(self, tag) -> None:
            if tag == "script":
                self.inside = False

        def handle_data(self, data) -> None:
            if self.inside:
                self.scripts[-1] += data

    parser = Scripts()
    parser.feed(page)
    assert len(parser.scripts) == 1  # the quote opened no script element of its own
    (doc,) = json.loads(parser.scripts[0])
    assert doc["itemReviewed"]["text"] == hostile  # the same data, escaped only in transit


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "factcheck.example/raqqa", "ftp://fc.example/x", "https://", "  "],
)
def test_review_url_must_be_an_absolute_web_address(ct, url: str) -> None:
    added = ct(
        "add", "story", "--claimant", "A", "--quote", "250 left", "--figure", "250",
        "--measure", "fighters", "--json",
    )  # fmt: skip
    claim_id = json.loads(added.stdout)["id"]
    result = ct("review", claim_id, "--rating", "False", "--url", url)
    assert result.exit_code == 2, result.output
    assert "is not an absolute web address" in result.stderr
    assert json.loads(ct("show", claim_id, "--json").stdout).get("reviews") is None
