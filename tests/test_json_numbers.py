"""Numbers in JSON are written without the noise of binary arithmetic (docs/exports.md,
"Numbers in JSON"): a figure converted to another unit reads as a person would write it, in
both of the report's JSON writers (``report_to_json`` and the one-line ``report_json_line``
of ``--all``)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from claimtrack.conflicts.jsonout import tidy

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("x", "written"),
    [
        (2154563.7575000003, 2154563.7575),  # 5m lb in kg, less 5%
        (0.30000000000000004, 0.3),
        (29.999999999999996, 30),
        (2.0, 2),
        (2.5, 2.5),
        (123456789012345.0, 123456789012345),
        (1234.56789012345, 1234.56789012345),  # 15 digits typed: kept exactly
        (24, 24),
        (None, None),
    ],
)
def test_tidy_takes_float_noise_off(x, written) -> None:
    got = tidy(x)
    assert got == written and type(got) is type(written)


def test_conflicts_json_has_no_float_noise(ct) -> None:
    fixture = ROOT / "tests" / "fixtures" / "surfside-collapse-2021.jsonl"
    assert ct("import", str(fixture)).exit_code == 0
    one = ct("conflicts", "surfside-collapse-2021", "--json")
    every = ct("conflicts", "--all", "--json")
    assert one.exit_code == 0 and every.exit_code == 0, one.output + every.output
    for text in (one.stdout, every.stdout):
        # a float with 16 or more significant digits is noise of binary arithmetic
        noisy = re.findall(r"(?<![\w.])-?\d+\.\d+(?![\w.])", text)
        assert [x for x in noisy if len(x.replace("-", "").replace(".", "").lstrip("0")) > 15] == []
    doc = json.loads(one.stdout)
    debris = next(c for c in doc["conflicts"] if c.get("measure") == "debris-removed")
    assert [(p["low"], p["high"]) for p in debris["positions"]] == [
        (112490.90776, 112490.90776),
        (2154563.7575, 2381359.9425),
    ]
    (line,) = json.loads(every.stdout)["subjects"]  # written by report_json_line
    assert line["changes"] == doc["changes"] and line["conflicts"] == doc["conflicts"]
