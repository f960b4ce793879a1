"""Check extract/agents.py's noun table against WordNet's lexical classes (issue 25).

    python bench/agent_table.py            # disagreements, counted and listed
    python bench/agent_table.py --dict DIR # WordNet's dict folder (default /usr/share/wordnet)

WordNet files each noun sense under a lexicographer class (noun.person, noun.group,
noun.location, noun.artifact, noun.event, noun.phenomenon, noun.quantity,
noun.communication, noun.time, noun.attribute, ...). For every word of the table this
prints the classes of its first (most frequent) sense and of all its senses, and flags a
word the table calls an agent whose senses are never a person, a group or an organisation,
or a word it calls no agent whose *first* sense is a person or a group. The table is ours
(the tool never reads WordNet at run time); this is only a check of it. WordNet is the
Debian package ``wordnet-base``; without it the check says so and exits 0.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from claimtrack.extract import agents  # noqa: E402

# the lexicographer files, by number (WordNet's lexnames)
LEXNAMES = {
    3: "Tops", 4: "act", 5: "animal", 6: "artifact", 7: "attribute", 8: "body",
    9: "cognition", 10: "communication", 11: "event", 12: "feeling", 13: "food", 14: "group",
    15: "location", 16: "motive", 17: "object", 18: "person", 19: "phenomenon", 20: "plant",
    21: "possession", 22: "process", 23: "quantity", 24: "relation", 25: "shape",
    26: "state", 27: "substance", 28: "time",
}  # fmt: skip
AGENTISH = {"person", "group"}


def senses(folder: Path) -> dict[str, list[str]]:
    """Each noun lemma -> the lexical classes of its senses, most frequent first."""
    lex: dict[int, str] = {}
    with open(folder / "data.noun", encoding="latin-1") as fh:
        for line in fh:
            if line.startswith(" "):
                continue
            parts = line.split(" ", 3)
            lex[int(parts[0])] = LEXNAMES.get(int(parts[1]), parts[1])
    out: dict[str, list[str]] = defaultdict(list)
    with open(folder / "index.noun", encoding="latin-1") as fh:
        for line in fh:
            if line.startswith(" "):
                continue
            parts = line.split()
            lemma, n_synsets = parts[0], int(parts[2])
            offsets = parts[-n_synsets:]
            out[lemma] = [lex.get(int(o), "?") for o in offsets]
    return out


def check(folder: Path) -> list[str]:
    wn = senses(folder)
    lines = []
    agent_words = agents.PERSON | agents.BODY | agents.GROUP
    missing = agreed = 0
    for word in sorted(agent_words):
        classes = wn.get(word) or wn.get(agents._singular(word))
        if not classes:
            missing += 1
            continue
        if not AGENTISH & set(classes):
            lines.append(f"agent?   {word:18} {classes[:4]}")
        else:
            agreed += 1
    for kind, words in agents.NOT_AGENT.items():
        for word in sorted(words):
            classes = wn.get(word) or wn.get(agents._singular(word))
            if not classes:
                missing += 1
                continue
            if classes[0] in AGENTISH:
                lines.append(f"no agent? {word:18} ({kind}) {classes[:4]}")
            else:
                agreed += 1
    lines.append(f"agreed {agreed}, flagged {len(lines)}, not in WordNet {missing}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dict", type=Path, default=Path("/usr/share/wordnet"), metavar="DIR")
    args = ap.parse_args(argv)
    if not (args.dict / "index.noun").exists():
        print(f"skipped: no WordNet at {args.dict} (Debian package wordnet-base)")
        return 0
    print("\n".join(check(args.dict)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
