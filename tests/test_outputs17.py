"""Every output read as a stranger reads it (outputs17). Story: ``tests/fixtures/
turkey-quake-cost.jsonl``, the cost of Turkey's February 2023 earthquakes in fifteen claims
(short quotes of the news reports): damage and insured losses in dollars, the
presidency's total in liras, a hedged range ("likely to exceed $2 billion and could reach $4
billion"), a bound with no top ("exceeded $104 billion"), a relay (The National passing on
the business confederation's $84 billion), a figure not in its quote imported unchecked, a
policy rate cut in percentage points and a central bank's forecast of year-end inflation.

Found and fixed, each in the one function every output calls: a span with no upper bound
said a scale down to every digit ("the sources span $83,259 m+": ``money_amount``; Cyclone
Idai's "$656 m to 1,512 m", ``_money_bound``), a chart's
tick of a trillion said "$1000bn" (``tick_text``), a currency not compared named by its code
alone ("TRY vs USD" under amounts shown "₺" and "$": ``report.incomparable_text``), the
report's claimant count one short of its claimants' table (``report.claimants_said``) and the
table's finding numbers read as counts ("disputes: 3": ``Involvement.ref``). Each output is
read in its own client: the terminal's text, the csv module, html.parser, a real pipe."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from claimtrack.quantities.formatting import money_amount
from claimtrack.readings import tick_text

from conftest import through_pipes
from reportcheck import Page

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "turkey-quake-cost.jsonl"
SUBJECT = "turkey-quake-cost"
APART = "total-cost: not comparable: TRY (₺) vs USD ($) (1 claim, 4 claims)"


@pytest.mark.parametrize(
    ("low", "high", "shown"),
    [
        (83_259_000_000, None, "$83 bn+"),  # 84.1 bn less 1%; before "$83,259 m+"
        (5e9, None, "$5 bn+"),
        (12.5e9, None, "$12.5 bn+"),
        (14.65e9, None, "$14.65 bn+"),  # two decimals of the scale: as they are
        (1_004_900_000_000, None, "$1 tn+"),  # rounded down, never up
        (1_234_567, None, "$1.23 m+"),
        (500_003, None, "$500,003+"),  # below a million: every digit, as before
        (83_259_000_000, 84_941_000_000, "$83.2–85 bn"),  # a bounded one: as before
        (656e6, 1_512_000_000, "$656 m to 1.52 bn"),  # Idai's; before "$656 m to 1,512 m"
        (2.85e6, 105e9, "$2.85 m to 105 bn"),  # each bound exact in its scale: as before
    ],
)
def test_an_unbounded_amount_in_its_scale(low: float, high: float | None, shown: str) -> None:
    assert money_amount(low, high, "USD", outward=True) == shown


def test_exact_amounts_keep_every_digit() -> None:
    """Not rounded for people (after "=", the sheet's data): the interval to every digit."""
    assert money_amount(83_259_000_000, None, "USD") == "$83,259 m+"
    assert money_amount(656e6, 1_512_000_000, "USD") == "$656 m to 1,512 m"


@pytest.mark.parametrize(
    ("v", "tick"),
    [(1e12, "1tn"), (1e13, "10tn"), (1e9, "1bn"), (1e11, "100bn"), (1e3, "1k"), (10, "10")],
)
def test_a_tick_in_its_scale(v: float, tick: str) -> None:
    assert tick_text(v) == tick


@pytest.fixture
def out(ct: Any, monkeypatch: pytest.MonkeyPatch) -> Callable[..., str]:
    """The story imported; ``out(*args)``: a command's standard output, which must succeed."""
    monkeypatch.setenv("COLUMNS", "160")
    imported = ct("import", str(FIXTURE))
    assert imported.exit_code == 0, imported.output

    def run(*args: str) -> str:
        result = ct(*args)
        assert result.exit_code == 0, result.output
        return str(result.stdout)

    return run


def test_the_terminal_says_the_span_and_the_currencies(out: Callable[..., str]) -> None:
    text = out("conflicts", SUBJECT, "--full")
    assert "83,259 m" not in text and "1000bn" not in text
    assert "the sources span $83 bn+; the corroborated positions span $83.2–85 bn" in text
    assert f"  {APART}\n" in text
    assert "10bn" in text and "1tn" in text  # the total's chart: 10bn, 100bn, 1tn


def test_the_sheet_says_the_currencies_on_each_row(out: Callable[..., str]) -> None:
    rows = list(csv.DictReader(io.StringIO(out("conflicts", SUBJECT, "--csv", "-"))))
    total = {r["claim_id"]: r for r in rows if r["conflict"] == "figure:total-cost"}
    assert sorted(total) == ["tq-duvar", "tq-erdogan", "tq-national", "tq-tobb", "tq-turkonfed"]
    assert [total[c]["caveats"].split("\n") for c in sorted(total)] == [
        [APART, "not in its quote (imported unchecked)"],
        [APART],
        [APART, "relaying tq-turkonfed: an echo: not counted as a source"],
        [APART],
        [APART],
    ]
    # the sheet's data: the engine's interval to every digit, its reading rounded outward
    assert (total["tq-erdogan"]["range"], total["tq-erdogan"]["reading"]) == (
        "104,000,000,000+ USD", "$104 bn+",
    )  # fmt: skip
    assert (total["tq-tobb"]["unit"], total["tq-tobb"]["reading"]) == ("USD ($)", "≈ $83.2–85 bn")  # fmt: skip


def test_the_json_names_the_groups_not_compared(out: Callable[..., str]) -> None:
    doc = json.loads(out("conflicts", SUBJECT, "--json"))
    assert doc["incomparable"] == [
        {
            "measure": "total-cost",
            "groups": [
                {"dimension": "currency:TRY", "claims": ["tq-sbb"]},
                {
                    "dimension": "currency:USD",
                    "claims": ["tq-duvar", "tq-erdogan", "tq-tobb", "tq-turkonfed"],
                },
            ],
        }
    ]
    (total,) = [c for c in doc["conflicts"] if c["measure"] == "total-cost"]
    assert total["bounds"]["low"] == 83_259_000_000 and total["bounds"]["high"] is None
    assert total["not_in_quote"] == [{"claim": "tq-duvar", "state": "unchecked"}]


def test_the_reports_say_what_the_terminal_says(out: Callable[..., str]) -> None:
    page = Page(out("report", SUBJECT, "-o", "-"))  # read with html.parser
    md = " ".join(out("report", SUBJECT, "--format", "md").split())
    for text in (page.text, md):
        assert "83,259 m" not in text and "1000bn" not in text
        assert "The sources span $83 bn+; the corroborated positions span $83.2–85 bn" in text
        assert APART in text
    assert "claimants 11 (+1 relaying only)" in page.text  # The National: a relay alone
    assert "| 15 | 11 (+1 relaying only) |" in md
    # the claimants' table names findings by their number, never as a count
    assert "| Strategy and Budget Department | 2 (2 figures, 0 stances) | \\#3 | 0 of 1 |" in md
    assert "Fitch Ratings 1 (1 figure, 0 stances) #2 1 of 1" in page.text
    assert "$1tn" in page.text  # the total's chart, as the terminal's


def test_the_claimreview_is_the_reviewed_quote(out: Callable[..., str]) -> None:
    (doc,) = json.loads(out("export", SUBJECT, "--format", "claimreview"))
    assert doc["claimReviewed"] == "approximately two trillion liras (105 billion dollars)"
    assert doc["itemReviewed"]["author"] == {
        "@type": "Organization",
        "name": "Strategy and Budget Department",
    }
    assert doc["reviewRating"]["alternateName"] == "Misleading"


@pytest.mark.slow
def test_through_a_real_pipe(tmp_path: Path) -> None:
    """The same words through a pipe (no terminal: 100 columns, no colour): the listing and
    the Markdown report into ``grep``, the sheet into a reader with the csv module."""
    import sys

    reader = (
        "import csv, sys\n"
        "for r in csv.DictReader(sys.stdin):\n"
        "    if r['claim_id'] == 'tq-sbb' or r['conflict'] == 'figure:total-cost':\n"
        "        print(r['claim_id'], r['reading'], r['caveats'].split(chr(10))[0], sep=' | ')\n"
    )
    pipes = [
        ("listing", ["conflicts", SUBJECT], ["grep", "-o", "sources span \\$83[^;]*\\|TRY.*"]),
        ("md", ["report", SUBJECT, "--format", "md"], ["grep", "-o", "| 11 ([^|]*"]),
        ("sheet", ["conflicts", SUBJECT, "--csv", "-"], [sys.executable, "-c", reader]),
    ]
    got = through_pipes(tmp_path / "t.db", FIXTURE, pipes)
    assert got == {
        "listing": ["sources span $83 bn+", "TRY (₺) vs USD ($) (1 claim, 4 claims)"],
        "md": ["| 11 (+1 relaying only) "],
        "sheet": [
            f"tq-national | ≈ $83.5–84.5 bn | {APART}",
            f"tq-tobb | ≈ $83.2–85 bn | {APART}",
            f"tq-turkonfed | ≈ $84.05–84.15 bn | {APART}",
            f"tq-duvar | ≈ $105.15–105.25 bn | {APART}",
            f"tq-erdogan | $104 bn+ | {APART}",
        ],
    }
