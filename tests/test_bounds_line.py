"""The bounds line of a figure dispute is printed only when it tells the reader something:
"the sources span 0+" (positions from "50 or less" to "450+") is every possible value."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimtrack.evidence import Bounds, spans_nothing

GAZA = Path(__file__).parent / "fixtures" / "gaza-ahli-hospital-2023.jsonl"


@pytest.mark.parametrize(
    ("low", "high", "nothing"),
    [
        (0, None, True),  # "0+": from "50 or less" to "450+"
        (None, None, True),
        (0.0, None, True),
        (1, None, False),  # "1+": at least one
        (450, None, False),
        (0, 108, False),  # at most 108
        (0, 0, False),  # none
        (24, 999, False),
    ],
)
def test_a_span_says_nothing_only_when_it_holds_every_value(low, high, nothing) -> None:
    assert spans_nothing(low, high) is nothing
    assert Bounds(low, high, None, None).spans_something is not nothing


def test_the_span_of_every_value_is_left_out_of_text_and_report(ct, tmp_path: Path) -> None:
    assert ct("import", str(GAZA)).exit_code == 0
    out = ct("conflicts", "gaza-ahli-hospital-2023")
    assert out.exit_code == 0, out.output
    text = " ".join(out.stdout.split())
    assert "the sources span" not in text
    assert (
        "position 3: 7 claims from Gaza Ministry of Health, Gaza officials and Palestinian officials,"
        " 2 independent origins (Gaza Ministry of Health and Gaza officials are 2 claimants of"
        " one government (Gaza): one origin): party-only the corroborated" in text
    )
    assert "the corroborated positions span 0–108" in text
    # JSON keeps the bounds as they are
    doc = json.loads(ct("conflicts", "gaza-ahli-hospital-2023", "--json").stdout)
    (dispute,) = [c for c in doc["conflicts"] if c["kind"] == "figure"]
    assert dispute["bounds"] == {
        "low": 0,
        "high": None,
        "corroborated_low": 0,
        "corroborated_high": 108,
    }
    # the report says the same, as a sentence of its own
    report = tmp_path / "gaza.md"
    assert ct("report", "gaza-ahli-hospital-2023", "-o", str(report)).exit_code == 0
    md = " ".join(report.read_text(encoding="utf-8").split())
    assert "The sources span" not in md
    assert "The corroborated positions span 0–108." in md


def one_corroborated_position(ct) -> str:
    """A subject whose figure dispute has one corroborated position (two claimants who agree on
    2,000 to 2,500, another at 900), logged through the CLI: its name."""
    s = "mill-fire"
    for cid, who, figure, quote in (
        ("a", "Fire service", "2,000 to 2,500", "between 2,000 to 2,500 workers"),
        ("b", "Union", "about 2,300", "about 2,300 workers"),
        ("c", "Mill owner", "900", "900 workers"),
    ):
        result = ct("add", s, "--id", cid, "--claimant", who, "--figure", figure,
                    "--measure", "workers", "--quote", quote, "--new")  # fmt: skip
        assert result.exit_code == 0, result.output
    return s


def test_a_span_that_bounds_something_is_still_printed(ct, tmp_path: Path) -> None:
    s = one_corroborated_position(ct)
    out = " ".join(ct("conflicts", s).stdout.split())
    assert "the sources span 855–2,530; the corroborated positions span 2,000–2,530" in out
    report = tmp_path / "mill.md"
    assert ct("report", s, "-o", str(report)).exit_code == 0
    md = " ".join(report.read_text(encoding="utf-8").split())
    assert "The sources span 855–2,530; the corroborated positions span 2,000–2,530." in md
