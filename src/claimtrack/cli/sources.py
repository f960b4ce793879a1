"""Commands on sources: source add, sources, extract."""

from typing import TYPE_CHECKING, Annotated, Any

import typer

from claimtrack import messages
from claimtrack.cli.core import (
    JsonOpt,
    _emit_json,
    _require_subject,
    _source_fields,
    _state,
    app,
)
from claimtrack.errors import InputError
from claimtrack.wording import plural

if TYPE_CHECKING:
    from claimtrack.store import Store


source_app = typer.Typer(
    help="Articles claims are read from.\n\nExample: claimtrack source add URL --outlet NAME",
    no_args_is_help=True,
)
app.add_typer(source_app, name="source")


def _new_source(
    store: "Store", url: str | None, outlet: str | None, reported_on: str | None,
    title: str | None, author: str | None,
) -> tuple[dict[str, Any], bool]:  # fmt: skip
    from claimtrack.sources import validate_source

    data = {"url": url, "outlet": outlet, "reported_on": reported_on, "title": title,
            "author": author}  # fmt: skip
    try:
        clean = validate_source({k: v for k, v in data.items() if v is not None})
    except ValueError as e:
        raise InputError(f"invalid source: {e}") from None
    return store.add_source(clean)


@source_app.command("add")
def source_add(
    ctx: typer.Context,
    url: Annotated[str | None, typer.Argument(help="The article's address.")] = None,
    outlet: Annotated[str | None, typer.Option(help="Who published it (required).")] = None,
    reported_on: Annotated[str | None, typer.Option(help="Date published.")] = None,
    title: Annotated[str | None, typer.Option(help="The article's title.")] = None,
    author: Annotated[str | None, typer.Option(help="Its author(s).")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Store an article once and print its source id (the same article: the same id).

    Example: claimtrack source add https://www.jpost.com/... --outlet "The Jerusalem Post"
    --reported-on 2017-11-15
    """
    store = _state(ctx).store()
    record, added = _new_source(store, url, outlet, reported_on, title, author)
    if as_json:
        _emit_json(record)
        return
    typer.echo(record["id"])
    what = "Added source" if added else "Already stored: source"
    messages.say(f"{what} {record['id']} ({record['outlet']}).")


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
    store = _state(ctx).store()
    doc = read_article(article)
    src: dict[str, Any] | None = None
    if source is not None:
        src = store.source(source)
        _source_fields(store, source, outlet=outlet, url=url, reported_on=reported_on)
    elif outlet or doc.outlet:
        meta = {"url": url or doc.url, "outlet": outlet or doc.outlet,
                "reported_on": reported_on or doc.published}  # fmt: skip
        if meta["url"] or doc.title:  # one article: store it as a source
            src, _ = _new_source(store, title=doc.title, author=doc.author, **meta)
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
