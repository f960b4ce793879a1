"""Refresh the captured command runs embedded in README.md and docs/*.md.

A block looks like this in Markdown:

    <!-- run: conflicts raqqa-convoy | head 32 -->
    ```console
    ...output...
    ```
    <!-- /run -->

The command runs against a fresh database loaded with the bundled sample, 100 columns wide, no
colour; ``| head N`` keeps the first N lines and marks the cut with "..." (``| tail N`` the
first line, "..." and the last N; ``| head N | tail M`` the first line, lines N-M+1 to N
between "..." and the last line). ``2>&1`` shows
stderr too (messages and errors), followed by ``[exit N]`` when the exit code is not 0.
``< FILE`` gives the lines of FILE as the answers typed at prompts (shown as typed, as on a
terminal). ``$TMP`` in a command is a temporary directory of the run (``backup $TMP/copy.db``).
Blocks run in order against the same database, so a block that writes (``alias``) changes what
later blocks of the same file show; undo it in a later block. A block written
``<!-- run@derna: ... -->`` runs against a fresh database set up for that story instead (see
STORIES: the steps are claimtrack commands, run from the repository root). The test suite
(tests/test_docs.py) fails when a block is stale, so the docs always show real output.

Usage: python scripts/capture_runs.py [--check]
"""

from __future__ import annotations

import json
import os
import re
import shlex
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FILES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
BLOCK = re.compile(
    r"(?P<open><!-- run(?:@(?P<story>[a-z0-9-]+))?: (?P<cmd>.+?) -->\n)(?P<body>.*?)"
    r"(?P<close><!-- /run -->)",
    re.S,
)


def _given_bodies(fixture: str) -> list[str]:
    """The claimants a fixture gives a body (``"of"``: `claimant NAME --of BODY`)."""
    records = (json.loads(line) for line in (ROOT / fixture).open(encoding="utf-8"))
    return [r["name"] for r in records if r.get("record") == "claimant" and "of" in r]


def _ids_off(fixture: str, measure: str) -> list[str]:
    """The ids of a fixture's claims that are not on ``measure`` (retracted for a run that
    shows that measure's finding alone)."""
    lines = (ROOT / fixture).read_text(encoding="utf-8").splitlines()
    return [
        r["id"] for r in map(json.loads, lines) if "record" not in r and r.get("measure") != measure
    ]


# Stories other than the bundled sample: a blank database and the commands that fill it.
STORIES: dict[str, list[list[str]]] = {
    "derna": [
        ["import", "tests/fixtures/derna.jsonl"],
        ["measure", "derna-floods", "deaths", "--cumulative"],
    ],
    "units": [
        ["import", "tests/fixtures/units.jsonl"],
    ],
    # the bundled sample in a database of its own: docs/extract.md adds to it
    "extract": [
        ["import", "data/claims.jsonl"],
    ],
    # tests/fixtures/small.jsonl with reviews, an edit and a retraction (fixed timestamps):
    # what `export --with-history` wrote for it.
    "reviewed": [
        ["import", "tests/fixtures/reviewed.jsonl"],
    ],
    # a blank database for the worked example of `extract --review` (docs/extract.md)
    "review": [],
    # a blank database: an import into it leaves the full-text index to the first search
    # (docs/performance.md, round 10)
    "search-first": [],
    # a blank database for the currency conventions (docs/format.md)
    "conventions": [],
    # a blank database for money1's runs (docs/format.md: one end of a range, "dlrs")
    "money1": [],
    # the Brexit bus's weekly figures logged as rates (docs/conflicts.md, rule 8)
    "rates": [
        ["import", "tests/fixtures/brexit-rates.jsonl"],
        # an amount with its period said later in its quote's clause, taken as a rate (time31)
        [
            "add",
            "ba-strike",
            "--claimant",
            "British Airways",
            "--new",
            "--quote",
            "850 flights are usually operated each day",
            "--figure",
            "850 flights a day",
            "--measure",
            "flights",
            "--id",
            "ba-flights-a-day",
            "--reported-on",
            "2019-09-09",
            "--new",
        ],
    ],
    # a blank database for a new user's first steps: parties before claims (docs/conflicts.md),
    # one add that makes a figure and a stance with --id (docs/format.md)
    "first-steps": [],
    # a blank database for the audit of evidence: a made-up page, its claims, a changed page,
    # a relay that changes a figure (docs/extract.md "Snapshots and verify", rule 11)
    "evidence": [],
    # a page where "she said" follows a sentence naming two people (docs/extract.md, verify's
    # speaker check: audit14)
    "speaker": [
        [
            "source",
            "add",
            "https://example.org/valley-visit",
            "--outlet",
            "Example Courier",
            "--reported-on",
            "2026-11-24",
            "--snapshot",
            "tests/fixtures/evidence/valley-visit.html",
        ],
        ["import", "tests/fixtures/evidence/valley-visit.jsonl"],
    ],
    # the made-up council page of docs/extract.md, stored and its claims imported, for the
    # report's marks on quotes (docs/report.md: evidence5)
    "millbrook": [
        [
            "source",
            "add",
            "https://example.org/millbrook",
            "--outlet",
            "Example Gazette",
            "--reported-on",
            "2026-11-20",
            "--snapshot",
            "tests/fixtures/evidence/millbrook-v1.html",
        ],
        ["import", "tests/fixtures/evidence/millbrook.jsonl"],
    ],
    # a page that wraps its paragraphs with <br> and parts them with <br><br>, and a quote
    # whose accents are written apart from their letters (docs/extract.md: evidence5)
    "ferry": [
        [
            "source",
            "add",
            "https://example.org/ferry-notice",
            "--outlet",
            "Example Islander",
            "--reported-on",
            "2026-11-30",
            "--snapshot",
            "tests/fixtures/evidence/ferry-notice.html",
        ],
        ["import", "tests/fixtures/evidence/ferry-notice.jsonl"],
    ],
    # a real page's shape: a headline line above a short byline, an inline link in a quote
    # (docs/extract.md, verify's speaker check on such a page: evidence2)
    "harbour": [
        [
            "source",
            "add",
            "https://example.org/harbour",
            "--outlet",
            "Example Courier",
            "--reported-on",
            "2026-11-30",
            "--snapshot",
            "tests/fixtures/evidence/harbour.html",
        ],
        ["import", "tests/fixtures/evidence/harbour.jsonl"],
    ],
    # a relay that changes the figure it passes on, and one that does not (docs/conflicts.md,
    # rule 11: the commands shown there)
    "relays": [
        [
            "add",
            "flood-toll",
            "--id",
            "rc-400",
            "--claimant",
            "Red Crescent",
            "--quote",
            "400 people died in the floods",
            "--figure",
            "400",
            "--measure",
            "deaths",
            "--outlet",
            "Example Wire",
            "--said-on",
            "2026-11-02",
        ],
        [
            "add",
            "flood-toll",
            "--id",
            "ocha-40",
            "--claimant",
            "OCHA",
            "--relays",
            "rc-400",
            "--figure",
            "40",
            "--measure",
            "deaths",
            "--quote",
            "40 people died, according to the Red Crescent",
            "--outlet",
            "Example Post",
            "--said-on",
            "2026-11-03",
        ],
        [
            "add",
            "flood-toll",
            "--id",
            "radio-400",
            "--claimant",
            "Example Radio",
            "--relays",
            "rc-400",
            "--figure",
            "about 400",
            "--measure",
            "deaths",
            "--quote",
            "about 400 dead, the Red Crescent says",
            "--outlet",
            "Example Radio",
            "--said-on",
            "2026-11-03",
        ],
    ],
    # figures stored by earlier versions, as their rows were written, and no check mark: what
    # `verify --readings` finds (docs/figures.md); a step ["sql", FILE] runs FILE on the database
    "old-readings": [
        ["sql", "tests/fixtures/old-readings.sql"],
    ],
    # docs/exports.md, "Every caveat in every output": the same old rows, for the JSON's
    # readings (a database of its own: docs/figures.md edits old-readings')
    "readings-json": [
        ["sql", "tests/fixtures/old-readings.sql"],
    ],
    # docs/exports.md, "Every caveat in every output": Police's 100 of 1 May, then its 300 with
    # no as_of said on 10 June, and the union's 300 of 1 May (invented quotes)
    "later-reversal": [
        [
            *("add", "march", "--id", cid, "--claimant", who, "--quote", quote),
            *("--figure", figure, "--measure", "marchers", *when, "--new"),
        ]
        for cid, who, quote, figure, when in (
            (
                "p100",
                "Police",
                "100 people marched on 1 May.",
                "100",
                ("--as-of", "2024-05-01", "--said-on", "2024-05-01"),
            ),
            ("p300", "Police", "Now 300 people have marched.", "300", ("--said-on", "2024-06-10")),
            (
                "u300",
                "Union",
                "300 of us marched on 1 May.",
                "300",
                ("--as-of", "2024-05-01", "--said-on", "2024-05-02"),
            ),
        )
    ],
    # docs/figures.md, verify --readings: bounds given by hand (an invented quote)
    "hand-bounds": [
        [
            "add",
            "toll",
            "--claimant",
            "Health agency",
            "--quote",
            "dozens died in the floods",
            "--figure",
            "dozens",
            "--low",
            "24",
            "--high",
            "60",
            "--measure",
            "deaths",
        ],
    ],
    # a blank database for money written with its sign: two hourly wages (docs/figures.md)
    "wages": [],
    # a blank database: two figures of one mass in different units (docs/exports.md,
    # "Numbers in JSON")
    "json-numbers": [
        [
            "add",
            "debris",
            "--claimant",
            "County",
            "--new",
            "--quote",
            "Workers have removed 5 million lb of concrete.",
            "--figure",
            "5 million lb",
            "--measure",
            "debris-removed",
            "--id",
            "county",
        ],
        [
            "add",
            "debris",
            "--claimant",
            "Fire Rescue",
            "--quote",
            "Crews have removed 124 short tons of debris.",
            "--figure",
            "124 short tons",
            "--measure",
            "debris-removed",
            "--id",
            "fire",
        ],
    ],
    # two shares a hair apart, for the display of positions (docs/figures.md)
    "shares-apart": [],
    # the bundled sample again, for the guards of `extract --review` (docs/extract.md)
    "review-guards": [
        ["import", "data/claims.jsonl"],
    ],
    "crowd": [
        ["import", "tests/fixtures/crowd.jsonl"],
    ],
    # a count of the moment and a count of rescues named with its word (docs/conflicts.md)
    "moments": [
        ["import", "tests/fixtures/moment-names.jsonl"],
    ],
    # the audit of this session's rules (docs/conflicts.md, rules 6 and 9): a dispute of
    # stacked tolerances laid out by who is at odds, events named with a word of the moment,
    # changes and proportions named with a rate's word
    "audit14": [
        ["import", "tests/fixtures/audit14.jsonl"],
        ["measure", "quay-fire", "deaths", "--cumulative"],
    ],
    # the audit of judgement over time, tolerances and sums (docs/conflicts.md, rules 6, 9
    # and 10): invented quotes, tests/fixtures/audit15.jsonl
    # fixes13: a count whose name does not say whether it is of the moment (docs/conflicts.md)
    "fixes13": [
        ["import", "tests/fixtures/fixes13.jsonl"],
    ],
    # evidence17: a revision whose later figure is a paraphrase, and an outlet's published
    # correction (docs/conflicts.md, rule 5 and the JSON contract)
    "evidence17": [
        *(
            [
                "add",
                "quake",
                "--id",
                cid,
                "--claimant",
                "Civil agency",
                "--quote",
                quote,
                "--figure",
                figure,
                "--measure",
                "deaths",
                "--said-on",
                day,
                "--new",
                *more,
            ]
            for cid, quote, figure, day, more in (
                ("ag-200", "200 people died", "200", "2025-03-01", ()),
                (
                    "ag-150",
                    "the toll was lowered",
                    "150",
                    "2025-03-03",
                    ("--paraphrase", "--note", "[paraphrase] 150, given at a briefing"),
                ),
            )
        ),
        ["measure", "quake", "deaths", "--cumulative"],
        *(
            [
                "add",
                "protest",
                "--id",
                cid,
                "--claimant",
                who,
                "--quote",
                quote,
                "--figure",
                figure,
                "--measure",
                "marchers",
                "--as-of",
                "2025-05-01",
                "--outlet",
                outlet,
                "--reported-on",
                day,
                "--new",
                *more,
            ]
            for cid, who, quote, figure, outlet, day, more in (
                (
                    "dx-3000",
                    "Police",
                    "Police said 3,000 people marched",
                    "3,000",
                    "Daily X",
                    "2025-05-01",
                    (),
                ),
                (
                    "radio-3000",
                    "City Radio",
                    "3,000 marched, the Daily X reported",
                    "3,000",
                    "City Radio",
                    "2025-05-01",
                    ("--relays", "dx-3000"),
                ),
                (
                    "tv-300",
                    "Police",
                    "about 300 people marched, police said",
                    "about 300",
                    "TV One",
                    "2025-05-01",
                    (),
                ),
            )
        ),
    ],
    # a blank database for a figure its quote says was taken back (time31, rule 5)
    "withdrawn": [],
    # evidence18: a figure its quote gives as the one said first (docs/conflicts.md, rule 9),
    # and a blank database for the sources of claims added with --url (docs/extract.md)
    "evidence18-recap": [
        ["import", "tests/fixtures/evidence18.jsonl"],
        ["measure", "valley-quake", "deaths", "--cumulative"],
        ["measure", "ridge-quake", "deaths", "--cumulative"],
    ],
    "evidence18-url": [],
    # evidence19: one body's voices by their names or as its speakers, and one agency's copies
    # of a day whose figures fit (docs/conflicts.md, rule 12; invented quotes)
    "evidence19": [
        ["import", "tests/fixtures/evidence19.jsonl"],
    ],
    # evidence20: one body's voices (claimant --of) one source in every finding, and an
    # import's lines whose url names a page they contradict (docs/conflicts.md rule 4 and 12,
    # docs/extract.md; invented quotes)
    "evidence20": [
        ["import", "tests/fixtures/evidence20.jsonl"],
    ],
    "evidence20-pages": [],
    # the Kerr County toll of 5 July 2025 from two reports of the day, with no time of day
    # (time31): tests/fixtures/texas-floods-2025.jsonl
    "texas-floods": [
        ["import", "tests/fixtures/texas-floods-2025.jsonl"],
        *(
            ["measure", "texas-floods-2025", m, "--cumulative"]
            for m in ("deaths-kerr-county", "deaths-kerr-adults", "deaths-kerr-children")
        ),
        [
            *("relate", "texas-floods-2025", "deaths-kerr-county"),
            *("--sum-of", "deaths-kerr-adults", "--sum-of", "deaths-kerr-children"),
        ],
    ],
    "audit15": [
        ["import", "tests/fixtures/audit15.jsonl"],
        ["measure", "dam-collapse", "deaths", "--cumulative"],
        [
            *("relate", "coalition-poll", "coalition-vote"),
            *("--sum-of", "party-a-vote", "--sum-of", "party-b-vote"),
        ],
        ["relate", "ferry-fire", "casualties", "--sum-of", "deaths", "--sum-of", "injured"],
    ],
    # the audit of the write paths (docs/format.md, "What the write paths refuse or flag"):
    # invented quotes, tests/fixtures/audit16.jsonl
    "audit16": [
        ["import", "tests/fixtures/audit16.jsonl"],
    ],
    # the Derna log with one more measure, deaths-2023 (docs/vocabulary.md: near misses)
    "vocab": [
        ["import", "tests/fixtures/derna.jsonl"],
        [
            "add",
            "derna-floods",
            "--claimant",
            "UN OCHA",
            "--quote",
            "3,958 died in 2023",
            "--figure",
            "3,958",
            "--measure",
            "deaths-2023",
            "--said-on",
            "2023-09-17",
        ],
    ],
    # claimant names and quotes holding escape sequences and a right-to-left override
    "escapes": [
        ["unchecked", "tests/fixtures/terminal-escapes.jsonl"],
    ],
    # one wire story printed by two papers, all invented (issue #26: independent origins)
    "wire": [
        ["import", "tests/fixtures/wire.jsonl"],
    ],
    # evidence5: the agency and a paper printing its story (the Cebu earthquake of 2025, short
    # quotes of public pages), and two relays that change what they relay (invented)
    "evidence5": [
        ["import", "tests/fixtures/evidence5.jsonl"],
    ],
    # evidence6: a cumulative toll whose corroborated counts rise (invented); claims naming
    # their source and leaving out its outlet and date
    # evidence7: the #EndBadGovernance protests in Nigeria, August 2024, logged from public
    # pages (short quotes): one AP and one AFP story carried by several papers, the police's
    # spokesman named three ways, Amnesty's director as its speaker and as a claimant
    "nigeria": [
        ["import", "tests/fixtures/nigeria-protests-2024.jsonl"],
    ],
    # evidence8: Kenya's 2024 finance-bill protests, logged as a new user would from 24 public
    # pages (short quotes): a rights commission by its name, its initials and another
    # rendering, one chairwoman for it under two names, a minister and his ministry
    "kenya": [
        ["import", "tests/fixtures/kenya-protests-2024.jsonl"],
    ],
    # the same with its deaths of 25 June alone (every other claim retracted): one finding
    "kenya-june-25": [
        ["import", "tests/fixtures/kenya-protests-2024.jsonl"],
        *(
            ["retract", cid, "--reason", "another measure (docs: one finding shown)"]
            for cid in _ids_off("tests/fixtures/kenya-protests-2024.jsonl", "deaths-june-25")
        ),
    ],
    # evidence9: the Change Healthcare breach of 2024, logged as a new user would from 20
    # public pages (short quotes): the hackers, the company under three spellings, unnamed
    # groups ("Security experts") beside named claimants
    "change-healthcare": [
        ["import", "tests/fixtures/change-healthcare-2024.jsonl"],
    ],
    # evidence10: the Hathras stampede of 2024, logged as a new user would from 20 public
    # pages (short quotes): officials, four wires, the police's report under four names and
    # reports that name no one
    "hathras": [
        ["import", "tests/fixtures/hathras-stampede-2024.jsonl"],
    ],
    # evidence11: the Odisha train crash of 2023, logged as a new user would from 20 public
    # pages (short quotes): a state's and a federal government's voices, each given its body
    # with `claimant --of`
    "odisha": [
        ["import", "tests/fixtures/odisha-train-crash-2023.jsonl"],
    ],
    # the same before the user gives any body: the names alone
    "odisha-names": [
        ["import", "tests/fixtures/odisha-train-crash-2023.jsonl"],
        *(
            ["claimant", name, "--not-of"]
            for name in _given_bodies("tests/fixtures/odisha-train-crash-2023.jsonl")
        ),
    ],
    # the same before its count of people affected is marked cumulative (as first logged)
    "change-healthcare-unmarked": [
        ["import", "tests/fixtures/change-healthcare-2024.jsonl"],
        ["measure", "change-healthcare-breach-2024", "people-affected", "--not-cumulative"],
    ],
    # the same before its toll is marked cumulative: Amnesty's figures in a minor difference
    "nigeria-unmarked": [
        ["import", "tests/fixtures/nigeria-protests-2024.jsonl"],
        ["measure", "nigeria-protests-2024", "protesters-killed", "--not-cumulative"],
    ],
    "evidence6": [
        ["import", "tests/fixtures/evidence6.jsonl"],
    ],
    # an official count and an excess-death estimate: two definitions of one count (#26)
    "definitions": [
        ["import", "tests/fixtures/definitions.jsonl"],
    ],
    # docs/extract.md, "Changes": a blank database, changes proposed and stored in a review
    "changes-review": [],
    # docs/extract.md, "Every field shown" (review17): a blank database, two reviews
    "review17": [],
    # docs/extract.md, "The newest rules audited" (review18): a blank database
    "review18": [],
    # docs/extract.md, "A story logged end to end, again" (review19): a blank database
    "review19": [],
    # docs/extract.md, "The review's lists and dates" (review20): a blank database
    "review20": [],
    # docs/extract.md, "An interview story logged end to end" (review22): a blank database
    "review22": [],
    # docs/extract.md, "A press briefing logged end to end" (review23): a blank database
    "review23": [],
    # docs/extract.md, "Money logged end to end" (review24): a blank database
    "review24": [],
    # docs/extract.md, "Pence logged end to end" (review25): a blank database
    "review25": [],
    # docs/extract.md, "A pay dispute logged end to end" (review26): a blank database
    "review26": [],
    # docs/extract.md, "A stadium's cost logged end to end" (review27): a blank database
    "review27": [],
    # docs/extract.md, "One rule for a bare amount of money" and "An oil spill logged end to
    # end" (review28): blank databases
    "review28-money": [],
    "review28": [],
    # docs/extract.md, "A flood's toll told over days" (review29): a blank database
    "review29": [],
    # docs/extract.md, "A train crash's toll from three parties" (review30): a blank database
    "review30": [],
    # docs/format.md, "Changes": changes of one measure logged as changes, and its levels
    "changes": [
        ["import", "tests/fixtures/changes.jsonl"],
    ],
    # docs/conflicts.md, "Changes with no period": changes added with no as_of
    "unperiod": [],
    # docs/conflicts.md, "A count over a span of time": what import says of such counts (time33)
    "spans33": [],
    # docs/conflicts.md, "The engine sets such a count aside": counts of a year, a week and
    # new ones (time34)
    "spans34": [],
    # figures and their quotes, and which dollar (docs/format.md, docs/figures.md)
    "quake": [
        ["import", "tests/fixtures/quake-guards.jsonl"],
    ],
    # docs/conflicts.md, rule 9: Hurricane Maria's death tolls, logged from public pages
    "maria": [
        ["import", "tests/fixtures/maria-2017.jsonl"],
    ],
    # docs/conflicts.md, rules 9 and 10: the Sept 2017 Mexico earthquake as a new user logged
    # it (measures marked cumulative and the sum relation are records of the file)
    "mexico": [
        ["import", "tests/fixtures/mexico-quake-2017.jsonl"],
    ],
    # docs/conflicts.md: the French pension protests of 2023 (organisers against police) as
    # a new user logged them from public pages
    "pensions": [
        ["import", "tests/fixtures/france-pensions-2023.jsonl"],
    ],
    # docs/conflicts.md: the Brexit campaign's "£350 million a week" (money and shares over
    # three years) as a new user logged it from public pages
    "brexit": [
        ["import", "tests/fixtures/brexit-350m.jsonl"],
    ],
    # docs/conflicts.md: the al-Ahli hospital blast (Gaza, October 2023), a toll claimed by one
    # side and estimated far lower by others, responsibility asserted, denied and walked back
    "gaza": [
        ["import", "tests/fixtures/gaza-ahli-hospital-2023.jsonl"],
    ],
    # docs/conflicts.md: the Surfside condominium collapse (Florida, 2021), a toll that rose
    # for three weeks and a count of the unaccounted for that fell, as a new user logged it
    "surfside": [
        ["import", "tests/fixtures/surfside-collapse-2021.jsonl"],
    ],
    # docs/conflicts.md: the cholera outbreak in Zimbabwe (2008-09), a toll and a count of cases
    # from the UN, the WHO and the government over four months, the outbreak said to be over
    # and the saying called sarcasm, as a new user logged it
    "zimbabwe": [
        ["import", "tests/fixtures/zimbabwe-cholera-2008.jsonl"],
    ],
    # docs/conflicts.md: India's 2024 Lok Sabha turnout, given on polling day and revised
    # eleven days later, disputed by parties and civil-society groups, as a new user logged it
    "turnout": [
        ["import", "tests/fixtures/india-turnout-2024.jsonl"],
    ],
    # docs/conflicts.md: Venezuela's 2024 presidential count, the twelfth story logged
    "venezuela": [
        ["import", "tests/fixtures/venezuela-election-2024.jsonl"],
    ],
    # docs/conflicts.md: the Valencia floods (Spain, 2024), a toll and a count of the missing
    # from five official bodies over a month, some pages dated only by their month: the
    # thirteenth story logged
    "valencia": [
        ["import", "tests/fixtures/valencia-floods-2024.jsonl"],
    ],
    # docs/report.md, `timeline`: a count of the missing over a month, one page dated only by
    # the month (made-up quotes; papercuts4)
    "month-only": [
        [
            "add",
            "floods",
            "--claimant",
            "Court",
            "--quote",
            "89 people are still missing",
            "--figure",
            "89",
            "--measure",
            "missing",
            "--said-on",
            "2024-11-05",
            "--new",
        ],
        [
            "add",
            "floods",
            "--claimant",
            "Court",
            "--quote",
            "11 people are still missing",
            "--figure",
            "11",
            "--measure",
            "missing",
            "--said-on",
            "2024-11-18",
            "--new",
        ],
        [
            "add",
            "floods",
            "--claimant",
            "Ministry",
            "--quote",
            "93 people are still missing",
            "--figure",
            "93",
            "--measure",
            "missing",
            "--said-on",
            "2024-11",
            "--new",
        ],
        [
            "add",
            "floods",
            "--claimant",
            "Court",
            "--quote",
            "140 people are still missing",
            "--figure",
            "140",
            "--measure",
            "missing",
            "--said-on",
            "2024-10-31",
            "--new",
        ],
        [
            "add",
            "floods",
            "--claimant",
            "Court",
            "--quote",
            "10 people are still missing",
            "--figure",
            "10",
            "--measure",
            "missing",
            "--said-on",
            "2024-12-02",
            "--new",
        ],
    ],
    # docs/conflicts.md, rule 9: one claimant's two figures of one moment, as two papers print
    # the Valencian court's bulletin closed at 20:00 on 12 November 2024 (quotes from the pages;
    # each page dated after the bulletin: one dated before it, as the fixture's Castellon Plaza
    # of 2024-11-11, reads as a forecast of it, set against none of its reports: rule 2, time26)
    "one-moment": [
        [
            "add",
            "dana-missing",
            "--claimant",
            "Data Integration Centre (CID)",
            "--quote",
            "the number of missing persons has fallen to 41",
            "--figure",
            "41",
            "--measure",
            "missing",
            "--said-on",
            "2024-11-09",
            "--outlet",
            "Sur in English",
        ],
        [
            "add",
            "dana-missing",
            "--claimant",
            "Data Integration Centre (CID)",
            "--quote",
            "mantienen actualmente activos 17 expedientes relacionados con denuncias",
            "--figure",
            "17",
            "--measure",
            "missing",
            "--as-of",
            "2024-11-12T20:00",
            "--outlet",
            "Castellon Diario",
            "--reported-on",
            "2024-11-13",
        ],
        [
            "add",
            "dana-missing",
            "--claimant",
            "Data Integration Centre (CID)",
            "--quote",
            "contabilizan actualmente 16 expedientes activos por denuncias de desaparición",
            "--figure",
            "16",
            "--measure",
            "missing",
            "--as-of",
            "2024-11-12T20:00",
            "--outlet",
            "Castellon Plaza",
            "--reported-on",
            "2024-11-13",
        ],
    ],
    # docs/conflicts.md, rule 6 "One tolerance, not two": an invented quake logged over a week
    # (a toll that rises and is revised down, a count of the moment, hedges that stack, a sum)
    "over-time": [
        ["import", "tests/fixtures/over-time.jsonl"],
    ],
    # docs/conflicts.md, rule 6: shares at the top of their scale, one given as a bound
    # (invented quotes)
    "share-ends": [
        [
            "add",
            "referendum",
            "--claimant",
            "Electoral board",
            "--quote",
            "Turnout was more than 90%.",
            "--figure",
            "more than 90%",
            "--measure",
            "turnout",
        ],
        [
            "add",
            "referendum",
            "--claimant",
            "Observers",
            "--quote",
            "We counted a turnout of 84%.",
            "--figure",
            "84%",
            "--measure",
            "turnout",
        ],
        [
            "add",
            "referendum",
            "--claimant",
            "Electoral board",
            "--quote",
            "Of the ballot boxes, 100% were counted.",
            "--figure",
            "100%",
            "--measure",
            "boxes-counted",
        ],
        [
            "add",
            "referendum",
            "--claimant",
            "Observers",
            "--quote",
            "By midnight 95% of the boxes had been counted.",
            "--figure",
            "95%",
            "--measure",
            "boxes-counted",
        ],
    ],
    "equifax": [
        ["import", "tests/fixtures/equifax-breach-2017.jsonl"],
    ],
    # docs/conflicts.md: the Maui (Lahaina) wildfire of 2023, a toll that rose, held at 115 for
    # weeks and was revised down to 97, and a list of the unaccounted for that fell, as a new
    # user logged it
    "maui": [
        ["import", "tests/fixtures/maui-wildfire-2023.jsonl"],
    ],
    # docs/conflicts.md: Cyclone Idai (March 2019), tolls rising over days in three countries,
    # the damage, the appeals and the recovery needs in dollars and euros, as a new user
    # logged it
    "idai": [
        ["import", "tests/fixtures/cyclone-idai-2019.jsonl"],
    ],
    # docs/conflicts.md: the Morocco earthquake (September 2023), tolls updated twice a day for
    # five days by the interior ministry, relayed by twenty pages, two of them with no date, as
    # a new user logged it (time16)
    "morocco": [
        ["import", "tests/fixtures/morocco-quake-2023.jsonl"],
    ],
    # docs/report.md: a round count, said the same in the report, the terminal and the sheet
    # (invented; outputs6)
    "counts": [
        ["import", "tests/fixtures/count-wording.jsonl"],
    ],
    # a blank database: a range of a hedge's width against a hedge (docs/conflicts.md, rule 6),
    # and a figure as of a day after its page (rule 2): time16
    "time16": [
        ["import", "tests/fixtures/time16-ranges.jsonl"],
    ],
    # a blank database: a hedged range judged on the ends it says, two reports of one release
    # that are no reversal, a fixed moment's toll revised on a cumulative measure
    # (docs/conflicts.md, rules 6, 4 and 9): time30
    "time30": [
        ["import", "tests/fixtures/time30-judgement.jsonl"],
    ],
    # a blank database: a count of the moment all of one day, and a toll agreed on different
    # days (docs/conflicts.md, rules 9 and 12): time32
    "time32": [
        ["import", "tests/fixtures/time32.jsonl"],
        ["measure", "storm-toll-days", "deaths", "--cumulative"],
    ],
    # the Brumadinho dam collapse, logged from 18 pages as a new user would (time32)
    "brumadinho": [
        ["import", "tests/fixtures/brumadinho-2019.jsonl"],
    ],
    # a blank database: a claimant's update of one day passed on, and a narrow range against
    # a round figure (docs/conflicts.md, rules 9 and 6): time17
    "time17": [
        ["import", "tests/fixtures/time17-updates.jsonl"],
    ],
    # docs/conflicts.md: Google's EU antitrust fines (2017-2024), a fine cut on appeal and
    # money in five currencies, logged from 17 public pages as a new user would (time17)
    "google-fines": [
        ["import", "tests/fixtures/google-eu-fines.jsonl"],
    ],
    # docs/conflicts.md: the Grenfell Tower fire (London, June 2017), a toll revised down after
    # five months, estimates of the night revised, costs over six years, logged from 21 public
    # pages as a new user would (time18)
    "grenfell": [
        ["import", "tests/fixtures/grenfell-fire-2017.jsonl"],
    ],
    # a blank database for the quote that names no stage (docs/figures.md: time19)
    "time19": [],
    # docs/conflicts.md: the Haiti earthquake of 2010 as a new user logged it (time19)
    "haiti": [
        ["import", "tests/fixtures/haiti-quake-2010.jsonl"],
    ],
    # docs/conflicts.md: the West Texas measles outbreak of 2025, cases and hospitalisations
    # as levels and as changes between updates, logged from 25 public pages (time20)
    "measles": [
        ["import", "tests/fixtures/texas-measles-2025.jsonl"],
    ],
    # docs/conflicts.md: the Los Angeles fires of January 2025, tolls, acres and containment
    # updated through the day by several bodies, logged from 15 public pages (time21); then
    # with the containment marked as the hint says
    "la-fires": [
        ["import", "tests/fixtures/la-fires-2025.jsonl"],
    ],
    # docs/conflicts.md: the Sewol ferry's sinking of April 2014, the dead, the missing and the
    # rescued updated and revised by several bodies, logged from 18 public pages (time22)
    "sewol": [
        ["import", "tests/fixtures/sewol-ferry-2014.jsonl"],
    ],
    # docs/conflicts.md: Hurricane Maria's toll in Puerto Rico, the official count against the
    # newsrooms' counts and the studies' estimates, logged from 19 public pages (time23)
    "maria23": [
        ["import", "tests/fixtures/maria.jsonl"],
    ],
    # a blank database: an excess over what is usual, said without a warning (docs/figures.md,
    # time23)
    "excess23": [],
    # docs/conflicts.md: the killing of Jamal Khashoggi in October 2018, Saudi Arabia's three
    # accounts through its consulate, crown prince, prosecutor and attorney general, each given
    # the government with `claimant --of`, logged from 32 public pages (evidence12)
    "khashoggi": [
        ["import", "tests/fixtures/khashoggi.jsonl"],
    ],
    # the same before the user gives any body: the names alone
    "khashoggi-names": [
        ["import", "tests/fixtures/khashoggi.jsonl"],
        *(
            ["claimant", name, "--not-of"]
            for name in _given_bodies("tests/fixtures/khashoggi.jsonl")
        ),
    ],
    # docs/conflicts.md: the Uvalde school shooting of May 2022, the police response as the
    # state police's voices, the governor, the district's police chief, the teacher's lawyer
    # and a House committee gave it, logged as a new user would from 25 public pages
    # (evidence13): the agency's voices given their body with `claimant --of`
    "uvalde": [
        ["import", "tests/fixtures/uvalde-response-2022.jsonl"],
    ],
    # docs/conflicts.md: the UK's 2023 pledge to halve inflation, monthly figures quoted by
    # the government, the opposition, the ONS and the Bank of England (time24)
    "inflation": [
        ["import", "tests/fixtures/inflation-pledge-2023.jsonl"],
    ],
    # docs/conflicts.md: the Beirut port explosion of 4 August 2020, the toll over four weeks
    # and the ammonium nitrate stored and exploded, short quotes from public pages (time25)
    "beirut": [
        ["import", "tests/fixtures/beirut-blast-2020.jsonl"],
    ],
    # docs/conflicts.md, rule 2: forecasts of a month and its outturn (invented quotes, time24)
    "forecasts": [
        [
            *("add", "prices-x", "--claimant", who, "--quote", quote, "--figure", figure),
            *("--measure", "cpi-inflation", "--as-of", "2025-10", "--said-on", said, "--new"),
        ]
        for who, quote, figure, said in (
            ("Central bank", "inflation should be 5.5% in October", "5.5%", "2025-08-04"),
            ("Harbour Institute", "we see inflation at 7.5% in October", "7.5%", "2025-08-06"),
            ("Statistics office", "inflation was 4.6% in October", "4.6%", "2025-11-19"),
        )
    ],
    # docs/conflicts.md, rule 2: two forecasts of a month and the forecaster's own figure with
    # no as_of said after it (invented quotes, time26)
    "forecasts-later": [
        [
            *("add", "prices-y", "--claimant", who, "--quote", quote, "--figure", figure),
            *("--measure", "cpi-inflation", *as_of, "--said-on", said, "--new"),
        ]
        for who, quote, figure, as_of, said in (
            (
                "Central bank",
                "inflation should be 5.5% in October",
                "5.5%",
                ("--as-of", "2025-10"),
                "2025-08-04",
            ),
            (
                "Harbour Institute",
                "we see inflation at 7.5% in October",
                "7.5%",
                ("--as-of", "2025-10"),
                "2025-08-06",
            ),
            ("Central bank", "inflation is running at 3%", "3%", (), "2025-11-20"),
        )
    ],
    # docs/conflicts.md, rule 2: a forecast and the forecaster's figure with no as_of and no
    # date, not set against it and named in a hint (invented quotes, time26)
    "forecast-no-date": [
        [
            *("add", "prices-z", "--claimant", "Central bank"),
            *("--quote", "inflation should be 5.5% in October", "--figure", "5.5%"),
            *("--measure", "cpi-inflation", "--as-of", "2025-10", "--said-on", "2025-08-04"),
            "--new",
        ],
        [
            *("add", "prices-z", "--claimant", "Central bank"),
            *("--quote", "we now see inflation at 3%", "--figure", "3%"),
            *("--measure", "cpi-inflation", "--id", "bank-3"),
        ],
    ],
    # docs/conflicts.md, rule 2: forecasts of a toll beside its outturns, on a measure marked
    # cumulative: two forecasters of one day, the outturns of two days (invented quotes, time27)
    "forecast-toll": [
        *(
            [
                *("add", "flu-y", "--claimant", who, "--quote", quote, "--figure", figure),
                *("--measure", "deaths", "--as-of", as_of, "--said-on", said, "--new"),
            ]
            for who, quote, figure, as_of, said in (
                (
                    "Health ministry",
                    "deaths will be 500 by March 1",
                    "500",
                    "2025-03-01",
                    "2025-02-01",
                ),
                (
                    "Modelling unit",
                    "we expect 700 deaths by 1 March",
                    "700",
                    "2025-03-01",
                    "2025-02-05",
                ),
                ("WHO", "the toll stood at 310", "310", "2025-03-01", "2025-03-03"),
                ("WHO", "the toll stood at 200", "200", "2025-02-20", "2025-02-21"),
            )
        ),
        ["measure", "flu-y", "deaths", "--cumulative"],
    ],
    # docs/conflicts.md, rule 2: a forecast of a month and the outturns of days in it, not
    # marked cumulative (invented quotes, time27)
    "forecast-month": [
        [
            *("add", "flu-m", "--claimant", who, "--quote", quote, "--figure", figure),
            *("--measure", "deaths", "--as-of", as_of, "--said-on", said, "--new"),
        ]
        for who, quote, figure, as_of, said in (
            ("Health ministry", "deaths will reach 500 in March", "500", "2025-03", "2025-02-01"),
            ("WHO", "the toll stood at 310", "310", "2025-03-05", "2025-03-06"),
            ("WHO", "the toll stood at 350", "350", "2025-03-20", "2025-03-21"),
        )
    ],
    # docs/conflicts.md, rule 6, "Rates": one month's inflation and jobless rate by two
    # claimants, and a rounding (invented quotes, time28)
    "rate-precision": [
        [
            *("add", "cpi-z", "--claimant", who, "--quote", quote, "--figure", figure),
            *("--measure", measure, "--as-of", "2025-10", "--said-on", said, "--new"),
        ]
        for who, quote, figure, measure, said in (
            (
                "Statistics office",
                "inflation was 10.7% in October",
                "10.7%",
                "cpi-inflation",
                "2025-11-15",
            ),
            (
                "Finance minister",
                "inflation was 10.1% in October",
                "10.1%",
                "cpi-inflation",
                "2025-11-16",
            ),
            (
                "Statistics office",
                "unemployment was 4.0% in October",
                "4.0%",
                "unemployment-rate",
                "2025-11-15",
            ),
            (
                "Finance minister",
                "unemployment was 4.2% in October",
                "4.2%",
                "unemployment-rate",
                "2025-11-16",
            ),
            (
                "Opposition",
                "unemployment hit about 4% in October",
                "about 4%",
                "unemployment-rate",
                "2025-11-17",
            ),
        )
    ],
    # docs/conflicts.md, rule 6, "Rates": Argentina's inflation and GDP under Milei, short
    # quotes from public pages (time28)
    "argentina": [
        ["import", "tests/fixtures/argentina-inflation-2024.jsonl"],
    ],
    # docs/conflicts.md, rule 1, changes: the story with an invented rival forecast of 2024's
    # growth (session 42: a forecast's way set against forecasts alone)
    "argentina-oecd": [
        ["import", "tests/fixtures/argentina-inflation-2024.jsonl"],
        [
            *("add", "argentina-inflation-2024", "--claimant", "OECD", "--quote"),
            "the OECD forecast the economy would fall by 1.1% in 2024",
            *("--figure", "1.1%", "--change", "down", "--measure", "gdp", "--as-of", "2024"),
            *("--said-on", "2023-11-29", "--new"),
        ],
    ],
    # docs/conflicts.md, rule 6, "Survey estimates": Donald Trump's approval in 2025, polls
    # and his own figures, short quotes from public pages (time29)
    "polls": [
        ["import", "tests/fixtures/trump-approval-2025.jsonl"],
    ],
    # docs/conflicts.md, rule 2, "A date typed wrongly": the same story with one poll's
    # said_on typed ten years early (time29)
    "polls-typo": [
        ["import", "tests/fixtures/trump-approval-2025.jsonl"],
        ["edit", "trump-approval-2025-6e9161902d", "--said-on", "2015-07-29"],
    ],
    # docs/conflicts.md, rule 6, "Rates above the whole": Turkey's inflation of October and
    # November 2022, Turkstat against ENAG (the Inflation Research Group), short quotes from
    # public pages (rates30)
    "turkey-inflation": [
        ["import", "tests/fixtures/turkey-inflation-2022.jsonl"],
        ["alias", "Inflation Research Group", "--same-as", "ENAG"],
    ],
    "la-fires-marked": [
        ["import", "tests/fixtures/la-fires-2025.jsonl"],
        ["measure", "la-fires-2025", "containment-palisades", "--cumulative"],
    ],
    # docs/conflicts.md, rule 10: the Turkey-Syria earthquakes of February 2023, tolls by
    # country and by side of Syria against their totals, logged from public pages (sums1)
    "turkey-syria": [
        ["import", "tests/fixtures/turkey-syria-quake-2023.jsonl"],
    ],
    # docs/conflicts.md, rule 10: a share's parts against a total below the whole, judged on
    # the smaller side (invented quotes, sums1)
    "share-sum": [
        *(
            [
                *("add", "vote-count", "--claimant", "Election Commission", "--quote", quote),
                *("--figure", figure, "--measure", measure, "--as-of", "2026-05-10"),
            ]
            for quote, figure, measure in (
                ("turnout reached 72% of the electorate", "72%", "turnout"),
                ("58% of the electorate voted at polling stations", "58%", "turnout-in-person"),
                ("postal ballots came from 8% of the electorate", "8%", "turnout-postal"),
            )
        ),
        [
            *("relate", "vote-count", "turnout"),
            *("--sum-of", "turnout-in-person", "--sum-of", "turnout-postal"),
        ],
    ],
    # docs/conflicts.md, rule 10: sums of figures that state their ends, never minor; a
    # survey's shares within the rounding of their last digits (invented quotes, sums2)
    "exact-sum": [
        *(
            [
                *("add", "assembly-vote", "--claimant", who, "--quote", quote),
                *("--figure", figure, "--measure", measure, "--as-of", "2026-06-01", "--new"),
            ]
            for who, quote, figure, measure in (
                ("Election Office", "the ruling party won 240 seats", "240", "seats-party"),
                ("Election Office", "its allies took 54 seats", "54", "seats-allies"),
                ("Election Office", "the alliance holds 320 seats", "320", "seats-alliance"),
                ("Pollster", "34% back the plan", "34%", "plan-support"),
                ("Pollster", "33% oppose it", "33%", "plan-opposed"),
                ("Pollster", "34% have no view", "34%", "plan-no-view"),
                ("Pollster", "all 100% of those polled answered", "100%", "plan-asked"),
            )
        ),
        [
            *("relate", "assembly-vote", "seats-alliance"),
            *("--sum-of", "seats-party", "--sum-of", "seats-allies"),
        ],
        [
            *("relate", "assembly-vote", "plan-asked", "--sum-of", "plan-support"),
            *("--sum-of", "plan-opposed", "--sum-of", "plan-no-view"),
        ],
    ],
    # docs/conflicts.md, rule 10: partial breakdowns, some of a relation's parts against its
    # total, and parts that overlap (invented quotes, sums3)
    "partial": [
        *(
            [
                *("add", "river-floods", "--claimant", who, "--quote", quote),
                *("--figure", figure, "--measure", measure, "--as-of", "2026-04-02", "--new"),
            ]
            for who, quote, figure, measure in (
                ("Relief Agency", "the floods killed 212 people in all", "212", "deaths"),
                ("Relief Agency", "143 died in the northern province", "143", "deaths-north"),
                ("Relief Agency", "the southern province counted 91 dead", "91", "deaths-south"),
                ("Relief Agency", "the eastern province lost 37 people", "37", "deaths-east"),
                ("Provincial Radio", "the river city buried 96 of them", "96", "deaths-city"),
                ("Provincial Radio", "the delta counted 240 dead", "240", "deaths-delta"),
            )
        ),
        *(
            ["measure", "river-floods", m, "--cumulative"]
            for m in ("deaths", "deaths-north", "deaths-south", "deaths-east", "deaths-city")
        ),
        [
            *("relate", "river-floods", "deaths", "--sum-of", "deaths-north"),
            *("--sum-of", "deaths-south", "--sum-of", "deaths-east", "--sum-of", "deaths-west"),
            "--new",
        ],
        [
            *("relate", "river-floods", "deaths-north", "--sum-of", "deaths-city"),
            *("--sum-of", "deaths-north-rest", "--new"),
        ],
        [
            *("relate", "river-floods", "deaths-delta", "--sum-of", "deaths-north"),
            *("--sum-of", "deaths-city", "--sum-of", "deaths-south"),
        ],
    ],
    # docs/conflicts.md, rule 10: the paths where a currency could be lost, each refused or
    # flagged (invented quotes, sums3)
    "currency-paths": [
        *(
            [
                *("add", "harbour-aid", "--claimant", who, "--quote", quote, "--figure", figure),
                *("--measure", measure, "--as-of", "2026-05-04", "--id", ident, "--new"),
                *extra,
            ]
            for who, quote, figure, measure, ident, extra in (
                ("Ministry", "aid of $1.5 million", "$1.5 million", "aid", "ha-aid", ()),
                (
                    "Daily Post",
                    "aid worth 1.6 billion Malawian kwacha",
                    "1.6 billion Malawian kwacha",
                    "aid",
                    "ha-relay",
                    ("--relays", "ha-aid"),
                ),
                ("Ministry", "the port got €5 million", "€5 million", "aid-port", "ha-port", ()),
                ("Ministry", "the roads got £3 million", "£3 million", "aid-roads", "ha-roads", ()),
                ("Ministry", "the pounds came to £2 million", "£2 million", "aid", "ha-gbp", ()),
                (
                    "Ministry",
                    "the clinics got £1 million",
                    "£1 million",
                    "aid-clinics",
                    "ha-cl",
                    (),
                ),
            )
        ),
        [
            *("relate", "harbour-aid", "aid", "--sum-of", "aid-port"),
            *("--sum-of", "aid-roads", "--sum-of", "aid-clinics"),
        ],
    ],
    # docs/conflicts.md, rule 10: Cyclone Freddy's deaths by country and by council, in
    # partial breakdowns, and amounts in dollars and kwacha, logged from public pages (sums3)
    "freddy": [
        ["import", "tests/fixtures/cyclone-freddy-2023.jsonl"],
    ],
    # docs/conflicts.md, rule 10: the EU recovery fund of 2020 (NextGenerationEU), its grants
    # and loans proposed in May and changed in July's negotiation, in euros with dollar and
    # pound conversions, logged from public pages with said_on only (sums4)
    "ngeu": [
        ["import", "tests/fixtures/nextgeneu.jsonl"],
    ],
    # docs/conflicts.md, rule 10: Hurricane Helene's deaths by state against the total, told
    # by a dozen outlets over seven months, logged from public pages (sums2)
    "helene": [
        ["import", "tests/fixtures/hurricane-helene-2024.jsonl"],
    ],
    # docs/conflicts.md, rule 10: relate refuses to replace a sum unseen and names currencies
    "idai-relate": [
        ["import", "tests/fixtures/cyclone-idai-2019.jsonl"],
    ],
    # docs/conflicts.md, rule 9: the same, Zimbabwe's toll not marked cumulative
    "idai-unmarked": [
        ["import", "tests/fixtures/cyclone-idai-2019.jsonl"],
        ["measure", "cyclone-idai-2019", "deaths-zimbabwe", "--not-cumulative"],
    ],
    # docs/conflicts.md: the US payroll benchmark of 2024, the BLS's preliminary estimate
    # (818,000 fewer jobs in the 12 months to March 2024) replaced by its final one (598,000),
    # read by candidates, congressmen and economists, as a new user logged it
    "payroll": [
        ["import", "tests/fixtures/us-payroll-benchmark-2024.jsonl"],
    ],
    # docs/conflicts.md, rule 10: a part above its total, its complement never given figures
    # (invented quotes)
    "part": [
        [
            "add",
            "marches",
            "--claimant",
            "Ministry",
            "--quote",
            "480,000 marched in France",
            "--figure",
            "480,000",
            "--measure",
            "marchers-france",
            "--as-of",
            "2023-03-15",
        ],
        [
            "add",
            "marches",
            "--claimant",
            "Example Blog",
            "--quote",
            "3 million in Paris alone",
            "--figure",
            "3 million",
            "--measure",
            "marchers-paris",
            "--as-of",
            "2023-03-15",
        ],
        [
            "relate",
            "marches",
            "marchers-france",
            "--sum-of",
            "marchers-paris",
            "--sum-of",
            "marchers-outside-paris",
            "--new",
        ],
    ],
    # docs/conflicts.md, rule 4: a claimant on two sides of one day's dispute (invented quotes)
    "two-sides": [
        [
            "add",
            "march",
            "--claimant",
            "Police",
            "--quote",
            "the police counted 87,000",
            "--figure",
            "87,000",
            "--measure",
            "marchers",
            "--as-of",
            "2023-01-31",
            "--outlet",
            "Daily A",
            "--reported-on",
            "2023-01-31",
        ],
        [
            "add",
            "march",
            "--claimant",
            "Police",
            "--quote",
            "150,000 according to the police",
            "--figure",
            "150,000",
            "--measure",
            "marchers",
            "--as-of",
            "2023-01-31",
            "--outlet",
            "Daily B",
            "--reported-on",
            "2023-02-01",
        ],
        [
            "add",
            "march",
            "--claimant",
            "Union",
            "--quote",
            "the union counted 500,000",
            "--figure",
            "500,000",
            "--measure",
            "marchers",
            "--as-of",
            "2023-01-31",
            "--outlet",
            "Daily A",
            "--reported-on",
            "2023-01-31",
        ],
    ],
    # docs/conflicts.md: the deaths of the 2024 Hajj, an agency's tally of national counts,
    # the countries' own counts and the host's total, short quotes from 20 public pages
    # (evidence14)
    "hajj": [
        ["import", "tests/fixtures/hajj-heat-2024.jsonl"],
    ],
    # docs/conflicts.md, rule 12: a country's toll given by its foreign ministry and by a
    # diplomat of its own and one of many states (invented quotes, evidence14)
    "diplomats": [
        [
            *("add", "pilgrim-heat", "--claimant", who, "--quote", quote, "--figure", figure),
            *("--measure", measure, "--said-on", "2024-06-21", "--outlet", outlet, "--new"),
        ]
        for who, quote, figure, measure, outlet in (
            ("Indian diplomat", "We have 98 verified deaths", "98", "deaths-india", "Daily A"),
            (
                "Ministry of External Affairs of India",
                "98 Indian pilgrims have died so far",
                "98",
                "deaths-india",
                "Daily B",
            ),
            (
                "Pilgrims' association",
                "about 250 Indians died",
                "about 250",
                "deaths-india",
                "Daily C",
            ),
            (
                "Arab diplomats",
                "60 Jordanians died, diplomats said",
                "60",
                "deaths-jordan",
                "Daily A",
            ),
            (
                "Jordanian Foreign Ministry",
                "60 Jordanian pilgrims died",
                "60",
                "deaths-jordan",
                "Daily D",
            ),
            ("Jordanian lawmaker", "200 of our pilgrims died", "200", "deaths-jordan", "Daily E"),
        )
    ],
    # docs/format.md: a flood's toll with a typo imported unchecked ("400" for "Some 40"), a
    # paraphrase marked in its note and a figure in its quote (invented quotes, quotes31); the
    # import is the docs' first run
    "flood-typo": [],
    # docs/conflicts.md, rule 12: the same, imported: what the grades make of the typo
    "flood-typo-graded": [
        ["import", "tests/fixtures/flood-typo.jsonl", "--new"],
    ],
    # docs/conflicts.md: the Pylos shipwreck of June 2023, survivors' estimates of how many
    # were aboard relayed by agencies, officials and outlets, the coast guard's counts,
    # short quotes from 28 public pages (evidence15)
    "pylos": [
        ["import", "tests/fixtures/pylos-shipwreck-2023.jsonl"],
    ],
    # docs/conflicts.md, rule 12: one agency's reports of different days, quoting two people
    # or giving its own word (invented quotes, evidence16)
    "wirecopies": [
        ["import", "tests/fixtures/evidence16-wires.jsonl"],
    ],
    # docs/conflicts.md: Russian losses in Ukraine, figures that rest on leaked documents,
    # unnamed officials and a paper's report it took down, short quotes from 16 public pages
    # (evidence16)
    "leaks": [
        ["import", "tests/fixtures/leaked-losses.jsonl"],
    ],
    # docs/conflicts.md, rule 12: what survivors said, passed on by three agencies and a
    # paper, against a coast guard's figure (invented quotes, evidence15)
    "hearsay": [
        [
            *("add", "sea-crossing", "--claimant", who, "--quote", quote, "--figure", figure),
            *("--measure", "people-aboard", "--said-on", "2025-03-04", "--outlet", outlet),
            "--new",
        ]
        for who, quote, figure, outlet in (
            (
                "Coast Guard",
                "the boat carried no more than 300 people",
                "no more than 300",
                "Daily A",
            ),
            (
                "UN refugee agency",
                "Survivors told our staff that about 600 people were on board",
                "about 600",
                "Daily B",
            ),
            (
                "Migration agency",
                "According to survivors, some 600 were aboard",
                "some 600",
                "Daily C",
            ),
            (
                "Rescue charity",
                "600 people were on the boat, according to passengers",
                "600",
                "Daily D",
            ),
            (
                "Harbour Daily",
                "The boat carried 600 people, survivors said",
                "600",
                "Harbour Daily",
            ),
        )
    ],
    # docs/exports.md and docs/report.md, "Every figure in its unit" (outputs16): money in
    # several currencies and their hundredths, rates with no upper bound, forecasts, polls
    # (invented quotes)
    "units-said": [["import", "tests/fixtures/units-said.jsonl"]],
    # docs/exports.md and docs/report.md, "Read as a stranger" (outputs17): the cost of
    # Turkey's 2023 earthquakes in dollars and liras, a relay, a figure imported unchecked, a
    # rate cut in points, a forecast (short quotes of the news reports)
    "turkey-quake-cost": [["import", "tests/fixtures/turkey-quake-cost.jsonl"]],
    # docs/conflicts.md, rules 9 and 10: tolls over time, sums, walk-backs (invented quotes)
    "time": [
        ["import", "tests/fixtures/time.jsonl"],
        ["measure", "blast-tolls", "deaths", "--cumulative"],
        ["measure", "blast-tolls", "injured", "--cumulative"],
    ],
}
# why the Odisha government's 288 is retracted (outputs20; tests/test_outputs20.py reads it)
BALASORE_288 = (
    "taken back by the state: its chief secretary said on 4 June that 288 counted some bodies"
    " twice and gave 275 (DT Next)"
)
# docs/exports.md, "Withdrawn, said so everywhere" (outputs18): the protest story of
# evidence17 after its outlets' corrections (the Daily X's by `add --corrects`, City Radio's by
# `retract --withdrawn`), and TV One's figure retracted by the user (invented quotes)
STORIES["outputs18"] = [
    *STORIES["evidence17"],
    ["add", "protest", "--id", "dx-300", "--claimant", "Police", "--quote",
     "Police said 300 people marched", "--figure", "300", "--measure", "marchers", "--as-of",
     "2025-05-01", "--outlet", "Daily X", "--reported-on", "2025-05-02", "--corrects", "dx-3000"],
    ["retract", "radio-3000", "--withdrawn", "--reason",
     "City Radio corrected it to 300 on 2025-05-02"],
    ["retract", "tv-300", "--reason", "the police say TV One misquoted them"],
]  # fmt: skip


# docs/exports.md, "Every output says what the finding says" (outputs19): outputs18's story
# and a camp's missing girls, whose last figure gives only a floor (invented quotes)
STORIES["outputs19"] = [
    *STORIES["outputs18"],
    ["add", "camp", "--id", "lg-23", "--claimant", "Lieutenant Governor", "--quote",
     "about 23 girls from the camp are missing", "--figure", "about 23 girls", "--measure",
     "camp-missing", "--said-on", "2025-07-04", "--new"],
    ["add", "camp", "--id", "hc-27", "--claimant", "Kerr County Sheriff", "--quote",
     "27 campers remain missing", "--figure", "27 campers", "--measure", "camp-missing",
     "--said-on", "2025-07-05", "--new"],
    ["add", "camp", "--id", "ap-10", "--claimant", "Kerr County Sheriff", "--quote",
     "at least 10 girls from the camp are still missing", "--figure", "at least 10 girls",
     "--measure", "camp-missing", "--said-on", "2025-07-06"],
    # a mudslide's toll, after Oso in March 2014: the county's count and a wire's "at least",
    # one said on 28 March and one reported that day (the hint's days, counted once)
    ["add", "slide", "--id", "cty-14", "--claimant", "County", "--quote", "the toll is 14",
     "--figure", "14", "--measure", "deaths", "--said-on", "2014-03-25", "--new"],
    ["add", "slide", "--id", "cty-16", "--claimant", "County", "--quote", "our total is 16",
     "--figure", "16", "--measure", "deaths", "--said-on", "2014-03-26"],
    ["add", "slide", "--id", "wire-25", "--claimant", "Wire", "--quote",
     "at least 25 people died", "--figure", "at least 25", "--measure", "deaths",
     "--reported-on", "2014-03-27", "--new"],
    ["add", "slide", "--id", "cty-17", "--claimant", "County", "--quote",
     "coroners have identified 17", "--figure", "17", "--measure", "deaths", "--said-on",
     "2014-03-28"],
    ["add", "slide", "--id", "wire-26", "--claimant", "Wire", "--quote",
     "at least 26 people were killed", "--figure", "at least 26", "--measure", "deaths",
     "--reported-on", "2014-03-28"],
]  # fmt: skip

# docs/report.md and docs/exports.md, "A train crash's toll over days" (outputs20): the
# Balasore (Odisha) crash of June 2023 in fourteen claims (short quotes of the news reports):
# the toll marked cumulative, the state's 288 taken back by the state (retracted with its
# reason), a relay, a hedged range, a figure of a five-year period, rupees in lakh and crore,
# and the railways' stance on a signal failure reversed
STORIES["outputs20"] = [
    ["import", "tests/fixtures/balasore-crash-2023.jsonl"],
    ["measure", "balasore-crash-2023", "deaths", "--cumulative"],
    ["retract", "bc-state-288", "--reason", BALASORE_288],
]  # fmt: skip


def run(command: str, db: Path) -> str:
    from typer.testing import CliRunner

    from claimtrack.cli import app

    head = tail = None
    if "| head" in command:
        command, _, n = command.partition("| head")
        n, _, more = n.partition("| tail")  # "| head N | tail M": lines N-M+1 to N (evidence8)
        head, tail = int(n), int(more) if more else None
    elif "| tail" in command:
        command, _, n = command.partition("| tail")
        tail = int(n)
    both = command.rstrip().endswith("2>&1")
    # "< FILE": the file's lines are the answers typed at the prompts (extract --review)
    command, _, answers = command.rstrip().removesuffix("2>&1").partition(" < ")
    stdin = (ROOT / answers.strip()).read_text(encoding="utf-8") if answers.strip() else None
    # $TMP is the run's own temporary directory (for commands that write a file), shown as
    # $TMP in the output too, so that the captured text does not depend on where it ran.
    tmp = str(db.parent)
    args = [a.replace("$TMP", tmp) for a in shlex.split(command)]
    cwd = os.getcwd()
    os.chdir(ROOT)  # file arguments are relative to the repository root, as in STORIES
    try:
        own = args[:1] == ["--db"] or args[0].startswith("--db=")  # a database of its own
        result = CliRunner().invoke(
            app, [*([] if own else ["--db", str(db)]), *args], input=stdin,
            env={"COLUMNS": "100", "NO_COLOR": "1"},
        )  # fmt: skip
    finally:
        os.chdir(cwd)
    text = result.output if both else result.stdout
    if both and result.exit_code:
        text += f"[exit {result.exit_code}]\n"
    lines = [line.rstrip().replace(tmp, "$TMP") for line in text.splitlines()]
    if head is not None and tail is not None and len(lines) > head:
        lines = [lines[0], "...", *lines[max(1, head - tail) : head], "...", lines[-1]]
    elif head is not None and len(lines) > head:
        lines = [*lines[:head], "...", lines[-1]]
    elif tail is not None and len(lines) > tail:
        lines = [lines[0], "...", *lines[-tail:]]
    return "\n".join(lines)


def _store_unchecked(db: Path, path: Path) -> None:
    """The claims of a JSONL file stored as claimtrack took them before text fields refused
    control characters: the rows of an older database, which every output shows safely."""
    import json

    from claimtrack import models
    from claimtrack.store import Store

    # the context by which the import's reader says a line holds none: the check is left out
    unchecked = {models.NO_CONTROL: True}
    lines = path.read_text(encoding="utf-8").splitlines()
    claims = [
        models.Claim.model_validate(json.loads(line), context=unchecked) for line in lines if line
    ]
    store = Store.open(db)
    try:
        store.add_many(claims)
    finally:
        store.close()


class Databases:
    """One fresh database per story, made on first use in ``directory``."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.made: dict[str, Path] = {}

    def __call__(self, story: str | None) -> Path:
        name = story or "sample"
        if name not in self.made:
            from typer.testing import CliRunner

            from claimtrack.cli import app, sample_rows
            from claimtrack.store import Store

            db = self.directory / f"{name}.db"
            Store.open(db, seed=sample_rows() if story is None else None).close()
            cwd = os.getcwd()
            os.chdir(ROOT)
            try:
                for step in STORIES.get(name, []):
                    if step[0] == "sql":  # rows as an older claimtrack wrote them
                        import sqlite3

                        with sqlite3.connect(db) as conn:
                            conn.executescript((ROOT / step[1]).read_text(encoding="utf-8"))
                        conn.close()
                        continue
                    if step[0] == "unchecked":  # claims as stored before control characters
                        _store_unchecked(db, ROOT / step[1])  # were refused (fixes14)
                        continue
                    result = CliRunner().invoke(app, ["--db", str(db), *step])
                    if result.exit_code != 0:
                        raise RuntimeError(f"story {name}: {step} failed: {result.output}")
            finally:
                os.chdir(cwd)
            self.made[name] = db
        return self.made[name]


SHARED = re.compile(r"\.\./shared/\S+")


def _unavailable(text: str) -> set[str | None]:
    """The stories of ``text`` whose runs read a real article from ``../shared/`` that is not
    on this machine (article texts stay outside the repository): their blocks are left as they
    were captured, since every later run of the story depends on the earlier ones."""
    return {
        m.group("story")
        for m in BLOCK.finditer(text)
        if any(not (ROOT / p).exists() for p in SHARED.findall(m.group("cmd")))
    }


def render(text: str, dbs: Databases) -> str:
    missing = _unavailable(text)

    def replace(m: re.Match[str]) -> str:
        if m.group("story") in missing:
            return m.group(0)
        cmd = m.group("cmd")
        shown = cmd.split("|")[0].strip()
        out = run(cmd, dbs(m.group("story")))
        body = f"```console\n$ claimtrack {shown}\n{out}\n```\n"
        return m.group("open") + body + m.group("close")

    return BLOCK.sub(replace, text)


def stale_files(directory: Path, *, write: bool = False) -> list[Path]:
    """The files whose captured runs are out of date (rewritten when ``write``)."""
    dbs = Databases(directory)
    stale = []
    for path in FILES:
        text = path.read_text(encoding="utf-8")
        new = render(text, dbs)
        if new != text:
            stale.append(path)
            if write:
                path.write_text(new, encoding="utf-8")
    return stale


def main(check: bool) -> int:
    os.environ.setdefault("COLUMNS", "100")
    with tempfile.TemporaryDirectory() as tmp:
        stale = stale_files(Path(tmp), write=not check)
    for path in stale:
        print(f"{'stale' if check else 'updated'}: {path.relative_to(ROOT)}", file=sys.stderr)
    return 1 if (check and stale) else 0


if __name__ == "__main__":
    _args = sys.argv[1:]
    if _args and _args not in (["--check"],):  # "--help" re-captured every run (three reports)
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        sys.exit(0 if _args[0] in ("-h", "--help") else 2)
    sys.exit(main("--check" in _args))
