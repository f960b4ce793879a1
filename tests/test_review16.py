"""The audit of what a person sees or types against what is stored (review16): `edit`, the
claimant commands and the review. Invented quotes; each case a rule, documented with a run in
docs/format.md, docs/vocabulary.md or docs/extract.md."""

from __future__ import annotations

import json

import pytest


def ok(result) -> None:
    assert result.exit_code == 0, result.output


def only_claim(ct) -> dict:
    (claim,) = json.loads(ct("list", "--json").stdout)
    return claim


@pytest.fixture
def spoken(ct):
    """One claim of the ministry, spoken by its spokesman."""
    ok(ct("add", "toll", "--claimant", "Ministry of Health", "--speaker", "Omar Haddad",
          "--quote", "The ministry said 120 people were killed.", "--figure", "120 people",
          "--measure", "deaths"))  # fmt: skip
    return only_claim(ct)["id"]


# -- edit: another claimant, the speaker of the first -------------------------------------


@pytest.mark.parametrize(
    ("given", "speaker"),
    [
        (["--claimant", "UN OCHA", "--new"], None),  # refused: the speaker is the ministry's
        (["--claimant", "UN OCHA", "--new", "--speaker", "Omar Haddad"], "Omar Haddad"),
        (["--claimant", "UN OCHA", "--new", "--speaker", ""], ""),
        (["--claimant", "UN OCHA", "--new", "--speaker", "Jens Laerke"], "Jens Laerke"),
        (["--claimant", "ministry of health."], "Omar Haddad"),  # the same, written otherwise
    ],
)
def test_an_edit_of_the_claimant_says_what_becomes_of_the_speaker(
    ct, spoken: str, given: list, speaker: str | None
) -> None:
    result = ct("edit", spoken, *given)
    stored = only_claim(ct)
    if speaker is None:
        assert result.exit_code == 2, result.output  # bad input
        assert "the speaker 'Omar Haddad' was given for the claimant 'Ministry of Health'" in (
            result.stderr
        )
        assert "--speaker 'Omar Haddad' keeps it" in result.stderr
        assert (stored["claimant"], stored["speaker"]) == ("Ministry of Health", "Omar Haddad")
        return
    ok(result)
    assert stored["claimant"] == given[1]
    assert (stored.get("speaker") or "") == speaker


def test_an_edit_to_an_alias_of_the_claimant_keeps_the_speaker(ct, spoken: str) -> None:
    ok(ct("add", "toll", "--claimant", "MoH", "--quote", "MoH said 130 died.", "--figure", "130",
          "--measure", "deaths", "--new"))  # fmt: skip
    ok(ct("alias", "MoH", "--same-as", "Ministry of Health"))
    ok(ct("edit", spoken, "--claimant", "MoH"))
    stored = {c["id"]: c for c in json.loads(ct("list", "--json").stdout)}[spoken]
    assert (stored["claimant"], stored["speaker"]) == ("MoH", "Omar Haddad")


# -- claimants written otherwise -----------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "then", "noted"),
    [
        ("Ministry of health", "Ministry of Health", True),  # "H" < "h": was listed as then
        ("ministry of health", "Ministry of Health.", True),  # punctuation too
        ("Ministry of Health", "Ministry  of Health", False),  # spaces: stored as the first
        ("Ministry of Health", "Ministry of Health", False),
    ],
)
def test_a_claimant_written_otherwise_is_listed_as_written_first_and_said(
    ct, first: str, then: str, noted: bool
) -> None:
    ok(ct("add", "toll", "--claimant", first, "--quote", "It said 120 died.", "--figure", "120",
          "--measure", "deaths"))  # fmt: skip
    result = ct("add", "toll", "--claimant", then, "--quote", "It said 130 died.", "--figure",
                "130", "--measure", "deaths")  # fmt: skip
    ok(result)
    assert ("note: claimant" in result.stderr) == noted, result.stderr
    if noted:
        assert f"is {first!r} written otherwise" in result.stderr
    (row,) = json.loads(ct("claimants", "--json").stdout)
    assert row["claimant"] == first and row["claims"] == 2


def test_an_edit_to_a_claimant_written_otherwise_says_so(ct, spoken: str) -> None:
    result = ct("edit", spoken, "--claimant", "MINISTRY OF HEALTH")
    ok(result)
    assert "written otherwise" not in result.stderr  # its only claim: now written so
    ok(ct("add", "toll", "--claimant", "Ministry of Health", "--quote", "It said 130 died.",
          "--figure", "130", "--measure", "deaths"))  # fmt: skip
    later = next(c["id"] for c in json.loads(ct("list", "--json").stdout) if c["id"] != spoken)
    result = ct("edit", later, "--claimant", "ministry of health")
    ok(result)
    assert "is 'MINISTRY OF HEALTH' written otherwise" in result.stderr
    claims = {c["id"]: c["claimant"] for c in json.loads(ct("list", "--json").stdout)}
    assert claims[later] == "ministry of health"  # the claim keeps it as written
    (row,) = json.loads(ct("claimants", "--json").stdout)
    assert row["claimant"] == "MINISTRY OF HEALTH"  # the first claim's, as edited


def test_the_review_names_a_claimant_written_otherwise(ct, tmp_path) -> None:
    ok(ct("add", "dam", "--claimant", "The Mayor", "--quote", "The mayor said 9 died.",
          "--figure", "9", "--measure", "deaths"))  # fmt: skip
    article = tmp_path / "a.txt"
    article.write_text("The mayor said 12 people died on Monday.\n", encoding="utf-8")
    result = ct("extract", str(article), "--subject", "dam", "--review",
                input="c\nthe mayor\nk\nf\n1\ndeaths\ny\nx\n")  # fmt: skip
    ok(result)
    assert "(the claimant 'The Mayor' written otherwise: one claimant" in result.stdout
    assert [c["claimant"] for c in json.loads(ct("list", "--json").stdout)] == [
        "the mayor", "The Mayor"]  # fmt: skip


# -- claimant on an alias ------------------------------------------------------------------


@pytest.mark.parametrize(
    "given",
    [["--role", "government"], ["--kind", "organization"], ["--party", "toll"]],
)
def test_claimant_on_an_alias_sets_the_aliased_claimant_and_says_so(
    ct, spoken: str, given: list
) -> None:
    ok(ct("claimant", "MoH", "--kind", "organization", "--new"))  # registered, then aliased
    ok(ct("alias", "MoH", "--same-as", "Ministry of Health"))
    result = ct("claimant", "MoH", *given, "--json")
    ok(result)
    assert json.loads(result.stdout)["claimant"] == "Ministry of Health"
    assert "note: 'MoH' is an alias of 'Ministry of Health'" in result.stderr
    rows = json.loads(ct("claimants", "--json").stdout)
    assert [(r["claimant"], r["aliases"]) for r in rows] == [("Ministry of Health", ["MoH"])]
    shown = json.loads(ct("claimant", "Ministry of Health", "--json").stdout)
    flag = given[0].removeprefix("--")
    value = {"role": "role", "kind": "kind", "party": "party_to"}[flag]
    assert shown[value] in (given[1], [given[1]])


# -- a figure that stops inside a number of its quote -------------------------------------

TWO = "The agency said repairs cost $5 million and 5 million people lost power."


@pytest.mark.parametrize(
    ("value", "quote", "problem"),
    [
        ("$5 million and 5", TWO, "its '5' goes on there as '5 million'"),
        ("$5 million", TWO, None),
        ("5 million people", TWO, None),
        ("2 million and 40", "It cost 2 million and 40 billion rupees were lost.", "'40 billion'"),
        ("4 hundred and 12", "He said 4 hundred and 12 people came.", None),  # one number
        ("five million and five", "It said five million and five people.", None),  # words
        ("12", "12 died and 12 thousand fled", None),  # stands whole at its first place
    ],
)
def test_a_figure_that_stops_inside_a_number_is_refused(value: str, quote: str, problem) -> None:
    from claimtrack.guards import figure_in_quote, goes_on_problem, part_problem

    # as the guards of add ask: in the quote, then a part of it; else why it is not in it
    got = part_problem(value, quote) if figure_in_quote(value, quote) else goes_on_problem(
        value, quote)  # fmt: skip
    assert (got is None) == (problem is None), got
    if problem is not None:
        assert problem in got


def test_extract_never_ends_a_figure_inside_a_number() -> None:
    from claimtrack.review import figures_in

    got = [(f["text"], f["low"]) for f in figures_in(TWO, 0, len(TWO))]
    assert got == [("$5 million", 5_000_000), ("5 million people", 5_000_000)]


def test_add_refuses_a_figure_that_stops_inside_a_number(ct) -> None:
    result = ct("add", "grid", "--claimant", "Agency", "--quote", TWO, "--figure",
                "$5 million and 5", "--measure", "repair-cost")  # fmt: skip
    assert result.exit_code == 2, result.output
    assert "stops inside a number of the quote" in result.stderr
    ok(ct("add", "grid", "--claimant", "Agency", "--quote", TWO, "--figure", "$5 million",
          "--measure", "repair-cost"))  # fmt: skip
    assert only_claim(ct)["low"] == 5_000_000


# -- a unit that ends in a preposition -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Officials said some 80 people along with dozens of motorcycles were aboard.",
         "some 80 people"),  # was "some 80 people along", stored with the unit "people along"
        ("It said 40 families among the villagers were evacuated.", "40 families"),
        ("The union said 120 workers including drivers would strike.", "120 workers"),
    ],
)  # fmt: skip
def test_a_figure_s_unit_never_ends_in_a_preposition(text: str, figure: str) -> None:
    from claimtrack.quantities import FigureError, parse_figure
    from claimtrack.review import figures_in

    assert figures_in(text, 0, len(text))[0]["text"] == figure
    cut = text[text.index(figure) : text.index(figure) + len(figure)] + " " + text.split(
        figure, 1)[1].split()[0]  # fmt: skip
    with pytest.raises(FigureError, match="ends in"):
        parse_figure(cut)
