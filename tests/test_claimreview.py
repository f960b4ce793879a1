"""ClaimReview completeness (issue 27): the verdict scale, the reviewer setting, full dates,
appearances with their address, refusing incomplete reviews, one ClaimReview per report page
(read back with extruct, as crawlers do)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimtrack.exports import Reviewer, claimreview_doc, claimreview_problems, full_date
from claimtrack.verdicts import BEST, OFF_SCALE, SCALE, WORST, place

from conftest import figure, stance

REVIEW = {"rating": "False", "url": "https://fc.example/x", "reviewed_at": "2026-11-21T00:00:00Z"}


def ok(result) -> str:
    assert result.exit_code == 0, result.output
    return result.stdout


def load(ct, *records: dict) -> None:
    ok(ct("import", "-", input="".join(json.dumps(r) + "\n" for r in records)))


@pytest.mark.parametrize(
    ("rating", "value", "step"),
    [
        ("False", 1, "false"),
        ("false.", 1, "false"),
        ("Pants on Fire", 1, "false"),
        ("Mostly False", 2, "mostly false"),
        ("mostly-false", 2, "mostly false"),
        ("  Misleading ", 2, "mostly false"),
        ("Half True", 3, "half true"),
        ("half-true", 3, "half true"),
        ("Mixture", 3, "half true"),
        ("Mostly True", 4, "mostly true"),
        ("TRUE", 5, "true"),
        ("Unproven", None, "off the scale"),
        ("Needs context", None, "off the scale"),
    ],
)
def test_a_rating_is_placed_on_the_scale(rating: str, value: int | None, step: str) -> None:
    placed = place(rating)
    assert placed is not None and (placed.value, placed.step) == (value, step)


@pytest.mark.parametrize("rating", ["", None, "Fasle", "Mostly", "False </script>", "4/5"])
def test_an_unknown_rating_is_not_guessed(rating: str | None) -> None:
    assert place(rating) is None


def test_every_rating_has_one_place() -> None:
    names = [n.lower() for _, ns in SCALE.values() for n in ns] + [n.lower() for n in OFF_SCALE]
    assert len(names) == len(set(names))
    assert (min(SCALE), max(SCALE)) == (WORST, BEST)


@pytest.mark.parametrize(
    ("value", "full"),
    [("2017-11-13", "2017-11-13"), ("2017-11", None), ("2017", None), ("", None), (None, None)],
)
def test_full_date(value: str | None, full: str | None) -> None:
    assert full_date(value) == full


@pytest.mark.parametrize(
    ("record", "date", "appearance"),
    [
        (figure(said_on="2017-11-13", reported_on="2017-11-14"), "2017-11-13", None),
        (figure(said_on="2017-11", reported_on="2017-11-14"), None, None),  # no made-up day
        (figure(reported_on="2017-11-14"), "2017-11-14", None),
        (figure(reported_on="2017"), None, None),
        (
            figure(url="https://mj.example/a", outlet="MJ", reported_on="2017-11"),
            None,
            {"@type": "CreativeWork", "url": "https://mj.example/a",
             "publisher": {"@type": "Organization", "name": "MJ"}},
        ),
        (
            figure(url="https://mj.example/a", reported_on="2017-11-14"),
            "2017-11-14",
            {"@type": "CreativeWork", "url": "https://mj.example/a", "datePublished": "2017-11-14"},
        ),
    ],
)  # fmt: skip
def test_dates_are_full_and_appearances_have_their_url(
    record: dict, date: str | None, appearance: dict | None
) -> None:
    item = claimreview_doc({"id": "a"} | record, REVIEW)["itemReviewed"]
    assert item.get("datePublished") == date
    assert item.get("appearance") == appearance
    assert item.get("firstAppearance") == appearance


@pytest.mark.parametrize(
    ("url", "at_id"),
    [
        ("https://fc.example/x", "https://fc.example/x#claim-a"),
        ("https://fc.example/x?y=1", "https://fc.example/x?y=1#claim-a"),
        ("https://fc.example/x#verdict", "https://fc.example/x#claim-a"),
        ("https://fc.example/x?y=1#", "https://fc.example/x?y=1#claim-a"),
    ],
)
def test_the_id_is_the_page_and_one_fragment(url: str, at_id: str) -> None:
    """A review's address with a fragment of its own gave "...#verdict#claim-a": no IRI has
    two fragments. The page's ``url`` stays as given."""
    doc = claimreview_doc({"id": "a"} | figure(), REVIEW | {"url": url})
    assert (doc["@id"], doc["url"]) == (at_id, url)


def test_an_echo_is_an_appearance_not_the_first() -> None:
    """A claim that relays another (the terminal: "relaying X", the sheet's ``relays``) was
    carried on its page, not first made there: its ClaimReview says the one, not the other."""
    echo = figure(url="https://wire.example/b", outlet="Wire", relays="orig")
    item = claimreview_doc({"id": "b"} | echo, REVIEW)["itemReviewed"]
    assert item["appearance"]["url"] == "https://wire.example/b"
    assert "firstAppearance" not in item


@pytest.mark.parametrize(
    ("review", "reviewer", "author"),
    [
        ({}, Reviewer(), None),
        ({}, Reviewer("Desk", "https://desk.example/"),
         {"@type": "Organization", "name": "Desk", "url": "https://desk.example/"}),
        ({"reviewer": "Other"}, Reviewer("Desk", "https://desk.example/"),
         {"@type": "Organization", "name": "Other"}),  # not the desk: no address guessed
        ({"reviewer": "Desk"}, Reviewer("Desk", None), {"@type": "Organization", "name": "Desk"}),
    ],
)  # fmt: skip
def test_author_from_the_review_or_the_setting(review, reviewer, author) -> None:
    assert (
        claimreview_doc(figure(id="a"), REVIEW | review, reviewer=reviewer).get("author") == author
    )


@pytest.mark.parametrize(
    ("review", "problems"),
    [
        (REVIEW, []),
        (REVIEW | {"rating": "Unproven"}, []),
        ({**REVIEW, "url": None}, ["the review has no URL"]),
        (REVIEW | {"rating": "Fasle"}, ["rating 'Fasle' is not on the verdict scale"]),
    ],
)
def test_problems(review: dict, problems: list[str]) -> None:
    found = claimreview_problems(review)
    assert len(found) == len(problems)
    assert all(f.startswith(p) for f, p in zip(found, problems, strict=True))


def test_off_scale_rating_has_no_number() -> None:
    rating = claimreview_doc(figure(id="a"), REVIEW | {"rating": "Unproven"})["reviewRating"]
    assert rating == {"@type": "Rating", "alternateName": "Unproven", "name": "Unproven"}


# -- the command line ------------------------------------------------------------------------


def test_config_stores_the_reviewer_in_the_database(ct, empty_db: Path) -> None:
    assert ct("config", "reviewer.name").exit_code == 1
    assert ok(ct("config", "reviewer.name", "  Example   Fact Check ")) == ""
    ok(ct("config", "reviewer.url", "https://fc.example/"))
    assert ok(ct("config", "reviewer.name")) == "Example Fact Check\n"
    assert json.loads(ok(ct("config", "--json"))) == {
        "reviewer.name": "Example Fact Check",
        "reviewer.url": "https://fc.example/",
    }
    import sqlite3

    with sqlite3.connect(empty_db) as conn:
        assert dict(conn.execute("SELECT key, value FROM settings")) == {
            "reviewer.name": "Example Fact Check",
            "reviewer.url": "https://fc.example/",
        }
    ok(ct("config", "reviewer.url", "--unset"))
    assert json.loads(ok(ct("config", "--json"))) == {"reviewer.name": "Example Fact Check"}


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["nope"], 2, "error: unknown setting 'nope'"),
        (["reviewer.url", "javascript:alert(1)"], 2, "error: reviewer.url: 'javascript:alert(1)'"),
        (["reviewer.url", "fc.example"], 2, "error: reviewer.url: 'fc.example'"),
        (["reviewer.name", "   "], 2, "error: reviewer.name: give a value"),
        (["--unset"], 2, "error: --unset takes a KEY"),
        (["reviewer.name", "x", "--unset"], 2, "error: --unset takes a KEY"),
    ],
)
def test_config_refuses_bad_input(ct, args: list[str], code: int, message: str) -> None:
    result = ct("config", *args)
    assert result.exit_code == code, result.output
    assert result.stderr.startswith(message), result.stderr


def test_the_export_refuses_incomplete_reviews(ct, tmp_path: Path) -> None:
    load(ct, figure(id="a"), figure(id="b", value="250"), stance(id="c"))
    ok(ct("review", "a", "--rating", "False", "--url", "https://fc.example/a"))
    ok(ct("review", "b", "--rating", "Questionable", "--url", "https://fc.example/b"))
    ok(ct("review", "c", "--rating", "True"))
    out = tmp_path / "cr.json"
    result = ct("export", "--format", "claimreview", "-o", str(out))
    assert result.exit_code == 1 and not out.exists()
    assert result.stderr.splitlines() == [
        "error: 2 reviews incomplete for ClaimReview; nothing written",
        "  b: rating 'Questionable' is not on the verdict scale (docs/exports.md): review it "
        "again with a rating of the scale",
        "  c: the review has no URL (claimtrack review ID --rating ... --url URL)",
        "hint: complete them, or --skip-incomplete to export the other 1",
    ]
    split = tmp_path / "pages"
    assert ct("export", "--format", "claimreview", "--split", str(split)).exit_code == 1
    assert not split.exists()
    result = ct("export", "--format", "claimreview", "-o", str(out), "--skip-incomplete")
    assert result.exit_code == 0, result.output
    assert [d["@id"] for d in json.loads(out.read_text())] == ["https://fc.example/a#claim-a"]
    assert "warning: left out b: rating 'Questionable'" in result.stderr
    assert ct("export", "--format", "csv", "--skip-incomplete").exit_code == 2


def test_the_report_embeds_one_claimreview_read_back_by_extruct(ct, tmp_path: Path) -> None:
    import extruct

    load(
        ct,
        figure(id="a", url="https://mj.example/a", reported_on="2017-11-14"),
        figure(id="b", value="250"),
        figure(id="c", value="13"),
    )
    ok(ct("config", "reviewer.name", "Example Fact Check"))
    ok(ct("config", "reviewer.url", "https://fc.example/"))
    ok(ct("review", "a", "--rating", "Misleading", "--url", "https://fc.example/a"))
    ok(ct("review", "b", "--rating", "True", "--url", "https://fc.example/b"))
    ok(ct("review", "c", "--rating", "True"))  # incomplete, but not the page's verdict
    plain = ok(ct("report", "raqqa-convoy"))
    assert extruct.extract(plain, syntaxes=["json-ld"])["json-ld"] == []  # none by default
    page = ok(ct("report", "raqqa-convoy", "--claimreview", "a"))
    found = extruct.extract(page, syntaxes=["json-ld"], uniform=True)["json-ld"]
    assert len(found) == 1
    doc = found[0]
    assert doc["@type"] == "ClaimReview" and doc["url"] == "https://fc.example/a"
    assert doc["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 2,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": "Misleading",
        "name": "Misleading",
    }
    assert doc["author"] == {
        "@type": "Organization",
        "name": "Example Fact Check",
        "url": "https://fc.example/",
    }
    assert doc["itemReviewed"]["appearance"]["url"] == "https://mj.example/a"
    assert doc["itemReviewed"]["datePublished"] == "2017-11-14"


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (
            ["raqqa-convoy", "--claimreview", "c"],
            2,
            "error: --claimreview c: the review is incomplete",
        ),
        (["raqqa-convoy", "--claimreview", "d"], 2, "error: --claimreview d: not a reviewed"),
        (["raqqa-convoy", "--claimreview", "zz"], 1, "error: no claim"),
        (
            ["raqqa-convoy", "--claimreview", "a", "--format", "md"],
            2,
            "error: --claimreview goes with",
        ),
    ],
)
def test_the_report_refuses_a_claimreview_it_cannot_embed(ct, args, code, message) -> None:
    load(ct, figure(id="a"), figure(id="c", value="13"), figure(id="d", value="250"))
    ok(ct("review", "a", "--rating", "False", "--url", "https://fc.example/a"))
    ok(ct("review", "c", "--rating", "True"))
    result = ct("report", *args)
    assert result.exit_code == code, result.output
    assert result.stderr.startswith(message), result.stderr


@pytest.mark.parametrize(
    ("rating", "meant"),
    [("Flase", "False"), ("Mostly Ture", "Mostly True"), ("misleding", "Misleading"),
     ("Needs Contex", "Needs Context")],
)  # fmt: skip
def test_a_verdict_one_letter_off_the_scale_is_refused(ct, rating: str, meant: str) -> None:
    """ "Flase" was stored, with a warning at the end, and published as the verdict: a rating
    one letter from a verdict of the scale is refused naming it; "Untrue" (two letters from
    True), a verdict of one's own, is stored as typed."""
    load(ct, figure(id="a"))
    result = ct("review", "a", "--rating", rating)
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines()[0] == (
        f"error: --rating {rating!r} is one letter from the verdict {meant!r}: give it as the"
        " scale spells it"
    )
    assert json.loads(ok(ct("show", "a", "--json"))).get("review") is None
    ok(ct("review", "a", "--rating", "Untrue"))


@pytest.mark.parametrize(
    ("args", "warnings"),
    [
        (["--rating", "False", "--url", "https://fc.example/a"], []),
        (["--rating", "Unproven", "--url", "https://fc.example/a"], []),
        (["--rating", "False"], ["warning: a: not ready for ClaimReview: the review has no URL"]),
        (["--rating", "Questionable", "--url", "https://fc.example/a"],
         ["warning: a: not ready for ClaimReview: rating 'Questionable' is not on the verdict scale"]),
    ],
)  # fmt: skip
def test_review_flags_what_claimreview_will_refuse(ct, args, warnings) -> None:
    """The verdict is stored as given, and what keeps it out of ClaimReview is said at once."""
    load(ct, figure(id="a"))
    result = ct("review", "a", *args)
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert lines[0].startswith("Reviewed a: ")
    assert len(lines[1:]) == len(warnings)
    assert all(line.startswith(w) for line, w in zip(lines[1:], warnings, strict=True))
    assert json.loads(ct("show", "a", "--json").stdout)["reviews"][-1]["rating"] == args[1]


# A verdict that upholds a claim the engine flags is named on stderr (docs/exports.md, "A
# verdict on a flagged claim"): one line per review; false verdicts and those off the scale
# are what a finding leads to, and say nothing.
_AGAINST = figure(id="b", claimant="BBC", value="250")
_DISPUTED = (
    "warning: a is rated {}, but claimtrack conflicts raqqa-convoy flags it: "
    "1. Disputed figure: fighters-evacuated: 2 positions, spread 4.1x. "
    "The ClaimReview carries the rating alone"
)
_PARAPHRASE = figure(
    id="a", quote="the fighters who left were locals", note="[paraphrase] from the SDF"
)


@pytest.mark.parametrize(
    ("rating", "records", "warned"),
    [
        ("True", [figure(id="a"), _AGAINST], [_DISPUTED.format("True")]),
        ("half-true", [figure(id="a"), _AGAINST], [_DISPUTED.format("half-true")]),
        ("Mostly False", [figure(id="a"), _AGAINST], []),
        ("Unproven", [figure(id="a"), _AGAINST], []),
        ("True", [figure(id="a")], []),
        (
            "Mostly True",
            [
                figure(id="a", measure="aid", value="US$5 million"),
                figure(id="b", measure="aid", value="GBP 4 million", claimant="Charity"),
            ],
            [
                "warning: a is rated Mostly True, but claimtrack conflicts raqqa-convoy flags it: "
                "its figure is not compared with the others on aid (another dimension or "
                "currency). The ClaimReview carries the rating alone"
            ],
        ),
        (
            "Correct",
            [_PARAPHRASE],
            [
                "warning: a is rated Correct, but claimtrack conflicts raqqa-convoy flags it: "
                "its figure is not in its quote (stored with --paraphrase). The ClaimReview "
                "carries the rating alone"
            ],
        ),
    ],
)
def test_a_verdict_upholding_a_flagged_claim_is_named(ct, rating, records, warned) -> None:
    load(ct, *records)
    ok(ct("config", "reviewer.name", "Example Fact Check"))
    given = ct("review", "a", "--rating", rating, "--url", "https://fc.example/a")
    assert given.exit_code == 0 and given.stderr.splitlines()[1:] == warned, given.output
    result = ct("export", "--format", "claimreview")
    assert result.exit_code == 0, result.output
    assert [line for line in result.stderr.splitlines() if " is rated " in line] == warned
    assert [d["reviewRating"]["name"] for d in json.loads(result.stdout)] == [rating]
    if warned:  # the review said it first; the report that embeds it says the same
        page = ct("report", "raqqa-convoy", "--claimreview", "a")
        assert page.exit_code == 0, page.output
        assert [line for line in page.stderr.splitlines() if " is rated " in line] == warned


@pytest.mark.parametrize(
    ("kinds", "warned"),
    [
        ([], ["warning: 2 claimants are written as the claim's author with a guessed type "
              "(Syrian Democratic Forces: Organization, Harbour Ministry: Organization): set it "
              "with claimtrack claimant NAME --kind person or --kind organization"]),
        ([["Harbour Ministry", "--kind", "person"]],
         ["warning: 1 claimant is written as the claim's author with a guessed type "
          "(Syrian Democratic Forces: Organization): set it with claimtrack claimant NAME "
          "--kind person or --kind organization"]),
        ([["Harbour Ministry", "--kind", "organization"],
          ["Syrian Democratic Forces", "--kind", "organization"]], []),
    ],
)  # fmt: skip
def test_a_guessed_author_type_is_named(ct, kinds, warned) -> None:
    """ClaimReview types the claim's author Person or Organization; where claimtrack guessed
    it (no claimant --kind), the export says so rather than publish the guess silently."""
    load(ct, figure(id="a"), figure(id="b", value="50", claimant="Harbour Ministry"))
    for args in kinds:
        ok(ct("claimant", *args))
    ok(ct("config", "reviewer.name", "Example Fact Check"))
    ok(ct("review", "a", "--rating", "False", "--url", "https://fc.example/a"))
    ok(ct("review", "b", "--rating", "False", "--url", "https://fc.example/b"))
    result = ct("export", "--format", "claimreview")
    assert result.exit_code == 0 and result.stderr.splitlines() == warned, result.output
    page = ct("report", "raqqa-convoy", "--claimreview", "a")  # the page's one, the same
    assert page.exit_code == 0, page.output
    assert bool(page.stderr) == ("Syrian Democratic Forces" in "".join(warned)), page.stderr


@pytest.mark.parametrize(
    ("steps", "warned"),
    [
        ([["edit", "a", "--note", "from the SDF's statement", "--reason", "noted"]], []),
        ([["edit", "a", "--said-on", "2017-10-20", "--reason", "dated"]],
         ["warning: a changed after its verdict (False) was given: its said_on is not what was "
          "reviewed (claimtrack history a); review it again"]),
        ([["edit", "a", "--claimant", "BBC", "--reason", "misattributed"],
          ["edit", "a", "--note", "checked", "--reason", "noted"]],
         ["warning: a changed after its verdict (False) was given: its claimant is not what "
          "was reviewed (claimtrack history a); review it again"]),
        ([["edit", "a", "--said-on", "2017-10-20", "--reason", "dated"],
          ["review", "a", "--rating", "False", "--url", "https://fc.example/a"]], []),
    ],
)  # fmt: skip
def test_a_verdict_on_an_earlier_version_is_named(ct, steps, warned) -> None:
    """A ClaimReview is written from the claim as it is now: a verdict given before an edit of
    what it judged (the words, who, when, the figure or stance) is named; an edit of the note
    or the outlet leaves it standing."""
    load(ct, figure(id="a"))
    ok(ct("claimant", "Syrian Democratic Forces", "--kind", "organization"))
    ok(ct("claimant", "BBC", "--kind", "organization", "--new"))
    ok(ct("config", "reviewer.name", "Example Fact Check"))
    ok(ct("review", "a", "--rating", "False", "--url", "https://fc.example/a"))
    for args in steps:
        ok(ct(*args, *(["--new"] if "--claimant" in args else [])))
    result = ct("export", "--format", "claimreview")
    assert result.exit_code == 0 and result.stderr.splitlines() == warned, result.output
    page = ct("report", "raqqa-convoy", "--claimreview", "a")
    assert page.exit_code == 0 and page.stderr.splitlines() == warned, page.output
