"""The ``trialnews`` command: thin typer commands over the plain functions of the package.

Each command lives in its own module of this package (as in ``spacy/cli``) and registers itself
on ``app``. Heavy imports (spaCy, the pipeline) happen inside the commands, so ``--help`` and
``schema`` start fast.
"""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

app = typer.Typer(
    name="trialnews",
    help="Turn news articles and press releases about clinical trials into validated, evidence-linked records.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
)
#: Messages and progress go to stderr; records, tables and schemas to stdout or files.
console = Console(stderr=True)

OUT = Path("out")
CORPUS = Path("corpus")


def fail(error: Exception, code: int = 2) -> None:
    """Print a coded error and exit with ``code`` (2: bad usage or input)."""
    from ..writers.records import printable  # a path or reason may hold escape codes: shown, not run

    console.print(f"[red]error[/red] {escape(printable(str(error)))}", highlight=False)  # paths may hold "[...]"
    raise typer.Exit(code)


def main() -> None:
    app()


# Command modules register themselves on ``app`` when imported.
from . import extract, evaluate, schema, table, review, show, run, bench  # noqa: E402,F401
