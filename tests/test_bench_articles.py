"""bench/articles.py reads its texts from ``--texts DIR`` (a second held-back set lives elsewhere)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import load_script

ROOT = Path(__file__).resolve().parents[1]
TEXT = "Police said 5 people died in the fire."
NAME = "99-tiny-fire.txt"


def _bench():
    return load_script("bench/articles.py")


@pytest.fixture
def bench(tmp_path, monkeypatch):
    labels = tmp_path / "labels"
    labels.mkdir()
    label = {
        "article": NAME, "start": 0, "end": len(TEXT), "kind": "figure", "figure": "5",
        "measure": "deaths", "proposition": None, "stance": None, "speaker": "Police",
        "claimant": "police",
    }  # fmt: skip
    (labels / "99.jsonl").write_text(json.dumps(label) + "\n", encoding="utf-8")
    module = _bench()
    monkeypatch.setattr(module, "LABELS", labels)
    monkeypatch.setattr(module, "ARTICLES", tmp_path / "default-texts")
    (tmp_path / "default-texts").mkdir()
    return module


def test_texts_dir_is_read(bench, tmp_path, capsys) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / NAME).write_text(TEXT, encoding="utf-8")
    assert bench.main(["--texts", str(texts), "--articles", "99"]) == 0
    out = capsys.readouterr()
    assert "skipped" not in out.err
    lines = out.out.splitlines()
    assert lines[0] == "articles 99"
    assert lines[1].split() == ["claims", "1.000"]


def test_without_texts_the_default_dir_is_read(bench, capsys) -> None:
    assert bench.main(["--articles", "99"]) == 0
    out = capsys.readouterr()
    assert f"skipped article 99: {bench.ARTICLES / NAME} is not on this machine" in out.err
    assert out.out.splitlines()[1].split() == ["claims", "0.000"]


def test_a_missing_texts_dir_is_skipped_not_a_traceback(bench, tmp_path, capsys) -> None:
    missing = tmp_path / "nowhere"
    assert bench.main(["--texts", str(missing), "--articles", "99"]) == 0
    assert capsys.readouterr().out == (
        f"skipped: no articles at {missing} (texts are kept outside the repo)\n"
    )


def _label(speaker: str | None, claimant: str | None) -> dict:
    return {"speaker": speaker, "claimant": claimant}


def _cand(speaker: str | None, claimant: str | None, found: str) -> dict:
    return {"speaker": speaker, "claimant": claimant, "extract": {"speaker_found": found}}


@pytest.mark.parametrize(
    ("cand", "label", "danger"),
    [
        # a confident wrong speaker: the dangerous class
        (_cand("Vietnam", "Vietnam", "subject of 'said'"), _label("White House", None), True),
        # a speaker where the label is the outlet's narration, not marked
        (_cand("police", "police", "subject of 'said'"), _label(None, "The Times"), True),
        # wrong but marked as a guess: the review shows it as one
        (
            _cand("Ann Lee", "Ann Lee", "guess: the paragraph's speaker"),
            _label("Tom Reed", None),
            False,
        ),
        (
            _cand("officials", "ministry", "subject of 'said'; guess: 'officials' of ministry"),
            _label("Tom Reed", None),
            False,
        ),
        # no speaker proposed: wrong, but it proposes nobody
        (_cand(None, "OUTLET", "none"), _label("Tom Reed", None), False),
        # right: never counted
        (_cand("Reed", "Reed", "subject of 'said'"), _label("Tom Reed", None), False),
        (_cand(None, "OUTLET", "none"), _label(None, "The Times"), False),
    ],
)
def test_wrong_unmarked_is_a_confident_wrong_speaker(bench, cand, label, danger) -> None:
    assert bench.wrong_unmarked(cand, label) is danger


def test_wrong_unmarked_is_reported_per_set(bench, tmp_path, capsys) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / NAME).write_text("Ann Lee said 5 people died in the fire.", encoding="utf-8")
    assert bench.main(["--texts", str(texts), "--articles", "99"]) == 0
    rows = dict(line.split() for line in capsys.readouterr().out.splitlines()[1:])
    assert (rows["speaker_right"], rows["wrong_unmarked"]) == ("0.000", "1.000")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "Police" opening a sentence is no name: a right speaker, marked as a guess
        (TEXT, ("0.000", "0.000", "1.000", "1.000")),
        # a name in a speech frame: unmarked, and wrong here (the label is the police)
        ("Ann Lee said 5 people died in the fire.", ("1.000", "0.000", "0.000", "0.000")),
        # no speaker at all: counted in neither
        ("Five people died in the fire, 5 in all.", ("0.000", "0.000", "0.000", "0.000")),
    ],
)
def test_calibration_counts_unmarked_and_guessed_speakers(
    bench, tmp_path, capsys, text, want
) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / NAME).write_text(text, encoding="utf-8")
    assert bench.main(["--texts", str(texts), "--articles", "99"]) == 0
    rows = dict(line.split() for line in capsys.readouterr().out.splitlines()[1:])
    keys = ("unmarked_speakers", "unmarked_right", "guessed_speakers", "guessed_right")
    assert tuple(rows[k] for k in keys) == want


TEXT3 = (
    "The storm hit the coast on Monday. Ann Lee, the harbour master, counted the boats. "
    "Twelve boats sank, the council said."
)


@pytest.mark.parametrize(
    ("label", "cand", "kind"),
    [
        # the label's speaker is in the sentence or the two before: not chosen
        (_label("Ann Lee", "Ann Lee"), _cand("council", "council", "subject of 'said'"), "window"),
        # only elsewhere in the article: a pronoun, a surname, a later naming
        (_label("Tom Reed", "Tom Reed"), _cand("council", "council", "subject of 'said'"),
         "coreference"),
        # narration on one side, a speaker on the other (either way)
        (_label(None, "The Times"), _cand("council", "council", "subject of 'said'"), "narration"),
        (_label("council", "council"), _cand(None, "OUTLET", "none"), "narration"),
        # a name the article never writes: the labelling's convention
        (_label("Coastal government", "Coastal government"),
         _cand("council", "council", "subject of 'said'"), "convention"),
    ],
)  # fmt: skip
def test_a_speaker_miss_is_put_in_one_category(bench, label, cand, kind) -> None:
    text = TEXT3 + " Tom Reed, the mayor, went home."
    start = text.index("Twelve")
    label = {**label, "start": start, "end": text.index("said.") + 5}
    starts = [0, text.index("Ann Lee"), start, text.index("Tom Reed")]
    assert bench.category(text, starts, label, cand) == kind


@pytest.mark.parametrize(
    ("label", "cand", "side"),
    [
        (_label(None, "The Times"), _cand("council", "council", "subject of 'said'"),
         "source for the outlet"),
        (_label("council", "council"), _cand(None, "OUTLET", "none"), "outlet for a source"),
    ],
)  # fmt: skip
def test_a_narration_miss_says_which_way_it_goes(bench, label, cand, side) -> None:
    assert bench.narration_side(label, cand) == side


def test_folds_table_skips_a_set_whose_texts_are_absent(bench, tmp_path, monkeypatch) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / NAME).write_text(TEXT, encoding="utf-8")
    monkeypatch.setattr(
        bench, "FOLDS", [("99", texts, ("99",)), ("98", tmp_path / "nowhere", ("98",))]
    )
    lines = bench.folds_table()
    assert lines[0].split()[:4] == ["set", "recall", "prec", "speaker"]
    assert lines[1].split()[:4] == ["99", "1.000", "1.000", "1.000"]
    assert lines[2] == f"98     skipped: no texts at {tmp_path / 'nowhere'}"


@pytest.mark.parametrize(
    ("sentence", "cues", "figures", "repeat", "kind"),
    [
        ("© 2020 Kestrel News", ("figure",), 1, False, "non-body"),
        ("Read more: Ferry toll rises", ("speech verb",), 0, False, "non-body"),
        ("12", ("figure",), 1, False, "non-body"),
        ("Ferry toll rises, police say The toll rose to 12 overnight.", ("speech verb",), 1, False,
         "non-body"),
        ("Police say ferry toll rises", ("speech verb", "heading"), 0, False, "heading"),
        ("The mayor said the council had agreed to the", ("speech verb",), 0, False, "cut"),
        ("Police said 5 people died.", ("speech verb",), 1, True, "repeat"),
        ("He turns 92 next month.", ("figure",), 1, False, "figure"),
        ("The rate is not low enough.", ("interview answer",), 0, False, "interview"),
        ("The union said it would strike on Monday.", ("speech verb",), 0, False, "plan"),
        ('"This is a historic day," he said.', ("quotation", "speech verb"), 0, False, "opinion"),
        ("Residents said they stayed indoors.", ("speech verb",), 0, False, "action"),
        # a preposition before "The" is no run-on display line
        ("The survey was carried out by The Kestrel Institute.", ("speech verb",), 0, False,
         "action"),
    ],
)  # fmt: skip
def test_an_extra_candidate_is_put_in_one_kind(bench, sentence, cues, figures, repeat, kind):
    assert bench.extra_kind(sentence, cues, figures, repeat) == kind


def test_extras_table_counts_kinds_per_set(bench, tmp_path, monkeypatch) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / NAME).write_text(TEXT + " Residents said they stayed indoors.", encoding="utf-8")
    monkeypatch.setattr(bench, "FOLDS", [("99", texts, ("99",))])
    lines = bench.extras_table()
    assert lines[0].split()[:3] == ["set", "extras", "non-body"]
    row = dict(zip(lines[0].split(), lines[1].split(), strict=True))
    assert row["extras"] == "1" and row["action"] == "1", lines
    assert lines[-1].split()[:2] == ["all", "1"]


@pytest.mark.parametrize(
    ("found", "rule"),
    [
        ("subject of 'said'", None),
        (None, None),
        ("subject of 'said'; guess: 'Police' is a description, not a name the article gives",
         "description"),
        ("subject of 'agreed'; guess: 'agreed' with a thing done for its object tells an act, "
         "not words", "act-told"),
        ("guess: the next sentence closes on 'the ministry said', which may cover this one too",
         "closing-next"),
        ("'the minister': the earlier minister; guess: 'Port Minister' is a title, not a name "
         "the article gives", "title"),
        ("guess: 'the firm': Hobb Labs, the only body named before as of that kind",
         "body-named-before"),
        ("guess: goes on with Ann Lee's words in the paragraph", "goes-on"),
        # the first guess clause is the rule's: a later one only adds to it
        ("guess: goes on with the council's words in the paragraph; guess: 'x' is a "
         "description, not a name the article gives", "goes-on"),
        ("according to; guess: 'trial judge' is Ann Vos, the only judge the page names",
         "only-holder"),
        ("subject of 'said'; 'general' is Tom Reed, named before; guess: the last of 2 named "
         "so (also Mark Hale)", "last-holder"),
        ("guess: something no rule of the table says", "other"),
    ],
)  # fmt: skip
def test_a_guess_is_named_by_the_rule_that_made_it(found, rule) -> None:
    rules = load_script("bench/_guess_rules.py")
    assert rules.guess_rule(found) == rule


@pytest.mark.parametrize(
    ("speaker", "row"),
    [
        # "Police" opening a sentence is a description: guessed, and right for this label
        ("Police", ["description", "1", "1", "0", "0", "1.00"]),
        # the label is the outlet's narration: the guess is wrong that way
        (None, ["description", "1", "0", "1", "0", "0.00"]),
        # the label names someone else: wrong with another name
        ("Tom Reed", ["description", "1", "0", "0", "1", "0.00"]),
    ],
)
def test_guesses_table_counts_each_rule_right_and_wrong(bench, tmp_path, speaker, row) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / NAME).write_text(TEXT, encoding="utf-8")
    labels = bench.LABELS / "99.jsonl"
    label = json.loads(labels.read_text(encoding="utf-8"))
    labels.write_text(json.dumps({**label, "speaker": speaker, "claimant": speaker}) + "\n")
    lines = bench.guesses_table([("99", texts, ("99",)), ("98", tmp_path / "nowhere", ("98",))])
    assert lines[0].split() == ["rule", "guesses", "right", "narration", "other", "share"]
    assert lines[1].split() == row
    assert lines[2].split() == ["all", *row[1:]]


@pytest.mark.parametrize(
    ("sentence", "label", "got", "kind"),
    [
        # the shape of the sentence first
        ("Ann Kerr, who chairs the board, said 40 homes burned.", ("Ann Kerr", "Ann Kerr"),
         (None, None, ""), "relative"),
        ("The toll rose to 40, as Governor Ann Kerr noted.", ("Ann Kerr", "Ann Kerr"),
         ("toll", "toll", ""), "as-X"),
        # then what was proposed
        ("The toll rose to 40.", ("Ann Kerr", "Ann Kerr"), (None, None, ""), "nobody"),
        ("The toll rose to 40, police said.", (None, "Daily Post"), ("police", "police", ""),
         "outlet"),
        ("He said the toll rose to 40.", ("Ann Kerr", "Ann Kerr"),
         ("Tom Reed", "Tom Reed", "pronoun: previous sentence's speaker"), "pronoun"),
        ("The railway watchdog said 40 trains ran late.", ("Office of Rail", "Office of Rail"),
         ("railway watchdog", "railway watchdog", "guess: 'railway watchdog' is a description"),
         "description"),
        ("Tom Reed said 40 trains ran late, and Ann Kerr agreed.", ("Ann Kerr", "Ann Kerr"),
         ("Tom Reed", "Tom Reed", "subject of 'said'"), "wrong-name"),
    ],
)  # fmt: skip
def test_each_wrong_speaker_has_one_kind(sentence, label, got, kind) -> None:
    kinds = load_script("bench/speaker_kinds.py")
    lab = {"start": 0, "end": len(sentence), "speaker": label[0], "claimant": label[1]}
    rec = {"speaker": got[0], "claimant": got[1], "extract": {"speaker_found": got[2]}}
    starts = [0]
    assert kinds.kind_of(sentence, starts, lab, rec) == kind


@pytest.mark.parametrize(
    ("text", "label", "cue", "sibling", "sub"),
    [
        ("The toll rose to 40, the Kestrel Dailyreported.", "Kestrel Daily", "figure", None, "glued"),
        ("''The toll is 40,'' she said.", "Ann Kerr", "figure", None, "quotation"),
        ("The toll is 40.", "Ann Kerr", "quotation", None, "quotation"),
        ("The toll rose to 40 and Ann Kerr said more died.", "Ann Kerr", "figure", "Ann Kerr",
         "other-clause"),
        ("The toll rose to 40, according to official figures.", "Harbour Board", "figure", None,
         "described-work"),
        ("The Harbour Board has offered 5 percent.", "Harbour Board", "figure", None,
         "act-of-subject"),
        ("The toll rose to 40.", "Harbour Board", "figure", None, "carried"),
        ("The toll rose to 40.", "Tarn Relief Agency", "figure", None, "unwritten"),
    ],
)  # fmt: skip
def test_each_nobody_has_one_sub_kind(text, label, cue, sibling, sub) -> None:
    kinds = load_script("bench/speaker_kinds.py")
    page = text + " The Harbour Board spoke on Monday."
    lab = {"start": 0, "end": len(text), "speaker": label, "claimant": label}
    rec = {"speaker": None, "claimant": None, "extract": {"cue": cue}}
    siblings = [{"speaker": sibling, "claimant": sibling}] if sibling else []
    assert kinds.nobody_kind(page, lab, rec, siblings) == sub
