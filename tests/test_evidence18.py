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
