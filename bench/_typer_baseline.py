"""The smallest typer app shaped like claimtrack: the start-up floor of the stack.

bench/run.py times ``python bench/_typer_baseline.py --help`` and
``python bench/_typer_baseline.py figure "around 4,000"`` next to the real commands, so the
difference is what claimtrack itself adds on top of typer (and what typer costs by itself).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    name="baseline",
    help="A two-command typer app with claimtrack's app settings.",
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=True,
)


@app.callback()
def main_options(
    db: Annotated[Path | None, typer.Option("--db", help="Database file.", dir_okay=False)] = None,
) -> None:
    """Baseline app."""


@app.command()
def figure(
    text: Annotated[str, typer.Argument(help="Figure text.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Echo the figure text (as a JSON object with --json)."""
    if as_json:
        import json

        print(json.dumps({"text": text}, indent=2))
    else:
        print(text)


@app.command()
def other(name: Annotated[str, typer.Argument(help="A name.")]) -> None:
    """A second command, so --help lists a group."""
    print(name)


if __name__ == "__main__":
    app(prog_name="baseline")
