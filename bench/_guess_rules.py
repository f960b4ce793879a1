"""Which guessing rule proposed a speaker marked ``guess:`` (bench/articles.py ``--guesses``).

Every rule of ``claimtrack.extract`` that proposes a speaker on weak evidence says why in the
candidate's ``speaker_found``, after ``guess:``; the first ``guess:`` clause is the rule that
made it a guess (a later pass that replaces the speaker writes ``speaker_found`` anew). This
table names each rule by the words it writes, so that the bench can count, rule by rule, how
often its guesses are right (docs/extract.md, "Calibration").
"""

from __future__ import annotations

import re

# (rule id, what it says) in order: the first that matches the first guess clause names it
RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (rule, re.compile(pattern))
    for rule, pattern in (
        ("act-told", r"with a thing done for its object tells an act"),
        ("position", r"puts the subject's position as a figure"),
        ("relative-clause", r"is inside a relative clause"),
        ("clause-describes", r"^that clause describes the subject"),
        ("closing-next", r"^the next sentence closes on "),
        ("announced-next", r"^the figure is the .* in the next sentence"),
        ("named-later", r"named later with the word "),
        ("only-holder", r"the only [\w-]+ the page names$"),
        ("last-holder", r"^the last of \d+ named so "),
        ("named-right-after", r"named right after with no description"),
        ("page-source", r"the page's source |^inferred from the page"),
        ("page-issuer", r"the page's issuer "),
        ("release", r"^the release of .* told by the outlet|^the page gives a release"),
        ("decision", r"^the decision of .* told by the outlet|^the figure is in the .* by "),
        ("intro-person", r"^the person the introduction names first"),
        ("goes-on", r"^goes on with "),
        ("data-of-person", r"^'the [^']*': the last speaker's, .*, who speaks for no body"),
        ("age-back", r"is the last person who spoke, .* \(no age given before\)"),
        ("last-speaker", r"^the last speaker, |whom the sentence before opens with|^carried"),
        ("pronoun", r"^pronoun"),
        ("paragraph-speaker", r"^the paragraph's speaker|^who did not report"),
        ("issued-before", r"named before it in the article"),
        ("work-author", r"as the page names it on line|the body that put it out"),
        ("same-figure", r"who gives the same figure|gave, named just before"),
        ("own-sentence", r"issues the figure in its own sentence"),
        ("armed-group", r"the one armed group named|no one armed group named"),
        ("national", r"the country the article names most"),
        ("body-named-before", r"^'the [^']*': .*(?:named before|court whose ruling)"),
        ("body-of-role", r"^'[^']*' (?:of|for) |^speaks for '|one of several"),
        ("refers-to-none", r"refers to no one named before"),
        ("unnamed-group", r"an unnamed group, speaks for no body"),
        ("issuer-next", r"^the issuer of '[^']*', the body whose "),
        ("heard-in-court", r"^what the \w+ heard, from "),
        ("no-author", r"names no author|opens the sentence and is no name elsewhere"),
        ("title", r"is a title, not a name"),
        ("place", r"is a place the article names"),
        ("preposition", r"follows a preposition"),
        ("through-pronoun", r"is known only through a pronoun"),
        ("letter", r"is a single letter|was cut from '"),
        ("description", r"is a description, not a name"),
    )
)


def guess_rule(found: str | None) -> str | None:
    """The rule id of a guessed speaker's ``speaker_found`` (``RULES``), ``other`` when no
    rule of the table says it, None when the speaker is not marked a guess."""
    if not found or "guess:" not in found:
        return None
    clause = found.split("guess:", 1)[1].strip()
    for rule, pattern in RULES:
        if pattern.search(clause):
            return rule
    return "other"
