"""The words of change before a figure, reader by reader (extract52): what each of the four
readers takes, written from their four regexes before they were built from one lexicon
(``claimtrack.change_words``); no row changed. Columns: the word; ``span`` (a range across two
units after it stays a change and its level, ``extract.figurespans``); ``so_far`` ("rose to
300" is a count so far, ``quote_marks``, read by ``guards.span_warning``); ``change`` (the figure after it is a
change, bare or with "by", ``guards.change_words``); ``by`` (a change with "by", as "cut by
20%"); ``from_to`` ("from X to Y" after it is a change, not a range)."""

from __future__ import annotations

import pytest

from claimtrack import guards, quote_marks
from claimtrack.change_words import FORMS, READERS, alternation, words_of
from claimtrack.extract import figurespans

ROWS = [
    ("boost", False, False, False, False, False),
    ("boosted", False, False, False, True, True),
    ("boosting", False, False, False, True, False),
    ("by", True, False, False, False, False),
    ("change", True, False, False, False, False),
    ("changed", True, False, False, False, False),
    ("climb", True, False, True, True, False),
    ("climbed", True, True, True, True, True),
    ("climbs", True, False, True, True, False),
    ("cut", True, False, False, True, True),
    ("cuts", True, False, False, False, False),
    ("cutting", False, False, False, True, False),
    ("decline", False, False, True, True, True),
    ("declined", True, False, True, True, True),
    ("declines", False, False, True, True, True),
    ("decrease", True, False, False, True, False),
    ("decreased", True, False, False, True, True),
    ("decreases", True, False, False, False, False),
    ("decreasing", False, False, False, True, False),
    ("dip", False, False, True, True, False),
    ("dipped", False, False, True, True, True),
    ("dips", False, False, True, True, False),
    ("down", True, False, True, True, False),
    ("drop", True, False, False, False, True),
    ("dropped", True, False, False, True, True),
    ("drops", True, False, False, False, True),
    ("edged", False, False, False, False, False),
    ("fall", True, False, True, True, True),
    ("fallen", True, False, True, True, True),
    ("falling", True, False, True, True, True),
    ("falls", True, False, True, True, True),
    ("fell", True, False, True, True, True),
    ("gain", True, False, False, False, False),
    ("gained", True, False, False, False, False),
    ("gains", True, False, False, False, False),
    ("gone", False, False, False, False, False),
    ("grew", True, True, True, True, True),
    ("grow", True, False, False, False, False),
    ("growing", False, False, True, True, True),
    ("grown", True, False, True, True, True),
    ("grows", True, False, True, True, False),
    ("hiked", False, False, False, False, True),
    ("improved", False, False, False, False, True),
    ("increase", True, False, False, True, True),
    ("increased", True, True, False, True, True),
    ("increases", True, False, False, False, True),
    ("increasing", False, False, False, True, False),
    ("jump", True, False, True, True, True),
    ("jumped", True, True, True, True, True),
    ("jumps", True, False, True, True, False),
    ("leap", False, False, True, True, False),
    ("leaped", False, False, True, True, False),
    ("leaps", False, False, True, True, False),
    ("leapt", False, False, True, True, False),
    ("lifted", False, False, False, False, True),
    ("lost", True, False, False, False, False),
    ("lower", True, False, False, False, False),
    ("lowered", True, False, False, True, True),
    ("lowering", False, False, False, True, False),
    ("lowers", True, False, False, False, False),
    ("move", True, False, False, False, False),
    ("moved", True, False, False, False, True),
    ("plummeted", False, False, True, True, True),
    ("plummets", False, False, True, True, False),
    ("plunge", False, False, True, True, False),
    ("plunged", True, False, True, True, True),
    ("plunges", False, False, True, True, False),
    ("pushed", False, False, False, False, True),
    ("raise", True, False, False, True, False),
    ("raised", True, False, False, True, True),
    ("raises", True, False, False, False, False),
    ("raising", False, False, False, True, False),
    ("reduce", False, False, False, True, False),
    ("reduced", False, False, False, True, True),
    ("reducing", False, False, False, True, False),
    ("revised", False, False, False, False, False),
    ("rise", True, False, True, True, True),
    ("risen", True, True, True, True, True),
    ("rises", True, False, True, True, True),
    ("rising", True, True, True, True, True),
    ("rocketed", False, False, True, True, False),
    ("rose", True, True, True, True, True),
    ("shrank", False, False, True, True, True),
    ("shrinks", False, False, True, True, False),
    ("skyrocketed", False, False, True, True, False),
    ("slash", False, False, False, False, False),
    ("slashed", False, False, False, True, True),
    ("slid", True, False, True, True, True),
    ("slide", False, False, True, True, False),
    ("slides", False, False, True, True, False),
    ("slipped", True, False, True, True, True),
    ("slips", False, False, True, True, False),
    ("slump", False, False, True, True, False),
    ("slumped", False, False, True, True, False),
    ("slumps", False, False, True, True, False),
    ("soar", False, False, True, True, False),
    ("soared", True, False, True, True, True),
    ("soars", False, False, True, True, False),
    ("spike", False, False, True, True, False),
    ("spiked", False, False, True, True, False),
    ("spikes", False, False, True, True, False),
    ("surge", False, False, True, True, False),
    ("surged", True, False, True, True, True),
    ("surges", False, False, True, True, False),
    ("swelled", False, False, False, True, False),
    ("trimmed", False, False, False, False, True),
    ("tumble", False, False, True, True, False),
    ("tumbled", False, False, True, True, False),
    ("tumbles", False, False, True, True, False),
    ("up", True, False, True, True, False),
    ("went", True, False, False, False, False),
    ("worsened", False, False, False, False, True),
    ("went up", True, False, True, True, True),
    ("went down", True, False, True, True, True),
    ("gone up", True, False, True, True, True),
    ("gone down", True, False, True, True, True),
    ("edged up", True, False, True, True, True),
    ("edged down", True, False, True, True, True),
    ("revised up", True, False, True, True, True),
    ("revised down", True, False, True, True, True),
    ("revised upwards", False, False, False, False, True),
]


@pytest.mark.parametrize(("word", "span", "so_far", "change", "by", "from_to"), ROWS)
def test_each_reader_takes_its_words(word, span, so_far, change, by, from_to):
    assert (figurespans._CHANGED_BEFORE.search(f"prices {word} ") is not None) is span
    assert (quote_marks._SO_FAR_WORDS.search(f"the toll {word} to 300") is not None) is so_far
    assert (guards._CHANGE_BEFORE.search(f"prices {word} ") is not None) is change
    assert (guards._CHANGE_BEFORE.search(f"prices {word} by ") is not None) is by
    assert (guards._VERB_OF_CHANGE.search(f"prices {word}") is not None) is from_to


def test_the_differences_are_the_lexicons_tags():
    # "by", "up", "went": one reader's each, said on their lines
    assert FORMS["by"] == {"span"}
    assert FORMS["up"] == {"span", "change"}
    assert FORMS["went"] == {"span"} and FORMS["went up"] == {"from_to"}
    assert set(words_of("so_far")) < set(words_of("change")) | set(words_of("change_by"))
    assert all(rs <= set(READERS) for rs in FORMS.values())
    with pytest.raises(ValueError):
        alternation("nobody")


def test_a_change_after_by_up_to_is_a_change():
    # a row that was wrong: "rose by up to 320" was read as a level of 0-320 (extract52)
    got = guards.change_words("Prices rose by up to 320 last week.", 15, 24, "count")
    assert got is not None and got.kind == "change"
    assert guards.change_words("The toll rose up to 320.", 14, 23, "count") is None
