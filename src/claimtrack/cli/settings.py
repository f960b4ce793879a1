"""``claimtrack config``: settings kept in the database (the reviewer's name and address)."""

from typing import Annotated

import typer

from claimtrack.cli.core import JsonOpt, _emit_json, _state, app
from claimtrack.errors import InputError, NotFoundError

# Each key, what it is for (shown by `config` with no key).
KEYS = {
    "reviewer.name": "the reviewing organisation: ClaimReview's author when a review names none",
    "reviewer.url": "its address (http or https): the author's url in ClaimReview",
}


def _checked(key: str, value: str) -> str:
    text = " ".join(value.split())
    if not text:
        raise InputError(f"{key}: give a value (or --unset)")
    if key == "reviewer.url":
        from claimtrack.registry import web_url_problem

        problem = web_url_problem(text)
        if problem:
            raise InputError(f"{key}: {value!r} {problem}, e.g. https://factcheck.example/")
    return text


@app.command()
def config(
    ctx: typer.Context,
    key: Annotated[str | None, typer.Argument(help=f"One of: {', '.join(KEYS)}.")] = None,
    value: Annotated[str | None, typer.Argument(help="The value to store.")] = None,
    unset: Annotated[bool, typer.Option("--unset", help="Remove the setting.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Show or change settings stored in the database: the reviewer's name and URL.

    With no KEY, every setting is listed; with KEY, its value is printed; with KEY VALUE, it
    is stored. ClaimReview (export and report) names reviewer.name, with reviewer.url, as
    its author when a review was recorded without --reviewer.

    Example: claimtrack config reviewer.name "Example Fact Check"
    """
    from claimtrack import render

    if key is not None and key not in KEYS:
        raise InputError(f"unknown setting {key!r}", hint=f"settings: {', '.join(KEYS)}")
    if unset and (key is None or value is not None):
        raise InputError("--unset takes a KEY and no VALUE")
    store = _state(ctx).store()
    if key is not None and (value is not None or unset):
        store.set_setting(key, None if unset else _checked(key, value or ""))
        render.message(f"Removed {key}." if unset else f"Set {key}.")
        return
    settings = store.settings()
    if key is not None:
        if key not in settings:
            raise NotFoundError(f"{key} is not set", hint=f'claimtrack config {key} "..."')
        settings = {key: settings[key]}
    if as_json:
        _emit_json(settings)
    elif key is not None:
        render.out().print(render.t(settings[key]))
    else:
        render.settings_table(settings, KEYS)
