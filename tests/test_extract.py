"""Sources and `claimtrack extract`: the pure extractor on synthetic fixtures for every cue,
HTML metadata, mojibake and the candidates round trip (the review loop: test_review.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.articles import read_html
from claimtrack.extract import extract, repair_mojibake, sentences

from conftest import examples, load_script

ROOT = Path(__file__).resolve().parents[1]


def one(text: str, **kw):
    prep, cands = extract(text, **kw)
    for c in cands:  # every quote is an exact slice of the text as shown
        assert prep.text[c.start : c.end] == c.quote
    return prep, cands


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "claimant"),
    [
        ('“We had no choice,” said Jane Roe, a spokeswoman for the Red Cross.',
         "quotation", "Jane Roe", "Red Cross"),
        ('"The bridge is gone," the mayor said, "and the road with it."',
         "quotation", "mayor", "mayor"),
        ("Police chief Ann Lee told reporters that the road was closed.",
         "speech verb", "Ann Lee", "Police"),
        ("According to the ministry, the dam held.", "speech verb", "ministry", "ministry"),
        ("OIR spokesman Col. Ryan Dillon said the convoy was known.",
         "speech verb", "Col. Ryan Dillon", "OIR"),
    ],
)  # fmt: skip
def test_each_cue_finds_its_sentence_and_speaker(text, cue, speaker, claimant) -> None:
    _, cands = one(text)
    assert len(cands) == 1
    c = cands[0]
    assert (c.cue, c.speaker, c.claimant) == (cue, speaker, claimant)
    assert (c.start, c.end) == (0, len(text))


@pytest.mark.parametrize(
    ("text", "speaker", "claimant", "figure"),
    [
        ("John Smith, who leads the rescue team, told Reuters that the dam failed.",
         "John Smith", "John Smith", None),
        ("Officials estimated that as many as 20,000 people may have died.",
         "Officials", "Officials", "as many as 20,000 people"),
        ("Health Minister Othman Abduljaleel said that more than 3,000 bodies were buried.",
         "Othman Abduljaleel", "Othman Abduljaleel", "more than 3,000 bodies"),
        ("The toll rose to 11,300, according to the Libyan Red Crescent.",
         "Libyan Red Crescent", "Libyan Red Crescent", "11,300"),
        ("In an interview, the UN denied that it had revised its figures.", "UN", "UN", None),
    ],
)  # fmt: skip
def test_common_reporting_patterns(text, speaker, claimant, figure) -> None:
    _, (c,) = one(text)
    assert (c.speaker, c.claimant) == (speaker, claimant)
    assert (c.figures[0].figure.text if c.figures else None) == figure


def test_a_surname_or_a_definite_role_refers_to_an_earlier_speaker() -> None:
    text = (
        "A spokesman for the Red Cross said the road was shut. Col. Ann Lee said it was open. "
        "Lee added that it was safe.\n\n“It is shut,” the spokesman told reporters."
    )
    _, cands = one(text)
    assert [(c.speaker, c.claimant) for c in cands] == [
        ("spokesman for the Red Cross", "Red Cross"),
        ("Col. Ann Lee", "Col. Ann Lee"),
        ("Col. Ann Lee", "Col. Ann Lee"),
        ("spokesman for the Red Cross", "Red Cross"),
    ]
    assert cands[2].speaker_found == "surname: the earlier Col. Ann Lee"


def test_a_pronoun_takes_the_previous_sentences_speaker() -> None:
    text = "Mayor Ann Lee said the bridge fell. She added that nobody was hurt."
    _, cands = one(text)
    assert [c.speaker for c in cands] == ["Mayor Ann Lee", "Mayor Ann Lee"]
    assert cands[1].speaker_found == "pronoun: previous sentence's speaker"


def test_a_figure_in_narration_is_proposed_last_and_can_be_left_out() -> None:
    text = "Some 250 fighters left the city. The mayor said the roads were open."
    _, cands = one(text)
    assert [c.cue for c in cands] == ["speech verb", "figure"]
    fig = cands[1].figures[0]
    assert (fig.figure.text, fig.figure.low, fig.figure.high) == ("Some 250 fighters", 225, 275)
    assert text[fig.start : fig.end] == "Some 250 fighters"
    assert [c.cue for c in one(text, quotes_only=True)[1]] == ["speech verb"]


@pytest.mark.parametrize(
    "text",
    ["The meeting was on October 12, 2017 in the city.", "It was founded in 1998 by locals.",
     "They met at 10 a.m. in the hall.", "Published claims of a deal surfaced."],
)  # fmt: skip
def test_dates_years_times_and_nouns_are_not_cues(text: str) -> None:
    assert one(text)[1] == []


def test_scare_quotes_alone_are_not_speech() -> None:
    assert one('The so-called "deal" was signed.')[1] == []


def test_a_quotation_spanning_sentences_is_one_candidate() -> None:
    text = '"We saw it. It was huge," Dillon said. The war went on.'
    spans = sentences(text)
    assert [text[s.start : s.end] for s in spans] == ['"We saw it. It was huge," Dillon said.',
                                                      "The war went on."]  # fmt: skip


def test_mojibake_is_repaired_and_offsets_index_the_repaired_text() -> None:
    raw = "The coalitionâ€™s spokesman said â€œno deal was madeâ€\x9d today."
    fixed, n = repair_mojibake(raw)
    assert fixed == "The coalition’s spokesman said “no deal was made” today." and n == 3
    prep, cands = one(raw)
    assert prep.text == fixed and cands[0].quote == fixed
    assert repair_mojibake("Ã la carte, São Paulo")[1] == 0  # correct text is left alone


HTML = """<!doctype html><html><head><title>Dam breaks | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2023-09-12T08:00:00Z">
<meta name="author" content="Ann Writer">
<link rel="canonical" href="https://news.example/dam">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Dam breaks",
 "datePublished": "2023-09-11T10:00:00Z", "author": {"@type": "Person", "name": "Ann Writer"}}
</script></head><body><nav><p>Home | World</p></nav>
<article><h1>Dam breaks</h1><p>The mayor said<br>11,300 people died.</p>
<aside><p>Read more</p></aside><p>&ldquo;It was huge,&rdquo; she said.</p></article>
<footer><p>Cookies</p></footer></body></html>"""


def test_html_gives_the_article_body_and_its_metadata() -> None:
    page = read_html(HTML)
    assert page.text == "The mayor said 11,300 people died.\n\n“It was huge,” she said."
    assert (page.title, page.outlet, page.url, page.published, page.author) == (
        "Dam breaks", "Example News", "https://news.example/dam", "2023-09-11", "Ann Writer")  # fmt: skip


# -- the CLI ------------------------------------------------------------------------------


def test_source_add_is_idempotent_and_add_source_fills_and_refuses_conflicts(ct) -> None:
    args = ("source", "add", "https://news.example/dam", "--outlet", "Example News",
            "--reported-on", "2023-09-11")  # fmt: skip
    first, again = ct(*args), ct(*args)
    assert first.exit_code == 0 and first.stdout == again.stdout
    sid = first.stdout.strip()
    assert sid.startswith("src-") and "Already stored" in again.stderr
    fewer = ct("source", "add", "https://news.example/dam", "--outlet", "Example News")
    assert fewer.exit_code == 0 and fewer.stdout == first.stdout  # fewer details: the same
    other = ct("source", "add", "https://news.example/dam", "--outlet", "Other News")
    assert other.exit_code == 2
    assert "outlet: stored 'Example News', given 'Other News'" in other.stderr
    added = ct("add", "dam", "--claimant", "Mayor", "--quote", "11,300 died", "--figure", "11,300",
               "--measure", "deaths", "--source", sid[:8], "--json", "--new")  # fmt: skip
    assert added.exit_code == 0, added.output
    rec = json.loads(added.stdout)
    assert (rec["source"], rec["outlet"], rec["url"], rec["reported_on"]) == (
        sid, "Example News", "https://news.example/dam", "2023-09-11")  # fmt: skip
    bad = ct("add", "dam", "--claimant", "Mayor", "--quote", "11,300 died", "--figure", "11,300",
             "--measure", "deaths", "--source", sid, "--outlet", "Other")  # fmt: skip
    assert bad.exit_code == 2
    assert "'Other'" in bad.stderr and "'Example News'" in bad.stderr
    listed = json.loads(ct("sources", "dam", "--json").stdout)
    assert [(s["id"], s["claims"]) for s in listed] == [(sid, 1)]


def test_source_field_keeps_old_ids_and_round_trips(ct, tmp_path: Path) -> None:
    from claimtrack.models import validate_claim

    base = {"subject": "s", "claimant": "A", "quote": "q", "kind": "figure",
            "measure": "m", "value": "5"}  # fmt: skip
    assert validate_claim(base).id == "s-" + validate_claim(base).content_hash()[:10]
    with_source = validate_claim(base | {"source": "src-0123456789"})
    assert with_source.id != validate_claim(base).id
    sid = ct("source", "add", "--outlet", "Paper", "--title", "T").stdout.strip()
    ct("add", "s", "--claimant", "A", "--quote", "5", "--figure", "5", "--measure", "m",
       "--source", sid, "--new")  # fmt: skip
    out = tmp_path / "all.jsonl"
    assert ct("export", "-o", str(out)).exit_code == 0
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    assert {"record": "source", "id": sid, "outlet": "Paper", "title": "T"} in lines
    subject_lines = ct("export", "s").stdout.splitlines()
    assert json.loads(subject_lines[0]) == {"record": "source", "id": sid, "outlet": "Paper",
                                            "title": "T"}  # fmt: skip
    ct("add", "t", "--claimant", "A", "--quote", "q", "--affirms", "p", "--new")
    other = ct("export", "t")
    assert other.exit_code == 0 and '"record": "source"' not in other.stdout
    fresh = tmp_path / "fresh.db"
    assert ct("init", "--empty", str(fresh)).exit_code == 0
    assert ct("import", str(out), db=fresh).exit_code == 0
    again = tmp_path / "again.jsonl"
    ct("export", "-o", str(again), db=fresh)
    assert again.read_text() == out.read_text()


def test_extract_writes_candidates_that_import_from_extract_takes(ct, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The mayor said 11,300 people died. Rain fell.\n", encoding="utf-8")
    cands = tmp_path / "c.jsonl"
    result = ct("extract", str(article), "--subject", "dam", "--outlet", "Paper", "-o", str(cands))
    assert result.exit_code == 0, result.output
    (line,) = [json.loads(x) for x in cands.read_text().splitlines()]
    assert line["quote"] == "The mayor said 11,300 people died."
    assert line["extract"]["figures"][0]["text"] == "11,300 people"
    assert ct("import", str(cands)).exit_code == 2  # plain import refuses `extract`
    refused = ct("import", "--from-extract", str(cands))
    assert refused.exit_code == 2 and "measure: required" in refused.stderr
    line["measure"] = "deaths"
    cands.write_text(json.dumps(line) + "\n")
    done = ct("import", "--from-extract", str(cands), "--new", "--json")
    assert done.exit_code == 0, done.output
    (stored,) = json.loads(ct("list", "--json").stdout)
    assert "source" not in line  # an outlet alone names no one article: no source stored
    assert (stored["low"], stored["outlet"]) == (11300, "Paper")


def test_extract_reads_html_metadata_into_a_source(ct, tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(HTML, encoding="utf-8")
    result = ct("extract", str(page), "--subject", "dam")
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert [x["extract"]["cue"] for x in lines] == ["speech verb", "quotation"]
    assert lines[1]["claimant"] == "mayor"  # "she": the previous sentence's speaker
    (src,) = json.loads(ct("sources", "--json").stdout)
    assert src["outlet"] == "Example News" and src["url"] == "https://news.example/dam"


def test_the_seed_benchmark_floors() -> None:
    bench = load_script("bench/extract.py")
    if not bench.SEEDS.exists():
        pytest.skip("the seed articles are not on this machine")
    numbers = bench.run(quick=True)
    assert numbers["extract_recall"] >= 0.9 and numbers["extract_speaker"] >= 0.75


def test_a_claim_naming_an_unknown_source_is_a_bad_line(ct, tmp_path: Path) -> None:
    line = {"subject": "s", "claimant": "A", "quote": "q", "kind": "figure", "measure": "m",
            "value": "5", "source": "src-0000000000"}  # fmt: skip
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps(line) + "\n")
    result = ct("import", str(path), "--new")
    assert result.exit_code == 2
    assert "x.jsonl:1: source: no source src-0000000000" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.txt", "--subject", "s"], "missing.txt: no such file"),
        (["ARTICLE", "--subject", "s", "--url", "https://x.example/a"], "give --outlet"),
        (["ARTICLE", "--subject", "s", "--source", "src-nope"], "no source with id"),
    ],
)
def test_extract_refuses_bad_input_in_one_line(ct, tmp_path: Path, args, message) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The mayor said 5 people died.\n")
    args = [str(article) if a == "ARTICLE" else a for a in args]
    result = ct("extract", *args)
    assert result.exit_code != 0 and message in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.slow  # starts a process (tests/conftest.py: process tests are slow)
def test_extract_module_is_pure_and_cheap_to_import() -> None:
    import os
    import subprocess
    import sys

    code = (
        "import sys; import claimtrack.extract; "
        "bad = [m for m in ('sqlite3', 'rich', 'typer', 'pydantic', 'sqlite_utils', "
        "'claimtrack.store', 'claimtrack.cli') if m in sys.modules]; print(bad)"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


_pieces = st.sampled_from(
    ['"', "“", "”", "’", "â€™", "â€œ", " said ", " told ", "according to ", "He", " the ",
     "Col. ", "Ann Lee", " 250 ", "a few dozen", ", ", ". ", "\n", "fighters", "Ã", "€"]
)  # fmt: skip


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(st.one_of(_pieces, st.text(max_size=8)), max_size=40))
def test_every_candidate_is_an_exact_slice_of_the_shown_text(parts: list[str]) -> None:
    prep, cands = extract("".join(parts))
    for c in cands:
        assert prep.text[c.start : c.end] == c.quote and c.quote.strip() == c.quote
        for f in c.figures:
            assert c.start <= f.start < f.end <= c.end
