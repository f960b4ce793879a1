"""bench/generate.py (version 3, evidence9): each claimant of a subject has speakers of its
own, as in a real story; a name given for two claimants would join them into one origin
(docs/conflicts.md, rule 12) where no story would."""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture
def gen():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(BENCH))
    try:
        import generate

        yield generate
    finally:
        sys.path.remove(str(BENCH))


def _person(name: str) -> str:
    """A speaker's name without its title ("Col. Ryan Dillon": "Ryan Dillon")."""
    return " ".join(name.split()[-2:])


def test_every_claimant_of_a_subject_has_speakers_of_its_own(gen) -> None:  # type: ignore[no-untyped-def]
    claimants = list(gen.CLAIMANTS)
    own = gen._own_speakers("big-subject", claimants)
    assert list(own) == claimants
    assert all(1 <= len(names) <= 3 for names in own.values())
    people = [_person(n) for names in own.values() for n in names]
    assert len(people) == len(set(people))
    assert own == gen._own_speakers("big-subject", claimants)  # the same for the same subject


def test_a_generated_speaker_speaks_for_one_claimant(gen) -> None:  # type: ignore[no-untyped-def]
    voices: dict[tuple[str, str], set[str]] = defaultdict(set)
    for rec in gen.iter_claims(3000, seed=1):
        if "speaker" in rec:
            voices[(rec["subject"], _person(rec["speaker"]))].add(rec["claimant"])
    assert voices and all(len(who) == 1 for who in voices.values())
