"""bench/narrated_model.py: the scored choice of a narrated figure's source (its options and
their features, its fit, its margin rule). Sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import load_script


@pytest.fixture(scope="module")
def bench():
    return load_script("bench/narrated_model.py")


@pytest.fixture(scope="module")
def feats(bench):
    import importlib

    return importlib.import_module("_narrated_features")  # on the path the bench sets


def _article(feats, text: str):
    from claimtrack.extract import extract, sentences

    prep, cands = extract(text)
    return prep.reading, sentences(prep.reading), cands


def _options(feats, text: str, quote_start: str) -> dict[str, dict[str, float]]:
    reading, spans, cands = _article(feats, text)
    (c,) = [c for c in cands if c.quote.startswith(quote_start)][:1]
    assert feats.narrated(c)
    opts = feats.options(reading, spans, cands, c)
    return {o.speaker: {k: v for k, v in o.features.items() if v} for o in opts}


_OFFICE = (
    "The statistics office said on Monday that 2,100 homes were sold in May.\n\n"
    "Prices rose in 14 of the 20 districts.\n\n"
    "Ann Kerr, a surveyor, said 300 buyers had pulled out.\n\n"
    "About 40 homes stood empty for a year."
)


@pytest.mark.parametrize(
    ("text", "figure", "want"),
    [
        # the one source so far: last, one sentence back in another paragraph; a change told
        # ("rose"); its own name is no work it issues ("statistics office said")
        (
            _OFFICE,
            "Prices rose",
            {"statistics office": {"near": 0.5, "last": 1.0, "change": 1.0}},
        ),
        # two sources: the office further back, one source between, sharing "homes"; the
        # surveyor last, named on strong evidence
        (
            _OFFICE,
            "About 40",
            {
                "statistics office": {"near": 0.25, "between": 0.5, "shared": 1 / 3},
                "Ann Kerr": {"near": 0.5, "last": 1.0, "named": 1.0},
            },
        ),
        # named as the issuer of the figures, in the same paragraph, sharing "nurses"; the
        # rules already carried it ("Another ...")
        (
            "According to the Nursing Council, 4,000 nurses left the service last year. "
            "Another 900 nurses retired early.",
            "Another 900",
            {
                "Nursing Council": {
                    "near": 0.5,
                    "last": 1.0,
                    "paragraph": 1.0,
                    "issuer": 1.0,
                    "shared": 1 / 3,
                    "named": 1.0,
                    "rules": 1.0,
                }
            },
        ),
    ],
)
def test_each_source_before_a_narrated_figure_is_an_option_with_its_features(
    feats, text, figure, want
) -> None:
    assert _options(feats, text, figure) == want


def _ex(bench, options, right, nobody=False):
    full = [dict.fromkeys(bench.FEATURES, 0.0) | f for f in options]
    return bench.Example(full, right, nobody)


def test_fit_weighs_a_feature_by_how_often_its_source_is_the_labels(bench) -> None:
    exs = (
        [_ex(bench, [{"last": 1.0}, {"issuer": 1.0}], [True, False])] * 6
        + [_ex(bench, [{"last": 1.0}, {"issuer": 1.0}], [False, True])] * 2
        + [_ex(bench, [{"last": 1.0}], [False], nobody=True)] * 4
    )
    weights, bias = bench.fit(exs)
    assert weights["last"] > weights["issuer"]
    assert bench.fit(exs) == (weights, bias)  # deterministic


@pytest.mark.parametrize(
    ("scores", "want"),
    [
        # the right source scores 1 and the nobody-figure's source 0.3: any margin in
        # [0.5, 0.75] keeps both right (MARGINS step 0.25; 0.25 would give the second a source)
        ([(1.0, True, False), (0.3, False, True)], 0.625),
        # every source wrong: the highest margins, nobody for all
        ([(1.0, False, True)], 2.0),
    ],
)
def test_the_margin_is_the_middle_of_the_best_run(bench, scores, want) -> None:
    # a single feature "near" carries each example's score (weight 1, bias 0)
    exs = [_ex(bench, [{"near": s}], [r], nobody=n) for s, r, n in scores]
    w = dict.fromkeys(bench.FEATURES, 0.0) | {"near": 1.0}
    assert bench.margin(exs, w, 0.0) == want


@pytest.mark.parametrize(
    ("scores", "margin", "want"),
    [
        ([0.2, 0.9], 0.5, 1),  # the best above the margin
        ([0.2, 0.4], 0.5, None),  # none above it: nobody
        ([0.7, 0.7], 0.5, 0),  # a tie: the first
    ],
)
def test_choose_takes_the_best_source_above_the_margin(feats, scores, margin, want) -> None:
    opts = [feats.Option(f"s{k}", None, {"near": s}) for k, s in enumerate(scores)]
    pick = feats.choose(opts, {"near": 1.0}, 0.0, margin)
    assert (None if pick is None else opts.index(pick)) == want


def test_without_the_texts_the_bench_says_so(bench, tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setattr(bench, "FOLDS", [("01-06", tmp_path / "nowhere", ("01",))])
    assert bench.main([]) == 0
    assert capsys.readouterr().out == "skipped: only 0 of 1 sets' texts are on this machine\n"
