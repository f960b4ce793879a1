"""An outlet's published correction of its own figure (evidence17): ``add --corrects ID``
withdraws ID (retracted, its history's last entry a "withdraw") and every listing of the
subject's findings says it beside them; the rules of ``corrections`` table-driven."""

from __future__ import annotations

import json
from typing import Any

import pytest

from claimtrack.corrections import correction_problem, correction_reason, withdrawn_line

OLD = {"id": "dx1", "subject": "riot", "kind": "figure", "measure": "arrests", "value": "300",
       "claimant": "Police", "outlet": "Daily X", "status": "active"}  # fmt: skip


def _new(**changes: Any) -> dict[str, Any]:
    return {**OLD, "id": None, "value": "30", **changes}


@pytest.mark.parametrize(
    ("new", "old", "problem"),
    [
        (_new(), OLD, None),  # the outlet's own correction
        (_new(outlet="daily x"), OLD, None),  # the same outlet written otherwise
        (_new(outlet=None), OLD, None),  # no outlet said: taken as the article's
        (_new(claimant="Police chief"), OLD, None),  # the outlet names the claimant better
        # near misses: another outlet's figure is a claim of its own (a dispute if it differs)
        (_new(outlet="TV One"), OLD, "was published by Daily X, this claim by TV One"),
        (_new(measure="injured"), OLD, "is on measure 'arrests', this claim on 'injured'"),
        (_new(subject="riot-2"), OLD, "is a claim of subject 'riot', not 'riot-2'"),
        (_new(kind="stance", stance="denies"), OLD, "is a figure, this claim a stance"),
        (_new(), {**OLD, "status": "retracted"}, "is retracted: only an active claim"),
        (_new(relays="dx1"), OLD, "this claim relays dx1"),
        (_new(id="dx1"), OLD, "cannot correct itself"),
        (_new(source="s2"), {**OLD, "source": "s1"}, "was read from source s1"),
    ],
)
def test_what_a_correction_may_correct(new: dict, old: dict, problem: str | None) -> None:
    found = correction_problem(new, old)
    assert (found is None) if problem is None else (problem in (found or "")), found


def test_the_reason_and_the_line_say_what_replaced_it() -> None:
    reason = correction_reason({**_new(), "id": "dx2"}, OLD)
    assert reason == "corrected by its outlet (Daily X): dx2 gives 30"
    shown = {**OLD, "reported_on": "2024-05-01", "withdrawn_at": "2026-01-01T00:00Z"}
    assert withdrawn_line(shown | {"reason": reason}) == (
        "arrests: “300” (Police; Daily X, reported 2024-05-01; dx1): "
        "corrected by its outlet (Daily X): dx2 gives 30"
    )
    assert withdrawn_line(shown | {"reason": None}).endswith("dx1): withdrawn by its outlet")


def _ok(result: Any) -> Any:
    assert result.exit_code == 0, result.output
    return result


def _add(ct: Any, cid: str, who: str, figure: str, outlet: str, day: str, *more: str) -> Any:
    return ct("add", "riot", "--id", cid, "--claimant", who, "--quote",
              f"{figure} people were arrested", "--figure", figure, "--measure", "arrests",
              "--outlet", outlet, "--reported-on", day, "--new", *more)  # fmt: skip


def test_a_correction_withdraws_the_figure_it_replaces_in_every_listing(ct: Any) -> None:
    _ok(_add(ct, "dx1", "Police", "300", "Daily X", "2024-05-01"))
    _ok(_add(ct, "tv1", "Police", "30", "TV One", "2024-05-01"))
    refused = _add(ct, "dx2", "Police", "30", "TV One", "2024-05-02", "--corrects", "dx1")
    assert refused.exit_code == 2 and "a correction is its outlet's own" in refused.output
    _ok(_add(ct, "dx2", "Police", "30", "Daily X", "2024-05-02", "--corrects", "dx1"))
    doc = json.loads(_ok(ct("conflicts", "riot", "--json")).stdout)
    assert doc["conflicts"] == []  # no dispute, no reversal: the 300 is the outlet's, withdrawn
    (withdrawn,) = doc["withdrawn"]
    assert withdrawn == {
        "claim": "dx1",
        "claimant": "Police",
        "kind": "figure",
        "measure": "arrests",
        "figure": "300",
        "outlet": "Daily X",
        "reason": "corrected by its outlet (Daily X): dx2 gives 30",
    }
    every = json.loads(_ok(ct("conflicts", "--all", "--json")).stdout)
    assert [s["withdrawn"] for s in every["subjects"]] == [doc["withdrawn"]]  # both writers
    shown = " ".join(_ok(ct("conflicts", "riot")).stdout.split())
    assert "Withdrawn by their outlets" in shown
    assert "dx1): corrected by its outlet (Daily X): dx2 gives 30" in shown
    history = json.loads(_ok(ct("history", "dx1", "--json")).stdout)
    assert [h["action"] for h in history["history"]] == ["withdraw"]
    assert _ok(ct("show", "dx1", "--json")).stdout.count('"retracted"') == 1


def test_a_withdrawal_is_written_with_its_claim_or_not_at_all(ct: Any) -> None:
    """The correction and the withdrawal are one write: a correction refused (its id taken
    with other content) leaves the figure it would have withdrawn active."""
    _ok(_add(ct, "dx1", "Police", "300", "Daily X", "2024-05-01"))
    _ok(_add(ct, "dx2", "Police", "40", "Daily X", "2024-05-01"))
    clash = _add(ct, "dx2", "Police", "30", "Daily X", "2024-05-02", "--corrects", "dx1")
    assert clash.exit_code != 0
    assert json.loads(_ok(ct("show", "dx1", "--json")).stdout)["status"] == "active"


def test_a_figure_taken_down_is_withdrawn_by_retract(ct: Any) -> None:
    _ok(_add(ct, "dx1", "Police", "300", "Daily X", "2024-05-01"))
    _ok(_add(ct, "tv1", "Police", "30", "TV One", "2024-05-01"))
    _ok(ct("retract", "dx1", "--withdrawn", "--reason", "article taken down on 2024-05-02"))
    doc = json.loads(_ok(ct("conflicts", "--all", "--json")).stdout)
    (subject,) = doc["subjects"]  # shown though it has no finding
    assert subject["withdrawn"][0]["reason"] == "article taken down on 2024-05-02"
    refused = ct("retract", "dx1", "--withdrawn", "--undo")
    assert refused.exit_code == 2 and "--withdrawn cannot be combined" in refused.output
    _ok(ct("retract", "dx1", "--undo"))  # restored: compared again, no longer listed
    assert "withdrawn" not in json.loads(_ok(ct("conflicts", "riot", "--json")).stdout)


def test_a_withdrawal_survives_an_export_and_an_import(ct: Any, tmp_path: Any) -> None:
    _ok(_add(ct, "dx1", "Police", "300", "Daily X", "2024-05-01"))
    _ok(_add(ct, "dx2", "Police", "30", "Daily X", "2024-05-02", "--corrects", "dx1"))
    dump = tmp_path / "all.jsonl"
    for given, said in (((), None), (("--with-history",), ["dx1"])):
        dump, copy = tmp_path / f"all{len(given)}.jsonl", tmp_path / f"copy{len(given)}.db"
        _ok(ct("export", "--format", "jsonl", "-o", str(dump), *given))
        _ok(ct("init", "--empty", str(copy)))
        _ok(ct("import", str(dump), db=copy))
        doc = json.loads(_ok(ct("conflicts", "riot", "--json", db=copy)).stdout)
        # without its history the claim stays retracted (no finding rests on it), unnamed
        assert doc["conflicts"] == []
        assert [w["claim"] for w in doc.get("withdrawn", [])] == (said or [])


def test_the_reports_say_the_withdrawn_figure_after_the_findings(ct: Any) -> None:
    _ok(_add(ct, "dx1", "Police", "300", "Daily X", "2024-05-01"))
    _ok(_add(ct, "dx2", "Police", "30", "Daily X", "2024-05-02", "--corrects", "dx1"))
    line = "arrests: “300” (Police; Daily X, reported 2024-05-01; dx1): corrected by its outlet"
    md = _ok(ct("report", "riot", "--format", "md")).stdout
    assert "### Withdrawn by their outlets" in md and f"- {line}" in md
    html = _ok(ct("report", "riot", "-o", "-")).stdout
    assert '<h3 id="withdrawn-h">Withdrawn by their outlets</h3>' in html and line in html
