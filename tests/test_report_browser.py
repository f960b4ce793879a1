"""The HTML report in a real browser (headless Chromium, Debian's package): it loads from a
file with no request of any kind, logs no error, runs no script, injects nothing from user
text, shows every quote as text and draws one bar per claim in each figure chart.

Marked ``browser`` (left out of README's fast command; .ci/run installs Chromium and runs
them). Skipped, with the reason, where no browser can be had.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimtrack.cli import app

from conftest import load_script

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[1]
HOSTILE = ROOT / "tests" / "fixtures" / "hostile.jsonl"


def _launcher():
    return load_script("scripts/report_screenshot.py")


launcher = _launcher()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    why = launcher.unavailable()
    if why:
        pytest.skip(why)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        context = launcher.launch(p, tmp_path_factory.mktemp("chromium-profile"))
        yield context
        context.close()


# Everything about the page, read by the browser itself after loading.
INSPECT = """() => {
  const all = [...document.querySelectorAll('*')];
  const handlers = [];
  for (const el of all) for (const a of el.attributes)
    if (a.name.toLowerCase().startsWith('on')) handlers.push(el.tagName + ' ' + a.name);
  const count = (sel) => document.querySelectorAll(sel).length;
  const figures = [...document.querySelectorAll('article.finding.figure')].map(a => ({
    bars: [...a.querySelectorAll('svg rect.bar')].map(r => r.dataset.claim),
    claims: [...a.querySelectorAll('.position > .claim[data-claim]')].map(e => e.dataset.claim),
  }));
  return {
    scripts: [...document.scripts].map(s => s.type),
    img: count('img'), iframe: count('iframe'), object: count('object'), embed: count('embed'),
    link: count('link'), form: count('form'), base: count('base'), meta_refresh:
      count('meta[http-equiv="refresh" i]'),
    handlers, figures,
    hrefs: [...document.querySelectorAll('[href]')].map(e => e.getAttribute('href')),
    text: document.body.textContent.replace(/\\s+/g, ' '),
    injected: window.__claimtrack_injected === undefined ? null : true,
    charts: [...document.querySelectorAll('svg')].map(s =>
      [s.getAttribute('role'), s.getAttribute('aria-label') || '', !!s.querySelector('title')]),
    headings: count('h1') + ' ' + count('h2'),
  };
}"""


def open_report(context, html_file: Path, screenshot: Path) -> tuple[dict, list, list, list]:
    requests, console, dialogs = [], [], []
    page = context.new_page()
    page.on("request", lambda r: requests.append(r.url))
    page.on("console", lambda m: console.append(f"{m.type}: {m.text}"))
    page.on("pageerror", lambda e: console.append(f"pageerror: {e}"))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.route(  # anything at all but the page itself is refused (and recorded above)
        "**/*",
        lambda route: (
            route.continue_() if route.request.url == html_file.as_uri() else route.abort()
        ),
    )
    page.goto(html_file.as_uri(), wait_until="load")
    page.wait_for_timeout(300)  # let anything that would fire late (onerror, timers) fire
    facts = page.evaluate(INSPECT)
    page.screenshot(path=str(screenshot), full_page=True)
    page.close()
    return facts, requests, console, dialogs


def write_report(runner, db: Path, subject: str, out: Path) -> Path:
    result = runner.invoke(app, ["--db", str(db), "report", subject, "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def check(facts: dict, requests: list, console: list, dialogs: list, html: Path, quotes: list):
    assert requests == [html.as_uri()], requests  # the file itself, nothing else
    errors = [m for m in console if m.startswith(("error", "pageerror"))]
    assert errors == [] and dialogs == []
    assert facts["scripts"] in ([], ["application/ld+json"])
    assert {k: facts[k] for k in ("img", "iframe", "object", "embed", "link", "form")} == {
        k: 0 for k in ("img", "iframe", "object", "embed", "link", "form")
    }
    assert facts["base"] == 0 and facts["meta_refresh"] == 0
    assert facts["handlers"] == [] and facts["injected"] is None
    for href in facts["hrefs"]:
        assert href.startswith(("#", "http://", "https://")), href
    for q in quotes:
        assert " ".join(q.split()) in facts["text"]
    for f in facts["figures"]:
        assert sorted(f["bars"]) == sorted(f["claims"]) and f["bars"], f
    for role, label, has_title in facts["charts"]:
        assert role == "img" and label and has_title
    assert facts["headings"].startswith("1 ")


def test_sample_report_in_chromium(browser, runner, sample_db: Path, tmp_path: Path) -> None:
    from conftest import sample_claims

    html = write_report(runner, sample_db, "raqqa-convoy", tmp_path / "raqqa.html")
    shot = tmp_path / "raqqa.png"
    facts, requests, console, dialogs = open_report(browser, html, shot)
    quotes = [c["quote"] for c in sample_claims() if c["subject"] == "raqqa-convoy"]
    check(facts, requests, console, dialogs, html, quotes)
    assert len(facts["figures"]) == 1 and len(facts["figures"][0]["bars"]) == 5
    assert shot.stat().st_size > 10_000


def test_hostile_report_in_chromium(browser, runner, ct, empty_db: Path, tmp_path: Path) -> None:
    assert ct("import", str(HOSTILE), "--new").exit_code == 0
    review = ct(
        "review",
        "h-img",
        "--rating",
        "False",
        "--reviewer",
        "Desk </script><script>alert(7)</script>",
        "--url",
        "https://factcheck.example/x?<y>",
    )
    assert review.exit_code == 0, review.output
    html = tmp_path / "hostile.html"
    result = runner.invoke(
        app,
        [
            "--db",
            str(empty_db),
            "report",
            "hostile-text",
            "--claimreview",
            "h-img",
            "-o",
            str(html),
        ],
    )
    assert result.exit_code == 0, result.output
    shot = tmp_path / "hostile.png"
    facts, requests, console, dialogs = open_report(browser, html, shot)
    records = [json.loads(x) for x in HOSTILE.read_text(encoding="utf-8").splitlines() if x]
    check(facts, requests, console, dialogs, html, [r["quote"] for r in records])
    assert facts["scripts"] == ["application/ld+json"]
    assert sorted(facts["figures"][0]["bars"]) == ["h-img", "h-rtl", "h-script"]
    assert "<img src=x onerror=alert(1)>" in facts["text"]
    assert "javascript:alert(1)" in facts["text"]
    assert shot.stat().st_size > 10_000


def test_the_checks_catch_an_unsafe_page(browser, tmp_path: Path) -> None:
    """A control: the same checks fail on a page where user text was not escaped."""
    html = tmp_path / "unsafe.html"
    html.write_text(
        "<!DOCTYPE html><html><body><h1>x</h1><p>quote</p>"
        "<img src=x onerror=alert(1)><script>alert(2)</script></body></html>",
        encoding="utf-8",
    )
    facts, requests, console, dialogs = open_report(browser, html, tmp_path / "unsafe.png")
    assert dialogs  # the injected handlers ran
    assert len(requests) > 1  # the <img> asked for x
    with pytest.raises(AssertionError):
        check(facts, requests, console, dialogs, html, ["quote"])


# -- phone and paper (issue 27) ---------------------------------------------------------------

# At a 390-pixel phone: the smallest chart label as drawn (its font size times the chart's
# scale), and the table cells whose words are broken across lines.
PHONE = """() => {
  let smallest = 1e9;
  for (const svg of document.querySelectorAll('svg')) {
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    for (const t of svg.querySelectorAll('text'))
      smallest = Math.min(smallest, parseFloat(getComputedStyle(t).fontSize) * scale);
  }
  const broken = [];
  for (const cell of document.querySelectorAll('#claimants td, #claimants th, #sources th')) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const re = /\\S+/g; let m;
      while ((m = re.exec(node.data))) {
        const range = document.createRange();
        range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
        const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
        if (lines.size > 1) broken.push(m[0]);
      }
    }
  }
  return {smallest, broken, width: document.documentElement.clientWidth};
}"""


def test_phone_width_keeps_labels_readable_and_words_whole(
    browser, runner, sample_db: Path, tmp_path: Path
) -> None:
    html = write_report(runner, sample_db, "raqqa-convoy", tmp_path / "raqqa.html")
    page = browser.new_page()
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(html.as_uri(), wait_until="load")
    facts = page.evaluate(PHONE)
    page.close()
    assert facts["width"] <= 390
    assert facts["smallest"] >= 11, facts  # was about 6 px
    assert facts["broken"] == [], facts["broken"]  # was "coalitio/n"


def test_printed_to_pdf(browser, runner, sample_db: Path, tmp_path: Path) -> None:
    """Page 1 starts the content (not the header alone), no entry is printed apart from its
    quote, and the addresses of links (the fact-check's included) are printed."""
    import io
    import unicodedata

    import pypdf

    from conftest import sample_claims

    db_args = ["--db", str(sample_db)]
    reviewed = runner.invoke(
        app,
        [*db_args, "review", "rc-sdf-fighters-few-dozen", "--rating", "False", "--url",
         "https://factcheck.example/raqqa-few-dozen"],
    )  # fmt: skip
    assert reviewed.exit_code == 0, reviewed.output
    html = write_report(runner, sample_db, "raqqa-convoy", tmp_path / "raqqa.html")
    page = browser.new_page()
    page.goto(html.as_uri(), wait_until="load")
    pdf = page.pdf(format="A4", print_background=True)
    page.close()
    (tmp_path / "raqqa.pdf").write_bytes(pdf)
    pages = [
        " ".join(unicodedata.normalize("NFKC", p.extract_text() or "").split())  # ligatures
        for p in pypdf.PdfReader(io.BytesIO(pdf)).pages
    ]
    assert len(pages) >= 3
    assert "1. Disputed figure" in pages[0]  # the content starts on page 1
    text = " ".join(pages)
    assert "https://factcheck.example/raqqa-few-dozen" in text  # a link's address is printed
    # every claim whose id is printed on a page has its quote's start on that page too
    claims = {c["id"]: c for c in sample_claims() if c["subject"] == "raqqa-convoy"}
    apart = []
    for n, page_text in enumerate(pages, 1):
        squashed = page_text.replace(" ", "")
        for cid, c in claims.items():
            if f"· {cid}" in page_text:
                start = "".join(c["quote"].split())[:30]
                if start not in squashed:
                    apart.append((n, cid))
    assert apart == [], apart


# outputs12: a finding as a web reader meets the worst of it: twenty positions, a quote of
# 2,000 characters, a right-to-left name, a quote that closes a script, claims with and
# without an address; the embedded ClaimReview read back from the page as a crawler would.
def _crowd(ct) -> list[dict]:
    records = []
    for i in range(20):
        value = f"{int(10 * 1.5**i):,}"
        quote = f"{value} people were there"
        if i == 0:
            quote = "a very long quote " * 110 + quote
        if i == 1:
            quote = f"</script><script>alert(1)</script> {quote} <!--"
        record = {
            "subject": "crowd-of-twenty",
            "id": f"p{i}",
            "claimant": "وزارة الصحة" if i == 2 else f"Claimant {i}",
            "quote": quote,
            "kind": "figure",
            "measure": "crowd",
            "value": value,
            "unit": "people",
        }
        if i % 2:
            record["url"] = f"https://news.example/{i}"
        records.append(record)
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    assert ct("import", "-", "--new", input=data).exit_code == 0
    return records


LD_AND_LAYOUT = """() => ({
  ld: [...document.querySelectorAll('script[type="application/ld+json"]')]
    .map(s => s.textContent),
  rtl: [...document.querySelectorAll('bdi, [dir="auto"]')]
    .filter(e => e.textContent.trim() === 'وزارة الصحة')
    .map(e => getComputedStyle(e).unicodeBidi),
  overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
})"""


@pytest.mark.parametrize(("claim", "rating"), [("p1", "False"), ("p2", "Unproven")])
def test_twenty_positions_and_claimreview_read_back(
    browser, runner, ct, empty_db: Path, tmp_path: Path, claim: str, rating: str
) -> None:
    from html.parser import HTMLParser

    records = _crowd(ct)
    review = ct(
        "review",
        claim,
        "--rating",
        rating,
        "--reviewer",
        "Desk </script><script>alert(7)</script>",
        "--url",
        "https://factcheck.example/x?<y>",
    )
    assert review.exit_code == 0, review.output
    html = tmp_path / "crowd.html"
    args = ["--db", str(empty_db), "report", "crowd-of-twenty", "--claimreview", claim]
    result = runner.invoke(app, [*args, "-o", str(html)])
    assert result.exit_code == 0, result.output
    facts, requests, console, dialogs = open_report(browser, html, tmp_path / "crowd.png")
    check(facts, requests, console, dialogs, html, [r["quote"] for r in records])
    assert sorted(facts["figures"][0]["bars"]) == sorted(r["id"] for r in records)

    # the ClaimReview as a crawler reads it: an HTML parser's script text, then JSON
    class Scripts(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.found: list[str] = []
            self.inside = False

        def handle_starttag(self, tag: str, attrs: list) -> None:
            self.inside = tag == "script" and ("type", "application/ld+json") in attrs
            if self.inside:
                self.found.append("")

        def handle_endtag(self, tag: str) -> None:
            self.inside = False

        def handle_data(self, data: str) -> None:
            if self.inside:
                self.found[-1] += data

    parser = Scripts()
    parser.feed(html.read_text(encoding="utf-8"))
    (doc,) = [json.loads(text) for text in parser.found]
    exported = json.loads(ct("export", "crowd-of-twenty", "--format", "claimreview").stdout)
    assert [doc] == exported
    required = {"@context", "@type", "url", "claimReviewed", "itemReviewed", "reviewRating"}
    assert required <= doc.keys() and doc["@type"] == "ClaimReview"
    assert doc["author"]["name"] == "Desk </script><script>alert(7)</script>"
    assert doc["itemReviewed"]["text"] == records[int(claim[1:])]["quote"]
    # an address only where the claim has one; a number only where the scale has the verdict
    assert ("appearance" in doc["itemReviewed"]) == (claim == "p1")
    expected = {"@type": "Rating", "alternateName": rating, "name": rating}
    if rating == "False":
        expected |= {"ratingValue": 1, "bestRating": 5, "worstRating": 1}
    assert doc["reviewRating"] == expected

    # the page in the browser: the same document, the name isolated, no sideways scroll
    page = browser.new_page()
    for width in (1280, 375):
        page.set_viewport_size({"width": width, "height": 800})
        page.goto(html.as_uri(), wait_until="load")
        seen = page.evaluate(LD_AND_LAYOUT)
        assert [json.loads(x) for x in seen["ld"]] == [doc]
        assert seen["rtl"] and set(seen["rtl"]) == {"isolate"}
        assert seen["overflow"] == 0, width
    page.close()


# What the browser shows of each forecast (outputs15): the text of its cards, and how its bar
# in the trend chart is drawn (the styles the browser computed, not the class it was given).
FORECASTS_SHOWN = """(ids) => ids.map(id => ({
  id,
  cards: [...document.querySelectorAll(`.claim[data-claim="${id}"] .who`)].map(
    e => e.textContent.replace(/\\s+/g, ' ')),
  bars: [...document.querySelectorAll(`#timeline svg rect.bar[data-claim="${id}"]`)].map(r => {
    const s = getComputedStyle(r);
    return [s.fillOpacity, s.strokeDasharray, r.querySelector('title').textContent];
  }),
}))"""


def test_forecasts_read_as_forecasts_in_chromium(browser, ct, empty_db: Path, tmp_path: Path):
    """Argentina's story: every card of the three forecasts reads "forecast of D" in the
    page as the browser renders it, none "as of D", and each forecast's bar in the trend
    chart is drawn hollow and dotted, its title saying when it was stated."""
    fixture = ROOT / "tests" / "fixtures" / "argentina-inflation-2024.jsonl"
    assert ct("import", str(fixture)).exit_code == 0
    html = tmp_path / "ar.html"
    result = ct("report", "argentina-inflation-2024", "-o", str(html))
    assert result.exit_code == 0, result.output
    forecasts = {
        "argentina-inflation-2024-c581f82331": "2024",
        "argentina-inflation-2024-29f5ddf089": "2024-12",
        "argentina-inflation-2024-97fefe315f": "2024-11",
    }
    page = browser.new_page()
    page.goto(html.as_uri(), wait_until="load")
    shown = page.evaluate(FORECASTS_SHOWN, list(forecasts))
    plain = page.evaluate(FORECASTS_SHOWN, ["argentina-inflation-2024-0350361442"])
    page.close()
    for item in shown:
        moment = forecasts[item["id"]]
        assert item["cards"] and all(f"forecast of {moment}" in c for c in item["cards"]), item
        assert not any(f"as of {moment}" in c for c in item["cards"]), item
        ((opacity, dashes, title),) = item["bars"]
        assert (float(opacity), dashes) == (0.15, "1px, 2px"), item
        assert title.startswith(f"forecast of {moment} ("), title
    ((opacity, dashes, _),) = plain[0]["bars"]  # an outturn: a solid bar
    assert float(opacity) != 0.15 and dashes != "1px, 2px"


def test_units_said_in_chromium(browser, ct, empty_db: Path, tmp_path: Path) -> None:
    """outputs16 (tests/fixtures/units-said.jsonl): the page as the browser renders it says a
    position with no upper bound in the figures' precision ("84.38+%", never "84.3850+%"),
    pence in pounds ("£1.6180", never "£161.80"), no positive bound as 0, the polls' missing
    margin, and each forecast as one."""
    fixture = ROOT / "tests" / "fixtures" / "units-said.jsonl"
    assert ct("import", str(fixture)).exit_code == 0
    html = tmp_path / "units.html"
    result = ct("report", "units-said", "-o", str(html))
    assert result.exit_code == 0, result.output
    page = browser.new_page()
    page.goto(html.as_uri(), wait_until="load")
    text = page.evaluate("() => document.body.innerText.replace(/\\s+/g, ' ')")
    cards = page.evaluate(FORECASTS_SHOWN, ["us-f1", "us-p1"])
    page.close()
    for wrong in ("84.3850", "£161.80", "$99", "₹0–"):
        assert wrong not in text, wrong
    assert "The sources span 84.38+%; the corroborated positions span 90+%." in text
    assert "approval-poll: survey estimates, each poll its own sample" in text
    assert "bridge-cost: not comparable: EUR (€) vs USD ($) (2 claims, 1 claim)" in text
    assert all("forecast of 2024-12" in c for c in cards[0]["cards"]), cards
    assert cards[1]["cards"] and not any("forecast" in c for c in cards[1]["cards"]), cards


# What a phone shows of a page (outputs17): anything cut (a box that hides what overflows
# it), anything that overlaps (two boxes of one card drawn over each other), anything wider
# than the screen outside the boxes that scroll sideways (a chart, a wide table), and each
# box that scrolls, with what it holds.
LAID_OUT = """() => {
  const vw = document.documentElement.clientWidth;
  const out = {vw, page: document.documentElement.scrollWidth, cut: [], overlap: [], wide: [],
               scrolls: []};
  const name = (el) => el.tagName.toLowerCase() + (el.classList.length ? '.' +
    [...el.classList].join('.') : '');
  for (const el of document.body.querySelectorAll('*')) {
    if (el.closest('svg')) continue;
    const s = getComputedStyle(el), r = el.getBoundingClientRect();
    if (!r.width && !r.height) continue;
    const sideways = el.scrollWidth > el.clientWidth + 1, down = el.scrollHeight > el.clientHeight + 1;
    if ((sideways && s.overflowX !== 'visible') || (down && s.overflowY !== 'visible')) {
      if (s.overflowX === 'auto' && !down) out.scrolls.push(name(el));
      else out.cut.push(name(el) + ': ' + el.textContent.trim().slice(0, 40));
    }
    if (s.textOverflow === 'ellipsis') out.cut.push(name(el) + ' (ellipsis)');
    const inBox = el.closest('figure.chart, .wide');
    if (!inBox && r.right > vw + 1) out.wide.push(name(el) + ': ' + el.textContent.trim().slice(0, 40));
  }
  for (const box of document.querySelectorAll('header, .claim, .position, .finding, li')) {
    const kids = [...box.children].filter(k => {
      const r = k.getBoundingClientRect(); return r.width && r.height; });
    // each line's box of an inline element (its bounding box spans every line it wraps on)
    const meets = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
    for (let i = 0; i < kids.length; i++) for (let j = i + 1; j < kids.length; j++) {
      const as = [...kids[i].getClientRects()], bs = [...kids[j].getClientRects()];
      if (as.some(a => bs.some(b => meets(a, b))))
        out.overlap.push(name(kids[i]) + ' x ' + name(kids[j]) + ': ' +
          kids[i].textContent.trim().slice(0, 30));
    }
  }
  const long = [...document.querySelectorAll('.claim blockquote')].find(
    q => q.textContent.includes('reconstruction-estimate'));
  out.long = long ? [long.scrollHeight <= long.clientHeight + 1,
                     long.getBoundingClientRect().right <= vw + 1] : null;
  return out;
}"""


def test_a_long_quote_on_a_phone(browser, ct, empty_db: Path, tmp_path: Path) -> None:
    """outputs17: the Turkish earthquake's costs (tests/fixtures/turkey-quake-cost.jsonl) with
    a claim of a long quote (an address of 130 characters in it), a long claimant and an
    outlet of one 66-letter word, at a 390- and a 320-pixel phone and on a desktop: nothing
    is cut (no box hides what overflows it, the long quote is shown whole, not in a box of
    its own to scroll), nothing overlaps, nothing is wider than the screen but the charts and
    the wide tables, which scroll sideways in their boxes (docs/report.md, "On a phone")."""
    fixture = ROOT / "tests" / "fixtures" / "turkey-quake-cost.jsonl"
    assert ct("import", str(fixture)).exit_code == 0
    quote = (
        "Officials told reporters after a meeting that ran late into the night and was"
        " attended by representatives of every province affected by the disaster that the"
        " reconstruction of housing, roads, schools, hospitals and the water network would"
        " need at least $120 billion over the coming years, according to figures compiled"
        " at https://example.org/reports/2023/reconstruction-estimate-final-version-with-"
        "annexes-and-regional-breakdown-tables"
    )
    added = ct(
        "add", "turkey-quake-cost", "--claimant",
        "A Very Long Claimant Name Of The Ministry Of Environment Urbanisation And Climate Change",
        "--quote", quote, "--figure", "at least $120 billion", "--measure", "total-cost",
        "--said-on", "2023-03-25", "--outlet",
        "Supercalifragilisticexpialidociouslylongoutletnamewithoutanyspaces Daily",
    )  # fmt: skip
    assert added.exit_code == 0, added.output
    html = tmp_path / "turkey.html"
    assert ct("report", "turkey-quake-cost", "-o", str(html)).exit_code == 0
    page = browser.new_page()
    seen = {}
    for width in (1280, 390, 320):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(html.as_uri(), wait_until="load")
        seen[width] = page.evaluate(LAID_OUT)
    page.close()
    for width, facts in seen.items():
        assert facts["page"] <= facts["vw"] <= width, (width, facts["page"])
        assert (facts["cut"], facts["overlap"], facts["wide"]) == ([], [], []), (width, facts)
        assert facts["long"] == [True, True], width
        assert set(facts["scrolls"]) <= {"figure.chart", "div.wide"}, (width, facts["scrolls"])
    assert seen[1280]["scrolls"] == []  # a desktop scrolls nothing
    assert "figure.chart" in seen[320]["scrolls"]  # a chart keeps its 660 px there


def test_withdrawn_claims_in_chromium(browser, ct, empty_db: Path, tmp_path: Path) -> None:
    """outputs18: the page as the browser renders it says each claim its outlet withdrew
    "withdrawn by its outlet" beside it, a relay of it the same, and counts them apart from the
    user's retractions; no bare "retracted" beside a withdrawn claim."""
    from test_outputs18 import STORY

    for args in STORY:
        result = ct(*args)
        assert result.exit_code == 0, result.output
    assert ct("retract", "tv-300").exit_code == 0
    html = tmp_path / "protest.html"
    assert ct("report", "protest", "-o", str(html)).exit_code == 0
    page = browser.new_page()
    page.goto(html.as_uri(), wait_until="load")
    text = page.evaluate("() => document.body.innerText.replace(/\\s+/g, ' ')")
    cards = page.evaluate(
        "() => [...document.querySelectorAll('.claim.retracted')].map("
        "c => [c.dataset.claim, c.querySelector('.src').innerText.replace(/\\s+/g, ' ')])"
    )
    page.close()
    assert cards == [
        ["dx-3000", "Daily X · reported 2025-05-01 · dx-3000 · withdrawn by its outlet"],
        ["radio-3000", "City Radio · reported 2025-05-01 · radio-3000 · withdrawn by its outlet"],
        ["tv-300", "TV One · reported 2025-05-01 · tv-300 · retracted"],
    ]
    assert "claims 1 (+1 retracted, +2 withdrawn by their outlets)" in text
    assert "relaying dx-3000: withdrawn by its outlet: not compared" in text
