"""A forecast said as one in every output (outputs15): a figure stated surely before its as_of
is read by the engine as a forecast of that moment (docs/conflicts.md, rule 2), and every
output that shows the claim says "forecast of D", never "as of D" as if it were the value at
D: the timeline (terminal and JSON), the conflicts listing and its JSON, the fact-check sheet
(read with the csv module) and the report (HTML read with html.parser, its JSON-LD too, and
Markdown). A rate's spread is told in points from the finding alone, and a change's figure
says the way it goes. Story: Argentina's inflation and GDP (tests/fixtures), where the IMF
forecast 2.8% growth for 2024 in October 2023 and the central bank projected November's and
December's inflation in October 2024."""

from __future__ import annotations

import csv
import io
import json
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from claimtrack.conflicts import Fact, analyse
from claimtrack.report import rate_points

FIXTURE = Path(__file__).parent / "fixtures" / "argentina-inflation-2024.jsonl"
SUBJECT = "argentina-inflation-2024"
IMF_GROWTH = f"{SUBJECT}-c581f82331"  # said 2023-10, of 2024: a forecast of 2024
BANK_DEC = f"{SUBJECT}-29f5ddf089"  # reported 2024-10-10, of 2024-12
BANK_NOV = f"{SUBJECT}-97fefe315f"  # reported 2024-10-10, of 2024-11
FORECASTS = {IMF_GROWTH: "2024", BANK_DEC: "2024-12", BANK_NOV: "2024-11"}
IMF_FALL = f"{SUBJECT}-12941d8be6"  # said 2024-01-30, of 2024: within the year, no forecast


def _figure(
    cid: str,
    as_of: str | None,
    said: str | None,
    reported: str | None = None,
    relays: str | None = None,
    who: str = "Bank",
) -> Fact:
    return Fact(cid, who, "figure", "cpi-inflation", 3.6, 3.6, None, as_of, said,
                reported_on=reported, dimension="share", relays=relays)  # fmt: skip


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        ([_figure("a", "2024-12", None, "2024-10-10")], {"a": "2024-12"}),  # reported before
        ([_figure("a", "2024", "2023-10")], {"a": "2024"}),  # a month before the year
        ([_figure("a", "2024", "2024-01-30")], {}),  # within the year: may count up to it
        ([_figure("a", "2024-12", "2024-12")], {}),  # the month itself
        ([_figure("a", None, "2024-10-10")], {}),  # no moment, no forecast
        ([_figure("a", "2024-12-05", "2024-12-05")], {}),
        # an echo of a forecast, reported after the moment: the forecast told again
        ([_figure("a", "2024-12", "2024-10-10"),
          _figure("b", "2024-12", None, "2025-01-20", relays="a", who="Paper")],
         {"a": "2024-12", "b": "2024-12"}),
    ],
)  # fmt: skip
def test_the_engine_names_each_forecast(facts: list[Fact], expected: dict[str, str]) -> None:
    assert dict(analyse(facts).forecasts) == expected


@pytest.fixture
def story(ct: Any) -> Any:
    result = ct("import", str(FIXTURE))
    assert result.exit_code == 0, result.output
    return ct


def _run(ct: Any, *args: str) -> str:
    result = ct(*args)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_the_timeline_says_forecast_of(story: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    text = _run(story, "timeline", SUBJECT)
    assert "gdp (rise): 2.8 percent (forecast of 2024)" in text
    assert "cpi-inflation-monthly: 3.6% (forecast of 2024-12)" in text
    assert "cpi-inflation-monthly: 3.3% (forecast of 2024-11)" in text
    assert "gdp (fall): 2.8 percent (as of 2024)" in text  # IMF's of January: no forecast
    assert "(as of 2024-12)" not in text.split("3.6%")[1].splitlines()[0]
    entries = json.loads(_run(story, "timeline", SUBJECT, "--json"))
    assert {e["id"]: e["as_of"] for e in entries if e.get("forecast")} == FORECASTS
    assert all(e.get("forecast") is None for e in entries if e["id"] not in FORECASTS)
    changes = {e["id"]: e.get("change") for e in entries}
    assert changes[IMF_GROWTH] == "up" and changes[IMF_FALL] == "down"
    assert changes[BANK_DEC] is None


OECD_FALL = f"{SUBJECT}-oecd-fall"  # said 2023-11-29, of 2024: a rival forecast (ours)


@pytest.fixture
def rivals(story: Any) -> Any:
    """The story with a second forecaster's forecast of 2024 (in our words), the other way:
    since session 42 a forecast's direction is set against the forecasts of its moment alone
    ("gdp went up (forecasts of 2024)"), never against what 2024 turned out to be."""
    quote = "the OECD forecast the economy would fall by 1.1% in 2024"
    args = ["add", SUBJECT, "--claimant", "OECD", "--quote", quote, "--figure", "1.1%"]
    args += ["--change", "down", "--measure", "gdp", "--as-of", "2024"]
    _run(story, *args, "--said-on", "2023-11-29", "--id", OECD_FALL, "--new")
    return story


def test_the_listing_names_the_forecast_in_a_finding(rivals: Any, monkeypatch: Any) -> None:
    """The IMF's growth forecast and the OECD's fall: a disputed direction among forecasts,
    each row saying so; the IMF's forecast is in no reversal of its outturns (session 42:
    "2.8 percent rise (said 2023-10, forecast of 2024) → 2.8 percent fall" was one)."""
    monkeypatch.setenv("COLUMNS", "200")
    text = _run(rivals, "conflicts", SUBJECT)
    assert "Disputed proposition: gdp went up (forecasts of 2024)" in text
    assert "MENAFN, 2023-10, forecast of 2024" in text
    assert "2023-11-29, forecast of 2024" in text
    assert "International Monetary Fund changed position" not in text


def test_the_json_lists_the_forecasts_of_a_finding(rivals: Any) -> None:
    """``forecast_claims`` on the proposition that holds the forecasts, the same bytes from
    one subject's writer and ``--all``'s."""
    one = json.loads(_run(rivals, "conflicts", SUBJECT, "--json"))
    held = {
        (c["kind"], c.get("proposition") or c.get("measure")): c["forecast_claims"]
        for c in one["conflicts"]
        if "forecast_claims" in c
    }
    assert held == {
        ("stance", "gdp went up (forecasts of 2024)"): [
            {"claim": IMF_GROWTH, "of": "2024"},
            {"claim": OECD_FALL, "of": "2024"},
        ],
    }
    every = json.loads(_run(rivals, "conflicts", "--all", "--json"))
    (mine,) = [s for s in every["subjects"] if s["subject"] == SUBJECT]
    one.pop("format_version")
    assert json.dumps(mine) == json.dumps(one)


def test_the_sheet_says_it_on_the_forecasts_rows(rivals: Any, tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.csv"
    _run(rivals, "conflicts", SUBJECT, "--csv", str(sheet))
    rows = list(csv.DictReader(io.StringIO(sheet.read_text(encoding="utf-8-sig"))))
    line = "forecast of 2024"  # the words the terminal and the report say beside it
    said = {(r["conflict"], r["claim_id"]) for r in rows if line in r["caveats"].splitlines()}
    assert said == {
        ("stance:gdp went up (forecasts of 2024)", IMF_GROWTH),
        ("stance:gdp went up (forecasts of 2024)", OECD_FALL),
    }
    forecasts = {IMF_GROWTH, OECD_FALL}
    assert not any("forecast of" in r["caveats"] for r in rows if r["claim_id"] not in forecasts)


class _Claims(HTMLParser):
    """Each claim card's text by its id (the first card of each), the forecast bars' ids and
    the JSON-LD's text."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.cards: dict[str, list[str]] = {}
        self.bars: list[str] = []
        self.jsonld = ""
        self._card: str | None = None
        self._depth = 0
        self._script = False
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if tag == "script" and a.get("type") == "application/ld+json":
            self._script = True
        if tag == "rect" and "forecast" in classes:
            self.bars.append(a.get("data-claim") or "")
        if tag == "div":
            if self._card is not None:
                self._depth += 1
            elif "claim" in classes:
                self._card, self._depth = a.get("data-claim") or "", 0
                self.cards.setdefault(self._card, [])

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._script = False
        if tag == "div" and self._card is not None:
            if self._depth == 0:
                self._card = None
            else:
                self._depth -= 1

    def handle_data(self, data: str) -> None:
        if self._script:
            self.jsonld += data
        elif self._card is not None:
            self.cards[self._card].append(data)

    def card(self, cid: str) -> str:
        return " ".join("".join(self.cards[cid]).split())


def test_the_report_says_forecast_of(story: Any, tmp_path: Path) -> None:
    """Every card of a forecast says "forecast of D" and none "as of D"; the trend chart
    draws the three forecasts apart (hollow) and a rise apart from a fall; the JSON-LD of a
    forecast's review states no moment for it; the Markdown says it as the HTML does."""
    _run(story, "review", BANK_DEC, "--rating", "Misleading", "--reviewer", "Desk",
         "--url", "https://factcheck.example/ar")  # fmt: skip
    html = tmp_path / "r.html"
    _run(story, "report", SUBJECT, "-o", str(html), "--claimreview", BANK_DEC)
    page = _Claims(html.read_text(encoding="utf-8"))
    for cid, moment in FORECASTS.items():
        assert f"forecast of {moment}" in page.card(cid), page.card(cid)
        assert f"as of {moment}" not in page.card(cid)
    assert "= 2.8% (rise) forecast of 2024" in page.card(IMF_GROWTH)
    assert "= 2.8% (fall) as of 2024" in page.card(IMF_FALL)
    assert sorted(page.bars) == sorted(FORECASTS)
    text = html.read_text(encoding="utf-8")
    assert "<h3>gdp (rise) over time</h3>" in text and "<h3>gdp (fall) over time</h3>" in text
    doc = json.loads(page.jsonld)
    assert doc["itemReviewed"]["text"].startswith("They project 3.4% for October")
    assert "2024-12" not in page.jsonld and "as of" not in page.jsonld
    md = _run(story, "report", SUBJECT, "--format", "md")
    assert "“3\\.6%” = 3.6% forecast of 2024-12" in md
    assert "“2\\.8 percent” = 2.8% (rise) forecast of 2024" in md
    rows = [line for line in md.splitlines() if line.endswith(f"| {BANK_DEC} |")]
    assert len(rows) == 1  # the timeline's row of the bank's forecast of December
    assert "= 3.6% forecast of 2024-12 |" in rows[0] and "as of" not in rows[0], rows[0]


def test_a_rates_spread_is_the_findings_points() -> None:
    """The renderer prints the engine's points and works none out: a finding with none is
    told by its ratio, whatever its measure (outputs15: a rate's dispute without them was
    given points from its positions' middles, which its JSON did not say); a rate's minor
    difference among forecasts keeps the ratio it was judged by."""
    from dataclasses import replace

    from claimtrack.conflicts import FigureConflict
    from claimtrack.report import spread_text

    def forecasts(a: float, b: float) -> list[Fact]:
        return [
            Fact(cid, who, "figure", "cpi-inflation", v, v, None, "2025-10", "2025-08-04",
                 dimension="share")
            for cid, who, v in (("f1", "IMF", a), ("f2", "Central bank", b))
        ]  # fmt: skip

    (dispute,) = [c for c in analyse(forecasts(2.1, 2.5)).conflicts]
    assert isinstance(dispute, FigureConflict)
    assert (dispute.points, dispute.point_gaps) == (0.4, (0.4,))
    assert rate_points(dispute) == ("0.4 points", ["0.4 points"])
    assert spread_text(dispute) == "0.4 points"
    bare = replace(dispute, points=None, point_gaps=())
    assert rate_points(bare) is None and spread_text(bare) == f"{dispute.severity:g}x"
    (minor,) = analyse(forecasts(5.4, 5.5)).minor
    assert isinstance(minor, FigureConflict) and minor.points is None


def test_a_dispute_among_forecasts_is_charted_as_one(ct: Any) -> None:
    """The range chart of a dispute among forecasts of October is titled "forecasts of
    2025-10", as its heading is, not "as of 2025-10"."""
    for who, figure, said in (("IMF", "2.1%", "2025-08-10"), ("Bank", "2.5%", "2025-08-04")):
        _run(ct, "add", "px", "--claimant", who, "--quote", f"inflation of {figure} in October",
             "--figure", figure, "--measure", "cpi-inflation", "--as-of", "2025-10",
             "--said-on", said, "--new")  # fmt: skip
    html = _run(ct, "report", "px")
    assert "Range chart of cpi-inflation forecasts of 2025-10: 2 claims" in html
    assert "Range chart of cpi-inflation as of" not in html
