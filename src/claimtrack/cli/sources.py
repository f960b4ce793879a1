"""Commands on sources: source add, source snapshot, sources, extract, verify."""

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from claimtrack import messages
from claimtrack.cli.core import (
    JsonOpt,
    SubcommandGroup,
    _emit_json,
    _refuse_binary,
    _require_subject,
    _source_fields,
    _state,
    app,
    output_format,
)
from claimtrack.errors import InputError
from claimtrack.wording import plural

if TYPE_CHECKING:
    from claimtrack.snapshots import Snapshot
    from claimtrack.store import Store


source_app = typer.Typer(
    help="Articles claims are read from.\n\nExample: claimtrack source add URL --outlet NAME",
    no_args_is_help=True,
    cls=SubcommandGroup,
)
app.add_typer(source_app, name="source")


def _new_source(
    store: "Store", url: str | None, outlet: str | None, reported_on: str | None,
    title: str | None, author: str | None, wire: str | None = None,
    snapshot: "Snapshot | None" = None, url_label: str = "URL",
) -> tuple[dict[str, Any], bool]:  # fmt: skip
    from claimtrack.sources import validate_source

    data = {"url": url, "outlet": outlet, "reported_on": reported_on, "title": title,
            "author": author, "wire": wire}  # fmt: skip
    try:
        clean = validate_source({k: v for k, v in data.items() if v is not None})
    except ValueError as e:
        raise InputError(_as_typed(str(e), url_label)) from None
    return store.add_source(clean, snapshot)


# The record's fields as `source add` takes them: the address is its argument, URL.
_TYPED = {"url": "URL", "reported_on": "--reported-on", "outlet": "--outlet",
          "title": "--title", "author": "--author", "wire": "--wire"}  # fmt: skip


def _as_typed(problem: str, url_label: str) -> str:
    """A source record's refusal ("url: 'x' is not an http(s) address") by what was typed
    ("URL: 'x' is not a web address (http:// or https://)"; it said "invalid source: url: ...")."""
    field, sep, rest = problem.partition(": ")
    if not sep or field not in _TYPED:
        return problem
    rest = rest.replace("is not an http(s) address", "is not a web address (http:// or https://)")
    return f"{url_label if field == 'url' else _TYPED[field]}: {rest}"


def _read_snapshot(path: str, label: str = "--snapshot") -> "Snapshot":
    """A snapshot of the file at ``path`` (text or HTML, at most 5 MiB; ``label``: how the
    messages name it)."""
    from pathlib import Path

    from claimtrack.articles import read_limited
    from claimtrack.snapshots import MAX_SNAPSHOT, make_snapshot

    p = Path(path)
    data = read_limited(path, MAX_SNAPSHOT, f"{label} {path}")
    if len(data) > MAX_SNAPSHOT:
        raise InputError(f"{label} {path}: larger than {MAX_SNAPSHOT >> 20} MiB")
    if not data.strip():
        raise InputError(f"{label} {path}: the file is empty")
    try:
        snap = make_snapshot(data, p.name)
    except ValueError as e:
        raise InputError(f"{label} {path}: {e}") from None
    from claimtrack.snapshots import not_an_article

    why = not_an_article(data, snap.media_type)
    if why is not None:  # kept (it is what the user gave), but said
        messages.warning(f"{label} {path}: {why}")
    return snap


_READ_WIRE = (
    "Read from the page: it carries the {} story (byline, dateline or author); sources "
    "carrying one agency story count as one origin (--wire to set another)."
)


def _wire_to_read(
    store: "Store", snap: "Snapshot", url: str | None, outlet: str, title: str | None,
    reported_on: str | None,
) -> str | None:  # fmt: skip
    """The agency story the snapshot's page carries (:func:`_page_wire`), when the source
    does not name one yet."""
    from claimtrack.errors import NotFoundError
    from claimtrack.sources import source_id

    try:
        if store.source(source_id(url, outlet, title, reported_on)).get("wire"):
            return None
    except (NotFoundError, InputError):
        pass
    return _page_wire(snap)


def _page_wire(snap: "Snapshot") -> str | None:
    """The agency story the snapshot's page carries, read as `extract` reads it (a byline, a
    dateline, an HTML page whose author is an agency), or None. Before (evidence2), only
    `extract` read it: two papers' pages of one AFP story, stored with `source add
    --snapshot` or `source snapshot`, were graded two independent origins, "corroborated"."""
    from claimtrack.articles import read_html
    from claimtrack.snapshots import HTML, decode, unpack
    from claimtrack.wires import agency, wire_of

    text = decode(unpack(snap.content, snap.sha256))
    if snap.media_type == HTML:
        page = read_html(text)
        return wire_of(page.text) or agency(page.author)
    return wire_of(text)


def _say_snapshot(store: "Store", source_id: str, sha256: str) -> None:
    snap = next(s for s in store.snapshots(source_id) if s.sha256 == sha256)
    messages.say(
        f"Snapshot {snap.version} of {source_id}: sha256 {snap.sha256} "
        f"({snap.size:,} bytes, {snap.media_type})."
    )


@source_app.command("add")
def source_add(
    ctx: typer.Context,
    url: Annotated[str | None, typer.Argument(help="The article's address.")] = None,
    outlet: Annotated[str | None, typer.Option(help="Who published it (required).")] = None,
    reported_on: Annotated[str | None, typer.Option(help="Date published.")] = None,
    title: Annotated[str | None, typer.Option(help="The article's title.")] = None,
    author: Annotated[str | None, typer.Option(help="Its author(s).")] = None,
    wire: Annotated[
        str | None,
        typer.Option(
            help="The agency story it carries (e.g. AP, Reuters): sources carrying the same "
            "one count as one origin."
        ),
    ] = None,
    snapshot: Annotated[
        str | None,
        typer.Option(
            metavar="FILE",
            help="Keep this text or HTML file as the article's snapshot (SHA-256, time); "
            "`claimtrack verify` checks quotes against it.",
        ),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Store an article once and print its source id (the same article: the same id).

    A snapshot is never changed: another file for the same source is its next version, and
    every version's hash is kept.

    Example: claimtrack source add https://www.jpost.com/... --outlet "The Jerusalem Post"
    --reported-on 2017-11-15 --snapshot article.html
    """
    if url is not None and "://" not in url and os.path.isfile(url):  # the page, not its address
        raise InputError(
            f"{url!r} is a file, not the article's address",
            hint="keep it as the snapshot: claimtrack source add URL --outlet NAME "
            f"--snapshot {url}",
        )
    snap = _read_snapshot(snapshot) if snapshot is not None else None
    store = _state(ctx).store()
    read = None
    if wire is None and snap is not None and outlet:
        read = _wire_to_read(store, snap, url, outlet, title, reported_on)
    record, added = _new_source(store, url, outlet, reported_on, title, author, wire or read, snap)
    if as_json:
        if snap is not None:
            record = record | {"snapshots": [s._asdict() for s in store.snapshots(record["id"])]}
        _emit_json(record)
        return
    typer.echo(record["id"])
    what = "Added source" if added else "Already stored: source"
    messages.say(f"{what} {record['id']} ({record['outlet']}).")
    if read is not None:
        messages.say(_READ_WIRE.format(read))
    if snap is not None:
        _say_snapshot(store, record["id"], snap.sha256)


@source_app.command("snapshot")
def source_snapshot(
    ctx: typer.Context,
    source: Annotated[str, typer.Argument(help="A stored source id (or prefix).")],
    file: Annotated[str, typer.Argument(metavar="FILE", help="The article: a text or HTML file.")],
    as_json: JsonOpt = False,
) -> None:
    """Keep FILE as the snapshot of a stored source (its next version if it has one).

    Example: claimtrack source snapshot src-1ffa article-v2.html
    """
    snap = _read_snapshot(file, "FILE")
    store = _state(ctx).store()
    record = store.source(source)
    source_id = record["id"]
    read = None if record.get("wire") else _page_wire(snap)
    if read is not None:  # the wire and the snapshot in one transaction
        from claimtrack.sources import SOURCE_FIELDS, validate_source

        known = {s.sha256 for s in store.snapshots(source_id)}
        fields = {k: v for k, v in record.items() if k in SOURCE_FIELDS and v is not None}
        store.add_source(validate_source(fields | {"wire": read}), snap)  # its own id kept
        stored = next(s for s in store.snapshots(source_id) if s.sha256 == snap.sha256)
        added = snap.sha256 not in known
    else:
        stored, added = store.add_snapshot(
            source_id, snap.sha256, snap.media_type, snap.size, snap.content
        )
    if as_json:
        _emit_json(stored._asdict() | {"added": added})
        return
    typer.echo(stored.sha256)
    if read is not None:
        messages.say(_READ_WIRE.format(read))
    if not added:
        messages.say(f"Already stored: snapshot {stored.version} of {source_id} has this hash.")
    else:
        _say_snapshot(store, source_id, snap.sha256)


@app.command()
def sources(
    ctx: typer.Context,
    subject: Annotated[
        str | None, typer.Argument(help="Only the sources this subject's claims use.")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """List stored sources with the number of claims that name them.

    Example: claimtrack sources raqqa-convoy
    """
    from claimtrack import render
    from claimtrack.slugs import slug_option

    store = _state(ctx).store()
    if subject is not None:
        subject = slug_option(subject, "subject") or subject
        _require_subject(store, subject)
    rows = store.sources(subject)
    if as_json:
        _emit_json(rows)
        return
    render.sources_table(rows)


def _refuse_stdin_review(article: str, review: bool) -> None:
    """``extract - --review``: the article would use up the input the answers are read from
    (the review ended at once, "End of input: 0 claims stored"); and a standard input that is
    closed (``<&-``) has no answers to read (the first prompt ended in an internal error)."""
    import sys

    if review and article == "-":
        raise InputError(
            "--review reads your answers from standard input, so the article cannot come "
            "from it: give the article as a file"
        )
    if review and (sys.stdin is None or sys.stdin.closed):
        raise InputError(
            "--review reads your answers from standard input, and it is closed: run it on a "
            "terminal, or pipe the answers in"
        )
    if review and _typed_unseen():
        raise InputError(
            "--review shows each claim before you store it, and its output goes to a file "
            "here while you answer on the terminal: you would answer what you cannot see",
            hint="keep the review on the screen and a copy in a file with `| tee FILE`",
        )


def _typed_unseen() -> bool:
    """Answers typed on a terminal while what they answer goes to a file or a device that is
    not a terminal (``> FILE``, ``> /dev/null``): a pipe is allowed (``| tee FILE`` shows it,
    and answers piped in were written before, as a script)."""
    import os
    import stat
    import sys

    try:
        if not sys.stdin.isatty() or sys.stdout.isatty():
            return False
        mode = os.fstat(sys.stdout.fileno()).st_mode
    except (AttributeError, OSError, ValueError):  # a stream with no file behind it (tests)
        return False
    return not (stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode))


@app.command()
def extract(
    ctx: typer.Context,
    article: Annotated[str, typer.Argument(help="A text or HTML file, or - for stdin.")],
    subject: Annotated[str, typer.Option(help="Story slug the claims belong to.")],
    output: Annotated[
        str, typer.Option("--output", "-o", help="Candidates JSONL file ('-': stdout).")
    ] = "-",
    outlet: Annotated[str | None, typer.Option(help="Who published it.")] = None,
    url: Annotated[str | None, typer.Option(help="The article's address.")] = None,
    reported_on: Annotated[str | None, typer.Option(help="Date published.")] = None,
    source: Annotated[str | None, typer.Option(help="A stored source id (or prefix).")] = None,
    quotes_only: Annotated[
        bool, typer.Option("--quotes-only", help="Leave out figure-only sentences.")
    ] = False,
    review: Annotated[
        bool, typer.Option("--review", help="Walk the candidates and store the accepted ones.")
    ] = False,
) -> None:
    """Propose claim candidates from an article: quotations, reported speech, figures.

    Candidates are JSONL lines: claim fields pre-filled plus an `extract` object; complete
    them (measure or proposition and stance) and `claimtrack import --from-extract FILE`.
    With --review, each candidate is shown and accepted, edited or skipped on the terminal;
    each claim is shown in full and stored when confirmed. At the end of input the review
    stops, says on stderr how many claims were stored, and exits 0 (130 after Ctrl-C).

    Example: claimtrack extract article.html --subject raqqa-convoy -o candidates.jsonl
    """
    import json

    from claimtrack import extract as engine
    from claimtrack.articles import read_article
    from claimtrack.slugs import slug_option

    subject = slug_option(subject, "subject") or subject
    _refuse_stdin_review(article, review)
    _refuse_binary(article, "a text or HTML page")
    output_format(Path(output), None, {"jsonl": (".jsonl", ".ndjson")}, "jsonl")  # not .csv
    store = _state(ctx).store()
    doc = read_article(article)
    src: dict[str, Any] | None = None
    if source is not None:
        src = store.source(source)
        _source_fields(store, source, outlet=outlet, url=url, reported_on=reported_on)
    elif outlet or doc.outlet:
        meta = {"url": url or doc.url, "outlet": outlet or doc.outlet,
                "reported_on": reported_on or doc.published}  # fmt: skip
        if meta["url"] or doc.title:  # one article: store it as a source, and its snapshot
            from claimtrack.snapshots import make_snapshot
            from claimtrack.wires import agency, wire_of

            try:
                snap = make_snapshot(doc.raw, article) if doc.raw else None
            except ValueError as e:
                raise InputError(f"{article}: {e}") from None
            src, _ = _new_source(
                store, title=doc.title, author=doc.author,
                wire=wire_of(doc.text) or agency(doc.author),
                snapshot=snap, url_label="--url", **meta,
            )  # fmt: skip
            if snap is not None:
                _say_snapshot(store, src["id"], snap.sha256)
        else:  # an outlet and a date do not name one article: fill them in, store no source
            src = {k: v for k, v in meta.items() if v}
    elif url or reported_on:
        raise InputError("give --outlet with --url or --reported-on (or --source)")
    prep, candidates = engine.extract(doc.text, quotes_only=quotes_only)
    if prep.repaired:
        messages.say(f"Repaired {plural(prep.repaired, 'mojibake sequence')}.")
    measures = store.measure_names(subject) if store.has_subject(subject) else []
    dims = [(m, store.measure(subject, m)["dimension"]) for m in measures]
    records = []
    for c in candidates:
        rec = c.record(subject, source=src)
        if c.figures or c.refused:
            rec["extract"]["measures"] = measures
        if c.figures:  # the suggestion first (issue 25)
            hint = engine.suggest_measure(prep.reading, c.figures[0], dims)
            if hint:
                rec["extract"]["measures"] = [hint, *(m for m in measures if m != hint)]
                rec["extract"]["measure_suggested"] = hint
        records.append(rec)
    from claimtrack import render
    from claimtrack.exports import is_stdout

    if not review and not is_stdout(output):
        render.candidates_table(records)
    where = f" (source {src['id']})" if src and src.get("id") else ""
    render.message(f"{plural(len(records), 'candidate')} from {article}{where}.")
    if review:
        from claimtrack.review import review_candidates

        review_candidates(store, prep.text, records, reading=prep.reading)
        return
    from claimtrack.exports import output_file

    with output_file(output) as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


@app.command()
def verify(
    ctx: typer.Context,
    subject: Annotated[str | None, typer.Argument(help="Only this subject's claims.")] = None,
    readings: Annotated[
        bool,
        typer.Option(
            "--readings",
            help="Instead, read every active figure again with today's rules (as `add` reads "
            "it) and list those now refused or read otherwise, with the command that fixes each.",
        ),
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Check each active claim's quote against its source's snapshot.

    verified: the quote is in the snapshot (quotation marks, dashes, case and whitespace
    folded; an ellipsis or a \\[bracketed insertion] splits it into parts found in order).
    not-found: a possible misquote, shown with the closest passage. no-snapshot: the claim
    names no source, or its source has no snapshot (`source add ... --snapshot FILE`).
    Exits 3 when any quote is not found.

    --readings: each stored figure read again as `add` reads it today, and checked against
    its quote; a figure logged under older rules that is now refused or read otherwise is
    listed with the reason and the command that fixes it. Exits 3 when any is found. A check
    of every subject is recorded: `conflicts` and `report` then stop saying the figures were
    logged under older rules.

    Example: claimtrack verify raqqa-convoy
    """
    from claimtrack.errors import EXIT_CONFLICT
    from claimtrack.slugs import slug_option

    store = _state(ctx).store()
    subject = slug_option(subject, "subject")
    if subject is not None:
        _require_subject(store, subject)
    if readings:
        _verify_readings(store, subject, as_json)
        return
    verdicts = _verdicts(store, subject)
    from claimtrack.snapshots import STATUSES

    counts = {s: sum(1 for v in verdicts if v.status == s) for s in STATUSES}
    if as_json:
        _emit_json(
            {
                "subject": subject,
                "claims": [v.to_json() for v in verdicts],
                "snapshots": _snapshot_list(verdicts),
                "summary": counts,
            }
        )
    else:
        from claimtrack import render

        render.verify_report(subject, verdicts, counts)
    if counts["not-found"]:
        raise typer.Exit(EXIT_CONFLICT)


def _verify_readings(store: "Store", subject: str | None, as_json: bool) -> None:
    """`verify --readings`: the stored figures today's rules refuse or read otherwise."""
    from claimtrack.errors import EXIT_CONFLICT
    from claimtrack.rechecks import DIFFERS, REFUSED, recheck
    from claimtrack.schema import READING_RULES

    findings, checked = recheck(store, subject)
    counts = {s: sum(1 for f in findings if f.status == s) for s in (REFUSED, DIFFERS)}
    if subject is None:  # every stored figure was read again: `conflicts` need not say so
        store.mark_readings_checked(READING_RULES, [f.id for f in findings])
    if as_json:
        _emit_json(
            {
                "subject": subject,
                "rules": READING_RULES,
                "checked": checked,
                "claims": [f.to_json() for f in findings],
                "summary": counts,
            }
        )
    else:
        from claimtrack import render

        render.readings_report(subject, findings, checked, READING_RULES)
    if findings:
        raise typer.Exit(EXIT_CONFLICT)


def _snapshot_list(verdicts: list[Any]) -> list[dict[str, Any]]:
    seen: dict[tuple[str, int], str] = {}
    for v in verdicts:
        if v.sha256 is not None:
            seen[(v.source, v.version)] = v.sha256
    return [{"source": s, "version": n, "sha256": h} for (s, n), h in sorted(seen.items())]


def _verdicts(store: "Store", subject: str | None) -> list[Any]:
    """Every active claim (of ``subject``) checked against its source's latest snapshot; a
    quote not found there is looked for in the source's earlier snapshots (the page may have
    changed since), and the verdict says where it was found."""
    from claimtrack.snapshots import Verdict, check_quote, same_who

    docs: dict[tuple[str, int], Any] = {}
    walls: dict[tuple[str, int], str | None] = {}

    def doc(source: str, version: int, sha256: str, media_type: str) -> Any:
        key = (source, version)
        if key not in docs:
            docs[key] = _prepared(store, source, version, sha256, media_type)
        return docs[key]

    out = []
    for t in store.verify_targets(subject):
        snap = t.snapshot
        if snap is None:
            out.append(Verdict(t.id, t.subject, t.claimant, t.quote, t.source, "no-snapshot"))
            continue
        found = check_quote(t.quote, *doc(snap.source, snap.version, snap.sha256, snap.media_type))
        if found.status != "verified" and snap.version > 1:
            earlier = [s for s in store.snapshots(snap.source) if s.version < snap.version]
            for old in reversed(earlier):
                if check_quote(t.quote, *doc(old.source, old.version, old.sha256,
                                             old.media_type)).status == "verified":  # fmt: skip
                    found = found._replace(
                        reason=f"found in snapshot {old.version}: the page has changed since"
                    )
                    break
        if found.status != "verified" and found.reason is None:
            wall = _walls(store, walls, snap)
            if wall is not None:  # said when the snapshot was stored; said again here
                found = found._replace(reason=f"snapshot {snap.version} is no article: {wall}")
        said_by = None
        if found.status == "verified" and found.start is not None and found.passage:
            narrated = t.speaker is None and t.outlet and same_who(t.claimant, t.outlet)
            span = (found.start, found.start + len(found.passage))
            if not narrated:
                key = (snap.source, snap.version)
                said_by = _said_by(docs, key, *span, (t.claimant, t.speaker))
        found_in = (snap.version, snap.sha256, found.passage, found.similarity, found.reason)
        status = (t.id, t.subject, t.claimant, t.quote, t.source, found.status)
        out.append(Verdict(*status, *found_in, said_by))
    return out


def _walls(store: "Store", walls: dict[tuple[str, int], str | None], snap: Any) -> str | None:
    """Why the snapshot is no article (a paywall, a consent wall, an error page, a page whose
    article is only in its JSON-LD data), or None; once a snapshot (evidence2: a quote not
    found in a cookie wall was shown beside the wall's closest words, as a possible misquote)."""
    key = (snap.source, snap.version)
    if key not in walls:
        from claimtrack.snapshots import no_article, unpack

        data = unpack(store.snapshot_content(snap.source, snap.version), snap.sha256)
        walls[key] = no_article(data, snap.media_type)
    return walls[key]


# Paragraphs read before the quote's, to know who "he" or "Reed" is (on bench/labels' 901
# verified claims, 3 gave 9 checks that were not the outlet's own narration, 10 and 40 gave 4).
_CONTEXT = 10
_OCCURRENCES = 20  # other places of the same words read at most


def _said_by(
    docs: dict[tuple[str, int], Any], key: tuple[str, int], start: int, end: int,
    names: tuple[str | None, ...],
) -> str | None:  # fmt: skip
    """Whom the snapshot ``key`` gives the words at [start, end) to, when it is someone other
    than the claim's claimant and speaker (read as `extract` reads the page: the words'
    paragraph and the few before it, so that a long page costs no more than a short one; the
    same words elsewhere given to the claimant clear it)."""
    text = docs[key][0].text
    words = text[start:end]
    other = _said_in_context(text, start, end, names)
    at = text.find(words, start + 1)
    for _ in range(_OCCURRENCES):  # (words found more often: the first ones decide)
        if other is None or at < 0:
            break
        if _said_in_context(text, at, at + len(words), names) is None:
            return None
        at = text.find(words, at + 1)
    return other


def _said_in_context(text: str, start: int, end: int, names: tuple[str | None, ...]) -> str | None:
    from claimtrack.extract import extract
    from claimtrack.snapshots import Said, said_by_another

    lo = start
    for _ in range(_CONTEXT + 1):
        lo = text.rfind("\n", 0, max(lo - 1, 0)) + 1 if lo > 0 else 0
    hi = text.find("\n", end)
    window = text[lo : len(text) if hi < 0 else hi]
    read = _WINDOWS.get(window)
    if read is None:  # quotes of one paragraph share its window
        prep, candidates = extract(window)
        read = [(c.start, c.end, c.speaker, c.claimant) for c in candidates]
        # extract's preparation keeps the text's length (a non-breaking space made a space,
        # a headline's short line joined to the next): its offsets are the window's. Only a
        # text of another length has other offsets (before, any change at all dropped the
        # check, and a page with one &nbsp; or a byline line was never checked: evidence2).
        if len(prep.text) != len(window):
            read = []
        if len(_WINDOWS) >= 256:
            _WINDOWS.clear()
        _WINDOWS[window] = read
    if not read:
        return None
    sentences = [Said(a + lo, b + lo, speaker, body) for a, b, speaker, body in read]
    other = said_by_another(start, end, names, sentences, text)
    if other is not None and _by_pronoun_near_ours(start, end, names, sentences, text, lo):
        return None
    return other


def _by_pronoun_near_ours(
    start: int, end: int, names: tuple[str | None, ...], sentences: list[Any], text: str, lo: int
) -> bool:
    """Whether a sentence of the words gives them to a speaker it does not name ("she
    said": a pronoun read as someone named before) while the paragraphs read before it name
    the claim's claimant or speaker: the pronoun may be theirs, and the page does not say
    that the words are another's ("Governor Tom Reed visited with Mayor Ann Kerr. '40 died,'
    she said" was flagged as the governor's words: audit14)."""
    import re

    from claimtrack.snapshots import _meet, _names

    mine = set().union(*(_names(n) for n in names if n))
    for s in sentences:
        if s.end <= start or s.start >= end or s.speaker is None:
            continue
        said = text[s.start : s.end]
        if (
            re.search(r"\b(?:he|she|they)\b", said, re.IGNORECASE)
            and not _meet(_names(s.speaker), _names(said))
            and _meet(_names(text[lo : s.start]), mine)
        ):
            return True
    return False


_WINDOWS: dict[str, list[tuple[int, int, str | None, str | None]]] = {}


def _prepared(store: "Store", source: str, version: int, sha256: str, media_type: str) -> Any:
    """One snapshot's article text and the text outside the article, ready to search."""
    from claimtrack.snapshots import prepare, snapshot_texts, unpack

    try:
        data = unpack(store.snapshot_content(source, version), sha256)
    except ValueError as e:
        raise InputError(f"snapshot {version} of {source}: {e}") from None
    article, outside = snapshot_texts(data, media_type)
    return prepare(_repaired(article)), prepare(_repaired(outside))


def _repaired(text: str) -> str:
    """The snapshot's text with mojibake repaired, as ``extract`` showed it."""
    from claimtrack.extract import repair_mojibake

    return repair_mojibake(text)[0]
