"""bench/speaker_model.py: the learned-scorer experiment (its trainer, its threshold rule)."""

from __future__ import annotations

import pytest

from conftest import load_script


@pytest.fixture(scope="module")
def bench():
    return load_script("bench/speaker_model.py")


def test_solve_solves_a_linear_system(bench) -> None:
    x = bench._solve([[4.0, 1.0], [1.0, 3.0]], [1.0, 2.0])
    assert x == pytest.approx([1 / 11, 7 / 11])


def _rows(bench, spec):
    return [bench.Row(dict.fromkeys(f, 1.0), right, guess, False) for f, right, guess in spec]


def test_train_weighs_a_feature_by_how_often_its_speakers_are_right(bench) -> None:
    rows = _rows(
        bench,
        [(["verb_say"], True, False)] * 20
        + [(["verb_other"], True, False)] * 5
        + [(["verb_other"], False, False)] * 5,
    )
    weights, bias = bench.train(rows)
    assert weights["verb_say"] > 0 > weights["verb_other"]
    assert bench.train(rows) == (weights, bias)  # deterministic


@pytest.mark.parametrize(
    ("ps", "rights", "want"),
    [
        # every speaker right: the lowest threshold
        ([0.9, 0.8, 0.7], [True, True, True], 0.5),
        # the wrong one scores 0.6: unmarked from 0.61 up are all right
        ([0.9, 0.8, 0.6], [True, True, False], 0.61),
        # a wrong speaker scored highest: no threshold reaches the target
        ([0.995, 0.8, 0.7], [False, True, True], 0.99),
    ],
)
def test_the_threshold_is_the_lowest_at_which_each_fold_reaches_the_target(
    bench, ps, rights, want
) -> None:
    rows = [bench.Row({}, r, False, False) for r in rights]
    assert bench.choose_threshold([(rows, ps)]) == want


def test_without_the_texts_the_bench_says_so(bench, tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setattr(bench, "FOLDS", [("01-06", tmp_path / "nowhere", ("01",))])
    assert bench.main([]) == 0
    assert capsys.readouterr().out == "skipped: only 0 of 1 sets' texts are on this machine\n"
