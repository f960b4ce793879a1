"""The conventions table (quantities/conventions.py) and the one function that applies it
(guards.read_sign): every sign several currencies share is read by convention and said, or
refused naming each way to write it; every way offered is storable (it parses as the currency
meant and is in the quote). Driven by the table itself, so a row added is tested too."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.guards import earlier_readings, figure_in_quote, read_sign, written_for
from claimtrack.quantities import FigureError, parse_figure
from claimtrack.quantities.conventions import CONVENTIONS, REFUSED_NOUNS, Convention

from conftest import examples, write_jsonl


def figure_text(form: str, amount: str = "5 million") -> str:
    """A figure written with ``form`` as the parser reads it: "$5 million", "Rs 5 million",
    "5 million rupees" ("1 rupee" for a singular)."""
    if not form[0].isalpha() or form.endswith("$"):  # "$5 million", "C$5 million"
        return f"{form.upper()}{amount}"
    if form in ("rs", "rs."):
        return f"{form.capitalize()} {amount}"
    return f"{amount} {form}" if form.endswith("s") else f"1 {form}"


FORMS = [(row, form) for row in CONVENTIONS for form in row.forms]
RIVALS = [(row, rival) for row in CONVENTIONS for rival in row.rivals]


def _id(item: tuple) -> str:
    return f"{item[0].sign}-{item[1] if isinstance(item[1], str) else item[1].code}"


@pytest.mark.parametrize("item", FORMS, ids=_id)
def test_each_form_is_read_by_its_convention_and_said(item: tuple[Convention, str]) -> None:
    row, form = item
    text = figure_text(form)
    reading = read_sign(parse_figure(text))
    assert reading is not None and not reading.refused, text
    assert reading.currency == row.code and reading.code == f"{form}={row.code}"
    assert reading.message.startswith(f"{text} -> {row.code} ")
    assert f"as {row.name}; write " in reading.message and reading.ways == ()


@pytest.mark.parametrize("item", RIVALS, ids=_id)
def test_a_rival_named_anywhere_refuses_the_convention(item) -> None:
    row, rival = item
    form = row.forms[0]
    fig = parse_figure(figure_text(form))
    # the quote names it (by its name), the story holds it, or the source is on its domain
    quote = f"The fund, {figure_text(form)}, is in {rival.name}."
    contexts = [{"quote": quote}, {"held": [(f"currency:{rival.code}", "the measure aid")]}]
    contexts += [{"urls": [f"https://news.example.{tld}/aid"]} for tld in rival.tlds]
    for context in contexts:
        reading = read_sign(fig, **context)
        assert reading is not None and reading.refused, (rival.code, context)
        assert f"{row.name} or {rival.name}?" in reading.message, reading.message
        assert reading.ways[0][0] == rival.code
        assert [c for c, _ in reading.ways].index(row.code) >= 1  # the story's own first


@pytest.mark.parametrize("item", RIVALS, ids=_id)
def test_every_way_offered_is_storable(item) -> None:
    # what the refusal (and the review) offers parses as the currency meant, with the same
    # amount, and is in the quote that holds the shared sign: it can be stored
    row, rival = item
    for form in row.forms:
        text = figure_text(form)
        quote = f"Officials put it at {text} on Monday."
        fig = parse_figure(text)
        for code in (rival.code, row.code):
            written = written_for(code, fig)
            again = parse_figure(written)
            assert again.dimension == f"currency:{code}", (text, written)
            assert (again.base_low, again.base_high) == (fig.base_low, fig.base_high)
            assert figure_in_quote(written, quote), (written, quote)


@pytest.mark.parametrize(
    ("value", "context"),
    [
        ("£5 million", {"quote": "Britain pledged £5 million to Egypt and Lebanon."}),
        ("£5 million", {"urls": ["https://www.example.co.uk/aid"]}),
        ("$5 million", {"quote": "Washington sent $5 million to Mexico."}),  # a country is not a $
        ("Rs 500 crore", {"quote": "India will spend Rs 500 crore on flood relief."}),
        ("5 billion rubles", {"quote": "Moscow set aside 5 billion rubles."}),
    ],
)
def test_a_sign_nothing_contests_is_read_by_convention(value: str, context: dict) -> None:
    reading = read_sign(parse_figure(value), **context)
    assert reading is not None and not reading.refused


@pytest.mark.parametrize(
    ("value", "context", "message"),
    [
        (
            "£5 million",
            {"quote": "Cairo will spend £5 million (Egyptian pounds) on it."},
            "'£' in '£5 million' is ambiguous here (the quote says 'Egyptian pounds'): pounds "
            "sterling or Egyptian pounds? write 'GBP 5 million' or 'EGP 5 million'",
        ),
        (
            "£5 million",
            {"urls": ["https://www.dailystar.com.lb/x"]},
            "'£' in '£5 million' is ambiguous here (the source is on a .lb web address): pounds "
            "sterling or Lebanese pounds? write 'GBP 5 million' or 'LBP 5 million'",
        ),
        (
            "5 million roubles",
            {"quote": "Minsk pledged 5 million roubles, the Belarusian ministry said."},
            "'roubles' in '5 million roubles' is ambiguous here (the quote says 'Belarusian'): "
            "Russian rubles or Belarusian rubles? write '5 million RUB' or '5 million BYN'",
        ),
    ],
)
def test_the_pound_and_the_rouble_are_refused_where_another_is_named(
    value: str, context: dict, message: str
) -> None:
    reading = read_sign(parse_figure(value), **context)
    assert reading is not None and reading.refused and reading.message == message


def test_a_sign_written_for_its_currency_is_not_a_shared_sign() -> None:
    for value in ("US$5", "USD 5", "INR 5 crore", "₹5 crore", "JPY 5", "GBP 5", "RUB 5", "€5"):
        assert read_sign(parse_figure(value), quote="Pakistan, China, Egypt, Belarus") is None


def test_the_review_offers_every_rupee_the_one_named_first() -> None:
    reading = read_sign(parse_figure("Rs 500 crore"), urls=["https://example.np/"])
    assert reading is not None and [c for c, _ in reading.ways] == [
        "NPR", "INR", "PKR", "LKR", "MUR", "SCR"]  # fmt: skip
    # "$" has 30 rivals: only those named, and US dollars
    dollar = read_sign(parse_figure("$5"), urls=["https://example.com.au/"])
    assert dollar is not None and dollar.ways == (("AUD", "A$5"), ("USD", "US$5"))


def test_earlier_readings_are_named_for_any_shared_sign() -> None:
    held = [("q-1", "rs"), ("q-2", "inr"), ("q-3", "rupees")]
    assert earlier_readings(parse_figure("PKR 500 crore"), held) == (
        "2 figure(s) of this story read 'Rs' as Indian rupees (q-1, q-3): if they are "
        "Pakistani rupees, edit them to PKR"
    )
    assert earlier_readings(parse_figure("INR 500 crore"), held) is None


@settings(max_examples=examples(200))
@given(
    st.sampled_from(FORMS),
    st.integers(min_value=1, max_value=999),
    st.sampled_from(["", " million", " billion", " crore"]),
)
def test_any_amount_keeps_its_value_in_every_way_written(item, number: int, scale: str) -> None:
    row, form = item
    text = figure_text(form, f"{number}{scale}") if form.endswith(("s", "$")) \
        or not form[0].isalpha() or form in ("rs", "rs.") else f"{number}{scale} {form}"  # fmt: skip
    try:
        fig = parse_figure(text)
    except FigureError:  # "1 crore dollar": not every shape reads; what reads must hold
        return
    reading = read_sign(fig)
    assert reading is not None and not reading.refused
    for code in (row.code, *(r.code for r in row.rivals)):
        again = parse_figure(written_for(code, fig))
        assert again.dimension == f"currency:{code}"
        assert (again.base_low, again.base_high) == (fig.base_low, fig.base_high)


# -- currency nouns several countries share, refused -----------------------------------------


@pytest.mark.parametrize(("forms", "codes"), REFUSED_NOUNS, ids=lambda x: str(x))
def test_each_shared_noun_is_refused_naming_its_own_currencies(forms, codes) -> None:
    for form in forms:
        with pytest.raises(FigureError) as err:
            parse_figure(f"5 million {form}")
        message = str(err.value)
        assert f'"{form}"' in message
        if form not in ("dram", "drams", "mark", "marks"):  # also English words: their own
            assert f"({', '.join(codes[:3])}" in message, message
            assert "swiss" not in message or "CHF" in codes


@pytest.mark.parametrize(
    ("value", "code"),
    [
        # nouns one currency in use has: read as it, no convention needed
        ("5 million yuan", "CNY"),
        ("5 billion yen", "JPY"),
        ("5 million rand", "ZAR"),
        ("5 million naira", "NGN"),
        ("5 million zloty", "PLN"),
        ("5 million rupiah", "IDR"),
        ("5 million baht", "THB"),
        ("5 crore taka", "BDT"),
        ("5 million shekels", "ILS"),
        ("5 million hryvnias", "UAH"),
        ("5 million florins", "AWG"),
        ("5 million sterling", "GBP"),
        ("5 quid", "GBP"),
    ],
)
def test_a_noun_of_one_currency_is_read_as_it(value: str, code: str) -> None:
    fig = parse_figure(value)
    assert fig.dimension == f"currency:{code}" and read_sign(fig) is None


@pytest.mark.parametrize(
    ("value", "refused"),
    [
        ("5 million pounds", "money or weight"),  # "£" is read (by convention), "pounds" not
        ("500 kr", "abbreviation"),
        ("5 million Kč", "abbreviation"),
        ("5 bucks", "slang for dollars"),
    ],
)
def test_a_currency_word_of_no_one_currency_is_refused(value: str, refused: str) -> None:
    with pytest.raises(FigureError, match=refused):
        parse_figure(value)


# -- through the commands ------------------------------------------------------------------


def test_import_counts_each_reading_by_its_code(ct, tmp_path: Path) -> None:
    def claim(i: int, value: str, quote: str, url: str | None = None) -> dict:
        return {"id": f"c{i}", "subject": "aid", "claimant": "AP", "quote": quote,
                "kind": "figure", "measure": f"m{i}", "value": value,
                **({"url": url} if url else {})}  # fmt: skip

    path = write_jsonl(
        tmp_path / "in.jsonl",
        [
            claim(1, "$5m", "a $5m fund", "https://example.com.au/a"),
            claim(2, "Rs 500 crore", "Pakistan will spend Rs 500 crore."),
            claim(3, "$7m", "a $7m fund", "https://example.co.nz/b"),
            claim(4, "$9m", "a $9m fund"),  # nothing names another dollar: no warning
        ],
    )
    result = ct("import", str(path), "--json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["bare_dollars"] == 3  # warned about
    assert summary["sign_readings"] == {"$=USD": 3, "rs=INR": 1}  # every reading, by code
    *_, warned, conventional = result.stderr.splitlines()
    assert conventional.startswith("1 figure read '$' as US dollars, by convention: nothing ")
    assert warned == (
        "warning: 2 figures imported read '$' as US dollars, 1 read 'Rs' as Indian rupees, in "
        "a story that names another currency of that sign: check each, and edit it to the "
        "currency meant (US$, A$, INR, PKR, NZ$) if need be"
    )


def test_add_says_how_it_read_the_pound_and_refuses_it_on_an_egyptian_site(ct) -> None:
    args = ["add", "aid", "--claimant", "AP", "--new", "--quote", "It costs £5 million.",
            "--figure", "£5 million", "--measure", "cost", "--new"]  # fmt: skip
    refused = ct(*args, "--url", "https://www.example.com.eg/x")
    assert refused.exit_code == 2
    assert "write 'GBP 5 million' or 'EGP 5 million'" in refused.stderr
    said = ct(*args)
    assert said.exit_code == 0, said.output
    assert "£5 million -> GBP 5,000,000 (read '£' as pounds sterling; write EGP, LBP, SYP ..." in (
        said.stderr)  # fmt: skip


# -- the table in docs/format.md -------------------------------------------------------------

DOC = Path(__file__).resolve().parents[1] / "docs" / "format.md"
START, END = "<!-- conventions-table -->\n", "<!-- /conventions-table -->\n"


def _shown(pattern: str) -> str:
    """A quote word's pattern as people read it: "pakistan\\w*" -> "pakistan…"."""
    import re

    text = pattern.replace(r"\w*", "…").replace(r"\$", "$").replace(r"\.", ".")
    text = re.sub(r"\(\?<!([^)]*)\)", "", text)  # a lookbehind: not shown
    text = re.sub(r"(\w)s\?", r"\1(s)", text)
    return text.replace("(?:", "(").replace("|", "/").replace("\\ ", " ")


def conventions_markdown() -> str:
    """The conventions table as docs/format.md shows it, made from the code's table."""
    lines = [
        "| written | read as (and said) | may also be | named by the quote's words | and web "
        "domains |",
        "| --- | --- | --- | --- | --- |",
    ]
    for row in CONVENTIONS:
        forms = ", ".join(f"`{f}`" for f in row.forms)
        read = f"{row.code}, {row.name}" + (f" (`{row.written}`)" if row.written else "")
        others = ", ".join(f"{r.code}" + (f" (`{r.sign}`)" if r.sign else "") for r in row.rivals)
        words = "; ".join(f"{', '.join(_shown(w) for w in r.words)} ({r.code})" for r in row.rivals)
        words += "".join(f"; {_shown(w)} (any of {', '.join(c)})" for w, c in row.groups)
        tlds = ", ".join(f".{t} {r.code}" for r in row.rivals for t in r.tlds)
        lines.append(f"| {forms} | {read} | {others} | {words} | {tlds} |")
    return "\n".join(lines) + "\n"


def test_the_conventions_table_in_the_docs_is_the_codes() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert START in text and END in text
    shown = text.split(START, 1)[1].split(END, 1)[0]
    assert shown == conventions_markdown(), (
        "docs/format.md's conventions table is stale; put this between its markers:\n"
        + conventions_markdown()
    )


# -- words after the amount are part of the unit ("$11.7 billion hole") -----------------------


@pytest.mark.parametrize(
    ("value", "context", "written"),
    [
        ("$11.7 billion hole", {"urls": ["https://www.example.co.nz/x"]}, "NZ$11.7 billion hole"),
        (
            "Rs 500 crore in aid",
            {"quote": "Pakistan's Rs 500 crore in aid"},
            "PKR 500 crore in aid",
        ),
        ("5 million dollars in aid", {"quote": "C$4 million"}, "5 million CAD in aid"),
    ],
)
def test_a_shared_sign_with_words_after_its_amount_is_guarded_too(
    value: str, context: dict, written: str
) -> None:
    # before, a unit of several words ("$ hole") was never taken for a bare "$": US dollars,
    # silently, on a New Zealand site
    fig = parse_figure(value)
    assert read_sign(fig) is not None and not read_sign(fig).refused  # type: ignore[union-attr]
    reading = read_sign(fig, **context)
    assert reading is not None and reading.refused and reading.ways[0][1] == written
    assert parse_figure(written).unit != fig.unit and figure_in_quote(written, value)


def test_import_warns_about_a_bare_dollar_with_words_after_it(ct, tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "in.jsonl",
        [{"id": "h1", "subject": "budget", "claimant": "Minister", "kind": "figure",
          "measure": "hole", "value": "$11.7 billion hole", "url": "https://example.co.nz/a",
          "quote": "The spokesperson said the plan left a $11.7 billion hole."}],
    )  # fmt: skip
    result = ct("import", str(path), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["bare_dollars"] == 1
    assert "write 'US$11.7 billion hole' or 'NZ$11.7 billion hole'" in result.stderr
    held = [("h1", "$ hole"), ("h2", "us$ in aid")]
    assert earlier_readings(parse_figure("NZ$5"), held) == (
        "1 figure(s) of this story read a bare '$' as US dollars (h1): if they are New Zealand "
        "dollars, edit them to NZ$"
    )


@settings(max_examples=examples(200))
@given(
    st.sampled_from([(form, codes) for forms, codes in REFUSED_NOUNS for form in forms]),
    st.integers(min_value=1, max_value=10**6),
    st.sampled_from(["", "about ", "some ", "more than "]),
    st.sampled_from(["", " million", " billion"]),
)
def test_a_shared_noun_is_never_read_as_one_currency(item, number: int, hedge: str, scale: str):
    # whatever the amount and hedge: refused (never a currency, never a count of "pesos")
    form, _ = item
    with pytest.raises(FigureError, match=f'"{form}"'):
        parse_figure(f"{hedge}{number:,}{scale} {form}")


def test_the_guards_of_add_say_each_reading_with_its_code(empty_db: Path) -> None:
    from claimtrack.figure_guards import guard_figures
    from claimtrack.models import validate_claim
    from claimtrack.store import Store

    store = Store.open(empty_db)

    def said(value: str, quote: str) -> list[tuple[str, str]]:
        claim = validate_claim({"subject": "aid", "claimant": "AP", "kind": "figure",
                                "measure": "m", "value": value, "quote": quote})  # fmt: skip
        notes = guard_figures(store, [claim], paraphrase=False, decimal_comma=False)
        return [(n.code, n.text.split(" (", 1)[0]) for n in notes]

    assert said("£5 million", "It costs £5 million.") == [("£=GBP", "£5 million -> GBP 5,000,000")]
    assert said("500 crore rupees", "It costs 500 crore rupees.") == [
        ("rupees=INR", "500 crore rupees -> INR 5,000,000,000")]  # fmt: skip
    assert said("€5 million", "It costs €5 million.") == []


QUOTE_WORDS = [(row, word) for row in CONVENTIONS for r in row.rivals for word in r.words]
QUOTE_WORDS += [(row, word) for row in CONVENTIONS for word, _ in row.groups]


@pytest.mark.parametrize("item", QUOTE_WORDS, ids=lambda item: f"{item[0].sign}-{item[1]}")
def test_the_cheap_test_of_a_quote_never_skips_a_word_that_matches(item) -> None:
    # a quote is searched only for the words whose text it holds (quote_literals): any text
    # a word's pattern matches must hold that text, in any case
    import re

    from hypothesis import find
    from hypothesis.errors import NoSuchExample

    from claimtrack.quantities.conventions import _literal

    _, word = item
    literal = _literal(word)
    plain = re.sub(r"\(\?<![^)]*\)", "", word)  # hypothesis does not draw lookbehinds
    try:
        counter = find(
            st.from_regex(re.compile(plain, re.I), fullmatch=True),
            lambda text: literal not in text.lower(),
            settings=settings(max_examples=examples(60), database=None),
        )
    except NoSuchExample:
        return
    raise AssertionError(f"{word!r} matches {counter!r}, which lacks {literal!r}")
