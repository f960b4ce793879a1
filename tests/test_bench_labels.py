"""The hand labels in bench/labels are well-formed, and bench/articles.py loads every set by id.

The article texts live outside the repository; the span checks run only where a text is on this
machine and are skipped otherwise.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import load_script

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "bench" / "labels"
FILES = sorted(LABELS.glob("*.jsonl"))
KEYS = {
    "article", "start", "end", "kind", "figure", "measure", "proposition", "stance", "speaker",
    "claimant",
}  # fmt: skip
# where the sets of texts are kept (bench/labels/README.md); absent in CI
TEXT_DIRS = [Path("/work/shared/articles")] + [Path(f"/work/articles{n}") for n in range(2, 41)]


def _rows(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x]


def _bench():
    return load_script("bench/articles.py")


def test_the_twenty_eighth_set_is_there() -> None:
    assert {p.stem for p in FILES} >= {f"{n:02d}" for n in range(1, 247)}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_label_lines_are_well_formed(path: Path) -> None:
    rows = _rows(path)
    assert rows, f"{path.name} is empty"
    assert len({r["article"] for r in rows}) == 1
    assert rows[0]["article"].startswith(f"{path.stem}-")
    starts = [r["start"] for r in rows]
    assert starts == sorted(starts), "lines are in article order"
    for r in rows:
        assert KEYS <= set(r) <= KEYS | {"note"}
        assert 0 <= r["start"] < r["end"]
        assert r["claimant"]
        if r["kind"] == "figure":
            assert r["figure"] and r["measure"]
            assert r["proposition"] is None and r["stance"] is None
        else:
            assert r["kind"] == "stance"
            assert r["figure"] is None and r["proposition"]
            assert r["stance"] in ("affirms", "denies", "uncertain")


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_spans_fit_the_text_when_it_is_here(path: Path) -> None:
    rows = _rows(path)
    found = [d / rows[0]["article"] for d in TEXT_DIRS if (d / rows[0]["article"]).exists()]
    if not found:
        pytest.skip(f"{rows[0]['article']} is not on this machine (texts stay outside the repo)")
    with open(found[0], encoding="utf-8", newline="") as fh:
        text = fh.read()
    fold = lambda s: re.sub(r"\s+", " ", s).lower()  # noqa: E731
    for r in rows:
        span = text[r["start"] : r["end"]]
        assert r["end"] <= len(text)
        # a sentence starts after whitespace, or right after a full stop where the page has no
        # space between two sentences (124)
        before = text[r["start"] - 1] if r["start"] else " "
        assert before.isspace() or (before in ".!?" and span[:1].isupper()), span[:40]
        assert span == span.strip(), span[:40]
        if r["kind"] == "figure":
            assert fold(r["figure"]) in fold(span), (r["figure"], span[:60])


def test_bench_loader_knows_the_new_ids_and_refuses_an_unknown_one(tmp_path, capsys) -> None:
    bench = _bench()
    # a directory without the texts: each known id is skipped with a message, not refused
    # the first and last id of each set from the fourth (25-30) to the fortieth (241-246)
    known = [str(n) for first in range(25, 247, 6) for n in (first, first + 5)]
    assert bench._load(known, texts=tmp_path) == []
    err = capsys.readouterr().err
    for nn in known:
        assert f"skipped article {nn}: {tmp_path}/{nn}-" in err
    with pytest.raises(SystemExit, match=r"no labels for article 999 "):
        bench._load(["999"], texts=tmp_path)
    with pytest.raises(SystemExit, match=r"no labels for article 247 "):
        bench._load(["247"], texts=tmp_path)


@pytest.mark.parametrize(
    "ids",
    [
        ["37", "38", "39", "40", "41", "42"],  # the sixth set
        ["43", "44", "45", "46", "47", "48"],  # the seventh set
        ["49", "50", "51", "52", "53", "54"],  # the eighth set
        ["55", "56", "57", "58", "59", "60"],  # the ninth set
        ["61", "62", "63", "64", "65", "66"],  # the tenth set
        ["67", "68", "69", "70", "71", "72"],  # the eleventh set
        ["73", "74", "75", "76", "77", "78"],  # the twelfth set
        ["79", "80", "81", "82", "83", "84"],  # the thirteenth set
        ["85", "86", "87", "88", "89", "90"],  # the fourteenth set
        ["91", "92", "93", "94", "95", "96"],  # the fifteenth set
        ["97", "98", "99", "100", "101", "102"],  # the sixteenth set
        ["103", "104", "105", "106", "107", "108"],  # the seventeenth set
        ["109", "110", "111", "112", "113", "114"],  # the eighteenth set
        ["115", "116", "117", "118", "119", "120"],  # the nineteenth set
        ["121", "122", "123", "124", "125", "126"],  # the twentieth set
        ["127", "128", "129", "130", "131", "132"],  # the twenty-first set
        ["133", "134", "135", "136", "137", "138"],  # the twenty-second set
        ["139", "140", "141", "142", "143", "144"],  # the twenty-third set
        ["145", "146", "147", "148", "149", "150"],  # the twenty-fourth set
        ["151", "152", "153", "154", "155", "156"],  # the twenty-fifth set
        ["157", "158", "159", "160", "161", "162"],  # the twenty-sixth set
        ["163", "164", "165", "166", "167", "168"],  # the twenty-seventh set
        ["169", "170", "171", "172", "173", "174"],  # the twenty-eighth set
        ["175", "176", "177", "178", "179", "180"],  # the twenty-ninth set
        ["181", "182", "183", "184", "185", "186"],  # the thirtieth set
        ["187", "188", "189", "190", "191", "192"],  # the thirty-first set
        ["193", "194", "195", "196", "197", "198"],  # the thirty-second set
        ["199", "200", "201", "202", "203", "204"],  # the thirty-third set
        ["205", "206", "207", "208", "209", "210"],  # the thirty-fourth set
        ["211", "212", "213", "214", "215", "216"],  # the thirty-fifth set
        ["217", "218", "219", "220", "221", "222"],  # the thirty-sixth set
        ["223", "224", "225", "226", "227", "228"],  # the thirty-seventh set
        ["229", "230", "231", "232", "233", "234"],  # the thirty-eighth set
        ["235", "236", "237", "238", "239", "240"],  # the thirty-ninth set
        ["241", "242", "243", "244", "245", "246"],  # the fortieth set
    ],
)
def test_a_later_set_s_ids_pass_the_command_line(ids, tmp_path, monkeypatch, capsys) -> None:
    """`--texts DIR --articles 49,...,54` (a later set's ids) is parsed into the ids the loader is given."""
    bench = _bench()
    seen: list[list[str]] = []

    def fake_score(prefixes, misses=False, repeats=3, texts=None):
        seen.append(prefixes)
        assert texts == tmp_path
        return bench._load(prefixes, texts=texts) or {}

    monkeypatch.setattr(bench, "score", fake_score)
    assert bench.main(["--texts", str(tmp_path), "--articles", ",".join(ids)]) == 0
    assert seen == [ids]
    with pytest.raises(SystemExit, match=r"no labels for article 247 "):
        bench.main(["--texts", str(tmp_path), "--articles", f"{ids[0]},247"])


@pytest.mark.parametrize(
    ("folder", "ids"),
    [
        ("/work/articles5", ["31", "32", "33", "34", "35", "36"]),  # the fifth set
        ("/work/articles6", ["37", "38", "39", "40", "41", "42"]),  # the sixth set
        ("/work/articles7", ["43", "44", "45", "46", "47", "48"]),  # the seventh set
        ("/work/articles8", ["49", "50", "51", "52", "53", "54"]),  # the eighth set
        ("/work/articles9", ["55", "56", "57", "58", "59", "60"]),  # the ninth set
        ("/work/articles10", ["61", "62", "63", "64", "65", "66"]),  # the tenth set
        ("/work/articles11", ["67", "68", "69", "70", "71", "72"]),  # the eleventh set
        ("/work/articles12", ["73", "74", "75", "76", "77", "78"]),  # the twelfth set
        ("/work/articles13", ["79", "80", "81", "82", "83", "84"]),  # the thirteenth set
        ("/work/articles14", ["85", "86", "87", "88", "89", "90"]),  # the fourteenth set
        ("/work/articles15", ["91", "92", "93", "94", "95", "96"]),  # the fifteenth set
        ("/work/articles16", ["97", "98", "99", "100", "101", "102"]),  # the sixteenth set
        ("/work/articles17", ["103", "104", "105", "106", "107", "108"]),  # the seventeenth set
        ("/work/articles18", ["109", "110", "111", "112", "113", "114"]),  # the eighteenth set
        ("/work/articles19", ["115", "116", "117", "118", "119", "120"]),  # the nineteenth set
        ("/work/articles20", ["121", "122", "123", "124", "125", "126"]),  # the twentieth set
        ("/work/articles21", ["127", "128", "129", "130", "131", "132"]),  # the twenty-first set
        ("/work/articles22", ["133", "134", "135", "136", "137", "138"]),  # the twenty-second set
        ("/work/articles23", ["139", "140", "141", "142", "143", "144"]),  # the twenty-third set
        ("/work/articles24", ["145", "146", "147", "148", "149", "150"]),  # the twenty-fourth set
        ("/work/articles25", ["151", "152", "153", "154", "155", "156"]),  # the twenty-fifth set
        ("/work/articles26", ["157", "158", "159", "160", "161", "162"]),  # the twenty-sixth set
        ("/work/articles27", ["163", "164", "165", "166", "167", "168"]),  # the twenty-seventh set
        ("/work/articles28", ["169", "170", "171", "172", "173", "174"]),  # the twenty-eighth set
        ("/work/articles29", ["175", "176", "177", "178", "179", "180"]),  # the twenty-ninth set
        ("/work/articles30", ["181", "182", "183", "184", "185", "186"]),  # the thirtieth set
        ("/work/articles31", ["187", "188", "189", "190", "191", "192"]),  # the thirty-first set
        ("/work/articles32", ["193", "194", "195", "196", "197", "198"]),  # the thirty-second set
        ("/work/articles33", ["199", "200", "201", "202", "203", "204"]),  # the thirty-third set
        ("/work/articles34", ["205", "206", "207", "208", "209", "210"]),  # the thirty-fourth set
        ("/work/articles35", ["211", "212", "213", "214", "215", "216"]),  # the thirty-fifth set
        ("/work/articles36", ["217", "218", "219", "220", "221", "222"]),  # the thirty-sixth set
        ("/work/articles37", ["223", "224", "225", "226", "227", "228"]),  # the thirty-seventh set
        ("/work/articles38", ["229", "230", "231", "232", "233", "234"]),  # the thirty-eighth set
        ("/work/articles39", ["235", "236", "237", "238", "239", "240"]),  # the thirty-ninth set
        ("/work/articles40", ["241", "242", "243", "244", "245", "246"]),  # the fortieth set
    ],
)
def test_a_later_set_loads_by_id_when_its_texts_are_here(folder: str, ids: list[str]) -> None:
    texts = Path(folder)
    if not texts.is_dir():
        pytest.skip(f"{folder}'s texts are not on this machine (texts stay outside the repo)")
    got = _bench()._load(ids, texts=texts)
    # a text the store no longer returns (TEXTS.md, "Not restored") is skipped, not scored
    here = [nn for nn in ids if any(texts.glob(f"{nn}-*.txt"))]
    assert here, f"{folder} holds none of its texts"
    assert [nn for nn, _, _ in got] == here
    for nn, text, labels in got:
        assert labels[0]["article"].startswith(f"{nn}-")
        assert max(r["end"] for r in labels) <= len(text)
