"""evidence18: a withdrawn claim restored says what it undoes, and is not restored beside the
correction that replaced it; a claim added with --url is its page's source (linked or
registered), as `sources` and the wire joins expect; the warnings of relays left behind have
one wording. The pure rules table-driven, the commands through the CLI on temp databases."""

from __future__ import annotations

import json
from typing import Any

import pytest

from claimtrack.corrections import (
    correcting_id,
    correction_reason,
    restore_problem,
    restore_warning,
)
from claimtrack.relays import left_relays_line
from test_corrections import OLD, _add, _ok


@pytest.mark.parametrize(
    ("reason", "found"),
    [
        (correction_reason({**OLD, "id": "dx2", "value": "30"}, OLD), "dx2"),
        ("corrected by its outlet: dx-9 gives 1,200", "dx-9"),  # no outlet known
        ("corrected by its outlet (The (New) Daily): a.b gives 30", "a.b"),  # brackets in it
        # near misses: a reason of the user's own, or none, names no correction
        ("City Radio corrected it to 300 on 2025-05-02", None),
        ("taken down: corrected by its outlet (X): y gives 3", None),  # not at the start
        ("corrected by its outlet (X)", None),
        ("", None),
        (None, None),
    ],
)
def test_the_correction_is_read_back_from_the_reason_written(
    reason: str | None, found: str | None
) -> None:
    assert correcting_id(reason) == found


WITHDRAWN = {**OLD, "status": "retracted", "reason": "corrected by its outlet: dx2 gives 30"}


@pytest.mark.parametrize(
    ("correction", "refused"),
    [
        ({"id": "dx2", "status": "active"}, True),  # the correction stands: not beside it
        ({"id": "dx2", "status": "retracted"}, False),  # the correction logged in error, gone
        (None, False),  # taken down with nothing in its place, or the correction purged
    ],
)
def test_a_withdrawn_claim_is_restored_only_once_its_correction_is_gone(
    correction: dict | None, refused: bool
) -> None:
    problem = restore_problem(WITHDRAWN, correction)
    assert (problem is not None) == refused
    if problem:
        assert "dx2 corrects it" in problem[0] and "retract dx2" in problem[1]


def test_the_restore_warning_says_why_it_was_withdrawn() -> None:
    assert restore_warning(WITHDRAWN) == (
        "dx1 was withdrawn by its outlet (corrected by its outlet: dx2 gives 30); restored, "
        "it is a live claim again: conflicts judge it and no longer list it as withdrawn"
    )
    assert "(no reason given)" in restore_warning({**WITHDRAWN, "reason": None})


@pytest.mark.parametrize(
    ("withdrawal", "expected"),
    [
        (None, "1 claim relays dx1 (r1): conflicts now judge each as a claim of its own; "
         "retract or edit them too if they stand or fall with it"),
        ("corrected", "1 claim passes on dx1 (r1), which its outlet withdrew: conflicts now "
         "judge each as a claim of its own, set against the correction; `retract ID "
         "--withdrawn` each one whose outlet corrected it too"),
        ("withdrew", "1 claim passes on dx1 (r1), which its outlet withdrew: conflicts now "
         "judge each as a claim of its own; `retract ID --withdrawn` each one whose outlet "
         "withdrew it too"),
    ],
)  # fmt: skip
def test_relays_left_behind_have_one_wording(withdrawal: str | None, expected: str) -> None:
    assert left_relays_line("dx1", ["r1"], withdrawal) == expected
    assert left_relays_line("dx1", ["r1", "r2"], withdrawal).startswith(
        "2 claims relay dx1 (r1, r2)" if withdrawal is None else "2 claims pass on dx1 (r1, r2)"
    )


def test_undo_of_a_corrected_claim_is_refused_while_its_correction_stands(ct: Any) -> None:
    _ok(_add(ct, "dx1", "Police", "300", "Daily X", "2024-05-01"))
    _ok(_add(ct, "dx2", "Police", "30", "Daily X", "2024-05-02", "--corrects", "dx1"))
    refused = ct("retract", "dx1", "--undo")
    assert refused.exit_code == 2, refused.output
    assert "dx1 was withdrawn by its outlet and dx2 corrects it" in refused.output
    assert "`claimtrack retract dx2` first" in refused.output
    assert json.loads(_ok(ct("show", "dx1", "--json")).stdout)["status"] == "retracted"
    doc = json.loads(_ok(ct("conflicts", "riot", "--json")).stdout)
    assert doc["conflicts"] == [] and [w["claim"] for w in doc["withdrawn"]] == ["dx1"]
    # the correction retracted (logged in error): said, and then dx1 may come back, said too
    gone = _ok(ct("retract", "dx2", "--reason", "logged in error"))
    assert "note: dx2 corrected dx1, which stays withdrawn" in gone.output
    back = _ok(ct("retract", "dx1", "--undo"))
    assert back.stdout == "" and "Restored dx1." in back.output
    assert "warning: dx1 was withdrawn by its outlet (corrected by its outlet (Daily X): dx2" in (
        back.output
    )
    doc = json.loads(_ok(ct("conflicts", "riot", "--json")).stdout)
    assert doc.get("withdrawn", []) == []


def test_undo_of_a_figure_taken_down_restores_it_and_says_so(ct: Any) -> None:
    _ok(_add(ct, "dx1", "Police", "300", "Daily X", "2024-05-01"))
    _ok(ct("retract", "dx1", "--withdrawn", "--reason", "taken down on 2024-05-02"))
    back = _ok(ct("retract", "dx1", "--undo"))
    assert "was withdrawn by its outlet (taken down on 2024-05-02); restored" in back.output
    # near miss: a plain retraction undone says nothing of an outlet
    _ok(_add(ct, "tv1", "Police", "30", "TV One", "2024-05-01"))
    _ok(ct("retract", "tv1", "--reason", "misread"))
    plain = _ok(ct("retract", "tv1", "--undo"))
    assert plain.output.strip() == "Restored tv1."


def test_retract_withdrawn_of_a_relayed_claim_says_the_withdrawal(ct: Any) -> None:
    _ok(_add(ct, "dx1", "Police", "300", "Daily X", "2024-05-01"))
    _ok(_add(ct, "r1", "City Radio", "300", "City Radio", "2024-05-01", "--relays", "dx1"))
    said = _ok(ct("retract", "dx1", "--withdrawn", "--reason", "taken down"))
    assert "1 claim passes on dx1 (r1), which its outlet withdrew" in said.output
    assert "whose outlet withdrew it too" in said.output


def _sources(ct: Any, subject: str) -> list[dict[str, Any]]:
    return json.loads(_ok(ct("sources", subject, "--json")).stdout)


def test_a_claim_added_with_a_url_is_its_pages_source(ct: Any) -> None:
    url = "https://daily-x.example/riot"
    made = _ok(_add(ct, "dx1", "Police", "300", "Daily X", "2024-05-01", "--url", url))
    (src,) = _sources(ct, "riot")
    assert src["url"] == url and src["outlet"] == "Daily X" and src["claims"] == 1
    assert src["reported_on"] == "2024-05-01"
    assert f"Registered {url} as source {src['id']} (Daily X)" in made.output
    assert json.loads(_ok(ct("show", "dx1", "--json")).stdout)["source"] == src["id"]
    # the same page again: linked to the stored source, not registered twice
    again = _ok(_add(ct, "dx2", "Mayor", "320", "Daily X", "2024-05-01", "--url", url))
    assert f"Read from source {src['id']} (Daily X)" in again.output
    assert [s["claims"] for s in _sources(ct, "riot")] == [2]
    # the page's outlet given otherwise is refused, as with --source
    refused = _add(ct, "tv1", "Police", "30", "TV One", "2024-05-01", "--url", url)
    assert refused.exit_code == 2 and "conflicts with source" in refused.output


def test_a_url_with_no_outlet_is_kept_on_the_claim_and_said(ct: Any) -> None:
    made = _ok(ct("add", "riot", "--id", "x1", "--claimant", "Police", "--quote",
                  "300 people were arrested", "--figure", "300", "--measure", "arrests",
                  "--url", "https://x.example/a", "--new"))  # fmt: skip
    assert "registered as no source (a source needs its outlet)" in made.output
    assert _sources(ct, "riot") == []
    assert json.loads(_ok(ct("show", "x1", "--json")).stdout)["url"] == "https://x.example/a"


def test_a_url_stored_with_its_wire_joins_the_agency_story(ct: Any) -> None:
    """Before, the paper's claim given by its address (not its source id) was no copy of the
    AP story its stored source carries: two origins, "corroborated"."""
    _ok(ct("source", "add", "https://paper-b.example/q", "--outlet", "Paper B", "--reported-on",
           "2024-05-01", "--wire", "AP"))  # fmt: skip
    _ok(ct("source", "add", "https://paper-c.example/q", "--outlet", "Paper C", "--reported-on",
           "2024-05-01", "--wire", "AP"))  # fmt: skip
    _ok(_add(ct, "b1", "Police", "300", "Paper B", "2024-05-01", "--url",
             "https://paper-b.example/q"))  # fmt: skip
    _ok(_add(ct, "c1", "Mayor", "300", "Paper C", "2024-05-01", "--url",
             "https://paper-c.example/q"))  # fmt: skip
    _ok(_add(ct, "d1", "Union", "30", "Paper D", "2024-05-01"))
    doc = json.loads(_ok(ct("conflicts", "riot", "--json")).stdout)
    (dispute,) = doc["conflicts"]
    high = next(p for p in dispute["positions"] if p["low"] > 100)
    assert (high["origins"], high["grade"]) == (1, "single-source"), high


@pytest.mark.parametrize(
    ("value", "quote", "words"),
    [
        # a figure given as the one said first, on a page that reports a later one
        ("2,053", "officials initially put the death toll of the weekend quake at 2,053",
         "initially put the death toll of the weekend quake at 2,053"),
        ("over 2,000", "The government had originally said over 2,000 people had been killed",
         "originally said over 2,000"),
        ("320", "the UN said initially that 320 had died", "said initially that 320"),
        ("320", "The toll, which initially stood at 320, rose to 1,023", "initially stood at 320"),
        ("500", "The agency first reported 500 cases", "first reported 500"),
        ("300", "The ministry previously estimated 300 deaths", "previously estimated 300"),
        ("120", "a toll at first given as 120 by the police", "at first given as 120"),
        # near misses: the later figure, an adjective, no statement, another day's "earlier"
        ("1,023", "The toll, which initially stood at 320, rose to 1,023", None),
        ("2,053", "the initial quake killed 2,053 people", None),
        ("30", "first responders counted 30 bodies", None),
        ("30", "At first light, rescuers found 30 bodies", None),
        ("12", "officials said earlier that 12 died", None),
        ("300", "Originally from Kabul, the 300 families fled", None),
        ("40", "The first 40 bodies were brought to the hospital", None),
        # the reading of "from" is as before
        ("248", "the ministry revised the toll downward from 248",
         "revised the toll downward from 248"),
    ],
)  # fmt: skip
def test_a_figure_its_quote_gives_as_the_first_one_is_marked(
    value: str, quote: str, words: str | None
) -> None:
    from claimtrack.quote_marks import _revised_words_slowly, revised_words

    assert revised_words(value, quote) == words
    assert _revised_words_slowly(value, quote) == words  # the path of a quote whose case folds


def test_m022_marks_the_figures_stored_before(tmp_path: Any) -> None:
    """A database of schema 21: its figures given as the first one are marked by m022, the
    others and the records' history untouched; opening again migrates nothing."""
    import sqlite3

    from claimtrack.schema import SCHEMA_VERSION
    from claimtrack.store import Store

    path = tmp_path / "old.db"
    store = Store.open(path)
    store.conn.execute("BEGIN")
    rows = [
        ("e1", "2,053", "officials initially put the death toll at 2,053", "active"),
        ("e2", "over 2,000", "had originally said over 2,000 had died", "retracted"),
        ("e3", "2,053", "the initial quake killed 2,053 people", "active"),
        ("e4", "248", "the ministry revised the toll downward from 248", "active"),
    ]
    for cid, value, quote, status in rows:
        store.conn.execute(
            "INSERT INTO claims (id, subject, claimant, claimant_key, quote, kind, value, status,"
            " dimension, added_at) VALUES (?, 's', 'A', 'a', ?, 'figure', ?, ?, 'count', 'T')",
            [cid, quote, value, status],
        )
    store.conn.execute("UPDATE claims SET revised_from = NULL")
    store.conn.execute("UPDATE claims SET revised_from = 'kept' WHERE id = 'e4'")
    store.conn.execute("COMMIT")
    store.close()
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm022_earlier_figure_marks'")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    conn.commit()
    history = conn.execute("SELECT count(*) FROM claim_history").fetchone()[0]
    conn.close()
    store = Store.open(path)
    got = store.conn.execute("SELECT id, revised_from FROM claims ORDER BY id").fetchall()
    assert got == [
        ("e1", "initially put the death toll at 2,053"),
        ("e2", "originally said over 2,000"),
        ("e3", None),
        ("e4", "kept"),  # a mark already stored is not read again
    ]
    assert store.conn.execute("SELECT count(*) FROM claim_history").fetchone()[0] == history
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    store.close()


_QUAKE = [
    ("m1", "Disaster ministry", "2,053 people were killed, the ministry said", "2,053",
     ("--said-on", "2025-03-02")),
    ("s1", "Valley News", "the quake has claimed over 4,000 lives", "over 4,000",
     ("--reported-on", "2025-03-04")),
]  # fmt: skip


@pytest.mark.parametrize(
    ("quote", "dated", "fall"),
    [
        # a page's recap of the figure said first, dated only by the page: no fall known
        ("officials initially put the death toll at 2,053", ("--reported-on", "2025-03-05"),
         False),
        ("officials had originally said 2,053 had died", ("--reported-on", "2025-03-05"), False),
        # near misses: the same figure given as the page's own, or dated by the user's
        # --said-on (a statement of that day), is a later figure below the 4,000: a fall
        ("officials put the death toll at 2,053", ("--reported-on", "2025-03-05"), True),
        ("officials initially put the death toll at 2,053", ("--said-on", "2025-03-05"), True),
    ],
)  # fmt: skip
def test_a_recap_of_the_first_figure_is_no_later_fall(
    ct: Any, quote: str, dated: tuple[str, str], fall: bool
) -> None:
    rows = [*_QUAKE, ("o1", "Disaster officials", quote, "2,053", dated)]
    for cid, who, said, figure, when in rows:
        _ok(ct("add", "quake", "--id", cid, "--claimant", who, "--quote", said, "--figure", figure,
               "--measure", "deaths", *when, "--new"))  # fmt: skip
    _ok(ct("measure", "quake", "deaths", "--cumulative"))
    doc = json.loads(_ok(ct("conflicts", "quake", "--json")).stdout)
    (dispute,) = [c for c in doc["conflicts"] if c["kind"] == "figure"]
    falls = [f["claims"] for f in dispute.get("falls", [])]
    assert (["s1", "o1"] in falls) == fall, dispute
    flagged = [r["claim"] for r in dispute.get("revised_from", [])]
    assert flagged == (["o1"] if "initially" in quote or "originally" in quote else [])
